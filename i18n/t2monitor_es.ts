<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
  <context>
    <name>T2Monitor</name>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="148" />
      <source>% of baseline</source>
      <translation>% de la referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="248" />
      <source>'{country}' is not an ISO 3166-1 alpha-2 country code</source>
      <translation>'{country}' no es un código de país ISO 3166-1 alfa-2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="223" />
      <source>'{email}' is not an e-mail address (point of contact {name})</source>
      <translation>'{email}' no es una dirección de correo electrónico (punto de contacto {name})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="258" />
      <source>(empty)</source>
      <translation>(vacío)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="259" />
      <source>(fixed value)</source>
      <translation>(valor fijo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="333" />
      <source>(log)</source>
      <translation>(registro)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="71" />
      <source>(not set)</source>
      <translation>(sin definir)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="59" />
      <source>-1 degraded (ratio below the threshold), 0 not degraded (Int16, nodata -32768).</source>
      <translation>-1 degradado (ratio por debajo del umbral), 0 no degradado (Int16, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="140" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="54" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="85" />
      <source>-1 degraded, 0 stable, +1 improved (Int16, nodata -32768).</source>
      <translation>-1 degradado, 0 estable, +1 mejorado (Int16, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="46" />
      <source>-1 significant decline, 0 no significant trend, +1 significant increase (Int16, nodata -32768).</source>
      <translation>-1 descenso significativo, 0 sin tendencia significativa, +1 aumento significativo (Int16, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="48" />
      <source>0 non-forest, 1 patch, 2 transitional, 3 edge, 4 perforated, 5 undetermined, 6 interior (Byte, nodata 255), styled.</source>
      <translation>0 no bosque, 1 parche, 2 transicional, 3 borde, 4 perforado, 5 indeterminado, 6 interior (Byte, sin datos 255), con estilo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="75" />
      <source>1 loss, 0 no loss (Byte, nodata 255).</source>
      <translation>1 pérdida, 0 sin pérdida (Byte, sin datos 255).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="129" />
      <source>1 when no land type is in deficit in the first period against the baseline, else 0.</source>
      <translation>1 cuando ningún tipo de tierra está en déficit en el primer periodo frente a la referencia; si no, 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="128" />
      <source>7 × 7 matrix of -1 (degradation), 0 (stable) and 1 (improvement); rows are the initial class, columns the final class; the first column names the row's class (keep its number). Defaults to the UNCCD matrix.</source>
      <translation>Matriz de 7 × 7 de -1 (degradación), 0 (estable) y 1 (mejora); las filas son la clase inicial y las columnas la clase final; la primera columna nombra la clase de la fila (conserve su número). Por defecto, la matriz de la CNULD.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="101" />
      <source>95 % confidence interval of the estimate (ha)</source>
      <translation>Intervalo de confianza del 95 % de la estimación (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="91" />
      <source>95 % half-interval of that area (ha)</source>
      <translation>Semiintervalo del 95 % de esa área (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="113" />
      <source>95 % half-interval of the estimated baseline (ha)</source>
      <translation>Semiintervalo del 95 % de la referencia estimada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="42" />
      <source>95 % half-interval of the estimated degraded area (ha)</source>
      <translation>Semiintervalo del 95 % del área degradada estimada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="79" />
      <source>A 95 % half-interval of the degraded area was given without the estimated area: give both (ESTIMATED_DEGRADED_HA and ESTIMATED_CI95_HA).</source>
      <translation>Se indicó un semiintervalo del 95 % del área degradada sin el área estimada: indique ambos (ESTIMATED_DEGRADED_HA y ESTIMATED_CI95_HA).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="54" />
      <source>A Mann-Kendall trend with p at or below this level is significant (default 0.05).</source>
      <translation>Una tendencia de Mann-Kendall con p igual o inferior a este nivel es significativa (por defecto 0,05).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="60" />
      <source>A change of this many decile classes or more is a degradation or an improvement (default 2).</source>
      <translation>Un cambio de este número de clases de decil o más es una degradación o una mejora (por defecto 2).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="46" />
      <source>A drop of at least this many decile classes is degradation (-1), a rise of at least this many is improvement (+1) (default 2).</source>
      <translation>Un descenso de al menos este número de clases de decil es degradación (-1) y un ascenso de al menos este número es mejora (+1) (por defecto 2).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="68" />
      <source>A fixed number of points instead of the one computed from {TARGET_SE_OA}.</source>
      <translation>Un número fijo de puntos en lugar del calculado a partir de {TARGET_SE_OA}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="84" />
      <source>A loss of at least this percentage is degradation, a gain of at least this percentage improvement (default 10 %).</source>
      <translation>Una pérdida de al menos este porcentaje es degradación y una ganancia de al menos este porcentaje, mejora (por defecto 10 %).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="67" />
      <source>A mean below this share of the unit's percentile is degraded (default 0.5).</source>
      <translation>Una media inferior a esta fracción del percentil de la unidad está degradada (por defecto 0,5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="54" />
      <source>A pixel whose mean divided by its unit's percentile is below this ratio is degraded (-1) (default 0.5).</source>
      <translation>Un píxel cuya media dividida por el percentil de su unidad es inferior a esta ratio está degradado (-1) (por defecto 0,5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="381" />
      <source>A polygon has no coordinate reference system, so its area cannot be computed.</source>
      <translation>Un polígono no tiene sistema de referencia de coordenadas, por lo que no se puede calcular su área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="102" />
      <source>A print layout template (.qpt) with the item ids of the default one. Empty: the plugin's template.</source>
      <translation>Una plantilla de composición de impresión (.qpt) con los identificadores de elementos de la plantilla por defecto. Vacío: la plantilla del complemento.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="200" />
      <source>A row of {layer} ({kind} {value}) has no area or no year.</source>
      <translation>Una fila de {layer} ({kind} {value}) no tiene área o año.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="28" />
      <source>A stratified random sample of pixels of a categorical map (SDG 15.3.1, LPD, cover loss, severity, priority classes...) for an accuracy assessment and an estimate of each class's area with its confidence interval (good practice of Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample size&lt;/b&gt;: n = (sum of W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(O))&lt;sup&gt;2&lt;/sup&gt; (Cochran; Olofsson et al. 2014 eq. 13), W&lt;sub&gt;i&lt;/sub&gt; the area share of stratum i, S&lt;sub&gt;i&lt;/sub&gt; = sqrt(U&lt;sub&gt;i&lt;/sub&gt;(1 - U&lt;sub&gt;i&lt;/sub&gt;)) from its expected user's accuracy U&lt;sub&gt;i&lt;/sub&gt;, and S(O) the target standard error of overall accuracy. A fixed total can be given instead.&lt;br&gt;&lt;b&gt;Allocation&lt;/b&gt;: proportional to area; equal; or proportional with a minimum per stratum (rare strata, such as degraded land, get the minimum; the rest is shared proportionally; 50-100 is usual). A stratum never gets more points than it has pixels.&lt;br&gt;&lt;b&gt;Strata&lt;/b&gt; are the map classes, or the classes of an optional strata raster on the same grid (e.g. the map plus a buffer stratum around change).&lt;br&gt;&lt;br&gt;The points (pixel centres, in the map's CRS) carry id (in random order), stratum, map_class, pixel_area_ha (true ellipsoidal area), inclusion_probability (n&lt;sub&gt;h&lt;/sub&gt;/N&lt;sub&gt;h&lt;/sub&gt;), stratum_pixels (N&lt;sub&gt;h&lt;/sub&gt;, to check later that the labels go with this map) and an empty reference field to fill with the reference label. Optional exports for labelling: a CSV/XLSX of the points with WGS 84 coordinates, a Collect Earth plot CSV (id, YCoordinate, XCoordinate, attributes) and a KML of plot squares the size of the pixel. The same map, settings and seed always give the same sample.</source>
      <translation>Una muestra aleatoria estratificada de píxeles de un mapa categórico (ODS 15.3.1, LPD, pérdida de cobertura, severidad, clases de prioridad...) para una evaluación de la exactitud y una estimación del área de cada clase con su intervalo de confianza (buenas prácticas de Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Tamaño de la muestra&lt;/b&gt;: n = (suma de W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(O))&lt;sup&gt;2&lt;/sup&gt; (Cochran; Olofsson et al. 2014 ec. 13), con W&lt;sub&gt;i&lt;/sub&gt; la proporción de área del estrato i, S&lt;sub&gt;i&lt;/sub&gt; = sqrt(U&lt;sub&gt;i&lt;/sub&gt;(1 - U&lt;sub&gt;i&lt;/sub&gt;)) a partir de su exactitud del usuario esperada U&lt;sub&gt;i&lt;/sub&gt;, y S(O) el error estándar objetivo de la exactitud global. En su lugar se puede indicar un total fijo.&lt;br&gt;&lt;b&gt;Asignación&lt;/b&gt;: proporcional al área; igual; o proporcional con un mínimo por estrato (los estratos poco frecuentes, como las tierras degradadas, reciben el mínimo; el resto se reparte proporcionalmente; lo habitual es 50-100). Un estrato nunca recibe más puntos que píxeles tiene.&lt;br&gt;&lt;b&gt;Los estratos&lt;/b&gt; son las clases del mapa, o las clases de un ráster de estratos opcional en la misma cuadrícula (p. ej., el mapa más un estrato de búfer alrededor del cambio).&lt;br&gt;&lt;br&gt;Los puntos (centros de píxel, en el SRC del mapa) llevan id (en orden aleatorio), stratum, map_class, pixel_area_ha (área elipsoidal real), inclusion_probability (n&lt;sub&gt;h&lt;/sub&gt;/N&lt;sub&gt;h&lt;/sub&gt;), stratum_pixels (N&lt;sub&gt;h&lt;/sub&gt;, para comprobar después que las etiquetas corresponden a este mapa) y un campo reference vacío que se rellena con la etiqueta de referencia. Exportaciones opcionales para el etiquetado: un CSV/XLSX de los puntos con coordenadas WGS 84, un CSV de parcelas de Collect Earth (id, YCoordinate, XCoordinate, atributos) y un KML de cuadrados de parcela del tamaño del píxel. El mismo mapa, la misma configuración y la misma semilla dan siempre la misma muestra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="38" />
      <source>A trend counts as a decline or an increase when its two-sided p-value is at most this level (default 0.05, as the UNCCD Good Practice Guidance).</source>
      <translation>Una tendencia cuenta como descenso o aumento cuando su valor p bilateral es como máximo este nivel (por defecto 0,05, como en la Guía de Buenas Prácticas de la CNULD).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="72" />
      <source>AHP supports 1 to {max} criteria; {count} were given.</source>
      <translation>AHP admite de 1 a {max} criterios; se indicaron {count}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="69" />
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="302" />
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="175" />
      <source>AHP weights</source>
      <translation>Pesos AHP</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="16" />
      <source>AHP weights (pairwise comparison)</source>
      <translation>Pesos AHP (comparación por pares)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="59" />
      <source>AHP weights file (CSV or XLSX)</source>
      <translation>Archivo de pesos AHP (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="17" />
      <source>AHP,analytic hierarchy process,Saaty,pairwise,weights,consistency,ROAM,priority,experts</source>
      <translation>AHP,proceso analítico jerárquico,Saaty,por pares,pesos,consistencia,ROAM,prioridad,expertos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="215" />
      <source>API address</source>
      <translation>Dirección de la API</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="222" />
      <source>API key</source>
      <translation>Clave de API</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="42" />
      <source>API key given by FERM (stored encrypted in the QGIS authentication database):</source>
      <translation>Clave de API proporcionada por FERM (se guarda cifrada en la base de datos de autenticación de QGIS):</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="24" />
      <source>Accuracy</source>
      <translation>Exactitud</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/base.py" line="8" />
      <source>Accuracy and area estimation</source>
      <translation>Exactitud y estimación de áreas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="26" />
      <source>Accuracy assessment and area estimate</source>
      <translation>Evaluación de la exactitud y estimación de áreas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="188" />
      <source>Accuracy sample</source>
      <translation>Muestra de exactitud</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="124" />
      <source>Activities: field</source>
      <translation>Actividades: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="134" />
      <source>Activities: fixed value</source>
      <translation>Actividades: valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="128" />
      <source>Activities: fixed value as text</source>
      <translation>Actividades: valor fijo como texto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="76" />
      <source>Activity field</source>
      <translation>Campo de actividad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="100" />
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="52" />
      <source>Add</source>
      <translation>Añadir</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="117" />
      <source>Add a sample point layer (GeoPackage from Sample design) to the project.</source>
      <translation>Añadir al proyecto una capa de puntos de muestra (GeoPackage de Diseño de muestreo).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="85" />
      <source>Add one page per zone of {ZONES} with its map and figures.</source>
      <translation>Añade una página por zona de {ZONES} con su mapa y sus cifras.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="119" />
      <source>Add the filled print layout to the project's layouts, to edit it in the layout designer before printing (ignored without a project, e.g. in qgis_process).</source>
      <translation>Añade el diseño de impresión rellenado a los diseños del proyecto, para editarlo en el diseñador de impresión antes de imprimir (se ignora sin proyecto, p. ej. en qgis_process).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="213" />
      <source>Address of the FERM API (see the FERM API documentation)</source>
      <translation>Dirección de la API de FERM (consulte la documentación de la API de FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="174" />
      <source>Admin level 1: field</source>
      <translation>Nivel administrativo 1: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="176" />
      <source>Admin level 1: fixed value</source>
      <translation>Nivel administrativo 1: valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="180" />
      <source>Admin level 2: field</source>
      <translation>Nivel administrativo 2: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="182" />
      <source>Admin level 2: fixed value</source>
      <translation>Nivel administrativo 2: valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="16" />
      <source>Administrative regions</source>
      <translation>Regiones administrativas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="17" />
      <source>Administrative regions (e.g. districts, provinces) to disaggregate by; any CRS.</source>
      <translation>Regiones administrativas (p. ej., distritos, provincias) por las que desagregar; cualquier SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="80" />
      <source>Agreeing area (ha)</source>
      <translation>Área concordante (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="69" />
      <source>Agreement summary</source>
      <translation>Resumen de concordancia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="72" />
      <source>Agreement summary file (CSV or XLSX)</source>
      <translation>Archivo de resumen de concordancia (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="43" />
      <source>Align inputs to the grid of the first raster</source>
      <translation>Alinear las entradas con la cuadrícula del primer ráster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="54" />
      <source>All areas are true areas on the ellipsoid, in hectares; the figures of this report are those of the input tables, unchanged.</source>
      <translation>Todas las superficies son superficies reales sobre el elipsoide, en hectáreas; las cifras de este informe son las de las tablas de entrada, sin cambios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="18" />
      <source>All land types</source>
      <translation>Todos los tipos de tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="199" />
      <source>All the criterion weights are 0; give at least one a positive weight.</source>
      <translation>Todos los pesos de los criterios son 0; dé a al menos uno un peso positivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="70" />
      <source>Allocation</source>
      <translation>Asignación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="56" />
      <source>Already UNCCD classes 1-7</source>
      <translation>Ya en clases CNULD 1-7</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="118" />
      <source>Also add the filled layout to the project</source>
      <translation>Añadir también el diseño rellenado al proyecto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="80" />
      <source>An LPD map from another source (band 1 is read). Needed in the external map mode.</source>
      <translation>Un mapa LPD de otra fuente (se lee la banda 1). Necesario en el modo de mapa externo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="94" />
      <source>An effect counts as detected when its p-value is at most this (default 0.05).</source>
      <translation>Un efecto se considera detectado cuando su valor p es como máximo este (por defecto 0,05).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="37" />
      <source>Annual index rasters (one band per year)</source>
      <translation>Rásteres de índice anual (una banda por año)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="37" />
      <source>Annual productivity index (e.g. NDVI or its yearly integral): one multi-band raster with one band per year, or several rasters whose bands, in the order given, are consecutive years; nodata years of a pixel are left out of its mean. Or a single single-band raster of means (then leave the years empty). Band scale and offset are applied when the file declares them.</source>
      <translation>Índice de productividad anual (p. ej., NDVI o su integral anual): un ráster multibanda con una banda por año, o varios rásteres cuyas bandas, en el orden indicado, son años consecutivos; los años sin datos de un píxel se excluyen de su media. O bien un único ráster de una banda con las medias (en ese caso, deje los años vacíos). La escala y el desplazamiento de banda se aplican cuando el archivo los declara.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="61" />
      <source>Annual series {layer}: {count} band(s), years {first}-{last}.</source>
      <translation>Serie anual {layer}: {count} banda(s), años {first}-{last}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="19" />
      <source>Annual vegetation index rasters (e.g. NDVI or its yearly integral): one multi-band raster with one band per year, or several rasters (single- or multi-band) whose bands, in the order given, are consecutive years. Nodata years of a pixel are left out of its computation. Band scale and offset are applied when the file declares them (e.g. NDVI stored as Int16 x 10000 with scale 0.0001).</source>
      <translation>Rásteres de índice de vegetación anual (p. ej., NDVI o su integral anual): un ráster multibanda con una banda por año, o varios rásteres (de una o varias bandas) cuyas bandas, en el orden indicado, son años consecutivos. Los años sin datos de un píxel se excluyen de su cálculo. La escala y el desplazamiento de banda se aplican cuando el archivo los declara (p. ej., NDVI almacenado como Int16 x 10000 con escala 0.0001).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="75" />
      <source>Area and accuracy estimates</source>
      <translation>Estimaciones de área y exactitud</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="121" />
      <source>Area counted in every period (all maps valid and a land type), in hectares.</source>
      <translation>Área contada en todos los periodos (todos los mapas válidos y con un tipo de tierra), en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="73" />
      <source>Area matching no range or code (ha)</source>
      <translation>Área sin rango ni código coincidente (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="113" />
      <source>Area of each category (hectares) and its share of the rated area, for the whole raster and per zone, plus the nodata area.</source>
      <translation>Área de cada categoría (hectáreas) y su proporción del área evaluada, para todo el ráster y por zona, más el área sin datos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="72" />
      <source>Area of each category and of each number of steps, overall and per zone.</source>
      <translation>Área de cada categoría y de cada número de pasos, en total y por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="16" />
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt;, &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.&lt;br&gt;&lt;br&gt;&lt;b&gt;Class names&lt;/b&gt;, first found wins for each class: {CLASS_NAMES_TABLE}; the raster's attribute table (RAT: the GFU_Name column or a column called name, class, label...); its category names; the layer's paletted (unique values) style; the .qml style beside the file (e.g. a MapBiomas legend); else the code.</source>
      <translation>Área de cada clase de un ráster categórico, en hectáreas, para todo el ráster y para cada zona de una capa de polígonos opcional.&lt;br&gt;&lt;br&gt;Las áreas de los píxeles son áreas reales sobre el elipsoide del SRC del ráster (por fila en SRC geográficos), nunca grados multiplicados por grados. Los polígonos de zona se reproyectan al SRC del ráster y cada píxel se pondera por la fracción que cubre la zona, de modo que el total de una zona sigue el área de su polígono incluso en bordes irregulares. Los polígonos con el mismo valor de zona se unen; zonas distintas pueden superponerse y cada una cuenta su propia área.&lt;br&gt;&lt;br&gt;La tabla tiene una fila por zona y clase: &lt;i&gt;level&lt;/i&gt; (total o zona), &lt;i&gt;zone&lt;/i&gt; ((all) para todo el ráster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt;, &lt;i&gt;area_ha&lt;/i&gt; y &lt;i&gt;share&lt;/i&gt; (del área válida de la zona, por lo que las proporciones suman 1). Los píxeles sin datos se informan en su propia fila (clase vacía, etiqueta 'nodata', sin proporción) y nunca se mezclan con una clase.&lt;br&gt;&lt;br&gt;&lt;b&gt;Nombres de clase&lt;/b&gt;, para cada clase prevalece el primero que se encuentre: {CLASS_NAMES_TABLE}; la tabla de atributos del ráster (RAT: la columna GFU_Name o una columna llamada name, class, label...); sus nombres de categoría; el estilo paletizado (valores únicos) de la capa; el estilo .qml junto al archivo (p. ej., una leyenda de MapBiomas); si no, el código.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="146" />
      <source>Area of each of the 49 transitions (hectares), with its matrix value and its share of the mapped area.</source>
      <translation>Área de cada una de las 49 transiciones (hectáreas), con su valor en la matriz y su proporción del área cartografiada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="82" />
      <source>Area of each response class, overall and per zone.</source>
      <translation>Área de cada clase de respuesta, en total y por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="38" />
      <source>Area of each status class and of the collapsed classes, overall and per zone.</source>
      <translation>Área de cada clase de estado y de las clases agrupadas, en total y por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="123" />
      <source>Area of the raster not counted (nodata in some map or no land type), in hectares.</source>
      <translation>Área del ráster no contada (sin datos en algún mapa o sin tipo de tierra), en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="100" />
      <source>Area of the union of the sites counted in the reporting year (EPSG:6933), in hectares.</source>
      <translation>Área de la unión de los sitios contados en el año del informe (EPSG:6933), en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="84" />
      <source>Area per class overall and per zone, in hectares, with shares.</source>
      <translation>Área por clase en total y por zona, en hectáreas, con proporciones.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="19" />
      <source>Area tables for the UNCCD PRAIS 4 report, strategic objective 1, in km², from the summary tables of the SDG 15.3.1 indicator (one per period) and optionally the areas table of Degradation status.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sheet 'SO1 land by period'&lt;/b&gt;: one row per period and zone ('(all)' is the whole area): period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (empty when no water mask was used), nodata_km2 and proportion_degraded_percent = degraded / total land x 100 (SDG 15.3.1, GBF 2.CT.1).&lt;br&gt;&lt;b&gt;Sheet 'SO1 status'&lt;/b&gt; (with a status table): per zone the 7 status classes (persistent, recent and baseline degradation, stable, stable but improved at baseline, recent and persistent improvement), the collapsed degraded / stable / improved classes, the total valid area and nodata, in km², with share_of_valid_percent.&lt;br&gt;&lt;br&gt;Areas are the inputs' area_ha / 100. The tables are checked: total land must equal degraded + stable + improved, and each collapsed class the sum of its status classes; a warning names any period or zone that does not add up (the values are written as given). The optional CSV holds the first sheet.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sheet 'SO1 land type by status'&lt;/b&gt; (with {LDN_BALANCE}, the balance table of LDN balance per land type): per zone, comparison (map, vs_baseline, vs_previous), period and land type the land type's area, degraded, stable and improved area, net balance, like-for-like deficit (max(degraded - improved, 0); on the 'All land types' row the sum of the land types' deficits) in km², proportion_degraded_percent and neutrality_met, plus the nodata row; checked like the other sheets. {LAND_TYPES_FILE} holds it as CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample-based estimate.&lt;/b&gt; With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), degraded_km2 of the whole area in {ESTIMATE_PERIOD} is the estimate and its proportion is recomputed; the first sheet then has the columns degraded_ci95_km2 (95 % half-interval), degraded_mapped_km2 (pixel-counted) and footnote (method: stratified estimator of Olofsson et al. 2014, interval, mapped value). Stable and improved areas stay mapped.</source>
      <translation>Tablas de áreas para el informe PRAIS 4 de la CNULD, objetivo estratégico 1, en km², a partir de las tablas de resumen del indicador ODS 15.3.1 (una por periodo) y, opcionalmente, de la tabla de áreas de Estado de la degradación.&lt;br&gt;&lt;br&gt;&lt;b&gt;Hoja 'SO1 land by period'&lt;/b&gt;: una fila por periodo y zona ('(all)' es toda el área): period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (vacía si no se usó máscara de agua), nodata_km2 y proportion_degraded_percent = degradada / superficie total de tierra x 100 (ODS 15.3.1, MMB 2.CT.1).&lt;br&gt;&lt;b&gt;Hoja 'SO1 status'&lt;/b&gt; (con una tabla de estado): por zona, las 7 clases de estado (degradación persistente, reciente y de referencia, estable, estable pero mejorado en la referencia, mejora reciente y persistente), las clases agrupadas degradado / estable / mejorado, el área válida total y sin datos, en km², con share_of_valid_percent.&lt;br&gt;&lt;br&gt;Las áreas son el area_ha de las entradas / 100. Las tablas se comprueban: la superficie total de tierra debe ser igual a degradada + estable + mejorada, y cada clase agrupada a la suma de sus clases de estado; una advertencia indica cualquier periodo o zona que no cuadre (los valores se escriben tal como se dieron). El CSV opcional contiene la primera hoja.&lt;br&gt;&lt;br&gt;&lt;b&gt;Hoja 'SO1 land type by status'&lt;/b&gt; (con {LDN_BALANCE}, la tabla de balance de Balance de NDT por tipo de tierra): por zona, comparación (map, vs_baseline, vs_previous), periodo y tipo de tierra, el área del tipo de tierra, el área degradada, estable y mejorada, el balance neto, el déficit de igual por igual (max(degradada - mejorada, 0); en la fila 'All land types', la suma de los déficits de los tipos de tierra) en km², proportion_degraded_percent y neutrality_met, más la fila sin datos; se comprueba como las demás hojas. {LAND_TYPES_FILE} la contiene en CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimación basada en la muestra.&lt;/b&gt; Con el área degradada estimada de una evaluación de la exactitud ({ESTIMATES_TABLE}, o {ESTIMATED_DEGRADED_HA} y {ESTIMATED_CI95_HA}), degraded_km2 de toda el área en {ESTIMATE_PERIOD} es la estimación y su proporción se vuelve a calcular; la primera hoja tiene entonces las columnas degraded_ci95_km2 (semiintervalo del 95 %), degraded_mapped_km2 (contada por píxeles) y footnote (método: estimador estratificado de Olofsson et al. 2014, intervalo, valor cartografiado). Las áreas estables y mejoradas siguen siendo las cartografiadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="91" />
      <source>Area under restoration</source>
      <translation>Área en restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="46" />
      <source>Area under restoration (GBF 2.1)</source>
      <translation>Área en restauración (MMB 2.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="99" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="131" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="174" />
      <source>Area under restoration (ha)</source>
      <translation>Área en restauración (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="93" />
      <source>Area under restoration file (CSV or XLSX)</source>
      <translation>Archivo de área en restauración (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="30" />
      <source>Area under restoration in every year from {START_YEAR} to {END_YEAR}, against a linear path to the Target 2 goal.&lt;br&gt;&lt;br&gt;A site counts in a year when it started in or before it, has no end year or ended in or after it, and its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on the baseline raster (or polygon intersections).&lt;br&gt;&lt;br&gt;The path goes linearly from 0 ha in {BASELINE_YEAR} to the {TARGET_PCT} in {TARGET_YEAR} (2030) and stays there after it; a year is on track (1) when the area under restoration inside degraded land reaches the path, 0 when not, empty before the baseline year. The {CHART} shows the area under restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).&lt;br&gt;&lt;br&gt;&lt;b&gt;Reporting periods&lt;/b&gt; ({REPORTING_PERIODS}, e.g. 2016-2019, 2020-2023, 2024-2027): the {PERIODS} table has one row per period with the figures of its end year (the year its report speaks for) and the change from the previous period: net change of the area under restoration and of the part inside degraded land, change of the percent of the baseline (points) and the area newly under restoration since the previous period's end; {PERIOD_CHART} shows them as bars per period beside the path to the target.</source>
      <translation>Área en restauración en cada año de {START_YEAR} a {END_YEAR}, frente a una trayectoria lineal hacia el objetivo de la Meta 2.&lt;br&gt;&lt;br&gt;Un sitio cuenta en un año cuando empezó ese año o antes, no tiene año de finalización o terminó ese año o después, y su estado no está excluido (por defecto FERM 'En preparación'); los sitios superpuestos cuentan una sola vez (método FERM: unión de las geometrías válidas en EPSG:6933). La restauración dentro de tierras degradadas usa la cobertura exacta de los píxeles sobre el ráster de referencia (o intersecciones de polígonos).&lt;br&gt;&lt;br&gt;La trayectoria va linealmente de 0 ha en {BASELINE_YEAR} hasta el nivel de {TARGET_PCT} en {TARGET_YEAR} (2030) y se mantiene después; un año va por buen camino (1) cuando el área en restauración dentro de tierras degradadas alcanza la trayectoria, 0 cuando no, y queda vacío antes del año de referencia. El {CHART} muestra el área en restauración, la parte dentro de tierras degradadas y la trayectoria (SVG, o PNG generado a partir de él).&lt;br&gt;&lt;br&gt;&lt;b&gt;Periodos de informe&lt;/b&gt; ({REPORTING_PERIODS}, p. ej., 2016-2019, 2020-2023, 2024-2027): la tabla {PERIODS} tiene una fila por periodo con las cifras de su año final (el año al que se refiere su informe) y el cambio respecto al periodo anterior: cambio neto del área en restauración y de la parte dentro de tierras degradadas, cambio del porcentaje de la referencia (puntos) y el área que ha pasado a estar en restauración desde el final del periodo anterior; {PERIOD_CHART} los muestra como barras por periodo junto a la trayectoria hacia la meta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="71" />
      <source>Area under restoration in the last year (ha)</source>
      <translation>Área en restauración en el último año (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="72" />
      <source>Area under restoration in {END_YEAR}, in hectares.</source>
      <translation>Área en restauración en {END_YEAR}, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="107" />
      <source>Area under restoration in {year} (ha)</source>
      <translation>Superficie en restauración en {year} (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="78" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="173" />
      <source>Area under restoration per reporting period</source>
      <translation>Área en restauración por periodo de informe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="74" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="66" />
      <source>Area under restoration table</source>
      <translation>Tabla de área en restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="120" />
      <source>Area with a suitability (ha)</source>
      <translation>Área con aptitud (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="139" />
      <source>Area with a suitability: {valid:.2f} ha; excluded: {excluded:.2f} ha.</source>
      <translation>Área con aptitud: {valid:.2f} ha; excluida: {excluded:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="87" />
      <source>Areas per class, total land area, water and nodata, overall and per zone.</source>
      <translation>Áreas por clase, superficie total de tierra, agua y sin datos, en total y por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="56" />
      <source>Areas table of Degradation status; adds the sheet of status classes.</source>
      <translation>Tabla de áreas de Estado de la degradación; añade la hoja de clases de estado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <source>Artificial</source>
      <translation>Artificial</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="175" />
      <source>At most {max} criteria.</source>
      <translation>Como máximo {max} criterios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="55" />
      <source>At-risk codes</source>
      <translation>Códigos en riesgo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="84" />
      <source>Atlas: one page per zone</source>
      <translation>Atlas: una página por zona</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="35" />
      <source>Avoid</source>
      <translation>Evitar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="106" />
      <source>Balance file (CSV or XLSX)</source>
      <translation>Archivo de balance (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="104" />
      <source>Balance per land type</source>
      <translation>Balance por tipo de tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="71" />
      <source>Balance table of LDN balance per land type; adds the sheet of land types by status (degraded, stable, improved, net and deficit per land type).</source>
      <translation>Tabla de balance de Balance de la NDT por tipo de tierra; añade la hoja de tipos de tierra por estado (degradado, estable, mejorado, neto y déficit por tipo de tierra).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="35" />
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="44" />
      <source>Band</source>
      <translation>Banda</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="35" />
      <source>Band holding the class codes.</source>
      <translation>Banda que contiene los códigos de clase.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="44" />
      <source>Band holding the criterion.</source>
      <translation>Banda que contiene el criterio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="134" />
      <source>Band {band} of {layer} is named {name} but is used as year {year} (first year {first}). Check the year of the first band and the order of the layers.</source>
      <translation>La banda {band} de {layer} se llama {name}, pero se usa como año {year} (primer año {first}). Compruebe el año de la primera banda y el orden de las capas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="83" />
      <source>Bars per reporting period: area under restoration, inside degraded land and the path to the target (.svg or .png).</source>
      <translation>Barras por periodo de informe: área en restauración, dentro de tierras degradadas y la trayectoria hacia la meta (.svg o .png).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="28" />
      <source>Baseline SDG 15.3.1 layer</source>
      <translation>Capa ODS 15.3.1 de referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="62" />
      <source>Baseline SDG 15.3.1 map</source>
      <translation>Mapa ODS 15.3.1 de referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="47" />
      <source>Baseline SOC stepped with land-cover change (IPCC factors)</source>
      <translation>COS de referencia escalonado con el cambio de cobertura del suelo (factores IPCC)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="68" />
      <source>Baseline class</source>
      <translation>Clase de referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="19" />
      <source>Baseline degradation</source>
      <translation>Degradación de referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="65" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="54" />
      <source>Baseline year</source>
      <translation>Año de referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="35" />
      <source>Binary forest map (1 forest, 0 non-forest)</source>
      <translation>Mapa de bosque binario (1 bosque, 0 no bosque)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="30" />
      <source>Binary forest map (1 forest, 0 non-forest) or land-cover map (band 1).</source>
      <translation>Mapa de bosque binario (1 bosque, 0 no bosque) o mapa de cobertura del suelo (banda 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="33" />
      <source>Binary: values other than 0 and 1 stop the run. Land cover: the codes listed in {FOREST_CODES} are forest, every other valid code is non-forest.</source>
      <translation>Binario: los valores distintos de 0 y 1 detienen la ejecución. Cobertura del suelo: los códigos indicados en {FOREST_CODES} son bosque y cualquier otro código válido es no bosque.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="19" />
      <source>Biomes / ecosystem types</source>
      <translation>Biomas / tipos de ecosistemas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="63" />
      <source>Both WEIGHTS and WEIGHTS_TABLE were given: the table is used.</source>
      <translation>Se indicaron WEIGHTS y WEIGHTS_TABLE: se usa la tabla.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sensitivity.py" line="55" />
      <source>CHANGE_PCT must be greater than 0 and less than 100 (got {value}).</source>
      <translation>CHANGE_PCT debe ser mayor que 0 y menor que 100 (se recibió {value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="318" />
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="328" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="94" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="59" />
      <source>CSV matrix: a header row with one capability class per column, then one row per land-use code (label starting with the code) with the steps; lines starting with # are comments. Empty: resources/data/land_use_capability_compatibility.csv.</source>
      <translation>Matriz CSV: una fila de encabezado con una clase de capacidad por columna y, a continuación, una fila por código de uso de la tierra (etiqueta que empieza por el código) con los pasos; las líneas que empiezan por # son comentarios. Vacío: resources/data/land_use_capability_compatibility.csv.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="87" />
      <source>CSV or JSON (*.csv *.json)</source>
      <translation>CSV o JSON (*.csv *.json)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="49" />
      <source>CSV with the criterion names as header and one row per criterion (name, then n values); takes precedence over the matrix parameter. The 'AHP weights' dialog saves this format.</source>
      <translation>CSV con los nombres de los criterios como encabezado y una fila por criterio (nombre y luego n valores); tiene prioridad sobre el parámetro de matriz. El diálogo 'Pesos AHP' guarda este formato.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="201" />
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="229" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="55" />
      <source>Capability class</source>
      <translation>Clase de capacidad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="32" />
      <source>Categorical raster</source>
      <translation>Ráster categórico</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="134" />
      <source>Categorical raster of the baseline (band 1), e.g. the SDG 15.3.1 -1/0/+1 layer or national degradation classes; any CRS. Give this or {DEGRADED_POLYGONS}.</source>
      <translation>Ráster categórico de la referencia (banda 1), p. ej., la capa ODS 15.3.1 -1/0/+1 o clases nacionales de degradación; cualquier SRC. Indique este o {DEGRADED_POLYGONS}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="49" />
      <source>Categorical raster of whole-number class codes (band 1); nodata pixels are never sampled.</source>
      <translation>Ráster categórico de códigos de clase enteros (banda 1); los píxeles sin datos nunca se muestrean.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="95" />
      <source>Category breaks</source>
      <translation>Cortes de categoría</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="11" />
      <source>Category codes to scores</source>
      <translation>Códigos de categoría a puntuaciones</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="100" />
      <source>Category labels</source>
      <translation>Etiquetas de categoría</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="141" />
      <source>Category {n}</source>
      <translation>Categoría {n}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="67" />
      <source>Category: 1 proper use, 2 overuse, 3 underuse (Int16, nodata -32768).</source>
      <translation>Categoría: 1 uso adecuado, 2 sobreuso, 3 subuso (Int16, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="83" />
      <source>Change threshold (%)</source>
      <translation>Umbral de cambio (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="62" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="117" />
      <source>Chart</source>
      <translation>Gráfico</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="116" />
      <source>Chart engine</source>
      <translation>Motor del gráfico</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="84" />
      <source>Chart of mapped and estimated areas (SVG)</source>
      <translation>Gráfico de áreas cartografiadas y estimadas (SVG)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="69" />
      <source>Checks restoration site polygons against FAO FERM's rules and vocabularies and writes what FERM and GEF ask for: the FERM API payload (GeoJSON with the project under the top-level properties), the upload package (zip of shapefile, KML and GeoJSON) and the GEF geospatial template. Nothing is sent anywhere and no API key is asked for.&lt;br&gt;&lt;br&gt;Each FERM field comes from a layer field or a fixed value (the field wins; the fixed value fills features whose field is empty). Geometry is reprojected to EPSG:4326, made 2-D and valid (repairs are warnings); empty geometries, points and lines are errors; names missing are warnings; codes outside the FERM vocabularies are errors naming the code and the field; overlapping sites are warnings. Areas (ha) are computed as FERM does: union of the valid geometry in EPSG:6933.&lt;br&gt;&lt;br&gt;The payload has one Polygon feature per site polygon: a multi-part site gives one feature per part with the site's properties plus part and partCount, each with its own area.&lt;br&gt;&lt;br&gt;When errors remain and invalid features are not skipped, the run stops with a message, writes only the validation table (it explains the failure) and no other output. Project-level errors (unknown organization role/type or restoration type, bad country code; and, when the API payload is written, a project without title, institution id or point of contact) always stop the run.</source>
      <translation>Comprueba los polígonos de los sitios de restauración con las reglas y vocabularios de FERM de la FAO y escribe lo que piden FERM y el GEF: la carga útil para la API de FERM (GeoJSON con el proyecto en las propiedades de nivel superior), el paquete de carga (zip con shapefile, KML y GeoJSON) y la plantilla geoespacial del GEF. No se envía nada a ningún sitio ni se pide ninguna clave de API.&lt;br&gt;&lt;br&gt;Cada campo de FERM procede de un campo de la capa o de un valor fijo (prevalece el campo; el valor fijo rellena las entidades cuyo campo está vacío). La geometría se reproyecta a EPSG:4326, se convierte a 2D y se hace válida (las reparaciones son advertencias); las geometrías vacías, los puntos y las líneas son errores; los nombres que faltan son advertencias; los códigos fuera de los vocabularios de FERM son errores que indican el código y el campo; los sitios superpuestos son advertencias. Las áreas (ha) se calculan como lo hace FERM: unión de la geometría válida en EPSG:6933.&lt;br&gt;&lt;br&gt;La carga útil tiene una entidad Polygon por cada polígono de sitio: un sitio multiparte da una entidad por parte con las propiedades del sitio más part y partCount, cada una con su propia área.&lt;br&gt;&lt;br&gt;Cuando quedan errores y no se omiten las entidades no válidas, la ejecución se detiene con un mensaje, escribe solo la tabla de validación (que explica el fallo) y ninguna otra salida. Los errores a nivel de proyecto (rol o tipo de organización o tipo de restauración desconocidos, código de país incorrecto; y, cuando se escribe la carga útil para la API, un proyecto sin título, id. de institución o punto de contacto) siempre detienen la ejecución.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="361" />
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="135" />
      <source>Choose a polygon layer with the restoration sites on the Sites tab.</source>
      <translation>Elija una capa de polígonos con los sitios de restauración en la pestaña Sitios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="150" />
      <source>Choose at least one field of {layer} saying what degraded, stable or improved pixels become.</source>
      <translation>Elija al menos un campo de {layer} que indique en qué se convierten los píxeles degradados, estables o mejorados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="139" />
      <source>Choose at least one file to write: the API payload, the upload package or the GEF template.</source>
      <translation>Elija al menos un archivo para escribir: la carga útil de la API, el paquete de carga o la plantilla del GEF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="283" />
      <source>Choose at least one output file: {payload}, {package} or {gef}.</source>
      <translation>Elija al menos un archivo de salida: {payload}, {package} o {gef}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="81" />
      <source>Choose the field of {layer} that holds the land unit ids ({parameter}).</source>
      <translation>Elija el campo de {layer} que contiene los identificadores de las unidades de tierra ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="98" />
      <source>Choose the field of {layer} that holds the start year ({parameter}).</source>
      <translation>Elija el campo de {layer} que contiene el año de inicio ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="39" />
      <source>Class areas</source>
      <translation>Áreas por clase</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="14" />
      <source>Class areas (per zone)</source>
      <translation>Áreas por clase (por zona)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="40" />
      <source>Class areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas por clase (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="54" />
      <source>Class areas need exactly one band of {layer}.</source>
      <translation>Las áreas por clase necesitan exactamente una banda de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="86" />
      <source>Class breaks used</source>
      <translation>Cortes de clase usados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="113" />
      <source>Class breaks: {breaks}</source>
      <translation>Cortes de clase: {breaks}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="45" />
      <source>Class change threshold</source>
      <translation>Umbral de cambio de clase</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="25" />
      <source>Class code</source>
      <translation>Código de clase</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="52" />
      <source>Class correspondence</source>
      <translation>Correspondencia de clases</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="76" />
      <source>Class labels</source>
      <translation>Etiquetas de clase</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="25" />
      <source>Class name</source>
      <translation>Nombre de clase</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="21" />
      <source>Class names</source>
      <translation>Nombres de clase</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="73" />
      <source>Class names of {layer} from {sources}: {count} classes.</source>
      <translation>Nombres de clase de {layer} según {sources}: {count} clases.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="56" />
      <source>Class of map A</source>
      <translation>Clase del mapa A</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="56" />
      <source>Class of map B</source>
      <translation>Clase del mapa B</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="71" />
      <source>Class to report</source>
      <translation>Clase que se informa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="72" />
      <source>Class whose estimated area is returned as a number (default -1, degraded in SDG 15.3.1).</source>
      <translation>Clase cuya área estimada se devuelve como número (por defecto -1, degradado en el ODS 15.3.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="80" />
      <source>Classes 0 other, 1 Avoid, 2 Reduce, 3 Reverse (Int16, nodata -32768).</source>
      <translation>Clases 0 otra, 1 Evitar, 2 Reducir, 3 Revertir (Int16, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="129" />
      <source>Classes a reference label may take: code[:label], separated by commas.</source>
      <translation>Clases que puede tomar una etiqueta de referencia: código[:etiqueta], separadas por comas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="23" />
      <source>Classification method</source>
      <translation>Método de clasificación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="60" />
      <source>Classifies a suitability raster into N priority classes (1 = lowest, N = highest priority) and reports the area of each class overall and per zone.&lt;br&gt;&lt;br&gt;Breaks: equal interval over the exact min-max of the valid pixels; quantiles (numpy linear interpolation) of the valid pixels (exact up to 1 000 000 pixels, else a reproducible pixel sample of that size); natural breaks (Jenks): the exact optimal partition (minimum within-class sum of squares) of a reproducible sample of {SAMPLE_PIXELS} pixels; or manual. A value equal to a break goes to the upper class. Pixels excluded by t2monitor:weightedoverlay (value -1, declared in the file's metadata) get class 0 'excluded'.&lt;br&gt;&lt;br&gt;Output: Int16 classes, nodata -32768, styled with a legend of the N labels. The table (level, zone, class, class_label, area_ha, share) gives true ellipsoidal areas; shares are of the zone's valid area (excluded included); {BREAKS_USED} lists the breaks.</source>
      <translation>Clasifica un ráster de aptitud en N clases de prioridad (1 = prioridad más baja, N = más alta) e informa del área de cada clase en total y por zona.&lt;br&gt;&lt;br&gt;Cortes: intervalos iguales sobre el mínimo-máximo exacto de los píxeles válidos; cuantiles (interpolación lineal de numpy) de los píxeles válidos (exactos hasta 1 000 000 de píxeles; si no, sobre una muestra reproducible de píxeles de ese tamaño); cortes naturales (Jenks): la partición óptima exacta (mínima suma de cuadrados dentro de las clases) de una muestra reproducible de {SAMPLE_PIXELS} píxeles; o manuales. Un valor igual a un corte va a la clase superior. Los píxeles excluidos por t2monitor:weightedoverlay (valor -1, declarado en los metadatos del archivo) reciben la clase 0 'excluido'.&lt;br&gt;&lt;br&gt;Salida: clases Int16, sin datos -32768, con un estilo de leyenda con las N etiquetas. La tabla (level, zone, class, class_label, area_ha, share) da áreas elipsoidales reales; las proporciones son del área válida de la zona (excluidos incluidos); {BREAKS_USED} enumera los cortes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="156" />
      <source>Clear label</source>
      <translation>Borrar etiqueta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="67" />
      <source>Climate zone of the whole area</source>
      <translation>Zona climática de toda el área</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="91" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="69" />
      <source>Codes a reference label may take, separated by commas (e.g. -1,0,1). Empty: the codes of the map classes.</source>
      <translation>Códigos que puede tomar una etiqueta de referencia, separados por comas (p. ej., -1,0,1). Vacío: los códigos de las clases del mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="49" />
      <source>Codes of the degradation layer</source>
      <translation>Códigos de la capa de degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="82" />
      <source>Codes of the external map</source>
      <translation>Códigos del mapa externo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="79" />
      <source>Cohen's kappa</source>
      <translation>Kappa de Cohen</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="93" />
      <source>Collect Earth plot file (CSV)</source>
      <translation>Archivo de parcelas de Collect Earth (CSV)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="68" />
      <source>Combine trajectory, state and performance</source>
      <translation>Combinar trayectoria, estado y desempeño</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="102" />
      <source>Combines standardised criteria (0..1) into a restoration suitability: sum of weight x criterion, with the weights normalised to sum 1 (ROAM steps 3-5).&lt;br&gt;&lt;br&gt;A pixel is nodata when any criterion is nodata there. It is &lt;b&gt;excluded&lt;/b&gt; when an exclusion raster has a valid non-zero value, or exclusion polygons cover at least half of it. Excluded pixels are written as &lt;b&gt;-1&lt;/b&gt; (distinct from nodata -9999), so they show on the map and t2monitor:priorityclasses puts them in class 0. {EXCLUDED_HA} and {VALID_HA} (pixels with a suitability) are true ellipsoidal areas.&lt;br&gt;&lt;br&gt;Criteria with values outside 0..1, a number of weights different from the number of criteria, negative weights, and a result with no pixel left are refused with a message, and no output is written. The weights used are reported ({WEIGHTS_USED}).&lt;br&gt;&lt;br&gt;Give the weights in one of {WEIGHTS} (in the order of the criteria) or {WEIGHTS_TABLE} (matched to the criteria by layer name; since 0.2.0, before by row order).</source>
      <translation>Combina criterios estandarizados (0..1) en una aptitud para la restauración: suma de peso x criterio, con los pesos normalizados para sumar 1 (pasos 3-5 de ROAM).&lt;br&gt;&lt;br&gt;Un píxel queda sin datos cuando algún criterio no tiene datos en él. Queda &lt;b&gt;excluido&lt;/b&gt; cuando un ráster de exclusión tiene un valor válido distinto de cero, o cuando los polígonos de exclusión cubren al menos la mitad del píxel. Los píxeles excluidos se escriben como &lt;b&gt;-1&lt;/b&gt; (distinto de sin datos -9999), de modo que se ven en el mapa y t2monitor:priorityclasses los pone en la clase 0. {EXCLUDED_HA} y {VALID_HA} (píxeles con aptitud) son áreas elipsoidales reales.&lt;br&gt;&lt;br&gt;Los criterios con valores fuera de 0..1, un número de pesos distinto del número de criterios, los pesos negativos y un resultado sin ningún píxel se rechazan con un mensaje, y no se escribe ninguna salida. Se informa de los pesos usados ({WEIGHTS_USED}).&lt;br&gt;&lt;br&gt;Indique los pesos en {WEIGHTS} (en el orden de los criterios) o en {WEIGHTS_TABLE} (asociados a los criterios por nombre de capa; desde la versión 0.2.0, antes por orden de fila).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="23" />
      <source>Combines the three sub-indicators into the SDG 15.3.1 layer (-1 degraded, 0 stable, +1 improved) with the 'one out, all out' rule of the UNCCD Good Practice Guidance: start from the three-class productivity (a five-class LPD map is collapsed 1-2 to -1, 3-4 to 0, 5 to +1); if land cover or soil organic carbon is -1 the pixel is degraded; otherwise a stable pixel becomes improved when land cover or SOC is +1. Any missing input gives nodata (-32768).&lt;br&gt;&lt;br&gt;&lt;b&gt;Water&lt;/b&gt;: give the final land-cover map (UNCCD classes) to leave water bodies (class 7) out of the land area; they become nodata in the layer and have their own row in the summary.&lt;br&gt;&lt;br&gt;&lt;b&gt;Error recode&lt;/b&gt; (false positives/negatives): polygons whose fields say what degraded, stable and improved pixels become (-1, 0, 1 or the words degraded/stable/improved; empty keeps them), which periods they apply to, and why. A pixel is recoded when at least half of it lies in the polygon; polygons apply in feature-id order, so the later one wins where they overlap. The recode report gives the hectares each polygon changed.&lt;br&gt;&lt;br&gt;&lt;b&gt;Summary&lt;/b&gt;: areas (ha and km²) of degraded, stable and improved land, their sum (total land area), water and nodata, for the whole raster and per zone; share_of_land of the degraded row is the proportion of degraded land over total land area, the GBF complementary indicator 2.CT.1. Class rows add up to the total land area.</source>
      <translation>Combina los tres subindicadores en la capa ODS 15.3.1 (-1 degradado, 0 estable, +1 mejorado) con la regla «uno fuera, todos fuera» de la Guía de Buenas Prácticas de la CNULD: se parte de la productividad en tres clases (un mapa LPD de cinco clases se agrupa 1-2 en -1, 3-4 en 0, 5 en +1); si la cobertura del suelo o el carbono orgánico del suelo es -1, el píxel está degradado; si no, un píxel estable pasa a mejorado cuando la cobertura o el COS es +1. Cualquier entrada sin datos da sin datos (-32768).&lt;br&gt;&lt;br&gt;&lt;b&gt;Agua&lt;/b&gt;: indique el mapa final de cobertura (clases CNULD) para excluir las masas de agua (clase 7) de la superficie de tierra; pasan a sin datos en la capa y tienen su propia fila en el resumen.&lt;br&gt;&lt;br&gt;&lt;b&gt;Recodificación de errores&lt;/b&gt; (falsos positivos/negativos): polígonos cuyos campos indican en qué se convierten los píxeles degradados, estables y mejorados (-1, 0, 1 o las palabras degraded/stable/improved; vacío los mantiene), a qué periodos se aplican y por qué. Un píxel se recodifica cuando al menos la mitad está dentro del polígono; los polígonos se aplican por orden de identificador, así que el último prevalece donde se superponen. El informe de recodificación da las hectáreas cambiadas por cada polígono.&lt;br&gt;&lt;br&gt;&lt;b&gt;Resumen&lt;/b&gt;: áreas (ha y km²) de tierra degradada, estable y mejorada, su suma (superficie total de tierra), agua y sin datos, para todo el ráster y por zona; share_of_land de la fila degradada es la proporción de tierra degradada sobre la superficie total de tierra, el indicador complementario 2.CT.1 del MMB. Las filas de clase suman la superficie total de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="211" />
      <source>Comma-separated ISO 3166-1 alpha-2 codes of the project's countries (e.g. PE,BO).</source>
      <translation>Códigos ISO 3166-1 alfa-2 de los países del proyecto, separados por comas (p. ej., PE,BO).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="56" />
      <source>Comma-separated codes meaning at risk of degradation (e.g. 3 for LPD stressed, or status codes). Default: none.</source>
      <translation>Códigos separados por comas que indican riesgo de degradación (p. ej., 3 para LPD bajo estrés, o códigos de estado). Por defecto: ninguno.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="46" />
      <source>Comma-separated codes of the degradation layer meaning degraded (default -1, the SDG 15.3.1 degraded class; e.g. 1,2 for LPD declining and moderate decline).</source>
      <translation>Códigos de la capa de degradación, separados por comas, que indican degradado (por defecto -1, la clase degradada del ODS 15.3.1; p. ej., 1,2 para LPD en declive y declive moderado).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="138" />
      <source>Comma-separated codes of the raster that mean degraded land. Default -1 (degraded in the SDG 15.3.1 -1/0/+1 layer).</source>
      <translation>Códigos del ráster, separados por comas, que significan tierra degradada. Por defecto -1 (degradado en la capa ODS 15.3.1 -1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="50" />
      <source>Comma-separated codes the degradation layer may hold besides the degraded and at-risk codes (default -1,0,1: the SDG 15.3.1 classes; e.g. 4,5 for LPD classes). A pixel with any other value stops the run with the values found, rather than being taken silently as not degraded.</source>
      <translation>Códigos, separados por comas, que la capa de degradación puede contener además de los códigos degradados y en riesgo (por defecto -1,0,1: las clases del ODS 15.3.1; p. ej., 4,5 para las clases LPD). Un píxel con cualquier otro valor detiene la ejecución con los valores encontrados, en lugar de tomarse en silencio como no degradado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="77" />
      <source>Comma-separated labels, lowest priority first, one per class; the default 4 labels become 'class 1'...'class N' for other numbers of classes.</source>
      <translation>Etiquetas separadas por comas, de la prioridad más baja a la más alta, una por clase; las 4 etiquetas por defecto pasan a ser 'class 1'...'class N' con otros números de clases.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="62" />
      <source>Comma-separated land-cover codes of land under productive use (default 3,2: cropland and grassland, i.e. crops and grazing).</source>
      <translation>Códigos de cobertura del suelo de tierras en uso productivo, separados por comas (por defecto 3,2: tierras de cultivo y pastizales, es decir, cultivos y pastoreo).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="65" />
      <source>Comma-separated land-cover codes of natural land (default 1,2,4: tree-covered, grassland, wetland). Grassland is both natural and productive by default.</source>
      <translation>Códigos de cobertura del suelo de tierras naturales, separados por comas (por defecto 1,2,4: cubierta arbórea, pastizales, humedales). Por defecto, los pastizales son a la vez naturales y productivos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="73" />
      <source>Comma-separated last year of each reporting period (e.g. 2019, 2023), used in the period table and on the chart's axis. Empty: periods are numbered 1, 2, ...</source>
      <translation>Último año de cada periodo de informe, separados por comas (p. ej., 2019, 2023), usado en la tabla de periodos y en el eje del gráfico. Vacío: los periodos se numeran 1, 2, ...</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="69" />
      <source>Comma-separated name of each reporting period, in order (e.g. 2016-2019, 2020-2023). Empty: the layer names.</source>
      <translation>Nombre de cada periodo de informe separado por comas, en orden (p. ej., 2016-2019, 2020-2023). Vacío: los nombres de las capas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="75" />
      <source>Comma-separated reporting periods, in order, each start-end years or one year (default 2016-2019,2020-2023,2024-2027). Empty: no period table.</source>
      <translation>Periodos de informe separados por comas, en orden, cada uno como años inicio-fin o como un solo año (por defecto 2016-2019,2020-2023,2024-2027). Vacío: sin tabla de periodos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="202" />
      <source>Comma-separated restoration type codes of the project (1 Ecological restoration, 2 Rehabilitation).</source>
      <translation>Códigos de tipo de restauración del proyecto, separados por comas (1 Restauración ecológica, 2 Rehabilitación).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="66" />
      <source>Comma-separated statuses (codes or labels) whose sites are not under restoration. Default 1 = FERM 'In preparation': activities have not started, so the area is not yet under restoration (GBF indicator 2.1).</source>
      <translation>Estados separados por comas (códigos o etiquetas) cuyos sitios no están en restauración. Por defecto 1 = FERM 'En preparación': las actividades no han comenzado, por lo que el área aún no está en restauración (indicador 2.1 del MMB).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="106" />
      <source>Comma-separated value:ecosystem pairs for {ECOSYSTEMS}, the ecosystem as an IUCN GET code (level 2 biome T1 or level 3 functional group T1.1) or a national name (e.g. 1:T1.1, 2:T4.5, 3:T7.1).</source>
      <translation>Pares valor:ecosistema separados por comas para {ECOSYSTEMS}, con el ecosistema como código de la GET de la UICN (bioma de nivel 2 T1 o grupo funcional de nivel 3 T1.1) o como nombre nacional (p. ej., 1:T1.1, 2:T4.5, 3:T7.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="85" />
      <source>Compare each pair of criteria: how much more important is the row criterion than the column criterion? Pick a value above the diagonal (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3 ... 1/9 when the column criterion is the more important). The cells below the diagonal are filled automatically.</source>
      <translation>Compare cada par de criterios: ¿cuánto más importante es el criterio de la fila que el de la columna? Elija un valor por encima de la diagonal (1 igual, 3 moderada, 5 fuerte, 7 muy fuerte, 9 extrema; 1/3 ... 1/9 cuando el criterio de la columna es el más importante). Las celdas por debajo de la diagonal se rellenan automáticamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="81" />
      <source>Compared area (ha)</source>
      <translation>Área comparada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="125" />
      <source>Compared {area:.2f} ha: overall agreement {agreement:.4f}, kappa {kappa}.</source>
      <translation>Comparadas {area:.2f} ha: concordancia global {agreement:.4f}, kappa {kappa}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="17" />
      <source>Compares the SDG 15.3.1 layer of a reporting period with the baseline layer (both -1/0/+1) and classifies every pixel with the expanded status matrix of the UNCCD Good Practice Guidance addendum: 1 persistent degradation (-1 to -1), 2 recent degradation (0 or +1 to -1), 3 baseline degradation (-1 to 0), 4 stable (0 to 0), 5 stable but improved at baseline (+1 to 0), 6 recent improvement (-1 or 0 to +1), 7 persistent improvement (+1 to +1); nodata where either layer has none.&lt;br&gt;&lt;br&gt;The area table gives, for the whole raster and per zone, the area of each status class and of the collapsed view (1-3 degraded, 4 stable, 5-7 improved), in ha and km², with shares of the valid area. The matrix is read from resources/data/gpg_status_matrix.csv.</source>
      <translation>Compara la capa ODS 15.3.1 de un periodo de informe con la capa de referencia (ambas -1/0/+1) y clasifica cada píxel con la matriz de estado ampliada del addendum de la Guía de Buenas Prácticas de la CNULD: 1 degradación persistente (-1 a -1), 2 degradación reciente (0 o +1 a -1), 3 degradación de referencia (-1 a 0), 4 estable (0 a 0), 5 estable pero mejorado en la referencia (+1 a 0), 6 mejora reciente (-1 o 0 a +1), 7 mejora persistente (+1 a +1); sin datos donde alguna de las capas no tiene datos.&lt;br&gt;&lt;br&gt;La tabla de áreas da, para todo el ráster y por zona, el área de cada clase de estado y de la vista agrupada (1-3 degradado, 4 estable, 5-7 mejorado), en ha y km², con proporciones del área válida. La matriz se lee de resources/data/gpg_status_matrix.csv.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="21" />
      <source>Compares two categorical maps, e.g. the degradation or priority maps of two sectors, or SDG 15.3.1 against a national severity map (band 1 of each, whole-number codes).&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-class raster.&lt;/b&gt; code = class_a × K + class_b, with K the smallest power of ten (at least 10) larger than max(class_b) − min(0, min(class_b)): with non-negative codes the digits read 'A then B' (K = 10: 23 is A 2 / B 3). Int32, nodata −2147483648 where either map is nodata. The style is written next to the output: one legend entry 'A=x / B=y' per pair found (with the class names when the maps carry them, e.g. 'A=1 Forest / B=3 Cropland'), agreeing pairs in greens, the others in reds; the same names and colours form the raster attribute table of the output, for QGIS and other GIS.&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-tabulation.&lt;/b&gt; Area in hectares of every pair (class_a, class_b), for the whole raster and per zone, with the pair's code and whether it counts as agreement; pixels where only one map has data keep their class in rows of their own (the other class empty), so the rows of a class summed over the other map equal that class's area. Optional wide matrix (rows A, columns B) as CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Class names&lt;/b&gt; of each map (columns class_a_label and class_b_label, the style, the attribute table) come from the map's raster attribute table, its category names, its paletted style or the .qml style beside the file, in that order; else the code.&lt;br&gt;&lt;br&gt;&lt;b&gt;Agreement.&lt;/b&gt; Only pixels valid in both maps are compared. Overall agreement = agreeing area / compared area. By default a pair agrees when both codes are equal; when the legends differ, list the pairs that agree in {CORRESPONDENCE_TABLE} (e.g. A −1 with B 2 and B 3). Cohen's kappa = (p_o − p_e) / (1 − p_e) with p_e = Σ over agreeing pairs of the product of the two maps' class shares (with a correspondence table: the weighted kappa with 0/1 agreement weights). The confusion matrix is weighted by true pixel AREAS, not pixel counts; both give the same values on equal-area grids. Kappa is empty when undefined (both maps one single matching class).&lt;br&gt;&lt;br&gt;Maps on different grids are refused unless {ALIGN} is ticked (map B is then resampled, nearest neighbour, to map A's grid).</source>
      <translation>Compara dos mapas categóricos, p. ej., los mapas de degradación o de prioridad de dos sectores, o el ODS 15.3.1 frente a un mapa nacional de severidad (banda 1 de cada uno, códigos enteros).&lt;br&gt;&lt;br&gt;&lt;b&gt;Ráster de clases cruzadas.&lt;/b&gt; código = class_a × K + class_b, donde K es la menor potencia de diez (al menos 10) mayor que max(class_b) − min(0, min(class_b)): con códigos no negativos los dígitos se leen 'A y luego B' (K = 10: 23 es A 2 / B 3). Int32, sin datos −2147483648 donde alguno de los mapas no tiene datos. El estilo se escribe junto a la salida: una entrada de leyenda 'A=x / B=y' por cada par encontrado (con los nombres de clase cuando los mapas los tienen, p. ej., 'A=1 Bosque / B=3 Tierras de cultivo'), los pares concordantes en verdes y los demás en rojos; los mismos nombres y colores forman la tabla de atributos del ráster de la salida, para QGIS y otros SIG.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tabulación cruzada.&lt;/b&gt; Área en hectáreas de cada par (class_a, class_b), para todo el ráster y por zona, con el código del par y si cuenta como concordancia; los píxeles donde solo un mapa tiene datos conservan su clase en filas propias (con la otra clase vacía), de modo que las filas de una clase sumadas sobre el otro mapa igualan el área de esa clase. Matriz ancha opcional (filas A, columnas B) como CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Nombres de clase&lt;/b&gt; de cada mapa (columnas class_a_label y class_b_label, el estilo, la tabla de atributos): se toman de la tabla de atributos del ráster del mapa, de sus nombres de categoría, de su estilo paletizado o del estilo .qml junto al archivo, en ese orden; si no, el código.&lt;br&gt;&lt;br&gt;&lt;b&gt;Concordancia.&lt;/b&gt; Solo se comparan los píxeles válidos en ambos mapas. Concordancia global = área concordante / área comparada. Por defecto, un par concuerda cuando ambos códigos son iguales; cuando las leyendas difieren, enumere los pares que concuerdan en {CORRESPONDENCE_TABLE} (p. ej., A −1 con B 2 y B 3). Kappa de Cohen = (p_o − p_e) / (1 − p_e), con p_e = Σ sobre los pares concordantes del producto de las proporciones de clase de ambos mapas (con una tabla de correspondencia: el kappa ponderado con pesos de concordancia 0/1). La matriz de confusión se pondera por las ÁREAS reales de los píxeles, no por el número de píxeles; ambos dan los mismos valores en cuadrículas de áreas iguales. El kappa queda vacío cuando no está definido (ambos mapas con una única clase coincidente).&lt;br&gt;&lt;br&gt;Los mapas en cuadrículas distintas se rechazan salvo que se marque {ALIGN} (el mapa B se remuestrea entonces, por vecino más próximo, a la cuadrícula del mapa A).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="51" />
      <source>Compatibility table</source>
      <translation>Tabla de compatibilidad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="58" />
      <source>Compatibility table file (CSV)</source>
      <translation>Archivo de la tabla de compatibilidad (CSV)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="67" />
      <source>Compute LPD from the three sub-indicator layers, or bring an existing LPD map.</source>
      <translation>Calcular la LPD a partir de las tres capas de subindicadores o aportar un mapa LPD existente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="30" />
      <source>Computes the land productivity sub-indicator of SDG 15.3.1 from an annual vegetation index series in one step, locally: the trajectory (Mann-Kendall trend, significance {ALPHA}), the state (decile class of the last {RECENT_YEARS} against the earlier years of the period), the performance (mean over the period against the {PERCENTILE} of the pixel's land unit) and their combination into the five Land Productivity Dynamics classes (1 declining, 2 moderate decline, 3 stressed, 4 stable, 5 increasing) with the table of the UNCCD Good Practice Guidance.&lt;br&gt;&lt;br&gt;It runs the algorithms Productivity trajectory, Productivity state, Productivity performance and Land productivity dynamics with the same settings as those; ask for the intermediate layers to keep them (otherwise they are written to temporary files and removed).</source>
      <translation>Calcula el subindicador de productividad de la tierra del ODS 15.3.1 a partir de una serie anual de índice de vegetación en un solo paso, de forma local: la trayectoria (tendencia de Mann-Kendall, significación {ALPHA}), el estado (clase de decil de los últimos {RECENT_YEARS} frente a los años anteriores del periodo), el desempeño (media del periodo frente al {PERCENTILE} de la unidad de tierra del píxel) y su combinación en las cinco clases de dinámica de la productividad de la tierra (1 en declive, 2 declive moderado, 3 bajo estrés, 4 estable, 5 en aumento) con la tabla de la Guía de Buenas Prácticas de la CNULD.&lt;br&gt;&lt;br&gt;Ejecuta los algoritmos Trayectoria de la productividad, Estado de la productividad, Desempeño de la productividad y Dinámica de la productividad de la tierra con los mismos ajustes que estos; solicite las capas intermedias para conservarlas (de lo contrario se escriben en archivos temporales que luego se eliminan).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="61" />
      <source>Consistency index (CI)</source>
      <translation>Índice de consistencia (CI)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="62" />
      <source>Consistency ratio (CR)</source>
      <translation>Razón de consistencia (CR)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="63" />
      <source>Consistent (1 if CR &lt; 0.10, else 0)</source>
      <translation>Consistente (1 si CR &lt; 0,10; si no, 0)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="276" />
      <source>Consistent: CR = {cr:.3f} (acceptable below 0.10).</source>
      <translation>Consistente: CR = {cr:.3f} (aceptable por debajo de 0,10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="204" />
      <source>Contacts as 'name &lt;email&gt;; name &lt;email&gt;'.</source>
      <translation>Contactos en la forma 'nombre &lt;correo&gt;; nombre &lt;correo&gt;'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="73" />
      <source>Continuous raster to classify, e.g. the output of t2monitor:weightedoverlay (band 1).</source>
      <translation>Ráster continuo que se va a clasificar, p. ej., la salida de t2monitor:weightedoverlay (banda 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="50" />
      <source>Control points (fuzzy linear)</source>
      <translation>Puntos de control (lineal difuso)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="73" />
      <source>Controls are pixels at least half inside the site buffered by this distance, in metres (default 5000). For a raster in degrees, the distance is converted at the site's latitude along the parallels. The dialog offers other units (km, ...) and converts them to metres.</source>
      <translation>Los controles son los píxeles situados al menos en su mitad dentro del sitio ampliado con un búfer de esta distancia, en metros (por defecto 5000). Para un ráster en grados, la distancia se convierte a la latitud del sitio a lo largo de los paralelos. El diálogo ofrece otras unidades (km, ...) y las convierte a metros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="145" />
      <source>Copy the weights, comma-separated in criteria order (for the WEIGHTS parameter of the weighted overlay in models).</source>
      <translation>Copiar los pesos, separados por comas en el orden de los criterios (para el parámetro WEIGHTS de la superposición ponderada en modelos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="139" />
      <source>Copy weights</source>
      <translation>Copiar pesos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="109" />
      <source>Counterbalancing file (CSV or XLSX)</source>
      <translation>Archivo de compensación (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="97" />
      <source>Countries</source>
      <translation>Países</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="210" />
      <source>Countries (ISO2)</source>
      <translation>Países (ISO2)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="86" />
      <source>Country (ISO2)</source>
      <translation>País (ISO2)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="168" />
      <source>Country (admin 0): field</source>
      <translation>País (nivel administrativo 0): campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="170" />
      <source>Country (admin 0): fixed value</source>
      <translation>País (admin 0): valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="87" />
      <source>Country or region</source>
      <translation>País o región</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="93" />
      <source>Criteria</source>
      <translation>Criterios</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="37" />
      <source>Criteria (comma-separated names)</source>
      <translation>Criterios (nombres separados por comas)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="148" />
      <source>Criteria must be standardised to 0..1 first (t2monitor:standardizecriterion); these have values outside 0..1: {layer}.</source>
      <translation>Los criterios deben estandarizarse antes a 0..1 (t2monitor:standardizecriterion); estos tienen valores fuera de 0..1: {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="120" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="80" />
      <source>Criterion</source>
      <translation>Criterio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="196" />
      <source>Criterion names must be unique and not empty.</source>
      <translation>Los nombres de los criterios deben ser únicos y no estar vacíos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="41" />
      <source>Criterion raster</source>
      <translation>Ráster de criterio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="71" />
      <source>Criterion rasters</source>
      <translation>Rásteres de criterio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="26" />
      <source>Criterion rasters already standardised to 0..1 (t2monitor:standardizecriterion), band 1 of each. {WEIGHTS} follow their order; {WEIGHTS_TABLE} names them by layer name.</source>
      <translation>Rásteres de criterio ya estandarizados a 0..1 (t2monitor:standardizecriterion), banda 1 de cada uno. {WEIGHTS} sigue su orden; {WEIGHTS_TABLE} los nombra por nombre de capa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="18" />
      <source>Criterion weights for the restoration priority overlay from a pairwise comparison matrix (Analytic Hierarchy Process, Saaty).&lt;br&gt;&lt;br&gt;Each judgement a(i, j) says how much more important the row criterion is than the column criterion on Saaty's scale 1/9 ... 1 ... 9 (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme importance). Fill the cells above the diagonal: empty (or 0) cells below it and on the diagonal are filled with reciprocals and 1. Rounded fractions such as 0.333 are read as 1/3. A matrix CSV file ({MATRIX_FILE}: criterion names as header, one row per criterion; fractions like 1/3 allowed) takes precedence over {MATRIX_TABLE}; several experts' files ({EXPERT_FILES}) are combined by the element-wise geometric mean and take precedence over both.&lt;br&gt;&lt;br&gt;Weights are the normalised principal eigenvector; the geometric-mean weights are reported for comparison. Consistency: CI = (lambda_max - n)/(n - 1), CR = CI/RI with Saaty's random index (resources/data/ahp_random_index.csv, n = 1 to 15). CR below 0.10 is acceptable; otherwise a warning names the judgement that departs most from the ratio the weights imply (|log a(i, j) - log(w(i)/w(j))|), the first one to revise.&lt;br&gt;&lt;br&gt;The {WEIGHTS} output is the weights in criteria order as a comma-separated string, ready for the WEIGHTS parameter of the weighted overlay in models.</source>
      <translation>Pesos de los criterios para la superposición de prioridad de restauración a partir de una matriz de comparación por pares (proceso analítico jerárquico (AHP), Saaty).&lt;br&gt;&lt;br&gt;Cada juicio a(i, j) indica cuánto más importante es el criterio de la fila que el de la columna en la escala de Saaty 1/9 ... 1 ... 9 (1 igual importancia, 3 importancia moderada, 5 importancia fuerte, 7 importancia muy fuerte, 9 importancia extrema). Rellene las celdas por encima de la diagonal: las celdas vacías (o 0) por debajo de ella y en la diagonal se rellenan con los recíprocos y con 1. Las fracciones redondeadas como 0.333 se leen como 1/3. Un archivo CSV de matriz ({MATRIX_FILE}: nombres de los criterios como encabezado, una fila por criterio; se admiten fracciones como 1/3) tiene prioridad sobre {MATRIX_TABLE}; los archivos de varios expertos ({EXPERT_FILES}) se combinan mediante la media geométrica elemento a elemento y tienen prioridad sobre ambos.&lt;br&gt;&lt;br&gt;Los pesos son el vector propio principal normalizado; los pesos de la media geométrica se indican para comparar. Consistencia: CI = (lambda_max - n)/(n - 1), CR = CI/RI con el índice aleatorio de Saaty (resources/data/ahp_random_index.csv, n = 1 a 15). Una CR inferior a 0,10 es aceptable; en caso contrario, una advertencia indica el juicio que más se aleja de la razón implícita en los pesos (|log a(i, j) - log(w(i)/w(j))|), el primero que conviene revisar.&lt;br&gt;&lt;br&gt;La salida {WEIGHTS} son los pesos en el orden de los criterios como cadena separada por comas, lista para el parámetro WEIGHTS de la superposición ponderada en modelos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="173" />
      <source>Criterion {number}</source>
      <translation>Criterio {number}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Cropland</source>
      <translation>Tierras de cultivo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="82" />
      <source>Cross-class factor K</source>
      <translation>Factor de clases cruzadas K</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="61" />
      <source>Cross-class map</source>
      <translation>Mapa de clases cruzadas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="64" />
      <source>Cross-tabulation</source>
      <translation>Tabulación cruzada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="68" />
      <source>Cross-tabulation file (CSV or XLSX)</source>
      <translation>Archivo de tabulación cruzada (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="30" />
      <source>Crosses the actual land use (e.g. the UNCCD land cover) with land-use capability classes through a compatibility table. For each pair (land-use code, capability class) the table gives a signed number of steps: 0 proper use, k &amp;gt; 0 overuse by k steps (a use more intensive than the land supports: a degradation driver and a restoration priority), k &amp;lt; 0 underuse by |k| steps.&lt;br&gt;&lt;br&gt;The output holds the category: 1 proper use, 2 overuse, 3 underuse (Int16, nodata -32768 where either input has none); the optional steps output holds the signed steps, a graded ROAM criterion. The area table gives the area of each category and of each number of steps, overall and per zone.&lt;br&gt;&lt;br&gt;Without a table, resources/data/land_use_capability_compatibility.csv is used (UNCCD classes x capability classes 1-8): cropland proper on classes 1-4 and overuse by (class - 4) steps on 5-8; grassland proper on 3-7, overuse on 8, underuse on 1-2; tree cover, wetland, artificial, other land and water proper everywhere. A pair found in the rasters but missing from the table stops the run with the list of missing pairs; nothing is written.</source>
      <translation>Cruza el uso actual de la tierra (p. ej., la cobertura del suelo CNULD) con las clases de capacidad de uso de la tierra mediante una tabla de compatibilidad. Para cada par (código de uso de la tierra, clase de capacidad) la tabla da un número de pasos con signo: 0 uso adecuado, k &amp;gt; 0 sobreuso de k pasos (un uso más intensivo de lo que la tierra soporta: un factor de degradación y una prioridad de restauración), k &amp;lt; 0 subuso de |k| pasos.&lt;br&gt;&lt;br&gt;La salida contiene la categoría: 1 uso adecuado, 2 sobreuso, 3 subuso (Int16, sin datos -32768 donde alguna de las entradas no tiene datos); la salida opcional de pasos contiene los pasos con signo, un criterio ROAM graduado. La tabla de áreas da el área de cada categoría y de cada número de pasos, en total y por zona.&lt;br&gt;&lt;br&gt;Sin tabla, se usa resources/data/land_use_capability_compatibility.csv (clases CNULD x clases de capacidad 1-8): tierras de cultivo con uso adecuado en las clases 1-4 y sobreuso de (clase - 4) pasos en las 5-8; pastizales con uso adecuado en las 3-7, sobreuso en la 8 y subuso en las 1-2; cubierta arbórea, humedales, artificial, otras tierras y agua con uso adecuado en todas. Un par presente en los rásteres pero ausente de la tabla detiene la ejecución con la lista de pares que faltan; no se escribe nada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="64" />
      <source>Custom reclassification CSV</source>
      <translation>CSV de reclasificación personalizado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="59" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="57" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="88" />
      <source>Custom reclassification table</source>
      <translation>Tabla de reclasificación personalizada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="93" />
      <source>Custom reclassification table (CSV)</source>
      <translation>Tabla de reclasificación personalizada (CSV)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="19" />
      <source>Data</source>
      <translation>Datos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="92" />
      <source>Data sources</source>
      <translation>Fuentes de datos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="93" />
      <source>Data sources, one per line or separated by ';'; the first one is the source line of the maps.</source>
      <translation>Fuentes de datos, una por línea o separadas por ';'; la primera es la línea de fuente de los mapas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="218" />
      <source>Data sources:</source>
      <translation>Fuentes de datos:</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="97" />
      <source>Date shown in the report and stored in the PDF (YYYY-MM-DD). Empty: today.</source>
      <translation>Fecha mostrada en el informe y guardada en el PDF (AAAA-MM-DD). Vacío: hoy.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="55" />
      <source>Decile class change</source>
      <translation>Cambio de clase de decil</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Declining</source>
      <translation>En declive</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="55" />
      <source>Declining against controls</source>
      <translation>En declive respecto a los controles</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="17" />
      <source>Declining area (ha)</source>
      <translation>Área en declive (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="17" />
      <source>Declining pixels</source>
      <translation>Píxeles en declive</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="90" />
      <source>Default: a pixel missing in any criterion is nodata. Otherwise the weighted mean is taken over the criteria present at the pixel (weights renormalised over them), and the pixel is nodata only when no criterion with a weight is present.</source>
      <translation>Por defecto: un píxel que falta en cualquier criterio queda sin datos. Si no, la media ponderada se calcula sobre los criterios presentes en el píxel (con los pesos renormalizados entre ellos), y el píxel solo queda sin datos cuando no hay ningún criterio con peso presente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="20" />
      <source>Degradation</source>
      <translation>Degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="42" />
      <source>Degradation layer</source>
      <translation>Capa de degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="107" />
      <source>Degradation severity</source>
      <translation>Severidad de la degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="44" />
      <source>Degradation severity (national criteria)</source>
      <translation>Severidad de la degradación (criterios nacionales)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="18" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="36" />
      <source>Degradation status</source>
      <translation>Estado de la degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="15" />
      <source>Degradation status (baseline vs reporting period)</source>
      <translation>Estado de la degradación (referencia frente a periodo de informe)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="16" />
      <source>Degradation status against the baseline</source>
      <translation>Estado de la degradación respecto a la referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="55" />
      <source>Degradation status areas</source>
      <translation>Áreas de estado de la degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="72" />
      <source>Degradation status map</source>
      <translation>Mapa del estado de la degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="53" />
      <source>Degradation threshold (ratio)</source>
      <translation>Umbral de degradación (ratio)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <source>Degraded</source>
      <translation>Degradado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="146" />
      <source>Degraded (%)</source>
      <translation>Degradado (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="61" />
      <source>Degraded (-1) / stable (0) / improved (1) map of the reporting period (sdg1531).</source>
      <translation>Mapa degradado (-1) / estable (0) / mejorado (1) del período de informe (sdg1531).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="146" />
      <source>Degraded (ha)</source>
      <translation>Degradado (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="174" />
      <source>Degraded against the baseline (ha)</source>
      <translation>Degradado frente a la referencia (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="66" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="66" />
      <source>Degraded area (ha)</source>
      <translation>Área degradada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="124" />
      <source>Degraded area estimated from a stratified random sample with reference labels (stratified estimator, Olofsson et al. 2014): {estimate} ha {pm} {ci} ha, 95 % confidence interval {lower} to {upper} ha, {share} % of the land (95 % CI {share_lower} to {share_upper} %). The mapped (pixel-counted) area is {mapped} ha.</source>
      <translation>Superficie degradada estimada a partir de una muestra aleatoria estratificada con etiquetas de referencia (estimador estratificado, Olofsson et al. 2014): {estimate} ha {pm} {ci} ha, intervalo de confianza del 95 % de {lower} a {upper} ha, {share} % de la tierra (IC 95 % de {share_lower} a {share_upper} %). La superficie cartografiada (contada por píxeles) es {mapped} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="112" />
      <source>Degraded area of the whole region in {SDG_SUMMARY}.</source>
      <translation>Superficie degradada de toda la región en {SDG_SUMMARY}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="120" />
      <source>Degraded area, categories 1 and above (ha)</source>
      <translation>Área degradada, categorías 1 y superiores (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="147" />
      <location filename="../t2_monitor_plugin/core/report.py" line="106" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="61" />
      <source>Degraded baseline (ha)</source>
      <translation>Referencia degradada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="133" />
      <source>Degraded baseline raster</source>
      <translation>Ráster de la referencia degradada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="168" />
      <source>Degraded baseline: {mapped:.2f} ha mapped, {est:.2f} ± {ci:.2f} ha estimated from the sample (95 % interval); {pct} % of the estimated baseline is under restoration.</source>
      <translation>Referencia degradada: {mapped:.2f} ha cartografiadas, {est:.2f} ± {ci:.2f} ha estimadas a partir de la muestra (intervalo del 95 %); el {pct} % de la referencia estimada está en restauración.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="110" />
      <source>Degraded by performance: {degraded:.1f} ha of {rated:.1f} ha rated.</source>
      <translation>Degradado por desempeño: {degraded:.1f} ha de {rated:.1f} ha evaluadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="137" />
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="45" />
      <source>Degraded codes</source>
      <translation>Códigos degradados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="111" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="94" />
      <source>Degraded land (ha)</source>
      <translation>Tierra degradada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="119" />
      <source>Degraded land by ecosystem type</source>
      <translation>Tierra degradada por tipo de ecosistema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="39" />
      <source>Degraded land follows SDG indicator 15.3.1 (UNCCD Good Practice Guidance): the land cover, land productivity and soil organic carbon sub-indicators are combined with the 'one out, all out' rule; the proportion of degraded land is the degraded area divided by the total land area (also GBF indicator 2.CT.1).</source>
      <translation>La tierra degradada sigue el indicador ODS 15.3.1 (Guía de Buenas Prácticas de la CNULD): los subindicadores de cobertura del suelo, productividad de la tierra y carbono orgánico del suelo se combinan con la regla 'uno fuera, todos fuera'; la proporción de tierra degradada es la superficie degradada dividida por la superficie total de tierra (también el indicador 2.CT.1 del MMB).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="93" />
      <source>Degraded land over total land area (0-1); empty when there is no land.</source>
      <translation>Tierras degradadas respecto a la superficie total de tierra (0-1); vacío cuando no hay tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="140" />
      <source>Degraded land polygons</source>
      <translation>Polígonos de tierras degradadas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="104" />
      <source>Degraded land, SDG 15.3.1 (ha)</source>
      <translation>Tierra degradada, ODS 15.3.1 (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="99" />
      <source>Degraded land, sample-based estimate (ha)</source>
      <translation>Tierra degradada, estimación por muestreo (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="68" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="66" />
      <source>Degraded pixels</source>
      <translation>Píxeles degradados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="191" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="161" />
      <source>Degraded {degraded:.2f} ha, stable {stable:.2f} ha, improved {improved:.2f} ha.</source>
      <translation>Degradado {degraded:.2f} ha, estable {stable:.2f} ha, mejorado {improved:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="105" />
      <source>Degraded, stable, improved and net area per zone, comparison and land type.</source>
      <translation>Área degradada, estable, mejorada y neta por zona, comparación y tipo de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="258" />
      <source>Degraded: SDG 15.3.1 of the reporting period. Degraded baseline, under restoration and remaining: GBF 2.1 in {year}, target {target} %.</source>
      <translation>Degradado: ODS 15.3.1 del período de informe. Referencia degradada, en restauración y restante: MMB 2.1 en {year}, meta {target} %.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="135" />
      <source>Degraded: {degraded:.1f} ha of {land:.1f} ha of land ({share:.2f} %).</source>
      <translation>Degradado: {degraded:.1f} ha de {land:.1f} ha de tierra ({share:.2f} %).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/build.py" line="131" />
      <source>Deprecated since 0.2.0: use {key}.</source>
      <translation>Obsoleto desde la versión 0.2.0: use {key}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="94" />
      <source>Dissolved areas under restoration</source>
      <translation>Áreas en restauración disueltas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="96" />
      <source>Double-click a name to rename it.</source>
      <translation>Haga doble clic en un nombre para cambiarlo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="83" />
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="85" />
      <source>E-mail address of that person (name@domain)</source>
      <translation>Dirección de correo electrónico de esa persona (nombre@dominio)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="56" />
      <source>ESA CCI land cover (built-in preset)</source>
      <translation>Cobertura del suelo ESA CCI (preajuste integrado)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="114" />
      <source>Ecosystem field</source>
      <translation>Campo de ecosistema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="105" />
      <source>Ecosystem of each raster value</source>
      <translation>Ecosistema de cada valor del ráster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="214" />
      <source>Ecosystem restoration under Target 2 of the Kunming-Montreal Global Biodiversity Framework</source>
      <translation>Restauración de ecosistemas en el marco de la Meta 2 del Marco Mundial de Biodiversidad de Kunming-Montreal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="110" />
      <source>Ecosystem types (polygons)</source>
      <translation>Tipos de ecosistema (polígonos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="102" />
      <source>Ecosystem types (raster)</source>
      <translation>Tipos de ecosistemas (ráster)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="110" />
      <source>Ecosystems (GET biomes): field</source>
      <translation>Ecosistemas (biomas GET): campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="120" />
      <source>Ecosystems (GET biomes): fixed value</source>
      <translation>Ecosistemas (biomas GET): valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="114" />
      <source>Ecosystems (GET biomes): fixed value as text</source>
      <translation>Ecosistemas (biomas GET): valor fijo como texto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="101" />
      <source>Effectiveness table file (CSV or XLSX)</source>
      <translation>Archivo de la tabla de eficacia (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="128" />
      <source>Empty: the map classes of the points, e.g. -1:Degraded, 0:Stable</source>
      <translation>Vacío: las clases del mapa de los puntos, p. ej., -1:Degraded, 0:Stable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="56" />
      <source>End year field</source>
      <translation>Campo de año de finalización</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Equal interval</source>
      <translation>Intervalos iguales</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="24" />
      <source>Equal interval (exact min-max), quantile (equal areas of pixels), natural breaks (Jenks, on a seeded pixel sample) or manual breaks.</source>
      <translation>Intervalos iguales (mínimo-máximo exacto), cuantiles (áreas iguales de píxeles), cortes naturales (Jenks, sobre una muestra de píxeles con semilla) o cortes manuales.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="73" />
      <source>Equal per stratum</source>
      <translation>Igual por estrato</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="80" />
      <source>Error matrix (area proportions)</source>
      <translation>Matriz de error (proporciones de área)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="83" />
      <source>Error matrix file (CSV or XLSX)</source>
      <translation>Archivo de matriz de error (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="59" />
      <source>Error recode polygons</source>
      <translation>Polígonos de recodificación de errores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="89" />
      <source>Error recode report</source>
      <translation>Informe de recodificación de errores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="91" />
      <source>Error recode report file (CSV or XLSX)</source>
      <translation>Archivo del informe de recodificación de errores (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="156" />
      <source>Estimated area (95 % interval)</source>
      <translation>Área estimada (intervalo del 95 %)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="89" />
      <source>Estimated area of the reported class (ha)</source>
      <translation>Área estimada de la clase informada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="32" />
      <source>Estimated degraded area (accuracy assessment table)</source>
      <translation>Área degradada estimada (tabla de evaluación de la exactitud)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="38" />
      <source>Estimated degraded area (ha)</source>
      <translation>Área degradada estimada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="111" />
      <source>Estimated degraded baseline (ha)</source>
      <translation>Referencia degradada estimada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="79" />
      <source>Estimates file (CSV or XLSX)</source>
      <translation>Archivo de estimaciones (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="94" />
      <source>Estimator</source>
      <translation>Estimador</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="274" />
      <source>Every point is labelled.</source>
      <translation>Todos los puntos están etiquetados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="92" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="65" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>Excluded</source>
      <translation>Excluido</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="118" />
      <source>Excluded area (ha)</source>
      <translation>Área excluida (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="43" />
      <source>Exclusion polygons</source>
      <translation>Polígonos de exclusión</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="40" />
      <source>Exclusion rasters</source>
      <translation>Rásteres de exclusión</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="64" />
      <source>Expected user's accuracy of other strata</source>
      <translation>Exactitud del usuario esperada de los demás estratos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="65" />
      <source>Expected user's accuracy of the strata not listed in {EXPECTED_UA} (default 0.85).</source>
      <translation>Exactitud del usuario esperada de los estratos no indicados en {EXPECTED_UA} (por defecto 0.85).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="60" />
      <source>Expected user's accuracy per stratum</source>
      <translation>Exactitud del usuario esperada por estrato</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="110" />
      <source>Expert files given: the matrix and the matrix file are not used.</source>
      <translation>Se indicaron archivos de expertos: no se usan la matriz ni el archivo de matriz.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="52" />
      <source>Expert matrix CSV files (group)</source>
      <translation>Archivos CSV de matrices de expertos (grupo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="17" />
      <source>Export UNCCD PRAIS tables (SO1)</source>
      <translation>Exportar tablas PRAIS de la CNULD (SO1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="109" />
      <source>Export and publish</source>
      <translation>Exportar y publicar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/base.py" line="8" />
      <source>Export and reporting</source>
      <translation>Exportación e informes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="196" />
      <source>Export files</source>
      <translation>Archivos de exportación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="67" />
      <source>Export restoration sites to FERM</source>
      <translation>Exportar sitios de restauración a FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="37" />
      <source>Export to CBD ORT (indicator 2.1)</source>
      <translation>Exportar a ORT del CBD (indicador 2.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="103" />
      <source>Export to FERM</source>
      <translation>Exportar a FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="168" />
      <source>Exporting to FERM files…</source>
      <translation>Exportando a archivos de FERM…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="79" />
      <source>External LPD map</source>
      <translation>Mapa LPD externo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="356" />
      <source>FERM</source>
      <translation>FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="42" />
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="49" />
      <source>FERM API key</source>
      <translation>Clave de API de FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="217" />
      <source>FERM API payload</source>
      <translation>Carga útil para la API de FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="39" />
      <source>FERM API payload or FERM polygon export (GeoJSON FeatureCollection, EPSG:4326).</source>
      <translation>Carga útil para la API de FERM o exportación de polígonos de FERM (GeoJSON FeatureCollection, EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="38" />
      <source>FERM GeoJSON file</source>
      <translation>Archivo GeoJSON de FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="235" />
      <source>FERM area (ha)</source>
      <translation>Área FERM (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="57" />
      <source>FERM export: {error}</source>
      <translation>Exportación a FERM: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="139" />
      <source>FERM field</source>
      <translation>Campo de FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="197" />
      <source>FERM institution id of the reporting institution.</source>
      <translation>Identificador FERM de la institución que informa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="187" />
      <source>FERM project object as JSON (keys institutionId, title, startingYear, restorationTypes, pointsOfContact, organizations, countries), or a payload whose 'properties' hold it. The parameters below override its keys when given.</source>
      <translation>Objeto de proyecto de FERM en JSON (claves institutionId, title, startingYear, restorationTypes, pointsOfContact, organizations, countries), o una carga útil cuyas 'properties' lo contengan. Los parámetros siguientes sustituyen sus claves cuando se indican.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="62" />
      <source>FERM restoration status: code (1 In preparation, 2 In progress, 3 Post-completion monitoring) or label in English, Spanish, French or Portuguese. Empty: every site with a start year counts.</source>
      <translation>Estado de restauración FERM: código (1 En preparación, 2 En progreso, 3 Monitoreo posterior a la finalización) o etiqueta en inglés, español, francés o portugués. Vacío: cuenta todo sitio con año de inicio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="45" />
      <source>FERM sites</source>
      <translation>Sitios FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="221" />
      <source>FERM upload package</source>
      <translation>Paquete de carga para FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="26" />
      <source>FERM,FAO,restoration,registry,GeoJSON,import,vocabulary,labels</source>
      <translation>FERM,FAO,restauración,registro,GeoJSON,importar,vocabulario,etiquetas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="68" />
      <source>FERM,FAO,restoration,registry,GeoJSON,shapefile,KML,GEF,upload,export,validation</source>
      <translation>FERM,FAO,restauración,registro,GeoJSON,shapefile,KML,GEF,carga,exportar,validación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="184" />
      <source>Feature {fid} of {layer} has '{value}' in {field}; use -1, 0, 1 or degraded, stable, improved.</source>
      <translation>La entidad {fid} de {layer} tiene '{value}' en {field}; use -1, 0, 1 o degraded, stable, improved.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="233" />
      <source>Features in error</source>
      <translation>Entidades con errores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="234" />
      <source>Features with warnings</source>
      <translation>Entidades con advertencias</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="77" />
      <source>Field explaining each correction; copied to the recode report.</source>
      <translation>Campo que explica cada corrección; se copia al informe de recodificación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="63" />
      <source>Field giving what degraded pixels become (-1, 0, 1, or degraded/stable/improved; empty keeps them).</source>
      <translation>Campo que indica en qué se convierten los píxeles degradados (-1, 0, 1, o degraded/stable/improved; vacío los mantiene).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="70" />
      <source>Field giving what improved pixels become (empty keeps them).</source>
      <translation>Campo que indica en qué se convierten los píxeles mejorados (vacío los mantiene).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="67" />
      <source>Field giving what stable pixels become (empty keeps them).</source>
      <translation>Campo que indica en qué se convierten los píxeles estables (vacío los mantiene).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="125" />
      <source>Field holding the FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Empty: use {ACTIVITIES_CODES}. Values are checked against the FERM vocabulary: codes outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Campo con los códigos de actividad de FERM, separados por comas (actividades finales 1-50, p. ej., 4,6,24). Vacío: se usa {ACTIVITIES_CODES}. Los valores se comprueban con el vocabulario de FERM: los códigos que no figuran en él son errores en la tabla de validación, que indican el código y el campo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="139" />
      <source>Field holding the FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Empty: use {RESTORATION_TYPE_CODE}. Values are checked against the FERM vocabulary: codes or labels outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Campo con el tipo de restauración de FERM: 1 Restauración ecológica, 2 Rehabilitación (código o etiqueta). Vacío: se usa {RESTORATION_TYPE_CODE}. Los valores se comprueban con el vocabulario de FERM: los códigos o etiquetas que no figuran en él son errores en la tabla de validación, que indican el código y el campo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="154" />
      <source>Field holding the FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Empty: use {TENURE_CODE}. Values are checked against the FERM vocabulary: codes or labels outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Campo con el código de régimen de tenencia de FERM 1-7 (1 Comunal, 2 Gubernamental, 3 ITT, 4 Propiedad conjunta, 5 Privada, 6 Otro, 7 No se sabe) o su etiqueta. Vacío: se usa {TENURE_CODE}. Los valores se comprueban con el vocabulario de FERM: los códigos o etiquetas que no figuran en él son errores en la tabla de validación, que indican el código y el campo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="111" />
      <source>Field holding the IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Empty: use {ECOSYSTEMS_CODES}. Values are checked against the FERM vocabulary: codes outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Campo con los códigos de bioma de la Tipología Global de Ecosistemas de la UICN, separados por comas (p. ej., T1,TF1). Vacío: se usa {ECOSYSTEMS_CODES}. Los valores se comprueban con el vocabulario de FERM: los códigos que no figuran en él son errores en la tabla de validación, que indican el código y el campo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="175" />
      <source>Field holding the administrative level 1 (e.g. region). Empty: use {ADMIN1_VALUE}.</source>
      <translation>Campo con el nivel administrativo 1 (p. ej., región). Vacío: se usa {ADMIN1_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="181" />
      <source>Field holding the administrative level 2 (e.g. province). Empty: use {ADMIN2_VALUE}.</source>
      <translation>Campo con el nivel administrativo 2 (p. ej., provincia). Vacío: se usa {ADMIN2_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="169" />
      <source>Field holding the country (administrative level 0). Empty: use {ADMIN0_VALUE}.</source>
      <translation>Campo con el país (nivel administrativo 0). Vacío: se usa {ADMIN0_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="98" />
      <source>Field holding the site id (FERM siteId; GEF ID_CODE). Empty: use {SITE_ID_VALUE}.</source>
      <translation>Campo con el id. del sitio (siteId de FERM; ID_CODE del GEF). Vacío: se usa {SITE_ID_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="91" />
      <source>Field holding the site name (FERM siteName; text, non-ASCII kept). Empty: use {SITE_NAME_VALUE}.</source>
      <translation>Campo con el nombre del sitio (siteName de FERM; texto, se conservan los caracteres no ASCII). Vacío: se usa {SITE_NAME_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="104" />
      <source>Field holding the year restoration started (a year, a date or text such as 2014/05/01). Empty: use {START_YEAR_VALUE}.</source>
      <translation>Campo con el año de inicio de la restauración (un año, una fecha o un texto como 2014/05/01). Vacío: se usa {START_YEAR_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="73" />
      <source>Field listing the periods a polygon applies to, separated by commas (e.g. baseline, report_1); empty: all periods.</source>
      <translation>Campo con los periodos a los que se aplica un polígono, separados por comas (p. ej., baseline, report_1); vacío: todos los periodos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="91" />
      <source>Field naming each land unit; polygons sharing a value form one unit. Empty: each feature is a unit.</source>
      <translation>Campo que da nombre a cada unidad de tierra; los polígonos que comparten un valor forman una unidad. Vacío: cada entidad es una unidad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="49" />
      <source>Field naming each site in the validation table. Empty: sites are named by feature id.</source>
      <translation>Campo que da nombre a cada sitio en la tabla de validación. Vacío: los sitios se nombran por su identificador de entidad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="82" />
      <source>Field naming each zone as in the tables (atlas pages). Empty: feature ids.</source>
      <translation>Campo que nombra cada zona como en las tablas (páginas del atlas). Vacío: identificadores de entidad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="52" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: each feature is a zone named by its feature id.</source>
      <translation>Campo que da nombre a cada zona; las entidades que comparten un valor forman una zona. Vacío: cada entidad es una zona nombrada por su identificador.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="36" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: feature ids.</source>
      <translation>Campo que da nombre a cada zona; las entidades que comparten un valor forman una zona. Vacío: identificadores de entidad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="40" />
      <source>Field of the land unit polygons holding the whole-number land unit id.</source>
      <translation>Campo de los polígonos de unidades de tierra que contiene el identificador entero de la unidad de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="62" />
      <source>Field with a descriptive name copied to the output (e.g. site_name).</source>
      <translation>Campo con un nombre descriptivo que se copia a la salida (p. ej., site_name).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="115" />
      <source>Field with the IUCN GET code or name of each polygon's ecosystem. Empty: feature ids (written under 'Other').</source>
      <translation>Campo con el código o el nombre de la GET de la UICN del ecosistema de cada polígono. Vacío: identificadores de entidad (escritos en 'Other').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="77" />
      <source>Field with the restoration activities (codes or names, several separated by commas) to disaggregate by.</source>
      <translation>Campo con las actividades de restauración (códigos o nombres, varios separados por comas) por las que desagregar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="81" />
      <source>Field with the restoration type (e.g. FERM 1 Ecological restoration, 2 Rehabilitation) to disaggregate by.</source>
      <translation>Campo con el tipo de restauración (p. ej., FERM 1 Restauración ecológica, 2 Rehabilitación) por el que desagregar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="62" />
      <source>Field: new value of degraded pixels</source>
      <translation>Campo: nuevo valor de los píxeles degradados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="69" />
      <source>Field: new value of improved pixels</source>
      <translation>Campo: nuevo valor de los píxeles mejorados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="66" />
      <source>Field: new value of stable pixels</source>
      <translation>Campo: nuevo valor de los píxeles estables</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="72" />
      <source>Field: periods affected</source>
      <translation>Campo: periodos afectados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="76" />
      <source>Field: reason</source>
      <translation>Campo: motivo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="255" />
      <source>Figures per zone</source>
      <translation>Cifras por zona</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="230" />
      <source>Filled automatically: the reciprocal of the judgement above the diagonal.</source>
      <translation>Se rellena automáticamente: el recíproco del juicio situado por encima de la diagonal.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="52" />
      <source>Final SOC</source>
      <translation>COS final</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="123" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="58" />
      <source>Final land cover</source>
      <translation>Cobertura del suelo final</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="49" />
      <source>Final map</source>
      <translation>Mapa final</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="56" />
      <source>Final-year land cover in UNCCD classes; its water bodies (class 7) are left out of the land area.</source>
      <translation>Cobertura del suelo del año final en clases CNULD; sus masas de agua (clase 7) quedan fuera de la superficie de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="48" />
      <source>First categorical map (band 1, whole-number class codes); its grid is the reference.</source>
      <translation>Primer mapa categórico (banda 1, códigos de clase enteros); su cuadrícula es la de referencia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="31" />
      <source>First reporting period against the baseline, whole raster, in hectares (true ellipsoidal area).</source>
      <translation>Primer periodo de informe frente a la referencia, todo el ráster, en hectáreas (área elipsoidal real).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="49" />
      <source>First year</source>
      <translation>Primer año</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="44" />
      <source>First year analysed. Empty: the first year of the series.</source>
      <translation>Primer año analizado. Vacío: el primer año de la serie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="44" />
      <source>First year averaged. Empty: the first year of the series.</source>
      <translation>Primer año promediado. Vacío: el primer año de la serie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="32" />
      <source>First year of the analysis period</source>
      <translation>Primer año del periodo de análisis</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="33" />
      <source>First year of the baseline</source>
      <translation>Primer año de la referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="34" />
      <source>First year of the baseline period. Empty: the first year of the series.</source>
      <translation>Primer año del periodo de referencia. Vacío: el primer año de la serie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="43" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="43" />
      <source>First year of the period</source>
      <translation>Primer año del periodo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="39" />
      <source>First year of the recent period</source>
      <translation>Primer año del periodo reciente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="40" />
      <source>First year of the recent period. Empty: the last 3 years of the series (two years before the recent period's last year).</source>
      <translation>Primer año del periodo reciente. Vacío: los 3 últimos años de la serie (dos años antes del último año del periodo reciente).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="50" />
      <source>First year of the table. Empty: the earliest start year of the counted sites.</source>
      <translation>Primer año de la tabla. Vacío: el año de inicio más temprano de los sitios contados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="33" />
      <source>First year of the trend. Empty: the first year of the series.</source>
      <translation>Primer año de la tendencia. Vacío: el primer año de la serie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="47" />
      <source>Five LPD classes (1-5)</source>
      <translation>Cinco clases LPD (1-5)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="142" />
      <source>Fixed value</source>
      <translation>Valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="129" />
      <source>Fixed value for every site as text: FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Used where {ACTIVITIES_FIELD} is not chosen or is empty. The same as {ACTIVITIES_CODES}, for models and scripts; give one of the two.</source>
      <translation>Valor fijo para todos los sitios como texto: códigos de actividad de FERM, separados por comas (actividades finales 1-50, p. ej., 4,6,24). Se usa cuando no se elige {ACTIVITIES_FIELD} o este está vacío. Equivale a {ACTIVITIES_CODES}, para modelos y scripts; indique solo uno de los dos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="144" />
      <source>Fixed value for every site as text: FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Used where {RESTORATION_TYPE_FIELD} is not chosen or is empty. The same as {RESTORATION_TYPE_CODE}, for models and scripts; give one of the two.</source>
      <translation>Valor fijo para todos los sitios como texto: tipo de restauración de FERM: 1 Restauración ecológica, 2 Rehabilitación (código o etiqueta). Se usa cuando no se elige {RESTORATION_TYPE_FIELD} o este está vacío. Equivale a {RESTORATION_TYPE_CODE}, para modelos y scripts; indique solo uno de los dos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="159" />
      <source>Fixed value for every site as text: FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Used where {TENURE_FIELD} is not chosen or is empty. The same as {TENURE_CODE}, for models and scripts; give one of the two.</source>
      <translation>Valor fijo para todos los sitios como texto: código de régimen de tenencia de FERM 1-7 (1 Comunal, 2 Gubernamental, 3 ITT, 4 Propiedad conjunta, 5 Privada, 6 Otro, 7 No se sabe) o etiqueta. Se usa cuando no se elige {TENURE_FIELD} o este está vacío. Equivale a {TENURE_CODE}, para modelos y scripts; indique solo uno de los dos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="115" />
      <source>Fixed value for every site as text: IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Used where {ECOSYSTEMS_FIELD} is not chosen or is empty. The same as {ECOSYSTEMS_CODES}, for models and scripts; give one of the two.</source>
      <translation>Valor fijo para todos los sitios como texto: códigos de bioma de la Tipología Global de Ecosistemas de la UICN, separados por comas (p. ej., T1,TF1). Se usa cuando no se elige {ECOSYSTEMS_FIELD} o este está vacío. Equivale a {ECOSYSTEMS_CODES}, para modelos y scripts; indique solo uno de los dos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="177" />
      <source>Fixed value for every site: administrative level 1 (e.g. region). Used where {ADMIN1_FIELD} is not chosen or is empty.</source>
      <translation>Valor fijo para todos los sitios: nivel administrativo 1 (p. ej., región). Se usa cuando no se elige {ADMIN1_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="183" />
      <source>Fixed value for every site: administrative level 2 (e.g. province). Used where {ADMIN2_FIELD} is not chosen or is empty.</source>
      <translation>Valor fijo para todos los sitios: nivel administrativo 2 (p. ej., provincia). Se usa cuando no se elige {ADMIN2_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="171" />
      <source>Fixed value for every site: country (administrative level 0). Used where {ADMIN0_FIELD} is not chosen or is empty.</source>
      <translation>Valor fijo para todos los sitios: país (nivel administrativo 0). Se usa cuando no se elige {ADMIN0_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="100" />
      <source>Fixed value for every site: site id (FERM siteId; GEF ID_CODE). Used where {SITE_ID_FIELD} is not chosen or is empty.</source>
      <translation>Valor fijo para todos los sitios: id. del sitio (siteId de FERM; ID_CODE del GEF). Se usa cuando no se elige {SITE_ID_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="94" />
      <source>Fixed value for every site: site name (FERM siteName; text, non-ASCII kept). Used where {SITE_NAME_FIELD} is not chosen or is empty.</source>
      <translation>Valor fijo para todos los sitios: nombre del sitio (siteName de FERM; texto, se conservan los caracteres no ASCII). Se usa cuando no se elige {SITE_NAME_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="107" />
      <source>Fixed value for every site: year restoration started (a year, a date or text such as 2014/05/01). Used where {START_YEAR_FIELD} is not chosen or is empty.</source>
      <translation>Valor fijo para todos los sitios: año de inicio de la restauración (un año, una fecha o un texto como 2014/05/01). Se usa cuando no se elige {START_YEAR_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="70" />
      <source>Float32 score 0..1, nodata -9999.</source>
      <translation>Puntuación Float32 0..1, sin datos -9999.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="43" />
      <source>Float32 share of Monte Carlo runs with the pixel in the top class; -1 excluded; nodata -9999.</source>
      <translation>Proporción Float32 de ejecuciones de Monte Carlo en que el píxel está en la clase superior; -1 excluido; sin datos -9999.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="117" />
      <source>Float32 suitability 0..1; -1 excluded; nodata -9999.</source>
      <translation>Aptitud Float32 0..1; -1 excluido; sin datos -9999.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="87" />
      <source>Footnote</source>
      <translation>Nota al pie</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="40" />
      <source>For a land-cover map: the codes that are forest, separated by commas (e.g. 1 for Tree-covered in the UNCCD classes). Required with a land-cover map.</source>
      <translation>Para un mapa de cobertura del suelo: los códigos que son bosque, separados por comas (p. ej., 1 para Cubierta arbórea en las clases CNULD). Obligatorio con un mapa de cobertura del suelo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="35" />
      <source>For each restoration site, tests whether the annual vegetation index (e.g. NDVI) rises faster after the site's start year than on comparable land nearby.&lt;br&gt;&lt;br&gt;&lt;b&gt;Site pixels&lt;/b&gt;: pixels at least half inside the site polygon. &lt;b&gt;Controls&lt;/b&gt;: pixels within {SEARCH_DISTANCE} of the site, outside every site of the layer (whatever its status) buffered by a gap of {GAP_PIXELS}, in the same land unit ({LAND_UNITS}) and baseline class ({BASELINE}) as the site's pixels (optional rasters). Each (land unit, class) stratum of the site is compared with the controls of the same stratum, weighted by the site's share of pixels in it.&lt;br&gt;&lt;b&gt;Estimate&lt;/b&gt;: difference-in-differences of OLS trends of the yearly mean index: (site slope from the start year on - site slope before) - (control slope after - control slope before), in index units per year. &lt;b&gt;p-value&lt;/b&gt;: from the standard error of that term in the interrupted time-series regression of the site-minus-control series (Student's t, n - 4 degrees of freedom); it is the chance of an effect at least this large if restoration changed nothing and the yearly residuals were independent.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: improving (effect &gt; 0, p &lt;= {ALPHA}), declining (effect &lt; 0, p &lt;= {ALPHA}), no detectable effect yet, too early to tell (fewer than {MIN_YEARS_AFTER} years from the start), not assessable (no start year, excluded status, no pixel or no control, fewer than {MIN_YEARS_BEFORE} years before the start), each with a reason.&lt;br&gt;&lt;br&gt;&lt;b&gt;Limits&lt;/b&gt;: sites are not randomised, so controls only approximate what would have happened; spill-overs and leakage beyond the gap are not seen; a non-linear difference in pre-trends biases the estimate (compare the before slopes); short post periods give wide errors; cloud gaps change which pixels make a year's mean. The end year is not used: the after period runs to the last year of the series.</source>
      <translation>Para cada sitio de restauración, comprueba si el índice de vegetación anual (p. ej., NDVI) aumenta más rápido después del año de inicio del sitio que en tierras comparables cercanas.&lt;br&gt;&lt;br&gt;&lt;b&gt;Píxeles del sitio&lt;/b&gt;: píxeles situados al menos en su mitad dentro del polígono del sitio. &lt;b&gt;Controles&lt;/b&gt;: píxeles dentro de {SEARCH_DISTANCE} del sitio, fuera de todos los sitios de la capa (sea cual sea su estado) ampliados con una separación de {GAP_PIXELS}, en la misma unidad de tierra ({LAND_UNITS}) y clase de referencia ({BASELINE}) que los píxeles del sitio (rásteres opcionales). Cada estrato (unidad de tierra, clase) del sitio se compara con los controles del mismo estrato, ponderado por la proporción de píxeles del sitio que contiene.&lt;br&gt;&lt;b&gt;Estimación&lt;/b&gt;: diferencia en diferencias de las tendencias por mínimos cuadrados ordinarios de la media anual del índice: (pendiente del sitio desde el año de inicio - pendiente del sitio antes) - (pendiente de los controles después - pendiente de los controles antes), en unidades del índice por año. &lt;b&gt;Valor p&lt;/b&gt;: a partir del error estándar de ese término en la regresión de series temporales interrumpidas de la serie sitio menos controles (t de Student, n - 4 grados de libertad); es la probabilidad de un efecto al menos así de grande si la restauración no hubiera cambiado nada y los residuos anuales fueran independientes.&lt;br&gt;&lt;b&gt;Clases&lt;/b&gt;: mejora (efecto &gt; 0, p &lt;= {ALPHA}), declive (efecto &lt; 0, p &lt;= {ALPHA}), aún sin efecto detectable, demasiado pronto para saberlo (menos de {MIN_YEARS_AFTER} años desde el inicio), no evaluable (sin año de inicio, estado excluido, sin píxeles o sin controles, menos de {MIN_YEARS_BEFORE} años antes del inicio), cada una con un motivo.&lt;br&gt;&lt;br&gt;&lt;b&gt;Límites&lt;/b&gt;: los sitios no se asignan al azar, por lo que los controles solo aproximan lo que habría ocurrido; los efectos indirectos y las fugas más allá de la separación no se detectan; una diferencia no lineal en las tendencias previas sesga la estimación (compare las pendientes previas); los periodos posteriores cortos dan errores amplios; los huecos por nubes cambian qué píxeles forman la media de un año. El año de finalización no se usa: el periodo posterior llega hasta el último año de la serie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="53" />
      <source>For land-cover maps: the codes that count as natural vegetation, separated by commas (e.g. 1,2,4 for tree-covered, grassland and wetland in the UNCCD classes). Required with land-cover maps.</source>
      <translation>Para mapas de cobertura del suelo: los códigos que cuentan como vegetación natural, separados por comas (p. ej., 1,2,4 para cubierta arbórea, pastizales y humedales en las clases CNULD). Obligatorio con mapas de cobertura del suelo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="65" />
      <source>For the custom legend: a CSV file with the source code in the first column and the UNCCD class in the second (a header row, further columns and lines starting with # are allowed). Takes precedence over {RECLASS_TABLE}.</source>
      <translation>Para la leyenda personalizada: un archivo CSV con el código de origen en la primera columna y la clase CNULD en la segunda (se admiten una fila de encabezado, columnas adicionales y líneas que empiezan por #). Tiene prioridad sobre {RECLASS_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="60" />
      <source>For the custom legend: one row per land-cover code of your maps, with the UNCCD class (1-7) it belongs to. Used when no {RECLASS_FILE} is given.</source>
      <translation>Para la leyenda personalizada: una fila por cada código de cobertura del suelo de sus mapas, con la clase CNULD (1-7) a la que pertenece. Se usa cuando no se indica {RECLASS_FILE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="59" />
      <source>For tree-cover maps: a pixel is loss when initial - final tree cover is at least this many percentage points (default 10).</source>
      <translation>Para mapas de cubierta arbórea: un píxel es pérdida cuando la cubierta arbórea inicial - final es de al menos este número de puntos porcentuales (por defecto 10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="39" />
      <source>Forest codes</source>
      <translation>Códigos de bosque</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="53" />
      <source>Forest connectivity Pff</source>
      <translation>Conectividad forestal Pff</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="14" />
      <source>Forest fragmentation (Riitters)</source>
      <translation>Fragmentación forestal (Riitters)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="16" />
      <source>Forest fragmentation per pixel after Riitters et al. (2000), from a binary forest map or a land-cover map with the forest codes.&lt;br&gt;&lt;br&gt;Over the square window centred on each pixel: &lt;b&gt;Pf&lt;/b&gt; = forest cells / valid cells; &lt;b&gt;Pff&lt;/b&gt; = among the horizontally or vertically adjacent pairs of cells inside the window with at least one forest cell, the share with both forest. Only cells inside the raster and not nodata count, so near the edge and next to nodata Pf and Pff describe the valid part of the window.&lt;br&gt;&lt;br&gt;Classes of forest pixels: 6 interior (Pf = 1), 1 patch (Pf &lt; 0.4), 2 transitional (0.4 &lt;= Pf &lt; 0.6); for Pf &gt;= 0.6: 3 edge (Pf &lt; Pff), 4 perforated (Pf &gt; Pff), 5 undetermined (Pf = Pff, decided exactly, or no pair with forest because of nodata). Non-forest pixels are 0; nodata stays nodata (255). Pf and Pff can be written as Float32 layers (nodata -9999; Pff is nodata where no pair has a forest cell).&lt;br&gt;&lt;br&gt;Computed with moving-window sums, so a large window costs no more per pixel than a small one.</source>
      <translation>Fragmentación forestal por píxel según Riitters et al. (2000), a partir de un mapa de bosque binario o de un mapa de cobertura del suelo con los códigos de bosque.&lt;br&gt;&lt;br&gt;En la ventana cuadrada centrada en cada píxel: &lt;b&gt;Pf&lt;/b&gt; = celdas de bosque / celdas válidas; &lt;b&gt;Pff&lt;/b&gt; = entre los pares de celdas adyacentes en horizontal o vertical dentro de la ventana con al menos una celda de bosque, la proporción en la que ambas son bosque. Solo cuentan las celdas dentro del ráster y con datos, de modo que cerca del borde y junto a celdas sin datos Pf y Pff describen la parte válida de la ventana.&lt;br&gt;&lt;br&gt;Clases de los píxeles de bosque: 6 interior (Pf = 1), 1 parche (Pf &lt; 0.4), 2 transicional (0.4 &lt;= Pf &lt; 0.6); para Pf &gt;= 0.6: 3 borde (Pf &lt; Pff), 4 perforado (Pf &gt; Pff), 5 indeterminado (Pf = Pff, decidido de forma exacta, o ningún par con bosque a causa de celdas sin datos). Los píxeles que no son bosque valen 0; sin datos sigue siendo sin datos (255). Pf y Pff pueden escribirse como capas Float32 (sin datos -9999; Pff es sin datos donde ningún par tiene una celda de bosque).&lt;br&gt;&lt;br&gt;Se calcula con sumas de ventana móvil, por lo que una ventana grande no cuesta más por píxel que una pequeña.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="29" />
      <source>Forest or land-cover map</source>
      <translation>Mapa de bosque o de cobertura del suelo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="50" />
      <source>Forest share Pf</source>
      <translation>Proporción de bosque Pf</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="47" />
      <source>Fragmentation classes</source>
      <translation>Clases de fragmentación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="29" />
      <source>From a labelled stratified random sample (e.g. drawn by the sample design tool and labelled in QGIS or Collect Earth) and the strata raster it was drawn from: the error matrix in proportions of area, overall, user's and producer's accuracy with 95 % confidence intervals, and the stratified estimate of each class's area with its standard error and 95 % interval (Olofsson et al. 2014, eq. 9-11). Pixel counting is biased whenever the map has errors; the estimated area is the figure to report.&lt;br&gt;&lt;br&gt;When every point's stratum is its map class the estimators of Olofsson et al. (2014) are used; when the strata differ from the map classes (e.g. a buffer stratum around change) the general stratified estimators of Stehman (2014); both agree when strata and map classes coincide. Stratum areas are true (ellipsoidal) areas of the strata raster; intervals are ± 1.96 standard errors, without finite-population correction.&lt;br&gt;&lt;br&gt;The run stops with a message when a stratum has fewer than two labelled points, a label is not in the legend, a point falls outside the map or on nodata, or the points do not belong to this strata raster (their stratum differs from the raster's value, or the stratum pixel counts recorded at the draw differ: a sample of another map version). Points without a reference label are left out with a warning.</source>
      <translation>A partir de una muestra aleatoria estratificada etiquetada (p. ej., extraída con la herramienta de diseño de muestreo y etiquetada en QGIS o en Collect Earth) y del ráster de estratos del que se extrajo: la matriz de error en proporciones de área, la exactitud global, del usuario y del productor con intervalos de confianza del 95 %, y la estimación estratificada del área de cada clase con su error estándar y su intervalo del 95 % (Olofsson et al. 2014, ec. 9-11). El recuento de píxeles está sesgado siempre que el mapa tiene errores; el área estimada es la cifra que se debe informar.&lt;br&gt;&lt;br&gt;Cuando el estrato de cada punto es su clase del mapa se usan los estimadores de Olofsson et al. (2014); cuando los estratos difieren de las clases del mapa (p. ej., un estrato de búfer alrededor del cambio), los estimadores estratificados generales de Stehman (2014); ambos coinciden cuando los estratos y las clases del mapa coinciden. Las áreas de los estratos son áreas reales (elipsoidales) del ráster de estratos; los intervalos son ± 1.96 errores estándar, sin corrección por población finita.&lt;br&gt;&lt;br&gt;La ejecución se detiene con un mensaje cuando un estrato tiene menos de dos puntos etiquetados, una etiqueta no está en la leyenda, un punto cae fuera del mapa o en sin datos, o los puntos no pertenecen a este ráster de estratos (su estrato difiere del valor del ráster, o los recuentos de píxeles por estrato registrados en la extracción difieren: una muestra de otra versión del mapa). Los puntos sin etiqueta de referencia se omiten con una advertencia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="10" />
      <source>Fuzzy linear (control points)</source>
      <translation>Lineal difuso (puntos de control)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="62" />
      <source>Fuzzy linear standardisation of {layer} needs at least two control points in POINTS, e.g. 0:0; 10:1.</source>
      <translation>La estandarización lineal difusa de {layer} necesita al menos dos puntos de control en POINTS, p. ej., 0:0; 10:1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="159" />
      <source>GDAL cannot write raster files with the extension .{ext} ({path}). Use .tif.</source>
      <translation>GDAL no puede escribir archivos ráster con la extensión .{ext} ({path}). Use .tif.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="193" />
      <source>GDAL could not complete the run ({reason}). No output was written.</source>
      <translation>GDAL no pudo completar la ejecución ({reason}). No se escribió ninguna salida.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="224" />
      <source>GEF geospatial template</source>
      <translation>Plantilla geoespacial del GEF</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="81" />
      <source>Gap around sites (pixels)</source>
      <translation>Separación alrededor de los sitios (píxeles)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="11" />
      <source>Gaussian (near a value)</source>
      <translation>Gaussiana (cerca de un valor)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="40" />
      <source>GeoJSON (*.geojson *.json)</source>
      <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="219" />
      <source>GeoJSON (*.geojson)</source>
      <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="218" />
      <source>GeoJSON FeatureCollection to POST to the FERM API (EPSG:4326). Give at least one of the three file outputs.</source>
      <translation>GeoJSON FeatureCollection para enviar por POST a la API de FERM (EPSG:4326). Indique al menos una de las tres salidas de archivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="227" />
      <source>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</source>
      <translation>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="149" />
      <source>Give at least one class code in {parameter} (e.g. -1).</source>
      <translation>Indique al menos un código de clase en {parameter} (p. ej., -1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="104" />
      <source>Give at least one criterion raster.</source>
      <translation>Indique al menos un ráster de criterio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="112" />
      <source>Give at least one degraded code ({parameter}).</source>
      <translation>Indique al menos un código degradado ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="196" />
      <source>Give at least one reporting-period SDG 15.3.1 map.</source>
      <translation>Indique al menos un mapa ODS 15.3.1 de periodo de informe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="37" />
      <source>Give the API address and set the API key first.</source>
      <translation>Indique primero la dirección de la API y defina la clave de API.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="115" />
      <source>Give the codes the degradation layer may hold ({parameter}).</source>
      <translation>Indique los códigos que puede contener la capa de degradación ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="67" />
      <source>Give the criterion weights in WEIGHTS (e.g. 0.637,0.258,0.105) or a WEIGHTS_TABLE.</source>
      <translation>Indique los pesos de los criterios en WEIGHTS (p. ej., 0.637,0.258,0.105) o una WEIGHTS_TABLE.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="161" />
      <source>Give the degraded baseline either as a raster ({raster}) or as polygons ({polygons}), not both and not neither.</source>
      <translation>Indique la referencia degradada como ráster ({raster}) o como polígonos ({polygons}), no ambos ni ninguno.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="94" />
      <source>Give the ecosystem layer either as a raster or as polygons, not both.</source>
      <translation>Indique la capa de ecosistemas como ráster o como polígonos, no ambos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="184" />
      <source>Give the ecosystem types either as a raster ({raster}) or as polygons ({polygons}), not both.</source>
      <translation>Indique los tipos de ecosistema como ráster ({raster}) o como polígonos ({polygons}), no ambos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="76" />
      <source>Give the land units ({parameter}): a raster of unit ids, or polygons with an id field.</source>
      <translation>Indique las unidades de tierra ({parameter}): un ráster de identificadores de unidad o polígonos con un campo de identificador.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="170" />
      <source>Give the land units either as a raster ({raster}) or as polygons ({polygons}), not both.</source>
      <translation>Indique las unidades de tierra como ráster ({raster}) o como polígonos ({polygons}), no ambos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="126" />
      <source>Give the land-cover codes that count as natural vegetation (e.g. 1,2,4).</source>
      <translation>Indique los códigos de cobertura del suelo que cuentan como vegetación natural (p. ej., 1,2,4).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="144" />
      <source>Go to the next unlabelled point after labelling</source>
      <translation>Ir al siguiente punto sin etiquetar después de etiquetar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Grassland</source>
      <translation>Pastizales</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="43" />
      <source>Half width of the 95 % confidence interval of {ESTIMATED_DEGRADED_HA}, in hectares (output ESTIMATED_CI95_HA of Accuracy assessment); required with it.</source>
      <translation>Semiamplitud del intervalo de confianza del 95 % de {ESTIMATED_DEGRADED_HA}, en hectáreas (salida ESTIMATED_CI95_HA de Evaluación de la exactitud); obligatoria con ella.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="239" />
      <source>Headline figures</source>
      <translation>Cifras principales</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="48" />
      <source>Headline indicator 2.1 of the Kunming-Montreal GBF: hectares under restoration in a reporting year, and progress towards Target 2 (share of the degraded baseline under restoration, against 30 % or the national target).&lt;br&gt;&lt;br&gt;&lt;b&gt;Which sites count.&lt;/b&gt; A site counts in the reporting year when its start year is in or before it, it has no end year or ended in or after it, and its status is not excluded (default: FERM 'In preparation'). Every feature is listed in the {VALIDATION} table as ok / warning / error with the reason (no start year, excluded or unknown status, starts later, ended earlier, invalid geometry repaired, empty geometry, outside the baseline).&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt; follow FAO FERM's method: the union of the valid geometries in EPSG:6933 (equal-area), in hectares, so overlapping sites count once. Restoration inside degraded land and the degraded baseline per zone use exact pixel coverage of the polygons on the baseline raster and true pixel areas (or polygon intersections when the baseline is given as polygons).&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows:&lt;/b&gt; the total, each zone of each zone layer plus '(outside)' (the part in none of its zones), and each activity and restoration type (a site with several activities counts for each, so those rows may add up to more than the total; activity and type rows are compared with the whole baseline). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). The {AREAS} layer holds the dissolved area of each row, in the CRS of the sites layer.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimated baseline.&lt;/b&gt; The mapped (pixel-counted) baseline is biased when the map has errors. With the estimated degraded area of an accuracy assessment of the baseline map ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the total, activity and type rows also give estimated_baseline_ha, its 95 % half-interval and percent_of_estimated_baseline = inside_degraded_ha / estimated baseline x 100, beside the mapped columns (zone rows: empty, the estimate is for the whole area).</source>
      <translation>Indicador de cabecera 2.1 del Marco Mundial de Biodiversidad de Kunming-Montreal: hectáreas en restauración en un año de informe y progreso hacia la Meta 2 (proporción de la referencia degradada en restauración, frente al 30 % o la meta nacional).&lt;br&gt;&lt;br&gt;&lt;b&gt;Qué sitios cuentan.&lt;/b&gt; Un sitio cuenta en el año de informe cuando su año de inicio es ese año o anterior, no tiene año de finalización o terminó ese año o después, y su estado no está excluido (por defecto: FERM 'En preparación'). Cada entidad aparece en la tabla {VALIDATION} como ok / advertencia / error con el motivo (sin año de inicio, estado excluido o desconocido, empieza más tarde, terminó antes, geometría no válida reparada, geometría vacía, fuera de la referencia).&lt;br&gt;&lt;br&gt;&lt;b&gt;Las áreas&lt;/b&gt; siguen el método de FERM de la FAO: la unión de las geometrías válidas en EPSG:6933 (de áreas iguales), en hectáreas, de modo que los sitios superpuestos cuentan una sola vez. La restauración dentro de tierras degradadas y la referencia degradada por zona usan la cobertura exacta de los polígonos en píxeles sobre el ráster de referencia y las áreas reales de los píxeles (o intersecciones de polígonos cuando la referencia se da como polígonos).&lt;br&gt;&lt;br&gt;&lt;b&gt;Filas:&lt;/b&gt; el total, cada zona de cada capa de zonas más '(outside)' (la parte que no está en ninguna de sus zonas), y cada actividad y tipo de restauración (un sitio con varias actividades cuenta para cada una, por lo que esas filas pueden sumar más que el total; las filas de actividad y de tipo se comparan con toda la referencia). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). La capa {AREAS} contiene el área disuelta de cada fila, en el SRC de la capa de sitios.&lt;br&gt;&lt;br&gt;&lt;b&gt;Referencia estimada.&lt;/b&gt; La referencia cartografiada (contada por píxeles) está sesgada cuando el mapa tiene errores. Con el área degradada estimada de una evaluación de la exactitud del mapa de referencia ({ESTIMATES_TABLE}, o {ESTIMATED_DEGRADED_HA} y {ESTIMATED_CI95_HA}), las filas del total, de actividad y de tipo también dan estimated_baseline_ha, su semiintervalo del 95 % y percent_of_estimated_baseline = inside_degraded_ha / referencia estimada x 100, junto a las columnas cartografiadas (filas de zona: vacías, la estimación es para toda el área).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="134" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="173" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="244" />
      <source>Hectares</source>
      <translation>Hectáreas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="110" />
      <source>Hectares of degraded land still to bring under restoration to reach {TARGET_PCT}.</source>
      <translation>Hectáreas de tierras degradadas que aún deben ponerse en restauración para alcanzar la {TARGET_PCT}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>High</source>
      <translation>Alta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="46" />
      <source>How criterion values become scores; formulas in the help.</source>
      <translation>Cómo se convierten los valores del criterio en puntuaciones; fórmulas en la ayuda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="44" />
      <source>How the final SOC stock is obtained: from a second SOC map, or from the baseline map and the land-cover transition with stock-change factors.</source>
      <translation>Cómo se obtienen las existencias finales de COS: a partir de un segundo mapa de COS, o a partir del mapa de referencia y la transición de cobertura del suelo con factores de cambio de existencias.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="71" />
      <source>How the points are shared among strata. With a minimum, strata whose proportional share is below {MIN_PER_STRATUM} get that many.</source>
      <translation>Cómo se reparten los puntos entre los estratos. Con un mínimo, los estratos cuya parte proporcional es inferior a {MIN_PER_STRATUM} reciben ese número.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="46" />
      <source>How the productivity layer is coded.</source>
      <translation>Cómo está codificada la capa de productividad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="63" />
      <source>IPCC climate zones</source>
      <translation>Zonas climáticas del IPCC</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="90" />
      <source>ISO 3166-1 alpha-2 code of its country, e.g. PE</source>
      <translation>Código ISO 3166-1 alfa-2 de su país, p. ej., PE</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="82" />
      <source>ISO 3166-1 alpha-2 codes, e.g. PE, EC</source>
      <translation>Códigos ISO 3166-1 alfa-2, p. ej., PE, EC</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="25" />
      <source>Import FERM sites (GeoJSON)</source>
      <translation>Importar sitios de FERM (GeoJSON)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <source>Improved</source>
      <translation>Mejorado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="175" />
      <source>Improved against the baseline (ha)</source>
      <translation>Mejorado frente a la referencia (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="68" />
      <source>Improved area (ha)</source>
      <translation>Área mejorada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="68" />
      <source>Improved pixels</source>
      <translation>Píxeles mejorados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="53" />
      <source>Improving faster than controls</source>
      <translation>Mejora más rápida que los controles</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="14" />
      <source>Increasing</source>
      <translation>En aumento</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="21" />
      <source>Increasing area (ha)</source>
      <translation>Área en aumento (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="21" />
      <source>Increasing pixels</source>
      <translation>Píxeles en aumento</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="96" />
      <source>Increasing score breaks separated by ';' (decimal point). n breaks give n + 1 categories 0..n; a score equal to a break goes to the upper category. Default 0.5; 1.5; 2.5: not degraded, light, moderate, severe on the 0-3 score scale.</source>
      <translation>Cortes de puntuación crecientes separados por ';' (punto decimal). n cortes dan n + 1 categorías 0..n; una puntuación igual a un corte va a la categoría superior. Por defecto 0.5; 1.5; 2.5: no degradado, leve, moderado, severo en la escala de puntuación 0-3.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="240" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="331" />
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="22" />
      <source>Indicators</source>
      <translation>Indicadores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="38" />
      <source>Indicators and methods</source>
      <translation>Indicadores y métodos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="25" />
      <source>Indigenous and traditional territories</source>
      <translation>Territorios indígenas y tradicionales</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="26" />
      <source>Indigenous and traditional territories; the '(outside)' row is the area outside them.</source>
      <translation>Territorios indígenas y tradicionales; la fila '(outside)' es el área fuera de ellos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="49" />
      <source>Initial (baseline) SOC</source>
      <translation>COS inicial (de referencia)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="120" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="55" />
      <source>Initial land cover</source>
      <translation>Cobertura del suelo inicial</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="46" />
      <source>Initial map</source>
      <translation>Mapa inicial</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="69" />
      <source>Input layers</source>
      <translation>Capas de entrada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="32" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="40" />
      <source>Input type</source>
      <translation>Tipo de entrada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="148" />
      <source>Inside degraded (ha)</source>
      <translation>Dentro de lo degradado (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="132" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="174" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="245" />
      <source>Inside degraded land (ha)</source>
      <translation>Dentro de tierras degradadas (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="196" />
      <source>Institution id</source>
      <translation>Id. de institución</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="94" />
      <source>Institution id (required)</source>
      <translation>Id. de institución (obligatorio)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="82" />
      <source>Int16 classes 1..N (0 excluded, nodata -32768).</source>
      <translation>Clases Int16 1..N (0 excluido, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="47" />
      <source>Integrates several national degradation criteria (e.g. loss of vegetation cover, fragmentation, loss of productivity, any continuous index) into degradation severity categories.&lt;br&gt;&lt;br&gt;&lt;b&gt;Scoring.&lt;/b&gt; Each criterion raster (band 1) gets one row in {RULES_TABLE}: &lt;i&gt;criterion&lt;/i&gt; (its 1-based position in the criteria list), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; and &lt;i&gt;weight&lt;/i&gt;. Entries of a rule are separated by ';'. &lt;i&gt;thresholds&lt;/i&gt;: 'OP bound : score' entries with OP &amp;lt; or &amp;lt;= and increasing bounds, ended by '&amp;gt; B' after '&amp;lt;= B', '&amp;gt;= B' after '&amp;lt; B', or 'else : score'; a value takes the score of the first entry it satisfies, e.g. '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt;: 'code : score' pairs, e.g. '-1:3; 0:0; 1:0' or '1:3; 2:2; 3:1; 4:0; 5:0', optionally ended by 'else : score'; a code without a score stops the run, listing every such code of every criterion, before anything is written. &lt;i&gt;preset&lt;/i&gt;: a ready-made rule of resources/data/severity_defaults.json: vegetation_loss (0:0; 1:3), fragmentation (classes of the forest fragmentation tool: 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). Scores use the scale 0 none, 1 light, 2 moderate, 3 severe.&lt;br&gt;&lt;br&gt;&lt;b&gt;Integration.&lt;/b&gt; Score = weighted mean of the criterion scores (weights &gt;= 0, normalised by their sum). By default a pixel missing in any criterion is nodata; with 'available criteria' the mean is taken over the criteria present (weights renormalised over them).&lt;br&gt;&lt;br&gt;&lt;b&gt;Categories.&lt;/b&gt; The score is cut by the increasing breaks: below the first break category 0, a score equal to a break goes to the category above. Defaults: score &amp;lt; 0.5 not degraded (0), &amp;lt; 1.5 light (1), &amp;lt; 2.5 moderate (2), otherwise severe (3): a pixel whose criteria all score s is in category s.&lt;br&gt;&lt;br&gt;Outputs: categories (Int16, nodata -32768, styled), optional score (Float32), and the area of each category in hectares for the whole raster and per zone.</source>
      <translation>Integra varios criterios nacionales de degradación (p. ej., pérdida de cobertura vegetal, fragmentación, pérdida de productividad, cualquier índice continuo) en categorías de severidad de la degradación.&lt;br&gt;&lt;br&gt;&lt;b&gt;Puntuación.&lt;/b&gt; Cada ráster de criterio (banda 1) tiene una fila en {RULES_TABLE}: &lt;i&gt;criterion&lt;/i&gt; (su posición, empezando por 1, en la lista de criterios), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; y &lt;i&gt;weight&lt;/i&gt;. Las entradas de una regla se separan con ';'. &lt;i&gt;thresholds&lt;/i&gt;: entradas 'OP límite : puntuación' con OP &amp;lt; o &amp;lt;= y límites crecientes, terminadas por '&amp;gt; B' después de '&amp;lt;= B', '&amp;gt;= B' después de '&amp;lt; B', o 'else : puntuación'; un valor toma la puntuación de la primera entrada que cumple, p. ej., '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt;: pares 'código : puntuación', p. ej., '-1:3; 0:0; 1:0' o '1:3; 2:2; 3:1; 4:0; 5:0', terminados opcionalmente por 'else : puntuación'; un código sin puntuación detiene la ejecución, enumerando todos esos códigos de todos los criterios, antes de escribir nada. &lt;i&gt;preset&lt;/i&gt;: una regla predefinida de resources/data/severity_defaults.json: vegetation_loss (0:0; 1:3), fragmentation (clases de la herramienta de fragmentación forestal: 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). Las puntuaciones usan la escala 0 ninguna, 1 leve, 2 moderada, 3 severa.&lt;br&gt;&lt;br&gt;&lt;b&gt;Integración.&lt;/b&gt; Puntuación = media ponderada de las puntuaciones de los criterios (pesos &gt;= 0, normalizados por su suma). Por defecto, un píxel que falta en cualquier criterio queda sin datos; con 'criterios disponibles' la media se calcula sobre los criterios presentes (con los pesos renormalizados entre ellos).&lt;br&gt;&lt;br&gt;&lt;b&gt;Categorías.&lt;/b&gt; La puntuación se corta por los cortes crecientes: por debajo del primer corte, categoría 0; una puntuación igual a un corte va a la categoría superior. Por defecto: puntuación &amp;lt; 0.5 no degradado (0), &amp;lt; 1.5 leve (1), &amp;lt; 2.5 moderado (2), si no, severo (3): un píxel cuyos criterios puntúan todos s está en la categoría s.&lt;br&gt;&lt;br&gt;Salidas: categorías (Int16, sin datos -32768, con estilo), puntuación opcional (Float32) y el área de cada categoría en hectáreas para todo el ráster y por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="35" />
      <source>Jenks sample size</source>
      <translation>Tamaño de muestra de Jenks</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="237" />
      <source>Key {key}</source>
      <translation>Clave {key}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="89" />
      <source>Kind of organization: government, NGO, academic... (FERM vocabulary)</source>
      <translation>Tipo de organización: gubernamental, ONG, académica... (vocabulario de FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="70" />
      <source>LDN balance per land type</source>
      <translation>Balance de la NDT por tipo de tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="36" />
      <source>LDN balance per land type (neutrality, counterbalancing)</source>
      <translation>Balance de NDT por tipo de tierra (neutralidad, compensación)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="79" />
      <source>LDN response</source>
      <translation>Respuesta de NDT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="81" />
      <source>LDN response areas</source>
      <translation>Áreas de respuesta de NDT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="83" />
      <source>LDN response areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas de respuesta de NDT (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="23" />
      <source>LDN response hierarchy (Avoid, Reduce, Reverse)</source>
      <translation>Jerarquía de respuesta de la NDT (Evitar, Reducir, Revertir)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="24" />
      <source>LDN,land degradation neutrality,response hierarchy,avoid,reduce,reverse,restoration,ROAM</source>
      <translation>NDT,neutralidad de la degradación de las tierras,jerarquía de respuesta,evitar,reducir,revertir,restauración,ROAM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="37" />
      <source>LDN,neutrality,land degradation neutrality,counterbalancing,like for like,land type,SDG,15.3.1,UNCCD,PRAIS,reporting period,balance,gains,losses</source>
      <translation>NDT,neutralidad,neutralidad de la degradación de las tierras,compensación,igual por igual,tipo de tierra,ODS,15.3.1,CNULD,PRAIS,periodo de informe,balance,ganancias,pérdidas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="91" />
      <source>LPD class (1-5 or nodata)</source>
      <translation>Clase LPD (1-5 o nodata)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="72" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="100" />
      <source>LPD classes 1-5 (Int16, nodata -32768).</source>
      <translation>Clases LPD 1-5 (Int16, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="144" />
      <source>LPD {code} {label}: {pixels} pixel(s), {area} ha.</source>
      <translation>LPD {code} {label}: {pixels} píxel(es), {area} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="35" />
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="94" />
      <source>Label accuracy sample</source>
      <translation>Etiquetar muestra de exactitud</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="41" />
      <source>Label language</source>
      <translation>Idioma de las etiquetas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="93" />
      <source>Labelled points used</source>
      <translation>Puntos etiquetados usados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="46" />
      <source>Labelled sample points</source>
      <translation>Puntos de muestra etiquetados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="146" />
      <source>Land (ha)</source>
      <translation>Tierra (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="39" />
      <source>Land Degradation Neutrality judged like for like (UNCCD scientific conceptual framework, Orr et al. 2017; SDG 15.3.1 Good Practice Guidance): losses are balanced by gains within the same land type, not across the country.&lt;br&gt;&lt;br&gt;Inputs: the SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved) of the baseline and of each reporting period, in order, and the land cover at baseline, reclassified to the 7 UNCCD classes with the same legend settings as the land-cover sub-indicator (a code the legend does not cover stops the run with the list of every such code). A land type is the UNCCD class, or the class combined with a land unit (e.g. soil) from {LAND_UNITS_LAYER}, a raster or polygons (a pixel takes the polygon covering most of it, at least half; other pixels have no land type and are counted as nodata). Only pixels valid in every map and with a land type are counted, the same pixels in every period.&lt;br&gt;&lt;br&gt;Comparisons: &lt;i&gt;map&lt;/i&gt; (each map's own values), &lt;i&gt;vs_baseline&lt;/i&gt; (each period against the baseline) and &lt;i&gt;vs_previous&lt;/i&gt; (each period against the one before; for the first period, the baseline), the last two through the expanded status matrix of the GPG addendum collapsed to degraded (1-3), stable (4) and improved (5-7).&lt;br&gt;&lt;br&gt;{BALANCE}: per zone, comparison and land type the degraded, stable and improved area, the net balance (improved - degraded) in ha and % of the land type, and whether neutrality is met (net &gt;= 0). {COUNTERBALANCE}: losses, gains, the part of the losses offset by gains of the same land type, the remaining deficit and the surplus (never carried to another land type); the total row shows the pooled net balance beside the like-for-like deficit. {PERIOD_STATUS}: one row per period with its status, and a chart ({CHART}). Totals are the sums of the land-type rows, which add up to the valid area; nodata is reported in its own row. {DEFICIT}: one band per period, the land type code where that land type is in deficit against the baseline, 0 where it is not.</source>
      <translation>Neutralidad de la Degradación de las Tierras evaluada de igual por igual (marco conceptual científico de la CNULD, Orr et al. 2017; Guía de Buenas Prácticas del ODS 15.3.1): las pérdidas se compensan con ganancias dentro del mismo tipo de tierra, no en todo el país.&lt;br&gt;&lt;br&gt;Entradas: el mapa ODS 15.3.1 (-1 degradado, 0 estable, +1 mejorado) de la referencia y de cada periodo de informe, en orden, y la cobertura del suelo de la referencia, reclasificada a las 7 clases de la CNULD con los mismos ajustes de leyenda que el subindicador de cobertura del suelo (un código que la leyenda no cubre detiene la ejecución con la lista de todos esos códigos). Un tipo de tierra es la clase de la CNULD, o la clase combinada con una unidad de tierra (p. ej., suelo) de {LAND_UNITS_LAYER}, un ráster o polígonos (un píxel toma el polígono que cubre la mayor parte de él, al menos la mitad; los demás píxeles no tienen tipo de tierra y se cuentan como sin datos). Solo se cuentan los píxeles válidos en todos los mapas y con un tipo de tierra, los mismos píxeles en todos los periodos.&lt;br&gt;&lt;br&gt;Comparaciones: &lt;i&gt;map&lt;/i&gt; (los valores propios de cada mapa), &lt;i&gt;vs_baseline&lt;/i&gt; (cada periodo frente a la referencia) y &lt;i&gt;vs_previous&lt;/i&gt; (cada periodo frente al anterior; para el primer periodo, la referencia), las dos últimas mediante la matriz de estado ampliada del addendum de la Guía de Buenas Prácticas, agrupada en degradado (1-3), estable (4) y mejorado (5-7).&lt;br&gt;&lt;br&gt;{BALANCE}: por zona, comparación y tipo de tierra, el área degradada, estable y mejorada, el balance neto (mejorado - degradado) en ha y en % del tipo de tierra, y si se alcanza la neutralidad (neto &gt;= 0). {COUNTERBALANCE}: pérdidas, ganancias, la parte de las pérdidas compensada por ganancias del mismo tipo de tierra, el déficit restante y el superávit (nunca trasladado a otro tipo de tierra); la fila total muestra el balance neto agregado junto al déficit de igual por igual. {PERIOD_STATUS}: una fila por periodo con su estado, y un gráfico ({CHART}). Los totales son las sumas de las filas de tipos de tierra, que suman el área válida; el área sin datos se indica en su propia fila. {DEFICIT}: una banda por periodo, con el código del tipo de tierra donde ese tipo de tierra está en déficit frente a la referencia, y 0 donde no lo está.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="212" />
      <source>Land Degradation Neutrality per period</source>
      <translation>Neutralidad de la Degradación de las Tierras por periodo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="52" />
      <source>Land Productivity Dynamics in five classes: 1 Declining, 2 Moderate decline, 3 Stressed, 4 Stable, 5 Increasing (Int16, nodata -32768), with an optional three-class view (1-2 to -1, 3-4 to 0, 5 to +1).&lt;br&gt;&lt;br&gt;&lt;b&gt;From the sub-indicators&lt;/b&gt; (UNCCD Good Practice Guidance): start from the trajectory (-1 to 1, 0 to 4, +1 to 5), then, later rules winning: trajectory 0, state 0, performance -1 gives 3; trajectory +1, state -1, performance -1 gives 2; trajectory 0, state -1, performance 0 gives 2; trajectory 0, state -1, performance -1 gives 1. A pixel missing in any layer is nodata. Trajectory and state must hold -1/0/+1 and performance -1/0; other values are listed in an error before anything is written.&lt;br&gt;&lt;br&gt;&lt;b&gt;From an external LPD map&lt;/b&gt; (e.g. JRC, FAO-WOCAT, Trends.Earth): its codes are reclassified with a preset from resources/data/lpd_external_presets.json (sources documented there) or with your own table (code, then class 1-5 or 'nodata'), given in the table parameter or as a CSV file. Codes the table does not cover are all listed in an error and nothing is written.</source>
      <translation>Dinámica de la productividad de la tierra en cinco clases: 1 En declive, 2 Declive moderado, 3 Bajo estrés, 4 Estable, 5 En aumento (Int16, sin datos -32768), con una vista opcional en tres clases (1-2 a -1, 3-4 a 0, 5 a +1).&lt;br&gt;&lt;br&gt;&lt;b&gt;A partir de los subindicadores&lt;/b&gt; (Guía de Buenas Prácticas de la CNULD): se parte de la trayectoria (-1 a 1, 0 a 4, +1 a 5) y luego, prevaleciendo las reglas posteriores: trayectoria 0, estado 0, desempeño -1 da 3; trayectoria +1, estado -1, desempeño -1 da 2; trayectoria 0, estado -1, desempeño 0 da 2; trayectoria 0, estado -1, desempeño -1 da 1. Un píxel que falta en cualquier capa queda sin datos. La trayectoria y el estado deben contener -1/0/+1 y el desempeño -1/0; los demás valores se enumeran en un error antes de escribir nada.&lt;br&gt;&lt;br&gt;&lt;b&gt;A partir de un mapa LPD externo&lt;/b&gt; (p. ej., JRC, FAO-WOCAT, Trends.Earth): sus códigos se reclasifican con un preajuste de resources/data/lpd_external_presets.json (las fuentes están documentadas allí) o con su propia tabla (código y luego clase 1-5 o 'nodata'), indicada en el parámetro de tabla o como archivo CSV. Los códigos que la tabla no cubre se enumeran todos en un error y no se escribe nada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="58" />
      <source>Land cover (UNCCD classes)</source>
      <translation>Cobertura del suelo (clases CNULD)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="50" />
      <source>Land cover (same legend) or tree cover (%) at the end of the period (band 1).</source>
      <translation>Cobertura del suelo (misma leyenda) o cubierta arbórea (%) al final del periodo (banda 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="76" />
      <source>Land cover at baseline</source>
      <translation>Cobertura del suelo en la referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="49" />
      <source>Land cover degradation</source>
      <translation>Degradación de la cobertura del suelo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="55" />
      <source>Land cover for the water mask</source>
      <translation>Cobertura del suelo para la máscara de agua</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="59" />
      <source>Land cover in the 7 UNCCD classes (1 tree-covered ... 7 water body).</source>
      <translation>Cobertura del suelo en las 7 clases CNULD (1 cubierta arbórea ... 7 masa de agua).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="47" />
      <source>Land cover or tree cover (%) at the start of the period (band 1).</source>
      <translation>Cobertura del suelo o cubierta arbórea (%) al inicio del periodo (banda 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="61" />
      <source>Land cover under productive use</source>
      <translation>Cobertura del suelo en uso productivo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="41" />
      <source>Land cover: loss is a change from a natural vegetation code to any other code. Tree cover: loss is a drop of tree cover (0-100 %) of at least {THRESHOLD_PCT_POINTS}.</source>
      <translation>Cobertura del suelo: la pérdida es un cambio de un código de vegetación natural a cualquier otro código. Cubierta arbórea: la pérdida es un descenso de la cubierta arbórea (0-100 %) de al menos {THRESHOLD_PCT_POINTS}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="15" />
      <source>Land degradation (SDG indicator 15.3.1)</source>
      <translation>Degradación de la tierra (indicador ODS 15.3.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="66" />
      <source>Land overuse</source>
      <translation>Sobreuso de la tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="28" />
      <source>Land overuse (use vs capability)</source>
      <translation>Sobreuso de la tierra (uso frente a capacidad)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="71" />
      <source>Land overuse areas</source>
      <translation>Áreas de sobreuso de la tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="73" />
      <source>Land overuse areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas de sobreuso de la tierra (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="42" />
      <source>Land productivity</source>
      <translation>Productividad de la tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="73" />
      <source>Land productivity (-1/0/+1)</source>
      <translation>Productividad de la tierra (-1/0/+1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="101" />
      <source>Land productivity (3 classes)</source>
      <translation>Productividad de la tierra (3 clases)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="28" />
      <source>Land productivity (trajectory, state, performance, LPD)</source>
      <translation>Productividad de la tierra (trayectoria, estado, desempeño, LPD)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="99" />
      <source>Land productivity dynamics</source>
      <translation>Dinámica de la productividad de la tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="71" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="49" />
      <source>Land productivity dynamics (LPD)</source>
      <translation>Dinámica de la productividad de la tierra (LPD)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="113" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="126" />
      <source>Land types in deficit</source>
      <translation>Tipos de tierra en déficit</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="90" />
      <source>Land unit field (polygons)</source>
      <translation>Campo de unidad de tierra (polígonos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="39" />
      <source>Land unit id field (polygons)</source>
      <translation>Campo de identificador de la unidad de tierra (polígonos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="62" />
      <source>Land unit percentiles</source>
      <translation>Percentiles de las unidades de tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="64" />
      <source>Land unit percentiles file (CSV or XLSX)</source>
      <translation>Archivo de percentiles de las unidades de tierra (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="107" />
      <source>Land unit(s) {units} of {layer} have no pixel with a valid index value; they have no percentile.</source>
      <translation>Las unidades de tierra {units} de {layer} no tienen ningún píxel con un valor de índice válido; no tienen percentil.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="64" />
      <source>Land units</source>
      <translation>Unidades de tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="82" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="32" />
      <source>Land units (raster or polygons)</source>
      <translation>Unidades de tierra (ráster o polígonos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="94" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="43" />
      <source>Land units as a raster (models and scripts)</source>
      <translation>Unidades de tierra como ráster (modelos y scripts)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="98" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="47" />
      <source>Land units as polygons (models and scripts)</source>
      <translation>Unidades de tierra como polígonos (modelos y scripts)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="62" />
      <source>Land units were given twice ({keys}): give one land unit layer.</source>
      <translation>Las unidades de tierra se indicaron dos veces ({keys}): indique una sola capa de unidades de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="45" />
      <source>Land use / land cover</source>
      <translation>Uso del suelo / cobertura del suelo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="120" />
      <source>Land, degraded, stable and improved hectares per biome, functional group and other ecosystem type (CSV or XLSX).</source>
      <translation>Hectáreas de tierra, degradadas, estables y mejoradas por bioma, grupo funcional y otro tipo de ecosistema (CSV o XLSX).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="148" />
      <source>Land-cover codes not covered by the reclassification table ({details}). Add every one of them to the table (or set them as the raster's nodata); nothing was written.</source>
      <translation>Códigos de cobertura del suelo no cubiertos por la tabla de reclasificación ({details}). Añádalos todos a la tabla (o defínalos como sin datos del ráster); no se escribió nada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="151" />
      <source>Land-cover codes other than the UNCCD classes 1-7 were found ({details}). Choose the ESA CCI preset or a custom reclassification table for this legend; nothing was written.</source>
      <translation>Se encontraron códigos de cobertura del suelo distintos de las clases CNULD 1-7 ({details}). Elija el preajuste ESA CCI o una tabla de reclasificación personalizada para esta leyenda; no se escribió nada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="139" />
      <source>Land-cover degradation</source>
      <translation>Degradación de la cobertura del suelo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="100" />
      <source>Land-cover degradation (SDG 15.3.1)</source>
      <translation>Degradación de la cobertura del suelo (ODS 15.3.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="49" />
      <source>Land-cover legend</source>
      <translation>Leyenda de cobertura del suelo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="35" />
      <source>Land-cover map + forest codes</source>
      <translation>Mapa de cobertura del suelo + códigos de bosque</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="124" />
      <source>Land-cover map at the end of the period, same legend as the initial map.</source>
      <translation>Mapa de cobertura del suelo al final del periodo, con la misma leyenda que el mapa inicial.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="121" />
      <source>Land-cover map at the start of the period (band 1, whole-number class codes).</source>
      <translation>Mapa de cobertura del suelo al inicio del periodo (banda 1, códigos de clase enteros).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="77" />
      <source>Land-cover map defining the land types (band 1, whole-number class codes). When it already holds the UNCCD classes, the names it carries (raster attribute table, category names, style) name the land types.</source>
      <translation>Mapa de cobertura del suelo que define los tipos de tierra (banda 1, códigos de clase enteros). Cuando ya contiene las clases CNULD, los nombres que lleva (tabla de atributos del ráster, nombres de categoría, estilo) dan nombre a los tipos de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="43" />
      <source>Land-cover maps + natural vegetation codes</source>
      <translation>Mapas de cobertura del suelo + códigos de vegetación natural</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="50" />
      <source>Land-cover sub-indicator (-1/0/+1), e.g. from Land cover degradation.</source>
      <translation>Subindicador de cobertura del suelo (-1/0/+1), p. ej., de Degradación de la cobertura del suelo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="102" />
      <source>Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition matrix (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;Both maps are first reclassified to the 7 UNCCD classes (1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not cover is never turned into nodata silently: the run stops and lists every such code of each map, and nothing is written.&lt;br&gt;&lt;br&gt;Each pixel takes the matrix value of its transition (row = initial class, column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. Edit it in {MATRIX_TABLE} or give a CSV of the same layout ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Optional outputs: the transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.&lt;br&gt;&lt;br&gt;Class names in the table and in the transitions layer (its raster attribute table): the UNCCD names; for maps already in UNCCD classes, the names the map itself carries win (its raster attribute table, category names, paletted style or .qml style beside the file, e.g. national names of the 7 classes).</source>
      <translation>Subindicador de cobertura del suelo del ODS 15.3.1: compara un mapa de cobertura del suelo inicial y uno final mediante una matriz de transición (Guía de Buenas Prácticas de la CNULD v2).&lt;br&gt;&lt;br&gt;Ambos mapas se reclasifican primero en las 7 clases CNULD (1 Cubierta arbórea, 2 Pastizales, 3 Tierras de cultivo, 4 Humedal, 5 Artificial, 6 Otras tierras, 7 Masa de agua): si ya están en estas clases, mediante el preajuste ESA CCI integrado o mediante su propia tabla. Un código que la leyenda no cubre nunca se convierte en sin datos sin avisar: la ejecución se detiene y enumera todos esos códigos de cada mapa, y no se escribe nada.&lt;br&gt;&lt;br&gt;Cada píxel toma el valor de la matriz para su transición (fila = clase inicial, columna = clase final): -1 degradado, 0 estable, +1 mejorado (Int16, sin datos -32768 donde alguno de los mapas no tiene datos). La matriz por defecto es la de la CNULD (resources/data/unccd_transition_matrix.csv): p. ej., de Cubierta arbórea a Tierras de cultivo es degradación, de Tierras de cultivo a Cubierta arbórea es mejora, y cualquier transición hacia o desde Masa de agua es estable. Edítela en {MATRIX_TABLE} o indique un CSV con la misma disposición ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Salidas opcionales: los códigos de transición inicial × 10 + final (p. ej., 13 = Cubierta arbórea → Tierras de cultivo; Byte, sin datos 0) y una tabla del área de cada una de las 49 transiciones en hectáreas (áreas reales de los píxeles sobre el elipsoide), con su valor en la matriz.&lt;br&gt;&lt;br&gt;Nombres de clase en la tabla y en la capa de transiciones (su tabla de atributos del ráster): los nombres CNULD; para los mapas que ya están en clases CNULD, prevalecen los nombres que lleva el propio mapa (su tabla de atributos del ráster, nombres de categoría, estilo paletizado o estilo .qml junto al archivo, p. ej., nombres nacionales de las 7 clases).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="141" />
      <source>Land-cover transitions</source>
      <translation>Transiciones de cobertura del suelo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="48" />
      <source>Land-use capability</source>
      <translation>Capacidad de uso de la tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="55" />
      <source>Land-use code</source>
      <translation>Código de uso de la tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="99" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="99" />
      <source>Language of every text of the report.</source>
      <translation>Idioma de todos los textos del informe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="42" />
      <source>Language of the vocabulary labels (en, es, fr, pt); default the QGIS language, else English. Labels missing in a language are given in English.</source>
      <translation>Idioma de las etiquetas de los vocabularios (en, es, fr, pt); por defecto, el idioma de QGIS o, si no, inglés. Las etiquetas que faltan en un idioma se dan en inglés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="52" />
      <source>Last year</source>
      <translation>Último año</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="46" />
      <source>Last year analysed (included). Empty: the last year of the series.</source>
      <translation>Último año analizado (incluido). Vacío: el último año de la serie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="46" />
      <source>Last year averaged (included). Empty: the last year of the series.</source>
      <translation>Último año promediado (incluido). Vacío: el último año de la serie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="34" />
      <source>Last year of the analysis period</source>
      <translation>Último año del periodo de análisis</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="36" />
      <source>Last year of the baseline</source>
      <translation>Último año de la referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="37" />
      <source>Last year of the baseline period (included). Empty: the year before the recent period.</source>
      <translation>Último año del periodo de referencia (incluido). Vacío: el año anterior al periodo reciente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="45" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="45" />
      <source>Last year of the period</source>
      <translation>Último año del periodo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="42" />
      <source>Last year of the recent period</source>
      <translation>Último año del periodo reciente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="43" />
      <source>Last year of the recent period (included). Empty: the last year of the series.</source>
      <translation>Último año del periodo reciente (incluido). Vacío: el último año de la serie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="52" />
      <source>Last year of the table (default 2030).</source>
      <translation>Último año de la tabla (por defecto 2030).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="35" />
      <source>Last year of the trend (included). Empty: the last year of the series.</source>
      <translation>Último año de la tendencia (incluido). Vacío: el último año de la serie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="140" />
      <source>Layer field</source>
      <translation>Campo de la capa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="122" />
      <source>Layout added to the project</source>
      <translation>Diseño añadido al proyecto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="101" />
      <source>Layout template</source>
      <translation>Plantilla de composición</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="88" />
      <source>Leading or supporting organization (FERM vocabulary)</source>
      <translation>Organización líder o de apoyo (vocabulario de FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="214" />
      <source>Leave features in error out of the outputs instead of stopping (default: stop).</source>
      <translation>Dejar fuera de las salidas las entidades con errores en lugar de detenerse (por defecto: detenerse).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="131" />
      <source>Legend</source>
      <translation>Leyenda</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="68" />
      <source>Legend (class codes)</source>
      <translation>Leyenda (códigos de clase)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="50" />
      <source>Legend of the land-cover maps (the same for both). 'Already UNCCD classes 1-7': 1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body. 'ESA CCI': the ESA CCI / C3S land-cover codes (10-220) with the standard SDG 15.3.1 aggregation (resources/data/esa_cci_to_unccd.csv). 'Custom': your own table ({RECLASS_TABLE} or {RECLASS_FILE}). A code the legend does not cover stops the run with the list of every such code.</source>
      <translation>Leyenda de los mapas de cobertura del suelo (la misma para ambos). 'Ya en clases CNULD 1-7': 1 Cubierta arbórea, 2 Pastizales, 3 Tierras de cultivo, 4 Humedal, 5 Artificial, 6 Otras tierras, 7 Masa de agua. 'ESA CCI': los códigos de cobertura del suelo de ESA CCI / C3S (10-220) con la agregación estándar del ODS 15.3.1 (resources/data/esa_cci_to_unccd.csv). 'Personalizada': su propia tabla ({RECLASS_TABLE} o {RECLASS_FILE}). Un código que la leyenda no cubre detiene la ejecución con la lista de todos esos códigos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="117" />
      <source>Light degradation area (ha)</source>
      <translation>Área con degradación leve (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="107" />
      <source>Like-for-like counterbalancing</source>
      <translation>Compensación de igual por igual</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="125" />
      <source>Like-for-like deficit (ha)</source>
      <translation>Déficit de igual por igual (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="176" />
      <source>Like-for-like deficit against the baseline (ha)</source>
      <translation>Déficit de igual por igual frente a la referencia (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="178" />
      <source>Like-for-like deficit against the previous period (ha)</source>
      <translation>Déficit de igual por igual frente al periodo anterior (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="63" />
      <source>Line chart of the area under restoration and the path to the target (.svg or .png).</source>
      <translation>Gráfico de líneas del área en restauración y de la trayectoria hacia la meta (.svg o .png).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="9" />
      <source>Linear benefit (min-max)</source>
      <translation>Beneficio lineal (mín.-máx.)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="9" />
      <source>Linear cost (max-min)</source>
      <translation>Coste lineal (máx.-mín.)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="328" />
      <source>Load AHP matrix</source>
      <translation>Cargar matriz AHP</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="137" />
      <source>Load CSV…</source>
      <translation>Cargar CSV…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="80" />
      <source>Loss areas</source>
      <translation>Áreas de pérdida</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="82" />
      <source>Loss areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas de pérdida (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="63" />
      <source>Loss patches (8-connected: pixels touching by a side or a corner) of fewer pixels are set to no loss. 0 or 1 keeps every loss pixel.</source>
      <translation>Las manchas de pérdida (conectividad 8: píxeles que se tocan por un lado o una esquina) con menos píxeles pasan a sin pérdida. 0 o 1 conserva todos los píxeles de pérdida.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="58" />
      <source>Loss threshold (percentage points)</source>
      <translation>Umbral de pérdida (puntos porcentuales)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="81" />
      <source>Loss, no-loss and nodata hectares and the share lost, for the whole raster and per zone.</source>
      <translation>Hectáreas con pérdida, sin pérdida y sin datos, y la proporción perdida, para todo el ráster y por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="108" />
      <source>Losses, gains, offset, remaining deficit and surplus per land type.</source>
      <translation>Pérdidas, ganancias, compensación, déficit restante y excedente por tipo de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="83" />
      <source>Lost area (ha)</source>
      <translation>Área perdida (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="134" />
      <source>Lost area: {loss:.2f} ha.</source>
      <translation>Área perdida: {loss:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>Low</source>
      <translation>Baja</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="81" />
      <source>Made by t2monitor:restorationreport (T2 Monitor {version}) on {date}, language {language}, template {template}, chart drawn with {engine}; atlas: {atlas}.</source>
      <translation>Elaborado con t2monitor:restorationreport (T2 Monitor {version}) el {date}, idioma {language}, plantilla {template}, gráfico dibujado con {engine}; atlas: {atlas}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="220" />
      <source>Made with T2 Monitor {version} on {date}.</source>
      <translation>Elaborado con T2 Monitor {version} el {date}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="51" />
      <source>Mann-Kendall Z</source>
      <translation>Mann-Kendall Z</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="53" />
      <source>Mann-Kendall p-value</source>
      <translation>Valor p de Mann-Kendall</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="51" />
      <source>Mann-Kendall test statistic Z (Float32, nodata -32768).</source>
      <translation>Estadístico Z de la prueba de Mann-Kendall (Float32, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Manual</source>
      <translation>Manual</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="31" />
      <source>Manual breaks</source>
      <translation>Cortes manuales</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="32" />
      <source>Manual method: increasing inner class limits, e.g. 0.25,0.5,0.75 for 4 classes; a value equal to a limit goes to the upper class.</source>
      <translation>Método manual: límites interiores de clase crecientes, p. ej., 0.25,0.5,0.75 para 4 clases; un valor igual a un límite va a la clase superior.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="49" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="63" />
      <source>Map (when the strata are not the map classes)</source>
      <translation>Mapa (cuando los estratos no son las clases del mapa)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="47" />
      <source>Map A</source>
      <translation>Mapa A</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="50" />
      <source>Map B</source>
      <translation>Mapa B</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="19" />
      <source>Map agreement (cross-tabulation and kappa)</source>
      <translation>Concordancia de mapas (tabulación cruzada y kappa)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="125" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="53" />
      <source>Map class field</source>
      <translation>Campo de clase del mapa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="53" />
      <source>Map class of each point.</source>
      <translation>Clase del mapa de cada punto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="301" />
      <source>Map class: {value}</source>
      <translation>Clase del mapa: {value}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="158" />
      <source>Mapped and estimated area per class</source>
      <translation>Área cartografiada y estimada por clase</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="155" />
      <source>Mapped area</source>
      <translation>Área cartografiada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="92" />
      <source>Mapped area of the reported class (ha)</source>
      <translation>Área cartografiada de la clase informada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="25" />
      <source>Maps the Land Degradation Neutrality response hierarchy Avoid &amp;gt; Reduce &amp;gt; Reverse from a degradation layer (the SDG 15.3.1 -1/0/+1 layer, or any categorical map such as LPD classes or degradation status), the UNCCD land cover and optional protected areas.&lt;br&gt;&lt;br&gt;Classes: 1 &lt;b&gt;Avoid&lt;/b&gt; (non-degraded natural land and protected areas, to keep so), 2 &lt;b&gt;Reduce&lt;/b&gt; (land under productive use that is degrading or at risk: sustainable land management), 3 &lt;b&gt;Reverse&lt;/b&gt; (degraded land where restoration is the response), 0 other / not assigned (e.g. healthy cropland, built-up land). Nodata where the degradation layer or the land cover has none.&lt;br&gt;&lt;br&gt;Default rules (resources/data/ldn_response_rules.json; the first rule that holds wins): degraded and not productive -&gt; Reverse; degraded and productive -&gt; Reduce; at risk and productive -&gt; Reduce; protected and not degraded -&gt; Avoid; natural and not degraded -&gt; Avoid; otherwise 0. Copy the file, edit the rules and give it as the rules file to change them.&lt;br&gt;&lt;br&gt;The &lt;b&gt;Reverse&lt;/b&gt; class is the natural mask or criterion for the ROAM restoration priority overlay: it marks where restoration, rather than protection or better management, is the answer. The area table gives the area of each class overall and per zone.</source>
      <translation>Cartografía la jerarquía de respuesta de la Neutralidad de la Degradación de las Tierras Evitar &amp;gt; Reducir &amp;gt; Revertir a partir de una capa de degradación (la capa -1/0/+1 del ODS 15.3.1, o cualquier mapa categórico como las clases LPD o el estado de la degradación), la cobertura del suelo CNULD y áreas protegidas opcionales.&lt;br&gt;&lt;br&gt;Clases: 1 &lt;b&gt;Evitar&lt;/b&gt; (tierras naturales no degradadas y áreas protegidas, que deben mantenerse así), 2 &lt;b&gt;Reducir&lt;/b&gt; (tierras en uso productivo que se están degradando o están en riesgo: gestión sostenible de la tierra), 3 &lt;b&gt;Revertir&lt;/b&gt; (tierras degradadas donde la respuesta es la restauración), 0 otra / no asignada (p. ej., tierras de cultivo sanas, suelo edificado). Sin datos donde la capa de degradación o la cobertura del suelo no tienen datos.&lt;br&gt;&lt;br&gt;Reglas por defecto (resources/data/ldn_response_rules.json; prevalece la primera regla que se cumple): degradada y no productiva -&gt; Revertir; degradada y productiva -&gt; Reducir; en riesgo y productiva -&gt; Reducir; protegida y no degradada -&gt; Evitar; natural y no degradada -&gt; Evitar; en otro caso, 0. Para cambiarlas, copie el archivo, edite las reglas e indíquelo como archivo de reglas.&lt;br&gt;&lt;br&gt;La clase &lt;b&gt;Revertir&lt;/b&gt; es la máscara o el criterio natural para la superposición de prioridad de restauración de ROAM: marca dónde la respuesta es la restauración, y no la protección o una mejor gestión. La tabla de áreas da el área de cada clase en total y por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="41" />
      <source>Masks (water, urban...): pixels with a valid non-zero value are excluded; nodata does not exclude.</source>
      <translation>Máscaras (agua, zonas urbanas...): se excluyen los píxeles con un valor válido distinto de cero; la ausencia de datos no excluye.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="48" />
      <source>Matrix CSV file</source>
      <translation>Archivo CSV de matriz</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="65" />
      <source>Max (ranges only)</source>
      <translation>Máx. (solo rangos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="49" />
      <source>Maximum (linear)</source>
      <translation>Máximo (lineal)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="61" />
      <source>Mean divided by the unit's percentile (Float32, nodata -32768).</source>
      <translation>Media dividida por el percentil de la unidad (Float32, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="87" />
      <source>Mean over {start}-{end}.</source>
      <translation>Media de {start}-{end}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>Medium</source>
      <translation>Media</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="46" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="43" />
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="265" />
      <source>Methods and data</source>
      <translation>Métodos y datos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="55" />
      <source>Midpoint (sigmoid, gaussian)</source>
      <translation>Punto medio (sigmoide, gaussiana)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="65" />
      <source>Min or code</source>
      <translation>Mín. o código</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="48" />
      <source>Minimum (linear)</source>
      <translation>Mínimo (lineal)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="49" />
      <source>Minimum number of valid baseline years</source>
      <translation>Número mínimo de años de referencia válidos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="41" />
      <source>Minimum number of valid years</source>
      <translation>Número mínimo de años válidos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="67" />
      <source>Minimum patch size (ha)</source>
      <translation>Tamaño mínimo de mancha (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="62" />
      <source>Minimum patch size (pixels)</source>
      <translation>Tamaño mínimo de mancha (píxeles)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="109" />
      <source>Minimum patch size {area:g} ha = {pixels} pixel(s) (mean true pixel area {pixel:.4f} ha); it replaces {key}.</source>
      <translation>Tamaño mínimo de mancha {area:g} ha = {pixels} píxel(es) (área real media del píxel {pixel:.4f} ha); sustituye a {key}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="115" />
      <source>Minimum patch size {pixels} pixel(s) = {area:.2f} ha (mean true pixel area {pixel:.4f} ha).</source>
      <translation>Tamaño mínimo de mancha {pixels} píxel(es) = {area:.2f} ha (área real media del píxel {pixel:.4f} ha).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="76" />
      <source>Minimum points per stratum</source>
      <translation>Mínimo de puntos por estrato</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="85" />
      <source>Minimum years before the start</source>
      <translation>Años mínimos antes del inicio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="88" />
      <source>Minimum years from the start</source>
      <translation>Años mínimos desde el inicio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="89" />
      <source>Missing criteria</source>
      <translation>Criterios que faltan</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="66" />
      <source>Mode</source>
      <translation>Modo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="95" />
      <source>Modelled final SOC</source>
      <translation>COS final modelado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Moderate decline</source>
      <translation>Declive moderado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="18" />
      <source>Moderate decline area (ha)</source>
      <translation>Área con declive moderado (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="18" />
      <source>Moderate decline pixels</source>
      <translation>Píxeles con declive moderado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="118" />
      <source>Moderate degradation area (ha)</source>
      <translation>Área con degradación moderada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="36" />
      <source>Monte Carlo runs</source>
      <translation>Ejecuciones de Monte Carlo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="281" />
      <source>Most inconsistent judgement (highlighted): {row} compared with {column} is {given}, the weights imply {implied:.2f}.</source>
      <translation>Juicio más inconsistente (resaltado): {row} comparado con {column} es {given}; los pesos implican {implied:.2f}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="83" />
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="86" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="35" />
      <source>Name field</source>
      <translation>Campo de nombre</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="123" />
      <source>Name of the layout added to the project with {ADD_LAYOUT_TO_PROJECT}; empty when none was added.</source>
      <translation>Nombre del diseño añadido al proyecto con {ADD_LAYOUT_TO_PROJECT}; vacío si no se añadió ninguno.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="87" />
      <source>Name of the organization</source>
      <translation>Nombre de la organización</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="80" />
      <source>Name of the period this layer describes (e.g. baseline, report_1), matched against {RECODE_PERIODS_FIELD} of {RECODE}.</source>
      <translation>Nombre del periodo que describe esta capa (p. ej., baseline, report_1), comparado con {RECODE_PERIODS_FIELD} de {RECODE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="84" />
      <source>Name of the person FERM can contact about the project</source>
      <translation>Nombre de la persona a la que FERM puede contactar sobre el proyecto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="101" />
      <source>Names of the categories 0..n separated by ';' (one more than {CATEGORY_BREAKS}), used in the table and the legend. Empty: the default names when there are 4 categories, else 'Category 0', 'Category 1', ...</source>
      <translation>Nombres de las categorías 0..n separados por ';' (uno más que {CATEGORY_BREAKS}), usados en la tabla y en la leyenda. Vacío: los nombres por defecto cuando hay 4 categorías; si no, 'Categoría 0', 'Categoría 1', ...</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="38" />
      <source>Names of the criteria in matrix order, separated by commas (e.g. 'slope, erosion, distance to forest'). Optional with a matrix file, whose names are then used; if given with a file, they must match its names.</source>
      <translation>Nombres de los criterios en el orden de la matriz, separados por comas (p. ej., 'pendiente, erosión, distancia al bosque'). Opcional con un archivo de matriz, cuyos nombres se usan entonces; si se indican junto con un archivo, deben coincidir con sus nombres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/base.py" line="8" />
      <source>National degradation criteria</source>
      <translation>Criterios nacionales de degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="216" />
      <source>National report</source>
      <translation>Informe nacional</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="31" />
      <source>National restoration report (PDF)</source>
      <translation>Informe nacional de restauración (PDF)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Natural breaks (Jenks)</source>
      <translation>Cortes naturales (Jenks)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="64" />
      <source>Natural land cover</source>
      <translation>Cobertura del suelo natural</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="52" />
      <source>Natural vegetation codes</source>
      <translation>Códigos de vegetación natural</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="20" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="128" />
      <source>Neutrality met</source>
      <translation>Neutralidad alcanzada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="20" />
      <source>Neutrality not met</source>
      <translation>Neutralidad no alcanzada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="155" />
      <source>Next unlabelled</source>
      <translation>Siguiente sin etiquetar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="153" />
      <source>Next ▶</source>
      <translation>Siguiente ▶</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="104" />
      <source>No FERM API key is set. Use "Set API key…" to store the key given by FERM.</source>
      <translation>No se ha definido ninguna clave de API de FERM. Use "Definir clave de API…" para guardar la clave proporcionada por FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="84" />
      <source>No SDG 15.3.1 summary table was given: give one per period.</source>
      <translation>No se indicó ninguna tabla de resumen del ODS 15.3.1: indique una por periodo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="132" />
      <source>No area under restoration table was given.</source>
      <translation>No se indicó ninguna tabla de área en restauración.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="131" />
      <source>No criterion raster was given ({parameter}).</source>
      <translation>No se indicó ningún ráster de criterio ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="54" />
      <source>No detectable effect yet</source>
      <translation>Aún sin efecto detectable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="117" />
      <source>No file was given for the output {output}.</source>
      <translation>No se indicó ningún archivo para la salida {output}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="118" />
      <source>No forest code was given for the land-cover map {layer}. Give the land-cover codes that are forest (e.g. 1).</source>
      <translation>No se indicó ningún código de bosque para el mapa de cobertura del suelo {layer}. Indique los códigos de cobertura del suelo que son bosque (p. ej., 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="64" />
      <source>No forest code was given for the land-cover map {layer}. Give the land-cover codes that are forest in {parameter} (e.g. 1).</source>
      <translation>No se indicó ningún código de bosque para el mapa de cobertura del suelo {layer}. Indique en {parameter} los códigos de cobertura del suelo que son bosque (p. ej., 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/dask_engine.py" line="240" />
      <location filename="../t2_monitor_plugin/core/engine.py" line="272" />
      <source>No input raster was given.</source>
      <translation>No se indicó ningún ráster de entrada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="232" />
      <source>No land unit has a positive {q}th percentile of {layer}, so no performance ratio can be computed. Check that the layer is a productivity index such as NDVI.</source>
      <translation>Ninguna unidad de tierra tiene un percentil {q} positivo de {layer}, por lo que no se puede calcular ninguna ratio de desempeño. Compruebe que la capa es un índice de productividad como el NDVI.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="91" />
      <source>No pairwise judgements were given: fill the matrix ({n} x {n} for {count} criteria) or choose a matrix CSV file.</source>
      <translation>No se indicó ningún juicio por pares: rellene la matriz ({n} x {n} para {count} criterios) o elija un archivo CSV de matriz.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="340" />
      <source>No pixel corner of the raster can be transformed to longitude and latitude in its coordinate reference system, so true areas cannot be computed. Check the raster's CRS (Layer Properties &gt; Source) or reproject it.</source>
      <translation>Ninguna esquina de píxel del ráster puede transformarse a longitud y latitud en su sistema de referencia de coordenadas, por lo que no se pueden calcular las áreas reales. Compruebe el SRC del ráster (Propiedades de la capa &gt; Fuente) o reproyéctelo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sensitivity.py" line="149" />
      <source>No pixel is left after the exclusions and nodata of the criteria ({layer}).</source>
      <translation>No queda ningún píxel tras las exclusiones y los valores sin datos de los criterios ({layer}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="206" />
      <source>No pixel is left after the exclusions and nodata of the criteria ({layer}): the suitability would be empty. Check the exclusion layers and the criteria extents.</source>
      <translation>No queda ningún píxel tras las exclusiones y los valores sin datos de los criterios ({layer}): la aptitud estaría vacía. Compruebe las capas de exclusión y las extensiones de los criterios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="201" />
      <source>No pixel of {layer} has at least {needed} valid baseline years (MIN_YEARS) and {recent} valid recent year(s). Lower MIN_YEARS or choose longer periods.</source>
      <translation>Ningún píxel de {layer} tiene al menos {needed} años de referencia válidos (MIN_YEARS) y {recent} año(s) reciente(s) válido(s). Reduzca MIN_YEARS o elija periodos más largos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="276" />
      <source>No pixel of {layer} has at least {needed} valid years (MIN_YEARS) between {first} and {last}. Lower MIN_YEARS or choose a longer period.</source>
      <translation>Ningún píxel de {layer} tiene al menos {needed} años válidos (MIN_YEARS) entre {first} y {last}. Reduzca MIN_YEARS o elija un periodo más largo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="222" />
      <source>No pixel of {layer} has both a valid index value and a land unit of {units}. Check that the land units cover the productivity raster.</source>
      <translation>Ningún píxel de {layer} tiene a la vez un valor de índice válido y una unidad de tierra de {units}. Compruebe que las unidades de tierra cubren el ráster de productividad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="79" />
      <source>No productivity raster was given ({parameter}).</source>
      <translation>No se indicó ningún ráster de productividad ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="185" />
      <source>No productivity raster was given.</source>
      <translation>No se indicó ningún ráster de productividad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="75" />
      <source>No raster was given for the annual series. Choose one multi-band raster or one raster per year.</source>
      <translation>No se indicó ningún ráster para la serie anual. Elija un ráster multibanda o un ráster por año.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="372" />
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="182" />
      <source>No restoration site can be exported: the layer has no valid polygon.</source>
      <translation>No se puede exportar ningún sitio de restauración: la capa no tiene ningún polígono válido.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="85" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="287" />
      <source>No restoration sites layer was given ({parameter}).</source>
      <translation>No se indicó ninguna capa de sitios de restauración ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="294" />
      <source>No sample point layer.</source>
      <translation>No hay capa de puntos de muestra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="165" />
      <source>No site of {layer} can be counted: every feature has an error (e.g. no start year) or an excluded status. See the validation table or check the chosen fields.</source>
      <translation>Ningún sitio de {layer} puede contarse: todas las entidades tienen un error (p. ej., sin año de inicio) o un estado excluido. Consulte la tabla de validación o compruebe los campos elegidos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="170" />
      <source>No site of {layer} is under restoration in {year}: the earliest start year is {first}. Choose a later reporting year or check the start and end years.</source>
      <translation>Ningún sitio de {layer} está en restauración en {year}: el año de inicio más temprano es {first}. Elija un año de informe posterior o compruebe los años de inicio y de finalización.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="44" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="122" />
      <source>Nodata area (ha)</source>
      <translation>Área sin datos (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="93" />
      <source>Nodata where any criterion is missing</source>
      <translation>Sin datos donde falte cualquier criterio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="170" />
      <source>None of the polygons of {layer} overlaps the baseline raster {raster}. Check that the sites and the raster cover the same area.</source>
      <translation>Ninguno de los polígonos de {layer} se superpone al ráster de referencia {raster}. Compruebe que los sitios y el ráster cubren la misma área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="271" />
      <source>None of the zones in {layer} overlaps the raster. Check that the zone layer and the raster cover the same area.</source>
      <translation>Ninguna de las zonas de {layer} se superpone al ráster. Compruebe que la capa de zonas y el ráster cubren la misma área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="122" />
      <source>Normalised weights used</source>
      <translation>Pesos normalizados usados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="57" />
      <source>Not assessable</source>
      <translation>No evaluable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="278" />
      <source>Not consistent: CR = {cr:.3f} (acceptable below 0.10).</source>
      <translation>No consistente: CR = {cr:.3f} (aceptable por debajo de 0,10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="116" />
      <source>Not degraded area (ha)</source>
      <translation>Área no degradada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="150" />
      <source>Not exported: {count} problem(s), listed in the validation table on the Sites tab. Fix them, or tick "Skip features with errors" for problems of single sites.</source>
      <translation>No exportado: {count} problema(s), enumerados en la tabla de validación de la pestaña Sitios. Corríjalos, o marque "Omitir las entidades con errores" para los problemas de sitios individuales.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="187" />
      <source>Not exported: {error}</source>
      <translation>No exportado: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="195" />
      <source>Not in deficit</source>
      <translation>Sin déficit</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="103" />
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="74" />
      <source>Not published: {error}</source>
      <translation>No publicado: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="123" />
      <source>Number of 2.CT.1 rows written per ecosystem type (0 without an ecosystem layer).</source>
      <translation>Número de filas 2.CT.1 escritas por tipo de ecosistema (0 sin capa de ecosistemas).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="27" />
      <source>Number of classes</source>
      <translation>Número de clases</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="127" />
      <source>Number of land types in deficit in the first period against the baseline.</source>
      <translation>Número de tipos de tierra en déficit en el primer periodo frente a la referencia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="110" />
      <source>Number of pages of the PDF.</source>
      <translation>Número de páginas del PDF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="31" />
      <source>Number of pixels of the LPD class.</source>
      <translation>Número de píxeles de la clase LPD.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="84" />
      <source>Number of pixels of the class.</source>
      <translation>Número de píxeles de la clase.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="68" />
      <source>Number of pixels rated -1.</source>
      <translation>Número de píxeles evaluados con -1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="72" />
      <source>Number of pixels that got a rating (-1 or 0).</source>
      <translation>Número de píxeles que recibieron una evaluación (-1 o 0).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="28" />
      <source>Number of priority classes; the highest class is the highest priority. Ignored for manual breaks (breaks + 1 classes).</source>
      <translation>Número de clases de prioridad; la clase más alta es la de mayor prioridad. Se ignora con cortes manuales (cortes + 1 clases).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="36" />
      <source>Number of random weight sets (default 50).</source>
      <translation>Número de conjuntos de pesos aleatorios (por defecto 50).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="72" />
      <source>Number of valid input pixels that no range or code maps (set to nodata).</source>
      <translation>Número de píxeles de entrada válidos que no corresponden a ningún rango ni código (pasan a sin datos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="93" />
      <source>ORT rows as CSV</source>
      <translation>Filas ORT como CSV</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="91" />
      <source>ORT workbook</source>
      <translation>Libro de ORT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="38" />
      <source>ORT,CBD,GBF,2.1,2.CT.1,national report,template,XLSX,disaggregation,area under restoration</source>
      <translation>ORT,CBD,MMB,2.1,2.CT.1,informe nacional,plantilla,XLSX,desagregación,área en restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="114" />
      <source>One band per period: land type code where it is in deficit against the baseline, 0 where not (Int32, nodata -1), with a raster attribute table naming the land types.</source>
      <translation>Una banda por periodo: código del tipo de tierra donde está en déficit frente a la referencia, 0 donde no (Int32, sin datos -1), con una tabla de atributos del ráster que nombra los tipos de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="50" />
      <source>One name per summary table, in the same order, separated by commas (e.g. baseline,report_1 or 2000-2015,2016-2019).</source>
      <translation>Un nombre por tabla de resumen, en el mismo orden, separados por comas (p. ej., baseline,report_1 o 2000-2015,2016-2019).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="72" />
      <source>One raster per criterion (band 1 is used), e.g. vegetation-cover loss 0/1, fragmentation classes, productivity -1/0/+1 or LPD 1-5, a continuous index. Their order gives the criterion numbers 1, 2, ... used in {RULES_TABLE}.</source>
      <translation>Un ráster por criterio (se usa la banda 1), p. ej., pérdida de cobertura vegetal 0/1, clases de fragmentación, productividad -1/0/+1 o LPD 1-5, un índice continuo. Su orden da los números de criterio 1, 2, ... usados en {RULES_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="77" />
      <source>One row per criterion: criterion number (1-based position in {CRITERIA}), type (thresholds, reclass or preset), rule text (e.g. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' or '-1:3; 0:0; 1:0' or 'lpd_5class') and weight (0 or more; empty = 1).</source>
      <translation>Una fila por criterio: número de criterio (posición, empezando por 1, en {CRITERIA}), tipo (thresholds, reclass o preset), texto de la regla (p. ej., '&lt;=-0.1:3; &lt;=0:1; &gt;0:0', '-1:3; 0:0; 1:0' o 'lpd_5class') y peso (0 o más; vacío = 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="229" />
      <source>One row per feature (feature_id, site_name, level ok/warning/error, reason) plus project problems; written even when errors stop the run. Optional: the problems are also listed in the log.</source>
      <translation>Una fila por entidad (feature_id, site_name, level ok/warning/error, reason) más los problemas del proyecto; se escribe incluso cuando los errores detienen la ejecución. Opcional: los problemas también se enumeran en el registro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="72" />
      <source>One row per land-cover conversion (initial and final UNCCD class) and one column per climate zone: SOC_final = SOC_initial × factor. Conversions not listed and classes that do not change keep 1. Values may be written 1/x. Defaults to the IPCC-based table.</source>
      <translation>Una fila por conversión de cobertura del suelo (clase CNULD inicial y final) y una columna por zona climática: SOC_final = SOC_initial × factor. Las conversiones no incluidas y las clases que no cambian conservan 1. Los valores pueden escribirse como 1/x. Por defecto, la tabla basada en el IPCC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="111" />
      <source>One row per period, zone and comparison: areas, deficit and neutrality status.</source>
      <translation>Una fila por periodo, zona y comparación: áreas, déficit y estado de la neutralidad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="90" />
      <source>One row per recode polygon with the hectares it changed.</source>
      <translation>Una fila por polígono de recodificación con las hectáreas que cambió.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="79" />
      <source>One row per reporting period: area under restoration in its end year and the change from the previous period.</source>
      <translation>Una fila por periodo de informe: área en restauración en su año final y cambio respecto al periodo anterior.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="98" />
      <source>One row per site feature: counted or not in the reporting year, level and reason.</source>
      <translation>Una fila por entidad de sitio: si se cuenta o no en el año de informe, nivel y motivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="66" />
      <source>One row per site feature: whether it can ever count, level and reason.</source>
      <translation>Una fila por entidad de sitio: si puede llegar a contar, nivel y motivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="30" />
      <source>One weight per criterion, comma-separated, in the order of the criteria (e.g. the WEIGHTS output of t2monitor:ahpweights). They are normalised to sum 1. Give either this or {WEIGHTS_TABLE}.</source>
      <translation>Un peso por criterio, separados por comas, en el orden de los criterios (p. ej., la salida WEIGHTS de t2monitor:ahpweights). Se normalizan para sumar 1. Indique esto o {WEIGHTS_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="46" />
      <source>One-at-a-time and Monte Carlo top-class areas (no geometry).</source>
      <translation>Áreas de la clase superior en el análisis uno a uno y de Monte Carlo (sin geometría).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="181" />
      <source>Open sample points</source>
      <translation>Abrir puntos de muestra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="31" />
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="68" />
      <source>Open sample project</source>
      <translation>Abrir el proyecto de ejemplo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="116" />
      <source>Open…</source>
      <translation>Abrir…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="85" />
      <source>Optional CSV with the header criterion,type,rule,weight (one row per criterion; quote the rule text if it holds commas) or JSON list of objects with these keys. Takes precedence over {RULES_TABLE}.</source>
      <translation>CSV opcional con el encabezado criterion,type,rule,weight (una fila por criterio; ponga el texto de la regla entre comillas si contiene comas) o lista JSON de objetos con estas claves. Tiene prioridad sobre {RULES_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="79" />
      <source>Optional CSV with the layout of resources/data/ipcc_soc_factors.csv (columns initial, final, then one column per climate zone whose header starts with the zone code). Takes precedence over {FACTORS_TABLE}.</source>
      <translation>CSV opcional con la disposición de resources/data/ipcc_soc_factors.csv (columnas initial, final y luego una columna por zona climática cuyo encabezado empieza por el código de la zona). Tiene prioridad sobre {FACTORS_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="133" />
      <source>Optional CSV with the same layout as resources/data/unccd_transition_matrix.csv (a header row of the final classes 1-7, then one row per initial class 1-7, each starting with its label). Takes precedence over {MATRIX_TABLE}.</source>
      <translation>CSV opcional con la misma disposición que resources/data/unccd_transition_matrix.csv (una fila de encabezado con las clases finales 1-7 y luego una fila por clase inicial 1-7, cada una empezando por su etiqueta). Tiene prioridad sobre {MATRIX_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="106" />
      <source>Optional JSON list of the workflow's runs ({"algorithm": id, "inputs": {...}}, e.g. the documents qgis_process --json prints) for the methods page.</source>
      <translation>Lista JSON opcional de las ejecuciones del flujo de trabajo ({"algorithm": id, "inputs": {...}}, p. ej. los documentos que imprime qgis_process --json) para la página de métodos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="97" />
      <source>Optional KML with the footprint of every sampled pixel, for Google Earth or Collect Earth.</source>
      <translation>KML opcional con la huella de cada píxel muestreado, para Google Earth o Collect Earth.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="85" />
      <source>Optional bar chart: mapped and estimated area per class, with 95 % error bars.</source>
      <translation>Gráfico de barras opcional: área cartografiada y estimada por clase, con barras de error del 95 %.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="91" />
      <source>Optional copy of the points with map and WGS 84 coordinates.</source>
      <translation>Copia opcional de los puntos con coordenadas del mapa y WGS 84.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/spec.py" line="221" />
      <source>Optional copy of the table as a CSV or XLSX file.</source>
      <translation>Copia opcional de la tabla como archivo CSV o XLSX.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="74" />
      <source>Optional cross-tabulation in matrix form (hectares): per zone, one row per class of map A (code and name), one column b_&lt;class&gt; per class of map B, with totals.</source>
      <translation>Tabulación cruzada opcional en forma de matriz (hectáreas): por zona, una fila por clase del mapa A (código y nombre) y una columna b_&lt;class&gt; por clase del mapa B, con totales.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="83" />
      <source>Optional land units or soils combined with the land cover: a raster of whole numbers 0-9999 (land type = UNCCD class x 10000 + unit), or polygons (land type = UNCCD class x 10000 + the unit's position in the natural order of {LAND_UNIT_FIELD} values, from 1; a pixel takes the polygon covering most of it; tables name it). The tables name the units of a raster by its attribute table, category names or style when it carries them.</source>
      <translation>Unidades de tierra o suelos opcionales combinados con la cobertura del suelo: un ráster de números enteros 0-9999 (tipo de tierra = clase CNULD x 10000 + unidad) o polígonos (tipo de tierra = clase CNULD x 10000 + la posición de la unidad en el orden natural de los valores de {LAND_UNIT_FIELD}, desde 1; un píxel toma el polígono que cubre la mayor parte de él; las tablas le dan nombre). Las tablas nombran las unidades de un ráster según su tabla de atributos, sus nombres de categoría o su estilo, cuando los tiene.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="64" />
      <source>Optional map on the strata grid, for the mapped area of each class and to check the points' map classes. Empty: the strata raster is the map.</source>
      <translation>Mapa opcional en la cuadrícula de los estratos, para el área cartografiada de cada clase y para comprobar las clases del mapa de los puntos. Vacío: el ráster de estratos es el mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="22" />
      <source>Optional names of the classes, one row per class (code, name). They win over the names the raster carries (raster attribute table, category names, .qml style beside the file); classes not listed keep those names, else their code.</source>
      <translation>Nombres opcionales de las clases, una fila por clase (código, nombre). Prevalecen sobre los nombres que lleva el ráster (tabla de atributos del ráster, nombres de categoría, estilo .qml junto al archivo); las clases no indicadas conservan esos nombres o, si no los hay, su código.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="94" />
      <source>Optional plot file for Collect Earth: id, YCoordinate, XCoordinate (WGS 84) and the point attributes.</source>
      <translation>Archivo de parcelas opcional para Collect Earth: id, YCoordinate, XCoordinate (WGS 84) y los atributos del punto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="53" />
      <source>Optional raster of strata on the map's grid when the strata are not the map classes (e.g. the map with a buffer stratum around change). Empty: the map classes are the strata.</source>
      <translation>Ráster opcional de estratos en la cuadrícula del mapa cuando los estratos no son las clases del mapa (p. ej., el mapa con un estrato de búfer alrededor del cambio). Vacío: las clases del mapa son los estratos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="88" />
      <source>Optional raster whose non-zero pixels are water and left out (nodata in the outputs).</source>
      <translation>Ráster opcional cuyos píxeles distintos de cero son agua y quedan excluidos (sin datos en las salidas).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="142" />
      <source>Optional transition codes initial × 10 + final in UNCCD classes (11-77, Byte, nodata 0), styled with readable labels and with a raster attribute table naming each transition.</source>
      <translation>Códigos de transición opcionales inicial × 10 + final en clases CNULD (11-77, Byte, sin datos 0), con estilo de etiquetas legibles y con una tabla de atributos del ráster que nombra cada transición.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="111" />
      <source>Optional weighted mean score (Float32, nodata -32768).</source>
      <translation>Puntuación media ponderada opcional (Float32, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="39" />
      <source>Optional, instead of {ESTIMATES_TABLE}: the sample-based estimate of the degraded area in hectares (output ESTIMATED_HA of Accuracy assessment).</source>
      <translation>Opcional, en lugar de {ESTIMATES_TABLE}: la estimación basada en la muestra del área degradada en hectáreas (salida ESTIMATED_HA de Evaluación de la exactitud).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="68" />
      <source>Optional, instead of {MIN_PATCH_PIXELS}: the minimum patch area in hectares. It wins when given: it becomes the pixel count ceil(area / mean true pixel area of the map), and the log states both.</source>
      <translation>Opcional, en lugar de {MIN_PATCH_PIXELS}: el área mínima de mancha en hectáreas. Si se indica, prevalece: se convierte en el número de píxeles ceil(área / área real media del píxel del mapa), y el registro indica ambos valores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="78" />
      <source>Optional, tree-cover maps only: initial - final where positive, else 0 (Float32, nodata -9999).</source>
      <translation>Opcional, solo mapas de cubierta arbórea: inicial - final donde es positivo y 0 en otro caso (Float32, sin datos -9999).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="51" />
      <source>Optional: forest cells / valid cells of the window (Float32, nodata -9999).</source>
      <translation>Opcional: celdas de bosque / celdas válidas de la ventana (Float32, sin datos -9999).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="54" />
      <source>Optional: share of the adjacent pairs with a forest cell that are both forest (Float32, nodata -9999).</source>
      <translation>Opcional: proporción de los pares adyacentes con una celda de bosque en los que ambas son bosque (Float32, sin datos -9999).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="33" />
      <source>Optional: the area estimates table of Accuracy assessment. Its row of class -1 (degraded) gives the sample-based estimate of the degraded area and its 95 % interval, reported instead of the mapped (pixel-counted) area, with a footnote.</source>
      <translation>Opcional: la tabla de estimaciones de áreas de Evaluación de la exactitud. Su fila de la clase -1 (degradado) da la estimación basada en la muestra del área degradada y su intervalo del 95 %, que se informan en lugar del área cartografiada (contada por píxeles), con una nota al pie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="73" />
      <source>Ordered rules (JSON): each maps conditions (degraded, at_risk, productive, natural, protected: true or false) to a class; the first rule that holds wins. Empty: resources/data/ldn_response_rules.json.</source>
      <translation>Reglas ordenadas (JSON): cada una asigna condiciones (degraded, at_risk, productive, natural, protected: true o false) a una clase; prevalece la primera regla que se cumple. Vacío: resources/data/ldn_response_rules.json.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="101" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="206" />
      <source>Organizations</source>
      <translation>Organizaciones</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="207" />
      <source>Organizations as 'name|role|type|country; ...': role Leading/Supporting (or 'Lead implementer', or code 1/2), type as label (e.g. NGO, Government) or code, country as ISO2.</source>
      <translation>Organizaciones en la forma 'nombre|rol|tipo|país; ...': rol Leading/Supporting (o 'Lead implementer', o código 1/2), tipo como etiqueta (p. ej., NGO, Government) o código, país como ISO2.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="35" />
      <source>Other / not assigned</source>
      <translation>Otra / no asignada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <source>Other land</source>
      <translation>Otras tierras</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="87" />
      <source>Overall accuracy</source>
      <translation>Exactitud global</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="88" />
      <source>Overall accuracy 95 % half-interval</source>
      <translation>Semiintervalo del 95 % de la exactitud global</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="167" />
      <source>Overall accuracy {oa:.3f} ± {ci:.3f} from {n} points ({method}).</source>
      <translation>Exactitud global {oa:.3f} ± {ci:.3f} a partir de {n} puntos ({method}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="78" />
      <source>Overall agreement (0-1)</source>
      <translation>Concordancia global (0-1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="35" />
      <source>Overuse</source>
      <translation>Sobreuso</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="76" />
      <source>Overuse area (ha)</source>
      <translation>Área con sobreuso (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="68" />
      <source>Overuse steps</source>
      <translation>Pasos de sobreuso</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="115" />
      <source>Overuse: {overuse:.2f} ha; underuse: {underuse:.2f} ha; proper use: {proper:.2f} ha.</source>
      <translation>Sobreuso: {overuse:.2f} ha; subuso: {underuse:.2f} ha; uso adecuado: {proper:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="109" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="64" />
      <source>PRAIS workbook</source>
      <translation>Libro de PRAIS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="110" />
      <source>Pages</source>
      <translation>Páginas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="53" />
      <source>Pairs of classes that count as agreement when the two legends differ, one pair per row (a class may appear in several pairs). Empty: classes agree when their codes are equal. When given, only the listed pairs agree.</source>
      <translation>Pares de clases que cuentan como concordancia cuando las dos leyendas difieren, un par por fila (una clase puede aparecer en varios pares). Vacío: las clases concuerdan cuando sus códigos son iguales. Si se indica, solo concuerdan los pares enumerados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="61" />
      <source>Pairs stratum:accuracy separated by commas, e.g. -1:0.7, 0:0.9, 1:0.8 (lower for rare change classes). Strata not listed take {DEFAULT_EXPECTED_UA}.</source>
      <translation>Pares estrato:exactitud separados por comas, p. ej., -1:0.7, 0:0.9, 1:0.8 (más baja para las clases de cambio poco frecuentes). Los estratos no indicados toman {DEFAULT_EXPECTED_UA}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="42" />
      <source>Pairwise comparison matrix</source>
      <translation>Matriz de comparación por pares</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="109" />
      <source>Pairwise comparisons (row compared with column)</source>
      <translation>Comparaciones por pares (fila comparada con columna)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="58" />
      <source>Parameters read from the input tables</source>
      <translation>Parámetros leídos de las tablas de entrada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="103" />
      <source>Part of the area under restoration inside the degraded baseline, in hectares.</source>
      <translation>Parte del área en restauración dentro de la referencia degradada, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="133" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="175" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="245" />
      <source>Path to the target (ha)</source>
      <translation>Trayectoria hacia la meta (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="76" />
      <source>Per class: mapped and estimated area (ha) with standard error, 95 % interval, user's and producer's accuracy with 95 % intervals, sample counts, and the class name (from the map's attribute table, category names or style; else its code).</source>
      <translation>Por clase: área cartografiada y estimada (ha) con error estándar, intervalo del 95 %, exactitud del usuario y del productor con intervalos del 95 %, recuentos de la muestra y el nombre de la clase (de la tabla de atributos del mapa, sus nombres de categoría o su estilo; si no, su código).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="63" />
      <source>Per land unit: pixels, area, range of the means, percentile, cut-off and degraded area.</source>
      <translation>Por unidad de tierra: píxeles, área, rango de las medias, percentil, umbral de corte y área degradada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="86" />
      <source>Per stratum: pixels, area, weight, expected user's accuracy, points allocated, inclusion probability and the stratum's name (from the raster's attribute table, category names or style; else its code).</source>
      <translation>Por estrato: píxeles, área, peso, exactitud del usuario esperada, puntos asignados, probabilidad de inclusión y el nombre del estrato (de la tabla de atributos del ráster, sus nombres de categoría o su estilo; si no, su código).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="70" />
      <source>Per zone (and for the whole raster): compared area, agreeing area, overall agreement, chance agreement, kappa, areas with only map A, only map B, neither.</source>
      <translation>Por zona (y para todo el ráster): área comparada, área concordante, concordancia global, concordancia por azar, kappa, áreas solo con el mapa A, solo con el mapa B, con ninguno.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="94" />
      <source>Percent change of the SOC stock (Float32, nodata -32768).</source>
      <translation>Cambio porcentual de las existencias de COS (Float32, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="106" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="115" />
      <source>Percent of the baseline under restoration</source>
      <translation>Porcentaje de la referencia en restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="109" />
      <source>Percent of the degraded baseline under restoration (%)</source>
      <translation>Porcentaje de la referencia degradada en restauración (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="115" />
      <source>Percent of the estimated baseline under restoration</source>
      <translation>Porcentaje de la referencia estimada en restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="49" />
      <source>Percentile of the land unit</source>
      <translation>Percentil de la unidad de tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="50" />
      <source>Percentile of the pixel means of each land unit used as its reference productivity (default 90).</source>
      <translation>Percentil de las medias de los píxeles de cada unidad de tierra que se usa como su productividad de referencia (por defecto 90).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="60" />
      <source>Performance ratio</source>
      <translation>Ratio de desempeño</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="77" />
      <source>Performance sub-indicator (-1/0), e.g. from Productivity performance. Needed in the combine mode.</source>
      <translation>Subindicador de desempeño (-1/0), p. ej., de Desempeño de la productividad. Necesario en el modo de combinación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="80" />
      <source>Performance sub-indicator (-1/0).</source>
      <translation>Subindicador de desempeño (-1/0).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="63" />
      <source>Performance: percentile of the land unit</source>
      <translation>Desempeño: percentil de la unidad de tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="66" />
      <source>Performance: ratio threshold</source>
      <translation>Desempeño: umbral de la ratio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="72" />
      <source>Period end years</source>
      <translation>Años finales de los periodos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="68" />
      <source>Period labels</source>
      <translation>Etiquetas de los periodos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="79" />
      <source>Period name</source>
      <translation>Nombre del periodo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="49" />
      <source>Period names</source>
      <translation>Nombres de los periodos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="60" />
      <source>Period of the estimate</source>
      <translation>Periodo de la estimación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="118" />
      <source>Period-by-period chart of degraded and improved area and the like-for-like deficit (.svg or .png).</source>
      <translation>Gráfico periodo a periodo del área degradada y mejorada y del déficit de igual por igual (.svg o .png).</translation>
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
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="71" />
      <source>Pixels matching no range or code</source>
      <translation>Píxeles que no coinciden con ningún rango ni código</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="36" />
      <source>Pixels sampled (reproducibly, seed 1) for natural breaks; the optimisation grows with the square of the sample. Quantiles use a sample of up to 1 000 000 pixels (exact below that).</source>
      <translation>Píxeles muestreados (de forma reproducible, semilla 1) para los cortes naturales; la optimización crece con el cuadrado de la muestra. Los cuantiles usan una muestra de hasta 1 000 000 de píxeles (exactos por debajo de esa cifra).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="82" />
      <source>Pixels touching any site buffered by this many pixel widths (default 2) are never controls, to keep edge effects and spill-overs out.</source>
      <translation>Los píxeles que tocan cualquier sitio ampliado en este número de anchos de píxel (por defecto 2) nunca son controles, para excluir los efectos de borde y los efectos indirectos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="50" />
      <source>Pixels with fewer valid (not nodata) baseline years are nodata (default 5).</source>
      <translation>Los píxeles con menos años de referencia válidos (con datos) quedan sin datos (por defecto 5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="42" />
      <source>Pixels with fewer valid (not nodata) years in the period are nodata (default 10).</source>
      <translation>Los píxeles con menos años válidos (con datos) en el periodo quedan sin datos (por defecto 10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="57" />
      <source>Pixels with fewer valid years in the period are nodata (default 10).</source>
      <translation>Los píxeles con menos años válidos en el periodo quedan sin datos (por defecto 10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="102" />
      <source>Plot side (m)</source>
      <translation>Lado de la parcela (m)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="96" />
      <source>Plot squares (KML)</source>
      <translation>Cuadrados de las parcelas (KML)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="299" />
      <source>Point {n} of {total} (id {id})</source>
      <translation>Punto {n} de {total} (id {id})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="83" />
      <source>Points at the sampled pixel centres with stratum, map class, pixel area, inclusion probability, stratum pixel count and an empty reference field.</source>
      <translation>Puntos en los centros de los píxeles muestreados con estrato, clase del mapa, área del píxel, probabilidad de inclusión, número de píxeles del estrato y un campo de referencia vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="99" />
      <source>Points drawn</source>
      <translation>Puntos extraídos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="47" />
      <source>Points of a stratified random sample with stratum, map class and reference label.</source>
      <translation>Puntos de una muestra aleatoria estratificada con estrato, clase del mapa y etiqueta de referencia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="204" />
      <source>Points of contact</source>
      <translation>Puntos de contacto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="98" />
      <source>Points of contact (at least one required)</source>
      <translation>Puntos de contacto (se requiere al menos uno)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="90" />
      <source>Points table (CSV or XLSX)</source>
      <translation>Tabla de puntos (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="44" />
      <source>Polygon layers (protected areas...), any CRS: a pixel is excluded when the polygons cover at least half of it.</source>
      <translation>Capas de polígonos (áreas protegidas...), cualquier SRC: un píxel se excluye cuando los polígonos cubren al menos la mitad de él.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="69" />
      <source>Polygons (any CRS; a pixel counts when at least half of it is covered) or a raster (non-zero valid pixels) of protected areas; they count as Avoid where not degraded.</source>
      <translation>Polígonos (cualquier SRC; un píxel cuenta cuando al menos la mitad está cubierta) o un ráster (píxeles válidos distintos de cero) de áreas protegidas; cuentan como Evitar donde no están degradados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="34" />
      <source>Polygons (e.g. districts) to report areas for; any CRS.</source>
      <translation>Polígonos (p. ej., distritos) para los que informar áreas; cualquier SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="20" />
      <source>Polygons of IUCN GET biomes or functional groups (or national ecosystem types).</source>
      <translation>Polígonos de biomas o grupos funcionales de la Tipología Global de Ecosistemas (GET) de la UICN (o tipos de ecosistemas nacionales).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="141" />
      <source>Polygons of degraded land (the baseline), instead of {DEGRADED_RASTER}; any CRS; overlaps count once.</source>
      <translation>Polígonos de tierras degradadas (la referencia), en lugar de {DEGRADED_RASTER}; cualquier SRC; las superposiciones cuentan una sola vez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="111" />
      <source>Polygons of ecosystem types (instead of {ECOSYSTEMS}), named by {ECOSYSTEM_FIELD}.</source>
      <translation>Polígonos de tipos de ecosistemas (en lugar de {ECOSYSTEMS}), nombrados por {ECOSYSTEM_FIELD}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="45" />
      <source>Polygons of the restoration sites (e.g. the FERM or GEF layer); any CRS. Overlapping sites are counted once (area of the union). Every feature appears in the validation table.</source>
      <translation>Polígonos de los sitios de restauración (p. ej., la capa de FERM o del GEF); cualquier SRC. Los sitios superpuestos se cuentan una sola vez (área de la unión). Todas las entidades aparecen en la tabla de validación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="88" />
      <source>Polygons of the restoration sites, any CRS. Points and lines are reported as errors.</source>
      <translation>Polígonos de los sitios de restauración, cualquier SRC. Los puntos y las líneas se notifican como errores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="60" />
      <source>Polygons that correct known false positives or negatives.</source>
      <translation>Polígonos que corrigen falsos positivos o negativos conocidos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="124" />
      <source>Pooled net balance (ha)</source>
      <translation>Balance neto agregado (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="127" />
      <source>Preparing the T2 Monitor sample region</source>
      <translation>Preparando la región de ejemplo de T2 Monitor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="83" />
      <source>Preset reclassification of a known LPD product to classes 1-5 (sources in resources/data/lpd_external_presets.json). Ignored when a table is given below.</source>
      <translation>Reclasificación predefinida de un producto LPD conocido a las clases 1-5 (fuentes en resources/data/lpd_external_presets.json). Se ignora cuando se indica una tabla más abajo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="60" />
      <source>Principal eigenvalue (lambda max)</source>
      <translation>Valor propio principal (lambda máx.)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="83" />
      <source>Priority class areas</source>
      <translation>Áreas de las clases de prioridad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="85" />
      <source>Priority class areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas de las clases de prioridad (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="81" />
      <source>Priority classes</source>
      <translation>Clases de prioridad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="58" />
      <source>Priority classes (with areas)</source>
      <translation>Clases de prioridad (con áreas)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="76" />
      <source>Priority classes of priorityclasses; adds its map page.</source>
      <translation>Clases de prioridad de priorityclasses; añade su página de mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="45" />
      <source>Productivity classes</source>
      <translation>Clases de productividad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="79" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="76" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="17" />
      <source>Productivity performance</source>
      <translation>Desempeño de la productividad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="19" />
      <source>Productivity performance sub-indicator of SDG 15.3.1 (UNCCD Good Practice Guidance): each pixel's mean productivity over the period compared with what the best land of the same kind achieves.&lt;br&gt;&lt;br&gt;Per pixel, the mean of the index over the period's valid years (cloud gaps are skipped; a pixel with no valid year is nodata), or the values of a single mean raster. For every land unit (e.g. land cover x soil or ecoregion), the chosen percentile (default 90th) of the means of all its pixels over the whole raster, computed exactly (as numpy's percentile) whatever the raster size. Ratio = mean / unit percentile; ratio below the threshold (default 0.5) gives -1 (degraded), else 0. Band scale and offset (e.g. NDVI x 10000) are applied, so means and ratios are in the index's units.&lt;br&gt;&lt;br&gt;Land units are a raster of whole-number ids, or a polygon layer with an id field: the polygons are burned onto the productivity grid (a pixel takes the unit whose polygon contains its centre; the later feature wins where polygons overlap) into a temporary file removed after the run.&lt;br&gt;&lt;br&gt;Units whose percentile is 0 or negative (e.g. water) cannot be rated: their pixels are nodata and the unit table says so. Units without any valid pixel are listed with a warning. The unit table gives, per unit, the pixels and area, the range of the means, the percentile value, the cut-off (threshold x percentile) and the degraded pixels, hectares and share.</source>
      <translation>Subindicador de desempeño de la productividad del ODS 15.3.1 (Guía de Buenas Prácticas de la CNULD): la productividad media de cada píxel durante el periodo comparada con la que alcanzan las mejores tierras del mismo tipo.&lt;br&gt;&lt;br&gt;Por píxel, la media del índice en los años válidos del periodo (se omiten los huecos por nubes; un píxel sin ningún año válido queda sin datos), o los valores de un único ráster de medias. Para cada unidad de tierra (p. ej., cobertura del suelo x suelo o ecorregión), el percentil elegido (por defecto el 90) de las medias de todos sus píxeles en todo el ráster, calculado de forma exacta (como percentile de numpy) sea cual sea el tamaño del ráster. Ratio = media / percentil de la unidad; una ratio inferior al umbral (por defecto 0,5) da -1 (degradado) y, si no, 0. Se aplican la escala y el desplazamiento de banda (p. ej., NDVI x 10000), de modo que las medias y las ratios están en las unidades del índice.&lt;br&gt;&lt;br&gt;Las unidades de tierra son un ráster de identificadores enteros o una capa de polígonos con un campo de identificador: los polígonos se rasterizan sobre la cuadrícula de productividad (un píxel toma la unidad cuyo polígono contiene su centro; la última entidad prevalece donde los polígonos se superponen) en un archivo temporal que se elimina tras la ejecución.&lt;br&gt;&lt;br&gt;Las unidades cuyo percentil es 0 o negativo (p. ej., agua) no pueden evaluarse: sus píxeles quedan sin datos y la tabla de unidades lo indica. Las unidades sin ningún píxel válido se enumeran con una advertencia. La tabla de unidades da, por unidad, los píxeles y el área, el rango de las medias, el valor del percentil, el umbral de corte (umbral x percentil) y los píxeles degradados, las hectáreas y la proporción.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="77" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="73" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="53" />
      <source>Productivity state</source>
      <translation>Estado de la productividad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="14" />
      <source>Productivity state (baseline deciles)</source>
      <translation>Estado de la productividad (deciles de referencia)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="43" />
      <source>Productivity sub-indicator: a five-class LPD map (1-5) or a three-class -1/0/+1 layer.</source>
      <translation>Subindicador de productividad: un mapa LPD de cinco clases (1-5) o una capa de tres clases -1/0/+1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="75" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="70" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="45" />
      <source>Productivity trajectory</source>
      <translation>Trayectoria de la productividad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="14" />
      <source>Productivity trajectory (Mann-Kendall)</source>
      <translation>Trayectoria de la productividad (Mann-Kendall)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="107" />
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="186" />
      <source>Project JSON file</source>
      <translation>Archivo JSON del proyecto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="201" />
      <source>Project restoration types</source>
      <translation>Tipos de restauración del proyecto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="199" />
      <source>Project starting year</source>
      <translation>Año de inicio del proyecto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="194" />
      <source>Project title</source>
      <translation>Título del proyecto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="35" />
      <source>Proper use</source>
      <translation>Uso adecuado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="74" />
      <source>Proper use area (ha)</source>
      <translation>Área con uso adecuado (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="92" />
      <source>Proportion of degraded land (2.CT.1)</source>
      <translation>Proporción de tierra degradada (2.CT.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="69" />
      <source>Proportion of degraded land in the last period (%)</source>
      <translation>Proporción de tierra degradada en el último periodo (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="105" />
      <source>Proportion of land that is degraded (%)</source>
      <translation>Proporción de tierra degradada (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="73" />
      <source>Proportional to area</source>
      <translation>Proporcional al área</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="74" />
      <source>Proportional with a minimum per stratum</source>
      <translation>Proporcional con un mínimo por estrato</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="68" />
      <source>Protected areas</source>
      <translation>Áreas protegidas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="22" />
      <source>Protected areas and OECMs</source>
      <translation>Áreas protegidas y OMEC</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="23" />
      <source>Protected areas and OECMs; the '(outside)' row is the area not in any PA/OECM.</source>
      <translation>Áreas protegidas y OMEC; la fila '(outside)' es el área que no está en ninguna AP/OMEC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="224" />
      <source>Publish</source>
      <translation>Publicar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="209" />
      <source>Publish to FERM (needs an internet connection and a FERM API key)</source>
      <translation>Publicar en FERM (requiere conexión a internet y una clave de API de FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="107" />
      <source>Published to FERM: project id {id} ({sites} polygons, {ha} ha). Logged in {log}.</source>
      <translation>Publicado en FERM: id. de proyecto {id} ({sites} polígonos, {ha} ha). Registrado en {log}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="193" />
      <source>Publishing to FERM failed unexpectedly ({reason}). Nothing is retried: check in FERM whether the project was created before publishing again.</source>
      <translation>La publicación en FERM falló de forma inesperada ({reason}). No se reintenta nada: compruebe en FERM si se creó el proyecto antes de volver a publicar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="175" />
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="82" />
      <source>Publishing to FERM…</source>
      <translation>Publicando en FERM…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="199" />
      <source>Publishing was cancelled. If the data had already been sent, FERM may have created the project: check in FERM before publishing again.</source>
      <translation>Se canceló la publicación. Si los datos ya se habían enviado, FERM puede haber creado el proyecto: compruébelo en FERM antes de volver a publicar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="24" />
      <source>QGIS interface language</source>
      <translation>Idioma de la interfaz de QGIS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Quantile</source>
      <translation>Cuantiles</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="33" />
      <source>ROAM restoration priority (model template)</source>
      <translation>Prioridad de restauración ROAM (plantilla de modelo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="29" />
      <source>ROAM,land overuse,land use conflict,capability,underuse,restoration priority,criterion</source>
      <translation>ROAM,sobreuso de la tierra,conflicto de uso de la tierra,capacidad,subuso,prioridad de restauración,criterio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="59" />
      <source>ROAM,priority,classes,quantile,Jenks,natural breaks,equal interval,area,hectares,zones</source>
      <translation>ROAM,prioridad,clases,cuantiles,Jenks,cortes naturales,intervalos iguales,área,hectáreas,zonas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="15" />
      <source>ROAM,sensitivity,weights,Monte Carlo,one-at-a-time,AHP,uncertainty,priority</source>
      <translation>ROAM,sensibilidad,pesos,Monte Carlo,uno a uno,AHP,incertidumbre,prioridad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="21" />
      <source>ROAM,standardise,normalise,fuzzy,membership,sigmoid,gaussian,min-max,reclassify,criterion</source>
      <translation>ROAM,estandarizar,normalizar,difuso,pertenencia,sigmoide,gaussiana,mín.-máx.,reclasificar,criterio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="101" />
      <source>ROAM,weighted overlay,weighted linear combination,suitability,MCDA,AHP,exclusion,priority</source>
      <translation>ROAM,superposición ponderada,combinación lineal ponderada,aptitud,MCDA,AHP,exclusión,prioridad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sensitivity.py" line="105" />
      <source>RUNS must be at least 1.</source>
      <translation>RUNS debe ser al menos 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="38" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="79" />
      <source>Random seed</source>
      <translation>Semilla aleatoria</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="62" />
      <source>Ranges or categories table</source>
      <translation>Tabla de rangos o categorías</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="120" />
      <source>Rank</source>
      <translation>Rango</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="69" />
      <source>Raster of baseline classes (e.g. SDG 15.3.1 -1/0/+1, LPD or land cover); controls come from the same class as the site pixels they stand for. Empty: no matching by class.</source>
      <translation>Ráster de clases de referencia (p. ej., ODS 15.3.1 -1/0/+1, LPD o cobertura del suelo); los controles proceden de la misma clase que los píxeles del sitio a los que representan. Vacío: sin emparejamiento por clase.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="103" />
      <source>Raster of ecosystem types on the grid of {DEGRADATION_MAP} (whole-number values, band 1), named in {ECOSYSTEM_CODES}.</source>
      <translation>Ráster de tipos de ecosistemas en la cuadrícula de {DEGRADATION_MAP} (valores enteros, banda 1), nombrados en {ECOSYSTEM_CODES}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="65" />
      <source>Raster of land-unit codes (e.g. soil x ecoregion); controls come from the same unit as the site pixels they stand for. Empty: no matching by land unit.</source>
      <translation>Ráster de códigos de unidades de tierra (p. ej., suelo x ecorregión); los controles proceden de la misma unidad que los píxeles del sitio a los que representan. Vacío: sin emparejamiento por unidad de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="49" />
      <source>Raster of land-use capability classes (e.g. 1-8: 1-4 arable, 5-7 pasture / forestry, 8 protection only).</source>
      <translation>Ráster de clases de capacidad de uso de la tierra (p. ej., 1-8: 1-4 cultivables, 5-7 pastos / silvicultura, 8 solo protección).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="46" />
      <source>Raster of land-use codes, e.g. the 7 UNCCD land-cover classes.</source>
      <translation>Ráster de códigos de uso de la tierra, p. ej., las 7 clases de cobertura del suelo CNULD.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="42" />
      <source>Raster of the criterion in its own units (e.g. slope in degrees, distance in metres).</source>
      <translation>Ráster del criterio en sus propias unidades (p. ej., pendiente en grados, distancia en metros).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="33" />
      <source>Raster of whole-number class codes (e.g. land cover, degradation classes).</source>
      <translation>Ráster de códigos de clase enteros (p. ej., cobertura del suelo, clases de degradación).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="121" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="69" />
      <source>Rated area (ha)</source>
      <translation>Área evaluada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="166" />
      <source>Rated area: {rated:.2f} ha, of which {degraded:.2f} ha in categories 1 and above.</source>
      <translation>Área evaluada: {rated:.2f} ha, de las que {degraded:.2f} ha en las categorías 1 y superiores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="71" />
      <source>Rated pixels</source>
      <translation>Píxeles evaluados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="27" />
      <source>Reads a FERM GeoJSON file (an API payload such as the one 'Export restoration sites to FERM' writes, or a FERM polygon export) into a polygon layer in EPSG:4326. Codes are kept and decoded with the FERM vocabularies shipped with the plugin, in the chosen language (English where FERM has no label in it): restoration_type + restoration_type_label, tenure_status + tenure_status_label, ecosystems + ecosystems_labels, activities + activities_labels (labels separated by '; '). Project information from the payload's top-level properties (title, institution, starting year, restoration types, countries, organizations with decoded role and type) is repeated on every site. Features a multi-part site was split into (part/partCount) are merged back into one multipolygon per site, areas added.</source>
      <translation>Lee un archivo GeoJSON de FERM (una carga útil de API como la que escribe 'Exportar sitios de restauración a FERM', o una exportación de polígonos de FERM) en una capa de polígonos en EPSG:4326. Los códigos se conservan y se descodifican con los vocabularios de FERM incluidos en el complemento, en el idioma elegido (inglés cuando FERM no tiene etiqueta en él): restoration_type + restoration_type_label, tenure_status + tenure_status_label, ecosystems + ecosystems_labels, activities + activities_labels (etiquetas separadas por '; '). La información del proyecto de las propiedades de nivel superior de la carga útil (título, institución, año de inicio, tipos de restauración, países, organizaciones con rol y tipo descodificados) se repite en cada sitio. Las entidades en que se dividió un sitio multiparte (part/partCount) se vuelven a unir en un multipolígono por sitio, sumando las áreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="56" />
      <source>Recent decile class minus baseline decile class, -9 to +9 (Int16, nodata -32768).</source>
      <translation>Clase de decil reciente menos clase de decil de referencia, de -9 a +9 (Int16, sin datos -32768).</translation>
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
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="68" />
      <source>Reclassify an external LPD map</source>
      <translation>Reclasificar un mapa LPD externo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="129" />
      <source>Reclassifying {layer} with {table}.</source>
      <translation>Reclasificando {layer} con {table}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="35" />
      <source>Reduce</source>
      <translation>Reducir</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="58" />
      <source>Reference (true) class of each point; empty values are left out.</source>
      <translation>Clase de referencia (verdadera) de cada punto; los valores vacíos se omiten.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="142" />
      <source>Reference label</source>
      <translation>Etiqueta de referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="126" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="57" />
      <source>Reference label field</source>
      <translation>Campo de etiqueta de referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="303" />
      <source>Reference label: {value}</source>
      <translation>Etiqueta de referencia: {value}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="64" />
      <source>Reference productivity of each land unit (default 90th percentile).</source>
      <translation>Productividad de referencia de cada unidad de tierra (por defecto el percentil 90).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="33" />
      <source>Relative change of the weights, in percent, for both analyses (default 20).</source>
      <translation>Cambio relativo de los pesos, en porcentaje, para ambos análisis (por defecto 20).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="112" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="109" />
      <source>Remaining to reach the target (ha)</source>
      <translation>Restante para alcanzar la meta (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="148" />
      <source>Remaining to target (ha)</source>
      <translation>Restante para la meta (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="102" />
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="52" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="109" />
      <source>Report</source>
      <translation>Informe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="96" />
      <source>Report date</source>
      <translation>Fecha del informe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="25" />
      <source>Reporting</source>
      <translation>Informes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="89" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="213" />
      <source>Reporting period</source>
      <translation>Período de informe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="82" />
      <source>Reporting period chart</source>
      <translation>Gráfico de periodos de informe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="217" />
      <source>Reporting period: {period}</source>
      <translation>Período de informe: {period}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="74" />
      <source>Reporting periods</source>
      <translation>Periodos de informe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="80" />
      <source>Reporting periods file (CSV or XLSX)</source>
      <translation>Archivo de periodos de informe (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="59" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="84" />
      <source>Reporting year</source>
      <translation>Año de informe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="31" />
      <source>Reporting-period SDG 15.3.1 layer</source>
      <translation>Capa ODS 15.3.1 del periodo de informe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="65" />
      <source>Reporting-period SDG 15.3.1 maps</source>
      <translation>Mapas ODS 15.3.1 de los periodos de informe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="22" />
      <source>Rescales one criterion raster (slope, distance, erosion risk, land overuse...) to a common 0..1 score (1 = most suitable for restoration), ROAM step 2.&lt;br&gt;&lt;br&gt;Methods (x = criterion value):&lt;ul&gt;&lt;li&gt;linear benefit: (x - {MIN}) / ({MAX} - {MIN}), clipped to 0..1;&lt;/li&gt;&lt;li&gt;linear cost: ({MAX} - x) / ({MAX} - {MIN}), clipped;&lt;/li&gt;&lt;li&gt;fuzzy linear: straight lines through the control points {POINTS} (value:score; ...), constant beyond the first and last point;&lt;/li&gt;&lt;li&gt;sigmoid increasing: 1 / (1 + exp(-{SPREAD} * (x - {MIDPOINT})));&lt;/li&gt;&lt;li&gt;sigmoid decreasing: 1 / (1 + exp({SPREAD} * (x - {MIDPOINT})));&lt;/li&gt;&lt;li&gt;gaussian (near): exp(-((x - {MIDPOINT}) / {SPREAD})^2), 1 at the midpoint;&lt;/li&gt;&lt;li&gt;value ranges: {SCORE_TABLE} rows min, max, score; the first row with min &amp;lt;= x &amp;lt;= max applies (empty min or max = open);&lt;/li&gt;&lt;li&gt;categories: {SCORE_TABLE} rows code, score (leave the max column empty).&lt;/li&gt;&lt;/ul&gt;Empty {MIN} or {MAX}: the exact minimum or maximum of the raster's valid pixels (a first pass over the whole raster). A criterion with {MAX} = {MIN} is refused. Values matching no range or code become nodata and are reported ({UNMAPPED_PIXELS}, {UNMAPPED_HA}).&lt;br&gt;&lt;br&gt;Output: Float32, nodata -9999; the method and its parameters are stored as metadata items (T2M_STANDARDIZE_*) of the file.</source>
      <translation>Reescala un ráster de criterio (pendiente, distancia, riesgo de erosión, sobreuso de la tierra...) a una puntuación común 0..1 (1 = más apto para la restauración), paso 2 de ROAM.&lt;br&gt;&lt;br&gt;Métodos (x = valor del criterio):&lt;ul&gt;&lt;li&gt;beneficio lineal: (x - {MIN}) / ({MAX} - {MIN}), recortado a 0..1;&lt;/li&gt;&lt;li&gt;coste lineal: ({MAX} - x) / ({MAX} - {MIN}), recortado;&lt;/li&gt;&lt;li&gt;lineal difuso: rectas que pasan por los puntos de control {POINTS} (valor:puntuación; ...), constante más allá del primer y del último punto;&lt;/li&gt;&lt;li&gt;sigmoide creciente: 1 / (1 + exp(-{SPREAD} * (x - {MIDPOINT})));&lt;/li&gt;&lt;li&gt;sigmoide decreciente: 1 / (1 + exp({SPREAD} * (x - {MIDPOINT})));&lt;/li&gt;&lt;li&gt;gaussiana (cerca): exp(-((x - {MIDPOINT}) / {SPREAD})^2), 1 en el punto medio;&lt;/li&gt;&lt;li&gt;rangos de valores: filas de {SCORE_TABLE} min, max, puntuación; se aplica la primera fila con min &amp;lt;= x &amp;lt;= max (min o max vacío = abierto);&lt;/li&gt;&lt;li&gt;categorías: filas de {SCORE_TABLE} código, puntuación (deje vacía la columna max).&lt;/li&gt;&lt;/ul&gt;{MIN} o {MAX} vacío: el mínimo o el máximo exacto de los píxeles válidos del ráster (una primera pasada por todo el ráster). Un criterio con {MAX} = {MIN} se rechaza. Los valores que no coinciden con ningún rango ni código pasan a sin datos y se notifican ({UNMAPPED_PIXELS}, {UNMAPPED_HA}).&lt;br&gt;&lt;br&gt;Salida: Float32, sin datos -9999; el método y sus parámetros se guardan como elementos de metadatos (T2M_STANDARDIZE_*) del archivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="32" />
      <source>Restoration effectiveness (sites against controls)</source>
      <translation>Eficacia de la restauración (sitios frente a controles)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="21" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="17" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="19" />
      <source>Restoration priority</source>
      <translation>Prioridad de restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/base.py" line="8" />
      <source>Restoration priority (ROAM)</source>
      <translation>Prioridad de restauración (ROAM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="75" />
      <source>Restoration priority map</source>
      <translation>Mapa de prioridad de restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="60" />
      <source>Restoration progress</source>
      <translation>Progreso de la restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="61" />
      <source>Restoration progress file (CSV or XLSX)</source>
      <translation>Archivo de progreso de la restauración (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="69" />
      <source>Restoration progress table</source>
      <translation>Tabla de avance de la restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="28" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="134" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="243" />
      <source>Restoration progress towards Target 2</source>
      <translation>Progreso de la restauración hacia la Meta 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="44" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="87" />
      <source>Restoration sites</source>
      <translation>Sitios de restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="127" />
      <source>Restoration sites (polygons)</source>
      <translation>Sitios de restauración (polígonos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="80" />
      <source>Restoration type field</source>
      <translation>Campo de tipo de restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="138" />
      <source>Restoration type: field</source>
      <translation>Tipo de restauración: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="149" />
      <source>Restoration type: fixed value</source>
      <translation>Tipo de restauración: valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="143" />
      <source>Restoration type: fixed value as text</source>
      <translation>Tipo de restauración: valor fijo como texto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="96" />
      <source>Restoration types</source>
      <translation>Tipos de restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="36" />
      <source>Reverse</source>
      <translation>Revertir</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="86" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="81" />
      <source>Rows map class, columns reference class (ref_&lt;code&gt;, ref_m&lt;code&gt; for negative codes), in proportions of area, with row totals and sample counts; last row the column totals.</source>
      <translation>Filas: clase del mapa; columnas: clase de referencia (ref_&lt;code&gt;, ref_m&lt;code&gt; para códigos negativos), en proporciones de área, con totales de fila y recuentos de la muestra; última fila: los totales de columna.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="122" />
      <source>Rows of degraded land by ecosystem type</source>
      <translation>Filas de tierras degradadas por tipo de ecosistema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="52" />
      <source>Rows of land-use code, capability class and signed steps (0 proper use, k &gt; 0 overuse by k steps, k &lt; 0 underuse). Takes precedence over {COMPATIBILITY_FILE}. Empty: {COMPATIBILITY_FILE}, or the default table.</source>
      <translation>Filas de código de uso de la tierra, clase de capacidad y pasos con signo (0 uso adecuado, k &gt; 0 sobreuso de k pasos, k &lt; 0 subuso). Tiene prioridad sobre {COMPATIBILITY_FILE}. Vacío: {COMPATIBILITY_FILE} o la tabla por defecto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="95" />
      <source>Rows written</source>
      <translation>Filas escritas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="80" />
      <source>Rule</source>
      <translation>Regla</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="72" />
      <source>Rules file (JSON)</source>
      <translation>Archivo de reglas (JSON)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="140" />
      <source>Run weighted overlay…</source>
      <translation>Ejecutar superposición ponderada…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="18" />
      <source>SDG 15.3.1</source>
      <translation>ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/base.py" line="8" />
      <source>SDG 15.3.1 degradation</source>
      <translation>Degradación ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="84" />
      <source>SDG 15.3.1 indicator</source>
      <translation>Indicador ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="21" />
      <source>SDG 15.3.1 indicator (one out, all out)</source>
      <translation>Indicador ODS 15.3.1 (uno fuera, todos fuera)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="29" />
      <source>SDG 15.3.1 layer of the baseline period (-1/0/+1).</source>
      <translation>Capa ODS 15.3.1 del periodo de referencia (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="32" />
      <source>SDG 15.3.1 layer of the reporting period (-1/0/+1).</source>
      <translation>Capa ODS 15.3.1 del periodo de informe (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="60" />
      <source>SDG 15.3.1 map</source>
      <translation>Mapa ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="99" />
      <source>SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved, band 1), e.g. of the baseline; with an ecosystem layer adds the degraded land by ecosystem type.</source>
      <translation>Mapa ODS 15.3.1 (-1 degradado, 0 estable, +1 mejorado, banda 1), p. ej., de la referencia; con una capa de ecosistemas añade las tierras degradadas por tipo de ecosistema.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="66" />
      <source>SDG 15.3.1 map (-1/0/+1) of each reporting period, in chronological order, on the baseline's grid.</source>
      <translation>Mapa ODS 15.3.1 (-1/0/+1) de cada periodo de informe, en orden cronológico, en la cuadrícula de la referencia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="98" />
      <source>SDG 15.3.1 map for the ecosystem disaggregation</source>
      <translation>Mapa ODS 15.3.1 para la desagregación por ecosistemas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="63" />
      <source>SDG 15.3.1 map of the baseline period (-1/0/+1, band 1).</source>
      <translation>Mapa ODS 15.3.1 del periodo de referencia (-1/0/+1, banda 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="45" />
      <source>SDG 15.3.1 summaries (one per period)</source>
      <translation>Resúmenes del ODS 15.3.1 (uno por periodo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="78" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="63" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="86" />
      <source>SDG 15.3.1 summary</source>
      <translation>Resumen ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="88" />
      <source>SDG 15.3.1 summary file (CSV or XLSX)</source>
      <translation>Archivo de resumen ODS 15.3.1 (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="22" />
      <source>SDG,15.3.1,LDN,degradation,one out all out,false positives,error recode,2.CT.1,summary</source>
      <translation>ODS,15.3.1,NDT,degradación,uno fuera todos fuera,falsos positivos,recodificación de errores,2.CT.1,resumen</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="29" />
      <source>SDG,15.3.1,LPD,land productivity dynamics,NDVI,trajectory,state,performance,offline</source>
      <translation>ODS,15.3.1,LPD,dinámica de la productividad de la tierra,NDVI,trayectoria,estado,desempeño,sin conexión</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="50" />
      <source>SDG,15.3.1,LPD,land productivity dynamics,trajectory,state,performance,JRC,FAO-WOCAT,Trends.Earth,reclassify</source>
      <translation>ODS,15.3.1,LPD,dinámica de la productividad de la tierra,trayectoria,estado,desempeño,JRC,FAO-WOCAT,Trends.Earth,reclasificar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="101" />
      <source>SDG,15.3.1,land cover,transition matrix,UNCCD,LDN,ESA CCI,reclassify,sub-indicator</source>
      <translation>ODS,15.3.1,cobertura del suelo,matriz de transición,CNULD,NDT,ESA CCI,reclasificar,subindicador</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="18" />
      <source>SDG,15.3.1,productivity,performance,land units,percentile,NDVI,LPD</source>
      <translation>ODS,15.3.1,productividad,desempeño,unidades de tierra,percentil,NDVI,LPD</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="15" />
      <source>SDG,15.3.1,productivity,state,deciles,NDVI,LDN,baseline,recent,time series</source>
      <translation>ODS,15.3.1,productividad,estado,deciles,NDVI,NDT,referencia,reciente,serie temporal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="15" />
      <source>SDG,15.3.1,productivity,trajectory,trend,Mann-Kendall,Sen slope,NDVI,LDN,time series</source>
      <translation>ODS,15.3.1,productividad,trayectoria,tendencia,Mann-Kendall,pendiente de Sen,NDVI,NDT,serie temporal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="25" />
      <source>SDG,15.3.1,soil organic carbon,SOC,IPCC,stock change factor,climate zone,sub-indicator</source>
      <translation>ODS,15.3.1,carbono orgánico del suelo,COS,IPCC,factor de cambio de existencias,zona climática,subindicador</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="16" />
      <source>SDG,15.3.1,status,persistent degradation,recent degradation,reporting period,PRAIS</source>
      <translation>ODS,15.3.1,estado,degradación persistente,degradación reciente,periodo de informe,PRAIS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="66" />
      <source>SO1 land by period as CSV</source>
      <translation>SO1 tierras por periodo como CSV</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="74" />
      <source>SO1 land type by status as CSV</source>
      <translation>SO1 tipo de tierra por estado como CSV</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="93" />
      <source>SOC change (%)</source>
      <translation>Cambio del COS (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="91" />
      <source>SOC degradation</source>
      <translation>Degradación del COS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="50" />
      <source>SOC stock at the start of the period (e.g. t C/ha, 0-30 cm).</source>
      <translation>Existencias de COS al inicio del periodo (p. ej., t C/ha, 0-30 cm).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="53" />
      <source>SOC sub-indicator (-1/0/+1); without it only productivity and land cover are combined.</source>
      <translation>Subindicador de COS (-1/0/+1); sin él solo se combinan la productividad y la cobertura del suelo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="64" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="84" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="119" />
      <source>SVG (*.svg);;PNG (*.png)</source>
      <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="85" />
      <source>Sample design</source>
      <translation>Diseño de muestreo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="25" />
      <source>Sample design (stratified random)</source>
      <translation>Diseño de muestreo (aleatorio estratificado)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="89" />
      <source>Sample design file (CSV or XLSX)</source>
      <translation>Archivo de diseño de muestreo (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="121" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="82" />
      <source>Sample points</source>
      <translation>Puntos de muestra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="124" />
      <source>Sample region opened from {folder}.</source>
      <translation>Región de ejemplo abierta desde {folder}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="100" />
      <source>Sample size from the target standard error</source>
      <translation>Tamaño de la muestra a partir del error estándar objetivo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="161" />
      <source>Sample units belong to stratum {strata}, which the strata raster does not have: the sample was drawn from another map.</source>
      <translation>Hay unidades de muestra que pertenecen al estrato {strata}, que el ráster de estratos no tiene: la muestra se extrajo de otro mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="112" />
      <source>Sample-based estimate of the degraded baseline (empty without an estimate).</source>
      <translation>Estimación por muestreo de la referencia degradada (vacío sin estimación).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="318" />
      <source>Save AHP matrix</source>
      <translation>Guardar matriz AHP</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="138" />
      <source>Save CSV…</source>
      <translation>Guardar CSV…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="65" />
      <source>Score 0..1</source>
      <translation>Puntuación 0..1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="133" />
      <source>Scores for {layer} must lie between 0 and 1; got {values}.</source>
      <translation>Las puntuaciones de {layer} deben estar entre 0 y 1; se recibió {values}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="76" />
      <source>Scoring rules</source>
      <translation>Reglas de puntuación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="84" />
      <source>Scoring rules file</source>
      <translation>Archivo de reglas de puntuación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="72" />
      <source>Search distance for controls (m)</source>
      <translation>Distancia de búsqueda de controles (m)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="50" />
      <source>Second categorical map (band 1, whole-number class codes).</source>
      <translation>Segundo mapa categórico (banda 1, códigos de clase enteros).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="39" />
      <source>Seed of the random weights and of the pixel sample: the same seed gives the same result.</source>
      <translation>Semilla de los pesos aleatorios y de la muestra de píxeles: la misma semilla da el mismo resultado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="81" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="48" />
      <source>Sen's slope</source>
      <translation>Pendiente de Sen</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="49" />
      <source>Sen's slope in index units per year (Float32, nodata -32768). Leave it out to save about three quarters of the computing time.</source>
      <translation>Pendiente de Sen en unidades del índice por año (Float32, sin datos -32768). Omítala para ahorrar unas tres cuartas partes del tiempo de cálculo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="81" />
      <source>Sen's slope of the index per year (Float32).</source>
      <translation>Pendiente de Sen del índice por año (Float32).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="218" />
      <source>Set API key…</source>
      <translation>Definir clave de API…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="53" />
      <source>Several experts' matrix CSV files (same criteria, same order; or one string of paths separated by ';'), combined by the element-wise geometric mean. Takes precedence over the matrix and the matrix file.</source>
      <translation>Archivos CSV de matrices de varios expertos (mismos criterios, mismo orden; o una cadena de rutas separadas por ';'), combinados mediante la media geométrica elemento a elemento. Tiene prioridad sobre la matriz y el archivo de matriz.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="119" />
      <source>Severe degradation area (ha)</source>
      <translation>Área con degradación severa (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="112" />
      <source>Severity areas</source>
      <translation>Áreas por severidad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="115" />
      <source>Severity areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas por severidad (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="108" />
      <source>Severity category of each pixel, 0..n (default 0 not degraded, 1 light, 2 moderate, 3 severe; Int16, nodata -32768), styled with a legend.</source>
      <translation>Categoría de severidad de cada píxel, 0..n (por defecto 0 no degradado, 1 leve, 2 moderado, 3 severo; Int16, sin datos -32768), con estilo y leyenda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="110" />
      <source>Severity score</source>
      <translation>Puntuación de severidad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="146" />
      <source>Share of the degraded baseline to be under restoration: 30 % by 2030 for GBF Target 2 (default), or the national target.</source>
      <translation>Proporción de la referencia degradada que debe estar en restauración: 30 % para 2030 según la Meta 2 del MMB (por defecto), o la meta nacional.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="84" />
      <source>Show T2 Monitor algorithms in the Processing Toolbox</source>
      <translation>Mostrar los algoritmos de T2 Monitor en la caja de herramientas de Procesos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="90" />
      <source>Shown on the title page, e.g. 2016-2023. Empty: the reporting year of {AREA_TABLE}.</source>
      <translation>Se muestra en la portada, p. ej. 2016-2023. Vacío: el año de informe de {AREA_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="87" />
      <source>Shown on the title page.</source>
      <translation>Se muestra en la portada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="103" />
      <source>Side of a square of the mean pixel area, in metres (the Collect Earth plot size).</source>
      <translation>Lado de un cuadrado del área media de los píxeles, en metros (el tamaño de parcela de Collect Earth).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="44" />
      <source>Side of the square moving window, an odd number of pixels (default 3; e.g. 3, 5, 7, ... up to 201), not larger than the raster.</source>
      <translation>Lado de la ventana móvil cuadrada, un número impar de píxeles (por defecto 3; p. ej., 3, 5, 7, ... hasta 201), no mayor que el ráster.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="10" />
      <source>Sigmoid decreasing</source>
      <translation>Sigmoide decreciente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="10" />
      <source>Sigmoid increasing</source>
      <translation>Sigmoide creciente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="59" />
      <source>Sigmoid steepness (per unit of x) or gaussian width (the score is 1/e at {MIDPOINT} +- {SPREAD}); greater than 0.</source>
      <translation>Pendiente de la sigmoide (por unidad de x) o anchura de la gaussiana (la puntuación es 1/e en {MIDPOINT} +- {SPREAD}); mayor que 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="69" />
      <source>Signed steps from the table: 0 proper, &gt; 0 overuse, &lt; 0 underuse (Int16, nodata -32768).</source>
      <translation>Pasos con signo de la tabla: 0 adecuado, &gt; 0 sobreuso, &lt; 0 subuso (Int16, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="93" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="37" />
      <source>Significance level</source>
      <translation>Nivel de significación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="97" />
      <source>Site effectiveness</source>
      <translation>Eficacia por sitio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="100" />
      <source>Site effectiveness table</source>
      <translation>Tabla de eficacia por sitio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="97" />
      <source>Site id: field</source>
      <translation>Id. del sitio: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="99" />
      <source>Site id: fixed value</source>
      <translation>Id. del sitio: valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="61" />
      <source>Site name field</source>
      <translation>Campo de nombre del sitio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="48" />
      <source>Site name or id field</source>
      <translation>Campo de nombre o identificador del sitio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="90" />
      <source>Site name: field</source>
      <translation>Nombre del sitio: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="93" />
      <source>Site name: fixed value</source>
      <translation>Nombre del sitio: valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="97" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="65" />
      <source>Site validation</source>
      <translation>Validación de sitios</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="130" />
      <source>Site {site}: {reason}.</source>
      <translation>Sitio {site}: {reason}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="108" />
      <source>Sites</source>
      <translation>Sitios</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="26" />
      <source>Sites declining</source>
      <translation>Sitios en declive</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="232" />
      <source>Sites exported</source>
      <translation>Sitios exportados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="24" />
      <source>Sites improving</source>
      <translation>Sitios en mejora</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="27" />
      <source>Sites not assessed</source>
      <translation>Sitios no evaluados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="48" />
      <source>Sites read</source>
      <translation>Sitios leídos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="225" />
      <source>Sites with the GEF columns ID_CODE, Restor_str and Restor_end (YYYY/MM/DD), Restor_eco, Restor_typ, plus Site_name, Activities and Area_ha.</source>
      <translation>Sitios con las columnas del GEF ID_CODE, Restor_str y Restor_end (YYYY/MM/DD), Restor_eco, Restor_typ, más Site_name, Activities y Area_ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="46" />
      <source>Sites with their FERM codes and labels and the project's information.</source>
      <translation>Sitios con sus códigos y etiquetas de FERM y la información del proyecto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="25" />
      <source>Sites without detectable effect</source>
      <translation>Sitios sin efecto detectable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="193" />
      <source>Skip features with errors</source>
      <translation>Omitir las entidades con errores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="213" />
      <source>Skip invalid features</source>
      <translation>Omitir las entidades no válidas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="26" />
      <source>Soil organic carbon (SOC) sub-indicator of SDG 15.3.1: percent change of the SOC stock, classified -1 degraded / 0 stable / +1 improved (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Two SOC maps&lt;/b&gt;: the change between an initial and a final SOC map (same units).&lt;br&gt;&lt;b&gt;Baseline stepped with land cover&lt;/b&gt; (default): the final stock is the baseline stock times the stock-change factor of the pixel's land-cover transition (both maps reclassified to the UNCCD classes) in its IPCC climate zone. Default factors (resources/data/ipcc_soc_factors.csv): Tree-covered or Grassland → Cropland: IPCC land-use factor of the climate zone (temperate/boreal/polar dry 0.80, moist 0.69; tropical dry 0.58, moist and wet 0.48, montane 0.64); Cropland → Tree-covered or Grassland: 1/factor; Wetland → Cropland 0.71 and back 1/0.71; any class → Artificial 0.1; every other conversion, and every class that does not change, 1. The full factor applies whatever the time between the land-cover maps.&lt;br&gt;&lt;br&gt;Change = 100 × (final − initial) / initial; change ≤ −threshold → -1, ≥ +threshold → +1, else 0 ({THRESHOLD_PCT}, 10 % by default). Nodata (-32768) where an input is nodata, where the initial stock is 0 or less, and on water: final land cover class 7 Water body, or a non-zero pixel of {WATER_MASK}. Land-cover codes the legend does not cover and climate zones the factor table has no column for stop the run with the list of every such code; nothing is written.</source>
      <translation>Subindicador de carbono orgánico del suelo (COS) del ODS 15.3.1: cambio porcentual de las existencias de COS, clasificado como -1 degradado / 0 estable / +1 mejorado (Guía de Buenas Prácticas de la CNULD v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Dos mapas de COS&lt;/b&gt;: el cambio entre un mapa de COS inicial y uno final (mismas unidades).&lt;br&gt;&lt;b&gt;Referencia escalonada con la cobertura del suelo&lt;/b&gt; (por defecto): las existencias finales son las existencias de referencia multiplicadas por el factor de cambio de existencias de la transición de cobertura del suelo del píxel (ambos mapas reclasificados en las clases CNULD) en su zona climática del IPCC. Factores por defecto (resources/data/ipcc_soc_factors.csv): Cubierta arbórea o Pastizales → Tierras de cultivo: factor de uso de la tierra del IPCC de la zona climática (templada/boreal/polar seca 0,80, húmeda 0,69; tropical seca 0,58, húmeda y muy húmeda 0,48, montana 0,64); Tierras de cultivo → Cubierta arbórea o Pastizales: 1/factor; Humedal → Tierras de cultivo 0,71 y a la inversa 1/0,71; cualquier clase → Artificial 0,1; cualquier otra conversión, y cualquier clase que no cambia, 1. El factor completo se aplica sea cual sea el tiempo transcurrido entre los mapas de cobertura del suelo.&lt;br&gt;&lt;br&gt;Cambio = 100 × (final − inicial) / inicial; cambio ≤ −umbral → -1, ≥ +umbral → +1 y, si no, 0 ({THRESHOLD_PCT}, 10 % por defecto). Sin datos (-32768) donde una entrada no tiene datos, donde las existencias iniciales son 0 o menos, y en el agua: clase 7 Masa de agua de la cobertura final, o un píxel distinto de cero de {WATER_MASK}. Los códigos de cobertura del suelo que la leyenda no cubre y las zonas climáticas para las que la tabla de factores no tiene columna detienen la ejecución con la lista de todos esos códigos; no se escribe nada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="52" />
      <source>Soil organic carbon degradation</source>
      <translation>Degradación del carbono orgánico del suelo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="24" />
      <source>Soil organic carbon degradation (SDG 15.3.1)</source>
      <translation>Degradación del carbono orgánico del suelo (ODS 15.3.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="103" />
      <source>Some class breaks are equal ({breaks}): the classes between them are empty. Use fewer classes or another method.</source>
      <translation>Algunos cortes de clase son iguales ({breaks}): las clases entre ellos quedan vacías. Use menos clases u otro método.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="62" />
      <source>Source code</source>
      <translation>Código de origen</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="23" />
      <source>Source: {source}. Layer: {layer} ({date}), {crs}. Map made with T2 Monitor {version}.</source>
      <translation>Fuente: {source}. Capa: {layer} ({date}), {crs}. Mapa elaborado con T2 Monitor {version}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="58" />
      <source>Spread (sigmoid, gaussian)</source>
      <translation>Dispersión (sigmoide, gaussiana)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <location filename="../t2_monitor_plugin/core/sdg.py" line="19" />
      <source>Stable</source>
      <translation>Estable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="20" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="67" />
      <source>Stable area (ha)</source>
      <translation>Área estable (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="20" />
      <source>Stable but improved at baseline</source>
      <translation>Estable pero mejorado en la referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="20" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="67" />
      <source>Stable pixels</source>
      <translation>Píxeles estables</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="90" />
      <source>Standard error of that area (ha)</source>
      <translation>Error estándar de esa área (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="57" />
      <source>Standard error of the overall accuracy the sample should achieve (0.01 = 1 percentage point), used for the sample size when {SAMPLE_SIZE} is 0.</source>
      <translation>Error estándar de la exactitud global que debe alcanzar la muestra (0.01 = 1 punto porcentual), usado para el tamaño de la muestra cuando {SAMPLE_SIZE} es 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="20" />
      <source>Standardise criterion (0..1)</source>
      <translation>Estandarizar criterio (0..1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="25" />
      <source>Standardised criteria</source>
      <translation>Criterios estandarizados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="70" />
      <source>Standardised criterion</source>
      <translation>Criterio estandarizado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="75" />
      <source>Standardising {layer} by ranges or categories needs a SCORE_TABLE of scores.</source>
      <translation>Estandarizar {layer} por rangos o categorías necesita una SCORE_TABLE de puntuaciones.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="71" />
      <source>Standardising {layer} with a sigmoid or gaussian needs MIDPOINT and a SPREAD greater than 0.</source>
      <translation>Estandarizar {layer} con una sigmoide o una gaussiana necesita MIDPOINT y un SPREAD mayor que 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="51" />
      <source>Start year field</source>
      <translation>Campo de año de inicio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="95" />
      <source>Starting year</source>
      <translation>Año de inicio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="103" />
      <source>Starting year: field</source>
      <translation>Año de inicio: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="106" />
      <source>Starting year: fixed value</source>
      <translation>Año de inicio: valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="77" />
      <source>State sub-indicator (-1/0/+1).</source>
      <translation>Subindicador de estado (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="74" />
      <source>State sub-indicator (-1/0/+1). Needed in the combine mode.</source>
      <translation>Subindicador de estado (-1/0/+1). Necesario en el modo de combinación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="16" />
      <source>State sub-indicator of land productivity (SDG 15.3.1): is the recent productivity of a pixel much lower or higher than in its own baseline?&lt;br&gt;&lt;br&gt;Per pixel, the valid values of the baseline years are cut into deciles (9 cut points at their 10 ... 90 % percentiles, linear interpolation as numpy's default). The baseline mean and the recent-period mean each get a decile class 1-10: class 1 up to the 10 % cut, class k above cut k-1 and up to cut k, class 10 above the 90 % cut (a value equal to a cut falls in the lower class, as in Trends.Earth). The change is recent class minus baseline class; {OUTPUT} is -1 where the change is at most -{THRESHOLD_CLASSES}, +1 where it is at least +{THRESHOLD_CLASSES}, else 0 (Int16, nodata -32768). {CHANGE} optionally keeps the class change (-9 to +9).&lt;br&gt;&lt;br&gt;Defaults: the recent period is the last 3 years of the series and the baseline runs from the first year to the year before the recent period. Years with nodata are left out of the deciles and means; pixels with fewer than {MIN_YEARS} valid baseline years, or no valid recent year, are nodata.</source>
      <translation>Subindicador de estado de la productividad de la tierra (ODS 15.3.1): ¿es la productividad reciente de un píxel mucho menor o mayor que en su propio periodo de referencia?&lt;br&gt;&lt;br&gt;Por píxel, los valores válidos de los años de referencia se dividen en deciles (9 puntos de corte en sus percentiles 10 ... 90 %, con interpolación lineal como en numpy por defecto). La media de referencia y la media del periodo reciente reciben cada una una clase de decil 1-10: clase 1 hasta el corte del 10 %, clase k por encima del corte k-1 y hasta el corte k, clase 10 por encima del corte del 90 % (un valor igual a un corte cae en la clase inferior, como en Trends.Earth). El cambio es la clase reciente menos la clase de referencia; {OUTPUT} es -1 donde el cambio es como máximo -{THRESHOLD_CLASSES}, +1 donde es al menos +{THRESHOLD_CLASSES} y, si no, 0 (Int16, sin datos -32768). {CHANGE} conserva opcionalmente el cambio de clase (-9 a +9).&lt;br&gt;&lt;br&gt;Valores por defecto: el periodo reciente son los 3 últimos años de la serie y la referencia va del primer año al año anterior al periodo reciente. Los años sin datos se excluyen de los deciles y las medias; los píxeles con menos de {MIN_YEARS} años de referencia válidos, o sin ningún año reciente válido, quedan sin datos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="93" />
      <source>State {label}: {down} degraded ({down_ha} ha), {flat} stable ({flat_ha} ha), {up} improved ({up_ha} ha) pixel(s).</source>
      <translation>Estado {label}: {down} degradados ({down_ha} ha), {flat} estables ({flat_ha} ha), {up} píxel(es) mejorado(s) ({up_ha} ha).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="59" />
      <source>State: decile change threshold</source>
      <translation>Estado: umbral de cambio de decil</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="49" />
      <source>State: recent years</source>
      <translation>Estado: años recientes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="37" />
      <source>Status areas</source>
      <translation>Áreas por estado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="39" />
      <source>Status areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas por estado (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="36" />
      <source>Status classes 1-7 (Int16, nodata -32768).</source>
      <translation>Clases de estado 1-7 (Int16, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="61" />
      <source>Status field</source>
      <translation>Campo de estado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="73" />
      <source>Status map of degradationstatus; adds its map page.</source>
      <translation>Mapa de estado de degradationstatus; añade su página de mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="110" />
      <source>Status per period</source>
      <translation>Estado por periodo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="112" />
      <source>Status per period file (CSV or XLSX)</source>
      <translation>Archivo de estado por periodo (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="65" />
      <source>Statuses that do not count</source>
      <translation>Estados que no cuentan</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="68" />
      <source>Stepped method without {CLIMATE}: the one IPCC climate zone of the whole area.</source>
      <translation>Método escalonado sin {CLIMATE}: la única zona climática del IPCC de toda el área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="96" />
      <source>Stepped method, optional: the final SOC stock (baseline × factor), in the units of the baseline map (Float32, nodata -32768).</source>
      <translation>Método escalonado, opcional: las existencias finales de COS (referencia × factor), en las unidades del mapa de referencia (Float32, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="59" />
      <source>Stepped method: land cover at the end of the period. With either method its class 7 (Water body, after reclassification) is masked.</source>
      <translation>Método escalonado: cobertura del suelo al final del periodo. Con cualquiera de los dos métodos se enmascara su clase 7 (Masa de agua, tras la reclasificación).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="56" />
      <source>Stepped method: land cover at the start of the period.</source>
      <translation>Método escalonado: cobertura del suelo al inicio del periodo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="64" />
      <source>Stepped method: raster of IPCC climate-zone codes matching the factor table's columns (1 Warm temperate moist … 12 Tropical dry). Takes precedence over {CLIMATE_ZONE}.</source>
      <translation>Método escalonado: ráster de códigos de zona climática del IPCC que coinciden con las columnas de la tabla de factores (1 Warm temperate moist … 12 Tropical dry). Tiene prioridad sobre {CLIMATE_ZONE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="56" />
      <source>Steps (0 proper, &gt;0 overuse, &lt;0 underuse)</source>
      <translation>Pasos (0 adecuado, &gt;0 sobreuso, &lt;0 subuso)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="71" />
      <source>Stock-change factors</source>
      <translation>Factores de cambio de existencias</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="78" />
      <source>Stock-change factors CSV</source>
      <translation>CSV de factores de cambio de existencias</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="101" />
      <source>Strata</source>
      <translation>Estratos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="60" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="52" />
      <source>Strata raster</source>
      <translation>Ráster de estratos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="49" />
      <source>Stratum field</source>
      <translation>Campo de estrato</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="134" />
      <source>Stratum {strata} gets fewer than two points: its area cannot be estimated with a confidence interval. Use the minimum allocation or a larger sample.</source>
      <translation>El estrato {strata} recibe menos de dos puntos: su área no puede estimarse con un intervalo de confianza. Use la asignación mínima o una muestra mayor.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="110" />
      <source>Stratum {strata} has fewer than two labelled sample units: its variance, and so every confidence interval, cannot be estimated. Label more points of that stratum (at least two; 50 or more is usual) or draw a new sample.</source>
      <translation>El estrato {strata} tiene menos de dos unidades de muestra etiquetadas: no se puede estimar su varianza ni, por tanto, ningún intervalo de confianza. Etiquete más puntos de ese estrato (al menos dos; lo habitual es 50 o más) o extraiga una nueva muestra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="156" />
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="224" />
      <source>Stratum {strata} has no labelled sample unit: the area of the classes in it cannot be estimated. Label points of that stratum, or draw a new sample.</source>
      <translation>El estrato {strata} no tiene ninguna unidad de muestra etiquetada: no se puede estimar el área de sus clases. Etiquete puntos de ese estrato o extraiga una nueva muestra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="224" />
      <source>Stratum {stratum} has {raster} pixels in {layer} but the sample recorded {sample} at the draw: the sample was drawn from another version of the map, so its strata areas do not match.</source>
      <translation>El estrato {stratum} tiene {raster} píxeles en {layer}, pero la muestra registró {sample} en la extracción: la muestra se extrajo de otra versión del mapa, por lo que las áreas de sus estratos no coinciden.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Stressed</source>
      <translation>Bajo estrés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="19" />
      <source>Stressed area (ha)</source>
      <translation>Área bajo estrés (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="19" />
      <source>Stressed pixels</source>
      <translation>Píxeles bajo estrés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="116" />
      <source>Suitability</source>
      <translation>Aptitud</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="72" />
      <source>Suitability raster</source>
      <translation>Ráster de aptitud</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="79" />
      <source>Summary table of the SDG 15.3.1 indicator; adds the rows of complementary indicator 2.CT.1 (proportion of degraded land).</source>
      <translation>Tabla de resumen del indicador ODS 15.3.1; añade las filas del indicador complementario 2.CT.1 (proporción de tierra degradada).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="64" />
      <source>Summary table of the same map (sdg1531 SUMMARY): degraded area and proportion, per zone.</source>
      <translation>Tabla resumen del mismo mapa (SUMMARY de sdg1531): superficie y proporción degradadas, por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="46" />
      <source>Summary tables of the SDG 15.3.1 indicator, one per period, in the order of {PERIOD_NAMES}.</source>
      <translation>Tablas de resumen del indicador ODS 15.3.1, una por periodo, en el orden de {PERIOD_NAMES}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="76" />
      <location filename="../t2_monitor_plugin/plugin.py" line="157" />
      <location filename="../t2_monitor_plugin/provider.py" line="97" />
      <source>T2 Monitor</source>
      <translation>T2 Monitor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="301" />
      <source>T2 Monitor report {year} ({language})</source>
      <translation>Informe T2 Monitor {year} ({language})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/provider.py" line="100" />
      <source>T2 Monitor: GBF Target 2 restoration monitoring</source>
      <translation>T2 Monitor: seguimiento de la restauración de la Meta 2 del MMB</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="98" />
      <source>T2 Monitor: restoration monitoring tools</source>
      <translation>T2 Monitor: herramientas de seguimiento de la restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="39" />
      <source>Table of areas per zone and class (no geometry).</source>
      <translation>Tabla de áreas por zona y clase (sin geometría).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="67" />
      <source>Table of areaunderrestoration (OUTPUT); its administrative zones fill the per-zone table.</source>
      <translation>Tabla de areaunderrestoration (OUTPUT); sus zonas administrativas llenan la tabla por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="58" />
      <source>Table of criteria with their weight, rank and geometric-mean weight.</source>
      <translation>Tabla de criterios con su peso, rango y peso de la media geométrica.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="70" />
      <source>Table of restorationprogress (OUTPUT): the chart of progress towards the target.</source>
      <translation>Tabla de restorationprogress (OUTPUT): el gráfico del avance hacia la meta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="35" />
      <source>Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights): each row's criterion is the layer name of one of the criteria (case and surrounding spaces ignored), in any order. A table that does not name every criterion exactly once, or names a layer that is not a criterion, is refused. Used instead of {WEIGHTS} when given.</source>
      <translation>Tabla con los campos criterion y weight (p. ej., la tabla de t2monitor:ahpweights): el criterio de cada fila es el nombre de capa de uno de los criterios (sin distinguir mayúsculas ni espacios alrededor), en cualquier orden. Se rechaza una tabla que no nombra cada criterio exactamente una vez, o que nombra una capa que no es un criterio. Se usa en lugar de {WEIGHTS} cuando se indica.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="92" />
      <source>Table: one row for the whole area and one per disaggregation value.</source>
      <translation>Tabla: una fila para toda el área y una por cada valor de desagregación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="60" />
      <source>Table: one row per year.</source>
      <translation>Tabla: una fila por año.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="44" />
      <location filename="../t2_monitor_plugin/core/tables.py" line="69" />
      <source>Tables can be written as .csv, .xlsx or .ods, not {ext} ({path}).</source>
      <translation>Las tablas pueden escribirse como .csv, .xlsx u .ods, no {ext} ({path}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="110" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="60" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="145" />
      <source>Target (% of the degraded baseline)</source>
      <translation>Meta (% de la referencia degradada)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/base.py" line="8" />
      <source>Target 2 indicators</source>
      <translation>Indicadores de la Meta 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="111" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="69" />
      <source>Target area (ha)</source>
      <translation>Área objetivo (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="56" />
      <source>Target standard error of overall accuracy</source>
      <translation>Error estándar objetivo de la exactitud global</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="67" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="57" />
      <source>Target year</source>
      <translation>Año de la meta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="153" />
      <source>Tenure status: field</source>
      <translation>Régimen de tenencia: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="164" />
      <source>Tenure status: fixed value</source>
      <translation>Régimen de tenencia: valor fijo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="158" />
      <source>Tenure status: fixed value as text</source>
      <translation>Régimen de tenencia: valor fijo como texto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="16" />
      <source>Tests how the top priority class (the highest class of t2monitor:priorityclasses) reacts to changes of the weights of t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;One-at-a-time&lt;/b&gt;: each weight in turn is lowered and raised by {CHANGE_PCT} % (then all weights are renormalised to sum 1). &lt;b&gt;Monte Carlo&lt;/b&gt;: {RUNS} weight sets, each weight multiplied by a random factor uniform in [1 - x, 1 + x] (x = {CHANGE_PCT} / 100, generator seeded with {SEED}, so runs are reproducible), renormalised.&lt;br&gt;&lt;br&gt;Every weight set gives a suitability (same exclusions and nodata as the overlay) classified with its own global breaks: exact min-max for equal interval, and for quantile and Jenks a fixed reproducible pixel sample of the criteria on which every run's suitability is computed (up to 100 000 pixels for quantiles, {SAMPLE_PIXELS} for Jenks). The data are read twice whatever the number of runs: once for the breaks, once to compute all runs block by block.&lt;br&gt;&lt;br&gt;{OUTPUT}: share (0..1) of the Monte Carlo runs in which each pixel is in the top class; -1 excluded; nodata -9999. {TOP_CLASS_AREAS}: the base run, the one-at-a-time runs (top-class area in ha and its change against the base run) and the Monte Carlo mean, minimum and maximum top-class area.</source>
      <translation>Prueba cómo reacciona la clase de prioridad superior (la clase más alta de t2monitor:priorityclasses) a los cambios de los pesos de t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;Uno a uno&lt;/b&gt;: cada peso, por turnos, se reduce y se aumenta en {CHANGE_PCT} % (después, todos los pesos se renormalizan para sumar 1). &lt;b&gt;Monte Carlo&lt;/b&gt;: {RUNS} conjuntos de pesos, cada peso multiplicado por un factor aleatorio uniforme en [1 - x, 1 + x] (x = {CHANGE_PCT} / 100, generador con semilla {SEED}, de modo que las ejecuciones son reproducibles), renormalizados.&lt;br&gt;&lt;br&gt;Cada conjunto de pesos da una aptitud (mismas exclusiones y valores sin datos que la superposición) clasificada con sus propios cortes globales: mínimo-máximo exacto para intervalos iguales y, para cuantiles y Jenks, una muestra fija y reproducible de píxeles de los criterios sobre la que se calcula la aptitud de cada ejecución (hasta 100 000 píxeles para cuantiles, {SAMPLE_PIXELS} para Jenks). Los datos se leen dos veces sea cual sea el número de ejecuciones: una para los cortes y otra para calcular todas las ejecuciones bloque a bloque.&lt;br&gt;&lt;br&gt;{OUTPUT}: proporción (0..1) de las ejecuciones de Monte Carlo en que cada píxel está en la clase superior; -1 excluido; sin datos -9999. {TOP_CLASS_AREAS}: la ejecución base, las ejecuciones uno a uno (área de la clase superior en ha y su cambio respecto a la ejecución base) y la media, el mínimo y el máximo del área de la clase superior en Monte Carlo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="88" />
      <source>Text written in the Footnote column of every row (e.g. data sources, method).</source>
      <translation>Texto escrito en la columna Footnote de cada fila (p. ej., fuentes de datos, método).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="312" />
      <source>The AHP matrix cannot be written to {path} ({reason}).</source>
      <translation>No se puede escribir la matriz AHP en {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="270" />
      <source>The AHP matrix {source} names {columns} criteria in its header but has {rows} rows; a square matrix is expected.</source>
      <translation>La matriz AHP {source} nombra {columns} criterios en su encabezado pero tiene {rows} filas; se espera una matriz cuadrada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="263" />
      <source>The AHP matrix {source} needs a header of criterion names and one row per criterion.</source>
      <translation>La matriz AHP {source} necesita un encabezado con los nombres de los criterios y una fila por criterio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="64" />
      <source>The Collect Earth plot file must be a .csv file, not {path}.</source>
      <translation>El archivo de parcelas de Collect Earth debe ser un archivo .csv, no {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="179" />
      <source>The FERM API address "{url}" is not an http(s) address. Enter the address given in the FERM API documentation.</source>
      <translation>La dirección de la API de FERM "{url}" no es una dirección http(s). Introduzca la dirección indicada en la documentación de la API de FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="182" />
      <source>The FERM API address {url} is not encrypted (http://), so the API key would travel in clear text. Use the https:// address given in the FERM API documentation (http:// is accepted only for 127.0.0.1 and localhost).</source>
      <translation>La dirección de la API de FERM {url} no está cifrada (http://), por lo que la clave de API viajaría en texto claro. Use la dirección https:// indicada en la documentación de la API de FERM (http:// solo se acepta para 127.0.0.1 y localhost).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="270" />
      <source>The FERM API answered (HTTP {status}) without a project id: {detail}. Check in FERM whether the project was created before publishing again.</source>
      <translation>La API de FERM respondió (HTTP {status}) sin un id. de proyecto: {detail}. Compruebe en FERM si se creó el proyecto antes de volver a publicar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="264" />
      <source>The FERM API at {url} answered (HTTP {status}) with something that is not JSON: {detail}. Check that the address is the FERM API and not a web page; the project may have been created, so check in FERM before publishing again.</source>
      <translation>La API de FERM en {url} respondió (HTTP {status}) con algo que no es JSON: {detail}. Compruebe que la dirección es la de la API de FERM y no una página web; puede que el proyecto se haya creado, así que compruébelo en FERM antes de volver a publicar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="238" />
      <source>The FERM API at {url} answered with a redirect (HTTP {status}) to {host}. Redirects are not followed, so the API key was not sent there and nothing was published. Check the API address (use the final https:// address given by FERM).</source>
      <translation>La API de FERM en {url} respondió con una redirección (HTTP {status}) a {host}. Las redirecciones no se siguen, por lo que la clave de API no se envió allí y no se publicó nada. Compruebe la dirección de la API (use la dirección https:// final que indica FERM).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="257" />
      <source>The FERM API at {url} answered with an error (HTTP {status}: {detail}). Nothing was published; check the validation table, or try again later.</source>
      <translation>La API de FERM en {url} respondió con un error (HTTP {status}: {detail}). No se publicó nada; revise la tabla de validación o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="234" />
      <source>The FERM API at {url} could not be reached ({reason}). Check the address, your internet connection and proxy settings.</source>
      <translation>No se pudo acceder a la API de FERM en {url} ({reason}). Compruebe la dirección, su conexión a internet y la configuración del proxy.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="212" />
      <source>The FERM API at {url} did not answer within {seconds} s. Check your connection and the proxy in Settings › Options › Network; FERM may still have created the project, so check in FERM before publishing again.</source>
      <translation>La API de FERM en {url} no respondió en {seconds} s. Compruebe su conexión y el proxy en Configuración › Opciones › Red; puede que FERM haya creado el proyecto de todos modos, así que compruébelo en FERM antes de volver a publicar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="252" />
      <source>The FERM API at {url} failed with a server error (HTTP {status}: {detail}). Try again later; if it persists, contact FERM with the time of this attempt (it is in the publication log).</source>
      <translation>La API de FERM en {url} falló con un error del servidor (HTTP {status}: {detail}). Inténtelo de nuevo más tarde; si persiste, contacte con FERM indicando la hora de este intento (figura en el registro de publicación).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="217" />
      <source>The FERM API at {url} refused the connection: nothing listens at that address and port. Check the API address; if it is right, the service is down: try again later.</source>
      <translation>La API de FERM en {url} rechazó la conexión: no hay nada escuchando en esa dirección y puerto. Compruebe la dirección de la API; si es correcta, el servicio no está disponible: vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="92" />
      <source>The FERM API key could not be stored in the QGIS authentication database.</source>
      <translation>No se pudo guardar la clave de API de FERM en la base de datos de autenticación de QGIS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="230" />
      <source>The FERM API key could not be taken from the QGIS authentication database ({reason}). Nothing was sent. Enter the master password when asked, or store the key again with "Set API key…".</source>
      <translation>No se pudo obtener la clave de API de FERM de la base de datos de autenticación de QGIS ({reason}). No se envió nada. Introduzca la contraseña maestra cuando se le pida, o vuelva a guardar la clave con "Definir clave de API…".</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="77" />
      <source>The FERM API key is empty.</source>
      <translation>La clave de API de FERM está vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="244" />
      <source>The FERM API refused the API key (HTTP {status}: {detail}). Check the key with "Set API key…" and that it is allowed to create projects.</source>
      <translation>La API de FERM rechazó la clave de API (HTTP {status}: {detail}). Compruebe la clave con "Definir clave de API…" y que tiene permiso para crear proyectos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="135" />
      <source>The FERM activities of every site, chosen from the FERM vocabulary (leaf activities). Used where {ACTIVITIES_FIELD} is not chosen or is empty.</source>
      <translation>Las actividades de FERM de todos los sitios, elegidas del vocabulario de FERM (actividades finales). Se usan cuando no se elige {ACTIVITIES_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="59" />
      <source>The FERM export could not read the sites or write one of the files. Check the layer on the Sites tab and the file names and folders above; the details are in the log (Log Messages panel, T2 Monitor tab).</source>
      <translation>La exportación a FERM no pudo leer los sitios o escribir uno de los archivos. Compruebe la capa de la pestaña Sitios y los nombres de archivo y carpetas de arriba; los detalles están en el registro (panel Mensajes de registro, pestaña T2 Monitor).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="112" />
      <source>The FERM export was cancelled; no file was written.</source>
      <translation>Se canceló la exportación a FERM; no se escribió ningún archivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="150" />
      <source>The FERM restoration type of every site. Used where {RESTORATION_TYPE_FIELD} is not chosen or is empty.</source>
      <translation>El tipo de restauración de FERM de todos los sitios. Se usa cuando no se elige {RESTORATION_TYPE_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="165" />
      <source>The FERM tenure status of every site. Used where {TENURE_FIELD} is not chosen or is empty.</source>
      <translation>El régimen de tenencia de FERM de todos los sitios. Se usa cuando no se elige {TENURE_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="200" />
      <source>The GEF template {path} must be a .gpkg or .shp file.</source>
      <translation>La plantilla del GEF {path} debe ser un archivo .gpkg o .shp.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="121" />
      <source>The IUCN Global Ecosystem Typology biomes of every site, chosen from the FERM vocabulary. Used where {ECOSYSTEMS_FIELD} is not chosen or is empty.</source>
      <translation>Los biomas de la Tipología Global de Ecosistemas de la UICN de todos los sitios, elegidos del vocabulario de FERM. Se usan cuando no se elige {ECOSYSTEMS_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="183" />
      <source>The LPD map {layer} holds codes {codes} that the reclassification table does not cover. Add them to the table (as a class 1-5, or as nodata) and run again.</source>
      <translation>El mapa LPD {layer} contiene los códigos {codes}, que la tabla de reclasificación no cubre. Añádalos a la tabla (como clase 1-5 o como nodata) y vuelva a ejecutar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="151" />
      <source>The LPD reclassification table {source} is empty.</source>
      <translation>La tabla de reclasificación LPD {source} está vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="91" />
      <source>The ORT template workbook (.xlsx).</source>
      <translation>El libro de plantilla de ORT (.xlsx).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="64" />
      <source>The PRAIS SO1 tables (.xlsx).</source>
      <translation>Las tablas SO1 de PRAIS (.xlsx).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="40" />
      <source>The QGIS authentication method "{method}" is not available in this QGIS installation.</source>
      <translation>El método de autenticación de QGIS "{method}" no está disponible en esta instalación de QGIS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="37" />
      <source>The QGIS authentication system is disabled, so the FERM API key cannot be stored safely. See Settings › Options › Authentication.</source>
      <translation>El sistema de autenticación de QGIS está desactivado, por lo que la clave de API de FERM no puede guardarse de forma segura. Consulte Configuración › Opciones › Autenticación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="55" />
      <source>The QGIS master password was not given, so the FERM API key cannot be read or stored. Enter it when QGIS asks (Settings › Options › Authentication).</source>
      <translation>No se indicó la contraseña maestra de QGIS, por lo que la clave de API de FERM no puede leerse ni guardarse. Introdúzcala cuando QGIS la pida (Configuración › Opciones › Autenticación).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="43" />
      <source>The SDG 15.3.1 layer (-1/0/+1) or any categorical degradation map.</source>
      <translation>La capa del ODS 15.3.1 (-1/0/+1) o cualquier mapa categórico de degradación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="76" />
      <source>The SDG 15.3.1 summary has no row for the degraded area of the whole region.</source>
      <translation>El resumen ODS 15.3.1 no tiene fila de la superficie degradada de toda la región.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="121" />
      <source>The SOC change threshold must be a percentage greater than 0, not {value}.</source>
      <translation>El umbral de cambio del COS debe ser un porcentaje mayor que 0, no {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="159" />
      <source>The T2 Monitor Processing provider is not loaded: enable the plugin again.</source>
      <translation>El proveedor de Processing de T2 Monitor no está cargado: vuelva a activar el complemento.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/dask_engine.py" line="363" />
      <source>The aligned raster {path} cannot be read.</source>
      <translation>No se puede leer el ráster alineado {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="102" />
      <source>The amount lost exists only for tree-cover maps; it was not written.</source>
      <translation>La cantidad perdida solo existe para mapas de cubierta arbórea; no se escribió.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="44" />
      <source>The area under restoration (GBF headline indicator 2.1) is the area of the union of the restoration sites counted in {year}, computed as FAO FERM does (valid geometries in EPSG:6933, overlapping sites counted once). Progress towards Target 2 is the area under restoration inside the degraded baseline divided by the degraded baseline ({baseline} ha), against a target of {target} %.</source>
      <translation>La superficie en restauración (indicador principal 2.1 del MMB) es la superficie de la unión de los sitios de restauración contados en {year}, calculada como lo hace el FERM de la FAO (geometrías válidas en EPSG:6933, sitios superpuestos contados una vez). El avance hacia la Meta 2 es la superficie en restauración dentro de la referencia degradada dividida por la referencia degradada ({baseline} ha), frente a una meta de {target} %.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="79" />
      <source>The area under restoration table has no 'total' row.</source>
      <translation>La tabla de superficie en restauración no tiene fila 'total'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="196" />
      <source>The atlas needs a zones layer ({key}).</source>
      <translation>El atlas necesita una capa de zonas ({key}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="141" />
      <source>The baseline and every reporting period must be SDG 15.3.1 maps with the legend -1 degraded, 0 stable, +1 improved; other values were found ({details}). A status map (1-7) or an LPD map (1-5) has another legend: give the -1/0/+1 layer of each period. Nothing was written.</source>
      <translation>La referencia y cada periodo de informe deben ser mapas ODS 15.3.1 con la leyenda -1 degradado, 0 estable, +1 mejorado; se encontraron otros valores ({details}). Un mapa de estado (1-7) o un mapa LPD (1-5) tiene otra leyenda: indique la capa -1/0/+1 de cada periodo. No se escribió nada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="152" />
      <source>The baseline has no degraded land: percentages are left empty.</source>
      <translation>La referencia no tiene tierras degradadas: los porcentajes quedan vacíos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="115" />
      <source>The baseline period {start}-{end} is outside the years of {layer} ({first}-{last}). Choose years inside the stack, or check the year of the first band.</source>
      <translation>El periodo de referencia {start}-{end} está fuera de los años de {layer} ({first}-{last}). Elija años dentro de la serie o compruebe el año de la primera banda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="110" />
      <source>The baseline period {start}-{end} starts after it ends. Swap the years.</source>
      <translation>El periodo de referencia {start}-{end} empieza después de terminar. Intercambie los años.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="195" />
      <source>The chart could not be written to {path}.</source>
      <translation>No se pudo escribir el gráfico en {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="109" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="165" />
      <source>The chart {path} must be an .svg or .png file.</source>
      <translation>El gráfico {path} debe ser un archivo .svg o .png.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="158" />
      <source>The class codes of {layer_a} and {layer_b} are too large for cross-class codes (class_a x {base} + class_b must fit a 32-bit integer). Reclassify them to smaller codes first.</source>
      <translation>Los códigos de clase de {layer_a} y {layer_b} son demasiado grandes para los códigos cruzados (class_a x {base} + class_b debe caber en un entero de 32 bits). Reclasifíquelos antes en códigos más pequeños.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="162" />
      <source>The class to report, {code}, is not in the legend.</source>
      <translation>La clase que se informa, {code}, no está en la leyenda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="133" />
      <source>The class-change threshold (THRESHOLD_CLASSES) must be between 1 and 9, not {value}.</source>
      <translation>El umbral de cambio de clase (THRESHOLD_CLASSES) debe estar entre 1 y 9, no {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="213" />
      <source>The classes {codes} of {layer} appear in no pair of the correspondence table, so they never count as agreement.</source>
      <translation>Las clases {codes} de {layer} no aparecen en ningún par de la tabla de correspondencia, por lo que nunca cuentan como concordancia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="291" />
      <source>The climate-zone raster {layer} holds zones {zones} that the factor table {source} has no column for. Add them to the table (or set them as nodata); nothing was written.</source>
      <translation>El ráster de zonas climáticas {layer} contiene las zonas {zones}, para las que la tabla de factores {source} no tiene columna. Añádalas a la tabla (o defínalas como sin datos); no se escribió nada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="57" />
      <source>The codes in {parameter} must be whole numbers separated by commas (e.g. 1,2,4); '{value}' is not.</source>
      <translation>Los códigos de {parameter} deben ser números enteros separados por comas (p. ej., 1,2,4); '{value}' no lo es.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="112" />
      <source>The codes {codes} are both degraded and at-risk codes; give each code to one list only.</source>
      <translation>Los códigos {codes} son a la vez códigos degradados y en riesgo; indique cada código en una sola lista.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="119" />
      <source>The combine mode needs the trajectory, state and performance layers; {missing} not given. Choose them, or switch MODE to the external map.</source>
      <translation>El modo de combinación necesita las capas de trayectoria, estado y desempeño; no se indicó {missing}. Elíjalas o cambie MODE al mapa externo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="119" />
      <source>The compatibility table has no result for {count} land-use / capability pair(s) found in {use_layer} and {capability_layer}: {pairs}. Add them to the table (land-use code, capability class, steps) and run again.</source>
      <translation>La tabla de compatibilidad no tiene resultado para {count} par(es) de uso de la tierra / capacidad encontrados en {use_layer} y {capability_layer}: {pairs}. Añádalos a la tabla (código de uso de la tierra, clase de capacidad, pasos) y vuelva a ejecutar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="62" />
      <source>The compatibility table {source} needs a header row with one column per capability class.</source>
      <translation>La tabla de compatibilidad {source} necesita una fila de encabezado con una columna por clase de capacidad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="66" />
      <source>The control points of {layer} must have strictly increasing values.</source>
      <translation>Los puntos de control de {layer} deben tener valores estrictamente crecientes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="133" />
      <source>The criteria '{given}' do not match the criteria of {path} ('{found}'); leave CRITERIA empty or give the file's names in its order.</source>
      <translation>Los criterios '{given}' no coinciden con los criterios de {path} ('{found}'); deje CRITERIA vacío o indique los nombres del archivo en su orden.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="56" />
      <source>The criterion {layer} has no range to standardise: minimum {min} and maximum {max}. Give a MAX greater than MIN, or use another method (a constant criterion cannot rank places).</source>
      <translation>El criterio {layer} no tiene rango que estandarizar: mínimo {min} y máximo {max}. Indique un MAX mayor que MIN o use otro método (un criterio constante no puede ordenar los lugares).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="195" />
      <source>The criterion {layer} has no valid pixel.</source>
      <translation>El criterio {layer} no tiene ningún píxel válido.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="69" />
      <source>The current project has unsaved changes. Save them before the sample project replaces it?</source>
      <translation>El proyecto actual tiene cambios sin guardar. ¿Guardarlos antes de que el proyecto de ejemplo lo sustituya?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="84" />
      <source>The custom legend needs a reclassification table ({table}) or a CSV file ({csv}). Fill one in, or choose another legend.</source>
      <translation>La leyenda personalizada necesita una tabla de reclasificación ({table}) o un archivo CSV ({csv}). Rellene uno de ellos o elija otra leyenda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="153" />
      <source>The degradation layer {layer} holds values {values} ({pixels} pixels) that are not among its declared codes {layer_codes}; nothing was written. Check that the right layer was chosen, or declare its codes (e.g. 1,2,3,4,5 for LPD classes).</source>
      <translation>La capa de degradación {layer} contiene los valores {values} ({pixels} píxeles), que no están entre sus códigos declarados {layer_codes}; no se escribió nada. Compruebe que se eligió la capa correcta, o declare sus códigos (p. ej., 1,2,3,4,5 para las clases LPD).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="180" />
      <source>The degraded land by ecosystem type needs both the SDG 15.3.1 map and an ecosystem layer; it was not written.</source>
      <translation>Las tierras degradadas por tipo de ecosistema necesitan tanto el mapa ODS 15.3.1 como una capa de ecosistemas; no se escribieron.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="44" />
      <source>The disk holding {path} is full (or your quota is used up). Free some space or choose a folder on another disk, then run again.</source>
      <translation>El disco que contiene {path} está lleno (o se agotó su cuota). Libere espacio o elija una carpeta en otro disco y vuelva a ejecutar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="95" />
      <source>The dissolved area under restoration of every row of the table, in the sites' CRS.</source>
      <translation>El área en restauración disuelta de cada fila de la tabla, en el SRC de los sitios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="57" />
      <source>The ecosystem code {item} is not written value:ecosystem with a whole-number raster value (e.g. 1:T1.1, 2:T7.1).</source>
      <translation>El código de ecosistema {item} no está escrito como valor:ecosistema con un valor de ráster entero (p. ej., 1:T1.1, 2:T7.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="153" />
      <source>The ecosystem raster {layer} holds values without an ecosystem in the codes: {values}. Add them (value:ecosystem).</source>
      <translation>El ráster de ecosistemas {layer} contiene valores sin ecosistema en los códigos: {values}. Añádalos (valor:ecosistema).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="96" />
      <source>The ecosystem raster {layer} needs its codes: the ecosystem of every raster value (e.g. 1:T1.1, 2:T7.1).</source>
      <translation>El ráster de ecosistemas {layer} necesita sus códigos: el ecosistema de cada valor del ráster (p. ej., 1:T1.1, 2:T7.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="189" />
      <source>The estimate's mapped degraded area ({table} ha) differs from the degraded area of period {period} ({mapped} ha): was the sample drawn from another map?</source>
      <translation>El área degradada cartografiada de la estimación ({table} ha) difiere del área degradada del periodo {period} ({mapped} ha): ¿se extrajo la muestra de otro mapa?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="260" />
      <source>The estimate's mapped degraded area ({table} ha) differs from the degraded area of {layer} ({mapped} ha): was the sample drawn from another map?</source>
      <translation>El área degradada cartografiada de la estimación ({table} ha) difiere del área degradada de {layer} ({mapped} ha): ¿se extrajo la muestra de otro mapa?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="54" />
      <source>The estimated degraded area ({area} ha) and its 95 % half-interval ({ci} ha) cannot be negative.</source>
      <translation>El área degradada estimada ({area} ha) y su semiintervalo del 95 % ({ci} ha) no pueden ser negativos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="224" />
      <source>The estimated degraded area goes into the rows of indicator 2.CT.1 (proportion of degraded land), which need the SDG 15.3.1 summary (SDG_SUMMARY): give it too.</source>
      <translation>El área degradada estimada va a las filas del indicador 2.CT.1 (proporción de tierra degradada), que necesitan el resumen del ODS 15.3.1 (SDG_SUMMARY): indíquelo también.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="93" />
      <source>The estimated degraded area was given twice, as a table (ESTIMATES_TABLE) and as numbers (ESTIMATED_DEGRADED_HA): give one of them.</source>
      <translation>El área degradada estimada se indicó dos veces, como tabla (ESTIMATES_TABLE) y como números (ESTIMATED_DEGRADED_HA): indique solo una de ellas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="83" />
      <source>The estimated degraded area {area} ha was given without its 95 % half-interval (ESTIMATED_CI95_HA): a sample estimate is reported with its interval.</source>
      <translation>El área degradada estimada de {area} ha se indicó sin su semiintervalo del 95 % (ESTIMATED_CI95_HA): una estimación por muestreo se informa con su intervalo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="91" />
      <source>The exclusion layer {layer} has no polygon.</source>
      <translation>La capa de exclusión {layer} no tiene ningún polígono.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="119" />
      <source>The expected accuracies of {codes} are ignored: no stratum has that code.</source>
      <translation>Se ignoran las exactitudes esperadas de {codes}: ningún estrato tiene ese código.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="126" />
      <source>The external map mode needs an LPD map ({parameter}). Choose one, or switch MODE to combining the sub-indicators.</source>
      <translation>El modo de mapa externo necesita un mapa LPD ({parameter}). Elija uno o cambie MODE a la combinación de los subindicadores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="60" />
      <source>The factor table {source} has more than one column for climate zone(s) {zones}.</source>
      <translation>La tabla de factores {source} tiene más de una columna para la(s) zona(s) climática(s) {zones}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="246" />
      <location filename="../t2_monitor_plugin/core/soc.py" line="89" />
      <source>The factor table {source} has no column for climate zone {zones}.</source>
      <translation>La tabla de factores {source} no tiene columna para la zona climática {zones}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="55" />
      <source>The factor table {source} needs the columns initial class, final class and one column per climate zone.</source>
      <translation>La tabla de factores {source} necesita las columnas clase inicial, clase final y una columna por zona climática.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="52" />
      <source>The field area_ha of {layer} holds {value}, which is not a number.</source>
      <translation>El campo area_ha de {layer} contiene {value}, que no es un número.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="140" />
      <source>The field of the layer that holds it, (fixed value) or (empty)</source>
      <translation>El campo de la capa que lo contiene, (valor fijo) o (vacío)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="48" />
      <location filename="../t2_monitor_plugin/core/ort.py" line="172" />
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="46" />
      <source>The field {field} of {layer} holds {value}, which is not a number.</source>
      <translation>El campo {field} de {layer} contiene {value}, que no es un número.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="60" />
      <source>The file name {path} is too long. Choose a shorter name or folder.</source>
      <translation>El nombre de archivo {path} es demasiado largo. Elija un nombre o una carpeta más cortos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="127" />
      <source>The file {layer} holds several rasters; choose one of them: {subdatasets}.</source>
      <translation>El archivo {layer} contiene varios rásteres; elija uno de ellos: {subdatasets}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="189" />
      <source>The file {path} cannot be found ({reason}). Check the path, then run again.</source>
      <translation>No se encuentra el archivo {path} ({reason}). Compruebe la ruta y vuelva a ejecutar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="276" />
      <source>The file {path} cannot be read ({reason}).</source>
      <translation>No se puede leer el archivo {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="97" />
      <source>The file {path} cannot be written ({reason}).</source>
      <translation>No se puede escribir el archivo {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="61" />
      <source>The file {path} cannot be written ({reason}). Check the folder and the disk, then run again.</source>
      <translation>No se puede escribir el archivo {path} ({reason}). Compruebe la carpeta y el disco y vuelva a ejecutar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="279" />
      <source>The file {path} is empty; a JSON file is expected.</source>
      <translation>El archivo {path} está vacío; se espera un archivo JSON.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="300" />
      <source>The file {path} is nested too deeply to be read as JSON.</source>
      <translation>El archivo {path} está anidado a demasiada profundidad para leerse como JSON.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="133" />
      <source>The file {path} is read-only, so the output {output} cannot replace it. Make it writable or choose another file name.</source>
      <translation>El archivo {path} es de solo lectura, por lo que la salida {output} no puede reemplazarlo. Hágalo escribible o elija otro nombre de archivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/xlsx.py" line="34" />
      <source>The file {path} must end in {ext}.</source>
      <translation>El archivo {path} debe terminar en {ext}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="211" />
      <source>The file {path} was written but does not read back with its {count} features.</source>
      <translation>El archivo {path} se escribió, pero al volver a leerlo no contiene sus {count} entidades.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="67" />
      <source>The first sheet (land by period) as a CSV file (UTF-8).</source>
      <translation>La primera hoja (tierras por periodo) como archivo CSV (UTF-8).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="130" />
      <source>The folder {folder} for the output {output} cannot be created ({reason}).</source>
      <translation>No se puede crear la carpeta {folder} para la salida {output} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="139" />
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there ({reason}). Choose a folder you can write to.</source>
      <translation>No se puede escribir en la carpeta {folder}, por lo que la salida {output} no puede guardarse allí ({reason}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="68" />
      <source>The forest codes are ignored for a binary forest map.</source>
      <translation>Los códigos de bosque se ignoran para un mapa de bosque binario.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="146" />
      <source>The forest map {layer} holds values {values}; a binary forest map must hold only 1 (forest) and 0 (non-forest). For a land-cover map, choose the land-cover input type and give the forest codes.</source>
      <translation>El mapa de bosque {layer} contiene los valores {values}; un mapa de bosque binario solo debe contener 1 (bosque) y 0 (no bosque). Para un mapa de cobertura del suelo, elija el tipo de entrada de cobertura del suelo e indique los códigos de bosque.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="221" />
      <source>The host of the FERM API address {url} could not be found. Check the address, your internet connection and the proxy in Settings › Options › Network.</source>
      <translation>No se encontró el host de la dirección de la API de FERM {url}. Compruebe la dirección, su conexión a internet y el proxy en Configuración › Opciones › Red.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="87" />
      <source>The inner class limits, comma-separated, lowest first.</source>
      <translation>Los límites interiores de clase, separados por comas, del más bajo al más alto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="278" />
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="290" />
      <source>The input rasters changed while the percentiles were being computed. Run again once nothing else writes to them.</source>
      <translation>Los rásteres de entrada cambiaron mientras se calculaban los percentiles. Vuelva a ejecutar cuando nada más esté escribiendo en ellos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="332" />
      <source>The inputs {layers} have no pixel where all of them have data: they do not overlap, or the nodata areas of one cover the data of the others. Every result would be nodata and every area 0 ha, so nothing was written. Check their extents and nodata values.</source>
      <translation>Las entradas {layers} no tienen ningún píxel en el que todas tengan datos: no se superponen, o las zonas sin datos de una cubren los datos de las otras. Todos los resultados serían sin datos y todas las áreas 0 ha, así que no se escribió nada. Compruebe sus extensiones y sus valores sin datos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="198" />
      <source>The item {id} of the report template must be a map.</source>
      <translation>El elemento {id} de la plantilla del informe debe ser un mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="136" />
      <source>The item {id} of the report template must be a picture.</source>
      <translation>El elemento {id} de la plantilla del informe debe ser una imagen.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="121" />
      <source>The item {id} of the report template must be a table (a manual table).</source>
      <translation>El elemento {id} de la plantilla del informe debe ser una tabla (una tabla manual).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="146" />
      <source>The judgements are not consistent (CR = {cr:.3f}, acceptable below 0.10). The judgement that departs most is {row} compared with {column}: {given}, while the weights imply {implied:.2f}; revise it first.</source>
      <translation>Los juicios no son consistentes (CR = {cr:.3f}, aceptable por debajo de 0,10). El juicio que más se aleja es {row} comparado con {column}: {given}, mientras que los pesos implican {implied:.2f}; revíselo primero.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="362" />
      <source>The label could not be saved: {errors}</source>
      <translation>No se pudo guardar la etiqueta: {errors}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="136" />
      <source>The land type by status file needs the balance table of LDN balance per land type ({key}).</source>
      <translation>El archivo de tipos de tierra por estado necesita la tabla de balance de Balance de la NDT por tipo de tierra ({key}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="130" />
      <source>The land unit id {value} of {layer} does not fit a 32-bit integer.</source>
      <translation>El identificador de unidad de tierra {value} de {layer} no cabe en un entero de 32 bits.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="109" />
      <source>The land units layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>La capa de unidades de tierra {layer} no tiene sistema de referencia de coordenadas. Asígnele un SRC e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="145" />
      <source>The land units layer {layer} has no polygon with an id.</source>
      <translation>La capa de unidades de tierra {layer} no tiene ningún polígono con identificador.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/unitvalues.py" line="52" />
      <source>The land units layer {layer} holds values that are not whole numbers (e.g. {value}). Land units must be whole-number ids.</source>
      <translation>La capa de unidades de tierra {layer} contiene valores que no son enteros (p. ej., {value}). Las unidades de tierra deben ser identificadores enteros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="119" />
      <location filename="../t2_monitor_plugin/core/performance.py" line="136" />
      <source>The land units of {layer} cannot be reprojected to the raster's coordinate reference system ({error}).</source>
      <translation>Las unidades de tierra de {layer} no pueden reproyectarse al sistema de referencia de coordenadas del ráster ({error}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="33" />
      <source>The land units, as a raster of whole-number unit ids (band 1, on the productivity grid, e.g. land cover x soil) or as polygons (any CRS, burned onto the productivity grid by pixel centre) whose ids are in {LAND_UNITS_FIELD}.</source>
      <translation>Las unidades de tierra, como ráster de identificadores enteros de unidad (banda 1, en la cuadrícula de productividad, p. ej., cobertura del suelo x suelo) o como polígonos (cualquier SRC, rasterizados sobre la cuadrícula de productividad según el centro del píxel) cuyos identificadores están en {LAND_UNITS_FIELD}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="178" />
      <source>The land-cover maps have no coordinate reference system: the transition areas cannot be computed and the table is empty.</source>
      <translation>Los mapas de cobertura del suelo no tienen sistema de referencia de coordenadas: no se pueden calcular las áreas de transición y la tabla queda vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="124" />
      <source>The land-cover raster {layer} holds decimal values; a categorical raster of whole-number class codes is expected.</source>
      <translation>El ráster de cobertura del suelo {layer} contiene valores decimales; se espera un ráster categórico de códigos de clase enteros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="263" />
      <source>The land-unit raster {layer} holds {values}; land units must be whole numbers from 0 to {maximum}. Nothing was written.</source>
      <translation>El ráster de unidades de tierra {layer} contiene {values}; las unidades de tierra deben ser números enteros de 0 a {maximum}. No se escribió nada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="100" />
      <source>The last year ({last}) is before the first year ({first}).</source>
      <translation>El último año ({last}) es anterior al primer año ({first}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="104" />
      <source>The layer given for {parameter} cannot be loaded. Check the file or choose another layer.</source>
      <translation>La capa indicada para {parameter} no se puede cargar. Compruebe el archivo o elija otra capa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="187" />
      <source>The layer {key} is not a valid raster.</source>
      <translation>La capa {key} no es un ráster válido.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="356" />
      <source>The layer {layer} cannot be edited.</source>
      <translation>La capa {layer} no se puede editar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="104" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="174" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="290" />
      <source>The layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>La capa {layer} no tiene sistema de referencia de coordenadas. Asígnele un SRC e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="309" />
      <source>The layer {layer} has no features: there is nothing to export.</source>
      <translation>La capa {layer} no tiene entidades: no hay nada que exportar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="92" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="296" />
      <source>The layer {layer} has no field named {field} ({parameter}).</source>
      <translation>La capa {layer} no tiene ningún campo llamado {field} ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="300" />
      <source>The layer {layer} has no valid value in the bands used (years {first}-{last}): every pixel is nodata. Check the layer, its nodata value and the period.</source>
      <translation>La capa {layer} no tiene ningún valor válido en las bandas usadas (años {first}-{last}): todos los píxeles son sin datos. Compruebe la capa, su valor sin datos y el periodo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="276" />
      <source>The layer {layer} has none of the fields FERM expects (site name, start year, ecosystems, activities, tenure...). Check that it holds the restoration sites.</source>
      <translation>La capa {layer} no tiene ninguno de los campos que espera FERM (nombre del sitio, año de inicio, ecosistemas, actividades, tenencia...). Compruebe que contiene los sitios de restauración.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="112" />
      <source>The layer {layer} holds values that are not whole numbers; land-use codes and capability classes must be whole numbers. Check that the right layer was chosen.</source>
      <translation>La capa {layer} contiene valores que no son números enteros; los códigos de uso de la tierra y las clases de capacidad deben ser números enteros. Compruebe que se eligió la capa correcta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="127" />
      <source>The layer {layer} holds values {codes} where only {allowed} are expected. Check that the right layer was chosen (and the productivity classes setting).</source>
      <translation>La capa {layer} contiene los valores {codes} donde solo se esperan {allowed}. Compruebe que se eligió la capa correcta (y el ajuste de clases de productividad).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="101" />
      <source>The layer {layer} is not a file raster (provider {provider}). Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>La capa {layer} no es un ráster de archivo (proveedor {provider}). Guárdela primero como GeoTIFF (Exportar &gt; Guardar como).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="118" />
      <source>The layer {layer} is not a file raster. Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>La capa {layer} no es un ráster de archivo. Guárdela primero como GeoTIFF (Exportar &gt; Guardar como).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="121" />
      <source>The layer {layer} is not a raster GDAL can read ({reason}). Choose a raster file such as a GeoTIFF.</source>
      <translation>La capa {layer} no es un ráster que GDAL pueda leer ({reason}). Elija un archivo ráster, como un GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="129" />
      <source>The layer {layer} is not a raster GDAL can read. Choose a raster file such as a GeoTIFF.</source>
      <translation>La capa {layer} no es un ráster que GDAL pueda leer. Elija un archivo ráster, como un GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="89" />
      <source>The layer {layer} is not a table: use the summary tables of the SDG 15.3.1 indicator.</source>
      <translation>La capa {layer} no es una tabla: use las tablas de resumen del indicador ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="156" />
      <source>The layout {name} could not be added to the project.</source>
      <translation>No se pudo añadir el diseño {name} al proyecto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="62" />
      <source>The legend entry {entry} does not start with a whole-number class code.</source>
      <translation>La entrada de leyenda {entry} no empieza por un código de clase entero.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="65" />
      <source>The legend names the class {code} twice.</source>
      <translation>La leyenda nombra dos veces la clase {code}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lookup.py" line="21" />
      <source>The lookup table is empty.</source>
      <translation>La tabla de correspondencias está vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="128" />
      <source>The loss threshold must be more than 0 and at most 100 percentage points, not {value}.</source>
      <translation>El umbral de pérdida debe ser mayor que 0 y como máximo 100 puntos porcentuales, no {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="36" />
      <source>The map has no coordinate reference system: the sample cannot be written in longitude and latitude. Assign its CRS first.</source>
      <translation>El mapa no tiene sistema de referencia de coordenadas: la muestra no puede escribirse en longitud y latitud. Asígnele primero su SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="149" />
      <source>The map {layer} holds {values}: the degraded land by ecosystem type needs the SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved).</source>
      <translation>El mapa {layer} contiene {values}: las tierras degradadas por tipo de ecosistema necesitan el mapa ODS 15.3.1 (-1 degradado, 0 estable, +1 mejorado).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="207" />
      <source>The map {layer} is given twice (as {other} too); each period needs its own SDG 15.3.1 map.</source>
      <translation>El mapa {layer} se indicó dos veces (también como {other}); cada periodo necesita su propio mapa ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="164" />
      <source>The mapped degraded area of the estimates table ({table} ha) differs from that of the SDG 15.3.1 summary ({mapped} ha): was the accuracy assessment made on another map?</source>
      <translation>La superficie degradada cartografiada de la tabla de estimaciones ({table} ha) difiere de la del resumen del ODS 15.3.1 ({mapped} ha): ¿se hizo la evaluación de exactitud sobre otro mapa?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="126" />
      <source>The maps have no coordinate reference system: areas cannot be computed and the table is empty.</source>
      <translation>Los mapas no tienen sistema de referencia de coordenadas: no se pueden calcular las áreas y la tabla queda vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="226" />
      <source>The matrix {source} has {columns} columns but {rows} rows; a square matrix is expected.</source>
      <translation>La matriz {source} tiene {columns} columnas pero {rows} filas; se espera una matriz cuadrada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="237" />
      <source>The methods file {path} cannot be read as JSON: {error}</source>
      <translation>El archivo de métodos {path} no se puede leer como JSON: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="251" />
      <source>The methods file {path} lists no algorithm runs (objects with 'algorithm' and 'inputs').</source>
      <translation>El archivo de métodos {path} no lista ninguna ejecución de algoritmo (objetos con 'algorithm' e 'inputs').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="228" />
      <source>The minimum number of valid years (MIN_YEARS) must be at least 3, not {value}.</source>
      <translation>El número mínimo de años válidos (MIN_YEARS) debe ser al menos 3, no {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="136" />
      <source>The minimum numbers of valid years must be at least 1.</source>
      <translation>Los números mínimos de años válidos deben ser al menos 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="157" />
      <source>The model template {name} cannot be read.</source>
      <translation>No se puede leer la plantilla de modelo {name}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="138" />
      <source>The modelled final SOC is only produced by the stepped method; it is not written.</source>
      <translation>El COS final modelado solo lo produce el método escalonado; no se escribe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="33" />
      <source>The national report as a document: a multi-page PDF made with a QGIS print layout from the outputs of the workflow, in English, Spanish, French or Portuguese ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Pages:&lt;/b&gt; title page ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, plugin version); the map of each indicator given (SDG 15.3.1, degradation status, restoration priority) with legend, scale bar, north arrow, graticule and source line; the headline table (degraded land and its proportion, area under restoration, its percentage of the degraded baseline, the target and what remains to reach it) with the chart of progress towards 2030; the per-zone table; a methods page written from the parameters actually used (read from the input tables, the input layers and their dates, and the workflow runs of {METHODS_FILE}); with {ATLAS}, one page per zone.&lt;br&gt;&lt;br&gt;The figures are those of the input tables, unchanged, with the number format of the language (decimal comma in es/fr/pt). The layout is a template (.qpt) whose items are filled by their ids: copy resources/layouts/t2_report.qpt, restyle it in the layout designer and give it as {TEMPLATE_FILE}; a template without the required item ids is refused with their list. The chart is drawn with matplotlib when it is installed, else with the plugin's own SVG writer (vector in both cases). The PDF is written to a temporary file beside it and moved into place at the end, so a failed or cancelled run leaves no partial PDF.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample-based estimate.&lt;/b&gt; With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the headline table shows the estimate with its 95 % interval beside the mapped (pixel-counted) degraded area, with a footnote on the method (stratified estimator, Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Layout in the project.&lt;/b&gt; With {ADD_LAYOUT_TO_PROJECT}, the filled layout is also added to the project's layouts (named after the reporting year and language, numbered when the name is taken), with the report's styled layers in a hidden layer group, so that it can be edited in the layout designer and printed again. Without a project (qgis_process) the option is ignored with a warning.</source>
      <translation>El informe nacional como documento: un PDF de varias páginas hecho con una composición de impresión de QGIS a partir de los resultados del flujo de trabajo, en inglés, español, francés o portugués ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Páginas:&lt;/b&gt; portada ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, versión del complemento); el mapa de cada indicador dado (ODS 15.3.1, estado de la degradación, prioridad de restauración) con leyenda, barra de escala, flecha del norte, retícula y línea de fuente; la tabla de cifras principales (tierra degradada y su proporción, superficie en restauración, su porcentaje de la referencia degradada, la meta y lo que falta para alcanzarla) con el gráfico del avance hacia 2030; la tabla por zona; una página de métodos escrita a partir de los parámetros realmente usados (leídos de las tablas de entrada, las capas de entrada y sus fechas, y las ejecuciones del flujo de trabajo de {METHODS_FILE}); con {ATLAS}, una página por zona.&lt;br&gt;&lt;br&gt;Las cifras son las de las tablas de entrada, sin cambios, con el formato numérico del idioma (coma decimal en es/fr/pt). La composición es una plantilla (.qpt) cuyos elementos se llenan por sus identificadores: copie resources/layouts/t2_report.qpt, cambie su estilo en el diseñador de composiciones y désela como {TEMPLATE_FILE}; una plantilla sin los identificadores requeridos se rechaza con su lista. El gráfico se dibuja con matplotlib cuando está instalado y, si no, con el escritor SVG propio del complemento (vectorial en ambos casos). El PDF se escribe en un archivo temporal a su lado y se mueve a su lugar al final, de modo que una ejecución fallida o cancelada no deja ningún PDF parcial.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimación por muestreo.&lt;/b&gt; Con la superficie degradada estimada de una evaluación de exactitud ({ESTIMATES_TABLE}, o {ESTIMATED_DEGRADED_HA} y {ESTIMATED_CI95_HA}), la tabla de cifras principales muestra la estimación con su intervalo del 95 % junto a la superficie degradada cartografiada (contada por píxeles), con una nota al pie sobre el método (estimador estratificado, Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Diseño en el proyecto.&lt;/b&gt; Con {ADD_LAYOUT_TO_PROJECT}, el diseño rellenado se añade también a los diseños del proyecto (con el nombre del año de notificación y el idioma, numerado si el nombre ya existe), con las capas del informe con su estilo en un grupo de capas oculto, para poder editarlo en el diseñador de impresión e imprimirlo de nuevo. Sin proyecto (qgis_process) la opción se ignora con un aviso.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="149" />
      <source>The output {output} cannot be saved as .{ext}: that format loses or cannot hold the values (or nodata) of a data raster. Use .tif (GeoTIFF).</source>
      <translation>La salida {output} no puede guardarse como .{ext}: ese formato pierde o no puede contener los valores (o sin datos) de un ráster de datos. Use .tif (GeoTIFF).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="170" />
      <source>The output {output} cannot be written as .{ext}; use one of: {allowed}.</source>
      <translation>La salida {output} no puede escribirse como .{ext}; use uno de: {allowed}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="119" />
      <location filename="../t2_monitor_plugin/algorithms/outputs.py" line="200" />
      <source>The output {output} is a GDAL virtual path ({path}), which would be lost when the run ends. Give a file on a disk.</source>
      <translation>La salida {output} es una ruta virtual de GDAL ({path}), que se perdería al terminar la ejecución. Indique un archivo en un disco.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="122" />
      <source>The output {output} is the folder {path}. Give a file name inside it, e.g. {example}.</source>
      <translation>La salida {output} es la carpeta {path}. Indique un nombre de archivo dentro de ella, p. ej. {example}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="109" />
      <location filename="../t2_monitor_plugin/algorithms/outputs.py" line="218" />
      <source>The output {output} would overwrite the input {path}. Choose another file name.</source>
      <translation>La salida {output} sobrescribiría la entrada {path}. Elija otro nombre de archivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="151" />
      <source>The output {path} cannot be created ({reason}).</source>
      <translation>No se puede crear la salida {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/chunk_files.py" line="48" />
      <location filename="../t2_monitor_plugin/cli/chunk_files.py" line="96" />
      <location filename="../t2_monitor_plugin/core/output.py" line="170" />
      <source>The output {path} cannot be written ({reason}).</source>
      <translation>No se puede escribir la salida {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="207" />
      <source>The output {path} cannot be written as {driver} ({reason}).</source>
      <translation>No se puede escribir la salida {path} como {driver} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="167" />
      <source>The output {path} was not written (its temporary file is missing). Run again; if it happens again, report it.</source>
      <translation>La salida {path} no se escribió (falta su archivo temporal). Vuelva a ejecutar; si vuelve a ocurrir, infórmelo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="170" />
      <source>The output {path} was written empty, so it was not saved; the disk may be full. Free some space, then run again.</source>
      <translation>La salida {path} se escribió vacía, por lo que no se guardó; puede que el disco esté lleno. Libere espacio y vuelva a ejecutar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/outputs.py" line="222" />
      <source>The outputs {first} and {second} were given the same file {path}. Give each output its own file.</source>
      <translation>Las salidas {first} y {second} tienen el mismo archivo {path}. Indique un archivo propio para cada salida.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="102" />
      <source>The parameter {old} is deprecated: use {new} (same meaning). Update the model or script; {old} will be removed in a future version.</source>
      <translation>El parámetro {old} está obsoleto: use {new} (mismo significado). Actualice el modelo o el script; {old} se eliminará en una versión futura.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="252" />
      <source>The path goes linearly from 0 ha in the baseline year to the target area in the target year; a year is on track when the area under restoration inside degraded land reaches it.</source>
      <translation>La trayectoria va linealmente de 0 ha en el año de referencia a la superficie objetivo en el año de la meta; un año va por buen camino cuando la superficie en restauración dentro de tierras degradadas la alcanza.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="51" />
      <source>The path to the target goes linearly from 0 ha in {baseline_year} to the target area ({target} ha) in {target_year}.</source>
      <translation>La trayectoria hacia la meta va linealmente de 0 ha en {baseline_year} a la superficie objetivo ({target} ha) en {target_year}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="248" />
      <source>The payload ({size} MB) is too large for the FERM API (HTTP 413). Nothing was published. Publish the sites in smaller groups (filter the layer), or simplify their geometry.</source>
      <translation>La carga útil ({size} MB) es demasiado grande para la API de FERM (HTTP 413). No se publicó nada. Publique los sitios en grupos más pequeños (filtre la capa) o simplifique su geometría.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="111" />
      <source>The percentile must be between 0 and 100 (got {value}).</source>
      <translation>El percentil debe estar entre 0 y 100 (se recibió {value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="163" />
      <source>The percentile must be greater than 0 and at most 100 (got {value}).</source>
      <translation>El percentil debe ser mayor que 0 y como máximo 100 (se recibió {value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="110" />
      <source>The percentile of land unit(s) {units} is 0 or negative, so no ratio can be computed: their pixels are nodata.</source>
      <translation>El percentil de la(s) unidad(es) de tierra {units} es 0 o negativo, por lo que no se puede calcular ninguna ratio: sus píxeles quedan sin datos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="164" />
      <source>The percentile selection did not converge after {passes} passes over the rasters. Please report this problem.</source>
      <translation>La selección de percentiles no convergió tras {passes} pasadas por los rásteres. Informe de este problema.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="166" />
      <source>The performance threshold must be a positive ratio such as 0.5 (got {value}).</source>
      <translation>El umbral de desempeño debe ser una ratio positiva, como 0.5 (se recibió {value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="61" />
      <source>The period (one of {PERIOD_NAMES}) whose degraded area the estimate replaces; empty: the last period.</source>
      <translation>El periodo (uno de {PERIOD_NAMES}) cuya área degradada sustituye la estimación; vacío: el último periodo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="146" />
      <source>The period end years ({years}) must be whole years separated by commas.</source>
      <translation>Los años finales de los periodos ({years}) deben ser años enteros separados por comas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="152" />
      <source>The period end years must increase from one period to the next ({years}).</source>
      <translation>Los años finales de los periodos deben aumentar de un periodo al siguiente ({years}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="202" />
      <source>The period labels must differ from each other ({labels}).</source>
      <translation>Las etiquetas de los periodos deben ser distintas entre sí ({labels}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="86" />
      <source>The period names {names} repeat a name: give each period its own name.</source>
      <translation>Los nombres de periodo {names} repiten un nombre: dé a cada periodo su propio nombre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="103" />
      <source>The period of the estimate is ignored: no estimated degraded area was given.</source>
      <translation>Se ignora el periodo de la estimación: no se indicó ningún área degradada estimada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="160" />
      <source>The period {start}-{end} ({period}) has {count} year(s); at least {needed} are needed. Choose a longer period.</source>
      <translation>El periodo {start}-{end} ({period}) tiene {count} año(s); se necesitan al menos {needed}. Elija un periodo más largo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="155" />
      <source>The period {start}-{end} ({period}) is outside the years of {layer}, which has {count} band(s) for {first}-{last}. Choose years inside the stack, or check the year of the first band.</source>
      <translation>El periodo {start}-{end} ({period}) está fuera de los años de {layer}, que tiene {count} banda(s) para {first}-{last}. Elija años dentro de la serie o compruebe el año de la primera banda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="152" />
      <source>The period {start}-{end} ({period}) starts after it ends. Swap the years.</source>
      <translation>El periodo {start}-{end} ({period}) empieza después de terminar. Intercambie los años.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="95" />
      <source>The period {start}-{end} leaves no year for the state baseline before its last {recent} years. Choose a longer period or fewer recent years.</source>
      <translation>El periodo {start}-{end} no deja ningún año para la referencia del estado antes de sus últimos {recent} años. Elija un periodo más largo o menos años recientes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="90" />
      <source>The plot squares file must be a .kml file, not {path}.</source>
      <translation>El archivo de cuadrados de parcela debe ser un archivo .kml, no {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="128" />
      <source>The points' strata are not their map classes and no map was given: mapped areas are reported as 0.</source>
      <translation>Los estratos de los puntos no son sus clases del mapa y no se indicó ningún mapa: las áreas cartografiadas se informan como 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="116" />
      <source>The polygons of land unit(s) {units} of {layer} contain no pixel centre of the productivity grid; they were not used.</source>
      <translation>Los polígonos de la(s) unidad(es) de tierra {units} de {layer} no contienen ningún centro de píxel de la cuadrícula de productividad; no se usaron.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="90" />
      <source>The polygons of {layer} cannot be reprojected to {target} ({error}). Check the layer's coordinate reference system.</source>
      <translation>Los polígonos de {layer} no pueden reproyectarse a {target} ({error}). Compruebe el sistema de referencia de coordenadas de la capa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="333" />
      <source>The project file {path} must hold a JSON object, not {kind}.</source>
      <translation>El archivo de proyecto {path} debe contener un objeto JSON, no {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="113" />
      <source>The raster has no coordinate reference system, so the land units of {layer} cannot be placed on it.</source>
      <translation>El ráster no tiene sistema de referencia de coordenadas, por lo que las unidades de tierra de {layer} no pueden situarse sobre él.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="211" />
      <source>The raster has no coordinate reference system, so the zones of {layer} cannot be placed on it.</source>
      <translation>El ráster no tiene sistema de referencia de coordenadas, por lo que las zonas de {layer} no pueden situarse sobre él.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="249" />
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="98" />
      <source>The raster layer given for {parameter} cannot be loaded. Check the file or choose another layer.</source>
      <translation>No se puede cargar la capa ráster indicada para {parameter}. Compruebe el archivo o elija otra capa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="116" />
      <source>The raster layer {layer} cannot be found at {path}. Check the path or choose another layer.</source>
      <translation>No se encuentra la capa ráster {layer} en {path}. Compruebe la ruta o elija otra capa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="61" />
      <source>The raster the sample was drawn from (the map, or the strata raster): gives the area of every stratum.</source>
      <translation>El ráster del que se extrajo la muestra (el mapa o el ráster de estratos): da el área de cada estrato.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="60" />
      <source>The raster value {value} is given twice in the ecosystem codes.</source>
      <translation>El valor de ráster {value} aparece dos veces en los códigos de ecosistema.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="180" />
      <location filename="../t2_monitor_plugin/core/rasters.py" line="217" />
      <source>The raster {layer} cannot be read ({reason}).</source>
      <translation>No se puede leer el ráster {layer} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="303" />
      <location filename="../t2_monitor_plugin/core/rasters.py" line="289" />
      <source>The raster {layer} could not be aligned to the reference grid ({reason}).</source>
      <translation>No se pudo alinear el ráster {layer} con la cuadrícula de referencia ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="182" />
      <source>The raster {layer} has an invalid geotransform (zero pixel size).</source>
      <translation>El ráster {layer} tiene una geotransformación no válida (tamaño de píxel cero).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="144" />
      <source>The raster {layer} has no coordinate reference system, so it cannot be aligned. Assign its CRS first.</source>
      <translation>El ráster {layer} no tiene sistema de referencia de coordenadas, por lo que no puede alinearse. Asígnele primero su SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="176" />
      <source>The raster {layer} has no geographic or projected coordinate reference system, so the true area of its pixels cannot be computed. Assign it a CRS and try again.</source>
      <translation>El ráster {layer} no tiene un sistema de referencia de coordenadas geográfico ni proyectado, por lo que no se puede calcular el área real de sus píxeles. Asígnele un SRC e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="113" />
      <source>The raster {layer} has no pixel with a value: there is nothing to sample.</source>
      <translation>El ráster {layer} no tiene ningún píxel con valor: no hay nada que muestrear.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="236" />
      <source>The raster {layer} has no valid (non-excluded) pixel to classify.</source>
      <translation>El ráster {layer} no tiene ningún píxel válido (no excluido) que clasificar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="175" />
      <source>The raster {layer} has {count} band(s); band(s) {bands} do not exist.</source>
      <translation>El ráster {layer} tiene {count} banda(s); la(s) banda(s) {bands} no existe(n).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="134" />
      <source>The raster {layer} holds codes beyond +-1,000,000,000; reclassify it to smaller class codes first.</source>
      <translation>El ráster {layer} contiene códigos más allá de +-1,000,000,000; reclasifíquelo antes en códigos de clase más pequeños.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="131" />
      <source>The raster {layer} holds decimal values; a sample design needs a categorical raster of whole-number codes.</source>
      <translation>El ráster {layer} contiene valores decimales; un diseño de muestreo necesita un ráster categórico de códigos enteros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="63" />
      <source>The raster {layer} holds decimal values; class areas need a categorical raster of whole-number codes.</source>
      <translation>El ráster {layer} contiene valores decimales; las áreas por clase necesitan un ráster categórico de códigos enteros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="131" />
      <source>The raster {layer} holds decimal values; map agreement needs categorical rasters of whole-number codes.</source>
      <translation>El ráster {layer} contiene valores decimales; la concordancia de mapas necesita rásteres categóricos de códigos enteros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="264" />
      <source>The raster {layer} holds no data: every pixel of band(s) {bands} is nodata ({nodata}) or NaN, so every result would be nodata and every area 0 ha. Check the layer and its nodata value, or choose another layer.</source>
      <translation>El ráster {layer} no contiene datos: todos los píxeles de la(s) banda(s) {bands} son sin datos ({nodata}) o NaN, por lo que todos los resultados serían sin datos y todas las áreas 0 ha. Compruebe la capa y su valor sin datos, o elija otra capa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="259" />
      <source>The raster {layer} holds no data: every pixel of band(s) {bands} is nodata ({nodata}) or NaN, so it would count as missing everywhere and the results would silently ignore it. Check the layer and its nodata value, or choose another layer; if it really marks nothing in this area (no water, no protected land), leave it out.</source>
      <translation>El ráster {layer} no contiene datos: todos los píxeles de la(s) banda(s) {bands} son sin datos ({nodata}) o NaN, por lo que contaría como ausente en todas partes y los resultados lo ignorarían sin avisar. Compruebe la capa y su valor sin datos, o elija otra capa; si realmente no marca nada en esta zona (ni agua ni áreas protegidas), déjela fuera.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="170" />
      <source>The raster {layer} is rotated or not north-up. Warp it to a north-up grid (Raster &gt; Projections &gt; Warp) first.</source>
      <translation>El ráster {layer} está rotado o no orientado al norte. Reproyéctelo primero a una cuadrícula orientada al norte (Ráster &gt; Proyecciones &gt; Combar).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/grid.py" line="146" />
      <source>The raster {layer} reaches beyond the poles: its point ({x}, {y}) is outside what its projection can map (it comes back as latitude {lat}). Its georeferencing or CRS is wrong; no area can be computed on it.</source>
      <translation>El ráster {layer} se extiende más allá de los polos: su punto ({x}, {y}) está fuera de lo que su proyección puede representar (vuelve como latitud {lat}). Su georreferenciación o su SRC es incorrecto; no se puede calcular ningún área sobre él.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/grid.py" line="121" />
      <source>The raster {layer} reaches latitude {south} to {north} degrees, beyond the poles (+-90). Its georeferencing is wrong (check the origin, pixel size and CRS); no area can be computed on it.</source>
      <translation>El ráster {layer} abarca de la latitud {south} a {north} grados, más allá de los polos (+-90). Su georreferenciación es errónea (compruebe el origen, el tamaño de píxel y el SRC); no se puede calcular ningún área sobre él.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/grid.py" line="126" />
      <source>The raster {layer} spans {span} degrees of longitude, more than the whole globe (360), so its pixels would be counted twice. Check its georeferencing.</source>
      <translation>El ráster {layer} abarca {span} grados de longitud, más que todo el globo (360), por lo que sus píxeles se contarían dos veces. Compruebe su georreferenciación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="131" />
      <source>The rasters are not on the same grid as {layer} ({differences}). Choose a reference layer to align them to, or resample them first.</source>
      <translation>Los rásteres no están en la misma cuadrícula que {layer} ({differences}). Elija una capa de referencia con la que alinearlos o remuestréelos antes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="113" />
      <source>The recent period {start}-{end} is outside the years of {layer} ({first}-{last}). Choose years inside the stack, or check the year of the first band.</source>
      <translation>El periodo reciente {start}-{end} está fuera de los años de {layer} ({first}-{last}). Elija años dentro de la serie o compruebe el año de la primera banda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="140" />
      <source>The recent period {start}-{end} must start after the baseline period {base_start}-{base_end} ends. Choose a later recent period or an earlier baseline.</source>
      <translation>El periodo reciente {start}-{end} debe empezar después de que termine el periodo de referencia {base_start}-{base_end}. Elija un periodo reciente posterior o una referencia anterior.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="109" />
      <source>The recent period {start}-{end} starts after it ends. Swap the years.</source>
      <translation>El periodo reciente {start}-{end} empieza después de terminar. Intercambie los años.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="96" />
      <source>The reclassification {source} sends codes to {values}; the UNCCD classes are 1 to 7.</source>
      <translation>La reclasificación {source} envía códigos a {values}; las clases CNULD van de 1 a 7.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="109" />
      <source>The report (.pdf).</source>
      <translation>El informe (.pdf).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="347" />
      <source>The report could not be written to {path}.</source>
      <translation>No se pudo escribir el informe en {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="305" />
      <source>The report layout was added to the project as {name}.</source>
      <translation>El diseño del informe se añadió al proyecto como {name}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="66" />
      <source>The report template {path} cannot be read: {error}</source>
      <translation>La plantilla del informe {path} no se puede leer: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="76" />
      <source>The report template {path} could not be loaded as a print layout.</source>
      <translation>La plantilla del informe {path} no se pudo cargar como composición de impresión.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="70" />
      <source>The report template {path} is not a QGIS print layout template (.qpt).</source>
      <translation>La plantilla del informe {path} no es una plantilla de composición de QGIS (.qpt).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="80" />
      <source>The report template {path} lacks the items {ids}: copy them from the default template (resources/layouts/t2_report.qpt) and keep their item ids.</source>
      <translation>A la plantilla del informe {path} le faltan los elementos {ids}: cópielos de la plantilla por defecto (resources/layouts/t2_report.qpt) y conserve sus identificadores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration_periods.py" line="63" />
      <source>The reporting period {period} ends before it starts.</source>
      <translation>El periodo de informe {period} termina antes de empezar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration_periods.py" line="58" />
      <source>The reporting period {period} is not written as start-end years (e.g. 2016-2019) or as one year; separate periods with commas.</source>
      <translation>El periodo de informe {period} no está escrito como años inicio-fin (p. ej., 2016-2019) ni como un solo año; separe los periodos con comas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration_periods.py" line="65" />
      <source>The reporting period {period} starts before the end of {previous}: give the periods in order, without overlaps.</source>
      <translation>El periodo de informe {period} empieza antes del final de {previous}: indique los periodos en orden, sin solapamientos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="266" />
      <source>The restoration sites have no coordinate reference system. Assign the layer a CRS and try again.</source>
      <translation>Los sitios de restauración no tienen sistema de referencia de coordenadas. Asigne un SRC a la capa y vuelva a intentarlo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="162" />
      <source>The restoration sites layer {layer} has no polygons. Use a polygon layer with at least one non-empty feature.</source>
      <translation>La capa de sitios de restauración {layer} no tiene polígonos. Use una capa de polígonos con al menos una entidad no vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="57" />
      <source>The row and column labels of the transition matrix {source} must start with the UNCCD classes 1 to 7 in order, not {codes}.</source>
      <translation>Las etiquetas de filas y columnas de la matriz de transición {source} deben empezar por las clases CNULD 1 a 7 en orden, no {codes}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="69" />
      <source>The row of class {code} of {layer} has no estimated area or no interval.</source>
      <translation>La fila de la clase {code} de {layer} no tiene área estimada o no tiene intervalo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="119" />
      <source>The rules file {path} cannot be found.</source>
      <translation>No se encuentra el archivo de reglas {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="211" />
      <source>The rules file {path} must hold a list of objects with the keys criterion, type, rule and weight.</source>
      <translation>El archivo de reglas {path} debe contener una lista de objetos con las claves criterion, type, rule y weight.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="60" />
      <source>The rules file {path} needs a list named 'rules'.</source>
      <translation>El archivo de reglas {path} necesita una lista llamada 'rules'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="183" />
      <source>The run was cancelled; no output was written.</source>
      <translation>La ejecución se canceló; no se escribió ninguna salida.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="95" />
      <source>The same as a raster in {LAND_UNITS_LAYER}, under the key of earlier versions. Give one land unit layer only.</source>
      <translation>Lo mismo que un ráster en {LAND_UNITS_LAYER}, bajo la clave de versiones anteriores. Indique una sola capa de unidades de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="44" />
      <source>The same as a raster in {LAND_UNITS_LAYER}, under the key of earlier versions: raster of whole-number land unit ids (band 1) on the productivity grid. Give one land unit layer only.</source>
      <translation>Lo mismo que un ráster en {LAND_UNITS_LAYER}, bajo la clave de versiones anteriores: ráster de identificadores enteros de unidades de tierra (banda 1) en la cuadrícula de productividad. Indique una sola capa de unidades de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="99" />
      <source>The same as polygons in {LAND_UNITS_LAYER}, under the key of earlier versions, with {LAND_UNIT_FIELD}. Give one land unit layer only.</source>
      <translation>Lo mismo que polígonos en {LAND_UNITS_LAYER} con {LAND_UNIT_FIELD}, bajo la clave de versiones anteriores. Indique una sola capa de unidades de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="48" />
      <source>The same as polygons in {LAND_UNITS_LAYER}, under the key of earlier versions: polygons of the land units (any CRS) with their ids in {LAND_UNITS_FIELD}. Give one land unit layer only.</source>
      <translation>Lo mismo que polígonos en {LAND_UNITS_LAYER}, bajo la clave de versiones anteriores: polígonos de las unidades de tierra (cualquier SRC) con sus identificadores en {LAND_UNITS_FIELD}. Indique una sola capa de unidades de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="93" />
      <source>The same rows as a CSV file (UTF-8).</source>
      <translation>Las mismas filas como archivo CSV (UTF-8).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="100" />
      <source>The same rows without geometry.</source>
      <translation>Las mismas filas sin geometría.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="80" />
      <source>The same seed, map and settings always draw the same sample.</source>
      <translation>La misma semilla, el mismo mapa y los mismos ajustes siempre extraen la misma muestra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="94" />
      <source>The same table as a CSV file (code, class; a header row and lines starting with # are allowed). Used when the table parameter is empty; replaces the preset.</source>
      <translation>La misma tabla como archivo CSV (código, clase; se admiten una fila de encabezado y líneas que empiezan por #). Se usa cuando el parámetro de tabla está vacío; sustituye al preajuste.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="204" />
      <source>The sample has no stratum_pixels field: it cannot be checked that it was drawn from this version of the strata raster.</source>
      <translation>La muestra no tiene campo stratum_pixels: no se puede comprobar que se extrajo de esta versión del ráster de estratos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="106" />
      <source>The sample layer {layer} has no field {field} ({parameter}).</source>
      <translation>La capa de muestra {layer} no tiene el campo {field} ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="115" />
      <source>The sample layer {layer} has no point with a reference label.</source>
      <translation>La capa de muestra {layer} no tiene ningún punto con etiqueta de referencia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="101" />
      <source>The sample point layer cannot be loaded.</source>
      <translation>No se puede cargar la capa de puntos de muestra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="114" />
      <source>The sample region could not be prepared: {error}</source>
      <translation>No se pudo preparar la región de ejemplo: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="119" />
      <source>The sample region is ready in {folder}; it was not opened.</source>
      <translation>La región de ejemplo está lista en {folder}; no se abrió.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="225" />
      <source>The secure connection to the FERM API at {url} failed ({reason}). Nothing was sent. Check the computer's date and the SSL settings in Settings › Options › Authentication; do not publish through a network that intercepts https.</source>
      <translation>Falló la conexión segura con la API de FERM en {url} ({reason}). No se envió nada. Compruebe la fecha del equipo y la configuración SSL en Configuración › Opciones › Autenticación; no publique a través de una red que intercepte https.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="75" />
      <source>The sheet of land types by status as a CSV file (UTF-8); needs {LDN_BALANCE}.</source>
      <translation>La hoja de tipos de tierra por estado como archivo CSV (UTF-8); requiere {LDN_BALANCE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="225" />
      <source>The significance level (ALPHA) must be between 0 and 1, not {value}.</source>
      <translation>El nivel de significación (ALPHA) debe estar entre 0 y 1, no {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="139" />
      <source>The site field FERM and GEF ask for</source>
      <translation>El campo del sitio que piden FERM y el GEF</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="261" />
      <source>The site layer {layer} has no site. Choose a layer with restoration site polygons (or check its filter).</source>
      <translation>La capa de sitios {layer} no tiene ningún sitio. Elija una capa con polígonos de sitios de restauración (o compruebe su filtro).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="98" />
      <source>The site polygons with the estimate, p-value, class and reason (styled by class).</source>
      <translation>Los polígonos de los sitios con la estimación, el valor p, la clase y el motivo (con estilo por clase).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="50" />
      <source>The state compares the mean of the last years of the period (default 3) with the deciles of the earlier years.</source>
      <translation>El estado compara la media de los últimos años del periodo (por defecto 3) con los deciles de los años anteriores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/status.py" line="38" />
      <source>The status matrix {path} must have rows and columns -1, 0 and 1.</source>
      <translation>La matriz de estado {path} debe tener filas y columnas -1, 0 y 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="115" />
      <source>The stepped method needs the climate zones: give a climate-zone raster ({raster}) or choose the zone of the whole area ({zone}).</source>
      <translation>El método escalonado necesita las zonas climáticas: indique un ráster de zonas climáticas ({raster}) o elija la zona de toda el área ({zone}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="146" />
      <source>The stepped method needs the initial and final land-cover maps ({initial}, {final}), or choose the two-maps method.</source>
      <translation>El método escalonado necesita los mapas de cobertura del suelo inicial y final ({initial}, {final}); si no, elija el método de dos mapas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/class_labels.py" line="250" />
      <source>The style {path} could not be read for class names ({reason}); the classes are named by their codes.</source>
      <translation>No se pudo leer el estilo {path} para obtener los nombres de clase ({reason}); las clases se nombran por sus códigos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="48" />
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="89" />
      <source>The table file {path} cannot be found.</source>
      <translation>No se encuentra el archivo de tabla {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="54" />
      <source>The table file {path} cannot be read ({reason}).</source>
      <translation>No se puede leer el archivo de tabla {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="63" />
      <source>The table file {path} is not a text CSV file (it holds NUL bytes; a UTF-16 or binary spreadsheet file?). Save it as 'CSV UTF-8' and try again.</source>
      <translation>El archivo de tabla {path} no es un archivo CSV de texto (contiene bytes NUL; ¿un archivo UTF-16 o una hoja de cálculo binaria?). Guárdelo como 'CSV UTF-8' e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="75" />
      <source>The table of 'Area under restoration (GBF 2.1)' (fields disaggregation, value, year, area_under_restoration_ha, ...).</source>
      <translation>La tabla de 'Área en restauración (MMB 2.1)' (campos disaggregation, value, year, area_under_restoration_ha, ...).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="144" />
      <source>The table {key} is missing.</source>
      <translation>Falta la tabla {key}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="68" />
      <source>The table {layer} has comparisons {values}, which are not those of LDN balance per land type (map, vs_baseline, vs_previous): use its balance table.</source>
      <translation>La tabla {layer} tiene las comparaciones {values}, que no son las de Balance de NDT por tipo de tierra (map, vs_baseline, vs_previous): use su tabla de balance.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="193" />
      <source>The table {layer} has no 'total' row: it is not the table of Area under restoration.</source>
      <translation>La tabla {layer} no tiene fila 'total': no es la tabla de Área en restauración.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="265" />
      <source>The table {layer} has no degraded class row (kind 'class', class -1): use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>La tabla {layer} no tiene fila de la clase degradada (kind 'class', class -1): use la tabla de resumen del indicador ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="109" />
      <source>The table {layer} has no degraded/stable/improved or total land rows for {zone}: use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>La tabla {layer} no tiene filas de degradado/estable/mejorado o de superficie total de tierra para {zone}: use la tabla de resumen del indicador ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="162" />
      <source>The table {layer} has no field(s) {fields}: it is not {what}. Use the table written by that algorithm.</source>
      <translation>La tabla {layer} no tiene el/los campo(s) {fields}: no es {what}. Use la tabla escrita por ese algoritmo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="185" />
      <source>The table {layer} has no rows: run Area under restoration first and use its table.</source>
      <translation>La tabla {layer} no tiene filas: ejecute primero Área en restauración y use su tabla.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="127" />
      <source>The table {layer} has no rows: use the areas table of Degradation status.</source>
      <translation>La tabla {layer} no tiene filas: use la tabla de áreas de Estado de la degradación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="64" />
      <source>The table {layer} has no rows: use the balance table of LDN balance per land type.</source>
      <translation>La tabla {layer} no tiene filas: use la tabla de balance de Balance de NDT por tipo de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="96" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="139" />
      <source>The table {layer} has no rows: use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>La tabla {layer} no tiene filas: use la tabla de resumen del indicador ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="146" />
      <source>The table {layer} has no status class rows for {zone}: use the areas table of Degradation status.</source>
      <translation>La tabla {layer} no tiene filas de clases de estado para {zone}: use la tabla de áreas de Estado de la degradación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="243" />
      <source>The table {layer} has no total land area (a 'total_land' row of level 'total' with area_ha): the estimated degraded area cannot be turned into a proportion. Use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>La tabla {layer} no tiene superficie total de tierra (una fila 'total_land' de nivel 'total' con area_ha): el área degradada estimada no puede convertirse en una proporción. Use la tabla de resumen del indicador ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="62" />
      <source>The table {layer} has {count} row(s) of class {code}: use the area estimates table of Accuracy assessment of a map whose degraded class is {code}.</source>
      <translation>La tabla {layer} tiene {count} fila(s) de la clase {code}: use la tabla de estimaciones de áreas de Evaluación de la exactitud de un mapa cuya clase degradada sea {code}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="147" />
      <source>The table {name} is empty.</source>
      <translation>La tabla {name} está vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="111" />
      <location filename="../t2_monitor_plugin/core/tables.py" line="108" />
      <source>The table {path} cannot be written ({reason}).</source>
      <translation>No se puede escribir la tabla {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="128" />
      <source>The table {path} was written but does not read back with its {count} rows (sheet {sheet}).</source>
      <translation>La tabla {path} se escribió, pero al volver a leerla no contiene sus {count} filas (hoja {sheet}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="75" />
      <location filename="../t2_monitor_plugin/core/overuse.py" line="88" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="187" />
      <source>The table {source} has no rows.</source>
      <translation>La tabla {source} no tiene filas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="255" />
      <source>The table {source} has {count} cells, which is not a whole number of rows of {columns} columns.</source>
      <translation>La tabla {source} tiene {count} celdas, que no son un número entero de filas de {columns} columnas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="70" />
      <source>The target ({TARGET_PCT}) in hectares.</source>
      <translation>La meta ({TARGET_PCT}) en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="73" />
      <source>The target standard error of overall accuracy must be between 0 and 1, not {value}.</source>
      <translation>El error estándar objetivo de la exactitud global debe estar entre 0 y 1, no {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="103" />
      <source>The target year ({target}) must be after the baseline year ({baseline}).</source>
      <translation>El año de la meta ({target}) debe ser posterior al año de referencia ({baseline}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="48" />
      <source>The transition matrix {source} holds {values}; only -1 (degradation), 0 (stable) and 1 (improvement) are allowed.</source>
      <translation>La matriz de transición {source} contiene {values}; solo se admiten -1 (degradación), 0 (estable) y 1 (mejora).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="44" />
      <location filename="../t2_monitor_plugin/core/landcover.py" line="75" />
      <source>The transition matrix {source} must have 7 rows and 7 columns (the UNCCD classes 1-7), not {shape}.</source>
      <translation>La matriz de transición {source} debe tener 7 filas y 7 columnas (las clases CNULD 1-7), no {shape}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="100" />
      <source>The tree-cover layer {layer} holds values from {low} to {high}; tree cover must be a percentage from 0 to 100. Rescale it (e.g. multiply fractions by 100) or choose the right layer.</source>
      <translation>La capa de cubierta arbórea {layer} contiene valores de {low} a {high}; la cubierta arbórea debe ser un porcentaje de 0 a 100. Reescálela (p. ej., multiplique las fracciones por 100) o elija la capa correcta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="123" />
      <source>The two maps have no valid pixel in common; nothing was compared.</source>
      <translation>Los dos mapas no tienen ningún píxel válido en común; no se comparó nada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="135" />
      <source>The two-maps method needs the final SOC map ({parameter}), or choose the stepped method.</source>
      <translation>El método de dos mapas necesita el mapa de COS final ({parameter}); si no, elija el método escalonado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="192" />
      <source>The upload package {path} must be a .zip file.</source>
      <translation>El paquete de carga {path} debe ser un archivo .zip.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="187" />
      <source>The values of {layer} are too large to compute percentiles ({low} to {high}).</source>
      <translation>Los valores de {layer} son demasiado grandes para calcular percentiles ({low} a {high}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="97" />
      <source>The vector file {path} has no layer {layer}.</source>
      <translation>El archivo vectorial {path} no tiene ninguna capa {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="94" />
      <source>The vector layer {path} cannot be opened.</source>
      <translation>No se puede abrir la capa vectorial {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="335" />
      <source>The weighted overlay algorithm ({id}) is not available; copy the weights instead.</source>
      <translation>El algoritmo de superposición ponderada ({id}) no está disponible; copie los pesos en su lugar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="123" />
      <source>The weights after normalisation to sum 1, comma-separated, in criteria order.</source>
      <translation>Los pesos tras normalizarlos para sumar 1, separados por comas, en el orden de los criterios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="59" />
      <source>The weights table {layer} has no field named {field}.</source>
      <translation>La tabla de pesos {layer} no tiene ningún campo llamado {field}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="59" />
      <source>The window size must be an odd whole number of pixels from 3 to {maximum} (3, 5, 7, ...), not {window}.</source>
      <translation>El tamaño de ventana debe ser un número entero impar de píxeles de 3 a {maximum} (3, 5, 7, ...), no {window}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="62" />
      <source>The window size {window} is larger than the raster {layer} ({width} x {height} pixels). Choose a smaller window.</source>
      <translation>El tamaño de ventana {window} es mayor que el ráster {layer} ({width} x {height} píxeles). Elija una ventana más pequeña.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="125" />
      <source>The year of the first band of {layer} cannot be read from its band names. Set the year of the first band (FIRST_YEAR).</source>
      <translation>No se puede leer el año de la primera banda de {layer} a partir de los nombres de sus bandas. Indique el año de la primera banda (FIRST_YEAR).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="174" />
      <source>The year(s) {years} are not in {layer} ({first}-{last}).</source>
      <translation>El/los año(s) {years} no están en {layer} ({first}-{last}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="208" />
      <source>The years of {layer} must increase from band to band.</source>
      <translation>Los años de {layer} deben aumentar de una banda a la siguiente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="314" />
      <source>The zone layer {layer} cannot be opened as a vector layer.</source>
      <translation>La capa de zonas {layer} no puede abrirse como capa vectorial.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="207" />
      <source>The zone layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>La capa de zonas {layer} no tiene sistema de referencia de coordenadas. Asígnele un SRC e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="285" />
      <location filename="../t2_monitor_plugin/core/zones.py" line="321" />
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="168" />
      <source>The zone layer {layer} has no field named {field}.</source>
      <translation>La capa de zonas {layer} no tiene ningún campo llamado {field}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="254" />
      <location filename="../t2_monitor_plugin/core/zones.py" line="226" />
      <source>The zone layer {layer} has no polygons: use a polygon layer with at least one non-empty feature.</source>
      <translation>La capa de zonas {layer} no tiene polígonos: use una capa de polígonos con al menos una entidad no vacía.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zonal.py" line="405" />
      <source>The zone {zone} does not overlap the raster {layer}; it has no rows.</source>
      <translation>La zona {zone} no se superpone al ráster {layer}; no tiene filas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zonal.py" line="412" />
      <source>The zone {zone} extends beyond the raster {layer}: {outside} ha of its {total} ha are outside and not counted.</source>
      <translation>La zona {zone} se extiende más allá del ráster {layer}: {outside} ha de sus {total} ha quedan fuera y no se cuentan.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="280" />
      <location filename="../t2_monitor_plugin/core/zones.py" line="296" />
      <source>The zones of {layer} cannot be reprojected to the raster's coordinate reference system ({error}).</source>
      <translation>Las zonas de {layer} no pueden reproyectarse al sistema de referencia de coordenadas del ráster ({error}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="258" />
      <source>There are {labels} category labels for {count} categories ({breaks} breaks).</source>
      <translation>Hay {labels} etiquetas de categoría para {count} categorías ({breaks} cortes).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="187" />
      <source>There are {rules} scoring rules (with their weights) for {count} criterion rasters; give exactly one rule per criterion.</source>
      <translation>Hay {rules} reglas de puntuación (con sus pesos) para {count} rásteres de criterio; indique exactamente una regla por criterio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="179" />
      <source>There is no period named {period} for the estimated degraded area: name one of {names} (ESTIMATE_PERIOD).</source>
      <translation>No hay ningún periodo llamado {period} para el área degradada estimada: indique uno de {names} (ESTIMATE_PERIOD).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="154" />
      <source>There is no preset number {index}.</source>
      <translation>No existe el preajuste número {index}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="296" />
      <source>There is no project to add the report layout to (e.g. in qgis_process): only the PDF was written.</source>
      <translation>No hay ningún proyecto al que añadir el diseño del informe (p. ej. en qgis_process): solo se escribió el PDF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="80" />
      <source>This report</source>
      <translation>Este informe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="47" />
      <source>Three classes (-1/0/+1)</source>
      <translation>Tres clases (-1/0/+1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="102" />
      <source>Three-class view: 1-2 degraded (-1), 3-4 stable (0), 5 improved (+1).</source>
      <translation>Vista en tres clases: 1-2 degradado (-1), 3-4 estable (0), 5 mejorado (+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="74" />
      <source>Three-class view: LPD 1-2 -&gt; -1, 3-4 -&gt; 0, 5 -&gt; +1.</source>
      <translation>Vista en tres clases: LPD 1-2 -&gt; -1, 3-4 -&gt; 0, 5 -&gt; +1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="93" />
      <source>Title (required)</source>
      <translation>Título (obligatorio)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="194" />
      <source>Title of the FERM project.</source>
      <translation>Título del proyecto de FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="91" />
      <source>Title of the project in FERM (required for the API payload)</source>
      <translation>Título del proyecto en FERM (obligatorio para la carga útil de la API)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="56" />
      <source>Too early to tell</source>
      <translation>Demasiado pronto para saberlo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="66" />
      <source>Top class in the base run: {area:.2f} ha (weights {weights}).</source>
      <translation>Clase superior en la ejecución base: {area:.2f} ha (pesos {weights}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="42" />
      <source>Top-class share</source>
      <translation>Proporción en la clase superior</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="47" />
      <source>Total area (ha)</source>
      <translation>Área total (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="42" />
      <source>Total land area</source>
      <translation>Superficie total de tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="103" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="96" />
      <source>Total land area (ha)</source>
      <translation>Superficie total de tierra (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="114" />
      <source>Total of {AREA_TABLE}.</source>
      <translation>Total de {AREA_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="67" />
      <source>Total sample size (0 = from the target standard error)</source>
      <translation>Tamaño total de la muestra (0 = a partir del error estándar objetivo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="71" />
      <source>Trajectory sub-indicator (-1/0/+1), e.g. from Productivity trajectory. Needed in the combine mode.</source>
      <translation>Subindicador de trayectoria (-1/0/+1), p. ej., de Trayectoria de la productividad. Necesario en el modo de combinación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="76" />
      <source>Trajectory sub-indicator (-1/0/+1).</source>
      <translation>Subindicador de trayectoria (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="16" />
      <source>Trajectory sub-indicator of land productivity (SDG 15.3.1): the Mann-Kendall trend test of an annual vegetation index, pixel by pixel, on the years of the analysis period.&lt;br&gt;&lt;br&gt;Each pixel uses only its valid years (years with nodata are left out); pixels with fewer than {MIN_YEARS} valid years are nodata. S is the sum of the signs of all later-minus-earlier differences; its variance is n(n-1)(2n+5)/18 corrected for ties with the pixel's own groups of equal values; Z = (S-1)/sqrt(Var) for S &gt; 0, (S+1)/sqrt(Var) for S &lt; 0, else 0; p = 2(1 - Phi(|Z|)) is two-sided. {OUTPUT} is -1 where p &lt;= {ALPHA} and Z &lt; 0 (significant decline), +1 where p &lt;= {ALPHA} and Z &gt; 0 (significant increase), else 0 (Int16, nodata -32768).&lt;br&gt;&lt;br&gt;{SLOPE} is Sen's slope, the median of the slopes between all pairs of valid years, in the index's units per year (the band scale is applied: an NDVI stored x 10000 with scale 0.0001 gives NDVI per year). The optional {Z} and {P} rasters hold the test statistic and its p-value. The same statistics as pymannkendall's original_test, computed offline for every pixel.</source>
      <translation>Subindicador de trayectoria de la productividad de la tierra (ODS 15.3.1): la prueba de tendencia de Mann-Kendall de un índice de vegetación anual, píxel a píxel, en los años del periodo de análisis.&lt;br&gt;&lt;br&gt;Cada píxel usa solo sus años válidos (los años sin datos se excluyen); los píxeles con menos de {MIN_YEARS} años válidos quedan sin datos. S es la suma de los signos de todas las diferencias entre un año posterior y uno anterior; su varianza es n(n-1)(2n+5)/18 corregida por empates con los propios grupos de valores iguales del píxel; Z = (S-1)/sqrt(Var) para S &gt; 0, (S+1)/sqrt(Var) para S &lt; 0 y, si no, 0; p = 2(1 - Phi(|Z|)) es bilateral. {OUTPUT} es -1 donde p &lt;= {ALPHA} y Z &lt; 0 (descenso significativo), +1 donde p &lt;= {ALPHA} y Z &gt; 0 (aumento significativo) y, si no, 0 (Int16, sin datos -32768).&lt;br&gt;&lt;br&gt;{SLOPE} es la pendiente de Sen, la mediana de las pendientes entre todos los pares de años válidos, en unidades del índice por año (se aplica la escala de banda: un NDVI almacenado x 10000 con escala 0.0001 da NDVI por año). Los rásteres opcionales {Z} y {P} contienen el estadístico de la prueba y su valor p. Son los mismos estadísticos que original_test de pymannkendall, calculados sin conexión para cada píxel.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="79" />
      <source>Trajectory {start}-{end}: {down} pixel(s) ({down_ha} ha) with a significant decline, {flat} ({flat_ha} ha) without a significant trend, {up} ({up_ha} ha) with a significant increase.</source>
      <translation>Trayectoria {start}-{end}: {down} píxel(es) ({down_ha} ha) con un descenso significativo, {flat} ({flat_ha} ha) sin tendencia significativa, {up} ({up_ha} ha) con un aumento significativo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="56" />
      <source>Trajectory: minimum valid years</source>
      <translation>Trayectoria: mínimo de años válidos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="53" />
      <source>Trajectory: significance level</source>
      <translation>Trayectoria: nivel de significación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="145" />
      <source>Transition areas</source>
      <translation>Áreas de transición</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="147" />
      <source>Transition areas file (CSV or XLSX)</source>
      <translation>Archivo de áreas de transición (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="127" />
      <source>Transition matrix</source>
      <translation>Matriz de transición</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="132" />
      <source>Transition matrix CSV</source>
      <translation>CSV de matriz de transición</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="77" />
      <source>Tree cover lost (percentage points)</source>
      <translation>Cubierta arbórea perdida (puntos porcentuales)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="44" />
      <source>Tree-cover percentage maps + loss threshold</source>
      <translation>Mapas de porcentaje de cubierta arbórea + umbral de pérdida</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Tree-covered</source>
      <translation>Cubierta arbórea</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="77" />
      <source>True (ellipsoidal) area of overuse, in hectares.</source>
      <translation>Área real (elipsoidal) con sobreuso, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="75" />
      <source>True (ellipsoidal) area of proper use, in hectares.</source>
      <translation>Área real (elipsoidal) con uso adecuado, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="29" />
      <source>True (ellipsoidal) area of the LPD class, in hectares; empty when the rasters have no coordinate reference system.</source>
      <translation>Área real (elipsoidal) de la clase LPD, en hectáreas; vacío cuando los rásteres no tienen sistema de referencia de coordenadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="71" />
      <source>True (ellipsoidal) area of the class, in hectares; empty when the rasters have no coordinate reference system.</source>
      <translation>Área real (elipsoidal) de la clase, en hectáreas; vacío cuando los rásteres no tienen sistema de referencia de coordenadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="95" />
      <source>True (ellipsoidal) area of the degraded land, in hectares.</source>
      <translation>Área real (elipsoidal) de las tierras degradadas, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="119" />
      <source>True (ellipsoidal) area of the excluded pixels, in hectares.</source>
      <translation>Área real (elipsoidal) de los píxeles excluidos, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="97" />
      <source>True (ellipsoidal) area of the land (mapped pixels that are not water), in hectares.</source>
      <translation>Área real (elipsoidal) de la tierra (píxeles cartografiados que no son agua), en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="84" />
      <source>True (ellipsoidal) area of the loss pixels, in hectares.</source>
      <translation>Área real (elipsoidal) de los píxeles con pérdida, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="45" />
      <source>True (ellipsoidal) area of the nodata pixels, in hectares.</source>
      <translation>Área real (elipsoidal) de los píxeles sin datos, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="67" />
      <source>True (ellipsoidal) area of the pixels rated -1, in hectares.</source>
      <translation>Área real (elipsoidal) de los píxeles evaluados con -1, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="70" />
      <source>True (ellipsoidal) area of the pixels that got a rating (-1 or 0), in hectares.</source>
      <translation>Área real (elipsoidal) de los píxeles que recibieron una evaluación (-1 o 0), en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="42" />
      <source>True (ellipsoidal) area of the pixels with a class, in hectares.</source>
      <translation>Área real (elipsoidal) de los píxeles con una clase, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="121" />
      <source>True (ellipsoidal) area of the pixels with a suitability value, in hectares.</source>
      <translation>Área real (elipsoidal) de los píxeles con un valor de aptitud, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="74" />
      <source>True (ellipsoidal) area of the valid input pixels that no range or code maps, in hectares; empty when the raster has no coordinate reference system.</source>
      <translation>Área real (elipsoidal) de los píxeles de entrada válidos que no corresponden a ningún rango ni código, en hectáreas; vacío cuando el ráster no tiene sistema de referencia de coordenadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="79" />
      <source>True (ellipsoidal) area of underuse, in hectares.</source>
      <translation>Área real (elipsoidal) con subuso, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="105" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="68" />
      <source>True area of the degraded baseline, in hectares.</source>
      <translation>Área real de la referencia degradada, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="46" />
      <source>Two SOC maps (initial and final)</source>
      <translation>Dos mapas de COS (inicial y final)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/dask_engine.py" line="253" />
      <location filename="../t2_monitor_plugin/core/engine.py" line="284" />
      <source>Two outputs were given the same file {path}.</source>
      <translation>Dos salidas tienen el mismo archivo {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="53" />
      <source>Two-maps method: SOC stock at the end of the period, same units.</source>
      <translation>Método de dos mapas: existencias de COS al final del periodo, en las mismas unidades.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="54" />
      <source>Two-sided p-value of the trend (Float32, nodata -32768).</source>
      <translation>Valor p bilateral de la tendencia (Float32, sin datos -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="86" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="80" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="62" />
      <source>UNCCD class (1-7)</source>
      <translation>Clase CNULD (1-7)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="18" />
      <source>UNCCD,PRAIS,SO1,SDG,15.3.1,LDN,national report,km2,proportion degraded,status,XLSX</source>
      <translation>CNULD,PRAIS,SO1,ODS,15.3.1,NDT,informe nacional,km2,proporción degradada,estado,XLSX</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="147" />
      <source>Under restoration (ha)</source>
      <translation>En restauración (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="108" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="102" />
      <source>Under restoration inside degraded land (ha)</source>
      <translation>En restauración dentro de tierras degradadas (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="107" />
      <source>Under restoration inside degraded land, in % of the degraded baseline; empty when the baseline has no degraded land.</source>
      <translation>En restauración dentro de tierras degradadas, en % de la referencia degradada; vacío cuando la referencia no tiene tierras degradadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="116" />
      <source>Under restoration inside degraded land, in % of the estimated degraded baseline.</source>
      <translation>En restauración dentro de tierras degradadas, en % de la referencia degradada estimada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="35" />
      <source>Underuse</source>
      <translation>Subuso</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="78" />
      <source>Underuse area (ha)</source>
      <translation>Área con subuso (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="85" />
      <source>Unit</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="85" />
      <source>Unit of the 2.1 values: ha (default, as indicator 2.1) or km2.</source>
      <translation>Unidad de los valores de 2.1: ha (por defecto, como en el indicador 2.1) o km2.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="79" />
      <source>Unknown standardisation method {method}.</source>
      <translation>Método de estandarización desconocido {method}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="94" />
      <source>Use the criteria available at the pixel</source>
      <translation>Usar los criterios disponibles en el píxel</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="142" />
      <source>Used for every site whose field is empty, or for all sites with (fixed value)</source>
      <translation>Se usa para todos los sitios cuyo campo está vacío, o para todos los sitios con (valor fijo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="41" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="120" />
      <source>Valid area (ha)</source>
      <translation>Área válida (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="68" />
      <source>Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.</source>
      <translation>Área válida: {valid:.2f} ha; sin datos: {nodata:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="48" />
      <source>Valid plus nodata area, in hectares.</source>
      <translation>Área válida más área sin datos, en hectáreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="162" />
      <source>Validate</source>
      <translation>Validar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="228" />
      <source>Validation</source>
      <translation>Validación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="240" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="331" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="11" />
      <source>Value ranges to scores</source>
      <translation>Rangos de valores a puntuaciones</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="63" />
      <source>Value ranges: min, max, score per row. Categories: code, empty, score per row (as a flat list in scripts, code, score pairs are accepted too).</source>
      <translation>Rangos de valores: min, max, puntuación por fila. Categorías: código, vacío, puntuación por fila (en scripts, como lista plana, también se aceptan pares código, puntuación).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="12" />
      <source>Value scored 0 (benefit) or 1 (cost) for {MIN}, the other end for {MAX}. Empty: the exact minimum / maximum of the raster.</source>
      <translation>Valor con puntuación 0 (beneficio) o 1 (coste) para {MIN}, y el extremo opuesto para {MAX}. Vacío: el mínimo / máximo exacto del ráster.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="56" />
      <source>Value scored 0.5 by the sigmoids and 1 by the gaussian.</source>
      <translation>Valor con puntuación 0,5 en las sigmoides y 1 en la gaussiana.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="140" />
      <source>Values outside the sub-indicator codes were found ({details}). Trajectory and state must hold -1, 0 or 1 and performance -1 or 0: check that the right layers were chosen, in the right order.</source>
      <translation>Se encontraron valores fuera de los códigos de los subindicadores ({details}). La trayectoria y el estado deben contener -1, 0 o 1 y el desempeño -1 o 0: compruebe que se eligieron las capas correctas, en el orden correcto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="300" />
      <source>Values without a score in the reclass rules: {details}. Add them to the rules (or end the rule with 'else : score').</source>
      <translation>Valores sin puntuación en las reglas de reclasificación: {details}. Añádalos a las reglas (o termine la regla con 'else : puntuación').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="96" />
      <source>Values written under 'Other' for lack of an ORT category</source>
      <translation>Valores escritos en 'Other' por falta de una categoría de ORT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="182" />
      <source>Vector files (*.gpkg *.shp *.geojson);;All files (*)</source>
      <translation>Archivos vectoriales (*.gpkg *.shp *.geojson);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="23" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="75" />
      <source>Vegetation cover loss</source>
      <translation>Pérdida de cobertura vegetal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="14" />
      <source>Very high</source>
      <translation>Muy alta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="43" />
      <source>Water body</source>
      <translation>Masa de agua</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="87" />
      <source>Water mask</source>
      <translation>Máscara de agua</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="120" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="80" />
      <source>Weight</source>
      <translation>Peso</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="32" />
      <source>Weight change (%)</source>
      <translation>Cambio de los pesos (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="134" />
      <source>Weight of {layer}: {weight:.4f}</source>
      <translation>Peso de {layer}: {weight:.4f}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="45" />
      <source>Weight sensitivity</source>
      <translation>Sensibilidad a los pesos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="14" />
      <source>Weight sensitivity (top priority class)</source>
      <translation>Sensibilidad a los pesos (clase de prioridad superior)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="47" />
      <source>Weight sensitivity file (CSV or XLSX)</source>
      <translation>Archivo de sensibilidad a los pesos (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="100" />
      <source>Weighted overlay (suitability)</source>
      <translation>Superposición ponderada (aptitud)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="64" />
      <source>Weights (comma-separated, criteria order)</source>
      <translation>Pesos (separados por comas, en el orden de los criterios)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="29" />
      <source>Weights (w1,w2,...; this or the weights table is required)</source>
      <translation>Pesos (w1,w2,...; se necesita esto o la tabla de pesos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="156" />
      <source>Weights ({names}): {weights}</source>
      <translation>Pesos ({names}): {weights}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="117" />
      <source>Weights and consistency</source>
      <translation>Pesos y consistencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="302" />
      <source>Weights copied: {weights}</source>
      <translation>Pesos copiados: {weights}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="34" />
      <source>Weights table (this or the weights are required)</source>
      <translation>Tabla de pesos (se requiere esta o los pesos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Wetland</source>
      <translation>Humedal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="31" />
      <source>When inputs are on different grids, CRSs or resolutions, resample them on the fly to the first raster's grid (nearest neighbour for classes, average for continuous values). Unticked, such inputs are refused with a message saying what differs.</source>
      <translation>Cuando las entradas están en cuadrículas, SRC o resoluciones distintas, remuestrearlas al vuelo a la cuadrícula del primer ráster (vecino más próximo para clases, media para valores continuos). Sin marcar, esas entradas se rechazan con un mensaje que indica qué difiere.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="26" />
      <source>Where natural vegetation or tree cover was lost between two dates (a national degradation criterion).&lt;br&gt;&lt;br&gt;&lt;b&gt;Land cover&lt;/b&gt;: two land-cover maps and the codes that count as natural vegetation (e.g. 1,2,4). A pixel is loss when it is natural at the initial date and not natural at the final date.&lt;br&gt;&lt;b&gt;Tree cover&lt;/b&gt;: two tree-cover percentage maps (0-100). A pixel is loss when the tree cover dropped by at least the threshold, in percentage points (default 10). The optional amount layer holds the decrease initial - final where positive, 0 elsewhere (before threshold and patch filter). Values outside 0-100 stop the run.&lt;br&gt;&lt;br&gt;The loss layer is 1 loss, 0 no loss (Byte, nodata 255 where either map is nodata). With a minimum patch size, loss patches (pixels touching by a side or a corner) of fewer pixels are set to 0; patches are followed exactly across the whole raster, whatever its size.&lt;br&gt;&lt;br&gt;The lost area is summed with true (ellipsoidal) pixel areas, for the whole raster and for each zone of an optional polygon layer (table: loss, no-loss and nodata hectares, and the share of the mapped area lost).</source>
      <translation>Dónde se perdió vegetación natural o cubierta arbórea entre dos fechas (un criterio nacional de degradación).&lt;br&gt;&lt;br&gt;&lt;b&gt;Cobertura del suelo&lt;/b&gt;: dos mapas de cobertura del suelo y los códigos que cuentan como vegetación natural (p. ej., 1,2,4). Un píxel es pérdida cuando es natural en la fecha inicial y no natural en la fecha final.&lt;br&gt;&lt;b&gt;Cubierta arbórea&lt;/b&gt;: dos mapas de porcentaje de cubierta arbórea (0-100). Un píxel es pérdida cuando la cubierta arbórea disminuyó al menos el umbral, en puntos porcentuales (por defecto 10). La capa opcional de cantidad contiene la disminución inicial - final donde es positiva y 0 en el resto (antes del umbral y del filtro de manchas). Los valores fuera de 0-100 detienen la ejecución.&lt;br&gt;&lt;br&gt;La capa de pérdida es 1 pérdida, 0 sin pérdida (Byte, sin datos 255 donde alguno de los mapas no tiene datos). Con un tamaño mínimo de mancha, las manchas de pérdida (píxeles que se tocan por un lado o una esquina) con menos píxeles pasan a 0; las manchas se siguen de forma exacta en todo el ráster, sea cual sea su tamaño.&lt;br&gt;&lt;br&gt;El área perdida se suma con las áreas reales (elipsoidales) de los píxeles, para todo el ráster y para cada zona de una capa de polígonos opcional (tabla: hectáreas con pérdida, sin pérdida y sin datos, y la proporción del área cartografiada perdida).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="49" />
      <source>Whole-number stratum code of each point.</source>
      <translation>Código entero del estrato de cada punto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="73" />
      <source>Wide matrix file (CSV or XLSX)</source>
      <translation>Archivo de matriz ancha (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="43" />
      <source>Window size (pixels)</source>
      <translation>Tamaño de ventana (píxeles)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="77" />
      <source>With the minimum allocation: the fewest points of a stratum (default 50).</source>
      <translation>Con la asignación mínima: el menor número de puntos de un estrato (por defecto 50).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="75" />
      <source>Workflow runs</source>
      <translation>Ejecuciones del flujo de trabajo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="105" />
      <source>Workflow runs (JSON)</source>
      <translation>Ejecuciones del flujo de trabajo (JSON)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="39" />
      <source>Writes the area under restoration (GBF headline indicator 2.1) as the national indicator data template of the CBD Online Reporting Tool: a workbook (sheet 'Indicator data') whose header row is exactly the 9 columns the ORT upload checks (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote), and optionally the same rows as CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows&lt;/b&gt;, in the order of the input table: the national total (flag 'No', type and disaggregation 'Not applicable'), then one row per disaggregation value (flag 'Yes'). Biome zones named by an IUCN GET code or name (T1, T1 - Tropical-subtropical forests biome, T1.1) go under 'Biome' (level 2) or 'Ecosystem Functional Group' (level 3); protected-area zones named PA or OECM, and the '(outside)' row ('not a protected area or OECM'), under the PA/OECM type; activities given as FAO FERM codes or ORT names under 'Type of restoration activity'; indigenous territories by name. The category strings are written exactly as the ORT lists them (typos and invisible characters included). Administrative regions and restoration types go under 'Other' as 'Administrative region: name' / 'Restoration type: name'. A value that matches no ORT category (e.g. a protected area's own name) is also written under 'Other' ('Protected area/OECM: name') and listed in a warning.&lt;br&gt;&lt;br&gt;Value = area under restoration in the chosen unit. With an SDG 15.3.1 summary, rows of the complementary indicator 2.CT.1 (code 2.CT.1, percent of degraded land over total land area; national and per zone as 'Zone: name') follow; the ORT reads each indicator's rows by their code. Nothing is written when an input is not the expected table or is empty.&lt;br&gt;&lt;br&gt;&lt;b&gt;Degraded land by ecosystem type&lt;/b&gt; (with {DEGRADATION_MAP}, the SDG 15.3.1 map, and an ecosystem layer: {ECOSYSTEMS} with {ECOSYSTEM_CODES}, or {ECOSYSTEM_POLYGONS} with {ECOSYSTEM_FIELD}; a pixel takes the polygon covering most of it, at least half): 2.CT.1 rows (percent of the land of each ecosystem type that is degraded) disaggregated by 'Biome' (IUCN GET level 2: a biome's own area plus its functional groups) and 'Ecosystem Functional Group' (level 3), and under 'Other' ('Ecosystem type: name') for names that are no GET code; without an SDG 15.3.1 summary, the national 2.CT.1 row from the map comes first. {ECOSYSTEMS_FILE} holds the hectares (land, degraded, stable, improved) per row, with '(no ecosystem)' and nodata; biomes, other types and '(no ecosystem)' add up to the land area.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample-based estimate.&lt;/b&gt; With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the national 2.CT.1 value is the estimated degraded area over the total land area of the summary, and its footnote names the method (stratified estimator of Olofsson et al. 2014) and gives the 95 % interval and the mapped value; the zone rows keep their mapped proportion and say so.</source>
      <translation>Escribe el área en restauración (indicador principal 2.1 del MMB) como plantilla nacional de datos de indicadores de la herramienta de informes en línea (Online Reporting Tool) del CBD: un libro (hoja 'Indicator data') cuya fila de encabezado son exactamente las 9 columnas que comprueba la carga en ORT (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote) y, opcionalmente, las mismas filas como CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Filas&lt;/b&gt;, en el orden de la tabla de entrada: el total nacional (indicador 'No', tipo y desagregación 'Not applicable') y después una fila por cada valor de desagregación (indicador 'Yes'). Las zonas de bioma designadas por un código o nombre de la GET de la UICN (T1, T1 - Tropical-subtropical forests biome, T1.1) van en 'Biome' (nivel 2) o 'Ecosystem Functional Group' (nivel 3); las zonas de áreas protegidas denominadas PA u OECM, y la fila '(outside)' ('not a protected area or OECM'), en el tipo PA/OECM; las actividades indicadas como códigos de FERM de la FAO o nombres de ORT, en 'Type of restoration activity'; los territorios indígenas, por su nombre. Las cadenas de categoría se escriben exactamente como las enumera ORT (erratas y caracteres invisibles incluidos). Las regiones administrativas y los tipos de restauración van en 'Other' como 'Administrative region: nombre' / 'Restoration type: nombre'. Un valor que no coincide con ninguna categoría de ORT (p. ej., el nombre propio de un área protegida) también se escribe en 'Other' ('Protected area/OECM: nombre') y se enumera en una advertencia.&lt;br&gt;&lt;br&gt;Valor = área en restauración en la unidad elegida. Con un resumen del ODS 15.3.1, siguen las filas del indicador complementario 2.CT.1 (código 2.CT.1, porcentaje de tierra degradada sobre la superficie total de tierra; nacional y por zona como 'Zone: nombre'); ORT lee las filas de cada indicador por su código. No se escribe nada cuando una entrada no es la tabla esperada o está vacía.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tierra degradada por tipo de ecosistema&lt;/b&gt; (con {DEGRADATION_MAP}, el mapa ODS 15.3.1, y una capa de ecosistemas: {ECOSYSTEMS} con {ECOSYSTEM_CODES}, o {ECOSYSTEM_POLYGONS} con {ECOSYSTEM_FIELD}; un píxel toma el polígono que cubre la mayor parte de él, al menos la mitad): filas 2.CT.1 (porcentaje de la tierra de cada tipo de ecosistema que está degradada) desagregadas por 'Biome' (nivel 2 de la GET de la UICN: el área propia de un bioma más la de sus grupos funcionales) y 'Ecosystem Functional Group' (nivel 3), y en 'Other' ('Ecosystem type: nombre') para los nombres que no son códigos GET; sin un resumen del ODS 15.3.1, la fila nacional 2.CT.1 obtenida del mapa va primero. {ECOSYSTEMS_FILE} contiene las hectáreas (tierra, degradada, estable, mejorada) por fila, con '(no ecosystem)' y sin datos; los biomas, los otros tipos y '(no ecosystem)' suman la superficie de tierra.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimación por muestreo.&lt;/b&gt; Con el área degradada estimada de una evaluación de la exactitud ({ESTIMATES_TABLE}, o {ESTIMATED_DEGRADED_HA} y {ESTIMATED_CI95_HA}), el valor nacional 2.CT.1 es el área degradada estimada sobre la superficie total de tierra del resumen, y su nota al pie nombra el método (estimador estratificado de Olofsson et al. 2014) e indica el intervalo del 95 % y el valor cartografiado; las filas de zona conservan su proporción cartografiada y lo indican.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="134" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="82" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="243" />
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="40" />
      <source>Year of band 1 of the first raster; the following bands are the following years. Empty: read from the first band's name (e.g. 2001) or, for a single-band first raster, from a year in its file name.</source>
      <translation>Año de la banda 1 del primer ráster; las bandas siguientes son los años siguientes. Vacío: se lee del nombre de la primera banda (p. ej., 2001) o, si el primer ráster tiene una sola banda, de un año en su nombre de archivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="39" />
      <source>Year of the first band</source>
      <translation>Año de la primera banda</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="57" />
      <source>Year restoration activities ended (same formats). A site counts in a year when it started in or before it and has no end year or ended in or after it. Empty: sites never end.</source>
      <translation>Año en que terminaron las actividades de restauración (mismos formatos). Un sitio cuenta en un año cuando empezó ese año o antes y no tiene año de finalización o terminó ese año o después. Vacío: los sitios nunca terminan.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="52" />
      <source>Year restoration activities started: a whole number, a date, or text starting with the year (e.g. 2014 or 2014/05/01 as in GEF's Restor_str). Sites without it are not counted and are reported as errors.</source>
      <translation>Año en que empezaron las actividades de restauración: un número entero, una fecha o un texto que empiece por el año (p. ej., 2014 o 2014/05/01, como en el campo Restor_str del GEF). Los sitios sin él no se cuentan y se notifican como errores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="85" />
      <source>Year the area under restoration is reported for (default: the current year).</source>
      <translation>Año para el que se informa el área en restauración (por defecto: el año actual).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="55" />
      <source>Year the path to the target starts from 0 ha (default 2020, the GBF baseline).</source>
      <translation>Año en que la trayectoria hacia la meta parte de 0 ha (por defecto 2020, la referencia del MMB).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="199" />
      <source>Year the project started.</source>
      <translation>Año en que empezó el proyecto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="57" />
      <source>Year the target must be reached (default 2030).</source>
      <translation>Año en que debe alcanzarse la meta (por defecto 2030).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="83" />
      <source>Year written in every row; empty: the year of each row of the area table.</source>
      <translation>Año escrito en cada fila; vacío: el año de cada fila de la tabla de áreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="63" />
      <source>Years of the progress table</source>
      <translation>Años de la tabla de avance</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="86" />
      <source>Years with data before the start year needed to estimate the trend before (default 3).</source>
      <translation>Años con datos antes del año de inicio necesarios para estimar la tendencia previa (por defecto 3).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="89" />
      <source>Years with data from the start year on needed for an estimate (default 3); sites with fewer are 'too early to tell'.</source>
      <translation>Años con datos a partir del año de inicio necesarios para una estimación (por defecto 3); los sitios con menos son 'demasiado pronto para saberlo'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="56" />
      <source>You are not allowed to write {path} ({reason}). Choose a folder you can write to, or check the permissions of the file and its folder.</source>
      <translation>No tiene permiso para escribir {path} ({reason}). Elija una carpeta en la que pueda escribir o compruebe los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="92" />
      <source>Your institution's id in FERM (required for the API payload)</source>
      <translation>El id. de su institución en FERM (necesario para la carga útil de la API)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="89" />
      <source>Your own reclassification: one row per code of the external map, with its LPD class 1-5 or the word nodata. Replaces the preset.</source>
      <translation>Su propia reclasificación: una fila por código del mapa externo, con su clase LPD 1-5 o la palabra nodata. Sustituye al preajuste.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="223" />
      <source>Zip archive (*.zip)</source>
      <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="222" />
      <source>Zip with the sites as shapefile (.shp/.shx/.dbf/.prj/.cpg, EPSG:4326, UTF-8), KML and GeoJSON, for FERM's web upload.</source>
      <translation>Zip con los sitios como shapefile (.shp/.shx/.dbf/.prj/.cpg, EPSG:4326, UTF-8), KML y GeoJSON, para la carga web de FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="146" />
      <source>Zone</source>
      <translation>Zona</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="51" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="81" />
      <source>Zone field</source>
      <translation>Campo de zona</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="50" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="78" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="233" />
      <source>Zones</source>
      <translation>Zonas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="79" />
      <source>Zones (e.g. districts) drawn on the maps and, with {ATLAS}, one atlas page each.</source>
      <translation>Zonas (p. ej. distritos) dibujadas en los mapas y, con {ATLAS}, una página de atlas cada una.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="146" />
      <source>Zoom the map to the plot</source>
      <translation>Acercar el mapa a la parcela</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>a list</source>
      <translation>una lista</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="38" />
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="38" />
      <source>a number</source>
      <translation>un número</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>a text</source>
      <translation>un texto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="43" />
      <source>a value</source>
      <translation>un valor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="27" />
      <source>accuracy,error matrix,confusion matrix,user's accuracy,producer's accuracy,overall accuracy,area estimation,confidence interval,Olofsson,Stehman,stratified,validation</source>
      <translation>exactitud,matriz de error,matriz de confusión,exactitud del usuario,exactitud del productor,exactitud global,estimación de áreas,intervalo de confianza,Olofsson,Stehman,estratificado,validación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="26" />
      <source>accuracy,sample,sampling,stratified,random,validation,reference,Olofsson,Cochran,Collect Earth,area estimation</source>
      <translation>exactitud,muestra,muestreo,estratificado,aleatorio,validación,referencia,Olofsson,Cochran,Collect Earth,estimación de áreas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="20" />
      <source>agreement,kappa,Cohen,cross-tabulation,confusion matrix,comparison,overlay,categorical,sectors</source>
      <translation>concordancia,kappa,Cohen,tabulación cruzada,matriz de confusión,comparación,superposición,categórico,sectores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>an object</source>
      <translation>un objeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="15" />
      <source>area,hectares,class,zonal,statistics,land cover,table</source>
      <translation>área,hectáreas,clase,zonal,estadísticas,cobertura del suelo,tabla</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="431" />
      <source>beside the files</source>
      <translation>junto a los archivos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="431" />
      <source>beside the files: {path}</source>
      <translation>junto a los archivos: {path}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="62" />
      <source>class_a × K + class_b (Int32, nodata −2147483648), with a generated style and a raster attribute table naming each pair.</source>
      <translation>class_a × K + class_b (Int32, sin datos −2147483648), con un estilo generado y una tabla de atributos del ráster que nombran cada par.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="94" />
      <source>configuration {authcfg} could not be applied</source>
      <translation>no se pudo aplicar la configuración {authcfg}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="89" />
      <source>configuration {authcfg} not found</source>
      <translation>no se encontró la configuración {authcfg}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="45" />
      <source>degradation,severity,criteria,weights,score,LDN,national,vegetation loss,fragmentation,productivity,multi-criteria</source>
      <translation>degradación,severidad,criterios,pesos,puntuación,NDT,nacional,pérdida de vegetación,fragmentación,productividad,multicriterio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="276" />
      <location filename="../t2_monitor_plugin/core/ferm.py" line="289" />
      <source>empty geometry</source>
      <translation>geometría vacía</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="185" />
      <source>empty geometry (no polygon): not counted</source>
      <translation>geometría vacía (sin polígono): no se cuenta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="201" />
      <source>end year {end} is before the start year {start}: not counted</source>
      <translation>el año de finalización {end} es anterior al año de inicio {start}: no se cuenta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="199" />
      <source>end year {value} is not a year: ignored</source>
      <translation>el año de finalización {value} no es un año: se ignora</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="48" />
      <source>equal importance</source>
      <translation>igual importancia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="48" />
      <source>equal to moderate importance</source>
      <translation>importancia igual a moderada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="236" />
      <source>excluded</source>
      <translation>excluido</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="50" />
      <source>extreme importance</source>
      <translation>importancia extrema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="15" />
      <source>forest,fragmentation,Riitters,edge,interior,perforated,patch,moving window,national criteria</source>
      <translation>bosque,fragmentación,Riitters,borde,interior,perforado,parche,ventana móvil,criterios nacionales</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="117" />
      <source>group of {count} experts</source>
      <translation>grupo de {count} expertos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="158" />
      <source>hectares</source>
      <translation>hectáreas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="91" />
      <source>initial \ final</source>
      <translation>inicial \ final</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="191" />
      <source>invalid geometry repaired (counted)</source>
      <translation>geometría no válida reparada (se cuenta)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="142" />
      <source>lambda_max = {lam:.4f}, CI = {ci:.4f}, RI = {ri:.2f}, CR = {cr:.4f}.</source>
      <translation>lambda_max = {lam:.4f}, CI = {ci:.4f}, RI = {ri:.2f}, CR = {cr:.4f}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="65" />
      <source>level, zone, code, class_a, class_b, agreement (1/0), area_ha, share of the compared area, class_a_label, class_b_label; rows with an empty class are pixels where that map has no data.</source>
      <translation>level, zone, code, class_a, class_b, agreement (1/0), area_ha, share del área comparada, class_a_label, class_b_label; las filas con una clase vacía son píxeles donde ese mapa no tiene datos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="194" />
      <source>map class</source>
      <translation>clase del mapa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="116" />
      <source>matplotlib or svg (the fallback).</source>
      <translation>matplotlib o svg (la alternativa).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="158" />
      <source>matrix</source>
      <translation>matriz</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="48" />
      <source>moderate importance</source>
      <translation>importancia moderada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="49" />
      <source>moderate to strong importance</source>
      <translation>importancia moderada a fuerte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="273" />
      <source>n = {n}; lambda_max = {lam:.3f}; CI = {ci:.3f}; RI = {ri:.2f}</source>
      <translation>n = {n}; lambda_max = {lam:.3f}; CI = {ci:.3f}; RI = {ri:.2f}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="43" />
      <source>n x n judgements row by row (n = number of criteria; extra empty columns are ignored). Only the cells above the diagonal are needed: empty or 0 cells are filled with reciprocals (and 1 on the diagonal). Values 1/9 to 9, fractions such as 1/3 allowed.</source>
      <translation>n x n juicios fila a fila (n = número de criterios; las columnas vacías sobrantes se ignoran). Solo se necesitan las celdas por encima de la diagonal: las celdas vacías o con 0 se rellenan con los recíprocos (y con 1 en la diagonal). Valores de 1/9 a 9; se admiten fracciones como 1/3.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="264" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="321" />
      <source>no control pixel of the site's strata within {distance} m outside all sites</source>
      <translation>ningún píxel de control de los estratos del sitio a menos de {distance} m fuera de todos los sitios</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="318" />
      <source>no pixel at least half inside the site has data</source>
      <translation>ningún píxel situado al menos en su mitad dentro del sitio tiene datos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="63" />
      <source>no pixel with a valid index value</source>
      <translation>ningún píxel con un valor de índice válido</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="275" />
      <source>no polygon geometry</source>
      <translation>sin geometría de polígono</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="281" />
      <source>no polygon left after repair</source>
      <translation>no queda ningún polígono tras la reparación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="272" />
      <source>no site name: named '{name}'</source>
      <translation>sin nombre de sitio: se nombra '{name}'</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="157" />
      <source>no start year</source>
      <translation>sin año de inicio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="196" />
      <source>no start year: not counted</source>
      <translation>sin año de inicio: no se cuenta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="238" />
      <source>no start year: record when restoration started</source>
      <translation>sin año de inicio: registre cuándo empezó la restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="207" />
      <source>no status (counted)</source>
      <translation>sin estado (se cuenta)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="19" />
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="44" />
      <source>nodata</source>
      <translation>sin datos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="279" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="282" />
      <source>not a polygon ({kind})</source>
      <translation>no es un polígono ({kind})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="149" />
      <source>not counted: ended in {end}, before {year}</source>
      <translation>no se cuenta: terminó en {end}, antes de {year}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="146" />
      <source>not counted: starts in {start}, after {year}</source>
      <translation>no se cuenta: empieza en {start}, después de {year}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="230" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="219" />
      <source>not given</source>
      <translation>no indicado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="28" />
      <source>not set</source>
      <translation>sin definir</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="38" />
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="94" />
      <source>olofsson2014 or stehman2014.</source>
      <translation>olofsson2014 o stehman2014.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="374" />
      <source>outside the baseline extent (the degraded-land polygons)</source>
      <translation>fuera de la extensión de referencia (los polígonos de tierras degradadas)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="359" />
      <source>outside the baseline extent: no valid baseline pixel under the site</source>
      <translation>fuera de la extensión de referencia: ningún píxel de referencia válido bajo el sitio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="275" />
      <source>outside the raster</source>
      <translation>fuera del ráster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="317" />
      <source>overlaps {site} ({area:.2f} ha; FERM counts it once)</source>
      <translation>se superpone a {site} ({area:.2f} ha; FERM lo cuenta una sola vez)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="361" />
      <source>partly outside the baseline extent: {percent}% of the site on valid baseline pixels</source>
      <translation>parcialmente fuera de la extensión de referencia: {percent}% del sitio sobre píxeles de referencia válidos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="64" />
      <source>percentile is not positive: pixels left as nodata</source>
      <translation>el percentil no es positivo: píxeles dejados sin datos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="137" />
      <source>performance</source>
      <translation>desempeño</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="208" />
      <source>project starting year '{value}' is not a year</source>
      <translation>el año de inicio del proyecto '{value}' no es un año</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="194" />
      <source>reference</source>
      <translation>referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="285" />
      <source>repaired (made valid)</source>
      <translation>reparada (convertida en válida)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="32" />
      <source>report,PDF,print layout,atlas,map,national report,CBD,GBF,target 2,2.1,SDG,15.3.1,template</source>
      <translation>informe,PDF,composición de impresión,atlas,mapa,informe nacional,CDB,MMB,meta 2,2.1,ODS,15.3.1,plantilla</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="33" />
      <source>restoration,effectiveness,NDVI,trend,difference-in-differences,control,counterfactual,sites,Target 2</source>
      <translation>restauración,eficacia,NDVI,tendencia,diferencia en diferencias,control,contrafactual,sitios,Meta 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="164" />
      <source>start year '{value}' in {field} is not a year</source>
      <translation>el año de inicio '{value}' en {field} no es un año</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="193" />
      <source>start year {value} is not a year: not counted</source>
      <translation>el año de inicio {value} no es un año: no se cuenta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="240" />
      <source>starts in {start}, after the last year of the series ({last})</source>
      <translation>empieza en {start}, después del último año de la serie ({last})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="243" />
      <source>starts in {start}: fewer than {needed} years of the series ({first}-{last}) before it</source>
      <translation>empieza en {start}: menos de {needed} años de la serie ({first}-{last}) antes de esa fecha</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="247" />
      <source>starts in {start}: fewer than {needed} years of the series from the start year (last year {last})</source>
      <translation>empieza en {start}: menos de {needed} años de la serie desde el año de inicio (último año {last})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="136" />
      <source>state</source>
      <translation>estado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="209" />
      <source>status {status} is excluded: not counted</source>
      <translation>el estado {status} está excluido: no se cuenta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="26" />
      <source>stored in the QGIS authentication database ({authcfg})</source>
      <translation>guardada en la base de datos de autenticación de QGIS ({authcfg})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="49" />
      <source>strong importance</source>
      <translation>importancia fuerte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="49" />
      <source>strong to very strong importance</source>
      <translation>importancia fuerte a muy fuerte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="47" />
      <source>target 2,GBF,2.1,restoration,area,hectares,FERM,degraded,baseline,disaggregation,ORT</source>
      <translation>meta 2,MMB,2.1,restauración,área,hectáreas,FERM,degradado,referencia,desagregación,ORT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="29" />
      <source>target 2,GBF,2.1,restoration,progress,trend,chart,2030,degraded,baseline</source>
      <translation>meta 2,MMB,2.1,restauración,progreso,tendencia,gráfico,2030,degradado,referencia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="87" />
      <source>the QGIS authentication system is disabled</source>
      <translation>el sistema de autenticación de QGIS está desactivado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="63" />
      <source>the area estimates table of Accuracy assessment</source>
      <translation>la tabla de estimaciones de áreas de Evaluación de la exactitud</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="108" />
      <source>the areas table of Degradation status</source>
      <translation>la tabla de áreas de Estado de la degradación</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="140" />
      <source>the balance table of LDN balance per land type</source>
      <translation>la tabla de balance de Balance de la NDT por tipo de tierra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="16" />
      <source>the built-in legend</source>
      <translation>la leyenda integrada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="15" />
      <source>the category names</source>
      <translation>los nombres de categoría</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="14" />
      <source>the class names table</source>
      <translation>la tabla de nombres de clase</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="15" />
      <source>the layer style</source>
      <translation>el estilo de la capa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="91" />
      <source>the master password was not given</source>
      <translation>no se indicó la contraseña maestra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="61" />
      <source>the project has no institution id; the FERM API payload needs one</source>
      <translation>el proyecto no tiene id. de institución; la carga útil para la API de FERM lo necesita</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="62" />
      <source>the project has no point of contact; the FERM API payload needs at least one</source>
      <translation>el proyecto no tiene ningún punto de contacto; la carga útil para la API de FERM necesita al menos uno</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="60" />
      <source>the project has no title; the FERM API payload needs one</source>
      <translation>el proyecto no tiene título; la carga útil para la API de FERM lo necesita</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="14" />
      <source>the raster attribute table</source>
      <translation>la tabla de atributos del ráster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="137" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="92" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="155" />
      <source>the summary of the SDG 15.3.1 indicator</source>
      <translation>el resumen del indicador ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="133" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="157" />
      <source>the table of Area under restoration</source>
      <translation>la tabla de Área en restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="159" />
      <source>the table of Restoration progress</source>
      <translation>la tabla de Avance de la restauración</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="333" />
      <source>too few years for a standard error (at least 5 in all)</source>
      <translation>muy pocos años para un error estándar (al menos 5 en total)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="136" />
      <source>trajectory</source>
      <translation>trayectoria</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>true or false</source>
      <translation>verdadero o falso</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="213" />
      <source>unknown code '{code}' in the project restoration types (FERM {vocabulary})</source>
      <translation>código desconocido '{code}' en los tipos de restauración del proyecto (FERM {vocabulary})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="172" />
      <source>unknown code '{code}' in {field} (FERM {vocabulary})</source>
      <translation>código desconocido '{code}' en {field} (FERM {vocabulary})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="235" />
      <source>unknown organization {key} '{value}' for {name} (FERM {vocabulary})</source>
      <translation>{key} de organización desconocido '{value}' para {name} (FERM {vocabulary})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="212" />
      <source>unknown status {status} (counted)</source>
      <translation>estado desconocido {status} (se cuenta)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="51" />
      <source>value:score pairs separated by semicolons, values increasing, scores 0..1, e.g. 0:0; 10:1; 30:1; 45:0.</source>
      <translation>pares valor:puntuación separados por punto y coma, valores crecientes, puntuaciones 0..1, p. ej., 0:0; 10:1; 30:1; 45:0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="24" />
      <source>vegetation,tree cover,forest,deforestation,loss,land cover,national criteria,LDN,minimum mapping unit,patch</source>
      <translation>vegetación,cubierta arbórea,bosque,deforestación,pérdida,cobertura del suelo,criterios nacionales,NDT,unidad mínima cartografiable,mancha</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="50" />
      <source>very strong importance</source>
      <translation>importancia muy fuerte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="50" />
      <source>very strong to extreme importance</source>
      <translation>importancia muy fuerte a extrema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="264" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="168" />
      <source>{applied} of {count} recode polygons apply to the period {period}.</source>
      <translation>{applied} de {count} polígonos de recodificación se aplican al periodo {period}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="274" />
      <source>{choice} and {text} both give the fixed value of a FERM field ({first} and {second}). Give only one of them.</source>
      <translation>{choice} y {text} indican ambos el valor fijo de un campo de FERM ({first} y {second}). Indique solo uno de ellos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="134" />
      <source>{code} {label}: {count} pixels, {area} ha ({share:.1f} %)</source>
      <translation>{code} {label}: {count} píxeles, {area} ha ({share:.1f} %)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="196" />
      <source>{count} ecosystem type(s) are no IUCN GET code and were written under 'Other': {values}.</source>
      <translation>{count} tipo(s) de ecosistema no son códigos de la GET de la UICN y se escribieron en 'Other': {values}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="116" />
      <source>{count} expert matrices combined by geometric mean.</source>
      <translation>{count} matrices de expertos combinadas mediante la media geométrica.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="93" />
      <source>{count} feature(s) of {layer} have no geometry or no land unit id and were left out.</source>
      <translation>{count} entidad(es) de {layer} no tienen geometría o identificador de unidad de tierra y se omitieron.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="184" />
      <source>{count} feature(s) of {layer} have no geometry or no zone value and were left out.</source>
      <translation>{count} entidad(es) de {layer} no tienen geometría o valor de zona y se omitieron.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="57" />
      <source>{count} feature(s) that are not polygons were left out (feature {numbers}).</source>
      <translation>Se dejaron fuera {count} entidad(es) que no son polígonos (entidad {numbers}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="189" />
      <source>{count} invalid zone geometries of {layer} were repaired.</source>
      <translation>Se repararon {count} geometrías de zona no válidas de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="89" />
      <source>{count} pixel(s) ({area} ha) have fewer than {needed} valid baseline years or no valid recent year and are nodata.</source>
      <translation>{count} píxel(es) ({area} ha) tienen menos de {needed} años de referencia válidos o ningún año reciente válido y quedan sin datos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="76" />
      <source>{count} pixel(s) ({area} ha) have fewer than {needed} valid years in {start}-{end} and are nodata.</source>
      <translation>{count} píxel(es) ({area} ha) tienen menos de {needed} años válidos en {start}-{end} y quedan sin datos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="96" />
      <source>{count} pixels ({area} ha) of {layer} match no range or code and were set to nodata (values: {values}).</source>
      <translation>{count} píxeles ({area} ha) de {layer} no coinciden con ningún rango ni código y se pusieron sin datos (valores: {values}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="201" />
      <source>{count} point(s) have no reference label and are left out.</source>
      <translation>{count} punto(s) no tienen etiqueta de referencia y se dejan fuera.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="155" />
      <source>{count} points in {strata} strata (sample size from the target standard error: {formula}).</source>
      <translation>{count} puntos en {strata} estratos (tamaño de muestra a partir del error estándar objetivo: {formula}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="338" />
      <source>{count} problem(s) stop the FERM export: {problems}. See the validation table {where} for every feature, fix them, or skip invalid features.</source>
      <translation>{count} problema(s) detienen la exportación a FERM: {problems}. Consulte la tabla de validación {where} para cada entidad, corríjalos u omita las entidades no válidas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="160" />
      <source>{count} rows written to {path}.</source>
      <translation>{count} filas escritas en {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="238" />
      <source>{count} sample point(s) fall on nodata of the map {layer} although their stratum has a value: give a map that covers the strata raster.</source>
      <translation>{count} punto(s) de muestra caen en sin datos del mapa {layer} aunque su estrato tiene un valor: indique un mapa que cubra el ráster de estratos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="213" />
      <source>{count} sample point(s) fall outside the strata raster {layer} or on its nodata: {points}. Use the raster the sample was drawn from.</source>
      <translation>{count} punto(s) de muestra caen fuera del ráster de estratos {layer} o en sus sin datos: {points}. Use el ráster del que se extrajo la muestra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="233" />
      <source>{count} sample point(s) have a map class that differs from the map {layer} at their location (point: sample / map): {points}.</source>
      <translation>{count} punto(s) de muestra tienen una clase del mapa que difiere del mapa {layer} en su ubicación (punto: muestra / mapa): {points}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="218" />
      <source>{count} sample point(s) have a stratum that differs from the value of {layer} at their location (point: sample / raster): {points}. The sample was drawn from another map or another version of it.</source>
      <translation>{count} punto(s) de muestra tienen un estrato que difiere del valor de {layer} en su ubicación (punto: muestra / ráster): {points}. La muestra se extrajo de otro mapa o de otra versión del mismo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="203" />
      <source>{count} sample point(s) have a {what} label that is not in the legend {legend}: {points}. Correct the labels, or add the class to the legend.</source>
      <translation>{count} punto(s) de muestra tienen una etiqueta de {what} que no está en la leyenda {legend}: {points}. Corrija las etiquetas o añada la clase a la leyenda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="197" />
      <source>{count} sample point(s) have no point geometry or a stratum, map class or reference value that is not a whole number: {points}.</source>
      <translation>{count} punto(s) de muestra no tienen geometría de punto o tienen un estrato, una clase del mapa o un valor de referencia que no es un número entero: {points}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="192" />
      <source>{count} site(s) exported ({ha} ha). Written: {files}</source>
      <translation>{count} sitio(s) exportado(s) ({ha} ha). Escritos: {files}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="341" />
      <source>{count} site(s) exported; FERM area {area:.2f} ha.</source>
      <translation>{count} sitio(s) exportado(s); área FERM {area:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="218" />
      <source>{count} value(s) match no category of the ORT lists and were written under 'Other': {values}. For protected areas, name zones PA or OECM (e.g. by a designation field); for biomes use IUCN GET codes such as T1 or T1.1; for activities FERM activity codes.</source>
      <translation>{count} valor(es) no coinciden con ninguna categoría de las listas de ORT y se escribieron en 'Other': {values}. Para las áreas protegidas, nombre las zonas PA u OECM (p. ej., mediante un campo de designación); para los biomas use códigos GET de la UICN como T1 o T1.1; para las actividades, códigos de actividad de FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="330" />
      <source>{count} year(s) with data before the start year; at least {needed} needed</source>
      <translation>{count} año(s) con datos antes del año de inicio; se necesitan al menos {needed}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="326" />
      <source>{count} year(s) with data from the start year; at least {needed} needed</source>
      <translation>{count} año(s) con datos desde el año de inicio; se necesitan al menos {needed}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="191" />
      <source>{count} years were given for {bands} band(s) of {layer}.</source>
      <translation>Se indicaron {count} años para {bands} banda(s) de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="292" />
      <source>{done} of {total} labelled</source>
      <translation>{done} de {total} etiquetados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="129" />
      <source>{drawn} points are drawn instead of {asked}: the minimum per stratum or the pixel count of small strata changed the total.</source>
      <translation>Se extraen {drawn} puntos en lugar de {asked}: el mínimo por estrato o el número de píxeles de los estratos pequeños cambió el total.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="107" />
      <source>{first} / {second} (row {row}, column {column})</source>
      <translation>{first} / {second} (fila {row}, columna {column})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="138" />
      <source>{improving} site(s) improving faster than their controls, {none} without a detectable effect, {declining} declining, {other} not assessed.</source>
      <translation>{improving} sitio(s) con mejora más rápida que sus controles, {none} sin efecto detectable, {declining} en declive, {other} no evaluado(s).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="198" />
      <source>{labels} period labels were given for {periods} reporting periods; give one label per period, in the same order (or none).</source>
      <translation>Se indicaron {labels} etiqueta(s) de periodo para {periods} periodo(s) de informe; indique una etiqueta por periodo, en el mismo orden (o ninguna).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="297" />
      <source>{layer} (criterion {number}): {values}</source>
      <translation>{layer} (criterio {number}): {values}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="82" />
      <source>{layer} has a single band: it is used as the mean of the period.</source>
      <translation>{layer} tiene una sola banda: se usa como la media del periodo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="74" />
      <source>{layer} has no year left for the baseline before the recent period {start}-{end}. Choose a later recent period or give a longer series.</source>
      <translation>A {layer} no le queda ningún año para la referencia antes del periodo reciente {start}-{end}. Elija un periodo reciente posterior o indique una serie más larga.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="145" />
      <source>{layer}: the baseline period {start}-{end} has {count} band(s) but at least {needed} valid years (MIN_YEARS) are needed for deciles. Choose a longer baseline or lower MIN_YEARS.</source>
      <translation>{layer}: el periodo de referencia {start}-{end} tiene {count} banda(s), pero se necesitan al menos {needed} años válidos (MIN_YEARS) para los deciles. Elija una referencia más larga o reduzca MIN_YEARS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="150" />
      <source>{layer}: the recent period {start}-{end} has {count} band(s); at least {needed} are needed.</source>
      <translation>{layer}: el periodo reciente {start}-{end} tiene {count} banda(s); se necesitan al menos {needed}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="232" />
      <source>{layer}: the trend needs at least {needed} years (MIN_YEARS) but {count} were given. Choose a longer period or lower MIN_YEARS.</source>
      <translation>{layer}: la tendencia necesita al menos {needed} años (MIN_YEARS), pero se indicaron {count}. Elija un periodo más largo o reduzca MIN_YEARS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="205" />
      <source>{layer}: {bands} band(s) were given for {years} year(s). Give one band per year.</source>
      <translation>{layer}: se indicaron {bands} banda(s) para {years} año(s). Indique una banda por año.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="144" />
      <location filename="../t2_monitor_plugin/core/lpd.py" line="137" />
      <source>{layer}: {codes}</source>
      <translation>{layer}: {codes}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/errors.py" line="107" />
      <source>{listed} and {count} more</source>
      <translation>{listed} y {count} más</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="82" />
      <source>{names} period name(s) were given for {count} summary table(s): give one name per table, in the same order, separated by commas (e.g. baseline,report_1).</source>
      <translation>Se indicaron {names} nombre(s) de periodo para {count} tabla(s) de resumen: indique un nombre por tabla, en el mismo orden, separados por comas (p. ej., baseline,report_1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="390" />
      <source>{ok} ok, {warning} with warnings, {error} with errors</source>
      <translation>{ok} correctas, {warning} con advertencias, {error} con errores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="98" />
      <source>{old} is the deprecated name of {new}; both were given with different values. Give only {new}.</source>
      <translation>{old} es el nombre obsoleto de {new}; se indicaron ambos con valores distintos. Indique solo {new}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="51" />
      <source>{parameter}: the expected user's accuracy of {code} must be between 0 and 1 (exclusive), not {value}.</source>
      <translation>{parameter}: la exactitud del usuario esperada de {code} debe estar entre 0 y 1 (sin incluirlos), no {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="48" />
      <source>{parameter}: {item} is not a pair code:accuracy such as -1:0.7.</source>
      <translation>{parameter}: {item} no es un par código:exactitud como -1:0.7.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="65" />
      <source>{parameter}: {item} is not a whole-number class code.</source>
      <translation>{parameter}: {item} no es un código de clase entero.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="123" />
      <source>{param}: give the criterion names (comma-separated) or a matrix CSV file.</source>
      <translation>{param}: indique los nombres de los criterios (separados por comas) o un archivo CSV de matriz.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="100" />
      <source>{param}: {count} criteria need {n} x {n} = {cells} values, but {found} were given{square}.</source>
      <translation>{param}: {count} criterios necesitan {n} x {n} = {cells} valores, pero se indicaron {found}{square}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="60" />
      <source>{path} holds no features.</source>
      <translation>{path} no contiene ninguna entidad.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="50" />
      <source>{path} is a folder, not a file. Give a file name for the output.</source>
      <translation>{path} es una carpeta, no un archivo. Indique un nombre de archivo para la salida.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="52" />
      <source>{path} is locked by another program (it may be open in QGIS, Excel or a viewer). Close it there, or choose another file name, then run again.</source>
      <translation>{path} está bloqueado por otro programa (puede estar abierto en QGIS, Excel o un visor). Ciérrelo allí o elija otro nombre de archivo y vuelva a ejecutar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="265" />
      <source>{path} is not a GeoJSON FeatureCollection (a FERM payload or polygon export).</source>
      <translation>{path} no es una GeoJSON FeatureCollection (una carga útil de FERM o una exportación de polígonos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="190" />
      <source>{path} is not a point layer.</source>
      <translation>{path} no es una capa de puntos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="47" />
      <source>{path} is on a read-only disk or share. Choose a folder you can write to.</source>
      <translation>{path} está en un disco o recurso compartido de solo lectura. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="66" />
      <source>{path}, {where}: a 'class' and a 'when' object are expected.</source>
      <translation>{path}, {where}: se esperan un objeto 'class' y un objeto 'when'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="84" />
      <source>{path}, {where}: the class must be 0, 1, 2 or 3 (other, Avoid, Reduce, Reverse).</source>
      <translation>{path}, {where}: la clase debe ser 0, 1, 2 o 3 (otra, Evitar, Reducir, Revertir).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="75" />
      <source>{path}, {where}: the condition '{condition}' must be true or false.</source>
      <translation>{path}, {where}: la condición '{condition}' debe ser true o false.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="72" />
      <source>{path}, {where}: unknown condition '{condition}' (use {known}).</source>
      <translation>{path}, {where}: condición desconocida '{condition}' (use {known}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="271" />
      <source>{path}: 'features' must be a list of GeoJSON features, not {kind}.</source>
      <translation>{path}: 'features' debe ser una lista de entidades GeoJSON, no {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="275" />
      <source>{path}: the top-level 'properties' (the FERM project) must be an object, not {kind}.</source>
      <translation>{path}: las 'properties' de nivel superior (el proyecto de FERM) deben ser un objeto, no {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="220" />
      <source>{period} against the baseline: pooled net balance {net:.2f} ha; like-for-like deficit {deficit:.2f} ha in {count} land type(s).</source>
      <translation>{period} frente a la referencia: balance neto agregado {net:.2f} ha; déficit de igual por igual {deficit:.2f} ha en {count} tipo(s) de tierra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="115" />
      <source>{period}, {zone}: the total land area {land} km² is not degraded + stable + improved ({parts} km²) in {layer}; the values are written as given.</source>
      <translation>{period}, {zone}: la superficie total de tierra {land} km² no es degradada + estable + mejorada ({parts} km²) en {layer}; los valores se escriben tal como se dieron.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="71" />
      <source>{role}: {name} ({file}, {date}), {crs}{detail}</source>
      <translation>{role}: {name} ({file}, {date}), {crs}{detail}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="336" />
      <source>{site}: {problems}</source>
      <translation>{site}: {problems}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="47" />
      <source>{source}, feature {number}</source>
      <translation>{source}, entidad {number}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="337" />
      <source>{source}, key {key}</source>
      <translation>{source}, clave {key}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="305" />
      <source>{source}, line {line}</source>
      <translation>{source}, línea {line}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="297" />
      <source>{source}, line {line}, column {column}</source>
      <translation>{source}, línea {line}, columna {column}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="277" />
      <source>{source}, project properties</source>
      <translation>{source}, propiedades del proyecto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="310" />
      <source>{source}, row {row}</source>
      <translation>{source}, fila {row}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="156" />
      <source>{source}: code {code} is mapped to {value}; LPD classes are 1 to 5 (or nodata).</source>
      <translation>{source}: el código {code} se asigna a {value}; las clases LPD van de 1 a 5 (o nodata).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="95" />
      <source>{source}: give the criterion names separated by commas, none empty (e.g. 'slope, erosion, distance').</source>
      <translation>{source}: indique los nombres de los criterios separados por comas, ninguno vacío (p. ej., 'pendiente, erosión, distancia').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/class_labels.py" line="304" />
      <source>{source}: the class {code} is named twice ({first} and {second}).</source>
      <translation>{source}: la clase {code} se nombra dos veces ({first} y {second}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="202" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="182" />
      <source>{source}: the code {code} is given twice with different values ({first} and {second}).</source>
      <translation>{source}: el código {code} aparece dos veces con valores distintos ({first} y {second}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="100" />
      <source>{source}: the criterion name '{name}' is given twice.</source>
      <translation>{source}: el nombre de criterio '{name}' aparece dos veces.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="162" />
      <source>{source}: the diagonal cell {cell} is {value}; a criterion compared with itself is 1.</source>
      <translation>{source}: la celda diagonal {cell} es {value}; un criterio comparado consigo mismo es 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="133" />
      <source>{source}: the judgement {cell} is missing (give it above the diagonal).</source>
      <translation>{source}: falta el juicio {cell} (indíquelo por encima de la diagonal).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="173" />
      <source>{source}: the judgement {cell} is {value}, which is not on Saaty's scale (1/9, 1/8, ..., 1/2, 1, 2, ..., 9).</source>
      <translation>{source}: el juicio {cell} es {value}, que no está en la escala de Saaty (1/9, 1/8, ..., 1/2, 1, 2, ..., 9).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="159" />
      <source>{source}: the judgement {cell} is {value}; judgements must be positive (1/9 to 9).</source>
      <translation>{source}: el juicio {cell} es {value}; los juicios deben ser positivos (1/9 a 9).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="94" />
      <source>{source}: the pair land use {use} / capability {capability} is given twice with different results.</source>
      <translation>{source}: el par uso de la tierra {use} / capacidad {capability} aparece dos veces con resultados distintos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="148" />
      <source>{source}: the pairwise matrix must be square; it is {shape}.</source>
      <translation>{source}: la matriz de comparación por pares debe ser cuadrada; es {shape}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="166" />
      <source>{source}: {cell} is {value} but {mirror} is {other}; the matrix must be reciprocal (the mirror cell should be {expected}).</source>
      <translation>{source}: {cell} es {value} pero {mirror} es {other}; la matriz debe ser recíproca (la celda simétrica debería ser {expected}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="151" />
      <source>{source}: {count} criteria are named but the matrix is {n} x {n}; give one name per row.</source>
      <translation>{source}: se nombran {count} criterios pero la matriz es de {n} x {n}; indique un nombre por fila.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="119" />
      <source>{source}: {count} criteria need a {n} x {n} matrix, but it is {shape}.</source>
      <translation>{source}: {count} criterios necesitan una matriz de {n} x {n}, pero es {shape}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="97" />
      <source>{source}: {steps} steps for land use {use} / capability {capability} is not a plausible number of steps.</source>
      <translation>{source}: {steps} pasos para el uso de la tierra {use} / capacidad {capability} no es un número de pasos plausible.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="146" />
      <source>{value} in {parameter} is not a number: give comma-separated class codes such as -1 or 1,2,5.</source>
      <translation>{value} en {parameter} no es un número: indique códigos de clase separados por comas, como -1 o 1,2,5.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="245" />
      <source>{value} is not on Saaty's scale.</source>
      <translation>{value} no está en la escala de Saaty.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="58" />
      <source>{value}: both criteria are equally important</source>
      <translation>{value}: ambos criterios son igual de importantes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="62" />
      <source>{value}: the column criterion has {meaning} over the row criterion</source>
      <translation>{value}: el criterio de la columna tiene {meaning} sobre el criterio de la fila</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="60" />
      <source>{value}: the row criterion has {meaning} over the column criterion</source>
      <translation>{value}: el criterio de la fila tiene {meaning} sobre el criterio de la columna</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="139" />
      <source>{where}: 'else' must be the last entry, without a comparison.</source>
      <translation>{where}: 'else' debe ser la última entrada, sin comparación.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="302" />
      <source>{where}: 'properties' must be an object (names and values), not {kind}.</source>
      <translation>{where}: 'properties' debe ser un objeto (nombres y valores), no {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="171" />
      <source>{where}: '{entry}' must be the last entry and continue the previous bound ('&gt; B' after '&lt;= B', '&gt;= B' after '&lt; B').</source>
      <translation>{where}: '{entry}' debe ser la última entrada y continuar el límite anterior ('&gt; B' después de '&lt;= B', '&gt;= B' después de '&lt; B').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="110" />
      <source>{where}: '{value}' has a comma inside a number. With ',' between cells, write decimals with a point (0.5), or save the file with ';' between cells.</source>
      <translation>{where}: '{value}' tiene una coma dentro de un número. Con ',' entre celdas, escriba los decimales con punto (0.5), o guarde el archivo con ';' entre celdas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="118" />
      <source>{where}: '{value}' is ambiguous (a thousands separator?). Write numbers without thousands separators, with one decimal comma or point (e.g. 1234,5).</source>
      <translation>{where}: '{value}' es ambiguo (¿un separador de miles?). Escriba los números sin separadores de miles, con una sola coma o punto decimal (p. ej., 1234,5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="144" />
      <source>{where}: '{value}' is not a control point value:score (e.g. 10:1).</source>
      <translation>{where}: '{value}' no es un punto de control valor:puntuación (p. ej., 10:1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="140" />
      <source>{where}: '{value}' is not a finite number.</source>
      <translation>{where}: '{value}' no es un número finito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="290" />
      <source>{where}: '{value}' is not a number JSON allows; give a number or null.</source>
      <translation>{where}: '{value}' no es un número que JSON admita; indique un número o null.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="138" />
      <source>{where}: '{value}' is not a number.</source>
      <translation>{where}: '{value}' no es un número.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="148" />
      <source>{where}: '{value}' is not a whole number.</source>
      <translation>{where}: '{value}' no es un número entero.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="298" />
      <source>{where}: a GeoJSON Feature object is expected, not {kind}.</source>
      <translation>{where}: se espera un objeto Feature de GeoJSON, no {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/class_labels.py" line="301" />
      <source>{where}: a class code and a name are expected.</source>
      <translation>{where}: se esperan un código de clase y un nombre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="73" />
      <source>{where}: a class that does not change keeps factor 1; remove the row {initial} -&gt; {final}.</source>
      <translation>{where}: una clase que no cambia conserva el factor 1; elimine la fila {initial} -&gt; {final}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="178" />
      <source>{where}: a code and a value are expected.</source>
      <translation>{where}: se esperan un código y un valor.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="197" />
      <source>{where}: a code and an LPD class (1-5, or nodata) are expected.</source>
      <translation>{where}: se esperan un código y una clase LPD (1-5 o nodata).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="84" />
      <source>{where}: a land-use code, a capability class and a number of steps are expected.</source>
      <translation>{where}: se esperan un código de uso de la tierra, una clase de capacidad y un número de pasos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="175" />
      <source>{where}: a ring of the {type} has fewer than 4 positions (a closed ring repeats its first position at the end).</source>
      <translation>{where}: un anillo de {type} tiene menos de 4 posiciones (un anillo cerrado repite su primera posición al final).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="193" />
      <source>{where}: criterion {number} does not exist; number the criteria 1 to {count} in the order of the criterion rasters.</source>
      <translation>{where}: el criterio {number} no existe; numere los criterios de 1 a {count} en el orden de los rásteres de criterio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="196" />
      <source>{where}: criterion {number} has a second rule.</source>
      <translation>{where}: el criterio {number} tiene una segunda regla.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="230" />
      <source>{where}: give at least one category break.</source>
      <translation>{where}: indique al menos un corte de categoría.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="151" />
      <source>{where}: give the class breaks, e.g. 0.25,0.5,0.75 for 4 classes.</source>
      <translation>{where}: indique los cortes de clase, p. ej., 0.25,0.5,0.75 para 4 clases.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="53" />
      <source>{where}: several criteria have the same layer name ({criteria}), so a weights table cannot tell them apart. Rename the layers or give the weights in order.</source>
      <translation>{where}: varios criterios tienen el mismo nombre de capa ({criteria}), por lo que una tabla de pesos no puede distinguirlos. Cambie el nombre de las capas o indique los pesos en orden.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="81" />
      <source>{where}: stock-change factors must be greater than 0, not {value}.</source>
      <translation>{where}: los factores de cambio de existencias deben ser mayores que 0, no {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="176" />
      <source>{where}: the bounds must increase from one entry to the next ('{entry}' does not).</source>
      <translation>{where}: los límites deben aumentar de una entrada a la siguiente ('{entry}' no lo hace).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="154" />
      <source>{where}: the breaks {breaks} must be strictly increasing.</source>
      <translation>{where}: los cortes {breaks} deben ser estrictamente crecientes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="232" />
      <source>{where}: the category breaks must increase ({value}).</source>
      <translation>{where}: los cortes de categoría deben ser crecientes ({value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="70" />
      <source>{where}: the classes must be UNCCD classes 1 to 7, not {initial} -&gt; {final}.</source>
      <translation>{where}: las clases deben ser clases CNULD de 1 a 7, no {initial} -&gt; {final}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="149" />
      <source>{where}: the code {code} is listed twice.</source>
      <translation>{where}: el código {code} aparece dos veces.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="76" />
      <source>{where}: the conversion {initial} -&gt; {final} is given twice.</source>
      <translation>{where}: la conversión {initial} -&gt; {final} aparece dos veces.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="196" />
      <source>{where}: the coordinates of the {type} cannot be read (rings of [longitude, latitude] number pairs are expected).</source>
      <translation>{where}: no se pueden leer las coordenadas del {type} (se esperan anillos de pares de números [longitud, latitud]).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="181" />
      <source>{where}: the coordinates reach longitude {xmin} to {xmax}, latitude {ymin} to {ymax}; FERM GeoJSON is in EPSG:4326 (longitude -180 to 180, latitude -90 to 90). Reproject the file to EPSG:4326 first.</source>
      <translation>{where}: las coordenadas llegan de la longitud {xmin} a {xmax} y de la latitud {ymin} a {ymax}; el GeoJSON de FERM está en EPSG:4326 (longitud -180 a 180, latitud -90 a 90). Reproyecte primero el archivo a EPSG:4326.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="133" />
      <source>{where}: the entry '{entry}' is not of the form 'value : score'.</source>
      <translation>{where}: la entrada '{entry}' no tiene la forma 'valor : puntuación'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="283" />
      <source>{where}: the file is not UTF-8 text (byte 0x{byte:02X}); JSON files must be UTF-8. Save it as UTF-8 and try again.</source>
      <translation>{where}: el archivo no es texto UTF-8 (byte 0x{byte:02X}); los archivos JSON deben estar en UTF-8. Guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="59" />
      <source>{where}: the file is not UTF-8 text (byte 0x{byte:02X}); spreadsheets often save CSV in the Windows encoding. Save it as 'CSV UTF-8' and try again.</source>
      <translation>{where}: el archivo no es texto UTF-8 (byte 0x{byte:02X}); las hojas de cálculo suelen guardar los CSV con la codificación de Windows. Guárdelo como 'CSV UTF-8' e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="296" />
      <source>{where}: the file is not valid JSON ({reason}).</source>
      <translation>{where}: el archivo no es un JSON válido ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="152" />
      <source>{where}: the geometry must be a GeoJSON geometry object, not {kind}.</source>
      <translation>{where}: la geometría debe ser un objeto de geometría GeoJSON, no {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="163" />
      <source>{where}: the geometry type {type} is not a GeoJSON polygon (Polygon or MultiPolygon).</source>
      <translation>{where}: el tipo de geometría {type} no es un polígono GeoJSON (Polygon o MultiPolygon).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="295" />
      <source>{where}: the judgement is {value}; judgements are positive (1/9 to 9). Leave a cell empty to have it filled with the reciprocal of its mirror cell.</source>
      <translation>{where}: el juicio es {value}; los juicios son positivos (1/9 a 9). Deje una celda vacía para que se rellene con el recíproco de su celda simétrica.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="160" />
      <source>{where}: the label '{value}' does not start with a class code.</source>
      <translation>{where}: la etiqueta '{value}' no empieza por un código de clase.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="144" />
      <source>{where}: the reclass entry '{entry}' has a comparison; reclass rules list 'code : score' pairs (use the thresholds type for ranges).</source>
      <translation>{where}: la entrada de reclasificación '{entry}' tiene una comparación; las reglas reclass enumeran pares 'código : puntuación' (use el tipo thresholds para intervalos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="159" />
      <source>{where}: the reclass rule lists no code.</source>
      <translation>{where}: la regla de reclasificación no enumera ningún código.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="281" />
      <source>{where}: the row is named '{found}' but the header's criterion in this position is '{expected}'; keep rows in the header's order.</source>
      <translation>{where}: la fila se llama '{found}' pero el criterio del encabezado en esta posición es '{expected}'; mantenga las filas en el orden del encabezado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="75" />
      <source>{where}: the row is not valid CSV ({reason}); check the quotes.</source>
      <translation>{where}: la fila no es un CSV válido ({reason}); compruebe las comillas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="128" />
      <source>{where}: the rule is empty. Write e.g. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' (thresholds) or '-1:3; 0:0; 1:0' (reclass).</source>
      <translation>{where}: la regla está vacía. Escriba, p. ej., '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' (thresholds) o '-1:3; 0:0; 1:0' (reclass).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="112" />
      <source>{where}: the rule type '{value}' is unknown; use thresholds, reclass or preset.</source>
      <translation>{where}: el tipo de regla '{value}' es desconocido; use thresholds, reclass o preset.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="165" />
      <source>{where}: the threshold entry '{entry}' has no comparison; write e.g. '&lt;=0.2 : 1'.</source>
      <translation>{where}: la entrada de umbral '{entry}' no tiene comparación; escriba, p. ej., '&lt;=0.2 : 1'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="155" />
      <source>{where}: the thresholds do not cover the values above the last bound; end the rule with '&gt; bound : score' (after '&lt;= bound'), '&gt;= bound : score' (after '&lt; bound') or 'else : score'.</source>
      <translation>{where}: los umbrales no cubren los valores por encima del último límite; termine la regla con '&gt; límite : puntuación' (después de '&lt;= límite'), '&gt;= límite : puntuación' (después de '&lt; límite') o 'else : puntuación'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="116" />
      <source>{where}: the weight {value} is negative; weights must be 0 or more.</source>
      <translation>{where}: el peso {value} es negativo; los pesos deben ser 0 o más.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="86" />
      <source>{where}: the weights sum to 0; give at least one positive weight.</source>
      <translation>{where}: los pesos suman 0; dé al menos a uno un peso positivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="67" />
      <source>{where}: the weights table must name each criterion once by its layer name. Criteria: {criteria}. Without a weight: {missing}. Not a criterion: {unknown}. Given twice: {repeated}.</source>
      <translation>{where}: la tabla de pesos debe nombrar cada criterio una vez por su nombre de capa. Criterios: {criteria}. Sin peso: {missing}. No son criterios: {unknown}. Indicados dos veces: {repeated}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="122" />
      <source>{where}: there is no preset named '{value}'; the presets are {presets}.</source>
      <translation>{where}: no existe ningún preajuste llamado '{value}'; los preajustes son {presets}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="82" />
      <source>{where}: weights cannot be negative ({values}). Turn a cost criterion into a benefit when standardising it instead.</source>
      <translation>{where}: los pesos no pueden ser negativos ({values}). En su lugar, convierta un criterio de coste en uno de beneficio al estandarizarlo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="170" />
      <source>{where}: {count} labels were given for {classes} classes. Give one label per class, lowest priority first.</source>
      <translation>{where}: se indicaron {count} etiquetas para {classes} clases. Indique una etiqueta por clase, de la prioridad más baja a la más alta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="77" />
      <source>{where}: {count} weights were given for {criteria} criteria. Give one weight per criterion, in the order of the criteria.</source>
      <translation>{where}: se indicaron {count} pesos para {criteria} criterios. Indique un peso por criterio, en el orden de los criterios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="68" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="231" />
      <source>{where}: {expected} cells expected (a label and {count} values), {found} found.</source>
      <translation>{where}: se esperaban {expected} celdas (una etiqueta y {count} valores); se encontraron {found}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="278" />
      <source>{where}: {expected} cells expected (a name and {count} values), {found} found.</source>
      <translation>{where}: se esperaban {expected} celdas (un nombre y {count} valores); se encontraron {found}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="65" />
      <source>{where}: {expected} cells expected (initial class, final class and one factor per climate zone), {found} found.</source>
      <translation>{where}: se esperaban {expected} celdas (clase inicial, clase final y un factor por zona climática); se encontraron {found}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="219" />
      <source>{where}: {found} cells, but a rule has {expected} ({headers}). Put the rule in quotes when it contains the separator between cells.</source>
      <translation>{where}: {found} celdas, pero una regla tiene {expected} ({headers}). Ponga la regla entre comillas cuando contenga el separador entre celdas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="65" />
      <source>{where}: {key} is {value}, not a whole number.</source>
      <translation>{where}: {key} es {value}, no un número entero.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="122" />
      <source>{where}: {key} is {value}, not a year.</source>
      <translation>{where}: {key} es {value}, no un año.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="136" />
      <source>{where}: {key} is {value}, not an area in hectares (a number, 0 or more).</source>
      <translation>{where}: {key} es {value}, no un área en hectáreas (un número, 0 o más).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="68" />
      <source>{where}: {key} is {value}, too large for a FERM code or count (at most {max}).</source>
      <translation>{where}: {key} es {value}, demasiado grande para un código o un recuento de FERM (como máximo {max}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="106" />
      <source>{where}: {key} must be a list of objects, not {kind}.</source>
      <translation>{where}: {key} debe ser una lista de objetos, no {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="83" />
      <source>{where}: {key} must be a text or a number, not {kind}.</source>
      <translation>{where}: {key} debe ser un texto o un número, no {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="149" />
      <source>{years} end years were given for {periods} reporting periods; give one per period, in order (or none).</source>
      <translation>Se indicaron {years} año(s) final(es) para {periods} periodo(s) de informe; indique uno por periodo, en orden (o ninguno).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="173" />
      <source>{year}: {area:.2f} ha under restoration ({count} sites), {inside:.2f} ha inside the {baseline:.2f} ha degraded baseline.</source>
      <translation>{year}: {area:.2f} ha en restauración ({count} sitios), {inside:.2f} ha dentro de la referencia degradada de {baseline:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="85" />
      <source>{zone}, {comparison} {period}: the land type {land_type} has {area} ha, not degraded + stable + improved ({parts} ha), in {layer}; the values are written as given.</source>
      <translation>{zone}, {comparison} {period}: el tipo de tierra {land_type} tiene {area} ha, no degradada + estable + mejorada ({parts} ha), en {layer}; los valores se escriben tal como se dieron.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="104" />
      <source>{zone}, {comparison} {period}: the {field} of the total row ({area} ha) is not the sum of its land types ({parts} ha) in {layer}; the values are written as given.</source>
      <translation>{zone}, {comparison} {period}: el campo {field} de la fila total ({area} ha) no es la suma de sus tipos de tierra ({parts} ha) en {layer}; los valores se escriben tal como se dieron.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="154" />
      <source>{zone}: the collapsed class {label} ({area} km²) is not the sum of its status classes ({parts} km²) in {layer}; the values are written as given.</source>
      <translation>{zone}: la clase agrupada {label} ({area} km²) no es la suma de sus clases de estado ({parts} km²) en {layer}; los valores se escriben tal como se dieron.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="151" />
      <source>◀ Previous</source>
      <translation>◀ Anterior</translation>
    </message>
    <message>
      <source>AHP weights…</source>
      <translation type="vanished">Pesos AHP…</translation>
    </message>
    <message>
      <source>Activities field</source>
      <translation type="vanished">Campo Activities</translation>
    </message>
    <message>
      <source>Activities fixed value</source>
      <translation type="vanished">Valor fijo de Activities</translation>
    </message>
    <message>
      <source>Activity field (optional)</source>
      <translation type="vanished">Campo de actividad (opcional)</translation>
    </message>
    <message>
      <source>Admin0 field</source>
      <translation type="vanished">Campo Admin0</translation>
    </message>
    <message>
      <source>Admin0 fixed value</source>
      <translation type="vanished">Valor fijo de Admin0</translation>
    </message>
    <message>
      <source>Admin1 field</source>
      <translation type="vanished">Campo Admin1</translation>
    </message>
    <message>
      <source>Admin1 fixed value</source>
      <translation type="vanished">Valor fijo de Admin1</translation>
    </message>
    <message>
      <source>Admin2 field</source>
      <translation type="vanished">Campo Admin2</translation>
    </message>
    <message>
      <source>Admin2 fixed value</source>
      <translation type="vanished">Valor fijo de Admin2</translation>
    </message>
    <message>
      <source>Administrative regions (optional)</source>
      <translation type="vanished">Regiones administrativas (opcional)</translation>
    </message>
    <message>
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (from the layer's paletted style when it has one), &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.</source>
      <translation type="vanished">Área de cada clase de un ráster categórico, en hectáreas, para todo el ráster y para cada zona de una capa de polígonos opcional.&lt;br&gt;&lt;br&gt;Las áreas de los píxeles son áreas reales sobre el elipsoide del SRC del ráster (por fila en SRC geográficos), nunca grados multiplicados por grados. Los polígonos de zona se reproyectan al SRC del ráster y cada píxel se pondera por la fracción que cubre la zona, de modo que el total de una zona sigue el área de su polígono incluso en bordes irregulares. Los polígonos con el mismo valor de zona se unen; zonas distintas pueden superponerse y cada una cuenta su propia área.&lt;br&gt;&lt;br&gt;La tabla tiene una fila por zona y clase: &lt;i&gt;level&lt;/i&gt; (total o zona), &lt;i&gt;zone&lt;/i&gt; ((all) para todo el ráster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (del estilo paletizado de la capa si lo tiene), &lt;i&gt;area_ha&lt;/i&gt; y &lt;i&gt;share&lt;/i&gt; (del área válida de la zona, por lo que las proporciones suman 1). Los píxeles sin datos se informan en su propia fila (clase vacía, etiqueta 'nodata', sin proporción) y nunca se mezclan con una clase.</translation>
    </message>
    <message>
      <source>Area tables for the UNCCD PRAIS 4 report, strategic objective 1, in km², from the summary tables of the SDG 15.3.1 indicator (one per period) and optionally the areas table of Degradation status.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sheet 'SO1 land by period'&lt;/b&gt;: one row per period and zone ('(all)' is the whole area): period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (empty when no water mask was used), nodata_km2 and proportion_degraded_percent = degraded / total land x 100 (SDG 15.3.1, GBF 2.CT.1).&lt;br&gt;&lt;b&gt;Sheet 'SO1 status'&lt;/b&gt; (with a status table): per zone the 7 status classes (persistent, recent and baseline degradation, stable, stable but improved at baseline, recent and persistent improvement), the collapsed degraded / stable / improved classes, the total valid area and nodata, in km², with share_of_valid_percent.&lt;br&gt;&lt;br&gt;Areas are the inputs' area_ha / 100. The tables are checked: total land must equal degraded + stable + improved, and each collapsed class the sum of its status classes; a warning names any period or zone that does not add up (the values are written as given). The optional CSV holds the first sheet.</source>
      <translation type="vanished">Tablas de áreas para el informe PRAIS 4 de la CNULD, objetivo estratégico 1, en km², a partir de las tablas de resumen del indicador ODS 15.3.1 (una por periodo) y, opcionalmente, de la tabla de áreas de Estado de la degradación.&lt;br&gt;&lt;br&gt;&lt;b&gt;Hoja 'SO1 land by period'&lt;/b&gt;: una fila por periodo y zona ('(all)' es toda el área): period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (vacía si no se usó máscara de agua), nodata_km2 y proportion_degraded_percent = degradada / superficie total de tierra x 100 (ODS 15.3.1, MMB 2.CT.1).&lt;br&gt;&lt;b&gt;Hoja 'SO1 status'&lt;/b&gt; (con una tabla de estado): por zona, las 7 clases de estado (degradación persistente, reciente y de referencia, estable, estable pero mejorado en la referencia, mejora reciente y persistente), las clases agrupadas degradado / estable / mejorado, el área válida total y sin datos, en km², con share_of_valid_percent.&lt;br&gt;&lt;br&gt;Las áreas son el area_ha de las entradas / 100. Las tablas se comprueban: la superficie total de tierra debe ser igual a degradada + estable + mejorada, y cada clase agrupada a la suma de sus clases de estado; una advertencia indica cualquier periodo o zona que no cuadre (los valores se escriben tal como se dieron). El CSV opcional contiene la primera hoja.</translation>
    </message>
    <message>
      <source>Area under restoration (GBF 2.1)…</source>
      <translation type="vanished">Superficie en restauración (MMB 2.1)…</translation>
    </message>
    <message>
      <source>Area under restoration in every year from FIRST_YEAR to LAST_YEAR, against a linear path to the Target 2 goal.&lt;br&gt;&lt;br&gt;A site counts in a year when it started in or before it, has no end year or ended in or after it, and its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on the baseline raster (or polygon intersections).&lt;br&gt;&lt;br&gt;The path goes linearly from 0 ha in BASELINE_YEAR to TARGET % of the degraded baseline in TARGET_YEAR (2030) and stays there after it; a year is on track (1) when the area under restoration inside degraded land reaches the path, 0 when not, empty before the baseline year. The CHART shows the area under restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).</source>
      <translation type="vanished">Área en restauración en cada año de FIRST_YEAR a LAST_YEAR, frente a una trayectoria lineal hacia el objetivo de la Meta 2.&lt;br&gt;&lt;br&gt;Un sitio cuenta en un año cuando empezó ese año o antes, no tiene año de finalización o terminó ese año o después, y su estado no está excluido (por defecto FERM 'En preparación'); los sitios superpuestos cuentan una sola vez (método FERM: unión de las geometrías válidas en EPSG:6933). La restauración dentro de tierras degradadas usa la cobertura exacta de los píxeles sobre el ráster de referencia (o intersecciones de polígonos).&lt;br&gt;&lt;br&gt;La trayectoria va linealmente de 0 ha en BASELINE_YEAR al TARGET % de la referencia degradada en TARGET_YEAR (2030) y se mantiene después; un año va por buen camino (1) cuando el área en restauración dentro de tierras degradadas alcanza la trayectoria, 0 cuando no, y queda vacío antes del año de referencia. El CHART muestra el área en restauración, la parte dentro de tierras degradadas y la trayectoria (SVG, o PNG generado a partir de él).</translation>
    </message>
    <message>
      <source>Area under restoration in every year from {START_YEAR} to {END_YEAR}, against a linear path to the Target 2 goal.&lt;br&gt;&lt;br&gt;A site counts in a year when it started in or before it, has no end year or ended in or after it, and its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on the baseline raster (or polygon intersections).&lt;br&gt;&lt;br&gt;The path goes linearly from 0 ha in {BASELINE_YEAR} to the {TARGET_PCT} in {TARGET_YEAR} (2030) and stays there after it; a year is on track (1) when the area under restoration inside degraded land reaches the path, 0 when not, empty before the baseline year. The {CHART} shows the area under restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).</source>
      <translation type="vanished">Área en restauración en cada año de {START_YEAR} a {END_YEAR}, frente a una trayectoria lineal hacia el objetivo de la Meta 2.&lt;br&gt;&lt;br&gt;Un sitio cuenta en un año cuando empezó ese año o antes, no tiene año de finalización o terminó ese año o después, y su estado no está excluido (por defecto FERM 'En preparación'); los sitios superpuestos cuentan una sola vez (método FERM: unión de las geometrías válidas en EPSG:6933). La restauración dentro de tierras degradadas usa la cobertura exacta de los píxeles sobre el ráster de referencia (o intersecciones de polígonos).&lt;br&gt;&lt;br&gt;La trayectoria va linealmente de 0 ha en {BASELINE_YEAR} hasta el nivel de {TARGET_PCT} en {TARGET_YEAR} (2030) y se mantiene después; un año va por buen camino (1) cuando el área en restauración dentro de tierras degradadas alcanza la trayectoria, 0 cuando no, y queda vacío antes del año de referencia. El {CHART} muestra el área en restauración, la parte dentro de tierras degradadas y la trayectoria (SVG, o PNG generado a partir de él).</translation>
    </message>
    <message>
      <source>Baseline class (optional)</source>
      <translation type="vanished">Clase de referencia (opcional)</translation>
    </message>
    <message>
      <source>Binary: values other than 0 and 1 stop the run. Land cover: the codes listed below are forest, every other valid code is non-forest.</source>
      <translation type="vanished">Binario: los valores distintos de 0 y 1 detienen la ejecución. Cobertura del suelo: los códigos indicados abajo son bosque y cualquier otro código válido es no bosque.</translation>
    </message>
    <message>
      <source>Biomes / ecosystem types (optional)</source>
      <translation type="vanished">Biomas / tipos de ecosistemas (opcional)</translation>
    </message>
    <message>
      <source>CHANGE_PERCENT must be greater than 0 and less than 100 (got {value}).</source>
      <translation type="vanished">CHANGE_PERCENT debe ser mayor que 0 y menor que 100 (se recibió {value}).</translation>
    </message>
    <message>
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation type="vanished">CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Categorical raster of the baseline (band 1), e.g. the SDG 15.3.1 -1/0/+1 layer or national degradation classes; any CRS. Give this or the degraded-land polygons.</source>
      <translation type="vanished">Ráster categórico de la referencia (banda 1), p. ej., la capa ODS 15.3.1 -1/0/+1 o clases nacionales de degradación; cualquier SRC. Indique este o los polígonos de tierras degradadas.</translation>
    </message>
    <message>
      <source>Checks restoration site polygons against FAO FERM's rules and vocabularies and writes what FERM and GEF ask for: the FERM API payload (GeoJSON with the project under the top-level properties), the upload package (zip of shapefile, KML and GeoJSON) and the GEF geospatial template. Nothing is sent anywhere and no API key is asked for.&lt;br&gt;&lt;br&gt;Each FERM field comes from a layer field or a fixed value (the field wins; the fixed value fills features whose field is empty). Geometry is reprojected to EPSG:4326, made 2-D and valid (repairs are warnings); empty geometries, points and lines are errors; names missing are warnings; codes outside the FERM vocabularies are errors naming the code and the field; overlapping sites are warnings. Areas (ha) are computed as FERM does: union of the valid geometry in EPSG:6933.&lt;br&gt;&lt;br&gt;The payload has one Polygon feature per site polygon: a multi-part site gives one feature per part with the site's properties plus part and partCount, each with its own area.&lt;br&gt;&lt;br&gt;When errors remain and invalid features are not skipped, the run stops with a message, writes only the validation table (it explains the failure) and no other output. Project-level errors (unknown organization role/type or restoration type, bad country code) always stop the run.</source>
      <translation type="vanished">Comprueba los polígonos de los sitios de restauración con las reglas y vocabularios de FERM de la FAO y escribe lo que piden FERM y el GEF: la carga útil para la API de FERM (GeoJSON con el proyecto en las propiedades de nivel superior), el paquete de carga (zip con shapefile, KML y GeoJSON) y la plantilla geoespacial del GEF. No se envía nada a ningún sitio ni se pide ninguna clave de API.&lt;br&gt;&lt;br&gt;Cada campo de FERM procede de un campo de la capa o de un valor fijo (prevalece el campo; el valor fijo rellena las entidades cuyo campo está vacío). La geometría se reproyecta a EPSG:4326, se convierte a 2D y se hace válida (las reparaciones son advertencias); las geometrías vacías, los puntos y las líneas son errores; los nombres que faltan son advertencias; los códigos fuera de los vocabularios de FERM son errores que indican el código y el campo; los sitios superpuestos son advertencias. Las áreas (ha) se calculan como lo hace FERM: unión de la geometría válida en EPSG:6933.&lt;br&gt;&lt;br&gt;La carga útil tiene una entidad Polygon por cada polígono de sitio: un sitio multiparte da una entidad por parte con las propiedades del sitio más part y partCount, cada una con su propia área.&lt;br&gt;&lt;br&gt;Cuando quedan errores y no se omiten las entidades no válidas, la ejecución se detiene con un mensaje, escribe solo la tabla de validación (que explica el fallo) y ninguna otra salida. Los errores a nivel de proyecto (rol o tipo de organización o tipo de restauración desconocidos, código de país incorrecto) siempre detienen la ejecución.</translation>
    </message>
    <message>
      <source>Class areas per zone…</source>
      <translation type="vanished">Áreas por clase y zona…</translation>
    </message>
    <message>
      <source>Classifies a suitability raster into N priority classes (1 = lowest, N = highest priority) and reports the area of each class overall and per zone.&lt;br&gt;&lt;br&gt;Breaks: equal interval over the exact min-max of the valid pixels; quantiles (numpy linear interpolation) of the valid pixels (exact up to 1 000 000 pixels, else a reproducible pixel sample of that size); natural breaks (Jenks): the exact optimal partition (minimum within-class sum of squares) of a reproducible sample of SAMPLE_SIZE pixels; or manual. A value equal to a break goes to the lower class. Pixels excluded by t2monitor:weightedoverlay (value -1, declared in the file's metadata) get class 0 'excluded'.&lt;br&gt;&lt;br&gt;Output: Int16 classes, nodata -32768, styled with a legend of the N labels. The table (level, zone, class, class_label, area_ha, share) gives true ellipsoidal areas; shares are of the zone's valid area (excluded included); BREAKS_USED lists the breaks.</source>
      <translation type="vanished">Clasifica un ráster de aptitud en N clases de prioridad (1 = prioridad más baja, N = más alta) e informa del área de cada clase en total y por zona.&lt;br&gt;&lt;br&gt;Cortes: intervalos iguales sobre el mínimo-máximo exacto de los píxeles válidos; cuantiles (interpolación lineal de numpy) de los píxeles válidos (exactos hasta 1 000 000 de píxeles; si no, sobre una muestra reproducible de píxeles de ese tamaño); cortes naturales (Jenks): la partición óptima exacta (mínima suma de cuadrados dentro de las clases) de una muestra reproducible de SAMPLE_SIZE píxeles; o manuales. Un valor igual a un corte va a la clase inferior. Los píxeles excluidos por t2monitor:weightedoverlay (valor -1, declarado en los metadatos del archivo) reciben la clase 0 'excluido'.&lt;br&gt;&lt;br&gt;Salida: clases Int16, sin datos -32768, con un estilo de leyenda con las N etiquetas. La tabla (level, zone, class, class_label, area_ha, share) da áreas elipsoidales reales; las proporciones son del área válida de la zona (excluidos incluidos); BREAKS_USED enumera los cortes.</translation>
    </message>
    <message>
      <source>Combines standardised criteria (0..1) into a restoration suitability: sum of weight x criterion, with the weights normalised to sum 1 (ROAM steps 3-5).&lt;br&gt;&lt;br&gt;A pixel is nodata when any criterion is nodata there. It is &lt;b&gt;excluded&lt;/b&gt; when an exclusion raster has a valid non-zero value, or exclusion polygons cover at least half of it. Excluded pixels are written as &lt;b&gt;-1&lt;/b&gt; (distinct from nodata -9999), so they show on the map and t2monitor:priorityclasses puts them in class 0. EXCLUDED_HA and VALID_HA (pixels with a suitability) are true ellipsoidal areas.&lt;br&gt;&lt;br&gt;Criteria with values outside 0..1, a number of weights different from the number of criteria, negative weights, and a result with no pixel left are refused with a message, and no output is written. The weights used are reported (WEIGHTS_USED).</source>
      <translation type="vanished">Combina criterios estandarizados (0..1) en una aptitud para la restauración: suma de peso x criterio, con los pesos normalizados para sumar 1 (pasos 3-5 de ROAM).&lt;br&gt;&lt;br&gt;Un píxel queda sin datos cuando algún criterio no tiene datos en él. Queda &lt;b&gt;excluido&lt;/b&gt; cuando un ráster de exclusión tiene un valor válido distinto de cero, o cuando los polígonos de exclusión cubren al menos la mitad del píxel. Los píxeles excluidos se escriben como &lt;b&gt;-1&lt;/b&gt; (distinto de sin datos -9999), de modo que se ven en el mapa y t2monitor:priorityclasses los pone en la clase 0. EXCLUDED_HA y VALID_HA (píxeles con aptitud) son áreas elipsoidales reales.&lt;br&gt;&lt;br&gt;Los criterios con valores fuera de 0..1, un número de pesos distinto del número de criterios, los pesos negativos y un resultado sin ningún píxel se rechazan con un mensaje, y no se escribe ninguna salida. Se informa de los pesos usados (WEIGHTS_USED).</translation>
    </message>
    <message>
      <source>Combines standardised criteria (0..1) into a restoration suitability: sum of weight x criterion, with the weights normalised to sum 1 (ROAM steps 3-5).&lt;br&gt;&lt;br&gt;A pixel is nodata when any criterion is nodata there. It is &lt;b&gt;excluded&lt;/b&gt; when an exclusion raster has a valid non-zero value, or exclusion polygons cover at least half of it. Excluded pixels are written as &lt;b&gt;-1&lt;/b&gt; (distinct from nodata -9999), so they show on the map and t2monitor:priorityclasses puts them in class 0. {EXCLUDED_HA} and {VALID_HA} (pixels with a suitability) are true ellipsoidal areas.&lt;br&gt;&lt;br&gt;Criteria with values outside 0..1, a number of weights different from the number of criteria, negative weights, and a result with no pixel left are refused with a message, and no output is written. The weights used are reported ({WEIGHTS_USED}).</source>
      <translation type="vanished">Combina criterios estandarizados (0..1) en una aptitud para la restauración: suma de peso x criterio, con los pesos normalizados para sumar 1 (pasos 3-5 de ROAM).&lt;br&gt;&lt;br&gt;Un píxel queda sin datos cuando algún criterio no tiene datos en él. Queda &lt;b&gt;excluido&lt;/b&gt; cuando un ráster de exclusión tiene un valor válido distinto de cero, o cuando los polígonos de exclusión cubren al menos la mitad del píxel. Los píxeles excluidos se escriben como &lt;b&gt;-1&lt;/b&gt; (distinto de sin datos -9999), de modo que se ven en el mapa y t2monitor:priorityclasses los pone en la clase 0. {EXCLUDED_HA} y {VALID_HA} (píxeles con aptitud) son áreas elipsoidales reales.&lt;br&gt;&lt;br&gt;Los criterios con valores fuera de 0..1, un número de pesos distinto del número de criterios, los pesos negativos y un resultado sin ningún píxel se rechazan con un mensaje, y no se escribe ninguna salida. Se informa de los pesos usados ({WEIGHTS_USED}).</translation>
    </message>
    <message>
      <source>Compares two categorical maps, e.g. the degradation or priority maps of two sectors, or SDG 15.3.1 against a national severity map (band 1 of each, whole-number codes).&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-class raster.&lt;/b&gt; code = class_a × K + class_b, with K the smallest power of ten (at least 10) larger than max(class_b) − min(0, min(class_b)): with non-negative codes the digits read 'A then B' (K = 10: 23 is A 2 / B 3). Int32, nodata −2147483648 where either map is nodata. The style is written next to the output: one legend entry 'A=x / B=y' per pair found, agreeing pairs in greens, the others in reds.&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-tabulation.&lt;/b&gt; Area in hectares of every pair (class_a, class_b), for the whole raster and per zone, with the pair's code and whether it counts as agreement; pixels where only one map has data keep their class in rows of their own (the other class empty), so the rows of a class summed over the other map equal that class's area. Optional wide matrix (rows A, columns B) as CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Agreement.&lt;/b&gt; Only pixels valid in both maps are compared. Overall agreement = agreeing area / compared area. By default a pair agrees when both codes are equal; when the legends differ, list the pairs that agree in the correspondence table (e.g. A −1 with B 2 and B 3). Cohen's kappa = (p_o − p_e) / (1 − p_e) with p_e = Σ over agreeing pairs of the product of the two maps' class shares (with a correspondence table: the weighted kappa with 0/1 agreement weights). The confusion matrix is weighted by true pixel AREAS, not pixel counts; both give the same values on equal-area grids. Kappa is empty when undefined (both maps one single matching class).&lt;br&gt;&lt;br&gt;Maps on different grids are refused unless 'Align' is ticked (map B is then resampled, nearest neighbour, to map A's grid).</source>
      <translation type="vanished">Compara dos mapas categóricos, p. ej., los mapas de degradación o de prioridad de dos sectores, o el ODS 15.3.1 frente a un mapa nacional de severidad (banda 1 de cada uno, códigos enteros).&lt;br&gt;&lt;br&gt;&lt;b&gt;Ráster de clases cruzadas.&lt;/b&gt; código = class_a × K + class_b, donde K es la menor potencia de diez (al menos 10) mayor que max(class_b) − min(0, min(class_b)): con códigos no negativos los dígitos se leen 'A y luego B' (K = 10: 23 es A 2 / B 3). Int32, sin datos −2147483648 donde alguno de los mapas no tiene datos. El estilo se escribe junto a la salida: una entrada de leyenda 'A=x / B=y' por cada par encontrado, los pares concordantes en verdes y los demás en rojos.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tabulación cruzada.&lt;/b&gt; Área en hectáreas de cada par (class_a, class_b), para todo el ráster y por zona, con el código del par y si cuenta como concordancia; los píxeles donde solo un mapa tiene datos conservan su clase en filas propias (con la otra clase vacía), de modo que las filas de una clase sumadas sobre el otro mapa igualan el área de esa clase. Matriz ancha opcional (filas A, columnas B) como CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Concordancia.&lt;/b&gt; Solo se comparan los píxeles válidos en ambos mapas. Concordancia global = área concordante / área comparada. Por defecto, un par concuerda cuando ambos códigos son iguales; cuando las leyendas difieren, enumere los pares que concuerdan en la tabla de correspondencia (p. ej., A −1 con B 2 y B 3). Kappa de Cohen = (p_o − p_e) / (1 − p_e), con p_e = Σ sobre los pares concordantes del producto de las proporciones de clase de ambos mapas (con una tabla de correspondencia: el kappa ponderado con pesos de concordancia 0/1). La matriz de confusión se pondera por las ÁREAS reales de los píxeles, no por el número de píxeles; ambos dan los mismos valores en cuadrículas de áreas iguales. El kappa queda vacío cuando no está definido (ambos mapas con una única clase coincidente).&lt;br&gt;&lt;br&gt;Los mapas en cuadrículas distintas se rechazan salvo que se marque 'Alinear' (el mapa B se remuestrea entonces, por vecino más próximo, a la cuadrícula del mapa A).</translation>
    </message>
    <message>
      <source>Compares two categorical maps, e.g. the degradation or priority maps of two sectors, or SDG 15.3.1 against a national severity map (band 1 of each, whole-number codes).&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-class raster.&lt;/b&gt; code = class_a × K + class_b, with K the smallest power of ten (at least 10) larger than max(class_b) − min(0, min(class_b)): with non-negative codes the digits read 'A then B' (K = 10: 23 is A 2 / B 3). Int32, nodata −2147483648 where either map is nodata. The style is written next to the output: one legend entry 'A=x / B=y' per pair found, agreeing pairs in greens, the others in reds.&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-tabulation.&lt;/b&gt; Area in hectares of every pair (class_a, class_b), for the whole raster and per zone, with the pair's code and whether it counts as agreement; pixels where only one map has data keep their class in rows of their own (the other class empty), so the rows of a class summed over the other map equal that class's area. Optional wide matrix (rows A, columns B) as CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Agreement.&lt;/b&gt; Only pixels valid in both maps are compared. Overall agreement = agreeing area / compared area. By default a pair agrees when both codes are equal; when the legends differ, list the pairs that agree in {CORRESPONDENCE_TABLE} (e.g. A −1 with B 2 and B 3). Cohen's kappa = (p_o − p_e) / (1 − p_e) with p_e = Σ over agreeing pairs of the product of the two maps' class shares (with a correspondence table: the weighted kappa with 0/1 agreement weights). The confusion matrix is weighted by true pixel AREAS, not pixel counts; both give the same values on equal-area grids. Kappa is empty when undefined (both maps one single matching class).&lt;br&gt;&lt;br&gt;Maps on different grids are refused unless {ALIGN} is ticked (map B is then resampled, nearest neighbour, to map A's grid).</source>
      <translation type="vanished">Compara dos mapas categóricos, p. ej., los mapas de degradación o de prioridad de dos sectores, o el ODS 15.3.1 frente a un mapa nacional de severidad (banda 1 de cada uno, códigos enteros).&lt;br&gt;&lt;br&gt;&lt;b&gt;Ráster de clases cruzadas.&lt;/b&gt; código = class_a × K + class_b, donde K es la menor potencia de diez (al menos 10) mayor que max(class_b) − min(0, min(class_b)): con códigos no negativos los dígitos se leen 'A y luego B' (K = 10: 23 es A 2 / B 3). Int32, sin datos −2147483648 donde alguno de los mapas no tiene datos. El estilo se escribe junto a la salida: una entrada de leyenda 'A=x / B=y' por cada par encontrado, los pares concordantes en verdes y los demás en rojos.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tabulación cruzada.&lt;/b&gt; Área en hectáreas de cada par (class_a, class_b), para todo el ráster y por zona, con el código del par y si cuenta como concordancia; los píxeles donde solo un mapa tiene datos conservan su clase en filas propias (con la otra clase vacía), de modo que las filas de una clase sumadas sobre el otro mapa igualan el área de esa clase. Matriz ancha opcional (filas A, columnas B) como CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Concordancia.&lt;/b&gt; Solo se comparan los píxeles válidos en ambos mapas. Concordancia global = área concordante / área comparada. Por defecto, un par concuerda cuando ambos códigos son iguales; cuando las leyendas difieren, enumere los pares que concuerdan en {CORRESPONDENCE_TABLE} (p. ej., A −1 con B 2 y B 3). Kappa de Cohen = (p_o − p_e) / (1 − p_e), con p_e = Σ sobre los pares concordantes del producto de las proporciones de clase de ambos mapas (con una tabla de correspondencia: el kappa ponderado con pesos de concordancia 0/1). La matriz de confusión se pondera por las ÁREAS reales de los píxeles, no por el número de píxeles; ambos dan los mismos valores en cuadrículas de áreas iguales. El kappa queda vacío cuando no está definido (ambos mapas con una única clase coincidente).&lt;br&gt;&lt;br&gt;Los mapas en cuadrículas distintas se rechazan salvo que se marque {ALIGN} (el mapa B se remuestrea entonces, por vecino más próximo, a la cuadrícula del mapa A).</translation>
    </message>
    <message>
      <source>Computes the land productivity sub-indicator of SDG 15.3.1 from an annual vegetation index series in one step, locally: the trajectory (Mann-Kendall trend, significance ALPHA), the state (decile class of the last RECENT_YEARS against the earlier years of the period), the performance (mean over the period against the PERCENTILE of the pixel's land unit) and their combination into the five Land Productivity Dynamics classes (1 declining, 2 moderate decline, 3 stressed, 4 stable, 5 increasing) with the table of the UNCCD Good Practice Guidance.&lt;br&gt;&lt;br&gt;It runs the algorithms Productivity trajectory, Productivity state, Productivity performance and Land productivity dynamics with the same settings as those; ask for the intermediate layers to keep them (otherwise they are written to temporary files and removed).</source>
      <translation type="vanished">Calcula el subindicador de productividad de la tierra del ODS 15.3.1 a partir de una serie anual de índice de vegetación en un solo paso, de forma local: la trayectoria (tendencia de Mann-Kendall, significación ALPHA), el estado (clase de decil de los últimos RECENT_YEARS frente a los años anteriores del periodo), el desempeño (media del periodo frente al PERCENTILE de la unidad de tierra del píxel) y su combinación en las cinco clases de dinámica de la productividad de la tierra (1 en declive, 2 declive moderado, 3 bajo estrés, 4 estable, 5 en aumento) con la tabla de la Guía de Buenas Prácticas de la CNULD.&lt;br&gt;&lt;br&gt;Ejecuta los algoritmos Trayectoria de la productividad, Estado de la productividad, Desempeño de la productividad y Dinámica de la productividad de la tierra con los mismos ajustes que estos; solicite las capas intermedias para conservarlas (de lo contrario se escriben en archivos temporales que luego se eliminan).</translation>
    </message>
    <message>
      <source>Controls are pixels at least half inside the site buffered by this distance, in metres (default 5000). For a raster in degrees, the distance is converted at the site's latitude along the parallels.</source>
      <translation type="vanished">Los controles son los píxeles situados al menos en su mitad dentro del sitio ampliado con un búfer de esta distancia, en metros (por defecto 5000). Para un ráster en grados, la distancia se convierte a la latitud del sitio a lo largo de los paralelos.</translation>
    </message>
    <message>
      <source>Criterion rasters already standardised to 0..1 (t2monitor:standardizecriterion), band 1 of each; the order sets which weight applies to which criterion.</source>
      <translation type="vanished">Rásteres de criterio ya estandarizados a 0..1 (t2monitor:standardizecriterion), banda 1 de cada uno; el orden determina qué peso se aplica a cada criterio.</translation>
    </message>
    <message>
      <source>Criterion weights for the restoration priority overlay from a pairwise comparison matrix (Analytic Hierarchy Process, Saaty).&lt;br&gt;&lt;br&gt;Each judgement a(i, j) says how much more important the row criterion is than the column criterion on Saaty's scale 1/9 ... 1 ... 9 (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme importance). Fill the cells above the diagonal: empty (or 0) cells below it and on the diagonal are filled with reciprocals and 1. Rounded fractions such as 0.333 are read as 1/3. A matrix CSV file (criterion names as header, one row per criterion; fractions like 1/3 allowed) takes precedence over the matrix parameter; several experts' files are combined by the element-wise geometric mean and take precedence over both.&lt;br&gt;&lt;br&gt;Weights are the normalised principal eigenvector; the geometric-mean weights are reported for comparison. Consistency: CI = (lambda_max - n)/(n - 1), CR = CI/RI with Saaty's random index (resources/data/ahp_random_index.csv, n = 1 to 15). CR below 0.10 is acceptable; otherwise a warning names the judgement that departs most from the ratio the weights imply (|log a(i, j) - log(w(i)/w(j))|), the first one to revise.&lt;br&gt;&lt;br&gt;The WEIGHTS output is the weights in criteria order as a comma-separated string, ready for the WEIGHTS parameter of the weighted overlay in models.</source>
      <translation type="vanished">Pesos de los criterios para la superposición de prioridad de restauración a partir de una matriz de comparación por pares (proceso analítico jerárquico (AHP), Saaty).&lt;br&gt;&lt;br&gt;Cada juicio a(i, j) indica cuánto más importante es el criterio de la fila que el de la columna en la escala de Saaty 1/9 ... 1 ... 9 (1 igual importancia, 3 importancia moderada, 5 importancia fuerte, 7 importancia muy fuerte, 9 importancia extrema). Rellene las celdas por encima de la diagonal: las celdas vacías (o 0) por debajo de ella y en la diagonal se rellenan con los recíprocos y con 1. Las fracciones redondeadas como 0.333 se leen como 1/3. Un archivo CSV de matriz (nombres de los criterios como encabezado, una fila por criterio; se admiten fracciones como 1/3) tiene prioridad sobre el parámetro de matriz; los archivos de varios expertos se combinan mediante la media geométrica elemento a elemento y tienen prioridad sobre ambos.&lt;br&gt;&lt;br&gt;Los pesos son el vector propio principal normalizado; los pesos de la media geométrica se indican para comparar. Consistencia: CI = (lambda_max - n)/(n - 1), CR = CI/RI con el índice aleatorio de Saaty (resources/data/ahp_random_index.csv, n = 1 a 15). Una CR inferior a 0,10 es aceptable; en caso contrario, una advertencia indica el juicio que más se aleja de la razón implícita en los pesos (|log a(i, j) - log(w(i)/w(j))|), el primero que conviene revisar.&lt;br&gt;&lt;br&gt;La salida WEIGHTS son los pesos en el orden de los criterios como cadena separada por comas, lista para el parámetro WEIGHTS de la superposición ponderada en modelos.</translation>
    </message>
    <message>
      <source>Degradation severity (national criteria)…</source>
      <translation type="vanished">Severidad de la degradación (criterios nacionales)…</translation>
    </message>
    <message>
      <source>Ecosystems field</source>
      <translation type="vanished">Campo Ecosystems</translation>
    </message>
    <message>
      <source>Ecosystems fixed value</source>
      <translation type="vanished">Valor fijo de Ecosystems</translation>
    </message>
    <message>
      <source>End year field (optional)</source>
      <translation type="vanished">Campo de año de finalización (opcional)</translation>
    </message>
    <message>
      <source>Error recode polygons (optional)</source>
      <translation type="vanished">Polígonos de recodificación de errores (opcional)</translation>
    </message>
    <message>
      <source>Export to FERM…</source>
      <translation type="vanished">Exportar a FERM…</translation>
    </message>
    <message>
      <source>Export to the CBD ORT…</source>
      <translation type="vanished">Exportar a la ORT del CBD…</translation>
    </message>
    <message>
      <source>FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24)</source>
      <translation type="vanished">códigos de actividad de FERM, separados por comas (actividades finales 1-50, p. ej., 4,6,24)</translation>
    </message>
    <message>
      <source>FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label)</source>
      <translation type="vanished">tipo de restauración de FERM: 1 Restauración ecológica, 2 Rehabilitación (código o etiqueta)</translation>
    </message>
    <message>
      <source>FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label</source>
      <translation type="vanished">código de régimen de tenencia de FERM 1-7 (1 Comunal, 2 Gubernamental, 3 ITT, 4 Propiedad conjunta, 5 Privada, 6 Otro, 7 No se sabe) o etiqueta</translation>
    </message>
    <message>
      <source>Feature id</source>
      <translation type="vanished">Id. de entidad</translation>
    </message>
    <message>
      <source>Field holding the FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Empty: use {ACTIVITIES_VALUE}.</source>
      <translation type="vanished">Campo con los códigos de actividad de FERM, separados por comas (actividades finales 1-50, p. ej., 4,6,24). Vacío: se usa {ACTIVITIES_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Empty: use {RESTORATION_TYPE_VALUE}.</source>
      <translation type="vanished">Campo con el tipo de restauración de FERM: 1 Restauración ecológica, 2 Rehabilitación (código o etiqueta). Vacío: se usa {RESTORATION_TYPE_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Empty: use {TENURE_VALUE}.</source>
      <translation type="vanished">Campo con el código de régimen de tenencia de FERM 1-7 (1 Comunal, 2 Gubernamental, 3 ITT, 4 Propiedad conjunta, 5 Privada, 6 Otro, 7 No se sabe) o su etiqueta. Vacío: se usa {TENURE_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Empty: use {ECOSYSTEMS_VALUE}.</source>
      <translation type="vanished">Campo con los códigos de bioma de la Tipología Global de Ecosistemas de la UICN, separados por comas (p. ej., T1,TF1). Vacío: se usa {ECOSYSTEMS_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the {what}. Empty: use the fixed value.</source>
      <translation type="vanished">Campo con el valor de: {what}. Vacío: se usa el valor fijo.</translation>
    </message>
    <message>
      <source>Field of the polygons holding the whole-number land unit id.</source>
      <translation type="vanished">Campo de los polígonos que contiene el identificador entero de la unidad de tierra.</translation>
    </message>
    <message>
      <source>First year (optional)</source>
      <translation type="vanished">Primer año (opcional)</translation>
    </message>
    <message>
      <source>Fixed value for every site: FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Used where {ACTIVITIES_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valor fijo para todos los sitios: códigos de actividad de FERM, separados por comas (actividades finales 1-50, p. ej., 4,6,24). Se usa cuando no se elige {ACTIVITIES_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <source>Fixed value for every site: FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Used where {RESTORATION_TYPE_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valor fijo para todos los sitios: tipo de restauración de FERM: 1 Restauración ecológica, 2 Rehabilitación (código o etiqueta). Se usa cuando no se elige {RESTORATION_TYPE_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <source>Fixed value for every site: FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Used where {TENURE_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valor fijo para todos los sitios: código de régimen de tenencia de FERM 1-7 (1 Comunal, 2 Gubernamental, 3 ITT, 4 Propiedad conjunta, 5 Privada, 6 Otro, 7 No se sabe) o etiqueta. Se usa cuando no se elige {TENURE_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <source>Fixed value for every site: IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Used where {ECOSYSTEMS_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valor fijo para todos los sitios: códigos de bioma de la Tipología Global de Ecosistemas de la UICN, separados por comas (p. ej., T1,TF1). Se usa cuando no se elige {ECOSYSTEMS_FIELD} o este está vacío.</translation>
    </message>
    <message>
      <source>Fixed value for every site: {what}. Used where the field is not chosen or is empty.</source>
      <translation type="vanished">Valor fijo para todos los sitios: {what}. Se usa cuando no se elige el campo o este está vacío.</translation>
    </message>
    <message>
      <source>For each restoration site, tests whether the annual vegetation index (e.g. NDVI) rises faster after the site's start year than on comparable land nearby.&lt;br&gt;&lt;br&gt;&lt;b&gt;Site pixels&lt;/b&gt;: pixels at least half inside the site polygon. &lt;b&gt;Controls&lt;/b&gt;: pixels within the search distance of the site, outside every site of the layer (whatever its status) buffered by a gap of a few pixels, in the same land unit and baseline class as the site's pixels (optional rasters). Each (land unit, class) stratum of the site is compared with the controls of the same stratum, weighted by the site's share of pixels in it.&lt;br&gt;&lt;b&gt;Estimate&lt;/b&gt;: difference-in-differences of OLS trends of the yearly mean index: (site slope from the start year on - site slope before) - (control slope after - control slope before), in index units per year. &lt;b&gt;p-value&lt;/b&gt;: from the standard error of that term in the interrupted time-series regression of the site-minus-control series (Student's t, n - 4 degrees of freedom); it is the chance of an effect at least this large if restoration changed nothing and the yearly residuals were independent.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: improving (effect &gt; 0, p &lt;= alpha), declining (effect &lt; 0, p &lt;= alpha), no detectable effect yet, too early to tell (too few years from the start), not assessable (no start year, excluded status, no pixel or no control, too few years before the start), each with a reason.&lt;br&gt;&lt;br&gt;&lt;b&gt;Limits&lt;/b&gt;: sites are not randomised, so controls only approximate what would have happened; spill-overs and leakage beyond the gap are not seen; a non-linear difference in pre-trends biases the estimate (compare the before slopes); short post periods give wide errors; cloud gaps change which pixels make a year's mean. The end year is not used: the after period runs to the last year of the series.</source>
      <translation type="vanished">Para cada sitio de restauración, comprueba si el índice de vegetación anual (p. ej., NDVI) aumenta más rápido después del año de inicio del sitio que en tierras comparables cercanas.&lt;br&gt;&lt;br&gt;&lt;b&gt;Píxeles del sitio&lt;/b&gt;: píxeles situados al menos en su mitad dentro del polígono del sitio. &lt;b&gt;Controles&lt;/b&gt;: píxeles dentro de la distancia de búsqueda del sitio, fuera de todos los sitios de la capa (sea cual sea su estado) ampliados con una separación de unos pocos píxeles, en la misma unidad de tierra y clase de referencia que los píxeles del sitio (rásteres opcionales). Cada estrato (unidad de tierra, clase) del sitio se compara con los controles del mismo estrato, ponderado por la proporción de píxeles del sitio que contiene.&lt;br&gt;&lt;b&gt;Estimación&lt;/b&gt;: diferencia en diferencias de las tendencias por mínimos cuadrados ordinarios de la media anual del índice: (pendiente del sitio desde el año de inicio - pendiente del sitio antes) - (pendiente de los controles después - pendiente de los controles antes), en unidades del índice por año. &lt;b&gt;Valor p&lt;/b&gt;: a partir del error estándar de ese término en la regresión de series temporales interrumpidas de la serie sitio menos controles (t de Student, n - 4 grados de libertad); es la probabilidad de un efecto al menos así de grande si la restauración no hubiera cambiado nada y los residuos anuales fueran independientes.&lt;br&gt;&lt;b&gt;Clases&lt;/b&gt;: mejora (efecto &gt; 0, p &lt;= alfa), declive (efecto &lt; 0, p &lt;= alfa), aún sin efecto detectable, demasiado pronto para saberlo (muy pocos años desde el inicio), no evaluable (sin año de inicio, estado excluido, sin píxeles o sin controles, muy pocos años antes del inicio), cada una con un motivo.&lt;br&gt;&lt;br&gt;&lt;b&gt;Límites&lt;/b&gt;: los sitios no se asignan al azar, por lo que los controles solo aproximan lo que habría ocurrido; los efectos indirectos y las fugas más allá de la separación no se detectan; una diferencia no lineal en las tendencias previas sesga la estimación (compare las pendientes previas); los periodos posteriores cortos dan errores amplios; los huecos por nubes cambian qué píxeles forman la media de un año. El año de finalización no se usa: el periodo posterior llega hasta el último año de la serie.</translation>
    </message>
    <message>
      <source>For the custom legend: a CSV file with the source code in the first column and the UNCCD class in the second (a header row, further columns and lines starting with # are allowed). Takes precedence over the table.</source>
      <translation type="vanished">Para la leyenda personalizada: un archivo CSV con el código de origen en la primera columna y la clase CNULD en la segunda (se admiten una fila de encabezado, columnas adicionales y líneas que empiezan por #). Tiene prioridad sobre la tabla.</translation>
    </message>
    <message>
      <source>For the custom legend: one row per land-cover code of your maps, with the UNCCD class (1-7) it belongs to. Used when no reclassification CSV is given.</source>
      <translation type="vanished">Para la leyenda personalizada: una fila por cada código de cobertura del suelo de sus mapas, con la clase CNULD (1-7) a la que pertenece. Se usa cuando no se indica un CSV de reclasificación.</translation>
    </message>
    <message>
      <source>Give the land units, as a raster ({raster}) or as polygons ({polygons}) with an id field.</source>
      <translation type="vanished">Indique las unidades de tierra, como ráster ({raster}) o como polígonos ({polygons}) con un campo de identificador.</translation>
    </message>
    <message>
      <source>Headline indicator 2.1 of the Kunming-Montreal GBF: hectares under restoration in a reporting year, and progress towards Target 2 (share of the degraded baseline under restoration, against 30 % or the national target).&lt;br&gt;&lt;br&gt;&lt;b&gt;Which sites count.&lt;/b&gt; A site counts in the reporting year when its start year is in or before it, it has no end year or ended in or after it, and its status is not excluded (default: FERM 'In preparation'). Every feature is listed in the VALIDATION table as ok / warning / error with the reason (no start year, excluded or unknown status, starts later, ended earlier, invalid geometry repaired, empty geometry, outside the baseline).&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt; follow FAO FERM's method: the union of the valid geometries in EPSG:6933 (equal-area), in hectares, so overlapping sites count once. Restoration inside degraded land and the degraded baseline per zone use exact pixel coverage of the polygons on the baseline raster and true pixel areas (or polygon intersections when the baseline is given as polygons).&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows:&lt;/b&gt; the total, each zone of each zone layer plus '(outside)' (the part in none of its zones), and each activity and restoration type (a site with several activities counts for each, so those rows may add up to more than the total; activity and type rows are compared with the whole baseline). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). The AREAS layer holds the dissolved area of each row, in the CRS of the sites layer.</source>
      <translation type="vanished">Indicador de cabecera 2.1 del Marco Mundial de Biodiversidad de Kunming-Montreal: hectáreas en restauración en un año de informe y progreso hacia la Meta 2 (proporción de la referencia degradada en restauración, frente al 30 % o la meta nacional).&lt;br&gt;&lt;br&gt;&lt;b&gt;Qué sitios cuentan.&lt;/b&gt; Un sitio cuenta en el año de informe cuando su año de inicio es ese año o anterior, no tiene año de finalización o terminó ese año o después, y su estado no está excluido (por defecto: FERM 'En preparación'). Cada entidad aparece en la tabla VALIDATION como ok / advertencia / error con el motivo (sin año de inicio, estado excluido o desconocido, empieza más tarde, terminó antes, geometría no válida reparada, geometría vacía, fuera de la referencia).&lt;br&gt;&lt;br&gt;&lt;b&gt;Las áreas&lt;/b&gt; siguen el método de FERM de la FAO: la unión de las geometrías válidas en EPSG:6933 (de áreas iguales), en hectáreas, de modo que los sitios superpuestos cuentan una sola vez. La restauración dentro de tierras degradadas y la referencia degradada por zona usan la cobertura exacta de los polígonos en píxeles sobre el ráster de referencia y las áreas reales de los píxeles (o intersecciones de polígonos cuando la referencia se da como polígonos).&lt;br&gt;&lt;br&gt;&lt;b&gt;Filas:&lt;/b&gt; el total, cada zona de cada capa de zonas más '(outside)' (la parte que no está en ninguna de sus zonas), y cada actividad y tipo de restauración (un sitio con varias actividades cuenta para cada una, por lo que esas filas pueden sumar más que el total; las filas de actividad y de tipo se comparan con toda la referencia). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). La capa AREAS contiene el área disuelta de cada fila, en el SRC de la capa de sitios.</translation>
    </message>
    <message>
      <source>Headline indicator 2.1 of the Kunming-Montreal GBF: hectares under restoration in a reporting year, and progress towards Target 2 (share of the degraded baseline under restoration, against 30 % or the national target).&lt;br&gt;&lt;br&gt;&lt;b&gt;Which sites count.&lt;/b&gt; A site counts in the reporting year when its start year is in or before it, it has no end year or ended in or after it, and its status is not excluded (default: FERM 'In preparation'). Every feature is listed in the {VALIDATION} table as ok / warning / error with the reason (no start year, excluded or unknown status, starts later, ended earlier, invalid geometry repaired, empty geometry, outside the baseline).&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt; follow FAO FERM's method: the union of the valid geometries in EPSG:6933 (equal-area), in hectares, so overlapping sites count once. Restoration inside degraded land and the degraded baseline per zone use exact pixel coverage of the polygons on the baseline raster and true pixel areas (or polygon intersections when the baseline is given as polygons).&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows:&lt;/b&gt; the total, each zone of each zone layer plus '(outside)' (the part in none of its zones), and each activity and restoration type (a site with several activities counts for each, so those rows may add up to more than the total; activity and type rows are compared with the whole baseline). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). The {AREAS} layer holds the dissolved area of each row, in the CRS of the sites layer.</source>
      <translation type="vanished">Indicador de cabecera 2.1 del Marco Mundial de Biodiversidad de Kunming-Montreal: hectáreas en restauración en un año de informe y progreso hacia la Meta 2 (proporción de la referencia degradada en restauración, frente al 30 % o la meta nacional).&lt;br&gt;&lt;br&gt;&lt;b&gt;Qué sitios cuentan.&lt;/b&gt; Un sitio cuenta en el año de informe cuando su año de inicio es ese año o anterior, no tiene año de finalización o terminó ese año o después, y su estado no está excluido (por defecto: FERM 'En preparación'). Cada entidad aparece en la tabla {VALIDATION} como ok / advertencia / error con el motivo (sin año de inicio, estado excluido o desconocido, empieza más tarde, terminó antes, geometría no válida reparada, geometría vacía, fuera de la referencia).&lt;br&gt;&lt;br&gt;&lt;b&gt;Las áreas&lt;/b&gt; siguen el método de FERM de la FAO: la unión de las geometrías válidas en EPSG:6933 (de áreas iguales), en hectáreas, de modo que los sitios superpuestos cuentan una sola vez. La restauración dentro de tierras degradadas y la referencia degradada por zona usan la cobertura exacta de los polígonos en píxeles sobre el ráster de referencia y las áreas reales de los píxeles (o intersecciones de polígonos cuando la referencia se da como polígonos).&lt;br&gt;&lt;br&gt;&lt;b&gt;Filas:&lt;/b&gt; el total, cada zona de cada capa de zonas más '(outside)' (la parte que no está en ninguna de sus zonas), y cada actividad y tipo de restauración (un sitio con varias actividades cuenta para cada una, por lo que esas filas pueden sumar más que el total; las filas de actividad y de tipo se comparan con toda la referencia). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). La capa {AREAS} contiene el área disuelta de cada fila, en el SRC de la capa de sitios.</translation>
    </message>
    <message>
      <source>IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1)</source>
      <translation type="vanished">códigos de bioma de la Tipología Global de Ecosistemas de la UICN, separados por comas (p. ej., T1,TF1)</translation>
    </message>
    <message>
      <source>Indigenous and traditional territories (optional)</source>
      <translation type="vanished">Territorios indígenas y tradicionales (opcional)</translation>
    </message>
    <message>
      <source>Integrates several national degradation criteria (e.g. loss of vegetation cover, fragmentation, loss of productivity, any continuous index) into degradation severity categories.&lt;br&gt;&lt;br&gt;&lt;b&gt;Scoring.&lt;/b&gt; Each criterion raster (band 1) gets one row in the rules table: &lt;i&gt;criterion&lt;/i&gt; (its 1-based position in the criteria list), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; and &lt;i&gt;weight&lt;/i&gt;. Entries of a rule are separated by ';'. &lt;i&gt;thresholds&lt;/i&gt;: 'OP bound : score' entries with OP &amp;lt; or &amp;lt;= and increasing bounds, ended by '&amp;gt; B' after '&amp;lt;= B', '&amp;gt;= B' after '&amp;lt; B', or 'else : score'; a value takes the score of the first entry it satisfies, e.g. '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt;: 'code : score' pairs, e.g. '-1:3; 0:0; 1:0' or '1:3; 2:2; 3:1; 4:0; 5:0', optionally ended by 'else : score'; a code without a score stops the run, listing every such code of every criterion, before anything is written. &lt;i&gt;preset&lt;/i&gt;: a ready-made rule of resources/data/severity_defaults.json: vegetation_loss (0:0; 1:3), fragmentation (classes of the forest fragmentation tool: 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). Scores use the scale 0 none, 1 light, 2 moderate, 3 severe.&lt;br&gt;&lt;br&gt;&lt;b&gt;Integration.&lt;/b&gt; Score = weighted mean of the criterion scores (weights &gt;= 0, normalised by their sum). By default a pixel missing in any criterion is nodata; with 'available criteria' the mean is taken over the criteria present (weights renormalised over them).&lt;br&gt;&lt;br&gt;&lt;b&gt;Categories.&lt;/b&gt; The score is cut by the increasing breaks: below the first break category 0, a score equal to a break goes to the category above. Defaults: score &amp;lt; 0.5 not degraded (0), &amp;lt; 1.5 light (1), &amp;lt; 2.5 moderate (2), otherwise severe (3): a pixel whose criteria all score s is in category s.&lt;br&gt;&lt;br&gt;Outputs: categories (Int16, nodata -32768, styled), optional score (Float32), and the area of each category in hectares for the whole raster and per zone.</source>
      <translation type="vanished">Integra varios criterios nacionales de degradación (p. ej., pérdida de cobertura vegetal, fragmentación, pérdida de productividad, cualquier índice continuo) en categorías de severidad de la degradación.&lt;br&gt;&lt;br&gt;&lt;b&gt;Puntuación.&lt;/b&gt; Cada ráster de criterio (banda 1) tiene una fila en la tabla de reglas: &lt;i&gt;criterion&lt;/i&gt; (su posición, empezando por 1, en la lista de criterios), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; y &lt;i&gt;weight&lt;/i&gt;. Las entradas de una regla se separan con ';'. &lt;i&gt;thresholds&lt;/i&gt;: entradas 'OP límite : puntuación' con OP &amp;lt; o &amp;lt;= y límites crecientes, terminadas por '&amp;gt; B' después de '&amp;lt;= B', '&amp;gt;= B' después de '&amp;lt; B', o 'else : puntuación'; un valor toma la puntuación de la primera entrada que cumple, p. ej., '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt;: pares 'código : puntuación', p. ej., '-1:3; 0:0; 1:0' o '1:3; 2:2; 3:1; 4:0; 5:0', terminados opcionalmente por 'else : puntuación'; un código sin puntuación detiene la ejecución, enumerando todos esos códigos de todos los criterios, antes de escribir nada. &lt;i&gt;preset&lt;/i&gt;: una regla predefinida de resources/data/severity_defaults.json: vegetation_loss (0:0; 1:3), fragmentation (clases de la herramienta de fragmentación forestal: 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). Las puntuaciones usan la escala 0 ninguna, 1 leve, 2 moderada, 3 severa.&lt;br&gt;&lt;br&gt;&lt;b&gt;Integración.&lt;/b&gt; Puntuación = media ponderada de las puntuaciones de los criterios (pesos &gt;= 0, normalizados por su suma). Por defecto, un píxel que falta en cualquier criterio queda sin datos; con 'criterios disponibles' la media se calcula sobre los criterios presentes (con los pesos renormalizados entre ellos).&lt;br&gt;&lt;br&gt;&lt;b&gt;Categorías.&lt;/b&gt; La puntuación se corta por los cortes crecientes: por debajo del primer corte, categoría 0; una puntuación igual a un corte va a la categoría superior. Por defecto: puntuación &amp;lt; 0.5 no degradado (0), &amp;lt; 1.5 leve (1), &amp;lt; 2.5 moderado (2), si no, severo (3): un píxel cuyos criterios puntúan todos s está en la categoría s.&lt;br&gt;&lt;br&gt;Salidas: categorías (Int16, sin datos -32768, con estilo), puntuación opcional (Float32) y el área de cada categoría en hectáreas para todo el ráster y por zona.</translation>
    </message>
    <message>
      <source>LPD {code} {label}: {pixels} pixel(s).</source>
      <translation type="vanished">LPD {code} {label}: {pixels} píxel(es).</translation>
    </message>
    <message>
      <source>Land Degradation Neutrality judged like for like (UNCCD scientific conceptual framework, Orr et al. 2017; SDG 15.3.1 Good Practice Guidance): losses are balanced by gains within the same land type, not across the country.&lt;br&gt;&lt;br&gt;Inputs: the SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved) of the baseline and of each reporting period, in order, and the land cover at baseline, reclassified to the 7 UNCCD classes with the same legend settings as the land-cover sub-indicator (a code the legend does not cover stops the run with the list of every such code). A land type is the UNCCD class, or the class combined with a land unit (e.g. soil) from {LAND_UNITS} or {LAND_UNIT_POLYGONS} (a pixel takes the polygon covering most of it, at least half; other pixels have no land type and are counted as nodata). Only pixels valid in every map and with a land type are counted, the same pixels in every period.&lt;br&gt;&lt;br&gt;Comparisons: &lt;i&gt;map&lt;/i&gt; (each map's own values), &lt;i&gt;vs_baseline&lt;/i&gt; (each period against the baseline) and &lt;i&gt;vs_previous&lt;/i&gt; (each period against the one before; for the first period, the baseline), the last two through the expanded status matrix of the GPG addendum collapsed to degraded (1-3), stable (4) and improved (5-7).&lt;br&gt;&lt;br&gt;{BALANCE}: per zone, comparison and land type the degraded, stable and improved area, the net balance (improved - degraded) in ha and % of the land type, and whether neutrality is met (net &gt;= 0). {COUNTERBALANCE}: losses, gains, the part of the losses offset by gains of the same land type, the remaining deficit and the surplus (never carried to another land type); the total row shows the pooled net balance beside the like-for-like deficit. {PERIOD_STATUS}: one row per period with its status, and a chart ({CHART}). Totals are the sums of the land-type rows, which add up to the valid area; nodata is reported in its own row. {DEFICIT}: one band per period, the land type code where that land type is in deficit against the baseline, 0 where it is not.</source>
      <translation type="vanished">Neutralidad de la Degradación de las Tierras evaluada de igual por igual (marco conceptual científico de la CNULD, Orr et al. 2017; Guía de Buenas Prácticas del ODS 15.3.1): las pérdidas se compensan con ganancias dentro del mismo tipo de tierra, no en todo el país.&lt;br&gt;&lt;br&gt;Entradas: el mapa ODS 15.3.1 (-1 degradado, 0 estable, +1 mejorado) de la referencia y de cada periodo de informe, en orden, y la cobertura del suelo de la referencia, reclasificada a las 7 clases de la CNULD con los mismos ajustes de leyenda que el subindicador de cobertura del suelo (un código que la leyenda no cubre detiene la ejecución con la lista de todos esos códigos). Un tipo de tierra es la clase de la CNULD, o la clase combinada con una unidad de tierra (p. ej., suelo) de {LAND_UNITS} o {LAND_UNIT_POLYGONS} (un píxel toma el polígono que cubre la mayor parte de él, al menos la mitad; los demás píxeles no tienen tipo de tierra y se cuentan como sin datos). Solo se cuentan los píxeles válidos en todos los mapas y con un tipo de tierra, los mismos píxeles en todos los periodos.&lt;br&gt;&lt;br&gt;Comparaciones: &lt;i&gt;map&lt;/i&gt; (los valores propios de cada mapa), &lt;i&gt;vs_baseline&lt;/i&gt; (cada periodo frente a la referencia) y &lt;i&gt;vs_previous&lt;/i&gt; (cada periodo frente al anterior; para el primer periodo, la referencia), las dos últimas mediante la matriz de estado ampliada del addendum de la Guía de Buenas Prácticas, agrupada en degradado (1-3), estable (4) y mejorado (5-7).&lt;br&gt;&lt;br&gt;{BALANCE}: por zona, comparación y tipo de tierra, el área degradada, estable y mejorada, el balance neto (mejorado - degradado) en ha y en % del tipo de tierra, y si se alcanza la neutralidad (neto &gt;= 0). {COUNTERBALANCE}: pérdidas, ganancias, la parte de las pérdidas compensada por ganancias del mismo tipo de tierra, el déficit restante y el superávit (nunca trasladado a otro tipo de tierra); la fila total muestra el balance neto agregado junto al déficit de igual por igual. {PERIOD_STATUS}: una fila por periodo con su estado, y un gráfico ({CHART}). Los totales son las sumas de las filas de tipos de tierra, que suman el área válida; el área sin datos se indica en su propia fila. {DEFICIT}: una banda por periodo, con el código del tipo de tierra donde ese tipo de tierra está en déficit frente a la referencia, y 0 donde no lo está.</translation>
    </message>
    <message>
      <source>Land cover for the water mask (optional)</source>
      <translation type="vanished">Cobertura del suelo para la máscara de agua (opcional)</translation>
    </message>
    <message>
      <source>Land cover: loss is a change from a natural vegetation code to any other code. Tree cover: loss is a drop of tree cover (0-100 %) of at least the threshold.</source>
      <translation type="vanished">Cobertura del suelo: la pérdida es un cambio de un código de vegetación natural a cualquier otro código. Cubierta arbórea: la pérdida es un descenso de la cubierta arbórea (0-100 %) de al menos el umbral.</translation>
    </message>
    <message>
      <source>Land productivity (LPD, offline)…</source>
      <translation type="vanished">Productividad de la tierra (LPD, sin conexión)…</translation>
    </message>
    <message>
      <source>Land unit field</source>
      <translation type="vanished">Campo de unidad de tierra</translation>
    </message>
    <message>
      <source>Land unit id field</source>
      <translation type="vanished">Campo de identificador de la unidad de tierra</translation>
    </message>
    <message>
      <source>Land units (optional)</source>
      <translation type="vanished">Unidades de tierra (opcional)</translation>
    </message>
    <message>
      <source>Land units (polygons)</source>
      <translation type="vanished">Unidades de tierra (polígonos)</translation>
    </message>
    <message>
      <source>Land units (raster)</source>
      <translation type="vanished">Unidades de tierra (ráster)</translation>
    </message>
    <message>
      <source>Land-cover map defining the land types (band 1, whole-number class codes).</source>
      <translation type="vanished">Mapa de cobertura del suelo que define los tipos de tierra (banda 1, códigos de clase enteros).</translation>
    </message>
    <message>
      <source>Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition matrix (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;Both maps are first reclassified to the 7 UNCCD classes (1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not cover is never turned into nodata silently: the run stops and lists every such code of each map, and nothing is written.&lt;br&gt;&lt;br&gt;Each pixel takes the matrix value of its transition (row = initial class, column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. Edit it in the table or give a CSV of the same layout.&lt;br&gt;&lt;br&gt;Optional outputs: the transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.</source>
      <translation type="vanished">Subindicador de cobertura del suelo del ODS 15.3.1: compara un mapa de cobertura del suelo inicial y uno final mediante una matriz de transición (Guía de Buenas Prácticas de la CNULD v2).&lt;br&gt;&lt;br&gt;Ambos mapas se reclasifican primero en las 7 clases CNULD (1 Cubierta arbórea, 2 Pastizales, 3 Tierras de cultivo, 4 Humedal, 5 Artificial, 6 Otras tierras, 7 Masa de agua): si ya están en estas clases, mediante el preajuste ESA CCI integrado o mediante su propia tabla. Un código que la leyenda no cubre nunca se convierte en sin datos sin avisar: la ejecución se detiene y enumera todos esos códigos de cada mapa, y no se escribe nada.&lt;br&gt;&lt;br&gt;Cada píxel toma el valor de la matriz para su transición (fila = clase inicial, columna = clase final): -1 degradado, 0 estable, +1 mejorado (Int16, sin datos -32768 donde alguno de los mapas no tiene datos). La matriz por defecto es la de la CNULD (resources/data/unccd_transition_matrix.csv): p. ej., de Cubierta arbórea a Tierras de cultivo es degradación, de Tierras de cultivo a Cubierta arbórea es mejora, y cualquier transición hacia o desde Masa de agua es estable. Edítela en la tabla o indique un CSV con la misma disposición.&lt;br&gt;&lt;br&gt;Salidas opcionales: los códigos de transición inicial × 10 + final (p. ej., 13 = Cubierta arbórea → Tierras de cultivo; Byte, sin datos 0) y una tabla del área de cada una de las 49 transiciones en hectáreas (áreas reales de los píxeles sobre el elipsoide), con su valor en la matriz.</translation>
    </message>
    <message>
      <source>Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition matrix (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;Both maps are first reclassified to the 7 UNCCD classes (1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not cover is never turned into nodata silently: the run stops and lists every such code of each map, and nothing is written.&lt;br&gt;&lt;br&gt;Each pixel takes the matrix value of its transition (row = initial class, column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. Edit it in {MATRIX_TABLE} or give a CSV of the same layout ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Optional outputs: the transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.</source>
      <translation type="vanished">Subindicador de cobertura del suelo del ODS 15.3.1: compara un mapa de cobertura del suelo inicial y uno final mediante una matriz de transición (Guía de Buenas Prácticas de la CNULD v2).&lt;br&gt;&lt;br&gt;Ambos mapas se reclasifican primero en las 7 clases CNULD (1 Cubierta arbórea, 2 Pastizales, 3 Tierras de cultivo, 4 Humedal, 5 Artificial, 6 Otras tierras, 7 Masa de agua): si ya están en estas clases, mediante el preajuste ESA CCI integrado o mediante su propia tabla. Un código que la leyenda no cubre nunca se convierte en sin datos sin avisar: la ejecución se detiene y enumera todos esos códigos de cada mapa, y no se escribe nada.&lt;br&gt;&lt;br&gt;Cada píxel toma el valor de la matriz para su transición (fila = clase inicial, columna = clase final): -1 degradado, 0 estable, +1 mejorado (Int16, sin datos -32768 donde alguno de los mapas no tiene datos). La matriz por defecto es la de la CNULD (resources/data/unccd_transition_matrix.csv): p. ej., de Cubierta arbórea a Tierras de cultivo es degradación, de Tierras de cultivo a Cubierta arbórea es mejora, y cualquier transición hacia o desde Masa de agua es estable. Edítela en {MATRIX_TABLE} o indique un CSV con la misma disposición ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Salidas opcionales: los códigos de transición inicial × 10 + final (p. ej., 13 = Cubierta arbórea → Tierras de cultivo; Byte, sin datos 0) y una tabla del área de cada una de las 49 transiciones en hectáreas (áreas reales de los píxeles sobre el elipsoide), con su valor en la matriz.</translation>
    </message>
    <message>
      <source>Legend of the land-cover maps (the same for both). 'Already UNCCD classes 1-7': 1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body. 'ESA CCI': the ESA CCI / C3S land-cover codes (10-220) with the standard SDG 15.3.1 aggregation (resources/data/esa_cci_to_unccd.csv). 'Custom': your own table (below). A code the legend does not cover stops the run with the list of every such code.</source>
      <translation type="vanished">Leyenda de los mapas de cobertura del suelo (la misma para ambos). 'Ya en clases CNULD 1-7': 1 Cubierta arbórea, 2 Pastizales, 3 Tierras de cultivo, 4 Humedal, 5 Artificial, 6 Otras tierras, 7 Masa de agua. 'ESA CCI': los códigos de cobertura del suelo de ESA CCI / C3S (10-220) con la agregación estándar del ODS 15.3.1 (resources/data/esa_cci_to_unccd.csv). 'Personalizada': su propia tabla (más abajo). Un código que la leyenda no cubre detiene la ejecución con la lista de todos esos códigos.</translation>
    </message>
    <message>
      <source>Level</source>
      <translation type="vanished">Nivel</translation>
    </message>
    <message>
      <source>Manual method: increasing inner class limits, e.g. 0.25,0.5,0.75 for 4 classes; a value equal to a limit goes to the lower class.</source>
      <translation type="vanished">Método manual: límites interiores de clase crecientes, p. ej., 0.25,0.5,0.75 para 4 clases; un valor igual a un límite va a la clase inferior.</translation>
    </message>
    <message>
      <source>Name of the period this layer describes (e.g. baseline, report_1), matched against the periods field of the recode polygons.</source>
      <translation type="vanished">Nombre del periodo que describe esta capa (p. ej., baseline, report_1), comparado con el campo de periodos de los polígonos de recodificación.</translation>
    </message>
    <message>
      <source>Names of the categories 0..n separated by ';' (one more than the breaks), used in the table and the legend. Empty: the default names when there are 4 categories, else 'Category 0', 'Category 1', ...</source>
      <translation type="vanished">Nombres de las categorías 0..n separados por ';' (uno más que los cortes), usados en la tabla y en la leyenda. Vacío: los nombres por defecto cuando hay 4 categorías; si no, 'Categoría 0', 'Categoría 1', ...</translation>
    </message>
    <message>
      <source>One band per period: land type code where it is in deficit against the baseline, 0 where not (Int32, nodata -1).</source>
      <translation type="vanished">Una banda por periodo: código del tipo de tierra donde está en déficit frente a la referencia, 0 donde no (Int32, sin datos -1).</translation>
    </message>
    <message>
      <source>One raster per criterion (band 1 is used), e.g. vegetation-cover loss 0/1, fragmentation classes, productivity -1/0/+1 or LPD 1-5, a continuous index. Their order gives the criterion numbers 1, 2, ... used in the rules.</source>
      <translation type="vanished">Un ráster por criterio (se usa la banda 1), p. ej., pérdida de cobertura vegetal 0/1, clases de fragmentación, productividad -1/0/+1 o LPD 1-5, un índice continuo. Su orden da los números de criterio 1, 2, ... usados en las reglas.</translation>
    </message>
    <message>
      <source>One row per criterion: criterion number (1-based position in the criteria list), type (thresholds, reclass or preset), rule text (e.g. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' or '-1:3; 0:0; 1:0' or 'lpd_5class') and weight (0 or more; empty = 1).</source>
      <translation type="vanished">Una fila por criterio: número de criterio (posición, empezando por 1, en la lista de criterios), tipo (thresholds, reclass o preset), texto de la regla (p. ej., '&lt;=-0.1:3; &lt;=0:1; &gt;0:0', '-1:3; 0:0; 1:0' o 'lpd_5class') y peso (0 o más; vacío = 1).</translation>
    </message>
    <message>
      <source>One row per feature (feature_id, site_name, level ok/warning/error, reason) plus project problems; written even when errors stop the run.</source>
      <translation type="vanished">Una fila por entidad (feature_id, site_name, level ok/warning/error, reason) más los problemas del proyecto; se escribe incluso cuando los errores detienen la ejecución.</translation>
    </message>
    <message>
      <source>One weight per criterion, comma-separated, in the order of the criteria (e.g. the WEIGHTS output of t2monitor:ahpweights). They are normalised to sum 1.</source>
      <translation type="vanished">Un peso por criterio, separados por comas, en el orden de los criterios (p. ej., la salida WEIGHTS de t2monitor:ahpweights). Se normalizan para sumar 1.</translation>
    </message>
    <message>
      <source>Optional CSV with the header criterion,type,rule,weight (one row per criterion; quote the rule text if it holds commas) or JSON list of objects with these keys. Takes precedence over the rules table.</source>
      <translation type="vanished">CSV opcional con el encabezado criterion,type,rule,weight (una fila por criterio; ponga el texto de la regla entre comillas si contiene comas) o lista JSON de objetos con estas claves. Tiene prioridad sobre la tabla de reglas.</translation>
    </message>
    <message>
      <source>Optional CSV with the layout of resources/data/ipcc_soc_factors.csv (columns initial, final, then one column per climate zone whose header starts with the zone code). Takes precedence over the table.</source>
      <translation type="vanished">CSV opcional con la disposición de resources/data/ipcc_soc_factors.csv (columnas initial, final y luego una columna por zona climática cuyo encabezado empieza por el código de la zona). Tiene prioridad sobre la tabla.</translation>
    </message>
    <message>
      <source>Optional CSV with the same layout as resources/data/unccd_transition_matrix.csv (a header row of the final classes 1-7, then one row per initial class 1-7, each starting with its label). Takes precedence over the matrix table.</source>
      <translation type="vanished">CSV opcional con la misma disposición que resources/data/unccd_transition_matrix.csv (una fila de encabezado con las clases finales 1-7 y luego una fila por clase inicial 1-7, cada una empezando por su etiqueta). Tiene prioridad sobre la tabla de la matriz.</translation>
    </message>
    <message>
      <source>Optional cross-tabulation in matrix form (hectares): per zone, one row per class of map A, one column b_&lt;class&gt; per class of map B, with totals.</source>
      <translation type="vanished">Tabulación cruzada opcional en forma de matriz (hectáreas): por zona, una fila por clase del mapa A y una columna b_&lt;class&gt; por clase del mapa B, con totales.</translation>
    </message>
    <message>
      <source>Optional land units or soils combined with the land cover: a raster of whole numbers 0-9999 (land type = UNCCD class x 10000 + unit), or polygons (land type = UNCCD class x 10000 + the unit's position in the natural order of {LAND_UNIT_FIELD} values, from 1; a pixel takes the polygon covering most of it; tables name it).</source>
      <translation type="vanished">Unidades de tierra o suelos opcionales combinados con la cobertura del suelo: un ráster de números enteros 0-9999 (tipo de tierra = clase CNULD x 10000 + unidad) o polígonos (tipo de tierra = clase CNULD x 10000 + la posición de la unidad en el orden natural de los valores de {LAND_UNIT_FIELD}, desde 1; un píxel toma el polígono que cubre la mayor parte de él; las tablas le dan nombre).</translation>
    </message>
    <message>
      <source>Optional land-unit or soil polygons combined with the land cover (instead of {LAND_UNITS}): land type = UNCCD class x 10000 + the unit's position in the natural order of {LAND_UNIT_FIELD} values (from 1); tables name it.</source>
      <translation type="vanished">Polígonos opcionales de unidades de tierra o de suelos combinados con la cobertura del suelo (en lugar de {LAND_UNITS}): tipo de tierra = clase CNULD x 10000 + la posición de la unidad en el orden natural de los valores de {LAND_UNIT_FIELD} (desde 1); las tablas le dan nombre.</translation>
    </message>
    <message>
      <source>Optional land-unit or soil raster (whole numbers 0-9999) combined with the land cover: land type = UNCCD class x 10000 + unit.</source>
      <translation type="vanished">Ráster opcional de unidades de tierra o de suelos (números enteros 0-9999) combinado con la cobertura del suelo: tipo de tierra = clase CNULD x 10000 + unidad.</translation>
    </message>
    <message>
      <source>Optional transition codes initial × 10 + final in UNCCD classes (11-77, Byte, nodata 0), styled with readable labels.</source>
      <translation type="vanished">Códigos de transición opcionales inicial × 10 + final en clases CNULD (11-77, Byte, sin datos 0), con estilo de etiquetas legibles.</translation>
    </message>
    <message>
      <source>Per class: mapped and estimated area (ha) with standard error, 95 % interval, user's and producer's accuracy with 95 % intervals, sample counts.</source>
      <translation type="vanished">Por clase: área cartografiada y estimada (ha) con error estándar, intervalo del 95 %, exactitud del usuario y del productor con intervalos del 95 %, recuentos de la muestra.</translation>
    </message>
    <message>
      <source>Per stratum: pixels, area, weight, expected user's accuracy, points allocated and inclusion probability.</source>
      <translation type="vanished">Por estrato: píxeles, área, peso, exactitud del usuario esperada, puntos asignados y probabilidad de inclusión.</translation>
    </message>
    <message>
      <source>Pixels with a significant decline</source>
      <translation type="vanished">Píxeles con un descenso significativo</translation>
    </message>
    <message>
      <source>Pixels with a significant increase</source>
      <translation type="vanished">Píxeles con un aumento significativo</translation>
    </message>
    <message>
      <source>Pixels without a significant trend</source>
      <translation type="vanished">Píxeles sin tendencia significativa</translation>
    </message>
    <message>
      <source>Polygons of degraded land (the baseline), instead of a raster; any CRS; overlaps count once.</source>
      <translation type="vanished">Polígonos de tierras degradadas (la referencia), en lugar de un ráster; cualquier SRC; las superposiciones cuentan una sola vez.</translation>
    </message>
    <message>
      <source>Polygons of the land units (any CRS), burned onto the productivity grid by pixel centre. Used when no land units raster is given.</source>
      <translation type="vanished">Polígonos de las unidades de tierra (cualquier SRC), rasterizados sobre la cuadrícula de productividad según el centro del píxel. Se usan cuando no se indica un ráster de unidades de tierra.</translation>
    </message>
    <message>
      <source>Protected areas and OECMs (optional)</source>
      <translation type="vanished">Áreas protegidas y OMEC (opcional)</translation>
    </message>
    <message>
      <source>Raster of whole-number land unit ids (band 1) on the productivity grid (e.g. land cover x soil). Give this or a polygon layer.</source>
      <translation type="vanished">Ráster de identificadores enteros de unidades de tierra (banda 1) en la cuadrícula de productividad (p. ej., cobertura del suelo x suelo). Indique este o una capa de polígonos.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation type="vanished">Motivo</translation>
    </message>
    <message>
      <source>Rescales one criterion raster (slope, distance, erosion risk, land overuse...) to a common 0..1 score (1 = most suitable for restoration), ROAM step 2.&lt;br&gt;&lt;br&gt;Methods (x = criterion value):&lt;ul&gt;&lt;li&gt;linear benefit: (x - MIN) / (MAX - MIN), clipped to 0..1;&lt;/li&gt;&lt;li&gt;linear cost: (MAX - x) / (MAX - MIN), clipped;&lt;/li&gt;&lt;li&gt;fuzzy linear: straight lines through the control points POINTS (value:score; ...), constant beyond the first and last point;&lt;/li&gt;&lt;li&gt;sigmoid increasing: 1 / (1 + exp(-SPREAD * (x - MIDPOINT)));&lt;/li&gt;&lt;li&gt;sigmoid decreasing: 1 / (1 + exp(SPREAD * (x - MIDPOINT)));&lt;/li&gt;&lt;li&gt;gaussian (near): exp(-((x - MIDPOINT) / SPREAD)^2), 1 at the midpoint;&lt;/li&gt;&lt;li&gt;value ranges: TABLE rows min, max, score; the first row with min &amp;lt;= x &amp;lt;= max applies (empty min or max = open);&lt;/li&gt;&lt;li&gt;categories: TABLE rows code, score (leave the max column empty).&lt;/li&gt;&lt;/ul&gt;Empty MIN or MAX: the exact minimum or maximum of the raster's valid pixels (a first pass over the whole raster). A criterion with MAX = MIN is refused. Values matching no range or code become nodata and are reported.&lt;br&gt;&lt;br&gt;Output: Float32, nodata -9999; the method and its parameters are stored as metadata items (T2M_STANDARDIZE_*) of the file.</source>
      <translation type="vanished">Reescala un ráster de criterio (pendiente, distancia, riesgo de erosión, sobreuso de la tierra...) a una puntuación común 0..1 (1 = más apto para la restauración), paso 2 de ROAM.&lt;br&gt;&lt;br&gt;Métodos (x = valor del criterio):&lt;ul&gt;&lt;li&gt;beneficio lineal: (x - MIN) / (MAX - MIN), recortado a 0..1;&lt;/li&gt;&lt;li&gt;coste lineal: (MAX - x) / (MAX - MIN), recortado;&lt;/li&gt;&lt;li&gt;lineal difuso: rectas que pasan por los puntos de control POINTS (valor:puntuación; ...), constante más allá del primer y del último punto;&lt;/li&gt;&lt;li&gt;sigmoide creciente: 1 / (1 + exp(-SPREAD * (x - MIDPOINT)));&lt;/li&gt;&lt;li&gt;sigmoide decreciente: 1 / (1 + exp(SPREAD * (x - MIDPOINT)));&lt;/li&gt;&lt;li&gt;gaussiana (cerca): exp(-((x - MIDPOINT) / SPREAD)^2), 1 en el punto medio;&lt;/li&gt;&lt;li&gt;rangos de valores: filas de TABLE min, max, puntuación; se aplica la primera fila con min &amp;lt;= x &amp;lt;= max (min o max vacío = abierto);&lt;/li&gt;&lt;li&gt;categorías: filas de TABLE código, puntuación (deje vacía la columna max).&lt;/li&gt;&lt;/ul&gt;MIN o MAX vacío: el mínimo o el máximo exacto de los píxeles válidos del ráster (una primera pasada por todo el ráster). Un criterio con MAX = MIN se rechaza. Los valores que no coinciden con ningún rango ni código pasan a sin datos y se notifican.&lt;br&gt;&lt;br&gt;Salida: Float32, sin datos -9999; el método y sus parámetros se guardan como elementos de metadatos (T2M_STANDARDIZE_*) del archivo.</translation>
    </message>
    <message>
      <source>Restoration priority overlay…</source>
      <translation type="vanished">Superposición de prioridad de restauración…</translation>
    </message>
    <message>
      <source>Restoration progress towards 2030…</source>
      <translation type="vanished">Avance de la restauración hacia 2030…</translation>
    </message>
    <message>
      <source>Restoration type field (optional)</source>
      <translation type="vanished">Campo de tipo de restauración (opcional)</translation>
    </message>
    <message>
      <source>Restoration_Type field</source>
      <translation type="vanished">Campo Restoration_Type</translation>
    </message>
    <message>
      <source>Restoration_Type fixed value</source>
      <translation type="vanished">Valor fijo de Restoration_Type</translation>
    </message>
    <message>
      <source>Rows of land-use code, capability class and signed steps (0 proper use, k &gt; 0 overuse by k steps, k &lt; 0 underuse). Takes precedence over the table file. Empty: the table file, or the default table.</source>
      <translation type="vanished">Filas de código de uso de la tierra, clase de capacidad y pasos con signo (0 uso adecuado, k &gt; 0 sobreuso de k pasos, k &lt; 0 subuso). Tiene prioridad sobre el archivo de tabla. Vacío: el archivo de tabla o la tabla por defecto.</translation>
    </message>
    <message>
      <source>SDG 15.3.1 indicator…</source>
      <translation type="vanished">Indicador ODS 15.3.1…</translation>
    </message>
    <message>
      <source>Sigmoid steepness (per unit of x) or gaussian width (the score is 1/e at MIDPOINT +- SPREAD); greater than 0.</source>
      <translation type="vanished">Pendiente de la sigmoide (por unidad de x) o anchura de la gaussiana (la puntuación es 1/e en MIDPOINT +- SPREAD); mayor que 0.</translation>
    </message>
    <message>
      <source>Site</source>
      <translation type="vanished">Sitio</translation>
    </message>
    <message>
      <source>Site name field (optional)</source>
      <translation type="vanished">Campo de nombre del sitio (opcional)</translation>
    </message>
    <message>
      <source>Site_Id field</source>
      <translation type="vanished">Campo Site_Id</translation>
    </message>
    <message>
      <source>Site_Id fixed value</source>
      <translation type="vanished">Valor fijo de Site_Id</translation>
    </message>
    <message>
      <source>Site_Name field</source>
      <translation type="vanished">Campo Site_Name</translation>
    </message>
    <message>
      <source>Site_Name fixed value</source>
      <translation type="vanished">Valor fijo de Site_Name</translation>
    </message>
    <message>
      <source>Soil organic carbon (SOC) sub-indicator of SDG 15.3.1: percent change of the SOC stock, classified -1 degraded / 0 stable / +1 improved (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Two SOC maps&lt;/b&gt;: the change between an initial and a final SOC map (same units).&lt;br&gt;&lt;b&gt;Baseline stepped with land cover&lt;/b&gt; (default): the final stock is the baseline stock times the stock-change factor of the pixel's land-cover transition (both maps reclassified to the UNCCD classes) in its IPCC climate zone. Default factors (resources/data/ipcc_soc_factors.csv): Tree-covered or Grassland → Cropland: IPCC land-use factor of the climate zone (temperate/boreal/polar dry 0.80, moist 0.69; tropical dry 0.58, moist and wet 0.48, montane 0.64); Cropland → Tree-covered or Grassland: 1/factor; Wetland → Cropland 0.71 and back 1/0.71; any class → Artificial 0.1; every other conversion, and every class that does not change, 1. The full factor applies whatever the time between the land-cover maps.&lt;br&gt;&lt;br&gt;Change = 100 × (final − initial) / initial; change ≤ −threshold → -1, ≥ +threshold → +1, else 0 (threshold 10 % by default). Nodata (-32768) where an input is nodata, where the initial stock is 0 or less, and on water: final land cover class 7 Water body, or a non-zero pixel of the optional water mask. Land-cover codes the legend does not cover and climate zones the factor table has no column for stop the run with the list of every such code; nothing is written.</source>
      <translation type="vanished">Subindicador de carbono orgánico del suelo (COS) del ODS 15.3.1: cambio porcentual de las existencias de COS, clasificado como -1 degradado / 0 estable / +1 mejorado (Guía de Buenas Prácticas de la CNULD v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Dos mapas de COS&lt;/b&gt;: el cambio entre un mapa de COS inicial y uno final (mismas unidades).&lt;br&gt;&lt;b&gt;Referencia escalonada con la cobertura del suelo&lt;/b&gt; (por defecto): las existencias finales son las existencias de referencia multiplicadas por el factor de cambio de existencias de la transición de cobertura del suelo del píxel (ambos mapas reclasificados en las clases CNULD) en su zona climática del IPCC. Factores por defecto (resources/data/ipcc_soc_factors.csv): Cubierta arbórea o Pastizales → Tierras de cultivo: factor de uso de la tierra del IPCC de la zona climática (templada/boreal/polar seca 0,80, húmeda 0,69; tropical seca 0,58, húmeda y muy húmeda 0,48, montana 0,64); Tierras de cultivo → Cubierta arbórea o Pastizales: 1/factor; Humedal → Tierras de cultivo 0,71 y a la inversa 1/0,71; cualquier clase → Artificial 0,1; cualquier otra conversión, y cualquier clase que no cambia, 1. El factor completo se aplica sea cual sea el tiempo transcurrido entre los mapas de cobertura del suelo.&lt;br&gt;&lt;br&gt;Cambio = 100 × (final − inicial) / inicial; cambio ≤ −umbral → -1, ≥ +umbral → +1 y, si no, 0 (umbral del 10 % por defecto). Sin datos (-32768) donde una entrada no tiene datos, donde las existencias iniciales son 0 o menos, y en el agua: clase 7 Masa de agua de la cobertura final, o un píxel distinto de cero de la máscara de agua opcional. Los códigos de cobertura del suelo que la leyenda no cubre y las zonas climáticas para las que la tabla de factores no tiene columna detienen la ejecución con la lista de todos esos códigos; no se escribe nada.</translation>
    </message>
    <message>
      <source>Soil organic carbon degradation (optional)</source>
      <translation type="vanished">Degradación del carbono orgánico del suelo (opcional)</translation>
    </message>
    <message>
      <source>Standardising {layer} by ranges or categories needs a TABLE of scores.</source>
      <translation type="vanished">Estandarizar {layer} por rangos o categorías necesita una TABLE de puntuaciones.</translation>
    </message>
    <message>
      <source>Start_Year field</source>
      <translation type="vanished">Campo Start_Year</translation>
    </message>
    <message>
      <source>Start_Year fixed value</source>
      <translation type="vanished">Valor fijo de Start_Year</translation>
    </message>
    <message>
      <source>State sub-indicator of land productivity (SDG 15.3.1): is the recent productivity of a pixel much lower or higher than in its own baseline?&lt;br&gt;&lt;br&gt;Per pixel, the valid values of the baseline years are cut into deciles (9 cut points at their 10 ... 90 % percentiles, linear interpolation as numpy's default). The baseline mean and the recent-period mean each get a decile class 1-10: class 1 up to the 10 % cut, class k above cut k-1 and up to cut k, class 10 above the 90 % cut (a value equal to a cut falls in the lower class, as in Trends.Earth). The change is recent class minus baseline class; OUTPUT is -1 where the change is at most -THRESHOLD, +1 where it is at least +THRESHOLD, else 0 (Int16, nodata -32768). CHANGE optionally keeps the class change (-9 to +9).&lt;br&gt;&lt;br&gt;Defaults: the recent period is the last 3 years of the series and the baseline runs from the first year to the year before the recent period. Years with nodata are left out of the deciles and means; pixels with fewer than MIN_YEARS valid baseline years, or no valid recent year, are nodata.</source>
      <translation type="vanished">Subindicador de estado de la productividad de la tierra (ODS 15.3.1): ¿es la productividad reciente de un píxel mucho menor o mayor que en su propio periodo de referencia?&lt;br&gt;&lt;br&gt;Por píxel, los valores válidos de los años de referencia se dividen en deciles (9 puntos de corte en sus percentiles 10 ... 90 %, con interpolación lineal como en numpy por defecto). La media de referencia y la media del periodo reciente reciben cada una una clase de decil 1-10: clase 1 hasta el corte del 10 %, clase k por encima del corte k-1 y hasta el corte k, clase 10 por encima del corte del 90 % (un valor igual a un corte cae en la clase inferior, como en Trends.Earth). El cambio es la clase reciente menos la clase de referencia; OUTPUT es -1 donde el cambio es como máximo -THRESHOLD, +1 donde es al menos +THRESHOLD y, si no, 0 (Int16, sin datos -32768). CHANGE conserva opcionalmente el cambio de clase (-9 a +9).&lt;br&gt;&lt;br&gt;Valores por defecto: el periodo reciente son los 3 últimos años de la serie y la referencia va del primer año al año anterior al periodo reciente. Los años sin datos se excluyen de los deciles y las medias; los píxeles con menos de MIN_YEARS años de referencia válidos, o sin ningún año reciente válido, quedan sin datos.</translation>
    </message>
    <message>
      <source>State {label}: {down} degraded, {flat} stable, {up} improved pixel(s).</source>
      <translation type="vanished">Estado {label}: {down} degradados, {flat} estables, {up} píxel(es) mejorado(s).</translation>
    </message>
    <message>
      <source>Status field (optional)</source>
      <translation type="vanished">Campo de estado (opcional)</translation>
    </message>
    <message>
      <source>Stepped method without a climate raster: the one IPCC climate zone of the whole area.</source>
      <translation type="vanished">Método escalonado sin ráster climático: la única zona climática del IPCC de toda el área.</translation>
    </message>
    <message>
      <source>Stepped method: raster of IPCC climate-zone codes matching the factor table's columns (1 Warm temperate moist … 12 Tropical dry). Takes precedence over the single zone.</source>
      <translation type="vanished">Método escalonado: ráster de códigos de zona climática del IPCC que coinciden con las columnas de la tabla de factores (1 Warm temperate moist … 12 Tropical dry). Tiene prioridad sobre la zona única.</translation>
    </message>
    <message>
      <source>Summary tables of the SDG 15.3.1 indicator, one per period, in the order of the period names.</source>
      <translation type="vanished">Tablas de resumen del indicador ODS 15.3.1, una por periodo, en el orden de los nombres de los periodos.</translation>
    </message>
    <message>
      <source>Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights); its rows are matched to the criteria by order. Used instead of WEIGHTS when given.</source>
      <translation type="vanished">Tabla con los campos criterion y weight (p. ej., la tabla de t2monitor:ahpweights); sus filas se asocian a los criterios por orden. Se usa en lugar de WEIGHTS cuando se indica.</translation>
    </message>
    <message>
      <source>Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights); its rows are matched to the criteria by order. Used instead of {WEIGHTS} when given.</source>
      <translation type="vanished">Tabla con los campos criterion y weight (p. ej., la tabla de t2monitor:ahpweights); sus filas se asocian a los criterios por orden. Se usa en lugar de {WEIGHTS} cuando se indica.</translation>
    </message>
    <message>
      <source>Tenure field</source>
      <translation type="vanished">Campo Tenure</translation>
    </message>
    <message>
      <source>Tenure fixed value</source>
      <translation type="vanished">Valor fijo de Tenure</translation>
    </message>
    <message>
      <source>Tests how the top priority class (the highest class of t2monitor:priorityclasses) reacts to changes of the weights of t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;One-at-a-time&lt;/b&gt;: each weight in turn is lowered and raised by CHANGE_PERCENT % (then all weights are renormalised to sum 1). &lt;b&gt;Monte Carlo&lt;/b&gt;: RUNS weight sets, each weight multiplied by a random factor uniform in [1 - x, 1 + x] (x = CHANGE_PERCENT / 100, generator seeded with SEED, so runs are reproducible), renormalised.&lt;br&gt;&lt;br&gt;Every weight set gives a suitability (same exclusions and nodata as the overlay) classified with its own global breaks: exact min-max for equal interval, and for quantile and Jenks a fixed reproducible pixel sample of the criteria on which every run's suitability is computed (up to 100 000 pixels for quantiles, SAMPLE_SIZE for Jenks). The data are read twice whatever the number of runs: once for the breaks, once to compute all runs block by block.&lt;br&gt;&lt;br&gt;OUTPUT: share (0..1) of the Monte Carlo runs in which each pixel is in the top class; -1 excluded; nodata -9999. TABLE: the base run, the one-at-a-time runs (top-class area in ha and its change against the base run) and the Monte Carlo mean, minimum and maximum top-class area.</source>
      <translation type="vanished">Prueba cómo reacciona la clase de prioridad superior (la clase más alta de t2monitor:priorityclasses) a los cambios de los pesos de t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;Uno a uno&lt;/b&gt;: cada peso, por turnos, se reduce y se aumenta en CHANGE_PERCENT % (después, todos los pesos se renormalizan para sumar 1). &lt;b&gt;Monte Carlo&lt;/b&gt;: RUNS conjuntos de pesos, cada peso multiplicado por un factor aleatorio uniforme en [1 - x, 1 + x] (x = CHANGE_PERCENT / 100, generador con semilla SEED, de modo que las ejecuciones son reproducibles), renormalizados.&lt;br&gt;&lt;br&gt;Cada conjunto de pesos da una aptitud (mismas exclusiones y valores sin datos que la superposición) clasificada con sus propios cortes globales: mínimo-máximo exacto para intervalos iguales y, para cuantiles y Jenks, una muestra fija y reproducible de píxeles de los criterios sobre la que se calcula la aptitud de cada ejecución (hasta 100 000 píxeles para cuantiles, SAMPLE_SIZE para Jenks). Los datos se leen dos veces sea cual sea el número de ejecuciones: una para los cortes y otra para calcular todas las ejecuciones bloque a bloque.&lt;br&gt;&lt;br&gt;OUTPUT: proporción (0..1) de las ejecuciones de Monte Carlo en que cada píxel está en la clase superior; -1 excluido; sin datos -9999. TABLE: la ejecución base, las ejecuciones uno a uno (área de la clase superior en ha y su cambio respecto a la ejecución base) y la media, el mínimo y el máximo del área de la clase superior en Monte Carlo.</translation>
    </message>
    <message>
      <source>The FERM API at {url} did not answer within {seconds} s. Check your connection and try again.</source>
      <translation type="vanished">La API de FERM en {url} no respondió en {seconds} s. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>The FERM API key could not be read from the QGIS authentication database (configuration {authcfg}).</source>
      <translation type="vanished">No se pudo leer la clave de API de FERM de la base de datos de autenticación de QGIS (configuración {authcfg}).</translation>
    </message>
    <message>
      <source>The FERM export failed: {error}</source>
      <translation type="vanished">Falló la exportación a FERM: {error}</translation>
    </message>
    <message>
      <source>The class-change threshold (THRESHOLD) must be between 1 and 9, not {value}.</source>
      <translation type="vanished">El umbral de cambio de clase (THRESHOLD) debe estar entre 1 y 9, no {value}.</translation>
    </message>
    <message>
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there. Choose a folder you can write to.</source>
      <translation type="vanished">No se puede escribir en la carpeta {folder}, así que la salida {output} no puede guardarse allí. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
      <source>The national report as a document: a multi-page PDF made with a QGIS print layout from the outputs of the workflow, in English, Spanish, French or Portuguese ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Pages:&lt;/b&gt; title page ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, plugin version); the map of each indicator given (SDG 15.3.1, degradation status, restoration priority) with legend, scale bar, north arrow, graticule and source line; the headline table (degraded land and its proportion, area under restoration, its percentage of the degraded baseline, the target and what remains to reach it) with the chart of progress towards 2030; the per-zone table; a methods page written from the parameters actually used (read from the input tables, the input layers and their dates, and the workflow runs of {METHODS_FILE}); with {ATLAS}, one page per zone.&lt;br&gt;&lt;br&gt;The figures are those of the input tables, unchanged, with the number format of the language (decimal comma in es/fr/pt). The layout is a template (.qpt) whose items are filled by their ids: copy resources/layouts/t2_report.qpt, restyle it in the layout designer and give it as {TEMPLATE_FILE}; a template without the required item ids is refused with their list. The chart is drawn with matplotlib when it is installed, else with the plugin's own SVG writer (vector in both cases). The PDF is written to a temporary file beside it and moved into place at the end, so a failed or cancelled run leaves no partial PDF.</source>
      <translation type="vanished">El informe nacional como documento: un PDF de varias páginas hecho con una composición de impresión de QGIS a partir de los resultados del flujo de trabajo, en inglés, español, francés o portugués ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Páginas:&lt;/b&gt; portada ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, versión del complemento); el mapa de cada indicador dado (ODS 15.3.1, estado de la degradación, prioridad de restauración) con leyenda, barra de escala, flecha del norte, retícula y línea de fuente; la tabla de cifras principales (tierra degradada y su proporción, superficie en restauración, su porcentaje de la referencia degradada, la meta y lo que falta para alcanzarla) con el gráfico del avance hacia 2030; la tabla por zona; una página de métodos escrita a partir de los parámetros realmente usados (leídos de las tablas de entrada, las capas de entrada y sus fechas, y las ejecuciones del flujo de trabajo de {METHODS_FILE}); con {ATLAS}, una página por zona.&lt;br&gt;&lt;br&gt;Las cifras son las de las tablas de entrada, sin cambios, con el formato numérico del idioma (coma decimal en es/fr/pt). La composición es una plantilla (.qpt) cuyos elementos se llenan por sus identificadores: copie resources/layouts/t2_report.qpt, cambie su estilo en el diseñador de composiciones y désela como {TEMPLATE_FILE}; una plantilla sin los identificadores requeridos se rechaza con su lista. El gráfico se dibuja con matplotlib cuando está instalado y, si no, con el escritor SVG propio del complemento (vectorial en ambos casos). El PDF se escribe en un archivo temporal a su lado y se mueve a su lugar al final, de modo que una ejecución fallida o cancelada no deja ningún PDF parcial.</translation>
    </message>
    <message>
      <source>The project file {path} cannot be read as JSON ({reason}).</source>
      <translation type="vanished">El archivo de proyecto {path} no puede leerse como JSON ({reason}).</translation>
    </message>
    <message>
      <source>The project file {path} must hold a JSON object.</source>
      <translation type="vanished">El archivo de proyecto {path} debe contener un objeto JSON.</translation>
    </message>
    <message>
      <source>The rules file {path} cannot be read ({reason}).</source>
      <translation type="vanished">No se puede leer el archivo de reglas {path} ({reason}).</translation>
    </message>
    <message>
      <source>The rules file {path} cannot be read as JSON ({reason}).</source>
      <translation type="vanished">El archivo de reglas {path} no puede leerse como JSON ({reason}).</translation>
    </message>
    <message>
      <source>The rules file {path} is not valid JSON ({reason}).</source>
      <translation type="vanished">El archivo de reglas {path} no es un JSON válido ({reason}).</translation>
    </message>
    <message>
      <source>The table file {path} cannot be read ({reason}). Save it as a UTF-8 CSV file.</source>
      <translation type="vanished">No se puede leer el archivo de tabla {path} ({reason}). Guárdelo como archivo CSV en UTF-8.</translation>
    </message>
    <message>
      <source>The weights table {layer} has no field named weight.</source>
      <translation type="vanished">La tabla de pesos {layer} no tiene ningún campo llamado weight.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation type="vanished">Título</translation>
    </message>
    <message>
      <source>Trajectory sub-indicator of land productivity (SDG 15.3.1): the Mann-Kendall trend test of an annual vegetation index, pixel by pixel, on the years of the analysis period.&lt;br&gt;&lt;br&gt;Each pixel uses only its valid years (years with nodata are left out); pixels with fewer than MIN_YEARS valid years are nodata. S is the sum of the signs of all later-minus-earlier differences; its variance is n(n-1)(2n+5)/18 corrected for ties with the pixel's own groups of equal values; Z = (S-1)/sqrt(Var) for S &gt; 0, (S+1)/sqrt(Var) for S &lt; 0, else 0; p = 2(1 - Phi(|Z|)) is two-sided. OUTPUT is -1 where p &lt;= ALPHA and Z &lt; 0 (significant decline), +1 where p &lt;= ALPHA and Z &gt; 0 (significant increase), else 0 (Int16, nodata -32768).&lt;br&gt;&lt;br&gt;SLOPE is Sen's slope, the median of the slopes between all pairs of valid years, in the index's units per year (the band scale is applied: an NDVI stored x 10000 with scale 0.0001 gives NDVI per year). The optional Z and P rasters hold the test statistic and its p-value. The same statistics as pymannkendall's original_test, computed offline for every pixel.</source>
      <translation type="vanished">Subindicador de trayectoria de la productividad de la tierra (ODS 15.3.1): la prueba de tendencia de Mann-Kendall de un índice de vegetación anual, píxel a píxel, en los años del periodo de análisis.&lt;br&gt;&lt;br&gt;Cada píxel usa solo sus años válidos (los años sin datos se excluyen); los píxeles con menos de MIN_YEARS años válidos quedan sin datos. S es la suma de los signos de todas las diferencias entre un año posterior y uno anterior; su varianza es n(n-1)(2n+5)/18 corregida por empates con los propios grupos de valores iguales del píxel; Z = (S-1)/sqrt(Var) para S &gt; 0, (S+1)/sqrt(Var) para S &lt; 0 y, si no, 0; p = 2(1 - Phi(|Z|)) es bilateral. OUTPUT es -1 donde p &lt;= ALPHA y Z &lt; 0 (descenso significativo), +1 donde p &lt;= ALPHA y Z &gt; 0 (aumento significativo) y, si no, 0 (Int16, sin datos -32768).&lt;br&gt;&lt;br&gt;SLOPE es la pendiente de Sen, la mediana de las pendientes entre todos los pares de años válidos, en unidades del índice por año (se aplica la escala de banda: un NDVI almacenado x 10000 con escala 0.0001 da NDVI por año). Los rásteres opcionales Z y P contienen el estadístico de la prueba y su valor p. Son los mismos estadísticos que original_test de pymannkendall, calculados sin conexión para cada píxel.</translation>
    </message>
    <message>
      <source>Trajectory {start}-{end}: {down} pixel(s) with a significant decline, {flat} without a significant trend, {up} with a significant increase.</source>
      <translation type="vanished">Trayectoria {start}-{end}: {down} píxel(es) con un descenso significativo, {flat} sin tendencia significativa, {up} con un aumento significativo.</translation>
    </message>
    <message>
      <source>Value scored 0 (benefit) or 1 (cost) for MIN, the other end for MAX. Empty: the exact minimum / maximum of the raster.</source>
      <translation type="vanished">Valor con puntuación 0 (beneficio) o 1 (coste) para MIN, y el extremo opuesto para MAX. Vacío: el mínimo / máximo exacto del ráster.</translation>
    </message>
    <message>
      <source>Weights (w1,w2,...)</source>
      <translation type="vanished">Pesos (w1,w2,...)</translation>
    </message>
    <message>
      <source>Weights table</source>
      <translation type="vanished">Tabla de pesos</translation>
    </message>
    <message>
      <source>Writes the area under restoration (GBF headline indicator 2.1) as the national indicator data template of the CBD Online Reporting Tool: a workbook (sheet 'Indicator data') whose header row is exactly the 9 columns the ORT upload checks (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote), and optionally the same rows as CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows&lt;/b&gt;, in the order of the input table: the national total (flag 'No', type and disaggregation 'Not applicable'), then one row per disaggregation value (flag 'Yes'). Biome zones named by an IUCN GET code or name (T1, T1 - Tropical-subtropical forests biome, T1.1) go under 'Biome' (level 2) or 'Ecosystem Functional Group' (level 3); protected-area zones named PA or OECM, and the '(outside)' row ('not a protected area or OECM'), under the PA/OECM type; activities given as FAO FERM codes or ORT names under 'Type of restoration activity'; indigenous territories by name. The category strings are written exactly as the ORT lists them (typos and invisible characters included). Administrative regions and restoration types go under 'Other' as 'Administrative region: name' / 'Restoration type: name'. A value that matches no ORT category (e.g. a protected area's own name) is also written under 'Other' ('Protected area/OECM: name') and listed in a warning.&lt;br&gt;&lt;br&gt;Value = area under restoration in the chosen unit. With an SDG 15.3.1 summary, rows of the complementary indicator 2.CT.1 (code 2.CT.1, percent of degraded land over total land area; national and per zone as 'Zone: name') follow; the ORT reads each indicator's rows by their code. Nothing is written when an input is not the expected table or is empty.</source>
      <translation type="vanished">Escribe el área en restauración (indicador principal 2.1 del MMB) como plantilla nacional de datos de indicadores de la herramienta de informes en línea (Online Reporting Tool) del CBD: un libro (hoja 'Indicator data') cuya fila de encabezado son exactamente las 9 columnas que comprueba la carga en ORT (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote) y, opcionalmente, las mismas filas como CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Filas&lt;/b&gt;, en el orden de la tabla de entrada: el total nacional (indicador 'No', tipo y desagregación 'Not applicable') y después una fila por cada valor de desagregación (indicador 'Yes'). Las zonas de bioma designadas por un código o nombre de la GET de la UICN (T1, T1 - Tropical-subtropical forests biome, T1.1) van en 'Biome' (nivel 2) o 'Ecosystem Functional Group' (nivel 3); las zonas de áreas protegidas denominadas PA u OECM, y la fila '(outside)' ('not a protected area or OECM'), en el tipo PA/OECM; las actividades indicadas como códigos de FERM de la FAO o nombres de ORT, en 'Type of restoration activity'; los territorios indígenas, por su nombre. Las cadenas de categoría se escriben exactamente como las enumera ORT (erratas y caracteres invisibles incluidos). Las regiones administrativas y los tipos de restauración van en 'Other' como 'Administrative region: nombre' / 'Restoration type: nombre'. Un valor que no coincide con ninguna categoría de ORT (p. ej., el nombre propio de un área protegida) también se escribe en 'Other' ('Protected area/OECM: nombre') y se enumera en una advertencia.&lt;br&gt;&lt;br&gt;Valor = área en restauración en la unidad elegida. Con un resumen del ODS 15.3.1, siguen las filas del indicador complementario 2.CT.1 (código 2.CT.1, porcentaje de tierra degradada sobre la superficie total de tierra; nacional y por zona como 'Zone: nombre'); ORT lee las filas de cada indicador por su código. No se escribe nada cuando una entrada no es la tabla esperada o está vacía.</translation>
    </message>
    <message>
      <source>Year the area under restoration is reported for.</source>
      <translation type="vanished">Año para el que se informa el área en restauración.</translation>
    </message>
    <message>
      <source>Zones (optional)</source>
      <translation type="vanished">Zonas (opcional)</translation>
    </message>
    <message>
      <source>administrative level 1 (e.g. region)</source>
      <translation type="vanished">nivel administrativo 1 (p. ej., región)</translation>
    </message>
    <message>
      <source>administrative level 2 (e.g. province)</source>
      <translation type="vanished">nivel administrativo 2 (p. ej., provincia)</translation>
    </message>
    <message>
      <source>class_a × K + class_b (Int32, nodata −2147483648), with a generated style naming each pair.</source>
      <translation type="vanished">class_a × K + class_b (Int32, sin datos −2147483648), con un estilo generado que nombra cada par.</translation>
    </message>
    <message>
      <source>country (administrative level 0)</source>
      <translation type="vanished">país (nivel administrativo 0)</translation>
    </message>
    <message>
      <source>level, zone, code, class_a, class_b, agreement (1/0), area_ha, share of the compared area; rows with an empty class are pixels where that map has no data.</source>
      <translation type="vanished">level, zone, code, class_a, class_b, agreement (1/0), area_ha, share del área comparada; las filas con una clase vacía son píxeles donde ese mapa no tiene datos.</translation>
    </message>
    <message>
      <source>site id (FERM siteId; GEF ID_CODE)</source>
      <translation type="vanished">id. del sitio (siteId de FERM; ID_CODE del GEF)</translation>
    </message>
    <message>
      <source>site name (FERM siteName; text, non-ASCII kept)</source>
      <translation type="vanished">nombre del sitio (siteName de FERM; texto, se conservan los caracteres no ASCII)</translation>
    </message>
    <message>
      <source>year restoration started (a year, a date or text such as 2014/05/01)</source>
      <translation type="vanished">año de inicio de la restauración (un año, una fecha o un texto como 2014/05/01)</translation>
    </message>
    <message>
      <source>{code} {label}: {count} pixels ({share:.1f} %)</source>
      <translation type="vanished">{code} {label}: {count} píxeles ({share:.1f} %)</translation>
    </message>
    <message>
      <source>{count} feature(s) that are not polygons were left out.</source>
      <translation type="vanished">Se dejaron fuera {count} entidad(es) que no son polígonos.</translation>
    </message>
    <message>
      <source>{count} pixel(s) have fewer than {needed} valid baseline years or no valid recent year and are nodata.</source>
      <translation type="vanished">{count} píxel(es) tienen menos de {needed} años de referencia válidos o ningún año reciente válido y quedan sin datos.</translation>
    </message>
    <message>
      <source>{count} pixel(s) have fewer than {needed} valid years in {start}-{end} and are nodata.</source>
      <translation type="vanished">{count} píxel(es) tienen menos de {needed} años válidos en {start}-{end} y quedan sin datos.</translation>
    </message>
    <message>
      <source>{count} pixels of {layer} match no range or code and were set to nodata (values: {values}).</source>
      <translation type="vanished">{count} píxeles de {layer} no coinciden con ningún rango ni código y se pusieron sin datos (valores: {values}).</translation>
    </message>
    <message>
      <source>{name} field</source>
      <translation type="vanished">Campo {name}</translation>
    </message>
    <message>
      <source>{name} fixed value</source>
      <translation type="vanished">Valor fijo de {name}</translation>
    </message>
    <message>
      <source>{path} cannot be read as GeoJSON ({reason}).</source>
      <translation type="vanished">{path} no puede leerse como GeoJSON ({reason}).</translation>
    </message>
  </context>
</TS>
