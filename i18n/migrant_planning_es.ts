<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../migrant_planning_plugin/core/geometry.py" line="58"/>
        <source>{layer}: repaired {n} invalid geometries (make valid, polygonal parts kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/geometry.py" line="58"/>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="43"/>
        <source>hazard layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="45"/>
        <source>{layer}: no hazard level field. Choose the field that holds the level (alta/media/baja, high/medium/low or 3/2/1) in HAZARD_LEVEL_FIELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="53"/>
        <source>only empty values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="54"/>
        <source>{layer}: the field &apos;{field}&apos; holds no recognised hazard level (found: {found}). Choose another field or map its values with LEVEL_MAP, e.g. &apos;A=alta;M=media;B=baja&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="62"/>
        <source>{layer}: {n} zones have a null or unknown level in &apos;{field}&apos; and are not counted as hazard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/hazards.py" line="75"/>
        <source>{layer}: {n} zones without a usable polygon geometry were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/levels.py" line="40"/>
        <source>LEVEL_MAP: &apos;{value}&apos; is not a hazard level. Map each value to alta, media, baja or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="44"/>
        <source>{what}: the entry &apos;{entry}&apos; has no &apos;=&apos;. Write entries as key=value separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="51"/>
        <source>{what}: the entry &apos;{entry}&apos; has an empty key. Write entries as key=value separated by &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/core/text.py" line="67"/>
        <source>{what}: the value &apos;{value}&apos; for &apos;{key}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="34"/>
        <source>{package}&gt;={minimum} (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="37"/>
        <source>{package}&gt;={minimum} (found {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="48"/>
        <source>Close QGIS, open the &apos;OSGeo4W Shell&apos; from the Start menu (as administrator) and run: python -m pip install {packages}  -- then start QGIS again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="53"/>
        <source>Close QGIS, open a Terminal and run: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {packages}  -- then start QGIS again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="57"/>
        <source>Close QGIS, open a terminal and run: python3 -m pip install --user {packages} (add --break-system-packages on recent Debian/Ubuntu), then start QGIS again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/deps.py" line="68"/>
        <source>Migrant Integration Planner needs these Python packages: {problems}. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/provider.py" line="25"/>
        <source>Migrant Integration Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="31"/>
        <source>&lt;b&gt;Planificador de Integración Urbana de Migrantes&lt;/b&gt;&lt;br&gt;Who is exposed to floods and landslides, who is far from services, where new housing should go and what each growth scenario costs. Start by loading your layers or the sample city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="42"/>
        <source>Load sample city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="73"/>
        <source>Writing the sample city...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/dock.py" line="100"/>
        <source>Sample city loaded: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tasks.py" line="62"/>
        <source>Algorithm {id} is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tasks.py" line="82"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/gui/tasks.py" line="90"/>
        <source>The algorithm failed; see the Processing log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/plugin.py" line="60"/>
        <source>Open the Migrant Integration Planner panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="89"/>
        <source>Load sample city (Villa Esperanza)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/plugin.py" line="66"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="46"/>
        <source>Settlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="47"/>
        <source>Hazard zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="48"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="49"/>
        <source>Road network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="50"/>
        <source>Land use (POT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="51"/>
        <source>Comunas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="52"/>
        <source>Candidate parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="53"/>
        <source>Water bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="54"/>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="55"/>
        <source>Municipal boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="118"/>
        <source>Elevation (DEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="92"/>
        <source>Writes Villa Esperanza, a fictional border city near Cúcuta made for training, into a folder and adds its layers to the project: about 400 settlements (formal barrios and informal settlements with population, migrants, households and dwellings), flood, torrential flow and landslide hazard zones (alta, media, baja), about 60 health, education and early-childhood facilities, the road network, POT land use, 8 comunas, about 300 candidate parcels and a DEM.

All layers are in EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional). The data are the same at every run, so workshop results can be compared. Each layer is also an output that models can use as input to the analysis algorithms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="104"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="105"/>
        <source>Folder where villa_esperanza.gpkg and villa_esperanza_dem.tif are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="107"/>
        <source>Add the layers to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="108"/>
        <source>Add every layer (styled) to the current project when the algorithm finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="110"/>
        <source>Regenerate from the generator instead of copying the shipped data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="115"/>
        <source>Run the deterministic generator again (slower); the result equals the shipped copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="117"/>
        <source>GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="131"/>
        <source>Copying the shipped sample city...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="137"/>
        <source>Generating the sample city...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/algorithms/load_sample_city.py" line="151"/>
        <source>{title}: {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="36"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="37"/>
        <source>Hazard exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="38"/>
        <source>Access to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="39"/>
        <source>Site suitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="40"/>
        <source>Growth scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="41"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="122"/>
        <source>Cancelled by the user: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="126"/>
        <source>Not enough memory for {alg}. Use a larger cell size or a smaller area, or close other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="133"/>
        <source>Unexpected error in {alg}: {error}. The details are in the message log (View &gt; Panels &gt; Log Messages, tab &apos;Migrant planning&apos;); please report them at {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="190"/>
        <source>{layer}: using field &apos;{field}&apos; as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/base.py" line="194"/>
        <source>{layer}: no field for {role} was found. Choose it in the parameter {param}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/missing_dependencies.py" line="21"/>
        <source>Install the required Python packages (read me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/processing/provider.py" line="28"/>
        <source>Migrant Integration Planner: hazard exposure, access, suitability and growth scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../migrant_planning_plugin/qgis_io/crs.py" line="82"/>
        <source>Areas and distances computed in {crs}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
