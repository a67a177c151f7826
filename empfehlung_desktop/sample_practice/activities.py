"""The sample practice's activity log: calls, mails, meetings and cards, through the service."""

from __future__ import annotations

from empfehlung_desktop.model import ActivityKind
from empfehlung_desktop.sample_practice.builder import SampleBuilder
from empfehlung_desktop.services.contacts import activities

A = ActivityKind

# (person, days from today, kind, text). Some partners were in touch lately, one
# long ago (so "Kontakt halten" has someone overdue), most never logged.
ACTIVITIES: tuple[tuple[str, int, ActivityKind, str], ...] = (
    ("Mareike Jansen", -12, A.MEETING, "Mittagessen: Gründerinnen-Stammtisch im Januar geplant."),
    ("Mareike Jansen", -75, A.CALL, "Neue Förderprogramme besprochen."),
    ("Stefan Ludwig", -130, A.MEETING, "Kaffee im Atelier; neue Preisliste für Businessfotos."),
    ("Dr. Nina Petersen", -100, A.EMAIL, "Jahresrückblick und Dank für die Zusammenarbeit."),
    ("Ursula Krämer", -40, A.GIFT, "Karte nach dem Netzwerkabend."),
    ("Katarzyna Nowak", -25, A.CALL, "Wie läuft es mit der neuen Marke? Sehr gut."),
    ("Markus Engel", -20, A.NOTE, "Erwähnte beim Netzwerktreffen eine Bekannte mit Bedarf."),
    ("Thomas Brandt", -95, A.EMAIL, "Artikel über Markenführung geschickt."),
)


def activity_log(b: SampleBuilder) -> None:
    for name, offset, kind, text in ACTIVITIES:
        activities.add_activity(b.session, b.id(name), kind, b.day(offset), text, today=b.today)
