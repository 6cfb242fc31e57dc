#!/usr/bin/env python3
"""Fills resources/translations/nearshore-atlas_es.ts with the Mexican Spanish texts below (run after
`cmake --build <dir> --target update_translations` adds new source texts). Texts not listed stay unfinished, and
Qt shows the English original for them. Standard library only."""
import os
import sys
import xml.etree.ElementTree as ET

ES = {
    "must be “code” or “name”": "debe ser «code» o «name»",
    "names no dataset of this project": "no nombra ningún conjunto de datos de este proyecto",
    "its table did not open": "su tabla no se abrió",
    "the project has no states layer": "el proyecto no tiene capa de estados",
    "The join “%1” was not made again: %2.": "La unión «%1» no se volvió a hacer: %2.",
    "Hide the legend": "Ocultar la leyenda",
    "Show the legend": "Mostrar la leyenda",
    "%1: state risks": "%1: riesgos del estado",
    "at the town's point": "en el punto de la localidad",
    "%1; at the town's point": "%1; en el punto de la localidad",
    "“At the town's point”: the plant's location is not published; the site is drawn at its town's reference point.":
        "«En el punto de la localidad»: la ubicación de la planta no está publicada; se dibuja en el punto de referencia de su localidad.",
    "at the plant": "en la planta",
    "at its industrial park": "en su parque industrial",
    "at the town's point (plant location not published)": "en el punto de la localidad (ubicación de la planta no publicada)",
    "known by its state only": "solo se conoce su estado",
    "location precision not recorded": "precisión de ubicación no registrada",
    "%1 km away, %2": "a %1 km, %2",
    "… and %1 more": "… y %1 más",
    "land purchase": "compra de terreno",
    "equity stake": "participación accionaria",
    "capital injection": "inyección de capital",
    "investment made or contracted": "inversión realizada o contratada",
    "pledge": "compromiso",
    "announced": "anunciada",
    "operating": "en operación",
    "under construction": "en construcción",
    "plant announced": "planta anunciada",
    "Factory sites within %1 km": "Plantas a menos de %1 km",
    "No located factory site in the data.": "No hay plantas ubicadas en los datos.",
    "Records in %1 without a location, not on the map: %2.": "Registros en %1 sin ubicación, fuera del mapa: %2.",
    "%1: state indicators": "%1: indicadores del estado",
    "Sources: %1.": "Fuentes: %1.",
    "Nearest US ports of entry": "Cruces fronterizos a EE. UU. más cercanos",
    "%1 km": "%1 km",
    "Straight-line distance on the WGS 84 ellipsoid (PROJ), not by road. Ports: US BTS Border Crossing Entry Data.":
        "Distancia en línea recta sobre el elipsoide WGS 84 (PROJ), no por carretera. Cruces: US BTS Border Crossing Entry Data.",
    "US$%1 billion": "US$%1 mil millones",
    "The layer “%1” could not be drawn completely; the other layers are shown. Hiding the layer or opening its data again may help.":
        "La capa “%1” no se pudo dibujar completa; las demás capas se muestran. Ocultar la capa o volver a abrir sus datos puede ayudar.",
    "The map could not be drawn. A smaller view or fewer layers may help.":
        "El mapa no se pudo dibujar. Una vista más pequeña o menos capas pueden ayudar.",
    "Another Nearshore Atlas window keeps the recovery file.":
        "Otra ventana de Nearshore Atlas tiene el archivo de recuperación.",
    "The recovery file could not be written.": "No se pudo escribir el archivo de recuperación.",
    "JPEG stops at 32,767 pixels a side: choose PNG for this size.":
        "JPEG llega hasta 32 767 píxeles por lado: elija PNG para este tamaño.",
    "Larger than 32,767 pixels: PNG and GeoTIFF are drawn in strips, which can take minutes.":
        "Más de 32 767 píxeles: PNG y GeoTIFF se dibujan por franjas, lo que puede tardar minutos.",
    "Nothing of the area can be drawn in %1.": "Nada del área se puede dibujar en %1.",
    "JPEG images stop at %1 pixels a side; choose PNG for a larger slide.":
        "Las imágenes JPEG llegan hasta %1 píxeles por lado; elija PNG para una diapositiva más grande.",
    "The export size must be at most %1 pixels a side.": "El tamaño de exportación debe ser de %1 píxeles por lado como máximo.",
    "The slide shows the frame's area as this projection draws it; the preview shows the result.":
        "La diapositiva muestra el área del marco como la dibuja esta proyección; la vista previa muestra el resultado.",
    "The size must be from 16 to %1 pixels on each side.": "El tamaño debe ser de 16 a %1 píxeles por lado.",
    "This slide is too large for the clipboard; export it to a file instead.":
        "Esta diapositiva es demasiado grande para el portapapeles; expórtela a un archivo.",
    "Copying was cancelled; the clipboard is unchanged.": "Se canceló la copia; el portapapeles no cambió.",
    "Drag to change the drawing order": "Arrastre para cambiar el orden de dibujo",
    "%1.field must be a field name": "%1.field debe ser el nombre de un campo",
    "%1.%2 must be a number": "%1.%2 debe ser un número",
    "%1 must be a list of at most %2 conditions": "%1 debe ser una lista de %2 condiciones como máximo",
    "%1 must be an object": "%1 debe ser un objeto",
    "%1.values must be a list of at most %2 texts": "%1.values debe ser una lista de %2 textos como máximo",
    "%1.values must hold only texts": "%1.values debe contener solo textos",
    "%1.min must not be above its max": "%1.min no debe ser mayor que su max",
    "Land": "Tierra",
    "Countries": "Países",
    "US states": "Estados de EE. UU.",
    "Mexican states": "Estados de México",
    "Urban areas": "Áreas urbanas",
    "Lakes and reservoirs": "Lagos y presas",
    "Rivers": "Ríos",
    "Railways": "Vías férreas",
    "Airports": "Aeropuertos",
    "Sea ports": "Puertos marítimos",
    "Cities and towns": "Ciudades y poblaciones",
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
    "Opacity %1 %": "Opacidad %1 %",
    "equal intervals": "intervalos iguales",
    "quantiles": "cuantiles",
    "natural breaks (Jenks)": "cortes naturales (Jenks)",
    "rounded breaks": "cortes redondeados",
    "manual breaks": "cortes manuales",
    "No data": "Sin datos",
    "No data (small dot)": "Sin datos (punto pequeño)",
    "Several sites at one place: their number (zoom in to spread them)": "Varias plantas en un lugar: su número (acerque para separarlas)",
    "Circle area proportional to the value": "Área del círculo proporcional al valor",
    "Investment (US$ million)": "Inversión (millones de US$)",
    "Company": "Empresa",
    "Other": "Otras",
    "Filled: money committed (land, stake, capital, plant)": "Relleno: dinero comprometido (terreno, participación, capital, planta)",
    "Hollow: announced or pledged, not committed": "Hueco: anunciado o prometido, no comprometido",
    "%1, circle area proportional to the value": "%1, área del círculo proporcional al valor",
    "Nearshore Atlas": "Nearshore Atlas",
    "Hubs": "Polos",
    "Layers": "Capas",
    "‹ All hubs": "‹ Todos los polos",
    "Some layers could not be shown: %1": "Algunas capas no se pudieron mostrar: %1",
    "Click anything on the map for its figures and sources · Ctrl+→/← tours the hubs · Home shows all of Mexico":
        "Haga clic en el mapa para ver cifras y fuentes · Ctrl+→/← recorre los polos · Inicio muestra todo México",
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
    "Skilled labour": "Mano de obra calificada",
    "skilled labour": "mano de obra calificada",
    "Weights and indicators of the composite index": "Pesos e indicadores del índice compuesto",
    "%1 · %2 · data for %3 of 32 states": "%1 · %2 · datos de %3 de 32 estados",
    "Each indicator is put on a 0–100 scale over the states that have a value, higher meaning riskier. The index is the weighted mean of the indicators whose weight is above zero; a state missing one of them shows “no data”, never zero. For skilled labour a high value is a low risk, so its score is turned round. Electricity has no state-level reliability series in the sourced data: the 2021 blackout share is one event, for 7 states, so its weight starts at 0.":
        "Cada indicador se lleva a una escala de 0 a 100 entre los estados que tienen dato; más alto es más riesgoso. El índice es la media ponderada de los indicadores con peso mayor que cero; un estado al que le falta alguno aparece «sin datos», nunca cero. En mano de obra calificada un valor alto es un riesgo bajo, por lo que su puntaje se invierte. La electricidad no tiene una serie de confiabilidad por estado en los datos con fuente: la proporción del apagón de 2021 es un solo evento, para 7 estados, por lo que su peso empieza en 0.",
    "Homicide victims per 100,000 inhabitants, 2024 (CONAPO mid-2024 population)":
        "Víctimas de homicidio por cada 100 000 habitantes, 2024 (población de CONAPO a mitad de 2024)",
    "SESNSP victims of homicidio doloso 2024, cut 30 Jun 2025; CONAPO population 2024":
        "SESNSP, víctimas de homicidio doloso 2024, corte al 30 jun 2025; CONAPO, población 2024",
    "Cargo theft per 100,000 inhabitants, 2023 (CONAPO mid-2023 population)":
        "Robo a transportista por cada 100 000 habitantes, 2023 (población de CONAPO a mitad de 2023)",
    "SESNSP robo a transportista 2023, cut 30 Nov 2024; CONAPO population 2023":
        "SESNSP, robo a transportista 2023, corte al 30 nov 2024; CONAPO, población 2023",
    "INEGI EDR 2024 preliminary, via press reports": "INEGI, EDR 2024 preliminar, según la prensa",
    "Municipalities in drought (D1–D4), 2023 mean (%)": "Municipios con sequía (D1–D4), promedio 2023 (%)",
    "CONAGUA-SMN Monitor de Sequía, 23 cuts of 2023": "CONAGUA-SMN, Monitor de Sequía, 23 cortes de 2023",
    "Municipalities in drought (D1–D4), 15 May 2024 (%)": "Municipios con sequía (D1–D4), 15 may 2024 (%)",
    "CONAGUA-SMN Monitor de Sequía, cut of 15 May 2024": "CONAGUA-SMN, Monitor de Sequía, corte del 15 may 2024",
    "Municipalities in extreme drought (D3–D4), 15 May 2024 (%)": "Municipios con sequía extrema (D3–D4), 15 may 2024 (%)",
    "Aquifers without groundwater availability, 2023 (% of the state's aquifers)":
        "Acuíferos sin disponibilidad de agua subterránea, 2023 (% de los acuíferos del estado)",
    "CONAGUA mean annual groundwater availability, DOF 2023 vintage":
        "CONAGUA, disponibilidad media anual de agua subterránea, versión del DOF 2023",
    "WRI Aqueduct 3.0, 2019, via press reports": "WRI Aqueduct 3.0, 2019, según la prensa",
    "CFE blackout reports, 2021, via press": "reportes del apagón de CFE, 2021, según la prensa",
    "Average years of schooling, population 15+, 2020 (higher = lower risk)":
        "Grado promedio de escolaridad, población de 15 años y más, 2020 (más alto = menos riesgo)",
    "INEGI census 2020 (BISE 1005000038)": "INEGI, censo 2020 (BISE 1005000038)",
    "Graduates in engineering, manufacturing and construction, ~2022 (% of all graduates; higher = lower risk)":
        "Egresados de ingeniería, manufactura y construcción, ~2022 (% del total de egresados; más alto = menos riesgo)",
    "ANUIES statistical yearbook, egresados ~2022 (edition unconfirmed)":
        "ANUIES, Anuario Estadístico, egresados ~2022 (edición sin confirmar)",
    "Population with higher education, IMCO ICE 2022 (%; higher = lower risk)":
        "Población con educación superior, IMCO ICE 2022 (%; más alto = menos riesgo)",
    "IMCO Índice de Competitividad Estatal 2022": "IMCO, Índice de Competitividad Estatal 2022",
    "No electricity measure covers the 32 states: no state-level reliability series (SAIDI) was found, and the 2021 blackout share covers 7 states, so electricity starts with weight 0.":
        "Ninguna medida de electricidad cubre los 32 estados: no se encontró una serie de confiabilidad por estado (SAIDI) y la proporción del apagón de 2021 cubre 7 estados, por lo que la electricidad empieza con peso 0.",
    "%1: %2 (%3)": "%1: %2 (%3)",
    "Indicators: %1.": "Indicadores: %1.",
    "Raw values; states without a sourced value show as no data. Source: %1.":
        "Valores originales; los estados sin valor con fuente aparecen sin datos. Fuente: %1.",
    "Risk indicators (geodata/state_indicators.csv, each value with its source): %1":
        "Indicadores de riesgo (geodata/state_indicators.csv, cada valor con su fuente): %1",
    "none weighted": "ninguno ponderado",
    "homicide victims per 100,000, 2024 (SESNSP; CONAPO population)": "víctimas de homicidio por 100 000, 2024 (SESNSP; población de CONAPO)",
    "cargo theft per 100,000, 2023 (SESNSP; CONAPO population)": "robo a transportista por 100 000, 2023 (SESNSP; población de CONAPO)",
    "homicide rate, 2024 preliminary (INEGI via press)": "tasa de homicidios, 2024 preliminar (INEGI según la prensa)",
    "municipalities in drought, 2023 mean (CONAGUA-SMN)": "municipios con sequía, promedio 2023 (CONAGUA-SMN)",
    "municipalities in drought, 15 May 2024 (CONAGUA-SMN)": "municipios con sequía, 15 may 2024 (CONAGUA-SMN)",
    "municipalities in extreme drought, 15 May 2024 (CONAGUA-SMN)": "municipios con sequía extrema, 15 may 2024 (CONAGUA-SMN)",
    "aquifers in deficit, 2023 (CONAGUA)": "acuíferos sin disponibilidad, 2023 (CONAGUA)",
    "water stress, 2019 (WRI Aqueduct 3.0 via press)": "estrés hídrico, 2019 (WRI Aqueduct 3.0 según la prensa)",
    "users cut off, 16 Feb 2021 (CFE via press)": "usuarios sin luz, 16 feb 2021 (CFE según la prensa)",
    "years of schooling, 2020 (INEGI census)": "grado de escolaridad, 2020 (censo INEGI)",
    "engineering graduates, ~2022 (ANUIES)": "egresados de ingeniería, ~2022 (ANUIES)",
    "higher education, 2022 (IMCO)": "educación superior, 2022 (IMCO)",
    "Risk indicators: %1": "Indicadores de riesgo: %1",
    "risk overlay: “show” must be index, crime, water, electricity or skills":
        "capa de riesgo: «show» debe ser index, crime, water, electricity o skills",
    "risk overlay: the indicator of %1 must be one of %2": "capa de riesgo: el indicador de %1 debe ser uno de %2",
    "Homicide victims (SESNSP, count)": "Víctimas de homicidio (SESNSP, número)",
    "Homicide victims per 100,000 inhabitants (SESNSP; CONAPO population)":
        "Víctimas de homicidio por cada 100 000 habitantes (SESNSP; población de CONAPO)",
    "Cargo theft (SESNSP, crimes recorded)": "Robo a transportista (SESNSP, delitos registrados)",
    "Cargo theft with violence (SESNSP, crimes recorded)": "Robo a transportista con violencia (SESNSP, delitos registrados)",
    "Cargo theft without violence (SESNSP, crimes recorded)": "Robo a transportista sin violencia (SESNSP, delitos registrados)",
    "Cargo theft per 100,000 inhabitants (SESNSP; CONAPO population)":
        "Robo a transportista por cada 100 000 habitantes (SESNSP; población de CONAPO)",
    "Population, mid-2023 (CONAPO projection)": "Población a mitad de 2023 (proyección de CONAPO)",
    "Population, mid-2024 (CONAPO projection)": "Población a mitad de 2024 (proyección de CONAPO)",
    "Municipalities in drought D1–D4, 15 May 2024 (%, SMN)": "Municipios con sequía D1–D4, 15 may 2024 (%, SMN)",
    "Municipalities in extreme drought D3–D4, 15 May 2024 (%, SMN)": "Municipios con sequía extrema D3–D4, 15 may 2024 (%, SMN)",
    "Municipalities in drought D1–D4, 2023 mean (%, SMN)": "Municipios con sequía D1–D4, promedio 2023 (%, SMN)",
    "Aquifers (CONAGUA, keyed to the state)": "Acuíferos (CONAGUA, asignados al estado por su clave)",
    "Aquifers without groundwater availability (CONAGUA)": "Acuíferos sin disponibilidad de agua subterránea (CONAGUA)",
    "Aquifers without groundwater availability (% of the state's aquifers, CONAGUA)":
        "Acuíferos sin disponibilidad de agua subterránea (% de los acuíferos del estado, CONAGUA)",
    "Average years of schooling, population 15+ (census)": "Grado promedio de escolaridad, población de 15 años y más (censo)",
    "Graduates in engineering, manufacturing and construction (ANUIES, all levels)":
        "Egresados de ingeniería, manufactura y construcción (ANUIES, todos los niveles)",
    "Graduates in engineering, manufacturing and construction (ANUIES, TSU and bachelor's)":
        "Egresados de ingeniería, manufactura y construcción (ANUIES, TSU y licenciatura)",
    "Graduates in information and communication technologies (ANUIES)":
        "Egresados de tecnologías de la información y la comunicación (ANUIES)",
    "Share of graduates in engineering, manufacturing and construction (%, ANUIES)":
        "Egresados de ingeniería, manufactura y construcción (% del total, ANUIES)",
    "Population with higher education (%, IMCO ICE 2022)": "Población con educación superior (%, IMCO ICE 2022)",
    "Job training (%, IMCO ICE 2022)": "Capacitación laboral (%, IMCO ICE 2022)",
    "Years of schooling (IMCO ICE 2022)": "Grado de escolaridad (IMCO ICE 2022)",
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
    "The resolution must be from 36 to 2400 dpi.": "La resolución debe ser de 36 a 2400 ppp.",
    "The slide frame is not on the map.": "El marco de la diapositiva no está sobre el mapa.",
    "The slide could not be drawn.": "No se pudo dibujar la diapositiva.",
    "A world file cannot describe a rotated map: set the bearing to north.":
        "Un archivo de georreferencia no puede describir un mapa girado: oriente el mapa al norte.",
    # Table and filters
    "Table of": "Tabla de",
    "%1 of %2 shown": "%1 de %2 visibles",
    "Close the table": "Cerrar la tabla",
    "All companies": "Todas las empresas",
    "Any status": "Cualquier estado",
    "Announced": "Anunciada",
    "Building": "En construcción",
    "Operating": "En operación",
    "Investment, US$ million": "Inversión, millones de US$",
    "from": "desde",
    "to": "hasta",
    "Clear": "Limpiar",
    "Sites without a sourced amount are hidden while a range is set.":
        "Las plantas sin monto con fuente se ocultan mientras haya un rango.",
    # Export
    "“%1” is not a coordinate reference system GDAL knows; try a code such as EPSG:6372.":
        "«%1» no es un sistema de referencia de coordenadas que GDAL conozca; pruebe un código como EPSG:6372.",
    "The folder “%1” cannot be created.": "No se puede crear la carpeta «%1».",
    "CRS": "SRC",
    "EPSG:3857 is Web Mercator, as on screen; EPSG:6372 is INEGI's Mexico LCC (ITRF2008); any code GDAL knows works":
        "EPSG:3857 es Web Mercator, como en pantalla; EPSG:6372 es la LCC de México del INEGI (ITRF2008); sirve cualquier código que GDAL conozca",
    "Export every hub…": "Exportar todos los polos…",
    "One slide per hub with these settings and the same legend, as numbered PNGs and one PDF":
        "Una diapositiva por polo con esta configuración y la misma leyenda, como PNG numerados y un PDF",
    "Folder for the hub deck": "Carpeta para la presentación de polos",
    "Slide %1 of %2: %3": "Diapositiva %1 de %2: %3",
    "Writing %1": "Escribiendo %1",
    # Search
    "Search hubs, states, sites or 31.69, -106.42": "Buscar polos, estados, plantas o 31.69, -106.42",
    "Go to %1° %2, %3° %4": "Ir a %1° %2, %3° %4",
    "State": "Estado",
    "Factory site": "Planta",
    # Indicators
    "Population (census)": "Población (censo)",
    "Homicides per 100,000 inhabitants (preliminary)": "Homicidios por cada 100 000 habitantes (preliminar)",
    "Homicides per 100,000 inhabitants": "Homicidios por cada 100 000 habitantes",
    "Adults who feel unsafe in their state (%, ENVIPE)": "Adultos que se sienten inseguros en su estado (%, ENVIPE)",
    "Women who feel unsafe in their state (%, ENVIPE)": "Mujeres que se sienten inseguras en su estado (%, ENVIPE)",
    "Baseline water stress (WRI Aqueduct 3.0, score 0–5)": "Estrés hídrico de referencia (WRI Aqueduct 3.0, puntaje 0–5)",
    "Baseline water stress (WRI Aqueduct 4.0, score 0–5)": "Estrés hídrico de referencia (WRI Aqueduct 4.0, puntaje 0–5)",
    "Power outage minutes per user per year (SAIDI)": "Minutos de interrupción por usuario al año (SAIDI)",
    "CFE users without power, 16 Feb 2021 blackout (%)": "Usuarios de CFE sin luz, apagón del 16 feb 2021 (%)",
    # Menus and dialogs
    "Style…": "Estilo…",
    "&View": "&Ver",
    "All of &Mexico": "Todo &México",
    "Attribute &table and filters": "&Tabla de atributos y filtros",
    "&Bookmark this view…": "&Marcar esta vista…",
    "&Remove bookmark": "&Quitar marcador",
    "&Language": "&Idioma",
    "System language": "Idioma del sistema",
    "Bookmark this view": "Marcar esta vista",
    "Name, e.g. Juárez industrial parks": "Nombre, p. ej. Parques industriales de Juárez",
    "Which columns hold the coordinates?": "¿Qué columnas tienen las coordenadas?",
    "This table's coordinate columns have names Nearshore Atlas does not recognise. Choose longitude and latitude, or one column of WKT geometry.":
        "Las columnas de coordenadas de esta tabla tienen nombres que Nearshore Atlas no reconoce. Elija longitud y latitud, o una columna de geometría WKT.",
    "Longitude and latitude": "Longitud y latitud",
    "Longitude (x)": "Longitud (x)",
    "Latitude (y)": "Latitud (y)",
    "A WKT geometry column": "Una columna de geometría WKT",
    "Geometry": "Geometría",
    "Nearshore Atlas did not recognise the coordinate columns of “%1”. Choose the columns that hold longitude and latitude, or a WKT geometry.":
        "Nearshore Atlas no reconoció las columnas de coordenadas de «%1». Elija las columnas con longitud y latitud, o una geometría WKT.",
    "Opening “%1” was cancelled.": "Se canceló la apertura de «%1».",
    # Style editor
    "Style of “%1”": "Estilo de «%1»",
    "Applied.": "Aplicado.",
    "Draw as": "Dibujar como",
    "One symbol": "Un solo símbolo",
    "Categories": "Categorías",
    "Graduated colours": "Colores graduados",
    "Proportional symbols": "Símbolos proporcionales",
    "Field": "Campo",
    "Classes": "Clases",
    "Equal intervals": "Intervalos iguales",
    "Quantiles": "Cuantiles",
    "Natural breaks (Jenks)": "Cortes naturales (Jenks)",
    "Rounded (pretty) breaks": "Cortes redondeados",
    "Manual breaks": "Cortes manuales",
    "Breaks": "Cortes",
    "e.g. 0, 10, 25, 50, 100": "p. ej. 0, 10, 25, 50, 100",
    "Colours": "Colores",
    "ColorBrewer schemes; the colour-blind-safe ones are listed first":
        "Esquemas de ColorBrewer; primero los aptos para daltonismo",
    "Largest symbol": "Símbolo mayor",
    "pixels across; a symbol's area follows its value": "píxeles de diámetro; el área de cada símbolo sigue a su valor",
    "Labels": "Etiquetas",
    "No labels": "Sin etiquetas",
    "Features per class: %1. Without a value (no data): %2. A value on a break belongs to the class below it.":
        "Elementos por clase: %1. Sin valor (sin datos): %2. Un valor sobre un corte pertenece a la clase de abajo.",
    "This field has no numbers.": "Este campo no tiene números.",
    "This layer has no features to style.": "Esta capa no tiene elementos que estilizar.",
    "Choose a field.": "Elija un campo.",
    "Manual breaks need at least two numbers, such as “0, 10, 20”.": "Los cortes manuales necesitan al menos dos números, como «0, 10, 20».",
    "This field has no numbers to classify.": "Este campo no tiene números que clasificar.",
    # Project validation details
    "must be an object": "debe ser un objeto",
    "must be one of png, jpg, pdf, svg, tif": "debe ser png, jpg, pdf, svg o tif",
    "must not be empty": "no debe estar vacío",
    "repeats an earlier layer's id": "repite el id de una capa anterior",
    "is missing": "falta",
    "must be a hub name": "debe ser el nombre de un polo",
    "must be \"en\" or \"es\"": "debe ser \"en\" o \"es\"",
    "must be [west, south, east, north] in degrees": "debe ser [oeste, sur, este, norte] en grados",
    "must be text": "debe ser texto",
    "is too long": "es demasiado largo",
    "must be a number from %1 to %2": "debe ser un número de %1 a %2",
    "must be true or false": "debe ser true o false",
    "must be a list": "debe ser una lista",
    "has more than %1 entries": "tiene más de %1 elementos",
    "must be [longitude, latitude, zoom, bearing] with longitude -180…180, latitude -85…85, zoom 0…24":
        "debe ser [longitud, latitud, zoom, rumbo] con longitud -180…180, latitud -85…85, zoom 0…24",
    "risk overlay: “show” must be index, crime, water or electricity":
        "capa de riesgo: «show» debe ser index, crime, water o electricity",
    "risk overlay: “normalisation” must be minmax or rank": "capa de riesgo: «normalisation» debe ser minmax o rank",
    "risk overlay: the weight of %1 must be a number from 0 to 100": "capa de riesgo: el peso de %1 debe ser un número de 0 a 100",
    "The file says it holds %1 features but %2 were read: its stored count is out of date. It was read feature by "
    "feature instead, which is slower.":
        "El archivo dice contener %1 elementos pero se leyeron %2: su recuento guardado está desactualizado. Se leyó "
        "elemento por elemento, que es más lento.",
    "An attribute-only table": "Una tabla solo de atributos",
    "Opened, with a note": "Abierto, con una nota",
    "Attribute table": "Tabla de atributos",
    "Join to states…": "Unir a los estados…",
    "Choose another CRS…": "Elegir otro SRC…",
    "OK": "Aceptar",
    "Join to states": "Unir a los estados",
    "Each row of the table is matched to a state; the states get the table's columns as a new layer above them, ready for a style.":
        "Cada fila de la tabla se asigna a un estado; los estados reciben las columnas de la tabla como una capa nueva sobre ellos, lista para un estilo.",
    "Column": "Columna",
    "State code (INEGI, 01–32)": "Clave de entidad (INEGI, 01–32)",
    "State name": "Nombre del estado",
    "“%1” declares %2, which counts in metres, but its numbers look like longitude/latitude degrees: it would be drawn near the projection's origin, not where it belongs. Open it again with EPSG:4326 if the coordinates are degrees.":
        "«%1» declara %2, que cuenta en metros, pero sus números parecen grados de longitud/latitud: se dibujaría cerca del origen de la proyección, no donde corresponde. Ábralo de nuevo con EPSG:4326 si las coordenadas son grados.",
    "“%1” lies outside the area %2 is meant for: the CRS it declares is probably not the one its coordinates are in (or its axes are swapped).":
        "«%1» queda fuera del área para la que es %2: el SRC que declara probablemente no es el de sus coordenadas (o sus ejes están invertidos).",
    "There is no column “%1” to join by.": "No hay una columna «%1» para unir.",
    "coordinates that are not numbers": "coordenadas que no son números",
    "its geometry text could not be read": "no se pudo leer el texto de su geometría",
    "1 feature skipped: %1": "1 elemento omitido: %1",
    "%1 features skipped: %2": "%1 elementos omitidos: %2",
    "; and %1 more": "; y %1 más",
    "“%1” is on the network, and network access is off: Nearshore Atlas reads only files on this computer unless network access is allowed (on the command line: --allow-network).":
        "«%1» está en la red y el acceso a la red está desactivado: Nearshore Atlas solo lee archivos de esta computadora salvo que se permita el acceso a la red (en la línea de comandos: --allow-network).",
    "“%1” is an attribute-only table (rows: %2; no geometry): it is listed for the attribute table and can be joined to the states by state code or name.":
        "«%1» es una tabla solo de atributos (filas: %2; sin geometría): aparece en la tabla de atributos y puede unirse a los estados por clave o nombre de entidad.",
    "“%1” does not say which coordinate reference system it uses. Its coordinates are longitude/latitude in range, so they are read as WGS 84 (EPSG:4326). If that is wrong, open it again with its CRS (the window asks when you choose another; on the command line: --layer-crs CODE or FILE?crs=CODE).":
        "«%1» no dice qué sistema de referencia de coordenadas usa. Sus coordenadas son longitud/latitud dentro de rango, así que se leen como WGS 84 (EPSG:4326). Si no es así, ábralo de nuevo con su SRC (la ventana lo pregunta al elegir otro; en la línea de comandos: --layer-crs CÓDIGO o ARCHIVO?crs=CÓDIGO).",
    "feature %1: %2": "elemento %1: %2",
    "its geometry could not be reprojected": "su geometría no se pudo reproyectar",
    "%1 of %2 states found a row.": "%1 de %2 estados encontraron una fila.",
    "Rows that match no state: %1 (%2).": "Filas que no corresponden a ningún estado: %1 (%2).",
    "Rows repeating a key already joined, left out: %1.": "Filas que repiten una clave ya unida, omitidas: %1.",
    "%1 + %2": "%1 + %2",
    "There is no table or no states layer to join.": "No hay tabla o capa de estados para unir.",
    # Help > About
    "&Help": "A&yuda",
    "&About Nearshore Atlas": "&Acerca de Nearshore Atlas",
    "About Nearshore Atlas": "Acerca de Nearshore Atlas",
    "Nearshore Atlas %1": "Nearshore Atlas %1",
    "A map explorer for Mexico's nearshoring hubs, factory sites and state risks.":
        "Un explorador de mapas de los polos del nearshoring en México, sus plantas y los riesgos por estado.",
    "Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.":
        "Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later). Se ofrece sin garantía.",
    "Data": "Datos",
    "Each figure of the risk indicators names its own source and year. The licence of every dataset is in /usr/share/doc/nearshore-atlas/copyright (geodata/README.md in the source).":
        "Cada cifra de los indicadores de riesgo indica su propia fuente y año. La licencia de cada conjunto de datos está en /usr/share/doc/nearshore-atlas/copyright (geodata/README.md en el código fuente).",
    "With --screenshot: the screen to show (hubs, layers, risks, table, export, style, about).":
        "Con --screenshot: la pantalla que se muestra (hubs, layers, risks, table, export, style, about).",
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
