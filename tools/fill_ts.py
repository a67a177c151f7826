"""Fill translations into the .ts file from a JSON catalogue: ``python -m tools.fill_ts FILE.json``.

The JSON maps ``"context|source"`` (or just ``"source"`` for every context) to the
English text; for a plural source (``%n``) the value is a list: singular, plural.
Existing finished translations are kept unless listed.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tools import translations
from tools.translations import TS_FILE


def fill(catalogue: dict[str, str | list[str]], ts_path: Path = TS_FILE) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = catalogue.get(f"{name}|{source}", catalogue.get(source))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            if message.get("numerus") == "yes":
                forms = [text] if isinstance(text, str) else list(text)
                for element in list(translation):
                    translation.remove(element)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    total = 0
    for path in argv:
        total += fill(json.loads(Path(path).read_text(encoding="utf-8")))
    print(f"{total} Übersetzungen eingetragen")
    return translations.main([])  # lupdate again and compile the .qm


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
