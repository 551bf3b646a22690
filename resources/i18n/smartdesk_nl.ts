<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>SmartDesk</source>
        <translation>SmartDesk</translation>
    </message>
    <message>
        <source>SmartDesk cannot open its database.</source>
        <translation>SmartDesk kan zijn databank niet openen.</translation>
    </message>
    <message>
        <source>File: {path}

Check that the disk is not full and that no other program holds the file, then start SmartDesk again. If it keeps failing, contact the helpdesk and mention this message:
{error}</source>
        <translation>Bestand: {path}

Controleer of de schijf niet vol is en of geen ander programma het bestand gebruikt, en start SmartDesk dan opnieuw. Lukt het nog altijd niet, contacteer dan de helpdesk en vermeld deze melding:
{error}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>De twee pincodes zijn niet dezelfde. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Welcome to SmartDesk</source>
        <translation>Welkom bij SmartDesk</translation>
    </message>
    <message>
        <source>No one uses SmartDesk on this computer yet. Create your user: you become the administrator of this device and can add your colleagues later.</source>
        <translation>Nog niemand gebruikt SmartDesk op deze computer. Maak uw gebruiker aan: u wordt de beheerder van dit toestel en kunt later uw collega&apos;s toevoegen.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>PIN (at least 4 digits)</source>
        <translation>Pincode (minstens 4 cijfers)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Pincode opnieuw</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Aanmaken en aanmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Welkom, {name}</translation>
    </message>
    <message>
        <source>{role} · office {office}</source>
        <translation>{role} · kantoor {office}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Draft quotes</source>
        <translation>Offertes in voorbereiding</translation>
    </message>
    <message>
        <source>Sent quotes awaiting an answer</source>
        <translation>Verstuurde offertes zonder antwoord</translation>
    </message>
    <message>
        <source>Draft declarations</source>
        <translation>Aangiftes in voorbereiding</translation>
    </message>
    <message>
        <source>Open certificate requests</source>
        <translation>Openstaande attestaanvragen</translation>
    </message>
    <message>
        <source>Loans to decide</source>
        <translation>Leningen te beslissen</translation>
    </message>
    <message>
        <source>Changes not yet synchronised</source>
        <translation>Nog niet gesynchroniseerde wijzigingen</translation>
    </message>
    <message>
        <source>Deadlines in the next {days} days</source>
        <translation>Termijnen in de komende {days} dagen</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>overdue by {days} d</source>
        <translation>{days} d. te laat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d.</translation>
    </message>
    <message>
        <source>Nothing is due in the next {days} days.</source>
        <translation>Niets vervalt in de komende {days} dagen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Image, sound and stage</source>
        <translation>Beeld, geluid en podia</translation>
    </message>
    <message>
        <source>Costumes, make-up, set and props</source>
        <translation>Kostuums, make-up, decor en accessoires</translation>
    </message>
    <message>
        <source>IT, graphic design, language and writing</source>
        <translation>Informatica, grafisch ontwerp, taal en schrift</translation>
    </message>
    <message>
        <source>Training and teaching</source>
        <translation>Opleiding, onderwijs</translation>
    </message>
    <message>
        <source>Wellbeing and health</source>
        <translation>Welzijn en gezondheid</translation>
    </message>
    <message>
        <source>Other occupations</source>
        <translation>Andere beroepen</translation>
    </message>
    <message>
        <source>Music and singing</source>
        <translation>Muziek, zang</translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation>Audiovisuele sector</translation>
    </message>
    <message>
        <source>Visual and graphic arts and crafts</source>
        <translation>Beeldende en grafische kunsten en kunstambachten</translation>
    </message>
    <message>
        <source>Performing and literary arts</source>
        <translation>Podium- en literaire kunsten</translation>
    </message>
    <message>
        <source>Architecture, fashion, design, decoration</source>
        <translation>Architectuur, mode, design, decoratie</translation>
    </message>
    <message>
        <source>Functions related to artistic occupations</source>
        <translation>Functies gerelateerd aan artistieke beroepen</translation>
    </message>
    <message>
        <source>Verenigde Producties</source>
        <translation>Verenigde Producties</translation>
    </message>
    <message>
        <source>Verenigde Opleidingen</source>
        <translation>Verenigde Opleidingen</translation>
    </message>
    <message>
        <source>Interimpaleis</source>
        <translation>Interimpaleis</translation>
    </message>
    <message>
        <source>Activity (budget)</source>
        <translation>Activiteit (budget)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Opstart</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviseur</translation>
    </message>
    <message>
        <source>TeamAdmin</source>
        <translation>TeamAdmin</translation>
    </message>
    <message>
        <source>Loan reviewer</source>
        <translation>Beoordelaar leningen</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Work accident declaration</source>
        <translation>Aangifte arbeidsongeval</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Attestaanvraag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SmartDesk</source>
        <extracomment>the navigation entries, in order; also the names `smartdesk screenshot --view` takes</extracomment>
        <translation>SmartDesk</translation>
    </message>
    <message>
        <source>SmartDesk — {name}</source>
        <translation>SmartDesk — {name}</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Members &amp; Activities</source>
        <translation>Leden &amp; activiteiten</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offertes</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Aangiftes</translation>
    </message>
    <message>
        <source>TeamAdmin queue</source>
        <translation>TeamAdmin-wachtrij</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Leningen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Kantoor: {office}</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Gebruiker: {name}</translation>
    </message>
    <message>
        <source>Pending changes: …</source>
        <translation>Wachtende wijzigingen: …</translation>
    </message>
    <message>
        <source>Last sync: …</source>
        <translation>Laatste synchronisatie: …</translation>
    </message>
    <message>
        <source>Pending changes: {count}</source>
        <translation>Wachtende wijzigingen: {count}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Laatste synchronisatie: {when}</translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <source>Select a member in the list to see their details.</source>
        <translation>Kies een lid in de lijst om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Member no. {number} · office {office}</source>
        <translation>Lidnummer {number} · kantoor {office}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>National number (INSZ)</source>
        <translation>Rijksregisternummer (INSZ)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adres en contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Lidmaatschap</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Aandelen</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Activities ({count})</source>
        <translation>Activiteiten ({count})</translation>
    </message>
    <message>
        <source>Sector: {sector}</source>
        <translation>Sector: {sector}</translation>
    </message>
    <message>
        <source>Entity: {entity} · Tool: {tool}</source>
        <translation>Entiteit: {entity} · Tool: {tool}</translation>
    </message>
    <message>
        <source>Status: {status} · Role: {role}</source>
        <translation>Status: {status} · Rol: {role}</translation>
    </message>
    <message>
        <source>This member has no Activity yet.</source>
        <translation>Dit lid heeft nog geen activiteit.</translation>
    </message>
    <message>
        <source>Work at a glance</source>
        <translation>Werk in een oogopslag</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offertes</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>Open declarations and requests</source>
        <translation>Open aangiftes en aanvragen</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Leningen</translation>
    </message>
    <message>
        <source>Invoiced (accepted quotes, excl. VAT)</source>
        <translation>Gefactureerd (aanvaarde offertes, excl. btw)</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>Number</source>
        <extracomment>per column, the sort key `search_members` takes, or None when it cannot sort by it the number of members found, after each search</extracomment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>No members found</source>
        <translation>Geen leden gevonden</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 lid</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} leden</translation>
    </message>
    <message>
        <source>Members &amp; Activities</source>
        <translation>Leden &amp; activiteiten</translation>
    </message>
    <message>
        <source>Search by name, member number, city, e-mail, INSZ or Activity…</source>
        <translation>Zoek op naam, lidnummer, gemeente, e-mail, INSZ of activiteit…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, contact the helpdesk.</source>
        <translation>Er ging iets mis. Probeer opnieuw; blijft het gebeuren, contacteer dan de helpdesk.</translation>
    </message>
    <message>
        <source>This record no longer exists or is not part of your office.</source>
        <translation>Dit gegeven bestaat niet meer of hoort niet bij uw kantoor.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask an administrator if you need it.</source>
        <translation>U mag dit niet doen. Vraag het aan een beheerder als u het nodig hebt.</translation>
    </message>
    <message>
        <source>Wrong PIN for this user. Check the PIN and try again.</source>
        <translation>Verkeerde pincode voor deze gebruiker. Controleer de pincode en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly. Check the marked fields.</source>
        <translation>Sommige velden zijn niet correct ingevuld. Controleer de aangeduide velden.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Dit veld kan hier niet gewijzigd worden.</translation>
    </message>
    <message>
        <source>Choose a login without spaces (at most 60 characters).</source>
        <translation>Kies een gebruikersnaam zonder spaties (hoogstens 60 tekens).</translation>
    </message>
    <message>
        <source>The PIN must have at least 4 digits, and digits only.</source>
        <translation>De pincode moet minstens 4 cijfers hebben, en alleen cijfers.</translation>
    </message>
    <message>
        <source>This login is already used. Choose another one.</source>
        <translation>Deze gebruikersnaam is al in gebruik. Kies een andere.</translation>
    </message>
    <message>
        <source>Choose an office from the list.</source>
        <translation>Kies een kantoor uit de lijst.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Kies een rol uit de lijst.</translation>
    </message>
    <message>
        <source>Choose Dutch, French or English.</source>
        <translation>Kies Nederlands, Frans of Engels.</translation>
    </message>
    <message>
        <source>This device already has users. Sign in with one of them.</source>
        <translation>Dit toestel heeft al gebruikers. Meld u aan met een van hen.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid. Check it with the member.</source>
        <translation>Dit e-mailadres is niet geldig. Controleer het met het lid.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Use digits, spaces and an optional + prefix.</source>
        <translation>Dit telefoonnummer is niet geldig. Gebruik cijfers, spaties en eventueel een + vooraan.</translation>
    </message>
    <message>
        <source>This postcode does not exist for the member&apos;s country.</source>
        <translation>Deze postcode bestaat niet in het land van het lid.</translation>
    </message>
    <message>
        <source>This national number (INSZ) is not valid. Check it on the member&apos;s identity card.</source>
        <translation>Dit rijksregisternummer (INSZ) is niet geldig. Controleer het op de identiteitskaart van het lid.</translation>
    </message>
    <message>
        <source>This IBAN is not valid. Check it on a bank document.</source>
        <translation>Dit IBAN is niet geldig. Controleer het op een bankdocument.</translation>
    </message>
    <message>
        <source>This VAT number is not valid. Check the country code and the digits.</source>
        <translation>Dit btw-nummer is niet geldig. Controleer de landcode en de cijfers.</translation>
    </message>
    <message>
        <source>This computer cannot store passwords safely. You will be asked for the password each session.</source>
        <translation>Deze computer kan wachtwoorden niet veilig bewaren. U krijgt bij elke sessie de vraag naar het wachtwoord.</translation>
    </message>
