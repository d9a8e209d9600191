<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ChecklistDelegate</name>
    <message>
        <location filename="../ChecklistDelegate.qml" line="52"/>
        <source>Defect: %1</source>
        <translation>Defect: %1</translation>
    </message>
    <message>
        <location filename="../ChecklistDelegate.qml" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ChecklistDelegate.qml" line="72"/>
        <source>Defect</source>
        <translation>Defect</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../DoneScreen.qml" line="57"/>
        <source>Print again</source>
        <translation>Opnieuw printen</translation>
    </message>
    <message>
        <location filename="../DoneScreen.qml" line="66"/>
        <source>Next order</source>
        <translation>Volgende bestelling</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../ExceptionDialog.qml" line="10"/>
        <source>What is the problem?</source>
        <translation>Wat is het probleem?</translation>
    </message>
    <message>
        <location filename="../ExceptionDialog.qml" line="37"/>
        <source>Give the order back</source>
        <translation>Bestelling teruggeven</translation>
    </message>
    <message>
        <location filename="../ExceptionDialog.qml" line="47"/>
        <source>Back to packing</source>
        <translation>Terug naar inpakken</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../HeaderBar.qml" line="63"/>
        <source>Log out</source>
        <translation>Afmelden</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../Labels.qml" line="10"/>
        <source>Right box size</source>
        <translation>Juiste doosmaat</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="11"/>
        <source>Items protected</source>
        <translation>Artikelen beschermd</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="12"/>
        <source>Box sealed</source>
        <translation>Doos dichtgeplakt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="13"/>
        <source>Thank-you card inserted</source>
        <translation>Bedankkaart erin</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="14"/>
        <source>Label flat and visible</source>
        <translation>Label vlak en zichtbaar</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="21"/>
        <source>Box too big</source>
        <translation>Doos te groot</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="22"/>
        <source>Box too small</source>
        <translation>Doos te klein</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="23"/>
        <source>Protection missing</source>
        <translation>Bescherming ontbreekt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="24"/>
        <source>Seal open</source>
        <translation>Sluiting open</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="25"/>
        <source>Tape torn</source>
        <translation>Tape gescheurd</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="26"/>
        <source>Card missing</source>
        <translation>Kaart ontbreekt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="27"/>
        <source>Label crooked</source>
        <translation>Label scheef</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="28"/>
        <source>Label covered</source>
        <translation>Label afgedekt</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="29"/>
        <location filename="../Labels.qml" line="41"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="36"/>
        <source>Scale not working</source>
        <translation>Weegschaal defect</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="37"/>
        <source>Extra packing material</source>
        <translation>Extra verpakkingsmateriaal</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="38"/>
        <source>Customer request</source>
        <translation>Verzoek van klant</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="39"/>
        <source>Printer fault</source>
        <translation>Printerstoring</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="40"/>
        <source>Item weight wrong in catalogue</source>
        <translation>Artikelgewicht fout in catalogus</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="48"/>
        <source>Item missing (short pick)</source>
        <translation>Artikel ontbreekt (te weinig gepickt)</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="49"/>
        <source>Damaged item</source>
        <translation>Artikel beschadigd</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="50"/>
        <source>Wrong item in tote</source>
        <translation>Verkeerd artikel in bak</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="57"/>
        <source>Weight OK</source>
        <translation>Gewicht OK</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="58"/>
        <source>Too light</source>
        <translation>Te licht</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="59"/>
        <source>Too heavy</source>
        <translation>Te zwaar</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="60"/>
        <source>Weight unknown</source>
        <translation>Gewicht onbekend</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="67"/>
        <source>Scale offline</source>
        <translation>Weegschaal offline</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="68"/>
        <source>Scale not answering</source>
        <translation>Weegschaal reageert niet</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="69"/>
        <source>Scale reports an error</source>
        <translation>Weegschaal meldt een fout</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="70"/>
        <source>Scale sends unreadable data</source>
        <translation>Weegschaal stuurt onleesbare data</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../LanguageDialog.qml" line="9"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../LanguageDialog.qml" line="39"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>LeadBanner</name>
    <message>
        <location filename="../LeadBanner.qml" line="21"/>
        <source>Check failed: call a lead to approve</source>
        <translation>Controle mislukt: roep een teamleider voor akkoord</translation>
    </message>
    <message>
        <location filename="../LeadBanner.qml" line="31"/>
        <source>Lead override</source>
        <translation>Akkoord teamleider</translation>
    </message>
