<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../migrant_planning_plugin/core/geometry.py" line="57" />
        <source>{layer}: repaired {n} invalid geometries (make valid, polygonal parts kept).</source>
        <translation>{layer}: se repararon {n} geometrías inválidas (corrección de geometría, se conservan las partes poligonales).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/geometry.py" line="57" />
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="45" />
        <source>hazard layer</source>
        <translation>capa de amenazas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="47" />
        <source>{layer}: no hazard level field. Choose the field that holds the level (alta/media/baja, high/medium/low or 3/2/1) in HAZARD_LEVEL_FIELD.</source>
        <translation>{layer}: no hay campo de nivel de amenaza. Elija en HAZARD_LEVEL_FIELD el campo que contiene el nivel (alta/media/baja, high/medium/low o 3/2/1).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="92" />
        <source>{layer}: {n} zones without a usable polygon geometry were skipped.</source>
        <translation>{layer}: se omitieron {n} zonas sin una geometría poligonal utilizable.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/levels.py" line="104" />
        <source>LEVEL_MAP: '{value}' is not a hazard level. Map each value to alta, media, baja or none.</source>
        <translation>LEVEL_MAP: '{value}' no es un nivel de amenaza. Asigne cada valor a alta, media, baja o none (ninguna).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="47" />
        <source>{what}: the entry '{entry}' has no '='. Write entries as key=value separated by ';'.</source>
        <translation>{what}: la entrada '{entry}' no tiene '='. Escriba las entradas como clave=valor separadas por ';'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="54" />
        <source>{what}: the entry '{entry}' has an empty key. Write entries as key=value separated by ';'.</source>
        <translation>{what}: la entrada '{entry}' tiene la clave vacía. Escriba las entradas como clave=valor separadas por ';'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="53" />
        <source>{package}&gt;={minimum} (not installed)</source>
        <translation>{package}&gt;={minimum} (no instalado)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="56" />
        <source>{package}&gt;={minimum} (found {found})</source>
        <translation>{package}&gt;={minimum} (se encontró {found})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="90" />
        <source>Migrant Integration Planner needs these Python packages: {problems}. {hint}</source>
        <translation>El Planificador de Integración Urbana de Migrantes necesita estos paquetes de Python: {problems}. {hint}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/builder.py" line="453" />
        <source>Migrant Integration Planner</source>
        <translation>Planificador de Integración Urbana de Migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="113" />
        <source>Load sample city</source>
        <translation>Cargar ciudad de ejemplo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="284" />
        <source>Writing the sample city...</source>
        <translation>Escribiendo la ciudad de ejemplo...</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="336" />
        <source>Sample city loaded: {folder}</source>
        <translation>Ciudad de ejemplo cargada: {folder}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="95" />
        <source>Algorithm {id} is not available.</source>
        <translation>El algoritmo {id} no está disponible.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tasks.py" line="170" />
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tasks.py" line="192" />
        <source>The algorithm failed; see the Processing log.</source>
        <translation>El algoritmo falló; consulte el registro de Procesamiento.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/plugin.py" line="66" />
        <source>Open the Migrant Integration Planner panel</source>
        <translation>Abrir el panel del Planificador de Integración Urbana de Migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="129" />
        <source>Load sample city (Villa Esperanza)</source>
        <translation>Cargar ciudad de ejemplo (Villa Esperanza)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/plugin.py" line="72" />
        <source>User guide</source>
        <translation>Guía de usuario</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/access.py" line="120" />
        <source>Settlements</source>
        <translation>Asentamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="84" />
        <source>Hazard zones</source>
        <translation>Zonas de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/access.py" line="126" />
        <source>Facilities</source>
        <translation>Equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="92" />
        <source>Road network</source>
        <translation>Malla vial</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="94" />
        <source>Land use (POT)</source>
        <translation>Usos del suelo (POT)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="71" />
        <source>Comunas</source>
        <translation>Comunas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="99" />
        <source>Candidate parcels</source>
        <translation>Predios candidatos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="104" />
        <source>Water bodies</source>
        <translation>Cuerpos de agua</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="74" />
        <source>Streams</source>
        <translation>Drenajes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="75" />
        <source>Municipal boundary</source>
        <translation>Límite municipal</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="93" />
        <source>Elevation (DEM)</source>
        <translation>Elevación (MDE)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="330" />
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="171" />
        <source>Add the layers to the project</source>
        <translation>Agregar las capas al proyecto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="172" />
        <source>Add every layer (styled) to the current project when the algorithm finishes.</source>
        <translation>Agrega cada capa (con estilo) al proyecto actual cuando termina el algoritmo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="174" />
        <source>Regenerate from the generator instead of copying the shipped data</source>
        <translation>Regenerar con el generador en lugar de copiar los datos incluidos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="179" />
        <source>Run the deterministic generator again (slower); the result equals the shipped copy.</source>
        <translation>Ejecuta de nuevo el generador determinista (más lento); el resultado es igual a la copia incluida.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="184" />
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="233" />
        <source>Copying the shipped sample city...</source>
        <translation>Copiando la ciudad de ejemplo incluida...</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="236" />
        <source>Generating the sample city...</source>
        <translation>Generando la ciudad de ejemplo...</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="260" />
        <source>{title}: {uri}</source>
        <translation>{title}: {uri}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="52" />
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="53" />
        <source>Hazard exposure</source>
        <translation>Exposición a amenazas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="54" />
        <source>Access to services</source>
        <translation>Acceso a equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="55" />
        <source>Site suitability</source>
        <translation>Aptitud del suelo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="56" />
        <source>Growth scenarios</source>
        <translation>Escenarios de crecimiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="57" />
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="402" />
        <source>Cancelled by the user: nothing was written.</source>
        <translation>Cancelado por el usuario: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="406" />
        <source>Not enough memory for {alg}. Use a larger cell size or a smaller area, or close other programs.</source>
        <translation>No hay memoria suficiente para {alg}. Use un tamaño de celda mayor o un área menor, o cierre otros programas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="414" />
        <source>Unexpected error in {alg}: {error}. The details are in the message log (View &gt; Panels &gt; Log Messages, tab 'Migrant planning'); please report them at {url}.</source>
        <translation>Error inesperado en {alg}: {error}. Los detalles están en el registro de mensajes (Ver &gt; Paneles &gt; Mensajes de registro, pestaña 'Migrant planning'); por favor repórtelos en {url}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="558" />
        <source>{layer}: no field for {role} was found. Choose it in the parameter {param}.</source>
        <translation>{layer}: no se encontró un campo para {role}. Elíjalo en el parámetro {param}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/missing_dependencies.py" line="21" />
        <source>Install the required Python packages (read me)</source>
        <translation>Instale los paquetes de Python necesarios (léame)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/provider.py" line="29" />
        <source>Migrant Integration Planner: hazard exposure, access, suitability and growth scenarios</source>
        <translation>Planificador de Integración Urbana de Migrantes: exposición a amenazas, acceso, aptitud del suelo y escenarios de crecimiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/crs.py" line="97" />
        <source>Areas and distances computed in {crs}.</source>
        <translation>Áreas y distancias calculadas en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="209" />
        <source>THRESHOLDS: the threshold for '{key}' must be a positive number, not {value}.</source>
        <translation>THRESHOLDS: el umbral de '{key}' debe ser un número positivo, no {value}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="39" />
        <source>roads</source>
        <translation>vías</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="410" />
        <source>{layer}: {n} roads have no valid speed in '{field}'; they use the default speed {speed} km/h.</source>
        <translation>{layer}: {n} vías no tienen una velocidad válida en '{field}'; para ellas se usa la velocidad predeterminada de {speed} km/h.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="416" />
        <source>{layer}: no speed field; every road uses the default speed {speed} km/h (SPEED_FIELD).</source>
        <translation>{layer}: no hay campo de velocidad; todas las vías usan la velocidad predeterminada de {speed} km/h (SPEED_FIELD).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="426" />
        <source>{layer}: {n} values of '{field}' are not understood as one-way (yes/no, true/false, 1/0/-1, FT/TF/N); those roads are taken as two-way.</source>
        <translation>{layer}: {n} valores de '{field}' no se reconocen como sentido de circulación (yes/no, true/false, 1/0/-1, FT/TF/N); esas vías se toman como de doble sentido.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="432" />
        <source>{layer}: {fw} roads one-way in the digitising direction, {bw} against it.</source>
        <translation>{layer}: {fw} vías de sentido único en el sentido de digitalización y {bw} en sentido contrario.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="468" />
        <source>{layer}: {n} features are not lines (or are empty) and were left out of the network.</source>
        <translation>{layer}: {n} elementos no son líneas (o están vacíos) y se excluyeron de la malla vial.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="536" />
        <source>{layer}: the field '{field}' does not exist. Choose an existing field in {param}.</source>
        <translation>{layer}: el campo '{field}' no existe. Elija un campo existente en {param}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="589" />
        <source>areas</source>
        <translation>áreas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="593" />
        <source>Area {fid}</source>
        <translation>Área {fid}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="380" />
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="609" />
        <source>{n} demand points lie in no area of {layer}; they count only in the area {all}.</source>
        <translation>{n} puntos de demanda no están en ninguna área de {layer}; solo se cuentan en el área {all}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="672" />
        <source>WALKING_SPEED must be a positive speed in km/h.</source>
        <translation>WALKING_SPEED debe ser una velocidad positiva en km/h.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="674" />
        <source>DEFAULT_SPEED must be a positive speed in km/h.</source>
        <translation>DEFAULT_SPEED debe ser una velocidad positiva en km/h.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="676" />
        <source>SNAP_TOLERANCE must be zero or a positive distance in metres.</source>
        <translation>SNAP_TOLERANCE debe ser cero o una distancia positiva en metros.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="678" />
        <source>DEFAULT_THRESHOLD must be a positive number (or 0 for the automatic value).</source>
        <translation>DEFAULT_THRESHOLD debe ser un número positivo (o 0 para usar el valor automático).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="680" />
        <source>METHOD must be 0 (straight line) or 1 (road network).</source>
        <translation>METHOD debe ser 0 (línea recta) o 1 (malla vial).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="682" />
        <source>WEIGHTING must be 0 (none), 1 (2SFCA), 2 (E2SFCA) or 3 (gaussian).</source>
        <translation>WEIGHTING debe ser 0 (ninguno), 1 (2SFCA), 2 (E2SFCA) o 3 (gaussiano).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="701" />
        <source>demand</source>
        <translation>demanda</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="886" />
        <source>facilities</source>
        <translation>equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="704" />
        <source>The road network method needs a road layer: choose it in ROADS, or use METHOD 0.</source>
        <translation>El método por malla vial necesita una capa de vías: elíjala en ROADS o use METHOD 0 (línea recta).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="706" />
        <source>{layer}: no population field. Choose it in POPULATION_FIELD.</source>
        <translation>{layer}: no hay campo de población. Elíjalo en POPULATION_FIELD.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="733" />
        <source>{layer}: {n} features have no geometry and were left out.</source>
        <translation>{layer}: {n} elementos no tienen geometría y se excluyeron.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="738" />
        <source>{layer}: the field '{field}' holds no numbers. Choose the population field in POPULATION_FIELD.</source>
        <translation>{layer}: el campo '{field}' no contiene números. Elija el campo de población en POPULATION_FIELD.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="745" />
        <source>{layer}: {n} features have an empty or negative population in '{field}'; they count as 0.</source>
        <translation>{layer}: {n} elementos tienen la población vacía o negativa en '{field}'; se cuentan como 0.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="764" />
        <source>{layer}: {n} facilities have no type in '{field}' and were left out.</source>
        <translation>{layer}: {n} equipamientos no tienen tipo en '{field}' y se excluyeron.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="771" />
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="774" />
        <source>{layer}: {n} facilities have no geometry and were left out.</source>
        <translation>{layer}: {n} equipamientos no tienen geometría y se excluyeron.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="795" />
        <source>{layer}: no demand feature to analyse; the outputs are empty.</source>
        <translation>{layer}: no hay elementos de demanda para analizar; las salidas quedan vacías.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="798" />
        <source>{layer}: no facility to analyse; the outputs are empty.</source>
        <translation>{layer}: no hay equipamientos para analizar; las salidas quedan vacías.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="815" />
        <source>THRESHOLDS names types that have no facility in {layer}: {types}. Types present: {present}.</source>
        <translation>THRESHOLDS menciona tipos que no tienen ningún equipamiento en {layer}: {types}. Tipos presentes: {present}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="821" />
        <source>{type}: threshold {value:g} {unit}.</source>
        <translation>{type}: umbral de {value:g} {unit}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="831" />
        <source>{layer}: no capacity field, so access scores are left empty. Choose CAPACITY_FIELD, or set WEIGHTING to none.</source>
        <translation>{layer}: no hay campo de capacidad, por lo que los puntajes de acceso quedan vacíos. Elija CAPACITY_FIELD o fije WEIGHTING en 0 (ninguno).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="839" />
        <source>{layer}: {n} facilities have a missing, zero or negative capacity in '{field}'; they get no ratio, and settlements that reach them get no access score.</source>
        <translation>{layer}: {n} equipamientos tienen la capacidad vacía, en cero o negativa en '{field}'; no se les calcula la razón capacidad/población, y los asentamientos que llegan a ellos quedan sin puntaje de acceso.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="866" />
        <source>Straight-line times use the walking speed (WALKING_SPEED).</source>
        <translation>Los tiempos en línea recta usan la velocidad de caminata (WALKING_SPEED).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="902" />
        <source>{type}: no settlement has a positive access score, so relative scores are empty.</source>
        <translation>{type}: ningún asentamiento tiene un puntaje de acceso positivo, por lo que los puntajes relativos quedan vacíos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="909" />
        <source>{type}: {n} facilities have no demand within {d0:g} {unit}; they get no ratio.</source>
        <translation>{type}: {n} equipamientos no tienen demanda a menos de {d0:g} {unit}; no se les calcula la razón capacidad/población.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="916" />
        <source>{type}: {n} demand points cannot reach any facility of this type over the road network (disconnected pieces, one-way streets or roads that are not lines); they have no cost and count as not covered.</source>
        <translation>{type}: {n} puntos de demanda no pueden llegar a ningún equipamiento de este tipo por la malla vial (tramos desconectados, vías de sentido único o vías que no son líneas); quedan sin costo y se cuentan como no cubiertos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="94" />
        <source>(outside areas)</source>
        <translation>(fuera de las áreas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="557" />
        <source>{layer}: the field '{field}' is not numeric. Choose a numeric field, or convert it first (Field Calculator, to_real("{field}")).</source>
        <translation>{layer}: el campo '{field}' no es numérico. Elija un campo numérico o conviértalo primero (Calculadora de campos, to_real("{field}")).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="164" />
        <source>{layer}: {n} features have no value in '{field}'; they count as 0.</source>
        <translation>{layer}: {n} elementos no tienen valor en '{field}'; se cuentan como 0.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="331" />
        <source>{layer}: {n} features without a usable geometry were skipped ({ids}).</source>
        <translation>{layer}: se omitieron {n} elementos sin una geometría utilizable ({ids}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="819" />
        <source>areas layer</source>
        <translation>capa de áreas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="374" />
        <source>{layer}: {n} areas without a usable polygon geometry were skipped.</source>
        <translation>{layer}: se omitieron {n} áreas sin una geometría poligonal utilizable.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="390" />
        <source>{layer}: some areas overlap; each place is reported in the first area that holds it.</source>
        <translation>{layer}: algunas áreas se superponen; cada lugar se reporta en la primera área que lo contiene.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="492" />
        <source>settlements layer</source>
        <translation>capa de asentamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="799" />
        <source>{layer}: there are no features to analyse; the outputs are empty.</source>
        <translation>{layer}: no hay elementos para analizar; las salidas quedan vacías.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="512" />
        <source>{layer}: points cannot be divided; {n} point features count whole at their highest level.</source>
        <translation>{layer}: los puntos no se pueden dividir; {n} elementos de tipo punto se cuentan completos en su nivel más alto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="693" />
        <source>any hazard</source>
        <translation>cualquier amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="699" />
        <source>{hazard}, {level}: exposed area (m²)</source>
        <translation>{hazard}, {level}: área expuesta (m²)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="700" />
        <source>{hazard}, {level}: share of the feature's area (0-1)</source>
        <translation>{hazard}, {level}: proporción del área del elemento (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="701" />
        <source>{hazard}, {level}: exposed population (persons)</source>
        <translation>{hazard}, {level}: población expuesta (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="702" />
        <source>{hazard}, {level}: exposed migrants (persons)</source>
        <translation>{hazard}, {level}: migrantes expuestos (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="703" />
        <source>{hazard}, {level}: exposed households</source>
        <translation>{hazard}, {level}: hogares expuestos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="706" />
        <source>Feature area (m²)</source>
        <translation>Área del elemento (m²)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="866" />
        <source>{hazard}: highest level</source>
        <translation>{hazard}: nivel más alto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="720" />
        <source>{hazard}: exposure index (0-1)</source>
        <translation>{hazard}: índice de exposición (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="590" />
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="66" />
        <source>Hazard type</source>
        <translation>Tipo de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="66" />
        <source>Hazard level</source>
        <translation>Nivel de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="730" />
        <source>Features</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="760" />
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="592" />
        <source>Population (persons)</source>
        <translation>Población (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="595" />
        <source>Migrants (persons)</source>
        <translation>Migrantes (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="51" />
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="735" />
        <source>Share of the area's population (0-1)</source>
        <translation>Proporción de la población del área (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="791" />
        <source>facilities layer</source>
        <translation>capa de equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="808" />
        <source>(no type)</source>
        <translation>(sin tipo)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="591" />
        <source>Facility type</source>
        <translation>Tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="576" />
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/levels.py" line="269" />
        <source>{what}: '{key}' is not a hazard level. Give weights as alta=1;media=0.5;baja=0.2.</source>
        <translation>{what}: '{key}' no es un nivel de amenaza. Escriba los pesos así: alta=1;media=0.5;baja=0.2.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/levels.py" line="275" />
        <source>{what}: the weight of '{key}' must be a number of zero or more, not {value}.</source>
        <translation>{what}: el peso de '{key}' debe ser un número mayor o igual a cero, no {value}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/network.py" line="509" />
        <source>Road network: {nodes} nodes, {segments} segments, {km:.1f} km.</source>
        <translation>Malla vial: {nodes} nodos, {segments} segmentos, {km:.1f} km.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="195" />
        <source>{what}: the file '{path}' cannot be read ({error}).</source>
        <translation>{what}: no se puede leer el archivo '{path}' ({error}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="199" />
        <source>{what}: the file '{path}' does not exist. Give the path of a .json file or the JSON text.</source>
        <translation>{what}: el archivo '{path}' no existe. Indique la ruta de un archivo .json o escriba directamente el texto JSON.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="207" />
        <source>{what}: {source} is not valid JSON (line {line}, column {column}: {error}).</source>
        <translation>{what}: {source} no es un JSON válido (línea {line}, columna {column}: {error}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="226" />
        <source>SCENARIOS, scenario '{scenario}': '{key}' must be a number (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' debe ser un número (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="238" />
        <source>SCENARIOS, scenario '{scenario}': '{key}' is negative ({value}). Give a value of zero or more.</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' es negativo ({value}). Indique un valor mayor o igual a cero.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="244" />
        <source>SCENARIOS, scenario '{scenario}': '{key}' must be greater than zero (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' debe ser mayor que cero (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="250" />
        <source>SCENARIOS, scenario '{scenario}': '{key}' must be at least {low} and below {high} (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' debe ser mayor o igual a {low} y menor que {high} (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="250" />
        <source>SCENARIOS, scenario '{scenario}': '{key}' must be between {low} and {high} (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' debe estar entre {low} y {high} (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="277" />
        <source>SCENARIOS, scenario '{scenario}': '{key}' must be a whole year (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': '{key}' debe ser un año expresado como número entero (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="288" />
        <source>SCENARIOS: scenario number {n} is not a JSON object with the scenario's keys.</source>
        <translation>SCENARIOS: el escenario número {n} no es un objeto JSON con las claves de un escenario.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="293" />
        <source>number {n}</source>
        <translation>número {n}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="297" />
        <source>SCENARIOS, scenario '{scenario}': unknown key '{key}'. Accepted keys: {keys}.</source>
        <translation>SCENARIOS, escenario '{scenario}': clave desconocida '{key}'. Claves aceptadas: {keys}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="304" />
        <source>SCENARIOS, scenario '{scenario}': the key '{key}' is missing. Add it (the documentation of growth_scenarios lists every key).</source>
        <translation>SCENARIOS, escenario '{scenario}': falta la clave '{key}'. Agréguela (la documentación de growth_scenarios enumera todas las claves).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="312" />
        <source>SCENARIOS, scenario '{scenario}': the key 'growth_rate' or 'arrivals_per_year' is missing. Give one of them (growth_rate per year, 0.02 = 2 %; arrivals_per_year in persons).</source>
        <translation>SCENARIOS, escenario '{scenario}': falta la clave 'growth_rate' o 'arrivals_per_year'. Indique una de las dos (growth_rate anual, 0.02 = 2 %; arrivals_per_year en personas).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="319" />
        <source>SCENARIOS, scenario '{scenario}': give either 'growth_rate' or 'arrivals_per_year', not both.</source>
        <translation>SCENARIOS, escenario '{scenario}': indique 'growth_rate' o 'arrivals_per_year', pero no ambas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="328" />
        <source>SCENARIOS, scenario '{scenario}': horizon_year ({horizon}) must be later than base_year ({base}).</source>
        <translation>SCENARIOS, escenario '{scenario}': horizon_year ({horizon}) debe ser posterior a base_year ({base}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="334" />
        <source>SCENARIOS, scenario '{scenario}': from base_year to horizon_year there are more than {n} years. Check the years.</source>
        <translation>SCENARIOS, escenario '{scenario}': entre base_year y horizon_year hay más de {n} años. Revise los años.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="360" />
        <source>SCENARIOS, scenario '{scenario}': 'allocation' must be 'planned' or 'trend' (found {value}).</source>
        <translation>SCENARIOS, escenario '{scenario}': 'allocation' debe ser 'planned' ('planificado') o 'trend' ('tendencial') (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="379" />
        <source>Scenario '{scenario}': 'compactness' applies to planned allocation only; it is ignored.</source>
        <translation>Escenario '{scenario}': 'compactness' solo se aplica a la asignación planificada; se ignora.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="407" />
        <source>SCENARIOS: no scenario given. Write a JSON list with one object per scenario, or give the path of a .json file.</source>
        <translation>SCENARIOS: no se indicó ningún escenario. Escriba una lista JSON con un objeto por escenario o indique la ruta de un archivo .json.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="416" />
        <source>SCENARIOS: expected a JSON list with one object per scenario, or the path of a .json file.</source>
        <translation>SCENARIOS: se esperaba una lista JSON con un objeto por escenario, o la ruta de un archivo .json.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="423" />
        <source>SCENARIOS: the scenarios '{first}' and '{second}' have the same name (file names would collide). Give every scenario its own name.</source>
        <translation>SCENARIOS: los escenarios '{first}' y '{second}' tienen el mismo nombre (sus nombres de archivo coincidirían). Dé a cada escenario un nombre distinto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="439" />
        <source>SERVICE_STANDARDS: expected a JSON object with standards as keys, or the path of a .json file.</source>
        <translation>SERVICE_STANDARDS: se esperaba un objeto JSON con los estándares como claves, o la ruta de un archivo .json.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="446" />
        <source>SERVICE_STANDARDS: unknown key '{key}'. Accepted keys: {keys}.</source>
        <translation>SERVICE_STANDARDS: clave desconocida '{key}'. Claves aceptadas: {keys}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="454" />
        <source>SERVICE_STANDARDS: '{key}' must be a number (found {value}).</source>
        <translation>SERVICE_STANDARDS: '{key}' debe ser un número (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="460" />
        <source>SERVICE_STANDARDS: '{key}' is negative ({value}). Give a value of zero or more.</source>
        <translation>SERVICE_STANDARDS: '{key}' es negativo ({value}). Indique un valor mayor o igual a cero.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="467" />
        <source>SERVICE_STANDARDS: 'school_age_share' is a share between 0 and 1 (found {value}).</source>
        <translation>SERVICE_STANDARDS: 'school_age_share' es una proporción entre 0 y 1 (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="730" />
        <source>SUITABILITY: the raster holds no data (every cell is nodata). Run site_suitability again or choose another raster.</source>
        <translation>SUITABILITY: el ráster no contiene datos (todas las celdas son nodata). Ejecute de nuevo site_suitability o elija otro ráster.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="740" />
        <source>{layer}: no existing urban polygon. Nothing is excluded as already built, the SDG 11.3.1 ratio of the first year is left empty, and trend growth has no settlement to follow.</source>
        <translation>{layer}: no hay ningún polígono urbano existente. No se excluye nada como ya construido, el indicador ODS 11.3.1 del primer año queda vacío y el crecimiento tendencial no tiene asentamientos que seguir.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="753" />
        <source>{layer}: the field '{field}' does not exist. Choose the field that marks informal settlements.</source>
        <translation>{layer}: el campo '{field}' no existe. Elija el campo que identifica los asentamientos informales.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="763" />
        <source>{layer}: trend growth follows the {n} informal settlements (field '{field}').</source>
        <translation>{layer}: el crecimiento tendencial sigue a los {n} asentamientos informales (campo '{field}').</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="769" />
        <source>{layer}: no settlement is marked informal in the field '{field}'; trend growth follows all existing urban land.</source>
        <translation>{layer}: ningún asentamiento está marcado como informal en el campo '{field}'; el crecimiento tendencial sigue toda el área urbana existente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="776" />
        <source>{layer}: no field marks informal settlements; trend growth follows all existing urban land.</source>
        <translation>{layer}: ningún campo identifica los asentamientos informales; el crecimiento tendencial sigue toda el área urbana existente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="809" />
        <source>{layer}: no facility type field, so health and education cannot be told apart; the distance columns are left empty. Choose FACILITY_TYPE_FIELD.</source>
        <translation>{layer}: no hay campo de tipo de equipamiento, así que no se pueden distinguir los equipamientos de salud de los de educación; las columnas de distancia quedan vacías. Elija FACILITY_TYPE_FIELD.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="824" />
        <source>health</source>
        <translation>salud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="824" />
        <source>education</source>
        <translation>educación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="830" />
        <source>{layer}: no facility of type {types} in the field '{field}'; the distance to {what} is left empty.</source>
        <translation>{layer}: no hay equipamientos de tipo {types} en el campo '{field}'; la distancia a los equipamientos de {what} queda vacía.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="871" />
        <source>Scenario '{scenario}': no existing settlement to follow; trend cells are taken in random order.</source>
        <translation>Escenario '{scenario}': no hay asentamientos existentes que seguir; las celdas del crecimiento tendencial se toman en orden aleatorio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="973" />
        <source>Scenario '{scenario}': the land available for {rule} allocation runs out in {year}; {ha} ha of demand up to {horizon} could not be allocated (column unmet_demand_ha).</source>
        <translation>Escenario '{scenario}': el suelo disponible para la asignación ({rule}) se agota en {year}; {ha} ha de demanda hasta {horizon} no se pudieron asignar (columna unmet_demand_ha).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="985" />
        <source>Scenario '{scenario}' ({rule}): {ha} ha allocated in {cells} cells of {size} m, from {available} candidate cells.</source>
        <translation>Escenario '{scenario}' ({rule}): {ha} ha asignadas en {cells} celdas de {size} m, de {available} celdas candidatas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="33" />
        <source>Facility exposure to hazards</source>
        <translation>Exposición de equipamientos a amenazas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="53" />
        <source>Service facilities (health, education, early childhood...) as points or polygons.</source>
        <translation>Equipamientos de servicios (salud, educación, primera infancia...) como puntos o polígonos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="173" />
        <source>Facility type field</source>
        <translation>Campo de tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="58" />
        <source>Field with the facility type for the summary. Left empty, one named like tipo or type.</source>
        <translation>Campo con el tipo de equipamiento para el resumen. Si se deja vacío, se usa uno con un nombre como tipo o type.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="174" />
        <source>Capacity field</source>
        <translation>Campo de capacidad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="67" />
        <source>Capacity of each facility (numeric) summed in the summary. Left empty, one named like capacidad.</source>
        <translation>Capacidad de cada equipamiento (numérica), que se suma en el resumen. Si se deja vacío, se usa uno con un nombre como capacidad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="87" />
        <source>Facility exposure</source>
        <translation>Exposición de equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="88" />
        <source>The facilities with their highest hazard level per hazard type.</source>
        <translation>Los equipamientos con su nivel de amenaza más alto por tipo de amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="90" />
        <source>Facility exposure summary</source>
        <translation>Resumen de exposición de equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="399" />
        <source>facility type</source>
        <translation>tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="516" />
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="131" />
        <source>Computed in {crs}.</source>
        <translation>Calculado en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="47" />
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="48" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="49" />
        <source>Population added (persons)</source>
        <translation>Incremento de población (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="50" />
        <source>Households added</source>
        <translation>Incremento de hogares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="51" />
        <source>Dwellings needed</source>
        <translation>Viviendas requeridas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="52" />
        <source>Land demand (ha)</source>
        <translation>Demanda de suelo (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="53" />
        <source>Land allocated (ha)</source>
        <translation>Suelo asignado (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="54" />
        <source>Unmet land demand (ha)</source>
        <translation>Demanda de suelo no atendida (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="55" />
        <source>New population in high hazard (persons)</source>
        <translation>Población nueva en amenaza alta (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="56" />
        <source>New population in medium hazard (persons)</source>
        <translation>Población nueva en amenaza media (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="57" />
        <source>Share of new population in high or medium hazard (0-1)</source>
        <translation>Proporción de la población nueva en amenaza alta o media (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="58" />
        <source>Mean distance to health (m)</source>
        <translation>Distancia media a equipamientos de salud (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="59" />
        <source>Mean distance to education (m)</source>
        <translation>Distancia media a equipamientos de educación (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="60" />
        <source>School seats needed (seats)</source>
        <translation>Cupos escolares requeridos (cupos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="61" />
        <source>Health capacity needed (capacity units)</source>
        <translation>Capacidad de salud requerida (unidades de capacidad)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="62" />
        <source>Land consumption rate / population growth rate (SDG 11.3.1)</source>
        <translation>Tasa de consumo de suelo / tasa de crecimiento de la población (ODS 11.3.1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="139" />
        <source>For each scenario and year, the population added (compound growth rate or arrivals per year) is turned into households (÷ household size), dwellings (one per household) and land (ha = dwellings ÷ net density ÷ (1 − public space share)). That land is allocated on the cells of the suitability grid, never on existing urban land: planned growth takes the most suitable cells first (optionally preferring cells near the existing city), trend growth takes the cells nearest to informal settlements, hazards ignored, with a little random spread set by the seed. Equal scores are taken in cell order, so the same seed gives the same result.

Inputs: the suitability raster (0–1, nodata where nothing may be built), the existing urban polygons, the scenarios as JSON, and optionally hazard zones, facilities and service standards. Outputs: in the output folder, per scenario a GeoTIFF of the year each cell is developed and a GeoPackage of the growth by year; the SUMMARY table has one row per scenario and year with that year's land demand and allocation, unmet demand when the land runs out, new people in hazard zones, mean distance to health and education, school seats and health capacity needed, and the SDG 11.3.1 ratio of land consumption to population growth.</source>
        <translation>Para cada escenario y cada año, el incremento de población (por tasa de crecimiento compuesta o por llegadas anuales) se convierte en hogares (÷ tamaño del hogar), viviendas (una por hogar) y suelo (ha = viviendas ÷ densidad neta ÷ (1 − proporción de espacio público)). Ese suelo se asigna sobre las celdas de la cuadrícula de aptitud, nunca sobre el área urbana existente: el crecimiento planificado ocupa primero las celdas más aptas (con la opción de preferir las cercanas a la ciudad existente); el crecimiento tendencial ocupa las celdas más cercanas a los asentamientos informales, sin tener en cuenta las amenazas y con una pequeña dispersión aleatoria controlada por la semilla. Los empates de puntaje se resuelven en el orden de las celdas, de modo que la misma semilla da siempre el mismo resultado.

Entradas: el ráster de aptitud (0–1, sin datos donde no se puede construir), los polígonos del área urbana existente, los escenarios en JSON y, opcionalmente, las zonas de amenaza, los equipamientos y los estándares de dotación. Salidas: en la carpeta de salida, por cada escenario, un GeoTIFF con el año en que se urbaniza cada celda y un GeoPackage con el crecimiento por año; la tabla SUMMARY tiene una fila por escenario y año con la demanda y la asignación de suelo de ese año, la demanda no atendida cuando se agota el suelo, la población nueva en zonas de amenaza, la distancia media a equipamientos de salud y de educación, los cupos escolares y la capacidad de salud requeridos, y el indicador ODS 11.3.1 (relación entre la tasa de consumo de suelo y la tasa de crecimiento de la población).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="244" />
        <source>Suitability raster</source>
        <translation>Ráster de aptitud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="158" />
        <source>Suitability for new housing, 0 to 1, in a projected CRS in metres (the output of site suitability). Cells with nodata or 0 are never used by planned growth. Its grid is the grid of the allocation.</source>
        <translation>Aptitud para vivienda nueva, de 0 a 1, en un SRC proyectado en metros (la salida del algoritmo de aptitud del suelo). El crecimiento planificado nunca usa las celdas sin datos (nodata) o con valor 0. Su cuadrícula es la que se usa para la asignación.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="166" />
        <source>Existing urban land</source>
        <translation>Área urbana existente</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="169" />
        <source>Polygons already built (settlements or blocks work). Cells whose centre lies in one are never allocated; their area is the urban area of the base year in the SDG 11.3.1 ratio.</source>
        <translation>Polígonos ya construidos (sirven asentamientos o manzanas). Las celdas cuyo centro cae dentro de uno de ellos nunca se asignan; su superficie es el área urbana del año base en el indicador ODS 11.3.1.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="148" />
        <source>Informal settlement field</source>
        <translation>Campo de asentamiento informal</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="182" />
        <source>Field that marks informal settlements (true/false, 1/0, sí/no). Trend growth follows them. Detected by its name (informal, es_informal) when empty; without it trend growth follows all existing urban land.</source>
        <translation>Campo que identifica los asentamientos informales (true/false, 1/0, sí/no). El crecimiento tendencial se ubica junto a ellos. Si se deja vacío, se detecta por el nombre del campo (informal, es_informal); sin este campo, el crecimiento tendencial sigue toda el área urbana existente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="190" />
        <source>Scenarios (JSON or path of a .json file)</source>
        <translation>Escenarios (JSON o ruta de un archivo .json)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="192" />
        <source>A JSON list with one object per scenario, or the path of a .json file holding it. Keys: name, base_population, base_year, horizon_year, growth_rate (per year, 0.02 = 2 %) or arrivals_per_year (persons), household_size, density_dwellings_ha (net), public_space_share (0-1), allocation (planned or trend); optional compactness (0-1), compactness_distance_m, trend_noise_m, description.</source>
        <translation>Una lista JSON con un objeto por escenario, o la ruta de un archivo .json que la contenga. Claves: name, base_population, base_year, horizon_year, growth_rate (anual, 0.02 = 2 %) o arrivals_per_year (personas), household_size, density_dwellings_ha (neta), public_space_share (0-1), allocation (planned o trend); opcionales: compactness (0-1), compactness_distance_m, trend_noise_m, description.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="202" />
        <source>Hazard zones with a level (alta, media, baja). New people in cells of level alta or media (the highest level of any hazard type) are counted. Trend growth may also take cells without suitability data that lie in a hazard zone.</source>
        <translation>Zonas de amenaza con un nivel (alta, media, baja). Se cuenta la población nueva en celdas de nivel alta o media (el nivel más alto entre todos los tipos de amenaza). El crecimiento tendencial también puede ocupar celdas sin dato de aptitud que estén en una zona de amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="152" />
        <source>Hazard type field</source>
        <translation>Campo de tipo de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="153" />
        <source>Hazard level field</source>
        <translation>Campo de nivel de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="215" />
        <source>Service facilities (points; polygons use a point inside). The distance from each new cell to the nearest health and education facility is averaged per year.</source>
        <translation>Equipamientos (puntos; para los polígonos se usa un punto interior). La distancia de cada celda nueva al equipamiento de salud y al de educación más cercanos se promedia por año.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="228" />
        <source>Field with the facility type (salud, educación...). Detected when empty.</source>
        <translation>Campo con el tipo de equipamiento (salud, educación...). Si se deja vacío, se detecta automáticamente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="230" />
        <source>Facility types that count as health</source>
        <translation>Tipos de equipamiento que cuentan como salud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="238" />
        <source>Comma-separated type values; accents and case are ignored.</source>
        <translation>Valores de tipo separados por comas; no se distinguen tildes ni mayúsculas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="235" />
        <source>Facility types that count as education</source>
        <translation>Tipos de equipamiento que cuentan como educación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="135" />
        <source>Service standards (JSON)</source>
        <translation>Estándares de dotación (JSON)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="243" />
        <source>JSON object (or path of a .json file) with any of: school_age_share (default 0.22), seats_per_school_age_child (1), school_seats_per_1000 (overrides the two before), health_capacity_per_1000 (1000, in the unit of the facilities' capacity).</source>
        <translation>Objeto JSON (o ruta de un archivo .json) con cualquiera de estas claves: school_age_share (predeterminado 0.22), seats_per_school_age_child (1), school_seats_per_1000 (reemplaza a las dos anteriores), health_capacity_per_1000 (1000, en la unidad de capacidad de los equipamientos).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="139" />
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="254" />
        <source>Seed of the random spread of trend growth. The same seed gives the same result.</source>
        <translation>Semilla de la dispersión aleatoria del crecimiento tendencial. La misma semilla da el mismo resultado.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="257" />
        <source>Folder for &lt;scenario&gt;_growth_year.tif (year each cell is developed) and &lt;scenario&gt;_growth.gpkg (growth polygons by year) of every scenario. Files of the same names are replaced.</source>
        <translation>Carpeta para los archivos &lt;scenario&gt;_growth_year.tif (año en que se urbaniza cada celda) y &lt;scenario&gt;_growth.gpkg (polígonos de crecimiento por año) de cada escenario. Los archivos con el mismo nombre se reemplazan.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="191" />
        <source>Scenario summary</source>
        <translation>Resumen de escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="267" />
        <source>Table with one row per scenario and year, each holding that year's increment.</source>
        <translation>Tabla con una fila por escenario y año; cada fila contiene el incremento de ese año.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="269" />
        <source>Growth layers</source>
        <translation>Capas de crecimiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="297" />
        <source>{layer}: the suitability raster is not in a projected CRS in metres, so cell areas are not known. Reproject it (e.g. to EPSG:9377) or make it with site suitability.</source>
        <translation>{layer}: el ráster de aptitud no está en un SRC proyectado en metros, así que no se conoce el área de las celdas. Reproyéctelo (por ejemplo a EPSG:9377) o genérelo con el algoritmo de aptitud del suelo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="307" />
        <source>{layer}: the suitability raster cannot be read as a north-up GDAL raster file.</source>
        <translation>{layer}: el ráster de aptitud no se puede leer como un archivo ráster GDAL orientado al norte (sin rotación).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="314" />
        <source>{layer}: the suitability raster has cells that are not square. Resample it to square cells (Raster &gt; Projections &gt; Warp) and run again.</source>
        <translation>{layer}: el ráster de aptitud tiene celdas que no son cuadradas. Remuéstrelo a celdas cuadradas (Ráster &gt; Proyecciones &gt; Combar (reproyectar)) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="336" />
        <source>Areas and distances computed in {crs} (the CRS of the suitability raster), cells of {size} m.</source>
        <translation>Áreas y distancias calculadas en {crs} (el SRC del ráster de aptitud), con celdas de {size} m.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="342" />
        <source>informal settlement flag</source>
        <translation>indicador de asentamiento informal</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="85" />
        <source>hazard level</source>
        <translation>nivel de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="88" />
        <source>hazard type</source>
        <translation>tipo de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="396" />
        <source>year developed</source>
        <translation>año de urbanización</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="428" />
        <source>Growth scenarios computed in {crs}.</source>
        <translation>Escenarios de crecimiento calculados en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="448" />
        <source>{scenario}: year developed</source>
        <translation>{scenario}: año de urbanización</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="456" />
        <source>{scenario}: growth by year</source>
        <translation>{scenario}: crecimiento por año</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="81" />
        <source>Measures how far each settlement is from each type of service (health, education, early childhood...), in a straight line or over the road network, in metres or minutes. Each settlement is represented by a point inside it; over the network, settlements and facilities join the nearest road at walking speed, and shortest paths respect one-way streets when travelling by road. For each type it finds the nearest facility and whether it lies within the type's threshold, and, with capacities, computes a two-step floating catchment score (2SFCA, enhanced E2SFCA with sub-zone weights 1, 0.68, 0.22, or gaussian decay): each facility's capacity is shared among the population within its catchment, and each settlement adds up the shares it can reach.

Inputs: settlements (polygons or points) with population and optionally migrants, facilities (points) with type and capacity, optionally roads and reporting areas. Outputs: one row per settlement and facility type (nearest facility, cost, covered, reachable, access score per 1 000 people, score relative to the population-weighted city mean, underserved flag); one row per facility (population and migrants in its catchment, capacity, load = demand / capacity); and a summary per area and type with an area ALL.</source>
        <translation>Mide qué tan lejos está cada asentamiento de cada tipo de servicio (salud, educación, primera infancia...), en línea recta o por la malla vial, en metros o en minutos. Cada asentamiento se representa con un punto en su interior; por la malla vial, asentamientos y equipamientos se conectan a la vía más cercana a velocidad de caminata, y en los desplazamientos en vehículo las rutas más cortas respetan los sentidos viales. Para cada tipo se identifica el equipamiento más cercano y si está dentro del umbral del tipo; si hay capacidades, se calcula un puntaje de área de influencia flotante en dos pasos (2SFCA; E2SFCA mejorado, con pesos por subzona 1, 0.68 y 0.22; o decaimiento gaussiano): la capacidad de cada equipamiento se reparte entre la población de su área de influencia y cada asentamiento suma las cuotas de los equipamientos que alcanza.

Entradas: asentamientos (polígonos o puntos) con población y, opcionalmente, migrantes; equipamientos (puntos) con tipo y capacidad; y, opcionalmente, la malla vial y áreas de reporte. Salidas: una fila por asentamiento y tipo de equipamiento (equipamiento más cercano, costo, cubierto, alcanzable, puntaje de acceso por 1 000 personas, puntaje relativo a la media de la ciudad ponderada por población, indicador de acceso deficitario); una fila por equipamiento (población y migrantes en su área de influencia, capacidad, carga = demanda / capacidad); y un resumen por área y tipo, con un área ALL para toda la ciudad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="103" />
        <source>Settlements or census blocks (demand)</source>
        <translation>Asentamientos o manzanas (demanda)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="103" />
        <source>Where people live: settlement or block polygons (a point inside each is used) or points.</source>
        <translation>Dónde vive la población: polígonos de asentamientos o manzanas (se usa un punto interior de cada uno) o puntos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="146" />
        <source>Population field</source>
        <translation>Campo de población</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="120" />
        <source>Number of people in each settlement. Detected from its name (poblacion, population...) when empty.</source>
        <translation>Número de personas de cada asentamiento. Si se deja vacío, se detecta por el nombre del campo (poblacion, population...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="147" />
        <source>Migrants field</source>
        <translation>Campo de migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="126" />
        <source>Number of migrants in each settlement (optional; detected from its name when empty).</source>
        <translation>Número de migrantes de cada asentamiento (opcional; si se deja vacío, se detecta por el nombre del campo).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="88" />
        <source>Service facilities</source>
        <translation>Equipamientos de servicios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="173" />
        <source>Distance method</source>
        <translation>Método de distancia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="173" />
        <source>Straight line</source>
        <translation>Línea recta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="173" />
        <source>Straight line (quick, optimistic) or shortest path over the road network (needs the road layer).</source>
        <translation>Línea recta (rápida, optimista) o ruta más corta por la malla vial (requiere la capa de vías).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="179" />
        <source>Road centre lines, for the road network method. Roads connect where they share a vertex (within the snapping tolerance); crossing lines without a shared vertex do not connect.</source>
        <translation>Ejes viales, para el método por malla vial. Las vías se conectan donde comparten un vértice (dentro de la tolerancia de autoensamblado); las líneas que se cruzan sin un vértice común no se conectan.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="188" />
        <source>Speed field (km/h)</source>
        <translation>Campo de velocidad (km/h)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="188" />
        <source>Speed of each road in km/h, for travel times by road. Detected from its name when empty.</source>
        <translation>Velocidad de cada vía en km/h, para los tiempos de viaje en vehículo. Si se deja vacío, se detecta por el nombre del campo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="194" />
        <source>One-way field</source>
        <translation>Campo de sentido de circulación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="194" />
        <source>Marks one-way roads, applied when travelling by road: true/yes/si/1/FT = one-way in the direction the line was drawn, -1/TF = against it, false/no/0/N/empty = two-way. Detected from its name (un_sentido, oneway...) when empty.</source>
        <translation>Marca las vías de sentido único; se aplica en los desplazamientos en vehículo: true/yes/si/1/FT = sentido único en la dirección en que se dibujó la línea, -1/TF = en sentido contrario, false/no/0/N/vacío = doble sentido. Si se deja vacío, se detecta por el nombre del campo (un_sentido, oneway...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="224" />
        <source>Travel mode</source>
        <translation>Modo de desplazamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="224" />
        <source>Walking</source>
        <translation>A pie</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="224" />
        <source>By road (road speeds, one-way streets)</source>
        <translation>En vehículo (velocidades de las vías, sentidos viales)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="224" />
        <source>Walking: every road at the walking speed, both ways. By road: each road at its speed, one-way streets respected. Connections from points to the nearest road are always on foot.</source>
        <translation>A pie: todas las vías a la velocidad de caminata, en ambos sentidos. En vehículo: cada vía a su velocidad, respetando los sentidos únicos. Las conexiones de los puntos a la vía más cercana siempre se hacen a pie.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="236" />
        <source>Walking speed (km/h)</source>
        <translation>Velocidad de caminata (km/h)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="244" />
        <source>Walking speed in km/h, for walking times and for the walk between a point and its road.</source>
        <translation>Velocidad de caminata en km/h, para los tiempos a pie y para el tramo a pie entre un punto y su vía.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="245" />
        <source>Default road speed (km/h)</source>
        <translation>Velocidad vial predeterminada (km/h)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="245" />
        <source>Speed of roads with no valid speed in the speed field (or of all roads without a speed field).</source>
        <translation>Velocidad de las vías sin una velocidad válida en el campo de velocidad (o de todas las vías si no hay campo de velocidad).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="257" />
        <source>Cost unit</source>
        <translation>Unidad de costo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="257" />
        <source>Metres</source>
        <translation>Metros</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="257" />
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="257" />
        <source>Measure distance in metres or travel time in minutes; thresholds are in this unit.</source>
        <translation>Mide la distancia en metros o el tiempo de viaje en minutos; los umbrales se expresan en esta unidad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="261" />
        <source>Thresholds per facility type</source>
        <translation>Umbrales por tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="261" />
        <source>Maximum cost per type, in the cost unit, as type=value separated by ';' (for example salud=1500;educacion=800). Accents and case are ignored. It is also the catchment size of the floating catchment.</source>
        <translation>Costo máximo por tipo, en la unidad de costo, como tipo=valor separados por ';' (por ejemplo salud=1500;educacion=800). No se distinguen tildes ni mayúsculas. Es también el tamaño del área de influencia flotante.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="271" />
        <source>Default threshold (0 = 1 000 m or 15 min)</source>
        <translation>Umbral predeterminado (0 = 1 000 m o 15 min)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="271" />
        <source>Threshold for the types not listed in the thresholds, in the cost unit; 0 uses 1 000 m or 15 min.</source>
        <translation>Umbral para los tipos que no figuran en los umbrales por tipo, en la unidad de costo; con 0 se usan 1 000 m o 15 min.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="282" />
        <source>Access score</source>
        <translation>Puntaje de acceso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="282" />
        <source>None (nearest facility and coverage only)</source>
        <translation>Ninguno (solo equipamiento más cercano y cobertura)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="282" />
        <source>2SFCA (two-step floating catchment)</source>
        <translation>2SFCA (área de influencia flotante en dos pasos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="282" />
        <source>E2SFCA (enhanced, sub-zone weights 1, 0.68, 0.22)</source>
        <translation>E2SFCA (mejorado, pesos por subzona 1, 0.68, 0.22)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="282" />
        <source>Gaussian distance decay</source>
        <translation>Decaimiento gaussiano con la distancia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="282" />
        <source>Capacity-aware score: capacity per person that each settlement can reach, sharing each facility among everyone in its catchment. Needs the capacity field.</source>
        <translation>Puntaje que tiene en cuenta la capacidad: capacidad por persona que cada asentamiento puede alcanzar, repartiendo cada equipamiento entre todas las personas de su área de influencia. Requiere el campo de capacidad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="299" />
        <source>Underserved below this share of the city mean</source>
        <translation>Acceso deficitario por debajo de esta fracción de la media de la ciudad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="299" />
        <source>A settlement is underserved when its access score is below this share of the city mean (0.5 = half).</source>
        <translation>Un asentamiento tiene acceso deficitario cuando su puntaje de acceso está por debajo de esta fracción de la media de la ciudad (0.5 = la mitad).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="95" />
        <source>Reporting areas (comunas, barrios)</source>
        <translation>Áreas de reporte (comunas, barrios)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="310" />
        <source>Areas for the summary table (optional); each settlement counts in the area that contains its point.</source>
        <translation>Áreas para la tabla de resumen (opcional); cada asentamiento se cuenta en el área que contiene su punto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="176" />
        <source>Area name field</source>
        <translation>Campo de nombre del área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="319" />
        <source>Name of each area in the summary. Detected from its name (nombre, comuna...) when empty.</source>
        <translation>Nombre de cada área en el resumen. Si se deja vacío, se detecta por el nombre del campo (nombre, comuna...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="325" />
        <source>Snapping tolerance (m)</source>
        <translation>Tolerancia de autoensamblado (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="325" />
        <source>Road vertices closer than this distance in metres are joined into one node (digitising gaps).</source>
        <translation>Los vértices de las vías que estén a menos de esta distancia en metros se unen en un solo nodo (corrige huecos de digitalización).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="180" />
        <source>Access by settlement and type</source>
        <translation>Acceso por asentamiento y tipo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="337" />
        <source>Facility catchments and loads</source>
        <translation>Áreas de influencia y cargas de los equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="181" />
        <source>Access summary by area</source>
        <translation>Resumen de acceso por área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="345" />
        <source>One row per settlement and facility type, with the settlement's geometry.</source>
        <translation>Una fila por asentamiento y tipo de equipamiento, con la geometría del asentamiento.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="345" />
        <source>One point per facility with its catchment population and load.</source>
        <translation>Un punto por equipamiento con la población de su área de influencia y su carga.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="345" />
        <source>Population covered and mean cost per area and type, and for the whole city.</source>
        <translation>Población cubierta y costo medio por área y tipo, y para toda la ciudad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="360" />
        <source>The road network method needs a road layer: choose it in ROADS, or use the straight line method.</source>
        <translation>El método por malla vial necesita una capa de vías: elíjala en ROADS o use el método de línea recta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="173" />
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="176" />
        <source>migrants</source>
        <translation>migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="376" />
        <source>one-way</source>
        <translation>sentido de circulación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="381" />
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="191" />
        <source>area name</source>
        <translation>nombre del área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="439" />
        <source>Computed in {crs}. Costs in {unit}.</source>
        <translation>Calculado en {crs}. Costos en {unit}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="551" />
        <source>Settlement feature id</source>
        <translation>ID de elemento del asentamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="552" />
        <source>Settlement code</source>
        <translation>Código del asentamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="553" />
        <source>Settlement name</source>
        <translation>Nombre del asentamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="558" />
        <source>Nearest facility code</source>
        <translation>Código del equipamiento más cercano</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="559" />
        <source>Nearest facility name</source>
        <translation>Nombre del equipamiento más cercano</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="560" />
        <source>Cost to the nearest facility ({unit})</source>
        <translation>Costo al equipamiento más cercano ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="584" />
        <source>Distance to the road network (m)</source>
        <translation>Distancia a la malla vial (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="562" />
        <source>Reaches a facility</source>
        <translation>Alcanza un equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/access.py" line="56" />
        <source>Covered within the threshold</source>
        <translation>Cubierto dentro del umbral</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="564" />
        <source>Access score (capacity per 1 000 people)</source>
        <translation>Puntaje de acceso (capacidad por 1 000 personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="565" />
        <source>Access relative to the city mean (1 = mean)</source>
        <translation>Acceso relativo a la media de la ciudad (1 = media)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="566" />
        <source>Underserved</source>
        <translation>Acceso deficitario</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="572" />
        <source>Facility feature id</source>
        <translation>ID de elemento del equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="573" />
        <source>Facility code</source>
        <translation>Código del equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="574" />
        <source>Facility name</source>
        <translation>Nombre del equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="577" />
        <source>Catchment threshold ({unit})</source>
        <translation>Umbral del área de influencia ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="578" />
        <source>Population in catchment (persons)</source>
        <translation>Población en el área de influencia (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="579" />
        <source>Migrants in catchment (persons)</source>
        <translation>Migrantes en el área de influencia (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="580" />
        <source>Weighted demand in catchment (persons)</source>
        <translation>Demanda ponderada en el área de influencia (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="581" />
        <source>Load (weighted demand / capacity)</source>
        <translation>Carga (demanda ponderada / capacidad)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="582" />
        <source>Capacity per 1 000 people in catchment</source>
        <translation>Capacidad por 1 000 personas en el área de influencia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="583" />
        <source>Has demand in reach</source>
        <translation>Tiene demanda a su alcance</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="593" />
        <source>Population covered (persons)</source>
        <translation>Población cubierta (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="594" />
        <source>Share of population covered (0-1)</source>
        <translation>Proporción de población cubierta (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="596" />
        <source>Migrants covered (persons)</source>
        <translation>Migrantes cubiertos (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="597" />
        <source>Mean cost to the nearest facility, population-weighted ({unit})</source>
        <translation>Costo medio al equipamiento más cercano, ponderado por población ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="598" />
        <source>Settlements that reach no facility (count)</source>
        <translation>Asentamientos que no alcanzan ningún equipamiento (número)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="40" />
        <source>Settlement exposure to hazards</source>
        <translation>Exposición de asentamientos a amenazas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="66" />
        <source>Settlements, census blocks (polygons) or dwellings, buildings (points or polygons).</source>
        <translation>Asentamientos, manzanas (polígonos) o viviendas, edificaciones (puntos o polígonos).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="68" />
        <source>Identifier field</source>
        <translation>Campo identificador</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="68" />
        <source>Field that identifies each feature in the log messages. Left empty, one named like codigo or id.</source>
        <translation>Campo que identifica cada elemento en los mensajes del registro. Si se deja vacío, se usa uno con un nombre como codigo o id.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="68" />
        <source>Number of inhabitants (numeric). Left empty, one named like poblacion or population.</source>
        <translation>Número de habitantes (numérico). Si se deja vacío, se usa uno con un nombre como poblacion o population.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="68" />
        <source>Number of migrants (numeric). Left empty, one named like migrantes or migrants.</source>
        <translation>Número de migrantes (numérico). Si se deja vacío, se usa uno con un nombre como migrantes o migrants.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="68" />
        <source>Households field</source>
        <translation>Campo de hogares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="68" />
        <source>Number of households (numeric). Left empty, one named like hogares or households.</source>
        <translation>Número de hogares (numérico). Si se deja vacío, se usa uno con un nombre como hogares o households.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="107" />
        <source>Features are</source>
        <translation>Los elementos son</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="107" />
        <source>Automatic: polygons divisible, points indivisible</source>
        <translation>Automático: polígonos divisibles, puntos indivisibles</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="107" />
        <source>Divisible: split in proportion to area</source>
        <translation>Divisibles: se reparten en proporción al área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="107" />
        <source>Indivisible: whole feature at its highest level</source>
        <translation>Indivisibles: el elemento completo en su nivel más alto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="117" />
        <source>Divisible features are split in proportion to the area inside each level (uniform density). Indivisible features count whole at the highest level they touch (a point on a zone boundary touches the zone). Points are always indivisible.</source>
        <translation>Los elementos divisibles se reparten en proporción al área dentro de cada nivel (densidad uniforme). Los indivisibles se cuentan completos en el nivel más alto que tocan (un punto sobre el límite de una zona toca la zona). Los puntos siempre son indivisibles.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="126" />
        <source>Exposure index weights</source>
        <translation>Pesos del índice de exposición</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="129" />
        <source>Weight of each level in the exposure index, which is the sum over levels of weight times the share of the feature at that level (0 to 1 with the default weights alta=1.0;media=0.5;baja=0.2).</source>
        <translation>Peso de cada nivel en el índice de exposición, que es la suma, sobre los niveles, del peso multiplicado por la proporción del elemento en ese nivel (de 0 a 1 con los pesos predeterminados alta=1.0;media=0.5;baja=0.2).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/maps.py" line="89" />
        <source>Reporting areas</source>
        <translation>Áreas de reporte</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="139" />
        <source>Optional areas (comunas, barrios, UPZ) for the summary. Divisible features cut by an area boundary are split by area; indivisible ones go to the area that holds their point on surface; what lies outside every area is reported as '(outside areas)'.</source>
        <translation>Áreas opcionales (comunas, barrios, UPZ) para el resumen. Los elementos divisibles cortados por un límite de área se dividen por área; los indivisibles se asignan al área que contiene su punto en la superficie; lo que queda fuera de todas las áreas se reporta como '(fuera de las áreas)'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="150" />
        <source>Field with the area names. Left empty, one named like nombre or name (else the id).</source>
        <translation>Campo con los nombres de las áreas. Si se deja vacío, se usa uno con un nombre como nombre o name (si no hay, el id).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="178" />
        <source>Settlement exposure</source>
        <translation>Exposición de asentamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="153" />
        <source>The settlements with their exposure per hazard type and level.</source>
        <translation>Los asentamientos con su exposición por tipo y nivel de amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="179" />
        <source>Exposure summary</source>
        <translation>Resumen de exposición</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="158" />
        <source>Table: area_name, hazard_type, hazard_level, features, area_ha, population, migrants, households, population_share; one row per area, type and level (and 'none').</source>
        <translation>Tabla: area_name, hazard_type, hazard_level, features, area_ha, population, migrants, households, population_share; una fila por área, tipo y nivel (y 'none').</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="172" />
        <source>identifier</source>
        <translation>identificador</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="179" />
        <source>households</source>
        <translation>hogares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="210" />
        <source>Areas computed in {crs}.</source>
        <translation>Áreas calculadas en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="37" />
        <source>Polygons of hazard zones (flood, landslide, torrential flow...) with a level field. Zones of one type that overlap count once, at the highest level.</source>
        <translation>Polígonos de zonas de amenaza (inundación, movimiento en masa, avenida torrencial...) con un campo de nivel. Las zonas de un mismo tipo que se superponen se cuentan una sola vez, en el nivel más alto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="48" />
        <source>Field with the hazard type (inundación, movimiento en masa...). Each type is reported separately, plus 'any'. Left empty, a field named like tipo_amenaza or hazard_type is used if there is one; otherwise every zone is of the type given in 'Hazard type name'.</source>
        <translation>Campo con el tipo de amenaza (inundación, movimiento en masa...). Cada tipo se reporta por separado, además de 'any' (cualquier amenaza). Si se deja vacío, se usa un campo con un nombre como tipo_amenaza o hazard_type, si existe; si no, todas las zonas son del tipo indicado en 'Nombre del tipo de amenaza'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="57" />
        <source>Hazard type name (without a type field)</source>
        <translation>Nombre del tipo de amenaza (sin campo de tipo)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="60" />
        <source>Name of the single hazard type used when the hazard layer has no type field.</source>
        <translation>Nombre del único tipo de amenaza que se usa cuando la capa de amenazas no tiene campo de tipo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="65" />
        <source>Field with the hazard level: alta/media/baja, high/medium/low or 3/2/1 (case and accents ignored). Left empty, a field named like nivel or hazard_level is used. Zones with a null or unknown level are not hazards (they are counted in the log).</source>
        <translation>Campo con el nivel de amenaza: alta/media/baja, high/medium/low o 3/2/1 (sin distinguir mayúsculas ni tildes). Si se deja vacío, se usa un campo con un nombre como nivel o hazard_level. Las zonas con nivel nulo o desconocido no se tratan como amenaza (se informan en el registro).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="154" />
        <source>Level map</source>
        <translation>Equivalencia de niveles</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/hazard_inputs.py" line="74" />
        <source>Optional mapping of the layer's level values to alta, media, baja or none, e.g. 'Alta=alta;Media=media;Baja=baja;3=alta'. It extends the default map.</source>
        <translation>Equivalencia opcional entre los valores de nivel de la capa y alta, media, baja o none (ninguna), por ejemplo 'Alta=alta;Media=media;Baja=baja;3=alta'. Amplía la equivalencia predeterminada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="85" />
        <source>The most inconsistent judgement is {a} versus {b} (row {row}, column {col}): you gave {given}, the weights imply about {implied}. Revise that comparison first.</source>
        <translation>El juicio más inconsistente es {a} frente a {b} (fila {row}, columna {col}): usted indicó {given}, pero los pesos implican aproximadamente {implied}. Revise primero esa comparación.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="115" />
        <source>{what}: the value '{value}' in row {row}, column {col} is not a number or a fraction. Write numbers such as 3, 0.5 or 1/3.</source>
        <translation>{what}: el valor '{value}' de la fila {row}, columna {col} no es un número ni una fracción. Escriba números como 3, 0.5 o 1/3.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="127" />
        <source>{what}: the matrix is empty. Write rows separated by ';' and values by ',', e.g. '1,3;1/3,1'.</source>
        <translation>{what}: la matriz está vacía. Escriba las filas separadas por ';' y los valores por ',', por ejemplo '1,3;1/3,1'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="138" />
        <source>{what}: the matrix is not square ({rows} rows; values per row: {widths}). A comparison matrix of n criteria has n rows of n values.</source>
        <translation>{what}: la matriz no es cuadrada ({rows} filas; valores por fila: {widths}). Una matriz de comparación de n criterios tiene n filas de n valores.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="153" />
        <source>CRITERIA_NAMES: {k} names for a {n} x {n} matrix. Give one name per row, separated by commas.</source>
        <translation>CRITERIA_NAMES: hay {k} nombres para una matriz de {n} x {n}. Indique un nombre por fila, separados por comas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="170" />
        <source>row {row} ({a}), column {col} ({b})</source>
        <translation>fila {row} ({a}), columna {col} ({b})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="177" />
        <source>{what}: the matrix is not square (shape {shape}). A comparison matrix of n criteria is n x n.</source>
        <translation>{what}: la matriz no es cuadrada (dimensiones {shape}). Una matriz de comparación de n criterios es de n x n.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="184" />
        <source>{what}: {n} criteria; AHP consistency is defined here for at most {max} (Saaty's random index). Group related criteria and compare the groups first.</source>
        <translation>{what}: {n} criterios; aquí la consistencia AHP solo está definida para un máximo de {max} (índice aleatorio de Saaty). Agrupe los criterios relacionados y compare primero los grupos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="194" />
        <source>{what}: the value {value} at {cell} is not positive. Judgements are positive numbers (1 = equal importance, 3, 5, 7, 9 = more important; 1/3 ... 1/9 = less important).</source>
        <translation>{what}: el valor {value} en la {cell} no es positivo. Los juicios son números positivos (1 = igual importancia; 3, 5, 7, 9 = más importante; 1/3 ... 1/9 = menos importante).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="203" />
        <source>{what}: the diagonal value at {cell} is {value}; a criterion compared with itself is 1.</source>
        <translation>{what}: el valor de la diagonal en la {cell} es {value}; un criterio comparado consigo mismo vale 1. Escriba 1 en la diagonal.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="212" />
        <source>{what}: the matrix is not reciprocal at {cell}: {aij} there but {aji} at row {col}, column {row}. Write 1/{aij} at row {col}, column {row}.</source>
        <translation>{what}: la matriz no es recíproca en la {cell}: allí hay {aij}, pero en la fila {col}, columna {row} hay {aji}. Escriba 1/{aij} en la fila {col}, columna {row}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/exposure.py" line="129" />
        <source>High (alta)</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/exposure.py" line="129" />
        <source>Medium (media)</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/exposure.py" line="129" />
        <source>Low (baja)</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="197" />
        <source>No exposure by area to show (run the exposure with reporting areas).</source>
        <translation>No hay exposición por área para mostrar (ejecute el análisis de exposición con áreas de reporte).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="302" />
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="247" />
        <source>No access results to show.</source>
        <translation>No hay resultados de acceso para mostrar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="128" />
        <source>Coverage by facility type</source>
        <translation>Cobertura por tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="298" />
        <source>No scenarios to show.</source>
        <translation>No hay escenarios para mostrar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="322" />
        <source>allocated</source>
        <translation>asignado</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="302" />
        <source>school places</source>
        <translation>cupos escolares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="303" />
        <source>health capacity</source>
        <translation>capacidad de salud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="184" />
        <source>CRITERIA: the file '{path}' does not exist.</source>
        <translation>CRITERIA: el archivo '{path}' no existe. Revise la ruta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="190" />
        <source>CRITERIA: the JSON is not valid ({error}, line {line}, column {col}). See docs/criteria_schema.md.</source>
        <translation>CRITERIA: el JSON no es válido ({error}, línea {line}, columna {col}). Consulte docs/criteria_schema.md.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="196" />
        <source>CRITERIA: the JSON must be an object with 'criteria' and optionally 'constraints'.</source>
        <translation>CRITERIA: el JSON debe ser un objeto con 'criteria' y, opcionalmente, 'constraints'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="216" />
        <source>CRITERIA: every entry of '{what}' needs a 'name'.</source>
        <translation>CRITERIA: cada entrada de '{what}' necesita un 'name'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="230" />
        <source>CRITERIA: unknown preset '{preset}'. Use one of: {names}.</source>
        <translation>CRITERIA: configuración predefinida desconocida '{preset}'. Use una de: {names}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="238" />
        <source>CRITERIA: unknown keys ignored: {keys}.</source>
        <translation>CRITERIA: se ignoran las claves desconocidas: {keys}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="264" />
        <source>{what}: '{key}' must be a number (found {value}).</source>
        <translation>{what}: '{key}' debe ser un número (se encontró {value}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="275" />
        <source>{what}: unknown standardisation '{f}'. Use one of: {names}.</source>
        <translation>{what}: estandarización desconocida '{f}'. Use una de: {names}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="282" />
        <source>{what}: 'direction' must be 'increasing' or 'decreasing' (found '{d}').</source>
        <translation>{what}: 'direction' debe ser 'increasing' (creciente) o 'decreasing' (decreciente) (se encontró '{d}').</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="290" />
        <source>{what}: the breakpoints must satisfy a &lt; b (found a = {a}, b = {b}).</source>
        <translation>{what}: los puntos de quiebre deben cumplir a &lt; b (se encontró a = {a}, b = {b}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="298" />
        <source>{what}: 'spread' must be positive.</source>
        <translation>{what}: 'spread' (dispersión) debe ser un número positivo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="305" />
        <source>{what}: a 'table' standardisation needs 'scores', e.g. {{"urbano": 0.8, "rural": 0.4}}.</source>
        <translation>{what}: una estandarización 'table' necesita 'scores', por ejemplo {{"urbano": 0.8, "rural": 0.4}}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="314" />
        <source>{what}: the score of '{key}' is {value}; scores lie between 0 and 1.</source>
        <translation>{what}: el puntaje de '{key}' es {value}; los puntajes deben estar entre 0 y 1.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="352" />
        <source>WEIGHTS: there is no criterion '{key}'. The criteria are: {names}.</source>
        <translation>WEIGHTS: no existe el criterio '{key}'. Los criterios son: {names}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="362" />
        <source>WEIGHTS: write numbers separated by commas ('0.3,0.2,...') or name=value pairs ('slope=0.2;...').</source>
        <translation>WEIGHTS: escriba números separados por comas ('0.3,0.2,...') o pares nombre=valor ('slope=0.2;...').</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="369" />
        <source>WEIGHTS: {k} numbers for {n} criteria ({names}). Give one weight per criterion in that order.</source>
        <translation>WEIGHTS: hay {k} números para {n} criterios ({names}). Indique un peso por criterio, en ese orden.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="386" />
        <source>AHP_MATRIX: a {n} x {n} matrix for {k} criteria ({names}). Compare the criteria in that order.</source>
        <translation>AHP_MATRIX: matriz de {n} x {n} para {k} criterios ({names}). Compare los criterios en ese orden.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="444" />
        <source>{what}: 'where' needs a 'field' and a list of 'values'.</source>
        <translation>{what}: 'where' necesita un 'field' y una lista de 'values'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="446" />
        <source>{layer}: no field '{field}' (needed by {what}). Choose the field in the algorithm's parameters.</source>
        <translation>{layer}: no existe el campo '{field}' (lo requiere {what}). Elija el campo en los parámetros del algoritmo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="460" />
        <source>Both AHP_MATRIX and WEIGHTS were given: the AHP weights are used.</source>
        <translation>Se indicaron AHP_MATRIX y WEIGHTS: se usan los pesos AHP.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="472" />
        <source>CRITERIA: {names} have no weight; they take the mean of the others ({w:.3f}).</source>
        <translation>CRITERIA: {names} no tienen peso; se les asigna la media de los demás ({w:.3f}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="498" />
        <source>CRITERIA: every criterion needs a 'name'.</source>
        <translation>CRITERIA: cada criterio necesita un 'name'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="500" />
        <source>CRITERIA: two criteria are named '{name}'.</source>
        <translation>CRITERIA: hay dos criterios con el nombre '{name}'. Use nombres distintos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="507" />
        <source>CRITERIA, criterion '{name}'</source>
        <translation>CRITERIA, criterio '{name}'</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="511" />
        <source>{what}: unknown source type '{t}'. Use one of: {names}.</source>
        <translation>{what}: tipo de fuente desconocido '{t}'. Use uno de: {names}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="518" />
        <source>{what}: the source needs an 'input' (e.g. "ROADS") or a 'path'.</source>
        <translation>{what}: la fuente necesita un 'input' (por ejemplo "ROADS") o un 'path'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="520" />
        <source>{what}: unknown input '{key}'. Use one of: {names}, or a 'path'.</source>
        <translation>{what}: entrada desconocida '{key}'. Use una de: {names}, o un 'path'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="542" />
        <source>No criterion can be computed: none of the inputs the criteria need was given ({names}). Give at least one of them, or define criteria in CRITERIA.</source>
        <translation>No se puede calcular ningún criterio: no se indicó ninguna de las entradas que necesitan los criterios ({names}). Indique al menos una de ellas o defina criterios en CRITERIA.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="555" />
        <source>Criterion '{name}' has weight 0 and is left out.</source>
        <translation>El criterio '{name}' tiene peso 0 y se excluye.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="557" />
        <source>WEIGHTS: all weights are zero; give at least one criterion a positive weight.</source>
        <translation>WEIGHTS: todos los pesos son cero; asigne un peso positivo al menos a un criterio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="560" />
        <source>Weights renormalised over the criteria used: {weights}.</source>
        <translation>Pesos renormalizados sobre los criterios usados: {weights}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="610" />
        <source>{what}: the input {key} is not a raster.</source>
        <translation>{what}: la entrada {key} no es un ráster.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="614" />
        <source>{what}: unknown resampling '{r}'.</source>
        <translation>{what}: método de remuestreo desconocido '{r}'. Use nearest, bilinear, cubic, average o mode.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="624" />
        <source>{what}: the input {key} is a raster; use source type 'raster'.</source>
        <translation>{what}: la entrada {key} es un ráster; use el tipo de fuente 'raster'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="630" />
        <source>{what}: a distance cannot use a 'table' standardisation.</source>
        <translation>{what}: una distancia no puede usar una estandarización 'table'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="634" />
        <source>{what}: give 'max_distance' (m) in the source: this standardisation never becomes constant.</source>
        <translation>{what}: indique 'max_distance' (m) en la fuente: esta estandarización nunca llega a un valor constante.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="642" />
        <source>{label}: no features in {layer}; the criterion is constant ({value:.3g}, as if the nearest one were farther than {cap:g} m).</source>
        <translation>{label}: no hay elementos en {layer}; el criterio es constante ({value:.3g}, como si el más cercano estuviera a más de {cap:g} m).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="657" />
        <source>{layer}: no field '{field}' for {what}. Choose the field in the algorithm's parameters.</source>
        <translation>{layer}: no existe el campo '{field}' para {what}. Elija el campo en los parámetros del algoritmo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="668" />
        <source>{layer}: classes without a score in {what}: {classes}; they take the default score {d}.</source>
        <translation>{layer}: clases sin puntaje en {what}: {classes}; reciben el puntaje predeterminado {d}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="679" />
        <source>{label}: no features in {layer}; the criterion is constant.</source>
        <translation>{label}: no hay elementos en {layer}; el criterio es constante.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="706" />
        <source>CRITERIA, constraint '{name}'</source>
        <translation>CRITERIA, restricción '{name}'</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="709" />
        <source>{what}: 'action' must be 'exclude' or 'nodata'.</source>
        <translation>{what}: 'action' debe ser 'exclude' (excluir) o 'nodata' (sin datos).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="724" />
        <source>{what}: give 'above' or 'below' (a raw value of the criterion).</source>
        <translation>{what}: indique 'above' o 'below' (un valor del criterio sin estandarizar).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="739" />
        <source>{what}: give an 'input', a 'path' or a 'criterion'.</source>
        <translation>{what}: indique un 'input', un 'path' o un 'criterion'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="751" />
        <source>{what}: the input {key} is a raster; constraints use polygons.</source>
        <translation>{what}: la entrada {key} es un ráster; las restricciones usan polígonos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="758" />
        <source>Constraint '{name}': {n} polygons of {layer} ({action}).</source>
        <translation>Restricción '{name}': {n} polígonos de {layer} ({action}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="228" />
        <source>{label}: the maximum distance must be a positive number of metres.</source>
        <translation>{label}: la distancia máxima debe ser un número positivo de metros.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="447" />
        <source>ORDER_WEIGHTS: {k} values for {n} criteria. Give one order weight per criterion (the first applies to each cell's best criterion value).</source>
        <translation>ORDER_WEIGHTS: hay {k} valores para {n} criterios. Indique un peso de orden por criterio (el primero se aplica al mejor valor de criterio de cada celda).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="454" />
        <source>ORDER_WEIGHTS: order weights must be non-negative numbers, not all zero.</source>
        <translation>ORDER_WEIGHTS: los pesos de orden deben ser números mayores o iguales a cero, y no todos cero.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="483" />
        <source>ORNESS: {value} is outside 0-1 (1 = maximum, 0.5 = WLC, 0 = minimum).</source>
        <translation>ORNESS: {value} está fuera del rango 0-1 (1 = máximo, 0.5 = WLC, 0 = mínimo).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="545" />
        <source>{what}: weights must be non-negative numbers.</source>
        <translation>{what}: los pesos deben ser números mayores o iguales a cero.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="548" />
        <source>{what}: all weights are zero; give at least one criterion a positive weight.</source>
        <translation>{what}: todos los pesos son cero; asigne un peso positivo al menos a un criterio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="552" />
        <source>{what}: the weights summed to {total:.4g}; they were divided by that sum ({weights}).</source>
        <translation>{what}: los pesos sumaban {total:.4g}; se dividieron por esa suma ({weights}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="733" />
        <source>{label}: no value anywhere in the area of interest. Check that the layer covers the AOI and is not all nodata, or leave that input out.</source>
        <translation>{label}: no hay ningún valor en el área de interés. Compruebe que la capa cubra el área de interés (AOI) y que no sea toda sin datos (nodata), o no use esa entrada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="739" />
        <source>{label}: {share:.1f} % of the area of interest has no value; those cells are nodata.</source>
        <translation>{label}: el {share:.1f} % del área de interés no tiene valor; esas celdas quedan sin datos (nodata).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="789" />
        <source>CLASS_METHOD: unknown method '{m}'.</source>
        <translation>CLASS_METHOD: método desconocido '{m}'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="791" />
        <source>No criterion can be computed: give at least one input (facilities, roads, DEM, ...) or CRITERIA.</source>
        <translation>No se puede calcular ningún criterio: indique al menos una entrada (equipamientos, vías, MDE, ...) o CRITERIA.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="837" />
        <source>No cell centre lies inside the area of interest (or all of it is masked): the result is all nodata. Use a smaller cell size.</source>
        <translation>Ningún centro de celda cae dentro del área de interés (o toda el área está enmascarada): el resultado queda completamente sin datos (nodata). Use un tamaño de celda menor.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="1235" />
        <source>{name}: it holds all the weight, so the other weights cannot be rescaled; run skipped.</source>
        <translation>{name}: concentra todo el peso, por lo que los demás pesos no se pueden reescalar; se omite esta ejecución.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="42" />
        <source>AHP weights (pairwise comparison)</source>
        <translation>Pesos AHP (comparación por pares)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="45" />
        <source>Analytic Hierarchy Process (Saaty). Each cell a_ij of the matrix says how much more important criterion i is than criterion j (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3 ... 1/9 the reverse). The weights are the principal eigenvector of the matrix, normalised to sum 1; CI = (lambda max - n)/(n - 1) and CR = CI/RI with Saaty's random index. A CR of 0.10 or more means the judgements contradict each other: the log names the most inconsistent pair (Saaty's error a_ij w_j / w_i farthest from 1).

Input: the matrix as text, rows separated by ';' and values by ',' (fractions allowed), and optional criterion names. Outputs: the weights as comma-separated text in the same order (ready for the WEIGHTS parameter of Site suitability), CR, CI, lambda max, whether the matrix is consistent, and a table criterion, weight, rank.</source>
        <translation>Proceso de Análisis Jerárquico (AHP, Saaty). Cada celda a_ij de la matriz indica cuánto más importante es el criterio i que el criterio j (1 igual importancia, 3 moderada, 5 fuerte, 7 muy fuerte, 9 extrema; 1/3 ... 1/9, la relación inversa). Los pesos son el vector propio principal de la matriz, normalizado para que sume 1; el índice de consistencia es CI = (lambda max - n)/(n - 1) y la razón de consistencia es CR = CI/RI, donde RI es el índice aleatorio de Saaty. Una CR de 0.10 o más indica que los juicios se contradicen entre sí: el registro señala el par más inconsistente (aquel cuyo error de Saaty a_ij w_j / w_i está más lejos de 1).

Entrada: la matriz como texto, con las filas separadas por ';' y los valores por ',' (se admiten fracciones), y, opcionalmente, los nombres de los criterios. Salidas: los pesos como texto separado por comas, en el mismo orden (listos para el parámetro WEIGHTS de Aptitud del suelo para vivienda), CR, CI, lambda max, si la matriz es consistente o no, y una tabla con criterio, peso y puesto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="59" />
        <source>Comparison matrix</source>
        <translation>Matriz de comparación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="60" />
        <source>Rows separated by ';', values by ','; fractions allowed: '1,3,5;1/3,1,3;1/5,1/3,1'.</source>
        <translation>Filas separadas por ';' y valores por ','; se admiten fracciones: '1,3,5;1/3,1,3;1/5,1/3,1'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="62" />
        <source>Criterion names</source>
        <translation>Nombres de los criterios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="63" />
        <source>Comma-separated names in the order of the rows; C1, C2 ... when empty.</source>
        <translation>Nombres separados por comas, en el orden de las filas; si se deja vacío, se usan C1, C2 ...</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="65" />
        <source>Maximum consistency ratio</source>
        <translation>Razón de consistencia máxima</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="72" />
        <source>Judgements are consistent when CR is below this value (Saaty: 0.10).</source>
        <translation>Los juicios se consideran consistentes cuando CR es menor que este valor (Saaty: 0.10).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="74" />
        <source>Stop when the matrix is inconsistent</source>
        <translation>Detener si la matriz es inconsistente</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="77" />
        <source>Stop with an error (useful in models) instead of a warning when CR reaches the maximum.</source>
        <translation>Detiene el algoritmo con un error (útil en modelos), en lugar de emitir una advertencia, cuando CR alcanza el máximo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="182" />
        <source>AHP weights table</source>
        <translation>Tabla de pesos AHP</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="80" />
        <source>Table with criterion, weight and rank (1 = heaviest).</source>
        <translation>Tabla con criterio, peso y puesto (1 = el de mayor peso).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="82" />
        <source>Weights (comma-separated)</source>
        <translation>Pesos (separados por comas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="83" />
        <source>Consistency ratio (CR)</source>
        <translation>Razón de consistencia (CR)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="84" />
        <source>Consistency index (CI)</source>
        <translation>Índice de consistencia (CI)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="85" />
        <source>Principal eigenvalue (lambda max)</source>
        <translation>Valor propio principal (lambda max)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="86" />
        <source>Consistent</source>
        <translation>Consistente</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="97" />
        <source>AHP over {n} criteria: weights {weights}; lambda max {lam:.4f}, CI {ci:.4f}, CR {cr:.4f}.</source>
        <translation>AHP sobre {n} criterios: pesos {weights}; lambda max {lam:.4f}, CI {ci:.4f}, CR {cr:.4f}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="107" />
        <source>The consistency ratio {cr:.3f} is not below {max:.2f}. {detail}</source>
        <translation>La razón de consistencia {cr:.3f} no es menor que {max:.2f}. {detail}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="114" />
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="114" />
        <source>Weight (0-1)</source>
        <translation>Peso (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/ahp_weights.py" line="114" />
        <source>Rank (1 = heaviest)</source>
        <translation>Puesto (1 = el de mayor peso)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="57" />
        <source>Area (m²)</source>
        <translation>Área (m²)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="58" />
        <source>Cells (centre inside)</source>
        <translation>Celdas (con el centro dentro del predio)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="59" />
        <source>Mean suitability (0-1)</source>
        <translation>Aptitud media (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="60" />
        <source>Minimum suitability (0-1)</source>
        <translation>Aptitud mínima (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="61" />
        <source>Maximum suitability (0-1)</source>
        <translation>Aptitud máxima (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="62" />
        <source>Share in the two best classes (0-1)</source>
        <translation>Proporción en las dos mejores clases (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="63" />
        <source>Share excluded or unsuitable (0-1)</source>
        <translation>Proporción excluida o no apta (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="64" />
        <source>Share without data (0-1)</source>
        <translation>Proporción sin datos (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="65" />
        <source>Rank (1 = best)</source>
        <translation>Puesto (1 = el mejor)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="82" />
        <source>Rank candidate sites</source>
        <translation>Ordenar predios candidatos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="85" />
        <source>Zonal statistics of a suitability raster (0-1, as written by Site suitability) for each candidate parcel: the cells whose centre lies in the parcel (a parcel smaller than a cell takes the cell under a point on its surface) give the mean, minimum and maximum suitability, the share of cells in the two best classes (class breaks read from the raster's metadata, else 0.6 and above), the share excluded or unsuitable (value 0) and the share without data. Parcels are ranked by mean suitability, 1 = best, ties broken by the parcel id.

Optional exposure and access layers (for example the outputs of Settlement exposure and Service access) are joined generically: every numeric field, averaged over the parcel weighted by the overlapping area for polygons, or taken from the nearest feature for points and lines. The output is the parcel layer with these fields, sorted by rank.</source>
        <translation>Estadísticas zonales de un ráster de aptitud (0-1, como el que genera Aptitud del suelo para vivienda) para cada predio candidato: las celdas cuyo centro cae dentro del predio (un predio más pequeño que una celda toma la celda que está bajo un punto en su superficie) dan la aptitud media, mínima y máxima, la proporción de celdas en las dos mejores clases (con los límites de clase leídos de los metadatos del ráster o, si no los hay, los valores de 0.6 o más), la proporción excluida o no apta (valor 0) y la proporción sin datos. Los predios se ordenan por aptitud media (puesto 1 = el mejor) y los empates se resuelven por el identificador del predio.

Las capas opcionales de exposición y de acceso (por ejemplo, las salidas de Exposición de asentamientos a amenazas y de Acceso a equipamientos) se unen de forma genérica: cada campo numérico se promedia sobre el predio, ponderado por el área superpuesta, si la capa es de polígonos, o se toma del elemento más cercano, si es de puntos o de líneas. La salida es la capa de predios con estos campos, ordenada por puesto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="99" />
        <source>Parcels (predios) or sites to compare; their attributes are kept.</source>
        <translation>Predios u otros sitios que se quieren comparar; se conservan sus atributos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="177" />
        <source>Parcel id field</source>
        <translation>Campo identificador del predio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="223" />
        <source>Field that identifies a parcel, used to break ties; detected by its name when empty.</source>
        <translation>Campo que identifica cada predio; se usa para resolver empates. Si se deja vacío, se detecta por el nombre del campo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="100" />
        <source>Suitability raster (0-1)</source>
        <translation>Ráster de aptitud (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="101" />
        <source>The suitability output of Site suitability, or any raster where 0 is unsuitable and 1 best.</source>
        <translation>El ráster de aptitud que genera Aptitud del suelo para vivienda, o cualquier ráster en el que 0 significa no apto y 1, la mejor aptitud.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="105" />
        <source>Exposure layer to join</source>
        <translation>Capa de exposición para unir</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="108" />
        <source>For example the output of Settlement exposure: its numeric fields are joined as exp_*.</source>
        <translation>Por ejemplo, la salida de Exposición de asentamientos a amenazas: sus campos numéricos se unen como exp_*.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="110" />
        <source>Access layer to join</source>
        <translation>Capa de acceso para unir</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="113" />
        <source>For example the output of Service access: its numeric fields are joined as acc_*.</source>
        <translation>Por ejemplo, la salida de Acceso a equipamientos: sus campos numéricos se unen como acc_*.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="115" />
        <source>Ranked candidate sites</source>
        <translation>Predios candidatos ordenados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="118" />
        <source>The parcels with area, suitability statistics, shares and rank, best first.</source>
        <translation>Los predios con su área, estadísticas de aptitud, proporciones y puesto, del mejor al peor.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="315" />
        <source>{layer}: only file rasters (GDAL) can be used; save the layer as a GeoTIFF first.</source>
        <translation>{layer}: solo se pueden usar rásteres guardados en archivo (GDAL); guarde primero la capa como GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="242" />
        <source>parcel id</source>
        <translation>identificador del predio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="143" />
        <source>{layer}: no parcels; the output is empty.</source>
        <translation>{layer}: no hay predios; la salida queda vacía.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="152" />
        <source>{n} parcels have no suitability value (outside the raster or nodata); they rank last.</source>
        <translation>{n} predios no tienen valor de aptitud (están fuera del ráster o sin datos); quedan en los últimos puestos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="163" />
        <source>{layer}: {n} numeric fields joined with the prefix {prefix}_.</source>
        <translation>{layer}: se unieron {n} campos numéricos con el prefijo {prefix}_.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="178" />
        <source>Computed in {crs}; top classes from {t:.3g}.</source>
        <translation>Calculado en {crs}; dos mejores clases a partir de {t:.3g}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="200" />
        <source>{layer}: class breaks {breaks} from the raster metadata.</source>
        <translation>{layer}: límites de clase {breaks} tomados de los metadatos del ráster.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="202" />
        <source>{layer}: no class breaks in the metadata; the two best classes are values of {t:g} and above.</source>
        <translation>{layer}: no hay límites de clase en los metadatos; las dos mejores clases corresponden a valores de {t:g} o más.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/rank_candidate_sites.py" line="243" />
        <source>{layer} is resampled (nearest) to {cell:.3g} m cells in the metric CRS.</source>
        <translation>{layer} se remuestrea (vecino más cercano) a celdas de {cell:.3g} m en el SRC métrico.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="39" />
        <source>Site suitability for housing</source>
        <translation>Aptitud del suelo para vivienda</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/suitability.py" line="155" />
        <source>Suitability (0-1)</source>
        <translation>Aptitud (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="60" />
        <source>Suitability from 0 (unsuitable or excluded) to 1 (best), float32 GeoTIFF with nodata.</source>
        <translation>Aptitud de 0 (no apta o excluida) a 1 (la mejor), GeoTIFF float32 con valor sin datos (nodata).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="184" />
        <source>Suitability classes</source>
        <translation>Clases de aptitud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="65" />
        <source>Classes 5 muy alta, 4 alta, 3 media, 2 baja, 1 muy baja and 0 excluded by a constraint (255 nodata).</source>
        <translation>Clases 5 muy alta, 4 alta, 3 media, 2 baja, 1 muy baja y 0 excluida por una restricción (255 = sin datos).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="69" />
        <source>Folder for the standardised criteria</source>
        <translation>Carpeta para los criterios estandarizados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="72" />
        <source>When set, each standardised criterion (0-1) is written there as &lt;name&gt;.tif.</source>
        <translation>Si se indica, cada criterio estandarizado (0-1) se escribe allí como &lt;name&gt;.tif.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="74" />
        <source>Weights used</source>
        <translation>Pesos usados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="75" />
        <source>AHP consistency ratio</source>
        <translation>Razón de consistencia AHP</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="132" />
        <source>Class breaks ({method}): {breaks}. Area per class (ha): {areas}.</source>
        <translation>Límites de clase ({method}): {breaks}. Área por clase (ha): {areas}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="141" />
        <source>Rows per block: {rows} (of {height}); cells valid {valid}, excluded {excluded}, nodata {nodata}.</source>
        <translation>Filas por bloque: {rows} (de {height}); celdas válidas {valid}, excluidas {excluded}, sin datos {nodata}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="30" />
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="31" />
        <source>Criterion changed</source>
        <translation>Criterio modificado</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="32" />
        <source>Change of its weight (%)</source>
        <translation>Cambio de su peso (%)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="33" />
        <source>Its new weight</source>
        <translation>Su nuevo peso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="34" />
        <source>All weights</source>
        <translation>Todos los pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="35" />
        <source>Spearman correlation with the base ranking</source>
        <translation>Correlación de Spearman con el orden base</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="36" />
        <source>Base top parcels still in the top</source>
        <translation>Predios de los primeros puestos base que se mantienen</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="77" />
        <source>Size of the top</source>
        <translation>Número de primeros puestos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="38" />
        <source>Area of the two best classes (ha)</source>
        <translation>Área de las dos mejores clases (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="39" />
        <source>Change of that area (ha)</source>
        <translation>Cambio de esa área (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="40" />
        <source>Change of that area (%)</source>
        <translation>Cambio de esa área (%)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="56" />
        <source>Weight sensitivity of the site ranking</source>
        <translation>Sensibilidad del orden de predios a los pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="59" />
        <source>One-at-a-time sensitivity analysis of the suitability weights. The criteria are computed and standardised once, exactly as in Site suitability; then each weight in turn is changed by -20, -10, +10 and +20 % of its value (the others rescaled so that the weights still sum to 1) and the suitability recombined. For each run the candidate parcels are ranked by mean suitability and compared with the base run: Spearman's rank correlation, how many of the base top 10 stay in the top 10, and the change in the area of the two best classes (base class breaks).

Inputs are those of Site suitability plus the candidate parcels. The output table has one row per run, the base run first. Correlations near 1 and a stable top 10 tell a council that the recommendation does not hinge on the exact weights.</source>
        <translation>Análisis de sensibilidad de los pesos de aptitud, cambiando un peso a la vez. Los criterios se calculan y estandarizan una sola vez, exactamente como en Aptitud del suelo para vivienda; luego cada peso, por turno, se modifica en -20, -10, +10 y +20 % de su valor (valores predeterminados de CHANGES), los demás se reescalan para que los pesos sigan sumando 1 y la aptitud se vuelve a combinar. En cada ejecución, los predios candidatos se ordenan por aptitud media y se comparan con la ejecución base: correlación de rangos de Spearman, cuántos de los 10 primeros puestos de la base siguen entre los 10 primeros (TOP_N) y cambio del área de las dos mejores clases (con los límites de clase de la ejecución base).

Las entradas son las de Aptitud del suelo para vivienda, más los predios candidatos. La tabla de salida tiene una fila por ejecución, empezando por la ejecución base. Correlaciones cercanas a 1 y unos primeros puestos estables le muestran al concejo que la recomendación no depende de los valores exactos de los pesos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="73" />
        <source>Parcels (predios) ranked by mean suitability in every run.</source>
        <translation>Predios que se ordenan por aptitud media en cada ejecución.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="74" />
        <source>Weight changes (%)</source>
        <translation>Cambios de peso (%)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="75" />
        <source>Relative changes of each weight in percent, separated by commas.</source>
        <translation>Cambios relativos de cada peso, en porcentaje, separados por comas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="80" />
        <source>How many best parcels form the top whose retention is counted.</source>
        <translation>Cuántos de los mejores predios forman los primeros puestos cuya permanencia se cuenta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="186" />
        <source>Weight sensitivity</source>
        <translation>Sensibilidad a los pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="85" />
        <source>One row per run: changed criterion, change, weights, Spearman, top retention, area change.</source>
        <translation>Una fila por ejecución: criterio modificado, cambio, pesos, Spearman, permanencia en los primeros puestos y cambio de área.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="94" />
        <source>{layer}: no parcels to rank. Choose a candidate layer with features.</source>
        <translation>{layer}: no hay predios para ordenar. Elija una capa de predios candidatos con elementos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="108" />
        <source>{layer}: {n} parcels lie outside the area of interest; they have no suitability.</source>
        <translation>{layer}: {n} predios están fuera del área de interés; no tienen aptitud.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="128" />
        <source>{n} runs: Spearman correlation from {low:.3f} to {high:.3f}; at worst {kept} of the base top {top} stay in the top.</source>
        <translation>{n} ejecuciones: correlación de Spearman entre {low:.3f} y {high:.3f}; en el peor caso, {kept} de los {top} primeros puestos de la base se mantienen.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="149" />
        <source>CHANGES: give at least one change, each above -100 %.</source>
        <translation>CHANGES: indique al menos un cambio, cada uno mayor que -100 %.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="100" />
        <source>Area of interest</source>
        <translation>Área de interés</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="83" />
        <source>Polygons that bound the analysis; cells whose centre lies outside them are nodata.</source>
        <translation>Polígonos que delimitan el análisis; las celdas cuyo centro queda fuera de ellos quedan sin datos (nodata).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="116" />
        <source>Cell size (m)</source>
        <translation>Tamaño de celda (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="90" />
        <source>Side of the square grid cells in metres; the grid is aligned to multiples of it.</source>
        <translation>Lado de las celdas cuadradas de la cuadrícula, en metros; la cuadrícula se alinea a múltiplos de este valor.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="91" />
        <source>Preset</source>
        <translation>Configuración predefinida</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="91" />
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="91" />
        <source>None (CRITERIA only)</source>
        <translation>Ninguna (solo CRITERIA)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="91" />
        <source>Housing: distance to health and education, roads and existing settlements, slope, hazard level and land use, with hazard alta and protección excluded. None: only the criteria in CRITERIA.</source>
        <translation>Vivienda: distancia a equipamientos de salud y de educación, a vías y a asentamientos existentes, pendiente, nivel de amenaza y usos del suelo, excluyendo la amenaza alta y el suelo de protección. Ninguna: solo los criterios definidos en CRITERIA.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="98" />
        <source>Criteria (JSON text or .json file)</source>
        <translation>Criterios (texto JSON o archivo .json)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="98" />
        <source>Criteria and constraints as JSON (see docs/criteria_schema.md), merged into the preset by name: e.g. {"criteria": [{"name": "health", "standardise": {"b": 1500}}]}. Leave empty for the preset.</source>
        <translation>Criterios y restricciones en JSON (consulte docs/criteria_schema.md), que se combinan por nombre con la configuración predefinida: por ejemplo {"criteria": [{"name": "health", "standardise": {"b": 1500}}]}. Déjelo vacío para usar la configuración predefinida tal cual.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="105" />
        <source>Health and education facilities (points); without them the two distance criteria are left out.</source>
        <translation>Equipamientos de salud y de educación (puntos); sin ellos se excluyen los dos criterios de distancia a equipamientos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="111" />
        <source>Field holding the facility type (salud, educación...); detected by its name when empty.</source>
        <translation>Campo con el tipo de equipamiento (salud, educación...). Si se deja vacío, se detecta por el nombre del campo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="117" />
        <source>Roads</source>
        <translation>Vías</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="117" />
        <source>Road network (lines): distance to the nearest road.</source>
        <translation>Malla vial (líneas): distancia a la vía más cercana.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/scenarios.py" line="88" />
        <source>Existing settlements</source>
        <translation>Asentamientos existentes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="123" />
        <source>Existing urban fabric (polygons or points): distance to it favours compact growth.</source>
        <translation>Tejido urbano existente (polígonos o puntos): el criterio de distancia a él favorece el crecimiento compacto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="129" />
        <source>Digital elevation model in metres, any CRS and resolution (resampled to the grid): slope.</source>
        <translation>Modelo digital de elevación en metros, en cualquier SRC y resolución (se remuestrea a la cuadrícula): de él se obtiene la pendiente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="133" />
        <source>Hazard zones (polygons) with a level; level alta of any type is excluded, media and baja score lower.</source>
        <translation>Zonas de amenaza (polígonos) con un nivel; el nivel alta de cualquier tipo de amenaza se excluye, y los niveles media y baja reciben un puntaje menor.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="141" />
        <source>Land use or zoning polygons (POT); each class gets a score, protección is excluded.</source>
        <translation>Polígonos de usos del suelo o de zonificación (POT); cada clase recibe un puntaje y la clase protección se excluye.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="175" />
        <source>Land use class field</source>
        <translation>Campo de clase de uso del suelo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="145" />
        <source>Field holding the land use class; detected by its name when empty.</source>
        <translation>Campo con la clase de uso del suelo. Si se deja vacío, se detecta por el nombre del campo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="151" />
        <source>Land use scores</source>
        <translation>Puntajes de usos del suelo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="151" />
        <source>Score 0-1 of each land use class, 'class=score;...' (accents and case ignored); others score 0.5.</source>
        <translation>Puntaje de 0 a 1 de cada clase de uso del suelo, como 'clase=puntaje;...' (no se distinguen tildes ni mayúsculas); las demás clases reciben 0.5.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="160" />
        <source>Rivers, lakes and wetlands (polygons): their cells are nodata.</source>
        <translation>Ríos, lagos y humedales (polígonos): sus celdas quedan sin datos (nodata).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="164" />
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="164" />
        <source>Criterion weights, 'health=0.3;slope=0.2;...' or '0.2,0.15,...' in the criteria order (health, education, roads, urban, slope, hazard, land_use for the preset); normalised to sum 1.</source>
        <translation>Pesos de los criterios, 'health=0.3;slope=0.2;...' o '0.2,0.15,...' en el orden de los criterios (health, education, roads, urban, slope, hazard, land_use en la configuración predefinida); se normalizan para que sumen 1.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="120" />
        <source>AHP comparison matrix</source>
        <translation>Matriz de comparación AHP</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="171" />
        <source>Pairwise comparison matrix in the criteria order ('1,3,5;1/3,1,3;...'); when given, its principal eigenvector replaces WEIGHTS and its consistency ratio is logged.</source>
        <translation>Matriz de comparación por pares en el orden de los criterios ('1,3,5;1/3,1,3;...'); si se indica, su vector propio principal reemplaza a WEIGHTS y su razón de consistencia se escribe en el registro.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="178" />
        <source>Aggregation</source>
        <translation>Agregación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="178" />
        <source>WLC (weighted sum)</source>
        <translation>WLC (suma ponderada)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="178" />
        <source>OWA (ordered weighted average)</source>
        <translation>OWA (promedio ponderado ordenado)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="178" />
        <source>WLC adds weighted criteria; OWA also weights each cell's criteria by their order (see ORNESS).</source>
        <translation>WLC suma los criterios ponderados; OWA además pondera los criterios de cada celda según su posición en el orden (véase ORNESS).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="187" />
        <source>OWA order weights</source>
        <translation>Pesos de orden de OWA</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="187" />
        <source>One weight per criterion for the best, second best ... worst value of each cell, e.g. '0.5,0.3,0.2'.</source>
        <translation>Un peso por criterio para el mejor, el segundo mejor ... y el peor valor de cada celda, por ejemplo '0.5,0.3,0.2'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="192" />
        <source>OWA orness (0-1)</source>
        <translation>Grado de "orness" de OWA (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="200" />
        <source>Risk attitude for OWA without order weights: 1 = best criterion (maximum), 0.5 = WLC, 0 = worst (minimum).</source>
        <translation>Actitud ante el riesgo de OWA cuando no se dan pesos de orden, expresada como grado de "orness" (optimismo): 1 = mejor criterio (máximo), 0.5 = WLC, 0 = peor criterio (mínimo).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="207" />
        <source>Class method</source>
        <translation>Método de clasificación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="207" />
        <source>Equal interval (0-1)</source>
        <translation>Intervalos iguales (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="207" />
        <source>Quantile</source>
        <translation>Cuantiles</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="207" />
        <source>Five classes muy alta ... muy baja: equal intervals of 0.2 on the 0-1 scale, or quintiles of the area.</source>
        <translation>Cinco clases, de muy alta a muy baja: intervalos iguales de 0.2 en la escala 0-1, o quintiles del área.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="322" />
        <source>{layer}: the raster holds only nodata. Choose another raster or check its nodata value.</source>
        <translation>{layer}: el ráster solo contiene valores sin datos (nodata). Elija otro ráster o revise su valor nodata.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="340" />
        <source>CRITERIA: the raster '{path}' cannot be opened.</source>
        <translation>CRITERIA: no se puede abrir el ráster '{path}'. Revise la ruta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="344" />
        <source>CRITERIA: the vector layer '{path}' cannot be opened.</source>
        <translation>CRITERIA: no se puede abrir la capa vectorial '{path}'. Revise la ruta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="365" />
        <source>{layer}: the area of interest has no polygon. Choose a polygon layer with features.</source>
        <translation>{layer}: el área de interés no tiene ningún polígono. Elija una capa de polígonos con elementos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="373" />
        <source>CELL_SIZE: the cell size must be positive (metres).</source>
        <translation>CELL_SIZE: el tamaño de celda debe ser positivo (en metros).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="376" />
        <source>Grid: {w} x {h} cells of {cell:g} m, origin ({x:.0f}, {y:.0f}) in {crs}.</source>
        <translation>Cuadrícula: {w} x {h} celdas de {cell:g} m, origen ({x:.0f}, {y:.0f}) en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="403" />
        <source>land use class</source>
        <translation>clase de uso del suelo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="474" />
        <source>OWA without ORDER_WEIGHTS or ORNESS: orness 0.5 is used, which equals WLC.</source>
        <translation>OWA sin ORDER_WEIGHTS ni ORNESS: se usa un orness de 0.5, que equivale a WLC.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="482" />
        <source>Criteria defined, in order: {names}.</source>
        <translation>Criterios definidos, en orden: {names}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="484" />
        <source>Criterion {name}: {description}.</source>
        <translation>Criterio {name}: {description}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="485" />
        <source>Weights used ({source}): {weights}.</source>
        <translation>Pesos usados ({source}): {weights}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="491" />
        <source>AHP: lambda max {lam:.4f}, CI {ci:.4f}, CR {cr:.4f}.</source>
        <translation>AHP: lambda max {lam:.4f}, CI {ci:.4f}, CR {cr:.4f}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="497" />
        <source>AHP: the consistency ratio {cr:.3f} is not below {max:.2f}. {detail}</source>
        <translation>AHP: la razón de consistencia {cr:.3f} no es menor que {max:.2f}. {detail}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="504" />
        <source>OWA order weights (best to worst): {v}.</source>
        <translation>Pesos de orden de OWA (del mejor al peor): {v}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="532" />
        <source>Very high (muy alta)</source>
        <translation>Muy alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="536" />
        <source>Very low (muy baja)</source>
        <translation>Muy baja</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="537" />
        <source>Excluded (constraint)</source>
        <translation>Excluida (restricción)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="81" />
        <source>cells excluded</source>
        <translation>celdas excluidas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="81" />
        <source>cells set to nodata</source>
        <translation>celdas sin datos (nodata)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="87" />
        <source>AHP matrix</source>
        <translation>matriz AHP</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="88" />
        <source>WEIGHTS parameter</source>
        <translation>parámetro WEIGHTS</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="89" />
        <source>equal weights</source>
        <translation>pesos iguales</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="90" />
        <source>criteria definition</source>
        <translation>definición de criterios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="102" />
        <source>distance to health facilities</source>
        <translation>distancia a equipamientos de salud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="113" />
        <source>distance to education facilities</source>
        <translation>distancia a equipamientos de educación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="124" />
        <source>distance to roads</source>
        <translation>distancia a las vías</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="131" />
        <source>distance to existing settlements</source>
        <translation>distancia a los asentamientos existentes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="138" />
        <source>slope (%)</source>
        <translation>pendiente (%)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="40" />
        <source>land use (POT)</source>
        <translation>usos del suelo (POT)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/common.py" line="29" />
        <source>{what}: the table has no column {columns}. Give the output of the algorithm named here.</source>
        <translation>{what}: a la tabla le faltan columnas ({columns}). Indique la salida del algoritmo que corresponde a esta entrada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="275" />
        <source>Whole municipality</source>
        <translation>Todo el municipio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="56" />
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="56" />
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="56" />
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="59" />
        <source>Distance to health facilities</source>
        <translation>Distancia a equipamientos de salud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="60" />
        <source>Distance to education facilities</source>
        <translation>Distancia a equipamientos de educación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="61" />
        <source>Distance to roads</source>
        <translation>Distancia a las vías</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="62" />
        <source>Distance to the existing city</source>
        <translation>Distancia a la ciudad existente</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="80" />
        <source>Slope</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="118" />
        <source>Population
(total)</source>
        <translation>Población
(total)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="156" />
        <source>People in
{level} hazard</source>
        <translation>Personas en
amenaza {level}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="120" />
        <source>Migrants
(total)</source>
        <translation>Migrantes
(total)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="121" />
        <source>Migrants in
{level} hazard</source>
        <translation>Migrantes en
amenaza {level}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="130" />
        <source>Persons, by the highest level of any hazard at their place. Settlements cut by a zone or area boundary are split in proportion to their area; the rest of the population lives outside hazard zones.</source>
        <translation>Personas, según el nivel más alto de cualquier amenaza en el lugar donde viven. Los asentamientos cortados por el límite de una zona o de un área se reparten en proporción a su área; el resto de la población vive fuera de las zonas de amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="134" />
        <source>Population and migrants by hazard level and area</source>
        <translation>Población y migrantes por nivel de amenaza y área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="158" />
        <source>People
exposed</source>
        <translation>Personas
expuestas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="159" />
        <source>Share of the
population</source>
        <translation>Proporción de
la población</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="160" />
        <source>Migrants
exposed</source>
        <translation>Migrantes
expuestos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="161" />
        <source>Share of the
migrants</source>
        <translation>Proporción de
los migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="223" />
        <source>Any hazard</source>
        <translation>Cualquier amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="189" />
        <source>Whole municipality. Where zones of one type overlap, a place counts once, at its highest level; 'any hazard' takes the highest level of any type at each place, so it is not the sum of the types.</source>
        <translation>Todo el municipio. Donde se superponen zonas de un mismo tipo, cada lugar se cuenta una sola vez, en su nivel más alto; «cualquier amenaza» toma en cada lugar el nivel más alto de todos los tipos, por eso no es la suma de los tipos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="193" />
        <source>Population exposed by hazard type</source>
        <translation>Población expuesta por tipo de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="216" />
        <source>people live in high hazard zones ({share} of the population)</source>
        <translation>personas viven en zonas de amenaza alta ({share} de la población)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="224" />
        <source>migrants live in high hazard zones ({share} of all migrants)</source>
        <translation>migrantes viven en zonas de amenaza alta ({share} de todos los migrantes)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="236" />
        <source>{high} people live in high hazard zones and {medium} in medium hazard zones, together {share} of the population.</source>
        <translation>{high} personas viven en zonas de amenaza alta y {medium} en zonas de amenaza media: en total, el {share} de la población.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="251" />
        <source>{area} has the most people in high hazard zones: {n}.</source>
        <translation>{area} es el área con más personas en zonas de amenaza alta: {n}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="56" />
        <source>Access layer</source>
        <translation>Capa de acceso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="97" />
        <source>Access summary</source>
        <translation>Resumen de acceso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="111" />
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="51" />
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="144" />
        <source>Share
covered</source>
        <translation>Proporción
cubierta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="51" />
        <source>Migrants</source>
        <translation>Migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="147" />
        <source>Share of
migrants
covered</source>
        <translation>Proporción de
migrantes
cubiertos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="193" />
        <source>{n} settlement-type pairs reach no facility of the type and are not covered.</source>
        <translation>En {n} casos (asentamiento y tipo de equipamiento), el asentamiento no alcanza ningún equipamiento de ese tipo y no queda cubierto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="226" />
        <source>Share of each area's population within the threshold of the type. Shaded: below {low} (red), below {mid} (amber).</source>
        <translation>Proporción de la población de cada área dentro del umbral del tipo. Sombreado: por debajo de {low} (rojo), por debajo de {mid} (ámbar).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="230" />
        <source>Share of the population covered, by area and facility type</source>
        <translation>Proporción de la población cubierta, por área y tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="289" />
        <source>Coverage within the thresholds ranges from {low} ({low_type}) to {high} ({high_type}).</source>
        <translation>La cobertura dentro de los umbrales va del {low} ({low_type}) al {high} ({high_type}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="756" />
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="757" />
        <source>Parcel</source>
        <translation>Predio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="106" />
        <source>Land class</source>
        <translation>Clase de suelo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="202" />
        <source>The {n} best candidate parcels</source>
        <translation>Los {n} mejores predios candidatos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="231" />
        <source>Suitability class</source>
        <translation>Clase de aptitud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="233" />
        <source>Share of the area</source>
        <translation>Proporción del área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="242" />
        <source>Total analysed</source>
        <translation>Total analizado</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="246" />
        <source>equal intervals</source>
        <translation>intervalos iguales</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="246" />
        <source>quantiles</source>
        <translation>cuantiles</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="251" />
        <source>Area by suitability class</source>
        <translation>Área por clase de aptitud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="226" />
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/exposure.py" line="76" />
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="338" />
        <source>Sensitivity of the ranking to the weights</source>
        <translation>Sensibilidad del orden de los predios a los pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="407" />
        <source>is the best candidate parcel: mean suitability {value} of 1</source>
        <translation>es el mejor predio candidato: aptitud media de {value} sobre 1</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="420" />
        <source>The {n} best candidate parcels cover {ha} ha; the best is {parcel}.</source>
        <translation>Los {n} mejores predios candidatos suman {ha} ha; el mejor es {parcel}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="52" />
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="96" />
        <source>Totals from the first to the horizon year</source>
        <translation>Totales del primer año al año horizonte</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="212" />
        <source>Scenario comparison</source>
        <translation>Comparación de escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="114" />
        <source>Scenario comparison ({part} of {parts})</source>
        <translation>Comparación de escenarios ({part} de {parts})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="176" />
        <source>{scenario}: {demand} ha of land needed by {year}</source>
        <translation>{scenario}: se necesitan {demand} ha de suelo hasta {year}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="180" />
        <source>, of which {unmet} ha cannot be allocated</source>
        <translation>, de las cuales {unmet} ha no se pueden asignar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="182" />
        <source>; {share} of the newcomers in high or medium hazard zones</source>
        <translation>; el {share} de la población nueva queda en zonas de amenaza alta o media</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="448" />
        <source>Score from 0 (worst) to 1 (best)</source>
        <translation>Puntaje de 0 (peor) a 1 (mejor)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="459" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="462" />
        <source>Weights from the AHP pairwise comparison matrix.</source>
        <translation>Pesos obtenidos de la matriz de comparación por pares (AHP).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="463" />
        <source>Weights given by the user.</source>
        <translation>Pesos indicados por el usuario.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="464" />
        <source>Weights of the criteria definition (housing preset).</source>
        <translation>Pesos de la definición de criterios (configuración predefinida para vivienda).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="465" />
        <source>Equal weights.</source>
        <translation>Pesos iguales.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="467" />
        <source>Suitability criteria and weights</source>
        <translation>Criterios de aptitud y pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="486" />
        <source>{function}, {direction} between {a} and {b}</source>
        <translation>{function}, {direction} entre {a} y {b}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="101" />
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="101" />
        <source>sigmoid</source>
        <translation>sigmoide</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="101" />
        <source>J-shaped</source>
        <translation>en forma de J</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="486" />
        <source>decreasing</source>
        <translation>decreciente</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="486" />
        <source>increasing</source>
        <translation>creciente</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="494" />
        <source>gaussian, best at {center}, spread {spread}</source>
        <translation>gaussiana, óptimo en {center}, dispersión {spread}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="503" />
        <source>score per class: {scores}</source>
        <translation>puntaje por clase: {scores}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="553" />
        <source>hazard level alta</source>
        <translation>zonas de amenaza alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="512" />
        <source>protection land (protección)</source>
        <translation>suelo de protección</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="553" />
        <source>water bodies</source>
        <translation>cuerpos de agua</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="529" />
        <source>{items} score 0 (excluded)</source>
        <translation>exclusión con puntaje 0: {items}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="531" />
        <source>{items} are left out (no data)</source>
        <translation>sin datos, fuera del análisis: {items}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="100" />
        <source>Coordinate reference system</source>
        <translation>Sistema de referencia de coordenadas (SRC)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="93" />
        <source>All areas and distances were computed in {crs}.</source>
        <translation>Todas las áreas y distancias se calcularon en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="399" />
        <source>Hazard levels alta, media and baja as in Decreto 1077 of 2015. Where zones of one type overlap, a place counts once, at its highest level, so nobody is counted twice; 'any hazard' takes the highest level of any type. Settlement polygons are divisible: they are split in proportion to the area inside each level (uniform density). Points and buildings are indivisible: they count whole at the highest level they touch.</source>
        <translation>Niveles de amenaza alta, media y baja, según el Decreto 1077 de 2015. Donde se superponen zonas de un mismo tipo, cada lugar se cuenta una vez, en su nivel más alto, de modo que nadie se cuenta dos veces; «cualquier amenaza» toma el nivel más alto de todos los tipos. Los polígonos de asentamientos son divisibles: se reparten en proporción al área dentro de cada nivel (densidad uniforme). Los puntos y las edificaciones son indivisibles: cuentan completos en el nivel más alto que tocan.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="342" />
        <source>Thresholds: {thresholds}.</source>
        <translation>Umbrales: {thresholds}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="647" />
        <source>Each criterion is standardised to 0-1 and combined by {aggregation}; constraints are applied after the combination ({constraints}).</source>
        <translation>Cada criterio se estandariza de 0 a 1 y los criterios se combinan mediante {aggregation}; las restricciones se aplican después de la combinación ({constraints}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="650" />
        <source>weighted linear combination</source>
        <translation>combinación lineal ponderada</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="650" />
        <source>ordered weighted average</source>
        <translation>promedio ponderado ordenado (OWA)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="659" />
        <source>AHP consistency ratio CR = {cr} ({verdict}).</source>
        <translation>Razón de consistencia del AHP: CR = {cr} ({verdict}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="659" />
        <source>consistent, below 0.10</source>
        <translation>consistente, por debajo de 0,10</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="659" />
        <source>not consistent: 0.10 or more</source>
        <translation>no consistente: 0,10 o más</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="666" />
        <source>Cells of {size} m.</source>
        <translation>Celdas de {size} m.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="669" />
        <source>One weight at a time is changed by a share of its value and the others rescaled to sum 1; the parcels are ranked again and compared with the base ranking (Spearman's rank correlation, parcels kept in the top).</source>
        <translation>Se cambia un peso a la vez en una proporción de su valor y los demás se reescalan para que sumen 1; los predios se ordenan de nuevo y se comparan con el orden base (correlación de rangos de Spearman, predios que se mantienen en los primeros puestos).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="304" />
        <source>Population added each year becomes households, dwellings and land (net density and public space share). Planned growth takes the most suitable free cells, trend growth the cells nearest to informal settlements; people in new cells of hazard level alta or media are counted. SDG 11.3.1 is the ratio of the land consumption rate to the population growth rate.</source>
        <translation>El incremento de población de cada año se convierte en hogares, viviendas y suelo (densidad neta y proporción de espacio público). El crecimiento planificado ocupa las celdas libres más aptas; el tendencial, las más cercanas a los asentamientos informales; se cuentan las personas en celdas nuevas con amenaza alta o media. El ODS 11.3.1 es la relación entre la tasa de consumo de suelo y la tasa de crecimiento de la población.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="121" />
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="127" />
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="127" />
        <source>How it was done</source>
        <translation>Cómo se hizo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="128" />
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="415" />
        <source>The report needs at least one analysis result: give EXPOSURE_SUMMARY, EXPOSURE, ACCESS_SUMMARY, ACCESS, SUITABILITY, RANKED_PARCELS, SENSITIVITY or SCENARIO_SUMMARY.</source>
        <translation>El informe necesita al menos un resultado de análisis: indique EXPOSURE_SUMMARY, EXPOSURE, ACCESS_SUMMARY, ACCESS, SUITABILITY, RANKED_PARCELS, SENSITIVITY o SCENARIO_SUMMARY.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="323" />
        <source>Who lives in flood, landslide and other hazard zones, by the highest hazard level at their place (alta, media, baja), and how many of them are migrants.</source>
        <translation>Quién vive en zonas de amenaza por inundación, movimiento en masa y otras, según el nivel de amenaza más alto en el lugar donde vive (alta, media, baja), y cuántas de esas personas son migrantes.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="354" />
        <source>People exposed by hazard level and area (any hazard).</source>
        <translation>Población expuesta por nivel de amenaza y área (cualquier amenaza).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="357" />
        <source>The {n} areas with the most people exposed are shown.</source>
        <translation>Se muestran las {n} áreas con más población expuesta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="384" />
        <source>How many people live within the threshold distance or time of the nearest facility of each type, in the whole municipality and in each area.</source>
        <translation>Cuántas personas viven dentro de la distancia o el tiempo umbral del equipamiento más cercano de cada tipo, en todo el municipio y en cada área.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="143" />
        <source>Method and data</source>
        <translation>Método y datos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/build.py" line="51" />
        <source>Migrant integration planning report</source>
        <translation>Informe de planificación para la integración urbana de migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/build.py" line="77" />
        <source>Table {n}. {title}</source>
        <translation>Tabla {n}. {title}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/build.py" line="80" />
        <source>Figure {n}. {caption}</source>
        <translation>Figura {n}. {caption}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="179" />
        <source>planned</source>
        <translation>planificada</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="179" />
        <source>trend</source>
        <translation>tendencial</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/ahp_editor.py" line="95" />
        <source>Click a cell above the diagonal to say how much more important the row's criterion is than the column's: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 … 1/9 the reverse. The cells below the diagonal are the reciprocals.</source>
        <translation>Haga clic en una celda por encima de la diagonal para indicar cuánto más importante es el criterio de la fila que el de la columna: 1 igual de importante; 3 moderadamente, 5 fuertemente, 7 muy fuertemente, 9 extremadamente más importante; 1/3 … 1/9, la relación inversa. Las celdas por debajo de la diagonal son los valores recíprocos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/ahp_editor.py" line="140" />
        <source>How much more important is {a} than {b}?</source>
        <translation>¿Cuánto más importante es {a} que {b}?</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/ahp_editor.py" line="263" />
        <source>The matrix has {n} rows for {k} criteria.</source>
        <translation>La matriz tiene {n} filas para {k} criterios.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="534" />
        <source>Enable at least two criteria to compare them.</source>
        <translation>Active al menos dos criterios para compararlos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/ahp_editor.py" line="317" />
        <source>Weights: {weights}</source>
        <translation>Pesos: {weights}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/ahp_editor.py" line="319" />
        <source>With two criteria the judgements are always consistent.</source>
        <translation>Con dos criterios, los juicios siempre son consistentes.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="172" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="174" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="228" />
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/context.py" line="75" />
        <source>Results are written to {folder}. Save the project to keep them beside it, or choose a folder in step 1.</source>
        <translation>Los resultados se escriben en {folder}. Guarde el proyecto para conservarlos junto a él, o elija una carpeta en el paso 1.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="404" />
        <source>The planner's saved setting '{key}' is not readable; defaults are used.</source>
        <translation>No se puede leer la configuración guardada '{key}' del planificador; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/outputs.py" line="29" />
        <source>Migrant planning — results</source>
        <translation>Integración de migrantes — resultados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/outputs.py" line="194" />
        <source>A result could not be opened: {source}</source>
        <translation>No se pudo abrir un resultado: {source}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="56" />
        <source>How far each settlement is from each type of service, in a straight line or over the roads, and who is covered within the threshold of each type; with capacities, a floating catchment score shows where services are overloaded.</source>
        <translation>Qué tan lejos está cada asentamiento de cada tipo de equipamiento, en línea recta o por las vías, y quién queda cubierto dentro del umbral de cada tipo; si hay capacidades, un puntaje de área de influencia flotante muestra dónde están sobrecargados los equipamientos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="253" />
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="108" />
        <source>Threshold per facility type (also the catchment size):</source>
        <translation>Umbral por tipo de equipamiento (también define el área de influencia):</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="117" />
        <source>Run access</source>
        <translation>Calcular acceso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="142" />
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="257" />
        <source>Access to services…</source>
        <translation>Acceso a equipamientos…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="186" />
        <source>Access summary (table)</source>
        <translation>Resumen de acceso (tabla)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/access.py" line="56" />
        <source>Not covered</source>
        <translation>No cubierto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="292" />
        <source>Access: {type}</source>
        <translation>Acceso: {type}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="357" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="351" />
        <source>Share of the population within the threshold</source>
        <translation>Proporción de la población dentro del umbral</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="352" />
        <source>Share of the migrants within the threshold</source>
        <translation>Proporción de los migrantes dentro del umbral</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="353" />
        <source>People beyond the threshold (persons)</source>
        <translation>Población fuera del umbral (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="366" />
        <source>Lowest coverage: &lt;b&gt;{type}&lt;/b&gt;, {share} covered; {n} people beyond its threshold.</source>
        <translation>Menor cobertura: &lt;b&gt;{type}&lt;/b&gt;, con el {share} de la población cubierta; {n} personas quedan fuera de su umbral.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="120" />
        <source>Inputs (step 1)</source>
        <translation>Entradas (paso 1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="134" />
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="135" />
        <source>Press Run: the tables and charts of the results appear here.</source>
        <translation>Pulse Calcular: aquí aparecerán las tablas y los gráficos de los resultados.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="229" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/runner.py" line="125" />
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="259" />
        <source>The results were written but could not be shown: {error}</source>
        <translation>Los resultados se escribieron, pero no se pudieron mostrar: {error}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="266" />
        <source>Done. The results are in the layer group '{group}'.</source>
        <translation>Listo. Los resultados están en el grupo de capas '{group}'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="105" />
        <source>Who is exposed to floods and landslides, who is far from services, where new housing should go and what each growth scenario costs. Choose a layer for each role below (fields are recognised by their Spanish or English names), or load the sample city to try the steps.</source>
        <translation>Quién está expuesto a inundaciones y movimientos en masa, quién está lejos de los equipamientos, dónde conviene ubicar la vivienda nueva y cuánto cuesta cada escenario de crecimiento. Elija abajo una capa para cada tipo de dato (los campos se reconocen por sus nombres en español o en inglés), o cargue la ciudad de ejemplo para probar los pasos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="115" />
        <source>Villa Esperanza, a fictional border city for training, with every layer.</source>
        <translation>Villa Esperanza, una ciudad fronteriza ficticia para capacitación, con todas las capas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="128" />
        <source>Beside the project file once it is saved</source>
        <translation>Junto al archivo del proyecto, una vez guardado</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="129" />
        <source>Results are written here as GeoPackage and GeoTIFF files. Empty: beside the saved project.</source>
        <translation>Los resultados se escriben aquí como archivos GeoPackage y GeoTIFF. Si se deja vacío, junto al proyecto guardado.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="135" />
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="136" />
        <source>* required for the steps that use the layer</source>
        <translation>* obligatorio para los pasos que usan la capa</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/styles.py" line="18" />
        <source>Not exposed</source>
        <translation>Sin exposición</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="34" />
        <source>Population, migrants and households living in hazard zones, at each level (alta, media, baja) of each hazard type and of any type, by reporting area. Where zones of one type overlap, a place counts once, at its highest level.</source>
        <translation>Población, migrantes y hogares que viven en zonas de amenaza, en cada nivel (alta, media, baja) de cada tipo de amenaza y de cualquier amenaza, por área de reporte. Donde se superponen zonas de un mismo tipo, cada lugar se cuenta una sola vez, en su nivel más alto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="73" />
        <source>Exposure index weight of each level:</source>
        <translation>Peso de cada nivel en el índice de exposición:</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="75" />
        <source>Also find the hazard level of each facility</source>
        <translation>Calcular también el nivel de amenaza de cada equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="79" />
        <source>Run exposure</source>
        <translation>Calcular exposición</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="81" />
        <source>Hazard</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="95" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="114" />
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="164" />
        <source>Settlements…</source>
        <translation>Asentamientos…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="177" />
        <source>Facilities…</source>
        <translation>Equipamientos…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="159" />
        <source>Exposure summary (table)</source>
        <translation>Resumen de exposición (tabla)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="193" />
        <source>Facility exposure summary (table)</source>
        <translation>Resumen de exposición de equipamientos (tabla)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="267" />
        <source>Reporting area</source>
        <translation>Área de reporte</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="268" />
        <source>{what} in hazard zones of any level</source>
        <translation>{what} en zonas de amenaza de cualquier nivel</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="269" />
        <source>{what} at level {level}</source>
        <translation>{what} en zonas de amenaza de nivel {level}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="270" />
        <source>Share of the area's {what} living in a hazard zone of any level</source>
        <translation>Proporción de {what} del área en zonas de amenaza de cualquier nivel</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="278" />
        <source>&lt;b&gt;{exposed}&lt;/b&gt; of {what} ({share}) live in hazard zones; &lt;b&gt;{alta}&lt;/b&gt; at level alta.</source>
        <translation>En zonas de amenaza viven &lt;b&gt;{exposed}&lt;/b&gt; ({share} del total de {what}); &lt;b&gt;{alta}&lt;/b&gt; en nivel alta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="316" />
        <source>&lt;b&gt;Facilities&lt;/b&gt; (of {total}): {alta} at level alta, {media} at media, {baja} at baja.</source>
        <translation>&lt;b&gt;Equipamientos&lt;/b&gt; (de {total}): {alta} en nivel alta, {media} en media y {baja} en baja.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="47" />
        <source>A report for the council: cover, maps of exposure and suitability with the best parcels, tables by comuna and facility type, the scenario comparison, the charts, and a page on the method (CRS, rules, weights and CR, thresholds, standards). It uses the results of the steps you ran.</source>
        <translation>Un informe para el Concejo: portada, mapas de exposición y de aptitud con los mejores predios, tablas por comuna y por tipo de equipamiento, la comparación de escenarios, los gráficos y una página de método (SRC, reglas, pesos y CR, umbrales, estándares). Usa los resultados de los pasos que usted ejecutó.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="54" />
        <source>Results available</source>
        <translation>Resultados disponibles</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="61" />
        <source>e.g. Villa del Rosario</source>
        <translation>p. ej. Villa del Rosario</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="195" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="65" />
        <source>e.g. Secretaría de Planeación</source>
        <translation>p. ej. Secretaría de Planeación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="141" />
        <source>Author</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="69" />
        <source>Language of QGIS</source>
        <translation>Idioma de QGIS</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="351" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="369" />
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="75" />
        <source>In the output folder</source>
        <translation>En la carpeta de salida</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="77" />
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="79" />
        <source>Build the report</source>
        <translation>Generar el informe</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="82" />
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="84" />
        <source>Open HTML</source>
        <translation>Abrir HTML</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="143" />
        <source>Exposure (step 2)</source>
        <translation>Exposición (paso 2)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="143" />
        <source>Access (step 3)</source>
        <translation>Acceso (paso 3)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="143" />
        <source>Suitability and ranked parcels (step 4)</source>
        <translation>Aptitud y predios ordenados (paso 4)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="143" />
        <source>Scenarios (step 5)</source>
        <translation>Escenarios (paso 5)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="160" />
        <source>The report algorithm is not installed in this version of the plugin.</source>
        <translation>El algoritmo del informe no está instalado en esta versión del complemento.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="188" />
        <source>Run at least one step (2 to 5) first: the report presents their results.</source>
        <translation>Ejecute primero al menos uno de los pasos 2 a 5: el informe presenta sus resultados.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="207" />
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="215" />
        <source>Report written: {path}</source>
        <translation>Informe generado: {path}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="200" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="47" />
        <source>Base year</source>
        <translation>Año base</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="60" />
        <source>Name of the scenario (unique; it names the output files).</source>
        <translation>Nombre del escenario (único; da nombre a los archivos de salida).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="61" />
        <source>Planned: the most suitable land first. Trend: beside the informal settlements, hazards ignored.</source>
        <translation>Planificado: primero el suelo más apto. Tendencial: junto a los asentamientos informales, sin tener en cuenta las amenazas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="64" />
        <source>Population of the city in the base year (persons).</source>
        <translation>Población de la ciudad en el año base (personas).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="65" />
        <source>Year the scenario starts from.</source>
        <translation>Año en que empieza el escenario.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="66" />
        <source>Last year of the scenario.</source>
        <translation>Último año del escenario.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="67" />
        <source>New residents per year (persons); or give a growth rate instead.</source>
        <translation>Nuevos habitantes por año (personas); o, en su lugar, indique una tasa de crecimiento.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="68" />
        <source>Compound growth per year in % of the population; or give arrivals per year instead.</source>
        <translation>Crecimiento compuesto anual, en % de la población; o, en su lugar, indique las llegadas por año.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="69" />
        <source>Persons per household: one dwelling per new household.</source>
        <translation>Personas por hogar: una vivienda por cada hogar nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="70" />
        <source>Net density: dwellings per hectare of residential land.</source>
        <translation>Densidad neta: viviendas por hectárea de suelo residencial.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="71" />
        <source>Share of the new land for streets and public space (%).</source>
        <translation>Proporción del suelo nuevo destinada a vías y espacio público (%).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="72" />
        <source>Planned only: 0 = suitability alone, 1 = nearness to the existing city alone.</source>
        <translation>Solo para el planificado: 0 = solo la aptitud, 1 = solo la cercanía a la ciudad existente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="78" />
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="78" />
        <source>Trend</source>
        <translation>Tendencial</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="302" />
        <source>Scenario {n}</source>
        <translation>Escenario {n}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="121" />
        <source>Each scenario turns arrivals (or a growth rate) into households, dwellings and land, year by year, and places that land on the suitability grid: planned growth on the most suitable land, trend growth beside the informal settlements. Compare the land, the people in hazard zones and the services each one needs.</source>
        <translation>Cada escenario convierte las llegadas (o una tasa de crecimiento) en hogares, viviendas y suelo, año por año, y ubica ese suelo en la cuadrícula de aptitud: el crecimiento planificado en el suelo más apto y el tendencial junto a los asentamientos informales. Compare el suelo, las personas en zonas de amenaza y la dotación de servicios que requiere cada uno.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="136" />
        <source>The suitability raster of step 4 (0 to 1), or another one.</source>
        <translation>El ráster de aptitud del paso 4 (de 0 a 1) u otro.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="223" />
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="167" />
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="162" />
        <source>Back to the example scenarios</source>
        <translation>Volver a los escenarios de ejemplo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="163" />
        <source>Import from a JSON file…</source>
        <translation>Importar de un archivo JSON…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="164" />
        <source>Export to a JSON file…</source>
        <translation>Exportar a un archivo JSON…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="179" />
        <source>Service standards</source>
        <translation>Estándares de dotación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="187" />
        <source>New residents of school age</source>
        <translation>Población nueva en edad escolar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="193" />
        <source>In the unit of the facilities' capacity field: 1000 when capacities count people served, about 1.7 for hospital beds.</source>
        <translation>En la unidad del campo de capacidad de los equipamientos: 1000 si la capacidad cuenta personas atendidas, cerca de 1.7 si cuenta camas hospitalarias.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="199" />
        <source>Health capacity per 1 000 people</source>
        <translation>Capacidad de salud por cada 1 000 personas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="202" />
        <source>Facility types counted as health</source>
        <translation>Tipos de equipamiento que cuentan como salud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="205" />
        <source>Facility types counted as education</source>
        <translation>Tipos de equipamiento que cuentan como educación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="207" />
        <source>Run scenarios</source>
        <translation>Calcular escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="231" />
        <source>a suitability raster (run step 4 first)</source>
        <translation>un ráster de aptitud (ejecute antes el paso 4)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="423" />
        <source>Import scenarios</source>
        <translation>Importar escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="444" />
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="444" />
        <source>Export scenarios</source>
        <translation>Exportar escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="507" />
        <source>Scenarios…</source>
        <translation>Escenarios…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="266" />
        <source>Scenario summary (table)</source>
        <translation>Resumen de escenarios (tabla)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="76" />
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="573" />
        <source>New residents in hazard zones, levels alta and media (persons)</source>
        <translation>Población nueva en zonas de amenaza, niveles alta y media (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="587" />
        <source>Totals up to the horizon. &lt;b&gt;{worst}&lt;/b&gt; puts the most new residents in hazard zones ({n}); &lt;b&gt;{best}&lt;/b&gt; the fewest ({m}).</source>
        <translation>Totales hasta el año horizonte. &lt;b&gt;{worst}&lt;/b&gt; es el escenario que deja más población nueva en zonas de amenaza ({n}); &lt;b&gt;{best}&lt;/b&gt;, el que deja menos ({m}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="600" />
        <source>Land runs out in: {names}.</source>
        <translation>El suelo disponible se agota en: {names}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="77" />
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="79" />
        <source>Existing city</source>
        <translation>Ciudad existente</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="82" />
        <source>Land use</source>
        <translation>Usos del suelo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="89" />
        <source>Distance to health facilities (type salud): nearer is better.</source>
        <translation>Distancia a equipamientos de salud (tipo salud): mejor cuanto más cerca.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="90" />
        <source>Distance to education facilities (type educación): nearer is better.</source>
        <translation>Distancia a equipamientos de educación (tipo educación): mejor cuanto más cerca.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="91" />
        <source>Distance to the nearest road: nearer is better.</source>
        <translation>Distancia a la vía más cercana: mejor cuanto más cerca.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="92" />
        <source>Distance to existing settlements: compact growth is better.</source>
        <translation>Distancia a los asentamientos existentes: es preferible el crecimiento compacto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="93" />
        <source>Slope of the terrain in %, from the DEM: flatter is better.</source>
        <translation>Pendiente del terreno en %, a partir del MDE: mejor cuanto más plano.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="94" />
        <source>Hazard level: a score per level; level alta is excluded anyway.</source>
        <translation>Nivel de amenaza: un puntaje por nivel; el nivel alta se excluye en todo caso.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="95" />
        <source>POT land class: a score per class; protección is excluded anyway.</source>
        <translation>Clase de suelo del POT: un puntaje por clase; la clase protección se excluye en todo caso.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="171" />
        <source>Suitability for new housing on a grid: each criterion is scored 0 to 1, the scores are weighted and added, and hazard alta, protección land and water are excluded. Candidate parcels are ranked by their mean suitability, and the ranking is tested against changes of the weights.</source>
        <translation>Aptitud del suelo para vivienda nueva en una cuadrícula: cada criterio recibe un puntaje de 0 a 1, los puntajes se ponderan y se suman, y se excluyen la amenaza alta, el suelo de protección y los cuerpos de agua. Los predios candidatos se ordenan por su aptitud media, y se evalúa cómo cambia ese orden si cambian los pesos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="180" />
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="216" />
        <source>Relative weight; the weights are normalised to sum 1.</source>
        <translation>Peso relativo; los pesos se normalizan para que sumen 1.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="232" />
        <source>Criteria whose layer is not chosen are left out; weights are normalised to sum 1.</source>
        <translation>Los criterios cuya capa no se ha elegido se excluyen; los pesos se normalizan para que sumen 1.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="245" />
        <source>Typed in the table</source>
        <translation>Escritos en la tabla</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="245" />
        <source>From pairwise comparisons (AHP)</source>
        <translation>Comparación por pares (AHP)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="246" />
        <source>Weights from</source>
        <translation>Origen de los pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="261" />
        <source>Side of the grid cells; larger cells run faster, smaller ones show more detail.</source>
        <translation>Lado de las celdas de la cuadrícula; con celdas más grandes el cálculo es más rápido, con celdas más pequeñas se ve más detalle.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="643" />
        <source>Cell size</source>
        <translation>Tamaño de celda</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="264" />
        <source>Test how the parcel ranking depends on the weights</source>
        <translation>Evaluar la sensibilidad del orden de los predios a los pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="268" />
        <source>Run suitability</source>
        <translation>Calcular aptitud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="273" />
        <source>Best candidate parcels (click a row to zoom to it):</source>
        <translation>Mejores predios candidatos (haga clic en una fila para ir al predio):</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="138" />
        <source>Suitability</source>
        <translation>Aptitud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="326" />
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="327" />
        <source>Fully suitable up to</source>
        <translation>Totalmente apto hasta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="328" />
        <source>Unsuitable from</source>
        <translation>No apto desde</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="341" />
        <source>score {level}</source>
        <translation>puntaje {level}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="356" />
        <source>Score per land class (others 0.5)</source>
        <translation>Puntaje por clase de suelo (otras: 0.5)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="371" />
        <source>&lt;b&gt;Standardisation of {criterion}&lt;/b&gt; (select a row to edit another)</source>
        <translation>&lt;b&gt;Estandarización de {criterion}&lt;/b&gt; (seleccione otra fila para editar otro criterio)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="411" />
        <source>by class</source>
        <translation>por clase</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="411" />
        <source>all classes 0.5</source>
        <translation>todas las clases 0.5</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="421" />
        <source>Score per land class: {scores}; other classes 0.5.</source>
        <translation>Puntaje por clase de suelo: {scores}; otras clases: 0.5.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="423" />
        <source>Score per hazard level: {scores}; no hazard 1.</source>
        <translation>Puntaje por nivel de amenaza: {scores}; sin amenaza: 1.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="441" />
        <source>– not chosen: left out</source>
        <translation>– sin capa: se excluye</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="531" />
        <source>Enable at least one criterion.</source>
        <translation>Active al menos un criterio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="538" />
        <source>Give at least one enabled criterion a weight above 0.</source>
        <translation>Asigne un peso mayor que 0 a al menos un criterio activo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="576" />
        <source>Suitability grid…</source>
        <translation>Cuadrícula de aptitud…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="594" />
        <source>Ranking the parcels…</source>
        <translation>Ordenando los predios…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="604" />
        <source>Testing the weights…</source>
        <translation>Evaluando los pesos…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="260" />
        <source>Weight sensitivity (table)</source>
        <translation>Sensibilidad a los pesos (tabla)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="185" />
        <source>Ranked candidate parcels</source>
        <translation>Predios candidatos ordenados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="709" />
        <source>Weights used: {weights}.</source>
        <translation>Pesos usados: {weights}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="122" />
        <source>Parcel identifier</source>
        <translation>Identificador del predio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="785" />
        <source>Only one criterion: no weight to change.</source>
        <translation>Solo hay un criterio: no hay pesos que cambiar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="149" />
        <source>The ranking is robust to the weights.</source>
        <translation>El orden es robusto frente a los pesos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="149" />
        <source>The ranking depends on the weights: discuss them before choosing sites.</source>
        <translation>El orden depende de los pesos: discútalos antes de elegir los predios.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="828" />
        <source>The ranked parcels layer is not in the project any more; run this step again.</source>
        <translation>La capa de predios ordenados ya no está en el proyecto; ejecute de nuevo este paso.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="77" />
        <source>Settlements or census blocks</source>
        <translation>Asentamientos o manzanas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="51" />
        <source>Where people live (polygons or points), with population; migrants and households if known.</source>
        <translation>Dónde vive la población (polígonos o puntos), con el número de personas; migrantes y hogares si se conocen.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="51" />
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="51" />
        <source>Informal (yes/no)</source>
        <translation>Informal (sí/no)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="77" />
        <source>Exposure, Access, Suitability, Scenarios</source>
        <translation>Exposición, Acceso, Aptitud, Escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="66" />
        <source>Flood, landslide or torrential flow zones (polygons) with a level: alta, media, baja.</source>
        <translation>Zonas de amenaza por inundación, movimiento en masa o avenida torrencial (polígonos) con un nivel: alta, media, baja.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="66" />
        <source>Exposure, Suitability, Scenarios</source>
        <translation>Exposición, Aptitud, Escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="77" />
        <source>Health, education and early childhood facilities (points) with a type and a capacity.</source>
        <translation>Equipamientos de salud, educación y primera infancia (puntos) con un tipo y una capacidad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="89" />
        <source>Road centre lines, for distances over the network; speed and one-way if known.</source>
        <translation>Ejes viales, para las distancias por la malla vial; velocidad y sentido de circulación si se conocen.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="188" />
        <source>Speed (km/h)</source>
        <translation>Velocidad (km/h)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="89" />
        <source>One-way</source>
        <translation>Sentido de circulación</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="89" />
        <source>Access, Suitability</source>
        <translation>Acceso, Aptitud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="97" />
        <source>Digital elevation model in metres (a GeoTIFF), for the slope.</source>
        <translation>Modelo digital de elevación en metros (un GeoTIFF), para la pendiente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="106" />
        <source>Land use / POT zoning</source>
        <translation>Usos del suelo / POT</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="106" />
        <source>POT land classes (polygons): urbano, expansión urbana, rural, protección.</source>
        <translation>Clases de suelo del POT (polígonos): urbano, expansión urbana, rural, protección.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="114" />
        <source>Comunas, barrios or UPZ (polygons) for the tables and charts by area.</source>
        <translation>Comunas, barrios o UPZ (polígonos) para las tablas y los gráficos por área.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="114" />
        <source>Area name</source>
        <translation>Nombre del área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="114" />
        <source>Exposure, Access, Report</source>
        <translation>Exposición, Acceso, Informe</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="122" />
        <source>Parcels (predios) or sites to compare for new housing (polygons).</source>
        <translation>Predios o sitios que se quieren comparar para vivienda nueva (polígonos).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="130" />
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="130" />
        <source>The municipal boundary or the area to analyse (polygons); without it the reporting areas are used.</source>
        <translation>El límite municipal o el área que se va a analizar (polígonos); si no se indica, se usan las áreas de reporte.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="138" />
        <source>Rivers, lakes and wetlands (polygons); nothing is built there.</source>
        <translation>Ríos, lagos y humedales (polígonos); allí no se construye.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="204" />
        <source>e.g. Moderada=media;4=alta</source>
        <translation>p. ej. Moderada=media;4=alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="205" />
        <source>Extra level values of your layer, mapped to alta, media, baja or none. alta/media/baja, high/medium/low and 3/2/1 are known already.</source>
        <translation>Otros valores de nivel de su capa, con su equivalencia en alta, media, baja o none (sin amenaza). alta/media/baja, high/medium/low y 3/2/1 ya se reconocen.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="356" />
        <source>Hide fields</source>
        <translation>Ocultar campos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="359" />
        <source>Fields ({found} of {total} chosen)</source>
        <translation>Campos ({found} de {total} elegidos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="363" />
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="379" />
        <source>The layer could not be checked: {error}</source>
        <translation>No se pudo revisar la capa: {error}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="403" />
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="403" />
        <source>check</source>
        <translation>revisar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="403" />
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="53" />
        <source>The layer cannot be read.</source>
        <translation>No se puede leer la capa.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="53" />
        <source>Check that its file still exists.</source>
        <translation>Verifique que su archivo todavía exista.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="57" />
        <source>This is not a vector or raster layer.</source>
        <translation>No es una capa vectorial ni ráster.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="57" />
        <source>Choose another layer.</source>
        <translation>Elija otra capa.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="62" />
        <source>The layer has no features.</source>
        <translation>La capa no tiene elementos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="62" />
        <source>Choose a layer with features, or remove its filter.</source>
        <translation>Elija una capa con elementos o quítele el filtro.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="66" />
        <source>{n} features ({geometry}).</source>
        <translation>{n} elementos ({geometry}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="78" />
        <source>The layer has no CRS.</source>
        <translation>La capa no tiene SRC.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="78" />
        <source>Set it in Layer Properties &gt; Source; areas and distances need it.</source>
        <translation>Defínalo en Propiedades de la capa &gt; Fuente; las áreas y las distancias lo necesitan.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="84" />
        <source>CRS {crs} (geographic).</source>
        <translation>SRC {crs} (geográfico).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="84" />
        <source>Areas and distances are computed in a metric CRS (EPSG:9377 in Colombia).</source>
        <translation>Las áreas y las distancias se calculan en un SRC métrico (EPSG:9377 en Colombia).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="89" />
        <source>CRS {crs}.</source>
        <translation>SRC {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="112" />
        <source> (first {n} checked)</source>
        <translation> (entre los primeros {n} elementos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="114" />
        <source>{n} invalid geometries{suffix}.</source>
        <translation>{n} geometrías inválidas{suffix}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="114" />
        <source>They are repaired in the analysis; Vector &gt; Geometry Tools &gt; Fix Geometries repairs them for good.</source>
        <translation>Se reparan durante el análisis; Vectorial &gt; Herramientas de geometría &gt; Corregir geometrías las repara de forma definitiva.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="124" />
        <source>No invalid geometries{suffix}.</source>
        <translation>No hay geometrías inválidas{suffix}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="126" />
        <source>{n} features without geometry.</source>
        <translation>{n} elementos sin geometría.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="126" />
        <source>They are left out of the analysis.</source>
        <translation>Se excluyen del análisis.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="152" />
        <source>No field chosen for {field}.</source>
        <translation>No se eligió ningún campo para {field}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="152" />
        <source>Open Fields and choose it.</source>
        <translation>Abra Campos y elíjalo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="161" />
        <source>The field {field} is not in the layer.</source>
        <translation>El campo {field} no está en la capa.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="161" />
        <source>Choose another field.</source>
        <translation>Elija otro campo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="178" />
        <source>Hazard types</source>
        <translation>Tipos de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="179" />
        <source>Facility types</source>
        <translation>Tipos de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="180" />
        <source>Land classes</source>
        <translation>Clases de suelo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="182" />
        <source>{what}: {values}.</source>
        <translation>{what}: {values}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="192" />
        <source>They count as 0 people; fill them in the attribute table if you know them.</source>
        <translation>Cuentan como 0 personas; complételos en la tabla de atributos si conoce los valores.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="193" />
        <source>They count as 0 migrants.</source>
        <translation>Cuentan como 0 migrantes.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="194" />
        <source>They count as 0 households.</source>
        <translation>Cuentan como 0 hogares.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="195" />
        <source>They count as 0 capacity in the access scores.</source>
        <translation>Cuentan con capacidad 0 en los puntajes de acceso.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="196" />
        <source>Those zones count as no hazard.</source>
        <translation>Esas zonas cuentan como sin amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="198" />
        <source>{n} features have no value in {field}.</source>
        <translation>{n} elementos no tienen valor en {field}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="214" />
        <source>Correct the level map.</source>
        <translation>Corrija la equivalencia de niveles.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="226" />
        <source>Levels: {values}.</source>
        <translation>Niveles: {values}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="242" />
        <source>Choose the right level field, or map its values in the level map.</source>
        <translation>Elija el campo de nivel correcto o indique la equivalencia de sus valores en Equivalencia de niveles.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="266" />
        <source>Only file rasters can be used.</source>
        <translation>Solo se pueden usar rásteres guardados en archivo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="266" />
        <source>Save it as a GeoTIFF (right click &gt; Export &gt; Save As) and choose that.</source>
        <translation>Guárdelo como GeoTIFF (clic derecho &gt; Exportar &gt; Guardar como…) y elija ese archivo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/widgets.py" line="295" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/widgets.py" line="355" />
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/widgets.py" line="450" />
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/widgets.py" line="450" />
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/widgets.py" line="477" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/widgets.py" line="477" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/widgets.py" line="506" />
        <source>{names} and {n} more</source>
        <translation>{names} y {n} más</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="120" />
        <source>Planning report for the council</source>
        <translation>Informe de planificación para el Concejo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="123" />
        <source>Builds the report a planning office brings to the municipal council from the results of the other algorithms: a cover with the key figures and findings; a map of the settlements by their highest hazard level and the exposure tables per area and hazard type; coverage by facility type and area; a suitability map with the best candidate parcels numbered by rank, their table, the area per class and the weight sensitivity; the comparison of the growth scenarios; charts; and a method page (CRS, counting rules, criteria, weights and consistency ratio, thresholds, standards, data sources). Numbers are written for Colombian readers (thousands grouped by a space, a decimal comma in Spanish).

Every input is optional, but at least one analysis result is needed: a section whose inputs are missing is left out. The PDF (A4) is made with the QGIS print layout and an HTML version, self-contained, can be written too; both in the language of QGIS, in Spanish or in English. Files are written only when the whole report is ready, so a cancelled or failed run leaves none.</source>
        <translation>Elabora, con los resultados de los demás algoritmos, el informe que la oficina de planeación presenta al Concejo Municipal: una portada con las cifras clave y los hallazgos; un mapa de los asentamientos por su nivel de amenaza más alto y las tablas de exposición por área y tipo de amenaza; la cobertura por tipo de equipamiento y área; un mapa de aptitud con los mejores predios candidatos numerados por puesto, su tabla, el área por clase y la sensibilidad a los pesos; la comparación de los escenarios de crecimiento; gráficos; y una página de método (SRC, reglas de conteo, criterios, pesos y razón de consistencia, umbrales, estándares, fuentes de datos). Las cifras se escriben como se leen en Colombia (miles separados por un espacio, coma decimal en español).

Todas las entradas son opcionales, pero se necesita al menos un resultado de análisis: se omiten las secciones cuyas entradas faltan. El PDF (A4) se genera con el diseño de impresión de QGIS, y también puede generarse una versión HTML autocontenida; ambos en el idioma de QGIS, en español o en inglés. Los archivos se escriben solo cuando el informe completo está listo, de modo que una ejecución cancelada o fallida no deja ninguno.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="147" />
        <source>Settlement exposure (layer)</source>
        <translation>Exposición de asentamientos (capa)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="159" />
        <source>SUMMARY of Settlement exposure: the tables of people and migrants per level, area and hazard type.</source>
        <translation>SUMMARY de Exposición de asentamientos a amenazas: las tablas de personas y migrantes por nivel, área y tipo de amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="174" />
        <source>Access by settlement (layer)</source>
        <translation>Acceso por asentamiento (capa)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="186" />
        <source>SUMMARY of Access to services: coverage per facility type and area.</source>
        <translation>SUMMARY de Acceso a equipamientos: cobertura por tipo de equipamiento y área.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="260" />
        <source>OUTPUT of Weight sensitivity: summarised per criterion.</source>
        <translation>OUTPUT de Sensibilidad del orden de predios a los pesos: se resume por criterio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="266" />
        <source>SUMMARY of Growth scenarios: totals per scenario from the first to the horizon year.</source>
        <translation>SUMMARY de Escenarios de crecimiento: totales por escenario del primer año al año horizonte.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="302" />
        <source>Field with the area names for the map labels. Left empty, one named like nombre or name.</source>
        <translation>Campo con los nombres de las áreas para los rótulos del mapa. Si se deja vacío, se usa uno con un nombre como nombre o name.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="140" />
        <source>City or municipality</source>
        <translation>Ciudad o municipio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="314" />
        <source>Name of the city or municipality, shown on the cover and in the running header.</source>
        <translation>Nombre de la ciudad o del municipio, que aparece en la portada y en el encabezado de las páginas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="318" />
        <source>Office or person who prepared the report, shown on the cover.</source>
        <translation>Oficina o persona que elaboró el informe; aparece en la portada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="351" />
        <source>The language of QGIS</source>
        <translation>El idioma de QGIS</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="351" />
        <source>Language of the report: that of QGIS (English when there is no translation), Spanish or English.</source>
        <translation>Idioma del informe: el de QGIS (inglés si no hay traducción), español o inglés.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="228" />
        <source>Access thresholds (as used)</source>
        <translation>Umbrales de acceso (los que se usaron)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="285" />
        <source>Service standards (as used)</source>
        <translation>Estándares de dotación (los que se usaron)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="285" />
        <source>The SERVICE_STANDARDS used in Growth scenarios (JSON), shown on the method page.</source>
        <translation>Los SERVICE_STANDARDS usados en Escenarios de crecimiento (JSON); aparecen en la página de método.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="192" />
        <source>Report (PDF)</source>
        <translation>Informe (PDF)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="369" />
        <source>The report as an A4 PDF.</source>
        <translation>El informe en PDF, tamaño A4.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="373" />
        <source>Report (HTML)</source>
        <translation>Informe (HTML)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="373" />
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="373" />
        <source>The same report as one self-contained HTML file (images embedded), for the web or e-mail.</source>
        <translation>El mismo informe en un único archivo HTML autocontenido (imágenes incluidas), para la web o el correo electrónico.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="399" />
        <source>The report is drawn with the QGIS print layout, which works only on the main thread: run this algorithm from the Processing toolbox, a model or processing.run, not in a background task.</source>
        <translation>El informe se dibuja con el diseño de impresión de QGIS, que solo funciona en el hilo principal: ejecute este algoritmo desde la caja de herramientas de Procesamiento, un modelo o processing.run, no en una tarea en segundo plano.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="408" />
        <source>There is no translation for the language chosen; the report is written in English.</source>
        <translation>No hay traducción para el idioma elegido; el informe se escribe en inglés.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="440" />
        <source>Report layout: {pages} pages.</source>
        <translation>Diseño del informe: {pages} páginas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="464" />
        <source>The report could not be written: {error}. Choose another file or folder.</source>
        <translation>No se pudo escribir el informe: {error}. Elija otro archivo u otra carpeta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="696" />
        <source>Migrant Integration Planner {version} (QGIS plugin), QGIS {qgis}.</source>
        <translation>Planificador de Integración Urbana de Migrantes {version} (complemento de QGIS), QGIS {qgis}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="881" />
        <source>settlement exposure</source>
        <translation>exposición de asentamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="882" />
        <source>exposure summary</source>
        <translation>resumen de exposición</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="884" />
        <source>access by settlement</source>
        <translation>acceso por asentamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="885" />
        <source>access summary</source>
        <translation>resumen de acceso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="887" />
        <source>suitability raster</source>
        <translation>ráster de aptitud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="888" />
        <source>ranked candidate sites</source>
        <translation>predios candidatos ordenados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="889" />
        <source>weight sensitivity</source>
        <translation>sensibilidad a los pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="890" />
        <source>scenario summary</source>
        <translation>resumen de escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="892" />
        <source>reporting areas</source>
        <translation>áreas de reporte</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="132" />
        <source>equal interval</source>
        <translation>intervalos iguales</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="132" />
        <source>quantile</source>
        <translation>cuantiles</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/suitability.py" line="57" />
        <source>{value} unsuitable or excluded</source>
        <translation>{value} no apto o excluido</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/suitability.py" line="58" />
        <source>{value} best</source>
        <translation>{value} el más apto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/maps.py" line="181" />
        <source>Scale of the detail map</source>
        <translation>Escala del mapa de detalle</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/maps.py" line="226" />
        <source>Legend</source>
        <translation>Convenciones</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/maps.py" line="268" />
        <source>Coordinate reference system: {crs}</source>
        <translation>Sistema de referencia de coordenadas: {crs}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/builder.py" line="464" />
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/builder.py" line="486" />
        <source>Main findings</source>
        <translation>Hallazgos principales</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/builder.py" line="495" />
        <source>The cover has no room for every finding; the rest are in the sections.</source>
        <translation>La portada no tiene espacio para todos los hallazgos; los demás están en las secciones.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/builder.py" line="502" />
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/builder.py" line="525" />
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/export.py" line="31" />
        <source>The PDF could not be written to {path} (error {code}).</source>
        <translation>No se pudo escribir el PDF en {path} (error {code}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="157" />
        <source>not chosen (required)</source>
        <translation>sin elegir (obligatorio)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="163" />
        <source>not chosen (optional)</source>
        <translation>sin elegir (opcional)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="154" />
        <source>not run yet; its part is left out</source>
        <translation>aún no se ha calculado; su parte se omite</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/roles.py" line="400" />
        <source>not chosen</source>
        <translation>sin elegir</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="174" />
        <source>{layer} (step 1, Data)</source>
        <translation>{layer} (paso 1, Datos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="201" />
        <source>Missing: {items}.</source>
        <translation>Falta: {items}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="858" />
        <source>{layer}: {n} features are more than {d} m from the nearest road (up to {most} m); they reach the network on foot over that distance. Check that the road layer covers them.</source>
        <translation>{layer}: {n} elementos están a más de {d} m de la vía más cercana (hasta {most} m); llegan a la malla vial a pie por esa distancia. Revise que la capa de vías los cubra.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="160" />
        <source>CRITERIA_NAMES: the name '{name}' is given more than once; each criterion needs a different name.</source>
        <translation>CRITERIA_NAMES: el nombre '{name}' aparece más de una vez; cada criterio necesita un nombre distinto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="171" />
        <source>{layer}: {n} features have a negative value in '{field}'; they are counted as they are. Check those values.</source>
        <translation>{layer}: {n} elementos tienen un valor negativo en '{field}'; se cuentan tal como están. Revise esos valores.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="550" />
        <source>the parameters</source>
        <translation>los parámetros</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="586" />
        <source>{layer}: {n} features share their value of '{field}' with another feature ({examples}). They are kept as separate features, but a join by this field would be ambiguous.</source>
        <translation>{layer}: {n} elementos comparten su valor de '{field}' con otro elemento ({examples}). Se conservan como elementos separados, pero una unión por este campo sería ambigua.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/geometry.py" line="103" />
        <source>{a} and {b} do not overlap (their extents are {d} m apart), so nothing of one meets the other. Check that these are the intended layers and that their CRS is set correctly.</source>
        <translation>{a} y {b} no se superponen (sus extensiones están a {d} m de distancia), así que nada de una toca a la otra. Revise que sean las capas correctas y que su SRC esté bien definido.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="722" />
        <source>{label}: no feature lies within {cap} m of the area of interest, so the criterion is constant. Check that the layer covers the area and that its CRS is set correctly.</source>
        <translation>{label}: ningún elemento está a menos de {cap} m del área de interés, por lo que el criterio es constante. Revise que la capa cubra el área y que su SRC esté bien definido.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/growth_scenarios.py" line="289" />
        <source>{layer}: the suitability raster has no CRS, so cell areas are not known. Set its CRS (Layer Properties &gt; Source, for example EPSG:9377) or make it with site suitability.</source>
        <translation>{layer}: el ráster de aptitud no tiene SRC, así que no se conoce el área de las celdas. Defina su SRC (Propiedades de la capa &gt; Fuente, por ejemplo EPSG:9377) o genérelo con el algoritmo de aptitud del suelo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="184" />
        <source>{layer}: no field for population was found, so only areas are reported. Choose it in the parameter POPULATION_FIELD.</source>
        <translation>{layer}: no se encontró un campo de población, así que solo se informan áreas. Elíjalo en el parámetro POPULATION_FIELD.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/weight_sensitivity.py" line="101" />
        <source>{layer}: {n} parcels have no usable geometry; they have no suitability and rank last.</source>
        <translation>{layer}: {n} predios no tienen una geometría utilizable; no tienen aptitud y quedan en los últimos puestos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/crs.py" line="147" />
        <source>{layer}: its coordinates ({numbers}) cannot be longitudes and latitudes, but its CRS is {crs}. Set the layer's CRS to the one the data were made in (Layer Properties &gt; Source, for example EPSG:9377 or EPSG:3116) and run again.</source>
        <translation>{layer}: sus coordenadas ({numbers}) no pueden ser longitudes y latitudes, pero su SRC es {crs}. Asigne a la capa el SRC en que se elaboraron los datos (Propiedades de la capa &gt; Fuente, por ejemplo EPSG:9377 o EPSG:3116) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/crs.py" line="163" />
        <source>{layer}: the layer has no CRS and its coordinates ({numbers}) look like longitudes and latitudes. Set its CRS (Layer Properties &gt; Source, for example EPSG:4326) and run again.</source>
        <translation>{layer}: la capa no tiene SRC y sus coordenadas ({numbers}) parecen longitudes y latitudes. Defina su SRC (Propiedades de la capa &gt; Fuente, por ejemplo EPSG:4326) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/crs.py" line="169" />
        <source>{layer}: the layer has no CRS, so its coordinates are taken to be in {crs}, the CRS of the analysis. If they are not, set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>{layer}: la capa no tiene SRC, así que se asume que sus coordenadas están en {crs}, el SRC del análisis. Si no es así, defina el SRC de la capa (Propiedades de la capa &gt; Fuente) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/crs.py" line="185" />
        <source>{layer}: the raster has no CRS, so its coordinates are taken to be in the CRS of the analysis. If they are not, set the raster's CRS (Layer Properties &gt; Source) and run again.</source>
        <translation>{layer}: el ráster no tiene SRC, así que se asume que sus coordenadas están en el SRC del análisis. Si no es así, defina el SRC del ráster (Propiedades de la capa &gt; Fuente) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="48" />
        <source>Migrant planning workflow (whole analysis, model)</source>
        <translation>Flujo completo de planificación (análisis completo, modelo)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="53" />
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="58" />
        <source>Runs the whole analysis of the plugin in one go, as a Graphical Modeler model: settlement exposure to hazards, access to services, AHP weights from the comparison matrix, site suitability with those weights, the ranking of the candidate parcels and the sensitivity of that ranking to the weights, the growth scenarios allocated on the suitability grid, and the council report. Each step feeds the next, so one run gives every result of the workshop; the same inputs always give the same results.

Inputs: the layers of the city (settlements, hazard zones, facilities, roads, DEM, land use, comunas, candidate parcels, area of interest and optionally water) and the main options (access thresholds, distance method, cell size, AHP matrix in the order health, education, roads, urban, slope, hazard, land_use, scenarios JSON, city name, report language). Fields are detected by their names unless chosen in the advanced parameters. Outputs: the exposure, access, suitability, ranking, sensitivity and scenario layers and tables, the scenario files in a folder, and the report as PDF. Open the model in the Graphical Modeler to see or change the chain.</source>
        <translation>Ejecuta de una vez todo el análisis del complemento, como un modelo del Modelador gráfico: exposición de los asentamientos a las amenazas, acceso a equipamientos, pesos AHP a partir de la matriz de comparación, aptitud del suelo con esos pesos, el orden de los predios candidatos y la sensibilidad de ese orden a los pesos, los escenarios de crecimiento asignados sobre la grilla de aptitud y el informe para el Concejo. Cada paso alimenta al siguiente, de modo que una ejecución produce todos los resultados del taller; las mismas entradas dan siempre los mismos resultados.

Entradas: las capas de la ciudad (asentamientos, zonas de amenaza, equipamientos, malla vial, modelo digital de elevación, usos del suelo, comunas, predios candidatos, área de interés y, opcionalmente, cuerpos de agua) y las opciones principales (umbrales de acceso, método de distancia, tamaño de celda, matriz AHP en el orden health, education, roads, urban, slope, hazard, land_use, JSON de escenarios, nombre de la ciudad, idioma del informe). Los campos se detectan por su nombre, salvo que se elijan en los parámetros avanzados. Salidas: las capas y tablas de exposición, acceso, aptitud, orden de predios, sensibilidad y escenarios, los archivos de los escenarios en una carpeta y el informe en PDF. Abra el modelo en el Modelador gráfico para ver o cambiar la cadena.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="77" />
        <source>Where people live (polygons or points) with population and migrants; also the existing urban land of the growth scenarios (informal settlements marked by a field).</source>
        <translation>Dónde vive la población (polígonos o puntos), con población y migrantes; también es el área urbana existente de los escenarios de crecimiento (asentamientos informales marcados por un campo).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="84" />
        <source>Hazard zones (polygons) with a hazard type and a level alta, media, baja.</source>
        <translation>Zonas de amenaza (polígonos) con un tipo de amenaza y un nivel alta, media, baja.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="88" />
        <source>Health, education and early-childhood facilities (points) with a type and a capacity.</source>
        <translation>Equipamientos de salud, educación y primera infancia (puntos) con un tipo y una capacidad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="92" />
        <source>Road centre lines: distance to roads, and access by road when chosen.</source>
        <translation>Ejes de la malla vial: distancia a las vías y, si se elige, acceso por la red vial.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="93" />
        <source>Digital elevation model in metres: the slope criterion.</source>
        <translation>Modelo digital de elevación en metros: el criterio de pendiente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="94" />
        <source>Land use or zoning classes of the POT (polygons).</source>
        <translation>Usos del suelo o clases del POT (polígonos).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="95" />
        <source>Areas for the summaries and the report maps (optional).</source>
        <translation>Áreas para los resúmenes y los mapas del informe (opcional).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="99" />
        <source>Parcels (predios) to rank for new housing.</source>
        <translation>Predios que se ordenan para vivienda nueva.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="100" />
        <source>Polygons that bound the suitability grid, usually the municipal boundary.</source>
        <translation>Polígonos que delimitan la grilla de aptitud; normalmente el límite municipal.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="104" />
        <source>Rivers and lakes (polygons), never built on (optional).</source>
        <translation>Ríos y lagos (polígonos), donde nunca se construye (opcional).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="105" />
        <source>Distance method for access</source>
        <translation>Método de distancia para el acceso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="105" />
        <source>Straight line (quick, optimistic) or walking over the road network.</source>
        <translation>Línea recta (rápida, optimista) o a pie por la malla vial.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="109" />
        <source>Access thresholds per facility type (m)</source>
        <translation>Umbrales de acceso por tipo de equipamiento (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="109" />
        <source>Maximum walking distance in metres per facility type, as type=value separated by ';' (accents and case ignored); also the catchment size of the access score.</source>
        <translation>Distancia máxima a pie en metros por tipo de equipamiento, como tipo=valor separados por ';' (se ignoran tildes y mayúsculas); también es el tamaño del área de influencia del puntaje de acceso.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="116" />
        <source>Side of the suitability grid cells in metres; the growth scenarios use the same grid.</source>
        <translation>Lado de las celdas de la grilla de aptitud en metros; los escenarios de crecimiento usan la misma grilla.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="120" />
        <source>Pairwise comparisons of the seven criteria in the order health, education, roads, urban, slope, hazard, land_use: rows separated by ';', values by ','. Its weights are used for suitability and sensitivity, and its consistency ratio is shown in the report (0.10 or more: a warning).</source>
        <translation>Comparaciones por pares de los siete criterios en el orden health, education, roads, urban, slope, hazard, land_use: filas separadas por ';' y valores por ','. Sus pesos se usan para la aptitud y la sensibilidad, y su razón de consistencia aparece en el informe (0.10 o más: una advertencia).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="128" />
        <source>Growth scenarios (JSON or path of a .json file)</source>
        <translation>Escenarios de crecimiento (JSON o ruta de un archivo .json)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="128" />
        <source>A JSON list with one object per scenario, or the path of a .json file (see the help of Growth scenarios). The default holds the three example scenarios of the sample city.</source>
        <translation>Una lista JSON con un objeto por escenario, o la ruta de un archivo .json (vea la ayuda de Escenarios de crecimiento). El valor predeterminado contiene los tres escenarios de ejemplo de la ciudad de ejemplo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="135" />
        <source>Optional school and health standards of the growth scenarios (see Growth scenarios).</source>
        <translation>Estándares de dotación escolar y de salud de los escenarios de crecimiento (opcional; vea Escenarios de crecimiento).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="139" />
        <source>Seed of the random spread of trend growth; the same seed, the same result.</source>
        <translation>Semilla de la dispersión aleatoria del crecimiento tendencial; la misma semilla da el mismo resultado.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="140" />
        <source>Name shown on the cover of the report.</source>
        <translation>Nombre que aparece en la portada del informe.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="141" />
        <source>Office or person shown on the cover of the report.</source>
        <translation>Dependencia o persona que aparece en la portada del informe.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="142" />
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="142" />
        <source>Language of the report: that of QGIS, Spanish or English.</source>
        <translation>Idioma del informe: el de QGIS, español o inglés.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="146" />
        <source>Left empty, detected by its name (poblacion...).</source>
        <translation>Si se deja vacío, se detecta por su nombre (poblacion...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="147" />
        <source>Left empty, detected by its name (migrantes...).</source>
        <translation>Si se deja vacío, se detecta por su nombre (migrantes...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="148" />
        <source>Marks informal settlements for trend growth. Left empty, detected by its name (informal...).</source>
        <translation>Marca los asentamientos informales para el crecimiento tendencial. Si se deja vacío, se detecta por su nombre (informal...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="152" />
        <source>Left empty, detected by its name (tipo_amenaza...).</source>
        <translation>Si se deja vacío, se detecta por su nombre (tipo_amenaza...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="153" />
        <source>Left empty, detected by its name (nivel...).</source>
        <translation>Si se deja vacío, se detecta por su nombre (nivel...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="173" />
        <source>Left empty, detected by its name (tipo...).</source>
        <translation>Si se deja vacío, se detecta por su nombre (tipo...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="174" />
        <source>Left empty, detected by its name (capacidad...).</source>
        <translation>Si se deja vacío, se detecta por su nombre (capacidad...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="175" />
        <source>Left empty, detected by its name (clase_suelo...).</source>
        <translation>Si se deja vacío, se detecta por su nombre (clase_suelo...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="176" />
        <source>Left empty, detected by its name (nombre...).</source>
        <translation>Si se deja vacío, se detecta por su nombre (nombre...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="177" />
        <source>Left empty, detected by its name (codigo_predio...).</source>
        <translation>Si se deja vacío, se detecta por su nombre (codigo_predio...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="178" />
        <source>The settlements with their exposure per hazard level.</source>
        <translation>Los asentamientos con su exposición por nivel de amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="179" />
        <source>People, migrants and households per area, type and level.</source>
        <translation>Personas, migrantes y hogares por área, tipo y nivel.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="180" />
        <source>Nearest facility, cost and coverage.</source>
        <translation>Equipamiento más cercano, costo y cobertura.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="181" />
        <source>Population covered per area and facility type.</source>
        <translation>Población cubierta por área y tipo de equipamiento.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="182" />
        <source>Criterion, weight and rank from the comparison matrix.</source>
        <translation>Criterio, peso y puesto según la matriz de comparación.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="183" />
        <source>Suitability for new housing, float GeoTIFF.</source>
        <translation>Aptitud para vivienda nueva, GeoTIFF de números reales.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="184" />
        <source>Classes muy alta ... muy baja, 0 excluded.</source>
        <translation>Clases muy alta ... muy baja; 0 excluida.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="185" />
        <source>The parcels with their suitability and rank.</source>
        <translation>Los predios con su aptitud y su puesto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="186" />
        <source>One row per weight change: Spearman and top 10 kept.</source>
        <translation>Una fila por cambio de peso: Spearman y predios que siguen entre los 10 primeros.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="187" />
        <source>Folder for the scenario files</source>
        <translation>Carpeta para los archivos de los escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="187" />
        <source>Year each cell is developed (GeoTIFF) and growth by year (GeoPackage) of every scenario.</source>
        <translation>Año en que se urbaniza cada celda (GeoTIFF) y crecimiento por año (GeoPackage) de cada escenario.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="191" />
        <source>One row per scenario and year.</source>
        <translation>Una fila por escenario y año.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="192" />
        <source>The council report as an A4 PDF.</source>
        <translation>El informe para el Concejo en PDF tamaño A4.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="199" />
        <source>1 Settlement exposure to hazards</source>
        <translation>1 Exposición de asentamientos a amenazas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="200" />
        <source>2 Access to services</source>
        <translation>2 Acceso a equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="201" />
        <source>3 AHP weights</source>
        <translation>3 Pesos AHP</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="202" />
        <source>4 Site suitability for housing</source>
        <translation>4 Aptitud del suelo para vivienda</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="203" />
        <source>5 Rank candidate parcels</source>
        <translation>5 Orden de predios candidatos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="204" />
        <source>6 Weight sensitivity of the ranking</source>
        <translation>6 Sensibilidad del orden a los pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="205" />
        <source>7 Growth scenarios</source>
        <translation>7 Escenarios de crecimiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="206" />
        <source>8 Planning report for the council</source>
        <translation>8 Informe de planificación para el Concejo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="252" />
        <source>Exposure, access, suitability, ranking, scenarios and the council report in one run.</source>
        <translation>Exposición, acceso, aptitud, orden de predios, escenarios e informe para el Concejo en una sola ejecución.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="297" />
        <source>The workflow model {path} could not be read; it is not in the toolbox.</source>
        <translation>No se pudo leer el modelo del flujo de trabajo {path}; no aparece en la caja de herramientas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/checks.py" line="47" />
        <source>{what}: the column '{column}' holds values that are not numbers ({values}). Give the table as the algorithm wrote it, or correct those values.</source>
        <translation>{what}: la columna '{column}' contiene valores que no son números ({values}). Entregue la tabla tal como la escribió el algoritmo, o corrija esos valores.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/checks.py" line="54" />
        <source>{what}: the table has no rows, so its part of the report is left out.</source>
        <translation>{what}: la tabla no tiene filas, así que su parte del informe se omite.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/checks.py" line="65" />
        <source>{what}: {n} rows have no value in '{column}'; they are left out of the sums.</source>
        <translation>{what}: {n} filas no tienen valor en '{column}'; se dejan fuera de las sumas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/checks.py" line="71" />
        <source>{what}: {n} rows have a negative value in '{column}'. Check the layer the analysis was run on: the report adds them up as they are.</source>
        <translation>{what}: {n} filas tienen un valor negativo en '{column}'. Revise la capa sobre la que se hizo el análisis: el informe las suma tal como están.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="275" />
        <source>The sample city is being written already.</source>
        <translation>La ciudad de ejemplo ya se está escribiendo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="193" />
        <source>{step} is running already: wait for it to end, or press Cancel first.</source>
        <translation>{step} ya se está ejecutando: espere a que termine o presione primero Cancelar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tasks.py" line="101" />
        <source>The layer chosen as '{input}' is no longer in the project (it was removed while the run was going on). Choose it again in step 1, Data, and run again.</source>
        <translation>La capa elegida como '{input}' ya no está en el proyecto (se quitó mientras se ejecutaba el cálculo). Elíjala de nuevo en el paso 1, Datos, y ejecute otra vez.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="543" />
        <source>{layer} ({param})</source>
        <translation>{layer} ({param})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="545" />
        <source>{layer} ({param}: the {output} of {algorithm})</source>
        <translation>{layer} ({param}: la salida {output} de {algorithm})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="809" />
        <source>{layer}: the layer has no feature with a geometry, so it is left out of the maps.</source>
        <translation>{layer}: la capa no tiene ningún elemento con geometría, así que se omite en los mapas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="575" />
        <source>SUITABILITY: {w} x {h} cells need about {need:.1f} GB of memory for the growth scenarios, more than the {free:.1f} GB available. Use a suitability raster with larger cells (resample it), a smaller area, or close other programs.</source>
        <translation>SUITABILITY: {w} x {h} celdas necesitan unos {need:.1f} GB de memoria para los escenarios de crecimiento, más que los {free:.1f} GB disponibles. Use un ráster de aptitud con celdas más grandes (remuestréelo), un área menor, o cierre otros programas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="136" />
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="137" />
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="138" />
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="47" />
        <source>no geometry</source>
        <translation>sin geometría</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="447" />
        <source>{layer}: {n} roads are for pedestrians only ('{field}' = 0): they are walked, both ways, at {speed} km/h.</source>
        <translation>{layer}: {n} vías son solo para peatones ('{field}' = 0): se recorren a pie, en ambos sentidos, a {speed} km/h.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="458" />
        <source>{layer}: {n} roads are closed to pedestrians ('{field}' = 0) and left out when walking.</source>
        <translation>{layer}: {n} vías están cerradas a los peatones ('{field}' = 0) y se excluyen al ir a pie.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="493" />
        <source>{layer}: {n} values of '{field}' are not understood as 1/0 (yes/no, true/false); those roads are taken as open.</source>
        <translation>{layer}: {n} valores de '{field}' no se entienden como 1/0 (sí/no, true/false); esas vías se toman como abiertas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="104" />
        <source>one total of {total} migrants</source>
        <translation>un total de {total} migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="106" />
        <source>totals for {n} areas ({total} migrants in all)</source>
        <translation>totales de {n} áreas ({total} migrantes en total)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="109" />
        <source> (source: {source})</source>
        <translation> (fuente: {source})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="112" />
        <source>the weight field '{field}'</source>
        <translation>el campo de peso '{field}'</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="114" />
        <source>informal settlements ('{field}') weighing {w} times a formal one</source>
        <translation>los asentamientos informales ('{field}') con un peso de {w} veces uno formal</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="119" />
        <source>ESTIMATES, not counts: migrants_est is a dasymetric estimate of the migrants of each feature, from {given}{source}, in proportion to {weights}, never above a feature's population; the estimates of each area add up to its total.</source>
        <translation>ESTIMACIONES, no conteos: migrants_est es una estimación dasimétrica de los migrantes de cada elemento, a partir de {given}{source}, en proporción a {weights}, nunca mayor que la población del elemento; las estimaciones de cada área suman su total.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="125" />
        <source>{n} features lie in no area and have no estimate.</source>
        <translation>{n} elementos no están en ninguna área y no tienen estimación.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="205" />
        <source>The total of migrants of {area} is {total}: a total of persons must be a whole number of 0 or more. Correct it in TOTALS or in the total field.</source>
        <translation>El total de migrantes de {area} es {total}: un total de personas debe ser un número entero igual o mayor que 0. Corríjalo en TOTALS o en el campo de total.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="221" />
        <source>{area}: a total of {total} migrants, but {layer} has no population there. Check that the features lie in the area (or carry its name) and that their population field is filled.</source>
        <translation>{area}: un total de {total} migrantes, pero {layer} no tiene población allí. Revise que los elementos estén en el área (o lleven su nombre) y que su campo de población esté lleno.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="228" />
        <source>{area}: the total of {total} migrants is larger than the population of its features in {layer} ({population}). Check the total, the area it belongs to and the population field.</source>
        <translation>{area}: el total de {total} migrantes es mayor que la población de sus elementos en {layer} ({population}). Revise el total, el área a la que pertenece y el campo de población.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="235" />
        <source>{area}: the total of {total} migrants is larger than the population of its features with a weight above 0 ({population}): the rest cannot be placed. Give more features a positive weight or check the total.</source>
        <translation>{area}: el total de {total} migrantes es mayor que la población de sus elementos con peso mayor que 0 ({population}): el resto no se puede ubicar. Dé un peso positivo a más elementos o revise el total.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="255" />
        <source>{layer}: {missing} features have no weight and {negative} a negative weight in '{field}'. Give every feature a weight of 0 or more (0: no migrants there), or leave WEIGHT_FIELD empty.</source>
        <translation>{layer}: {missing} elementos no tienen peso y {negative} tienen un peso negativo en '{field}'. Dé a cada elemento un peso de 0 o más (0: sin migrantes), o deje WEIGHT_FIELD vacío.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="270" />
        <source>INFORMAL_WEIGHT must be a number of 0 or more (2 = an informal feature weighs twice a formal one).</source>
        <translation>INFORMAL_WEIGHT debe ser un número igual o mayor que 0 (2 = un elemento informal pesa el doble que uno formal).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="274" />
        <source>{layer}: {n} of {total} features are informal ('{field}'); they weigh {w} times a formal one.</source>
        <translation>{layer}: {n} de {total} elementos son informales ('{field}'); pesan {w} veces uno formal.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="301" />
        <source>Two totals are given for the area '{area}'. Give one total per area.</source>
        <translation>Se dan dos totales para el área '{area}'. Dé un solo total por área.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="309" />
        <source>Totals for {n} areas are given, but nothing says which area each feature of {layer} is in: choose the field with the area name (INPUT_AREA_FIELD) or give the areas as polygons.</source>
        <translation>Se dan totales de {n} áreas, pero nada dice en qué área está cada elemento de {layer}: elija el campo con el nombre del área (INPUT_AREA_FIELD) o dé las áreas como polígonos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="340" />
        <source>the settlements</source>
        <translation>los asentamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="345" />
        <source>{layer}: {nulls} features have no population and {negative} a negative one in '{field}'. Give every feature its population (0 where nobody lives) before estimating migrants.</source>
        <translation>{layer}: {nulls} elementos no tienen población y {negative} tienen una negativa en '{field}'. Dé a cada elemento su población (0 donde no vive nadie) antes de estimar los migrantes.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="358" />
        <source>{layer}: {n} features (population {population}) are in no area with a total; their migrants_est is empty.</source>
        <translation>{layer}: {n} elementos (población {population}) no están en ninguna área con total; su migrants_est queda vacío.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="365" />
        <source>{n} areas have no feature of {layer}: {areas}.</source>
        <translation>{n} áreas no tienen ningún elemento de {layer}: {areas}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="374" />
        <source>{layer}: its field '{field}' is replaced in the output by the new estimate.</source>
        <translation>{layer}: su campo '{field}' se reemplaza en la salida por la nueva estimación.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/dasymetric.py" line="388" />
        <source>{n} features reached their whole population as migrants (the cap); the rest of their share went to the other features of their area.</source>
        <translation>{n} elementos llegaron a toda su población como migrantes (el tope); el resto de su parte pasó a los demás elementos de su área.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="204" />
        <source>SPEEDS: '{key}' is not a highway class a vehicle uses. Write entries as class=km/h with one of: {classes}.</source>
        <translation>SPEEDS: '{key}' no es una clase de vía para vehículos. Escriba las entradas como clase=km/h con una de: {classes}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="211" />
        <source>SPEEDS: the speed {value} for '{key}' must be more than 0 and at most 200 km/h.</source>
        <translation>SPEEDS: la velocidad {value} de '{key}' debe ser mayor que 0 y como máximo 200 km/h.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="238" />
        <source>OSM: {n} ways of other highway classes were left out ({classes}).</source>
        <translation>OSM: se excluyeron {n} vías de otras clases de highway ({classes}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="249" />
        <source>OSM: {n} highway ways are closed to pedestrians and vehicles (access=private, no...) and were left out.</source>
        <translation>OSM: {n} vías (highway) están cerradas a peatones y vehículos (access=private, no...) y se excluyeron.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="260" />
        <source>OSM: {n} ways have a maxspeed that is not a speed ({examples}); they use the default speed of their class.</source>
        <translation>OSM: {n} vías tienen un maxspeed que no es una velocidad ({examples}); usan la velocidad predeterminada de su clase.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="371" />
        <source>FACILITY_TAGS: '{group}' in the type '{type}' is not a tag. Write type=key=value,value|key=* (for example educación=amenity=school,college).</source>
        <translation>FACILITY_TAGS: '{group}' en el tipo '{type}' no es una etiqueta. Escriba tipo=clave=valor,valor|clave=* (por ejemplo educación=amenity=school,college).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="380" />
        <source>FACILITY_TAGS: the tag '{group}' in the type '{type}' needs a key and values.</source>
        <translation>FACILITY_TAGS: la etiqueta '{group}' del tipo '{type}' necesita una clave y valores.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="386" />
        <source>FACILITY_TAGS: the key '{key}' is not read from OSM files; use amenity or healthcare.</source>
        <translation>FACILITY_TAGS: la clave '{key}' no se lee de los archivos OSM; use amenity o healthcare.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="447" />
        <source>OSM: {n} facilities have a capacity or beds value that is not a whole number; it was left empty.</source>
        <translation>OSM: {n} equipamientos tienen un valor de capacity o beds que no es un número entero; se dejó vacío.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="496" />
        <source>the OSM file</source>
        <translation>el archivo OSM</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="501" />
        <source>{file}: the extract has no highway (no road, street or path). Export an extract that covers the streets of the area (for example from download.geofabrik.de or openstreetmap.org, Export).</source>
        <translation>{file}: el extracto no tiene vías (highway: ni calles, ni carreteras, ni senderos). Exporte un extracto que cubra las calles del área (por ejemplo de download.geofabrik.de o de openstreetmap.org, Exportar).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="509" />
        <source>{file}: the extract has highways, but none that pedestrians or vehicles may use (classes: {classes}). Export an extract that covers the streets of the area.</source>
        <translation>{file}: el extracto tiene vías (highway), pero ninguna que puedan usar peatones o vehículos (clases: {classes}). Exporte un extracto que cubra las calles del área.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="536" />
        <source>The area of interest (with its {buffer} m buffer) does not overlap the roads of {file}. Choose an area of interest in the place the extract covers, or leave it empty to import everything.</source>
        <translation>El área de interés (con su zona de {buffer} m alrededor) no se superpone a las vías de {file}. Elija un área de interés en el lugar que cubre el extracto, o déjela vacía para importarlo todo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="566" />
        <source>OSM: {ways} highway ways give {edges} road edges ({km:.1f} km); {foot} foot-only, {nofoot} closed to pedestrians.</source>
        <translation>OSM: {ways} vías dan {edges} tramos viales ({km:.1f} km); {foot} solo peatonales, {nofoot} cerrados a los peatones.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="606" />
        <source>OSM: {n} facility nodes lie inside an area mapped as the same facility; the area is kept.</source>
        <translation>OSM: {n} nodos de equipamiento están dentro de un área dibujada como el mismo equipamiento; se conserva el área.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="618" />
        <source>OSM: no facility of the types {types} in the extract; the facilities output is empty. Check the extract, or FACILITY_TAGS.</source>
        <translation>OSM: no hay equipamientos de los tipos {types} en el extracto; la salida de equipamientos queda vacía. Revise el extracto, o FACILITY_TAGS.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="627" />
        <source>OSM: {n} facilities of type {type} ({missing} without capacity).</source>
        <translation>OSM: {n} equipamientos de tipo {type} ({missing} sin capacidad).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="37" />
        <source>Migrant planning — prepared data</source>
        <translation>Planificación de migrantes — datos preparados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="46" />
        <source>Estimate migrants per settlement</source>
        <translation>Estimar migrantes por asentamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="49" />
        <source>The migrants of each settlement of '{layer}' are estimated from the total known for the municipality (Migración Colombia, GIFMM/R4V), in proportion to its population, never more than its population. The result is an estimate, not a count, and says so.</source>
        <translation>Los migrantes de cada asentamiento de '{layer}' se estiman a partir del total conocido del municipio (Migración Colombia, GIFMM/R4V), en proporción a su población, nunca más que su población. El resultado es una estimación, no un conteo, y así lo dice.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="62" />
        <source>e.g. 12500</source>
        <translation>p. ej. 12500</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="83" />
        <source>Total migrants</source>
        <translation>Total de migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="70" />
        <source>How many times an informal settlement weighs a formal one per person (field '{field}').</source>
        <translation>Cuántas veces pesa un asentamiento informal frente a uno formal, por persona (campo '{field}').</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="70" />
        <source>Choose the informal field of the settlements in step 1 to use it.</source>
        <translation>Elija el campo de asentamiento informal en el paso 1 para usarlo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="144" />
        <source>Informal weight (times a formal settlement)</source>
        <translation>Peso informal (veces un asentamiento formal)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="80" />
        <source>e.g. Migración Colombia, 2024</source>
        <translation>p. ej. Migración Colombia, 2024</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="155" />
        <source>Source of the totals</source>
        <translation>Fuente de los totales</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="86" />
        <source>Estimate</source>
        <translation>Estimar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="158" />
        <source>Import OpenStreetMap…</source>
        <translation>Importar OpenStreetMap…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="160" />
        <source>Roads and health, education and early childhood facilities from an OpenStreetMap extract (.osm or .osm.pbf, e.g. from download.geofabrik.de), offline; clipped around the study area when it is chosen.</source>
        <translation>Vías y equipamientos de salud, educación y primera infancia desde un extracto de OpenStreetMap (.osm o .osm.pbf, p. ej. de download.geofabrik.de), sin internet; recortado alrededor del área de estudio cuando está elegida.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="167" />
        <source>Estimate migrants…</source>
        <translation>Estimar migrantes…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="169" />
        <source>Migrants per settlement estimated from the total known for the municipality (an estimate).</source>
        <translation>Migrantes por asentamiento estimados a partir del total conocido del municipio (una estimación).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="194" />
        <source>No road network or facilities: import them from an OpenStreetMap extract.</source>
        <translation>Sin malla vial o sin equipamientos: impórtelos de un extracto de OpenStreetMap.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="196" />
        <source>No migrants per settlement: estimate them from the municipal total.</source>
        <translation>Sin migrantes por asentamiento: estímelos a partir del total municipal.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="206" />
        <source>OpenStreetMap extract</source>
        <translation>Extracto de OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="206" />
        <source>OpenStreetMap files (*.osm *.pbf)</source>
        <translation>Archivos OpenStreetMap (*.osm *.pbf)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="222" />
        <source>Importing OpenStreetMap…</source>
        <translation>Importando OpenStreetMap…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="238" />
        <source>Choose the settlements (with their population) first.</source>
        <translation>Elija primero los asentamientos (con su población).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="251" />
        <source>Estimating migrants…</source>
        <translation>Estimando migrantes…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="256" />
        <source>Wait for the import or estimate that is running to end.</source>
        <translation>Espere a que termine la importación o la estimación en curso.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="302" />
        <source>Roads (OpenStreetMap)</source>
        <translation>Vías (OpenStreetMap)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="303" />
        <source>Facilities (OpenStreetMap)</source>
        <translation>Equipamientos (OpenStreetMap)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="305" />
        <source>Roads ({roads}) and facilities ({facilities}) imported: {file}</source>
        <translation>Vías ({roads}) y equipamientos ({facilities}) importados: {file}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="162" />
        <source>Settlements with estimated migrants</source>
        <translation>Asentamientos con migrantes estimados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/data.py" line="316" />
        <source>Migrants estimated (migrants_est, an estimate): {file}</source>
        <translation>Migrantes estimados (migrants_est, una estimación): {file}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="47" />
        <source>Estimate migrants per settlement or block</source>
        <translation>Estimar migrantes por asentamiento o manzana</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="50" />
        <source>Estimates the migrants of each settlement or census block from known totals (for the municipality, or per comuna: Migración Colombia, GIFMM/R4V), a dasymetric estimate: within each area with total T, a feature with population P and weight w gets T·P·w / Σ P·w, never more than its population (the excess is shared again among the features with room). Estimates are whole persons (largest remainder rounding), so the estimates of each area add up to its total exactly. The weight expresses where migrants are more likely: a weight field, and/or informal settlements weighing a given number of times a formal one.

Inputs: settlements or blocks with population; the totals as one number, as area=number entries matched to a field of the features, or as a layer of areas (polygons, or a table matched by name) with a total field. Outputs: the features with migrants_est and migrant_share_est, marked as estimates in their metadata, which the other algorithms use as migrants; and a summary per area (given total, estimated sum, features, population, features at their cap).</source>
        <translation>Estima los migrantes de cada asentamiento o manzana censal a partir de totales conocidos (del municipio, o por comuna: Migración Colombia, GIFMM/R4V), una estimación dasimétrica: dentro de cada área con total T, a un elemento con población P y peso w le tocan T·P·w / Σ P·w, nunca más que su población (lo que sobra se reparte otra vez entre los elementos con cupo). Las estimaciones son personas enteras (redondeo por restos mayores), así las estimaciones de cada área suman exactamente su total. El peso expresa dónde es más probable que vivan migrantes: un campo de peso, y/o asentamientos informales que pesan un número dado de veces uno formal.

Entradas: asentamientos o manzanas con población; los totales como un número, como entradas área=número emparejadas con un campo de los elementos, o como una capa de áreas (polígonos, o una tabla emparejada por nombre) con un campo de total. Salidas: los elementos con migrants_est y migrant_share_est, marcados como estimaciones en sus metadatos, que los demás algoritmos usan como migrantes; y un resumen por área (total dado, suma estimada, elementos, población, elementos en su tope).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="69" />
        <source>Where people live, with their population (for example DANE's CNPV 2018 on the MGN blocks).</source>
        <translation>Donde vive la gente, con su población (por ejemplo el CNPV 2018 del DANE sobre las manzanas del MGN).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="77" />
        <source>Number of people of each feature. Detected from its name (poblacion, population...) when empty.</source>
        <translation>Número de personas de cada elemento. Si se deja vacío, se detecta por el nombre del campo (poblacion, population...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="83" />
        <source>The known number of migrants: one number for the whole layer (for example 12500), or one per area as area=number separated by ';' (Comuna 1=4200;Comuna 2=3100), matched to the field chosen in 'Area name field of the settlements'. Leave empty when the totals come from an areas layer.</source>
        <translation>El número conocido de migrantes: un número para toda la capa (por ejemplo 12500), o uno por área como área=número separados por ';' (Comuna 1=4200;Comuna 2=3100), emparejados con el campo elegido en 'Campo del nombre del área de los asentamientos'. Déjelo vacío cuando los totales vienen de una capa de áreas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="91" />
        <source>Areas with totals</source>
        <translation>Áreas con totales</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="91" />
        <source>Comunas or municipalities with their total of migrants: polygons (each feature counts in the area that contains its point), or a table matched by name to 'Area name field of the settlements'.</source>
        <translation>Comunas o municipios con su total de migrantes: polígonos (cada elemento cuenta en el área que contiene su punto), o una tabla emparejada por nombre con 'Campo del nombre del área de los asentamientos'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="103" />
        <source>Name of each area. Detected from its name (nombre, comuna...) when empty.</source>
        <translation>Nombre de cada área. Si se deja vacío, se detecta por el nombre del campo (nombre, comuna...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="109" />
        <source>Total migrants field</source>
        <translation>Campo del total de migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="109" />
        <source>Known number of migrants of each area. Detected from its name (migrantes, migrants...) when empty.</source>
        <translation>Número conocido de migrantes de cada área. Si se deja vacío, se detecta por el nombre del campo (migrantes, migrants...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="115" />
        <source>Area name field of the settlements</source>
        <translation>Campo del nombre del área de los asentamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="115" />
        <source>Field of the settlements that holds the name of their area (for example comuna), to match totals given by name (area=number, or a table). Empty: areas given as polygons are matched by location.</source>
        <translation>Campo de los asentamientos con el nombre de su área (por ejemplo comuna), para emparejar los totales dados por nombre (área=número, o una tabla). Vacío: las áreas dadas como polígonos se emparejan por ubicación.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="129" />
        <source>Weight field</source>
        <translation>Campo de peso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="129" />
        <source>Relative propensity of each feature to host migrants (0 or more; 2 = twice as likely per person, 0 = none), for example by estrato. Empty: every person weighs the same.</source>
        <translation>Propensión relativa de cada elemento a recibir migrantes (0 o más; 2 = el doble de probable por persona, 0 = ninguno), por ejemplo por estrato. Vacío: todas las personas pesan igual.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="138" />
        <source>Marks informal settlements (true/1/sí/yes), which weigh the informal weight times a formal one.</source>
        <translation>Marca los asentamientos informales (true/1/sí/yes), que pesan el peso informal veces uno formal.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="144" />
        <source>How many times an informal settlement weighs a formal one per person (1 = the same).</source>
        <translation>Cuántas veces pesa un asentamiento informal frente a uno formal, por persona (1 = igual).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="155" />
        <source>Where the totals come from (for example 'Migración Colombia, 2024'); written in the output's metadata and in the report beside the estimates.</source>
        <translation>De dónde vienen los totales (por ejemplo 'Migración Colombia, 2024'); se escribe en los metadatos de la salida y en el informe junto a las estimaciones.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="165" />
        <source>The input features and fields with migrants_est and migrant_share_est (estimates).</source>
        <translation>Los elementos y campos de entrada con migrants_est y migrant_share_est (estimaciones).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="167" />
        <source>Migrant estimate by area</source>
        <translation>Estimación de migrantes por área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="174" />
        <source>Given total, estimated sum, features, population and features at their cap, per area.</source>
        <translation>Total dado, suma estimada, elementos, población y elementos en su tope, por área.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="183" />
        <source>Give the totals either in TOTALS or as a layer of areas (AREAS), not both: empty one of them.</source>
        <translation>Dé los totales en TOTALS o como una capa de áreas (AREAS), no ambos: deje vacío uno de los dos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="187" />
        <source>No total of migrants: write it in TOTALS (one number, or area=number entries), or choose a layer of areas with a total field in AREAS.</source>
        <translation>No hay total de migrantes: escríbalo en TOTALS (un número, o entradas área=número), o elija en AREAS una capa de áreas con un campo de total.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="200" />
        <source>informal settlement</source>
        <translation>asentamiento informal</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="213" />
        <source>TOTALS gives a total per area (area=number): choose the field of {layer} that holds the area names in 'Area name field of the settlements' (INPUT_AREA_FIELD).</source>
        <translation>TOTALS da un total por área (área=número): elija el campo de {layer} con los nombres de las áreas en 'Campo del nombre del área de los asentamientos' (INPUT_AREA_FIELD).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="273" />
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="277" />
        <source>{layer} has no polygons: to match its totals by name, choose the field of the settlements that holds the area names in 'Area name field of the settlements' (INPUT_AREA_FIELD).</source>
        <translation>{layer} no tiene polígonos: para emparejar sus totales por nombre, elija el campo de los asentamientos con los nombres de las áreas en 'Campo del nombre del área de los asentamientos' (INPUT_AREA_FIELD).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="301" />
        <source>Migrants, ESTIMATED from totals (persons)</source>
        <translation>Migrantes, ESTIMADOS a partir de totales (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="302" />
        <source>Share of migrants, ESTIMATED (0-1)</source>
        <translation>Proporción de migrantes, ESTIMADA (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="309" />
        <source>Given total of migrants (persons)</source>
        <translation>Total dado de migrantes (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="310" />
        <source>Sum of the estimates (persons)</source>
        <translation>Suma de las estimaciones (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="311" />
        <source>Features (count)</source>
        <translation>Elementos (número)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="313" />
        <source>Features whose estimate is their whole population (count)</source>
        <translation>Elementos cuya estimación es toda su población (número)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/estimate_migrants.py" line="314" />
        <source>Migrants per person of the area (0-1)</source>
        <translation>Migrantes por persona del área (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="44" />
        <source>Import OpenStreetMap (roads and facilities)</source>
        <translation>Importar OpenStreetMap (vías y equipamientos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="47" />
        <source>Reads an OpenStreetMap extract (.osm or .osm.pbf, for example from download.geofabrik.de) offline with GDAL's OSM driver. Roads: every highway way that pedestrians or vehicles may use, cut at every node it shares with another way so that the network is routable; speed from maxspeed (50, 50 km/h, 30 mph) or a default per class that follows Colombian urban limits; one-way from oneway (yes/1 = 1, -1 = -1; roundabouts and motorways one-way); path, footway, steps and pedestrian ways for pedestrians only (motor = 0); motorways and foot=no ways closed to pedestrians (foot = 0). Facilities: health (amenity=hospital, clinic, doctors, health_post; healthcare=* except pharmacy), education (amenity=school) and early childhood (amenity=kindergarten, childcare), areas as a point inside them.

Inputs: the OSM file; optionally an area of interest (what lies within the buffer around it is kept, so that routes leaving the area are not cut), speeds per class and facility tags. Outputs: road lines (osm_id, name, highway, speed_kmh, oneway, foot, motor, length_m) that Access to services reads directly, and facility points (osm_type, osm_id, name, tipo, subtipo, capacidad), in a metric CRS.</source>
        <translation>Lee un extracto de OpenStreetMap (.osm o .osm.pbf, por ejemplo de download.geofabrik.de) sin internet con el controlador OSM de GDAL. Vías: cada vía (highway) que pueden usar peatones o vehículos, cortada en cada nodo que comparte con otra vía para que la red se pueda recorrer; velocidad de maxspeed (50, 50 km/h, 30 mph) o una predeterminada por clase según los límites urbanos colombianos; sentido de oneway (yes/1 = 1, -1 = -1; glorietas y autopistas, un solo sentido); path, footway, steps y pedestrian solo para peatones (motor = 0); autopistas y vías con foot=no cerradas a los peatones (foot = 0). Equipamientos: salud (amenity=hospital, clinic, doctors, health_post; healthcare=* salvo pharmacy), educación (amenity=school) y primera infancia (amenity=kindergarten, childcare), las áreas como un punto dentro de ellas.

Entradas: el archivo OSM; opcionalmente un área de interés (se conserva lo que está dentro de la zona alrededor de ella, para no cortar las rutas que salen del área), velocidades por clase y etiquetas de equipamientos. Salidas: líneas de las vías (osm_id, name, highway, speed_kmh, oneway, foot, motor, length_m) que Acceso a equipamientos lee directamente, y puntos de los equipamientos (osm_type, osm_id, name, tipo, subtipo, capacidad), en un SRC métrico.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="64" />
        <source>OpenStreetMap file</source>
        <translation>Archivo OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="64" />
        <source>OpenStreetMap files (*.osm *.pbf *.OSM *.PBF)</source>
        <translation>Archivos OpenStreetMap (*.osm *.pbf *.OSM *.PBF)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="64" />
        <source>All files (*.*)</source>
        <translation>Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="64" />
        <source>An OSM extract in XML (.osm) or PBF (.osm.pbf) format. It is read offline; nothing is downloaded.</source>
        <translation>Un extracto de OSM en formato XML (.osm) o PBF (.osm.pbf). Se lee sin internet; no se descarga nada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="74" />
        <source>Polygons of the municipality or study area (optional). Roads and facilities within the buffer around them are kept; without it, the whole extract is imported.</source>
        <translation>Polígonos del municipio o del área de estudio (opcional). Se conservan las vías y los equipamientos dentro de la zona alrededor de ellos; sin área, se importa todo el extracto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="86" />
        <source>Buffer around the area of interest (m)</source>
        <translation>Zona alrededor del área de interés (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="97" />
        <source>Speeds per highway class (km/h)</source>
        <translation>Velocidades por clase de vía (km/h)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="97" />
        <source>Default speeds that replace the plugin's, as class=km/h separated by ';' (for example residential=25;primary=60). A way's maxspeed tag still wins.</source>
        <translation>Velocidades predeterminadas que reemplazan las del complemento, como clase=km/h separadas por ';' (por ejemplo residential=25;primary=60). La etiqueta maxspeed de una vía sigue mandando.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="104" />
        <source>Facility tags per type</source>
        <translation>Etiquetas por tipo de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="104" />
        <source>OSM tags of each facility type, replacing the default of the types written, as type=key=value,value|key=* separated by ';' (for example educación=amenity=school,college). '*' is any value, -value excludes one; a type with nothing after '=' is not imported.</source>
        <translation>Etiquetas OSM de cada tipo de equipamiento, que reemplazan las predeterminadas de los tipos escritos, como tipo=clave=valor,valor|clave=* separados por ';' (por ejemplo educación=amenity=school,college). '*' es cualquier valor, -valor excluye uno; un tipo sin nada después de '=' no se importa.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="113" />
        <source>Road network (OSM)</source>
        <translation>Malla vial (OSM)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="116" />
        <source>Road lines cut at shared nodes, with speed, one-way, pedestrian and vehicle access.</source>
        <translation>Líneas de las vías cortadas en los nodos compartidos, con velocidad, sentido y acceso peatonal y vehicular.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="118" />
        <source>Service facilities (OSM)</source>
        <translation>Equipamientos de servicios (OSM)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="125" />
        <source>Health, education and early childhood facilities as points, with type and capacity.</source>
        <translation>Equipamientos de salud, educación y primera infancia como puntos, con tipo y capacidad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="154" />
        <source>Imported from the OpenStreetMap file {file} (© OpenStreetMap contributors, ODbL). Computed in {crs}.</source>
        <translation>Importado del archivo OpenStreetMap {file} (© colaboradores de OpenStreetMap, ODbL). Calculado en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="185" />
        <source>OSM way id</source>
        <translation>ID de vía OSM</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="187" />
        <source>Highway class (OSM)</source>
        <translation>Clase de vía (highway de OSM)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="189" />
        <source>One-way (1 drawn direction, -1 against it, 0 two-way)</source>
        <translation>Sentido (1 el del dibujo, -1 el contrario, 0 doble sentido)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="190" />
        <source>Pedestrians allowed (1 yes, 0 no)</source>
        <translation>Peatones permitidos (1 sí, 0 no)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="191" />
        <source>Motor vehicles allowed (1 yes, 0 foot only)</source>
        <translation>Vehículos motorizados permitidos (1 sí, 0 solo peatones)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="192" />
        <source>Length (m)</source>
        <translation>Longitud (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="198" />
        <source>OSM object type</source>
        <translation>Tipo de objeto OSM</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="199" />
        <source>OSM id</source>
        <translation>ID OSM</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="202" />
        <source>Subtype (OSM tag value)</source>
        <translation>Subtipo (valor de la etiqueta OSM)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="203" />
        <source>Capacity (capacity or beds tag)</source>
        <translation>Capacidad (etiqueta capacity o beds)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="186" />
        <source>OpenStreetMap extract of the streets and facilities</source>
        <translation>Extracto de OpenStreetMap de las calles y los equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="204" />
        <source>Pedestrians allowed field</source>
        <translation>Campo de peatones permitidos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="204" />
        <source>Marks roads closed to pedestrians with 0 (no, false): they are left out when walking. Detected from its name (foot, peatonal...) when empty, e.g. in the roads of Import OpenStreetMap.</source>
        <translation>Marca con 0 (no, false) las vías cerradas a los peatones: se excluyen al ir a pie. Si se deja vacío, se detecta por el nombre del campo (foot, peatonal...), p. ej. en las vías de Importar OpenStreetMap.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="214" />
        <source>Motor vehicles allowed field</source>
        <translation>Campo de vehículos motorizados permitidos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="214" />
        <source>Marks foot-only ways (footways, steps, pedestrian streets) with 0: by road they are walked, both ways, at the walking speed. Detected from its name (motor, vehicular...) when empty.</source>
        <translation>Marca con 0 las vías solo peatonales (senderos, escaleras, calles peatonales): en vehículo se recorren a pie, en ambos sentidos, a la velocidad de caminata. Si se deja vacío, se detecta por el nombre del campo (motor, vehicular...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="377" />
        <source>motor vehicles allowed</source>
        <translation>vehículos motorizados permitidos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="383" />
        <source>pedestrians allowed</source>
        <translation>peatones permitidos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/layer_metadata.py" line="59" />
        <source>{file}: its description could not be written ({error}); the layer itself is complete.</source>
        <translation>{file}: no se pudo escribir su descripción ({error}); la capa está completa.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/osm_read.py" line="50" />
        <source>{file} is not an OpenStreetMap file (.osm XML or .osm.pbf). Choose an OSM extract, for example from download.geofabrik.de (Colombia, .osm.pbf) or the Export button of openstreetmap.org (.osm).</source>
        <translation>{file} no es un archivo de OpenStreetMap (.osm XML o .osm.pbf). Elija un extracto de OSM, por ejemplo de download.geofabrik.de (Colombia, .osm.pbf) o del botón Exportar de openstreetmap.org (.osm).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/osm_read.py" line="61" />
        <source>The OSM file {file} does not exist. Choose an existing .osm or .osm.pbf file.</source>
        <translation>El archivo OSM {file} no existe. Elija un archivo .osm o .osm.pbf existente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/osm_read.py" line="137" />
        <source>{file}: many facilities; the OSM layers are read one after another.</source>
        <translation>{file}: muchos equipamientos; las capas de OSM se leen una tras otra.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/osm_read.py" line="206" />
        <source>{file}: GDAL could not read the OSM data ({error}). Check that the file is complete.</source>
        <translation>{file}: GDAL no pudo leer los datos OSM ({error}). Revise que el archivo esté completo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/osm.py" line="527" />
        <source>The area of interest has no polygon (it is empty, or its geometries are null). Choose the layer of the study area, or leave it empty to import the whole extract.</source>
        <translation>El área de interés no tiene polígonos (está vacía o sus geometrías son nulas). Elija la capa del área de estudio, o déjela vacía para importar todo el extracto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="254" />
        <source>DEFAULT_CAPACITIES: the capacity of '{key}' must be a positive number, not {value}.</source>
        <translation>DEFAULT_CAPACITIES: la capacidad de '{key}' debe ser un número positivo, no {value}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="285" />
        <source>LAYER_TYPES names layers that are not among the facilities: {names}. Layers: {layers}.</source>
        <translation>LAYER_TYPES nombra capas que no están entre los equipamientos: {names}. Capas: {layers}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="297" />
        <source>{layer}: its {n} facilities are of type '{type}' (LAYER_TYPES).</source>
        <translation>{layer}: sus {n} equipamientos son del tipo '{type}' (LAYER_TYPES).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="306" />
        <source>{layer}: no type field, so its facilities are of the type '{type}' (the layer's name). Give LAYER_TYPES (e.g. '{type}=salud') to name it as THRESHOLDS does.</source>
        <translation>{layer}: no tiene campo de tipo, así que sus equipamientos son del tipo '{type}' (el nombre de la capa). Indique LAYER_TYPES (p. ej. '{type}=salud') para nombrarlo como lo hace THRESHOLDS.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="324" />
        <source>{layer}: {n} facilities of type '{type}' have no capacity and are given the assumed capacity {value:g} (DEFAULT_CAPACITIES); results that use capacities are marked as assumed.</source>
        <translation>{layer}: {n} equipamientos del tipo '{type}' no tienen capacidad y reciben la capacidad supuesta {value:g} (DEFAULT_CAPACITIES); los resultados que usan capacidades quedan marcados como supuestos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/access.py" line="346" />
        <source>FACILITIES: give at least one facility layer.</source>
        <translation>FACILITIES: indique al menos una capa de equipamientos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="529" />
        <source>Criterion '{name}' ({label}) is left out: no {key} layer was given. The suitability does not take it into account; give the layer to use it.</source>
        <translation>El criterio '{name}' ({label}) se deja fuera: no se dio ninguna capa {key}. La aptitud no lo tiene en cuenta; indique la capa para usarlo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="571" />
        <source>Suitability computed from {used} of {defined} criteria ({names}); left out: {left}.</source>
        <translation>Aptitud calculada con {used} de {defined} criterios ({names}); se dejan fuera: {left}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="571" />
        <source>constraint {name}</source>
        <translation>restricción {name}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="715" />
        <source>Constraint '{name}' is left out: the criterion '{c}' it applies to is not used.</source>
        <translation>No se aplica la restricción '{name}': el criterio '{c}' al que se refiere no se usa.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/criteria.py" line="743" />
        <source>Constraint '{name}' is left out: no {key} layer was given, so those places are not excluded. Give the layer to apply it.</source>
        <translation>No se aplica la restricción '{name}': no se dio ninguna capa {key}, así que esos lugares no se excluyen. Indique la capa para aplicarla.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="707" />
        <source>Reporting area(s) the feature was counted in</source>
        <translation>Área(s) de reporte en que se contó el elemento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="708" />
        <source>Share of the feature in its first reporting area (0-1)</source>
        <translation>Parte del elemento en su primera área de reporte (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="867" />
        <source>Reporting area the facility was counted in</source>
        <translation>Área de reporte en que se contó el equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="353" />
        <source>given</source>
        <translation>indicado</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="354" />
        <source>detected by name</source>
        <translation>detectado por nombre</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="355" />
        <source>detected by its values</source>
        <translation>detectado por sus valores</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="356" />
        <source>detected by name and values</source>
        <translation>detectado por nombre y valores</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="357" />
        <source>no field found</source>
        <translation>no se encontró ningún campo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="362" />
        <source>{role}: {field} ({how})</source>
        <translation>{role}: {field} ({how})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="516" />
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="375" />
        <source>dwellings</source>
        <translation>viviendas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="376" />
        <source>rooms</source>
        <translation>cuartos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="377" />
        <source>informal</source>
        <translation>informal</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="535" />
        <source>{layer}: input fields named like a result are kept as {fields}.</source>
        <translation>{layer}: los campos de entrada con el nombre de un resultado se conservan como {fields}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="61" />
        <source>{layer}: the field '{field}' is empty in every zone. Choose the field that holds the hazard level in HAZARD_LEVEL_FIELD.</source>
        <translation>{layer}: el campo '{field}' está vacío en todas las zonas. Elija el campo que contiene el nivel de amenaza en HAZARD_LEVEL_FIELD.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="68" />
        <source>{layer}: {n} zones ({area}) have no value in '{field}'; they are not counted as hazard. Fill the level in, or map them in LEVEL_MAP if they are a hazard.</source>
        <translation>{layer}: {n} zonas ({area}) no tienen valor en '{field}'; no se cuentan como amenaza. Complete el nivel, o asígnelo en LEVEL_MAP si son amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="75" />
        <source>{layer}: '{field}' holds {note}; give LEVEL_MAP (e.g. '3=media') to read them otherwise.</source>
        <translation>{layer}: '{field}' contiene {note}; indique LEVEL_MAP (p. ej. '3=media') para leerlos de otra manera.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="81" />
        <source>{layer}: no zone has a hazard level in '{field}' (all are 'no hazard' or empty).</source>
        <translation>{layer}: ninguna zona tiene un nivel de amenaza en '{field}' (todas son 'sin amenaza' o están vacías).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="117" />
        <source>area unknown</source>
        <translation>área desconocida</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="118" />
        <source>{area} ha</source>
        <translation>{area} ha</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="136" />
        <source>'{value}' ({n} zones, {area})</source>
        <translation>'{value}' ({n} zonas, {area})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="140" />
        <source>and {n} other values</source>
        <translation>y otros {n} valores</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="142" />
        <source>{layer}: the field '{field}' holds hazard levels that are not understood: {values}. Nothing was computed: counting them as 'no hazard' would give wrong numbers. Map each value to alta, media, baja or none in LEVEL_MAP (the level map), as the layer's legend says, e.g. '{example}'; or choose another level field. The values understood are listed in the user guide, 'Your own data'.</source>
        <translation>{layer}: el campo '{field}' tiene niveles de amenaza que no se entienden: {values}. No se calculó nada: contarlos como 'sin amenaza' daría números equivocados. Asigne cada valor a alta, media, baja o none en LEVEL_MAP (la equivalencia de niveles), según la leyenda de la capa, p. ej. '{example}'; o elija otro campo de nivel. Los valores que se entienden están en la guía del usuario, 'Sus propios datos'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/levels.py" line="155" />
        <source>whole-number grades 1-3 read as 3 = alta, 2 = media, 1 = baja</source>
        <translation>grados enteros 1-3, leídos como 3 = alta, 2 = media, 1 = baja</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/levels.py" line="157" />
        <source>whole-number grades 1-5 read as 5 and 4 = alta, 3 = media, 2 and 1 = baja</source>
        <translation>grados enteros 1-5, leídos como 5 y 4 = alta, 3 = media, 2 y 1 = baja</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="467" />
        <source>Capacities were assumed (not in the data) for some facilities of: {types}; their access scores rest on that assumption.</source>
        <translation>Se supusieron capacidades (no estaban en los datos) para algunos equipamientos de: {types}; sus puntajes de acceso dependen de ese supuesto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="303" />
        <source>'{value}' ({n} rows, {people} persons)</source>
        <translation>'{value}' ({n} filas, {people} personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="308" />
        <source>{what}: hazard levels other than alta, media, baja or none: {values}. The tables would count them in the totals but at no level. Give the summary as Settlement exposure wrote it (run it again with LEVEL_MAP if the hazard layer has other levels).</source>
        <translation>{what}: niveles de amenaza distintos de alta, media, baja o none: {values}. Las tablas los contarían en los totales pero en ningún nivel. Indique el resumen tal como lo escribió Exposición de asentamientos (ejecútelo de nuevo con LEVEL_MAP si la capa de amenaza tiene otros niveles).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="246" />
        <source>Class breaks: {breaks} ({method}). Excluded: {excluded}.</source>
        <translation>Cortes de clase: {breaks} ({method}). Excluido: {excluded}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="246" />
        <source>no constraint excluded any place</source>
        <translation>ninguna restricción excluyó ningún lugar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="568" />
        <source>Where new housing fits best: suitability from 0 (unsuitable or excluded) to 1 (best), and the candidate parcels ranked by their mean suitability.</source>
        <translation>Dónde cabe mejor la vivienda nueva: aptitud de 0 (no apto o excluido) a 1 (la mejor), y los predios candidatos ordenados por su aptitud media.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="572" />
        <source>Where new housing fits best: suitability from 0 (unsuitable or excluded) to 1 (best), from {criteria}, and the candidate parcels ranked by their mean suitability.</source>
        <translation>Dónde cabe mejor la vivienda nueva: aptitud de 0 (no apto o excluido) a 1 (la mejor), según {criteria}, y los predios candidatos ordenados por su aptitud media.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="578" />
        <source>Left out for lack of their layer: {criteria}.</source>
        <translation>Se dejaron fuera por falta de su capa: {criteria}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="583" />
        <source>Constraints not applied, for lack of their layer: {constraints}.</source>
        <translation>Restricciones no aplicadas, por falta de su capa: {constraints}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="717" />
        <source>Left out, for lack of their layer: {names}.</source>
        <translation>Se dejaron fuera, por falta de su capa: {names}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="228" />
        <source>Numbers: {note}.</source>
        <translation>Números: {note}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="230" />
        <source>'{value}' is not a hazard level the plugin knows: the analyses stop until it is mapped.</source>
        <translation>'{value}' no es un nivel de amenaza que el complemento conozca: los análisis se detienen hasta que se asigne.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="230" />
        <source>Add {value}=alta, media, baja or none to the level map, as the layer's legend says.</source>
        <translation>Agregue {value}=alta, media, baja o none a la equivalencia de niveles, según la leyenda de la capa.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="242" />
        <source>No value of the level field is a hazard level: no zone counts as a hazard.</source>
        <translation>Ningún valor del campo de nivel es un nivel de amenaza: ninguna zona cuenta como amenaza.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="36" />
        <source>Finds, for each facility, the highest hazard level (alta, media, baja or none) of each hazard type and of 'any' type. A facility is indivisible: it is at the highest level of the zones it touches, its boundary included, so a point on the boundary between two zones takes the higher level. Invalid geometries are repaired; all layers are brought to one metric CRS.

OUTPUT holds the facilities with one field per hazard type (&lt;type&gt;_lvl) and, with reporting areas, the area each was counted in (area_name: the one that holds its point on surface). SUMMARY counts facilities and sums their capacity per reporting area (and ALL), facility type (and ALL), hazard type and level, including 'none'.</source>
        <translation>Encuentra, para cada equipamiento, el nivel de amenaza más alto (alta, media, baja o none) de cada tipo de amenaza y de cualquier tipo ('any'). Un equipamiento es indivisible: está en el nivel más alto de las zonas que toca, incluido su borde, así que un punto en el borde entre dos zonas toma el nivel más alto. Las geometrías no válidas se reparan; todas las capas se llevan a un mismo SRC métrico.

OUTPUT contiene los equipamientos con un campo por tipo de amenaza (&lt;type&gt;_lvl) y, con áreas de reporte, el área en que se contó cada uno (area_name: la que contiene su punto en la superficie). SUMMARY cuenta los equipamientos y suma su capacidad por área de reporte (y ALL), tipo de equipamiento (y ALL), tipo de amenaza y nivel, incluido 'none'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="75" />
        <source>Optional areas (comunas, barrios, UPZ) for the summary. Each facility counts in the area that holds its point on surface; facilities outside every area are reported as '(outside areas)'.</source>
        <translation>Áreas opcionales (comunas, barrios, UPZ) para el resumen. Cada equipamiento cuenta en el área que contiene su punto en la superficie; los equipamientos fuera de toda área se reportan como '(fuera de las áreas)'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/facility_exposure.py" line="93" />
        <source>Table: area_name, facility_type, hazard_type, hazard_level, facilities, capacity; one row per reporting area (and ALL), facility type (and ALL), hazard type and level (and 'none').</source>
        <translation>Tabla: area_name, facility_type, hazard_type, hazard_level, facilities, capacity; una fila por área de reporte (y ALL), tipo de equipamiento (y ALL), tipo de amenaza y nivel (y 'none').</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="821" />
        <source>{layer}: the values {values} of any_lvl are not hazard levels (alta, media, baja, none), so those settlements could not be drawn on the exposure map. Give the layer as Settlement exposure wrote it (run it again with LEVEL_MAP if the hazard layer has other levels).</source>
        <translation>{layer}: los valores {values} de any_lvl no son niveles de amenaza (alta, media, baja, none), así que esos asentamientos no se podrían dibujar en el mapa de exposición. Indique la capa tal como la escribió Exposición de asentamientos (ejecútelo de nuevo con LEVEL_MAP si la capa de amenaza tiene otros niveles).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="111" />
        <source>Code of each settlement (codigo, COD_BARRIO...), written to the outputs so they can be joined back. Detected from its name when empty.</source>
        <translation>Código de cada asentamiento (codigo, COD_BARRIO...), escrito en las salidas para poder unirlas de nuevo. Si se deja vacío, se detecta por el nombre del campo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="132" />
        <source>Service facilities (one or more layers)</source>
        <translation>Equipamientos de servicios (una o varias capas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="132" />
        <source>Points of the services: health posts, schools, early childhood centres... One layer with a type field, or one layer per service (IPS, colegios, hogares ICBF): then each layer's type is given in LAYER_TYPES, or is its type field, or its name.</source>
        <translation>Puntos de los servicios: puestos de salud, colegios, centros de desarrollo infantil... Una capa con un campo de tipo, o una capa por servicio (IPS, colegios, hogares ICBF): entonces el tipo de cada capa se indica en LAYER_TYPES, o es su campo de tipo, o su nombre.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="142" />
        <source>Name of the field with the type of service (salud, educación...) in the facility layers that have it; each type is analysed separately. Detected from its name and values (tipo, amenity...) when empty. A layer without one takes its type from LAYER_TYPES, else its name.</source>
        <translation>Nombre del campo con el tipo de servicio (salud, educación...) en las capas de equipamientos que lo tienen; cada tipo se analiza por separado. Si se deja vacío, se detecta por el nombre y los valores del campo (tipo, amenity...). Una capa sin él toma su tipo de LAYER_TYPES, o si no, de su nombre.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="150" />
        <source>Name of the capacity field (beds, school places, staff...) in the facility layers, needed for access scores and loads. Detected from its name (capacidad, cupos, numero_camas...) when empty.</source>
        <translation>Nombre del campo de capacidad (camas, cupos escolares, personal...) en las capas de equipamientos, necesario para los puntajes de acceso y las cargas. Si se deja vacío, se detecta por el nombre del campo (capacidad, cupos, numero_camas...).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="162" />
        <source>Type of each facility layer</source>
        <translation>Tipo de cada capa de equipamientos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="157" />
        <source>The type of the facilities of a layer, by layer name: 'IPS=salud;colegios=educación'. It wins over the layer's type field. Layers without a type field and not named here take their name as type.</source>
        <translation>El tipo de los equipamientos de una capa, por nombre de capa: 'IPS=salud;colegios=educación'. Prevalece sobre el campo de tipo de la capa. Las capas sin campo de tipo que no se nombran aquí toman su nombre como tipo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="166" />
        <source>Assumed capacities per type</source>
        <translation>Capacidades supuestas por tipo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="164" />
        <source>Only when you ask: a capacity per type for the facilities that have none, in the units of the capacity field, e.g. 'primera infancia=13' (ICBF: 12 to 14 children per hogar comunitario). Results that use them are marked as assumed.</source>
        <translation>Solo si usted lo pide: una capacidad por tipo para los equipamientos que no la tienen, en las unidades del campo de capacidad, p. ej. 'primera infancia=13' (ICBF: de 12 a 14 niños por hogar comunitario). Los resultados que las usan quedan marcados como supuestos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/service_access.py" line="481" />
        <source>FACILITIES: '{layer}' is not a vector layer that can be read.</source>
        <translation>FACILITIES: '{layer}' no es una capa vectorial que se pueda leer.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/settlement_exposure.py" line="43" />
        <source>Counts the population, migrants and households of each settlement that live at each hazard level (alta, media, baja), for each hazard type and for 'any' type. Divisible features (polygons: settlements, census blocks) are split in proportion to the area inside each level, assuming a uniform density; indivisible features (points, or buildings in mode 'indivisible') count whole at the highest level they touch, their boundary included. Zones of one type that overlap count once, at the highest level, so nothing is counted twice. Invalid geometries are repaired; areas are computed in a metric CRS.

OUTPUT holds the settlements with, per type and level, the exposed area (m²), the share of the feature's area, the population, migrants and households exposed, the highest level per type and an exposure index (sum of level weight times share), after the layer's own fields; with AREAS, also the area each feature was counted in (area_name; a feature cut by area boundaries names each area, largest share first). SUMMARY has one row per reporting area, hazard type and level (including 'none', not exposed) and the area ALL for the whole layer; with AREAS, features cut by an area boundary are split by area and points go to the area that holds them.</source>
        <translation>Cuenta la población, los migrantes y los hogares de cada asentamiento que viven en cada nivel de amenaza (alta, media, baja), para cada tipo de amenaza y para cualquier tipo ('any'). Los elementos divisibles (polígonos: asentamientos, manzanas) se reparten en proporción al área dentro de cada nivel, suponiendo una densidad uniforme; los indivisibles (puntos, o edificaciones en el modo 'indivisible') cuentan enteros en el nivel más alto que tocan, incluido su borde. Las zonas de un mismo tipo que se superponen cuentan una sola vez, en el nivel más alto, así que nada se cuenta dos veces. Las geometrías no válidas se reparan; las áreas se calculan en un SRC métrico.

OUTPUT contiene los asentamientos con, por tipo y nivel, el área expuesta (m²), la parte del área del elemento, la población, los migrantes y los hogares expuestos, el nivel más alto por tipo y un índice de exposición (suma del peso del nivel por la parte), después de los campos propios de la capa; con AREAS, también el área en que se contó cada elemento (area_name; un elemento cortado por los límites de las áreas nombra cada área, de mayor a menor parte). SUMMARY tiene una fila por área de reporte, tipo de amenaza y nivel (incluido 'none', no expuesto) y el área ALL para toda la capa; con AREAS, los elementos cortados por un límite de área se reparten por área y los puntos van al área que los contiene.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="42" />
        <source>Multi-criteria suitability on a grid over the area of interest. Each criterion (distance to health and education facilities, roads and existing settlements by an exact Euclidean distance transform; slope from the DEM; hazard level and land use class scores) is standardised to 0-1 (linear, sigmoid, J-shaped, gaussian or a class table), combined by weighted linear combination or ordered weighted average with weights given or derived by AHP, and constraints are applied after aggregation: hazard alta and protección are 0, water and cells outside the area nodata. The grid is processed by blocks of rows, so memory stays bounded.

Inputs are optional except the area of interest: a criterion or constraint whose input is missing is left out with a warning and the weights renormalised. CRITERIA (JSON) changes or adds criteria and constraints. Outputs: suitability 0-1 (float GeoTIFF), five classes muy alta ... muy baja plus excluded, optionally each standardised criterion; the criteria and constraints applied (and those left out), the weights, consistency ratio and CRS used are logged and stored in the raster metadata.</source>
        <translation>Aptitud multicriterio en una cuadrícula sobre el área de interés. Cada criterio (distancia a equipamientos de salud y educación, a vías y a asentamientos existentes por una transformada de distancia euclidiana exacta; pendiente a partir del MDE; puntajes por nivel de amenaza y por clase de uso del suelo) se estandariza a 0-1 (lineal, sigmoide, en J, gaussiana o tabla de clases), se combina por combinación lineal ponderada o promedio ponderado ordenado con pesos dados u obtenidos por AHP, y las restricciones se aplican después de la agregación: amenaza alta y protección valen 0, el agua y las celdas fuera del área quedan sin datos. La cuadrícula se procesa por bloques de filas, así que la memoria se mantiene acotada.

Las entradas son opcionales salvo el área de interés: un criterio o una restricción cuya entrada falta se deja fuera con una advertencia y los pesos se renormalizan. CRITERIA (JSON) cambia o agrega criterios y restricciones. Salidas: aptitud 0-1 (GeoTIFF de números reales), cinco clases muy alta ... muy baja más excluida, y opcionalmente cada criterio estandarizado; los criterios y restricciones aplicados (y los que se dejaron fuera), los pesos, la razón de consistencia y el SRC usado quedan en el registro y en los metadatos del ráster.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="76" />
        <source>Constraints applied</source>
        <translation>Restricciones aplicadas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/site_suitability.py" line="77" />
        <source>Criteria and constraints left out</source>
        <translation>Criterios y restricciones dejados fuera</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="556" />
        <source>{layer}: {pick}</source>
        <translation>{layer}: {pick}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="154" />
        <source>Optional mapping of the layer's level values to alta, media, baja or none, e.g. 'A=alta;M=media;Media-Alta=alta'. It extends the known levels (muy alta, moderada, sin amenaza, grades 1-5...); a value that is neither known nor mapped stops the run.</source>
        <translation>Equivalencia opcional de los valores de nivel de la capa con alta, media, baja o none, p. ej. 'A=alta;M=media;Media-Alta=alta'. Amplía los niveles conocidos (muy alta, moderada, sin amenaza, grados 1-5...); un valor que no se conoce ni se asigna detiene la ejecución.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="162" />
        <source>For access: the type of a facility layer's facilities by layer name, e.g. 'IPS=salud'.</source>
        <translation>Para el acceso: el tipo de los equipamientos de una capa, por nombre de capa, p. ej. 'IPS=salud'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/workflow.py" line="166" />
        <source>For access, only when given: a capacity per type for facilities without one, e.g. 'primera infancia=13'; results that use them are marked as assumed.</source>
        <translation>Para el acceso, solo si se indica: una capacidad por tipo para los equipamientos que no la tienen, p. ej. 'primera infancia=13'; los resultados que las usan quedan marcados como supuestos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/ogr_read.py" line="321" />
        <source>Edges densified to {step:.1f} m instead of {wanted:.1f} m before reprojection (a large layer).</source>
        <translation>Bordes densificados a {step:.1f} m en vez de {wanted:.1f} m antes de reproyectar (una capa grande).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="56" />
        <source>Land needed (ha)</source>
        <translation>Suelo requerido (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="566" />
        <source>New residents in hazard zones (persons)</source>
        <translation>Población nueva en zonas de amenaza (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="117" />
        <source>travel time over the road network</source>
        <translation>tiempo de viaje por la malla vial</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="117" />
        <source>walking time in a straight line</source>
        <translation>tiempo a pie en línea recta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="119" />
        <source>distance over the road network</source>
        <translation>distancia por la malla vial</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="119" />
        <source>straight-line distance</source>
        <translation>distancia en línea recta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="120" />
        <source>distance or time (not stated which)</source>
        <translation>distancia o tiempo (no se indicó cuál)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="137" />
        <source>Mean distance
({unit})</source>
        <translation>Distancia
media ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="137" />
        <source>Mean time
({unit})</source>
        <translation>Tiempo
medio ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="138" />
        <source>Mean distance or
time ({unit})</source>
        <translation>Distancia o tiempo
medio ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="141" />
        <source>Threshold
({unit})</source>
        <translation>Umbral
({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="206" />
        <source>Population
(persons)</source>
        <translation>Población
(personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="143" />
        <source>Population
covered
(persons)</source>
        <translation>Población
cubierta
(personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="145" />
        <source>Migrants
(persons)</source>
        <translation>Migrantes
(personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="146" />
        <source>Migrants
covered
(persons)</source>
        <translation>Migrantes
cubiertos
(personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="179" />
        <source>Covered: the nearest facility of the type lies within the threshold, measured as {measure} in {unit}. The mean is that of the {measure} to the nearest facility, weighted by population.</source>
        <translation>Cubierta: el equipamiento más cercano del tipo está dentro del umbral, medido como {measure} en {unit}. La media es el promedio de esa medida hasta el equipamiento más cercano, ponderado por población.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="184" />
        <source>Covered: the nearest facility of the type lies within the threshold. The mean is that of the distance or time to the nearest facility, weighted by population. The report was not told whether they are metres or minutes (ACCESS_UNIT).</source>
        <translation>Cubierta: el equipamiento más cercano del tipo está dentro del umbral. La media es la de la distancia o el tiempo al equipamiento más cercano, ponderada por población. No se indicó al informe si son metros o minutos (ACCESS_UNIT).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="190" />
        <source>The thresholds were not given to the report (ACCESS_THRESHOLDS).</source>
        <translation>No se indicaron al informe los umbrales (ACCESS_THRESHOLDS).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="246" />
        <source>within {limit} of a facility of type {type}</source>
        <translation>a menos de {limit} de un equipamiento de {type}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="249" />
        <source>within the access threshold of a facility of type {type}</source>
        <translation>dentro del umbral de acceso a un equipamiento de {type}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="268" />
        <source>of the population lives {reach}, the least covered service</source>
        <translation>de la población vive {reach}, el servicio con menor cobertura</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="272" />
        <source>of the population lives within the access threshold of each of {types}, the least covered</source>
        <translation>de la población vive dentro del umbral de acceso de cada uno de estos servicios, los de menor cobertura: {types}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="278" />
        <source>{share} of the population lives {reach}.</source>
        <translation>El {share} de la población vive {reach}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="285" />
        <source>Coverage within the thresholds is {share} for every facility type.</source>
        <translation>La cobertura dentro de los umbrales es del {share} para todos los tipos de equipamiento.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="321" />
        <source>Each settlement is represented by a point inside it; it is covered for a facility type when the nearest facility of that type lies within the type's threshold.</source>
        <translation>Cada asentamiento se representa por un punto en su interior; está cubierto para un tipo de equipamiento cuando el equipamiento más cercano de ese tipo está dentro del umbral del tipo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="327" />
        <source>The report was not told how access was measured ({missing}): the costs are shown as the analysis wrote them, without their unit.</source>
        <translation>No se indicó al informe cómo se midió el acceso ({missing}): los costos se muestran como los escribió el análisis, sin su unidad.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="338" />
        <source>Measured as {measure}.</source>
        <translation>Medido como {measure}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="340" />
        <source>Speeds: {speeds}.</source>
        <translation>Velocidades: {speeds}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="392" />
        <source>Settlements covered and not covered, one map per facility type; the facilities of the type are marked (for straight-line distances, a dashed circle shows the threshold around each).</source>
        <translation>Asentamientos cubiertos y no cubiertos, un mapa por tipo de equipamiento; se marcan los equipamientos del tipo (con distancias en línea recta, un círculo punteado muestra el umbral alrededor de cada uno).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="271" />
        <source>Migrant counts are estimates ({why}), not a census.</source>
        <translation>Las cifras de migrantes son estimaciones ({why}), no un censo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="407" />
        <source>Share of the population and of the migrants covered, by facility type.</source>
        <translation>Proporción de la población y de los migrantes cubiertos, por tipo de equipamiento.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="434" />
        <source>Access was measured in a straight line: real trips follow streets and bridges and climb slopes, so they are longer. Coverage measured this way is optimistic; over the road network it would be the same or lower.</source>
        <translation>El acceso se midió en línea recta: los recorridos reales siguen calles y puentes y suben pendientes, por eso son más largos. La cobertura medida así es optimista; por la malla vial sería igual o menor.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="439" />
        <source>Access was measured over the road network given: it does not see traffic, public transport schedules, fences or unsafe crossings, and roads missing from the layer are missing from the trips.</source>
        <translation>El acceso se midió por la malla vial dada: no ve el tráfico, los horarios del transporte público, los cerramientos ni los cruces inseguros, y las vías que faltan en la capa faltan en los recorridos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="443" />
        <source>The report was not told whether access was measured in a straight line or over the road network. If it was in a straight line, coverage is optimistic: real trips are longer.</source>
        <translation>No se indicó al informe si el acceso se midió en línea recta o por la malla vial. Si fue en línea recta, la cobertura es optimista: los recorridos reales son más largos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/access.py" line="452" />
        <source>Coverage measures nearness, not capacity: a settlement near a full health centre or school counts as covered.</source>
        <translation>La cobertura mide la cercanía, no la capacidad: un asentamiento cerca de un centro de salud o de un colegio sin cupo cuenta como cubierto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/build.py" line="54" />
        <source>Fictitious data</source>
        <translation>Datos ficticios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/common.py" line="145" />
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/common.py" line="150" />
        <source>unit not stated</source>
        <translation>unidad no indicada</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="224" />
        <source>migrants (estimated) live in high hazard zones ({share} of all migrants)</source>
        <translation>migrantes (estimados) viven en zonas de amenaza alta ({share} de todos los migrantes)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="253" />
        <source>{area} have the most people in high hazard zones, {n} each (a tie).</source>
        <translation>{area} son las áreas con más personas en zonas de amenaza alta, {n} cada una (empate).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="331" />
        <source>Share of each settlement's population that lives in high hazard zones (any hazard), and the hazard zones by level.</source>
        <translation>Proporción de la población de cada asentamiento que vive en zonas de amenaza alta (cualquier amenaza), y las zonas de amenaza por nivel.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="380" />
        <source>Exposure is not risk. Ley 1523 de 2012 distinguishes the hazard (amenaza: the event that may happen, such as a flood), the exposure (exposición: who and what lies where it can happen), the vulnerability (vulnerabilidad: how much harm they would suffer) and the risk (riesgo: the harm to be expected, which combines the three). This report counts the people exposed; it does not measure their vulnerability, so it does not say how much risk they run.</source>
        <translation>La exposición no es el riesgo. La Ley 1523 de 2012 distingue la amenaza (el fenómeno que puede ocurrir, como una inundación), la exposición (quiénes y qué están donde puede ocurrir), la vulnerabilidad (cuánto daño sufrirían) y el riesgo (el daño que cabe esperar, que combina las tres). Este informe cuenta las personas expuestas; no mide su vulnerabilidad, por eso no dice cuánto riesgo corren.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/exposure.py" line="387" />
        <source>Settlements that a hazard zone only partly covers are split in proportion to their area, as if people were spread evenly over them: the count of a single settlement may be off, the totals less so. The hazard zones are those of the layer given, at the scale they were drawn.</source>
        <translation>Los asentamientos que una zona de amenaza cubre solo en parte se reparten en proporción a su área, como si las personas estuvieran distribuidas de forma pareja: la cifra de un asentamiento puede desviarse, los totales menos. Las zonas de amenaza son las de la capa dada, a la escala en que se dibujaron.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/html_page.py" line="134" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/limits.py" line="18" />
        <source>Fictitious data: the data of this report were made up for training (the sample city). No number describes a real place or real people.</source>
        <translation>Datos ficticios: los datos de este informe se inventaron para capacitación (la ciudad de ejemplo). Ninguna cifra describe un lugar ni personas reales.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/limits.py" line="27" />
        <source>Migrant counts are estimates ({why}): they spread known totals over the settlements by their population, so they are as good as those totals and that rule.</source>
        <translation>Las cifras de migrantes son estimaciones ({why}): reparten totales conocidos entre los asentamientos según su población, por eso valen lo que valgan esos totales y esa regla.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/limits.py" line="35" />
        <source>What these results can and cannot tell, to read them correctly before deciding.</source>
        <translation>Lo que estos resultados pueden y no pueden decir, para leerlos bien antes de decidir.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/limits.py" line="36" />
        <source>Scope and limitations</source>
        <translation>Alcance y limitaciones</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="883" />
        <source>hazard zones</source>
        <translation>zonas de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="41" />
        <source>elevation (DEM)</source>
        <translation>elevación (MDE)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="43" />
        <source>candidate parcels</source>
        <translation>predios candidatos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="45" />
        <source>scenario assumptions (arrivals, household size, density)</source>
        <translation>supuestos de los escenarios (llegadas, tamaño del hogar, densidad)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="77" />
        <source>No source was given for: {topics}.</source>
        <translation>Sin fuente indicada: {topics}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="79" />
        <source>No source was given for any of the data ({topics}): name them with the SOURCES parameter.</source>
        <translation>No se indicó la fuente de ninguno de los datos ({topics}): nómbrelas con el parámetro SOURCES.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="332" />
        <source>Sources of the data</source>
        <translation>Fuentes de los datos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="112" />
        <source>{input}: {layer}</source>
        <translation>{input}: {layer}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="114" />
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/method.py" line="119" />
        <source>Input files, by the date they last changed</source>
        <translation>Archivos de entrada, por la fecha de su último cambio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="53" />
        <source>New residents (persons)</source>
        <translation>Población nueva (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="54" />
        <source>New households (households)</source>
        <translation>Hogares nuevos (hogares)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="55" />
        <source>Dwellings needed (dwellings)</source>
        <translation>Viviendas requeridas (viviendas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="58" />
        <source>Land needed but not available (ha)</source>
        <translation>Suelo requerido no disponible (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="59" />
        <source>New residents in high hazard zones (persons)</source>
        <translation>Población nueva en zonas de amenaza alta (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="60" />
        <source>New residents in medium hazard zones (persons)</source>
        <translation>Población nueva en zonas de amenaza media (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="61" />
        <source>New residents in high or medium hazard zones (persons)</source>
        <translation>Población nueva en zonas de amenaza alta o media (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="62" />
        <source>Share of the new residents in high or medium hazard zones (%)</source>
        <translation>Proporción de la población nueva en zonas de amenaza alta o media (%)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="63" />
        <source>Mean distance from new homes to health facilities (m)</source>
        <translation>Distancia media de las viviendas nuevas a equipamientos de salud (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="64" />
        <source>Mean distance from new homes to education facilities (m)</source>
        <translation>Distancia media de las viviendas nuevas a equipamientos de educación (m)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="65" />
        <source>School places needed (places)</source>
        <translation>Cupos escolares requeridos (cupos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="66" />
        <source>Teachers needed (teachers)</source>
        <translation>Docentes requeridos (docentes)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="67" />
        <source>Early-childhood places needed (places, assumption)</source>
        <translation>Cupos de primera infancia requeridos (cupos, supuesto)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="68" />
        <source>Hospital beds to keep the national average (beds)</source>
        <translation>Camas hospitalarias para mantener el promedio nacional (camas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="69" />
        <source>SDG 11.3.1: land consumption rate / population growth rate (ratio, mean of the years)</source>
        <translation>ODS 11.3.1: tasa de consumo de suelo / tasa de crecimiento de la población (razón, media de los años)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="119" />
        <source>Sums over the years of each scenario; mean distances are weighted by the land allocated each year; the SDG 11.3.1 ratio is above 1 when land grows faster than population. Teachers, early-childhood places and beds follow the ratios on the method page.</source>
        <translation>Sumas de todos los años de cada escenario; las distancias medias se ponderan por el suelo asignado cada año; la razón del ODS 11.3.1 es mayor que 1 cuando el suelo crece más rápido que la población. Los docentes, los cupos de primera infancia y las camas siguen las razones de la página de método.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="144" />
        <source>new residents in high or medium hazard zones in every scenario (no difference)</source>
        <translation>personas nuevas en zonas de amenaza alta o media en todos los escenarios (sin diferencia)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="151" />
        <source>fewer new residents in high or medium hazard zones with {best} ({fewest}) than with {worst} ({most})</source>
        <translation>personas nuevas menos en zonas de amenaza alta o media con {best} ({fewest}) que con {worst} ({most})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="167" />
        <source>of land needed by {year} in the scenario «{scenario}»</source>
        <translation>de suelo requerido hasta {year} en el escenario «{scenario}»</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="193" />
        <source>{rate} school places per 1 000 new residents (SERVICE_STANDARDS).</source>
        <translation>{rate} cupos escolares por cada 1 000 personas nuevas (SERVICE_STANDARDS).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="201" />
        <source>{seats} school place per newcomer of school age, taken as {share} of the newcomers</source>
        <translation>{seats} cupo escolar por persona nueva en edad escolar, que se toma como el {share} de la población nueva</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="206" />
        <source>(the default of Growth scenarios, an assumption: use the municipality's share).</source>
        <translation>(el valor predeterminado de Escenarios de crecimiento, un supuesto: use la proporción del municipio).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="207" />
        <source>(SERVICE_STANDARDS).</source>
        <translation>(SERVICE_STANDARDS).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="232" />
        <source>What each way of receiving newcomers costs in land, in people housed in hazard zones and in school places, early-childhood places, teachers and hospital beds, from the base year to the horizon.</source>
        <translation>Lo que cuesta cada forma de recibir a la población nueva, del año base al año horizonte: en suelo, en personas alojadas en zonas de amenaza y en cupos escolares, cupos de primera infancia, docentes y camas hospitalarias.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="242" />
        <source>Where each scenario grows, by period; in grey, the settlements of today.</source>
        <translation>Dónde crece cada escenario, por período; en gris, los asentamientos de hoy.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="248" />
        <source>Totals per scenario: land, new residents in hazard zones, places, teachers and beds needed.</source>
        <translation>Totales por escenario: suelo, población nueva en zonas de amenaza, cupos, docentes y camas requeridos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="263" />
        <source>Places needed (places)</source>
        <translation>Cupos requeridos (cupos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="263" />
        <source>school</source>
        <translation>escolares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="263" />
        <source>early childhood</source>
        <translation>primera infancia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="270" />
        <source>Teachers and hospital beds needed</source>
        <translation>Docentes y camas hospitalarias requeridos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="270" />
        <source>teachers</source>
        <translation>docentes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="270" />
        <source>hospital beds</source>
        <translation>camas hospitalarias</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="292" />
        <source>Growth scenarios are projections under stated assumptions (arrivals per year, household size, density), not forecasts: they compare ways of growing, they do not say which will happen. Needs in places, teachers and beds follow the ratios on the method page; the share of young children is an assumption.</source>
        <translation>Los escenarios de crecimiento son proyecciones con supuestos declarados (llegadas por año, tamaño del hogar, densidad), no pronósticos: comparan formas de crecer, no dicen cuál ocurrirá. Las necesidades de cupos, docentes y camas siguen las razones de la página de método; la proporción de niños pequeños es un supuesto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/scenarios.py" line="310" />
        <source>School places: {rule}</source>
        <translation>Cupos escolares: {rule}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/standards.py" line="55" />
        <source>Hospital beds: {rate} per 1 000 new residents, Colombia's national average (Ministerio de Salud y Protección Social, REPS, 2018).</source>
        <translation>Camas hospitalarias: {rate} por cada 1 000 personas nuevas, el promedio nacional de Colombia (Ministerio de Salud y Protección Social, REPS, 2018).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/standards.py" line="59" />
        <source>Teachers: one per {n} school places, the urban ratio of Decreto 3020 de 2002 (22 in rural areas).</source>
        <translation>Docentes: uno por cada {n} cupos escolares, la relación técnica urbana del Decreto 3020 de 2002 (22 en la zona rural).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/standards.py" line="62" />
        <source>Early-childhood places: one per child aged 0 to 5, if every child attends; children taken as {share} of the new residents. This share is an assumption: replace it with the municipality's (DANE).</source>
        <translation>Cupos de primera infancia: uno por cada niño o niña de 0 a 5 años, si todos asisten; se toman como el {share} de la población nueva. Esta proporción es un supuesto: reemplácela por la del municipio (DANE).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="158" />
        <source>Comuna or area</source>
        <translation>Comuna o área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="162" />
        <source>Tenure</source>
        <translation>Tenencia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="164" />
        <source>Area
(ha)</source>
        <translation>Área
(ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="165" />
        <source>Mean
suitability
(0 to 1)</source>
        <translation>Aptitud
media
(0 a 1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="166" />
        <source>Lowest and
highest cell</source>
        <translation>Celda más baja
y más alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="167" />
        <source>Share in
the two
best classes</source>
        <translation>Parte en las
dos mejores
clases</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="168" />
        <source>Share
excluded or
unsuitable</source>
        <translation>Parte
excluida o
no apta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="179" />
        <source>Outside the areas</source>
        <translation>Fuera de las áreas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="197" />
        <source>Ranked by the mean suitability of the cells whose centre lies in the parcel (0 = unsuitable or excluded, 1 = best). Parcels with the same mean to three decimals share their rank (e.g. 2–6: a tie for the 2nd to 6th place). Shares are of the parcel's cells.</source>
        <translation>Predios ordenados por la aptitud media de las celdas cuyo centro está dentro del predio (0 = no apto o excluido, 1 = el mejor). Los predios con la misma media a tres decimales comparten el puesto (por ejemplo, 2–6: empate del 2.º al 6.º puesto). Las partes se calculan sobre las celdas del predio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="202" />
        <source>The {n} best candidate parcels ({m} with the tie for the last place)</source>
        <translation>Los {n} mejores predios candidatos ({m} con el empate en el último puesto)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="303" />
        <source>Criterion whose weight changes</source>
        <translation>Criterio cuyo peso cambia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="305" />
        <source>Lowest likeness
to the base order
(1 = same)</source>
        <translation>Parecido mínimo
con el orden base
(1 = igual)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="306" />
        <source>Best {n} parcels
still among the
best {n} (worst case)</source>
        <translation>De los {n} mejores,
cuántos siguen entre
los {n} mejores (peor caso)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="306" />
        <source>Best parcels still
among the best
(worst case)</source>
        <translation>Mejores predios que
siguen entre los mejores
(peor caso)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="314" />
        <source>Change of the area
of the two best
classes</source>
        <translation>Cambio del área de
las dos mejores
clases</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="362" />
        <source>{kept} of {n}</source>
        <translation>{kept} de {n}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="333" />
        <source>Each weight was changed by {changes} of its value, one at a time, the others rescaled to sum 1, and the parcels ranked again. Likeness to the base order: Spearman's rank correlation (1 = the same order, 0 = unrelated).</source>
        <translation>Cada peso se cambió en {changes} de su valor, uno a la vez, los demás se reescalaron para sumar 1 y los predios se ordenaron de nuevo. Parecido con el orden base: correlación de rangos de Spearman (1 = el mismo orden, 0 = sin relación).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="362" />
        <source>best parcels stay among the best {n} in the worst case when one weight changes {change} (the weight of {criteria})</source>
        <translation>de los mejores predios siguen entre los {n} mejores en el peor caso, cuando un peso cambia {change} (el peso de {criteria})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="375" />
        <source>When one weight changes {change}, the likeness of the order of the parcels to the base order (rank correlation, 1 = the same order) is at least {rho}, lowest when the weight of {criteria_rho} changes.</source>
        <translation>Cuando un peso cambia {change}, el parecido del orden de los predios con el orden base (correlación de rangos, 1 = el mismo orden) es de al menos {rho}; el menor, cuando cambia el peso de {criteria_rho}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="381" />
        <source>At least {kept} of the best {n} parcels stay among the best {n}; the fewest when the weight of {criteria_kept} changes.</source>
        <translation>Al menos {kept} de los {n} mejores predios siguen entre los {n} mejores; los menos, cuando cambia el peso de {criteria_kept}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="413" />
        <source>tie as the best candidate parcels: mean suitability {value} of 1</source>
        <translation>empatan como los mejores predios candidatos: aptitud media de {value} sobre 1</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="420" />
        <source>The {n} best candidate parcels cover {ha} ha; {parcels} tie as the best.</source>
        <translation>Los {n} mejores predios candidatos suman {ha} ha; {parcels} empatan como los mejores.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="553" />
        <source>protection land</source>
        <translation>suelo de protección</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="555" />
        <source>the exclusion of {what}</source>
        <translation>la exclusión de {what}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="613" />
        <source>Suitability for new housing by class (as in the table of areas per class); land excluded by a constraint in its own colour.</source>
        <translation>Aptitud del suelo para vivienda nueva por clase (como en la tabla de áreas por clase); el suelo excluido por una restricción, en su propio color.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="618" />
        <source>Outlined: the best candidate parcels; the detail map, framed in purple on the main map, numbers them by their rank in the table.</source>
        <translation>Con contorno: los mejores predios candidatos; el mapa de detalle, enmarcado en morado en el mapa principal, los numera por su puesto en la tabla.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="713" />
        <source>The suitability could not consider {criteria}: the data were not given, so land that these would rule out or lower may rank high.</source>
        <translation>La aptitud no pudo considerar {criteria}: no se dieron los datos, por eso puede quedar bien ubicado suelo que esos criterios descartarían o rebajarían.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/suitability.py" line="719" />
        <source>Suitability compares places by the criteria and weights on the method page only: it does not weigh land prices, who owns the land (tenure is listed, not scored), utility networks or geotechnical studies. It ranks where to look first; it does not replace those studies.</source>
        <translation>La aptitud compara lugares solo con los criterios y pesos de la página de método: no pondera el precio del suelo, quién es el dueño (la tenencia se lista, no se puntúa), las redes de servicios públicos ni los estudios geotécnicos. Ordena dónde mirar primero; no reemplaza esos estudios.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/report/workbook.py" line="58" />
        <source>The tables could not be written as .xlsx: the Python package openpyxl is not installed. Install it (OSGeo4W shell: pip install openpyxl; Debian/Ubuntu: apt install python3-openpyxl) or leave the workbook output empty.</source>
        <translation>Las tablas no se pudieron escribir como .xlsx: el paquete de Python openpyxl no está instalado. Instálelo (consola OSGeo4W: pip install openpyxl; Debian/Ubuntu: apt install python3-openpyxl) o deje vacía la salida del libro de Excel.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="162" />
        <source>by road, at the speed of each road (its speed field; 30 km/h where it has none)</source>
        <translation>en vehículo, a la velocidad de cada vía (su campo de velocidad; 30 km/h donde no la tiene)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="163" />
        <source>on foot at 4.5 km/h</source>
        <translation>a pie a 4,5 km/h</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="147" />
        <source>OUTPUT of Settlement exposure: mapped by the share of each settlement's population in high hazard zones (fields any_a_pop and the population, or any_a_shr).</source>
        <translation>OUTPUT de Exposición de asentamientos: se cartografía según la proporción de la población de cada asentamiento en zonas de amenaza alta (campos any_a_pop y la población, o any_a_shr).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="165" />
        <source>The hazard zones the exposure was computed with: drawn by level on the exposure map (where zones overlap, the highest level).</source>
        <translation>Las zonas de amenaza con las que se calculó la exposición: se dibujan por nivel en el mapa de exposición (donde se superponen, el nivel más alto).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="174" />
        <source>OUTPUT of Access to services: the access maps (covered or not, per facility type), and the coverage table when the access summary is not given.</source>
        <translation>OUTPUT de Acceso a equipamientos: los mapas de acceso (cubierto o no, por tipo de equipamiento) y la tabla de cobertura cuando no se da el resumen de acceso.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="192" />
        <source>The facilities the access was computed with: marked on the access maps, each on its type's map.</source>
        <translation>Los equipamientos con los que se calculó el acceso: se marcan en los mapas de acceso, cada uno en el mapa de su tipo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="198" />
        <source>Field with the facility type (salud, educación...). Left empty, one named like tipo is used.</source>
        <translation>Campo con el tipo de equipamiento (salud, educación...). Si se deja vacío, se usa uno con un nombre como tipo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="207" />
        <source>How access was measured</source>
        <translation>Cómo se midió el acceso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="219" />
        <source>Not stated</source>
        <translation>No se indica</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="207" />
        <source>In a straight line</source>
        <translation>En línea recta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="207" />
        <source>Over the road network</source>
        <translation>Por la malla vial</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="207" />
        <source>The METHOD used in Access to services. The report states it on the method page and in its limitations (a straight line is optimistic); not stated, it says so.</source>
        <translation>El METHOD usado en Acceso a equipamientos. El informe lo dice en la página de método y en sus limitaciones (la línea recta es optimista); si no se indica, lo dice.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="219" />
        <source>Unit of the access thresholds</source>
        <translation>Unidad de los umbrales de acceso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="219" />
        <source>The COST_UNIT used in Access to services: printed next to every threshold, distance and time.</source>
        <translation>La COST_UNIT usada en Acceso a equipamientos: se imprime junto a cada umbral, distancia y tiempo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="228" />
        <source>The THRESHOLDS used in Access to services, e.g. salud=1500;educacion=800, shown in the coverage table, on the access maps and on the method page.</source>
        <translation>Los THRESHOLDS usados en Acceso a equipamientos, por ejemplo salud=1500;educacion=800; se muestran en la tabla de cobertura, en los mapas de acceso y en la página de método.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="237" />
        <source>Speeds (as used)</source>
        <translation>Velocidades (las usadas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="237" />
        <source>For times: the speeds used in Access to services, in words, e.g. 'on foot at 4.5 km/h' or 'by car at the speed of each road (field velocidad), 30 km/h where it has none'. Printed on the method page.</source>
        <translation>Para tiempos: las velocidades usadas en Acceso a equipamientos, en palabras, por ejemplo 'a pie a 4,5 km/h' o 'en vehículo a la velocidad de cada vía (campo velocidad), 30 km/h donde no la tiene'. Se imprimen en la página de método.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="244" />
        <source>OUTPUT of Site suitability: mapped in its classes, excluded land in its own colour; its metadata give the criteria, weights, consistency ratio and area per class.</source>
        <translation>OUTPUT de Aptitud del suelo: se cartografía por clases, el suelo excluido en su propio color; sus metadatos dan los criterios, los pesos, la razón de consistencia y el área por clase.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="251" />
        <source>OUTPUT of Rank candidate sites: the 10 best (more on a tie) are outlined on the suitability map and listed with their comuna (from the reporting areas) and tenure.</source>
        <translation>OUTPUT de Ordenar predios candidatos: los 10 mejores (más si hay empate) se resaltan en el mapa de aptitud y se listan con su comuna (de las áreas de reporte) y su tenencia.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="272" />
        <source>Growth layers of the scenarios</source>
        <translation>Capas de crecimiento de los escenarios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="272" />
        <source>The growth layers of Growth scenarios (one per scenario, fields scenario and year; its OUTPUT_LAYERS can be given as they are, the rasters are skipped): one small map per scenario shows where it grows, by period.</source>
        <translation>Las capas de crecimiento de Escenarios de crecimiento (una por escenario, campos scenario y year; sus OUTPUT_LAYERS se pueden dar tal cual, los ráster se omiten): un mapa pequeño por escenario muestra dónde crece, por período.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="295" />
        <source>Comunas, barrios or UPZ drawn and named on the maps, and the comuna of each listed parcel (the tables use the areas of the summaries).</source>
        <translation>Comunas, barrios o UPZ que se dibujan y nombran en los mapas, y la comuna de cada predio listado (las tablas usan las áreas de los resúmenes).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/maps.py" line="92" />
        <source>Municipal boundary or area of interest</source>
        <translation>Límite municipal o área de estudio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="308" />
        <source>Drawn on the maps; the suitability map is clipped to it.</source>
        <translation>Se dibuja en los mapas; el mapa de aptitud se recorta a él.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="322" />
        <source>Logo or coat of arms (image)</source>
        <translation>Logo o escudo (imagen)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="322" />
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="322" />
        <source>An image (PNG, JPEG or SVG) placed on the cover and in the header of every page.</source>
        <translation>Una imagen (PNG, JPEG o SVG) que se pone en la portada y en el encabezado de cada página.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="332" />
        <source>Where the data come from, as 'topic: source' separated by semicolons, e.g. 'Población: DANE CNPV 2018; Amenazas: POT 2019; Equipamientos: OpenStreetMap 2025'. Printed on the method page, which also names the data with no source.</source>
        <translation>De dónde vienen los datos, como 'tema: fuente' separados por punto y coma, por ejemplo 'Población: DANE CNPV 2018; Amenazas: POT 2019; Equipamientos: OpenStreetMap 2025'. Se imprime en la página de método, que también nombra los datos sin fuente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="342" />
        <source>The data are fictitious (training)</source>
        <translation>Los datos son ficticios (capacitación)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="342" />
        <source>Marks the report 'Fictitious data' on the cover and on every page. Data from the sample city are marked without asking.</source>
        <translation>Marca el informe como 'Datos ficticios' en la portada y en cada página. Los datos de la ciudad de ejemplo se marcan sin preguntar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="360" />
        <source>Add the layout to the project (editable)</source>
        <translation>Agregar la composición al proyecto (editable)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="360" />
        <source>Also add the report's print layout to the project's Layout Manager, to add an emblem or edit the text. Its charts and map layers are kept in a folder beside the PDF.</source>
        <translation>Agrega también la composición de impresión del informe al Administrador de composiciones del proyecto, para poner un escudo o editar el texto. Sus gráficos y capas de los mapas se guardan en una carpeta junto al PDF.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="383" />
        <source>Tables (Excel workbook)</source>
        <translation>Tablas (libro de Excel)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="383" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="383" />
        <source>Every table of the report in one .xlsx workbook: one sheet per table, numbers as numbers.</source>
        <translation>Todas las tablas del informe en un libro .xlsx: una hoja por tabla, los números como números.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="393" />
        <source>Layout added to the project</source>
        <translation>Composición agregada al proyecto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="483" />
        <source>LOGO: '{path}' is not an image file QGIS can read. Choose a PNG, JPEG or SVG file.</source>
        <translation>LOGO: '{path}' no es un archivo de imagen que QGIS pueda leer. Elija un archivo PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="495" />
        <source>There is no project to add the layout to; only the files were written.</source>
        <translation>No hay un proyecto al que agregar la composición; solo se escribieron los archivos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="498" />
        <source>{name}_files</source>
        <translation>{name}_archivos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="511" />
        <source>The layout '{name}' was added to the project's Layout Manager.</source>
        <translation>La composición '{name}' se agregó al Administrador de composiciones del proyecto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="712" />
        <source>{layer}: a growth layer needs the field year (the growth layers of Growth scenarios have it). Give the &lt;scenario&gt;_growth layers in GROWTH_LAYERS.</source>
        <translation>{layer}: una capa de crecimiento necesita el campo year (las capas de crecimiento de Escenarios de crecimiento lo tienen). Dé las capas &lt;escenario&gt;_growth en GROWTH_LAYERS.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="768" />
        <source>field {field} of {layer}</source>
        <translation>campo {field} de {layer}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="770" />
        <source>as the metadata of {layer} say</source>
        <translation>según los metadatos de {layer}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="891" />
        <source>growth layers</source>
        <translation>capas de crecimiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/planning_report.py" line="893" />
        <source>boundary</source>
        <translation>límite</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/access.py" line="74" />
        <source>Facility of the type</source>
        <translation>Equipamiento del tipo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/access.py" line="131" />
        <source>Threshold distance around each facility</source>
        <translation>Distancia umbral alrededor de cada equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/access.py" line="141" />
        <source>{type}: within {limit}</source>
        <translation>{type}: a menos de {limit}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/exposure.py" line="70" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/exposure.py" line="72" />
        <source>More than {low}</source>
        <translation>Más del {low}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/exposure.py" line="74" />
        <source>Up to {high}</source>
        <translation>Hasta el {high}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/exposure.py" line="113" />
        <source>Share of the population in high hazard zones</source>
        <translation>Proporción de la población en zonas de amenaza alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/exposure.py" line="116" />
        <source>{layer}: no field any_a_pop or any_a_shr (a settlement_exposure output has them); drawn in one colour.</source>
        <translation>{layer}: no tiene los campos any_a_pop ni any_a_shr (una salida de settlement_exposure los tiene); se dibuja en un solo color.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/exposure.py" line="128" />
        <source>Hazard zones (any type)</source>
        <translation>Zonas de amenaza (cualquier tipo)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/maps.py" line="94" />
        <source>Outside the boundary</source>
        <translation>Fuera del límite</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/project.py" line="43" />
        <source>{layer} could not be saved in {path}: {error}</source>
        <translation>{layer} no se pudo guardar en {path}: {error}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/project.py" line="68" />
        <source>Report maps: {name}</source>
        <translation>Mapas del informe: {name}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/scenarios.py" line="100" />
        <source>New residential land, by period</source>
        <translation>Suelo residencial nuevo, por período</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/suitability.py" line="80" />
        <source>Excluded by a constraint</source>
        <translation>Excluido por una restricción</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/suitability.py" line="85" />
        <source>{name} ({low} to {high})</source>
        <translation>{name} ({low} a {high})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/report_layout/suitability.py" line="168" />
        <source>Best candidate parcels (rank in the table)</source>
        <translation>Mejores predios candidatos (puesto en la tabla)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="67" />
        <source>&lt;QGIS profile folder&gt;/python/dependencies</source>
        <translation>&lt;carpeta del perfil de QGIS&gt;/python/dependencies</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="70" />
        <source>Click Install in the message bar: the plugin installs them with QGIS's own Python into your QGIS profile ({target}), then asks you to restart QGIS. Without internet, see the installation page of the user guide. By hand: close QGIS and run {python} -m pip install --target "{target}" {packages}</source>
        <translation>Pulse Instalar en la barra de mensajes: el complemento los instala con el Python del propio QGIS en su perfil de QGIS ({target}) y luego le pide reiniciar QGIS. Sin internet, vea la página de instalación de la guía de usuario. A mano: cierre QGIS y ejecute {python} -m pip install --target "{target}" {packages}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="75" />
        <source>Close QGIS and open a terminal. On Debian/Ubuntu run: sudo apt install python3-pandas python3-pyproj python3-scipy libgeos-dev python3-dev gcc &amp;&amp; python3 -m pip install --user --break-system-packages --no-binary shapely 'shapely&gt;=2.0' &amp;&amp; python3 -m pip install --user --break-system-packages --no-deps 'geopandas&gt;=1.0,&lt;1.1' -- then start QGIS again. On Linux the plugin does not install them itself: the packages of PyPI (wheels) carry their own GEOS and PROJ libraries, which clash with the ones QGIS uses and crash QGIS, so pyproj, pandas and scipy come from the distribution and shapely is built from source.</source>
        <translation>Cierre QGIS y abra una terminal. En Debian/Ubuntu ejecute: sudo apt install python3-pandas python3-pyproj python3-scipy libgeos-dev python3-dev gcc &amp;&amp; python3 -m pip install --user --break-system-packages --no-binary shapely 'shapely&gt;=2.0' &amp;&amp; python3 -m pip install --user --break-system-packages --no-deps 'geopandas&gt;=1.0,&lt;1.1' -- y vuelva a abrir QGIS. En Linux el complemento no los instala por su cuenta: los paquetes de PyPI (wheels) traen sus propias bibliotecas GEOS y PROJ, que chocan con las que usa QGIS y lo cierran, por eso pyproj, pandas y scipy vienen de la distribución y shapely se compila desde el código fuente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/install.py" line="49" />
        <source>Install the Python packages of Migrant Integration Planner</source>
        <translation>Instalar los paquetes de Python del Planificador de Integración Urbana de Migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/install.py" line="60" />
        <source>Migrant Integration Planner needs these Python packages: {packages}. They will be downloaded from the Python package index (pypi.org) and installed with QGIS's own Python into your QGIS profile:
{folder}
Nothing else in QGIS or on the computer is changed (numpy stays the one QGIS ships). To undo, close QGIS and delete that folder.</source>
        <translation>El Planificador de Integración Urbana de Migrantes necesita estos paquetes de Python: {packages}. Se descargarán del índice de paquetes de Python (pypi.org) y se instalarán con el Python del propio QGIS en su perfil de QGIS:
{folder}
No se cambia nada más en QGIS ni en el equipo (numpy sigue siendo el que trae QGIS). Para deshacerlo, cierre QGIS y borre esa carpeta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/install.py" line="83" />
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/install.py" line="85" />
        <source>Copy the log</source>
        <translation>Copiar el registro</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/install.py" line="120" />
        <source>Installing… (this can take a few minutes)</source>
        <translation>Instalando… (puede tardar unos minutos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/install.py" line="147" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/installer.py" line="219" />
        <source>The Python package index (pypi.org) could not be reached, so nothing was installed. Check the internet connection (or the proxy settings), or, on a computer without internet, install from a folder of wheel files: {command}</source>
        <translation>No se pudo llegar al índice de paquetes de Python (pypi.org), así que no se instaló nada. Revise la conexión a internet (o la configuración del proxy) o, en un equipo sin internet, instale desde una carpeta de archivos wheel: {command}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/installer.py" line="224" />
        <source>pip could not install the packages into {folder}; nothing was changed in QGIS. pip's log:</source>
        <translation>pip no pudo instalar los paquetes en {folder}; no se cambió nada en QGIS. Registro de pip:</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/installer.py" line="280" />
        <source>The Python interpreter that QGIS uses was not found next to QGIS ({path}), so the packages cannot be installed automatically. See the installation page of the user guide for the manual command.</source>
        <translation>No se encontró junto a QGIS ({path}) el intérprete de Python que usa QGIS, así que los paquetes no se pueden instalar automáticamente. Vea el comando manual en la página de instalación de la guía de usuario.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/installer.py" line="288" />
        <source>The Python that QGIS uses ({python}) has no pip, so the packages cannot be installed automatically. On Windows, run the OSGeo4W installer and add the package 'python3-pip'; then try again.</source>
        <translation>El Python que usa QGIS ({python}) no tiene pip, así que los paquetes no se pueden instalar automáticamente. En Windows, ejecute el instalador de OSGeo4W y agregue el paquete 'python3-pip'; luego intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/installer.py" line="296" />
        <source>The packages were installed into {folder}. Restart QGIS to use Migrant Integration Planner. To undo, close QGIS and delete that folder.</source>
        <translation>Los paquetes se instalaron en {folder}. Reinicie QGIS para usar el Planificador de Integración Urbana de Migrantes. Para deshacerlo, cierre QGIS y borre esa carpeta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/plugin.py" line="106" />
        <source>Install…</source>
        <translation>Instalar…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="385" />
        <source>feature id</source>
        <translation>id del elemento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/ahp.py" line="108" />
        <source>{what}, row {row}, column {col}</source>
        <translation>{what}, fila {row}, columna {col}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/estimate.py" line="61" />
        <source>{w} x {h} cells ({million} million), about {memory} MB of memory and {time}</source>
        <translation>{w} x {h} celdas ({million} millones), unos {memory} MB de memoria y {time}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/estimate.py" line="73" />
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/estimate.py" line="75" />
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/estimate.py" line="76" />
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/estimate.py" line="121" />
        <source>{parameter}: the grid would have {size}, more than this algorithm takes on (at most {limit} million cells and about {time} of work). Use a larger cell size or a smaller area of interest.</source>
        <translation>{parameter}: la cuadrícula tendría {size}, más de lo que este algoritmo acepta (a lo sumo {limit} millones de celdas y unos {time} de trabajo). Use un tamaño de celda mayor o un área de interés menor.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/estimate.py" line="133" />
        <source>{parameter}: the grid would have {size}, more than the {free} MB of memory available. Use a larger cell size, a smaller area of interest, or close other programs.</source>
        <translation>{parameter}: la cuadrícula tendría {size}, más que los {free} MB de memoria disponibles. Use un tamaño de celda mayor, un área de interés menor, o cierre otros programas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="869" />
        <source>Row for the whole layer (all areas)</source>
        <translation>Fila de toda la capa (todas las áreas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="869" />
        <source>Row for any hazard type</source>
        <translation>Fila de cualquier tipo de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="755" />
        <source>{name} (area)</source>
        <translation>{name} (área)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="755" />
        <source>{name} (facility type)</source>
        <translation>{name} (tipo de equipamiento)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="761" />
        <source>{name} (hazard type)</source>
        <translation>{name} (tipo de amenaza)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/exposure.py" line="869" />
        <source>Row for all facility types</source>
        <translation>Fila de todos los tipos de equipamiento</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/fields.py" line="567" />
        <source>{layer}: the field '{field}' holds {n} values beyond {limit} (the largest {value}), which no count of people or places reaches. Check that the field is the right one and its values.</source>
        <translation>{layer}: el campo '{field}' tiene {n} valores por encima de {limit} (el mayor, {value}), que ningún conteo de personas o lugares alcanza. Revise que el campo sea el correcto y sus valores.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="235" />
        <source>SCENARIOS, scenario '{scenario}'</source>
        <translation>SCENARIOS, escenario '{scenario}'</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="269" />
        <source>a number of {n} digits</source>
        <translation>un número de {n} dígitos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/scenarios.py" line="348" />
        <source>SCENARIOS, scenario '{scenario}': the population would reach {population} by {year}, more than {limit}. Check base_population, the growth and the years.</source>
        <translation>SCENARIOS, escenario '{scenario}': la población llegaría a {population} en {year}, más de {limit}. Revise base_population, el crecimiento y los años.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/suitability.py" line="76" />
        <source>{layer} ({parameter}): the raster holds values from {low} to {high}, not suitability scores between 0 and 1 (is it an elevation or another raster?). Give the suitability raster that site suitability writes, or rescale the raster to 0-1 first.</source>
        <translation>{layer} ({parameter}): el ráster tiene valores de {low} a {high}, no puntajes de aptitud entre 0 y 1 (¿es una elevación u otro ráster?). Dé el ráster de aptitud que escribe la aptitud del suelo, o reescale antes el ráster a 0-1.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="65" />
        <source>{what}: the same key is given twice with different values ('{first}' and '{second}'; accents and case are ignored in keys). Give each key once.</source>
        <translation>{what}: la misma clave aparece dos veces con valores distintos ('{first}' y '{second}'; en las claves no importan tildes ni mayúsculas). Dé cada clave una sola vez.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="148" />
        <source>{layer}: {n} features share their value of '{field}' with another ({examples}); they are reported apart, as '{example} (2)'... If they are parts of one area, dissolve them by '{field}' first (Vector &gt; Geoprocessing Tools &gt; Dissolve).</source>
        <translation>{layer}: {n} elementos comparten su valor de '{field}' con otro ({examples}); se reportan por separado, como '{example} (2)'... Si son partes de una misma área, disuélvalas antes por '{field}' (Vectorial &gt; Herramientas de geoproceso &gt; Disolver).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="186" />
        <source>the value '{text}' of '{key}'</source>
        <translation>el valor '{text}' de '{key}'</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="187" />
        <source>the value '{text}'</source>
        <translation>el valor '{text}'</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="247" />
        <source>{what}: {subject} is not a number.</source>
        <translation>{what}: {subject} no es un número.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="291" />
        <source>{what}: {subject} is not a finite number that can be computed with.</source>
        <translation>{what}: {subject} no es un número finito con el que se pueda calcular.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="271" />
        <source>{what}: {subject} is ambiguous: {decimal} with a decimal comma, or {thousands} with a comma grouping thousands. Write {decimal_text} or {thousands}.</source>
        <translation>{what}: {subject} es ambiguo: {decimal} con coma decimal, o {thousands} con una coma de miles. Escriba {decimal_text} o {thousands}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="284" />
        <source>{what}: {subject} is not a number. Write it like 1500, 1.500 or 1 500 (thousands), 1,5 or 1.500,5 (decimal comma).</source>
        <translation>{what}: {subject} no es un número. Escríbalo como 1500, 1.500 o 1 500 (miles), 1,5 o 1.500,5 (coma decimal).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="296" />
        <source>{what}: {subject} is read as {number} (a point or a space groups thousands).</source>
        <translation>{what}: {subject} se lee como {number} (un punto o un espacio separa los miles).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="264" />
        <source>{name}: QGIS reads numeric parameters with a decimal point: write {value} as {fixed}.</source>
        <translation>{name}: QGIS lee los parámetros numéricos con punto decimal: escriba {value} como {fixed}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="268" />
        <source>{name}: '{value}' is read by QGIS as {qgis}, not {ours} (in numeric parameters a point is the decimal mark). Write {qgis} or {ours_plain}.</source>
        <translation>{name}: QGIS lee '{value}' como {qgis}, no como {ours} (en los parámetros numéricos el punto es el separador decimal). Escriba {qgis} o {ours_plain}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="278" />
        <source>{name}: {value} is not a finite number.</source>
        <translation>{name}: {value} no es un número finito.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="283" />
        <source>{name} ({label}): {value} is out of range; give a value between {low} and {high}.</source>
        <translation>{name} ({label}): {value} está fuera del rango; dé un valor entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="287" />
        <source>{name} ({label}): {value} is too small; give a value of at least {low}.</source>
        <translation>{name} ({label}): {value} es demasiado pequeño; dé un valor de al menos {low}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="290" />
        <source>{name} ({label}): {value} is too large; give a value of at most {high}.</source>
        <translation>{name} ({label}): {value} es demasiado grande; dé un valor de a lo sumo {high}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="294" />
        <source>{name} ({label}): {value} is not a whole number.</source>
        <translation>{name} ({label}): {value} no es un número entero.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="344" />
        <source>{output} would replace {place}, which the step {step} of this model wrote already. Give each step of the model its own output.</source>
        <translation>{output} reemplazaría {place}, que ya escribió el paso {step} de este modelo. Dé a cada paso del modelo su propia salida.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/suitability_common.py" line="390" />
        <source>Size of the run: {size}.</source>
        <translation>Tamaño de la ejecución: {size}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/destinations.py" line="71" />
        <source>{path}, layer {layer}</source>
        <translation>{path}, capa {layer}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/destinations.py" line="279" />
        <source>{parameter}: '{value}' is the way to read a layer, not to write one (QGIS would create a file named literally so). To write the layer {layer} into {path}, give ogr:dbname='{path}' table="{layer}"; to write a file of its own, give a path such as {stem}_{layer}.gpkg.</source>
        <translation>{parameter}: '{value}' es la forma de leer una capa, no de escribirla (QGIS crearía un archivo con ese nombre literal). Para escribir la capa {layer} dentro de {path}, dé ogr:dbname='{path}' table="{layer}"; para escribir un archivo propio, dé una ruta como {stem}_{layer}.gpkg.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/destinations.py" line="305" />
        <source>{parameter}: the raster is written as a GeoTIFF, so its file name must end in .tif (given: {path}).</source>
        <translation>{parameter}: el ráster se escribe como GeoTIFF, así que el nombre del archivo debe terminar en .tif (se dio: {path}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/destinations.py" line="366" />
        <source>Choose another file or layer name for {output}.</source>
        <translation>Elija otro archivo o nombre de capa para {output}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/destinations.py" line="368" />
        <source>Choose another file for {output}, or write a new layer into the GeoPackage with ogr:dbname='{path}' table="new_layer" (its other layers stay untouched).</source>
        <translation>Elija otro archivo para {output}, o escriba una capa nueva dentro del GeoPackage con ogr:dbname='{path}' table="capa_nueva" (sus otras capas quedan intactas).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/destinations.py" line="372" />
        <source>{output} would overwrite the input {input} ({place}). {advice}</source>
        <translation>{output} sobrescribiría la entrada {input} ({place}). {advice}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/destinations.py" line="388" />
        <source>{first} and {second} would both write {place}, so one would replace the other. Give each output its own file (or its own layer of one GeoPackage: ogr:dbname='{path}' table="name").</source>
        <translation>{first} y {second} escribirían ambos {place}, así que una reemplazaría a la otra. Dé a cada salida su propio archivo (o su propia capa de un mismo GeoPackage: ogr:dbname='{path}' table="nombre").</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/destinations.py" line="445" />
        <source>{output}: {path} holds other layers ({layers}) that writing the output as this file would delete. Write the output as a layer into it (ogr:dbname='{path}' table="{stem}") or choose another file.</source>
        <translation>{output}: {path} tiene otras capas ({layers}) que escribir la salida como ese archivo borraría. Escriba la salida como una capa dentro de él (ogr:dbname='{path}' table="{stem}") o elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/outputs.py" line="118" />
        <source>the file holds {found} of the {n} features written</source>
        <translation>el archivo tiene {found} de los {n} elementos escritos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/outputs.py" line="130" />
        <source>{parameter}: a shapefile keeps only 10 characters of a field name, and {n} fields of this output have longer names ({examples}); they would be cut to names such as '{cut}' that no other step recognises. Write the output as a GeoPackage ({path}) instead.</source>
        <translation>{parameter}: un shapefile guarda solo 10 caracteres del nombre de un campo, y {n} campos de esta salida tienen nombres más largos ({examples}); quedarían cortados en nombres como '{cut}' que ningún otro paso reconoce. Escriba la salida como GeoPackage ({path}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/outputs.py" line="177" />
        <source>the temporary file {path} was not written</source>
        <translation>no se escribió el archivo temporal {path}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/outputs.py" line="307" />
        <source>{first} and {second} would both write {path}, so one would replace the other.</source>
        <translation>{first} y {second} escribirían ambos {path}, así que una reemplazaría a la otra.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/outputs.py" line="391" />
        <source>{parameter}: layers can be written into an existing GeoPackage only; {path} is not one. Give a file of its own.</source>
        <translation>{parameter}: solo se pueden escribir capas dentro de un GeoPackage existente; {path} no lo es. Dé un archivo propio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/outputs.py" line="484" />
        <source>{output} could not replace {path} ({error}). If it is open in QGIS or another program, close it (or remove the layer from the project), or choose another file. Nothing was written.</source>
        <translation>{output} no pudo reemplazar {path} ({error}). Si está abierto en QGIS u otro programa, ciérrelo (o quite la capa del proyecto), o elija otro archivo. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/outputs.py" line="484" />
        <source>An output</source>
        <translation>Una salida</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/staging.py" line="256" />
        <source>Writing {path} failed: the disk holding {folder} is full ({free} MB free; {error}). Nothing was written. Free some space or choose another folder.</source>
        <translation>Falló la escritura de {path}: el disco que contiene {folder} está lleno ({free} MB libres; {error}). No se escribió nada. Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/staging.py" line="262" />
        <source>Writing {path} failed: {error}. Nothing was written. Check the folder and the file, or choose another.</source>
        <translation>Falló la escritura de {path}: {error}. No se escribió nada. Revise la carpeta y el archivo, o elija otros.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="139" />
        <source>no geometry (it is a table)</source>
        <translation>ninguna geometría (es una tabla)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="163" />
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="164" />
        <source>{layer} ({parameter}): the layer has {found}, but {parameter} takes {expected}. Check that the right layer is given.</source>
        <translation>{layer} ({parameter}): la capa tiene {found}, pero {parameter} recibe {expected}. Revise que se dio la capa correcta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="187" />
        <source>{layer}: the filter expression '{filter}' is not valid ({error}). Correct it or remove it.</source>
        <translation>{layer}: la expresión de filtro '{filter}' no es válida ({error}). Corríjala o quítela.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="194" />
        <source>{layer}: the filter '{filter}' names the field '{field}', which the layer does not have.</source>
        <translation>{layer}: el filtro '{filter}' nombra el campo '{field}', que la capa no tiene.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="206" />
        <source>{layer}: the filter '{filter}' names the field '{field}', which the layer does not have (the file would read it as a text and keep every feature). Correct the filter (Layer Properties &gt; Source &gt; Query Builder).</source>
        <translation>{layer}: el filtro '{filter}' nombra el campo '{field}', que la capa no tiene (el archivo lo leería como un texto y conservaría todos los elementos). Corrija el filtro (Propiedades de la capa &gt; Fuente &gt; Constructor de consultas).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="218" />
        <source>{layer}: the filter '{filter}' is not valid ({error}), so no feature would be read. Correct the filter (Layer Properties &gt; Source &gt; Query Builder).</source>
        <translation>{layer}: el filtro '{filter}' no es válido ({error}), así que no se leería ningún elemento. Corrija el filtro (Propiedades de la capa &gt; Fuente &gt; Constructor de consultas).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="249" />
        <source>{layer}: the layer is declared as {declared}, but {n} features hold other geometries ({kinds}; feature ids {ids}). Move them to a layer of their own (Extract by expression: geometry_type($geometry) = '...') or delete them.</source>
        <translation>{layer}: la capa está declarada como {declared}, pero {n} elementos tienen otras geometrías ({kinds}; ids de elemento {ids}). Páselos a una capa propia (Extraer por expresión: geometry_type($geometry) = '...') o bórrelos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="390" />
        <source>{layer}: {n} text values were read with characters that could not be decoded (shown as �, for example {examples}): the file's text encoding was not read right, so these values match nothing you type. For a shapefile, put beside it a .cpg file holding the encoding (1252 for most files made on Windows, UTF-8 otherwise), or set the encoding in Layer Properties &gt; Source.</source>
        <translation>{layer}: {n} valores de texto se leyeron con caracteres que no se pudieron decodificar (se ven como �, por ejemplo {examples}): la codificación del texto del archivo no se leyó bien, así que esos valores no coinciden con nada de lo que escriba. Para un shapefile, ponga junto a él un archivo .cpg con la codificación (1252 para la mayoría de archivos hechos en Windows, UTF-8 en otro caso), o fije la codificación en Propiedades de la capa &gt; Fuente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="481" />
        <source>The output column '{column}' holds {n} infinite values: a number too large to compute with came from the inputs. Check the input values (counts above 10^9 are refused) and the parameters.</source>
        <translation>La columna de salida '{column}' tiene {n} valores infinitos: de las entradas vino un número demasiado grande para calcular. Revise los valores de entrada (se rechazan los conteos por encima de 10^9) y los parámetros.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/vector.py" line="538" />
        <source>The column '{column}' is written as '{new}': 'fid' is the key of a GeoPackage, and repeated values would lose features.</source>
        <translation>La columna '{column}' se escribe como '{new}': 'fid' es la clave de un GeoPackage, y los valores repetidos harían perder elementos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="219" />
        <source>area</source>
        <translation>área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="170" />
        <source>People in hazard zones by {area}</source>
        <translation>Población en zonas de amenaza por {area}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="171" />
        <source>Migrants in hazard zones by {area}</source>
        <translation>Migrantes en zonas de amenaza por {area}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="172" />
        <source>Households in hazard zones by {area}</source>
        <translation>Hogares en zonas de amenaza por {area}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="215" />
        <source>migrants (persons)</source>
        <translation>migrantes (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="268" />
        <source>% within the threshold</source>
        <translation>% dentro del umbral</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="269" />
        <source>whole municipality</source>
        <translation>todo el municipio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="270" />
        <source>Population and migrants within reach of each service ({area})</source>
        <translation>Población y migrantes al alcance de cada servicio ({area})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="324" />
        <source>not found</source>
        <translation>sin suelo apto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/charts.py" line="327" />
        <source>New land (ha)</source>
        <translation>Suelo nuevo (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/ahp_editor.py" line="325" />
        <source>Consistency ratio CR = {cr}: below {max}, consistent.</source>
        <translation>Razón de consistencia CR = {cr}: menor que {max}, consistente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/ahp_editor.py" line="335" />
        <source>Consistency ratio CR = {cr}: {max} or more, the judgements contradict each other.</source>
        <translation>Razón de consistencia CR = {cr}: {max} o más, los juicios se contradicen entre sí.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="107" />
        <source>Migrant integration</source>
        <translation>Integración de migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/outputs.py" line="212" />
        <source>Style of the Migrant Integration Planner</source>
        <translation>Estilo del Planificador de Integración Urbana de Migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/outputs.py" line="214" />
        <source>The style of {name} was not kept in {path}: {error}</source>
        <translation>El estilo de {name} no se guardó en {path}: {error}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="68" />
        <source>Along the roads</source>
        <translation>Por la malla vial</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="69" />
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="72" />
        <source>By vehicle (road speeds, one-way streets)</source>
        <translation>En vehículo (velocidades de las vías, sentidos únicos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="76" />
        <source>metres</source>
        <translation>metros</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="76" />
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="77" />
        <source>Measure in</source>
        <translation>Medir en</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="80" />
        <source>2SFCA: supply per person</source>
        <translation>2SFCA: oferta por persona</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="80" />
        <source>E2SFCA: nearer counts more</source>
        <translation>E2SFCA: pesa más lo cercano</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="80" />
        <source>Gaussian: fades with distance</source>
        <translation>Gaussiano: decae con la distancia</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="89" />
        <source>2SFCA: two-step floating catchment; E2SFCA: enhanced, with sub-zone weights 1, 0.68 and 0.22; Gaussian: a distance decay over the catchment.</source>
        <translation>2SFCA: área de influencia flotante en dos pasos; E2SFCA: mejorado, con pesos por subzona 1, 0.68 y 0.22; gaussiano: decaimiento con la distancia dentro del área de influencia.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="96" />
        <source>Without a score, the step finds the nearest facility and who is covered within the threshold. A score also compares each facility's capacity with the people who can reach it: a low score marks places where the service is overloaded.</source>
        <translation>Sin puntaje, el paso encuentra el equipamiento más cercano y quién queda cubierto dentro del umbral. Un puntaje compara además la capacidad de cada equipamiento con la población que puede llegar a él: un puntaje bajo señala dónde el servicio está sobrecargado.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="345" />
        <source>Population covered (%)</source>
        <translation>Población cubierta (%)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="346" />
        <source>Migrants covered (%)</source>
        <translation>Migrantes cubiertos (%)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="347" />
        <source>Beyond the threshold (persons)</source>
        <translation>Fuera del umbral (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="358" />
        <source>People covered</source>
        <translation>Población cubierta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="359" />
        <source>Migrants covered</source>
        <translation>Migrantes cubiertos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="360" />
        <source>Beyond the threshold</source>
        <translation>Fuera del umbral</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/access.py" line="366" />
        <source>Lowest coverage: &lt;b&gt;{type}&lt;/b&gt;. {share} of the population lives within {threshold} of one; {n} people live farther.</source>
        <translation>Menor cobertura: &lt;b&gt;{type}&lt;/b&gt;. El {share} de la población vive a menos de {threshold} de uno; {n} personas viven más lejos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="92" />
        <source>This step in the user guide (opens in your browser, no internet needed)</source>
        <translation>Este paso en la guía del usuario (se abre en su navegador, sin necesidad de internet)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="114" />
        <source>The user guide is not available in this installation of the plugin.</source>
        <translation>La guía del usuario no está disponible en esta instalación del complemento.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="46" />
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="46" />
        <source>By share of area</source>
        <translation>Por proporción de área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="46" />
        <source>Whole, at the highest level</source>
        <translation>Entero, en el nivel más alto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="53" />
        <source>A settlement partly in a hazard zone counts</source>
        <translation>Un asentamiento en parte dentro de una zona de amenaza cuenta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="100" />
        <source>Exposure by area</source>
        <translation>Exposición por área</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="120" />
        <source>A polygon counts in each level in proportion to its area there (its people spread evenly over it); a point counts whole in the zone it falls in.</source>
        <translation>Un polígono cuenta en cada nivel en proporción a su área en él (su población repartida por igual); un punto cuenta entero en la zona donde cae.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="124" />
        <source>Each settlement counts in each level in proportion to its area there (its people spread evenly).</source>
        <translation>Cada asentamiento cuenta en cada nivel en proporción a su área en él (su población repartida por igual).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="125" />
        <source>Each settlement counts whole at the highest level it touches: the most cautious count.</source>
        <translation>Cada asentamiento cuenta entero en el nivel más alto que toca: el conteo más prudente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="262" />
        <source>In hazard zones ({unit})</source>
        <translation>En zonas de amenaza ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="263" />
        <source>At level alta ({unit})</source>
        <translation>En nivel alta ({unit})</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="264" />
        <source>In hazard zones (%)</source>
        <translation>En zonas de amenaza (%)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="579" />
        <source>In hazard zones</source>
        <translation>En zonas de amenaza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/exposure.py" line="273" />
        <source>At level alta</source>
        <translation>En nivel alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/report.py" line="76" />
        <source>The report's PDF; the HTML is written beside it.</source>
        <translation>El PDF del informe; el HTML se escribe junto a él.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="45" />
        <source>Where it grows</source>
        <translation>Dónde crece</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="46" />
        <source>Population in the base year (persons)</source>
        <translation>Población en el año base (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="48" />
        <source>Horizon year</source>
        <translation>Año horizonte</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="49" />
        <source>Growth given as</source>
        <translation>Crecimiento dado como</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="50" />
        <source>Persons per household</source>
        <translation>Personas por hogar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="51" />
        <source>Density (dwellings/ha)</source>
        <translation>Densidad (viviendas/ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="52" />
        <source>Streets and public space (%)</source>
        <translation>Vías y espacio público (%)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="53" />
        <source>Compactness (0–1)</source>
        <translation>Compacidad (0–1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="141" />
        <source>Choose a scenario to see and change its values; + copies it, − removes it.</source>
        <translation>Elija un escenario para ver y cambiar sus valores; + lo copia, − lo quita.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="147" />
        <source>The scenario whose values are shown below</source>
        <translation>El escenario cuyos valores se muestran abajo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="150" />
        <source>Add a scenario (a copy of the one shown)</source>
        <translation>Agregar un escenario (copia del que se muestra)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="154" />
        <source>Remove the scenario shown</source>
        <translation>Quitar el escenario que se muestra</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="352" />
        <source>Arrivals per year (persons)</source>
        <translation>Llegadas por año (personas)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="345" />
        <source>Growth rate (% per year)</source>
        <translation>Tasa de crecimiento (% por año)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="565" />
        <source>Land (ha)</source>
        <translation>Suelo (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="567" />
        <source>School places (places)</source>
        <translation>Cupos escolares (cupos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="568" />
        <source>Health capacity (capacity units)</source>
        <translation>Capacidad de salud (unidades de capacidad)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="580" />
        <source>School places</source>
        <translation>Cupos escolares</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/scenarios.py" line="581" />
        <source>Health capacity</source>
        <translation>Capacidad de salud</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="135" />
        <source>{criterion} by {changes}</source>
        <translation>{criterion} en {changes}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="137" />
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="139" />
        <source>&lt;b&gt;Sensitivity&lt;/b&gt;: with each weight changed by {changes}, at least {kept} of the {top} best parcels stay among the {top} best ({kept} when changing the weight of {cases}).</source>
        <translation>&lt;b&gt;Sensibilidad&lt;/b&gt;: al cambiar cada peso en {changes}, al menos {kept} de los {top} mejores predios siguen entre los {top} mejores ({kept} al cambiar el peso de {cases}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="145" />
        <source>The order of all the parcels changes little (likeness at least {low}; 1 is the same order).</source>
        <translation>El orden de todos los predios cambia poco (semejanza de al menos {low}; 1 es el mismo orden).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="147" />
        <source>The order of all the parcels changes noticeably (likeness down to {low}; 1 is the same order).</source>
        <translation>El orden de todos los predios cambia de forma notable (semejanza hasta de {low}; 1 es el mismo orden).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="183" />
        <source>Layer and scoring</source>
        <translation>Capa y puntaje</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="275" />
        <source>Best candidate parcels</source>
        <translation>Mejores predios candidatos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="282" />
        <source>Sensitivity to the weights</source>
        <translation>Sensibilidad a los pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="427" />
        <source>{function}: 1 up to {a} {unit}, 0 from {b} {unit}.</source>
        <translation>{function}: 1 hasta {a} {unit}, 0 desde {b} {unit}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="712" />
        <source>AHP consistency ratio {cr}.</source>
        <translation>Razón de consistencia AHP: {cr}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="758" />
        <source>Mean suitability (0–1)</source>
        <translation>Aptitud media (0–1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="759" />
        <source>In the two best classes (%)</source>
        <translation>En las dos mejores clases (%)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="763" />
        <source>1 = the most suitable parcel</source>
        <translation>1 = el predio más apto</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="765" />
        <source>Mean of the suitability of the parcel's cells, from 0 (unsuitable) to 1</source>
        <translation>Promedio de la aptitud de las celdas del predio, de 0 (no apto) a 1</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="766" />
        <source>Share of the parcel's area in the classes alta and muy alta</source>
        <translation>Proporción del área del predio en las clases alta y muy alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="771" />
        <source>Mean suitability</source>
        <translation>Aptitud media</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="772" />
        <source>In the two best classes</source>
        <translation>En las dos mejores clases</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="802" />
        <source>Likeness to the base order (1 = same)</source>
        <translation>Semejanza con el orden base (1 = igual)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="803" />
        <source>Of the {n} best parcels, still among the {n} best</source>
        <translation>De los {n} mejores predios, siguen entre los {n} mejores</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="805" />
        <source>Weight change</source>
        <translation>Cambio del peso</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="805" />
        <source>Likeness</source>
        <translation>Semejanza</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="805" />
        <source>Best kept</source>
        <translation>Mejores que siguen</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="807" />
        <source>The criterion whose weight was changed (the others keep their proportions)</source>
        <translation>El criterio cuyo peso se cambió (los demás conservan sus proporciones)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="808" />
        <source>Spearman rank correlation of all the parcels with the base ranking</source>
        <translation>Correlación de rangos de Spearman de todos los predios con el orden base</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tables.py" line="530" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tables.py" line="288" />
        <source>Save the table as an Excel workbook (.xlsx) or a CSV file. Ctrl+C copies the selected cells.</source>
        <translation>Guarda la tabla como libro de Excel (.xlsx) o archivo CSV. Ctrl+C copia las celdas seleccionadas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tables.py" line="507" />
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tables.py" line="526" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tables.py" line="528" />
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tables.py" line="546" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tables.py" line="547" />
        <source>CSV, comma-separated values (*.csv)</source>
        <translation>CSV, valores separados por comas (*.csv)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tables.py" line="550" />
        <source>Export the table</source>
        <translation>Exportar la tabla</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tables.py" line="559" />
        <source>The table could not be written to {path}: {error}</source>
        <translation>No se pudo escribir la tabla en {path}: {error}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/validation.py" line="254" />
        <source>{w} × {h} cells of {size} m, {bands} band(s).</source>
        <translation>{w} × {h} celdas de {size} m, {bands} banda(s).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/widgets.py" line="498" />
        <source>{items} {last} {final}</source>
        <translation>{items} {last} {final}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/widgets.py" line="498" />
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/styles.py" line="54" />
        <source>The GeoPackage cannot store styles.</source>
        <translation>El GeoPackage no puede guardar estilos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/styles.py" line="59" />
        <source>Only GeoPackage and GeoTIFF files keep a style.</source>
        <translation>Solo los archivos GeoPackage y GeoTIFF guardan un estilo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/base.py" line="207" />
        <source>Not started.</source>
        <translation>No se inició.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="647" />
        <source>With cells of {cell:g} m the grid has {size}. The whole run (suitability{sensitivity}) takes about {time}, and QGIS stays usable meanwhile. Start it? A larger cell size runs faster.</source>
        <translation>Con celdas de {cell:g} m la cuadrícula tiene {size}. Toda la ejecución (aptitud{sensitivity}) tarda unos {time}, y QGIS sigue disponible mientras tanto. ¿Iniciarla? Un tamaño de celda mayor es más rápido.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="650" />
        <source> and the test of the weights</source>
        <translation> y la prueba de los pesos</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/pages/suitability.py" line="656" />
        <source>A long run</source>
        <translation>Una ejecución larga</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="67" />
        <source>People in high hazard (alta), per hazard type; 'any': counted once</source>
        <translation>Personas en amenaza alta, por tipo de amenaza; 'any' (cualquier amenaza): contadas una vez</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="68" />
        <source>Migrants in high hazard (alta), per hazard type; 'any': counted once</source>
        <translation>Migrantes en amenaza alta, por tipo de amenaza; 'any' (cualquier amenaza): contados una vez</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="69" />
        <source>Share of the population within the access threshold, per facility type (0-1)</source>
        <translation>Proporción de la población dentro del umbral de acceso, por tipo de equipamiento (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="70" />
        <source>Share of the migrants within the access threshold, per facility type (0-1)</source>
        <translation>Proporción de los migrantes dentro del umbral de acceso, por tipo de equipamiento (0-1)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="71" />
        <source>Land demand of the scenario over all its years (ha)</source>
        <translation>Demanda de suelo del escenario en todos sus años (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="72" />
        <source>Land demand the suitable land could not take, over all years (ha)</source>
        <translation>Demanda de suelo que el suelo apto no pudo recibir, en todos los años (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="71" />
        <source>DIVIPOLA code</source>
        <translation>Código DIVIPOLA</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="72" />
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="81" />
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="82" />
        <source>Hazard type, facility type or scenario</source>
        <translation>Tipo de amenaza, tipo de equipamiento o escenario</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="83" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="84" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="139" />
        <source>{layer}: {n} features have no five-digit DIVIPOLA code in the field '{field}' (for example {values}). Choose the field with the DANE municipality code (MPIO_CDPMP, e.g. 54001) in the municipality code parameter, or correct those features.</source>
        <translation>{layer}: {n} elementos no tienen un código DIVIPOLA de cinco dígitos en el campo '{field}' (por ejemplo {values}). Elija el campo con el código de municipio del DANE (MPIO_CDPMP, p. ej. 54001) en el parámetro del código del municipio, o corrija esos elementos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="160" />
        <source>{layer}: the code {code} is given to features named {names}. A DIVIPOLA code names one municipality: correct the codes or the names.</source>
        <translation>{layer}: el código {code} está en elementos llamados {names}. Un código DIVIPOLA nombra un solo municipio: corrija los códigos o los nombres.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="168" />
        <source>{layer}: the municipality {code} has no polygon. Correct its geometry.</source>
        <translation>{layer}: el municipio {code} no tiene polígono. Corrija su geometría.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="200" />
        <source>Municipalities to run: {codes} not found in {layer}. Write five-digit DIVIPOLA codes (e.g. 54001) or two-digit department codes (e.g. 54 for all of Norte de Santander), separated by commas.</source>
        <translation>Municipios a ejecutar: {codes} no se encuentran en {layer}. Escriba códigos DIVIPOLA de cinco dígitos (p. ej. 54001) o códigos de departamento de dos dígitos (p. ej. 54 para todo Norte de Santander), separados por comas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="274" />
        <source>SCENARIOS: the key '{key}' is neither a DIVIPOLA code nor '*'. Write an object like {{"54001": [...], "*": [...]}}.</source>
        <translation>SCENARIOS: la clave '{key}' no es un código DIVIPOLA ni '*'. Escriba un objeto como {{"54001": [...], "*": [...]}}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="281" />
        <source>SCENARIOS: the value of '{key}' must be a list of scenarios.</source>
        <translation>SCENARIOS: el valor de '{key}' debe ser una lista de escenarios.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="287" />
        <source>SCENARIOS: write a JSON list of scenarios, or an object of such lists by DIVIPOLA code.</source>
        <translation>SCENARIOS: escriba una lista JSON de escenarios, o un objeto con esas listas por código DIVIPOLA.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="301" />
        <source>SCENARIOS: the scenario '{name}' gives {key}, which would be the same for all {n} municipalities. Leave base_population out (each municipality's own population is used), use growth_rate instead of arrivals_per_year, or give the scenarios per municipality as {{"54001": [...], "54874": [...]}}.</source>
        <translation>SCENARIOS: el escenario '{name}' da {key}, que sería el mismo para los {n} municipios. No escriba base_population (se usa la población de cada municipio), use growth_rate en vez de arrivals_per_year, o dé los escenarios por municipio así: {{"54001": [...], "54874": [...]}}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="317" />
        <source>SCENARIOS: there are no scenarios for the municipality {code} and no '*' entry.</source>
        <translation>SCENARIOS: no hay escenarios para el municipio {code} ni una entrada '*'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national.py" line="327" />
        <source>The municipality {code} has no population in its settlements, so its growth scenarios have no base population.</source>
        <translation>El municipio {code} no tiene población en sus asentamientos, así que sus escenarios de crecimiento no tienen población base.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_chart.py" line="29" />
        <source>No finished municipality to show.</source>
        <translation>No hay ningún municipio terminado para mostrar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_chart.py" line="46" />
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_chart.py" line="47" />
        <source>of whom migrants</source>
        <translation>de ellas, migrantes</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_chart.py" line="48" />
        <source>People in high hazard (alta)</source>
        <translation>Personas en amenaza alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_chart.py" line="64" />
        <source>% of the population covered</source>
        <translation>% de la población cubierta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_chart.py" line="72" />
        <source>Land demand per scenario (ha)</source>
        <translation>Demanda de suelo por escenario (ha)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_chart.py" line="80" />
        <source>The {top} municipalities of {n} with the most people in high hazard</source>
        <translation>Los {top} municipios, de {n}, con más personas en amenaza alta</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="43" />
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="44" />
        <source>already finished (skipped)</source>
        <translation>ya estaba terminado (se omitió)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="45" />
        <source>finished by another worker group</source>
        <translation>terminado por otro grupo de procesos de trabajo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="46" />
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="249" />
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="251" />
        <source>{m}: failed ({count}): {message}</source>
        <translation>{m}: falló ({count}): {message}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="253" />
        <source>{m}: finished in {s:.0f} s ({count}).</source>
        <translation>{m}: terminado en {s:.0f} s ({count}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="257" />
        <source>{m}: finished by another worker group ({count}).</source>
        <translation>{m}: terminado por otro grupo de procesos de trabajo ({count}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="259" />
        <source>{m}: already finished with the same data and settings, skipped ({count}).</source>
        <translation>{m}: ya estaba terminado con los mismos datos y opciones; se omite ({count}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="288" />
        <source>{m}: another worker group is running it; waiting for its result.</source>
        <translation>{m}: otro grupo de procesos de trabajo lo está ejecutando; se espera su resultado.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="342" />
        <source>{m}: started.</source>
        <translation>{m}: iniciado.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="354" />
        <source>stopped after {minutes:.0f} minutes (the time limit); nothing of it was kept.</source>
        <translation>se detuvo a los {minutes:.0f} minutos (el tiempo límite); no se conservó nada de él.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/national_run.py" line="371" />
        <source>the worker stopped with code {code}.</source>
        <translation>el proceso de trabajo terminó con el código {code}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="132" />
        <source>Writes Villa Esperanza, a fictional border city near Cúcuta made for training, into a folder and adds its layers to the project: about 400 settlements (formal barrios and informal settlements with population, migrants, households and dwellings), flood, torrential flow and landslide hazard zones (alta, media, baja), about 60 health, education and early-childhood facilities, the road network, POT land use, 8 comunas, about 300 candidate parcels and a DEM.

All layers are in EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional). The data are the same at every run, so workshop results can be compared. Each layer is also an output that models can use as input to the analysis algorithms. With a PostgreSQL database (a connection and a schema, or an output written postgres://dbname=... schema=...) the layers become tables of that schema, with primary keys and spatial indexes, and the DEM and the OpenStreetMap extract are written to the folder.</source>
        <translation>Escribe en una carpeta Villa Esperanza, una ciudad fronteriza ficticia cercana a Cúcuta creada para capacitación, y agrega sus capas al proyecto: unos 400 asentamientos (barrios formales y asentamientos informales con población, migrantes, hogares y viviendas), zonas de amenaza por inundación, avenida torrencial y movimiento en masa (alta, media, baja), unos 60 equipamientos de salud, educación y primera infancia, la malla vial, los usos del suelo del POT, 8 comunas, unos 300 predios candidatos y un modelo digital de elevación.

Todas las capas están en EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional). Los datos son los mismos en cada ejecución, de modo que los resultados del taller se pueden comparar. Cada capa es también una salida que los modelos pueden usar como entrada de los algoritmos de análisis. Con una base de datos PostgreSQL (una conexión y un esquema, o una salida escrita postgres://dbname=... schema=...) las capas se vuelven tablas de ese esquema, con claves primarias e índices espaciales, y el MDE y el extracto de OpenStreetMap se escriben en la carpeta.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="147" />
        <source>Folder where villa_esperanza.gpkg, villa_esperanza_dem.tif and villa_esperanza.osm (the streets and facilities as an OpenStreetMap extract, for Import OpenStreetMap) are written. A PostgreSQL schema written postgres://dbname=... host=... schema=... (or dbname=... schema=...) receives the layers as tables instead; the DEM and the extract then go to a temporary folder.</source>
        <translation>Carpeta donde se escriben villa_esperanza.gpkg, villa_esperanza_dem.tif y villa_esperanza.osm (las calles y los equipamientos como extracto de OpenStreetMap, para Importar OpenStreetMap). Un esquema de PostgreSQL escrito postgres://dbname=... host=... schema=... (o dbname=... schema=...) recibe en cambio las capas como tablas; el MDE y el extracto van entonces a una carpeta temporal.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="156" />
        <source>PostgreSQL database (connection)</source>
        <translation>Base de datos PostgreSQL (conexión)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="159" />
        <source>A PostgreSQL connection of QGIS (Browser &gt; PostgreSQL). When set, the layers are written as tables of the schema below instead of a GeoPackage; the DEM and the OpenStreetMap extract stay in the output folder.</source>
        <translation>Una conexión PostgreSQL de QGIS (Navegador &gt; PostgreSQL). Si se indica, las capas se escriben como tablas del esquema de abajo en lugar de un GeoPackage; el MDE y el extracto de OpenStreetMap quedan en la carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="167" />
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="170" />
        <source>Schema of the database that receives the tables (it must exist).</source>
        <translation>Esquema de la base de datos que recibe las tablas (debe existir).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="274" />
        <source>There is no PostgreSQL connection named '{name}' (Browser &gt; PostgreSQL).</source>
        <translation>No hay ninguna conexión PostgreSQL llamada '{name}' (Navegador &gt; PostgreSQL).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="305" />
        <source>{title} of Villa Esperanza, the sample city: fictitious data made for training.</source>
        <translation>{title} de Villa Esperanza, la ciudad de ejemplo: datos ficticios creados para capacitación.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="89" />
        <source>The model {path} cannot be read.</source>
        <translation>No se puede leer el modelo {path}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="105" />
        <source>Running {algorithm}</source>
        <translation>Ejecutando {algorithm}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="117" />
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="152" />
        <source>Worker of a national run</source>
        <translation>Proceso de trabajo de una ejecución nacional</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="155" />
        <source>A worker process of 'Run for many municipalities', which starts it through qgis_process: it waits in its mailbox folder for one municipality's job, runs the workflow model on it in this process, answers with the result, and waits for the next one, so QGIS and the plugin start only once for many municipalities.

Inputs: the mailbox folder, the process that started it (the worker stops when it is gone), the number of jobs after which it stops (a fresh worker then takes over) and how long it waits without a job. Output: the number of jobs run. Not meant to be run by hand.</source>
        <translation>Un proceso de trabajo de «Ejecutar para muchos municipios», que lo inicia con qgis_process: espera en su carpeta de buzón el trabajo de un municipio, ejecuta en este proceso el modelo del flujo completo sobre él, responde con el resultado y espera el siguiente, de modo que QGIS y el complemento arrancan una sola vez para muchos municipios.

Entradas: la carpeta de buzón, el proceso que lo inició (el proceso de trabajo se detiene cuando este ya no existe), el número de trabajos tras el cual se detiene (entonces lo reemplaza uno nuevo) y cuánto espera sin trabajo. Salida: el número de trabajos ejecutados. No está pensado para ejecutarse a mano.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="166" />
        <source>Mailbox folder</source>
        <translation>Carpeta de buzón</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="166" />
        <source>Folder where the national run writes job.json and reads result.json.</source>
        <translation>Carpeta donde la ejecución nacional escribe job.json y lee result.json.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="171" />
        <source>Process of the national run</source>
        <translation>Proceso de la ejecución nacional</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="171" />
        <source>The worker stops when this process is gone (0: never).</source>
        <translation>El proceso de trabajo se detiene cuando este proceso ya no existe (0: nunca).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="175" />
        <source>Jobs before a fresh worker</source>
        <translation>Trabajos antes de un proceso nuevo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="175" />
        <source>After this many municipalities the worker stops and the run starts a new one.</source>
        <translation>Después de este número de municipios el proceso de trabajo se detiene y la ejecución inicia uno nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="179" />
        <source>Wait without a job (s)</source>
        <translation>Espera sin trabajo (s)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="179" />
        <source>The worker stops after waiting this long for a job.</source>
        <translation>El proceso de trabajo se detiene tras esperar este tiempo sin trabajo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/national_worker.py" line="183" />
        <source>Jobs run</source>
        <translation>Trabajos ejecutados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="73" />
        <source>Status (finished, skipped, elsewhere, failed)</source>
        <translation>Estado (finished: terminado, skipped: omitido, elsewhere: en otro grupo, failed: falló)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="74" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="75" />
        <source>Run time (s)</source>
        <translation>Tiempo de ejecución (s)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="76" />
        <source>Peak memory of the worker (MB)</source>
        <translation>Memoria máxima del proceso de trabajo (MB)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="77" />
        <source>Results (folder)</source>
        <translation>Resultados (carpeta)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="78" />
        <source>Results (database schema)</source>
        <translation>Resultados (esquema de la base de datos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="79" />
        <source>Finished at (UTC)</source>
        <translation>Terminado a las (UTC)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="80" />
        <source>Worker group (computer:process)</source>
        <translation>Grupo de procesos de trabajo (equipo:proceso)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="93" />
        <source>There is no PostgreSQL connection named '{name}' (Browser &gt; PostgreSQL). Give a connection's name, or the connection itself: postgres://dbname=... host=... user=...</source>
        <translation>No hay ninguna conexión PostgreSQL llamada '{name}' (Navegador &gt; PostgreSQL). Indique el nombre de una conexión, o la conexión misma: postgres://dbname=... host=... user=...</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="114" />
        <source>The workflow model {path} cannot be read.</source>
        <translation>No se puede leer el modelo del flujo completo {path}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="121" />
        <source>The step {step} cannot be left out of the workflow model.</source>
        <translation>El paso {step} no se puede quitar del modelo del flujo completo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="131" />
        <source>The model {path} could not be written.</source>
        <translation>No se pudo escribir el modelo {path}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="164" />
        <source>Run for many municipalities (national run)</source>
        <translation>Ejecutar para muchos municipios (ejecución nacional)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="167" />
        <source>Runs the workflow model once per municipality of national or departmental layers, on parallel qgis_process worker processes of this QGIS. Each municipality (by its DIVIPOLA code) gets the settlements, parcels, reporting areas and facilities whose representative point lies in it, the hazard zones, roads, land use and water that touch it, and a window of the DEM; its growth scenarios start from its own population. A municipality already finished with the same data and settings is skipped, so an interrupted run resumes; one that fails is reported and the others go on. Several computers (or runs) pointed at the same output database or folder share the work.

Inputs: the municipalities (polygons with the DIVIPOLA code), the national layers, the selection (codes, or a department code; empty: all) and the model's options. Outputs: one folder per municipality (GeoPackages, rasters, report), or one database schema per municipality for the tables; SUMMARY, one row per municipality and indicator (people and migrants in high hazard, coverage per facility type, land demand per scenario); STATUS, one row per municipality; and a chart of the summary.</source>
        <translation>Ejecuta el modelo del flujo completo una vez por municipio de capas nacionales o departamentales, en procesos de trabajo qgis_process de este QGIS que corren en paralelo. Cada municipio (por su código DIVIPOLA) recibe los asentamientos, predios, áreas de reporte y equipamientos cuyo punto representativo está en él, las zonas de amenaza, vías, usos del suelo y cuerpos de agua que lo tocan, y una ventana del MDE; sus escenarios de crecimiento parten de su propia población. Un municipio ya terminado con los mismos datos y opciones se omite, así que una ejecución interrumpida se reanuda; uno que falla se informa y los demás siguen. Varios equipos (o ejecuciones) que apuntan a la misma base de datos o carpeta de salida se reparten el trabajo.

Entradas: los municipios (polígonos con el código DIVIPOLA), las capas nacionales, la selección (códigos, o un código de departamento; vacía: todos) y las opciones del modelo. Salidas: una carpeta por municipio (GeoPackages, rásteres, informe), o un esquema de la base de datos por municipio para las tablas; SUMMARY, una fila por municipio e indicador (personas y migrantes en amenaza alta, cobertura por tipo de equipamiento, demanda de suelo por escenario); STATUS, una fila por municipio; y un gráfico del resumen.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="184" />
        <source>The whole analysis for each municipality of national layers, in parallel, resumable.</source>
        <translation>El análisis completo para cada municipio de capas nacionales, en paralelo y reanudable.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="189" />
        <source>Municipalities</source>
        <translation>Municipios</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="190" />
        <source>Municipal boundaries with their DIVIPOLA code (DANE's MGN: MPIO_CDPMP). Only the selected features are run when 'Selected features only' is ticked.</source>
        <translation>Límites municipales con su código DIVIPOLA (MGN del DANE: MPIO_CDPMP). Si se marca «Solo objetos seleccionados», solo se ejecutan los elementos seleccionados.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="197" />
        <source>Municipality code field (DIVIPOLA)</source>
        <translation>Campo del código del municipio (DIVIPOLA)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="197" />
        <source>Five-digit DIVIPOLA code. Left empty, one named MPIO_CDPMP, COD_MPIO or DIVIPOLA.</source>
        <translation>Código DIVIPOLA de cinco dígitos. Si se deja vacío, se usa uno con un nombre como MPIO_CDPMP, COD_MPIO o DIVIPOLA.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="206" />
        <source>Municipality name field</source>
        <translation>Campo del nombre del municipio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="206" />
        <source>Name shown in the summary and on each report. Left empty, one named MPIO_CNMBR or municipio.</source>
        <translation>Nombre que aparece en el resumen y en cada informe. Si se deja vacío, se usa uno con un nombre como MPIO_CNMBR o municipio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="215" />
        <source>Municipalities to run</source>
        <translation>Municipios a ejecutar</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="215" />
        <source>DIVIPOLA codes separated by commas (e.g. 54001, 54874), or two-digit department codes for all their municipalities (e.g. 54). Empty: every municipality of the layer.</source>
        <translation>Códigos DIVIPOLA separados por comas (p. ej. 54001, 54874), o códigos de departamento de dos dígitos para todos sus municipios (p. ej. 54). Vacío: todos los municipios de la capa.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="223" />
        <source>Settlements or census blocks (national)</source>
        <translation>Asentamientos o manzanas (nacional)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="223" />
        <source>Hazard zones (national)</source>
        <translation>Zonas de amenaza (nacional)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="223" />
        <source>Service facilities (national)</source>
        <translation>Equipamientos de servicios (nacional)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="223" />
        <source>Road network (national)</source>
        <translation>Malla vial (nacional)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="223" />
        <source>Land use (POT, national)</source>
        <translation>Usos del suelo (POT, nacional)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="223" />
        <source>Candidate parcels (national)</source>
        <translation>Predios candidatos (nacional)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="238" />
        <source>Elevation (DEM, national)</source>
        <translation>Elevación (MDE, nacional)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="239" />
        <source>Steps for each municipality</source>
        <translation>Pasos para cada municipio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="239" />
        <source>The whole workflow, with each municipality's report (needs candidate parcels)</source>
        <translation>El flujo completo, con el informe de cada municipio (necesita predios candidatos)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="239" />
        <source>Only what the national summary needs (exposure, access, suitability, growth scenarios)</source>
        <translation>Solo lo que necesita el resumen nacional (exposición, acceso, aptitud, escenarios de crecimiento)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="248" />
        <source>The whole workflow model (ranking of parcels, weight sensitivity and the council report included), or only its steps that the national summary uses, which is faster.</source>
        <translation>El modelo del flujo completo (con el orden de los predios, la sensibilidad de los pesos y el informe para el Concejo), o solo sus pasos que usa el resumen nacional, que es más rápido.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="256" />
        <source>One folder per municipality (named by its DIVIPOLA code) with its results, and the logs. Run again with the same folder to resume.</source>
        <translation>Una carpeta por municipio (con su código DIVIPOLA como nombre) con sus resultados, y los registros. Ejecute de nuevo con la misma carpeta para reanudar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="263" />
        <source>PostgreSQL database for the tables (connection)</source>
        <translation>Base de datos PostgreSQL para las tablas (conexión)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="263" />
        <source>A PostgreSQL connection of QGIS. When set, each municipality's tables go to its own schema (prefix + DIVIPOLA code) instead of GeoPackages; rasters and reports stay in the output folder.</source>
        <translation>Una conexión PostgreSQL de QGIS. Si se indica, las tablas de cada municipio van a su propio esquema (prefijo + código DIVIPOLA) en lugar de GeoPackages; los rásteres y los informes quedan en la carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="272" />
        <source>Schema prefix</source>
        <translation>Prefijo de esquema</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="272" />
        <source>Each municipality's schema is this prefix and its code, e.g. mpio_54001.</source>
        <translation>El esquema de cada municipio es este prefijo y su código, p. ej. mpio_54001.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="276" />
        <source>Worker processes</source>
        <translation>Procesos de trabajo</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="284" />
        <source>How many municipalities run at once, each in its own qgis_process (default: the number of processors). Each needs the memory of one single run.</source>
        <translation>Cuántos municipios se ejecutan a la vez, cada uno en su propio qgis_process (por defecto, el número de procesadores). Cada uno necesita la memoria de una ejecución individual.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="291" />
        <source>Run finished municipalities again</source>
        <translation>Ejecutar de nuevo los municipios terminados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="291" />
        <source>Run every selected municipality again, even those already finished with the same data and settings.</source>
        <translation>Ejecuta de nuevo todos los municipios seleccionados, incluso los ya terminados con los mismos datos y opciones.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="296" />
        <source>Time limit per municipality (minutes, 0: none)</source>
        <translation>Tiempo límite por municipio (minutos, 0: sin límite)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="296" />
        <source>A municipality still running after this many minutes is stopped and reported as failed.</source>
        <translation>Un municipio que siga en ejecución pasados estos minutos se detiene y se informa como fallido.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="307" />
        <source>qgis_process program</source>
        <translation>Programa qgis_process</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="307" />
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="307" />
        <source>The qgis_process of this QGIS runs the workers; give its path only when it is not found.</source>
        <translation>El qgis_process de este QGIS ejecuta los procesos de trabajo; indique su ruta solo si no se encuentra.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="315" />
        <source>National summary</source>
        <translation>Resumen nacional</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="316" />
        <source>One row per municipality and indicator (see the algorithm's documentation).</source>
        <translation>Una fila por municipio e indicador (vea la documentación del algoritmo).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="319" />
        <source>Municipalities run (status)</source>
        <translation>Municipios ejecutados (estado)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="321" />
        <source>One row per selected municipality: status, message, time, memory and where its results are.</source>
        <translation>Una fila por municipio seleccionado: estado, mensaje, tiempo, memoria y dónde están sus resultados.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="324" />
        <source>National summary chart</source>
        <translation>Gráfico del resumen nacional</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="324" />
        <source>PNG files (*.png)</source>
        <translation>Archivos PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="327" />
        <source>People in high hazard, coverage per facility type and land demand per scenario, per municipality.</source>
        <translation>Personas en amenaza alta, cobertura por tipo de equipamiento y demanda de suelo por escenario, por municipio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="331" />
        <source>Municipalities finished</source>
        <translation>Municipios terminados</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="332" />
        <source>Municipalities skipped (already finished)</source>
        <translation>Municipios omitidos (ya estaban terminados)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="333" />
        <source>Municipalities failed</source>
        <translation>Municipios que fallaron</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="346" />
        <source>Growth scenarios as in the workflow model, for every municipality. Leave base_population out: each municipality's own population (its settlements) is used; use growth_rate rather than arrivals_per_year. Scenarios per municipality: an object {{"54001": [...], "*": [...]}} ('*': the others).</source>
        <translation>Escenarios de crecimiento como en el modelo del flujo completo, para todos los municipios. No escriba base_population: se usa la población de cada municipio (sus asentamientos); use growth_rate en vez de arrivals_per_year. Escenarios por municipio: un objeto {{"54001": [...], "*": [...]}} ('*': los demás).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="363" />
        <source>Output folder: give a folder; database tables are chosen with the PostgreSQL connection parameter.</source>
        <translation>Carpeta de salida: indique una carpeta; las tablas en la base de datos se eligen con el parámetro de la conexión PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="367" />
        <source>Workers: {program}</source>
        <translation>Procesos de trabajo: {program}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="369" />
        <source>The whole workflow needs candidate parcels. Give them, or choose 'Only what the national summary needs' in the steps.</source>
        <translation>El flujo completo necesita predios candidatos. Indíquelos, o elija «Solo lo que necesita el resumen nacional» en los pasos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="386" />
        <source>Every municipality is cut out in {crs}.</source>
        <translation>Cada municipio se recorta en {crs}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="387" />
        <source>municipality code (DIVIPOLA)</source>
        <translation>código de municipio (DIVIPOLA)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="396" />
        <source>municipality name</source>
        <translation>nombre del municipio</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="410" />
        <source>{layer}: no municipality to run.</source>
        <translation>{layer}: no hay ningún municipio para ejecutar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="411" />
        <source>{n} municipalities to run.</source>
        <translation>{n} municipios para ejecutar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="453" />
        <source>{layer}: {n} features lie in no municipality of {boundaries}; they are left out.</source>
        <translation>{layer}: {n} elementos no están en ningún municipio de {boundaries}; se excluyen.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="477" />
        <source>Running {n} municipalities on {k} worker processes ({steps}).</source>
        <translation>Ejecutando {n} municipios en {k} procesos de trabajo ({steps}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="486" />
        <source>Cancelled. The {n} municipalities finished before the cancel are kept in {folder}; the running ones were stopped and left nothing. Run again with the same folder to go on.</source>
        <translation>Cancelado. Los {n} municipios terminados antes de cancelar se conservan en {folder}; los que estaban en curso se detuvieron y no dejaron nada. Ejecute de nuevo con la misma carpeta para continuar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="522" />
        <source>Tables go to the schemas {prefix}&lt;code&gt; of {place} (SRID {srid}).</source>
        <translation>Las tablas van a los esquemas {prefix}&lt;código&gt; de {place} (SRID {srid}).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="605" />
        <source>Every municipality failed; the first: {m}: {message}</source>
        <translation>Fallaron todos los municipios; el primero: {m}: {message}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="621" />
        <source>National summary of run_for_municipalities: one row per municipality and indicator.</source>
        <translation>Resumen nacional de run_for_municipalities: una fila por municipio e indicador.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="634" />
        <source>{m} failed: {message}</source>
        <translation>{m} falló: {message}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/run_for_municipalities.py" line="637" />
        <source>{finished} municipalities finished, {skipped} skipped (already finished), {failed} failed.</source>
        <translation>{finished} municipios terminados, {skipped} omitidos (ya estaban terminados), {failed} fallaron.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/provider.py" line="47" />
        <source>Replace existing database tables (PostGIS outputs)</source>
        <translation>Reemplazar tablas existentes de la base de datos (salidas PostGIS)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_inputs.py" line="66" />
        <source>The DEM {path} cannot be opened: {error}</source>
        <translation>No se puede abrir el MDE {path}: {error}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_inputs.py" line="69" />
        <source>The DEM {path} is rotated; warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>El MDE {path} está rotado; primero combárelo a una cuadrícula orientada al norte (Ráster &gt; Proyecciones &gt; Combar (reproyectar)).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_inputs.py" line="167" />
        <source>no feature of {layer} lies in this municipality (by its representative point). Check the municipality's polygon and that both layers cover the same place.</source>
        <translation>ningún elemento de {layer} está en este municipio (por su punto representativo). Revise el polígono del municipio y que ambas capas cubran el mismo lugar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_inputs.py" line="184" />
        <source>the DEM {path} does not cover this municipality.</source>
        <translation>el MDE {path} no cubre este municipio.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="121" />
        <source>The worker's table {what} cannot be read back.</source>
        <translation>No se puede volver a leer la tabla {what} del proceso de trabajo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="140" />
        <source>The output folder {folder} cannot be written: {error}</source>
        <translation>No se puede escribir en la carpeta de salida {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="454" />
        <source>The worker wrote no exposure summary.</source>
        <translation>El proceso de trabajo no escribió el resumen de exposición.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="278" />
        <source>Schema prefix '{prefix}': use lower-case letters, digits and '_' (starting with a letter or '_', at most 40 characters), e.g. mpio_; each municipality's schema is the prefix and its DIVIPOLA code.</source>
        <translation>Prefijo de esquema '{prefix}': use letras minúsculas, dígitos y '_' (empezando por una letra o '_', 40 caracteres como máximo), p. ej. mpio_; el esquema de cada municipio es el prefijo y su código DIVIPOLA.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="296" />
        <source>{place} has no spatial reference system for {crs} and this user may not add one. Ask the database administrator to run:
{sql}
Nothing was computed.</source>
        <translation>{place} no tiene un sistema de referencia espacial para {crs} y este usuario no puede agregarlo. Pida al administrador de la base de datos que ejecute:
{sql}
No se calculó nada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="368" />
        <source>Municipal outputs</source>
        <translation>Salidas municipales</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="345" />
        <source>The user '{user}' may not create schemas in {place}, and each municipality gets its own schema. Ask the database administrator: GRANT CREATE ON DATABASE ... TO {user};</source>
        <translation>El usuario '{user}' no puede crear esquemas en {place}, y cada municipio recibe su propio esquema. Pida al administrador de la base de datos: GRANT CREATE ON DATABASE ... TO {user};</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="353" />
        <source>The schema '{schema}' already exists in {place} and was not written by this algorithm (it has no table _run). Choose another schema prefix, or rename that schema.</source>
        <translation>El esquema '{schema}' ya existe en {place} y no lo escribió este algoritmo (no tiene la tabla _run). Elija otro prefijo de esquema, o cambie el nombre de ese esquema.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="493" />
        <source>The schema '{schema}' exists and was not written by this algorithm.</source>
        <translation>El esquema '{schema}' existe y no lo escribió este algoritmo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="487" />
        <source>Completion marker of run_for_municipalities: this schema holds finished results.</source>
        <translation>Marca de terminación de run_for_municipalities: este esquema tiene resultados terminados.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/national_store.py" line="502" />
        <source>Saving the results of {code} in {place} failed: {detail}</source>
        <translation>Falló el guardado de los resultados de {code} en {place}: {detail}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="79" />
        <source>PostgreSQL layers and tables need the Python module psycopg2, which QGIS normally includes. Install it (OSGeo4W Setup: python3-psycopg2; Linux: the package python3-psycopg2) and restart QGIS.</source>
        <translation>Las capas y tablas de PostgreSQL necesitan el módulo de Python psycopg2, que QGIS normalmente incluye. Instálelo (instalador OSGeo4W: python3-psycopg2; Linux: el paquete python3-psycopg2) y reinicie QGIS.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="91" />
        <source>the database of the service '{service}'</source>
        <translation>la base de datos del servicio '{service}'</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="94" />
        <source>the database '{db}' on {host}:{port}</source>
        <translation>la base de datos '{db}' en {host}:{port}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="103" />
        <source>{what}: {place} refused the user '{user}' (wrong user name or password). Correct them in the connection (Browser &gt; PostgreSQL &gt; Edit Connection) or in the URI, then run again.</source>
        <translation>{what}: {place} rechazó al usuario '{user}' (usuario o contraseña incorrectos). Corríjalos en la conexión (Navegador &gt; PostgreSQL &gt; Editar conexión) o en la URI y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="106" />
        <source>(none saved)</source>
        <translation>(ninguno guardado)</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="108" />
        <source>{what}: {place} does not exist. Check the database name of the connection.</source>
        <translation>{what}: {place} no existe. Revise el nombre de la base de datos en la conexión.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="115" />
        <source>{what}: the PostgreSQL server of {place} does not answer ({detail}). Check that it is running and reachable from this computer, then run again; nothing was written.</source>
        <translation>{what}: el servidor PostgreSQL de {place} no responde ({detail}). Verifique que esté en funcionamiento y accesible desde este equipo y vuelva a ejecutar; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="119" />
        <source>{what}: cannot use {place}: {detail}</source>
        <translation>{what}: no se puede usar {place}: {detail}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="248" />
        <source>The PostgreSQL destination '{value}' names no table. Write it as postgres://dbname=... table="schema"."name", or choose Save to Database Table in the output menu.</source>
        <translation>El destino PostgreSQL '{value}' no indica ninguna tabla. Escríbalo como postgres://dbname=... table="esquema"."nombre", o elija Guardar en tabla de base de datos en el menú de la salida.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="494" />
        <source>{what}: the table name '{name}' is longer than PostgreSQL allows ({n} bytes). Choose a shorter name.</source>
        <translation>{what}: el nombre de tabla '{name}' es más largo de lo que PostgreSQL permite ({n} bytes). Elija un nombre más corto.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="499" />
        <source>{what}: the user '{user}' may not create tables in the schema '{schema}' of {place}. Choose a schema you can write to, or ask the database administrator for the right: GRANT USAGE, CREATE ON SCHEMA {schema_sql} TO {user_sql};</source>
        <translation>{what}: el usuario '{user}' no puede crear tablas en el esquema '{schema}' de {place}. Elija un esquema en el que pueda escribir, o pida el permiso al administrador de la base de datos: GRANT USAGE, CREATE ON SCHEMA {schema_sql} TO {user_sql};</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="608" />
        <source>The outputs {a} and {b} would both be written to the table {table}. Choose two tables.</source>
        <translation>Las salidas {a} y {b} se escribirían ambas en la tabla {table}. Elija dos tablas distintas.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="616" />
        <source>{what}: the table {table} is the input {input}; an input is never overwritten. Choose another table.</source>
        <translation>{what}: la tabla {table} es la entrada {input}; una entrada nunca se sobrescribe. Elija otra tabla.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="623" />
        <source>{what}: the schema '{schema}' does not exist in {place}. Create it (CREATE SCHEMA {schema_sql};) or choose an existing one.</source>
        <translation>{what}: el esquema '{schema}' no existe en {place}. Créelo (CREATE SCHEMA {schema_sql};) o elija uno existente.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="636" />
        <source>{what}: the table {table} already exists in {place}. Choose another name, delete the table, or allow replacing tables: Settings &gt; Options &gt; Processing &gt; Providers &gt; Migrant Integration Planner &gt; Replace existing database tables.</source>
        <translation>{what}: la tabla {table} ya existe en {place}. Elija otro nombre, elimine la tabla o permita reemplazar tablas: Configuración &gt; Opciones &gt; Procesamiento &gt; Proveedores &gt; Planificador de Integración Urbana de Migrantes &gt; Reemplazar tablas existentes de la base de datos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="646" />
        <source>{what}: the existing table {table} cannot be replaced: {reason}</source>
        <translation>{what}: la tabla existente {table} no se puede reemplazar: {reason}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="666" />
        <source>{place} has no spatial reference system for {crs} (table spatial_ref_sys) and the user '{user}' may not add one, so the table {table} could not get a usable SRID. Ask the database administrator to run:
{sql}
or write the output to a GeoPackage. Nothing was computed.</source>
        <translation>{place} no tiene un sistema de referencia espacial para {crs} (tabla spatial_ref_sys) y el usuario '{user}' no puede agregarlo, así que la tabla {table} no tendría un SRID utilizable. Pida al administrador de la base de datos que ejecute:
{sql}
o escriba la salida en un GeoPackage. No se calculó nada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="704" />
        <source>{place} has no spatial reference system for {crs}; ask its administrator to run:
{sql}</source>
        <translation>{place} no tiene un sistema de referencia espacial para {crs}; pida a su administrador que ejecute:
{sql}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="714" />
        <source>{crs} registered in {place} as SRID {srid}.</source>
        <translation>{crs} quedó registrado en {place} con el SRID {srid}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="754" />
        <source>{what}: writing the table {table} failed, nothing was written: {detail}</source>
        <translation>{what}: falló la escritura de la tabla {table}; no se escribió nada: {detail}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="760" />
        <source>{what}: {n} of {total} rows reached the table {table}; nothing was written.</source>
        <translation>{what}: solo {n} de {total} filas llegaron a la tabla {table}; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="765" />
        <source>{n} rows written to {table} in {place}.</source>
        <translation>{n} filas escritas en {table} de {place}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="801" />
        <source>Saving the tables in the database failed, nothing was written: {detail}</source>
        <translation>No se pudieron guardar las tablas en la base de datos; no se escribió nada: {detail}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="904" />
        <source>{layer}: the connection to the database was lost while reading it. {detail}</source>
        <translation>{layer}: se perdió la conexión con la base de datos mientras se leía. {detail}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="1051" />
        <source>{layer}: its SQL filter is not valid: {detail}</source>
        <translation>{layer}: su filtro SQL no es válido: {detail}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="931" />
        <source>{layer}: {n} of its {total} rows could be read (the connection to the database was lost, or the table changed while it was read). Run the algorithm again.</source>
        <translation>{layer}: solo se pudieron leer {n} de sus {total} filas (se perdió la conexión con la base de datos o la tabla cambió mientras se leía). Vuelva a ejecutar el algoritmo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="1005" />
        <source>{layer}: the PostgreSQL URI names no table (table="schema"."name" (geom)).</source>
        <translation>{layer}: la URI de PostgreSQL no indica ninguna tabla (table="esquema"."nombre" (geom)).</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="1013" />
        <source>{layer}: the query of this layer cannot be run on {place}.</source>
        <translation>{layer}: la consulta de esta capa no se puede ejecutar en {place}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="1023" />
        <source>{layer}: there is no table {table} in {place}.</source>
        <translation>{layer}: no hay ninguna tabla {table} en {place}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="1028" />
        <source>{layer}: the user '{user}' may not read {table}; ask for GRANT SELECT ON {table}.</source>
        <translation>{layer}: el usuario '{user}' no puede leer {table}; pida GRANT SELECT ON {table}.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="1032" />
        <source>{layer}: {table} is a view, and QGIS needs a column with unique values to tell its rows apart. Add key='&lt;column&gt;' to the URI, or choose the column when adding the view in the Data Source Manager.</source>
        <translation>{layer}: {table} es una vista, y QGIS necesita una columna de valores únicos para distinguir sus filas. Agregue key='&lt;columna&gt;' a la URI, o elija la columna al agregar la vista en el Administrador de fuentes de datos.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/postgis.py" line="1044" />
        <source>{layer}: {table} has no column '{column}'.</source>
        <translation>{layer}: {table} no tiene la columna '{column}'.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/workers.py" line="93" />
        <source>The file '{path}' is not a program (it may not be run). Choose the qgis_process of this QGIS.</source>
        <translation>El archivo '{path}' no es un programa (no se puede ejecutar). Elija el qgis_process de este QGIS.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/workers.py" line="99" />
        <source>The qgis_process program '{path}' does not exist. Choose the qgis_process of this QGIS.</source>
        <translation>El programa qgis_process '{path}' no existe. Elija el qgis_process de este QGIS.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/workers.py" line="120" />
        <source>qgis_process, the command-line program of QGIS that runs the municipalities, was not found next to this QGIS ({folder}). Install it with QGIS (OSGeo4W: the qgis-ltr package; Debian/Ubuntu: the qgis package), or give its path in the advanced parameter 'qgis_process program'.</source>
        <translation>No se encontró qgis_process, el programa de línea de comandos de QGIS que ejecuta los municipios, junto a este QGIS ({folder}). Instálelo con QGIS (OSGeo4W: el paquete qgis-ltr; Debian/Ubuntu: el paquete qgis), o indique su ruta en el parámetro avanzado «Programa qgis_process».</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/workers.py" line="150" />
        <source>The plugin runs from a source folder and the workers cannot see it ({error}). Install the plugin (make deploy, or from its zip) and run again.</source>
        <translation>El complemento se ejecuta desde una carpeta de código fuente y los procesos de trabajo no lo ven ({error}). Instale el complemento (make deploy, o desde su zip) y ejecute de nuevo.</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/workers.py" line="287" />
        <source>qgis_process could not be started ({program}): {error}</source>
        <translation>No se pudo iniciar qgis_process ({program}): {error}</translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/workers.py" line="422" />
        <source>the worker process stopped (code {code}) while running this municipality.</source>
        <translation>el proceso de trabajo se detuvo (código {code}) mientras ejecutaba este municipio.</translation>
    </message>
</context>
<context>
    <name>_000</name>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/import_osm.py" line="86" />
        <source>Distance in metres around the area of interest that is kept too, so that routes leaving it are kept.</source>
        <translation>Distancia en metros alrededor del área de interés que también se conserva, para no perder las rutas que salen de ella.</translation>
    </message>
</context>
</TS>