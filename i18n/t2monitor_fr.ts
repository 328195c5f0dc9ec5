<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>T2Monitor</name>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="315" />
      <source>A polygon has no coordinate reference system, so its area cannot be computed.</source>
      <translation>Un polygone n'a pas de système de coordonnées de référence ; sa surface ne peut pas être calculée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="31" />
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (from the layer's paletted style when it has one), &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.</source>
      <translation>Surface de chaque classe d'un raster catégoriel, en hectares, pour l'ensemble du raster et pour chaque zone d'une couche de polygones facultative.&lt;br&gt;&lt;br&gt;Les surfaces des pixels sont les surfaces réelles sur l'ellipsoïde du SCR du raster (par ligne pour les SCR géographiques), jamais des degrés multipliés par des degrés. Les polygones des zones sont reprojetés dans le SCR du raster et chaque pixel est pondéré par la part que la zone en couvre, de sorte que le total d'une zone suit la surface de son polygone, même le long de limites irrégulières. Les polygones ayant la même valeur de zone sont fusionnés ; des zones différentes peuvent se chevaucher et chacune compte sa propre surface.&lt;br&gt;&lt;br&gt;La table a une ligne par zone et par classe : &lt;i&gt;level&lt;/i&gt; (total ou zone), &lt;i&gt;zone&lt;/i&gt; ((all) pour tout le raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (d'après le style palette de la couche s'il existe), &lt;i&gt;area_ha&lt;/i&gt; et &lt;i&gt;share&lt;/i&gt; (de la surface valide de la zone, les parts somment donc à 1). Les pixels sans données sont rapportés sur une ligne à part (classe vide, libellé 'nodata', sans part) et ne sont jamais mêlés à une classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="53" />
      <source>Band</source>
      <translation>Bande</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="54" />
      <source>Band holding the class codes.</source>
      <translation>Bande contenant les codes de classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="65" />
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="51" />
      <source>Categorical raster</source>
      <translation>Raster catégoriel</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="62" />
      <source>Class areas</source>
      <translation>Surfaces par classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="29" />
      <source>Class areas (per zone)</source>
      <translation>Surfaces par classe (par zone)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="65" />
      <source>Class areas file (CSV or XLSX)</source>
      <translation>Fichier des surfaces par classe (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="81" />
      <source>Class areas need exactly one band of {layer}.</source>
      <translation>Les surfaces par classe nécessitent exactement une bande de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="13" />
      <source>Class areas per zone…</source>
      <translation>Surfaces par classe et par zone…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/base.py" line="8" />
      <source>Export and reporting</source>
      <translation>Export et rapports</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="60" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: each feature is a zone named by its feature id.</source>
      <translation>Champ nommant chaque zone ; les entités partageant une valeur forment une zone. Vide : chaque entité est une zone nommée par son identifiant.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="97" />
      <source>GDAL cannot write raster files with the extension .{ext} ({path}). Use .tif.</source>
      <translation>GDAL ne peut pas écrire de fichiers raster avec l'extension .{ext} ({path}). Utilisez .tif.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/base.py" line="8" />
      <source>National degradation criteria</source>
      <translation>Critères nationaux de dégradation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="67" />
      <source>No file was given for the output {output}.</source>
      <translation>Aucun fichier n'a été indiqué pour la sortie {output}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="222" />
      <source>No input raster was given.</source>
      <translation>Aucun raster d'entrée n'a été indiqué.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="68" />
      <source>Nodata area (ha)</source>
      <translation>Surface sans données (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="259" />
      <source>None of the zones in {layer} overlaps the raster. Check that the zone layer and the raster cover the same area.</source>
      <translation>Aucune des zones de {layer} ne recouvre le raster. Vérifiez que la couche de zones et le raster couvrent la même région.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="43" />
      <source>Open sample project</source>
      <translation>Ouvrir le projet d'exemple</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="66" />
      <source>Optional copy of the table as a CSV or XLSX file.</source>
      <translation>Copie facultative de la table en fichier CSV ou XLSX.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="57" />
      <source>Polygons (e.g. districts) to report areas for; any CRS.</source>
      <translation>Polygones (p. ex. districts) pour lesquels rapporter les surfaces ; tout SCR.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="77" />
      <source>Preparing the T2 Monitor sample region</source>
      <translation>Préparation de la région d'exemple de T2 Monitor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="52" />
      <source>Raster of whole-number class codes (e.g. land cover, degradation classes).</source>
      <translation>Raster de codes de classe entiers (p. ex. occupation du sol, classes de dégradation).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/base.py" line="8" />
      <source>Restoration priority (ROAM)</source>
      <translation>Priorité de restauration (ROAM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/base.py" line="8" />
      <source>SDG 15.3.1 degradation</source>
      <translation>Dégradation ODD 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="73" />
      <source>Sample region opened from {folder}.</source>
      <translation>Région d'exemple ouverte depuis {folder}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="48" />
      <source>Show T2 Monitor algorithms in the Processing Toolbox</source>
      <translation>Afficher les algorithmes de T2 Monitor dans la boîte à outils de traitements</translation>
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
      <translation>T2 Monitor : suivi de la restauration de la cible 2 du CMB</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="63" />
      <source>Table of areas per zone and class (no geometry).</source>
      <translation>Table des surfaces par zone et par classe (sans géométrie).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="28" />
      <source>Tables can be written as .csv, .xlsx or .ods, not {ext} ({path}).</source>
      <translation>Les tables peuvent être écrites en .csv, .xlsx ou .ods, pas en {ext} ({path}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/base.py" line="8" />
      <source>Target 2 indicators</source>
      <translation>Indicateurs de la cible 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="77" />
      <source>The folder {folder} for the output {output} cannot be created ({reason}).</source>
      <translation>Le dossier {folder} de la sortie {output} ne peut pas être créé ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="83" />
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there. Choose a folder you can write to.</source>
      <translation>Le dossier {folder} n'est pas accessible en écriture ; la sortie {output} ne peut pas y être enregistrée. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="98" />
      <source>The layer {layer} is not a file raster (provider {provider}). Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>La couche {layer} n'est pas un raster fichier (fournisseur {provider}). Enregistrez-la d'abord en GeoTIFF (Exporter &gt; Enregistrer sous).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="76" />
      <source>The layer {layer} is not a raster GDAL can read ({reason}). Choose a raster file such as a GeoTIFF.</source>
      <translation>La couche {layer} n'est pas un raster lisible par GDAL ({reason}). Choisissez un fichier raster, par exemple un GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="79" />
      <source>The layer {layer} is not a raster GDAL can read. Choose a raster file such as a GeoTIFF.</source>
      <translation>La couche {layer} n'est pas un raster lisible par GDAL. Choisissez un fichier raster, par exemple un GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="70" />
      <source>The output {output} would overwrite the input {path}. Choose another file name.</source>
      <translation>La sortie {output} écraserait l'entrée {path}. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="117" />
      <source>The output {path} cannot be created ({reason}).</source>
      <translation>La sortie {path} ne peut pas être créée ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="170" />
      <source>The output {path} cannot be written as {driver} ({reason}).</source>
      <translation>La sortie {path} ne peut pas être écrite au format {driver} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="230" />
      <source>The raster has no coordinate reference system, so the zones of {layer} cannot be placed on it.</source>
      <translation>Le raster n'a pas de système de coordonnées de référence ; les zones de {layer} ne peuvent pas y être placées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="95" />
      <source>The raster layer given for {parameter} cannot be loaded. Check the file or choose another layer.</source>
      <translation>La couche raster indiquée pour {parameter} ne peut pas être chargée. Vérifiez le fichier ou choisissez une autre couche.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="71" />
      <source>The raster layer {layer} cannot be found at {path}. Check the path or choose another layer.</source>
      <translation>La couche raster {layer} est introuvable à l'emplacement {path}. Vérifiez le chemin ou choisissez une autre couche.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="115" />
      <source>The raster {layer} could not be aligned to the reference grid ({reason}).</source>
      <translation>Le raster {layer} n'a pas pu être aligné sur la grille de référence ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="182" />
      <source>The raster {layer} has an invalid geotransform (zero pixel size).</source>
      <translation>Le raster {layer} a un géoréférencement invalide (taille de pixel nulle).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="122" />
      <source>The raster {layer} has no coordinate reference system, so it cannot be aligned. Assign its CRS first.</source>
      <translation>Le raster {layer} n'a pas de système de coordonnées de référence ; il ne peut pas être aligné. Attribuez-lui d'abord son SCR.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="176" />
      <source>The raster {layer} has no geographic or projected coordinate reference system, so the true area of its pixels cannot be computed. Assign it a CRS and try again.</source>
      <translation>Le raster {layer} n'a pas de système de coordonnées de référence géographique ou projeté ; la surface réelle de ses pixels ne peut pas être calculée. Attribuez-lui un SCR et réessayez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="94" />
      <source>The raster {layer} has {count} band(s); band(s) {bands} do not exist.</source>
      <translation>Le raster {layer} a {count} bande(s) ; la ou les bandes {bands} n'existent pas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="91" />
      <source>The raster {layer} holds decimal values; class areas need a categorical raster of whole-number codes.</source>
      <translation>Le raster {layer} contient des valeurs décimales ; les surfaces par classe nécessitent un raster catégoriel de codes entiers.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="89" />
      <source>The raster {layer} is rotated or not north-up. Warp it to a north-up grid (Raster &gt; Projections &gt; Warp) first.</source>
      <translation>Le raster {layer} est pivoté ou non orienté au nord. Reprojetez-le d'abord sur une grille orientée au nord (Raster &gt; Projections &gt; Projection (warp)).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="109" />
      <source>The rasters are not on the same grid as {layer} ({differences}). Choose a reference layer to align them to, or resample them first.</source>
      <translation>Les rasters ne sont pas sur la même grille que {layer} ({differences}). Choisissez une couche de référence sur laquelle les aligner, ou rééchantillonnez-les d'abord.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="78" />
      <source>The run was cancelled; no output was written.</source>
      <translation>L'exécution a été annulée ; aucune sortie n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="69" />
      <source>The sample region could not be prepared: {error}</source>
      <translation>La région d'exemple n'a pas pu être préparée : {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="54" />
      <source>The table {path} cannot be written ({reason}).</source>
      <translation>La table {path} ne peut pas être écrite ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="325" />
      <source>The zone layer {layer} cannot be opened as a vector layer.</source>
      <translation>La couche de zones {layer} ne peut pas être ouverte comme couche vecteur.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="226" />
      <source>The zone layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>La couche de zones {layer} n'a pas de système de coordonnées de référence. Attribuez-lui un SCR et réessayez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="332" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="107" />
      <source>The zone layer {layer} has no field named {field}.</source>
      <translation>La couche de zones {layer} n'a pas de champ nommé {field}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="246" />
      <source>The zone layer {layer} has no polygons: use a polygon layer with at least one non-empty feature.</source>
      <translation>La couche de zones {layer} n'a aucun polygone : utilisez une couche de polygones avec au moins une entité non vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="114" />
      <source>The zone {zone} does not overlap the raster {layer}; it has no rows.</source>
      <translation>La zone {zone} ne recouvre pas le raster {layer} ; elle n'a aucune ligne.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="120" />
      <source>The zone {zone} extends beyond the raster {layer}: {outside} ha of its {total} ha are outside and not counted.</source>
      <translation>La zone {zone} déborde du raster {layer} : {outside} ha de ses {total} ha sont à l'extérieur et ne sont pas comptés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="276" />
      <source>The zones of {layer} cannot be reprojected to the raster's coordinate reference system ({error}).</source>
      <translation>Les zones de {layer} ne peuvent pas être reprojetées dans le système de coordonnées de référence du raster ({error}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="69" />
      <source>Total area (ha)</source>
      <translation>Surface totale (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="234" />
      <source>Two outputs were given the same file {path}.</source>
      <translation>Deux sorties ont reçu le même fichier {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="67" />
      <source>Valid area (ha)</source>
      <translation>Surface valide (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="96" />
      <source>Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.</source>
      <translation>Surface valide : {valid:.2f} ha ; sans données : {nodata:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="58" />
      <source>Zone field</source>
      <translation>Champ de zone</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="55" />
      <source>Zones (optional)</source>
      <translation>Zones (facultatif)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="30" />
      <source>area,hectares,class,zonal,statistics,land cover,table</source>
      <translation>surface,hectares,classe,zonal,statistiques,occupation du sol,table</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="123" />
      <source>{count} feature(s) of {layer} have no geometry or no zone value and were left out.</source>
      <translation>{count} entité(s) de {layer} n'ont pas de géométrie ou de valeur de zone et ont été écartées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="128" />
      <source>{count} invalid zone geometries of {layer} were repaired.</source>
      <translation>{count} géométries de zone invalides de {layer} ont été réparées.</translation>
    </message>
  </context>
</TS>
