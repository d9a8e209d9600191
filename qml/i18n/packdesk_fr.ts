<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChecklistDelegate</name>
    <message>
        <location filename="../ChecklistDelegate.qml" line="52"/>
        <source>Defect: %1</source>
        <translation>Défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ChecklistDelegate.qml" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ChecklistDelegate.qml" line="72"/>
        <source>Defect</source>
        <translation>Défaut</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <location filename="../DoneScreen.qml" line="57"/>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../DoneScreen.qml" line="66"/>
        <source>Next order</source>
        <translation>Commande suivante</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../ExceptionDialog.qml" line="10"/>
        <source>What is the problem?</source>
        <translation>Quel est le problème&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ExceptionDialog.qml" line="37"/>
        <source>Give the order back</source>
        <translation>Rendre la commande</translation>
    </message>
    <message>
        <location filename="../ExceptionDialog.qml" line="47"/>
        <source>Back to packing</source>
        <translation>Retour à l&apos;emballage</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../HeaderBar.qml" line="63"/>
        <source>Log out</source>
        <translation>Déconnexion</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../Labels.qml" line="10"/>
        <source>Right box size</source>
        <translation>Bonne taille de carton</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="11"/>
        <source>Items protected</source>
        <translation>Articles protégés</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="12"/>
        <source>Box sealed</source>
        <translation>Carton fermé</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="13"/>
        <source>Thank-you card inserted</source>
        <translation>Carte de remerciement insérée</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="14"/>
        <source>Label flat and visible</source>
        <translation>Étiquette à plat et visible</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="21"/>
        <source>Box too big</source>
        <translation>Carton trop grand</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="22"/>
        <source>Box too small</source>
        <translation>Carton trop petit</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="23"/>
        <source>Protection missing</source>
        <translation>Protection manquante</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="24"/>
        <source>Seal open</source>
        <translation>Carton ouvert</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="25"/>
        <source>Tape torn</source>
        <translation>Adhésif déchiré</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="26"/>
        <source>Card missing</source>
        <translation>Carte manquante</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="27"/>
        <source>Label crooked</source>
        <translation>Étiquette de travers</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="28"/>
        <source>Label covered</source>
        <translation>Étiquette masquée</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="29"/>
        <location filename="../Labels.qml" line="41"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="36"/>
        <source>Scale not working</source>
        <translation>Balance en panne</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="37"/>
        <source>Extra packing material</source>
        <translation>Emballage supplémentaire</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="38"/>
        <source>Customer request</source>
        <translation>Demande du client</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="39"/>
        <source>Printer fault</source>
        <translation>Panne d&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="40"/>
        <source>Item weight wrong in catalogue</source>
        <translation>Poids article erroné au catalogue</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="48"/>
        <source>Item missing (short pick)</source>
        <translation>Article manquant (picking incomplet)</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="49"/>
        <source>Damaged item</source>
        <translation>Article endommagé</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="50"/>
        <source>Wrong item in tote</source>
        <translation>Mauvais article dans le bac</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="57"/>
        <source>Weight OK</source>
        <translation>Poids OK</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="58"/>
        <source>Too light</source>
        <translation>Trop léger</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="59"/>
        <source>Too heavy</source>
        <translation>Trop lourd</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="60"/>
        <source>Weight unknown</source>
        <translation>Poids inconnu</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="67"/>
        <source>Scale offline</source>
        <translation>Balance hors ligne</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="68"/>
        <source>Scale not answering</source>
        <translation>La balance ne répond pas</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="69"/>
        <source>Scale reports an error</source>
        <translation>La balance signale une erreur</translation>
    </message>
    <message>
        <location filename="../Labels.qml" line="70"/>
        <source>Scale sends unreadable data</source>
        <translation>Données de balance illisibles</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../LanguageDialog.qml" line="9"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../LanguageDialog.qml" line="39"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LeadBanner</name>
    <message>
        <location filename="../LeadBanner.qml" line="21"/>
        <source>Check failed: call a lead to approve</source>
        <translation>Contrôle échoué&#xa0;: un chef d&apos;équipe doit valider</translation>
    </message>
    <message>
        <location filename="../LeadBanner.qml" line="31"/>
        <source>Lead override</source>
        <translation>Dérogation chef</translation>
    </message>
</context>
<context>
    <name>LeadDefectsList</name>
    <message>
        <location filename="../LeadDefectsList.qml" line="69"/>
        <source>No packaging defects today</source>
        <translation>Aucun défaut d’emballage aujourd’hui</translation>
    </message>
