"""t2monitor:exportferm — restoration sites to FAO FERM (API payload, upload package, GEF template)."""
from __future__ import annotations

import json

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core import ferm
from ...core.errors import Cancelled, InputError, tr_noop
from ...core.ferm_files import write_outputs
from ...core.vector_areas import ferm_area_ha, srs_of
from ...i18n import tr
from ..fields import make_fields
from ..indicators.sites import plain
from .base import ExportAlgorithm

FIELD_HELP = {
    "SITE_NAME": tr_noop("site name (FERM siteName; text, non-ASCII kept)"),
    "SITE_ID": tr_noop("site id (FERM siteId; GEF ID_CODE)"),
    "START_YEAR": tr_noop("year restoration started (a year, a date or text such as 2014/05/01)"),
    "ECOSYSTEMS": tr_noop("IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1)"),
    "ACTIVITIES": tr_noop("FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24)"),
    "RESTORATION_TYPE": tr_noop("FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label)"),
    "TENURE": tr_noop("FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, "
                      "6 Other, 7 Don't know) or label"),
    "ADMIN0": tr_noop("country (administrative level 0)"),
    "ADMIN1": tr_noop("administrative level 1 (e.g. region)"),
    "ADMIN2": tr_noop("administrative level 2 (e.g. province)"),
}
VALIDATION_SCHEMA = [("feature_id", "int"), ("site_name", "str"), ("level", "str"), ("reason", "str")]


