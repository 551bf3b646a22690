<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AccidentForm</name>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Medisch attest</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>Pdf bewaard: {path}</translation>
    </message>
    <message>
        <source>Save the declaration as PDF</source>
        <translation>De aangifte als pdf bewaren</translation>
    </message>
    <message>
        <source>New accident declaration</source>
        <translation>Nieuwe ongevalsaangifte</translation>
    </message>
    <message>
        <source>Accident declaration · {state}</source>
        <translation>Ongevalsaangifte · {state}</translation>
    </message>
    <message>
        <source>Member and date</source>
        <translation>Lid en datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Injury (health data: only you, TeamAdmin and administrators)</source>
        <translation>Letsel (gezondheidsgegevens: alleen u, TeamAdmin en beheerders)</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Verzekeraar</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en uur</translation>
    </message>
    <message>
        <source>Type of accident</source>
        <translation>Soort ongeval</translation>
    </message>
    <message>
        <source>Mission abroad</source>
        <translation>Zending in het buitenland</translation>
    </message>
    <message>
        <source>Light accident</source>
        <translation>Licht ongeval</translation>
    </message>
    <message>
        <source>First-aider, time of the care</source>
        <translation>Hulpverlener, uur van de verzorging</translation>
    </message>
    <message>
        <source>Aggravation known on</source>
        <translation>Verergering gekend op</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Route starts at</source>
        <translation>Traject begint in</translation>
    </message>
    <message>
        <source>Route ends at</source>
        <translation>Traject eindigt in</translation>
    </message>
    <message>
        <source>Detour or stop, and why</source>
        <translation>Omweg of onderbreking, en waarom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Getuigen</translation>
    </message>
    <message>
        <source>First aid given</source>
        <translation>Gegeven eerste hulp</translation>
    </message>
    <message>
        <source>Deviation / agent codes</source>
        <translation>Codes afwijking / voorwerp</translation>
    </message>
    <message>
        <source>Client company (temp work)</source>
        <translation>Gebruiker (uitzendarbeid)</translation>
    </message>
    <message>
        <source>Nature of the injury</source>
        <translation>Aard van het letsel</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Lichaamsdeel</translation>
    </message>
    <message>
        <source>Injury code</source>
        <translation>Code van het letsel</translation>
    </message>
    <message>
        <source>Incapacity (days)</source>
        <translation>Ongeschiktheid (dagen)</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Medische zorgen</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Polisnummer</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Taal van het formulier</translation>
    </message>
    <message>
        <source>Name or member number</source>
        <translation>Naam of lidnummer</translation>
    </message>
    <message>
        <source>on a mission abroad for the Activity</source>
        <translation>op zending in het buitenland voor de Activiteit</translation>
    </message>
    <message>
        <source>first-aid register only (no loss of wages, no incapacity, no doctor)</source>
        <translation>alleen EHBO-register (geen loonverlies, geen ongeschiktheid, geen arts)</translation>
    </message>
    <message>
        <source>a light accident that got worse</source>
        <translation>een licht ongeval dat verergerde</translation>
    </message>
    <message>
        <source>on a public road</source>
        <translation>op de openbare weg</translation>
    </message>
    <message>
        <source>traffic accident</source>
        <translation>verkeersongeval</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>blijvend</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>dodelijk</translation>
    </message>
    <message>
        <source>back at work</source>
        <translation>werk hervat</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet gekend</translation>
    </message>
    <message>
        <source>Health data are shown only to the adviser who filed the declaration, TeamAdmin and administrators.</source>
        <translation>Gezondheidsgegevens zijn alleen zichtbaar voor de adviseur die de aangifte deed, TeamAdmin en beheerders.</translation>
    </message>
    <message>
        <source>e.g. 51</source>
        <translation>bv. 51</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>voorwerp</translation>
    </message>
    <message>
        <source>e.g. 021</source>
        <translation>bv. 021</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Submit to TeamAdmin</source>
        <translation>Indienen bij TeamAdmin</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Pdf bewaren…</translation>
    </message>
    <message>
        <source>Declare aggravation</source>
        <translation>Verergering aangeven</translation>
    </message>
    <message>
        <source>Attach the certificate…</source>
        <translation>Attest bijvoegen…</translation>
    </message>
</context>
<context>
    <name>ActivityPageView</name>
    <message>
        <source>Save the welcome summary</source>
        <translation>Welkomstsamenvatting bewaren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Een document toevoegen</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Bewaard: {path}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <source>Contract types</source>
        <translation>Contracttypes</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviseur</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatief)</translation>
    </message>
    <message>
        <source>This Activity is active.</source>
        <translation>Deze Activiteit is actief.</translation>
    </message>
    <message>
        <source>The wizard of this Activity is not finished yet.</source>
        <translation>De wizard van deze Activiteit is nog niet afgerond.</translation>
    </message>
    <message>
        <source>Still to do before it can be activated: {items}</source>
        <translation>Nog te doen voor ze geactiveerd kan worden: {items}</translation>
    </message>
    <message>
        <source>Every required item is done: the Activity can be activated.</source>
        <translation>Alle verplichte punten zijn afgewerkt: de Activiteit kan geactiveerd worden.</translation>
    </message>
    <message>
        <source>Identity card scan</source>
        <translation>Scan van de identiteitskaart</translation>
    </message>
    <message>
        <source>Signed usage agreement</source>
        <translation>Ondertekende gebruiksovereenkomst</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>op deze computer</translation>
    </message>
    <message>
        <source>attached on another computer, not on this one yet</source>
        <translation>toegevoegd op een andere computer, nog niet op deze</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ontwerp</translation>
    </message>
    <message>
        <source>Loans ({count})</source>
        <translation>Leningen ({count})</translation>
    </message>
    <message>
        <source>Quotes ({count})</source>
        <translation>Offertes ({count})</translation>
    </message>
    <message>
        <source>Contracts ({count})</source>
        <translation>Contracten ({count})</translation>
    </message>
    <message>
        <source>← Member</source>
        <translation>← Lid</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>Opstartchecklist</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>Welcome summary (PDF)…</source>
        <translation>Welkomstsamenvatting (pdf)…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>Nieuwe offerte…</translation>
    </message>
    <message>
        <source>Apply for a loan…</source>
        <translation>Lening aanvragen…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. btw</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>Brutoloon</translation>
    </message>
</context>
<context>
    <name>ActivityPicker</name>
    <message>
        <source>No members found</source>
        <translation>Geen leden gevonden</translation>
    </message>
    <message>
        <source>{count} members found; the first {shown} are listed, type more</source>
        <translation>{count} leden gevonden; de eerste {shown} staan in de lijst, typ verder om te verfijnen</translation>
    </message>
    <message>
        <source>{count} members found</source>
        <translation>{count} leden gevonden</translation>
    </message>
    <message>
        <source>This member has no Activity yet.</source>
        <translation>Dit lid heeft nog geen activiteit.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Name, member number or Activity…</source>
        <translation>Naam, lidnummer of activiteit…</translation>
    </message>
</context>
<context>
    <name>ActivityPickerDialog</name>
    <message>
        <source>Choose an Activity</source>
        <translation>Kies een activiteit</translation>
    </message>
</context>
<context>
    <name>ActivityWizard</name>
    <message>
        <source>Draft saved</source>
        <translation>Ontwerp bewaard</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>1. Name</source>
        <translation>1. Naam</translation>
    </message>
    <message>
        <source>2. Sector</source>
        <translation>2. Sector</translation>
    </message>
    <message>
        <source>3. Entity</source>
        <translation>3. Entiteit</translation>
    </message>
    <message>
        <source>4. Tool</source>
        <translation>4. Werkwijze</translation>
    </message>
    <message>
        <source>5. Contract types</source>
        <translation>5. Contracttypes</translation>
    </message>
    <message>
        <source>6. Who works in it</source>
        <translation>6. Wie werkt erin</translation>
    </message>
    <message>
        <source>7. Adviser and summary</source>
        <translation>7. Adviseur en samenvatting</translation>
    </message>
    <message>
        <source>The name is how the member, their clients and Smart will recognise this Activity on every quote, invoice and contract.</source>
        <translation>Aan de naam herkennen het lid, zijn klanten en Smart deze Activiteit op elke offerte, factuur en elk contract.</translation>
    </message>
    <message>
        <source>The sector decides which onboarding items apply and how Smart reports the work; choose the one closest to what the member sells.</source>
        <translation>De sector bepaalt welke opstartpunten gelden en hoe Smart over het werk rapporteert; kies wat het dichtst bij het aanbod van het lid ligt.</translation>
    </message>
    <message>
        <source>The entity is the employer on the member&apos;s contracts: it decides which contracts are possible and which documents the clients must sign.</source>
        <translation>De entiteit is de werkgever op de contracten van het lid: ze bepaalt welke contracten mogelijk zijn en welke documenten de klanten moeten tekenen.</translation>
    </message>
    <message>
        <source>The tool decides how the member is paid: from a budget they manage, or one employment contract per invoice.</source>
        <translation>De werkwijze bepaalt hoe het lid betaald wordt: uit een budget dat het zelf beheert, of met een arbeidscontract per factuur.</translation>
    </message>
    <message>
        <source>The contract types decide the wage the member keeps from an invoice: the budget simulator shows each one side by side.</source>
        <translation>De contracttypes bepalen welk loon het lid van een factuur overhoudt: de budgetsimulator toont ze naast elkaar.</translation>
    </message>
    <message>
        <source>Everyone who works in the Activity needs their own contract and is covered by its insurance only once they are added here.</source>
        <translation>Iedereen die in de Activiteit werkt, heeft een eigen contract nodig en is pas verzekerd zodra hij hier toegevoegd is.</translation>
    </message>
    <message>
        <source>The adviser follows the onboarding checklist with the member; check the summary before you finish.</source>
        <translation>De adviseur overloopt de opstartchecklist met het lid; controleer de samenvatting voor je afrondt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <source>Contract types</source>
        <translation>Contracttypes</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Andere leden</translation>
    </message>
    <message>
        <source>New Activity for {member}</source>
        <translation>Nieuwe Activiteit voor {member}</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>Nieuwe Activiteit</translation>
    </message>
    <message>
        <source>&amp;Name of the Activity</source>
        <translation>&amp;Naam van de Activiteit</translation>
    </message>
    <message>
        <source>What the member does or sells (optional)</source>
        <translation>Wat het lid doet of verkoopt (facultatief)</translation>
    </message>
    <message>
        <source>Any activity: the general entity.</source>
        <translation>Elke activiteit: de algemene entiteit.</translation>
    </message>
    <message>
        <source>For trainers and teachers.</source>
        <translation>Voor opleiders en lesgevers.</translation>
    </message>
    <message>
        <source>Temp-agency contracts: each client signs a workstation sheet listing the job&apos;s risks before work starts.</source>
        <translation>Uitzendcontracten: elke klant tekent een werkpostfiche met de risico&apos;s van de job vóór het werk begint.</translation>
    </message>
    <message>
        <source>A budget the member manages: invoices fill it, wages and expenses are paid from it.</source>
        <translation>Een budget dat het lid zelf beheert: facturen vullen het, lonen en onkosten worden eruit betaald.</translation>
    </message>
    <message>
        <source>Each invoice makes an employment contract.</source>
        <translation>Elke factuur wordt een arbeidscontract.</translation>
    </message>
    <message>
        <source>Find a member by name or number…</source>
        <translation>Zoek een lid op naam of nummer…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Working in this Activity besides the holder:</source>
        <translation>Werken in deze Activiteit naast de houder:</translation>
    </message>
    <message>
        <source>Adviser: {name} · office {office}</source>
        <translation>Adviseur: {name} · kantoor {office}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Sluiten (het ontwerp blijft bewaard)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>This computer has no keyring to keep the key of SmartDesk&apos;s database. Choose a passphrase of at least 12 characters; SmartDesk asks for it at every start. Keep it safe: without it nobody can read the database, not even the helpdesk.</source>
        <translation>Deze computer heeft geen sleutelhanger om de sleutel van de SmartDesk-databank te bewaren. Kies een wachtzin van minstens 12 tekens; SmartDesk vraagt erom bij elke start. Bewaar hem goed: zonder wachtzin kan niemand de databank lezen, ook de helpdesk niet.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so SmartDesk&apos;s database is protected by a passphrase. Type it to open the database.</source>
        <translation>Deze computer heeft geen sleutelhanger, dus de SmartDesk-databank is beveiligd met een wachtzin. Typ die om de databank te openen.</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Type it again.</source>
        <translation>Deze wachtzin opent de databank niet. Typ hem opnieuw.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>De wachtzin moet minstens 12 tekens hebben.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring (was the data folder copied from another computer?). If the database is protected by a passphrase, type it; otherwise cancel and contact the helpdesk.</source>
        <translation>De sleutel van deze databank zit niet in de sleutelhanger van deze computer (werd de gegevensmap van een andere computer gekopieerd?). Is de databank beveiligd met een wachtzin, typ die dan; annuleer anders en contacteer de helpdesk.</translation>
    </message>
    <message>
        <source>SmartDesk encrypts its database. This happens once, and can take a minute on a large database. If you cancel, SmartDesk closes and does it at the next start.</source>
        <translation>SmartDesk versleutelt zijn databank. Dat gebeurt één keer en kan bij een grote databank een minuut duren. Als u annuleert, sluit SmartDesk af en doet het dit bij de volgende start.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
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
    <name>AskTeamAdminDialog</name>
    <message>
        <source>(optional)</source>
        <translation>(facultatief)</translation>
    </message>
    <message>
        <source>TeamAdmin&apos;s due date: {date}</source>
        <translation>Uiterste datum voor TeamAdmin: {date}</translation>
    </message>
    <message>
        <source>The due date follows from the dates you fill in.</source>
        <translation>De uiterste datum volgt uit de data die u invult.</translation>
    </message>
    <message>
        <source>Ask TeamAdmin for…</source>
        <translation>TeamAdmin vragen om…</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Wat is nodig</translation>
    </message>
    <message>
        <source>For {member}</source>
        <translation>Voor {member}</translation>
    </message>
</context>
<context>
    <name>BudgetSimulator</name>
    <message>
        <source>Smart&apos;s contribution ({rate}%)</source>
        <translation>Bijdrage van Smart ({rate}%)</translation>
    </message>
    <message>
        <source>Werkbudget</source>
        <translation>Werkbudget</translation>
    </message>
    <message>
        <source>Expenses refunded</source>
        <translation>Terugbetaalde onkosten</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>Brutoloon</translation>
    </message>
    <message>
        <source>Rules: {source}. The gross wage is the werkbudget less expenses, divided by the employer&apos;s cost factor of each contract type.</source>
        <translation>Regels: {source}. Het brutoloon is het werkbudget min de onkosten, gedeeld door de werkgeverscoëfficiënt van elk contracttype.</translation>
    </message>
    <message>
        <source>Budget simulator: what the member keeps</source>
        <translation>Budgetsimulator: wat het lid overhoudt</translation>
    </message>
    <message>
        <source>&amp;Invoiced, excl. VAT (EUR)</source>
        <translation>&amp;Gefactureerd, excl. btw (EUR)</translation>
    </message>
    <message>
        <source>&amp;Expenses to refund (EUR)</source>
        <translation>&amp;Terug te betalen onkosten (EUR)</translation>
    </message>
