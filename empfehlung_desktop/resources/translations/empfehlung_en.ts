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
    <name>ContactCommand</name>
    <message>
        <source>Rückgängig nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt „{name}“ anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt „{name}“ ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt „{name}“ löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Kontakte löschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Kein Kontakt ausgewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieser Kontakt ist nicht mehr vorhanden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kompetenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfohlen von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weitergabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erlaubt seit {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nicht erlaubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlungsspirale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Stufe erfasst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vorher {stage})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Neuer Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. 0761 123456 oder +41 44 123 45 67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durch Kommas getrennt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz zur Stufenänderung (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einverstanden, dass Kontaktdaten weitergegeben werden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kompetenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herkunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfohlen &amp;von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stufe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weitergabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einverstanden am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otizen</source>
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
        <source>Kontakt „{name}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
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
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geändert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Suchen: Name, Organisation, E-Mail, Telefon …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Rollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jede Herkunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Kontakt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Kontakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Kontakte konnten nicht gelesen werden. Bitte erneut versuchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Kontakte gefunden. Bitte Suche oder Filter ändern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Kontakte. Mit Strg+N legen Sie den ersten an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt „{name}“ löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Kontakte löschen ({names} …)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Davon betroffen: {impact}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit Strg+Z lässt sich das Löschen rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakte löschen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataErrors</name>
    <message>
        <source>Datei „{name}“: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unerwarteter Fehler ({kind}); nichts wurde geändert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Kontakte (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kalender exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensicherung &amp;erstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensicherung &amp;wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank &amp;prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSGVO-&amp;Auskunft exportieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt endgültig &amp;löschen (DSGVO) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung Desktop</source>
        <translation type="unfinished">Empfehlung Desktop</translation>
    </message>
    <message>
        <source>Kontakte importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vollständigen Export einspielen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{0}“ ist ein vollständiger Export. {1}

Jetzt einspielen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import abgeschlossen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Kontakt(e) exportiert nach {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalender exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Termin(e) exportiert nach {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensicherung erstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensicherung erstellt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensicherung wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die aktuelle Datenbank wird durch „{0}“ ersetzt.

Der jetzige Stand wird vorher als eigene Sicherung aufbewahrt. Fortfahren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensicherung wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datensicherung wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederhergestellt aus „{0}“.
Der vorherige Stand liegt in „{1}“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank prüfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datenbank ist in Ordnung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSGVO-Auskunft exportieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für welche Person sollen alle gespeicherten Daten exportiert werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSGVO-Auskunft speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft gespeichert: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt endgültig löschen (DSGVO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welche Person soll endgültig gelöscht werden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{0}“ wird endgültig gelöscht: alle persönlichen Daten, Notizen, Einwilligungen und Feedback-Texte. Empfehlungen bleiben als „gelöschter Kontakt“ erhalten; Erwähnungen des Namens in anderen Texten werden ersetzt.

Das lässt sich nicht rückgängig machen. Ältere Datensicherungen enthalten die Person noch, bis sie nach einer Woche entfallen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endgültig löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{0}“ wurde endgültig gelöscht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datenbank beschädigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Es wird nichts automatisch überschrieben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Es gibt keine fehlerfreie Datensicherung in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Letzte fehlerfreie Sicherung: {0} vom {1}.
Jetzt wiederherstellen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclineReferDialog</name>
    <message>
        <source>Ablehnen &amp; weiterempfehlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Anfrage von {name} wird als „weiterempfohlen“ abgeschlossen, und eine ausgehende Empfehlung wird angelegt. Den passenden Partner wählen Sie anschließend in „Empfehlungen“ – Schritt für Schritt, mit Einwilligung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: kurz, warum (nur für Sie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ablehnen &amp;&amp; weiterempfehlen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
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
    <name>EngagementTableModel</name>
    <message>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstgespräch</source>
        <translation type="unfinished">First meeting</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erwartung passt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„Warum Sie“ gesendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesendet am {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementsView</name>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstgespräche in 14 Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Anfrage …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ablehnen &amp;&amp; weiterempfehlen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„Warum Sie“ erstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF für das Erstgespräch erstellen (Strg+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anzeigen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„Warum Sie“ als gesendet vermerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anfragen &amp; Aufträge</source>
        <translation type="unfinished">Requests &amp; engagements</translation>
    </message>
</context>
<context>
    <name>FeedbackDetail</name>
    <message>
        <source>keine Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} von {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · eingegangen am {date} · {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weiterempfehlung:&lt;/b&gt; {score} &amp;nbsp; &lt;b&gt;Erwartungen erfüllt:&lt;/b&gt; {met}&lt;br&gt;&lt;b&gt;Zitieren:&lt;/b&gt; {permission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freigegebene Referenz</source>
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
        <source>{name} – {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} · beendet {date}</source>
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
    <name>FeedbackTableModel</name>
    <message>
        <source>Wie wahrscheinlich eine Weiterempfehlung ist (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie weit die Erwartungen erfüllt wurden (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation type="unfinished">Engagement won</translation>
    </message>
    <message>
        <source>Empfehlung</source>
        <translation type="unfinished">Referral</translation>
    </message>
    <message>
        <source>Erwartungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zitieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freigegeben</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Gesamter Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte 30 Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte 90 Tage</source>
        <translation type="unfinished"></translation>
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
        <source>Alle Bewertungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotoren (9–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive (7–8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kritiker (0–6)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>{name} – {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (beendet {date})</source>
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
    <name>HandoutPreviewDialog</name>
    <message>
        <source>Vorschau: „Warum Sie“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern &amp;unter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;E-Mail senden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für diesen Kontakt ist keine E-Mail-Adresse hinterlegt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;gesendet vermerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wenn Sie das Handout auf anderem Weg übergeben haben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„Warum Sie“ speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei konnte nicht gespeichert werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert unter: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Programm zum Öffnen von PDF-Dateien gefunden. Die Datei liegt hier: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vor unserem Erstgespräch: „Warum Sie“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guten Tag {name},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{greeting}

ich freue mich auf unser Gespräch{meeting}. Damit Sie vorab wissen, wie ich arbeite und was Sie erwartet, schicke ich Ihnen im Anhang eine kurze Übersicht mit ein paar Fragen zur Vorbereitung.

Viele Grüße
{sender}

[Bitte vor dem Senden anhängen: {path}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das E-Mail-Programm wird geöffnet. Bitte die Datei anhängen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als gesendet markieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haben Sie die E-Mail mit dem Handout abgeschickt? Dann vermerke ich das Handout als gesendet.

Die Datei liegt hier:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als gesendet vermerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei liegt hier: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importieren: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Dubletten überspringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Dubletten zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spalten zuordnen (Vorschlag anhand der Überschriften)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Spalte&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Beispiel&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;übernehmen als&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ohne Namen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es gibt nichts zu importieren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import fehlgeschlagen</source>
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
    <name>ImportPreviewModel</name>
    <message>
        <source>Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Empfehlung</source>
        <translation type="unfinished">Referral</translation>
    </message>
    <message>
        <source>Erwartungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zitieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum ersten Mal …</source>
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
    <name>MeetingForm</name>
    <message>
        <source>Kontakt öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Positionierung für die neue Praxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termin vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– unbekannt –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer hat Sie empfohlen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– nicht gefragt –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worum geht es, kurz und in Ihren Worten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie beschreibt die Person ihr Problem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was ärgert, was frustriert?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was wünscht und erhofft sich die Person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– noch offen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigene Notizen (erscheinen nirgends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlungsgeber nennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Handout sagt dann: „Sie kommen auf Empfehlung von …“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anliegen zeigen, wie ich es verstanden habe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstgespräch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie die Person zu Ihnen kam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herkunft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empfohlen von:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorher gelesen/gesehen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Erstgespräch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anliegen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem (eigene Worte):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frustrationen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wünsche und Hoffnungen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erwartungen &amp;passen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notizen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„Warum Sie“-Handout</source>
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
    <name>NewEngagementDialog</name>
    <message>
        <source>Neue Anfrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für einen &amp;vorhandenen Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für einen &amp;neuen Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aus einer eingehenden &amp;Empfehlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail (für das Handout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine offenen eingehenden Empfehlungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worum geht es? (kann später ergänzt werden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte einen Kontakt suchen und auswählen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte den Namen der Person eingeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte eine Empfehlung auswählen.</source>
        <translation type="unfinished"></translation>
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
    <name>OverviewCharts</name>
    <message>
        <source>Für diesen Zeitraum gibt es noch keine Daten.</source>
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
    <name>PreviewModel</name>
    <message>
        <source>neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>überspringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zusammenführen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trotzdem importieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dublette / Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dublette: {reason} „{name}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dublette: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>z. B. Coaching für Führungskräfte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo &amp;wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nach &amp;unten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abschnitt &amp;hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abschnitt entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beispiel-Handout für eine erfundene Interessentin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Über mich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tätigkeit/Titel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anschrift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG oder JPEG, höchstens 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abschnitte der „Warum Sie“-Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Über&amp;schrift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Häkchen = erscheint im Handout. Leerzeile = neuer Absatz; Zeilen, die mit „• “ oder „- “ beginnen, werden Aufzählungspunkte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mein Profil</source>
        <translation type="unfinished">My profile</translation>
    </message>
    <message>
        <source>Profil gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Datei kann nicht gelesen werden: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Abschnitt</source>
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
        <source>{who} bis {date}</source>
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
        <source>{date} – fällig</source>
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
        <source>Bitte prüfen: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Erstgespräch vereinbart …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auftrag erhalten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Auftrag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedarf geklärt (Einwilligung) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner anfragen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner hat zugesagt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner hat abgesagt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermitteln (wer, bis wann) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontakt ist erfolgt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abschließen (Ergebnis) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurückziehen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonyme Anfrage anzeigen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danke sagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachgefasst …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachfassen (fällig) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – Kontaktdaten weitergegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – dazu Material (Blog, Website, Flyer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – dazu eine persönliche Empfehlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – ein Anruf, um das Treffen zu vereinbaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – persönlich vorgestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Richtung</source>
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
        <source>Anliegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperatur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nachfassen am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} – fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erledigt {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jetzt beim Empfänger nachfragen, ob alles gut gelaufen ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beruf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kompetenzen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erhalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte 12 Monate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letzte Empfehlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{given} gegeben, {received} erhalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch keine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ich wurde empfohlen (eingehend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ich empfehle weiter (ausgehend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ich stelle zwei Menschen vor (Vorstellung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Empfehlung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was möchten Sie festhalten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedarf geklärt – Einwilligung festhalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner finden und anfragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermitteln – wer meldet sich bei wem?</source>
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
    <name>Rules</name>
    <message>
        <source>„Warum Sie“ senden für Erstgespräche der nächsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfehlungsgebern danken innerhalb von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback erbitten, wenn ein Auftrag beendet ist seit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Feedback erinnern ohne Antwort nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erneut um Empfehlung bitten frühestens nach</source>
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
    <name>SectionsModel</name>
    <message>
        <source>(ohne Überschrift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erscheint im Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ausgeblendet: erscheint nicht im Handout</source>
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
    <name>TodayDialogs</name>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Fragen Sie nach, ob Ihre Empfehlung gepasst hat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer Sie empfohlen hat, freut sich über ein Dankeschön.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erstgespräche in den nächsten Tagen: vorher die Erwartungen klären.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgeschlossene Aufträge: Was ist jetzt zum ersten Mal möglich?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunden in Sympathie, Begeisterung oder Loyalität – der richtige Moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback oder Empfehlungen sprechen für eine andere Stufe.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>{kind}  ({count})</source>
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
<context>
    <name>lifecycle</name>
    <message>
        <source>Empfehlung Desktop ist mit dieser Datenbank bereits geöffnet:
{0}

Bitte das schon geöffnete Fenster verwenden. Zwei Fenster auf derselben Datenbank könnten sich gegenseitig Änderungen überschreiben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
