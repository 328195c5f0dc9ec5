"""Processing algorithms: thin QgsProcessingAlgorithm classes, one per module, grouped by Processing group."""
