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
        <paletteEntry alpha="255" value="11" label="11 Acrisol, lowland" color="#f4a582"/>
        <paletteEntry alpha="255" value="12" label="12 Acrisol, premontane" color="#d6604d"/>
        <paletteEntry alpha="255" value="13" label="13 Acrisol, montane/jalca" color="#b2182b"/>
        <paletteEntry alpha="255" value="21" label="21 Cambisol, lowland" color="#fddbc7"/>
        <paletteEntry alpha="255" value="22" label="22 Cambisol, premontane" color="#92c5de"/>
        <paletteEntry alpha="255" value="23" label="23 Cambisol, montane/jalca" color="#4393c3"/>
        <paletteEntry alpha="255" value="31" label="31 Fluvisol, lowland" color="#a6dba0"/>
        <paletteEntry alpha="255" value="32" label="32 Fluvisol, premontane" color="#1b7837"/>
        <paletteEntry alpha="255" value="33" label="33 Fluvisol, montane/jalca" color="#00441b"/>
        <paletteEntry alpha="255" value="41" label="41 Leptosol, lowland" color="#bababa"/>
        <paletteEntry alpha="255" value="42" label="42 Leptosol, premontane" color="#878787"/>
        <paletteEntry alpha="255" value="43" label="43 Leptosol, montane/jalca" color="#4d4d4d"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast gamma="1" brightness="0" contrast="0"/>
    <huesaturation colorizeGreen="128" grayscaleMode="0" colorizeStrength="100" invertColors="0" saturation="0" colorizeOn="0" colorizeRed="255" colorizeBlue="128"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
