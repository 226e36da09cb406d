"""The data roles of DESIGN's table (settlements, hazard zones, ...): what each needs, and its picker widget."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsFieldProxyModel, QgsMapLayer, QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from ..core.fields import GIVEN, NOT_FOUND, Pick, pick_fields
from ..core.i18n import tr
from ..qgis_io.vector import sample_values, text_fields
from .validation import Check, validate_layer
from .widgets import COLOURS, SYMBOLS, form_layout, label, message_html


@dataclass(frozen=True)
class FieldSpec:
    """A field a role may use: its detection role (core.fields.ROLE_NAMES), label, numeric, required."""

    role: str
    label: str
    numeric: bool = False
    required: bool = False


@dataclass(frozen=True)
class RoleSpec:
    """One data role: key, label, what it is for, the layer types accepted and its fields."""

    key: str
    label: str
    help: str
    filters: object
    fields: Tuple[FieldSpec, ...] = ()
    used_by: str = ""
    raster: bool = False


def role_specs() -> List[RoleSpec]:
    """The roles, in the order of the Data page (translated labels)."""
    polygon = QgsMapLayerProxyModel.Filter.PolygonLayer
    point = QgsMapLayerProxyModel.Filter.PointLayer
    line = QgsMapLayerProxyModel.Filter.LineLayer
    raster = QgsMapLayerProxyModel.Filter.RasterLayer
    return [
        RoleSpec(
            "settlements",
            tr("Settlements or census blocks"),
            tr("Where people live (polygons or points), with population; migrants and households if known."),
            polygon | point,
            (
                FieldSpec("id", tr("Identifier")),
                FieldSpec("name", tr("Name")),
                FieldSpec("population", tr("Population"), numeric=True, required=True),
                FieldSpec("migrants", tr("Migrants"), numeric=True),
                FieldSpec("households", tr("Households"), numeric=True),
                FieldSpec("informal", tr("Informal (yes/no)")),
            ),
            tr("Exposure, Access, Suitability, Scenarios"),
        ),
        RoleSpec(
            "hazards",
            tr("Hazard zones"),
            tr("Flood, landslide or torrential flow zones (polygons) with a level: alta, media, baja."),
            polygon,
            (
                FieldSpec("hazard_type", tr("Hazard type")),
                FieldSpec("hazard_level", tr("Hazard level"), required=True),
            ),
            tr("Exposure, Suitability, Scenarios"),
        ),
        RoleSpec(
            "facilities",
            tr("Service facilities"),
            tr("Health, education and early childhood facilities (points) with a type and a capacity."),
            point,
            (
                FieldSpec("facility_type", tr("Facility type"), required=True),
                FieldSpec("capacity", tr("Capacity"), numeric=True),
                FieldSpec("name", tr("Name")),
            ),
            tr("Exposure, Access, Suitability, Scenarios"),
        ),
        RoleSpec(
            "roads",
            tr("Road network"),
            tr("Road centre lines, for distances over the network; speed and one-way if known."),
            line,
            (FieldSpec("speed", tr("Speed (km/h)"), numeric=True), FieldSpec("oneway", tr("One-way"))),
            tr("Access, Suitability"),
        ),
        RoleSpec(
            "dem",
            tr("Elevation (DEM)"),
            tr("Digital elevation model in metres (a GeoTIFF), for the slope."),
            raster,
            (),
            tr("Suitability"),
            raster=True,
        ),
        RoleSpec(
            "land_use",
            tr("Land use / POT zoning"),
            tr("POT land classes (polygons): urbano, expansión urbana, rural, protección."),
            polygon,
            (FieldSpec("land_use", tr("Land class"), required=True),),
            tr("Suitability"),
        ),
        RoleSpec(
            "areas",
            tr("Reporting areas"),
            tr("Comunas, barrios or UPZ (polygons) for the tables and charts by area."),
            polygon,
            (FieldSpec("area_name", tr("Area name")),),
            tr("Exposure, Access, Report"),
        ),
        RoleSpec(
            "candidates",
            tr("Candidate parcels"),
            tr("Parcels (predios) or sites to compare for new housing (polygons)."),
            polygon,
            (FieldSpec("id", tr("Parcel identifier")),),
            tr("Suitability"),
        ),
        RoleSpec(
            "boundary",
            tr("Study area"),
            tr("The municipal boundary or the area to analyse (polygons); without it the reporting areas are used."),
            polygon,
            (),
            tr("Suitability"),
        ),
        RoleSpec(
            "water",
            tr("Water bodies"),
            tr("Rivers, lakes and wetlands (polygons); nothing is built there."),
            polygon,
            (),
            tr("Suitability"),
        ),
    ]


class RolePicker(QFrame):
    """A layer chooser for one role, its field choosers (pre-filled by name) and the layer's checks."""

    changed = pyqtSignal()

    def __init__(self, spec: RoleSpec, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"role_{spec.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.checks: List[Check] = []
        self._restoring = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)

        head = QHBoxLayout()
        self.title = label(f"<b>{spec.label}</b>", self)
        self.title.setToolTip(spec.help)
        self.badge = QLabel("", self)
        self.badge.setObjectName("badge")
        head.addWidget(self.title, 1)
        head.addWidget(self.badge)
        layout.addLayout(head)
        self.help = label(spec.help, self, small=True)
        layout.addWidget(self.help)

        self.combo = QgsMapLayerComboBox(self)
        self.combo.setObjectName(f"layer_{spec.key}")
        self.combo.setFilters(spec.filters)
        self.combo.setAllowEmptyLayer(True)
        self.combo.setLayer(None)
        self.combo.setToolTip(spec.help)
        layout.addWidget(self.combo)

        self.field_boxes: Dict[str, QgsFieldComboBox] = {}
        self.picks: Dict[str, Pick] = {}
        self.picks_label = label("", self, "fieldPicks", small=True)
        self.picks_label.setVisible(False)
        self.level_map: Optional[QLineEdit] = None
        self.details = QWidget(self)
        form = form_layout(self.details)
        for field in spec.fields:
            box = QgsFieldComboBox(self.details)
            box.setObjectName(f"field_{spec.key}_{field.role}")
            box.setAllowEmptyFieldName(True)
            if field.numeric:
                box.setFilters(QgsFieldProxyModel.Filter.Numeric)
            box.fieldChanged.connect(self._field_changed)
            text = field.label + (" *" if field.required else "")
            form.addRow(label(text, self.details), box)
            self.field_boxes[field.role] = box
        if spec.key == "hazards":
            self.level_map = QLineEdit(self.details)
            self.level_map.setObjectName("levelMap")
            self.level_map.setPlaceholderText(tr("e.g. Moderada=media;4=alta"))
            self.level_map.setToolTip(
                tr(
                    "Extra level values of your layer, mapped to alta, media, baja or none. "
                    "alta/media/baja, high/medium/low and 3/2/1 are known already."
                )
            )
            self.level_map.editingFinished.connect(self._field_changed)
            form.addRow(label(tr("Level map"), self), self.level_map)
        self.toggle: Optional[QToolButton] = None
        if form.rowCount():
            self.toggle = QToolButton(self)
            self.toggle.setObjectName("fieldsToggle")
            self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.toggle.setAutoRaise(True)
            self.toggle.setCheckable(True)
            self.toggle.toggled.connect(self._show_details)
            layout.addWidget(self.toggle)
            layout.addWidget(self.details)
            self._show_details(False)
        else:
            self.details.setVisible(False)

        layout.addWidget(self.picks_label)
        self.report = label("", self, "checks")
        self.report.setVisible(False)
        layout.addWidget(self.report)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.validate)
        self.combo.layerChanged.connect(self._layer_changed)
        self._update_badge()

    # ------------------------------------------------------------------ values
    def layer(self) -> Optional[QgsMapLayer]:
        """The chosen layer, or None."""
        return self.combo.currentLayer()

    def layer_id(self) -> Optional[str]:
        """The chosen layer's id, or None."""
        layer = self.layer()
        return layer.id() if layer is not None else None

    def field(self, role: str) -> str:
        """The chosen field for a field role ('' when none)."""
        box = self.field_boxes.get(role)
        return box.currentField() if box is not None else ""

    def level_map_text(self) -> str:
        """The user's level map ('' when none)."""
        return self.level_map.text().strip() if self.level_map is not None else ""

    def set_layer(self, layer: Optional[QgsMapLayer]) -> None:
        """Choose a layer (fields are detected by name)."""
        self.combo.setLayer(layer)

    def state(self) -> dict:
        """Layer id, fields and level map, for the project file."""
        out = {"layer": self.layer_id() or "", "fields": {k: self.field(k) for k in self.field_boxes}}
        if self.level_map is not None:
            out["level_map"] = self.level_map_text()
        return out

    def restore(self, state: dict) -> None:
        """Set the layer and fields saved by :meth:`state` (a missing layer leaves the role empty)."""
        self._restoring = True
        try:
            layer = QgsProject.instance().mapLayer(state.get("layer") or "") if state.get("layer") else None
            self.combo.setLayer(layer)
            self._fill_fields(detect=False)
            for key, value in (state.get("fields") or {}).items():
                if key in self.field_boxes and layer is not None:
                    self.field_boxes[key].setField(value or "")
            if self.level_map is not None:
                self.level_map.setText(state.get("level_map", ""))
        finally:
            self._restoring = False
        self.validate()
        self.changed.emit()

    def reset(self) -> None:
        """No layer, no fields."""
        self.restore({})

    # ------------------------------------------------------------------ events
    def _layer_changed(self, _layer=None) -> None:
        if self._restoring:
            return
        self._fill_fields(detect=True)
        self._timer.start()
        self.changed.emit()

    def _field_changed(self, *_args) -> None:
        self._show_picks()
        if self._restoring:
            return
        self._timer.start()
        self.changed.emit()

    def _fill_fields(self, detect: bool) -> None:
        """Point the field boxes at the layer; pick the fields that fit the roles by name and values
        (core.fields.pick_fields, as the algorithms do)."""
        layer = self.layer()
        vector = layer if layer is not None and layer.type() == QgsMapLayer.LayerType.VectorLayer else None
        names = vector.fields().names() if vector is not None else []
        picks = {}
        if detect and vector is not None:
            picks = pick_fields(
                names,
                list(self.field_boxes),
                values=lambda name: sample_values(vector, name),
                text=text_fields(vector),
            )
        self.picks = picks
        for role, box in self.field_boxes.items():
            box.blockSignals(True)
            box.setLayer(vector)
            chosen = picks[role].field if role in picks else None
            if (
                chosen
                and box.filters() == QgsFieldProxyModel.Filter.Numeric
                and not vector.fields().field(chosen).isNumeric()
            ):
                chosen = None
            box.setField(chosen or "")
            box.blockSignals(False)
        self._show_picks()

    def _show_picks(self) -> None:
        """One line per field role: the field and why ('Population: POBLACION (detected by name)'), shown while
        the field boxes are folded away."""
        if self.layer() is None or not self.field_boxes or self.details.isVisible():
            self.picks_label.setVisible(False)
            return
        lines = []
        for spec in self.spec.fields:
            field = self.field(spec.role)
            pick = self.picks.get(spec.role)
            if pick is not None and pick.field == field:
                lines.append(pick.describe(spec.label))
            else:
                lines.append(Pick(spec.role, field or None, GIVEN if field else NOT_FOUND).describe(spec.label))
        self.picks_label.setText("<br>".join(escape(line) for line in lines))
        self.picks_label.setVisible(True)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        if self.toggle is None:
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if shown:
            self.toggle.setText(tr("Hide fields"))
        elif self.layer() is not None and self.field_boxes:
            found = sum(1 for role in self.field_boxes if self.field(role))
            self.toggle.setText(
                tr("Fields ({found} of {total} chosen)").format(found=found, total=len(self.field_boxes))
            )
        else:
            self.toggle.setText(tr("Fields"))
        self.toggle.setToolTip("\n".join(f"{spec.label}: {self.field(spec.role) or '–'}" for spec in self.spec.fields))
        self._show_picks()

    # ------------------------------------------------------------------ checks
    def validate(self) -> List[Check]:
        """Check the layer and show the summary with a hint for each problem."""
        self._timer.stop()
        layer = self.layer()
        if layer is None:
            self.checks = []
        else:
            fields = {k: self.field(k) for k in self.field_boxes}
            try:
                self.checks = validate_layer(layer, self.spec, fields, self.level_map_text())
            except Exception as error:  # a layer the checks do not understand must not break the dock
                self.checks = [Check("warning", tr("The layer could not be checked: {error}").format(error=error))]
        self.report.setText("<br>".join(message_html(c.level, c.text, c.hint) for c in self.checks))
        self.report.setVisible(bool(self.checks))
        self._update_badge()
        self._show_details(self.details.isVisible() if self.toggle is not None else False)
        return self.checks

    def status(self) -> str:
        """'empty', 'ok', 'warning' or 'error'."""
        if self.layer() is None:
            return "empty"
        levels = {c.level for c in self.checks}
        if "error" in levels:
            return "error"
        if "warning" in levels:
            return "warning"
        return "ok"

    def _update_badge(self) -> None:
        status = self.status()
        if status == "empty":
            text = tr("not chosen")
            self.badge.setText(f'<span style="color:{COLOURS["info"]}">{text}</span>')
            return
        text = {"ok": tr("ready"), "warning": tr("check"), "error": tr("problem")}[status]
        self.badge.setText(f'<span style="color:{COLOURS[status]}">{SYMBOLS[status]} {text}</span>')
