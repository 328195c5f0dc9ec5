"""t2monitor:exportferm — restoration sites to FAO FERM (API payload, upload package, GEF template)."""
from __future__ import annotations

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureRequest

from ...core import ferm
from ...core.errors import Cancelled, InputError, tr_noop
from ...core.ferm_files import write_outputs
from ...core.ferm_import import read_project_json
from ...core.vector_areas import ferm_area_ha, srs_of
from ...i18n import locale_code, tr
from .. import spec
from ..fields import make_fields
from ..indicators.sites import plain
from .base import ExportAlgorithm

VALIDATION_SCHEMA = [("feature_id", "int"), ("site_name", "str"), ("level", "str"), ("reason", "str")]
FILE_OUTPUTS = ("OUTPUT", "UPLOAD_PACKAGE", "GEF_TEMPLATE")


VOCABULARIES = ferm.Vocabularies.load()
# FERM site fields with a controlled vocabulary: the fixed value is also offered as a choice of codes
# (<key>_CODE, one code; <key>_CODES, several), beside the text form <key>_VALUE kept for models and scripts
CHOICES = {"ECOSYSTEMS": "ECOSYSTEMS_CODES", "ACTIVITIES": "ACTIVITIES_CODES",
           "RESTORATION_TYPE": "RESTORATION_TYPE_CODE", "TENURE": "TENURE_CODE"}


def vocabulary_codes(key: str) -> list:
    """Codes of the FERM vocabulary of site field ``key``, in the order of the choice parameter's options."""
    return VOCABULARIES.codes(ferm.VOCABULARY_OF[key])


def _language() -> str:
    try:
        return locale_code()
    except Exception:  # noqa: BLE001 - no QGIS settings yet (e.g. an import outside QGIS): English labels
        return "en"


def choice_labels(key: str) -> tuple:
    """'code - label' of every code of the vocabulary, labels in the QGIS language from the FERM reference."""
    vocabulary, language = ferm.VOCABULARY_OF[key], _language()
    labels = []
    for code in vocabulary_codes(key):
        label = VOCABULARIES.label(vocabulary, code, language) or ""
        labels.append(label if label.startswith(str(code)) else f"{code} - {label}")
    return tuple(labels)


