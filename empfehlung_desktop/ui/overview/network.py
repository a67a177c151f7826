"""The referral network as an interactive picture: who sent whom, and what came of it.

Arrows run from the person who recommended to the person recommended. The outcome
shows in colour, arrow head (won: filled, open: open, lost: a bar) and — up to
1,500 referrals — line style (won: solid, open: dashed, lost: dotted); the people
who recommended others are larger circles, the others small squares. Click a person to open their
story; wheel zooms, dragging moves. The layout comes from ``services.today.network``.
"""

from __future__ import annotations

import ctypes
import math
import sys
from collections import defaultdict

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.services.today import network as net
from empfehlung_desktop.ui import theme

RADIUS_GIVER = 11.0
RADIUS_OTHER = 7.0
TILE = 500.0  # arrows are grouped in squares of this size (scene units)
LABELS_UP_TO = 600  # more people than this: only referrers are labelled
DASHES_UP_TO = 1500  # more referrals than this: solid lines, and no antialiasing
# Outcome → (colour in theme, line style, width).
STYLES = {
    net.WON: ("network_won", Qt.PenStyle.SolidLine, 2.0),
    net.OPEN: ("network_open", Qt.PenStyle.DashLine, 1.4),
    net.LOST: ("network_lost", Qt.PenStyle.DotLine, 1.8),
}