</context>
<context>
    <name>ChangeClientDialog</name>
    <message>
        <source>Change client</source>
        <translation>Klant wijzigen</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;{client}&lt;/b&gt;</source>
        <translation>Nu: &lt;b&gt;{client}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The VAT of every line is checked again for the new client: a treatment or rate may change, and a decision an adviser made may no longer hold. The lines that change are marked afterwards.</source>
        <translation>De btw van elke lijn wordt opnieuw gecontroleerd voor de nieuwe klant: een behandeling of tarief kan veranderen, en een beslissing van een adviseur kan vervallen. De lijnen die veranderen, worden daarna gemarkeerd.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Police report no. (required)</source>
        <translation>Nummer proces-verbaal (verplicht)</translation>
    </message>
    <message>
        <source>Police report no.</source>
        <translation>Nummer proces-verbaal</translation>
    </message>
    <message>
        <source>Deadline: check the dates</source>
        <translation>Termijn: controleer de datums</translation>
    </message>
    <message>
        <source>{kind} · the policy&apos;s delay: {days} days from the discovery</source>
        <translation>{kind} · termijn van de polis: {days} dagen na de ontdekking</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Een bestand bijvoegen</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>Pdf bewaard: {path}</translation>
    </message>
    <message>
        <source>Save the claim as PDF</source>
        <translation>De schadeaangifte als pdf bewaren</translation>
    </message>
    <message>
        <source>New insurance claim</source>
        <translation>Nieuwe schadeaangifte</translation>
    </message>
    <message>
        <source>Insurance claim · {state}</source>
        <translation>Schadeaangifte · {state}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Others involved and damage</source>
        <translation>Betrokkenen en schade</translation>
    </message>
    <message>
        <source>Policy and attachments</source>
        <translation>Polis en bijlagen</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>Soort schade</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en uur</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Ontdekt op</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Omstandigheden</translation>
    </message>
    <message>
        <source>Presumed cause</source>
        <translation>Vermoedelijke oorzaak</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Derden</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Getuigen</translation>
    </message>
    <message>
        <source>Estimated damage (EUR)</source>
        <translation>Geschatte schade (EUR)</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Verzekeraar</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Polisnummer</translation>
    </message>
    <message>
        <source>Policy&apos;s delay (days)</source>
        <translation>Termijn van de polis (dagen)</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Taal van het formulier</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Policy no.</source>
        <translation>Polisnr.</translation>
    </message>
    <message>
        <source>Name or member number</source>
        <translation>Naam of lidnummer</translation>
    </message>
    <message>
        <source>insured items were lost</source>
        <translation>verzekerde goederen zijn verloren</translation>
    </message>
    <message>
        <source>policy default</source>
        <translation>standaard van de polis</translation>
    </message>
    <message>
        <source>Add a third party</source>
        <translation>Een derde toevoegen</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Bestand bijvoegen…</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Submit to TeamAdmin</source>
        <translation>Indienen bij TeamAdmin</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Pdf bewaren…</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>{number}: format and check digits are right.</source>
        <translation>{number}: vorm en controlecijfers kloppen.</translation>
    </message>
    <message>
        <source>Asking VIES…</source>
        <translation>VIES wordt geraadpleegd…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation>Soort klant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Taal van de documenten</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>Postcode en gemeente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. BE0403019261; empty for a private person</source>
        <translation>bv. BE0403019261; leeg voor een particulier</translation>
    </message>
    <message>
        <source>Check with VIES</source>
        <translation>Controleren via VIES</translation>
    </message>
    <message>
        <source>Saves the client, then asks the European Commission&apos;s VIES service</source>
        <translation>Bewaart de klant en raadpleegt dan VIES, de dienst van de Europese Commissie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Search the Activity&apos;s clients…</source>
        <translation>Zoek bij de klanten van de activiteit…</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nieuwe klant…</translation>
    </message>
</context>
<context>
    <name>ClientTexts</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} dagen geleden</translation>
    </message>
    <message>
        <source>{state} (checked {age}, {when})</source>
        <translation>{state} (gecontroleerd {age}, {when})</translation>
    </message>
    <message>
        <source>Not an EU VAT number: VIES does not apply to this client.</source>
        <translation>Geen btw-nummer uit de EU: VIES geldt niet voor deze klant.</translation>
    </message>
    <message>
        <source>VIES is unavailable right now. The number has never been checked; this does not mean it is invalid. Try again later.</source>
        <translation>VIES is nu niet bereikbaar. Het nummer werd nog nooit gecontroleerd; dat betekent niet dat het ongeldig is. Probeer later opnieuw.</translation>
    </message>
    <message>
        <source>VIES is unavailable right now; this does not mean the number is invalid. Last result: {result}.</source>
        <translation>VIES is nu niet bereikbaar; dat betekent niet dat het nummer ongeldig is. Laatste resultaat: {result}.</translation>
    </message>
    <message>
        <source>VIES confirms this VAT number (checked just now).</source>
        <translation>VIES bevestigt dit btw-nummer (zonet gecontroleerd).</translation>
    </message>
    <message>
        <source>VIES does not know this VAT number (checked just now). Check it with the client.</source>
        <translation>VIES kent dit btw-nummer niet (zonet gecontroleerd). Controleer het met de klant.</translation>
    </message>
</context>
<context>
    <name>DeclarationCount</name>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation>
            <numerusform>%n aangifte</numerusform>
            <numerusform>%n aangiften</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationQueue</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagen over</translation>
    </message>
</context>
<context>
    <name>DeclarationsView</name>
    <message>
        <source>(draft)</source>
        <translation>(ontwerp)</translation>
    </message>
    <message>
        <source>Accident declarations and insurance claims</source>
        <translation>Ongevalsaangiften en schadeaangiften</translation>
    </message>
    <message>
        <source>Filed by me</source>
        <translation>Door mij ingediend</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alle kantoren</translation>
    </message>
    <message>
        <source>My office</source>
        <translation>Mijn kantoor</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>All accidents</source>
        <translation>Alle ongevallen</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Alle schadegevallen</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Elke stand</translation>
    </message>
    <message>
        <source>Days left at most</source>
        <translation>Hoogstens dagen over</translation>
    </message>
    <message>
        <source>any</source>
        <translation>om het even</translation>
    </message>
    <message>
        <source>New accident declaration</source>
        <translation>Nieuwe ongevalsaangifte</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nieuwe schadeaangifte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Cover or kind of claim</source>
        <translation>Dekking of soort schade</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
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
        <source>TeamAdmin questions waiting for your answer</source>
        <translation>Vragen van TeamAdmin die op uw antwoord wachten</translation>
    </message>
    <message>
        <source>Loans to decide</source>
        <translation>Leningen te beslissen</translation>
    </message>
    <message>
        <source>Loans in arrears</source>
        <translation>Leningen met achterstand</translation>
    </message>
    <message>
        <source>Changes not yet synchronised</source>
        <translation>Nog niet gesynchroniseerde wijzigingen</translation>
    </message>
    <message>
        <source>Overdue, or due in the next {days} days</source>
        <translation>Te laat, of te doen in de komende {days} dagen</translation>
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
        <source>Activities you are setting up ({count})</source>
        <translation>Activiteiten die je aan het opstarten bent ({count})</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Laatst bewaard</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
    <message>
        <source>Nothing is due in the next {days} days.</source>
        <translation>Niets vervalt in de komende {days} dagen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Lening</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>Met achterstand</translation>
    </message>
