<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>T2Monitor</name>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="148" />
      <source>% of baseline</source>
      <translation>% de la référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="248" />
      <source>'{country}' is not an ISO 3166-1 alpha-2 country code</source>
      <translation>'{country}' n'est pas un code de pays ISO 3166-1 alpha-2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="223" />
      <source>'{email}' is not an e-mail address (point of contact {name})</source>
      <translation>'{email}' n'est pas une adresse électronique (point de contact {name})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="258" />
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="259" />
      <source>(fixed value)</source>
      <translation>(valeur fixe)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="333" />
      <source>(log)</source>
      <translation>(journal)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="71" />
      <source>(not set)</source>
      <translation>(non défini)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="59" />
      <source>-1 degraded (ratio below the threshold), 0 not degraded (Int16, nodata -32768).</source>
      <translation>-1 dégradé (ratio inférieur au seuil), 0 non dégradé (Int16, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="140" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="54" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="85" />
      <source>-1 degraded, 0 stable, +1 improved (Int16, nodata -32768).</source>
      <translation>-1 dégradé, 0 stable, +1 amélioré (Int16, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="46" />
      <source>-1 significant decline, 0 no significant trend, +1 significant increase (Int16, nodata -32768).</source>
      <translation>-1 baisse significative, 0 pas de tendance significative, +1 hausse significative (Int16, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="48" />
      <source>0 non-forest, 1 patch, 2 transitional, 3 edge, 4 perforated, 5 undetermined, 6 interior (Byte, nodata 255), styled.</source>
      <translation>0 non-forêt, 1 îlot, 2 transitionnel, 3 lisière, 4 perforé, 5 indéterminé, 6 intérieur (Byte, sans données 255), stylé.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="75" />
      <source>1 loss, 0 no loss (Byte, nodata 255).</source>
      <translation>1 perte, 0 pas de perte (Byte, sans données 255).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="129" />
      <source>1 when no land type is in deficit in the first period against the baseline, else 0.</source>
      <translation>1 lorsqu'aucun type de terres n'est en déficit dans la première période par rapport à la référence, sinon 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="128" />
      <source>7 × 7 matrix of -1 (degradation), 0 (stable) and 1 (improvement); rows are the initial class, columns the final class; the first column names the row's class (keep its number). Defaults to the UNCCD matrix.</source>
      <translation>Matrice 7 × 7 de -1 (dégradation), 0 (stable) et 1 (amélioration) ; les lignes sont la classe initiale, les colonnes la classe finale ; la première colonne nomme la classe de la ligne (conservez son numéro). Par défaut, la matrice de la CNULCD.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="101" />
      <source>95 % confidence interval of the estimate (ha)</source>
      <translation>Intervalle de confiance à 95 % de l'estimation (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="91" />
      <source>95 % half-interval of that area (ha)</source>
      <translation>Demi-intervalle à 95 % de cette surface (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="113" />
      <source>95 % half-interval of the estimated baseline (ha)</source>
      <translation>Demi-intervalle à 95 % de la référence estimée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="42" />
      <source>95 % half-interval of the estimated degraded area (ha)</source>
      <translation>Demi-intervalle à 95 % de la surface dégradée estimée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="79" />
      <source>A 95 % half-interval of the degraded area was given without the estimated area: give both (ESTIMATED_DEGRADED_HA and ESTIMATED_CI95_HA).</source>
      <translation>Un demi-intervalle à 95 % de la surface dégradée a été indiqué sans la surface estimée : indiquez les deux (ESTIMATED_DEGRADED_HA et ESTIMATED_CI95_HA).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="54" />
      <source>A Mann-Kendall trend with p at or below this level is significant (default 0.05).</source>
      <translation>Une tendance de Mann-Kendall dont p est inférieur ou égal à ce niveau est significative (par défaut 0,05).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="60" />
      <source>A change of this many decile classes or more is a degradation or an improvement (default 2).</source>
      <translation>Un changement d'au moins ce nombre de classes de déciles est une dégradation ou une amélioration (par défaut 2).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="46" />
      <source>A drop of at least this many decile classes is degradation (-1), a rise of at least this many is improvement (+1) (default 2).</source>
      <translation>Une baisse d'au moins ce nombre de classes de déciles est une dégradation (-1), une hausse d'au moins ce nombre une amélioration (+1) (par défaut 2).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="68" />
      <source>A fixed number of points instead of the one computed from {TARGET_SE_OA}.</source>
      <translation>Un nombre fixe de points au lieu de celui calculé à partir de {TARGET_SE_OA}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="84" />
      <source>A loss of at least this percentage is degradation, a gain of at least this percentage improvement (default 10 %).</source>
      <translation>Une perte d'au moins ce pourcentage est une dégradation, un gain d'au moins ce pourcentage une amélioration (par défaut 10 %).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="67" />
      <source>A mean below this share of the unit's percentile is degraded (default 0.5).</source>
      <translation>Une moyenne inférieure à cette fraction du centile de l'unité est dégradée (par défaut 0,5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="54" />
      <source>A pixel whose mean divided by its unit's percentile is below this ratio is degraded (-1) (default 0.5).</source>
      <translation>Un pixel dont la moyenne divisée par le centile de son unité est inférieure à ce ratio est dégradé (-1) (par défaut 0,5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="381" />
      <source>A polygon has no coordinate reference system, so its area cannot be computed.</source>
      <translation>Un polygone n'a pas de système de coordonnées de référence ; sa surface ne peut pas être calculée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="102" />
      <source>A print layout template (.qpt) with the item ids of the default one. Empty: the plugin's template.</source>
      <translation>Un modèle de mise en page (.qpt) avec les identifiants d'éléments du modèle par défaut. Vide : le modèle de l'extension.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="200" />
      <source>A row of {layer} ({kind} {value}) has no area or no year.</source>
      <translation>Une ligne de {layer} ({kind} {value}) n'a pas de surface ou pas d'année.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="28" />
      <source>A stratified random sample of pixels of a categorical map (SDG 15.3.1, LPD, cover loss, severity, priority classes...) for an accuracy assessment and an estimate of each class's area with its confidence interval (good practice of Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample size&lt;/b&gt;: n = (sum of W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(O))&lt;sup&gt;2&lt;/sup&gt; (Cochran; Olofsson et al. 2014 eq. 13), W&lt;sub&gt;i&lt;/sub&gt; the area share of stratum i, S&lt;sub&gt;i&lt;/sub&gt; = sqrt(U&lt;sub&gt;i&lt;/sub&gt;(1 - U&lt;sub&gt;i&lt;/sub&gt;)) from its expected user's accuracy U&lt;sub&gt;i&lt;/sub&gt;, and S(O) the target standard error of overall accuracy. A fixed total can be given instead.&lt;br&gt;&lt;b&gt;Allocation&lt;/b&gt;: proportional to area; equal; or proportional with a minimum per stratum (rare strata, such as degraded land, get the minimum; the rest is shared proportionally; 50-100 is usual). A stratum never gets more points than it has pixels.&lt;br&gt;&lt;b&gt;Strata&lt;/b&gt; are the map classes, or the classes of an optional strata raster on the same grid (e.g. the map plus a buffer stratum around change).&lt;br&gt;&lt;br&gt;The points (pixel centres, in the map's CRS) carry id (in random order), stratum, map_class, pixel_area_ha (true ellipsoidal area), inclusion_probability (n&lt;sub&gt;h&lt;/sub&gt;/N&lt;sub&gt;h&lt;/sub&gt;), stratum_pixels (N&lt;sub&gt;h&lt;/sub&gt;, to check later that the labels go with this map) and an empty reference field to fill with the reference label. Optional exports for labelling: a CSV/XLSX of the points with WGS 84 coordinates, a Collect Earth plot CSV (id, YCoordinate, XCoordinate, attributes) and a KML of plot squares the size of the pixel. The same map, settings and seed always give the same sample.</source>
      <translation>Un échantillon aléatoire stratifié de pixels d'une carte catégorielle (ODD 15.3.1, LPD, perte de couvert, sévérité, classes de priorité...) pour une évaluation de la précision et une estimation de la surface de chaque classe avec son intervalle de confiance (bonnes pratiques d'Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Taille de l'échantillon&lt;/b&gt; : n = (somme des W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(O))&lt;sup&gt;2&lt;/sup&gt; (Cochran ; Olofsson et al. 2014 éq. 13), W&lt;sub&gt;i&lt;/sub&gt; étant la part de surface de la strate i, S&lt;sub&gt;i&lt;/sub&gt; = sqrt(U&lt;sub&gt;i&lt;/sub&gt;(1 - U&lt;sub&gt;i&lt;/sub&gt;)) d'après sa précision attendue pour l'utilisateur U&lt;sub&gt;i&lt;/sub&gt;, et S(O) l'erreur type visée de la précision globale. Un total fixe peut être indiqué à la place.&lt;br&gt;&lt;b&gt;Répartition&lt;/b&gt; : proportionnelle à la surface ; égale ; ou proportionnelle avec un minimum par strate (les strates rares, comme les terres dégradées, reçoivent le minimum ; le reste est réparti proportionnellement ; 50-100 est courant). Une strate ne reçoit jamais plus de points qu'elle n'a de pixels.&lt;br&gt;&lt;b&gt;Les strates&lt;/b&gt; sont les classes de la carte, ou les classes d'un raster de strates facultatif sur la même grille (p. ex. la carte plus une strate tampon autour des changements).&lt;br&gt;&lt;br&gt;Les points (centres des pixels, dans le SCR de la carte) portent id (dans un ordre aléatoire), stratum, map_class, pixel_area_ha (surface ellipsoïdale réelle), inclusion_probability (n&lt;sub&gt;h&lt;/sub&gt;/N&lt;sub&gt;h&lt;/sub&gt;), stratum_pixels (N&lt;sub&gt;h&lt;/sub&gt;, pour vérifier plus tard que les étiquettes correspondent à cette carte) et un champ reference vide à remplir avec l'étiquette de référence. Exports facultatifs pour l'étiquetage : un CSV/XLSX des points avec les coordonnées WGS 84, un CSV de placettes Collect Earth (id, YCoordinate, XCoordinate, attributs) et un KML de carrés de placette de la taille du pixel. La même carte, les mêmes paramètres et la même graine donnent toujours le même échantillon.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="38" />
      <source>A trend counts as a decline or an increase when its two-sided p-value is at most this level (default 0.05, as the UNCCD Good Practice Guidance).</source>
      <translation>Une tendance compte comme une baisse ou une hausse quand sa valeur p bilatérale est au plus égale à ce niveau (par défaut 0,05, comme dans le guide de bonnes pratiques de la CNULCD).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="72" />
      <source>AHP supports 1 to {max} criteria; {count} were given.</source>
      <translation>L'AHP accepte de 1 à {max} critères ; {count} ont été indiqués.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="69" />
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="302" />
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="175" />
      <source>AHP weights</source>
      <translation>Poids AHP</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="16" />
      <source>AHP weights (pairwise comparison)</source>
      <translation>Poids AHP (comparaison par paires)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="59" />
      <source>AHP weights file (CSV or XLSX)</source>
      <translation>Fichier des poids AHP (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="17" />
      <source>AHP,analytic hierarchy process,Saaty,pairwise,weights,consistency,ROAM,priority,experts</source>
      <translation>AHP,processus de hiérarchie analytique,Saaty,par paires,poids,cohérence,ROAM,priorité,experts</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="215" />
      <source>API address</source>
      <translation>Adresse de l'API</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="222" />
      <source>API key</source>
      <translation>Clé d'API</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="42" />
      <source>API key given by FERM (stored encrypted in the QGIS authentication database):</source>
      <translation>Clé d'API fournie par FERM (stockée chiffrée dans la base de données d'authentification de QGIS) :</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="24" />
      <source>Accuracy</source>
      <translation>Précision</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/base.py" line="8" />
      <source>Accuracy and area estimation</source>
      <translation>Précision et estimation des surfaces</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="26" />
      <source>Accuracy assessment and area estimate</source>
      <translation>Évaluation de la précision et estimation des surfaces</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="188" />
      <source>Accuracy sample</source>
      <translation>Échantillon de précision</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="124" />
      <source>Activities: field</source>
      <translation>Activités : champ</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="134" />
      <source>Activities: fixed value</source>
      <translation>Activités : valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="128" />
      <source>Activities: fixed value as text</source>
      <translation>Activités : valeur fixe en texte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="76" />
      <source>Activity field</source>
      <translation>Champ de l'activité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="100" />
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="52" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="117" />
      <source>Add a sample point layer (GeoPackage from Sample design) to the project.</source>
      <translation>Ajouter au projet une couche de points d'échantillon (GeoPackage issu de Plan d'échantillonnage).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="85" />
      <source>Add one page per zone of {ZONES} with its map and figures.</source>
      <translation>Ajoute une page par zone de {ZONES} avec sa carte et ses chiffres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="119" />
      <source>Add the filled print layout to the project's layouts, to edit it in the layout designer before printing (ignored without a project, e.g. in qgis_process).</source>
      <translation>Ajoute la mise en page remplie aux mises en page du projet, pour la modifier dans le composeur de mise en page avant d'imprimer (ignoré sans projet, p. ex. dans qgis_process).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="213" />
      <source>Address of the FERM API (see the FERM API documentation)</source>
      <translation>Adresse de l'API FERM (voir la documentation de l'API FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="174" />
      <source>Admin level 1: field</source>
      <translation>Niveau administratif 1 : champ</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="176" />
      <source>Admin level 1: fixed value</source>
      <translation>Niveau administratif 1 : valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="180" />
      <source>Admin level 2: field</source>
      <translation>Niveau administratif 2 : champ</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="182" />
      <source>Admin level 2: fixed value</source>
      <translation>Niveau administratif 2 : valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="16" />
      <source>Administrative regions</source>
      <translation>Régions administratives</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="17" />
      <source>Administrative regions (e.g. districts, provinces) to disaggregate by; any CRS.</source>
      <translation>Régions administratives (p. ex. districts, provinces) selon lesquelles ventiler ; tout SCR.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="80" />
      <source>Agreeing area (ha)</source>
      <translation>Surface concordante (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="69" />
      <source>Agreement summary</source>
      <translation>Résumé de la concordance</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="72" />
      <source>Agreement summary file (CSV or XLSX)</source>
      <translation>Fichier de résumé de la concordance (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="43" />
      <source>Align inputs to the grid of the first raster</source>
      <translation>Aligner les entrées sur la grille du premier raster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="54" />
      <source>All areas are true areas on the ellipsoid, in hectares; the figures of this report are those of the input tables, unchanged.</source>
      <translation>Toutes les surfaces sont des surfaces réelles sur l'ellipsoïde, en hectares ; les chiffres de ce rapport sont ceux des tables d'entrée, inchangés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="18" />
      <source>All land types</source>
      <translation>Tous les types de terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="199" />
      <source>All the criterion weights are 0; give at least one a positive weight.</source>
      <translation>Tous les poids des critères valent 0 ; donnez un poids positif à au moins l'un d'eux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="70" />
      <source>Allocation</source>
      <translation>Répartition</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="56" />
      <source>Already UNCCD classes 1-7</source>
      <translation>Déjà en classes CNULCD 1-7</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="118" />
      <source>Also add the filled layout to the project</source>
      <translation>Ajouter aussi la mise en page remplie au projet</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="80" />
      <source>An LPD map from another source (band 1 is read). Needed in the external map mode.</source>
      <translation>Une carte LPD d'une autre source (la bande 1 est lue). Nécessaire en mode carte externe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="94" />
      <source>An effect counts as detected when its p-value is at most this (default 0.05).</source>
      <translation>Un effet est considéré comme détecté quand sa valeur p est au plus égale à ce seuil (par défaut 0,05).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="37" />
      <source>Annual index rasters (one band per year)</source>
      <translation>Rasters d'indice annuel (une bande par année)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="37" />
      <source>Annual productivity index (e.g. NDVI or its yearly integral): one multi-band raster with one band per year, or several rasters whose bands, in the order given, are consecutive years; nodata years of a pixel are left out of its mean. Or a single single-band raster of means (then leave the years empty). Band scale and offset are applied when the file declares them.</source>
      <translation>Indice de productivité annuel (p. ex. le NDVI ou son intégrale annuelle) : un raster multibande avec une bande par année, ou plusieurs rasters dont les bandes, dans l'ordre indiqué, sont des années consécutives ; les années sans données d'un pixel sont exclues de sa moyenne. Ou bien un seul raster à une bande contenant les moyennes (laissez alors les années vides). L'échelle et le décalage de bande sont appliqués quand le fichier les déclare.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="61" />
      <source>Annual series {layer}: {count} band(s), years {first}-{last}.</source>
      <translation>Série annuelle {layer} : {count} bande(s), années {first}-{last}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="19" />
      <source>Annual vegetation index rasters (e.g. NDVI or its yearly integral): one multi-band raster with one band per year, or several rasters (single- or multi-band) whose bands, in the order given, are consecutive years. Nodata years of a pixel are left out of its computation. Band scale and offset are applied when the file declares them (e.g. NDVI stored as Int16 x 10000 with scale 0.0001).</source>
      <translation>Rasters d'indice de végétation annuel (p. ex. le NDVI ou son intégrale annuelle) : un raster multibande avec une bande par année, ou plusieurs rasters (à une ou plusieurs bandes) dont les bandes, dans l'ordre indiqué, sont des années consécutives. Les années sans données d'un pixel sont exclues de son calcul. L'échelle et le décalage de bande sont appliqués quand le fichier les déclare (p. ex. NDVI stocké en Int16 x 10000 avec une échelle de 0.0001).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="75" />
      <source>Area and accuracy estimates</source>
      <translation>Estimations de surface et de précision</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="121" />
      <source>Area counted in every period (all maps valid and a land type), in hectares.</source>
      <translation>Surface comptée dans chaque période (toutes les cartes valides et un type de terres), en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="73" />
      <source>Area matching no range or code (ha)</source>
      <translation>Surface sans plage ni code correspondant (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="113" />
      <source>Area of each category (hectares) and its share of the rated area, for the whole raster and per zone, plus the nodata area.</source>
      <translation>Surface de chaque catégorie (hectares) et sa part de la surface évaluée, pour tout le raster et par zone, ainsi que la surface sans données.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="72" />
      <source>Area of each category and of each number of steps, overall and per zone.</source>
      <translation>Surface de chaque catégorie et de chaque nombre de pas, au total et par zone.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="16" />
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt;, &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.&lt;br&gt;&lt;br&gt;&lt;b&gt;Class names&lt;/b&gt;, first found wins for each class: {CLASS_NAMES_TABLE}; the raster's attribute table (RAT: the GFU_Name column or a column called name, class, label...); its category names; the layer's paletted (unique values) style; the .qml style beside the file (e.g. a MapBiomas legend); else the code.</source>
      <translation>Surface de chaque classe d'un raster catégoriel, en hectares, pour l'ensemble du raster et pour chaque zone d'une couche de polygones facultative.&lt;br&gt;&lt;br&gt;Les surfaces des pixels sont les surfaces réelles sur l'ellipsoïde du SCR du raster (par ligne pour les SCR géographiques), jamais des degrés multipliés par des degrés. Les polygones des zones sont reprojetés dans le SCR du raster et chaque pixel est pondéré par la part que la zone en couvre, de sorte que le total d'une zone suit la surface de son polygone, même le long de limites irrégulières. Les polygones ayant la même valeur de zone sont fusionnés ; des zones différentes peuvent se chevaucher et chacune compte sa propre surface.&lt;br&gt;&lt;br&gt;La table a une ligne par zone et par classe : &lt;i&gt;level&lt;/i&gt; (total ou zone), &lt;i&gt;zone&lt;/i&gt; ((all) pour tout le raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt;, &lt;i&gt;area_ha&lt;/i&gt; et &lt;i&gt;share&lt;/i&gt; (de la surface valide de la zone, les parts somment donc à 1). Les pixels sans données sont rapportés sur une ligne à part (classe vide, libellé 'nodata', sans part) et ne sont jamais mêlés à une classe.&lt;br&gt;&lt;br&gt;&lt;b&gt;Noms des classes&lt;/b&gt;, pour chaque classe le premier trouvé l'emporte : {CLASS_NAMES_TABLE} ; la table attributaire du raster (RAT : la colonne GFU_Name ou une colonne nommée name, class, label...) ; ses noms de catégories ; le style palette (valeurs uniques) de la couche ; le style .qml à côté du fichier (p. ex. une légende MapBiomas) ; sinon le code.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="146" />
      <source>Area of each of the 49 transitions (hectares), with its matrix value and its share of the mapped area.</source>
      <translation>Surface de chacune des 49 transitions (hectares), avec sa valeur dans la matrice et sa part de la surface cartographiée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="82" />
      <source>Area of each response class, overall and per zone.</source>
      <translation>Surface de chaque classe de réponse, au total et par zone.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="38" />
      <source>Area of each status class and of the collapsed classes, overall and per zone.</source>
      <translation>Surface de chaque classe d'état et des classes regroupées, au total et par zone.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="123" />
      <source>Area of the raster not counted (nodata in some map or no land type), in hectares.</source>
      <translation>Surface du raster non comptée (sans données dans une carte ou sans type de terres), en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="100" />
      <source>Area of the union of the sites counted in the reporting year (EPSG:6933), in hectares.</source>
      <translation>Surface de l'union des sites comptés pendant l'année de rapport (EPSG:6933), en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="84" />
      <source>Area per class overall and per zone, in hectares, with shares.</source>
      <translation>Surface par classe au total et par zone, en hectares, avec les parts.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="19" />
      <source>Area tables for the UNCCD PRAIS 4 report, strategic objective 1, in km², from the summary tables of the SDG 15.3.1 indicator (one per period) and optionally the areas table of Degradation status.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sheet 'SO1 land by period'&lt;/b&gt;: one row per period and zone ('(all)' is the whole area): period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (empty when no water mask was used), nodata_km2 and proportion_degraded_percent = degraded / total land x 100 (SDG 15.3.1, GBF 2.CT.1).&lt;br&gt;&lt;b&gt;Sheet 'SO1 status'&lt;/b&gt; (with a status table): per zone the 7 status classes (persistent, recent and baseline degradation, stable, stable but improved at baseline, recent and persistent improvement), the collapsed degraded / stable / improved classes, the total valid area and nodata, in km², with share_of_valid_percent.&lt;br&gt;&lt;br&gt;Areas are the inputs' area_ha / 100. The tables are checked: total land must equal degraded + stable + improved, and each collapsed class the sum of its status classes; a warning names any period or zone that does not add up (the values are written as given). The optional CSV holds the first sheet.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sheet 'SO1 land type by status'&lt;/b&gt; (with {LDN_BALANCE}, the balance table of LDN balance per land type): per zone, comparison (map, vs_baseline, vs_previous), period and land type the land type's area, degraded, stable and improved area, net balance, like-for-like deficit (max(degraded - improved, 0); on the 'All land types' row the sum of the land types' deficits) in km², proportion_degraded_percent and neutrality_met, plus the nodata row; checked like the other sheets. {LAND_TYPES_FILE} holds it as CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample-based estimate.&lt;/b&gt; With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), degraded_km2 of the whole area in {ESTIMATE_PERIOD} is the estimate and its proportion is recomputed; the first sheet then has the columns degraded_ci95_km2 (95 % half-interval), degraded_mapped_km2 (pixel-counted) and footnote (method: stratified estimator of Olofsson et al. 2014, interval, mapped value). Stable and improved areas stay mapped.</source>
      <translation>Tables de surfaces pour le rapport PRAIS 4 de la CNULCD, objectif stratégique 1, en km², à partir des tables de synthèse de l'indicateur ODD 15.3.1 (une par période) et, en option, de la table des surfaces d'État de la dégradation.&lt;br&gt;&lt;br&gt;&lt;b&gt;Feuille 'SO1 land by period'&lt;/b&gt; : une ligne par période et par zone ('(all)' est toute la région) : period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (vide si aucun masque d'eau n'a été utilisé), nodata_km2 et proportion_degraded_percent = dégradées / surface terrestre totale x 100 (ODD 15.3.1, CMB 2.CT.1).&lt;br&gt;&lt;b&gt;Feuille 'SO1 status'&lt;/b&gt; (avec une table d'état) : par zone, les 7 classes d'état (dégradation persistante, récente et de référence, stable, stable mais amélioré à la référence, amélioration récente et persistante), les classes regroupées dégradé / stable / amélioré, la surface valide totale et les surfaces sans données, en km², avec share_of_valid_percent.&lt;br&gt;&lt;br&gt;Les surfaces sont l'area_ha des entrées / 100. Les tables sont vérifiées : la surface terrestre totale doit être égale à dégradées + stables + améliorées, et chaque classe regroupée à la somme de ses classes d'état ; un avertissement signale toute période ou zone dont les totaux ne concordent pas (les valeurs sont écrites telles quelles). Le CSV facultatif contient la première feuille.&lt;br&gt;&lt;br&gt;&lt;b&gt;Feuille 'SO1 land type by status'&lt;/b&gt; (avec {LDN_BALANCE}, la table de bilan de Bilan NDT par type de terres) : par zone, comparaison (map, vs_baseline, vs_previous), période et type de terres, la surface du type de terres, les surfaces dégradée, stable et améliorée, le bilan net, le déficit à l'identique (max(dégradées - améliorées, 0) ; sur la ligne 'All land types', la somme des déficits des types de terres) en km², proportion_degraded_percent et neutrality_met, plus la ligne sans données ; vérifiée comme les autres feuilles. {LAND_TYPES_FILE} la contient en CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimation par échantillon.&lt;/b&gt; Avec la surface dégradée estimée d'une évaluation de la précision ({ESTIMATES_TABLE}, ou {ESTIMATED_DEGRADED_HA} et {ESTIMATED_CI95_HA}), degraded_km2 de toute la région en {ESTIMATE_PERIOD} est l'estimation et sa proportion est recalculée ; la première feuille comporte alors les colonnes degraded_ci95_km2 (demi-intervalle à 95 %), degraded_mapped_km2 (compté en pixels) et footnote (méthode : estimateur stratifié d'Olofsson et al. 2014, intervalle, valeur cartographiée). Les surfaces stables et améliorées restent cartographiées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="91" />
      <source>Area under restoration</source>
      <translation>Surface en restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="46" />
      <source>Area under restoration (GBF 2.1)</source>
      <translation>Surface en restauration (CMB 2.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="99" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="131" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="174" />
      <source>Area under restoration (ha)</source>
      <translation>Surface en restauration (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="93" />
      <source>Area under restoration file (CSV or XLSX)</source>
      <translation>Fichier de surface en restauration (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="30" />
      <source>Area under restoration in every year from {START_YEAR} to {END_YEAR}, against a linear path to the Target 2 goal.&lt;br&gt;&lt;br&gt;A site counts in a year when it started in or before it, has no end year or ended in or after it, and its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on the baseline raster (or polygon intersections).&lt;br&gt;&lt;br&gt;The path goes linearly from 0 ha in {BASELINE_YEAR} to the {TARGET_PCT} in {TARGET_YEAR} (2030) and stays there after it; a year is on track (1) when the area under restoration inside degraded land reaches the path, 0 when not, empty before the baseline year. The {CHART} shows the area under restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).&lt;br&gt;&lt;br&gt;&lt;b&gt;Reporting periods&lt;/b&gt; ({REPORTING_PERIODS}, e.g. 2016-2019, 2020-2023, 2024-2027): the {PERIODS} table has one row per period with the figures of its end year (the year its report speaks for) and the change from the previous period: net change of the area under restoration and of the part inside degraded land, change of the percent of the baseline (points) and the area newly under restoration since the previous period's end; {PERIOD_CHART} shows them as bars per period beside the path to the target.</source>
      <translation>Surface en restauration pour chaque année de {START_YEAR} à {END_YEAR}, comparée à une trajectoire linéaire vers l'objectif de la cible 2.&lt;br&gt;&lt;br&gt;Un site compte pour une année s'il a commencé cette année-là ou avant, s'il n'a pas d'année de fin ou s'est terminé cette année-là ou après, et si son état n'est pas exclu (par défaut FERM « En préparation ») ; les sites qui se chevauchent comptent une seule fois (méthode FERM : union des géométries valides en EPSG:6933). La restauration à l'intérieur des terres dégradées utilise la couverture exacte des pixels sur le raster de référence (ou des intersections de polygones).&lt;br&gt;&lt;br&gt;La trajectoire va linéairement de 0 ha en {BASELINE_YEAR} à {TARGET_PCT} en {TARGET_YEAR} (2030) et reste à ce niveau ensuite ; une année est en bonne voie (1) quand la surface en restauration à l'intérieur des terres dégradées atteint la trajectoire, 0 sinon, vide avant l'année de référence. Le {CHART} montre la surface en restauration, la part située dans les terres dégradées et la trajectoire (SVG, ou PNG rendu à partir de celui-ci).&lt;br&gt;&lt;br&gt;&lt;b&gt;Périodes de rapport&lt;/b&gt; ({REPORTING_PERIODS}, p. ex. 2016-2019, 2020-2023, 2024-2027) : la table {PERIODS} comporte une ligne par période avec les chiffres de son année de fin (l'année dont traite son rapport) et la variation depuis la période précédente : variation nette de la surface en restauration et de la part située dans les terres dégradées, variation du pourcentage de la référence (en points) et surface nouvellement mise en restauration depuis la fin de la période précédente ; {PERIOD_CHART} les montre sous forme de barres par période à côté de la trajectoire vers l'objectif.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="71" />
      <source>Area under restoration in the last year (ha)</source>
      <translation>Surface en restauration la dernière année (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="72" />
      <source>Area under restoration in {END_YEAR}, in hectares.</source>
      <translation>Surface en restauration en {END_YEAR}, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="107" />
      <source>Area under restoration in {year} (ha)</source>
      <translation>Surface en restauration en {year} (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="78" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="173" />
      <source>Area under restoration per reporting period</source>
      <translation>Surface en restauration par période de rapport</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="74" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="66" />
      <source>Area under restoration table</source>
      <translation>Table de surface en restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="120" />
      <source>Area with a suitability (ha)</source>
      <translation>Surface avec une aptitude (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="139" />
      <source>Area with a suitability: {valid:.2f} ha; excluded: {excluded:.2f} ha.</source>
      <translation>Surface avec une aptitude : {valid:.2f} ha ; exclue : {excluded:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="87" />
      <source>Areas per class, total land area, water and nodata, overall and per zone.</source>
      <translation>Surfaces par classe, surface terrestre totale, eau et sans données, au total et par zone.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="56" />
      <source>Areas table of Degradation status; adds the sheet of status classes.</source>
      <translation>Table des surfaces d'État de la dégradation ; ajoute la feuille des classes d'état.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <source>Artificial</source>
      <translation>Artificialisé</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="175" />
      <source>At most {max} criteria.</source>
      <translation>Au plus {max} critères.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="55" />
      <source>At-risk codes</source>
      <translation>Codes à risque</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="84" />
      <source>Atlas: one page per zone</source>
      <translation>Atlas : une page par zone</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="35" />
      <source>Avoid</source>
      <translation>Éviter</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="106" />
      <source>Balance file (CSV or XLSX)</source>
      <translation>Fichier de bilan (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="104" />
      <source>Balance per land type</source>
      <translation>Bilan par type de terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="71" />
      <source>Balance table of LDN balance per land type; adds the sheet of land types by status (degraded, stable, improved, net and deficit per land type).</source>
      <translation>Table de bilan de Bilan NDT par type de terres ; ajoute la feuille des types de terres par état (dégradé, stable, amélioré, net et déficit par type de terres).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="35" />
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="44" />
      <source>Band</source>
      <translation>Bande</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="35" />
      <source>Band holding the class codes.</source>
      <translation>Bande contenant les codes de classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="44" />
      <source>Band holding the criterion.</source>
      <translation>Bande contenant le critère.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="134" />
      <source>Band {band} of {layer} is named {name} but is used as year {year} (first year {first}). Check the year of the first band and the order of the layers.</source>
      <translation>La bande {band} de {layer} s'appelle {name} mais est utilisée comme année {year} (première année {first}). Vérifiez l'année de la première bande et l'ordre des couches.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="83" />
      <source>Bars per reporting period: area under restoration, inside degraded land and the path to the target (.svg or .png).</source>
      <translation>Barres par période de rapport : surface en restauration, dans les terres dégradées et trajectoire vers l'objectif (.svg ou .png).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="28" />
      <source>Baseline SDG 15.3.1 layer</source>
      <translation>Couche ODD 15.3.1 de référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="62" />
      <source>Baseline SDG 15.3.1 map</source>
      <translation>Carte ODD 15.3.1 de référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="47" />
      <source>Baseline SOC stepped with land-cover change (IPCC factors)</source>
      <translation>COS de référence échelonné selon le changement d'occupation du sol (facteurs IPCC)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="68" />
      <source>Baseline class</source>
      <translation>Classe de référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="19" />
      <source>Baseline degradation</source>
      <translation>Dégradation de référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="65" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="54" />
      <source>Baseline year</source>
      <translation>Année de référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="35" />
      <source>Binary forest map (1 forest, 0 non-forest)</source>
      <translation>Carte forestière binaire (1 forêt, 0 non-forêt)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="30" />
      <source>Binary forest map (1 forest, 0 non-forest) or land-cover map (band 1).</source>
      <translation>Carte forestière binaire (1 forêt, 0 non-forêt) ou carte d'occupation du sol (bande 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="33" />
      <source>Binary: values other than 0 and 1 stop the run. Land cover: the codes listed in {FOREST_CODES} are forest, every other valid code is non-forest.</source>
      <translation>Binaire : les valeurs autres que 0 et 1 arrêtent l'exécution. Occupation du sol : les codes indiqués dans {FOREST_CODES} sont de la forêt, tout autre code valide est non-forêt.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="19" />
      <source>Biomes / ecosystem types</source>
      <translation>Biomes / types d'écosystèmes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="63" />
      <source>Both WEIGHTS and WEIGHTS_TABLE were given: the table is used.</source>
      <translation>WEIGHTS et WEIGHTS_TABLE ont été indiqués tous les deux : la table est utilisée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sensitivity.py" line="55" />
      <source>CHANGE_PCT must be greater than 0 and less than 100 (got {value}).</source>
      <translation>CHANGE_PCT doit être supérieur à 0 et inférieur à 100 (reçu : {value}).</translation>
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
      <translation>Matrice CSV : une ligne d'en-tête avec une classe de capacité par colonne, puis une ligne par code d'usage des terres (libellé commençant par le code) avec les pas ; les lignes commençant par # sont des commentaires. Vide : resources/data/land_use_capability_compatibility.csv.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="87" />
      <source>CSV or JSON (*.csv *.json)</source>
      <translation>CSV ou JSON (*.csv *.json)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="49" />
      <source>CSV with the criterion names as header and one row per criterion (name, then n values); takes precedence over the matrix parameter. The 'AHP weights' dialog saves this format.</source>
      <translation>CSV avec les noms des critères en en-tête et une ligne par critère (nom, puis n valeurs) ; prioritaire sur le paramètre de matrice. La boîte de dialogue 'Poids AHP' enregistre ce format.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="201" />
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="229" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="55" />
      <source>Capability class</source>
      <translation>Classe de capacité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="32" />
      <source>Categorical raster</source>
      <translation>Raster catégoriel</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="134" />
      <source>Categorical raster of the baseline (band 1), e.g. the SDG 15.3.1 -1/0/+1 layer or national degradation classes; any CRS. Give this or {DEGRADED_POLYGONS}.</source>
      <translation>Raster catégoriel de la référence (bande 1), p. ex. la couche ODD 15.3.1 -1/0/+1 ou des classes nationales de dégradation ; tout SCR. Indiquez-le ou {DEGRADED_POLYGONS}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="49" />
      <source>Categorical raster of whole-number class codes (band 1); nodata pixels are never sampled.</source>
      <translation>Raster catégoriel de codes de classe entiers (bande 1) ; les pixels sans données ne sont jamais échantillonnés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="95" />
      <source>Category breaks</source>
      <translation>Seuils des catégories</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="11" />
      <source>Category codes to scores</source>
      <translation>Codes de catégorie en scores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="100" />
      <source>Category labels</source>
      <translation>Libellés des catégories</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="141" />
      <source>Category {n}</source>
      <translation>Catégorie {n}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="67" />
      <source>Category: 1 proper use, 2 overuse, 3 underuse (Int16, nodata -32768).</source>
      <translation>Catégorie : 1 utilisation appropriée, 2 surexploitation, 3 sous-utilisation (Int16, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="83" />
      <source>Change threshold (%)</source>
      <translation>Seuil de changement (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="62" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="117" />
      <source>Chart</source>
      <translation>Graphique</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="116" />
      <source>Chart engine</source>
      <translation>Moteur du graphique</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="84" />
      <source>Chart of mapped and estimated areas (SVG)</source>
      <translation>Graphique des surfaces cartographiées et estimées (SVG)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="69" />
      <source>Checks restoration site polygons against FAO FERM's rules and vocabularies and writes what FERM and GEF ask for: the FERM API payload (GeoJSON with the project under the top-level properties), the upload package (zip of shapefile, KML and GeoJSON) and the GEF geospatial template. Nothing is sent anywhere and no API key is asked for.&lt;br&gt;&lt;br&gt;Each FERM field comes from a layer field or a fixed value (the field wins; the fixed value fills features whose field is empty). Geometry is reprojected to EPSG:4326, made 2-D and valid (repairs are warnings); empty geometries, points and lines are errors; names missing are warnings; codes outside the FERM vocabularies are errors naming the code and the field; overlapping sites are warnings. Areas (ha) are computed as FERM does: union of the valid geometry in EPSG:6933.&lt;br&gt;&lt;br&gt;The payload has one Polygon feature per site polygon: a multi-part site gives one feature per part with the site's properties plus part and partCount, each with its own area.&lt;br&gt;&lt;br&gt;When errors remain and invalid features are not skipped, the run stops with a message, writes only the validation table (it explains the failure) and no other output. Project-level errors (unknown organization role/type or restoration type, bad country code; and, when the API payload is written, a project without title, institution id or point of contact) always stop the run.</source>
      <translation>Vérifie les polygones des sites de restauration au regard des règles et vocabulaires de FERM (FAO) et écrit ce que demandent FERM et le GEF : la charge utile pour l'API FERM (GeoJSON avec le projet dans les propriétés de premier niveau), le paquet d'envoi (zip contenant shapefile, KML et GeoJSON) et le modèle géospatial du GEF. Rien n'est envoyé nulle part et aucune clé d'API n'est demandée.&lt;br&gt;&lt;br&gt;Chaque champ FERM provient d'un champ de la couche ou d'une valeur fixe (le champ l'emporte ; la valeur fixe complète les entités dont le champ est vide). La géométrie est reprojetée en EPSG:4326, passée en 2D et rendue valide (les réparations sont des avertissements) ; les géométries vides, les points et les lignes sont des erreurs ; les noms manquants sont des avertissements ; les codes hors des vocabulaires FERM sont des erreurs indiquant le code et le champ ; les sites qui se chevauchent sont des avertissements. Les surfaces (ha) sont calculées comme le fait FERM : union de la géométrie valide en EPSG:6933.&lt;br&gt;&lt;br&gt;La charge utile comporte une entité Polygon par polygone de site : un site multipartie donne une entité par partie avec les propriétés du site plus part et partCount, chacune avec sa propre surface.&lt;br&gt;&lt;br&gt;Lorsqu'il reste des erreurs et que les entités invalides ne sont pas ignorées, l'exécution s'arrête avec un message, n'écrit que la table de validation (qui explique l'échec) et aucune autre sortie. Les erreurs au niveau du projet (rôle ou type d'organisation ou type de restauration inconnu, code de pays incorrect ; et, lorsque la charge utile pour l'API est écrite, un projet sans titre, sans identifiant d'institution ou sans point de contact) arrêtent toujours l'exécution.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="361" />
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="135" />
      <source>Choose a polygon layer with the restoration sites on the Sites tab.</source>
      <translation>Choisissez une couche de polygones contenant les sites de restauration dans l'onglet Sites.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="150" />
      <source>Choose at least one field of {layer} saying what degraded, stable or improved pixels become.</source>
      <translation>Choisissez au moins un champ de {layer} indiquant ce que deviennent les pixels dégradés, stables ou améliorés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="139" />
      <source>Choose at least one file to write: the API payload, the upload package or the GEF template.</source>
      <translation>Choisissez au moins un fichier à écrire : la charge utile de l'API, le paquet d'envoi ou le modèle du GEF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="283" />
      <source>Choose at least one output file: {payload}, {package} or {gef}.</source>
      <translation>Choisissez au moins un fichier de sortie : {payload}, {package} ou {gef}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="81" />
      <source>Choose the field of {layer} that holds the land unit ids ({parameter}).</source>
      <translation>Choisissez le champ de {layer} contenant les identifiants des unités de terres ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="98" />
      <source>Choose the field of {layer} that holds the start year ({parameter}).</source>
      <translation>Choisissez le champ de {layer} contenant l'année de début ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="39" />
      <source>Class areas</source>
      <translation>Surfaces par classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="14" />
      <source>Class areas (per zone)</source>
      <translation>Surfaces par classe (par zone)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="40" />
      <source>Class areas file (CSV or XLSX)</source>
      <translation>Fichier des surfaces par classe (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="54" />
      <source>Class areas need exactly one band of {layer}.</source>
      <translation>Les surfaces par classe nécessitent exactement une bande de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="86" />
      <source>Class breaks used</source>
      <translation>Seuils de classe utilisés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="113" />
      <source>Class breaks: {breaks}</source>
      <translation>Seuils de classe : {breaks}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="45" />
      <source>Class change threshold</source>
      <translation>Seuil de changement de classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="25" />
      <source>Class code</source>
      <translation>Code de classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="52" />
      <source>Class correspondence</source>
      <translation>Correspondance des classes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="76" />
      <source>Class labels</source>
      <translation>Libellés des classes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="25" />
      <source>Class name</source>
      <translation>Nom de classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="21" />
      <source>Class names</source>
      <translation>Noms des classes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="73" />
      <source>Class names of {layer} from {sources}: {count} classes.</source>
      <translation>Noms des classes de {layer} d'après {sources} : {count} classes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="56" />
      <source>Class of map A</source>
      <translation>Classe de la carte A</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="56" />
      <source>Class of map B</source>
      <translation>Classe de la carte B</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="71" />
      <source>Class to report</source>
      <translation>Classe à rapporter</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="72" />
      <source>Class whose estimated area is returned as a number (default -1, degraded in SDG 15.3.1).</source>
      <translation>Classe dont la surface estimée est renvoyée sous forme de nombre (par défaut -1, dégradé dans l'ODD 15.3.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="80" />
      <source>Classes 0 other, 1 Avoid, 2 Reduce, 3 Reverse (Int16, nodata -32768).</source>
      <translation>Classes 0 autre, 1 Éviter, 2 Réduire, 3 Inverser (Int16, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="129" />
      <source>Classes a reference label may take: code[:label], separated by commas.</source>
      <translation>Classes que peut prendre une étiquette de référence : code[:libellé], séparées par des virgules.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="23" />
      <source>Classification method</source>
      <translation>Méthode de classification</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="60" />
      <source>Classifies a suitability raster into N priority classes (1 = lowest, N = highest priority) and reports the area of each class overall and per zone.&lt;br&gt;&lt;br&gt;Breaks: equal interval over the exact min-max of the valid pixels; quantiles (numpy linear interpolation) of the valid pixels (exact up to 1 000 000 pixels, else a reproducible pixel sample of that size); natural breaks (Jenks): the exact optimal partition (minimum within-class sum of squares) of a reproducible sample of {SAMPLE_PIXELS} pixels; or manual. A value equal to a break goes to the upper class. Pixels excluded by t2monitor:weightedoverlay (value -1, declared in the file's metadata) get class 0 'excluded'.&lt;br&gt;&lt;br&gt;Output: Int16 classes, nodata -32768, styled with a legend of the N labels. The table (level, zone, class, class_label, area_ha, share) gives true ellipsoidal areas; shares are of the zone's valid area (excluded included); {BREAKS_USED} lists the breaks.</source>
      <translation>Classe un raster d'aptitude en N classes de priorité (1 = priorité la plus basse, N = la plus haute) et rapporte la surface de chaque classe au total et par zone.&lt;br&gt;&lt;br&gt;Seuils : intervalles égaux sur le min-max exact des pixels valides ; quantiles (interpolation linéaire de numpy) des pixels valides (exacts jusqu'à 1 000 000 de pixels, sinon sur un échantillon reproductible de pixels de cette taille) ; seuils naturels (Jenks) : la partition optimale exacte (somme minimale des carrés intra-classes) d'un échantillon reproductible de {SAMPLE_PIXELS} pixels ; ou manuels. Une valeur égale à un seuil va dans la classe supérieure. Les pixels exclus par t2monitor:weightedoverlay (valeur -1, déclarée dans les métadonnées du fichier) reçoivent la classe 0 'exclu'.&lt;br&gt;&lt;br&gt;Sortie : classes Int16, sans données -32768, stylées avec une légende des N libellés. La table (level, zone, class, class_label, area_ha, share) donne les surfaces ellipsoïdales réelles ; les parts sont rapportées à la surface valide de la zone (exclus compris) ; {BREAKS_USED} liste les seuils.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="156" />
      <source>Clear label</source>
      <translation>Effacer l'étiquette</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="67" />
      <source>Climate zone of the whole area</source>
      <translation>Zone climatique de toute la région</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="91" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="69" />
      <source>Codes a reference label may take, separated by commas (e.g. -1,0,1). Empty: the codes of the map classes.</source>
      <translation>Codes que peut prendre une étiquette de référence, séparés par des virgules (p. ex. -1,0,1). Vide : les codes des classes de la carte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="49" />
      <source>Codes of the degradation layer</source>
      <translation>Codes de la couche de dégradation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="82" />
      <source>Codes of the external map</source>
      <translation>Codes de la carte externe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="79" />
      <source>Cohen's kappa</source>
      <translation>Kappa de Cohen</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="93" />
      <source>Collect Earth plot file (CSV)</source>
      <translation>Fichier de parcelles Collect Earth (CSV)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="68" />
      <source>Combine trajectory, state and performance</source>
      <translation>Combiner trajectoire, état et performance</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="102" />
      <source>Combines standardised criteria (0..1) into a restoration suitability: sum of weight x criterion, with the weights normalised to sum 1 (ROAM steps 3-5).&lt;br&gt;&lt;br&gt;A pixel is nodata when any criterion is nodata there. It is &lt;b&gt;excluded&lt;/b&gt; when an exclusion raster has a valid non-zero value, or exclusion polygons cover at least half of it. Excluded pixels are written as &lt;b&gt;-1&lt;/b&gt; (distinct from nodata -9999), so they show on the map and t2monitor:priorityclasses puts them in class 0. {EXCLUDED_HA} and {VALID_HA} (pixels with a suitability) are true ellipsoidal areas.&lt;br&gt;&lt;br&gt;Criteria with values outside 0..1, a number of weights different from the number of criteria, negative weights, and a result with no pixel left are refused with a message, and no output is written. The weights used are reported ({WEIGHTS_USED}).&lt;br&gt;&lt;br&gt;Give the weights in one of {WEIGHTS} (in the order of the criteria) or {WEIGHTS_TABLE} (matched to the criteria by layer name; since 0.2.0, before by row order).</source>
      <translation>Combine des critères standardisés (0..1) en une aptitude à la restauration : somme des poids x critères, les poids étant normalisés pour sommer à 1 (étapes 3-5 de ROAM).&lt;br&gt;&lt;br&gt;Un pixel est sans données lorsqu'un critère y est sans données. Il est &lt;b&gt;exclu&lt;/b&gt; lorsqu'un raster d'exclusion a une valeur valide non nulle, ou que les polygones d'exclusion en couvrent au moins la moitié. Les pixels exclus sont écrits à &lt;b&gt;-1&lt;/b&gt; (distinct de sans données -9999) : ils apparaissent donc sur la carte et t2monitor:priorityclasses les place en classe 0. {EXCLUDED_HA} et {VALID_HA} (pixels ayant une aptitude) sont des surfaces ellipsoïdales réelles.&lt;br&gt;&lt;br&gt;Les critères ayant des valeurs hors de 0..1, un nombre de poids différent du nombre de critères, des poids négatifs et un résultat sans aucun pixel restant sont refusés avec un message, et aucune sortie n'est écrite. Les poids utilisés sont rapportés ({WEIGHTS_USED}).&lt;br&gt;&lt;br&gt;Indiquez les poids dans {WEIGHTS} (dans l'ordre des critères) ou dans {WEIGHTS_TABLE} (associés aux critères par nom de couche ; depuis la 0.2.0, auparavant par ordre des lignes).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="23" />
      <source>Combines the three sub-indicators into the SDG 15.3.1 layer (-1 degraded, 0 stable, +1 improved) with the 'one out, all out' rule of the UNCCD Good Practice Guidance: start from the three-class productivity (a five-class LPD map is collapsed 1-2 to -1, 3-4 to 0, 5 to +1); if land cover or soil organic carbon is -1 the pixel is degraded; otherwise a stable pixel becomes improved when land cover or SOC is +1. Any missing input gives nodata (-32768).&lt;br&gt;&lt;br&gt;&lt;b&gt;Water&lt;/b&gt;: give the final land-cover map (UNCCD classes) to leave water bodies (class 7) out of the land area; they become nodata in the layer and have their own row in the summary.&lt;br&gt;&lt;br&gt;&lt;b&gt;Error recode&lt;/b&gt; (false positives/negatives): polygons whose fields say what degraded, stable and improved pixels become (-1, 0, 1 or the words degraded/stable/improved; empty keeps them), which periods they apply to, and why. A pixel is recoded when at least half of it lies in the polygon; polygons apply in feature-id order, so the later one wins where they overlap. The recode report gives the hectares each polygon changed.&lt;br&gt;&lt;br&gt;&lt;b&gt;Summary&lt;/b&gt;: areas (ha and km²) of degraded, stable and improved land, their sum (total land area), water and nodata, for the whole raster and per zone; share_of_land of the degraded row is the proportion of degraded land over total land area, the GBF complementary indicator 2.CT.1. Class rows add up to the total land area.</source>
      <translation>Combine les trois sous-indicateurs en la couche ODD 15.3.1 (-1 dégradé, 0 stable, +1 amélioré) selon la règle « un dehors, tous dehors » du guide de bonnes pratiques de la CNULCD : on part de la productivité en trois classes (une carte LPD à cinq classes est regroupée 1-2 en -1, 3-4 en 0, 5 en +1) ; si l'occupation du sol ou le carbone organique du sol vaut -1, le pixel est dégradé ; sinon un pixel stable devient amélioré quand l'occupation du sol ou le COS vaut +1. Toute entrée manquante donne sans données (-32768).&lt;br&gt;&lt;br&gt;&lt;b&gt;Eau&lt;/b&gt; : indiquez la carte finale d'occupation du sol (classes CNULCD) pour exclure les plans d'eau (classe 7) de la surface terrestre ; ils deviennent sans données dans la couche et ont leur propre ligne dans le résumé.&lt;br&gt;&lt;br&gt;&lt;b&gt;Recodage des erreurs&lt;/b&gt; (faux positifs/négatifs) : polygones dont les champs indiquent ce que deviennent les pixels dégradés, stables et améliorés (-1, 0, 1 ou les mots degraded/stable/improved ; vide les conserve), à quelles périodes ils s'appliquent et pourquoi. Un pixel est recodé quand au moins la moitié est dans le polygone ; les polygones s'appliquent dans l'ordre des identifiants, le dernier l'emportant là où ils se chevauchent. Le rapport de recodage donne les hectares modifiés par chaque polygone.&lt;br&gt;&lt;br&gt;&lt;b&gt;Résumé&lt;/b&gt; : surfaces (ha et km²) des terres dégradées, stables et améliorées, leur somme (surface terrestre totale), eau et sans données, pour tout le raster et par zone ; share_of_land de la ligne dégradée est la proportion de terres dégradées sur la surface terrestre totale, l'indicateur complémentaire 2.CT.1 du CMB. Les lignes de classe somment à la surface terrestre totale.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="211" />
      <source>Comma-separated ISO 3166-1 alpha-2 codes of the project's countries (e.g. PE,BO).</source>
      <translation>Codes ISO 3166-1 alpha-2 des pays du projet, séparés par des virgules (p. ex. PE,BO).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="56" />
      <source>Comma-separated codes meaning at risk of degradation (e.g. 3 for LPD stressed, or status codes). Default: none.</source>
      <translation>Codes séparés par des virgules signifiant un risque de dégradation (p. ex. 3 pour LPD sous stress, ou des codes d'état). Par défaut : aucun.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="46" />
      <source>Comma-separated codes of the degradation layer meaning degraded (default -1, the SDG 15.3.1 degraded class; e.g. 1,2 for LPD declining and moderate decline).</source>
      <translation>Codes de la couche de dégradation, séparés par des virgules, signifiant dégradé (par défaut -1, la classe dégradée de l'ODD 15.3.1 ; p. ex. 1,2 pour LPD en déclin et déclin modéré).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="138" />
      <source>Comma-separated codes of the raster that mean degraded land. Default -1 (degraded in the SDG 15.3.1 -1/0/+1 layer).</source>
      <translation>Codes du raster, séparés par des virgules, qui signifient terres dégradées. Par défaut -1 (dégradé dans la couche ODD 15.3.1 -1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="50" />
      <source>Comma-separated codes the degradation layer may hold besides the degraded and at-risk codes (default -1,0,1: the SDG 15.3.1 classes; e.g. 4,5 for LPD classes). A pixel with any other value stops the run with the values found, rather than being taken silently as not degraded.</source>
      <translation>Codes, séparés par des virgules, que la couche de dégradation peut contenir en plus des codes dégradés et à risque (par défaut -1,0,1 : les classes ODD 15.3.1 ; p. ex. 4,5 pour les classes LPD). Un pixel ayant toute autre valeur arrête l'exécution avec les valeurs trouvées, au lieu d'être compté silencieusement comme non dégradé.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="77" />
      <source>Comma-separated labels, lowest priority first, one per class; the default 4 labels become 'class 1'...'class N' for other numbers of classes.</source>
      <translation>Libellés séparés par des virgules, de la priorité la plus basse à la plus haute, un par classe ; les 4 libellés par défaut deviennent 'class 1'...'class N' pour d'autres nombres de classes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="62" />
      <source>Comma-separated land-cover codes of land under productive use (default 3,2: cropland and grassland, i.e. crops and grazing).</source>
      <translation>Codes d'occupation du sol des terres en usage productif, séparés par des virgules (par défaut 3,2 : terres cultivées et prairies, c.-à-d. cultures et pâturage).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="65" />
      <source>Comma-separated land-cover codes of natural land (default 1,2,4: tree-covered, grassland, wetland). Grassland is both natural and productive by default.</source>
      <translation>Codes d'occupation du sol des terres naturelles, séparés par des virgules (par défaut 1,2,4 : couvert arboré, prairies, zones humides). Par défaut, les prairies sont à la fois naturelles et productives.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="73" />
      <source>Comma-separated last year of each reporting period (e.g. 2019, 2023), used in the period table and on the chart's axis. Empty: periods are numbered 1, 2, ...</source>
      <translation>Dernière année de chaque période de rapport, séparées par des virgules (p. ex. 2019, 2023), utilisée dans la table des périodes et sur l'axe du graphique. Vide : les périodes sont numérotées 1, 2, ...</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="69" />
      <source>Comma-separated name of each reporting period, in order (e.g. 2016-2019, 2020-2023). Empty: the layer names.</source>
      <translation>Nom de chaque période de rapport, séparés par des virgules, dans l'ordre (p. ex. 2016-2019, 2020-2023). Vide : les noms des couches.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="75" />
      <source>Comma-separated reporting periods, in order, each start-end years or one year (default 2016-2019,2020-2023,2024-2027). Empty: no period table.</source>
      <translation>Périodes de rapport séparées par des virgules, dans l'ordre, chacune en années début-fin ou en une seule année (par défaut 2016-2019,2020-2023,2024-2027). Vide : pas de table des périodes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="202" />
      <source>Comma-separated restoration type codes of the project (1 Ecological restoration, 2 Rehabilitation).</source>
      <translation>Codes de type de restauration du projet, séparés par des virgules (1 Restauration écologique, 2 Réhabilitation).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="66" />
      <source>Comma-separated statuses (codes or labels) whose sites are not under restoration. Default 1 = FERM 'In preparation': activities have not started, so the area is not yet under restoration (GBF indicator 2.1).</source>
      <translation>États séparés par des virgules (codes ou libellés) dont les sites ne sont pas en cours de restauration. Par défaut 1 = FERM « En préparation » : les activités n'ont pas commencé, la surface n'est donc pas encore en restauration (indicateur 2.1 du CMB).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="106" />
      <source>Comma-separated value:ecosystem pairs for {ECOSYSTEMS}, the ecosystem as an IUCN GET code (level 2 biome T1 or level 3 functional group T1.1) or a national name (e.g. 1:T1.1, 2:T4.5, 3:T7.1).</source>
      <translation>Paires valeur:écosystème séparées par des virgules pour {ECOSYSTEMS}, l'écosystème étant un code de la GET de l'UICN (biome de niveau 2 T1 ou groupe fonctionnel de niveau 3 T1.1) ou un nom national (p. ex. 1:T1.1, 2:T4.5, 3:T7.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="85" />
      <source>Compare each pair of criteria: how much more important is the row criterion than the column criterion? Pick a value above the diagonal (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3 ... 1/9 when the column criterion is the more important). The cells below the diagonal are filled automatically.</source>
      <translation>Comparez chaque paire de critères : dans quelle mesure le critère de la ligne est-il plus important que celui de la colonne ? Choisissez une valeur au-dessus de la diagonale (1 égale, 3 modérée, 5 forte, 7 très forte, 9 extrême ; 1/3 ... 1/9 lorsque le critère de la colonne est le plus important). Les cellules sous la diagonale sont remplies automatiquement.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="81" />
      <source>Compared area (ha)</source>
      <translation>Surface comparée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="125" />
      <source>Compared {area:.2f} ha: overall agreement {agreement:.4f}, kappa {kappa}.</source>
      <translation>Surface comparée {area:.2f} ha : concordance globale {agreement:.4f}, kappa {kappa}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="17" />
      <source>Compares the SDG 15.3.1 layer of a reporting period with the baseline layer (both -1/0/+1) and classifies every pixel with the expanded status matrix of the UNCCD Good Practice Guidance addendum: 1 persistent degradation (-1 to -1), 2 recent degradation (0 or +1 to -1), 3 baseline degradation (-1 to 0), 4 stable (0 to 0), 5 stable but improved at baseline (+1 to 0), 6 recent improvement (-1 or 0 to +1), 7 persistent improvement (+1 to +1); nodata where either layer has none.&lt;br&gt;&lt;br&gt;The area table gives, for the whole raster and per zone, the area of each status class and of the collapsed view (1-3 degraded, 4 stable, 5-7 improved), in ha and km², with shares of the valid area. The matrix is read from resources/data/gpg_status_matrix.csv.</source>
      <translation>Compare la couche ODD 15.3.1 d'une période de rapport à la couche de référence (toutes deux -1/0/+1) et classe chaque pixel avec la matrice d'état étendue de l'addendum du guide de bonnes pratiques de la CNULCD : 1 dégradation persistante (-1 vers -1), 2 dégradation récente (0 ou +1 vers -1), 3 dégradation de référence (-1 vers 0), 4 stable (0 vers 0), 5 stable mais amélioré à la référence (+1 vers 0), 6 amélioration récente (-1 ou 0 vers +1), 7 amélioration persistante (+1 vers +1) ; sans données là où l'une des couches n'en a pas.&lt;br&gt;&lt;br&gt;La table des surfaces donne, pour tout le raster et par zone, la surface de chaque classe d'état et de la vue regroupée (1-3 dégradé, 4 stable, 5-7 amélioré), en ha et km², avec les parts de la surface valide. La matrice est lue dans resources/data/gpg_status_matrix.csv.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="21" />
      <source>Compares two categorical maps, e.g. the degradation or priority maps of two sectors, or SDG 15.3.1 against a national severity map (band 1 of each, whole-number codes).&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-class raster.&lt;/b&gt; code = class_a × K + class_b, with K the smallest power of ten (at least 10) larger than max(class_b) − min(0, min(class_b)): with non-negative codes the digits read 'A then B' (K = 10: 23 is A 2 / B 3). Int32, nodata −2147483648 where either map is nodata. The style is written next to the output: one legend entry 'A=x / B=y' per pair found (with the class names when the maps carry them, e.g. 'A=1 Forest / B=3 Cropland'), agreeing pairs in greens, the others in reds; the same names and colours form the raster attribute table of the output, for QGIS and other GIS.&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-tabulation.&lt;/b&gt; Area in hectares of every pair (class_a, class_b), for the whole raster and per zone, with the pair's code and whether it counts as agreement; pixels where only one map has data keep their class in rows of their own (the other class empty), so the rows of a class summed over the other map equal that class's area. Optional wide matrix (rows A, columns B) as CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Class names&lt;/b&gt; of each map (columns class_a_label and class_b_label, the style, the attribute table) come from the map's raster attribute table, its category names, its paletted style or the .qml style beside the file, in that order; else the code.&lt;br&gt;&lt;br&gt;&lt;b&gt;Agreement.&lt;/b&gt; Only pixels valid in both maps are compared. Overall agreement = agreeing area / compared area. By default a pair agrees when both codes are equal; when the legends differ, list the pairs that agree in {CORRESPONDENCE_TABLE} (e.g. A −1 with B 2 and B 3). Cohen's kappa = (p_o − p_e) / (1 − p_e) with p_e = Σ over agreeing pairs of the product of the two maps' class shares (with a correspondence table: the weighted kappa with 0/1 agreement weights). The confusion matrix is weighted by true pixel AREAS, not pixel counts; both give the same values on equal-area grids. Kappa is empty when undefined (both maps one single matching class).&lt;br&gt;&lt;br&gt;Maps on different grids are refused unless {ALIGN} is ticked (map B is then resampled, nearest neighbour, to map A's grid).</source>
      <translation>Compare deux cartes catégorielles, p. ex. les cartes de dégradation ou de priorité de deux secteurs, ou l'ODD 15.3.1 et une carte nationale de sévérité (bande 1 de chacune, codes entiers).&lt;br&gt;&lt;br&gt;&lt;b&gt;Raster des classes croisées.&lt;/b&gt; code = class_a × K + class_b, où K est la plus petite puissance de dix (au moins 10) supérieure à max(class_b) − min(0, min(class_b)) : avec des codes non négatifs, les chiffres se lisent « A puis B » (K = 10 : 23 correspond à A 2 / B 3). Int32, sans données −2147483648 là où l'une des cartes est sans données. Le style est écrit à côté de la sortie : une entrée de légende 'A=x / B=y' par paire trouvée (avec les noms des classes lorsque les cartes en portent, p. ex. 'A=1 Forêt / B=3 Terres cultivées'), les paires concordantes en verts, les autres en rouges ; les mêmes noms et couleurs forment la table attributaire du raster de sortie, pour QGIS et les autres SIG.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tableau croisé.&lt;/b&gt; Surface en hectares de chaque paire (class_a, class_b), pour tout le raster et par zone, avec le code de la paire et l'indication de sa concordance ; les pixels où une seule carte a des données conservent leur classe sur des lignes à part (l'autre classe vide), de sorte que les lignes d'une classe sommées sur l'autre carte égalent la surface de cette classe. Matrice large facultative (lignes A, colonnes B) en CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Noms des classes&lt;/b&gt; de chaque carte (colonnes class_a_label et class_b_label, le style, la table attributaire) : ils proviennent de la table attributaire du raster de la carte, de ses noms de catégories, de son style palette ou du style .qml à côté du fichier, dans cet ordre ; sinon le code.&lt;br&gt;&lt;br&gt;&lt;b&gt;Concordance.&lt;/b&gt; Seuls les pixels valides dans les deux cartes sont comparés. Concordance globale = surface concordante / surface comparée. Par défaut, une paire concorde quand les deux codes sont égaux ; quand les légendes diffèrent, listez les paires concordantes dans {CORRESPONDENCE_TABLE} (p. ex. A −1 avec B 2 et B 3). Kappa de Cohen = (p_o − p_e) / (1 − p_e) avec p_e = Σ sur les paires concordantes du produit des parts de classe des deux cartes (avec une table de correspondance : le kappa pondéré avec des poids de concordance 0/1). La matrice de confusion est pondérée par les SURFACES réelles des pixels, non par leur nombre ; les deux donnent les mêmes valeurs sur des grilles à surfaces égales. Le kappa est vide quand il n'est pas défini (les deux cartes n'ont qu'une seule classe concordante).&lt;br&gt;&lt;br&gt;Les cartes sur des grilles différentes sont refusées sauf si {ALIGN} est coché (la carte B est alors rééchantillonnée, au plus proche voisin, sur la grille de la carte A).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="51" />
      <source>Compatibility table</source>
      <translation>Table de compatibilité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="58" />
      <source>Compatibility table file (CSV)</source>
      <translation>Fichier de la table de compatibilité (CSV)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="67" />
      <source>Compute LPD from the three sub-indicator layers, or bring an existing LPD map.</source>
      <translation>Calculer la LPD à partir des trois couches de sous-indicateurs, ou fournir une carte LPD existante.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="30" />
      <source>Computes the land productivity sub-indicator of SDG 15.3.1 from an annual vegetation index series in one step, locally: the trajectory (Mann-Kendall trend, significance {ALPHA}), the state (decile class of the last {RECENT_YEARS} against the earlier years of the period), the performance (mean over the period against the {PERCENTILE} of the pixel's land unit) and their combination into the five Land Productivity Dynamics classes (1 declining, 2 moderate decline, 3 stressed, 4 stable, 5 increasing) with the table of the UNCCD Good Practice Guidance.&lt;br&gt;&lt;br&gt;It runs the algorithms Productivity trajectory, Productivity state, Productivity performance and Land productivity dynamics with the same settings as those; ask for the intermediate layers to keep them (otherwise they are written to temporary files and removed).</source>
      <translation>Calcule en une seule étape, localement, le sous-indicateur de productivité des terres de l'ODD 15.3.1 à partir d'une série annuelle d'indice de végétation : la trajectoire (tendance de Mann-Kendall, seuil de signification {ALPHA}), l'état (classe de décile des {RECENT_YEARS} dernières années par rapport aux années antérieures de la période), la performance (moyenne sur la période par rapport au {PERCENTILE} de l'unité de terres du pixel) et leur combinaison en cinq classes de dynamique de la productivité des terres (1 en déclin, 2 déclin modéré, 3 sous stress, 4 stable, 5 en hausse) selon la table du guide de bonnes pratiques de la CNULCD.&lt;br&gt;&lt;br&gt;Il exécute les algorithmes Trajectoire de la productivité, État de la productivité, Performance de la productivité et Dynamique de la productivité des terres avec les mêmes paramètres que ceux-ci ; demandez les couches intermédiaires pour les conserver (sinon elles sont écrites dans des fichiers temporaires supprimés ensuite).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="61" />
      <source>Consistency index (CI)</source>
      <translation>Indice de cohérence (CI)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="62" />
      <source>Consistency ratio (CR)</source>
      <translation>Ratio de cohérence (CR)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="63" />
      <source>Consistent (1 if CR &lt; 0.10, else 0)</source>
      <translation>Cohérent (1 si CR &lt; 0,10, sinon 0)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="276" />
      <source>Consistent: CR = {cr:.3f} (acceptable below 0.10).</source>
      <translation>Cohérent : CR = {cr:.3f} (acceptable en dessous de 0,10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="204" />
      <source>Contacts as 'name &lt;email&gt;; name &lt;email&gt;'.</source>
      <translation>Contacts sous la forme 'nom &lt;e-mail&gt;; nom &lt;e-mail&gt;'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="73" />
      <source>Continuous raster to classify, e.g. the output of t2monitor:weightedoverlay (band 1).</source>
      <translation>Raster continu à classer, p. ex. la sortie de t2monitor:weightedoverlay (bande 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="50" />
      <source>Control points (fuzzy linear)</source>
      <translation>Points de contrôle (linéaire flou)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="73" />
      <source>Controls are pixels at least half inside the site buffered by this distance, in metres (default 5000). For a raster in degrees, the distance is converted at the site's latitude along the parallels. The dialog offers other units (km, ...) and converts them to metres.</source>
      <translation>Les témoins sont les pixels situés au moins à moitié dans le site élargi d'une zone tampon de cette distance, en mètres (par défaut 5000). Pour un raster en degrés, la distance est convertie à la latitude du site le long des parallèles. La boîte de dialogue propose d'autres unités (km, ...) et les convertit en mètres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="145" />
      <source>Copy the weights, comma-separated in criteria order (for the WEIGHTS parameter of the weighted overlay in models).</source>
      <translation>Copier les poids, séparés par des virgules dans l'ordre des critères (pour le paramètre WEIGHTS de la superposition pondérée dans les modèles).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="139" />
      <source>Copy weights</source>
      <translation>Copier les poids</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="109" />
      <source>Counterbalancing file (CSV or XLSX)</source>
      <translation>Fichier de compensation (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="97" />
      <source>Countries</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="210" />
      <source>Countries (ISO2)</source>
      <translation>Pays (ISO2)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="86" />
      <source>Country (ISO2)</source>
      <translation>Pays (ISO2)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="168" />
      <source>Country (admin 0): field</source>
      <translation>Pays (admin 0) : champ</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="170" />
      <source>Country (admin 0): fixed value</source>
      <translation>Pays (admin 0) : valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="87" />
      <source>Country or region</source>
      <translation>Pays ou région</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="93" />
      <source>Criteria</source>
      <translation>Critères</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="37" />
      <source>Criteria (comma-separated names)</source>
      <translation>Critères (noms séparés par des virgules)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="148" />
      <source>Criteria must be standardised to 0..1 first (t2monitor:standardizecriterion); these have values outside 0..1: {layer}.</source>
      <translation>Les critères doivent d'abord être standardisés sur 0..1 (t2monitor:standardizecriterion) ; ceux-ci ont des valeurs hors de 0..1 : {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="120" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="80" />
      <source>Criterion</source>
      <translation>Critère</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="196" />
      <source>Criterion names must be unique and not empty.</source>
      <translation>Les noms des critères doivent être uniques et non vides.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="41" />
      <source>Criterion raster</source>
      <translation>Raster de critère</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="71" />
      <source>Criterion rasters</source>
      <translation>Rasters de critère</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="26" />
      <source>Criterion rasters already standardised to 0..1 (t2monitor:standardizecriterion), band 1 of each. {WEIGHTS} follow their order; {WEIGHTS_TABLE} names them by layer name.</source>
      <translation>Rasters de critère déjà standardisés sur 0..1 (t2monitor:standardizecriterion), bande 1 de chacun. {WEIGHTS} suivent leur ordre ; {WEIGHTS_TABLE} les nomme par nom de couche.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="18" />
      <source>Criterion weights for the restoration priority overlay from a pairwise comparison matrix (Analytic Hierarchy Process, Saaty).&lt;br&gt;&lt;br&gt;Each judgement a(i, j) says how much more important the row criterion is than the column criterion on Saaty's scale 1/9 ... 1 ... 9 (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme importance). Fill the cells above the diagonal: empty (or 0) cells below it and on the diagonal are filled with reciprocals and 1. Rounded fractions such as 0.333 are read as 1/3. A matrix CSV file ({MATRIX_FILE}: criterion names as header, one row per criterion; fractions like 1/3 allowed) takes precedence over {MATRIX_TABLE}; several experts' files ({EXPERT_FILES}) are combined by the element-wise geometric mean and take precedence over both.&lt;br&gt;&lt;br&gt;Weights are the normalised principal eigenvector; the geometric-mean weights are reported for comparison. Consistency: CI = (lambda_max - n)/(n - 1), CR = CI/RI with Saaty's random index (resources/data/ahp_random_index.csv, n = 1 to 15). CR below 0.10 is acceptable; otherwise a warning names the judgement that departs most from the ratio the weights imply (|log a(i, j) - log(w(i)/w(j))|), the first one to revise.&lt;br&gt;&lt;br&gt;The {WEIGHTS} output is the weights in criteria order as a comma-separated string, ready for the WEIGHTS parameter of the weighted overlay in models.</source>
      <translation>Poids des critères pour la superposition de priorité de restauration à partir d'une matrice de comparaison par paires (processus de hiérarchie analytique (AHP), Saaty).&lt;br&gt;&lt;br&gt;Chaque jugement a(i, j) indique dans quelle mesure le critère de la ligne est plus important que celui de la colonne sur l'échelle de Saaty 1/9 ... 1 ... 9 (1 importance égale, 3 importance modérée, 5 importance forte, 7 importance très forte, 9 importance extrême). Remplissez les cellules au-dessus de la diagonale : les cellules vides (ou 0) en dessous et sur la diagonale sont remplies avec les inverses et avec 1. Les fractions arrondies telles que 0.333 sont lues comme 1/3. Un fichier CSV de matrice ({MATRIX_FILE} : noms des critères en en-tête, une ligne par critère ; fractions comme 1/3 admises) est prioritaire sur {MATRIX_TABLE} ; les fichiers de plusieurs experts ({EXPERT_FILES}) sont combinés par la moyenne géométrique élément par élément et sont prioritaires sur les deux.&lt;br&gt;&lt;br&gt;Les poids sont le vecteur propre principal normalisé ; les poids de la moyenne géométrique sont rapportés pour comparaison. Cohérence : CI = (lambda_max - n)/(n - 1), CR = CI/RI avec l'indice aléatoire de Saaty (resources/data/ahp_random_index.csv, n = 1 à 15). Un CR inférieur à 0,10 est acceptable ; sinon, un avertissement indique le jugement qui s'écarte le plus du rapport impliqué par les poids (|log a(i, j) - log(w(i)/w(j))|), le premier à réviser.&lt;br&gt;&lt;br&gt;La sortie {WEIGHTS} contient les poids dans l'ordre des critères sous forme de chaîne séparée par des virgules, prête pour le paramètre WEIGHTS de la superposition pondérée dans les modèles.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="173" />
      <source>Criterion {number}</source>
      <translation>Critère {number}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Cropland</source>
      <translation>Terres cultivées</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="82" />
      <source>Cross-class factor K</source>
      <translation>Facteur des classes croisées K</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="61" />
      <source>Cross-class map</source>
      <translation>Carte des classes croisées</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="64" />
      <source>Cross-tabulation</source>
      <translation>Tableau croisé</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="68" />
      <source>Cross-tabulation file (CSV or XLSX)</source>
      <translation>Fichier du tableau croisé (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="30" />
      <source>Crosses the actual land use (e.g. the UNCCD land cover) with land-use capability classes through a compatibility table. For each pair (land-use code, capability class) the table gives a signed number of steps: 0 proper use, k &amp;gt; 0 overuse by k steps (a use more intensive than the land supports: a degradation driver and a restoration priority), k &amp;lt; 0 underuse by |k| steps.&lt;br&gt;&lt;br&gt;The output holds the category: 1 proper use, 2 overuse, 3 underuse (Int16, nodata -32768 where either input has none); the optional steps output holds the signed steps, a graded ROAM criterion. The area table gives the area of each category and of each number of steps, overall and per zone.&lt;br&gt;&lt;br&gt;Without a table, resources/data/land_use_capability_compatibility.csv is used (UNCCD classes x capability classes 1-8): cropland proper on classes 1-4 and overuse by (class - 4) steps on 5-8; grassland proper on 3-7, overuse on 8, underuse on 1-2; tree cover, wetland, artificial, other land and water proper everywhere. A pair found in the rasters but missing from the table stops the run with the list of missing pairs; nothing is written.</source>
      <translation>Croise l'usage actuel des terres (p. ex. l'occupation du sol CNULCD) avec les classes de capacité d'usage des terres au moyen d'une table de compatibilité. Pour chaque paire (code d'usage des terres, classe de capacité), la table donne un nombre de pas signé : 0 utilisation appropriée, k &amp;gt; 0 surexploitation de k pas (un usage plus intensif que ce que la terre supporte : un facteur de dégradation et une priorité de restauration), k &amp;lt; 0 sous-utilisation de |k| pas.&lt;br&gt;&lt;br&gt;La sortie contient la catégorie : 1 utilisation appropriée, 2 surexploitation, 3 sous-utilisation (Int16, sans données -32768 là où l'une des entrées n'en a pas) ; la sortie facultative des pas contient les pas signés, un critère ROAM gradué. La table des surfaces donne la surface de chaque catégorie et de chaque nombre de pas, au total et par zone.&lt;br&gt;&lt;br&gt;Sans table, resources/data/land_use_capability_compatibility.csv est utilisé (classes CNULCD x classes de capacité 1-8) : terres cultivées appropriées sur les classes 1-4 et surexploitation de (classe - 4) pas sur les classes 5-8 ; prairies appropriées sur 3-7, surexploitation sur 8, sous-utilisation sur 1-2 ; couvert arboré, zones humides, artificialisé, autres terres et eau appropriés partout. Une paire présente dans les rasters mais absente de la table arrête l'exécution avec la liste des paires manquantes ; rien n'est écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="64" />
      <source>Custom reclassification CSV</source>
      <translation>CSV de reclassement personnalisé</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="59" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="57" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="88" />
      <source>Custom reclassification table</source>
      <translation>Table de reclassement personnalisée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="93" />
      <source>Custom reclassification table (CSV)</source>
      <translation>Table de reclassement personnalisée (CSV)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="19" />
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="92" />
      <source>Data sources</source>
      <translation>Sources des données</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="93" />
      <source>Data sources, one per line or separated by ';'; the first one is the source line of the maps.</source>
      <translation>Sources des données, une par ligne ou séparées par « ; » ; la première est la ligne de source des cartes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="218" />
      <source>Data sources:</source>
      <translation>Sources des données :</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="97" />
      <source>Date shown in the report and stored in the PDF (YYYY-MM-DD). Empty: today.</source>
      <translation>Date affichée dans le rapport et enregistrée dans le PDF (AAAA-MM-JJ). Vide : aujourd'hui.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="55" />
      <source>Decile class change</source>
      <translation>Changement de classe de décile</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Declining</source>
      <translation>En déclin</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="55" />
      <source>Declining against controls</source>
      <translation>En déclin par rapport aux témoins</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="17" />
      <source>Declining area (ha)</source>
      <translation>Surface en déclin (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="17" />
      <source>Declining pixels</source>
      <translation>Pixels en déclin</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="90" />
      <source>Default: a pixel missing in any criterion is nodata. Otherwise the weighted mean is taken over the criteria present at the pixel (weights renormalised over them), and the pixel is nodata only when no criterion with a weight is present.</source>
      <translation>Par défaut : un pixel absent d'un critère est sans données. Sinon, la moyenne pondérée porte sur les critères présents au pixel (poids renormalisés sur ceux-ci), et le pixel n'est sans données que si aucun critère pondéré n'est présent.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="20" />
      <source>Degradation</source>
      <translation>Dégradation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="42" />
      <source>Degradation layer</source>
      <translation>Couche de dégradation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="107" />
      <source>Degradation severity</source>
      <translation>Sévérité de la dégradation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="44" />
      <source>Degradation severity (national criteria)</source>
      <translation>Sévérité de la dégradation (critères nationaux)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="18" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="36" />
      <source>Degradation status</source>
      <translation>État de la dégradation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="15" />
      <source>Degradation status (baseline vs reporting period)</source>
      <translation>État de la dégradation (référence et période de rapport)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="16" />
      <source>Degradation status against the baseline</source>
      <translation>État de la dégradation par rapport à la référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="55" />
      <source>Degradation status areas</source>
      <translation>Surfaces d'état de la dégradation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="72" />
      <source>Degradation status map</source>
      <translation>Carte de l'état de la dégradation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="53" />
      <source>Degradation threshold (ratio)</source>
      <translation>Seuil de dégradation (ratio)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <source>Degraded</source>
      <translation>Dégradé</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="146" />
      <source>Degraded (%)</source>
      <translation>Dégradé (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="61" />
      <source>Degraded (-1) / stable (0) / improved (1) map of the reporting period (sdg1531).</source>
      <translation>Carte dégradé (-1) / stable (0) / amélioré (1) de la période de rapport (sdg1531).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="146" />
      <source>Degraded (ha)</source>
      <translation>Dégradé (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="174" />
      <source>Degraded against the baseline (ha)</source>
      <translation>Dégradé par rapport à la référence (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="66" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="66" />
      <source>Degraded area (ha)</source>
      <translation>Surface dégradée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="124" />
      <source>Degraded area estimated from a stratified random sample with reference labels (stratified estimator, Olofsson et al. 2014): {estimate} ha {pm} {ci} ha, 95 % confidence interval {lower} to {upper} ha, {share} % of the land (95 % CI {share_lower} to {share_upper} %). The mapped (pixel-counted) area is {mapped} ha.</source>
      <translation>Superficie dégradée estimée à partir d'un échantillon aléatoire stratifié avec des étiquettes de référence (estimateur stratifié, Olofsson et al. 2014) : {estimate} ha {pm} {ci} ha, intervalle de confiance à 95 % de {lower} à {upper} ha, {share} % des terres (IC 95 % de {share_lower} à {share_upper} %). La superficie cartographiée (comptée en pixels) est de {mapped} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="112" />
      <source>Degraded area of the whole region in {SDG_SUMMARY}.</source>
      <translation>Surface dégradée de toute la région dans {SDG_SUMMARY}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="120" />
      <source>Degraded area, categories 1 and above (ha)</source>
      <translation>Surface dégradée, catégories 1 et plus (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="147" />
      <location filename="../t2_monitor_plugin/core/report.py" line="106" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="61" />
      <source>Degraded baseline (ha)</source>
      <translation>Référence dégradée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="133" />
      <source>Degraded baseline raster</source>
      <translation>Raster de la référence dégradée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="168" />
      <source>Degraded baseline: {mapped:.2f} ha mapped, {est:.2f} ± {ci:.2f} ha estimated from the sample (95 % interval); {pct} % of the estimated baseline is under restoration.</source>
      <translation>Référence dégradée : {mapped:.2f} ha cartographiés, {est:.2f} ± {ci:.2f} ha estimés à partir de l'échantillon (intervalle à 95 %) ; {pct} % de la référence estimée est en restauration.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="110" />
      <source>Degraded by performance: {degraded:.1f} ha of {rated:.1f} ha rated.</source>
      <translation>Dégradé selon la performance : {degraded:.1f} ha sur {rated:.1f} ha évalués.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="137" />
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="45" />
      <source>Degraded codes</source>
      <translation>Codes dégradés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="111" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="94" />
      <source>Degraded land (ha)</source>
      <translation>Terres dégradées (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="119" />
      <source>Degraded land by ecosystem type</source>
      <translation>Terres dégradées par type d'écosystème</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="39" />
      <source>Degraded land follows SDG indicator 15.3.1 (UNCCD Good Practice Guidance): the land cover, land productivity and soil organic carbon sub-indicators are combined with the 'one out, all out' rule; the proportion of degraded land is the degraded area divided by the total land area (also GBF indicator 2.CT.1).</source>
      <translation>Les terres dégradées suivent l'indicateur ODD 15.3.1 (guide de bonnes pratiques de la CNULCD) : les sous-indicateurs de couverture des terres, de productivité des terres et de carbone organique du sol sont combinés selon la règle « un dehors, tous dehors » ; la proportion de terres dégradées est la surface dégradée divisée par la surface totale des terres (aussi l'indicateur 2.CT.1 du CMB).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="93" />
      <source>Degraded land over total land area (0-1); empty when there is no land.</source>
      <translation>Terres dégradées rapportées à la surface terrestre totale (0-1) ; vide lorsqu'il n'y a pas de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="140" />
      <source>Degraded land polygons</source>
      <translation>Polygones de terres dégradées</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="104" />
      <source>Degraded land, SDG 15.3.1 (ha)</source>
      <translation>Terres dégradées, ODD 15.3.1 (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="99" />
      <source>Degraded land, sample-based estimate (ha)</source>
      <translation>Terres dégradées, estimation par échantillonnage (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="68" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="66" />
      <source>Degraded pixels</source>
      <translation>Pixels dégradés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="191" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="161" />
      <source>Degraded {degraded:.2f} ha, stable {stable:.2f} ha, improved {improved:.2f} ha.</source>
      <translation>Dégradé {degraded:.2f} ha, stable {stable:.2f} ha, amélioré {improved:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="105" />
      <source>Degraded, stable, improved and net area per zone, comparison and land type.</source>
      <translation>Surfaces dégradées, stables, améliorées et nettes par zone, comparaison et type de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="258" />
      <source>Degraded: SDG 15.3.1 of the reporting period. Degraded baseline, under restoration and remaining: GBF 2.1 in {year}, target {target} %.</source>
      <translation>Dégradé : ODD 15.3.1 de la période de rapport. Référence dégradée, en restauration et restant : CMB 2.1 en {year}, cible {target} %.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="135" />
      <source>Degraded: {degraded:.1f} ha of {land:.1f} ha of land ({share:.2f} %).</source>
      <translation>Dégradé : {degraded:.1f} ha sur {land:.1f} ha de terres ({share:.2f} %).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/build.py" line="131" />
      <source>Deprecated since 0.2.0: use {key}.</source>
      <translation>Obsolète depuis la version 0.2.0 : utilisez {key}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="94" />
      <source>Dissolved areas under restoration</source>
      <translation>Surfaces en restauration fusionnées</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="96" />
      <source>Double-click a name to rename it.</source>
      <translation>Double-cliquez sur un nom pour le renommer.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="83" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="85" />
      <source>E-mail address of that person (name@domain)</source>
      <translation>Adresse électronique de cette personne (nom@domaine)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="56" />
      <source>ESA CCI land cover (built-in preset)</source>
      <translation>Occupation du sol ESA CCI (préréglage intégré)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="114" />
      <source>Ecosystem field</source>
      <translation>Champ de l'écosystème</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="105" />
      <source>Ecosystem of each raster value</source>
      <translation>Écosystème de chaque valeur du raster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="214" />
      <source>Ecosystem restoration under Target 2 of the Kunming-Montreal Global Biodiversity Framework</source>
      <translation>Restauration des écosystèmes au titre de la cible 2 du Cadre mondial de la biodiversité de Kunming-Montréal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="110" />
      <source>Ecosystem types (polygons)</source>
      <translation>Types d'écosystèmes (polygones)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="102" />
      <source>Ecosystem types (raster)</source>
      <translation>Types d'écosystèmes (raster)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="110" />
      <source>Ecosystems (GET biomes): field</source>
      <translation>Écosystèmes (biomes GET) : champ</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="120" />
      <source>Ecosystems (GET biomes): fixed value</source>
      <translation>Écosystèmes (biomes GET) : valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="114" />
      <source>Ecosystems (GET biomes): fixed value as text</source>
      <translation>Écosystèmes (biomes GET) : valeur fixe en texte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="101" />
      <source>Effectiveness table file (CSV or XLSX)</source>
      <translation>Fichier de la table d'efficacité (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="128" />
      <source>Empty: the map classes of the points, e.g. -1:Degraded, 0:Stable</source>
      <translation>Vide : les classes de la carte des points, p. ex. -1:Dégradé, 0:Stable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="56" />
      <source>End year field</source>
      <translation>Champ de l'année de fin</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Equal interval</source>
      <translation>Intervalles égaux</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="24" />
      <source>Equal interval (exact min-max), quantile (equal areas of pixels), natural breaks (Jenks, on a seeded pixel sample) or manual breaks.</source>
      <translation>Intervalles égaux (min-max exact), quantiles (surfaces égales de pixels), seuils naturels (Jenks, sur un échantillon de pixels avec graine) ou seuils manuels.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="73" />
      <source>Equal per stratum</source>
      <translation>Égale par strate</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="80" />
      <source>Error matrix (area proportions)</source>
      <translation>Matrice d'erreurs (proportions de surface)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="83" />
      <source>Error matrix file (CSV or XLSX)</source>
      <translation>Fichier de la matrice d'erreurs (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="59" />
      <source>Error recode polygons</source>
      <translation>Polygones de recodage des erreurs</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="89" />
      <source>Error recode report</source>
      <translation>Rapport de recodage des erreurs</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="91" />
      <source>Error recode report file (CSV or XLSX)</source>
      <translation>Fichier du rapport de recodage des erreurs (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="156" />
      <source>Estimated area (95 % interval)</source>
      <translation>Surface estimée (intervalle à 95 %)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="89" />
      <source>Estimated area of the reported class (ha)</source>
      <translation>Surface estimée de la classe rapportée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="32" />
      <source>Estimated degraded area (accuracy assessment table)</source>
      <translation>Surface dégradée estimée (table d'évaluation de la précision)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="38" />
      <source>Estimated degraded area (ha)</source>
      <translation>Surface dégradée estimée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="111" />
      <source>Estimated degraded baseline (ha)</source>
      <translation>Référence dégradée estimée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="79" />
      <source>Estimates file (CSV or XLSX)</source>
      <translation>Fichier des estimations (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="94" />
      <source>Estimator</source>
      <translation>Estimateur</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="274" />
      <source>Every point is labelled.</source>
      <translation>Tous les points sont étiquetés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="92" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="65" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>Excluded</source>
      <translation>Exclu</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="118" />
      <source>Excluded area (ha)</source>
      <translation>Surface exclue (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="43" />
      <source>Exclusion polygons</source>
      <translation>Polygones d'exclusion</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="40" />
      <source>Exclusion rasters</source>
      <translation>Rasters d'exclusion</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="64" />
      <source>Expected user's accuracy of other strata</source>
      <translation>Précision attendue pour l'utilisateur des autres strates</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="65" />
      <source>Expected user's accuracy of the strata not listed in {EXPECTED_UA} (default 0.85).</source>
      <translation>Précision attendue pour l'utilisateur des strates non listées dans {EXPECTED_UA} (par défaut 0.85).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="60" />
      <source>Expected user's accuracy per stratum</source>
      <translation>Précision attendue pour l'utilisateur par strate</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="110" />
      <source>Expert files given: the matrix and the matrix file are not used.</source>
      <translation>Des fichiers d'experts ont été indiqués : la matrice et le fichier de matrice ne sont pas utilisés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="52" />
      <source>Expert matrix CSV files (group)</source>
      <translation>Fichiers CSV de matrices d'experts (groupe)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="17" />
      <source>Export UNCCD PRAIS tables (SO1)</source>
      <translation>Exporter les tables PRAIS de la CNULCD (SO1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="109" />
      <source>Export and publish</source>
      <translation>Exporter et publier</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/base.py" line="8" />
      <source>Export and reporting</source>
      <translation>Export et rapports</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="196" />
      <source>Export files</source>
      <translation>Fichiers d'export</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="67" />
      <source>Export restoration sites to FERM</source>
      <translation>Exporter les sites de restauration vers FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="37" />
      <source>Export to CBD ORT (indicator 2.1)</source>
      <translation>Exporter vers l'ORT de la CBD (indicateur 2.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="103" />
      <source>Export to FERM</source>
      <translation>Exporter vers FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="168" />
      <source>Exporting to FERM files…</source>
      <translation>Export vers les fichiers FERM…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="79" />
      <source>External LPD map</source>
      <translation>Carte LPD externe</translation>
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
      <translation>Clé d'API FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="217" />
      <source>FERM API payload</source>
      <translation>Charge utile pour l'API FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="39" />
      <source>FERM API payload or FERM polygon export (GeoJSON FeatureCollection, EPSG:4326).</source>
      <translation>Charge utile pour l'API FERM ou export de polygones FERM (GeoJSON FeatureCollection, EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="38" />
      <source>FERM GeoJSON file</source>
      <translation>Fichier GeoJSON FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="235" />
      <source>FERM area (ha)</source>
      <translation>Surface FERM (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="57" />
      <source>FERM export: {error}</source>
      <translation>Export vers FERM : {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="139" />
      <source>FERM field</source>
      <translation>Champ FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="197" />
      <source>FERM institution id of the reporting institution.</source>
      <translation>Identifiant FERM de l'institution déclarante.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="187" />
      <source>FERM project object as JSON (keys institutionId, title, startingYear, restorationTypes, pointsOfContact, organizations, countries), or a payload whose 'properties' hold it. The parameters below override its keys when given.</source>
      <translation>Objet projet FERM en JSON (clés institutionId, title, startingYear, restorationTypes, pointsOfContact, organizations, countries), ou une charge utile dont les 'properties' le contiennent. Les paramètres ci-dessous remplacent ses clés lorsqu'ils sont indiqués.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="62" />
      <source>FERM restoration status: code (1 In preparation, 2 In progress, 3 Post-completion monitoring) or label in English, Spanish, French or Portuguese. Empty: every site with a start year counts.</source>
      <translation>État de restauration FERM : code (1 En préparation, 2 En cours, 3 Suivi post-achèvement) ou libellé en anglais, espagnol, français ou portugais. Vide : tout site ayant une année de début compte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="45" />
      <source>FERM sites</source>
      <translation>Sites FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="221" />
      <source>FERM upload package</source>
      <translation>Paquet d'envoi FERM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="26" />
      <source>FERM,FAO,restoration,registry,GeoJSON,import,vocabulary,labels</source>
      <translation>FERM,FAO,restauration,registre,GeoJSON,import,vocabulaire,libellés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="68" />
      <source>FERM,FAO,restoration,registry,GeoJSON,shapefile,KML,GEF,upload,export,validation</source>
      <translation>FERM,FAO,restauration,registre,GeoJSON,shapefile,KML,GEF,envoi,export,validation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="184" />
      <source>Feature {fid} of {layer} has '{value}' in {field}; use -1, 0, 1 or degraded, stable, improved.</source>
      <translation>L'entité {fid} de {layer} a '{value}' dans {field} ; utilisez -1, 0, 1 ou degraded, stable, improved.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="233" />
      <source>Features in error</source>
      <translation>Entités en erreur</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="234" />
      <source>Features with warnings</source>
      <translation>Entités avec avertissements</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="77" />
      <source>Field explaining each correction; copied to the recode report.</source>
      <translation>Champ expliquant chaque correction ; copié dans le rapport de recodage.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="63" />
      <source>Field giving what degraded pixels become (-1, 0, 1, or degraded/stable/improved; empty keeps them).</source>
      <translation>Champ indiquant ce que deviennent les pixels dégradés (-1, 0, 1, ou degraded/stable/improved ; vide les conserve).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="70" />
      <source>Field giving what improved pixels become (empty keeps them).</source>
      <translation>Champ indiquant ce que deviennent les pixels améliorés (vide les conserve).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="67" />
      <source>Field giving what stable pixels become (empty keeps them).</source>
      <translation>Champ indiquant ce que deviennent les pixels stables (vide les conserve).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="125" />
      <source>Field holding the FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Empty: use {ACTIVITIES_CODES}. Values are checked against the FERM vocabulary: codes outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Champ contenant les codes d'activité FERM, séparés par des virgules (activités terminales 1-50, p. ex. 4,6,24). Vide : utiliser {ACTIVITIES_CODES}. Les valeurs sont vérifiées au regard du vocabulaire FERM : les codes qui n'y figurent pas sont des erreurs dans la table de validation, indiquant le code et le champ.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="139" />
      <source>Field holding the FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Empty: use {RESTORATION_TYPE_CODE}. Values are checked against the FERM vocabulary: codes or labels outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Champ contenant le type de restauration FERM : 1 Restauration écologique, 2 Réhabilitation (code ou libellé). Vide : utiliser {RESTORATION_TYPE_CODE}. Les valeurs sont vérifiées au regard du vocabulaire FERM : les codes ou libellés qui n'y figurent pas sont des erreurs dans la table de validation, indiquant le code et le champ.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="154" />
      <source>Field holding the FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Empty: use {TENURE_CODE}. Values are checked against the FERM vocabulary: codes or labels outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Champ contenant le code de régime foncier FERM 1-7 (1 Communal, 2 Public, 3 TIT, 4 Copropriété, 5 Privé, 6 Autre, 7 Ne sait pas) ou libellé. Vide : utiliser {TENURE_CODE}. Les valeurs sont vérifiées au regard du vocabulaire FERM : les codes ou libellés qui n'y figurent pas sont des erreurs dans la table de validation, indiquant le code et le champ.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="111" />
      <source>Field holding the IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Empty: use {ECOSYSTEMS_CODES}. Values are checked against the FERM vocabulary: codes outside it are errors in the validation table, naming the code and the field.</source>
      <translation>Champ contenant les codes de biome de la typologie mondiale des écosystèmes de l'UICN, séparés par des virgules (p. ex. T1,TF1). Vide : utiliser {ECOSYSTEMS_CODES}. Les valeurs sont vérifiées au regard du vocabulaire FERM : les codes qui n'y figurent pas sont des erreurs dans la table de validation, indiquant le code et le champ.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="175" />
      <source>Field holding the administrative level 1 (e.g. region). Empty: use {ADMIN1_VALUE}.</source>
      <translation>Champ contenant le niveau administratif 1 (p. ex. région). Vide : utiliser {ADMIN1_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="181" />
      <source>Field holding the administrative level 2 (e.g. province). Empty: use {ADMIN2_VALUE}.</source>
      <translation>Champ contenant le niveau administratif 2 (p. ex. province). Vide : utiliser {ADMIN2_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="169" />
      <source>Field holding the country (administrative level 0). Empty: use {ADMIN0_VALUE}.</source>
      <translation>Champ contenant le pays (niveau administratif 0). Vide : utiliser {ADMIN0_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="98" />
      <source>Field holding the site id (FERM siteId; GEF ID_CODE). Empty: use {SITE_ID_VALUE}.</source>
      <translation>Champ contenant l'identifiant du site (siteId FERM ; ID_CODE GEF). Vide : utiliser {SITE_ID_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="91" />
      <source>Field holding the site name (FERM siteName; text, non-ASCII kept). Empty: use {SITE_NAME_VALUE}.</source>
      <translation>Champ contenant le nom du site (siteName FERM ; texte, caractères non ASCII conservés). Vide : utiliser {SITE_NAME_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="104" />
      <source>Field holding the year restoration started (a year, a date or text such as 2014/05/01). Empty: use {START_YEAR_VALUE}.</source>
      <translation>Champ contenant l'année de début de la restauration (une année, une date ou un texte comme 2014/05/01). Vide : utiliser {START_YEAR_VALUE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="73" />
      <source>Field listing the periods a polygon applies to, separated by commas (e.g. baseline, report_1); empty: all periods.</source>
      <translation>Champ listant les périodes auxquelles un polygone s'applique, séparées par des virgules (p. ex. baseline, report_1) ; vide : toutes les périodes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="91" />
      <source>Field naming each land unit; polygons sharing a value form one unit. Empty: each feature is a unit.</source>
      <translation>Champ nommant chaque unité de terres ; les polygones partageant une valeur forment une unité. Vide : chaque entité est une unité.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="49" />
      <source>Field naming each site in the validation table. Empty: sites are named by feature id.</source>
      <translation>Champ nommant chaque site dans la table de validation. Vide : les sites sont nommés par leur identifiant d'entité.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="82" />
      <source>Field naming each zone as in the tables (atlas pages). Empty: feature ids.</source>
      <translation>Champ qui nomme chaque zone comme dans les tables (pages de l'atlas). Vide : identifiants des entités.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="52" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: each feature is a zone named by its feature id.</source>
      <translation>Champ nommant chaque zone ; les entités partageant une valeur forment une zone. Vide : chaque entité est une zone nommée par son identifiant.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="36" />
      <source>Field naming each zone; features sharing a value form one zone. Empty: feature ids.</source>
      <translation>Champ nommant chaque zone ; les entités partageant une valeur forment une zone. Vide : identifiants des entités.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="40" />
      <source>Field of the land unit polygons holding the whole-number land unit id.</source>
      <translation>Champ des polygones d'unités de terres contenant l'identifiant entier de l'unité de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="62" />
      <source>Field with a descriptive name copied to the output (e.g. site_name).</source>
      <translation>Champ avec un nom descriptif copié dans la sortie (p. ex. site_name).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="115" />
      <source>Field with the IUCN GET code or name of each polygon's ecosystem. Empty: feature ids (written under 'Other').</source>
      <translation>Champ contenant le code GET de l'UICN ou le nom de l'écosystème de chaque polygone. Vide : identifiants des entités (écrits sous 'Other').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="77" />
      <source>Field with the restoration activities (codes or names, several separated by commas) to disaggregate by.</source>
      <translation>Champ contenant les activités de restauration (codes ou noms, plusieurs séparés par des virgules) selon lesquelles ventiler.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="81" />
      <source>Field with the restoration type (e.g. FERM 1 Ecological restoration, 2 Rehabilitation) to disaggregate by.</source>
      <translation>Champ contenant le type de restauration (p. ex. FERM 1 Restauration écologique, 2 Réhabilitation) selon lequel ventiler.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="62" />
      <source>Field: new value of degraded pixels</source>
      <translation>Champ : nouvelle valeur des pixels dégradés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="69" />
      <source>Field: new value of improved pixels</source>
      <translation>Champ : nouvelle valeur des pixels améliorés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="66" />
      <source>Field: new value of stable pixels</source>
      <translation>Champ : nouvelle valeur des pixels stables</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="72" />
      <source>Field: periods affected</source>
      <translation>Champ : périodes concernées</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="76" />
      <source>Field: reason</source>
      <translation>Champ : motif</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="255" />
      <source>Figures per zone</source>
      <translation>Chiffres par zone</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="230" />
      <source>Filled automatically: the reciprocal of the judgement above the diagonal.</source>
      <translation>Rempli automatiquement : l'inverse du jugement situé au-dessus de la diagonale.</translation>
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
      <translation>Occupation du sol finale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="49" />
      <source>Final map</source>
      <translation>Carte finale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="56" />
      <source>Final-year land cover in UNCCD classes; its water bodies (class 7) are left out of the land area.</source>
      <translation>Occupation du sol de l'année finale en classes CNULCD ; ses plans d'eau (classe 7) sont exclus de la surface terrestre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="48" />
      <source>First categorical map (band 1, whole-number class codes); its grid is the reference.</source>
      <translation>Première carte catégorielle (bande 1, codes de classe entiers) ; sa grille sert de référence.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="31" />
      <source>First reporting period against the baseline, whole raster, in hectares (true ellipsoidal area).</source>
      <translation>Première période de rapport par rapport à la référence, raster entier, en hectares (surface ellipsoïdale réelle).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="49" />
      <source>First year</source>
      <translation>Première année</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="44" />
      <source>First year analysed. Empty: the first year of the series.</source>
      <translation>Première année analysée. Vide : la première année de la série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="44" />
      <source>First year averaged. Empty: the first year of the series.</source>
      <translation>Première année moyennée. Vide : la première année de la série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="32" />
      <source>First year of the analysis period</source>
      <translation>Première année de la période d'analyse</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="33" />
      <source>First year of the baseline</source>
      <translation>Première année de la référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="34" />
      <source>First year of the baseline period. Empty: the first year of the series.</source>
      <translation>Première année de la période de référence. Vide : la première année de la série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="43" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="43" />
      <source>First year of the period</source>
      <translation>Première année de la période</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="39" />
      <source>First year of the recent period</source>
      <translation>Première année de la période récente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="40" />
      <source>First year of the recent period. Empty: the last 3 years of the series (two years before the recent period's last year).</source>
      <translation>Première année de la période récente. Vide : les 3 dernières années de la série (deux ans avant la dernière année de la période récente).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="50" />
      <source>First year of the table. Empty: the earliest start year of the counted sites.</source>
      <translation>Première année de la table. Vide : la première année de début des sites comptés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="33" />
      <source>First year of the trend. Empty: the first year of the series.</source>
      <translation>Première année de la tendance. Vide : la première année de la série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="47" />
      <source>Five LPD classes (1-5)</source>
      <translation>Cinq classes LPD (1-5)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="142" />
      <source>Fixed value</source>
      <translation>Valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="129" />
      <source>Fixed value for every site as text: FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Used where {ACTIVITIES_FIELD} is not chosen or is empty. The same as {ACTIVITIES_CODES}, for models and scripts; give one of the two.</source>
      <translation>Valeur fixe pour tous les sites, en texte : codes d'activité FERM, séparés par des virgules (activités terminales 1-50, p. ex. 4,6,24). Utilisée lorsque {ACTIVITIES_FIELD} n'est pas choisi ou est vide. Identique à {ACTIVITIES_CODES}, pour les modèles et les scripts ; n'indiquez que l'un des deux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="144" />
      <source>Fixed value for every site as text: FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Used where {RESTORATION_TYPE_FIELD} is not chosen or is empty. The same as {RESTORATION_TYPE_CODE}, for models and scripts; give one of the two.</source>
      <translation>Valeur fixe pour tous les sites, en texte : type de restauration FERM : 1 Restauration écologique, 2 Réhabilitation (code ou libellé). Utilisée lorsque {RESTORATION_TYPE_FIELD} n'est pas choisi ou est vide. Identique à {RESTORATION_TYPE_CODE}, pour les modèles et les scripts ; n'indiquez que l'un des deux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="159" />
      <source>Fixed value for every site as text: FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Used where {TENURE_FIELD} is not chosen or is empty. The same as {TENURE_CODE}, for models and scripts; give one of the two.</source>
      <translation>Valeur fixe pour tous les sites, en texte : code de régime foncier FERM 1-7 (1 Communal, 2 Public, 3 TIT, 4 Copropriété, 5 Privé, 6 Autre, 7 Ne sait pas) ou libellé. Utilisée lorsque {TENURE_FIELD} n'est pas choisi ou est vide. Identique à {TENURE_CODE}, pour les modèles et les scripts ; n'indiquez que l'un des deux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="115" />
      <source>Fixed value for every site as text: IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Used where {ECOSYSTEMS_FIELD} is not chosen or is empty. The same as {ECOSYSTEMS_CODES}, for models and scripts; give one of the two.</source>
      <translation>Valeur fixe pour tous les sites, en texte : codes de biome de la typologie mondiale des écosystèmes de l'UICN, séparés par des virgules (p. ex. T1,TF1). Utilisée lorsque {ECOSYSTEMS_FIELD} n'est pas choisi ou est vide. Identique à {ECOSYSTEMS_CODES}, pour les modèles et les scripts ; n'indiquez que l'un des deux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="177" />
      <source>Fixed value for every site: administrative level 1 (e.g. region). Used where {ADMIN1_FIELD} is not chosen or is empty.</source>
      <translation>Valeur fixe pour tous les sites : niveau administratif 1 (p. ex. région). Utilisée lorsque {ADMIN1_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="183" />
      <source>Fixed value for every site: administrative level 2 (e.g. province). Used where {ADMIN2_FIELD} is not chosen or is empty.</source>
      <translation>Valeur fixe pour tous les sites : niveau administratif 2 (p. ex. province). Utilisée lorsque {ADMIN2_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="171" />
      <source>Fixed value for every site: country (administrative level 0). Used where {ADMIN0_FIELD} is not chosen or is empty.</source>
      <translation>Valeur fixe pour tous les sites : pays (niveau administratif 0). Utilisée lorsque {ADMIN0_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="100" />
      <source>Fixed value for every site: site id (FERM siteId; GEF ID_CODE). Used where {SITE_ID_FIELD} is not chosen or is empty.</source>
      <translation>Valeur fixe pour tous les sites : identifiant du site (siteId FERM ; ID_CODE GEF). Utilisée lorsque {SITE_ID_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="94" />
      <source>Fixed value for every site: site name (FERM siteName; text, non-ASCII kept). Used where {SITE_NAME_FIELD} is not chosen or is empty.</source>
      <translation>Valeur fixe pour tous les sites : nom du site (siteName FERM ; texte, caractères non ASCII conservés). Utilisée lorsque {SITE_NAME_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="107" />
      <source>Fixed value for every site: year restoration started (a year, a date or text such as 2014/05/01). Used where {START_YEAR_FIELD} is not chosen or is empty.</source>
      <translation>Valeur fixe pour tous les sites : année de début de la restauration (une année, une date ou un texte comme 2014/05/01). Utilisée lorsque {START_YEAR_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="70" />
      <source>Float32 score 0..1, nodata -9999.</source>
      <translation>Score Float32 0..1, sans données -9999.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="43" />
      <source>Float32 share of Monte Carlo runs with the pixel in the top class; -1 excluded; nodata -9999.</source>
      <translation>Part Float32 des tirages Monte Carlo où le pixel est dans la classe supérieure ; -1 exclu ; sans données -9999.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="117" />
      <source>Float32 suitability 0..1; -1 excluded; nodata -9999.</source>
      <translation>Aptitude Float32 0..1 ; -1 exclu ; sans données -9999.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="87" />
      <source>Footnote</source>
      <translation>Note de bas de page</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="40" />
      <source>For a land-cover map: the codes that are forest, separated by commas (e.g. 1 for Tree-covered in the UNCCD classes). Required with a land-cover map.</source>
      <translation>Pour une carte d'occupation du sol : les codes correspondant à la forêt, séparés par des virgules (p. ex. 1 pour Couvert arboré dans les classes CNULCD). Obligatoire avec une carte d'occupation du sol.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="35" />
      <source>For each restoration site, tests whether the annual vegetation index (e.g. NDVI) rises faster after the site's start year than on comparable land nearby.&lt;br&gt;&lt;br&gt;&lt;b&gt;Site pixels&lt;/b&gt;: pixels at least half inside the site polygon. &lt;b&gt;Controls&lt;/b&gt;: pixels within {SEARCH_DISTANCE} of the site, outside every site of the layer (whatever its status) buffered by a gap of {GAP_PIXELS}, in the same land unit ({LAND_UNITS}) and baseline class ({BASELINE}) as the site's pixels (optional rasters). Each (land unit, class) stratum of the site is compared with the controls of the same stratum, weighted by the site's share of pixels in it.&lt;br&gt;&lt;b&gt;Estimate&lt;/b&gt;: difference-in-differences of OLS trends of the yearly mean index: (site slope from the start year on - site slope before) - (control slope after - control slope before), in index units per year. &lt;b&gt;p-value&lt;/b&gt;: from the standard error of that term in the interrupted time-series regression of the site-minus-control series (Student's t, n - 4 degrees of freedom); it is the chance of an effect at least this large if restoration changed nothing and the yearly residuals were independent.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: improving (effect &gt; 0, p &lt;= {ALPHA}), declining (effect &lt; 0, p &lt;= {ALPHA}), no detectable effect yet, too early to tell (fewer than {MIN_YEARS_AFTER} years from the start), not assessable (no start year, excluded status, no pixel or no control, fewer than {MIN_YEARS_BEFORE} years before the start), each with a reason.&lt;br&gt;&lt;br&gt;&lt;b&gt;Limits&lt;/b&gt;: sites are not randomised, so controls only approximate what would have happened; spill-overs and leakage beyond the gap are not seen; a non-linear difference in pre-trends biases the estimate (compare the before slopes); short post periods give wide errors; cloud gaps change which pixels make a year's mean. The end year is not used: the after period runs to the last year of the series.</source>
      <translation>Pour chaque site de restauration, teste si l'indice de végétation annuel (p. ex. NDVI) augmente plus vite après l'année de début du site que sur des terres comparables voisines.&lt;br&gt;&lt;br&gt;&lt;b&gt;Pixels du site&lt;/b&gt; : pixels situés au moins à moitié dans le polygone du site. &lt;b&gt;Témoins&lt;/b&gt; : pixels situés à moins de {SEARCH_DISTANCE} du site, hors de tous les sites de la couche (quel que soit leur état) élargis d'un écart de {GAP_PIXELS}, dans la même unité de terres ({LAND_UNITS}) et la même classe de référence ({BASELINE}) que les pixels du site (rasters facultatifs). Chaque strate (unité de terres, classe) du site est comparée aux témoins de la même strate, pondérée par la part des pixels du site qu'elle contient.&lt;br&gt;&lt;b&gt;Estimation&lt;/b&gt; : différence de différences des tendances par moindres carrés ordinaires de l'indice moyen annuel : (pente du site à partir de l'année de début - pente du site avant) - (pente des témoins après - pente des témoins avant), en unités de l'indice par an. &lt;b&gt;Valeur p&lt;/b&gt; : issue de l'erreur type de ce terme dans la régression en séries temporelles interrompues de la série site moins témoins (t de Student, n - 4 degrés de liberté) ; c'est la probabilité d'un effet au moins aussi grand si la restauration n'avait rien changé et si les résidus annuels étaient indépendants.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt; : amélioration (effet &gt; 0, p &lt;= {ALPHA}), déclin (effet &lt; 0, p &lt;= {ALPHA}), pas encore d'effet détectable, trop tôt pour conclure (moins de {MIN_YEARS_AFTER} années depuis le début), non évaluable (pas d'année de début, état exclu, aucun pixel ou aucun témoin, moins de {MIN_YEARS_BEFORE} années avant le début), chacune avec un motif.&lt;br&gt;&lt;br&gt;&lt;b&gt;Limites&lt;/b&gt; : les sites ne sont pas tirés au hasard, les témoins ne font donc qu'approcher ce qui se serait produit ; les effets de débordement et les fuites au-delà de l'écart ne sont pas vus ; une différence non linéaire des tendances antérieures biaise l'estimation (comparez les pentes avant) ; des périodes postérieures courtes donnent de grandes erreurs ; les lacunes dues aux nuages changent les pixels qui forment la moyenne d'une année. L'année de fin n'est pas utilisée : la période postérieure va jusqu'à la dernière année de la série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="53" />
      <source>For land-cover maps: the codes that count as natural vegetation, separated by commas (e.g. 1,2,4 for tree-covered, grassland and wetland in the UNCCD classes). Required with land-cover maps.</source>
      <translation>Pour des cartes d'occupation du sol : les codes qui comptent comme végétation naturelle, séparés par des virgules (p. ex. 1,2,4 pour couvert arboré, prairies et zones humides dans les classes CNULCD). Obligatoire avec des cartes d'occupation du sol.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="65" />
      <source>For the custom legend: a CSV file with the source code in the first column and the UNCCD class in the second (a header row, further columns and lines starting with # are allowed). Takes precedence over {RECLASS_TABLE}.</source>
      <translation>Pour la légende personnalisée : un fichier CSV avec le code source dans la première colonne et la classe CNULCD dans la deuxième (une ligne d'en-tête, des colonnes supplémentaires et des lignes commençant par # sont admises). Prioritaire sur {RECLASS_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="60" />
      <source>For the custom legend: one row per land-cover code of your maps, with the UNCCD class (1-7) it belongs to. Used when no {RECLASS_FILE} is given.</source>
      <translation>Pour la légende personnalisée : une ligne par code d'occupation du sol de vos cartes, avec la classe CNULCD (1-7) à laquelle il appartient. Utilisée quand {RECLASS_FILE} n'est pas indiqué.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="59" />
      <source>For tree-cover maps: a pixel is loss when initial - final tree cover is at least this many percentage points (default 10).</source>
      <translation>Pour des cartes de couvert arboré : un pixel est une perte quand le couvert arboré initial - final atteint au moins ce nombre de points de pourcentage (par défaut 10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="39" />
      <source>Forest codes</source>
      <translation>Codes de forêt</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="53" />
      <source>Forest connectivity Pff</source>
      <translation>Connectivité forestière Pff</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="14" />
      <source>Forest fragmentation (Riitters)</source>
      <translation>Fragmentation forestière (Riitters)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="16" />
      <source>Forest fragmentation per pixel after Riitters et al. (2000), from a binary forest map or a land-cover map with the forest codes.&lt;br&gt;&lt;br&gt;Over the square window centred on each pixel: &lt;b&gt;Pf&lt;/b&gt; = forest cells / valid cells; &lt;b&gt;Pff&lt;/b&gt; = among the horizontally or vertically adjacent pairs of cells inside the window with at least one forest cell, the share with both forest. Only cells inside the raster and not nodata count, so near the edge and next to nodata Pf and Pff describe the valid part of the window.&lt;br&gt;&lt;br&gt;Classes of forest pixels: 6 interior (Pf = 1), 1 patch (Pf &lt; 0.4), 2 transitional (0.4 &lt;= Pf &lt; 0.6); for Pf &gt;= 0.6: 3 edge (Pf &lt; Pff), 4 perforated (Pf &gt; Pff), 5 undetermined (Pf = Pff, decided exactly, or no pair with forest because of nodata). Non-forest pixels are 0; nodata stays nodata (255). Pf and Pff can be written as Float32 layers (nodata -9999; Pff is nodata where no pair has a forest cell).&lt;br&gt;&lt;br&gt;Computed with moving-window sums, so a large window costs no more per pixel than a small one.</source>
      <translation>Fragmentation forestière par pixel selon Riitters et al. (2000), à partir d'une carte forestière binaire ou d'une carte d'occupation du sol avec les codes de forêt.&lt;br&gt;&lt;br&gt;Sur la fenêtre carrée centrée sur chaque pixel : &lt;b&gt;Pf&lt;/b&gt; = cellules de forêt / cellules valides ; &lt;b&gt;Pff&lt;/b&gt; = parmi les paires de cellules adjacentes horizontalement ou verticalement dans la fenêtre comptant au moins une cellule de forêt, la part où les deux sont de la forêt. Seules les cellules situées dans le raster et non sans données comptent ; près du bord et à côté de cellules sans données, Pf et Pff décrivent donc la partie valide de la fenêtre.&lt;br&gt;&lt;br&gt;Classes des pixels de forêt : 6 intérieur (Pf = 1), 1 îlot (Pf &lt; 0.4), 2 transitionnel (0.4 &lt;= Pf &lt; 0.6) ; pour Pf &gt;= 0.6 : 3 lisière (Pf &lt; Pff), 4 perforé (Pf &gt; Pff), 5 indéterminé (Pf = Pff, décidé exactement, ou aucune paire avec forêt à cause de cellules sans données). Les pixels non forestiers valent 0 ; les pixels sans données le restent (255). Pf et Pff peuvent être écrits en couches Float32 (sans données -9999 ; Pff est sans données là où aucune paire n'a de cellule de forêt).&lt;br&gt;&lt;br&gt;Calculé par sommes sur fenêtre glissante : une grande fenêtre ne coûte pas plus par pixel qu'une petite.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="29" />
      <source>Forest or land-cover map</source>
      <translation>Carte forestière ou d'occupation du sol</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="50" />
      <source>Forest share Pf</source>
      <translation>Part de forêt Pf</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="47" />
      <source>Fragmentation classes</source>
      <translation>Classes de fragmentation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="29" />
      <source>From a labelled stratified random sample (e.g. drawn by the sample design tool and labelled in QGIS or Collect Earth) and the strata raster it was drawn from: the error matrix in proportions of area, overall, user's and producer's accuracy with 95 % confidence intervals, and the stratified estimate of each class's area with its standard error and 95 % interval (Olofsson et al. 2014, eq. 9-11). Pixel counting is biased whenever the map has errors; the estimated area is the figure to report.&lt;br&gt;&lt;br&gt;When every point's stratum is its map class the estimators of Olofsson et al. (2014) are used; when the strata differ from the map classes (e.g. a buffer stratum around change) the general stratified estimators of Stehman (2014); both agree when strata and map classes coincide. Stratum areas are true (ellipsoidal) areas of the strata raster; intervals are ± 1.96 standard errors, without finite-population correction.&lt;br&gt;&lt;br&gt;The run stops with a message when a stratum has fewer than two labelled points, a label is not in the legend, a point falls outside the map or on nodata, or the points do not belong to this strata raster (their stratum differs from the raster's value, or the stratum pixel counts recorded at the draw differ: a sample of another map version). Points without a reference label are left out with a warning.</source>
      <translation>À partir d'un échantillon aléatoire stratifié étiqueté (p. ex. tiré par l'outil de plan d'échantillonnage et étiqueté dans QGIS ou Collect Earth) et du raster des strates dont il a été tiré : la matrice d'erreurs en proportions de surface, la précision globale, pour l'utilisateur et pour le producteur avec leurs intervalles de confiance à 95 %, et l'estimation stratifiée de la surface de chaque classe avec son erreur type et son intervalle à 95 % (Olofsson et al. 2014, éq. 9-11). Le comptage des pixels est biaisé dès que la carte comporte des erreurs ; c'est la surface estimée qu'il faut rapporter.&lt;br&gt;&lt;br&gt;Lorsque la strate de chaque point est sa classe cartographiée, les estimateurs d'Olofsson et al. (2014) sont utilisés ; lorsque les strates diffèrent des classes de la carte (p. ex. une strate tampon autour des changements), les estimateurs stratifiés généraux de Stehman (2014) ; les deux concordent quand strates et classes de la carte coïncident. Les surfaces des strates sont les surfaces réelles (ellipsoïdales) du raster des strates ; les intervalles valent ± 1,96 erreur type, sans correction pour population finie.&lt;br&gt;&lt;br&gt;L'exécution s'arrête avec un message lorsqu'une strate a moins de deux points étiquetés, qu'une étiquette n'est pas dans la légende, qu'un point tombe hors de la carte ou sur une valeur sans données, ou que les points n'appartiennent pas à ce raster des strates (leur strate diffère de la valeur du raster, ou les nombres de pixels des strates enregistrés lors du tirage diffèrent : un échantillon d'une autre version de la carte). Les points sans étiquette de référence sont écartés avec un avertissement.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="10" />
      <source>Fuzzy linear (control points)</source>
      <translation>Linéaire flou (points de contrôle)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="62" />
      <source>Fuzzy linear standardisation of {layer} needs at least two control points in POINTS, e.g. 0:0; 10:1.</source>
      <translation>La standardisation linéaire floue de {layer} nécessite au moins deux points de contrôle dans POINTS, p. ex. 0:0; 10:1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="159" />
      <source>GDAL cannot write raster files with the extension .{ext} ({path}). Use .tif.</source>
      <translation>GDAL ne peut pas écrire de fichiers raster avec l'extension .{ext} ({path}). Utilisez .tif.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="193" />
      <source>GDAL could not complete the run ({reason}). No output was written.</source>
      <translation>GDAL n'a pas pu terminer l'exécution ({reason}). Aucune sortie n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="224" />
      <source>GEF geospatial template</source>
      <translation>Modèle géospatial du GEF</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="81" />
      <source>Gap around sites (pixels)</source>
      <translation>Écart autour des sites (pixels)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="11" />
      <source>Gaussian (near a value)</source>
      <translation>Gaussienne (proche d'une valeur)</translation>
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
      <translation>GeoJSON FeatureCollection à envoyer par POST à l'API FERM (EPSG:4326). Indiquez au moins l'une des trois sorties fichier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="227" />
      <source>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</source>
      <translation>GeoPackage (*.gpkg);;ESRI Shapefile (*.shp)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="149" />
      <source>Give at least one class code in {parameter} (e.g. -1).</source>
      <translation>Indiquez au moins un code de classe dans {parameter} (p. ex. -1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="104" />
      <source>Give at least one criterion raster.</source>
      <translation>Indiquez au moins un raster de critère.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="112" />
      <source>Give at least one degraded code ({parameter}).</source>
      <translation>Indiquez au moins un code dégradé ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="196" />
      <source>Give at least one reporting-period SDG 15.3.1 map.</source>
      <translation>Indiquez au moins une carte ODD 15.3.1 de période de rapport.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="37" />
      <source>Give the API address and set the API key first.</source>
      <translation>Indiquez d'abord l'adresse de l'API et définissez la clé d'API.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="115" />
      <source>Give the codes the degradation layer may hold ({parameter}).</source>
      <translation>Indiquez les codes que peut contenir la couche de dégradation ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="67" />
      <source>Give the criterion weights in WEIGHTS (e.g. 0.637,0.258,0.105) or a WEIGHTS_TABLE.</source>
      <translation>Indiquez les poids des critères dans WEIGHTS (p. ex. 0.637,0.258,0.105) ou une WEIGHTS_TABLE.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="161" />
      <source>Give the degraded baseline either as a raster ({raster}) or as polygons ({polygons}), not both and not neither.</source>
      <translation>Indiquez la référence dégradée soit en raster ({raster}), soit en polygones ({polygons}), ni les deux ni aucun.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="94" />
      <source>Give the ecosystem layer either as a raster or as polygons, not both.</source>
      <translation>Indiquez la couche d'écosystèmes soit en raster, soit en polygones, pas les deux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="184" />
      <source>Give the ecosystem types either as a raster ({raster}) or as polygons ({polygons}), not both.</source>
      <translation>Indiquez les types d'écosystèmes soit en raster ({raster}), soit en polygones ({polygons}), pas les deux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="76" />
      <source>Give the land units ({parameter}): a raster of unit ids, or polygons with an id field.</source>
      <translation>Indiquez les unités de terres ({parameter}) : un raster d'identifiants d'unités, ou des polygones avec un champ d'identifiant.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="170" />
      <source>Give the land units either as a raster ({raster}) or as polygons ({polygons}), not both.</source>
      <translation>Indiquez les unités de terres soit sous forme de raster ({raster}), soit sous forme de polygones ({polygons}), mais pas les deux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="126" />
      <source>Give the land-cover codes that count as natural vegetation (e.g. 1,2,4).</source>
      <translation>Indiquez les codes d'occupation du sol qui comptent comme végétation naturelle (p. ex. 1,2,4).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="144" />
      <source>Go to the next unlabelled point after labelling</source>
      <translation>Passer au point non étiqueté suivant après l'étiquetage</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Grassland</source>
      <translation>Prairies</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="43" />
      <source>Half width of the 95 % confidence interval of {ESTIMATED_DEGRADED_HA}, in hectares (output ESTIMATED_CI95_HA of Accuracy assessment); required with it.</source>
      <translation>Demi-largeur de l'intervalle de confiance à 95 % de {ESTIMATED_DEGRADED_HA}, en hectares (sortie ESTIMATED_CI95_HA d'Évaluation de la précision) ; obligatoire avec celui-ci.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="239" />
      <source>Headline figures</source>
      <translation>Chiffres clés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="48" />
      <source>Headline indicator 2.1 of the Kunming-Montreal GBF: hectares under restoration in a reporting year, and progress towards Target 2 (share of the degraded baseline under restoration, against 30 % or the national target).&lt;br&gt;&lt;br&gt;&lt;b&gt;Which sites count.&lt;/b&gt; A site counts in the reporting year when its start year is in or before it, it has no end year or ended in or after it, and its status is not excluded (default: FERM 'In preparation'). Every feature is listed in the {VALIDATION} table as ok / warning / error with the reason (no start year, excluded or unknown status, starts later, ended earlier, invalid geometry repaired, empty geometry, outside the baseline).&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt; follow FAO FERM's method: the union of the valid geometries in EPSG:6933 (equal-area), in hectares, so overlapping sites count once. Restoration inside degraded land and the degraded baseline per zone use exact pixel coverage of the polygons on the baseline raster and true pixel areas (or polygon intersections when the baseline is given as polygons).&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows:&lt;/b&gt; the total, each zone of each zone layer plus '(outside)' (the part in none of its zones), and each activity and restoration type (a site with several activities counts for each, so those rows may add up to more than the total; activity and type rows are compared with the whole baseline). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). The {AREAS} layer holds the dissolved area of each row, in the CRS of the sites layer.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimated baseline.&lt;/b&gt; The mapped (pixel-counted) baseline is biased when the map has errors. With the estimated degraded area of an accuracy assessment of the baseline map ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the total, activity and type rows also give estimated_baseline_ha, its 95 % half-interval and percent_of_estimated_baseline = inside_degraded_ha / estimated baseline x 100, beside the mapped columns (zone rows: empty, the estimate is for the whole area).</source>
      <translation>Indicateur principal 2.1 du Cadre mondial de la biodiversité de Kunming-Montréal : hectares en restauration une année de rapport, et progrès vers la cible 2 (part de la référence dégradée en restauration, par rapport à 30 % ou à l'objectif national).&lt;br&gt;&lt;br&gt;&lt;b&gt;Sites comptés.&lt;/b&gt; Un site compte pour l'année de rapport si son année de début est cette année-là ou antérieure, s'il n'a pas d'année de fin ou s'est terminé cette année-là ou après, et si son état n'est pas exclu (par défaut : FERM « En préparation »). Chaque entité figure dans la table {VALIDATION} comme ok / avertissement / erreur, avec le motif (pas d'année de début, état exclu ou inconnu, début plus tardif, fin plus précoce, géométrie invalide réparée, géométrie vide, hors de la référence).&lt;br&gt;&lt;br&gt;&lt;b&gt;Les surfaces&lt;/b&gt; suivent la méthode FERM de la FAO : l'union des géométries valides en EPSG:6933 (à surfaces égales), en hectares, de sorte que les sites qui se chevauchent comptent une seule fois. La restauration à l'intérieur des terres dégradées et la référence dégradée par zone utilisent la couverture exacte des polygones en pixels sur le raster de référence et les surfaces réelles des pixels (ou des intersections de polygones quand la référence est fournie en polygones).&lt;br&gt;&lt;br&gt;&lt;b&gt;Lignes :&lt;/b&gt; le total, chaque zone de chaque couche de zones plus '(outside)' (la partie située dans aucune de ses zones), et chaque activité et type de restauration (un site ayant plusieurs activités compte pour chacune, ces lignes peuvent donc dépasser le total ; les lignes d'activité et de type sont comparées à l'ensemble de la référence). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100 ; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). La couche {AREAS} contient la surface fusionnée de chaque ligne, dans le SCR de la couche des sites.&lt;br&gt;&lt;br&gt;&lt;b&gt;Référence estimée.&lt;/b&gt; La référence cartographiée (comptée en pixels) est biaisée lorsque la carte comporte des erreurs. Avec la surface dégradée estimée d'une évaluation de la précision de la carte de référence ({ESTIMATES_TABLE}, ou {ESTIMATED_DEGRADED_HA} et {ESTIMATED_CI95_HA}), les lignes du total, d'activité et de type donnent aussi estimated_baseline_ha, son demi-intervalle à 95 % et percent_of_estimated_baseline = inside_degraded_ha / référence estimée x 100, à côté des colonnes cartographiées (lignes de zone : vides, l'estimation porte sur toute la région).</translation>
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
      <translation>Hectares de terres dégradées restant à mettre en restauration pour atteindre {TARGET_PCT}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>High</source>
      <translation>Élevée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="46" />
      <source>How criterion values become scores; formulas in the help.</source>
      <translation>Comment les valeurs du critère deviennent des scores ; formules dans l'aide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="44" />
      <source>How the final SOC stock is obtained: from a second SOC map, or from the baseline map and the land-cover transition with stock-change factors.</source>
      <translation>Mode d'obtention du stock final de COS : à partir d'une seconde carte de COS, ou à partir de la carte de référence et de la transition d'occupation du sol avec des facteurs de variation des stocks.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="71" />
      <source>How the points are shared among strata. With a minimum, strata whose proportional share is below {MIN_PER_STRATUM} get that many.</source>
      <translation>Répartition des points entre les strates. Avec un minimum, les strates dont la part proportionnelle est inférieure à {MIN_PER_STRATUM} en reçoivent ce nombre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="46" />
      <source>How the productivity layer is coded.</source>
      <translation>Codage de la couche de productivité.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="63" />
      <source>IPCC climate zones</source>
      <translation>Zones climatiques de l'IPCC</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="90" />
      <source>ISO 3166-1 alpha-2 code of its country, e.g. PE</source>
      <translation>Code ISO 3166-1 alpha-2 de son pays, p. ex. PE</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="82" />
      <source>ISO 3166-1 alpha-2 codes, e.g. PE, EC</source>
      <translation>Codes ISO 3166-1 alpha-2, p. ex. PE, EC</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="25" />
      <source>Import FERM sites (GeoJSON)</source>
      <translation>Importer des sites FERM (GeoJSON)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <source>Improved</source>
      <translation>Amélioré</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="175" />
      <source>Improved against the baseline (ha)</source>
      <translation>Amélioré par rapport à la référence (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="68" />
      <source>Improved area (ha)</source>
      <translation>Surface améliorée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="68" />
      <source>Improved pixels</source>
      <translation>Pixels améliorés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="53" />
      <source>Improving faster than controls</source>
      <translation>Amélioration plus rapide que les témoins</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="14" />
      <source>Increasing</source>
      <translation>En hausse</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="21" />
      <source>Increasing area (ha)</source>
      <translation>Surface en hausse (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="21" />
      <source>Increasing pixels</source>
      <translation>Pixels en hausse</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="96" />
      <source>Increasing score breaks separated by ';' (decimal point). n breaks give n + 1 categories 0..n; a score equal to a break goes to the upper category. Default 0.5; 1.5; 2.5: not degraded, light, moderate, severe on the 0-3 score scale.</source>
      <translation>Seuils de score croissants séparés par ';' (point décimal). n seuils donnent n + 1 catégories 0..n ; un score égal à un seuil va dans la catégorie supérieure. Par défaut 0.5; 1.5; 2.5 : non dégradé, léger, modéré, sévère sur l'échelle de score 0-3.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="240" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="331" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="22" />
      <source>Indicators</source>
      <translation>Indicateurs</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="38" />
      <source>Indicators and methods</source>
      <translation>Indicateurs et méthodes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="25" />
      <source>Indigenous and traditional territories</source>
      <translation>Territoires autochtones et traditionnels</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="26" />
      <source>Indigenous and traditional territories; the '(outside)' row is the area outside them.</source>
      <translation>Territoires autochtones et traditionnels ; la ligne '(outside)' est la surface située hors de ceux-ci.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="49" />
      <source>Initial (baseline) SOC</source>
      <translation>COS initial (de référence)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="120" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="55" />
      <source>Initial land cover</source>
      <translation>Occupation du sol initiale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="46" />
      <source>Initial map</source>
      <translation>Carte initiale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="69" />
      <source>Input layers</source>
      <translation>Couches d'entrée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="32" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="40" />
      <source>Input type</source>
      <translation>Type d'entrée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="148" />
      <source>Inside degraded (ha)</source>
      <translation>Dans le dégradé (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="132" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="174" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="245" />
      <source>Inside degraded land (ha)</source>
      <translation>Dans les terres dégradées (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="196" />
      <source>Institution id</source>
      <translation>Id. de l'institution</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="94" />
      <source>Institution id (required)</source>
      <translation>Id. de l'institution (obligatoire)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="82" />
      <source>Int16 classes 1..N (0 excluded, nodata -32768).</source>
      <translation>Classes Int16 1..N (0 exclu, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="47" />
      <source>Integrates several national degradation criteria (e.g. loss of vegetation cover, fragmentation, loss of productivity, any continuous index) into degradation severity categories.&lt;br&gt;&lt;br&gt;&lt;b&gt;Scoring.&lt;/b&gt; Each criterion raster (band 1) gets one row in {RULES_TABLE}: &lt;i&gt;criterion&lt;/i&gt; (its 1-based position in the criteria list), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; and &lt;i&gt;weight&lt;/i&gt;. Entries of a rule are separated by ';'. &lt;i&gt;thresholds&lt;/i&gt;: 'OP bound : score' entries with OP &amp;lt; or &amp;lt;= and increasing bounds, ended by '&amp;gt; B' after '&amp;lt;= B', '&amp;gt;= B' after '&amp;lt; B', or 'else : score'; a value takes the score of the first entry it satisfies, e.g. '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt;: 'code : score' pairs, e.g. '-1:3; 0:0; 1:0' or '1:3; 2:2; 3:1; 4:0; 5:0', optionally ended by 'else : score'; a code without a score stops the run, listing every such code of every criterion, before anything is written. &lt;i&gt;preset&lt;/i&gt;: a ready-made rule of resources/data/severity_defaults.json: vegetation_loss (0:0; 1:3), fragmentation (classes of the forest fragmentation tool: 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). Scores use the scale 0 none, 1 light, 2 moderate, 3 severe.&lt;br&gt;&lt;br&gt;&lt;b&gt;Integration.&lt;/b&gt; Score = weighted mean of the criterion scores (weights &gt;= 0, normalised by their sum). By default a pixel missing in any criterion is nodata; with 'available criteria' the mean is taken over the criteria present (weights renormalised over them).&lt;br&gt;&lt;br&gt;&lt;b&gt;Categories.&lt;/b&gt; The score is cut by the increasing breaks: below the first break category 0, a score equal to a break goes to the category above. Defaults: score &amp;lt; 0.5 not degraded (0), &amp;lt; 1.5 light (1), &amp;lt; 2.5 moderate (2), otherwise severe (3): a pixel whose criteria all score s is in category s.&lt;br&gt;&lt;br&gt;Outputs: categories (Int16, nodata -32768, styled), optional score (Float32), and the area of each category in hectares for the whole raster and per zone.</source>
      <translation>Intègre plusieurs critères nationaux de dégradation (p. ex. perte de couvert végétal, fragmentation, perte de productivité, tout indice continu) en catégories de sévérité de la dégradation.&lt;br&gt;&lt;br&gt;&lt;b&gt;Notation.&lt;/b&gt; Chaque raster de critère (bande 1) a une ligne dans {RULES_TABLE} : &lt;i&gt;criterion&lt;/i&gt; (sa position, à partir de 1, dans la liste des critères), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; et &lt;i&gt;weight&lt;/i&gt;. Les entrées d'une règle sont séparées par ';'. &lt;i&gt;thresholds&lt;/i&gt; : entrées 'OP borne : score' avec OP &amp;lt; ou &amp;lt;= et des bornes croissantes, terminées par '&amp;gt; B' après '&amp;lt;= B', '&amp;gt;= B' après '&amp;lt; B', ou 'else : score' ; une valeur prend le score de la première entrée qu'elle satisfait, p. ex. '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt; : paires 'code : score', p. ex. '-1:3; 0:0; 1:0' ou '1:3; 2:2; 3:1; 4:0; 5:0', terminées éventuellement par 'else : score' ; un code sans score arrête l'exécution, en listant tous ces codes de tous les critères, avant toute écriture. &lt;i&gt;preset&lt;/i&gt; : une règle toute faite de resources/data/severity_defaults.json : vegetation_loss (0:0; 1:3), fragmentation (classes de l'outil de fragmentation forestière : 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). Les scores utilisent l'échelle 0 aucune, 1 légère, 2 modérée, 3 sévère.&lt;br&gt;&lt;br&gt;&lt;b&gt;Intégration.&lt;/b&gt; Score = moyenne pondérée des scores des critères (poids &gt;= 0, normalisés par leur somme). Par défaut, un pixel absent d'un critère est sans données ; avec « critères disponibles », la moyenne porte sur les critères présents (poids renormalisés sur ceux-ci).&lt;br&gt;&lt;br&gt;&lt;b&gt;Catégories.&lt;/b&gt; Le score est découpé par les seuils croissants : sous le premier seuil, catégorie 0 ; un score égal à un seuil va dans la catégorie supérieure. Par défaut : score &amp;lt; 0.5 non dégradé (0), &amp;lt; 1.5 léger (1), &amp;lt; 2.5 modéré (2), sinon sévère (3) : un pixel dont tous les critères valent s est dans la catégorie s.&lt;br&gt;&lt;br&gt;Sorties : catégories (Int16, sans données -32768, stylées), score facultatif (Float32) et surface de chaque catégorie en hectares pour tout le raster et par zone.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="35" />
      <source>Jenks sample size</source>
      <translation>Taille d'échantillon Jenks</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="237" />
      <source>Key {key}</source>
      <translation>Clé {key}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="89" />
      <source>Kind of organization: government, NGO, academic... (FERM vocabulary)</source>
      <translation>Type d'organisation : gouvernement, ONG, université... (vocabulaire FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="70" />
      <source>LDN balance per land type</source>
      <translation>Bilan NDT par type de terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="36" />
      <source>LDN balance per land type (neutrality, counterbalancing)</source>
      <translation>Bilan NDT par type de terres (neutralité, compensation)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="79" />
      <source>LDN response</source>
      <translation>Réponse NDT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="81" />
      <source>LDN response areas</source>
      <translation>Surfaces de réponse NDT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="83" />
      <source>LDN response areas file (CSV or XLSX)</source>
      <translation>Fichier des surfaces de réponse NDT (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="23" />
      <source>LDN response hierarchy (Avoid, Reduce, Reverse)</source>
      <translation>Hiérarchie de réponse de la NDT (Éviter, Réduire, Inverser)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="24" />
      <source>LDN,land degradation neutrality,response hierarchy,avoid,reduce,reverse,restoration,ROAM</source>
      <translation>NDT,neutralité en matière de dégradation des terres,hiérarchie de réponse,éviter,réduire,inverser,restauration,ROAM</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="37" />
      <source>LDN,neutrality,land degradation neutrality,counterbalancing,like for like,land type,SDG,15.3.1,UNCCD,PRAIS,reporting period,balance,gains,losses</source>
      <translation>NDT,neutralité,neutralité en matière de dégradation des terres,compensation,à l'identique,type de terres,ODD,15.3.1,CNULCD,PRAIS,période de rapport,bilan,gains,pertes</translation>
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
      <translation>Classes LPD 1-5 (Int16, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="144" />
      <source>LPD {code} {label}: {pixels} pixel(s), {area} ha.</source>
      <translation>LPD {code} {label} : {pixels} pixel(s), {area} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="35" />
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="94" />
      <source>Label accuracy sample</source>
      <translation>Étiqueter l'échantillon de précision</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="41" />
      <source>Label language</source>
      <translation>Langue des libellés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="93" />
      <source>Labelled points used</source>
      <translation>Points étiquetés utilisés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="46" />
      <source>Labelled sample points</source>
      <translation>Points d'échantillon étiquetés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="146" />
      <source>Land (ha)</source>
      <translation>Terres (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="39" />
      <source>Land Degradation Neutrality judged like for like (UNCCD scientific conceptual framework, Orr et al. 2017; SDG 15.3.1 Good Practice Guidance): losses are balanced by gains within the same land type, not across the country.&lt;br&gt;&lt;br&gt;Inputs: the SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved) of the baseline and of each reporting period, in order, and the land cover at baseline, reclassified to the 7 UNCCD classes with the same legend settings as the land-cover sub-indicator (a code the legend does not cover stops the run with the list of every such code). A land type is the UNCCD class, or the class combined with a land unit (e.g. soil) from {LAND_UNITS_LAYER}, a raster or polygons (a pixel takes the polygon covering most of it, at least half; other pixels have no land type and are counted as nodata). Only pixels valid in every map and with a land type are counted, the same pixels in every period.&lt;br&gt;&lt;br&gt;Comparisons: &lt;i&gt;map&lt;/i&gt; (each map's own values), &lt;i&gt;vs_baseline&lt;/i&gt; (each period against the baseline) and &lt;i&gt;vs_previous&lt;/i&gt; (each period against the one before; for the first period, the baseline), the last two through the expanded status matrix of the GPG addendum collapsed to degraded (1-3), stable (4) and improved (5-7).&lt;br&gt;&lt;br&gt;{BALANCE}: per zone, comparison and land type the degraded, stable and improved area, the net balance (improved - degraded) in ha and % of the land type, and whether neutrality is met (net &gt;= 0). {COUNTERBALANCE}: losses, gains, the part of the losses offset by gains of the same land type, the remaining deficit and the surplus (never carried to another land type); the total row shows the pooled net balance beside the like-for-like deficit. {PERIOD_STATUS}: one row per period with its status, and a chart ({CHART}). Totals are the sums of the land-type rows, which add up to the valid area; nodata is reported in its own row. {DEFICIT}: one band per period, the land type code where that land type is in deficit against the baseline, 0 where it is not.</source>
      <translation>Neutralité en matière de dégradation des terres évaluée à l'identique (cadre conceptuel scientifique de la CNULCD, Orr et al. 2017 ; guide de bonnes pratiques ODD 15.3.1) : les pertes sont compensées par des gains au sein du même type de terres, et non à l'échelle du pays.&lt;br&gt;&lt;br&gt;Entrées : la carte ODD 15.3.1 (-1 dégradé, 0 stable, +1 amélioré) de la référence et de chaque période de rapport, dans l'ordre, et l'occupation du sol à la référence, reclassée dans les 7 classes CNULCD avec les mêmes réglages de légende que le sous-indicateur d'occupation du sol (un code que la légende ne couvre pas arrête l'exécution avec la liste de tous ces codes). Un type de terres est la classe CNULCD, ou la classe combinée avec une unité de terres (p. ex. un sol) de {LAND_UNITS_LAYER}, raster ou polygones (un pixel prend le polygone qui en couvre la plus grande partie, au moins la moitié ; les autres pixels n'ont pas de type de terres et sont comptés comme sans données). Seuls les pixels valides dans toutes les cartes et dotés d'un type de terres sont comptés, les mêmes pixels pour toutes les périodes.&lt;br&gt;&lt;br&gt;Comparaisons : &lt;i&gt;map&lt;/i&gt; (les valeurs propres de chaque carte), &lt;i&gt;vs_baseline&lt;/i&gt; (chaque période par rapport à la référence) et &lt;i&gt;vs_previous&lt;/i&gt; (chaque période par rapport à la précédente ; pour la première période, la référence), ces deux dernières au moyen de la matrice d'état étendue de l'addendum au guide de bonnes pratiques, regroupée en dégradé (1-3), stable (4) et amélioré (5-7).&lt;br&gt;&lt;br&gt;{BALANCE} : par zone, comparaison et type de terres, la surface dégradée, stable et améliorée, le bilan net (amélioré - dégradé) en ha et en % du type de terres, et si la neutralité est atteinte (net &gt;= 0). {COUNTERBALANCE} : les pertes, les gains, la part des pertes compensée par des gains du même type de terres, le déficit restant et l'excédent (jamais reporté sur un autre type de terres) ; la ligne de total montre le bilan net global à côté du déficit à l'identique. {PERIOD_STATUS} : une ligne par période avec son état, et un graphique ({CHART}). Les totaux sont les sommes des lignes de type de terres, qui totalisent la surface valide ; les surfaces sans données figurent sur leur propre ligne. {DEFICIT} : une bande par période, le code du type de terres là où ce type de terres est en déficit par rapport à la référence, 0 ailleurs.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="212" />
      <source>Land Degradation Neutrality per period</source>
      <translation>Neutralité en matière de dégradation des terres par période</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="52" />
      <source>Land Productivity Dynamics in five classes: 1 Declining, 2 Moderate decline, 3 Stressed, 4 Stable, 5 Increasing (Int16, nodata -32768), with an optional three-class view (1-2 to -1, 3-4 to 0, 5 to +1).&lt;br&gt;&lt;br&gt;&lt;b&gt;From the sub-indicators&lt;/b&gt; (UNCCD Good Practice Guidance): start from the trajectory (-1 to 1, 0 to 4, +1 to 5), then, later rules winning: trajectory 0, state 0, performance -1 gives 3; trajectory +1, state -1, performance -1 gives 2; trajectory 0, state -1, performance 0 gives 2; trajectory 0, state -1, performance -1 gives 1. A pixel missing in any layer is nodata. Trajectory and state must hold -1/0/+1 and performance -1/0; other values are listed in an error before anything is written.&lt;br&gt;&lt;br&gt;&lt;b&gt;From an external LPD map&lt;/b&gt; (e.g. JRC, FAO-WOCAT, Trends.Earth): its codes are reclassified with a preset from resources/data/lpd_external_presets.json (sources documented there) or with your own table (code, then class 1-5 or 'nodata'), given in the table parameter or as a CSV file. Codes the table does not cover are all listed in an error and nothing is written.</source>
      <translation>Dynamique de la productivité des terres en cinq classes : 1 En déclin, 2 Déclin modéré, 3 Sous stress, 4 Stable, 5 En hausse (Int16, sans données -32768), avec une vue facultative en trois classes (1-2 en -1, 3-4 en 0, 5 en +1).&lt;br&gt;&lt;br&gt;&lt;b&gt;À partir des sous-indicateurs&lt;/b&gt; (guide de bonnes pratiques de la CNULCD) : on part de la trajectoire (-1 en 1, 0 en 4, +1 en 5), puis, les règles suivantes l'emportant : trajectoire 0, état 0, performance -1 donne 3 ; trajectoire +1, état -1, performance -1 donne 2 ; trajectoire 0, état -1, performance 0 donne 2 ; trajectoire 0, état -1, performance -1 donne 1. Un pixel absent d'une des couches est sans données. La trajectoire et l'état doivent contenir -1/0/+1 et la performance -1/0 ; les autres valeurs sont listées dans une erreur avant toute écriture.&lt;br&gt;&lt;br&gt;&lt;b&gt;À partir d'une carte LPD externe&lt;/b&gt; (p. ex. JRC, FAO-WOCAT, Trends.Earth) : ses codes sont reclassés avec un préréglage de resources/data/lpd_external_presets.json (les sources y sont documentées) ou avec votre propre table (code, puis classe 1-5 ou 'nodata'), indiquée dans le paramètre de table ou sous forme de fichier CSV. Les codes non couverts par la table sont tous listés dans une erreur et rien n'est écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="58" />
      <source>Land cover (UNCCD classes)</source>
      <translation>Occupation du sol (classes CNULCD)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="50" />
      <source>Land cover (same legend) or tree cover (%) at the end of the period (band 1).</source>
      <translation>Occupation du sol (même légende) ou couvert arboré (%) à la fin de la période (bande 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="76" />
      <source>Land cover at baseline</source>
      <translation>Occupation du sol de référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="49" />
      <source>Land cover degradation</source>
      <translation>Dégradation de l'occupation du sol</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="55" />
      <source>Land cover for the water mask</source>
      <translation>Occupation du sol pour le masque d'eau</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="59" />
      <source>Land cover in the 7 UNCCD classes (1 tree-covered ... 7 water body).</source>
      <translation>Occupation du sol dans les 7 classes CNULCD (1 couvert arboré ... 7 plan d'eau).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="47" />
      <source>Land cover or tree cover (%) at the start of the period (band 1).</source>
      <translation>Occupation du sol ou couvert arboré (%) au début de la période (bande 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="61" />
      <source>Land cover under productive use</source>
      <translation>Occupation du sol en usage productif</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="41" />
      <source>Land cover: loss is a change from a natural vegetation code to any other code. Tree cover: loss is a drop of tree cover (0-100 %) of at least {THRESHOLD_PCT_POINTS}.</source>
      <translation>Occupation du sol : la perte est un passage d'un code de végétation naturelle à tout autre code. Couvert arboré : la perte est une baisse du couvert arboré (0-100 %) d'au moins {THRESHOLD_PCT_POINTS}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="15" />
      <source>Land degradation (SDG indicator 15.3.1)</source>
      <translation>Dégradation des terres (indicateur ODD 15.3.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="66" />
      <source>Land overuse</source>
      <translation>Surexploitation des terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="28" />
      <source>Land overuse (use vs capability)</source>
      <translation>Surexploitation des terres (usage et capacité)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="71" />
      <source>Land overuse areas</source>
      <translation>Surfaces de surexploitation des terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="73" />
      <source>Land overuse areas file (CSV or XLSX)</source>
      <translation>Fichier des surfaces de surexploitation des terres (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="42" />
      <source>Land productivity</source>
      <translation>Productivité des terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="73" />
      <source>Land productivity (-1/0/+1)</source>
      <translation>Productivité des terres (-1/0/+1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="101" />
      <source>Land productivity (3 classes)</source>
      <translation>Productivité des terres (3 classes)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="28" />
      <source>Land productivity (trajectory, state, performance, LPD)</source>
      <translation>Productivité des terres (trajectoire, état, performance, LPD)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="99" />
      <source>Land productivity dynamics</source>
      <translation>Dynamique de la productivité des terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="71" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="49" />
      <source>Land productivity dynamics (LPD)</source>
      <translation>Dynamique de la productivité des terres (LPD)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="113" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="126" />
      <source>Land types in deficit</source>
      <translation>Types de terres en déficit</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="90" />
      <source>Land unit field (polygons)</source>
      <translation>Champ d'unité de terres (polygones)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="39" />
      <source>Land unit id field (polygons)</source>
      <translation>Champ d'identifiant de l'unité de terres (polygones)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="62" />
      <source>Land unit percentiles</source>
      <translation>Centiles des unités de terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="64" />
      <source>Land unit percentiles file (CSV or XLSX)</source>
      <translation>Fichier des centiles des unités de terres (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="107" />
      <source>Land unit(s) {units} of {layer} have no pixel with a valid index value; they have no percentile.</source>
      <translation>Les unités de terres {units} de {layer} n'ont aucun pixel avec une valeur d'indice valide ; elles n'ont pas de centile.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="64" />
      <source>Land units</source>
      <translation>Unités de terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="82" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="32" />
      <source>Land units (raster or polygons)</source>
      <translation>Unités de terres (raster ou polygones)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="94" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="43" />
      <source>Land units as a raster (models and scripts)</source>
      <translation>Unités de terres sous forme de raster (modèles et scripts)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="98" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="47" />
      <source>Land units as polygons (models and scripts)</source>
      <translation>Unités de terres sous forme de polygones (modèles et scripts)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="62" />
      <source>Land units were given twice ({keys}): give one land unit layer.</source>
      <translation>Les unités de terres ont été indiquées deux fois ({keys}) : indiquez une seule couche d'unités de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="45" />
      <source>Land use / land cover</source>
      <translation>Usage des terres / occupation du sol</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="120" />
      <source>Land, degraded, stable and improved hectares per biome, functional group and other ecosystem type (CSV or XLSX).</source>
      <translation>Hectares de terres, dégradés, stables et améliorés par biome, groupe fonctionnel et autre type d'écosystème (CSV ou XLSX).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="148" />
      <source>Land-cover codes not covered by the reclassification table ({details}). Add every one of them to the table (or set them as the raster's nodata); nothing was written.</source>
      <translation>Codes d'occupation du sol non couverts par la table de reclassement ({details}). Ajoutez-les tous à la table (ou définissez-les comme valeur sans données du raster) ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="151" />
      <source>Land-cover codes other than the UNCCD classes 1-7 were found ({details}). Choose the ESA CCI preset or a custom reclassification table for this legend; nothing was written.</source>
      <translation>Des codes d'occupation du sol autres que les classes CNULCD 1-7 ont été trouvés ({details}). Choisissez le préréglage ESA CCI ou une table de reclassement personnalisée pour cette légende ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="139" />
      <source>Land-cover degradation</source>
      <translation>Dégradation de l'occupation du sol</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="100" />
      <source>Land-cover degradation (SDG 15.3.1)</source>
      <translation>Dégradation de l'occupation du sol (ODD 15.3.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="49" />
      <source>Land-cover legend</source>
      <translation>Légende d'occupation du sol</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="35" />
      <source>Land-cover map + forest codes</source>
      <translation>Carte d'occupation du sol + codes de forêt</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="124" />
      <source>Land-cover map at the end of the period, same legend as the initial map.</source>
      <translation>Carte d'occupation du sol à la fin de la période, avec la même légende que la carte initiale.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="121" />
      <source>Land-cover map at the start of the period (band 1, whole-number class codes).</source>
      <translation>Carte d'occupation du sol au début de la période (bande 1, codes de classe entiers).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="77" />
      <source>Land-cover map defining the land types (band 1, whole-number class codes). When it already holds the UNCCD classes, the names it carries (raster attribute table, category names, style) name the land types.</source>
      <translation>Carte d'occupation du sol définissant les types de terres (bande 1, codes de classe entiers). Lorsqu'elle contient déjà les classes CNULCD, les noms qu'elle porte (table attributaire du raster, noms de catégories, style) nomment les types de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="43" />
      <source>Land-cover maps + natural vegetation codes</source>
      <translation>Cartes d'occupation du sol + codes de végétation naturelle</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="50" />
      <source>Land-cover sub-indicator (-1/0/+1), e.g. from Land cover degradation.</source>
      <translation>Sous-indicateur d'occupation du sol (-1/0/+1), p. ex. issu de Dégradation de l'occupation du sol.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="102" />
      <source>Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition matrix (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;Both maps are first reclassified to the 7 UNCCD classes (1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not cover is never turned into nodata silently: the run stops and lists every such code of each map, and nothing is written.&lt;br&gt;&lt;br&gt;Each pixel takes the matrix value of its transition (row = initial class, column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. Edit it in {MATRIX_TABLE} or give a CSV of the same layout ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Optional outputs: the transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.&lt;br&gt;&lt;br&gt;Class names in the table and in the transitions layer (its raster attribute table): the UNCCD names; for maps already in UNCCD classes, the names the map itself carries win (its raster attribute table, category names, paletted style or .qml style beside the file, e.g. national names of the 7 classes).</source>
      <translation>Sous-indicateur d'occupation du sol de l'ODD 15.3.1 : compare une carte d'occupation du sol initiale et une finale au moyen d'une matrice de transition (guide de bonnes pratiques de la CNULCD v2).&lt;br&gt;&lt;br&gt;Les deux cartes sont d'abord reclassées dans les 7 classes CNULCD (1 Couvert arboré, 2 Prairies, 3 Terres cultivées, 4 Zone humide, 5 Artificialisé, 6 Autres terres, 7 Plan d'eau) : soit elles sont déjà dans ces classes, soit via le préréglage ESA CCI intégré, soit via votre propre table. Un code non couvert par la légende n'est jamais transformé silencieusement en sans données : l'exécution s'arrête en listant tous ces codes pour chaque carte, et rien n'est écrit.&lt;br&gt;&lt;br&gt;Chaque pixel prend la valeur de la matrice pour sa transition (ligne = classe initiale, colonne = classe finale) : -1 dégradé, 0 stable, +1 amélioré (Int16, sans données -32768 là où l'une des cartes est sans données). La matrice par défaut est celle de la CNULCD (resources/data/unccd_transition_matrix.csv) : p. ex. Couvert arboré vers Terres cultivées est une dégradation, Terres cultivées vers Couvert arboré une amélioration, et toute transition vers ou depuis Plan d'eau est stable. Modifiez-la dans {MATRIX_TABLE} ou fournissez un CSV de même disposition ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Sorties facultatives : les codes de transition initiale × 10 + finale (p. ex. 13 = Couvert arboré → Terres cultivées ; Byte, sans données 0) et une table de la surface de chacune des 49 transitions en hectares (surfaces réelles des pixels sur l'ellipsoïde), avec sa valeur dans la matrice.&lt;br&gt;&lt;br&gt;Noms des classes dans la table et dans la couche des transitions (sa table attributaire du raster) : les noms CNULCD ; pour les cartes déjà en classes CNULCD, les noms que porte la carte elle-même l'emportent (sa table attributaire du raster, ses noms de catégories, son style palette ou le style .qml à côté du fichier, p. ex. des noms nationaux des 7 classes).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="141" />
      <source>Land-cover transitions</source>
      <translation>Transitions d'occupation du sol</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="48" />
      <source>Land-use capability</source>
      <translation>Capacité d'usage des terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="55" />
      <source>Land-use code</source>
      <translation>Code d'usage des terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="99" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="99" />
      <source>Language of every text of the report.</source>
      <translation>Langue de tous les textes du rapport.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="42" />
      <source>Language of the vocabulary labels (en, es, fr, pt); default the QGIS language, else English. Labels missing in a language are given in English.</source>
      <translation>Langue des libellés des vocabulaires (en, es, fr, pt) ; par défaut la langue de QGIS, sinon l'anglais. Les libellés absents dans une langue sont donnés en anglais.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="52" />
      <source>Last year</source>
      <translation>Dernière année</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="46" />
      <source>Last year analysed (included). Empty: the last year of the series.</source>
      <translation>Dernière année analysée (incluse). Vide : la dernière année de la série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="46" />
      <source>Last year averaged (included). Empty: the last year of the series.</source>
      <translation>Dernière année moyennée (incluse). Vide : la dernière année de la série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="34" />
      <source>Last year of the analysis period</source>
      <translation>Dernière année de la période d'analyse</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="36" />
      <source>Last year of the baseline</source>
      <translation>Dernière année de la référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="37" />
      <source>Last year of the baseline period (included). Empty: the year before the recent period.</source>
      <translation>Dernière année de la période de référence (incluse). Vide : l'année précédant la période récente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="45" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="45" />
      <source>Last year of the period</source>
      <translation>Dernière année de la période</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="42" />
      <source>Last year of the recent period</source>
      <translation>Dernière année de la période récente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="43" />
      <source>Last year of the recent period (included). Empty: the last year of the series.</source>
      <translation>Dernière année de la période récente (incluse). Vide : la dernière année de la série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="52" />
      <source>Last year of the table (default 2030).</source>
      <translation>Dernière année de la table (par défaut 2030).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="35" />
      <source>Last year of the trend (included). Empty: the last year of the series.</source>
      <translation>Dernière année de la tendance (incluse). Vide : la dernière année de la série.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="140" />
      <source>Layer field</source>
      <translation>Champ de la couche</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="122" />
      <source>Layout added to the project</source>
      <translation>Mise en page ajoutée au projet</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="101" />
      <source>Layout template</source>
      <translation>Modèle de mise en page</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="88" />
      <source>Leading or supporting organization (FERM vocabulary)</source>
      <translation>Organisation chef de file ou d'appui (vocabulaire FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="214" />
      <source>Leave features in error out of the outputs instead of stopping (default: stop).</source>
      <translation>Laisser les entités en erreur hors des sorties au lieu de s'arrêter (par défaut : arrêt).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="131" />
      <source>Legend</source>
      <translation>Légende</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="68" />
      <source>Legend (class codes)</source>
      <translation>Légende (codes de classe)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="50" />
      <source>Legend of the land-cover maps (the same for both). 'Already UNCCD classes 1-7': 1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body. 'ESA CCI': the ESA CCI / C3S land-cover codes (10-220) with the standard SDG 15.3.1 aggregation (resources/data/esa_cci_to_unccd.csv). 'Custom': your own table ({RECLASS_TABLE} or {RECLASS_FILE}). A code the legend does not cover stops the run with the list of every such code.</source>
      <translation>Légende des cartes d'occupation du sol (la même pour les deux). « Déjà en classes CNULCD 1-7 » : 1 Couvert arboré, 2 Prairies, 3 Terres cultivées, 4 Zone humide, 5 Artificialisé, 6 Autres terres, 7 Plan d'eau. « ESA CCI » : les codes d'occupation du sol ESA CCI / C3S (10-220) avec l'agrégation standard de l'ODD 15.3.1 (resources/data/esa_cci_to_unccd.csv). « Personnalisée » : votre propre table ({RECLASS_TABLE} ou {RECLASS_FILE}). Un code non couvert par la légende arrête l'exécution avec la liste de tous ces codes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="117" />
      <source>Light degradation area (ha)</source>
      <translation>Surface en dégradation légère (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="107" />
      <source>Like-for-like counterbalancing</source>
      <translation>Compensation à l'identique</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="125" />
      <source>Like-for-like deficit (ha)</source>
      <translation>Déficit à l'identique (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="176" />
      <source>Like-for-like deficit against the baseline (ha)</source>
      <translation>Déficit à l'identique par rapport à la référence (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="178" />
      <source>Like-for-like deficit against the previous period (ha)</source>
      <translation>Déficit à l'identique par rapport à la période précédente (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="63" />
      <source>Line chart of the area under restoration and the path to the target (.svg or .png).</source>
      <translation>Graphique linéaire de la surface en restauration et de la trajectoire vers l'objectif (.svg ou .png).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="9" />
      <source>Linear benefit (min-max)</source>
      <translation>Bénéfice linéaire (min-max)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="9" />
      <source>Linear cost (max-min)</source>
      <translation>Coût linéaire (max-min)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="328" />
      <source>Load AHP matrix</source>
      <translation>Charger une matrice AHP</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="137" />
      <source>Load CSV…</source>
      <translation>Charger un CSV…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="80" />
      <source>Loss areas</source>
      <translation>Surfaces de perte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="82" />
      <source>Loss areas file (CSV or XLSX)</source>
      <translation>Fichier des surfaces de perte (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="63" />
      <source>Loss patches (8-connected: pixels touching by a side or a corner) of fewer pixels are set to no loss. 0 or 1 keeps every loss pixel.</source>
      <translation>Les taches de perte (8-connexité : pixels se touchant par un côté ou un coin) comptant moins de pixels passent à pas de perte. 0 ou 1 conserve tous les pixels de perte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="58" />
      <source>Loss threshold (percentage points)</source>
      <translation>Seuil de perte (points de pourcentage)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="81" />
      <source>Loss, no-loss and nodata hectares and the share lost, for the whole raster and per zone.</source>
      <translation>Hectares de perte, sans perte et sans données, et la part perdue, pour tout le raster et par zone.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="108" />
      <source>Losses, gains, offset, remaining deficit and surplus per land type.</source>
      <translation>Pertes, gains, compensation, déficit restant et excédent par type de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="83" />
      <source>Lost area (ha)</source>
      <translation>Surface perdue (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="134" />
      <source>Lost area: {loss:.2f} ha.</source>
      <translation>Surface perdue : {loss:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="81" />
      <source>Made by t2monitor:restorationreport (T2 Monitor {version}) on {date}, language {language}, template {template}, chart drawn with {engine}; atlas: {atlas}.</source>
      <translation>Produit par t2monitor:restorationreport (T2 Monitor {version}) le {date}, langue {language}, modèle {template}, graphique dessiné avec {engine} ; atlas : {atlas}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="220" />
      <source>Made with T2 Monitor {version} on {date}.</source>
      <translation>Produit avec T2 Monitor {version} le {date}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="51" />
      <source>Mann-Kendall Z</source>
      <translation>Mann-Kendall Z</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="53" />
      <source>Mann-Kendall p-value</source>
      <translation>Valeur p de Mann-Kendall</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="51" />
      <source>Mann-Kendall test statistic Z (Float32, nodata -32768).</source>
      <translation>Statistique Z du test de Mann-Kendall (Float32, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Manual</source>
      <translation>Manuel</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="31" />
      <source>Manual breaks</source>
      <translation>Seuils manuels</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="32" />
      <source>Manual method: increasing inner class limits, e.g. 0.25,0.5,0.75 for 4 classes; a value equal to a limit goes to the upper class.</source>
      <translation>Méthode manuelle : limites intérieures de classe croissantes, p. ex. 0.25,0.5,0.75 pour 4 classes ; une valeur égale à une limite va dans la classe supérieure.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="49" />
      <source>Map</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="63" />
      <source>Map (when the strata are not the map classes)</source>
      <translation>Carte (lorsque les strates ne sont pas les classes de la carte)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="47" />
      <source>Map A</source>
      <translation>Carte A</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="50" />
      <source>Map B</source>
      <translation>Carte B</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="19" />
      <source>Map agreement (cross-tabulation and kappa)</source>
      <translation>Concordance des cartes (tableau croisé et kappa)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="125" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="53" />
      <source>Map class field</source>
      <translation>Champ de la classe de la carte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="53" />
      <source>Map class of each point.</source>
      <translation>Classe de la carte de chaque point.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="301" />
      <source>Map class: {value}</source>
      <translation>Classe de la carte : {value}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="158" />
      <source>Mapped and estimated area per class</source>
      <translation>Surface cartographiée et estimée par classe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="155" />
      <source>Mapped area</source>
      <translation>Surface cartographiée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="92" />
      <source>Mapped area of the reported class (ha)</source>
      <translation>Surface cartographiée de la classe rapportée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="25" />
      <source>Maps the Land Degradation Neutrality response hierarchy Avoid &amp;gt; Reduce &amp;gt; Reverse from a degradation layer (the SDG 15.3.1 -1/0/+1 layer, or any categorical map such as LPD classes or degradation status), the UNCCD land cover and optional protected areas.&lt;br&gt;&lt;br&gt;Classes: 1 &lt;b&gt;Avoid&lt;/b&gt; (non-degraded natural land and protected areas, to keep so), 2 &lt;b&gt;Reduce&lt;/b&gt; (land under productive use that is degrading or at risk: sustainable land management), 3 &lt;b&gt;Reverse&lt;/b&gt; (degraded land where restoration is the response), 0 other / not assigned (e.g. healthy cropland, built-up land). Nodata where the degradation layer or the land cover has none.&lt;br&gt;&lt;br&gt;Default rules (resources/data/ldn_response_rules.json; the first rule that holds wins): degraded and not productive -&gt; Reverse; degraded and productive -&gt; Reduce; at risk and productive -&gt; Reduce; protected and not degraded -&gt; Avoid; natural and not degraded -&gt; Avoid; otherwise 0. Copy the file, edit the rules and give it as the rules file to change them.&lt;br&gt;&lt;br&gt;The &lt;b&gt;Reverse&lt;/b&gt; class is the natural mask or criterion for the ROAM restoration priority overlay: it marks where restoration, rather than protection or better management, is the answer. The area table gives the area of each class overall and per zone.</source>
      <translation>Cartographie la hiérarchie de réponse de la neutralité en matière de dégradation des terres Éviter &amp;gt; Réduire &amp;gt; Inverser à partir d'une couche de dégradation (la couche -1/0/+1 de l'ODD 15.3.1, ou toute carte catégorielle comme les classes LPD ou l'état de la dégradation), de l'occupation du sol CNULCD et d'aires protégées facultatives.&lt;br&gt;&lt;br&gt;Classes : 1 &lt;b&gt;Éviter&lt;/b&gt; (terres naturelles non dégradées et aires protégées, à maintenir en l'état), 2 &lt;b&gt;Réduire&lt;/b&gt; (terres en usage productif qui se dégradent ou sont à risque : gestion durable des terres), 3 &lt;b&gt;Inverser&lt;/b&gt; (terres dégradées où la restauration est la réponse), 0 autre / non attribué (p. ex. terres cultivées saines, zones bâties). Sans données là où la couche de dégradation ou l'occupation du sol n'en a pas.&lt;br&gt;&lt;br&gt;Règles par défaut (resources/data/ldn_response_rules.json ; la première règle vérifiée l'emporte) : dégradé et non productif -&gt; Inverser ; dégradé et productif -&gt; Réduire ; à risque et productif -&gt; Réduire ; protégé et non dégradé -&gt; Éviter ; naturel et non dégradé -&gt; Éviter ; sinon 0. Pour les modifier, copiez le fichier, modifiez les règles et indiquez-le comme fichier de règles.&lt;br&gt;&lt;br&gt;La classe &lt;b&gt;Inverser&lt;/b&gt; est le masque ou le critère naturel de la superposition de priorité de restauration ROAM : elle marque les endroits où la réponse est la restauration, plutôt que la protection ou une meilleure gestion. La table des surfaces donne la surface de chaque classe au total et par zone.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="41" />
      <source>Masks (water, urban...): pixels with a valid non-zero value are excluded; nodata does not exclude.</source>
      <translation>Masques (eau, zones urbaines...) : les pixels ayant une valeur valide non nulle sont exclus ; l'absence de données n'exclut pas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="48" />
      <source>Matrix CSV file</source>
      <translation>Fichier CSV de matrice</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="65" />
      <source>Max (ranges only)</source>
      <translation>Max (plages uniquement)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="49" />
      <source>Maximum (linear)</source>
      <translation>Maximum (linéaire)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="61" />
      <source>Mean divided by the unit's percentile (Float32, nodata -32768).</source>
      <translation>Moyenne divisée par le centile de l'unité (Float32, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="87" />
      <source>Mean over {start}-{end}.</source>
      <translation>Moyenne sur {start}-{end}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="13" />
      <source>Medium</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="46" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="43" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="265" />
      <source>Methods and data</source>
      <translation>Méthodes et données</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="55" />
      <source>Midpoint (sigmoid, gaussian)</source>
      <translation>Point médian (sigmoïde, gaussienne)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="65" />
      <source>Min or code</source>
      <translation>Min ou code</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="48" />
      <source>Minimum (linear)</source>
      <translation>Minimum (linéaire)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="49" />
      <source>Minimum number of valid baseline years</source>
      <translation>Nombre minimal d'années de référence valides</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="41" />
      <source>Minimum number of valid years</source>
      <translation>Nombre minimal d'années valides</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="67" />
      <source>Minimum patch size (ha)</source>
      <translation>Taille minimale des taches (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="62" />
      <source>Minimum patch size (pixels)</source>
      <translation>Taille minimale des taches (pixels)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="109" />
      <source>Minimum patch size {area:g} ha = {pixels} pixel(s) (mean true pixel area {pixel:.4f} ha); it replaces {key}.</source>
      <translation>Taille minimale des taches {area:g} ha = {pixels} pixel(s) (surface réelle moyenne d'un pixel {pixel:.4f} ha) ; elle remplace {key}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="115" />
      <source>Minimum patch size {pixels} pixel(s) = {area:.2f} ha (mean true pixel area {pixel:.4f} ha).</source>
      <translation>Taille minimale des taches {pixels} pixel(s) = {area:.2f} ha (surface réelle moyenne d'un pixel {pixel:.4f} ha).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="76" />
      <source>Minimum points per stratum</source>
      <translation>Nombre minimal de points par strate</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="85" />
      <source>Minimum years before the start</source>
      <translation>Nombre minimal d'années avant le début</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="88" />
      <source>Minimum years from the start</source>
      <translation>Nombre minimal d'années depuis le début</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="89" />
      <source>Missing criteria</source>
      <translation>Critères manquants</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="66" />
      <source>Mode</source>
      <translation>Mode</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="95" />
      <source>Modelled final SOC</source>
      <translation>COS final modélisé</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Moderate decline</source>
      <translation>Déclin modéré</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="18" />
      <source>Moderate decline area (ha)</source>
      <translation>Surface en déclin modéré (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="18" />
      <source>Moderate decline pixels</source>
      <translation>Pixels en déclin modéré</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="118" />
      <source>Moderate degradation area (ha)</source>
      <translation>Surface en dégradation modérée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="36" />
      <source>Monte Carlo runs</source>
      <translation>Tirages Monte Carlo</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="281" />
      <source>Most inconsistent judgement (highlighted): {row} compared with {column} is {given}, the weights imply {implied:.2f}.</source>
      <translation>Jugement le plus incohérent (en surbrillance) : {row} comparé à {column} vaut {given}, les poids impliquent {implied:.2f}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="83" />
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="86" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="35" />
      <source>Name field</source>
      <translation>Champ de nom</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="123" />
      <source>Name of the layout added to the project with {ADD_LAYOUT_TO_PROJECT}; empty when none was added.</source>
      <translation>Nom de la mise en page ajoutée au projet avec {ADD_LAYOUT_TO_PROJECT} ; vide si aucune n'a été ajoutée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="87" />
      <source>Name of the organization</source>
      <translation>Nom de l'organisation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="80" />
      <source>Name of the period this layer describes (e.g. baseline, report_1), matched against {RECODE_PERIODS_FIELD} of {RECODE}.</source>
      <translation>Nom de la période décrite par cette couche (p. ex. baseline, report_1), comparé à {RECODE_PERIODS_FIELD} de {RECODE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="84" />
      <source>Name of the person FERM can contact about the project</source>
      <translation>Nom de la personne que FERM peut contacter au sujet du projet</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="101" />
      <source>Names of the categories 0..n separated by ';' (one more than {CATEGORY_BREAKS}), used in the table and the legend. Empty: the default names when there are 4 categories, else 'Category 0', 'Category 1', ...</source>
      <translation>Noms des catégories 0..n séparés par ';' (un de plus que {CATEGORY_BREAKS}), utilisés dans la table et la légende. Vide : les noms par défaut lorsqu'il y a 4 catégories, sinon 'Category 0', 'Category 1', ...</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="38" />
      <source>Names of the criteria in matrix order, separated by commas (e.g. 'slope, erosion, distance to forest'). Optional with a matrix file, whose names are then used; if given with a file, they must match its names.</source>
      <translation>Noms des critères dans l'ordre de la matrice, séparés par des virgules (p. ex. 'pente, érosion, distance à la forêt'). Facultatif avec un fichier de matrice, dont les noms sont alors utilisés ; s'ils sont indiqués avec un fichier, ils doivent correspondre à ses noms.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/base.py" line="8" />
      <source>National degradation criteria</source>
      <translation>Critères nationaux de dégradation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="216" />
      <source>National report</source>
      <translation>Rapport national</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="31" />
      <source>National restoration report (PDF)</source>
      <translation>Rapport national de restauration (PDF)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Natural breaks (Jenks)</source>
      <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="64" />
      <source>Natural land cover</source>
      <translation>Occupation du sol naturelle</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="52" />
      <source>Natural vegetation codes</source>
      <translation>Codes de végétation naturelle</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="20" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="128" />
      <source>Neutrality met</source>
      <translation>Neutralité atteinte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="20" />
      <source>Neutrality not met</source>
      <translation>Neutralité non atteinte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="155" />
      <source>Next unlabelled</source>
      <translation>Non étiqueté suivant</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="153" />
      <source>Next ▶</source>
      <translation>Suivant ▶</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="104" />
      <source>No FERM API key is set. Use "Set API key…" to store the key given by FERM.</source>
      <translation>Aucune clé d'API FERM n'est définie. Utilisez "Définir la clé d'API…" pour enregistrer la clé fournie par FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="84" />
      <source>No SDG 15.3.1 summary table was given: give one per period.</source>
      <translation>Aucune table de synthèse ODD 15.3.1 n'a été indiquée : indiquez-en une par période.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="132" />
      <source>No area under restoration table was given.</source>
      <translation>Aucune table de surface en restauration n'a été indiquée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="131" />
      <source>No criterion raster was given ({parameter}).</source>
      <translation>Aucun raster de critère n'a été indiqué ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="54" />
      <source>No detectable effect yet</source>
      <translation>Pas encore d'effet détectable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="117" />
      <source>No file was given for the output {output}.</source>
      <translation>Aucun fichier n'a été indiqué pour la sortie {output}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="118" />
      <source>No forest code was given for the land-cover map {layer}. Give the land-cover codes that are forest (e.g. 1).</source>
      <translation>Aucun code de forêt n'a été indiqué pour la carte d'occupation du sol {layer}. Indiquez les codes d'occupation du sol correspondant à la forêt (p. ex. 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="64" />
      <source>No forest code was given for the land-cover map {layer}. Give the land-cover codes that are forest in {parameter} (e.g. 1).</source>
      <translation>Aucun code de forêt n'a été indiqué pour la carte d'occupation du sol {layer}. Indiquez dans {parameter} les codes d'occupation du sol correspondant à la forêt (p. ex. 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/dask_engine.py" line="240" />
      <location filename="../t2_monitor_plugin/core/engine.py" line="272" />
      <source>No input raster was given.</source>
      <translation>Aucun raster d'entrée n'a été indiqué.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="232" />
      <source>No land unit has a positive {q}th percentile of {layer}, so no performance ratio can be computed. Check that the layer is a productivity index such as NDVI.</source>
      <translation>Aucune unité de terres n'a un {q}e centile positif de {layer} ; aucun ratio de performance ne peut être calculé. Vérifiez que la couche est un indice de productivité tel que le NDVI.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="91" />
      <source>No pairwise judgements were given: fill the matrix ({n} x {n} for {count} criteria) or choose a matrix CSV file.</source>
      <translation>Aucun jugement par paires n'a été indiqué : remplissez la matrice ({n} x {n} pour {count} critères) ou choisissez un fichier CSV de matrice.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="340" />
      <source>No pixel corner of the raster can be transformed to longitude and latitude in its coordinate reference system, so true areas cannot be computed. Check the raster's CRS (Layer Properties &gt; Source) or reproject it.</source>
      <translation>Aucun coin de pixel du raster ne peut être transformé en longitude et latitude dans son système de coordonnées de référence : les surfaces réelles ne peuvent donc pas être calculées. Vérifiez le SCR du raster (Propriétés de la couche &gt; Source) ou reprojetez-le.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sensitivity.py" line="149" />
      <source>No pixel is left after the exclusions and nodata of the criteria ({layer}).</source>
      <translation>Il ne reste aucun pixel après les exclusions et les valeurs sans données des critères ({layer}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="206" />
      <source>No pixel is left after the exclusions and nodata of the criteria ({layer}): the suitability would be empty. Check the exclusion layers and the criteria extents.</source>
      <translation>Il ne reste aucun pixel après les exclusions et les valeurs sans données des critères ({layer}) : l'aptitude serait vide. Vérifiez les couches d'exclusion et les étendues des critères.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="201" />
      <source>No pixel of {layer} has at least {needed} valid baseline years (MIN_YEARS) and {recent} valid recent year(s). Lower MIN_YEARS or choose longer periods.</source>
      <translation>Aucun pixel de {layer} n'a au moins {needed} années de référence valides (MIN_YEARS) et {recent} année(s) récente(s) valide(s). Diminuez MIN_YEARS ou choisissez des périodes plus longues.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="276" />
      <source>No pixel of {layer} has at least {needed} valid years (MIN_YEARS) between {first} and {last}. Lower MIN_YEARS or choose a longer period.</source>
      <translation>Aucun pixel de {layer} n'a au moins {needed} années valides (MIN_YEARS) entre {first} et {last}. Diminuez MIN_YEARS ou choisissez une période plus longue.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="222" />
      <source>No pixel of {layer} has both a valid index value and a land unit of {units}. Check that the land units cover the productivity raster.</source>
      <translation>Aucun pixel de {layer} n'a à la fois une valeur d'indice valide et une unité de terres de {units}. Vérifiez que les unités de terres couvrent le raster de productivité.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="79" />
      <source>No productivity raster was given ({parameter}).</source>
      <translation>Aucun raster de productivité n'a été indiqué ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="185" />
      <source>No productivity raster was given.</source>
      <translation>Aucun raster de productivité n'a été indiqué.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="75" />
      <source>No raster was given for the annual series. Choose one multi-band raster or one raster per year.</source>
      <translation>Aucun raster n'a été indiqué pour la série annuelle. Choisissez un raster multibande ou un raster par année.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="372" />
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="182" />
      <source>No restoration site can be exported: the layer has no valid polygon.</source>
      <translation>Aucun site de restauration ne peut être exporté : la couche n'a aucun polygone valide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="85" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="287" />
      <source>No restoration sites layer was given ({parameter}).</source>
      <translation>Aucune couche de sites de restauration n'a été indiquée ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="294" />
      <source>No sample point layer.</source>
      <translation>Aucune couche de points d'échantillon.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="165" />
      <source>No site of {layer} can be counted: every feature has an error (e.g. no start year) or an excluded status. See the validation table or check the chosen fields.</source>
      <translation>Aucun site de {layer} ne peut être compté : chaque entité a une erreur (p. ex. pas d'année de début) ou un état exclu. Consultez la table de validation ou vérifiez les champs choisis.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="170" />
      <source>No site of {layer} is under restoration in {year}: the earliest start year is {first}. Choose a later reporting year or check the start and end years.</source>
      <translation>Aucun site de {layer} n'est en restauration en {year} : la première année de début est {first}. Choisissez une année de rapport plus tardive ou vérifiez les années de début et de fin.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="44" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="122" />
      <source>Nodata area (ha)</source>
      <translation>Surface sans données (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="93" />
      <source>Nodata where any criterion is missing</source>
      <translation>Sans données là où un critère manque</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="170" />
      <source>None of the polygons of {layer} overlaps the baseline raster {raster}. Check that the sites and the raster cover the same area.</source>
      <translation>Aucun des polygones de {layer} ne recouvre le raster de référence {raster}. Vérifiez que les sites et le raster couvrent la même région.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="271" />
      <source>None of the zones in {layer} overlaps the raster. Check that the zone layer and the raster cover the same area.</source>
      <translation>Aucune des zones de {layer} ne recouvre le raster. Vérifiez que la couche de zones et le raster couvrent la même région.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="122" />
      <source>Normalised weights used</source>
      <translation>Poids normalisés utilisés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="57" />
      <source>Not assessable</source>
      <translation>Non évaluable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="278" />
      <source>Not consistent: CR = {cr:.3f} (acceptable below 0.10).</source>
      <translation>Incohérent : CR = {cr:.3f} (acceptable en dessous de 0,10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="116" />
      <source>Not degraded area (ha)</source>
      <translation>Surface non dégradée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="150" />
      <source>Not exported: {count} problem(s), listed in the validation table on the Sites tab. Fix them, or tick "Skip features with errors" for problems of single sites.</source>
      <translation>Non exporté : {count} problème(s), listés dans la table de validation de l'onglet Sites. Corrigez-les, ou cochez "Ignorer les entités en erreur" pour les problèmes propres à certains sites.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="187" />
      <source>Not exported: {error}</source>
      <translation>Non exporté : {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="195" />
      <source>Not in deficit</source>
      <translation>Hors déficit</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="103" />
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="74" />
      <source>Not published: {error}</source>
      <translation>Non publié : {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="123" />
      <source>Number of 2.CT.1 rows written per ecosystem type (0 without an ecosystem layer).</source>
      <translation>Nombre de lignes 2.CT.1 écrites par type d'écosystème (0 sans couche d'écosystèmes).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="27" />
      <source>Number of classes</source>
      <translation>Nombre de classes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="127" />
      <source>Number of land types in deficit in the first period against the baseline.</source>
      <translation>Nombre de types de terres en déficit dans la première période par rapport à la référence.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="110" />
      <source>Number of pages of the PDF.</source>
      <translation>Nombre de pages du PDF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="31" />
      <source>Number of pixels of the LPD class.</source>
      <translation>Nombre de pixels de la classe LPD.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="84" />
      <source>Number of pixels of the class.</source>
      <translation>Nombre de pixels de la classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="68" />
      <source>Number of pixels rated -1.</source>
      <translation>Nombre de pixels évalués à -1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="72" />
      <source>Number of pixels that got a rating (-1 or 0).</source>
      <translation>Nombre de pixels ayant reçu une évaluation (-1 ou 0).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="28" />
      <source>Number of priority classes; the highest class is the highest priority. Ignored for manual breaks (breaks + 1 classes).</source>
      <translation>Nombre de classes de priorité ; la classe la plus haute est la plus prioritaire. Ignoré pour les seuils manuels (seuils + 1 classes).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="36" />
      <source>Number of random weight sets (default 50).</source>
      <translation>Nombre de jeux de poids aléatoires (par défaut 50).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="72" />
      <source>Number of valid input pixels that no range or code maps (set to nodata).</source>
      <translation>Nombre de pixels d'entrée valides auxquels aucune plage ni aucun code ne correspond (mis sans données).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="93" />
      <source>ORT rows as CSV</source>
      <translation>Lignes ORT en CSV</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="91" />
      <source>ORT workbook</source>
      <translation>Classeur ORT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="38" />
      <source>ORT,CBD,GBF,2.1,2.CT.1,national report,template,XLSX,disaggregation,area under restoration</source>
      <translation>ORT,CBD,CMB,2.1,2.CT.1,rapport national,modèle,XLSX,ventilation,surface en restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="114" />
      <source>One band per period: land type code where it is in deficit against the baseline, 0 where not (Int32, nodata -1), with a raster attribute table naming the land types.</source>
      <translation>Une bande par période : code du type de terres là où il est en déficit par rapport à la référence, 0 ailleurs (Int32, sans données -1), avec une table attributaire du raster nommant les types de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="50" />
      <source>One name per summary table, in the same order, separated by commas (e.g. baseline,report_1 or 2000-2015,2016-2019).</source>
      <translation>Un nom par table de synthèse, dans le même ordre, séparés par des virgules (p. ex. baseline,report_1 ou 2000-2015,2016-2019).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="72" />
      <source>One raster per criterion (band 1 is used), e.g. vegetation-cover loss 0/1, fragmentation classes, productivity -1/0/+1 or LPD 1-5, a continuous index. Their order gives the criterion numbers 1, 2, ... used in {RULES_TABLE}.</source>
      <translation>Un raster par critère (la bande 1 est utilisée), p. ex. perte de couvert végétal 0/1, classes de fragmentation, productivité -1/0/+1 ou LPD 1-5, un indice continu. Leur ordre donne les numéros de critère 1, 2, ... utilisés dans {RULES_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="77" />
      <source>One row per criterion: criterion number (1-based position in {CRITERIA}), type (thresholds, reclass or preset), rule text (e.g. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' or '-1:3; 0:0; 1:0' or 'lpd_5class') and weight (0 or more; empty = 1).</source>
      <translation>Une ligne par critère : numéro du critère (position, à partir de 1, dans {CRITERIA}), type (thresholds, reclass ou preset), texte de la règle (p. ex. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0', '-1:3; 0:0; 1:0' ou 'lpd_5class') et poids (0 ou plus ; vide = 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="229" />
      <source>One row per feature (feature_id, site_name, level ok/warning/error, reason) plus project problems; written even when errors stop the run. Optional: the problems are also listed in the log.</source>
      <translation>Une ligne par entité (feature_id, site_name, level ok/warning/error, reason) plus les problèmes du projet ; écrite même lorsque des erreurs arrêtent l'exécution. Facultatif : les problèmes sont aussi listés dans le journal.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="72" />
      <source>One row per land-cover conversion (initial and final UNCCD class) and one column per climate zone: SOC_final = SOC_initial × factor. Conversions not listed and classes that do not change keep 1. Values may be written 1/x. Defaults to the IPCC-based table.</source>
      <translation>Une ligne par conversion d'occupation du sol (classe CNULCD initiale et finale) et une colonne par zone climatique : SOC_final = SOC_initial × facteur. Les conversions non listées et les classes qui ne changent pas gardent 1. Les valeurs peuvent s'écrire 1/x. Par défaut, la table fondée sur l'IPCC.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="111" />
      <source>One row per period, zone and comparison: areas, deficit and neutrality status.</source>
      <translation>Une ligne par période, zone et comparaison : surfaces, déficit et état de la neutralité.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="90" />
      <source>One row per recode polygon with the hectares it changed.</source>
      <translation>Une ligne par polygone de recodage avec les hectares qu'il a modifiés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="79" />
      <source>One row per reporting period: area under restoration in its end year and the change from the previous period.</source>
      <translation>Une ligne par période de rapport : surface en restauration à son année de fin et variation par rapport à la période précédente.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="98" />
      <source>One row per site feature: counted or not in the reporting year, level and reason.</source>
      <translation>Une ligne par entité de site : comptée ou non pour l'année de rapport, niveau et motif.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="66" />
      <source>One row per site feature: whether it can ever count, level and reason.</source>
      <translation>Une ligne par entité de site : si elle peut compter un jour, niveau et motif.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="30" />
      <source>One weight per criterion, comma-separated, in the order of the criteria (e.g. the WEIGHTS output of t2monitor:ahpweights). They are normalised to sum 1. Give either this or {WEIGHTS_TABLE}.</source>
      <translation>Un poids par critère, séparés par des virgules, dans l'ordre des critères (p. ex. la sortie WEIGHTS de t2monitor:ahpweights). Ils sont normalisés pour sommer à 1. Indiquez soit ce paramètre, soit {WEIGHTS_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="46" />
      <source>One-at-a-time and Monte Carlo top-class areas (no geometry).</source>
      <translation>Surfaces de la classe supérieure pour l'analyse un à un et Monte Carlo (sans géométrie).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="181" />
      <source>Open sample points</source>
      <translation>Ouvrir les points d'échantillon</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="31" />
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="68" />
      <source>Open sample project</source>
      <translation>Ouvrir le projet d'exemple</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="116" />
      <source>Open…</source>
      <translation>Ouvrir…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="85" />
      <source>Optional CSV with the header criterion,type,rule,weight (one row per criterion; quote the rule text if it holds commas) or JSON list of objects with these keys. Takes precedence over {RULES_TABLE}.</source>
      <translation>CSV facultatif avec l'en-tête criterion,type,rule,weight (une ligne par critère ; mettez le texte de la règle entre guillemets s'il contient des virgules) ou liste JSON d'objets ayant ces clés. Prioritaire sur {RULES_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="79" />
      <source>Optional CSV with the layout of resources/data/ipcc_soc_factors.csv (columns initial, final, then one column per climate zone whose header starts with the zone code). Takes precedence over {FACTORS_TABLE}.</source>
      <translation>CSV facultatif ayant la disposition de resources/data/ipcc_soc_factors.csv (colonnes initial, final, puis une colonne par zone climatique dont l'en-tête commence par le code de la zone). Prioritaire sur {FACTORS_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="133" />
      <source>Optional CSV with the same layout as resources/data/unccd_transition_matrix.csv (a header row of the final classes 1-7, then one row per initial class 1-7, each starting with its label). Takes precedence over {MATRIX_TABLE}.</source>
      <translation>CSV facultatif ayant la même disposition que resources/data/unccd_transition_matrix.csv (une ligne d'en-tête avec les classes finales 1-7, puis une ligne par classe initiale 1-7, chacune commençant par son libellé). Prioritaire sur {MATRIX_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="106" />
      <source>Optional JSON list of the workflow's runs ({"algorithm": id, "inputs": {...}}, e.g. the documents qgis_process --json prints) for the methods page.</source>
      <translation>Liste JSON facultative des exécutions du flux de travail ({"algorithm": id, "inputs": {...}}, p. ex. les documents qu'affiche qgis_process --json) pour la page des méthodes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="97" />
      <source>Optional KML with the footprint of every sampled pixel, for Google Earth or Collect Earth.</source>
      <translation>KML facultatif avec l'emprise de chaque pixel échantillonné, pour Google Earth ou Collect Earth.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="85" />
      <source>Optional bar chart: mapped and estimated area per class, with 95 % error bars.</source>
      <translation>Graphique à barres facultatif : surface cartographiée et estimée par classe, avec barres d'erreur à 95 %.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="91" />
      <source>Optional copy of the points with map and WGS 84 coordinates.</source>
      <translation>Copie facultative des points avec les coordonnées de la carte et WGS 84.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/spec.py" line="221" />
      <source>Optional copy of the table as a CSV or XLSX file.</source>
      <translation>Copie facultative de la table en fichier CSV ou XLSX.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="74" />
      <source>Optional cross-tabulation in matrix form (hectares): per zone, one row per class of map A (code and name), one column b_&lt;class&gt; per class of map B, with totals.</source>
      <translation>Tableau croisé facultatif sous forme de matrice (hectares) : par zone, une ligne par classe de la carte A (code et nom), une colonne b_&lt;class&gt; par classe de la carte B, avec les totaux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="83" />
      <source>Optional land units or soils combined with the land cover: a raster of whole numbers 0-9999 (land type = UNCCD class x 10000 + unit), or polygons (land type = UNCCD class x 10000 + the unit's position in the natural order of {LAND_UNIT_FIELD} values, from 1; a pixel takes the polygon covering most of it; tables name it). The tables name the units of a raster by its attribute table, category names or style when it carries them.</source>
      <translation>Unités de terres ou sols facultatifs combinés avec l'occupation du sol : un raster de nombres entiers 0-9999 (type de terres = classe CNULCD x 10000 + unité), ou des polygones (type de terres = classe CNULCD x 10000 + position de l'unité dans l'ordre naturel des valeurs de {LAND_UNIT_FIELD}, à partir de 1 ; un pixel prend le polygone qui en couvre la plus grande partie ; les tables le nomment). Les tables nomment les unités d'un raster d'après sa table attributaire, ses noms de catégories ou son style lorsqu'il en porte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="64" />
      <source>Optional map on the strata grid, for the mapped area of each class and to check the points' map classes. Empty: the strata raster is the map.</source>
      <translation>Carte facultative sur la grille des strates, pour la surface cartographiée de chaque classe et pour vérifier les classes cartographiées des points. Vide : le raster des strates est la carte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="22" />
      <source>Optional names of the classes, one row per class (code, name). They win over the names the raster carries (raster attribute table, category names, .qml style beside the file); classes not listed keep those names, else their code.</source>
      <translation>Noms facultatifs des classes, une ligne par classe (code, nom). Ils l'emportent sur les noms que porte le raster (table attributaire du raster, noms de catégories, style .qml à côté du fichier) ; les classes non listées gardent ces noms, sinon leur code.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="94" />
      <source>Optional plot file for Collect Earth: id, YCoordinate, XCoordinate (WGS 84) and the point attributes.</source>
      <translation>Fichier de parcelles facultatif pour Collect Earth : id, YCoordinate, XCoordinate (WGS 84) et les attributs des points.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="53" />
      <source>Optional raster of strata on the map's grid when the strata are not the map classes (e.g. the map with a buffer stratum around change). Empty: the map classes are the strata.</source>
      <translation>Raster facultatif des strates sur la grille de la carte, lorsque les strates ne sont pas les classes de la carte (p. ex. la carte avec une strate tampon autour des changements). Vide : les classes de la carte sont les strates.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="88" />
      <source>Optional raster whose non-zero pixels are water and left out (nodata in the outputs).</source>
      <translation>Raster facultatif dont les pixels non nuls sont de l'eau et sont exclus (sans données dans les sorties).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="142" />
      <source>Optional transition codes initial × 10 + final in UNCCD classes (11-77, Byte, nodata 0), styled with readable labels and with a raster attribute table naming each transition.</source>
      <translation>Codes de transition facultatifs initiale × 10 + finale en classes CNULCD (11-77, Byte, sans données 0), stylés avec des libellés lisibles et dotés d'une table attributaire du raster nommant chaque transition.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="111" />
      <source>Optional weighted mean score (Float32, nodata -32768).</source>
      <translation>Score moyen pondéré facultatif (Float32, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="39" />
      <source>Optional, instead of {ESTIMATES_TABLE}: the sample-based estimate of the degraded area in hectares (output ESTIMATED_HA of Accuracy assessment).</source>
      <translation>Facultatif, au lieu de {ESTIMATES_TABLE} : l'estimation par échantillon de la surface dégradée en hectares (sortie ESTIMATED_HA d'Évaluation de la précision).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="68" />
      <source>Optional, instead of {MIN_PATCH_PIXELS}: the minimum patch area in hectares. It wins when given: it becomes the pixel count ceil(area / mean true pixel area of the map), and the log states both.</source>
      <translation>Facultatif, au lieu de {MIN_PATCH_PIXELS} : la surface minimale des taches en hectares. Elle l'emporte lorsqu'elle est indiquée : elle devient le nombre de pixels ceil(surface / surface réelle moyenne d'un pixel de la carte), et le journal indique les deux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="78" />
      <source>Optional, tree-cover maps only: initial - final where positive, else 0 (Float32, nodata -9999).</source>
      <translation>Facultatif, cartes de couvert arboré uniquement : initial - final là où c'est positif, sinon 0 (Float32, sans données -9999).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="51" />
      <source>Optional: forest cells / valid cells of the window (Float32, nodata -9999).</source>
      <translation>Facultatif : cellules de forêt / cellules valides de la fenêtre (Float32, sans données -9999).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="54" />
      <source>Optional: share of the adjacent pairs with a forest cell that are both forest (Float32, nodata -9999).</source>
      <translation>Facultatif : part des paires adjacentes avec une cellule de forêt dont les deux sont de la forêt (Float32, sans données -9999).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="33" />
      <source>Optional: the area estimates table of Accuracy assessment. Its row of class -1 (degraded) gives the sample-based estimate of the degraded area and its 95 % interval, reported instead of the mapped (pixel-counted) area, with a footnote.</source>
      <translation>Facultatif : la table des estimations de surface d'Évaluation de la précision. Sa ligne de la classe -1 (dégradé) donne l'estimation par échantillon de la surface dégradée et son intervalle à 95 %, rapportée à la place de la surface cartographiée (comptée en pixels), avec une note de bas de page.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="73" />
      <source>Ordered rules (JSON): each maps conditions (degraded, at_risk, productive, natural, protected: true or false) to a class; the first rule that holds wins. Empty: resources/data/ldn_response_rules.json.</source>
      <translation>Règles ordonnées (JSON) : chacune associe des conditions (degraded, at_risk, productive, natural, protected : true ou false) à une classe ; la première règle vérifiée l'emporte. Vide : resources/data/ldn_response_rules.json.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="101" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="206" />
      <source>Organizations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="207" />
      <source>Organizations as 'name|role|type|country; ...': role Leading/Supporting (or 'Lead implementer', or code 1/2), type as label (e.g. NGO, Government) or code, country as ISO2.</source>
      <translation>Organisations sous la forme 'nom|rôle|type|pays; ...' : rôle Leading/Supporting (ou 'Lead implementer', ou code 1/2), type sous forme de libellé (p. ex. NGO, Government) ou de code, pays en ISO2.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="35" />
      <source>Other / not assigned</source>
      <translation>Autre / non attribué</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <source>Other land</source>
      <translation>Autres terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="87" />
      <source>Overall accuracy</source>
      <translation>Précision globale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="88" />
      <source>Overall accuracy 95 % half-interval</source>
      <translation>Demi-intervalle à 95 % de la précision globale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="167" />
      <source>Overall accuracy {oa:.3f} ± {ci:.3f} from {n} points ({method}).</source>
      <translation>Précision globale {oa:.3f} ± {ci:.3f} à partir de {n} points ({method}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="78" />
      <source>Overall agreement (0-1)</source>
      <translation>Concordance globale (0-1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="35" />
      <source>Overuse</source>
      <translation>Surexploitation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="76" />
      <source>Overuse area (ha)</source>
      <translation>Surface en surexploitation (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="68" />
      <source>Overuse steps</source>
      <translation>Pas de surexploitation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="115" />
      <source>Overuse: {overuse:.2f} ha; underuse: {underuse:.2f} ha; proper use: {proper:.2f} ha.</source>
      <translation>Surexploitation : {overuse:.2f} ha ; sous-utilisation : {underuse:.2f} ha ; utilisation appropriée : {proper:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="109" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="64" />
      <source>PRAIS workbook</source>
      <translation>Classeur PRAIS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="110" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="53" />
      <source>Pairs of classes that count as agreement when the two legends differ, one pair per row (a class may appear in several pairs). Empty: classes agree when their codes are equal. When given, only the listed pairs agree.</source>
      <translation>Paires de classes qui comptent comme concordance quand les deux légendes diffèrent, une paire par ligne (une classe peut figurer dans plusieurs paires). Vide : les classes concordent quand leurs codes sont égaux. Si elle est indiquée, seules les paires listées concordent.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="61" />
      <source>Pairs stratum:accuracy separated by commas, e.g. -1:0.7, 0:0.9, 1:0.8 (lower for rare change classes). Strata not listed take {DEFAULT_EXPECTED_UA}.</source>
      <translation>Paires strate:précision séparées par des virgules, p. ex. -1:0.7, 0:0.9, 1:0.8 (plus basse pour les classes de changement rares). Les strates non listées prennent {DEFAULT_EXPECTED_UA}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="42" />
      <source>Pairwise comparison matrix</source>
      <translation>Matrice de comparaison par paires</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="109" />
      <source>Pairwise comparisons (row compared with column)</source>
      <translation>Comparaisons par paires (ligne comparée à la colonne)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="58" />
      <source>Parameters read from the input tables</source>
      <translation>Paramètres lus dans les tables d'entrée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="103" />
      <source>Part of the area under restoration inside the degraded baseline, in hectares.</source>
      <translation>Part de la surface en restauration située dans la référence dégradée, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="133" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="175" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="245" />
      <source>Path to the target (ha)</source>
      <translation>Trajectoire vers l'objectif (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="76" />
      <source>Per class: mapped and estimated area (ha) with standard error, 95 % interval, user's and producer's accuracy with 95 % intervals, sample counts, and the class name (from the map's attribute table, category names or style; else its code).</source>
      <translation>Par classe : surface cartographiée et estimée (ha) avec erreur type, intervalle à 95 %, précision pour l'utilisateur et pour le producteur avec intervalles à 95 %, effectifs de l'échantillon et nom de la classe (d'après la table attributaire de la carte, ses noms de catégories ou son style ; sinon son code).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="63" />
      <source>Per land unit: pixels, area, range of the means, percentile, cut-off and degraded area.</source>
      <translation>Par unité de terres : pixels, surface, plage des moyennes, centile, seuil et surface dégradée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="86" />
      <source>Per stratum: pixels, area, weight, expected user's accuracy, points allocated, inclusion probability and the stratum's name (from the raster's attribute table, category names or style; else its code).</source>
      <translation>Par strate : pixels, surface, poids, précision attendue pour l'utilisateur, points alloués, probabilité d'inclusion et nom de la strate (d'après la table attributaire du raster, ses noms de catégories ou son style ; sinon son code).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="70" />
      <source>Per zone (and for the whole raster): compared area, agreeing area, overall agreement, chance agreement, kappa, areas with only map A, only map B, neither.</source>
      <translation>Par zone (et pour tout le raster) : surface comparée, surface concordante, concordance globale, concordance due au hasard, kappa, surfaces avec seulement la carte A, seulement la carte B, aucune des deux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="94" />
      <source>Percent change of the SOC stock (Float32, nodata -32768).</source>
      <translation>Variation en pourcentage du stock de COS (Float32, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="106" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="115" />
      <source>Percent of the baseline under restoration</source>
      <translation>Pourcentage de la référence en restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="109" />
      <source>Percent of the degraded baseline under restoration (%)</source>
      <translation>Pourcentage de la référence dégradée en restauration (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="115" />
      <source>Percent of the estimated baseline under restoration</source>
      <translation>Pourcentage de la référence estimée en restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="49" />
      <source>Percentile of the land unit</source>
      <translation>Centile de l'unité de terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="50" />
      <source>Percentile of the pixel means of each land unit used as its reference productivity (default 90).</source>
      <translation>Centile des moyennes des pixels de chaque unité de terres utilisé comme sa productivité de référence (par défaut 90).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="60" />
      <source>Performance ratio</source>
      <translation>Ratio de performance</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="77" />
      <source>Performance sub-indicator (-1/0), e.g. from Productivity performance. Needed in the combine mode.</source>
      <translation>Sous-indicateur de performance (-1/0), p. ex. issu de Performance de la productivité. Nécessaire en mode combinaison.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="80" />
      <source>Performance sub-indicator (-1/0).</source>
      <translation>Sous-indicateur de performance (-1/0).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="63" />
      <source>Performance: percentile of the land unit</source>
      <translation>Performance : centile de l'unité de terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="66" />
      <source>Performance: ratio threshold</source>
      <translation>Performance : seuil du ratio</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="72" />
      <source>Period end years</source>
      <translation>Années de fin de période</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="68" />
      <source>Period labels</source>
      <translation>Libellés des périodes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="79" />
      <source>Period name</source>
      <translation>Nom de la période</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="49" />
      <source>Period names</source>
      <translation>Noms des périodes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="60" />
      <source>Period of the estimate</source>
      <translation>Période de l'estimation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="118" />
      <source>Period-by-period chart of degraded and improved area and the like-for-like deficit (.svg or .png).</source>
      <translation>Graphique période par période de la surface dégradée et améliorée et du déficit à l'identique (.svg ou .png).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="18" />
      <source>Persistent degradation</source>
      <translation>Dégradation persistante</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="21" />
      <source>Persistent improvement</source>
      <translation>Amélioration persistante</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="71" />
      <source>Pixels matching no range or code</source>
      <translation>Pixels ne correspondant à aucune plage ni aucun code</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="36" />
      <source>Pixels sampled (reproducibly, seed 1) for natural breaks; the optimisation grows with the square of the sample. Quantiles use a sample of up to 1 000 000 pixels (exact below that).</source>
      <translation>Pixels échantillonnés (de façon reproductible, graine 1) pour les seuils naturels ; l'optimisation croît avec le carré de l'échantillon. Les quantiles utilisent un échantillon d'au plus 1 000 000 de pixels (exacts en dessous).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="82" />
      <source>Pixels touching any site buffered by this many pixel widths (default 2) are never controls, to keep edge effects and spill-overs out.</source>
      <translation>Les pixels touchant un site élargi de ce nombre de largeurs de pixel (2 par défaut) ne sont jamais des témoins, afin d'écarter les effets de bord et de débordement.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="50" />
      <source>Pixels with fewer valid (not nodata) baseline years are nodata (default 5).</source>
      <translation>Les pixels ayant moins d'années de référence valides (avec données) sont sans données (par défaut 5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="42" />
      <source>Pixels with fewer valid (not nodata) years in the period are nodata (default 10).</source>
      <translation>Les pixels ayant moins d'années valides (avec données) dans la période sont sans données (par défaut 10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="57" />
      <source>Pixels with fewer valid years in the period are nodata (default 10).</source>
      <translation>Les pixels ayant moins d'années valides dans la période sont sans données (par défaut 10).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="102" />
      <source>Plot side (m)</source>
      <translation>Côté de la placette (m)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="96" />
      <source>Plot squares (KML)</source>
      <translation>Carrés des parcelles (KML)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="299" />
      <source>Point {n} of {total} (id {id})</source>
      <translation>Point {n} sur {total} (id {id})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="83" />
      <source>Points at the sampled pixel centres with stratum, map class, pixel area, inclusion probability, stratum pixel count and an empty reference field.</source>
      <translation>Points aux centres des pixels échantillonnés, avec la strate, la classe de la carte, la surface du pixel, la probabilité d'inclusion, le nombre de pixels de la strate et un champ de référence vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="99" />
      <source>Points drawn</source>
      <translation>Points tirés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="47" />
      <source>Points of a stratified random sample with stratum, map class and reference label.</source>
      <translation>Points d'un échantillon aléatoire stratifié avec la strate, la classe cartographiée et l'étiquette de référence.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="204" />
      <source>Points of contact</source>
      <translation>Points de contact</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="98" />
      <source>Points of contact (at least one required)</source>
      <translation>Points de contact (au moins un obligatoire)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="90" />
      <source>Points table (CSV or XLSX)</source>
      <translation>Table des points (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="44" />
      <source>Polygon layers (protected areas...), any CRS: a pixel is excluded when the polygons cover at least half of it.</source>
      <translation>Couches de polygones (aires protégées...), tout SCR : un pixel est exclu lorsque les polygones en couvrent au moins la moitié.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="69" />
      <source>Polygons (any CRS; a pixel counts when at least half of it is covered) or a raster (non-zero valid pixels) of protected areas; they count as Avoid where not degraded.</source>
      <translation>Polygones (tout SCR ; un pixel compte lorsqu'au moins la moitié en est couverte) ou raster (pixels valides non nuls) des aires protégées ; elles comptent comme Éviter là où elles ne sont pas dégradées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="34" />
      <source>Polygons (e.g. districts) to report areas for; any CRS.</source>
      <translation>Polygones (p. ex. districts) pour lesquels rapporter les surfaces ; tout SCR.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="20" />
      <source>Polygons of IUCN GET biomes or functional groups (or national ecosystem types).</source>
      <translation>Polygones des biomes ou groupes fonctionnels de la typologie mondiale des écosystèmes (GET) de l'UICN (ou types d'écosystèmes nationaux).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="141" />
      <source>Polygons of degraded land (the baseline), instead of {DEGRADED_RASTER}; any CRS; overlaps count once.</source>
      <translation>Polygones de terres dégradées (la référence), à la place de {DEGRADED_RASTER} ; tout SCR ; les chevauchements comptent une seule fois.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="111" />
      <source>Polygons of ecosystem types (instead of {ECOSYSTEMS}), named by {ECOSYSTEM_FIELD}.</source>
      <translation>Polygones des types d'écosystèmes (à la place de {ECOSYSTEMS}), nommés par {ECOSYSTEM_FIELD}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="45" />
      <source>Polygons of the restoration sites (e.g. the FERM or GEF layer); any CRS. Overlapping sites are counted once (area of the union). Every feature appears in the validation table.</source>
      <translation>Polygones des sites de restauration (p. ex. la couche FERM ou GEF) ; tout SCR. Les sites qui se chevauchent sont comptés une seule fois (surface de l'union). Chaque entité figure dans la table de validation.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="88" />
      <source>Polygons of the restoration sites, any CRS. Points and lines are reported as errors.</source>
      <translation>Polygones des sites de restauration, tout SCR. Les points et les lignes sont signalés comme erreurs.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="60" />
      <source>Polygons that correct known false positives or negatives.</source>
      <translation>Polygones corrigeant des faux positifs ou négatifs connus.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="124" />
      <source>Pooled net balance (ha)</source>
      <translation>Bilan net global (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="127" />
      <source>Preparing the T2 Monitor sample region</source>
      <translation>Préparation de la région d'exemple de T2 Monitor</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="83" />
      <source>Preset reclassification of a known LPD product to classes 1-5 (sources in resources/data/lpd_external_presets.json). Ignored when a table is given below.</source>
      <translation>Reclassement prédéfini d'un produit LPD connu vers les classes 1-5 (sources dans resources/data/lpd_external_presets.json). Ignoré quand une table est indiquée ci-dessous.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="60" />
      <source>Principal eigenvalue (lambda max)</source>
      <translation>Valeur propre principale (lambda max)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="83" />
      <source>Priority class areas</source>
      <translation>Surfaces des classes de priorité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="85" />
      <source>Priority class areas file (CSV or XLSX)</source>
      <translation>Fichier des surfaces des classes de priorité (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="81" />
      <source>Priority classes</source>
      <translation>Classes de priorité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="58" />
      <source>Priority classes (with areas)</source>
      <translation>Classes de priorité (avec surfaces)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="76" />
      <source>Priority classes of priorityclasses; adds its map page.</source>
      <translation>Classes de priorité de priorityclasses ; ajoute sa page de carte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="45" />
      <source>Productivity classes</source>
      <translation>Classes de productivité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="79" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="76" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="17" />
      <source>Productivity performance</source>
      <translation>Performance de la productivité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="19" />
      <source>Productivity performance sub-indicator of SDG 15.3.1 (UNCCD Good Practice Guidance): each pixel's mean productivity over the period compared with what the best land of the same kind achieves.&lt;br&gt;&lt;br&gt;Per pixel, the mean of the index over the period's valid years (cloud gaps are skipped; a pixel with no valid year is nodata), or the values of a single mean raster. For every land unit (e.g. land cover x soil or ecoregion), the chosen percentile (default 90th) of the means of all its pixels over the whole raster, computed exactly (as numpy's percentile) whatever the raster size. Ratio = mean / unit percentile; ratio below the threshold (default 0.5) gives -1 (degraded), else 0. Band scale and offset (e.g. NDVI x 10000) are applied, so means and ratios are in the index's units.&lt;br&gt;&lt;br&gt;Land units are a raster of whole-number ids, or a polygon layer with an id field: the polygons are burned onto the productivity grid (a pixel takes the unit whose polygon contains its centre; the later feature wins where polygons overlap) into a temporary file removed after the run.&lt;br&gt;&lt;br&gt;Units whose percentile is 0 or negative (e.g. water) cannot be rated: their pixels are nodata and the unit table says so. Units without any valid pixel are listed with a warning. The unit table gives, per unit, the pixels and area, the range of the means, the percentile value, the cut-off (threshold x percentile) and the degraded pixels, hectares and share.</source>
      <translation>Sous-indicateur de performance de la productivité de l'ODD 15.3.1 (guide de bonnes pratiques de la CNULCD) : la productivité moyenne de chaque pixel sur la période comparée à celle qu'atteignent les meilleures terres du même type.&lt;br&gt;&lt;br&gt;Par pixel, la moyenne de l'indice sur les années valides de la période (les lacunes dues aux nuages sont ignorées ; un pixel sans aucune année valide est sans données), ou les valeurs d'un raster unique de moyennes. Pour chaque unité de terres (p. ex. occupation du sol x sol ou écorégion), le centile choisi (90e par défaut) des moyennes de tous ses pixels sur l'ensemble du raster, calculé exactement (comme percentile de numpy) quelle que soit la taille du raster. Ratio = moyenne / centile de l'unité ; un ratio inférieur au seuil (0,5 par défaut) donne -1 (dégradé), sinon 0. L'échelle et le décalage de bande (p. ex. NDVI x 10000) sont appliqués, de sorte que moyennes et ratios sont dans les unités de l'indice.&lt;br&gt;&lt;br&gt;Les unités de terres sont un raster d'identifiants entiers, ou une couche de polygones avec un champ d'identifiant : les polygones sont rastérisés sur la grille de productivité (un pixel prend l'unité dont le polygone contient son centre ; la dernière entité l'emporte là où des polygones se chevauchent) dans un fichier temporaire supprimé après l'exécution.&lt;br&gt;&lt;br&gt;Les unités dont le centile est nul ou négatif (p. ex. l'eau) ne peuvent pas être évaluées : leurs pixels sont sans données et la table des unités l'indique. Les unités sans aucun pixel valide sont listées avec un avertissement. La table des unités donne, par unité, les pixels et la surface, la plage des moyennes, la valeur du centile, le seuil (seuil x centile) ainsi que les pixels, hectares et part dégradés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="77" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="73" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="53" />
      <source>Productivity state</source>
      <translation>État de la productivité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="14" />
      <source>Productivity state (baseline deciles)</source>
      <translation>État de la productivité (déciles de référence)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="43" />
      <source>Productivity sub-indicator: a five-class LPD map (1-5) or a three-class -1/0/+1 layer.</source>
      <translation>Sous-indicateur de productivité : une carte LPD à cinq classes (1-5) ou une couche à trois classes -1/0/+1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="75" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="70" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="45" />
      <source>Productivity trajectory</source>
      <translation>Trajectoire de la productivité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="14" />
      <source>Productivity trajectory (Mann-Kendall)</source>
      <translation>Trajectoire de la productivité (Mann-Kendall)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="107" />
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="186" />
      <source>Project JSON file</source>
      <translation>Fichier JSON du projet</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="201" />
      <source>Project restoration types</source>
      <translation>Types de restauration du projet</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="199" />
      <source>Project starting year</source>
      <translation>Année de début du projet</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="194" />
      <source>Project title</source>
      <translation>Titre du projet</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="35" />
      <source>Proper use</source>
      <translation>Utilisation appropriée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="74" />
      <source>Proper use area (ha)</source>
      <translation>Surface en utilisation appropriée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="92" />
      <source>Proportion of degraded land (2.CT.1)</source>
      <translation>Proportion de terres dégradées (2.CT.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="69" />
      <source>Proportion of degraded land in the last period (%)</source>
      <translation>Proportion de terres dégradées dans la dernière période (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="105" />
      <source>Proportion of land that is degraded (%)</source>
      <translation>Proportion des terres dégradées (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="73" />
      <source>Proportional to area</source>
      <translation>Proportionnelle à la surface</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="74" />
      <source>Proportional with a minimum per stratum</source>
      <translation>Proportionnelle avec un minimum par strate</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="68" />
      <source>Protected areas</source>
      <translation>Aires protégées</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="22" />
      <source>Protected areas and OECMs</source>
      <translation>Aires protégées et AMCE</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="23" />
      <source>Protected areas and OECMs; the '(outside)' row is the area not in any PA/OECM.</source>
      <translation>Aires protégées et AMCE ; la ligne '(outside)' est la surface située hors de toute AP/AMCE.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="224" />
      <source>Publish</source>
      <translation>Publier</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="209" />
      <source>Publish to FERM (needs an internet connection and a FERM API key)</source>
      <translation>Publier sur FERM (nécessite une connexion Internet et une clé d'API FERM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="107" />
      <source>Published to FERM: project id {id} ({sites} polygons, {ha} ha). Logged in {log}.</source>
      <translation>Publié sur FERM : identifiant de projet {id} ({sites} polygones, {ha} ha). Journalisé dans {log}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="193" />
      <source>Publishing to FERM failed unexpectedly ({reason}). Nothing is retried: check in FERM whether the project was created before publishing again.</source>
      <translation>La publication sur FERM a échoué de façon inattendue ({reason}). Aucune nouvelle tentative n'est faite : vérifiez dans FERM si le projet a été créé avant de publier à nouveau.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="175" />
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="82" />
      <source>Publishing to FERM…</source>
      <translation>Publication sur FERM…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="199" />
      <source>Publishing was cancelled. If the data had already been sent, FERM may have created the project: check in FERM before publishing again.</source>
      <translation>La publication a été annulée. Si les données avaient déjà été envoyées, FERM a peut-être créé le projet : vérifiez dans FERM avant de publier à nouveau.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="24" />
      <source>QGIS interface language</source>
      <translation>Langue de l'interface de QGIS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="17" />
      <source>Quantile</source>
      <translation>Quantiles</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="33" />
      <source>ROAM restoration priority (model template)</source>
      <translation>Priorité de restauration ROAM (modèle type)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="29" />
      <source>ROAM,land overuse,land use conflict,capability,underuse,restoration priority,criterion</source>
      <translation>ROAM,surexploitation des terres,conflit d'usage des terres,capacité,sous-utilisation,priorité de restauration,critère</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="59" />
      <source>ROAM,priority,classes,quantile,Jenks,natural breaks,equal interval,area,hectares,zones</source>
      <translation>ROAM,priorité,classes,quantiles,Jenks,seuils naturels,intervalles égaux,surface,hectares,zones</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="15" />
      <source>ROAM,sensitivity,weights,Monte Carlo,one-at-a-time,AHP,uncertainty,priority</source>
      <translation>ROAM,sensibilité,poids,Monte Carlo,un à un,AHP,incertitude,priorité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="21" />
      <source>ROAM,standardise,normalise,fuzzy,membership,sigmoid,gaussian,min-max,reclassify,criterion</source>
      <translation>ROAM,standardiser,normaliser,flou,appartenance,sigmoïde,gaussienne,min-max,reclasser,critère</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="101" />
      <source>ROAM,weighted overlay,weighted linear combination,suitability,MCDA,AHP,exclusion,priority</source>
      <translation>ROAM,superposition pondérée,combinaison linéaire pondérée,aptitude,MCDA,AHP,exclusion,priorité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sensitivity.py" line="105" />
      <source>RUNS must be at least 1.</source>
      <translation>RUNS doit valoir au moins 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="38" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="79" />
      <source>Random seed</source>
      <translation>Graine aléatoire</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="62" />
      <source>Ranges or categories table</source>
      <translation>Table des plages ou catégories</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="120" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="69" />
      <source>Raster of baseline classes (e.g. SDG 15.3.1 -1/0/+1, LPD or land cover); controls come from the same class as the site pixels they stand for. Empty: no matching by class.</source>
      <translation>Raster des classes de référence (p. ex. ODD 15.3.1 -1/0/+1, LPD ou occupation du sol) ; les témoins proviennent de la même classe que les pixels du site qu'ils représentent. Vide : pas d'appariement par classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="103" />
      <source>Raster of ecosystem types on the grid of {DEGRADATION_MAP} (whole-number values, band 1), named in {ECOSYSTEM_CODES}.</source>
      <translation>Raster des types d'écosystèmes sur la grille de {DEGRADATION_MAP} (valeurs entières, bande 1), nommés dans {ECOSYSTEM_CODES}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="65" />
      <source>Raster of land-unit codes (e.g. soil x ecoregion); controls come from the same unit as the site pixels they stand for. Empty: no matching by land unit.</source>
      <translation>Raster de codes d'unités de terres (p. ex. sol x écorégion) ; les témoins proviennent de la même unité que les pixels du site qu'ils représentent. Vide : pas d'appariement par unité de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="49" />
      <source>Raster of land-use capability classes (e.g. 1-8: 1-4 arable, 5-7 pasture / forestry, 8 protection only).</source>
      <translation>Raster des classes de capacité d'usage des terres (p. ex. 1-8 : 1-4 cultivables, 5-7 pâturage / foresterie, 8 protection uniquement).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="46" />
      <source>Raster of land-use codes, e.g. the 7 UNCCD land-cover classes.</source>
      <translation>Raster des codes d'usage des terres, p. ex. les 7 classes d'occupation du sol CNULCD.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="42" />
      <source>Raster of the criterion in its own units (e.g. slope in degrees, distance in metres).</source>
      <translation>Raster du critère dans ses propres unités (p. ex. pente en degrés, distance en mètres).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="33" />
      <source>Raster of whole-number class codes (e.g. land cover, degradation classes).</source>
      <translation>Raster de codes de classe entiers (p. ex. occupation du sol, classes de dégradation).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="121" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="69" />
      <source>Rated area (ha)</source>
      <translation>Surface évaluée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="166" />
      <source>Rated area: {rated:.2f} ha, of which {degraded:.2f} ha in categories 1 and above.</source>
      <translation>Surface évaluée : {rated:.2f} ha, dont {degraded:.2f} ha dans les catégories 1 et plus.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="71" />
      <source>Rated pixels</source>
      <translation>Pixels évalués</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="27" />
      <source>Reads a FERM GeoJSON file (an API payload such as the one 'Export restoration sites to FERM' writes, or a FERM polygon export) into a polygon layer in EPSG:4326. Codes are kept and decoded with the FERM vocabularies shipped with the plugin, in the chosen language (English where FERM has no label in it): restoration_type + restoration_type_label, tenure_status + tenure_status_label, ecosystems + ecosystems_labels, activities + activities_labels (labels separated by '; '). Project information from the payload's top-level properties (title, institution, starting year, restoration types, countries, organizations with decoded role and type) is repeated on every site. Features a multi-part site was split into (part/partCount) are merged back into one multipolygon per site, areas added.</source>
      <translation>Lit un fichier GeoJSON FERM (une charge utile d'API comme celle qu'écrit 'Exporter les sites de restauration vers FERM', ou un export de polygones FERM) dans une couche de polygones en EPSG:4326. Les codes sont conservés et décodés avec les vocabulaires FERM fournis avec l'extension, dans la langue choisie (l'anglais lorsque FERM n'a pas de libellé dans cette langue) : restoration_type + restoration_type_label, tenure_status + tenure_status_label, ecosystems + ecosystems_labels, activities + activities_labels (libellés séparés par '; '). Les informations du projet issues des propriétés de premier niveau de la charge utile (titre, institution, année de début, types de restauration, pays, organisations avec rôle et type décodés) sont répétées sur chaque site. Les entités en lesquelles un site multipartie a été divisé (part/partCount) sont refusionnées en un multipolygone par site, les surfaces étant additionnées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="56" />
      <source>Recent decile class minus baseline decile class, -9 to +9 (Int16, nodata -32768).</source>
      <translation>Classe de décile récente moins classe de décile de référence, de -9 à +9 (Int16, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="18" />
      <source>Recent degradation</source>
      <translation>Dégradation récente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="20" />
      <source>Recent improvement</source>
      <translation>Amélioration récente</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="68" />
      <source>Reclassify an external LPD map</source>
      <translation>Reclasser une carte LPD externe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="129" />
      <source>Reclassifying {layer} with {table}.</source>
      <translation>Reclassement de {layer} avec {table}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="35" />
      <source>Reduce</source>
      <translation>Réduire</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="58" />
      <source>Reference (true) class of each point; empty values are left out.</source>
      <translation>Classe de référence (réelle) de chaque point ; les valeurs vides sont écartées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="142" />
      <source>Reference label</source>
      <translation>Étiquette de référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="126" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="57" />
      <source>Reference label field</source>
      <translation>Champ de l'étiquette de référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="303" />
      <source>Reference label: {value}</source>
      <translation>Étiquette de référence : {value}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="64" />
      <source>Reference productivity of each land unit (default 90th percentile).</source>
      <translation>Productivité de référence de chaque unité de terres (par défaut le 90e centile).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="33" />
      <source>Relative change of the weights, in percent, for both analyses (default 20).</source>
      <translation>Variation relative des poids, en pourcentage, pour les deux analyses (par défaut 20).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="112" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="109" />
      <source>Remaining to reach the target (ha)</source>
      <translation>Reste à atteindre pour l'objectif (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="148" />
      <source>Remaining to target (ha)</source>
      <translation>Restant pour la cible (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="102" />
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="52" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="109" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="96" />
      <source>Report date</source>
      <translation>Date du rapport</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="25" />
      <source>Reporting</source>
      <translation>Rapportage</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="89" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="213" />
      <source>Reporting period</source>
      <translation>Période de rapport</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="82" />
      <source>Reporting period chart</source>
      <translation>Graphique des périodes de rapport</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="217" />
      <source>Reporting period: {period}</source>
      <translation>Période de rapport : {period}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="74" />
      <source>Reporting periods</source>
      <translation>Périodes de rapport</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="80" />
      <source>Reporting periods file (CSV or XLSX)</source>
      <translation>Fichier des périodes de rapport (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="59" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="84" />
      <source>Reporting year</source>
      <translation>Année de rapport</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="31" />
      <source>Reporting-period SDG 15.3.1 layer</source>
      <translation>Couche ODD 15.3.1 de la période de rapport</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="65" />
      <source>Reporting-period SDG 15.3.1 maps</source>
      <translation>Cartes ODD 15.3.1 des périodes de rapport</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="22" />
      <source>Rescales one criterion raster (slope, distance, erosion risk, land overuse...) to a common 0..1 score (1 = most suitable for restoration), ROAM step 2.&lt;br&gt;&lt;br&gt;Methods (x = criterion value):&lt;ul&gt;&lt;li&gt;linear benefit: (x - {MIN}) / ({MAX} - {MIN}), clipped to 0..1;&lt;/li&gt;&lt;li&gt;linear cost: ({MAX} - x) / ({MAX} - {MIN}), clipped;&lt;/li&gt;&lt;li&gt;fuzzy linear: straight lines through the control points {POINTS} (value:score; ...), constant beyond the first and last point;&lt;/li&gt;&lt;li&gt;sigmoid increasing: 1 / (1 + exp(-{SPREAD} * (x - {MIDPOINT})));&lt;/li&gt;&lt;li&gt;sigmoid decreasing: 1 / (1 + exp({SPREAD} * (x - {MIDPOINT})));&lt;/li&gt;&lt;li&gt;gaussian (near): exp(-((x - {MIDPOINT}) / {SPREAD})^2), 1 at the midpoint;&lt;/li&gt;&lt;li&gt;value ranges: {SCORE_TABLE} rows min, max, score; the first row with min &amp;lt;= x &amp;lt;= max applies (empty min or max = open);&lt;/li&gt;&lt;li&gt;categories: {SCORE_TABLE} rows code, score (leave the max column empty).&lt;/li&gt;&lt;/ul&gt;Empty {MIN} or {MAX}: the exact minimum or maximum of the raster's valid pixels (a first pass over the whole raster). A criterion with {MAX} = {MIN} is refused. Values matching no range or code become nodata and are reported ({UNMAPPED_PIXELS}, {UNMAPPED_HA}).&lt;br&gt;&lt;br&gt;Output: Float32, nodata -9999; the method and its parameters are stored as metadata items (T2M_STANDARDIZE_*) of the file.</source>
      <translation>Remet à l'échelle un raster de critère (pente, distance, risque d'érosion, surexploitation des terres...) sur un score commun 0..1 (1 = le plus apte à la restauration), étape 2 de ROAM.&lt;br&gt;&lt;br&gt;Méthodes (x = valeur du critère) :&lt;ul&gt;&lt;li&gt;bénéfice linéaire : (x - {MIN}) / ({MAX} - {MIN}), borné à 0..1 ;&lt;/li&gt;&lt;li&gt;coût linéaire : ({MAX} - x) / ({MAX} - {MIN}), borné ;&lt;/li&gt;&lt;li&gt;linéaire flou : segments de droite passant par les points de contrôle {POINTS} (valeur:score; ...), constant au-delà du premier et du dernier point ;&lt;/li&gt;&lt;li&gt;sigmoïde croissante : 1 / (1 + exp(-{SPREAD} * (x - {MIDPOINT}))) ;&lt;/li&gt;&lt;li&gt;sigmoïde décroissante : 1 / (1 + exp({SPREAD} * (x - {MIDPOINT}))) ;&lt;/li&gt;&lt;li&gt;gaussienne (proximité) : exp(-((x - {MIDPOINT}) / {SPREAD})^2), 1 au point médian ;&lt;/li&gt;&lt;li&gt;plages de valeurs : lignes de {SCORE_TABLE} min, max, score ; la première ligne avec min &amp;lt;= x &amp;lt;= max s'applique (min ou max vide = ouvert) ;&lt;/li&gt;&lt;li&gt;catégories : lignes de {SCORE_TABLE} code, score (laissez la colonne max vide).&lt;/li&gt;&lt;/ul&gt;{MIN} ou {MAX} vide : le minimum ou le maximum exact des pixels valides du raster (une première passe sur tout le raster). Un critère avec {MAX} = {MIN} est refusé. Les valeurs ne correspondant à aucune plage ni aucun code deviennent sans données et sont signalées ({UNMAPPED_PIXELS}, {UNMAPPED_HA}).&lt;br&gt;&lt;br&gt;Sortie : Float32, sans données -9999 ; la méthode et ses paramètres sont enregistrés comme éléments de métadonnées (T2M_STANDARDIZE_*) du fichier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="32" />
      <source>Restoration effectiveness (sites against controls)</source>
      <translation>Efficacité de la restauration (sites et témoins)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="21" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="17" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="19" />
      <source>Restoration priority</source>
      <translation>Priorité de restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/base.py" line="8" />
      <source>Restoration priority (ROAM)</source>
      <translation>Priorité de restauration (ROAM)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="75" />
      <source>Restoration priority map</source>
      <translation>Carte de priorité de restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="60" />
      <source>Restoration progress</source>
      <translation>Progrès de la restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="61" />
      <source>Restoration progress file (CSV or XLSX)</source>
      <translation>Fichier des progrès de la restauration (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="69" />
      <source>Restoration progress table</source>
      <translation>Table de progression de la restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="28" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="134" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="243" />
      <source>Restoration progress towards Target 2</source>
      <translation>Progrès de la restauration vers la cible 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="44" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="87" />
      <source>Restoration sites</source>
      <translation>Sites de restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="127" />
      <source>Restoration sites (polygons)</source>
      <translation>Sites de restauration (polygones)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="80" />
      <source>Restoration type field</source>
      <translation>Champ du type de restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="138" />
      <source>Restoration type: field</source>
      <translation>Type de restauration : champ</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="149" />
      <source>Restoration type: fixed value</source>
      <translation>Type de restauration : valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="143" />
      <source>Restoration type: fixed value as text</source>
      <translation>Type de restauration : valeur fixe en texte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="96" />
      <source>Restoration types</source>
      <translation>Types de restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="36" />
      <source>Reverse</source>
      <translation>Inverser</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="86" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="81" />
      <source>Rows map class, columns reference class (ref_&lt;code&gt;, ref_m&lt;code&gt; for negative codes), in proportions of area, with row totals and sample counts; last row the column totals.</source>
      <translation>Lignes : classe de la carte ; colonnes : classe de référence (ref_&lt;code&gt;, ref_m&lt;code&gt; pour les codes négatifs), en proportions de surface, avec les totaux de ligne et les effectifs de l'échantillon ; dernière ligne : les totaux de colonne.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="122" />
      <source>Rows of degraded land by ecosystem type</source>
      <translation>Lignes des terres dégradées par type d'écosystème</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="52" />
      <source>Rows of land-use code, capability class and signed steps (0 proper use, k &gt; 0 overuse by k steps, k &lt; 0 underuse). Takes precedence over {COMPATIBILITY_FILE}. Empty: {COMPATIBILITY_FILE}, or the default table.</source>
      <translation>Lignes de code d'usage des terres, classe de capacité et pas signés (0 utilisation appropriée, k &gt; 0 surexploitation de k pas, k &lt; 0 sous-utilisation). Prioritaire sur {COMPATIBILITY_FILE}. Vide : {COMPATIBILITY_FILE}, ou la table par défaut.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="95" />
      <source>Rows written</source>
      <translation>Lignes écrites</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="80" />
      <source>Rule</source>
      <translation>Règle</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="72" />
      <source>Rules file (JSON)</source>
      <translation>Fichier de règles (JSON)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="140" />
      <source>Run weighted overlay…</source>
      <translation>Lancer la superposition pondérée…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="18" />
      <source>SDG 15.3.1</source>
      <translation>ODD 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/base.py" line="8" />
      <source>SDG 15.3.1 degradation</source>
      <translation>Dégradation ODD 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="84" />
      <source>SDG 15.3.1 indicator</source>
      <translation>Indicateur ODD 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="21" />
      <source>SDG 15.3.1 indicator (one out, all out)</source>
      <translation>Indicateur ODD 15.3.1 (un dehors, tous dehors)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="29" />
      <source>SDG 15.3.1 layer of the baseline period (-1/0/+1).</source>
      <translation>Couche ODD 15.3.1 de la période de référence (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="32" />
      <source>SDG 15.3.1 layer of the reporting period (-1/0/+1).</source>
      <translation>Couche ODD 15.3.1 de la période de rapport (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="60" />
      <source>SDG 15.3.1 map</source>
      <translation>Carte ODD 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="99" />
      <source>SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved, band 1), e.g. of the baseline; with an ecosystem layer adds the degraded land by ecosystem type.</source>
      <translation>Carte ODD 15.3.1 (-1 dégradé, 0 stable, +1 amélioré, bande 1), p. ex. celle de la référence ; avec une couche d'écosystèmes, ajoute les terres dégradées par type d'écosystème.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="66" />
      <source>SDG 15.3.1 map (-1/0/+1) of each reporting period, in chronological order, on the baseline's grid.</source>
      <translation>Carte ODD 15.3.1 (-1/0/+1) de chaque période de rapport, dans l'ordre chronologique, sur la grille de la référence.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="98" />
      <source>SDG 15.3.1 map for the ecosystem disaggregation</source>
      <translation>Carte ODD 15.3.1 pour la ventilation par écosystème</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="63" />
      <source>SDG 15.3.1 map of the baseline period (-1/0/+1, band 1).</source>
      <translation>Carte ODD 15.3.1 de la période de référence (-1/0/+1, bande 1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="45" />
      <source>SDG 15.3.1 summaries (one per period)</source>
      <translation>Synthèses ODD 15.3.1 (une par période)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="78" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="63" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="86" />
      <source>SDG 15.3.1 summary</source>
      <translation>Résumé ODD 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="88" />
      <source>SDG 15.3.1 summary file (CSV or XLSX)</source>
      <translation>Fichier de résumé ODD 15.3.1 (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="22" />
      <source>SDG,15.3.1,LDN,degradation,one out all out,false positives,error recode,2.CT.1,summary</source>
      <translation>ODD,15.3.1,NDT,dégradation,un dehors tous dehors,faux positifs,recodage des erreurs,2.CT.1,résumé</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="29" />
      <source>SDG,15.3.1,LPD,land productivity dynamics,NDVI,trajectory,state,performance,offline</source>
      <translation>ODD,15.3.1,LPD,dynamique de la productivité des terres,NDVI,trajectoire,état,performance,hors ligne</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="50" />
      <source>SDG,15.3.1,LPD,land productivity dynamics,trajectory,state,performance,JRC,FAO-WOCAT,Trends.Earth,reclassify</source>
      <translation>ODD,15.3.1,LPD,dynamique de la productivité des terres,trajectoire,état,performance,JRC,FAO-WOCAT,Trends.Earth,reclasser</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="101" />
      <source>SDG,15.3.1,land cover,transition matrix,UNCCD,LDN,ESA CCI,reclassify,sub-indicator</source>
      <translation>ODD,15.3.1,occupation du sol,matrice de transition,CNULCD,NDT,ESA CCI,reclasser,sous-indicateur</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="18" />
      <source>SDG,15.3.1,productivity,performance,land units,percentile,NDVI,LPD</source>
      <translation>ODD,15.3.1,productivité,performance,unités de terres,centile,NDVI,LPD</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="15" />
      <source>SDG,15.3.1,productivity,state,deciles,NDVI,LDN,baseline,recent,time series</source>
      <translation>ODD,15.3.1,productivité,état,déciles,NDVI,NDT,référence,récent,série temporelle</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="15" />
      <source>SDG,15.3.1,productivity,trajectory,trend,Mann-Kendall,Sen slope,NDVI,LDN,time series</source>
      <translation>ODD,15.3.1,productivité,trajectoire,tendance,Mann-Kendall,pente de Sen,NDVI,NDT,série temporelle</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="25" />
      <source>SDG,15.3.1,soil organic carbon,SOC,IPCC,stock change factor,climate zone,sub-indicator</source>
      <translation>ODD,15.3.1,carbone organique du sol,COS,IPCC,facteur de variation des stocks,zone climatique,sous-indicateur</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="16" />
      <source>SDG,15.3.1,status,persistent degradation,recent degradation,reporting period,PRAIS</source>
      <translation>ODD,15.3.1,état,dégradation persistante,dégradation récente,période de rapport,PRAIS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="66" />
      <source>SO1 land by period as CSV</source>
      <translation>SO1 terres par période en CSV</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="74" />
      <source>SO1 land type by status as CSV</source>
      <translation>SO1 type de terres par état en CSV</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="93" />
      <source>SOC change (%)</source>
      <translation>Variation du COS (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="91" />
      <source>SOC degradation</source>
      <translation>Dégradation du COS</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="50" />
      <source>SOC stock at the start of the period (e.g. t C/ha, 0-30 cm).</source>
      <translation>Stock de COS au début de la période (p. ex. t C/ha, 0-30 cm).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="53" />
      <source>SOC sub-indicator (-1/0/+1); without it only productivity and land cover are combined.</source>
      <translation>Sous-indicateur COS (-1/0/+1) ; sans lui, seules la productivité et l'occupation du sol sont combinées.</translation>
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
      <translation>Plan d'échantillonnage</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="25" />
      <source>Sample design (stratified random)</source>
      <translation>Plan d'échantillonnage (aléatoire stratifié)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="89" />
      <source>Sample design file (CSV or XLSX)</source>
      <translation>Fichier du plan d'échantillonnage (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="121" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="82" />
      <source>Sample points</source>
      <translation>Points d'échantillon</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="124" />
      <source>Sample region opened from {folder}.</source>
      <translation>Région d'exemple ouverte depuis {folder}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="100" />
      <source>Sample size from the target standard error</source>
      <translation>Taille d'échantillon à partir de l'erreur type visée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="161" />
      <source>Sample units belong to stratum {strata}, which the strata raster does not have: the sample was drawn from another map.</source>
      <translation>Des unités d'échantillonnage appartiennent à la strate {strata}, que le raster des strates n'a pas : l'échantillon a été tiré d'une autre carte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="112" />
      <source>Sample-based estimate of the degraded baseline (empty without an estimate).</source>
      <translation>Estimation par échantillon de la référence dégradée (vide sans estimation).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="318" />
      <source>Save AHP matrix</source>
      <translation>Enregistrer la matrice AHP</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="138" />
      <source>Save CSV…</source>
      <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="65" />
      <source>Score 0..1</source>
      <translation>Score 0..1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="133" />
      <source>Scores for {layer} must lie between 0 and 1; got {values}.</source>
      <translation>Les scores de {layer} doivent être compris entre 0 et 1 ; reçu : {values}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="76" />
      <source>Scoring rules</source>
      <translation>Règles de notation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="84" />
      <source>Scoring rules file</source>
      <translation>Fichier des règles de notation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="72" />
      <source>Search distance for controls (m)</source>
      <translation>Distance de recherche des témoins (m)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="50" />
      <source>Second categorical map (band 1, whole-number class codes).</source>
      <translation>Seconde carte catégorielle (bande 1, codes de classe entiers).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="39" />
      <source>Seed of the random weights and of the pixel sample: the same seed gives the same result.</source>
      <translation>Graine des poids aléatoires et de l'échantillon de pixels : la même graine donne le même résultat.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="81" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="48" />
      <source>Sen's slope</source>
      <translation>Pente de Sen</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="49" />
      <source>Sen's slope in index units per year (Float32, nodata -32768). Leave it out to save about three quarters of the computing time.</source>
      <translation>Pente de Sen en unités de l'indice par an (Float32, sans données -32768). Omettez-la pour gagner environ les trois quarts du temps de calcul.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="81" />
      <source>Sen's slope of the index per year (Float32).</source>
      <translation>Pente de Sen de l'indice par an (Float32).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="218" />
      <source>Set API key…</source>
      <translation>Définir la clé d'API…</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="53" />
      <source>Several experts' matrix CSV files (same criteria, same order; or one string of paths separated by ';'), combined by the element-wise geometric mean. Takes precedence over the matrix and the matrix file.</source>
      <translation>Fichiers CSV de matrices de plusieurs experts (mêmes critères, même ordre ; ou une chaîne de chemins séparés par ';'), combinés par la moyenne géométrique élément par élément. Prioritaire sur la matrice et le fichier de matrice.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="119" />
      <source>Severe degradation area (ha)</source>
      <translation>Surface en dégradation sévère (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="112" />
      <source>Severity areas</source>
      <translation>Surfaces par sévérité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="115" />
      <source>Severity areas file (CSV or XLSX)</source>
      <translation>Fichier des surfaces par sévérité (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="108" />
      <source>Severity category of each pixel, 0..n (default 0 not degraded, 1 light, 2 moderate, 3 severe; Int16, nodata -32768), styled with a legend.</source>
      <translation>Catégorie de sévérité de chaque pixel, 0..n (par défaut 0 non dégradé, 1 léger, 2 modéré, 3 sévère ; Int16, sans données -32768), stylée avec une légende.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="110" />
      <source>Severity score</source>
      <translation>Score de sévérité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="146" />
      <source>Share of the degraded baseline to be under restoration: 30 % by 2030 for GBF Target 2 (default), or the national target.</source>
      <translation>Part de la référence dégradée devant être en restauration : 30 % d'ici 2030 pour la cible 2 du CMB (par défaut), ou l'objectif national.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="84" />
      <source>Show T2 Monitor algorithms in the Processing Toolbox</source>
      <translation>Afficher les algorithmes de T2 Monitor dans la boîte à outils de traitements</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="90" />
      <source>Shown on the title page, e.g. 2016-2023. Empty: the reporting year of {AREA_TABLE}.</source>
      <translation>Affiché en page de titre, p. ex. 2016-2023. Vide : l'année de rapport de {AREA_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="87" />
      <source>Shown on the title page.</source>
      <translation>Affiché en page de titre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="103" />
      <source>Side of a square of the mean pixel area, in metres (the Collect Earth plot size).</source>
      <translation>Côté d'un carré de la surface moyenne des pixels, en mètres (la taille de placette de Collect Earth).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="44" />
      <source>Side of the square moving window, an odd number of pixels (default 3; e.g. 3, 5, 7, ... up to 201), not larger than the raster.</source>
      <translation>Côté de la fenêtre glissante carrée, un nombre impair de pixels (par défaut 3 ; p. ex. 3, 5, 7, ... jusqu'à 201), pas plus grand que le raster.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="10" />
      <source>Sigmoid decreasing</source>
      <translation>Sigmoïde décroissante</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="10" />
      <source>Sigmoid increasing</source>
      <translation>Sigmoïde croissante</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="59" />
      <source>Sigmoid steepness (per unit of x) or gaussian width (the score is 1/e at {MIDPOINT} +- {SPREAD}); greater than 0.</source>
      <translation>Pente de la sigmoïde (par unité de x) ou largeur de la gaussienne (le score vaut 1/e à {MIDPOINT} +- {SPREAD}) ; supérieure à 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="69" />
      <source>Signed steps from the table: 0 proper, &gt; 0 overuse, &lt; 0 underuse (Int16, nodata -32768).</source>
      <translation>Pas signés issus de la table : 0 approprié, &gt; 0 surexploitation, &lt; 0 sous-utilisation (Int16, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="93" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="37" />
      <source>Significance level</source>
      <translation>Seuil de signification</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="97" />
      <source>Site effectiveness</source>
      <translation>Efficacité par site</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="100" />
      <source>Site effectiveness table</source>
      <translation>Table d'efficacité par site</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="97" />
      <source>Site id: field</source>
      <translation>Id. du site : champ</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="99" />
      <source>Site id: fixed value</source>
      <translation>Identifiant du site : valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="61" />
      <source>Site name field</source>
      <translation>Champ du nom du site</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="48" />
      <source>Site name or id field</source>
      <translation>Champ de nom ou d'identifiant du site</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="90" />
      <source>Site name: field</source>
      <translation>Nom du site : champ</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="93" />
      <source>Site name: fixed value</source>
      <translation>Nom du site : valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="97" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="65" />
      <source>Site validation</source>
      <translation>Validation des sites</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="130" />
      <source>Site {site}: {reason}.</source>
      <translation>Site {site} : {reason}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="108" />
      <source>Sites</source>
      <translation>Sites</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="26" />
      <source>Sites declining</source>
      <translation>Sites en déclin</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="232" />
      <source>Sites exported</source>
      <translation>Sites exportés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="24" />
      <source>Sites improving</source>
      <translation>Sites en amélioration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="27" />
      <source>Sites not assessed</source>
      <translation>Sites non évalués</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="48" />
      <source>Sites read</source>
      <translation>Sites lus</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="225" />
      <source>Sites with the GEF columns ID_CODE, Restor_str and Restor_end (YYYY/MM/DD), Restor_eco, Restor_typ, plus Site_name, Activities and Area_ha.</source>
      <translation>Sites avec les colonnes GEF ID_CODE, Restor_str et Restor_end (YYYY/MM/DD), Restor_eco, Restor_typ, plus Site_name, Activities et Area_ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="46" />
      <source>Sites with their FERM codes and labels and the project's information.</source>
      <translation>Sites avec leurs codes et libellés FERM et les informations du projet.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="25" />
      <source>Sites without detectable effect</source>
      <translation>Sites sans effet détectable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="193" />
      <source>Skip features with errors</source>
      <translation>Ignorer les entités en erreur</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="213" />
      <source>Skip invalid features</source>
      <translation>Ignorer les entités invalides</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="26" />
      <source>Soil organic carbon (SOC) sub-indicator of SDG 15.3.1: percent change of the SOC stock, classified -1 degraded / 0 stable / +1 improved (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Two SOC maps&lt;/b&gt;: the change between an initial and a final SOC map (same units).&lt;br&gt;&lt;b&gt;Baseline stepped with land cover&lt;/b&gt; (default): the final stock is the baseline stock times the stock-change factor of the pixel's land-cover transition (both maps reclassified to the UNCCD classes) in its IPCC climate zone. Default factors (resources/data/ipcc_soc_factors.csv): Tree-covered or Grassland → Cropland: IPCC land-use factor of the climate zone (temperate/boreal/polar dry 0.80, moist 0.69; tropical dry 0.58, moist and wet 0.48, montane 0.64); Cropland → Tree-covered or Grassland: 1/factor; Wetland → Cropland 0.71 and back 1/0.71; any class → Artificial 0.1; every other conversion, and every class that does not change, 1. The full factor applies whatever the time between the land-cover maps.&lt;br&gt;&lt;br&gt;Change = 100 × (final − initial) / initial; change ≤ −threshold → -1, ≥ +threshold → +1, else 0 ({THRESHOLD_PCT}, 10 % by default). Nodata (-32768) where an input is nodata, where the initial stock is 0 or less, and on water: final land cover class 7 Water body, or a non-zero pixel of {WATER_MASK}. Land-cover codes the legend does not cover and climate zones the factor table has no column for stop the run with the list of every such code; nothing is written.</source>
      <translation>Sous-indicateur carbone organique du sol (COS) de l'ODD 15.3.1 : variation en pourcentage du stock de COS, classée -1 dégradé / 0 stable / +1 amélioré (guide de bonnes pratiques de la CNULCD v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Deux cartes de COS&lt;/b&gt; : la variation entre une carte de COS initiale et une finale (mêmes unités).&lt;br&gt;&lt;b&gt;Référence échelonnée selon l'occupation du sol&lt;/b&gt; (par défaut) : le stock final est le stock de référence multiplié par le facteur de variation des stocks de la transition d'occupation du sol du pixel (les deux cartes reclassées dans les classes CNULCD) dans sa zone climatique IPCC. Facteurs par défaut (resources/data/ipcc_soc_factors.csv) : Couvert arboré ou Prairies → Terres cultivées : facteur d'utilisation des terres IPCC de la zone climatique (tempérée/boréale/polaire sèche 0,80, humide 0,69 ; tropicale sèche 0,58, humide et très humide 0,48, montagnarde 0,64) ; Terres cultivées → Couvert arboré ou Prairies : 1/facteur ; Zone humide → Terres cultivées 0,71 et l'inverse 1/0,71 ; toute classe → Artificialisé 0,1 ; toute autre conversion, et toute classe qui ne change pas, 1. Le facteur complet s'applique quel que soit le temps écoulé entre les cartes d'occupation du sol.&lt;br&gt;&lt;br&gt;Variation = 100 × (finale − initiale) / initiale ; variation ≤ −seuil → -1, ≥ +seuil → +1, sinon 0 ({THRESHOLD_PCT}, 10 % par défaut). Sans données (-32768) là où une entrée est sans données, là où le stock initial est nul ou négatif, et sur l'eau : classe 7 Plan d'eau de l'occupation du sol finale, ou pixel non nul de {WATER_MASK}. Les codes d'occupation du sol non couverts par la légende et les zones climatiques sans colonne dans la table des facteurs arrêtent l'exécution avec la liste de tous ces codes ; rien n'est écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="52" />
      <source>Soil organic carbon degradation</source>
      <translation>Dégradation du carbone organique du sol</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="24" />
      <source>Soil organic carbon degradation (SDG 15.3.1)</source>
      <translation>Dégradation du carbone organique du sol (ODD 15.3.1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="103" />
      <source>Some class breaks are equal ({breaks}): the classes between them are empty. Use fewer classes or another method.</source>
      <translation>Certains seuils de classe sont égaux ({breaks}) : les classes situées entre eux sont vides. Utilisez moins de classes ou une autre méthode.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="62" />
      <source>Source code</source>
      <translation>Code source</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="23" />
      <source>Source: {source}. Layer: {layer} ({date}), {crs}. Map made with T2 Monitor {version}.</source>
      <translation>Source : {source}. Couche : {layer} ({date}), {crs}. Carte produite avec T2 Monitor {version}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="58" />
      <source>Spread (sigmoid, gaussian)</source>
      <translation>Étalement (sigmoïde, gaussienne)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="7" />
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <location filename="../t2_monitor_plugin/core/sdg.py" line="19" />
      <source>Stable</source>
      <translation>Stable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="20" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="67" />
      <source>Stable area (ha)</source>
      <translation>Surface stable (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="20" />
      <source>Stable but improved at baseline</source>
      <translation>Stable mais amélioré à la référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="20" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="67" />
      <source>Stable pixels</source>
      <translation>Pixels stables</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="90" />
      <source>Standard error of that area (ha)</source>
      <translation>Erreur type de cette surface (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="57" />
      <source>Standard error of the overall accuracy the sample should achieve (0.01 = 1 percentage point), used for the sample size when {SAMPLE_SIZE} is 0.</source>
      <translation>Erreur type de la précision globale que l'échantillon doit atteindre (0.01 = 1 point de pourcentage), utilisée pour la taille de l'échantillon lorsque {SAMPLE_SIZE} vaut 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="20" />
      <source>Standardise criterion (0..1)</source>
      <translation>Standardiser un critère (0..1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="25" />
      <source>Standardised criteria</source>
      <translation>Critères standardisés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="70" />
      <source>Standardised criterion</source>
      <translation>Critère standardisé</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="75" />
      <source>Standardising {layer} by ranges or categories needs a SCORE_TABLE of scores.</source>
      <translation>La standardisation de {layer} par plages ou catégories nécessite une SCORE_TABLE de scores.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="71" />
      <source>Standardising {layer} with a sigmoid or gaussian needs MIDPOINT and a SPREAD greater than 0.</source>
      <translation>La standardisation de {layer} par une sigmoïde ou une gaussienne nécessite MIDPOINT et un SPREAD supérieur à 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="51" />
      <source>Start year field</source>
      <translation>Champ d'année de début</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="95" />
      <source>Starting year</source>
      <translation>Année de début</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="103" />
      <source>Starting year: field</source>
      <translation>Année de début : champ</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="106" />
      <source>Starting year: fixed value</source>
      <translation>Année de début : valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="77" />
      <source>State sub-indicator (-1/0/+1).</source>
      <translation>Sous-indicateur d'état (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="74" />
      <source>State sub-indicator (-1/0/+1). Needed in the combine mode.</source>
      <translation>Sous-indicateur d'état (-1/0/+1). Nécessaire en mode combinaison.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="16" />
      <source>State sub-indicator of land productivity (SDG 15.3.1): is the recent productivity of a pixel much lower or higher than in its own baseline?&lt;br&gt;&lt;br&gt;Per pixel, the valid values of the baseline years are cut into deciles (9 cut points at their 10 ... 90 % percentiles, linear interpolation as numpy's default). The baseline mean and the recent-period mean each get a decile class 1-10: class 1 up to the 10 % cut, class k above cut k-1 and up to cut k, class 10 above the 90 % cut (a value equal to a cut falls in the lower class, as in Trends.Earth). The change is recent class minus baseline class; {OUTPUT} is -1 where the change is at most -{THRESHOLD_CLASSES}, +1 where it is at least +{THRESHOLD_CLASSES}, else 0 (Int16, nodata -32768). {CHANGE} optionally keeps the class change (-9 to +9).&lt;br&gt;&lt;br&gt;Defaults: the recent period is the last 3 years of the series and the baseline runs from the first year to the year before the recent period. Years with nodata are left out of the deciles and means; pixels with fewer than {MIN_YEARS} valid baseline years, or no valid recent year, are nodata.</source>
      <translation>Sous-indicateur d'état de la productivité des terres (ODD 15.3.1) : la productivité récente d'un pixel est-elle nettement inférieure ou supérieure à celle de sa propre période de référence ?&lt;br&gt;&lt;br&gt;Par pixel, les valeurs valides des années de référence sont découpées en déciles (9 seuils à leurs centiles 10 ... 90 %, interpolation linéaire comme par défaut dans numpy). La moyenne de référence et la moyenne de la période récente reçoivent chacune une classe de décile 1-10 : classe 1 jusqu'au seuil de 10 %, classe k au-dessus du seuil k-1 et jusqu'au seuil k, classe 10 au-dessus du seuil de 90 % (une valeur égale à un seuil tombe dans la classe inférieure, comme dans Trends.Earth). Le changement est la classe récente moins la classe de référence ; {OUTPUT} vaut -1 là où le changement est au plus -{THRESHOLD_CLASSES}, +1 là où il est au moins +{THRESHOLD_CLASSES}, sinon 0 (Int16, sans données -32768). {CHANGE} conserve en option le changement de classe (-9 à +9).&lt;br&gt;&lt;br&gt;Valeurs par défaut : la période récente correspond aux 3 dernières années de la série et la référence va de la première année à l'année précédant la période récente. Les années sans données sont exclues des déciles et des moyennes ; les pixels ayant moins de {MIN_YEARS} années de référence valides, ou aucune année récente valide, sont sans données.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="93" />
      <source>State {label}: {down} degraded ({down_ha} ha), {flat} stable ({flat_ha} ha), {up} improved ({up_ha} ha) pixel(s).</source>
      <translation>État {label} : {down} dégradés ({down_ha} ha), {flat} stables ({flat_ha} ha), {up} pixel(s) amélioré(s) ({up_ha} ha).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="59" />
      <source>State: decile change threshold</source>
      <translation>État : seuil de changement de décile</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="49" />
      <source>State: recent years</source>
      <translation>État : années récentes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="37" />
      <source>Status areas</source>
      <translation>Surfaces par état</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="39" />
      <source>Status areas file (CSV or XLSX)</source>
      <translation>Fichier des surfaces par état (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/degradationstatus.py" line="36" />
      <source>Status classes 1-7 (Int16, nodata -32768).</source>
      <translation>Classes d'état 1-7 (Int16, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="61" />
      <source>Status field</source>
      <translation>Champ du statut</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="73" />
      <source>Status map of degradationstatus; adds its map page.</source>
      <translation>Carte d'état de degradationstatus ; ajoute sa page de carte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="110" />
      <source>Status per period</source>
      <translation>État par période</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="112" />
      <source>Status per period file (CSV or XLSX)</source>
      <translation>Fichier de l'état par période (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="65" />
      <source>Statuses that do not count</source>
      <translation>États non comptés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="68" />
      <source>Stepped method without {CLIMATE}: the one IPCC climate zone of the whole area.</source>
      <translation>Méthode échelonnée sans {CLIMATE} : l'unique zone climatique IPCC de toute la région.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="96" />
      <source>Stepped method, optional: the final SOC stock (baseline × factor), in the units of the baseline map (Float32, nodata -32768).</source>
      <translation>Méthode échelonnée, facultatif : le stock final de COS (référence × facteur), dans les unités de la carte de référence (Float32, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="59" />
      <source>Stepped method: land cover at the end of the period. With either method its class 7 (Water body, after reclassification) is masked.</source>
      <translation>Méthode échelonnée : occupation du sol à la fin de la période. Avec l'une ou l'autre méthode, sa classe 7 (Plan d'eau, après reclassement) est masquée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="56" />
      <source>Stepped method: land cover at the start of the period.</source>
      <translation>Méthode échelonnée : occupation du sol au début de la période.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="64" />
      <source>Stepped method: raster of IPCC climate-zone codes matching the factor table's columns (1 Warm temperate moist … 12 Tropical dry). Takes precedence over {CLIMATE_ZONE}.</source>
      <translation>Méthode échelonnée : raster de codes de zones climatiques IPCC correspondant aux colonnes de la table des facteurs (1 Warm temperate moist … 12 Tropical dry). Prioritaire sur {CLIMATE_ZONE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="56" />
      <source>Steps (0 proper, &gt;0 overuse, &lt;0 underuse)</source>
      <translation>Pas (0 approprié, &gt;0 surexploitation, &lt;0 sous-utilisation)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="71" />
      <source>Stock-change factors</source>
      <translation>Facteurs de variation des stocks</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="78" />
      <source>Stock-change factors CSV</source>
      <translation>CSV des facteurs de variation des stocks</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="101" />
      <source>Strata</source>
      <translation>Strates</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="60" />
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="52" />
      <source>Strata raster</source>
      <translation>Raster des strates</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="49" />
      <source>Stratum field</source>
      <translation>Champ de la strate</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="134" />
      <source>Stratum {strata} gets fewer than two points: its area cannot be estimated with a confidence interval. Use the minimum allocation or a larger sample.</source>
      <translation>La strate {strata} reçoit moins de deux points : sa surface ne peut pas être estimée avec un intervalle de confiance. Utilisez la répartition avec minimum ou un échantillon plus grand.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="110" />
      <source>Stratum {strata} has fewer than two labelled sample units: its variance, and so every confidence interval, cannot be estimated. Label more points of that stratum (at least two; 50 or more is usual) or draw a new sample.</source>
      <translation>La strate {strata} a moins de deux unités d'échantillonnage étiquetées : sa variance, et donc tout intervalle de confiance, ne peut pas être estimée. Étiquetez davantage de points de cette strate (au moins deux ; 50 ou plus est habituel) ou tirez un nouvel échantillon.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="156" />
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="224" />
      <source>Stratum {strata} has no labelled sample unit: the area of the classes in it cannot be estimated. Label points of that stratum, or draw a new sample.</source>
      <translation>La strate {strata} n'a aucune unité d'échantillon étiquetée : la surface des classes qu'elle contient ne peut pas être estimée. Étiquetez des points de cette strate ou tirez un nouvel échantillon.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="224" />
      <source>Stratum {stratum} has {raster} pixels in {layer} but the sample recorded {sample} at the draw: the sample was drawn from another version of the map, so its strata areas do not match.</source>
      <translation>La strate {stratum} a {raster} pixels dans {layer}, mais l'échantillon en a enregistré {sample} lors du tirage : l'échantillon a été tiré d'une autre version de la carte, ses surfaces de strates ne correspondent donc pas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="13" />
      <source>Stressed</source>
      <translation>Sous stress</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="19" />
      <source>Stressed area (ha)</source>
      <translation>Surface sous stress (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="19" />
      <source>Stressed pixels</source>
      <translation>Pixels sous stress</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="116" />
      <source>Suitability</source>
      <translation>Aptitude</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="72" />
      <source>Suitability raster</source>
      <translation>Raster d'aptitude</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="79" />
      <source>Summary table of the SDG 15.3.1 indicator; adds the rows of complementary indicator 2.CT.1 (proportion of degraded land).</source>
      <translation>Table de synthèse de l'indicateur ODD 15.3.1 ; ajoute les lignes de l'indicateur complémentaire 2.CT.1 (proportion de terres dégradées).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="64" />
      <source>Summary table of the same map (sdg1531 SUMMARY): degraded area and proportion, per zone.</source>
      <translation>Table de synthèse de la même carte (SUMMARY de sdg1531) : surface et proportion dégradées, par zone.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="46" />
      <source>Summary tables of the SDG 15.3.1 indicator, one per period, in the order of {PERIOD_NAMES}.</source>
      <translation>Tables de synthèse de l'indicateur ODD 15.3.1, une par période, dans l'ordre de {PERIOD_NAMES}.</translation>
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
      <translation>Rapport T2 Monitor {year} ({language})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/provider.py" line="100" />
      <source>T2 Monitor: GBF Target 2 restoration monitoring</source>
      <translation>T2 Monitor : suivi de la restauration de la cible 2 du CMB</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="98" />
      <source>T2 Monitor: restoration monitoring tools</source>
      <translation>T2 Monitor : outils de suivi de la restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="39" />
      <source>Table of areas per zone and class (no geometry).</source>
      <translation>Table des surfaces par zone et par classe (sans géométrie).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="67" />
      <source>Table of areaunderrestoration (OUTPUT); its administrative zones fill the per-zone table.</source>
      <translation>Table de areaunderrestoration (OUTPUT) ; ses zones administratives remplissent la table par zone.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="58" />
      <source>Table of criteria with their weight, rank and geometric-mean weight.</source>
      <translation>Table des critères avec leur poids, leur rang et leur poids par moyenne géométrique.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="70" />
      <source>Table of restorationprogress (OUTPUT): the chart of progress towards the target.</source>
      <translation>Table de restorationprogress (OUTPUT) : le graphique de la progression vers la cible.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="35" />
      <source>Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights): each row's criterion is the layer name of one of the criteria (case and surrounding spaces ignored), in any order. A table that does not name every criterion exactly once, or names a layer that is not a criterion, is refused. Used instead of {WEIGHTS} when given.</source>
      <translation>Table avec les champs criterion et weight (p. ex. la table de t2monitor:ahpweights) : le criterion de chaque ligne est le nom de couche de l'un des critères (casse et espaces autour ignorés), dans n'importe quel ordre. Une table qui ne nomme pas chaque critère exactement une fois, ou qui nomme une couche qui n'est pas un critère, est refusée. Utilisée à la place de {WEIGHTS} lorsqu'elle est indiquée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="92" />
      <source>Table: one row for the whole area and one per disaggregation value.</source>
      <translation>Table : une ligne pour toute la région et une par valeur de ventilation.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="60" />
      <source>Table: one row per year.</source>
      <translation>Table : une ligne par année.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="44" />
      <location filename="../t2_monitor_plugin/core/tables.py" line="69" />
      <source>Tables can be written as .csv, .xlsx or .ods, not {ext} ({path}).</source>
      <translation>Les tables peuvent être écrites en .csv, .xlsx ou .ods, pas en {ext} ({path}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="110" />
      <location filename="../t2_monitor_plugin/core/report_text.py" line="60" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="145" />
      <source>Target (% of the degraded baseline)</source>
      <translation>Objectif (% de la référence dégradée)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/base.py" line="8" />
      <source>Target 2 indicators</source>
      <translation>Indicateurs de la cible 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="111" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="69" />
      <source>Target area (ha)</source>
      <translation>Surface visée (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="56" />
      <source>Target standard error of overall accuracy</source>
      <translation>Erreur type visée de la précision globale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="67" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="57" />
      <source>Target year</source>
      <translation>Année de l'objectif</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="153" />
      <source>Tenure status: field</source>
      <translation>Régime foncier : champ</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="164" />
      <source>Tenure status: fixed value</source>
      <translation>Régime foncier : valeur fixe</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="158" />
      <source>Tenure status: fixed value as text</source>
      <translation>Régime foncier : valeur fixe en texte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="16" />
      <source>Tests how the top priority class (the highest class of t2monitor:priorityclasses) reacts to changes of the weights of t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;One-at-a-time&lt;/b&gt;: each weight in turn is lowered and raised by {CHANGE_PCT} % (then all weights are renormalised to sum 1). &lt;b&gt;Monte Carlo&lt;/b&gt;: {RUNS} weight sets, each weight multiplied by a random factor uniform in [1 - x, 1 + x] (x = {CHANGE_PCT} / 100, generator seeded with {SEED}, so runs are reproducible), renormalised.&lt;br&gt;&lt;br&gt;Every weight set gives a suitability (same exclusions and nodata as the overlay) classified with its own global breaks: exact min-max for equal interval, and for quantile and Jenks a fixed reproducible pixel sample of the criteria on which every run's suitability is computed (up to 100 000 pixels for quantiles, {SAMPLE_PIXELS} for Jenks). The data are read twice whatever the number of runs: once for the breaks, once to compute all runs block by block.&lt;br&gt;&lt;br&gt;{OUTPUT}: share (0..1) of the Monte Carlo runs in which each pixel is in the top class; -1 excluded; nodata -9999. {TOP_CLASS_AREAS}: the base run, the one-at-a-time runs (top-class area in ha and its change against the base run) and the Monte Carlo mean, minimum and maximum top-class area.</source>
      <translation>Teste la réaction de la classe de priorité supérieure (la classe la plus haute de t2monitor:priorityclasses) aux variations des poids de t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;Un à un&lt;/b&gt; : chaque poids, tour à tour, est diminué puis augmenté de {CHANGE_PCT} % (puis tous les poids sont renormalisés pour sommer à 1). &lt;b&gt;Monte Carlo&lt;/b&gt; : {RUNS} jeux de poids, chaque poids étant multiplié par un facteur aléatoire uniforme dans [1 - x, 1 + x] (x = {CHANGE_PCT} / 100, générateur initialisé avec {SEED}, les tirages sont donc reproductibles), renormalisés.&lt;br&gt;&lt;br&gt;Chaque jeu de poids donne une aptitude (mêmes exclusions et valeurs sans données que la superposition) classée avec ses propres seuils globaux : min-max exact pour les intervalles égaux et, pour les quantiles et Jenks, un échantillon fixe et reproductible de pixels des critères sur lequel l'aptitude de chaque tirage est calculée (jusqu'à 100 000 pixels pour les quantiles, {SAMPLE_PIXELS} pour Jenks). Les données sont lues deux fois quel que soit le nombre de tirages : une fois pour les seuils, une fois pour calculer tous les tirages bloc par bloc.&lt;br&gt;&lt;br&gt;{OUTPUT} : part (0..1) des tirages Monte Carlo où chaque pixel est dans la classe supérieure ; -1 exclu ; sans données -9999. {TOP_CLASS_AREAS} : l'exécution de base, les exécutions un à un (surface de la classe supérieure en ha et sa variation par rapport à l'exécution de base) et la moyenne, le minimum et le maximum de la surface de la classe supérieure sur les tirages Monte Carlo.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="88" />
      <source>Text written in the Footnote column of every row (e.g. data sources, method).</source>
      <translation>Texte écrit dans la colonne Footnote de chaque ligne (p. ex. sources des données, méthode).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="312" />
      <source>The AHP matrix cannot be written to {path} ({reason}).</source>
      <translation>La matrice AHP ne peut pas être écrite dans {path} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="270" />
      <source>The AHP matrix {source} names {columns} criteria in its header but has {rows} rows; a square matrix is expected.</source>
      <translation>La matrice AHP {source} nomme {columns} critères dans son en-tête mais a {rows} lignes ; une matrice carrée est attendue.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="263" />
      <source>The AHP matrix {source} needs a header of criterion names and one row per criterion.</source>
      <translation>La matrice AHP {source} nécessite un en-tête de noms de critères et une ligne par critère.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="64" />
      <source>The Collect Earth plot file must be a .csv file, not {path}.</source>
      <translation>Le fichier de parcelles Collect Earth doit être un fichier .csv, et non {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="179" />
      <source>The FERM API address "{url}" is not an http(s) address. Enter the address given in the FERM API documentation.</source>
      <translation>L'adresse de l'API FERM "{url}" n'est pas une adresse http(s). Saisissez l'adresse indiquée dans la documentation de l'API FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="182" />
      <source>The FERM API address {url} is not encrypted (http://), so the API key would travel in clear text. Use the https:// address given in the FERM API documentation (http:// is accepted only for 127.0.0.1 and localhost).</source>
      <translation>L'adresse de l'API FERM {url} n'est pas chiffrée (http://) : la clé d'API circulerait donc en clair. Utilisez l'adresse https:// indiquée dans la documentation de l'API FERM (http:// n'est accepté que pour 127.0.0.1 et localhost).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="270" />
      <source>The FERM API answered (HTTP {status}) without a project id: {detail}. Check in FERM whether the project was created before publishing again.</source>
      <translation>L'API FERM a répondu (HTTP {status}) sans identifiant de projet : {detail}. Vérifiez dans FERM si le projet a été créé avant de publier à nouveau.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="264" />
      <source>The FERM API at {url} answered (HTTP {status}) with something that is not JSON: {detail}. Check that the address is the FERM API and not a web page; the project may have been created, so check in FERM before publishing again.</source>
      <translation>L'API FERM à l'adresse {url} a répondu (HTTP {status}) par un contenu qui n'est pas du JSON : {detail}. Vérifiez que l'adresse est celle de l'API FERM et non d'une page web ; le projet a pu être créé, vérifiez donc dans FERM avant de publier à nouveau.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="238" />
      <source>The FERM API at {url} answered with a redirect (HTTP {status}) to {host}. Redirects are not followed, so the API key was not sent there and nothing was published. Check the API address (use the final https:// address given by FERM).</source>
      <translation>L'API FERM à l'adresse {url} a répondu par une redirection (HTTP {status}) vers {host}. Les redirections ne sont pas suivies : la clé d'API n'y a donc pas été envoyée et rien n'a été publié. Vérifiez l'adresse de l'API (utilisez l'adresse https:// finale fournie par FERM).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="257" />
      <source>The FERM API at {url} answered with an error (HTTP {status}: {detail}). Nothing was published; check the validation table, or try again later.</source>
      <translation>L'API FERM à l'adresse {url} a répondu par une erreur (HTTP {status} : {detail}). Rien n'a été publié ; consultez la table de validation ou réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="234" />
      <source>The FERM API at {url} could not be reached ({reason}). Check the address, your internet connection and proxy settings.</source>
      <translation>L'API FERM à l'adresse {url} est injoignable ({reason}). Vérifiez l'adresse, votre connexion Internet et les paramètres du proxy.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="212" />
      <source>The FERM API at {url} did not answer within {seconds} s. Check your connection and the proxy in Settings › Options › Network; FERM may still have created the project, so check in FERM before publishing again.</source>
      <translation>L'API FERM à l'adresse {url} n'a pas répondu dans les {seconds} s. Vérifiez votre connexion et le proxy dans Préférences › Options › Réseau ; FERM a pu tout de même créer le projet, vérifiez donc dans FERM avant de publier à nouveau.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="252" />
      <source>The FERM API at {url} failed with a server error (HTTP {status}: {detail}). Try again later; if it persists, contact FERM with the time of this attempt (it is in the publication log).</source>
      <translation>L'API FERM à l'adresse {url} a échoué avec une erreur du serveur (HTTP {status} : {detail}). Réessayez plus tard ; si le problème persiste, contactez FERM en indiquant l'heure de cette tentative (elle figure dans le journal de publication).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="217" />
      <source>The FERM API at {url} refused the connection: nothing listens at that address and port. Check the API address; if it is right, the service is down: try again later.</source>
      <translation>L'API FERM à l'adresse {url} a refusé la connexion : rien n'écoute à cette adresse et sur ce port. Vérifiez l'adresse de l'API ; si elle est correcte, le service est indisponible : réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="92" />
      <source>The FERM API key could not be stored in the QGIS authentication database.</source>
      <translation>La clé d'API FERM n'a pas pu être enregistrée dans la base de données d'authentification de QGIS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="230" />
      <source>The FERM API key could not be taken from the QGIS authentication database ({reason}). Nothing was sent. Enter the master password when asked, or store the key again with "Set API key…".</source>
      <translation>La clé d'API FERM n'a pas pu être lue dans la base de données d'authentification de QGIS ({reason}). Rien n'a été envoyé. Saisissez le mot de passe principal lorsqu'il est demandé, ou enregistrez à nouveau la clé avec "Définir la clé d'API…".</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="77" />
      <source>The FERM API key is empty.</source>
      <translation>La clé d'API FERM est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="244" />
      <source>The FERM API refused the API key (HTTP {status}: {detail}). Check the key with "Set API key…" and that it is allowed to create projects.</source>
      <translation>L'API FERM a refusé la clé d'API (HTTP {status} : {detail}). Vérifiez la clé avec "Définir la clé d'API…" et qu'elle est autorisée à créer des projets.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="135" />
      <source>The FERM activities of every site, chosen from the FERM vocabulary (leaf activities). Used where {ACTIVITIES_FIELD} is not chosen or is empty.</source>
      <translation>Les activités FERM de tous les sites, choisies dans le vocabulaire FERM (activités terminales). Utilisées lorsque {ACTIVITIES_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="59" />
      <source>The FERM export could not read the sites or write one of the files. Check the layer on the Sites tab and the file names and folders above; the details are in the log (Log Messages panel, T2 Monitor tab).</source>
      <translation>L'export FERM n'a pas pu lire les sites ou écrire l'un des fichiers. Vérifiez la couche dans l'onglet Sites ainsi que les noms de fichiers et les dossiers ci-dessus ; les détails figurent dans le journal (panneau Journal des messages, onglet T2 Monitor).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="112" />
      <source>The FERM export was cancelled; no file was written.</source>
      <translation>L'export FERM a été annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="150" />
      <source>The FERM restoration type of every site. Used where {RESTORATION_TYPE_FIELD} is not chosen or is empty.</source>
      <translation>Le type de restauration FERM de tous les sites. Utilisé lorsque {RESTORATION_TYPE_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="165" />
      <source>The FERM tenure status of every site. Used where {TENURE_FIELD} is not chosen or is empty.</source>
      <translation>Le régime foncier FERM de tous les sites. Utilisé lorsque {TENURE_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="200" />
      <source>The GEF template {path} must be a .gpkg or .shp file.</source>
      <translation>Le modèle du GEF {path} doit être un fichier .gpkg ou .shp.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="121" />
      <source>The IUCN Global Ecosystem Typology biomes of every site, chosen from the FERM vocabulary. Used where {ECOSYSTEMS_FIELD} is not chosen or is empty.</source>
      <translation>Les biomes de la typologie mondiale des écosystèmes de l'UICN de tous les sites, choisis dans le vocabulaire FERM. Utilisés lorsque {ECOSYSTEMS_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="183" />
      <source>The LPD map {layer} holds codes {codes} that the reclassification table does not cover. Add them to the table (as a class 1-5, or as nodata) and run again.</source>
      <translation>La carte LPD {layer} contient les codes {codes}, non couverts par la table de reclassement. Ajoutez-les à la table (comme classe 1-5 ou comme nodata) et relancez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="151" />
      <source>The LPD reclassification table {source} is empty.</source>
      <translation>La table de reclassement LPD {source} est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="91" />
      <source>The ORT template workbook (.xlsx).</source>
      <translation>Le classeur modèle ORT (.xlsx).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="64" />
      <source>The PRAIS SO1 tables (.xlsx).</source>
      <translation>Les tables SO1 PRAIS (.xlsx).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="40" />
      <source>The QGIS authentication method "{method}" is not available in this QGIS installation.</source>
      <translation>La méthode d'authentification QGIS "{method}" n'est pas disponible dans cette installation de QGIS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="37" />
      <source>The QGIS authentication system is disabled, so the FERM API key cannot be stored safely. See Settings › Options › Authentication.</source>
      <translation>Le système d'authentification de QGIS est désactivé : la clé d'API FERM ne peut donc pas être enregistrée de façon sûre. Voir Préférences › Options › Authentification.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_auth.py" line="55" />
      <source>The QGIS master password was not given, so the FERM API key cannot be read or stored. Enter it when QGIS asks (Settings › Options › Authentication).</source>
      <translation>Le mot de passe principal de QGIS n'a pas été fourni : la clé d'API FERM ne peut donc être ni lue ni enregistrée. Saisissez-le lorsque QGIS le demande (Préférences › Options › Authentification).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="43" />
      <source>The SDG 15.3.1 layer (-1/0/+1) or any categorical degradation map.</source>
      <translation>La couche ODD 15.3.1 (-1/0/+1) ou toute carte catégorielle de dégradation.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="76" />
      <source>The SDG 15.3.1 summary has no row for the degraded area of the whole region.</source>
      <translation>La synthèse ODD 15.3.1 n'a pas de ligne pour la surface dégradée de toute la région.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="121" />
      <source>The SOC change threshold must be a percentage greater than 0, not {value}.</source>
      <translation>Le seuil de variation du COS doit être un pourcentage supérieur à 0, et non {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="159" />
      <source>The T2 Monitor Processing provider is not loaded: enable the plugin again.</source>
      <translation>Le fournisseur Processing de T2 Monitor n'est pas chargé : réactivez l'extension.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/dask_engine.py" line="363" />
      <source>The aligned raster {path} cannot be read.</source>
      <translation>Le raster aligné {path} ne peut pas être lu.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="102" />
      <source>The amount lost exists only for tree-cover maps; it was not written.</source>
      <translation>La quantité perdue n'existe que pour les cartes de couvert arboré ; elle n'a pas été écrite.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="44" />
      <source>The area under restoration (GBF headline indicator 2.1) is the area of the union of the restoration sites counted in {year}, computed as FAO FERM does (valid geometries in EPSG:6933, overlapping sites counted once). Progress towards Target 2 is the area under restoration inside the degraded baseline divided by the degraded baseline ({baseline} ha), against a target of {target} %.</source>
      <translation>La surface en restauration (indicateur phare 2.1 du CMB) est la surface de l'union des sites de restauration comptés en {year}, calculée comme le fait le FERM de la FAO (géométries valides en EPSG:6933, sites superposés comptés une fois). La progression vers la cible 2 est la surface en restauration dans la référence dégradée divisée par la référence dégradée ({baseline} ha), par rapport à une cible de {target} %.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="79" />
      <source>The area under restoration table has no 'total' row.</source>
      <translation>La table de surface en restauration n'a pas de ligne « total ».</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="196" />
      <source>The atlas needs a zones layer ({key}).</source>
      <translation>L'atlas a besoin d'une couche de zones ({key}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="141" />
      <source>The baseline and every reporting period must be SDG 15.3.1 maps with the legend -1 degraded, 0 stable, +1 improved; other values were found ({details}). A status map (1-7) or an LPD map (1-5) has another legend: give the -1/0/+1 layer of each period. Nothing was written.</source>
      <translation>La référence et chaque période de rapport doivent être des cartes ODD 15.3.1 de légende -1 dégradé, 0 stable, +1 amélioré ; d'autres valeurs ont été trouvées ({details}). Une carte d'état (1-7) ou une carte LPD (1-5) a une autre légende : indiquez la couche -1/0/+1 de chaque période. Rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="152" />
      <source>The baseline has no degraded land: percentages are left empty.</source>
      <translation>La référence ne comporte aucune terre dégradée : les pourcentages sont laissés vides.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="115" />
      <source>The baseline period {start}-{end} is outside the years of {layer} ({first}-{last}). Choose years inside the stack, or check the year of the first band.</source>
      <translation>La période de référence {start}-{end} est en dehors des années de {layer} ({first}-{last}). Choisissez des années comprises dans la pile, ou vérifiez l'année de la première bande.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="110" />
      <source>The baseline period {start}-{end} starts after it ends. Swap the years.</source>
      <translation>La période de référence {start}-{end} commence après sa fin. Inversez les années.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="195" />
      <source>The chart could not be written to {path}.</source>
      <translation>Le graphique n'a pas pu être écrit dans {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="109" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="165" />
      <source>The chart {path} must be an .svg or .png file.</source>
      <translation>Le graphique {path} doit être un fichier .svg ou .png.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="158" />
      <source>The class codes of {layer_a} and {layer_b} are too large for cross-class codes (class_a x {base} + class_b must fit a 32-bit integer). Reclassify them to smaller codes first.</source>
      <translation>Les codes de classe de {layer_a} et {layer_b} sont trop grands pour les codes croisés (class_a x {base} + class_b doit tenir dans un entier de 32 bits). Reclassez-les d'abord en codes plus petits.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="162" />
      <source>The class to report, {code}, is not in the legend.</source>
      <translation>La classe à rapporter, {code}, n'est pas dans la légende.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="133" />
      <source>The class-change threshold (THRESHOLD_CLASSES) must be between 1 and 9, not {value}.</source>
      <translation>Le seuil de changement de classe (THRESHOLD_CLASSES) doit être compris entre 1 et 9, et non {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="213" />
      <source>The classes {codes} of {layer} appear in no pair of the correspondence table, so they never count as agreement.</source>
      <translation>Les classes {codes} de {layer} n'apparaissent dans aucune paire de la table de correspondance ; elles ne comptent donc jamais comme concordance.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="291" />
      <source>The climate-zone raster {layer} holds zones {zones} that the factor table {source} has no column for. Add them to the table (or set them as nodata); nothing was written.</source>
      <translation>Le raster de zones climatiques {layer} contient les zones {zones}, sans colonne dans la table des facteurs {source}. Ajoutez-les à la table (ou définissez-les comme sans données) ; rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="57" />
      <source>The codes in {parameter} must be whole numbers separated by commas (e.g. 1,2,4); '{value}' is not.</source>
      <translation>Les codes de {parameter} doivent être des nombres entiers séparés par des virgules (p. ex. 1,2,4) ; '{value}' n'en est pas un.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="112" />
      <source>The codes {codes} are both degraded and at-risk codes; give each code to one list only.</source>
      <translation>Les codes {codes} sont à la fois des codes dégradés et à risque ; indiquez chaque code dans une seule liste.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="119" />
      <source>The combine mode needs the trajectory, state and performance layers; {missing} not given. Choose them, or switch MODE to the external map.</source>
      <translation>Le mode combinaison nécessite les couches de trajectoire, d'état et de performance ; {missing} non indiqué(s). Choisissez-les, ou passez MODE sur la carte externe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="119" />
      <source>The compatibility table has no result for {count} land-use / capability pair(s) found in {use_layer} and {capability_layer}: {pairs}. Add them to the table (land-use code, capability class, steps) and run again.</source>
      <translation>La table de compatibilité n'a pas de résultat pour {count} paire(s) usage des terres / capacité trouvée(s) dans {use_layer} et {capability_layer} : {pairs}. Ajoutez-les à la table (code d'usage des terres, classe de capacité, pas) et relancez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="62" />
      <source>The compatibility table {source} needs a header row with one column per capability class.</source>
      <translation>La table de compatibilité {source} nécessite une ligne d'en-tête avec une colonne par classe de capacité.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="66" />
      <source>The control points of {layer} must have strictly increasing values.</source>
      <translation>Les points de contrôle de {layer} doivent avoir des valeurs strictement croissantes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="133" />
      <source>The criteria '{given}' do not match the criteria of {path} ('{found}'); leave CRITERIA empty or give the file's names in its order.</source>
      <translation>Les critères '{given}' ne correspondent pas aux critères de {path} ('{found}') ; laissez CRITERIA vide ou indiquez les noms du fichier dans son ordre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="56" />
      <source>The criterion {layer} has no range to standardise: minimum {min} and maximum {max}. Give a MAX greater than MIN, or use another method (a constant criterion cannot rank places).</source>
      <translation>Le critère {layer} n'a pas d'étendue à standardiser : minimum {min} et maximum {max}. Indiquez un MAX supérieur à MIN ou utilisez une autre méthode (un critère constant ne peut pas classer les lieux).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="195" />
      <source>The criterion {layer} has no valid pixel.</source>
      <translation>Le critère {layer} n'a aucun pixel valide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="69" />
      <source>The current project has unsaved changes. Save them before the sample project replaces it?</source>
      <translation>Le projet actuel contient des modifications non enregistrées. Les enregistrer avant que le projet d'exemple ne le remplace ?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="84" />
      <source>The custom legend needs a reclassification table ({table}) or a CSV file ({csv}). Fill one in, or choose another legend.</source>
      <translation>La légende personnalisée nécessite une table de reclassement ({table}) ou un fichier CSV ({csv}). Renseignez l'un des deux, ou choisissez une autre légende.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="153" />
      <source>The degradation layer {layer} holds values {values} ({pixels} pixels) that are not among its declared codes {layer_codes}; nothing was written. Check that the right layer was chosen, or declare its codes (e.g. 1,2,3,4,5 for LPD classes).</source>
      <translation>La couche de dégradation {layer} contient des valeurs {values} ({pixels} pixels) qui ne figurent pas parmi ses codes déclarés {layer_codes} ; rien n'a été écrit. Vérifiez que la bonne couche a été choisie, ou déclarez ses codes (p. ex. 1,2,3,4,5 pour les classes LPD).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="180" />
      <source>The degraded land by ecosystem type needs both the SDG 15.3.1 map and an ecosystem layer; it was not written.</source>
      <translation>Les terres dégradées par type d'écosystème nécessitent à la fois la carte ODD 15.3.1 et une couche d'écosystèmes ; elles n'ont pas été écrites.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="44" />
      <source>The disk holding {path} is full (or your quota is used up). Free some space or choose a folder on another disk, then run again.</source>
      <translation>Le disque contenant {path} est plein (ou votre quota est épuisé). Libérez de l'espace ou choisissez un dossier sur un autre disque, puis relancez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="95" />
      <source>The dissolved area under restoration of every row of the table, in the sites' CRS.</source>
      <translation>La surface en restauration fusionnée de chaque ligne de la table, dans le SCR des sites.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="57" />
      <source>The ecosystem code {item} is not written value:ecosystem with a whole-number raster value (e.g. 1:T1.1, 2:T7.1).</source>
      <translation>Le code d'écosystème {item} n'est pas écrit sous la forme valeur:écosystème avec une valeur de raster entière (p. ex. 1:T1.1, 2:T7.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="153" />
      <source>The ecosystem raster {layer} holds values without an ecosystem in the codes: {values}. Add them (value:ecosystem).</source>
      <translation>Le raster d'écosystèmes {layer} contient des valeurs sans écosystème dans les codes : {values}. Ajoutez-les (valeur:écosystème).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="96" />
      <source>The ecosystem raster {layer} needs its codes: the ecosystem of every raster value (e.g. 1:T1.1, 2:T7.1).</source>
      <translation>Le raster d'écosystèmes {layer} a besoin de ses codes : l'écosystème de chaque valeur du raster (p. ex. 1:T1.1, 2:T7.1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="189" />
      <source>The estimate's mapped degraded area ({table} ha) differs from the degraded area of period {period} ({mapped} ha): was the sample drawn from another map?</source>
      <translation>La surface dégradée cartographiée de l'estimation ({table} ha) diffère de la surface dégradée de la période {period} ({mapped} ha) : l'échantillon a-t-il été tiré d'une autre carte ?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="260" />
      <source>The estimate's mapped degraded area ({table} ha) differs from the degraded area of {layer} ({mapped} ha): was the sample drawn from another map?</source>
      <translation>La surface dégradée cartographiée de l'estimation ({table} ha) diffère de la surface dégradée de {layer} ({mapped} ha) : l'échantillon a-t-il été tiré d'une autre carte ?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="54" />
      <source>The estimated degraded area ({area} ha) and its 95 % half-interval ({ci} ha) cannot be negative.</source>
      <translation>La surface dégradée estimée ({area} ha) et son demi-intervalle à 95 % ({ci} ha) ne peuvent pas être négatifs.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="224" />
      <source>The estimated degraded area goes into the rows of indicator 2.CT.1 (proportion of degraded land), which need the SDG 15.3.1 summary (SDG_SUMMARY): give it too.</source>
      <translation>La surface dégradée estimée entre dans les lignes de l'indicateur 2.CT.1 (proportion de terres dégradées), qui nécessitent la synthèse ODD 15.3.1 (SDG_SUMMARY) : indiquez-la aussi.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="93" />
      <source>The estimated degraded area was given twice, as a table (ESTIMATES_TABLE) and as numbers (ESTIMATED_DEGRADED_HA): give one of them.</source>
      <translation>La surface dégradée estimée a été indiquée deux fois, sous forme de table (ESTIMATES_TABLE) et de nombres (ESTIMATED_DEGRADED_HA) : indiquez-en une seule.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="83" />
      <source>The estimated degraded area {area} ha was given without its 95 % half-interval (ESTIMATED_CI95_HA): a sample estimate is reported with its interval.</source>
      <translation>La surface dégradée estimée de {area} ha a été indiquée sans son demi-intervalle à 95 % (ESTIMATED_CI95_HA) : une estimation par échantillon se rapporte avec son intervalle.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="91" />
      <source>The exclusion layer {layer} has no polygon.</source>
      <translation>La couche d'exclusion {layer} n'a aucun polygone.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="119" />
      <source>The expected accuracies of {codes} are ignored: no stratum has that code.</source>
      <translation>Les précisions attendues de {codes} sont ignorées : aucune strate n'a ce code.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="126" />
      <source>The external map mode needs an LPD map ({parameter}). Choose one, or switch MODE to combining the sub-indicators.</source>
      <translation>Le mode carte externe nécessite une carte LPD ({parameter}). Choisissez-en une, ou passez MODE sur la combinaison des sous-indicateurs.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="60" />
      <source>The factor table {source} has more than one column for climate zone(s) {zones}.</source>
      <translation>La table des facteurs {source} a plus d'une colonne pour la ou les zones climatiques {zones}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="246" />
      <location filename="../t2_monitor_plugin/core/soc.py" line="89" />
      <source>The factor table {source} has no column for climate zone {zones}.</source>
      <translation>La table des facteurs {source} n'a pas de colonne pour la zone climatique {zones}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="55" />
      <source>The factor table {source} needs the columns initial class, final class and one column per climate zone.</source>
      <translation>La table des facteurs {source} nécessite les colonnes classe initiale, classe finale et une colonne par zone climatique.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="52" />
      <source>The field area_ha of {layer} holds {value}, which is not a number.</source>
      <translation>Le champ area_ha de {layer} contient {value}, qui n'est pas un nombre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="140" />
      <source>The field of the layer that holds it, (fixed value) or (empty)</source>
      <translation>Le champ de la couche qui contient la valeur, (valeur fixe) ou (vide)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="48" />
      <location filename="../t2_monitor_plugin/core/ort.py" line="172" />
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="46" />
      <source>The field {field} of {layer} holds {value}, which is not a number.</source>
      <translation>Le champ {field} de {layer} contient {value}, qui n'est pas un nombre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="60" />
      <source>The file name {path} is too long. Choose a shorter name or folder.</source>
      <translation>Le nom de fichier {path} est trop long. Choisissez un nom ou un dossier plus court.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="127" />
      <source>The file {layer} holds several rasters; choose one of them: {subdatasets}.</source>
      <translation>Le fichier {layer} contient plusieurs rasters ; choisissez-en un : {subdatasets}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="189" />
      <source>The file {path} cannot be found ({reason}). Check the path, then run again.</source>
      <translation>Le fichier {path} est introuvable ({reason}). Vérifiez le chemin, puis relancez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="276" />
      <source>The file {path} cannot be read ({reason}).</source>
      <translation>Le fichier {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="97" />
      <source>The file {path} cannot be written ({reason}).</source>
      <translation>Le fichier {path} ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="61" />
      <source>The file {path} cannot be written ({reason}). Check the folder and the disk, then run again.</source>
      <translation>Le fichier {path} ne peut pas être écrit ({reason}). Vérifiez le dossier et le disque, puis relancez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="279" />
      <source>The file {path} is empty; a JSON file is expected.</source>
      <translation>Le fichier {path} est vide ; un fichier JSON est attendu.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="300" />
      <source>The file {path} is nested too deeply to be read as JSON.</source>
      <translation>Le fichier {path} est trop profondément imbriqué pour être lu en JSON.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="133" />
      <source>The file {path} is read-only, so the output {output} cannot replace it. Make it writable or choose another file name.</source>
      <translation>Le fichier {path} est en lecture seule : la sortie {output} ne peut pas le remplacer. Rendez-le modifiable ou choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/xlsx.py" line="34" />
      <source>The file {path} must end in {ext}.</source>
      <translation>Le fichier {path} doit se terminer par {ext}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="211" />
      <source>The file {path} was written but does not read back with its {count} features.</source>
      <translation>Le fichier {path} a été écrit, mais sa relecture ne redonne pas ses {count} entités.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="67" />
      <source>The first sheet (land by period) as a CSV file (UTF-8).</source>
      <translation>La première feuille (terres par période) en fichier CSV (UTF-8).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="130" />
      <source>The folder {folder} for the output {output} cannot be created ({reason}).</source>
      <translation>Le dossier {folder} de la sortie {output} ne peut pas être créé ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="139" />
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there ({reason}). Choose a folder you can write to.</source>
      <translation>Le dossier {folder} n'est pas accessible en écriture : la sortie {output} ne peut pas y être enregistrée ({reason}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="68" />
      <source>The forest codes are ignored for a binary forest map.</source>
      <translation>Les codes de forêt sont ignorés pour une carte forestière binaire.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="146" />
      <source>The forest map {layer} holds values {values}; a binary forest map must hold only 1 (forest) and 0 (non-forest). For a land-cover map, choose the land-cover input type and give the forest codes.</source>
      <translation>La carte forestière {layer} contient les valeurs {values} ; une carte forestière binaire ne doit contenir que 1 (forêt) et 0 (non-forêt). Pour une carte d'occupation du sol, choisissez le type d'entrée occupation du sol et indiquez les codes de forêt.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="221" />
      <source>The host of the FERM API address {url} could not be found. Check the address, your internet connection and the proxy in Settings › Options › Network.</source>
      <translation>L'hôte de l'adresse de l'API FERM {url} est introuvable. Vérifiez l'adresse, votre connexion Internet et le proxy dans Préférences › Options › Réseau.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/priorityclasses.py" line="87" />
      <source>The inner class limits, comma-separated, lowest first.</source>
      <translation>Les limites intérieures de classe, séparées par des virgules, de la plus basse à la plus haute.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="278" />
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="290" />
      <source>The input rasters changed while the percentiles were being computed. Run again once nothing else writes to them.</source>
      <translation>Les rasters d'entrée ont changé pendant le calcul des centiles. Relancez l'exécution lorsque plus rien n'y écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="332" />
      <source>The inputs {layers} have no pixel where all of them have data: they do not overlap, or the nodata areas of one cover the data of the others. Every result would be nodata and every area 0 ha, so nothing was written. Check their extents and nodata values.</source>
      <translation>Les entrées {layers} n'ont aucun pixel où toutes ont des données : elles ne se superposent pas, ou les zones sans données de l'une couvrent les données des autres. Tous les résultats seraient sans données et toutes les surfaces 0 ha ; rien n'a donc été écrit. Vérifiez leurs emprises et leurs valeurs sans données.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="198" />
      <source>The item {id} of the report template must be a map.</source>
      <translation>L'élément {id} du modèle de rapport doit être une carte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="136" />
      <source>The item {id} of the report template must be a picture.</source>
      <translation>L'élément {id} du modèle de rapport doit être une image.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="121" />
      <source>The item {id} of the report template must be a table (a manual table).</source>
      <translation>L'élément {id} du modèle de rapport doit être une table (une table manuelle).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="146" />
      <source>The judgements are not consistent (CR = {cr:.3f}, acceptable below 0.10). The judgement that departs most is {row} compared with {column}: {given}, while the weights imply {implied:.2f}; revise it first.</source>
      <translation>Les jugements ne sont pas cohérents (CR = {cr:.3f}, acceptable en dessous de 0,10). Le jugement qui s'écarte le plus est {row} comparé à {column} : {given}, alors que les poids impliquent {implied:.2f} ; révisez-le en premier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="362" />
      <source>The label could not be saved: {errors}</source>
      <translation>L'étiquette n'a pas pu être enregistrée : {errors}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="136" />
      <source>The land type by status file needs the balance table of LDN balance per land type ({key}).</source>
      <translation>Le fichier des types de terres par état nécessite la table de bilan de Bilan NDT par type de terres ({key}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="130" />
      <source>The land unit id {value} of {layer} does not fit a 32-bit integer.</source>
      <translation>L'identifiant d'unité de terres {value} de {layer} ne tient pas dans un entier de 32 bits.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="109" />
      <source>The land units layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>La couche d'unités de terres {layer} n'a pas de système de coordonnées de référence. Attribuez-lui un SCR et réessayez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="145" />
      <source>The land units layer {layer} has no polygon with an id.</source>
      <translation>La couche d'unités de terres {layer} n'a aucun polygone avec un identifiant.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/unitvalues.py" line="52" />
      <source>The land units layer {layer} holds values that are not whole numbers (e.g. {value}). Land units must be whole-number ids.</source>
      <translation>La couche d'unités de terres {layer} contient des valeurs non entières (p. ex. {value}). Les unités de terres doivent être des identifiants entiers.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="119" />
      <location filename="../t2_monitor_plugin/core/performance.py" line="136" />
      <source>The land units of {layer} cannot be reprojected to the raster's coordinate reference system ({error}).</source>
      <translation>Les unités de terres de {layer} ne peuvent pas être reprojetées dans le système de coordonnées de référence du raster ({error}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="33" />
      <source>The land units, as a raster of whole-number unit ids (band 1, on the productivity grid, e.g. land cover x soil) or as polygons (any CRS, burned onto the productivity grid by pixel centre) whose ids are in {LAND_UNITS_FIELD}.</source>
      <translation>Les unités de terres, sous forme de raster d'identifiants entiers d'unités (bande 1, sur la grille de productivité, p. ex. occupation du sol x sol) ou de polygones (tout SCR, rastérisés sur la grille de productivité selon le centre des pixels) dont les identifiants sont dans {LAND_UNITS_FIELD}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="178" />
      <source>The land-cover maps have no coordinate reference system: the transition areas cannot be computed and the table is empty.</source>
      <translation>Les cartes d'occupation du sol n'ont pas de système de coordonnées de référence : les surfaces des transitions ne peuvent pas être calculées et la table est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="124" />
      <source>The land-cover raster {layer} holds decimal values; a categorical raster of whole-number class codes is expected.</source>
      <translation>Le raster d'occupation du sol {layer} contient des valeurs décimales ; un raster catégoriel de codes de classe entiers est attendu.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="263" />
      <source>The land-unit raster {layer} holds {values}; land units must be whole numbers from 0 to {maximum}. Nothing was written.</source>
      <translation>Le raster d'unités de terres {layer} contient {values} ; les unités de terres doivent être des nombres entiers de 0 à {maximum}. Rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="100" />
      <source>The last year ({last}) is before the first year ({first}).</source>
      <translation>La dernière année ({last}) précède la première année ({first}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="104" />
      <source>The layer given for {parameter} cannot be loaded. Check the file or choose another layer.</source>
      <translation>La couche indiquée pour {parameter} ne peut pas être chargée. Vérifiez le fichier ou choisissez une autre couche.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="187" />
      <source>The layer {key} is not a valid raster.</source>
      <translation>La couche {key} n'est pas un raster valide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="356" />
      <source>The layer {layer} cannot be edited.</source>
      <translation>La couche {layer} ne peut pas être modifiée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="104" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="174" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="290" />
      <source>The layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>La couche {layer} n'a pas de système de coordonnées de référence. Attribuez-lui un SCR et réessayez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="309" />
      <source>The layer {layer} has no features: there is nothing to export.</source>
      <translation>La couche {layer} n'a aucune entité : il n'y a rien à exporter.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="92" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="296" />
      <source>The layer {layer} has no field named {field} ({parameter}).</source>
      <translation>La couche {layer} n'a pas de champ nommé {field} ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="300" />
      <source>The layer {layer} has no valid value in the bands used (years {first}-{last}): every pixel is nodata. Check the layer, its nodata value and the period.</source>
      <translation>La couche {layer} n'a aucune valeur valide dans les bandes utilisées (années {first}-{last}) : tous les pixels sont sans données. Vérifiez la couche, sa valeur sans données et la période.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="276" />
      <source>The layer {layer} has none of the fields FERM expects (site name, start year, ecosystems, activities, tenure...). Check that it holds the restoration sites.</source>
      <translation>La couche {layer} n'a aucun des champs attendus par FERM (nom du site, année de début, écosystèmes, activités, régime foncier...). Vérifiez qu'elle contient les sites de restauration.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="112" />
      <source>The layer {layer} holds values that are not whole numbers; land-use codes and capability classes must be whole numbers. Check that the right layer was chosen.</source>
      <translation>La couche {layer} contient des valeurs qui ne sont pas des nombres entiers ; les codes d'usage des terres et les classes de capacité doivent être des nombres entiers. Vérifiez que la bonne couche a été choisie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="127" />
      <source>The layer {layer} holds values {codes} where only {allowed} are expected. Check that the right layer was chosen (and the productivity classes setting).</source>
      <translation>La couche {layer} contient les valeurs {codes} alors que seules {allowed} sont attendues. Vérifiez que la bonne couche a été choisie (et le réglage des classes de productivité).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="101" />
      <source>The layer {layer} is not a file raster (provider {provider}). Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>La couche {layer} n'est pas un raster fichier (fournisseur {provider}). Enregistrez-la d'abord en GeoTIFF (Exporter &gt; Enregistrer sous).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="118" />
      <source>The layer {layer} is not a file raster. Save it as a GeoTIFF first (Export &gt; Save As).</source>
      <translation>La couche {layer} n'est pas un raster fichier. Enregistrez-la d'abord en GeoTIFF (Exporter &gt; Enregistrer sous).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="121" />
      <source>The layer {layer} is not a raster GDAL can read ({reason}). Choose a raster file such as a GeoTIFF.</source>
      <translation>La couche {layer} n'est pas un raster lisible par GDAL ({reason}). Choisissez un fichier raster, par exemple un GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="129" />
      <source>The layer {layer} is not a raster GDAL can read. Choose a raster file such as a GeoTIFF.</source>
      <translation>La couche {layer} n'est pas un raster lisible par GDAL. Choisissez un fichier raster, par exemple un GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="89" />
      <source>The layer {layer} is not a table: use the summary tables of the SDG 15.3.1 indicator.</source>
      <translation>La couche {layer} n'est pas une table : utilisez les tables de synthèse de l'indicateur ODD 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="156" />
      <source>The layout {name} could not be added to the project.</source>
      <translation>La mise en page {name} n'a pas pu être ajoutée au projet.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="62" />
      <source>The legend entry {entry} does not start with a whole-number class code.</source>
      <translation>L'entrée de légende {entry} ne commence pas par un code de classe entier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="65" />
      <source>The legend names the class {code} twice.</source>
      <translation>La légende nomme deux fois la classe {code}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lookup.py" line="21" />
      <source>The lookup table is empty.</source>
      <translation>La table de correspondance est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="128" />
      <source>The loss threshold must be more than 0 and at most 100 percentage points, not {value}.</source>
      <translation>Le seuil de perte doit être supérieur à 0 et au plus égal à 100 points de pourcentage, et non {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="36" />
      <source>The map has no coordinate reference system: the sample cannot be written in longitude and latitude. Assign its CRS first.</source>
      <translation>La carte n'a pas de système de coordonnées de référence : l'échantillon ne peut pas être écrit en longitude et latitude. Attribuez-lui d'abord son SCR.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="149" />
      <source>The map {layer} holds {values}: the degraded land by ecosystem type needs the SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved).</source>
      <translation>La carte {layer} contient {values} : les terres dégradées par type d'écosystème nécessitent la carte ODD 15.3.1 (-1 dégradé, 0 stable, +1 amélioré).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="207" />
      <source>The map {layer} is given twice (as {other} too); each period needs its own SDG 15.3.1 map.</source>
      <translation>La carte {layer} est indiquée deux fois (également comme {other}) ; chaque période a besoin de sa propre carte ODD 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="164" />
      <source>The mapped degraded area of the estimates table ({table} ha) differs from that of the SDG 15.3.1 summary ({mapped} ha): was the accuracy assessment made on another map?</source>
      <translation>La superficie dégradée cartographiée de la table des estimations ({table} ha) diffère de celle du résumé de l'ODD 15.3.1 ({mapped} ha) : l'évaluation de la précision a-t-elle été faite sur une autre carte ?</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="126" />
      <source>The maps have no coordinate reference system: areas cannot be computed and the table is empty.</source>
      <translation>Les cartes n'ont pas de système de coordonnées de référence : les surfaces ne peuvent pas être calculées et la table est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="226" />
      <source>The matrix {source} has {columns} columns but {rows} rows; a square matrix is expected.</source>
      <translation>La matrice {source} a {columns} colonnes mais {rows} lignes ; une matrice carrée est attendue.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="237" />
      <source>The methods file {path} cannot be read as JSON: {error}</source>
      <translation>Le fichier des méthodes {path} ne peut pas être lu comme JSON : {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="251" />
      <source>The methods file {path} lists no algorithm runs (objects with 'algorithm' and 'inputs').</source>
      <translation>Le fichier des méthodes {path} ne liste aucune exécution d'algorithme (objets avec « algorithm » et « inputs »).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="228" />
      <source>The minimum number of valid years (MIN_YEARS) must be at least 3, not {value}.</source>
      <translation>Le nombre minimal d'années valides (MIN_YEARS) doit être d'au moins 3, et non {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="136" />
      <source>The minimum numbers of valid years must be at least 1.</source>
      <translation>Les nombres minimaux d'années valides doivent être d'au moins 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/plugin.py" line="157" />
      <source>The model template {name} cannot be read.</source>
      <translation>Le modèle {name} ne peut pas être lu.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="138" />
      <source>The modelled final SOC is only produced by the stepped method; it is not written.</source>
      <translation>Le COS final modélisé n'est produit que par la méthode échelonnée ; il n'est pas écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="33" />
      <source>The national report as a document: a multi-page PDF made with a QGIS print layout from the outputs of the workflow, in English, Spanish, French or Portuguese ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Pages:&lt;/b&gt; title page ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, plugin version); the map of each indicator given (SDG 15.3.1, degradation status, restoration priority) with legend, scale bar, north arrow, graticule and source line; the headline table (degraded land and its proportion, area under restoration, its percentage of the degraded baseline, the target and what remains to reach it) with the chart of progress towards 2030; the per-zone table; a methods page written from the parameters actually used (read from the input tables, the input layers and their dates, and the workflow runs of {METHODS_FILE}); with {ATLAS}, one page per zone.&lt;br&gt;&lt;br&gt;The figures are those of the input tables, unchanged, with the number format of the language (decimal comma in es/fr/pt). The layout is a template (.qpt) whose items are filled by their ids: copy resources/layouts/t2_report.qpt, restyle it in the layout designer and give it as {TEMPLATE_FILE}; a template without the required item ids is refused with their list. The chart is drawn with matplotlib when it is installed, else with the plugin's own SVG writer (vector in both cases). The PDF is written to a temporary file beside it and moved into place at the end, so a failed or cancelled run leaves no partial PDF.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample-based estimate.&lt;/b&gt; With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the headline table shows the estimate with its 95 % interval beside the mapped (pixel-counted) degraded area, with a footnote on the method (stratified estimator, Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Layout in the project.&lt;/b&gt; With {ADD_LAYOUT_TO_PROJECT}, the filled layout is also added to the project's layouts (named after the reporting year and language, numbered when the name is taken), with the report's styled layers in a hidden layer group, so that it can be edited in the layout designer and printed again. Without a project (qgis_process) the option is ignored with a warning.</source>
      <translation>Le rapport national comme document : un PDF de plusieurs pages réalisé avec une mise en page QGIS à partir des résultats du flux de travail, en anglais, espagnol, français ou portugais ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Pages :&lt;/b&gt; page de titre ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, version de l'extension) ; la carte de chaque indicateur fourni (ODD 15.3.1, état de la dégradation, priorité de restauration) avec légende, barre d'échelle, flèche du nord, graticule et ligne de source ; la table des chiffres clés (terres dégradées et leur proportion, surface en restauration, son pourcentage de la référence dégradée, la cible et ce qui reste pour l'atteindre) avec le graphique de la progression vers 2030 ; la table par zone ; une page des méthodes écrite à partir des paramètres réellement utilisés (lus dans les tables d'entrée, les couches d'entrée et leurs dates, et les exécutions du flux de travail de {METHODS_FILE}) ; avec {ATLAS}, une page par zone.&lt;br&gt;&lt;br&gt;Les chiffres sont ceux des tables d'entrée, inchangés, avec le format numérique de la langue (virgule décimale en es/fr/pt). La mise en page est un modèle (.qpt) dont les éléments sont remplis par leurs identifiants : copiez resources/layouts/t2_report.qpt, changez son style dans le concepteur de mise en page et donnez-le comme {TEMPLATE_FILE} ; un modèle sans les identifiants requis est refusé avec leur liste. Le graphique est dessiné avec matplotlib s'il est installé, sinon avec l'écrivain SVG de l'extension (vectoriel dans les deux cas). Le PDF est écrit dans un fichier temporaire à côté et mis en place à la fin, de sorte qu'une exécution échouée ou annulée ne laisse aucun PDF partiel.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimation par échantillonnage.&lt;/b&gt; Avec la superficie dégradée estimée d'une évaluation de la précision ({ESTIMATES_TABLE}, ou {ESTIMATED_DEGRADED_HA} et {ESTIMATED_CI95_HA}), le tableau des chiffres clés montre l'estimation avec son intervalle à 95 % à côté de la superficie dégradée cartographiée (comptée en pixels), avec une note de bas de page sur la méthode (estimateur stratifié, Olofsson et al. 2014).&lt;br&gt;&lt;br&gt;&lt;b&gt;Mise en page dans le projet.&lt;/b&gt; Avec {ADD_LAYOUT_TO_PROJECT}, la mise en page remplie est aussi ajoutée aux mises en page du projet (nommée d'après l'année de rapport et la langue, numérotée si le nom est pris), avec les couches stylées du rapport dans un groupe de couches masqué, pour pouvoir la modifier dans le composeur de mise en page et l'imprimer à nouveau. Sans projet (qgis_process), l'option est ignorée avec un avertissement.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="149" />
      <source>The output {output} cannot be saved as .{ext}: that format loses or cannot hold the values (or nodata) of a data raster. Use .tif (GeoTIFF).</source>
      <translation>La sortie {output} ne peut pas être enregistrée en .{ext} : ce format perd ou ne peut pas contenir les valeurs (ou les sans données) d'un raster de données. Utilisez .tif (GeoTIFF).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="170" />
      <source>The output {output} cannot be written as .{ext}; use one of: {allowed}.</source>
      <translation>La sortie {output} ne peut pas être écrite en .{ext} ; utilisez l'un de : {allowed}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="119" />
      <location filename="../t2_monitor_plugin/algorithms/outputs.py" line="200" />
      <source>The output {output} is a GDAL virtual path ({path}), which would be lost when the run ends. Give a file on a disk.</source>
      <translation>La sortie {output} est un chemin virtuel GDAL ({path}), qui serait perdu à la fin de l'exécution. Indiquez un fichier sur un disque.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="122" />
      <source>The output {output} is the folder {path}. Give a file name inside it, e.g. {example}.</source>
      <translation>La sortie {output} est le dossier {path}. Indiquez un nom de fichier à l’intérieur, p. ex. {example}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/destinations.py" line="109" />
      <location filename="../t2_monitor_plugin/algorithms/outputs.py" line="218" />
      <source>The output {output} would overwrite the input {path}. Choose another file name.</source>
      <translation>La sortie {output} écraserait l'entrée {path}. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="151" />
      <source>The output {path} cannot be created ({reason}).</source>
      <translation>La sortie {path} ne peut pas être créée ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/chunk_files.py" line="48" />
      <location filename="../t2_monitor_plugin/cli/chunk_files.py" line="96" />
      <location filename="../t2_monitor_plugin/core/output.py" line="170" />
      <source>The output {path} cannot be written ({reason}).</source>
      <translation>La sortie {path} ne peut pas être écrite ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/output.py" line="207" />
      <source>The output {path} cannot be written as {driver} ({reason}).</source>
      <translation>La sortie {path} ne peut pas être écrite au format {driver} ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="167" />
      <source>The output {path} was not written (its temporary file is missing). Run again; if it happens again, report it.</source>
      <translation>La sortie {path} n'a pas été écrite (son fichier temporaire est absent). Relancez ; si cela se reproduit, signalez-le.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="170" />
      <source>The output {path} was written empty, so it was not saved; the disk may be full. Free some space, then run again.</source>
      <translation>La sortie {path} a été écrite vide, elle n'a donc pas été enregistrée ; le disque est peut-être plein. Libérez de l'espace, puis relancez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/outputs.py" line="222" />
      <source>The outputs {first} and {second} were given the same file {path}. Give each output its own file.</source>
      <translation>Les sorties {first} et {second} ont reçu le même fichier {path}. Donnez à chaque sortie son propre fichier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="102" />
      <source>The parameter {old} is deprecated: use {new} (same meaning). Update the model or script; {old} will be removed in a future version.</source>
      <translation>Le paramètre {old} est obsolète : utilisez {new} (même signification). Mettez à jour le modèle ou le script ; {old} sera supprimé dans une version future.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="252" />
      <source>The path goes linearly from 0 ha in the baseline year to the target area in the target year; a year is on track when the area under restoration inside degraded land reaches it.</source>
      <translation>La trajectoire va linéairement de 0 ha l'année de référence à la surface cible l'année de la cible ; une année est en bonne voie quand la surface en restauration dans les terres dégradées l'atteint.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="51" />
      <source>The path to the target goes linearly from 0 ha in {baseline_year} to the target area ({target} ha) in {target_year}.</source>
      <translation>La trajectoire vers la cible va linéairement de 0 ha en {baseline_year} à la surface cible ({target} ha) en {target_year}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="248" />
      <source>The payload ({size} MB) is too large for the FERM API (HTTP 413). Nothing was published. Publish the sites in smaller groups (filter the layer), or simplify their geometry.</source>
      <translation>La charge utile ({size} Mo) est trop volumineuse pour l'API FERM (HTTP 413). Rien n'a été publié. Publiez les sites par groupes plus petits (filtrez la couche), ou simplifiez leur géométrie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="111" />
      <source>The percentile must be between 0 and 100 (got {value}).</source>
      <translation>Le centile doit être compris entre 0 et 100 (reçu : {value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="163" />
      <source>The percentile must be greater than 0 and at most 100 (got {value}).</source>
      <translation>Le centile doit être supérieur à 0 et au plus égal à 100 (reçu : {value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="110" />
      <source>The percentile of land unit(s) {units} is 0 or negative, so no ratio can be computed: their pixels are nodata.</source>
      <translation>Le centile de la ou des unités de terres {units} est nul ou négatif ; aucun ratio ne peut être calculé : leurs pixels sont sans données.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="164" />
      <source>The percentile selection did not converge after {passes} passes over the rasters. Please report this problem.</source>
      <translation>La sélection des centiles n'a pas convergé après {passes} passes sur les rasters. Veuillez signaler ce problème.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="166" />
      <source>The performance threshold must be a positive ratio such as 0.5 (got {value}).</source>
      <translation>Le seuil de performance doit être un ratio positif tel que 0.5 (reçu : {value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="61" />
      <source>The period (one of {PERIOD_NAMES}) whose degraded area the estimate replaces; empty: the last period.</source>
      <translation>La période (l'une de {PERIOD_NAMES}) dont l'estimation remplace la surface dégradée ; vide : la dernière période.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="146" />
      <source>The period end years ({years}) must be whole years separated by commas.</source>
      <translation>Les années de fin de période ({years}) doivent être des années entières séparées par des virgules.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="152" />
      <source>The period end years must increase from one period to the next ({years}).</source>
      <translation>Les années de fin des périodes doivent croître d'une période à la suivante ({years}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="202" />
      <source>The period labels must differ from each other ({labels}).</source>
      <translation>Les libellés des périodes doivent être différents les uns des autres ({labels}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="86" />
      <source>The period names {names} repeat a name: give each period its own name.</source>
      <translation>Les noms de période {names} répètent un nom : donnez à chaque période son propre nom.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="103" />
      <source>The period of the estimate is ignored: no estimated degraded area was given.</source>
      <translation>La période de l'estimation est ignorée : aucune surface dégradée estimée n'a été indiquée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="160" />
      <source>The period {start}-{end} ({period}) has {count} year(s); at least {needed} are needed. Choose a longer period.</source>
      <translation>La période {start}-{end} ({period}) compte {count} année(s) ; il en faut au moins {needed}. Choisissez une période plus longue.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="155" />
      <source>The period {start}-{end} ({period}) is outside the years of {layer}, which has {count} band(s) for {first}-{last}. Choose years inside the stack, or check the year of the first band.</source>
      <translation>La période {start}-{end} ({period}) est en dehors des années de {layer}, qui a {count} bande(s) pour {first}-{last}. Choisissez des années comprises dans la pile, ou vérifiez l'année de la première bande.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="152" />
      <source>The period {start}-{end} ({period}) starts after it ends. Swap the years.</source>
      <translation>La période {start}-{end} ({period}) commence après sa fin. Inversez les années.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="95" />
      <source>The period {start}-{end} leaves no year for the state baseline before its last {recent} years. Choose a longer period or fewer recent years.</source>
      <translation>La période {start}-{end} ne laisse aucune année pour la référence de l'état avant ses {recent} dernières années. Choisissez une période plus longue ou moins d'années récentes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="90" />
      <source>The plot squares file must be a .kml file, not {path}.</source>
      <translation>Le fichier des carrés de placette doit être un fichier .kml, et non {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="128" />
      <source>The points' strata are not their map classes and no map was given: mapped areas are reported as 0.</source>
      <translation>Les strates des points ne sont pas leurs classes de carte et aucune carte n'a été indiquée : les surfaces cartographiées sont rapportées comme 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="116" />
      <source>The polygons of land unit(s) {units} of {layer} contain no pixel centre of the productivity grid; they were not used.</source>
      <translation>Les polygones de la ou des unités de terres {units} de {layer} ne contiennent aucun centre de pixel de la grille de productivité ; ils n'ont pas été utilisés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="90" />
      <source>The polygons of {layer} cannot be reprojected to {target} ({error}). Check the layer's coordinate reference system.</source>
      <translation>Les polygones de {layer} ne peuvent pas être reprojetés en {target} ({error}). Vérifiez le système de coordonnées de référence de la couche.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="333" />
      <source>The project file {path} must hold a JSON object, not {kind}.</source>
      <translation>Le fichier de projet {path} doit contenir un objet JSON, et non {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="113" />
      <source>The raster has no coordinate reference system, so the land units of {layer} cannot be placed on it.</source>
      <translation>Le raster n'a pas de système de coordonnées de référence ; les unités de terres de {layer} ne peuvent pas y être placées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="211" />
      <source>The raster has no coordinate reference system, so the zones of {layer} cannot be placed on it.</source>
      <translation>Le raster n'a pas de système de coordonnées de référence ; les zones de {layer} ne peuvent pas y être placées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="249" />
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="98" />
      <source>The raster layer given for {parameter} cannot be loaded. Check the file or choose another layer.</source>
      <translation>La couche raster indiquée pour {parameter} ne peut pas être chargée. Vérifiez le fichier ou choisissez une autre couche.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="116" />
      <source>The raster layer {layer} cannot be found at {path}. Check the path or choose another layer.</source>
      <translation>La couche raster {layer} est introuvable à l'emplacement {path}. Vérifiez le chemin ou choisissez une autre couche.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="61" />
      <source>The raster the sample was drawn from (the map, or the strata raster): gives the area of every stratum.</source>
      <translation>Le raster à partir duquel l'échantillon a été tiré (la carte, ou le raster de strates) : donne la surface de chaque strate.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ecosystem_degradation.py" line="60" />
      <source>The raster value {value} is given twice in the ecosystem codes.</source>
      <translation>La valeur de raster {value} est indiquée deux fois dans les codes d'écosystème.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="180" />
      <location filename="../t2_monitor_plugin/core/rasters.py" line="217" />
      <source>The raster {layer} cannot be read ({reason}).</source>
      <translation>Le raster {layer} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="303" />
      <location filename="../t2_monitor_plugin/core/rasters.py" line="289" />
      <source>The raster {layer} could not be aligned to the reference grid ({reason}).</source>
      <translation>Le raster {layer} n'a pas pu être aligné sur la grille de référence ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="182" />
      <source>The raster {layer} has an invalid geotransform (zero pixel size).</source>
      <translation>Le raster {layer} a un géoréférencement invalide (taille de pixel nulle).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="144" />
      <source>The raster {layer} has no coordinate reference system, so it cannot be aligned. Assign its CRS first.</source>
      <translation>Le raster {layer} n'a pas de système de coordonnées de référence ; il ne peut pas être aligné. Attribuez-lui d'abord son SCR.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/areas.py" line="176" />
      <source>The raster {layer} has no geographic or projected coordinate reference system, so the true area of its pixels cannot be computed. Assign it a CRS and try again.</source>
      <translation>Le raster {layer} n'a pas de système de coordonnées de référence géographique ou projeté ; la surface réelle de ses pixels ne peut pas être calculée. Attribuez-lui un SCR et réessayez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="113" />
      <source>The raster {layer} has no pixel with a value: there is nothing to sample.</source>
      <translation>Le raster {layer} n'a aucun pixel avec une valeur : il n'y a rien à échantillonner.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="236" />
      <source>The raster {layer} has no valid (non-excluded) pixel to classify.</source>
      <translation>Le raster {layer} n'a aucun pixel valide (non exclu) à classer.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="175" />
      <source>The raster {layer} has {count} band(s); band(s) {bands} do not exist.</source>
      <translation>Le raster {layer} a {count} bande(s) ; la ou les bandes {bands} n'existent pas.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="134" />
      <source>The raster {layer} holds codes beyond +-1,000,000,000; reclassify it to smaller class codes first.</source>
      <translation>Le raster {layer} contient des codes au-delà de +-1,000,000,000 ; reclassez-le d'abord en codes de classe plus petits.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="131" />
      <source>The raster {layer} holds decimal values; a sample design needs a categorical raster of whole-number codes.</source>
      <translation>Le raster {layer} contient des valeurs décimales ; un plan d'échantillonnage nécessite un raster catégoriel de codes entiers.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classareas.py" line="63" />
      <source>The raster {layer} holds decimal values; class areas need a categorical raster of whole-number codes.</source>
      <translation>Le raster {layer} contient des valeurs décimales ; les surfaces par classe nécessitent un raster catégoriel de codes entiers.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/agreement.py" line="131" />
      <source>The raster {layer} holds decimal values; map agreement needs categorical rasters of whole-number codes.</source>
      <translation>Le raster {layer} contient des valeurs décimales ; la concordance des cartes nécessite des rasters catégoriels de codes entiers.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="264" />
      <source>The raster {layer} holds no data: every pixel of band(s) {bands} is nodata ({nodata}) or NaN, so every result would be nodata and every area 0 ha. Check the layer and its nodata value, or choose another layer.</source>
      <translation>Le raster {layer} ne contient aucune donnée : chaque pixel de la ou des bandes {bands} est sans données ({nodata}) ou NaN, donc chaque résultat serait sans données et chaque surface de 0 ha. Vérifiez la couche et sa valeur sans données, ou choisissez une autre couche.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="259" />
      <source>The raster {layer} holds no data: every pixel of band(s) {bands} is nodata ({nodata}) or NaN, so it would count as missing everywhere and the results would silently ignore it. Check the layer and its nodata value, or choose another layer; if it really marks nothing in this area (no water, no protected land), leave it out.</source>
      <translation>Le raster {layer} ne contient aucune donnée : chaque pixel de la ou des bandes {bands} est sans données ({nodata}) ou NaN, il compterait donc comme absent partout et les résultats l'ignoreraient silencieusement. Vérifiez la couche et sa valeur sans données, ou choisissez une autre couche ; si elle ne marque vraiment rien dans cette zone (pas d'eau, pas d'aires protégées), laissez-la de côté.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/rasters.py" line="170" />
      <source>The raster {layer} is rotated or not north-up. Warp it to a north-up grid (Raster &gt; Projections &gt; Warp) first.</source>
      <translation>Le raster {layer} est pivoté ou non orienté au nord. Reprojetez-le d'abord sur une grille orientée au nord (Raster &gt; Projections &gt; Projection (warp)).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/grid.py" line="146" />
      <source>The raster {layer} reaches beyond the poles: its point ({x}, {y}) is outside what its projection can map (it comes back as latitude {lat}). Its georeferencing or CRS is wrong; no area can be computed on it.</source>
      <translation>Le raster {layer} s'étend au-delà des pôles : son point ({x}, {y}) est hors de ce que sa projection peut représenter (il revient en latitude {lat}). Son géoréférencement ou son SCR est erroné ; aucune surface ne peut être calculée sur ce raster.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/grid.py" line="121" />
      <source>The raster {layer} reaches latitude {south} to {north} degrees, beyond the poles (+-90). Its georeferencing is wrong (check the origin, pixel size and CRS); no area can be computed on it.</source>
      <translation>Le raster {layer} s'étend de la latitude {south} à {north} degrés, au-delà des pôles (+-90). Son géoréférencement est erroné (vérifiez l'origine, la taille des pixels et le SCR) ; aucune surface ne peut y être calculée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/grid.py" line="126" />
      <source>The raster {layer} spans {span} degrees of longitude, more than the whole globe (360), so its pixels would be counted twice. Check its georeferencing.</source>
      <translation>Le raster {layer} couvre {span} degrés de longitude, plus que le globe entier (360) : ses pixels seraient donc comptés deux fois. Vérifiez son géoréférencement.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/engine.py" line="131" />
      <source>The rasters are not on the same grid as {layer} ({differences}). Choose a reference layer to align them to, or resample them first.</source>
      <translation>Les rasters ne sont pas sur la même grille que {layer} ({differences}). Choisissez une couche de référence sur laquelle les aligner, ou rééchantillonnez-les d'abord.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="113" />
      <source>The recent period {start}-{end} is outside the years of {layer} ({first}-{last}). Choose years inside the stack, or check the year of the first band.</source>
      <translation>La période récente {start}-{end} est en dehors des années de {layer} ({first}-{last}). Choisissez des années comprises dans la pile, ou vérifiez l'année de la première bande.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="140" />
      <source>The recent period {start}-{end} must start after the baseline period {base_start}-{base_end} ends. Choose a later recent period or an earlier baseline.</source>
      <translation>La période récente {start}-{end} doit commencer après la fin de la période de référence {base_start}-{base_end}. Choisissez une période récente plus tardive ou une référence plus ancienne.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="109" />
      <source>The recent period {start}-{end} starts after it ends. Swap the years.</source>
      <translation>La période récente {start}-{end} commence après sa fin. Inversez les années.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="96" />
      <source>The reclassification {source} sends codes to {values}; the UNCCD classes are 1 to 7.</source>
      <translation>Le reclassement {source} envoie des codes vers {values} ; les classes CNULCD vont de 1 à 7.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="109" />
      <source>The report (.pdf).</source>
      <translation>Le rapport (.pdf).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="347" />
      <source>The report could not be written to {path}.</source>
      <translation>Le rapport n'a pas pu être écrit dans {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="305" />
      <source>The report layout was added to the project as {name}.</source>
      <translation>La mise en page du rapport a été ajoutée au projet sous le nom {name}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="66" />
      <source>The report template {path} cannot be read: {error}</source>
      <translation>Le modèle de rapport {path} ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="76" />
      <source>The report template {path} could not be loaded as a print layout.</source>
      <translation>Le modèle de rapport {path} n'a pas pu être chargé comme mise en page.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="70" />
      <source>The report template {path} is not a QGIS print layout template (.qpt).</source>
      <translation>Le modèle de rapport {path} n'est pas un modèle de mise en page QGIS (.qpt).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/report_layout.py" line="80" />
      <source>The report template {path} lacks the items {ids}: copy them from the default template (resources/layouts/t2_report.qpt) and keep their item ids.</source>
      <translation>Il manque au modèle de rapport {path} les éléments {ids} : copiez-les depuis le modèle par défaut (resources/layouts/t2_report.qpt) et gardez leurs identifiants.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration_periods.py" line="63" />
      <source>The reporting period {period} ends before it starts.</source>
      <translation>La période de rapport {period} se termine avant de commencer.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration_periods.py" line="58" />
      <source>The reporting period {period} is not written as start-end years (e.g. 2016-2019) or as one year; separate periods with commas.</source>
      <translation>La période de rapport {period} n'est pas écrite en années début-fin (p. ex. 2016-2019) ni en une seule année ; séparez les périodes par des virgules.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration_periods.py" line="65" />
      <source>The reporting period {period} starts before the end of {previous}: give the periods in order, without overlaps.</source>
      <translation>La période de rapport {period} commence avant la fin de {previous} : indiquez les périodes dans l'ordre, sans chevauchement.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="266" />
      <source>The restoration sites have no coordinate reference system. Assign the layer a CRS and try again.</source>
      <translation>Les sites de restauration n'ont pas de système de coordonnées de référence. Attribuez un SCR à la couche et réessayez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="162" />
      <source>The restoration sites layer {layer} has no polygons. Use a polygon layer with at least one non-empty feature.</source>
      <translation>La couche de sites de restauration {layer} n'a aucun polygone. Utilisez une couche de polygones avec au moins une entité non vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="57" />
      <source>The row and column labels of the transition matrix {source} must start with the UNCCD classes 1 to 7 in order, not {codes}.</source>
      <translation>Les libellés des lignes et colonnes de la matrice de transition {source} doivent commencer par les classes CNULCD 1 à 7 dans l'ordre, et non {codes}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="69" />
      <source>The row of class {code} of {layer} has no estimated area or no interval.</source>
      <translation>La ligne de la classe {code} de {layer} n'a pas de surface estimée ou pas d'intervalle.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ldnresponse.py" line="119" />
      <source>The rules file {path} cannot be found.</source>
      <translation>Le fichier de règles {path} est introuvable.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="211" />
      <source>The rules file {path} must hold a list of objects with the keys criterion, type, rule and weight.</source>
      <translation>Le fichier de règles {path} doit contenir une liste d'objets avec les clés criterion, type, rule et weight.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="60" />
      <source>The rules file {path} needs a list named 'rules'.</source>
      <translation>Le fichier de règles {path} nécessite une liste nommée 'rules'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="183" />
      <source>The run was cancelled; no output was written.</source>
      <translation>L'exécution a été annulée ; aucune sortie n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="95" />
      <source>The same as a raster in {LAND_UNITS_LAYER}, under the key of earlier versions. Give one land unit layer only.</source>
      <translation>Identique à un raster dans {LAND_UNITS_LAYER}, sous la clé des versions antérieures. N'indiquez qu'une seule couche d'unités de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="44" />
      <source>The same as a raster in {LAND_UNITS_LAYER}, under the key of earlier versions: raster of whole-number land unit ids (band 1) on the productivity grid. Give one land unit layer only.</source>
      <translation>Identique à un raster dans {LAND_UNITS_LAYER}, sous la clé des versions antérieures : raster d'identifiants entiers d'unités de terres (bande 1) sur la grille de productivité. N'indiquez qu'une seule couche d'unités de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="99" />
      <source>The same as polygons in {LAND_UNITS_LAYER}, under the key of earlier versions, with {LAND_UNIT_FIELD}. Give one land unit layer only.</source>
      <translation>Identique à des polygones dans {LAND_UNITS_LAYER} avec {LAND_UNIT_FIELD}, sous la clé des versions antérieures. N'indiquez qu'une seule couche d'unités de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="48" />
      <source>The same as polygons in {LAND_UNITS_LAYER}, under the key of earlier versions: polygons of the land units (any CRS) with their ids in {LAND_UNITS_FIELD}. Give one land unit layer only.</source>
      <translation>Identique à des polygones dans {LAND_UNITS_LAYER}, sous la clé des versions antérieures : polygones des unités de terres (tout SCR) avec leurs identifiants dans {LAND_UNITS_FIELD}. N'indiquez qu'une seule couche d'unités de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="93" />
      <source>The same rows as a CSV file (UTF-8).</source>
      <translation>Les mêmes lignes en fichier CSV (UTF-8).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="100" />
      <source>The same rows without geometry.</source>
      <translation>Les mêmes lignes sans géométrie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="80" />
      <source>The same seed, map and settings always draw the same sample.</source>
      <translation>La même graine, la même carte et les mêmes réglages tirent toujours le même échantillon.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="94" />
      <source>The same table as a CSV file (code, class; a header row and lines starting with # are allowed). Used when the table parameter is empty; replaces the preset.</source>
      <translation>La même table sous forme de fichier CSV (code, classe ; une ligne d'en-tête et des lignes commençant par # sont admises). Utilisée quand le paramètre de table est vide ; remplace le préréglage.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="204" />
      <source>The sample has no stratum_pixels field: it cannot be checked that it was drawn from this version of the strata raster.</source>
      <translation>L'échantillon n'a pas de champ stratum_pixels : il est impossible de vérifier qu'il a été tiré de cette version du raster de strates.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="106" />
      <source>The sample layer {layer} has no field {field} ({parameter}).</source>
      <translation>La couche d'échantillon {layer} n'a pas de champ {field} ({parameter}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="115" />
      <source>The sample layer {layer} has no point with a reference label.</source>
      <translation>La couche d'échantillon {layer} n'a aucun point avec une étiquette de référence.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="101" />
      <source>The sample point layer cannot be loaded.</source>
      <translation>La couche de points d'échantillon ne peut pas être chargée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="114" />
      <source>The sample region could not be prepared: {error}</source>
      <translation>La région d'exemple n'a pas pu être préparée : {error}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/sample_project.py" line="119" />
      <source>The sample region is ready in {folder}; it was not opened.</source>
      <translation>La région d'exemple est prête dans {folder} ; elle n'a pas été ouverte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_api.py" line="225" />
      <source>The secure connection to the FERM API at {url} failed ({reason}). Nothing was sent. Check the computer's date and the SSL settings in Settings › Options › Authentication; do not publish through a network that intercepts https.</source>
      <translation>La connexion sécurisée à l'API FERM à l'adresse {url} a échoué ({reason}). Rien n'a été envoyé. Vérifiez la date de l'ordinateur et les paramètres SSL dans Préférences › Options › Authentification ; ne publiez pas via un réseau qui intercepte le https.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="75" />
      <source>The sheet of land types by status as a CSV file (UTF-8); needs {LDN_BALANCE}.</source>
      <translation>La feuille des types de terres par état en fichier CSV (UTF-8) ; nécessite {LDN_BALANCE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="225" />
      <source>The significance level (ALPHA) must be between 0 and 1, not {value}.</source>
      <translation>Le seuil de signification (ALPHA) doit être compris entre 0 et 1, et non {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="139" />
      <source>The site field FERM and GEF ask for</source>
      <translation>Le champ de site demandé par FERM et le GEF</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="261" />
      <source>The site layer {layer} has no site. Choose a layer with restoration site polygons (or check its filter).</source>
      <translation>La couche de sites {layer} n'a aucun site. Choisissez une couche de polygones de sites de restauration (ou vérifiez son filtre).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="98" />
      <source>The site polygons with the estimate, p-value, class and reason (styled by class).</source>
      <translation>Les polygones des sites avec l'estimation, la valeur p, la classe et le motif (stylés par classe).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="50" />
      <source>The state compares the mean of the last years of the period (default 3) with the deciles of the earlier years.</source>
      <translation>L'état compare la moyenne des dernières années de la période (3 par défaut) aux déciles des années antérieures.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/status.py" line="38" />
      <source>The status matrix {path} must have rows and columns -1, 0 and 1.</source>
      <translation>La matrice d'état {path} doit avoir les lignes et colonnes -1, 0 et 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="115" />
      <source>The stepped method needs the climate zones: give a climate-zone raster ({raster}) or choose the zone of the whole area ({zone}).</source>
      <translation>La méthode échelonnée nécessite les zones climatiques : indiquez un raster de zones climatiques ({raster}) ou choisissez la zone de toute la région ({zone}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="146" />
      <source>The stepped method needs the initial and final land-cover maps ({initial}, {final}), or choose the two-maps method.</source>
      <translation>La méthode échelonnée nécessite les cartes d'occupation du sol initiale et finale ({initial}, {final}) ; sinon, choisissez la méthode à deux cartes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/class_labels.py" line="250" />
      <source>The style {path} could not be read for class names ({reason}); the classes are named by their codes.</source>
      <translation>Le style {path} n'a pas pu être lu pour les noms des classes ({reason}) ; les classes sont nommées par leurs codes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="48" />
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="89" />
      <source>The table file {path} cannot be found.</source>
      <translation>Le fichier de table {path} est introuvable.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="54" />
      <source>The table file {path} cannot be read ({reason}).</source>
      <translation>Le fichier de table {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="63" />
      <source>The table file {path} is not a text CSV file (it holds NUL bytes; a UTF-16 or binary spreadsheet file?). Save it as 'CSV UTF-8' and try again.</source>
      <translation>Le fichier de table {path} n'est pas un fichier CSV texte (il contient des octets NUL ; un fichier UTF-16 ou un classeur binaire ?). Enregistrez-le en 'CSV UTF-8' et réessayez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="75" />
      <source>The table of 'Area under restoration (GBF 2.1)' (fields disaggregation, value, year, area_under_restoration_ha, ...).</source>
      <translation>La table de 'Surface en restauration (CMB 2.1)' (champs disaggregation, value, year, area_under_restoration_ha, ...).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="144" />
      <source>The table {key} is missing.</source>
      <translation>La table {key} manque.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="68" />
      <source>The table {layer} has comparisons {values}, which are not those of LDN balance per land type (map, vs_baseline, vs_previous): use its balance table.</source>
      <translation>La table {layer} a les comparaisons {values}, qui ne sont pas celles de Bilan NDT par type de terres (map, vs_baseline, vs_previous) : utilisez sa table de bilan.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="193" />
      <source>The table {layer} has no 'total' row: it is not the table of Area under restoration.</source>
      <translation>La table {layer} n'a pas de ligne 'total' : ce n'est pas la table de Surface en restauration.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="265" />
      <source>The table {layer} has no degraded class row (kind 'class', class -1): use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>La table {layer} n'a pas de ligne de classe dégradée (kind 'class', class -1) : utilisez la table de synthèse de l'indicateur ODD 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="109" />
      <source>The table {layer} has no degraded/stable/improved or total land rows for {zone}: use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>La table {layer} n'a pas de lignes dégradé/stable/amélioré ou de surface terrestre totale pour {zone} : utilisez la table de synthèse de l'indicateur ODD 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="162" />
      <source>The table {layer} has no field(s) {fields}: it is not {what}. Use the table written by that algorithm.</source>
      <translation>La table {layer} n'a pas le ou les champs {fields} : ce n'est pas {what}. Utilisez la table écrite par cet algorithme.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="185" />
      <source>The table {layer} has no rows: run Area under restoration first and use its table.</source>
      <translation>La table {layer} n'a aucune ligne : exécutez d'abord Surface en restauration et utilisez sa table.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="127" />
      <source>The table {layer} has no rows: use the areas table of Degradation status.</source>
      <translation>La table {layer} n'a aucune ligne : utilisez la table des surfaces d'État de la dégradation.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="64" />
      <source>The table {layer} has no rows: use the balance table of LDN balance per land type.</source>
      <translation>La table {layer} n'a aucune ligne : utilisez la table de bilan de Bilan NDT par type de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="96" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="139" />
      <source>The table {layer} has no rows: use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>La table {layer} n'a aucune ligne : utilisez la table de synthèse de l'indicateur ODD 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="146" />
      <source>The table {layer} has no status class rows for {zone}: use the areas table of Degradation status.</source>
      <translation>La table {layer} n'a pas de lignes de classes d'état pour {zone} : utilisez la table des surfaces d'État de la dégradation.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="243" />
      <source>The table {layer} has no total land area (a 'total_land' row of level 'total' with area_ha): the estimated degraded area cannot be turned into a proportion. Use the summary table of the SDG 15.3.1 indicator.</source>
      <translation>La table {layer} n'a pas de surface terrestre totale (une ligne 'total_land' de niveau 'total' avec area_ha) : la surface dégradée estimée ne peut pas être convertie en proportion. Utilisez la table de synthèse de l'indicateur ODD 15.3.1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/estimates.py" line="62" />
      <source>The table {layer} has {count} row(s) of class {code}: use the area estimates table of Accuracy assessment of a map whose degraded class is {code}.</source>
      <translation>La table {layer} a {count} ligne(s) de la classe {code} : utilisez la table des estimations de surface d'Évaluation de la précision d'une carte dont la classe dégradée est {code}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="147" />
      <source>The table {name} is empty.</source>
      <translation>La table {name} est vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sample_export.py" line="111" />
      <location filename="../t2_monitor_plugin/core/tables.py" line="108" />
      <source>The table {path} cannot be written ({reason}).</source>
      <translation>La table {path} ne peut pas être écrite ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables.py" line="128" />
      <source>The table {path} was written but does not read back with its {count} rows (sheet {sheet}).</source>
      <translation>La table {path} a été écrite, mais sa relecture ne redonne pas ses {count} lignes (feuille {sheet}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="75" />
      <location filename="../t2_monitor_plugin/core/overuse.py" line="88" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="187" />
      <source>The table {source} has no rows.</source>
      <translation>La table {source} n'a aucune ligne.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="255" />
      <source>The table {source} has {count} cells, which is not a whole number of rows of {columns} columns.</source>
      <translation>La table {source} a {count} cellules, ce qui ne fait pas un nombre entier de lignes de {columns} colonnes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="70" />
      <source>The target ({TARGET_PCT}) in hectares.</source>
      <translation>La cible ({TARGET_PCT}) en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="73" />
      <source>The target standard error of overall accuracy must be between 0 and 1, not {value}.</source>
      <translation>L'erreur type visée de la précision globale doit être comprise entre 0 et 1, et non {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="103" />
      <source>The target year ({target}) must be after the baseline year ({baseline}).</source>
      <translation>L'année de l'objectif ({target}) doit être postérieure à l'année de référence ({baseline}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="48" />
      <source>The transition matrix {source} holds {values}; only -1 (degradation), 0 (stable) and 1 (improvement) are allowed.</source>
      <translation>La matrice de transition {source} contient {values} ; seuls -1 (dégradation), 0 (stable) et 1 (amélioration) sont admis.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="44" />
      <location filename="../t2_monitor_plugin/core/landcover.py" line="75" />
      <source>The transition matrix {source} must have 7 rows and 7 columns (the UNCCD classes 1-7), not {shape}.</source>
      <translation>La matrice de transition {source} doit avoir 7 lignes et 7 colonnes (les classes CNULCD 1-7), et non {shape}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/coverloss.py" line="100" />
      <source>The tree-cover layer {layer} holds values from {low} to {high}; tree cover must be a percentage from 0 to 100. Rescale it (e.g. multiply fractions by 100) or choose the right layer.</source>
      <translation>La couche de couvert arboré {layer} contient des valeurs de {low} à {high} ; le couvert arboré doit être un pourcentage de 0 à 100. Remettez-la à l'échelle (p. ex. multipliez les fractions par 100) ou choisissez la bonne couche.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="123" />
      <source>The two maps have no valid pixel in common; nothing was compared.</source>
      <translation>Les deux cartes n'ont aucun pixel valide en commun ; rien n'a été comparé.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="135" />
      <source>The two-maps method needs the final SOC map ({parameter}), or choose the stepped method.</source>
      <translation>La méthode à deux cartes nécessite la carte de COS finale ({parameter}) ; sinon, choisissez la méthode échelonnée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_files.py" line="192" />
      <source>The upload package {path} must be a .zip file.</source>
      <translation>Le paquet d'envoi {path} doit être un fichier .zip.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/percentiles.py" line="187" />
      <source>The values of {layer} are too large to compute percentiles ({low} to {high}).</source>
      <translation>Les valeurs de {layer} sont trop grandes pour calculer des centiles ({low} à {high}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="97" />
      <source>The vector file {path} has no layer {layer}.</source>
      <translation>Le fichier vecteur {path} n'a pas de couche {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="94" />
      <source>The vector layer {path} cannot be opened.</source>
      <translation>La couche vecteur {path} ne peut pas être ouverte.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="335" />
      <source>The weighted overlay algorithm ({id}) is not available; copy the weights instead.</source>
      <translation>L'algorithme de superposition pondérée ({id}) n'est pas disponible ; copiez plutôt les poids.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="123" />
      <source>The weights after normalisation to sum 1, comma-separated, in criteria order.</source>
      <translation>Les poids après normalisation pour sommer à 1, séparés par des virgules, dans l'ordre des critères.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="59" />
      <source>The weights table {layer} has no field named {field}.</source>
      <translation>La table des poids {layer} n'a pas de champ nommé {field}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="59" />
      <source>The window size must be an odd whole number of pixels from 3 to {maximum} (3, 5, 7, ...), not {window}.</source>
      <translation>La taille de fenêtre doit être un nombre entier impair de pixels de 3 à {maximum} (3, 5, 7, ...), et non {window}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/fragmentation.py" line="62" />
      <source>The window size {window} is larger than the raster {layer} ({width} x {height} pixels). Choose a smaller window.</source>
      <translation>La taille de fenêtre {window} dépasse celle du raster {layer} ({width} x {height} pixels). Choisissez une fenêtre plus petite.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="125" />
      <source>The year of the first band of {layer} cannot be read from its band names. Set the year of the first band (FIRST_YEAR).</source>
      <translation>L'année de la première bande de {layer} ne peut pas être lue dans les noms de ses bandes. Indiquez l'année de la première bande (FIRST_YEAR).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="174" />
      <source>The year(s) {years} are not in {layer} ({first}-{last}).</source>
      <translation>La ou les années {years} ne sont pas dans {layer} ({first}-{last}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="208" />
      <source>The years of {layer} must increase from band to band.</source>
      <translation>Les années de {layer} doivent croître d'une bande à l'autre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="314" />
      <source>The zone layer {layer} cannot be opened as a vector layer.</source>
      <translation>La couche de zones {layer} ne peut pas être ouverte comme couche vecteur.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="207" />
      <source>The zone layer {layer} has no coordinate reference system. Assign it a CRS and try again.</source>
      <translation>La couche de zones {layer} n'a pas de système de coordonnées de référence. Attribuez-lui un SCR et réessayez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/headless.py" line="285" />
      <location filename="../t2_monitor_plugin/core/zones.py" line="321" />
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="168" />
      <source>The zone layer {layer} has no field named {field}.</source>
      <translation>La couche de zones {layer} n'a pas de champ nommé {field}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="254" />
      <location filename="../t2_monitor_plugin/core/zones.py" line="226" />
      <source>The zone layer {layer} has no polygons: use a polygon layer with at least one non-empty feature.</source>
      <translation>La couche de zones {layer} n'a aucun polygone : utilisez une couche de polygones avec au moins une entité non vide.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zonal.py" line="405" />
      <source>The zone {zone} does not overlap the raster {layer}; it has no rows.</source>
      <translation>La zone {zone} ne recouvre pas le raster {layer} ; elle n'a aucune ligne.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zonal.py" line="412" />
      <source>The zone {zone} extends beyond the raster {layer}: {outside} ha of its {total} ha are outside and not counted.</source>
      <translation>La zone {zone} déborde du raster {layer} : {outside} ha de ses {total} ha sont à l'extérieur et ne sont pas comptés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/zones.py" line="280" />
      <location filename="../t2_monitor_plugin/core/zones.py" line="296" />
      <source>The zones of {layer} cannot be reprojected to the raster's coordinate reference system ({error}).</source>
      <translation>Les zones de {layer} ne peuvent pas être reprojetées dans le système de coordonnées de référence du raster ({error}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="258" />
      <source>There are {labels} category labels for {count} categories ({breaks} breaks).</source>
      <translation>Il y a {labels} libellés de catégorie pour {count} catégories ({breaks} seuils).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="187" />
      <source>There are {rules} scoring rules (with their weights) for {count} criterion rasters; give exactly one rule per criterion.</source>
      <translation>Il y a {rules} règles de score (avec leurs poids) pour {count} rasters de critère ; indiquez exactement une règle par critère.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="179" />
      <source>There is no period named {period} for the estimated degraded area: name one of {names} (ESTIMATE_PERIOD).</source>
      <translation>Il n'y a pas de période nommée {period} pour la surface dégradée estimée : nommez l'une de {names} (ESTIMATE_PERIOD).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="154" />
      <source>There is no preset number {index}.</source>
      <translation>Il n'existe pas de préréglage numéro {index}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="296" />
      <source>There is no project to add the report layout to (e.g. in qgis_process): only the PDF was written.</source>
      <translation>Il n'y a pas de projet auquel ajouter la mise en page du rapport (p. ex. dans qgis_process) : seul le PDF a été écrit.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="80" />
      <source>This report</source>
      <translation>Ce rapport</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="47" />
      <source>Three classes (-1/0/+1)</source>
      <translation>Trois classes (-1/0/+1)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="102" />
      <source>Three-class view: 1-2 degraded (-1), 3-4 stable (0), 5 improved (+1).</source>
      <translation>Vue en trois classes : 1-2 dégradé (-1), 3-4 stable (0), 5 amélioré (+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="74" />
      <source>Three-class view: LPD 1-2 -&gt; -1, 3-4 -&gt; 0, 5 -&gt; +1.</source>
      <translation>Vue en trois classes : LPD 1-2 -&gt; -1, 3-4 -&gt; 0, 5 -&gt; +1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="93" />
      <source>Title (required)</source>
      <translation>Titre (obligatoire)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="194" />
      <source>Title of the FERM project.</source>
      <translation>Titre du projet FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="91" />
      <source>Title of the project in FERM (required for the API payload)</source>
      <translation>Titre du projet dans FERM (obligatoire pour la charge utile de l'API)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="56" />
      <source>Too early to tell</source>
      <translation>Trop tôt pour conclure</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="66" />
      <source>Top class in the base run: {area:.2f} ha (weights {weights}).</source>
      <translation>Classe supérieure dans l'exécution de base : {area:.2f} ha (poids {weights}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="42" />
      <source>Top-class share</source>
      <translation>Part dans la classe supérieure</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="47" />
      <source>Total area (ha)</source>
      <translation>Surface totale (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="42" />
      <source>Total land area</source>
      <translation>Surface terrestre totale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="103" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="96" />
      <source>Total land area (ha)</source>
      <translation>Surface terrestre totale (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="114" />
      <source>Total of {AREA_TABLE}.</source>
      <translation>Total de {AREA_TABLE}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="67" />
      <source>Total sample size (0 = from the target standard error)</source>
      <translation>Taille totale de l'échantillon (0 = d'après l'erreur type visée)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="71" />
      <source>Trajectory sub-indicator (-1/0/+1), e.g. from Productivity trajectory. Needed in the combine mode.</source>
      <translation>Sous-indicateur de trajectoire (-1/0/+1), p. ex. issu de Trajectoire de la productivité. Nécessaire en mode combinaison.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="76" />
      <source>Trajectory sub-indicator (-1/0/+1).</source>
      <translation>Sous-indicateur de trajectoire (-1/0/+1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="16" />
      <source>Trajectory sub-indicator of land productivity (SDG 15.3.1): the Mann-Kendall trend test of an annual vegetation index, pixel by pixel, on the years of the analysis period.&lt;br&gt;&lt;br&gt;Each pixel uses only its valid years (years with nodata are left out); pixels with fewer than {MIN_YEARS} valid years are nodata. S is the sum of the signs of all later-minus-earlier differences; its variance is n(n-1)(2n+5)/18 corrected for ties with the pixel's own groups of equal values; Z = (S-1)/sqrt(Var) for S &gt; 0, (S+1)/sqrt(Var) for S &lt; 0, else 0; p = 2(1 - Phi(|Z|)) is two-sided. {OUTPUT} is -1 where p &lt;= {ALPHA} and Z &lt; 0 (significant decline), +1 where p &lt;= {ALPHA} and Z &gt; 0 (significant increase), else 0 (Int16, nodata -32768).&lt;br&gt;&lt;br&gt;{SLOPE} is Sen's slope, the median of the slopes between all pairs of valid years, in the index's units per year (the band scale is applied: an NDVI stored x 10000 with scale 0.0001 gives NDVI per year). The optional {Z} and {P} rasters hold the test statistic and its p-value. The same statistics as pymannkendall's original_test, computed offline for every pixel.</source>
      <translation>Sous-indicateur de trajectoire de la productivité des terres (ODD 15.3.1) : le test de tendance de Mann-Kendall d'un indice de végétation annuel, pixel par pixel, sur les années de la période d'analyse.&lt;br&gt;&lt;br&gt;Chaque pixel n'utilise que ses années valides (les années sans données sont exclues) ; les pixels ayant moins de {MIN_YEARS} années valides sont sans données. S est la somme des signes de toutes les différences entre une année ultérieure et une année antérieure ; sa variance est n(n-1)(2n+5)/18, corrigée des ex aequo à l'aide des groupes de valeurs égales propres au pixel ; Z = (S-1)/sqrt(Var) pour S &gt; 0, (S+1)/sqrt(Var) pour S &lt; 0, sinon 0 ; p = 2(1 - Phi(|Z|)) est bilatéral. {OUTPUT} vaut -1 là où p &lt;= {ALPHA} et Z &lt; 0 (baisse significative), +1 là où p &lt;= {ALPHA} et Z &gt; 0 (hausse significative), sinon 0 (Int16, sans données -32768).&lt;br&gt;&lt;br&gt;{SLOPE} est la pente de Sen, la médiane des pentes entre toutes les paires d'années valides, en unités de l'indice par an (l'échelle de bande est appliquée : un NDVI stocké x 10000 avec une échelle de 0.0001 donne du NDVI par an). Les rasters facultatifs {Z} et {P} contiennent la statistique du test et sa valeur p. Ce sont les mêmes statistiques que original_test de pymannkendall, calculées hors ligne pour chaque pixel.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="79" />
      <source>Trajectory {start}-{end}: {down} pixel(s) ({down_ha} ha) with a significant decline, {flat} ({flat_ha} ha) without a significant trend, {up} ({up_ha} ha) with a significant increase.</source>
      <translation>Trajectoire {start}-{end} : {down} pixel(s) ({down_ha} ha) avec une baisse significative, {flat} ({flat_ha} ha) sans tendance significative, {up} ({up_ha} ha) avec une hausse significative.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="56" />
      <source>Trajectory: minimum valid years</source>
      <translation>Trajectoire : nombre minimal d'années valides</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="53" />
      <source>Trajectory: significance level</source>
      <translation>Trajectoire : seuil de signification</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="145" />
      <source>Transition areas</source>
      <translation>Surfaces des transitions</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="147" />
      <source>Transition areas file (CSV or XLSX)</source>
      <translation>Fichier des surfaces des transitions (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="127" />
      <source>Transition matrix</source>
      <translation>Matrice de transition</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="132" />
      <source>Transition matrix CSV</source>
      <translation>CSV de la matrice de transition</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="77" />
      <source>Tree cover lost (percentage points)</source>
      <translation>Couvert arboré perdu (points de pourcentage)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="44" />
      <source>Tree-cover percentage maps + loss threshold</source>
      <translation>Cartes de pourcentage de couvert arboré + seuil de perte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Tree-covered</source>
      <translation>Couvert arboré</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="77" />
      <source>True (ellipsoidal) area of overuse, in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) en surexploitation, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="75" />
      <source>True (ellipsoidal) area of proper use, in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) en utilisation appropriée, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="29" />
      <source>True (ellipsoidal) area of the LPD class, in hectares; empty when the rasters have no coordinate reference system.</source>
      <translation>Surface réelle (ellipsoïdale) de la classe LPD, en hectares ; vide lorsque les rasters n'ont pas de système de coordonnées de référence.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="71" />
      <source>True (ellipsoidal) area of the class, in hectares; empty when the rasters have no coordinate reference system.</source>
      <translation>Surface réelle (ellipsoïdale) de la classe, en hectares ; vide lorsque les rasters n'ont pas de système de coordonnées de référence.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="95" />
      <source>True (ellipsoidal) area of the degraded land, in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) des terres dégradées, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="119" />
      <source>True (ellipsoidal) area of the excluded pixels, in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) des pixels exclus, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="97" />
      <source>True (ellipsoidal) area of the land (mapped pixels that are not water), in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) des terres (pixels cartographiés qui ne sont pas de l'eau), en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="84" />
      <source>True (ellipsoidal) area of the loss pixels, in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) des pixels de perte, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="45" />
      <source>True (ellipsoidal) area of the nodata pixels, in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) des pixels sans données, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="67" />
      <source>True (ellipsoidal) area of the pixels rated -1, in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) des pixels évalués à -1, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="70" />
      <source>True (ellipsoidal) area of the pixels that got a rating (-1 or 0), in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) des pixels ayant reçu une évaluation (-1 ou 0), en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="42" />
      <source>True (ellipsoidal) area of the pixels with a class, in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) des pixels ayant une classe, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="121" />
      <source>True (ellipsoidal) area of the pixels with a suitability value, in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) des pixels ayant une valeur d'aptitude, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="74" />
      <source>True (ellipsoidal) area of the valid input pixels that no range or code maps, in hectares; empty when the raster has no coordinate reference system.</source>
      <translation>Surface réelle (ellipsoïdale) des pixels d'entrée valides auxquels aucune plage ni aucun code ne correspond, en hectares ; vide lorsque le raster n'a pas de système de coordonnées de référence.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="79" />
      <source>True (ellipsoidal) area of underuse, in hectares.</source>
      <translation>Surface réelle (ellipsoïdale) en sous-utilisation, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="105" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="68" />
      <source>True area of the degraded baseline, in hectares.</source>
      <translation>Surface réelle de la référence dégradée, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="46" />
      <source>Two SOC maps (initial and final)</source>
      <translation>Deux cartes de COS (initiale et finale)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/cli/dask_engine.py" line="253" />
      <location filename="../t2_monitor_plugin/core/engine.py" line="284" />
      <source>Two outputs were given the same file {path}.</source>
      <translation>Deux sorties ont reçu le même fichier {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="53" />
      <source>Two-maps method: SOC stock at the end of the period, same units.</source>
      <translation>Méthode à deux cartes : stock de COS à la fin de la période, dans les mêmes unités.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="54" />
      <source>Two-sided p-value of the trend (Float32, nodata -32768).</source>
      <translation>Valeur p bilatérale de la tendance (Float32, sans données -32768).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="86" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="80" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="62" />
      <source>UNCCD class (1-7)</source>
      <translation>Classe CNULCD (1-7)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="18" />
      <source>UNCCD,PRAIS,SO1,SDG,15.3.1,LDN,national report,km2,proportion degraded,status,XLSX</source>
      <translation>CNULCD,PRAIS,SO1,ODD,15.3.1,NDT,rapport national,km2,proportion dégradée,état,XLSX</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="147" />
      <source>Under restoration (ha)</source>
      <translation>En restauration (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="108" />
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="102" />
      <source>Under restoration inside degraded land (ha)</source>
      <translation>En restauration dans les terres dégradées (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="107" />
      <source>Under restoration inside degraded land, in % of the degraded baseline; empty when the baseline has no degraded land.</source>
      <translation>En restauration à l'intérieur des terres dégradées, en % de la référence dégradée ; vide lorsque la référence ne contient pas de terres dégradées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="116" />
      <source>Under restoration inside degraded land, in % of the estimated degraded baseline.</source>
      <translation>En restauration à l'intérieur des terres dégradées, en % de la référence dégradée estimée.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="35" />
      <source>Underuse</source>
      <translation>Sous-utilisation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/landoveruse.py" line="78" />
      <source>Underuse area (ha)</source>
      <translation>Surface en sous-utilisation (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="85" />
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="85" />
      <source>Unit of the 2.1 values: ha (default, as indicator 2.1) or km2.</source>
      <translation>Unité des valeurs 2.1 : ha (par défaut, comme l'indicateur 2.1) ou km2.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="79" />
      <source>Unknown standardisation method {method}.</source>
      <translation>Méthode de standardisation inconnue {method}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="94" />
      <source>Use the criteria available at the pixel</source>
      <translation>Utiliser les critères disponibles au pixel</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="142" />
      <source>Used for every site whose field is empty, or for all sites with (fixed value)</source>
      <translation>Utilisée pour chaque site dont le champ est vide, ou pour tous les sites avec (valeur fixe)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="41" />
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="120" />
      <source>Valid area (ha)</source>
      <translation>Surface valide (ha)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="68" />
      <source>Valid area: {valid:.2f} ha; nodata: {nodata:.2f} ha.</source>
      <translation>Surface valide : {valid:.2f} ha ; sans données : {nodata:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="48" />
      <source>Valid plus nodata area, in hectares.</source>
      <translation>Surface valide plus surface sans données, en hectares.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="162" />
      <source>Validate</source>
      <translation>Valider</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="228" />
      <source>Validation</source>
      <translation>Validation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="240" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="331" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="11" />
      <source>Value ranges to scores</source>
      <translation>Plages de valeurs en scores</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="63" />
      <source>Value ranges: min, max, score per row. Categories: code, empty, score per row (as a flat list in scripts, code, score pairs are accepted too).</source>
      <translation>Plages de valeurs : min, max, score par ligne. Catégories : code, vide, score par ligne (dans les scripts, sous forme de liste plate, les paires code, score sont aussi acceptées).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="12" />
      <source>Value scored 0 (benefit) or 1 (cost) for {MIN}, the other end for {MAX}. Empty: the exact minimum / maximum of the raster.</source>
      <translation>Valeur notée 0 (bénéfice) ou 1 (coût) pour {MIN}, l'autre extrémité pour {MAX}. Vide : le minimum / maximum exact du raster.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="56" />
      <source>Value scored 0.5 by the sigmoids and 1 by the gaussian.</source>
      <translation>Valeur notée 0,5 par les sigmoïdes et 1 par la gaussienne.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="140" />
      <source>Values outside the sub-indicator codes were found ({details}). Trajectory and state must hold -1, 0 or 1 and performance -1 or 0: check that the right layers were chosen, in the right order.</source>
      <translation>Des valeurs hors des codes des sous-indicateurs ont été trouvées ({details}). La trajectoire et l'état doivent contenir -1, 0 ou 1 et la performance -1 ou 0 : vérifiez que les bonnes couches ont été choisies, dans le bon ordre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="300" />
      <source>Values without a score in the reclass rules: {details}. Add them to the rules (or end the rule with 'else : score').</source>
      <translation>Valeurs sans score dans les règles de reclassement : {details}. Ajoutez-les aux règles (ou terminez la règle par 'else : score').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="96" />
      <source>Values written under 'Other' for lack of an ORT category</source>
      <translation>Valeurs écrites sous 'Other' faute de catégorie ORT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="182" />
      <source>Vector files (*.gpkg *.shp *.geojson);;All files (*)</source>
      <translation>Fichiers vecteur (*.gpkg *.shp *.geojson);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="23" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="75" />
      <source>Vegetation cover loss</source>
      <translation>Perte de couvert végétal</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="14" />
      <source>Very high</source>
      <translation>Très élevée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="10" />
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="43" />
      <source>Water body</source>
      <translation>Plan d'eau</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/soilcarbondegradation.py" line="87" />
      <source>Water mask</source>
      <translation>Masque d'eau</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="120" />
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="80" />
      <source>Weight</source>
      <translation>Poids</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="32" />
      <source>Weight change (%)</source>
      <translation>Variation des poids (%)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="134" />
      <source>Weight of {layer}: {weight:.4f}</source>
      <translation>Poids de {layer} : {weight:.4f}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="45" />
      <source>Weight sensitivity</source>
      <translation>Sensibilité aux poids</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="14" />
      <source>Weight sensitivity (top priority class)</source>
      <translation>Sensibilité aux poids (classe de priorité supérieure)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightsensitivity.py" line="47" />
      <source>Weight sensitivity file (CSV or XLSX)</source>
      <translation>Fichier de sensibilité aux poids (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="100" />
      <source>Weighted overlay (suitability)</source>
      <translation>Superposition pondérée (aptitude)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="64" />
      <source>Weights (comma-separated, criteria order)</source>
      <translation>Poids (séparés par des virgules, dans l'ordre des critères)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="29" />
      <source>Weights (w1,w2,...; this or the weights table is required)</source>
      <translation>Poids (w1,w2,... ; ceux-ci ou la table des poids sont obligatoires)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="156" />
      <source>Weights ({names}): {weights}</source>
      <translation>Poids ({names}) : {weights}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="117" />
      <source>Weights and consistency</source>
      <translation>Poids et cohérence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="302" />
      <source>Weights copied: {weights}</source>
      <translation>Poids copiés : {weights}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/weightedoverlay.py" line="34" />
      <source>Weights table (this or the weights are required)</source>
      <translation>Table des poids (elle ou les poids sont obligatoires)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sdg.py" line="9" />
      <source>Wetland</source>
      <translation>Zone humide</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="31" />
      <source>When inputs are on different grids, CRSs or resolutions, resample them on the fly to the first raster's grid (nearest neighbour for classes, average for continuous values). Unticked, such inputs are refused with a message saying what differs.</source>
      <translation>Lorsque les entrées sont sur des grilles, SCR ou résolutions différents, les rééchantillonner à la volée sur la grille du premier raster (plus proche voisin pour les classes, moyenne pour les valeurs continues). Décoché, ces entrées sont refusées avec un message indiquant ce qui diffère.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="26" />
      <source>Where natural vegetation or tree cover was lost between two dates (a national degradation criterion).&lt;br&gt;&lt;br&gt;&lt;b&gt;Land cover&lt;/b&gt;: two land-cover maps and the codes that count as natural vegetation (e.g. 1,2,4). A pixel is loss when it is natural at the initial date and not natural at the final date.&lt;br&gt;&lt;b&gt;Tree cover&lt;/b&gt;: two tree-cover percentage maps (0-100). A pixel is loss when the tree cover dropped by at least the threshold, in percentage points (default 10). The optional amount layer holds the decrease initial - final where positive, 0 elsewhere (before threshold and patch filter). Values outside 0-100 stop the run.&lt;br&gt;&lt;br&gt;The loss layer is 1 loss, 0 no loss (Byte, nodata 255 where either map is nodata). With a minimum patch size, loss patches (pixels touching by a side or a corner) of fewer pixels are set to 0; patches are followed exactly across the whole raster, whatever its size.&lt;br&gt;&lt;br&gt;The lost area is summed with true (ellipsoidal) pixel areas, for the whole raster and for each zone of an optional polygon layer (table: loss, no-loss and nodata hectares, and the share of the mapped area lost).</source>
      <translation>Là où la végétation naturelle ou le couvert arboré a été perdu entre deux dates (un critère national de dégradation).&lt;br&gt;&lt;br&gt;&lt;b&gt;Occupation du sol&lt;/b&gt; : deux cartes d'occupation du sol et les codes qui comptent comme végétation naturelle (p. ex. 1,2,4). Un pixel est une perte quand il est naturel à la date initiale et non naturel à la date finale.&lt;br&gt;&lt;b&gt;Couvert arboré&lt;/b&gt; : deux cartes de pourcentage de couvert arboré (0-100). Un pixel est une perte quand le couvert arboré a baissé d'au moins le seuil, en points de pourcentage (10 par défaut). La couche facultative de quantité contient la baisse initial - final là où elle est positive, 0 ailleurs (avant le seuil et le filtre des taches). Les valeurs hors de 0-100 arrêtent l'exécution.&lt;br&gt;&lt;br&gt;La couche de perte vaut 1 perte, 0 pas de perte (Byte, sans données 255 là où l'une des cartes est sans données). Avec une taille minimale de tache, les taches de perte (pixels se touchant par un côté ou un coin) comptant moins de pixels passent à 0 ; les taches sont suivies exactement sur tout le raster, quelle que soit sa taille.&lt;br&gt;&lt;br&gt;La surface perdue est sommée avec les surfaces réelles (ellipsoïdales) des pixels, pour tout le raster et pour chaque zone d'une couche de polygones facultative (table : hectares de perte, sans perte et sans données, et part de la surface cartographiée perdue).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="49" />
      <source>Whole-number stratum code of each point.</source>
      <translation>Code de strate entier de chaque point.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="73" />
      <source>Wide matrix file (CSV or XLSX)</source>
      <translation>Fichier de matrice large (CSV ou XLSX)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="43" />
      <source>Window size (pixels)</source>
      <translation>Taille de fenêtre (pixels)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="77" />
      <source>With the minimum allocation: the fewest points of a stratum (default 50).</source>
      <translation>Avec la répartition à minimum : le plus petit nombre de points d'une strate (par défaut 50).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="75" />
      <source>Workflow runs</source>
      <translation>Exécutions du flux de travail</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="105" />
      <source>Workflow runs (JSON)</source>
      <translation>Exécutions du flux de travail (JSON)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="39" />
      <source>Writes the area under restoration (GBF headline indicator 2.1) as the national indicator data template of the CBD Online Reporting Tool: a workbook (sheet 'Indicator data') whose header row is exactly the 9 columns the ORT upload checks (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote), and optionally the same rows as CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows&lt;/b&gt;, in the order of the input table: the national total (flag 'No', type and disaggregation 'Not applicable'), then one row per disaggregation value (flag 'Yes'). Biome zones named by an IUCN GET code or name (T1, T1 - Tropical-subtropical forests biome, T1.1) go under 'Biome' (level 2) or 'Ecosystem Functional Group' (level 3); protected-area zones named PA or OECM, and the '(outside)' row ('not a protected area or OECM'), under the PA/OECM type; activities given as FAO FERM codes or ORT names under 'Type of restoration activity'; indigenous territories by name. The category strings are written exactly as the ORT lists them (typos and invisible characters included). Administrative regions and restoration types go under 'Other' as 'Administrative region: name' / 'Restoration type: name'. A value that matches no ORT category (e.g. a protected area's own name) is also written under 'Other' ('Protected area/OECM: name') and listed in a warning.&lt;br&gt;&lt;br&gt;Value = area under restoration in the chosen unit. With an SDG 15.3.1 summary, rows of the complementary indicator 2.CT.1 (code 2.CT.1, percent of degraded land over total land area; national and per zone as 'Zone: name') follow; the ORT reads each indicator's rows by their code. Nothing is written when an input is not the expected table or is empty.&lt;br&gt;&lt;br&gt;&lt;b&gt;Degraded land by ecosystem type&lt;/b&gt; (with {DEGRADATION_MAP}, the SDG 15.3.1 map, and an ecosystem layer: {ECOSYSTEMS} with {ECOSYSTEM_CODES}, or {ECOSYSTEM_POLYGONS} with {ECOSYSTEM_FIELD}; a pixel takes the polygon covering most of it, at least half): 2.CT.1 rows (percent of the land of each ecosystem type that is degraded) disaggregated by 'Biome' (IUCN GET level 2: a biome's own area plus its functional groups) and 'Ecosystem Functional Group' (level 3), and under 'Other' ('Ecosystem type: name') for names that are no GET code; without an SDG 15.3.1 summary, the national 2.CT.1 row from the map comes first. {ECOSYSTEMS_FILE} holds the hectares (land, degraded, stable, improved) per row, with '(no ecosystem)' and nodata; biomes, other types and '(no ecosystem)' add up to the land area.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sample-based estimate.&lt;/b&gt; With the estimated degraded area of an accuracy assessment ({ESTIMATES_TABLE}, or {ESTIMATED_DEGRADED_HA} and {ESTIMATED_CI95_HA}), the national 2.CT.1 value is the estimated degraded area over the total land area of the summary, and its footnote names the method (stratified estimator of Olofsson et al. 2014) and gives the 95 % interval and the mapped value; the zone rows keep their mapped proportion and say so.</source>
      <translation>Écrit la surface en restauration (indicateur phare 2.1 du CMB) au format du modèle national de données d'indicateurs de l'outil de rapport en ligne (Online Reporting Tool) de la CBD : un classeur (feuille 'Indicator data') dont la ligne d'en-tête comporte exactement les 9 colonnes que vérifie l'import ORT (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote) et, en option, les mêmes lignes en CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Lignes&lt;/b&gt;, dans l'ordre de la table d'entrée : le total national (indicateur 'No', type et ventilation 'Not applicable'), puis une ligne par valeur de ventilation (indicateur 'Yes'). Les zones de biome nommées par un code ou un nom de la GET de l'UICN (T1, T1 - Tropical-subtropical forests biome, T1.1) vont sous 'Biome' (niveau 2) ou 'Ecosystem Functional Group' (niveau 3) ; les zones d'aires protégées nommées PA ou OECM, ainsi que la ligne '(outside)' ('not a protected area or OECM'), sous le type PA/OECM ; les activités données sous forme de codes FERM de la FAO ou de noms ORT sous 'Type of restoration activity' ; les territoires autochtones par leur nom. Les chaînes de catégorie sont écrites exactement comme l'ORT les liste (coquilles et caractères invisibles compris). Les régions administratives et les types de restauration vont sous 'Other' sous la forme 'Administrative region: nom' / 'Restoration type: nom'. Une valeur qui ne correspond à aucune catégorie ORT (p. ex. le nom propre d'une aire protégée) est aussi écrite sous 'Other' ('Protected area/OECM: nom') et listée dans un avertissement.&lt;br&gt;&lt;br&gt;Valeur = surface en restauration dans l'unité choisie. Avec une synthèse ODD 15.3.1, suivent les lignes de l'indicateur complémentaire 2.CT.1 (code 2.CT.1, pourcentage de terres dégradées sur la surface terrestre totale ; national et par zone sous la forme 'Zone: nom') ; l'ORT lit les lignes de chaque indicateur d'après leur code. Rien n'est écrit lorsqu'une entrée n'est pas la table attendue ou est vide.&lt;br&gt;&lt;br&gt;&lt;b&gt;Terres dégradées par type d'écosystème&lt;/b&gt; (avec {DEGRADATION_MAP}, la carte ODD 15.3.1, et une couche d'écosystèmes : {ECOSYSTEMS} avec {ECOSYSTEM_CODES}, ou {ECOSYSTEM_POLYGONS} avec {ECOSYSTEM_FIELD} ; un pixel prend le polygone qui en couvre la plus grande partie, au moins la moitié) : lignes 2.CT.1 (pourcentage des terres de chaque type d'écosystème qui sont dégradées) ventilées par 'Biome' (niveau 2 de la GET de l'UICN : la surface propre d'un biome plus ses groupes fonctionnels) et 'Ecosystem Functional Group' (niveau 3), et sous 'Other' ('Ecosystem type: nom') pour les noms qui ne sont pas un code GET ; sans synthèse ODD 15.3.1, la ligne 2.CT.1 nationale issue de la carte vient en premier. {ECOSYSTEMS_FILE} contient les hectares (terres, dégradées, stables, améliorées) par ligne, avec '(no ecosystem)' et les surfaces sans données ; les biomes, les autres types et '(no ecosystem)' totalisent la surface terrestre.&lt;br&gt;&lt;br&gt;&lt;b&gt;Estimation à partir d'un échantillon.&lt;/b&gt; Avec la surface dégradée estimée d'une évaluation de la précision ({ESTIMATES_TABLE}, ou {ESTIMATED_DEGRADED_HA} et {ESTIMATED_CI95_HA}), la valeur 2.CT.1 nationale est la surface dégradée estimée rapportée à la surface terrestre totale de la synthèse, et sa note de bas de page nomme la méthode (estimateur stratifié d'Olofsson et al. 2014) et donne l'intervalle à 95 % et la valeur cartographiée ; les lignes de zone conservent leur proportion cartographiée et l'indiquent.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="134" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="82" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="243" />
      <source>Year</source>
      <translation>Année</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="40" />
      <source>Year of band 1 of the first raster; the following bands are the following years. Empty: read from the first band's name (e.g. 2001) or, for a single-band first raster, from a year in its file name.</source>
      <translation>Année de la bande 1 du premier raster ; les bandes suivantes sont les années suivantes. Vide : lue dans le nom de la première bande (p. ex. 2001) ou, pour un premier raster à une seule bande, d'après une année figurant dans son nom de fichier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/stack.py" line="39" />
      <source>Year of the first band</source>
      <translation>Année de la première bande</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="57" />
      <source>Year restoration activities ended (same formats). A site counts in a year when it started in or before it and has no end year or ended in or after it. Empty: sites never end.</source>
      <translation>Année de fin des activités de restauration (mêmes formats). Un site compte pour une année s'il a commencé cette année-là ou avant, et s'il n'a pas d'année de fin ou s'est terminé cette année-là ou après. Vide : les sites ne se terminent jamais.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/sites.py" line="52" />
      <source>Year restoration activities started: a whole number, a date, or text starting with the year (e.g. 2014 or 2014/05/01 as in GEF's Restor_str). Sites without it are not counted and are reported as errors.</source>
      <translation>Année de début des activités de restauration : un nombre entier, une date ou un texte commençant par l'année (p. ex. 2014 ou 2014/05/01 comme dans le champ Restor_str du GEF). Les sites qui n'en ont pas ne sont pas comptés et sont signalés comme erreurs.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="85" />
      <source>Year the area under restoration is reported for (default: the current year).</source>
      <translation>Année pour laquelle la surface en restauration est rapportée (par défaut : l'année en cours).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="55" />
      <source>Year the path to the target starts from 0 ha (default 2020, the GBF baseline).</source>
      <translation>Année où la trajectoire vers l'objectif part de 0 ha (par défaut 2020, la référence du CMB).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="199" />
      <source>Year the project started.</source>
      <translation>Année de début du projet.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="57" />
      <source>Year the target must be reached (default 2030).</source>
      <translation>Année où l'objectif doit être atteint (par défaut 2030).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="83" />
      <source>Year written in every row; empty: the year of each row of the area table.</source>
      <translation>Année écrite sur chaque ligne ; vide : l'année de chaque ligne de la table des surfaces.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="63" />
      <source>Years of the progress table</source>
      <translation>Années de la table de progression</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="86" />
      <source>Years with data before the start year needed to estimate the trend before (default 3).</source>
      <translation>Années avec données avant l'année de début nécessaires pour estimer la tendance antérieure (par défaut 3).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="89" />
      <source>Years with data from the start year on needed for an estimate (default 3); sites with fewer are 'too early to tell'.</source>
      <translation>Années avec données à partir de l'année de début nécessaires pour une estimation (par défaut 3) ; les sites qui en ont moins sont « trop tôt pour conclure ».</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="56" />
      <source>You are not allowed to write {path} ({reason}). Choose a folder you can write to, or check the permissions of the file and its folder.</source>
      <translation>Vous n'êtes pas autorisé à écrire {path} ({reason}). Choisissez un dossier où vous pouvez écrire, ou vérifiez les droits du fichier et de son dossier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_project_form.py" line="92" />
      <source>Your institution's id in FERM (required for the API payload)</source>
      <translation>Identifiant de votre institution dans FERM (obligatoire pour la charge utile de l'API)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="89" />
      <source>Your own reclassification: one row per code of the external map, with its LPD class 1-5 or the word nodata. Replaces the preset.</source>
      <translation>Votre propre reclassement : une ligne par code de la carte externe, avec sa classe LPD 1-5 ou le mot nodata. Remplace le préréglage.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="223" />
      <source>Zip archive (*.zip)</source>
      <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="222" />
      <source>Zip with the sites as shapefile (.shp/.shx/.dbf/.prj/.cpg, EPSG:4326, UTF-8), KML and GeoJSON, for FERM's web upload.</source>
      <translation>Zip contenant les sites en shapefile (.shp/.shx/.dbf/.prj/.cpg, EPSG:4326, UTF-8), KML et GeoJSON, pour l'envoi via le site web de FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report.py" line="146" />
      <source>Zone</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="51" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="81" />
      <source>Zone field</source>
      <translation>Champ de zone</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="50" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="78" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="233" />
      <source>Zones</source>
      <translation>Zones</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="79" />
      <source>Zones (e.g. districts) drawn on the maps and, with {ATLAS}, one atlas page each.</source>
      <translation>Zones (p. ex. districts) dessinées sur les cartes et, avec {ATLAS}, une page d'atlas chacune.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="146" />
      <source>Zoom the map to the plot</source>
      <translation>Zoomer la carte sur la parcelle</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="38" />
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="38" />
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>a text</source>
      <translation>un texte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="43" />
      <source>a value</source>
      <translation>une valeur</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="27" />
      <source>accuracy,error matrix,confusion matrix,user's accuracy,producer's accuracy,overall accuracy,area estimation,confidence interval,Olofsson,Stehman,stratified,validation</source>
      <translation>précision,matrice d'erreurs,matrice de confusion,précision pour l'utilisateur,précision pour le producteur,précision globale,estimation des surfaces,intervalle de confiance,Olofsson,Stehman,stratifié,validation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="26" />
      <source>accuracy,sample,sampling,stratified,random,validation,reference,Olofsson,Cochran,Collect Earth,area estimation</source>
      <translation>précision,échantillon,échantillonnage,stratifié,aléatoire,validation,référence,Olofsson,Cochran,Collect Earth,estimation des surfaces</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="20" />
      <source>agreement,kappa,Cohen,cross-tabulation,confusion matrix,comparison,overlay,categorical,sectors</source>
      <translation>concordance,kappa,Cohen,tableau croisé,matrice de confusion,comparaison,superposition,catégoriel,secteurs</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>an object</source>
      <translation>un objet</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/classareas.py" line="15" />
      <source>area,hectares,class,zonal,statistics,land cover,table</source>
      <translation>surface,hectares,classe,zonal,statistiques,occupation du sol,table</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="431" />
      <source>beside the files</source>
      <translation>à côté des fichiers</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="431" />
      <source>beside the files: {path}</source>
      <translation>à côté des fichiers : {path}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="62" />
      <source>class_a × K + class_b (Int32, nodata −2147483648), with a generated style and a raster attribute table naming each pair.</source>
      <translation>class_a × K + class_b (Int32, sans données −2147483648), avec un style généré et une table attributaire du raster nommant chaque paire.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="94" />
      <source>configuration {authcfg} could not be applied</source>
      <translation>la configuration {authcfg} n'a pas pu être appliquée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="89" />
      <source>configuration {authcfg} not found</source>
      <translation>configuration {authcfg} introuvable</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/degradationseverity.py" line="45" />
      <source>degradation,severity,criteria,weights,score,LDN,national,vegetation loss,fragmentation,productivity,multi-criteria</source>
      <translation>dégradation,sévérité,critères,poids,score,NDT,national,perte de végétation,fragmentation,productivité,multicritère</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="276" />
      <location filename="../t2_monitor_plugin/core/ferm.py" line="289" />
      <source>empty geometry</source>
      <translation>géométrie vide</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="185" />
      <source>empty geometry (no polygon): not counted</source>
      <translation>géométrie vide (pas de polygone) : non compté</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="201" />
      <source>end year {end} is before the start year {start}: not counted</source>
      <translation>l'année de fin {end} précède l'année de début {start} : non compté</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="199" />
      <source>end year {value} is not a year: ignored</source>
      <translation>l'année de fin {value} n'est pas une année : ignorée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="48" />
      <source>equal importance</source>
      <translation>importance égale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="48" />
      <source>equal to moderate importance</source>
      <translation>importance égale à modérée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="236" />
      <source>excluded</source>
      <translation>exclu</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="50" />
      <source>extreme importance</source>
      <translation>importance extrême</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/forestfragmentation.py" line="15" />
      <source>forest,fragmentation,Riitters,edge,interior,perforated,patch,moving window,national criteria</source>
      <translation>forêt,fragmentation,Riitters,lisière,intérieur,perforé,îlot,fenêtre glissante,critères nationaux</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="117" />
      <source>group of {count} experts</source>
      <translation>groupe de {count} experts</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="158" />
      <source>hectares</source>
      <translation>hectares</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landcoverdegradation.py" line="91" />
      <source>initial \ final</source>
      <translation>initiale \ finale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="191" />
      <source>invalid geometry repaired (counted)</source>
      <translation>géométrie invalide réparée (compté)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="142" />
      <source>lambda_max = {lam:.4f}, CI = {ci:.4f}, RI = {ri:.2f}, CR = {cr:.4f}.</source>
      <translation>lambda_max = {lam:.4f}, CI = {ci:.4f}, RI = {ri:.2f}, CR = {cr:.4f}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/mapagreement.py" line="65" />
      <source>level, zone, code, class_a, class_b, agreement (1/0), area_ha, share of the compared area, class_a_label, class_b_label; rows with an empty class are pixels where that map has no data.</source>
      <translation>level, zone, code, class_a, class_b, agreement (1/0), area_ha, share de la surface comparée, class_a_label, class_b_label ; les lignes avec une classe vide sont des pixels où cette carte n'a pas de données.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="194" />
      <source>map class</source>
      <translation>classe de la carte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="116" />
      <source>matplotlib or svg (the fallback).</source>
      <translation>matplotlib ou svg (la solution de repli).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="158" />
      <source>matrix</source>
      <translation>matrice</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="48" />
      <source>moderate importance</source>
      <translation>importance modérée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="49" />
      <source>moderate to strong importance</source>
      <translation>importance modérée à forte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="273" />
      <source>n = {n}; lambda_max = {lam:.3f}; CI = {ci:.3f}; RI = {ri:.2f}</source>
      <translation>n = {n} ; lambda_max = {lam:.3f} ; CI = {ci:.3f} ; RI = {ri:.2f}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="43" />
      <source>n x n judgements row by row (n = number of criteria; extra empty columns are ignored). Only the cells above the diagonal are needed: empty or 0 cells are filled with reciprocals (and 1 on the diagonal). Values 1/9 to 9, fractions such as 1/3 allowed.</source>
      <translation>n x n jugements ligne par ligne (n = nombre de critères ; les colonnes vides en trop sont ignorées). Seules les cellules au-dessus de la diagonale sont nécessaires : les cellules vides ou à 0 sont remplies avec les inverses (et 1 sur la diagonale). Valeurs de 1/9 à 9, fractions comme 1/3 admises.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="264" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="321" />
      <source>no control pixel of the site's strata within {distance} m outside all sites</source>
      <translation>aucun pixel témoin des strates du site à moins de {distance} m en dehors de tous les sites</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="318" />
      <source>no pixel at least half inside the site has data</source>
      <translation>aucun pixel situé au moins à moitié dans le site n'a de données</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="63" />
      <source>no pixel with a valid index value</source>
      <translation>aucun pixel avec une valeur d'indice valide</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="275" />
      <source>no polygon geometry</source>
      <translation>pas de géométrie polygonale</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="281" />
      <source>no polygon left after repair</source>
      <translation>aucun polygone restant après réparation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="272" />
      <source>no site name: named '{name}'</source>
      <translation>pas de nom de site : nommé '{name}'</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="157" />
      <source>no start year</source>
      <translation>pas d'année de début</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="196" />
      <source>no start year: not counted</source>
      <translation>pas d'année de début : non compté</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="238" />
      <source>no start year: record when restoration started</source>
      <translation>pas d'année de début : indiquez quand la restauration a commencé</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="207" />
      <source>no status (counted)</source>
      <translation>pas d'état (compté)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldntables.py" line="19" />
      <location filename="../t2_monitor_plugin/core/sdg1531.py" line="44" />
      <source>nodata</source>
      <translation>sans données</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="279" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="282" />
      <source>not a polygon ({kind})</source>
      <translation>pas un polygone ({kind})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="149" />
      <source>not counted: ended in {end}, before {year}</source>
      <translation>non compté : terminé en {end}, avant {year}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="146" />
      <source>not counted: starts in {start}, after {year}</source>
      <translation>non compté : commence en {start}, après {year}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="230" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="219" />
      <source>not given</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="28" />
      <source>not set</source>
      <translation>non défini</translation>
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
      <translation>hors de l'étendue de référence (les polygones de terres dégradées)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="359" />
      <source>outside the baseline extent: no valid baseline pixel under the site</source>
      <translation>hors de l'étendue de référence : aucun pixel de référence valide sous le site</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="275" />
      <source>outside the raster</source>
      <translation>hors du raster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="317" />
      <source>overlaps {site} ({area:.2f} ha; FERM counts it once)</source>
      <translation>chevauche {site} ({area:.2f} ha ; FERM le compte une seule fois)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="361" />
      <source>partly outside the baseline extent: {percent}% of the site on valid baseline pixels</source>
      <translation>en partie hors de l'étendue de référence : {percent}% du site sur des pixels de référence valides</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="64" />
      <source>percentile is not positive: pixels left as nodata</source>
      <translation>centile non positif : pixels laissés sans données</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="137" />
      <source>performance</source>
      <translation>performance</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="208" />
      <source>project starting year '{value}' is not a year</source>
      <translation>l'année de début du projet '{value}' n'est pas une année</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="194" />
      <source>reference</source>
      <translation>référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="285" />
      <source>repaired (made valid)</source>
      <translation>réparé (rendu valide)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="32" />
      <source>report,PDF,print layout,atlas,map,national report,CBD,GBF,target 2,2.1,SDG,15.3.1,template</source>
      <translation>rapport,PDF,mise en page,atlas,carte,rapport national,CDB,CMB,cible 2,2.1,ODD,15.3.1,modèle</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="33" />
      <source>restoration,effectiveness,NDVI,trend,difference-in-differences,control,counterfactual,sites,Target 2</source>
      <translation>restauration,efficacité,NDVI,tendance,différence de différences,témoin,contrefactuel,sites,cible 2</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="164" />
      <source>start year '{value}' in {field} is not a year</source>
      <translation>l'année de début '{value}' dans {field} n'est pas une année</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="193" />
      <source>start year {value} is not a year: not counted</source>
      <translation>l'année de début {value} n'est pas une année : non compté</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="240" />
      <source>starts in {start}, after the last year of the series ({last})</source>
      <translation>commence en {start}, après la dernière année de la série ({last})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="243" />
      <source>starts in {start}: fewer than {needed} years of the series ({first}-{last}) before it</source>
      <translation>commence en {start} : moins de {needed} années de la série ({first}-{last}) avant cette date</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="247" />
      <source>starts in {start}: fewer than {needed} years of the series from the start year (last year {last})</source>
      <translation>commence en {start} : moins de {needed} années de la série depuis l'année de début (dernière année {last})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="136" />
      <source>state</source>
      <translation>état</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="209" />
      <source>status {status} is excluded: not counted</source>
      <translation>l'état {status} est exclu : non compté</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_publish.py" line="26" />
      <source>stored in the QGIS authentication database ({authcfg})</source>
      <translation>stockée dans la base de données d'authentification de QGIS ({authcfg})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="49" />
      <source>strong importance</source>
      <translation>importance forte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="49" />
      <source>strong to very strong importance</source>
      <translation>importance forte à très forte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="47" />
      <source>target 2,GBF,2.1,restoration,area,hectares,FERM,degraded,baseline,disaggregation,ORT</source>
      <translation>cible 2,CMB,2.1,restauration,surface,hectares,FERM,dégradé,référence,ventilation,ORT</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationprogress.py" line="29" />
      <source>target 2,GBF,2.1,restoration,progress,trend,chart,2030,degraded,baseline</source>
      <translation>cible 2,CMB,2.1,restauration,progrès,tendance,graphique,2030,dégradé,référence</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="87" />
      <source>the QGIS authentication system is disabled</source>
      <translation>le système d'authentification de QGIS est désactivé</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/estimate_params.py" line="63" />
      <source>the area estimates table of Accuracy assessment</source>
      <translation>la table des estimations de surface d'Évaluation de la précision</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="108" />
      <source>the areas table of Degradation status</source>
      <translation>la table des surfaces d'État de la dégradation</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="140" />
      <source>the balance table of LDN balance per land type</source>
      <translation>la table de bilan de Bilan NDT par type de terres</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="16" />
      <source>the built-in legend</source>
      <translation>la légende intégrée</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="15" />
      <source>the category names</source>
      <translation>les noms de catégories</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="14" />
      <source>the class names table</source>
      <translation>la table des noms de classes</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="15" />
      <source>the layer style</source>
      <translation>le style de la couche</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/network.py" line="91" />
      <source>the master password was not given</source>
      <translation>le mot de passe principal n'a pas été fourni</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="61" />
      <source>the project has no institution id; the FERM API payload needs one</source>
      <translation>le projet n'a pas d'identifiant d'institution ; la charge utile pour l'API FERM en nécessite un</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="62" />
      <source>the project has no point of contact; the FERM API payload needs at least one</source>
      <translation>le projet n'a pas de point de contact ; la charge utile pour l'API FERM en nécessite au moins un</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="60" />
      <source>the project has no title; the FERM API payload needs one</source>
      <translation>le projet n'a pas de titre ; la charge utile pour l'API FERM en nécessite un</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/legends.py" line="14" />
      <source>the raster attribute table</source>
      <translation>la table attributaire du raster</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="137" />
      <location filename="../t2_monitor_plugin/algorithms/export/exportprais.py" line="92" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="155" />
      <source>the summary of the SDG 15.3.1 indicator</source>
      <translation>la synthèse de l'indicateur ODD 15.3.1</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="133" />
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="157" />
      <source>the table of Area under restoration</source>
      <translation>la table de Surface en restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="159" />
      <source>the table of Restoration progress</source>
      <translation>la table de Progression de la restauration</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="333" />
      <source>too few years for a standard error (at least 5 in all)</source>
      <translation>trop peu d'années pour une erreur type (au moins 5 au total)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/landproductivity.py" line="136" />
      <source>trajectory</source>
      <translation>trajectoire</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="37" />
      <source>true or false</source>
      <translation>true ou false</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="213" />
      <source>unknown code '{code}' in the project restoration types (FERM {vocabulary})</source>
      <translation>code inconnu '{code}' dans les types de restauration du projet (FERM {vocabulary})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="172" />
      <source>unknown code '{code}' in {field} (FERM {vocabulary})</source>
      <translation>code inconnu '{code}' dans {field} (FERM {vocabulary})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="235" />
      <source>unknown organization {key} '{value}' for {name} (FERM {vocabulary})</source>
      <translation>organisation : {key} inconnu '{value}' pour {name} (FERM {vocabulary})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/restoration.py" line="212" />
      <source>unknown status {status} (counted)</source>
      <translation>état inconnu {status} (compté)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="51" />
      <source>value:score pairs separated by semicolons, values increasing, scores 0..1, e.g. 0:0; 10:1; 30:1; 45:0.</source>
      <translation>paires valeur:score séparées par des points-virgules, valeurs croissantes, scores 0..1, p. ex. 0:0; 10:1; 30:1; 45:0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/nationalcriteria/vegetationcoverloss.py" line="24" />
      <source>vegetation,tree cover,forest,deforestation,loss,land cover,national criteria,LDN,minimum mapping unit,patch</source>
      <translation>végétation,couvert arboré,forêt,déforestation,perte,occupation du sol,critères nationaux,NDT,unité minimale de cartographie,tache</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="50" />
      <source>very strong importance</source>
      <translation>importance très forte</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="50" />
      <source>very strong to extreme importance</source>
      <translation>importance très forte à extrême</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/restorationreport.py" line="264" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/sdg1531.py" line="168" />
      <source>{applied} of {count} recode polygons apply to the period {period}.</source>
      <translation>{applied} polygones de recodage sur {count} s'appliquent à la période {period}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="274" />
      <source>{choice} and {text} both give the fixed value of a FERM field ({first} and {second}). Give only one of them.</source>
      <translation>{choice} et {text} indiquent tous deux la valeur fixe d'un champ FERM ({first} et {second}). N'en indiquez qu'un seul.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitydynamics.py" line="134" />
      <source>{code} {label}: {count} pixels, {area} ha ({share:.1f} %)</source>
      <translation>{code} {label} : {count} pixels, {area} ha ({share:.1f} %)</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="196" />
      <source>{count} ecosystem type(s) are no IUCN GET code and were written under 'Other': {values}.</source>
      <translation>{count} type(s) d'écosystème ne sont pas des codes GET de l'UICN et ont été écrits sous 'Other' : {values}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="116" />
      <source>{count} expert matrices combined by geometric mean.</source>
      <translation>{count} matrices d'experts combinées par moyenne géométrique.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/units.py" line="93" />
      <source>{count} feature(s) of {layer} have no geometry or no land unit id and were left out.</source>
      <translation>{count} entité(s) de {layer} n'ont pas de géométrie ou d'identifiant d'unité de terres et ont été écartées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="184" />
      <source>{count} feature(s) of {layer} have no geometry or no zone value and were left out.</source>
      <translation>{count} entité(s) de {layer} n'ont pas de géométrie ou de valeur de zone et ont été écartées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="57" />
      <source>{count} feature(s) that are not polygons were left out (feature {numbers}).</source>
      <translation>{count} entité(s) qui ne sont pas des polygones ont été écartées (entité {numbers}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/layers.py" line="189" />
      <source>{count} invalid zone geometries of {layer} were repaired.</source>
      <translation>{count} géométries de zone invalides de {layer} ont été réparées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="89" />
      <source>{count} pixel(s) ({area} ha) have fewer than {needed} valid baseline years or no valid recent year and are nodata.</source>
      <translation>{count} pixel(s) ({area} ha) ont moins de {needed} années de référence valides ou aucune année récente valide et sont sans données.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitytrajectory.py" line="76" />
      <source>{count} pixel(s) ({area} ha) have fewer than {needed} valid years in {start}-{end} and are nodata.</source>
      <translation>{count} pixel(s) ({area} ha) ont moins de {needed} années valides sur {start}-{end} et sont sans données.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/standardizecriterion.py" line="96" />
      <source>{count} pixels ({area} ha) of {layer} match no range or code and were set to nodata (values: {values}).</source>
      <translation>{count} pixels ({area} ha) de {layer} ne correspondent à aucune plage ni aucun code et ont été mis sans données (valeurs : {values}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="201" />
      <source>{count} point(s) have no reference label and are left out.</source>
      <translation>{count} point(s) n'ont pas d'étiquette de référence et sont écartés.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="155" />
      <source>{count} points in {strata} strata (sample size from the target standard error: {formula}).</source>
      <translation>{count} points dans {strata} strates (taille d'échantillon issue de l'erreur type visée : {formula}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="338" />
      <source>{count} problem(s) stop the FERM export: {problems}. See the validation table {where} for every feature, fix them, or skip invalid features.</source>
      <translation>{count} problème(s) arrêtent l'export vers FERM : {problems}. Consultez la table de validation {where} pour chaque entité, corrigez-les ou ignorez les entités invalides.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportort.py" line="160" />
      <source>{count} rows written to {path}.</source>
      <translation>{count} lignes écrites dans {path}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="238" />
      <source>{count} sample point(s) fall on nodata of the map {layer} although their stratum has a value: give a map that covers the strata raster.</source>
      <translation>{count} point(s) d'échantillon tombent sur des valeurs sans données de la carte {layer} alors que leur strate a une valeur : indiquez une carte qui couvre le raster des strates.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="213" />
      <source>{count} sample point(s) fall outside the strata raster {layer} or on its nodata: {points}. Use the raster the sample was drawn from.</source>
      <translation>{count} point(s) d'échantillon tombent hors du raster des strates {layer} ou sur ses valeurs sans données : {points}. Utilisez le raster dont l'échantillon a été tiré.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="233" />
      <source>{count} sample point(s) have a map class that differs from the map {layer} at their location (point: sample / map): {points}.</source>
      <translation>{count} point(s) d'échantillon ont une classe de carte différente de la carte {layer} à leur emplacement (point : échantillon / carte) : {points}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="218" />
      <source>{count} sample point(s) have a stratum that differs from the value of {layer} at their location (point: sample / raster): {points}. The sample was drawn from another map or another version of it.</source>
      <translation>{count} point(s) d'échantillon ont une strate différente de la valeur de {layer} à leur emplacement (point : échantillon / raster) : {points}. L'échantillon a été tiré d'une autre carte ou d'une autre version de celle-ci.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/accuracy.py" line="203" />
      <source>{count} sample point(s) have a {what} label that is not in the legend {legend}: {points}. Correct the labels, or add the class to the legend.</source>
      <translation>{count} point(s) d'échantillon ont une étiquette {what} qui n'est pas dans la légende {legend} : {points}. Corrigez les étiquettes, ou ajoutez la classe à la légende.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/accuracyassessment.py" line="197" />
      <source>{count} sample point(s) have no point geometry or a stratum, map class or reference value that is not a whole number: {points}.</source>
      <translation>{count} point(s) d'échantillon n'ont pas de géométrie ponctuelle, ou ont une strate, une classe de carte ou une valeur de référence qui n'est pas un nombre entier : {points}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_export.py" line="192" />
      <source>{count} site(s) exported ({ha} ha). Written: {files}</source>
      <translation>{count} site(s) exporté(s) ({ha} ha). Écrits : {files}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/exportferm.py" line="341" />
      <source>{count} site(s) exported; FERM area {area:.2f} ha.</source>
      <translation>{count} site(s) exporté(s) ; surface FERM {area:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ort.py" line="218" />
      <source>{count} value(s) match no category of the ORT lists and were written under 'Other': {values}. For protected areas, name zones PA or OECM (e.g. by a designation field); for biomes use IUCN GET codes such as T1 or T1.1; for activities FERM activity codes.</source>
      <translation>{count} valeur(s) ne correspondent à aucune catégorie des listes ORT et ont été écrites sous 'Other' : {values}. Pour les aires protégées, nommez les zones PA ou OECM (p. ex. au moyen d'un champ de désignation) ; pour les biomes, utilisez des codes GET de l'UICN comme T1 ou T1.1 ; pour les activités, des codes d'activité FERM.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="330" />
      <source>{count} year(s) with data before the start year; at least {needed} needed</source>
      <translation>{count} année(s) avec données avant l'année de début ; au moins {needed} nécessaires</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/effectiveness.py" line="326" />
      <source>{count} year(s) with data from the start year; at least {needed} needed</source>
      <translation>{count} année(s) avec données depuis l'année de début ; au moins {needed} nécessaires</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/performance.py" line="191" />
      <source>{count} years were given for {bands} band(s) of {layer}.</source>
      <translation>{count} années ont été indiquées pour {bands} bande(s) de {layer}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="292" />
      <source>{done} of {total} labelled</source>
      <translation>{done} sur {total} étiquetés</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/accuracy/sampledesign.py" line="129" />
      <source>{drawn} points are drawn instead of {asked}: the minimum per stratum or the pixel count of small strata changed the total.</source>
      <translation>{drawn} points sont tirés au lieu de {asked} : le minimum par strate ou le nombre de pixels des petites strates a modifié le total.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="107" />
      <source>{first} / {second} (row {row}, column {column})</source>
      <translation>{first} / {second} (ligne {row}, colonne {column})</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/restorationeffectiveness.py" line="138" />
      <source>{improving} site(s) improving faster than their controls, {none} without a detectable effect, {declining} declining, {other} not assessed.</source>
      <translation>{improving} site(s) s'améliorant plus vite que leurs témoins, {none} sans effet détectable, {declining} en déclin, {other} non évalué(s).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnbalance.py" line="198" />
      <source>{labels} period labels were given for {periods} reporting periods; give one label per period, in the same order (or none).</source>
      <translation>{labels} libellés de période ont été indiqués pour {periods} périodes de rapport ; indiquez un libellé par période, dans le même ordre (ou aucun).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="297" />
      <source>{layer} (criterion {number}): {values}</source>
      <translation>{layer} (critère {number}) : {values}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivityperformance.py" line="82" />
      <source>{layer} has a single band: it is used as the mean of the period.</source>
      <translation>{layer} n'a qu'une seule bande : elle est utilisée comme moyenne de la période.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/productivitystate.py" line="74" />
      <source>{layer} has no year left for the baseline before the recent period {start}-{end}. Choose a later recent period or give a longer series.</source>
      <translation>Il ne reste aucune année de {layer} pour la référence avant la période récente {start}-{end}. Choisissez une période récente plus tardive ou fournissez une série plus longue.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="145" />
      <source>{layer}: the baseline period {start}-{end} has {count} band(s) but at least {needed} valid years (MIN_YEARS) are needed for deciles. Choose a longer baseline or lower MIN_YEARS.</source>
      <translation>{layer} : la période de référence {start}-{end} a {count} bande(s) mais au moins {needed} années valides (MIN_YEARS) sont nécessaires pour les déciles. Choisissez une référence plus longue ou diminuez MIN_YEARS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/state.py" line="150" />
      <source>{layer}: the recent period {start}-{end} has {count} band(s); at least {needed} are needed.</source>
      <translation>{layer} : la période récente {start}-{end} a {count} bande(s) ; il en faut au moins {needed}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/trajectory.py" line="232" />
      <source>{layer}: the trend needs at least {needed} years (MIN_YEARS) but {count} were given. Choose a longer period or lower MIN_YEARS.</source>
      <translation>{layer} : la tendance nécessite au moins {needed} années (MIN_YEARS) mais {count} ont été indiquées. Choisissez une période plus longue ou diminuez MIN_YEARS.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/timeseries.py" line="205" />
      <source>{layer}: {bands} band(s) were given for {years} year(s). Give one band per year.</source>
      <translation>{layer} : {bands} bande(s) indiquée(s) pour {years} année(s). Fournissez une bande par année.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/landcover.py" line="144" />
      <location filename="../t2_monitor_plugin/core/lpd.py" line="137" />
      <source>{layer}: {codes}</source>
      <translation>{layer} : {codes}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/errors.py" line="107" />
      <source>{listed} and {count} more</source>
      <translation>{listed} et {count} de plus</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="82" />
      <source>{names} period name(s) were given for {count} summary table(s): give one name per table, in the same order, separated by commas (e.g. baseline,report_1).</source>
      <translation>{names} nom(s) de période ont été indiqués pour {count} table(s) de synthèse : indiquez un nom par table, dans le même ordre, séparés par des virgules (p. ex. baseline,report_1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ferm_dialog.py" line="390" />
      <source>{ok} ok, {warning} with warnings, {error} with errors</source>
      <translation>{ok} correctes, {warning} avec avertissements, {error} avec erreurs</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/base.py" line="98" />
      <source>{old} is the deprecated name of {new}; both were given with different values. Give only {new}.</source>
      <translation>{old} est l'ancien nom, obsolète, de {new} ; les deux ont été indiqués avec des valeurs différentes. Indiquez seulement {new}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="51" />
      <source>{parameter}: the expected user's accuracy of {code} must be between 0 and 1 (exclusive), not {value}.</source>
      <translation>{parameter} : la précision attendue pour l'utilisateur de {code} doit être comprise entre 0 et 1 (exclus), et non {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="48" />
      <source>{parameter}: {item} is not a pair code:accuracy such as -1:0.7.</source>
      <translation>{parameter} : {item} n'est pas une paire code:précision telle que -1:0.7.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/sampling.py" line="65" />
      <source>{parameter}: {item} is not a whole-number class code.</source>
      <translation>{parameter} : {item} n'est pas un code de classe entier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="123" />
      <source>{param}: give the criterion names (comma-separated) or a matrix CSV file.</source>
      <translation>{param} : indiquez les noms des critères (séparés par des virgules) ou un fichier CSV de matrice.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/priority/ahpweights.py" line="100" />
      <source>{param}: {count} criteria need {n} x {n} = {cells} values, but {found} were given{square}.</source>
      <translation>{param} : {count} critères nécessitent {n} x {n} = {cells} valeurs, mais {found} ont été indiquées{square}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/export/importferm.py" line="60" />
      <source>{path} holds no features.</source>
      <translation>{path} ne contient aucune entité.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="50" />
      <source>{path} is a folder, not a file. Give a file name for the output.</source>
      <translation>{path} est un dossier, pas un fichier. Indiquez un nom de fichier pour la sortie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="52" />
      <source>{path} is locked by another program (it may be open in QGIS, Excel or a viewer). Close it there, or choose another file name, then run again.</source>
      <translation>{path} est verrouillé par un autre programme (il est peut-être ouvert dans QGIS, Excel ou une visionneuse). Fermez-le, ou choisissez un autre nom de fichier, puis relancez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="265" />
      <source>{path} is not a GeoJSON FeatureCollection (a FERM payload or polygon export).</source>
      <translation>{path} n'est pas une GeoJSON FeatureCollection (une charge utile FERM ou un export de polygones).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="190" />
      <source>{path} is not a point layer.</source>
      <translation>{path} n'est pas une couche de points.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/transaction.py" line="47" />
      <source>{path} is on a read-only disk or share. Choose a folder you can write to.</source>
      <translation>{path} se trouve sur un disque ou un partage en lecture seule. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="66" />
      <source>{path}, {where}: a 'class' and a 'when' object are expected.</source>
      <translation>{path}, {where} : un objet 'class' et un objet 'when' sont attendus.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="84" />
      <source>{path}, {where}: the class must be 0, 1, 2 or 3 (other, Avoid, Reduce, Reverse).</source>
      <translation>{path}, {where} : la classe doit être 0, 1, 2 ou 3 (autre, Éviter, Réduire, Inverser).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="75" />
      <source>{path}, {where}: the condition '{condition}' must be true or false.</source>
      <translation>{path}, {where} : la condition '{condition}' doit valoir true ou false.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ldnresponse.py" line="72" />
      <source>{path}, {where}: unknown condition '{condition}' (use {known}).</source>
      <translation>{path}, {where} : condition inconnue '{condition}' (utilisez {known}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="271" />
      <source>{path}: 'features' must be a list of GeoJSON features, not {kind}.</source>
      <translation>{path} : 'features' doit être une liste d'entités GeoJSON, et non {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="275" />
      <source>{path}: the top-level 'properties' (the FERM project) must be an object, not {kind}.</source>
      <translation>{path} : les 'properties' de premier niveau (le projet FERM) doivent être un objet, et non {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="220" />
      <source>{period} against the baseline: pooled net balance {net:.2f} ha; like-for-like deficit {deficit:.2f} ha in {count} land type(s).</source>
      <translation>{period} par rapport à la référence : bilan net global {net:.2f} ha ; déficit à l'identique {deficit:.2f} ha dans {count} type(s) de terres.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="115" />
      <source>{period}, {zone}: the total land area {land} km² is not degraded + stable + improved ({parts} km²) in {layer}; the values are written as given.</source>
      <translation>{period}, {zone} : la surface terrestre totale {land} km² n'est pas égale à dégradées + stables + améliorées ({parts} km²) dans {layer} ; les valeurs sont écrites telles quelles.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/report_text.py" line="71" />
      <source>{role}: {name} ({file}, {date}), {crs}{detail}</source>
      <translation>{role} : {name} ({file}, {date}), {crs}{detail}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm.py" line="336" />
      <source>{site}: {problems}</source>
      <translation>{site} : {problems}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="47" />
      <source>{source}, feature {number}</source>
      <translation>{source}, entité {number}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="337" />
      <source>{source}, key {key}</source>
      <translation>{source}, clé {key}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="305" />
      <source>{source}, line {line}</source>
      <translation>{source}, ligne {line}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="297" />
      <source>{source}, line {line}, column {column}</source>
      <translation>{source}, ligne {line}, colonne {column}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="277" />
      <source>{source}, project properties</source>
      <translation>{source}, propriétés du projet</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="310" />
      <source>{source}, row {row}</source>
      <translation>{source}, ligne {row}</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="156" />
      <source>{source}: code {code} is mapped to {value}; LPD classes are 1 to 5 (or nodata).</source>
      <translation>{source} : le code {code} est associé à {value} ; les classes LPD vont de 1 à 5 (ou nodata).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="95" />
      <source>{source}: give the criterion names separated by commas, none empty (e.g. 'slope, erosion, distance').</source>
      <translation>{source} : indiquez les noms des critères séparés par des virgules, aucun vide (p. ex. 'pente, érosion, distance').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/class_labels.py" line="304" />
      <source>{source}: the class {code} is named twice ({first} and {second}).</source>
      <translation>{source} : la classe {code} est nommée deux fois ({first} et {second}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="202" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="182" />
      <source>{source}: the code {code} is given twice with different values ({first} and {second}).</source>
      <translation>{source} : le code {code} figure deux fois avec des valeurs différentes ({first} et {second}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="100" />
      <source>{source}: the criterion name '{name}' is given twice.</source>
      <translation>{source} : le nom de critère '{name}' figure deux fois.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="162" />
      <source>{source}: the diagonal cell {cell} is {value}; a criterion compared with itself is 1.</source>
      <translation>{source} : la cellule diagonale {cell} vaut {value} ; un critère comparé à lui-même vaut 1.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="133" />
      <source>{source}: the judgement {cell} is missing (give it above the diagonal).</source>
      <translation>{source} : le jugement {cell} manque (indiquez-le au-dessus de la diagonale).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="173" />
      <source>{source}: the judgement {cell} is {value}, which is not on Saaty's scale (1/9, 1/8, ..., 1/2, 1, 2, ..., 9).</source>
      <translation>{source} : le jugement {cell} vaut {value}, qui n'est pas sur l'échelle de Saaty (1/9, 1/8, ..., 1/2, 1, 2, ..., 9).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="159" />
      <source>{source}: the judgement {cell} is {value}; judgements must be positive (1/9 to 9).</source>
      <translation>{source} : le jugement {cell} vaut {value} ; les jugements doivent être positifs (1/9 à 9).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="94" />
      <source>{source}: the pair land use {use} / capability {capability} is given twice with different results.</source>
      <translation>{source} : la paire usage des terres {use} / capacité {capability} figure deux fois avec des résultats différents.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="148" />
      <source>{source}: the pairwise matrix must be square; it is {shape}.</source>
      <translation>{source} : la matrice de comparaison par paires doit être carrée ; elle est {shape}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="166" />
      <source>{source}: {cell} is {value} but {mirror} is {other}; the matrix must be reciprocal (the mirror cell should be {expected}).</source>
      <translation>{source} : {cell} vaut {value} mais {mirror} vaut {other} ; la matrice doit être réciproque (la cellule symétrique devrait valoir {expected}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="151" />
      <source>{source}: {count} criteria are named but the matrix is {n} x {n}; give one name per row.</source>
      <translation>{source} : {count} critères sont nommés mais la matrice est de {n} x {n} ; indiquez un nom par ligne.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="119" />
      <source>{source}: {count} criteria need a {n} x {n} matrix, but it is {shape}.</source>
      <translation>{source} : {count} critères nécessitent une matrice {n} x {n}, mais elle est {shape}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="97" />
      <source>{source}: {steps} steps for land use {use} / capability {capability} is not a plausible number of steps.</source>
      <translation>{source} : {steps} pas pour l'usage des terres {use} / capacité {capability} n'est pas un nombre de pas plausible.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/vector_areas.py" line="146" />
      <source>{value} in {parameter} is not a number: give comma-separated class codes such as -1 or 1,2,5.</source>
      <translation>{value} dans {parameter} n'est pas un nombre : indiquez des codes de classe séparés par des virgules, tels que -1 ou 1,2,5.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="245" />
      <source>{value} is not on Saaty's scale.</source>
      <translation>{value} n'est pas sur l'échelle de Saaty.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="58" />
      <source>{value}: both criteria are equally important</source>
      <translation>{value} : les deux critères sont d'égale importance</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="62" />
      <source>{value}: the column criterion has {meaning} over the row criterion</source>
      <translation>{value} : le critère de la colonne a une {meaning} par rapport au critère de la ligne</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/ahp_dialog.py" line="60" />
      <source>{value}: the row criterion has {meaning} over the column criterion</source>
      <translation>{value} : le critère de la ligne a une {meaning} par rapport au critère de la colonne</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="139" />
      <source>{where}: 'else' must be the last entry, without a comparison.</source>
      <translation>{where} : 'else' doit être la dernière entrée, sans comparaison.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="302" />
      <source>{where}: 'properties' must be an object (names and values), not {kind}.</source>
      <translation>{where} : 'properties' doit être un objet (noms et valeurs), et non {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="171" />
      <source>{where}: '{entry}' must be the last entry and continue the previous bound ('&gt; B' after '&lt;= B', '&gt;= B' after '&lt; B').</source>
      <translation>{where} : '{entry}' doit être la dernière entrée et prolonger la borne précédente ('&gt; B' après '&lt;= B', '&gt;= B' après '&lt; B').</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="110" />
      <source>{where}: '{value}' has a comma inside a number. With ',' between cells, write decimals with a point (0.5), or save the file with ';' between cells.</source>
      <translation>{where} : '{value}' contient une virgule à l'intérieur d'un nombre. Avec ',' entre les cellules, écrivez les décimales avec un point (0.5), ou enregistrez le fichier avec ';' entre les cellules.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="118" />
      <source>{where}: '{value}' is ambiguous (a thousands separator?). Write numbers without thousands separators, with one decimal comma or point (e.g. 1234,5).</source>
      <translation>{where} : '{value}' est ambigu (un séparateur de milliers ?). Écrivez les nombres sans séparateur de milliers, avec une seule virgule ou un seul point décimal (p. ex. 1234,5).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/standardize.py" line="144" />
      <source>{where}: '{value}' is not a control point value:score (e.g. 10:1).</source>
      <translation>{where} : '{value}' n'est pas un point de contrôle valeur:score (p. ex. 10:1).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="140" />
      <source>{where}: '{value}' is not a finite number.</source>
      <translation>{where} : '{value}' n'est pas un nombre fini.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="290" />
      <source>{where}: '{value}' is not a number JSON allows; give a number or null.</source>
      <translation>{where} : '{value}' n'est pas un nombre admis par JSON ; indiquez un nombre ou null.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="138" />
      <source>{where}: '{value}' is not a number.</source>
      <translation>{where} : '{value}' n'est pas un nombre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="148" />
      <source>{where}: '{value}' is not a whole number.</source>
      <translation>{where} : '{value}' n'est pas un nombre entier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="298" />
      <source>{where}: a GeoJSON Feature object is expected, not {kind}.</source>
      <translation>{where} : un objet Feature GeoJSON est attendu, et non {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/class_labels.py" line="301" />
      <source>{where}: a class code and a name are expected.</source>
      <translation>{where} : un code de classe et un nom sont attendus.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="73" />
      <source>{where}: a class that does not change keeps factor 1; remove the row {initial} -&gt; {final}.</source>
      <translation>{where} : une classe qui ne change pas garde le facteur 1 ; supprimez la ligne {initial} -&gt; {final}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="178" />
      <source>{where}: a code and a value are expected.</source>
      <translation>{where} : un code et une valeur sont attendus.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/lpd.py" line="197" />
      <source>{where}: a code and an LPD class (1-5, or nodata) are expected.</source>
      <translation>{where} : un code et une classe LPD (1-5 ou nodata) sont attendus.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="84" />
      <source>{where}: a land-use code, a capability class and a number of steps are expected.</source>
      <translation>{where} : un code d'usage des terres, une classe de capacité et un nombre de pas sont attendus.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="175" />
      <source>{where}: a ring of the {type} has fewer than 4 positions (a closed ring repeats its first position at the end).</source>
      <translation>{where} : un anneau de {type} a moins de 4 positions (un anneau fermé répète sa première position à la fin).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="193" />
      <source>{where}: criterion {number} does not exist; number the criteria 1 to {count} in the order of the criterion rasters.</source>
      <translation>{where} : le critère {number} n'existe pas ; numérotez les critères de 1 à {count} dans l'ordre des rasters de critère.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="196" />
      <source>{where}: criterion {number} has a second rule.</source>
      <translation>{where} : le critère {number} a une seconde règle.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="230" />
      <source>{where}: give at least one category break.</source>
      <translation>{where} : indiquez au moins un seuil de catégorie.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="151" />
      <source>{where}: give the class breaks, e.g. 0.25,0.5,0.75 for 4 classes.</source>
      <translation>{where} : indiquez les seuils de classe, p. ex. 0.25,0.5,0.75 pour 4 classes.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="53" />
      <source>{where}: several criteria have the same layer name ({criteria}), so a weights table cannot tell them apart. Rename the layers or give the weights in order.</source>
      <translation>{where} : plusieurs critères ont le même nom de couche ({criteria}) : une table des poids ne peut donc pas les distinguer. Renommez les couches ou indiquez les poids dans l'ordre.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="81" />
      <source>{where}: stock-change factors must be greater than 0, not {value}.</source>
      <translation>{where} : les facteurs de variation des stocks doivent être supérieurs à 0, et non {value}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="176" />
      <source>{where}: the bounds must increase from one entry to the next ('{entry}' does not).</source>
      <translation>{where} : les bornes doivent croître d'une entrée à la suivante ('{entry}' ne le fait pas).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="154" />
      <source>{where}: the breaks {breaks} must be strictly increasing.</source>
      <translation>{where} : les seuils {breaks} doivent être strictement croissants.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="232" />
      <source>{where}: the category breaks must increase ({value}).</source>
      <translation>{where} : les seuils de catégorie doivent être croissants ({value}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="70" />
      <source>{where}: the classes must be UNCCD classes 1 to 7, not {initial} -&gt; {final}.</source>
      <translation>{where} : les classes doivent être des classes CNULCD de 1 à 7, et non {initial} -&gt; {final}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="149" />
      <source>{where}: the code {code} is listed twice.</source>
      <translation>{where} : le code {code} figure deux fois.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="76" />
      <source>{where}: the conversion {initial} -&gt; {final} is given twice.</source>
      <translation>{where} : la conversion {initial} -&gt; {final} figure deux fois.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="196" />
      <source>{where}: the coordinates of the {type} cannot be read (rings of [longitude, latitude] number pairs are expected).</source>
      <translation>{where} : les coordonnées du {type} ne peuvent pas être lues (des anneaux de paires de nombres [longitude, latitude] sont attendus).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="181" />
      <source>{where}: the coordinates reach longitude {xmin} to {xmax}, latitude {ymin} to {ymax}; FERM GeoJSON is in EPSG:4326 (longitude -180 to 180, latitude -90 to 90). Reproject the file to EPSG:4326 first.</source>
      <translation>{where} : les coordonnées vont de la longitude {xmin} à {xmax} et de la latitude {ymin} à {ymax} ; le GeoJSON FERM est en EPSG:4326 (longitude -180 à 180, latitude -90 à 90). Reprojetez d'abord le fichier en EPSG:4326.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="133" />
      <source>{where}: the entry '{entry}' is not of the form 'value : score'.</source>
      <translation>{where} : l'entrée '{entry}' n'est pas de la forme 'valeur : score'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="283" />
      <source>{where}: the file is not UTF-8 text (byte 0x{byte:02X}); JSON files must be UTF-8. Save it as UTF-8 and try again.</source>
      <translation>{where} : le fichier n'est pas du texte UTF-8 (octet 0x{byte:02X}) ; les fichiers JSON doivent être en UTF-8. Enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="59" />
      <source>{where}: the file is not UTF-8 text (byte 0x{byte:02X}); spreadsheets often save CSV in the Windows encoding. Save it as 'CSV UTF-8' and try again.</source>
      <translation>{where} : le fichier n'est pas du texte UTF-8 (octet 0x{byte:02X}) ; les tableurs enregistrent souvent le CSV dans l'encodage Windows. Enregistrez-le en 'CSV UTF-8' et réessayez.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="296" />
      <source>{where}: the file is not valid JSON ({reason}).</source>
      <translation>{where} : le fichier n'est pas un JSON valide ({reason}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="152" />
      <source>{where}: the geometry must be a GeoJSON geometry object, not {kind}.</source>
      <translation>{where} : la géométrie doit être un objet géométrie GeoJSON, et non {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="163" />
      <source>{where}: the geometry type {type} is not a GeoJSON polygon (Polygon or MultiPolygon).</source>
      <translation>{where} : le type de géométrie {type} n'est pas un polygone GeoJSON (Polygon ou MultiPolygon).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="295" />
      <source>{where}: the judgement is {value}; judgements are positive (1/9 to 9). Leave a cell empty to have it filled with the reciprocal of its mirror cell.</source>
      <translation>{where} : le jugement vaut {value} ; les jugements sont positifs (1/9 à 9). Laissez une cellule vide pour qu'elle soit remplie avec l'inverse de sa cellule symétrique.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="160" />
      <source>{where}: the label '{value}' does not start with a class code.</source>
      <translation>{where} : le libellé '{value}' ne commence pas par un code de classe.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="144" />
      <source>{where}: the reclass entry '{entry}' has a comparison; reclass rules list 'code : score' pairs (use the thresholds type for ranges).</source>
      <translation>{where} : l'entrée de reclassement '{entry}' comporte une comparaison ; les règles reclass listent des paires 'code : score' (utilisez le type thresholds pour les intervalles).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="159" />
      <source>{where}: the reclass rule lists no code.</source>
      <translation>{where} : la règle de reclassement ne liste aucun code.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="281" />
      <source>{where}: the row is named '{found}' but the header's criterion in this position is '{expected}'; keep rows in the header's order.</source>
      <translation>{where} : la ligne s'appelle '{found}' mais le critère de l'en-tête à cette position est '{expected}' ; gardez les lignes dans l'ordre de l'en-tête.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="75" />
      <source>{where}: the row is not valid CSV ({reason}); check the quotes.</source>
      <translation>{where} : la ligne n'est pas un CSV valide ({reason}) ; vérifiez les guillemets.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="128" />
      <source>{where}: the rule is empty. Write e.g. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' (thresholds) or '-1:3; 0:0; 1:0' (reclass).</source>
      <translation>{where} : la règle est vide. Écrivez p. ex. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' (thresholds) ou '-1:3; 0:0; 1:0' (reclass).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="112" />
      <source>{where}: the rule type '{value}' is unknown; use thresholds, reclass or preset.</source>
      <translation>{where} : le type de règle '{value}' est inconnu ; utilisez thresholds, reclass ou preset.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="165" />
      <source>{where}: the threshold entry '{entry}' has no comparison; write e.g. '&lt;=0.2 : 1'.</source>
      <translation>{where} : l'entrée de seuil '{entry}' n'a pas de comparaison ; écrivez p. ex. '&lt;=0.2 : 1'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="155" />
      <source>{where}: the thresholds do not cover the values above the last bound; end the rule with '&gt; bound : score' (after '&lt;= bound'), '&gt;= bound : score' (after '&lt; bound') or 'else : score'.</source>
      <translation>{where} : les seuils ne couvrent pas les valeurs au-dessus de la dernière borne ; terminez la règle par '&gt; borne : score' (après '&lt;= borne'), '&gt;= borne : score' (après '&lt; borne') ou 'else : score'.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="116" />
      <source>{where}: the weight {value} is negative; weights must be 0 or more.</source>
      <translation>{where} : le poids {value} est négatif ; les poids doivent être supérieurs ou égaux à 0.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="86" />
      <source>{where}: the weights sum to 0; give at least one positive weight.</source>
      <translation>{where} : la somme des poids est 0 ; donnez un poids positif à au moins l'un d'eux.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="67" />
      <source>{where}: the weights table must name each criterion once by its layer name. Criteria: {criteria}. Without a weight: {missing}. Not a criterion: {unknown}. Given twice: {repeated}.</source>
      <translation>{where} : la table des poids doit nommer chaque critère une seule fois par son nom de couche. Critères : {criteria}. Sans poids : {missing}. Pas un critère : {unknown}. Indiqués deux fois : {repeated}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="122" />
      <source>{where}: there is no preset named '{value}'; the presets are {presets}.</source>
      <translation>{where} : il n'existe pas de préréglage nommé '{value}' ; les préréglages sont {presets}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="82" />
      <source>{where}: weights cannot be negative ({values}). Turn a cost criterion into a benefit when standardising it instead.</source>
      <translation>{where} : les poids ne peuvent pas être négatifs ({values}). Transformez plutôt un critère de coût en critère de bénéfice lors de sa standardisation.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/classify.py" line="170" />
      <source>{where}: {count} labels were given for {classes} classes. Give one label per class, lowest priority first.</source>
      <translation>{where} : {count} libellés ont été indiqués pour {classes} classes. Indiquez un libellé par classe, de la priorité la plus basse à la plus haute.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overlay.py" line="77" />
      <source>{where}: {count} weights were given for {criteria} criteria. Give one weight per criterion, in the order of the criteria.</source>
      <translation>{where} : {count} poids ont été indiqués pour {criteria} critères. Indiquez un poids par critère, dans l'ordre des critères.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/overuse.py" line="68" />
      <location filename="../t2_monitor_plugin/core/tables_io.py" line="231" />
      <source>{where}: {expected} cells expected (a label and {count} values), {found} found.</source>
      <translation>{where} : {expected} cellules attendues (un libellé et {count} valeurs), {found} trouvées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ahp.py" line="278" />
      <source>{where}: {expected} cells expected (a name and {count} values), {found} found.</source>
      <translation>{where} : {expected} cellules attendues (un nom et {count} valeurs), {found} trouvées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/soc.py" line="65" />
      <source>{where}: {expected} cells expected (initial class, final class and one factor per climate zone), {found} found.</source>
      <translation>{where} : {expected} cellules attendues (classe initiale, classe finale et un facteur par zone climatique), {found} trouvées.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/severity.py" line="219" />
      <source>{where}: {found} cells, but a rule has {expected} ({headers}). Put the rule in quotes when it contains the separator between cells.</source>
      <translation>{where} : {found} cellules, mais une règle en a {expected} ({headers}). Mettez la règle entre guillemets lorsqu'elle contient le séparateur de cellules.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="65" />
      <source>{where}: {key} is {value}, not a whole number.</source>
      <translation>{where} : {key} vaut {value}, ce qui n'est pas un nombre entier.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="122" />
      <source>{where}: {key} is {value}, not a year.</source>
      <translation>{where} : {key} vaut {value}, ce qui n'est pas une année.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="136" />
      <source>{where}: {key} is {value}, not an area in hectares (a number, 0 or more).</source>
      <translation>{where} : {key} vaut {value}, ce qui n'est pas une surface en hectares (un nombre, 0 ou plus).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="68" />
      <source>{where}: {key} is {value}, too large for a FERM code or count (at most {max}).</source>
      <translation>{where} : {key} vaut {value}, trop grand pour un code ou un effectif FERM (au plus {max}).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="106" />
      <source>{where}: {key} must be a list of objects, not {kind}.</source>
      <translation>{where} : {key} doit être une liste d'objets, et non {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/ferm_import.py" line="83" />
      <source>{where}: {key} must be a text or a number, not {kind}.</source>
      <translation>{where} : {key} doit être un texte ou un nombre, et non {kind}.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/degradation/ldnbalance.py" line="149" />
      <source>{years} end years were given for {periods} reporting periods; give one per period, in order (or none).</source>
      <translation>{years} années de fin ont été indiquées pour {periods} périodes de rapport ; indiquez-en une par période, dans l'ordre (ou aucune).</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/algorithms/indicators/areaunderrestoration.py" line="173" />
      <source>{year}: {area:.2f} ha under restoration ({count} sites), {inside:.2f} ha inside the {baseline:.2f} ha degraded baseline.</source>
      <translation>{year} : {area:.2f} ha en restauration ({count} sites), {inside:.2f} ha dans la référence dégradée de {baseline:.2f} ha.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="85" />
      <source>{zone}, {comparison} {period}: the land type {land_type} has {area} ha, not degraded + stable + improved ({parts} ha), in {layer}; the values are written as given.</source>
      <translation>{zone}, {comparison} {period} : le type de terres {land_type} couvre {area} ha, ce qui n'est pas égal à dégradées + stables + améliorées ({parts} ha) dans {layer} ; les valeurs sont écrites telles quelles.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais_ldn.py" line="104" />
      <source>{zone}, {comparison} {period}: the {field} of the total row ({area} ha) is not the sum of its land types ({parts} ha) in {layer}; the values are written as given.</source>
      <translation>{zone}, {comparison} {period} : la valeur {field} de la ligne de total ({area} ha) n'est pas la somme de ses types de terres ({parts} ha) dans {layer} ; les valeurs sont écrites telles quelles.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/core/prais.py" line="154" />
      <source>{zone}: the collapsed class {label} ({area} km²) is not the sum of its status classes ({parts} km²) in {layer}; the values are written as given.</source>
      <translation>{zone} : la classe regroupée {label} ({area} km²) n'est pas la somme de ses classes d'état ({parts} km²) dans {layer} ; les valeurs sont écrites telles quelles.</translation>
    </message>
    <message>
      <location filename="../t2_monitor_plugin/gui/labelling_dialog.py" line="151" />
      <source>◀ Previous</source>
      <translation>◀ Précédent</translation>
    </message>
    <message>
      <source>AHP weights…</source>
      <translation type="vanished">Poids AHP…</translation>
    </message>
    <message>
      <source>Activities field</source>
      <translation type="vanished">Champ Activities</translation>
    </message>
    <message>
      <source>Activities fixed value</source>
      <translation type="vanished">Valeur fixe Activities</translation>
    </message>
    <message>
      <source>Activity field (optional)</source>
      <translation type="vanished">Champ d'activité (facultatif)</translation>
    </message>
    <message>
      <source>Admin0 field</source>
      <translation type="vanished">Champ Admin0</translation>
    </message>
    <message>
      <source>Admin0 fixed value</source>
      <translation type="vanished">Valeur fixe Admin0</translation>
    </message>
    <message>
      <source>Admin1 field</source>
      <translation type="vanished">Champ Admin1</translation>
    </message>
    <message>
      <source>Admin1 fixed value</source>
      <translation type="vanished">Valeur fixe Admin1</translation>
    </message>
    <message>
      <source>Admin2 field</source>
      <translation type="vanished">Champ Admin2</translation>
    </message>
    <message>
      <source>Admin2 fixed value</source>
      <translation type="vanished">Valeur fixe Admin2</translation>
    </message>
    <message>
      <source>Administrative regions (optional)</source>
      <translation type="vanished">Régions administratives (facultatif)</translation>
    </message>
    <message>
      <source>Area of each class of a categorical raster, in hectares, for the whole raster and for each zone of an optional polygon layer.&lt;br&gt;&lt;br&gt;Pixel areas are true areas on the ellipsoid of the raster's CRS (per row for geographic CRSs), never degrees multiplied by degrees. Zone polygons are reprojected to the raster CRS and each pixel is weighted by the share of it the zone covers, so a zone's total follows its polygon area even along ragged borders. Polygons with the same zone value are merged; different zones may overlap and each counts its own area.&lt;br&gt;&lt;br&gt;The table has one row per zone and class: &lt;i&gt;level&lt;/i&gt; (total or zone), &lt;i&gt;zone&lt;/i&gt; ((all) for the whole raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (from the layer's paletted style when it has one), &lt;i&gt;area_ha&lt;/i&gt; and &lt;i&gt;share&lt;/i&gt; (of the zone's valid area, so shares sum to 1). Nodata pixels are reported in their own row (empty class, label 'nodata', no share) and never mixed into a class.</source>
      <translation type="vanished">Surface de chaque classe d'un raster catégoriel, en hectares, pour l'ensemble du raster et pour chaque zone d'une couche de polygones facultative.&lt;br&gt;&lt;br&gt;Les surfaces des pixels sont les surfaces réelles sur l'ellipsoïde du SCR du raster (par ligne pour les SCR géographiques), jamais des degrés multipliés par des degrés. Les polygones des zones sont reprojetés dans le SCR du raster et chaque pixel est pondéré par la part que la zone en couvre, de sorte que le total d'une zone suit la surface de son polygone, même le long de limites irrégulières. Les polygones ayant la même valeur de zone sont fusionnés ; des zones différentes peuvent se chevaucher et chacune compte sa propre surface.&lt;br&gt;&lt;br&gt;La table a une ligne par zone et par classe : &lt;i&gt;level&lt;/i&gt; (total ou zone), &lt;i&gt;zone&lt;/i&gt; ((all) pour tout le raster), &lt;i&gt;class&lt;/i&gt;, &lt;i&gt;class_label&lt;/i&gt; (d'après le style palette de la couche s'il existe), &lt;i&gt;area_ha&lt;/i&gt; et &lt;i&gt;share&lt;/i&gt; (de la surface valide de la zone, les parts somment donc à 1). Les pixels sans données sont rapportés sur une ligne à part (classe vide, libellé 'nodata', sans part) et ne sont jamais mêlés à une classe.</translation>
    </message>
    <message>
      <source>Area tables for the UNCCD PRAIS 4 report, strategic objective 1, in km², from the summary tables of the SDG 15.3.1 indicator (one per period) and optionally the areas table of Degradation status.&lt;br&gt;&lt;br&gt;&lt;b&gt;Sheet 'SO1 land by period'&lt;/b&gt;: one row per period and zone ('(all)' is the whole area): period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (empty when no water mask was used), nodata_km2 and proportion_degraded_percent = degraded / total land x 100 (SDG 15.3.1, GBF 2.CT.1).&lt;br&gt;&lt;b&gt;Sheet 'SO1 status'&lt;/b&gt; (with a status table): per zone the 7 status classes (persistent, recent and baseline degradation, stable, stable but improved at baseline, recent and persistent improvement), the collapsed degraded / stable / improved classes, the total valid area and nodata, in km², with share_of_valid_percent.&lt;br&gt;&lt;br&gt;Areas are the inputs' area_ha / 100. The tables are checked: total land must equal degraded + stable + improved, and each collapsed class the sum of its status classes; a warning names any period or zone that does not add up (the values are written as given). The optional CSV holds the first sheet.</source>
      <translation type="vanished">Tables de surfaces pour le rapport PRAIS 4 de la CNULCD, objectif stratégique 1, en km², à partir des tables de synthèse de l'indicateur ODD 15.3.1 (une par période) et, en option, de la table des surfaces d'État de la dégradation.&lt;br&gt;&lt;br&gt;&lt;b&gt;Feuille 'SO1 land by period'&lt;/b&gt; : une ligne par période et par zone ('(all)' est toute la région) : period, zone, degraded_km2, stable_km2, improved_km2, total_land_km2, water_km2 (vide si aucun masque d'eau n'a été utilisé), nodata_km2 et proportion_degraded_percent = dégradées / surface terrestre totale x 100 (ODD 15.3.1, CMB 2.CT.1).&lt;br&gt;&lt;b&gt;Feuille 'SO1 status'&lt;/b&gt; (avec une table d'état) : par zone, les 7 classes d'état (dégradation persistante, récente et de référence, stable, stable mais amélioré à la référence, amélioration récente et persistante), les classes regroupées dégradé / stable / amélioré, la surface valide totale et les surfaces sans données, en km², avec share_of_valid_percent.&lt;br&gt;&lt;br&gt;Les surfaces sont l'area_ha des entrées / 100. Les tables sont vérifiées : la surface terrestre totale doit être égale à dégradées + stables + améliorées, et chaque classe regroupée à la somme de ses classes d'état ; un avertissement signale toute période ou zone dont les totaux ne concordent pas (les valeurs sont écrites telles quelles). Le CSV facultatif contient la première feuille.</translation>
    </message>
    <message>
      <source>Area under restoration (GBF 2.1)…</source>
      <translation type="vanished">Surface en restauration (CMB 2.1)…</translation>
    </message>
    <message>
      <source>Area under restoration in every year from FIRST_YEAR to LAST_YEAR, against a linear path to the Target 2 goal.&lt;br&gt;&lt;br&gt;A site counts in a year when it started in or before it, has no end year or ended in or after it, and its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on the baseline raster (or polygon intersections).&lt;br&gt;&lt;br&gt;The path goes linearly from 0 ha in BASELINE_YEAR to TARGET % of the degraded baseline in TARGET_YEAR (2030) and stays there after it; a year is on track (1) when the area under restoration inside degraded land reaches the path, 0 when not, empty before the baseline year. The CHART shows the area under restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).</source>
      <translation type="vanished">Surface en restauration pour chaque année de FIRST_YEAR à LAST_YEAR, comparée à une trajectoire linéaire vers l'objectif de la cible 2.&lt;br&gt;&lt;br&gt;Un site compte pour une année s'il a commencé cette année-là ou avant, s'il n'a pas d'année de fin ou s'est terminé cette année-là ou après, et si son état n'est pas exclu (par défaut FERM « En préparation ») ; les sites qui se chevauchent comptent une seule fois (méthode FERM : union des géométries valides en EPSG:6933). La restauration à l'intérieur des terres dégradées utilise la couverture exacte des pixels sur le raster de référence (ou des intersections de polygones).&lt;br&gt;&lt;br&gt;La trajectoire va linéairement de 0 ha en BASELINE_YEAR à TARGET % de la référence dégradée en TARGET_YEAR (2030) et reste à ce niveau ensuite ; une année est en bonne voie (1) quand la surface en restauration à l'intérieur des terres dégradées atteint la trajectoire, 0 sinon, vide avant l'année de référence. Le CHART montre la surface en restauration, la part située dans les terres dégradées et la trajectoire (SVG, ou PNG rendu à partir de celui-ci).</translation>
    </message>
    <message>
      <source>Area under restoration in every year from {START_YEAR} to {END_YEAR}, against a linear path to the Target 2 goal.&lt;br&gt;&lt;br&gt;A site counts in a year when it started in or before it, has no end year or ended in or after it, and its status is not excluded (default FERM 'In preparation'); overlapping sites count once (FERM method: union of valid geometries in EPSG:6933). Restoration inside degraded land uses exact pixel coverage on the baseline raster (or polygon intersections).&lt;br&gt;&lt;br&gt;The path goes linearly from 0 ha in {BASELINE_YEAR} to the {TARGET_PCT} in {TARGET_YEAR} (2030) and stays there after it; a year is on track (1) when the area under restoration inside degraded land reaches the path, 0 when not, empty before the baseline year. The {CHART} shows the area under restoration, the part inside degraded land and the path (SVG, or PNG rendered from it).</source>
      <translation type="vanished">Surface en restauration pour chaque année de {START_YEAR} à {END_YEAR}, comparée à une trajectoire linéaire vers l'objectif de la cible 2.&lt;br&gt;&lt;br&gt;Un site compte pour une année s'il a commencé cette année-là ou avant, s'il n'a pas d'année de fin ou s'est terminé cette année-là ou après, et si son état n'est pas exclu (par défaut FERM « En préparation ») ; les sites qui se chevauchent comptent une seule fois (méthode FERM : union des géométries valides en EPSG:6933). La restauration à l'intérieur des terres dégradées utilise la couverture exacte des pixels sur le raster de référence (ou des intersections de polygones).&lt;br&gt;&lt;br&gt;La trajectoire va linéairement de 0 ha en {BASELINE_YEAR} à {TARGET_PCT} en {TARGET_YEAR} (2030) et reste à ce niveau ensuite ; une année est en bonne voie (1) quand la surface en restauration à l'intérieur des terres dégradées atteint la trajectoire, 0 sinon, vide avant l'année de référence. Le {CHART} montre la surface en restauration, la part située dans les terres dégradées et la trajectoire (SVG, ou PNG rendu à partir de celui-ci).</translation>
    </message>
    <message>
      <source>Baseline class (optional)</source>
      <translation type="vanished">Classe de référence (facultatif)</translation>
    </message>
    <message>
      <source>Binary: values other than 0 and 1 stop the run. Land cover: the codes listed below are forest, every other valid code is non-forest.</source>
      <translation type="vanished">Binaire : les valeurs autres que 0 et 1 arrêtent l'exécution. Occupation du sol : les codes indiqués ci-dessous sont de la forêt, tout autre code valide est non-forêt.</translation>
    </message>
    <message>
      <source>Biomes / ecosystem types (optional)</source>
      <translation type="vanished">Biomes / types d'écosystèmes (facultatif)</translation>
    </message>
    <message>
      <source>CHANGE_PERCENT must be greater than 0 and less than 100 (got {value}).</source>
      <translation type="vanished">CHANGE_PERCENT doit être supérieur à 0 et inférieur à 100 (reçu : {value}).</translation>
    </message>
    <message>
      <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
      <translation type="vanished">CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Categorical raster of the baseline (band 1), e.g. the SDG 15.3.1 -1/0/+1 layer or national degradation classes; any CRS. Give this or the degraded-land polygons.</source>
      <translation type="vanished">Raster catégoriel de la référence (bande 1), p. ex. la couche ODD 15.3.1 -1/0/+1 ou des classes nationales de dégradation ; tout SCR. Indiquez-le ou les polygones de terres dégradées.</translation>
    </message>
    <message>
      <source>Checks restoration site polygons against FAO FERM's rules and vocabularies and writes what FERM and GEF ask for: the FERM API payload (GeoJSON with the project under the top-level properties), the upload package (zip of shapefile, KML and GeoJSON) and the GEF geospatial template. Nothing is sent anywhere and no API key is asked for.&lt;br&gt;&lt;br&gt;Each FERM field comes from a layer field or a fixed value (the field wins; the fixed value fills features whose field is empty). Geometry is reprojected to EPSG:4326, made 2-D and valid (repairs are warnings); empty geometries, points and lines are errors; names missing are warnings; codes outside the FERM vocabularies are errors naming the code and the field; overlapping sites are warnings. Areas (ha) are computed as FERM does: union of the valid geometry in EPSG:6933.&lt;br&gt;&lt;br&gt;The payload has one Polygon feature per site polygon: a multi-part site gives one feature per part with the site's properties plus part and partCount, each with its own area.&lt;br&gt;&lt;br&gt;When errors remain and invalid features are not skipped, the run stops with a message, writes only the validation table (it explains the failure) and no other output. Project-level errors (unknown organization role/type or restoration type, bad country code) always stop the run.</source>
      <translation type="vanished">Vérifie les polygones des sites de restauration au regard des règles et vocabulaires de FERM (FAO) et écrit ce que demandent FERM et le GEF : la charge utile pour l'API FERM (GeoJSON avec le projet dans les propriétés de premier niveau), le paquet d'envoi (zip contenant shapefile, KML et GeoJSON) et le modèle géospatial du GEF. Rien n'est envoyé nulle part et aucune clé d'API n'est demandée.&lt;br&gt;&lt;br&gt;Chaque champ FERM provient d'un champ de la couche ou d'une valeur fixe (le champ l'emporte ; la valeur fixe complète les entités dont le champ est vide). La géométrie est reprojetée en EPSG:4326, passée en 2D et rendue valide (les réparations sont des avertissements) ; les géométries vides, les points et les lignes sont des erreurs ; les noms manquants sont des avertissements ; les codes hors des vocabulaires FERM sont des erreurs indiquant le code et le champ ; les sites qui se chevauchent sont des avertissements. Les surfaces (ha) sont calculées comme le fait FERM : union de la géométrie valide en EPSG:6933.&lt;br&gt;&lt;br&gt;La charge utile comporte une entité Polygon par polygone de site : un site multipartie donne une entité par partie avec les propriétés du site plus part et partCount, chacune avec sa propre surface.&lt;br&gt;&lt;br&gt;Lorsqu'il reste des erreurs et que les entités invalides ne sont pas ignorées, l'exécution s'arrête avec un message, n'écrit que la table de validation (qui explique l'échec) et aucune autre sortie. Les erreurs au niveau du projet (rôle ou type d'organisation ou type de restauration inconnu, code de pays incorrect) arrêtent toujours l'exécution.</translation>
    </message>
    <message>
      <source>Class areas per zone…</source>
      <translation type="vanished">Surfaces par classe et par zone…</translation>
    </message>
    <message>
      <source>Classifies a suitability raster into N priority classes (1 = lowest, N = highest priority) and reports the area of each class overall and per zone.&lt;br&gt;&lt;br&gt;Breaks: equal interval over the exact min-max of the valid pixels; quantiles (numpy linear interpolation) of the valid pixels (exact up to 1 000 000 pixels, else a reproducible pixel sample of that size); natural breaks (Jenks): the exact optimal partition (minimum within-class sum of squares) of a reproducible sample of SAMPLE_SIZE pixels; or manual. A value equal to a break goes to the lower class. Pixels excluded by t2monitor:weightedoverlay (value -1, declared in the file's metadata) get class 0 'excluded'.&lt;br&gt;&lt;br&gt;Output: Int16 classes, nodata -32768, styled with a legend of the N labels. The table (level, zone, class, class_label, area_ha, share) gives true ellipsoidal areas; shares are of the zone's valid area (excluded included); BREAKS_USED lists the breaks.</source>
      <translation type="vanished">Classe un raster d'aptitude en N classes de priorité (1 = priorité la plus basse, N = la plus haute) et rapporte la surface de chaque classe au total et par zone.&lt;br&gt;&lt;br&gt;Seuils : intervalles égaux sur le min-max exact des pixels valides ; quantiles (interpolation linéaire de numpy) des pixels valides (exacts jusqu'à 1 000 000 de pixels, sinon sur un échantillon reproductible de pixels de cette taille) ; seuils naturels (Jenks) : la partition optimale exacte (somme minimale des carrés intra-classes) d'un échantillon reproductible de SAMPLE_SIZE pixels ; ou manuels. Une valeur égale à un seuil va dans la classe inférieure. Les pixels exclus par t2monitor:weightedoverlay (valeur -1, déclarée dans les métadonnées du fichier) reçoivent la classe 0 'exclu'.&lt;br&gt;&lt;br&gt;Sortie : classes Int16, sans données -32768, stylées avec une légende des N libellés. La table (level, zone, class, class_label, area_ha, share) donne les surfaces ellipsoïdales réelles ; les parts sont rapportées à la surface valide de la zone (exclus compris) ; BREAKS_USED liste les seuils.</translation>
    </message>
    <message>
      <source>Combines standardised criteria (0..1) into a restoration suitability: sum of weight x criterion, with the weights normalised to sum 1 (ROAM steps 3-5).&lt;br&gt;&lt;br&gt;A pixel is nodata when any criterion is nodata there. It is &lt;b&gt;excluded&lt;/b&gt; when an exclusion raster has a valid non-zero value, or exclusion polygons cover at least half of it. Excluded pixels are written as &lt;b&gt;-1&lt;/b&gt; (distinct from nodata -9999), so they show on the map and t2monitor:priorityclasses puts them in class 0. EXCLUDED_HA and VALID_HA (pixels with a suitability) are true ellipsoidal areas.&lt;br&gt;&lt;br&gt;Criteria with values outside 0..1, a number of weights different from the number of criteria, negative weights, and a result with no pixel left are refused with a message, and no output is written. The weights used are reported (WEIGHTS_USED).</source>
      <translation type="vanished">Combine des critères standardisés (0..1) en une aptitude à la restauration : somme des poids x critères, les poids étant normalisés pour sommer à 1 (étapes 3-5 de ROAM).&lt;br&gt;&lt;br&gt;Un pixel est sans données lorsqu'un critère y est sans données. Il est &lt;b&gt;exclu&lt;/b&gt; lorsqu'un raster d'exclusion a une valeur valide non nulle, ou que les polygones d'exclusion en couvrent au moins la moitié. Les pixels exclus sont écrits à &lt;b&gt;-1&lt;/b&gt; (distinct de sans données -9999) : ils apparaissent donc sur la carte et t2monitor:priorityclasses les place en classe 0. EXCLUDED_HA et VALID_HA (pixels ayant une aptitude) sont des surfaces ellipsoïdales réelles.&lt;br&gt;&lt;br&gt;Les critères ayant des valeurs hors de 0..1, un nombre de poids différent du nombre de critères, des poids négatifs et un résultat sans aucun pixel restant sont refusés avec un message, et aucune sortie n'est écrite. Les poids utilisés sont rapportés (WEIGHTS_USED).</translation>
    </message>
    <message>
      <source>Combines standardised criteria (0..1) into a restoration suitability: sum of weight x criterion, with the weights normalised to sum 1 (ROAM steps 3-5).&lt;br&gt;&lt;br&gt;A pixel is nodata when any criterion is nodata there. It is &lt;b&gt;excluded&lt;/b&gt; when an exclusion raster has a valid non-zero value, or exclusion polygons cover at least half of it. Excluded pixels are written as &lt;b&gt;-1&lt;/b&gt; (distinct from nodata -9999), so they show on the map and t2monitor:priorityclasses puts them in class 0. {EXCLUDED_HA} and {VALID_HA} (pixels with a suitability) are true ellipsoidal areas.&lt;br&gt;&lt;br&gt;Criteria with values outside 0..1, a number of weights different from the number of criteria, negative weights, and a result with no pixel left are refused with a message, and no output is written. The weights used are reported ({WEIGHTS_USED}).</source>
      <translation type="vanished">Combine des critères standardisés (0..1) en une aptitude à la restauration : somme des poids x critères, les poids étant normalisés pour sommer à 1 (étapes 3-5 de ROAM).&lt;br&gt;&lt;br&gt;Un pixel est sans données lorsqu'un critère y est sans données. Il est &lt;b&gt;exclu&lt;/b&gt; lorsqu'un raster d'exclusion a une valeur valide non nulle, ou que les polygones d'exclusion en couvrent au moins la moitié. Les pixels exclus sont écrits à &lt;b&gt;-1&lt;/b&gt; (distinct de sans données -9999) : ils apparaissent donc sur la carte et t2monitor:priorityclasses les place en classe 0. {EXCLUDED_HA} et {VALID_HA} (pixels ayant une aptitude) sont des surfaces ellipsoïdales réelles.&lt;br&gt;&lt;br&gt;Les critères ayant des valeurs hors de 0..1, un nombre de poids différent du nombre de critères, des poids négatifs et un résultat sans aucun pixel restant sont refusés avec un message, et aucune sortie n'est écrite. Les poids utilisés sont rapportés ({WEIGHTS_USED}).</translation>
    </message>
    <message>
      <source>Compares two categorical maps, e.g. the degradation or priority maps of two sectors, or SDG 15.3.1 against a national severity map (band 1 of each, whole-number codes).&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-class raster.&lt;/b&gt; code = class_a × K + class_b, with K the smallest power of ten (at least 10) larger than max(class_b) − min(0, min(class_b)): with non-negative codes the digits read 'A then B' (K = 10: 23 is A 2 / B 3). Int32, nodata −2147483648 where either map is nodata. The style is written next to the output: one legend entry 'A=x / B=y' per pair found, agreeing pairs in greens, the others in reds.&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-tabulation.&lt;/b&gt; Area in hectares of every pair (class_a, class_b), for the whole raster and per zone, with the pair's code and whether it counts as agreement; pixels where only one map has data keep their class in rows of their own (the other class empty), so the rows of a class summed over the other map equal that class's area. Optional wide matrix (rows A, columns B) as CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Agreement.&lt;/b&gt; Only pixels valid in both maps are compared. Overall agreement = agreeing area / compared area. By default a pair agrees when both codes are equal; when the legends differ, list the pairs that agree in the correspondence table (e.g. A −1 with B 2 and B 3). Cohen's kappa = (p_o − p_e) / (1 − p_e) with p_e = Σ over agreeing pairs of the product of the two maps' class shares (with a correspondence table: the weighted kappa with 0/1 agreement weights). The confusion matrix is weighted by true pixel AREAS, not pixel counts; both give the same values on equal-area grids. Kappa is empty when undefined (both maps one single matching class).&lt;br&gt;&lt;br&gt;Maps on different grids are refused unless 'Align' is ticked (map B is then resampled, nearest neighbour, to map A's grid).</source>
      <translation type="vanished">Compare deux cartes catégorielles, p. ex. les cartes de dégradation ou de priorité de deux secteurs, ou l'ODD 15.3.1 et une carte nationale de sévérité (bande 1 de chacune, codes entiers).&lt;br&gt;&lt;br&gt;&lt;b&gt;Raster des classes croisées.&lt;/b&gt; code = class_a × K + class_b, où K est la plus petite puissance de dix (au moins 10) supérieure à max(class_b) − min(0, min(class_b)) : avec des codes non négatifs, les chiffres se lisent « A puis B » (K = 10 : 23 correspond à A 2 / B 3). Int32, sans données −2147483648 là où l'une des cartes est sans données. Le style est écrit à côté de la sortie : une entrée de légende 'A=x / B=y' par paire trouvée, les paires concordantes en verts, les autres en rouges.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tableau croisé.&lt;/b&gt; Surface en hectares de chaque paire (class_a, class_b), pour tout le raster et par zone, avec le code de la paire et l'indication de sa concordance ; les pixels où une seule carte a des données conservent leur classe sur des lignes à part (l'autre classe vide), de sorte que les lignes d'une classe sommées sur l'autre carte égalent la surface de cette classe. Matrice large facultative (lignes A, colonnes B) en CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Concordance.&lt;/b&gt; Seuls les pixels valides dans les deux cartes sont comparés. Concordance globale = surface concordante / surface comparée. Par défaut, une paire concorde quand les deux codes sont égaux ; quand les légendes diffèrent, listez les paires concordantes dans la table de correspondance (p. ex. A −1 avec B 2 et B 3). Kappa de Cohen = (p_o − p_e) / (1 − p_e) avec p_e = Σ sur les paires concordantes du produit des parts de classe des deux cartes (avec une table de correspondance : le kappa pondéré avec des poids de concordance 0/1). La matrice de confusion est pondérée par les SURFACES réelles des pixels, non par leur nombre ; les deux donnent les mêmes valeurs sur des grilles à surfaces égales. Le kappa est vide quand il n'est pas défini (les deux cartes n'ont qu'une seule classe concordante).&lt;br&gt;&lt;br&gt;Les cartes sur des grilles différentes sont refusées sauf si « Aligner » est coché (la carte B est alors rééchantillonnée, au plus proche voisin, sur la grille de la carte A).</translation>
    </message>
    <message>
      <source>Compares two categorical maps, e.g. the degradation or priority maps of two sectors, or SDG 15.3.1 against a national severity map (band 1 of each, whole-number codes).&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-class raster.&lt;/b&gt; code = class_a × K + class_b, with K the smallest power of ten (at least 10) larger than max(class_b) − min(0, min(class_b)): with non-negative codes the digits read 'A then B' (K = 10: 23 is A 2 / B 3). Int32, nodata −2147483648 where either map is nodata. The style is written next to the output: one legend entry 'A=x / B=y' per pair found, agreeing pairs in greens, the others in reds.&lt;br&gt;&lt;br&gt;&lt;b&gt;Cross-tabulation.&lt;/b&gt; Area in hectares of every pair (class_a, class_b), for the whole raster and per zone, with the pair's code and whether it counts as agreement; pixels where only one map has data keep their class in rows of their own (the other class empty), so the rows of a class summed over the other map equal that class's area. Optional wide matrix (rows A, columns B) as CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Agreement.&lt;/b&gt; Only pixels valid in both maps are compared. Overall agreement = agreeing area / compared area. By default a pair agrees when both codes are equal; when the legends differ, list the pairs that agree in {CORRESPONDENCE_TABLE} (e.g. A −1 with B 2 and B 3). Cohen's kappa = (p_o − p_e) / (1 − p_e) with p_e = Σ over agreeing pairs of the product of the two maps' class shares (with a correspondence table: the weighted kappa with 0/1 agreement weights). The confusion matrix is weighted by true pixel AREAS, not pixel counts; both give the same values on equal-area grids. Kappa is empty when undefined (both maps one single matching class).&lt;br&gt;&lt;br&gt;Maps on different grids are refused unless {ALIGN} is ticked (map B is then resampled, nearest neighbour, to map A's grid).</source>
      <translation type="vanished">Compare deux cartes catégorielles, p. ex. les cartes de dégradation ou de priorité de deux secteurs, ou l'ODD 15.3.1 et une carte nationale de sévérité (bande 1 de chacune, codes entiers).&lt;br&gt;&lt;br&gt;&lt;b&gt;Raster des classes croisées.&lt;/b&gt; code = class_a × K + class_b, où K est la plus petite puissance de dix (au moins 10) supérieure à max(class_b) − min(0, min(class_b)) : avec des codes non négatifs, les chiffres se lisent « A puis B » (K = 10 : 23 correspond à A 2 / B 3). Int32, sans données −2147483648 là où l'une des cartes est sans données. Le style est écrit à côté de la sortie : une entrée de légende 'A=x / B=y' par paire trouvée, les paires concordantes en verts, les autres en rouges.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tableau croisé.&lt;/b&gt; Surface en hectares de chaque paire (class_a, class_b), pour tout le raster et par zone, avec le code de la paire et l'indication de sa concordance ; les pixels où une seule carte a des données conservent leur classe sur des lignes à part (l'autre classe vide), de sorte que les lignes d'une classe sommées sur l'autre carte égalent la surface de cette classe. Matrice large facultative (lignes A, colonnes B) en CSV/XLSX.&lt;br&gt;&lt;br&gt;&lt;b&gt;Concordance.&lt;/b&gt; Seuls les pixels valides dans les deux cartes sont comparés. Concordance globale = surface concordante / surface comparée. Par défaut, une paire concorde quand les deux codes sont égaux ; quand les légendes diffèrent, listez les paires concordantes dans {CORRESPONDENCE_TABLE} (p. ex. A −1 avec B 2 et B 3). Kappa de Cohen = (p_o − p_e) / (1 − p_e) avec p_e = Σ sur les paires concordantes du produit des parts de classe des deux cartes (avec une table de correspondance : le kappa pondéré avec des poids de concordance 0/1). La matrice de confusion est pondérée par les SURFACES réelles des pixels, non par leur nombre ; les deux donnent les mêmes valeurs sur des grilles à surfaces égales. Le kappa est vide quand il n'est pas défini (les deux cartes n'ont qu'une seule classe concordante).&lt;br&gt;&lt;br&gt;Les cartes sur des grilles différentes sont refusées sauf si {ALIGN} est coché (la carte B est alors rééchantillonnée, au plus proche voisin, sur la grille de la carte A).</translation>
    </message>
    <message>
      <source>Computes the land productivity sub-indicator of SDG 15.3.1 from an annual vegetation index series in one step, locally: the trajectory (Mann-Kendall trend, significance ALPHA), the state (decile class of the last RECENT_YEARS against the earlier years of the period), the performance (mean over the period against the PERCENTILE of the pixel's land unit) and their combination into the five Land Productivity Dynamics classes (1 declining, 2 moderate decline, 3 stressed, 4 stable, 5 increasing) with the table of the UNCCD Good Practice Guidance.&lt;br&gt;&lt;br&gt;It runs the algorithms Productivity trajectory, Productivity state, Productivity performance and Land productivity dynamics with the same settings as those; ask for the intermediate layers to keep them (otherwise they are written to temporary files and removed).</source>
      <translation type="vanished">Calcule en une seule étape, localement, le sous-indicateur de productivité des terres de l'ODD 15.3.1 à partir d'une série annuelle d'indice de végétation : la trajectoire (tendance de Mann-Kendall, seuil de signification ALPHA), l'état (classe de décile des RECENT_YEARS dernières années par rapport aux années antérieures de la période), la performance (moyenne sur la période par rapport au PERCENTILE de l'unité de terres du pixel) et leur combinaison en cinq classes de dynamique de la productivité des terres (1 en déclin, 2 déclin modéré, 3 sous stress, 4 stable, 5 en hausse) selon la table du guide de bonnes pratiques de la CNULCD.&lt;br&gt;&lt;br&gt;Il exécute les algorithmes Trajectoire de la productivité, État de la productivité, Performance de la productivité et Dynamique de la productivité des terres avec les mêmes paramètres que ceux-ci ; demandez les couches intermédiaires pour les conserver (sinon elles sont écrites dans des fichiers temporaires supprimés ensuite).</translation>
    </message>
    <message>
      <source>Controls are pixels at least half inside the site buffered by this distance, in metres (default 5000). For a raster in degrees, the distance is converted at the site's latitude along the parallels.</source>
      <translation type="vanished">Les témoins sont les pixels situés au moins à moitié dans le site élargi d'une zone tampon de cette distance, en mètres (par défaut 5000). Pour un raster en degrés, la distance est convertie à la latitude du site le long des parallèles.</translation>
    </message>
    <message>
      <source>Criterion rasters already standardised to 0..1 (t2monitor:standardizecriterion), band 1 of each; the order sets which weight applies to which criterion.</source>
      <translation type="vanished">Rasters de critère déjà standardisés sur 0..1 (t2monitor:standardizecriterion), bande 1 de chacun ; l'ordre détermine quel poids s'applique à quel critère.</translation>
    </message>
    <message>
      <source>Criterion weights for the restoration priority overlay from a pairwise comparison matrix (Analytic Hierarchy Process, Saaty).&lt;br&gt;&lt;br&gt;Each judgement a(i, j) says how much more important the row criterion is than the column criterion on Saaty's scale 1/9 ... 1 ... 9 (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme importance). Fill the cells above the diagonal: empty (or 0) cells below it and on the diagonal are filled with reciprocals and 1. Rounded fractions such as 0.333 are read as 1/3. A matrix CSV file (criterion names as header, one row per criterion; fractions like 1/3 allowed) takes precedence over the matrix parameter; several experts' files are combined by the element-wise geometric mean and take precedence over both.&lt;br&gt;&lt;br&gt;Weights are the normalised principal eigenvector; the geometric-mean weights are reported for comparison. Consistency: CI = (lambda_max - n)/(n - 1), CR = CI/RI with Saaty's random index (resources/data/ahp_random_index.csv, n = 1 to 15). CR below 0.10 is acceptable; otherwise a warning names the judgement that departs most from the ratio the weights imply (|log a(i, j) - log(w(i)/w(j))|), the first one to revise.&lt;br&gt;&lt;br&gt;The WEIGHTS output is the weights in criteria order as a comma-separated string, ready for the WEIGHTS parameter of the weighted overlay in models.</source>
      <translation type="vanished">Poids des critères pour la superposition de priorité de restauration à partir d'une matrice de comparaison par paires (processus de hiérarchie analytique (AHP), Saaty).&lt;br&gt;&lt;br&gt;Chaque jugement a(i, j) indique dans quelle mesure le critère de la ligne est plus important que celui de la colonne sur l'échelle de Saaty 1/9 ... 1 ... 9 (1 importance égale, 3 importance modérée, 5 importance forte, 7 importance très forte, 9 importance extrême). Remplissez les cellules au-dessus de la diagonale : les cellules vides (ou 0) en dessous et sur la diagonale sont remplies avec les inverses et avec 1. Les fractions arrondies telles que 0.333 sont lues comme 1/3. Un fichier CSV de matrice (noms des critères en en-tête, une ligne par critère ; fractions comme 1/3 admises) est prioritaire sur le paramètre de matrice ; les fichiers de plusieurs experts sont combinés par la moyenne géométrique élément par élément et sont prioritaires sur les deux.&lt;br&gt;&lt;br&gt;Les poids sont le vecteur propre principal normalisé ; les poids de la moyenne géométrique sont rapportés pour comparaison. Cohérence : CI = (lambda_max - n)/(n - 1), CR = CI/RI avec l'indice aléatoire de Saaty (resources/data/ahp_random_index.csv, n = 1 à 15). Un CR inférieur à 0,10 est acceptable ; sinon, un avertissement indique le jugement qui s'écarte le plus du rapport impliqué par les poids (|log a(i, j) - log(w(i)/w(j))|), le premier à réviser.&lt;br&gt;&lt;br&gt;La sortie WEIGHTS contient les poids dans l'ordre des critères sous forme de chaîne séparée par des virgules, prête pour le paramètre WEIGHTS de la superposition pondérée dans les modèles.</translation>
    </message>
    <message>
      <source>Degradation severity (national criteria)…</source>
      <translation type="vanished">Sévérité de la dégradation (critères nationaux)…</translation>
    </message>
    <message>
      <source>Ecosystems field</source>
      <translation type="vanished">Champ Ecosystems</translation>
    </message>
    <message>
      <source>Ecosystems fixed value</source>
      <translation type="vanished">Valeur fixe Ecosystems</translation>
    </message>
    <message>
      <source>End year field (optional)</source>
      <translation type="vanished">Champ d'année de fin (facultatif)</translation>
    </message>
    <message>
      <source>Error recode polygons (optional)</source>
      <translation type="vanished">Polygones de recodage des erreurs (facultatif)</translation>
    </message>
    <message>
      <source>Export to FERM…</source>
      <translation type="vanished">Exporter vers FERM…</translation>
    </message>
    <message>
      <source>Export to the CBD ORT…</source>
      <translation type="vanished">Exporter vers l'ORT de la CDB…</translation>
    </message>
    <message>
      <source>FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24)</source>
      <translation type="vanished">codes d'activité FERM, séparés par des virgules (activités terminales 1-50, p. ex. 4,6,24)</translation>
    </message>
    <message>
      <source>FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label)</source>
      <translation type="vanished">type de restauration FERM : 1 Restauration écologique, 2 Réhabilitation (code ou libellé)</translation>
    </message>
    <message>
      <source>FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label</source>
      <translation type="vanished">code de régime foncier FERM 1-7 (1 Communal, 2 Public, 3 TIT, 4 Copropriété, 5 Privé, 6 Autre, 7 Ne sait pas) ou libellé</translation>
    </message>
    <message>
      <source>Feature id</source>
      <translation type="vanished">Id. de l'entité</translation>
    </message>
    <message>
      <source>Field holding the FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Empty: use {ACTIVITIES_VALUE}.</source>
      <translation type="vanished">Champ contenant les codes d'activité FERM, séparés par des virgules (activités terminales 1-50, p. ex. 4,6,24). Vide : utiliser {ACTIVITIES_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Empty: use {RESTORATION_TYPE_VALUE}.</source>
      <translation type="vanished">Champ contenant le type de restauration FERM : 1 Restauration écologique, 2 Réhabilitation (code ou libellé). Vide : utiliser {RESTORATION_TYPE_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Empty: use {TENURE_VALUE}.</source>
      <translation type="vanished">Champ contenant le code de régime foncier FERM 1-7 (1 Communal, 2 Public, 3 TIT, 4 Copropriété, 5 Privé, 6 Autre, 7 Ne sait pas) ou libellé. Vide : utiliser {TENURE_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Empty: use {ECOSYSTEMS_VALUE}.</source>
      <translation type="vanished">Champ contenant les codes de biome de la typologie mondiale des écosystèmes de l'UICN, séparés par des virgules (p. ex. T1,TF1). Vide : utiliser {ECOSYSTEMS_VALUE}.</translation>
    </message>
    <message>
      <source>Field holding the {what}. Empty: use the fixed value.</source>
      <translation type="vanished">Champ donnant la valeur de : {what}. Vide : la valeur fixe est utilisée.</translation>
    </message>
    <message>
      <source>Field of the polygons holding the whole-number land unit id.</source>
      <translation type="vanished">Champ des polygones contenant l'identifiant entier de l'unité de terres.</translation>
    </message>
    <message>
      <source>First year (optional)</source>
      <translation type="vanished">Première année (facultatif)</translation>
    </message>
    <message>
      <source>Fixed value for every site: FERM activity codes, comma-separated (leaf activities 1-50, e.g. 4,6,24). Used where {ACTIVITIES_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valeur fixe pour tous les sites : codes d'activité FERM, séparés par des virgules (activités terminales 1-50, p. ex. 4,6,24). Utilisée lorsque {ACTIVITIES_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <source>Fixed value for every site: FERM restoration type: 1 Ecological restoration, 2 Rehabilitation (code or label). Used where {RESTORATION_TYPE_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valeur fixe pour tous les sites : type de restauration FERM : 1 Restauration écologique, 2 Réhabilitation (code ou libellé). Utilisée lorsque {RESTORATION_TYPE_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <source>Fixed value for every site: FERM tenure status code 1-7 (1 Communal, 2 Government, 3 ITTs, 4 Jointly owned, 5 Private, 6 Other, 7 Don't know) or label. Used where {TENURE_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valeur fixe pour tous les sites : code de régime foncier FERM 1-7 (1 Communal, 2 Public, 3 TIT, 4 Copropriété, 5 Privé, 6 Autre, 7 Ne sait pas) ou libellé. Utilisée lorsque {TENURE_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <source>Fixed value for every site: IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1). Used where {ECOSYSTEMS_FIELD} is not chosen or is empty.</source>
      <translation type="vanished">Valeur fixe pour tous les sites : codes de biome de la typologie mondiale des écosystèmes de l'UICN, séparés par des virgules (p. ex. T1,TF1). Utilisée lorsque {ECOSYSTEMS_FIELD} n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <source>Fixed value for every site: {what}. Used where the field is not chosen or is empty.</source>
      <translation type="vanished">Valeur fixe pour tous les sites : {what}. Utilisée lorsque le champ n'est pas choisi ou est vide.</translation>
    </message>
    <message>
      <source>For each restoration site, tests whether the annual vegetation index (e.g. NDVI) rises faster after the site's start year than on comparable land nearby.&lt;br&gt;&lt;br&gt;&lt;b&gt;Site pixels&lt;/b&gt;: pixels at least half inside the site polygon. &lt;b&gt;Controls&lt;/b&gt;: pixels within the search distance of the site, outside every site of the layer (whatever its status) buffered by a gap of a few pixels, in the same land unit and baseline class as the site's pixels (optional rasters). Each (land unit, class) stratum of the site is compared with the controls of the same stratum, weighted by the site's share of pixels in it.&lt;br&gt;&lt;b&gt;Estimate&lt;/b&gt;: difference-in-differences of OLS trends of the yearly mean index: (site slope from the start year on - site slope before) - (control slope after - control slope before), in index units per year. &lt;b&gt;p-value&lt;/b&gt;: from the standard error of that term in the interrupted time-series regression of the site-minus-control series (Student's t, n - 4 degrees of freedom); it is the chance of an effect at least this large if restoration changed nothing and the yearly residuals were independent.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt;: improving (effect &gt; 0, p &lt;= alpha), declining (effect &lt; 0, p &lt;= alpha), no detectable effect yet, too early to tell (too few years from the start), not assessable (no start year, excluded status, no pixel or no control, too few years before the start), each with a reason.&lt;br&gt;&lt;br&gt;&lt;b&gt;Limits&lt;/b&gt;: sites are not randomised, so controls only approximate what would have happened; spill-overs and leakage beyond the gap are not seen; a non-linear difference in pre-trends biases the estimate (compare the before slopes); short post periods give wide errors; cloud gaps change which pixels make a year's mean. The end year is not used: the after period runs to the last year of the series.</source>
      <translation type="vanished">Pour chaque site de restauration, teste si l'indice de végétation annuel (p. ex. NDVI) augmente plus vite après l'année de début du site que sur des terres comparables voisines.&lt;br&gt;&lt;br&gt;&lt;b&gt;Pixels du site&lt;/b&gt; : pixels situés au moins à moitié dans le polygone du site. &lt;b&gt;Témoins&lt;/b&gt; : pixels situés dans la distance de recherche du site, hors de tous les sites de la couche (quel que soit leur état) élargis d'un écart de quelques pixels, dans la même unité de terres et la même classe de référence que les pixels du site (rasters facultatifs). Chaque strate (unité de terres, classe) du site est comparée aux témoins de la même strate, pondérée par la part des pixels du site qu'elle contient.&lt;br&gt;&lt;b&gt;Estimation&lt;/b&gt; : différence de différences des tendances par moindres carrés ordinaires de l'indice moyen annuel : (pente du site à partir de l'année de début - pente du site avant) - (pente des témoins après - pente des témoins avant), en unités de l'indice par an. &lt;b&gt;Valeur p&lt;/b&gt; : issue de l'erreur type de ce terme dans la régression en séries temporelles interrompues de la série site moins témoins (t de Student, n - 4 degrés de liberté) ; c'est la probabilité d'un effet au moins aussi grand si la restauration n'avait rien changé et si les résidus annuels étaient indépendants.&lt;br&gt;&lt;b&gt;Classes&lt;/b&gt; : amélioration (effet &gt; 0, p &lt;= alpha), déclin (effet &lt; 0, p &lt;= alpha), pas encore d'effet détectable, trop tôt pour conclure (trop peu d'années depuis le début), non évaluable (pas d'année de début, état exclu, aucun pixel ou aucun témoin, trop peu d'années avant le début), chacune avec un motif.&lt;br&gt;&lt;br&gt;&lt;b&gt;Limites&lt;/b&gt; : les sites ne sont pas tirés au hasard, les témoins ne font donc qu'approcher ce qui se serait produit ; les effets de débordement et les fuites au-delà de l'écart ne sont pas vus ; une différence non linéaire des tendances antérieures biaise l'estimation (comparez les pentes avant) ; des périodes postérieures courtes donnent de grandes erreurs ; les lacunes dues aux nuages changent les pixels qui forment la moyenne d'une année. L'année de fin n'est pas utilisée : la période postérieure va jusqu'à la dernière année de la série.</translation>
    </message>
    <message>
      <source>For the custom legend: a CSV file with the source code in the first column and the UNCCD class in the second (a header row, further columns and lines starting with # are allowed). Takes precedence over the table.</source>
      <translation type="vanished">Pour la légende personnalisée : un fichier CSV avec le code source dans la première colonne et la classe CNULCD dans la deuxième (une ligne d'en-tête, des colonnes supplémentaires et des lignes commençant par # sont admises). Prioritaire sur la table.</translation>
    </message>
    <message>
      <source>For the custom legend: one row per land-cover code of your maps, with the UNCCD class (1-7) it belongs to. Used when no reclassification CSV is given.</source>
      <translation type="vanished">Pour la légende personnalisée : une ligne par code d'occupation du sol de vos cartes, avec la classe CNULCD (1-7) à laquelle il appartient. Utilisée quand aucun CSV de reclassement n'est indiqué.</translation>
    </message>
    <message>
      <source>Give the land units, as a raster ({raster}) or as polygons ({polygons}) with an id field.</source>
      <translation type="vanished">Indiquez les unités de terres, sous forme de raster ({raster}) ou de polygones ({polygons}) avec un champ d'identifiant.</translation>
    </message>
    <message>
      <source>Headline indicator 2.1 of the Kunming-Montreal GBF: hectares under restoration in a reporting year, and progress towards Target 2 (share of the degraded baseline under restoration, against 30 % or the national target).&lt;br&gt;&lt;br&gt;&lt;b&gt;Which sites count.&lt;/b&gt; A site counts in the reporting year when its start year is in or before it, it has no end year or ended in or after it, and its status is not excluded (default: FERM 'In preparation'). Every feature is listed in the VALIDATION table as ok / warning / error with the reason (no start year, excluded or unknown status, starts later, ended earlier, invalid geometry repaired, empty geometry, outside the baseline).&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt; follow FAO FERM's method: the union of the valid geometries in EPSG:6933 (equal-area), in hectares, so overlapping sites count once. Restoration inside degraded land and the degraded baseline per zone use exact pixel coverage of the polygons on the baseline raster and true pixel areas (or polygon intersections when the baseline is given as polygons).&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows:&lt;/b&gt; the total, each zone of each zone layer plus '(outside)' (the part in none of its zones), and each activity and restoration type (a site with several activities counts for each, so those rows may add up to more than the total; activity and type rows are compared with the whole baseline). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). The AREAS layer holds the dissolved area of each row, in the CRS of the sites layer.</source>
      <translation type="vanished">Indicateur principal 2.1 du Cadre mondial de la biodiversité de Kunming-Montréal : hectares en restauration une année de rapport, et progrès vers la cible 2 (part de la référence dégradée en restauration, par rapport à 30 % ou à l'objectif national).&lt;br&gt;&lt;br&gt;&lt;b&gt;Sites comptés.&lt;/b&gt; Un site compte pour l'année de rapport si son année de début est cette année-là ou antérieure, s'il n'a pas d'année de fin ou s'est terminé cette année-là ou après, et si son état n'est pas exclu (par défaut : FERM « En préparation »). Chaque entité figure dans la table VALIDATION comme ok / avertissement / erreur, avec le motif (pas d'année de début, état exclu ou inconnu, début plus tardif, fin plus précoce, géométrie invalide réparée, géométrie vide, hors de la référence).&lt;br&gt;&lt;br&gt;&lt;b&gt;Les surfaces&lt;/b&gt; suivent la méthode FERM de la FAO : l'union des géométries valides en EPSG:6933 (à surfaces égales), en hectares, de sorte que les sites qui se chevauchent comptent une seule fois. La restauration à l'intérieur des terres dégradées et la référence dégradée par zone utilisent la couverture exacte des polygones en pixels sur le raster de référence et les surfaces réelles des pixels (ou des intersections de polygones quand la référence est fournie en polygones).&lt;br&gt;&lt;br&gt;&lt;b&gt;Lignes :&lt;/b&gt; le total, chaque zone de chaque couche de zones plus '(outside)' (la partie située dans aucune de ses zones), et chaque activité et type de restauration (un site ayant plusieurs activités compte pour chacune, ces lignes peuvent donc dépasser le total ; les lignes d'activité et de type sont comparées à l'ensemble de la référence). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100 ; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). La couche AREAS contient la surface fusionnée de chaque ligne, dans le SCR de la couche des sites.</translation>
    </message>
    <message>
      <source>Headline indicator 2.1 of the Kunming-Montreal GBF: hectares under restoration in a reporting year, and progress towards Target 2 (share of the degraded baseline under restoration, against 30 % or the national target).&lt;br&gt;&lt;br&gt;&lt;b&gt;Which sites count.&lt;/b&gt; A site counts in the reporting year when its start year is in or before it, it has no end year or ended in or after it, and its status is not excluded (default: FERM 'In preparation'). Every feature is listed in the {VALIDATION} table as ok / warning / error with the reason (no start year, excluded or unknown status, starts later, ended earlier, invalid geometry repaired, empty geometry, outside the baseline).&lt;br&gt;&lt;br&gt;&lt;b&gt;Areas&lt;/b&gt; follow FAO FERM's method: the union of the valid geometries in EPSG:6933 (equal-area), in hectares, so overlapping sites count once. Restoration inside degraded land and the degraded baseline per zone use exact pixel coverage of the polygons on the baseline raster and true pixel areas (or polygon intersections when the baseline is given as polygons).&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows:&lt;/b&gt; the total, each zone of each zone layer plus '(outside)' (the part in none of its zones), and each activity and restoration type (a site with several activities counts for each, so those rows may add up to more than the total; activity and type rows are compared with the whole baseline). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). The {AREAS} layer holds the dissolved area of each row, in the CRS of the sites layer.</source>
      <translation type="vanished">Indicateur principal 2.1 du Cadre mondial de la biodiversité de Kunming-Montréal : hectares en restauration une année de rapport, et progrès vers la cible 2 (part de la référence dégradée en restauration, par rapport à 30 % ou à l'objectif national).&lt;br&gt;&lt;br&gt;&lt;b&gt;Sites comptés.&lt;/b&gt; Un site compte pour l'année de rapport si son année de début est cette année-là ou antérieure, s'il n'a pas d'année de fin ou s'est terminé cette année-là ou après, et si son état n'est pas exclu (par défaut : FERM « En préparation »). Chaque entité figure dans la table {VALIDATION} comme ok / avertissement / erreur, avec le motif (pas d'année de début, état exclu ou inconnu, début plus tardif, fin plus précoce, géométrie invalide réparée, géométrie vide, hors de la référence).&lt;br&gt;&lt;br&gt;&lt;b&gt;Les surfaces&lt;/b&gt; suivent la méthode FERM de la FAO : l'union des géométries valides en EPSG:6933 (à surfaces égales), en hectares, de sorte que les sites qui se chevauchent comptent une seule fois. La restauration à l'intérieur des terres dégradées et la référence dégradée par zone utilisent la couverture exacte des polygones en pixels sur le raster de référence et les surfaces réelles des pixels (ou des intersections de polygones quand la référence est fournie en polygones).&lt;br&gt;&lt;br&gt;&lt;b&gt;Lignes :&lt;/b&gt; le total, chaque zone de chaque couche de zones plus '(outside)' (la partie située dans aucune de ses zones), et chaque activité et type de restauration (un site ayant plusieurs activités compte pour chacune, ces lignes peuvent donc dépasser le total ; les lignes d'activité et de type sont comparées à l'ensemble de la référence). percent_of_baseline = inside_degraded_ha / degraded_baseline_ha x 100 ; remaining_to_target_ha = max(0, target x baseline - inside_degraded_ha). La couche {AREAS} contient la surface fusionnée de chaque ligne, dans le SCR de la couche des sites.</translation>
    </message>
    <message>
      <source>IUCN Global Ecosystem Typology biome codes, comma-separated (e.g. T1,TF1)</source>
      <translation type="vanished">codes de biome de la typologie mondiale des écosystèmes de l'UICN, séparés par des virgules (p. ex. T1,TF1)</translation>
    </message>
    <message>
      <source>Indigenous and traditional territories (optional)</source>
      <translation type="vanished">Territoires autochtones et traditionnels (facultatif)</translation>
    </message>
    <message>
      <source>Integrates several national degradation criteria (e.g. loss of vegetation cover, fragmentation, loss of productivity, any continuous index) into degradation severity categories.&lt;br&gt;&lt;br&gt;&lt;b&gt;Scoring.&lt;/b&gt; Each criterion raster (band 1) gets one row in the rules table: &lt;i&gt;criterion&lt;/i&gt; (its 1-based position in the criteria list), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; and &lt;i&gt;weight&lt;/i&gt;. Entries of a rule are separated by ';'. &lt;i&gt;thresholds&lt;/i&gt;: 'OP bound : score' entries with OP &amp;lt; or &amp;lt;= and increasing bounds, ended by '&amp;gt; B' after '&amp;lt;= B', '&amp;gt;= B' after '&amp;lt; B', or 'else : score'; a value takes the score of the first entry it satisfies, e.g. '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt;: 'code : score' pairs, e.g. '-1:3; 0:0; 1:0' or '1:3; 2:2; 3:1; 4:0; 5:0', optionally ended by 'else : score'; a code without a score stops the run, listing every such code of every criterion, before anything is written. &lt;i&gt;preset&lt;/i&gt;: a ready-made rule of resources/data/severity_defaults.json: vegetation_loss (0:0; 1:3), fragmentation (classes of the forest fragmentation tool: 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). Scores use the scale 0 none, 1 light, 2 moderate, 3 severe.&lt;br&gt;&lt;br&gt;&lt;b&gt;Integration.&lt;/b&gt; Score = weighted mean of the criterion scores (weights &gt;= 0, normalised by their sum). By default a pixel missing in any criterion is nodata; with 'available criteria' the mean is taken over the criteria present (weights renormalised over them).&lt;br&gt;&lt;br&gt;&lt;b&gt;Categories.&lt;/b&gt; The score is cut by the increasing breaks: below the first break category 0, a score equal to a break goes to the category above. Defaults: score &amp;lt; 0.5 not degraded (0), &amp;lt; 1.5 light (1), &amp;lt; 2.5 moderate (2), otherwise severe (3): a pixel whose criteria all score s is in category s.&lt;br&gt;&lt;br&gt;Outputs: categories (Int16, nodata -32768, styled), optional score (Float32), and the area of each category in hectares for the whole raster and per zone.</source>
      <translation type="vanished">Intègre plusieurs critères nationaux de dégradation (p. ex. perte de couvert végétal, fragmentation, perte de productivité, tout indice continu) en catégories de sévérité de la dégradation.&lt;br&gt;&lt;br&gt;&lt;b&gt;Notation.&lt;/b&gt; Chaque raster de critère (bande 1) a une ligne dans la table des règles : &lt;i&gt;criterion&lt;/i&gt; (sa position, à partir de 1, dans la liste des critères), &lt;i&gt;type&lt;/i&gt;, &lt;i&gt;rule&lt;/i&gt; et &lt;i&gt;weight&lt;/i&gt;. Les entrées d'une règle sont séparées par ';'. &lt;i&gt;thresholds&lt;/i&gt; : entrées 'OP borne : score' avec OP &amp;lt; ou &amp;lt;= et des bornes croissantes, terminées par '&amp;gt; B' après '&amp;lt;= B', '&amp;gt;= B' après '&amp;lt; B', ou 'else : score' ; une valeur prend le score de la première entrée qu'elle satisfait, p. ex. '&amp;lt;=-0.1:3; &amp;lt;=0:1; &amp;gt;0:0'. &lt;i&gt;reclass&lt;/i&gt; : paires 'code : score', p. ex. '-1:3; 0:0; 1:0' ou '1:3; 2:2; 3:1; 4:0; 5:0', terminées éventuellement par 'else : score' ; un code sans score arrête l'exécution, en listant tous ces codes de tous les critères, avant toute écriture. &lt;i&gt;preset&lt;/i&gt; : une règle toute faite de resources/data/severity_defaults.json : vegetation_loss (0:0; 1:3), fragmentation (classes de l'outil de fragmentation forestière : 0:0; 1:3; 2:2; 3:1; 4:1; 5:1; 6:0), lpd_5class (1:3; 2:2; 3:1; 4:0; 5:0), sdg_3class (-1:3; 0:0; 1:0), sdg_status (1:3; 2:2; 3:1; 4-7:0). Les scores utilisent l'échelle 0 aucune, 1 légère, 2 modérée, 3 sévère.&lt;br&gt;&lt;br&gt;&lt;b&gt;Intégration.&lt;/b&gt; Score = moyenne pondérée des scores des critères (poids &gt;= 0, normalisés par leur somme). Par défaut, un pixel absent d'un critère est sans données ; avec « critères disponibles », la moyenne porte sur les critères présents (poids renormalisés sur ceux-ci).&lt;br&gt;&lt;br&gt;&lt;b&gt;Catégories.&lt;/b&gt; Le score est découpé par les seuils croissants : sous le premier seuil, catégorie 0 ; un score égal à un seuil va dans la catégorie supérieure. Par défaut : score &amp;lt; 0.5 non dégradé (0), &amp;lt; 1.5 léger (1), &amp;lt; 2.5 modéré (2), sinon sévère (3) : un pixel dont tous les critères valent s est dans la catégorie s.&lt;br&gt;&lt;br&gt;Sorties : catégories (Int16, sans données -32768, stylées), score facultatif (Float32) et surface de chaque catégorie en hectares pour tout le raster et par zone.</translation>
    </message>
    <message>
      <source>LPD {code} {label}: {pixels} pixel(s).</source>
      <translation type="vanished">LPD {code} {label} : {pixels} pixel(s).</translation>
    </message>
    <message>
      <source>Land Degradation Neutrality judged like for like (UNCCD scientific conceptual framework, Orr et al. 2017; SDG 15.3.1 Good Practice Guidance): losses are balanced by gains within the same land type, not across the country.&lt;br&gt;&lt;br&gt;Inputs: the SDG 15.3.1 map (-1 degraded, 0 stable, +1 improved) of the baseline and of each reporting period, in order, and the land cover at baseline, reclassified to the 7 UNCCD classes with the same legend settings as the land-cover sub-indicator (a code the legend does not cover stops the run with the list of every such code). A land type is the UNCCD class, or the class combined with a land unit (e.g. soil) from {LAND_UNITS} or {LAND_UNIT_POLYGONS} (a pixel takes the polygon covering most of it, at least half; other pixels have no land type and are counted as nodata). Only pixels valid in every map and with a land type are counted, the same pixels in every period.&lt;br&gt;&lt;br&gt;Comparisons: &lt;i&gt;map&lt;/i&gt; (each map's own values), &lt;i&gt;vs_baseline&lt;/i&gt; (each period against the baseline) and &lt;i&gt;vs_previous&lt;/i&gt; (each period against the one before; for the first period, the baseline), the last two through the expanded status matrix of the GPG addendum collapsed to degraded (1-3), stable (4) and improved (5-7).&lt;br&gt;&lt;br&gt;{BALANCE}: per zone, comparison and land type the degraded, stable and improved area, the net balance (improved - degraded) in ha and % of the land type, and whether neutrality is met (net &gt;= 0). {COUNTERBALANCE}: losses, gains, the part of the losses offset by gains of the same land type, the remaining deficit and the surplus (never carried to another land type); the total row shows the pooled net balance beside the like-for-like deficit. {PERIOD_STATUS}: one row per period with its status, and a chart ({CHART}). Totals are the sums of the land-type rows, which add up to the valid area; nodata is reported in its own row. {DEFICIT}: one band per period, the land type code where that land type is in deficit against the baseline, 0 where it is not.</source>
      <translation type="vanished">Neutralité en matière de dégradation des terres évaluée à l'identique (cadre conceptuel scientifique de la CNULCD, Orr et al. 2017 ; guide de bonnes pratiques ODD 15.3.1) : les pertes sont compensées par des gains au sein du même type de terres, et non à l'échelle du pays.&lt;br&gt;&lt;br&gt;Entrées : la carte ODD 15.3.1 (-1 dégradé, 0 stable, +1 amélioré) de la référence et de chaque période de rapport, dans l'ordre, et l'occupation du sol à la référence, reclassée dans les 7 classes CNULCD avec les mêmes réglages de légende que le sous-indicateur d'occupation du sol (un code que la légende ne couvre pas arrête l'exécution avec la liste de tous ces codes). Un type de terres est la classe CNULCD, ou la classe combinée avec une unité de terres (p. ex. un sol) de {LAND_UNITS} ou {LAND_UNIT_POLYGONS} (un pixel prend le polygone qui en couvre la plus grande partie, au moins la moitié ; les autres pixels n'ont pas de type de terres et sont comptés comme sans données). Seuls les pixels valides dans toutes les cartes et dotés d'un type de terres sont comptés, les mêmes pixels pour toutes les périodes.&lt;br&gt;&lt;br&gt;Comparaisons : &lt;i&gt;map&lt;/i&gt; (les valeurs propres de chaque carte), &lt;i&gt;vs_baseline&lt;/i&gt; (chaque période par rapport à la référence) et &lt;i&gt;vs_previous&lt;/i&gt; (chaque période par rapport à la précédente ; pour la première période, la référence), ces deux dernières au moyen de la matrice d'état étendue de l'addendum au guide de bonnes pratiques, regroupée en dégradé (1-3), stable (4) et amélioré (5-7).&lt;br&gt;&lt;br&gt;{BALANCE} : par zone, comparaison et type de terres, la surface dégradée, stable et améliorée, le bilan net (amélioré - dégradé) en ha et en % du type de terres, et si la neutralité est atteinte (net &gt;= 0). {COUNTERBALANCE} : les pertes, les gains, la part des pertes compensée par des gains du même type de terres, le déficit restant et l'excédent (jamais reporté sur un autre type de terres) ; la ligne de total montre le bilan net global à côté du déficit à l'identique. {PERIOD_STATUS} : une ligne par période avec son état, et un graphique ({CHART}). Les totaux sont les sommes des lignes de type de terres, qui totalisent la surface valide ; les surfaces sans données figurent sur leur propre ligne. {DEFICIT} : une bande par période, le code du type de terres là où ce type de terres est en déficit par rapport à la référence, 0 ailleurs.</translation>
    </message>
    <message>
      <source>Land cover for the water mask (optional)</source>
      <translation type="vanished">Occupation du sol pour le masque d'eau (facultatif)</translation>
    </message>
    <message>
      <source>Land cover: loss is a change from a natural vegetation code to any other code. Tree cover: loss is a drop of tree cover (0-100 %) of at least the threshold.</source>
      <translation type="vanished">Occupation du sol : la perte est un passage d'un code de végétation naturelle à tout autre code. Couvert arboré : la perte est une baisse du couvert arboré (0-100 %) d'au moins le seuil.</translation>
    </message>
    <message>
      <source>Land productivity (LPD, offline)…</source>
      <translation type="vanished">Productivité des terres (LPD, hors ligne)…</translation>
    </message>
    <message>
      <source>Land unit field</source>
      <translation type="vanished">Champ d'unité de terres</translation>
    </message>
    <message>
      <source>Land unit id field</source>
      <translation type="vanished">Champ d'identifiant de l'unité de terres</translation>
    </message>
    <message>
      <source>Land units (optional)</source>
      <translation type="vanished">Unités de terres (facultatif)</translation>
    </message>
    <message>
      <source>Land units (polygons)</source>
      <translation type="vanished">Unités de terres (polygones)</translation>
    </message>
    <message>
      <source>Land units (raster)</source>
      <translation type="vanished">Unités de terres (raster)</translation>
    </message>
    <message>
      <source>Land-cover map defining the land types (band 1, whole-number class codes).</source>
      <translation type="vanished">Carte d'occupation du sol définissant les types de terres (bande 1, codes de classe entiers).</translation>
    </message>
    <message>
      <source>Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition matrix (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;Both maps are first reclassified to the 7 UNCCD classes (1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not cover is never turned into nodata silently: the run stops and lists every such code of each map, and nothing is written.&lt;br&gt;&lt;br&gt;Each pixel takes the matrix value of its transition (row = initial class, column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. Edit it in the table or give a CSV of the same layout.&lt;br&gt;&lt;br&gt;Optional outputs: the transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.</source>
      <translation type="vanished">Sous-indicateur d'occupation du sol de l'ODD 15.3.1 : compare une carte d'occupation du sol initiale et une finale au moyen d'une matrice de transition (guide de bonnes pratiques de la CNULCD v2).&lt;br&gt;&lt;br&gt;Les deux cartes sont d'abord reclassées dans les 7 classes CNULCD (1 Couvert arboré, 2 Prairies, 3 Terres cultivées, 4 Zone humide, 5 Artificialisé, 6 Autres terres, 7 Plan d'eau) : soit elles sont déjà dans ces classes, soit via le préréglage ESA CCI intégré, soit via votre propre table. Un code non couvert par la légende n'est jamais transformé silencieusement en sans données : l'exécution s'arrête en listant tous ces codes pour chaque carte, et rien n'est écrit.&lt;br&gt;&lt;br&gt;Chaque pixel prend la valeur de la matrice pour sa transition (ligne = classe initiale, colonne = classe finale) : -1 dégradé, 0 stable, +1 amélioré (Int16, sans données -32768 là où l'une des cartes est sans données). La matrice par défaut est celle de la CNULCD (resources/data/unccd_transition_matrix.csv) : p. ex. Couvert arboré vers Terres cultivées est une dégradation, Terres cultivées vers Couvert arboré une amélioration, et toute transition vers ou depuis Plan d'eau est stable. Modifiez-la dans la table ou fournissez un CSV de même disposition.&lt;br&gt;&lt;br&gt;Sorties facultatives : les codes de transition initiale × 10 + finale (p. ex. 13 = Couvert arboré → Terres cultivées ; Byte, sans données 0) et une table de la surface de chacune des 49 transitions en hectares (surfaces réelles des pixels sur l'ellipsoïde), avec sa valeur dans la matrice.</translation>
    </message>
    <message>
      <source>Land-cover sub-indicator of SDG 15.3.1: compares an initial and a final land-cover map through a transition matrix (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;Both maps are first reclassified to the 7 UNCCD classes (1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body): already in these classes, through the built-in ESA CCI preset, or through your own table. A code the legend does not cover is never turned into nodata silently: the run stops and lists every such code of each map, and nothing is written.&lt;br&gt;&lt;br&gt;Each pixel takes the matrix value of its transition (row = initial class, column = final class): -1 degraded, 0 stable, +1 improved (Int16, nodata -32768 where either map is nodata). The default matrix is the UNCCD one (resources/data/unccd_transition_matrix.csv): e.g. Tree-covered to Cropland is degradation, Cropland to Tree-covered improvement, anything to or from Water body stable. Edit it in {MATRIX_TABLE} or give a CSV of the same layout ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Optional outputs: the transition codes initial × 10 + final (e.g. 13 = Tree-covered → Cropland; Byte, nodata 0) and a table of the area of each of the 49 transitions in hectares (true ellipsoidal pixel areas), with its matrix value.</source>
      <translation type="vanished">Sous-indicateur d'occupation du sol de l'ODD 15.3.1 : compare une carte d'occupation du sol initiale et une finale au moyen d'une matrice de transition (guide de bonnes pratiques de la CNULCD v2).&lt;br&gt;&lt;br&gt;Les deux cartes sont d'abord reclassées dans les 7 classes CNULCD (1 Couvert arboré, 2 Prairies, 3 Terres cultivées, 4 Zone humide, 5 Artificialisé, 6 Autres terres, 7 Plan d'eau) : soit elles sont déjà dans ces classes, soit via le préréglage ESA CCI intégré, soit via votre propre table. Un code non couvert par la légende n'est jamais transformé silencieusement en sans données : l'exécution s'arrête en listant tous ces codes pour chaque carte, et rien n'est écrit.&lt;br&gt;&lt;br&gt;Chaque pixel prend la valeur de la matrice pour sa transition (ligne = classe initiale, colonne = classe finale) : -1 dégradé, 0 stable, +1 amélioré (Int16, sans données -32768 là où l'une des cartes est sans données). La matrice par défaut est celle de la CNULCD (resources/data/unccd_transition_matrix.csv) : p. ex. Couvert arboré vers Terres cultivées est une dégradation, Terres cultivées vers Couvert arboré une amélioration, et toute transition vers ou depuis Plan d'eau est stable. Modifiez-la dans {MATRIX_TABLE} ou fournissez un CSV de même disposition ({MATRIX_FILE}).&lt;br&gt;&lt;br&gt;Sorties facultatives : les codes de transition initiale × 10 + finale (p. ex. 13 = Couvert arboré → Terres cultivées ; Byte, sans données 0) et une table de la surface de chacune des 49 transitions en hectares (surfaces réelles des pixels sur l'ellipsoïde), avec sa valeur dans la matrice.</translation>
    </message>
    <message>
      <source>Legend of the land-cover maps (the same for both). 'Already UNCCD classes 1-7': 1 Tree-covered, 2 Grassland, 3 Cropland, 4 Wetland, 5 Artificial, 6 Other land, 7 Water body. 'ESA CCI': the ESA CCI / C3S land-cover codes (10-220) with the standard SDG 15.3.1 aggregation (resources/data/esa_cci_to_unccd.csv). 'Custom': your own table (below). A code the legend does not cover stops the run with the list of every such code.</source>
      <translation type="vanished">Légende des cartes d'occupation du sol (la même pour les deux). « Déjà en classes CNULCD 1-7 » : 1 Couvert arboré, 2 Prairies, 3 Terres cultivées, 4 Zone humide, 5 Artificialisé, 6 Autres terres, 7 Plan d'eau. « ESA CCI » : les codes d'occupation du sol ESA CCI / C3S (10-220) avec l'agrégation standard de l'ODD 15.3.1 (resources/data/esa_cci_to_unccd.csv). « Personnalisée » : votre propre table (ci-dessous). Un code non couvert par la légende arrête l'exécution avec la liste de tous ces codes.</translation>
    </message>
    <message>
      <source>Level</source>
      <translation type="vanished">Niveau</translation>
    </message>
    <message>
      <source>Manual method: increasing inner class limits, e.g. 0.25,0.5,0.75 for 4 classes; a value equal to a limit goes to the lower class.</source>
      <translation type="vanished">Méthode manuelle : limites intérieures de classe croissantes, p. ex. 0.25,0.5,0.75 pour 4 classes ; une valeur égale à une limite va dans la classe inférieure.</translation>
    </message>
    <message>
      <source>Name of the period this layer describes (e.g. baseline, report_1), matched against the periods field of the recode polygons.</source>
      <translation type="vanished">Nom de la période décrite par cette couche (p. ex. baseline, report_1), comparé au champ des périodes des polygones de recodage.</translation>
    </message>
    <message>
      <source>Names of the categories 0..n separated by ';' (one more than the breaks), used in the table and the legend. Empty: the default names when there are 4 categories, else 'Category 0', 'Category 1', ...</source>
      <translation type="vanished">Noms des catégories 0..n séparés par ';' (un de plus que les seuils), utilisés dans la table et la légende. Vide : les noms par défaut s'il y a 4 catégories, sinon 'Catégorie 0', 'Catégorie 1', ...</translation>
    </message>
    <message>
      <source>One band per period: land type code where it is in deficit against the baseline, 0 where not (Int32, nodata -1).</source>
      <translation type="vanished">Une bande par période : code du type de terres là où il est en déficit par rapport à la référence, 0 ailleurs (Int32, sans données -1).</translation>
    </message>
    <message>
      <source>One raster per criterion (band 1 is used), e.g. vegetation-cover loss 0/1, fragmentation classes, productivity -1/0/+1 or LPD 1-5, a continuous index. Their order gives the criterion numbers 1, 2, ... used in the rules.</source>
      <translation type="vanished">Un raster par critère (la bande 1 est utilisée), p. ex. perte de couvert végétal 0/1, classes de fragmentation, productivité -1/0/+1 ou LPD 1-5, un indice continu. Leur ordre donne les numéros de critère 1, 2, ... utilisés dans les règles.</translation>
    </message>
    <message>
      <source>One row per criterion: criterion number (1-based position in the criteria list), type (thresholds, reclass or preset), rule text (e.g. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0' or '-1:3; 0:0; 1:0' or 'lpd_5class') and weight (0 or more; empty = 1).</source>
      <translation type="vanished">Une ligne par critère : numéro du critère (position, à partir de 1, dans la liste des critères), type (thresholds, reclass ou preset), texte de la règle (p. ex. '&lt;=-0.1:3; &lt;=0:1; &gt;0:0', '-1:3; 0:0; 1:0' ou 'lpd_5class') et poids (0 ou plus ; vide = 1).</translation>
    </message>
    <message>
      <source>One row per feature (feature_id, site_name, level ok/warning/error, reason) plus project problems; written even when errors stop the run.</source>
      <translation type="vanished">Une ligne par entité (feature_id, site_name, level ok/warning/error, reason) plus les problèmes du projet ; écrite même lorsque des erreurs arrêtent l'exécution.</translation>
    </message>
    <message>
      <source>One weight per criterion, comma-separated, in the order of the criteria (e.g. the WEIGHTS output of t2monitor:ahpweights). They are normalised to sum 1.</source>
      <translation type="vanished">Un poids par critère, séparés par des virgules, dans l'ordre des critères (p. ex. la sortie WEIGHTS de t2monitor:ahpweights). Ils sont normalisés pour sommer à 1.</translation>
    </message>
    <message>
      <source>Optional CSV with the header criterion,type,rule,weight (one row per criterion; quote the rule text if it holds commas) or JSON list of objects with these keys. Takes precedence over the rules table.</source>
      <translation type="vanished">CSV facultatif avec l'en-tête criterion,type,rule,weight (une ligne par critère ; mettez le texte de la règle entre guillemets s'il contient des virgules) ou liste JSON d'objets ayant ces clés. Prioritaire sur la table des règles.</translation>
    </message>
    <message>
      <source>Optional CSV with the layout of resources/data/ipcc_soc_factors.csv (columns initial, final, then one column per climate zone whose header starts with the zone code). Takes precedence over the table.</source>
      <translation type="vanished">CSV facultatif ayant la disposition de resources/data/ipcc_soc_factors.csv (colonnes initial, final, puis une colonne par zone climatique dont l'en-tête commence par le code de la zone). Prioritaire sur la table.</translation>
    </message>
    <message>
      <source>Optional CSV with the same layout as resources/data/unccd_transition_matrix.csv (a header row of the final classes 1-7, then one row per initial class 1-7, each starting with its label). Takes precedence over the matrix table.</source>
      <translation type="vanished">CSV facultatif ayant la même disposition que resources/data/unccd_transition_matrix.csv (une ligne d'en-tête avec les classes finales 1-7, puis une ligne par classe initiale 1-7, chacune commençant par son libellé). Prioritaire sur la table de la matrice.</translation>
    </message>
    <message>
      <source>Optional cross-tabulation in matrix form (hectares): per zone, one row per class of map A, one column b_&lt;class&gt; per class of map B, with totals.</source>
      <translation type="vanished">Tableau croisé facultatif sous forme de matrice (hectares) : par zone, une ligne par classe de la carte A, une colonne b_&lt;class&gt; par classe de la carte B, avec les totaux.</translation>
    </message>
    <message>
      <source>Optional land units or soils combined with the land cover: a raster of whole numbers 0-9999 (land type = UNCCD class x 10000 + unit), or polygons (land type = UNCCD class x 10000 + the unit's position in the natural order of {LAND_UNIT_FIELD} values, from 1; a pixel takes the polygon covering most of it; tables name it).</source>
      <translation type="vanished">Unités de terres ou sols facultatifs combinés avec l'occupation du sol : un raster de nombres entiers 0-9999 (type de terres = classe CNULCD x 10000 + unité), ou des polygones (type de terres = classe CNULCD x 10000 + position de l'unité dans l'ordre naturel des valeurs de {LAND_UNIT_FIELD}, à partir de 1 ; un pixel prend le polygone qui en couvre la plus grande partie ; les tables le nomment).</translation>
    </message>
    <message>
      <source>Optional land-unit or soil polygons combined with the land cover (instead of {LAND_UNITS}): land type = UNCCD class x 10000 + the unit's position in the natural order of {LAND_UNIT_FIELD} values (from 1); tables name it.</source>
      <translation type="vanished">Polygones facultatifs d'unités de terres ou de sols combinés avec l'occupation du sol (au lieu de {LAND_UNITS}) : type de terres = classe CNULCD x 10000 + position de l'unité dans l'ordre naturel des valeurs de {LAND_UNIT_FIELD} (à partir de 1) ; les tables le nomment.</translation>
    </message>
    <message>
      <source>Optional land-unit or soil raster (whole numbers 0-9999) combined with the land cover: land type = UNCCD class x 10000 + unit.</source>
      <translation type="vanished">Raster facultatif d'unités de terres ou de sols (nombres entiers 0-9999) combiné avec l'occupation du sol : type de terres = classe CNULCD x 10000 + unité.</translation>
    </message>
    <message>
      <source>Optional transition codes initial × 10 + final in UNCCD classes (11-77, Byte, nodata 0), styled with readable labels.</source>
      <translation type="vanished">Codes de transition facultatifs initiale × 10 + finale en classes CNULCD (11-77, Byte, sans données 0), stylés avec des libellés lisibles.</translation>
    </message>
    <message>
      <source>Per class: mapped and estimated area (ha) with standard error, 95 % interval, user's and producer's accuracy with 95 % intervals, sample counts.</source>
      <translation type="vanished">Par classe : surface cartographiée et estimée (ha) avec erreur type, intervalle à 95 %, précision pour l'utilisateur et pour le producteur avec intervalles à 95 %, effectifs de l'échantillon.</translation>
    </message>
    <message>
      <source>Per stratum: pixels, area, weight, expected user's accuracy, points allocated and inclusion probability.</source>
      <translation type="vanished">Par strate : pixels, surface, poids, précision attendue pour l'utilisateur, points alloués et probabilité d'inclusion.</translation>
    </message>
    <message>
      <source>Pixels with a significant decline</source>
      <translation type="vanished">Pixels avec une baisse significative</translation>
    </message>
    <message>
      <source>Pixels with a significant increase</source>
      <translation type="vanished">Pixels avec une hausse significative</translation>
    </message>
    <message>
      <source>Pixels without a significant trend</source>
      <translation type="vanished">Pixels sans tendance significative</translation>
    </message>
    <message>
      <source>Polygons of degraded land (the baseline), instead of a raster; any CRS; overlaps count once.</source>
      <translation type="vanished">Polygones de terres dégradées (la référence), à la place d'un raster ; tout SCR ; les chevauchements comptent une seule fois.</translation>
    </message>
    <message>
      <source>Polygons of the land units (any CRS), burned onto the productivity grid by pixel centre. Used when no land units raster is given.</source>
      <translation type="vanished">Polygones des unités de terres (tout SCR), rastérisés sur la grille de productivité selon le centre des pixels. Utilisés quand aucun raster d'unités de terres n'est indiqué.</translation>
    </message>
    <message>
      <source>Protected areas and OECMs (optional)</source>
      <translation type="vanished">Aires protégées et AMCE (facultatif)</translation>
    </message>
    <message>
      <source>Raster of whole-number land unit ids (band 1) on the productivity grid (e.g. land cover x soil). Give this or a polygon layer.</source>
      <translation type="vanished">Raster d'identifiants entiers d'unités de terres (bande 1) sur la grille de productivité (p. ex. occupation du sol x sol). Indiquez-le ou une couche de polygones.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation type="vanished">Motif</translation>
    </message>
    <message>
      <source>Rescales one criterion raster (slope, distance, erosion risk, land overuse...) to a common 0..1 score (1 = most suitable for restoration), ROAM step 2.&lt;br&gt;&lt;br&gt;Methods (x = criterion value):&lt;ul&gt;&lt;li&gt;linear benefit: (x - MIN) / (MAX - MIN), clipped to 0..1;&lt;/li&gt;&lt;li&gt;linear cost: (MAX - x) / (MAX - MIN), clipped;&lt;/li&gt;&lt;li&gt;fuzzy linear: straight lines through the control points POINTS (value:score; ...), constant beyond the first and last point;&lt;/li&gt;&lt;li&gt;sigmoid increasing: 1 / (1 + exp(-SPREAD * (x - MIDPOINT)));&lt;/li&gt;&lt;li&gt;sigmoid decreasing: 1 / (1 + exp(SPREAD * (x - MIDPOINT)));&lt;/li&gt;&lt;li&gt;gaussian (near): exp(-((x - MIDPOINT) / SPREAD)^2), 1 at the midpoint;&lt;/li&gt;&lt;li&gt;value ranges: TABLE rows min, max, score; the first row with min &amp;lt;= x &amp;lt;= max applies (empty min or max = open);&lt;/li&gt;&lt;li&gt;categories: TABLE rows code, score (leave the max column empty).&lt;/li&gt;&lt;/ul&gt;Empty MIN or MAX: the exact minimum or maximum of the raster's valid pixels (a first pass over the whole raster). A criterion with MAX = MIN is refused. Values matching no range or code become nodata and are reported.&lt;br&gt;&lt;br&gt;Output: Float32, nodata -9999; the method and its parameters are stored as metadata items (T2M_STANDARDIZE_*) of the file.</source>
      <translation type="vanished">Remet à l'échelle un raster de critère (pente, distance, risque d'érosion, surexploitation des terres...) sur un score commun 0..1 (1 = le plus apte à la restauration), étape 2 de ROAM.&lt;br&gt;&lt;br&gt;Méthodes (x = valeur du critère) :&lt;ul&gt;&lt;li&gt;bénéfice linéaire : (x - MIN) / (MAX - MIN), borné à 0..1 ;&lt;/li&gt;&lt;li&gt;coût linéaire : (MAX - x) / (MAX - MIN), borné ;&lt;/li&gt;&lt;li&gt;linéaire flou : segments de droite passant par les points de contrôle POINTS (valeur:score; ...), constant au-delà du premier et du dernier point ;&lt;/li&gt;&lt;li&gt;sigmoïde croissante : 1 / (1 + exp(-SPREAD * (x - MIDPOINT))) ;&lt;/li&gt;&lt;li&gt;sigmoïde décroissante : 1 / (1 + exp(SPREAD * (x - MIDPOINT))) ;&lt;/li&gt;&lt;li&gt;gaussienne (proximité) : exp(-((x - MIDPOINT) / SPREAD)^2), 1 au point médian ;&lt;/li&gt;&lt;li&gt;plages de valeurs : lignes de TABLE min, max, score ; la première ligne avec min &amp;lt;= x &amp;lt;= max s'applique (min ou max vide = ouvert) ;&lt;/li&gt;&lt;li&gt;catégories : lignes de TABLE code, score (laissez la colonne max vide).&lt;/li&gt;&lt;/ul&gt;MIN ou MAX vide : le minimum ou le maximum exact des pixels valides du raster (une première passe sur tout le raster). Un critère avec MAX = MIN est refusé. Les valeurs ne correspondant à aucune plage ni aucun code deviennent sans données et sont signalées.&lt;br&gt;&lt;br&gt;Sortie : Float32, sans données -9999 ; la méthode et ses paramètres sont enregistrés comme éléments de métadonnées (T2M_STANDARDIZE_*) du fichier.</translation>
    </message>
    <message>
      <source>Restoration priority overlay…</source>
      <translation type="vanished">Superposition des priorités de restauration…</translation>
    </message>
    <message>
      <source>Restoration progress towards 2030…</source>
      <translation type="vanished">Progrès de la restauration vers 2030…</translation>
    </message>
    <message>
      <source>Restoration type field (optional)</source>
      <translation type="vanished">Champ de type de restauration (facultatif)</translation>
    </message>
    <message>
      <source>Restoration_Type field</source>
      <translation type="vanished">Champ Restoration_Type</translation>
    </message>
    <message>
      <source>Restoration_Type fixed value</source>
      <translation type="vanished">Valeur fixe Restoration_Type</translation>
    </message>
    <message>
      <source>Rows of land-use code, capability class and signed steps (0 proper use, k &gt; 0 overuse by k steps, k &lt; 0 underuse). Takes precedence over the table file. Empty: the table file, or the default table.</source>
      <translation type="vanished">Lignes de code d'usage des terres, classe de capacité et pas signés (0 utilisation appropriée, k &gt; 0 surexploitation de k pas, k &lt; 0 sous-utilisation). Prioritaire sur le fichier de table. Vide : le fichier de table, ou la table par défaut.</translation>
    </message>
    <message>
      <source>SDG 15.3.1 indicator…</source>
      <translation type="vanished">Indicateur ODD 15.3.1…</translation>
    </message>
    <message>
      <source>Sigmoid steepness (per unit of x) or gaussian width (the score is 1/e at MIDPOINT +- SPREAD); greater than 0.</source>
      <translation type="vanished">Pente de la sigmoïde (par unité de x) ou largeur de la gaussienne (le score vaut 1/e à MIDPOINT +- SPREAD) ; supérieure à 0.</translation>
    </message>
    <message>
      <source>Site</source>
      <translation type="vanished">Site</translation>
    </message>
    <message>
      <source>Site name field (optional)</source>
      <translation type="vanished">Champ de nom du site (facultatif)</translation>
    </message>
    <message>
      <source>Site_Id field</source>
      <translation type="vanished">Champ Site_Id</translation>
    </message>
    <message>
      <source>Site_Id fixed value</source>
      <translation type="vanished">Valeur fixe Site_Id</translation>
    </message>
    <message>
      <source>Site_Name field</source>
      <translation type="vanished">Champ Site_Name</translation>
    </message>
    <message>
      <source>Site_Name fixed value</source>
      <translation type="vanished">Valeur fixe Site_Name</translation>
    </message>
    <message>
      <source>Soil organic carbon (SOC) sub-indicator of SDG 15.3.1: percent change of the SOC stock, classified -1 degraded / 0 stable / +1 improved (UNCCD Good Practice Guidance v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Two SOC maps&lt;/b&gt;: the change between an initial and a final SOC map (same units).&lt;br&gt;&lt;b&gt;Baseline stepped with land cover&lt;/b&gt; (default): the final stock is the baseline stock times the stock-change factor of the pixel's land-cover transition (both maps reclassified to the UNCCD classes) in its IPCC climate zone. Default factors (resources/data/ipcc_soc_factors.csv): Tree-covered or Grassland → Cropland: IPCC land-use factor of the climate zone (temperate/boreal/polar dry 0.80, moist 0.69; tropical dry 0.58, moist and wet 0.48, montane 0.64); Cropland → Tree-covered or Grassland: 1/factor; Wetland → Cropland 0.71 and back 1/0.71; any class → Artificial 0.1; every other conversion, and every class that does not change, 1. The full factor applies whatever the time between the land-cover maps.&lt;br&gt;&lt;br&gt;Change = 100 × (final − initial) / initial; change ≤ −threshold → -1, ≥ +threshold → +1, else 0 (threshold 10 % by default). Nodata (-32768) where an input is nodata, where the initial stock is 0 or less, and on water: final land cover class 7 Water body, or a non-zero pixel of the optional water mask. Land-cover codes the legend does not cover and climate zones the factor table has no column for stop the run with the list of every such code; nothing is written.</source>
      <translation type="vanished">Sous-indicateur carbone organique du sol (COS) de l'ODD 15.3.1 : variation en pourcentage du stock de COS, classée -1 dégradé / 0 stable / +1 amélioré (guide de bonnes pratiques de la CNULCD v2).&lt;br&gt;&lt;br&gt;&lt;b&gt;Deux cartes de COS&lt;/b&gt; : la variation entre une carte de COS initiale et une finale (mêmes unités).&lt;br&gt;&lt;b&gt;Référence échelonnée selon l'occupation du sol&lt;/b&gt; (par défaut) : le stock final est le stock de référence multiplié par le facteur de variation des stocks de la transition d'occupation du sol du pixel (les deux cartes reclassées dans les classes CNULCD) dans sa zone climatique IPCC. Facteurs par défaut (resources/data/ipcc_soc_factors.csv) : Couvert arboré ou Prairies → Terres cultivées : facteur d'utilisation des terres IPCC de la zone climatique (tempérée/boréale/polaire sèche 0,80, humide 0,69 ; tropicale sèche 0,58, humide et très humide 0,48, montagnarde 0,64) ; Terres cultivées → Couvert arboré ou Prairies : 1/facteur ; Zone humide → Terres cultivées 0,71 et l'inverse 1/0,71 ; toute classe → Artificialisé 0,1 ; toute autre conversion, et toute classe qui ne change pas, 1. Le facteur complet s'applique quel que soit le temps écoulé entre les cartes d'occupation du sol.&lt;br&gt;&lt;br&gt;Variation = 100 × (finale − initiale) / initiale ; variation ≤ −seuil → -1, ≥ +seuil → +1, sinon 0 (seuil de 10 % par défaut). Sans données (-32768) là où une entrée est sans données, là où le stock initial est nul ou négatif, et sur l'eau : classe 7 Plan d'eau de l'occupation du sol finale, ou pixel non nul du masque d'eau facultatif. Les codes d'occupation du sol non couverts par la légende et les zones climatiques sans colonne dans la table des facteurs arrêtent l'exécution avec la liste de tous ces codes ; rien n'est écrit.</translation>
    </message>
    <message>
      <source>Soil organic carbon degradation (optional)</source>
      <translation type="vanished">Dégradation du carbone organique du sol (facultatif)</translation>
    </message>
    <message>
      <source>Standardising {layer} by ranges or categories needs a TABLE of scores.</source>
      <translation type="vanished">La standardisation de {layer} par plages ou catégories nécessite une TABLE de scores.</translation>
    </message>
    <message>
      <source>Start_Year field</source>
      <translation type="vanished">Champ Start_Year</translation>
    </message>
    <message>
      <source>Start_Year fixed value</source>
      <translation type="vanished">Valeur fixe Start_Year</translation>
    </message>
    <message>
      <source>State sub-indicator of land productivity (SDG 15.3.1): is the recent productivity of a pixel much lower or higher than in its own baseline?&lt;br&gt;&lt;br&gt;Per pixel, the valid values of the baseline years are cut into deciles (9 cut points at their 10 ... 90 % percentiles, linear interpolation as numpy's default). The baseline mean and the recent-period mean each get a decile class 1-10: class 1 up to the 10 % cut, class k above cut k-1 and up to cut k, class 10 above the 90 % cut (a value equal to a cut falls in the lower class, as in Trends.Earth). The change is recent class minus baseline class; OUTPUT is -1 where the change is at most -THRESHOLD, +1 where it is at least +THRESHOLD, else 0 (Int16, nodata -32768). CHANGE optionally keeps the class change (-9 to +9).&lt;br&gt;&lt;br&gt;Defaults: the recent period is the last 3 years of the series and the baseline runs from the first year to the year before the recent period. Years with nodata are left out of the deciles and means; pixels with fewer than MIN_YEARS valid baseline years, or no valid recent year, are nodata.</source>
      <translation type="vanished">Sous-indicateur d'état de la productivité des terres (ODD 15.3.1) : la productivité récente d'un pixel est-elle nettement inférieure ou supérieure à celle de sa propre période de référence ?&lt;br&gt;&lt;br&gt;Par pixel, les valeurs valides des années de référence sont découpées en déciles (9 seuils à leurs centiles 10 ... 90 %, interpolation linéaire comme par défaut dans numpy). La moyenne de référence et la moyenne de la période récente reçoivent chacune une classe de décile 1-10 : classe 1 jusqu'au seuil de 10 %, classe k au-dessus du seuil k-1 et jusqu'au seuil k, classe 10 au-dessus du seuil de 90 % (une valeur égale à un seuil tombe dans la classe inférieure, comme dans Trends.Earth). Le changement est la classe récente moins la classe de référence ; OUTPUT vaut -1 là où le changement est au plus -THRESHOLD, +1 là où il est au moins +THRESHOLD, sinon 0 (Int16, sans données -32768). CHANGE conserve en option le changement de classe (-9 à +9).&lt;br&gt;&lt;br&gt;Valeurs par défaut : la période récente correspond aux 3 dernières années de la série et la référence va de la première année à l'année précédant la période récente. Les années sans données sont exclues des déciles et des moyennes ; les pixels ayant moins de MIN_YEARS années de référence valides, ou aucune année récente valide, sont sans données.</translation>
    </message>
    <message>
      <source>State {label}: {down} degraded, {flat} stable, {up} improved pixel(s).</source>
      <translation type="vanished">État {label} : {down} dégradés, {flat} stables, {up} pixel(s) amélioré(s).</translation>
    </message>
    <message>
      <source>Status field (optional)</source>
      <translation type="vanished">Champ d'état (facultatif)</translation>
    </message>
    <message>
      <source>Stepped method without a climate raster: the one IPCC climate zone of the whole area.</source>
      <translation type="vanished">Méthode échelonnée sans raster climatique : l'unique zone climatique IPCC de toute la région.</translation>
    </message>
    <message>
      <source>Stepped method: raster of IPCC climate-zone codes matching the factor table's columns (1 Warm temperate moist … 12 Tropical dry). Takes precedence over the single zone.</source>
      <translation type="vanished">Méthode échelonnée : raster de codes de zones climatiques IPCC correspondant aux colonnes de la table des facteurs (1 Warm temperate moist … 12 Tropical dry). Prioritaire sur la zone unique.</translation>
    </message>
    <message>
      <source>Summary tables of the SDG 15.3.1 indicator, one per period, in the order of the period names.</source>
      <translation type="vanished">Tables de synthèse de l'indicateur ODD 15.3.1, une par période, dans l'ordre des noms de période.</translation>
    </message>
    <message>
      <source>Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights); its rows are matched to the criteria by order. Used instead of WEIGHTS when given.</source>
      <translation type="vanished">Table avec les champs criterion et weight (p. ex. la table de t2monitor:ahpweights) ; ses lignes sont associées aux critères dans l'ordre. Utilisée à la place de WEIGHTS lorsqu'elle est indiquée.</translation>
    </message>
    <message>
      <source>Table with fields criterion and weight (e.g. the table of t2monitor:ahpweights); its rows are matched to the criteria by order. Used instead of {WEIGHTS} when given.</source>
      <translation type="vanished">Table avec les champs criterion et weight (p. ex. la table de t2monitor:ahpweights) ; ses lignes sont associées aux critères dans l'ordre. Utilisée à la place de {WEIGHTS} lorsqu'elle est indiquée.</translation>
    </message>
    <message>
      <source>Tenure field</source>
      <translation type="vanished">Champ Tenure</translation>
    </message>
    <message>
      <source>Tenure fixed value</source>
      <translation type="vanished">Valeur fixe Tenure</translation>
    </message>
    <message>
      <source>Tests how the top priority class (the highest class of t2monitor:priorityclasses) reacts to changes of the weights of t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;One-at-a-time&lt;/b&gt;: each weight in turn is lowered and raised by CHANGE_PERCENT % (then all weights are renormalised to sum 1). &lt;b&gt;Monte Carlo&lt;/b&gt;: RUNS weight sets, each weight multiplied by a random factor uniform in [1 - x, 1 + x] (x = CHANGE_PERCENT / 100, generator seeded with SEED, so runs are reproducible), renormalised.&lt;br&gt;&lt;br&gt;Every weight set gives a suitability (same exclusions and nodata as the overlay) classified with its own global breaks: exact min-max for equal interval, and for quantile and Jenks a fixed reproducible pixel sample of the criteria on which every run's suitability is computed (up to 100 000 pixels for quantiles, SAMPLE_SIZE for Jenks). The data are read twice whatever the number of runs: once for the breaks, once to compute all runs block by block.&lt;br&gt;&lt;br&gt;OUTPUT: share (0..1) of the Monte Carlo runs in which each pixel is in the top class; -1 excluded; nodata -9999. TABLE: the base run, the one-at-a-time runs (top-class area in ha and its change against the base run) and the Monte Carlo mean, minimum and maximum top-class area.</source>
      <translation type="vanished">Teste la réaction de la classe de priorité supérieure (la classe la plus haute de t2monitor:priorityclasses) aux variations des poids de t2monitor:weightedoverlay.&lt;br&gt;&lt;br&gt;&lt;b&gt;Un à un&lt;/b&gt; : chaque poids, tour à tour, est diminué puis augmenté de CHANGE_PERCENT % (puis tous les poids sont renormalisés pour sommer à 1). &lt;b&gt;Monte Carlo&lt;/b&gt; : RUNS jeux de poids, chaque poids étant multiplié par un facteur aléatoire uniforme dans [1 - x, 1 + x] (x = CHANGE_PERCENT / 100, générateur initialisé avec SEED, les tirages sont donc reproductibles), renormalisés.&lt;br&gt;&lt;br&gt;Chaque jeu de poids donne une aptitude (mêmes exclusions et valeurs sans données que la superposition) classée avec ses propres seuils globaux : min-max exact pour les intervalles égaux et, pour les quantiles et Jenks, un échantillon fixe et reproductible de pixels des critères sur lequel l'aptitude de chaque tirage est calculée (jusqu'à 100 000 pixels pour les quantiles, SAMPLE_SIZE pour Jenks). Les données sont lues deux fois quel que soit le nombre de tirages : une fois pour les seuils, une fois pour calculer tous les tirages bloc par bloc.&lt;br&gt;&lt;br&gt;OUTPUT : part (0..1) des tirages Monte Carlo où chaque pixel est dans la classe supérieure ; -1 exclu ; sans données -9999. TABLE : l'exécution de base, les exécutions un à un (surface de la classe supérieure en ha et sa variation par rapport à l'exécution de base) et la moyenne, le minimum et le maximum de la surface de la classe supérieure sur les tirages Monte Carlo.</translation>
    </message>
    <message>
      <source>The FERM API at {url} did not answer within {seconds} s. Check your connection and try again.</source>
      <translation type="vanished">L'API FERM à l'adresse {url} n'a pas répondu dans un délai de {seconds} s. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
      <source>The FERM API key could not be read from the QGIS authentication database (configuration {authcfg}).</source>
      <translation type="vanished">La clé d'API FERM n'a pas pu être lue dans la base de données d'authentification de QGIS (configuration {authcfg}).</translation>
    </message>
    <message>
      <source>The FERM export failed: {error}</source>
      <translation type="vanished">L'export vers FERM a échoué : {error}</translation>
    </message>
    <message>
      <source>The class-change threshold (THRESHOLD) must be between 1 and 9, not {value}.</source>
      <translation type="vanished">Le seuil de changement de classe (THRESHOLD) doit être compris entre 1 et 9, et non {value}.</translation>
    </message>
    <message>
      <source>The folder {folder} is not writable, so the output {output} cannot be saved there. Choose a folder you can write to.</source>
      <translation type="vanished">Le dossier {folder} n'est pas accessible en écriture ; la sortie {output} ne peut pas y être enregistrée. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
      <source>The national report as a document: a multi-page PDF made with a QGIS print layout from the outputs of the workflow, in English, Spanish, French or Portuguese ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Pages:&lt;/b&gt; title page ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, plugin version); the map of each indicator given (SDG 15.3.1, degradation status, restoration priority) with legend, scale bar, north arrow, graticule and source line; the headline table (degraded land and its proportion, area under restoration, its percentage of the degraded baseline, the target and what remains to reach it) with the chart of progress towards 2030; the per-zone table; a methods page written from the parameters actually used (read from the input tables, the input layers and their dates, and the workflow runs of {METHODS_FILE}); with {ATLAS}, one page per zone.&lt;br&gt;&lt;br&gt;The figures are those of the input tables, unchanged, with the number format of the language (decimal comma in es/fr/pt). The layout is a template (.qpt) whose items are filled by their ids: copy resources/layouts/t2_report.qpt, restyle it in the layout designer and give it as {TEMPLATE_FILE}; a template without the required item ids is refused with their list. The chart is drawn with matplotlib when it is installed, else with the plugin's own SVG writer (vector in both cases). The PDF is written to a temporary file beside it and moved into place at the end, so a failed or cancelled run leaves no partial PDF.</source>
      <translation type="vanished">Le rapport national comme document : un PDF de plusieurs pages réalisé avec une mise en page QGIS à partir des résultats du flux de travail, en anglais, espagnol, français ou portugais ({LANGUAGE}).&lt;br&gt;&lt;br&gt;&lt;b&gt;Pages :&lt;/b&gt; page de titre ({COUNTRY}, {REPORTING_PERIOD}, {DATA_SOURCES}, version de l'extension) ; la carte de chaque indicateur fourni (ODD 15.3.1, état de la dégradation, priorité de restauration) avec légende, barre d'échelle, flèche du nord, graticule et ligne de source ; la table des chiffres clés (terres dégradées et leur proportion, surface en restauration, son pourcentage de la référence dégradée, la cible et ce qui reste pour l'atteindre) avec le graphique de la progression vers 2030 ; la table par zone ; une page des méthodes écrite à partir des paramètres réellement utilisés (lus dans les tables d'entrée, les couches d'entrée et leurs dates, et les exécutions du flux de travail de {METHODS_FILE}) ; avec {ATLAS}, une page par zone.&lt;br&gt;&lt;br&gt;Les chiffres sont ceux des tables d'entrée, inchangés, avec le format numérique de la langue (virgule décimale en es/fr/pt). La mise en page est un modèle (.qpt) dont les éléments sont remplis par leurs identifiants : copiez resources/layouts/t2_report.qpt, changez son style dans le concepteur de mise en page et donnez-le comme {TEMPLATE_FILE} ; un modèle sans les identifiants requis est refusé avec leur liste. Le graphique est dessiné avec matplotlib s'il est installé, sinon avec l'écrivain SVG de l'extension (vectoriel dans les deux cas). Le PDF est écrit dans un fichier temporaire à côté et mis en place à la fin, de sorte qu'une exécution échouée ou annulée ne laisse aucun PDF partiel.</translation>
    </message>
    <message>
      <source>The project file {path} cannot be read as JSON ({reason}).</source>
      <translation type="vanished">Le fichier de projet {path} ne peut pas être lu en JSON ({reason}).</translation>
    </message>
    <message>
      <source>The project file {path} must hold a JSON object.</source>
      <translation type="vanished">Le fichier de projet {path} doit contenir un objet JSON.</translation>
    </message>
    <message>
      <source>The rules file {path} cannot be read ({reason}).</source>
      <translation type="vanished">Le fichier de règles {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <source>The rules file {path} cannot be read as JSON ({reason}).</source>
      <translation type="vanished">Le fichier de règles {path} ne peut pas être lu en JSON ({reason}).</translation>
    </message>
    <message>
      <source>The rules file {path} is not valid JSON ({reason}).</source>
      <translation type="vanished">Le fichier de règles {path} n'est pas un JSON valide ({reason}).</translation>
    </message>
    <message>
      <source>The table file {path} cannot be read ({reason}). Save it as a UTF-8 CSV file.</source>
      <translation type="vanished">Le fichier de table {path} ne peut pas être lu ({reason}). Enregistrez-le en fichier CSV UTF-8.</translation>
    </message>
    <message>
      <source>The weights table {layer} has no field named weight.</source>
      <translation type="vanished">La table des poids {layer} n'a pas de champ nommé weight.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation type="vanished">Titre</translation>
    </message>
    <message>
      <source>Trajectory sub-indicator of land productivity (SDG 15.3.1): the Mann-Kendall trend test of an annual vegetation index, pixel by pixel, on the years of the analysis period.&lt;br&gt;&lt;br&gt;Each pixel uses only its valid years (years with nodata are left out); pixels with fewer than MIN_YEARS valid years are nodata. S is the sum of the signs of all later-minus-earlier differences; its variance is n(n-1)(2n+5)/18 corrected for ties with the pixel's own groups of equal values; Z = (S-1)/sqrt(Var) for S &gt; 0, (S+1)/sqrt(Var) for S &lt; 0, else 0; p = 2(1 - Phi(|Z|)) is two-sided. OUTPUT is -1 where p &lt;= ALPHA and Z &lt; 0 (significant decline), +1 where p &lt;= ALPHA and Z &gt; 0 (significant increase), else 0 (Int16, nodata -32768).&lt;br&gt;&lt;br&gt;SLOPE is Sen's slope, the median of the slopes between all pairs of valid years, in the index's units per year (the band scale is applied: an NDVI stored x 10000 with scale 0.0001 gives NDVI per year). The optional Z and P rasters hold the test statistic and its p-value. The same statistics as pymannkendall's original_test, computed offline for every pixel.</source>
      <translation type="vanished">Sous-indicateur de trajectoire de la productivité des terres (ODD 15.3.1) : le test de tendance de Mann-Kendall d'un indice de végétation annuel, pixel par pixel, sur les années de la période d'analyse.&lt;br&gt;&lt;br&gt;Chaque pixel n'utilise que ses années valides (les années sans données sont exclues) ; les pixels ayant moins de MIN_YEARS années valides sont sans données. S est la somme des signes de toutes les différences entre une année ultérieure et une année antérieure ; sa variance est n(n-1)(2n+5)/18, corrigée des ex aequo à l'aide des groupes de valeurs égales propres au pixel ; Z = (S-1)/sqrt(Var) pour S &gt; 0, (S+1)/sqrt(Var) pour S &lt; 0, sinon 0 ; p = 2(1 - Phi(|Z|)) est bilatéral. OUTPUT vaut -1 là où p &lt;= ALPHA et Z &lt; 0 (baisse significative), +1 là où p &lt;= ALPHA et Z &gt; 0 (hausse significative), sinon 0 (Int16, sans données -32768).&lt;br&gt;&lt;br&gt;SLOPE est la pente de Sen, la médiane des pentes entre toutes les paires d'années valides, en unités de l'indice par an (l'échelle de bande est appliquée : un NDVI stocké x 10000 avec une échelle de 0.0001 donne du NDVI par an). Les rasters facultatifs Z et P contiennent la statistique du test et sa valeur p. Ce sont les mêmes statistiques que original_test de pymannkendall, calculées hors ligne pour chaque pixel.</translation>
    </message>
    <message>
      <source>Trajectory {start}-{end}: {down} pixel(s) with a significant decline, {flat} without a significant trend, {up} with a significant increase.</source>
      <translation type="vanished">Trajectoire {start}-{end} : {down} pixel(s) avec une baisse significative, {flat} sans tendance significative, {up} avec une hausse significative.</translation>
    </message>
    <message>
      <source>Value scored 0 (benefit) or 1 (cost) for MIN, the other end for MAX. Empty: the exact minimum / maximum of the raster.</source>
      <translation type="vanished">Valeur notée 0 (bénéfice) ou 1 (coût) pour MIN, l'autre extrémité pour MAX. Vide : le minimum / maximum exact du raster.</translation>
    </message>
    <message>
      <source>Weights (w1,w2,...)</source>
      <translation type="vanished">Poids (w1,w2,...)</translation>
    </message>
    <message>
      <source>Weights table</source>
      <translation type="vanished">Table des poids</translation>
    </message>
    <message>
      <source>Writes the area under restoration (GBF headline indicator 2.1) as the national indicator data template of the CBD Online Reporting Tool: a workbook (sheet 'Indicator data') whose header row is exactly the 9 columns the ORT upload checks (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote), and optionally the same rows as CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Rows&lt;/b&gt;, in the order of the input table: the national total (flag 'No', type and disaggregation 'Not applicable'), then one row per disaggregation value (flag 'Yes'). Biome zones named by an IUCN GET code or name (T1, T1 - Tropical-subtropical forests biome, T1.1) go under 'Biome' (level 2) or 'Ecosystem Functional Group' (level 3); protected-area zones named PA or OECM, and the '(outside)' row ('not a protected area or OECM'), under the PA/OECM type; activities given as FAO FERM codes or ORT names under 'Type of restoration activity'; indigenous territories by name. The category strings are written exactly as the ORT lists them (typos and invisible characters included). Administrative regions and restoration types go under 'Other' as 'Administrative region: name' / 'Restoration type: name'. A value that matches no ORT category (e.g. a protected area's own name) is also written under 'Other' ('Protected area/OECM: name') and listed in a warning.&lt;br&gt;&lt;br&gt;Value = area under restoration in the chosen unit. With an SDG 15.3.1 summary, rows of the complementary indicator 2.CT.1 (code 2.CT.1, percent of degraded land over total land area; national and per zone as 'Zone: name') follow; the ORT reads each indicator's rows by their code. Nothing is written when an input is not the expected table or is empty.</source>
      <translation type="vanished">Écrit la surface en restauration (indicateur phare 2.1 du CMB) au format du modèle national de données d'indicateurs de l'outil de rapport en ligne (Online Reporting Tool) de la CBD : un classeur (feuille 'Indicator data') dont la ligne d'en-tête comporte exactement les 9 colonnes que vérifie l'import ORT (Indicator code, Indicator, Does this data row represent a disaggregation, Disaggregation type, Disaggregation, Year, Unit, Value, Footnote) et, en option, les mêmes lignes en CSV.&lt;br&gt;&lt;br&gt;&lt;b&gt;Lignes&lt;/b&gt;, dans l'ordre de la table d'entrée : le total national (indicateur 'No', type et ventilation 'Not applicable'), puis une ligne par valeur de ventilation (indicateur 'Yes'). Les zones de biome nommées par un code ou un nom de la GET de l'UICN (T1, T1 - Tropical-subtropical forests biome, T1.1) vont sous 'Biome' (niveau 2) ou 'Ecosystem Functional Group' (niveau 3) ; les zones d'aires protégées nommées PA ou OECM, ainsi que la ligne '(outside)' ('not a protected area or OECM'), sous le type PA/OECM ; les activités données sous forme de codes FERM de la FAO ou de noms ORT sous 'Type of restoration activity' ; les territoires autochtones par leur nom. Les chaînes de catégorie sont écrites exactement comme l'ORT les liste (coquilles et caractères invisibles compris). Les régions administratives et les types de restauration vont sous 'Other' sous la forme 'Administrative region: nom' / 'Restoration type: nom'. Une valeur qui ne correspond à aucune catégorie ORT (p. ex. le nom propre d'une aire protégée) est aussi écrite sous 'Other' ('Protected area/OECM: nom') et listée dans un avertissement.&lt;br&gt;&lt;br&gt;Valeur = surface en restauration dans l'unité choisie. Avec une synthèse ODD 15.3.1, suivent les lignes de l'indicateur complémentaire 2.CT.1 (code 2.CT.1, pourcentage de terres dégradées sur la surface terrestre totale ; national et par zone sous la forme 'Zone: nom') ; l'ORT lit les lignes de chaque indicateur d'après leur code. Rien n'est écrit lorsqu'une entrée n'est pas la table attendue ou est vide.</translation>
    </message>
    <message>
      <source>Year the area under restoration is reported for.</source>
      <translation type="vanished">Année pour laquelle la surface en restauration est rapportée.</translation>
    </message>
    <message>
      <source>Zones (optional)</source>
      <translation type="vanished">Zones (facultatif)</translation>
    </message>
    <message>
      <source>administrative level 1 (e.g. region)</source>
      <translation type="vanished">niveau administratif 1 (p. ex. région)</translation>
    </message>
    <message>
      <source>administrative level 2 (e.g. province)</source>
      <translation type="vanished">niveau administratif 2 (p. ex. province)</translation>
    </message>
    <message>
      <source>class_a × K + class_b (Int32, nodata −2147483648), with a generated style naming each pair.</source>
      <translation type="vanished">class_a × K + class_b (Int32, sans données −2147483648), avec un style généré nommant chaque paire.</translation>
    </message>
    <message>
      <source>country (administrative level 0)</source>
      <translation type="vanished">pays (niveau administratif 0)</translation>
    </message>
    <message>
      <source>level, zone, code, class_a, class_b, agreement (1/0), area_ha, share of the compared area; rows with an empty class are pixels where that map has no data.</source>
      <translation type="vanished">level, zone, code, class_a, class_b, agreement (1/0), area_ha, share de la surface comparée ; les lignes avec une classe vide sont des pixels où cette carte n'a pas de données.</translation>
    </message>
    <message>
      <source>site id (FERM siteId; GEF ID_CODE)</source>
      <translation type="vanished">identifiant du site (siteId FERM ; ID_CODE GEF)</translation>
    </message>
    <message>
      <source>site name (FERM siteName; text, non-ASCII kept)</source>
      <translation type="vanished">nom du site (siteName FERM ; texte, caractères non ASCII conservés)</translation>
    </message>
    <message>
      <source>year restoration started (a year, a date or text such as 2014/05/01)</source>
      <translation type="vanished">année de début de la restauration (une année, une date ou un texte comme 2014/05/01)</translation>
    </message>
    <message>
      <source>{code} {label}: {count} pixels ({share:.1f} %)</source>
      <translation type="vanished">{code} {label} : {count} pixels ({share:.1f} %)</translation>
    </message>
    <message>
      <source>{count} feature(s) that are not polygons were left out.</source>
      <translation type="vanished">{count} entité(s) qui ne sont pas des polygones ont été écartées.</translation>
    </message>
    <message>
      <source>{count} pixel(s) have fewer than {needed} valid baseline years or no valid recent year and are nodata.</source>
      <translation type="vanished">{count} pixel(s) ont moins de {needed} années de référence valides ou aucune année récente valide et sont sans données.</translation>
    </message>
    <message>
      <source>{count} pixel(s) have fewer than {needed} valid years in {start}-{end} and are nodata.</source>
      <translation type="vanished">{count} pixel(s) ont moins de {needed} années valides sur {start}-{end} et sont sans données.</translation>
    </message>
    <message>
      <source>{count} pixels of {layer} match no range or code and were set to nodata (values: {values}).</source>
      <translation type="vanished">{count} pixels de {layer} ne correspondent à aucune plage ni aucun code et ont été mis sans données (valeurs : {values}).</translation>
    </message>
    <message>
      <source>{name} field</source>
      <translation type="vanished">Champ {name}</translation>
    </message>
    <message>
      <source>{name} fixed value</source>
      <translation type="vanished">Valeur fixe de {name}</translation>
    </message>
    <message>
      <source>{path} cannot be read as GeoJSON ({reason}).</source>
      <translation type="vanished">{path} ne peut pas être lu en GeoJSON ({reason}).</translation>
    </message>
  </context>
</TS>