</context>
<context>
    <name>LeadDefectsList</name>
    <message>
        <location filename="../LeadDefectsList.qml" line="69"/>
        <source>No packaging defects today</source>
        <translation>Geen verpakkingsfouten vandaag</translation>
    </message>
</context>
<context>
    <name>LeadFiguresTable</name>
    <message>
        <location filename="../LeadFiguresTable.qml" line="16"/>
        <source>Orders packed</source>
        <translation>Orders ingepakt</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="17"/>
        <source>Orders per hour</source>
        <translation>Orders per uur</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="18"/>
        <source>Median packing time</source>
        <translation>Mediane inpaktijd</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="19"/>
        <source>90% packed within</source>
        <translation>90% ingepakt binnen</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="20"/>
        <source>Items packed</source>
        <translation>Artikelen ingepakt</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="21"/>
        <source>Mis-scans per 100 items</source>
        <translation>Verkeerde scans per 100 artikelen</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="22"/>
        <source>Weight check failures</source>
        <translation>Afgekeurde weegcontroles</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="23"/>
        <source>Lead overrides</source>
        <translation>Vrijgaven door teamleider</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="24"/>
        <source>Exceptions</source>
        <translation>Uitzonderingen</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="25"/>
        <source>Packaging defects</source>
        <translation>Verpakkingsfouten</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="26"/>
        <source>Reprints</source>
        <translation>Herdrukken</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="27"/>
        <source>Print failures</source>
        <translation>Afdrukfouten</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="52"/>
        <source>This station</source>
        <translation>Dit station</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="52"/>
        <source>Warehouse</source>
        <translation>Magazijn</translation>
    </message>
</context>
<context>
    <name>LeadPackersTable</name>
    <message>
        <location filename="../LeadPackersTable.qml" line="17"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="18"/>
        <source>Per hour</source>
        <translation>Per uur</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="19"/>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="20"/>
        <source>Mis-scans</source>
        <translation>Verkeerde scans</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="43"/>
        <source>Packer</source>
        <translation>Inpakker</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="123"/>
        <source>No orders packed today</source>
        <translation>Vandaag nog geen orders ingepakt</translation>
    </message>
