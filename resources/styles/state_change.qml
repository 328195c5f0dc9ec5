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
        <paletteEntry alpha="255" value="-9" label="-9 classes" color="#67001f"/>
        <paletteEntry alpha="255" value="-8" label="-8 classes" color="#8e0b25"/>
        <paletteEntry alpha="255" value="-7" label="-7 classes" color="#b2182b"/>
        <paletteEntry alpha="255" value="-6" label="-6 classes" color="#c94741"/>
        <paletteEntry alpha="255" value="-5" label="-5 classes" color="#d6604d"/>
        <paletteEntry alpha="255" value="-4" label="-4 classes" color="#e7896e"/>
        <paletteEntry alpha="255" value="-3" label="-3 classes" color="#f4a582"/>
        <paletteEntry alpha="255" value="-2" label="-2 classes" color="#f9c9ad"/>
        <paletteEntry alpha="255" value="-1" label="-1 class" color="#fbe3d4"/>
        <paletteEntry alpha="255" value="0" label="no change" color="#f7f7f7"/>
        <paletteEntry alpha="255" value="1" label="+1 class" color="#dbeaf2"/>
        <paletteEntry alpha="255" value="2" label="+2 classes" color="#c0dceb"/>
        <paletteEntry alpha="255" value="3" label="+3 classes" color="#92c5de"/>
        <paletteEntry alpha="255" value="4" label="+4 classes" color="#6aacd0"/>
        <paletteEntry alpha="255" value="5" label="+5 classes" color="#4393c3"/>
        <paletteEntry alpha="255" value="6" label="+6 classes" color="#2f79b5"/>
        <paletteEntry alpha="255" value="7" label="+7 classes" color="#2166ac"/>
        <paletteEntry alpha="255" value="8" label="+8 classes" color="#134c89"/>
        <paletteEntry alpha="255" value="9" label="+9 classes" color="#053061"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast gamma="1" brightness="0" contrast="0"/>
    <huesaturation colorizeGreen="128" grayscaleMode="0" colorizeStrength="100" invertColors="0" saturation="0" colorizeOn="0" colorizeRed="255" colorizeBlue="128"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
