"""Restoration-site parameters shared by the Target 2 indicator algorithms (area, progress, effectiveness).

Spec entries for ``SPEC`` and mixins that read them: :func:`site_params` with :meth:`SiteParamsMixin.sites`
(``class X(SiteParamsMixin, IndicatorsAlgorithm)``), and :func:`baseline_params` with
:meth:`BaselineParamsMixin.baseline` for the degraded baseline. Parameter keys (public contract): SITES, SITE_ID_FIELD,
START_YEAR_FIELD, END_YEAR_FIELD, STATUS_FIELD, EXCLUDED_STATUSES; DEGRADED_RASTER, DEGRADED_CODES, DEGRADED_POLYGONS,
TARGET_PCT. The rules for counting a site and the validation levels are in :mod:`...core.restoration`.
"""
from __future__ import annotations

from qgis.core import Qgis, QgsFeatureRequest
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ...core.errors import Cancelled, InputError, tr_noop
from ...core.restoration import SiteSet, load_statuses, make_site, parse_excluded, zone_layer
from ...core.vector_areas import parse_codes, srs_of
from ...i18n import tr
from ...paths import resource
from .. import spec

# the wiring fixtures of the year-field probes: the sample sites with start_revised/end_revised fields
REVISED_SITES = "@restoration_sites_revised"


def status_vocabulary():
    """The FERM restoration statuses shipped with the plugin (resources/data/restoration_statuses.json)."""
    return load_statuses(resource("data", "restoration_statuses.json"))