</context>
<context>
    <name>LeadStatsDialog</name>
    <message>
        <location filename="../LeadStatsDialog.qml" line="14"/>
        <source>Today, for %1</source>
        <translation>Vandaag, voor %1</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="14"/>
        <source>Lead view</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="19"/>
        <source>Badge or PIN not accepted for the lead view</source>
        <translation>Badge of pincode niet geaccepteerd voor het teamleiderscherm</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="20"/>
        <source>The badge could not be checked: try again</source>
        <translation>De badge kon niet worden gecontroleerd: probeer opnieuw</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="21"/>
        <source>The figures are not available right now</source>
        <translation>De cijfers zijn nu niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="53"/>
        <source>Scan your lead badge or type its number</source>
        <translation>Scan je teamleidersbadge of typ het nummer</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="54"/>
        <source>Badge %1: enter your PIN</source>
        <translation>Badge %1: voer je pincode in</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="71"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="89"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="103"/>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="136"/>
        <source>Top packers today (warehouse)</source>
        <translation>Beste inpakkers vandaag (magazijn)</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="149"/>
        <source>Packaging defects today</source>
        <translation>Verpakkingsfouten vandaag</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="163"/>
        <source>Shop updates: median delay %1, undelivered %2</source>
        <translation>Berichten aan shops: mediane vertraging %1, niet afgeleverd %2</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="180"/>
        <source>Lock and close</source>
        <translation>Vergrendelen en sluiten</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="180"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="188"/>
        <source>Other badge</source>
        <translation>Andere badge</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="200"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="202"/>
        <source>As of %1</source>
        <translation>Bijgewerkt om %1</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="220"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
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
        <translation>Voer je pincode in</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="23"/>
        <source>Scan your badge</source>
        <translation>Scan je badge</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="46"/>
        <source>Lead view</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="56"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <translation>Verkeerd artikel: niet in deze bestelling</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="14"/>
        <source>Unknown barcode</source>
        <translation>Onbekende barcode</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="15"/>
        <source>Too many: this item is already complete</source>
        <translation>Te veel: dit artikel is al compleet</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="16"/>
        <source>Empty scan: scan again</source>
        <translation>Lege scan: scan opnieuw</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="17"/>
        <source>Barcode damaged: check digit wrong</source>
        <translation>Barcode beschadigd: controlecijfer fout</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="22"/>
        <source>Barcode not readable: scan again</source>
        <translation>Barcode onleesbaar: scan opnieuw</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="24"/>
        <source>Order is being packed at another station</source>
        <translation>Bestelling wordt op een ander station ingepakt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="25"/>
        <source>Order not found</source>
        <translation>Bestelling niet gevonden</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="26"/>
        <source>Order cannot be packed (already packed?)</source>
        <translation>Bestelling kan niet ingepakt worden (al ingepakt?)</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="27"/>
        <source>Order number found in several shops</source>
        <translation>Bestelnummer in meerdere shops gevonden</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="28"/>
        <source>Finish the open order first</source>
        <translation>Rond eerst de open bestelling af</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="30"/>
        <source>No order open</source>
        <translation>Geen bestelling open</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="32"/>
        <location filename="../Messages.qml" line="36"/>
        <source>Scan your badge first</source>
        <translation>Scan eerst je badge</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="33"/>
        <source>Badge not known</source>
        <translation>Badge onbekend</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="34"/>
        <source>Wrong PIN</source>
        <translation>Verkeerde pincode</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="35"/>
        <source>Enter your PIN</source>
        <translation>Voer je pincode in</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="37"/>
        <source>This badge is not a lead&apos;s</source>
        <translation>Dit is geen badge van een teamleider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="38"/>
        <source>A lead must approve this</source>
        <translation>Een teamleider moet dit goedkeuren</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="40"/>
        <source>Choose a box first</source>
        <translation>Kies eerst een doos</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="41"/>
        <source>Unknown box</source>
        <translation>Onbekende doos</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="42"/>
        <source>Wait until the weight is stable</source>
        <translation>Wacht tot het gewicht stabiel is</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="43"/>
        <source>Weight not valid</source>
        <translation>Gewicht ongeldig</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="44"/>
        <source>Parcel too light: check the items</source>
        <translation>Pakket te licht: controleer de artikelen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="45"/>
        <source>Parcel too heavy: check the items</source>
        <translation>Pakket te zwaar: controleer de artikelen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="46"/>
        <source>No stable weight: a lead must approve</source>
        <translation>Geen stabiel gewicht: teamleider moet goedkeuren</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="48"/>
        <source>Choose a reason</source>
        <translation>Kies een reden</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="49"/>
        <source>Nothing to approve</source>
        <translation>Niets om goed te keuren</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="50"/>
        <source>Manual weight only when the scale is down</source>
        <translation>Handmatig gewicht alleen als de weegschaal defect is</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="51"/>
        <source>Nothing is missing: all items scanned</source>
        <translation>Er ontbreekt niets: alle artikelen gescand</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="52"/>
        <source>Answer every question first</source>
        <translation>Beantwoord eerst alle vragen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="53"/>
        <source>Packaging defects: a lead must approve</source>
        <translation>Verpakkingsdefecten: teamleider moet goedkeuren</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="54"/>
        <source>Photo could not be saved</source>
        <translation>Foto kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="56"/>
        <source>Printing failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="57"/>
        <source>No printer connected</source>
        <translation>Geen printer aangesloten</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="58"/>
        <source>Nothing to print</source>
        <translation>Niets om af te drukken</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="59"/>
        <source>Nothing to print again</source>
        <translation>Niets om opnieuw te printen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="60"/>
        <source>Card and label printed again</source>
        <translation>Kaart en label opnieuw geprint</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="62"/>
        <source>Printer out of paper: load labels</source>
        <translation>Printer zonder papier: etiketten bijvullen</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="63"/>
        <source>Paper jam: open the printer</source>
        <translation>Papierstoring: open de printer</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="64"/>
        <source>Printer offline: check cable and power</source>
        <translation>Printer offline: controleer kabel en stroom</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="65"/>
        <source>Printer paused: call a lead</source>
        <translation>Printer gepauzeerd: roep een teamleider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="66"/>
        <source>Printer refuses jobs: call a lead</source>
        <translation>Printer weigert opdrachten: roep een teamleider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="67"/>
        <source>Printer not set up: call a lead</source>
        <translation>Printer niet ingesteld: roep een teamleider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="68"/>
        <source>Print server not running: call a lead</source>
        <translation>Printserver draait niet: roep een teamleider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="69"/>
        <source>Printer still busy: check it is printing</source>
        <translation>Printer nog bezig: kijk of hij print</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="71"/>
        <source>Card or label lacks order data: call a lead</source>
        <translation>Kaart of label mist ordergegevens: roep een teamleider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="75"/>
        <source>Shop&apos;s card template has an error: call a lead</source>
        <translation>Kaartsjabloon van de winkel bevat een fout: roep een teamleider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="76"/>
        <source>Card text too long to print: call a lead</source>
        <translation>Kaarttekst te lang om te printen: roep een teamleider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="77"/>
        <source>Database not available: call a lead</source>
        <translation>Database niet beschikbaar: roep een teamleider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="78"/>
        <source>Unknown problem type</source>
        <translation>Onbekend soort probleem</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="80"/>
        <source>Order packed</source>
        <translation>Bestelling ingepakt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="81"/>
        <source>Order given back</source>
        <translation>Bestelling teruggegeven</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="82"/>
        <source>Exception: item missing</source>
        <translation>Afwijking: artikel ontbreekt</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="83"/>
        <source>Exception: damaged item</source>
        <translation>Afwijking: artikel beschadigd</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="84"/>
        <source>Exception: wrong item</source>
        <translation>Afwijking: verkeerd artikel</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="85"/>
        <source>Open order resumed</source>
        <translation>Open bestelling hervat</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="86"/>
        <source>Not possible at this step</source>
        <translation>Niet mogelijk bij deze stap</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="87"/>
        <source>Station busy: try again</source>
        <translation>Station bezig: probeer opnieuw</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="88"/>
        <source>Could not save: call a lead</source>
        <translation>Opslaan mislukt: roep een teamleider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="91"/>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../OverrideDialog.qml" line="19"/>
        <source>Lead: scan your badge</source>
        <translation>Teamleider: scan je badge</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="19"/>
        <source>Lead %1: PIN and reason</source>
        <translation>Teamleider %1: pincode en reden</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="47"/>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="79"/>
        <source>Weight in g</source>
        <translation>Gewicht in g</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="92"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="115"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../PhotoDialog.qml" line="12"/>
        <source>Photo of the parcel</source>
        <translation>Foto van het pakket</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="55"/>
        <source>No camera connected</source>
        <translation>Geen camera aangesloten</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="75"/>
        <source>Submit without photo</source>
        <translation>Zonder foto bevestigen</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="86"/>
        <source>Take photo</source>
        <translation>Foto maken</translation>
    </message>
