"""Argument parsing pieces that import no database code (the GUI start uses them)."""

from __future__ import annotations

import argparse
from typing import NoReturn

from empfehlung_desktop import i18n


class CliUsageError(Exception):
    pass


class GermanArgumentParser(argparse.ArgumentParser):
    """Argparse with usage errors raised (exit 2 in German), not printed in English."""

    def error(self, message: str) -> NoReturn:
        raise CliUsageError(f"{message} (Aufruf: {self.prog} --help zeigt alle Möglichkeiten)")


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default=None,
        help=(
            "Sprache für diesen Start: Oberfläche (GUI, statt der Einstellung), Meldungen "
            f"und PDFs (Befehle: Standard {i18n.ENV_LANGUAGE}, sonst Deutsch)"
        ),
    )


def apply_language(args: argparse.Namespace) -> None:
    """``--lang``, else ``EMPFEHLUNG_LANG``, else German: for messages and reports."""
    i18n.set_language(getattr(args, "lang", None) or i18n.language_from_env())


def add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PFAD_ODER_URL",
        default=None if top_level else argparse.SUPPRESS,
        help="Datenbankdatei oder URL (Standard: EMPFEHLUNG_DB_URL oder das Datenverzeichnis)",
    )
