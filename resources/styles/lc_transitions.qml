<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis autoRefreshMode="Disabled" autoRefreshTime="0" maxScale="0" styleCategories="Symbology|Labeling|Rendering" hasScaleBasedVisibilityFlag="0" version="3.40.6-Bratislava" minScale="1e+08">
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option name="name" value="" type="QString"/>
      <Option name="properties"/>
      <Option name="type" value="collection" type="QString"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling zoomedInResamplingMethod="nearestNeighbour" maxOversampling="2" enabled="false" zoomedOutResamplingMethod="nearestNeighbour"/>
    </provider>
    <rasterrenderer nodataColor="" band="1" opacity="1" type="paletted" alphaBand="-1">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry alpha="255" value="11" label="Tree-covered → Tree-covered" color="#c2c598"/>
        <paletteEntry alpha="255" value="12" label="Tree-covered → Grassland" color="#d97455"/>
        <paletteEntry alpha="255" value="13" label="Tree-covered → Cropland" color="#cc7c50"/>
        <paletteEntry alpha="255" value="14" label="Tree-covered → Wetland" color="#bf834b"/>
        <paletteEntry alpha="255" value="15" label="Tree-covered → Artificial" color="#b28746"/>
        <paletteEntry alpha="255" value="16" label="Tree-covered → Other land" color="#a68941"/>
        <paletteEntry alpha="255" value="17" label="Tree-covered → Water body" color="#86a4bf"/>
        <paletteEntry alpha="255" value="21" label="Grassland → Tree-covered" color="#55c953"/>
        <paletteEntry alpha="255" value="22" label="Grassland → Grassland" color="#ffdaaa"/>
        <paletteEntry alpha="255" value="23" label="Grassland → Cropland" color="#46ab68"/>
        <paletteEntry alpha="255" value="24" label="Grassland → Wetland" color="#bf7d3f"/>
        <paletteEntry alpha="255" value="25" label="Grassland → Artificial" color="#b2833b"/>
        <paletteEntry alpha="255" value="26" label="Grassland → Other land" color="#a68737"/>
        <paletteEntry alpha="255" value="27" label="Grassland → Water body" color="#7c9fbf"/>
        <paletteEntry alpha="255" value="31" label="Cropland → Tree-covered" color="#47c944"/>
        <paletteEntry alpha="255" value="32" label="Cropland → Grassland" color="#d9603b"/>
        <paletteEntry alpha="255" value="33" label="Cropland → Cropland" color="#fffdbe"/>
        <paletteEntry alpha="255" value="34" label="Cropland → Wetland" color="#bf7734"/>
        <paletteEntry alpha="255" value="35" label="Cropland → Artificial" color="#b27e30"/>
        <paletteEntry alpha="255" value="36" label="Cropland → Other land" color="#a6842d"/>
        <paletteEntry alpha="255" value="37" label="Cropland → Water body" color="#739bbf"/>
        <paletteEntry alpha="255" value="41" label="Wetland → Tree-covered" color="#e54630"/>
        <paletteEntry alpha="255" value="42" label="Wetland → Grassland" color="#d9572e"/>
        <paletteEntry alpha="255" value="43" label="Wetland → Cropland" color="#cc652b"/>
        <paletteEntry alpha="255" value="44" label="Wetland → Wetland" color="#8cefc8"/>
        <paletteEntry alpha="255" value="45" label="Wetland → Artificial" color="#b27a25"/>
        <paletteEntry alpha="255" value="46" label="Wetland → Other land" color="#a68123"/>
        <paletteEntry alpha="255" value="47" label="Wetland → Water body" color="#6996bf"/>
        <paletteEntry alpha="255" value="51" label="Artificial → Tree-covered" color="#2cc928"/>
        <paletteEntry alpha="255" value="52" label="Artificial → Grassland" color="#25ba3d"/>
        <paletteEntry alpha="255" value="53" label="Artificial → Cropland" color="#22ab51"/>
        <paletteEntry alpha="255" value="54" label="Artificial → Wetland" color="#1f9c60"/>
        <paletteEntry alpha="255" value="55" label="Artificial → Artificial" color="#f48c97"/>
        <paletteEntry alpha="255" value="56" label="Artificial → Other land" color="#197d71"/>
        <paletteEntry alpha="255" value="57" label="Artificial → Water body" color="#6091bf"/>
        <paletteEntry alpha="255" value="61" label="Other land → Tree-covered" color="#1ec91a"/>
        <paletteEntry alpha="255" value="62" label="Other land → Grassland" color="#18ba32"/>
        <paletteEntry alpha="255" value="63" label="Other land → Cropland" color="#16ab49"/>
        <paletteEntry alpha="255" value="64" label="Other land → Wetland" color="#149c5b"/>
        <paletteEntry alpha="255" value="65" label="Other land → Artificial" color="#b27210"/>
        <paletteEntry alpha="255" value="66" label="Other land → Other land" color="#fffaed"/>
        <paletteEntry alpha="255" value="67" label="Other land → Water body" color="#568dbf"/>
        <paletteEntry alpha="255" value="71" label="Water body → Tree-covered" color="#86a4bf"/>
        <paletteEntry alpha="255" value="72" label="Water body → Grassland" color="#7c9fbf"/>
        <paletteEntry alpha="255" value="73" label="Water body → Cropland" color="#739bbf"/>
        <paletteEntry alpha="255" value="74" label="Water body → Wetland" color="#6996bf"/>
        <paletteEntry alpha="255" value="75" label="Water body → Artificial" color="#6091bf"/>
        <paletteEntry alpha="255" value="76" label="Water body → Other land" color="#568dbf"/>
        <paletteEntry alpha="255" value="77" label="Water body → Water body" color="#8cace6"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast gamma="1" brightness="0" contrast="0"/>
    <huesaturation colorizeGreen="128" grayscaleMode="0" colorizeStrength="100" invertColors="0" saturation="0" colorizeOn="0" colorizeRed="255" colorizeBlue="128"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
