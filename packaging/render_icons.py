"""Render the application icon (SVG) into the PNG sizes and the Windows/macOS icon files.

Run after changing ``resources/icons/empfehlung-desktop.svg`` and commit the output:

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

PNGs are drawn by Qt's own SVG renderer (what the app uses at run time);
Pillow, which ReportLab brings along, packs them into ``.ico`` and ``.icns``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "empfehlung-desktop.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"empfehlung-desktop-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_containers() -> None:
    from PIL import Image

    largest = Image.open(png_path(max(PNG_SIZES)))
    packaging = ROOT / "packaging"
    largest.save(packaging / "empfehlung-desktop.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest.save(packaging / "empfehlung-desktop.icns", sizes=[(s, s) for s in ICNS_SIZES])


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"Das SVG {SOURCE} ist ungültig.", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        if not render(renderer, size).save(str(png_path(size)), "PNG"):
            print(f"{png_path(size)} konnte nicht geschrieben werden.", file=sys.stderr)
            return 1
    write_containers()
    print(f"{len(PNG_SIZES)} PNGs, .ico und .icns aus {SOURCE.name} erzeugt.")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
