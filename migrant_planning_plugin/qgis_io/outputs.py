"""All the outputs of a run written together: staged under temporary names, moved into place only on
:meth:`StagedOutputs.commit`, removed on :meth:`StagedOutputs.discard`.

Files (vector files of any OGR format, GeoTIFFs, a report's PDF) are written to a temporary name unique to the
run beside their target (:mod:`.staging`); a layer written *into* an existing GeoPackage
(``ogr:dbname=... table=...``) is written as a temporary layer of that GeoPackage and renamed in one SQLite
transaction. Every vector write is checked: each batch the writer refuses and, once the file is closed, the
number of features it holds against the number computed. ``commit`` moves every output of the run into place
under a lock shared by all runs on the computer, undoing the moves already made if one fails: a run leaves all
its outputs or none, and two runs writing the same outputs never leave a mix.
"""

from __future__ import annotations

import contextlib
import os
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np
import pandas as pd
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFields,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ..core.errors import Cancelled, InputError
from ..core.grid import GridSpec
from ..core.i18n import tr
from . import staging
from .raster import GeoTiffWriter
from .vector import WriteError, fields_for, keep_fid_apart, write_features

ogr.UseExceptions()

# A guard is called with (final path, parameter) before a file is staged; it raises to refuse it.
Guard = Callable[[str, str], None]
# Formats whose field names are cut to 10 characters.
SHORT_FIELD_NAMES = ("ESRI Shapefile",)


def _feature_count(path: str, layer: str) -> int:
    """The number of features a closed vector file holds in ``layer`` (or its only layer); -1 when unreadable."""
    try:
        dataset = ogr.Open(path)
    except RuntimeError:
        return -1
    if dataset is None:
        return -1
    found = dataset.GetLayerByName(layer) if layer else None
    if found is None:
        found = dataset.GetLayer(0) if dataset.GetLayerCount() == 1 else None
    return int(found.GetFeatureCount(force=1)) if found is not None else -1


def _writer(
    path: str,
    layer: str,
    fields: QgsFields,
    wkb_type,
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext,
    driver: str,
    encoding: str,
    into_existing: bool,
):
    """A QgsVectorFileWriter for a new file, or a new layer of an existing GeoPackage."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.layerName = layer
    options.fileEncoding = encoding or "UTF-8"
    options.datasetOptions = QgsVectorFileWriter.defaultDatasetOptions(driver)
    options.layerOptions = QgsVectorFileWriter.defaultLayerOptions(driver)
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if into_existing
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    return QgsVectorFileWriter.create(path, fields, wkb_type, crs, transform_context, options)


def _write(
    final: str,
    path: str,
    layer: str,
    frame: pd.DataFrame,
    fields: QgsFields,
    wkb_type,
    crs,
    transform_context,
    driver: str = "GPKG",
    encoding: str = "UTF-8",
    into_existing: bool = False,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> None:
    """Write ``frame`` with a new writer, close it and check that the file holds every feature."""
    writer = _writer(path, layer, fields, wkb_type, crs, transform_context, driver, encoding, into_existing)
    failure: Optional[Exception] = None
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        failure = staging.write_failure(final, writer.errorMessage())
    else:
        try:
            write_features(writer, frame, fields, multi=QgsWkbTypes.isMultiType(wkb_type), is_canceled=is_canceled)
            if not writer.flushBuffer():
                failure = staging.write_failure(final, writer.lastError() or writer.errorMessage())
        except WriteError as error:
            failure = staging.write_failure(final, error)
        except (Cancelled, InputError) as error:
            failure = error
    del writer  # closes the file (no traceback keeps it open: the failure is raised after, without one)
    if failure is not None:
        raise failure.with_traceback(None)
    found = _feature_count(path, layer)
    if found != len(frame):
        raise staging.write_failure(
            final,
            tr("the file holds {found} of the {n} features written").format(found=max(found, 0), n=len(frame)),
        )


def check_field_names(fields: QgsFields, driver: str, final: str, parameter: str) -> None:
    """Refuse a format that would cut the output's field names (a shapefile keeps 10 characters)."""
    if driver not in SHORT_FIELD_NAMES:
        return
    long_names = [fields.at(i).name() for i in range(fields.count()) if len(fields.at(i).name().encode("utf-8")) > 10]
    if long_names:
        raise InputError(
            tr(
                "{parameter}: a shapefile keeps only 10 characters of a field name, and {n} fields of this output "
                "have longer names ({examples}); they would be cut to names such as '{cut}' that no other step "
                "recognises. Write the output as a GeoPackage ({path}) instead."
            ).format(
                parameter=parameter or final,
                n=len(long_names),
                examples=", ".join(long_names[:4]),
                cut=long_names[0][:8] + "_1",
                path=os.path.splitext(os.path.basename(final))[0] + ".gpkg",
            )
        )


