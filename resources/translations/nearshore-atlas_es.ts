<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AtlasMap</name>
    <message>
        <source>%1 — %2 (+%3 more)</source>
        <translation>%1 — %2 (y %3 más)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DefaultMap</name>
    <message>
        <source>Land</source>
        <translation>Tierra</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>US states</source>
        <translation>Estados de EE. UU.</translation>
    </message>
    <message>
        <source>Mexican states</source>
        <translation>Estados de México</translation>
    </message>
    <message>
        <source>US–Mexico ports of entry</source>
        <translation>Puertos de entrada México–EE. UU.</translation>
    </message>
    <message>
        <source>Factory sites (investment, USD)</source>
        <translation>Plantas (inversión, USD)</translation>
    </message>
    <message>
        <source>Industrial hubs</source>
        <translation>Polos industriales</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write “%1”.</source>
        <translation>No se pudo escribir «%1».</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>La exportación se canceló; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export size must be at least 16 × 16 pixels.</source>
        <translation>El tamaño de exportación debe ser de al menos 16 × 16 píxeles.</translation>
    </message>
    <message>
        <source>There is nothing to put in the deck.</source>
        <translation>No hay nada que poner en la presentación.</translation>
    </message>
    <message>
        <source>%1 (at %2° latitude)</source>
        <translation>%1 (a %2° de latitud)</translation>
    </message>
    <message>
        <source>Sources: %1. Nearshore Atlas, %2.</source>
        <translation>Fuentes: %1. Nearshore Atlas, %2.</translation>
    </message>
</context>
<context>
    <name>FeatureCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>HubDetailsView</name>
    <message>
        <source>Nearest US port of entry: %1, %2 km in a straight line</source>
        <translation>Puerto de entrada a EE. UU. más cercano: %1, a %2 km en línea recta</translation>
    </message>
    <message>
        <source>Factory sites (%1)</source>
        <translation>Plantas (%1)</translation>
    </message>
    <message>
        <source>Investment figures are of different kinds and are not added up.</source>
        <translation>Las cifras de inversión son de distinta naturaleza y no se suman.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>State indicators</source>
        <translation>Indicadores del estado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>HubList</name>
    <message>
        <source>Search hubs, cities, states…</source>
        <translation>Buscar polos, ciudades, estados…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LayersView</name>
    <message>
        <source>Opacity %1 %</source>
        <translation>Opacidad %1 %</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>equal intervals</source>
        <translation>intervalos iguales</translation>
    </message>
    <message>
        <source>quantiles</source>
        <translation>cuantiles</translation>
    </message>
    <message>
        <source>natural breaks (Jenks)</source>
        <translation>cortes naturales (Jenks)</translation>
    </message>
    <message>
        <source>rounded breaks</source>
        <translation>cortes redondeados</translation>
    </message>
    <message>
        <source>manual breaks</source>
        <translation>cortes manuales</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n class(es)</source>
        <translation>
            <numerusform>%1, %2, %n clase</numerusform><numerusform>%1, %2, %n clases</numerusform></translation>
    </message>
    <message>
        <source>%1, circle area proportional to the value</source>
        <translation>%1, área del círculo proporcional al valor</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Nearshore Atlas</source>
        <translation>Nearshore Atlas</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Polos</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>‹ All hubs</source>
        <translation>‹ Todos los polos</translation>
    </message>
    <message>
        <source>Some layers could not be shown: %1</source>
        <translation>Algunas capas no se pudieron mostrar: %1</translation>
    </message>
    <message>
        <source>Click anything on the map for its figures and sources · Ctrl+→/← tours the hubs · Home shows all of Mexico</source>
        <translation>Haga clic en el mapa para ver cifras y fuentes · Ctrl+→/← recorre los polos · Inicio muestra todo México</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>Escala 1:%1</translation>
    </message>
    <message>
        <source>Open data…</source>
        <translation>Abrir datos…</translation>
    </message>
    <message>
        <source>Open a GIS dataset</source>
        <translation>Abrir datos geográficos</translation>
    </message>
    <message>
        <source>GIS data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.tif *.tiff)</source>
        <translation>Datos geográficos (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.tif *.tiff)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The data could not be opened</source>
        <translation>No se pudieron abrir los datos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Which coordinate reference system?</source>
        <translation>¿Qué sistema de referencia de coordenadas?</translation>
    </message>
    <message>
        <source>This file does not say which coordinate reference system its coordinates are in.