</context>
<context>
    <name>PrintingScreen</name>
    <message>
        <location filename="../PrintingScreen.qml" line="25"/>
        <source>Printed: put card and label on, close the parcel</source>
        <translation>Afgedrukt: kaart en label erbij, sluit het pakket</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="26"/>
        <source>Printing failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="27"/>
        <source>Printing card and label…</source>
        <translation>Kaart en label afdrukken…</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="56"/>
        <source>Report a problem</source>
        <translation>Probleem melden</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="66"/>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="76"/>
        <source>Complete</source>
        <translation>Afronden</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../ProgressStrip.qml" line="29"/>
        <source>%1 of %2 items</source>
        <translation>%1 van %2 artikelen</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../QualityScreen.qml" line="41"/>
        <source>Check the parcel</source>
        <translation>Controleer het pakket</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="53"/>
        <source>Report a problem</source>
        <translation>Probleem melden</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="61"/>
        <source>Photo and submit</source>
        <translation>Foto en bevestigen</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="68"/>
        <source>Submit</source>
        <translation>Bevestigen</translation>
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
        <translation>Scan de pakbon</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../VerifyScreen.qml" line="24"/>
        <source>Scan each item</source>
        <translation>Scan elk artikel</translation>
    </message>
    <message>
        <location filename="../VerifyScreen.qml" line="32"/>
        <source>Report a problem</source>
        <translation>Probleem melden</translation>
    </message>
</context>
<context>
    <name>WeighScreen</name>
    <message>
        <location filename="../WeighScreen.qml" line="48"/>
        <source>Expected %1 g ± %2 g</source>
        <translation>Verwacht %1 g ± %2 g</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="73"/>
        <source>%1: %2 g</source>
        <translation>%1: %2 g</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="94"/>
        <source>Record weight</source>
        <translation>Gewicht vastleggen</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="108"/>
        <source>Scale not working</source>
        <translation>Weegschaal defect</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="127"/>
        <source>Choose the box</source>
        <translation>Kies de doos</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="127"/>
        <source>Box</source>
        <translation>Doos</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="163"/>
        <source>Report a problem</source>
        <translation>Probleem melden</translation>
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
        <translation>Stabiel</translation>
    </message>
    <message>
        <location filename="../WeightDisplay.qml" line="40"/>
        <source>Settling…</source>
        <translation>Stabiliseert…</translation>
    </message>
</context>
</TS>