</context>
<context>
    <name>IssuerIdentityView</name>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>A quote of this entity cannot be sent without it.</source>
        <translation>Zonder dit gegeven kan een offerte van deze entiteit niet verstuurd worden.</translation>
    </message>
    <message>
        <source>Issuer identity</source>
        <translation>Identiteit van de uitgever</translation>
    </message>
    <message>
        <source>What every quote prints about its issuer, per entity. A quote cannot be sent while a field is missing. The central administrator sets it with “smartdesk central identity set”; every device gets it by sync.</source>
        <translation>Wat elke offerte over haar uitgever vermeldt, per entiteit. Zolang een gegeven ontbreekt, kan een offerte niet verstuurd worden. De centrale beheerder vult het in met “smartdesk central identity set”; elk toestel krijgt het via synchronisatie.</translation>
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
        <source>Being set up</source>
        <translation>In opstart</translation>
    </message>
    <message>
        <source>Ready to activate</source>
        <translation>Klaar om te activeren</translation>
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
        <source>First-aid register</source>
        <translation>EHBO-register</translation>
    </message>
    <message>
        <source>Submitted to TeamAdmin</source>
        <translation>Ingediend bij TeamAdmin</translation>
    </message>
    <message>
        <source>Question from TeamAdmin</source>
        <translation>Vraag van TeamAdmin</translation>
    </message>
    <message>
        <source>Sent to the insurer</source>
        <translation>Verstuurd naar de verzekeraar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Work accident</source>
        <translation>Arbeidsongeval</translation>
    </message>
    <message>
        <source>Commute accident</source>
        <translation>Ongeval op weg naar of van het werk</translation>
    </message>
    <message>
        <source>Private life cover</source>
        <translation>Dekking privéleven</translation>
    </message>
    <message>
        <source>Business mobility (mission abroad)</source>
        <translation>Business mobility (zending in het buitenland)</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Niet gedekt</translation>
    </message>
    <message>
        <source>At the workplace</source>
        <translation>Op de arbeidsplaats</translation>
    </message>
    <message>
        <source>On the way to or from work</source>
        <translation>Op de weg van en naar het werk</translation>
    </message>
    <message>
        <source>Damage to a prosthesis only</source>
        <translation>Enkel schade aan een prothese</translation>
    </message>
    <message>
        <source>Civil liability</source>
        <translation>Burgerlijke aansprakelijkheid</translation>
    </message>
    <message>
        <source>Own equipment</source>
        <translation>Eigen materiaal</translation>
    </message>
    <message>
        <source>Drone</source>
        <translation>Drone</translation>
    </message>
    <message>
        <source>IT and data loss</source>
        <translation>IT en gegevensverlies</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Diefstal</translation>
    </message>
    <message>
        <source>Notify the labour inspectorate immediately</source>
        <translation>Onmiddellijk melden aan de arbeidsinspectie</translation>
    </message>
    <message>
        <source>Detailed report to the inspectorate</source>
        <translation>Omstandig verslag aan de inspectie</translation>
    </message>
    <message>
        <source>the client company</source>
        <translation>de gebruiker (klantbedrijf)</translation>
    </message>
    <message>
        <source>The client company reports a serious accident to the labour inspectorate.</source>
        <translation>De gebruiker meldt een ernstig ongeval aan de arbeidsinspectie.</translation>
    </message>
    <message>
        <source>The client company starts the detailed report.</source>
        <translation>De gebruiker start het omstandig verslag.</translation>
    </message>
    <message>
        <source>overdue by {days} d</source>
        <translation>{days} d te laat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
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
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Professional equipment</source>
        <translation>Professioneel materiaal</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquiditeit</translation>
    </message>
    <message>
        <source>Advance on expense notes</source>
        <translation>Voorschot op onkostennota&apos;s</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Te beslissen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Supplier&apos;s quote</source>
        <translation>Offerte van de leverancier</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>Opleidingsprogramma</translation>
    </message>
    <message>
        <source>Expense notes</source>
        <translation>Onkostennota&apos;s</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Belgian VAT</source>
        <translation>Belgische btw</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Verlegging van heffing</translation>
    </message>
    <message>
        <source>Outside the scope of Belgian VAT</source>
        <translation>Buiten het toepassingsgebied van de Belgische btw</translation>
    </message>
    <message>
        <source>VAT of another EU country</source>
        <translation>Btw van een andere EU-lidstaat</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Business (VAT-registered)</source>
        <translation>Onderneming (btw-plichtig)</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Overheid</translation>
    </message>
    <message>
        <source>EU institution</source>
        <translation>Europese instelling</translation>
    </message>
    <message>
        <source>International organisation or embassy</source>
        <translation>Internationale organisatie of ambassade</translation>
    </message>
    <message>
        <source>Not checked with VIES</source>
        <translation>Niet gecontroleerd via VIES</translation>
    </message>
    <message>
        <source>Valid in VIES</source>
        <translation>Geldig volgens VIES</translation>
    </message>
    <message>
        <source>Unknown to VIES (invalid)</source>
        <translation>Onbekend bij VIES (ongeldig)</translation>
    </message>
    <message>
        <source>VIES unavailable</source>
        <translation>VIES niet bereikbaar</translation>
    </message>
    <message>
        <source>Not an EU VAT number</source>
        <translation>Geen btw-nummer uit de EU</translation>
    </message>
    <message>
        <source>Performance (music, theatre, dance, DJ…)</source>
        <translation>Optreden (muziek, theater, dans, dj…)</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Lezing</translation>
    </message>
    <message>
        <source>Copyright licence (author&apos;s rights)</source>
        <translation>Overdracht van auteursrechten</translation>
    </message>
    <message>
        <source>Software licence</source>
        <translation>Softwarelicentie</translation>
    </message>
    <message>
        <source>Design (graphic, web, product)</source>
        <translation>Ontwerp (grafisch, web, product)</translation>
    </message>
    <message>
        <source>IT service</source>
        <translation>IT-dienst</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Tolken</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Dietary advice</source>
        <translation>Voedingsadvies</translation>
    </message>
    <message>
        <source>Wellbeing (non-medical care)</source>
        <translation>Welzijn (niet-medische zorg)</translation>
    </message>
    <message>
        <source>Hairdressing</source>
        <translation>Kapperswerk</translation>
    </message>
    <message>
        <source>Make-up, costumes, set</source>
        <translation>Make-up, kostuums, decor</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>Audiovisual service</source>
        <translation>Audiovisuele dienst</translation>
    </message>
    <message>
        <source>Sound and light technician</source>
        <translation>Geluids- en lichttechnicus</translation>
    </message>
    <message>
        <source>Catering (meal served on site)</source>
        <translation>Catering (maaltijd ter plaatse bediend)</translation>
    </message>
    <message>
        <source>Cooking workshop</source>
        <translation>Kookworkshop</translation>
    </message>
    <message>
        <source>Admission ticket</source>
        <translation>Toegangsticket</translation>
    </message>
    <message>
        <source>Artwork rental</source>
        <translation>Verhuur van kunstwerken</translation>
    </message>
    <message>
        <source>Renovation of a dwelling</source>
        <translation>Renovatie van een woning</translation>
    </message>
    <message>
        <source>Garden work</source>
        <translation>Tuinwerk</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consultancy</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Andere dienst</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Logies</translation>
    </message>
    <message>
        <source>Small repairs (bicycles, shoes, clothing)</source>
        <translation>Kleine herstellingen (fietsen, schoenen, kleding)</translation>
    </message>
    <message>
        <source>Sale of an artwork by its creator</source>
        <translation>Verkoop van een kunstwerk door de maker</translation>
    </message>
    <message>
        <source>Plants and cut flowers</source>
        <translation>Planten en snijbloemen</translation>
    </message>
    <message>
        <source>Floral arrangement</source>
        <translation>Bloemstuk</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boek</translation>
    </message>
    <message>
        <source>Food (supplied as goods)</source>
        <translation>Voeding (geleverd als goed)</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Dranken</translation>
    </message>
    <message>
        <source>Crafts</source>
        <translation>Ambachtelijke producten</translation>
    </message>
    <message>
        <source>Other goods</source>
        <translation>Andere goederen</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessie</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>optreden</translation>
    </message>
    <message>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>stuk</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <source>portion</source>
        <translation>portie</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>Is the client the organiser of the show, concert or conference?</source>
        <translation>Is de klant de organisator van de voorstelling, het concert of de conferentie?</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Rechtsvorm</translation>
    </message>
    <message>
        <source>Registered seat</source>
        <translation>Maatschappelijke zetel</translation>
    </message>
    <message>
        <source>RPR/RPM (court)</source>
        <translation>RPR (rechtbank)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Is the client a publisher who publishes the work?</source>
        <translation>Is de klant een uitgever die het werk uitgeeft?</translation>
    </message>
    <message>
        <source>Does the client file periodic VAT returns?</source>
        <translation>Dient de klant periodieke btw-aangiften in?</translation>
    </message>
    <message>
        <source>Is the work used for advertising?</source>
        <translation>Wordt het werk voor reclame gebruikt?</translation>
    </message>
    <message>
        <source>Is the licence of the rights the main object, rather than the work itself?</source>
        <translation>Is de overdracht van de rechten het hoofdvoorwerp, eerder dan het werk zelf?</translation>
    </message>
    <message>
        <source>Is there a publishing contract?</source>
        <translation>Is er een uitgeverscontract?</translation>
    </message>
    <message>
        <source>Is it a scientific work?</source>
        <translation>Gaat het om een wetenschappelijk werk?</translation>
    </message>
    <message>
        <source>Is it streamed online rather than attended?</source>
        <translation>Wordt het online gestreamd in plaats van ter plaatse bijgewoond?</translation>
    </message>
    <message>
        <source>Is there proof that the goods are transported out of Belgium?</source>
        <translation>Is er een bewijs dat de goederen uit België vervoerd worden?</translation>
    </message>
    <message>
        <source>Does the care have a therapeutic purpose?</source>
        <translation>Heeft de zorg een therapeutisch doel?</translation>
    </message>
    <message>
        <source>Is the member a recognised health professional?</source>
        <translation>Is het lid een erkende zorgverlener?</translation>
    </message>
    <message>
        <source>Is it recognised education or vocational training?</source>
        <translation>Gaat het om erkend onderwijs of een erkende beroepsopleiding?</translation>
    </message>
    <message>
        <source>Which exemption document does the client give?</source>
        <translation>Welk vrijstellingsdocument geeft de klant?</translation>
    </message>
    <message>
        <source>Is it a private dwelling?</source>
        <translation>Gaat het om een privéwoning?</translation>
    </message>
    <message>
        <source>Is the food served on site, with service?</source>
        <translation>Wordt het eten ter plaatse opgediend, met bediening?</translation>
    </message>
    <message>
        <source>Are drinks included?</source>
        <translation>Zijn er dranken inbegrepen?</translation>
    </message>
    <message>
        <source>Does it include luxury food (caviar, lobster…)?</source>
        <translation>Bevat het luxevoeding (kaviaar, kreeft…)?</translation>
    </message>
    <message>
        <source>Do the member&apos;s sales to consumers in other EU countries exceed €10,000 a year?</source>
        <translation>Verkoopt het lid voor meer dan € 10.000 per jaar aan consumenten in andere EU-landen?</translation>
    </message>
    <message>
        <source>Is the client the end consumer of the works (not re-invoicing them)?</source>
        <translation>Is de klant de eindverbruiker van de werken (factureert hij ze niet door)?</translation>
    </message>
    <message>
        <source>Are the drinks alcoholic?</source>
        <translation>Bevatten de dranken alcohol?</translation>
    </message>
    <message>
        <source>Is it supplied electronically (download, streaming, online service)?</source>
        <translation>Wordt het elektronisch geleverd (download, streaming, onlinedienst)?</translation>
    </message>
    <message>
        <source>In which year was the dwelling first occupied?</source>
        <translation>In welk jaar werd de woning voor het eerst in gebruik genomen?</translation>
    </message>
    <message>
        <source>Which share of the price is for the pot, ribbons and other material?</source>
        <translation>Welk deel van de prijs gaat naar de pot, linten en ander materiaal?</translation>
    </message>
    <message>
        <source>In which country does it take place?</source>
        <translation>In welk land vindt het plaats?</translation>
    </message>
    <message>
        <source>To which country do the goods go?</source>
        <translation>Naar welk land gaan de goederen?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>EU order form with the art. 42 §3 mention</source>
        <translation>EU-bestelbon met de vermelding van art. 42 § 3</translation>
    </message>
    <message>
        <source>E-certificate</source>
        <translation>E-certificaat</translation>
    </message>
    <message>
        <source>EU VAT exemption certificate</source>
        <translation>Btw-vrijstellingscertificaat van de EU</translation>
    </message>
    <message>
        <source>Form 450 (official use)</source>
        <translation>Formulier 450 (officieel gebruik)</translation>
    </message>
    <message>
        <source>Form 451 (personal use)</source>
        <translation>Formulier 451 (persoonlijk gebruik)</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Bediende</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Kunstenaar</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Quote created</source>
        <translation>Offerte aangemaakt</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>Lijn toegevoegd</translation>
    </message>
    <message>
        <source>Line changed</source>
        <translation>Lijn gewijzigd</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>Lijn verwijderd</translation>
    </message>
    <message>
        <source>VAT decided by an adviser</source>
        <translation>Btw beslist door een adviseur</translation>
    </message>
    <message>
        <source>VAT checked again</source>
        <translation>Btw opnieuw gecontroleerd</translation>
    </message>
    <message>
        <source>Client changed</source>
        <translation>Klant gewijzigd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Member of an Activity</source>
        <translation>Lid van een activiteit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>Offertelijn</translation>
    </message>
    <message>
        <source>Accident declaration</source>
        <translation>Ongevalsaangifte</translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation>Schadeaangifte</translation>
    </message>
    <message>
        <source>Loan application</source>
        <translation>Leningaanvraag</translation>
    </message>
    <message>
        <source>Loan instalment</source>
        <translation>Aflossing van een lening</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>The same field was changed here and in the central database.</source>
        <translation>Hetzelfde veld werd hier en in de centrale databank gewijzigd.</translation>
    </message>
    <message>
        <source>The document is no longer a draft and was changed on both sides: it is never merged automatically.</source>
        <translation>Het document is geen ontwerp meer en werd aan beide kanten gewijzigd: het wordt nooit automatisch samengevoegd.</translation>
    </message>
    <message>
        <source>It was deleted in the central database while it was changed here.</source>
        <translation>Het werd in de centrale databank verwijderd terwijl het hier gewijzigd werd.</translation>
    </message>
    <message>
        <source>It was changed on both sides and the version this device started from is unknown.</source>
        <translation>Het werd aan beide kanten gewijzigd en de versie waarvan dit toestel vertrok is onbekend.</translation>
    </message>
    <message>
        <source>It was made here, but the central database already has it.</source>
        <translation>Het werd hier gemaakt, maar de centrale databank heeft het al.</translation>
    </message>
    <message>
        <source>This person was made a member on another device too (same INSZ): merge the two.</source>
        <translation>Deze persoon werd ook op een ander toestel lid gemaakt (zelfde INSZ): voeg de twee samen.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Gevraagd bedrag</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Soort contract</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reden van de beslissing</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Verwijderd op</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Korting (%)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>Brutoloon</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>National number (INSZ)</source>
        <translation>Rijksregisternummer (INSZ)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Datum van uitgifte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Lidnummer</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Lid sinds</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Aandelen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Totaal incl. btw</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Totaal excl. btw</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>Btw-behandeling</translation>
    </message>
    <message>
        <source>Sickness fund: incapacity</source>
        <translation>Ziekenfonds: arbeidsongeschiktheid</translation>
    </message>
    <message>
        <source>Sickness fund: resumption</source>
        <translation>Ziekenfonds: werkhervatting</translation>
    </message>
    <message>
        <source>C4 unemployment certificate</source>
        <translation>C4-werkloosheidsbewijs</translation>
    </message>
    <message>
        <source>Part-time allowance (start)</source>
        <translation>Inkomensgarantie-uitkering (begin)</translation>
    </message>
    <message>
        <source>A1 posting abroad</source>
        <translation>A1 detachering naar het buitenland</translation>
    </message>
    <message>
        <source>Employment attest</source>
        <translation>Tewerkstellingsattest</translation>
    </message>
    <message>
        <source>Art-worker attest (record)</source>
        <translation>Kunstwerkattest (registratie)</translation>
    </message>
    <message>
        <source>Peddler authorisation</source>
        <translation>Machtiging ambulante handel</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>Andere aanvraag</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Waiting for info</source>
        <translation>Wacht op info</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>vroeg aan</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>nam op</translation>
    </message>
    <message>
        <source>asked a question</source>
        <translation>stelde een vraag</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>antwoordde</translation>
    </message>
    <message>
        <source>produced the document</source>
        <translation>maakte het document aan</translation>
    </message>
    <message>
        <source>recorded the reference</source>
        <translation>legde de referentie vast</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>sloot af</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>heropende</translation>
    </message>
    <message>
        <source>Incapacity started on</source>
        <translation>Arbeidsongeschikt sinds</translation>
    </message>
    <message>
        <source>Sickness fund asked on</source>
        <translation>Ziekenfonds vroeg op</translation>
    </message>
    <message>
        <source>Declared without a request</source>
        <translation>Aangegeven zonder aanvraag</translation>
    </message>
    <message>
        <source>Back at work on</source>
        <translation>Werkhervatting op</translation>
    </message>
    <message>
        <source>Employment started on</source>
        <translation>Tewerkstelling begonnen op</translation>
    </message>
    <message>
        <source>Employment ends on</source>
        <translation>Tewerkstelling eindigt op</translation>
    </message>
    <message>
        <source>Reason it ends</source>
        <translation>Reden van beëindiging</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Paritair comité</translation>
    </message>
    <message>
        <source>Exact gross wage (art worker)</source>
        <translation>Exact brutoloon (kunstwerker)</translation>
    </message>
    <message>
        <source>Part-time work started on</source>
        <translation>Deeltijds werk begonnen op</translation>
    </message>
    <message>
        <source>Part of full time (e.g. 1/2)</source>
        <translation>Deel van voltijds (bv. 1/2)</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Land van detachering</translation>
    </message>
    <message>
        <source>Client abroad</source>
        <translation>Klant in het buitenland</translation>
    </message>
    <message>
        <source>Client&apos;s address</source>
        <translation>Adres van de klant</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>Plaats van tewerkstelling</translation>
    </message>
    <message>
        <source>Posting starts on</source>
        <translation>Detachering begint op</translation>
    </message>
    <message>
        <source>Posting ends on</source>
        <translation>Detachering eindigt op</translation>
    </message>
    <message>
        <source>Replaces another posted worker</source>
        <translation>Vervangt een andere gedetacheerde werknemer</translation>
    </message>
    <message>
        <source>Dimona number</source>
        <translation>Dimona-nummer</translation>
    </message>
    <message>
        <source>What the member will do</source>
        <translation>Wat het lid zal doen</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot</translation>
    </message>
    <message>
        <source>Asked for (purpose)</source>
        <translation>Gevraagd voor (doel)</translation>
    </message>
    <message>
        <source>Type of attest</source>
        <translation>Soort attest</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Gewest</translation>
    </message>
    <message>
        <source>Sales at the consumer&apos;s home</source>
        <translation>Verkoop aan huis bij de consument</translation>
    </message>
    <message>
        <source>Sells food</source>
        <translation>Verkoopt voeding</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Wat wordt gevraagd</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Nodig tegen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>End of the contract</source>
        <translation>Einde van de overeenkomst</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Ontslag door de werknemer</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Ontslag door de werkgever</translation>
    </message>
    <message>
        <source>Certificate of work (ongoing)</source>
        <translation>Arbeidsbewijs (lopend)</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Gewoon</translation>
    </message>
    <message>
        <source>Plus (5 years)</source>
        <translation>Plus (5 jaar)</translation>
    </message>
    <message>
        <source>Starter (3 years)</source>
        <translation>Starter (3 jaar)</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Change line</source>
        <translation>Lijn wijzigen</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nieuwe lijn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Unit price (€, excl. VAT)</source>
        <translation>Eenheidsprijs (€, excl. btw)</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Korting (%)</translation>
    </message>
    <message>
        <source>Date of supply</source>
        <translation>Datum van levering</translation>
    </message>
    <message>
        <source>As the quote</source>
        <translation>Zoals de offerte</translation>
    </message>
    <message>
        <source>When the goods are delivered or the work is done: the VAT rate of that day applies. Leave it as the quote to use the quote&apos;s planned delivery date.</source>
        <translation>Wanneer de goederen geleverd worden of het werk af is: het btw-tarief van die dag geldt. Laat &quot;Zoals de offerte&quot; staan om de geplande leverdatum van de offerte te gebruiken.</translation>
    </message>
    <message>
        <source>What the client gets, as on the quote</source>
        <translation>Wat de klant krijgt, zoals op de offerte</translation>
    </message>
    <message>
        <source>Choose what kind of work or goods</source>
        <translation>Kies het soort werk of goed</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Lijn bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>LoanPanel</name>
    <message>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>The member&apos;s explanation of the need</source>
        <translation>De uitleg van het lid over de behoefte</translation>
    </message>
    <message>
        <source>One item a line: description; price</source>
        <translation>Eén item per regel: omschrijving; prijs</translation>
    </message>
    <message>
        <source>Your assessment for the reviewer</source>
        <translation>Uw beoordeling voor de beoordelaar</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Bijvoegen…</translation>
    </message>
    <message>
        <source>Submit for decision</source>
        <translation>Indienen ter beslissing</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Bedrag (EUR)</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Looptijd (maanden)</translation>
    </message>
    <message>
        <source>First instalment due</source>
        <translation>Eerste aflossing op</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijsstukken</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Review file (computed)</source>
        <translation>Beoordelingsdossier (berekend)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>For a refusal: the reason, written for the member</source>
        <translation>Bij een weigering: de reden, geschreven voor het lid</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Approved amount (EUR)</source>
        <translation>Toegekend bedrag (EUR)</translation>
    </message>
    <message>
        <source>Approved term (months)</source>
        <translation>Toegekende looptijd (maanden)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Repayments</source>
        <translation>Terugbetalingen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo na</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Ontvangen bedrag</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Betaling registreren</translation>
    </message>
    <message>
        <source>Repay the balance</source>
        <translation>Saldo terugbetalen</translation>
    </message>
    <message>
        <source>Loan agreement (PDF)…</source>
        <translation>Leningsovereenkomst (pdf)…</translation>
    </message>
    <message>
        <source>Refusal letter (PDF)…</source>
        <translation>Weigeringsbrief (pdf)…</translation>
    </message>
    <message>
        <source>No application selected</source>
        <translation>Geen aanvraag gekozen</translation>
    </message>
    <message>
        <source>Choose a loan in the list, or start a new application.</source>
        <translation>Kies een lening in de lijst of start een nieuwe aanvraag.</translation>
    </message>
    <message>
        <source>{member}, {activity} · prepared by {adviser} · OGM {ogm}</source>
        <translation>{member}, {activity} · voorbereid door {adviser} · OGM {ogm}</translation>
    </message>
    <message>
        <source>Nothing attached yet</source>
        <translation>Nog niets bijgevoegd</translation>
    </message>
    <message>
        <source>Approved by {who}: {amount} over {months} months.</source>
        <translation>Goedgekeurd door {who}: {amount} over {months} maanden.</translation>
    </message>
    <message>
        <source>Refused by {who}: {reason}</source>
        <translation>Geweigerd door {who}: {reason}</translation>
    </message>
    <message>
        <source>Balance {balance} · in arrears {arrears} ({days} days late)</source>
        <translation>Saldo {balance} · achterstand {arrears} ({days} dagen te laat)</translation>
    </message>
    <message>
        <source>Computed when the application is submitted.</source>
        <translation>Berekend wanneer de aanvraag wordt ingediend.</translation>
    </message>
    <message>
        <source>Activity started {date} ({months} months ago)</source>
        <translation>Activiteit gestart op {date} ({months} maanden geleden)</translation>
    </message>
    <message>
        <source>Invoiced in the last 12 months: {amount}</source>
        <translation>Gefactureerd in de laatste 12 maanden: {amount}</translation>
    </message>
    <message>
        <source>Werkbudget in the last 12 months: {amount}</source>
        <translation>Werkbudget in de laatste 12 maanden: {amount}</translation>
    </message>
    <message>
        <source>Still owed on other loans: {amount}; in arrears: {late}</source>
        <translation>Nog verschuldigd op andere leningen: {amount}; achterstand: {late}</translation>
    </message>
    <message>
        <source>Instalment {instalment} against an average monthly income of {average}{share}</source>
        <translation>Aflossing {instalment} tegenover een gemiddeld maandinkomen van {average}{share}</translation>
    </message>
    <message>
        <source>No rule threshold crossed.</source>
        <translation>Geen drempel van een regel overschreden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Bewijsstuk bijvoegen</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>De pdf opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Opgeslagen als {path}</translation>
    </message>
