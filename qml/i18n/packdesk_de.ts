<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChecklistDelegate</name>
    <message>
        <location filename="../ChecklistDelegate.qml" line="52"/>
        <source>Defect: %1</source>
        <translation>Mangel: %1</translation>
    </message>
    <message>
        <location filename="../ChecklistDelegate.qml" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ChecklistDelegate.qml" line="72"/>
        <source>Defect</source>
        <translation>Mangel</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../DoneScreen.qml" line="57"/>
        <source>Print again</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <location filename="../DoneScreen.qml" line="66"/>
        <source>Next order</source>
        <translation>Nächste Bestellung</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../ExceptionDialog.qml" line="10"/>
        <source>What is the problem?</source>
        <translation>Was ist das Problem?</translation>
    </message>
    <message>
        <location filename="../ExceptionDialog.qml" line="37"/>
        <source>Give the order back</source>
        <translation>Bestellung zurückgeben</translation>
    </message>
    <message>
        <location filename="../ExceptionDialog.qml" line="47"/>
        <source>Back to packing</source>
        <translation>Zurück zum Packen</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../HeaderBar.qml" line="63"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../Labels.qml" line="10"/>
        <source>Right box size</source>
        <translation>Richtige Kartongröße</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="11"/>
        <source>Items protected</source>
        <translation>Artikel geschützt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="12"/>
        <source>Box sealed</source>
        <translation>Karton verschlossen</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="13"/>
        <source>Thank-you card inserted</source>
        <translation>Dankeskarte beigelegt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="14"/>
        <source>Label flat and visible</source>
        <translation>Etikett glatt und sichtbar</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="21"/>
        <source>Box too big</source>
        <translation>Karton zu groß</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="22"/>
        <source>Box too small</source>
        <translation>Karton zu klein</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="23"/>
        <source>Protection missing</source>
        <translation>Schutz fehlt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="24"/>
        <source>Seal open</source>
        <translation>Verschluss offen</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="25"/>
        <source>Tape torn</source>
        <translation>Klebeband gerissen</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="26"/>
        <source>Card missing</source>
        <translation>Karte fehlt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="27"/>
        <source>Label crooked</source>
        <translation>Etikett schief</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="28"/>
        <source>Label covered</source>
        <translation>Etikett verdeckt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="29"/>
        <location filename="../Labels.qml" line="41"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="36"/>
        <source>Scale not working</source>
        <translation>Waage defekt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="37"/>
        <source>Extra packing material</source>
        <translation>Zusätzliches Packmaterial</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="38"/>
        <source>Customer request</source>
        <translation>Kundenwunsch</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="39"/>
        <source>Printer fault</source>
        <translation>Druckerstörung</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="40"/>
        <source>Item weight wrong in catalogue</source>
        <translation>Artikelgewicht im Katalog falsch</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="48"/>
        <source>Item missing (short pick)</source>
        <translation>Artikel fehlt (Fehlmenge)</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="49"/>
        <source>Damaged item</source>
        <translation>Artikel beschädigt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="50"/>
        <source>Wrong item in tote</source>
        <translation>Falscher Artikel im Behälter</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="57"/>
        <source>Weight OK</source>
        <translation>Gewicht OK</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="58"/>
        <source>Too light</source>
        <translation>Zu leicht</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="59"/>
        <source>Too heavy</source>
        <translation>Zu schwer</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="60"/>
        <source>Weight unknown</source>
        <translation>Gewicht unbekannt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="67"/>
        <source>Scale offline</source>
        <translation>Waage offline</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="68"/>
        <source>Scale not answering</source>
        <translation>Waage antwortet nicht</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="69"/>
        <source>Scale reports an error</source>
        <translation>Waage meldet einen Fehler</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="70"/>
        <source>Scale sends unreadable data</source>
        <translation>Waage sendet unlesbare Daten</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../LanguageDialog.qml" line="9"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../LanguageDialog.qml" line="39"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LeadBanner</name>
    <message>
        <location filename="../LeadBanner.qml" line="21"/>
        <source>Check failed: call a lead to approve</source>
        <translation>Prüfung fehlgeschlagen: Teamleiter zur Freigabe rufen</translation>
    </message>
    <message>
        <location filename="../LeadBanner.qml" line="31"/>
        <source>Lead override</source>
        <translation>Teamleiter-Freigabe</translation>
    </message>
