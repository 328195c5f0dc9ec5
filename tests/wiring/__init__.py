"""The generic wiring test's data: small layers named in the algorithm specs as ``@name``."""
