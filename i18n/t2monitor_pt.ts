<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
  <context>
    <name>T2Monitor</name>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="148" />
      <source>% of baseline</source>
      <translation>% da referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="248" />
      <source>'{country}' is not an ISO 3166-1 alpha-2 country code</source>
      <translation>'{country}' não é um código de país ISO 3166-1 alfa-2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="223" />
      <source>'{email}' is not an e-mail address (point of contact {name})</source>
      <translation>'{email}' não é um endereço de e-mail (ponto de contacto {name})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="258" />
      <source>(empty)</source>
      <translation>(vazio)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="259" />
      <source>(fixed value)</source>
      <translation>(valor fixo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="333" />
      <source>(log)</source>
      <translation>(registo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="71" />
      <source>(not set)</source>
      <translation>(não definido)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="59" />
      <source>-1 degraded (ratio below the threshold), 0 not degraded (Int16, nodata -32768).</source>
      <translation>-1 degradado (rácio abaixo do limiar), 0 não degradado (Int16, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="140" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="54" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="85" />
      <source>-1 degraded, 0 stable, +1 improved (Int16, nodata -32768).</source>
      <translation>-1 degradado, 0 estável, +1 melhorado (Int16, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="46" />
      <source>-1 significant decline, 0 no significant trend, +1 significant increase (Int16, nodata -32768).</source>
      <translation>-1 declínio significativo, 0 sem tendência significativa, +1 aumento significativo (Int16, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="48" />
      <source>0 non-forest, 1 patch, 2 transitional, 3 edge, 4 perforated, 5 undetermined, 6 interior (Byte, nodata 255), styled.</source>
      <translation>0 não floresta, 1 mancha, 2 transicional, 3 orla, 4 perfurado, 5 indeterminado, 6 interior (Byte, sem dados 255), com estilo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="75" />
      <source>1 loss, 0 no loss (Byte, nodata 255).</source>
      <translation>1 perda, 0 sem perda (Byte, sem dados 255).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="129" />
      <source>1 when no land type is in deficit in the first period against the baseline, else 0.</source>
      <translation>1 quando nenhum tipo de terra está em défice no primeiro período face à referência; caso contrário, 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="128" />
      <source>7 × 7 matrix of -1 (degradation), 0 (stable) and 1 (improvement); rows are the initial class, columns the final class; the first column names the row's class (keep its number). Defaults to the UNCCD matrix.</source>
      <translation>Matriz de 7 × 7 de -1 (degradação), 0 (estável) e 1 (melhoria); as linhas são a classe inicial e as colunas a classe final; a primeira coluna indica a classe da linha (mantenha o seu número). Por omissão, a matriz da UNCCD.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="101" />
      <source>95 % confidence interval of the estimate (ha)</source>
      <translation>Intervalo de confiança de 95 % da estimativa (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="91" />
      <source>95 % half-interval of that area (ha)</source>
      <translation>Semi-intervalo de 95 % dessa área (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="113" />
      <source>95 % half-interval of the estimated baseline (ha)</source>
      <translation>Semi-intervalo de 95 % da referência estimada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="42" />
      <source>95 % half-interval of the estimated degraded area (ha)</source>
      <translation>Semi-intervalo de 95 % da área degradada estimada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="79" />
      <source>A 95 % half-interval of the degraded area was given without the estimated area: give both (ESTIMATED_DEGRADED_HA and ESTIMATED_CI95_HA).</source>
      <translation>Foi indicado um semi-intervalo de 95 % da área degradada sem a área estimada: indique ambos (ESTIMATED_DEGRADED_HA e ESTIMATED_CI95_HA).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="54" />
      <source>A Mann-Kendall trend with p at or below this level is significant (default 0.05).</source>
      <translation>Uma tendência de Mann-Kendall com p igual ou inferior a este nível é significativa (por omissão 0,05).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="60" />
      <source>A change of this many decile classes or more is a degradation or an improvement (default 2).</source>
      <translation>Uma alteração deste número de classes de decil ou mais é uma degradação ou uma melhoria (por omissão 2).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="46" />
      <source>A drop of at least this many decile classes is degradation (-1), a rise of at least this many is improvement (+1) (default 2).</source>
      <translation>Uma descida de pelo menos este número de classes de decil é degradação (-1) e uma subida de pelo menos este número é melhoria (+1) (por omissão 2).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="68" />
      <source>A fixed number of points instead of the one computed from {TARGET_SE_OA}.</source>
      <translation>Um número fixo de pontos em vez do calculado a partir de {TARGET_SE_OA}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="84" />
      <source>A loss of at least this percentage is degradation, a gain of at least this percentage improvement (default 10 %).</source>
      <translation>Uma perda de pelo menos esta percentagem é degradação e um ganho de pelo menos esta percentagem, melhoria (por omissão 10 %).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="67" />
      <source>A mean below this share of the unit's percentile is degraded (default 0.5).</source>
      <translation>Uma média inferior a esta fração do percentil da unidade está degradada (por omissão 0,5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="54" />
      <source>A pixel whose mean divided by its unit's percentile is below this ratio is degraded (-1) (default 0.5).</source>
      <translation>Um píxel cuja média dividida pelo percentil da sua unidade é inferior a este rácio está degradado (-1) (por omissão 0,5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="381" />
      <source>A polygon has no coordinate reference system, so its area cannot be computed.</source>
      <translation>Um polígono não tem sistema de referência de coordenadas, pelo que a sua área não pode ser calculada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="102" />
      <source>A print layout template (.qpt) with the item ids of the default one. Empty: the plugin's template.</source>
      <translation>Um modelo de layout de impressão (.qpt) com os identificadores de itens do modelo predefinido. Vazio: o modelo do complemento.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="200" />
      <source>A row of {layer} ({kind} {value}) has no area or no year.</source>
      <translation>Uma linha de {layer} ({kind} {value}) não tem área ou ano.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="28" />
      <source>A stratified random sample of pixels of a categorical map (SDG 15.3.1, LPD, cover loss, severity, priority classes...) for an accuracy assessment and an estimate of each class's area with its confidence interval (good practice of Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample size&lt;/b&gt;: n = (sum of W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(O))&lt;sup&gt;2&lt;/sup&gt; (Cochran; Olofsson et al. 2014 eq. 13), W&lt;sub&gt;i&lt;/sub&gt; the area share of stratum i, S&lt;sub&gt;i&lt;/sub&gt; = sqrt(U&lt;sub&gt;i&lt;/sub&gt;(1 - U&lt;sub&gt;i&lt;/sub&gt;)) from its expected user's accuracy U&lt;sub&gt;i&lt;/sub&gt;, and S(O) the target standard error of overall accuracy. A fixed total can be given instead.&lt;br&gt;&lt;b&gt;Allocation&lt;/b&gt;: proportional to area; equal; or proportional with a minimum per stratum (rare strata, such as degraded land, get the minimum; the rest is shared proportionally; 50-100 is usual). A stratum never gets more points than it has pixels.&lt;br&gt;&lt;b&gt;Strata&lt;/b&gt; are the map classes, or the classes of an optional strata raster on the same grid (e.g. the map plus a buffer stratum around change).&lt;br&gt;&lt;br&gt;The points (pixel centres, in the map's CRS) carry id (in random order), stratum, map_class, pixel_area_ha (true ellipsoidal area), inclusion_probability (n&lt;sub&gt;h&lt;/sub&gt;/N&lt;sub&gt;h&lt;/sub&gt;), stratum_pixels (N&lt;sub&gt;h&lt;/sub&gt;, to check later that the labels go with this map) and an empty reference field to fill with the reference label. Optional exports for labelling: a CSV/XLSX of the points with WGS 84 coordinates, a Collect Earth plot CSV (id, YCoordinate, XCoordinate, attributes) and a KML of plot squares the size of the pixel. The same map, settings and seed always give the same sample.</source>
      <translation>Uma amostra aleatória estratificada de píxeis de um mapa categórico (ODS 15.3.1, LPD, perda de coberto, severidade, classes de prioridade...) para uma avaliação da exatidão e uma estimativa da área de cada classe com o seu intervalo de confiança (boas práticas de Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Tamanho da amostra&lt;/b&gt;: n = (soma de W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(O))&lt;sup&gt;2&lt;/sup&gt; (Cochran; Olofsson et al. 2014 eq. 13), em que W&lt;sub&gt;i&lt;/sub&gt; é a proporção da área do estrato i, S&lt;sub&gt;i&lt;/sub&gt; = sqrt(U&lt;sub&gt;i&lt;/sub&gt;(1 - U&lt;sub&gt;i&lt;/sub&gt;)) a partir da sua exatidão do utilizador esperada U&lt;sub&gt;i&lt;/sub&gt;, e S(O) o erro-padrão alvo da exatidão global. Em alternativa, pode ser indicado um total fixo.&lt;br&gt;&lt;b&gt;Alocação&lt;/b&gt;: proporcional à área; igual; ou proporcional com um mínimo por estrato (os estratos raros, como a terra degradada, recebem o mínimo; o resto é repartido proporcionalmente; 50-100 é o habitual). Um estrato nunca recebe mais pontos do que os píxeis que tem.&lt;br&gt;&lt;b&gt;Os estratos&lt;/b&gt; são as classes do mapa, ou as classes de um raster de estratos opcional na mesma grelha (p. ex., o mapa mais um estrato tampão em torno da mudança).&lt;br&gt;&lt;br&gt;Os pontos (centros dos píxeis, no SRC do mapa) têm id (por ordem aleatória), stratum, map_class, pixel_area_ha (área elipsoidal real), inclusion_probability (n&lt;sub&gt;h&lt;/sub&gt;/N&lt;sub&gt;h&lt;/sub&gt;), stratum_pixels (N&lt;sub&gt;h&lt;/sub&gt;, para verificar mais tarde que os rótulos correspondem a este mapa) e um campo de referência vazio a preencher com o rótulo de referência. Exportações opcionais para a rotulagem: um CSV/XLSX dos pontos com coordenadas WGS 84, um CSV de parcelas do Collect Earth (id, YCoordinate, XCoordinate, atributos) e um KML de quadrados de parcela do tamanho do píxel. O mesmo mapa, as mesmas definições e a mesma semente dão sempre a mesma amostra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="38" />
      <source>A trend counts as a decline or an increase when its two-sided p-value is at most this level (default 0.05, as the UNCCD Good Practice Guidance).</source>
      <translation>Uma tendência conta como declínio ou aumento quando o seu valor p bilateral é, no máximo, este nível (por omissão 0,05, como no Guia de Boas Práticas da UNCCD).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="72" />
      <source>AHP supports 1 to {max} criteria; {count} were given.</source>
      <translation>O AHP admite de 1 a {max} critérios; foram indicados {count}.</translation>
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
      <translation>Pesos AHP (comparação par a par)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="59" />
      <source>AHP weights file (CSV or XLSX)</source>
      <translation>Ficheiro de pesos AHP (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="17" />
      <source>AHP,analytic hierarchy process,Saaty,pairwise,weights,consistency,ROAM,priority,experts</source>
      <translation>AHP,processo analítico hierárquico,Saaty,par a par,pesos,consistência,ROAM,prioridade,especialistas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="215" />
      <source>API address</source>
      <translation>Endereço da API</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="222" />
      <source>API key</source>
      <translation>Chave de API</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="42" />
      <source>API key given by FERM (stored encrypted in the QGIS authentication database):</source>
      <translation>Chave de API fornecida pelo FERM (guardada encriptada na base de dados de autenticação do QGIS):</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="24" />
      <source>Accuracy</source>
      <translation>Exatidão</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/base.py" line="8" />
      <source>Accuracy and area estimation</source>
      <translation>Exatidão e estimativa de áreas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="26" />
      <source>Accuracy assessment and area estimate</source>
      <translation>Avaliação da exatidão e estimativa de áreas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="188" />
      <source>Accuracy sample</source>
      <translation>Amostra de exatidão</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="124" />
      <source>Activities: field</source>
      <translation>Atividades: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="134" />
      <source>Activities: fixed value</source>
      <translation>Atividades: valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="128" />
      <source>Activities: fixed value as text</source>
      <translation>Atividades: valor fixo como texto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="76" />
      <source>Activity field</source>
      <translation>Campo da atividade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="100" />
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="52" />
      <source>Add</source>
      <translation>Adicionar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="117" />
      <source>Add a sample point layer (GeoPackage from Sample design) to the project.</source>
      <translation>Adicionar ao projeto uma camada de pontos da amostra (GeoPackage do Desenho amostral).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="85" />
      <source>Add one page per zone of {ZONES} with its map and figures.</source>
      <translation>Acrescenta uma página por zona de {ZONES} com o seu mapa e os seus números.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="119" />
      <source>Add the filled print layout to the project's layouts, to edit it in the layout designer before printing (ignored without a project, e.g. in qgis_process).</source>
      <translation>Adiciona o layout de impressão preenchido aos layouts do projeto, para editá-lo no compositor de layouts antes de imprimir (ignorado sem projeto, p. ex. no qgis_process).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="213" />
      <source>Address of the FERM API (see the FERM API documentation)</source>
      <translation>Endereço da API do FERM (consulte a documentação da API do FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="174" />
      <source>Admin level 1: field</source>
      <translation>Nível administrativo 1: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="176" />
      <source>Admin level 1: fixed value</source>
      <translation>Nível administrativo 1: valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="180" />
      <source>Admin level 2: field</source>
      <translation>Nível administrativo 2: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="182" />
      <source>Admin level 2: fixed value</source>
      <translation>Nível administrativo 2: valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="16" />
      <source>Administrative regions</source>
      <translation>Regiões administrativas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="17" />
      <source>Administrative regions (e.g. districts, provinces) to disaggregate by; any CRS.</source>
      <translation>Regiões administrativas (p. ex., distritos, províncias) pelas quais desagregar; qualquer SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="80" />
      <source>Agreeing area (ha)</source>
      <translation>Área concordante (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="69" />
      <source>Agreement summary</source>
      <translation>Resumo da concordância</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="72" />
      <source>Agreement summary file (CSV or XLSX)</source>
      <translation>Ficheiro de resumo da concordância (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="43" />
      <source>Align inputs to the grid of the first raster</source>
      <translation>Alinhar as entradas com a grelha do primeiro raster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="54" />
      <source>All areas are true areas on the ellipsoid, in hectares; the figures of this report are those of the input tables, unchanged.</source>
      <translation>Todas as áreas são áreas reais no elipsoide, em hectares; os números deste relatório são os das tabelas de entrada, sem alterações.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="18" />
      <source>All land types</source>
      <translation>Todos os tipos de terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="199" />
      <source>All the criterion weights are 0; give at least one a positive weight.</source>
      <translation>Todos os pesos dos critérios são 0; atribua um peso positivo a pelo menos um.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="70" />
      <source>Allocation</source>
      <translation>Alocação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="56" />
      <source>Already UNCCD classes 1-7</source>
      <translation>Já em classes UNCCD 1-7</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="118" />
      <source>Also add the filled layout to the project</source>
      <translation>Adicionar também o layout preenchido ao projeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="80" />
      <source>An LPD map from another source (band 1 is read). Needed in the external map mode.</source>
      <translation>Um mapa LPD de outra fonte (é lida a banda 1). Necessário no modo de mapa externo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="94" />
      <source>An effect counts as detected when its p-value is at most this (default 0.05).</source>
      <translation>Um efeito é considerado detetado quando o seu valor p é, no máximo, este (por omissão 0,05).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="37" />
      <source>Annual index rasters (one band per year)</source>
      <translation>Rasters de índice anual (uma banda por ano)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="37" />
      <source>Annual productivity index (e.g. NDVI or its yearly integral): one multi-band raster with one band per year, or several rasters whose bands, in the order given, are consecutive years; nodata years of a pixel are left out of its mean. Or a single single-band raster of means (then leave the years empty). Band scale and offset are applied when the file declares them.</source>
      <translation>Índice de produtividade anual (p. ex., NDVI ou o seu integral anual): um raster multibanda com uma banda por ano, ou vários rasters cujas bandas, pela ordem indicada, são anos consecutivos; os anos sem dados de um píxel são excluídos da sua média. Ou então um único raster de uma banda com as médias (deixe nesse caso os anos vazios). A escala e o desvio da banda são aplicados quando o ficheiro os declara.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="61" />
      <source>Annual series {layer}: {count} band(s), years {first}-{last}.</source>
      <translation>Série anual {layer}: {count} banda(s), anos {first}-{last}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="19" />
      <source>Annual vegetation index rasters (e.g. NDVI or its yearly integral): one multi-band raster with one band per year, or several rasters (single- or multi-band) whose bands, in the order given, are consecutive years. Nodata years of a pixel are left out of its computation. Band scale and offset are applied when the file declares them (e.g. NDVI stored as Int16 x 10000 with scale 0.0001).</source>
      <translation>Rasters de índice de vegetação anual (p. ex., NDVI ou o seu integral anual): um raster multibanda com uma banda por ano, ou vários rasters (de uma ou várias bandas) cujas bandas, pela ordem indicada, são anos consecutivos. Os anos sem dados de um píxel são excluídos do seu cálculo. A escala e o desvio da banda são aplicados quando o ficheiro os declara (p. ex., NDVI armazenado como Int16 x 10000 com escala 0.0001).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="75" />
      <source>Area and accuracy estimates</source>
      <translation>Estimativas de área e de exatidão</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="121" />
      <source>Area counted in every period (all maps valid and a land type), in hectares.</source>
      <translation>Área contada em todos os períodos (todos os mapas válidos e com um tipo de terra), em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="73" />
      <source>Area matching no range or code (ha)</source>
      <translation>Área que não corresponde a nenhum intervalo nem código (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="113" />
      <source>Area of each category (hectares) and its share of the rated area, for the whole raster and per zone, plus the nodata area.</source>
      <translation>Área de cada categoria (hectares) e a sua proporção da área avaliada, para todo o raster e por zona, mais a área sem dados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="72" />
      <source>Area of each category and of each number of steps, overall and per zone.</source>
      <translation>Área de cada categoria e de cada número de passos, no total e por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="16" />
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt;, &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.&lt;br&gt;&lt;br&gt;&lt;b&gt;Class names&lt;/b&gt;, first found wins for each class: {CLASS_NAMES_TABLE}; the raster's attribute table (RAT: the GFU_Name column or a column called name, class, label...); its category names; the layer's paletted (unique values) style; the .qml style beside the file (e.g. a MapBiomas legend); else the code.</source>
      <translation>Área de cada classe de um raster categórico, em hectares, para todo o raster e para cada zona de uma camada de polígonos opcional.&lt;br&gt;&lt;br&gt;As áreas dos píxeis são áreas reais no elipsoide do SRC do raster (por linha em SRC geográficos), nunca graus multiplicados por graus. Os polígonos das zonas são reprojetados para o SRC do raster e cada píxel é ponderado pela fração que a zona cobre, de modo que o total de uma zona acompanha a área do seu polígono mesmo ao longo de limites irregulares. Polígonos com o mesmo valor de zona são unidos; zonas diferentes podem sobrepor-se e cada uma conta a sua própria área.&lt;br&gt;&lt;br&gt;A tabela tem uma linha por zona e classe: &lt;i&gt;level&lt;/i&gt; (total ou zona), &lt;i&gt;zone&lt;/i&gt; ((all) para todo o raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt;, &lt;i&gt;area_ha&lt;/i&gt; e &lt;i&gt;share&lt;/i&gt; (da área válida da zona, pelo que as proporções somam 1). Os píxeis sem dados são apresentados numa linha própria (classe vazia, rótulo 'nodata', sem proporção) e nunca são misturados numa classe.&lt;br&gt;&lt;br&gt;&lt;b&gt;Nomes das classes&lt;/b&gt;, para cada classe prevalece o primeiro encontrado: {CLASS_NAMES_TABLE}; a tabela de atributos do raster (RAT: a coluna GFU_Name ou uma coluna chamada name, class, label...); os seus nomes de categoria; o estilo de paleta (valores únicos) da camada; o estilo .qml junto ao ficheiro (p. ex., uma legenda do MapBiomas); caso contrário, o código.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="146" />
      <source>Area of each of the 49 transitions (hectares), with its matrix value and its share of the mapped area.</source>
      <translation>Área de cada uma das 49 transições (hectares), com o seu valor na matriz e a sua proporção da área cartografada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="82" />
      <source>Area of each response class, overall and per zone.</source>
      <translation>Área de cada classe de resposta, no total e por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="38" />
      <source>Area of each status class and of the collapsed classes, overall and per zone.</source>
      <translation>Área de cada classe de estado e das classes agrupadas, no total e por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="123" />
      <source>Area of the raster not counted (nodata in some map or no land type), in hectares.</source>
      <translation>Área do raster não contada (sem dados em algum mapa ou sem tipo de terra), em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="100" />
      <source>Area of the union of the sites counted in the reporting year (EPSG:6933), in hectares.</source>
      <translation>Área da união dos locais contados no ano de relatório (EPSG:6933), em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="84" />
      <source>Area per class overall and per zone, in hectares, with shares.</source>
      <translation>Área por classe no total e por zona, em hectares, com proporções.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="19" />
      <source>Area tables for the UNCCD PRAIS 4 report, strategic objective 1, in km², from the summary tables of the SDG 15.3.1 indicator (one per period) and optionally the areas table of Degradation status.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sheet 'SO1 land by period'&lt;/b&gt;: one row per period and zone ('(all)' is the whole area): period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (empty when no water mask was used), nodata_km2 and proportion_degraded_percent = degraded / total land x 100 (SDG 15.3.1, GBF 2.CT.1).&lt;br&gt;&lt;b&gt;Sheet 'SO1 status'&lt;/b&gt; (with a status table): per zone the 7 status classes (persistent, recent and baseline degradation, stable, stable but improved at baseline, recent and persistent improvement), the collapsed degraded / stable / improved classes, the total valid area and nodata, in km², with share_of_valid_percent.&lt;br&gt;&lt;br&gt;Areas are the inputs' area_ha / 100. The tables are checked: total land must equal degraded + stable + improved, and each collapsed class the sum of its status classes; a warning names any period or zone that does not add up (the values are written as given). The optional CSV holds the first sheet.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sheet 'SO1 land type by status'&lt;/b&gt; (with {LDN_BALANCE}, the balance table of LDN balance per land type): per zone, comparison (map, vs_baseline, vs_previous), period and land type the land type's area, degraded, stable and improved area, net balance, like-for-like deficit (max(degraded - improved, 0); on the 'All land types' row the sum of the land types' deficits) in km², proportion_degraded_percent and neutrality_met, plus the nodata row; checked like the other sheets. {LAND_TYPES_FILE} holds it as CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample-based estimate.&lt;/b&gt; With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), degraded_km2 of the whole area in {ESTIMATE_PERIOD} is the estimate and its proportion is recomputed; the first sheet then has the columns degraded_ci95_km2 (95 % half-interval), degraded_mapped_km2 (pixel-counted) and footnote (method: stratified estimator of Olofsson et al. 2014, interval, mapped value). Stable and improved areas stay mapped.</source>
      <translation>Tabelas de áreas para o relatório PRAIS 4 da UNCCD, objetivo estratégico 1, em km², a partir das tabelas de resumo do indicador ODS 15.3.1 (uma por período) e, opcionalmente, da tabela de áreas do Estado da degradação.&lt;br&gt;&lt;br&gt;&lt;b&gt;Folha 'SO1 land by period'&lt;/b&gt;: uma linha por período e zona ('(all)' é toda a área): period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (vazia quando não foi usada máscara de água), nodata_km2 e proportion_degraded_percent = degradada / área terrestre total x 100 (ODS 15.3.1, QGB 2.CT.1).&lt;br&gt;&lt;b&gt;Folha 'SO1 status'&lt;/b&gt; (com uma tabela de estado): por zona, as 7 classes de estado (degradação persistente, recente e de referência, estável, estável mas melhorado na referência, melhoria recente e persistente), as classes agrupadas degradado / estável / melhorado, a área válida total e sem dados, em km², com share_of_valid_percent.&lt;br&gt;&lt;br&gt;As áreas são o area_ha das entradas / 100. As tabelas são verificadas: a área terrestre total deve ser igual a degradada + estável + melhorada, e cada classe agrupada à soma das suas classes de estado; um aviso indica qualquer período ou zona cujos valores não batem certo (os valores são escritos tal como foram dados). O CSV opcional contém a primeira folha.&lt;br&gt;&lt;br&gt;&lt;b&gt;Folha 'SO1 land type by status'&lt;/b&gt; (com {LDN_BALANCE}, a tabela de saldos do Saldo NDT por tipo de terra): por zona, comparação (map, vs_baseline, vs_previous), período e tipo de terra, a área do tipo de terra, a área degradada, estável e melhorada, o saldo líquido, o défice igual por igual (max(degradada - melhorada, 0); na linha 'All land types', a soma dos défices dos tipos de terra) em km², proportion_degraded_percent e neutrality_met, mais a linha sem dados; é verificada como as outras folhas. {LAND_TYPES_FILE} contém-na como CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimativa por amostragem.&lt;/b&gt; Com a área degradada estimada de uma avaliação da exatidão ({ESTIMATES_TABLE}, ou {ESTIMATED_DEGRADED_HA} e {ESTIMATED_CI95_HA}), degraded_km2 de toda a área em {ESTIMATE_PERIOD} é a estimativa e a sua proporção é recalculada; a primeira folha passa então a ter as colunas degraded_ci95_km2 (semi-intervalo de 95 %), degraded_mapped_km2 (por contagem de píxeis) e footnote (método: estimador estratificado de Olofsson et al. 2014, intervalo, valor cartografado). As áreas estável e melhorada continuam a ser as cartografadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="91" />
      <source>Area under restoration</source>
      <translation>Área em restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="46" />
      <source>Area under restoration (GBF 2.1)</source>
      <translation>Área em restauro (QGB 2.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="99" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="131" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="174" />
      <source>Area under restoration (ha)</source>
      <translation>Área em restauro (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="93" />
      <source>Area under restoration file (CSV or XLSX)</source>
      <translation>Ficheiro de área em restauro (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="30" />
      <source>Area under restoration in every year from {START_YEAR} to {END_YEAR}, against a linear path to the Target 2 goal.&lt;br&gt;&lt;br&gt;A site counts in a year when it started in or before it, has no end year or ended in or after it, and its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on the baseline raster (or polygon intersections).&lt;br&gt;&lt;br&gt;The path goes linearly from 0 ha in {BASELINE_YEAR} to the {TARGET_PCT} in {TARGET_YEAR} (2030) and stays there after it; a year is on track (1) when the area under restoration inside degraded land reaches the path, 0 when not, empty before the baseline year. The {CHART} shows the area under restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).&lt;br&gt;&lt;br&gt;&lt;b&gt;Reporting periods&lt;/b&gt; ({REPORTING_PERIODS}, e.g. 2016-2019, 2020-2023, 2024-2027): the {PERIODS} table has one row per period with the figures of its end year (the year its report speaks for) and the change from the previous period: net change of the area under restoration and of the part inside degraded land, change of the percent of the baseline (points) and the area newly under restoration since the previous period's end; {PERIOD_CHART} shows them as bars per period beside the path to the target.</source>
      <translation>Área em restauro em cada ano de {START_YEAR} a {END_YEAR}, face a uma trajetória linear até ao objetivo da Meta 2.&lt;br&gt;&lt;br&gt;Um local conta num ano quando começou nesse ano ou antes, não tem ano de fim ou terminou nesse ano ou depois, e o seu estado não está excluído (por omissão FERM 'Em preparação'); os locais sobrepostos contam uma só vez (método FERM: união das geometrias válidas em EPSG:6933). O restauro dentro de terra degradada usa a cobertura exata dos píxeis no raster de referência (ou interseções de polígonos).&lt;br&gt;&lt;br&gt;A trajetória vai linearmente de 0 ha em {BASELINE_YEAR} até à {TARGET_PCT} em {TARGET_YEAR} (2030) e mantém-se depois disso; um ano está no bom caminho (1) quando a área em restauro dentro de terra degradada atinge a trajetória, 0 quando não, e fica vazio antes do ano de referência. O {CHART} mostra a área em restauro, a parte dentro de terra degradada e a trajetória (SVG, ou PNG gerado a partir dele).&lt;br&gt;&lt;br&gt;&lt;b&gt;Períodos de relatório&lt;/b&gt; ({REPORTING_PERIODS}, p. ex., 2016-2019, 2020-2023, 2024-2027): a tabela {PERIODS} tem uma linha por período com os números do seu ano final (o ano a que se refere o seu relatório) e a variação face ao período anterior: variação líquida da área em restauro e da parte dentro de terra degradada, variação da percentagem da referência (pontos) e a área que passou a estar em restauro desde o fim do período anterior; {PERIOD_CHART} mostra-os como barras por período ao lado da trajetória até à meta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="71" />
      <source>Area under restoration in the last year (ha)</source>
      <translation>Área em restauro no último ano (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="72" />
      <source>Area under restoration in {END_YEAR}, in hectares.</source>
      <translation>Área em restauro em {END_YEAR}, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="107" />
      <source>Area under restoration in {year} (ha)</source>
      <translation>Área em restauração em {year} (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="78" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="173" />
      <source>Area under restoration per reporting period</source>
      <translation>Área em restauro por período de relatório</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="74" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="66" />
      <source>Area under restoration table</source>
      <translation>Tabela de área em restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="120" />
      <source>Area with a suitability (ha)</source>
      <translation>Área com aptidão (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="139" />
      <source>Area with a suitability: {valid:.2f} ha; excluded: {excluded:.2f} ha.</source>
      <translation>Área com aptidão: {valid:.2f} ha; excluída: {excluded:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="87" />
      <source>Areas per class, total land area, water and nodata, overall and per zone.</source>
      <translation>Áreas por classe, área terrestre total, água e sem dados, no total e por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="56" />
      <source>Areas table of Degradation status; adds the sheet of status classes.</source>
      <translation>Tabela de áreas do Estado da degradação; acrescenta a folha das classes de estado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <source>Artificial</source>
      <translation>Artificial</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="175" />
      <source>At most {max} criteria.</source>
      <translation>No máximo {max} critérios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="55" />
      <source>At-risk codes</source>
      <translation>Códigos em risco</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="84" />
      <source>Atlas: one page per zone</source>
      <translation>Atlas: uma página por zona</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="35" />
      <source>Avoid</source>
      <translation>Evitar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="106" />
      <source>Balance file (CSV or XLSX)</source>
      <translation>Ficheiro de saldos (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="104" />
      <source>Balance per land type</source>
      <translation>Saldo por tipo de terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="71" />
      <source>Balance table of LDN balance per land type; adds the sheet of land types by status (degraded, stable, improved, net and deficit per land type).</source>
      <translation>Tabela de saldos do Saldo NDT por tipo de terra; acrescenta a folha dos tipos de terra por estado (degradado, estável, melhorado, saldo líquido e défice por tipo de terra).</translation>
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
      <translation>Banda que contém os códigos de classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="44" />
      <source>Band holding the criterion.</source>
      <translation>Banda que contém o critério.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="134" />
      <source>Band {band} of {layer} is named {name} but is used as year {year} (first year {first}). Check the year of the first band and the order of the layers.</source>
      <translation>A banda {band} de {layer} chama-se {name}, mas é usada como ano {year} (primeiro ano {first}). Verifique o ano da primeira banda e a ordem das camadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="83" />
      <source>Bars per reporting period: area under restoration, inside degraded land and the path to the target (.svg or .png).</source>
      <translation>Barras por período de relatório: área em restauro, dentro de terra degradada e a trajetória até à meta (.svg ou .png).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="28" />
      <source>Baseline SDG 15.3.1 layer</source>
      <translation>Camada ODS 15.3.1 de referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="62" />
      <source>Baseline SDG 15.3.1 map</source>
      <translation>Mapa ODS 15.3.1 de referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="47" />
      <source>Baseline SOC stepped with land-cover change (IPCC factors)</source>
      <translation>COS de referência escalonado com a alteração da ocupação do solo (fatores IPCC)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="68" />
      <source>Baseline class</source>
      <translation>Classe de referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="19" />
      <source>Baseline degradation</source>
      <translation>Degradação de referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="65" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="54" />
      <source>Baseline year</source>
      <translation>Ano de referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="35" />
      <source>Binary forest map (1 forest, 0 non-forest)</source>
      <translation>Mapa de floresta binário (1 floresta, 0 não floresta)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="30" />
      <source>Binary forest map (1 forest, 0 non-forest) or land-cover map (band 1).</source>
      <translation>Mapa de floresta binário (1 floresta, 0 não floresta) ou mapa de ocupação do solo (banda 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="33" />
      <source>Binary: values other than 0 and 1 stop the run. Land cover: the codes listed in {FOREST_CODES} are forest, every other valid code is non-forest.</source>
      <translation>Binário: os valores diferentes de 0 e 1 interrompem a execução. Ocupação do solo: os códigos indicados em {FOREST_CODES} são floresta e qualquer outro código válido é não floresta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="19" />
      <source>Biomes / ecosystem types</source>
      <translation>Biomas / tipos de ecossistemas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="63" />
      <source>Both WEIGHTS and WEIGHTS_TABLE were given: the table is used.</source>
      <translation>Foram indicados WEIGHTS e WEIGHTS_TABLE: é usada a tabela.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sensitivity.py" line="55" />
      <source>CHANGE_PCT must be greater than 0 and less than 100 (got {value}).</source>
      <translation>CHANGE_PCT deve ser superior a 0 e inferior a 100 (recebido: {value}).</translation>
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
      <translation>Matriz CSV: uma linha de cabeçalho com uma classe de capacidade por coluna e, depois, uma linha por código de uso da terra (rótulo começado pelo código) com os passos; as linhas começadas por # são comentários. Vazio: resources/data/land_use_capability_compatibility.csv.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="87" />
      <source>CSV or JSON (*.csv *.json)</source>
      <translation>CSV ou JSON (*.csv *.json)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="49" />
      <source>CSV with the criterion names as header and one row per criterion (name, then n values); takes precedence over the matrix parameter. The 'AHP weights' dialog saves this format.</source>
      <translation>CSV com os nomes dos critérios como cabeçalho e uma linha por critério (nome e depois n valores); tem prioridade sobre o parâmetro de matriz. O diálogo 'Pesos AHP' guarda este formato.</translation>
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
      <translation>Classe de capacidade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="32" />
      <source>Categorical raster</source>
      <translation>Raster categórico</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="134" />
      <source>Categorical raster of the baseline (band 1), e.g. the SDG 15.3.1 -1/0/+1 layer or national degradation classes; any CRS. Give this or {DEGRADED_POLYGONS}.</source>
      <translation>Raster categórico da referência (banda 1), p. ex., a camada ODS 15.3.1 -1/0/+1 ou classes nacionais de degradação; qualquer SRC. Indique este ou {DEGRADED_POLYGONS}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="49" />
      <source>Categorical raster of whole-number class codes (band 1); nodata pixels are never sampled.</source>
      <translation>Raster categórico de códigos de classe inteiros (banda 1); os píxeis sem dados nunca são amostrados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="95" />
      <source>Category breaks</source>
      <translation>Cortes de categoria</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="11" />
      <source>Category codes to scores</source>
      <translation>Códigos de categoria para pontuações</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="100" />
      <source>Category labels</source>
      <translation>Rótulos de categoria</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="141" />
      <source>Category {n}</source>
      <translation>Categoria {n}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="67" />
      <source>Category: 1 proper use, 2 overuse, 3 underuse (Int16, nodata -32768).</source>
      <translation>Categoria: 1 uso adequado, 2 sobreuso, 3 subuso (Int16, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="83" />
      <source>Change threshold (%)</source>
      <translation>Limiar de alteração (%)</translation>
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
      <translation>Motor do gráfico</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="84" />
      <source>Chart of mapped and estimated areas (SVG)</source>
      <translation>Gráfico das áreas cartografadas e estimadas (SVG)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="69" />
      <source>Checks restoration site polygons against FAO FERM's rules and vocabularies and writes what FERM and GEF ask for: the FERM API payload (GeoJSON with the project under the top-level properties), the upload package (zip of shapefile, KML and GeoJSON) and the GEF geospatial template. Nothing is sent anywhere and no API key is asked for.&lt;br&gt;&lt;br&gt;Each FERM field comes from a layer field or a fixed value (the field wins; the fixed value fills features whose field is empty). Geometry is reprojected to EPSG:4326, made 2-D and valid (repairs are warnings); empty geometries, points and lines are errors; names missing are warnings; codes outside the FERM vocabularies are errors naming the code and the field; overlapping sites are warnings. Areas (ha) are computed as FERM does: union of the valid geometry in EPSG:6933.&lt;br&gt;&lt;br&gt;The payload has one Polygon feature per site polygon: a multi-part site gives one feature per part with the site's properties plus part and partCount, each with its own area.&lt;br&gt;&lt;br&gt;When errors remain and invalid features are not skipped, the run stops with a message, writes only the validation table (it explains the failure) and no other output. Project-level errors (unknown organization role/type or restoration type, bad country code; and, when the API payload is written, a project without title, institution id or point of contact) always stop the run.</source>
      <translation>Verifica os polígonos dos locais de restauro face às regras e vocabulários do FERM da FAO e escreve o que o FERM e o GEF pedem: a carga útil para a API do FERM (GeoJSON com o projeto nas propriedades de nível superior), o pacote de carregamento (zip com shapefile, KML e GeoJSON) e o modelo geoespacial do GEF. Nada é enviado para lado nenhum e não é pedida nenhuma chave de API.&lt;br&gt;&lt;br&gt;Cada campo do FERM provém de um campo da camada ou de um valor fixo (prevalece o campo; o valor fixo preenche as entidades cujo campo está vazio). A geometria é reprojetada para EPSG:4326, convertida em 2D e tornada válida (as reparações são avisos); as geometrias vazias, os pontos e as linhas são erros; os nomes em falta são avisos; os códigos fora dos vocabulários do FERM são erros que indicam o código e o campo; os locais sobrepostos são avisos. As áreas (ha) são calculadas como o FERM faz: união da geometria válida em EPSG:6933.&lt;br&gt;&lt;br&gt;A carga útil tem uma entidade Polygon por polígono de local: um local multiparte dá uma entidade por parte com as propriedades do local mais part e partCount, cada uma com a sua própria área.&lt;br&gt;&lt;br&gt;Quando restam erros e as entidades inválidas não são ignoradas, a execução para com uma mensagem, escreve apenas a tabela de validação (que explica a falha) e nenhuma outra saída. Os erros ao nível do projeto (papel ou tipo de organização ou tipo de restauro desconhecido, código de país incorreto; e, quando a carga útil para a API é escrita, um projeto sem título, id. da instituição ou ponto de contacto) param sempre a execução.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="361" />
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="135" />
      <source>Choose a polygon layer with the restoration sites on the Sites tab.</source>
      <translation>Escolha uma camada de polígonos com os locais de restauro no separador Locais.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="150" />
      <source>Choose at least one field of {layer} saying what degraded, stable or improved pixels become.</source>
      <translation>Escolha pelo menos um campo de {layer} que indique em que se tornam os píxeis degradados, estáveis ou melhorados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="139" />
      <source>Choose at least one file to write: the API payload, the upload package or the GEF template.</source>
      <translation>Escolha pelo menos um ficheiro a escrever: a carga útil da API, o pacote de carregamento ou o modelo do GEF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="283" />
      <source>Choose at least one output file: {payload}, {package} or {gef}.</source>
      <translation>Escolha pelo menos um ficheiro de saída: {payload}, {package} ou {gef}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="81" />
      <source>Choose the field of {layer} that holds the land unit ids ({parameter}).</source>
      <translation>Escolha o campo de {layer} que contém os identificadores das unidades de terra ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="98" />
      <source>Choose the field of {layer} that holds the start year ({parameter}).</source>
      <translation>Escolha o campo de {layer} que contém o ano de início ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="39" />
      <source>Class areas</source>
      <translation>Áreas por classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="14" />
      <source>Class areas (per zone)</source>
      <translation>Áreas por classe (por zona)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="40" />
      <source>Class areas file (CSV or XLSX)</source>
      <translation>Ficheiro de áreas por classe (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="54" />
      <source>Class areas need exactly one band of {layer}.</source>
      <translation>As áreas por classe precisam de exatamente uma banda de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="86" />
      <source>Class breaks used</source>
      <translation>Cortes de classe usados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="113" />
      <source>Class breaks: {breaks}</source>
      <translation>Cortes de classe: {breaks}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="45" />
      <source>Class change threshold</source>
      <translation>Limiar de alteração de classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="25" />
      <source>Class code</source>
      <translation>Código de classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="52" />
      <source>Class correspondence</source>
      <translation>Correspondência de classes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="76" />
      <source>Class labels</source>
      <translation>Rótulos das classes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="25" />
      <source>Class name</source>
      <translation>Nome da classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="21" />
      <source>Class names</source>
      <translation>Nomes das classes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="73" />
      <source>Class names of {layer} from {sources}: {count} classes.</source>
      <translation>Nomes das classes de {layer} segundo {sources}: {count} classes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="56" />
      <source>Class of map A</source>
      <translation>Classe do mapa A</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="56" />
      <source>Class of map B</source>
      <translation>Classe do mapa B</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="71" />
      <source>Class to report</source>
      <translation>Classe a reportar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="72" />
      <source>Class whose estimated area is returned as a number (default -1, degraded in SDG 15.3.1).</source>
      <translation>Classe cuja área estimada é devolvida como número (por omissão -1, degradado no ODS 15.3.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="80" />
      <source>Classes 0 other, 1 Avoid, 2 Reduce, 3 Reverse (Int16, nodata -32768).</source>
      <translation>Classes 0 outra, 1 Evitar, 2 Reduzir, 3 Reverter (Int16, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="129" />
      <source>Classes a reference label may take: code[:label], separated by commas.</source>
      <translation>Classes que um rótulo de referência pode tomar: código[:rótulo], separados por vírgulas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="23" />
      <source>Classification method</source>
      <translation>Método de classificação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="60" />
      <source>Classifies a suitability raster into N priority classes (1 = lowest, N = highest priority) and reports the area of each class overall and per zone.&lt;br&gt;&lt;br&gt;Breaks: equal interval over the exact min-max of the valid pixels; quantiles (numpy linear interpolation) of the valid pixels (exact up to 1 000 000 pixels, else a reproducible pixel sample of that size); natural breaks (Jenks): the exact optimal partition (minimum within-class sum of squares) of a reproducible sample of {SAMPLE_PIXELS} pixels; or manual. A value equal to a break goes to the upper class. Pixels excluded by t2monitor:weightedoverlay (value -1, declared in the file's metadata) get class 0 'excluded'.&lt;br&gt;&lt;br&gt;Output: Int16 classes, nodata -32768, styled with a legend of the N labels. The table (level, zone, class, class_label, area_ha, share) gives true ellipsoidal areas; shares are of the zone's valid area (excluded included); {BREAKS_USED} lists the breaks.</source>
      <translation>Classifica um raster de aptidão em N classes de prioridade (1 = prioridade mais baixa, N = mais alta) e apresenta a área de cada classe no total e por zona.&lt;br&gt;&lt;br&gt;Cortes: intervalos iguais sobre o mínimo-máximo exato dos píxeis válidos; quantis (interpolação linear do numpy) dos píxeis válidos (exatos até 1 000 000 de píxeis; caso contrário, sobre uma amostra reprodutível de píxeis com esse tamanho); quebras naturais (Jenks): a partição ótima exata (soma mínima dos quadrados dentro das classes) de uma amostra reprodutível de {SAMPLE_PIXELS} píxeis; ou manuais. Um valor igual a um corte vai para a classe superior. Os píxeis excluídos por t2monitor:weightedoverlay (valor -1, declarado nos metadados do ficheiro) recebem a classe 0 'excluído'.&lt;br&gt;&lt;br&gt;Saída: classes Int16, sem dados -32768, com estilo de legenda com os N rótulos. A tabela (level, zone, class, class_label, area_ha, share) dá áreas elipsoidais reais; as proporções são da área válida da zona (excluídos incluídos); {BREAKS_USED} lista os cortes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="156" />
      <source>Clear label</source>
      <translation>Limpar rótulo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="67" />
      <source>Climate zone of the whole area</source>
      <translation>Zona climática de toda a área</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="91" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="69" />
      <source>Codes a reference label may take, separated by commas (e.g. -1,0,1). Empty: the codes of the map classes.</source>
      <translation>Códigos que um rótulo de referência pode ter, separados por vírgulas (p. ex., -1,0,1). Vazio: os códigos das classes do mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="49" />
      <source>Codes of the degradation layer</source>
      <translation>Códigos da camada de degradação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="82" />
      <source>Codes of the external map</source>
      <translation>Códigos do mapa externo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="79" />
      <source>Cohen's kappa</source>
      <translation>Kappa de Cohen</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="93" />
      <source>Collect Earth plot file (CSV)</source>
      <translation>Ficheiro de parcelas do Collect Earth (CSV)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="68" />
      <source>Combine trajectory, state and performance</source>
      <translation>Combinar trajetória, estado e desempenho</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="102" />
      <source>Combines standardised criteria (0..1) into a restoration suitability: sum of weight x criterion, with the weights normalised to sum 1 (ROAM steps 3-5).&lt;br&gt;&lt;br&gt;A pixel is nodata when any criterion is nodata there. It is &lt;b&gt;excluded&lt;/b&gt; when an exclusion raster has a valid non-zero value, or exclusion polygons cover at least half of it. Excluded pixels are written as &lt;b&gt;-1&lt;/b&gt; (distinct from nodata -9999), so they show on the map and t2monitor:priorityclasses puts them in class 0. {EXCLUDED_HA} and {VALID_HA} (pixels with a suitability) are true ellipsoidal areas.&lt;br&gt;&lt;br&gt;Criteria with values outside 0..1, a number of weights different from the number of criteria, negative weights, and a result with no pixel left are refused with a message, and no output is written. The weights used are reported ({WEIGHTS_USED}).&lt;br&gt;&lt;br&gt;Give the weights in one of {WEIGHTS} (in the order of the criteria) or {WEIGHTS_TABLE} (matched to the criteria by layer name; since 0.2.0, before by row order).</source>
      <translation>Combina critérios padronizados (0..1) numa aptidão para o restauro: soma de peso x critério, com os pesos normalizados para somarem 1 (passos 3-5 do ROAM).&lt;br&gt;&lt;br&gt;Um píxel fica sem dados quando algum critério não tem dados nele. Fica &lt;b&gt;excluído&lt;/b&gt; quando um raster de exclusão tem um valor válido diferente de zero, ou quando os polígonos de exclusão cobrem pelo menos metade dele. Os píxeis excluídos são escritos como &lt;b&gt;-1&lt;/b&gt; (distinto de sem dados -9999), pelo que aparecem no mapa e t2monitor:priorityclasses coloca-os na classe 0. {EXCLUDED_HA} e {VALID_HA} (píxeis com aptidão) são áreas elipsoidais reais.&lt;br&gt;&lt;br&gt;Critérios com valores fora de 0..1, um número de pesos diferente do número de critérios, pesos negativos e um resultado sem nenhum píxel restante são recusados com uma mensagem, e nenhuma saída é escrita. Os pesos usados são apresentados ({WEIGHTS_USED}).&lt;br&gt;&lt;br&gt;Indique os pesos em {WEIGHTS} (pela ordem dos critérios) ou em {WEIGHTS_TABLE} (associados aos critérios pelo nome da camada; desde a versão 0.2.0; antes, pela ordem das linhas).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="23" />
      <source>Combines the three sub-indicators into the SDG 15.3.1 layer (-1 degraded, 0 stable, +1 improved) with the 'one out, all out' rule of the UNCCD Good Practice Guidance: start from the three-class productivity (a five-class LPD map is collapsed 1-2 to -1, 3-4 to 0, 5 to +1); if land cover or soil organic carbon is -1 the pixel is degraded; otherwise a stable pixel becomes improved when land cover or SOC is +1. Any missing input gives nodata (-32768).&lt;br&gt;&lt;br&gt;&lt;b&gt;Water&lt;/b&gt;: give the final land-cover map (UNCCD classes) to leave water bodies (class 7) out of the land area; they become nodata in the layer and have their own row in the summary.&lt;br&gt;&lt;br&gt;&lt;b&gt;Error recode&lt;/b&gt; (false positives/negatives): polygons whose fields say what degraded, stable and improved pixels become (-1, 0, 1 or the words degraded/stable/improved; empty keeps them), which periods they apply to, and why. A pixel is recoded when at least half of it lies in the polygon; polygons apply in feature-id order, so the later one wins where they overlap. The recode report gives the hectares each polygon changed.&lt;br&gt;&lt;br&gt;&lt;b&gt;Summary&lt;/b&gt;: areas (ha and km²) of degraded, stable and improved land, their sum (total land area), water and nodata, for the whole raster and per zone; share_of_land of the degraded row is the proportion of degraded land over total land area, the GBF complementary indicator 2.CT.1. Class rows add up to the total land area.</source>
      <translation>Combina os três subindicadores na camada ODS 15.3.1 (-1 degradado, 0 estável, +1 melhorado) com a regra «um fora, todos fora» do Guia de Boas Práticas da UNCCD: parte-se da produtividade em três classes (um mapa LPD de cinco classes é agrupado 1-2 em -1, 3-4 em 0, 5 em +1); se a ocupação do solo ou o carbono orgânico do solo for -1, o píxel está degradado; caso contrário, um píxel estável passa a melhorado quando a ocupação do solo ou o COS for +1. Qualquer entrada sem dados dá sem dados (-32768).&lt;br&gt;&lt;br&gt;&lt;b&gt;Água&lt;/b&gt;: indique o mapa final de ocupação do solo (classes UNCCD) para excluir as massas de água (classe 7) da área terrestre; passam a sem dados na camada e têm a sua própria linha no resumo.&lt;br&gt;&lt;br&gt;&lt;b&gt;Recodificação de erros&lt;/b&gt; (falsos positivos/negativos): polígonos cujos campos indicam em que se tornam os píxeis degradados, estáveis e melhorados (-1, 0, 1 ou as palavras degraded/stable/improved; vazio mantém-nos), a que períodos se aplicam e porquê. Um píxel é recodificado quando pelo menos metade está dentro do polígono; os polígonos aplicam-se por ordem de identificador, pelo que o último prevalece onde se sobrepõem. O relatório de recodificação dá os hectares alterados por cada polígono.&lt;br&gt;&lt;br&gt;&lt;b&gt;Resumo&lt;/b&gt;: áreas (ha e km²) de terra degradada, estável e melhorada, a sua soma (área terrestre total), água e sem dados, para todo o raster e por zona; share_of_land da linha degradada é a proporção de terra degradada sobre a área terrestre total, o indicador complementar 2.CT.1 do QGB. As linhas de classe somam a área terrestre total.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="211" />
      <source>Comma-separated ISO 3166-1 alpha-2 codes of the project's countries (e.g. PE,BO).</source>
      <translation>Códigos ISO 3166-1 alfa-2 dos países do projeto, separados por vírgulas (p. ex., PE,BO).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="56" />
      <source>Comma-separated codes meaning at risk of degradation (e.g. 3 for LPD stressed, or status codes). Default: none.</source>
      <translation>Códigos separados por vírgulas que indicam risco de degradação (p. ex., 3 para LPD sob stress, ou códigos de estado). Por omissão: nenhum.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="46" />
      <source>Comma-separated codes of the degradation layer meaning degraded (default -1, the SDG 15.3.1 degraded class; e.g. 1,2 for LPD declining and moderate decline).</source>
      <translation>Códigos da camada de degradação, separados por vírgulas, que indicam degradado (por omissão -1, a classe degradada do ODS 15.3.1; p. ex., 1,2 para LPD em declínio e declínio moderado).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="138" />
      <source>Comma-separated codes of the raster that mean degraded land. Default -1 (degraded in the SDG 15.3.1 -1/0/+1 layer).</source>
      <translation>Códigos do raster, separados por vírgulas, que significam terra degradada. Por omissão -1 (degradado na camada ODS 15.3.1 -1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="50" />
      <source>Comma-separated codes the degradation layer may hold besides the degraded and at-risk codes (default -1,0,1: the SDG 15.3.1 classes; e.g. 4,5 for LPD classes). A pixel with any other value stops the run with the values found, rather than being taken silently as not degraded.</source>
      <translation>Códigos separados por vírgulas que a camada de degradação pode conter além dos códigos de degradado e em risco (por omissão -1,0,1: as classes do ODS 15.3.1; p. ex., 4,5 para as classes LPD). Um píxel com qualquer outro valor para a execução com os valores encontrados, em vez de ser tomado silenciosamente como não degradado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="77" />
      <source>Comma-separated labels, lowest priority first, one per class; the default 4 labels become 'class 1'...'class N' for other numbers of classes.</source>
      <translation>Rótulos separados por vírgulas, da prioridade mais baixa para a mais alta, um por classe; os 4 rótulos por omissão passam a 'class 1'...'class N' para outros números de classes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="62" />
      <source>Comma-separated land-cover codes of land under productive use (default 3,2: cropland and grassland, i.e. crops and grazing).</source>
      <translation>Códigos de ocupação do solo de terras em uso produtivo, separados por vírgulas (por omissão 3,2: terras de cultivo e pastagens, ou seja, culturas e pastoreio).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="65" />
      <source>Comma-separated land-cover codes of natural land (default 1,2,4: tree-covered, grassland, wetland). Grassland is both natural and productive by default.</source>
      <translation>Códigos de ocupação do solo de terras naturais, separados por vírgulas (por omissão 1,2,4: coberto arbóreo, pastagens, zonas húmidas). Por omissão, as pastagens são simultaneamente naturais e produtivas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="73" />
      <source>Comma-separated last year of each reporting period (e.g. 2019, 2023), used in the period table and on the chart's axis. Empty: periods are numbered 1, 2, ...</source>
      <translation>Último ano de cada período de relatório, separados por vírgulas (p. ex., 2019, 2023), usado na tabela de períodos e no eixo do gráfico. Vazio: os períodos são numerados 1, 2, ...</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="69" />
      <source>Comma-separated name of each reporting period, in order (e.g. 2016-2019, 2020-2023). Empty: the layer names.</source>
      <translation>Nome de cada período de relatório, separados por vírgulas, por ordem (p. ex., 2016-2019, 2020-2023). Vazio: os nomes das camadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="75" />
      <source>Comma-separated reporting periods, in order, each start-end years or one year (default 2016-2019,2020-2023,2024-2027). Empty: no period table.</source>
      <translation>Períodos de relatório separados por vírgulas, por ordem, cada um como anos início-fim ou um ano (por omissão 2016-2019,2020-2023,2024-2027). Vazio: sem tabela de períodos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="202" />
      <source>Comma-separated restoration type codes of the project (1 Ecological restoration, 2 Rehabilitation).</source>
      <translation>Códigos de tipo de restauro do projeto, separados por vírgulas (1 Restauro ecológico, 2 Reabilitação).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="66" />
      <source>Comma-separated statuses (codes or labels) whose sites are not under restoration. Default 1 = FERM 'In preparation': activities have not started, so the area is not yet under restoration (GBF indicator 2.1).</source>
      <translation>Estados separados por vírgulas (códigos ou rótulos) cujos locais não estão em restauro. Por omissão 1 = FERM 'Em preparação': as atividades ainda não começaram, pelo que a área ainda não está em restauro (indicador 2.1 do QGB).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="106" />
      <source>Comma-separated value:ecosystem pairs for {ECOSYSTEMS}, the ecosystem as an IUCN GET code (level 2 biome T1 or level 3 functional group T1.1) or a national name (e.g. 1:T1.1, 2:T4.5, 3:T7.1).</source>
      <translation>Pares valor:ecossistema separados por vírgulas para {ECOSYSTEMS}, com o ecossistema como código GET da UICN (bioma de nível 2 T1 ou grupo funcional de nível 3 T1.1) ou um nome nacional (p. ex., 1:T1.1, 2:T4.5, 3:T7.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="85" />
      <source>Compare each pair of criteria: how much more important is the row criterion than the column criterion? Pick a value above the diagonal (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3 ... 1/9 when the column criterion is the more important). The cells below the diagonal are filled automatically.</source>
      <translation>Compare cada par de critérios: quanto mais importante é o critério da linha do que o da coluna? Escolha um valor acima da diagonal (1 igual, 3 moderada, 5 forte, 7 muito forte, 9 extrema; 1/3 ... 1/9 quando o critério da coluna é o mais importante). As células abaixo da diagonal são preenchidas automaticamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="81" />
      <source>Compared area (ha)</source>
      <translation>Área comparada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="125" />
      <source>Compared {area:.2f} ha: overall agreement {agreement:.4f}, kappa {kappa}.</source>
      <translation>Comparados {area:.2f} ha: concordância global {agreement:.4f}, kappa {kappa}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="17" />
      <source>Compares the SDG 15.3.1 layer of a reporting period with the baseline layer (both -1/0/+1) and classifies every pixel with the expanded status matrix of the UNCCD Good Practice Guidance addendum: 1 persistent degradation (-1 to -1), 2 recent degradation (0 or +1 to -1), 3 baseline degradation (-1 to 0), 4 stable (0 to 0), 5 stable but improved at baseline (+1 to 0), 6 recent improvement (-1 or 0 to +1), 7 persistent improvement (+1 to +1); nodata where either layer has none.&lt;br&gt;&lt;br&gt;The area table gives, for the whole raster and per zone, the area of each status class and of the collapsed view (1-3 degraded, 4 stable, 5-7 improved), in ha and km², with shares of the valid area. The matrix is read from resources/data/gpg_status_matrix.csv.</source>
      <translation>Compara a camada ODS 15.3.1 de um período de relatório com a camada de referência (ambas -1/0/+1) e classifica cada píxel com a matriz de estado alargada da adenda do Guia de Boas Práticas da UNCCD: 1 degradação persistente (-1 para -1), 2 degradação recente (0 ou +1 para -1), 3 degradação de referência (-1 para 0), 4 estável (0 para 0), 5 estável mas melhorado na referência (+1 para 0), 6 melhoria recente (-1 ou 0 para +1), 7 melhoria persistente (+1 para +1); sem dados onde alguma das camadas não tem dados.&lt;br&gt;&lt;br&gt;A tabela de áreas dá, para todo o raster e por zona, a área de cada classe de estado e da vista agrupada (1-3 degradado, 4 estável, 5-7 melhorado), em ha e km², com proporções da área válida. A matriz é lida de resources/data/gpg_status_matrix.csv.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="21" />
      <source>Compares two categorical maps, e.g. the degradation or priority maps of two sectors, or SDG 15.3.1 against a national severity map (band 1 of each, whole-number codes).&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-class raster.&lt;/b&gt; code = class_a × K + class_b, with K the smallest power of ten (at least 10) larger than max(class_b) − min(0, min(class_b)): with non-negative codes the digits read 'A then B' (K = 10: 23 is A 2 / B 3). Int32, nodata −2147483648 where either map is nodata. The style is written next to the output: one legend entry 'A=x / B=y' per pair found (with the class names when the maps carry them, e.g. 'A=1 Forest / B=3 Cropland'), agreeing pairs in greens, the others in reds; the same names and colours form the raster attribute table of the output, for QGIS and other GIS.&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-tabulation.&lt;/b&gt; Area in hectares of every pair (class_a, class_b), for the whole raster and per zone, with the pair's code and whether it counts as agreement; pixels where only one map has data keep their class in rows of their own (the other class empty), so the rows of a class summed over the other map equal that class's area. Optional wide matrix (rows A, columns B) as CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Class names&lt;/b&gt; of each map (columns class_a_label and class_b_label, the style, the attribute table) come from the map's raster attribute table, its category names, its paletted style or the .qml style beside the file, in that order; else the code.&lt;br&gt;&lt;br&gt;&lt;b&gt;Agreement.&lt;/b&gt; Only pixels valid in both maps are compared. Overall agreement = agreeing area / compared area. By default a pair agrees when both codes are equal; when the legends differ, list the pairs that agree in {CORRESPONDENCE_TABLE} (e.g. A −1 with B 2 and B 3). Cohen's kappa = (p_o − p_e) / (1 − p_e) with p_e = Σ over agreeing pairs of the product of the two maps' class shares (with a correspondence table: the weighted kappa with 0/1 agreement weights). The confusion matrix is weighted by true pixel AREAS, not pixel counts; both give the same values on equal-area grids. Kappa is empty when undefined (both maps one single matching class).&lt;br&gt;&lt;br&gt;Maps on different grids are refused unless {ALIGN} is ticked (map B is then resampled, nearest neighbour, to map A's grid).</source>
      <translation>Compara dois mapas categóricos, p. ex., os mapas de degradação ou de prioridade de dois setores, ou o ODS 15.3.1 face a um mapa nacional de severidade (banda 1 de cada um, códigos inteiros).&lt;br&gt;&lt;br&gt;&lt;b&gt;Raster de classes cruzadas.&lt;/b&gt; código = class_a × K + class_b, sendo K a menor potência de dez (pelo menos 10) maior do que max(class_b) − min(0, min(class_b)): com códigos não negativos os dígitos leem-se 'A e depois B' (K = 10: 23 é A 2 / B 3). Int32, sem dados −2147483648 onde algum dos mapas não tem dados. O estilo é escrito junto à saída: uma entrada de legenda 'A=x / B=y' por cada par encontrado (com os nomes das classes quando os mapas os trazem, p. ex., 'A=1 Floresta / B=3 Terras de cultivo'), os pares concordantes em verdes e os outros em vermelhos; os mesmos nomes e cores formam a tabela de atributos do raster da saída, para o QGIS e outros SIG.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tabulação cruzada.&lt;/b&gt; Área em hectares de cada par (class_a, class_b), para todo o raster e por zona, com o código do par e se conta como concordância; os píxeis onde só um mapa tem dados mantêm a sua classe em linhas próprias (com a outra classe vazia), de modo que as linhas de uma classe somadas sobre o outro mapa igualam a área dessa classe. Matriz larga opcional (linhas A, colunas B) como CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Nomes das classes&lt;/b&gt; de cada mapa (colunas class_a_label e class_b_label, o estilo, a tabela de atributos): provêm da tabela de atributos do raster do mapa, dos seus nomes de categoria, do seu estilo de paleta ou do estilo .qml junto ao ficheiro, por esta ordem; caso contrário, o código.&lt;br&gt;&lt;br&gt;&lt;b&gt;Concordância.&lt;/b&gt; Só são comparados os píxeis válidos em ambos os mapas. Concordância global = área concordante / área comparada. Por omissão, um par concorda quando ambos os códigos são iguais; quando as legendas diferem, liste os pares que concordam em {CORRESPONDENCE_TABLE} (p. ex., A −1 com B 2 e B 3). Kappa de Cohen = (p_o − p_e) / (1 − p_e), com p_e = Σ sobre os pares concordantes do produto das proporções de classe dos dois mapas (com uma tabela de correspondência: o kappa ponderado com pesos de concordância 0/1). A matriz de confusão é ponderada pelas ÁREAS reais dos píxeis, não pelo número de píxeis; ambos dão os mesmos valores em grelhas de áreas iguais. O kappa fica vazio quando não está definido (ambos os mapas com uma única classe coincidente).&lt;br&gt;&lt;br&gt;Os mapas em grelhas diferentes são recusados, a menos que {ALIGN} esteja marcado (o mapa B é então reamostrado, por vizinho mais próximo, para a grelha do mapa A).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="51" />
      <source>Compatibility table</source>
      <translation>Tabela de compatibilidade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="58" />
      <source>Compatibility table file (CSV)</source>
      <translation>Ficheiro da tabela de compatibilidade (CSV)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="67" />
      <source>Compute LPD from the three sub-indicator layers, or bring an existing LPD map.</source>
      <translation>Calcular a LPD a partir das três camadas de subindicadores ou fornecer um mapa LPD existente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="30" />
      <source>Computes the land productivity sub-indicator of SDG 15.3.1 from an annual vegetation index series in one step, locally: the trajectory (Mann-Kendall trend, significance {ALPHA}), the state (decile class of the last {RECENT_YEARS} against the earlier years of the period), the performance (mean over the period against the {PERCENTILE} of the pixel's land unit) and their combination into the five Land Productivity Dynamics classes (1 declining, 2 moderate decline, 3 stressed, 4 stable, 5 increasing) with the table of the UNCCD Good Practice Guidance.&lt;br&gt;&lt;br&gt;It runs the algorithms Productivity trajectory, Productivity state, Productivity performance and Land productivity dynamics with the same settings as those; ask for the intermediate layers to keep them (otherwise they are written to temporary files and removed).</source>
      <translation>Calcula o subindicador de produtividade da terra do ODS 15.3.1 a partir de uma série anual de índice de vegetação num só passo, localmente: a trajetória (tendência de Mann-Kendall, significância {ALPHA}), o estado (classe de decil dos últimos {RECENT_YEARS} face aos anos anteriores do período), o desempenho (média do período face ao {PERCENTILE} da unidade de terra do píxel) e a sua combinação nas cinco classes de dinâmica da produtividade da terra (1 em declínio, 2 declínio moderado, 3 sob stress, 4 estável, 5 em aumento) com a tabela do Guia de Boas Práticas da UNCCD.&lt;br&gt;&lt;br&gt;Executa os algoritmos Trajetória da produtividade, Estado da produtividade, Desempenho da produtividade e Dinâmica da produtividade da terra com as mesmas definições destes; peça as camadas intermédias para as manter (caso contrário, são escritas em ficheiros temporários que são depois removidos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="61" />
      <source>Consistency index (CI)</source>
      <translation>Índice de consistência (CI)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="62" />
      <source>Consistency ratio (CR)</source>
      <translation>Rácio de consistência (CR)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="63" />
      <source>Consistent (1 if CR &lt; 0.10, else 0)</source>
      <translation>Consistente (1 se CR &lt; 0,10; caso contrário, 0)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="276" />
      <source>Consistent: CR = {cr:.3f} (acceptable below 0.10).</source>
      <translation>Consistente: CR = {cr:.3f} (aceitável abaixo de 0,10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="204" />
      <source>Contacts as 'name &lt;email&gt;; name &lt;email&gt;'.</source>
      <translation>Contactos na forma 'nome &lt;email&gt;; nome &lt;email&gt;'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="73" />
      <source>Continuous raster to classify, e.g. the output of t2monitor:weightedoverlay (band 1).</source>
      <translation>Raster contínuo a classificar, p. ex., a saída de t2monitor:weightedoverlay (banda 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="50" />
      <source>Control points (fuzzy linear)</source>
      <translation>Pontos de controlo (linear difuso)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="73" />
      <source>Controls are pixels at least half inside the site buffered by this distance, in metres (default 5000). For a raster in degrees, the distance is converted at the site's latitude along the parallels. The dialog offers other units (km, ...) and converts them to metres.</source>
      <translation>Os controlos são os píxeis com pelo menos metade dentro do local alargado por uma zona tampão desta distância, em metros (por omissão 5000). Para um raster em graus, a distância é convertida à latitude do local ao longo dos paralelos. O diálogo oferece outras unidades (km, ...) e converte-as para metros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="145" />
      <source>Copy the weights, comma-separated in criteria order (for the WEIGHTS parameter of the weighted overlay in models).</source>
      <translation>Copiar os pesos, separados por vírgulas pela ordem dos critérios (para o parâmetro WEIGHTS da sobreposição ponderada em modelos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="139" />
      <source>Copy weights</source>
      <translation>Copiar pesos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="109" />
      <source>Counterbalancing file (CSV or XLSX)</source>
      <translation>Ficheiro de compensação (CSV ou XLSX)</translation>
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
      <translation>País (admin 0): campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="170" />
      <source>Country (admin 0): fixed value</source>
      <translation>País (admin 0): valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="87" />
      <source>Country or region</source>
      <translation>País ou região</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="93" />
      <source>Criteria</source>
      <translation>Critérios</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="37" />
      <source>Criteria (comma-separated names)</source>
      <translation>Critérios (nomes separados por vírgulas)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="148" />
      <source>Criteria must be standardised to 0..1 first (t2monitor:standardizecriterion); these have values outside 0..1: {layer}.</source>
      <translation>Os critérios têm de ser primeiro padronizados para 0..1 (t2monitor:standardizecriterion); estes têm valores fora de 0..1: {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="120" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="80" />
      <source>Criterion</source>
      <translation>Critério</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="196" />
      <source>Criterion names must be unique and not empty.</source>
      <translation>Os nomes dos critérios devem ser únicos e não vazios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="41" />
      <source>Criterion raster</source>
      <translation>Raster de critério</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="71" />
      <source>Criterion rasters</source>
      <translation>Rasters de critério</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="26" />
      <source>Criterion rasters already standardised to 0..1 (t2monitor:standardizecriterion), band 1 of each. {WEIGHTS} follow their order; {WEIGHTS_TABLE} names them by layer name.</source>
      <translation>Rasters de critério já padronizados para 0..1 (t2monitor:standardizecriterion), banda 1 de cada um. Os pesos de {WEIGHTS} seguem a sua ordem; {WEIGHTS_TABLE} nomeia-os pelo nome da camada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="18" />
      <source>Criterion weights for the restoration priority overlay from a pairwise comparison matrix (Analytic Hierarchy Process, Saaty).&lt;br&gt;&lt;br&gt;Each judgement a(i, j) says how much more important the row criterion is than the column criterion on Saaty's scale 1/9 ... 1 ... 9 (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme importance). Fill the cells above the diagonal: empty (or 0) cells below it and on the diagonal are filled with reciprocals and 1. Rounded fractions such as 0.333 are read as 1/3. A matrix CSV file ({MATRIX_FILE}: criterion names as header, one row per criterion; fractions like 1/3 allowed) takes precedence over {MATRIX_TABLE}; several experts' files ({EXPERT_FILES}) are combined by the element-wise geometric mean and take precedence over both.&lt;br&gt;&lt;br&gt;Weights are the normalised principal eigenvector; the geometric-mean weights are reported for comparison. Consistency: CI = (lambda_max - n)/(n - 1), CR = CI/RI with Saaty's random index (resources/data/ahp_random_index.csv, n = 1 to 15). CR below 0.10 is acceptable; otherwise a warning names the judgement that departs most from the ratio the weights imply (|log a(i, j) - log(w(i)/w(j))|), the first one to revise.&lt;br&gt;&lt;br&gt;The {WEIGHTS} output is the weights in criteria order as a comma-separated string, ready for the WEIGHTS parameter of the weighted overlay in models.</source>
      <translation>Pesos dos critérios para a sobreposição de prioridade de restauro a partir de uma matriz de comparação par a par (processo analítico hierárquico (AHP), Saaty).&lt;br&gt;&lt;br&gt;Cada juízo a(i, j) indica quanto mais importante é o critério da linha do que o da coluna na escala de Saaty 1/9 ... 1 ... 9 (1 igual importância, 3 importância moderada, 5 importância forte, 7 importância muito forte, 9 importância extrema). Preencha as células acima da diagonal: as células vazias (ou 0) abaixo dela e na diagonal são preenchidas com os recíprocos e com 1. As frações arredondadas como 0.333 são lidas como 1/3. Um ficheiro CSV de matriz ({MATRIX_FILE}: nomes dos critérios como cabeçalho, uma linha por critério; são admitidas frações como 1/3) tem prioridade sobre {MATRIX_TABLE}; os ficheiros de vários especialistas ({EXPERT_FILES}) são combinados pela média geométrica elemento a elemento e têm prioridade sobre ambos.&lt;br&gt;&lt;br&gt;Os pesos são o vetor próprio principal normalizado; os pesos da média geométrica são apresentados para comparação. Consistência: CI = (lambda_max - n)/(n - 1), CR = CI/RI com o índice aleatório de Saaty (resources/data/ahp_random_index.csv, n = 1 a 15). Um CR inferior a 0,10 é aceitável; caso contrário, um aviso indica o juízo que mais se afasta do rácio implícito nos pesos (|log a(i, j) - log(w(i)/w(j))|), o primeiro a rever.&lt;br&gt;&lt;br&gt;A saída {WEIGHTS} são os pesos pela ordem dos critérios como cadeia separada por vírgulas, pronta para o parâmetro WEIGHTS da sobreposição ponderada em modelos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="173" />
      <source>Criterion {number}</source>
      <translation>Critério {number}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Cropland</source>
      <translation>Terras de cultivo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="82" />
      <source>Cross-class factor K</source>
      <translation>Fator de classes cruzadas K</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="61" />
      <source>Cross-class map</source>
      <translation>Mapa de classes cruzadas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="64" />
      <source>Cross-tabulation</source>
      <translation>Tabulação cruzada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="68" />
      <source>Cross-tabulation file (CSV or XLSX)</source>
      <translation>Ficheiro de tabulação cruzada (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="30" />
      <source>Crosses the actual land use (e.g. the UNCCD land cover) with land-use capability classes through a compatibility table. For each pair (land-use code, capability class) the table gives a signed number of steps: 0 proper use, k &amp;gt; 0 overuse by k steps (a use more intensive than the land supports: a degradation driver and a restoration priority), k &amp;lt; 0 underuse by |k| steps.&lt;br&gt;&lt;br&gt;The output holds the category: 1 proper use, 2 overuse, 3 underuse (Int16, nodata -32768 where either input has none); the optional steps output holds the signed steps, a graded ROAM criterion. The area table gives the area of each category and of each number of steps, overall and per zone.&lt;br&gt;&lt;br&gt;Without a table, resources/data/land_use_capability_compatibility.csv is used (UNCCD classes x capability classes 1-8): cropland proper on classes 1-4 and overuse by (class - 4) steps on 5-8; grassland proper on 3-7, overuse on 8, underuse on 1-2; tree cover, wetland, artificial, other land and water proper everywhere. A pair found in the rasters but missing from the table stops the run with the list of missing pairs; nothing is written.</source>
      <translation>Cruza o uso atual da terra (p. ex., a ocupação do solo UNCCD) com as classes de capacidade de uso da terra através de uma tabela de compatibilidade. Para cada par (código de uso da terra, classe de capacidade) a tabela dá um número de passos com sinal: 0 uso adequado, k &amp;gt; 0 sobreuso de k passos (um uso mais intensivo do que a terra suporta: um fator de degradação e uma prioridade de restauro), k &amp;lt; 0 subuso de |k| passos.&lt;br&gt;&lt;br&gt;A saída contém a categoria: 1 uso adequado, 2 sobreuso, 3 subuso (Int16, sem dados -32768 onde alguma das entradas não tem dados); a saída opcional de passos contém os passos com sinal, um critério ROAM graduado. A tabela de áreas dá a área de cada categoria e de cada número de passos, no total e por zona.&lt;br&gt;&lt;br&gt;Sem tabela, é usado resources/data/land_use_capability_compatibility.csv (classes UNCCD x classes de capacidade 1-8): terras de cultivo com uso adequado nas classes 1-4 e sobreuso de (classe - 4) passos nas 5-8; pastagens com uso adequado nas 3-7, sobreuso na 8 e subuso nas 1-2; coberto arbóreo, zonas húmidas, artificial, outras terras e água com uso adequado em todas. Um par presente nos rasters mas ausente da tabela para a execução com a lista dos pares em falta; nada é escrito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="64" />
      <source>Custom reclassification CSV</source>
      <translation>CSV de reclassificação personalizado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="59" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="57" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="88" />
      <source>Custom reclassification table</source>
      <translation>Tabela de reclassificação personalizada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="93" />
      <source>Custom reclassification table (CSV)</source>
      <translation>Tabela de reclassificação personalizada (CSV)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="19" />
      <source>Data</source>
      <translation>Dados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="92" />
      <source>Data sources</source>
      <translation>Fontes de dados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="93" />
      <source>Data sources, one per line or separated by ';'; the first one is the source line of the maps.</source>
      <translation>Fontes de dados, uma por linha ou separadas por ';'; a primeira é a linha de fonte dos mapas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="218" />
      <source>Data sources:</source>
      <translation>Fontes de dados:</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="97" />
      <source>Date shown in the report and stored in the PDF (YYYY-MM-DD). Empty: today.</source>
      <translation>Data mostrada no relatório e guardada no PDF (AAAA-MM-DD). Vazio: hoje.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="55" />
      <source>Decile class change</source>
      <translation>Alteração de classe de decil</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Declining</source>
      <translation>Em declínio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="55" />
      <source>Declining against controls</source>
      <translation>Em declínio face aos controlos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="17" />
      <source>Declining area (ha)</source>
      <translation>Área em declínio (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="17" />
      <source>Declining pixels</source>
      <translation>Píxeis em declínio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="90" />
      <source>Default: a pixel missing in any criterion is nodata. Otherwise the weighted mean is taken over the criteria present at the pixel (weights renormalised over them), and the pixel is nodata only when no criterion with a weight is present.</source>
      <translation>Por omissão: um píxel em falta em qualquer critério fica sem dados. Caso contrário, a média ponderada é calculada sobre os critérios presentes no píxel (com os pesos renormalizados entre eles), e o píxel só fica sem dados quando não está presente nenhum critério com peso.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="20" />
      <source>Degradation</source>
      <translation>Degradação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="42" />
      <source>Degradation layer</source>
      <translation>Camada de degradação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="107" />
      <source>Degradation severity</source>
      <translation>Severidade da degradação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="44" />
      <source>Degradation severity (national criteria)</source>
      <translation>Severidade da degradação (critérios nacionais)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="18" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="36" />
      <source>Degradation status</source>
      <translation>Estado da degradação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="15" />
      <source>Degradation status (baseline vs reporting period)</source>
      <translation>Estado da degradação (referência vs. período de relatório)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="16" />
      <source>Degradation status against the baseline</source>
      <translation>Estado da degradação em relação à referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="55" />
      <source>Degradation status areas</source>
      <translation>Áreas do estado da degradação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="72" />
      <source>Degradation status map</source>
      <translation>Mapa do estado da degradação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="53" />
      <source>Degradation threshold (ratio)</source>
      <translation>Limiar de degradação (rácio)</translation>
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
      <translation>Mapa degradado (-1) / estável (0) / melhorado (1) do período de relatório (sdg1531).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="146" />
      <source>Degraded (ha)</source>
      <translation>Degradado (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="174" />
      <source>Degraded against the baseline (ha)</source>
      <translation>Degradado face ao período de referência (ha)</translation>
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
      <translation>Área degradada estimada a partir de uma amostra aleatória estratificada com rótulos de referência (estimador estratificado, Olofsson et al. 2014): {estimate} ha {pm} {ci} ha, intervalo de confiança de 95 % de {lower} a {upper} ha, {share} % da terra (IC 95 % de {share_lower} a {share_upper} %). A área mapeada (contada por píxeis) é de {mapped} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="112" />
      <source>Degraded area of the whole region in {SDG_SUMMARY}.</source>
      <translation>Área degradada de toda a região em {SDG_SUMMARY}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="120" />
      <source>Degraded area, categories 1 and above (ha)</source>
      <translation>Área degradada, categorias 1 e superiores (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="147" />
      <location filename="../t2_monitor_plugin/core/report.py" line="106" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="61" />
      <source>Degraded baseline (ha)</source>
      <translation>Referência degradada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="133" />
      <source>Degraded baseline raster</source>
      <translation>Raster da referência degradada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="168" />
      <source>Degraded baseline: {mapped:.2f} ha mapped, {est:.2f} ± {ci:.2f} ha estimated from the sample (95 % interval); {pct} % of the estimated baseline is under restoration.</source>
      <translation>Referência degradada: {mapped:.2f} ha cartografados, {est:.2f} ± {ci:.2f} ha estimados a partir da amostra (intervalo de 95 %); {pct} % da referência estimada está em restauro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="110" />
      <source>Degraded by performance: {degraded:.1f} ha of {rated:.1f} ha rated.</source>
      <translation>Degradado por desempenho: {degraded:.1f} ha de {rated:.1f} ha avaliados.</translation>
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
      <translation>Terra degradada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="119" />
      <source>Degraded land by ecosystem type</source>
      <translation>Terra degradada por tipo de ecossistema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="39" />
      <source>Degraded land follows SDG indicator 15.3.1 (UNCCD Good Practice Guidance): the land cover, land productivity and soil organic carbon sub-indicators are combined with the 'one out, all out' rule; the proportion of degraded land is the degraded area divided by the total land area (also GBF indicator 2.CT.1).</source>
      <translation>A terra degradada segue o indicador ODS 15.3.1 (Guia de Boas Práticas da UNCCD): os subindicadores de cobertura do solo, produtividade da terra e carbono orgânico do solo são combinados com a regra 'um fora, todos fora'; a proporção de terra degradada é a área degradada dividida pela área total de terra (também o indicador 2.CT.1 do QMB).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="93" />
      <source>Degraded land over total land area (0-1); empty when there is no land.</source>
      <translation>Terra degradada sobre a área terrestre total (0-1); vazio quando não há terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="140" />
      <source>Degraded land polygons</source>
      <translation>Polígonos de terra degradada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="104" />
      <source>Degraded land, SDG 15.3.1 (ha)</source>
      <translation>Terra degradada, ODS 15.3.1 (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="99" />
      <source>Degraded land, sample-based estimate (ha)</source>
      <translation>Terra degradada, estimativa por amostragem (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="68" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="66" />
      <source>Degraded pixels</source>
      <translation>Píxeis degradados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="191" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="161" />
      <source>Degraded {degraded:.2f} ha, stable {stable:.2f} ha, improved {improved:.2f} ha.</source>
      <translation>Degradado {degraded:.2f} ha, estável {stable:.2f} ha, melhorado {improved:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="105" />
      <source>Degraded, stable, improved and net area per zone, comparison and land type.</source>
      <translation>Área degradada, estável, melhorada e líquida por zona, comparação e tipo de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="258" />
      <source>Degraded: SDG 15.3.1 of the reporting period. Degraded baseline, under restoration and remaining: GBF 2.1 in {year}, target {target} %.</source>
      <translation>Degradado: ODS 15.3.1 do período de relatório. Referência degradada, em restauração e restante: QMB 2.1 em {year}, meta {target} %.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="135" />
      <source>Degraded: {degraded:.1f} ha of {land:.1f} ha of land ({share:.2f} %).</source>
      <translation>Degradado: {degraded:.1f} ha de {land:.1f} ha de terra ({share:.2f} %).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/build.py" line="131" />
      <source>Deprecated since 0.2.0: use {key}.</source>
      <translation>Obsoleto desde a versão 0.2.0: use {key}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="94" />
      <source>Dissolved areas under restoration</source>
      <translation>Áreas em restauro dissolvidas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="96" />
      <source>Double-click a name to rename it.</source>
      <translation>Faça duplo clique num nome para o mudar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="83" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="85" />
      <source>E-mail address of that person (name@domain)</source>
      <translation>Endereço de e-mail dessa pessoa (nome@domínio)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="56" />
      <source>ESA CCI land cover (built-in preset)</source>
      <translation>Ocupação do solo ESA CCI (predefinição incorporada)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="114" />
      <source>Ecosystem field</source>
      <translation>Campo de ecossistema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="105" />
      <source>Ecosystem of each raster value</source>
      <translation>Ecossistema de cada valor do raster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="214" />
      <source>Ecosystem restoration under Target 2 of the Kunming-Montreal Global Biodiversity Framework</source>
      <translation>Restauração de ecossistemas no âmbito da Meta 2 do Quadro Global de Biodiversidade de Kunming-Montreal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="110" />
      <source>Ecosystem types (polygons)</source>
      <translation>Tipos de ecossistemas (polígonos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="102" />
      <source>Ecosystem types (raster)</source>
      <translation>Tipos de ecossistemas (raster)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="110" />
      <source>Ecosystems (GET biomes): field</source>
      <translation>Ecossistemas (biomas GET): campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="120" />
      <source>Ecosystems (GET biomes): fixed value</source>
      <translation>Ecossistemas (biomas GET): valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="114" />
      <source>Ecosystems (GET biomes): fixed value as text</source>
      <translation>Ecossistemas (biomas GET): valor fixo como texto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="101" />
      <source>Effectiveness table file (CSV or XLSX)</source>
      <translation>Ficheiro da tabela de eficácia (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="128" />
      <source>Empty: the map classes of the points, e.g. -1:Degraded, 0:Stable</source>
      <translation>Vazio: as classes do mapa dos pontos, p. ex., -1:Degradado, 0:Estável</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="56" />
      <source>End year field</source>
      <translation>Campo do ano de fim</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Equal interval</source>
      <translation>Intervalos iguais</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="24" />
      <source>Equal interval (exact min-max), quantile (equal areas of pixels), natural breaks (Jenks, on a seeded pixel sample) or manual breaks.</source>
      <translation>Intervalos iguais (mínimo-máximo exato), quantis (áreas iguais de píxeis), quebras naturais (Jenks, sobre uma amostra de píxeis com semente) ou cortes manuais.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="73" />
      <source>Equal per stratum</source>
      <translation>Igual por estrato</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="80" />
      <source>Error matrix (area proportions)</source>
      <translation>Matriz de erros (proporções de área)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="83" />
      <source>Error matrix file (CSV or XLSX)</source>
      <translation>Ficheiro da matriz de erros (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="59" />
      <source>Error recode polygons</source>
      <translation>Polígonos de recodificação de erros</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="89" />
      <source>Error recode report</source>
      <translation>Relatório de recodificação de erros</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="91" />
      <source>Error recode report file (CSV or XLSX)</source>
      <translation>Ficheiro do relatório de recodificação de erros (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="156" />
      <source>Estimated area (95 % interval)</source>
      <translation>Área estimada (intervalo de 95 %)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="89" />
      <source>Estimated area of the reported class (ha)</source>
      <translation>Área estimada da classe reportada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="32" />
      <source>Estimated degraded area (accuracy assessment table)</source>
      <translation>Área degradada estimada (tabela da avaliação da exatidão)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="38" />
      <source>Estimated degraded area (ha)</source>
      <translation>Área degradada estimada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="111" />
      <source>Estimated degraded baseline (ha)</source>
      <translation>Referência degradada estimada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="79" />
      <source>Estimates file (CSV or XLSX)</source>
      <translation>Ficheiro de estimativas (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="94" />
      <source>Estimator</source>
      <translation>Estimador</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="274" />
      <source>Every point is labelled.</source>
      <translation>Todos os pontos estão rotulados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="92" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="65" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Livro do Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>Excluded</source>
      <translation>Excluído</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="118" />
      <source>Excluded area (ha)</source>
      <translation>Área excluída (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="43" />
      <source>Exclusion polygons</source>
      <translation>Polígonos de exclusão</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="40" />
      <source>Exclusion rasters</source>
      <translation>Rasters de exclusão</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="64" />
      <source>Expected user's accuracy of other strata</source>
      <translation>Exatidão do utilizador esperada dos outros estratos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="65" />
      <source>Expected user's accuracy of the strata not listed in {EXPECTED_UA} (default 0.85).</source>
      <translation>Exatidão do utilizador esperada dos estratos não indicados em {EXPECTED_UA} (por omissão 0.85).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="60" />
      <source>Expected user's accuracy per stratum</source>
      <translation>Exatidão do utilizador esperada por estrato</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="110" />
      <source>Expert files given: the matrix and the matrix file are not used.</source>
      <translation>Foram indicados ficheiros de especialistas: a matriz e o ficheiro de matriz não são usados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="52" />
      <source>Expert matrix CSV files (group)</source>
      <translation>Ficheiros CSV de matrizes de especialistas (grupo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="17" />
      <source>Export UNCCD PRAIS tables (SO1)</source>
      <translation>Exportar tabelas PRAIS da UNCCD (SO1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="109" />
      <source>Export and publish</source>
      <translation>Exportar e publicar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/base.py" line="8" />
      <source>Export and reporting</source>
      <translation>Exportação e relatórios</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="196" />
      <source>Export files</source>
      <translation>Ficheiros de exportação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="67" />
      <source>Export restoration sites to FERM</source>
      <translation>Exportar locais de restauro para o FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="37" />
      <source>Export to CBD ORT (indicator 2.1)</source>
      <translation>Exportar para o ORT da CBD (indicador 2.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="103" />
      <source>Export to FERM</source>
      <translation>Exportar para o FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="168" />
      <source>Exporting to FERM files…</source>
      <translation>A exportar para ficheiros do FERM…</translation>
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
      <translation>Chave de API do FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="217" />
      <source>FERM API payload</source>
      <translation>Carga útil para a API do FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="39" />
      <source>FERM API payload or FERM polygon export (GeoJSON FeatureCollection, EPSG:4326).</source>
      <translation>Carga útil para a API do FERM ou exportação de polígonos do FERM (GeoJSON FeatureCollection, EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="38" />
      <source>FERM GeoJSON file</source>
      <translation>Ficheiro GeoJSON do FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="235" />
      <source>FERM area (ha)</source>
      <translation>Área FERM (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="57" />
      <source>FERM export: {error}</source>
      <translation>Exportação para o FERM: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="139" />
      <source>FERM field</source>
      <translation>Campo do FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="197" />
      <source>FERM institution id of the reporting institution.</source>
      <translation>Identificador FERM da instituição que reporta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="187" />
      <source>FERM project object as JSON (keys institutionId, title, startingYear, restorationTypes, pointsOfContact, organizations, countries), or a payload whose 'properties' hold it. The parameters below override its keys when given.</source>
      <translation>Objeto de projeto do FERM em JSON (chaves institutionId, title, startingYear, restorationTypes, pointsOfContact, organizations, countries), ou uma carga útil cujas 'properties' o contenham. Os parâmetros abaixo substituem as suas chaves quando indicados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="62" />
      <source>FERM restoration status: code (1 In preparation, 2 In progress, 3 Post-completion monitoring) or label in English, Spanish, French or Portuguese. Empty: every site with a start year counts.</source>
      <translation>Estado de restauro FERM: código (1 Em preparação, 2 Em progresso, 3 Monitoramento pós-conclusão) ou rótulo em inglês, espanhol, francês ou português. Vazio: conta todo o local com ano de início.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="45" />
      <source>FERM sites</source>
      <translation>Locais FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="221" />
      <source>FERM upload package</source>
      <translation>Pacote de carregamento para o FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="26" />
      <source>FERM,FAO,restoration,registry,GeoJSON,import,vocabulary,labels</source>
      <translation>FERM,FAO,restauro,registo,GeoJSON,importar,vocabulário,rótulos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="68" />
      <source>FERM,FAO,restoration,registry,GeoJSON,shapefile,KML,GEF,upload,export,validation</source>
      <translation>FERM,FAO,restauro,registo,GeoJSON,shapefile,KML,GEF,carregamento,exportar,validação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="184" />
      <source>Feature {fid} of {layer} has '{value}' in {field}; use -1, 0, 1 or degraded, stable, improved.</source>
      <translation>A entidade {fid} de {layer} tem '{value}' em {field}; use -1, 0, 1 ou degraded, stable, improved.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="233" />
      <source>Features in error</source>
      <translation>Entidades com erros</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="234" />
      <source>Features with warnings</source>
      <translation>Entidades com avisos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="77" />
      <source>Field explaining each correction; copied to the recode report.</source>
      <translation>Campo que explica cada correção; é copiado para o relatório de recodificação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="63" />
      <source>Field giving what degraded pixels become (-1, 0, 1, or degraded/stable/improved; empty keeps them).</source>
      <translation>Campo que indica em que se tornam os píxeis degradados (-1, 0, 1, ou degraded/stable/improved; vazio mantém-nos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="70" />
      <source>Field giving what improved pixels become (empty keeps them).</source>
      <translation>Campo que indica em que se tornam os píxeis melhorados (vazio mantém-nos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="67" />
      <source>Field giving what stable pixels become (empty keeps them).</source>
      <translation>Campo que indica em que se tornam os píxeis estáveis (vazio mantém-nos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="125" />
      <source>Field holding the FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Empty: use {ACTIVITIES_CODES}. Values are checked against the FERM vocabulary: codes outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Campo com os códigos de atividade do FERM, separados por vírgulas (atividades finais 1-50, p. ex., 4,6,24). Vazio: é usado {ACTIVITIES_CODES}. Os valores são verificados face ao vocabulário do FERM: os códigos fora dele são erros na tabela de validação, que indicam o código e o campo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="139" />
      <source>Field holding the FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Empty: use {RESTORATION_TYPE_CODE}. Values are checked against the FERM vocabulary: codes or labels outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Campo com o tipo de restauro do FERM: 1 Restauro ecológico, 2 Reabilitação (código ou rótulo). Vazio: é usado {RESTORATION_TYPE_CODE}. Os valores são verificados face ao vocabulário do FERM: os códigos ou rótulos fora dele são erros na tabela de validação, que indicam o código e o campo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="154" />
      <source>Field holding the FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Empty: use {TENURE_CODE}. Values are checked against the FERM vocabulary: codes or labels outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Campo com o código de regime de posse da terra do FERM 1-7 (1 Comunitário, 2 Governamental, 3 TIT, 4 Propriedade conjunta, 5 Privado, 6 Outro, 7 Não sabe) ou rótulo. Vazio: é usado {TENURE_CODE}. Os valores são verificados face ao vocabulário do FERM: os códigos ou rótulos fora dele são erros na tabela de validação, que indicam o código e o campo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="111" />
      <source>Field holding the IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Empty: use {ECOSYSTEMS_CODES}. Values are checked against the FERM vocabulary: codes outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Campo com os códigos de bioma da Tipologia Global de Ecossistemas da UICN, separados por vírgulas (p. ex., T1,TF1). Vazio: é usado {ECOSYSTEMS_CODES}. Os valores são verificados face ao vocabulário do FERM: os códigos fora dele são erros na tabela de validação, que indicam o código e o campo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="175" />
      <source>Field holding the administrative level 1 (e.g. region). Empty: use {ADMIN1_VALUE}.</source>
      <translation>Campo com o nível administrativo 1 (p. ex., região). Vazio: é usado {ADMIN1_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="181" />
      <source>Field holding the administrative level 2 (e.g. province). Empty: use {ADMIN2_VALUE}.</source>
      <translation>Campo com o nível administrativo 2 (p. ex., província). Vazio: é usado {ADMIN2_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="169" />
      <source>Field holding the country (administrative level 0). Empty: use {ADMIN0_VALUE}.</source>
      <translation>Campo com o país (nível administrativo 0). Vazio: é usado {ADMIN0_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="98" />
      <source>Field holding the site id (FERM siteId; GEF ID_CODE). Empty: use {SITE_ID_VALUE}.</source>
      <translation>Campo com o id. do local (siteId do FERM; ID_CODE do GEF). Vazio: é usado {SITE_ID_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="91" />
      <source>Field holding the site name (FERM siteName; text, non-ASCII kept). Empty: use {SITE_NAME_VALUE}.</source>
      <translation>Campo com o nome do local (siteName do FERM; texto, os caracteres não ASCII são mantidos). Vazio: é usado {SITE_NAME_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="104" />
      <source>Field holding the year restoration started (a year, a date or text such as 2014/05/01). Empty: use {START_YEAR_VALUE}.</source>
      <translation>Campo com o ano de início do restauro (um ano, uma data ou um texto como 2014/05/01). Vazio: é usado {START_YEAR_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="73" />
      <source>Field listing the periods a polygon applies to, separated by commas (e.g. baseline, report_1); empty: all periods.</source>
      <translation>Campo com os períodos a que um polígono se aplica, separados por vírgulas (p. ex., baseline, report_1); vazio: todos os períodos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="91" />
      <source>Field naming each land unit; polygons sharing a value form one unit. Empty: each feature is a unit.</source>
      <translation>Campo que dá nome a cada unidade de terra; os polígonos que partilham um valor formam uma unidade. Vazio: cada entidade é uma unidade.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="49" />
      <source>Field naming each site in the validation table. Empty: sites are named by feature id.</source>
      <translation>Campo que dá nome a cada local na tabela de validação. Vazio: os locais recebem o nome do seu identificador de entidade.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="82" />
      <source>Field naming each zone as in the tables (atlas pages). Empty: feature ids.</source>
      <translation>Campo que nomeia cada zona como nas tabelas (páginas do atlas). Vazio: identificadores das entidades.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="52" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: each feature is a zone named by its feature id.</source>
      <translation>Campo que dá nome a cada zona; as entidades que partilham um valor formam uma zona. Vazio: cada entidade é uma zona com o nome do seu identificador.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="36" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: feature ids.</source>
      <translation>Campo que dá nome a cada zona; as entidades que partilham um valor formam uma zona. Vazio: identificadores das entidades.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="40" />
      <source>Field of the land unit polygons holding the whole-number land unit id.</source>
      <translation>Campo dos polígonos de unidades de terra que contém o identificador inteiro da unidade de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="62" />
      <source>Field with a descriptive name copied to the output (e.g. site_name).</source>
      <translation>Campo com um nome descritivo copiado para a saída (p. ex., site_name).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="115" />
      <source>Field with the IUCN GET code or name of each polygon's ecosystem. Empty: feature ids (written under 'Other').</source>
      <translation>Campo com o código GET da UICN ou o nome do ecossistema de cada polígono. Vazio: identificadores das entidades (escritos em 'Other').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="77" />
      <source>Field with the restoration activities (codes or names, several separated by commas) to disaggregate by.</source>
      <translation>Campo com as atividades de restauro (códigos ou nomes, vários separados por vírgulas) pelas quais desagregar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="81" />
      <source>Field with the restoration type (e.g. FERM 1 Ecological restoration, 2 Rehabilitation) to disaggregate by.</source>
      <translation>Campo com o tipo de restauro (p. ex., FERM 1 Restauro ecológico, 2 Reabilitação) pelo qual desagregar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="62" />
      <source>Field: new value of degraded pixels</source>
      <translation>Campo: novo valor dos píxeis degradados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="69" />
      <source>Field: new value of improved pixels</source>
      <translation>Campo: novo valor dos píxeis melhorados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="66" />
      <source>Field: new value of stable pixels</source>
      <translation>Campo: novo valor dos píxeis estáveis</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="72" />
      <source>Field: periods affected</source>
      <translation>Campo: períodos afetados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="76" />
      <source>Field: reason</source>
      <translation>Campo: motivo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="255" />
      <source>Figures per zone</source>
      <translation>Números por zona</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="230" />
      <source>Filled automatically: the reciprocal of the judgement above the diagonal.</source>
      <translation>Preenchido automaticamente: o recíproco do juízo acima da diagonal.</translation>
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
      <translation>Ocupação do solo final</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="49" />
      <source>Final map</source>
      <translation>Mapa final</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="56" />
      <source>Final-year land cover in UNCCD classes; its water bodies (class 7) are left out of the land area.</source>
      <translation>Ocupação do solo do ano final em classes UNCCD; as suas massas de água (classe 7) ficam fora da área terrestre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="48" />
      <source>First categorical map (band 1, whole-number class codes); its grid is the reference.</source>
      <translation>Primeiro mapa categórico (banda 1, códigos de classe inteiros); a sua grelha é a de referência.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="31" />
      <source>First reporting period against the baseline, whole raster, in hectares (true ellipsoidal area).</source>
      <translation>Primeiro período de relatório face à referência, raster completo, em hectares (área elipsoidal real).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="49" />
      <source>First year</source>
      <translation>Primeiro ano</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="44" />
      <source>First year analysed. Empty: the first year of the series.</source>
      <translation>Primeiro ano analisado. Vazio: o primeiro ano da série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="44" />
      <source>First year averaged. Empty: the first year of the series.</source>
      <translation>Primeiro ano da média. Vazio: o primeiro ano da série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="32" />
      <source>First year of the analysis period</source>
      <translation>Primeiro ano do período de análise</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="33" />
      <source>First year of the baseline</source>
      <translation>Primeiro ano da referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="34" />
      <source>First year of the baseline period. Empty: the first year of the series.</source>
      <translation>Primeiro ano do período de referência. Vazio: o primeiro ano da série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="43" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="43" />
      <source>First year of the period</source>
      <translation>Primeiro ano do período</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="39" />
      <source>First year of the recent period</source>
      <translation>Primeiro ano do período recente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="40" />
      <source>First year of the recent period. Empty: the last 3 years of the series (two years before the recent period's last year).</source>
      <translation>Primeiro ano do período recente. Vazio: os últimos 3 anos da série (dois anos antes do último ano do período recente).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="50" />
      <source>First year of the table. Empty: the earliest start year of the counted sites.</source>
      <translation>Primeiro ano da tabela. Vazio: o ano de início mais antigo dos locais contados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="33" />
      <source>First year of the trend. Empty: the first year of the series.</source>
      <translation>Primeiro ano da tendência. Vazio: o primeiro ano da série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="47" />
      <source>Five LPD classes (1-5)</source>
      <translation>Cinco classes LPD (1-5)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="142" />
      <source>Fixed value</source>
      <translation>Valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="129" />
      <source>Fixed value for every site as text: FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Used where {ACTIVITIES_FIELD} is not chosen or is empty. The same as {ACTIVITIES_CODES}, for models and scripts; give one of the two.</source>
      <translation>Valor fixo para todos os locais como texto: códigos de atividade do FERM, separados por vírgulas (atividades finais 1-50, p. ex., 4,6,24). Usado quando {ACTIVITIES_FIELD} não é escolhido ou está vazio. O mesmo que {ACTIVITIES_CODES}, para modelos e scripts; indique apenas um dos dois.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="144" />
      <source>Fixed value for every site as text: FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Used where {RESTORATION_TYPE_FIELD} is not chosen or is empty. The same as {RESTORATION_TYPE_CODE}, for models and scripts; give one of the two.</source>
      <translation>Valor fixo para todos os locais como texto: tipo de restauro do FERM: 1 Restauro ecológico, 2 Reabilitação (código ou rótulo). Usado quando {RESTORATION_TYPE_FIELD} não é escolhido ou está vazio. O mesmo que {RESTORATION_TYPE_CODE}, para modelos e scripts; indique apenas um dos dois.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="159" />
      <source>Fixed value for every site as text: FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Used where {TENURE_FIELD} is not chosen or is empty. The same as {TENURE_CODE}, for models and scripts; give one of the two.</source>
      <translation>Valor fixo para todos os locais como texto: código de regime de posse da terra do FERM 1-7 (1 Comunitário, 2 Governamental, 3 TIT, 4 Propriedade conjunta, 5 Privado, 6 Outro, 7 Não sabe) ou rótulo. Usado quando {TENURE_FIELD} não é escolhido ou está vazio. O mesmo que {TENURE_CODE}, para modelos e scripts; indique apenas um dos dois.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="115" />
      <source>Fixed value for every site as text: IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Used where {ECOSYSTEMS_FIELD} is not chosen or is empty. The same as {ECOSYSTEMS_CODES}, for models and scripts; give one of the two.</source>
      <translation>Valor fixo para todos os locais como texto: códigos de bioma da Tipologia Global de Ecossistemas da UICN, separados por vírgulas (p. ex., T1,TF1). Usado quando {ECOSYSTEMS_FIELD} não é escolhido ou está vazio. O mesmo que {ECOSYSTEMS_CODES}, para modelos e scripts; indique apenas um dos dois.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="177" />
      <source>Fixed value for every site: administrative level 1 (e.g. region). Used where {ADMIN1_FIELD} is not chosen or is empty.</source>
      <translation>Valor fixo para todos os locais: nível administrativo 1 (p. ex., região). Usado quando {ADMIN1_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="183" />
      <source>Fixed value for every site: administrative level 2 (e.g. province). Used where {ADMIN2_FIELD} is not chosen or is empty.</source>
      <translation>Valor fixo para todos os locais: nível administrativo 2 (p. ex., província). Usado quando {ADMIN2_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="171" />
      <source>Fixed value for every site: country (administrative level 0). Used where {ADMIN0_FIELD} is not chosen or is empty.</source>
      <translation>Valor fixo para todos os locais: país (nível administrativo 0). Usado quando {ADMIN0_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="100" />
      <source>Fixed value for every site: site id (FERM siteId; GEF ID_CODE). Used where {SITE_ID_FIELD} is not chosen or is empty.</source>
      <translation>Valor fixo para todos os locais: id. do local (siteId do FERM; ID_CODE do GEF). Usado quando {SITE_ID_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="94" />
      <source>Fixed value for every site: site name (FERM siteName; text, non-ASCII kept). Used where {SITE_NAME_FIELD} is not chosen or is empty.</source>
      <translation>Valor fixo para todos os locais: nome do local (siteName do FERM; texto, os caracteres não ASCII são mantidos). Usado quando {SITE_NAME_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="107" />
      <source>Fixed value for every site: year restoration started (a year, a date or text such as 2014/05/01). Used where {START_YEAR_FIELD} is not chosen or is empty.</source>
      <translation>Valor fixo para todos os locais: ano de início do restauro (um ano, uma data ou um texto como 2014/05/01). Usado quando {START_YEAR_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="70" />
      <source>Float32 score 0..1, nodata -9999.</source>
      <translation>Pontuação Float32 0..1, sem dados -9999.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="43" />
      <source>Float32 share of Monte Carlo runs with the pixel in the top class; -1 excluded; nodata -9999.</source>
      <translation>Proporção Float32 das execuções de Monte Carlo em que o píxel está na classe superior; -1 excluído; sem dados -9999.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="117" />
      <source>Float32 suitability 0..1; -1 excluded; nodata -9999.</source>
      <translation>Aptidão Float32 0..1; -1 excluído; sem dados -9999.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="87" />
      <source>Footnote</source>
      <translation>Nota de rodapé</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="40" />
      <source>For a land-cover map: the codes that are forest, separated by commas (e.g. 1 for Tree-covered in the UNCCD classes). Required with a land-cover map.</source>
      <translation>Para um mapa de ocupação do solo: os códigos que são floresta, separados por vírgulas (p. ex., 1 para Coberto arbóreo nas classes UNCCD). Obrigatório com um mapa de ocupação do solo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="35" />
      <source>For each restoration site, tests whether the annual vegetation index (e.g. NDVI) rises faster after the site's start year than on comparable land nearby.&lt;br&gt;&lt;br&gt;&lt;b&gt;Site pixels&lt;/b&gt;: pixels at least half inside the site polygon. &lt;b&gt;Controls&lt;/b&gt;: pixels within {SEARCH_DISTANCE} of the site, outside every site of the layer (whatever its status) buffered by a gap of {GAP_PIXELS}, in the same land unit ({LAND_UNITS}) and baseline class ({BASELINE}) as the site's pixels (optional rasters). Each (land unit, class) stratum of the site is compared with the controls of the same stratum, weighted by the site's share of pixels in it.&lt;br&gt;&lt;b&gt;Estimate&lt;/b&gt;: difference-in-differences of OLS trends of the yearly mean index: (site slope from the start year on - site slope before) - (control slope after - control slope before), in index units per year. &lt;b&gt;p-value&lt;/b&gt;: from the standard error of that term in the interrupted time-series regression of the site-minus-control series (Student's t, n - 4 degrees of freedom); it is the chance of an effect at least this large if restoration changed nothing and the yearly residuals were independent.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: improving (effect &gt; 0, p &lt;= {ALPHA}), declining (effect &lt; 0, p &lt;= {ALPHA}), no detectable effect yet, too early to tell (fewer than {MIN_YEARS_AFTER} years from the start), not assessable (no start year, excluded status, no pixel or no control, fewer than {MIN_YEARS_BEFORE} years before the start), each with a reason.&lt;br&gt;&lt;br&gt;&lt;b&gt;Limits&lt;/b&gt;: sites are not randomised, so controls only approximate what would have happened; spill-overs and leakage beyond the gap are not seen; a non-linear difference in pre-trends biases the estimate (compare the before slopes); short post periods give wide errors; cloud gaps change which pixels make a year's mean. The end year is not used: the after period runs to the last year of the series.</source>
      <translation>Para cada local de restauro, testa se o índice de vegetação anual (p. ex., NDVI) aumenta mais depressa após o ano de início do local do que em terras comparáveis nas proximidades.&lt;br&gt;&lt;br&gt;&lt;b&gt;Píxeis do local&lt;/b&gt;: píxeis com pelo menos metade dentro do polígono do local. &lt;b&gt;Controlos&lt;/b&gt;: píxeis dentro de {SEARCH_DISTANCE} do local, fora de todos os locais da camada (seja qual for o seu estado) alargados por um intervalo de {GAP_PIXELS}, na mesma unidade de terra ({LAND_UNITS}) e classe de referência ({BASELINE}) que os píxeis do local (rasters opcionais). Cada estrato (unidade de terra, classe) do local é comparado com os controlos do mesmo estrato, ponderado pela proporção de píxeis do local que contém.&lt;br&gt;&lt;b&gt;Estimativa&lt;/b&gt;: diferença nas diferenças das tendências por mínimos quadrados ordinários da média anual do índice: (declive do local a partir do ano de início - declive do local antes) - (declive dos controlos depois - declive dos controlos antes), em unidades do índice por ano. &lt;b&gt;Valor p&lt;/b&gt;: a partir do erro-padrão desse termo na regressão de séries temporais interrompidas da série local menos controlos (t de Student, n - 4 graus de liberdade); é a probabilidade de um efeito pelo menos tão grande se o restauro nada tivesse mudado e os resíduos anuais fossem independentes.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: melhoria (efeito &gt; 0, p &lt;= {ALPHA}), declínio (efeito &lt; 0, p &lt;= {ALPHA}), ainda sem efeito detetável, demasiado cedo para avaliar (menos de {MIN_YEARS_AFTER} anos desde o início), não avaliável (sem ano de início, estado excluído, sem píxeis ou sem controlos, menos de {MIN_YEARS_BEFORE} anos antes do início), cada uma com um motivo.&lt;br&gt;&lt;br&gt;&lt;b&gt;Limites&lt;/b&gt;: os locais não são aleatorizados, pelo que os controlos apenas aproximam o que teria acontecido; os efeitos de contágio e as fugas para além do intervalo não são detetados; uma diferença não linear nas tendências prévias enviesa a estimativa (compare os declives anteriores); períodos posteriores curtos dão erros amplos; as falhas por nuvens alteram os píxeis que formam a média de um ano. O ano de fim não é usado: o período posterior vai até ao último ano da série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="53" />
      <source>For land-cover maps: the codes that count as natural vegetation, separated by commas (e.g. 1,2,4 for tree-covered, grassland and wetland in the UNCCD classes). Required with land-cover maps.</source>
      <translation>Para mapas de ocupação do solo: os códigos que contam como vegetação natural, separados por vírgulas (p. ex., 1,2,4 para coberto arbóreo, pastagens e zonas húmidas nas classes UNCCD). Obrigatório com mapas de ocupação do solo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="65" />
      <source>For the custom legend: a CSV file with the source code in the first column and the UNCCD class in the second (a header row, further columns and lines starting with # are allowed). Takes precedence over {RECLASS_TABLE}.</source>
      <translation>Para a legenda personalizada: um ficheiro CSV com o código de origem na primeira coluna e a classe UNCCD na segunda (são admitidas uma linha de cabeçalho, colunas adicionais e linhas começadas por #). Tem prioridade sobre {RECLASS_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="60" />
      <source>For the custom legend: one row per land-cover code of your maps, with the UNCCD class (1-7) it belongs to. Used when no {RECLASS_FILE} is given.</source>
      <translation>Para a legenda personalizada: uma linha por cada código de ocupação do solo dos seus mapas, com a classe UNCCD (1-7) a que pertence. Usada quando não é indicado {RECLASS_FILE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="59" />
      <source>For tree-cover maps: a pixel is loss when initial - final tree cover is at least this many percentage points (default 10).</source>
      <translation>Para mapas de coberto arbóreo: um píxel é perda quando o coberto arbóreo inicial - final é de pelo menos este número de pontos percentuais (por omissão 10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="39" />
      <source>Forest codes</source>
      <translation>Códigos de floresta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="53" />
      <source>Forest connectivity Pff</source>
      <translation>Conectividade florestal Pff</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="14" />
      <source>Forest fragmentation (Riitters)</source>
      <translation>Fragmentação florestal (Riitters)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="16" />
      <source>Forest fragmentation per pixel after Riitters et al. (2000), from a binary forest map or a land-cover map with the forest codes.&lt;br&gt;&lt;br&gt;Over the square window centred on each pixel: &lt;b&gt;Pf&lt;/b&gt; = forest cells / valid cells; &lt;b&gt;Pff&lt;/b&gt; = among the horizontally or vertically adjacent pairs of cells inside the window with at least one forest cell, the share with both forest. Only cells inside the raster and not nodata count, so near the edge and next to nodata Pf and Pff describe the valid part of the window.&lt;br&gt;&lt;br&gt;Classes of forest pixels: 6 interior (Pf = 1), 1 patch (Pf &lt; 0.4), 2 transitional (0.4 &lt;= Pf &lt; 0.6); for Pf &gt;= 0.6: 3 edge (Pf &lt; Pff), 4 perforated (Pf &gt; Pff), 5 undetermined (Pf = Pff, decided exactly, or no pair with forest because of nodata). Non-forest pixels are 0; nodata stays nodata (255). Pf and Pff can be written as Float32 layers (nodata -9999; Pff is nodata where no pair has a forest cell).&lt;br&gt;&lt;br&gt;Computed with moving-window sums, so a large window costs no more per pixel than a small one.</source>
      <translation>Fragmentação florestal por píxel segundo Riitters et al. (2000), a partir de um mapa de floresta binário ou de um mapa de ocupação do solo com os códigos de floresta.&lt;br&gt;&lt;br&gt;Na janela quadrada centrada em cada píxel: &lt;b&gt;Pf&lt;/b&gt; = células de floresta / células válidas; &lt;b&gt;Pff&lt;/b&gt; = entre os pares de células adjacentes na horizontal ou na vertical dentro da janela com pelo menos uma célula de floresta, a proporção em que ambas são floresta. Só contam as células dentro do raster e com dados, pelo que junto ao limite e ao lado de células sem dados Pf e Pff descrevem a parte válida da janela.&lt;br&gt;&lt;br&gt;Classes dos píxeis de floresta: 6 interior (Pf = 1), 1 mancha (Pf &lt; 0.4), 2 transicional (0.4 &lt;= Pf &lt; 0.6); para Pf &gt;= 0.6: 3 orla (Pf &lt; Pff), 4 perfurado (Pf &gt; Pff), 5 indeterminado (Pf = Pff, decidido de forma exata, ou nenhum par com floresta devido a células sem dados). Os píxeis que não são floresta valem 0; sem dados continua sem dados (255). Pf e Pff podem ser escritos como camadas Float32 (sem dados -9999; Pff fica sem dados onde nenhum par tem uma célula de floresta).&lt;br&gt;&lt;br&gt;Calculado com somas de janela móvel, pelo que uma janela grande não custa mais por píxel do que uma pequena.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="29" />
      <source>Forest or land-cover map</source>
      <translation>Mapa de floresta ou de ocupação do solo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="50" />
      <source>Forest share Pf</source>
      <translation>Proporção de floresta Pf</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="47" />
      <source>Fragmentation classes</source>
      <translation>Classes de fragmentação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="29" />
      <source>From a labelled stratified random sample (e.g. drawn by the sample design tool and labelled in QGIS or Collect Earth) and the strata raster it was drawn from: the error matrix in proportions of area, overall, user's and producer's accuracy with 95 % confidence intervals, and the stratified estimate of each class's area with its standard error and 95 % interval (Olofsson et al. 2014, eq. 9-11). Pixel counting is biased whenever the map has errors; the estimated area is the figure to report.&lt;br&gt;&lt;br&gt;When every point's stratum is its map class the estimators of Olofsson et al. (2014) are used; when the strata differ from the map classes (e.g. a buffer stratum around change) the general stratified estimators of Stehman (2014); both agree when strata and map classes coincide. Stratum areas are true (ellipsoidal) areas of the strata raster; intervals are ± 1.96 standard errors, without finite-population correction.&lt;br&gt;&lt;br&gt;The run stops with a message when a stratum has fewer than two labelled points, a label is not in the legend, a point falls outside the map or on nodata, or the points do not belong to this strata raster (their stratum differs from the raster's value, or the stratum pixel counts recorded at the draw differ: a sample of another map version). Points without a reference label are left out with a warning.</source>
      <translation>A partir de uma amostra aleatória estratificada rotulada (p. ex., tirada pela ferramenta de desenho amostral e rotulada no QGIS ou no Collect Earth) e do raster de estratos de onde foi tirada: a matriz de erros em proporções de área, a exatidão global, do utilizador e do produtor com intervalos de confiança de 95 %, e a estimativa estratificada da área de cada classe com o seu erro-padrão e intervalo de 95 % (Olofsson et al. 2014, eq. 9-11). A contagem de píxeis é enviesada sempre que o mapa tem erros; a área estimada é o valor a reportar.&lt;br&gt;&lt;br&gt;Quando o estrato de cada ponto é a sua classe do mapa, são usados os estimadores de Olofsson et al. (2014); quando os estratos diferem das classes do mapa (p. ex., um estrato tampão em torno da alteração), os estimadores estratificados gerais de Stehman (2014); ambos coincidem quando os estratos e as classes do mapa coincidem. As áreas dos estratos são áreas reais (elipsoidais) do raster de estratos; os intervalos são ± 1,96 erros-padrão, sem correção para população finita.&lt;br&gt;&lt;br&gt;A execução para com uma mensagem quando um estrato tem menos de dois pontos rotulados, um rótulo não está na legenda, um ponto fica fora do mapa ou em sem dados, ou os pontos não pertencem a este raster de estratos (o seu estrato difere do valor do raster, ou as contagens de píxeis dos estratos registadas na tiragem diferem: uma amostra de outra versão do mapa). Os pontos sem rótulo de referência são deixados de fora com um aviso.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="10" />
      <source>Fuzzy linear (control points)</source>
      <translation>Linear difuso (pontos de controlo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="62" />
      <source>Fuzzy linear standardisation of {layer} needs at least two control points in POINTS, e.g. 0:0; 10:1.</source>
      <translation>A padronização linear difusa de {layer} precisa de pelo menos dois pontos de controlo em POINTS, p. ex., 0:0; 10:1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="159" />
      <source>GDAL cannot write raster files with the extension .{ext} ({path}). Use .tif.</source>
      <translation>O GDAL não consegue escrever ficheiros raster com a extensão .{ext} ({path}). Use .tif.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="193" />
      <source>GDAL could not complete the run ({reason}). No output was written.</source>
      <translation>O GDAL não conseguiu concluir a execução ({reason}). Nenhuma saída foi escrita.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="224" />
      <source>GEF geospatial template</source>
      <translation>Modelo geoespacial do GEF</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="81" />
      <source>Gap around sites (pixels)</source>
      <translation>Intervalo em torno dos locais (píxeis)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="11" />
      <source>Gaussian (near a value)</source>
      <translation>Gaussiana (perto de um valor)</translation>
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
      <translation>GeoJSON FeatureCollection a enviar por POST para a API do FERM (EPSG:4326). Indique pelo menos uma das três saídas de ficheiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="227" />
      <source>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</source>
      <translation>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="149" />
      <source>Give at least one class code in {parameter} (e.g. -1).</source>
      <translation>Indique pelo menos um código de classe em {parameter} (p. ex., -1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="104" />
      <source>Give at least one criterion raster.</source>
      <translation>Indique pelo menos um raster de critério.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="112" />
      <source>Give at least one degraded code ({parameter}).</source>
      <translation>Indique pelo menos um código degradado ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="196" />
      <source>Give at least one reporting-period SDG 15.3.1 map.</source>
      <translation>Indique pelo menos um mapa ODS 15.3.1 de período de relatório.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="37" />
      <source>Give the API address and set the API key first.</source>
      <translation>Indique primeiro o endereço da API e defina a chave de API.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="115" />
      <source>Give the codes the degradation layer may hold ({parameter}).</source>
      <translation>Indique os códigos que a camada de degradação pode conter ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="67" />
      <source>Give the criterion weights in WEIGHTS (e.g. 0.637,0.258,0.105) or a WEIGHTS_TABLE.</source>
      <translation>Indique os pesos dos critérios em WEIGHTS (p. ex., 0.637,0.258,0.105) ou uma WEIGHTS_TABLE.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="161" />
      <source>Give the degraded baseline either as a raster ({raster}) or as polygons ({polygons}), not both and not neither.</source>
      <translation>Indique a referência degradada como raster ({raster}) ou como polígonos ({polygons}), não ambos nem nenhum.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="94" />
      <source>Give the ecosystem layer either as a raster or as polygons, not both.</source>
      <translation>Indique a camada de ecossistemas como raster ou como polígonos, não ambos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="184" />
      <source>Give the ecosystem types either as a raster ({raster}) or as polygons ({polygons}), not both.</source>
      <translation>Indique os tipos de ecossistemas como raster ({raster}) ou como polígonos ({polygons}), não ambos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="76" />
      <source>Give the land units ({parameter}): a raster of unit ids, or polygons with an id field.</source>
      <translation>Indique as unidades de terra ({parameter}): um raster de identificadores de unidade, ou polígonos com um campo de identificador.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="170" />
      <source>Give the land units either as a raster ({raster}) or as polygons ({polygons}), not both.</source>
      <translation>Indique as unidades de terra como raster ({raster}) ou como polígonos ({polygons}), não ambos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="126" />
      <source>Give the land-cover codes that count as natural vegetation (e.g. 1,2,4).</source>
      <translation>Indique os códigos de ocupação do solo que contam como vegetação natural (p. ex., 1,2,4).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="144" />
      <source>Go to the next unlabelled point after labelling</source>
      <translation>Ir para o ponto seguinte sem rótulo depois de rotular</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Grassland</source>
      <translation>Pastagens</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="43" />
      <source>Half width of the 95 % confidence interval of {ESTIMATED_DEGRADED_HA}, in hectares (output ESTIMATED_CI95_HA of Accuracy assessment); required with it.</source>
      <translation>Semiamplitude do intervalo de confiança de 95 % de {ESTIMATED_DEGRADED_HA}, em hectares (saída ESTIMATED_CI95_HA da Avaliação da exatidão); obrigatória com ela.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="239" />
      <source>Headline figures</source>
      <translation>Números principais</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="48" />
      <source>Headline indicator 2.1 of the Kunming-Montreal GBF: hectares under restoration in a reporting year, and progress towards Target 2 (share of the degraded baseline under restoration, against 30 % or the national target).&lt;br&gt;&lt;br&gt;&lt;b&gt;Which sites count.&lt;/b&gt; A site counts in the reporting year when its start year is in or before it, it has no end year or ended in or after it, and its status is not excluded (default: FERM 'In preparation'). Every feature is listed in the {VALIDATION} table as ok / warning / error with the reason (no start year, excluded or unknown status, starts later, ended earlier, invalid geometry repaired, empty geometry, outside the baseline).&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt; follow FAO FERM's method: the union of the valid geometries in EPSG:6933 (equal-area), in hectares, so overlapping sites count once. Restoration inside degraded land and the degraded baseline per zone use exact pixel coverage of the polygons on the baseline raster and true pixel areas (or polygon intersections when the baseline is given as polygons).&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows:&lt;/b&gt; the total, each zone of each zone layer plus '(outside)' (the part in none of its zones), and each activity and restoration type (a site with several activities counts for each, so those rows may add up to more than the total; activity and type rows are compared with the whole baseline). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). The {AREAS} layer holds the dissolved area of each row, in the CRS of the sites layer.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimated baseline.&lt;/b&gt; The mapped (pixel-counted) baseline is biased when the map has errors. With the estimated degraded area of an accuracy assessment of the baseline map ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the total, activity and type rows also give estimated_baseline_ha, its 95 % half-interval and percent_of_estimated_baseline = inside_degraded_ha / estimated baseline x 100, beside the mapped columns (zone rows: empty, the estimate is for the whole area).</source>
      <translation>Indicador principal 2.1 do Quadro Global de Biodiversidade Kunming-Montreal: hectares em restauro num ano de relatório e progresso rumo à Meta 2 (proporção da referência degradada em restauro, face a 30 % ou à meta nacional).&lt;br&gt;&lt;br&gt;&lt;b&gt;Que locais contam.&lt;/b&gt; Um local conta no ano de relatório quando o seu ano de início é esse ano ou anterior, não tem ano de fim ou terminou nesse ano ou depois, e o seu estado não está excluído (por omissão: FERM 'Em preparação'). Cada entidade é listada na tabela {VALIDATION} como ok / aviso / erro com o motivo (sem ano de início, estado excluído ou desconhecido, começa mais tarde, terminou antes, geometria inválida reparada, geometria vazia, fora da referência).&lt;br&gt;&lt;br&gt;&lt;b&gt;As áreas&lt;/b&gt; seguem o método FERM da FAO: a união das geometrias válidas em EPSG:6933 (de áreas iguais), em hectares, pelo que os locais sobrepostos contam uma só vez. O restauro dentro de terra degradada e a referência degradada por zona usam a cobertura exata dos polígonos em píxeis no raster de referência e as áreas reais dos píxeis (ou interseções de polígonos quando a referência é dada como polígonos).&lt;br&gt;&lt;br&gt;&lt;b&gt;Linhas:&lt;/b&gt; o total, cada zona de cada camada de zonas mais '(outside)' (a parte que não está em nenhuma das suas zonas), e cada atividade e tipo de restauro (um local com várias atividades conta para cada uma, pelo que essas linhas podem somar mais do que o total; as linhas de atividade e de tipo são comparadas com toda a referência). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). A camada {AREAS} contém a área dissolvida de cada linha, no SRC da camada de locais.&lt;br&gt;&lt;br&gt;&lt;b&gt;Referência estimada.&lt;/b&gt; A referência cartografada (por contagem de píxeis) é enviesada quando o mapa tem erros. Com a área degradada estimada de uma avaliação da exatidão do mapa de referência ({ESTIMATES_TABLE}, ou {ESTIMATED_DEGRADED_HA} e {ESTIMATED_CI95_HA}), as linhas do total, de atividade e de tipo dão também estimated_baseline_ha, o seu semi-intervalo de 95 % e percent_of_estimated_baseline = inside_degraded_ha / referência estimada x 100, ao lado das colunas cartografadas (linhas de zona: vazias, pois a estimativa refere-se a toda a área).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="134" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="173" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="244" />
      <source>Hectares</source>
      <translation>Hectares</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="110" />
      <source>Hectares of degraded land still to bring under restoration to reach {TARGET_PCT}.</source>
      <translation>Hectares de terra degradada que falta colocar em restauro para atingir {TARGET_PCT}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>High</source>
      <translation>Alta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="46" />
      <source>How criterion values become scores; formulas in the help.</source>
      <translation>Como os valores do critério se tornam pontuações; fórmulas na ajuda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="44" />
      <source>How the final SOC stock is obtained: from a second SOC map, or from the baseline map and the land-cover transition with stock-change factors.</source>
      <translation>Como é obtido o stock final de COS: a partir de um segundo mapa de COS, ou a partir do mapa de referência e da transição de ocupação do solo com fatores de variação de stock.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="71" />
      <source>How the points are shared among strata. With a minimum, strata whose proportional share is below {MIN_PER_STRATUM} get that many.</source>
      <translation>Como os pontos são repartidos pelos estratos. Com um mínimo, os estratos cuja parte proporcional é inferior a {MIN_PER_STRATUM} recebem esse número.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="46" />
      <source>How the productivity layer is coded.</source>
      <translation>Como está codificada a camada de produtividade.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="63" />
      <source>IPCC climate zones</source>
      <translation>Zonas climáticas do IPCC</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="90" />
      <source>ISO 3166-1 alpha-2 code of its country, e.g. PE</source>
      <translation>Código ISO 3166-1 alfa-2 do seu país, p. ex., PE</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="82" />
      <source>ISO 3166-1 alpha-2 codes, e.g. PE, EC</source>
      <translation>Códigos ISO 3166-1 alfa-2, p. ex., PE, EC</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="25" />
      <source>Import FERM sites (GeoJSON)</source>
      <translation>Importar locais do FERM (GeoJSON)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <source>Improved</source>
      <translation>Melhorado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="175" />
      <source>Improved against the baseline (ha)</source>
      <translation>Melhorado face à referência (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="68" />
      <source>Improved area (ha)</source>
      <translation>Área melhorada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="68" />
      <source>Improved pixels</source>
      <translation>Píxeis melhorados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="53" />
      <source>Improving faster than controls</source>
      <translation>Melhoria mais rápida do que os controlos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="14" />
      <source>Increasing</source>
      <translation>Em aumento</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="21" />
      <source>Increasing area (ha)</source>
      <translation>Área em aumento (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="21" />
      <source>Increasing pixels</source>
      <translation>Píxeis em aumento</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="96" />
      <source>Increasing score breaks separated by ';' (decimal point). n breaks give n + 1 categories 0..n; a score equal to a break goes to the upper category. Default 0.5; 1.5; 2.5: not degraded, light, moderate, severe on the 0-3 score scale.</source>
      <translation>Cortes de pontuação crescentes separados por ';' (ponto decimal). n cortes dão n + 1 categorias 0..n; uma pontuação igual a um corte vai para a categoria superior. Por omissão 0.5; 1.5; 2.5: não degradado, ligeiro, moderado, severo na escala de pontuação 0-3.</translation>
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
      <translation>Indicadores e métodos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="25" />
      <source>Indigenous and traditional territories</source>
      <translation>Territórios indígenas e tradicionais</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="26" />
      <source>Indigenous and traditional territories; the '(outside)' row is the area outside them.</source>
      <translation>Territórios indígenas e tradicionais; a linha '(outside)' é a área fora deles.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="49" />
      <source>Initial (baseline) SOC</source>
      <translation>COS inicial (de referência)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="120" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="55" />
      <source>Initial land cover</source>
      <translation>Ocupação do solo inicial</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="46" />
      <source>Initial map</source>
      <translation>Mapa inicial</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="69" />
      <source>Input layers</source>
      <translation>Camadas de entrada</translation>
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
      <translation>Dentro do degradado (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="132" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="174" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="245" />
      <source>Inside degraded land (ha)</source>
      <translation>Dentro de terra degradada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="196" />
      <source>Institution id</source>
      <translation>Id. da instituição</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="94" />
      <source>Institution id (required)</source>
      <translation>Id. da instituição (obrigatório)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="82" />
      <source>Int16 classes 1..N (0 excluded, nodata -32768).</source>
      <translation>Classes Int16 1..N (0 excluído, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="47" />
      <source>Integrates several national degradation criteria (e.g. loss of vegetation cover, fragmentation, loss of productivity, any continuous index) into degradation severity categories.&lt;br&gt;&lt;br&gt;&lt;b&gt;Scoring.&lt;/b&gt; Each criterion raster (band 1) gets one row in {RULES_TABLE}: &lt;i&gt;criterion&lt;/i&gt; (its 1-based position in the criteria list), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; and &lt;i&gt;weight&lt;/i&gt;. Entries of a rule are separated by ';'. &lt;i&gt;thresholds&lt;/i&gt;: 'OP bound : score' entries with OP &amp;lt; or &amp;lt;= and increasing bounds, ended by '&amp;gt; B' after '&amp;lt;= B', '&amp;gt;= B' after '&amp;lt; B', or 'else : score'; a value takes the score of the first entry it satisfies, e.g. '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt;: 'code : score' pairs, e.g. '-1:3; 0:0; 1:0' or '1:3; 2:2; 3:1; 4:0; 5:0', optionally ended by 'else : score'; a code without a score stops the run, listing every such code of every criterion, before anything is written. &lt;i&gt;preset&lt;/i&gt;: a ready-made rule of resources/data/severity_defaults.json: vegetation_loss (0:0; 1:3), fragmentation (classes of the forest fragmentation tool: 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). Scores use the scale 0 none, 1 light, 2 moderate, 3 severe.&lt;br&gt;&lt;br&gt;&lt;b&gt;Integration.&lt;/b&gt; Score = weighted mean of the criterion scores (weights &gt;= 0, normalised by their sum). By default a pixel missing in any criterion is nodata; with 'available criteria' the mean is taken over the criteria present (weights renormalised over them).&lt;br&gt;&lt;br&gt;&lt;b&gt;Categories.&lt;/b&gt; The score is cut by the increasing breaks: below the first break category 0, a score equal to a break goes to the category above. Defaults: score &amp;lt; 0.5 not degraded (0), &amp;lt; 1.5 light (1), &amp;lt; 2.5 moderate (2), otherwise severe (3): a pixel whose criteria all score s is in category s.&lt;br&gt;&lt;br&gt;Outputs: categories (Int16, nodata -32768, styled), optional score (Float32), and the area of each category in hectares for the whole raster and per zone.</source>
      <translation>Integra vários critérios nacionais de degradação (p. ex., perda de coberto vegetal, fragmentação, perda de produtividade, qualquer índice contínuo) em categorias de severidade da degradação.&lt;br&gt;&lt;br&gt;&lt;b&gt;Pontuação.&lt;/b&gt; Cada raster de critério (banda 1) tem uma linha em {RULES_TABLE}: &lt;i&gt;criterion&lt;/i&gt; (a sua posição, a começar em 1, na lista de critérios), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; e &lt;i&gt;weight&lt;/i&gt;. As entradas de uma regra são separadas por ';'. &lt;i&gt;thresholds&lt;/i&gt;: entradas 'OP limite : pontuação' com OP &amp;lt; ou &amp;lt;= e limites crescentes, terminadas por '&amp;gt; B' depois de '&amp;lt;= B', '&amp;gt;= B' depois de '&amp;lt; B', ou 'else : pontuação'; um valor recebe a pontuação da primeira entrada que satisfaz, p. ex., '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt;: pares 'código : pontuação', p. ex., '-1:3; 0:0; 1:0' ou '1:3; 2:2; 3:1; 4:0; 5:0', terminados opcionalmente por 'else : pontuação'; um código sem pontuação interrompe a execução, listando todos esses códigos de todos os critérios, antes de se escrever o que quer que seja. &lt;i&gt;preset&lt;/i&gt;: uma regra pré-definida de resources/data/severity_defaults.json: vegetation_loss (0:0; 1:3), fragmentation (classes da ferramenta de fragmentação florestal: 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). As pontuações usam a escala 0 nenhuma, 1 ligeira, 2 moderada, 3 severa.&lt;br&gt;&lt;br&gt;&lt;b&gt;Integração.&lt;/b&gt; Pontuação = média ponderada das pontuações dos critérios (pesos &gt;= 0, normalizados pela sua soma). Por omissão, um píxel em falta em qualquer critério fica sem dados; com 'critérios disponíveis' a média é calculada sobre os critérios presentes (com os pesos renormalizados entre eles).&lt;br&gt;&lt;br&gt;&lt;b&gt;Categorias.&lt;/b&gt; A pontuação é cortada pelos cortes crescentes: abaixo do primeiro corte, categoria 0; uma pontuação igual a um corte vai para a categoria superior. Por omissão: pontuação &amp;lt; 0.5 não degradado (0), &amp;lt; 1.5 ligeiro (1), &amp;lt; 2.5 moderado (2), caso contrário severo (3): um píxel cujos critérios pontuam todos s está na categoria s.&lt;br&gt;&lt;br&gt;Saídas: categorias (Int16, sem dados -32768, com estilo), pontuação opcional (Float32) e a área de cada categoria em hectares para todo o raster e por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="35" />
      <source>Jenks sample size</source>
      <translation>Tamanho da amostra de Jenks</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="237" />
      <source>Key {key}</source>
      <translation>Chave {key}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="89" />
      <source>Kind of organization: government, NGO, academic... (FERM vocabulary)</source>
      <translation>Tipo de organização: governo, ONG, académica... (vocabulário do FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="70" />
      <source>LDN balance per land type</source>
      <translation>Saldo NDT por tipo de terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="36" />
      <source>LDN balance per land type (neutrality, counterbalancing)</source>
      <translation>Saldo NDT por tipo de terra (neutralidade, compensação)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="79" />
      <source>LDN response</source>
      <translation>Resposta NDT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="81" />
      <source>LDN response areas</source>
      <translation>Áreas de resposta NDT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="83" />
      <source>LDN response areas file (CSV or XLSX)</source>
      <translation>Ficheiro de áreas de resposta NDT (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="23" />
      <source>LDN response hierarchy (Avoid, Reduce, Reverse)</source>
      <translation>Hierarquia de resposta da NDT (Evitar, Reduzir, Reverter)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="24" />
      <source>LDN,land degradation neutrality,response hierarchy,avoid,reduce,reverse,restoration,ROAM</source>
      <translation>NDT,neutralidade da degradação das terras,hierarquia de resposta,evitar,reduzir,reverter,restauro,ROAM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="37" />
      <source>LDN,neutrality,land degradation neutrality,counterbalancing,like for like,land type,SDG,15.3.1,UNCCD,PRAIS,reporting period,balance,gains,losses</source>
      <translation>NDT,neutralidade,neutralidade da degradação das terras,compensação,igual por igual,tipo de terra,ODS,15.3.1,UNCCD,PRAIS,período de relatório,saldo,ganhos,perdas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="91" />
      <source>LPD class (1-5 or nodata)</source>
      <translation>Classe LPD (1-5 ou nodata)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="72" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="100" />
      <source>LPD classes 1-5 (Int16, nodata -32768).</source>
      <translation>Classes LPD 1-5 (Int16, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="144" />
      <source>LPD {code} {label}: {pixels} pixel(s), {area} ha.</source>
      <translation>LPD {code} {label}: {pixels} píxel(is), {area} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="35" />
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="94" />
      <source>Label accuracy sample</source>
      <translation>Rotular a amostra de exatidão</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="41" />
      <source>Label language</source>
      <translation>Idioma dos rótulos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="93" />
      <source>Labelled points used</source>
      <translation>Pontos rotulados usados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="46" />
      <source>Labelled sample points</source>
      <translation>Pontos da amostra rotulados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="146" />
      <source>Land (ha)</source>
      <translation>Terra (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="39" />
      <source>Land Degradation Neutrality judged like for like (UNCCD scientific conceptual framework, Orr et al. 2017; SDG 15.3.1 Good Practice Guidance): losses are balanced by gains within the same land type, not across the country.&lt;br&gt;&lt;br&gt;Inputs: the SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved) of the baseline and of each reporting period, in order, and the land cover at baseline, reclassified to the 7 UNCCD classes with the same legend settings as the land-cover sub-indicator (a code the legend does not cover stops the run with the list of every such code). A land type is the UNCCD class, or the class combined with a land unit (e.g. soil) from {LAND_UNITS_LAYER}, a raster or polygons (a pixel takes the polygon covering most of it, at least half; other pixels have no land type and are counted as nodata). Only pixels valid in every map and with a land type are counted, the same pixels in every period.&lt;br&gt;&lt;br&gt;Comparisons: &lt;i&gt;map&lt;/i&gt; (each map's own values), &lt;i&gt;vs_baseline&lt;/i&gt; (each period against the baseline) and &lt;i&gt;vs_previous&lt;/i&gt; (each period against the one before; for the first period, the baseline), the last two through the expanded status matrix of the GPG addendum collapsed to degraded (1-3), stable (4) and improved (5-7).&lt;br&gt;&lt;br&gt;{BALANCE}: per zone, comparison and land type the degraded, stable and improved area, the net balance (improved - degraded) in ha and % of the land type, and whether neutrality is met (net &gt;= 0). {COUNTERBALANCE}: losses, gains, the part of the losses offset by gains of the same land type, the remaining deficit and the surplus (never carried to another land type); the total row shows the pooled net balance beside the like-for-like deficit. {PERIOD_STATUS}: one row per period with its status, and a chart ({CHART}). Totals are the sums of the land-type rows, which add up to the valid area; nodata is reported in its own row. {DEFICIT}: one band per period, the land type code where that land type is in deficit against the baseline, 0 where it is not.</source>
      <translation>Neutralidade da Degradação das Terras avaliada igual por igual (quadro conceptual científico da UNCCD, Orr et al. 2017; Guia de Boas Práticas do ODS 15.3.1): as perdas são compensadas por ganhos dentro do mesmo tipo de terra, não em todo o país.&lt;br&gt;&lt;br&gt;Entradas: o mapa do ODS 15.3.1 (-1 degradado, 0 estável, +1 melhorado) do período de referência e de cada período de relatório, por ordem, e a ocupação do solo no período de referência, reclassificada nas 7 classes da UNCCD com as mesmas definições de legenda do subindicador de ocupação do solo (um código que a legenda não abrange para a execução com a lista de todos esses códigos). Um tipo de terra é a classe UNCCD, ou a classe combinada com uma unidade de terra (p. ex., solo) de {LAND_UNITS_LAYER}, um raster ou polígonos (um píxel fica com o polígono que cobre a maior parte dele, pelo menos metade; os outros píxeis não têm tipo de terra e são contados como sem dados). Só são contados os píxeis válidos em todos os mapas e com um tipo de terra, os mesmos píxeis em todos os períodos.&lt;br&gt;&lt;br&gt;Comparações: &lt;i&gt;map&lt;/i&gt; (os valores próprios de cada mapa), &lt;i&gt;vs_baseline&lt;/i&gt; (cada período face ao período de referência) e &lt;i&gt;vs_previous&lt;/i&gt; (cada período face ao anterior; para o primeiro período, o de referência), as duas últimas através da matriz de estado alargada da adenda ao Guia de Boas Práticas, agrupada em degradado (1-3), estável (4) e melhorado (5-7).&lt;br&gt;&lt;br&gt;{BALANCE}: por zona, comparação e tipo de terra, a área degradada, estável e melhorada, o saldo líquido (melhorado - degradado) em ha e em % do tipo de terra, e se a neutralidade é atingida (saldo &gt;= 0). {COUNTERBALANCE}: perdas, ganhos, a parte das perdas compensada por ganhos do mesmo tipo de terra, o défice restante e o excedente (nunca transferido para outro tipo de terra); a linha do total mostra o saldo líquido agregado ao lado do défice igual por igual. {PERIOD_STATUS}: uma linha por período com o seu estado, e um gráfico ({CHART}). Os totais são as somas das linhas dos tipos de terra, que somam a área válida; a área sem dados é indicada numa linha própria. {DEFICIT}: uma banda por período, o código do tipo de terra onde esse tipo de terra está em défice face ao período de referência, 0 onde não está.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="212" />
      <source>Land Degradation Neutrality per period</source>
      <translation>Neutralidade da Degradação das Terras por período</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="52" />
      <source>Land Productivity Dynamics in five classes: 1 Declining, 2 Moderate decline, 3 Stressed, 4 Stable, 5 Increasing (Int16, nodata -32768), with an optional three-class view (1-2 to -1, 3-4 to 0, 5 to +1).&lt;br&gt;&lt;br&gt;&lt;b&gt;From the sub-indicators&lt;/b&gt; (UNCCD Good Practice Guidance): start from the trajectory (-1 to 1, 0 to 4, +1 to 5), then, later rules winning: trajectory 0, state 0, performance -1 gives 3; trajectory +1, state -1, performance -1 gives 2; trajectory 0, state -1, performance 0 gives 2; trajectory 0, state -1, performance -1 gives 1. A pixel missing in any layer is nodata. Trajectory and state must hold -1/0/+1 and performance -1/0; other values are listed in an error before anything is written.&lt;br&gt;&lt;br&gt;&lt;b&gt;From an external LPD map&lt;/b&gt; (e.g. JRC, FAO-WOCAT, Trends.Earth): its codes are reclassified with a preset from resources/data/lpd_external_presets.json (sources documented there) or with your own table (code, then class 1-5 or 'nodata'), given in the table parameter or as a CSV file. Codes the table does not cover are all listed in an error and nothing is written.</source>
      <translation>Dinâmica da produtividade da terra em cinco classes: 1 Em declínio, 2 Declínio moderado, 3 Sob stress, 4 Estável, 5 Em aumento (Int16, sem dados -32768), com uma vista opcional em três classes (1-2 para -1, 3-4 para 0, 5 para +1).&lt;br&gt;&lt;br&gt;&lt;b&gt;A partir dos subindicadores&lt;/b&gt; (Guia de Boas Práticas da UNCCD): parte-se da trajetória (-1 para 1, 0 para 4, +1 para 5) e depois, prevalecendo as regras posteriores: trajetória 0, estado 0, desempenho -1 dá 3; trajetória +1, estado -1, desempenho -1 dá 2; trajetória 0, estado -1, desempenho 0 dá 2; trajetória 0, estado -1, desempenho -1 dá 1. Um píxel em falta em qualquer camada fica sem dados. A trajetória e o estado devem conter -1/0/+1 e o desempenho -1/0; os outros valores são listados num erro antes de se escrever o que quer que seja.&lt;br&gt;&lt;br&gt;&lt;b&gt;A partir de um mapa LPD externo&lt;/b&gt; (p. ex., JRC, FAO-WOCAT, Trends.Earth): os seus códigos são reclassificados com uma predefinição de resources/data/lpd_external_presets.json (as fontes estão aí documentadas) ou com a sua própria tabela (código e depois classe 1-5 ou 'nodata'), indicada no parâmetro de tabela ou como ficheiro CSV. Os códigos que a tabela não cobre são todos listados num erro e nada é escrito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="58" />
      <source>Land cover (UNCCD classes)</source>
      <translation>Ocupação do solo (classes UNCCD)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="50" />
      <source>Land cover (same legend) or tree cover (%) at the end of the period (band 1).</source>
      <translation>Ocupação do solo (mesma legenda) ou coberto arbóreo (%) no fim do período (banda 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="76" />
      <source>Land cover at baseline</source>
      <translation>Ocupação do solo na referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="49" />
      <source>Land cover degradation</source>
      <translation>Degradação da ocupação do solo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="55" />
      <source>Land cover for the water mask</source>
      <translation>Ocupação do solo para a máscara de água</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="59" />
      <source>Land cover in the 7 UNCCD classes (1 tree-covered ... 7 water body).</source>
      <translation>Ocupação do solo nas 7 classes UNCCD (1 coberto arbóreo ... 7 massa de água).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="47" />
      <source>Land cover or tree cover (%) at the start of the period (band 1).</source>
      <translation>Ocupação do solo ou coberto arbóreo (%) no início do período (banda 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="61" />
      <source>Land cover under productive use</source>
      <translation>Ocupação do solo em uso produtivo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="41" />
      <source>Land cover: loss is a change from a natural vegetation code to any other code. Tree cover: loss is a drop of tree cover (0-100 %) of at least {THRESHOLD_PCT_POINTS}.</source>
      <translation>Ocupação do solo: a perda é uma mudança de um código de vegetação natural para qualquer outro código. Coberto arbóreo: a perda é uma descida do coberto arbóreo (0-100 %) de pelo menos {THRESHOLD_PCT_POINTS}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="15" />
      <source>Land degradation (SDG indicator 15.3.1)</source>
      <translation>Degradação da terra (indicador ODS 15.3.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="66" />
      <source>Land overuse</source>
      <translation>Sobreuso da terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="28" />
      <source>Land overuse (use vs capability)</source>
      <translation>Sobreuso da terra (uso vs. capacidade)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="71" />
      <source>Land overuse areas</source>
      <translation>Áreas de sobreuso da terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="73" />
      <source>Land overuse areas file (CSV or XLSX)</source>
      <translation>Ficheiro de áreas de sobreuso da terra (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="42" />
      <source>Land productivity</source>
      <translation>Produtividade da terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="73" />
      <source>Land productivity (-1/0/+1)</source>
      <translation>Produtividade da terra (-1/0/+1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="101" />
      <source>Land productivity (3 classes)</source>
      <translation>Produtividade da terra (3 classes)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="28" />
      <source>Land productivity (trajectory, state, performance, LPD)</source>
      <translation>Produtividade da terra (trajetória, estado, desempenho, LPD)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="99" />
      <source>Land productivity dynamics</source>
      <translation>Dinâmica da produtividade da terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="71" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="49" />
      <source>Land productivity dynamics (LPD)</source>
      <translation>Dinâmica da produtividade da terra (LPD)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="113" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="126" />
      <source>Land types in deficit</source>
      <translation>Tipos de terra em défice</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="90" />
      <source>Land unit field (polygons)</source>
      <translation>Campo da unidade de terra (polígonos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="39" />
      <source>Land unit id field (polygons)</source>
      <translation>Campo de identificador da unidade de terra (polígonos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="62" />
      <source>Land unit percentiles</source>
      <translation>Percentis das unidades de terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="64" />
      <source>Land unit percentiles file (CSV or XLSX)</source>
      <translation>Ficheiro de percentis das unidades de terra (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="107" />
      <source>Land unit(s) {units} of {layer} have no pixel with a valid index value; they have no percentile.</source>
      <translation>As unidades de terra {units} de {layer} não têm nenhum píxel com um valor de índice válido; não têm percentil.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="64" />
      <source>Land units</source>
      <translation>Unidades de terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="82" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="32" />
      <source>Land units (raster or polygons)</source>
      <translation>Unidades de terra (raster ou polígonos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="94" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="43" />
      <source>Land units as a raster (models and scripts)</source>
      <translation>Unidades de terra como raster (modelos e scripts)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="98" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="47" />
      <source>Land units as polygons (models and scripts)</source>
      <translation>Unidades de terra como polígonos (modelos e scripts)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="62" />
      <source>Land units were given twice ({keys}): give one land unit layer.</source>
      <translation>As unidades de terra foram indicadas duas vezes ({keys}): indique uma só camada de unidades de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="45" />
      <source>Land use / land cover</source>
      <translation>Uso do solo / ocupação do solo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="120" />
      <source>Land, degraded, stable and improved hectares per biome, functional group and other ecosystem type (CSV or XLSX).</source>
      <translation>Hectares de terra, degradados, estáveis e melhorados por bioma, grupo funcional e outro tipo de ecossistema (CSV ou XLSX).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="148" />
      <source>Land-cover codes not covered by the reclassification table ({details}). Add every one of them to the table (or set them as the raster's nodata); nothing was written.</source>
      <translation>Códigos de ocupação do solo não cobertos pela tabela de reclassificação ({details}). Adicione-os todos à tabela (ou defina-os como sem dados do raster); nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="151" />
      <source>Land-cover codes other than the UNCCD classes 1-7 were found ({details}). Choose the ESA CCI preset or a custom reclassification table for this legend; nothing was written.</source>
      <translation>Foram encontrados códigos de ocupação do solo diferentes das classes UNCCD 1-7 ({details}). Escolha a predefinição ESA CCI ou uma tabela de reclassificação personalizada para esta legenda; nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="139" />
      <source>Land-cover degradation</source>
      <translation>Degradação da ocupação do solo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="100" />
      <source>Land-cover degradation (SDG 15.3.1)</source>
      <translation>Degradação da ocupação do solo (ODS 15.3.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="49" />
      <source>Land-cover legend</source>
      <translation>Legenda da ocupação do solo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="35" />
      <source>Land-cover map + forest codes</source>
      <translation>Mapa de ocupação do solo + códigos de floresta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="124" />
      <source>Land-cover map at the end of the period, same legend as the initial map.</source>
      <translation>Mapa de ocupação do solo no fim do período, com a mesma legenda do mapa inicial.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="121" />
      <source>Land-cover map at the start of the period (band 1, whole-number class codes).</source>
      <translation>Mapa de ocupação do solo no início do período (banda 1, códigos de classe inteiros).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="77" />
      <source>Land-cover map defining the land types (band 1, whole-number class codes). When it already holds the UNCCD classes, the names it carries (raster attribute table, category names, style) name the land types.</source>
      <translation>Mapa de ocupação do solo que define os tipos de terra (banda 1, códigos de classe inteiros). Quando já contém as classes UNCCD, os nomes que traz (tabela de atributos do raster, nomes de categoria, estilo) dão nome aos tipos de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="43" />
      <source>Land-cover maps + natural vegetation codes</source>
      <translation>Mapas de ocupação do solo + códigos de vegetação natural</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="50" />
      <source>Land-cover sub-indicator (-1/0/+1), e.g. from Land cover degradation.</source>
      <translation>Subindicador de ocupação do solo (-1/0/+1), p. ex., de Degradação da ocupação do solo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="102" />
      <source>Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition matrix (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;Both maps are first reclassified to the 7 UNCCD classes (1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not cover is never turned into nodata silently: the run stops and lists every such code of each map, and nothing is written.&lt;br&gt;&lt;br&gt;Each pixel takes the matrix value of its transition (row = initial class, column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. Edit it in {MATRIX_TABLE} or give a CSV of the same layout ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Optional outputs: the transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.&lt;br&gt;&lt;br&gt;Class names in the table and in the transitions layer (its raster attribute table): the UNCCD names; for maps already in UNCCD classes, the names the map itself carries win (its raster attribute table, category names, paletted style or .qml style beside the file, e.g. national names of the 7 classes).</source>
      <translation>Subindicador de ocupação do solo do ODS 15.3.1: compara um mapa de ocupação do solo inicial e um final através de uma matriz de transição (Guia de Boas Práticas da UNCCD v2).&lt;br&gt;&lt;br&gt;Ambos os mapas são primeiro reclassificados nas 7 classes UNCCD (1 Coberto arbóreo, 2 Pastagens, 3 Terras de cultivo, 4 Zona húmida, 5 Artificial, 6 Outras terras, 7 Massa de água): se já estiverem nestas classes, através da predefinição ESA CCI incorporada ou através da sua própria tabela. Um código que a legenda não cobre nunca é convertido silenciosamente em sem dados: a execução para e lista todos esses códigos de cada mapa, e nada é escrito.&lt;br&gt;&lt;br&gt;Cada píxel recebe o valor da matriz para a sua transição (linha = classe inicial, coluna = classe final): -1 degradado, 0 estável, +1 melhorado (Int16, sem dados -32768 onde algum dos mapas não tem dados). A matriz por omissão é a da UNCCD (resources/data/unccd_transition_matrix.csv): p. ex., de Coberto arbóreo para Terras de cultivo é degradação, de Terras de cultivo para Coberto arbóreo é melhoria, e qualquer transição para ou a partir de Massa de água é estável. Edite-a em {MATRIX_TABLE} ou indique um CSV com a mesma estrutura ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Saídas opcionais: os códigos de transição inicial × 10 + final (p. ex., 13 = Coberto arbóreo → Terras de cultivo; Byte, sem dados 0) e uma tabela da área de cada uma das 49 transições em hectares (áreas reais dos píxeis no elipsoide), com o seu valor na matriz.&lt;br&gt;&lt;br&gt;Nomes das classes na tabela e na camada de transições (a sua tabela de atributos do raster): os nomes UNCCD; para os mapas já em classes UNCCD, prevalecem os nomes que o próprio mapa traz (a sua tabela de atributos do raster, nomes de categoria, estilo de paleta ou estilo .qml junto ao ficheiro, p. ex., nomes nacionais das 7 classes).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="141" />
      <source>Land-cover transitions</source>
      <translation>Transições de ocupação do solo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="48" />
      <source>Land-use capability</source>
      <translation>Capacidade de uso da terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="55" />
      <source>Land-use code</source>
      <translation>Código de uso da terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="99" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="99" />
      <source>Language of every text of the report.</source>
      <translation>Idioma de todos os textos do relatório.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="42" />
      <source>Language of the vocabulary labels (en, es, fr, pt); default the QGIS language, else English. Labels missing in a language are given in English.</source>
      <translation>Idioma dos rótulos dos vocabulários (en, es, fr, pt); por omissão, o idioma do QGIS ou, caso contrário, inglês. Os rótulos em falta num idioma são dados em inglês.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="52" />
      <source>Last year</source>
      <translation>Último ano</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="46" />
      <source>Last year analysed (included). Empty: the last year of the series.</source>
      <translation>Último ano analisado (incluído). Vazio: o último ano da série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="46" />
      <source>Last year averaged (included). Empty: the last year of the series.</source>
      <translation>Último ano da média (incluído). Vazio: o último ano da série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="34" />
      <source>Last year of the analysis period</source>
      <translation>Último ano do período de análise</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="36" />
      <source>Last year of the baseline</source>
      <translation>Último ano da referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="37" />
      <source>Last year of the baseline period (included). Empty: the year before the recent period.</source>
      <translation>Último ano do período de referência (incluído). Vazio: o ano anterior ao período recente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="45" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="45" />
      <source>Last year of the period</source>
      <translation>Último ano do período</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="42" />
      <source>Last year of the recent period</source>
      <translation>Último ano do período recente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="43" />
      <source>Last year of the recent period (included). Empty: the last year of the series.</source>
      <translation>Último ano do período recente (incluído). Vazio: o último ano da série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="52" />
      <source>Last year of the table (default 2030).</source>
      <translation>Último ano da tabela (por omissão 2030).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="35" />
      <source>Last year of the trend (included). Empty: the last year of the series.</source>
      <translation>Último ano da tendência (incluído). Vazio: o último ano da série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="140" />
      <source>Layer field</source>
      <translation>Campo da camada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="122" />
      <source>Layout added to the project</source>
      <translation>Layout adicionado ao projeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="101" />
      <source>Layout template</source>
      <translation>Modelo de layout</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="88" />
      <source>Leading or supporting organization (FERM vocabulary)</source>
      <translation>Organização líder ou de apoio (vocabulário do FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="214" />
      <source>Leave features in error out of the outputs instead of stopping (default: stop).</source>
      <translation>Deixar as entidades com erros fora das saídas em vez de parar (por omissão: parar).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="131" />
      <source>Legend</source>
      <translation>Legenda</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="68" />
      <source>Legend (class codes)</source>
      <translation>Legenda (códigos de classe)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="50" />
      <source>Legend of the land-cover maps (the same for both). 'Already UNCCD classes 1-7': 1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body. 'ESA CCI': the ESA CCI / C3S land-cover codes (10-220) with the standard SDG 15.3.1 aggregation (resources/data/esa_cci_to_unccd.csv). 'Custom': your own table ({RECLASS_TABLE} or {RECLASS_FILE}). A code the legend does not cover stops the run with the list of every such code.</source>
      <translation>Legenda dos mapas de ocupação do solo (a mesma para ambos). 'Já em classes UNCCD 1-7': 1 Coberto arbóreo, 2 Pastagens, 3 Terras de cultivo, 4 Zona húmida, 5 Artificial, 6 Outras terras, 7 Massa de água. 'ESA CCI': os códigos de ocupação do solo ESA CCI / C3S (10-220) com a agregação padrão do ODS 15.3.1 (resources/data/esa_cci_to_unccd.csv). 'Personalizada': a sua própria tabela ({RECLASS_TABLE} ou {RECLASS_FILE}). Um código que a legenda não cobre interrompe a execução com a lista de todos esses códigos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="117" />
      <source>Light degradation area (ha)</source>
      <translation>Área com degradação ligeira (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="107" />
      <source>Like-for-like counterbalancing</source>
      <translation>Compensação igual por igual</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="125" />
      <source>Like-for-like deficit (ha)</source>
      <translation>Défice igual por igual (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="176" />
      <source>Like-for-like deficit against the baseline (ha)</source>
      <translation>Défice igual por igual face ao período de referência (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="178" />
      <source>Like-for-like deficit against the previous period (ha)</source>
      <translation>Défice igual por igual face ao período anterior (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="63" />
      <source>Line chart of the area under restoration and the path to the target (.svg or .png).</source>
      <translation>Gráfico de linhas da área em restauro e da trajetória até à meta (.svg ou .png).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="9" />
      <source>Linear benefit (min-max)</source>
      <translation>Benefício linear (mín.-máx.)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="9" />
      <source>Linear cost (max-min)</source>
      <translation>Custo linear (máx.-mín.)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="328" />
      <source>Load AHP matrix</source>
      <translation>Carregar matriz AHP</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="137" />
      <source>Load CSV…</source>
      <translation>Carregar CSV…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="80" />
      <source>Loss areas</source>
      <translation>Áreas de perda</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="82" />
      <source>Loss areas file (CSV or XLSX)</source>
      <translation>Ficheiro de áreas de perda (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="63" />
      <source>Loss patches (8-connected: pixels touching by a side or a corner) of fewer pixels are set to no loss. 0 or 1 keeps every loss pixel.</source>
      <translation>As manchas de perda (conectividade 8: píxeis que se tocam por um lado ou um canto) com menos píxeis passam a sem perda. 0 ou 1 mantém todos os píxeis de perda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="58" />
      <source>Loss threshold (percentage points)</source>
      <translation>Limiar de perda (pontos percentuais)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="81" />
      <source>Loss, no-loss and nodata hectares and the share lost, for the whole raster and per zone.</source>
      <translation>Hectares com perda, sem perda e sem dados, e a proporção perdida, para todo o raster e por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="108" />
      <source>Losses, gains, offset, remaining deficit and surplus per land type.</source>
      <translation>Perdas, ganhos, compensação, défice restante e excedente por tipo de terra.</translation>
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
      <translation>Baixa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="81" />
      <source>Made by t2monitor:restorationreport (T2 Monitor {version}) on {date}, language {language}, template {template}, chart drawn with {engine}; atlas: {atlas}.</source>
      <translation>Produzido por t2monitor:restorationreport (T2 Monitor {version}) em {date}, idioma {language}, modelo {template}, gráfico desenhado com {engine}; atlas: {atlas}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="220" />
      <source>Made with T2 Monitor {version} on {date}.</source>
      <translation>Produzido com T2 Monitor {version} em {date}.</translation>
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
      <translation>Estatística Z do teste de Mann-Kendall (Float32, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Manual</source>
      <translation>Manual</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="31" />
      <source>Manual breaks</source>
      <translation>Cortes manuais</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="32" />
      <source>Manual method: increasing inner class limits, e.g. 0.25,0.5,0.75 for 4 classes; a value equal to a limit goes to the upper class.</source>
      <translation>Método manual: limites interiores de classe crescentes, p. ex., 0.25,0.5,0.75 para 4 classes; um valor igual a um limite vai para a classe superior.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="49" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="63" />
      <source>Map (when the strata are not the map classes)</source>
      <translation>Mapa (quando os estratos não são as classes do mapa)</translation>
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
      <translation>Concordância de mapas (tabulação cruzada e kappa)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="125" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="53" />
      <source>Map class field</source>
      <translation>Campo da classe do mapa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="53" />
      <source>Map class of each point.</source>
      <translation>Classe do mapa de cada ponto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="301" />
      <source>Map class: {value}</source>
      <translation>Classe do mapa: {value}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="158" />
      <source>Mapped and estimated area per class</source>
      <translation>Área cartografada e estimada por classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="155" />
      <source>Mapped area</source>
      <translation>Área cartografada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="92" />
      <source>Mapped area of the reported class (ha)</source>
      <translation>Área cartografada da classe reportada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="25" />
      <source>Maps the Land Degradation Neutrality response hierarchy Avoid &amp;gt; Reduce &amp;gt; Reverse from a degradation layer (the SDG 15.3.1 -1/0/+1 layer, or any categorical map such as LPD classes or degradation status), the UNCCD land cover and optional protected areas.&lt;br&gt;&lt;br&gt;Classes: 1 &lt;b&gt;Avoid&lt;/b&gt; (non-degraded natural land and protected areas, to keep so), 2 &lt;b&gt;Reduce&lt;/b&gt; (land under productive use that is degrading or at risk: sustainable land management), 3 &lt;b&gt;Reverse&lt;/b&gt; (degraded land where restoration is the response), 0 other / not assigned (e.g. healthy cropland, built-up land). Nodata where the degradation layer or the land cover has none.&lt;br&gt;&lt;br&gt;Default rules (resources/data/ldn_response_rules.json; the first rule that holds wins): degraded and not productive -&gt; Reverse; degraded and productive -&gt; Reduce; at risk and productive -&gt; Reduce; protected and not degraded -&gt; Avoid; natural and not degraded -&gt; Avoid; otherwise 0. Copy the file, edit the rules and give it as the rules file to change them.&lt;br&gt;&lt;br&gt;The &lt;b&gt;Reverse&lt;/b&gt; class is the natural mask or criterion for the ROAM restoration priority overlay: it marks where restoration, rather than protection or better management, is the answer. The area table gives the area of each class overall and per zone.</source>
      <translation>Cartografa a hierarquia de resposta da Neutralidade da Degradação das Terras Evitar &amp;gt; Reduzir &amp;gt; Reverter a partir de uma camada de degradação (a camada -1/0/+1 do ODS 15.3.1, ou qualquer mapa categórico como as classes LPD ou o estado da degradação), da ocupação do solo UNCCD e de áreas protegidas opcionais.&lt;br&gt;&lt;br&gt;Classes: 1 &lt;b&gt;Evitar&lt;/b&gt; (terra natural não degradada e áreas protegidas, a manter assim), 2 &lt;b&gt;Reduzir&lt;/b&gt; (terra em uso produtivo que se está a degradar ou está em risco: gestão sustentável da terra), 3 &lt;b&gt;Reverter&lt;/b&gt; (terra degradada onde a resposta é o restauro), 0 outra / não atribuída (p. ex., terras de cultivo saudáveis, terreno edificado). Sem dados onde a camada de degradação ou a ocupação do solo não têm dados.&lt;br&gt;&lt;br&gt;Regras por omissão (resources/data/ldn_response_rules.json; prevalece a primeira regra que se verifica): degradada e não produtiva -&gt; Reverter; degradada e produtiva -&gt; Reduzir; em risco e produtiva -&gt; Reduzir; protegida e não degradada -&gt; Evitar; natural e não degradada -&gt; Evitar; caso contrário, 0. Para as alterar, copie o ficheiro, edite as regras e indique-o como ficheiro de regras.&lt;br&gt;&lt;br&gt;A classe &lt;b&gt;Reverter&lt;/b&gt; é a máscara ou o critério natural para a sobreposição de prioridade de restauro do ROAM: marca onde a resposta é o restauro, e não a proteção ou uma melhor gestão. A tabela de áreas dá a área de cada classe no total e por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="41" />
      <source>Masks (water, urban...): pixels with a valid non-zero value are excluded; nodata does not exclude.</source>
      <translation>Máscaras (água, zonas urbanas...): são excluídos os píxeis com um valor válido diferente de zero; a ausência de dados não exclui.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="48" />
      <source>Matrix CSV file</source>
      <translation>Ficheiro CSV de matriz</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="65" />
      <source>Max (ranges only)</source>
      <translation>Máx. (só intervalos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="49" />
      <source>Maximum (linear)</source>
      <translation>Máximo (linear)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="61" />
      <source>Mean divided by the unit's percentile (Float32, nodata -32768).</source>
      <translation>Média dividida pelo percentil da unidade (Float32, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="87" />
      <source>Mean over {start}-{end}.</source>
      <translation>Média de {start}-{end}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>Medium</source>
      <translation>Média</translation>
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
      <translation>Métodos e dados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="55" />
      <source>Midpoint (sigmoid, gaussian)</source>
      <translation>Ponto médio (sigmoide, gaussiana)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="65" />
      <source>Min or code</source>
      <translation>Mín. ou código</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="48" />
      <source>Minimum (linear)</source>
      <translation>Mínimo (linear)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="49" />
      <source>Minimum number of valid baseline years</source>
      <translation>Número mínimo de anos de referência válidos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="41" />
      <source>Minimum number of valid years</source>
      <translation>Número mínimo de anos válidos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="67" />
      <source>Minimum patch size (ha)</source>
      <translation>Tamanho mínimo de mancha (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="62" />
      <source>Minimum patch size (pixels)</source>
      <translation>Tamanho mínimo de mancha (píxeis)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="109" />
      <source>Minimum patch size {area:g} ha = {pixels} pixel(s) (mean true pixel area {pixel:.4f} ha); it replaces {key}.</source>
      <translation>Tamanho mínimo de mancha {area:g} ha = {pixels} píxel(is) (área real média do píxel {pixel:.4f} ha); substitui {key}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="115" />
      <source>Minimum patch size {pixels} pixel(s) = {area:.2f} ha (mean true pixel area {pixel:.4f} ha).</source>
      <translation>Tamanho mínimo de mancha {pixels} píxel(is) = {area:.2f} ha (área real média do píxel {pixel:.4f} ha).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="76" />
      <source>Minimum points per stratum</source>
      <translation>Mínimo de pontos por estrato</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="85" />
      <source>Minimum years before the start</source>
      <translation>Mínimo de anos antes do início</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="88" />
      <source>Minimum years from the start</source>
      <translation>Mínimo de anos desde o início</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="89" />
      <source>Missing criteria</source>
      <translation>Critérios em falta</translation>
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
      <translation>Declínio moderado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="18" />
      <source>Moderate decline area (ha)</source>
      <translation>Área com declínio moderado (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="18" />
      <source>Moderate decline pixels</source>
      <translation>Píxeis com declínio moderado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="118" />
      <source>Moderate degradation area (ha)</source>
      <translation>Área com degradação moderada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="36" />
      <source>Monte Carlo runs</source>
      <translation>Execuções de Monte Carlo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="281" />
      <source>Most inconsistent judgement (highlighted): {row} compared with {column} is {given}, the weights imply {implied:.2f}.</source>
      <translation>Juízo mais inconsistente (realçado): {row} comparado com {column} é {given}; os pesos implicam {implied:.2f}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="83" />
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="86" />
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="35" />
      <source>Name field</source>
      <translation>Campo de nome</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="123" />
      <source>Name of the layout added to the project with {ADD_LAYOUT_TO_PROJECT}; empty when none was added.</source>
      <translation>Nome do layout adicionado ao projeto com {ADD_LAYOUT_TO_PROJECT}; vazio se nenhum foi adicionado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="87" />
      <source>Name of the organization</source>
      <translation>Nome da organização</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="80" />
      <source>Name of the period this layer describes (e.g. baseline, report_1), matched against {RECODE_PERIODS_FIELD} of {RECODE}.</source>
      <translation>Nome do período que esta camada descreve (p. ex., baseline, report_1), comparado com {RECODE_PERIODS_FIELD} de {RECODE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="84" />
      <source>Name of the person FERM can contact about the project</source>
      <translation>Nome da pessoa que o FERM pode contactar sobre o projeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="101" />
      <source>Names of the categories 0..n separated by ';' (one more than {CATEGORY_BREAKS}), used in the table and the legend. Empty: the default names when there are 4 categories, else 'Category 0', 'Category 1', ...</source>
      <translation>Nomes das categorias 0..n separados por ';' (um a mais do que {CATEGORY_BREAKS}), usados na tabela e na legenda. Vazio: os nomes por omissão quando há 4 categorias; caso contrário, 'Categoria 0', 'Categoria 1', ...</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="38" />
      <source>Names of the criteria in matrix order, separated by commas (e.g. 'slope, erosion, distance to forest'). Optional with a matrix file, whose names are then used; if given with a file, they must match its names.</source>
      <translation>Nomes dos critérios pela ordem da matriz, separados por vírgulas (p. ex., 'declive, erosão, distância à floresta'). Opcional com um ficheiro de matriz, cujos nomes são então usados; se forem indicados com um ficheiro, devem coincidir com os seus nomes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/base.py" line="8" />
      <source>National degradation criteria</source>
      <translation>Critérios nacionais de degradação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="216" />
      <source>National report</source>
      <translation>Relatório nacional</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="31" />
      <source>National restoration report (PDF)</source>
      <translation>Relatório nacional de restauração (PDF)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Natural breaks (Jenks)</source>
      <translation>Quebras naturais (Jenks)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="64" />
      <source>Natural land cover</source>
      <translation>Ocupação do solo natural</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="52" />
      <source>Natural vegetation codes</source>
      <translation>Códigos de vegetação natural</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="20" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="128" />
      <source>Neutrality met</source>
      <translation>Neutralidade atingida</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="20" />
      <source>Neutrality not met</source>
      <translation>Neutralidade não atingida</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="155" />
      <source>Next unlabelled</source>
      <translation>Seguinte sem rótulo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="153" />
      <source>Next ▶</source>
      <translation>Seguinte ▶</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="104" />
      <source>No FERM API key is set. Use "Set API key…" to store the key given by FERM.</source>
      <translation>Não está definida nenhuma chave de API do FERM. Use "Definir chave de API…" para guardar a chave fornecida pelo FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="84" />
      <source>No SDG 15.3.1 summary table was given: give one per period.</source>
      <translation>Não foi indicada nenhuma tabela de resumo do ODS 15.3.1: indique uma por período.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="132" />
      <source>No area under restoration table was given.</source>
      <translation>Não foi indicada nenhuma tabela de área em restauro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="131" />
      <source>No criterion raster was given ({parameter}).</source>
      <translation>Não foi indicado nenhum raster de critério ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="54" />
      <source>No detectable effect yet</source>
      <translation>Ainda sem efeito detetável</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="117" />
      <source>No file was given for the output {output}.</source>
      <translation>Não foi indicado nenhum ficheiro para a saída {output}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="118" />
      <source>No forest code was given for the land-cover map {layer}. Give the land-cover codes that are forest (e.g. 1).</source>
      <translation>Não foi indicado nenhum código de floresta para o mapa de ocupação do solo {layer}. Indique os códigos de ocupação do solo que são floresta (p. ex., 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="64" />
      <source>No forest code was given for the land-cover map {layer}. Give the land-cover codes that are forest in {parameter} (e.g. 1).</source>
      <translation>Não foi indicado nenhum código de floresta para o mapa de ocupação do solo {layer}. Indique em {parameter} os códigos de ocupação do solo que são floresta (p. ex., 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/dask_engine.py" line="240" />
      <location filename="../t2_monitor_plugin/core/engine.py" line="272" />
      <source>No input raster was given.</source>
      <translation>Não foi indicado nenhum raster de entrada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="232" />
      <source>No land unit has a positive {q}th percentile of {layer}, so no performance ratio can be computed. Check that the layer is a productivity index such as NDVI.</source>
      <translation>Nenhuma unidade de terra tem um percentil {q} positivo de {layer}, pelo que não é possível calcular nenhum rácio de desempenho. Verifique se a camada é um índice de produtividade como o NDVI.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="91" />
      <source>No pairwise judgements were given: fill the matrix ({n} x {n} for {count} criteria) or choose a matrix CSV file.</source>
      <translation>Não foi indicado nenhum juízo par a par: preencha a matriz ({n} x {n} para {count} critérios) ou escolha um ficheiro CSV de matriz.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="340" />
      <source>No pixel corner of the raster can be transformed to longitude and latitude in its coordinate reference system, so true areas cannot be computed. Check the raster's CRS (Layer Properties &gt; Source) or reproject it.</source>
      <translation>Nenhum canto de píxel do raster pode ser transformado em longitude e latitude no seu sistema de referência de coordenadas, pelo que não é possível calcular áreas reais. Verifique o SRC do raster (Propriedades da camada &gt; Fonte) ou reprojete-o.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sensitivity.py" line="149" />
      <source>No pixel is left after the exclusions and nodata of the criteria ({layer}).</source>
      <translation>Não resta nenhum píxel após as exclusões e os valores sem dados dos critérios ({layer}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="206" />
      <source>No pixel is left after the exclusions and nodata of the criteria ({layer}): the suitability would be empty. Check the exclusion layers and the criteria extents.</source>
      <translation>Não resta nenhum píxel após as exclusões e os valores sem dados dos critérios ({layer}): a aptidão ficaria vazia. Verifique as camadas de exclusão e as extensões dos critérios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="201" />
      <source>No pixel of {layer} has at least {needed} valid baseline years (MIN_YEARS) and {recent} valid recent year(s). Lower MIN_YEARS or choose longer periods.</source>
      <translation>Nenhum píxel de {layer} tem pelo menos {needed} anos de referência válidos (MIN_YEARS) e {recent} ano(s) recente(s) válido(s). Reduza MIN_YEARS ou escolha períodos mais longos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="276" />
      <source>No pixel of {layer} has at least {needed} valid years (MIN_YEARS) between {first} and {last}. Lower MIN_YEARS or choose a longer period.</source>
      <translation>Nenhum píxel de {layer} tem pelo menos {needed} anos válidos (MIN_YEARS) entre {first} e {last}. Reduza MIN_YEARS ou escolha um período mais longo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="222" />
      <source>No pixel of {layer} has both a valid index value and a land unit of {units}. Check that the land units cover the productivity raster.</source>
      <translation>Nenhum píxel de {layer} tem simultaneamente um valor de índice válido e uma unidade de terra de {units}. Verifique se as unidades de terra cobrem o raster de produtividade.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="79" />
      <source>No productivity raster was given ({parameter}).</source>
      <translation>Não foi indicado nenhum raster de produtividade ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="185" />
      <source>No productivity raster was given.</source>
      <translation>Não foi indicado nenhum raster de produtividade.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="75" />
      <source>No raster was given for the annual series. Choose one multi-band raster or one raster per year.</source>
      <translation>Não foi indicado nenhum raster para a série anual. Escolha um raster multibanda ou um raster por ano.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="372" />
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="182" />
      <source>No restoration site can be exported: the layer has no valid polygon.</source>
      <translation>Não é possível exportar nenhum local de restauro: a camada não tem nenhum polígono válido.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="85" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="287" />
      <source>No restoration sites layer was given ({parameter}).</source>
      <translation>Não foi indicada nenhuma camada de locais de restauro ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="294" />
      <source>No sample point layer.</source>
      <translation>Nenhuma camada de pontos da amostra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="165" />
      <source>No site of {layer} can be counted: every feature has an error (e.g. no start year) or an excluded status. See the validation table or check the chosen fields.</source>
      <translation>Nenhum local de {layer} pode ser contado: todas as entidades têm um erro (p. ex., sem ano de início) ou um estado excluído. Consulte a tabela de validação ou verifique os campos escolhidos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="170" />
      <source>No site of {layer} is under restoration in {year}: the earliest start year is {first}. Choose a later reporting year or check the start and end years.</source>
      <translation>Nenhum local de {layer} está em restauro em {year}: o ano de início mais antigo é {first}. Escolha um ano de relatório posterior ou verifique os anos de início e de fim.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="44" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="122" />
      <source>Nodata area (ha)</source>
      <translation>Área sem dados (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="93" />
      <source>Nodata where any criterion is missing</source>
      <translation>Sem dados onde falte qualquer critério</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="170" />
      <source>None of the polygons of {layer} overlaps the baseline raster {raster}. Check that the sites and the raster cover the same area.</source>
      <translation>Nenhum dos polígonos de {layer} se sobrepõe ao raster de referência {raster}. Verifique se os locais e o raster cobrem a mesma área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="271" />
      <source>None of the zones in {layer} overlaps the raster. Check that the zone layer and the raster cover the same area.</source>
      <translation>Nenhuma das zonas de {layer} se sobrepõe ao raster. Verifique se a camada de zonas e o raster cobrem a mesma área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="122" />
      <source>Normalised weights used</source>
      <translation>Pesos normalizados usados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="57" />
      <source>Not assessable</source>
      <translation>Não avaliável</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="278" />
      <source>Not consistent: CR = {cr:.3f} (acceptable below 0.10).</source>
      <translation>Não consistente: CR = {cr:.3f} (aceitável abaixo de 0,10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="116" />
      <source>Not degraded area (ha)</source>
      <translation>Área não degradada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="150" />
      <source>Not exported: {count} problem(s), listed in the validation table on the Sites tab. Fix them, or tick "Skip features with errors" for problems of single sites.</source>
      <translation>Não exportado: {count} problema(s), listados na tabela de validação do separador Locais. Corrija-os, ou marque "Ignorar as entidades com erros" para os problemas de locais individuais.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="187" />
      <source>Not exported: {error}</source>
      <translation>Não exportado: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="195" />
      <source>Not in deficit</source>
      <translation>Sem défice</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="103" />
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="74" />
      <source>Not published: {error}</source>
      <translation>Não publicado: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="123" />
      <source>Number of 2.CT.1 rows written per ecosystem type (0 without an ecosystem layer).</source>
      <translation>Número de linhas 2.CT.1 escritas por tipo de ecossistema (0 sem uma camada de ecossistemas).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="27" />
      <source>Number of classes</source>
      <translation>Número de classes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="127" />
      <source>Number of land types in deficit in the first period against the baseline.</source>
      <translation>Número de tipos de terra em défice no primeiro período face à referência.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="110" />
      <source>Number of pages of the PDF.</source>
      <translation>Número de páginas do PDF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="31" />
      <source>Number of pixels of the LPD class.</source>
      <translation>Número de píxeis da classe LPD.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="84" />
      <source>Number of pixels of the class.</source>
      <translation>Número de píxeis da classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="68" />
      <source>Number of pixels rated -1.</source>
      <translation>Número de píxeis avaliados com -1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="72" />
      <source>Number of pixels that got a rating (-1 or 0).</source>
      <translation>Número de píxeis que receberam uma avaliação (-1 ou 0).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="28" />
      <source>Number of priority classes; the highest class is the highest priority. Ignored for manual breaks (breaks + 1 classes).</source>
      <translation>Número de classes de prioridade; a classe mais alta é a de maior prioridade. Ignorado com cortes manuais (cortes + 1 classes).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="36" />
      <source>Number of random weight sets (default 50).</source>
      <translation>Número de conjuntos de pesos aleatórios (por omissão 50).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="72" />
      <source>Number of valid input pixels that no range or code maps (set to nodata).</source>
      <translation>Número de píxeis de entrada válidos que nenhum intervalo ou código associa (passam a sem dados).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="93" />
      <source>ORT rows as CSV</source>
      <translation>Linhas ORT como CSV</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="91" />
      <source>ORT workbook</source>
      <translation>Livro ORT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="38" />
      <source>ORT,CBD,GBF,2.1,2.CT.1,national report,template,XLSX,disaggregation,area under restoration</source>
      <translation>ORT,CBD,QGB,2.1,2.CT.1,relatório nacional,modelo,XLSX,desagregação,área em restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="114" />
      <source>One band per period: land type code where it is in deficit against the baseline, 0 where not (Int32, nodata -1), with a raster attribute table naming the land types.</source>
      <translation>Uma banda por período: código do tipo de terra onde está em défice face ao período de referência, 0 onde não está (Int32, sem dados -1), com uma tabela de atributos do raster que nomeia os tipos de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="50" />
      <source>One name per summary table, in the same order, separated by commas (e.g. baseline,report_1 or 2000-2015,2016-2019).</source>
      <translation>Um nome por tabela de resumo, pela mesma ordem, separados por vírgulas (p. ex., baseline,report_1 ou 2000-2015,2016-2019).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="72" />
      <source>One raster per criterion (band 1 is used), e.g. vegetation-cover loss 0/1, fragmentation classes, productivity -1/0/+1 or LPD 1-5, a continuous index. Their order gives the criterion numbers 1, 2, ... used in {RULES_TABLE}.</source>
      <translation>Um raster por critério (é usada a banda 1), p. ex., perda de coberto vegetal 0/1, classes de fragmentação, produtividade -1/0/+1 ou LPD 1-5, um índice contínuo. A sua ordem dá os números de critério 1, 2, ... usados em {RULES_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="77" />
      <source>One row per criterion: criterion number (1-based position in {CRITERIA}), type (thresholds, reclass or preset), rule text (e.g. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' or '-1:3; 0:0; 1:0' or 'lpd_5class') and weight (0 or more; empty = 1).</source>
      <translation>Uma linha por critério: número do critério (posição, a começar em 1, em {CRITERIA}), tipo (thresholds, reclass ou preset), texto da regra (p. ex., '&lt;=-0.1:3; &lt;=0:1; &gt;0:0', '-1:3; 0:0; 1:0' ou 'lpd_5class') e peso (0 ou mais; vazio = 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="229" />
      <source>One row per feature (feature_id, site_name, level ok/warning/error, reason) plus project problems; written even when errors stop the run. Optional: the problems are also listed in the log.</source>
      <translation>Uma linha por entidade (feature_id, site_name, level ok/warning/error, reason) mais os problemas do projeto; é escrita mesmo quando os erros param a execução. Opcional: os problemas são também listados no registo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="72" />
      <source>One row per land-cover conversion (initial and final UNCCD class) and one column per climate zone: SOC_final = SOC_initial × factor. Conversions not listed and classes that do not change keep 1. Values may be written 1/x. Defaults to the IPCC-based table.</source>
      <translation>Uma linha por conversão de ocupação do solo (classe UNCCD inicial e final) e uma coluna por zona climática: SOC_final = SOC_initial × fator. As conversões não listadas e as classes que não mudam mantêm 1. Os valores podem ser escritos como 1/x. Por omissão, a tabela baseada no IPCC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="111" />
      <source>One row per period, zone and comparison: areas, deficit and neutrality status.</source>
      <translation>Uma linha por período, zona e comparação: áreas, défice e estado da neutralidade.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="90" />
      <source>One row per recode polygon with the hectares it changed.</source>
      <translation>Uma linha por polígono de recodificação com os hectares que alterou.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="79" />
      <source>One row per reporting period: area under restoration in its end year and the change from the previous period.</source>
      <translation>Uma linha por período de relatório: área em restauro no seu ano final e a variação face ao período anterior.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="98" />
      <source>One row per site feature: counted or not in the reporting year, level and reason.</source>
      <translation>Uma linha por entidade de local: se é contada ou não no ano de relatório, nível e motivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="66" />
      <source>One row per site feature: whether it can ever count, level and reason.</source>
      <translation>Uma linha por entidade de local: se alguma vez pode contar, nível e motivo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="30" />
      <source>One weight per criterion, comma-separated, in the order of the criteria (e.g. the WEIGHTS output of t2monitor:ahpweights). They are normalised to sum 1. Give either this or {WEIGHTS_TABLE}.</source>
      <translation>Um peso por critério, separados por vírgulas, pela ordem dos critérios (p. ex., a saída WEIGHTS de t2monitor:ahpweights). São normalizados para somarem 1. Indique este ou {WEIGHTS_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="46" />
      <source>One-at-a-time and Monte Carlo top-class areas (no geometry).</source>
      <translation>Áreas da classe superior na análise um de cada vez e de Monte Carlo (sem geometria).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="181" />
      <source>Open sample points</source>
      <translation>Abrir pontos da amostra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="31" />
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="68" />
      <source>Open sample project</source>
      <translation>Abrir o projeto de exemplo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="116" />
      <source>Open…</source>
      <translation>Abrir…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="85" />
      <source>Optional CSV with the header criterion,type,rule,weight (one row per criterion; quote the rule text if it holds commas) or JSON list of objects with these keys. Takes precedence over {RULES_TABLE}.</source>
      <translation>CSV opcional com o cabeçalho criterion,type,rule,weight (uma linha por critério; coloque o texto da regra entre aspas se tiver vírgulas) ou lista JSON de objetos com estas chaves. Tem prioridade sobre {RULES_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="79" />
      <source>Optional CSV with the layout of resources/data/ipcc_soc_factors.csv (columns initial, final, then one column per climate zone whose header starts with the zone code). Takes precedence over {FACTORS_TABLE}.</source>
      <translation>CSV opcional com a estrutura de resources/data/ipcc_soc_factors.csv (colunas initial, final e depois uma coluna por zona climática cujo cabeçalho começa pelo código da zona). Tem prioridade sobre {FACTORS_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="133" />
      <source>Optional CSV with the same layout as resources/data/unccd_transition_matrix.csv (a header row of the final classes 1-7, then one row per initial class 1-7, each starting with its label). Takes precedence over {MATRIX_TABLE}.</source>
      <translation>CSV opcional com a mesma estrutura de resources/data/unccd_transition_matrix.csv (uma linha de cabeçalho com as classes finais 1-7 e depois uma linha por classe inicial 1-7, cada uma começando pelo seu rótulo). Tem prioridade sobre {MATRIX_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="106" />
      <source>Optional JSON list of the workflow's runs ({"algorithm": id, "inputs": {...}}, e.g. the documents qgis_process --json prints) for the methods page.</source>
      <translation>Lista JSON opcional das execuções do fluxo de trabalho ({"algorithm": id, "inputs": {...}}, p. ex. os documentos que qgis_process --json imprime) para a página de métodos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="97" />
      <source>Optional KML with the footprint of every sampled pixel, for Google Earth or Collect Earth.</source>
      <translation>KML opcional com o contorno de cada píxel amostrado, para o Google Earth ou o Collect Earth.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="85" />
      <source>Optional bar chart: mapped and estimated area per class, with 95 % error bars.</source>
      <translation>Gráfico de barras opcional: área cartografada e estimada por classe, com barras de erro de 95 %.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="91" />
      <source>Optional copy of the points with map and WGS 84 coordinates.</source>
      <translation>Cópia opcional dos pontos com o mapa e as coordenadas WGS 84.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/spec.py" line="221" />
      <source>Optional copy of the table as a CSV or XLSX file.</source>
      <translation>Cópia opcional da tabela como ficheiro CSV ou XLSX.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="74" />
      <source>Optional cross-tabulation in matrix form (hectares): per zone, one row per class of map A (code and name), one column b_&lt;class&gt; per class of map B, with totals.</source>
      <translation>Tabulação cruzada opcional em forma de matriz (hectares): por zona, uma linha por classe do mapa A (código e nome) e uma coluna b_&lt;class&gt; por classe do mapa B, com totais.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="83" />
      <source>Optional land units or soils combined with the land cover: a raster of whole numbers 0-9999 (land type = UNCCD class x 10000 + unit), or polygons (land type = UNCCD class x 10000 + the unit's position in the natural order of {LAND_UNIT_FIELD} values, from 1; a pixel takes the polygon covering most of it; tables name it). The tables name the units of a raster by its attribute table, category names or style when it carries them.</source>
      <translation>Unidades de terra ou solos opcionais combinados com a ocupação do solo: um raster de números inteiros 0-9999 (tipo de terra = classe UNCCD x 10000 + unidade), ou polígonos (tipo de terra = classe UNCCD x 10000 + a posição da unidade na ordem natural dos valores de {LAND_UNIT_FIELD}, a começar em 1; um píxel fica com o polígono que cobre a maior parte dele; as tabelas indicam o seu nome). As tabelas indicam os nomes das unidades de um raster a partir da sua tabela de atributos, nomes de categoria ou estilo, quando os tem.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="64" />
      <source>Optional map on the strata grid, for the mapped area of each class and to check the points' map classes. Empty: the strata raster is the map.</source>
      <translation>Mapa opcional na grelha dos estratos, para a área cartografada de cada classe e para verificar as classes do mapa dos pontos. Vazio: o raster de estratos é o mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="22" />
      <source>Optional names of the classes, one row per class (code, name). They win over the names the raster carries (raster attribute table, category names, .qml style beside the file); classes not listed keep those names, else their code.</source>
      <translation>Nomes opcionais das classes, uma linha por classe (código, nome). Prevalecem sobre os nomes que o raster traz (tabela de atributos do raster, nomes de categoria, estilo .qml junto ao ficheiro); as classes não indicadas mantêm esses nomes ou, na falta deles, o seu código.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="94" />
      <source>Optional plot file for Collect Earth: id, YCoordinate, XCoordinate (WGS 84) and the point attributes.</source>
      <translation>Ficheiro de parcelas opcional para o Collect Earth: id, YCoordinate, XCoordinate (WGS 84) e os atributos dos pontos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="53" />
      <source>Optional raster of strata on the map's grid when the strata are not the map classes (e.g. the map with a buffer stratum around change). Empty: the map classes are the strata.</source>
      <translation>Raster opcional de estratos na grelha do mapa quando os estratos não são as classes do mapa (p. ex., o mapa com um estrato tampão em torno da alteração). Vazio: as classes do mapa são os estratos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="88" />
      <source>Optional raster whose non-zero pixels are water and left out (nodata in the outputs).</source>
      <translation>Raster opcional cujos píxeis diferentes de zero são água e ficam excluídos (sem dados nas saídas).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="142" />
      <source>Optional transition codes initial × 10 + final in UNCCD classes (11-77, Byte, nodata 0), styled with readable labels and with a raster attribute table naming each transition.</source>
      <translation>Códigos de transição opcionais inicial × 10 + final em classes UNCCD (11-77, Byte, sem dados 0), com estilo de rótulos legíveis e com uma tabela de atributos do raster que nomeia cada transição.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="111" />
      <source>Optional weighted mean score (Float32, nodata -32768).</source>
      <translation>Pontuação média ponderada opcional (Float32, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="39" />
      <source>Optional, instead of {ESTIMATES_TABLE}: the sample-based estimate of the degraded area in hectares (output ESTIMATED_HA of Accuracy assessment).</source>
      <translation>Opcional, em vez de {ESTIMATES_TABLE}: a estimativa por amostragem da área degradada em hectares (saída ESTIMATED_HA da Avaliação da exatidão).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="68" />
      <source>Optional, instead of {MIN_PATCH_PIXELS}: the minimum patch area in hectares. It wins when given: it becomes the pixel count ceil(area / mean true pixel area of the map), and the log states both.</source>
      <translation>Opcional, em vez de {MIN_PATCH_PIXELS}: a área mínima de mancha em hectares. Prevalece quando indicada: passa a ser o número de píxeis ceil(área / área real média do píxel do mapa), e o registo indica ambos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="78" />
      <source>Optional, tree-cover maps only: initial - final where positive, else 0 (Float32, nodata -9999).</source>
      <translation>Opcional, só mapas de coberto arbóreo: inicial - final onde é positivo, caso contrário 0 (Float32, sem dados -9999).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="51" />
      <source>Optional: forest cells / valid cells of the window (Float32, nodata -9999).</source>
      <translation>Opcional: células de floresta / células válidas da janela (Float32, sem dados -9999).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="54" />
      <source>Optional: share of the adjacent pairs with a forest cell that are both forest (Float32, nodata -9999).</source>
      <translation>Opcional: proporção dos pares adjacentes com uma célula de floresta em que ambas são floresta (Float32, sem dados -9999).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="33" />
      <source>Optional: the area estimates table of Accuracy assessment. Its row of class -1 (degraded) gives the sample-based estimate of the degraded area and its 95 % interval, reported instead of the mapped (pixel-counted) area, with a footnote.</source>
      <translation>Opcional: a tabela de estimativas de área da Avaliação da exatidão. A sua linha da classe -1 (degradado) dá a estimativa por amostragem da área degradada e o seu intervalo de 95 %, apresentada em vez da área cartografada (por contagem de píxeis), com uma nota de rodapé.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="73" />
      <source>Ordered rules (JSON): each maps conditions (degraded, at_risk, productive, natural, protected: true or false) to a class; the first rule that holds wins. Empty: resources/data/ldn_response_rules.json.</source>
      <translation>Regras ordenadas (JSON): cada uma associa condições (degraded, at_risk, productive, natural, protected: true ou false) a uma classe; prevalece a primeira regra que se verifica. Vazio: resources/data/ldn_response_rules.json.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="101" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="206" />
      <source>Organizations</source>
      <translation>Organizações</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="207" />
      <source>Organizations as 'name|role|type|country; ...': role Leading/Supporting (or 'Lead implementer', or code 1/2), type as label (e.g. NGO, Government) or code, country as ISO2.</source>
      <translation>Organizações na forma 'nome|papel|tipo|país; ...': papel Leading/Supporting (ou 'Lead implementer', ou código 1/2), tipo como rótulo (p. ex., NGO, Government) ou código, país como ISO2.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="35" />
      <source>Other / not assigned</source>
      <translation>Outra / não atribuída</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <source>Other land</source>
      <translation>Outras terras</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="87" />
      <source>Overall accuracy</source>
      <translation>Exatidão global</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="88" />
      <source>Overall accuracy 95 % half-interval</source>
      <translation>Semi-intervalo de 95 % da exatidão global</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="167" />
      <source>Overall accuracy {oa:.3f} ± {ci:.3f} from {n} points ({method}).</source>
      <translation>Exatidão global {oa:.3f} ± {ci:.3f} a partir de {n} pontos ({method}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="78" />
      <source>Overall agreement (0-1)</source>
      <translation>Concordância global (0-1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="35" />
      <source>Overuse</source>
      <translation>Sobreuso</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="76" />
      <source>Overuse area (ha)</source>
      <translation>Área com sobreuso (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="68" />
      <source>Overuse steps</source>
      <translation>Passos de sobreuso</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="115" />
      <source>Overuse: {overuse:.2f} ha; underuse: {underuse:.2f} ha; proper use: {proper:.2f} ha.</source>
      <translation>Sobreuso: {overuse:.2f} ha; subuso: {underuse:.2f} ha; uso adequado: {proper:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="109" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="64" />
      <source>PRAIS workbook</source>
      <translation>Livro PRAIS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="110" />
      <source>Pages</source>
      <translation>Páginas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="53" />
      <source>Pairs of classes that count as agreement when the two legends differ, one pair per row (a class may appear in several pairs). Empty: classes agree when their codes are equal. When given, only the listed pairs agree.</source>
      <translation>Pares de classes que contam como concordância quando as duas legendas diferem, um par por linha (uma classe pode aparecer em vários pares). Vazio: as classes concordam quando os seus códigos são iguais. Quando indicada, só concordam os pares listados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="61" />
      <source>Pairs stratum:accuracy separated by commas, e.g. -1:0.7, 0:0.9, 1:0.8 (lower for rare change classes). Strata not listed take {DEFAULT_EXPECTED_UA}.</source>
      <translation>Pares estrato:exatidão separados por vírgulas, p. ex., -1:0.7, 0:0.9, 1:0.8 (mais baixa para as classes de alteração raras). Os estratos não listados ficam com {DEFAULT_EXPECTED_UA}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="42" />
      <source>Pairwise comparison matrix</source>
      <translation>Matriz de comparação par a par</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="109" />
      <source>Pairwise comparisons (row compared with column)</source>
      <translation>Comparações par a par (linha comparada com coluna)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="58" />
      <source>Parameters read from the input tables</source>
      <translation>Parâmetros lidos das tabelas de entrada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="103" />
      <source>Part of the area under restoration inside the degraded baseline, in hectares.</source>
      <translation>Parte da área em restauro dentro da referência degradada, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="133" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="175" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="245" />
      <source>Path to the target (ha)</source>
      <translation>Trajetória até à meta (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="76" />
      <source>Per class: mapped and estimated area (ha) with standard error, 95 % interval, user's and producer's accuracy with 95 % intervals, sample counts, and the class name (from the map's attribute table, category names or style; else its code).</source>
      <translation>Por classe: área cartografada e estimada (ha) com erro-padrão, intervalo de 95 %, exatidão do utilizador e do produtor com intervalos de 95 %, contagens da amostra e o nome da classe (da tabela de atributos do mapa, dos seus nomes de categoria ou do seu estilo; caso contrário, o seu código).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="63" />
      <source>Per land unit: pixels, area, range of the means, percentile, cut-off and degraded area.</source>
      <translation>Por unidade de terra: píxeis, área, intervalo das médias, percentil, limiar de corte e área degradada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="86" />
      <source>Per stratum: pixels, area, weight, expected user's accuracy, points allocated, inclusion probability and the stratum's name (from the raster's attribute table, category names or style; else its code).</source>
      <translation>Por estrato: píxeis, área, peso, exatidão do utilizador esperada, pontos alocados, probabilidade de inclusão e o nome do estrato (da tabela de atributos do raster, dos seus nomes de categoria ou do seu estilo; caso contrário, o seu código).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="70" />
      <source>Per zone (and for the whole raster): compared area, agreeing area, overall agreement, chance agreement, kappa, areas with only map A, only map B, neither.</source>
      <translation>Por zona (e para todo o raster): área comparada, área concordante, concordância global, concordância ao acaso, kappa, áreas só com o mapa A, só com o mapa B, com nenhum.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="94" />
      <source>Percent change of the SOC stock (Float32, nodata -32768).</source>
      <translation>Variação percentual do stock de COS (Float32, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="106" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="115" />
      <source>Percent of the baseline under restoration</source>
      <translation>Percentagem da referência em restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="109" />
      <source>Percent of the degraded baseline under restoration (%)</source>
      <translation>Percentagem da referência degradada em restauração (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="115" />
      <source>Percent of the estimated baseline under restoration</source>
      <translation>Percentagem da referência estimada em restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="49" />
      <source>Percentile of the land unit</source>
      <translation>Percentil da unidade de terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="50" />
      <source>Percentile of the pixel means of each land unit used as its reference productivity (default 90).</source>
      <translation>Percentil das médias dos píxeis de cada unidade de terra usado como a sua produtividade de referência (por omissão 90).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="60" />
      <source>Performance ratio</source>
      <translation>Rácio de desempenho</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="77" />
      <source>Performance sub-indicator (-1/0), e.g. from Productivity performance. Needed in the combine mode.</source>
      <translation>Subindicador de desempenho (-1/0), p. ex., de Desempenho da produtividade. Necessário no modo de combinação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="80" />
      <source>Performance sub-indicator (-1/0).</source>
      <translation>Subindicador de desempenho (-1/0).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="63" />
      <source>Performance: percentile of the land unit</source>
      <translation>Desempenho: percentil da unidade de terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="66" />
      <source>Performance: ratio threshold</source>
      <translation>Desempenho: limiar do rácio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="72" />
      <source>Period end years</source>
      <translation>Anos finais dos períodos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="68" />
      <source>Period labels</source>
      <translation>Rótulos dos períodos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="79" />
      <source>Period name</source>
      <translation>Nome do período</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="49" />
      <source>Period names</source>
      <translation>Nomes dos períodos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="60" />
      <source>Period of the estimate</source>
      <translation>Período da estimativa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="118" />
      <source>Period-by-period chart of degraded and improved area and the like-for-like deficit (.svg or .png).</source>
      <translation>Gráfico, período a período, da área degradada e melhorada e do défice igual por igual (.svg ou .png).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="18" />
      <source>Persistent degradation</source>
      <translation>Degradação persistente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="21" />
      <source>Persistent improvement</source>
      <translation>Melhoria persistente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="71" />
      <source>Pixels matching no range or code</source>
      <translation>Píxeis que não correspondem a nenhum intervalo nem código</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="36" />
      <source>Pixels sampled (reproducibly, seed 1) for natural breaks; the optimisation grows with the square of the sample. Quantiles use a sample of up to 1 000 000 pixels (exact below that).</source>
      <translation>Píxeis amostrados (de forma reprodutível, semente 1) para as quebras naturais; a otimização cresce com o quadrado da amostra. Os quantis usam uma amostra de até 1 000 000 de píxeis (exatos abaixo desse número).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="82" />
      <source>Pixels touching any site buffered by this many pixel widths (default 2) are never controls, to keep edge effects and spill-overs out.</source>
      <translation>Os píxeis que tocam qualquer local alargado por este número de larguras de píxel (por omissão 2) nunca são controlos, para excluir os efeitos de orla e de contágio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="50" />
      <source>Pixels with fewer valid (not nodata) baseline years are nodata (default 5).</source>
      <translation>Os píxeis com menos anos de referência válidos (com dados) ficam sem dados (por omissão 5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="42" />
      <source>Pixels with fewer valid (not nodata) years in the period are nodata (default 10).</source>
      <translation>Os píxeis com menos anos válidos (com dados) no período ficam sem dados (por omissão 10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="57" />
      <source>Pixels with fewer valid years in the period are nodata (default 10).</source>
      <translation>Os píxeis com menos anos válidos no período ficam sem dados (por omissão 10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="102" />
      <source>Plot side (m)</source>
      <translation>Lado da parcela (m)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="96" />
      <source>Plot squares (KML)</source>
      <translation>Quadrados das parcelas (KML)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="299" />
      <source>Point {n} of {total} (id {id})</source>
      <translation>Ponto {n} de {total} (id {id})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="83" />
      <source>Points at the sampled pixel centres with stratum, map class, pixel area, inclusion probability, stratum pixel count and an empty reference field.</source>
      <translation>Pontos nos centros dos píxeis amostrados com estrato, classe do mapa, área do píxel, probabilidade de inclusão, número de píxeis do estrato e um campo de referência vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="99" />
      <source>Points drawn</source>
      <translation>Pontos tirados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="47" />
      <source>Points of a stratified random sample with stratum, map class and reference label.</source>
      <translation>Pontos de uma amostra aleatória estratificada com estrato, classe do mapa e rótulo de referência.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="204" />
      <source>Points of contact</source>
      <translation>Pontos de contacto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="98" />
      <source>Points of contact (at least one required)</source>
      <translation>Pontos de contacto (pelo menos um obrigatório)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="90" />
      <source>Points table (CSV or XLSX)</source>
      <translation>Tabela de pontos (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="44" />
      <source>Polygon layers (protected areas...), any CRS: a pixel is excluded when the polygons cover at least half of it.</source>
      <translation>Camadas de polígonos (áreas protegidas...), qualquer SRC: um píxel é excluído quando os polígonos cobrem pelo menos metade dele.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="69" />
      <source>Polygons (any CRS; a pixel counts when at least half of it is covered) or a raster (non-zero valid pixels) of protected areas; they count as Avoid where not degraded.</source>
      <translation>Polígonos (qualquer SRC; um píxel conta quando pelo menos metade está coberta) ou um raster (píxeis válidos diferentes de zero) de áreas protegidas; contam como Evitar onde não estão degradadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="34" />
      <source>Polygons (e.g. districts) to report areas for; any CRS.</source>
      <translation>Polígonos (p. ex., distritos) para os quais apresentar áreas; qualquer SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="20" />
      <source>Polygons of IUCN GET biomes or functional groups (or national ecosystem types).</source>
      <translation>Polígonos de biomas ou grupos funcionais da Tipologia Global de Ecossistemas (GET) da UICN (ou tipos de ecossistemas nacionais).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="141" />
      <source>Polygons of degraded land (the baseline), instead of {DEGRADED_RASTER}; any CRS; overlaps count once.</source>
      <translation>Polígonos de terra degradada (a referência), em vez de {DEGRADED_RASTER}; qualquer SRC; as sobreposições contam uma só vez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="111" />
      <source>Polygons of ecosystem types (instead of {ECOSYSTEMS}), named by {ECOSYSTEM_FIELD}.</source>
      <translation>Polígonos de tipos de ecossistemas (em vez de {ECOSYSTEMS}), designados por {ECOSYSTEM_FIELD}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="45" />
      <source>Polygons of the restoration sites (e.g. the FERM or GEF layer); any CRS. Overlapping sites are counted once (area of the union). Every feature appears in the validation table.</source>
      <translation>Polígonos dos locais de restauro (p. ex., a camada do FERM ou do GEF); qualquer SRC. Os locais sobrepostos são contados uma só vez (área da união). Todas as entidades aparecem na tabela de validação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="88" />
      <source>Polygons of the restoration sites, any CRS. Points and lines are reported as errors.</source>
      <translation>Polígonos dos locais de restauro, qualquer SRC. Os pontos e as linhas são assinalados como erros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="60" />
      <source>Polygons that correct known false positives or negatives.</source>
      <translation>Polígonos que corrigem falsos positivos ou negativos conhecidos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="124" />
      <source>Pooled net balance (ha)</source>
      <translation>Saldo líquido agregado (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="127" />
      <source>Preparing the T2 Monitor sample region</source>
      <translation>A preparar a região de exemplo do T2 Monitor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="83" />
      <source>Preset reclassification of a known LPD product to classes 1-5 (sources in resources/data/lpd_external_presets.json). Ignored when a table is given below.</source>
      <translation>Reclassificação predefinida de um produto LPD conhecido para as classes 1-5 (fontes em resources/data/lpd_external_presets.json). Ignorada quando é indicada uma tabela abaixo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="60" />
      <source>Principal eigenvalue (lambda max)</source>
      <translation>Valor próprio principal (lambda máx.)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="83" />
      <source>Priority class areas</source>
      <translation>Áreas das classes de prioridade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="85" />
      <source>Priority class areas file (CSV or XLSX)</source>
      <translation>Ficheiro de áreas das classes de prioridade (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="81" />
      <source>Priority classes</source>
      <translation>Classes de prioridade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="58" />
      <source>Priority classes (with areas)</source>
      <translation>Classes de prioridade (com áreas)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="76" />
      <source>Priority classes of priorityclasses; adds its map page.</source>
      <translation>Classes de prioridade de priorityclasses; acrescenta a sua página de mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="45" />
      <source>Productivity classes</source>
      <translation>Classes de produtividade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="79" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="76" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="17" />
      <source>Productivity performance</source>
      <translation>Desempenho da produtividade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="19" />
      <source>Productivity performance sub-indicator of SDG 15.3.1 (UNCCD Good Practice Guidance): each pixel's mean productivity over the period compared with what the best land of the same kind achieves.&lt;br&gt;&lt;br&gt;Per pixel, the mean of the index over the period's valid years (cloud gaps are skipped; a pixel with no valid year is nodata), or the values of a single mean raster. For every land unit (e.g. land cover x soil or ecoregion), the chosen percentile (default 90th) of the means of all its pixels over the whole raster, computed exactly (as numpy's percentile) whatever the raster size. Ratio = mean / unit percentile; ratio below the threshold (default 0.5) gives -1 (degraded), else 0. Band scale and offset (e.g. NDVI x 10000) are applied, so means and ratios are in the index's units.&lt;br&gt;&lt;br&gt;Land units are a raster of whole-number ids, or a polygon layer with an id field: the polygons are burned onto the productivity grid (a pixel takes the unit whose polygon contains its centre; the later feature wins where polygons overlap) into a temporary file removed after the run.&lt;br&gt;&lt;br&gt;Units whose percentile is 0 or negative (e.g. water) cannot be rated: their pixels are nodata and the unit table says so. Units without any valid pixel are listed with a warning. The unit table gives, per unit, the pixels and area, the range of the means, the percentile value, the cut-off (threshold x percentile) and the degraded pixels, hectares and share.</source>
      <translation>Subindicador de desempenho da produtividade do ODS 15.3.1 (Guia de Boas Práticas da UNCCD): a produtividade média de cada píxel no período comparada com a que as melhores terras do mesmo tipo atingem.&lt;br&gt;&lt;br&gt;Por píxel, a média do índice nos anos válidos do período (as falhas por nuvens são ignoradas; um píxel sem nenhum ano válido fica sem dados), ou os valores de um único raster de médias. Para cada unidade de terra (p. ex., ocupação do solo x solo ou ecorregião), o percentil escolhido (por omissão o 90) das médias de todos os seus píxeis em todo o raster, calculado de forma exata (como o percentile do numpy) seja qual for o tamanho do raster. Rácio = média / percentil da unidade; um rácio abaixo do limiar (por omissão 0,5) dá -1 (degradado), caso contrário 0. São aplicados a escala e o desvio da banda (p. ex., NDVI x 10000), pelo que as médias e os rácios estão nas unidades do índice.&lt;br&gt;&lt;br&gt;As unidades de terra são um raster de identificadores inteiros ou uma camada de polígonos com um campo de identificador: os polígonos são rasterizados na grelha de produtividade (um píxel recebe a unidade cujo polígono contém o seu centro; a última entidade prevalece onde os polígonos se sobrepõem) num ficheiro temporário removido após a execução.&lt;br&gt;&lt;br&gt;As unidades cujo percentil é 0 ou negativo (p. ex., água) não podem ser avaliadas: os seus píxeis ficam sem dados e a tabela de unidades indica-o. As unidades sem nenhum píxel válido são listadas com um aviso. A tabela de unidades dá, por unidade, os píxeis e a área, o intervalo das médias, o valor do percentil, o limiar de corte (limiar x percentil) e os píxeis, hectares e proporção degradados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="77" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="73" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="53" />
      <source>Productivity state</source>
      <translation>Estado da produtividade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="14" />
      <source>Productivity state (baseline deciles)</source>
      <translation>Estado da produtividade (decis de referência)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="43" />
      <source>Productivity sub-indicator: a five-class LPD map (1-5) or a three-class -1/0/+1 layer.</source>
      <translation>Subindicador de produtividade: um mapa LPD de cinco classes (1-5) ou uma camada de três classes -1/0/+1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="75" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="70" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="45" />
      <source>Productivity trajectory</source>
      <translation>Trajetória da produtividade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="14" />
      <source>Productivity trajectory (Mann-Kendall)</source>
      <translation>Trajetória da produtividade (Mann-Kendall)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="107" />
      <source>Project</source>
      <translation>Projeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="186" />
      <source>Project JSON file</source>
      <translation>Ficheiro JSON do projeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="201" />
      <source>Project restoration types</source>
      <translation>Tipos de restauro do projeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="199" />
      <source>Project starting year</source>
      <translation>Ano de início do projeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="194" />
      <source>Project title</source>
      <translation>Título do projeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="35" />
      <source>Proper use</source>
      <translation>Uso adequado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="74" />
      <source>Proper use area (ha)</source>
      <translation>Área com uso adequado (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="92" />
      <source>Proportion of degraded land (2.CT.1)</source>
      <translation>Proporção de terra degradada (2.CT.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="69" />
      <source>Proportion of degraded land in the last period (%)</source>
      <translation>Proporção de terra degradada no último período (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="105" />
      <source>Proportion of land that is degraded (%)</source>
      <translation>Proporção de terra degradada (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="73" />
      <source>Proportional to area</source>
      <translation>Proporcional à área</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="74" />
      <source>Proportional with a minimum per stratum</source>
      <translation>Proporcional com um mínimo por estrato</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="68" />
      <source>Protected areas</source>
      <translation>Áreas protegidas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="22" />
      <source>Protected areas and OECMs</source>
      <translation>Áreas protegidas e OMEC</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="23" />
      <source>Protected areas and OECMs; the '(outside)' row is the area not in any PA/OECM.</source>
      <translation>Áreas protegidas e OMEC; a linha '(outside)' é a área que não está em nenhuma AP/OMEC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="224" />
      <source>Publish</source>
      <translation>Publicar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="209" />
      <source>Publish to FERM (needs an internet connection and a FERM API key)</source>
      <translation>Publicar no FERM (requer ligação à Internet e uma chave de API do FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="107" />
      <source>Published to FERM: project id {id} ({sites} polygons, {ha} ha). Logged in {log}.</source>
      <translation>Publicado no FERM: id. de projeto {id} ({sites} polígonos, {ha} ha). Registado em {log}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="193" />
      <source>Publishing to FERM failed unexpectedly ({reason}). Nothing is retried: check in FERM whether the project was created before publishing again.</source>
      <translation>A publicação no FERM falhou inesperadamente ({reason}). Nada é repetido: verifique no FERM se o projeto foi criado antes de publicar novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="175" />
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="82" />
      <source>Publishing to FERM…</source>
      <translation>A publicar no FERM…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="199" />
      <source>Publishing was cancelled. If the data had already been sent, FERM may have created the project: check in FERM before publishing again.</source>
      <translation>A publicação foi cancelada. Se os dados já tinham sido enviados, o FERM pode ter criado o projeto: verifique no FERM antes de publicar novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="24" />
      <source>QGIS interface language</source>
      <translation>Idioma da interface do QGIS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Quantile</source>
      <translation>Quantis</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="33" />
      <source>ROAM restoration priority (model template)</source>
      <translation>Prioridade de restauro ROAM (modelo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="29" />
      <source>ROAM,land overuse,land use conflict,capability,underuse,restoration priority,criterion</source>
      <translation>ROAM,sobreuso da terra,conflito de uso da terra,capacidade,subuso,prioridade de restauro,critério</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="59" />
      <source>ROAM,priority,classes,quantile,Jenks,natural breaks,equal interval,area,hectares,zones</source>
      <translation>ROAM,prioridade,classes,quantis,Jenks,quebras naturais,intervalos iguais,área,hectares,zonas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="15" />
      <source>ROAM,sensitivity,weights,Monte Carlo,one-at-a-time,AHP,uncertainty,priority</source>
      <translation>ROAM,sensibilidade,pesos,Monte Carlo,um de cada vez,AHP,incerteza,prioridade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="21" />
      <source>ROAM,standardise,normalise,fuzzy,membership,sigmoid,gaussian,min-max,reclassify,criterion</source>
      <translation>ROAM,padronizar,normalizar,difuso,pertença,sigmoide,gaussiana,mín.-máx.,reclassificar,critério</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="101" />
      <source>ROAM,weighted overlay,weighted linear combination,suitability,MCDA,AHP,exclusion,priority</source>
      <translation>ROAM,sobreposição ponderada,combinação linear ponderada,aptidão,MCDA,AHP,exclusão,prioridade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sensitivity.py" line="105" />
      <source>RUNS must be at least 1.</source>
      <translation>RUNS deve ser pelo menos 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="38" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="79" />
      <source>Random seed</source>
      <translation>Semente aleatória</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="62" />
      <source>Ranges or categories table</source>
      <translation>Tabela de intervalos ou categorias</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="120" />
      <source>Rank</source>
      <translation>Posição</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="69" />
      <source>Raster of baseline classes (e.g. SDG 15.3.1 -1/0/+1, LPD or land cover); controls come from the same class as the site pixels they stand for. Empty: no matching by class.</source>
      <translation>Raster de classes de referência (p. ex., ODS 15.3.1 -1/0/+1, LPD ou ocupação do solo); os controlos vêm da mesma classe que os píxeis do local que representam. Vazio: sem emparelhamento por classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="103" />
      <source>Raster of ecosystem types on the grid of {DEGRADATION_MAP} (whole-number values, band 1), named in {ECOSYSTEM_CODES}.</source>
      <translation>Raster de tipos de ecossistemas na grelha de {DEGRADATION_MAP} (valores inteiros, banda 1), designados em {ECOSYSTEM_CODES}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="65" />
      <source>Raster of land-unit codes (e.g. soil x ecoregion); controls come from the same unit as the site pixels they stand for. Empty: no matching by land unit.</source>
      <translation>Raster de códigos de unidades de terra (p. ex., solo x ecorregião); os controlos vêm da mesma unidade que os píxeis do local que representam. Vazio: sem emparelhamento por unidade de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="49" />
      <source>Raster of land-use capability classes (e.g. 1-8: 1-4 arable, 5-7 pasture / forestry, 8 protection only).</source>
      <translation>Raster de classes de capacidade de uso da terra (p. ex., 1-8: 1-4 aráveis, 5-7 pastagem / silvicultura, 8 só proteção).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="46" />
      <source>Raster of land-use codes, e.g. the 7 UNCCD land-cover classes.</source>
      <translation>Raster de códigos de uso da terra, p. ex., as 7 classes de ocupação do solo UNCCD.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="42" />
      <source>Raster of the criterion in its own units (e.g. slope in degrees, distance in metres).</source>
      <translation>Raster do critério nas suas próprias unidades (p. ex., declive em graus, distância em metros).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="33" />
      <source>Raster of whole-number class codes (e.g. land cover, degradation classes).</source>
      <translation>Raster de códigos de classe inteiros (p. ex., ocupação do solo, classes de degradação).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="121" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="69" />
      <source>Rated area (ha)</source>
      <translation>Área avaliada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="166" />
      <source>Rated area: {rated:.2f} ha, of which {degraded:.2f} ha in categories 1 and above.</source>
      <translation>Área avaliada: {rated:.2f} ha, dos quais {degraded:.2f} ha nas categorias 1 e superiores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="71" />
      <source>Rated pixels</source>
      <translation>Píxeis avaliados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="27" />
      <source>Reads a FERM GeoJSON file (an API payload such as the one 'Export restoration sites to FERM' writes, or a FERM polygon export) into a polygon layer in EPSG:4326. Codes are kept and decoded with the FERM vocabularies shipped with the plugin, in the chosen language (English where FERM has no label in it): restoration_type + restoration_type_label, tenure_status + tenure_status_label, ecosystems + ecosystems_labels, activities + activities_labels (labels separated by '; '). Project information from the payload's top-level properties (title, institution, starting year, restoration types, countries, organizations with decoded role and type) is repeated on every site. Features a multi-part site was split into (part/partCount) are merged back into one multipolygon per site, areas added.</source>
      <translation>Lê um ficheiro GeoJSON do FERM (uma carga útil de API como a que 'Exportar locais de restauro para o FERM' escreve, ou uma exportação de polígonos do FERM) para uma camada de polígonos em EPSG:4326. Os códigos são mantidos e descodificados com os vocabulários do FERM incluídos no plugin, no idioma escolhido (inglês quando o FERM não tem rótulo nesse idioma): restoration_type + restoration_type_label, tenure_status + tenure_status_label, ecosystems + ecosystems_labels, activities + activities_labels (rótulos separados por '; '). A informação do projeto das propriedades de nível superior da carga útil (título, instituição, ano de início, tipos de restauro, países, organizações com papel e tipo descodificados) é repetida em cada local. As entidades em que um local multiparte foi dividido (part/partCount) são novamente unidas num multipolígono por local, somando as áreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="56" />
      <source>Recent decile class minus baseline decile class, -9 to +9 (Int16, nodata -32768).</source>
      <translation>Classe de decil recente menos classe de decil de referência, de -9 a +9 (Int16, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="18" />
      <source>Recent degradation</source>
      <translation>Degradação recente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="20" />
      <source>Recent improvement</source>
      <translation>Melhoria recente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="68" />
      <source>Reclassify an external LPD map</source>
      <translation>Reclassificar um mapa LPD externo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="129" />
      <source>Reclassifying {layer} with {table}.</source>
      <translation>A reclassificar {layer} com {table}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="35" />
      <source>Reduce</source>
      <translation>Reduzir</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="58" />
      <source>Reference (true) class of each point; empty values are left out.</source>
      <translation>Classe de referência (verdadeira) de cada ponto; os valores vazios são deixados de fora.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="142" />
      <source>Reference label</source>
      <translation>Rótulo de referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="126" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="57" />
      <source>Reference label field</source>
      <translation>Campo do rótulo de referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="303" />
      <source>Reference label: {value}</source>
      <translation>Rótulo de referência: {value}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="64" />
      <source>Reference productivity of each land unit (default 90th percentile).</source>
      <translation>Produtividade de referência de cada unidade de terra (por omissão o percentil 90).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="33" />
      <source>Relative change of the weights, in percent, for both analyses (default 20).</source>
      <translation>Alteração relativa dos pesos, em percentagem, para ambas as análises (por omissão 20).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="112" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="109" />
      <source>Remaining to reach the target (ha)</source>
      <translation>Em falta para atingir a meta (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="148" />
      <source>Remaining to target (ha)</source>
      <translation>Restante para a meta (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="102" />
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="52" />
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="109" />
      <source>Report</source>
      <translation>Relatório</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="96" />
      <source>Report date</source>
      <translation>Data do relatório</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="25" />
      <source>Reporting</source>
      <translation>Relatórios</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="89" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="213" />
      <source>Reporting period</source>
      <translation>Período de relatório</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="82" />
      <source>Reporting period chart</source>
      <translation>Gráfico dos períodos de relatório</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="217" />
      <source>Reporting period: {period}</source>
      <translation>Período de relatório: {period}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="74" />
      <source>Reporting periods</source>
      <translation>Períodos de relatório</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="80" />
      <source>Reporting periods file (CSV or XLSX)</source>
      <translation>Ficheiro de períodos de relatório (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="59" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="84" />
      <source>Reporting year</source>
      <translation>Ano de relatório</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="31" />
      <source>Reporting-period SDG 15.3.1 layer</source>
      <translation>Camada ODS 15.3.1 do período de relatório</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="65" />
      <source>Reporting-period SDG 15.3.1 maps</source>
      <translation>Mapas ODS 15.3.1 dos períodos de relatório</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="22" />
      <source>Rescales one criterion raster (slope, distance, erosion risk, land overuse...) to a common 0..1 score (1 = most suitable for restoration), ROAM step 2.&lt;br&gt;&lt;br&gt;Methods (x = criterion value):&lt;ul&gt;&lt;li&gt;linear benefit: (x - {MIN}) / ({MAX} - {MIN}), clipped to 0..1;&lt;/li&gt;&lt;li&gt;linear cost: ({MAX} - x) / ({MAX} - {MIN}), clipped;&lt;/li&gt;&lt;li&gt;fuzzy linear: straight lines through the control points {POINTS} (value:score; ...), constant beyond the first and last point;&lt;/li&gt;&lt;li&gt;sigmoid increasing: 1 / (1 + exp(-{SPREAD} * (x - {MIDPOINT})));&lt;/li&gt;&lt;li&gt;sigmoid decreasing: 1 / (1 + exp({SPREAD} * (x - {MIDPOINT})));&lt;/li&gt;&lt;li&gt;gaussian (near): exp(-((x - {MIDPOINT}) / {SPREAD})^2), 1 at the midpoint;&lt;/li&gt;&lt;li&gt;value ranges: {SCORE_TABLE} rows min, max, score; the first row with min &amp;lt;= x &amp;lt;= max applies (empty min or max = open);&lt;/li&gt;&lt;li&gt;categories: {SCORE_TABLE} rows code, score (leave the max column empty).&lt;/li&gt;&lt;/ul&gt;Empty {MIN} or {MAX}: the exact minimum or maximum of the raster's valid pixels (a first pass over the whole raster). A criterion with {MAX} = {MIN} is refused. Values matching no range or code become nodata and are reported ({UNMAPPED_PIXELS}, {UNMAPPED_HA}).&lt;br&gt;&lt;br&gt;Output: Float32, nodata -9999; the method and its parameters are stored as metadata items (T2M_STANDARDIZE_*) of the file.</source>
      <translation>Reescala um raster de critério (declive, distância, risco de erosão, sobreuso da terra...) para uma pontuação comum 0..1 (1 = mais apto para o restauro), passo 2 do ROAM.&lt;br&gt;&lt;br&gt;Métodos (x = valor do critério):&lt;ul&gt;&lt;li&gt;benefício linear: (x - {MIN}) / ({MAX} - {MIN}), limitado a 0..1;&lt;/li&gt;&lt;li&gt;custo linear: ({MAX} - x) / ({MAX} - {MIN}), limitado;&lt;/li&gt;&lt;li&gt;linear difuso: retas que passam pelos pontos de controlo {POINTS} (valor:pontuação; ...), constante para lá do primeiro e do último ponto;&lt;/li&gt;&lt;li&gt;sigmoide crescente: 1 / (1 + exp(-{SPREAD} * (x - {MIDPOINT})));&lt;/li&gt;&lt;li&gt;sigmoide decrescente: 1 / (1 + exp({SPREAD} * (x - {MIDPOINT})));&lt;/li&gt;&lt;li&gt;gaussiana (proximidade): exp(-((x - {MIDPOINT}) / {SPREAD})^2), 1 no ponto médio;&lt;/li&gt;&lt;li&gt;intervalos de valores: linhas de {SCORE_TABLE} min, max, pontuação; aplica-se a primeira linha com min &amp;lt;= x &amp;lt;= max (min ou max vazio = aberto);&lt;/li&gt;&lt;li&gt;categorias: linhas de {SCORE_TABLE} código, pontuação (deixe vazia a coluna max).&lt;/li&gt;&lt;/ul&gt;{MIN} ou {MAX} vazio: o mínimo ou o máximo exato dos píxeis válidos do raster (uma primeira passagem por todo o raster). Um critério com {MAX} = {MIN} é recusado. Os valores que não correspondem a nenhum intervalo nem código passam a sem dados e são assinalados ({UNMAPPED_PIXELS}, {UNMAPPED_HA}).&lt;br&gt;&lt;br&gt;Saída: Float32, sem dados -9999; o método e os seus parâmetros são guardados como itens de metadados (T2M_STANDARDIZE_*) do ficheiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="32" />
      <source>Restoration effectiveness (sites against controls)</source>
      <translation>Eficácia do restauro (locais face a controlos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="21" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="17" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="19" />
      <source>Restoration priority</source>
      <translation>Prioridade de restauração</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/base.py" line="8" />
      <source>Restoration priority (ROAM)</source>
      <translation>Prioridade de restauro (ROAM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="75" />
      <source>Restoration priority map</source>
      <translation>Mapa de prioridade de restauração</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="60" />
      <source>Restoration progress</source>
      <translation>Progresso do restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="61" />
      <source>Restoration progress file (CSV or XLSX)</source>
      <translation>Ficheiro de progresso do restauro (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="69" />
      <source>Restoration progress table</source>
      <translation>Tabela de progresso da restauração</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="28" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="134" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="243" />
      <source>Restoration progress towards Target 2</source>
      <translation>Progresso do restauro rumo à Meta 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="44" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="87" />
      <source>Restoration sites</source>
      <translation>Locais de restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="127" />
      <source>Restoration sites (polygons)</source>
      <translation>Locais de restauro (polígonos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="80" />
      <source>Restoration type field</source>
      <translation>Campo do tipo de restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="138" />
      <source>Restoration type: field</source>
      <translation>Tipo de restauro: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="149" />
      <source>Restoration type: fixed value</source>
      <translation>Tipo de restauro: valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="143" />
      <source>Restoration type: fixed value as text</source>
      <translation>Tipo de restauro: valor fixo como texto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="96" />
      <source>Restoration types</source>
      <translation>Tipos de restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="36" />
      <source>Reverse</source>
      <translation>Reverter</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="86" />
      <source>Role</source>
      <translation>Papel</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="81" />
      <source>Rows map class, columns reference class (ref_&lt;code&gt;, ref_m&lt;code&gt; for negative codes), in proportions of area, with row totals and sample counts; last row the column totals.</source>
      <translation>Linhas: classe do mapa; colunas: classe de referência (ref_&lt;code&gt;, ref_m&lt;code&gt; para códigos negativos), em proporções da área, com os totais das linhas e os números de amostras; a última linha tem os totais das colunas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="122" />
      <source>Rows of degraded land by ecosystem type</source>
      <translation>Linhas de terra degradada por tipo de ecossistema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="52" />
      <source>Rows of land-use code, capability class and signed steps (0 proper use, k &gt; 0 overuse by k steps, k &lt; 0 underuse). Takes precedence over {COMPATIBILITY_FILE}. Empty: {COMPATIBILITY_FILE}, or the default table.</source>
      <translation>Linhas de código de uso da terra, classe de capacidade e passos com sinal (0 uso adequado, k &gt; 0 sobreuso de k passos, k &lt; 0 subuso). Tem prioridade sobre {COMPATIBILITY_FILE}. Vazio: {COMPATIBILITY_FILE} ou a tabela por omissão.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="95" />
      <source>Rows written</source>
      <translation>Linhas escritas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="80" />
      <source>Rule</source>
      <translation>Regra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="72" />
      <source>Rules file (JSON)</source>
      <translation>Ficheiro de regras (JSON)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="140" />
      <source>Run weighted overlay…</source>
      <translation>Executar sobreposição ponderada…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="18" />
      <source>SDG 15.3.1</source>
      <translation>ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/base.py" line="8" />
      <source>SDG 15.3.1 degradation</source>
      <translation>Degradação ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="84" />
      <source>SDG 15.3.1 indicator</source>
      <translation>Indicador ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="21" />
      <source>SDG 15.3.1 indicator (one out, all out)</source>
      <translation>Indicador ODS 15.3.1 (um fora, todos fora)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="29" />
      <source>SDG 15.3.1 layer of the baseline period (-1/0/+1).</source>
      <translation>Camada ODS 15.3.1 do período de referência (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="32" />
      <source>SDG 15.3.1 layer of the reporting period (-1/0/+1).</source>
      <translation>Camada ODS 15.3.1 do período de relatório (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="60" />
      <source>SDG 15.3.1 map</source>
      <translation>Mapa ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="99" />
      <source>SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved, band 1), e.g. of the baseline; with an ecosystem layer adds the degraded land by ecosystem type.</source>
      <translation>Mapa ODS 15.3.1 (-1 degradado, 0 estável, +1 melhorado, banda 1), p. ex., da referência; com uma camada de ecossistemas, acrescenta a terra degradada por tipo de ecossistema.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="66" />
      <source>SDG 15.3.1 map (-1/0/+1) of each reporting period, in chronological order, on the baseline's grid.</source>
      <translation>Mapa do ODS 15.3.1 (-1/0/+1) de cada período de relatório, por ordem cronológica, na grelha do período de referência.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="98" />
      <source>SDG 15.3.1 map for the ecosystem disaggregation</source>
      <translation>Mapa ODS 15.3.1 para a desagregação por ecossistema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="63" />
      <source>SDG 15.3.1 map of the baseline period (-1/0/+1, band 1).</source>
      <translation>Mapa ODS 15.3.1 do período de referência (-1/0/+1, banda 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="45" />
      <source>SDG 15.3.1 summaries (one per period)</source>
      <translation>Resumos do ODS 15.3.1 (um por período)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="78" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="63" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="86" />
      <source>SDG 15.3.1 summary</source>
      <translation>Resumo ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="88" />
      <source>SDG 15.3.1 summary file (CSV or XLSX)</source>
      <translation>Ficheiro de resumo ODS 15.3.1 (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="22" />
      <source>SDG,15.3.1,LDN,degradation,one out all out,false positives,error recode,2.CT.1,summary</source>
      <translation>ODS,15.3.1,NDT,degradação,um fora todos fora,falsos positivos,recodificação de erros,2.CT.1,resumo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="29" />
      <source>SDG,15.3.1,LPD,land productivity dynamics,NDVI,trajectory,state,performance,offline</source>
      <translation>ODS,15.3.1,LPD,dinâmica da produtividade da terra,NDVI,trajetória,estado,desempenho,offline</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="50" />
      <source>SDG,15.3.1,LPD,land productivity dynamics,trajectory,state,performance,JRC,FAO-WOCAT,Trends.Earth,reclassify</source>
      <translation>ODS,15.3.1,LPD,dinâmica da produtividade da terra,trajetória,estado,desempenho,JRC,FAO-WOCAT,Trends.Earth,reclassificar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="101" />
      <source>SDG,15.3.1,land cover,transition matrix,UNCCD,LDN,ESA CCI,reclassify,sub-indicator</source>
      <translation>ODS,15.3.1,ocupação do solo,matriz de transição,UNCCD,NDT,ESA CCI,reclassificar,subindicador</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="18" />
      <source>SDG,15.3.1,productivity,performance,land units,percentile,NDVI,LPD</source>
      <translation>ODS,15.3.1,produtividade,desempenho,unidades de terra,percentil,NDVI,LPD</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="15" />
      <source>SDG,15.3.1,productivity,state,deciles,NDVI,LDN,baseline,recent,time series</source>
      <translation>ODS,15.3.1,produtividade,estado,decis,NDVI,NDT,referência,recente,série temporal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="15" />
      <source>SDG,15.3.1,productivity,trajectory,trend,Mann-Kendall,Sen slope,NDVI,LDN,time series</source>
      <translation>ODS,15.3.1,produtividade,trajetória,tendência,Mann-Kendall,declive de Sen,NDVI,NDT,série temporal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="25" />
      <source>SDG,15.3.1,soil organic carbon,SOC,IPCC,stock change factor,climate zone,sub-indicator</source>
      <translation>ODS,15.3.1,carbono orgânico do solo,COS,IPCC,fator de variação de stock,zona climática,subindicador</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="16" />
      <source>SDG,15.3.1,status,persistent degradation,recent degradation,reporting period,PRAIS</source>
      <translation>ODS,15.3.1,estado,degradação persistente,degradação recente,período de relatório,PRAIS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="66" />
      <source>SO1 land by period as CSV</source>
      <translation>SO1 terras por período como CSV</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="74" />
      <source>SO1 land type by status as CSV</source>
      <translation>SO1 tipos de terra por estado como CSV</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="93" />
      <source>SOC change (%)</source>
      <translation>Variação do COS (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="91" />
      <source>SOC degradation</source>
      <translation>Degradação do COS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="50" />
      <source>SOC stock at the start of the period (e.g. t C/ha, 0-30 cm).</source>
      <translation>Stock de COS no início do período (p. ex., t C/ha, 0-30 cm).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="53" />
      <source>SOC sub-indicator (-1/0/+1); without it only productivity and land cover are combined.</source>
      <translation>Subindicador de COS (-1/0/+1); sem ele só se combinam a produtividade e a ocupação do solo.</translation>
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
      <translation>Desenho amostral</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="25" />
      <source>Sample design (stratified random)</source>
      <translation>Desenho amostral (aleatório estratificado)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="89" />
      <source>Sample design file (CSV or XLSX)</source>
      <translation>Ficheiro do desenho amostral (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="121" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="82" />
      <source>Sample points</source>
      <translation>Pontos da amostra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="124" />
      <source>Sample region opened from {folder}.</source>
      <translation>Região de exemplo aberta a partir de {folder}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="100" />
      <source>Sample size from the target standard error</source>
      <translation>Tamanho da amostra a partir do erro-padrão alvo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="161" />
      <source>Sample units belong to stratum {strata}, which the strata raster does not have: the sample was drawn from another map.</source>
      <translation>As unidades amostrais pertencem ao estrato {strata}, que o raster de estratos não tem: a amostra foi tirada de outro mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="112" />
      <source>Sample-based estimate of the degraded baseline (empty without an estimate).</source>
      <translation>Estimativa por amostragem da referência degradada (vazio sem estimativa).</translation>
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
      <translation>Pontuação 0..1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="133" />
      <source>Scores for {layer} must lie between 0 and 1; got {values}.</source>
      <translation>As pontuações de {layer} devem estar entre 0 e 1; recebido: {values}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="76" />
      <source>Scoring rules</source>
      <translation>Regras de pontuação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="84" />
      <source>Scoring rules file</source>
      <translation>Ficheiro de regras de pontuação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="72" />
      <source>Search distance for controls (m)</source>
      <translation>Distância de pesquisa de controlos (m)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="50" />
      <source>Second categorical map (band 1, whole-number class codes).</source>
      <translation>Segundo mapa categórico (banda 1, códigos de classe inteiros).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="39" />
      <source>Seed of the random weights and of the pixel sample: the same seed gives the same result.</source>
      <translation>Semente dos pesos aleatórios e da amostra de píxeis: a mesma semente dá o mesmo resultado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="81" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="48" />
      <source>Sen's slope</source>
      <translation>Declive de Sen</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="49" />
      <source>Sen's slope in index units per year (Float32, nodata -32768). Leave it out to save about three quarters of the computing time.</source>
      <translation>Declive de Sen em unidades do índice por ano (Float32, sem dados -32768). Omita-o para poupar cerca de três quartos do tempo de cálculo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="81" />
      <source>Sen's slope of the index per year (Float32).</source>
      <translation>Declive de Sen do índice por ano (Float32).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="218" />
      <source>Set API key…</source>
      <translation>Definir chave de API…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="53" />
      <source>Several experts' matrix CSV files (same criteria, same order; or one string of paths separated by ';'), combined by the element-wise geometric mean. Takes precedence over the matrix and the matrix file.</source>
      <translation>Ficheiros CSV de matrizes de vários especialistas (mesmos critérios, mesma ordem; ou uma cadeia de caminhos separados por ';'), combinados pela média geométrica elemento a elemento. Tem prioridade sobre a matriz e o ficheiro de matriz.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="119" />
      <source>Severe degradation area (ha)</source>
      <translation>Área com degradação severa (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="112" />
      <source>Severity areas</source>
      <translation>Áreas por severidade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="115" />
      <source>Severity areas file (CSV or XLSX)</source>
      <translation>Ficheiro de áreas por severidade (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="108" />
      <source>Severity category of each pixel, 0..n (default 0 not degraded, 1 light, 2 moderate, 3 severe; Int16, nodata -32768), styled with a legend.</source>
      <translation>Categoria de severidade de cada píxel, 0..n (por omissão 0 não degradado, 1 ligeiro, 2 moderado, 3 severo; Int16, sem dados -32768), com estilo e legenda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="110" />
      <source>Severity score</source>
      <translation>Pontuação de severidade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="146" />
      <source>Share of the degraded baseline to be under restoration: 30 % by 2030 for GBF Target 2 (default), or the national target.</source>
      <translation>Proporção da referência degradada que deve estar em restauro: 30 % até 2030 para a Meta 2 do QGB (por omissão), ou a meta nacional.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="84" />
      <source>Show T2 Monitor algorithms in the Processing Toolbox</source>
      <translation>Mostrar os algoritmos do T2 Monitor na caixa de ferramentas de Processamento</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="90" />
      <source>Shown on the title page, e.g. 2016-2023. Empty: the reporting year of {AREA_TABLE}.</source>
      <translation>Mostrado na página de título, p. ex. 2016-2023. Vazio: o ano de relatório de {AREA_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="87" />
      <source>Shown on the title page.</source>
      <translation>Mostrado na página de título.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="103" />
      <source>Side of a square of the mean pixel area, in metres (the Collect Earth plot size).</source>
      <translation>Lado de um quadrado com a área média do píxel, em metros (o tamanho da parcela do Collect Earth).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="44" />
      <source>Side of the square moving window, an odd number of pixels (default 3; e.g. 3, 5, 7, ... up to 201), not larger than the raster.</source>
      <translation>Lado da janela móvel quadrada, um número ímpar de píxeis (por omissão 3; p. ex., 3, 5, 7, ... até 201), não maior do que o raster.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="10" />
      <source>Sigmoid decreasing</source>
      <translation>Sigmoide decrescente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="10" />
      <source>Sigmoid increasing</source>
      <translation>Sigmoide crescente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="59" />
      <source>Sigmoid steepness (per unit of x) or gaussian width (the score is 1/e at {MIDPOINT} +- {SPREAD}); greater than 0.</source>
      <translation>Inclinação da sigmoide (por unidade de x) ou largura da gaussiana (a pontuação é 1/e em {MIDPOINT} +- {SPREAD}); superior a 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="69" />
      <source>Signed steps from the table: 0 proper, &gt; 0 overuse, &lt; 0 underuse (Int16, nodata -32768).</source>
      <translation>Passos com sinal da tabela: 0 adequado, &gt; 0 sobreuso, &lt; 0 subuso (Int16, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="93" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="37" />
      <source>Significance level</source>
      <translation>Nível de significância</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="97" />
      <source>Site effectiveness</source>
      <translation>Eficácia por local</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="100" />
      <source>Site effectiveness table</source>
      <translation>Tabela de eficácia por local</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="97" />
      <source>Site id: field</source>
      <translation>Id. do local: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="99" />
      <source>Site id: fixed value</source>
      <translation>Id. do local: valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="61" />
      <source>Site name field</source>
      <translation>Campo do nome do local</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="48" />
      <source>Site name or id field</source>
      <translation>Campo de nome ou identificador do local</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="90" />
      <source>Site name: field</source>
      <translation>Nome do local: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="93" />
      <source>Site name: fixed value</source>
      <translation>Nome do local: valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="97" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="65" />
      <source>Site validation</source>
      <translation>Validação dos locais</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="130" />
      <source>Site {site}: {reason}.</source>
      <translation>Local {site}: {reason}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="108" />
      <source>Sites</source>
      <translation>Locais</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="26" />
      <source>Sites declining</source>
      <translation>Locais em declínio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="232" />
      <source>Sites exported</source>
      <translation>Locais exportados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="24" />
      <source>Sites improving</source>
      <translation>Locais em melhoria</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="27" />
      <source>Sites not assessed</source>
      <translation>Locais não avaliados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="48" />
      <source>Sites read</source>
      <translation>Locais lidos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="225" />
      <source>Sites with the GEF columns ID_CODE, Restor_str and Restor_end (YYYY/MM/DD), Restor_eco, Restor_typ, plus Site_name, Activities and Area_ha.</source>
      <translation>Locais com as colunas do GEF ID_CODE, Restor_str e Restor_end (YYYY/MM/DD), Restor_eco, Restor_typ, mais Site_name, Activities e Area_ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="46" />
      <source>Sites with their FERM codes and labels and the project's information.</source>
      <translation>Locais com os seus códigos e rótulos do FERM e a informação do projeto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="25" />
      <source>Sites without detectable effect</source>
      <translation>Locais sem efeito detetável</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="193" />
      <source>Skip features with errors</source>
      <translation>Ignorar as entidades com erros</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="213" />
      <source>Skip invalid features</source>
      <translation>Ignorar as entidades inválidas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="26" />
      <source>Soil organic carbon (SOC) sub-indicator of SDG 15.3.1: percent change of the SOC stock, classified -1 degraded / 0 stable / +1 improved (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Two SOC maps&lt;/b&gt;: the change between an initial and a final SOC map (same units).&lt;br&gt;&lt;b&gt;Baseline stepped with land cover&lt;/b&gt; (default): the final stock is the baseline stock times the stock-change factor of the pixel's land-cover transition (both maps reclassified to the UNCCD classes) in its IPCC climate zone. Default factors (resources/data/ipcc_soc_factors.csv): Tree-covered or Grassland → Cropland: IPCC land-use factor of the climate zone (temperate/boreal/polar dry 0.80, moist 0.69; tropical dry 0.58, moist and wet 0.48, montane 0.64); Cropland → Tree-covered or Grassland: 1/factor; Wetland → Cropland 0.71 and back 1/0.71; any class → Artificial 0.1; every other conversion, and every class that does not change, 1. The full factor applies whatever the time between the land-cover maps.&lt;br&gt;&lt;br&gt;Change = 100 × (final − initial) / initial; change ≤ −threshold → -1, ≥ +threshold → +1, else 0 ({THRESHOLD_PCT}, 10 % by default). Nodata (-32768) where an input is nodata, where the initial stock is 0 or less, and on water: final land cover class 7 Water body, or a non-zero pixel of {WATER_MASK}. Land-cover codes the legend does not cover and climate zones the factor table has no column for stop the run with the list of every such code; nothing is written.</source>
      <translation>Subindicador de carbono orgânico do solo (COS) do ODS 15.3.1: variação percentual do stock de COS, classificada como -1 degradado / 0 estável / +1 melhorado (Guia de Boas Práticas da UNCCD v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Dois mapas de COS&lt;/b&gt;: a variação entre um mapa de COS inicial e um final (mesmas unidades).&lt;br&gt;&lt;b&gt;Referência escalonada com a ocupação do solo&lt;/b&gt; (por omissão): o stock final é o stock de referência multiplicado pelo fator de variação de stock da transição de ocupação do solo do píxel (ambos os mapas reclassificados nas classes UNCCD) na sua zona climática do IPCC. Fatores por omissão (resources/data/ipcc_soc_factors.csv): Coberto arbóreo ou Pastagens → Terras de cultivo: fator de uso da terra do IPCC da zona climática (temperada/boreal/polar seca 0,80, húmida 0,69; tropical seca 0,58, húmida e muito húmida 0,48, montana 0,64); Terras de cultivo → Coberto arbóreo ou Pastagens: 1/fator; Zona húmida → Terras de cultivo 0,71 e o inverso 1/0,71; qualquer classe → Artificial 0,1; qualquer outra conversão, e qualquer classe que não muda, 1. O fator completo aplica-se seja qual for o tempo decorrido entre os mapas de ocupação do solo.&lt;br&gt;&lt;br&gt;Variação = 100 × (final − inicial) / inicial; variação ≤ −limiar → -1, ≥ +limiar → +1, caso contrário 0 ({THRESHOLD_PCT}, 10 % por omissão). Sem dados (-32768) onde uma entrada não tem dados, onde o stock inicial é 0 ou inferior, e na água: classe 7 Massa de água da ocupação do solo final, ou um píxel diferente de zero de {WATER_MASK}. Os códigos de ocupação do solo que a legenda não cobre e as zonas climáticas para as quais a tabela de fatores não tem coluna interrompem a execução com a lista de todos esses códigos; nada é escrito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="52" />
      <source>Soil organic carbon degradation</source>
      <translation>Degradação do carbono orgânico do solo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="24" />
      <source>Soil organic carbon degradation (SDG 15.3.1)</source>
      <translation>Degradação do carbono orgânico do solo (ODS 15.3.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="103" />
      <source>Some class breaks are equal ({breaks}): the classes between them are empty. Use fewer classes or another method.</source>
      <translation>Alguns cortes de classe são iguais ({breaks}): as classes entre eles ficam vazias. Use menos classes ou outro método.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="62" />
      <source>Source code</source>
      <translation>Código de origem</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="23" />
      <source>Source: {source}. Layer: {layer} ({date}), {crs}. Map made with T2 Monitor {version}.</source>
      <translation>Fonte: {source}. Camada: {layer} ({date}), {crs}. Mapa produzido com T2 Monitor {version}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="58" />
      <source>Spread (sigmoid, gaussian)</source>
      <translation>Dispersão (sigmoide, gaussiana)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <location filename="../t2_monitor_plugin/core/sdg.py" line="19" />
      <source>Stable</source>
      <translation>Estável</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="20" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="67" />
      <source>Stable area (ha)</source>
      <translation>Área estável (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="20" />
      <source>Stable but improved at baseline</source>
      <translation>Estável mas melhorado na referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="20" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="67" />
      <source>Stable pixels</source>
      <translation>Píxeis estáveis</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="90" />
      <source>Standard error of that area (ha)</source>
      <translation>Erro-padrão dessa área (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="57" />
      <source>Standard error of the overall accuracy the sample should achieve (0.01 = 1 percentage point), used for the sample size when {SAMPLE_SIZE} is 0.</source>
      <translation>Erro-padrão da exatidão global que a amostra deve atingir (0.01 = 1 ponto percentual), usado para o tamanho da amostra quando {SAMPLE_SIZE} é 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="20" />
      <source>Standardise criterion (0..1)</source>
      <translation>Padronizar critério (0..1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="25" />
      <source>Standardised criteria</source>
      <translation>Critérios padronizados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="70" />
      <source>Standardised criterion</source>
      <translation>Critério padronizado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="75" />
      <source>Standardising {layer} by ranges or categories needs a SCORE_TABLE of scores.</source>
      <translation>A padronização de {layer} por intervalos ou categorias precisa de uma SCORE_TABLE de pontuações.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="71" />
      <source>Standardising {layer} with a sigmoid or gaussian needs MIDPOINT and a SPREAD greater than 0.</source>
      <translation>A padronização de {layer} com uma sigmoide ou uma gaussiana precisa de MIDPOINT e de um SPREAD superior a 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="51" />
      <source>Start year field</source>
      <translation>Campo de ano de início</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="95" />
      <source>Starting year</source>
      <translation>Ano de início</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="103" />
      <source>Starting year: field</source>
      <translation>Ano de início: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="106" />
      <source>Starting year: fixed value</source>
      <translation>Ano de início: valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="77" />
      <source>State sub-indicator (-1/0/+1).</source>
      <translation>Subindicador de estado (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="74" />
      <source>State sub-indicator (-1/0/+1). Needed in the combine mode.</source>
      <translation>Subindicador de estado (-1/0/+1). Necessário no modo de combinação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="16" />
      <source>State sub-indicator of land productivity (SDG 15.3.1): is the recent productivity of a pixel much lower or higher than in its own baseline?&lt;br&gt;&lt;br&gt;Per pixel, the valid values of the baseline years are cut into deciles (9 cut points at their 10 ... 90 % percentiles, linear interpolation as numpy's default). The baseline mean and the recent-period mean each get a decile class 1-10: class 1 up to the 10 % cut, class k above cut k-1 and up to cut k, class 10 above the 90 % cut (a value equal to a cut falls in the lower class, as in Trends.Earth). The change is recent class minus baseline class; {OUTPUT} is -1 where the change is at most -{THRESHOLD_CLASSES}, +1 where it is at least +{THRESHOLD_CLASSES}, else 0 (Int16, nodata -32768). {CHANGE} optionally keeps the class change (-9 to +9).&lt;br&gt;&lt;br&gt;Defaults: the recent period is the last 3 years of the series and the baseline runs from the first year to the year before the recent period. Years with nodata are left out of the deciles and means; pixels with fewer than {MIN_YEARS} valid baseline years, or no valid recent year, are nodata.</source>
      <translation>Subindicador de estado da produtividade da terra (ODS 15.3.1): a produtividade recente de um píxel é muito inferior ou superior à do seu próprio período de referência?&lt;br&gt;&lt;br&gt;Por píxel, os valores válidos dos anos de referência são divididos em decis (9 pontos de corte nos seus percentis 10 ... 90 %, interpolação linear como por omissão no numpy). A média de referência e a média do período recente recebem cada uma uma classe de decil 1-10: classe 1 até ao corte de 10 %, classe k acima do corte k-1 e até ao corte k, classe 10 acima do corte de 90 % (um valor igual a um corte fica na classe inferior, como no Trends.Earth). A alteração é a classe recente menos a classe de referência; {OUTPUT} é -1 onde a alteração é no máximo -{THRESHOLD_CLASSES}, +1 onde é pelo menos +{THRESHOLD_CLASSES}, caso contrário 0 (Int16, sem dados -32768). {CHANGE} guarda opcionalmente a alteração de classe (-9 a +9).&lt;br&gt;&lt;br&gt;Valores por omissão: o período recente são os últimos 3 anos da série e a referência vai do primeiro ano ao ano anterior ao período recente. Os anos sem dados são excluídos dos decis e das médias; os píxeis com menos de {MIN_YEARS} anos de referência válidos, ou sem nenhum ano recente válido, ficam sem dados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="93" />
      <source>State {label}: {down} degraded ({down_ha} ha), {flat} stable ({flat_ha} ha), {up} improved ({up_ha} ha) pixel(s).</source>
      <translation>Estado {label}: {down} degradados ({down_ha} ha), {flat} estáveis ({flat_ha} ha), {up} píxel(is) melhorado(s) ({up_ha} ha).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="59" />
      <source>State: decile change threshold</source>
      <translation>Estado: limiar de alteração de decil</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="49" />
      <source>State: recent years</source>
      <translation>Estado: anos recentes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="37" />
      <source>Status areas</source>
      <translation>Áreas por estado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="39" />
      <source>Status areas file (CSV or XLSX)</source>
      <translation>Ficheiro de áreas por estado (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="36" />
      <source>Status classes 1-7 (Int16, nodata -32768).</source>
      <translation>Classes de estado 1-7 (Int16, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="61" />
      <source>Status field</source>
      <translation>Campo do estado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="73" />
      <source>Status map of degradationstatus; adds its map page.</source>
      <translation>Mapa de estado de degradationstatus; acrescenta a sua página de mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="110" />
      <source>Status per period</source>
      <translation>Estado por período</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="112" />
      <source>Status per period file (CSV or XLSX)</source>
      <translation>Ficheiro de estado por período (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="65" />
      <source>Statuses that do not count</source>
      <translation>Estados que não contam</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="68" />
      <source>Stepped method without {CLIMATE}: the one IPCC climate zone of the whole area.</source>
      <translation>Método escalonado sem {CLIMATE}: a única zona climática do IPCC de toda a área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="96" />
      <source>Stepped method, optional: the final SOC stock (baseline × factor), in the units of the baseline map (Float32, nodata -32768).</source>
      <translation>Método escalonado, opcional: o stock final de COS (referência × fator), nas unidades do mapa de referência (Float32, sem dados -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="59" />
      <source>Stepped method: land cover at the end of the period. With either method its class 7 (Water body, after reclassification) is masked.</source>
      <translation>Método escalonado: ocupação do solo no fim do período. Com qualquer dos métodos, a sua classe 7 (Massa de água, após a reclassificação) é mascarada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="56" />
      <source>Stepped method: land cover at the start of the period.</source>
      <translation>Método escalonado: ocupação do solo no início do período.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="64" />
      <source>Stepped method: raster of IPCC climate-zone codes matching the factor table's columns (1 Warm temperate moist … 12 Tropical dry). Takes precedence over {CLIMATE_ZONE}.</source>
      <translation>Método escalonado: raster de códigos de zona climática do IPCC correspondentes às colunas da tabela de fatores (1 Warm temperate moist … 12 Tropical dry). Tem prioridade sobre {CLIMATE_ZONE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="56" />
      <source>Steps (0 proper, &gt;0 overuse, &lt;0 underuse)</source>
      <translation>Passos (0 adequado, &gt;0 sobreuso, &lt;0 subuso)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="71" />
      <source>Stock-change factors</source>
      <translation>Fatores de variação de stock</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="78" />
      <source>Stock-change factors CSV</source>
      <translation>CSV de fatores de variação de stock</translation>
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
      <translation>Raster de estratos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="49" />
      <source>Stratum field</source>
      <translation>Campo do estrato</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="134" />
      <source>Stratum {strata} gets fewer than two points: its area cannot be estimated with a confidence interval. Use the minimum allocation or a larger sample.</source>
      <translation>O estrato {strata} recebe menos de dois pontos: a sua área não pode ser estimada com um intervalo de confiança. Use a alocação mínima ou uma amostra maior.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="110" />
      <source>Stratum {strata} has fewer than two labelled sample units: its variance, and so every confidence interval, cannot be estimated. Label more points of that stratum (at least two; 50 or more is usual) or draw a new sample.</source>
      <translation>O estrato {strata} tem menos de duas unidades amostrais rotuladas: a sua variância, e portanto qualquer intervalo de confiança, não pode ser estimada. Rotule mais pontos desse estrato (pelo menos dois; o habitual são 50 ou mais) ou tire uma nova amostra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="156" />
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="224" />
      <source>Stratum {strata} has no labelled sample unit: the area of the classes in it cannot be estimated. Label points of that stratum, or draw a new sample.</source>
      <translation>O estrato {strata} não tem nenhuma unidade amostral rotulada: a área das classes que contém não pode ser estimada. Rotule pontos desse estrato ou tire uma nova amostra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="224" />
      <source>Stratum {stratum} has {raster} pixels in {layer} but the sample recorded {sample} at the draw: the sample was drawn from another version of the map, so its strata areas do not match.</source>
      <translation>O estrato {stratum} tem {raster} píxeis em {layer}, mas a amostra registou {sample} na tiragem: a amostra foi tirada de outra versão do mapa, pelo que as áreas dos seus estratos não coincidem.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Stressed</source>
      <translation>Sob stress</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="19" />
      <source>Stressed area (ha)</source>
      <translation>Área sob stress (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="19" />
      <source>Stressed pixels</source>
      <translation>Píxeis sob stress</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="116" />
      <source>Suitability</source>
      <translation>Aptidão</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="72" />
      <source>Suitability raster</source>
      <translation>Raster de aptidão</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="79" />
      <source>Summary table of the SDG 15.3.1 indicator; adds the rows of complementary indicator 2.CT.1 (proportion of degraded land).</source>
      <translation>Tabela de resumo do indicador ODS 15.3.1; acrescenta as linhas do indicador complementar 2.CT.1 (proporção de terra degradada).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="64" />
      <source>Summary table of the same map (sdg1531 SUMMARY): degraded area and proportion, per zone.</source>
      <translation>Tabela de resumo do mesmo mapa (SUMMARY de sdg1531): área e proporção degradadas, por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="46" />
      <source>Summary tables of the SDG 15.3.1 indicator, one per period, in the order of {PERIOD_NAMES}.</source>
      <translation>Tabelas de resumo do indicador ODS 15.3.1, uma por período, pela ordem de {PERIOD_NAMES}.</translation>
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
      <translation>Relatório T2 Monitor {year} ({language})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/provider.py" line="100" />
      <source>T2 Monitor: GBF Target 2 restoration monitoring</source>
      <translation>T2 Monitor: monitorização do restauro da Meta 2 do QGB</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="98" />
      <source>T2 Monitor: restoration monitoring tools</source>
      <translation>T2 Monitor: ferramentas de monitorização do restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="39" />
      <source>Table of areas per zone and class (no geometry).</source>
      <translation>Tabela de áreas por zona e classe (sem geometria).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="67" />
      <source>Table of areaunderrestoration (OUTPUT); its administrative zones fill the per-zone table.</source>
      <translation>Tabela de areaunderrestoration (OUTPUT); as suas zonas administrativas preenchem a tabela por zona.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="58" />
      <source>Table of criteria with their weight, rank and geometric-mean weight.</source>
      <translation>Tabela de critérios com o seu peso, posição e peso da média geométrica.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="70" />
      <source>Table of restorationprogress (OUTPUT): the chart of progress towards the target.</source>
      <translation>Tabela de restorationprogress (OUTPUT): o gráfico do progresso rumo à meta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="35" />
      <source>Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights): each row's criterion is the layer name of one of the criteria (case and surrounding spaces ignored), in any order. A table that does not name every criterion exactly once, or names a layer that is not a criterion, is refused. Used instead of {WEIGHTS} when given.</source>
      <translation>Tabela com os campos criterion e weight (p. ex., a tabela de t2monitor:ahpweights): o critério de cada linha é o nome da camada de um dos critérios (ignorando maiúsculas/minúsculas e espaços à volta), por qualquer ordem. Uma tabela que não indique cada critério exatamente uma vez, ou que indique uma camada que não é um critério, é recusada. É usada em vez de {WEIGHTS} quando indicada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="92" />
      <source>Table: one row for the whole area and one per disaggregation value.</source>
      <translation>Tabela: uma linha para toda a área e uma por cada valor de desagregação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="60" />
      <source>Table: one row per year.</source>
      <translation>Tabela: uma linha por ano.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="44" />
      <location filename="../t2_monitor_plugin/core/tables.py" line="69" />
      <source>Tables can be written as .csv, .xlsx or .ods, not {ext} ({path}).</source>
      <translation>As tabelas podem ser escritas como .csv, .xlsx ou .ods, não {ext} ({path}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="110" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="60" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="145" />
      <source>Target (% of the degraded baseline)</source>
      <translation>Meta (% da referência degradada)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/base.py" line="8" />
      <source>Target 2 indicators</source>
      <translation>Indicadores da Meta 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="111" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="69" />
      <source>Target area (ha)</source>
      <translation>Área-alvo (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="56" />
      <source>Target standard error of overall accuracy</source>
      <translation>Erro-padrão alvo da exatidão global</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="67" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="57" />
      <source>Target year</source>
      <translation>Ano da meta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="153" />
      <source>Tenure status: field</source>
      <translation>Regime de posse: campo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="164" />
      <source>Tenure status: fixed value</source>
      <translation>Regime de posse: valor fixo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="158" />
      <source>Tenure status: fixed value as text</source>
      <translation>Regime de posse: valor fixo como texto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="16" />
      <source>Tests how the top priority class (the highest class of t2monitor:priorityclasses) reacts to changes of the weights of t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;One-at-a-time&lt;/b&gt;: each weight in turn is lowered and raised by {CHANGE_PCT} % (then all weights are renormalised to sum 1). &lt;b&gt;Monte Carlo&lt;/b&gt;: {RUNS} weight sets, each weight multiplied by a random factor uniform in [1 - x, 1 + x] (x = {CHANGE_PCT} / 100, generator seeded with {SEED}, so runs are reproducible), renormalised.&lt;br&gt;&lt;br&gt;Every weight set gives a suitability (same exclusions and nodata as the overlay) classified with its own global breaks: exact min-max for equal interval, and for quantile and Jenks a fixed reproducible pixel sample of the criteria on which every run's suitability is computed (up to 100 000 pixels for quantiles, {SAMPLE_PIXELS} for Jenks). The data are read twice whatever the number of runs: once for the breaks, once to compute all runs block by block.&lt;br&gt;&lt;br&gt;{OUTPUT}: share (0..1) of the Monte Carlo runs in which each pixel is in the top class; -1 excluded; nodata -9999. {TOP_CLASS_AREAS}: the base run, the one-at-a-time runs (top-class area in ha and its change against the base run) and the Monte Carlo mean, minimum and maximum top-class area.</source>
      <translation>Testa como a classe de prioridade superior (a classe mais alta de t2monitor:priorityclasses) reage a alterações dos pesos de t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;Um de cada vez&lt;/b&gt;: cada peso, à vez, é reduzido e aumentado em {CHANGE_PCT} % (depois, todos os pesos são renormalizados para somarem 1). &lt;b&gt;Monte Carlo&lt;/b&gt;: {RUNS} conjuntos de pesos, cada peso multiplicado por um fator aleatório uniforme em [1 - x, 1 + x] (x = {CHANGE_PCT} / 100, gerador com semente {SEED}, pelo que as execuções são reprodutíveis), renormalizados.&lt;br&gt;&lt;br&gt;Cada conjunto de pesos dá uma aptidão (mesmas exclusões e valores sem dados que a sobreposição) classificada com os seus próprios cortes globais: mínimo-máximo exato para intervalos iguais e, para quantis e Jenks, uma amostra fixa e reprodutível de píxeis dos critérios sobre a qual é calculada a aptidão de cada execução (até 100 000 píxeis para quantis, {SAMPLE_PIXELS} para Jenks). Os dados são lidos duas vezes, qualquer que seja o número de execuções: uma para os cortes e outra para calcular todas as execuções bloco a bloco.&lt;br&gt;&lt;br&gt;{OUTPUT}: proporção (0..1) das execuções de Monte Carlo em que cada píxel está na classe superior; -1 excluído; sem dados -9999. {TOP_CLASS_AREAS}: a execução base, as execuções um de cada vez (área da classe superior em ha e a sua alteração face à execução base) e a média, o mínimo e o máximo da área da classe superior em Monte Carlo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="88" />
      <source>Text written in the Footnote column of every row (e.g. data sources, method).</source>
      <translation>Texto escrito na coluna Footnote de cada linha (p. ex., fontes de dados, método).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="312" />
      <source>The AHP matrix cannot be written to {path} ({reason}).</source>
      <translation>Não é possível escrever a matriz AHP em {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="270" />
      <source>The AHP matrix {source} names {columns} criteria in its header but has {rows} rows; a square matrix is expected.</source>
      <translation>A matriz AHP {source} indica {columns} critérios no cabeçalho mas tem {rows} linhas; é esperada uma matriz quadrada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="263" />
      <source>The AHP matrix {source} needs a header of criterion names and one row per criterion.</source>
      <translation>A matriz AHP {source} precisa de um cabeçalho com os nomes dos critérios e de uma linha por critério.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="64" />
      <source>The Collect Earth plot file must be a .csv file, not {path}.</source>
      <translation>O ficheiro de parcelas do Collect Earth deve ser um ficheiro .csv, não {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="179" />
      <source>The FERM API address "{url}" is not an http(s) address. Enter the address given in the FERM API documentation.</source>
      <translation>O endereço da API do FERM "{url}" não é um endereço http(s). Introduza o endereço indicado na documentação da API do FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="182" />
      <source>The FERM API address {url} is not encrypted (http://), so the API key would travel in clear text. Use the https:// address given in the FERM API documentation (http:// is accepted only for 127.0.0.1 and localhost).</source>
      <translation>O endereço da API do FERM {url} não é encriptado (http://), pelo que a chave de API circularia em texto simples. Use o endereço https:// indicado na documentação da API do FERM (http:// só é aceite para 127.0.0.1 e localhost).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="270" />
      <source>The FERM API answered (HTTP {status}) without a project id: {detail}. Check in FERM whether the project was created before publishing again.</source>
      <translation>A API do FERM respondeu (HTTP {status}) sem id. de projeto: {detail}. Verifique no FERM se o projeto foi criado antes de publicar novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="264" />
      <source>The FERM API at {url} answered (HTTP {status}) with something that is not JSON: {detail}. Check that the address is the FERM API and not a web page; the project may have been created, so check in FERM before publishing again.</source>
      <translation>A API do FERM em {url} respondeu (HTTP {status}) com algo que não é JSON: {detail}. Verifique se o endereço é o da API do FERM e não uma página web; o projeto pode ter sido criado, por isso verifique no FERM antes de publicar novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="238" />
      <source>The FERM API at {url} answered with a redirect (HTTP {status}) to {host}. Redirects are not followed, so the API key was not sent there and nothing was published. Check the API address (use the final https:// address given by FERM).</source>
      <translation>A API do FERM em {url} respondeu com um redirecionamento (HTTP {status}) para {host}. Os redirecionamentos não são seguidos, pelo que a chave de API não foi enviada para lá e nada foi publicado. Verifique o endereço da API (use o endereço https:// final fornecido pelo FERM).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="257" />
      <source>The FERM API at {url} answered with an error (HTTP {status}: {detail}). Nothing was published; check the validation table, or try again later.</source>
      <translation>A API do FERM em {url} respondeu com um erro (HTTP {status}: {detail}). Nada foi publicado; verifique a tabela de validação ou tente novamente mais tarde.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="234" />
      <source>The FERM API at {url} could not be reached ({reason}). Check the address, your internet connection and proxy settings.</source>
      <translation>Não foi possível aceder à API do FERM em {url} ({reason}). Verifique o endereço, a sua ligação à Internet e as definições de proxy.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="212" />
      <source>The FERM API at {url} did not answer within {seconds} s. Check your connection and the proxy in Settings › Options › Network; FERM may still have created the project, so check in FERM before publishing again.</source>
      <translation>A API do FERM em {url} não respondeu em {seconds} s. Verifique a sua ligação e o proxy em Configurações › Opções › Rede; o FERM pode ainda assim ter criado o projeto, por isso verifique no FERM antes de publicar novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="252" />
      <source>The FERM API at {url} failed with a server error (HTTP {status}: {detail}). Try again later; if it persists, contact FERM with the time of this attempt (it is in the publication log).</source>
      <translation>A API do FERM em {url} falhou com um erro do servidor (HTTP {status}: {detail}). Tente novamente mais tarde; se persistir, contacte o FERM indicando a hora desta tentativa (consta do registo de publicação).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="217" />
      <source>The FERM API at {url} refused the connection: nothing listens at that address and port. Check the API address; if it is right, the service is down: try again later.</source>
      <translation>A API do FERM em {url} recusou a ligação: nada está à escuta nesse endereço e porta. Verifique o endereço da API; se estiver certo, o serviço está em baixo: tente novamente mais tarde.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="92" />
      <source>The FERM API key could not be stored in the QGIS authentication database.</source>
      <translation>Não foi possível guardar a chave de API do FERM na base de dados de autenticação do QGIS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="230" />
      <source>The FERM API key could not be taken from the QGIS authentication database ({reason}). Nothing was sent. Enter the master password when asked, or store the key again with "Set API key…".</source>
      <translation>Não foi possível obter a chave de API do FERM da base de dados de autenticação do QGIS ({reason}). Nada foi enviado. Introduza a palavra-passe mestra quando lhe for pedida, ou guarde novamente a chave com "Definir chave de API…".</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="77" />
      <source>The FERM API key is empty.</source>
      <translation>A chave de API do FERM está vazia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="244" />
      <source>The FERM API refused the API key (HTTP {status}: {detail}). Check the key with "Set API key…" and that it is allowed to create projects.</source>
      <translation>A API do FERM recusou a chave de API (HTTP {status}: {detail}). Verifique a chave com "Definir chave de API…" e se tem permissão para criar projetos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="135" />
      <source>The FERM activities of every site, chosen from the FERM vocabulary (leaf activities). Used where {ACTIVITIES_FIELD} is not chosen or is empty.</source>
      <translation>As atividades do FERM de todos os locais, escolhidas do vocabulário do FERM (atividades finais). Usadas quando {ACTIVITIES_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="59" />
      <source>The FERM export could not read the sites or write one of the files. Check the layer on the Sites tab and the file names and folders above; the details are in the log (Log Messages panel, T2 Monitor tab).</source>
      <translation>A exportação para o FERM não conseguiu ler os locais ou escrever um dos ficheiros. Verifique a camada no separador Locais e os nomes de ficheiros e pastas acima; os pormenores estão no registo (painel Mensagens de registo, separador T2 Monitor).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="112" />
      <source>The FERM export was cancelled; no file was written.</source>
      <translation>A exportação para o FERM foi cancelada; nenhum ficheiro foi escrito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="150" />
      <source>The FERM restoration type of every site. Used where {RESTORATION_TYPE_FIELD} is not chosen or is empty.</source>
      <translation>O tipo de restauro do FERM de todos os locais. Usado quando {RESTORATION_TYPE_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="165" />
      <source>The FERM tenure status of every site. Used where {TENURE_FIELD} is not chosen or is empty.</source>
      <translation>O regime de posse da terra do FERM de todos os locais. Usado quando {TENURE_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="200" />
      <source>The GEF template {path} must be a .gpkg or .shp file.</source>
      <translation>O modelo do GEF {path} deve ser um ficheiro .gpkg ou .shp.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="121" />
      <source>The IUCN Global Ecosystem Typology biomes of every site, chosen from the FERM vocabulary. Used where {ECOSYSTEMS_FIELD} is not chosen or is empty.</source>
      <translation>Os biomas da Tipologia Global de Ecossistemas da UICN de todos os locais, escolhidos do vocabulário do FERM. Usados quando {ECOSYSTEMS_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="183" />
      <source>The LPD map {layer} holds codes {codes} that the reclassification table does not cover. Add them to the table (as a class 1-5, or as nodata) and run again.</source>
      <translation>O mapa LPD {layer} contém os códigos {codes}, que a tabela de reclassificação não cobre. Adicione-os à tabela (como classe 1-5 ou como nodata) e execute novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="151" />
      <source>The LPD reclassification table {source} is empty.</source>
      <translation>A tabela de reclassificação LPD {source} está vazia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="91" />
      <source>The ORT template workbook (.xlsx).</source>
      <translation>O livro modelo do ORT (.xlsx).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="64" />
      <source>The PRAIS SO1 tables (.xlsx).</source>
      <translation>As tabelas SO1 do PRAIS (.xlsx).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="40" />
      <source>The QGIS authentication method "{method}" is not available in this QGIS installation.</source>
      <translation>O método de autenticação do QGIS "{method}" não está disponível nesta instalação do QGIS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="37" />
      <source>The QGIS authentication system is disabled, so the FERM API key cannot be stored safely. See Settings › Options › Authentication.</source>
      <translation>O sistema de autenticação do QGIS está desativado, pelo que a chave de API do FERM não pode ser guardada de forma segura. Consulte Configurações › Opções › Autenticação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="55" />
      <source>The QGIS master password was not given, so the FERM API key cannot be read or stored. Enter it when QGIS asks (Settings › Options › Authentication).</source>
      <translation>A palavra-passe mestra do QGIS não foi indicada, pelo que a chave de API do FERM não pode ser lida nem guardada. Introduza-a quando o QGIS a pedir (Configurações › Opções › Autenticação).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="43" />
      <source>The SDG 15.3.1 layer (-1/0/+1) or any categorical degradation map.</source>
      <translation>A camada do ODS 15.3.1 (-1/0/+1) ou qualquer mapa categórico de degradação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="76" />
      <source>The SDG 15.3.1 summary has no row for the degraded area of the whole region.</source>
      <translation>O resumo ODS 15.3.1 não tem linha da área degradada de toda a região.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="121" />
      <source>The SOC change threshold must be a percentage greater than 0, not {value}.</source>
      <translation>O limiar de variação do COS deve ser uma percentagem superior a 0, não {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="159" />
      <source>The T2 Monitor Processing provider is not loaded: enable the plugin again.</source>
      <translation>O fornecedor de Processamento do T2 Monitor não está carregado: ative novamente o plugin.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/dask_engine.py" line="363" />
      <source>The aligned raster {path} cannot be read.</source>
      <translation>Não é possível ler o raster alinhado {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="102" />
      <source>The amount lost exists only for tree-cover maps; it was not written.</source>
      <translation>A quantidade perdida só existe para mapas de coberto arbóreo; não foi escrita.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="44" />
      <source>The area under restoration (GBF headline indicator 2.1) is the area of the union of the restoration sites counted in {year}, computed as FAO FERM does (valid geometries in EPSG:6933, overlapping sites counted once). Progress towards Target 2 is the area under restoration inside the degraded baseline divided by the degraded baseline ({baseline} ha), against a target of {target} %.</source>
      <translation>A área em restauração (indicador principal 2.1 do QMB) é a área da união dos sítios de restauração contados em {year}, calculada como o FERM da FAO faz (geometrias válidas em EPSG:6933, sítios sobrepostos contados uma vez). O progresso rumo à Meta 2 é a área em restauração dentro da referência degradada dividida pela referência degradada ({baseline} ha), face a uma meta de {target} %.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="79" />
      <source>The area under restoration table has no 'total' row.</source>
      <translation>A tabela de área em restauração não tem linha 'total'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="196" />
      <source>The atlas needs a zones layer ({key}).</source>
      <translation>O atlas precisa de uma camada de zonas ({key}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="141" />
      <source>The baseline and every reporting period must be SDG 15.3.1 maps with the legend -1 degraded, 0 stable, +1 improved; other values were found ({details}). A status map (1-7) or an LPD map (1-5) has another legend: give the -1/0/+1 layer of each period. Nothing was written.</source>
      <translation>A referência e cada período de relatório devem ser mapas ODS 15.3.1 com a legenda -1 degradado, 0 estável, +1 melhorado; foram encontrados outros valores ({details}). Um mapa de estado (1-7) ou um mapa LPD (1-5) tem outra legenda: indique a camada -1/0/+1 de cada período. Nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="152" />
      <source>The baseline has no degraded land: percentages are left empty.</source>
      <translation>A referência não tem terra degradada: as percentagens ficam vazias.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="115" />
      <source>The baseline period {start}-{end} is outside the years of {layer} ({first}-{last}). Choose years inside the stack, or check the year of the first band.</source>
      <translation>O período de referência {start}-{end} está fora dos anos de {layer} ({first}-{last}). Escolha anos dentro da série ou verifique o ano da primeira banda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="110" />
      <source>The baseline period {start}-{end} starts after it ends. Swap the years.</source>
      <translation>O período de referência {start}-{end} começa depois de terminar. Troque os anos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="195" />
      <source>The chart could not be written to {path}.</source>
      <translation>Não foi possível escrever o gráfico em {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="109" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="165" />
      <source>The chart {path} must be an .svg or .png file.</source>
      <translation>O gráfico {path} deve ser um ficheiro .svg ou .png.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="158" />
      <source>The class codes of {layer_a} and {layer_b} are too large for cross-class codes (class_a x {base} + class_b must fit a 32-bit integer). Reclassify them to smaller codes first.</source>
      <translation>Os códigos de classe de {layer_a} e {layer_b} são demasiado grandes para os códigos cruzados (class_a x {base} + class_b tem de caber num inteiro de 32 bits). Reclassifique-os primeiro em códigos mais pequenos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="162" />
      <source>The class to report, {code}, is not in the legend.</source>
      <translation>A classe a reportar, {code}, não está na legenda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="133" />
      <source>The class-change threshold (THRESHOLD_CLASSES) must be between 1 and 9, not {value}.</source>
      <translation>O limiar de alteração de classe (THRESHOLD_CLASSES) deve estar entre 1 e 9, não {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="213" />
      <source>The classes {codes} of {layer} appear in no pair of the correspondence table, so they never count as agreement.</source>
      <translation>As classes {codes} de {layer} não aparecem em nenhum par da tabela de correspondência, pelo que nunca contam como concordância.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="291" />
      <source>The climate-zone raster {layer} holds zones {zones} that the factor table {source} has no column for. Add them to the table (or set them as nodata); nothing was written.</source>
      <translation>O raster de zonas climáticas {layer} contém as zonas {zones}, para as quais a tabela de fatores {source} não tem coluna. Adicione-as à tabela (ou defina-as como sem dados); nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="57" />
      <source>The codes in {parameter} must be whole numbers separated by commas (e.g. 1,2,4); '{value}' is not.</source>
      <translation>Os códigos em {parameter} devem ser números inteiros separados por vírgulas (p. ex., 1,2,4); '{value}' não o é.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="112" />
      <source>The codes {codes} are both degraded and at-risk codes; give each code to one list only.</source>
      <translation>Os códigos {codes} são simultaneamente códigos degradados e em risco; indique cada código numa só lista.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="119" />
      <source>The combine mode needs the trajectory, state and performance layers; {missing} not given. Choose them, or switch MODE to the external map.</source>
      <translation>O modo de combinação precisa das camadas de trajetória, estado e desempenho; não foi indicado {missing}. Escolha-as ou mude MODE para o mapa externo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="119" />
      <source>The compatibility table has no result for {count} land-use / capability pair(s) found in {use_layer} and {capability_layer}: {pairs}. Add them to the table (land-use code, capability class, steps) and run again.</source>
      <translation>A tabela de compatibilidade não tem resultado para {count} par(es) uso da terra / capacidade encontrados em {use_layer} e {capability_layer}: {pairs}. Adicione-os à tabela (código de uso da terra, classe de capacidade, passos) e execute novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="62" />
      <source>The compatibility table {source} needs a header row with one column per capability class.</source>
      <translation>A tabela de compatibilidade {source} precisa de uma linha de cabeçalho com uma coluna por classe de capacidade.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="66" />
      <source>The control points of {layer} must have strictly increasing values.</source>
      <translation>Os pontos de controlo de {layer} devem ter valores estritamente crescentes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="133" />
      <source>The criteria '{given}' do not match the criteria of {path} ('{found}'); leave CRITERIA empty or give the file's names in its order.</source>
      <translation>Os critérios '{given}' não coincidem com os critérios de {path} ('{found}'); deixe CRITERIA vazio ou indique os nomes do ficheiro pela sua ordem.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="56" />
      <source>The criterion {layer} has no range to standardise: minimum {min} and maximum {max}. Give a MAX greater than MIN, or use another method (a constant criterion cannot rank places).</source>
      <translation>O critério {layer} não tem amplitude a padronizar: mínimo {min} e máximo {max}. Indique um MAX superior a MIN ou use outro método (um critério constante não consegue ordenar os locais).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="195" />
      <source>The criterion {layer} has no valid pixel.</source>
      <translation>O critério {layer} não tem nenhum píxel válido.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="69" />
      <source>The current project has unsaved changes. Save them before the sample project replaces it?</source>
      <translation>O projeto atual tem alterações não guardadas. Guardá-las antes de o projeto de exemplo o substituir?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="84" />
      <source>The custom legend needs a reclassification table ({table}) or a CSV file ({csv}). Fill one in, or choose another legend.</source>
      <translation>A legenda personalizada precisa de uma tabela de reclassificação ({table}) ou de um ficheiro CSV ({csv}). Preencha um deles ou escolha outra legenda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="153" />
      <source>The degradation layer {layer} holds values {values} ({pixels} pixels) that are not among its declared codes {layer_codes}; nothing was written. Check that the right layer was chosen, or declare its codes (e.g. 1,2,3,4,5 for LPD classes).</source>
      <translation>A camada de degradação {layer} contém valores {values} ({pixels} píxeis) que não estão entre os seus códigos declarados {layer_codes}; nada foi escrito. Verifique se foi escolhida a camada certa, ou declare os seus códigos (p. ex., 1,2,3,4,5 para as classes LPD).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="180" />
      <source>The degraded land by ecosystem type needs both the SDG 15.3.1 map and an ecosystem layer; it was not written.</source>
      <translation>A terra degradada por tipo de ecossistema precisa do mapa ODS 15.3.1 e de uma camada de ecossistemas; não foi escrita.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="44" />
      <source>The disk holding {path} is full (or your quota is used up). Free some space or choose a folder on another disk, then run again.</source>
      <translation>O disco que contém {path} está cheio (ou a sua quota esgotou-se). Liberte espaço ou escolha uma pasta noutro disco e execute novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="95" />
      <source>The dissolved area under restoration of every row of the table, in the sites' CRS.</source>
      <translation>A área em restauro dissolvida de cada linha da tabela, no SRC dos locais.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="57" />
      <source>The ecosystem code {item} is not written value:ecosystem with a whole-number raster value (e.g. 1:T1.1, 2:T7.1).</source>
      <translation>O código de ecossistema {item} não está escrito como valor:ecossistema com um valor de raster inteiro (p. ex., 1:T1.1, 2:T7.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="153" />
      <source>The ecosystem raster {layer} holds values without an ecosystem in the codes: {values}. Add them (value:ecosystem).</source>
      <translation>O raster de ecossistemas {layer} contém valores sem ecossistema nos códigos: {values}. Acrescente-os (valor:ecossistema).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="96" />
      <source>The ecosystem raster {layer} needs its codes: the ecosystem of every raster value (e.g. 1:T1.1, 2:T7.1).</source>
      <translation>O raster de ecossistemas {layer} precisa dos seus códigos: o ecossistema de cada valor do raster (p. ex., 1:T1.1, 2:T7.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="189" />
      <source>The estimate's mapped degraded area ({table} ha) differs from the degraded area of period {period} ({mapped} ha): was the sample drawn from another map?</source>
      <translation>A área degradada cartografada da estimativa ({table} ha) difere da área degradada do período {period} ({mapped} ha): a amostra foi tirada de outro mapa?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="260" />
      <source>The estimate's mapped degraded area ({table} ha) differs from the degraded area of {layer} ({mapped} ha): was the sample drawn from another map?</source>
      <translation>A área degradada cartografada da estimativa ({table} ha) difere da área degradada de {layer} ({mapped} ha): a amostra foi tirada de outro mapa?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="54" />
      <source>The estimated degraded area ({area} ha) and its 95 % half-interval ({ci} ha) cannot be negative.</source>
      <translation>A área degradada estimada ({area} ha) e o seu semi-intervalo de 95 % ({ci} ha) não podem ser negativos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="224" />
      <source>The estimated degraded area goes into the rows of indicator 2.CT.1 (proportion of degraded land), which need the SDG 15.3.1 summary (SDG_SUMMARY): give it too.</source>
      <translation>A área degradada estimada entra nas linhas do indicador 2.CT.1 (proporção de terra degradada), que precisam do resumo ODS 15.3.1 (SDG_SUMMARY): indique-o também.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="93" />
      <source>The estimated degraded area was given twice, as a table (ESTIMATES_TABLE) and as numbers (ESTIMATED_DEGRADED_HA): give one of them.</source>
      <translation>A área degradada estimada foi indicada duas vezes, como tabela (ESTIMATES_TABLE) e como números (ESTIMATED_DEGRADED_HA): indique apenas uma delas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="83" />
      <source>The estimated degraded area {area} ha was given without its 95 % half-interval (ESTIMATED_CI95_HA): a sample estimate is reported with its interval.</source>
      <translation>A área degradada estimada de {area} ha foi indicada sem o seu semi-intervalo de 95 % (ESTIMATED_CI95_HA): uma estimativa por amostragem é reportada com o seu intervalo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="91" />
      <source>The exclusion layer {layer} has no polygon.</source>
      <translation>A camada de exclusão {layer} não tem nenhum polígono.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="119" />
      <source>The expected accuracies of {codes} are ignored: no stratum has that code.</source>
      <translation>As exatidões esperadas de {codes} são ignoradas: nenhum estrato tem esse código.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="126" />
      <source>The external map mode needs an LPD map ({parameter}). Choose one, or switch MODE to combining the sub-indicators.</source>
      <translation>O modo de mapa externo precisa de um mapa LPD ({parameter}). Escolha um ou mude MODE para a combinação dos subindicadores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="60" />
      <source>The factor table {source} has more than one column for climate zone(s) {zones}.</source>
      <translation>A tabela de fatores {source} tem mais de uma coluna para a(s) zona(s) climática(s) {zones}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="246" />
      <location filename="../t2_monitor_plugin/core/soc.py" line="89" />
      <source>The factor table {source} has no column for climate zone {zones}.</source>
      <translation>A tabela de fatores {source} não tem coluna para a zona climática {zones}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="55" />
      <source>The factor table {source} needs the columns initial class, final class and one column per climate zone.</source>
      <translation>A tabela de fatores {source} precisa das colunas classe inicial, classe final e uma coluna por zona climática.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="52" />
      <source>The field area_ha of {layer} holds {value}, which is not a number.</source>
      <translation>O campo area_ha de {layer} contém {value}, que não é um número.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="140" />
      <source>The field of the layer that holds it, (fixed value) or (empty)</source>
      <translation>O campo da camada que o contém, (valor fixo) ou (vazio)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="48" />
      <location filename="../t2_monitor_plugin/core/ort.py" line="172" />
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="46" />
      <source>The field {field} of {layer} holds {value}, which is not a number.</source>
      <translation>O campo {field} de {layer} contém {value}, que não é um número.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="60" />
      <source>The file name {path} is too long. Choose a shorter name or folder.</source>
      <translation>O nome de ficheiro {path} é demasiado longo. Escolha um nome ou uma pasta mais curtos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="127" />
      <source>The file {layer} holds several rasters; choose one of them: {subdatasets}.</source>
      <translation>O ficheiro {layer} contém vários rasters; escolha um deles: {subdatasets}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="189" />
      <source>The file {path} cannot be found ({reason}). Check the path, then run again.</source>
      <translation>O ficheiro {path} não foi encontrado ({reason}). Verifique o caminho e execute novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="276" />
      <source>The file {path} cannot be read ({reason}).</source>
      <translation>Não é possível ler o ficheiro {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="97" />
      <source>The file {path} cannot be written ({reason}).</source>
      <translation>Não é possível escrever o ficheiro {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="61" />
      <source>The file {path} cannot be written ({reason}). Check the folder and the disk, then run again.</source>
      <translation>Não é possível escrever o ficheiro {path} ({reason}). Verifique a pasta e o disco e execute novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="279" />
      <source>The file {path} is empty; a JSON file is expected.</source>
      <translation>O ficheiro {path} está vazio; é esperado um ficheiro JSON.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="300" />
      <source>The file {path} is nested too deeply to be read as JSON.</source>
      <translation>O ficheiro {path} tem demasiados níveis de aninhamento para ser lido como JSON.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="133" />
      <source>The file {path} is read-only, so the output {output} cannot replace it. Make it writable or choose another file name.</source>
      <translation>O ficheiro {path} é só de leitura, pelo que a saída {output} não o pode substituir. Torne-o gravável ou escolha outro nome de ficheiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/xlsx.py" line="34" />
      <source>The file {path} must end in {ext}.</source>
      <translation>O ficheiro {path} deve terminar em {ext}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="211" />
      <source>The file {path} was written but does not read back with its {count} features.</source>
      <translation>O ficheiro {path} foi escrito, mas a releitura não devolve as suas {count} entidades.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="67" />
      <source>The first sheet (land by period) as a CSV file (UTF-8).</source>
      <translation>A primeira folha (terras por período) como ficheiro CSV (UTF-8).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="130" />
      <source>The folder {folder} for the output {output} cannot be created ({reason}).</source>
      <translation>Não é possível criar a pasta {folder} para a saída {output} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="139" />
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there ({reason}). Choose a folder you can write to.</source>
      <translation>Não é possível escrever na pasta {folder}, pelo que a saída {output} não pode ser guardada aí ({reason}). Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="68" />
      <source>The forest codes are ignored for a binary forest map.</source>
      <translation>Os códigos de floresta são ignorados para um mapa de floresta binário.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="146" />
      <source>The forest map {layer} holds values {values}; a binary forest map must hold only 1 (forest) and 0 (non-forest). For a land-cover map, choose the land-cover input type and give the forest codes.</source>
      <translation>O mapa de floresta {layer} contém os valores {values}; um mapa de floresta binário só deve conter 1 (floresta) e 0 (não floresta). Para um mapa de ocupação do solo, escolha o tipo de entrada de ocupação do solo e indique os códigos de floresta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="221" />
      <source>The host of the FERM API address {url} could not be found. Check the address, your internet connection and the proxy in Settings › Options › Network.</source>
      <translation>Não foi possível encontrar o anfitrião do endereço da API do FERM {url}. Verifique o endereço, a sua ligação à Internet e o proxy em Configurações › Opções › Rede.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="87" />
      <source>The inner class limits, comma-separated, lowest first.</source>
      <translation>Os limites interiores das classes, separados por vírgulas, do mais baixo para o mais alto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="278" />
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="290" />
      <source>The input rasters changed while the percentiles were being computed. Run again once nothing else writes to them.</source>
      <translation>Os rasters de entrada foram alterados enquanto os percentis eram calculados. Execute novamente quando nada mais estiver a escrever neles.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="332" />
      <source>The inputs {layers} have no pixel where all of them have data: they do not overlap, or the nodata areas of one cover the data of the others. Every result would be nodata and every area 0 ha, so nothing was written. Check their extents and nodata values.</source>
      <translation>As entradas {layers} não têm nenhum píxel em que todas tenham dados: não se sobrepõem, ou as zonas sem dados de uma cobrem os dados das outras. Todos os resultados seriam sem dados e todas as áreas 0 ha, pelo que nada foi escrito. Verifique as suas extensões e os seus valores sem dados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="198" />
      <source>The item {id} of the report template must be a map.</source>
      <translation>O item {id} do modelo do relatório deve ser um mapa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="136" />
      <source>The item {id} of the report template must be a picture.</source>
      <translation>O item {id} do modelo do relatório deve ser uma imagem.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="121" />
      <source>The item {id} of the report template must be a table (a manual table).</source>
      <translation>O item {id} do modelo do relatório deve ser uma tabela (uma tabela manual).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="146" />
      <source>The judgements are not consistent (CR = {cr:.3f}, acceptable below 0.10). The judgement that departs most is {row} compared with {column}: {given}, while the weights imply {implied:.2f}; revise it first.</source>
      <translation>Os juízos não são consistentes (CR = {cr:.3f}, aceitável abaixo de 0,10). O juízo que mais se afasta é {row} comparado com {column}: {given}, enquanto os pesos implicam {implied:.2f}; reveja-o primeiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="362" />
      <source>The label could not be saved: {errors}</source>
      <translation>Não foi possível guardar o rótulo: {errors}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="136" />
      <source>The land type by status file needs the balance table of LDN balance per land type ({key}).</source>
      <translation>O ficheiro de tipos de terra por estado precisa da tabela de saldos do Saldo NDT por tipo de terra ({key}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="130" />
      <source>The land unit id {value} of {layer} does not fit a 32-bit integer.</source>
      <translation>O identificador de unidade de terra {value} de {layer} não cabe num inteiro de 32 bits.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="109" />
      <source>The land units layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>A camada de unidades de terra {layer} não tem sistema de referência de coordenadas. Atribua-lhe um SRC e tente novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="145" />
      <source>The land units layer {layer} has no polygon with an id.</source>
      <translation>A camada de unidades de terra {layer} não tem nenhum polígono com identificador.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/unitvalues.py" line="52" />
      <source>The land units layer {layer} holds values that are not whole numbers (e.g. {value}). Land units must be whole-number ids.</source>
      <translation>A camada de unidades de terra {layer} contém valores que não são inteiros (p. ex., {value}). As unidades de terra devem ser identificadores inteiros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="119" />
      <location filename="../t2_monitor_plugin/core/performance.py" line="136" />
      <source>The land units of {layer} cannot be reprojected to the raster's coordinate reference system ({error}).</source>
      <translation>As unidades de terra de {layer} não podem ser reprojetadas para o sistema de referência de coordenadas do raster ({error}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="33" />
      <source>The land units, as a raster of whole-number unit ids (band 1, on the productivity grid, e.g. land cover x soil) or as polygons (any CRS, burned onto the productivity grid by pixel centre) whose ids are in {LAND_UNITS_FIELD}.</source>
      <translation>As unidades de terra, como raster de identificadores inteiros de unidade (banda 1, na grelha de produtividade, p. ex., ocupação do solo x solo) ou como polígonos (qualquer SRC, rasterizados na grelha de produtividade pelo centro do píxel) cujos identificadores estão em {LAND_UNITS_FIELD}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="178" />
      <source>The land-cover maps have no coordinate reference system: the transition areas cannot be computed and the table is empty.</source>
      <translation>Os mapas de ocupação do solo não têm sistema de referência de coordenadas: não é possível calcular as áreas de transição e a tabela fica vazia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="124" />
      <source>The land-cover raster {layer} holds decimal values; a categorical raster of whole-number class codes is expected.</source>
      <translation>O raster de ocupação do solo {layer} contém valores decimais; é esperado um raster categórico de códigos de classe inteiros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="263" />
      <source>The land-unit raster {layer} holds {values}; land units must be whole numbers from 0 to {maximum}. Nothing was written.</source>
      <translation>O raster de unidades de terra {layer} contém {values}; as unidades de terra devem ser números inteiros de 0 a {maximum}. Nada foi escrito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="100" />
      <source>The last year ({last}) is before the first year ({first}).</source>
      <translation>O último ano ({last}) é anterior ao primeiro ano ({first}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="104" />
      <source>The layer given for {parameter} cannot be loaded. Check the file or choose another layer.</source>
      <translation>A camada indicada para {parameter} não pode ser carregada. Verifique o ficheiro ou escolha outra camada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="187" />
      <source>The layer {key} is not a valid raster.</source>
      <translation>A camada {key} não é um raster válido.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="356" />
      <source>The layer {layer} cannot be edited.</source>
      <translation>Não é possível editar a camada {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="104" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="174" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="290" />
      <source>The layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>A camada {layer} não tem sistema de referência de coordenadas. Atribua-lhe um SRC e tente novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="309" />
      <source>The layer {layer} has no features: there is nothing to export.</source>
      <translation>A camada {layer} não tem entidades: não há nada a exportar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="92" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="296" />
      <source>The layer {layer} has no field named {field} ({parameter}).</source>
      <translation>A camada {layer} não tem nenhum campo chamado {field} ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="300" />
      <source>The layer {layer} has no valid value in the bands used (years {first}-{last}): every pixel is nodata. Check the layer, its nodata value and the period.</source>
      <translation>A camada {layer} não tem nenhum valor válido nas bandas usadas (anos {first}-{last}): todos os píxeis estão sem dados. Verifique a camada, o seu valor sem dados e o período.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="276" />
      <source>The layer {layer} has none of the fields FERM expects (site name, start year, ecosystems, activities, tenure...). Check that it holds the restoration sites.</source>
      <translation>A camada {layer} não tem nenhum dos campos que o FERM espera (nome do local, ano de início, ecossistemas, atividades, regime de posse...). Verifique se contém os locais de restauro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="112" />
      <source>The layer {layer} holds values that are not whole numbers; land-use codes and capability classes must be whole numbers. Check that the right layer was chosen.</source>
      <translation>A camada {layer} contém valores que não são números inteiros; os códigos de uso da terra e as classes de capacidade devem ser números inteiros. Verifique se foi escolhida a camada correta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="127" />
      <source>The layer {layer} holds values {codes} where only {allowed} are expected. Check that the right layer was chosen (and the productivity classes setting).</source>
      <translation>A camada {layer} contém os valores {codes} onde só se esperam {allowed}. Verifique se foi escolhida a camada certa (e a definição das classes de produtividade).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="101" />
      <source>The layer {layer} is not a file raster (provider {provider}). Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>A camada {layer} não é um raster em ficheiro (fornecedor {provider}). Guarde-a primeiro como GeoTIFF (Exportar &gt; Guardar como).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="118" />
      <source>The layer {layer} is not a file raster. Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>A camada {layer} não é um raster em ficheiro. Guarde-a primeiro como GeoTIFF (Exportar &gt; Guardar como).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="121" />
      <source>The layer {layer} is not a raster GDAL can read ({reason}). Choose a raster file such as a GeoTIFF.</source>
      <translation>A camada {layer} não é um raster que o GDAL consiga ler ({reason}). Escolha um ficheiro raster, como um GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="129" />
      <source>The layer {layer} is not a raster GDAL can read. Choose a raster file such as a GeoTIFF.</source>
      <translation>A camada {layer} não é um raster que o GDAL consiga ler. Escolha um ficheiro raster, como um GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="89" />
      <source>The layer {layer} is not a table: use the summary tables of the SDG 15.3.1 indicator.</source>
      <translation>A camada {layer} não é uma tabela: use as tabelas de resumo do indicador ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="156" />
      <source>The layout {name} could not be added to the project.</source>
      <translation>Não foi possível adicionar o layout {name} ao projeto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="62" />
      <source>The legend entry {entry} does not start with a whole-number class code.</source>
      <translation>A entrada de legenda {entry} não começa por um código de classe inteiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="65" />
      <source>The legend names the class {code} twice.</source>
      <translation>A legenda indica a classe {code} duas vezes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lookup.py" line="21" />
      <source>The lookup table is empty.</source>
      <translation>A tabela de correspondência está vazia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="128" />
      <source>The loss threshold must be more than 0 and at most 100 percentage points, not {value}.</source>
      <translation>O limiar de perda deve ser superior a 0 e no máximo 100 pontos percentuais, não {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="36" />
      <source>The map has no coordinate reference system: the sample cannot be written in longitude and latitude. Assign its CRS first.</source>
      <translation>O mapa não tem sistema de referência de coordenadas: a amostra não pode ser escrita em longitude e latitude. Atribua-lhe primeiro o seu SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="149" />
      <source>The map {layer} holds {values}: the degraded land by ecosystem type needs the SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved).</source>
      <translation>O mapa {layer} contém {values}: a terra degradada por tipo de ecossistema precisa do mapa ODS 15.3.1 (-1 degradado, 0 estável, +1 melhorado).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="207" />
      <source>The map {layer} is given twice (as {other} too); each period needs its own SDG 15.3.1 map.</source>
      <translation>O mapa {layer} foi indicado duas vezes (também como {other}); cada período precisa do seu próprio mapa ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="164" />
      <source>The mapped degraded area of the estimates table ({table} ha) differs from that of the SDG 15.3.1 summary ({mapped} ha): was the accuracy assessment made on another map?</source>
      <translation>A área degradada mapeada da tabela de estimativas ({table} ha) difere da do resumo do ODS 15.3.1 ({mapped} ha): a avaliação de exatidão foi feita sobre outro mapa?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="126" />
      <source>The maps have no coordinate reference system: areas cannot be computed and the table is empty.</source>
      <translation>Os mapas não têm sistema de referência de coordenadas: não é possível calcular as áreas e a tabela fica vazia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="226" />
      <source>The matrix {source} has {columns} columns but {rows} rows; a square matrix is expected.</source>
      <translation>A matriz {source} tem {columns} colunas mas {rows} linhas; é esperada uma matriz quadrada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="237" />
      <source>The methods file {path} cannot be read as JSON: {error}</source>
      <translation>O ficheiro de métodos {path} não pode ser lido como JSON: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="251" />
      <source>The methods file {path} lists no algorithm runs (objects with 'algorithm' and 'inputs').</source>
      <translation>O ficheiro de métodos {path} não lista nenhuma execução de algoritmo (objetos com 'algorithm' e 'inputs').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="228" />
      <source>The minimum number of valid years (MIN_YEARS) must be at least 3, not {value}.</source>
      <translation>O número mínimo de anos válidos (MIN_YEARS) deve ser pelo menos 3, não {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="136" />
      <source>The minimum numbers of valid years must be at least 1.</source>
      <translation>Os números mínimos de anos válidos devem ser pelo menos 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="157" />
      <source>The model template {name} cannot be read.</source>
      <translation>Não é possível ler o modelo {name}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="138" />
      <source>The modelled final SOC is only produced by the stepped method; it is not written.</source>
      <translation>O COS final modelado só é produzido pelo método escalonado; não é escrito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="33" />
      <source>The national report as a document: a multi-page PDF made with a QGIS print layout from the outputs of the workflow, in English, Spanish, French or Portuguese ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Pages:&lt;/b&gt; title page ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, plugin version); the map of each indicator given (SDG 15.3.1, degradation status, restoration priority) with legend, scale bar, north arrow, graticule and source line; the headline table (degraded land and its proportion, area under restoration, its percentage of the degraded baseline, the target and what remains to reach it) with the chart of progress towards 2030; the per-zone table; a methods page written from the parameters actually used (read from the input tables, the input layers and their dates, and the workflow runs of {METHODS_FILE}); with {ATLAS}, one page per zone.&lt;br&gt;&lt;br&gt;The figures are those of the input tables, unchanged, with the number format of the language (decimal comma in es/fr/pt). The layout is a template (.qpt) whose items are filled by their ids: copy resources/layouts/t2_report.qpt, restyle it in the layout designer and give it as {TEMPLATE_FILE}; a template without the required item ids is refused with their list. The chart is drawn with matplotlib when it is installed, else with the plugin's own SVG writer (vector in both cases). The PDF is written to a temporary file beside it and moved into place at the end, so a failed or cancelled run leaves no partial PDF.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample-based estimate.&lt;/b&gt; With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the headline table shows the estimate with its 95 % interval beside the mapped (pixel-counted) degraded area, with a footnote on the method (stratified estimator, Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Layout in the project.&lt;/b&gt; With {ADD_LAYOUT_TO_PROJECT}, the filled layout is also added to the project's layouts (named after the reporting year and language, numbered when the name is taken), with the report's styled layers in a hidden layer group, so that it can be edited in the layout designer and printed again. Without a project (qgis_process) the option is ignored with a warning.</source>
      <translation>O relatório nacional como documento: um PDF de várias páginas feito com um layout de impressão do QGIS a partir dos resultados do fluxo de trabalho, em inglês, espanhol, francês ou português ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Páginas:&lt;/b&gt; página de título ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, versão do complemento); o mapa de cada indicador dado (ODS 15.3.1, estado da degradação, prioridade de restauração) com legenda, barra de escala, seta do norte, quadrícula e linha de fonte; a tabela de números principais (terra degradada e a sua proporção, área em restauração, a sua percentagem da referência degradada, a meta e o que falta para a atingir) com o gráfico do progresso rumo a 2030; a tabela por zona; uma página de métodos escrita a partir dos parâmetros realmente usados (lidos das tabelas de entrada, das camadas de entrada e das suas datas, e das execuções do fluxo de trabalho de {METHODS_FILE}); com {ATLAS}, uma página por zona.&lt;br&gt;&lt;br&gt;Os números são os das tabelas de entrada, sem alterações, com o formato numérico do idioma (vírgula decimal em es/fr/pt). O layout é um modelo (.qpt) cujos itens são preenchidos pelos seus identificadores: copie resources/layouts/t2_report.qpt, mude o seu estilo no desenhador de layouts e dê-o como {TEMPLATE_FILE}; um modelo sem os identificadores requeridos é recusado com a sua lista. O gráfico é desenhado com matplotlib quando está instalado e, caso contrário, com o escritor SVG próprio do complemento (vetorial em ambos os casos). O PDF é escrito num ficheiro temporário ao lado e movido para o seu lugar no fim, de modo que uma execução falhada ou cancelada não deixa nenhum PDF parcial.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimativa por amostragem.&lt;/b&gt; Com a área degradada estimada de uma avaliação de exatidão ({ESTIMATES_TABLE}, ou {ESTIMATED_DEGRADED_HA} e {ESTIMATED_CI95_HA}), a tabela de números principais mostra a estimativa com o seu intervalo de 95 % ao lado da área degradada mapeada (contada por píxeis), com uma nota de rodapé sobre o método (estimador estratificado, Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Layout no projeto.&lt;/b&gt; Com {ADD_LAYOUT_TO_PROJECT}, o layout preenchido é também adicionado aos layouts do projeto (com o nome do ano de relato e do idioma, numerado se o nome já existir), com as camadas estilizadas do relatório num grupo de camadas oculto, para poder editá-lo no compositor de layouts e imprimi-lo de novo. Sem projeto (qgis_process) a opção é ignorada com um aviso.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="149" />
      <source>The output {output} cannot be saved as .{ext}: that format loses or cannot hold the values (or nodata) of a data raster. Use .tif (GeoTIFF).</source>
      <translation>A saída {output} não pode ser guardada como .{ext}: esse formato perde ou não consegue guardar os valores (ou sem dados) de um raster de dados. Use .tif (GeoTIFF).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="170" />
      <source>The output {output} cannot be written as .{ext}; use one of: {allowed}.</source>
      <translation>A saída {output} não pode ser escrita como .{ext}; use um de: {allowed}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="119" />
      <location filename="../t2_monitor_plugin/algorithms/outputs.py" line="200" />
      <source>The output {output} is a GDAL virtual path ({path}), which would be lost when the run ends. Give a file on a disk.</source>
      <translation>A saída {output} é um caminho virtual do GDAL ({path}), que se perderia no fim da execução. Indique um ficheiro num disco.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="122" />
      <source>The output {output} is the folder {path}. Give a file name inside it, e.g. {example}.</source>
      <translation>A saída {output} é a pasta {path}. Indique um nome de ficheiro dentro dela, p. ex., {example}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="109" />
      <location filename="../t2_monitor_plugin/algorithms/outputs.py" line="218" />
      <source>The output {output} would overwrite the input {path}. Choose another file name.</source>
      <translation>A saída {output} substituiria a entrada {path}. Escolha outro nome de ficheiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="151" />
      <source>The output {path} cannot be created ({reason}).</source>
      <translation>Não é possível criar a saída {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/chunk_files.py" line="48" />
      <location filename="../t2_monitor_plugin/cli/chunk_files.py" line="96" />
      <location filename="../t2_monitor_plugin/core/output.py" line="170" />
      <source>The output {path} cannot be written ({reason}).</source>
      <translation>Não é possível escrever a saída {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="207" />
      <source>The output {path} cannot be written as {driver} ({reason}).</source>
      <translation>Não é possível escrever a saída {path} como {driver} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="167" />
      <source>The output {path} was not written (its temporary file is missing). Run again; if it happens again, report it.</source>
      <translation>A saída {path} não foi escrita (falta o seu ficheiro temporário). Execute novamente; se voltar a acontecer, comunique-o.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="170" />
      <source>The output {path} was written empty, so it was not saved; the disk may be full. Free some space, then run again.</source>
      <translation>A saída {path} foi escrita vazia, pelo que não foi guardada; o disco pode estar cheio. Liberte espaço e execute novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/outputs.py" line="222" />
      <source>The outputs {first} and {second} were given the same file {path}. Give each output its own file.</source>
      <translation>As saídas {first} e {second} receberam o mesmo ficheiro {path}. Indique um ficheiro próprio para cada saída.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="102" />
      <source>The parameter {old} is deprecated: use {new} (same meaning). Update the model or script; {old} will be removed in a future version.</source>
      <translation>O parâmetro {old} está obsoleto: use {new} (mesmo significado). Atualize o modelo ou o script; {old} será removido numa versão futura.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="252" />
      <source>The path goes linearly from 0 ha in the baseline year to the target area in the target year; a year is on track when the area under restoration inside degraded land reaches it.</source>
      <translation>A trajetória vai linearmente de 0 ha no ano de referência à área objetivo no ano da meta; um ano está no bom caminho quando a área em restauração dentro da terra degradada a atinge.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="51" />
      <source>The path to the target goes linearly from 0 ha in {baseline_year} to the target area ({target} ha) in {target_year}.</source>
      <translation>A trajetória rumo à meta vai linearmente de 0 ha em {baseline_year} à área objetivo ({target} ha) em {target_year}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="248" />
      <source>The payload ({size} MB) is too large for the FERM API (HTTP 413). Nothing was published. Publish the sites in smaller groups (filter the layer), or simplify their geometry.</source>
      <translation>A carga útil ({size} MB) é demasiado grande para a API do FERM (HTTP 413). Nada foi publicado. Publique os locais em grupos mais pequenos (filtre a camada) ou simplifique a sua geometria.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="111" />
      <source>The percentile must be between 0 and 100 (got {value}).</source>
      <translation>O percentil deve estar entre 0 e 100 (recebido: {value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="163" />
      <source>The percentile must be greater than 0 and at most 100 (got {value}).</source>
      <translation>O percentil deve ser superior a 0 e no máximo 100 (recebido: {value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="110" />
      <source>The percentile of land unit(s) {units} is 0 or negative, so no ratio can be computed: their pixels are nodata.</source>
      <translation>O percentil da(s) unidade(s) de terra {units} é 0 ou negativo, pelo que não é possível calcular nenhum rácio: os seus píxeis ficam sem dados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="164" />
      <source>The percentile selection did not converge after {passes} passes over the rasters. Please report this problem.</source>
      <translation>A seleção dos percentis não convergiu após {passes} passagens pelos rasters. Comunique este problema.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="166" />
      <source>The performance threshold must be a positive ratio such as 0.5 (got {value}).</source>
      <translation>O limiar de desempenho deve ser um rácio positivo, como 0.5 (recebido: {value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="61" />
      <source>The period (one of {PERIOD_NAMES}) whose degraded area the estimate replaces; empty: the last period.</source>
      <translation>O período (um de {PERIOD_NAMES}) cuja área degradada a estimativa substitui; vazio: o último período.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="146" />
      <source>The period end years ({years}) must be whole years separated by commas.</source>
      <translation>Os anos finais dos períodos ({years}) devem ser anos inteiros separados por vírgulas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="152" />
      <source>The period end years must increase from one period to the next ({years}).</source>
      <translation>Os anos finais dos períodos devem aumentar de um período para o seguinte ({years}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="202" />
      <source>The period labels must differ from each other ({labels}).</source>
      <translation>Os rótulos dos períodos devem ser diferentes entre si ({labels}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="86" />
      <source>The period names {names} repeat a name: give each period its own name.</source>
      <translation>Os nomes de período {names} repetem um nome: dê a cada período o seu próprio nome.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="103" />
      <source>The period of the estimate is ignored: no estimated degraded area was given.</source>
      <translation>O período da estimativa é ignorado: não foi indicada nenhuma área degradada estimada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="160" />
      <source>The period {start}-{end} ({period}) has {count} year(s); at least {needed} are needed. Choose a longer period.</source>
      <translation>O período {start}-{end} ({period}) tem {count} ano(s); são necessários pelo menos {needed}. Escolha um período mais longo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="155" />
      <source>The period {start}-{end} ({period}) is outside the years of {layer}, which has {count} band(s) for {first}-{last}. Choose years inside the stack, or check the year of the first band.</source>
      <translation>O período {start}-{end} ({period}) está fora dos anos de {layer}, que tem {count} banda(s) para {first}-{last}. Escolha anos dentro da série ou verifique o ano da primeira banda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="152" />
      <source>The period {start}-{end} ({period}) starts after it ends. Swap the years.</source>
      <translation>O período {start}-{end} ({period}) começa depois de terminar. Troque os anos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="95" />
      <source>The period {start}-{end} leaves no year for the state baseline before its last {recent} years. Choose a longer period or fewer recent years.</source>
      <translation>O período {start}-{end} não deixa nenhum ano para a referência do estado antes dos seus últimos {recent} anos. Escolha um período mais longo ou menos anos recentes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="90" />
      <source>The plot squares file must be a .kml file, not {path}.</source>
      <translation>O ficheiro de quadrados de parcela deve ser um ficheiro .kml, não {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="128" />
      <source>The points' strata are not their map classes and no map was given: mapped areas are reported as 0.</source>
      <translation>Os estratos dos pontos não são as suas classes do mapa e não foi indicado nenhum mapa: as áreas cartografadas são apresentadas como 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="116" />
      <source>The polygons of land unit(s) {units} of {layer} contain no pixel centre of the productivity grid; they were not used.</source>
      <translation>Os polígonos da(s) unidade(s) de terra {units} de {layer} não contêm nenhum centro de píxel da grelha de produtividade; não foram usados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="90" />
      <source>The polygons of {layer} cannot be reprojected to {target} ({error}). Check the layer's coordinate reference system.</source>
      <translation>Os polígonos de {layer} não podem ser reprojetados para {target} ({error}). Verifique o sistema de referência de coordenadas da camada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="333" />
      <source>The project file {path} must hold a JSON object, not {kind}.</source>
      <translation>O ficheiro de projeto {path} deve conter um objeto JSON, não {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="113" />
      <source>The raster has no coordinate reference system, so the land units of {layer} cannot be placed on it.</source>
      <translation>O raster não tem sistema de referência de coordenadas, pelo que as unidades de terra de {layer} não podem ser colocadas sobre ele.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="211" />
      <source>The raster has no coordinate reference system, so the zones of {layer} cannot be placed on it.</source>
      <translation>O raster não tem sistema de referência de coordenadas, pelo que as zonas de {layer} não podem ser colocadas sobre ele.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="249" />
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="98" />
      <source>The raster layer given for {parameter} cannot be loaded. Check the file or choose another layer.</source>
      <translation>Não é possível carregar a camada raster indicada para {parameter}. Verifique o ficheiro ou escolha outra camada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="116" />
      <source>The raster layer {layer} cannot be found at {path}. Check the path or choose another layer.</source>
      <translation>A camada raster {layer} não foi encontrada em {path}. Verifique o caminho ou escolha outra camada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="61" />
      <source>The raster the sample was drawn from (the map, or the strata raster): gives the area of every stratum.</source>
      <translation>O raster a partir do qual a amostra foi tirada (o mapa ou o raster de estratos): dá a área de cada estrato.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="60" />
      <source>The raster value {value} is given twice in the ecosystem codes.</source>
      <translation>O valor de raster {value} aparece duas vezes nos códigos de ecossistema.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="180" />
      <location filename="../t2_monitor_plugin/core/rasters.py" line="217" />
      <source>The raster {layer} cannot be read ({reason}).</source>
      <translation>Não é possível ler o raster {layer} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="303" />
      <location filename="../t2_monitor_plugin/core/rasters.py" line="289" />
      <source>The raster {layer} could not be aligned to the reference grid ({reason}).</source>
      <translation>Não foi possível alinhar o raster {layer} com a grelha de referência ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="182" />
      <source>The raster {layer} has an invalid geotransform (zero pixel size).</source>
      <translation>O raster {layer} tem uma geotransformação inválida (tamanho de píxel zero).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="144" />
      <source>The raster {layer} has no coordinate reference system, so it cannot be aligned. Assign its CRS first.</source>
      <translation>O raster {layer} não tem sistema de referência de coordenadas, pelo que não pode ser alinhado. Atribua-lhe primeiro o seu SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="176" />
      <source>The raster {layer} has no geographic or projected coordinate reference system, so the true area of its pixels cannot be computed. Assign it a CRS and try again.</source>
      <translation>O raster {layer} não tem um sistema de referência de coordenadas geográfico ou projetado, pelo que a área real dos seus píxeis não pode ser calculada. Atribua-lhe um SRC e tente novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="113" />
      <source>The raster {layer} has no pixel with a value: there is nothing to sample.</source>
      <translation>O raster {layer} não tem nenhum píxel com valor: não há nada a amostrar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="236" />
      <source>The raster {layer} has no valid (non-excluded) pixel to classify.</source>
      <translation>O raster {layer} não tem nenhum píxel válido (não excluído) a classificar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="175" />
      <source>The raster {layer} has {count} band(s); band(s) {bands} do not exist.</source>
      <translation>O raster {layer} tem {count} banda(s); a(s) banda(s) {bands} não existe(m).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="134" />
      <source>The raster {layer} holds codes beyond +-1,000,000,000; reclassify it to smaller class codes first.</source>
      <translation>O raster {layer} contém códigos para além de +-1,000,000,000; reclassifique-o primeiro em códigos de classe mais pequenos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="131" />
      <source>The raster {layer} holds decimal values; a sample design needs a categorical raster of whole-number codes.</source>
      <translation>O raster {layer} contém valores decimais; um desenho amostral precisa de um raster categórico de códigos inteiros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="63" />
      <source>The raster {layer} holds decimal values; class areas need a categorical raster of whole-number codes.</source>
      <translation>O raster {layer} contém valores decimais; as áreas por classe precisam de um raster categórico de códigos inteiros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="131" />
      <source>The raster {layer} holds decimal values; map agreement needs categorical rasters of whole-number codes.</source>
      <translation>O raster {layer} contém valores decimais; a concordância de mapas precisa de rasters categóricos de códigos inteiros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="264" />
      <source>The raster {layer} holds no data: every pixel of band(s) {bands} is nodata ({nodata}) or NaN, so every result would be nodata and every area 0 ha. Check the layer and its nodata value, or choose another layer.</source>
      <translation>O raster {layer} não contém dados: todos os píxeis da(s) banda(s) {bands} estão sem dados ({nodata}) ou são NaN, pelo que todos os resultados ficariam sem dados e todas as áreas seriam 0 ha. Verifique a camada e o seu valor sem dados, ou escolha outra camada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="259" />
      <source>The raster {layer} holds no data: every pixel of band(s) {bands} is nodata ({nodata}) or NaN, so it would count as missing everywhere and the results would silently ignore it. Check the layer and its nodata value, or choose another layer; if it really marks nothing in this area (no water, no protected land), leave it out.</source>
      <translation>O raster {layer} não contém dados: todos os píxeis da(s) banda(s) {bands} estão sem dados ({nodata}) ou são NaN, pelo que contaria como ausente em todo o lado e os resultados iriam ignorá-lo silenciosamente. Verifique a camada e o seu valor sem dados, ou escolha outra camada; se ela realmente não marca nada nesta área (sem água, sem áreas protegidas), deixe-a de fora.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="170" />
      <source>The raster {layer} is rotated or not north-up. Warp it to a north-up grid (Raster &gt; Projections &gt; Warp) first.</source>
      <translation>O raster {layer} está rodado ou não orientado a norte. Reprojete-o primeiro para uma grelha orientada a norte (Raster &gt; Projeções &gt; Reprojetar).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/grid.py" line="146" />
      <source>The raster {layer} reaches beyond the poles: its point ({x}, {y}) is outside what its projection can map (it comes back as latitude {lat}). Its georeferencing or CRS is wrong; no area can be computed on it.</source>
      <translation>O raster {layer} estende-se para além dos polos: o seu ponto ({x}, {y}) está fora do que a sua projeção consegue representar (volta como latitude {lat}). A sua georreferenciação ou o seu SRC estão errados; não é possível calcular nenhuma área sobre ele.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/grid.py" line="121" />
      <source>The raster {layer} reaches latitude {south} to {north} degrees, beyond the poles (+-90). Its georeferencing is wrong (check the origin, pixel size and CRS); no area can be computed on it.</source>
      <translation>O raster {layer} abrange latitudes de {south} a {north} graus, para além dos polos (+-90). O seu georreferenciamento está errado (verifique a origem, o tamanho do píxel e o SRC); não é possível calcular nenhuma área sobre ele.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/grid.py" line="126" />
      <source>The raster {layer} spans {span} degrees of longitude, more than the whole globe (360), so its pixels would be counted twice. Check its georeferencing.</source>
      <translation>O raster {layer} abrange {span} graus de longitude, mais do que o globo inteiro (360), pelo que os seus píxeis seriam contados duas vezes. Verifique a sua georreferenciação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="131" />
      <source>The rasters are not on the same grid as {layer} ({differences}). Choose a reference layer to align them to, or resample them first.</source>
      <translation>Os rasters não estão na mesma grelha que {layer} ({differences}). Escolha uma camada de referência para os alinhar ou reamostre-os primeiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="113" />
      <source>The recent period {start}-{end} is outside the years of {layer} ({first}-{last}). Choose years inside the stack, or check the year of the first band.</source>
      <translation>O período recente {start}-{end} está fora dos anos de {layer} ({first}-{last}). Escolha anos dentro da série ou verifique o ano da primeira banda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="140" />
      <source>The recent period {start}-{end} must start after the baseline period {base_start}-{base_end} ends. Choose a later recent period or an earlier baseline.</source>
      <translation>O período recente {start}-{end} deve começar depois de terminar o período de referência {base_start}-{base_end}. Escolha um período recente posterior ou uma referência anterior.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="109" />
      <source>The recent period {start}-{end} starts after it ends. Swap the years.</source>
      <translation>O período recente {start}-{end} começa depois de terminar. Troque os anos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="96" />
      <source>The reclassification {source} sends codes to {values}; the UNCCD classes are 1 to 7.</source>
      <translation>A reclassificação {source} envia códigos para {values}; as classes UNCCD vão de 1 a 7.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="109" />
      <source>The report (.pdf).</source>
      <translation>O relatório (.pdf).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="347" />
      <source>The report could not be written to {path}.</source>
      <translation>Não foi possível escrever o relatório em {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="305" />
      <source>The report layout was added to the project as {name}.</source>
      <translation>O layout do relatório foi adicionado ao projeto como {name}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="66" />
      <source>The report template {path} cannot be read: {error}</source>
      <translation>O modelo do relatório {path} não pode ser lido: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="76" />
      <source>The report template {path} could not be loaded as a print layout.</source>
      <translation>O modelo do relatório {path} não pôde ser carregado como layout de impressão.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="70" />
      <source>The report template {path} is not a QGIS print layout template (.qpt).</source>
      <translation>O modelo do relatório {path} não é um modelo de layout do QGIS (.qpt).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="80" />
      <source>The report template {path} lacks the items {ids}: copy them from the default template (resources/layouts/t2_report.qpt) and keep their item ids.</source>
      <translation>Ao modelo do relatório {path} faltam os itens {ids}: copie-os do modelo predefinido (resources/layouts/t2_report.qpt) e mantenha os seus identificadores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration_periods.py" line="63" />
      <source>The reporting period {period} ends before it starts.</source>
      <translation>O período de relatório {period} termina antes de começar.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration_periods.py" line="58" />
      <source>The reporting period {period} is not written as start-end years (e.g. 2016-2019) or as one year; separate periods with commas.</source>
      <translation>O período de relatório {period} não está escrito como anos início-fim (p. ex., 2016-2019) nem como um ano; separe os períodos com vírgulas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration_periods.py" line="65" />
      <source>The reporting period {period} starts before the end of {previous}: give the periods in order, without overlaps.</source>
      <translation>O período de relatório {period} começa antes do fim de {previous}: indique os períodos por ordem, sem sobreposições.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="266" />
      <source>The restoration sites have no coordinate reference system. Assign the layer a CRS and try again.</source>
      <translation>Os locais de restauro não têm sistema de referência de coordenadas. Atribua um SRC à camada e tente novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="162" />
      <source>The restoration sites layer {layer} has no polygons. Use a polygon layer with at least one non-empty feature.</source>
      <translation>A camada de locais de restauro {layer} não tem polígonos. Use uma camada de polígonos com pelo menos uma entidade não vazia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="57" />
      <source>The row and column labels of the transition matrix {source} must start with the UNCCD classes 1 to 7 in order, not {codes}.</source>
      <translation>Os rótulos das linhas e colunas da matriz de transição {source} devem começar pelas classes UNCCD 1 a 7 por ordem, não {codes}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="69" />
      <source>The row of class {code} of {layer} has no estimated area or no interval.</source>
      <translation>A linha da classe {code} de {layer} não tem área estimada ou intervalo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="119" />
      <source>The rules file {path} cannot be found.</source>
      <translation>O ficheiro de regras {path} não foi encontrado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="211" />
      <source>The rules file {path} must hold a list of objects with the keys criterion, type, rule and weight.</source>
      <translation>O ficheiro de regras {path} deve conter uma lista de objetos com as chaves criterion, type, rule e weight.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="60" />
      <source>The rules file {path} needs a list named 'rules'.</source>
      <translation>O ficheiro de regras {path} precisa de uma lista chamada 'rules'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="183" />
      <source>The run was cancelled; no output was written.</source>
      <translation>A execução foi cancelada; nenhuma saída foi escrita.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="95" />
      <source>The same as a raster in {LAND_UNITS_LAYER}, under the key of earlier versions. Give one land unit layer only.</source>
      <translation>O mesmo que um raster em {LAND_UNITS_LAYER}, sob a chave das versões anteriores. Indique apenas uma camada de unidades de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="44" />
      <source>The same as a raster in {LAND_UNITS_LAYER}, under the key of earlier versions: raster of whole-number land unit ids (band 1) on the productivity grid. Give one land unit layer only.</source>
      <translation>O mesmo que um raster em {LAND_UNITS_LAYER}, sob a chave das versões anteriores: raster de identificadores inteiros de unidades de terra (banda 1) na grelha de produtividade. Indique apenas uma camada de unidades de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="99" />
      <source>The same as polygons in {LAND_UNITS_LAYER}, under the key of earlier versions, with {LAND_UNIT_FIELD}. Give one land unit layer only.</source>
      <translation>O mesmo que polígonos em {LAND_UNITS_LAYER} com {LAND_UNIT_FIELD}, sob a chave das versões anteriores. Indique apenas uma camada de unidades de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="48" />
      <source>The same as polygons in {LAND_UNITS_LAYER}, under the key of earlier versions: polygons of the land units (any CRS) with their ids in {LAND_UNITS_FIELD}. Give one land unit layer only.</source>
      <translation>O mesmo que polígonos em {LAND_UNITS_LAYER}, sob a chave das versões anteriores: polígonos das unidades de terra (qualquer SRC) com os seus identificadores em {LAND_UNITS_FIELD}. Indique apenas uma camada de unidades de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="93" />
      <source>The same rows as a CSV file (UTF-8).</source>
      <translation>As mesmas linhas como ficheiro CSV (UTF-8).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="100" />
      <source>The same rows without geometry.</source>
      <translation>As mesmas linhas sem geometria.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="80" />
      <source>The same seed, map and settings always draw the same sample.</source>
      <translation>A mesma semente, o mesmo mapa e as mesmas definições tiram sempre a mesma amostra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="94" />
      <source>The same table as a CSV file (code, class; a header row and lines starting with # are allowed). Used when the table parameter is empty; replaces the preset.</source>
      <translation>A mesma tabela como ficheiro CSV (código, classe; são admitidas uma linha de cabeçalho e linhas começadas por #). Usada quando o parâmetro de tabela está vazio; substitui a predefinição.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="204" />
      <source>The sample has no stratum_pixels field: it cannot be checked that it was drawn from this version of the strata raster.</source>
      <translation>A amostra não tem campo stratum_pixels: não é possível verificar se foi tirada desta versão do raster de estratos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="106" />
      <source>The sample layer {layer} has no field {field} ({parameter}).</source>
      <translation>A camada da amostra {layer} não tem nenhum campo {field} ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="115" />
      <source>The sample layer {layer} has no point with a reference label.</source>
      <translation>A camada de amostra {layer} não tem nenhum ponto com rótulo de referência.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="101" />
      <source>The sample point layer cannot be loaded.</source>
      <translation>Não é possível carregar a camada de pontos da amostra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="114" />
      <source>The sample region could not be prepared: {error}</source>
      <translation>Não foi possível preparar a região de exemplo: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="119" />
      <source>The sample region is ready in {folder}; it was not opened.</source>
      <translation>A região de exemplo está pronta em {folder}; não foi aberta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="225" />
      <source>The secure connection to the FERM API at {url} failed ({reason}). Nothing was sent. Check the computer's date and the SSL settings in Settings › Options › Authentication; do not publish through a network that intercepts https.</source>
      <translation>A ligação segura à API do FERM em {url} falhou ({reason}). Nada foi enviado. Verifique a data do computador e as definições de SSL em Configurações › Opções › Autenticação; não publique através de uma rede que interceta https.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="75" />
      <source>The sheet of land types by status as a CSV file (UTF-8); needs {LDN_BALANCE}.</source>
      <translation>A folha dos tipos de terra por estado como ficheiro CSV (UTF-8); precisa de {LDN_BALANCE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="225" />
      <source>The significance level (ALPHA) must be between 0 and 1, not {value}.</source>
      <translation>O nível de significância (ALPHA) deve estar entre 0 e 1, não {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="139" />
      <source>The site field FERM and GEF ask for</source>
      <translation>O campo do local pedido pelo FERM e pelo GEF</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="261" />
      <source>The site layer {layer} has no site. Choose a layer with restoration site polygons (or check its filter).</source>
      <translation>A camada de locais {layer} não tem nenhum local. Escolha uma camada com polígonos de locais de restauro (ou verifique o seu filtro).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="98" />
      <source>The site polygons with the estimate, p-value, class and reason (styled by class).</source>
      <translation>Os polígonos dos locais com a estimativa, o valor p, a classe e o motivo (com estilo por classe).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="50" />
      <source>The state compares the mean of the last years of the period (default 3) with the deciles of the earlier years.</source>
      <translation>O estado compara a média dos últimos anos do período (por omissão 3) com os decis dos anos anteriores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/status.py" line="38" />
      <source>The status matrix {path} must have rows and columns -1, 0 and 1.</source>
      <translation>A matriz de estado {path} deve ter linhas e colunas -1, 0 e 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="115" />
      <source>The stepped method needs the climate zones: give a climate-zone raster ({raster}) or choose the zone of the whole area ({zone}).</source>
      <translation>O método escalonado precisa das zonas climáticas: indique um raster de zonas climáticas ({raster}) ou escolha a zona de toda a área ({zone}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="146" />
      <source>The stepped method needs the initial and final land-cover maps ({initial}, {final}), or choose the two-maps method.</source>
      <translation>O método escalonado precisa dos mapas de ocupação do solo inicial e final ({initial}, {final}); caso contrário, escolha o método de dois mapas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/class_labels.py" line="250" />
      <source>The style {path} could not be read for class names ({reason}); the classes are named by their codes.</source>
      <translation>Não foi possível ler o estilo {path} para obter os nomes das classes ({reason}); as classes são designadas pelos seus códigos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="48" />
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="89" />
      <source>The table file {path} cannot be found.</source>
      <translation>O ficheiro de tabela {path} não foi encontrado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="54" />
      <source>The table file {path} cannot be read ({reason}).</source>
      <translation>Não é possível ler o ficheiro de tabela {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="63" />
      <source>The table file {path} is not a text CSV file (it holds NUL bytes; a UTF-16 or binary spreadsheet file?). Save it as 'CSV UTF-8' and try again.</source>
      <translation>O ficheiro de tabela {path} não é um ficheiro CSV de texto (contém bytes NUL; será um ficheiro UTF-16 ou uma folha de cálculo binária?). Guarde-o como 'CSV UTF-8' e tente novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="75" />
      <source>The table of 'Area under restoration (GBF 2.1)' (fields disaggregation, value, year, area_under_restoration_ha, ...).</source>
      <translation>A tabela de 'Área em restauro (QGB 2.1)' (campos disaggregation, value, year, area_under_restoration_ha, ...).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="144" />
      <source>The table {key} is missing.</source>
      <translation>Falta a tabela {key}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="68" />
      <source>The table {layer} has comparisons {values}, which are not those of LDN balance per land type (map, vs_baseline, vs_previous): use its balance table.</source>
      <translation>A tabela {layer} tem as comparações {values}, que não são as do Saldo NDT por tipo de terra (map, vs_baseline, vs_previous): use a sua tabela de saldos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="193" />
      <source>The table {layer} has no 'total' row: it is not the table of Area under restoration.</source>
      <translation>A tabela {layer} não tem linha 'total': não é a tabela de Área em restauro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="265" />
      <source>The table {layer} has no degraded class row (kind 'class', class -1): use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>A tabela {layer} não tem linha da classe degradada (kind 'class', class -1): use a tabela de resumo do indicador ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="109" />
      <source>The table {layer} has no degraded/stable/improved or total land rows for {zone}: use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>A tabela {layer} não tem linhas de degradado/estável/melhorado ou de área terrestre total para {zone}: use a tabela de resumo do indicador ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="162" />
      <source>The table {layer} has no field(s) {fields}: it is not {what}. Use the table written by that algorithm.</source>
      <translation>A tabela {layer} não tem o(s) campo(s) {fields}: não é {what}. Use a tabela escrita por esse algoritmo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="185" />
      <source>The table {layer} has no rows: run Area under restoration first and use its table.</source>
      <translation>A tabela {layer} não tem linhas: execute primeiro Área em restauro e use a sua tabela.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="127" />
      <source>The table {layer} has no rows: use the areas table of Degradation status.</source>
      <translation>A tabela {layer} não tem linhas: use a tabela de áreas do Estado da degradação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="64" />
      <source>The table {layer} has no rows: use the balance table of LDN balance per land type.</source>
      <translation>A tabela {layer} não tem linhas: use a tabela de saldos do Saldo NDT por tipo de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="96" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="139" />
      <source>The table {layer} has no rows: use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>A tabela {layer} não tem linhas: use a tabela de resumo do indicador ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="146" />
      <source>The table {layer} has no status class rows for {zone}: use the areas table of Degradation status.</source>
      <translation>A tabela {layer} não tem linhas de classes de estado para {zone}: use a tabela de áreas do Estado da degradação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="243" />
      <source>The table {layer} has no total land area (a 'total_land' row of level 'total' with area_ha): the estimated degraded area cannot be turned into a proportion. Use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>A tabela {layer} não tem área terrestre total (uma linha 'total_land' de nível 'total' com area_ha): a área degradada estimada não pode ser convertida numa proporção. Use a tabela de resumo do indicador ODS 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="62" />
      <source>The table {layer} has {count} row(s) of class {code}: use the area estimates table of Accuracy assessment of a map whose degraded class is {code}.</source>
      <translation>A tabela {layer} tem {count} linha(s) da classe {code}: use a tabela de estimativas de área da Avaliação da exatidão de um mapa cuja classe degradada é {code}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="147" />
      <source>The table {name} is empty.</source>
      <translation>A tabela {name} está vazia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="111" />
      <location filename="../t2_monitor_plugin/core/tables.py" line="108" />
      <source>The table {path} cannot be written ({reason}).</source>
      <translation>Não é possível escrever a tabela {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="128" />
      <source>The table {path} was written but does not read back with its {count} rows (sheet {sheet}).</source>
      <translation>A tabela {path} foi escrita, mas a releitura não devolve as suas {count} linhas (folha {sheet}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="75" />
      <location filename="../t2_monitor_plugin/core/overuse.py" line="88" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="187" />
      <source>The table {source} has no rows.</source>
      <translation>A tabela {source} não tem linhas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="255" />
      <source>The table {source} has {count} cells, which is not a whole number of rows of {columns} columns.</source>
      <translation>A tabela {source} tem {count} células, o que não corresponde a um número inteiro de linhas de {columns} colunas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="70" />
      <source>The target ({TARGET_PCT}) in hectares.</source>
      <translation>A meta ({TARGET_PCT}) em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="73" />
      <source>The target standard error of overall accuracy must be between 0 and 1, not {value}.</source>
      <translation>O erro-padrão alvo da exatidão global deve estar entre 0 e 1, não {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="103" />
      <source>The target year ({target}) must be after the baseline year ({baseline}).</source>
      <translation>O ano da meta ({target}) deve ser posterior ao ano de referência ({baseline}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="48" />
      <source>The transition matrix {source} holds {values}; only -1 (degradation), 0 (stable) and 1 (improvement) are allowed.</source>
      <translation>A matriz de transição {source} contém {values}; só são admitidos -1 (degradação), 0 (estável) e 1 (melhoria).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="44" />
      <location filename="../t2_monitor_plugin/core/landcover.py" line="75" />
      <source>The transition matrix {source} must have 7 rows and 7 columns (the UNCCD classes 1-7), not {shape}.</source>
      <translation>A matriz de transição {source} deve ter 7 linhas e 7 colunas (as classes UNCCD 1-7), não {shape}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="100" />
      <source>The tree-cover layer {layer} holds values from {low} to {high}; tree cover must be a percentage from 0 to 100. Rescale it (e.g. multiply fractions by 100) or choose the right layer.</source>
      <translation>A camada de coberto arbóreo {layer} contém valores de {low} a {high}; o coberto arbóreo deve ser uma percentagem de 0 a 100. Reescale-a (p. ex., multiplique as frações por 100) ou escolha a camada certa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="123" />
      <source>The two maps have no valid pixel in common; nothing was compared.</source>
      <translation>Os dois mapas não têm nenhum píxel válido em comum; nada foi comparado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="135" />
      <source>The two-maps method needs the final SOC map ({parameter}), or choose the stepped method.</source>
      <translation>O método de dois mapas precisa do mapa de COS final ({parameter}); caso contrário, escolha o método escalonado.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="192" />
      <source>The upload package {path} must be a .zip file.</source>
      <translation>O pacote de carregamento {path} deve ser um ficheiro .zip.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="187" />
      <source>The values of {layer} are too large to compute percentiles ({low} to {high}).</source>
      <translation>Os valores de {layer} são demasiado grandes para calcular percentis ({low} a {high}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="97" />
      <source>The vector file {path} has no layer {layer}.</source>
      <translation>O ficheiro vetorial {path} não tem nenhuma camada {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="94" />
      <source>The vector layer {path} cannot be opened.</source>
      <translation>Não é possível abrir a camada vetorial {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="335" />
      <source>The weighted overlay algorithm ({id}) is not available; copy the weights instead.</source>
      <translation>O algoritmo de sobreposição ponderada ({id}) não está disponível; copie antes os pesos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="123" />
      <source>The weights after normalisation to sum 1, comma-separated, in criteria order.</source>
      <translation>Os pesos após a normalização para somarem 1, separados por vírgulas, pela ordem dos critérios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="59" />
      <source>The weights table {layer} has no field named {field}.</source>
      <translation>A tabela de pesos {layer} não tem nenhum campo chamado {field}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="59" />
      <source>The window size must be an odd whole number of pixels from 3 to {maximum} (3, 5, 7, ...), not {window}.</source>
      <translation>O tamanho da janela deve ser um número inteiro ímpar de píxeis de 3 a {maximum} (3, 5, 7, ...), não {window}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="62" />
      <source>The window size {window} is larger than the raster {layer} ({width} x {height} pixels). Choose a smaller window.</source>
      <translation>O tamanho da janela {window} é maior do que o raster {layer} ({width} x {height} píxeis). Escolha uma janela mais pequena.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="125" />
      <source>The year of the first band of {layer} cannot be read from its band names. Set the year of the first band (FIRST_YEAR).</source>
      <translation>Não é possível ler o ano da primeira banda de {layer} a partir dos nomes das suas bandas. Indique o ano da primeira banda (FIRST_YEAR).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="174" />
      <source>The year(s) {years} are not in {layer} ({first}-{last}).</source>
      <translation>O(s) ano(s) {years} não estão em {layer} ({first}-{last}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="208" />
      <source>The years of {layer} must increase from band to band.</source>
      <translation>Os anos de {layer} devem aumentar de banda para banda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="314" />
      <source>The zone layer {layer} cannot be opened as a vector layer.</source>
      <translation>A camada de zonas {layer} não pode ser aberta como camada vetorial.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="207" />
      <source>The zone layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>A camada de zonas {layer} não tem sistema de referência de coordenadas. Atribua-lhe um SRC e tente novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="285" />
      <location filename="../t2_monitor_plugin/core/zones.py" line="321" />
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="168" />
      <source>The zone layer {layer} has no field named {field}.</source>
      <translation>A camada de zonas {layer} não tem nenhum campo chamado {field}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="254" />
      <location filename="../t2_monitor_plugin/core/zones.py" line="226" />
      <source>The zone layer {layer} has no polygons: use a polygon layer with at least one non-empty feature.</source>
      <translation>A camada de zonas {layer} não tem polígonos: use uma camada de polígonos com pelo menos uma entidade não vazia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zonal.py" line="405" />
      <source>The zone {zone} does not overlap the raster {layer}; it has no rows.</source>
      <translation>A zona {zone} não se sobrepõe ao raster {layer}; não tem linhas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zonal.py" line="412" />
      <source>The zone {zone} extends beyond the raster {layer}: {outside} ha of its {total} ha are outside and not counted.</source>
      <translation>A zona {zone} estende-se para além do raster {layer}: {outside} ha dos seus {total} ha ficam de fora e não são contados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="280" />
      <location filename="../t2_monitor_plugin/core/zones.py" line="296" />
      <source>The zones of {layer} cannot be reprojected to the raster's coordinate reference system ({error}).</source>
      <translation>As zonas de {layer} não podem ser reprojetadas para o sistema de referência de coordenadas do raster ({error}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="258" />
      <source>There are {labels} category labels for {count} categories ({breaks} breaks).</source>
      <translation>Há {labels} rótulos de categoria para {count} categorias ({breaks} cortes).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="187" />
      <source>There are {rules} scoring rules (with their weights) for {count} criterion rasters; give exactly one rule per criterion.</source>
      <translation>Há {rules} regras de pontuação (com os seus pesos) para {count} rasters de critério; indique exatamente uma regra por critério.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="179" />
      <source>There is no period named {period} for the estimated degraded area: name one of {names} (ESTIMATE_PERIOD).</source>
      <translation>Não existe nenhum período chamado {period} para a área degradada estimada: indique um de {names} (ESTIMATE_PERIOD).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="154" />
      <source>There is no preset number {index}.</source>
      <translation>Não existe a predefinição número {index}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="296" />
      <source>There is no project to add the report layout to (e.g. in qgis_process): only the PDF was written.</source>
      <translation>Não há projeto ao qual adicionar o layout do relatório (p. ex. no qgis_process): só foi escrito o PDF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="80" />
      <source>This report</source>
      <translation>Este relatório</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="47" />
      <source>Three classes (-1/0/+1)</source>
      <translation>Três classes (-1/0/+1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="102" />
      <source>Three-class view: 1-2 degraded (-1), 3-4 stable (0), 5 improved (+1).</source>
      <translation>Vista em três classes: 1-2 degradado (-1), 3-4 estável (0), 5 melhorado (+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="74" />
      <source>Three-class view: LPD 1-2 -&gt; -1, 3-4 -&gt; 0, 5 -&gt; +1.</source>
      <translation>Vista em três classes: LPD 1-2 -&gt; -1, 3-4 -&gt; 0, 5 -&gt; +1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="93" />
      <source>Title (required)</source>
      <translation>Título (obrigatório)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="194" />
      <source>Title of the FERM project.</source>
      <translation>Título do projeto do FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="91" />
      <source>Title of the project in FERM (required for the API payload)</source>
      <translation>Título do projeto no FERM (obrigatório para a carga útil da API)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="56" />
      <source>Too early to tell</source>
      <translation>Demasiado cedo para avaliar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="66" />
      <source>Top class in the base run: {area:.2f} ha (weights {weights}).</source>
      <translation>Classe superior na execução base: {area:.2f} ha (pesos {weights}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="42" />
      <source>Top-class share</source>
      <translation>Proporção na classe superior</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="47" />
      <source>Total area (ha)</source>
      <translation>Área total (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="42" />
      <source>Total land area</source>
      <translation>Área terrestre total</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="103" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="96" />
      <source>Total land area (ha)</source>
      <translation>Área terrestre total (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="114" />
      <source>Total of {AREA_TABLE}.</source>
      <translation>Total de {AREA_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="67" />
      <source>Total sample size (0 = from the target standard error)</source>
      <translation>Tamanho total da amostra (0 = a partir do erro-padrão alvo)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="71" />
      <source>Trajectory sub-indicator (-1/0/+1), e.g. from Productivity trajectory. Needed in the combine mode.</source>
      <translation>Subindicador de trajetória (-1/0/+1), p. ex., de Trajetória da produtividade. Necessário no modo de combinação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="76" />
      <source>Trajectory sub-indicator (-1/0/+1).</source>
      <translation>Subindicador de trajetória (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="16" />
      <source>Trajectory sub-indicator of land productivity (SDG 15.3.1): the Mann-Kendall trend test of an annual vegetation index, pixel by pixel, on the years of the analysis period.&lt;br&gt;&lt;br&gt;Each pixel uses only its valid years (years with nodata are left out); pixels with fewer than {MIN_YEARS} valid years are nodata. S is the sum of the signs of all later-minus-earlier differences; its variance is n(n-1)(2n+5)/18 corrected for ties with the pixel's own groups of equal values; Z = (S-1)/sqrt(Var) for S &gt; 0, (S+1)/sqrt(Var) for S &lt; 0, else 0; p = 2(1 - Phi(|Z|)) is two-sided. {OUTPUT} is -1 where p &lt;= {ALPHA} and Z &lt; 0 (significant decline), +1 where p &lt;= {ALPHA} and Z &gt; 0 (significant increase), else 0 (Int16, nodata -32768).&lt;br&gt;&lt;br&gt;{SLOPE} is Sen's slope, the median of the slopes between all pairs of valid years, in the index's units per year (the band scale is applied: an NDVI stored x 10000 with scale 0.0001 gives NDVI per year). The optional {Z} and {P} rasters hold the test statistic and its p-value. The same statistics as pymannkendall's original_test, computed offline for every pixel.</source>
      <translation>Subindicador de trajetória da produtividade da terra (ODS 15.3.1): o teste de tendência de Mann-Kendall de um índice de vegetação anual, píxel a píxel, nos anos do período de análise.&lt;br&gt;&lt;br&gt;Cada píxel usa apenas os seus anos válidos (os anos sem dados são excluídos); os píxeis com menos de {MIN_YEARS} anos válidos ficam sem dados. S é a soma dos sinais de todas as diferenças entre um ano posterior e um anterior; a sua variância é n(n-1)(2n+5)/18, corrigida para empates com os grupos de valores iguais do próprio píxel; Z = (S-1)/sqrt(Var) para S &gt; 0, (S+1)/sqrt(Var) para S &lt; 0, caso contrário 0; p = 2(1 - Phi(|Z|)) é bilateral. {OUTPUT} é -1 onde p &lt;= {ALPHA} e Z &lt; 0 (declínio significativo), +1 onde p &lt;= {ALPHA} e Z &gt; 0 (aumento significativo), caso contrário 0 (Int16, sem dados -32768).&lt;br&gt;&lt;br&gt;{SLOPE} é o declive de Sen, a mediana dos declives entre todos os pares de anos válidos, em unidades do índice por ano (a escala da banda é aplicada: um NDVI armazenado x 10000 com escala 0.0001 dá NDVI por ano). Os rasters opcionais {Z} e {P} contêm a estatística do teste e o seu valor p. São as mesmas estatísticas do original_test do pymannkendall, calculadas offline para cada píxel.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="79" />
      <source>Trajectory {start}-{end}: {down} pixel(s) ({down_ha} ha) with a significant decline, {flat} ({flat_ha} ha) without a significant trend, {up} ({up_ha} ha) with a significant increase.</source>
      <translation>Trajetória {start}-{end}: {down} píxel(is) ({down_ha} ha) com um declínio significativo, {flat} ({flat_ha} ha) sem tendência significativa, {up} ({up_ha} ha) com um aumento significativo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="56" />
      <source>Trajectory: minimum valid years</source>
      <translation>Trajetória: mínimo de anos válidos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="53" />
      <source>Trajectory: significance level</source>
      <translation>Trajetória: nível de significância</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="145" />
      <source>Transition areas</source>
      <translation>Áreas de transição</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="147" />
      <source>Transition areas file (CSV or XLSX)</source>
      <translation>Ficheiro de áreas de transição (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="127" />
      <source>Transition matrix</source>
      <translation>Matriz de transição</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="132" />
      <source>Transition matrix CSV</source>
      <translation>CSV da matriz de transição</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="77" />
      <source>Tree cover lost (percentage points)</source>
      <translation>Coberto arbóreo perdido (pontos percentuais)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="44" />
      <source>Tree-cover percentage maps + loss threshold</source>
      <translation>Mapas de percentagem de coberto arbóreo + limiar de perda</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Tree-covered</source>
      <translation>Coberto arbóreo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="77" />
      <source>True (ellipsoidal) area of overuse, in hectares.</source>
      <translation>Área real (elipsoidal) com sobreuso, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="75" />
      <source>True (ellipsoidal) area of proper use, in hectares.</source>
      <translation>Área real (elipsoidal) com uso adequado, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="29" />
      <source>True (ellipsoidal) area of the LPD class, in hectares; empty when the rasters have no coordinate reference system.</source>
      <translation>Área real (elipsoidal) da classe LPD, em hectares; vazio quando os rasters não têm sistema de referência de coordenadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="71" />
      <source>True (ellipsoidal) area of the class, in hectares; empty when the rasters have no coordinate reference system.</source>
      <translation>Área real (elipsoidal) da classe, em hectares; vazio quando os rasters não têm sistema de referência de coordenadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="95" />
      <source>True (ellipsoidal) area of the degraded land, in hectares.</source>
      <translation>Área real (elipsoidal) da terra degradada, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="119" />
      <source>True (ellipsoidal) area of the excluded pixels, in hectares.</source>
      <translation>Área real (elipsoidal) dos píxeis excluídos, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="97" />
      <source>True (ellipsoidal) area of the land (mapped pixels that are not water), in hectares.</source>
      <translation>Área real (elipsoidal) da terra (píxeis cartografados que não são água), em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="84" />
      <source>True (ellipsoidal) area of the loss pixels, in hectares.</source>
      <translation>Área real (elipsoidal) dos píxeis com perda, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="45" />
      <source>True (ellipsoidal) area of the nodata pixels, in hectares.</source>
      <translation>Área real (elipsoidal) dos píxeis sem dados, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="67" />
      <source>True (ellipsoidal) area of the pixels rated -1, in hectares.</source>
      <translation>Área real (elipsoidal) dos píxeis avaliados com -1, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="70" />
      <source>True (ellipsoidal) area of the pixels that got a rating (-1 or 0), in hectares.</source>
      <translation>Área real (elipsoidal) dos píxeis que receberam uma avaliação (-1 ou 0), em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="42" />
      <source>True (ellipsoidal) area of the pixels with a class, in hectares.</source>
      <translation>Área real (elipsoidal) dos píxeis com uma classe, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="121" />
      <source>True (ellipsoidal) area of the pixels with a suitability value, in hectares.</source>
      <translation>Área real (elipsoidal) dos píxeis com um valor de aptidão, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="74" />
      <source>True (ellipsoidal) area of the valid input pixels that no range or code maps, in hectares; empty when the raster has no coordinate reference system.</source>
      <translation>Área real (elipsoidal) dos píxeis de entrada válidos que nenhum intervalo ou código associa, em hectares; vazio quando o raster não tem sistema de referência de coordenadas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="79" />
      <source>True (ellipsoidal) area of underuse, in hectares.</source>
      <translation>Área real (elipsoidal) com subuso, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="105" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="68" />
      <source>True area of the degraded baseline, in hectares.</source>
      <translation>Área real da referência degradada, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="46" />
      <source>Two SOC maps (initial and final)</source>
      <translation>Dois mapas de COS (inicial e final)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/dask_engine.py" line="253" />
      <location filename="../t2_monitor_plugin/core/engine.py" line="284" />
      <source>Two outputs were given the same file {path}.</source>
      <translation>Duas saídas receberam o mesmo ficheiro {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="53" />
      <source>Two-maps method: SOC stock at the end of the period, same units.</source>
      <translation>Método de dois mapas: stock de COS no fim do período, nas mesmas unidades.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="54" />
      <source>Two-sided p-value of the trend (Float32, nodata -32768).</source>
      <translation>Valor p bilateral da tendência (Float32, sem dados -32768).</translation>
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
      <translation>Classe UNCCD (1-7)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="18" />
      <source>UNCCD,PRAIS,SO1,SDG,15.3.1,LDN,national report,km2,proportion degraded,status,XLSX</source>
      <translation>UNCCD,PRAIS,SO1,ODS,15.3.1,NDT,relatório nacional,km2,proporção degradada,estado,XLSX</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="147" />
      <source>Under restoration (ha)</source>
      <translation>Em restauração (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="108" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="102" />
      <source>Under restoration inside degraded land (ha)</source>
      <translation>Em restauro dentro de terra degradada (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="107" />
      <source>Under restoration inside degraded land, in % of the degraded baseline; empty when the baseline has no degraded land.</source>
      <translation>Em restauro dentro de terra degradada, em % da referência degradada; vazio quando a referência não tem terra degradada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="116" />
      <source>Under restoration inside degraded land, in % of the estimated degraded baseline.</source>
      <translation>Em restauro dentro de terra degradada, em % da referência degradada estimada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="35" />
      <source>Underuse</source>
      <translation>Subuso</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="78" />
      <source>Underuse area (ha)</source>
      <translation>Área com subuso (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="85" />
      <source>Unit</source>
      <translation>Unidade</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="85" />
      <source>Unit of the 2.1 values: ha (default, as indicator 2.1) or km2.</source>
      <translation>Unidade dos valores de 2.1: ha (por omissão, como no indicador 2.1) ou km2.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="79" />
      <source>Unknown standardisation method {method}.</source>
      <translation>Método de padronização desconhecido {method}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="94" />
      <source>Use the criteria available at the pixel</source>
      <translation>Usar os critérios disponíveis no píxel</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="142" />
      <source>Used for every site whose field is empty, or for all sites with (fixed value)</source>
      <translation>Usado para todos os locais cujo campo está vazio, ou para todos os locais com (valor fixo)</translation>
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
      <translation>Área válida: {valid:.2f} ha; sem dados: {nodata:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="48" />
      <source>Valid plus nodata area, in hectares.</source>
      <translation>Área válida mais área sem dados, em hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="162" />
      <source>Validate</source>
      <translation>Validar</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="228" />
      <source>Validation</source>
      <translation>Validação</translation>
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
      <translation>Intervalos de valores para pontuações</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="63" />
      <source>Value ranges: min, max, score per row. Categories: code, empty, score per row (as a flat list in scripts, code, score pairs are accepted too).</source>
      <translation>Intervalos de valores: min, max, pontuação por linha. Categorias: código, vazio, pontuação por linha (em scripts, como lista plana, também são aceites pares código, pontuação).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="12" />
      <source>Value scored 0 (benefit) or 1 (cost) for {MIN}, the other end for {MAX}. Empty: the exact minimum / maximum of the raster.</source>
      <translation>Valor com pontuação 0 (benefício) ou 1 (custo) para {MIN}, e o extremo oposto para {MAX}. Vazio: o mínimo / máximo exato do raster.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="56" />
      <source>Value scored 0.5 by the sigmoids and 1 by the gaussian.</source>
      <translation>Valor com pontuação 0,5 nas sigmoides e 1 na gaussiana.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="140" />
      <source>Values outside the sub-indicator codes were found ({details}). Trajectory and state must hold -1, 0 or 1 and performance -1 or 0: check that the right layers were chosen, in the right order.</source>
      <translation>Foram encontrados valores fora dos códigos dos subindicadores ({details}). A trajetória e o estado devem conter -1, 0 ou 1 e o desempenho -1 ou 0: verifique se foram escolhidas as camadas certas, pela ordem certa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="300" />
      <source>Values without a score in the reclass rules: {details}. Add them to the rules (or end the rule with 'else : score').</source>
      <translation>Valores sem pontuação nas regras de reclassificação: {details}. Adicione-os às regras (ou termine a regra com 'else : pontuação').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="96" />
      <source>Values written under 'Other' for lack of an ORT category</source>
      <translation>Valores escritos em 'Other' por falta de uma categoria do ORT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="182" />
      <source>Vector files (*.gpkg *.shp *.geojson);;All files (*)</source>
      <translation>Ficheiros vetoriais (*.gpkg *.shp *.geojson);;Todos os ficheiros (*)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="23" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="75" />
      <source>Vegetation cover loss</source>
      <translation>Perda de coberto vegetal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="14" />
      <source>Very high</source>
      <translation>Muito alta</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="43" />
      <source>Water body</source>
      <translation>Massa de água</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="87" />
      <source>Water mask</source>
      <translation>Máscara de água</translation>
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
      <translation>Alteração dos pesos (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="134" />
      <source>Weight of {layer}: {weight:.4f}</source>
      <translation>Peso de {layer}: {weight:.4f}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="45" />
      <source>Weight sensitivity</source>
      <translation>Sensibilidade aos pesos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="14" />
      <source>Weight sensitivity (top priority class)</source>
      <translation>Sensibilidade aos pesos (classe de prioridade superior)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="47" />
      <source>Weight sensitivity file (CSV or XLSX)</source>
      <translation>Ficheiro de sensibilidade aos pesos (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="100" />
      <source>Weighted overlay (suitability)</source>
      <translation>Sobreposição ponderada (aptidão)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="64" />
      <source>Weights (comma-separated, criteria order)</source>
      <translation>Pesos (separados por vírgulas, pela ordem dos critérios)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="29" />
      <source>Weights (w1,w2,...; this or the weights table is required)</source>
      <translation>Pesos (w1,w2,...; é obrigatório indicar estes ou a tabela de pesos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="156" />
      <source>Weights ({names}): {weights}</source>
      <translation>Pesos ({names}): {weights}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="117" />
      <source>Weights and consistency</source>
      <translation>Pesos e consistência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="302" />
      <source>Weights copied: {weights}</source>
      <translation>Pesos copiados: {weights}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="34" />
      <source>Weights table (this or the weights are required)</source>
      <translation>Tabela de pesos (é obrigatória esta ou os pesos)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Wetland</source>
      <translation>Zona húmida</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="31" />
      <source>When inputs are on different grids, CRSs or resolutions, resample them on the fly to the first raster's grid (nearest neighbour for classes, average for continuous values). Unticked, such inputs are refused with a message saying what differs.</source>
      <translation>Quando as entradas estão em grelhas, SRC ou resoluções diferentes, reamostrá-las em tempo real para a grelha do primeiro raster (vizinho mais próximo para classes, média para valores contínuos). Desmarcado, essas entradas são recusadas com uma mensagem que indica o que difere.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="26" />
      <source>Where natural vegetation or tree cover was lost between two dates (a national degradation criterion).&lt;br&gt;&lt;br&gt;&lt;b&gt;Land cover&lt;/b&gt;: two land-cover maps and the codes that count as natural vegetation (e.g. 1,2,4). A pixel is loss when it is natural at the initial date and not natural at the final date.&lt;br&gt;&lt;b&gt;Tree cover&lt;/b&gt;: two tree-cover percentage maps (0-100). A pixel is loss when the tree cover dropped by at least the threshold, in percentage points (default 10). The optional amount layer holds the decrease initial - final where positive, 0 elsewhere (before threshold and patch filter). Values outside 0-100 stop the run.&lt;br&gt;&lt;br&gt;The loss layer is 1 loss, 0 no loss (Byte, nodata 255 where either map is nodata). With a minimum patch size, loss patches (pixels touching by a side or a corner) of fewer pixels are set to 0; patches are followed exactly across the whole raster, whatever its size.&lt;br&gt;&lt;br&gt;The lost area is summed with true (ellipsoidal) pixel areas, for the whole raster and for each zone of an optional polygon layer (table: loss, no-loss and nodata hectares, and the share of the mapped area lost).</source>
      <translation>Onde se perdeu vegetação natural ou coberto arbóreo entre duas datas (um critério nacional de degradação).&lt;br&gt;&lt;br&gt;&lt;b&gt;Ocupação do solo&lt;/b&gt;: dois mapas de ocupação do solo e os códigos que contam como vegetação natural (p. ex., 1,2,4). Um píxel é perda quando é natural na data inicial e não natural na data final.&lt;br&gt;&lt;b&gt;Coberto arbóreo&lt;/b&gt;: dois mapas de percentagem de coberto arbóreo (0-100). Um píxel é perda quando o coberto arbóreo diminuiu pelo menos o limiar, em pontos percentuais (por omissão 10). A camada opcional de quantidade contém a diminuição inicial - final onde é positiva e 0 no resto (antes do limiar e do filtro de manchas). Os valores fora de 0-100 interrompem a execução.&lt;br&gt;&lt;br&gt;A camada de perda é 1 perda, 0 sem perda (Byte, sem dados 255 onde algum dos mapas não tem dados). Com um tamanho mínimo de mancha, as manchas de perda (píxeis que se tocam por um lado ou um canto) com menos píxeis passam a 0; as manchas são seguidas de forma exata em todo o raster, seja qual for o seu tamanho.&lt;br&gt;&lt;br&gt;A área perdida é somada com as áreas reais (elipsoidais) dos píxeis, para todo o raster e para cada zona de uma camada de polígonos opcional (tabela: hectares com perda, sem perda e sem dados, e a proporção da área cartografada perdida).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="49" />
      <source>Whole-number stratum code of each point.</source>
      <translation>Código inteiro do estrato de cada ponto.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="73" />
      <source>Wide matrix file (CSV or XLSX)</source>
      <translation>Ficheiro de matriz larga (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="43" />
      <source>Window size (pixels)</source>
      <translation>Tamanho da janela (píxeis)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="77" />
      <source>With the minimum allocation: the fewest points of a stratum (default 50).</source>
      <translation>Com a alocação mínima: o menor número de pontos de um estrato (por omissão 50).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="75" />
      <source>Workflow runs</source>
      <translation>Execuções do fluxo de trabalho</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="105" />
      <source>Workflow runs (JSON)</source>
      <translation>Execuções do fluxo de trabalho (JSON)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="39" />
      <source>Writes the area under restoration (GBF headline indicator 2.1) as the national indicator data template of the CBD Online Reporting Tool: a workbook (sheet 'Indicator data') whose header row is exactly the 9 columns the ORT upload checks (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote), and optionally the same rows as CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows&lt;/b&gt;, in the order of the input table: the national total (flag 'No', type and disaggregation 'Not applicable'), then one row per disaggregation value (flag 'Yes'). Biome zones named by an IUCN GET code or name (T1, T1 - Tropical-subtropical forests biome, T1.1) go under 'Biome' (level 2) or 'Ecosystem Functional Group' (level 3); protected-area zones named PA or OECM, and the '(outside)' row ('not a protected area or OECM'), under the PA/OECM type; activities given as FAO FERM codes or ORT names under 'Type of restoration activity'; indigenous territories by name. The category strings are written exactly as the ORT lists them (typos and invisible characters included). Administrative regions and restoration types go under 'Other' as 'Administrative region: name' / 'Restoration type: name'. A value that matches no ORT category (e.g. a protected area's own name) is also written under 'Other' ('Protected area/OECM: name') and listed in a warning.&lt;br&gt;&lt;br&gt;Value = area under restoration in the chosen unit. With an SDG 15.3.1 summary, rows of the complementary indicator 2.CT.1 (code 2.CT.1, percent of degraded land over total land area; national and per zone as 'Zone: name') follow; the ORT reads each indicator's rows by their code. Nothing is written when an input is not the expected table or is empty.&lt;br&gt;&lt;br&gt;&lt;b&gt;Degraded land by ecosystem type&lt;/b&gt; (with {DEGRADATION_MAP}, the SDG 15.3.1 map, and an ecosystem layer: {ECOSYSTEMS} with {ECOSYSTEM_CODES}, or {ECOSYSTEM_POLYGONS} with {ECOSYSTEM_FIELD}; a pixel takes the polygon covering most of it, at least half): 2.CT.1 rows (percent of the land of each ecosystem type that is degraded) disaggregated by 'Biome' (IUCN GET level 2: a biome's own area plus its functional groups) and 'Ecosystem Functional Group' (level 3), and under 'Other' ('Ecosystem type: name') for names that are no GET code; without an SDG 15.3.1 summary, the national 2.CT.1 row from the map comes first. {ECOSYSTEMS_FILE} holds the hectares (land, degraded, stable, improved) per row, with '(no ecosystem)' and nodata; biomes, other types and '(no ecosystem)' add up to the land area.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample-based estimate.&lt;/b&gt; With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the national 2.CT.1 value is the estimated degraded area over the total land area of the summary, and its footnote names the method (stratified estimator of Olofsson et al. 2014) and gives the 95 % interval and the mapped value; the zone rows keep their mapped proportion and say so.</source>
      <translation>Escreve a área em restauro (indicador principal 2.1 do QGB) como modelo nacional de dados de indicadores da ferramenta de relatórios em linha (Online Reporting Tool) da CBD: um livro (folha 'Indicator data') cuja linha de cabeçalho são exatamente as 9 colunas que o carregamento no ORT verifica (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote) e, opcionalmente, as mesmas linhas como CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Linhas&lt;/b&gt;, pela ordem da tabela de entrada: o total nacional (indicador 'No', tipo e desagregação 'Not applicable') e depois uma linha por cada valor de desagregação (indicador 'Yes'). As zonas de bioma designadas por um código ou nome da GET da UICN (T1, T1 - Tropical-subtropical forests biome, T1.1) vão para 'Biome' (nível 2) ou 'Ecosystem Functional Group' (nível 3); as zonas de áreas protegidas designadas PA ou OECM, e a linha '(outside)' ('not a protected area or OECM'), para o tipo PA/OECM; as atividades indicadas como códigos do FERM da FAO ou nomes do ORT para 'Type of restoration activity'; os territórios indígenas pelo nome. As cadeias de categoria são escritas exatamente como o ORT as lista (gralhas e caracteres invisíveis incluídos). As regiões administrativas e os tipos de restauro vão para 'Other' como 'Administrative region: nome' / 'Restoration type: nome'. Um valor que não corresponde a nenhuma categoria do ORT (p. ex., o nome próprio de uma área protegida) é também escrito em 'Other' ('Protected area/OECM: nome') e listado num aviso.&lt;br&gt;&lt;br&gt;Valor = área em restauro na unidade escolhida. Com um resumo do ODS 15.3.1, seguem-se as linhas do indicador complementar 2.CT.1 (código 2.CT.1, percentagem de terra degradada sobre a área terrestre total; nacional e por zona como 'Zone: nome'); o ORT lê as linhas de cada indicador pelo seu código. Nada é escrito quando uma entrada não é a tabela esperada ou está vazia.&lt;br&gt;&lt;br&gt;&lt;b&gt;Terra degradada por tipo de ecossistema&lt;/b&gt; (com {DEGRADATION_MAP}, o mapa do ODS 15.3.1, e uma camada de ecossistemas: {ECOSYSTEMS} com {ECOSYSTEM_CODES}, ou {ECOSYSTEM_POLYGONS} com {ECOSYSTEM_FIELD}; um píxel fica com o polígono que cobre a maior parte dele, pelo menos metade): linhas 2.CT.1 (percentagem da terra de cada tipo de ecossistema que está degradada) desagregadas por 'Biome' (nível 2 da GET da UICN: a área própria de um bioma mais os seus grupos funcionais) e 'Ecosystem Functional Group' (nível 3), e em 'Other' ('Ecosystem type: nome') para os nomes que não são códigos GET; sem um resumo do ODS 15.3.1, a linha nacional 2.CT.1 obtida do mapa vem primeiro. {ECOSYSTEMS_FILE} contém os hectares (terra, degradada, estável, melhorada) por linha, com '(no ecosystem)' e sem dados; os biomas, os outros tipos e '(no ecosystem)' somam a área terrestre.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimativa baseada em amostra.&lt;/b&gt; Com a área degradada estimada de uma avaliação da exatidão ({ESTIMATES_TABLE}, ou {ESTIMATED_DEGRADED_HA} e {ESTIMATED_CI95_HA}), o valor nacional 2.CT.1 é a área degradada estimada sobre a área terrestre total do resumo, e a sua nota de rodapé indica o método (estimador estratificado de Olofsson et al. 2014) e dá o intervalo de 95 % e o valor cartografado; as linhas das zonas mantêm a sua proporção cartografada e indicam-no.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="134" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="82" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="243" />
      <source>Year</source>
      <translation>Ano</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="40" />
      <source>Year of band 1 of the first raster; the following bands are the following years. Empty: read from the first band's name (e.g. 2001) or, for a single-band first raster, from a year in its file name.</source>
      <translation>Ano da banda 1 do primeiro raster; as bandas seguintes são os anos seguintes. Vazio: lido a partir do nome da primeira banda (p. ex., 2001) ou, se o primeiro raster tiver uma só banda, de um ano no nome do seu ficheiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="39" />
      <source>Year of the first band</source>
      <translation>Ano da primeira banda</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="57" />
      <source>Year restoration activities ended (same formats). A site counts in a year when it started in or before it and has no end year or ended in or after it. Empty: sites never end.</source>
      <translation>Ano em que terminaram as atividades de restauro (mesmos formatos). Um local conta num ano quando começou nesse ano ou antes e não tem ano de fim ou terminou nesse ano ou depois. Vazio: os locais nunca terminam.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="52" />
      <source>Year restoration activities started: a whole number, a date, or text starting with the year (e.g. 2014 or 2014/05/01 as in GEF's Restor_str). Sites without it are not counted and are reported as errors.</source>
      <translation>Ano em que começaram as atividades de restauro: um número inteiro, uma data ou um texto começado pelo ano (p. ex., 2014 ou 2014/05/01, como no campo Restor_str do GEF). Os locais sem ele não são contados e são assinalados como erros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="85" />
      <source>Year the area under restoration is reported for (default: the current year).</source>
      <translation>Ano para o qual é apresentada a área em restauro (por omissão: o ano atual).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="55" />
      <source>Year the path to the target starts from 0 ha (default 2020, the GBF baseline).</source>
      <translation>Ano em que a trajetória até à meta parte de 0 ha (por omissão 2020, a referência do QGB).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="199" />
      <source>Year the project started.</source>
      <translation>Ano em que o projeto começou.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="57" />
      <source>Year the target must be reached (default 2030).</source>
      <translation>Ano em que a meta deve ser atingida (por omissão 2030).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="83" />
      <source>Year written in every row; empty: the year of each row of the area table.</source>
      <translation>Ano escrito em cada linha; vazio: o ano de cada linha da tabela de áreas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="63" />
      <source>Years of the progress table</source>
      <translation>Anos da tabela de progresso</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="86" />
      <source>Years with data before the start year needed to estimate the trend before (default 3).</source>
      <translation>Anos com dados antes do ano de início necessários para estimar a tendência anterior (por omissão 3).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="89" />
      <source>Years with data from the start year on needed for an estimate (default 3); sites with fewer are 'too early to tell'.</source>
      <translation>Anos com dados a partir do ano de início necessários para uma estimativa (por omissão 3); os locais com menos ficam como 'demasiado cedo para avaliar'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="56" />
      <source>You are not allowed to write {path} ({reason}). Choose a folder you can write to, or check the permissions of the file and its folder.</source>
      <translation>Não tem permissão para escrever {path} ({reason}). Escolha uma pasta onde possa escrever ou verifique as permissões do ficheiro e da sua pasta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="92" />
      <source>Your institution's id in FERM (required for the API payload)</source>
      <translation>O id. da sua instituição no FERM (obrigatório para a carga útil da API)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="89" />
      <source>Your own reclassification: one row per code of the external map, with its LPD class 1-5 or the word nodata. Replaces the preset.</source>
      <translation>A sua própria reclassificação: uma linha por código do mapa externo, com a sua classe LPD 1-5 ou a palavra nodata. Substitui a predefinição.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="223" />
      <source>Zip archive (*.zip)</source>
      <translation>Arquivo zip (*.zip)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="222" />
      <source>Zip with the sites as shapefile (.shp/.shx/.dbf/.prj/.cpg, EPSG:4326, UTF-8), KML and GeoJSON, for FERM's web upload.</source>
      <translation>Zip com os locais como shapefile (.shp/.shx/.dbf/.prj/.cpg, EPSG:4326, UTF-8), KML e GeoJSON, para o carregamento na web do FERM.</translation>
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
      <translation>Zonas (p. ex. distritos) desenhadas nos mapas e, com {ATLAS}, uma página de atlas cada uma.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="146" />
      <source>Zoom the map to the plot</source>
      <translation>Aproximar o mapa à parcela</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>a list</source>
      <translation>uma lista</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="38" />
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="38" />
      <source>a number</source>
      <translation>um número</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>a text</source>
      <translation>um texto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="43" />
      <source>a value</source>
      <translation>um valor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="27" />
      <source>accuracy,error matrix,confusion matrix,user's accuracy,producer's accuracy,overall accuracy,area estimation,confidence interval,Olofsson,Stehman,stratified,validation</source>
      <translation>exatidão,matriz de erros,matriz de confusão,exatidão do utilizador,exatidão do produtor,exatidão global,estimativa de áreas,intervalo de confiança,Olofsson,Stehman,estratificada,validação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="26" />
      <source>accuracy,sample,sampling,stratified,random,validation,reference,Olofsson,Cochran,Collect Earth,area estimation</source>
      <translation>exatidão,amostra,amostragem,estratificada,aleatória,validação,referência,Olofsson,Cochran,Collect Earth,estimativa de áreas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="20" />
      <source>agreement,kappa,Cohen,cross-tabulation,confusion matrix,comparison,overlay,categorical,sectors</source>
      <translation>concordância,kappa,Cohen,tabulação cruzada,matriz de confusão,comparação,sobreposição,categórico,setores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>an object</source>
      <translation>um objeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="15" />
      <source>area,hectares,class,zonal,statistics,land cover,table</source>
      <translation>área,hectares,classe,zonal,estatísticas,ocupação do solo,tabela</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="431" />
      <source>beside the files</source>
      <translation>junto aos ficheiros</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="431" />
      <source>beside the files: {path}</source>
      <translation>junto aos ficheiros: {path}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="62" />
      <source>class_a × K + class_b (Int32, nodata −2147483648), with a generated style and a raster attribute table naming each pair.</source>
      <translation>class_a × K + class_b (Int32, sem dados −2147483648), com um estilo gerado e uma tabela de atributos do raster que nomeiam cada par.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="94" />
      <source>configuration {authcfg} could not be applied</source>
      <translation>não foi possível aplicar a configuração {authcfg}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="89" />
      <source>configuration {authcfg} not found</source>
      <translation>configuração {authcfg} não encontrada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="45" />
      <source>degradation,severity,criteria,weights,score,LDN,national,vegetation loss,fragmentation,productivity,multi-criteria</source>
      <translation>degradação,severidade,critérios,pesos,pontuação,NDT,nacional,perda de vegetação,fragmentação,produtividade,multicritério</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="276" />
      <location filename="../t2_monitor_plugin/core/ferm.py" line="289" />
      <source>empty geometry</source>
      <translation>geometria vazia</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="185" />
      <source>empty geometry (no polygon): not counted</source>
      <translation>geometria vazia (sem polígono): não contado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="201" />
      <source>end year {end} is before the start year {start}: not counted</source>
      <translation>o ano de fim {end} é anterior ao ano de início {start}: não contado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="199" />
      <source>end year {value} is not a year: ignored</source>
      <translation>o ano de fim {value} não é um ano: ignorado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="48" />
      <source>equal importance</source>
      <translation>igual importância</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="48" />
      <source>equal to moderate importance</source>
      <translation>importância igual a moderada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="236" />
      <source>excluded</source>
      <translation>excluído</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="50" />
      <source>extreme importance</source>
      <translation>importância extrema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="15" />
      <source>forest,fragmentation,Riitters,edge,interior,perforated,patch,moving window,national criteria</source>
      <translation>floresta,fragmentação,Riitters,orla,interior,perfurado,mancha,janela móvel,critérios nacionais</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="117" />
      <source>group of {count} experts</source>
      <translation>grupo de {count} especialistas</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="158" />
      <source>hectares</source>
      <translation>hectares</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="91" />
      <source>initial \ final</source>
      <translation>inicial \ final</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="191" />
      <source>invalid geometry repaired (counted)</source>
      <translation>geometria inválida reparada (contado)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="142" />
      <source>lambda_max = {lam:.4f}, CI = {ci:.4f}, RI = {ri:.2f}, CR = {cr:.4f}.</source>
      <translation>lambda_max = {lam:.4f}, CI = {ci:.4f}, RI = {ri:.2f}, CR = {cr:.4f}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="65" />
      <source>level, zone, code, class_a, class_b, agreement (1/0), area_ha, share of the compared area, class_a_label, class_b_label; rows with an empty class are pixels where that map has no data.</source>
      <translation>level, zone, code, class_a, class_b, agreement (1/0), area_ha, share da área comparada, class_a_label, class_b_label; as linhas com uma classe vazia são píxeis onde esse mapa não tem dados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="194" />
      <source>map class</source>
      <translation>classe do mapa</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="116" />
      <source>matplotlib or svg (the fallback).</source>
      <translation>matplotlib ou svg (a alternativa).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="158" />
      <source>matrix</source>
      <translation>matriz</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="48" />
      <source>moderate importance</source>
      <translation>importância moderada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="49" />
      <source>moderate to strong importance</source>
      <translation>importância moderada a forte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="273" />
      <source>n = {n}; lambda_max = {lam:.3f}; CI = {ci:.3f}; RI = {ri:.2f}</source>
      <translation>n = {n}; lambda_max = {lam:.3f}; CI = {ci:.3f}; RI = {ri:.2f}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="43" />
      <source>n x n judgements row by row (n = number of criteria; extra empty columns are ignored). Only the cells above the diagonal are needed: empty or 0 cells are filled with reciprocals (and 1 on the diagonal). Values 1/9 to 9, fractions such as 1/3 allowed.</source>
      <translation>n x n juízos linha a linha (n = número de critérios; as colunas vazias a mais são ignoradas). Só são necessárias as células acima da diagonal: as células vazias ou com 0 são preenchidas com os recíprocos (e com 1 na diagonal). Valores de 1/9 a 9; são admitidas frações como 1/3.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="264" />
      <source>no</source>
      <translation>não</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="321" />
      <source>no control pixel of the site's strata within {distance} m outside all sites</source>
      <translation>nenhum píxel de controlo dos estratos do local a menos de {distance} m fora de todos os locais</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="318" />
      <source>no pixel at least half inside the site has data</source>
      <translation>nenhum píxel com pelo menos metade dentro do local tem dados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="63" />
      <source>no pixel with a valid index value</source>
      <translation>nenhum píxel com um valor de índice válido</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="275" />
      <source>no polygon geometry</source>
      <translation>sem geometria de polígono</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="281" />
      <source>no polygon left after repair</source>
      <translation>nenhum polígono restante após a reparação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="272" />
      <source>no site name: named '{name}'</source>
      <translation>sem nome de local: designado '{name}'</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="157" />
      <source>no start year</source>
      <translation>sem ano de início</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="196" />
      <source>no start year: not counted</source>
      <translation>sem ano de início: não contado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="238" />
      <source>no start year: record when restoration started</source>
      <translation>sem ano de início: registe quando começou o restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="207" />
      <source>no status (counted)</source>
      <translation>sem estado (contado)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="19" />
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="44" />
      <source>nodata</source>
      <translation>sem dados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="279" />
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="282" />
      <source>not a polygon ({kind})</source>
      <translation>não é um polígono ({kind})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="149" />
      <source>not counted: ended in {end}, before {year}</source>
      <translation>não contado: terminou em {end}, antes de {year}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="146" />
      <source>not counted: starts in {start}, after {year}</source>
      <translation>não contado: começa em {start}, depois de {year}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="230" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="219" />
      <source>not given</source>
      <translation>não indicado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="28" />
      <source>not set</source>
      <translation>não definido</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="38" />
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="94" />
      <source>olofsson2014 or stehman2014.</source>
      <translation>olofsson2014 ou stehman2014.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="374" />
      <source>outside the baseline extent (the degraded-land polygons)</source>
      <translation>fora da extensão de referência (os polígonos de terra degradada)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="359" />
      <source>outside the baseline extent: no valid baseline pixel under the site</source>
      <translation>fora da extensão de referência: nenhum píxel de referência válido sob o local</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="275" />
      <source>outside the raster</source>
      <translation>fora do raster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="317" />
      <source>overlaps {site} ({area:.2f} ha; FERM counts it once)</source>
      <translation>sobrepõe-se a {site} ({area:.2f} ha; o FERM conta-o uma só vez)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="361" />
      <source>partly outside the baseline extent: {percent}% of the site on valid baseline pixels</source>
      <translation>parcialmente fora da extensão de referência: {percent}% do local sobre píxeis de referência válidos</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="64" />
      <source>percentile is not positive: pixels left as nodata</source>
      <translation>o percentil não é positivo: píxeis deixados sem dados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="137" />
      <source>performance</source>
      <translation>desempenho</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="208" />
      <source>project starting year '{value}' is not a year</source>
      <translation>o ano de início do projeto '{value}' não é um ano</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="194" />
      <source>reference</source>
      <translation>referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="285" />
      <source>repaired (made valid)</source>
      <translation>geometria reparada (tornada válida)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="32" />
      <source>report,PDF,print layout,atlas,map,national report,CBD,GBF,target 2,2.1,SDG,15.3.1,template</source>
      <translation>relatório,PDF,layout de impressão,atlas,mapa,relatório nacional,CDB,QMB,meta 2,2.1,ODS,15.3.1,modelo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="33" />
      <source>restoration,effectiveness,NDVI,trend,difference-in-differences,control,counterfactual,sites,Target 2</source>
      <translation>restauro,eficácia,NDVI,tendência,diferença nas diferenças,controlo,contrafactual,locais,Meta 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="164" />
      <source>start year '{value}' in {field} is not a year</source>
      <translation>o ano de início '{value}' em {field} não é um ano</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="193" />
      <source>start year {value} is not a year: not counted</source>
      <translation>o ano de início {value} não é um ano: não contado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="240" />
      <source>starts in {start}, after the last year of the series ({last})</source>
      <translation>começa em {start}, depois do último ano da série ({last})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="243" />
      <source>starts in {start}: fewer than {needed} years of the series ({first}-{last}) before it</source>
      <translation>começa em {start}: menos de {needed} anos da série ({first}-{last}) antes dessa data</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="247" />
      <source>starts in {start}: fewer than {needed} years of the series from the start year (last year {last})</source>
      <translation>começa em {start}: menos de {needed} anos da série desde o ano de início (último ano {last})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="136" />
      <source>state</source>
      <translation>estado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="209" />
      <source>status {status} is excluded: not counted</source>
      <translation>o estado {status} está excluído: não contado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="26" />
      <source>stored in the QGIS authentication database ({authcfg})</source>
      <translation>guardada na base de dados de autenticação do QGIS ({authcfg})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="49" />
      <source>strong importance</source>
      <translation>importância forte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="49" />
      <source>strong to very strong importance</source>
      <translation>importância forte a muito forte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="47" />
      <source>target 2,GBF,2.1,restoration,area,hectares,FERM,degraded,baseline,disaggregation,ORT</source>
      <translation>meta 2,QGB,2.1,restauro,área,hectares,FERM,degradado,referência,desagregação,ORT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="29" />
      <source>target 2,GBF,2.1,restoration,progress,trend,chart,2030,degraded,baseline</source>
      <translation>meta 2,QGB,2.1,restauro,progresso,tendência,gráfico,2030,degradado,referência</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="87" />
      <source>the QGIS authentication system is disabled</source>
      <translation>o sistema de autenticação do QGIS está desativado</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="63" />
      <source>the area estimates table of Accuracy assessment</source>
      <translation>a tabela de estimativas de área da Avaliação da exatidão</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="108" />
      <source>the areas table of Degradation status</source>
      <translation>a tabela de áreas do Estado da degradação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="140" />
      <source>the balance table of LDN balance per land type</source>
      <translation>a tabela de saldos do Saldo NDT por tipo de terra</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="16" />
      <source>the built-in legend</source>
      <translation>a legenda incorporada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="15" />
      <source>the category names</source>
      <translation>os nomes de categoria</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="14" />
      <source>the class names table</source>
      <translation>a tabela de nomes das classes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="15" />
      <source>the layer style</source>
      <translation>o estilo da camada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="91" />
      <source>the master password was not given</source>
      <translation>a palavra-passe mestra não foi indicada</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="61" />
      <source>the project has no institution id; the FERM API payload needs one</source>
      <translation>o projeto não tem id. da instituição; a carga útil para a API do FERM precisa de um</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="62" />
      <source>the project has no point of contact; the FERM API payload needs at least one</source>
      <translation>o projeto não tem ponto de contacto; a carga útil para a API do FERM precisa de pelo menos um</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="60" />
      <source>the project has no title; the FERM API payload needs one</source>
      <translation>o projeto não tem título; a carga útil para a API do FERM precisa de um</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="14" />
      <source>the raster attribute table</source>
      <translation>a tabela de atributos do raster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="137" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="92" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="155" />
      <source>the summary of the SDG 15.3.1 indicator</source>
      <translation>o resumo do indicador ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="133" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="157" />
      <source>the table of Area under restoration</source>
      <translation>a tabela de Área em restauro</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="159" />
      <source>the table of Restoration progress</source>
      <translation>a tabela de Progresso da restauração</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="333" />
      <source>too few years for a standard error (at least 5 in all)</source>
      <translation>anos insuficientes para um erro-padrão (pelo menos 5 no total)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="136" />
      <source>trajectory</source>
      <translation>trajetória</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>true or false</source>
      <translation>true ou false</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="213" />
      <source>unknown code '{code}' in the project restoration types (FERM {vocabulary})</source>
      <translation>código desconhecido '{code}' nos tipos de restauro do projeto (FERM {vocabulary})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="172" />
      <source>unknown code '{code}' in {field} (FERM {vocabulary})</source>
      <translation>código desconhecido '{code}' em {field} (FERM {vocabulary})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="235" />
      <source>unknown organization {key} '{value}' for {name} (FERM {vocabulary})</source>
      <translation>{key} de organização desconhecido '{value}' para {name} (FERM {vocabulary})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="212" />
      <source>unknown status {status} (counted)</source>
      <translation>estado desconhecido {status} (contado)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="51" />
      <source>value:score pairs separated by semicolons, values increasing, scores 0..1, e.g. 0:0; 10:1; 30:1; 45:0.</source>
      <translation>pares valor:pontuação separados por ponto e vírgula, valores crescentes, pontuações 0..1, p. ex., 0:0; 10:1; 30:1; 45:0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="24" />
      <source>vegetation,tree cover,forest,deforestation,loss,land cover,national criteria,LDN,minimum mapping unit,patch</source>
      <translation>vegetação,coberto arbóreo,floresta,desflorestação,perda,ocupação do solo,critérios nacionais,NDT,unidade mínima cartográfica,mancha</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="50" />
      <source>very strong importance</source>
      <translation>importância muito forte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="50" />
      <source>very strong to extreme importance</source>
      <translation>importância muito forte a extrema</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="264" />
      <source>yes</source>
      <translation>sim</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="168" />
      <source>{applied} of {count} recode polygons apply to the period {period}.</source>
      <translation>{applied} de {count} polígonos de recodificação aplicam-se ao período {period}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="274" />
      <source>{choice} and {text} both give the fixed value of a FERM field ({first} and {second}). Give only one of them.</source>
      <translation>{choice} e {text} indicam ambos o valor fixo de um campo do FERM ({first} e {second}). Indique apenas um deles.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="134" />
      <source>{code} {label}: {count} pixels, {area} ha ({share:.1f} %)</source>
      <translation>{code} {label}: {count} píxeis, {area} ha ({share:.1f} %)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="196" />
      <source>{count} ecosystem type(s) are no IUCN GET code and were written under 'Other': {values}.</source>
      <translation>{count} tipo(s) de ecossistema não são códigos GET da UICN e foram escritos em 'Other': {values}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="116" />
      <source>{count} expert matrices combined by geometric mean.</source>
      <translation>{count} matrizes de especialistas combinadas pela média geométrica.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="93" />
      <source>{count} feature(s) of {layer} have no geometry or no land unit id and were left out.</source>
      <translation>{count} entidade(s) de {layer} não têm geometria ou identificador de unidade de terra e foram omitidas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="184" />
      <source>{count} feature(s) of {layer} have no geometry or no zone value and were left out.</source>
      <translation>{count} entidade(s) de {layer} não têm geometria ou valor de zona e foram omitidas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="57" />
      <source>{count} feature(s) that are not polygons were left out (feature {numbers}).</source>
      <translation>Foram deixadas de fora {count} entidade(s) que não são polígonos (entidade {numbers}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="189" />
      <source>{count} invalid zone geometries of {layer} were repaired.</source>
      <translation>Foram reparadas {count} geometrias de zona inválidas de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="89" />
      <source>{count} pixel(s) ({area} ha) have fewer than {needed} valid baseline years or no valid recent year and are nodata.</source>
      <translation>{count} píxel(is) ({area} ha) têm menos de {needed} anos de referência válidos ou nenhum ano recente válido e ficam sem dados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="76" />
      <source>{count} pixel(s) ({area} ha) have fewer than {needed} valid years in {start}-{end} and are nodata.</source>
      <translation>{count} píxel(is) ({area} ha) têm menos de {needed} anos válidos em {start}-{end} e ficam sem dados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="96" />
      <source>{count} pixels ({area} ha) of {layer} match no range or code and were set to nodata (values: {values}).</source>
      <translation>{count} píxeis ({area} ha) de {layer} não correspondem a nenhum intervalo nem código e foram definidos como sem dados (valores: {values}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="201" />
      <source>{count} point(s) have no reference label and are left out.</source>
      <translation>{count} ponto(s) não têm rótulo de referência e foram deixados de fora.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="155" />
      <source>{count} points in {strata} strata (sample size from the target standard error: {formula}).</source>
      <translation>{count} pontos em {strata} estratos (tamanho da amostra a partir do erro-padrão alvo: {formula}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="338" />
      <source>{count} problem(s) stop the FERM export: {problems}. See the validation table {where} for every feature, fix them, or skip invalid features.</source>
      <translation>{count} problema(s) param a exportação para o FERM: {problems}. Consulte a tabela de validação {where} para cada entidade, corrija-os ou ignore as entidades inválidas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="160" />
      <source>{count} rows written to {path}.</source>
      <translation>{count} linhas escritas em {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="238" />
      <source>{count} sample point(s) fall on nodata of the map {layer} although their stratum has a value: give a map that covers the strata raster.</source>
      <translation>{count} ponto(s) da amostra ficam em sem dados do mapa {layer} embora o seu estrato tenha um valor: indique um mapa que cubra o raster de estratos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="213" />
      <source>{count} sample point(s) fall outside the strata raster {layer} or on its nodata: {points}. Use the raster the sample was drawn from.</source>
      <translation>{count} ponto(s) da amostra ficam fora do raster de estratos {layer} ou nos seus sem dados: {points}. Use o raster de onde a amostra foi tirada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="233" />
      <source>{count} sample point(s) have a map class that differs from the map {layer} at their location (point: sample / map): {points}.</source>
      <translation>{count} ponto(s) da amostra têm uma classe do mapa diferente do mapa {layer} na sua localização (ponto: amostra / mapa): {points}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="218" />
      <source>{count} sample point(s) have a stratum that differs from the value of {layer} at their location (point: sample / raster): {points}. The sample was drawn from another map or another version of it.</source>
      <translation>{count} ponto(s) da amostra têm um estrato diferente do valor de {layer} na sua localização (ponto: amostra / raster): {points}. A amostra foi tirada de outro mapa ou de outra versão dele.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="203" />
      <source>{count} sample point(s) have a {what} label that is not in the legend {legend}: {points}. Correct the labels, or add the class to the legend.</source>
      <translation>{count} ponto(s) da amostra têm um rótulo {what} que não está na legenda {legend}: {points}. Corrija os rótulos ou acrescente a classe à legenda.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="197" />
      <source>{count} sample point(s) have no point geometry or a stratum, map class or reference value that is not a whole number: {points}.</source>
      <translation>{count} ponto(s) da amostra não têm geometria de ponto ou têm um estrato, uma classe do mapa ou um valor de referência que não é um número inteiro: {points}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="192" />
      <source>{count} site(s) exported ({ha} ha). Written: {files}</source>
      <translation>{count} local(is) exportado(s) ({ha} ha). Escritos: {files}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="341" />
      <source>{count} site(s) exported; FERM area {area:.2f} ha.</source>
      <translation>{count} local(is) exportado(s); área FERM {area:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="218" />
      <source>{count} value(s) match no category of the ORT lists and were written under 'Other': {values}. For protected areas, name zones PA or OECM (e.g. by a designation field); for biomes use IUCN GET codes such as T1 or T1.1; for activities FERM activity codes.</source>
      <translation>{count} valor(es) não correspondem a nenhuma categoria das listas do ORT e foram escritos em 'Other': {values}. Para as áreas protegidas, designe as zonas PA ou OECM (p. ex., através de um campo de designação); para os biomas use códigos GET da UICN como T1 ou T1.1; para as atividades, códigos de atividade do FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="330" />
      <source>{count} year(s) with data before the start year; at least {needed} needed</source>
      <translation>{count} ano(s) com dados antes do ano de início; são necessários pelo menos {needed}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="326" />
      <source>{count} year(s) with data from the start year; at least {needed} needed</source>
      <translation>{count} ano(s) com dados desde o ano de início; são necessários pelo menos {needed}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="191" />
      <source>{count} years were given for {bands} band(s) of {layer}.</source>
      <translation>Foram indicados {count} anos para {bands} banda(s) de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="292" />
      <source>{done} of {total} labelled</source>
      <translation>{done} de {total} rotulados</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="129" />
      <source>{drawn} points are drawn instead of {asked}: the minimum per stratum or the pixel count of small strata changed the total.</source>
      <translation>São tirados {drawn} pontos em vez de {asked}: o mínimo por estrato ou a contagem de píxeis dos estratos pequenos alterou o total.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="107" />
      <source>{first} / {second} (row {row}, column {column})</source>
      <translation>{first} / {second} (linha {row}, coluna {column})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="138" />
      <source>{improving} site(s) improving faster than their controls, {none} without a detectable effect, {declining} declining, {other} not assessed.</source>
      <translation>{improving} local(is) com melhoria mais rápida do que os seus controlos, {none} sem efeito detetável, {declining} em declínio, {other} não avaliado(s).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="198" />
      <source>{labels} period labels were given for {periods} reporting periods; give one label per period, in the same order (or none).</source>
      <translation>Foram indicados {labels} rótulos de período para {periods} períodos de relatório; indique um rótulo por período, pela mesma ordem (ou nenhum).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="297" />
      <source>{layer} (criterion {number}): {values}</source>
      <translation>{layer} (critério {number}): {values}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="82" />
      <source>{layer} has a single band: it is used as the mean of the period.</source>
      <translation>{layer} tem uma só banda: é usada como a média do período.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="74" />
      <source>{layer} has no year left for the baseline before the recent period {start}-{end}. Choose a later recent period or give a longer series.</source>
      <translation>{layer} não tem nenhum ano disponível para a referência antes do período recente {start}-{end}. Escolha um período recente posterior ou indique uma série mais longa.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="145" />
      <source>{layer}: the baseline period {start}-{end} has {count} band(s) but at least {needed} valid years (MIN_YEARS) are needed for deciles. Choose a longer baseline or lower MIN_YEARS.</source>
      <translation>{layer}: o período de referência {start}-{end} tem {count} banda(s), mas são necessários pelo menos {needed} anos válidos (MIN_YEARS) para os decis. Escolha uma referência mais longa ou reduza MIN_YEARS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="150" />
      <source>{layer}: the recent period {start}-{end} has {count} band(s); at least {needed} are needed.</source>
      <translation>{layer}: o período recente {start}-{end} tem {count} banda(s); são necessárias pelo menos {needed}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="232" />
      <source>{layer}: the trend needs at least {needed} years (MIN_YEARS) but {count} were given. Choose a longer period or lower MIN_YEARS.</source>
      <translation>{layer}: a tendência precisa de pelo menos {needed} anos (MIN_YEARS), mas foram indicados {count}. Escolha um período mais longo ou reduza MIN_YEARS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="205" />
      <source>{layer}: {bands} band(s) were given for {years} year(s). Give one band per year.</source>
      <translation>{layer}: foram indicadas {bands} banda(s) para {years} ano(s). Indique uma banda por ano.</translation>
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
      <translation>{listed} e mais {count}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="82" />
      <source>{names} period name(s) were given for {count} summary table(s): give one name per table, in the same order, separated by commas (e.g. baseline,report_1).</source>
      <translation>Foram indicados {names} nome(s) de período para {count} tabela(s) de resumo: indique um nome por tabela, pela mesma ordem, separados por vírgulas (p. ex., baseline,report_1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="390" />
      <source>{ok} ok, {warning} with warnings, {error} with errors</source>
      <translation>{ok} corretas, {warning} com avisos, {error} com erros</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="98" />
      <source>{old} is the deprecated name of {new}; both were given with different values. Give only {new}.</source>
      <translation>{old} é o nome obsoleto de {new}; ambos foram indicados com valores diferentes. Indique apenas {new}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="51" />
      <source>{parameter}: the expected user's accuracy of {code} must be between 0 and 1 (exclusive), not {value}.</source>
      <translation>{parameter}: a exatidão do utilizador esperada de {code} deve estar entre 0 e 1 (exclusive), não {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="48" />
      <source>{parameter}: {item} is not a pair code:accuracy such as -1:0.7.</source>
      <translation>{parameter}: {item} não é um par código:exatidão como -1:0.7.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="65" />
      <source>{parameter}: {item} is not a whole-number class code.</source>
      <translation>{parameter}: {item} não é um código de classe inteiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="123" />
      <source>{param}: give the criterion names (comma-separated) or a matrix CSV file.</source>
      <translation>{param}: indique os nomes dos critérios (separados por vírgulas) ou um ficheiro CSV de matriz.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="100" />
      <source>{param}: {count} criteria need {n} x {n} = {cells} values, but {found} were given{square}.</source>
      <translation>{param}: {count} critérios precisam de {n} x {n} = {cells} valores, mas foram indicados {found}{square}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="60" />
      <source>{path} holds no features.</source>
      <translation>{path} não contém nenhuma entidade.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="50" />
      <source>{path} is a folder, not a file. Give a file name for the output.</source>
      <translation>{path} é uma pasta, não um ficheiro. Indique um nome de ficheiro para a saída.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="52" />
      <source>{path} is locked by another program (it may be open in QGIS, Excel or a viewer). Close it there, or choose another file name, then run again.</source>
      <translation>{path} está bloqueado por outro programa (pode estar aberto no QGIS, no Excel ou num visualizador). Feche-o aí ou escolha outro nome de ficheiro e execute novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="265" />
      <source>{path} is not a GeoJSON FeatureCollection (a FERM payload or polygon export).</source>
      <translation>{path} não é uma GeoJSON FeatureCollection (uma carga útil do FERM ou uma exportação de polígonos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="190" />
      <source>{path} is not a point layer.</source>
      <translation>{path} não é uma camada de pontos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="47" />
      <source>{path} is on a read-only disk or share. Choose a folder you can write to.</source>
      <translation>{path} está num disco ou partilha só de leitura. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="66" />
      <source>{path}, {where}: a 'class' and a 'when' object are expected.</source>
      <translation>{path}, {where}: são esperados um objeto 'class' e um objeto 'when'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="84" />
      <source>{path}, {where}: the class must be 0, 1, 2 or 3 (other, Avoid, Reduce, Reverse).</source>
      <translation>{path}, {where}: a classe deve ser 0, 1, 2 ou 3 (outra, Evitar, Reduzir, Reverter).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="75" />
      <source>{path}, {where}: the condition '{condition}' must be true or false.</source>
      <translation>{path}, {where}: a condição '{condition}' deve ser true ou false.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="72" />
      <source>{path}, {where}: unknown condition '{condition}' (use {known}).</source>
      <translation>{path}, {where}: condição desconhecida '{condition}' (use {known}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="271" />
      <source>{path}: 'features' must be a list of GeoJSON features, not {kind}.</source>
      <translation>{path}: 'features' deve ser uma lista de entidades GeoJSON, não {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="275" />
      <source>{path}: the top-level 'properties' (the FERM project) must be an object, not {kind}.</source>
      <translation>{path}: as 'properties' de nível superior (o projeto do FERM) devem ser um objeto, não {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="220" />
      <source>{period} against the baseline: pooled net balance {net:.2f} ha; like-for-like deficit {deficit:.2f} ha in {count} land type(s).</source>
      <translation>{period} face ao período de referência: saldo líquido agregado {net:.2f} ha; défice igual por igual {deficit:.2f} ha em {count} tipo(s) de terra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="115" />
      <source>{period}, {zone}: the total land area {land} km² is not degraded + stable + improved ({parts} km²) in {layer}; the values are written as given.</source>
      <translation>{period}, {zone}: a área terrestre total {land} km² não é degradada + estável + melhorada ({parts} km²) em {layer}; os valores são escritos tal como foram dados.</translation>
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
      <translation>{source}, entidade {number}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="337" />
      <source>{source}, key {key}</source>
      <translation>{source}, chave {key}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="305" />
      <source>{source}, line {line}</source>
      <translation>{source}, linha {line}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="297" />
      <source>{source}, line {line}, column {column}</source>
      <translation>{source}, linha {line}, coluna {column}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="277" />
      <source>{source}, project properties</source>
      <translation>{source}, propriedades do projeto</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="310" />
      <source>{source}, row {row}</source>
      <translation>{source}, linha {row}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="156" />
      <source>{source}: code {code} is mapped to {value}; LPD classes are 1 to 5 (or nodata).</source>
      <translation>{source}: o código {code} está associado a {value}; as classes LPD vão de 1 a 5 (ou nodata).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="95" />
      <source>{source}: give the criterion names separated by commas, none empty (e.g. 'slope, erosion, distance').</source>
      <translation>{source}: indique os nomes dos critérios separados por vírgulas, nenhum vazio (p. ex., 'declive, erosão, distância').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/class_labels.py" line="304" />
      <source>{source}: the class {code} is named twice ({first} and {second}).</source>
      <translation>{source}: a classe {code} tem dois nomes ({first} e {second}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="202" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="182" />
      <source>{source}: the code {code} is given twice with different values ({first} and {second}).</source>
      <translation>{source}: o código {code} aparece duas vezes com valores diferentes ({first} e {second}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="100" />
      <source>{source}: the criterion name '{name}' is given twice.</source>
      <translation>{source}: o nome de critério '{name}' aparece duas vezes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="162" />
      <source>{source}: the diagonal cell {cell} is {value}; a criterion compared with itself is 1.</source>
      <translation>{source}: a célula diagonal {cell} é {value}; um critério comparado consigo próprio é 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="133" />
      <source>{source}: the judgement {cell} is missing (give it above the diagonal).</source>
      <translation>{source}: falta o juízo {cell} (indique-o acima da diagonal).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="173" />
      <source>{source}: the judgement {cell} is {value}, which is not on Saaty's scale (1/9, 1/8, ..., 1/2, 1, 2, ..., 9).</source>
      <translation>{source}: o juízo {cell} é {value}, que não está na escala de Saaty (1/9, 1/8, ..., 1/2, 1, 2, ..., 9).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="159" />
      <source>{source}: the judgement {cell} is {value}; judgements must be positive (1/9 to 9).</source>
      <translation>{source}: o juízo {cell} é {value}; os juízos devem ser positivos (1/9 a 9).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="94" />
      <source>{source}: the pair land use {use} / capability {capability} is given twice with different results.</source>
      <translation>{source}: o par uso da terra {use} / capacidade {capability} aparece duas vezes com resultados diferentes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="148" />
      <source>{source}: the pairwise matrix must be square; it is {shape}.</source>
      <translation>{source}: a matriz de comparação par a par deve ser quadrada; é {shape}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="166" />
      <source>{source}: {cell} is {value} but {mirror} is {other}; the matrix must be reciprocal (the mirror cell should be {expected}).</source>
      <translation>{source}: {cell} é {value} mas {mirror} é {other}; a matriz deve ser recíproca (a célula simétrica deveria ser {expected}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="151" />
      <source>{source}: {count} criteria are named but the matrix is {n} x {n}; give one name per row.</source>
      <translation>{source}: são indicados {count} critérios mas a matriz é {n} x {n}; indique um nome por linha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="119" />
      <source>{source}: {count} criteria need a {n} x {n} matrix, but it is {shape}.</source>
      <translation>{source}: {count} critérios precisam de uma matriz {n} x {n}, mas é {shape}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="97" />
      <source>{source}: {steps} steps for land use {use} / capability {capability} is not a plausible number of steps.</source>
      <translation>{source}: {steps} passos para o uso da terra {use} / capacidade {capability} não é um número de passos plausível.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="146" />
      <source>{value} in {parameter} is not a number: give comma-separated class codes such as -1 or 1,2,5.</source>
      <translation>{value} em {parameter} não é um número: indique códigos de classe separados por vírgulas, como -1 ou 1,2,5.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="245" />
      <source>{value} is not on Saaty's scale.</source>
      <translation>{value} não está na escala de Saaty.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="58" />
      <source>{value}: both criteria are equally important</source>
      <translation>{value}: ambos os critérios são igualmente importantes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="62" />
      <source>{value}: the column criterion has {meaning} over the row criterion</source>
      <translation>{value}: o critério da coluna tem {meaning} sobre o critério da linha</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="60" />
      <source>{value}: the row criterion has {meaning} over the column criterion</source>
      <translation>{value}: o critério da linha tem {meaning} sobre o critério da coluna</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="139" />
      <source>{where}: 'else' must be the last entry, without a comparison.</source>
      <translation>{where}: 'else' deve ser a última entrada, sem comparação.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="302" />
      <source>{where}: 'properties' must be an object (names and values), not {kind}.</source>
      <translation>{where}: 'properties' deve ser um objeto (nomes e valores), não {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="171" />
      <source>{where}: '{entry}' must be the last entry and continue the previous bound ('&gt; B' after '&lt;= B', '&gt;= B' after '&lt; B').</source>
      <translation>{where}: '{entry}' deve ser a última entrada e continuar o limite anterior ('&gt; B' depois de '&lt;= B', '&gt;= B' depois de '&lt; B').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="110" />
      <source>{where}: '{value}' has a comma inside a number. With ',' between cells, write decimals with a point (0.5), or save the file with ';' between cells.</source>
      <translation>{where}: '{value}' tem uma vírgula dentro de um número. Com ',' entre células, escreva os decimais com ponto (0.5), ou guarde o ficheiro com ';' entre células.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="118" />
      <source>{where}: '{value}' is ambiguous (a thousands separator?). Write numbers without thousands separators, with one decimal comma or point (e.g. 1234,5).</source>
      <translation>{where}: '{value}' é ambíguo (um separador de milhares?). Escreva os números sem separadores de milhares, com uma vírgula ou ponto decimal (p. ex., 1234,5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="144" />
      <source>{where}: '{value}' is not a control point value:score (e.g. 10:1).</source>
      <translation>{where}: '{value}' não é um ponto de controlo valor:pontuação (p. ex., 10:1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="140" />
      <source>{where}: '{value}' is not a finite number.</source>
      <translation>{where}: '{value}' não é um número finito.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="290" />
      <source>{where}: '{value}' is not a number JSON allows; give a number or null.</source>
      <translation>{where}: '{value}' não é um número que o JSON permita; indique um número ou null.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="138" />
      <source>{where}: '{value}' is not a number.</source>
      <translation>{where}: '{value}' não é um número.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="148" />
      <source>{where}: '{value}' is not a whole number.</source>
      <translation>{where}: '{value}' não é um número inteiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="298" />
      <source>{where}: a GeoJSON Feature object is expected, not {kind}.</source>
      <translation>{where}: é esperado um objeto Feature GeoJSON, não {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/class_labels.py" line="301" />
      <source>{where}: a class code and a name are expected.</source>
      <translation>{where}: são esperados um código de classe e um nome.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="73" />
      <source>{where}: a class that does not change keeps factor 1; remove the row {initial} -&gt; {final}.</source>
      <translation>{where}: uma classe que não muda mantém o fator 1; remova a linha {initial} -&gt; {final}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="178" />
      <source>{where}: a code and a value are expected.</source>
      <translation>{where}: são esperados um código e um valor.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="197" />
      <source>{where}: a code and an LPD class (1-5, or nodata) are expected.</source>
      <translation>{where}: são esperados um código e uma classe LPD (1-5 ou nodata).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="84" />
      <source>{where}: a land-use code, a capability class and a number of steps are expected.</source>
      <translation>{where}: são esperados um código de uso da terra, uma classe de capacidade e um número de passos.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="175" />
      <source>{where}: a ring of the {type} has fewer than 4 positions (a closed ring repeats its first position at the end).</source>
      <translation>{where}: um anel do {type} tem menos de 4 posições (um anel fechado repete a sua primeira posição no fim).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="193" />
      <source>{where}: criterion {number} does not exist; number the criteria 1 to {count} in the order of the criterion rasters.</source>
      <translation>{where}: o critério {number} não existe; numere os critérios de 1 a {count} pela ordem dos rasters de critério.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="196" />
      <source>{where}: criterion {number} has a second rule.</source>
      <translation>{where}: o critério {number} tem uma segunda regra.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="230" />
      <source>{where}: give at least one category break.</source>
      <translation>{where}: indique pelo menos um corte de categoria.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="151" />
      <source>{where}: give the class breaks, e.g. 0.25,0.5,0.75 for 4 classes.</source>
      <translation>{where}: indique os cortes de classe, p. ex., 0.25,0.5,0.75 para 4 classes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="53" />
      <source>{where}: several criteria have the same layer name ({criteria}), so a weights table cannot tell them apart. Rename the layers or give the weights in order.</source>
      <translation>{where}: vários critérios têm o mesmo nome de camada ({criteria}), pelo que uma tabela de pesos não os consegue distinguir. Mude o nome das camadas ou indique os pesos por ordem.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="81" />
      <source>{where}: stock-change factors must be greater than 0, not {value}.</source>
      <translation>{where}: os fatores de variação de stock devem ser superiores a 0, não {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="176" />
      <source>{where}: the bounds must increase from one entry to the next ('{entry}' does not).</source>
      <translation>{where}: os limites devem aumentar de uma entrada para a seguinte ('{entry}' não o faz).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="154" />
      <source>{where}: the breaks {breaks} must be strictly increasing.</source>
      <translation>{where}: os cortes {breaks} devem ser estritamente crescentes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="232" />
      <source>{where}: the category breaks must increase ({value}).</source>
      <translation>{where}: os cortes de categoria devem ser crescentes ({value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="70" />
      <source>{where}: the classes must be UNCCD classes 1 to 7, not {initial} -&gt; {final}.</source>
      <translation>{where}: as classes devem ser classes UNCCD de 1 a 7, não {initial} -&gt; {final}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="149" />
      <source>{where}: the code {code} is listed twice.</source>
      <translation>{where}: o código {code} aparece duas vezes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="76" />
      <source>{where}: the conversion {initial} -&gt; {final} is given twice.</source>
      <translation>{where}: a conversão {initial} -&gt; {final} aparece duas vezes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="196" />
      <source>{where}: the coordinates of the {type} cannot be read (rings of [longitude, latitude] number pairs are expected).</source>
      <translation>{where}: não é possível ler as coordenadas do {type} (são esperados anéis de pares de números [longitude, latitude]).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="181" />
      <source>{where}: the coordinates reach longitude {xmin} to {xmax}, latitude {ymin} to {ymax}; FERM GeoJSON is in EPSG:4326 (longitude -180 to 180, latitude -90 to 90). Reproject the file to EPSG:4326 first.</source>
      <translation>{where}: as coordenadas vão da longitude {xmin} a {xmax} e da latitude {ymin} a {ymax}; o GeoJSON do FERM está em EPSG:4326 (longitude -180 a 180, latitude -90 a 90). Reprojete primeiro o ficheiro para EPSG:4326.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="133" />
      <source>{where}: the entry '{entry}' is not of the form 'value : score'.</source>
      <translation>{where}: a entrada '{entry}' não tem a forma 'valor : pontuação'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="283" />
      <source>{where}: the file is not UTF-8 text (byte 0x{byte:02X}); JSON files must be UTF-8. Save it as UTF-8 and try again.</source>
      <translation>{where}: o ficheiro não é texto UTF-8 (byte 0x{byte:02X}); os ficheiros JSON devem estar em UTF-8. Guarde-o em UTF-8 e tente novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="59" />
      <source>{where}: the file is not UTF-8 text (byte 0x{byte:02X}); spreadsheets often save CSV in the Windows encoding. Save it as 'CSV UTF-8' and try again.</source>
      <translation>{where}: o ficheiro não é texto UTF-8 (byte 0x{byte:02X}); as folhas de cálculo guardam muitas vezes o CSV na codificação do Windows. Guarde-o como 'CSV UTF-8' e tente novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="296" />
      <source>{where}: the file is not valid JSON ({reason}).</source>
      <translation>{where}: o ficheiro não é um JSON válido ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="152" />
      <source>{where}: the geometry must be a GeoJSON geometry object, not {kind}.</source>
      <translation>{where}: a geometria deve ser um objeto de geometria GeoJSON, não {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="163" />
      <source>{where}: the geometry type {type} is not a GeoJSON polygon (Polygon or MultiPolygon).</source>
      <translation>{where}: o tipo de geometria {type} não é um polígono GeoJSON (Polygon ou MultiPolygon).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="295" />
      <source>{where}: the judgement is {value}; judgements are positive (1/9 to 9). Leave a cell empty to have it filled with the reciprocal of its mirror cell.</source>
      <translation>{where}: o juízo é {value}; os juízos são positivos (1/9 a 9). Deixe uma célula vazia para que seja preenchida com o recíproco da sua célula simétrica.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="160" />
      <source>{where}: the label '{value}' does not start with a class code.</source>
      <translation>{where}: o rótulo '{value}' não começa por um código de classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="144" />
      <source>{where}: the reclass entry '{entry}' has a comparison; reclass rules list 'code : score' pairs (use the thresholds type for ranges).</source>
      <translation>{where}: a entrada de reclassificação '{entry}' tem uma comparação; as regras reclass listam pares 'código : pontuação' (use o tipo thresholds para intervalos).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="159" />
      <source>{where}: the reclass rule lists no code.</source>
      <translation>{where}: a regra de reclassificação não lista nenhum código.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="281" />
      <source>{where}: the row is named '{found}' but the header's criterion in this position is '{expected}'; keep rows in the header's order.</source>
      <translation>{where}: a linha chama-se '{found}' mas o critério do cabeçalho nesta posição é '{expected}'; mantenha as linhas pela ordem do cabeçalho.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="75" />
      <source>{where}: the row is not valid CSV ({reason}); check the quotes.</source>
      <translation>{where}: a linha não é CSV válido ({reason}); verifique as aspas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="128" />
      <source>{where}: the rule is empty. Write e.g. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' (thresholds) or '-1:3; 0:0; 1:0' (reclass).</source>
      <translation>{where}: a regra está vazia. Escreva, p. ex., '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' (thresholds) ou '-1:3; 0:0; 1:0' (reclass).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="112" />
      <source>{where}: the rule type '{value}' is unknown; use thresholds, reclass or preset.</source>
      <translation>{where}: o tipo de regra '{value}' é desconhecido; use thresholds, reclass ou preset.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="165" />
      <source>{where}: the threshold entry '{entry}' has no comparison; write e.g. '&lt;=0.2 : 1'.</source>
      <translation>{where}: a entrada de limiar '{entry}' não tem comparação; escreva, p. ex., '&lt;=0.2 : 1'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="155" />
      <source>{where}: the thresholds do not cover the values above the last bound; end the rule with '&gt; bound : score' (after '&lt;= bound'), '&gt;= bound : score' (after '&lt; bound') or 'else : score'.</source>
      <translation>{where}: os limiares não cobrem os valores acima do último limite; termine a regra com '&gt; limite : pontuação' (depois de '&lt;= limite'), '&gt;= limite : pontuação' (depois de '&lt; limite') ou 'else : pontuação'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="116" />
      <source>{where}: the weight {value} is negative; weights must be 0 or more.</source>
      <translation>{where}: o peso {value} é negativo; os pesos devem ser 0 ou mais.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="86" />
      <source>{where}: the weights sum to 0; give at least one positive weight.</source>
      <translation>{where}: os pesos somam 0; atribua um peso positivo a pelo menos um.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="67" />
      <source>{where}: the weights table must name each criterion once by its layer name. Criteria: {criteria}. Without a weight: {missing}. Not a criterion: {unknown}. Given twice: {repeated}.</source>
      <translation>{where}: a tabela de pesos deve nomear cada critério uma vez pelo nome da sua camada. Critérios: {criteria}. Sem peso: {missing}. Não são critérios: {unknown}. Indicados duas vezes: {repeated}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="122" />
      <source>{where}: there is no preset named '{value}'; the presets are {presets}.</source>
      <translation>{where}: não existe nenhuma predefinição chamada '{value}'; as predefinições são {presets}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="82" />
      <source>{where}: weights cannot be negative ({values}). Turn a cost criterion into a benefit when standardising it instead.</source>
      <translation>{where}: os pesos não podem ser negativos ({values}). Em vez disso, converta um critério de custo num de benefício ao padronizá-lo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="170" />
      <source>{where}: {count} labels were given for {classes} classes. Give one label per class, lowest priority first.</source>
      <translation>{where}: foram indicados {count} rótulos para {classes} classes. Indique um rótulo por classe, da prioridade mais baixa para a mais alta.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="77" />
      <source>{where}: {count} weights were given for {criteria} criteria. Give one weight per criterion, in the order of the criteria.</source>
      <translation>{where}: foram indicados {count} pesos para {criteria} critérios. Indique um peso por critério, pela ordem dos critérios.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="68" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="231" />
      <source>{where}: {expected} cells expected (a label and {count} values), {found} found.</source>
      <translation>{where}: eram esperadas {expected} células (um rótulo e {count} valores); foram encontradas {found}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="278" />
      <source>{where}: {expected} cells expected (a name and {count} values), {found} found.</source>
      <translation>{where}: eram esperadas {expected} células (um nome e {count} valores); foram encontradas {found}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="65" />
      <source>{where}: {expected} cells expected (initial class, final class and one factor per climate zone), {found} found.</source>
      <translation>{where}: eram esperadas {expected} células (classe inicial, classe final e um fator por zona climática); foram encontradas {found}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="219" />
      <source>{where}: {found} cells, but a rule has {expected} ({headers}). Put the rule in quotes when it contains the separator between cells.</source>
      <translation>{where}: {found} células, mas uma regra tem {expected} ({headers}). Ponha a regra entre aspas quando contém o separador entre células.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="65" />
      <source>{where}: {key} is {value}, not a whole number.</source>
      <translation>{where}: {key} é {value}, não um número inteiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="122" />
      <source>{where}: {key} is {value}, not a year.</source>
      <translation>{where}: {key} é {value}, não um ano.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="136" />
      <source>{where}: {key} is {value}, not an area in hectares (a number, 0 or more).</source>
      <translation>{where}: {key} é {value}, não uma área em hectares (um número, 0 ou mais).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="68" />
      <source>{where}: {key} is {value}, too large for a FERM code or count (at most {max}).</source>
      <translation>{where}: {key} é {value}, demasiado grande para um código ou contagem do FERM (no máximo {max}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="106" />
      <source>{where}: {key} must be a list of objects, not {kind}.</source>
      <translation>{where}: {key} deve ser uma lista de objetos, não {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="83" />
      <source>{where}: {key} must be a text or a number, not {kind}.</source>
      <translation>{where}: {key} deve ser um texto ou um número, não {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="149" />
      <source>{years} end years were given for {periods} reporting periods; give one per period, in order (or none).</source>
      <translation>Foram indicados {years} anos finais para {periods} períodos de relatório; indique um por período, por ordem (ou nenhum).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="173" />
      <source>{year}: {area:.2f} ha under restoration ({count} sites), {inside:.2f} ha inside the {baseline:.2f} ha degraded baseline.</source>
      <translation>{year}: {area:.2f} ha em restauro ({count} locais), {inside:.2f} ha dentro da referência degradada de {baseline:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="85" />
      <source>{zone}, {comparison} {period}: the land type {land_type} has {area} ha, not degraded + stable + improved ({parts} ha), in {layer}; the values are written as given.</source>
      <translation>{zone}, {comparison} {period}: o tipo de terra {land_type} tem {area} ha, que não é igual a degradada + estável + melhorada ({parts} ha), em {layer}; os valores são escritos tal como foram dados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="104" />
      <source>{zone}, {comparison} {period}: the {field} of the total row ({area} ha) is not the sum of its land types ({parts} ha) in {layer}; the values are written as given.</source>
      <translation>{zone}, {comparison} {period}: {field} da linha do total ({area} ha) não é a soma dos seus tipos de terra ({parts} ha) em {layer}; os valores são escritos tal como foram dados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="154" />
      <source>{zone}: the collapsed class {label} ({area} km²) is not the sum of its status classes ({parts} km²) in {layer}; the values are written as given.</source>
      <translation>{zone}: a classe agrupada {label} ({area} km²) não é a soma das suas classes de estado ({parts} km²) em {layer}; os valores são escritos tal como foram dados.</translation>
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
      <translation type="vanished">Valor fixo de Activities</translation>
    </message>
    <message>
      <source>Activity field (optional)</source>
      <translation type="vanished">Campo de atividade (opcional)</translation>
    </message>
    <message>
      <source>Admin0 field</source>
      <translation type="vanished">Campo Admin0</translation>
    </message>
    <message>
      <source>Admin0 fixed value</source>
      <translation type="vanished">Valor fixo de Admin0</translation>
    </message>
    <message>
      <source>Admin1 field</source>
      <translation type="vanished">Campo Admin1</translation>
    </message>
    <message>
      <source>Admin1 fixed value</source>
      <translation type="vanished">Valor fixo de Admin1</translation>
    </message>
    <message>
      <source>Admin2 field</source>
      <translation type="vanished">Campo Admin2</translation>
    </message>
    <message>
      <source>Admin2 fixed value</source>
      <translation type="vanished">Valor fixo de Admin2</translation>
    </message>
    <message>
      <source>Administrative regions (optional)</source>
      <translation type="vanished">Regiões administrativas (opcional)</translation>
    </message>
    <message>
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (from the layer's paletted style when it has one), &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.</source>
      <translation type="vanished">Área de cada classe de um raster categórico, em hectares, para todo o raster e para cada zona de uma camada de polígonos opcional.&lt;br&gt;&lt;br&gt;As áreas dos píxeis são áreas reais no elipsoide do SRC do raster (por linha em SRC geográficos), nunca graus multiplicados por graus. Os polígonos das zonas são reprojetados para o SRC do raster e cada píxel é ponderado pela fração que a zona cobre, de modo que o total de uma zona acompanha a área do seu polígono mesmo ao longo de limites irregulares. Polígonos com o mesmo valor de zona são unidos; zonas diferentes podem sobrepor-se e cada uma conta a sua própria área.&lt;br&gt;&lt;br&gt;A tabela tem uma linha por zona e classe: &lt;i&gt;level&lt;/i&gt; (total ou zona), &lt;i&gt;zone&lt;/i&gt; ((all) para todo o raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (do estilo de paleta da camada, quando existe), &lt;i&gt;area_ha&lt;/i&gt; e &lt;i&gt;share&lt;/i&gt; (da área válida da zona, pelo que as proporções somam 1). Os píxeis sem dados são apresentados numa linha própria (classe vazia, rótulo 'nodata', sem proporção) e nunca são misturados numa classe.</translation>
    </message>
    <message>
      <source>Area tables for the UNCCD PRAIS 4 report, strategic objective 1, in km², from the summary tables of the SDG 15.3.1 indicator (one per period) and optionally the areas table of Degradation status.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sheet 'SO1 land by period'&lt;/b&gt;: one row per period and zone ('(all)' is the whole area): period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (empty when no water mask was used), nodata_km2 and proportion_degraded_percent = degraded / total land x 100 (SDG 15.3.1, GBF 2.CT.1).&lt;br&gt;&lt;b&gt;Sheet 'SO1 status'&lt;/b&gt; (with a status table): per zone the 7 status classes (persistent, recent and baseline degradation, stable, stable but improved at baseline, recent and persistent improvement), the collapsed degraded / stable / improved classes, the total valid area and nodata, in km², with share_of_valid_percent.&lt;br&gt;&lt;br&gt;Areas are the inputs' area_ha / 100. The tables are checked: total land must equal degraded + stable + improved, and each collapsed class the sum of its status classes; a warning names any period or zone that does not add up (the values are written as given). The optional CSV holds the first sheet.</source>
      <translation type="vanished">Tabelas de áreas para o relatório PRAIS 4 da UNCCD, objetivo estratégico 1, em km², a partir das tabelas de resumo do indicador ODS 15.3.1 (uma por período) e, opcionalmente, da tabela de áreas do Estado da degradação.&lt;br&gt;&lt;br&gt;&lt;b&gt;Folha 'SO1 land by period'&lt;/b&gt;: uma linha por período e zona ('(all)' é toda a área): period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (vazia quando não foi usada máscara de água), nodata_km2 e proportion_degraded_percent = degradada / área terrestre total x 100 (ODS 15.3.1, QGB 2.CT.1).&lt;br&gt;&lt;b&gt;Folha 'SO1 status'&lt;/b&gt; (com uma tabela de estado): por zona, as 7 classes de estado (degradação persistente, recente e de referência, estável, estável mas melhorado na referência, melhoria recente e persistente), as classes agrupadas degradado / estável / melhorado, a área válida total e sem dados, em km², com share_of_valid_percent.&lt;br&gt;&lt;br&gt;As áreas são o area_ha das entradas / 100. As tabelas são verificadas: a área terrestre total deve ser igual a degradada + estável + melhorada, e cada classe agrupada à soma das suas classes de estado; um aviso indica qualquer período ou zona cujos valores não batem certo (os valores são escritos tal como foram dados). O CSV opcional contém a primeira folha.</translation>
    </message>
    <message>
      <source>Area under restoration (GBF 2.1)…</source>
      <translation type="vanished">Área em restauro (QGB 2.1)…</translation>
    </message>
    <message>
      <source>Area under restoration in every year from FIRST_YEAR to LAST_YEAR, against a linear path to the Target 2 goal.&lt;br&gt;&lt;br&gt;A site counts in a year when it started in or before it, has no end year or ended in or after it, and its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on the baseline raster (or polygon intersections).&lt;br&gt;&lt;br&gt;The path goes linearly from 0 ha in BASELINE_YEAR to TARGET % of the degraded baseline in TARGET_YEAR (2030) and stays there after it; a year is on track (1) when the area under restoration inside degraded land reaches the path, 0 when not, empty before the baseline year. The CHART shows the area under restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).</source>
      <translation type="vanished">Área em restauro em cada ano de FIRST_YEAR a LAST_YEAR, face a uma trajetória linear até ao objetivo da Meta 2.&lt;br&gt;&lt;br&gt;Um local conta num ano quando começou nesse ano ou antes, não tem ano de fim ou terminou nesse ano ou depois, e o seu estado não está excluído (por omissão FERM 'Em preparação'); os locais sobrepostos contam uma só vez (método FERM: união das geometrias válidas em EPSG:6933). O restauro dentro de terra degradada usa a cobertura exata dos píxeis no raster de referência (ou interseções de polígonos).&lt;br&gt;&lt;br&gt;A trajetória vai linearmente de 0 ha em BASELINE_YEAR até TARGET % da referência degradada em TARGET_YEAR (2030) e mantém-se depois disso; um ano está no bom caminho (1) quando a área em restauro dentro de terra degradada atinge a trajetória, 0 quando não, e fica vazio antes do ano de referência. O CHART mostra a área em restauro, a parte dentro de terra degradada e a trajetória (SVG, ou PNG gerado a partir dele).</translation>
    </message>
    <message>
      <source>Area under restoration in every year from {START_YEAR} to {END_YEAR}, against a linear path to the Target 2 goal.&lt;br&gt;&lt;br&gt;A site counts in a year when it started in or before it, has no end year or ended in or after it, and its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on the baseline raster (or polygon intersections).&lt;br&gt;&lt;br&gt;The path goes linearly from 0 ha in {BASELINE_YEAR} to the {TARGET_PCT} in {TARGET_YEAR} (2030) and stays there after it; a year is on track (1) when the area under restoration inside degraded land reaches the path, 0 when not, empty before the baseline year. The {CHART} shows the area under restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).</source>
      <translation type="vanished">Área em restauro em cada ano de {START_YEAR} a {END_YEAR}, face a uma trajetória linear até ao objetivo da Meta 2.&lt;br&gt;&lt;br&gt;Um local conta num ano quando começou nesse ano ou antes, não tem ano de fim ou terminou nesse ano ou depois, e o seu estado não está excluído (por omissão FERM 'Em preparação'); os locais sobrepostos contam uma só vez (método FERM: união das geometrias válidas em EPSG:6933). O restauro dentro de terra degradada usa a cobertura exata dos píxeis no raster de referência (ou interseções de polígonos).&lt;br&gt;&lt;br&gt;A trajetória vai linearmente de 0 ha em {BASELINE_YEAR} até à {TARGET_PCT} em {TARGET_YEAR} (2030) e mantém-se depois disso; um ano está no bom caminho (1) quando a área em restauro dentro de terra degradada atinge a trajetória, 0 quando não, e fica vazio antes do ano de referência. O {CHART} mostra a área em restauro, a parte dentro de terra degradada e a trajetória (SVG, ou PNG gerado a partir dele).</translation>
    </message>
    <message>
      <source>Baseline class (optional)</source>
      <translation type="vanished">Classe de referência (opcional)</translation>
    </message>
    <message>
      <source>Binary: values other than 0 and 1 stop the run. Land cover: the codes listed below are forest, every other valid code is non-forest.</source>
      <translation type="vanished">Binário: os valores diferentes de 0 e 1 interrompem a execução. Ocupação do solo: os códigos indicados abaixo são floresta e qualquer outro código válido é não floresta.</translation>
    </message>
    <message>
      <source>Biomes / ecosystem types (optional)</source>
      <translation type="vanished">Biomas / tipos de ecossistemas (opcional)</translation>
    </message>
    <message>
      <source>CHANGE_PERCENT must be greater than 0 and less than 100 (got {value}).</source>
      <translation type="vanished">CHANGE_PERCENT deve ser superior a 0 e inferior a 100 (recebido: {value}).</translation>
    </message>
    <message>
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation type="vanished">CSV (*.csv);;Livro do Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Categorical raster of the baseline (band 1), e.g. the SDG 15.3.1 -1/0/+1 layer or national degradation classes; any CRS. Give this or the degraded-land polygons.</source>
      <translation type="vanished">Raster categórico da referência (banda 1), p. ex., a camada ODS 15.3.1 -1/0/+1 ou classes nacionais de degradação; qualquer SRC. Indique este ou os polígonos de terra degradada.</translation>
    </message>
    <message>
      <source>Checks restoration site polygons against FAO FERM's rules and vocabularies and writes what FERM and GEF ask for: the FERM API payload (GeoJSON with the project under the top-level properties), the upload package (zip of shapefile, KML and GeoJSON) and the GEF geospatial template. Nothing is sent anywhere and no API key is asked for.&lt;br&gt;&lt;br&gt;Each FERM field comes from a layer field or a fixed value (the field wins; the fixed value fills features whose field is empty). Geometry is reprojected to EPSG:4326, made 2-D and valid (repairs are warnings); empty geometries, points and lines are errors; names missing are warnings; codes outside the FERM vocabularies are errors naming the code and the field; overlapping sites are warnings. Areas (ha) are computed as FERM does: union of the valid geometry in EPSG:6933.&lt;br&gt;&lt;br&gt;The payload has one Polygon feature per site polygon: a multi-part site gives one feature per part with the site's properties plus part and partCount, each with its own area.&lt;br&gt;&lt;br&gt;When errors remain and invalid features are not skipped, the run stops with a message, writes only the validation table (it explains the failure) and no other output. Project-level errors (unknown organization role/type or restoration type, bad country code) always stop the run.</source>
      <translation type="vanished">Verifica os polígonos dos locais de restauro face às regras e vocabulários do FERM da FAO e escreve o que o FERM e o GEF pedem: a carga útil para a API do FERM (GeoJSON com o projeto nas propriedades de nível superior), o pacote de carregamento (zip com shapefile, KML e GeoJSON) e o modelo geoespacial do GEF. Nada é enviado para lado nenhum e não é pedida nenhuma chave de API.&lt;br&gt;&lt;br&gt;Cada campo do FERM provém de um campo da camada ou de um valor fixo (prevalece o campo; o valor fixo preenche as entidades cujo campo está vazio). A geometria é reprojetada para EPSG:4326, convertida em 2D e tornada válida (as reparações são avisos); as geometrias vazias, os pontos e as linhas são erros; os nomes em falta são avisos; os códigos fora dos vocabulários do FERM são erros que indicam o código e o campo; os locais sobrepostos são avisos. As áreas (ha) são calculadas como o FERM faz: união da geometria válida em EPSG:6933.&lt;br&gt;&lt;br&gt;A carga útil tem uma entidade Polygon por polígono de local: um local multiparte dá uma entidade por parte com as propriedades do local mais part e partCount, cada uma com a sua própria área.&lt;br&gt;&lt;br&gt;Quando restam erros e as entidades inválidas não são ignoradas, a execução para com uma mensagem, escreve apenas a tabela de validação (que explica a falha) e nenhuma outra saída. Os erros ao nível do projeto (papel ou tipo de organização ou tipo de restauro desconhecido, código de país incorreto) param sempre a execução.</translation>
    </message>
    <message>
      <source>Class areas per zone…</source>
      <translation type="vanished">Áreas por classe e zona…</translation>
    </message>
    <message>
      <source>Classifies a suitability raster into N priority classes (1 = lowest, N = highest priority) and reports the area of each class overall and per zone.&lt;br&gt;&lt;br&gt;Breaks: equal interval over the exact min-max of the valid pixels; quantiles (numpy linear interpolation) of the valid pixels (exact up to 1 000 000 pixels, else a reproducible pixel sample of that size); natural breaks (Jenks): the exact optimal partition (minimum within-class sum of squares) of a reproducible sample of SAMPLE_SIZE pixels; or manual. A value equal to a break goes to the lower class. Pixels excluded by t2monitor:weightedoverlay (value -1, declared in the file's metadata) get class 0 'excluded'.&lt;br&gt;&lt;br&gt;Output: Int16 classes, nodata -32768, styled with a legend of the N labels. The table (level, zone, class, class_label, area_ha, share) gives true ellipsoidal areas; shares are of the zone's valid area (excluded included); BREAKS_USED lists the breaks.</source>
      <translation type="vanished">Classifica um raster de aptidão em N classes de prioridade (1 = prioridade mais baixa, N = mais alta) e apresenta a área de cada classe no total e por zona.&lt;br&gt;&lt;br&gt;Cortes: intervalos iguais sobre o mínimo-máximo exato dos píxeis válidos; quantis (interpolação linear do numpy) dos píxeis válidos (exatos até 1 000 000 de píxeis; caso contrário, sobre uma amostra reprodutível de píxeis com esse tamanho); quebras naturais (Jenks): a partição ótima exata (soma mínima dos quadrados dentro das classes) de uma amostra reprodutível de SAMPLE_SIZE píxeis; ou manuais. Um valor igual a um corte vai para a classe inferior. Os píxeis excluídos por t2monitor:weightedoverlay (valor -1, declarado nos metadados do ficheiro) recebem a classe 0 'excluído'.&lt;br&gt;&lt;br&gt;Saída: classes Int16, sem dados -32768, com estilo de legenda com os N rótulos. A tabela (level, zone, class, class_label, area_ha, share) dá áreas elipsoidais reais; as proporções são da área válida da zona (excluídos incluídos); BREAKS_USED lista os cortes.</translation>
    </message>
    <message>
      <source>Combines standardised criteria (0..1) into a restoration suitability: sum of weight x criterion, with the weights normalised to sum 1 (ROAM steps 3-5).&lt;br&gt;&lt;br&gt;A pixel is nodata when any criterion is nodata there. It is &lt;b&gt;excluded&lt;/b&gt; when an exclusion raster has a valid non-zero value, or exclusion polygons cover at least half of it. Excluded pixels are written as &lt;b&gt;-1&lt;/b&gt; (distinct from nodata -9999), so they show on the map and t2monitor:priorityclasses puts them in class 0. EXCLUDED_HA and VALID_HA (pixels with a suitability) are true ellipsoidal areas.&lt;br&gt;&lt;br&gt;Criteria with values outside 0..1, a number of weights different from the number of criteria, negative weights, and a result with no pixel left are refused with a message, and no output is written. The weights used are reported (WEIGHTS_USED).</source>
      <translation type="vanished">Combina critérios padronizados (0..1) numa aptidão para o restauro: soma de peso x critério, com os pesos normalizados para somarem 1 (passos 3-5 do ROAM).&lt;br&gt;&lt;br&gt;Um píxel fica sem dados quando algum critério não tem dados nele. Fica &lt;b&gt;excluído&lt;/b&gt; quando um raster de exclusão tem um valor válido diferente de zero, ou quando os polígonos de exclusão cobrem pelo menos metade dele. Os píxeis excluídos são escritos como &lt;b&gt;-1&lt;/b&gt; (distinto de sem dados -9999), pelo que aparecem no mapa e t2monitor:priorityclasses coloca-os na classe 0. EXCLUDED_HA e VALID_HA (píxeis com aptidão) são áreas elipsoidais reais.&lt;br&gt;&lt;br&gt;Critérios com valores fora de 0..1, um número de pesos diferente do número de critérios, pesos negativos e um resultado sem nenhum píxel restante são recusados com uma mensagem, e nenhuma saída é escrita. Os pesos usados são apresentados (WEIGHTS_USED).</translation>
    </message>
    <message>
      <source>Combines standardised criteria (0..1) into a restoration suitability: sum of weight x criterion, with the weights normalised to sum 1 (ROAM steps 3-5).&lt;br&gt;&lt;br&gt;A pixel is nodata when any criterion is nodata there. It is &lt;b&gt;excluded&lt;/b&gt; when an exclusion raster has a valid non-zero value, or exclusion polygons cover at least half of it. Excluded pixels are written as &lt;b&gt;-1&lt;/b&gt; (distinct from nodata -9999), so they show on the map and t2monitor:priorityclasses puts them in class 0. {EXCLUDED_HA} and {VALID_HA} (pixels with a suitability) are true ellipsoidal areas.&lt;br&gt;&lt;br&gt;Criteria with values outside 0..1, a number of weights different from the number of criteria, negative weights, and a result with no pixel left are refused with a message, and no output is written. The weights used are reported ({WEIGHTS_USED}).</source>
      <translation type="vanished">Combina critérios padronizados (0..1) numa aptidão para o restauro: soma de peso x critério, com os pesos normalizados para somarem 1 (passos 3-5 do ROAM).&lt;br&gt;&lt;br&gt;Um píxel fica sem dados quando algum critério não tem dados nele. Fica &lt;b&gt;excluído&lt;/b&gt; quando um raster de exclusão tem um valor válido diferente de zero, ou quando os polígonos de exclusão cobrem pelo menos metade dele. Os píxeis excluídos são escritos como &lt;b&gt;-1&lt;/b&gt; (distinto de sem dados -9999), pelo que aparecem no mapa e t2monitor:priorityclasses coloca-os na classe 0. {EXCLUDED_HA} e {VALID_HA} (píxeis com aptidão) são áreas elipsoidais reais.&lt;br&gt;&lt;br&gt;Critérios com valores fora de 0..1, um número de pesos diferente do número de critérios, pesos negativos e um resultado sem nenhum píxel restante são recusados com uma mensagem, e nenhuma saída é escrita. Os pesos usados são apresentados ({WEIGHTS_USED}).</translation>
    </message>
    <message>
      <source>Compares two categorical maps, e.g. the degradation or priority maps of two sectors, or SDG 15.3.1 against a national severity map (band 1 of each, whole-number codes).&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-class raster.&lt;/b&gt; code = class_a × K + class_b, with K the smallest power of ten (at least 10) larger than max(class_b) − min(0, min(class_b)): with non-negative codes the digits read 'A then B' (K = 10: 23 is A 2 / B 3). Int32, nodata −2147483648 where either map is nodata. The style is written next to the output: one legend entry 'A=x / B=y' per pair found, agreeing pairs in greens, the others in reds.&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-tabulation.&lt;/b&gt; Area in hectares of every pair (class_a, class_b), for the whole raster and per zone, with the pair's code and whether it counts as agreement; pixels where only one map has data keep their class in rows of their own (the other class empty), so the rows of a class summed over the other map equal that class's area. Optional wide matrix (rows A, columns B) as CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Agreement.&lt;/b&gt; Only pixels valid in both maps are compared. Overall agreement = agreeing area / compared area. By default a pair agrees when both codes are equal; when the legends differ, list the pairs that agree in the correspondence table (e.g. A −1 with B 2 and B 3). Cohen's kappa = (p_o − p_e) / (1 − p_e) with p_e = Σ over agreeing pairs of the product of the two maps' class shares (with a correspondence table: the weighted kappa with 0/1 agreement weights). The confusion matrix is weighted by true pixel AREAS, not pixel counts; both give the same values on equal-area grids. Kappa is empty when undefined (both maps one single matching class).&lt;br&gt;&lt;br&gt;Maps on different grids are refused unless 'Align' is ticked (map B is then resampled, nearest neighbour, to map A's grid).</source>
      <translation type="vanished">Compara dois mapas categóricos, p. ex., os mapas de degradação ou de prioridade de dois setores, ou o ODS 15.3.1 face a um mapa nacional de severidade (banda 1 de cada um, códigos inteiros).&lt;br&gt;&lt;br&gt;&lt;b&gt;Raster de classes cruzadas.&lt;/b&gt; código = class_a × K + class_b, sendo K a menor potência de dez (pelo menos 10) maior do que max(class_b) − min(0, min(class_b)): com códigos não negativos os dígitos leem-se 'A e depois B' (K = 10: 23 é A 2 / B 3). Int32, sem dados −2147483648 onde algum dos mapas não tem dados. O estilo é escrito junto à saída: uma entrada de legenda 'A=x / B=y' por cada par encontrado, os pares concordantes em verdes e os outros em vermelhos.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tabulação cruzada.&lt;/b&gt; Área em hectares de cada par (class_a, class_b), para todo o raster e por zona, com o código do par e se conta como concordância; os píxeis onde só um mapa tem dados mantêm a sua classe em linhas próprias (com a outra classe vazia), de modo que as linhas de uma classe somadas sobre o outro mapa igualam a área dessa classe. Matriz larga opcional (linhas A, colunas B) como CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Concordância.&lt;/b&gt; Só são comparados os píxeis válidos em ambos os mapas. Concordância global = área concordante / área comparada. Por omissão, um par concorda quando ambos os códigos são iguais; quando as legendas diferem, liste os pares que concordam na tabela de correspondência (p. ex., A −1 com B 2 e B 3). Kappa de Cohen = (p_o − p_e) / (1 − p_e), com p_e = Σ sobre os pares concordantes do produto das proporções de classe dos dois mapas (com uma tabela de correspondência: o kappa ponderado com pesos de concordância 0/1). A matriz de confusão é ponderada pelas ÁREAS reais dos píxeis, não pelo número de píxeis; ambos dão os mesmos valores em grelhas de áreas iguais. O kappa fica vazio quando não está definido (ambos os mapas com uma única classe coincidente).&lt;br&gt;&lt;br&gt;Os mapas em grelhas diferentes são recusados, a menos que 'Alinhar' esteja marcado (o mapa B é então reamostrado, por vizinho mais próximo, para a grelha do mapa A).</translation>
    </message>
    <message>
      <source>Compares two categorical maps, e.g. the degradation or priority maps of two sectors, or SDG 15.3.1 against a national severity map (band 1 of each, whole-number codes).&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-class raster.&lt;/b&gt; code = class_a × K + class_b, with K the smallest power of ten (at least 10) larger than max(class_b) − min(0, min(class_b)): with non-negative codes the digits read 'A then B' (K = 10: 23 is A 2 / B 3). Int32, nodata −2147483648 where either map is nodata. The style is written next to the output: one legend entry 'A=x / B=y' per pair found, agreeing pairs in greens, the others in reds.&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-tabulation.&lt;/b&gt; Area in hectares of every pair (class_a, class_b), for the whole raster and per zone, with the pair's code and whether it counts as agreement; pixels where only one map has data keep their class in rows of their own (the other class empty), so the rows of a class summed over the other map equal that class's area. Optional wide matrix (rows A, columns B) as CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Agreement.&lt;/b&gt; Only pixels valid in both maps are compared. Overall agreement = agreeing area / compared area. By default a pair agrees when both codes are equal; when the legends differ, list the pairs that agree in {CORRESPONDENCE_TABLE} (e.g. A −1 with B 2 and B 3). Cohen's kappa = (p_o − p_e) / (1 − p_e) with p_e = Σ over agreeing pairs of the product of the two maps' class shares (with a correspondence table: the weighted kappa with 0/1 agreement weights). The confusion matrix is weighted by true pixel AREAS, not pixel counts; both give the same values on equal-area grids. Kappa is empty when undefined (both maps one single matching class).&lt;br&gt;&lt;br&gt;Maps on different grids are refused unless {ALIGN} is ticked (map B is then resampled, nearest neighbour, to map A's grid).</source>
      <translation type="vanished">Compara dois mapas categóricos, p. ex., os mapas de degradação ou de prioridade de dois setores, ou o ODS 15.3.1 face a um mapa nacional de severidade (banda 1 de cada um, códigos inteiros).&lt;br&gt;&lt;br&gt;&lt;b&gt;Raster de classes cruzadas.&lt;/b&gt; código = class_a × K + class_b, sendo K a menor potência de dez (pelo menos 10) maior do que max(class_b) − min(0, min(class_b)): com códigos não negativos os dígitos leem-se 'A e depois B' (K = 10: 23 é A 2 / B 3). Int32, sem dados −2147483648 onde algum dos mapas não tem dados. O estilo é escrito junto à saída: uma entrada de legenda 'A=x / B=y' por cada par encontrado, os pares concordantes em verdes e os outros em vermelhos.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tabulação cruzada.&lt;/b&gt; Área em hectares de cada par (class_a, class_b), para todo o raster e por zona, com o código do par e se conta como concordância; os píxeis onde só um mapa tem dados mantêm a sua classe em linhas próprias (com a outra classe vazia), de modo que as linhas de uma classe somadas sobre o outro mapa igualam a área dessa classe. Matriz larga opcional (linhas A, colunas B) como CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Concordância.&lt;/b&gt; Só são comparados os píxeis válidos em ambos os mapas. Concordância global = área concordante / área comparada. Por omissão, um par concorda quando ambos os códigos são iguais; quando as legendas diferem, liste os pares que concordam em {CORRESPONDENCE_TABLE} (p. ex., A −1 com B 2 e B 3). Kappa de Cohen = (p_o − p_e) / (1 − p_e), com p_e = Σ sobre os pares concordantes do produto das proporções de classe dos dois mapas (com uma tabela de correspondência: o kappa ponderado com pesos de concordância 0/1). A matriz de confusão é ponderada pelas ÁREAS reais dos píxeis, não pelo número de píxeis; ambos dão os mesmos valores em grelhas de áreas iguais. O kappa fica vazio quando não está definido (ambos os mapas com uma única classe coincidente).&lt;br&gt;&lt;br&gt;Os mapas em grelhas diferentes são recusados, a menos que {ALIGN} esteja marcado (o mapa B é então reamostrado, por vizinho mais próximo, para a grelha do mapa A).</translation>
    </message>
    <message>
      <source>Computes the land productivity sub-indicator of SDG 15.3.1 from an annual vegetation index series in one step, locally: the trajectory (Mann-Kendall trend, significance ALPHA), the state (decile class of the last RECENT_YEARS against the earlier years of the period), the performance (mean over the period against the PERCENTILE of the pixel's land unit) and their combination into the five Land Productivity Dynamics classes (1 declining, 2 moderate decline, 3 stressed, 4 stable, 5 increasing) with the table of the UNCCD Good Practice Guidance.&lt;br&gt;&lt;br&gt;It runs the algorithms Productivity trajectory, Productivity state, Productivity performance and Land productivity dynamics with the same settings as those; ask for the intermediate layers to keep them (otherwise they are written to temporary files and removed).</source>
      <translation type="vanished">Calcula o subindicador de produtividade da terra do ODS 15.3.1 a partir de uma série anual de índice de vegetação num só passo, localmente: a trajetória (tendência de Mann-Kendall, significância ALPHA), o estado (classe de decil dos últimos RECENT_YEARS face aos anos anteriores do período), o desempenho (média do período face ao PERCENTILE da unidade de terra do píxel) e a sua combinação nas cinco classes de dinâmica da produtividade da terra (1 em declínio, 2 declínio moderado, 3 sob stress, 4 estável, 5 em aumento) com a tabela do Guia de Boas Práticas da UNCCD.&lt;br&gt;&lt;br&gt;Executa os algoritmos Trajetória da produtividade, Estado da produtividade, Desempenho da produtividade e Dinâmica da produtividade da terra com as mesmas definições destes; peça as camadas intermédias para as manter (caso contrário, são escritas em ficheiros temporários que são depois removidos).</translation>
    </message>
    <message>
      <source>Controls are pixels at least half inside the site buffered by this distance, in metres (default 5000). For a raster in degrees, the distance is converted at the site's latitude along the parallels.</source>
      <translation type="vanished">Os controlos são os píxeis com pelo menos metade dentro do local alargado por uma zona tampão desta distância, em metros (por omissão 5000). Para um raster em graus, a distância é convertida à latitude do local ao longo dos paralelos.</translation>
    </message>
    <message>
      <source>Criterion rasters already standardised to 0..1 (t2monitor:standardizecriterion), band 1 of each; the order sets which weight applies to which criterion.</source>
      <translation type="vanished">Rasters de critério já padronizados para 0..1 (t2monitor:standardizecriterion), banda 1 de cada um; a ordem define que peso se aplica a que critério.</translation>
    </message>
    <message>
      <source>Criterion weights for the restoration priority overlay from a pairwise comparison matrix (Analytic Hierarchy Process, Saaty).&lt;br&gt;&lt;br&gt;Each judgement a(i, j) says how much more important the row criterion is than the column criterion on Saaty's scale 1/9 ... 1 ... 9 (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme importance). Fill the cells above the diagonal: empty (or 0) cells below it and on the diagonal are filled with reciprocals and 1. Rounded fractions such as 0.333 are read as 1/3. A matrix CSV file (criterion names as header, one row per criterion; fractions like 1/3 allowed) takes precedence over the matrix parameter; several experts' files are combined by the element-wise geometric mean and take precedence over both.&lt;br&gt;&lt;br&gt;Weights are the normalised principal eigenvector; the geometric-mean weights are reported for comparison. Consistency: CI = (lambda_max - n)/(n - 1), CR = CI/RI with Saaty's random index (resources/data/ahp_random_index.csv, n = 1 to 15). CR below 0.10 is acceptable; otherwise a warning names the judgement that departs most from the ratio the weights imply (|log a(i, j) - log(w(i)/w(j))|), the first one to revise.&lt;br&gt;&lt;br&gt;The WEIGHTS output is the weights in criteria order as a comma-separated string, ready for the WEIGHTS parameter of the weighted overlay in models.</source>
      <translation type="vanished">Pesos dos critérios para a sobreposição de prioridade de restauro a partir de uma matriz de comparação par a par (processo analítico hierárquico (AHP), Saaty).&lt;br&gt;&lt;br&gt;Cada juízo a(i, j) indica quanto mais importante é o critério da linha do que o da coluna na escala de Saaty 1/9 ... 1 ... 9 (1 igual importância, 3 importância moderada, 5 importância forte, 7 importância muito forte, 9 importância extrema). Preencha as células acima da diagonal: as células vazias (ou 0) abaixo dela e na diagonal são preenchidas com os recíprocos e com 1. As frações arredondadas como 0.333 são lidas como 1/3. Um ficheiro CSV de matriz (nomes dos critérios como cabeçalho, uma linha por critério; são admitidas frações como 1/3) tem prioridade sobre o parâmetro de matriz; os ficheiros de vários especialistas são combinados pela média geométrica elemento a elemento e têm prioridade sobre ambos.&lt;br&gt;&lt;br&gt;Os pesos são o vetor próprio principal normalizado; os pesos da média geométrica são apresentados para comparação. Consistência: CI = (lambda_max - n)/(n - 1), CR = CI/RI com o índice aleatório de Saaty (resources/data/ahp_random_index.csv, n = 1 a 15). Um CR inferior a 0,10 é aceitável; caso contrário, um aviso indica o juízo que mais se afasta do rácio implícito nos pesos (|log a(i, j) - log(w(i)/w(j))|), o primeiro a rever.&lt;br&gt;&lt;br&gt;A saída WEIGHTS são os pesos pela ordem dos critérios como cadeia separada por vírgulas, pronta para o parâmetro WEIGHTS da sobreposição ponderada em modelos.</translation>
    </message>
    <message>
      <source>Degradation severity (national criteria)…</source>
      <translation type="vanished">Severidade da degradação (critérios nacionais)…</translation>
    </message>
    <message>
      <source>Ecosystems field</source>
      <translation type="vanished">Campo Ecosystems</translation>
    </message>
    <message>
      <source>Ecosystems fixed value</source>
      <translation type="vanished">Valor fixo de Ecosystems</translation>
    </message>
    <message>
      <source>End year field (optional)</source>
      <translation type="vanished">Campo de ano de fim (opcional)</translation>
    </message>
    <message>
      <source>Error recode polygons (optional)</source>
      <translation type="vanished">Polígonos de recodificação de erros (opcional)</translation>
    </message>
    <message>
      <source>Export to FERM…</source>
      <translation type="vanished">Exportar para o FERM…</translation>
    </message>
    <message>
      <source>Export to the CBD ORT…</source>
      <translation type="vanished">Exportar para a ORT da CDB…</translation>
    </message>
    <message>
      <source>FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24)</source>
      <translation type="vanished">códigos de atividade do FERM, separados por vírgulas (atividades finais 1-50, p. ex., 4,6,24)</translation>
    </message>
    <message>
      <source>FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label)</source>
      <translation type="vanished">tipo de restauro do FERM: 1 Restauro ecológico, 2 Reabilitação (código ou rótulo)</translation>
    </message>
    <message>
      <source>FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label</source>
      <translation type="vanished">código de regime de posse da terra do FERM 1-7 (1 Comunitário, 2 Governamental, 3 TIT, 4 Propriedade conjunta, 5 Privado, 6 Outro, 7 Não sabe) ou rótulo</translation>
    </message>
    <message>
      <source>Feature id</source>
      <translation type="vanished">Id. da entidade</translation>
    </message>
    <message>
      <source>Field holding the FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Empty: use {ACTIVITIES_VALUE}.</source>
      <translation type="vanished">Campo com os códigos de atividade do FERM, separados por vírgulas (atividades finais 1-50, p. ex., 4,6,24). Vazio: é usado {ACTIVITIES_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Empty: use {RESTORATION_TYPE_VALUE}.</source>
      <translation type="vanished">Campo com o tipo de restauro do FERM: 1 Restauro ecológico, 2 Reabilitação (código ou rótulo). Vazio: é usado {RESTORATION_TYPE_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Empty: use {TENURE_VALUE}.</source>
      <translation type="vanished">Campo com o código de regime de posse da terra do FERM 1-7 (1 Comunitário, 2 Governamental, 3 TIT, 4 Propriedade conjunta, 5 Privado, 6 Outro, 7 Não sabe) ou rótulo. Vazio: é usado {TENURE_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Empty: use {ECOSYSTEMS_VALUE}.</source>
      <translation type="vanished">Campo com os códigos de bioma da Tipologia Global de Ecossistemas da UICN, separados por vírgulas (p. ex., T1,TF1). Vazio: é usado {ECOSYSTEMS_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the {what}. Empty: use the fixed value.</source>
      <translation type="vanished">Campo com o valor de: {what}. Vazio: é usado o valor fixo.</translation>
    </message>
    <message>
      <source>Field of the polygons holding the whole-number land unit id.</source>
      <translation type="vanished">Campo dos polígonos que contém o identificador inteiro da unidade de terra.</translation>
    </message>
    <message>
      <source>First year (optional)</source>
      <translation type="vanished">Primeiro ano (opcional)</translation>
    </message>
    <message>
      <source>Fixed value for every site: FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Used where {ACTIVITIES_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valor fixo para todos os locais: códigos de atividade do FERM, separados por vírgulas (atividades finais 1-50, p. ex., 4,6,24). Usado quando {ACTIVITIES_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <source>Fixed value for every site: FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Used where {RESTORATION_TYPE_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valor fixo para todos os locais: tipo de restauro do FERM: 1 Restauro ecológico, 2 Reabilitação (código ou rótulo). Usado quando {RESTORATION_TYPE_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <source>Fixed value for every site: FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Used where {TENURE_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valor fixo para todos os locais: código de regime de posse da terra do FERM 1-7 (1 Comunitário, 2 Governamental, 3 TIT, 4 Propriedade conjunta, 5 Privado, 6 Outro, 7 Não sabe) ou rótulo. Usado quando {TENURE_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <source>Fixed value for every site: IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Used where {ECOSYSTEMS_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valor fixo para todos os locais: códigos de bioma da Tipologia Global de Ecossistemas da UICN, separados por vírgulas (p. ex., T1,TF1). Usado quando {ECOSYSTEMS_FIELD} não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <source>Fixed value for every site: {what}. Used where the field is not chosen or is empty.</source>
      <translation type="vanished">Valor fixo para todos os locais: {what}. Usado quando o campo não é escolhido ou está vazio.</translation>
    </message>
    <message>
      <source>For each restoration site, tests whether the annual vegetation index (e.g. NDVI) rises faster after the site's start year than on comparable land nearby.&lt;br&gt;&lt;br&gt;&lt;b&gt;Site pixels&lt;/b&gt;: pixels at least half inside the site polygon. &lt;b&gt;Controls&lt;/b&gt;: pixels within the search distance of the site, outside every site of the layer (whatever its status) buffered by a gap of a few pixels, in the same land unit and baseline class as the site's pixels (optional rasters). Each (land unit, class) stratum of the site is compared with the controls of the same stratum, weighted by the site's share of pixels in it.&lt;br&gt;&lt;b&gt;Estimate&lt;/b&gt;: difference-in-differences of OLS trends of the yearly mean index: (site slope from the start year on - site slope before) - (control slope after - control slope before), in index units per year. &lt;b&gt;p-value&lt;/b&gt;: from the standard error of that term in the interrupted time-series regression of the site-minus-control series (Student's t, n - 4 degrees of freedom); it is the chance of an effect at least this large if restoration changed nothing and the yearly residuals were independent.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: improving (effect &gt; 0, p &lt;= alpha), declining (effect &lt; 0, p &lt;= alpha), no detectable effect yet, too early to tell (too few years from the start), not assessable (no start year, excluded status, no pixel or no control, too few years before the start), each with a reason.&lt;br&gt;&lt;br&gt;&lt;b&gt;Limits&lt;/b&gt;: sites are not randomised, so controls only approximate what would have happened; spill-overs and leakage beyond the gap are not seen; a non-linear difference in pre-trends biases the estimate (compare the before slopes); short post periods give wide errors; cloud gaps change which pixels make a year's mean. The end year is not used: the after period runs to the last year of the series.</source>
      <translation type="vanished">Para cada local de restauro, testa se o índice de vegetação anual (p. ex., NDVI) aumenta mais depressa após o ano de início do local do que em terras comparáveis nas proximidades.&lt;br&gt;&lt;br&gt;&lt;b&gt;Píxeis do local&lt;/b&gt;: píxeis com pelo menos metade dentro do polígono do local. &lt;b&gt;Controlos&lt;/b&gt;: píxeis dentro da distância de pesquisa do local, fora de todos os locais da camada (seja qual for o seu estado) alargados por um intervalo de alguns píxeis, na mesma unidade de terra e classe de referência que os píxeis do local (rasters opcionais). Cada estrato (unidade de terra, classe) do local é comparado com os controlos do mesmo estrato, ponderado pela proporção de píxeis do local que contém.&lt;br&gt;&lt;b&gt;Estimativa&lt;/b&gt;: diferença nas diferenças das tendências por mínimos quadrados ordinários da média anual do índice: (declive do local a partir do ano de início - declive do local antes) - (declive dos controlos depois - declive dos controlos antes), em unidades do índice por ano. &lt;b&gt;Valor p&lt;/b&gt;: a partir do erro-padrão desse termo na regressão de séries temporais interrompidas da série local menos controlos (t de Student, n - 4 graus de liberdade); é a probabilidade de um efeito pelo menos tão grande se o restauro nada tivesse mudado e os resíduos anuais fossem independentes.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: melhoria (efeito &gt; 0, p &lt;= alfa), declínio (efeito &lt; 0, p &lt;= alfa), ainda sem efeito detetável, demasiado cedo para avaliar (poucos anos desde o início), não avaliável (sem ano de início, estado excluído, sem píxeis ou sem controlos, poucos anos antes do início), cada uma com um motivo.&lt;br&gt;&lt;br&gt;&lt;b&gt;Limites&lt;/b&gt;: os locais não são aleatorizados, pelo que os controlos apenas aproximam o que teria acontecido; os efeitos de contágio e as fugas para além do intervalo não são detetados; uma diferença não linear nas tendências prévias enviesa a estimativa (compare os declives anteriores); períodos posteriores curtos dão erros amplos; as falhas por nuvens alteram os píxeis que formam a média de um ano. O ano de fim não é usado: o período posterior vai até ao último ano da série.</translation>
    </message>
    <message>
      <source>For the custom legend: a CSV file with the source code in the first column and the UNCCD class in the second (a header row, further columns and lines starting with # are allowed). Takes precedence over the table.</source>
      <translation type="vanished">Para a legenda personalizada: um ficheiro CSV com o código de origem na primeira coluna e a classe UNCCD na segunda (são admitidas uma linha de cabeçalho, colunas adicionais e linhas começadas por #). Tem prioridade sobre a tabela.</translation>
    </message>
    <message>
      <source>For the custom legend: one row per land-cover code of your maps, with the UNCCD class (1-7) it belongs to. Used when no reclassification CSV is given.</source>
      <translation type="vanished">Para a legenda personalizada: uma linha por cada código de ocupação do solo dos seus mapas, com a classe UNCCD (1-7) a que pertence. Usada quando não é indicado um CSV de reclassificação.</translation>
    </message>
    <message>
      <source>Give the land units, as a raster ({raster}) or as polygons ({polygons}) with an id field.</source>
      <translation type="vanished">Indique as unidades de terra, como raster ({raster}) ou como polígonos ({polygons}) com um campo de identificador.</translation>
    </message>
    <message>
      <source>Headline indicator 2.1 of the Kunming-Montreal GBF: hectares under restoration in a reporting year, and progress towards Target 2 (share of the degraded baseline under restoration, against 30 % or the national target).&lt;br&gt;&lt;br&gt;&lt;b&gt;Which sites count.&lt;/b&gt; A site counts in the reporting year when its start year is in or before it, it has no end year or ended in or after it, and its status is not excluded (default: FERM 'In preparation'). Every feature is listed in the VALIDATION table as ok / warning / error with the reason (no start year, excluded or unknown status, starts later, ended earlier, invalid geometry repaired, empty geometry, outside the baseline).&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt; follow FAO FERM's method: the union of the valid geometries in EPSG:6933 (equal-area), in hectares, so overlapping sites count once. Restoration inside degraded land and the degraded baseline per zone use exact pixel coverage of the polygons on the baseline raster and true pixel areas (or polygon intersections when the baseline is given as polygons).&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows:&lt;/b&gt; the total, each zone of each zone layer plus '(outside)' (the part in none of its zones), and each activity and restoration type (a site with several activities counts for each, so those rows may add up to more than the total; activity and type rows are compared with the whole baseline). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). The AREAS layer holds the dissolved area of each row, in the CRS of the sites layer.</source>
      <translation type="vanished">Indicador principal 2.1 do Quadro Global de Biodiversidade Kunming-Montreal: hectares em restauro num ano de relatório e progresso rumo à Meta 2 (proporção da referência degradada em restauro, face a 30 % ou à meta nacional).&lt;br&gt;&lt;br&gt;&lt;b&gt;Que locais contam.&lt;/b&gt; Um local conta no ano de relatório quando o seu ano de início é esse ano ou anterior, não tem ano de fim ou terminou nesse ano ou depois, e o seu estado não está excluído (por omissão: FERM 'Em preparação'). Cada entidade é listada na tabela VALIDATION como ok / aviso / erro com o motivo (sem ano de início, estado excluído ou desconhecido, começa mais tarde, terminou antes, geometria inválida reparada, geometria vazia, fora da referência).&lt;br&gt;&lt;br&gt;&lt;b&gt;As áreas&lt;/b&gt; seguem o método FERM da FAO: a união das geometrias válidas em EPSG:6933 (de áreas iguais), em hectares, pelo que os locais sobrepostos contam uma só vez. O restauro dentro de terra degradada e a referência degradada por zona usam a cobertura exata dos polígonos em píxeis no raster de referência e as áreas reais dos píxeis (ou interseções de polígonos quando a referência é dada como polígonos).&lt;br&gt;&lt;br&gt;&lt;b&gt;Linhas:&lt;/b&gt; o total, cada zona de cada camada de zonas mais '(outside)' (a parte que não está em nenhuma das suas zonas), e cada atividade e tipo de restauro (um local com várias atividades conta para cada uma, pelo que essas linhas podem somar mais do que o total; as linhas de atividade e de tipo são comparadas com toda a referência). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). A camada AREAS contém a área dissolvida de cada linha, no SRC da camada de locais.</translation>
    </message>
    <message>
      <source>Headline indicator 2.1 of the Kunming-Montreal GBF: hectares under restoration in a reporting year, and progress towards Target 2 (share of the degraded baseline under restoration, against 30 % or the national target).&lt;br&gt;&lt;br&gt;&lt;b&gt;Which sites count.&lt;/b&gt; A site counts in the reporting year when its start year is in or before it, it has no end year or ended in or after it, and its status is not excluded (default: FERM 'In preparation'). Every feature is listed in the {VALIDATION} table as ok / warning / error with the reason (no start year, excluded or unknown status, starts later, ended earlier, invalid geometry repaired, empty geometry, outside the baseline).&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt; follow FAO FERM's method: the union of the valid geometries in EPSG:6933 (equal-area), in hectares, so overlapping sites count once. Restoration inside degraded land and the degraded baseline per zone use exact pixel coverage of the polygons on the baseline raster and true pixel areas (or polygon intersections when the baseline is given as polygons).&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows:&lt;/b&gt; the total, each zone of each zone layer plus '(outside)' (the part in none of its zones), and each activity and restoration type (a site with several activities counts for each, so those rows may add up to more than the total; activity and type rows are compared with the whole baseline). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). The {AREAS} layer holds the dissolved area of each row, in the CRS of the sites layer.</source>
      <translation type="vanished">Indicador principal 2.1 do Quadro Global de Biodiversidade Kunming-Montreal: hectares em restauro num ano de relatório e progresso rumo à Meta 2 (proporção da referência degradada em restauro, face a 30 % ou à meta nacional).&lt;br&gt;&lt;br&gt;&lt;b&gt;Que locais contam.&lt;/b&gt; Um local conta no ano de relatório quando o seu ano de início é esse ano ou anterior, não tem ano de fim ou terminou nesse ano ou depois, e o seu estado não está excluído (por omissão: FERM 'Em preparação'). Cada entidade é listada na tabela {VALIDATION} como ok / aviso / erro com o motivo (sem ano de início, estado excluído ou desconhecido, começa mais tarde, terminou antes, geometria inválida reparada, geometria vazia, fora da referência).&lt;br&gt;&lt;br&gt;&lt;b&gt;As áreas&lt;/b&gt; seguem o método FERM da FAO: a união das geometrias válidas em EPSG:6933 (de áreas iguais), em hectares, pelo que os locais sobrepostos contam uma só vez. O restauro dentro de terra degradada e a referência degradada por zona usam a cobertura exata dos polígonos em píxeis no raster de referência e as áreas reais dos píxeis (ou interseções de polígonos quando a referência é dada como polígonos).&lt;br&gt;&lt;br&gt;&lt;b&gt;Linhas:&lt;/b&gt; o total, cada zona de cada camada de zonas mais '(outside)' (a parte que não está em nenhuma das suas zonas), e cada atividade e tipo de restauro (um local com várias atividades conta para cada uma, pelo que essas linhas podem somar mais do que o total; as linhas de atividade e de tipo são comparadas com toda a referência). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). A camada {AREAS} contém a área dissolvida de cada linha, no SRC da camada de locais.</translation>
    </message>
    <message>
      <source>IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1)</source>
      <translation type="vanished">códigos de bioma da Tipologia Global de Ecossistemas da UICN, separados por vírgulas (p. ex., T1,TF1)</translation>
    </message>
    <message>
      <source>Indigenous and traditional territories (optional)</source>
      <translation type="vanished">Territórios indígenas e tradicionais (opcional)</translation>
    </message>
    <message>
      <source>Integrates several national degradation criteria (e.g. loss of vegetation cover, fragmentation, loss of productivity, any continuous index) into degradation severity categories.&lt;br&gt;&lt;br&gt;&lt;b&gt;Scoring.&lt;/b&gt; Each criterion raster (band 1) gets one row in the rules table: &lt;i&gt;criterion&lt;/i&gt; (its 1-based position in the criteria list), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; and &lt;i&gt;weight&lt;/i&gt;. Entries of a rule are separated by ';'. &lt;i&gt;thresholds&lt;/i&gt;: 'OP bound : score' entries with OP &amp;lt; or &amp;lt;= and increasing bounds, ended by '&amp;gt; B' after '&amp;lt;= B', '&amp;gt;= B' after '&amp;lt; B', or 'else : score'; a value takes the score of the first entry it satisfies, e.g. '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt;: 'code : score' pairs, e.g. '-1:3; 0:0; 1:0' or '1:3; 2:2; 3:1; 4:0; 5:0', optionally ended by 'else : score'; a code without a score stops the run, listing every such code of every criterion, before anything is written. &lt;i&gt;preset&lt;/i&gt;: a ready-made rule of resources/data/severity_defaults.json: vegetation_loss (0:0; 1:3), fragmentation (classes of the forest fragmentation tool: 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). Scores use the scale 0 none, 1 light, 2 moderate, 3 severe.&lt;br&gt;&lt;br&gt;&lt;b&gt;Integration.&lt;/b&gt; Score = weighted mean of the criterion scores (weights &gt;= 0, normalised by their sum). By default a pixel missing in any criterion is nodata; with 'available criteria' the mean is taken over the criteria present (weights renormalised over them).&lt;br&gt;&lt;br&gt;&lt;b&gt;Categories.&lt;/b&gt; The score is cut by the increasing breaks: below the first break category 0, a score equal to a break goes to the category above. Defaults: score &amp;lt; 0.5 not degraded (0), &amp;lt; 1.5 light (1), &amp;lt; 2.5 moderate (2), otherwise severe (3): a pixel whose criteria all score s is in category s.&lt;br&gt;&lt;br&gt;Outputs: categories (Int16, nodata -32768, styled), optional score (Float32), and the area of each category in hectares for the whole raster and per zone.</source>
      <translation type="vanished">Integra vários critérios nacionais de degradação (p. ex., perda de coberto vegetal, fragmentação, perda de produtividade, qualquer índice contínuo) em categorias de severidade da degradação.&lt;br&gt;&lt;br&gt;&lt;b&gt;Pontuação.&lt;/b&gt; Cada raster de critério (banda 1) tem uma linha na tabela de regras: &lt;i&gt;criterion&lt;/i&gt; (a sua posição, a começar em 1, na lista de critérios), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; e &lt;i&gt;weight&lt;/i&gt;. As entradas de uma regra são separadas por ';'. &lt;i&gt;thresholds&lt;/i&gt;: entradas 'OP limite : pontuação' com OP &amp;lt; ou &amp;lt;= e limites crescentes, terminadas por '&amp;gt; B' depois de '&amp;lt;= B', '&amp;gt;= B' depois de '&amp;lt; B', ou 'else : pontuação'; um valor recebe a pontuação da primeira entrada que satisfaz, p. ex., '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt;: pares 'código : pontuação', p. ex., '-1:3; 0:0; 1:0' ou '1:3; 2:2; 3:1; 4:0; 5:0', terminados opcionalmente por 'else : pontuação'; um código sem pontuação interrompe a execução, listando todos esses códigos de todos os critérios, antes de se escrever o que quer que seja. &lt;i&gt;preset&lt;/i&gt;: uma regra pré-definida de resources/data/severity_defaults.json: vegetation_loss (0:0; 1:3), fragmentation (classes da ferramenta de fragmentação florestal: 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). As pontuações usam a escala 0 nenhuma, 1 ligeira, 2 moderada, 3 severa.&lt;br&gt;&lt;br&gt;&lt;b&gt;Integração.&lt;/b&gt; Pontuação = média ponderada das pontuações dos critérios (pesos &gt;= 0, normalizados pela sua soma). Por omissão, um píxel em falta em qualquer critério fica sem dados; com 'critérios disponíveis' a média é calculada sobre os critérios presentes (com os pesos renormalizados entre eles).&lt;br&gt;&lt;br&gt;&lt;b&gt;Categorias.&lt;/b&gt; A pontuação é cortada pelos cortes crescentes: abaixo do primeiro corte, categoria 0; uma pontuação igual a um corte vai para a categoria superior. Por omissão: pontuação &amp;lt; 0.5 não degradado (0), &amp;lt; 1.5 ligeiro (1), &amp;lt; 2.5 moderado (2), caso contrário severo (3): um píxel cujos critérios pontuam todos s está na categoria s.&lt;br&gt;&lt;br&gt;Saídas: categorias (Int16, sem dados -32768, com estilo), pontuação opcional (Float32) e a área de cada categoria em hectares para todo o raster e por zona.</translation>
    </message>
    <message>
      <source>LPD {code} {label}: {pixels} pixel(s).</source>
      <translation type="vanished">LPD {code} {label}: {pixels} píxel(is).</translation>
    </message>
    <message>
      <source>Land Degradation Neutrality judged like for like (UNCCD scientific conceptual framework, Orr et al. 2017; SDG 15.3.1 Good Practice Guidance): losses are balanced by gains within the same land type, not across the country.&lt;br&gt;&lt;br&gt;Inputs: the SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved) of the baseline and of each reporting period, in order, and the land cover at baseline, reclassified to the 7 UNCCD classes with the same legend settings as the land-cover sub-indicator (a code the legend does not cover stops the run with the list of every such code). A land type is the UNCCD class, or the class combined with a land unit (e.g. soil) from {LAND_UNITS} or {LAND_UNIT_POLYGONS} (a pixel takes the polygon covering most of it, at least half; other pixels have no land type and are counted as nodata). Only pixels valid in every map and with a land type are counted, the same pixels in every period.&lt;br&gt;&lt;br&gt;Comparisons: &lt;i&gt;map&lt;/i&gt; (each map's own values), &lt;i&gt;vs_baseline&lt;/i&gt; (each period against the baseline) and &lt;i&gt;vs_previous&lt;/i&gt; (each period against the one before; for the first period, the baseline), the last two through the expanded status matrix of the GPG addendum collapsed to degraded (1-3), stable (4) and improved (5-7).&lt;br&gt;&lt;br&gt;{BALANCE}: per zone, comparison and land type the degraded, stable and improved area, the net balance (improved - degraded) in ha and % of the land type, and whether neutrality is met (net &gt;= 0). {COUNTERBALANCE}: losses, gains, the part of the losses offset by gains of the same land type, the remaining deficit and the surplus (never carried to another land type); the total row shows the pooled net balance beside the like-for-like deficit. {PERIOD_STATUS}: one row per period with its status, and a chart ({CHART}). Totals are the sums of the land-type rows, which add up to the valid area; nodata is reported in its own row. {DEFICIT}: one band per period, the land type code where that land type is in deficit against the baseline, 0 where it is not.</source>
      <translation type="vanished">Neutralidade da Degradação das Terras avaliada igual por igual (quadro conceptual científico da UNCCD, Orr et al. 2017; Guia de Boas Práticas do ODS 15.3.1): as perdas são compensadas por ganhos dentro do mesmo tipo de terra, não em todo o país.&lt;br&gt;&lt;br&gt;Entradas: o mapa do ODS 15.3.1 (-1 degradado, 0 estável, +1 melhorado) do período de referência e de cada período de relatório, por ordem, e a ocupação do solo no período de referência, reclassificada nas 7 classes da UNCCD com as mesmas definições de legenda do subindicador de ocupação do solo (um código que a legenda não abrange para a execução com a lista de todos esses códigos). Um tipo de terra é a classe UNCCD, ou a classe combinada com uma unidade de terra (p. ex., solo) de {LAND_UNITS} ou {LAND_UNIT_POLYGONS} (um píxel fica com o polígono que cobre a maior parte dele, pelo menos metade; os outros píxeis não têm tipo de terra e são contados como sem dados). Só são contados os píxeis válidos em todos os mapas e com um tipo de terra, os mesmos píxeis em todos os períodos.&lt;br&gt;&lt;br&gt;Comparações: &lt;i&gt;map&lt;/i&gt; (os valores próprios de cada mapa), &lt;i&gt;vs_baseline&lt;/i&gt; (cada período face ao período de referência) e &lt;i&gt;vs_previous&lt;/i&gt; (cada período face ao anterior; para o primeiro período, o de referência), as duas últimas através da matriz de estado alargada da adenda ao Guia de Boas Práticas, agrupada em degradado (1-3), estável (4) e melhorado (5-7).&lt;br&gt;&lt;br&gt;{BALANCE}: por zona, comparação e tipo de terra, a área degradada, estável e melhorada, o saldo líquido (melhorado - degradado) em ha e em % do tipo de terra, e se a neutralidade é atingida (saldo &gt;= 0). {COUNTERBALANCE}: perdas, ganhos, a parte das perdas compensada por ganhos do mesmo tipo de terra, o défice restante e o excedente (nunca transferido para outro tipo de terra); a linha do total mostra o saldo líquido agregado ao lado do défice igual por igual. {PERIOD_STATUS}: uma linha por período com o seu estado, e um gráfico ({CHART}). Os totais são as somas das linhas dos tipos de terra, que somam a área válida; a área sem dados é indicada numa linha própria. {DEFICIT}: uma banda por período, o código do tipo de terra onde esse tipo de terra está em défice face ao período de referência, 0 onde não está.</translation>
    </message>
    <message>
      <source>Land cover for the water mask (optional)</source>
      <translation type="vanished">Ocupação do solo para a máscara de água (opcional)</translation>
    </message>
    <message>
      <source>Land cover: loss is a change from a natural vegetation code to any other code. Tree cover: loss is a drop of tree cover (0-100 %) of at least the threshold.</source>
      <translation type="vanished">Ocupação do solo: a perda é uma mudança de um código de vegetação natural para qualquer outro código. Coberto arbóreo: a perda é uma descida do coberto arbóreo (0-100 %) de pelo menos o limiar.</translation>
    </message>
    <message>
      <source>Land productivity (LPD, offline)…</source>
      <translation type="vanished">Produtividade da terra (LPD, sem ligação)…</translation>
    </message>
    <message>
      <source>Land unit field</source>
      <translation type="vanished">Campo da unidade de terra</translation>
    </message>
    <message>
      <source>Land unit id field</source>
      <translation type="vanished">Campo de identificador da unidade de terra</translation>
    </message>
    <message>
      <source>Land units (optional)</source>
      <translation type="vanished">Unidades de terra (opcional)</translation>
    </message>
    <message>
      <source>Land units (polygons)</source>
      <translation type="vanished">Unidades de terra (polígonos)</translation>
    </message>
    <message>
      <source>Land units (raster)</source>
      <translation type="vanished">Unidades de terra (raster)</translation>
    </message>
    <message>
      <source>Land-cover map defining the land types (band 1, whole-number class codes).</source>
      <translation type="vanished">Mapa de ocupação do solo que define os tipos de terra (banda 1, códigos de classe inteiros).</translation>
    </message>
    <message>
      <source>Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition matrix (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;Both maps are first reclassified to the 7 UNCCD classes (1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not cover is never turned into nodata silently: the run stops and lists every such code of each map, and nothing is written.&lt;br&gt;&lt;br&gt;Each pixel takes the matrix value of its transition (row = initial class, column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. Edit it in the table or give a CSV of the same layout.&lt;br&gt;&lt;br&gt;Optional outputs: the transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.</source>
      <translation type="vanished">Subindicador de ocupação do solo do ODS 15.3.1: compara um mapa de ocupação do solo inicial e um final através de uma matriz de transição (Guia de Boas Práticas da UNCCD v2).&lt;br&gt;&lt;br&gt;Ambos os mapas são primeiro reclassificados nas 7 classes UNCCD (1 Coberto arbóreo, 2 Pastagens, 3 Terras de cultivo, 4 Zona húmida, 5 Artificial, 6 Outras terras, 7 Massa de água): se já estiverem nestas classes, através da predefinição ESA CCI incorporada ou através da sua própria tabela. Um código que a legenda não cobre nunca é convertido silenciosamente em sem dados: a execução para e lista todos esses códigos de cada mapa, e nada é escrito.&lt;br&gt;&lt;br&gt;Cada píxel recebe o valor da matriz para a sua transição (linha = classe inicial, coluna = classe final): -1 degradado, 0 estável, +1 melhorado (Int16, sem dados -32768 onde algum dos mapas não tem dados). A matriz por omissão é a da UNCCD (resources/data/unccd_transition_matrix.csv): p. ex., de Coberto arbóreo para Terras de cultivo é degradação, de Terras de cultivo para Coberto arbóreo é melhoria, e qualquer transição para ou a partir de Massa de água é estável. Edite-a na tabela ou indique um CSV com a mesma estrutura.&lt;br&gt;&lt;br&gt;Saídas opcionais: os códigos de transição inicial × 10 + final (p. ex., 13 = Coberto arbóreo → Terras de cultivo; Byte, sem dados 0) e uma tabela da área de cada uma das 49 transições em hectares (áreas reais dos píxeis no elipsoide), com o seu valor na matriz.</translation>
    </message>
    <message>
      <source>Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition matrix (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;Both maps are first reclassified to the 7 UNCCD classes (1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not cover is never turned into nodata silently: the run stops and lists every such code of each map, and nothing is written.&lt;br&gt;&lt;br&gt;Each pixel takes the matrix value of its transition (row = initial class, column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. Edit it in {MATRIX_TABLE} or give a CSV of the same layout ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Optional outputs: the transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.</source>
      <translation type="vanished">Subindicador de ocupação do solo do ODS 15.3.1: compara um mapa de ocupação do solo inicial e um final através de uma matriz de transição (Guia de Boas Práticas da UNCCD v2).&lt;br&gt;&lt;br&gt;Ambos os mapas são primeiro reclassificados nas 7 classes UNCCD (1 Coberto arbóreo, 2 Pastagens, 3 Terras de cultivo, 4 Zona húmida, 5 Artificial, 6 Outras terras, 7 Massa de água): se já estiverem nestas classes, através da predefinição ESA CCI incorporada ou através da sua própria tabela. Um código que a legenda não cobre nunca é convertido silenciosamente em sem dados: a execução para e lista todos esses códigos de cada mapa, e nada é escrito.&lt;br&gt;&lt;br&gt;Cada píxel recebe o valor da matriz para a sua transição (linha = classe inicial, coluna = classe final): -1 degradado, 0 estável, +1 melhorado (Int16, sem dados -32768 onde algum dos mapas não tem dados). A matriz por omissão é a da UNCCD (resources/data/unccd_transition_matrix.csv): p. ex., de Coberto arbóreo para Terras de cultivo é degradação, de Terras de cultivo para Coberto arbóreo é melhoria, e qualquer transição para ou a partir de Massa de água é estável. Edite-a em {MATRIX_TABLE} ou indique um CSV com a mesma estrutura ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Saídas opcionais: os códigos de transição inicial × 10 + final (p. ex., 13 = Coberto arbóreo → Terras de cultivo; Byte, sem dados 0) e uma tabela da área de cada uma das 49 transições em hectares (áreas reais dos píxeis no elipsoide), com o seu valor na matriz.</translation>
    </message>
    <message>
      <source>Legend of the land-cover maps (the same for both). 'Already UNCCD classes 1-7': 1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body. 'ESA CCI': the ESA CCI / C3S land-cover codes (10-220) with the standard SDG 15.3.1 aggregation (resources/data/esa_cci_to_unccd.csv). 'Custom': your own table (below). A code the legend does not cover stops the run with the list of every such code.</source>
      <translation type="vanished">Legenda dos mapas de ocupação do solo (a mesma para ambos). 'Já em classes UNCCD 1-7': 1 Coberto arbóreo, 2 Pastagens, 3 Terras de cultivo, 4 Zona húmida, 5 Artificial, 6 Outras terras, 7 Massa de água. 'ESA CCI': os códigos de ocupação do solo ESA CCI / C3S (10-220) com a agregação padrão do ODS 15.3.1 (resources/data/esa_cci_to_unccd.csv). 'Personalizada': a sua própria tabela (abaixo). Um código que a legenda não cobre interrompe a execução com a lista de todos esses códigos.</translation>
    </message>
    <message>
      <source>Level</source>
      <translation type="vanished">Nível</translation>
    </message>
    <message>
      <source>Manual method: increasing inner class limits, e.g. 0.25,0.5,0.75 for 4 classes; a value equal to a limit goes to the lower class.</source>
      <translation type="vanished">Método manual: limites interiores de classe crescentes, p. ex., 0.25,0.5,0.75 para 4 classes; um valor igual a um limite vai para a classe inferior.</translation>
    </message>
    <message>
      <source>Name of the period this layer describes (e.g. baseline, report_1), matched against the periods field of the recode polygons.</source>
      <translation type="vanished">Nome do período que esta camada descreve (p. ex., baseline, report_1), comparado com o campo de períodos dos polígonos de recodificação.</translation>
    </message>
    <message>
      <source>Names of the categories 0..n separated by ';' (one more than the breaks), used in the table and the legend. Empty: the default names when there are 4 categories, else 'Category 0', 'Category 1', ...</source>
      <translation type="vanished">Nomes das categorias 0..n separados por ';' (um a mais do que os cortes), usados na tabela e na legenda. Vazio: os nomes por omissão quando há 4 categorias; caso contrário, 'Categoria 0', 'Categoria 1', ...</translation>
    </message>
    <message>
      <source>One band per period: land type code where it is in deficit against the baseline, 0 where not (Int32, nodata -1).</source>
      <translation type="vanished">Uma banda por período: código do tipo de terra onde está em défice face ao período de referência, 0 onde não está (Int32, sem dados -1).</translation>
    </message>
    <message>
      <source>One raster per criterion (band 1 is used), e.g. vegetation-cover loss 0/1, fragmentation classes, productivity -1/0/+1 or LPD 1-5, a continuous index. Their order gives the criterion numbers 1, 2, ... used in the rules.</source>
      <translation type="vanished">Um raster por critério (é usada a banda 1), p. ex., perda de coberto vegetal 0/1, classes de fragmentação, produtividade -1/0/+1 ou LPD 1-5, um índice contínuo. A sua ordem dá os números de critério 1, 2, ... usados nas regras.</translation>
    </message>
    <message>
      <source>One row per criterion: criterion number (1-based position in the criteria list), type (thresholds, reclass or preset), rule text (e.g. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' or '-1:3; 0:0; 1:0' or 'lpd_5class') and weight (0 or more; empty = 1).</source>
      <translation type="vanished">Uma linha por critério: número do critério (posição, a começar em 1, na lista de critérios), tipo (thresholds, reclass ou preset), texto da regra (p. ex., '&lt;=-0.1:3; &lt;=0:1; &gt;0:0', '-1:3; 0:0; 1:0' ou 'lpd_5class') e peso (0 ou mais; vazio = 1).</translation>
    </message>
    <message>
      <source>One row per feature (feature_id, site_name, level ok/warning/error, reason) plus project problems; written even when errors stop the run.</source>
      <translation type="vanished">Uma linha por entidade (feature_id, site_name, level ok/warning/error, reason) mais os problemas do projeto; é escrita mesmo quando os erros param a execução.</translation>
    </message>
    <message>
      <source>One weight per criterion, comma-separated, in the order of the criteria (e.g. the WEIGHTS output of t2monitor:ahpweights). They are normalised to sum 1.</source>
      <translation type="vanished">Um peso por critério, separados por vírgulas, pela ordem dos critérios (p. ex., a saída WEIGHTS de t2monitor:ahpweights). São normalizados para somarem 1.</translation>
    </message>
    <message>
      <source>Optional CSV with the header criterion,type,rule,weight (one row per criterion; quote the rule text if it holds commas) or JSON list of objects with these keys. Takes precedence over the rules table.</source>
      <translation type="vanished">CSV opcional com o cabeçalho criterion,type,rule,weight (uma linha por critério; coloque o texto da regra entre aspas se tiver vírgulas) ou lista JSON de objetos com estas chaves. Tem prioridade sobre a tabela de regras.</translation>
    </message>
    <message>
      <source>Optional CSV with the layout of resources/data/ipcc_soc_factors.csv (columns initial, final, then one column per climate zone whose header starts with the zone code). Takes precedence over the table.</source>
      <translation type="vanished">CSV opcional com a estrutura de resources/data/ipcc_soc_factors.csv (colunas initial, final e depois uma coluna por zona climática cujo cabeçalho começa pelo código da zona). Tem prioridade sobre a tabela.</translation>
    </message>
    <message>
      <source>Optional CSV with the same layout as resources/data/unccd_transition_matrix.csv (a header row of the final classes 1-7, then one row per initial class 1-7, each starting with its label). Takes precedence over the matrix table.</source>
      <translation type="vanished">CSV opcional com a mesma estrutura de resources/data/unccd_transition_matrix.csv (uma linha de cabeçalho com as classes finais 1-7 e depois uma linha por classe inicial 1-7, cada uma começando pelo seu rótulo). Tem prioridade sobre a tabela da matriz.</translation>
    </message>
    <message>
      <source>Optional cross-tabulation in matrix form (hectares): per zone, one row per class of map A, one column b_&lt;class&gt; per class of map B, with totals.</source>
      <translation type="vanished">Tabulação cruzada opcional em forma de matriz (hectares): por zona, uma linha por classe do mapa A e uma coluna b_&lt;class&gt; por classe do mapa B, com totais.</translation>
    </message>
    <message>
      <source>Optional land units or soils combined with the land cover: a raster of whole numbers 0-9999 (land type = UNCCD class x 10000 + unit), or polygons (land type = UNCCD class x 10000 + the unit's position in the natural order of {LAND_UNIT_FIELD} values, from 1; a pixel takes the polygon covering most of it; tables name it).</source>
      <translation type="vanished">Unidades de terra ou solos opcionais combinados com a ocupação do solo: um raster de números inteiros 0-9999 (tipo de terra = classe UNCCD x 10000 + unidade), ou polígonos (tipo de terra = classe UNCCD x 10000 + a posição da unidade na ordem natural dos valores de {LAND_UNIT_FIELD}, a começar em 1; um píxel fica com o polígono que cobre a maior parte dele; as tabelas indicam o seu nome).</translation>
    </message>
    <message>
      <source>Optional land-unit or soil polygons combined with the land cover (instead of {LAND_UNITS}): land type = UNCCD class x 10000 + the unit's position in the natural order of {LAND_UNIT_FIELD} values (from 1); tables name it.</source>
      <translation type="vanished">Polígonos opcionais de unidades de terra ou de solos combinados com a ocupação do solo (em vez de {LAND_UNITS}): tipo de terra = classe UNCCD x 10000 + a posição da unidade na ordem natural dos valores de {LAND_UNIT_FIELD} (a começar em 1); as tabelas indicam o seu nome.</translation>
    </message>
    <message>
      <source>Optional land-unit or soil raster (whole numbers 0-9999) combined with the land cover: land type = UNCCD class x 10000 + unit.</source>
      <translation type="vanished">Raster opcional de unidades de terra ou de solos (números inteiros 0-9999) combinado com a ocupação do solo: tipo de terra = classe UNCCD x 10000 + unidade.</translation>
    </message>
    <message>
      <source>Optional transition codes initial × 10 + final in UNCCD classes (11-77, Byte, nodata 0), styled with readable labels.</source>
      <translation type="vanished">Códigos de transição opcionais inicial × 10 + final em classes UNCCD (11-77, Byte, sem dados 0), com estilo de rótulos legíveis.</translation>
    </message>
    <message>
      <source>Per class: mapped and estimated area (ha) with standard error, 95 % interval, user's and producer's accuracy with 95 % intervals, sample counts.</source>
      <translation type="vanished">Por classe: área cartografada e estimada (ha) com erro-padrão, intervalo de 95 %, exatidão do utilizador e do produtor com intervalos de 95 %, contagens da amostra.</translation>
    </message>
    <message>
      <source>Per stratum: pixels, area, weight, expected user's accuracy, points allocated and inclusion probability.</source>
      <translation type="vanished">Por estrato: píxeis, área, peso, exatidão do utilizador esperada, pontos alocados e probabilidade de inclusão.</translation>
    </message>
    <message>
      <source>Pixels with a significant decline</source>
      <translation type="vanished">Píxeis com um declínio significativo</translation>
    </message>
    <message>
      <source>Pixels with a significant increase</source>
      <translation type="vanished">Píxeis com um aumento significativo</translation>
    </message>
    <message>
      <source>Pixels without a significant trend</source>
      <translation type="vanished">Píxeis sem tendência significativa</translation>
    </message>
    <message>
      <source>Polygons of degraded land (the baseline), instead of a raster; any CRS; overlaps count once.</source>
      <translation type="vanished">Polígonos de terra degradada (a referência), em vez de um raster; qualquer SRC; as sobreposições contam uma só vez.</translation>
    </message>
    <message>
      <source>Polygons of the land units (any CRS), burned onto the productivity grid by pixel centre. Used when no land units raster is given.</source>
      <translation type="vanished">Polígonos das unidades de terra (qualquer SRC), rasterizados na grelha de produtividade pelo centro do píxel. Usados quando não é indicado um raster de unidades de terra.</translation>
    </message>
    <message>
      <source>Protected areas and OECMs (optional)</source>
      <translation type="vanished">Áreas protegidas e OMEC (opcional)</translation>
    </message>
    <message>
      <source>Raster of whole-number land unit ids (band 1) on the productivity grid (e.g. land cover x soil). Give this or a polygon layer.</source>
      <translation type="vanished">Raster de identificadores inteiros de unidades de terra (banda 1) na grelha de produtividade (p. ex., ocupação do solo x solo). Indique este ou uma camada de polígonos.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation type="vanished">Motivo</translation>
    </message>
    <message>
      <source>Rescales one criterion raster (slope, distance, erosion risk, land overuse...) to a common 0..1 score (1 = most suitable for restoration), ROAM step 2.&lt;br&gt;&lt;br&gt;Methods (x = criterion value):&lt;ul&gt;&lt;li&gt;linear benefit: (x - MIN) / (MAX - MIN), clipped to 0..1;&lt;/li&gt;&lt;li&gt;linear cost: (MAX - x) / (MAX - MIN), clipped;&lt;/li&gt;&lt;li&gt;fuzzy linear: straight lines through the control points POINTS (value:score; ...), constant beyond the first and last point;&lt;/li&gt;&lt;li&gt;sigmoid increasing: 1 / (1 + exp(-SPREAD * (x - MIDPOINT)));&lt;/li&gt;&lt;li&gt;sigmoid decreasing: 1 / (1 + exp(SPREAD * (x - MIDPOINT)));&lt;/li&gt;&lt;li&gt;gaussian (near): exp(-((x - MIDPOINT) / SPREAD)^2), 1 at the midpoint;&lt;/li&gt;&lt;li&gt;value ranges: TABLE rows min, max, score; the first row with min &amp;lt;= x &amp;lt;= max applies (empty min or max = open);&lt;/li&gt;&lt;li&gt;categories: TABLE rows code, score (leave the max column empty).&lt;/li&gt;&lt;/ul&gt;Empty MIN or MAX: the exact minimum or maximum of the raster's valid pixels (a first pass over the whole raster). A criterion with MAX = MIN is refused. Values matching no range or code become nodata and are reported.&lt;br&gt;&lt;br&gt;Output: Float32, nodata -9999; the method and its parameters are stored as metadata items (T2M_STANDARDIZE_*) of the file.</source>
      <translation type="vanished">Reescala um raster de critério (declive, distância, risco de erosão, sobreuso da terra...) para uma pontuação comum 0..1 (1 = mais apto para o restauro), passo 2 do ROAM.&lt;br&gt;&lt;br&gt;Métodos (x = valor do critério):&lt;ul&gt;&lt;li&gt;benefício linear: (x - MIN) / (MAX - MIN), limitado a 0..1;&lt;/li&gt;&lt;li&gt;custo linear: (MAX - x) / (MAX - MIN), limitado;&lt;/li&gt;&lt;li&gt;linear difuso: retas que passam pelos pontos de controlo POINTS (valor:pontuação; ...), constante para lá do primeiro e do último ponto;&lt;/li&gt;&lt;li&gt;sigmoide crescente: 1 / (1 + exp(-SPREAD * (x - MIDPOINT)));&lt;/li&gt;&lt;li&gt;sigmoide decrescente: 1 / (1 + exp(SPREAD * (x - MIDPOINT)));&lt;/li&gt;&lt;li&gt;gaussiana (proximidade): exp(-((x - MIDPOINT) / SPREAD)^2), 1 no ponto médio;&lt;/li&gt;&lt;li&gt;intervalos de valores: linhas de TABLE min, max, pontuação; aplica-se a primeira linha com min &amp;lt;= x &amp;lt;= max (min ou max vazio = aberto);&lt;/li&gt;&lt;li&gt;categorias: linhas de TABLE código, pontuação (deixe vazia a coluna max).&lt;/li&gt;&lt;/ul&gt;MIN ou MAX vazio: o mínimo ou o máximo exato dos píxeis válidos do raster (uma primeira passagem por todo o raster). Um critério com MAX = MIN é recusado. Os valores que não correspondem a nenhum intervalo nem código passam a sem dados e são assinalados.&lt;br&gt;&lt;br&gt;Saída: Float32, sem dados -9999; o método e os seus parâmetros são guardados como itens de metadados (T2M_STANDARDIZE_*) do ficheiro.</translation>
    </message>
    <message>
      <source>Restoration priority overlay…</source>
      <translation type="vanished">Sobreposição de prioridade de restauro…</translation>
    </message>
    <message>
      <source>Restoration progress towards 2030…</source>
      <translation type="vanished">Progresso do restauro até 2030…</translation>
    </message>
    <message>
      <source>Restoration type field (optional)</source>
      <translation type="vanished">Campo de tipo de restauro (opcional)</translation>
    </message>
    <message>
      <source>Restoration_Type field</source>
      <translation type="vanished">Campo Restoration_Type</translation>
    </message>
    <message>
      <source>Restoration_Type fixed value</source>
      <translation type="vanished">Valor fixo de Restoration_Type</translation>
    </message>
    <message>
      <source>Rows of land-use code, capability class and signed steps (0 proper use, k &gt; 0 overuse by k steps, k &lt; 0 underuse). Takes precedence over the table file. Empty: the table file, or the default table.</source>
      <translation type="vanished">Linhas de código de uso da terra, classe de capacidade e passos com sinal (0 uso adequado, k &gt; 0 sobreuso de k passos, k &lt; 0 subuso). Tem prioridade sobre o ficheiro de tabela. Vazio: o ficheiro de tabela ou a tabela por omissão.</translation>
    </message>
    <message>
      <source>SDG 15.3.1 indicator…</source>
      <translation type="vanished">Indicador ODS 15.3.1…</translation>
    </message>
    <message>
      <source>Sigmoid steepness (per unit of x) or gaussian width (the score is 1/e at MIDPOINT +- SPREAD); greater than 0.</source>
      <translation type="vanished">Inclinação da sigmoide (por unidade de x) ou largura da gaussiana (a pontuação é 1/e em MIDPOINT +- SPREAD); superior a 0.</translation>
    </message>
    <message>
      <source>Site</source>
      <translation type="vanished">Local</translation>
    </message>
    <message>
      <source>Site name field (optional)</source>
      <translation type="vanished">Campo de nome do local (opcional)</translation>
    </message>
    <message>
      <source>Site_Id field</source>
      <translation type="vanished">Campo Site_Id</translation>
    </message>
    <message>
      <source>Site_Id fixed value</source>
      <translation type="vanished">Valor fixo de Site_Id</translation>
    </message>
    <message>
      <source>Site_Name field</source>
      <translation type="vanished">Campo Site_Name</translation>
    </message>
    <message>
      <source>Site_Name fixed value</source>
      <translation type="vanished">Valor fixo de Site_Name</translation>
    </message>
    <message>
      <source>Soil organic carbon (SOC) sub-indicator of SDG 15.3.1: percent change of the SOC stock, classified -1 degraded / 0 stable / +1 improved (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Two SOC maps&lt;/b&gt;: the change between an initial and a final SOC map (same units).&lt;br&gt;&lt;b&gt;Baseline stepped with land cover&lt;/b&gt; (default): the final stock is the baseline stock times the stock-change factor of the pixel's land-cover transition (both maps reclassified to the UNCCD classes) in its IPCC climate zone. Default factors (resources/data/ipcc_soc_factors.csv): Tree-covered or Grassland → Cropland: IPCC land-use factor of the climate zone (temperate/boreal/polar dry 0.80, moist 0.69; tropical dry 0.58, moist and wet 0.48, montane 0.64); Cropland → Tree-covered or Grassland: 1/factor; Wetland → Cropland 0.71 and back 1/0.71; any class → Artificial 0.1; every other conversion, and every class that does not change, 1. The full factor applies whatever the time between the land-cover maps.&lt;br&gt;&lt;br&gt;Change = 100 × (final − initial) / initial; change ≤ −threshold → -1, ≥ +threshold → +1, else 0 (threshold 10 % by default). Nodata (-32768) where an input is nodata, where the initial stock is 0 or less, and on water: final land cover class 7 Water body, or a non-zero pixel of the optional water mask. Land-cover codes the legend does not cover and climate zones the factor table has no column for stop the run with the list of every such code; nothing is written.</source>
      <translation type="vanished">Subindicador de carbono orgânico do solo (COS) do ODS 15.3.1: variação percentual do stock de COS, classificada como -1 degradado / 0 estável / +1 melhorado (Guia de Boas Práticas da UNCCD v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Dois mapas de COS&lt;/b&gt;: a variação entre um mapa de COS inicial e um final (mesmas unidades).&lt;br&gt;&lt;b&gt;Referência escalonada com a ocupação do solo&lt;/b&gt; (por omissão): o stock final é o stock de referência multiplicado pelo fator de variação de stock da transição de ocupação do solo do píxel (ambos os mapas reclassificados nas classes UNCCD) na sua zona climática do IPCC. Fatores por omissão (resources/data/ipcc_soc_factors.csv): Coberto arbóreo ou Pastagens → Terras de cultivo: fator de uso da terra do IPCC da zona climática (temperada/boreal/polar seca 0,80, húmida 0,69; tropical seca 0,58, húmida e muito húmida 0,48, montana 0,64); Terras de cultivo → Coberto arbóreo ou Pastagens: 1/fator; Zona húmida → Terras de cultivo 0,71 e o inverso 1/0,71; qualquer classe → Artificial 0,1; qualquer outra conversão, e qualquer classe que não muda, 1. O fator completo aplica-se seja qual for o tempo decorrido entre os mapas de ocupação do solo.&lt;br&gt;&lt;br&gt;Variação = 100 × (final − inicial) / inicial; variação ≤ −limiar → -1, ≥ +limiar → +1, caso contrário 0 (limiar de 10 % por omissão). Sem dados (-32768) onde uma entrada não tem dados, onde o stock inicial é 0 ou inferior, e na água: classe 7 Massa de água da ocupação do solo final, ou um píxel diferente de zero da máscara de água opcional. Os códigos de ocupação do solo que a legenda não cobre e as zonas climáticas para as quais a tabela de fatores não tem coluna interrompem a execução com a lista de todos esses códigos; nada é escrito.</translation>
    </message>
    <message>
      <source>Soil organic carbon degradation (optional)</source>
      <translation type="vanished">Degradação do carbono orgânico do solo (opcional)</translation>
    </message>
    <message>
      <source>Standardising {layer} by ranges or categories needs a TABLE of scores.</source>
      <translation type="vanished">A padronização de {layer} por intervalos ou categorias precisa de uma TABLE de pontuações.</translation>
    </message>
    <message>
      <source>Start_Year field</source>
      <translation type="vanished">Campo Start_Year</translation>
    </message>
    <message>
      <source>Start_Year fixed value</source>
      <translation type="vanished">Valor fixo de Start_Year</translation>
    </message>
    <message>
      <source>State sub-indicator of land productivity (SDG 15.3.1): is the recent productivity of a pixel much lower or higher than in its own baseline?&lt;br&gt;&lt;br&gt;Per pixel, the valid values of the baseline years are cut into deciles (9 cut points at their 10 ... 90 % percentiles, linear interpolation as numpy's default). The baseline mean and the recent-period mean each get a decile class 1-10: class 1 up to the 10 % cut, class k above cut k-1 and up to cut k, class 10 above the 90 % cut (a value equal to a cut falls in the lower class, as in Trends.Earth). The change is recent class minus baseline class; OUTPUT is -1 where the change is at most -THRESHOLD, +1 where it is at least +THRESHOLD, else 0 (Int16, nodata -32768). CHANGE optionally keeps the class change (-9 to +9).&lt;br&gt;&lt;br&gt;Defaults: the recent period is the last 3 years of the series and the baseline runs from the first year to the year before the recent period. Years with nodata are left out of the deciles and means; pixels with fewer than MIN_YEARS valid baseline years, or no valid recent year, are nodata.</source>
      <translation type="vanished">Subindicador de estado da produtividade da terra (ODS 15.3.1): a produtividade recente de um píxel é muito inferior ou superior à do seu próprio período de referência?&lt;br&gt;&lt;br&gt;Por píxel, os valores válidos dos anos de referência são divididos em decis (9 pontos de corte nos seus percentis 10 ... 90 %, interpolação linear como por omissão no numpy). A média de referência e a média do período recente recebem cada uma uma classe de decil 1-10: classe 1 até ao corte de 10 %, classe k acima do corte k-1 e até ao corte k, classe 10 acima do corte de 90 % (um valor igual a um corte fica na classe inferior, como no Trends.Earth). A alteração é a classe recente menos a classe de referência; OUTPUT é -1 onde a alteração é no máximo -THRESHOLD, +1 onde é pelo menos +THRESHOLD, caso contrário 0 (Int16, sem dados -32768). CHANGE guarda opcionalmente a alteração de classe (-9 a +9).&lt;br&gt;&lt;br&gt;Valores por omissão: o período recente são os últimos 3 anos da série e a referência vai do primeiro ano ao ano anterior ao período recente. Os anos sem dados são excluídos dos decis e das médias; os píxeis com menos de MIN_YEARS anos de referência válidos, ou sem nenhum ano recente válido, ficam sem dados.</translation>
    </message>
    <message>
      <source>State {label}: {down} degraded, {flat} stable, {up} improved pixel(s).</source>
      <translation type="vanished">Estado {label}: {down} degradados, {flat} estáveis, {up} píxel(is) melhorado(s).</translation>
    </message>
    <message>
      <source>Status field (optional)</source>
      <translation type="vanished">Campo de estado (opcional)</translation>
    </message>
    <message>
      <source>Stepped method without a climate raster: the one IPCC climate zone of the whole area.</source>
      <translation type="vanished">Método escalonado sem raster climático: a única zona climática do IPCC de toda a área.</translation>
    </message>
    <message>
      <source>Stepped method: raster of IPCC climate-zone codes matching the factor table's columns (1 Warm temperate moist … 12 Tropical dry). Takes precedence over the single zone.</source>
      <translation type="vanished">Método escalonado: raster de códigos de zona climática do IPCC correspondentes às colunas da tabela de fatores (1 Warm temperate moist … 12 Tropical dry). Tem prioridade sobre a zona única.</translation>
    </message>
    <message>
      <source>Summary tables of the SDG 15.3.1 indicator, one per period, in the order of the period names.</source>
      <translation type="vanished">Tabelas de resumo do indicador ODS 15.3.1, uma por período, pela ordem dos nomes dos períodos.</translation>
    </message>
    <message>
      <source>Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights); its rows are matched to the criteria by order. Used instead of WEIGHTS when given.</source>
      <translation type="vanished">Tabela com os campos criterion e weight (p. ex., a tabela de t2monitor:ahpweights); as suas linhas são associadas aos critérios pela ordem. É usada em vez de WEIGHTS quando indicada.</translation>
    </message>
    <message>
      <source>Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights); its rows are matched to the criteria by order. Used instead of {WEIGHTS} when given.</source>
      <translation type="vanished">Tabela com os campos criterion e weight (p. ex., a tabela de t2monitor:ahpweights); as suas linhas são associadas aos critérios pela ordem. É usada em vez de {WEIGHTS} quando indicada.</translation>
    </message>
    <message>
      <source>Tenure field</source>
      <translation type="vanished">Campo Tenure</translation>
    </message>
    <message>
      <source>Tenure fixed value</source>
      <translation type="vanished">Valor fixo de Tenure</translation>
    </message>
    <message>
      <source>Tests how the top priority class (the highest class of t2monitor:priorityclasses) reacts to changes of the weights of t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;One-at-a-time&lt;/b&gt;: each weight in turn is lowered and raised by CHANGE_PERCENT % (then all weights are renormalised to sum 1). &lt;b&gt;Monte Carlo&lt;/b&gt;: RUNS weight sets, each weight multiplied by a random factor uniform in [1 - x, 1 + x] (x = CHANGE_PERCENT / 100, generator seeded with SEED, so runs are reproducible), renormalised.&lt;br&gt;&lt;br&gt;Every weight set gives a suitability (same exclusions and nodata as the overlay) classified with its own global breaks: exact min-max for equal interval, and for quantile and Jenks a fixed reproducible pixel sample of the criteria on which every run's suitability is computed (up to 100 000 pixels for quantiles, SAMPLE_SIZE for Jenks). The data are read twice whatever the number of runs: once for the breaks, once to compute all runs block by block.&lt;br&gt;&lt;br&gt;OUTPUT: share (0..1) of the Monte Carlo runs in which each pixel is in the top class; -1 excluded; nodata -9999. TABLE: the base run, the one-at-a-time runs (top-class area in ha and its change against the base run) and the Monte Carlo mean, minimum and maximum top-class area.</source>
      <translation type="vanished">Testa como a classe de prioridade superior (a classe mais alta de t2monitor:priorityclasses) reage a alterações dos pesos de t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;Um de cada vez&lt;/b&gt;: cada peso, à vez, é reduzido e aumentado em CHANGE_PERCENT % (depois, todos os pesos são renormalizados para somarem 1). &lt;b&gt;Monte Carlo&lt;/b&gt;: RUNS conjuntos de pesos, cada peso multiplicado por um fator aleatório uniforme em [1 - x, 1 + x] (x = CHANGE_PERCENT / 100, gerador com semente SEED, pelo que as execuções são reprodutíveis), renormalizados.&lt;br&gt;&lt;br&gt;Cada conjunto de pesos dá uma aptidão (mesmas exclusões e valores sem dados que a sobreposição) classificada com os seus próprios cortes globais: mínimo-máximo exato para intervalos iguais e, para quantis e Jenks, uma amostra fixa e reprodutível de píxeis dos critérios sobre a qual é calculada a aptidão de cada execução (até 100 000 píxeis para quantis, SAMPLE_SIZE para Jenks). Os dados são lidos duas vezes, qualquer que seja o número de execuções: uma para os cortes e outra para calcular todas as execuções bloco a bloco.&lt;br&gt;&lt;br&gt;OUTPUT: proporção (0..1) das execuções de Monte Carlo em que cada píxel está na classe superior; -1 excluído; sem dados -9999. TABLE: a execução base, as execuções um de cada vez (área da classe superior em ha e a sua alteração face à execução base) e a média, o mínimo e o máximo da área da classe superior em Monte Carlo.</translation>
    </message>
    <message>
      <source>The FERM API at {url} did not answer within {seconds} s. Check your connection and try again.</source>
      <translation type="vanished">A API do FERM em {url} não respondeu em {seconds} s. Verifique a sua ligação e tente novamente.</translation>
    </message>
    <message>
      <source>The FERM API key could not be read from the QGIS authentication database (configuration {authcfg}).</source>
      <translation type="vanished">Não foi possível ler a chave de API do FERM da base de dados de autenticação do QGIS (configuração {authcfg}).</translation>
    </message>
    <message>
      <source>The FERM export failed: {error}</source>
      <translation type="vanished">A exportação para o FERM falhou: {error}</translation>
    </message>
    <message>
      <source>The class-change threshold (THRESHOLD) must be between 1 and 9, not {value}.</source>
      <translation type="vanished">O limiar de alteração de classe (THRESHOLD) deve estar entre 1 e 9, não {value}.</translation>
    </message>
    <message>
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there. Choose a folder you can write to.</source>
      <translation type="vanished">Não é possível escrever na pasta {folder}, pelo que a saída {output} não pode ser guardada aí. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
      <source>The national report as a document: a multi-page PDF made with a QGIS print layout from the outputs of the workflow, in English, Spanish, French or Portuguese ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Pages:&lt;/b&gt; title page ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, plugin version); the map of each indicator given (SDG 15.3.1, degradation status, restoration priority) with legend, scale bar, north arrow, graticule and source line; the headline table (degraded land and its proportion, area under restoration, its percentage of the degraded baseline, the target and what remains to reach it) with the chart of progress towards 2030; the per-zone table; a methods page written from the parameters actually used (read from the input tables, the input layers and their dates, and the workflow runs of {METHODS_FILE}); with {ATLAS}, one page per zone.&lt;br&gt;&lt;br&gt;The figures are those of the input tables, unchanged, with the number format of the language (decimal comma in es/fr/pt). The layout is a template (.qpt) whose items are filled by their ids: copy resources/layouts/t2_report.qpt, restyle it in the layout designer and give it as {TEMPLATE_FILE}; a template without the required item ids is refused with their list. The chart is drawn with matplotlib when it is installed, else with the plugin's own SVG writer (vector in both cases). The PDF is written to a temporary file beside it and moved into place at the end, so a failed or cancelled run leaves no partial PDF.</source>
      <translation type="vanished">O relatório nacional como documento: um PDF de várias páginas feito com um layout de impressão do QGIS a partir dos resultados do fluxo de trabalho, em inglês, espanhol, francês ou português ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Páginas:&lt;/b&gt; página de título ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, versão do complemento); o mapa de cada indicador dado (ODS 15.3.1, estado da degradação, prioridade de restauração) com legenda, barra de escala, seta do norte, quadrícula e linha de fonte; a tabela de números principais (terra degradada e a sua proporção, área em restauração, a sua percentagem da referência degradada, a meta e o que falta para a atingir) com o gráfico do progresso rumo a 2030; a tabela por zona; uma página de métodos escrita a partir dos parâmetros realmente usados (lidos das tabelas de entrada, das camadas de entrada e das suas datas, e das execuções do fluxo de trabalho de {METHODS_FILE}); com {ATLAS}, uma página por zona.&lt;br&gt;&lt;br&gt;Os números são os das tabelas de entrada, sem alterações, com o formato numérico do idioma (vírgula decimal em es/fr/pt). O layout é um modelo (.qpt) cujos itens são preenchidos pelos seus identificadores: copie resources/layouts/t2_report.qpt, mude o seu estilo no desenhador de layouts e dê-o como {TEMPLATE_FILE}; um modelo sem os identificadores requeridos é recusado com a sua lista. O gráfico é desenhado com matplotlib quando está instalado e, caso contrário, com o escritor SVG próprio do complemento (vetorial em ambos os casos). O PDF é escrito num ficheiro temporário ao lado e movido para o seu lugar no fim, de modo que uma execução falhada ou cancelada não deixa nenhum PDF parcial.</translation>
    </message>
    <message>
      <source>The project file {path} cannot be read as JSON ({reason}).</source>
      <translation type="vanished">O ficheiro de projeto {path} não pode ser lido como JSON ({reason}).</translation>
    </message>
    <message>
      <source>The project file {path} must hold a JSON object.</source>
      <translation type="vanished">O ficheiro de projeto {path} deve conter um objeto JSON.</translation>
    </message>
    <message>
      <source>The rules file {path} cannot be read ({reason}).</source>
      <translation type="vanished">Não é possível ler o ficheiro de regras {path} ({reason}).</translation>
    </message>
    <message>
      <source>The rules file {path} cannot be read as JSON ({reason}).</source>
      <translation type="vanished">O ficheiro de regras {path} não pode ser lido como JSON ({reason}).</translation>
    </message>
    <message>
      <source>The rules file {path} is not valid JSON ({reason}).</source>
      <translation type="vanished">O ficheiro de regras {path} não é um JSON válido ({reason}).</translation>
    </message>
    <message>
      <source>The table file {path} cannot be read ({reason}). Save it as a UTF-8 CSV file.</source>
      <translation type="vanished">Não é possível ler o ficheiro de tabela {path} ({reason}). Guarde-o como ficheiro CSV em UTF-8.</translation>
    </message>
    <message>
      <source>The weights table {layer} has no field named weight.</source>
      <translation type="vanished">A tabela de pesos {layer} não tem nenhum campo chamado weight.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation type="vanished">Título</translation>
    </message>
    <message>
      <source>Trajectory sub-indicator of land productivity (SDG 15.3.1): the Mann-Kendall trend test of an annual vegetation index, pixel by pixel, on the years of the analysis period.&lt;br&gt;&lt;br&gt;Each pixel uses only its valid years (years with nodata are left out); pixels with fewer than MIN_YEARS valid years are nodata. S is the sum of the signs of all later-minus-earlier differences; its variance is n(n-1)(2n+5)/18 corrected for ties with the pixel's own groups of equal values; Z = (S-1)/sqrt(Var) for S &gt; 0, (S+1)/sqrt(Var) for S &lt; 0, else 0; p = 2(1 - Phi(|Z|)) is two-sided. OUTPUT is -1 where p &lt;= ALPHA and Z &lt; 0 (significant decline), +1 where p &lt;= ALPHA and Z &gt; 0 (significant increase), else 0 (Int16, nodata -32768).&lt;br&gt;&lt;br&gt;SLOPE is Sen's slope, the median of the slopes between all pairs of valid years, in the index's units per year (the band scale is applied: an NDVI stored x 10000 with scale 0.0001 gives NDVI per year). The optional Z and P rasters hold the test statistic and its p-value. The same statistics as pymannkendall's original_test, computed offline for every pixel.</source>
      <translation type="vanished">Subindicador de trajetória da produtividade da terra (ODS 15.3.1): o teste de tendência de Mann-Kendall de um índice de vegetação anual, píxel a píxel, nos anos do período de análise.&lt;br&gt;&lt;br&gt;Cada píxel usa apenas os seus anos válidos (os anos sem dados são excluídos); os píxeis com menos de MIN_YEARS anos válidos ficam sem dados. S é a soma dos sinais de todas as diferenças entre um ano posterior e um anterior; a sua variância é n(n-1)(2n+5)/18, corrigida para empates com os grupos de valores iguais do próprio píxel; Z = (S-1)/sqrt(Var) para S &gt; 0, (S+1)/sqrt(Var) para S &lt; 0, caso contrário 0; p = 2(1 - Phi(|Z|)) é bilateral. OUTPUT é -1 onde p &lt;= ALPHA e Z &lt; 0 (declínio significativo), +1 onde p &lt;= ALPHA e Z &gt; 0 (aumento significativo), caso contrário 0 (Int16, sem dados -32768).&lt;br&gt;&lt;br&gt;SLOPE é o declive de Sen, a mediana dos declives entre todos os pares de anos válidos, em unidades do índice por ano (a escala da banda é aplicada: um NDVI armazenado x 10000 com escala 0.0001 dá NDVI por ano). Os rasters opcionais Z e P contêm a estatística do teste e o seu valor p. São as mesmas estatísticas do original_test do pymannkendall, calculadas offline para cada píxel.</translation>
    </message>
    <message>
      <source>Trajectory {start}-{end}: {down} pixel(s) with a significant decline, {flat} without a significant trend, {up} with a significant increase.</source>
      <translation type="vanished">Trajetória {start}-{end}: {down} píxel(is) com um declínio significativo, {flat} sem tendência significativa, {up} com um aumento significativo.</translation>
    </message>
    <message>
      <source>Value scored 0 (benefit) or 1 (cost) for MIN, the other end for MAX. Empty: the exact minimum / maximum of the raster.</source>
      <translation type="vanished">Valor com pontuação 0 (benefício) ou 1 (custo) para MIN, e o extremo oposto para MAX. Vazio: o mínimo / máximo exato do raster.</translation>
    </message>
    <message>
      <source>Weights (w1,w2,...)</source>
      <translation type="vanished">Pesos (w1,w2,...)</translation>
    </message>
    <message>
      <source>Weights table</source>
      <translation type="vanished">Tabela de pesos</translation>
    </message>
    <message>
      <source>Writes the area under restoration (GBF headline indicator 2.1) as the national indicator data template of the CBD Online Reporting Tool: a workbook (sheet 'Indicator data') whose header row is exactly the 9 columns the ORT upload checks (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote), and optionally the same rows as CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows&lt;/b&gt;, in the order of the input table: the national total (flag 'No', type and disaggregation 'Not applicable'), then one row per disaggregation value (flag 'Yes'). Biome zones named by an IUCN GET code or name (T1, T1 - Tropical-subtropical forests biome, T1.1) go under 'Biome' (level 2) or 'Ecosystem Functional Group' (level 3); protected-area zones named PA or OECM, and the '(outside)' row ('not a protected area or OECM'), under the PA/OECM type; activities given as FAO FERM codes or ORT names under 'Type of restoration activity'; indigenous territories by name. The category strings are written exactly as the ORT lists them (typos and invisible characters included). Administrative regions and restoration types go under 'Other' as 'Administrative region: name' / 'Restoration type: name'. A value that matches no ORT category (e.g. a protected area's own name) is also written under 'Other' ('Protected area/OECM: name') and listed in a warning.&lt;br&gt;&lt;br&gt;Value = area under restoration in the chosen unit. With an SDG 15.3.1 summary, rows of the complementary indicator 2.CT.1 (code 2.CT.1, percent of degraded land over total land area; national and per zone as 'Zone: name') follow; the ORT reads each indicator's rows by their code. Nothing is written when an input is not the expected table or is empty.</source>
      <translation type="vanished">Escreve a área em restauro (indicador principal 2.1 do QGB) como modelo nacional de dados de indicadores da ferramenta de relatórios em linha (Online Reporting Tool) da CBD: um livro (folha 'Indicator data') cuja linha de cabeçalho são exatamente as 9 colunas que o carregamento no ORT verifica (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote) e, opcionalmente, as mesmas linhas como CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Linhas&lt;/b&gt;, pela ordem da tabela de entrada: o total nacional (indicador 'No', tipo e desagregação 'Not applicable') e depois uma linha por cada valor de desagregação (indicador 'Yes'). As zonas de bioma designadas por um código ou nome da GET da UICN (T1, T1 - Tropical-subtropical forests biome, T1.1) vão para 'Biome' (nível 2) ou 'Ecosystem Functional Group' (nível 3); as zonas de áreas protegidas designadas PA ou OECM, e a linha '(outside)' ('not a protected area or OECM'), para o tipo PA/OECM; as atividades indicadas como códigos do FERM da FAO ou nomes do ORT para 'Type of restoration activity'; os territórios indígenas pelo nome. As cadeias de categoria são escritas exatamente como o ORT as lista (gralhas e caracteres invisíveis incluídos). As regiões administrativas e os tipos de restauro vão para 'Other' como 'Administrative region: nome' / 'Restoration type: nome'. Um valor que não corresponde a nenhuma categoria do ORT (p. ex., o nome próprio de uma área protegida) é também escrito em 'Other' ('Protected area/OECM: nome') e listado num aviso.&lt;br&gt;&lt;br&gt;Valor = área em restauro na unidade escolhida. Com um resumo do ODS 15.3.1, seguem-se as linhas do indicador complementar 2.CT.1 (código 2.CT.1, percentagem de terra degradada sobre a área terrestre total; nacional e por zona como 'Zone: nome'); o ORT lê as linhas de cada indicador pelo seu código. Nada é escrito quando uma entrada não é a tabela esperada ou está vazia.</translation>
    </message>
    <message>
      <source>Year the area under restoration is reported for.</source>
      <translation type="vanished">Ano para o qual é apresentada a área em restauro.</translation>
    </message>
    <message>
      <source>Zones (optional)</source>
      <translation type="vanished">Zonas (opcional)</translation>
    </message>
    <message>
      <source>administrative level 1 (e.g. region)</source>
      <translation type="vanished">nível administrativo 1 (p. ex., região)</translation>
    </message>
    <message>
      <source>administrative level 2 (e.g. province)</source>
      <translation type="vanished">nível administrativo 2 (p. ex., província)</translation>
    </message>
    <message>
      <source>class_a × K + class_b (Int32, nodata −2147483648), with a generated style naming each pair.</source>
      <translation type="vanished">class_a × K + class_b (Int32, sem dados −2147483648), com um estilo gerado que nomeia cada par.</translation>
    </message>
    <message>
      <source>country (administrative level 0)</source>
      <translation type="vanished">país (nível administrativo 0)</translation>
    </message>
    <message>
      <source>level, zone, code, class_a, class_b, agreement (1/0), area_ha, share of the compared area; rows with an empty class are pixels where that map has no data.</source>
      <translation type="vanished">level, zone, code, class_a, class_b, agreement (1/0), area_ha, share da área comparada; as linhas com uma classe vazia são píxeis onde esse mapa não tem dados.</translation>
    </message>
    <message>
      <source>site id (FERM siteId; GEF ID_CODE)</source>
      <translation type="vanished">id. do local (siteId do FERM; ID_CODE do GEF)</translation>
    </message>
    <message>
      <source>site name (FERM siteName; text, non-ASCII kept)</source>
      <translation type="vanished">nome do local (siteName do FERM; texto, os caracteres não ASCII são mantidos)</translation>
    </message>
    <message>
      <source>year restoration started (a year, a date or text such as 2014/05/01)</source>
      <translation type="vanished">ano de início do restauro (um ano, uma data ou um texto como 2014/05/01)</translation>
    </message>
    <message>
      <source>{code} {label}: {count} pixels ({share:.1f} %)</source>
      <translation type="vanished">{code} {label}: {count} píxeis ({share:.1f} %)</translation>
    </message>
    <message>
      <source>{count} feature(s) that are not polygons were left out.</source>
      <translation type="vanished">Foram deixadas de fora {count} entidade(s) que não são polígonos.</translation>
    </message>
    <message>
      <source>{count} pixel(s) have fewer than {needed} valid baseline years or no valid recent year and are nodata.</source>
      <translation type="vanished">{count} píxel(is) têm menos de {needed} anos de referência válidos ou nenhum ano recente válido e ficam sem dados.</translation>
    </message>
    <message>
      <source>{count} pixel(s) have fewer than {needed} valid years in {start}-{end} and are nodata.</source>
      <translation type="vanished">{count} píxel(is) têm menos de {needed} anos válidos em {start}-{end} e ficam sem dados.</translation>
    </message>
    <message>
      <source>{count} pixels of {layer} match no range or code and were set to nodata (values: {values}).</source>
      <translation type="vanished">{count} píxeis de {layer} não correspondem a nenhum intervalo nem código e foram definidos como sem dados (valores: {values}).</translation>
    </message>
    <message>
      <source>{name} field</source>
      <translation type="vanished">Campo {name}</translation>
    </message>
    <message>
      <source>{name} fixed value</source>
      <translation type="vanished">Valor fixo de {name}</translation>
    </message>
    <message>
      <source>{path} cannot be read as GeoJSON ({reason}).</source>
      <translation type="vanished">{path} não pode ser lido como GeoJSON ({reason}).</translation>
    </message>
  </context>
</TS>