</context>
<context>
    <name>LeadDefectsList</name>
    <message>
        <location filename="../LeadDefectsList.qml" line="69"/>
        <source>No packaging defects today</source>
        <translation>Heute keine Verpackungsmängel</translation>
    </message>
</context>
<context>
    <name>LeadFiguresTable</name>
    <message>
        <location filename="../LeadFiguresTable.qml" line="16"/>
        <source>Orders packed</source>
        <translation>Gepackte Aufträge</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="17"/>
        <source>Orders per hour</source>
        <translation>Aufträge pro Stunde</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="18"/>
        <source>Median packing time</source>
        <translation>Mittlere Packzeit (Median)</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="19"/>
        <source>90% packed within</source>
        <translation>90 % gepackt in</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="20"/>
        <source>Items packed</source>
        <translation>Gepackte Artikel</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="21"/>
        <source>Mis-scans per 100 items</source>
        <translation>Fehlscans pro 100 Artikel</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="22"/>
        <source>Weight check failures</source>
        <translation>Fehlgeschlagene Gewichtsprüfungen</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="23"/>
        <source>Lead overrides</source>
        <translation>Freigaben durch Teamleitung</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="24"/>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="25"/>
        <source>Packaging defects</source>
        <translation>Verpackungsmängel</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="26"/>
        <source>Reprints</source>
        <translation>Nachdrucke</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="27"/>
        <source>Print failures</source>
        <translation>Druckfehler</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="52"/>
        <source>This station</source>
        <translation>Dieser Platz</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="52"/>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
</context>
<context>
    <name>LeadPackersTable</name>
    <message>
        <location filename="../LeadPackersTable.qml" line="17"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="18"/>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="19"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="20"/>
        <source>Mis-scans</source>
        <translation>Fehlscans</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="43"/>
        <source>Packer</source>
        <translation>Packer/in</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="123"/>
        <source>No orders packed today</source>
        <translation>Heute noch keine Aufträge gepackt</translation>
    </message>