EPSG:4326 is longitude/latitude; INEGI's Mexico LCC is EPSG:6372.</source>
        <translation>Este archivo no indica en qué sistema de referencia están sus coordenadas.
EPSG:4326 es longitud/latitud; la LCC de México del INEGI es EPSG:6372.</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>The layer “%1” has no data to draw.</source>
        <translation>La capa «%1» no tiene datos que dibujar.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n point(s) could not be converted to the map's projection and are not drawn.</source>
        <translation>
            <numerusform>%n punto no se pudo convertir a la proyección del mapa y no se dibuja.</numerusform><numerusform>%n puntos no se pudieron convertir a la proyección del mapa y no se dibujan.</numerusform></translation>
    </message>
    <message>
        <source>Could not open “%1” as a raster: it is missing, damaged, or not a format GDAL reads.</source>
        <translation>No se pudo abrir «%1» como ráster: falta, está dañado o GDAL no lee ese formato.</translation>
    </message>
    <message>
        <source>“%1” has no georeferencing (no coordinate reference system or position), so it cannot be placed on the map.</source>
        <translation>«%1» no está georreferenciado (no tiene sistema de referencia de coordenadas ni posición); no se puede ubicar en el mapa.</translation>
    </message>
    <message>
        <source>The coordinates of “%1” cannot be converted to the map's projection.</source>
        <translation>Las coordenadas de «%1» no se pueden convertir a la proyección del mapa.</translation>
    </message>
    <message>
        <source>The raster “%1” could not be read any more.</source>
        <translation>Ya no se pudo leer el ráster «%1».</translation>
    </message>
    <message>
        <source>The raster “%1” could not be reprojected for this view.</source>
        <translation>El ráster «%1» no se pudo reproyectar para esta vista.</translation>
    </message>
    <message>
        <source>The raster “%1” could not be read.</source>
        <translation>No se pudo leer el ráster «%1».</translation>
    </message>
    <message>
        <source>Could not open “%1”: it is missing, damaged, or not a vector format GDAL reads.</source>
        <translation>No se pudo abrir «%1»: falta, está dañado o GDAL no lee ese formato vectorial.</translation>
    </message>
    <message>
        <source>“%1” contains no vector layer.</source>
        <translation>«%1» no contiene ninguna capa vectorial.</translation>
    </message>
    <message>
        <source>“%1” has no layer named “%2”.</source>
        <translation>«%1» no tiene ninguna capa llamada «%2».</translation>
    </message>
    <message>
        <source>“%1” is not a coordinate reference system this program knows.</source>
        <translation>«%1» no es un sistema de referencia de coordenadas que este programa conozca.</translation>
    </message>
    <message>
        <source>“%1” does not say which coordinate reference system its coordinates are in. Choose one (for example EPSG:4326 for longitude/latitude).</source>
        <translation>«%1» no indica en qué sistema de referencia están sus coordenadas. Elija uno (por ejemplo, EPSG:4326 para longitud/latitud).</translation>
    </message>
    <message>
        <source>Feature %1: its geometry could not be reprojected; drawn without it.</source>
        <translation>Elemento %1: su geometría no se pudo reproyectar; se dibuja sin ella.</translation>
    </message>
</context>
<context>
    <name>atlas::AtlasSession</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>US$%1 million</source>
        <translation>%1 millones de USD</translation>
    </message>
    <message>
        <source>US$%1</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>status not sourced</source>
        <translation>estado sin fuente</translation>
    </message>
    <message>
        <source>site not located; state-level record</source>
        <translation>sitio sin ubicar; registro a nivel estatal</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>a %1 km</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Nearshore Atlas: Mexico's industrial hubs, factory sites and risks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the default map to a PNG file without a window, then exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the main window offscreen, save a picture of it to a PNG file, exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot size in pixels (default 1920x1080).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the whole user interface, then exit; non-zero on any QML error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: png, jpg, pdf, svg or tif (GeoTIFF).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: dots per inch (default 96).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: slide title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: slide subtitle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: es or en numbers and dates (default en).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: centre on this hub.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: show this box, in degrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: add any GDAL-readable source (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: one slide per hub as numbered PNGs plus deck.pdf in this directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs --out FILE or --all-hubs DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--dpi takes a number from 36 to 2400.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang takes es or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --hub or --bbox, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument “%1”; see --help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, each from 16 to 16384, not “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>