def _arrow(
    path: QPainterPath, a: QPointF, b: QPointF, r_a: float, r_b: float, outcome: str
) -> None:
    """A line from ``a`` to ``b`` and a head by outcome: a filled triangle (won), an
    open V (open) or a bar across the tip (lost) — so it reads without colour."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    start = QPointF(a.x() + ux * r_a, a.y() + uy * r_a)
    tip = QPointF(b.x() - ux * (r_b + 2), b.y() - uy * (r_b + 2))
    path.moveTo(start)
    path.lineTo(tip)
    size = 8.0
    left = QPointF(tip.x() - size * ux + size * 0.5 * uy, tip.y() - size * uy - size * 0.5 * ux)
    right = QPointF(tip.x() - size * ux - size * 0.5 * uy, tip.y() - size * uy + size * 0.5 * ux)
    if outcome == net.LOST:
        path.moveTo(QPointF(tip.x() + size * 0.6 * uy, tip.y() - size * 0.6 * ux))
        path.lineTo(QPointF(tip.x() - size * 0.6 * uy, tip.y() + size * 0.6 * ux))
    elif outcome == net.WON:
        path.addPolygon(QPolygonF([tip, left, right, tip]))
    else:
        path.moveTo(left)
        path.lineTo(tip)
        path.lineTo(right)


# PySide6 6.12 drops one reference to None on many void calls from Python (measured:
# QPainterPath.moveTo, QGraphicsItem.setPos/setBrush/setData …); a few thousand such
# calls end the process ("deallocating None"). Building a scene of thousands of items
# makes that many, so we hold enough extra references to None first.
# The reserve lists are never freed (not even when the interpreter shuts down, which
# would give the references back that the calls already took).
CALLS_PER_EDGE = 8
CALLS_PER_PERSON = 6


def reserve_none_references(calls: int) -> None:
    """Hold ``calls`` more references to None than the calls can drop."""
    if sys.getrefcount(None) > 4 * calls + 100_000:
        return  # enough in reserve from earlier scenes
    reserve = [None] * calls
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(reserve))


def radii(network: net.Network, placed: net.Layout) -> dict[int, float]:
    """Referrers are drawn larger than the people they sent."""
    givers = {e.source for e in network.edges if e.incoming}
    return {n: RADIUS_GIVER if n in givers else RADIUS_OTHER for n in placed.positions}


def build_scene(network: net.Network, placed: net.Layout, scene: QGraphicsScene) -> None:
    """Fill ``scene``: one path item per outcome for all arrows, one item per person.

    Items carry no data (``QGraphicsItem.setData`` leaks a reference to None in this
    PySide6); a click is mapped to the nearest person by position instead.
    """
    scene.clear()
    reserve_none_references(
        CALLS_PER_EDGE * len(network.edges) + CALLS_PER_PERSON * len(placed.positions) + 100
    )
    givers = {e.source for e in network.edges if e.incoming}
    radius = radii(network, placed)
    # One path per outcome and area of the picture: a view draws only the areas it
    # shows, and a dashed pen is never run along thousands of far-away arrows.
    paths: dict[tuple[str, int, int], QPainterPath] = defaultdict(QPainterPath)
    pos = {n: QPointF(x, y) for n, (x, y) in placed.positions.items()}
    for edge in network.edges:
        if edge.source in pos and edge.target in pos:
            a = pos[edge.source]
            cell = (edge.outcome, int(a.x() // TILE), int(a.y() // TILE))
            _arrow(
                paths[cell],
                a,
                pos[edge.target],
                radius[edge.source],
                radius[edge.target],
                edge.outcome,
            )
    # Dashes cost time along the whole of every long line: a large network is drawn
    # with solid lines (the heads and colours still tell the outcomes apart).
    dashed = len(network.edges) <= DASHES_UP_TO
    pens, brushes = {}, {}
    for key, (name, style, width) in STYLES.items():
        colour = theme.qcolor(name)
        pens[key] = QPen(colour, width, style if dashed else Qt.PenStyle.SolidLine)
        pens[key].setCosmetic(True)
        brushes[key] = QBrush(colour) if key == net.WON else QBrush()
    for (outcome, _x, _y), path in paths.items():
        item = scene.addPath(path, pens[outcome], brushes[outcome])
        item.setZValue(0)
    label_all = len(pos) <= LABELS_UP_TO
    variant = theme.colours()
    node_pen = QPen(QColor(variant.network_node_line), 1.2)
    node_pen.setCosmetic(True)
    giver_brush = QBrush(QColor(variant.series["node"].fill))
    other_brush = QBrush(QColor(variant.series["node_other"].fill))
    label_brush = QBrush(QColor(variant.text))  # names below the marks, on the base colour
    for node, point in pos.items():
        r = radius[node]
        name = network.names.get(node, "")
        rect = QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r)
        shape: QGraphicsEllipseItem | QGraphicsRectItem
        # Shape as well as fill: referrers are circles, the others small squares.
        if node in givers:
            shape = scene.addEllipse(rect, node_pen, giver_brush)
        else:
            shape = scene.addRect(rect, node_pen, other_brush)
        shape.setZValue(1)
        shape.setToolTip(name)
        if label_all or node in givers:
            label = scene.addSimpleText(name)
            label.setBrush(label_brush)
            label.setPos(point.x() - label.boundingRect().width() / 2, point.y() + r + 1)
            label.setZValue(2)
    scene.setSceneRect(QRectF(-20, -20, placed.width + 40, placed.height + 40))


class NetworkView(QGraphicsView):
    """Zoom with the wheel, drag to move, click a person to open them."""

    personClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self._press: QPointF | None = None
        self._positions: dict[int, tuple[float, float]] = {}
        self._radius: dict[int, float] = {}

    def show_network(self, network: net.Network, placed: net.Layout) -> None:
        self.resetTransform()
        self.setRenderHint(QPainter.RenderHint.Antialiasing, len(network.edges) <= DASHES_UP_TO)
        build_scene(network, placed, self.scene())
        self._positions = placed.positions
        self._radius = radii(network, placed)
        rect = self.scene().sceneRect()
        view = self.viewport().rect()
        # The layout is as wide as the view; only a wider picture is scaled down.
        if rect.width() > view.width() > 0:
            scale = max(view.width() / rect.width(), 0.35)
            self.scale(scale, scale)
        self.ensureVisible(QRectF(rect.left(), rect.top(), 1, 1))

    def layout_width(self) -> float:
        """The width the layout should use: the view's, in scene units at 1:1."""
        return float(max(self.viewport().width() - 30, 600))

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or (event.position() - press).manhattanLength() > 4:
            return  # a drag, not a click
        contact = self.person_at(self.mapToScene(event.position().toPoint()))
        if contact is not None:
            self.personClicked.emit(contact)

    def person_at(self, point: QPointF) -> int | None:
        """The person whose mark (or name below it) is at ``point`` in scene coordinates."""
        best, best_distance = None, 0.0
        for node, (x, y) in self._positions.items():
            r = self._radius.get(node, RADIUS_OTHER)
            dx, dy = point.x() - x, point.y() - y
            # The mark itself, or the name just below it.
            hit = dx * dx + dy * dy <= (r + 3) ** 2 or (abs(dx) <= 60 and r < dy <= r + 18)
            distance = dx * dx + dy * dy
            if hit and (best is None or distance < best_distance):
                best, best_distance = node, distance
        return best


