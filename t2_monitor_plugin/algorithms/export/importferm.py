"""t2monitor:importferm — a FERM GeoJSON (API payload or polygon export) as polygons with decoded vocabularies."""
from __future__ import annotations

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry

from ...core.errors import Cancelled, InputError, capped, tr_noop
from ...core.ferm_files import IMPORT_FIELDS, site_decoder
from ...core.ferm_import import paused_gc, read_ferm_sites
from ...core.vocabularies import LANGUAGES, Vocabularies
from ...i18n import locale_code, tr
from .. import spec
from ..fields import make_fields
from .base import ExportAlgorithm

BATCH = 1000  # features handed to the sink at once (cancellation is checked between batches)


def default_language() -> int:
    """The QGIS interface language when FERM has labels in it, else English."""
    return LANGUAGES.index(locale_code()) if locale_code() in LANGUAGES else 0


class ImportFermAlgorithm(ExportAlgorithm):
    ALG_ID = "importferm"
    DISPLAY_NAME = tr_noop("Import FERM sites (GeoJSON)")
    TAGS = tr_noop("FERM,FAO,restoration,registry,GeoJSON,import,vocabulary,labels")
    HELP = tr_noop(
        "Reads a FERM GeoJSON file (an API payload such as the one 'Export restoration sites to FERM' writes, or "
        "a FERM polygon export) into a polygon layer in EPSG:4326. Codes are kept and decoded with the FERM "
        "vocabularies shipped with the plugin, in the chosen language (English where FERM has no label in it): "
        "restoration_type + restoration_type_label, tenure_status + tenure_status_label, ecosystems + "
        "ecosystems_labels, activities + activities_labels (labels separated by '; '). Project information from "
        "the payload's top-level properties (title, institution, starting year, restoration types, countries, "
        "organizations with decoded role and type) is repeated on every site. Features a multi-part site was "
        "split into (part/partCount) are merged back into one multipolygon per site, areas added.")

    SPEC = (
        spec.file_in("INPUT", tr_noop("FERM GeoJSON file"),
                     tr_noop("FERM API payload or FERM polygon export (GeoJSON FeatureCollection, EPSG:4326)."),
                     extension=tr_noop("GeoJSON (*.geojson *.json)"), probe=spec.Probe("@ferm_polygon_export")),
        spec.enum("LANGUAGE", tr_noop("Label language"),
                  tr_noop("Language of the vocabulary labels (en, es, fr, pt); default the QGIS language, else "
                          "English. Labels missing in a language are given in English."), LANGUAGES,
                  default=default_language, probe=spec.Probe(LANGUAGES.index("fr"))),
        spec.sink("OUTPUT", tr_noop("FERM sites"),
                  tr_noop("Sites with their FERM codes and labels and the project's information."),
                  layer_type="polygon"),
        spec.number_out("SITE_COUNT", tr_noop("Sites read")),
    )
    EXAMPLE = {"INPUT": "@ferm_payload", "LANGUAGE": LANGUAGES.index("es")}

    def compute(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        language = LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]
        project, sites, left_out = read_ferm_sites(path, feedback.isCanceled, as_wkb=True)
        if left_out:
            feedback.pushWarning(tr("{count} feature(s) that are not polygons were left out (feature {numbers}).")
                                 .format(count=len(left_out), numbers=capped(left_out)))
        if not sites:
            raise InputError(tr_noop("{path} holds no features."), path=path)
        feedback.setProgress(40)
        row_of = site_decoder(project, Vocabularies.load(), language)
        fields = make_fields(IMPORT_FIELDS)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, Qgis.WkbType.MultiPolygon,
                                          QgsCoordinateReferenceSystem("EPSG:4326"))
        with paused_gc():  # 200,000 features built while the sites are held: no collector scans over them
            self.write_sites(sink, fields, sites, row_of, feedback)
        return {"OUTPUT": dest, "SITE_COUNT": len(sites)}

    @staticmethod
    def write_sites(sink, fields, sites, row_of, feedback) -> None:
        batch = []
        for number, (props, wkb) in enumerate(sites, 1):
            feat = QgsFeature(fields)
            if wkb is not None:  # a 2D multipolygon, as the layer stores it (core/ferm_import.py)
                geom = QgsGeometry()
                geom.fromWkb(wkb)
                feat.setGeometry(geom)
            feat.setAttributes(row_of(props))
            batch.append(feat)
            if len(batch) == BATCH:
                if feedback.isCanceled():
                    raise Cancelled()
                sink.addFeatures(batch)
                batch = []
                feedback.setProgress(40 + 60 * number / len(sites))
        sink.addFeatures(batch)