</context>
<context>
    <name>LoansChart</name>
    <message>
        <source>Approved (EUR)</source>
        <translation>Toegekend (EUR)</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <source>To decide</source>
        <translation>Te beslissen</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>Alle leningen</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>Met achterstand</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Nieuwe aanvraag…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overview, last 12 months</source>
        <translation>Overzicht, laatste 12 maanden</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alle kantoren</translation>
    </message>
    <message>
        <source>My office</source>
        <translation>Mijn kantoor</translation>
    </message>
    <message>
        <source>The cooperative</source>
        <translation>De coöperatie</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>De grafiek wordt getekend…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} dagen te laat</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} maanden</translation>
    </message>
    <message>
        <source>Balance {balance}</source>
        <translation>Saldo {balance}</translation>
    </message>
    <message>
        <source>{n} applications · {a} approved · {r} refused · {total} · average {avg}</source>
        <translation>{n} aanvragen · {a} goedgekeurd · {r} geweigerd · {total} · gemiddeld {avg}</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Total approved</source>
        <translation>Totaal toegekend</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Het overzicht exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>aanvragen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>total approved</source>
        <translation>totaal toegekend</translation>
    </message>
    <message>
        <source>average</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SmartDesk</source>
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
        <source>Issuer identity</source>
        <translation>Identiteit van de uitgever</translation>
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
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflicten: {count}</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <translation>Synchronisatie vraagt aandacht</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>Offline — working on this device</source>
        <translation>Offline — u werkt op dit toestel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Synchronisatie: …</translation>
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
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation>Nieuwe Activiteit…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Each showing is written to the audit log.</source>
        <translation>Elke weergave wordt in het auditlogboek geschreven.</translation>
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
        <source>Open the Activity&apos;s page</source>
        <translation>De pagina van de Activiteit openen</translation>
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
    <name>MemberFormDialog</name>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>BIS number</source>
        <translation>BIS-nummer</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>geslacht onbekend</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren op {date}</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>geboortedatum onbekend</translation>
    </message>
    <message>
        <source>{kind} · {born} · {sex}</source>
        <translation>{kind} · {born} · {sex}</translation>
    </message>
    <message>
        <source>Bank: {bic}</source>
        <translation>Bank: {bic}</translation>
    </message>
    <message>
        <source>Account in {country}</source>
        <translation>Rekening in {country}</translation>
    </message>
    <message>
        <source>{name}, member no. {number}, born {born}, {city}</source>
        <translation>{name}, lid nr. {number}, geboren op {born}, {city}</translation>
    </message>
    <message>
        <source>A member of another office</source>
        <translation>Een lid van een ander kantoor</translation>
    </message>
    <message>
        <source>Same INSZ: this is the same person.</source>
        <translation>Zelfde INSZ: dit is dezelfde persoon.</translation>
    </message>
    <message>
        <source>Same name and birth date.</source>
        <translation>Zelfde naam en geboortedatum.</translation>
    </message>
    <message>
        <source>Same IBAN.</source>
        <translation>Zelfde IBAN.</translation>
    </message>
    <message>
        <source>Open this member</source>
        <translation>Dit lid openen</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Lid wijzigen</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <source>Change the address, contact details, IBAN or language.</source>
        <translation>Wijzig het adres, de contactgegevens, het IBAN of de taal.</translation>
    </message>
    <message>
        <source>Type the person&apos;s names, INSZ or IBAN: members who may be the same person appear on the right as you type.</source>
        <translation>Typ de namen, het INSZ of het IBAN van de persoon: leden die dezelfde persoon kunnen zijn, verschijnen rechts terwijl je typt.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
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
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
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
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Shares subscribed</source>
        <translation>Aandelen onderschreven</translation>
    </message>
    <message>
        <source>Possibly already a member</source>
        <translation>Mogelijk al lid</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>Number</source>
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
    <name>MemberRequestsSection</name>
    <message>
        <source>No request to TeamAdmin for this member.</source>
        <translation>Geen aanvraag aan TeamAdmin voor dit lid.</translation>
    </message>
    <message>
        <source>Requests to TeamAdmin</source>
        <translation>Aanvragen aan TeamAdmin</translation>
    </message>
    <message>
        <source>Ask TeamAdmin for…</source>
        <translation>TeamAdmin vragen om…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
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
        <source>New member…</source>
        <translation>Nieuw lid…</translation>
    </message>
    <message>
        <source>Search by name, member number, city, e-mail, INSZ or Activity…</source>
        <translation>Zoek op naam, lidnummer, gemeente, e-mail, INSZ of activiteit…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Type a number, for example 12.50.</source>
        <translation>Typ een getal, bijvoorbeeld 12,50.</translation>
    </message>
    <message>
        <source>The discount is a percentage between 0 and 100.</source>
        <translation>De korting is een percentage tussen 0 en 100.</translation>
    </message>
    <message>
        <source>Choose an answer from the list.</source>
        <translation>Kies een antwoord uit de lijst.</translation>
    </message>
    <message>
        <source>The VAT check could not read this answer. Check it and try again.</source>
        <translation>De btw-controle kon dit antwoord niet lezen. Controleer het en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This VAT rate cannot be used for this line.</source>
        <translation>Dit btw-tarief kan niet voor deze lijn gebruikt worden.</translation>
    </message>
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
        <source>This kind of file cannot be attached. Allowed: {allowed}.</source>
        <translation>Dit soort bestand kan niet worden toegevoegd. Toegestaan: {allowed}.</translation>
    </message>
    <message>
        <source>This file is {size_mb} MB; at most {max_mb} MB can be attached. Scan at a lower resolution or split the document.</source>
        <translation>Dit bestand is {size_mb} MB; er kan hoogstens {max_mb} MB worden toegevoegd. Scan met een lagere resolutie of splits het document.</translation>
    </message>
    <message>
        <source>This file is empty. Choose the file again.</source>
        <translation>Dit bestand is leeg. Kies het bestand opnieuw.</translation>
    </message>
    <message>
        <source>The file has no name. Save it under a name and attach it again.</source>
        <translation>Het bestand heeft geen naam. Bewaar het onder een naam en voeg het opnieuw toe.</translation>
    </message>
    <message>
        <source>This database keeps no files. Attach the file on an office computer.</source>
        <translation>Deze databank bewaart geen bestanden. Voeg het bestand toe op een kantoorcomputer.</translation>
    </message>
    <message>
        <source>The file was attached on another computer and is not on this one yet.</source>
        <translation>Het bestand werd op een andere computer toegevoegd en staat nog niet op deze.</translation>
    </message>
    <message>
        <source>The file on this computer is damaged (its content no longer matches). Attach it again from the original.</source>
        <translation>Het bestand op deze computer is beschadigd (de inhoud klopt niet meer). Voeg het opnieuw toe vanaf het origineel.</translation>
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
        <source>Only EU VAT numbers can be used here. For a client outside the EU, leave the VAT number empty.</source>
        <translation>Hier kunnen alleen btw-nummers uit de EU gebruikt worden. Laat het btw-nummer leeg voor een klant buiten de EU.</translation>
    </message>
    <message>
        <source>This VAT number starts with another country&apos;s code. Check the client&apos;s country or the number.</source>
        <translation>Dit btw-nummer begint met de code van een ander land. Controleer het land van de klant of het nummer.</translation>
    </message>
    <message>
        <source>Use a Belgian IBAN (it starts with BE).</source>
        <translation>Gebruik een Belgisch IBAN (het begint met BE).</translation>
    </message>
    <message>
        <source>Choose the kind of client from the list.</source>
        <translation>Kies het soort klant uit de lijst.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s country from the list.</source>
        <translation>Kies het land van de klant uit de lijst.</translation>
    </message>
    <message>
        <source>This client has no VAT number to check. Add the number first.</source>
        <translation>Deze klant heeft geen btw-nummer om te controleren. Vul eerst het nummer in.</translation>
    </message>
    <message>
        <source>The data folder cannot be used: check its permissions, or start SmartDesk with another folder (--data-dir).</source>
        <translation>De gegevensmap is niet bruikbaar: controleer haar rechten, of start SmartDesk met een andere map (--data-dir).</translation>
    </message>
    <message>
        <source>The file is not a SmartDesk database, or it is damaged. Restore it from a copy; nothing was written to it.</source>
        <translation>Het bestand is geen SmartDesk-databank of het is beschadigd. Zet een kopie terug; er werd niets in geschreven.</translation>
    </message>
    <message>
        <source>This database was last used by a newer SmartDesk. Update SmartDesk on this computer; nothing was changed.</source>
        <translation>Deze databank werd het laatst gebruikt door een nieuwere SmartDesk. Werk SmartDesk bij op deze computer; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key of this database is not on this computer. Restore the data folder on the computer it comes from, or ask the helpdesk; nothing was changed.</source>
        <translation>De sleutel van deze databank staat niet op deze computer. Zet de gegevensmap terug op de computer waar ze vandaan komt, of vraag het aan de helpdesk; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key on this computer does not open this database. Ask the helpdesk; nothing was changed.</source>
        <translation>De sleutel op deze computer opent deze databank niet. Vraag het aan de helpdesk; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Type it again.</source>
        <translation>Deze wachtzin opent de databank niet. Typ hem opnieuw.</translation>
    </message>
    <message>
        <source>This computer has no keyring: SmartDesk needs the database passphrase to start.</source>
        <translation>Deze computer heeft geen sleutelhanger: SmartDesk heeft de wachtzin van de databank nodig om te starten.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>De wachtzin moet minstens 12 tekens hebben.</translation>
    </message>
    <message>
        <source>The keyring of this computer did not answer. Unlock it (sign in again) and restart SmartDesk; nothing was changed.</source>
        <translation>De sleutelhanger van deze computer antwoordde niet. Ontgrendel hem (meld u opnieuw aan) en start SmartDesk opnieuw; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>SmartDesk could not encrypt its database. The database is unchanged; check the free disk space and start again.</source>
        <translation>SmartDesk kon zijn databank niet versleutelen. De databank is ongewijzigd; controleer de vrije schijfruimte en start opnieuw.</translation>
    </message>
    <message>
        <source>Encrypting the database was cancelled. The database is unchanged; SmartDesk does it at the next start.</source>
        <translation>Het versleutelen van de databank werd geannuleerd. De databank is ongewijzigd; SmartDesk doet het bij de volgende start.</translation>
    </message>
    <message>
        <source>Another SmartDesk is using this database. Close it, then start again.</source>
        <translation>Een andere SmartDesk gebruikt deze databank. Sluit die en start dan opnieuw.</translation>
    </message>
    <message>
        <source>You have no PIN on this device yet: sign in once with your central password.</source>
        <translation>U hebt nog geen pincode op dit toestel: meld u één keer aan met uw centrale wachtwoord.</translation>
    </message>
    <message>
        <source>This person already has a PIN on this device: sign in with it.</source>
        <translation>Deze persoon heeft al een pincode op dit toestel: meld u daarmee aan.</translation>
    </message>
    <message>
        <source>This device is not connected to the central database yet, so your central password cannot be checked. Ask a colleague to connect it (Sync view).</source>
        <translation>Dit toestel is nog niet verbonden met de centrale databank, dus uw centrale wachtwoord kan niet gecontroleerd worden. Vraag een collega om het te verbinden (scherm Synchronisatie).</translation>
    </message>
    <message>
        <source>A tax number from outside the EU has 4 to 20 letters and digits.</source>
        <translation>Een belastingnummer van buiten de EU telt 4 tot 20 letters en cijfers.</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>Kies een categorie uit de lijst.</translation>
    </message>
    <message>
        <source>This client does not belong to the quote&apos;s Activity. Choose one of its clients or create a new one.</source>
        <translation>Deze klant hoort niet bij de activiteit van de offerte. Kies een van haar klanten of maak een nieuwe klant aan.</translation>
    </message>
    <message>
        <source>The issuer&apos;s identity of {entity} is not complete: {missing} missing. A quote cannot be sent without it. An administrator sets it under Settings › Issuer identity (or with “smartdesk central identity set”).</source>
        <translation>De identiteit van de uitgever van {entity} is niet volledig: {missing} ontbreekt. Zonder die gegevens kan een offerte niet verstuurd worden. Een beheerder vult ze in onder Instellingen › Identiteit van de uitgever (of met “smartdesk central identity set”).</translation>
    </message>
    <message>
        <source>This enterprise number is not valid (10 digits, check digits mod 97).</source>
        <translation>Dit ondernemingsnummer is niet geldig (10 cijfers, controlecijfers mod 97).</translation>
    </message>
    <message>
        <source>This is not a valid Belgian VAT number (BE and 10 digits).</source>
        <translation>Dit is geen geldig Belgisch btw-nummer (BE en 10 cijfers).</translation>
    </message>
    <message>
        <source>This IBAN is not valid: check the country code and the check digits.</source>
        <translation>Deze IBAN is niet geldig: controleer de landcode en de controlecijfers.</translation>
    </message>
    <message>
        <source>This BIC is not valid (8 or 11 letters and digits).</source>
        <translation>Deze BIC is niet geldig (8 of 11 letters en cijfers).</translation>
    </message>
    <message>
        <source>The quote has no lines yet. Add at least one line before sending it.</source>
        <translation>De offerte heeft nog geen lijnen. Voeg minstens één lijn toe voor u ze verstuurt.</translation>
    </message>
    <message>
        <source>This quote is no longer a draft and cannot be changed. Duplicate it to make a new draft.</source>
        <translation>Deze offerte is geen ontwerp meer en kan niet meer gewijzigd worden. Dupliceer ze om een nieuw ontwerp te maken.</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>De eenheidsprijs kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>Het aantal moet groter zijn dan 0.</translation>
    </message>
    <message>
        <source>Choose a VAT rate: 21 %, 12 %, 6 % or 0 %.</source>
        <translation>Kies een btw-tarief: 21 %, 12 %, 6 % of 0 %.</translation>
    </message>
    <message>
        <source>Write why, in at least 10 characters: the reason is kept in the quote&apos;s history.</source>
        <translation>Schrijf waarom, in minstens 10 tekens: de reden wordt bewaard in de geschiedenis van de offerte.</translation>
    </message>
    <message>
        <source>A line still needs a VAT decision. Select the marked line, choose “Decide VAT…” and write why.</source>
        <translation>Een lijn wacht nog op een btw-beslissing. Selecteer de gemarkeerde lijn, kies “Btw beslissen…” en schrijf waarom.</translation>
    </message>
    <message>
        <source>This quote cannot make that move in its present state. Open it again to see its latest state.</source>
        <translation>Deze offerte kan die stap in haar huidige toestand niet zetten. Open ze opnieuw om haar laatste toestand te zien.</translation>
    </message>
    <message>
        <source>Choose a VAT treatment from the list.</source>
        <translation>Kies een btw-behandeling uit de lijst.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 365 days.</source>
        <translation>De geldigheid moet tussen 1 en 365 dagen liggen.</translation>
    </message>
    <message>
        <source>This amount is too large. Check the quantity and the unit price.</source>
        <translation>Dit bedrag is te groot. Controleer het aantal en de eenheidsprijs.</translation>
    </message>
    <message>
        <source>The VAT check needs this answer.</source>
        <translation>De btw-controle heeft dit antwoord nodig.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Dit is geen geldige datum.</translation>
    </message>
    <message>
        <source>There are no VAT rules for this date. Check the quote&apos;s date.</source>
        <translation>Er zijn geen btw-regels voor deze datum. Controleer de datum van de offerte.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Kies een land uit de lijst.</translation>
    </message>
    <message>
        <source>This category does not fit the kind of line (goods or service).</source>
        <translation>Deze categorie past niet bij het soort lijn (goed of dienst).</translation>
    </message>
    <message>
        <source>Give a share between 0 % and 100 %.</source>
        <translation>Geef een aandeel tussen 0 % en 100 %.</translation>
    </message>
    <message>
        <source>Give a year between 1000 and the year of the quote.</source>
        <translation>Geef een jaar tussen 1000 en het jaar van de offerte.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Het bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>There are no budget rules for this date.</source>
        <translation>Er zijn geen budgetregels voor deze datum.</translation>
    </message>
    <message>
        <source>The budget simulator does not apply to temp (interim) contracts.</source>
        <translation>De budgetsimulator geldt niet voor interimcontracten.</translation>
    </message>
    <message>
        <source>The contribution rate must lie between the standard rate and the maximum for partners abroad.</source>
        <translation>Het bijdragepercentage moet tussen het standaardpercentage en het maximum voor partners in het buitenland liggen.</translation>
    </message>
    <message>
        <source>Choose a contract type from the list.</source>
        <translation>Kies een soort contract uit de lijst.</translation>
    </message>
    <message>
        <source>No connection to the central database. You keep working on this device; the changes stay here and go out at the next sync.</source>
        <translation>Geen verbinding met de centrale databank. U werkt verder op dit toestel; de wijzigingen blijven hier en vertrekken bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>This device is not connected to the central database yet. In Sync, choose “Connect to the central database…”.</source>
        <translation>Dit toestel is nog niet verbonden met de centrale databank. Kies in Synchronisatie „Verbinden met de centrale databank…”.</translation>
    </message>
    <message>
        <source>SmartDesk needs the sync password: choose Sync now and type it. It is kept only until you close SmartDesk.</source>
        <translation>SmartDesk heeft het wachtwoord voor de synchronisatie nodig: kies Nu synchroniseren en typ het. Het wordt alleen bewaard tot u SmartDesk sluit.</translation>
    </message>
    <message>
        <source>The central database refused this login or password. Check them, or ask your administrator.</source>
        <translation>De centrale databank weigerde deze gebruikersnaam of dit wachtwoord. Controleer ze, of vraag het aan uw beheerder.</translation>
    </message>
    <message>
        <source>This login is not an active SmartDesk user in the central database. Ask your administrator.</source>
        <translation>Deze gebruikersnaam is geen actieve SmartDesk-gebruiker in de centrale databank. Vraag het aan uw beheerder.</translation>
    </message>
    <message>
        <source>Update SmartDesk: the central database needs a newer version. Your changes stay on this device until then; changes made by others still arrive.</source>
        <translation>Werk SmartDesk bij: de centrale databank vraagt een nieuwere versie. Tot dan blijven uw wijzigingen op dit toestel; wijzigingen van anderen komen wel nog binnen.</translation>
    </message>
    <message>
        <source>The central database is older than this SmartDesk. An administrator must upgrade it first; your changes stay on this device until then.</source>
        <translation>De centrale databank is ouder dan deze SmartDesk. Een beheerder moet ze eerst bijwerken; tot dan blijven uw wijzigingen op dit toestel.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected problem. Your changes stay on this device. Try again later; if it keeps happening, contact the helpdesk.</source>
        <translation>De synchronisatie stopte door een onverwacht probleem. Uw wijzigingen blijven op dit toestel. Probeer later opnieuw; blijft het gebeuren, contacteer dan de helpdesk.</translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL database. It looks like postgresql://server/database.</source>
        <translation>Dit is geen adres van een PostgreSQL-databank. Het ziet eruit als postgresql://server/databank.</translation>
    </message>
    <message>
        <source>Choose keep mine, keep theirs, or the fields to keep.</source>
        <translation>Kies mijn versie, hun versie, of de velden die u behoudt.</translation>
    </message>
    <message>
        <source>This field is not part of the conflict. Open the conflict again.</source>
        <translation>Dit veld hoort niet bij het conflict. Open het conflict opnieuw.</translation>
    </message>
    <message>
        <source>Your role or office may not make this change.</source>
        <translation>Uw rol of kantoor mag deze wijziging niet maken.</translation>
    </message>
    <message>
        <source>A number or login in it is already taken in the central database.</source>
        <translation>Een nummer of gebruikersnaam erin is al in gebruik in de centrale databank.</translation>
    </message>
    <message>
        <source>It refers to a record the central database does not have.</source>
        <translation>Ze verwijst naar een gegeven dat de centrale databank niet heeft.</translation>
    </message>
    <message>
        <source>The record does not exist in the central database, or is not part of your office.</source>
        <translation>Het gegeven bestaat niet in de centrale databank, of hoort niet bij uw kantoor.</translation>
    </message>
    <message>
        <source>The central database found a value in it that is not valid.</source>
        <translation>De centrale databank vond er een ongeldige waarde in.</translation>
    </message>
    <message>
        <source>The central database does not know this kind of record. Update SmartDesk.</source>
        <translation>De centrale databank kent dit soort gegevens niet. Werk SmartDesk bij.</translation>
    </message>
    <message>
        <source>The central database has another record with the number of a document sent from this device. The sent document stays as it is here; ask your administrator which one keeps the number.</source>
        <translation>De centrale databank heeft een ander record met het nummer van een document dat vanaf dit toestel verstuurd is. Het verstuurde document blijft hier zoals het is; vraag je beheerder welk van beide het nummer houdt.</translation>
    </message>
    <message>
        <source>Say in a few words why (at least 5 characters): it is kept with the change.</source>
        <translation>Zeg in een paar woorden waarom (minstens 5 tekens): het wordt bij de wijziging bewaard.</translation>
    </message>
    <message>
        <source>This is the central database&apos;s record, not a change made here: it can only be dismissed.</source>
        <translation>Dit is het record van de centrale databank, geen wijziging van hier: je kunt het alleen afwijzen.</translation>
    </message>
    <message>
        <source>This device has given every number of its series {series} for {scope}. Ask your administrator for help.</source>
        <translation>Dit toestel heeft alle nummers van zijn reeks {series} voor {scope} gebruikt. Vraag je beheerder om hulp.</translation>
    </message>
    <message>
        <source>The central database gave its number to another record; the version made here is kept aside.</source>
        <translation>De centrale databank gaf het nummer aan een ander gegeven; de versie die hier gemaakt werd, blijft apart bewaard.</translation>
    </message>
    <message>
        <source>Outside your role or office: it stays on this device.</source>
        <translation>Buiten uw rol of kantoor: het blijft op dit toestel.</translation>
    </message>
    <message>
        <source>The central database refused a record made on this device before it connected, so nothing was uploaded. Everything stays on this device; ask your administrator.</source>
        <translation>De centrale databank weigerde een record dat op dit toestel werd gemaakt voordat het verbonden was, dus er werd niets opgeladen. Alles blijft op dit toestel; vraag raad aan je beheerder.</translation>
    </message>
    <message>
        <source>No longer part of what your role and office may see: the record was removed from this device; your change is kept here.</source>
        <translation>Valt niet meer onder wat uw rol en kantoor mogen zien: het record is van dit toestel verwijderd; uw wijziging blijft hier bewaard.</translation>
    </message>
    <message>
        <source>The central database refused this device&apos;s changes. They stay on this device; ask your administrator.</source>
        <translation>De centrale databank heeft de wijzigingen van dit toestel geweigerd. Ze blijven op dit toestel; vraag het aan uw beheerder.</translation>
    </message>
    <message>
        <source>Your login already holds as many numbering series as the central database gives one login (one per device it registered), so this device cannot sync. Ask an administrator to retire the series of your old devices. Your changes stay on this device.</source>
        <translation>Uw login heeft al zoveel nummerreeksen als de centrale databank één login geeft (één per toestel dat hij registreerde), dus dit toestel kan niet synchroniseren. Vraag een beheerder om de reeksen van uw oude toestellen in te trekken. Uw wijzigingen blijven op dit toestel.</translation>
    </message>
    <message>
        <source>The central database is busy. Nothing is lost; sync again in a minute.</source>
        <translation>De centrale databank is bezet. Er gaat niets verloren; synchroniseer over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>The password contains a character that cannot be used. Type it again.</source>
        <translation>Het wachtwoord bevat een teken dat niet gebruikt kan worden. Typ het opnieuw.</translation>
    </message>
    <message>
        <source>Type the login you received: 1 to 63 characters.</source>
        <translation>Typ de login die u gekregen hebt: 1 tot 63 tekens.</translation>
    </message>
    <message>
        <source>The database of this device is read-only. Make the file and its folder writable for your account, then sync again. Nothing was lost.</source>
        <translation>De databank van dit toestel is alleen-lezen. Maak het bestand en de map beschrijfbaar voor uw account en synchroniseer dan opnieuw. Er ging niets verloren.</translation>
    </message>
    <message>
        <source>The database of this device could not be written. Check the disk, then sync again. Nothing was lost.</source>
        <translation>Er kon niet naar de databank van dit toestel geschreven worden. Controleer de schijf en synchroniseer dan opnieuw. Er ging niets verloren.</translation>
    </message>
    <message>
        <source>Not an ordinary file (a folder, a link or a device). Choose another file name.</source>
        <translation>Dit is geen gewoon bestand (een map, een koppeling of een apparaat). Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>This folder does not exist. Choose an existing folder.</source>
        <translation>Deze map bestaat niet. Kies een bestaande map.</translation>
    </message>
    <message>
        <source>This computer cannot store passwords safely. You will be asked for the password each session.</source>
        <translation>Deze computer kan wachtwoorden niet veilig bewaren. U krijgt bij elke sessie de vraag naar het wachtwoord.</translation>
    </message>
    <message>
        <source>Choose what to ask TeamAdmin for from the list.</source>
        <translation>Kies in de lijst wat u aan TeamAdmin vraagt.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Kies een datum.</translation>
    </message>
    <message>
        <source>This date is before the one above it. Check both dates.</source>
        <translation>Deze datum valt vóór de datum erboven. Controleer beide data.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <source>An A1 covers postings within the EU, the EEA and Switzerland. For another country, ask TeamAdmin (Other request): a bilateral agreement decides.</source>
        <translation>Een A1 geldt voor detacheringen binnen de EU, de EER en Zwitserland. Voor een ander land: vraag het TeamAdmin (Andere aanvraag); een bilateraal akkoord beslist.</translation>
    </message>
    <message>
        <source>A worker who replaces another posted worker cannot be posted under Belgian social security: no A1 can be asked.</source>
        <translation>Een werknemer die een andere gedetacheerde werknemer vervangt, kan niet onder de Belgische sociale zekerheid gedetacheerd worden: er kan geen A1 gevraagd worden.</translation>
    </message>
    <message>
        <source>Longer than {months} months: possible only by agreement between the institutions of both countries. TeamAdmin will check it with you.</source>
        <translation>Langer dan {months} maanden: enkel mogelijk met een akkoord tussen de instellingen van beide landen. TeamAdmin bekijkt het met u.</translation>
    </message>
    <message>
        <source>In Flanders no peddler authorisation is needed any more (since 1 April 2024): a KBO registration with the right activity codes replaces it.</source>
        <translation>In Vlaanderen is geen machtiging ambulante handel meer nodig (sinds 1 april 2024): een KBO-inschrijving met de juiste activiteitscodes vervangt ze.</translation>
    </message>
    <message>
        <source>In Brussels an authorisation is needed only for sales at the consumer&apos;s home (since 1 April 2024).</source>
        <translation>In Brussel is een machtiging enkel nodig voor verkoop aan huis bij de consument (sinds 1 april 2024).</translation>
    </message>
    <message>
        <source>Uncertain: whether Wallonia still requires the authorisation was not confirmed. TeamAdmin checks it before acting.</source>
        <translation>Onzeker: of Wallonië de machtiging nog vereist, is niet bevestigd. TeamAdmin controleert het voor het iets doet.</translation>
    </message>
    <message>
        <source>This type of art-worker attest is valid at most {years} years. Check the dates on the Kunstwerkcommissie&apos;s decision.</source>
        <translation>Dit soort kunstwerkattest is hoogstens {years} jaar geldig. Controleer de data op de beslissing van de Kunstwerkcommissie.</translation>
    </message>
    <message>
        <source>The legal date for this is already past: TeamAdmin will treat it first.</source>
        <translation>De wettelijke datum hiervoor is al voorbij: TeamAdmin behandelt dit eerst.</translation>
    </message>
    <message>
        <source>The date asked for is already past: TeamAdmin will treat it first.</source>
        <translation>De gevraagde datum is al voorbij: TeamAdmin behandelt dit eerst.</translation>
    </message>
    <message>
        <source>This request has moved on meanwhile (someone else may have acted on it). Refresh to see where it stands.</source>
        <translation>Deze aanvraag is intussen verder gegaan (iemand anders heeft er misschien iets mee gedaan). Vernieuw om te zien hoe ze ervoor staat.</translation>
    </message>
    <message>
        <source>Write the reason in a few words (at least {minimum} characters).</source>
        <translation>Schrijf de reden in enkele woorden (minstens {minimum} tekens).</translation>
    </message>
    <message>
        <source>Produce the document before closing the request.</source>
        <translation>Maak het document aan voor u de aanvraag afsluit.</translation>
    </message>
    <message>
        <source>Record the reference you received before closing the request.</source>
        <translation>Leg de ontvangen referentie vast voor u de aanvraag afsluit.</translation>
    </message>
    <message>
        <source>Produce the document or record the reference before closing the request.</source>
        <translation>Maak het document aan of leg de referentie vast voor u de aanvraag afsluit.</translation>
    </message>
    <message>
        <source>SmartDesk draws no document for this kind of request: record the reference.</source>
        <translation>SmartDesk maakt voor dit soort aanvraag geen document: leg de referentie vast.</translation>
    </message>
    <message>
        <source>The existing member belongs to another office. Ask that office to merge the two.</source>
        <translation>Het bestaande lid hoort bij een ander kantoor. Vraag dat kantoor de twee samen te voegen.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is not open elsewhere and try again.</source>
        <translation>Dit bestand kan niet gelezen worden. Controleer of het nergens anders open staat en probeer opnieuw.</translation>
    </message>
    <message>
        <source>An INSZ has digits only (dots, spaces and dashes are ignored), for example 93.05.18-223.61.</source>
        <translation>Een INSZ bevat alleen cijfers (punten, spaties en streepjes tellen niet), bijvoorbeeld 93.05.18-223.61.</translation>
    </message>
    <message>
        <source>An INSZ has 11 digits: 6 for the birth date, 3 for the counter, 2 check digits.</source>
        <translation>Een INSZ heeft 11 cijfers: 6 voor de geboortedatum, 3 voor de teller, 2 controlecijfers.</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of the INSZ: a digit was mistyped. Read it again from the identity card.</source>
        <translation>De controlecijfers kloppen niet met de rest van het INSZ: er is een cijfer verkeerd getypt. Lees het opnieuw van de identiteitskaart.</translation>
    </message>
    <message>
        <source>The birth month in this INSZ is impossible (01–12, or 21–32 / 41–52 for a BIS number). Check the 3rd and 4th digits.</source>
        <translation>De geboortemaand in dit INSZ is onmogelijk (01–12, of 21–32 / 41–52 voor een BIS-nummer). Controleer het 3de en 4de cijfer.</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters of the country and two check digits, then letters and digits only, for example BE71 0961 2345 6769.</source>
        <translation>Een IBAN begint met twee letters van het land en twee controlecijfers, daarna alleen letters en cijfers, bijvoorbeeld BE71 0961 2345 6769.</translation>
    </message>
    <message>
        <source>This IBAN has the wrong number of characters for its country (a Belgian IBAN has 16).</source>
        <translation>Dit IBAN heeft het verkeerde aantal tekens voor zijn land (een Belgisch IBAN heeft er 16).</translation>
    </message>
    <message>
        <source>The check digits of this IBAN do not match: a character was mistyped. Copy it again from a bank statement.</source>
        <translation>De controlecijfers van dit IBAN kloppen niet: er is een teken verkeerd getypt. Neem het opnieuw over van een rekeninguittreksel.</translation>
    </message>
    <message>
        <source>This IBAN names a bank or country that does not exist (the Belgian bank code is not in the National Bank&apos;s list). Check the digits after the check digits.</source>
        <translation>Dit IBAN verwijst naar een bank of land dat niet bestaat (de Belgische bankcode staat niet in de lijst van de Nationale Bank). Controleer de cijfers na de controlecijfers.</translation>
    </message>
    <message>
        <source>Members are paid on a Belgian account: give an IBAN that starts with BE.</source>
        <translation>Leden worden op een Belgische rekening betaald: geef een IBAN dat met BE begint.</translation>
    </message>
    <message>
        <source>An enterprise number has digits only, for example 0566.988.259.</source>
        <translation>Een ondernemingsnummer bevat alleen cijfers, bijvoorbeeld 0566.988.259.</translation>
    </message>
    <message>
        <source>An enterprise number has 10 digits, for example 0566.988.259.</source>
        <translation>Een ondernemingsnummer heeft 10 cijfers, bijvoorbeeld 0566.988.259.</translation>
    </message>
    <message>
        <source>The last two digits of this enterprise number do not match the others: a digit was mistyped.</source>
        <translation>De laatste twee cijfers van dit ondernemingsnummer kloppen niet met de andere: er is een cijfer verkeerd getypt.</translation>
    </message>
    <message>
        <source>An enterprise number starts with 0 or 1.</source>
        <translation>Een ondernemingsnummer begint met 0 of 1.</translation>
    </message>
    <message>
        <source>This VAT number has characters its country does not use. Type it as on the invoice, with or without the country prefix.</source>
        <translation>Dit btw-nummer bevat tekens die zijn land niet gebruikt. Typ het zoals op de factuur, met of zonder landcode.</translation>
    </message>
    <message>
        <source>This VAT number has the wrong number of characters for its country.</source>
        <translation>Dit btw-nummer heeft het verkeerde aantal tekens voor zijn land.</translation>
    </message>
    <message>
        <source>The check digits of this VAT number do not match: a character was mistyped.</source>
        <translation>De controlecijfers van dit btw-nummer kloppen niet: er is een teken verkeerd getypt.</translation>
    </message>
    <message>
        <source>This VAT number contains a part its country never issues (for a Belgian number: the first digit is 0 or 1).</source>
        <translation>Dit btw-nummer bevat een deel dat zijn land nooit uitreikt (voor een Belgisch nummer: het eerste cijfer is 0 of 1).</translation>
    </message>
    <message>
        <source>The country is not an EU member state, or the number&apos;s prefix names another country than the one given.</source>
        <translation>Het land is geen EU-lidstaat, of de landcode van het nummer is een ander land dan het opgegeven land.</translation>
    </message>
    <message>
        <source>A structured communication has 12 digits, written +++123/4567/89002+++.</source>
        <translation>Een gestructureerde mededeling heeft 12 cijfers, geschreven als +++123/4567/89002+++.</translation>
    </message>
    <message>
        <source>A structured communication has exactly 12 digits.</source>
        <translation>Een gestructureerde mededeling heeft precies 12 cijfers.</translation>
    </message>
    <message>
        <source>The last two digits of this structured communication do not match the first ten: a digit was mistyped.</source>
        <translation>De laatste twee cijfers van deze gestructureerde mededeling kloppen niet met de eerste tien: er is een cijfer verkeerd getypt.</translation>
    </message>
    <message>
        <source>The birth day encoded in this INSZ does not exist in that month; the birth date is treated as unknown. Check it against the identity card.</source>
        <translation>De geboortedag in dit INSZ bestaat niet in die maand; de geboortedatum geldt als onbekend. Vergelijk met de identiteitskaart.</translation>
    </message>
    <message>
        <source>This INSZ gives an age over 110. A birth in 2000 or later may have been typed with the wrong check digits: check it.</source>
        <translation>Dit INSZ geeft een leeftijd boven 110 jaar. Een geboorte in of na 2000 kan met verkeerde controlecijfers getypt zijn: controleer het.</translation>
    </message>
    <message>
        <source>This INSZ does not say the full birth date (month or day written 00). Ask for the birth date and type it yourself.</source>
        <translation>Dit INSZ geeft de volledige geboortedatum niet (maand of dag als 00 geschreven). Vraag de geboortedatum en vul ze zelf in.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>Dit is te lang: hoogstens {max} tekens.</translation>
    </message>
    <message>
        <source>Type the birth date as day/month/year, for example 18/05/1993.</source>
        <translation>Typ de geboortedatum als dag/maand/jaar, bijvoorbeeld 18/05/1993.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>De geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The INSZ does not give the full birth date: type it.</source>
        <translation>Het INSZ geeft de volledige geboortedatum niet: vul ze in.</translation>
    </message>
    <message>
        <source>The INSZ says born on {insz_date}. Check which one is right.</source>
        <translation>Het INSZ zegt geboren op {insz_date}. Controleer wat juist is.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, for example BE.</source>
        <translation>Gebruik de landcode van twee letters, bijvoorbeeld BE.</translation>
    </message>
    <message>
        <source>A member subscribes at least one share.</source>
        <translation>Een lid neemt minstens één aandeel.</translation>
    </message>
    <message>
        <source>This person is already a member (no. {number}). Open that member instead of making a second one.</source>
        <translation>Deze persoon is al lid (nr. {number}). Open dat lid in plaats van een tweede te maken.</translation>
    </message>
    <message>
        <source>A member with the same name and birth date, or the same IBAN, exists. Open them, or say they are another person.</source>
        <translation>Er bestaat een lid met dezelfde naam en geboortedatum, of hetzelfde IBAN. Open dat lid, of bevestig dat het iemand anders is.</translation>
    </message>
    <message>
        <source>The name is too long: at most {max} characters.</source>
        <translation>De naam is te lang: hoogstens {max} tekens.</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Kies een van de aangeboden mogelijkheden.</translation>
    </message>
    <message>
        <source>This member cannot be added: they are not a member of this office.</source>
        <translation>Dit lid kan niet toegevoegd worden: het is geen lid van dit kantoor.</translation>
    </message>
    <message>
        <source>Tick at least one contract type the member expects.</source>
        <translation>Vink minstens één contracttype aan dat het lid verwacht.</translation>
    </message>
    <message>
        <source>This checklist item does not apply to this Activity.</source>
        <translation>Dit punt van de checklist geldt niet voor deze Activiteit.</translation>
    </message>
    <message>
        <source>The Activity cannot be activated yet: {count} required item(s) of the checklist are not done.</source>
        <translation>De Activiteit kan nog niet geactiveerd worden: {count} verplicht(e) punt(en) van de checklist zijn niet afgewerkt.</translation>
    </message>
    <message>
        <source>Finish the wizard of this Activity first.</source>
        <translation>Werk eerst de wizard van deze Activiteit af.</translation>
    </message>
    <message>
        <source>An Activity in this state cannot be activated here.</source>
        <translation>Een Activiteit in deze toestand kan hier niet geactiveerd worden.</translation>
    </message>
    <message>
        <source>The expenses are more than the werkbudget: lower them or raise the amount.</source>
        <translation>De onkosten zijn hoger dan het werkbudget: verlaag ze of verhoog het bedrag.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Kies het lid.</translation>
    </message>
    <message>
        <source>Choose the type of accident.</source>
        <translation>Kies het soort ongeval.</translation>
    </message>
    <message>
        <source>Say where it happened.</source>
        <translation>Zeg waar het gebeurde.</translation>
    </message>
    <message>
        <source>Give the country as two letters, for example BE.</source>
        <translation>Geef het land in twee letters, bijvoorbeeld BE.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Beschrijf wat er gebeurde.</translation>
    </message>
    <message>
        <source>For an accident on the way to or from work, give where the route starts and ends.</source>
        <translation>Geef voor een ongeval op weg van of naar het werk aan waar de route begint en eindigt.</translation>
    </message>
    <message>
        <source>The insurer&apos;s form is in Dutch or French.</source>
        <translation>Het formulier van de verzekeraar is in het Nederlands of het Frans.</translation>
    </message>
    <message>
        <source>A code is made of digits only.</source>
        <translation>Een code bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <source>Give the days of incapacity as a number, 0 or more.</source>
        <translation>Geef de dagen ongeschiktheid als een getal, 0 of meer.</translation>
    </message>
    <message>
        <source>Give the name of the first-aider.</source>
        <translation>Geef de naam van de hulpverlener.</translation>
    </message>
    <message>
        <source>The date is after today. Check the date.</source>
        <translation>De datum ligt na vandaag. Controleer de datum.</translation>
    </message>
    <message>
        <source>The filing date is before the event.</source>
        <translation>De datum van aangifte ligt vóór de gebeurtenis.</translation>
    </message>
    <message>
        <source>The filing date is before the day the aggravation became known.</source>
        <translation>De datum van aangifte ligt vóór de dag waarop de verergering gekend werd.</translation>
    </message>
    <message>
        <source>The aggravation cannot be known before the accident happened.</source>
        <translation>De verergering kan niet gekend zijn vóór het ongeval gebeurde.</translation>
    </message>
    <message>
        <source>The aggravation date is after today.</source>
        <translation>De datum van de verergering ligt na vandaag.</translation>
    </message>
    <message>
        <source>The discovery is before the event.</source>
        <translation>De ontdekking ligt vóór de gebeurtenis.</translation>
    </message>
    <message>
        <source>The discovery date is after today.</source>
        <translation>De datum van de ontdekking ligt na vandaag.</translation>
    </message>
    <message>
        <source>No deadline rule is known for events before {since}.</source>
        <translation>Voor gebeurtenissen vóór {since} is geen termijnregel gekend.</translation>
    </message>
    <message>
        <source>Give a whole number of days between {low} and {high}.</source>
        <translation>Geef een geheel aantal dagen tussen {low} en {high}.</translation>
    </message>
    <message>
        <source>This declaration is with TeamAdmin or the insurer and can no longer be changed here.</source>
        <translation>Deze aangifte ligt bij TeamAdmin of de verzekeraar en kan hier niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>The member of a declaration cannot be changed.</source>
        <translation>Het lid van een aangifte kan niet gewijzigd worden.</translation>
    </message>
    <message>
        <source>Turn a first-aid entry into a declaration with “Declare aggravation”.</source>
        <translation>Maak van een EHBO-registratie een aangifte met “Verergering aangeven”.</translation>
    </message>
    <message>
        <source>This step is not possible for this declaration now.</source>
        <translation>Deze stap is nu niet mogelijk voor deze aangifte.</translation>
    </message>
    <message>
        <source>Write the question for the adviser.</source>
        <translation>Schrijf de vraag voor de adviseur.</translation>
    </message>
    <message>
        <source>Give the insurer&apos;s reference.</source>
        <translation>Geef de referentie van de verzekeraar.</translation>
    </message>
    <message>
        <source>Write the outcome.</source>
        <translation>Schrijf de afloop.</translation>
    </message>
    <message>
        <source>Choose the kind of claim.</source>
        <translation>Kies het soort schadegeval.</translation>
    </message>
    <message>
        <source>A theft or a loss needs the number of the police report.</source>
        <translation>Een diefstal of verlies vraagt het nummer van het proces-verbaal.</translation>
    </message>
    <message>
        <source>Give the estimated damage in euros, 0 or more.</source>
        <translation>Geef de geschatte schade in euro, 0 of meer.</translation>
    </message>
    <message>
        <source>Give the name of each third party.</source>
        <translation>Geef de naam van elke derde.</translation>
    </message>
    <message>
        <source>This field is required to submit the application.</source>
        <translation>Dit veld is nodig om de aanvraag in te dienen.</translation>
    </message>
    <message>
        <source>Give an amount in euros with at most two decimals.</source>
        <translation>Geef een bedrag in euro met hoogstens twee decimalen.</translation>
    </message>
    <message>
        <source>Give the term as a whole number of months.</source>
        <translation>Geef de looptijd als een geheel aantal maanden.</translation>
    </message>
    <message>
        <source>Choose a purpose from the list.</source>
        <translation>Kies een doel uit de lijst.</translation>
    </message>
    <message>
        <source>Choose what kind of document this is.</source>
        <translation>Kies wat voor document dit is.</translation>
    </message>
    <message>
        <source>This application has been decided and can no longer change.</source>
        <translation>Over deze aanvraag is beslist; ze kan niet meer wijzigen.</translation>
    </message>
    <message>
        <source>This Activity has no member; add its holder before applying for a loan.</source>
        <translation>Deze Activiteit heeft geen lid; voeg de houder toe voor u een lening aanvraagt.</translation>
    </message>
    <message>
        <source>This application is not in a state that allows this.</source>
        <translation>Deze aanvraag staat niet in een toestand die dit toelaat.</translation>
    </message>
    <message>
        <source>You prepared this application: another loan reviewer must decide it.</source>
        <translation>U hebt deze aanvraag voorbereid: een andere beoordelaar leningen moet erover beslissen.</translation>
    </message>
    <message>
        <source>Explain the refusal to the member in a sentence (at least {minimum} characters).</source>
        <translation>Leg de weigering in een zin uit aan het lid (minstens {minimum} tekens).</translation>
    </message>
    <message>
        <source>The approved amount cannot be more than the amount asked.</source>
        <translation>Het toegekende bedrag kan niet hoger zijn dan het gevraagde bedrag.</translation>
    </message>
    <message>
        <source>Only an approved loan is repaid.</source>
        <translation>Alleen een toegekende lening wordt terugbetaald.</translation>
    </message>
    <message>
        <source>This document exists only once the application is approved (the agreement) or refused (the letter).</source>
        <translation>Dit document bestaat pas wanneer de aanvraag toegekend (de overeenkomst) of geweigerd (de brief) is.</translation>
    </message>
    <message>
        <source>The payment must be more than 0.</source>
        <translation>De betaling moet meer dan 0 zijn.</translation>
    </message>
    <message>
        <source>The payment is more than the balance of {balance}. Record at most the balance.</source>
        <translation>De betaling is hoger dan het saldo van {balance}. Boek hoogstens het saldo.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Het bedrag moet meer dan 0 zijn.</translation>
    </message>
    <message>
        <source>{amount} asked + {outstanding} still owed on this Activity = {total}: above the cap of {cap} per project. Lower the amount.</source>
        <translation>{amount} gevraagd + {outstanding} nog verschuldigd op deze Activiteit = {total}: boven het plafond van {cap} per project. Verlaag het bedrag.</translation>
    </message>
    <message>
        <source>The term must be at least 1 month.</source>
        <translation>De looptijd moet minstens 1 maand zijn.</translation>
    </message>
    <message>
        <source>At most {max_months} months for this purpose; shorten the term.</source>
        <translation>Hoogstens {max_months} maanden voor dit doel; verkort de looptijd.</translation>
    </message>
    <message>
        <source>Attach the evidence this purpose needs ({needed}) before submitting.</source>
        <translation>Voeg het bewijsstuk toe dat dit doel vraagt ({needed}) voor u indient.</translation>
    </message>
    <message>
        <source>The Activity is {months} months old (flagged under {minimum} months). [{source}]</source>
        <translation>De Activiteit bestaat {months} maanden (gemarkeerd onder {minimum} maanden). [{source}]</translation>
    </message>
    <message>
        <source>No invoiced income in the last {months} months: repayment capacity unknown. [{source}]</source>
        <translation>Geen gefactureerde inkomsten in de laatste {months} maanden: terugbetalingscapaciteit onbekend. [{source}]</translation>
    </message>
    <message>
        <source>The instalment of {instalment} is {share} % of the average monthly income of {average} (threshold {threshold} %). [{source}]</source>
        <translation>De aflossing van {instalment} is {share} % van het gemiddelde maandinkomen van {average} (drempel {threshold} %). [{source}]</translation>
    </message>
    <message>
        <source>The member is {days} days late on earlier loans: {amount} in arrears. [{source}]</source>
        <translation>Het lid is {days} dagen te laat met eerdere leningen: {amount} achterstand. [{source}]</translation>
    </message>
    <message>
        <source>{amount} is still owed on earlier loans of this Activity (counted toward the cap of {cap}). [{source}]</source>
        <translation>Op eerdere leningen van deze Activiteit is nog {amount} verschuldigd (meegeteld voor het plafond van {cap}). [{source}]</translation>
    </message>
