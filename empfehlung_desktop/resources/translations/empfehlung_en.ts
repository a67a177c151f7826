<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>ChartCard</name>
    <message>
        <source>Als PNG speichern …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Haben Sie mit der Person geklärt, was sie braucht und erwartet – und ob Sie ihre Kontaktdaten an einen Partner weitergeben dürfen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, Kontaktdaten dürfen weitergegeben werden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nein – anonym bleiben (sie erhält die Daten des Partners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum der Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mündlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telefonisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schriftlich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Person möchte trotzdem anonym bleiben (sie erhält die Daten des Partners)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Name eingeben und auswählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auswahl entfernen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Ergebnis nicht ändern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergebnis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was kam heraus?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialogs</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackEntryDialog</name>
    <message>
        <source>Feedback erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auftrag (abgeschlossen, noch ohne Feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle abgeschlossenen Aufträge haben bereits ein Feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingegangen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(freiwillig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte einen abgeschlossenen Auftrag wählen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Tipp: Zurückgesandte PDF-Formulare einfach hierher ziehen, um sie einzulesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zitieren: alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zitieren: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur freigegebene Referenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished">Feedback</translation>
    </message>
    <message>
        <source>Feedback erfassen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragebogen (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulare einlesen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenfassung (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Referenz freigeben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Feedback(s) · NPS {score} · {p} Promotoren, {d} Kritiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#5f6b6a&apos;&gt;Ein Feedback auswählen, um alle Antworten zu sehen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenztext bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kundin bzw. der Kunde hat das Zitieren nicht erlaubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback von {name} gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rückmeldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschlag für {name}: Stufe der Empfehlungsspirale von „{current}“ auf „{stage}“ setzen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlungsspirale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: Stufe „{stage}“ gesetzt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenz gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragebogen speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragebogen gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner für die Fragebögen wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Fragebögen gespeichert in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragebogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgefüllte Formulare einlesen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulare einlesen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es wurde nichts übernommen:

{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Formular(e) eingelesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenfassung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenfassung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zusammenfassung gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsDialog</name>
    <message>
        <source>Feedback-Fragebogen (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für welche abgeschlossenen Aufträge soll ein ausfüllbarer Fragebogen entstehen? Bei einem wählen Sie den Dateinamen, bei mehreren einen Ordner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle abgeschlossenen Aufträge haben bereits ein Feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstellen …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Formulare einlesen – Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese {count} Rückmeldung(en) werden übernommen. Erst mit „Übernehmen“ wird gespeichert – alle zusammen oder keine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Anonyme Anfrage an den Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieser Text enthält nichts, woran man die Person erkennt – weder Name noch E-Mail, Telefon oder Organisation. Bitte vor dem Senden kurz lesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per E-Mail senden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für den Partner ist keine E-Mail hinterlegt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppelklick öffnet den Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Später …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf einen späteren Tag verschieben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weitere Aktionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stufe ändern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschlag verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachgefasst …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedankt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angefragt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gefragt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Empfehlung Desktop</source>
        <translation>Empfehlung Desktop</translation>
    </message>
    <message>
        <source>&amp;Neu …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Ü&amp;ber Empfehlung Desktop</source>
        <translation>&amp;About Empfehlung Desktop</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Wie das System</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Die Sprache wird beim nächsten Start umgestellt.</source>
        <translation>The language will change at the next start.</translation>
    </message>
    <message>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Über Empfehlung Desktop</source>
        <translation>About Empfehlung Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Empfehlung Desktop {version}&lt;/h3&gt;&lt;p&gt;Empfehlungen, Kontakte, „Warum Sie“-Handouts und Feedback für Coaches, Berater und Trainer.&lt;/p&gt;&lt;p&gt;Datenbank: &lt;code&gt;{location}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Empfehlung Desktop {version}&lt;/h3&gt;&lt;p&gt;Referrals, contacts, “Why you” handouts and feedback for coaches, consultants and trainers.&lt;/p&gt;&lt;p&gt;Database: &lt;code&gt;{location}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>Die Person bleibt anonym: Sie erhält die Kontaktdaten des Partners und meldet sich selbst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer meldet sich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachfassen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermittelt am</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Empfehlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Anfragen &amp; Aufträge</source>
        <translation>Requests &amp; engagements</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Überblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Mein Profil</source>
        <translation>My profile</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Überblick</source>
        <translation type="unfinished">Overview</translation>
    </message>
    <message>
        <source>Letzte 12 Monate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieses Jahr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigener Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woher Ihre Anfragen kommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfragen und Aufträge nach Herkunft des Kontakts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus Empfehlungen werden Aufträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingegangene Empfehlungen, daraus Erstgespräche und Aufträge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geben und Nehmen im Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erhalten: Empfehlungen dieser Person an Sie. Gegeben: Ihre Empfehlungen und Vorstellungen für sie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlungsspirale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte je Stufe (aktueller Stand, unabhängig vom Zeitraum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passen die Erwartungen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einschätzung nach dem Erstgespräch, nach Herkunft der Anfrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das hat nicht geklappt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingegangen</source>
        <translation type="unfinished">Received</translation>
    </message>
    <message>
        <source>Erstgespräch</source>
        <translation type="unfinished">First meeting</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation type="unfinished">Engagement won</translation>
    </message>
    <message>
        <source>Empfehlungen</source>
        <translation type="unfinished">Referrals</translation>
    </message>
    <message>
        <source>Erhalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive Spirale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative Spirale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog / Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagramm speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG-Bild (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Bild konnte nicht unter „{path}“ gespeichert werden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Kompetenz, Beruf oder Name, z. B. „Gründung“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geben und Nehmen zählt Empfehlungen – ohne Verrechnung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Zusammenfassung – Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Rückmeldungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>oder neu: Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Diese Ansicht ist noch in Arbeit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReciprocityDialog</name>
    <message>
        <source>Geben und Nehmen im Netzwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie viele Empfehlungen Sie Ihren Netzwerkpartnern gegeben und von ihnen erhalten haben – als Überblick über die Beziehung, nicht als Rechnung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <source>Nächste Schritte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verlauf&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Empfehlung ausgewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie links eine Empfehlung aus oder legen Sie mit Strg+N eine an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlungsgeber</source>
        <translation type="unfinished">Referrer</translation>
    </message>
    <message>
        <source>Empfohlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erwartungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperatur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedankt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erledigt am {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachfassen</source>
        <translation type="unfinished">Follow up</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Ich wurde empfohlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfrage weiterempfehlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwei Menschen miteinander bekannt machen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfohlen von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Interessentin / neuer Interessent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was hat der Empfehlungsgeber gesagt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperatur (Aufwand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erwartungen der Interessentin / des Interessenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für wen (Empfänger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anliegen / Herausforderung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erwartungen an einen Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grund der Weitergabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz zum Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner (optional, später wählbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person mit dem Anliegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wen ich vorstelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erwartungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte prüfen: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Alle Richtungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nur fällige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur Empfehlungen, bei denen jetzt nachgefasst werden sollte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Empfehlung …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strg+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geben und Nehmen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>die neuesten {shown} von {total} – bitte filtern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Empfehlung(en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abschließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachgefasst – wie ist es gelaufen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danke gesagt – wann und wie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz zum Verlauf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Regeln für „Heute“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann soll ein Punkt in der Liste „Heute“ erscheinen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleChooser</name>
    <message>
        <source>keine Angabe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Später erinnern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann soll der Punkt wieder erscheinen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In einer Woche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In einem Monat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschieben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stufe ändern – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktuelle Stufe: &lt;b&gt;{stage}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Stufe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was hat sich geändert? (wird in der Historie vermerkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stufe ändern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestimonialDialog</name>
    <message>
        <source>Als Referenz freigeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Text erscheint so in der Zusammenfassung und ist zum Verwenden gedacht (Website, Angebot). Kürzen ist erlaubt – den Sinn bitte nicht verändern. Nennung: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Referenz freigegeben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Heute</source>
        <translation type="unfinished">Today</translation>
    </message>
    <message>
        <source>Regeln …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann ein Punkt fällig wird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktualisieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Punkt ist fällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Punkte sind fällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heute ist nichts fällig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Punkte erscheinen hier, sobald etwas ansteht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weitere anzeigen ({n} von {total} sichtbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachgefasst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie haben bei {name} nachgefragt. Wie ist es ausgegangen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Um Empfehlung gebeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie haben {name} um eine Empfehlung gebeten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschoben auf den {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stufe von {name}: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschlag verworfen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regeln gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das hat nicht geklappt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StepDialog</name>
    <message>
        <source>Notiz (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Abgelehnt</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Abwesenheit</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Anfrage</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Anonym</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation>Engagement won</translation>
    </message>
    <message>
        <source>Ausgehend</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Bedarf geklärt</source>
        <translation>Need clarified</translation>
    </message>
    <message>
        <source>Begeisterung</source>
        <translation>Enthusiasm</translation>
    </message>
    <message>
        <source>Bestandskontakt</source>
        <translation>Existing contact</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Buch oder Vortrag</source>
        <translation>Book or talk</translation>
    </message>
    <message>
        <source>Danke sagen</source>
        <translation>Say thank you</translation>
    </message>
    <message>
        <source>Daten speichern</source>
        <translation>Store data</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Eingegangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Eingehend</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Empfehlung</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Empfehlung ausgesprochen</source>
        <translation>Referral given</translation>
    </message>
    <message>
        <source>Empfehlungsgeber</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Empfänger meldet sich beim Partner</source>
        <translation>Recipient contacts the partner</translation>
    </message>
    <message>
        <source>Erfahrung</source>
        <translation>Experience</translation>
    </message>
    <message>
        <source>Erfasst</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Erstgespräch</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <source>Erstgespräch vereinbart</source>
        <translation>First meeting arranged</translation>
    </message>
    <message>
        <source>Erwartung</source>
        <translation>Expectation</translation>
    </message>
    <message>
        <source>Erwartungen passen nicht</source>
        <translation>Expectations don&apos;t fit</translation>
    </message>
    <message>
        <source>Feedback erbitten</source>
        <translation>Ask for feedback</translation>
    </message>
    <message>
        <source>Feedback zitieren</source>
        <translation>Quote feedback</translation>
    </message>
    <message>
        <source>Formular</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Gemeinsames Kennenlernen</source>
        <translation>Meeting together</translation>
    </message>
    <message>
        <source>Gerade nicht</source>
        <translation>Not right now</translation>
    </message>
    <message>
        <source>In der App</source>
        <translation>In the app</translation>
    </message>
    <message>
        <source>Interessent</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Jetzt um Empfehlung bitten</source>
        <translation>Ask for a referral now</translation>
    </message>
    <message>
        <source>Kapazität</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Kein Auftrag</source>
        <translation>No engagement</translation>
    </message>
    <message>
        <source>Kompetenz</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Kontakt erfolgt</source>
        <translation>Contact made</translation>
    </message>
    <message>
        <source>Kontaktdaten weitergeben</source>
        <translation>Pass on contact details</translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Laufend</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Loyalität</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <source>Mit Namen</source>
        <translation>With name</translation>
    </message>
    <message>
        <source>Mündlich</source>
        <translation>Verbally</translation>
    </message>
    <message>
        <source>Nachfassen</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Nein</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Netzwerkpartner</source>
        <translation>Network partner</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Nichts</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>PDF-Formular</source>
        <translation>PDF form</translation>
    </message>
    <message>
        <source>Partner angefragt</source>
        <translation>Partner asked</translation>
    </message>
    <message>
        <source>Partner hat abgesagt</source>
        <translation>Partner declined</translation>
    </message>
    <message>
        <source>Partner hat zugesagt</source>
        <translation>Partner accepted</translation>
    </message>
    <message>
        <source>Partner meldet sich beim Empfänger</source>
        <translation>Partner contacts the recipient</translation>
    </message>
    <message>
        <source>Passt</source>
        <translation>Fits</translation>
    </message>
    <message>
        <source>Passt nicht</source>
        <translation>Does not fit</translation>
    </message>
    <message>
        <source>Schriftlich</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>Social Media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Stufe prüfen</source>
        <translation>Check stage</translation>
    </message>
    <message>
        <source>Sympathie</source>
        <translation>Sympathy</translation>
    </message>
    <message>
        <source>Unklar</source>
        <translation>Unclear</translation>
    </message>
    <message>
        <source>Unzufriedenheit</source>
        <translation>Dissatisfaction</translation>
    </message>
    <message>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Vermittelt</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Vorstellung</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Weiterempfohlen</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Zufriedenheit</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Zugesagt</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Zurückgezogen</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>euphorisch</source>
        <translation>euphoric</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>zurückhaltend</source>
        <translation>reserved</translation>
    </message>
    <message>
        <source>„Warum Sie“ senden</source>
        <translation>Send “Why you”</translation>
    </message>
</context>
</TS>