def plain(value):
    """A Qt attribute value as plain Python (NULL -> None, QDate -> datetime.date)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    return value


def site_params() -> tuple:
    """``SITES`` and its fields (id, start and end year, status) and ``EXCLUDED_STATUSES``."""
    return (
        spec.source("SITES", tr_noop("Restoration sites"),
                    tr_noop("Polygons of the restoration sites (e.g. the FERM or GEF layer); any CRS. Overlapping "
                            "sites are counted once (area of the union). Every feature appears in the validation "
                            "table."), probe=spec.Probe("@restoration_sites_subset")),
        spec.field_of("SITE_ID_FIELD", tr_noop("Site name or id field"),
                      tr_noop("Field naming each site in the validation table. Empty: sites are named by feature id."),
                      parent="SITES", optional=True, probe=spec.Probe("site_id")),
        spec.field_of("START_YEAR_FIELD", tr_noop("Start year field"),
                      tr_noop("Year restoration activities started: a whole number, a date, or text starting with the "
                              "year (e.g. 2014 or 2014/05/01 as in GEF's Restor_str). Sites without it are not "
                              "counted and are reported as errors."), parent="SITES",
                      probe=spec.Probe("start_revised", needs={"SITES": REVISED_SITES})),
        spec.field_of("END_YEAR_FIELD", tr_noop("End year field"),
                      tr_noop("Year restoration activities ended (same formats). A site counts in a year when it "
                              "started in or before it and has no end year or ended in or after it. Empty: sites "
                              "never end."), parent="SITES", optional=True,
                      probe=spec.Probe("end_revised", needs={"SITES": REVISED_SITES})),
        spec.field_of("STATUS_FIELD", tr_noop("Status field"),
                      tr_noop("FERM restoration status: code (1 In preparation, 2 In progress, 3 Post-completion "
                              "monitoring) or label in English, Spanish, French or Portuguese. Empty: every site with "
                              "a start year counts."), parent="SITES", optional=True, probe=spec.Probe("status")),
        spec.string("EXCLUDED_STATUSES", tr_noop("Statuses that do not count"),
                    tr_noop("Comma-separated statuses (codes or labels) whose sites are not under restoration. "
                            "Default 1 = FERM 'In preparation': activities have not started, so the area is not yet "
                            "under restoration (GBF indicator 2.1)."),
                    default=lambda: status_vocabulary().default_excluded(), optional=True,
                    probe=spec.Probe("", needs={"STATUS_FIELD": "status"})),
    )


class SiteParamsMixin:
    """Reads the restoration-site parameters of :func:`site_params` (expects the T2Algorithm helpers)."""

    def sites(self, parameters, context, feedback, attributes: dict[str, str] | None = None):
        """(:class:`SiteSet` of every feature, year-independent validation rows).

        ``attributes`` maps a disaggregation name to a field parameter key (e.g. ``{"activity": "ACTIVITY_FIELD"}``);
        the field's text value is stored in ``Site.attributes`` under that name (None when the parameter is empty).
        """
        source = self.parameterAsSource(parameters, "SITES", context)
        if source is None:
            raise InputError(tr_noop("No restoration sites layer was given ({parameter})."), parameter="SITES")
        layer_name = source.sourceName()
        fields = source.fields()

        def field_of(key):
            name = self.parameterAsString(parameters, key, context) if key in parameters else ""
            if name and fields.lookupField(name) < 0:
                raise InputError(tr_noop("The layer {layer} has no field named {field} ({parameter})."),
                                 layer=layer_name, field=name, parameter=key)
            return name or None

        start_field = field_of("START_YEAR_FIELD")
        if start_field is None:
            raise InputError(tr_noop("Choose the field of {layer} that holds the start year ({parameter})."),
                             layer=layer_name, parameter="START_YEAR_FIELD")
        id_field, end_field = field_of("SITE_ID_FIELD"), field_of("END_YEAR_FIELD")
        status_field = field_of("STATUS_FIELD")
        extra = {name: field_of(key) for name, key in (attributes or {}).items()}
        if not source.sourceCrs().isValid():
            raise InputError(tr_noop("The layer {layer} has no coordinate reference system. Assign it a CRS and try "
                                     "again."), layer=layer_name)
        srs = srs_of(source.sourceCrs().toWkt(Qgis.CrsWktVariant.PreferredGdal))
        vocabulary = status_vocabulary()
        excluded = parse_excluded(self.parameterAsString(parameters, "EXCLUDED_STATUSES", context), vocabulary)
        records = []
        for feat in source.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                raise Cancelled()

            def value(name, feat=feat):
                return plain(feat[name]) if name else None

            label = value(id_field)
            geom = feat.geometry()
            wkb = bytes(geom.asWkb()) if not geom.isNull() else None
            attrs = {k: (None if value(f) is None else str(value(f))) for k, f in extra.items() if f}
            records.append(make_site(feat.id(), str(label) if label is not None else str(feat.id()), wkb, srs,
                                     value(start_field), value(end_field), value(status_field), excluded,
                                     vocabulary, attrs, status_given=status_field is not None,
                                     layer_name=layer_name))
        site_set = SiteSet(records, layer_name)
        return site_set, site_set.validation(None, tr)


def baseline_params() -> tuple:
    """The degraded-land baseline (``DEGRADED_RASTER`` with ``DEGRADED_CODES``, or ``DEGRADED_POLYGONS``) and the
    target share of it, ``TARGET_PCT``."""
    return (
        spec.raster("DEGRADED_RASTER", tr_noop("Degraded baseline raster"),
                    tr_noop("Categorical raster of the baseline (band 1), e.g. the SDG 15.3.1 -1/0/+1 layer or "
                            "national degradation classes; any CRS. Give this or {DEGRADED_POLYGONS}."),
                    optional=True, probe=spec.Probe("@degraded_baseline_2015")),
        spec.string("DEGRADED_CODES", tr_noop("Degraded codes"),
                    tr_noop("Comma-separated codes of the raster that mean degraded land. Default -1 (degraded in "
                            "the SDG 15.3.1 -1/0/+1 layer)."), default="-1", probe=spec.Probe("-1,0")),
        spec.source("DEGRADED_POLYGONS", tr_noop("Degraded land polygons"),
                    tr_noop("Polygons of degraded land (the baseline), instead of {DEGRADED_RASTER}; any CRS; overlaps "
                            "count once."), optional=True,
                    probe=spec.Probe("@protected_areas",
                                     needs={"DEGRADED_RASTER": None, "DEGRADED_POLYGONS": "@districts"})),
        spec.number("TARGET_PCT", tr_noop("Target (% of the degraded baseline)"),
                    tr_noop("Share of the degraded baseline to be under restoration: 30 % by 2030 for GBF Target 2 "
                            "(default), or the national target."), default=30.0, minimum=0.0, maximum=100.0,
                    unit="%", aliases=("TARGET",), probe=spec.Probe(50.0)),
    )


class BaselineParamsMixin:
    """Reads the degraded-land baseline of :func:`baseline_params`: a categorical raster with chosen codes or
    polygons (exactly one)."""

    def baseline(self, parameters, context, feedback):
        """('raster', RasterInput, codes) or ('polygons', union in EPSG:6933, layer name)."""
        raster = self.raster_input(parameters, "DEGRADED_RASTER", context, bands=[1])
        polygons = self.parameterAsSource(parameters, "DEGRADED_POLYGONS", context)
        if (raster is None) == (polygons is None):
            raise InputError(tr_noop("Give the degraded baseline either as a raster ({raster}) or as polygons "
                                     "({polygons}), not both and not neither."), raster="DEGRADED_RASTER",
                             polygons="DEGRADED_POLYGONS")
        if raster is not None:
            return "raster", raster, parse_codes(self.parameterAsString(parameters, "DEGRADED_CODES", context),
                                                 "DEGRADED_CODES")
        layer = zone_layer("baseline", self.wkb_items(polygons, None, feedback), self.source_srs(polygons),
                           polygons.sourceName())
        return "polygons", layer.union(), polygons.sourceName()

    @staticmethod
    def source_srs(source):
        if not source.sourceCrs().isValid():
            raise InputError(tr_noop("The layer {layer} has no coordinate reference system. Assign it a CRS and try "
                                     "again."), layer=source.sourceName())
        return srs_of(source.sourceCrs().toWkt(Qgis.CrsWktVariant.PreferredGdal))

    @staticmethod
    def wkb_items(source, field: str | None, feedback):
        """(value, WKB) of every feature of a source (the feature id as value without a field)."""
        for feat in source.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                raise Cancelled()
            geom = feat.geometry()
            value = plain(feat[field]) if field else feat.id()
            yield (None if value is None else str(value)), (bytes(geom.asWkb()) if not geom.isNull() else None)