</context>
<context>
    <name>NewLoanDialog</name>
    <message>
        <source>New loan application</source>
        <translation>Nieuwe leningaanvraag</translation>
    </message>
    <message>
        <source>Activity or member name</source>
        <translation>Naam van de activiteit of het lid</translation>
    </message>
    <message>
        <source>Start application</source>
        <translation>Aanvraag starten</translation>
    </message>
    <message>
        <source>For which Activity?</source>
        <translation>Voor welke activiteit?</translation>
    </message>
</context>
<context>
    <name>NewQuoteDialog</name>
    <message>
        <source>Find the member, then choose their Activity.</source>
        <translation>Zoek het lid en kies dan de activiteit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{activity}&lt;/b&gt; — {member}</source>
        <translation>&lt;b&gt;{activity}&lt;/b&gt; — {member}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>geldig tot {date}</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nieuwe offerte</translation>
    </message>
    <message>
        <source>1. Activity</source>
        <translation>1. Activiteit</translation>
    </message>
    <message>
        <source>2. Client</source>
        <translation>2. Klant</translation>
    </message>
    <message>
        <source>3. Quote</source>
        <translation>3. Offerte</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Andere kiezen…</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Datum van de offerte</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Geldig gedurende (dagen)</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Taal van de offerte</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>De taal van de klant</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>Offerte aanmaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OpenDeclarations</name>
    <message>
        <source>Open declarations and claims, overdue first</source>
        <translation>Open aangiften en schadegevallen, te late eerst</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagen over</translation>
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
        <translation>{days} d te laat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>No open declaration.</source>
        <translation>Geen open aangifte.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>SmartDesk: database passphrase</source>
        <translation>SmartDesk: wachtzin van de databank</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Wachtzin:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Nogmaals dezelfde:</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>De wachtzin moet minstens 12 tekens hebben.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>De twee wachtzinnen verschillen. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Typ de wachtzin.</translation>
    </message>