</context>
<context>
    <name>LeadFiguresTable</name>
    <message>
        <location filename="../LeadFiguresTable.qml" line="16"/>
        <source>Orders packed</source>
        <translation>Commandes emballées</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="17"/>
        <source>Orders per hour</source>
        <translation>Commandes par heure</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="18"/>
        <source>Median packing time</source>
        <translation>Temps d’emballage médian</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="19"/>
        <source>90% packed within</source>
        <translation>90 % emballées en</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="20"/>
        <source>Items packed</source>
        <translation>Articles emballés</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="21"/>
        <source>Mis-scans per 100 items</source>
        <translation>Erreurs de scan pour 100 articles</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="22"/>
        <source>Weight check failures</source>
        <translation>Contrôles de poids échoués</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="23"/>
        <source>Lead overrides</source>
        <translation>Dérogations du chef d’équipe</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="24"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="25"/>
        <source>Packaging defects</source>
        <translation>Défauts d’emballage</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="26"/>
        <source>Reprints</source>
        <translation>Réimpressions</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="27"/>
        <source>Print failures</source>
        <translation>Échecs d’impression</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="52"/>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location filename="../LeadFiguresTable.qml" line="52"/>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
</context>
<context>
    <name>LeadPackersTable</name>
    <message>
        <location filename="../LeadPackersTable.qml" line="17"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="18"/>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="19"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="20"/>
        <source>Mis-scans</source>
        <translation>Erreurs de scan</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="43"/>
        <source>Packer</source>
        <translation>Emballeur</translation>
    </message>
    <message>
        <location filename="../LeadPackersTable.qml" line="123"/>
        <source>No orders packed today</source>
        <translation>Aucune commande emballée aujourd’hui</translation>
    </message>
