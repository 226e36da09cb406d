<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../migrant_planning_plugin/core/geometry.py" line="57"/>
        <source>{layer}: repaired {n} invalid geometries (make valid, polygonal parts kept).</source>
        <translation>{layer}: se repararon {n} geometrías inválidas (corrección de geometría, se conservan las partes poligonales).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/geometry.py" line="57"/>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="43"/>
        <source>hazard layer</source>
        <translation>capa de amenazas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="45"/>
        <source>{layer}: no hazard level field. Choose the field that holds the level (alta/media/baja, high/medium/low or 3/2/1) in HAZARD_LEVEL_FIELD.</source>
        <translation>{layer}: no hay campo de nivel de amenaza. Elija en HAZARD_LEVEL_FIELD el campo que contiene el nivel (alta/media/baja, high/medium/low o 3/2/1).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="53"/>
        <source>only empty values</source>
        <translation>solo valores vacíos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="54"/>
        <source>{layer}: the field &apos;{field}&apos; holds no recognised hazard level (found: {found}). Choose another field or map its values with LEVEL_MAP, e.g. &apos;A=alta;M=media;B=baja&apos;.</source>
        <translation>{layer}: el campo '{field}' no contiene ningún nivel de amenaza reconocido (se encontró: {found}). Elija otro campo o asigne sus valores con LEVEL_MAP, por ejemplo 'A=alta;M=media;B=baja'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="62"/>
        <source>{layer}: {n} zones have a null or unknown level in &apos;{field}&apos; and are not counted as hazard.</source>
        <translation>{layer}: {n} zonas tienen un nivel nulo o desconocido en '{field}' y no se cuentan como amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="74"/>
        <source>{layer}: {n} zones without a usable polygon geometry were skipped.</source>
        <translation>{layer}: se omitieron {n} zonas sin una geometría poligonal utilizable.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/levels.py" line="49"/>
        <source>LEVEL_MAP: &apos;{value}&apos; is not a hazard level. Map each value to alta, media, baja or none.</source>
        <translation>LEVEL_MAP: '{value}' no es un nivel de amenaza. Asigne cada valor a alta, media, baja o none (ninguna).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="44"/>
        <source>{what}: the entry &apos;{entry}&apos; has no &apos;=&apos;. Write entries as key=value separated by &apos;;&apos;.</source>
        <translation>{what}: la entrada '{entry}' no tiene '='. Escriba las entradas como clave=valor separadas por ';'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="51"/>
        <source>{what}: the entry &apos;{entry}&apos; has an empty key. Write entries as key=value separated by &apos;;&apos;.</source>
        <translation>{what}: la entrada '{entry}' tiene la clave vacía. Escriba las entradas como clave=valor separadas por ';'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="67"/>
        <source>{what}: the value &apos;{value}&apos; for &apos;{key}&apos; is not a number.</source>
        <translation>{what}: el valor '{value}' de '{key}' no es un número.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="34"/>
        <source>{package}&gt;={minimum} (not installed)</source>
        <translation>{package}&gt;={minimum} (no instalado)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="37"/>
        <source>{package}&gt;={minimum} (found {found})</source>
        <translation>{package}&gt;={minimum} (se encontró {found})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="48"/>
        <source>Close QGIS, open the &apos;OSGeo4W Shell&apos; from the Start menu (as administrator) and run: python -m pip install {packages}  -- then start QGIS again.</source>
        <translation>Cierre QGIS, abra 'OSGeo4W Shell' desde el menú Inicio (como administrador) y ejecute: python -m pip install {packages}  -- luego inicie QGIS de nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="53"/>
        <source>Close QGIS, open a Terminal and run: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {packages}  -- then start QGIS again.</source>
        <translation>Cierre QGIS, abra una Terminal y ejecute: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {packages}  -- luego inicie QGIS de nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="71"/>
        <source>Migrant Integration Planner needs these Python packages: {problems}. {hint}</source>
        <translation>El Planificador de Integración Urbana de Migrantes necesita estos paquetes de Python: {problems}. {hint}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/provider.py" line="25"/>
        <source>Migrant Integration Planner</source>
        <translation>Planificador de Integración Urbana de Migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="33"/>
        <source>&lt;b&gt;Planificador de Integración Urbana de Migrantes&lt;/b&gt;&lt;br&gt;Who is exposed to floods and landslides, who is far from services, where new housing should go and what each growth scenario costs. Start by loading your layers or the sample city.</source>
        <translation>&lt;b&gt;Planificador de Integración Urbana de Migrantes&lt;/b&gt;&lt;br&gt;Quién está expuesto a inundaciones y movimientos en masa, quién está lejos de los equipamientos, dónde debería ir la nueva vivienda y qué cuesta cada escenario de crecimiento. Empiece cargando sus capas o la ciudad de ejemplo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="44"/>
        <source>Load sample city</source>
        <translation>Cargar ciudad de ejemplo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="75"/>
        <source>Writing the sample city...</source>
        <translation>Escribiendo la ciudad de ejemplo...</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="103"/>
        <source>Sample city loaded: {folder}</source>
        <translation>Ciudad de ejemplo cargada: {folder}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tasks.py" line="67"/>
        <source>Algorithm {id} is not available.</source>
        <translation>El algoritmo {id} no está disponible.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tasks.py" line="87"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tasks.py" line="95"/>
        <source>The algorithm failed; see the Processing log.</source>
        <translation>El algoritmo falló; consulte el registro de Procesamiento.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/plugin.py" line="60"/>
        <source>Open the Migrant Integration Planner panel</source>
        <translation>Abrir el panel del Planificador de Integración Urbana de Migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="99"/>
        <source>Load sample city (Villa Esperanza)</source>
        <translation>Cargar ciudad de ejemplo (Villa Esperanza)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/plugin.py" line="66"/>
        <source>User guide</source>
        <translation>Guía de usuario</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="59"/>
        <source>Settlements</source>
        <translation>Asentamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="28"/>
        <source>Hazard zones</source>
        <translation>Zonas de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="58"/>
        <source>Facilities</source>
        <translation>Equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="149"/>
        <source>Road network</source>
        <translation>Malla vial</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="60"/>
        <source>Land use (POT)</source>
        <translation>Usos del suelo (POT)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="61"/>
        <source>Comunas</source>
        <translation>Comunas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="62"/>
        <source>Candidate parcels</source>
        <translation>Predios candidatos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="63"/>
        <source>Water bodies</source>
        <translation>Cuerpos de agua</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="64"/>
        <source>Streams</source>
        <translation>Drenajes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="65"/>
        <source>Municipal boundary</source>
        <translation>Límite municipal</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="129"/>
        <source>Elevation (DEM)</source>
        <translation>Elevación (MDE)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="102"/>
        <source>Writes Villa Esperanza, a fictional border city near Cúcuta made for training, into a folder and adds its layers to the project: about 400 settlements (formal barrios and informal settlements with population, migrants, households and dwellings), flood, torrential flow and landslide hazard zones (alta, media, baja), about 60 health, education and early-childhood facilities, the road network, POT land use, 8 comunas, about 300 candidate parcels and a DEM.

All layers are in EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional). The data are the same at every run, so workshop results can be compared. Each layer is also an output that models can use as input to the analysis algorithms.</source>
        <translation>Escribe en una carpeta Villa Esperanza, una ciudad fronteriza ficticia cercana a Cúcuta creada para capacitación, y agrega sus capas al proyecto: unos 400 asentamientos (barrios formales y asentamientos informales con población, migrantes, hogares y viviendas), zonas de amenaza por inundación, avenida torrencial y movimiento en masa (alta, media, baja), unos 60 equipamientos de salud, educación y primera infancia, la malla vial, los usos del suelo del POT, 8 comunas, unos 300 predios candidatos y un modelo digital de elevación.