def mapped(key, field_label, field_help, value_label, value_help, field_probe, value_probe, advanced=False,
           choice=None) -> tuple:
    """``<key>_FIELD`` (a field of the sites) and ``<key>_VALUE`` (a fixed text) of one FERM site field; for a
    coded field also the choice ``choice`` = (label, help, probe) of its codes, and the text form goes to Advanced."""
    entries = [spec.field_of(f"{key}_FIELD", field_label, field_help, parent="INPUT", optional=True,
                             advanced=advanced, probe=field_probe)]
    if choice is not None:
        label, help_text, probe = choice
        entries.append(spec.enum(CHOICES[key], label, help_text, choice_labels(key), default=None, optional=True,
                                 multiple=CHOICES[key].endswith("_CODES"), probe=probe))
    entries.append(spec.string(f"{key}_VALUE", value_label, value_help, optional=True,
                               advanced=advanced or choice is not None, probe=value_probe))
    return tuple(entries)


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
        "organization role/type or restoration type, bad country code; and, when the API payload is written, a "
        "project without title, institution id or point of contact) always stop the run.")

    SPEC = (
        spec.source("INPUT", tr_noop("Restoration sites"),
                    tr_noop("Polygons of the restoration sites, any CRS. Points and lines are reported as errors."),
                    layer_type="anygeometry", probe=spec.Probe("@restoration_sites_first6")),
        mapped("SITE_NAME", tr_noop("Site name: field"),
               tr_noop("Field holding the site name (FERM siteName; text, non-ASCII kept). Empty: use "
                       "{SITE_NAME_VALUE}."),
               tr_noop("Site name: fixed value"),
               tr_noop("Fixed value for every site: site name (FERM siteName; text, non-ASCII kept). Used where "
                       "{SITE_NAME_FIELD} is not chosen or is empty."),
               spec.Probe("organization"), spec.Probe("Sitio", needs={"SITE_NAME_FIELD": None})),
        mapped("SITE_ID", tr_noop("Site id: field"),
               tr_noop("Field holding the site id (FERM siteId; GEF ID_CODE). Empty: use {SITE_ID_VALUE}."),
               tr_noop("Site id: fixed value"),
               tr_noop("Fixed value for every site: site id (FERM siteId; GEF ID_CODE). Used where {SITE_ID_FIELD} "
                       "is not chosen or is empty."),
               spec.Probe("site_name"), spec.Probe("PE-RS", needs={"SITE_ID_FIELD": None})),
        mapped("START_YEAR", tr_noop("Starting year: field"),
               tr_noop("Field holding the year restoration started (a year, a date or text such as 2014/05/01). "
                       "Empty: use {START_YEAR_VALUE}."),
               tr_noop("Starting year: fixed value"),
               tr_noop("Fixed value for every site: year restoration started (a year, a date or text such as "
                       "2014/05/01). Used where {START_YEAR_FIELD} is not chosen or is empty."),
               spec.Probe("end_year"), spec.Probe("2010")),  # RS09 has no start year: the value fills it
        mapped("ECOSYSTEMS", tr_noop("Ecosystems (GET biomes): field"),
               tr_noop("Field holding the IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). "
                       "Empty: use {ECOSYSTEMS_CODES}. Values are checked against the FERM vocabulary: codes outside "
                       "it are errors in the validation table, naming the code and the field."),
               tr_noop("Ecosystems (GET biomes): fixed value as text"),
               tr_noop("Fixed value for every site as text: IUCN Global Ecosystem Typology biome codes, "
                       "comma-separated (e.g. T1,TF1). Used where {ECOSYSTEMS_FIELD} is not chosen or is empty. The "
                       "same as {ECOSYSTEMS_CODES}, for models and scripts; give one of the two."),
               spec.Probe("get_biome", needs={"ECOSYSTEMS_FIELD": None}),
               spec.Probe("T1,TF1", needs={"ECOSYSTEMS_FIELD": None}),
               choice=(tr_noop("Ecosystems (GET biomes): fixed value"),
                       tr_noop("The IUCN Global Ecosystem Typology biomes of every site, chosen from the FERM "
                               "vocabulary. Used where {ECOSYSTEMS_FIELD} is not chosen or is empty."),
                       spec.Probe([0, 1], needs={"ECOSYSTEMS_FIELD": None}))),
        mapped("ACTIVITIES", tr_noop("Activities: field"),
               tr_noop("Field holding the FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). "
                       "Empty: use {ACTIVITIES_CODES}. Values are checked against the FERM vocabulary: codes outside "
                       "it are errors in the validation table, naming the code and the field."),
               tr_noop("Activities: fixed value as text"),
               tr_noop("Fixed value for every site as text: FERM activity codes, comma-separated (leaf activities "
                       "1-50, e.g. 4,6,24). Used where {ACTIVITIES_FIELD} is not chosen or is empty. The same as "
                       "{ACTIVITIES_CODES}, for models and scripts; give one of the two."),
               spec.Probe("activities", needs={"ACTIVITIES_FIELD": None}),
               spec.Probe("4,6", needs={"ACTIVITIES_FIELD": None}),
               choice=(tr_noop("Activities: fixed value"),
                       tr_noop("The FERM activities of every site, chosen from the FERM vocabulary (leaf "
                               "activities). Used where {ACTIVITIES_FIELD} is not chosen or is empty."),
                       spec.Probe([3, 5], needs={"ACTIVITIES_FIELD": None}))),
        mapped("RESTORATION_TYPE", tr_noop("Restoration type: field"),
               tr_noop("Field holding the FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or "
                       "label). Empty: use {RESTORATION_TYPE_CODE}. Values are checked against the FERM vocabulary: "
                       "codes or labels outside it are errors in the validation table, naming the code and the "
                       "field."),
               tr_noop("Restoration type: fixed value as text"),
               tr_noop("Fixed value for every site as text: FERM restoration type: 1 Ecological restoration, "
                       "2 Rehabilitation (code or label). Used where {RESTORATION_TYPE_FIELD} is not chosen or is "
                       "empty. The same as {RESTORATION_TYPE_CODE}, for models and scripts; give one of the two."),
               spec.Probe("restoration_type", needs={"RESTORATION_TYPE_FIELD": None}),
               spec.Probe("Rehabilitation", needs={"RESTORATION_TYPE_FIELD": None}),
               choice=(tr_noop("Restoration type: fixed value"),
                       tr_noop("The FERM restoration type of every site. Used where {RESTORATION_TYPE_FIELD} is not "
                               "chosen or is empty."),
                       spec.Probe(1, needs={"RESTORATION_TYPE_FIELD": None}))),
        mapped("TENURE", tr_noop("Tenure status: field"),
               tr_noop("Field holding the FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly "
                       "owned, 5 Private, 6 Other, 7 Don't know) or label. Empty: use {TENURE_CODE}. Values are "
                       "checked against the FERM vocabulary: codes or labels outside it are errors in the validation "
                       "table, naming the code and the field."),
               tr_noop("Tenure status: fixed value as text"),
               tr_noop("Fixed value for every site as text: FERM tenure status code 1-7 (1 Communal, 2 Government, "
                       "3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Used where "
                       "{TENURE_FIELD} is not chosen or is empty. The same as {TENURE_CODE}, for models and scripts; "
                       "give one of the two."),
               spec.Probe("status"), spec.Probe("5", needs={"TENURE_FIELD": None}),
               choice=(tr_noop("Tenure status: fixed value"),
                       tr_noop("The FERM tenure status of every site. Used where {TENURE_FIELD} is not chosen or is "
                               "empty."),
                       spec.Probe(4, needs={"TENURE_FIELD": None}))),
        mapped("ADMIN0", tr_noop("Country (admin 0): field"),
               tr_noop("Field holding the country (administrative level 0). Empty: use {ADMIN0_VALUE}."),
               tr_noop("Country (admin 0): fixed value"),
               tr_noop("Fixed value for every site: country (administrative level 0). Used where {ADMIN0_FIELD} is "
                       "not chosen or is empty."),
               spec.Probe("organization"), spec.Probe("BO"), advanced=True),
        mapped("ADMIN1", tr_noop("Admin level 1: field"),
               tr_noop("Field holding the administrative level 1 (e.g. region). Empty: use {ADMIN1_VALUE}."),
               tr_noop("Admin level 1: fixed value"),
               tr_noop("Fixed value for every site: administrative level 1 (e.g. region). Used where {ADMIN1_FIELD} "
                       "is not chosen or is empty."),
               spec.Probe("organization"), spec.Probe("San Martín"), advanced=True),
        mapped("ADMIN2", tr_noop("Admin level 2: field"),
               tr_noop("Field holding the administrative level 2 (e.g. province). Empty: use {ADMIN2_VALUE}."),
               tr_noop("Admin level 2: fixed value"),
               tr_noop("Fixed value for every site: administrative level 2 (e.g. province). Used where "
                       "{ADMIN2_FIELD} is not chosen or is empty."),
               spec.Probe("site_name"), spec.Probe("Moyobamba"), advanced=True),
        spec.file_in("PROJECT_FILE", tr_noop("Project JSON file"),
                     tr_noop("FERM project object as JSON (keys institutionId, title, startingYear, restorationTypes, "
                             "pointsOfContact, organizations, countries), or a payload whose 'properties' hold it. The "
                             "parameters below override its keys when given."), extension="json", optional=True,
                     aliases=("PROJECT_JSON",),
                     # the project shows only in the payload's top-level properties: an unknown organization role
                     # read from the file stops the run
                     probe=spec.Probe("@ferm_project_bad_role", needs={"ORGANIZATIONS": None}, expect="error")),
        spec.string("TITLE", tr_noop("Project title"), tr_noop("Title of the FERM project."), optional=True,
                    probe=spec.Probe("Otro proyecto")),
        spec.string("INSTITUTION_ID", tr_noop("Institution id"),
                    tr_noop("FERM institution id of the reporting institution."), optional=True,
                    probe=spec.Probe("INST-PE-7")),
        spec.integer("STARTING_YEAR", tr_noop("Project starting year"), tr_noop("Year the project started."),
                     optional=True, minimum=1800, maximum=2100, unit="year", probe=spec.Probe(2016)),
        spec.string("PROJECT_RESTORATION_TYPES", tr_noop("Project restoration types"),
                    tr_noop("Comma-separated restoration type codes of the project (1 Ecological restoration, "
                            "2 Rehabilitation)."), optional=True, probe=spec.Probe("1,9", expect="error")),
        spec.string("CONTACTS", tr_noop("Points of contact"), tr_noop("Contacts as 'name <email>; name <email>'."),
                    optional=True, probe=spec.Probe("Ana Ñahui <ana.example.org>", expect="error")),
        spec.string("ORGANIZATIONS", tr_noop("Organizations"),
                    tr_noop("Organizations as 'name|role|type|country; ...': role Leading/Supporting (or 'Lead "
                            "implementer', or code 1/2), type as label (e.g. NGO, Government) or code, country as "
                            "ISO2."), optional=True, probe=spec.Probe("ONG Bosques|Boss|NGO|PE", expect="error")),
        spec.string("COUNTRIES", tr_noop("Countries (ISO2)"),
                    tr_noop("Comma-separated ISO 3166-1 alpha-2 codes of the project's countries (e.g. PE,BO)."),
                    optional=True, probe=spec.Probe("PE,PER", expect="error")),
        spec.boolean("SKIP_INVALID", tr_noop("Skip invalid features"),
                     tr_noop("Leave features in error out of the outputs instead of stopping (default: stop)."),
                     # site RS07 has status 3, not a FERM restoration type
                     probe=spec.Probe(True, needs={"RESTORATION_TYPE_FIELD": "status"}, expect="unlocks")),
        spec.file_out("OUTPUT", tr_noop("FERM API payload"),
                      tr_noop("GeoJSON FeatureCollection to POST to the FERM API (EPSG:4326). Give at least one of the "
                              "three file outputs."), tr_noop("GeoJSON (*.geojson)"), optional=True,
                      aliases=("API_PAYLOAD",)),
        spec.file_out("UPLOAD_PACKAGE", tr_noop("FERM upload package"),
                      tr_noop("Zip with the sites as shapefile (.shp/.shx/.dbf/.prj/.cpg, EPSG:4326, UTF-8), KML and "
                              "GeoJSON, for FERM's web upload."), tr_noop("Zip archive (*.zip)"), optional=True),
        spec.file_out("GEF_TEMPLATE", tr_noop("GEF geospatial template"),
                      tr_noop("Sites with the GEF columns ID_CODE, Restor_str and Restor_end (YYYY/MM/DD), Restor_eco, "
                              "Restor_typ, plus Site_name, Activities and Area_ha."),
                      tr_noop("GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)"), optional=True),
        spec.sink("VALIDATION", tr_noop("Validation"),
                  tr_noop("One row per feature (feature_id, site_name, level ok/warning/error, reason) plus project "
                          "problems; written even when errors stop the run. Optional: the problems are also listed "
                          "in the log."), optional=True),
        spec.number_out("SITE_COUNT", tr_noop("Sites exported")),
        spec.number_out("ERROR_COUNT", tr_noop("Features in error")),
        spec.number_out("WARNING_COUNT", tr_noop("Features with warnings")),
        spec.number_out("TOTAL_HA", tr_noop("FERM area (ha)"), aliases=("TOTAL_AREA_HA",)),
    )
    EXAMPLE = {"INPUT": "@restoration_sites", "SITE_NAME_FIELD": "site_name", "SITE_ID_FIELD": "site_id",
               "START_YEAR_FIELD": "start_year", "ECOSYSTEMS_FIELD": "get_biome", "ACTIVITIES_FIELD": "activities",
               "RESTORATION_TYPE_FIELD": "restoration_type", "TENURE_FIELD": "tenure", "ADMIN0_VALUE": "PE",
               "TITLE": "Restauración del Alto Mayo", "STARTING_YEAR": 2012, "PROJECT_RESTORATION_TYPES": "1,2",
               "CONTACTS": "Ana Ñahui <ana@example.org>", "ORGANIZATIONS": "ONG Bosques|Lead implementer|NGO|PE",
               "COUNTRIES": "PE", "INSTITUTION_ID": "INST-PE-1"}

    def project(self, parameters, context) -> dict:
        project = {}
        path = self.parameterAsFile(parameters, "PROJECT_FILE", context)
        if path:
            project = read_project_json(path)

        def text(key):
            return self.parameterAsString(parameters, key, context).strip()

        for key, name in (("TITLE", "title"), ("INSTITUTION_ID", "institutionId"),
                          ("PROJECT_RESTORATION_TYPES", "restorationTypes"), ("COUNTRIES", "countries")):
            if text(key):
                project[name] = text(key)
        if parameters.get("STARTING_YEAR") not in (None, ""):
            project["startingYear"] = self.parameterAsInt(parameters, "STARTING_YEAR", context)
        if text("CONTACTS"):
            project["pointsOfContact"] = ferm.parse_contacts(text("CONTACTS"))
        if text("ORGANIZATIONS"):
            project["organizations"] = ferm.parse_organizations(text("ORGANIZATIONS"))
        return project

    def fixed_value(self, parameters, context, key) -> str | None:
        """The fixed value of site field ``key``: its text form, or the codes chosen in its choice parameter."""
        text = self.parameterAsString(parameters, f"{key}_VALUE", context).strip()
        choice = CHOICES.get(key)
        if choice is None or parameters.get(choice) in (None, "", []):
            return text or None
        codes = vocabulary_codes(key)
        chosen = ",".join(str(codes[i]) for i in self.parameterAsEnums(parameters, choice, context))
        if text and text.replace(" ", "") != chosen:
            raise InputError(tr_noop("{choice} and {text} both give the fixed value of a FERM field ({first} and "
                                     "{second}). Give only one of them."), choice=choice, text=f"{key}_VALUE",
                             first=chosen, second=text)
        return chosen or None

    def compute(self, parameters, context, feedback):
        paths = {key: self.parameterAsFileOutput(parameters, key, context) if parameters.get(key) else ""
                 for key in FILE_OUTPUTS}
        if not any(paths.values()):
            raise InputError(tr_noop("Choose at least one output file: {payload}, {package} or {gef}."),
                             payload="OUTPUT", package="UPLOAD_PACKAGE", gef="GEF_TEMPLATE")
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise InputError(tr_noop("No restoration sites layer was given ({parameter})."), parameter="INPUT")
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
            mapping[key] = ferm.Source(name or None, self.fixed_value(parameters, context, key))
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
        # the payload carries the project to the FERM API: its title, institution id and contacts are required
        sites, rows, project = ferm.prepare(records, mapping, self.project(parameters, context),
                                            require_project=bool(paths["OUTPUT"]))
        feedback.setProgress(50)

        fields = make_fields(VALIDATION_SCHEMA)
        sink, dest = None, ""
        if parameters.get("VALIDATION") not in (None, ""):
            sink, dest = self.parameterAsSink(parameters, "VALIDATION", context, fields, Qgis.WkbType.NoGeometry,
                                              QgsCoordinateReferenceSystem())
        for row in rows:
            if sink is not None:
                feat = QgsFeature(fields)
                # a .csv/.xlsx/.ods validation table gets its names neutralised by the sink (outputs.NeutralisingSink)
                feat.setAttributes(list(row.as_tuple()))
                sink.addFeature(feat)
            if row.level != ferm.OK:
                report = feedback.reportError if row.level == ferm.ERROR else feedback.pushWarning
                report(f"{row.site_name}: {row.level}: {row.reason}")
        del sink
        try:
            ferm.check_errors(rows, self.parameterAsBoolean(parameters, "SKIP_INVALID", context),
                              str(dest) if dest else tr("(log)"))
        except InputError:
            self.commit_report("VALIDATION")  # the table lists what stops the run: it is kept (written whole)
            raise
        written = write_outputs(sites, project, paths["OUTPUT"] or None, paths["UPLOAD_PACKAGE"] or None,
                                paths["GEF_TEMPLATE"] or None)
        feedback.setProgress(100)
        total = ferm_area_ha([s.geometry for s in sites], srs_of("EPSG:4326"))
        feedback.pushInfo(tr("{count} site(s) exported; FERM area {area:.2f} ha.").format(count=len(sites),
                                                                                       area=total))
        outputs = {"VALIDATION": dest or None, "SITE_COUNT": len(sites), "TOTAL_HA": total,
                   "ERROR_COUNT": sum(r.level == ferm.ERROR for r in rows if r.fid is not None),
                   "WARNING_COUNT": sum(r.level == ferm.WARNING for r in rows if r.fid is not None)}
        keys = {"payload": "OUTPUT", "package": "UPLOAD_PACKAGE", "gef": "GEF_TEMPLATE"}
        outputs.update({keys[kind]: path for kind, path in written.items()})
        return outputs