</context>
<context>
    <name>QuestionsBox</name>
    <message>
        <source>Questions for the VAT check</source>
        <translation>Vragen voor de btw-controle</translation>
    </message>
    <message>
        <source>The VAT check needs no more answers for this kind of line.</source>
        <translation>De btw-controle heeft voor dit soort lijn geen andere antwoorden nodig.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Niet gekend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Quote</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Quote {number}</source>
        <translation>Offerte {number}</translation>
    </message>
    <message>
        <source>Draft quote</source>
        <translation>Ontwerpofferte</translation>
    </message>
    <message>
        <source>&lt;b&gt;{activity}&lt;/b&gt; — member {member}</source>
        <translation>&lt;b&gt;{activity}&lt;/b&gt; — lid {member}</translation>
    </message>
    <message>
        <source>VAT {number}: {check}</source>
        <translation>btw {number}: {check}</translation>
    </message>
    <message>
        <source>no VAT number</source>
        <translation>geen btw-nummer</translation>
    </message>
    <message>
        <source>Issued {issued} · valid until {until} · in {language}</source>
        <translation>Opgemaakt op {issued} · geldig tot {until} · in het {language}</translation>
    </message>
    <message>
        <source>You can read this quote but not change it: quotes are made and changed by the advisers of their office.</source>
        <translation>U kunt deze offerte lezen maar niet wijzigen: offertes worden gemaakt en gewijzigd door de adviseurs van hun kantoor.</translation>
    </message>
    <message>
        <source>This quote is {state} and can no longer be changed. Duplicate it (More › Duplicate) to make a new draft with the same lines.</source>
        <translation>Deze offerte is {state} en kan niet meer gewijzigd worden. Dupliceer ze (Meer › Dupliceren) om een nieuw ontwerp met dezelfde lijnen te maken.</translation>
    </message>
    <message>
        <source>Changed with the client</source>
        <translation>Gewijzigd met de klant</translation>
    </message>
    <message>
        <source>To decide by an adviser</source>
        <translation>Te beslissen door een adviseur</translation>
    </message>
    <message>
        <source>likely {answer}</source>
        <translation>waarschijnlijk {answer}</translation>
    </message>
    <message>
        <source>for now {answer}</source>
        <translation>voorlopig {answer}</translation>
    </message>
    <message>
        <source>Confirmed by an adviser: {reason}</source>
        <translation>Bevestigd door een adviseur: {reason}</translation>
    </message>
    <message>
        <source>Sending is blocked:</source>
        <translation>Versturen is geblokkeerd:</translation>
    </message>
    <message>
        <source>Line(s) to decide: {positions}.</source>
        <translation>Te beslissen lijn(en): {positions}.</translation>
    </message>
    <message>
        <source>Decide line {position} no&amp;w…</source>
        <translation>Lijn {position} nu b&amp;eslissen…</translation>
    </message>
    <message>
        <source>Give the quote the next number of this device&apos;s series and freeze it: its lines, VAT and totals can no longer be changed.</source>
        <translation>Geeft de offerte het volgende nummer van de reeks van dit toestel en legt ze vast: haar lijnen, btw en totalen kunnen daarna niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>Totals (provisional)</source>
        <translation>Totalen (voorlopig)</translation>
    </message>
    <message>
        <source>The VAT of line(s) {lines} is not decided yet: the VAT and the total incl. VAT are provisional until an adviser decides.</source>
        <translation>De btw van regel(s) {lines} is nog niet beslist: de btw en het totaal incl. btw zijn voorlopig tot een adviseur beslist.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>Btw-bedrag</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Totaal excl. btw</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Totaal incl. btw</translation>
    </message>
    <message>
        <source>What {amount} excl. VAT becomes for the member:</source>
        <translation>Wat {amount} excl. btw voor het lid wordt:</translation>
    </message>
    <message>
        <source>Contribution to Smart ({rate} %)</source>
        <translation>Bijdrage aan Smart ({rate} %)</translation>
    </message>
    <message>
        <source>Werkbudget</source>
        <translation>Werkbudget</translation>
    </message>
    <message>
        <source>Gross wage by contract type:</source>
        <translation>Brutoloon per soort contract:</translation>
    </message>
    <message>
        <source>{contract} (÷ {coefficient})</source>
        <translation>{contract} (÷ {coefficient})</translation>
    </message>
    <message>
        <source>Not for temp (interim) contracts.</source>
        <translation>Niet voor interimcontracten.</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>nummer {number}</translation>
    </message>
    <message>
        <source>Nothing to save: this quote is read only.</source>
        <translation>Niets te bewaren: deze offerte is alleen-lezen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <source>Saved: every change to this quote is stored.</source>
        <translation>Bewaard: elke wijziging aan deze offerte is opgeslagen.</translation>
    </message>
    <message>
        <source>The VAT of every line was checked again: no line changed.</source>
        <translation>De btw van elke lijn werd opnieuw gecontroleerd: geen enkele lijn veranderde.</translation>
    </message>
    <message>
        <source>The VAT of every line was checked again. Changed: line(s) {positions} (marked ↻). Check them before sending.</source>
        <translation>De btw van elke lijn werd opnieuw gecontroleerd. Gewijzigd: lijn(en) {positions} (gemarkeerd met ↻). Controleer ze voor u verstuurt.</translation>
    </message>
    <message>
        <source>Asking VIES…</source>
        <translation>VIES wordt geraadpleegd…</translation>
    </message>
    <message>
        <source>Number and send this quote?

