#!/usr/bin/env python3
"""Fills resources/translations/nearshore-atlas_es.ts with the Mexican Spanish texts below (run after
`cmake --build <dir> --target update_translations` adds new source texts). Texts not listed stay unfinished, and
Qt shows the English original for them. Standard library only."""
import os
import sys
import xml.etree.ElementTree as ET

ES = {
    "Land": "Tierra",
    "Countries": "Países",
    "US states": "Estados de EE. UU.",
    "Mexican states": "Estados de México",
    "US–Mexico ports of entry": "Puertos de entrada México–EE. UU.",
    "Factory sites (investment, USD)": "Plantas (inversión, USD)",
    "Industrial hubs": "Polos industriales",
    "Could not write “%1”.": "No se pudo escribir «%1».",
    "The export was cancelled; no file was written.": "La exportación se canceló; no se escribió ningún archivo.",
    "The export size must be at least 16 × 16 pixels.": "El tamaño de exportación debe ser de al menos 16 × 16 píxeles.",
    "There is nothing to put in the deck.": "No hay nada que poner en la presentación.",
    "%1 (at %2° latitude)": "%1 (a %2° de latitud)",
    "Sources: %1. Nearshore Atlas, %2.": "Fuentes: %1. Nearshore Atlas, %2.",
    "%1 of %2": "%1 de %2",
    "Nearest US port of entry: %1, %2 km in a straight line":
        "Puerto de entrada a EE. UU. más cercano: %1, a %2 km en línea recta",
    "Factory sites (%1)": "Plantas (%1)",
    "Investment figures are of different kinds and are not added up.":
        "Las cifras de inversión son de distinta naturaleza y no se suman.",
    "%1 · %2": "%1 · %2",
    "%1 (%2): %3": "%1 (%2): %3",
    "%1: %2": "%1: %2",
    "Source": "Fuente",
    "State indicators": "Indicadores del estado",
    "%1 (%2)": "%1 (%2)",
    "Search hubs, cities, states…": "Buscar polos, ciudades, estados…",
    "Opacity %1 %": "Opacidad %1 %",
    "equal intervals": "intervalos iguales",
    "quantiles": "cuantiles",
    "natural breaks (Jenks)": "cortes naturales (Jenks)",
    "rounded breaks": "cortes redondeados",
    "manual breaks": "cortes manuales",
    "No data": "Sin datos",
    "%1, circle area proportional to the value": "%1, área del círculo proporcional al valor",
    "Nearshore Atlas": "Nearshore Atlas",
    "Hubs": "Polos",
    "Layers": "Capas",
    "‹ All hubs": "‹ Todos los polos",
    "Some layers could not be shown: %1": "Algunas capas no se pudieron mostrar: %1",
    "Click anything on the map for its figures and sources · Ctrl+→/← tours the hubs · Home shows all of Mexico":
        "Haga clic en el mapa para ver cifras y fuentes · Ctrl+→/← recorre los polos · Inicio muestra todo México",
    "Zoom %1": "Zoom %1",
    "The layer “%1” has no data to draw.": "La capa «%1» no tiene datos que dibujar.",
    "Could not open “%1” as a raster: it is missing, damaged, or not a format GDAL reads.":
        "No se pudo abrir «%1» como ráster: falta, está dañado o GDAL no lee ese formato.",
    "“%1” has no georeferencing (no coordinate reference system or position), so it cannot be placed on the map.":
        "«%1» no está georreferenciado (no tiene sistema de referencia de coordenadas ni posición); no se puede ubicar en el mapa.",
    "The coordinates of “%1” cannot be converted to the map's projection.":
        "Las coordenadas de «%1» no se pueden convertir a la proyección del mapa.",
    "The raster “%1” could not be read any more.": "Ya no se pudo leer el ráster «%1».",
    "The raster “%1” could not be reprojected for this view.": "El ráster «%1» no se pudo reproyectar para esta vista.",
    "The raster “%1” could not be read.": "No se pudo leer el ráster «%1».",
    "Could not open “%1”: it is missing, damaged, or not a vector format GDAL reads.":
        "No se pudo abrir «%1»: falta, está dañado o GDAL no lee ese formato vectorial.",
    "“%1” contains no vector layer.": "«%1» no contiene ninguna capa vectorial.",
    "“%1” has no layer named “%2”.": "«%1» no tiene ninguna capa llamada «%2».",
    "“%1” is not a coordinate reference system this program knows.":
        "«%1» no es un sistema de referencia de coordenadas que este programa conozca.",
    "“%1” does not say which coordinate reference system its coordinates are in. Choose one (for example EPSG:4326 for longitude/latitude).":
        "«%1» no indica en qué sistema de referencia están sus coordenadas. Elija uno (por ejemplo, EPSG:4326 para longitud/latitud).",
    "Feature %1: its geometry could not be reprojected; drawn without it.":
        "Elemento %1: su geometría no se pudo reproyectar; se dibuja sin ella.",
    "no data": "sin datos",
    "US$%1 million": "%1 millones de USD",
    "US$%1": "%1 USD",
    "status not sourced": "estado sin fuente",
    "site not located; state-level record": "sitio sin ubicar; registro a nivel estatal",
    "%1 km away": "a %1 km",
    "%1° %2, %3° %4": "%1° %2, %3° %4",
    "N": "N",
    "S": "S",
    "E": "E",
    "W": "O",
    "Scale 1:%1": "Escala 1:%1",
    "%1 — %2 (+%3 more)": "%1 — %2 (y %3 más)",
    "%1 — %2": "%1 — %2",
    "Open data…": "Abrir datos…",
    "Open a GIS dataset": "Abrir datos geográficos",
    "GIS data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.tif *.tiff)":
        "Datos geográficos (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.tif *.tiff)",
    "All files (*)": "Todos los archivos (*)",
    "The data could not be opened": "No se pudieron abrir los datos",
    "Details": "Detalles",
    "Which coordinate reference system?": "¿Qué sistema de referencia de coordenadas?",
    "This file does not say which coordinate reference system its coordinates are in.\nEPSG:4326 is longitude/latitude; INEGI's Mexico LCC is EPSG:6372.":
        "Este archivo no indica en qué sistema de referencia están sus coordenadas.\nEPSG:4326 es longitud/latitud; la LCC de México del INEGI es EPSG:6372.",
    # Projects
    "Untitled": "Sin título",
    "%1%2 — Nearshore Atlas": "%1%2 — Nearshore Atlas",
    "Project": "Proyecto",
    "&File": "&Archivo",
    "&New project": "&Nuevo proyecto",
    "&Open project…": "&Abrir proyecto…",
    "Open &recent": "Abrir &reciente",
    "&Save project": "&Guardar proyecto",
    "Save project &as…": "Guardar proyecto &como…",
    "&Export slide…": "&Exportar diapositiva…",
    "&Add data…": "A&gregar datos…",
    "&Quit": "&Salir",
    "Locate…": "Ubicar…",
    "Open a project": "Abrir un proyecto",
    "Nearshore Atlas projects (*.atlas)": "Proyectos de Nearshore Atlas (*.atlas)",
    "Save the project": "Guardar el proyecto",
    "Locate the layer's data": "Ubicar los datos de la capa",
    "Save changes to “%1”?": "¿Guardar los cambios de «%1»?",
    "The project has changes that are not saved.": "El proyecto tiene cambios sin guardar.",
    "Read data from outside the project?": "¿Leer datos de fuera del proyecto?",
    "This project wants to read data that is not in its own folder. Open these only if you trust where the project came from; the layers you decline stay listed as unavailable.":
        "Este proyecto quiere leer datos que no están en su propia carpeta. Ábralos solo si confía en el origen del proyecto; las capas que rechace quedan en la lista como no disponibles.",
    "Recover unsaved work?": "¿Recuperar el trabajo sin guardar?",
    "Nearshore Atlas did not close normally last time. Its autosave has your unsaved work.":
        "Nearshore Atlas no se cerró normalmente la última vez. Su guardado automático tiene el trabajo sin guardar.",
    "The project opened, with some problems.": "El proyecto se abrió, con algunos problemas.",
    "%1 — %2: %3": "%1 — %2: %3",
    "The project “%1” does not exist.": "El proyecto «%1» no existe.",
    "“%1” is not a project file.": "«%1» no es un archivo de proyecto.",
    "%1 is not a regular file": "%1 no es un archivo normal",
    "“%1” is too large to be a Nearshore Atlas project.": "«%1» es demasiado grande para ser un proyecto de Nearshore Atlas.",
    "%1 bytes; projects are limited to %2 bytes": "%1 bytes; los proyectos tienen un límite de %2 bytes",
    "The project “%1” cannot be read.": "No se puede leer el proyecto «%1».",
    "“%1” is not a Nearshore Atlas project, or it is damaged.": "«%1» no es un proyecto de Nearshore Atlas o está dañado.",
    "JSON error at byte %1: %2": "Error de JSON en el byte %1: %2",
    "the file holds JSON, but not an object": "el archivo contiene JSON, pero no un objeto",
    "The project “%1” cannot be opened.": "No se puede abrir el proyecto «%1».",
    "The project “%1” was not saved: its previous version could not be backed up.":
        "El proyecto «%1» no se guardó: no se pudo respaldar su versión anterior.",
    "The project “%1” cannot be saved there.": "El proyecto «%1» no se puede guardar ahí.",
    "The project “%1” was not saved; the previous version is unchanged.":
        "El proyecto «%1» no se guardó; la versión anterior no cambió.",
    "This is not a Nearshore Atlas project (its “format” field is missing or different).":
        "Esto no es un proyecto de Nearshore Atlas (falta su campo «format» o es distinto).",
    "The project has no valid format version.": "El proyecto no tiene una versión de formato válida.",
    "The project was saved by a newer Nearshore Atlas (format version %1); this version reads up to version %2. Update Nearshore Atlas to open it.":
        "El proyecto se guardó con un Nearshore Atlas más reciente (formato versión %1); esta versión lee hasta la versión %2. Actualice Nearshore Atlas para abrirlo.",
    "The project file is damaged: %1.": "El archivo del proyecto está dañado: %1.",
    "The style of “%1” could not be read (%2); its default style is used.":
        "No se pudo leer el estilo de «%1» (%2); se usa su estilo predeterminado.",
    "“%1” is not part of this version's built-in data.": "«%1» no forma parte de los datos integrados de esta versión.",
    "“%1” is unavailable: %2. Use Locate… to point to it.": "«%1» no está disponible: %2. Use Ubicar… para indicarlo.",
    "“%1” was not opened: %2.": "«%1» no se abrió: %2.",
    "“%1” could not be read: %2": "No se pudo leer «%1»: %2",
    "the layer has no source": "la capa no tiene fuente",
    "the source contains control characters": "la fuente contiene caracteres de control",
    "it would be downloaded from the network": "se descargaría de la red",
    "GDAL virtual file systems other than archives are not opened from projects":
        "los sistemas de archivos virtuales de GDAL que no son archivos comprimidos no se abren desde proyectos",
    "it is a connection to a database or service": "es una conexión a una base de datos o servicio",
    "the file is not there (moved, renamed or on another computer)":
        "el archivo no está ahí (se movió, se renombró o está en otra computadora)",
    "it is outside the project's folder": "está fuera de la carpeta del proyecto",
    # Layers panel
    "Show or hide “%1”": "Mostrar u ocultar «%1»",
    "Layer actions": "Acciones de la capa",
    "Zoom to layer": "Acercar a la capa",
    "Move up": "Subir",
    "Move down": "Bajar",
    "Remove from map": "Quitar del mapa",
    # Risks
    "Risks": "Riesgos",
    "Show state risk on the map": "Mostrar el riesgo por estado en el mapa",
    "Show": "Mostrar",
    "Composite risk index": "Índice compuesto de riesgo",
    "Crime: homicide rate": "Delito: tasa de homicidios",
    "Water: baseline water stress": "Agua: estrés hídrico de referencia",
    "Electricity: 2021 blackout": "Electricidad: apagón de 2021",
    "Weights of the composite index": "Pesos del índice compuesto",
    "Crime": "Delito",
    "Water": "Agua",
    "Electricity": "Electricidad",
    "%1 · data for %2 of 32 states": "%1 · datos de %2 de 32 estados",
    "Normalisation": "Normalización",
    "Min-max (0 = lowest state, 100 = highest)": "Mín-máx (0 = estado más bajo, 100 = más alto)",
    "Rank (position among the states)": "Rango (posición entre los estados)",
    "Each indicator is put on a 0–100 scale over the states that have a value, higher meaning riskier. The index is the weighted mean of the indicators whose weight is above zero; a state missing one of them shows “no data”, never zero. Electricity has no state-level reliability series in the sourced data: the 2021 blackout share is one event, for few states.":
        "Cada indicador se lleva a una escala de 0 a 100 entre los estados que tienen dato; más alto es más riesgoso. El índice es la media ponderada de los indicadores con peso mayor que cero; un estado al que le falta alguno aparece «sin datos», nunca cero. La electricidad no tiene una serie de confiabilidad por estado en los datos con fuente: la proporción del apagón de 2021 es un solo evento, para pocos estados.",
    "Homicides per 100,000 inhabitants, 2024 (preliminary)": "Homicidios por cada 100 000 habitantes, 2024 (preliminar)",
    "Baseline water stress, WRI Aqueduct 3.0 score 0–5 (2019)": "Estrés hídrico de referencia, puntaje WRI Aqueduct 3.0 de 0 a 5 (2019)",
    "CFE users without power in the 16 Feb 2021 blackout (%)": "Usuarios de CFE sin luz en el apagón del 16 feb 2021 (%)",
    "crime": "delito",
    "water": "agua",
    "electricity": "electricidad",
    "min-max normalised to 0–100": "normalizado mín-máx a 0–100",
    "rank normalised to 0–100": "normalizado por rango a 0–100",
    "Composite risk index (0–100, higher = riskier)": "Índice compuesto de riesgo (0–100, más alto = más riesgo)",
    "%1 %2 %": "%1 %2 %",
    "Weights: %1; each indicator %2. A state missing a weighted indicator has no index.":
        "Pesos: %1; cada indicador %2. Un estado sin un indicador ponderado no tiene índice.",
    "Raw values; states without a sourced value show as no data.": "Valores originales; los estados sin valor con fuente aparecen sin datos.",
    "index": "índice",
    "value": "valor",
    "Risk indicators: geodata/state_indicators.csv (homicides INEGI 2024 preliminary via press reports; WRI Aqueduct 3.0, 2019; CFE blackout reports, 2021), each value with its source":
        "Indicadores de riesgo: geodata/state_indicators.csv (homicidios INEGI 2024 preliminares según la prensa; WRI Aqueduct 3.0, 2019; reportes del apagón de CFE, 2021), cada valor con su fuente",
    # Legend
    "%1, %2, 1 class": "%1, %2, 1 clase",
    "%1, %2, %3 classes": "%1, %2, %3 clases",
    # Export panel
    "Saved %1": "Guardado %1",
    "Export a slide": "Exportar una diapositiva",
    "Close": "Cerrar",
    "Size": "Tamaño",
    "Custom size": "Tamaño personalizado",
    "Width": "Ancho",
    "Height": "Alto",
    "DPI": "PPP",
    "Format": "Formato",
    "PNG image": "Imagen PNG",
    "JPEG image": "Imagen JPEG",
    "PDF (vector)": "PDF (vectorial)",
    "SVG (vector)": "SVG (vectorial)",
    "GeoTIFF (map only, georeferenced)": "GeoTIFF (solo el mapa, georreferenciado)",
    "Title": "Título",
    "Subtitle": "Subtítulo",
    "Slide language": "Idioma de la diapositiva",
    "Legend": "Leyenda",
    "Scale bar": "Barra de escala",
    "North arrow": "Flecha del norte",
    "Locator map": "Mapa de ubicación",
    "Sources and date": "Fuentes y fecha",
    "World file (.pgw / .jgw)": "Archivo de georreferencia (.pgw / .jgw)",
    "Save a project beside it, to make the slide again": "Guardar un proyecto junto a ella, para rehacer la diapositiva",
    "Export…": "Exportar…",
    "Copy": "Copiar",
    "The slide is on the clipboard.": "La diapositiva está en el portapapeles.",
    "Copy the slide as an image, to paste into a presentation": "Copiar la diapositiva como imagen, para pegarla en una presentación",
    "Cancel": "Cancelar",
    "Export the slide": "Exportar la diapositiva",
    "PNG image (*.png)": "Imagen PNG (*.png)",
    "JPEG image (*.jpg)": "Imagen JPEG (*.jpg)",
    "PDF document (*.pdf)": "Documento PDF (*.pdf)",
    "SVG drawing (*.svg)": "Dibujo SVG (*.svg)",
    "GeoTIFF (*.tif)": "GeoTIFF (*.tif)",
    "16:9 slide, 1920 × 1080": "Diapositiva 16:9, 1920 × 1080",
    "16:9 slide, 4K 3840 × 2160": "Diapositiva 16:9, 4K 3840 × 2160",
    "4:3 slide, 1600 × 1200": "Diapositiva 4:3, 1600 × 1200",
    "A4 landscape, 300 dpi": "A4 horizontal, 300 ppp",
    "A4 portrait, 300 dpi": "A4 vertical, 300 ppp",
    "Letter landscape, 300 dpi": "Carta horizontal, 300 ppp",
    "Letter portrait, 300 dpi": "Carta vertical, 300 ppp",
    "Choose PNG, JPEG, PDF, SVG or GeoTIFF.": "Elija PNG, JPEG, PDF, SVG o GeoTIFF.",
    "The size must be from 16 to 32767 pixels on each side.": "El tamaño debe ser de 16 a 32767 píxeles por lado.",
    "The resolution must be from 36 to 2400 dpi.": "La resolución debe ser de 36 a 2400 ppp.",
    "The slide frame is not on the map.": "El marco de la diapositiva no está sobre el mapa.",
    "The slide could not be drawn.": "No se pudo dibujar la diapositiva.",
    "A world file cannot describe a rotated map: set the bearing to north.":
        "Un archivo de georreferencia no puede describir un mapa girado: oriente el mapa al norte.",
}

PLURALS = {
    "%1, %2, %n class(es)": ["%1, %2, %n clase", "%1, %2, %n clases"],
    "%n point(s) could not be converted to the map's projection and are not drawn.": [
        "%n punto no se pudo convertir a la proyección del mapa y no se dibuja.",
        "%n puntos no se pudieron convertir a la proyección del mapa y no se dibujan.",
    ],
}

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nearshore-atlas_es.ts")
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    if message.get("numerus") == "yes" and source in PLURALS:
        for child in list(translation):
            translation.remove(child)
        for form in PLURALS[source]:
            ET.SubElement(translation, "numerusform").text = form
    elif source in ES:
        translation.text = ES[source]
    else:
        continue
    translation.attrib.pop("type", None)  # finished
    filled += 1
tmp = path + ".tmp"
tree.write(tmp, encoding="utf-8", xml_declaration=True)
os.replace(tmp, path)
print(f"filled {filled} of {sum(1 for _ in tree.getroot().iter('message'))} messages in {os.path.basename(path)}")
sys.exit(0)
