<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ChecklistDelegate</name>
    <message>
        <location filename="../ChecklistDelegate.qml" line="52"/>
        <source>Defect: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <location filename="../ChecklistDelegate.qml" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ChecklistDelegate.qml" line="72"/>
        <source>Defect</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../DoneScreen.qml" line="57"/>
        <source>Print again</source>
        <translation>Skriv ut igjen</translation>
    </message>
    <message>
        <location filename="../DoneScreen.qml" line="66"/>
        <source>Next order</source>
        <translation>Neste ordre</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../ExceptionDialog.qml" line="10"/>
        <source>What is the problem?</source>
        <translation>Hva er problemet?</translation>
    </message>
    <message>
        <location filename="../ExceptionDialog.qml" line="37"/>
        <source>Give the order back</source>
        <translation>Lever tilbake ordren</translation>
    </message>
    <message>
        <location filename="../ExceptionDialog.qml" line="47"/>
        <source>Back to packing</source>
        <translation>Tilbake til pakking</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../HeaderBar.qml" line="63"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../Labels.qml" line="10"/>
        <source>Right box size</source>
        <translation>Riktig eskestørrelse</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="11"/>
        <source>Items protected</source>
        <translation>Varer beskyttet</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="12"/>
        <source>Box sealed</source>
        <translation>Esken forseglet</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="13"/>
        <source>Thank-you card inserted</source>
        <translation>Takkekort lagt i</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="14"/>
        <source>Label flat and visible</source>
        <translation>Etikett flat og synlig</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="21"/>
        <source>Box too big</source>
        <translation>For stor eske</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="22"/>
        <source>Box too small</source>
        <translation>For liten eske</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="23"/>
        <source>Protection missing</source>
        <translation>Beskyttelse mangler</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="24"/>
        <source>Seal open</source>
        <translation>Forsegling åpen</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="25"/>
        <source>Tape torn</source>
        <translation>Tape revet</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="26"/>
        <source>Card missing</source>
        <translation>Kort mangler</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="27"/>
        <source>Label crooked</source>
        <translation>Etikett skjev</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="28"/>
        <source>Label covered</source>
        <translation>Etikett tildekket</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="29"/>
        <location filename="../Labels.qml" line="41"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="36"/>
        <source>Scale not working</source>
        <translation>Vekten virker ikke</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="37"/>
        <source>Extra packing material</source>
        <translation>Ekstra pakkemateriale</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="38"/>
        <source>Customer request</source>
        <translation>Kundens ønske</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="39"/>
        <source>Printer fault</source>
        <translation>Skriverfeil</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="40"/>
        <source>Item weight wrong in catalogue</source>
        <translation>Feil varevekt i katalogen</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="48"/>
        <source>Item missing (short pick)</source>
        <translation>Vare mangler (plukkmangel)</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="49"/>
        <source>Damaged item</source>
        <translation>Skadet vare</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="50"/>
        <source>Wrong item in tote</source>
        <translation>Feil vare i plukkassen</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="57"/>
        <source>Weight OK</source>
        <translation>Vekt OK</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="58"/>
        <source>Too light</source>
        <translation>For lett</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="59"/>
        <source>Too heavy</source>
        <translation>For tung</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="60"/>
        <source>Weight unknown</source>
        <translation>Ukjent vekt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="67"/>
        <source>Scale offline</source>
        <translation>Vekten er frakoblet</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="68"/>
        <source>Scale not answering</source>
        <translation>Vekten svarer ikke</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="69"/>
        <source>Scale reports an error</source>
        <translation>Vekten melder feil</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="70"/>
        <source>Scale sends unreadable data</source>
        <translation>Vekten sender uleselige data</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../LanguageDialog.qml" line="9"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../LanguageDialog.qml" line="39"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>LeadBanner</name>
    <message>
        <location filename="../LeadBanner.qml" line="21"/>
        <source>Check failed: call a lead to approve</source>
        <translation>Kontroll feilet: tilkall teamleder for godkjenning</translation>
    </message>
    <message>
        <location filename="../LeadBanner.qml" line="31"/>
        <source>Lead override</source>
        <translation>Teamleder-overstyring</translation>
    </message>
</context>
<context>
    <name>LeadDefectsList</name>
    <message>
        <location filename="../LeadDefectsList.qml" line="69"/>
        <source>No packaging defects today</source>
        <translation>Ingen emballasjefeil i dag</translation>
    </message>