It takes the next number of this device&apos;s series, and its lines, VAT and totals are frozen: it can no longer be changed (a copy can, with More › Duplicate). Send the PDF to the client afterwards.</source>
        <translation>Deze offerte nummeren en versturen?

Ze krijgt het volgende nummer van de reeks van dit toestel, en haar lijnen, btw en totalen worden vastgelegd: ze kan niet meer gewijzigd worden (een kopie wel, via Meer › Dupliceren). Stuur daarna de pdf naar de klant.</translation>
    </message>
    <message>
        <source>&amp;Number and send</source>
        <translation>&amp;Nummeren en versturen</translation>
    </message>
    <message>
        <source>Sent. The quote&apos;s number is {number}.</source>
        <translation>Verstuurd. De offerte heeft nummer {number}.</translation>
    </message>
    <message>
        <source>The client accepted the quote.</source>
        <translation>De klant heeft de offerte aanvaard.</translation>
    </message>
    <message>
        <source>The client refused the quote.</source>
        <translation>De klant heeft de offerte geweigerd.</translation>
    </message>
    <message>
        <source>Cancel this quote? A cancelled quote cannot be sent or changed any more.</source>
        <translation>Deze offerte annuleren? Een geannuleerde offerte kan niet meer verstuurd of gewijzigd worden.</translation>
    </message>
    <message>
        <source>&amp;Cancel the quote</source>
        <translation>Offerte &amp;annuleren</translation>
    </message>
    <message>
        <source>The quote is cancelled.</source>
        <translation>De offerte is geannuleerd.</translation>
    </message>
    <message>
        <source>SmartDesk</source>
        <translation>SmartDesk</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Not no&amp;w</source>
        <translation>Nu nie&amp;t</translation>
    </message>
    <message>
        <source>This is a new draft copied from {number}; the VAT of each line was checked again for today.</source>
        <translation>Dit is een nieuw ontwerp, gekopieerd van {number}; de btw van elke lijn werd opnieuw gecontroleerd voor vandaag.</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>de offerte</translation>
    </message>
    <message>
        <source>Save the quote as PDF</source>
        <translation>Offerte als pdf bewaren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Bewaard: {path}</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Het bestand kon niet geschreven worden: {error}</translation>
    </message>
    <message>
        <source>Client &amp;accepted</source>
        <translation>&amp;Aanvaard door klant</translation>
    </message>
    <message>
        <source>Client &amp;refused</source>
        <translation>&amp;Geweigerd door klant</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Meer</translation>
    </message>
    <message>
        <source>Duplicate, cancel, save as PDF</source>
        <translation>Dupliceren, annuleren, als pdf bewaren</translation>
    </message>
    <message>
        <source>&amp;Cancel quote…</source>
        <translation>Offerte &amp;annuleren…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;Pdf bewaren…</translation>
    </message>
    <message>
        <source>Check with &amp;VIES</source>
        <translation>Controleren via &amp;VIES</translation>
    </message>
    <message>
        <source>Change c&amp;lient…</source>
        <translation>&amp;Klant wijzigen…</translation>
    </message>
    <message>
        <source>Change &amp;dates…</source>
        <translation>&amp;Datums wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>Lijn &amp;toevoegen…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>W&amp;ijzigen…</translation>
    </message>
    <message>
        <source>Change the selected line (double-click)</source>
        <translation>De gekozen lijn wijzigen (dubbelklikken)</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>De gekozen lijn verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Dec&amp;ide VAT…</source>
        <translation>&amp;Btw beslissen…</translation>
    </message>
    <message>
        <source>Rate of the date of supply, {date}: the rates change during this quote.</source>
        <translation>Tarief van de datum van levering, {date}: de tarieven veranderen tijdens deze offerte.</translation>
    </message>
    <message>
        <source>Check: {check} → adviser: {adviser}, because {reason}</source>
        <translation>Controle: {check} → adviseur: {adviser}, omdat {reason}</translation>
    </message>
    <message>
        <source>The PDF is saved in {path}. Open it now?</source>
        <translation>De pdf is bewaard in {path}. Nu openen?</translation>
    </message>
    <message>
        <source>← All &amp;quotes</source>
        <translation>← Alle &amp;offertes</translation>
    </message>
    <message>
        <source>&amp;Number and send…</source>
        <translation>&amp;Nummeren en versturen…</translation>
    </message>
    <message>
        <source>A new draft with the same client and lines</source>
        <translation>Een nieuw ontwerp met dezelfde klant en lijnen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Lines and their VAT</source>
        <translation>Lijnen en hun btw</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT and why</source>
        <translation>Btw en waarom</translation>
    </message>
    <message>
        <source>Settle a line the VAT check could not decide, or override its answer</source>
        <translation>Beslis over een lijn die de btw-controle niet kon beslissen, of wijk af van haar antwoord</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>The member&apos;s side</source>
        <translation>Voor het lid</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>When and who</source>
        <translation>Wanneer en wie</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>Wat en waarom</translation>
    </message>
</context>
<context>
    <name>QuoteHeaderDialog</name>
    <message>
        <source>valid until {date}</source>
        <translation>geldig tot {date}</translation>
    </message>
    <message>
        <source>Date, validity and language</source>
        <translation>Datum, geldigheid en taal</translation>
    </message>
    <message>
        <source>The VAT rules of the date of supply apply: the planned delivery date, else the quote&apos;s date, unless a line has its own. The language is that of the quote and its reasons. The VAT of every line is checked again.</source>
        <translation>De btw-regels van de datum van levering gelden: de geplande leverdatum, anders de datum van de offerte, tenzij een regel een eigen datum heeft. De taal is die van de offerte en haar redenen. De btw van elke regel wordt opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <source>Date of the quote</source>
        <translation>Datum van de offerte</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Geldig gedurende (dagen)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Planned delivery</source>
        <translation>Geplande levering</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Nog niet gepland</translation>
    </message>
