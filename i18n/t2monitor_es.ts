<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
  <context>
    <name>T2Monitor</name>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="63" />
      <source>-1 degraded (ratio below the threshold), 0 not degraded (Int16, nodata -32768).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="134" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="62" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="103" />
      <source>-1 degraded, 0 stable, +1 improved (Int16, nodata -32768).</source>
      <translation>-1 degradado, 0 estable, +1 mejorado (Int16, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="56" />
      <source>-1 significant decline, 0 no significant trend, +1 significant increase (Int16, nodata -32768).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="124" />
      <source>7 × 7 matrix of -1 (degradation), 0 (stable) and 1 (improvement); rows are the initial class, columns the final class; the first column names the row's class (keep its number). Defaults to the UNCCD matrix.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="66" />
      <source>A Mann-Kendall trend with p at or below this level is significant (default 0.05).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="70" />
      <source>A change of this many decile classes or more is a degradation or an improvement (default 2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="54" />
      <source>A drop of at least this many decile classes is degradation (-1), a rise of at least this many is improvement (+1) (default 2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="98" />
      <source>A loss of at least this percentage is degradation, a gain of at least this percentage improvement (default 10 %).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="75" />
      <source>A mean below this share of the unit's percentile is degraded (default 0.5).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="59" />
      <source>A pixel whose mean divided by its unit's percentile is below this ratio is degraded (-1) (default 0.5).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="315" />
      <source>A polygon has no coordinate reference system, so its area cannot be computed.</source>
      <translation>Un polígono no tiene sistema de referencia de coordenadas, por lo que no se puede calcular su área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="48" />
      <source>A trend counts as a decline or an increase when its two-sided p-value is at most this level (default 0.05, as the UNCCD Good Practice Guidance).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="115" />
      <source>Align inputs to the grid of the first raster</source>
      <translation>Alinear las entradas con la cuadrícula del primer ráster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="51" />
      <source>Already UNCCD classes 1-7</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="65" />
      <source>An LPD map from another source (band 1 is read). Needed in the external map mode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="32" />
      <source>Annual index rasters (one band per year)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="76" />
      <source>Annual productivity index (e.g. NDVI or its yearly integral): one multi-band raster with one band per year, or several rasters whose bands, in the order given, are consecutive years; nodata years of a pixel are left out of its mean. Or a single single-band raster of means (then leave the years empty). Band scale and offset are applied when the file declares them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="59" />
      <source>Annual series {layer}: {count} band(s), years {first}-{last}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="27" />
      <source>Annual vegetation index rasters (e.g. NDVI or its yearly integral): one multi-band raster with one band per year, or several rasters (single- or multi-band) whose bands, in the order given, are consecutive years. Nodata years of a pixel are left out of its computation. Band scale and offset are applied when the file declares them (e.g. NDVI stored as Int16 x 10000 with scale 0.0001).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="20" />
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (from the layer's paletted style when it has one), &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.</source>
      <translation>Área de cada clase de un ráster categórico, en hectáreas, para todo el ráster y para cada zona de una capa de polígonos opcional.&lt;br&gt;&lt;br&gt;Las áreas de los píxeles son áreas reales sobre el elipsoide del SRC del ráster (por fila en SRC geográficos), nunca grados multiplicados por grados. Los polígonos de zona se reproyectan al SRC del ráster y cada píxel se pondera por la fracción que cubre la zona, de modo que el total de una zona sigue el área de su polígono incluso en bordes irregulares. Los polígonos con el mismo valor de zona se unen; zonas distintas pueden superponerse y cada una cuenta su propia área.&lt;br&gt;&lt;br&gt;La tabla tiene una fila por zona y clase: &lt;i&gt;level&lt;/i&gt; (total o zona), &lt;i&gt;zone&lt;/i&gt; ((all) para todo el ráster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (del estilo paletizado de la capa si lo tiene), &lt;i&gt;area_ha&lt;/i&gt; y &lt;i&gt;share&lt;/i&gt; (del área válida de la zona, por lo que las proporciones suman 1). Los píxeles sin datos se informan en su propia fila (clase vacía, etiqueta 'nodata', sin proporción) y nunca se mezclan con una clase.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="139" />
      <source>Area of each of the 49 transitions (hectares), with its matrix value and its share of the mapped area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="43" />
      <source>Area of each status class and of the collapsed classes, overall and per zone.</source>
      <translation>Área de cada clase de estado y de las clases agrupadas, en total y por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="105" />
      <source>Areas per class, total land area, water and nodata, overall and per zone.</source>
      <translation>Áreas por clase, superficie total de tierra, agua y sin datos, en total y por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <source>Artificial</source>
      <translation>Artificial</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="42" />
      <source>Band</source>
      <translation>Banda</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="43" />
      <source>Band holding the class codes.</source>
      <translation>Banda que contiene los códigos de clase.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="120" />
      <source>Band {band} of {layer} is named {name} but is used as year {year} (first year {first}). Check the year of the first band and the order of the layers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="34" />
      <source>Baseline SDG 15.3.1 layer</source>
      <translation>Capa ODS 15.3.1 de referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="65" />
      <source>Baseline SOC stepped with land-cover change (IPCC factors)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="19" />
      <source>Baseline degradation</source>
      <translation>Degradación de referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="174" />
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="40" />
      <source>Categorical raster</source>
      <translation>Ráster categórico</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="96" />
      <source>Change threshold (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="155" />
      <source>Choose at least one field of {layer} saying what degraded, stable or improved pixels become.</source>
      <translation>Elija al menos un campo de {layer} que indique en qué se convierten los píxeles degradados, estables o mejorados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="60" />
      <source>Choose the field of {layer} that holds the land unit ids ({parameter}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="45" />
      <source>Class areas</source>
      <translation>Áreas por clase</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="18" />
      <source>Class areas (per zone)</source>
      <translation>Áreas por clase (por zona)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="47" />
      <source>Class areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas por clase (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="54" />
      <source>Class areas need exactly one band of {layer}.</source>
      <translation>Las áreas por clase necesitan exactamente una banda de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="13" />
      <source>Class areas per zone…</source>
      <translation>Áreas por clase y zona…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="51" />
      <source>Class change threshold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="83" />
      <source>Climate zone of the whole area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="73" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="67" />
      <source>Codes of the external map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="51" />
      <source>Combine trajectory, state and performance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="28" />
      <source>Combines the three sub-indicators into the SDG 15.3.1 layer (-1 degraded, 0 stable, +1 improved) with the 'one out, all out' rule of the UNCCD Good Practice Guidance: start from the three-class productivity (a five-class LPD map is collapsed 1-2 to -1, 3-4 to 0, 5 to +1); if land cover or soil organic carbon is -1 the pixel is degraded; otherwise a stable pixel becomes improved when land cover or SOC is +1. Any missing input gives nodata (-32768).&lt;br&gt;&lt;br&gt;&lt;b&gt;Water&lt;/b&gt;: give the final land-cover map (UNCCD classes) to leave water bodies (class 7) out of the land area; they become nodata in the layer and have their own row in the summary.&lt;br&gt;&lt;br&gt;&lt;b&gt;Error recode&lt;/b&gt; (false positives/negatives): polygons whose fields say what degraded, stable and improved pixels become (-1, 0, 1 or the words degraded/stable/improved; empty keeps them), which periods they apply to, and why. A pixel is recoded when at least half of it lies in the polygon; polygons apply in feature-id order, so the later one wins where they overlap. The recode report gives the hectares each polygon changed.&lt;br&gt;&lt;br&gt;&lt;b&gt;Summary&lt;/b&gt;: areas (ha and km²) of degraded, stable and improved land, their sum (total land area), water and nodata, for the whole raster and per zone; share_of_land of the degraded row is the proportion of degraded land over total land area, the GBF complementary indicator 2.CT.1. Class rows add up to the total land area.</source>
      <translation>Combina los tres subindicadores en la capa ODS 15.3.1 (-1 degradado, 0 estable, +1 mejorado) con la regla «uno fuera, todos fuera» de la Guía de Buenas Prácticas de la CNULD: se parte de la productividad en tres clases (un mapa LPD de cinco clases se agrupa 1-2 en -1, 3-4 en 0, 5 en +1); si la cobertura del suelo o el carbono orgánico del suelo es -1, el píxel está degradado; si no, un píxel estable pasa a mejorado cuando la cobertura o el COS es +1. Cualquier entrada sin datos da sin datos (-32768).&lt;br&gt;&lt;br&gt;&lt;b&gt;Agua&lt;/b&gt;: indique el mapa final de cobertura (clases CNULD) para excluir las masas de agua (clase 7) de la superficie de tierra; pasan a sin datos en la capa y tienen su propia fila en el resumen.&lt;br&gt;&lt;br&gt;&lt;b&gt;Recodificación de errores&lt;/b&gt; (falsos positivos/negativos): polígonos cuyos campos indican en qué se convierten los píxeles degradados, estables y mejorados (-1, 0, 1 o las palabras degraded/stable/improved; vacío los mantiene), a qué periodos se aplican y por qué. Un píxel se recodifica cuando al menos la mitad está dentro del polígono; los polígonos se aplican por orden de identificador, así que el último prevalece donde se superponen. El informe de recodificación da las hectáreas cambiadas por cada polígono.&lt;br&gt;&lt;br&gt;&lt;b&gt;Resumen&lt;/b&gt;: áreas (ha y km²) de tierra degradada, estable y mejorada, su suma (superficie total de tierra), agua y sin datos, para todo el ráster y por zona; share_of_land de la fila degradada es la proporción de tierra degradada sobre la superficie total de tierra, el indicador complementario 2.CT.1 del MMB. Las filas de clase suman la superficie total de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="17" />
      <source>Compares the SDG 15.3.1 layer of a reporting period with the baseline layer (both -1/0/+1) and classifies every pixel with the expanded status matrix of the UNCCD Good Practice Guidance addendum: 1 persistent degradation (-1 to -1), 2 recent degradation (0 or +1 to -1), 3 baseline degradation (-1 to 0), 4 stable (0 to 0), 5 stable but improved at baseline (+1 to 0), 6 recent improvement (-1 or 0 to +1), 7 persistent improvement (+1 to +1); nodata where either layer has none.&lt;br&gt;&lt;br&gt;The area table gives, for the whole raster and per zone, the area of each status class and of the collapsed view (1-3 degraded, 4 stable, 5-7 improved), in ha and km², with shares of the valid area. The matrix is read from resources/data/gpg_status_matrix.csv.</source>
      <translation>Compara la capa ODS 15.3.1 de un periodo de informe con la capa de referencia (ambas -1/0/+1) y clasifica cada píxel con la matriz de estado ampliada del addendum de la Guía de Buenas Prácticas de la CNULD: 1 degradación persistente (-1 a -1), 2 degradación reciente (0 o +1 a -1), 3 degradación de referencia (-1 a 0), 4 estable (0 a 0), 5 estable pero mejorado en la referencia (+1 a 0), 6 mejora reciente (-1 o 0 a +1), 7 mejora persistente (+1 a +1); sin datos donde alguna de las capas no tiene datos.&lt;br&gt;&lt;br&gt;La tabla de áreas da, para todo el ráster y por zona, el área de cada clase de estado y de la vista agrupada (1-3 degradado, 4 estable, 5-7 mejorado), en ha y km², con proporciones del área válida. La matriz se lee de resources/data/gpg_status_matrix.csv.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="53" />
      <source>Compute LPD from the three sub-indicator layers, or bring an existing LPD map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="27" />
      <source>Computes the land productivity sub-indicator of SDG 15.3.1 from an annual vegetation index series in one step, locally: the trajectory (Mann-Kendall trend, significance ALPHA), the state (decile class of the last RECENT_YEARS against the earlier years of the period), the performance (mean over the period against the PERCENTILE of the pixel's land unit) and their combination into the five Land Productivity Dynamics classes (1 declining, 2 moderate decline, 3 stressed, 4 stable, 5 increasing) with the table of the UNCCD Good Practice Guidance.&lt;br&gt;&lt;br&gt;It runs the algorithms Productivity trajectory, Productivity state, Productivity performance and Land productivity dynamics with the same settings as those; ask for the intermediate layers to keep them (otherwise they are written to temporary files and removed).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Cropland</source>
      <translation>Tierras de cultivo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="62" />
      <source>Custom reclassification CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="58" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="52" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="71" />
      <source>Custom reclassification table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="76" />
      <source>Custom reclassification table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="63" />
      <source>Decile class change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Declining</source>
      <translation>En declive</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="40" />
      <source>Degradation status</source>
      <translation>Estado de la degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="15" />
      <source>Degradation status (baseline vs reporting period)</source>
      <translation>Estado de la degradación (referencia frente a periodo de informe)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="56" />
      <source>Degradation threshold (ratio)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <source>Degraded</source>
      <translation>Degradado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="141" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="71" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="110" />
      <source>Degraded area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="120" />
      <source>Degraded by performance: {degraded:.1f} ha of {rated:.1f} ha rated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="112" />
      <source>Degraded land (ha)</source>
      <translation>Tierra degradada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="66" />
      <source>Degraded pixels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="177" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="171" />
      <source>Degraded {degraded:.2f} ha, stable {stable:.2f} ha, improved {improved:.2f} ha.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="140" />
      <source>Degraded: {degraded:.1f} ha of {land:.1f} ha of land ({share:.2f} %).</source>
      <translation>Degradado: {degraded:.1f} ha de {land:.1f} ha de tierra ({share:.2f} %).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="51" />
      <source>ESA CCI land cover (built-in preset)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="80" />
      <source>Error recode polygons (optional)</source>
      <translation>Polígonos de recodificación de errores (opcional)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="107" />
      <source>Error recode report</source>
      <translation>Informe de recodificación de errores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/base.py" line="8" />
      <source>Export and reporting</source>
      <translation>Exportación e informes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="64" />
      <source>External LPD map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="187" />
      <source>Feature {fid} of {layer} has '{value}' in {field}; use -1, 0, 1 or degraded, stable, improved.</source>
      <translation>La entidad {fid} de {layer} tiene '{value}' en {field}; use -1, 0, 1 o degraded, stable, improved.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="95" />
      <source>Field explaining each correction; copied to the recode report.</source>
      <translation>Campo que explica cada corrección; se copia al informe de recodificación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="85" />
      <source>Field giving what degraded pixels become (-1, 0, 1, or degraded/stable/improved; empty keeps them).</source>
      <translation>Campo que indica en qué se convierten los píxeles degradados (-1, 0, 1, o degraded/stable/improved; vacío los mantiene).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="90" />
      <source>Field giving what improved pixels become (empty keeps them).</source>
      <translation>Campo que indica en qué se convierten los píxeles mejorados (vacío los mantiene).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="88" />
      <source>Field giving what stable pixels become (empty keeps them).</source>
      <translation>Campo que indica en qué se convierten los píxeles estables (vacío los mantiene).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="92" />
      <source>Field listing the periods a polygon applies to, separated by commas (e.g. baseline, report_1); empty: all periods.</source>
      <translation>Campo con los periodos a los que se aplica un polígono, separados por comas (p. ej., baseline, report_1); vacío: todos los periodos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="133" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: each feature is a zone named by its feature id.</source>
      <translation>Campo que da nombre a cada zona; las entidades que comparten un valor forman una zona. Vacío: cada entidad es una zona nombrada por su identificador.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="46" />
      <source>Field of the polygons holding the whole-number land unit id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="84" />
      <source>Field: new value of degraded pixels</source>
      <translation>Campo: nuevo valor de los píxeles degradados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="89" />
      <source>Field: new value of improved pixels</source>
      <translation>Campo: nuevo valor de los píxeles mejorados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="87" />
      <source>Field: new value of stable pixels</source>
      <translation>Campo: nuevo valor de los píxeles estables</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="91" />
      <source>Field: periods affected</source>
      <translation>Campo: periodos afectados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="94" />
      <source>Field: reason</source>
      <translation>Campo: motivo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="71" />
      <source>Final SOC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="117" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="75" />
      <source>Final land cover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="77" />
      <source>Final-year land cover in UNCCD classes; its water bodies (class 7) are left out of the land area.</source>
      <translation>Cobertura del suelo del año final en clases CNULD; sus masas de agua (clase 7) quedan fuera de la superficie de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="56" />
      <source>First year analysed. Empty: the first year of the series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="82" />
      <source>First year averaged. Empty: the first year of the series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="41" />
      <source>First year of the analysis period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="41" />
      <source>First year of the baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="42" />
      <source>First year of the baseline period. Empty: the first year of the series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="55" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="81" />
      <source>First year of the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="46" />
      <source>First year of the recent period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="47" />
      <source>First year of the recent period. Empty: the last 3 years of the series (two years before the recent period's last year).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="42" />
      <source>First year of the trend. Empty: the first year of the series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="67" />
      <source>Five LPD classes (1-5)</source>
      <translation>Cinco clases LPD (1-5)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="64" />
      <source>For the custom legend: a CSV file with the source code in the first column and the UNCCD class in the second (a header row, further columns and lines starting with # are allowed). Takes precedence over the table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="60" />
      <source>For the custom legend: one row per land-cover code of your maps, with the UNCCD class (1-7) it belongs to. Used when no reclassification CSV is given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="99" />
      <source>GDAL cannot write raster files with the extension .{ext} ({path}). Use .tif.</source>
      <translation>GDAL no puede escribir archivos ráster con la extensión .{ext} ({path}). Use .tif.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="55" />
      <source>Give the land units, as a raster ({raster}) or as polygons ({polygons}) with an id field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Grassland</source>
      <translation>Pastizales</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="67" />
      <source>How the final SOC stock is obtained: from a second SOC map, or from the baseline map and the land-cover transition with stock-change factors.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="69" />
      <source>How the productivity layer is coded.</source>
      <translation>Cómo está codificada la capa de productividad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="79" />
      <source>IPCC climate zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <source>Improved</source>
      <translation>Mejorado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="142" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="111" />
      <source>Improved area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="67" />
      <source>Improved pixels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="14" />
      <source>Increasing</source>
      <translation>En aumento</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="69" />
      <source>Initial (baseline) SOC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="115" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="73" />
      <source>Initial land cover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="73" />
      <source>LPD class (1-5 or nodata)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="82" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="82" />
      <source>LPD classes 1-5 (Int16, nodata -32768).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="151" />
      <source>LPD {code} {label}: {pixels} pixel(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="25" />
      <source>Land Productivity Dynamics in five classes: 1 Declining, 2 Moderate decline, 3 Stressed, 4 Stable, 5 Increasing (Int16, nodata -32768), with an optional three-class view (1-2 to -1, 3-4 to 0, 5 to +1).&lt;br&gt;&lt;br&gt;&lt;b&gt;From the sub-indicators&lt;/b&gt; (UNCCD Good Practice Guidance): start from the trajectory (-1 to 1, 0 to 4, +1 to 5), then, later rules winning: trajectory 0, state 0, performance -1 gives 3; trajectory +1, state -1, performance -1 gives 2; trajectory 0, state -1, performance 0 gives 2; trajectory 0, state -1, performance -1 gives 1. A pixel missing in any layer is nodata. Trajectory and state must hold -1/0/+1 and performance -1/0; other values are listed in an error before anything is written.&lt;br&gt;&lt;br&gt;&lt;b&gt;From an external LPD map&lt;/b&gt; (e.g. JRC, FAO-WOCAT, Trends.Earth): its codes are reclassified with a preset from resources/data/lpd_external_presets.json (sources documented there) or with your own table (code, then class 1-5 or 'nodata'), given in the table parameter or as a CSV file. Codes the table does not cover are all listed in an error and nothing is written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="70" />
      <source>Land cover degradation</source>
      <translation>Degradación de la cobertura del suelo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="75" />
      <source>Land cover for the water mask (optional)</source>
      <translation>Cobertura del suelo para la máscara de agua (opcional)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="64" />
      <source>Land productivity</source>
      <translation>Productividad de la tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="83" />
      <source>Land productivity (-1/0/+1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="83" />
      <source>Land productivity (3 classes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="25" />
      <source>Land productivity (trajectory, state, performance, LPD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="81" />
      <source>Land productivity dynamics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="81" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="22" />
      <source>Land productivity dynamics (LPD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="44" />
      <source>Land unit id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="68" />
      <source>Land unit percentiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="70" />
      <source>Land unit percentiles file (CSV or XLSX)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="95" />
      <source>Land unit(s) {units} of {layer} have no pixel with a valid index value; they have no percentile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="40" />
      <source>Land units (polygons)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="37" />
      <source>Land units (raster)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="147" />
      <source>Land-cover codes not covered by the reclassification table ({details}). Add every one of them to the table (or set them as the raster's nodata); nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="150" />
      <source>Land-cover codes other than the UNCCD classes 1-7 were found ({details}). Choose the ESA CCI preset or a custom reclassification table for this legend; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="133" />
      <source>Land-cover degradation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="89" />
      <source>Land-cover degradation (SDG 15.3.1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="50" />
      <source>Land-cover legend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="118" />
      <source>Land-cover map at the end of the period, same legend as the initial map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="116" />
      <source>Land-cover map at the start of the period (band 1, whole-number class codes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="71" />
      <source>Land-cover sub-indicator (-1/0/+1), e.g. from Land cover degradation.</source>
      <translation>Subindicador de cobertura del suelo (-1/0/+1), p. ej., de Degradación de la cobertura del suelo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="91" />
      <source>Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition matrix (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;Both maps are first reclassified to the 7 UNCCD classes (1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not cover is never turned into nodata silently: the run stops and lists every such code of each map, and nothing is written.&lt;br&gt;&lt;br&gt;Each pixel takes the matrix value of its transition (row = initial class, column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. Edit it in the table or give a CSV of the same layout.&lt;br&gt;&lt;br&gt;Optional outputs: the transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="135" />
      <source>Land-cover transitions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="58" />
      <source>Last year analysed (included). Empty: the last year of the series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="84" />
      <source>Last year averaged (included). Empty: the last year of the series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="43" />
      <source>Last year of the analysis period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="43" />
      <source>Last year of the baseline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="44" />
      <source>Last year of the baseline period (included). Empty: the year before the recent period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="57" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="83" />
      <source>Last year of the period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="49" />
      <source>Last year of the recent period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="50" />
      <source>Last year of the recent period (included). Empty: the last year of the series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="44" />
      <source>Last year of the trend (included). Empty: the last year of the series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="53" />
      <source>Legend of the land-cover maps (the same for both). 'Already UNCCD classes 1-7': 1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body. 'ESA CCI': the ESA CCI / C3S land-cover codes (10-220) with the standard SDG 15.3.1 aggregation (resources/data/esa_cci_to_unccd.csv). 'Custom': your own table (below). A code the legend does not cover stops the run with the list of every such code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="62" />
      <source>Mann-Kendall Z</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="64" />
      <source>Mann-Kendall p-value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="63" />
      <source>Mann-Kendall test statistic Z (Float32, nodata -32768).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="66" />
      <source>Mean divided by the unit's percentile (Float32, nodata -32768).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="98" />
      <source>Mean over {start}-{end}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="63" />
      <source>Method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="56" />
      <source>Minimum number of valid baseline years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="50" />
      <source>Minimum number of valid years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="50" />
      <source>Mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="107" />
      <source>Modelled final SOC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Moderate decline</source>
      <translation>Declive moderado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="99" />
      <source>Name of the period this layer describes (e.g. baseline, report_1), matched against the periods field of the recode polygons.</source>
      <translation>Nombre del periodo que describe esta capa (p. ej., baseline, report_1), comparado con el campo de periodos de los polígonos de recodificación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/base.py" line="8" />
      <source>National degradation criteria</source>
      <translation>Criterios nacionales de degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="69" />
      <source>No file was given for the output {output}.</source>
      <translation>No se indicó ningún archivo para la salida {output}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="225" />
      <source>No input raster was given.</source>
      <translation>No se indicó ningún ráster de entrada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="237" />
      <source>No land unit has a positive {q}th percentile of {layer}, so no performance ratio can be computed. Check that the layer is a productivity index such as NDVI.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="191" />
      <source>No pixel of {layer} has at least {needed} valid baseline years (MIN_YEARS) and {recent} valid recent year(s). Lower MIN_YEARS or choose longer periods.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="268" />
      <source>No pixel of {layer} has at least {needed} valid years (MIN_YEARS) between {first} and {last}. Lower MIN_YEARS or choose a longer period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="227" />
      <source>No pixel of {layer} has both a valid index value and a land unit of {units}. Check that the land units cover the productivity raster.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="89" />
      <source>No productivity raster was given ({parameter}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="190" />
      <source>No productivity raster was given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="61" />
      <source>No raster was given for the annual series. Choose one multi-band raster or one raster per year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="49" />
      <source>Nodata area (ha)</source>
      <translation>Área sin datos (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="259" />
      <source>None of the zones in {layer} overlaps the raster. Check that the zone layer and the raster cover the same area.</source>
      <translation>Ninguna de las zonas de {layer} se superpone al ráster. Compruebe que la capa de zonas y el ráster cubren la misma área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="88" />
      <source>One row per land-cover conversion (initial and final UNCCD class) and one column per climate zone: SOC_final = SOC_initial × factor. Conversions not listed and classes that do not change keep 1. Values may be written 1/x. Defaults to the IPCC-based table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="110" />
      <source>One row per recode polygon with the hectares it changed.</source>
      <translation>Una fila por polígono de recodificación con las hectáreas que cambió.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="44" />
      <source>Open sample project</source>
      <translation>Abrir el proyecto de ejemplo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="93" />
      <source>Optional CSV with the layout of resources/data/ipcc_soc_factors.csv (columns initial, final, then one column per climate zone whose header starts with the zone code). Takes precedence over the table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="129" />
      <source>Optional CSV with the same layout as resources/data/unccd_transition_matrix.csv (a header row of the final classes 1-7, then one row per initial class 1-7, each starting with its label). Takes precedence over the matrix table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="176" />
      <source>Optional copy of the table as a CSV or XLSX file.</source>
      <translation>Copia opcional de la tabla como archivo CSV o XLSX.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="101" />
      <source>Optional raster whose non-zero pixels are water and left out (nodata in the outputs).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="136" />
      <source>Optional transition codes initial × 10 + final in UNCCD classes (11-77, Byte, nodata 0), styled with readable labels.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <source>Other land</source>
      <translation>Otras tierras</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="69" />
      <source>Per land unit: pixels, area, range of the means, percentile, cut-off and degraded area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="106" />
      <source>Percent change of the SOC stock (Float32, nodata -32768).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="51" />
      <source>Percentile of the land unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="54" />
      <source>Percentile of the pixel means of each land unit used as its reference productivity (default 90).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="65" />
      <source>Performance ratio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="61" />
      <source>Performance sub-indicator (-1/0), e.g. from Productivity performance. Needed in the combine mode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="90" />
      <source>Performance sub-indicator (-1/0).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="72" />
      <source>Performance: percentile of the land unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="74" />
      <source>Performance: ratio threshold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="98" />
      <source>Period name</source>
      <translation>Nombre del periodo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="18" />
      <source>Persistent degradation</source>
      <translation>Degradación persistente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="21" />
      <source>Persistent improvement</source>
      <translation>Mejora persistente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="66" />
      <source>Pixels with a significant decline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="68" />
      <source>Pixels with a significant increase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="58" />
      <source>Pixels with fewer valid (not nodata) baseline years are nodata (default 5).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="53" />
      <source>Pixels with fewer valid (not nodata) years in the period are nodata (default 10).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="68" />
      <source>Pixels with fewer valid years in the period are nodata (default 10).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="67" />
      <source>Pixels without a significant trend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="127" />
      <source>Polygons (e.g. districts) to report areas for; any CRS.</source>
      <translation>Polígonos (p. ej., distritos) para los que informar áreas; cualquier SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="42" />
      <source>Polygons of the land units (any CRS), burned onto the productivity grid by pixel centre. Used when no land units raster is given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="82" />
      <source>Polygons that correct known false positives or negatives.</source>
      <translation>Polígonos que corrigen falsos positivos o negativos conocidos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="77" />
      <source>Preparing the T2 Monitor sample region</source>
      <translation>Preparando la región de ejemplo de T2 Monitor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="69" />
      <source>Preset reclassification of a known LPD product to classes 1-5 (sources in resources/data/lpd_external_presets.json). Ignored when a table is given below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="66" />
      <source>Productivity classes</source>
      <translation>Clases de productividad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="89" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="60" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="20" />
      <source>Productivity performance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="22" />
      <source>Productivity performance sub-indicator of SDG 15.3.1 (UNCCD Good Practice Guidance): each pixel's mean productivity over the period compared with what the best land of the same kind achieves.&lt;br&gt;&lt;br&gt;Per pixel, the mean of the index over the period's valid years (cloud gaps are skipped; a pixel with no valid year is nodata), or the values of a single mean raster. For every land unit (e.g. land cover x soil or ecoregion), the chosen percentile (default 90th) of the means of all its pixels over the whole raster, computed exactly (as numpy's percentile) whatever the raster size. Ratio = mean / unit percentile; ratio below the threshold (default 0.5) gives -1 (degraded), else 0. Band scale and offset (e.g. NDVI x 10000) are applied, so means and ratios are in the index's units.&lt;br&gt;&lt;br&gt;Land units are a raster of whole-number ids, or a polygon layer with an id field: the polygons are burned onto the productivity grid (a pixel takes the unit whose polygon contains its centre; the later feature wins where polygons overlap) into a temporary file removed after the run.&lt;br&gt;&lt;br&gt;Units whose percentile is 0 or negative (e.g. water) cannot be rated: their pixels are nodata and the unit table says so. Units without any valid pixel are listed with a warning. The unit table gives, per unit, the pixels and area, the range of the means, the percentile value, the cut-off (threshold x percentile) and the degraded pixels, hectares and share.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="87" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="58" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="61" />
      <source>Productivity state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="14" />
      <source>Productivity state (baseline deciles)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="65" />
      <source>Productivity sub-indicator: a five-class LPD map (1-5) or a three-class -1/0/+1 layer.</source>
      <translation>Subindicador de productividad: un mapa LPD de cinco clases (1-5) o una capa de tres clases -1/0/+1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="85" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="55" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="55" />
      <source>Productivity trajectory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="14" />
      <source>Productivity trajectory (Mann-Kendall)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="111" />
      <source>Proportion of degraded land (2.CT.1)</source>
      <translation>Proporción de tierra degradada (2.CT.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="41" />
      <source>Raster of whole-number class codes (e.g. land cover, degradation classes).</source>
      <translation>Ráster de códigos de clase enteros (p. ej., cobertura del suelo, clases de degradación).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="38" />
      <source>Raster of whole-number land unit ids (band 1) on the productivity grid (e.g. land cover x soil). Give this or a polygon layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="72" />
      <source>Rated area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="64" />
      <source>Recent decile class minus baseline decile class, -9 to +9 (Int16, nodata -32768).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="18" />
      <source>Recent degradation</source>
      <translation>Degradación reciente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="20" />
      <source>Recent improvement</source>
      <translation>Mejora reciente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="52" />
      <source>Reclassify an external LPD map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="108" />
      <source>Reclassifying {layer} with {table}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="73" />
      <source>Reference productivity of each land unit (default 90th percentile).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="36" />
      <source>Reporting-period SDG 15.3.1 layer</source>
      <translation>Capa ODS 15.3.1 del periodo de informe</translation>
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
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="102" />
      <source>SDG 15.3.1 indicator</source>
      <translation>Indicador ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="26" />
      <source>SDG 15.3.1 indicator (one out, all out)</source>
      <translation>Indicador ODS 15.3.1 (uno fuera, todos fuera)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="35" />
      <source>SDG 15.3.1 layer of the baseline period (-1/0/+1).</source>
      <translation>Capa ODS 15.3.1 del periodo de referencia (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="37" />
      <source>SDG 15.3.1 layer of the reporting period (-1/0/+1).</source>
      <translation>Capa ODS 15.3.1 del periodo de informe (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="104" />
      <source>SDG 15.3.1 summary</source>
      <translation>Resumen ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="106" />
      <source>SDG 15.3.1 summary file (CSV or XLSX)</source>
      <translation>Archivo de resumen ODS 15.3.1 (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="27" />
      <source>SDG,15.3.1,LDN,degradation,one out all out,false positives,error recode,2.CT.1,summary</source>
      <translation>ODS,15.3.1,NDT,degradación,uno fuera todos fuera,falsos positivos,recodificación de errores,2.CT.1,resumen</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="26" />
      <source>SDG,15.3.1,LPD,land productivity dynamics,NDVI,trajectory,state,performance,offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="23" />
      <source>SDG,15.3.1,LPD,land productivity dynamics,trajectory,state,performance,JRC,FAO-WOCAT,Trends.Earth,reclassify</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="90" />
      <source>SDG,15.3.1,land cover,transition matrix,UNCCD,LDN,ESA CCI,reclassify,sub-indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="21" />
      <source>SDG,15.3.1,productivity,performance,land units,percentile,NDVI,LPD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="15" />
      <source>SDG,15.3.1,productivity,state,deciles,NDVI,LDN,baseline,recent,time series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="15" />
      <source>SDG,15.3.1,productivity,trajectory,trend,Mann-Kendall,Sen slope,NDVI,LDN,time series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="27" />
      <source>SDG,15.3.1,soil organic carbon,SOC,IPCC,stock change factor,climate zone,sub-indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="16" />
      <source>SDG,15.3.1,status,persistent degradation,recent degradation,reporting period,PRAIS</source>
      <translation>ODS,15.3.1,estado,degradación persistente,degradación reciente,periodo de informe,PRAIS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="105" />
      <source>SOC change (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="103" />
      <source>SOC degradation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="70" />
      <source>SOC stock at the start of the period (e.g. t C/ha, 0-30 cm).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="74" />
      <source>SOC sub-indicator (-1/0/+1); without it only productivity and land cover are combined.</source>
      <translation>Subindicador de COS (-1/0/+1); sin él solo se combinan la productividad y la cobertura del suelo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="73" />
      <source>Sample region opened from {folder}.</source>
      <translation>Región de ejemplo abierta desde {folder}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="91" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="58" />
      <source>Sen's slope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="60" />
      <source>Sen's slope in index units per year (Float32, nodata -32768). Leave it out to save about three quarters of the computing time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="92" />
      <source>Sen's slope of the index per year (Float32).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="49" />
      <source>Show T2 Monitor algorithms in the Processing Toolbox</source>
      <translation>Mostrar los algoritmos de T2 Monitor en la caja de herramientas de Procesos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="45" />
      <source>Significance level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="28" />
      <source>Soil organic carbon (SOC) sub-indicator of SDG 15.3.1: percent change of the SOC stock, classified -1 degraded / 0 stable / +1 improved (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Two SOC maps&lt;/b&gt;: the change between an initial and a final SOC map (same units).&lt;br&gt;&lt;b&gt;Baseline stepped with land cover&lt;/b&gt; (default): the final stock is the baseline stock times the stock-change factor of the pixel's land-cover transition (both maps reclassified to the UNCCD classes) in its IPCC climate zone. Default factors (resources/data/ipcc_soc_factors.csv): Tree-covered or Grassland → Cropland: IPCC land-use factor of the climate zone (temperate/boreal/polar dry 0.80, moist 0.69; tropical dry 0.58, moist and wet 0.48, montane 0.64); Cropland → Tree-covered or Grassland: 1/factor; Wetland → Cropland 0.71 and back 1/0.71; any class → Artificial 0.1; every other conversion, and every class that does not change, 1. The full factor applies whatever the time between the land-cover maps.&lt;br&gt;&lt;br&gt;Change = 100 × (final − initial) / initial; change ≤ −threshold → -1, ≥ +threshold → +1, else 0 (threshold 10 % by default). Nodata (-32768) where an input is nodata, where the initial stock is 0 or less, and on water: final land cover class 7 Water body, or a non-zero pixel of the optional water mask. Land-cover codes the legend does not cover and climate zones the factor table has no column for stop the run with the list of every such code; nothing is written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="26" />
      <source>Soil organic carbon degradation (SDG 15.3.1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="72" />
      <source>Soil organic carbon degradation (optional)</source>
      <translation>Degradación del carbono orgánico del suelo (opcional)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="59" />
      <source>Source code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <location filename="../t2_monitor_plugin/core/sdg.py" line="19" />
      <source>Stable</source>
      <translation>Estable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="141" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="110" />
      <source>Stable area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="20" />
      <source>Stable but improved at baseline</source>
      <translation>Estable pero mejorado en la referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="66" />
      <source>Stable pixels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="88" />
      <source>State sub-indicator (-1/0/+1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="59" />
      <source>State sub-indicator (-1/0/+1). Needed in the combine mode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="16" />
      <source>State sub-indicator of land productivity (SDG 15.3.1): is the recent productivity of a pixel much lower or higher than in its own baseline?&lt;br&gt;&lt;br&gt;Per pixel, the valid values of the baseline years are cut into deciles (9 cut points at their 10 ... 90 % percentiles, linear interpolation as numpy's default). The baseline mean and the recent-period mean each get a decile class 1-10: class 1 up to the 10 % cut, class k above cut k-1 and up to cut k, class 10 above the 90 % cut (a value equal to a cut falls in the lower class, as in Trends.Earth). The change is recent class minus baseline class; OUTPUT is -1 where the change is at most -THRESHOLD, +1 where it is at least +THRESHOLD, else 0 (Int16, nodata -32768). CHANGE optionally keeps the class change (-9 to +9).&lt;br&gt;&lt;br&gt;Defaults: the recent period is the last 3 years of the series and the baseline runs from the first year to the year before the recent period. Years with nodata are left out of the deciles and means; pixels with fewer than MIN_YEARS valid baseline years, or no valid recent year, are nodata.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="98" />
      <source>State {label}: {down} degraded, {flat} stable, {up} improved pixel(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="69" />
      <source>State: decile change threshold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="62" />
      <source>State: recent years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="42" />
      <source>Status areas</source>
      <translation>Áreas por estado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="44" />
      <source>Status areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas por estado (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="41" />
      <source>Status classes 1-7 (Int16, nodata -32768).</source>
      <translation>Clases de estado 1-7 (Int16, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="85" />
      <source>Stepped method without a climate raster: the one IPCC climate zone of the whole area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="108" />
      <source>Stepped method, optional: the final SOC stock (baseline × factor), in the units of the baseline map (Float32, nodata -32768).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="76" />
      <source>Stepped method: land cover at the end of the period. With either method its class 7 (Water body, after reclassification) is masked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="74" />
      <source>Stepped method: land cover at the start of the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="80" />
      <source>Stepped method: raster of IPCC climate-zone codes matching the factor table's columns (1 Warm temperate moist … 12 Tropical dry). Takes precedence over the single zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="86" />
      <source>Stock-change factors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="91" />
      <source>Stock-change factors CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Stressed</source>
      <translation>Bajo estrés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="41" />
      <location filename="../t2_monitor_plugin/plugin.py" line="57" />
      <location filename="../t2_monitor_plugin/plugin.py" line="63" />
      <source>T2 Monitor</source>
      <translation>T2 Monitor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/provider.py" line="42" />
      <source>T2 Monitor: GBF Target 2 restoration monitoring</source>
      <translation>T2 Monitor: seguimiento de la restauración de la Meta 2 del MMB</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="46" />
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
      <location filename="../t2_monitor_plugin/core/lpd.py" line="172" />
      <source>The LPD map {layer} holds codes {codes} that the reclassification table does not cover. Add them to the table (as a class 1-5, or as nodata) and run again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="139" />
      <source>The LPD reclassification table {source} is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="120" />
      <source>The SOC change threshold must be a percentage greater than 0, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="113" />
      <source>The baseline period {start}-{end} is outside the years of {layer} ({first}-{last}). Choose years inside the stack, or check the year of the first band.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="108" />
      <source>The baseline period {start}-{end} starts after it ends. Swap the years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="131" />
      <source>The class-change threshold (THRESHOLD) must be between 1 and 9, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="292" />
      <source>The climate-zone raster {layer} holds zones {zones} that the factor table {source} has no column for. Add them to the table (or set them as nodata); nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="97" />
      <source>The combine mode needs the trajectory, state and performance layers; {missing} not given. Choose them, or switch MODE to the external map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="81" />
      <source>The custom legend needs a reclassification table ({table}) or a CSV file ({csv}). Fill one in, or choose another legend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="104" />
      <source>The external map mode needs an LPD map ({parameter}). Choose one, or switch MODE to combining the sub-indicators.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="59" />
      <source>The factor table {source} has more than one column for climate zone(s) {zones}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="247" />
      <location filename="../t2_monitor_plugin/core/soc.py" line="88" />
      <source>The factor table {source} has no column for climate zone {zones}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="54" />
      <source>The factor table {source} needs the columns initial class, final class and one column per climate zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="79" />
      <source>The folder {folder} for the output {output} cannot be created ({reason}).</source>
      <translation>No se puede crear la carpeta {folder} para la salida {output} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="85" />
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there. Choose a folder you can write to.</source>
      <translation>No se puede escribir en la carpeta {folder}, así que la salida {output} no puede guardarse allí. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="129" />
      <source>The land unit id {value} of {layer} does not fit a 32-bit integer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="112" />
      <source>The land units layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="139" />
      <source>The land units layer {layer} has no polygon with an id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="107" />
      <source>The land units layer {layer} holds values that are not whole numbers (e.g. {value}). Land units must be whole-number ids.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="165" />
      <source>The land-cover maps have no coordinate reference system: the transition areas cannot be computed and the table is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="124" />
      <source>The land-cover raster {layer} holds decimal values; a categorical raster of whole-number class codes is expected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="286" />
      <source>The layer {layer} has no valid value in the bands used (years {first}-{last}): every pixel is nodata. Check the layer, its nodata value and the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="127" />
      <source>The layer {layer} holds values {codes} where only {allowed} are expected. Check that the right layer was chosen (and the productivity classes setting).</source>
      <translation>La capa {layer} contiene los valores {codes} donde solo se esperan {allowed}. Compruebe que se eligió la capa correcta (y el ajuste de clases de productividad).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="71" />
      <source>The layer {layer} is not a file raster (provider {provider}). Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>La capa {layer} no es un ráster de archivo (proveedor {provider}). Guárdela primero como GeoTIFF (Exportar &gt; Guardar como).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="88" />
      <source>The layer {layer} is not a file raster. Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>La capa {layer} no es un ráster de archivo. Guárdela primero como GeoTIFF (Exportar &gt; Guardar como).</translation>
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
      <location filename="../t2_monitor_plugin/core/lookup.py" line="21" />
      <source>The lookup table is empty.</source>
      <translation>La tabla de correspondencias está vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="158" />
      <source>The matrix {source} has {columns} columns but {rows} rows; a square matrix is expected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="226" />
      <source>The minimum number of valid years (MIN_YEARS) must be at least 3, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="134" />
      <source>The minimum numbers of valid years must be at least 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="149" />
      <source>The modelled final SOC is only produced by the stepped method; it is not written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="72" />
      <source>The output {output} would overwrite the input {path}. Choose another file name.</source>
      <translation>La salida {output} sobrescribiría la entrada {path}. Elija otro nombre de archivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="119" />
      <source>The output {path} cannot be created ({reason}).</source>
      <translation>No se puede crear la salida {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="172" />
      <source>The output {path} cannot be written as {driver} ({reason}).</source>
      <translation>No se puede escribir la salida {path} como {driver} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="177" />
      <source>The percentile must be between 0 and 100 (got {value}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="157" />
      <source>The percentile must be greater than 0 and at most 100 (got {value}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="98" />
      <source>The percentile of land unit(s) {units} is 0 or negative, so no ratio can be computed: their pixels are nodata.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="160" />
      <source>The performance threshold must be a positive ratio such as 0.5 (got {value}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="146" />
      <source>The period {start}-{end} ({period}) has {count} year(s); at least {needed} are needed. Choose a longer period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="141" />
      <source>The period {start}-{end} ({period}) is outside the years of {layer}, which has {count} band(s) for {first}-{last}. Choose years inside the stack, or check the year of the first band.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="138" />
      <source>The period {start}-{end} ({period}) starts after it ends. Swap the years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="102" />
      <source>The period {start}-{end} leaves no year for the state baseline before its last {recent} years. Choose a longer period or fewer recent years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="104" />
      <source>The polygons of land unit(s) {units} of {layer} contain no pixel centre of the productivity grid; they were not used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="116" />
      <source>The raster has no coordinate reference system, so the land units of {layer} cannot be placed on it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="230" />
      <source>The raster has no coordinate reference system, so the zones of {layer} cannot be placed on it.</source>
      <translation>El ráster no tiene sistema de referencia de coordenadas, por lo que las zonas de {layer} no pueden situarse sobre él.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="68" />
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
      <location filename="../t2_monitor_plugin/core/engine.py" line="123" />
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
      <location filename="../t2_monitor_plugin/core/classareas.py" line="63" />
      <source>The raster {layer} holds decimal values; class areas need a categorical raster of whole-number codes.</source>
      <translation>El ráster {layer} contiene valores decimales; las áreas por clase necesitan un ráster categórico de códigos enteros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="89" />
      <source>The raster {layer} is rotated or not north-up. Warp it to a north-up grid (Raster &gt; Projections &gt; Warp) first.</source>
      <translation>El ráster {layer} está rotado o no orientado al norte. Reproyéctelo primero a una cuadrícula orientada al norte (Ráster &gt; Proyecciones &gt; Combar).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="110" />
      <source>The rasters are not on the same grid as {layer} ({differences}). Choose a reference layer to align them to, or resample them first.</source>
      <translation>Los rásteres no están en la misma cuadrícula que {layer} ({differences}). Elija una capa de referencia con la que alinearlos o remuestréelos antes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="111" />
      <source>The recent period {start}-{end} is outside the years of {layer} ({first}-{last}). Choose years inside the stack, or check the year of the first band.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="138" />
      <source>The recent period {start}-{end} must start after the baseline period {base_start}-{base_end} ends. Choose a later recent period or an earlier baseline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="107" />
      <source>The recent period {start}-{end} starts after it ends. Swap the years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="96" />
      <source>The reclassification {source} sends codes to {values}; the UNCCD classes are 1 to 7.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="57" />
      <source>The row and column labels of the transition matrix {source} must start with the UNCCD classes 1 to 7 in order, not {codes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="92" />
      <source>The run was cancelled; no output was written.</source>
      <translation>La ejecución se canceló; no se escribió ninguna salida.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="78" />
      <source>The same table as a CSV file (code, class; a header row and lines starting with # are allowed). Used when the table parameter is empty; replaces the preset.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="69" />
      <source>The sample region could not be prepared: {error}</source>
      <translation>No se pudo preparar la región de ejemplo: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="223" />
      <source>The significance level (ALPHA) must be between 0 and 1, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="63" />
      <source>The state compares the mean of the last years of the period (default 3) with the deciles of the earlier years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/status.py" line="38" />
      <source>The status matrix {path} must have rows and columns -1, 0 and 1.</source>
      <translation>La matriz de estado {path} debe tener filas y columnas -1, 0 y 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="126" />
      <source>The stepped method needs the climate zones: give a climate-zone raster ({raster}) or choose the zone of the whole area ({zone}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="157" />
      <source>The stepped method needs the initial and final land-cover maps ({initial}, {final}), or choose the two-maps method.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="38" />
      <source>The table file {path} cannot be found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="43" />
      <source>The table file {path} cannot be read ({reason}). Save it as a UTF-8 CSV file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="59" />
      <source>The table {path} cannot be written ({reason}).</source>
      <translation>No se puede escribir la tabla {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="119" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="137" />
      <source>The table {source} has no rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="187" />
      <source>The table {source} has {count} cells, which is not a whole number of rows of {columns} columns.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="48" />
      <source>The transition matrix {source} holds {values}; only -1 (degradation), 0 (stable) and 1 (improvement) are allowed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="44" />
      <location filename="../t2_monitor_plugin/core/landcover.py" line="75" />
      <source>The transition matrix {source} must have 7 rows and 7 columns (the UNCCD classes 1-7), not {shape}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="146" />
      <source>The two-maps method needs the final SOC map ({parameter}), or choose the stepped method.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="252" />
      <source>The values of {layer} are too large to compute percentiles ({low} to {high}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="111" />
      <source>The year of the first band of {layer} cannot be read from its band names. Set the year of the first band (FIRST_YEAR).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="160" />
      <source>The year(s) {years} are not in {layer} ({first}-{last}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="194" />
      <source>The years of {layer} must increase from band to band.</source>
      <translation type="unfinished" />
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
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="144" />
      <source>The zone layer {layer} has no field named {field}.</source>
      <translation>La capa de zonas {layer} no tiene ningún campo llamado {field}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="246" />
      <source>The zone layer {layer} has no polygons: use a polygon layer with at least one non-empty feature.</source>
      <translation>La capa de zonas {layer} no tiene polígonos: use una capa de polígonos con al menos una entidad no vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zonal.py" line="87" />
      <source>The zone {zone} does not overlap the raster {layer}; it has no rows.</source>
      <translation>La zona {zone} no se superpone al ráster {layer}; no tiene filas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zonal.py" line="94" />
      <source>The zone {zone} extends beyond the raster {layer}: {outside} ha of its {total} ha are outside and not counted.</source>
      <translation>La zona {zone} se extiende más allá del ráster {layer}: {outside} ha de sus {total} ha quedan fuera y no se cuentan.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="276" />
      <source>The zones of {layer} cannot be reprojected to the raster's coordinate reference system ({error}).</source>
      <translation>Las zonas de {layer} no pueden reproyectarse al sistema de referencia de coordenadas del ráster ({error}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="132" />
      <source>There is no preset number {index}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="67" />
      <source>Three classes (-1/0/+1)</source>
      <translation>Tres clases (-1/0/+1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="84" />
      <source>Three-class view: 1-2 degraded (-1), 3-4 stable (0), 5 improved (+1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="84" />
      <source>Three-class view: LPD 1-2 -&gt; -1, 3-4 -&gt; 0, 5 -&gt; +1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="50" />
      <source>Total area (ha)</source>
      <translation>Área total (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="42" />
      <source>Total land area</source>
      <translation>Superficie total de tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="113" />
      <source>Total land area (ha)</source>
      <translation>Superficie total de tierra (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="56" />
      <source>Trajectory sub-indicator (-1/0/+1), e.g. from Productivity trajectory. Needed in the combine mode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="86" />
      <source>Trajectory sub-indicator (-1/0/+1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="16" />
      <source>Trajectory sub-indicator of land productivity (SDG 15.3.1): the Mann-Kendall trend test of an annual vegetation index, pixel by pixel, on the years of the analysis period.&lt;br&gt;&lt;br&gt;Each pixel uses only its valid years (years with nodata are left out); pixels with fewer than MIN_YEARS valid years are nodata. S is the sum of the signs of all later-minus-earlier differences; its variance is n(n-1)(2n+5)/18 corrected for ties with the pixel's own groups of equal values; Z = (S-1)/sqrt(Var) for S &gt; 0, (S+1)/sqrt(Var) for S &lt; 0, else 0; p = 2(1 - Phi(|Z|)) is two-sided. OUTPUT is -1 where p &lt;= ALPHA and Z &lt; 0 (significant decline), +1 where p &lt;= ALPHA and Z &gt; 0 (significant increase), else 0 (Int16, nodata -32768).&lt;br&gt;&lt;br&gt;SLOPE is Sen's slope, the median of the slopes between all pairs of valid years, in the index's units per year (the band scale is applied: an NDVI stored x 10000 with scale 0.0001 gives NDVI per year). The optional Z and P rasters hold the test statistic and its p-value. The same statistics as pymannkendall's original_test, computed offline for every pixel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="90" />
      <source>Trajectory {start}-{end}: {down} pixel(s) with a significant decline, {flat} without a significant trend, {up} with a significant increase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="67" />
      <source>Trajectory: minimum valid years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="65" />
      <source>Trajectory: significance level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="138" />
      <source>Transition areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="140" />
      <source>Transition areas file (CSV or XLSX)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="122" />
      <source>Transition matrix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="127" />
      <source>Transition matrix CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Tree-covered</source>
      <translation>Cubierta arbórea</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="64" />
      <source>Two SOC maps (initial and final)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="237" />
      <source>Two outputs were given the same file {path}.</source>
      <translation>Dos salidas tienen el mismo archivo {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="72" />
      <source>Two-maps method: SOC stock at the end of the period, same units.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="65" />
      <source>Two-sided p-value of the trend (Float32, nodata -32768).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="59" />
      <source>UNCCD class (1-7)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="48" />
      <source>Valid area (ha)</source>
      <translation>Área válida (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="67" />
      <source>Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.</source>
      <translation>Área válida: {valid:.2f} ha; sin datos: {nodata:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="128" />
      <source>Values outside the sub-indicator codes were found ({details}). Trajectory and state must hold -1, 0 or 1 and performance -1 or 0: check that the right layers were chosen, in the right order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="43" />
      <source>Water body</source>
      <translation>Masa de agua</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="100" />
      <source>Water mask</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Wetland</source>
      <translation>Humedal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="117" />
      <source>When inputs are on different grids, CRSs or resolutions, resample them on the fly to the first raster's grid (nearest neighbour for classes, average for continuous values). Unticked, such inputs are refused with a message saying what differs.</source>
      <translation>Cuando las entradas están en cuadrículas, SRC o resoluciones distintas, remuestrearlas al vuelo a la cuadrícula del primer ráster (vecino más próximo para clases, media para valores continuos). Sin marcar, esas entradas se rechazan con un mensaje que indica qué difiere.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="37" />
      <source>Year of band 1 of the first raster; the following bands are the following years. Empty: read from the first band's name (e.g. 2001) or, for a single-band first raster, from a year in its file name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="34" />
      <source>Year of the first band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="74" />
      <source>Your own reclassification: one row per code of the external map, with its LPD class 1-5 or the word nodata. Replaces the preset.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="131" />
      <source>Zone field</source>
      <translation>Campo de zona</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="128" />
      <source>Zones (optional)</source>
      <translation>Zonas (opcional)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="19" />
      <source>area,hectares,class,zonal,statistics,land cover,table</source>
      <translation>área,hectáreas,clase,zonal,estadísticas,cobertura del suelo,tabla</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="121" />
      <source>initial \ final</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="66" />
      <source>no pixel with a valid index value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="44" />
      <source>nodata</source>
      <translation>sin datos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="67" />
      <source>percentile is not positive: pixels left as nodata</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="144" />
      <source>performance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="143" />
      <source>state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="143" />
      <source>trajectory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="171" />
      <source>{applied} of {count} recode polygons apply to the period {period}.</source>
      <translation>{applied} de {count} polígonos de recodificación se aplican al periodo {period}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="113" />
      <source>{code} {label}: {count} pixels ({share:.1f} %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="72" />
      <source>{count} feature(s) of {layer} have no geometry or no land unit id and were left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="160" />
      <source>{count} feature(s) of {layer} have no geometry or no zone value and were left out.</source>
      <translation>{count} entidad(es) de {layer} no tienen geometría o valor de zona y se omitieron.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="165" />
      <source>{count} invalid zone geometries of {layer} were repaired.</source>
      <translation>Se repararon {count} geometrías de zona no válidas de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="96" />
      <source>{count} pixel(s) have fewer than {needed} valid baseline years or no valid recent year and are nodata.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="88" />
      <source>{count} pixel(s) have fewer than {needed} valid years in {start}-{end} and are nodata.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="196" />
      <source>{count} years were given for {bands} band(s) of {layer}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="93" />
      <source>{layer} has a single band: it is used as the mean of the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="82" />
      <source>{layer} has no year left for the baseline before the recent period {start}-{end}. Choose a later recent period or give a longer series.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="143" />
      <source>{layer}: the baseline period {start}-{end} has {count} band(s) but at least {needed} valid years (MIN_YEARS) are needed for deciles. Choose a longer baseline or lower MIN_YEARS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="148" />
      <source>{layer}: the recent period {start}-{end} has {count} band(s); at least {needed} are needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="230" />
      <source>{layer}: the trend needs at least {needed} years (MIN_YEARS) but {count} were given. Choose a longer period or lower MIN_YEARS.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="191" />
      <source>{layer}: {bands} band(s) were given for {years} year(s). Give one band per year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="144" />
      <source>{source}: code {code} is mapped to {value}; LPD classes are 1 to 5 (or nodata).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="191" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="114" />
      <source>{source}: the code {code} is given twice with different values ({first} and {second}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="72" />
      <source>{where}: '{value}' is not a finite number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="70" />
      <source>{where}: '{value}' is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="80" />
      <source>{where}: '{value}' is not a whole number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="72" />
      <source>{where}: a class that does not change keeps factor 1; remove the row {initial} -&gt; {final}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="110" />
      <source>{where}: a code and a value are expected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="186" />
      <source>{where}: a code and an LPD class (1-5, or nodata) are expected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="80" />
      <source>{where}: stock-change factors must be greater than 0, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="69" />
      <source>{where}: the classes must be UNCCD classes 1 to 7, not {initial} -&gt; {final}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="75" />
      <source>{where}: the conversion {initial} -&gt; {final} is given twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="92" />
      <source>{where}: the label '{value}' does not start with a class code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="163" />
      <source>{where}: {expected} cells expected (a label and {count} values), {found} found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="64" />
      <source>{where}: {expected} cells expected (initial class, final class and one factor per climate zone), {found} found.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
