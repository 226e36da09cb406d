"""Where the dock writes results, how it adds them to the project (group, styles) and reads tables back."""

from __future__ import annotations

import glob
import logging
import os
from typing import Callable, Dict, List, Optional

import pandas as pd
from qgis.core import (
    NULL,
    QgsFeatureRequest,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core.i18n import tr
from ..qgis_io.styles import apply_style, relabel, save_style_with_data

LOG = logging.getLogger("migrant_planning")


def results_group_name() -> str:
    """Name of the layer-tree group of the dock's results (translated)."""
    return tr("Migrant planning — results")


def fresh_path(folder: str, stem: str, extension: str = "") -> str:
    """``folder/stem.ext``, or ``stem_2.ext``, ``stem_3.ext``... when a file (or folder) of that name exists.

    Without an extension, a name for a new folder: ``folder/stem``, ``stem_2``...
    """
    os.makedirs(folder, exist_ok=True)
    suffix = f".{extension}" if extension else ""
    path = os.path.join(folder, f"{stem}{suffix}")
    number = 2
    while os.path.exists(path):
        path = os.path.join(folder, f"{stem}_{number}{suffix}")
        number += 1
    return path


def remove_folder(path: str) -> None:
    """Delete a results folder the dock made (best effort)."""
    import shutil

    if path and os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)


def file_of(uri: str) -> str:
    """The file of an OGR/GDAL uri ('a.gpkg|layername=x' -> 'a.gpkg')."""
    return str(uri or "").split("|", 1)[0]


def remove_files(uri: str) -> None:
    """Delete a result file and its side files (best effort: a file still open stays)."""
    path = file_of(uri)
    if not path or not os.path.isfile(path):
        return
    for name in [path, *glob.glob(path + "-*"), path + ".aux.xml", os.path.splitext(path)[0] + ".qml"]:
        try:
            os.remove(name)
        except OSError:
            pass


def discard_outputs(paths, keep=()) -> None:
    """Delete what a run that did not end well wrote (files and folders in ``paths``, except ``keep``).

    A page's run is a chain of algorithms: when a later one fails or is cancelled, the outputs of the earlier
    ones are whole but never shown; they are removed, so that a cancelled run leaves nothing behind.
    ``keep``: paths that existed before the run (a report the user chose to overwrite is not the run's).
    """
    for path in paths:
        if not path or path in keep:
            continue
        if os.path.isdir(path):
            remove_folder(path)
        else:
            remove_files(path)


def release_post_processors(processors: Dict[str, object]) -> None:
    """Let the algorithms' post-processors of a run go (they hold themselves alive until used or released)."""
    for processor in processors.values():
        release = getattr(processor, "release", None)
        if release is not None:
            release()


def _value(value: object) -> object:
    """A plain Python value of an attribute."""
    if value is None or value == NULL or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, (QDate, QDateTime)):
        return value.toString("yyyy-MM-dd")
    return value


def read_table(uri: str) -> pd.DataFrame:
    """The attributes of a vector file or table as a DataFrame (no geometry; GeoPackage 'fid' left out)."""
    layer = QgsVectorLayer(uri, "table", "ogr")
    if not layer.isValid():
        return pd.DataFrame()
    names = [n for n in layer.fields().names() if n != "fid"]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    rows = [[_value(feature[n]) for n in names] for feature in layer.getFeatures(request)]
    return pd.DataFrame(rows, columns=names)