</context>
<context>
    <name>LeadFiguresTable</name>
    <message>
        <location filename="../LeadFiguresTable.qml" line="16"/>
        <source>Orders packed</source>
        <translation>Pakkede ordrer</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="17"/>
        <source>Orders per hour</source>
        <translation>Ordrer per time</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="18"/>
        <source>Median packing time</source>
        <translation>Median pakketid</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="19"/>
        <source>90% packed within</source>
        <translation>90 % pakket innen</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="20"/>
        <source>Items packed</source>
        <translation>Pakkede varer</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="21"/>
        <source>Mis-scans per 100 items</source>
        <translation>Feilskanninger per 100 varer</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="22"/>
        <source>Weight check failures</source>
        <translation>Feil ved vektkontroll</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="23"/>
        <source>Lead overrides</source>
        <translation>Overstyringer av leder</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="24"/>
        <source>Exceptions</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="25"/>
        <source>Packaging defects</source>
        <translation>Emballasjefeil</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="26"/>
        <source>Reprints</source>
        <translation>Nye utskrifter</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="27"/>
        <source>Print failures</source>
        <translation>Utskriftsfeil</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="52"/>
        <source>This station</source>
        <translation>Denne stasjonen</translation>
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
        <translation>Ordrer</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="18"/>
        <source>Per hour</source>
        <translation>Per time</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="19"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="20"/>
        <source>Mis-scans</source>
        <translation>Feilskann</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="43"/>
        <source>Packer</source>
        <translation>Pakker</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="123"/>
        <source>No orders packed today</source>
        <translation>Ingen ordrer pakket i dag</translation>
    </message>
