"""The files the bundle and the Linux desktop integration rely on."""

import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from empfehlung_desktop import __version__, config

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{config.APP_ID}.desktop"
METAINFO = LINUX / f"{config.APP_ID}.metainfo.xml"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def test_resources_and_migrations_come_from_the_bundle_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert config.resource_path("icons", "x.svg") == tmp_path / "resources" / "icons" / "x.svg"
    assert config.migrations_dir() == tmp_path / "empfehlung_desktop" / "store" / "migrations"


def test_alembic_finds_its_scripts_through_the_helper() -> None:
    migrations = config.migrations_dir()
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))


def test_icon_pngs_exist_in_every_size() -> None:
    for size in ICON_SIZES:
        png = config.resource_path("icons", f"empfehlung-desktop-{size}.png")
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", png
        assert struct.unpack(">II", header[16:24]) == (size, size), png


def test_desktop_entry_and_metainfo_share_the_app_id_and_version() -> None:
    entry = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={config.APP_ID}\n" in entry
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == config.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli fehlt")
def test_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate fehlt"
)
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_resources_are_found_in_the_source_tree_and_the_installed_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from empfehlung_desktop import shipped

    # Source tree / editable install: the top-level resources/ beside the package.
    assert shipped.resources_dir() == ROOT / "resources"
    assert shipped.resource_path("fonts", "DejaVuSans.ttf").is_file()
    # Installed wheel: resources/ mapped into the package.
    package = tmp_path / "empfehlung_desktop"
    (package / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(shipped, "_PACKAGE", package)
    assert shipped.resource_path("fonts", "x.ttf") == package / "resources" / "fonts" / "x.ttf"


def test_the_wheel_lists_every_package_on_disk() -> None:
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "empfehlung_desktop").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert listed == on_disk | {"empfehlung_desktop.resources"}