class ResultsManager:
    """Adds result layers to the project in one group, styled, and replaces a step's layers on a new run."""

    def __init__(self, project_fn: Callable[[], QgsProject] = QgsProject.instance) -> None:
        self.project_fn = project_fn
        self.layers: Dict[str, List[str]] = {}
        # output file -> what its algorithm does to it when loaded (field aliases, abstract): see use_run
        self.post_processors: Dict[str, object] = {}
        self.saved: set = set()  # files whose style was kept with their data during this run

    # ------------------------------------------------------------------ the run's outputs
    def use_run(self, post_processors: Dict[str, object]) -> None:
        """The outputs of the run being shown: their algorithms' aliases and abstracts are applied when loaded."""
        self.release_run()
        self.post_processors = dict(post_processors)

    def release_run(self) -> None:
        """Forget the run's post-processors (those not used are released)."""
        release_post_processors(self.post_processors)
        self.post_processors = {}
        self.saved = set()

    # ------------------------------------------------------------------ state
    def state(self) -> dict:
        """Layer ids per step, for the project file."""
        return {step: list(ids) for step, ids in self.layers.items()}

    def restore(self, state: Optional[dict]) -> None:
        """Layer ids per step, from the project file (ids no longer in the project are dropped)."""
        project = self.project_fn()
        self.layers = {step: [i for i in ids if project.mapLayer(i) is not None] for step, ids in (state or {}).items()}

    def forget(self, layer_ids: List[str]) -> None:
        """Drop ids of layers the user removed."""
        removed = set(layer_ids)
        for step, ids in self.layers.items():
            self.layers[step] = [i for i in ids if i not in removed]

    # ------------------------------------------------------------------ layers
    def group(self) -> QgsLayerTreeGroup:
        """The results group (created at the top of the layer tree when missing)."""
        root = self.project_fn().layerTreeRoot()
        name = results_group_name()
        return root.findGroup(name) or root.insertGroup(0, name)

    def layer(self, step: str, index: int = 0) -> Optional[QgsMapLayer]:
        """A layer of a step still in the project."""
        ids = self.layers.get(step, [])
        if index >= len(ids):
            return None
        return self.project_fn().mapLayer(ids[index])

    def layer_by_source(self, step: str, uri: str) -> Optional[QgsMapLayer]:
        """The step's layer read from the file of ``uri`` (None when it was removed)."""
        if not uri:
            return None
        project = self.project_fn()
        for layer_id in self.layers.get(step, []):
            layer = project.mapLayer(layer_id)
            if layer is not None and os.path.normpath(file_of(layer.source())) == os.path.normpath(file_of(uri)):
                return layer
        return None

    def begin(self, step: str) -> List[str]:
        """Start adding a step's new layers: returns the previous ones' sources (remove with :meth:`finish`)."""
        project = self.project_fn()
        old = []
        for layer_id in self.layers.get(step, []):
            layer = project.mapLayer(layer_id)
            if layer is not None:
                old.append(layer.source())
                project.removeMapLayer(layer_id)
        self.layers[step] = []
        return old

    def add(self, step: str, layer: QgsMapLayer, style: str = "") -> Optional[str]:
        """Add a layer at the top of the results group, styled from resources/styles/; returns its id."""
        if layer is None or not layer.isValid():
            LOG.warning(tr("A result could not be opened: {source}").format(source=layer.source() if layer else ""))
            return None
        apply_style(layer, style)
        processor = self.post_processors.get(layer.source()) or self.post_processors.get(file_of(layer.source()))
        if processor is not None:
            processor.apply(layer)  # the algorithm's field aliases (in the user's language) and abstract
        project = self.project_fn()
        project.addMapLayer(layer, False)
        self.group().insertLayer(0, layer)
        self.layers.setdefault(step, []).append(layer.id())
        return layer.id()

    def keep_style(self, layer: QgsMapLayer) -> None:
        """Save the layer's style (symbols, labels, aliases) with its data, once per file and run."""
        path = file_of(layer.source())
        if path in self.saved:
            return
        self.saved.add(path)
        error = save_style_with_data(layer, tr("Style of the Migrant Integration Planner"))
        if error:
            LOG.info(
                tr("The style of {name} was not kept in {path}: {error}").format(
                    name=layer.name(), path=path, error=error
                )
            )

    def add_vector(
        self, step: str, uri: str, name: str, style: str = "", subset: str = "", labels: Optional[dict] = None
    ) -> Optional[str]:
        """Add a vector result (optionally filtered and with translated category labels)."""
        layer = QgsVectorLayer(uri, name, "ogr")
        if subset and layer.isValid():
            layer.setSubsetString(subset)
        layer_id = self.add(step, layer, style)
        if layer_id and labels:
            relabel(layer, labels)
        if layer_id:
            self.keep_style(layer)
        return layer_id

    def set_visible(self, layer_id: str, visible: bool) -> None:
        """Tick or untick a result layer in the layer tree."""
        node = self.project_fn().layerTreeRoot().findLayer(layer_id)
        if node is not None:
            node.setItemVisibilityChecked(visible)

    def finish(self, old_sources: List[str]) -> None:
        """Delete the files of the layers a new run replaced (best effort)."""
        for source in old_sources:
            remove_files(source)
