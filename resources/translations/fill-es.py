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