</context>
<context>
    <name>LeadStatsDialog</name>
    <message>
        <location filename="../LeadStatsDialog.qml" line="14"/>
        <source>Today, for %1</source>
        <translation>Heute, für %1</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="14"/>
        <source>Lead view</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="19"/>
        <source>Badge or PIN not accepted for the lead view</source>
        <translation>Ausweis oder PIN für die Teamleitungsansicht nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="20"/>
        <source>The badge could not be checked: try again</source>
        <translation>Der Ausweis konnte nicht geprüft werden: bitte erneut versuchen</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="21"/>
        <source>The figures are not available right now</source>
        <translation>Die Zahlen sind gerade nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="53"/>
        <source>Scan your lead badge or type its number</source>
        <translation>Teamleitungsausweis scannen oder Nummer eingeben</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="54"/>
        <source>Badge %1: enter your PIN</source>
        <translation>Ausweis %1: PIN eingeben</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="71"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="89"/>
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="103"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="136"/>
        <source>Top packers today (warehouse)</source>
        <translation>Top-Packer heute (Lager)</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="149"/>
        <source>Packaging defects today</source>
        <translation>Verpackungsmängel heute</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="163"/>
        <source>Shop updates: median delay %1, undelivered %2</source>
        <translation>Shop-Meldungen: mittlere Verzögerung %1, nicht zugestellt %2</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="180"/>
        <source>Lock and close</source>
        <translation>Sperren und schließen</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="180"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="188"/>
        <source>Other badge</source>
        <translation>Anderer Ausweis</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="200"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="202"/>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="220"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../LineDelegate.qml" line="70"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../LoginScreen.qml" line="23"/>
        <source>Enter your PIN</source>
        <translation>PIN eingeben</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="23"/>
        <source>Scan your badge</source>
        <translation>Badge scannen</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="46"/>
        <source>Lead view</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="56"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../MessageBanner.qml" line="37"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../Messages.qml" line="13"/>
        <source>Wrong item: not on this order</source>
        <translation>Falscher Artikel: nicht in dieser Bestellung</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="14"/>
        <source>Unknown barcode</source>
        <translation>Unbekannter Barcode</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="15"/>
        <source>Too many: this item is already complete</source>
        <translation>Zu viele: dieser Artikel ist schon komplett</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="16"/>
        <source>Empty scan: scan again</source>
        <translation>Leerer Scan: erneut scannen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="17"/>
        <source>Barcode damaged: check digit wrong</source>
        <translation>Barcode beschädigt: Prüfziffer falsch</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="22"/>
        <source>Barcode not readable: scan again</source>
        <translation>Barcode nicht lesbar: erneut scannen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="24"/>
        <source>Order is being packed at another station</source>
        <translation>Bestellung wird an einer anderen Station gepackt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="25"/>
        <source>Order not found</source>
        <translation>Bestellung nicht gefunden</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="26"/>
        <source>Order cannot be packed (already packed?)</source>
        <translation>Bestellung nicht packbar (schon gepackt?)</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="27"/>
        <source>Order number found in several shops</source>
        <translation>Bestellnummer in mehreren Shops gefunden</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="28"/>
        <source>Finish the open order first</source>
        <translation>Erst die offene Bestellung abschließen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="30"/>
        <source>No order open</source>
        <translation>Keine Bestellung offen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="32"/>
        <location filename="../Messages.qml" line="36"/>
        <source>Scan your badge first</source>
        <translation>Erst Badge scannen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="33"/>
        <source>Badge not known</source>
        <translation>Badge unbekannt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="34"/>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="35"/>
        <source>Enter your PIN</source>
        <translation>PIN eingeben</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="37"/>
        <source>This badge is not a lead&apos;s</source>
        <translation>Das ist kein Teamleiter-Badge</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="38"/>
        <source>A lead must approve this</source>
        <translation>Ein Teamleiter muss das freigeben</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="40"/>
        <source>Choose a box first</source>
        <translation>Erst Karton wählen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="41"/>
        <source>Unknown box</source>
        <translation>Unbekannter Karton</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="42"/>
        <source>Wait until the weight is stable</source>
        <translation>Warten, bis das Gewicht stabil ist</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="43"/>
        <source>Weight not valid</source>
        <translation>Gewicht ungültig</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="44"/>
        <source>Parcel too light: check the items</source>
        <translation>Paket zu leicht: Artikel prüfen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="45"/>
        <source>Parcel too heavy: check the items</source>
        <translation>Paket zu schwer: Artikel prüfen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="46"/>
        <source>No stable weight: a lead must approve</source>
        <translation>Kein stabiles Gewicht: Teamleiter muss freigeben</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="48"/>
        <source>Choose a reason</source>
        <translation>Grund wählen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="49"/>
        <source>Nothing to approve</source>
        <translation>Nichts freizugeben</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="50"/>
        <source>Manual weight only when the scale is down</source>
        <translation>Manuelles Gewicht nur bei defekter Waage</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="51"/>
        <source>Nothing is missing: all items scanned</source>
        <translation>Nichts fehlt: alle Artikel gescannt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="52"/>
        <source>Answer every question first</source>
        <translation>Erst alle Fragen beantworten</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="53"/>
        <source>Packaging defects: a lead must approve</source>
        <translation>Verpackungsmängel: Teamleiter muss freigeben</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="54"/>
        <source>Photo could not be saved</source>
        <translation>Foto konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="56"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="57"/>
        <source>No printer connected</source>
        <translation>Kein Drucker verbunden</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="58"/>
        <source>Nothing to print</source>
        <translation>Nichts zu drucken</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="59"/>
        <source>Nothing to print again</source>
        <translation>Nichts erneut zu drucken</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="60"/>
        <source>Card and label printed again</source>
        <translation>Karte und Etikett erneut gedruckt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="62"/>
        <source>Printer out of paper: load labels</source>
        <translation>Drucker ohne Papier: Etiketten einlegen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="63"/>
        <source>Paper jam: open the printer</source>
        <translation>Papierstau: Drucker öffnen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="64"/>
        <source>Printer offline: check cable and power</source>
        <translation>Drucker offline: Kabel und Strom prüfen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="65"/>
        <source>Printer paused: call a lead</source>
        <translation>Drucker angehalten: Teamleiter rufen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="66"/>
        <source>Printer refuses jobs: call a lead</source>
        <translation>Drucker nimmt keine Aufträge an: Teamleitung rufen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="67"/>
        <source>Printer not set up: call a lead</source>
        <translation>Drucker nicht eingerichtet: Teamleitung rufen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="68"/>
        <source>Print server not running: call a lead</source>
        <translation>Druckserver läuft nicht: Teamleitung rufen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="69"/>
        <source>Printer still busy: check it is printing</source>
        <translation>Drucker noch beschäftigt: prüfen, ob er druckt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="71"/>
        <source>Card or label lacks order data: call a lead</source>
        <translation>Karte oder Etikett fehlen Auftragsdaten: Teamleitung rufen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="75"/>
        <source>Shop&apos;s card template has an error: call a lead</source>
        <translation>Kartenvorlage des Shops fehlerhaft: Teamleitung rufen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="76"/>
        <source>Card text too long to print: call a lead</source>
        <translation>Kartentext zu lang zum Drucken: Teamleitung rufen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="77"/>
        <source>Database not available: call a lead</source>
        <translation>Datenbank nicht verfügbar: Teamleiter rufen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="78"/>
        <source>Unknown problem type</source>
        <translation>Unbekannte Problemart</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="80"/>
        <source>Order packed</source>
        <translation>Bestellung gepackt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="81"/>
        <source>Order given back</source>
        <translation>Bestellung zurückgegeben</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="82"/>
        <source>Exception: item missing</source>
        <translation>Ausnahme: Artikel fehlt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="83"/>
        <source>Exception: damaged item</source>
        <translation>Ausnahme: Artikel beschädigt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="84"/>
        <source>Exception: wrong item</source>
        <translation>Ausnahme: falscher Artikel</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="85"/>
        <source>Open order resumed</source>
        <translation>Offene Bestellung fortgesetzt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="86"/>
        <source>Not possible at this step</source>
        <translation>In diesem Schritt nicht möglich</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="87"/>
        <source>Station busy: try again</source>
        <translation>Station beschäftigt: erneut versuchen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="88"/>
        <source>Could not save: call a lead</source>
        <translation>Speichern fehlgeschlagen: Teamleiter rufen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="91"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../OverrideDialog.qml" line="19"/>
        <source>Lead: scan your badge</source>
        <translation>Teamleiter: Badge scannen</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="19"/>
        <source>Lead %1: PIN and reason</source>
        <translation>Teamleiter %1: PIN und Grund</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="47"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="79"/>
        <source>Weight in g</source>
        <translation>Gewicht in g</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="92"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="115"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../PhotoDialog.qml" line="12"/>
        <source>Photo of the parcel</source>
        <translation>Foto vom Paket</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="55"/>
        <source>No camera connected</source>
        <translation>Keine Kamera angeschlossen</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="75"/>
        <source>Submit without photo</source>
        <translation>Ohne Foto bestätigen</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="86"/>
        <source>Take photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