</context>
<context>
    <name>LeadStatsDialog</name>
    <message>
        <location filename="../LeadStatsDialog.qml" line="14"/>
        <source>Today, for %1</source>
        <translation>I dag, for %1</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="14"/>
        <source>Lead view</source>
        <translation>Ledervisning</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="19"/>
        <source>Badge or PIN not accepted for the lead view</source>
        <translation>Kort eller PIN-kode ikke godtatt for ledervisningen</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="20"/>
        <source>The badge could not be checked: try again</source>
        <translation>Kortet kunne ikke kontrolleres: prøv igjen</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="21"/>
        <source>The figures are not available right now</source>
        <translation>Tallene er ikke tilgjengelige akkurat nå</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="53"/>
        <source>Scan your lead badge or type its number</source>
        <translation>Skann lederkortet ditt eller tast inn nummeret</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="54"/>
        <source>Badge %1: enter your PIN</source>
        <translation>Kort %1: tast inn PIN-koden</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="71"/>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="89"/>
        <source>Badge</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="103"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="136"/>
        <source>Top packers today (warehouse)</source>
        <translation>Beste pakkere i dag (lager)</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="149"/>
        <source>Packaging defects today</source>
        <translation>Emballasjefeil i dag</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="163"/>
        <source>Shop updates: median delay %1, undelivered %2</source>
        <translation>Varsler til butikker: median forsinkelse %1, ikke levert %2</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="180"/>
        <source>Lock and close</source>
        <translation>Lås og lukk</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="180"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="188"/>
        <source>Other badge</source>
        <translation>Annet kort</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="200"/>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="202"/>
        <source>As of %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="220"/>
        <source>Refresh</source>
        <translation>Oppdater</translation>
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
        <translation>Tast inn PIN-koden din</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="23"/>
        <source>Scan your badge</source>
        <translation>Skann kortet ditt</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="46"/>
        <source>Lead view</source>
        <translation>Ledervisning</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="56"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <translation>Feil vare: ikke på denne ordren</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="14"/>
        <source>Unknown barcode</source>
        <translation>Ukjent strekkode</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="15"/>
        <source>Too many: this item is already complete</source>
        <translation>For mange: denne varen er allerede komplett</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="16"/>
        <source>Empty scan: scan again</source>
        <translation>Tom skanning: skann på nytt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="17"/>
        <source>Barcode damaged: check digit wrong</source>
        <translation>Skadet strekkode: feil kontrollsiffer</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="22"/>
        <source>Barcode not readable: scan again</source>
        <translation>Uleselig strekkode: skann på nytt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="24"/>
        <source>Order is being packed at another station</source>
        <translation>Ordren pakkes på en annen stasjon</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="25"/>
        <source>Order not found</source>
        <translation>Fant ikke ordren</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="26"/>
        <source>Order cannot be packed (already packed?)</source>
        <translation>Ordren kan ikke pakkes (allerede pakket?)</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="27"/>
        <source>Order number found in several shops</source>
        <translation>Ordrenummeret finnes i flere butikker</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="28"/>
        <source>Finish the open order first</source>
        <translation>Fullfør den åpne ordren først</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="30"/>
        <source>No order open</source>
        <translation>Ingen åpen ordre</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="32"/>
        <location filename="../Messages.qml" line="36"/>
        <source>Scan your badge first</source>
        <translation>Skann kortet ditt først</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="33"/>
        <source>Badge not known</source>
        <translation>Ukjent kort</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="34"/>
        <source>Wrong PIN</source>
        <translation>Feil PIN-kode</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="35"/>
        <source>Enter your PIN</source>
        <translation>Tast inn PIN-koden din</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="37"/>
        <source>This badge is not a lead&apos;s</source>
        <translation>Dette kortet tilhører ikke en teamleder</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="38"/>
        <source>A lead must approve this</source>
        <translation>En teamleder må godkjenne dette</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="40"/>
        <source>Choose a box first</source>
        <translation>Velg eske først</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="41"/>
        <source>Unknown box</source>
        <translation>Ukjent eske</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="42"/>
        <source>Wait until the weight is stable</source>
        <translation>Vent til vekten er stabil</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="43"/>
        <source>Weight not valid</source>
        <translation>Ugyldig vekt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="44"/>
        <source>Parcel too light: check the items</source>
        <translation>Pakken er for lett: sjekk varene</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="45"/>
        <source>Parcel too heavy: check the items</source>
        <translation>Pakken er for tung: sjekk varene</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="46"/>
        <source>No stable weight: a lead must approve</source>
        <translation>Ingen stabil vekt: en teamleder må godkjenne</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="48"/>
        <source>Choose a reason</source>
        <translation>Velg en årsak</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="49"/>
        <source>Nothing to approve</source>
        <translation>Ingenting å godkjenne</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="50"/>
        <source>Manual weight only when the scale is down</source>
        <translation>Manuell vekt kun når vekten er ute av drift</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="51"/>
        <source>Nothing is missing: all items scanned</source>
        <translation>Ingenting mangler: alle varer er skannet</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="52"/>
        <source>Answer every question first</source>
        <translation>Svar på alle spørsmålene først</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="53"/>
        <source>Packaging defects: a lead must approve</source>
        <translation>Feil på emballasjen: en teamleder må godkjenne</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="54"/>
        <source>Photo could not be saved</source>
        <translation>Kunne ikke lagre bildet</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="56"/>
        <source>Printing failed</source>
        <translation>Utskrift feilet</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="57"/>
        <source>No printer connected</source>
        <translation>Ingen skriver tilkoblet</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="58"/>
        <source>Nothing to print</source>
        <translation>Ingenting å skrive ut</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="59"/>
        <source>Nothing to print again</source>
        <translation>Ingenting å skrive ut igjen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="60"/>
        <source>Card and label printed again</source>
        <translation>Kort og etikett skrevet ut igjen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="62"/>
        <source>Printer out of paper: load labels</source>
        <translation>Skriveren er tom: legg i etiketter</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="63"/>
        <source>Paper jam: open the printer</source>
        <translation>Papirstopp: åpne skriveren</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="64"/>
        <source>Printer offline: check cable and power</source>
        <translation>Skriveren er frakoblet: sjekk kabel og strøm</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="65"/>
        <source>Printer paused: call a lead</source>
        <translation>Skriveren er satt på pause: hent en teamleder</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="66"/>
        <source>Printer refuses jobs: call a lead</source>
        <translation>Skriveren tar ikke imot jobber: kall på en leder</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="67"/>
        <source>Printer not set up: call a lead</source>
        <translation>Skriveren er ikke satt opp: kall på en leder</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="68"/>
        <source>Print server not running: call a lead</source>
        <translation>Utskriftsserveren kjører ikke: kall på en leder</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="69"/>
        <source>Printer still busy: check it is printing</source>
        <translation>Skriveren er fortsatt opptatt: sjekk at den skriver ut</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="71"/>
        <source>Card or label lacks order data: call a lead</source>
        <translation>Kort eller etikett mangler ordredata: kall på en leder</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="75"/>
        <source>Shop&apos;s card template has an error: call a lead</source>
        <translation>Butikkens kortmal har en feil: kall på en leder</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="76"/>
        <source>Card text too long to print: call a lead</source>
        <translation>Korttekst for lang til å skrives ut: kall på en leder</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="77"/>
        <source>Database not available: call a lead</source>
        <translation>Databasen er utilgjengelig: tilkall teamleder</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="78"/>
        <source>Unknown problem type</source>
        <translation>Ukjent problemtype</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="80"/>
        <source>Order packed</source>
        <translation>Ordren er pakket</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="81"/>
        <source>Order given back</source>
        <translation>Ordren er levert tilbake</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="82"/>
        <source>Exception: item missing</source>
        <translation>Avvik: vare mangler</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="83"/>
        <source>Exception: damaged item</source>
        <translation>Avvik: skadet vare</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="84"/>
        <source>Exception: wrong item</source>
        <translation>Avvik: feil vare</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="85"/>
        <source>Open order resumed</source>
        <translation>Åpen ordre gjenopptatt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="86"/>
        <source>Not possible at this step</source>
        <translation>Ikke mulig i dette steget</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="87"/>
        <source>Station busy: try again</source>
        <translation>Stasjonen er opptatt: prøv igjen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="88"/>
        <source>Could not save: call a lead</source>
        <translation>Kunne ikke lagre: tilkall teamleder</translation>
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
        <translation>Teamleder: skann kortet ditt</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="19"/>
        <source>Lead %1: PIN and reason</source>
        <translation>Teamleder %1: PIN-kode og årsak</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="47"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="79"/>
        <source>Weight in g</source>
        <translation>Vekt i g</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="92"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="115"/>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../PhotoDialog.qml" line="12"/>
        <source>Photo of the parcel</source>
        <translation>Bilde av pakken</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="55"/>
        <source>No camera connected</source>
        <translation>Ingen kamera tilkoblet</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="75"/>
        <source>Submit without photo</source>
        <translation>Send inn uten bilde</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="86"/>
        <source>Take photo</source>
        <translation>Ta bilde</translation>
    </message>
