<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Nearshore Atlas</source>
        <translation>Acerca de Nearshore Atlas</translation>
    </message>
    <message>
        <source>Nearshore Atlas %1</source>
        <translation>Nearshore Atlas %1</translation>
    </message>
    <message>
        <source>A map explorer for Mexico's nearshoring hubs, factory sites and state risks.</source>
        <translation>Un explorador de mapas de los polos del nearshoring en México, sus plantas y los riesgos por estado.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later). Se ofrece sin garantía.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Each figure of the risk indicators names its own source and year. The licence of every dataset is in /usr/share/doc/nearshore-atlas/copyright (geodata/README.md in the source).</source>
        <translation>Cada cifra de los indicadores de riesgo indica su propia fuente y año. La licencia de cada conjunto de datos está en /usr/share/doc/nearshore-atlas/copyright (geodata/README.md en el código fuente).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AppMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Guardar proyecto &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export slide…</source>
        <translation>&amp;Exportar diapositiva…</translation>
    </message>
    <message>
        <source>&amp;Add data…</source>
        <translation>A&amp;gregar datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>All of &amp;Mexico</source>
        <translation>Todo &amp;México</translation>
    </message>
    <message>
        <source>Attribute &amp;table and filters</source>
        <translation>&amp;Tabla de atributos y filtros</translation>
    </message>
    <message>
        <source>&amp;Bookmark this view…</source>
        <translation>&amp;Marcar esta vista…</translation>
    </message>
    <message>
        <source>&amp;Remove bookmark</source>
        <translation>&amp;Quitar marcador</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Nearshore Atlas</source>
        <translation>&amp;Acerca de Nearshore Atlas</translation>
    </message>
    <message>
        <source>Add &amp;database layer…</source>
        <translation>Agregar capa de base de &amp;datos…</translation>
    </message>
</context>
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
    <name>AttributePanel</name>
    <message>
        <source>Table of</source>
        <translation>Tabla de</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 visibles</translation>
    </message>
    <message>
        <source>Close the table</source>
        <translation>Cerrar la tabla</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Todas las empresas</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Anunciada</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>En construcción</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>En operación</translation>
    </message>
    <message>
        <source>Investment, US$ million</source>
        <translation>Inversión, millones de US$</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Sites without a sourced amount are hidden while a range is set.</source>
        <translation>Las plantas sin monto con fuente se ocultan mientras haya un rango.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>Bookmark this view</source>
        <translation>Marcar esta vista</translation>
    </message>
    <message>
        <source>Name, e.g. Juárez industrial parks</source>
        <translation>Nombre, p. ej. Parques industriales de Juárez</translation>
    </message>
</context>
<context>
    <name>CoordinateColumnsDialog</name>
    <message>
        <source>Which columns hold the coordinates?</source>
        <translation>¿Qué columnas tienen las coordenadas?</translation>
    </message>
    <message>
        <source>This table's coordinate columns have names Nearshore Atlas does not recognise. Choose longitude and latitude, or one column of WKT geometry.</source>
        <translation>Las columnas de coordenadas de esta tabla tienen nombres que Nearshore Atlas no reconoce. Elija longitud y latitud, o una columna de geometría WKT.</translation>
    </message>
    <message>
        <source>Longitude and latitude</source>
        <translation>Longitud y latitud</translation>
    </message>
    <message>
        <source>Longitude (x)</source>
        <translation>Longitud (x)</translation>
    </message>
    <message>
        <source>Latitude (y)</source>
        <translation>Latitud (y)</translation>
    </message>
    <message>
        <source>A WKT geometry column</source>
        <translation>Una columna de geometría WKT</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometría</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
