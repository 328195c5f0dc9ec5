<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
  <context>
    <name>T2Monitor</name>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="315" />
      <source>A polygon has no coordinate reference system, so its area cannot be computed.</source>
      <translation>Un polígono no tiene sistema de referencia de coordenadas, por lo que no se puede calcular su área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="31" />
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (from the layer's paletted style when it has one), &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.</source>
      <translation>Área de cada clase de un ráster categórico, en hectáreas, para todo el ráster y para cada zona de una capa de polígonos opcional.&lt;br&gt;&lt;br&gt;Las áreas de los píxeles son áreas reales sobre el elipsoide del SRC del ráster (por fila en SRC geográficos), nunca grados multiplicados por grados. Los polígonos de zona se reproyectan al SRC del ráster y cada píxel se pondera por la fracción que cubre la zona, de modo que el total de una zona sigue el área de su polígono incluso en bordes irregulares. Los polígonos con el mismo valor de zona se unen; zonas distintas pueden superponerse y cada una cuenta su propia área.&lt;br&gt;&lt;br&gt;La tabla tiene una fila por zona y clase: &lt;i&gt;level&lt;/i&gt; (total o zona), &lt;i&gt;zone&lt;/i&gt; ((all) para todo el ráster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (del estilo paletizado de la capa si lo tiene), &lt;i&gt;area_ha&lt;/i&gt; y &lt;i&gt;share&lt;/i&gt; (del área válida de la zona, por lo que las proporciones suman 1). Los píxeles sin datos se informan en su propia fila (clase vacía, etiqueta 'nodata', sin proporción) y nunca se mezclan con una clase.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="53" />
      <source>Band</source>
      <translation>Banda</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="54" />
      <source>Band holding the class codes.</source>
      <translation>Banda que contiene los códigos de clase.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="65" />
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="51" />
      <source>Categorical raster</source>
      <translation>Ráster categórico</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="62" />
      <source>Class areas</source>
      <translation>Áreas por clase</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="29" />
      <source>Class areas (per zone)</source>
      <translation>Áreas por clase (por zona)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="65" />
      <source>Class areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas por clase (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="81" />
      <source>Class areas need exactly one band of {layer}.</source>
      <translation>Las áreas por clase necesitan exactamente una banda de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="13" />
      <source>Class areas per zone…</source>
      <translation>Áreas por clase y zona…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/base.py" line="8" />
      <source>Export and reporting</source>
      <translation>Exportación e informes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="60" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: each feature is a zone named by its feature id.</source>
      <translation>Campo que da nombre a cada zona; las entidades que comparten un valor forman una zona. Vacío: cada entidad es una zona nombrada por su identificador.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="97" />
      <source>GDAL cannot write raster files with the extension .{ext} ({path}). Use .tif.</source>
      <translation>GDAL no puede escribir archivos ráster con la extensión .{ext} ({path}). Use .tif.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/base.py" line="8" />
      <source>National degradation criteria</source>
      <translation>Criterios nacionales de degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="67" />
      <source>No file was given for the output {output}.</source>
      <translation>No se indicó ningún archivo para la salida {output}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="222" />
      <source>No input raster was given.</source>
      <translation>No se indicó ningún ráster de entrada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="68" />
      <source>Nodata area (ha)</source>
      <translation>Área sin datos (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="259" />
      <source>None of the zones in {layer} overlaps the raster. Check that the zone layer and the raster cover the same area.</source>
      <translation>Ninguna de las zonas de {layer} se superpone al ráster. Compruebe que la capa de zonas y el ráster cubren la misma área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="43" />
      <source>Open sample project</source>
      <translation>Abrir el proyecto de ejemplo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="66" />
      <source>Optional copy of the table as a CSV or XLSX file.</source>
      <translation>Copia opcional de la tabla como archivo CSV o XLSX.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="57" />
      <source>Polygons (e.g. districts) to report areas for; any CRS.</source>
      <translation>Polígonos (p. ej., distritos) para los que informar áreas; cualquier SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="77" />
      <source>Preparing the T2 Monitor sample region</source>
      <translation>Preparando la región de ejemplo de T2 Monitor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="52" />
      <source>Raster of whole-number class codes (e.g. land cover, degradation classes).</source>
      <translation>Ráster de códigos de clase enteros (p. ej., cobertura del suelo, clases de degradación).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/base.py" line="8" />
      <source>Restoration priority (ROAM)</source>
      <translation>Prioridad de restauración (ROAM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/base.py" line="8" />
      <source>SDG 15.3.1 degradation</source>
      <translation>Degradación ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="73" />
      <source>Sample region opened from {folder}.</source>
      <translation>Región de ejemplo abierta desde {folder}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="48" />
      <source>Show T2 Monitor algorithms in the Processing Toolbox</source>
      <translation>Mostrar los algoritmos de T2 Monitor en la caja de herramientas de Procesos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="40" />
      <location filename="../t2_monitor_plugin/plugin.py" line="56" />
      <location filename="../t2_monitor_plugin/plugin.py" line="62" />
      <source>T2 Monitor</source>
      <translation>T2 Monitor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/provider.py" line="22" />
      <source>T2 Monitor: GBF Target 2 restoration monitoring</source>
      <translation>T2 Monitor: seguimiento de la restauración de la Meta 2 del MMB</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="63" />
      <source>Table of areas per zone and class (no geometry).</source>
      <translation>Tabla de áreas por zona y clase (sin geometría).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="28" />
      <source>Tables can be written as .csv, .xlsx or .ods, not {ext} ({path}).</source>
      <translation>Las tablas pueden escribirse como .csv, .xlsx u .ods, no {ext} ({path}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/base.py" line="8" />
      <source>Target 2 indicators</source>
      <translation>Indicadores de la Meta 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="77" />
      <source>The folder {folder} for the output {output} cannot be created ({reason}).</source>
      <translation>No se puede crear la carpeta {folder} para la salida {output} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="83" />
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there. Choose a folder you can write to.</source>
      <translation>No se puede escribir en la carpeta {folder}, así que la salida {output} no puede guardarse allí. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="98" />
      <source>The layer {layer} is not a file raster (provider {provider}). Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>La capa {layer} no es un ráster de archivo (proveedor {provider}). Guárdela primero como GeoTIFF (Exportar &gt; Guardar como).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="76" />
      <source>The layer {layer} is not a raster GDAL can read ({reason}). Choose a raster file such as a GeoTIFF.</source>
      <translation>La capa {layer} no es un ráster que GDAL pueda leer ({reason}). Elija un archivo ráster, como un GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="79" />
      <source>The layer {layer} is not a raster GDAL can read. Choose a raster file such as a GeoTIFF.</source>
      <translation>La capa {layer} no es un ráster que GDAL pueda leer. Elija un archivo ráster, como un GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="70" />
      <source>The output {output} would overwrite the input {path}. Choose another file name.</source>
      <translation>La salida {output} sobrescribiría la entrada {path}. Elija otro nombre de archivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="117" />
      <source>The output {path} cannot be created ({reason}).</source>
      <translation>No se puede crear la salida {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="170" />
      <source>The output {path} cannot be written as {driver} ({reason}).</source>
      <translation>No se puede escribir la salida {path} como {driver} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="230" />
      <source>The raster has no coordinate reference system, so the zones of {layer} cannot be placed on it.</source>
      <translation>El ráster no tiene sistema de referencia de coordenadas, por lo que las zonas de {layer} no pueden situarse sobre él.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="95" />
      <source>The raster layer given for {parameter} cannot be loaded. Check the file or choose another layer.</source>
      <translation>No se puede cargar la capa ráster indicada para {parameter}. Compruebe el archivo o elija otra capa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="71" />
      <source>The raster layer {layer} cannot be found at {path}. Check the path or choose another layer.</source>
      <translation>No se encuentra la capa ráster {layer} en {path}. Compruebe la ruta o elija otra capa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="115" />
      <source>The raster {layer} could not be aligned to the reference grid ({reason}).</source>
      <translation>No se pudo alinear el ráster {layer} con la cuadrícula de referencia ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="182" />
      <source>The raster {layer} has an invalid geotransform (zero pixel size).</source>
      <translation>El ráster {layer} tiene una geotransformación no válida (tamaño de píxel cero).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="122" />
      <source>The raster {layer} has no coordinate reference system, so it cannot be aligned. Assign its CRS first.</source>
      <translation>El ráster {layer} no tiene sistema de referencia de coordenadas, por lo que no puede alinearse. Asígnele primero su SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="176" />
      <source>The raster {layer} has no geographic or projected coordinate reference system, so the true area of its pixels cannot be computed. Assign it a CRS and try again.</source>
      <translation>El ráster {layer} no tiene un sistema de referencia de coordenadas geográfico ni proyectado, por lo que no se puede calcular el área real de sus píxeles. Asígnele un SRC e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="94" />
      <source>The raster {layer} has {count} band(s); band(s) {bands} do not exist.</source>
      <translation>El ráster {layer} tiene {count} banda(s); la(s) banda(s) {bands} no existe(n).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="91" />
      <source>The raster {layer} holds decimal values; class areas need a categorical raster of whole-number codes.</source>
      <translation>El ráster {layer} contiene valores decimales; las áreas por clase necesitan un ráster categórico de códigos enteros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="89" />
      <source>The raster {layer} is rotated or not north-up. Warp it to a north-up grid (Raster &gt; Projections &gt; Warp) first.</source>
      <translation>El ráster {layer} está rotado o no orientado al norte. Reproyéctelo primero a una cuadrícula orientada al norte (Ráster &gt; Proyecciones &gt; Combar).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="109" />
      <source>The rasters are not on the same grid as {layer} ({differences}). Choose a reference layer to align them to, or resample them first.</source>
      <translation>Los rásteres no están en la misma cuadrícula que {layer} ({differences}). Elija una capa de referencia con la que alinearlos o remuestréelos antes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="78" />
      <source>The run was cancelled; no output was written.</source>
      <translation>La ejecución se canceló; no se escribió ninguna salida.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="69" />
      <source>The sample region could not be prepared: {error}</source>
      <translation>No se pudo preparar la región de ejemplo: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="54" />
      <source>The table {path} cannot be written ({reason}).</source>
      <translation>No se puede escribir la tabla {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="325" />
      <source>The zone layer {layer} cannot be opened as a vector layer.</source>
      <translation>La capa de zonas {layer} no puede abrirse como capa vectorial.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="226" />
      <source>The zone layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>La capa de zonas {layer} no tiene sistema de referencia de coordenadas. Asígnele un SRC e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="332" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="107" />
      <source>The zone layer {layer} has no field named {field}.</source>
      <translation>La capa de zonas {layer} no tiene ningún campo llamado {field}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="246" />
      <source>The zone layer {layer} has no polygons: use a polygon layer with at least one non-empty feature.</source>
      <translation>La capa de zonas {layer} no tiene polígonos: use una capa de polígonos con al menos una entidad no vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="114" />
      <source>The zone {zone} does not overlap the raster {layer}; it has no rows.</source>
      <translation>La zona {zone} no se superpone al ráster {layer}; no tiene filas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="120" />
      <source>The zone {zone} extends beyond the raster {layer}: {outside} ha of its {total} ha are outside and not counted.</source>
      <translation>La zona {zone} se extiende más allá del ráster {layer}: {outside} ha de sus {total} ha quedan fuera y no se cuentan.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="276" />
      <source>The zones of {layer} cannot be reprojected to the raster's coordinate reference system ({error}).</source>
      <translation>Las zonas de {layer} no pueden reproyectarse al sistema de referencia de coordenadas del ráster ({error}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="69" />
      <source>Total area (ha)</source>
      <translation>Área total (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="234" />
      <source>Two outputs were given the same file {path}.</source>
      <translation>Dos salidas tienen el mismo archivo {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="67" />
      <source>Valid area (ha)</source>
      <translation>Área válida (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="96" />
      <source>Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.</source>
      <translation>Área válida: {valid:.2f} ha; sin datos: {nodata:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="58" />
      <source>Zone field</source>
      <translation>Campo de zona</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="55" />
      <source>Zones (optional)</source>
      <translation>Zonas (opcional)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="30" />
      <source>area,hectares,class,zonal,statistics,land cover,table</source>
      <translation>área,hectáreas,clase,zonal,estadísticas,cobertura del suelo,tabla</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="123" />
      <source>{count} feature(s) of {layer} have no geometry or no zone value and were left out.</source>
      <translation>{count} entidad(es) de {layer} no tienen geometría o valor de zona y se omitieron.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="128" />
      <source>{count} invalid zone geometries of {layer} were repaired.</source>
      <translation>Se repararon {count} geometrías de zona no válidas de {layer}.</translation>
    </message>
  </context>
</TS>
