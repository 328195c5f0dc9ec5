"""Turning core table schemas into QGIS fields."""
from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QMetaType

TYPES = {"str": QMetaType.Type.QString, "int": QMetaType.Type.LongLong, "float": QMetaType.Type.Double}


def make_fields(schema) -> QgsFields:
    """QgsFields from a core schema: a list of (name, 'str' | 'int' | 'float')."""
    fields = QgsFields()
    for name, kind in schema:
        fields.append(QgsField(name, TYPES[kind]))
    return fields