Todas las capas están en EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional). Los datos son los mismos en cada ejecución, de modo que los resultados del taller se pueden comparar. Cada capa es también una salida que los modelos pueden usar como entrada de los algoritmos de análisis.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="114"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="115"/>
        <source>Folder where villa_esperanza.gpkg and villa_esperanza_dem.tif are written.</source>
        <translation>Carpeta donde se escriben villa_esperanza.gpkg y villa_esperanza_dem.tif.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="117"/>
        <source>Add the layers to the project</source>
        <translation>Agregar las capas al proyecto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="118"/>
        <source>Add every layer (styled) to the current project when the algorithm finishes.</source>
        <translation>Agrega cada capa (con estilo) al proyecto actual cuando termina el algoritmo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="120"/>
        <source>Regenerate from the generator instead of copying the shipped data</source>
        <translation>Regenerar con el generador en lugar de copiar los datos incluidos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="126"/>
        <source>Run the deterministic generator again (slower); the result equals the shipped copy.</source>
        <translation>Ejecuta de nuevo el generador determinista (más lento); el resultado es igual a la copia incluida.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="128"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="142"/>
        <source>Copying the shipped sample city...</source>
        <translation>Copiando la ciudad de ejemplo incluida...</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="148"/>
        <source>Generating the sample city...</source>
        <translation>Generando la ciudad de ejemplo...</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="162"/>
        <source>{title}: {uri}</source>
        <translation>{title}: {uri}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="36"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="37"/>
        <source>Hazard exposure</source>
        <translation>Exposición a amenazas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="38"/>
        <source>Access to services</source>
        <translation>Acceso a equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="39"/>
        <source>Site suitability</source>
        <translation>Aptitud del suelo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="40"/>
        <source>Growth scenarios</source>
        <translation>Escenarios de crecimiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="41"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="122"/>
        <source>Cancelled by the user: nothing was written.</source>
        <translation>Cancelado por el usuario: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="126"/>
        <source>Not enough memory for {alg}. Use a larger cell size or a smaller area, or close other programs.</source>
        <translation>No hay memoria suficiente para {alg}. Use un tamaño de celda mayor o un área menor, o cierre otros programas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="134"/>
        <source>Unexpected error in {alg}: {error}. The details are in the message log (View &gt; Panels &gt; Log Messages, tab &apos;Migrant planning&apos;); please report them at {url}.</source>
        <translation>Error inesperado en {alg}: {error}. Los detalles están en el registro de mensajes (Ver &gt; Paneles &gt; Mensajes de registro, pestaña 'Migrant planning'); por favor repórtelos en {url}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="218"/>
        <source>{layer}: using field &apos;{field}&apos; as {role}.</source>
        <translation>{layer}: se usa el campo '{field}' como {role}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="225"/>
        <source>{layer}: no field for {role} was found. Choose it in the parameter {param}.</source>
        <translation>{layer}: no se encontró un campo para {role}. Elíjalo en el parámetro {param}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/missing_dependencies.py" line="21"/>
        <source>Install the required Python packages (read me)</source>
        <translation>Instale los paquetes de Python necesarios (léame)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/provider.py" line="28"/>
        <source>Migrant Integration Planner: hazard exposure, access, suitability and growth scenarios</source>
        <translation>Planificador de Integración Urbana de Migrantes: exposición a amenazas, acceso, aptitud del suelo y escenarios de crecimiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/crs.py" line="82"/>
        <source>Areas and distances computed in {crs}.</source>
        <translation>Áreas y distancias calculadas en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="57"/>
        <source>Close QGIS and open a terminal. On Debian/Ubuntu run: sudo apt install python3-pandas python3-pyproj python3-scipy libgeos-dev python3-dev gcc &amp;&amp; python3 -m pip install --user --break-system-packages --no-binary shapely &apos;shapely&gt;=2.0&apos; &amp;&amp; python3 -m pip install --user --break-system-packages --no-deps &apos;geopandas&gt;=1.0,&lt;1.1&apos; -- then start QGIS again. (shapely is built from source so that it uses the same GEOS library as QGIS; a PyPI wheel would crash QGIS.)</source>
        <translation>Cierre QGIS y abra una terminal. En Debian/Ubuntu ejecute: sudo apt install python3-pandas python3-pyproj python3-scipy libgeos-dev python3-dev gcc &amp;&amp; python3 -m pip install --user --break-system-packages --no-binary shapely 'shapely&gt;=2.0' &amp;&amp; python3 -m pip install --user --break-system-packages --no-deps 'geopandas&gt;=1.0,&lt;1.1' -- luego inicie QGIS de nuevo. (shapely se compila desde el código fuente para que use la misma biblioteca GEOS que QGIS; un paquete binario de PyPI haría fallar QGIS.)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="198"/>
        <source>THRESHOLDS: the threshold for &apos;{key}&apos; must be a positive number, not {value}.</source>
        <translation>THRESHOLDS: el umbral de '{key}' debe ser un número positivo, no {value}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="255"/>
        <source>roads</source>
        <translation>vías</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="264"/>
        <source>{layer}: {n} roads have no valid speed in &apos;{field}&apos;; they use the default speed {speed} km/h.</source>
        <translation>{layer}: {n} vías no tienen una velocidad válida en '{field}'; para ellas se usa la velocidad predeterminada de {speed} km/h.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="270"/>
        <source>{layer}: no speed field; every road uses the default speed {speed} km/h (SPEED_FIELD).</source>
        <translation>{layer}: no hay campo de velocidad; todas las vías usan la velocidad predeterminada de {speed} km/h (SPEED_FIELD).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="280"/>
        <source>{layer}: {n} values of &apos;{field}&apos; are not understood as one-way (yes/no, true/false, 1/0/-1, FT/TF/N); those roads are taken as two-way.</source>
        <translation>{layer}: {n} valores de '{field}' no se reconocen como sentido de circulación (yes/no, true/false, 1/0/-1, FT/TF/N); esas vías se toman como de doble sentido.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="286"/>
        <source>{layer}: {fw} roads one-way in the digitising direction, {bw} against it.</source>
        <translation>{layer}: {fw} vías de sentido único en el sentido de digitalización y {bw} en sentido contrario.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="293"/>
        <source>{layer}: {n} features are not lines (or are empty) and were left out of the network.</source>
        <translation>{layer}: {n} elementos no son líneas (o están vacíos) y se excluyeron de la malla vial.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="339"/>
        <source>{layer}: the field &apos;{field}&apos; does not exist. Choose an existing field in {param}.</source>
        <translation>{layer}: el campo '{field}' no existe. Elija un campo existente en {param}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="398"/>
        <source>areas</source>
        <translation>áreas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="402"/>
        <source>Area {fid}</source>
        <translation>Área {fid}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="368"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="417"/>
        <source>{n} demand points lie in no area of {layer}; they count only in the area {all}.</source>
        <translation>{n} puntos de demanda no están en ninguna área de {layer}; solo se cuentan en el área {all}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="491"/>
        <source>WALKING_SPEED must be a positive speed in km/h.</source>
        <translation>WALKING_SPEED debe ser una velocidad positiva en km/h.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="493"/>
        <source>DEFAULT_SPEED must be a positive speed in km/h.</source>
        <translation>DEFAULT_SPEED debe ser una velocidad positiva en km/h.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="495"/>
        <source>SNAP_TOLERANCE must be zero or a positive distance in metres.</source>
        <translation>SNAP_TOLERANCE debe ser cero o una distancia positiva en metros.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="497"/>
        <source>DEFAULT_THRESHOLD must be a positive number (or 0 for the automatic value).</source>
        <translation>DEFAULT_THRESHOLD debe ser un número positivo (o 0 para usar el valor automático).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="499"/>
        <source>METHOD must be 0 (straight line) or 1 (road network).</source>
        <translation>METHOD debe ser 0 (línea recta) o 1 (malla vial).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="501"/>
        <source>WEIGHTING must be 0 (none), 1 (2SFCA), 2 (E2SFCA) or 3 (gaussian).</source>
        <translation>WEIGHTING debe ser 0 (ninguno), 1 (2SFCA), 2 (E2SFCA) o 3 (gaussiano).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="520"/>
        <source>demand</source>
        <translation>demanda</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="521"/>
        <source>facilities</source>
        <translation>equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="523"/>
        <source>The road network method needs a road layer: choose it in ROADS, or use METHOD 0.</source>
        <translation>El método por malla vial necesita una capa de vías: elíjala en ROADS o use METHOD 0 (línea recta).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="525"/>
        <source>{layer}: no population field. Choose it in POPULATION_FIELD.</source>
        <translation>{layer}: no hay campo de población. Elíjalo en POPULATION_FIELD.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="552"/>
        <source>{layer}: {n} features have no geometry and were left out.</source>
        <translation>{layer}: {n} elementos no tienen geometría y se excluyeron.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="557"/>
        <source>{layer}: the field &apos;{field}&apos; holds no numbers. Choose the population field in POPULATION_FIELD.</source>
        <translation>{layer}: el campo '{field}' no contiene números. Elija el campo de población en POPULATION_FIELD.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="564"/>
        <source>{layer}: {n} features have an empty or negative population in &apos;{field}&apos;; they count as 0.</source>
        <translation>{layer}: {n} elementos tienen la población vacía o negativa en '{field}'; se cuentan como 0.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="583"/>
        <source>{layer}: {n} facilities have no type in &apos;{field}&apos; and were left out.</source>
        <translation>{layer}: {n} equipamientos no tienen tipo en '{field}' y se excluyeron.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="590"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="593"/>
        <source>{layer}: {n} facilities have no geometry and were left out.</source>
        <translation>{layer}: {n} equipamientos no tienen geometría y se excluyeron.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="602"/>
        <source>{layer}: no demand feature to analyse; the outputs are empty.</source>
        <translation>{layer}: no hay elementos de demanda para analizar; las salidas quedan vacías.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="605"/>
        <source>{layer}: no facility to analyse; the outputs are empty.</source>
        <translation>{layer}: no hay equipamientos para analizar; las salidas quedan vacías.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="622"/>
        <source>THRESHOLDS names types that have no facility in {layer}: {types}. Types present: {present}.</source>
        <translation>THRESHOLDS menciona tipos que no tienen ningún equipamiento en {layer}: {types}. Tipos presentes: {present}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="628"/>
        <source>{type}: threshold {value:g} {unit}.</source>
        <translation>{type}: umbral de {value:g} {unit}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="635"/>
        <source>{layer}: no capacity field, so access scores are left empty. Choose CAPACITY_FIELD, or set WEIGHTING to none.</source>
        <translation>{layer}: no hay campo de capacidad, por lo que los puntajes de acceso quedan vacíos. Elija CAPACITY_FIELD o fije WEIGHTING en 0 (ninguno).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="643"/>
        <source>{layer}: {n} facilities have a missing, zero or negative capacity in &apos;{field}&apos;; they get no ratio, and settlements that reach them get no access score.</source>
        <translation>{layer}: {n} equipamientos tienen la capacidad vacía, en cero o negativa en '{field}'; no se les calcula la razón capacidad/población, y los asentamientos que llegan a ellos quedan sin puntaje de acceso.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="661"/>
        <source>Straight-line times use the walking speed (WALKING_SPEED).</source>
        <translation>Los tiempos en línea recta usan la velocidad de caminata (WALKING_SPEED).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="694"/>
        <source>{type}: no settlement has a positive access score, so relative scores are empty.</source>
        <translation>{type}: ningún asentamiento tiene un puntaje de acceso positivo, por lo que los puntajes relativos quedan vacíos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="701"/>
        <source>{type}: {n} facilities have no demand within {d0:g} {unit}; they get no ratio.</source>
        <translation>{type}: {n} equipamientos no tienen demanda a menos de {d0:g} {unit}; no se les calcula la razón capacidad/población.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="708"/>
        <source>{type}: {n} demand points cannot reach any facility of this type over the road network (disconnected pieces, one-way streets or roads that are not lines); they have no cost and count as not covered.</source>
        <translation>{type}: {n} puntos de demanda no pueden llegar a ningún equipamiento de este tipo por la malla vial (tramos desconectados, vías de sentido único o vías que no son líneas); quedan sin costo y se cuentan como no cubiertos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="70"/>
        <source>(outside areas)</source>
        <translation>(fuera de las áreas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="138"/>
        <source>{layer}: there is no field &apos;{field}&apos;. Choose an existing numeric field.</source>
        <translation>{layer}: no existe el campo '{field}'. Elija un campo numérico existente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="145"/>
        <source>{layer}: the field &apos;{field}&apos; is not numeric. Choose a numeric field, or convert it first (Field Calculator, to_real(&quot;{field}&quot;)).</source>
        <translation>{layer}: el campo '{field}' no es numérico. Elija un campo numérico o conviértalo primero (Calculadora de campos, to_real(&quot;{field}&quot;)).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="154"/>
        <source>{layer}: {n} features have no value in &apos;{field}&apos;; they count as 0.</source>
        <translation>{layer}: {n} elementos no tienen valor en '{field}'; se cuentan como 0.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="161"/>
        <source>{layer}: {n} features have a negative value in &apos;{field}&apos;.</source>
        <translation>{layer}: {n} elementos tienen un valor negativo en '{field}'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="309"/>
        <source>{layer}: {n} features without a usable geometry were skipped ({ids}).</source>
        <translation>{layer}: se omitieron {n} elementos sin una geometría utilizable ({ids}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="325"/>
        <source>{layer}: the fields {fields} are replaced by the new results.</source>
        <translation>{layer}: los campos {fields} se reemplazan por los nuevos resultados.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="358"/>
        <source>areas layer</source>
        <translation>capa de áreas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="362"/>
        <source>{layer}: {n} areas without a usable polygon geometry were skipped.</source>
        <translation>{layer}: se omitieron {n} áreas sin una geometría poligonal utilizable.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="380"/>
        <source>{layer}: some areas overlap; each place is reported in the first area that holds it.</source>
        <translation>{layer}: algunas áreas se superponen; cada lugar se reporta en la primera área que lo contiene.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="482"/>
        <source>settlements layer</source>
        <translation>capa de asentamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="701"/>
        <source>{layer}: there are no features to analyse; the outputs are empty.</source>
        <translation>{layer}: no hay elementos para analizar; las salidas quedan vacías.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="497"/>
        <source>{layer}: points cannot be divided; {n} point features count whole at their highest level.</source>
        <translation>{layer}: los puntos no se pueden dividir; {n} elementos de tipo punto se cuentan completos en su nivel más alto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="630"/>
        <source>any hazard</source>
        <translation>cualquier amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="636"/>
        <source>{hazard}, {level}: exposed area (m²)</source>
        <translation>{hazard}, {level}: área expuesta (m²)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="637"/>
        <source>{hazard}, {level}: share of the feature&apos;s area (0-1)</source>
        <translation>{hazard}, {level}: proporción del área del elemento (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="638"/>
        <source>{hazard}, {level}: exposed population (persons)</source>
        <translation>{hazard}, {level}: población expuesta (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="639"/>
        <source>{hazard}, {level}: exposed migrants (persons)</source>
        <translation>{hazard}, {level}: migrantes expuestos (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="640"/>
        <source>{hazard}, {level}: exposed households</source>
        <translation>{hazard}, {level}: hogares expuestos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="642"/>
        <source>Feature area (m²)</source>
        <translation>Área del elemento (m²)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="737"/>
        <source>{hazard}: highest level</source>
        <translation>{hazard}: nivel más alto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="653"/>
        <source>{hazard}: exposure index (0-1)</source>
        <translation>{hazard}: índice de exposición (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="464"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="739"/>
        <source>Hazard type</source>
        <translation>Tipo de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="739"/>
        <source>Hazard level</source>
        <translation>Nivel de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="663"/>
        <source>Features</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="664"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="466"/>
        <source>Population (persons)</source>
        <translation>Población (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="469"/>
        <source>Migrants (persons)</source>
        <translation>Migrantes (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="667"/>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="668"/>
        <source>Share of the area&apos;s population (0-1)</source>
        <translation>Proporción de la población del área (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="693"/>
        <source>facilities layer</source>
        <translation>capa de equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="709"/>
        <source>(no type)</source>
        <translation>(sin tipo)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="465"/>
        <source>Facility type</source>
        <translation>Tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="450"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/levels.py" line="85"/>
        <source>{what}: &apos;{key}&apos; is not a hazard level. Give weights as alta=1;media=0.5;baja=0.2.</source>
        <translation>{what}: '{key}' no es un nivel de amenaza. Escriba los pesos así: alta=1;media=0.5;baja=0.2.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/levels.py" line="91"/>
        <source>{what}: the weight of &apos;{key}&apos; must be a number of zero or more, not {value}.</source>
        <translation>{what}: el peso de '{key}' debe ser un número mayor o igual a cero, no {value}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/network.py" line="415"/>
        <source>Road network: {nodes} nodes, {segments} segments, {km:.1f} km.</source>
        <translation>Malla vial: {nodes} nodos, {segments} segmentos, {km:.1f} km.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="171"/>
        <source>{what}: the file &apos;{path}&apos; cannot be read ({error}).</source>
        <translation>{what}: no se puede leer el archivo '{path}' ({error}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="175"/>
        <source>{what}: the file &apos;{path}&apos; does not exist. Give the path of a .json file or the JSON text.</source>
        <translation>{what}: el archivo '{path}' no existe. Indique la ruta de un archivo .json o escriba directamente el texto JSON.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="183"/>
        <source>{what}: {source} is not valid JSON (line {line}, column {column}: {error}).</source>
        <translation>{what}: {source} no es un JSON válido (línea {line}, columna {column}: {error}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="202"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: &apos;{key}&apos; must be a number (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' debe ser un número (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="209"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: &apos;{key}&apos; is negative ({value}). Give a value of zero or more.</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' es negativo ({value}). Indique un valor mayor o igual a cero.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="215"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: &apos;{key}&apos; must be greater than zero (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' debe ser mayor que cero (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="221"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: &apos;{key}&apos; must be at least {low} and below {high} (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' debe ser mayor o igual a {low} y menor que {high} (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="221"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: &apos;{key}&apos; must be between {low} and {high} (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' debe estar entre {low} y {high} (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="237"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: &apos;{key}&apos; must be a whole year (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' debe ser un año expresado como número entero (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="248"/>
        <source>SCENARIOS: scenario number {n} is not a JSON object with the scenario&apos;s keys.</source>
        <translation>SCENARIOS: el escenario número {n} no es un objeto JSON con las claves de un escenario.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="253"/>
        <source>number {n}</source>
        <translation>número {n}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="257"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: unknown key &apos;{key}&apos;. Accepted keys: {keys}.</source>
        <translation>SCENARIOS, escenario '{scenario}': clave desconocida '{key}'. Claves aceptadas: {keys}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="264"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: the key &apos;{key}&apos; is missing. Add it (the documentation of growth_scenarios lists every key).</source>
        <translation>SCENARIOS, escenario '{scenario}': falta la clave '{key}'. Agréguela (la documentación de growth_scenarios enumera todas las claves).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="272"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: the key &apos;growth_rate&apos; or &apos;arrivals_per_year&apos; is missing. Give one of them (growth_rate per year, 0.02 = 2 %; arrivals_per_year in persons).</source>
        <translation>SCENARIOS, escenario '{scenario}': falta la clave 'growth_rate' o 'arrivals_per_year'. Indique una de las dos (growth_rate anual, 0.02 = 2 %; arrivals_per_year en personas).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="279"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: give either &apos;growth_rate&apos; or &apos;arrivals_per_year&apos;, not both.</source>
        <translation>SCENARIOS, escenario '{scenario}': indique 'growth_rate' o 'arrivals_per_year', pero no ambas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="288"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: horizon_year ({horizon}) must be later than base_year ({base}).</source>
        <translation>SCENARIOS, escenario '{scenario}': horizon_year ({horizon}) debe ser posterior a base_year ({base}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="294"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: from base_year to horizon_year there are more than {n} years. Check the years.</source>
        <translation>SCENARIOS, escenario '{scenario}': entre base_year y horizon_year hay más de {n} años. Revise los años.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="311"/>
        <source>SCENARIOS, scenario &apos;{scenario}&apos;: &apos;allocation&apos; must be &apos;planned&apos; or &apos;trend&apos; (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': 'allocation' debe ser 'planned' ('planificado') o 'trend' ('tendencial') (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="326"/>
        <source>Scenario &apos;{scenario}&apos;: &apos;compactness&apos; applies to planned allocation only; it is ignored.</source>
        <translation>Escenario '{scenario}': 'compactness' solo se aplica a la asignación planificada; se ignora.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="354"/>
        <source>SCENARIOS: no scenario given. Write a JSON list with one object per scenario, or give the path of a .json file.</source>
        <translation>SCENARIOS: no se indicó ningún escenario. Escriba una lista JSON con un objeto por escenario o indique la ruta de un archivo .json.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="363"/>
        <source>SCENARIOS: expected a JSON list with one object per scenario, or the path of a .json file.</source>
        <translation>SCENARIOS: se esperaba una lista JSON con un objeto por escenario, o la ruta de un archivo .json.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="370"/>
        <source>SCENARIOS: the scenarios &apos;{first}&apos; and &apos;{second}&apos; have the same name (file names would collide). Give every scenario its own name.</source>
        <translation>SCENARIOS: los escenarios '{first}' y '{second}' tienen el mismo nombre (sus nombres de archivo coincidirían). Dé a cada escenario un nombre distinto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="386"/>
        <source>SERVICE_STANDARDS: expected a JSON object with standards as keys, or the path of a .json file.</source>
        <translation>SERVICE_STANDARDS: se esperaba un objeto JSON con los estándares como claves, o la ruta de un archivo .json.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="393"/>
        <source>SERVICE_STANDARDS: unknown key &apos;{key}&apos;. Accepted keys: {keys}.</source>
        <translation>SERVICE_STANDARDS: clave desconocida '{key}'. Claves aceptadas: {keys}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="401"/>
        <source>SERVICE_STANDARDS: &apos;{key}&apos; must be a number (found {value}).</source>
        <translation>SERVICE_STANDARDS: '{key}' debe ser un número (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="407"/>
        <source>SERVICE_STANDARDS: &apos;{key}&apos; is negative ({value}). Give a value of zero or more.</source>
        <translation>SERVICE_STANDARDS: '{key}' es negativo ({value}). Indique un valor mayor o igual a cero.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="414"/>
        <source>SERVICE_STANDARDS: &apos;school_age_share&apos; is a share between 0 and 1 (found {value}).</source>
        <translation>SERVICE_STANDARDS: 'school_age_share' es una proporción entre 0 y 1 (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="618"/>
        <source>SUITABILITY: the raster holds no data (every cell is nodata). Run site_suitability again or choose another raster.</source>
        <translation>SUITABILITY: el ráster no contiene datos (todas las celdas son nodata). Ejecute de nuevo site_suitability o elija otro ráster.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="628"/>
        <source>{layer}: no existing urban polygon. Nothing is excluded as already built, the SDG 11.3.1 ratio of the first year is left empty, and trend growth has no settlement to follow.</source>
        <translation>{layer}: no hay ningún polígono urbano existente. No se excluye nada como ya construido, el indicador ODS 11.3.1 del primer año queda vacío y el crecimiento tendencial no tiene asentamientos que seguir.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="639"/>
        <source>{layer}: the field &apos;{field}&apos; does not exist. Choose the field that marks informal settlements.</source>
        <translation>{layer}: el campo '{field}' no existe. Elija el campo que identifica los asentamientos informales.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="647"/>
        <source>{layer}: trend growth follows the {n} informal settlements (field &apos;{field}&apos;).</source>
        <translation>{layer}: el crecimiento tendencial sigue a los {n} asentamientos informales (campo '{field}').</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="653"/>
        <source>{layer}: no settlement is marked informal in the field &apos;{field}&apos;; trend growth follows all existing urban land.</source>
        <translation>{layer}: ningún asentamiento está marcado como informal en el campo '{field}'; el crecimiento tendencial sigue toda el área urbana existente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="660"/>
        <source>{layer}: no field marks informal settlements; trend growth follows all existing urban land.</source>
        <translation>{layer}: ningún campo identifica los asentamientos informales; el crecimiento tendencial sigue toda el área urbana existente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="684"/>
        <source>{layer}: no facility type field, so health and education cannot be told apart; the distance columns are left empty. Choose FACILITY_TYPE_FIELD.</source>
        <translation>{layer}: no hay campo de tipo de equipamiento, así que no se pueden distinguir los equipamientos de salud de los de educación; las columnas de distancia quedan vacías. Elija FACILITY_TYPE_FIELD.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="699"/>
        <source>health</source>
        <translation>salud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="699"/>
        <source>education</source>
        <translation>educación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="705"/>
        <source>{layer}: no facility of type {types} in the field &apos;{field}&apos;; the distance to {what} is left empty.</source>
        <translation>{layer}: no hay equipamientos de tipo {types} en el campo '{field}'; la distancia a los equipamientos de {what} queda vacía.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="738"/>
        <source>Scenario &apos;{scenario}&apos;: no existing settlement to follow; trend cells are taken in random order.</source>
        <translation>Escenario '{scenario}': no hay asentamientos existentes que seguir; las celdas del crecimiento tendencial se toman en orden aleatorio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="829"/>
        <source>Scenario &apos;{scenario}&apos;: the land available for {rule} allocation runs out in {year}; {ha} ha of demand up to {horizon} could not be allocated (column unmet_demand_ha).</source>
        <translation>Escenario '{scenario}': el suelo disponible para la asignación ({rule}) se agota en {year}; {ha} ha de demanda hasta {horizon} no se pudieron asignar (columna unmet_demand_ha).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="841"/>
        <source>Scenario &apos;{scenario}&apos; ({rule}): {ha} ha allocated in {cells} cells of {size} m, from {available} candidate cells.</source>
        <translation>Escenario '{scenario}' ({rule}): {ha} ha asignadas en {cells} celdas de {size} m, de {available} celdas candidatas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="32"/>
        <source>Facility exposure to hazards</source>
        <translation>Exposición de equipamientos a amenazas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="35"/>
        <source>Finds, for each facility, the highest hazard level (alta, media, baja or none) of each hazard type and of &apos;any&apos; type. A facility is indivisible: it is at the highest level of the zones it touches, its boundary included, so a point on the boundary between two zones takes the higher level. Invalid geometries are repaired; all layers are brought to one metric CRS.

OUTPUT holds the facilities with one field per hazard type (&lt;type&gt;_lvl). SUMMARY counts facilities and sums their capacity per facility type (and ALL), hazard type and level, including &apos;none&apos;.</source>
        <translation>Determina, para cada equipamiento, el nivel de amenaza más alto (alta, media, baja o none, ninguna) de cada tipo de amenaza y del tipo 'any' (cualquier amenaza). El equipamiento se trata como indivisible: queda en el nivel más alto de las zonas que toca, incluidos sus bordes, de modo que un punto situado en el límite entre dos zonas toma el nivel más alto. Las geometrías inválidas se reparan y todas las capas se llevan a un mismo SRC métrico.

OUTPUT contiene los equipamientos con un campo por tipo de amenaza (&lt;type&gt;_lvl). SUMMARY cuenta los equipamientos y suma su capacidad por tipo de equipamiento (y ALL), tipo de amenaza y nivel, incluido 'none'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="50"/>
        <source>Service facilities (health, education, early childhood...) as points or polygons.</source>
        <translation>Equipamientos de servicios (salud, educación, primera infancia...) como puntos o polígonos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="125"/>
        <source>Facility type field</source>
        <translation>Campo de tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="55"/>
        <source>Field with the facility type for the summary. Left empty, one named like tipo or type.</source>
        <translation>Campo con el tipo de equipamiento para el resumen. Si se deja vacío, se usa uno con un nombre como tipo o type.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="134"/>
        <source>Capacity field</source>
        <translation>Campo de capacidad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="64"/>
        <source>Capacity of each facility (numeric) summed in the summary. Left empty, one named like capacidad.</source>
        <translation>Capacidad de cada equipamiento (numérica), que se suma en el resumen. Si se deja vacío, se usa uno con un nombre como capacidad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="69"/>
        <source>Facility exposure</source>
        <translation>Exposición de equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="70"/>
        <source>The facilities with their highest hazard level per hazard type.</source>
        <translation>Los equipamientos con su nivel de amenaza más alto por tipo de amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="72"/>
        <source>Facility exposure summary</source>
        <translation>Resumen de exposición de equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="75"/>
        <source>Table: facility_type, hazard_type, hazard_level, facilities, capacity; one row per facility type (and ALL), hazard type and level (and &apos;none&apos;).</source>
        <translation>Tabla: facility_type, hazard_type, hazard_level, facilities, capacity; una fila por tipo de equipamiento (y ALL), tipo de amenaza y nivel (y 'none').</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="324"/>
        <source>facility type</source>
        <translation>tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="327"/>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="106"/>
        <source>Computed in {crs}.</source>
        <translation>Calculado en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="47"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="48"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="49"/>
        <source>Population added (persons)</source>
        <translation>Incremento de población (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="50"/>
        <source>Households added</source>
        <translation>Incremento de hogares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="51"/>
        <source>Dwellings needed</source>
        <translation>Viviendas requeridas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="52"/>
        <source>Land demand (ha)</source>
        <translation>Demanda de suelo (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="53"/>
        <source>Land allocated (ha)</source>
        <translation>Suelo asignado (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="54"/>
        <source>Unmet land demand (ha)</source>
        <translation>Demanda de suelo no atendida (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="55"/>
        <source>New population in high hazard (persons)</source>
        <translation>Población nueva en amenaza alta (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="56"/>
        <source>New population in medium hazard (persons)</source>
        <translation>Población nueva en amenaza media (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="57"/>
        <source>Share of new population in high or medium hazard (0-1)</source>
        <translation>Proporción de la población nueva en amenaza alta o media (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="58"/>
        <source>Mean distance to health (m)</source>
        <translation>Distancia media a equipamientos de salud (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="59"/>
        <source>Mean distance to education (m)</source>
        <translation>Distancia media a equipamientos de educación (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="60"/>
        <source>School seats needed (seats)</source>
        <translation>Cupos escolares requeridos (cupos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="61"/>
        <source>Health capacity needed (capacity units)</source>
        <translation>Capacidad de salud requerida (unidades de capacidad)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="62"/>
        <source>Land consumption rate / population growth rate (SDG 11.3.1)</source>
        <translation>Tasa de consumo de suelo / tasa de crecimiento de la población (ODS 11.3.1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="149"/>
        <source>For each scenario and year, the population added (compound growth rate or arrivals per year) is turned into households (÷ household size), dwellings (one per household) and land (ha = dwellings ÷ net density ÷ (1 − public space share)). That land is allocated on the cells of the suitability grid, never on existing urban land: planned growth takes the most suitable cells first (optionally preferring cells near the existing city), trend growth takes the cells nearest to informal settlements, hazards ignored, with a little random spread set by the seed. Equal scores are taken in cell order, so the same seed gives the same result.

Inputs: the suitability raster (0–1, nodata where nothing may be built), the existing urban polygons, the scenarios as JSON, and optionally hazard zones, facilities and service standards. Outputs: in the output folder, per scenario a GeoTIFF of the year each cell is developed and a GeoPackage of the growth by year; the SUMMARY table has one row per scenario and year with that year's land demand and allocation, unmet demand when the land runs out, new people in hazard zones, mean distance to health and education, school seats and health capacity needed, and the SDG 11.3.1 ratio of land consumption to population growth.</source>
        <translation>Para cada escenario y cada año, el incremento de población (por tasa de crecimiento compuesta o por llegadas anuales) se convierte en hogares (÷ tamaño del hogar), viviendas (una por hogar) y suelo (ha = viviendas ÷ densidad neta ÷ (1 − proporción de espacio público)). Ese suelo se asigna sobre las celdas de la cuadrícula de aptitud, nunca sobre el área urbana existente: el crecimiento planificado ocupa primero las celdas más aptas (con la opción de preferir las cercanas a la ciudad existente); el crecimiento tendencial ocupa las celdas más cercanas a los asentamientos informales, sin tener en cuenta las amenazas y con una pequeña dispersión aleatoria controlada por la semilla. Los empates de puntaje se resuelven en el orden de las celdas, de modo que la misma semilla da siempre el mismo resultado.

Entradas: el ráster de aptitud (0–1, sin datos donde no se puede construir), los polígonos del área urbana existente, los escenarios en JSON y, opcionalmente, las zonas de amenaza, los equipamientos y los estándares de dotación. Salidas: en la carpeta de salida, por cada escenario, un GeoTIFF con el año en que se urbaniza cada celda y un GeoPackage con el crecimiento por año; la tabla SUMMARY tiene una fila por escenario y año con la demanda y la asignación de suelo de ese año, la demanda no atendida cuando se agota el suelo, la población nueva en zonas de amenaza, la distancia media a equipamientos de salud y de educación, los cupos escolares y la capacidad de salud requeridos, y el indicador ODS 11.3.1 (relación entre la tasa de consumo de suelo y la tasa de crecimiento de la población).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="167"/>
        <source>Suitability raster</source>
        <translation>Ráster de aptitud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="168"/>
        <source>Suitability for new housing, 0 to 1, in a projected CRS in metres (the output of site suitability). Cells with nodata or 0 are never used by planned growth. Its grid is the grid of the allocation.</source>
        <translation>Aptitud para vivienda nueva, de 0 a 1, en un SRC proyectado en metros (la salida del algoritmo de aptitud del suelo). El crecimiento planificado nunca usa las celdas sin datos (nodata) o con valor 0. Su cuadrícula es la que se usa para la asignación.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="176"/>
        <source>Existing urban land</source>
        <translation>Área urbana existente</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="179"/>
        <source>Polygons already built (settlements or blocks work). Cells whose centre lies in one are never allocated; their area is the urban area of the base year in the SDG 11.3.1 ratio.</source>
        <translation>Polígonos ya construidos (sirven asentamientos o manzanas). Las celdas cuyo centro cae dentro de uno de ellos nunca se asignan; su superficie es el área urbana del año base en el indicador ODS 11.3.1.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="186"/>
        <source>Informal settlement field</source>
        <translation>Campo de asentamiento informal</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="192"/>
        <source>Field that marks informal settlements (true/false, 1/0, sí/no). Trend growth follows them. Detected by its name (informal, es_informal) when empty; without it trend growth follows all existing urban land.</source>
        <translation>Campo que identifica los asentamientos informales (true/false, 1/0, sí/no). El crecimiento tendencial se ubica junto a ellos. Si se deja vacío, se detecta por el nombre del campo (informal, es_informal); sin este campo, el crecimiento tendencial sigue toda el área urbana existente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="200"/>
        <source>Scenarios (JSON or path of a .json file)</source>
        <translation>Escenarios (JSON o ruta de un archivo .json)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="202"/>
        <source>A JSON list with one object per scenario, or the path of a .json file holding it. Keys: name, base_population, base_year, horizon_year, growth_rate (per year, 0.02 = 2 %) or arrivals_per_year (persons), household_size, density_dwellings_ha (net), public_space_share (0-1), allocation (planned or trend); optional compactness (0-1), compactness_distance_m, trend_noise_m, description.</source>
        <translation>Una lista JSON con un objeto por escenario, o la ruta de un archivo .json que la contenga. Claves: name, base_population, base_year, horizon_year, growth_rate (anual, 0.02 = 2 %) o arrivals_per_year (personas), household_size, density_dwellings_ha (neta), public_space_share (0-1), allocation (planned o trend); opcionales: compactness (0-1), compactness_distance_m, trend_noise_m, description.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="215"/>
        <source>Hazard zones with a level (alta, media, baja). New people in cells of level alta or media (the highest level of any hazard type) are counted. Trend growth may also take cells without suitability data that lie in a hazard zone.</source>
        <translation>Zonas de amenaza con un nivel (alta, media, baja). Se cuenta la población nueva en celdas de nivel alta o media (el nivel más alto entre todos los tipos de amenaza). El crecimiento tendencial también puede ocupar celdas sin dato de aptitud que estén en una zona de amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="38"/>
        <source>Hazard type field</source>
        <translation>Campo de tipo de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="226"/>
        <source>Field with the hazard type (inundación, movimiento en masa...). Detected when empty.</source>
        <translation>Campo con el tipo de amenaza (inundación, movimiento en masa...). Si se deja vacío, se detecta automáticamente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="54"/>
        <source>Hazard level field</source>
        <translation>Campo de nivel de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="231"/>
        <source>Field with the hazard level (alta/media/baja, high/medium/low or 3/2/1). Detected when empty.</source>
        <translation>Campo con el nivel de amenaza (alta/media/baja, high/medium/low o 3/2/1). Si se deja vacío, se detecta automáticamente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="235"/>
        <source>Level mapping</source>
        <translation>Equivalencia de niveles</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="236"/>
        <source>Extra level values as value=level pairs separated by &apos;;&apos;, e.g. &apos;A=alta;M=media;B=baja&apos;.</source>
        <translation>Valores de nivel adicionales como pares valor=nivel separados por ';', por ejemplo 'A=alta;M=media;B=baja'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="241"/>
        <source>Service facilities (points; polygons use a point inside). The distance from each new cell to the nearest health and education facility is averaged per year.</source>
        <translation>Equipamientos (puntos; para los polígonos se usa un punto interior). La distancia de cada celda nueva al equipamiento de salud y al de educación más cercanos se promedia por año.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="254"/>
        <source>Field with the facility type (salud, educación...). Detected when empty.</source>
        <translation>Campo con el tipo de equipamiento (salud, educación...). Si se deja vacío, se detecta automáticamente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="256"/>
        <source>Facility types that count as health</source>
        <translation>Tipos de equipamiento que cuentan como salud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="264"/>
        <source>Comma-separated type values; accents and case are ignored.</source>
        <translation>Valores de tipo separados por comas; no se distinguen tildes ni mayúsculas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="261"/>
        <source>Facility types that count as education</source>
        <translation>Tipos de equipamiento que cuentan como educación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="266"/>
        <source>Service standards (JSON)</source>
        <translation>Estándares de dotación (JSON)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="269"/>
        <source>JSON object (or path of a .json file) with any of: school_age_share (default 0.22), seats_per_school_age_child (1), school_seats_per_1000 (overrides the two before), health_capacity_per_1000 (1000, in the unit of the facilities&apos; capacity).</source>
        <translation>Objeto JSON (o ruta de un archivo .json) con cualquiera de estas claves: school_age_share (predeterminado 0.22), seats_per_school_age_child (1), school_seats_per_1000 (reemplaza a las dos anteriores), health_capacity_per_1000 (1000, en la unidad de capacidad de los equipamientos).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="277"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="280"/>
        <source>Seed of the random spread of trend growth. The same seed gives the same result.</source>
        <translation>Semilla de la dispersión aleatoria del crecimiento tendencial. La misma semilla da el mismo resultado.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="283"/>
        <source>Folder for &lt;scenario&gt;_growth_year.tif (year each cell is developed) and &lt;scenario&gt;_growth.gpkg (growth polygons by year) of every scenario. Files of the same names are replaced.</source>
        <translation>Carpeta para los archivos &lt;scenario&gt;_growth_year.tif (año en que se urbaniza cada celda) y &lt;scenario&gt;_growth.gpkg (polígonos de crecimiento por año) de cada escenario. Los archivos con el mismo nombre se reemplazan.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="290"/>
        <source>Scenario summary</source>
        <translation>Resumen de escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="293"/>
        <source>Table with one row per scenario and year, each holding that year&apos;s increment.</source>
        <translation>Tabla con una fila por escenario y año; cada fila contiene el incremento de ese año.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="295"/>
        <source>Growth layers</source>
        <translation>Capas de crecimiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="306"/>
        <source>{layer}: the suitability raster is not in a projected CRS in metres, so cell areas are not known. Reproject it (e.g. to EPSG:9377) or make it with site suitability.</source>
        <translation>{layer}: el ráster de aptitud no está en un SRC proyectado en metros, así que no se conoce el área de las celdas. Reproyéctelo (por ejemplo a EPSG:9377) o genérelo con el algoritmo de aptitud del suelo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="316"/>
        <source>{layer}: the suitability raster cannot be read as a north-up GDAL raster file.</source>
        <translation>{layer}: el ráster de aptitud no se puede leer como un archivo ráster GDAL orientado al norte (sin rotación).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="323"/>
        <source>{layer}: the suitability raster has cells that are not square. Resample it to square cells (Raster &gt; Projections &gt; Warp) and run again.</source>
        <translation>{layer}: el ráster de aptitud tiene celdas que no son cuadradas. Remuéstrelo a celdas cuadradas (Ráster &gt; Proyecciones &gt; Combar (reproyectar)) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="341"/>
        <source>Areas and distances computed in {crs} (the CRS of the suitability raster), cells of {size} m.</source>
        <translation>Áreas y distancias calculadas en {crs} (el SRC del ráster de aptitud), con celdas de {size} m.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="347"/>
        <source>informal settlement flag</source>
        <translation>indicador de asentamiento informal</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="77"/>
        <source>hazard level</source>
        <translation>nivel de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="80"/>
        <source>hazard type</source>
        <translation>tipo de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="413"/>
        <source>year developed</source>
        <translation>año de urbanización</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="440"/>
        <source>Growth scenarios computed in {crs}.</source>
        <translation>Escenarios de crecimiento calculados en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="451"/>
        <source>Cannot write the results into {folder} ({error}). If a file of an earlier run is open in QGIS or another program, close it or choose another output folder.</source>
        <translation>No se pueden escribir los resultados en {folder} ({error}). Si un archivo de una ejecución anterior está abierto en QGIS o en otro programa, ciérrelo o elija otra carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="469"/>
        <source>{scenario}: year developed</source>
        <translation>{scenario}: año de urbanización</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="477"/>
        <source>{scenario}: growth by year</source>
        <translation>{scenario}: crecimiento por año</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="73"/>
        <source>Measures how far each settlement is from each type of service (health, education, early childhood...), in a straight line or over the road network, in metres or minutes. Each settlement is represented by a point inside it; over the network, settlements and facilities join the nearest road at walking speed, and shortest paths respect one-way streets when travelling by road. For each type it finds the nearest facility and whether it lies within the type&apos;s threshold, and, with capacities, computes a two-step floating catchment score (2SFCA, enhanced E2SFCA with sub-zone weights 1, 0.68, 0.22, or gaussian decay): each facility&apos;s capacity is shared among the population within its catchment, and each settlement adds up the shares it can reach.

Inputs: settlements (polygons or points) with population and optionally migrants, facilities (points) with type and capacity, optionally roads and reporting areas. Outputs: one row per settlement and facility type (nearest facility, cost, covered, reachable, access score per 1 000 people, score relative to the population-weighted city mean, underserved flag); one row per facility (population and migrants in its catchment, capacity, load = demand / capacity); and a summary per area and type with an area ALL.</source>
        <translation>Mide qué tan lejos está cada asentamiento de cada tipo de servicio (salud, educación, primera infancia...), en línea recta o por la malla vial, en metros o en minutos. Cada asentamiento se representa con un punto en su interior; por la malla vial, asentamientos y equipamientos se conectan a la vía más cercana a velocidad de caminata, y en los desplazamientos en vehículo las rutas más cortas respetan los sentidos viales. Para cada tipo se identifica el equipamiento más cercano y si está dentro del umbral del tipo; si hay capacidades, se calcula un puntaje de área de influencia flotante en dos pasos (2SFCA; E2SFCA mejorado, con pesos por subzona 1, 0.68 y 0.22; o decaimiento gaussiano): la capacidad de cada equipamiento se reparte entre la población de su área de influencia y cada asentamiento suma las cuotas de los equipamientos que alcanza.

Entradas: asentamientos (polígonos o puntos) con población y, opcionalmente, migrantes; equipamientos (puntos) con tipo y capacidad; y, opcionalmente, la malla vial y áreas de reporte. Salidas: una fila por asentamiento y tipo de equipamiento (equipamiento más cercano, costo, cubierto, alcanzable, puntaje de acceso por 1 000 personas, puntaje relativo a la media de la ciudad ponderada por población, indicador de acceso deficitario); una fila por equipamiento (población y migrantes en su área de influencia, capacidad, carga = demanda / capacidad); y un resumen por área y tipo, con un área ALL para toda la ciudad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="99"/>
        <source>Settlements or census blocks (demand)</source>
        <translation>Asentamientos o manzanas (demanda)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="99"/>
        <source>Where people live: settlement or block polygons (a point inside each is used) or points.</source>
        <translation>Dónde vive la población: polígonos de asentamientos o manzanas (se usa un punto interior de cada uno) o puntos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="66"/>
        <source>Population field</source>
        <translation>Campo de población</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="107"/>
        <source>Number of people in each settlement. Detected from its name (poblacion, population...) when empty.</source>
        <translation>Número de personas de cada asentamiento. Si se deja vacío, se detecta por el nombre del campo (poblacion, population...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="66"/>
        <source>Migrants field</source>
        <translation>Campo de migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="113"/>
        <source>Number of migrants in each settlement (optional; detected from its name when empty).</source>
        <translation>Número de migrantes de cada asentamiento (opcional; si se deja vacío, se detecta por el nombre del campo).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="119"/>
        <source>Service facilities</source>
        <translation>Equipamientos de servicios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="119"/>
        <source>Points of the services: health posts, schools, early childhood centres...</source>
        <translation>Puntos de los servicios: puestos de salud, colegios, centros de desarrollo infantil...</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="125"/>
        <source>Type of service of each facility (salud, educación...); each type is analysed separately. Detected from its name (tipo, type...) when empty; without one, all facilities form one type.</source>
        <translation>Tipo de servicio de cada equipamiento (salud, educación...); cada tipo se analiza por separado. Si se deja vacío, se detecta por el nombre del campo (tipo, type...); si no hay ninguno, todos los equipamientos forman un solo tipo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="134"/>
        <source>Capacity of each facility (beds, school places, staff...), needed for access scores and loads. Detected from its name (capacidad, cupos...) when empty.</source>
        <translation>Capacidad de cada equipamiento (camas, cupos escolares, personal...), necesaria para los puntajes de acceso y las cargas. Si se deja vacío, se detecta por el nombre del campo (capacidad, cupos...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="143"/>
        <source>Distance method</source>
        <translation>Método de distancia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="143"/>
        <source>Straight line</source>
        <translation>Línea recta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="143"/>
        <source>Straight line (quick, optimistic) or shortest path over the road network (needs the road layer).</source>
        <translation>Línea recta (rápida, optimista) o ruta más corta por la malla vial (requiere la capa de vías).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="149"/>
        <source>Road centre lines, for the road network method. Roads connect where they share a vertex (within the snapping tolerance); crossing lines without a shared vertex do not connect.</source>
        <translation>Ejes viales, para el método por malla vial. Las vías se conectan donde comparten un vértice (dentro de la tolerancia de autoensamblado); las líneas que se cruzan sin un vértice común no se conectan.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="158"/>
        <source>Speed field (km/h)</source>
        <translation>Campo de velocidad (km/h)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="158"/>
        <source>Speed of each road in km/h, for travel times by road. Detected from its name when empty.</source>
        <translation>Velocidad de cada vía en km/h, para los tiempos de viaje en vehículo. Si se deja vacío, se detecta por el nombre del campo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="164"/>
        <source>One-way field</source>
        <translation>Campo de sentido de circulación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="164"/>
        <source>Marks one-way roads, applied when travelling by road: true/yes/si/1/FT = one-way in the direction the line was drawn, -1/TF = against it, false/no/0/N/empty = two-way. Detected from its name (un_sentido, oneway...) when empty.</source>
        <translation>Marca las vías de sentido único; se aplica en los desplazamientos en vehículo: true/yes/si/1/FT = sentido único en la dirección en que se dibujó la línea, -1/TF = en sentido contrario, false/no/0/N/vacío = doble sentido. Si se deja vacío, se detecta por el nombre del campo (un_sentido, oneway...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="174"/>
        <source>Travel mode</source>
        <translation>Modo de desplazamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="174"/>
        <source>Walking</source>
        <translation>A pie</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="174"/>
        <source>By road (road speeds, one-way streets)</source>
        <translation>En vehículo (velocidades de las vías, sentidos viales)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="174"/>
        <source>Walking: every road at the walking speed, both ways. By road: each road at its speed, one-way streets respected. Connections from points to the nearest road are always on foot.</source>
        <translation>A pie: todas las vías a la velocidad de caminata, en ambos sentidos. En vehículo: cada vía a su velocidad, respetando los sentidos únicos. Las conexiones de los puntos a la vía más cercana siempre se hacen a pie.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="186"/>
        <source>Walking speed (km/h)</source>
        <translation>Velocidad de caminata (km/h)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="194"/>
        <source>Walking speed in km/h, for walking times and for the walk between a point and its road.</source>
        <translation>Velocidad de caminata en km/h, para los tiempos a pie y para el tramo a pie entre un punto y su vía.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="195"/>
        <source>Default road speed (km/h)</source>
        <translation>Velocidad vial predeterminada (km/h)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="195"/>
        <source>Speed of roads with no valid speed in the speed field (or of all roads without a speed field).</source>
        <translation>Velocidad de las vías sin una velocidad válida en el campo de velocidad (o de todas las vías si no hay campo de velocidad).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="207"/>
        <source>Cost unit</source>
        <translation>Unidad de costo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="207"/>
        <source>Metres</source>
        <translation>Metros</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="207"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="207"/>
        <source>Measure distance in metres or travel time in minutes; thresholds are in this unit.</source>
        <translation>Mide la distancia en metros o el tiempo de viaje en minutos; los umbrales se expresan en esta unidad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="211"/>
        <source>Thresholds per facility type</source>
        <translation>Umbrales por tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="211"/>
        <source>Maximum cost per type, in the cost unit, as type=value separated by &apos;;&apos; (for example salud=1500;educacion=800). Accents and case are ignored. It is also the catchment size of the floating catchment.</source>
        <translation>Costo máximo por tipo, en la unidad de costo, como tipo=valor separados por ';' (por ejemplo salud=1500;educacion=800). No se distinguen tildes ni mayúsculas. Es también el tamaño del área de influencia flotante.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="221"/>
        <source>Default threshold (0 = 1 000 m or 15 min)</source>
        <translation>Umbral predeterminado (0 = 1 000 m o 15 min)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="221"/>
        <source>Threshold for the types not listed in the thresholds, in the cost unit; 0 uses 1 000 m or 15 min.</source>
        <translation>Umbral para los tipos que no figuran en los umbrales por tipo, en la unidad de costo; con 0 se usan 1 000 m o 15 min.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="232"/>
        <source>Access score</source>
        <translation>Puntaje de acceso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="232"/>
        <source>None (nearest facility and coverage only)</source>
        <translation>Ninguno (solo equipamiento más cercano y cobertura)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="232"/>
        <source>2SFCA (two-step floating catchment)</source>
        <translation>2SFCA (área de influencia flotante en dos pasos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="232"/>
        <source>E2SFCA (enhanced, sub-zone weights 1, 0.68, 0.22)</source>
        <translation>E2SFCA (mejorado, pesos por subzona 1, 0.68, 0.22)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="232"/>
        <source>Gaussian distance decay</source>
        <translation>Decaimiento gaussiano con la distancia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="232"/>
        <source>Capacity-aware score: capacity per person that each settlement can reach, sharing each facility among everyone in its catchment. Needs the capacity field.</source>
        <translation>Puntaje que tiene en cuenta la capacidad: capacidad por persona que cada asentamiento puede alcanzar, repartiendo cada equipamiento entre todas las personas de su área de influencia. Requiere el campo de capacidad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="249"/>
        <source>Underserved below this share of the city mean</source>
        <translation>Acceso deficitario por debajo de esta fracción de la media de la ciudad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="249"/>
        <source>A settlement is underserved when its access score is below this share of the city mean (0.5 = half).</source>
        <translation>Un asentamiento tiene acceso deficitario cuando su puntaje de acceso está por debajo de esta fracción de la media de la ciudad (0.5 = la mitad).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="260"/>
        <source>Reporting areas (comunas, barrios)</source>
        <translation>Áreas de reporte (comunas, barrios)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="260"/>
        <source>Areas for the summary table (optional); each settlement counts in the area that contains its point.</source>
        <translation>Áreas para la tabla de resumen (opcional); cada asentamiento se cuenta en el área que contiene su punto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="145"/>
        <source>Area name field</source>
        <translation>Campo de nombre del área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="269"/>
        <source>Name of each area in the summary. Detected from its name (nombre, comuna...) when empty.</source>
        <translation>Nombre de cada área en el resumen. Si se deja vacío, se detecta por el nombre del campo (nombre, comuna...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="275"/>
        <source>Snapping tolerance (m)</source>
        <translation>Tolerancia de autoensamblado (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="275"/>
        <source>Road vertices closer than this distance in metres are joined into one node (digitising gaps).</source>
        <translation>Los vértices de las vías que estén a menos de esta distancia en metros se unen en un solo nodo (corrige huecos de digitalización).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="287"/>
        <source>Access by settlement and type</source>
        <translation>Acceso por asentamiento y tipo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="287"/>
        <source>Facility catchments and loads</source>
        <translation>Áreas de influencia y cargas de los equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="287"/>
        <source>Access summary by area</source>
        <translation>Resumen de acceso por área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="295"/>
        <source>One row per settlement and facility type, with the settlement&apos;s geometry.</source>
        <translation>Una fila por asentamiento y tipo de equipamiento, con la geometría del asentamiento.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="295"/>
        <source>One point per facility with its catchment population and load.</source>
        <translation>Un punto por equipamiento con la población de su área de influencia y su carga.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="295"/>
        <source>Population covered and mean cost per area and type, and for the whole city.</source>
        <translation>Población cubierta y costo medio por área y tipo, y para toda la ciudad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="311"/>
        <source>The road network method needs a road layer: choose it in ROADS, or use the straight line method.</source>
        <translation>El método por malla vial necesita una capa de vías: elíjala en ROADS o use el método de línea recta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="171"/>
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="174"/>
        <source>migrants</source>
        <translation>migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="334"/>
        <source>one-way</source>
        <translation>sentido de circulación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="336"/>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="182"/>
        <source>area name</source>
        <translation>nombre del área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="387"/>
        <source>Computed in {crs}. Costs in {unit}.</source>
        <translation>Calculado en {crs}. Costos en {unit}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="425"/>
        <source>Settlement feature id</source>
        <translation>ID de elemento del asentamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="426"/>
        <source>Settlement code</source>
        <translation>Código del asentamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="427"/>
        <source>Settlement name</source>
        <translation>Nombre del asentamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="432"/>
        <source>Nearest facility code</source>
        <translation>Código del equipamiento más cercano</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="433"/>
        <source>Nearest facility name</source>
        <translation>Nombre del equipamiento más cercano</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="434"/>
        <source>Cost to the nearest facility ({unit})</source>
        <translation>Costo al equipamiento más cercano ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="458"/>
        <source>Distance to the road network (m)</source>
        <translation>Distancia a la malla vial (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="436"/>
        <source>Reaches a facility</source>
        <translation>Alcanza un equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="437"/>
        <source>Covered within the threshold</source>
        <translation>Cubierto dentro del umbral</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="438"/>
        <source>Access score (capacity per 1 000 people)</source>
        <translation>Puntaje de acceso (capacidad por 1 000 personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="439"/>
        <source>Access relative to the city mean (1 = mean)</source>
        <translation>Acceso relativo a la media de la ciudad (1 = media)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="440"/>
        <source>Underserved</source>
        <translation>Acceso deficitario</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="446"/>
        <source>Facility feature id</source>
        <translation>ID de elemento del equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="447"/>
        <source>Facility code</source>
        <translation>Código del equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="448"/>
        <source>Facility name</source>
        <translation>Nombre del equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="451"/>
        <source>Catchment threshold ({unit})</source>
        <translation>Umbral del área de influencia ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="452"/>
        <source>Population in catchment (persons)</source>
        <translation>Población en el área de influencia (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="453"/>
        <source>Migrants in catchment (persons)</source>
        <translation>Migrantes en el área de influencia (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="454"/>
        <source>Weighted demand in catchment (persons)</source>
        <translation>Demanda ponderada en el área de influencia (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="455"/>
        <source>Load (weighted demand / capacity)</source>
        <translation>Carga (demanda ponderada / capacidad)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="456"/>
        <source>Capacity per 1 000 people in catchment</source>
        <translation>Capacidad por 1 000 personas en el área de influencia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="457"/>
        <source>Has demand in reach</source>
        <translation>Tiene demanda a su alcance</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="467"/>
        <source>Population covered (persons)</source>
        <translation>Población cubierta (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="468"/>
        <source>Share of population covered (0-1)</source>
        <translation>Proporción de población cubierta (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="470"/>
        <source>Migrants covered (persons)</source>
        <translation>Migrantes cubiertos (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="471"/>
        <source>Mean cost to the nearest facility, population-weighted ({unit})</source>
        <translation>Costo medio al equipamiento más cercano, ponderado por población ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="472"/>
        <source>Settlements that reach no facility (count)</source>
        <translation>Asentamientos que no alcanzan ningún equipamiento (número)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="40"/>
        <source>Settlement exposure to hazards</source>
        <translation>Exposición de asentamientos a amenazas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="43"/>
        <source>Counts the population, migrants and households of each settlement that live at each hazard level (alta, media, baja), for each hazard type and for 'any' type. Divisible features (polygons: settlements, census blocks) are split in proportion to the area inside each level, assuming a uniform density; indivisible features (points, or buildings in mode 'indivisible') count whole at the highest level they touch, their boundary included. Zones of one type that overlap count once, at the highest level, so nothing is counted twice. Invalid geometries are repaired; areas are computed in a metric CRS.

OUTPUT holds the settlements with, per type and level, the exposed area (m²), the share of the feature's area, the population, migrants and households exposed, the highest level per type and an exposure index (sum of level weight times share). SUMMARY has one row per reporting area, hazard type and level (including 'none', not exposed) and the area ALL for the whole layer; with AREAS, features cut by an area boundary are split by area and points go to the area that holds them.</source>
        <translation>Cuenta la población, los migrantes y los hogares de cada asentamiento que viven en cada nivel de amenaza (alta, media, baja), para cada tipo de amenaza y para el tipo 'any' (cualquier amenaza). Los elementos divisibles (polígonos: asentamientos, manzanas) se reparten en proporción al área que queda dentro de cada nivel, suponiendo una densidad uniforme; los elementos indivisibles (puntos, o edificaciones con el modo 'Indivisibles') se cuentan completos en el nivel más alto que tocan, incluidos los bordes de las zonas. Las zonas de un mismo tipo que se superponen se cuentan una sola vez, en el nivel más alto, de modo que nada se cuenta dos veces. Las geometrías inválidas se reparan y las áreas se calculan en un SRC métrico.

OUTPUT contiene los asentamientos con, por tipo y nivel, el área expuesta (m²), la proporción del área del elemento, la población, los migrantes y los hogares expuestos, el nivel más alto por tipo y un índice de exposición (suma de los pesos de nivel multiplicados por la proporción). SUMMARY tiene una fila por área de reporte, tipo de amenaza y nivel (incluido 'none', sin exposición) y el área ALL para toda la capa; con AREAS, los elementos cortados por un límite de área se dividen por área y los puntos se asignan al área que los contiene.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="64"/>
        <source>Settlements, census blocks (polygons) or dwellings, buildings (points or polygons).</source>
        <translation>Asentamientos, manzanas (polígonos) o viviendas, edificaciones (puntos o polígonos).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="66"/>
        <source>Identifier field</source>
        <translation>Campo identificador</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="66"/>
        <source>Field that identifies each feature in the log messages. Left empty, one named like codigo or id.</source>
        <translation>Campo que identifica cada elemento en los mensajes del registro. Si se deja vacío, se usa uno con un nombre como codigo o id.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="66"/>
        <source>Number of inhabitants (numeric). Left empty, one named like poblacion or population.</source>
        <translation>Número de habitantes (numérico). Si se deja vacío, se usa uno con un nombre como poblacion o population.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="66"/>
        <source>Number of migrants (numeric). Left empty, one named like migrantes or migrants.</source>
        <translation>Número de migrantes (numérico). Si se deja vacío, se usa uno con un nombre como migrantes o migrants.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="66"/>
        <source>Households field</source>
        <translation>Campo de hogares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="66"/>
        <source>Number of households (numeric). Left empty, one named like hogares or households.</source>
        <translation>Número de hogares (numérico). Si se deja vacío, se usa uno con un nombre como hogares o households.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="105"/>
        <source>Features are</source>
        <translation>Los elementos son</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="105"/>
        <source>Automatic: polygons divisible, points indivisible</source>
        <translation>Automático: polígonos divisibles, puntos indivisibles</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="105"/>
        <source>Divisible: split in proportion to area</source>
        <translation>Divisibles: se reparten en proporción al área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="105"/>
        <source>Indivisible: whole feature at its highest level</source>
        <translation>Indivisibles: el elemento completo en su nivel más alto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="115"/>
        <source>Divisible features are split in proportion to the area inside each level (uniform density). Indivisible features count whole at the highest level they touch (a point on a zone boundary touches the zone). Points are always indivisible.</source>
        <translation>Los elementos divisibles se reparten en proporción al área dentro de cada nivel (densidad uniforme). Los indivisibles se cuentan completos en el nivel más alto que tocan (un punto sobre el límite de una zona toca la zona). Los puntos siempre son indivisibles.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="124"/>
        <source>Exposure index weights</source>
        <translation>Pesos del índice de exposición</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="127"/>
        <source>Weight of each level in the exposure index, which is the sum over levels of weight times the share of the feature at that level (0 to 1 with the default weights alta=1.0;media=0.5;baja=0.2).</source>
        <translation>Peso de cada nivel en el índice de exposición, que es la suma, sobre los niveles, del peso multiplicado por la proporción del elemento en ese nivel (de 0 a 1 con los pesos predeterminados alta=1.0;media=0.5;baja=0.2).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="134"/>
        <source>Reporting areas</source>
        <translation>Áreas de reporte</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="137"/>
        <source>Optional areas (comunas, barrios, UPZ) for the summary. Divisible features cut by an area boundary are split by area; indivisible ones go to the area that holds their point on surface; what lies outside every area is reported as &apos;(outside areas)&apos;.</source>
        <translation>Áreas opcionales (comunas, barrios, UPZ) para el resumen. Los elementos divisibles cortados por un límite de área se dividen por área; los indivisibles se asignan al área que contiene su punto en la superficie; lo que queda fuera de todas las áreas se reporta como '(fuera de las áreas)'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="148"/>
        <source>Field with the area names. Left empty, one named like nombre or name (else the id).</source>
        <translation>Campo con los nombres de las áreas. Si se deja vacío, se usa uno con un nombre como nombre o name (si no hay, el id).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="150"/>
        <source>Settlement exposure</source>
        <translation>Exposición de asentamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="151"/>
        <source>The settlements with their exposure per hazard type and level.</source>
        <translation>Los asentamientos con su exposición por tipo y nivel de amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="153"/>
        <source>Exposure summary</source>
        <translation>Resumen de exposición</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="156"/>
        <source>Table: area_name, hazard_type, hazard_level, features, area_ha, population, migrants, households, population_share; one row per area, type and level (and &apos;none&apos;).</source>
        <translation>Tabla: area_name, hazard_type, hazard_level, features, area_ha, population, migrants, households, population_share; una fila por área, tipo y nivel (y 'none').</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="170"/>
        <source>identifier</source>
        <translation>identificador</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="177"/>
        <source>households</source>
        <translation>hogares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="203"/>
        <source>Areas computed in {crs}.</source>
        <translation>Áreas calculadas en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="31"/>
        <source>Polygons of hazard zones (flood, landslide, torrential flow...) with a level field. Zones of one type that overlap count once, at the highest level.</source>
        <translation>Polígonos de zonas de amenaza (inundación, movimiento en masa, avenida torrencial...) con un campo de nivel. Las zonas de un mismo tipo que se superponen se cuentan una sola vez, en el nivel más alto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="41"/>
        <source>Field with the hazard type (inundación, movimiento en masa...). Each type is reported separately, plus 'any'. Left empty, a field named like tipo_amenaza or hazard_type is used if there is one; otherwise every zone is of the type given in 'Hazard type name'.</source>
        <translation>Campo con el tipo de amenaza (inundación, movimiento en masa...). Cada tipo se reporta por separado, además de 'any' (cualquier amenaza). Si se deja vacío, se usa un campo con un nombre como tipo_amenaza o hazard_type, si existe; si no, todas las zonas son del tipo indicado en 'Nombre del tipo de amenaza'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="49"/>
        <source>Hazard type name (without a type field)</source>
        <translation>Nombre del tipo de amenaza (sin campo de tipo)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="52"/>
        <source>Name of the single hazard type used when the hazard layer has no type field.</source>
        <translation>Nombre del único tipo de amenaza que se usa cuando la capa de amenazas no tiene campo de tipo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="57"/>
        <source>Field with the hazard level: alta/media/baja, high/medium/low or 3/2/1 (case and accents ignored). Left empty, a field named like nivel or hazard_level is used. Zones with a null or unknown level are not hazards (they are counted in the log).</source>
        <translation>Campo con el nivel de amenaza: alta/media/baja, high/medium/low o 3/2/1 (sin distinguir mayúsculas ni tildes). Si se deja vacío, se usa un campo con un nombre como nivel o hazard_level. Las zonas con nivel nulo o desconocido no se tratan como amenaza (se informan en el registro).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="65"/>
        <source>Level map</source>
        <translation>Equivalencia de niveles</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="66"/>
        <source>Optional mapping of the layer&apos;s level values to alta, media, baja or none, e.g. &apos;Alta=alta;Media=media;Baja=baja;3=alta&apos;. It extends the default map.</source>
        <translation>Equivalencia opcional entre los valores de nivel de la capa y alta, media, baja o none (ninguna), por ejemplo 'Alta=alta;Media=media;Baja=baja;3=alta'. Amplía la equivalencia predeterminada.</translation>
    </message>
</context>
</TS>
