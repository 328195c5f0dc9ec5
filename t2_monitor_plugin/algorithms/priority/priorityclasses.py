"""t2monitor:priorityclasses — classify a suitability raster into N priority classes, with areas per zone."""
import os
import uuid

from qgis.core import QgsProcessingUtils

from ...core import classify
from ...core.classareas import FIELDS, class_areas
from ...core.errors import tr_noop
from ...core.rasters import RasterInput, describe
from ...i18n import tr
from ...paths import style
from .. import spec
from ..layers import StyleOnLoad, zone_params
from .base import PriorityAlgorithm

METHODS = (tr_noop("Equal interval"), tr_noop("Quantile"), tr_noop("Natural breaks (Jenks)"), tr_noop("Manual"))


def class_params(method_key: str, sample_default: int) -> tuple:
    """METHOD/CLASS_METHOD, CLASSES, BREAKS and SAMPLE_PIXELS (shared with t2monitor:weightsensitivity)."""
    return (
        spec.enum(method_key, tr_noop("Classification method"),
                  tr_noop("Equal interval (exact min-max), quantile (equal areas of pixels), natural breaks (Jenks, "
                          "on a seeded pixel sample) or manual breaks."), METHODS, default=classify.QUANTILE,
                  probe=spec.Probe(classify.EQUAL_INTERVAL)),
        spec.integer("CLASSES", tr_noop("Number of classes"),
                     tr_noop("Number of priority classes; the highest class is the highest priority. Ignored for "
                             "manual breaks (breaks + 1 classes)."), default=4, minimum=2, maximum=20,
                     unit="classes", probe=spec.Probe(3)),
        spec.string("BREAKS", tr_noop("Manual breaks"),
                    tr_noop("Manual method: increasing inner class limits, e.g. 0.25,0.5,0.75 for 4 classes; a value "
                            "equal to a limit goes to the upper class."), optional=True,
                    probe=spec.Probe("0.4,0.5,0.6", needs={method_key: classify.MANUAL, "BREAKS": "0.2,0.5,0.8"})),
        spec.integer("SAMPLE_PIXELS", tr_noop("Jenks sample size"),
                     tr_noop("Pixels sampled (reproducibly, seed 1) for natural breaks; the optimisation grows with "
                             "the square of the sample. Quantiles use a sample of up to 1 000 000 pixels (exact below "
                             "that)."), default=sample_default, minimum=10, maximum=100000, unit="pixels",
                     advanced=True, aliases=("SAMPLE_SIZE",),
                     # a 12-pixel sample of the 100 x 100 fixture puts the Jenks breaks elsewhere than 400 pixels
                     probe=spec.Probe(400, needs={method_key: classify.JENKS, "SAMPLE_PIXELS": 12})),
    )


def class_settings(alg, parameters, context, method_key: str):
    method = alg.parameterAsEnum(parameters, method_key, context)
    manual = None
    classes = alg.parameterAsInt(parameters, "CLASSES", context)
    if method == classify.MANUAL:
        manual = classify.parse_breaks(alg.parameterAsString(parameters, "BREAKS", context), "BREAKS")
        classes = len(manual) + 1
    sample = alg.parameterAsInt(parameters, "SAMPLE_PIXELS", context)
    return method, classes, manual, sample