</context>
<context>
    <name>CrsDialog</name>
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
    <name>DataDialogs</name>
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
</context>
<context>
    <name>DataNoticeDialog</name>
    <message>
        <source>An attribute-only table</source>
        <translation>Una tabla solo de atributos</translation>
    </message>
    <message>
        <source>Opened, with a note</source>
        <translation>Abierto, con una nota</translation>
    </message>
    <message>
        <source>Attribute table</source>
        <translation>Tabla de atributos</translation>
    </message>
    <message>
        <source>Join to states…</source>
        <translation>Unir a los estados…</translation>
    </message>
    <message>
        <source>Choose another CRS…</source>
        <translation>Elegir otro SRC…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Add a database layer (PostGIS)</source>
        <translation>Agregar una capa de base de datos (PostGIS)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <source>prefer (encrypt if offered)</source>
        <translation>prefer (cifrar si se ofrece)</translation>
    </message>
    <message>
        <source>require</source>
        <translation>require (exigir cifrado)</translation>
    </message>
    <message>
        <source>verify-ca (check certificate)</source>
        <translation>verify-ca (verificar certificado)</translation>
    </message>
    <message>
        <source>verify-full (certificate and host)</source>
        <translation>verify-full (certificado y servidor)</translation>
    </message>
    <message>
        <source>disable (no encryption)</source>
        <translation>disable (sin cifrado)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember the password in this computer's keychain</source>
        <translation>Recordar la contraseña en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Spatial tables and views: a layer shows the features in view, fetched again as the map moves.</source>
        <translation>Tablas y vistas espaciales: una capa muestra los elementos a la vista y los vuelve a pedir al mover el mapa.</translation>
    </message>
    <message>
        <source> (view)</source>
        <translation> (vista)</translation>
    </message>
    <message>
        <source>%1 in “%2”, EPSG:%3, rows %4</source>
        <translation>%1 en «%2», EPSG:%3, filas %4</translation>
    </message>
    <message>
        <source> — no spatial index: every fetch reads the whole table</source>
        <translation> — sin índice espacial: cada consulta lee toda la tabla</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Agregar capa</translation>
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
    <message>
        <source>Urban areas</source>
        <translation>Áreas urbanas</translation>
    </message>
    <message>
        <source>Lakes and reservoirs</source>
        <translation>Lagos y presas</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>Ríos</translation>
    </message>
    <message>
        <source>Railways</source>
        <translation>Vías férreas</translation>
    </message>
    <message>
        <source>Airports</source>
        <translation>Aeropuertos</translation>
    </message>
    <message>
        <source>Sea ports</source>
        <translation>Puertos marítimos</translation>
    </message>
    <message>
        <source>Cities and towns</source>
        <translation>Ciudades y poblaciones</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Nearshore Atlas</source>
        <translation>Nearshore Atlas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
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
        <source>A world file cannot describe a rotated map: set the bearing to north.</source>
        <translation>Un archivo de georreferencia no puede describir un mapa girado: oriente el mapa al norte.</translation>
    </message>
    <message>
        <source>%1 (at %2° latitude)</source>
        <translation>%1 (a %2° de latitud)</translation>
    </message>
    <message>
        <source>Sources: %1. Nearshore Atlas, %2.</source>
        <translation>Fuentes: %1. Nearshore Atlas, %2.</translation>
    </message>
    <message>
        <source>“%1” is not a coordinate reference system GDAL knows; try a code such as EPSG:6372.</source>
        <translation>«%1» no es un sistema de referencia de coordenadas que GDAL conozca; pruebe un código como EPSG:6372.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>JPEG images stop at %1 pixels a side; choose PNG for a larger slide.</source>
        <translation>Las imágenes JPEG llegan hasta %1 píxeles por lado; elija PNG para una diapositiva más grande.</translation>
    </message>
    <message>
        <source>The export size must be at most %1 pixels a side.</source>
        <translation>El tamaño de exportación debe ser de %1 píxeles por lado como máximo.</translation>
    </message>
    <message>
        <source>Nothing of the area can be drawn in %1.</source>
        <translation>Nada del área se puede dibujar en %1.</translation>
    </message>
    <message>
        <source>The size must be from 16 to %1 pixels on each side.</source>
        <translation>El tamaño debe ser de 16 a %1 píxeles por lado.</translation>
    </message>
    <message>
        <source>The resolution must be from 36 to 2400 dpi.</source>
        <translation>La resolución debe ser de 36 a 2400 ppp.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Export a slide</source>
        <translation>Exportar una diapositiva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>PPP</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectorial)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectorial)</translation>
    </message>
    <message>
        <source>GeoTIFF (map only, georeferenced)</source>
        <translation>GeoTIFF (solo el mapa, georreferenciado)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Slide language</source>
        <translation>Idioma de la diapositiva</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>Barra de escala</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>Flecha del norte</translation>
    </message>
    <message>
        <source>Locator map</source>
        <translation>Mapa de ubicación</translation>
    </message>
    <message>
        <source>Sources and date</source>
        <translation>Fuentes y fecha</translation>
    </message>
    <message>
        <source>World file (.pgw / .jgw)</source>
        <translation>Archivo de georreferencia (.pgw / .jgw)</translation>
    </message>
    <message>
        <source>Save a project beside it, to make the slide again</source>
        <translation>Guardar un proyecto junto a ella, para rehacer la diapositiva</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>The slide is on the clipboard.</source>
        <translation>La diapositiva está en el portapapeles.</translation>
    </message>
    <message>
        <source>Copy the slide as an image, to paste into a presentation</source>
        <translation>Copiar la diapositiva como imagen, para pegarla en una presentación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export the slide</source>
        <translation>Exportar la diapositiva</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg)</source>
        <translation>Imagen JPEG (*.jpg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>GeoTIFF (*.tif)</source>
        <translation>GeoTIFF (*.tif)</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>SRC</translation>
    </message>
    <message>
        <source>EPSG:3857 is Web Mercator, as on screen; EPSG:6372 is INEGI's Mexico LCC (ITRF2008); any code GDAL knows works</source>
        <translation>EPSG:3857 es Web Mercator, como en pantalla; EPSG:6372 es la LCC de México del INEGI (ITRF2008); sirve cualquier código que GDAL conozca</translation>
    </message>
    <message>
        <source>Export every hub…</source>
        <translation>Exportar todos los polos…</translation>
    </message>
    <message>
        <source>One slide per hub with these settings and the same legend, as numbered PNGs and one PDF</source>
        <translation>Una diapositiva por polo con esta configuración y la misma leyenda, como PNG numerados y un PDF</translation>
    </message>
    <message>
        <source>Folder for the hub deck</source>
        <translation>Carpeta para la presentación de polos</translation>
    </message>
    <message>
        <source>The slide shows the frame's area as this projection draws it; the preview shows the result.</source>
        <translation>La diapositiva muestra el área del marco como la dibuja esta proyección; la vista previa muestra el resultado.</translation>
    </message>
    <message>
        <source>JPEG stops at 32,767 pixels a side: choose PNG for this size.</source>
        <translation>JPEG llega hasta 32 767 píxeles por lado: elija PNG para este tamaño.</translation>
    </message>
    <message>
        <source>Larger than 32,767 pixels: PNG and GeoTIFF are drawn in strips, which can take minutes.</source>
        <translation>Más de 32 767 píxeles: PNG y GeoTIFF se dibujan por franjas, lo que puede tardar minutos.</translation>
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
    <name>HubDetailsText</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <source>%1 km away, %2</source>
        <translation>a %1 km, %2</translation>
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
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Search hubs, states, sites or 31.69, -106.42</source>
        <translation>Buscar polos, estados, plantas o 31.69, -106.42</translation>
    </message>
    <message>
        <source>Go to %1° %2, %3° %4</source>
        <translation>Ir a %1° %2, %3° %4</translation>
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
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Factory site</source>
        <translation>Planta</translation>
    </message>
</context>
<context>
    <name>HubSlide</name>
    <message>
        <source>land purchase</source>
        <translation>compra de terreno</translation>
    </message>
    <message>
        <source>equity stake</source>
        <translation>participación accionaria</translation>
    </message>
    <message>
        <source>capital injection</source>
        <translation>inyección de capital</translation>
    </message>
    <message>
        <source>investment made or contracted</source>
        <translation>inversión realizada o contratada</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>anunciada</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>en operación</translation>
    </message>
    <message>
        <source>under construction</source>
        <translation>en construcción</translation>
    </message>
    <message>
        <source>plant announced</source>
        <translation>planta anunciada</translation>
    </message>
    <message>
        <source>Factory sites within %1 km</source>
        <translation>Plantas a menos de %1 km</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>No located factory site in the data.</source>
        <translation>No hay plantas ubicadas en los datos.</translation>
    </message>
    <message>
        <source>Records in %1 without a location, not on the map: %2.</source>
        <translation>Registros en %1 sin ubicación, fuera del mapa: %2.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Fuentes: %1.</translation>
    </message>
    <message>
        <source>Nearest US ports of entry</source>
        <translation>Cruces fronterizos a EE. UU. más cercanos</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Straight-line distance on the WGS 84 ellipsoid (PROJ), not by road. Ports: US BTS Border Crossing Entry Data.</source>
        <translation>Distancia en línea recta sobre el elipsoide WGS 84 (PROJ), no por carretera. Cruces: US BTS Border Crossing Entry Data.</translation>
    </message>
    <message>
        <source>US$%1 billion</source>
        <translation>US$%1 mil millones</translation>
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
        <source>at the town's point</source>
        <translation>en el punto de la localidad</translation>
    </message>
    <message>
        <source>%1; at the town's point</source>
        <translation>%1; en el punto de la localidad</translation>
    </message>
    <message>
        <source>“At the town's point”: the plant's location is not published; the site is drawn at its town's reference point.</source>
        <translation>«En el punto de la localidad»: la ubicación de la planta no está publicada; se dibuja en el punto de referencia de su localidad.</translation>
    </message>
    <message>
        <source>%1: state risks</source>
        <translation>%1: riesgos del estado</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Population (census)</source>
        <translation>Población (censo)</translation>
    </message>
    <message>
        <source>Homicides per 100,000 inhabitants (preliminary)</source>
        <translation>Homicidios por cada 100 000 habitantes (preliminar)</translation>
    </message>
    <message>
        <source>Homicides per 100,000 inhabitants</source>
        <translation>Homicidios por cada 100 000 habitantes</translation>
    </message>
    <message>
        <source>Adults who feel unsafe in their state (%, ENVIPE)</source>
        <translation>Adultos que se sienten inseguros en su estado (%, ENVIPE)</translation>
    </message>
    <message>
        <source>Women who feel unsafe in their state (%, ENVIPE)</source>
        <translation>Mujeres que se sienten inseguras en su estado (%, ENVIPE)</translation>
    </message>
    <message>
        <source>Baseline water stress (WRI Aqueduct 3.0, score 0–5)</source>
        <translation>Estrés hídrico de referencia (WRI Aqueduct 3.0, puntaje 0–5)</translation>
    </message>
    <message>
        <source>Baseline water stress (WRI Aqueduct 4.0, score 0–5)</source>
        <translation>Estrés hídrico de referencia (WRI Aqueduct 4.0, puntaje 0–5)</translation>
    </message>
    <message>
        <source>Power outage minutes per user per year (SAIDI)</source>
        <translation>Minutos de interrupción por usuario al año (SAIDI)</translation>
    </message>
    <message>
        <source>CFE users without power, 16 Feb 2021 blackout (%)</source>
        <translation>Usuarios de CFE sin luz, apagón del 16 feb 2021 (%)</translation>
    </message>
    <message>
        <source>Homicide victims (SESNSP, count)</source>
        <translation>Víctimas de homicidio (SESNSP, número)</translation>
    </message>
    <message>
        <source>Cargo theft (SESNSP, crimes recorded)</source>
        <translation>Robo a transportista (SESNSP, delitos registrados)</translation>
    </message>
    <message>
        <source>Cargo theft with violence (SESNSP, crimes recorded)</source>
        <translation>Robo a transportista con violencia (SESNSP, delitos registrados)</translation>
    </message>
    <message>
        <source>Cargo theft without violence (SESNSP, crimes recorded)</source>
        <translation>Robo a transportista sin violencia (SESNSP, delitos registrados)</translation>
    </message>
    <message>
        <source>Municipalities in drought D1–D4, 15 May 2024 (%, SMN)</source>
        <translation>Municipios con sequía D1–D4, 15 may 2024 (%, SMN)</translation>
    </message>
    <message>
        <source>Municipalities in extreme drought D3–D4, 15 May 2024 (%, SMN)</source>
        <translation>Municipios con sequía extrema D3–D4, 15 may 2024 (%, SMN)</translation>
    </message>
    <message>
        <source>Municipalities in drought D1–D4, 2023 mean (%, SMN)</source>
        <translation>Municipios con sequía D1–D4, promedio 2023 (%, SMN)</translation>
    </message>
    <message>
        <source>Average years of schooling, population 15+ (census)</source>
        <translation>Grado promedio de escolaridad, población de 15 años y más (censo)</translation>
    </message>
    <message>
        <source>Graduates in engineering, manufacturing and construction (ANUIES, all levels)</source>
        <translation>Egresados de ingeniería, manufactura y construcción (ANUIES, todos los niveles)</translation>
    </message>
    <message>
        <source>Graduates in engineering, manufacturing and construction (ANUIES, TSU and bachelor's)</source>
        <translation>Egresados de ingeniería, manufactura y construcción (ANUIES, TSU y licenciatura)</translation>
    </message>
    <message>
        <source>Graduates in information and communication technologies (ANUIES)</source>
        <translation>Egresados de tecnologías de la información y la comunicación (ANUIES)</translation>
    </message>
    <message>
        <source>Share of graduates in engineering, manufacturing and construction (%, ANUIES)</source>
        <translation>Egresados de ingeniería, manufactura y construcción (% del total, ANUIES)</translation>
    </message>
    <message>
        <source>Population with higher education (%, IMCO ICE 2022)</source>
        <translation>Población con educación superior (%, IMCO ICE 2022)</translation>
    </message>
    <message>
        <source>Job training (%, IMCO ICE 2022)</source>
        <translation>Capacitación laboral (%, IMCO ICE 2022)</translation>
    </message>
    <message>
        <source>Years of schooling (IMCO ICE 2022)</source>
        <translation>Grado de escolaridad (IMCO ICE 2022)</translation>
    </message>
    <message>
        <source>Population, mid-2023 (CONAPO projection)</source>
        <translation>Población a mitad de 2023 (proyección de CONAPO)</translation>
    </message>
    <message>
        <source>Population, mid-2024 (CONAPO projection)</source>
        <translation>Población a mitad de 2024 (proyección de CONAPO)</translation>
    </message>
    <message>
        <source>Aquifers (CONAGUA, keyed to the state)</source>
        <translation>Acuíferos (CONAGUA, asignados al estado por su clave)</translation>
    </message>
    <message>
        <source>Aquifers without groundwater availability (CONAGUA)</source>
        <translation>Acuíferos sin disponibilidad de agua subterránea (CONAGUA)</translation>
    </message>
    <message>
        <source>Aquifers without groundwater availability (% of the state's aquifers, CONAGUA)</source>
        <translation>Acuíferos sin disponibilidad de agua subterránea (% de los acuíferos del estado, CONAGUA)</translation>
    </message>
    <message>
        <source>Homicide victims per 100,000 inhabitants (SESNSP; CONAPO population)</source>
        <translation>Víctimas de homicidio por cada 100 000 habitantes (SESNSP; población de CONAPO)</translation>
    </message>
    <message>
        <source>Cargo theft per 100,000 inhabitants (SESNSP; CONAPO population)</source>
        <translation>Robo a transportista por cada 100 000 habitantes (SESNSP; población de CONAPO)</translation>
    </message>
    <message>
        <source>at the plant</source>
        <translation>en la planta</translation>
    </message>
    <message>
        <source>at its industrial park</source>
        <translation>en su parque industrial</translation>
    </message>
    <message>
        <source>at the town's point (plant location not published)</source>
        <translation>en el punto de la localidad (ubicación de la planta no publicada)</translation>
    </message>
    <message>
        <source>known by its state only</source>
        <translation>solo se conoce su estado</translation>
    </message>
    <message>
        <source>location precision not recorded</source>
        <translation>precisión de ubicación no registrada</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join to states</source>
        <translation>Unir a los estados</translation>
    </message>
    <message>
        <source>Each row of the table is matched to a state; the states get the table's columns as a new layer above them, ready for a style.</source>
        <translation>Cada fila de la tabla se asigna a un estado; los estados reciben las columnas de la tabla como una capa nueva sobre ellos, lista para un estilo.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>State code (INEGI, 01–32)</source>
        <translation>Clave de entidad (INEGI, 01–32)</translation>
    </message>
    <message>
        <source>State name</source>
        <translation>Nombre del estado</translation>
    </message>
</context>
<context>
    <name>LayersView</name>
    <message>
        <source>Opacity %1 %</source>
        <translation>Opacidad %1 %</translation>
    </message>
    <message>
        <source>Show or hide “%1”</source>
        <translation>Mostrar u ocultar «%1»</translation>
    </message>
    <message>
        <source>Layer actions</source>
        <translation>Acciones de la capa</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Acercar a la capa</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove from map</source>
        <translation>Quitar del mapa</translation>
    </message>
    <message>
        <source>Style…</source>
        <translation>Estilo…</translation>
    </message>
    <message>
        <source>Drag to change the drawing order</source>
        <translation>Arrastre para cambiar el orden de dibujo</translation>
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
    <message>
        <source>%1, %2, 1 class</source>
        <translation>%1, %2, 1 clase</translation>
    </message>
    <message>
        <source>%1, %2, %3 classes</source>
        <translation>%1, %2, %3 clases</translation>
    </message>
    <message>
        <source>%1, circle area proportional to the value</source>
        <translation>%1, área del círculo proporcional al valor</translation>
    </message>
    <message>
        <source>Investment (US$ million)</source>
        <translation>Inversión (millones de US$)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>Filled: money committed (land, stake, capital, plant)</source>
        <translation>Relleno: dinero comprometido (terreno, participación, capital, planta)</translation>
    </message>
    <message>
        <source>Hollow: announced or pledged, not committed</source>
        <translation>Hueco: anunciado o prometido, no comprometido</translation>
    </message>
    <message>
        <source>Circle area proportional to the value</source>
        <translation>Área del círculo proporcional al valor</translation>
    </message>
    <message>
        <source>No data (small dot)</source>
        <translation>Sin datos (punto pequeño)</translation>
    </message>
    <message>
        <source>Several sites at one place: their number (zoom in to spread them)</source>
        <translation>Varias plantas en un lugar: su número (acerque para separarlas)</translation>
    </message>
    <message>
        <source>Points per hexagon, coloured by the most frequent category (zoom in for single points)</source>
        <translation>Puntos por hexágono, coloreado por la categoría más frecuente (acerque para ver puntos individuales)</translation>
    </message>
    <message>
        <source>Points per hexagon (zoom in for single points)</source>
        <translation>Puntos por hexágono (acerque para ver puntos individuales)</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
</context>
<context>
    <name>LegendOverlay</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>Ocultar la leyenda</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>Mostrar la leyenda</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The data could not be opened</source>
        <translation>No se pudieron abrir los datos</translation>
    </message>
    <message>
        <source>%1%2 — Nearshore Atlas</source>
        <translation>%1%2 — Nearshore Atlas</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>The layer “%1” has no data to draw.</source>
        <translation>La capa «%1» no tiene datos que dibujar.</translation>
    </message>
    <message>
        <source>The layer “%1” could not be drawn completely; the other layers are shown. Hiding the layer or opening its data again may help.</source>
        <translation>La capa “%1” no se pudo dibujar completa; las demás capas se muestran. Ocultar la capa o volver a abrir sus datos puede ayudar.</translation>
    </message>
    <message>
        <source>The map could not be drawn. A smaller view or fewer layers may help.</source>
        <translation>El mapa no se pudo dibujar. Una vista más pequeña o menos capas pueden ayudar.</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Open a project</source>
        <translation>Abrir un proyecto</translation>
    </message>
    <message>
        <source>Nearshore Atlas projects (*.atlas)</source>
        <translation>Proyectos de Nearshore Atlas (*.atlas)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>Locate the layer's data</source>
        <translation>Ubicar los datos de la capa</translation>
    </message>
    <message>
        <source>Save changes to “%1”?</source>
        <translation>¿Guardar los cambios de «%1»?</translation>
    </message>
    <message>
        <source>The project has changes that are not saved.</source>
        <translation>El proyecto tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Read data from outside the project?</source>
        <translation>¿Leer datos de fuera del proyecto?</translation>
    </message>
    <message>
        <source>This project wants to read data that is not in its own folder. Open these only if you trust where the project came from; the layers you decline stay listed as unavailable.</source>
        <translation>Este proyecto quiere leer datos que no están en su propia carpeta. Ábralos solo si confía en el origen del proyecto; las capas que rechace quedan en la lista como no disponibles.</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>Nearshore Atlas did not close normally last time. Its autosave has your unsaved work.</source>
        <translation>Nearshore Atlas no se cerró normalmente la última vez. Su guardado automático tiene el trabajo sin guardar.</translation>
    </message>
    <message>
        <source>Connect to the layer's database</source>
        <translation>Conectar a la base de datos de la capa</translation>
    </message>
    <message>
        <source>Password (not saved in the project)</source>
        <translation>Contraseña (no se guarda en el proyecto)</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>El proyecto «%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is not a project file.</source>
        <translation>«%1» no es un archivo de proyecto.</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>“%1” is too large to be a Nearshore Atlas project.</source>
        <translation>«%1» es demasiado grande para ser un proyecto de Nearshore Atlas.</translation>
    </message>
    <message>
        <source>%1 bytes; projects are limited to %2 bytes</source>
        <translation>%1 bytes; los proyectos tienen un límite de %2 bytes</translation>
    </message>
    <message>
        <source>The project “%1” cannot be read.</source>
        <translation>No se puede leer el proyecto «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a Nearshore Atlas project, or it is damaged.</source>
        <translation>«%1» no es un proyecto de Nearshore Atlas o está dañado.</translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2</source>
        <translation>Error de JSON en el byte %1: %2</translation>
    </message>
    <message>
        <source>the file holds JSON, but not an object</source>
        <translation>el archivo contiene JSON, pero no un objeto</translation>
    </message>
    <message>
        <source>The project “%1” cannot be opened.</source>
        <translation>No se puede abrir el proyecto «%1».</translation>
    </message>
    <message>
        <source>The project “%1” was not saved: its previous version could not be backed up.</source>
        <translation>El proyecto «%1» no se guardó: no se pudo respaldar su versión anterior.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be saved there.</source>
        <translation>El proyecto «%1» no se puede guardar ahí.</translation>
    </message>
    <message>
        <source>The project “%1” was not saved; the previous version is unchanged.</source>
        <translation>El proyecto «%1» no se guardó; la versión anterior no cambió.</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>es demasiado largo</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>tiene más de %1 elementos</translation>
    </message>
    <message>
        <source>must be [longitude, latitude, zoom, bearing] with longitude -180…180, latitude -85…85, zoom 0…24</source>
        <translation>debe ser [longitud, latitud, zoom, rumbo] con longitud -180…180, latitud -85…85, zoom 0…24</translation>
    </message>
    <message>
        <source>must be one of png, jpg, pdf, svg, tif</source>
        <translation>debe ser png, jpg, pdf, svg o tif</translation>
    </message>
    <message>
        <source>This is not a Nearshore Atlas project (its “format” field is missing or different).</source>
        <translation>Esto no es un proyecto de Nearshore Atlas (falta su campo «format» o es distinto).</translation>
    </message>
    <message>
        <source>The project has no valid format version.</source>
        <translation>El proyecto no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>The project was saved by a newer Nearshore Atlas (format version %1); this version reads up to version %2. Update Nearshore Atlas to open it.</source>
        <translation>El proyecto se guardó con un Nearshore Atlas más reciente (formato versión %1); esta versión lee hasta la versión %2. Actualice Nearshore Atlas para abrirlo.</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>repeats an earlier layer's id</source>
        <translation>repite el id de una capa anterior</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a hub name</source>
        <translation>debe ser el nombre de un polo</translation>
    </message>
    <message>
        <source>must be "en" or "es"</source>
        <translation>debe ser "en" o "es"</translation>
    </message>
    <message>
        <source>must be [west, south, east, north] in degrees</source>
        <translation>debe ser [oeste, sur, este, norte] en grados</translation>
    </message>
    <message>
        <source>The project file is damaged: %1.</source>
        <translation>El archivo del proyecto está dañado: %1.</translation>
    </message>
    <message>
        <source>The style of “%1” could not be read (%2); its default style is used.</source>
        <translation>No se pudo leer el estilo de «%1» (%2); se usa su estilo predeterminado.</translation>
    </message>
    <message>
        <source>“%1” is not part of this version's built-in data.</source>
        <translation>«%1» no forma parte de los datos integrados de esta versión.</translation>
    </message>
    <message>
        <source>“%1” is unavailable: %2. Use Locate… to point to it.</source>
        <translation>«%1» no está disponible: %2. Use Ubicar… para indicarlo.</translation>
    </message>
    <message>
        <source>“%1” was not opened: %2.</source>
        <translation>«%1» no se abrió: %2.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>the layer has no source</source>
        <translation>la capa no tiene fuente</translation>
    </message>
    <message>
        <source>the source contains control characters</source>
        <translation>la fuente contiene caracteres de control</translation>
    </message>
    <message>
        <source>it would be downloaded from the network</source>
        <translation>se descargaría de la red</translation>
    </message>
    <message>
        <source>GDAL virtual file systems other than archives are not opened from projects</source>
        <translation>los sistemas de archivos virtuales de GDAL que no son archivos comprimidos no se abren desde proyectos</translation>
    </message>
    <message>
        <source>it is a connection to a database or service</source>
        <translation>es una conexión a una base de datos o servicio</translation>
    </message>
    <message>
        <source>the file is not there (moved, renamed or on another computer)</source>
        <translation>el archivo no está ahí (se movió, se renombró o está en otra computadora)</translation>
    </message>
    <message>
        <source>it is outside the project's folder</source>
        <translation>está fuera de la carpeta del proyecto</translation>
    </message>
    <message>
        <source>%1.field must be a field name</source>
        <translation>%1.field debe ser el nombre de un campo</translation>
    </message>
    <message>
        <source>%1.%2 must be a number</source>
        <translation>%1.%2 debe ser un número</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 conditions</source>
        <translation>%1 debe ser una lista de %2 condiciones como máximo</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>%1.values must be a list of at most %2 texts</source>
        <translation>%1.values debe ser una lista de %2 textos como máximo</translation>
    </message>
    <message>
        <source>%1.values must hold only texts</source>
        <translation>%1.values debe contener solo textos</translation>
    </message>
    <message>
        <source>%1.min must not be above its max</source>
        <translation>%1.min no debe ser mayor que su max</translation>
    </message>
    <message>
        <source>must be “code” or “name”</source>
        <translation>debe ser «code» o «name»</translation>
    </message>
    <message>
        <source>names no dataset of this project</source>
        <translation>no nombra ningún conjunto de datos de este proyecto</translation>
    </message>
    <message>
        <source>its table did not open</source>
        <translation>su tabla no se abrió</translation>
    </message>
    <message>
        <source>the project has no states layer</source>
        <translation>el proyecto no tiene capa de estados</translation>
    </message>
    <message>
        <source>The join “%1” was not made again: %2.</source>
        <translation>La unión «%1» no se volvió a hacer: %2.</translation>
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
        <source>Nearshore Atlas did not recognise the coordinate columns of “%1”. Choose the columns that hold longitude and latitude, or a WKT geometry.</source>
        <translation>Nearshore Atlas no reconoció las columnas de coordenadas de «%1». Elija las columnas con longitud y latitud, o una geometría WKT.</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Se canceló la apertura de «%1».</translation>
    </message>
    <message>
        <source>The file says it holds %1 features but %2 were read: its stored count is out of date. It was read feature by feature instead, which is slower.</source>
        <translation>El archivo dice contener %1 elementos pero se leyeron %2: su recuento guardado está desactualizado. Se leyó elemento por elemento, que es más lento.</translation>
    </message>
    <message>
        <source>“%1” declares %2, which counts in metres, but its numbers look like longitude/latitude degrees: it would be drawn near the projection's origin, not where it belongs. Open it again with EPSG:4326 if the coordinates are degrees.</source>
        <translation>«%1» declara %2, que cuenta en metros, pero sus números parecen grados de longitud/latitud: se dibujaría cerca del origen de la proyección, no donde corresponde. Ábralo de nuevo con EPSG:4326 si las coordenadas son grados.</translation>
    </message>
    <message>
        <source>“%1” lies outside the area %2 is meant for: the CRS it declares is probably not the one its coordinates are in (or its axes are swapped).</source>
        <translation>«%1» queda fuera del área para la que es %2: el SRC que declara probablemente no es el de sus coordenadas (o sus ejes están invertidos).</translation>
    </message>
    <message>
        <source>There is no column “%1” to join by.</source>
        <translation>No hay una columna «%1» para unir.</translation>
    </message>
    <message>
        <source>coordinates that are not numbers</source>
        <translation>coordenadas que no son números</translation>
    </message>
    <message>
        <source>its geometry text could not be read</source>
        <translation>no se pudo leer el texto de su geometría</translation>
    </message>
    <message>
        <source>1 feature skipped: %1</source>
        <translation>1 elemento omitido: %1</translation>
    </message>
    <message>
        <source>%1 features skipped: %2</source>
        <translation>%1 elementos omitidos: %2</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; y %1 más</translation>
    </message>
    <message>
        <source>“%1” is on the network, and network access is off: Nearshore Atlas reads only files on this computer unless network access is allowed (on the command line: --allow-network).</source>
        <translation>«%1» está en la red y el acceso a la red está desactivado: Nearshore Atlas solo lee archivos de esta computadora salvo que se permita el acceso a la red (en la línea de comandos: --allow-network).</translation>
    </message>
    <message>
        <source>“%1” is an attribute-only table (rows: %2; no geometry): it is listed for the attribute table and can be joined to the states by state code or name.</source>
        <translation>«%1» es una tabla solo de atributos (filas: %2; sin geometría): aparece en la tabla de atributos y puede unirse a los estados por clave o nombre de entidad.</translation>
    </message>
    <message>
        <source>“%1” does not say which coordinate reference system it uses. Its coordinates are longitude/latitude in range, so they are read as WGS 84 (EPSG:4326). If that is wrong, open it again with its CRS (the window asks when you choose another; on the command line: --layer-crs CODE or FILE?crs=CODE).</source>
        <translation>«%1» no dice qué sistema de referencia de coordenadas usa. Sus coordenadas son longitud/latitud dentro de rango, así que se leen como WGS 84 (EPSG:4326). Si no es así, ábralo de nuevo con su SRC (la ventana lo pregunta al elegir otro; en la línea de comandos: --layer-crs CÓDIGO o ARCHIVO?crs=CÓDIGO).</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>elemento %1: %2</translation>
    </message>
    <message>
        <source>its geometry could not be reprojected</source>
        <translation>su geometría no se pudo reproyectar</translation>
    </message>
    <message>
        <source>There is no table or no states layer to join.</source>
        <translation>No hay tabla o capa de estados para unir.</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>PostGIS: %1</source>
        <translation>PostGIS: %1</translation>
    </message>
    <message>
        <source>showing %1 of %2 features in this area</source>
        <translation>se muestran %1 de %2 elementos en esta zona</translation>
    </message>
    <message>
        <source>showing %1 of %2 features</source>
        <translation>se muestran %1 de %2 elementos</translation>
    </message>
    <message>
        <source>%1 features in this area</source>
        <translation>%1 elementos en esta zona</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 elementos</translation>
    </message>
    <message>
        <source>%1 holds more features than one fetch brings: %2. Zoom in to see all of those in view.</source>
        <translation>%1 tiene más elementos de los que trae una consulta: %2. Acerque el mapa para ver todos los que están a la vista.</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>una base de datos</translation>
    </message>
    <message>
        <source>%1 (database %2)</source>
        <translation>%1 (base de datos %2)</translation>
    </message>
    <message>
        <source>Could not connect to the database “%1” on %2.</source>
        <translation>No se pudo conectar a la base de datos «%1» en %2.</translation>
    </message>
    <message>
        <source>Connected to “%1”, but could not read its list of spatial tables. Is PostGIS installed in this database (CREATE EXTENSION postgis)?</source>
        <translation>Se conectó a «%1», pero no se pudo leer su lista de tablas espaciales. ¿Está PostGIS instalado en esta base de datos (CREATE EXTENSION postgis)?</translation>
    </message>
    <message>
        <source>The database at %1 refused the user name or password for “%2”. Check both and try again.</source>
        <translation>La base de datos en %1 rechazó el usuario o la contraseña de «%2». Revise ambos e intente de nuevo.</translation>
    </message>
    <message>
        <source>The server at %1 has no database named “%2”.</source>
        <translation>El servidor en %1 no tiene una base de datos llamada «%2».</translation>
    </message>
    <message>
        <source>The server at %1 has no user named “%2”.</source>
        <translation>El servidor en %1 no tiene un usuario llamado «%2».</translation>
    </message>
    <message>
        <source>The server at %1 does not let “%2” into “%3” from this computer with SSL mode “%4” (its access rules). Try SSL mode “require”, or ask the database's administrator to grant access (docs/postgis.md).</source>
        <translation>El servidor en %1 no deja entrar a «%2» en «%3» desde esta computadora con el modo SSL «%4» (sus reglas de acceso). Pruebe el modo SSL «require» o pida acceso al administrador de la base de datos (docs/postgis.md).</translation>
    </message>
    <message>
        <source>The server at %1 did not prove it is the server you meant (its SSL certificate does not match, or is not signed by a certificate this computer trusts). Check the host name, or ask the administrator for the root certificate.</source>
        <translation>El servidor en %1 no demostró ser el servidor indicado (su certificado SSL no coincide o no lo firma un certificado en el que confíe esta computadora). Revise el nombre del servidor o pida el certificado raíz al administrador.</translation>
    </message>
    <message>
        <source>The server at %1 refused this kind of connection (SSL mode “%2”): it may require SSL, or not offer it. Try another SSL mode or ask the database's administrator.</source>
        <translation>El servidor en %1 rechazó este tipo de conexión (modo SSL «%2»): puede exigir SSL o no ofrecerlo. Pruebe otro modo SSL o consulte al administrador de la base de datos.</translation>
    </message>
    <message>
        <source>The user “%1” may not read this table. Ask the database's administrator for read access (see the team guide, docs/postgis.md).</source>
        <translation>El usuario «%1» no puede leer esta tabla. Pida acceso de lectura al administrador de la base de datos (vea la guía del equipo, docs/postgis.md).</translation>
    </message>
    <message>
        <source>The database server at %1 is not answering (it may be down, or the address is wrong).</source>
        <translation>El servidor de base de datos en %1 no responde (puede estar apagado o la dirección es incorrecta).</translation>
    </message>
    <message>
        <source>Could not connect to the database for %1.</source>
        <translation>No se pudo conectar a la base de datos de %1.</translation>
    </message>
    <message>
        <source>The map's view cannot be expressed in the coordinates of “%1”.</source>
        <translation>La vista del mapa no se puede expresar en las coordenadas de «%1».</translation>
    </message>
    <message>
        <source>The connection to the database at %1:%2 broke off while %3 was being read. Nothing was added; the map is as it was. Try again when the server is back.</source>
        <translation>La conexión con la base de datos en %1:%2 se cortó mientras se leía %3. No se agregó nada; el mapa quedó como estaba. Intente de nuevo cuando el servidor vuelva.</translation>
    </message>
</context>
<context>
    <name>RecoveryFile</name>
    <message>
        <source>Another Nearshore Atlas window keeps the recovery file.</source>
        <translation>Otra ventana de Nearshore Atlas tiene el archivo de recuperación.</translation>
    </message>
    <message>
        <source>The recovery file could not be written.</source>
        <translation>No se pudo escribir el archivo de recuperación.</translation>
    </message>
</context>
<context>
    <name>RiskIndex</name>
    <message>
        <source>Homicides per 100,000 inhabitants, 2024 (preliminary)</source>
        <translation>Homicidios por cada 100 000 habitantes, 2024 (preliminar)</translation>
    </message>
    <message>
        <source>Baseline water stress, WRI Aqueduct 3.0 score 0–5 (2019)</source>
        <translation>Estrés hídrico de referencia, puntaje WRI Aqueduct 3.0 de 0 a 5 (2019)</translation>
    </message>
    <message>
        <source>CFE users without power in the 16 Feb 2021 blackout (%)</source>
        <translation>Usuarios de CFE sin luz en el apagón del 16 feb 2021 (%)</translation>
    </message>
    <message>
        <source>crime</source>
        <translation>delito</translation>
    </message>
    <message>
        <source>water</source>
        <translation>agua</translation>
    </message>
    <message>
        <source>electricity</source>
        <translation>electricidad</translation>
    </message>
    <message>
        <source>min-max normalised to 0–100</source>
        <translation>normalizado mín-máx a 0–100</translation>
    </message>
    <message>
        <source>rank normalised to 0–100</source>
        <translation>normalizado por rango a 0–100</translation>
    </message>
    <message>
        <source>Composite risk index (0–100, higher = riskier)</source>
        <translation>Índice compuesto de riesgo (0–100, más alto = más riesgo)</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Weights: %1; each indicator %2. A state missing a weighted indicator has no index.</source>
        <translation>Pesos: %1; cada indicador %2. Un estado sin un indicador ponderado no tiene índice.</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>risk overlay: “normalisation” must be minmax or rank</source>
        <translation>capa de riesgo: «normalisation» debe ser minmax o rank</translation>
    </message>
    <message>
        <source>risk overlay: the weight of %1 must be a number from 0 to 100</source>
        <translation>capa de riesgo: el peso de %1 debe ser un número de 0 a 100</translation>
    </message>
    <message>
        <source>INEGI EDR 2024 preliminary, via press reports</source>
        <translation>INEGI, EDR 2024 preliminar, según la prensa</translation>
    </message>
    <message>
        <source>Municipalities in drought (D1–D4), 2023 mean (%)</source>
        <translation>Municipios con sequía (D1–D4), promedio 2023 (%)</translation>
    </message>
    <message>
        <source>CONAGUA-SMN Monitor de Sequía, 23 cuts of 2023</source>
        <translation>CONAGUA-SMN, Monitor de Sequía, 23 cortes de 2023</translation>
    </message>
    <message>
        <source>Municipalities in drought (D1–D4), 15 May 2024 (%)</source>
        <translation>Municipios con sequía (D1–D4), 15 may 2024 (%)</translation>
    </message>
    <message>
        <source>CONAGUA-SMN Monitor de Sequía, cut of 15 May 2024</source>
        <translation>CONAGUA-SMN, Monitor de Sequía, corte del 15 may 2024</translation>
    </message>
    <message>
        <source>Municipalities in extreme drought (D3–D4), 15 May 2024 (%)</source>
        <translation>Municipios con sequía extrema (D3–D4), 15 may 2024 (%)</translation>
    </message>
    <message>
        <source>WRI Aqueduct 3.0, 2019, via press reports</source>
        <translation>WRI Aqueduct 3.0, 2019, según la prensa</translation>
    </message>
    <message>
        <source>CFE blackout reports, 2021, via press</source>
        <translation>reportes del apagón de CFE, 2021, según la prensa</translation>
    </message>
    <message>
        <source>Average years of schooling, population 15+, 2020 (higher = lower risk)</source>
        <translation>Grado promedio de escolaridad, población de 15 años y más, 2020 (más alto = menos riesgo)</translation>
    </message>
    <message>
        <source>INEGI census 2020 (BISE 1005000038)</source>
        <translation>INEGI, censo 2020 (BISE 1005000038)</translation>
    </message>
    <message>
        <source>Graduates in engineering, manufacturing and construction, ~2022 (% of all graduates; higher = lower risk)</source>
        <translation>Egresados de ingeniería, manufactura y construcción, ~2022 (% del total de egresados; más alto = menos riesgo)</translation>
    </message>
    <message>
        <source>ANUIES statistical yearbook, egresados ~2022 (edition unconfirmed)</source>
        <translation>ANUIES, Anuario Estadístico, egresados ~2022 (edición sin confirmar)</translation>
    </message>
    <message>
        <source>Population with higher education, IMCO ICE 2022 (%; higher = lower risk)</source>
        <translation>Población con educación superior, IMCO ICE 2022 (%; más alto = menos riesgo)</translation>
    </message>
    <message>
        <source>IMCO Índice de Competitividad Estatal 2022</source>
        <translation>IMCO, Índice de Competitividad Estatal 2022</translation>
    </message>
    <message>
        <source>skilled labour</source>
        <translation>mano de obra calificada</translation>
    </message>
    <message>
        <source>No electricity measure covers the 32 states: no state-level reliability series (SAIDI) was found, and the 2021 blackout share covers 7 states, so electricity starts with weight 0.</source>
        <translation>Ninguna medida de electricidad cubre los 32 estados: no se encontró una serie de confiabilidad por estado (SAIDI) y la proporción del apagón de 2021 cubre 7 estados, por lo que la electricidad empieza con peso 0.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Indicators: %1.</source>
        <translation>Indicadores: %1.</translation>
    </message>
    <message>
        <source>Raw values; states without a sourced value show as no data. Source: %1.</source>
        <translation>Valores originales; los estados sin valor con fuente aparecen sin datos. Fuente: %1.</translation>
    </message>
    <message>
        <source>none weighted</source>
        <translation>ninguno ponderado</translation>
    </message>
    <message>
        <source>risk overlay: “show” must be index, crime, water, electricity or skills</source>
        <translation>capa de riesgo: «show» debe ser index, crime, water, electricity o skills</translation>
    </message>
    <message>
        <source>risk overlay: the indicator of %1 must be one of %2</source>
        <translation>capa de riesgo: el indicador de %1 debe ser uno de %2</translation>
    </message>
    <message>
        <source>homicide rate, 2024 preliminary (INEGI via press)</source>
        <translation>tasa de homicidios, 2024 preliminar (INEGI según la prensa)</translation>
    </message>
    <message>
        <source>municipalities in drought, 2023 mean (CONAGUA-SMN)</source>
        <translation>municipios con sequía, promedio 2023 (CONAGUA-SMN)</translation>
    </message>
    <message>
        <source>municipalities in drought, 15 May 2024 (CONAGUA-SMN)</source>
        <translation>municipios con sequía, 15 may 2024 (CONAGUA-SMN)</translation>
    </message>
    <message>
        <source>municipalities in extreme drought, 15 May 2024 (CONAGUA-SMN)</source>
        <translation>municipios con sequía extrema, 15 may 2024 (CONAGUA-SMN)</translation>
    </message>
    <message>
        <source>water stress, 2019 (WRI Aqueduct 3.0 via press)</source>
        <translation>estrés hídrico, 2019 (WRI Aqueduct 3.0 según la prensa)</translation>
    </message>
    <message>
        <source>users cut off, 16 Feb 2021 (CFE via press)</source>
        <translation>usuarios sin luz, 16 feb 2021 (CFE según la prensa)</translation>
    </message>
    <message>
        <source>years of schooling, 2020 (INEGI census)</source>
        <translation>grado de escolaridad, 2020 (censo INEGI)</translation>
    </message>
    <message>
        <source>engineering graduates, ~2022 (ANUIES)</source>
        <translation>egresados de ingeniería, ~2022 (ANUIES)</translation>
    </message>
    <message>
        <source>higher education, 2022 (IMCO)</source>
        <translation>educación superior, 2022 (IMCO)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Risk indicators: %1</source>
        <translation>Indicadores de riesgo: %1</translation>
    </message>
    <message>
        <source>Homicide victims per 100,000 inhabitants, 2024 (CONAPO mid-2024 population)</source>
        <translation>Víctimas de homicidio por cada 100 000 habitantes, 2024 (población de CONAPO a mitad de 2024)</translation>
    </message>
    <message>
        <source>SESNSP victims of homicidio doloso 2024, cut 30 Jun 2025; CONAPO population 2024</source>
        <translation>SESNSP, víctimas de homicidio doloso 2024, corte al 30 jun 2025; CONAPO, población 2024</translation>
    </message>
    <message>
        <source>homicide victims per 100,000, 2024 (SESNSP; CONAPO population)</source>
        <translation>víctimas de homicidio por 100 000, 2024 (SESNSP; población de CONAPO)</translation>
    </message>
    <message>
        <source>Cargo theft per 100,000 inhabitants, 2023 (CONAPO mid-2023 population)</source>
        <translation>Robo a transportista por cada 100 000 habitantes, 2023 (población de CONAPO a mitad de 2023)</translation>
    </message>
    <message>
        <source>SESNSP robo a transportista 2023, cut 30 Nov 2024; CONAPO population 2023</source>
        <translation>SESNSP, robo a transportista 2023, corte al 30 nov 2024; CONAPO, población 2023</translation>
    </message>
    <message>
        <source>cargo theft per 100,000, 2023 (SESNSP; CONAPO population)</source>
        <translation>robo a transportista por 100 000, 2023 (SESNSP; población de CONAPO)</translation>
    </message>
    <message>
        <source>Aquifers without groundwater availability, 2023 (% of the state's aquifers)</source>
        <translation>Acuíferos sin disponibilidad de agua subterránea, 2023 (% de los acuíferos del estado)</translation>
    </message>
    <message>
        <source>CONAGUA mean annual groundwater availability, DOF 2023 vintage</source>
        <translation>CONAGUA, disponibilidad media anual de agua subterránea, versión del DOF 2023</translation>
    </message>
    <message>
        <source>aquifers in deficit, 2023 (CONAGUA)</source>
        <translation>acuíferos sin disponibilidad, 2023 (CONAGUA)</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Show state risk on the map</source>
        <translation>Mostrar el riesgo por estado en el mapa</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Composite risk index</source>
        <translation>Índice compuesto de riesgo</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Delito</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <source>Min-max (0 = lowest state, 100 = highest)</source>
        <translation>Mín-máx (0 = estado más bajo, 100 = más alto)</translation>
    </message>
    <message>
        <source>Rank (position among the states)</source>
        <translation>Rango (posición entre los estados)</translation>
    </message>
    <message>
        <source>Skilled labour</source>
        <translation>Mano de obra calificada</translation>
    </message>
    <message>
        <source>Weights and indicators of the composite index</source>
        <translation>Pesos e indicadores del índice compuesto</translation>
    </message>
    <message>
        <source>%1 · %2 · data for %3 of 32 states</source>
        <translation>%1 · %2 · datos de %3 de 32 estados</translation>
    </message>
    <message>
        <source>Each indicator is put on a 0–100 scale over the states that have a value, higher meaning riskier. The index is the weighted mean of the indicators whose weight is above zero; a state missing one of them shows “no data”, never zero. For skilled labour a high value is a low risk, so its score is turned round. Electricity has no state-level reliability series in the sourced data: the 2021 blackout share is one event, for 7 states, so its weight starts at 0.</source>
        <translation>Cada indicador se lleva a una escala de 0 a 100 entre los estados que tienen dato; más alto es más riesgoso. El índice es la media ponderada de los indicadores con peso mayor que cero; un estado al que le falta alguno aparece «sin datos», nunca cero. En mano de obra calificada un valor alto es un riesgo bajo, por lo que su puntaje se invierte. La electricidad no tiene una serie de confiabilidad por estado en los datos con fuente: la proporción del apagón de 2021 es un solo evento, para 7 estados, por lo que su peso empieza en 0.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Hubs</source>
        <translation>Polos</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>‹ All hubs</source>
        <translation>‹ Todos los polos</translation>
    </message>
    <message>
        <source>Open data…</source>
        <translation>Abrir datos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Ubicar…</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <source>Style of “%1”</source>
        <translation>Estilo de «%1»</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Aplicado.</translation>
    </message>
    <message>
        <source>Draw as</source>
        <translation>Dibujar como</translation>
    </message>
    <message>
        <source>One symbol</source>
        <translation>Un solo símbolo</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Graduated colours</source>
        <translation>Colores graduados</translation>
    </message>
    <message>
        <source>Proportional symbols</source>
        <translation>Símbolos proporcionales</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Intervalos iguales</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Cuantiles</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Cortes naturales (Jenks)</translation>
    </message>
    <message>
        <source>Rounded (pretty) breaks</source>
        <translation>Cortes redondeados</translation>
    </message>
    <message>
        <source>Manual breaks</source>
        <translation>Cortes manuales</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Cortes</translation>
    </message>
    <message>
        <source>e.g. 0, 10, 25, 50, 100</source>
        <translation>p. ej. 0, 10, 25, 50, 100</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>ColorBrewer schemes; the colour-blind-safe ones are listed first</source>
        <translation>Esquemas de ColorBrewer; primero los aptos para daltonismo</translation>
    </message>
    <message>
        <source>Largest symbol</source>
        <translation>Símbolo mayor</translation>
    </message>
    <message>
        <source>pixels across; a symbol's area follows its value</source>
        <translation>píxeles de diámetro; el área de cada símbolo sigue a su valor</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>No labels</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <source>Features per class: %1. Without a value (no data): %2. A value on a break belongs to the class below it.</source>
        <translation>Elementos por clase: %1. Sin valor (sin datos): %2. Un valor sobre un corte pertenece a la clase de abajo.</translation>
    </message>
    <message>
        <source>Many points</source>
        <translation>Muchos puntos</translation>
    </message>
    <message>
        <source>Hexagons counting the points below zoom</source>
        <translation>Hexágonos que cuentan los puntos por debajo del zoom</translation>
    </message>
</context>
<context>
    <name>atlas::AtlasSession</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 of %2 states found a row.</source>
        <translation>%1 de %2 estados encontraron una fila.</translation>
    </message>
    <message>
        <source>Rows that match no state: %1 (%2).</source>
        <translation>Filas que no corresponden a ningún estado: %1 (%2).</translation>
    </message>
    <message>
        <source>Rows repeating a key already joined, left out: %1.</source>
        <translation>Filas que repiten una clave ya unida, omitidas: %1.</translation>
    </message>
    <message>
        <source>The layer could not be brought up to date for this view: %1</source>
        <translation>La capa no se pudo actualizar para esta vista: %1</translation>
    </message>
</context>
<context>
    <name>atlas::AttributeTableModel</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>atlas::DatabaseBrowser</name>
    <message>
        <source>Enter the database server's host, port and the database's name.</source>
        <translation>Escriba el servidor, el puerto y el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Connected, but “%1” has no spatial tables or views this user may read.</source>
        <translation>Conectado, pero «%1» no tiene tablas ni vistas espaciales que este usuario pueda leer.</translation>
    </message>
</context>
<context>
    <name>atlas::ExportController</name>
    <message>
        <source>16:9 slide, 1920 × 1080</source>
        <translation>Diapositiva 16:9, 1920 × 1080</translation>
    </message>
    <message>
        <source>16:9 slide, 4K 3840 × 2160</source>
        <translation>Diapositiva 16:9, 4K 3840 × 2160</translation>
    </message>
    <message>
        <source>4:3 slide, 1600 × 1200</source>
        <translation>Diapositiva 4:3, 1600 × 1200</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 horizontal, 300 ppp</translation>
    </message>
    <message>
        <source>A4 portrait, 300 dpi</source>
        <translation>A4 vertical, 300 ppp</translation>
    </message>
    <message>
        <source>Letter landscape, 300 dpi</source>
        <translation>Carta horizontal, 300 ppp</translation>
    </message>
    <message>
        <source>Letter portrait, 300 dpi</source>
        <translation>Carta vertical, 300 ppp</translation>
    </message>
    <message>
        <source>Choose PNG, JPEG, PDF, SVG or GeoTIFF.</source>
        <translation>Elija PNG, JPEG, PDF, SVG o GeoTIFF.</translation>
    </message>
    <message>
        <source>The slide frame is not on the map.</source>
        <translation>El marco de la diapositiva no está sobre el mapa.</translation>
    </message>
    <message>
        <source>The slide could not be drawn.</source>
        <translation>No se pudo dibujar la diapositiva.</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositiva %1 de %2: %3</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <source>This slide is too large for the clipboard; export it to a file instead.</source>
        <translation>Esta diapositiva es demasiado grande para el portapapeles; expórtela a un archivo.</translation>
    </message>
    <message>
        <source>Copying was cancelled; the clipboard is unchanged.</source>
        <translation>Se canceló la copia; el portapapeles no cambió.</translation>
    </message>
</context>
<context>
    <name>atlas::ProjectController</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>The project opened, with some problems.</source>
        <translation>El proyecto se abrió, con algunos problemas.</translation>
    </message>
</context>
<context>
    <name>atlas::StatusTexts</name>
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
        <source>Some layers could not be shown: %1</source>
        <translation>Algunas capas no se pudieron mostrar: %1</translation>
    </message>
    <message>
        <source>Click anything on the map for its figures and sources · Ctrl+→/← tours the hubs · Home shows all of Mexico</source>
        <translation>Haga clic en el mapa para ver cifras y fuentes · Ctrl+→/← recorre los polos · Inicio muestra todo México</translation>
    </message>
</context>
<context>
    <name>atlas::StyleEditor</name>
    <message>
        <source>This field has no numbers.</source>
        <translation>Este campo no tiene números.</translation>
    </message>
    <message>
        <source>This layer has no features to style.</source>
        <translation>Esta capa no tiene elementos que estilizar.</translation>
    </message>
    <message>
        <source>Choose a field.</source>
        <translation>Elija un campo.</translation>
    </message>
    <message>
        <source>Manual breaks need at least two numbers, such as “0, 10, 20”.</source>
        <translation>Los cortes manuales necesitan al menos dos números, como «0, 10, 20».</translation>
    </message>
    <message>
        <source>This field has no numbers to classify.</source>
        <translation>Este campo no tiene números que clasificar.</translation>
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
        <source>Open this project (.atlas); with export, export its layers, styles and view.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: also read the project's sources that lie outside its folder, on the network or in databases (the window asks instead).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: also write a world file (.pgw/.jgw, EPSG:3857) for PNG and JPEG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: also write FILE.atlas, a project that makes the same export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: the CRS to draw in, e.g. EPSG:6372 (INEGI Mexico LCC); default EPSG:3857, as on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--dpi takes a number from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, each from %1 to %2, not “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: the CRS of --layer data that declares none, e.g. EPSG:32614 (one layer: --layer FILE?crs=CODE).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let GDAL read over the network (URLs, /vsicurl/, remote schemas); off by default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot or export size in pixels (default 1920x1080). export: up to 200000 a side for PNG and GeoTIFF, 32767 for JPEG; --snapshot and --screenshot: up to 16384.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: the screen to show (hubs, layers, risks, table, export, style, about, database).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>