</context>
<context>
    <name>PrintingScreen</name>
    <message>
        <location filename="../PrintingScreen.qml" line="25"/>
        <source>Printed: put card and label on, close the parcel</source>
        <translation>Gedruckt: Karte und Etikett anbringen, Paket schließen</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="26"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="27"/>
        <source>Printing card and label…</source>
        <translation>Karte und Etikett werden gedruckt…</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="56"/>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="66"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="76"/>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../ProgressStrip.qml" line="29"/>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Artikeln</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../QualityScreen.qml" line="41"/>
        <source>Check the parcel</source>
        <translation>Paket prüfen</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="53"/>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="61"/>
        <source>Photo and submit</source>
        <translation>Foto und bestätigen</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="68"/>
        <source>Submit</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>ScanOrderScreen</name>
    <message>
        <location filename="../ScanOrderScreen.qml" line="17"/>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <location filename="../ScanOrderScreen.qml" line="25"/>
        <source>Scan the packing slip</source>
        <translation>Lieferschein scannen</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../VerifyScreen.qml" line="24"/>
        <source>Scan each item</source>
        <translation>Jeden Artikel scannen</translation>
    </message>
    <message>
        <location filename="../VerifyScreen.qml" line="32"/>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
</context>
<context>
    <name>WeighScreen</name>
    <message>
        <location filename="../WeighScreen.qml" line="48"/>
        <source>Expected %1 g ± %2 g</source>
        <translation>Erwartet %1 g ± %2 g</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="73"/>
        <source>%1: %2 g</source>
        <translation>%1: %2 g</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="94"/>
        <source>Record weight</source>
        <translation>Gewicht erfassen</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="108"/>
        <source>Scale not working</source>
        <translation>Waage defekt</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="127"/>
        <source>Choose the box</source>
        <translation>Karton wählen</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="127"/>
        <source>Box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="163"/>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
</context>
<context>
    <name>WeightDisplay</name>
    <message>
        <location filename="../WeightDisplay.qml" line="17"/>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <location filename="../WeightDisplay.qml" line="40"/>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <location filename="../WeightDisplay.qml" line="40"/>
        <source>Settling…</source>
        <translation>Stabilisiert…</translation>
    </message>
</context>
</TS>
