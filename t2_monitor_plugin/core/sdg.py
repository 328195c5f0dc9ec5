"""Codes shared by the SDG 15.3.1 algorithms (see DOMAIN.md section 2)."""
from .errors import tr_noop

NODATA = -32768
"""Nodata of every -1/0/+1 layer (as Trends.Earth)."""
DEGRADED, STABLE, IMPROVED = -1, 0, 1
SDG_LABELS = {DEGRADED: tr_noop("Degraded"), STABLE: tr_noop("Stable"), IMPROVED: tr_noop("Improved")}

UNCCD_CLASSES = {1: tr_noop("Tree-covered"), 2: tr_noop("Grassland"), 3: tr_noop("Cropland"), 4: tr_noop("Wetland"),
                 5: tr_noop("Artificial"), 6: tr_noop("Other land"), 7: tr_noop("Water body")}
WATER = 7

LPD_LABELS = {1: tr_noop("Declining"), 2: tr_noop("Moderate decline"), 3: tr_noop("Stressed"), 4: tr_noop("Stable"),
              5: tr_noop("Increasing")}
LPD_TO_SDG = {1: DEGRADED, 2: DEGRADED, 3: STABLE, 4: STABLE, 5: IMPROVED}
"""Three-class view of the five Land Productivity Dynamics classes."""

STATUS_LABELS = {1: tr_noop("Persistent degradation"), 2: tr_noop("Recent degradation"),
                 3: tr_noop("Baseline degradation"), 4: tr_noop("Stable"),
                 5: tr_noop("Stable but improved at baseline"), 6: tr_noop("Recent improvement"),
                 7: tr_noop("Persistent improvement")}
