<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
  <context>
    <name>T2Monitor</name>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="315" />
      <source>A polygon has no coordinate reference system, so its area cannot be computed.</source>
      <translation>Um polígono não tem sistema de referência de coordenadas, pelo que a sua área não pode ser calculada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="31" />
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (from the layer's paletted style when it has one), &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.</source>
      <translation>Área de cada classe de um raster categórico, em hectares, para todo o raster e para cada zona de uma camada de polígonos opcional.&lt;br&gt;&lt;br&gt;As áreas dos píxeis são áreas reais no elipsoide do SRC do raster (por linha em SRC geográficos), nunca graus multiplicados por graus. Os polígonos das zonas são reprojetados para o SRC do raster e cada píxel é ponderado pela fração que a zona cobre, de modo que o total de uma zona acompanha a área do seu polígono mesmo ao longo de limites irregulares. Polígonos com o mesmo valor de zona são unidos; zonas diferentes podem sobrepor-se e cada uma conta a sua própria área.&lt;br&gt;&lt;br&gt;A tabela tem uma linha por zona e classe: &lt;i&gt;level&lt;/i&gt; (total ou zona), &lt;i&gt;zone&lt;/i&gt; ((all) para todo o raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (do estilo de paleta da camada, quando existe), &lt;i&gt;area_ha&lt;/i&gt; e &lt;i&gt;share&lt;/i&gt; (da área válida da zona, pelo que as proporções somam 1). Os píxeis sem dados são apresentados numa linha própria (classe vazia, rótulo 'nodata', sem proporção) e nunca são misturados numa classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="53" />
      <source>Band</source>
      <translation>Banda</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="54" />
      <source>Band holding the class codes.</source>
      <translation>Banda que contém os códigos de classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="65" />
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV (*.csv);;Livro do Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="51" />
      <source>Categorical raster</source>
      <translation>Raster categórico</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="62" />
      <source>Class areas</source>
      <translation>Áreas por classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="29" />
      <source>Class areas (per zone)</source>
      <translation>Áreas por classe (por zona)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="65" />
      <source>Class areas file (CSV or XLSX)</source>
      <translation>Ficheiro de áreas por classe (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="81" />
      <source>Class areas need exactly one band of {layer}.</source>
      <translation>As áreas por classe precisam de exatamente uma banda de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="13" />
      <source>Class areas per zone…</source>
      <translation>Áreas por classe e zona…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/base.py" line="8" />
      <source>Export and reporting</source>
      <translation>Exportação e relatórios</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="60" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: each feature is a zone named by its feature id.</source>
      <translation>Campo que dá nome a cada zona; as entidades que partilham um valor formam uma zona. Vazio: cada entidade é uma zona com o nome do seu identificador.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="97" />
      <source>GDAL cannot write raster files with the extension .{ext} ({path}). Use .tif.</source>
      <translation>O GDAL não consegue escrever ficheiros raster com a extensão .{ext} ({path}). Use .tif.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/base.py" line="8" />
      <source>National degradation criteria</source>
      <translation>Critérios nacionais de degradação</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="67" />
      <source>No file was given for the output {output}.</source>
      <translation>Não foi indicado nenhum ficheiro para a saída {output}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="222" />
      <source>No input raster was given.</source>
      <translation>Não foi indicado nenhum raster de entrada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="68" />
      <source>Nodata area (ha)</source>
      <translation>Área sem dados (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="259" />
      <source>None of the zones in {layer} overlaps the raster. Check that the zone layer and the raster cover the same area.</source>
      <translation>Nenhuma das zonas de {layer} se sobrepõe ao raster. Verifique se a camada de zonas e o raster cobrem a mesma área.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="43" />
      <source>Open sample project</source>
      <translation>Abrir o projeto de exemplo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="66" />
      <source>Optional copy of the table as a CSV or XLSX file.</source>
      <translation>Cópia opcional da tabela como ficheiro CSV ou XLSX.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="57" />
      <source>Polygons (e.g. districts) to report areas for; any CRS.</source>
      <translation>Polígonos (p. ex., distritos) para os quais apresentar áreas; qualquer SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="77" />
      <source>Preparing the T2 Monitor sample region</source>
      <translation>A preparar a região de exemplo do T2 Monitor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="52" />
      <source>Raster of whole-number class codes (e.g. land cover, degradation classes).</source>
      <translation>Raster de códigos de classe inteiros (p. ex., ocupação do solo, classes de degradação).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/base.py" line="8" />
      <source>Restoration priority (ROAM)</source>
      <translation>Prioridade de restauro (ROAM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/base.py" line="8" />
      <source>SDG 15.3.1 degradation</source>
      <translation>Degradação ODS 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="73" />
      <source>Sample region opened from {folder}.</source>
      <translation>Região de exemplo aberta a partir de {folder}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="48" />
      <source>Show T2 Monitor algorithms in the Processing Toolbox</source>
      <translation>Mostrar os algoritmos do T2 Monitor na caixa de ferramentas de Processamento</translation>
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
      <translation>T2 Monitor: monitorização do restauro da Meta 2 do QGB</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="63" />
      <source>Table of areas per zone and class (no geometry).</source>
      <translation>Tabela de áreas por zona e classe (sem geometria).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="28" />
      <source>Tables can be written as .csv, .xlsx or .ods, not {ext} ({path}).</source>
      <translation>As tabelas podem ser escritas como .csv, .xlsx ou .ods, não {ext} ({path}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/base.py" line="8" />
      <source>Target 2 indicators</source>
      <translation>Indicadores da Meta 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="77" />
      <source>The folder {folder} for the output {output} cannot be created ({reason}).</source>
      <translation>Não é possível criar a pasta {folder} para a saída {output} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="83" />
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there. Choose a folder you can write to.</source>
      <translation>Não é possível escrever na pasta {folder}, pelo que a saída {output} não pode ser guardada aí. Escolha uma pasta onde possa escrever.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="98" />
      <source>The layer {layer} is not a file raster (provider {provider}). Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>A camada {layer} não é um raster em ficheiro (fornecedor {provider}). Guarde-a primeiro como GeoTIFF (Exportar &gt; Guardar como).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="76" />
      <source>The layer {layer} is not a raster GDAL can read ({reason}). Choose a raster file such as a GeoTIFF.</source>
      <translation>A camada {layer} não é um raster que o GDAL consiga ler ({reason}). Escolha um ficheiro raster, como um GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="79" />
      <source>The layer {layer} is not a raster GDAL can read. Choose a raster file such as a GeoTIFF.</source>
      <translation>A camada {layer} não é um raster que o GDAL consiga ler. Escolha um ficheiro raster, como um GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="70" />
      <source>The output {output} would overwrite the input {path}. Choose another file name.</source>
      <translation>A saída {output} substituiria a entrada {path}. Escolha outro nome de ficheiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="117" />
      <source>The output {path} cannot be created ({reason}).</source>
      <translation>Não é possível criar a saída {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="170" />
      <source>The output {path} cannot be written as {driver} ({reason}).</source>
      <translation>Não é possível escrever a saída {path} como {driver} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="230" />
      <source>The raster has no coordinate reference system, so the zones of {layer} cannot be placed on it.</source>
      <translation>O raster não tem sistema de referência de coordenadas, pelo que as zonas de {layer} não podem ser colocadas sobre ele.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="95" />
      <source>The raster layer given for {parameter} cannot be loaded. Check the file or choose another layer.</source>
      <translation>Não é possível carregar a camada raster indicada para {parameter}. Verifique o ficheiro ou escolha outra camada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="71" />
      <source>The raster layer {layer} cannot be found at {path}. Check the path or choose another layer.</source>
      <translation>A camada raster {layer} não foi encontrada em {path}. Verifique o caminho ou escolha outra camada.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="115" />
      <source>The raster {layer} could not be aligned to the reference grid ({reason}).</source>
      <translation>Não foi possível alinhar o raster {layer} com a grelha de referência ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="182" />
      <source>The raster {layer} has an invalid geotransform (zero pixel size).</source>
      <translation>O raster {layer} tem uma geotransformação inválida (tamanho de píxel zero).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="122" />
      <source>The raster {layer} has no coordinate reference system, so it cannot be aligned. Assign its CRS first.</source>
      <translation>O raster {layer} não tem sistema de referência de coordenadas, pelo que não pode ser alinhado. Atribua-lhe primeiro o seu SRC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="176" />
      <source>The raster {layer} has no geographic or projected coordinate reference system, so the true area of its pixels cannot be computed. Assign it a CRS and try again.</source>
      <translation>O raster {layer} não tem um sistema de referência de coordenadas geográfico ou projetado, pelo que a área real dos seus píxeis não pode ser calculada. Atribua-lhe um SRC e tente novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="94" />
      <source>The raster {layer} has {count} band(s); band(s) {bands} do not exist.</source>
      <translation>O raster {layer} tem {count} banda(s); a(s) banda(s) {bands} não existe(m).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="91" />
      <source>The raster {layer} holds decimal values; class areas need a categorical raster of whole-number codes.</source>
      <translation>O raster {layer} contém valores decimais; as áreas por classe precisam de um raster categórico de códigos inteiros.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="89" />
      <source>The raster {layer} is rotated or not north-up. Warp it to a north-up grid (Raster &gt; Projections &gt; Warp) first.</source>
      <translation>O raster {layer} está rodado ou não orientado a norte. Reprojete-o primeiro para uma grelha orientada a norte (Raster &gt; Projeções &gt; Reprojetar).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="109" />
      <source>The rasters are not on the same grid as {layer} ({differences}). Choose a reference layer to align them to, or resample them first.</source>
      <translation>Os rasters não estão na mesma grelha que {layer} ({differences}). Escolha uma camada de referência para os alinhar ou reamostre-os primeiro.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="78" />
      <source>The run was cancelled; no output was written.</source>
      <translation>A execução foi cancelada; nenhuma saída foi escrita.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="69" />
      <source>The sample region could not be prepared: {error}</source>
      <translation>Não foi possível preparar a região de exemplo: {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="54" />
      <source>The table {path} cannot be written ({reason}).</source>
      <translation>Não é possível escrever a tabela {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="325" />
      <source>The zone layer {layer} cannot be opened as a vector layer.</source>
      <translation>A camada de zonas {layer} não pode ser aberta como camada vetorial.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="226" />
      <source>The zone layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>A camada de zonas {layer} não tem sistema de referência de coordenadas. Atribua-lhe um SRC e tente novamente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="332" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="107" />
      <source>The zone layer {layer} has no field named {field}.</source>
      <translation>A camada de zonas {layer} não tem nenhum campo chamado {field}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="246" />
      <source>The zone layer {layer} has no polygons: use a polygon layer with at least one non-empty feature.</source>
      <translation>A camada de zonas {layer} não tem polígonos: use uma camada de polígonos com pelo menos uma entidade não vazia.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="114" />
      <source>The zone {zone} does not overlap the raster {layer}; it has no rows.</source>
      <translation>A zona {zone} não se sobrepõe ao raster {layer}; não tem linhas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="120" />
      <source>The zone {zone} extends beyond the raster {layer}: {outside} ha of its {total} ha are outside and not counted.</source>
      <translation>A zona {zone} estende-se para além do raster {layer}: {outside} ha dos seus {total} ha ficam de fora e não são contados.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="276" />
      <source>The zones of {layer} cannot be reprojected to the raster's coordinate reference system ({error}).</source>
      <translation>As zonas de {layer} não podem ser reprojetadas para o sistema de referência de coordenadas do raster ({error}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="69" />
      <source>Total area (ha)</source>
      <translation>Área total (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="234" />
      <source>Two outputs were given the same file {path}.</source>
      <translation>Duas saídas receberam o mesmo ficheiro {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="67" />
      <source>Valid area (ha)</source>
      <translation>Área válida (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="96" />
      <source>Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.</source>
      <translation>Área válida: {valid:.2f} ha; sem dados: {nodata:.2f} ha.</translation>
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
      <translation>área,hectares,classe,zonal,estatísticas,ocupação do solo,tabela</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="123" />
      <source>{count} feature(s) of {layer} have no geometry or no zone value and were left out.</source>
      <translation>{count} entidade(s) de {layer} não têm geometria ou valor de zona e foram omitidas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="128" />
      <source>{count} invalid zone geometries of {layer} were repaired.</source>
      <translation>Foram reparadas {count} geometrias de zona inválidas de {layer}.</translation>
    </message>
  </context>
</TS>