class _Item:
    """One output of the run: closed (and checked) by :meth:`close`, placed by :meth:`place`."""

    def __init__(self, final: str, parameter: str) -> None:
        self.final = final
        self.parameter = parameter

    def close(self) -> None:
        """Finish writing (nothing by default)."""

    def place(self):
        """Move into place; returns an object with ``undo()`` and ``finish()``."""
        raise NotImplementedError

    def discard(self) -> None:
        """Delete what was written."""
        raise NotImplementedError


class _File(_Item):
    """A file (and its side files) written under a temporary name, possibly by a GeoTIFF writer."""

    def __init__(self, final: str, partial: str, parameter: str, writer: Optional[GeoTiffWriter] = None) -> None:
        super().__init__(final, parameter)
        self.partial = partial
        self.writer = writer
        self.layers: set = set()  # the layers of a new GeoPackage written with ogr:dbname=... table=...

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        if not staging.staged_files(self.partial):
            raise staging.write_failure(
                self.final, tr("the temporary file {path} was not written").format(path=self.partial)
            )

    def place(self):
        return staging.move_into_place(self.partial, self.final)

    def discard(self) -> None:
        if self.writer is not None:
            self.writer.discard()
        staging.remove_staged(self.partial)


class _LayerSwap:
    """The rename of a staged layer into place inside a GeoPackage, undoable until finished."""

    def __init__(self, path: str, layer: str, temporary: str, backup: str) -> None:
        self.path, self.layer, self.temporary, self.backup = path, layer, temporary, backup
        self.had_layer = False
        dataset = ogr.Open(path, 1)
        try:
            names = {
                dataset.GetLayer(i).GetName().casefold(): dataset.GetLayer(i).GetName()
                for i in range(dataset.GetLayerCount())
            }
            old = names.get(layer.casefold())
            dataset.StartTransaction(force=True)
            if old is not None:
                dataset.ExecuteSQL(f'ALTER TABLE "{_quoted(old)}" RENAME TO "{_quoted(backup)}"')
                self.had_layer = True
            dataset.ExecuteSQL(f'ALTER TABLE "{_quoted(temporary)}" RENAME TO "{_quoted(layer)}"')
            dataset.CommitTransaction()
        except RuntimeError as error:
            with contextlib.suppress(RuntimeError):
                dataset.RollbackTransaction()
            raise OSError(str(error)) from None
        finally:
            dataset = None

    def undo(self) -> None:
        """Drop the new layer and give the old one its name back."""
        _drop_layer(self.path, self.layer)
        if self.had_layer:
            _rename_layer(self.path, self.backup, self.layer)

    def finish(self) -> None:
        """Drop the old layer."""
        if self.had_layer:
            _drop_layer(self.path, self.backup)


def _quoted(name: str) -> str:
    """An SQL identifier's text with its double quotes doubled."""
    return name.replace('"', '""')


def _drop_layer(path: str, name: str) -> None:
    """Delete a layer of a GeoPackage (best effort)."""
    with contextlib.suppress(RuntimeError, AttributeError):
        dataset = ogr.Open(path, 1)
        for index in range(dataset.GetLayerCount()):
            if dataset.GetLayer(index).GetName().casefold() == name.casefold():
                dataset.DeleteLayer(index)
                break
        dataset = None


def _rename_layer(path: str, old: str, new: str) -> None:
    """Rename a layer of a GeoPackage (best effort)."""
    with contextlib.suppress(RuntimeError, AttributeError):
        dataset = ogr.Open(path, 1)
        dataset.ExecuteSQL(f'ALTER TABLE "{_quoted(old)}" RENAME TO "{_quoted(new)}"')
        dataset = None


class _Layer(_Item):
    """A layer written into an existing GeoPackage under a temporary name, renamed into place."""

    def __init__(self, path: str, layer: str, temporary: str, backup: str, parameter: str) -> None:
        super().__init__(f"{path}|layername={layer}", parameter)
        self.path, self.layer, self.temporary, self.backup = path, layer, temporary, backup

    def place(self):
        return _LayerSwap(self.path, self.layer, self.temporary, self.backup)

    def discard(self) -> None:
        _drop_layer(self.path, self.temporary)


