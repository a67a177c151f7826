"""Many plain generated contacts for benchmarks and scale tests (100k and more).

Deliberately not through the services: one Core insert per 5,000 rows keeps 100k
contacts in seconds. The rows are simple enough to be valid by construction (no
referrals, no history); each gets its search document, and the search index follows
through its triggers.
"""

from __future__ import annotations

import random

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.model import Contact, ContactSource, Role, SpiralStage, sort_key
from empfehlung_desktop.names import name_sort_key
from empfehlung_desktop.store import search
from empfehlung_desktop.store.database import sync_id_sequences

_BATCH = 5000
_PROFESSIONS = ["Coach", "Berater", "Trainerin", "Grafikerin", "Steuerberater", "Fotograf"]
_LEGAL_FORMS = ["GmbH", "KG", "& Partner", "Beratung"]


def add_generated_contacts(session: Session, count: int, seed: int = 7) -> int:
    """Bulk-insert ``count`` generated contacts in batches; return how many."""
    rng = random.Random(seed)
    stages = [None, *list(SpiralStage)]
    sources = list(ContactSource)
    start = int(session.scalar(select(func.coalesce(func.max(Contact.id), 0))) or 0)
    now = utc_now()
    batch: list[dict[str, object]] = []
    for i in range(count):
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        name = f"{first} {last}"
        batch.append(
            {
                "id": start + i + 1,
                "name": name,
                "given_name": first,
                "family_name": last,
                "sort_name": name_sort_key(first, last, name),
                # Every twentieth person with a birthday (no random draw: the data stays
                # the same as before the person fields for everything else).
                **(_birthday(i) if i % 20 == 0 else {}),
                "organisation": f"{last} {rng.choice(_LEGAL_FORMS)}",
                "email": f"{sort_key(first)}.{sort_key(last)}{i}@example.org".replace(" ", ""),
                "phone": f"+49 761 {rng.randint(100000, 9999999)}",
                "profession": rng.choice(_PROFESSIONS),
                "competences": "",
                "roles": int(rng.choice(Role.singles())),
                "source": rng.choice(sources).value,
                "spiral_stage": (s.value if (s := rng.choice(stages)) else None),
                "notes": f"Aus {rng.choice(TOWNS)}",
                "consent_share": False,
                "data_origin": "Generierte Testdaten",
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
        batch[-1]["search_text"] = search.contact_search_text(batch[-1])
        if len(batch) >= _BATCH:
            session.execute(insert(Contact), batch)
            batch = []
    if batch:
        session.execute(insert(Contact), batch)
    sync_id_sequences(session, "contact")
    return count


def _birthday(i: int) -> dict[str, object]:
    return {
        "birth_day": 1 + i % 28,
        "birth_month": 1 + (i // 28) % 12,
        "birth_year": 1950 + i % 50 if i % 3 else None,
    }


FIRST_NAMES = [
    "Anna",
    "Bärbel",
    "Christian",
    "Dörte",
    "Erik",
    "Franziska",
    "Götz",
    "Hanna",
    "Ines",
    "Jürgen",
    "Klaus",
    "Lotte",
    "Mehmet",
    "Nele",
    "Ömer",
    "Paula",
    "Quirin",
    "Rüdiger",
    "Sören",
    "Tanja",
    "Ulrike",
    "Veit",
    "Wiebke",
    "Xaver",
    "Yvonne",
    "Zofia",
    "Agnieszka",
    "Łucja",
    "Jiří",
    "Ákos",
]
LAST_NAMES = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Müller-Lüdenscheidt",
    "Kowalski",
    "Nagy",
    "Novák",
    "Grünwald",
    "Fröhlich",
    "Weiß",
    "Böttcher",
]
TOWNS = ["Freiburg", "Offenburg", "Lörrach", "Emmendingen", "Basel", "Karlsruhe", "Konstanz"]