</context>
<context>
    <name>PrintingScreen</name>
    <message>
        <location filename="../PrintingScreen.qml" line="25"/>
        <source>Printed: put card and label on, close the parcel</source>
        <translation>Skrevet ut: legg ved kort og etikett, lukk pakken</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="26"/>
        <source>Printing failed</source>
        <translation>Utskrift feilet</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="27"/>
        <source>Printing card and label…</source>
        <translation>Skriver ut kort og etikett…</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="56"/>
        <source>Report a problem</source>
        <translation>Meld et problem</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="66"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="76"/>
        <source>Complete</source>
        <translation>Fullfør</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../ProgressStrip.qml" line="29"/>
        <source>%1 of %2 items</source>
        <translation>%1 av %2 varer</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../QualityScreen.qml" line="41"/>
        <source>Check the parcel</source>
        <translation>Kontroller pakken</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="53"/>
        <source>Report a problem</source>
        <translation>Meld et problem</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="61"/>
        <source>Photo and submit</source>
        <translation>Foto og send inn</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="68"/>
        <source>Submit</source>
        <translation>Send inn</translation>
    </message>
</context>
<context>
    <name>ScanOrderScreen</name>
    <message>
        <location filename="../ScanOrderScreen.qml" line="17"/>
        <source>Hello, %1</source>
        <translation>Hei, %1</translation>
    </message>
    <message>
        <location filename="../ScanOrderScreen.qml" line="25"/>
        <source>Scan the packing slip</source>
        <translation>Skann pakkseddelen</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../VerifyScreen.qml" line="24"/>
        <source>Scan each item</source>
        <translation>Skann hver vare</translation>
    </message>
    <message>
        <location filename="../VerifyScreen.qml" line="32"/>
        <source>Report a problem</source>
        <translation>Meld et problem</translation>
    </message>
</context>
<context>
    <name>WeighScreen</name>
    <message>
        <location filename="../WeighScreen.qml" line="48"/>
        <source>Expected %1 g ± %2 g</source>
        <translation>Forventet %1 g ± %2 g</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="73"/>
        <source>%1: %2 g</source>
        <translation>%1: %2 g</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="94"/>
        <source>Record weight</source>
        <translation>Registrer vekt</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="108"/>
        <source>Scale not working</source>
        <translation>Vekten virker ikke</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="127"/>
        <source>Choose the box</source>
        <translation>Velg eske</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="127"/>
        <source>Box</source>
        <translation>Eske</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="163"/>
        <source>Report a problem</source>
        <translation>Meld et problem</translation>
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
        <translation>Stabiliserer…</translation>
    </message>
</context>
</TS>