class ExportFermAlgorithm(ExportAlgorithm):
    ALG_ID = "exportferm"
    DISPLAY_NAME = tr_noop("Export restoration sites to FERM")
    TAGS = tr_noop("FERM,FAO,restoration,registry,GeoJSON,shapefile,KML,GEF,upload,export,validation")
    HELP = tr_noop(
        "Checks restoration site polygons against FAO FERM's rules and vocabularies and writes what FERM and GEF "
        "ask for: the FERM API payload (GeoJSON with the project under the top-level properties), the upload "
        "package (zip of shapefile, KML and GeoJSON) and the GEF geospatial template. Nothing is sent anywhere and "
        "no API key is asked for.<br><br>"
        "Each FERM field comes from a layer field or a fixed value (the field wins; the fixed value fills features "
        "whose field is empty). Geometry is reprojected to EPSG:4326, made 2-D and valid (repairs are warnings); "
        "empty geometries, points and lines are errors; names missing are warnings; codes outside the FERM "
        "vocabularies are errors naming the code and the field; overlapping sites are warnings. Areas (ha) are "
        "computed as FERM does: union of the valid geometry in EPSG:6933.<br><br>"
        "The payload has one Polygon feature per site polygon: a multi-part site gives one feature per part with "
        "the site's properties plus part and partCount, each with its own area.<br><br>"
        "When errors remain and invalid features are not skipped, the run stops with a message, writes only the "
        "validation table (it explains the failure) and no other output. Project-level errors (unknown "
        "organization role/type or restoration type, bad country code) always stop the run.")

    INPUT = "INPUT"
    PROJECT_JSON = "PROJECT_JSON"
    TITLE = "TITLE"
    INSTITUTION_ID = "INSTITUTION_ID"
    STARTING_YEAR = "STARTING_YEAR"
    PROJECT_RESTORATION_TYPES = "PROJECT_RESTORATION_TYPES"
    CONTACTS = "CONTACTS"
    ORGANIZATIONS = "ORGANIZATIONS"
    COUNTRIES = "COUNTRIES"
    SKIP_INVALID = "SKIP_INVALID"
    API_PAYLOAD = "API_PAYLOAD"
    UPLOAD_PACKAGE = "UPLOAD_PACKAGE"
    GEF_TEMPLATE = "GEF_TEMPLATE"
    VALIDATION = "VALIDATION"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add(QgsProcessingParameterFeatureSource(self.INPUT, tr("Restoration sites"),
                                                     [Qgis.ProcessingSourceType.VectorAnyGeometry]),
                 tr_noop("Polygons of the restoration sites, any CRS. Points and lines are reported as errors."))
        for key in ferm.FIELDS:
            what = tr(FIELD_HELP[key])
            self.add(QgsProcessingParameterField(f"{key}_FIELD", tr("{name} field").format(name=key.title()),
                                                 parentLayerParameterName=self.INPUT, optional=True),
                     tr("Field holding the {what}. Empty: use the fixed value.").format(what=what))
            self.add(QgsProcessingParameterString(f"{key}_VALUE", tr("{name} fixed value").format(name=key.title()),
                                                  optional=True),
                     tr("Fixed value for every site: {what}. Used where the field is not chosen or is empty.").format(
                         what=what))
        self.add(QgsProcessingParameterFile(self.PROJECT_JSON, tr("Project JSON file"),
                                            extension="json", optional=True),
                 tr_noop("FERM project object as JSON (keys institutionId, title, startingYear, restorationTypes, "
                         "pointsOfContact, organizations, countries), or a payload whose 'properties' hold it. The "
                         "parameters below override its keys when given."))
        self.add(QgsProcessingParameterString(self.TITLE, tr("Project title"), optional=True),
                 tr_noop("Title of the FERM project."))
        self.add(QgsProcessingParameterString(self.INSTITUTION_ID, tr("Institution id"), optional=True),
                 tr_noop("FERM institution id of the reporting institution."))
        self.add(QgsProcessingParameterNumber(self.STARTING_YEAR, tr("Project starting year"),
                                              QgsProcessingParameterNumber.Type.Integer, optional=True,
                                              minValue=1800, maxValue=2100),
                 tr_noop("Year the project started."))
        self.add(QgsProcessingParameterString(self.PROJECT_RESTORATION_TYPES, tr("Project restoration types"),
                                              optional=True),
                 tr_noop("Comma-separated restoration type codes of the project (1 Ecological restoration, "
                         "2 Rehabilitation)."))
        self.add(QgsProcessingParameterString(self.CONTACTS, tr("Points of contact"), optional=True),
                 tr_noop("Contacts as 'name <email>; name <email>'."))
        self.add(QgsProcessingParameterString(self.ORGANIZATIONS, tr("Organizations"), optional=True),
                 tr_noop("Organizations as 'name|role|type|country; ...': role Leading/Supporting (or 'Lead "
                         "implementer', or code 1/2), type as label (e.g. NGO, Government) or code, country as ISO2."))
        self.add(QgsProcessingParameterString(self.COUNTRIES, tr("Countries (ISO2)"), optional=True),
                 tr_noop("Comma-separated ISO 3166-1 alpha-2 codes of the project's countries (e.g. PE,BO)."))
        self.add(QgsProcessingParameterBoolean(self.SKIP_INVALID, tr("Skip invalid features"), defaultValue=False),
                 tr_noop("Leave features in error out of the outputs instead of stopping (default: stop)."))
        self.add(QgsProcessingParameterFileDestination(self.API_PAYLOAD, tr("FERM API payload"),
                                                       tr("GeoJSON (*.geojson)"), optional=True,
                                                       createByDefault=False),
                 tr_noop("GeoJSON FeatureCollection to POST to the FERM API (EPSG:4326). Give at least one of the "
                         "three file outputs."))
        self.add(QgsProcessingParameterFileDestination(self.UPLOAD_PACKAGE, tr("FERM upload package"),
                                                       tr("Zip archive (*.zip)"), optional=True,
                                                       createByDefault=False),
                 tr_noop("Zip with the sites as shapefile (.shp/.shx/.dbf/.prj/.cpg, EPSG:4326, UTF-8), KML and "
                         "GeoJSON, for FERM's web upload."))
        self.add(QgsProcessingParameterFileDestination(self.GEF_TEMPLATE, tr("GEF geospatial template"),
                                                       tr("GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)"),
                                                       optional=True, createByDefault=False),
                 tr_noop("Sites with the GEF columns ID_CODE, Restor_str and Restor_end (YYYY/MM/DD), Restor_eco, "
                         "Restor_typ, plus Site_name, Activities and Area_ha."))
        self.add(QgsProcessingParameterFeatureSink(self.VALIDATION, tr("Validation"),
                                                   Qgis.ProcessingSourceType.Vector),
                 tr_noop("One row per feature (feature_id, site_name, level ok/warning/error, reason) plus project "
                         "problems; written even when errors stop the run."))
        for key, label in (("SITE_COUNT", tr("Sites exported")), ("ERROR_COUNT", tr("Features in error")),
                           ("WARNING_COUNT", tr("Features with warnings")), ("TOTAL_AREA_HA", tr("FERM area (ha)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def project(self, parameters, context) -> dict:
        project = {}
        path = self.parameterAsFile(parameters, self.PROJECT_JSON, context)
        if path:
            try:
                with open(path, encoding="utf-8-sig") as f:
                    project = json.load(f)
            except (OSError, ValueError) as exc:
                raise InputError(tr_noop("The project file {path} cannot be read as JSON ({reason})."), path=path,
                                 reason=str(exc)) from exc
            if isinstance(project, dict) and isinstance(project.get("properties"), dict):
                project = project["properties"]
            if not isinstance(project, dict):
                raise InputError(tr_noop("The project file {path} must hold a JSON object."), path=path)

        def text(key):
            return self.parameterAsString(parameters, key, context).strip()

        for key, name in ((self.TITLE, "title"), (self.INSTITUTION_ID, "institutionId"),
                          (self.PROJECT_RESTORATION_TYPES, "restorationTypes"), (self.COUNTRIES, "countries")):
            if text(key):
                project[name] = text(key)
        if parameters.get(self.STARTING_YEAR) not in (None, ""):
            project["startingYear"] = self.parameterAsInt(parameters, self.STARTING_YEAR, context)
        if text(self.CONTACTS):
            project["pointsOfContact"] = ferm.parse_contacts(text(self.CONTACTS))
        if text(self.ORGANIZATIONS):
            project["organizations"] = ferm.parse_organizations(text(self.ORGANIZATIONS))
        return project

    def compute(self, parameters, context, feedback):
        paths = {key: self.parameterAsFileOutput(parameters, key, context) if parameters.get(key) else ""
                 for key in (self.API_PAYLOAD, self.UPLOAD_PACKAGE, self.GEF_TEMPLATE)}
        if not any(paths.values()):
            raise InputError(tr_noop("Choose at least one output file: {payload}, {package} or {gef}."),
                             payload=self.API_PAYLOAD, package=self.UPLOAD_PACKAGE, gef=self.GEF_TEMPLATE)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise InputError(tr_noop("No restoration sites layer was given ({parameter})."), parameter=self.INPUT)
        layer_name = source.sourceName()
        if not source.sourceCrs().isValid():
            raise InputError(tr_noop("The layer {layer} has no coordinate reference system. Assign it a CRS and try "
                                     "again."), layer=layer_name)
        mapping = {}
        for key in ferm.FIELDS:
            name = self.parameterAsString(parameters, f"{key}_FIELD", context)
            if name and source.fields().lookupField(name) < 0:
                raise InputError(tr_noop("The layer {layer} has no field named {field} ({parameter})."),
                                 layer=layer_name, field=name, parameter=f"{key}_FIELD")
            mapping[key] = ferm.Source(name or None, self.parameterAsString(parameters, f"{key}_VALUE", context)
                                       or None)
        crs_wkt = source.sourceCrs().toWkt(Qgis.CrsWktVariant.PreferredGdal)
        used = sorted({s.field for s in mapping.values() if s.field})
        records = []
        for feat in source.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                raise Cancelled()
            geom = feat.geometry()
            records.append(ferm.FeatureRecord(feat.id(), bytes(geom.asWkb()) if not geom.isNull() else None,
                                              crs_wkt, {name: plain(feat[name]) for name in used}))
        if not records:
            raise InputError(tr_noop("The layer {layer} has no features: there is nothing to export."),
                             layer=layer_name)
        sites, rows, project = ferm.prepare(records, mapping, self.project(parameters, context))
        feedback.setProgress(50)

        fields = make_fields(VALIDATION_SCHEMA)
        sink, dest = self.parameterAsSink(parameters, self.VALIDATION, context, fields, Qgis.WkbType.NoGeometry,
                                          QgsCoordinateReferenceSystem())
        for row in rows:
            feat = QgsFeature(fields)
            feat.setAttributes(list(row.as_tuple()))
            sink.addFeature(feat)
            if row.level != ferm.OK:
                report = feedback.reportError if row.level == ferm.ERROR else feedback.pushWarning
                report(f"{row.site_name}: {row.level}: {row.reason}")
        del sink  # flush: the table is kept even when errors stop the run below
        ferm.check_errors(rows, self.parameterAsBoolean(parameters, self.SKIP_INVALID, context), str(dest))
        written = write_outputs(sites, project, paths[self.API_PAYLOAD] or None, paths[self.UPLOAD_PACKAGE] or None,
                                paths[self.GEF_TEMPLATE] or None)
        feedback.setProgress(100)
        total = ferm_area_ha([s.geometry for s in sites], srs_of("EPSG:4326"))
        feedback.pushInfo(tr("{count} site(s) exported; FERM area {area:.2f} ha.").format(count=len(sites),
                                                                                       area=total))
        outputs = {self.VALIDATION: dest, "SITE_COUNT": len(sites), "TOTAL_AREA_HA": total,
                   "ERROR_COUNT": sum(r.level == ferm.ERROR for r in rows if r.fid is not None),
                   "WARNING_COUNT": sum(r.level == ferm.WARNING for r in rows if r.fid is not None)}
        keys = {"payload": self.API_PAYLOAD, "package": self.UPLOAD_PACKAGE, "gef": self.GEF_TEMPLATE}
        outputs.update({keys[kind]: path for kind, path in written.items()})
        return outputs
