<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Kontakt festhalten</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <source>Mit:</source>
        <translation>With:</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Am:</source>
        <translation>On:</translation>
    </message>
    <message>
        <source>Worum ging es? (optional)</source>
        <translation>What was it about? (optional)</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Festhalten</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Kontakt festgehalten.</source>
        <translation>Contact logged.</translation>
    </message>
</context>
<context>
    <name>AddressesEditor</name>
    <message>
        <source>Bezeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Adressen</source>
        <translation>Addresses</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unerwarteter Fehler ({kind}); Details stehen im Fehlerprotokoll.</source>
        <translation>Unexpected error ({kind}); details are in the error log.</translation>
    </message>
</context>
<context>
    <name>CareFields</name>
    <message>
        <source>wie die Rolle</source>
        <translation>as the role</translation>
    </message>
    <message>
        <source>Kontakt halten alle … Tage</source>
        <translation>Keep in touch every … days</translation>
    </message>
    <message>
        <source>Leer: der Rhythmus der Rolle (Einstellungen). 0: nie daran erinnern.</source>
        <translation>Empty: the role&apos;s rhythm (settings). 0: never remind.</translation>
    </message>
    <message>
        <source>Tage (leer = wie die Rolle, 0 = nie erinnern)</source>
        <translation>days (empty = as the role, 0 = never remind)</translation>
    </message>
    <message>
        <source>Nicht um Empfehlung bitten</source>
        <translation>Do not ask for referrals</translation>
    </message>
    <message>
        <source>„Heute“ schlägt nie vor, diese Person um eine Empfehlung zu bitten.</source>
        <translation>“Today” never suggests asking this person for a referral.</translation>
    </message>
    <message>
        <source>Bitte eine ganze Zahl von Tagen eingeben.</source>
        <translation>Please enter a whole number of days.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Als PNG speichern …</source>
        <translation>Save as PNG …</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Behalten</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Haben Sie mit der Person geklärt, was sie braucht und erwartet – und ob Sie ihre Kontaktdaten an einen Partner weitergeben dürfen?</source>
        <translation>Have you clarified with this person what they need and expect – and whether you may pass their contact details on to a partner?</translation>
    </message>
    <message>
        <source>Ja, Kontaktdaten dürfen weitergegeben werden</source>
        <translation>Yes, contact details may be passed on</translation>
    </message>
    <message>
        <source>Nein – anonym bleiben (sie erhält die Daten des Partners)</source>
        <translation>No – stay anonymous (they receive the partner&apos;s details)</translation>
    </message>
    <message>
        <source>Datum der Einwilligung</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>mündlich</source>
        <translation>verbally</translation>
    </message>
    <message>
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>per E-Mail</source>
        <translation>by email</translation>
    </message>
    <message>
        <source>schriftlich</source>
        <translation>in writing</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Die Person möchte trotzdem anonym bleiben (sie erhält die Daten des Partners)</source>
        <translation>The person would still like to stay anonymous (they receive the partner&apos;s details)</translation>
    </message>
    <message>
        <source>Bitte angeben, ob die Kontaktdaten weitergegeben werden dürfen.</source>
        <translation>Please state whether the contact details may be passed on.</translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>Rückgängig nicht möglich</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>Kontakt „{name}“ anlegen</source>
        <translation>Create contact “{name}”</translation>
    </message>
    <message>
        <source>Kontakt „{name}“ ändern</source>
        <translation>Edit contact “{name}”</translation>
    </message>
    <message>
        <source>Kontakt „{name}“ löschen</source>
        <translation>Delete contact “{name}”</translation>
    </message>
    <message>
        <source>{count} Kontakte löschen</source>
        <translation>Delete {count} contacts</translation>
    </message>
    <message>
        <source>„{other}“ mit „{keep}“ zusammenführen</source>
        <translation>Merge “{other}” into “{keep}”</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Kein Kontakt ausgewählt.</source>
        <translation>No contact selected.</translation>
    </message>
    <message>
        <source>Dieser Kontakt ist nicht mehr vorhanden.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <source>Briefanrede</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Geburtstag</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Beruf</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kompetenzen</source>
        <translation>Competences</translation>
    </message>
    <message>
        <source>Schlagwörter</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Empfohlen von</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Weitergabe</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>erlaubt seit {date}</source>
        <translation>allowed since {date}</translation>
    </message>
    <message>
        <source>nicht erlaubt</source>
        <translation>not allowed</translation>
    </message>
    <message>
        <source>Geändert</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Kontakt halten</source>
        <translation>Keep in touch</translation>
    </message>
    <message>
        <source>nie daran erinnern</source>
        <translation>never remind</translation>
    </message>
    <message>
        <source>jeden Tag</source>
        <translation>every day</translation>
    </message>
    <message>
        <source>alle {n} Tage</source>
        <translation>every {n} days</translation>
    </message>
    <message>
        <source>Um Empfehlung bitten</source>
        <translation>Ask for referrals</translation>
    </message>
    <message>
        <source>nein, nie vorschlagen</source>
        <translation>no, never suggest it</translation>
    </message>
    <message>
        <source>noch keiner</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>{n} Empfehlung gegeben</source>
        <translation>{n} referral given</translation>
    </message>
    <message>
        <source>{n} Empfehlungen gegeben</source>
        <translation>{n} referrals given</translation>
    </message>
    <message>
        <source>{received} erhalten</source>
        <translation>{received} received</translation>
    </message>
    <message>
        <source>{n} Anfrage</source>
        <translation>{n} request</translation>
    </message>
    <message>
        <source>{n} Anfragen</source>
        <translation>{n} requests</translation>
    </message>
    <message>
        <source>letzter Kontakt: {last}</source>
        <translation>last contact: {last}</translation>
    </message>
    <message>
        <source>… und ein älterer Eintrag</source>
        <translation>… and one older entry</translation>
    </message>
    <message>
        <source>… und {n} ältere Einträge</source>
        <translation>… and {n} older entries</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Noch nichts erfasst.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>z. B. 0761 123456 oder +41 44 123 45 67</source>
        <translation>e.g. 0761 123456 or +41 44 123 45 67</translation>
    </message>
    <message>
        <source>durch Kommas getrennt</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>Notiz zur Stufenänderung (optional)</source>
        <translation>Note on the stage change (optional)</translation>
    </message>
    <message>
        <source>Einverstanden, dass Kontaktdaten weitergegeben werden</source>
        <translation>Agrees that contact details may be passed on</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;E-Mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Beruf</source>
        <translation>P&amp;rofession</translation>
    </message>
    <message>
        <source>z. B. MBA</source>
        <translation>e.g. MBA</translation>
    </message>
    <message>
        <source>wird aus Titel, Vor- und Nachname gebildet</source>
        <translation>made from title, first and last name</translation>
    </message>
    <message>
        <source>Sie</source>
        <translation>formal (Sie)</translation>
    </message>
    <message>
        <source>du</source>
        <translation>informal (du)</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ oder TT.MM.</source>
        <translation>DD.MM.YYYY or DD.MM.</translation>
    </message>
    <message>
        <source>durch Kommas getrennt, z. B. Supervision, BNI</source>
        <translation>separated by commas, e.g. supervision, BNI</translation>
    </message>
    <message>
        <source>Notiz zur Stufenänderung</source>
        <translation>Note on the stage change</translation>
    </message>
    <message>
        <source>&amp;Anrede</source>
        <translation>&amp;Salutation</translation>
    </message>
    <message>
        <source>T&amp;itel</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>&amp;Vorname</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>Nach&amp;name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>Namens&amp;zusatz</source>
        <translation>Name suffi&amp;x</translation>
    </message>
    <message>
        <source>Anzeige&amp;name</source>
        <translation>Display &amp;name</translation>
    </message>
    <message>
        <source>Ans&amp;prache</source>
        <translation>Form of &amp;address</translation>
    </message>
    <message>
        <source>&amp;Geburtstag</source>
        <translation>&amp;Birthday</translation>
    </message>
    <message>
        <source>&amp;Kompetenzen</source>
        <translation>&amp;Competences</translation>
    </message>
    <message>
        <source>Schlag&amp;wörter</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>&amp;Weitere</source>
        <translation>&amp;More</translation>
    </message>
    <message>
        <source>A&amp;dressen</source>
        <translation>A&amp;ddresses</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Herkunft</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Empfohlen &amp;von</source>
        <translation>Referred &amp;by</translation>
    </message>
    <message>
        <source>&amp;Stufe</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <source>Weitergabe</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Einverstanden am</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Kontakt halten alle</source>
        <translation>Keep in touch every</translation>
    </message>
    <message>
        <source>Empfehlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>N&amp;otizen</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Erreichbarkeit</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kontakt „{name}“</source>
        <translation>Contact “{name}”</translation>
    </message>
    <message>
        <source>Bitte als TT.MM.JJJJ oder TT.MM. eingeben.</source>
        <translation>Please enter as DD.MM.YYYY or DD.MM.</translation>
    </message>
    <message>
        <source>Briefe beginnen mit: {line}</source>
        <translation>Letters begin with: {line}</translation>
    </message>
    <message>
        <source>Änderungen verwerfen?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Der Kontakt hat ungespeicherte Änderungen.</source>
        <translation>The contact has unsaved changes.</translation>
    </message>
    <message>
        <source>„{name}“ (Nr. {id}): {reason}</source>
        <translation>“{name}” (no. {id}): {reason}</translation>
    </message>
    <message>
        <source>Möglicherweise gibt es diesen Kontakt schon:</source>
        <translation>This contact may already exist:</translation>
    </message>
    <message>
        <source>„Trotzdem speichern“ legt ihn dennoch an; zusammenführen können Sie später in der Kontaktliste (Kontextmenü „Zusammenführen …“).</source>
        <translation>“Save anyway” creates it nonetheless; you can merge later in the contact list (context menu “Merge …”).</translation>
    </message>
    <message>
        <source>Trotzdem speichern</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Name eingeben und auswählen …</source>
        <translation>Type a name and choose …</translation>
    </message>
    <message>
        <source>Auswahl entfernen</source>
        <translation>Clear selection</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Geändert</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Suchen: Name, Organisation, E-Mail, Telefon …</source>
        <translation>Search: name, organisation, email, phone …</translation>
    </message>
    <message>
        <source>Alle Rollen</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Jede Herkunft</source>
        <translation>Any source</translation>
    </message>
    <message>
        <source>Neuer Kontakt …</source>
        <translation>New contact …</translation>
    </message>
    <message>
        <source>Kontakt festhalten …</source>
        <translation>Log contact …</translation>
    </message>
    <message>
        <source>Anruf, E-Mail, Treffen, Karte oder Notiz mit dieser Person festhalten</source>
        <translation>Log a call, e-mail, meeting, card or note with this person</translation>
    </message>
    <message>
        <source>Erinnerung …</source>
        <translation>Reminder …</translation>
    </message>
    <message>
        <source>Eine eigene Erinnerung zu dieser Person</source>
        <translation>A reminder of your own about this person</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Zusammenführen …</source>
        <translation>Merge …</translation>
    </message>
    <message>
        <source>1 Kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{count} Kontakte</source>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <source>Bei einem Kontakt war nicht sicher, was Vor- und was Nachname ist. &lt;a href=&apos;check&apos;&gt;Prüfen …&lt;/a&gt;</source>
        <translation>For one contact it was not certain which is the first and which the last name. &lt;a href=&apos;check&apos;&gt;Check …&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Bei {n} Kontakten war nicht sicher, was Vor- und was Nachname ist. &lt;a href=&apos;check&apos;&gt;Prüfen …&lt;/a&gt;</source>
        <translation>For {n} contacts it was not certain which is the first and which the last name. &lt;a href=&apos;check&apos;&gt;Check …&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Die Kontakte konnten nicht gelesen werden. Bitte erneut versuchen.</source>
        <translation>The contacts could not be read. Please try again.</translation>
    </message>
    <message>
        <source>Keine Kontakte gefunden. Bitte Suche oder Filter ändern.</source>
        <translation>No contacts found. Please change the search or filters.</translation>
    </message>
    <message>
        <source>Noch keine Kontakte. Mit Strg+N legen Sie den ersten an.</source>
        <translation>No contacts yet. Press Ctrl+N to create the first one.</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nicht gelöscht</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Für diesen Kontakt gibt es keine mögliche Dublette (gleiche E-Mail oder gleicher Name mit gleicher Telefonnummer). Um zwei beliebige Kontakte zusammenzuführen, wählen Sie beide mit Strg+Klick aus.</source>
        <translation>This contact has no possible duplicate (same e-mail, or same name with the same phone number). To merge any two contacts, select both with Ctrl+click.</translation>
    </message>
    <message>
        <source>Bitte genau zwei Kontakte auswählen (Strg+Klick).</source>
        <translation>Please select exactly two contacts (Ctrl+click).</translation>
    </message>
    <message>
        <source>Nicht zusammengeführt</source>
        <translation>Not merged</translation>
    </message>
    <message>
        <source>Kontakt „{name}“ löschen?</source>
        <translation>Delete contact “{name}”?</translation>
    </message>
    <message>
        <source>{count} Kontakte löschen ({names} …)?</source>
        <translation>Delete {count} contacts ({names} …)?</translation>
    </message>
    <message>
        <source>Davon betroffen: {impact}.</source>
        <translation>This affects: {impact}.</translation>
    </message>
    <message>
        <source>Mit Strg+Z lässt sich das Löschen rückgängig machen.</source>
        <translation>You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Kontakte löschen</source>
        <translation>Delete contacts</translation>
    </message>