</context>
<context>
    <name>LeadStatsDialog</name>
    <message>
        <location filename="../LeadStatsDialog.qml" line="14"/>
        <source>Today, for %1</source>
        <translation>Aujourd’hui, pour %1</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="14"/>
        <source>Lead view</source>
        <translation>Vue chef d’équipe</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="19"/>
        <source>Badge or PIN not accepted for the lead view</source>
        <translation>Badge ou code PIN refusé pour la vue chef d’équipe</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="20"/>
        <source>The badge could not be checked: try again</source>
        <translation>Le badge n’a pas pu être vérifié : réessayez</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="21"/>
        <source>The figures are not available right now</source>
        <translation>Les chiffres ne sont pas disponibles pour le moment</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="53"/>
        <source>Scan your lead badge or type its number</source>
        <translation>Scannez votre badge de chef d’équipe ou tapez son numéro</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="54"/>
        <source>Badge %1: enter your PIN</source>
        <translation>Badge %1 : saisissez votre code PIN</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="71"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="89"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="103"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="136"/>
        <source>Top packers today (warehouse)</source>
        <translation>Meilleurs emballeurs aujourd’hui (entrepôt)</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="149"/>
        <source>Packaging defects today</source>
        <translation>Défauts d’emballage aujourd’hui</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="163"/>
        <source>Shop updates: median delay %1, undelivered %2</source>
        <translation>Notifications aux boutiques : délai médian %1, non livrées %2</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="180"/>
        <source>Lock and close</source>
        <translation>Verrouiller et fermer</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="180"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="188"/>
        <source>Other badge</source>
        <translation>Autre badge</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="200"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="202"/>
        <source>As of %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <location filename="../LeadStatsDialog.qml" line="220"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
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
        <translation>Saisissez votre code PIN</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="23"/>
        <source>Scan your badge</source>
        <translation>Scannez votre badge</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="46"/>
        <source>Lead view</source>
        <translation>Vue chef d’équipe</translation>
    </message>
    <message>
        <location filename="../LoginScreen.qml" line="56"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Mauvais article&#xa0;: pas dans cette commande</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="14"/>
        <source>Unknown barcode</source>
        <translation>Code-barres inconnu</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="15"/>
        <source>Too many: this item is already complete</source>
        <translation>En trop&#xa0;: cet article est déjà complet</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="16"/>
        <source>Empty scan: scan again</source>
        <translation>Scan vide&#xa0;: scannez à nouveau</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="17"/>
        <source>Barcode damaged: check digit wrong</source>
        <translation>Code-barres abîmé&#xa0;: clé de contrôle fausse</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="22"/>
        <source>Barcode not readable: scan again</source>
        <translation>Code-barres illisible&#xa0;: scannez à nouveau</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="24"/>
        <source>Order is being packed at another station</source>
        <translation>Commande en cours d&apos;emballage sur un autre poste</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="25"/>
        <source>Order not found</source>
        <translation>Commande introuvable</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="26"/>
        <source>Order cannot be packed (already packed?)</source>
        <translation>Commande non emballable (déjà emballée&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="27"/>
        <source>Order number found in several shops</source>
        <translation>N° de commande présent dans plusieurs boutiques</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="28"/>
        <source>Finish the open order first</source>
        <translation>Terminez d&apos;abord la commande en cours</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="30"/>
        <source>No order open</source>
        <translation>Aucune commande en cours</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="32"/>
        <location filename="../Messages.qml" line="36"/>
        <source>Scan your badge first</source>
        <translation>Scannez d&apos;abord votre badge</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="33"/>
        <source>Badge not known</source>
        <translation>Badge inconnu</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="34"/>
        <source>Wrong PIN</source>
        <translation>Code PIN incorrect</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="35"/>
        <source>Enter your PIN</source>
        <translation>Saisissez votre code PIN</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="37"/>
        <source>This badge is not a lead&apos;s</source>
        <translation>Ce badge n&apos;est pas celui d&apos;un chef d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="38"/>
        <source>A lead must approve this</source>
        <translation>Un chef d&apos;équipe doit valider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="40"/>
        <source>Choose a box first</source>
        <translation>Choisissez d&apos;abord un carton</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="41"/>
        <source>Unknown box</source>
        <translation>Carton inconnu</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="42"/>
        <source>Wait until the weight is stable</source>
        <translation>Attendez que le poids soit stable</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="43"/>
        <source>Weight not valid</source>
        <translation>Poids non valide</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="44"/>
        <source>Parcel too light: check the items</source>
        <translation>Colis trop léger&#xa0;: vérifiez les articles</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="45"/>
        <source>Parcel too heavy: check the items</source>
        <translation>Colis trop lourd&#xa0;: vérifiez les articles</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="46"/>
        <source>No stable weight: a lead must approve</source>
        <translation>Pas de poids stable&#xa0;: un chef d&apos;équipe doit valider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="48"/>
        <source>Choose a reason</source>
        <translation>Choisissez un motif</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="49"/>
        <source>Nothing to approve</source>
        <translation>Rien à valider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="50"/>
        <source>Manual weight only when the scale is down</source>
        <translation>Poids manuel seulement si la balance est en panne</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="51"/>
        <source>Nothing is missing: all items scanned</source>
        <translation>Rien ne manque&#xa0;: tous les articles sont scannés</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="52"/>
        <source>Answer every question first</source>
        <translation>Répondez d&apos;abord à toutes les questions</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="53"/>
        <source>Packaging defects: a lead must approve</source>
        <translation>Défauts d&apos;emballage&#xa0;: un chef d&apos;équipe doit valider</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="54"/>
        <source>Photo could not be saved</source>
        <translation>Impossible d&apos;enregistrer la photo</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="56"/>
        <source>Printing failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="57"/>
        <source>No printer connected</source>
        <translation>Aucune imprimante connectée</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="58"/>
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="59"/>
        <source>Nothing to print again</source>
        <translation>Rien à réimprimer</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="60"/>
        <source>Card and label printed again</source>
        <translation>Carte et étiquette réimprimées</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="62"/>
        <source>Printer out of paper: load labels</source>
        <translation>Plus de papier : rechargez les étiquettes</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="63"/>
        <source>Paper jam: open the printer</source>
        <translation>Bourrage : ouvrez l&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="64"/>
        <source>Printer offline: check cable and power</source>
        <translation>Imprimante hors ligne : vérifiez câble et courant</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="65"/>
        <source>Printer paused: call a lead</source>
        <translation>Imprimante en pause : appelez un chef d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="66"/>
        <source>Printer refuses jobs: call a lead</source>
        <translation>L&apos;imprimante refuse les travaux : appelez un responsable</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="67"/>
        <source>Printer not set up: call a lead</source>
        <translation>Imprimante non configurée : appelez un responsable</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="68"/>
        <source>Print server not running: call a lead</source>
        <translation>Serveur d&apos;impression arrêté : appelez un responsable</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="69"/>
        <source>Printer still busy: check it is printing</source>
        <translation>Imprimante encore occupée : vérifiez qu&apos;elle imprime</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="71"/>
        <source>Card or label lacks order data: call a lead</source>
        <translation>Données de commande manquantes pour la carte ou l&apos;étiquette : appelez un responsable</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="75"/>
        <source>Shop&apos;s card template has an error: call a lead</source>
        <translation>Le modèle de carte de la boutique contient une erreur : appelez un responsable</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="76"/>
        <source>Card text too long to print: call a lead</source>
        <translation>Texte de la carte trop long : appelez un responsable</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="77"/>
        <source>Database not available: call a lead</source>
        <translation>Base de données indisponible&#xa0;: appelez un chef d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="78"/>
        <source>Unknown problem type</source>
        <translation>Type de problème inconnu</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="80"/>
        <source>Order packed</source>
        <translation>Commande emballée</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="81"/>
        <source>Order given back</source>
        <translation>Commande rendue</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="82"/>
        <source>Exception: item missing</source>
        <translation>Anomalie&#xa0;: article manquant</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="83"/>
        <source>Exception: damaged item</source>
        <translation>Anomalie&#xa0;: article endommagé</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="84"/>
        <source>Exception: wrong item</source>
        <translation>Anomalie&#xa0;: mauvais article</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="85"/>
        <source>Open order resumed</source>
        <translation>Commande en cours reprise</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="86"/>
        <source>Not possible at this step</source>
        <translation>Impossible à cette étape</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="87"/>
        <source>Station busy: try again</source>
        <translation>Poste occupé&#xa0;: réessayez</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="88"/>
        <source>Could not save: call a lead</source>
        <translation>Enregistrement impossible&#xa0;: appelez un chef d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../Messages.qml" line="91"/>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../OverrideDialog.qml" line="19"/>
        <source>Lead: scan your badge</source>
        <translation>Chef d&apos;équipe&#xa0;: scannez votre badge</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="19"/>
        <source>Lead %1: PIN and reason</source>
        <translation>Chef d&apos;équipe %1&#xa0;: code PIN et motif</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="47"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="79"/>
        <source>Weight in g</source>
        <translation>Poids en g</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="92"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../OverrideDialog.qml" line="115"/>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../PhotoDialog.qml" line="12"/>
        <source>Photo of the parcel</source>
        <translation>Photo du colis</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="55"/>
        <source>No camera connected</source>
        <translation>Aucune caméra branchée</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="75"/>
        <source>Submit without photo</source>
        <translation>Valider sans photo</translation>
    </message>
    <message>
        <location filename="../PhotoDialog.qml" line="86"/>
        <source>Take photo</source>
        <translation>Prendre la photo</translation>
    </message>
</context>
<context>
    <name>PrintingScreen</name>
    <message>
        <location filename="../PrintingScreen.qml" line="25"/>
        <source>Printed: put card and label on, close the parcel</source>
        <translation>Imprimé&#xa0;: joignez carte et étiquette, fermez le colis</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="26"/>
        <source>Printing failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="27"/>
        <source>Printing card and label…</source>
        <translation>Impression carte et étiquette…</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="56"/>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="66"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../PrintingScreen.qml" line="76"/>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../ProgressStrip.qml" line="29"/>
        <source>%1 of %2 items</source>
        <translation>%1 sur %2 articles</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../QualityScreen.qml" line="41"/>
        <source>Check the parcel</source>
        <translation>Vérifiez le colis</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="53"/>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="61"/>
        <source>Photo and submit</source>
        <translation>Photo et valider</translation>
    </message>
    <message>
        <location filename="../QualityScreen.qml" line="68"/>
        <source>Submit</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>ScanOrderScreen</name>
    <message>
        <location filename="../ScanOrderScreen.qml" line="17"/>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <location filename="../ScanOrderScreen.qml" line="25"/>
        <source>Scan the packing slip</source>
        <translation>Scannez le bon de livraison</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <location filename="../VerifyScreen.qml" line="24"/>
        <source>Scan each item</source>
        <translation>Scannez chaque article</translation>
    </message>
    <message>
        <location filename="../VerifyScreen.qml" line="32"/>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
</context>
<context>
    <name>WeighScreen</name>
    <message>
        <location filename="../WeighScreen.qml" line="48"/>
        <source>Expected %1 g ± %2 g</source>
        <translation>Attendu&#xa0;: %1 g ± %2 g</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="73"/>
        <source>%1: %2 g</source>
        <translation>%1&#xa0;: %2 g</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="94"/>
        <source>Record weight</source>
        <translation>Enregistrer le poids</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="108"/>
        <source>Scale not working</source>
        <translation>Balance en panne</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="127"/>
        <source>Choose the box</source>
        <translation>Choisissez le carton</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="127"/>
        <source>Box</source>
        <translation>Carton</translation>
    </message>
    <message>
        <location filename="../WeighScreen.qml" line="163"/>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
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
        <translation>Stable</translation>
    </message>
    <message>
        <location filename="../WeightDisplay.qml" line="40"/>
        <source>Settling…</source>
        <translation>Stabilisation…</translation>
    </message>
</context>
</TS>