def _same(first: str, second: str) -> bool:
    """Whether two paths name one file."""
    return os.path.normcase(os.path.abspath(first)) == os.path.normcase(os.path.abspath(second))


def layer_of_new(item: _File, path: str) -> bool:
    """Whether ``item`` is a new GeoPackage at ``path`` that this run writes layer by layer."""
    return bool(item.layers) and _same(item.final, path)


def layer_tag(tag: str) -> str:
    """A run tag usable in a layer name ('mpp1a2b_4242_0f1e2d3c')."""
    return tag.replace("-", "_")


class StagedOutputs:
    """The outputs of one run (GeoTIFFs, vector files, GeoPackage layers, other files); see the module docstring.

    ``guard(final, parameter)`` is called before each output is staged and may refuse it (the base class checks
    that it is not an input of the run, nor another output).
    """

    def __init__(self, guard: Optional[Guard] = None) -> None:
        self._guard = guard
        self._items: List[_Item] = []
        self._cleaned: set = set()

    # ------------------------------------------------------------------------------------------- staging
    def _stage(self, target: str, parameter: str) -> str:
        """Check ``target`` (a path, or 'path|layername=x') and return the file's temporary path (its folder made,
        stale temporary files removed)."""
        final = str(target).split("|layername=")[0]
        folder = os.path.dirname(os.path.abspath(final))
        os.makedirs(folder, exist_ok=True)
        if folder not in self._cleaned:
            staging.clean_stale(folder)
            self._cleaned.add(folder)
        if self._guard is not None:
            self._guard(str(target), parameter)
        for item in self._items:
            if _same(item.final.split("|")[0], final) and not isinstance(item, _Layer):
                raise InputError(
                    tr("{first} and {second} would both write {path}, so one would replace the other.").format(
                        first=item.parameter or item.final, second=parameter or final, path=final
                    )
                )
        return staging.staging_path(final, staging.run_tag())  # one tag per file: 'x.pdf' and 'x.html' differ

    def path(self, final: str, parameter: str = "", layer: str = "") -> str:
        """A temporary path to write the file ``final`` to; it is moved into place on commit.

        ``layer``: the file is a new GeoPackage of which this output is one layer (others may follow).
        """
        partial = self._stage(f"{final}|layername={layer}" if layer else str(final), parameter)
        item = _File(str(final), partial, parameter)
        if layer:
            item.layers.add(layer)
        self._items.append(item)
        return partial

    def raster_writer(
        self,
        path: str,
        grid: GridSpec,
        dtype: str,
        nodata: Optional[float] = None,
        bands: int = 1,
        metadata: Optional[Dict[str, str]] = None,
        band_descriptions: Optional[Tuple[str, ...]] = None,
        parameter: str = "",
    ) -> GeoTiffWriter:
        """A GeoTIFF writer (block by block) whose file is moved into place on commit."""
        partial = self._stage(path, parameter)
        writer = GeoTiffWriter(path, grid, dtype, nodata, bands, metadata, band_descriptions, partial=partial)
        self._items.append(_File(str(path), partial, parameter, writer))
        return writer

    def raster(
        self,
        path: str,
        grid: GridSpec,
        array: np.ndarray,
        dtype: str,
        nodata: Optional[float] = None,
        metadata: Optional[Dict[str, str]] = None,
        band_description: str = "",
        parameter: str = "",
    ) -> str:
        """Stage a one-band GeoTIFF holding ``array``; returns the final path."""
        writer = self.raster_writer(
            path,
            grid,
            dtype,
            nodata=nodata,
            metadata=metadata,
            band_descriptions=(band_description,) if band_description else None,
            parameter=parameter,
        )
        writer.write(array, 0)
        return writer.path

    def vector(
        self,
        path: str,
        frame: pd.DataFrame,
        crs: QgsCoordinateReferenceSystem,
        transform_context: QgsCoordinateTransformContext,
        wkb_type=QgsWkbTypes.Type.NoGeometry,
        layer: str = "",
        fields: Optional[QgsFields] = None,
        encoding: str = "UTF-8",
        parameter: str = "",
        is_canceled: Optional[Callable[[], bool]] = None,
    ) -> str:
        """Stage ``frame`` as the file ``path`` (any OGR format, by its extension), or with ``layer`` as a layer
        written into the GeoPackage ``path`` (its other layers untouched); returns the output's URI."""
        path = str(path)
        frame = keep_fid_apart(frame)
        fields = fields if fields is not None else fields_for(frame)
        extension = os.path.splitext(path)[1][1:]
        driver = QgsVectorFileWriter.driverForExtension(extension) or "GPKG"
        check_field_names(fields, driver, path, parameter)
        options = {"driver": driver, "encoding": encoding, "is_canceled": is_canceled}
        if layer and os.path.isfile(path):
            if driver != "GPKG":
                raise InputError(
                    tr(
                        "{parameter}: layers can be written into an existing GeoPackage only; {path} is not one. "
                        "Give a file of its own."
                    ).format(parameter=parameter or path, path=path)
                )
            if self._guard is not None:
                self._guard(f"{path}|layername={layer}", parameter)
            tag = layer_tag(staging.run_tag())
            temporary, backup = f"{layer}_{tag}_partial", f"{layer}_{tag}_backup"
            item = _Layer(path, layer, temporary, backup, parameter)
            self._items.append(item)
            _write(
                item.final,
                path,
                temporary,
                frame,
                fields,
                wkb_type,
                crs,
                transform_context,
                into_existing=True,
                **options,
            )
            return item.final
        shared = next((i for i in self._items if layer and isinstance(i, _File) and layer_of_new(i, path)), None)
        if shared is not None:  # another layer of a new GeoPackage of this run (ogr:dbname=new.gpkg table=...)
            if self._guard is not None:
                self._guard(f"{path}|layername={layer}", parameter)
            shared.layers.add(layer)
            _write(
                path,
                shared.partial,
                layer,
                frame,
                fields,
                wkb_type,
                crs,
                transform_context,
                into_existing=True,
                **options,
            )
            return f"{path}|layername={layer}"
        partial = self.path(path, parameter, layer=layer)
        name = layer or os.path.splitext(os.path.basename(path))[0]
        _write(path, partial, name, frame, fields, wkb_type, crs, transform_context, **options)
        return f"{path}|layername={layer}" if layer else path

    def geopackage(
        self,
        path: str,
        frame: pd.DataFrame,
        layer_name: str,
        crs: QgsCoordinateReferenceSystem,
        transform_context: QgsCoordinateTransformContext,
        wkb_type=QgsWkbTypes.Type.MultiPolygon,
        parameter: str = "",
    ) -> str:
        """Stage a GeoPackage with one layer holding ``frame`` (multi geometries); returns the final path."""
        partial = self.path(path, parameter)
        frame = keep_fid_apart(frame)
        _write(path, partial, layer_name, frame, fields_for(frame), wkb_type, crs, transform_context)
        return str(path)

    def location(self, uri: str) -> Optional[str]:
        """Where the output written to ``uri`` (a final path, or 'path|layername=x') is until the commit: the URI
        of its temporary file or layer, to add to it (metadata, a description); None when it is not staged here."""
        path, _sep, layer = str(uri).partition("|layername=")
        for item in self._items:
            if isinstance(item, _Layer) and _same(item.path, path) and item.layer == layer:
                return f"{item.path}|layername={item.temporary}"
            if isinstance(item, _File) and _same(item.final, path) and (not layer or layer in item.layers):
                name = layer or os.path.splitext(os.path.basename(path))[0]
                return f"{item.partial}|layername={name}"
        return None

    # ------------------------------------------------------------------------------------------- the end
    def commit(self) -> List[str]:
        """Move every staged output into place, all or none; returns the final paths (URIs for layers).

        A failure (an output open in another program) puts back every output already moved and raises an
        :class:`InputError`; the staged files are then discarded by :meth:`discard`.
        """
        for item in self._items:
            item.close()
        moves = []
        with staging.commit_lock():
            try:
                for item in self._items:
                    moves.append(item.place())
            except OSError as error:
                for move in reversed(moves):
                    move.undo()
                raise InputError(
                    tr(
                        "{output} could not replace {path} ({error}). If it is open in QGIS or another program, "
                        "close it (or remove the layer from the project), or choose another file. Nothing was written."
                    ).format(
                        output=self._items[len(moves)].parameter or tr("An output"),
                        path=self._items[len(moves)].final,
                        error=error,
                    )
                ) from None
            for move in moves:
                move.finish()
        done = [item.final for item in self._items]
        self._items = []
        return done

    def discard(self) -> None:
        """Delete every staged output."""
        for item in self._items:
            with contextlib.suppress(OSError, RuntimeError):
                item.discard()
        self._items = []

    def __enter__(self) -> StagedOutputs:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.discard()
