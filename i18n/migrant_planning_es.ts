<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../migrant_planning_plugin/core/geometry.py" line="58"/>
        <source>{layer}: repaired {n} invalid geometries (make valid, polygonal parts kept).</source>
        <translation>{layer}: se repararon {n} geometrías inválidas (corrección de geometría, se conservan las partes poligonales).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/geometry.py" line="58"/>
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
        <location filename="../migrant_planning_plugin/gui/dock.py" line="31"/>
        <source>&lt;b&gt;Planificador de Integración Urbana de Migrantes&lt;/b&gt;&lt;br&gt;Who is exposed to floods and landslides, who is far from services, where new housing should go and what each growth scenario costs. Start by loading your layers or the sample city.</source>
        <translation>&lt;b&gt;Planificador de Integración Urbana de Migrantes&lt;/b&gt;&lt;br&gt;Quién está expuesto a inundaciones y movimientos en masa, quién está lejos de los equipamientos, dónde debería ir la nueva vivienda y qué cuesta cada escenario de crecimiento. Empiece cargando sus capas o la ciudad de ejemplo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="42"/>
        <source>Load sample city</source>
        <translation>Cargar ciudad de ejemplo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="73"/>
        <source>Writing the sample city...</source>
        <translation>Escribiendo la ciudad de ejemplo...</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="100"/>
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
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="56"/>
        <source>Settlements</source>
        <translation>Asentamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="57"/>
        <source>Hazard zones</source>
        <translation>Zonas de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="58"/>
        <source>Facilities</source>
        <translation>Equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="59"/>
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
        <location filename="../migrant_planning_plugin/processing/base.py" line="209"/>
        <source>{layer}: using field &apos;{field}&apos; as {role}.</source>
        <translation>{layer}: se usa el campo '{field}' como {role}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="216"/>
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
</context>
</TS>