</context>
<context>
    <name>PlannedView</name>
    <message>
        <source>Quotes</source>
        <translation>Offertes</translation>
    </message>
    <message>
        <source>Here you will build a member&apos;s quote line by line, with the VAT check of each line, send it as a PDF in the client&apos;s language, and follow it until it is accepted or refused.</source>
        <translation>Hier stelt u straks de offerte van een lid regel per regel op, met de btw-controle van elke regel, verstuurt u ze als pdf in de taal van de klant en volgt u ze op tot ze aanvaard of geweigerd is.</translation>
    </message>
    <message>
        <source>Draft quotes</source>
        <translation>Offertes in voorbereiding</translation>
    </message>
    <message>
        <source>Sent quotes awaiting an answer</source>
        <translation>Verstuurde offertes zonder antwoord</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Aangiftes</translation>
    </message>
    <message>
        <source>Here you will file work accident declarations (within the legal deadline) and insurance claims for civil liability, equipment and IT risks, with their attachments.</source>
        <translation>Hier dient u straks aangiftes van arbeidsongevallen in (binnen de wettelijke termijn) en schadeaangiftes voor burgerlijke aansprakelijkheid, materiaal en IT-risico&apos;s, met hun bijlagen.</translation>
    </message>
    <message>
        <source>Draft declarations</source>
        <translation>Aangiftes in voorbereiding</translation>
    </message>
    <message>
        <source>Deadlines in the next 14 days</source>
        <translation>Termijnen in de komende 14 dagen</translation>
    </message>
    <message>
        <source>TeamAdmin queue</source>
        <translation>TeamAdmin-wachtrij</translation>
    </message>
    <message>
        <source>Here TeamAdmin will process certificate requests (sickness fund, unemployment, A1 posting, peddler card, employment attests), oldest deadline first.</source>
        <translation>Hier behandelt TeamAdmin straks de attestaanvragen (ziekenfonds, werkloosheid, A1-detachering, leurderskaart, tewerkstellingsattesten), de dringendste eerst.</translation>
    </message>
    <message>
        <source>Open certificate requests</source>
        <translation>Openstaande attestaanvragen</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Leningen</translation>
    </message>
    <message>
        <source>Here you will prepare interest-free loan applications (at most €25,000 per project) and follow their repayment; a reviewer who did not prepare the file decides.</source>
        <translation>Hier bereidt u straks aanvragen voor renteloze leningen voor (hoogstens 25.000 € per project) en volgt u de terugbetaling op; een beoordelaar die het dossier niet voorbereidde, beslist.</translation>
    </message>
    <message>
        <source>Loans to decide</source>
        <translation>Leningen te beslissen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Here you will synchronise this device with the central database, see what was sent and received, and resolve conflicts.</source>
        <translation>Hier synchroniseert u straks dit toestel met de centrale databank, ziet u wat verstuurd en ontvangen werd en lost u conflicten op.</translation>
    </message>
    <message>
        <source>Changes not yet synchronised</source>
        <translation>Nog niet gesynchroniseerde wijzigingen</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Laatste geslaagde synchronisatie</translation>
    </message>
    <message>
        <source>This part of SmartDesk is not available yet.</source>
        <translation>Dit deel van SmartDesk is nog niet beschikbaar.</translation>
    </message>
    <message>
        <source>Today, on this device</source>
        <translation>Vandaag, op dit toestel</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Choose your name in the list.</source>
        <translation>Kies uw naam in de lijst.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Typ uw pincode.</translation>
    </message>
    <message>
        <source>Sign in to SmartDesk</source>
        <translation>Aanmelden bij SmartDesk</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Kies uw naam en typ uw pincode.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;Pincode</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
</TS>