</context>
<context>
    <name>DataErrors</name>
    <message>
        <source>Datei „{name}“: {problem}</source>
        <translation>File “{name}”: {problem}</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler ({kind}); nichts wurde geändert.</source>
        <translation>Unexpected error ({kind}); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <source>Kontakte (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Contacts (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <source>&amp;Kalender exportieren …</source>
        <translation>Export &amp;calendar …</translation>
    </message>
    <message>
        <source>Datensicherung &amp;erstellen …</source>
        <translation>Create &amp;backup …</translation>
    </message>
    <message>
        <source>Datensicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore backup …</translation>
    </message>
    <message>
        <source>Datenbank &amp;prüfen</source>
        <translation>Chec&amp;k database</translation>
    </message>
    <message>
        <source>DSGVO-&amp;Auskunft exportieren …</source>
        <translation>Export GDPR &amp;access report …</translation>
    </message>
    <message>
        <source>Kontakt endgültig &amp;löschen (DSGVO) …</source>
        <translation>Permanently &amp;delete contact (GDPR) …</translation>
    </message>
    <message>
        <source>Empfehlung Desktop</source>
        <translation>Empfehlung Desktop</translation>
    </message>
    <message>
        <source>Kontakte importieren</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Vollständigen Export einspielen</source>
        <translation>Load a full export</translation>
    </message>
    <message>
        <source>„{0}“ ist ein vollständiger Export. {1}

Jetzt einspielen?</source>
        <translation>“{0}” is a full export. {1}

Load it now?</translation>
    </message>
    <message>
        <source>Import abgeschlossen</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>{n} Kontakt exportiert nach {path}</source>
        <translation>{n} contact exported to {path}</translation>
    </message>
    <message>
        <source>{n} Kontakte exportiert nach {path}</source>
        <translation>{n} contacts exported to {path}</translation>
    </message>
    <message>
        <source>Kalender exportieren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>&amp;Verschlüsselung …</source>
        <translation>&amp;Encryption …</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Datei wird gelesen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <source>Import abgebrochen; nichts wurde geändert.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Der Export wird eingespielt …</source>
        <translation>Loading the export …</translation>
    </message>
    <message>
        <source>kontakte</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Kontakte werden exportiert …</source>
        <translation>Exporting contacts …</translation>
    </message>
    <message>
        <source>Export abgebrochen; keine Datei geschrieben.</source>
        <translation>Export cancelled; no file written.</translation>
    </message>
    <message>
        <source>empfehlung-termine.ics</source>
        <translation>empfehlung-appointments.ics</translation>
    </message>
    <message>
        <source>{n} Termin exportiert nach {path}</source>
        <translation>{n} appointment exported to {path}</translation>
    </message>
    <message>
        <source>{n} Termine exportiert nach {path}</source>
        <translation>{n} appointments exported to {path}</translation>
    </message>
    <message>
        <source>Datensicherung erstellen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <source>Die Datenbank wird gesichert …</source>
        <translation>Backing up the database …</translation>
    </message>
    <message>
        <source>Datensicherung abgebrochen.</source>
        <translation>Backup cancelled.</translation>
    </message>
    <message>
        <source>Datensicherung erstellt: {0}</source>
        <translation>Backup created: {0}</translation>
    </message>
    <message>
        <source>Datensicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Die aktuelle Datenbank wird durch „{0}“ ersetzt.

Der jetzige Stand wird vorher als eigene Sicherung aufbewahrt. Fortfahren?</source>
        <translation>The current database will be replaced by “{0}”.

The current state is kept as a separate backup first. Continue?</translation>
    </message>
    <message>
        <source>Die Sicherung wird geprüft und eingespielt …</source>
        <translation>Checking and restoring the backup …</translation>
    </message>
    <message>
        <source>Wiederherstellung abgebrochen; die Datenbank ist unverändert.</source>
        <translation>Restore cancelled; the database is unchanged.</translation>
    </message>
    <message>
        <source>Datensicherung wiederhergestellt.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>Datensicherung wiederhergestellt</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Wiederhergestellt aus „{0}“.
Der vorherige Stand liegt in „{1}“.</source>
        <translation>Restored from “{0}”.
The previous state is in “{1}”.</translation>
    </message>
    <message>
        <source>Verschlüsselung umgestellt.</source>
        <translation>Encryption switched.</translation>
    </message>
    <message>
        <source>Datenbank prüfen</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>Die Datenbank ist in Ordnung.</source>
        <translation>The database is in good order.</translation>
    </message>
    <message>
        <source>DSGVO-Auskunft exportieren</source>
        <translation>Export GDPR access report</translation>
    </message>
    <message>
        <source>Für welche Person sollen alle gespeicherten Daten exportiert werden?</source>
        <translation>For which person should all stored data be exported?</translation>
    </message>
    <message>
        <source>DSGVO-Auskunft speichern</source>
        <translation>Save GDPR access report</translation>
    </message>
    <message>
        <source>auskunft-{id}.json</source>
        <translation>access-report-{id}.json</translation>
    </message>
    <message>
        <source>Auskunft gespeichert: {0}</source>
        <translation>Access report saved: {0}</translation>
    </message>
    <message>
        <source>Kontakt endgültig löschen (DSGVO)</source>
        <translation>Permanently delete contact (GDPR)</translation>
    </message>
    <message>
        <source>Welche Person soll endgültig gelöscht werden?</source>
        <translation>Which person should be permanently deleted?</translation>
    </message>
    <message>
        <source>„{0}“ wird endgültig gelöscht: alle persönlichen Daten, Notizen, Einwilligungen und Feedback-Texte. Empfehlungen bleiben als „gelöschter Kontakt“ erhalten; Erwähnungen des Namens in anderen Texten werden ersetzt.

Das lässt sich nicht rückgängig machen. Auch in den Datensicherungen im Sicherungsordner wird die Person gelöscht; Exporte und Sicherungen an anderen Orten erreicht das Programm nicht.</source>
        <translation>“{0}” will be erased for good: all personal data, notes, consents and feedback texts. Referrals remain as “erased contact”; mentions of the name in other texts are replaced.

This cannot be undone. The person is also erased inside the backups in the backup folder; exports and backups in other places are out of the app&apos;s reach.</translation>
    </message>
    <message>
        <source>Endgültig löschen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>„{0}“ wird in der Datenbank und in den Sicherungen gelöscht …</source>
        <translation>Erasing “{0}” from the database and the backups …</translation>
    </message>
    <message>
        <source>„{0}“ wurde endgültig gelöscht.</source>
        <translation>“{0}” has been permanently deleted.</translation>
    </message>
    <message>
        <source>Kontakt gelöscht</source>
        <translation>Contact deleted</translation>
    </message>
    <message>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>{0}

Es wird nichts automatisch überschrieben.</source>
        <translation>{0}

Nothing will be overwritten automatically.</translation>
    </message>
    <message>
        <source>
Es gibt keine fehlerfreie Datensicherung in {0}.</source>
        <translation>
There is no intact backup in {0}.</translation>
    </message>
    <message>
        <source>

Letzte fehlerfreie Sicherung: {0} vom {1}.
Jetzt wiederherstellen?</source>
        <translation>

Latest intact backup: {0} from {1}.
Restore it now?</translation>
    </message>
</context>
<context>
    <name>DatesDialog</name>
    <message>
        <source>Beginn und Ende korrigieren</source>
        <translation>Correct start and end</translation>
    </message>
    <message>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Ende:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Anfragen &amp; Aufträge</source>
        <translation>Inquiries &amp; engagements</translation>
    </message>
</context>
<context>
    <name>DeclineReferDialog</name>
    <message>
        <source>Ablehnen &amp; weiterempfehlen</source>
        <translation>Decline &amp; refer on</translation>
    </message>
    <message>
        <source>Die Anfrage von {name} wird als „weiterempfohlen“ abgeschlossen, und eine ausgehende Empfehlung wird angelegt. Den passenden Partner wählen Sie anschließend in „Empfehlungen“ – Schritt für Schritt, mit Einwilligung.</source>
        <translation>The request from {name} is closed as “referred on”, and an outgoing referral is created. You then choose the right partner under “Referrals” – step by step, with consent.</translation>
    </message>
    <message>
        <source>Optional: kurz, warum (nur für Sie)</source>
        <translation>Optional: briefly why (only for you)</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Ablehnen &amp;&amp; weiterempfehlen</source>
        <translation>Decline &amp;&amp; refer on</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Angabe</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Weitere Kontaktwege</source>
        <translation>More ways to reach</translation>
    </message>
    <message>
        <source>Art des Kontaktwegs</source>
        <translation>Kind of contact detail</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>(Ergebnis nicht ändern)</source>
        <translation>(keep the outcome)</translation>
    </message>
    <message>
        <source>Ergebnis:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Was kam heraus?</source>
        <translation>What came of it?</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Verschlüsselte Datenbank</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>Die Datenbank „{0}“ ist verschlüsselt. Bitte die Passphrase eingeben.</source>
        <translation>The database “{0}” is encrypted. Please enter the passphrase.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase im Schlüsselbund des Systems merken</source>
        <translation>Remember the passphrase in the system keyring</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bitte die Passphrase eingeben.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <source>Diese Passphrase passt nicht. Bitte die Schreibweise prüfen (Groß- und Kleinschreibung zählt). Es wurde nichts verändert.</source>
        <translation>This passphrase does not fit. Please check the spelling (upper and lower case matter). Nothing was changed.</translation>
    </message>
    <message>
        <source>Datenbank verschlüsseln</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <source>Die Datenbank „{0}“ und ihre Datensicherungen werden mit einer Passphrase verschlüsselt. Ohne diese Passphrase lassen sie sich nicht mehr öffnen – bitte sicher aufbewahren. Beim Start fragt das Programm danach.</source>
        <translation>The database “{0}” and its backups will be encrypted with a passphrase. Without this passphrase they cannot be opened any more – please keep it safe. The program asks for it at start.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Wiederholen:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Verschlüsseln</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>Die Datenbank „{0}“ ist verschlüsselt.</source>
        <translation>The database “{0}” is encrypted.</translation>
    </message>
    <message>
        <source>Verschlüsseln lässt sich nur eine Datenbankdatei (SQLite). Einen Datenbankserver schützt dessen eigene Verschlüsselung.</source>
        <translation>Only a database file (SQLite) can be encrypted. A database server is protected by its own encryption.</translation>
    </message>
    <message>
        <source>Datenbank verschlüsselt</source>
        <translation>Database encrypted</translation>
    </message>
    <message>
        <source>Die Verschlüsselung der Datenbank „{0}“ und ihrer Datensicherungen wird aufgehoben; danach kann jeder, der die Dateien lesen kann, die Kontakte lesen. Zur Bestätigung bitte die Passphrase eingeben.</source>
        <translation>The encryption of the database “{0}” and its backups will be removed; afterwards anyone who can read the files can read the contacts. Please enter the passphrase to confirm.</translation>
    </message>
    <message>
        <source>Verschlüsselung aufgehoben</source>
        <translation>Encryption removed</translation>
    </message>
</context>
<context>
    <name>EngagementTableModel</name>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Erstgespräch</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Erwartung passt</source>
        <translation>Expectations fit</translation>
    </message>
    <message>
        <source>„Warum Sie“ gesendet</source>
        <translation>“Why you” sent</translation>
    </message>
    <message>
        <source>Gesendet am {when}</source>
        <translation>Sent on {when}</translation>
    </message>
</context>
<context>
    <name>EngagementsView</name>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Erstgespräche in 14 Tagen</source>
        <translation>First meetings within 14 days</translation>
    </message>
    <message>
        <source>&amp;Neue Anfrage …</source>
        <translation>&amp;New request …</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Status ändern</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Beginn/Ende …</source>
        <translation>Start/end …</translation>
    </message>
    <message>
        <source>Beginn und Ende des Auftrags korrigieren</source>
        <translation>Correct when the engagement started and ended</translation>
    </message>
    <message>
        <source>Ablehnen &amp;&amp; weiterempfehlen …</source>
        <translation>Decline &amp;&amp; refer on …</translation>
    </message>
    <message>
        <source>„Warum Sie“ erstellen</source>
        <translation>Create “Why you”</translation>
    </message>
    <message>
        <source>PDF für das Erstgespräch erstellen (Strg+P)</source>
        <translation>Create the PDF for the first meeting (Ctrl+P)</translation>
    </message>
    <message>
        <source>Anzeigen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Suchen: Name, Titel …</source>
        <translation>Search: name, title …</translation>
    </message>
    <message>
        <source>Anfragen durchsuchen</source>
        <translation>Search requests</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>„{title}“ von {name} löschen? Der Kontakt bleibt erhalten.</source>
        <translation>Delete “{title}” of {name}? The contact is kept.</translation>
    </message>
    <message>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Anfrage „{title}“ löschen</source>
        <translation>Delete inquiry “{title}”</translation>
    </message>
    <message>
        <source>Das zugehörige Feedback wird mit gelöscht.</source>
        <translation>Its feedback is deleted with it.</translation>
    </message>
    <message>
        <source>Anfrage löschen</source>
        <translation>Delete request</translation>
    </message>
    <message>
        <source>Anfrage gelöscht.</source>
        <translation>Request deleted.</translation>
    </message>
    <message>
        <source>am {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>„Warum Sie“ noch nicht versandfertig</source>
        <translation>“Why you” not ready to send</translation>
    </message>
    <message>
        <source>Dieses Handout würde so an die Interessentin bzw. den Interessenten gehen:

{problems}

Bitte ergänzen Sie zuerst Ihr Profil.</source>
        <translation>This handout would reach the prospect like this:

{problems}

Please complete your profile first.</translation>
    </message>
    <message>
        <source>Profil öffnen</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <source>„Warum Sie“ als gesendet vermerkt.</source>
        <translation>“Why you” marked as sent.</translation>
    </message>
    <message>
        <source>Anfragen &amp; Aufträge</source>
        <translation>Requests &amp; engagements</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Möglich: {first} bis {last}</source>
        <translation>Possible: {first} to {last}</translation>
    </message>
</context>
<context>
    <name>FeedbackDetail</name>
    <message>
        <source>keine Antwort</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>{score} von {maximum}</source>
        <translation>{score} out of {maximum}</translation>
    </message>
    <message>
        <source>{title} · eingegangen am {date} · {channel}</source>
        <translation>{title} · received on {date} · {channel}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weiterempfehlung:&lt;/b&gt; {score} &amp;nbsp; &lt;b&gt;Erwartungen erfüllt:&lt;/b&gt; {met}&lt;br&gt;&lt;b&gt;Zitieren:&lt;/b&gt; {permission}</source>
        <translation>&lt;b&gt;Would recommend:&lt;/b&gt; {score} &amp;nbsp; &lt;b&gt;Expectations met:&lt;/b&gt; {met}&lt;br&gt;&lt;b&gt;Quoting:&lt;/b&gt; {permission}</translation>
    </message>
    <message>
        <source>Freigegebene Referenz</source>
        <translation>Approved testimonial</translation>
    </message>
</context>
<context>
    <name>FeedbackDialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FeedbackEntryDialog</name>
    <message>
        <source>Feedback erfassen</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Feedback korrigieren</source>
        <translation>Correct feedback</translation>
    </message>
    <message>
        <source>{name} – {title}</source>
        <translation>{name} – {title}</translation>
    </message>
    <message>
        <source>{text} · beendet {date}</source>
        <translation>{text} · ended {date}</translation>
    </message>
    <message>
        <source>Auftrag (abgeschlossen, noch ohne Feedback)</source>
        <translation>Engagement (completed, no feedback yet)</translation>
    </message>
    <message>
        <source>Alle abgeschlossenen Aufträge haben bereits ein Feedback.</source>
        <translation>All completed engagements already have feedback.</translation>
    </message>
    <message>
        <source>Eingegangen am</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>(freiwillig)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Feedback verwerfen?</source>
        <translation>Discard feedback?</translation>
    </message>
    <message>
        <source>Die eingegebenen Antworten gehen verloren. Trotzdem schließen?</source>
        <translation>The answers entered will be lost. Close anyway?</translation>
    </message>
    <message>
        <source>Bitte einen abgeschlossenen Auftrag wählen.</source>
        <translation>Please choose a completed engagement.</translation>
    </message>
</context>
<context>
    <name>FeedbackTableModel</name>
    <message>
        <source>Wie wahrscheinlich eine Weiterempfehlung ist (0–10)</source>
        <translation>How likely they are to recommend you (0–10)</translation>
    </message>
    <message>
        <source>Wie weit die Erwartungen erfüllt wurden (1–5)</source>
        <translation>How far expectations were met (1–5)</translation>
    </message>
    <message>
        <source>Eingang</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Empfehlung</source>
        <translation>Recommend</translation>
    </message>
    <message>
        <source>Erwartungen</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Zitieren</source>
        <translation>Quoting</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Referenz</source>
        <translation>Testimonial</translation>
    </message>
    <message>
        <source>freigegeben</source>
        <translation>approved</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Gesamter Zeitraum</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Letzte 30 Tage</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Letzte 90 Tage</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Letzte 12 Monate</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Dieses Jahr</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Alle Bewertungen</source>
        <translation>All ratings</translation>
    </message>
    <message>
        <source>Promotoren (9–10)</source>
        <translation>Promoters (9–10)</translation>
    </message>
    <message>
        <source>Passive (7–8)</source>
        <translation>Passives (7–8)</translation>
    </message>
    <message>
        <source>Kritiker (0–6)</source>
        <translation>Detractors (0–6)</translation>
    </message>
    <message>
        <source>Tipp: Zurückgesandte PDF-Formulare einfach hierher ziehen, um sie einzulesen.</source>
        <translation>Tip: drag returned PDF forms here to read them in.</translation>
    </message>
    <message>
        <source>Zitieren: alle</source>
        <translation>Quoting: all</translation>
    </message>
    <message>
        <source>Zitieren: {label}</source>
        <translation>Quoting: {label}</translation>
    </message>
    <message>
        <source>nur freigegebene Referenzen</source>
        <translation>approved testimonials only</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Feedback erfassen …</source>
        <translation>Record feedback …</translation>
    </message>
    <message>
        <source>Fragebogen (PDF) …</source>
        <translation>Questionnaire (PDF) …</translation>
    </message>
    <message>
        <source>Formulare einlesen …</source>
        <translation>Read in forms …</translation>
    </message>
    <message>
        <source>Zusammenfassung (PDF) …</source>
        <translation>Summary (PDF) …</translation>
    </message>
    <message>
        <source>Alle Antworten</source>
        <translation>All answers</translation>
    </message>
    <message>
        <source>Als Referenz freigeben …</source>
        <translation>Approve as testimonial …</translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Referenztext bearbeiten …</source>
        <translation>Edit testimonial …</translation>
    </message>
    <message>
        <source>Die Kundin bzw. der Kunde hat das Zitieren nicht erlaubt.</source>
        <translation>The client has not allowed quoting.</translation>
    </message>
    <message>
        <source>Dieses Feedback mit allen Antworten löschen? Eine daraus freigegebene Referenz verschwindet ebenfalls.</source>
        <translation>Delete this feedback with all its answers? A testimonial approved from it disappears as well.</translation>
    </message>
    <message>
        <source>Feedback löschen</source>
        <translation>Delete feedback</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>{n} Feedback · NPS {score} · {p} Promotoren, {d} Kritiker</source>
        <translation>{n} response · NPS {score} · {p} promoters, {d} detractors</translation>
    </message>
    <message>
        <source>{n} Feedbacks · NPS {score} · {p} Promotoren, {d} Kritiker</source>
        <translation>{n} responses · NPS {score} · {p} promoters, {d} detractors</translation>
    </message>
    <message>
        <source>Ein Feedback auswählen, um alle Antworten zu sehen.</source>
        <translation>Select a feedback to see all answers.</translation>
    </message>
    <message>
        <source>Feedback korrigiert.</source>
        <translation>Feedback corrected.</translation>
    </message>
    <message>
        <source>Feedback gelöscht (Strg+Z holt es zurück).</source>
        <translation>Feedback deleted (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <source>Feedback von {name} gespeichert.</source>
        <translation>Feedback from {name} saved.</translation>
    </message>
    <message>
        <source>Rückmeldung</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Vorschlag für {name}: Stufe der Empfehlungsspirale von „{current}“ auf „{stage}“ setzen?</source>
        <translation>Suggestion for {name}: change the referral spiral stage from “{current}” to “{stage}”?</translation>
    </message>
    <message>
        <source>Empfehlungsspirale</source>
        <translation>Referral spiral</translation>
    </message>
    <message>
        <source>{name}: Stufe „{stage}“ gesetzt.</source>
        <translation>{name}: stage set to “{stage}”.</translation>
    </message>
    <message>
        <source>Referenz gespeichert.</source>
        <translation>Testimonial saved.</translation>
    </message>
    <message>
        <source>Fragebogen speichern</source>
        <translation>Save questionnaire</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Fragebogen gespeichert: {path}</source>
        <translation>Questionnaire saved: {path}</translation>
    </message>
    <message>
        <source>Ordner für die Fragebögen wählen</source>
        <translation>Choose a folder for the questionnaires</translation>
    </message>
    <message>
        <source>{count} Fragebögen gespeichert in {path}</source>
        <translation>{count} questionnaires saved in {path}</translation>
    </message>
    <message>
        <source>Fragebogen</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Ausgefüllte Formulare einlesen</source>
        <translation>Read in completed forms</translation>
    </message>
    <message>
        <source>Formulare einlesen</source>
        <translation>Read in forms</translation>
    </message>
    <message>
        <source>Es wurde nichts übernommen:

{lines}</source>
        <translation>Nothing was imported:

{lines}</translation>
    </message>
    <message>
        <source>{n} Formular eingelesen.</source>
        <translation>{n} form read in.</translation>
    </message>
    <message>
        <source>{n} Formulare eingelesen.</source>
        <translation>{n} forms read in.</translation>
    </message>
    <message>
        <source>Zusammenfassung speichern</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Zusammenfassung gespeichert: {path}</source>
        <translation>Summary saved: {path}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Ordner</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>{0}-Datei</source>
        <translation>{0} file</translation>
    </message>
</context>
<context>
    <name>FormsDialog</name>
    <message>
        <source>Feedback-Fragebogen (PDF)</source>
        <translation>Feedback questionnaire (PDF)</translation>
    </message>
    <message>
        <source>Für welche abgeschlossenen Aufträge soll ein ausfüllbarer Fragebogen entstehen? Bei einem wählen Sie den Dateinamen, bei mehreren einen Ordner.</source>
        <translation>For which completed engagements should a fillable questionnaire be created? For one you choose the file name, for several a folder.</translation>
    </message>
    <message>
        <source>{name} – {title}</source>
        <translation>{name} – {title}</translation>
    </message>
    <message>
        <source>{text} (beendet {date})</source>
        <translation>{text} (ended {date})</translation>
    </message>
    <message>
        <source>Alle abgeschlossenen Aufträge haben bereits ein Feedback.</source>
        <translation>All completed engagements already have feedback.</translation>
    </message>
    <message>
        <source>Erstellen …</source>
        <translation>Create …</translation>
    </message>
</context>
<context>
    <name>HandoutPreviewDialog</name>
    <message>
        <source>Vorschau: „Warum Sie“</source>
        <translation>Preview: “Why you”</translation>
    </message>
    <message>
        <source>Speichern &amp;unter …</source>
        <translation>Save &amp;as …</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Per &amp;E-Mail senden …</source>
        <translation>Send by &amp;email …</translation>
    </message>
    <message>
        <source>Für diesen Kontakt ist keine E-Mail-Adresse hinterlegt.</source>
        <translation>No email address is stored for this contact.</translation>
    </message>
    <message>
        <source>&amp;Ordner zeigen</source>
        <translation>Show &amp;folder</translation>
    </message>
    <message>
        <source>Den Ordner der gespeicherten Datei öffnen</source>
        <translation>Open the folder of the saved file</translation>
    </message>
    <message>
        <source>Als &amp;gesendet vermerken</source>
        <translation>Mark as &amp;sent</translation>
    </message>
    <message>
        <source>Wenn Sie das Handout auf anderem Weg übergeben haben</source>
        <translation>If you handed over the handout some other way</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>„Warum Sie“ speichern</source>
        <translation>Save “Why you”</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht gespeichert werden: {error}</source>
        <translation>The file could not be saved: {error}</translation>
    </message>
    <message>
        <source>Gespeichert unter: {path}</source>
        <translation>Saved as: {path}</translation>
    </message>
    <message>
        <source>Kein Programm zum Öffnen von PDF-Dateien gefunden. Die Datei liegt hier: {path}</source>
        <translation>No program found to open PDF files. The file is here: {path}</translation>
    </message>
    <message>
        <source>Vor unserem Erstgespräch: „Warum Sie“</source>
        <translation>Before our first meeting: “Why you”</translation>
    </message>
    <message>
        <source>Guten Tag {name},</source>
        <translation>Dear {name},</translation>
    </message>
    <message>
        <source>Guten Tag,</source>
        <translation>Hello,</translation>
    </message>
    <message>
        <source>{greeting}

ich freue mich auf unser Gespräch{meeting}. Damit du vorab weißt, wie ich arbeite und was dich erwartet, schicke ich dir im Anhang eine kurze Übersicht mit ein paar Fragen zur Vorbereitung.

Viele Grüße
{sender}</source>
        <translation>{greeting}

I am looking forward to our conversation{meeting}. So that you know beforehand how I work and what to expect, I am attaching a short overview with a few questions to prepare.

Best regards
{sender}</translation>
    </message>
    <message>
        <source>{greeting}

ich freue mich auf unser Gespräch{meeting}. Damit Sie vorab wissen, wie ich arbeite und was Sie erwartet, schicke ich Ihnen im Anhang eine kurze Übersicht mit ein paar Fragen zur Vorbereitung.

Viele Grüße
{sender}</source>
        <translation>{greeting}

I am looking forward to our meeting{meeting}. So that you know beforehand how I work and what to expect, I have attached a short overview with a few questions to help you prepare.

Kind regards
{sender}</translation>
    </message>
    <message>
        <source>Das E-Mail-Programm ist geöffnet. Bitte hängen Sie vor dem Senden diese Datei an: {path}</source>
        <translation>Your email program is open. Please attach this file before sending: {path}</translation>
    </message>
    <message>
        <source>Als gesendet markieren?</source>
        <translation>Mark as sent?</translation>
    </message>
    <message>
        <source>Haben Sie die E-Mail mit dem Handout abgeschickt? Dann vermerke ich das Handout als gesendet.

Die Datei liegt hier:
{path}</source>
        <translation>Have you sent the email with the handout? Then I will mark the handout as sent.

The file is here:
{path}</translation>
    </message>
    <message>
        <source>Es ließ sich kein E-Mail-Programm öffnen. Das Handout ist gespeichert unter:
{path}

Sie können es in Ihrem E-Mail-Programm oder Webmail von Hand anhängen und danach „Als gesendet vermerken“ wählen.</source>
        <translation>No email program could be opened. The handout is saved as:
{path}

You can attach it by hand in your email program or webmail and then choose “Mark as sent”.</translation>
    </message>
    <message>
        <source>Kein E-Mail-Programm</source>
        <translation>No email program</translation>
    </message>
    <message>
        <source>Im &amp;Dateimanager zeigen</source>
        <translation>Show in &amp;file manager</translation>
    </message>
    <message>
        <source>Der Dateimanager ließ sich nicht öffnen. Die Datei liegt hier: {path}</source>
        <translation>The file manager could not be opened. The file is here: {path}</translation>
    </message>
    <message>
        <source>Als gesendet vermerkt.</source>
        <translation>Marked as sent.</translation>
    </message>
    <message>
        <source>Die Datei liegt hier: {path}</source>
        <translation>The file is here: {path}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importieren: {0}</source>
        <translation>Import: {0}</translation>
    </message>
    <message>
        <source>Alle Dubletten überspringen</source>
        <translation>Skip all duplicates</translation>
    </message>
    <message>
        <source>Alle Dubletten zusammenführen</source>
        <translation>Merge all duplicates</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Spalten zuordnen (Vorschlag anhand der Überschriften)</source>
        <translation>Map columns (suggested from the headings)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spalte&lt;/b&gt;</source>
        <translation>&lt;b&gt;Column&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beispiel&lt;/b&gt;</source>
        <translation>&lt;b&gt;Example&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;übernehmen als&lt;/b&gt;</source>
        <translation>&lt;b&gt;import as&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(ohne Namen)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Vorschau wird erstellt …</source>
        <translation>Building the preview …</translation>
    </message>
    <message>
        <source>Es gibt nichts zu importieren.</source>
        <translation>There is nothing to import.</translation>
    </message>
    <message>
        <source>Kontakte werden importiert …</source>
        <translation>Importing contacts …</translation>
    </message>
    <message>
        <source>Import abgebrochen; nichts wurde geändert.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Import fehlgeschlagen</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Formulare einlesen – Vorschau</source>
        <translation>Read in forms – preview</translation>
    </message>
    <message>
        <source>Diese Rückmeldung wird übernommen. Erst mit „Übernehmen“ wird gespeichert.</source>
        <translation>This response will be imported. Nothing is saved until you click “Import”.</translation>
    </message>
    <message>
        <source>Diese {n} Rückmeldungen werden übernommen. Erst mit „Übernehmen“ wird gespeichert – alle zusammen oder keine.</source>
        <translation>These {n} responses will be imported. Nothing is saved until you click “Import” – all together or none.</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Empfehlung</source>
        <translation>Recommend</translation>
    </message>
    <message>
        <source>Erwartungen</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Zitieren</source>
        <translation>Quoting</translation>
    </message>
    <message>
        <source>Zum ersten Mal …</source>
        <translation>For the first time …</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <source>Anonyme Anfrage an den Partner</source>
        <translation>Anonymous enquiry to the partner</translation>
    </message>
    <message>
        <source>Name, E-Mail, Telefon und Organisation der Person sind entfernt. Ort, Beruf oder Einzelheiten des Anliegens können sie trotzdem erkennbar machen: Bitte lesen Sie den Text vor dem Senden und ändern Sie ihn hier, wo nötig.</source>
        <translation>The person&apos;s name, e-mail, phone and organisation have been removed. Place, profession or details of the request may still identify them: please read the text before sending and change it here where needed.</translation>
    </message>
    <message>
        <source>Text kopieren</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>per E-Mail senden</source>
        <translation>Send by email</translation>
    </message>
    <message>
        <source>Für den Partner ist keine E-Mail hinterlegt.</source>
        <translation>No email address is stored for this partner.</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Entfernt: {0}</source>
        <translation>Removed: {0}</translation>
    </message>
    <message>
        <source>Im Anliegen stand nichts, was entfernt werden musste.</source>
        <translation>Nothing in the request had to be removed.</translation>
    </message>
    <message>
        <source>Bitte prüfen – das kann die Person noch erkennbar machen:</source>
        <translation>Please check – this may still make the person recognisable:</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Doppelklick öffnet den Eintrag</source>
        <translation>Double-click to open the record</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Später …</source>
        <translation>Later …</translation>
    </message>
    <message>
        <source>Auf einen späteren Tag verschieben</source>
        <translation>Move to a later day</translation>
    </message>
    <message>
        <source>Weitere Aktionen</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>Stufe ändern …</source>
        <translation>Change stage …</translation>
    </message>
    <message>
        <source>Vorschlag verwerfen</source>
        <translation>Dismiss suggestion</translation>
    </message>
    <message>
        <source>Nicht für diese Person</source>
        <translation>Not for this person</translation>
    </message>
    <message>
        <source>Diese Person nie mehr zum Fragen vorschlagen</source>
        <translation>Never suggest asking this person again</translation>
    </message>
    <message>
        <source>Kontakt-Rhythmus für diese Person …</source>
        <translation>Keep-in-touch rhythm for this person …</translation>
    </message>
    <message>
        <source>Erinnerung dazu …</source>
        <translation>Reminder about this …</translation>
    </message>
    <message>
        <source>Nachgefasst …</source>
        <translation>Followed up …</translation>
    </message>
    <message>
        <source>Bedankt …</source>
        <translation>Thanked …</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Gratuliert</source>
        <translation>Congratulated</translation>
    </message>
    <message>
        <source>Gesendet</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Angefragt</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Gefragt …</source>
        <translation>Asked …</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Kontakt festhalten …</source>
        <translation>Log contact …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Empfehlung Desktop</source>
        <translation>Empfehlung Desktop</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
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
        <source>&amp;Alles durchsuchen …</source>
        <translation>Search &amp;everything …</translation>
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
        <source>Die &amp;Methode …</source>
        <translation>The &amp;method …</translation>
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
        <source>Wird geladen …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>In {where} gibt es ungespeicherte Änderungen. Jetzt speichern?</source>
        <translation>There are unsaved changes in {where}. Save them now?</translation>
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
        <translation>The person stays anonymous: they receive the partner&apos;s contact details and get in touch themselves.</translation>
    </message>
    <message>
        <source>Wer meldet sich</source>
        <translation>Who gets in touch</translation>
    </message>
    <message>
        <source>bis wann</source>
        <translation>by when</translation>
    </message>
    <message>
        <source>Nachfassen am</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Vermittelt am</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <source>Das „bis wann“ darf nicht vor dem Vermittlungstag liegen.</source>
        <translation>The “by when” cannot be before the day of the match.</translation>
    </message>
    <message>
        <source>Das Nachfassen kann nicht vor der Vermittlung liegen.</source>
        <translation>The follow-up cannot be before the match.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Das Erstgespräch wird in der Anfrage eingetragen (sie wird bei Bedarf angelegt).</source>
        <translation>The first meeting is entered in the request (created if needed).</translation>
    </message>
    <message>
        <source>Erstgespräch am</source>
        <translation>First meeting on</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>z. B. Praxis, Telefon oder Link zum Videocall</source>
        <translation>e.g. office, phone or video call link</translation>
    </message>
    <message>
        <source>Ort oder Link</source>
        <translation>Place or link</translation>
    </message>
    <message>
        <source>Vereinbart am</source>
        <translation>Arranged on</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Kontakt öffnen</source>
        <translation>Open contact</translation>
    </message>
    <message>
        <source>z. B. Positionierung für die neue Praxis</source>
        <translation>e.g. positioning for the new practice</translation>
    </message>
    <message>
        <source>Termin vereinbart</source>
        <translation>Appointment arranged</translation>
    </message>
    <message>
        <source>Erstgespräch: Datum und Uhrzeit</source>
        <translation>First meeting: date and time</translation>
    </message>
    <message>
        <source>– unbekannt –</source>
        <translation>– unknown –</translation>
    </message>
    <message>
        <source>Wer hat Sie empfohlen?</source>
        <translation>Who referred you?</translation>
    </message>
    <message>
        <source>– nicht gefragt –</source>
        <translation>– not asked –</translation>
    </message>
    <message>
        <source>Worum geht es, kurz und in Ihren Worten?</source>
        <translation>What is it about, briefly and in your own words?</translation>
    </message>
    <message>
        <source>Wie beschreibt die Person ihr Problem?</source>
        <translation>How does the person describe their problem?</translation>
    </message>
    <message>
        <source>Was ärgert, was frustriert?</source>
        <translation>What annoys them, what frustrates them?</translation>
    </message>
    <message>
        <source>Was wünscht und erhofft sich die Person?</source>
        <translation>What does the person wish and hope for?</translation>
    </message>
    <message>
        <source>– noch offen –</source>
        <translation>– still open –</translation>
    </message>
    <message>
        <source>Eigene Notizen (erscheinen nirgends)</source>
        <translation>Private notes (never shown anywhere)</translation>
    </message>
    <message>
        <source>Empfehlungsgeber nennen</source>
        <translation>Mention the referrer</translation>
    </message>
    <message>
        <source>Das Handout sagt dann: „Sie kommen auf Empfehlung von …“</source>
        <translation>The handout then says: “You come recommended by …”</translation>
    </message>
    <message>
        <source>Anliegen zeigen, wie ich es verstanden habe</source>
        <translation>Show the need as I understood it</translation>
    </message>
    <message>
        <source>Kontakt:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Erstgespräch:</source>
        <translation>First meeting:</translation>
    </message>
    <message>
        <source>Wie die Person zu Ihnen kam</source>
        <translation>How the person came to you</translation>
    </message>
    <message>
        <source>&amp;Herkunft:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Empfohlen von:</source>
        <translation>&amp;Referred by:</translation>
    </message>
    <message>
        <source>&amp;Vorher gelesen/gesehen:</source>
        <translation>Read/seen &amp;beforehand:</translation>
    </message>
    <message>
        <source>Im Erstgespräch</source>
        <translation>In the first meeting</translation>
    </message>
    <message>
        <source>&amp;Anliegen:</source>
        <translation>N&amp;eed:</translation>
    </message>
    <message>
        <source>&amp;Problem (eigene Worte):</source>
        <translation>&amp;Problem (their words):</translation>
    </message>
    <message>
        <source>&amp;Frustrationen:</source>
        <translation>&amp;Frustrations:</translation>
    </message>
    <message>
        <source>&amp;Wünsche und Hoffnungen:</source>
        <translation>&amp;Wishes and hopes:</translation>
    </message>
    <message>
        <source>Erwartungen &amp;passen:</source>
        <translation>Expectations &amp;fit:</translation>
    </message>
    <message>
        <source>&amp;Notizen:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>„Warum Sie“-Handout</source>
        <translation>“Why you” handout</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Kontakte zusammenführen</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <source>„{other}“ geht in „{keep}“ auf. Wo beide etwas anderes eingetragen haben, wählen Sie, was bleibt; leere Felder füllt der andere Kontakt. Weitere E-Mails, Telefonnummern, Adressen, Schlagwörter und Notizen bleiben von beiden erhalten; Empfehlungen, Anfragen und Verlauf gehen mit. Strg+Z macht das Zusammenführen rückgängig.</source>
        <translation>“{other}” is merged into “{keep}”. Where the two differ, choose what stays; empty fields are filled from the other contact. Further e-mails, phone numbers, addresses, tags and notes of both are kept; referrals, requests and history move along. Ctrl+Z undoes the merge.</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>bleibt: {name}</source>
        <translation>stays: {name}</translation>
    </message>
    <message>
        <source>geht auf: {name}</source>
        <translation>merged in: {name}</translation>
    </message>
    <message>
        <source>{field}: {value} behalten</source>
        <translation>{field}: keep {value}</translation>
    </message>
    <message>
        <source>{field}: {value} übernehmen</source>
        <translation>{field}: take {value}</translation>
    </message>
    <message>
        <source>Keine widersprüchlichen Felder.</source>
        <translation>No conflicting fields.</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Anzeigename</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Namenszusatz</source>
        <translation>Name suffix</translation>
    </message>
    <message>
        <source>Ansprache</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Beruf</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Empfohlen von</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Geburtstag</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Einverstanden am</source>
        <translation>Consent given on</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <source>Die Methode</source>
        <translation>The method</translation>
    </message>
    <message>
        <source>Die drei Beteiligten</source>
        <translation>The three people</translation>
    </message>
    <message>
        <source>&lt;p&gt;Jede Empfehlung hat drei Beteiligte: wer empfiehlt, wer empfohlen wird und wer das Anliegen hat. Sie können jede dieser Rollen haben: Man empfiehlt Sie (eingehend), Sie geben eine Anfrage an einen Partner weiter (ausgehend), oder Sie machen zwei Menschen miteinander bekannt (Vorstellung).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Every referral involves three people: who recommends, who is recommended and who has the need. You can be any of them: someone recommends you (incoming), you pass a request on to a partner (outgoing), or you introduce two people to each other (introduction).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Die drei Schritte</source>
        <translation>The three steps</translation>
    </message>
    <message>
        <source>&lt;p&gt;Wenn Sie weiterempfehlen: &lt;b&gt;1.&lt;/b&gt; Bedarf klären und die Einwilligung festhalten, ob die Kontaktdaten weitergegeben werden dürfen. &lt;b&gt;2.&lt;/b&gt; Einen passenden Partner anonym anfragen. &lt;b&gt;3.&lt;/b&gt; Vermitteln: wer meldet sich bei wem, bis wann – und später nachfassen, wie es gelaufen ist.&lt;/p&gt;&lt;p&gt;Ohne Einwilligung bleibt die Person anonym und erhält die Daten des Partners.&lt;/p&gt;</source>
        <translation>&lt;p&gt;When you refer someone on: &lt;b&gt;1.&lt;/b&gt; Clarify the need and record whether the contact details may be passed on. &lt;b&gt;2.&lt;/b&gt; Ask a suitable partner anonymously. &lt;b&gt;3.&lt;/b&gt; Match: who contacts whom, by when – and later follow up on how it went.&lt;/p&gt;&lt;p&gt;Without consent the person stays anonymous and receives the partner&apos;s details.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Temperatur</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>&lt;p&gt;Die Temperatur (eins bis fünf) beschreibt, wie warm eine Empfehlung ankommt: von „hat Ihren Namen genannt“ bis „hat Sie begeistert vorgestellt und wartet auf Ihren Anruf“. Je wärmer, desto weniger müssen Sie selbst überzeugen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The temperature (one to five) describes how warm a referral arrives: from “mentioned your name” to “introduced you with enthusiasm and is waiting for your call”. The warmer, the less you have to convince yourself.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Die Empfehlungsspirale</source>
        <translation>The referral spiral</translation>
    </message>
    <message>
        <source>&lt;p&gt;Die Spirale zeigt, wie nah Ihnen ein Mensch ist – vom Kontakt über die Kundin bis zum Fan, der Sie von sich aus weiterempfiehlt. Die App schlägt nach Feedback und Empfehlungen eine nächste Stufe vor; ändern tun Sie sie selbst.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The spiral shows how close a person is to you – from contact to client to the fan who recommends you unprompted. After feedback and referrals the app suggests a next stage; you change it yourself.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&lt;p&gt;Heute sammelt, was fällig ist: Dank an Empfehlungsgeber, Nachfassen, Erstgespräche ohne „Warum Sie“, Feedback am Projektende und wen Sie um eine Empfehlung bitten könnten. Erledigen, verschieben oder öffnen – jeder Punkt führt zu seinem Datensatz.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Today collects what is due: thanks to referrers, follow-ups, first meetings without a “Why you”, feedback at the end of a project and whom you could ask for a referral. Done, later or open – every item leads to its record.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NamesCheckDialog</name>
    <message>
        <source>Namen prüfen</source>
        <translation>Check names</translation>
    </message>
    <message>
        <source>Bei diesen Kontakten war nicht sicher, was Vor- und was Nachname ist. Der angezeigte Name ist unverändert; sortiert und begrüßt wird nach den Teilen. Öffnen Sie einen Kontakt, um die Teile zu korrigieren – nach dem Speichern verschwindet er aus dieser Liste.</source>
        <translation>For these contacts it was not certain which part is the first and which the last name. The displayed name is unchanged; sorting and greetings use the parts. Open a contact to correct the parts – once saved, it leaves this list.</translation>
    </message>
    <message>
        <source>Kontakte mit unsicher zerlegtem Namen</source>
        <translation>Contacts whose name was split by a guess</translation>
    </message>
    <message>
        <source>Öffnen …</source>
        <translation>Open …</translation>
    </message>
    <message>
        <source>Alle stimmen</source>
        <translation>All are right</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Titel: {value}</source>
        <translation>Title: {value}</translation>
    </message>
    <message>
        <source>Vorname: {value}</source>
        <translation>First name: {value}</translation>
    </message>
    <message>
        <source>Nachname: {value}</source>
        <translation>Last name: {value}</translation>
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
    <name>Network</name>
    <message>
        <source>Auftrag</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>kein Auftrag</source>
        <translation>no engagement</translation>
    </message>
    <message>
        <source>hat empfohlen</source>
        <translation>recommended someone</translation>
    </message>
    <message>
        <source>wurde empfohlen</source>
        <translation>was recommended</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Empfehlungsnetz</source>
        <translation>Referral network</translation>
    </message>
    <message>
        <source>Wer die meisten Aufträge bringt</source>
        <translation>Who brings the most engagements</translation>
    </message>
    <message>
        <source>In diesem Zeitraum gibt es keine Empfehlungen zwischen Ihren Kontakten.</source>
        <translation>There are no referrals between your contacts in this period.</translation>
    </message>
    <message>
        <source>{n} Empfehlungen zwischen {p} Personen – klicken öffnet die Person.</source>
        <translation>{n} referrals between {p} people – click to open a person.</translation>
    </message>
    <message>
        <source>Aufträge: {won}, Empfehlungen: {n}</source>
        <translation>Engagements: {won}, referrals: {n}</translation>
    </message>
    <message>
        <source>Kette: {chain}</source>
        <translation>Chain: {chain}</translation>
    </message>
    <message>
        <source>Personen über diese Kette insgesamt: {n}</source>
        <translation>People through this chain in all: {n}</translation>
    </message>
</context>
<context>
    <name>NewEngagementDialog</name>
    <message>
        <source>Neue Anfrage</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Für einen &amp;vorhandenen Kontakt</source>
        <translation>For an &amp;existing contact</translation>
    </message>
    <message>
        <source>Für einen &amp;neuen Kontakt</source>
        <translation>For a &amp;new contact</translation>
    </message>
    <message>
        <source>Aus einer eingehenden &amp;Empfehlung</source>
        <translation>From an incoming &amp;referral</translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>E-Mail (für das Handout)</source>
        <translation>Email (for the handout)</translation>
    </message>
    <message>
        <source>Keine offenen eingehenden Empfehlungen</source>
        <translation>No open incoming referrals</translation>
    </message>
    <message>
        <source>Worum geht es? (kann später ergänzt werden)</source>
        <translation>What is it about? (can be added later)</translation>
    </message>
    <message>
        <source>Kontakt:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>E-Mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Empfehlung:</source>
        <translation>Referral:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bitte einen Kontakt suchen und auswählen.</source>
        <translation>Please search for and choose a contact.</translation>
    </message>
    <message>
        <source>Bitte den Namen der Person eingeben.</source>
        <translation>Please enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Bitte eine Empfehlung auswählen.</source>
        <translation>Please choose a referral.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>Für diesen Zeitraum gibt es noch keine Daten.</source>
        <translation>There is no data for this period yet.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Überblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Letzte 12 Monate</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Dieses Jahr</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Eigener Zeitraum</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Woher Ihre Anfragen kommen</source>
        <translation>Where your requests come from</translation>
    </message>
    <message>
        <source>Anfragen und Aufträge nach Herkunft des Kontakts.</source>
        <translation>Requests and engagements by the contact&apos;s source.</translation>
    </message>
    <message>
        <source>Aus Empfehlungen werden Aufträge</source>
        <translation>Referrals turn into engagements</translation>
    </message>
    <message>
        <source>Eingegangene Empfehlungen, daraus Erstgespräche und Aufträge.</source>
        <translation>Referrals received, and the first meetings and engagements that followed.</translation>
    </message>
    <message>
        <source>Geben und Nehmen im Netzwerk</source>
        <translation>Give and take in the network</translation>
    </message>
    <message>
        <source>Erhalten: Empfehlungen dieser Person an Sie. Gegeben: Ihre Empfehlungen und Vorstellungen für sie.</source>
        <translation>Received: this person&apos;s referrals to you. Given: your referrals and introductions for them.</translation>
    </message>
    <message>
        <source>Empfehlungsspirale</source>
        <translation>Referral spiral</translation>
    </message>
    <message>
        <source>Kontakte je Stufe (aktueller Stand, unabhängig vom Zeitraum).</source>
        <translation>Contacts per stage (current state, regardless of the period).</translation>
    </message>
    <message>
        <source>Passen die Erwartungen?</source>
        <translation>Do expectations fit?</translation>
    </message>
    <message>
        <source>Einschätzung nach dem Erstgespräch, nach Herkunft der Anfrage.</source>
        <translation>Assessment after the first meeting, by source of the request.</translation>
    </message>
    <message>
        <source>Diagramme</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Empfehlungsnetz</source>
        <translation>Referral network</translation>
    </message>
    <message>
        <source>Das hat nicht geklappt</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Eingegangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Erstgespräch</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <source>Auftrag</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Empfehlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Erhalten</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Gegeben</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Positive Spirale</source>
        <translation>Positive spiral</translation>
    </message>
    <message>
        <source>Negative Spirale</source>
        <translation>Negative spiral</translation>
    </message>
    <message>
        <source>Blog / Website</source>
        <translation>Blog / website</translation>
    </message>
    <message>
        <source>Andere</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Diagramm speichern</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Das Bild konnte nicht unter „{path}“ gespeichert werden.</source>
        <translation>The image could not be saved as “{path}”.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Kompetenz, Beruf oder Name, z. B. „Gründung“</source>
        <translation>Competence, profession or name, e.g. “start-up”</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Geben und Nehmen zählt Empfehlungen – ohne Verrechnung.</source>
        <translation>Give and take counts referrals – it is not a ledger.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Zusammenfassung – Zeitraum</source>
        <translation>Summary – period</translation>
    </message>
    <message>
        <source>Alle Rückmeldungen</source>
        <translation>All responses</translation>
    </message>
    <message>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>oder neu: Name</source>
        <translation>or new: name</translation>
    </message>
    <message>
        <source>E-Mail (optional)</source>
        <translation>Email (optional)</translation>
    </message>
    <message>
        <source>Neue Person: Name</source>
        <translation>New person: name</translation>
    </message>
    <message>
        <source>Neue Person: E-Mail</source>
        <translation>New person: email</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>überspringen</source>
        <translation>skip</translation>
    </message>
    <message>
        <source>zusammenführen</source>
        <translation>merge</translation>
    </message>
    <message>
        <source>trotzdem importieren</source>
        <translation>import anyway</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Dublette / Hinweis</source>
        <translation>Duplicate / note</translation>
    </message>
    <message>
        <source>Dublette: {reason} „{name}“</source>
        <translation>Duplicate: {reason} “{name}”</translation>
    </message>
    <message>
        <source>Dublette: {0}</source>
        <translation>Duplicate: {0}</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Handouts in einer Sprache zeigen das Profil dieser Sprache. Name, Kontakt und Logo gelten für alle Sprachen.</source>
        <translation>Handouts in a language show the profile in that language. Name, contact details and logo apply to all languages.</translation>
    </message>
    <message>
        <source>z. B. Coaching für Führungskräfte</source>
        <translation>e.g. coaching for executives</translation>
    </message>
    <message>
        <source>Kein Logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logo &amp;wählen …</source>
        <translation>&amp;Choose logo …</translation>
    </message>
    <message>
        <source>Logo entfernen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Nach &amp;unten</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Abschnitt &amp;hinzufügen</source>
        <translation>&amp;Add section</translation>
    </message>
    <message>
        <source>Abschnitt entfernen</source>
        <translation>Remove section</translation>
    </message>
    <message>
        <source>&amp;Kopieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Den Satz in die Zwischenablage kopieren, um ihn in einen Abschnitt einzufügen</source>
        <translation>Copy the sentence to the clipboard to paste it into a section</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Vorschau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Beispiel-Handout für eine erfundene Interessentin</source>
        <translation>Sample handout for a made-up prospect</translation>
    </message>
    <message>
        <source>Über mich</source>
        <translation>About me</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tätigkeit/Titel:</source>
        <translation>&amp;Occupation/title:</translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Anschrift:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>PNG oder JPEG, höchstens 2 MB.</source>
        <translation>PNG or JPEG, at most 2 MB.</translation>
    </message>
    <message>
        <source>Abschnitte der „Warum Sie“-Seite</source>
        <translation>Sections of the “Why you” page</translation>
    </message>
    <message>
        <source>Über&amp;schrift:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Häkchen = erscheint im Handout. Leerzeile = neuer Absatz; Zeilen, die mit „• “ oder „- “ beginnen, werden Aufzählungspunkte.</source>
        <translation>Ticked = appears in the handout. Blank line = new paragraph; lines starting with “• ” or “- ” become bullet points.</translation>
    </message>
    <message>
        <source>Was Kundinnen und Kunden verlässlich mitnehmen</source>
        <translation>What clients reliably get</translation>
    </message>
    <message>
        <source>Profil in der Sprache:</source>
        <translation>Profile in the language:</translation>
    </message>
    <message>
        <source>Tätigkeit/Titel und Abschnitte gelten für Handouts in dieser Sprache.</source>
        <translation>Occupation/title and sections apply to handouts in this language.</translation>
    </message>
    <message>
        <source>Noch kein Profil in dieser Sprache: bis es gespeichert ist, zeigen Handouts in dieser Sprache das deutsche Profil und werden nicht versandt.</source>
        <translation>No profile in this language yet: until it is saved, handouts in this language show the German profile and are not sent.</translation>
    </message>
    <message>
        <source>Sobald mindestens drei begeisterte Kundinnen oder Kunden (9–10) Feedback mit gemeinsamen Themen gegeben haben, steht hier ein Satz für Ihre Seite.</source>
        <translation>As soon as at least three enthusiastic clients (9–10) have given feedback with shared themes, a sentence for your page appears here.</translation>
    </message>
    <message>
        <source>Vorschlag aus Ihrem Feedback (häufigste Themen: {themes}):
{sentence}</source>
        <translation>Suggestion from your feedback (most frequent themes: {themes}):
{sentence}</translation>
    </message>
    <message>
        <source>Satz in die Zwischenablage kopiert.</source>
        <translation>Sentence copied to the clipboard.</translation>
    </message>
    <message>
        <source>Mein Profil</source>
        <translation>My profile</translation>
    </message>
    <message>
        <source>Profil gespeichert.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <source>Logo wählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Die Datei kann nicht gelesen werden: {error}</source>
        <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
        <source>Neuer Abschnitt</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Warum-Sie_Beispiel.pdf</source>
        <translation>Why-you_sample.pdf</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReciprocityDialog</name>
    <message>
        <source>Geben und Nehmen im Netzwerk</source>
        <translation>Give and take in the network</translation>
    </message>
    <message>
        <source>Wie viele Empfehlungen Sie Ihren Netzwerkpartnern gegeben und von ihnen erhalten haben – als Überblick über die Beziehung, nicht als Rechnung.</source>
        <translation>How many referrals you have given to and received from your network partners – an overview of the relationship, not a bill.</translation>
    </message>
</context>
<context>
    <name>ReferralCorrections</name>
    <message>
        <source>Eintrag korrigieren</source>
        <translation>Correct entry</translation>
    </message>
    <message>
        <source>Das Datum liegt in der Zukunft.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>Schritt korrigieren: {step}</source>
        <translation>Correct step: {step}</translation>
    </message>
    <message>
        <source>Empfehlung korrigieren</source>
        <translation>Correct referral</translation>
    </message>
    <message>
        <source>Letzten Schritt löschen</source>
        <translation>Delete last step</translation>
    </message>
    <message>
        <source>Es gibt keinen Schritt zum Löschen; nur die Empfehlung selbst ist erfasst.</source>
        <translation>There is no step to delete; only the referral itself is recorded.</translation>
    </message>
    <message>
        <source>den Schritt „{step}“ vom {date}; die Empfehlung steht dann wieder auf „{back}“</source>
        <translation>the step “{step}” of {date}; the referral then returns to “{back}”</translation>
    </message>
    <message>
        <source>den Eintrag vom {date} („{note}“)</source>
        <translation>the entry of {date} (“{note}”)</translation>
    </message>
    <message>
        <source>{what} löschen? Was der Schritt festgehalten hat, geht mit.</source>
        <translation>Delete {what}? What the step recorded goes with it.</translation>
    </message>
    <message>
        <source>Eintrag löschen</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Diesen festgehaltenen Kontakt löschen?</source>
        <translation>Delete this logged contact?</translation>
    </message>
    <message>
        <source>Festgehaltenen Kontakt löschen</source>
        <translation>Delete logged contact</translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <source>Nächste Schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Verlauf&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;History&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Letzten Schritt löschen …</source>
        <translation>Delete last step …</translation>
    </message>
    <message>
        <source>Erinnerung …</source>
        <translation>Reminder …</translation>
    </message>
    <message>
        <source>Eine eigene Erinnerung zu dieser Empfehlung</source>
        <translation>A reminder of your own about this referral</translation>
    </message>
    <message>
        <source>Eintrag korrigieren …</source>
        <translation>Correct entry …</translation>
    </message>
    <message>
        <source>Eintrag löschen …</source>
        <translation>Delete entry …</translation>
    </message>
    <message>
        <source>Keine Empfehlung ausgewählt</source>
        <translation>No referral selected</translation>
    </message>
    <message>
        <source>Wählen Sie links eine Empfehlung aus oder legen Sie mit Strg+N eine an.</source>
        <translation>Select a referral on the left or create one with Ctrl+N.</translation>
    </message>
    <message>
        <source>anonym</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Empfehlungsgeber</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Empfohlen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Empfehlung: {names}</source>
        <translation>Referral: {names}</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Erwartungen</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Gesagt</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Temperatur</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Ton</source>
        <translation>Tone</translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Gedankt</source>
        <translation>Thanked</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>{who} bis {date}</source>
        <translation>{who} by {date}</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>erledigt am {0}</source>
        <translation>done on {0}</translation>
    </message>
    <message>
        <source>{date} – fällig</source>
        <translation>{date} – due</translation>
    </message>
    <message>
        <source>Nachfassen</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Ich wurde empfohlen</source>
        <translation>I was referred</translation>
    </message>
    <message>
        <source>Anfrage weiterempfehlen</source>
        <translation>Refer an enquiry on</translation>
    </message>
    <message>
        <source>Zwei Menschen miteinander bekannt machen</source>
        <translation>Introduce two people to each other</translation>
    </message>
    <message>
        <source>Empfohlen von</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Neue Interessentin / neuer Interessent</source>
        <translation>New prospect</translation>
    </message>
    <message>
        <source>Was hat der Empfehlungsgeber gesagt?</source>
        <translation>What did the referrer say?</translation>
    </message>
    <message>
        <source>Temperatur (Aufwand)</source>
        <translation>Temperature (effort)</translation>
    </message>
    <message>
        <source>Ton</source>
        <translation>Tone</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Erwartungen der Interessentin / des Interessenten</source>
        <translation>The prospect&apos;s expectations</translation>
    </message>
    <message>
        <source>Für wen (Empfänger)</source>
        <translation>For whom (recipient)</translation>
    </message>
    <message>
        <source>Anliegen / Herausforderung</source>
        <translation>Need / challenge</translation>
    </message>
    <message>
        <source>Erwartungen an einen Partner</source>
        <translation>Expectations of a partner</translation>
    </message>
    <message>
        <source>Grund der Weitergabe</source>
        <translation>Reason for referring on</translation>
    </message>
    <message>
        <source>Notiz zum Grund</source>
        <translation>Note on the reason</translation>
    </message>
    <message>
        <source>Partner (optional, später wählbar)</source>
        <translation>Partner (optional, can be chosen later)</translation>
    </message>
    <message>
        <source>Person mit dem Anliegen</source>
        <translation>Person with the need</translation>
    </message>
    <message>
        <source>Wen ich vorstelle</source>
        <translation>Whom I introduce</translation>
    </message>
    <message>
        <source>Worum es geht</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <source>Erwartungen</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Empfehlung korrigieren</source>
        <translation>Correct referral</translation>
    </message>
    <message>
        <source>Bitte prüfen: {problems}</source>
        <translation>Please check: {problems}</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Erstgespräch vereinbart …</source>
        <translation>First meeting arranged …</translation>
    </message>
    <message>
        <source>Auftrag erhalten …</source>
        <translation>Engagement won …</translation>
    </message>
    <message>
        <source>Kein Auftrag …</source>
        <translation>No engagement …</translation>
    </message>
    <message>
        <source>Bedarf geklärt (Einwilligung) …</source>
        <translation>Need and consent …</translation>
    </message>
    <message>
        <source>Partner anfragen …</source>
        <translation>Ask a partner …</translation>
    </message>
    <message>
        <source>Partner hat zugesagt …</source>
        <translation>Partner accepted …</translation>
    </message>
    <message>
        <source>Partner hat abgesagt …</source>
        <translation>Partner declined …</translation>
    </message>
    <message>
        <source>Vermitteln (wer, bis wann) …</source>
        <translation>Match (who, by when) …</translation>
    </message>
    <message>
        <source>Kontakt ist erfolgt …</source>
        <translation>Contact made …</translation>
    </message>
    <message>
        <source>Abschließen (Ergebnis) …</source>
        <translation>Close (outcome) …</translation>
    </message>
    <message>
        <source>Zurückziehen …</source>
        <translation>Withdraw …</translation>
    </message>
    <message>
        <source>Anonyme Anfrage anzeigen …</source>
        <translation>Show anonymous enquiry …</translation>
    </message>
    <message>
        <source>Danke sagen …</source>
        <translation>Say thank you …</translation>
    </message>
    <message>
        <source>Nachgefasst …</source>
        <translation>Followed up …</translation>
    </message>
    <message>
        <source>Nachfassen (fällig) …</source>
        <translation>Follow up (due) …</translation>
    </message>
    <message>
        <source>Notiz …</source>
        <translation>Note …</translation>
    </message>
    <message>
        <source>Kontakt festhalten …</source>
        <translation>Log contact …</translation>
    </message>
    <message>
        <source>1 – Kontaktdaten weitergegeben</source>
        <translation>1 – contact details passed on</translation>
    </message>
    <message>
        <source>2 – dazu Material (Blog, Website, Flyer)</source>
        <translation>2 – plus material (blog, website, flyer)</translation>
    </message>
    <message>
        <source>3 – dazu eine persönliche Empfehlung</source>
        <translation>3 – plus a personal recommendation</translation>
    </message>
    <message>
        <source>4 – ein Anruf, um das Treffen zu vereinbaren</source>
        <translation>4 – a call to arrange the meeting</translation>
    </message>
    <message>
        <source>5 – persönlich vorgestellt</source>
        <translation>5 – introduced in person</translation>
    </message>
    <message>
        <source>ich</source>
        <translation>me</translation>
    </message>
    <message>
        <source>Richtung</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Empfehlungsgeber</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Empfohlen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Anliegen</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Temperatur</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nachfassen am</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>anonym</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>{date} – fällig</source>
        <translation>{date} – due</translation>
    </message>
    <message>
        <source>erledigt {date}</source>
        <translation>done {date}</translation>
    </message>
    <message>
        <source>Jetzt beim Empfänger nachfragen, ob alles gut gelaufen ist.</source>
        <translation>Ask the recipient now whether everything went well.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Beruf</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Kompetenzen</source>
        <translation>Competences</translation>
    </message>
    <message>
        <source>Gegeben</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Erhalten</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Vorstellungen</source>
        <translation>Introductions</translation>
    </message>
    <message>
        <source>Letzte 12 Monate</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Letzte Empfehlung</source>
        <translation>Last referral</translation>
    </message>
    <message>
        <source>{given} gegeben, {received} erhalten</source>
        <translation>{given} given, {received} received</translation>
    </message>
    <message>
        <source>noch keine</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Ich wurde empfohlen (eingehend)</source>
        <translation>I was referred (incoming)</translation>
    </message>
    <message>
        <source>Ich empfehle weiter (ausgehend)</source>
        <translation>I refer someone on (outgoing)</translation>
    </message>
    <message>
        <source>Ich stelle zwei Menschen vor (Vorstellung)</source>
        <translation>I introduce two people (introduction)</translation>
    </message>
    <message>
        <source>Neue Empfehlung</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Was möchten Sie festhalten?</source>
        <translation>What would you like to record?</translation>
    </message>
    <message>
        <source>Erstgespräch vereinbart</source>
        <translation>First meeting arranged</translation>
    </message>
    <message>
        <source>Bedarf geklärt – Einwilligung festhalten</source>
        <translation>Need clarified – record consent</translation>
    </message>
    <message>
        <source>Partner finden und anfragen</source>
        <translation>Find and ask a partner</translation>
    </message>
    <message>
        <source>Vermitteln – wer meldet sich bei wem?</source>
        <translation>Match – who contacts whom?</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Alle Richtungen</source>
        <translation>All directions</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Suchen: Name, Anliegen …</source>
        <translation>Search: name, need …</translation>
    </message>
    <message>
        <source>Empfehlungen durchsuchen</source>
        <translation>Search referrals</translation>
    </message>
    <message>
        <source>nur fällige</source>
        <translation>due only</translation>
    </message>
    <message>
        <source>Nur Empfehlungen, bei denen jetzt nachgefasst werden sollte</source>
        <translation>Only referrals that should be followed up now</translation>
    </message>
    <message>
        <source>Neue Empfehlung …</source>
        <translation>New referral …</translation>
    </message>
    <message>
        <source>Strg+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Geben und Nehmen …</source>
        <translation>Give and take …</translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Die gewählte Empfehlung mit ihrem Verlauf löschen</source>
        <translation>Delete the selected referral with its history</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <source>Personen, Anliegen und Datum korrigieren (Eingabe)</source>
        <translation>Correct the people, the need and the date (Enter)</translation>
    </message>
    <message>
        <source>die neuesten {shown} von {total} – bitte filtern</source>
        <translation>the newest {shown} of {total} – please filter</translation>
    </message>
    <message>
        <source>{n} Empfehlung</source>
        <translation>{n} referral</translation>
    </message>
    <message>
        <source>{n} Empfehlungen</source>
        <translation>{n} referrals</translation>
    </message>
    <message>
        <source>Empfehlung gespeichert.</source>
        <translation>Referral saved.</translation>
    </message>
    <message>
        <source>ich</source>
        <translation>me</translation>
    </message>
    <message>
        <source>Die Empfehlung für {who} und ihren Verlauf löschen? Die beteiligten Kontakte und eine daraus entstandene Anfrage bleiben erhalten.</source>
        <translation>Delete the referral for {who} and its history? The contacts involved and any request that came from it are kept.</translation>
    </message>
    <message>
        <source>Empfehlung löschen</source>
        <translation>Delete referral</translation>
    </message>
    <message>
        <source>Empfehlung für {who} löschen</source>
        <translation>Delete the referral for {who}</translation>
    </message>
    <message>
        <source>Empfehlung gelöscht (Strg+Z holt sie zurück).</source>
        <translation>Referral deleted (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <source>Schritt nicht möglich</source>
        <translation>Step not possible</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Der Dank kann nicht vor der Empfehlung ({date}) liegen.</source>
        <translation>The thanks cannot be before the referral ({date}).</translation>
    </message>
    <message>
        <source>Abschließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nachgefasst – wie ist es gelaufen?</source>
        <translation>Followed up – how did it go?</translation>
    </message>
    <message>
        <source>Danke gesagt – wann und wie?</source>
        <translation>Said thank you – when and how?</translation>
    </message>
    <message>
        <source>Notiz zum Verlauf</source>
        <translation>Note for the history</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Neue Erinnerung</source>
        <translation>New reminder</translation>
    </message>
    <message>
        <source>Woran soll erinnert werden?</source>
        <translation>What should you be reminded of?</translation>
    </message>
    <message>
        <source>Erinnerung:</source>
        <translation>Reminder:</translation>
    </message>
    <message>
        <source>Fällig am:</source>
        <translation>Due on:</translation>
    </message>
    <message>
        <source>Zu:</source>
        <translation>About:</translation>
    </message>
    <message>
        <source>optional: eine Person</source>
        <translation>optional: a person</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bitte eingeben, woran erinnert werden soll.</source>
        <translation>Please enter what to be reminded of.</translation>
    </message>
    <message>
        <source>Erinnerung nicht gespeichert</source>
        <translation>Reminder not saved</translation>
    </message>
    <message>
        <source>Erinnerung gespeichert.</source>
        <translation>Reminder saved.</translation>
    </message>
</context>
<context>
    <name>RhythmDialog</name>
    <message>
        <source>Kontakt-Rhythmus – {name}</source>
        <translation>Keep-in-touch rhythm – {name}</translation>
    </message>
    <message>
        <source>Eigener Rhythmus für diese Person</source>
        <translation>Own rhythm for this person</translation>
    </message>
    <message>
        <source> Tage (0 = nie)</source>
        <translation> days (0 = never)</translation>
    </message>
    <message>
        <source>Melden alle</source>
        <translation>Get in touch every</translation>
    </message>
    <message>
        <source>Ohne eigenen Rhythmus gilt der Rhythmus der Rollen (Regeln …).</source>
        <translation>Without an own rhythm the rhythm of the roles applies (Rules …).</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>„Warum Sie“ senden für Erstgespräche der nächsten</source>
        <translation>Send “Why you” for first meetings in the next</translation>
    </message>
    <message>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Empfehlungsgebern danken innerhalb von</source>
        <translation>Thank referrers within</translation>
    </message>
    <message>
        <source> Tagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Feedback erbitten, wenn ein Auftrag beendet ist seit</source>
        <translation>Ask for feedback once an engagement has ended for</translation>
    </message>
    <message>
        <source>An Feedback erinnern ohne Antwort nach</source>
        <translation>Remind about feedback with no reply after</translation>
    </message>
    <message>
        <source>Erneut um Empfehlung bitten frühestens nach</source>
        <translation>Ask for a referral again no sooner than after</translation>
    </message>
    <message>
        <source>Um Empfehlung bitten: höchstens</source>
        <translation>Ask for a referral: at most</translation>
    </message>
    <message>
        <source> Personen am Tag</source>
        <translation> people a day</translation>
    </message>
    <message>
        <source>Nicht um Empfehlung bitten nach einer Empfehlung</source>
        <translation>Do not ask for a referral after a referral for</translation>
    </message>
    <message>
        <source> Tage lang</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Kontakt halten mit Netzwerkpartnern alle</source>
        <translation>Keep in touch with network partners every</translation>
    </message>
    <message>
        <source> Tage (0 = nie)</source>
        <translation> days (0 = never)</translation>
    </message>
    <message>
        <source>Kontakt halten mit Empfehlungsgebern alle</source>
        <translation>Keep in touch with referrers every</translation>
    </message>
    <message>
        <source>Kontakt halten mit Kunden alle</source>
        <translation>Keep in touch with clients every</translation>
    </message>
    <message>
        <source>Kontakt halten mit Interessenten alle</source>
        <translation>Keep in touch with prospects every</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Regeln für „Heute“</source>
        <translation>Rules for “Today”</translation>
    </message>
    <message>
        <source>Wann soll ein Punkt in der Liste „Heute“ erscheinen?</source>
        <translation>When should an item appear in the “Today” list?</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ScaleChooser</name>
    <message>
        <source>keine Angabe</source>
        <translation>no answer</translation>
    </message>
</context>
<context>
    <name>SearchEverything</name>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Empfehlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Anfragen</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Kontaktverlauf</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Erinnerungen</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Alles durchsuchen</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Name, Anliegen, Notiz … in Kontakten, Empfehlungen, Anfragen, Feedback</source>
        <translation>Name, need, note … in contacts, referrals, requests, feedback</translation>
    </message>
    <message>
        <source>Treffer</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Mindestens zwei Zeichen eingeben.</source>
        <translation>Type at least two characters.</translation>
    </message>
    <message>
        <source>Nichts gefunden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>↑↓ auswählen, Enter öffnet, Esc schließt.</source>
        <translation>↑↓ select, Enter opens, Esc closes.</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <source>(ohne Überschrift)</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>Erscheint im Handout</source>
        <translation>Appears in the handout</translation>
    </message>
    <message>
        <source>Ausgeblendet: erscheint nicht im Handout</source>
        <translation>Hidden: does not appear in the handout</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Später erinnern</source>
        <translation>Remind me later</translation>
    </message>
    <message>
        <source>Wann soll der Punkt wieder erscheinen?</source>
        <translation>When should the item come back?</translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>In einer Woche</source>
        <translation>In a week</translation>
    </message>
    <message>
        <source>In einem Monat</source>
        <translation>In a month</translation>
    </message>
    <message>
        <source>Verschieben</source>
        <translation>Postpone</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stufe ändern – {name}</source>
        <translation>Change stage – {name}</translation>
    </message>
    <message>
        <source>noch keine</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Aktuelle Stufe: &lt;b&gt;{stage}&lt;/b&gt;</source>
        <translation>Current stage: &lt;b&gt;{stage}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bisher:</source>
        <translation>So far:</translation>
    </message>
    <message>
        <source>Neue Stufe:</source>
        <translation>New stage:</translation>
    </message>
    <message>
        <source>Was hat sich geändert? (wird in der Historie vermerkt)</source>
        <translation>What has changed? (recorded in the history)</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Stufe ändern</source>
        <translation>Change stage</translation>
    </message>
</context>
<context>
    <name>TestimonialDialog</name>
    <message>
        <source>Als Referenz freigeben</source>
        <translation>Approve as testimonial</translation>
    </message>
    <message>
        <source>anonym</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Der Text erscheint so in der Zusammenfassung und ist zum Verwenden gedacht (Website, Angebot). Kürzen ist erlaubt – den Sinn bitte nicht verändern. Nennung: {who}</source>
        <translation>The text appears like this in the summary and is meant to be used (website, proposals). Shortening is fine – please do not change the meaning. Attribution: {who}</translation>
    </message>
    <message>
        <source>Als Referenz freigegeben</source>
        <translation>Approved as testimonial</translation>
    </message>
</context>
<context>
    <name>TodayDialogs</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Fragen Sie nach, ob Ihre Empfehlung gepasst hat.</source>
        <translation>Ask whether your referral was a good fit.</translation>
    </message>
    <message>
        <source>Wer Sie empfohlen hat, freut sich über ein Dankeschön.</source>
        <translation>Whoever referred you will appreciate a thank-you.</translation>
    </message>
    <message>
        <source>Erstgespräche in den nächsten Tagen: vorher die Erwartungen klären.</source>
        <translation>First meetings in the next few days: clarify expectations beforehand.</translation>
    </message>
    <message>
        <source>Abgeschlossene Aufträge: Was ist jetzt zum ersten Mal möglich?</source>
        <translation>Completed engagements: what is possible now for the first time?</translation>
    </message>
    <message>
        <source>Kunden in Sympathie, Begeisterung oder Loyalität – der richtige Moment.</source>
        <translation>Clients in sympathy, enthusiasm or loyalty – the right moment.</translation>
    </message>
    <message>
        <source>Feedback oder Empfehlungen sprechen für eine andere Stufe.</source>
        <translation>Feedback or referrals suggest a different stage.</translation>
    </message>
    <message>
        <source>Länger nichts voneinander gehört – am längsten überfällig zuerst.</source>
        <translation>Not heard from each other for a while – most overdue first.</translation>
    </message>
    <message>
        <source>Ihre eigenen Erinnerungen, die älteste zuerst.</source>
        <translation>Your own reminders, the oldest first.</translation>
    </message>
    <message>
        <source>In den nächsten sieben Tagen – Zeit für eine Karte oder einen Anruf.</source>
        <translation>In the next seven days – time for a card or a call.</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Regeln …</source>
        <translation>Rules …</translation>
    </message>
    <message>
        <source>Wann ein Punkt fällig wird</source>
        <translation>When an item becomes due</translation>
    </message>
    <message>
        <source>Erinnerung …</source>
        <translation>Reminder …</translation>
    </message>
    <message>
        <source>Eine eigene Erinnerung anlegen (Strg+N)</source>
        <translation>Create a reminder of your own (Ctrl+N)</translation>
    </message>
    <message>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Ein Punkt ist fällig.</source>
        <translation>One item is due.</translation>
    </message>
    <message>
        <source>{n} Punkte sind fällig.</source>
        <translation>{n} items are due.</translation>
    </message>
    <message>
        <source>Heute ist nichts fällig.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <source>Neue Punkte erscheinen hier, sobald etwas ansteht.</source>
        <translation>New items appear here as soon as something comes up.</translation>
    </message>
    <message>
        <source>{kind}  ({count})</source>
        <translation>{kind}  ({count})</translation>
    </message>
    <message>
        <source>Weitere anzeigen ({n} von {total} sichtbar)</source>
        <translation>Show more ({n} of {total} visible)</translation>
    </message>
    <message>
        <source>Nachgefasst</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Sie haben bei {name} nachgefragt. Wie ist es ausgegangen?</source>
        <translation>You followed up with {name}. How did it turn out?</translation>
    </message>
    <message>
        <source>Bedankt</source>
        <translation>Thanked</translation>
    </message>
    <message>
        <source>Wie haben Sie {name} gedankt? (z. B. Anruf, Karte, kleines Geschenk)</source>
        <translation>How did you thank {name}? (e.g. call, card, small gift)</translation>
    </message>
    <message>
        <source>Um Empfehlung gebeten</source>
        <translation>Asked for a referral</translation>
    </message>
    <message>
        <source>Sie haben {name} um eine Empfehlung gebeten.</source>
        <translation>You asked {name} for a referral.</translation>
    </message>
    <message>
        <source>Erledigt: {text}</source>
        <translation>Done: {text}</translation>
    </message>
    <message>
        <source>„{text}“ erledigen</source>
        <translation>Mark “{text}” done</translation>
    </message>
    <message>
        <source>Verschoben auf den {day}.</source>
        <translation>Postponed to {day}.</translation>
    </message>
    <message>
        <source>„{text}“ verschieben</source>
        <translation>Postpone “{text}”</translation>
    </message>
    <message>
        <source>Stufe von {name}: {stage}</source>
        <translation>Stage of {name}: {stage}</translation>
    </message>
    <message>
        <source>Stufe von {name} ändern</source>
        <translation>Change the stage of {name}</translation>
    </message>
    <message>
        <source>Vorschlag verworfen.</source>
        <translation>Suggestion dismissed.</translation>
    </message>
    <message>
        <source>Vorschlag verwerfen</source>
        <translation>Dismiss suggestion</translation>
    </message>
    <message>
        <source>{name} nicht mehr vorschlagen</source>
        <translation>Stop suggesting {name}</translation>
    </message>
    <message>
        <source>Kontakt-Rhythmus von {name} ändern</source>
        <translation>Change the keep-in-touch rhythm of {name}</translation>
    </message>
    <message>
        <source>Regeln ändern</source>
        <translation>Change the rules</translation>
    </message>
    <message>
        <source>Erinnerung gespeichert.</source>
        <translation>Reminder saved.</translation>
    </message>
    <message>
        <source>{name} wird nicht mehr zum Fragen vorgeschlagen.</source>
        <translation>{name} will no longer be suggested for asking.</translation>
    </message>
    <message>
        <source>Kontakt-Rhythmus von {name} gespeichert.</source>
        <translation>Keep-in-touch rhythm of {name} saved.</translation>
    </message>
    <message>
        <source>Regeln gespeichert.</source>
        <translation>Rules saved.</translation>
    </message>
    <message>
        <source>Erinnerung anlegen</source>
        <translation>Add reminder</translation>
    </message>
    <message>
        <source>Das hat nicht geklappt</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Willkommen bei Empfehlung Desktop</source>
        <translation>Welcome to Empfehlung Desktop</translation>
    </message>
    <message>
        <source>Hier sehen Sie jeden Tag, was ansteht: wem Sie danken, bei wem Sie nachfassen, wen Sie um eine Empfehlung bitten. Drei Schritte für den Anfang:</source>
        <translation>Here you see every day what is due: whom to thank, whom to follow up with, whom to ask for a referral. Three steps to begin:</translation>
    </message>
    <message>
        <source>1. Profil ausfüllen – für Ihr „Warum Sie“</source>
        <translation>1. Fill in your profile – for your “Why you”</translation>
    </message>
    <message>
        <source>2. Kontakte importieren (vCard, CSV) …</source>
        <translation>2. Import contacts (vCard, CSV) …</translation>
    </message>
    <message>
        <source>… oder den ersten Kontakt anlegen</source>
        <translation>… or add the first contact</translation>
    </message>
    <message>
        <source>3. Beispielpraxis in einem eigenen Fenster ansehen</source>
        <translation>3. Look at the sample practice in a window of its own</translation>
    </message>
    <message>
        <source>Öffnet eine Beispieldatenbank; Ihre eigenen Daten bleiben unberührt.</source>
        <translation>Opens a sample database; your own data stay untouched.</translation>
    </message>
    <message>
        <source>Mehr zur Methode finden Sie unter Hilfe → Die Methode.</source>
        <translation>More about the method under Help → The method.</translation>
    </message>
</context>
<context>
    <name>WriteCommand</name>
    <message>
        <source>Rückgängig nicht möglich</source>
        <translation>Cannot undo</translation>
    </message>
</context>
<context>
    <name>_ListEditor</name>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{name}: Zeile hinzufügen</source>
        <translation>{name}: add a row</translation>
    </message>
    <message>
        <source>{name}: gewählte Zeile entfernen</source>
        <translation>{name}: remove the selected row</translation>
    </message>
</context>
<context>
    <name>_StepDialog</name>
    <message>
        <source>Notiz (optional)</source>
        <translation>Note (optional)</translation>
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
        <source>Anruf</source>
        <translation>Call</translation>
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
        <source>Erinnerungen</source>
        <translation>Reminders</translation>
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
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Geburtstage</source>
        <translation>Birthdays</translation>
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
        <source>Herr</source>
        <translation>Mr</translation>
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
        <source>Karte oder kleines Geschenk</source>
        <translation>Card or small gift</translation>
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
        <source>Kontakt halten</source>
        <translation>Keep in touch</translation>
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
        <source>Messenger</source>
        <translation>Messenger</translation>
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
        <source>Notiz</source>
        <translation>Note</translation>
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
        <source>Sie</source>
        <translation>formal (Sie)</translation>
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
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Treffen</source>
        <translation>Meeting</translation>
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
        <source>Website oder Profil</source>
        <translation>Website or profile</translation>
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
        <source>du</source>
        <translation>informal (du)</translation>
    </message>
    <message>
        <source>euphorisch</source>
        <translation>euphoric</translation>
    </message>
    <message>
        <source>keine Anrede</source>
        <translation>no salutation</translation>
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
        <source>Im Datenordner „{0}“ kann Empfehlung Desktop nicht schreiben (der Datenträger ist voll oder schreibgeschützt, oder die Rechte fehlen). Bitte Platz schaffen oder die Rechte des Ordners prüfen und das Programm dann noch einmal starten.</source>
        <translation>Empfehlung Desktop cannot write in the data folder “{0}” (the disk is full or read-only, or permissions are missing). Please free some space or check the folder&apos;s permissions, then start the program again.</translation>
    </message>
    <message>
        <source>Ein Befehl der Kommandozeile arbeitet gerade mit dieser Datenbank:
{0}

Bitte warten, bis er fertig ist, und Empfehlung Desktop dann noch einmal starten.</source>
        <translation>A command-line command is working with this database right now:
{0}

Please wait until it has finished, then start Empfehlung Desktop again.</translation>
    </message>
    <message>
        <source>Empfehlung Desktop ist mit dieser Datenbank bereits geöffnet:
{0}

Bitte das schon geöffnete Fenster verwenden. Zwei Fenster auf derselben Datenbank könnten sich gegenseitig Änderungen überschreiben.</source>
        <translation>Empfehlung Desktop is already open with this database:
{0}

Please use the window that is already open. Two windows on the same database could overwrite each other&apos;s changes.</translation>
    </message>
    <message>
        <source>Die Datenbankdatei ist leer (0 Byte):
{0}

Das ist meist eine beim Kopieren oder durch einen vollen Datenträger verlorene Praxis. Dann bitte abbrechen und die letzte Datensicherung einspielen.

Soll in dieser Datei wirklich eine neue, leere Praxis beginnen?</source>
        <translation>The database file is empty (0 bytes):
{0}

This is usually a practice lost while copying or on a full disk. In that case please cancel and restore the newest backup.

Should a new, empty practice really start in this file?</translation>
    </message>
</context>
</TS>
