<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>T2Monitor</name>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="31" />
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (from the layer's paletted style when it has one), &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="53" />
      <source>Band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="54" />
      <source>Band holding the class codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="65" />
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="51" />
      <source>Categorical raster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="62" />
      <source>Class areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="29" />
      <source>Class areas (per zone)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="65" />
      <source>Class areas file (CSV or XLSX)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="81" />
      <source>Class areas need exactly one band of {layer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="13" />
      <source>Class areas per zone…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/base.py" line="8" />
      <source>Export and reporting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="60" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: each feature is a zone named by its feature id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="94" />
      <source>GDAL cannot write raster files with the extension .{ext} ({path}). Use .tif.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/base.py" line="8" />
      <source>National degradation criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="67" />
      <source>No file was given for the output {output}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="222" />
      <source>No input raster was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="68" />
      <source>Nodata area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="43" />
      <source>Open sample project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="66" />
      <source>Optional copy of the table as a CSV or XLSX file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="57" />
      <source>Polygons (e.g. districts) to report areas for; any CRS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="74" />
      <source>Preparing the T2 Monitor sample region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="52" />
      <source>Raster of whole-number class codes (e.g. land cover, degradation classes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/base.py" line="8" />
      <source>Restoration priority (ROAM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/base.py" line="8" />
      <source>SDG 15.3.1 degradation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="70" />
      <source>Sample region opened from {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="48" />
      <source>Show T2 Monitor algorithms in the Processing Toolbox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="40" />
      <location filename="../t2_monitor_plugin/plugin.py" line="53" />
      <location filename="../t2_monitor_plugin/plugin.py" line="59" />
      <source>T2 Monitor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/provider.py" line="22" />
      <source>T2 Monitor: GBF Target 2 restoration monitoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="63" />
      <source>Table of areas per zone and class (no geometry).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="28" />
      <source>Tables can be written as .csv, .xlsx or .ods, not {ext} ({path}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/base.py" line="8" />
      <source>Target 2 indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="77" />
      <source>The folder {folder} for the output {output} cannot be created ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="80" />
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there. Choose a folder you can write to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="98" />
      <source>The layer {layer} is not a file raster (provider {provider}). Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="76" />
      <source>The layer {layer} is not a raster GDAL can read ({reason}). Choose a raster file such as a GeoTIFF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="79" />
      <source>The layer {layer} is not a raster GDAL can read. Choose a raster file such as a GeoTIFF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="70" />
      <source>The output {output} would overwrite the input {path}. Choose another file name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="114" />
      <source>The output {path} cannot be created ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="167" />
      <source>The output {path} cannot be written as {driver} ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="95" />
      <source>The raster layer given for {parameter} cannot be loaded. Check the file or choose another layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="71" />
      <source>The raster layer {layer} cannot be found at {path}. Check the path or choose another layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="115" />
      <source>The raster {layer} could not be aligned to the reference grid ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="122" />
      <source>The raster {layer} has no coordinate reference system, so it cannot be aligned. Assign its CRS first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="94" />
      <source>The raster {layer} has {count} band(s); band(s) {bands} do not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="91" />
      <source>The raster {layer} holds decimal values; class areas need a categorical raster of whole-number codes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="89" />
      <source>The raster {layer} is rotated or not north-up. Warp it to a north-up grid (Raster &gt; Projections &gt; Warp) first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="109" />
      <source>The rasters are not on the same grid as {layer} ({differences}). Choose a reference layer to align them to, or resample them first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="78" />
      <source>The run was cancelled; no output was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="66" />
      <source>The sample region could not be prepared: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="54" />
      <source>The table {path} cannot be written ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="107" />
      <source>The zone layer {layer} has no field {field}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="114" />
      <source>The zone {zone} does not overlap the raster {layer}; it has no rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="120" />
      <source>The zone {zone} extends beyond the raster {layer}: {outside} ha of its {total} ha are outside and not counted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="69" />
      <source>Total area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="234" />
      <source>Two outputs were given the same file {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="67" />
      <source>Valid area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="96" />
      <source>Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="58" />
      <source>Zone field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="55" />
      <source>Zones (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="30" />
      <source>area,hectares,class,zonal,statistics,land cover,table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="122" />
      <source>{count} feature(s) of {layer} have no geometry or no zone value and were left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="127" />
      <source>{count} invalid zone geometries of {layer} were repaired.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