</context>
<context>
    <name>QuoteListModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. btw</translation>
    </message>
    <message>
        <source>A line&apos;s VAT was overridden by an adviser or still needs a decision</source>
        <translation>Een adviseur heeft de btw van een lijn overschreven, of een lijn wacht nog op een btw-beslissing</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(ontwerp)</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>All clients</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>&amp;Activity: all…</source>
        <translation>&amp;Activiteit: alle…</translation>
    </message>
    <message>
        <source>&amp;Activity: {name}</source>
        <translation>&amp;Activiteit: {name}</translation>
    </message>
    <message>
        <source>{activity} — member {member}</source>
        <translation>{activity} — lid {member}</translation>
    </message>
    <message>
        <source>Show the quotes of one Activity</source>
        <translation>Toon de offertes van één activiteit</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>No quotes found</source>
        <translation>Geen offertes gevonden</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 offerte</translation>
    </message>
    <message>
        <source>{count} quotes</source>
        <translation>{count} offertes</translation>
    </message>
    <message>
        <source>This is a new draft copied from the selected quote; the VAT of each line was checked again for today.</source>
        <translation>Dit is een nieuw ontwerp, gekopieerd van de gekozen offerte; de btw van elke lijn werd opnieuw gecontroleerd voor vandaag.</translation>
    </message>
    <message>
        <source>Save the quote as PDF</source>
        <translation>Offerte als pdf bewaren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Bewaard: {path}</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Het bestand kon niet geschreven worden: {error}</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offertes</translation>
    </message>
    <message>
        <source>Search by number, client or Activity…</source>
        <translation>Zoek op nummer, klant of activiteit…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>&amp;Nieuwe offerte…</translation>
    </message>
    <message>
        <source>A new quote for an Activity (Ctrl+N)</source>
        <translation>Een nieuwe offerte voor een activiteit (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the selected quote (Enter)</source>
        <translation>De gekozen offerte openen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;Pdf bewaren…</translation>
    </message>
    <message>
        <source>Save the selected quote as a PDF (Ctrl+P)</source>
        <translation>De gekozen offerte als pdf bewaren (Ctrl+P)</translation>
    </message>
    <message>
        <source>A new draft with the same client and lines (for quotes already sent)</source>
        <translation>Een nieuw ontwerp met dezelfde klant en lijnen (voor al verstuurde offertes)</translation>
    </message>
    <message>
        <source>Read only: quotes are made and changed by the advisers of each office.</source>
        <translation>Alleen lezen: offertes worden gemaakt en gewijzigd door de adviseurs van elk kantoor.</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag te doen</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>Save the PDF</source>
        <translation>PDF bewaren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Bewaard: {path}</translation>
    </message>
    <message>
        <source>Choose a request to see it here.</source>
        <translation>Kies een aanvraag om ze hier te zien.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gevraagd door</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Ask the adviser</source>
        <translation>De adviseur iets vragen</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Antwoord versturen</translation>
    </message>
    <message>
        <source>Produce the PDF</source>
        <translation>PDF aanmaken</translation>
    </message>
    <message>
        <source>Record the reference</source>
        <translation>Referentie vastleggen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>PDF bewaren…</translation>
    </message>
    <message>
        <source>Question, answer, reference or reason to reopen…</source>
        <translation>Vraag, antwoord, referentie of reden om te heropenen…</translation>
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
        <source>Type the password of your central SmartDesk account.</source>
        <translation>Typ het wachtwoord van uw centrale SmartDesk-account.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Checking your password with the central database…</source>
        <translation>Uw wachtwoord wordt bij de centrale databank gecontroleerd…</translation>
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
        <source>First time on this device: prove it is you with the password of your central SmartDesk account, then choose the PIN you will use here.</source>
        <translation>Eerste keer op dit toestel: bewijs dat u het bent met het wachtwoord van uw centrale SmartDesk-account en kies dan de pincode die u hier zult gebruiken.</translation>
    </message>
    <message>
        <source>Central password</source>
        <translation>Centraal wachtwoord</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nieuwe pincode nogmaals</translation>
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
<context>
    <name>SummaryBand</name>
    <message>
        <source>Cover: choose the member and the date</source>
        <translation>Dekking: kies het lid en de datum</translation>
    </message>
    <message>
        <source>First-aid register: not declared to the insurer</source>
        <translation>EHBO-register: niet aangegeven bij de verzekeraar</translation>
    </message>
    <message>
        <source>Declare by {date}: {days} days left</source>
        <translation>Aangeven tegen {date}: nog {days} dagen</translation>
    </message>
    <message>
        <source>Declare by {date}: today is the last day</source>
        <translation>Aangeven tegen {date}: vandaag is de laatste dag</translation>
    </message>
    <message>
        <source>Declare by {date}: overdue by {days} days, declare it still</source>
        <translation>Aangeven tegen {date}: {days} dagen te laat, toch aangeven</translation>
    </message>
    <message>
        <source>the last day is not a working day (no extension)</source>
        <translation>de laatste dag is geen werkdag (geen verlenging)</translation>
    </message>
    <message>
        <source>more than 3 years after the accident: prescribed</source>
        <translation>meer dan 3 jaar na het ongeval: verjaard</translation>
    </message>
    <message>
        <source>contract from {start} to {end}</source>
        <translation>contract van {start} tot {end}</translation>
    </message>
    <message>
        <source>no contract that day; last contract ended {end}, covered until {until}</source>
        <translation>geen contract die dag; laatste contract eindigde {end}, gedekt tot {until}</translation>
    </message>
    <message>
        <source>no contract that day; on a mission abroad</source>
        <translation>geen contract die dag; op zending in het buitenland</translation>
    </message>
    <message>
        <source>no contract on {day}; last contract ended {end}, cover ended {until}</source>
        <translation>geen contract op {day}; laatste contract eindigde {end}, dekking eindigde {until}</translation>
    </message>
    <message>
        <source>no contract on {day} and none before</source>
        <translation>geen contract op {day} en geen enkel ervoor</translation>
    </message>
    <message>
        <source>Cover: {cover} ({why})</source>
        <translation>Dekking: {cover} ({why})</translation>
    </message>
    <message>
        <source>Very serious accident</source>
        <translation>Zeer ernstig ongeval</translation>
    </message>
    <message>
        <source>Serious accident</source>
        <translation>Ernstig ongeval</translation>
    </message>
    <message>
        <source>{task}, by {due}, for {who}</source>
        <translation>{task}, tegen {due}, door {who}</translation>
    </message>
    <message>
        <source>The simplified declaration may be used (under 4 days, back at work).</source>
        <translation>De vereenvoudigde aangifte mag gebruikt worden (minder dan 4 dagen, werk hervat).</translation>
    </message>
    <message>
        <source>4 days of incapacity or more: this declaration serves as the accident fiche.</source>
        <translation>4 dagen ongeschiktheid of meer: deze aangifte dient als ongevallensteekkaart.</translation>
    </message>
</context>
<context>
    <name>SyncConnectDialog</name>
    <message>
        <source>A sync is running. Wait until it has finished, then try again.</source>
        <translation>Er loopt een synchronisatie. Wacht tot ze klaar is en probeer dan opnieuw.</translation>
    </message>
    <message>
        <source>Checking the login with the central database…</source>
        <translation>De gebruikersnaam wordt bij de centrale databank gecontroleerd…</translation>
    </message>
    <message>
        <source>The central database cannot be reached at this address. Check the address and the network connection, or try again later.</source>
        <translation>De centrale databank is op dit adres niet bereikbaar. Controleer het adres en de netwerkverbinding, of probeer later opnieuw.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Stopt na de huidige stap…</translation>
    </message>
    <message>
        <source>Certificate authority of the central database</source>
        <translation>Certificaatautoriteit van de centrale databank</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Wachtwoord voor de synchronisatie</translation>
    </message>
    <message>
        <source>SmartDesk needs the password of {login} to sync with the central database.</source>
        <translation>SmartDesk heeft het wachtwoord van {login} nodig om met de centrale databank te synchroniseren.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Connect to the central database</source>
        <translation>Verbinden met de centrale databank</translation>
    </message>
    <message>
        <source>Type the address of the central database and your own login and password, as your administrator gave them. The first sync then brings your office&apos;s data to this device; it may take a few minutes.</source>
        <translation>Typ het adres van de centrale databank en uw eigen gebruikersnaam en wachtwoord, zoals uw beheerder ze gaf. De eerste synchronisatie brengt dan de gegevens van uw kantoor naar dit toestel; dat kan enkele minuten duren.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Beveiligde verbinding (TLS)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Bestand van de certificaatautoriteit</translation>
    </message>
    <message>
        <source>Only if your administrator gave you one</source>
        <translation>Alleen als uw beheerder er u een gaf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>As the address says</source>
        <translation>Zoals in het adres</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Versleuteld (require)</translation>
    </message>
    <message>
        <source>Encrypted, certificate checked (verify-ca)</source>
        <translation>Versleuteld, certificaat gecontroleerd (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked (verify-full)</source>
        <translation>Versleuteld, certificaat en servernaam gecontroleerd (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Versleuteld als de server het aanbiedt (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Niet versleuteld (disable)</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, for the next syncs.</source>
        <translation>Het wachtwoord wordt bewaard in de sleutelhanger van deze computer, voor de volgende synchronisaties.</translation>
    </message>
    <message>
        <source>This computer has no working keyring: the password is kept nowhere. SmartDesk uses it until you close the program and asks for it again in the next session.</source>
        <translation>Deze computer heeft geen werkende sleutelhanger: het wachtwoord wordt nergens bewaard. SmartDesk gebruikt het tot u het programma sluit en vraagt het opnieuw in de volgende sessie.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Wijzigingen versturen: {done} van {total}</translation>
    </message>
    <message>
        <source>Uploading what was made before connecting ({what}): {done} of {total}</source>
        <translation>Opladen wat vóór de verbinding gemaakt werd ({what}): {done} van {total}</translation>
    </message>
    <message>
        <source>Receiving changes ({what}): {done} so far</source>
        <translation>Wijzigingen ontvangen ({what}): al {done}</translation>
    </message>
    <message>
        <source>Receiving changes: {done} so far</source>
        <translation>Wijzigingen ontvangen: al {done}</translation>
    </message>
    <message>
        <source>Sending attached files: {done} of {total}</source>
        <translation>Bijlagen verzenden: {done} van {total}</translation>
    </message>
    <message>
        <source>Fetching attached files: {done} of {total}</source>
        <translation>Bijlagen ophalen: {done} van {total}</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation>nog ongeveer {n} s</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>nog ongeveer {n} min</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>{name} (no. {number})</source>
        <translation>{name} (nr. {number})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Sync cancelled ({when}). What was already sent or received is kept; the rest follows at the next sync.</source>
        <translation>Synchronisatie geannuleerd ({when}). Wat al verstuurd of ontvangen was, blijft behouden; de rest volgt bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Offline: the changes stay on this device and go out at the next sync ({when}).</source>
        <translation>Offline: de wijzigingen blijven op dit toestel en vertrekken bij de volgende synchronisatie ({when}).</translation>
    </message>
    <message>
        <source>Changes waiting on this device: {count}</source>
        <translation>Wachtende wijzigingen op dit toestel: {count}</translation>
    </message>
    <message>
        <source>For the helpdesk: {message}</source>
        <translation>Voor de helpdesk: {message}</translation>
    </message>
    <message>
        <source>Connected. The first sync finished at {when}.</source>
        <translation>Verbonden. De eerste synchronisatie was klaar om {when}.</translation>
    </message>
    <message>
        <source>Sync finished at {when}.</source>
        <translation>Synchronisatie klaar om {when}.</translation>
    </message>
    <message>
        <source>Sent: {pushed} · Received: {pulled} · New conflicts: {new}</source>
        <translation>Verstuurd: {pushed} · Ontvangen: {pulled} · Nieuwe conflicten: {new}</translation>
    </message>
    <message>
        <source>Uploaded, made on this device before it was connected: {count}</source>
        <translation>Opgeladen, op dit toestel gemaakt vóór de verbinding: {count}</translation>
    </message>
    <message>
        <source>Attached files sent: {up} · fetched: {down}</source>
        <translation>Bijlagen verzonden: {up} · opgehaald: {down}</translation>
    </message>
    <message>
        <source>Attached files that arrived damaged and were thrown away: {count}. Tell an administrator.</source>
        <translation>Bijlagen die beschadigd aankwamen en werden weggegooid: {count}. Verwittig een beheerder.</translation>
    </message>
    <message>
        <source>Removed from this device, no longer part of your office: {count}</source>
        <translation>Van dit toestel verwijderd, niet langer van uw kantoor: {count}</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>Conflicts waiting for your choice: {count} (see Conflicts below)</source>
        <translation>Conflicten die op uw keuze wachten: {count} (zie Conflicten hieronder)</translation>
    </message>
    <message>
        <source>Refused by the central database, kept on this device: {count}</source>
        <translation>Geweigerd door de centrale databank, bewaard op dit toestel: {count}</translation>
    </message>
    <message>
        <source>{what} ({count}): {reason}</source>
        <translation>{what} ({count}): {reason}</translation>
    </message>
    <message>
        <source>Not uploaded, kept on this device:</source>
        <translation>Niet opgeladen, bewaard op dit toestel:</translation>
    </message>
    <message>
        <source>This computer has no working keyring: the password is kept nowhere and asked again in the next session.</source>
        <translation>Deze computer heeft geen werkende sleutelhanger: het wachtwoord wordt nergens bewaard en in de volgende sessie opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>Fetching: {percent} %</source>
        <translation>Wordt opgehaald: {percent} %</translation>
    </message>
    <message>
        <source>Fetched at the next sync or when opened</source>
        <translation>Wordt opgehaald bij de volgende synchronisatie of bij het openen</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Choose a refused change in the list first.</source>
        <translation>Kies eerst een geweigerde wijziging in de lijst.</translation>
    </message>
    <message>
        <source>Dismissed the refused change to {what}; it stays in the history.</source>
        <translation>De geweigerde wijziging aan {what} is afgewezen; ze blijft in de geschiedenis.</translation>
    </message>
    <message>
        <source>Applied the refused change to {what} again on this device; it goes to the central database with the next sync.</source>
        <translation>De geweigerde wijziging aan {what} is opnieuw toegepast op dit toestel; ze gaat bij de volgende synchronisatie naar de centrale databank.</translation>
    </message>
    <message>
        <source>(not in the central database)</source>
        <translation>(niet in de centrale databank)</translation>
    </message>
    <message>
        <source>Kept this device&apos;s version of {what}.</source>
        <translation>De versie van dit toestel behouden voor {what}.</translation>
    </message>
    <message>
        <source>Kept the central database&apos;s version of {what}.</source>
        <translation>De versie van de centrale databank behouden voor {what}.</translation>
    </message>
    <message>
        <source>Kept the fields you chose for {what}.</source>
        <translation>De gekozen velden behouden voor {what}.</translation>
    </message>
    <message>
        <source>The choice goes to the central database with the next sync; the other version stays in the history.</source>
        <translation>De keuze gaat met de volgende synchronisatie naar de centrale databank; de andere versie blijft in de geschiedenis.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Stopt na de huidige stap…</translation>
    </message>
    <message>
        <source>Connecting to the central database…</source>
        <translation>Verbinden met de centrale databank…</translation>
    </message>
    <message>
        <source>This device is not connected yet. Choose “Connect to the central database…” and type the address and the login your administrator gave you. Until then everything you do stays on this device.</source>
        <translation>Dit toestel is nog niet verbonden. Kies „Verbinden met de centrale databank…” en typ het adres en de gebruikersnaam die uw beheerder u gaf. Tot dan blijft alles wat u doet op dit toestel.</translation>
    </message>
    <message>
        <source>Not connected: this device works on its own.</source>
        <translation>Niet verbonden: dit toestel werkt op zichzelf.</translation>
    </message>
    <message>
        <source>Offline since {when}: working on this device.</source>
        <translation>Offline sinds {when}: u werkt op dit toestel.</translation>
    </message>
    <message>
        <source>Online (last contact {when}).</source>
        <translation>Online (laatste contact {when}).</translation>
    </message>
    <message>
        <source>Waiting for the password: choose Sync now to type it.</source>
        <translation>Wacht op het wachtwoord: kies Nu synchroniseren om het te typen.</translation>
    </message>
    <message>
        <source>The last sync did not finish: see the message below.</source>
        <translation>De laatste synchronisatie werd niet afgerond: zie het bericht hieronder.</translation>
    </message>
    <message>
        <source>Not checked yet in this session.</source>
        <translation>Nog niet gecontroleerd in deze sessie.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Every {minutes} minutes</source>
        <translation>Elke {minutes} minuten</translation>
    </message>
    <message>
        <source>After connecting</source>
        <translation>Na het verbinden</translation>
    </message>
    <message>
        <source>Change the connection…</source>
        <translation>Verbinding wijzigen…</translation>
    </message>
    <message>
        <source>Connect to the central database…</source>
        <translation>Verbinden met de centrale databank…</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflicten ({count})</translation>
    </message>
    <message>
        <source>Refused changes ({count})</source>
        <translation>Geweigerde wijzigingen ({count})</translation>
    </message>
    <message>
        <source>Last rounds</source>
        <translation>Laatste rondes</translation>
    </message>
    <message>
        <source>Files ({here} of {count} here)</source>
        <translation>Bestanden ({here} van {count} hier)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>This device keeps its own copy of your office&apos;s data and works without a network. Sync exchanges the changes with the central database: what you changed here goes out, what others changed comes in.</source>
        <translation>Dit toestel bewaart een eigen kopie van de gegevens van uw kantoor en werkt zonder netwerk. De synchronisatie wisselt de wijzigingen uit met de centrale databank: wat u hier wijzigde gaat weg, wat anderen wijzigden komt binnen.</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Centrale databank</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>Op dit toestel</translation>
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
        <source>Conflicts waiting</source>
        <translation>Wachtende conflicten</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Automatische synchronisatie</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Aan beide kanten gewijzigde velden</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>Er wachten geen conflicten.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voorheen</translation>
    </message>
    <message>
        <source>Mine (this device)</source>
        <translation>Mijn versie (dit toestel)</translation>
    </message>
    <message>
        <source>Theirs (central database)</source>
        <translation>Hun versie (centrale databank)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn versie behouden</translation>
    </message>
    <message>
        <source>Tick the fields where this device&apos;s value must stay; the others take the central database&apos;s value. Nothing is lost: the other version stays in the history.</source>
        <translation>Vink de velden aan waarvoor de waarde van dit toestel moet blijven; de andere krijgen de waarde van de centrale databank. Er gaat niets verloren: de andere versie blijft in de geschiedenis.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Hun versie behouden</translation>
    </message>
    <message>
        <source>Keep the ticked fields</source>
        <translation>Aangevinkte velden behouden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>The central database refused these changes. They are kept on this device, nothing is lost; ask an administrator if one of them must go through.</source>
        <translation>De centrale databank weigerde deze wijzigingen. Ze blijven bewaard op dit toestel, er gaat niets verloren; vraag een beheerder als er een toch moet doorgaan.</translation>
    </message>
    <message>
        <source>Why you dismiss or re-apply it (kept with the change)</source>
        <translation>Waarom je ze afwijst of opnieuw toepast (bewaard bij de wijziging)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Re-apply</source>
        <translation>Opnieuw toepassen</translation>
    </message>
</context>
<context>
    <name>TeamAdminMoves</name>
    <message>
        <source>TeamAdmin:</source>
        <translation>TeamAdmin:</translation>
    </message>
    <message>
        <source>the question, the insurer&apos;s reference or the outcome</source>
        <translation>de vraag, de referentie van de verzekeraar of de afloop</translation>
    </message>
    <message>
        <source>Ask the adviser</source>
        <translation>Vraag aan de adviseur</translation>
    </message>
    <message>
        <source>Sent to the insurer</source>
        <translation>Verstuurd naar de verzekeraar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>TeamAdminQueueView</name>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Overdue &lt;b&gt;{overdue}&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#9a5b00&apos;&gt;Due today &lt;b&gt;{today}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Te laat &lt;b&gt;{overdue}&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#9a5b00&apos;&gt;Vandaag &lt;b&gt;{today}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Open by kind</source>
        <translation>Open per soort</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 aanvraag</translation>
    </message>
    <message>
        <source>{count} requests</source>
        <translation>{count} aanvragen</translation>
    </message>
    <message>
        <source>Claim ({count})</source>
        <translation>Opnemen ({count})</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>TeamAdmin queue</source>
        <translation>TeamAdmin-wachtrij</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Aangiften</translation>
    </message>
    <message>
        <source>Search by member (name, number, city)…</source>
        <translation>Zoeken op lid (naam, nummer, gemeente)…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Alle kantoren</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterlijk tegen</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Aan mij toegewezen</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Alle data</translation>
    </message>
    <message>
        <source>Claim the selected requests (C)</source>
        <translation>De geselecteerde aanvragen opnemen (C)</translation>
    </message>
    <message>
        <source>N next · P previous · C claim · Enter write in the request</source>
        <translation>N volgende · P vorige · C opnemen · Enter schrijven in de aanvraag</translation>
    </message>
</context>
<context>
    <name>VatDecisionDialog</name>
    <message>
        <source>This overrides the VAT check. The quote list will flag the quote, and your reason is kept in its history.</source>
        <translation>Hiermee wijkt u af van de btw-controle. De offerte wordt in de lijst gemarkeerd en uw reden wordt in haar geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>This confirms the treatment the VAT check proposes; your reason is kept.</source>
        <translation>Hiermee bevestigt u de behandeling die de btw-controle voorstelt; uw reden wordt bewaard.</translation>
    </message>
    <message>
        <source>{count} characters (at least {minimum})</source>
        <translation>{count} tekens (minstens {minimum})</translation>
    </message>
    <message>
        <source>Decide VAT</source>
        <translation>Btw beslissen</translation>
    </message>
    <message>
        <source>Line {position}: &lt;b&gt;{description}&lt;/b&gt;</source>
        <translation>Lijn {position}: &lt;b&gt;{description}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The VAT check could not decide this line on its own.</source>
        <translation>De btw-controle kon deze lijn niet zelf beslissen.</translation>
    </message>
    <message>
        <source>Most likely: {answer} ({basis}).</source>
        <translation>Meest waarschijnlijk: {answer} ({basis}).</translation>
    </message>
    <message>
        <source>The VAT check answers: {answer} ({basis}).</source>
        <translation>De btw-controle antwoordt: {answer} ({basis}).</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Wettelijke basis</translation>
    </message>
    <message>
        <source>Why (kept in the history)</source>
        <translation>Waarom (bewaard in de geschiedenis)</translation>
    </message>
    <message>
        <source>e.g. Bouquet of cut flowers only; the ribbon is under 20 % of the price.</source>
        <translation>bv. Enkel snijbloemen; het lint is minder dan 20 % van de prijs.</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Beslissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>VatTexts</name>
    <message>
        <source>{rate} % VAT</source>
        <translation>{rate} % btw</translation>
    </message>
</context>
</TS>