def legend_html() -> str:
    won = QCoreApplication.translate("Network", "Auftrag")
    open_ = QCoreApplication.translate("Network", "offen")
    lost = QCoreApplication.translate("Network", "kein Auftrag")
    giver = QCoreApplication.translate("Network", "hat empfohlen")
    other = QCoreApplication.translate("Network", "wurde empfohlen")
    gap = "&nbsp;&nbsp; "
    c = theme.colours()
    return (
        f"<span style='color:{c.network_won}'>━━▶ {won}</span>{gap}"
        f"<span style='color:{c.network_open}'>╍╍&gt; {open_}</span>{gap}"
        f"<span style='color:{c.network_lost}'>┈┈┤ {lost}</span>{gap}"
        f"● {giver}{gap}■ {other}"
    )


class NetworkPanel(QWidget):
    """The picture, a legend, and the top referrers with the chains they started."""

    personRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = NetworkView()
        self.view.setAccessibleName(self.tr("Empfehlungsnetz"))
        self.view.personClicked.connect(self.personRequested)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        legend = QLabel(legend_html())
        legend.setWordWrap(True)
        self.referrers = QListWidget()
        self.referrers.setAccessibleName(self.tr("Wer die meisten Aufträge bringt"))
        self.referrers.setWordWrap(True)
        self.referrers.setSpacing(4)
        self.referrers.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.referrers.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.referrers.setAlternatingRowColors(True)
        self.referrers.itemActivated.connect(self._open_referrer)
        self.referrers.itemClicked.connect(self._open_referrer)
        side = QVBoxLayout()
        title = QLabel(self.tr("Wer die meisten Aufträge bringt"))
        title.setObjectName("chartTitle")
        side.addWidget(title)
        side.addWidget(self.referrers, 1)
        side_host = QWidget()
        side_host.setLayout(side)
        side_host.setMaximumWidth(340)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addWidget(side_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(legend)
        layout.addLayout(row, 1)

    def show_data(self, network: net.Network, placed: net.Layout, top: list[net.Referrer]) -> None:
        people = len(placed.positions)
        if not network.edges:
            self.summary.setText(
                self.tr("In diesem Zeitraum gibt es keine Empfehlungen zwischen Ihren Kontakten.")
            )
        else:
            self.summary.setText(
                self.tr(
                    "{n} Empfehlungen zwischen {p} Personen – klicken öffnet die Person."
                ).format(n=len(network.edges), p=people)
            )
        self.view.show_network(network, placed)
        self.referrers.clear()
        for r in top:
            text = (
                r.name
                + "\n"
                + self.tr("Aufträge: {won}, Empfehlungen: {n}").format(won=r.won, n=r.referrals)
            )
            if len(r.longest_chain) > 2:
                names = list(r.longest_chain)
                if len(names) > 5:  # long chains: the start, the last one, and "…"
                    names = [*names[:3], "…", names[-1]]
                text += "\n" + self.tr("Kette: {chain}").format(chain=" → ".join(names))
            if r.reached > r.referrals:
                text += "\n" + self.tr("Personen über diese Kette insgesamt: {n}").format(
                    n=r.reached
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.contact_id)
            self.referrers.addItem(item)

    def _open_referrer(self, item: QListWidgetItem) -> None:
        contact = item.data(Qt.ItemDataRole.UserRole)
        if contact is not None:
            self.personRequested.emit(int(contact))
