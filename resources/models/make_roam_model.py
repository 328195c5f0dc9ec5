"""Builds resources/models/roam_priority.model3, the ROAM restoration-priority model template (PyQGIS).

Run with the QGIS Python (the T2 Monitor provider must be importable: from a source checkout or an installed plugin):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 resources/models/make_roam_model.py [OUT.model3]

The model chains QGIS, GDAL and T2 Monitor algorithms (see resources/models/README.md for the steps):
slope of the DEM, distance to protected areas, land overuse, standardisation of the three criteria, weighted overlay
with protected areas and water excluded, and four priority classes with their areas per district.
"""
import os
import sys

from qgis.core import (
    Qgis,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL_PATH = os.path.join(HERE, "roam_priority.model3")
# AHP weights of overuse, slope and distance to protected areas from the pairwise matrix
# [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]] (principal eigenvector; CR 0.033, see DOMAIN / t2monitor:ahpweights).
DEFAULT_WEIGHTS = "0.637,0.258,0.105"
MODEL_NAME = "ROAM restoration priority"


def static(value):
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def param(name):
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def expression(text):
    """A value computed from model inputs; ``coalesce`` supplies the input's default when a caller leaves it out
    (processing.run does not fill model defaults)."""
    return [QgsProcessingModelChildParameterSource.fromExpression(text)]


def output_of(child_id, name="OUTPUT"):
    return QgsProcessingModelChildParameterSource.fromChildOutput(child_id, name)


# Layout (Model Designer): boxes are 200 x 30 and placed by their centre; inputs in the first column, then one
# column per step, 300 apart (100 px between boxes), rows 90 apart; outputs under their step.
# tests/test_issue19_gui.py checks that no two boxes overlap or touch and that the flow goes left to right.
COLUMN = 300
ROW = 90


def at(column, row):
    """Centre of the box in ``column`` (0: inputs) and ``row``."""
    return 120 + COLUMN * column, 60 + ROW * row


def child(alg_id, child_id, description, sources, outputs=None, cell=(1, 0)):
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    c.setDescription(description)
    for key, value in sources.items():
        c.addParameterSources(key, value)
    if outputs:
        model_outputs = {}
        for name, (child_output, description_text, out_cell) in outputs.items():
            out = QgsProcessingModelOutput(name, description_text)
            out.setChildId(child_id)
            out.setChildOutputName(child_output)
            out.setMandatory(True)
            out.setPosition(_point(*at(*out_cell)))
            model_outputs[name] = out
        c.setModelOutputs(model_outputs)
    c.setPosition(_point(*at(*cell)))
    return c


def _point(x, y):
    from qgis.PyQt.QtCore import QPointF
    return QPointF(x, y)


def add_input(model, definition, row):
    component = QgsProcessingModelParameter(definition.name())
    component.setPosition(_point(*at(0, row)))
    model.addModelParameter(definition, component)


def build() -> QgsProcessingModelAlgorithm:
    # (name, group, group id): the name is also the Toolbox name and id (t2monitor:ROAM restoration priority)
    model = QgsProcessingModelAlgorithm(MODEL_NAME, "Model templates", "modeltemplates")
    model.setHelpContent({"ALG_DESC": (
        "ROAM restoration priority (IUCN & WRI 2014) on T2 Monitor: three criteria (land overuse from land cover "
        "and land-use capability, slope from the DEM, distance to protected areas) standardised to 0-1, combined "
        "with AHP weights, protected areas and water excluded, classified into 4 priority classes (quantiles) with "
        "their areas per district. Built by resources/models/make_roam_model.py."),
        "ALG_CREATOR": "T2 Monitor"})
    add_input(model, QgsProcessingParameterRasterLayer("LAND_COVER", "Land cover (UNCCD classes)"), 0)
    add_input(model, QgsProcessingParameterRasterLayer("DEM", "Elevation (DEM)"), 1)
    add_input(model, QgsProcessingParameterRasterLayer("CAPABILITY", "Land-use capability"), 2)
    add_input(model, QgsProcessingParameterVectorLayer("PROTECTED_AREAS", "Protected areas",
                                                       [Qgis.ProcessingSourceType.VectorPolygon]), 3)
    add_input(model, QgsProcessingParameterFeatureSource("DISTRICTS", "Districts",
                                                         [Qgis.ProcessingSourceType.VectorPolygon]), 4)
    add_input(model, QgsProcessingParameterField("DISTRICT_FIELD", "District name field",
                                                 parentLayerParameterName="DISTRICTS", optional=True,
                                                 defaultValue="name"), 5)
    add_input(model, QgsProcessingParameterNumber("PIXEL_SIZE", "Pixel size of the DEM (map units)",
                                                  QgsProcessingParameterNumber.Type.Double, 30.0,
                                                  minValue=0.000001), 6)
    add_input(model, QgsProcessingParameterString("WEIGHTS", "Weights: overuse, slope, distance to protected areas",
                                                  DEFAULT_WEIGHTS), 7)

    children = [
        child("native:slope", "slope", "Slope (degrees)", {"INPUT": param("DEM"), "Z_FACTOR": static(1.0)},
              cell=(1, 1)),
        child("gdal:rasterize", "pa_raster", "Rasterize protected areas",
              {"INPUT": param("PROTECTED_AREAS"), "BURN": static(1), "UNITS": static(1),
               "WIDTH": expression("coalesce(@PIXEL_SIZE, 30)"),
               "HEIGHT": expression("coalesce(@PIXEL_SIZE, 30)"), "EXTENT": param("DEM"),
               "INIT": static(0), "DATA_TYPE": static(0)}, cell=(1, 3)),
        child("gdal:proximity", "pa_distance", "Distance to protected areas (map units)",
              {"INPUT": [output_of("pa_raster")], "BAND": static(1), "VALUES": static("1"), "UNITS": static(0),
               "NODATA": static(-9999), "DATA_TYPE": static(5)}, cell=(2, 3)),
        child("t2monitor:landoveruse", "overuse", "Land overuse (use vs capability)",
              {"LAND_USE": param("LAND_COVER"), "CAPABILITY": param("CAPABILITY"),
               "STEPS": static("TEMPORARY_OUTPUT"), "AREAS": static("TEMPORARY_OUTPUT")},
              outputs={"LAND_OVERUSE": ("OUTPUT", "Land overuse", (1, 4))}, cell=(1, 2)),
        child("native:reclassifybytable", "water", "Water mask (land cover 7)",
              {"INPUT_RASTER": param("LAND_COVER"), "RASTER_BAND": static(1),
               "TABLE": static(["1", "6", "0", "7", "7", "1"]), "NO_DATA": static(255),
               "RANGE_BOUNDARIES": static(2), "NODATA_FOR_MISSING": static(True), "DATA_TYPE": static(0)},
              cell=(1, 0)),
        child("t2monitor:standardizecriterion", "std_overuse", "Standardise overuse (0-4 steps, benefit)",
              {"INPUT": [output_of("overuse", "STEPS")], "BAND": static(1), "METHOD": static(0),
               "MIN": static(0), "MAX": static(4)}, cell=(2, 2)),
        child("t2monitor:standardizecriterion", "std_slope", "Standardise slope (0-45 degrees, benefit)",
              {"INPUT": [output_of("slope")], "BAND": static(1), "METHOD": static(0), "MIN": static(0),
               "MAX": static(45)}, cell=(2, 1)),
        child("t2monitor:standardizecriterion", "std_distance", "Standardise distance (0-5000 m, cost)",
              {"INPUT": [output_of("pa_distance")], "BAND": static(1), "METHOD": static(1), "MIN": static(0),
               "MAX": static(5000)}, cell=(3, 3)),
        child("t2monitor:weightedoverlay", "overlay", "Weighted overlay",
              {"CRITERIA": [output_of("std_overuse"), output_of("std_slope"), output_of("std_distance")],
               "WEIGHTS": expression(f"coalesce(@WEIGHTS, '{DEFAULT_WEIGHTS}')"),
               "EXCLUSION_RASTERS": [output_of("water")],
               "EXCLUSION_POLYGONS": param("PROTECTED_AREAS"), "ALIGN": static(False)},
              outputs={"SUITABILITY": ("OUTPUT", "Suitability", (4, 3))}, cell=(4, 2)),
        child("t2monitor:priorityclasses", "classes", "Priority classes (4, quantiles)",
              {"INPUT": [output_of("overlay")], "METHOD": static(1), "CLASSES": static(4),
               "ZONES": param("DISTRICTS"), "ZONE_FIELD": expression("coalesce(@DISTRICT_FIELD, 'name')")},
              outputs={"PRIORITY": ("OUTPUT", "Priority", (5, 3)),
                       "PRIORITY_AREAS": ("AREAS", "Priority areas", (5, 4))},
              cell=(5, 2)),
    ]
    for c in children:
        model.addChildAlgorithm(c)
    return model


def main(path: str = MODEL_PATH) -> str:
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
    plugins = os.path.join(QgsApplication.prefixPath(), "share", "qgis", "python", "plugins")
    for folder in (plugins, "/usr/share/qgis/python/plugins"):
        if os.path.isdir(folder) and folder not in sys.path:
            sys.path.append(folder)
    from processing.core.Processing import Processing

    from t2_monitor_plugin.provider import T2MonitorProvider

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("t2monitor") is None:
        provider = T2MonitorProvider()
        registry.addProvider(provider)
    model = build()
    ok, errors = model.validate()
    if not ok:
        raise SystemExit("The model does not validate:\n" + "\n".join(errors))
    if not model.toFile(path):
        raise SystemExit(f"Cannot write {path}")
    return path


if __name__ == "__main__":
    print(main(*sys.argv[1:2]))