class PriorityClassesAlgorithm(PriorityAlgorithm):
    ALG_ID = "priorityclasses"
    DISPLAY_NAME = tr_noop("Priority classes (with areas)")
    TAGS = tr_noop("ROAM,priority,classes,quantile,Jenks,natural breaks,equal interval,area,hectares,zones")
    HELP = tr_noop(
        "Classifies a suitability raster into N priority classes (1 = lowest, N = highest priority) and reports the "
        "area of each class overall and per zone.<br><br>Breaks: equal interval over the exact min-max of the "
        "valid pixels; quantiles (numpy linear interpolation) of the valid pixels (exact up to 1 000 000 pixels, "
        "else a reproducible pixel sample of that size); natural breaks (Jenks): the exact optimal partition "
        "(minimum within-class sum of squares) of a reproducible sample of {SAMPLE_PIXELS} pixels; or manual. A value "
        "equal to a break goes to the upper class. Pixels excluded by t2monitor:weightedoverlay (value -1, declared "
        "in the file's metadata) get class 0 'excluded'.<br><br>Output: Int16 classes, nodata -32768, styled with a "
        "legend of the N labels. The table (level, zone, class, class_label, area_ha, share) gives true "
        "ellipsoidal areas; shares are of the zone's valid area (excluded included); {BREAKS_USED} lists the breaks.")

    SPEC = (
        spec.raster("INPUT", tr_noop("Suitability raster"),
                    tr_noop("Continuous raster to classify, e.g. the output of t2monitor:weightedoverlay (band 1)."),
                    probe=spec.Probe("@criterion_dem")),
        class_params("METHOD", 10000),
        spec.string("LABELS", tr_noop("Class labels"),
                    tr_noop("Comma-separated labels, lowest priority first, one per class; the default 4 labels "
                            "become 'class 1'...'class N' for other numbers of classes."),
                    default=",".join(classify.DEFAULT_LABELS), probe=spec.Probe("d,c,b,a")),
        zone_params(),
        spec.raster_out("OUTPUT", tr_noop("Priority classes"),
                        tr_noop("Int16 classes 1..N (0 excluded, nodata -32768).")),
        spec.table_out("AREAS", tr_noop("Priority class areas"),
                       tr_noop("Area per class overall and per zone, in hectares, with shares."),
                       tr_noop("Priority class areas file (CSV or XLSX)")),
        spec.string_out("BREAKS_USED", tr_noop("Class breaks used"),
                        tr_noop("The inner class limits, comma-separated, lowest first.")),
    )
    EXAMPLE = {"INPUT": "@suitability"}

    def compute(self, parameters, context, feedback):
        path, name = self.raster_path(parameters, "INPUT", context)
        raster = RasterInput(path, name, bands=[1])
        method, classes, manual, sample = class_settings(self, parameters, context, "METHOD")
        labels = classify.labels_for(self.parameterAsString(parameters, "LABELS", context), classes, "LABELS")
        grid = describe(raster).grid
        zones = self.zones(parameters, context, feedback, grid)
        excluded = classify.excluded_value(path)
        options = self.engine_callbacks(feedback)
        breaks = classify.raster_breaks(raster, method, classes, manual, sample, 1, excluded,
                                        is_cancelled=options["is_cancelled"])
        if len(set(breaks)) < len(breaks):
            feedback.pushWarning(tr("Some class breaks are equal ({breaks}): the classes between them are empty. "
                                    "Use fewer classes or another method.").format(
                breaks=", ".join(f"{b:.6g}" for b in breaks)))
        qml = self._legend(context, labels)
        out = self.raster_output(parameters, "OUTPUT", context, "int16", classify.NODATA_CLASS)
        StyleOnLoad.attach(context, out.path, qml)
        breaks_text = ",".join(f"{b:.6g}" for b in breaks)
        classify.classify_raster(raster, breaks, out.path, excluded, style=qml,
                                 metadata={"T2M_BREAKS": breaks_text, "T2M_METHOD": classify.METHOD_NAMES[method],
                                           "T2M_LABELS": ",".join(labels)}, **options)
        feedback.pushInfo(tr("Class breaks: {breaks}").format(breaks=breaks_text))
        label_map = {classify.EXCLUDED_CLASS: "excluded", **{k: lab for k, lab in enumerate(labels, start=1)}}
        areas = class_areas(RasterInput(out.path, name), zones, labels=label_map,
                            is_cancelled=options["is_cancelled"])
        for template, values in areas.warnings:
            feedback.pushWarning(tr(template).format(**values))
        outputs = self.write_tables(parameters, context, "AREAS", "AREAS_FILE", FIELDS,
                                    [r.as_tuple() for r in areas.rows if r.cls is not None], "priority_class_areas")
        outputs.update({"OUTPUT": out.path, "BREAKS_USED": breaks_text})
        return outputs

    @staticmethod
    def _legend(context, labels) -> str:
        with open(style("priority_classes"), encoding="utf-8") as f:
            qml = classify.legend_qml(f.read(), labels)
        path = os.path.join(QgsProcessingUtils.tempFolder(context), f"priority_classes_{uuid.uuid4().hex[:8]}.qml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(qml)
        return path
