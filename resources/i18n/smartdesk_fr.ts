<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccidentForm</name>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Certificat médical</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF enregistré : {path}</translation>
    </message>
    <message>
        <source>Save the declaration as PDF</source>
        <translation>Enregistrer la déclaration en PDF</translation>
    </message>
    <message>
        <source>New accident declaration</source>
        <translation>Nouvelle déclaration d&apos;accident</translation>
    </message>
    <message>
        <source>Accident declaration · {state}</source>
        <translation>Déclaration d&apos;accident · {state}</translation>
    </message>
    <message>
        <source>Member and date</source>
        <translation>Membre et date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Injury (health data: only you, TeamAdmin and administrators)</source>
        <translation>Lésion (données de santé : vous seul, TeamAdmin et les administrateurs)</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Type of accident</source>
        <translation>Type d&apos;accident</translation>
    </message>
    <message>
        <source>Mission abroad</source>
        <translation>Mission à l&apos;étranger</translation>
    </message>
    <message>
        <source>Light accident</source>
        <translation>Accident bénin</translation>
    </message>
    <message>
        <source>First-aider, time of the care</source>
        <translation>Secouriste, heure des soins</translation>
    </message>
    <message>
        <source>Aggravation known on</source>
        <translation>Aggravation connue le</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Route starts at</source>
        <translation>Le trajet part de</translation>
    </message>
    <message>
        <source>Route ends at</source>
        <translation>Le trajet arrive à</translation>
    </message>
    <message>
        <source>Detour or stop, and why</source>
        <translation>Détour ou interruption, et pourquoi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>First aid given</source>
        <translation>Premiers soins donnés</translation>
    </message>
    <message>
        <source>Deviation / agent codes</source>
        <translation>Codes déviation / agent</translation>
    </message>
    <message>
        <source>Client company (temp work)</source>
        <translation>Entreprise utilisatrice (intérim)</translation>
    </message>
    <message>
        <source>Nature of the injury</source>
        <translation>Nature de la lésion</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Partie du corps</translation>
    </message>
    <message>
        <source>Injury code</source>
        <translation>Code de la lésion</translation>
    </message>
    <message>
        <source>Incapacity (days)</source>
        <translation>Incapacité (jours)</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Langue du formulaire</translation>
    </message>
    <message>
        <source>Name or member number</source>
        <translation>Nom ou numéro de membre</translation>
    </message>
    <message>
        <source>on a mission abroad for the Activity</source>
        <translation>en mission à l&apos;étranger pour l&apos;Activité</translation>
    </message>
    <message>
        <source>first-aid register only (no loss of wages, no incapacity, no doctor)</source>
        <translation>registre des premiers soins uniquement (pas de perte de salaire, pas d&apos;incapacité, pas de médecin)</translation>
    </message>
    <message>
        <source>a light accident that got worse</source>
        <translation>un accident bénin qui s&apos;est aggravé</translation>
    </message>
    <message>
        <source>on a public road</source>
        <translation>sur la voie publique</translation>
    </message>
    <message>
        <source>traffic accident</source>
        <translation>accident de la circulation</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanente</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>mortel</translation>
    </message>
    <message>
        <source>back at work</source>
        <translation>travail repris</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Health data are shown only to the adviser who filed the declaration, TeamAdmin and administrators.</source>
        <translation>Les données de santé ne sont visibles que par le conseiller qui a fait la déclaration, TeamAdmin et les administrateurs.</translation>
    </message>
    <message>
        <source>e.g. 51</source>
        <translation>p. ex. 51</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>e.g. 021</source>
        <translation>p. ex. 021</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Submit to TeamAdmin</source>
        <translation>Soumettre à TeamAdmin</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Declare aggravation</source>
        <translation>Déclarer l&apos;aggravation</translation>
    </message>
    <message>
        <source>Attach the certificate…</source>
        <translation>Joindre le certificat…</translation>
    </message>
</context>
<context>
    <name>ActivityPageView</name>
    <message>
        <source>Save the welcome summary</source>
        <translation>Enregistrer le résumé de bienvenue</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Contract types</source>
        <translation>Types de contrat</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Démarrée le</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>This Activity is active.</source>
        <translation>Cette Activité est active.</translation>
    </message>
    <message>
        <source>The wizard of this Activity is not finished yet.</source>
        <translation>L&apos;assistant de cette Activité n&apos;est pas encore terminé.</translation>
    </message>
    <message>
        <source>Still to do before it can be activated: {items}</source>
        <translation>Reste à faire avant de pouvoir l&apos;activer : {items}</translation>
    </message>
    <message>
        <source>Every required item is done: the Activity can be activated.</source>
        <translation>Tous les points obligatoires sont faits : l&apos;Activité peut être activée.</translation>
    </message>
    <message>
        <source>Identity card scan</source>
        <translation>Scan de la carte d&apos;identité</translation>
    </message>
    <message>
        <source>Signed usage agreement</source>
        <translation>Convention d&apos;utilisation signée</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>attached on another computer, not on this one yet</source>
        <translation>joint sur un autre ordinateur, pas encore sur celui-ci</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Loans ({count})</source>
        <translation>Prêts ({count})</translation>
    </message>
    <message>
        <source>Quotes ({count})</source>
        <translation>Devis ({count})</translation>
    </message>
    <message>
        <source>Contracts ({count})</source>
        <translation>Contrats ({count})</translation>
    </message>
    <message>
        <source>← Member</source>
        <translation>← Membre</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>Liste de démarrage</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Welcome summary (PDF)…</source>
        <translation>Résumé de bienvenue (PDF)…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>Nouveau devis…</translation>
    </message>
    <message>
        <source>Apply for a loan…</source>
        <translation>Demander un prêt…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Hors TVA</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>Salaire brut</translation>
    </message>
</context>
<context>
    <name>ActivityPicker</name>
    <message>
        <source>No members found</source>
        <translation>Aucun membre trouvé</translation>
    </message>
    <message>
        <source>{count} members found; the first {shown} are listed, type more</source>
        <translation>{count} membres trouvés ; les {shown} premiers sont listés, tapez la suite pour affiner</translation>
    </message>
    <message>
        <source>{count} members found</source>
        <translation>{count} membres trouvés</translation>
    </message>
    <message>
        <source>This member has no Activity yet.</source>
        <translation>Ce membre n&apos;a pas encore d&apos;activité.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Name, member number or Activity…</source>
        <translation>Nom, numéro de membre ou activité…</translation>
    </message>
</context>
<context>
    <name>ActivityPickerDialog</name>
    <message>
        <source>Choose an Activity</source>
        <translation>Choisir une activité</translation>
    </message>
</context>
<context>
    <name>ActivityWizard</name>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>1. Name</source>
        <translation>1. Nom</translation>
    </message>
    <message>
        <source>2. Sector</source>
        <translation>2. Secteur</translation>
    </message>
    <message>
        <source>3. Entity</source>
        <translation>3. Entité</translation>
    </message>
    <message>
        <source>4. Tool</source>
        <translation>4. Mode de travail</translation>
    </message>
    <message>
        <source>5. Contract types</source>
        <translation>5. Types de contrat</translation>
    </message>
    <message>
        <source>6. Who works in it</source>
        <translation>6. Qui y travaille</translation>
    </message>
    <message>
        <source>7. Adviser and summary</source>
        <translation>7. Conseiller et résumé</translation>
    </message>
    <message>
        <source>The name is how the member, their clients and Smart will recognise this Activity on every quote, invoice and contract.</source>
        <translation>C&apos;est par son nom que le membre, ses clients et Smart reconnaîtront cette Activité sur chaque devis, facture et contrat.</translation>
    </message>
    <message>
        <source>The sector decides which onboarding items apply and how Smart reports the work; choose the one closest to what the member sells.</source>
        <translation>Le secteur détermine les points de démarrage applicables et la façon dont Smart rend compte du travail ; choisissez le plus proche de ce que vend le membre.</translation>
    </message>
    <message>
        <source>The entity is the employer on the member&apos;s contracts: it decides which contracts are possible and which documents the clients must sign.</source>
        <translation>L&apos;entité est l&apos;employeur sur les contrats du membre : elle détermine les contrats possibles et les documents que les clients doivent signer.</translation>
    </message>
    <message>
        <source>The tool decides how the member is paid: from a budget they manage, or one employment contract per invoice.</source>
        <translation>Le mode de travail détermine comment le membre est payé : à partir d&apos;un budget qu&apos;il gère, ou par un contrat de travail par facture.</translation>
    </message>
    <message>
        <source>The contract types decide the wage the member keeps from an invoice: the budget simulator shows each one side by side.</source>
        <translation>Les types de contrat déterminent le salaire que le membre garde d&apos;une facture : le simulateur de budget les montre côte à côte.</translation>
    </message>
    <message>
        <source>Everyone who works in the Activity needs their own contract and is covered by its insurance only once they are added here.</source>
        <translation>Chaque personne qui travaille dans l&apos;Activité a besoin de son propre contrat et n&apos;est couverte par l&apos;assurance qu&apos;une fois ajoutée ici.</translation>
    </message>
    <message>
        <source>The adviser follows the onboarding checklist with the member; check the summary before you finish.</source>
        <translation>Le conseiller parcourt la liste de démarrage avec le membre ; vérifiez le résumé avant de terminer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Contract types</source>
        <translation>Types de contrat</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Autres membres</translation>
    </message>
    <message>
        <source>New Activity for {member}</source>
        <translation>Nouvelle Activité pour {member}</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>Nouvelle Activité</translation>
    </message>
    <message>
        <source>&amp;Name of the Activity</source>
        <translation>&amp;Nom de l&apos;Activité</translation>
    </message>
    <message>
        <source>What the member does or sells (optional)</source>
        <translation>Ce que le membre fait ou vend (facultatif)</translation>
    </message>
    <message>
        <source>Any activity: the general entity.</source>
        <translation>Toute activité : l&apos;entité générale.</translation>
    </message>
    <message>
        <source>For trainers and teachers.</source>
        <translation>Pour les formateurs et enseignants.</translation>
    </message>
    <message>
        <source>Temp-agency contracts: each client signs a workstation sheet listing the job&apos;s risks before work starts.</source>
        <translation>Contrats intérimaires : chaque client signe une fiche de poste de travail listant les risques avant le début du travail.</translation>
    </message>
    <message>
        <source>A budget the member manages: invoices fill it, wages and expenses are paid from it.</source>
        <translation>Un budget que le membre gère : les factures l&apos;alimentent, salaires et frais en sont payés.</translation>
    </message>
    <message>
        <source>Each invoice makes an employment contract.</source>
        <translation>Chaque facture donne un contrat de travail.</translation>
    </message>
    <message>
        <source>Find a member by name or number…</source>
        <translation>Chercher un membre par nom ou numéro…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Working in this Activity besides the holder:</source>
        <translation>Travaillent dans cette Activité en plus du titulaire :</translation>
    </message>
    <message>
        <source>Adviser: {name} · office {office}</source>
        <translation>Conseiller : {name} · bureau {office}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Fermer (le brouillon est conservé)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>This computer has no keyring to keep the key of SmartDesk&apos;s database. Choose a passphrase of at least 12 characters; SmartDesk asks for it at every start. Keep it safe: without it nobody can read the database, not even the helpdesk.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau pour conserver la clé de la base de données de SmartDesk. Choisissez une phrase secrète d&apos;au moins 12 caractères ; SmartDesk la demande à chaque démarrage. Conservez-la bien : sans elle, personne ne peut lire la base de données, pas même le helpdesk.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so SmartDesk&apos;s database is protected by a passphrase. Type it to open the database.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : la base de données de SmartDesk est donc protégée par une phrase secrète. Tapez-la pour ouvrir la base de données.</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Type it again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la base de données. Tapez-la à nouveau.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>La phrase secrète doit comporter au moins 12 caractères.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring (was the data folder copied from another computer?). If the database is protected by a passphrase, type it; otherwise cancel and contact the helpdesk.</source>
        <translation>La clé de cette base de données n&apos;est pas dans le trousseau de cet ordinateur (le dossier de données a-t-il été copié depuis un autre ordinateur ?). Si la base de données est protégée par une phrase secrète, tapez-la ; sinon, annulez et contactez le helpdesk.</translation>
    </message>
    <message>
        <source>SmartDesk encrypts its database. This happens once, and can take a minute on a large database. If you cancel, SmartDesk closes and does it at the next start.</source>
        <translation>SmartDesk chiffre sa base de données. Cela n&apos;arrive qu&apos;une fois et peut prendre une minute pour une grande base de données. Si vous annulez, SmartDesk se ferme et le fera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>SmartDesk</source>
        <translation>SmartDesk</translation>
    </message>
    <message>
        <source>SmartDesk cannot open its database.</source>
        <translation>SmartDesk ne parvient pas à ouvrir sa base de données.</translation>
    </message>
    <message>
        <source>File: {path}

Check that the disk is not full and that no other program holds the file, then start SmartDesk again. If it keeps failing, contact the helpdesk and mention this message:
{error}</source>
        <translation>Fichier : {path}

Vérifiez que le disque n&apos;est pas plein et qu&apos;aucun autre programme n&apos;utilise le fichier, puis relancez SmartDesk. Si le problème persiste, contactez le helpdesk en mentionnant ce message :
{error}</translation>
    </message>
</context>
<context>
    <name>AskTeamAdminDialog</name>
    <message>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <source>TeamAdmin&apos;s due date: {date}</source>
        <translation>Échéance pour TeamAdmin : {date}</translation>
    </message>
    <message>
        <source>The due date follows from the dates you fill in.</source>
        <translation>L&apos;échéance découle des dates que vous indiquez.</translation>
    </message>
    <message>
        <source>Ask TeamAdmin for…</source>
        <translation>Demander à TeamAdmin…</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Ce qu&apos;il faut</translation>
    </message>
    <message>
        <source>For {member}</source>
        <translation>Pour {member}</translation>
    </message>
</context>
<context>
    <name>BudgetSimulator</name>
    <message>
        <source>Smart&apos;s contribution ({rate}%)</source>
        <translation>Contribution de Smart ({rate} %)</translation>
    </message>
    <message>
        <source>Werkbudget</source>
        <translation>Budget de travail</translation>
    </message>
    <message>
        <source>Expenses refunded</source>
        <translation>Frais remboursés</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>Salaire brut</translation>
    </message>
    <message>
        <source>Rules: {source}. The gross wage is the werkbudget less expenses, divided by the employer&apos;s cost factor of each contract type.</source>
        <translation>Règles : {source}. Le salaire brut est le budget de travail moins les frais, divisé par le coefficient employeur de chaque type de contrat.</translation>
    </message>
    <message>
        <source>Budget simulator: what the member keeps</source>
        <translation>Simulateur de budget : ce que le membre garde</translation>
    </message>
    <message>
        <source>&amp;Invoiced, excl. VAT (EUR)</source>
        <translation>&amp;Facturé, hors TVA (EUR)</translation>
    </message>
    <message>
        <source>&amp;Expenses to refund (EUR)</source>
        <translation>&amp;Frais à rembourser (EUR)</translation>
    </message>
</context>
<context>
    <name>ChangeClientDialog</name>
    <message>
        <source>Change client</source>
        <translation>Changer de client</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;{client}&lt;/b&gt;</source>
        <translation>Actuellement : &lt;b&gt;{client}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The VAT of every line is checked again for the new client: a treatment or rate may change, and a decision an adviser made may no longer hold. The lines that change are marked afterwards.</source>
        <translation>La TVA de chaque ligne est recontrôlée pour le nouveau client : un traitement ou un taux peut changer, et une décision prise par un conseiller peut ne plus valoir. Les lignes qui changent sont ensuite signalées.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Police report no. (required)</source>
        <translation>N° de procès-verbal (obligatoire)</translation>
    </message>
    <message>
        <source>Police report no.</source>
        <translation>N° de procès-verbal</translation>
    </message>
    <message>
        <source>Deadline: check the dates</source>
        <translation>Délai : vérifiez les dates</translation>
    </message>
    <message>
        <source>{kind} · the policy&apos;s delay: {days} days from the discovery</source>
        <translation>{kind} · délai de la police : {days} jours après la découverte</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF enregistré : {path}</translation>
    </message>
    <message>
        <source>Save the claim as PDF</source>
        <translation>Enregistrer la déclaration de sinistre en PDF</translation>
    </message>
    <message>
        <source>New insurance claim</source>
        <translation>Nouvelle déclaration de sinistre</translation>
    </message>
    <message>
        <source>Insurance claim · {state}</source>
        <translation>Déclaration de sinistre · {state}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Others involved and damage</source>
        <translation>Autres personnes impliquées et dommages</translation>
    </message>
    <message>
        <source>Policy and attachments</source>
        <translation>Police et annexes</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>Type de sinistre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Découvert le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>Presumed cause</source>
        <translation>Cause présumée</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>Estimated damage (EUR)</source>
        <translation>Dommage estimé (EUR)</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Numéro de police</translation>
    </message>
    <message>
        <source>Policy&apos;s delay (days)</source>
        <translation>Délai de la police (jours)</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Langue du formulaire</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Policy no.</source>
        <translation>N° de police</translation>
    </message>
    <message>
        <source>Name or member number</source>
        <translation>Nom ou numéro de membre</translation>
    </message>
    <message>
        <source>insured items were lost</source>
        <translation>des biens assurés ont été perdus</translation>
    </message>
    <message>
        <source>policy default</source>
        <translation>par défaut de la police</translation>
    </message>
    <message>
        <source>Add a third party</source>
        <translation>Ajouter un tiers</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Submit to TeamAdmin</source>
        <translation>Soumettre à TeamAdmin</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>{number}: format and check digits are right.</source>
        <translation>{number} : format et chiffres de contrôle corrects.</translation>
    </message>
    <message>
        <source>Asking VIES…</source>
        <translation>Interrogation de VIES…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>Code postal et commune</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. BE0403019261; empty for a private person</source>
        <translation>p. ex. BE0403019261 ; vide pour un particulier</translation>
    </message>
    <message>
        <source>Check with VIES</source>
        <translation>Vérifier dans VIES</translation>
    </message>
    <message>
        <source>Saves the client, then asks the European Commission&apos;s VIES service</source>
        <translation>Enregistre le client, puis interroge VIES, le service de la Commission européenne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Search the Activity&apos;s clients…</source>
        <translation>Rechercher parmi les clients de l&apos;activité…</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
</context>
<context>
    <name>ClientTexts</name>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>il y a {days} jours</translation>
    </message>
    <message>
        <source>{state} (checked {age}, {when})</source>
        <translation>{state} (vérifié {age}, {when})</translation>
    </message>
    <message>
        <source>Not an EU VAT number: VIES does not apply to this client.</source>
        <translation>Pas un numéro de TVA de l&apos;UE : VIES ne s&apos;applique pas à ce client.</translation>
    </message>
    <message>
        <source>VIES is unavailable right now. The number has never been checked; this does not mean it is invalid. Try again later.</source>
        <translation>VIES est indisponible pour le moment. Le numéro n&apos;a jamais été vérifié ; cela ne veut pas dire qu&apos;il est invalide. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>VIES is unavailable right now; this does not mean the number is invalid. Last result: {result}.</source>
        <translation>VIES est indisponible pour le moment ; cela ne veut pas dire que le numéro est invalide. Dernier résultat : {result}.</translation>
    </message>
    <message>
        <source>VIES confirms this VAT number (checked just now).</source>
        <translation>VIES confirme ce numéro de TVA (vérifié à l&apos;instant).</translation>
    </message>
    <message>
        <source>VIES does not know this VAT number (checked just now). Check it with the client.</source>
        <translation>VIES ne connaît pas ce numéro de TVA (vérifié à l&apos;instant). Vérifiez-le avec le client.</translation>
    </message>
</context>
<context>
    <name>DeclarationCount</name>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation>
            <numerusform>%n déclaration</numerusform>
            <numerusform>%n déclarations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationQueue</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
</context>
<context>
    <name>DeclarationsView</name>
    <message>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <source>Accident declarations and insurance claims</source>
        <translation>Déclarations d&apos;accident et de sinistre</translation>
    </message>
    <message>
        <source>Filed by me</source>
        <translation>Introduites par moi</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>My office</source>
        <translation>Mon bureau</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All accidents</source>
        <translation>Tous les accidents</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Tous les sinistres</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Days left at most</source>
        <translation>Jours restants au plus</translation>
    </message>
    <message>
        <source>any</source>
        <translation>peu importe</translation>
    </message>
    <message>
        <source>New accident declaration</source>
        <translation>Nouvelle déclaration d&apos;accident</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nouveau sinistre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Cover or kind of claim</source>
        <translation>Couverture ou type de sinistre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Les deux codes PIN ne sont pas identiques. Tapez-les à nouveau.</translation>
    </message>
    <message>
        <source>Welcome to SmartDesk</source>
        <translation>Bienvenue dans SmartDesk</translation>
    </message>
    <message>
        <source>No one uses SmartDesk on this computer yet. Create your user: you become the administrator of this device and can add your colleagues later.</source>
        <translation>Personne n&apos;utilise encore SmartDesk sur cet ordinateur. Créez votre utilisateur : vous devenez l&apos;administrateur de cet appareil et pourrez ajouter vos collègues ensuite.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>PIN (at least 4 digits)</source>
        <translation>Code PIN (au moins 4 chiffres)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Code PIN à nouveau</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Bienvenue, {name}</translation>
    </message>
    <message>
        <source>{role} · office {office}</source>
        <translation>{role} · bureau de {office}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Draft quotes</source>
        <translation>Devis en préparation</translation>
    </message>
    <message>
        <source>Sent quotes awaiting an answer</source>
        <translation>Devis envoyés en attente de réponse</translation>
    </message>
    <message>
        <source>Draft declarations</source>
        <translation>Déclarations en préparation</translation>
    </message>
    <message>
        <source>Open certificate requests</source>
        <translation>Demandes d&apos;attestation ouvertes</translation>
    </message>
    <message>
        <source>TeamAdmin questions waiting for your answer</source>
        <translation>Questions de TeamAdmin en attente de votre réponse</translation>
    </message>
    <message>
        <source>Loans to decide</source>
        <translation>Prêts à décider</translation>
    </message>
    <message>
        <source>Loans in arrears</source>
        <translation>Prêts en retard</translation>
    </message>
    <message>
        <source>Changes not yet synchronised</source>
        <translation>Modifications pas encore synchronisées</translation>
    </message>
    <message>
        <source>Overdue, or due in the next {days} days</source>
        <translation>En retard, ou à échéance dans les {days} prochains jours</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>overdue by {days} d</source>
        <translation>en retard de {days} j</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>Activities you are setting up ({count})</source>
        <translation>Activités que vous êtes en train de créer ({count})</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>Nothing is due in the next {days} days.</source>
        <translation>Rien n&apos;arrive à échéance dans les {days} prochains jours.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>IssuerIdentityView</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>A quote of this entity cannot be sent without it.</source>
        <translation>Sans cette donnée, un devis de cette entité ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>Issuer identity</source>
        <translation>Identité de l&apos;émetteur</translation>
    </message>
    <message>
        <source>What every quote prints about its issuer, per entity. A quote cannot be sent while a field is missing. The central administrator sets it with “smartdesk central identity set”; every device gets it by sync.</source>
        <translation>Ce que chaque devis indique sur son émetteur, par entité. Tant qu&apos;une donnée manque, un devis ne peut pas être envoyé. L&apos;administrateur central la complète avec « smartdesk central identity set » ; chaque appareil la reçoit par synchronisation.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Image, sound and stage</source>
        <translation>Image, son et scène</translation>
    </message>
    <message>
        <source>Costumes, make-up, set and props</source>
        <translation>Costumes, maquillage, décors et accessoires</translation>
    </message>
    <message>
        <source>IT, graphic design, language and writing</source>
        <translation>Informatique, graphisme, langues et écriture</translation>
    </message>
    <message>
        <source>Training and teaching</source>
        <translation>Formation, enseignement</translation>
    </message>
    <message>
        <source>Wellbeing and health</source>
        <translation>Bien-être et santé</translation>
    </message>
    <message>
        <source>Other occupations</source>
        <translation>Autres métiers</translation>
    </message>
    <message>
        <source>Music and singing</source>
        <translation>Musique, chant</translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation>Audiovisuel</translation>
    </message>
    <message>
        <source>Visual and graphic arts and crafts</source>
        <translation>Arts plastiques et graphiques, métiers d&apos;art</translation>
    </message>
    <message>
        <source>Performing and literary arts</source>
        <translation>Arts de la scène et littéraires</translation>
    </message>
    <message>
        <source>Architecture, fashion, design, decoration</source>
        <translation>Architecture, mode, design, décoration</translation>
    </message>
    <message>
        <source>Functions related to artistic occupations</source>
        <translation>Fonctions liées aux métiers artistiques</translation>
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
        <translation>Activité (budget)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Being set up</source>
        <translation>En création</translation>
    </message>
    <message>
        <source>Ready to activate</source>
        <translation>Prête à être activée</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>First-aid register</source>
        <translation>Registre des premiers soins</translation>
    </message>
    <message>
        <source>Submitted to TeamAdmin</source>
        <translation>Soumis à TeamAdmin</translation>
    </message>
    <message>
        <source>Question from TeamAdmin</source>
        <translation>Question de TeamAdmin</translation>
    </message>
    <message>
        <source>Sent to the insurer</source>
        <translation>Envoyé à l&apos;assureur</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Work accident</source>
        <translation>Accident du travail</translation>
    </message>
    <message>
        <source>Commute accident</source>
        <translation>Accident sur le chemin du travail</translation>
    </message>
    <message>
        <source>Private life cover</source>
        <translation>Couverture vie privée</translation>
    </message>
    <message>
        <source>Business mobility (mission abroad)</source>
        <translation>Business mobility (mission à l&apos;étranger)</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couvert</translation>
    </message>
    <message>
        <source>At the workplace</source>
        <translation>Sur le lieu de travail</translation>
    </message>
    <message>
        <source>On the way to or from work</source>
        <translation>Sur le chemin du travail</translation>
    </message>
    <message>
        <source>Damage to a prosthesis only</source>
        <translation>Dommage à une prothèse uniquement</translation>
    </message>
    <message>
        <source>Civil liability</source>
        <translation>Responsabilité civile</translation>
    </message>
    <message>
        <source>Own equipment</source>
        <translation>Matériel propre</translation>
    </message>
    <message>
        <source>Drone</source>
        <translation>Drone</translation>
    </message>
    <message>
        <source>IT and data loss</source>
        <translation>Informatique et perte de données</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Vol</translation>
    </message>
    <message>
        <source>Notify the labour inspectorate immediately</source>
        <translation>Avertir immédiatement l&apos;inspection du travail</translation>
    </message>
    <message>
        <source>Detailed report to the inspectorate</source>
        <translation>Rapport circonstancié à l&apos;inspection</translation>
    </message>
    <message>
        <source>the client company</source>
        <translation>l&apos;entreprise utilisatrice</translation>
    </message>
    <message>
        <source>The client company reports a serious accident to the labour inspectorate.</source>
        <translation>L&apos;entreprise utilisatrice signale un accident grave à l&apos;inspection du travail.</translation>
    </message>
    <message>
        <source>The client company starts the detailed report.</source>
        <translation>L&apos;entreprise utilisatrice entame le rapport circonstancié.</translation>
    </message>
    <message>
        <source>overdue by {days} d</source>
        <translation>en retard de {days} j</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>TeamAdmin</source>
        <translation>TeamAdmin</translation>
    </message>
    <message>
        <source>Loan reviewer</source>
        <translation>Évaluateur des prêts</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Work accident declaration</source>
        <translation>Déclaration d&apos;accident du travail</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Demande d&apos;attestation</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Professional equipment</source>
        <translation>Matériel professionnel</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidités</translation>
    </message>
    <message>
        <source>Advance on expense notes</source>
        <translation>Avance sur notes de frais</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Supplier&apos;s quote</source>
        <translation>Devis du fournisseur</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>Programme de formation</translation>
    </message>
    <message>
        <source>Expense notes</source>
        <translation>Notes de frais</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Belgian VAT</source>
        <translation>TVA belge</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Autoliquidation</translation>
    </message>
    <message>
        <source>Outside the scope of Belgian VAT</source>
        <translation>Hors du champ de la TVA belge</translation>
    </message>
    <message>
        <source>VAT of another EU country</source>
        <translation>TVA d&apos;un autre État membre</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Business (VAT-registered)</source>
        <translation>Entreprise (assujettie à la TVA)</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>EU institution</source>
        <translation>Institution européenne</translation>
    </message>
    <message>
        <source>International organisation or embassy</source>
        <translation>Organisation internationale ou ambassade</translation>
    </message>
    <message>
        <source>Not checked with VIES</source>
        <translation>Non vérifié dans VIES</translation>
    </message>
    <message>
        <source>Valid in VIES</source>
        <translation>Valable selon VIES</translation>
    </message>
    <message>
        <source>Unknown to VIES (invalid)</source>
        <translation>Inconnu de VIES (invalide)</translation>
    </message>
    <message>
        <source>VIES unavailable</source>
        <translation>VIES indisponible</translation>
    </message>
    <message>
        <source>Not an EU VAT number</source>
        <translation>Pas un numéro de TVA de l&apos;UE</translation>
    </message>
    <message>
        <source>Performance (music, theatre, dance, DJ…)</source>
        <translation>Prestation (musique, théâtre, danse, DJ…)</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Copyright licence (author&apos;s rights)</source>
        <translation>Cession de droits d&apos;auteur</translation>
    </message>
    <message>
        <source>Software licence</source>
        <translation>Licence de logiciel</translation>
    </message>
    <message>
        <source>Design (graphic, web, product)</source>
        <translation>Design (graphique, web, produit)</translation>
    </message>
    <message>
        <source>IT service</source>
        <translation>Service informatique</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Dietary advice</source>
        <translation>Conseil diététique</translation>
    </message>
    <message>
        <source>Wellbeing (non-medical care)</source>
        <translation>Bien-être (soins non médicaux)</translation>
    </message>
    <message>
        <source>Hairdressing</source>
        <translation>Coiffure</translation>
    </message>
    <message>
        <source>Make-up, costumes, set</source>
        <translation>Maquillage, costumes, décor</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <source>Audiovisual service</source>
        <translation>Service audiovisuel</translation>
    </message>
    <message>
        <source>Sound and light technician</source>
        <translation>Technicien son et lumière</translation>
    </message>
    <message>
        <source>Catering (meal served on site)</source>
        <translation>Traiteur (repas servi sur place)</translation>
    </message>
    <message>
        <source>Cooking workshop</source>
        <translation>Atelier de cuisine</translation>
    </message>
    <message>
        <source>Admission ticket</source>
        <translation>Billet d&apos;entrée</translation>
    </message>
    <message>
        <source>Artwork rental</source>
        <translation>Location d&apos;œuvres d&apos;art</translation>
    </message>
    <message>
        <source>Renovation of a dwelling</source>
        <translation>Rénovation d&apos;un logement</translation>
    </message>
    <message>
        <source>Garden work</source>
        <translation>Travaux de jardin</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consultance</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Autre service</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Small repairs (bicycles, shoes, clothing)</source>
        <translation>Petites réparations (vélos, chaussures, vêtements)</translation>
    </message>
    <message>
        <source>Sale of an artwork by its creator</source>
        <translation>Vente d&apos;une œuvre d&apos;art par son auteur</translation>
    </message>
    <message>
        <source>Plants and cut flowers</source>
        <translation>Plantes et fleurs coupées</translation>
    </message>
    <message>
        <source>Floral arrangement</source>
        <translation>Composition florale</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Food (supplied as goods)</source>
        <translation>Alimentation (livrée comme bien)</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Boissons</translation>
    </message>
    <message>
        <source>Crafts</source>
        <translation>Artisanat</translation>
    </message>
    <message>
        <source>Other goods</source>
        <translation>Autres biens</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>prestation</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>portion</source>
        <translation>portion</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>billet</translation>
    </message>
    <message>
        <source>Is the client the organiser of the show, concert or conference?</source>
        <translation>Le client est-il l&apos;organisateur du spectacle, du concert ou du congrès ?</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Registered seat</source>
        <translation>Siège social</translation>
    </message>
    <message>
        <source>RPR/RPM (court)</source>
        <translation>RPM (tribunal)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Is the client a publisher who publishes the work?</source>
        <translation>Le client est-il un éditeur qui publie l&apos;œuvre ?</translation>
    </message>
    <message>
        <source>Does the client file periodic VAT returns?</source>
        <translation>Le client dépose-t-il des déclarations TVA périodiques ?</translation>
    </message>
    <message>
        <source>Is the work used for advertising?</source>
        <translation>L&apos;œuvre sert-elle à la publicité ?</translation>
    </message>
    <message>
        <source>Is the licence of the rights the main object, rather than the work itself?</source>
        <translation>La cession des droits est-elle l&apos;objet principal, plutôt que le travail lui-même ?</translation>
    </message>
    <message>
        <source>Is there a publishing contract?</source>
        <translation>Y a-t-il un contrat d&apos;édition ?</translation>
    </message>
    <message>
        <source>Is it a scientific work?</source>
        <translation>S&apos;agit-il d&apos;une œuvre scientifique ?</translation>
    </message>
    <message>
        <source>Is it streamed online rather than attended?</source>
        <translation>Est-ce diffusé en ligne plutôt que suivi sur place ?</translation>
    </message>
    <message>
        <source>Is there proof that the goods are transported out of Belgium?</source>
        <translation>Existe-t-il une preuve que les biens sont transportés hors de Belgique ?</translation>
    </message>
    <message>
        <source>Does the care have a therapeutic purpose?</source>
        <translation>Les soins ont-ils un but thérapeutique ?</translation>
    </message>
    <message>
        <source>Is the member a recognised health professional?</source>
        <translation>Le membre est-il un professionnel de santé reconnu ?</translation>
    </message>
    <message>
        <source>Is it recognised education or vocational training?</source>
        <translation>S&apos;agit-il d&apos;un enseignement ou d&apos;une formation professionnelle reconnus ?</translation>
    </message>
    <message>
        <source>Which exemption document does the client give?</source>
        <translation>Quel document d&apos;exonération le client fournit-il ?</translation>
    </message>
    <message>
        <source>Is it a private dwelling?</source>
        <translation>S&apos;agit-il d&apos;un logement privé ?</translation>
    </message>
    <message>
        <source>Is the food served on site, with service?</source>
        <translation>Le repas est-il servi sur place, avec service ?</translation>
    </message>
    <message>
        <source>Are drinks included?</source>
        <translation>Les boissons sont-elles comprises ?</translation>
    </message>
    <message>
        <source>Does it include luxury food (caviar, lobster…)?</source>
        <translation>Comprend-il des aliments de luxe (caviar, homard…) ?</translation>
    </message>
    <message>
        <source>Do the member&apos;s sales to consumers in other EU countries exceed €10,000 a year?</source>
        <translation>Les ventes du membre à des consommateurs d&apos;autres pays de l&apos;UE dépassent-elles 10 000 € par an ?</translation>
    </message>
    <message>
        <source>Is the client the end consumer of the works (not re-invoicing them)?</source>
        <translation>Le client est-il le consommateur final des travaux (sans les refacturer) ?</translation>
    </message>
    <message>
        <source>Are the drinks alcoholic?</source>
        <translation>Les boissons sont-elles alcoolisées ?</translation>
    </message>
    <message>
        <source>Is it supplied electronically (download, streaming, online service)?</source>
        <translation>Est-ce fourni par voie électronique (téléchargement, streaming, service en ligne) ?</translation>
    </message>
    <message>
        <source>In which year was the dwelling first occupied?</source>
        <translation>En quelle année le logement a-t-il été occupé pour la première fois ?</translation>
    </message>
    <message>
        <source>Which share of the price is for the pot, ribbons and other material?</source>
        <translation>Quelle part du prix concerne le pot, les rubans et les autres matériaux ?</translation>
    </message>
    <message>
        <source>In which country does it take place?</source>
        <translation>Dans quel pays cela a-t-il lieu ?</translation>
    </message>
    <message>
        <source>To which country do the goods go?</source>
        <translation>Vers quel pays vont les biens ?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>EU order form with the art. 42 §3 mention</source>
        <translation>Bon de commande de l&apos;UE avec la mention de l&apos;art. 42 § 3</translation>
    </message>
    <message>
        <source>E-certificate</source>
        <translation>E-certificat</translation>
    </message>
    <message>
        <source>EU VAT exemption certificate</source>
        <translation>Certificat d&apos;exonération de TVA de l&apos;UE</translation>
    </message>
    <message>
        <source>Form 450 (official use)</source>
        <translation>Formulaire 450 (usage officiel)</translation>
    </message>
    <message>
        <source>Form 451 (personal use)</source>
        <translation>Formulaire 451 (usage personnel)</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Quote created</source>
        <translation>Devis créé</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>Ligne ajoutée</translation>
    </message>
    <message>
        <source>Line changed</source>
        <translation>Ligne modifiée</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>Ligne supprimée</translation>
    </message>
    <message>
        <source>VAT decided by an adviser</source>
        <translation>TVA décidée par un conseiller</translation>
    </message>
    <message>
        <source>VAT checked again</source>
        <translation>TVA recontrôlée</translation>
    </message>
    <message>
        <source>Client changed</source>
        <translation>Client changé</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Member of an Activity</source>
        <translation>Membre d&apos;une activité</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>Ligne de devis</translation>
    </message>
    <message>
        <source>Accident declaration</source>
        <translation>Déclaration d&apos;accident</translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation>Déclaration de sinistre</translation>
    </message>
    <message>
        <source>Loan application</source>
        <translation>Demande de prêt</translation>
    </message>
    <message>
        <source>Loan instalment</source>
        <translation>Remboursement de prêt</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>The same field was changed here and in the central database.</source>
        <translation>Le même champ a été modifié ici et dans la base de données centrale.</translation>
    </message>
    <message>
        <source>The document is no longer a draft and was changed on both sides: it is never merged automatically.</source>
        <translation>Le document n&apos;est plus un projet et a été modifié des deux côtés : il n&apos;est jamais fusionné automatiquement.</translation>
    </message>
    <message>
        <source>It was deleted in the central database while it was changed here.</source>
        <translation>Il a été supprimé dans la base de données centrale pendant qu&apos;il était modifié ici.</translation>
    </message>
    <message>
        <source>It was changed on both sides and the version this device started from is unknown.</source>
        <translation>Il a été modifié des deux côtés et la version dont cet appareil est parti est inconnue.</translation>
    </message>
    <message>
        <source>It was made here, but the central database already has it.</source>
        <translation>Il a été créé ici, mais la base de données centrale l&apos;a déjà.</translation>
    </message>
    <message>
        <source>This person was made a member on another device too (same INSZ): merge the two.</source>
        <translation>Cette personne a aussi été inscrite comme membre sur un autre appareil (même NISS) : fusionnez les deux.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Montant réclamé</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Remise (%)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>À remettre le</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>Salaire brut</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>National number (INSZ)</source>
        <translation>Numéro national (NISS)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro de membre</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TVAC</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HTVA</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>Traitement TVA</translation>
    </message>
    <message>
        <source>Sickness fund: incapacity</source>
        <translation>Mutualité : incapacité de travail</translation>
    </message>
    <message>
        <source>Sickness fund: resumption</source>
        <translation>Mutualité : reprise du travail</translation>
    </message>
    <message>
        <source>C4 unemployment certificate</source>
        <translation>Certificat de chômage C4</translation>
    </message>
    <message>
        <source>Part-time allowance (start)</source>
        <translation>Allocation de garantie de revenus (début)</translation>
    </message>
    <message>
        <source>A1 posting abroad</source>
        <translation>A1 détachement à l&apos;étranger</translation>
    </message>
    <message>
        <source>Employment attest</source>
        <translation>Attestation d&apos;occupation</translation>
    </message>
    <message>
        <source>Art-worker attest (record)</source>
        <translation>Attestation du travail des arts (enregistrement)</translation>
    </message>
    <message>
        <source>Peddler authorisation</source>
        <translation>Autorisation d&apos;activité ambulante</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>Autre demande</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for info</source>
        <translation>En attente d&apos;info</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>a demandé</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>a pris en charge</translation>
    </message>
    <message>
        <source>asked a question</source>
        <translation>a posé une question</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>produced the document</source>
        <translation>a produit le document</translation>
    </message>
    <message>
        <source>recorded the reference</source>
        <translation>a enregistré la référence</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>a clôturé</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>a rouvert</translation>
    </message>
    <message>
        <source>Incapacity started on</source>
        <translation>Incapacité depuis le</translation>
    </message>
    <message>
        <source>Sickness fund asked on</source>
        <translation>Mutualité a demandé le</translation>
    </message>
    <message>
        <source>Declared without a request</source>
        <translation>Déclarée sans demande</translation>
    </message>
    <message>
        <source>Back at work on</source>
        <translation>Reprise du travail le</translation>
    </message>
    <message>
        <source>Employment started on</source>
        <translation>Occupation commencée le</translation>
    </message>
    <message>
        <source>Employment ends on</source>
        <translation>Occupation se termine le</translation>
    </message>
    <message>
        <source>Reason it ends</source>
        <translation>Motif de la fin</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Commission paritaire</translation>
    </message>
    <message>
        <source>Exact gross wage (art worker)</source>
        <translation>Salaire brut exact (travailleur des arts)</translation>
    </message>
    <message>
        <source>Part-time work started on</source>
        <translation>Travail à temps partiel commencé le</translation>
    </message>
    <message>
        <source>Part of full time (e.g. 1/2)</source>
        <translation>Fraction d&apos;un temps plein (p. ex. 1/2)</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays de détachement</translation>
    </message>
    <message>
        <source>Client abroad</source>
        <translation>Client à l&apos;étranger</translation>
    </message>
    <message>
        <source>Client&apos;s address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <source>Posting starts on</source>
        <translation>Détachement commence le</translation>
    </message>
    <message>
        <source>Posting ends on</source>
        <translation>Détachement se termine le</translation>
    </message>
    <message>
        <source>Replaces another posted worker</source>
        <translation>Remplace un autre travailleur détaché</translation>
    </message>
    <message>
        <source>Dimona number</source>
        <translation>Numéro Dimona</translation>
    </message>
    <message>
        <source>What the member will do</source>
        <translation>Ce que le membre fera</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Asked for (purpose)</source>
        <translation>Demandée pour (but)</translation>
    </message>
    <message>
        <source>Type of attest</source>
        <translation>Type d&apos;attestation</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Sales at the consumer&apos;s home</source>
        <translation>Vente au domicile du consommateur</translation>
    </message>
    <message>
        <source>Sells food</source>
        <translation>Vend des denrées alimentaires</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Ce qui est demandé</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Nécessaire pour le</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>End of the contract</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Démission</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Licenciement</translation>
    </message>
    <message>
        <source>Certificate of work (ongoing)</source>
        <translation>Certificat de travail (en cours)</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinaire</translation>
    </message>
    <message>
        <source>Plus (5 years)</source>
        <translation>Plus (5 ans)</translation>
    </message>
    <message>
        <source>Starter (3 years)</source>
        <translation>Débutant (3 ans)</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Change line</source>
        <translation>Modifier la ligne</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price (€, excl. VAT)</source>
        <translation>Prix unitaire (€, hors TVA)</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Remise (%)</translation>
    </message>
    <message>
        <source>Date of supply</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>As the quote</source>
        <translation>Comme le devis</translation>
    </message>
    <message>
        <source>When the goods are delivered or the work is done: the VAT rate of that day applies. Leave it as the quote to use the quote&apos;s planned delivery date.</source>
        <translation>Quand les biens sont livrés ou le travail achevé : le taux de TVA de ce jour s&apos;applique. Laissez « Comme le devis » pour utiliser la date de livraison prévue du devis.</translation>
    </message>
    <message>
        <source>What the client gets, as on the quote</source>
        <translation>Ce que le client reçoit, tel que sur le devis</translation>
    </message>
    <message>
        <source>Choose what kind of work or goods</source>
        <translation>Choisissez le type de travail ou de bien</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Enregistrer la ligne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LoanPanel</name>
    <message>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>The member&apos;s explanation of the need</source>
        <translation>L&apos;explication du besoin par le membre</translation>
    </message>
    <message>
        <source>One item a line: description; price</source>
        <translation>Un élément par ligne : description ; prix</translation>
    </message>
    <message>
        <source>Your assessment for the reviewer</source>
        <translation>Votre appréciation pour l&apos;évaluateur</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Submit for decision</source>
        <translation>Soumettre pour décision</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Montant (EUR)</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <source>First instalment due</source>
        <translation>Première mensualité le</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Review file (computed)</source>
        <translation>Dossier d&apos;évaluation (calculé)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>For a refusal: the reason, written for the member</source>
        <translation>En cas de refus : le motif, rédigé pour le membre</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Accorder</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Approved amount (EUR)</source>
        <translation>Montant accordé (EUR)</translation>
    </message>
    <message>
        <source>Approved term (months)</source>
        <translation>Durée accordée (mois)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Repayments</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>Repay the balance</source>
        <translation>Rembourser le solde</translation>
    </message>
    <message>
        <source>Loan agreement (PDF)…</source>
        <translation>Convention de prêt (PDF)…</translation>
    </message>
    <message>
        <source>Refusal letter (PDF)…</source>
        <translation>Lettre de refus (PDF)…</translation>
    </message>
    <message>
        <source>No application selected</source>
        <translation>Aucune demande choisie</translation>
    </message>
    <message>
        <source>Choose a loan in the list, or start a new application.</source>
        <translation>Choisissez un prêt dans la liste ou commencez une nouvelle demande.</translation>
    </message>
    <message>
        <source>{member}, {activity} · prepared by {adviser} · OGM {ogm}</source>
        <translation>{member}, {activity} · préparé par {adviser} · communication {ogm}</translation>
    </message>
    <message>
        <source>Nothing attached yet</source>
        <translation>Rien de joint pour l&apos;instant</translation>
    </message>
    <message>
        <source>Approved by {who}: {amount} over {months} months.</source>
        <translation>Accordé par {who} : {amount} sur {months} mois.</translation>
    </message>
    <message>
        <source>Refused by {who}: {reason}</source>
        <translation>Refusé par {who} : {reason}</translation>
    </message>
    <message>
        <source>Balance {balance} · in arrears {arrears} ({days} days late)</source>
        <translation>Solde {balance} · arriéré {arrears} ({days} jours de retard)</translation>
    </message>
    <message>
        <source>Computed when the application is submitted.</source>
        <translation>Calculé lorsque la demande est soumise.</translation>
    </message>
    <message>
        <source>Activity started {date} ({months} months ago)</source>
        <translation>Activité commencée le {date} (il y a {months} mois)</translation>
    </message>
    <message>
        <source>Invoiced in the last 12 months: {amount}</source>
        <translation>Facturé sur les 12 derniers mois : {amount}</translation>
    </message>
    <message>
        <source>Werkbudget in the last 12 months: {amount}</source>
        <translation>Budget de travail sur les 12 derniers mois : {amount}</translation>
    </message>
    <message>
        <source>Still owed on other loans: {amount}; in arrears: {late}</source>
        <translation>Encore dû sur d&apos;autres prêts : {amount} ; arriéré : {late}</translation>
    </message>
    <message>
        <source>Instalment {instalment} against an average monthly income of {average}{share}</source>
        <translation>Mensualité {instalment} pour un revenu mensuel moyen de {average}{share}</translation>
    </message>
    <message>
        <source>No rule threshold crossed.</source>
        <translation>Aucun seuil de règle dépassé.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre un justificatif</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
</context>
<context>
    <name>LoansChart</name>
    <message>
        <source>Approved (EUR)</source>
        <translation>Accordé (EUR)</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>Tous les prêts</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Overview, last 12 months</source>
        <translation>Aperçu, 12 derniers mois</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>My office</source>
        <translation>Mon bureau</translation>
    </message>
    <message>
        <source>The cooperative</source>
        <translation>La coopérative</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Le graphique se dessine…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} jours de retard</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} mois</translation>
    </message>
    <message>
        <source>Balance {balance}</source>
        <translation>Solde {balance}</translation>
    </message>
    <message>
        <source>{n} applications · {a} approved · {r} refused · {total} · average {avg}</source>
        <translation>{n} demandes · {a} accordées · {r} refusées · {total} · moyenne {avg}</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Total approved</source>
        <translation>Total accordé</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Exporter l&apos;aperçu</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>demandes</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>accordées</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusées</translation>
    </message>
    <message>
        <source>total approved</source>
        <translation>total accordé</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
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
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Members &amp; Activities</source>
        <translation>Membres et activités</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>TeamAdmin queue</source>
        <translation>File TeamAdmin</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Issuer identity</source>
        <translation>Identité de l&apos;émetteur</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Bureau : {office}</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Utilisateur : {name}</translation>
    </message>
    <message>
        <source>Pending changes: …</source>
        <translation>Modifications en attente : …</translation>
    </message>
    <message>
        <source>Last sync: …</source>
        <translation>Dernière synchronisation : …</translation>
    </message>
    <message>
        <source>Pending changes: {count}</source>
        <translation>Modifications en attente : {count}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflits : {count}</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Pas connecté</translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <translation>Synchronisation à vérifier</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Offline — working on this device</source>
        <translation>Hors ligne — travail sur cet appareil</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Synchronisation : …</translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <source>Select a member in the list to see their details.</source>
        <translation>Choisissez un membre dans la liste pour voir sa fiche.</translation>
    </message>
    <message>
        <source>Member no. {number} · office {office}</source>
        <translation>Membre n° {number} · bureau {office}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>National number (INSZ)</source>
        <translation>Numéro national (NISS)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation>Nouvelle Activité…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Each showing is written to the audit log.</source>
        <translation>Chaque affichage est inscrit dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresse et contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Activities ({count})</source>
        <translation>Activités ({count})</translation>
    </message>
    <message>
        <source>Open the Activity&apos;s page</source>
        <translation>Ouvrir la page de l&apos;Activité</translation>
    </message>
    <message>
        <source>Sector: {sector}</source>
        <translation>Secteur : {sector}</translation>
    </message>
    <message>
        <source>Entity: {entity} · Tool: {tool}</source>
        <translation>Entité : {entity} · Outil : {tool}</translation>
    </message>
    <message>
        <source>Status: {status} · Role: {role}</source>
        <translation>Statut : {status} · Rôle : {role}</translation>
    </message>
    <message>
        <source>This member has no Activity yet.</source>
        <translation>Ce membre n&apos;a pas encore d&apos;activité.</translation>
    </message>
    <message>
        <source>Work at a glance</source>
        <translation>Travail en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Open declarations and requests</source>
        <translation>Déclarations et demandes ouvertes</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Invoiced (accepted quotes, excl. VAT)</source>
        <translation>Facturé (devis acceptés, hors TVA)</translation>
    </message>
</context>
<context>
    <name>MemberFormDialog</name>
    <message>
        <source>National number</source>
        <translation>Numéro national</translation>
    </message>
    <message>
        <source>BIS number</source>
        <translation>Numéro BIS</translation>
    </message>
    <message>
        <source>man</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>sexe inconnu</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>né(e) le {date}</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>date de naissance inconnue</translation>
    </message>
    <message>
        <source>{kind} · {born} · {sex}</source>
        <translation>{kind} · {born} · {sex}</translation>
    </message>
    <message>
        <source>Bank: {bic}</source>
        <translation>Banque : {bic}</translation>
    </message>
    <message>
        <source>Account in {country}</source>
        <translation>Compte en {country}</translation>
    </message>
    <message>
        <source>{name}, member no. {number}, born {born}, {city}</source>
        <translation>{name}, membre n° {number}, né(e) le {born}, {city}</translation>
    </message>
    <message>
        <source>A member of another office</source>
        <translation>Un membre d&apos;un autre bureau</translation>
    </message>
    <message>
        <source>Same INSZ: this is the same person.</source>
        <translation>Même NISS : c&apos;est la même personne.</translation>
    </message>
    <message>
        <source>Same name and birth date.</source>
        <translation>Même nom et même date de naissance.</translation>
    </message>
    <message>
        <source>Same IBAN.</source>
        <translation>Même IBAN.</translation>
    </message>
    <message>
        <source>Open this member</source>
        <translation>Ouvrir ce membre</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Change the address, contact details, IBAN or language.</source>
        <translation>Modifiez l&apos;adresse, les coordonnées, l&apos;IBAN ou la langue.</translation>
    </message>
    <message>
        <source>Type the person&apos;s names, INSZ or IBAN: members who may be the same person appear on the right as you type.</source>
        <translation>Tapez les noms, le NISS ou l&apos;IBAN de la personne : les membres qui pourraient être la même personne apparaissent à droite pendant la saisie.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>National number (INSZ)</source>
        <translation>Numéro national (NISS)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Shares subscribed</source>
        <translation>Parts souscrites</translation>
    </message>
    <message>
        <source>Possibly already a member</source>
        <translation>Peut-être déjà membre</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
</context>
<context>
    <name>MemberRequestsSection</name>
    <message>
        <source>No request to TeamAdmin for this member.</source>
        <translation>Aucune demande à TeamAdmin pour ce membre.</translation>
    </message>
    <message>
        <source>Requests to TeamAdmin</source>
        <translation>Demandes à TeamAdmin</translation>
    </message>
    <message>
        <source>Ask TeamAdmin for…</source>
        <translation>Demander à TeamAdmin…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No members found</source>
        <translation>Aucun membre trouvé</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} membres</translation>
    </message>
    <message>
        <source>Members &amp; Activities</source>
        <translation>Membres et activités</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>Nouveau membre…</translation>
    </message>
    <message>
        <source>Search by name, member number, city, e-mail, INSZ or Activity…</source>
        <translation>Rechercher par nom, numéro de membre, commune, e-mail, NISS ou activité…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Type a number, for example 12.50.</source>
        <translation>Tapez un nombre, par exemple 12,50.</translation>
    </message>
    <message>
        <source>The discount is a percentage between 0 and 100.</source>
        <translation>La remise est un pourcentage entre 0 et 100.</translation>
    </message>
    <message>
        <source>Choose an answer from the list.</source>
        <translation>Choisissez une réponse dans la liste.</translation>
    </message>
    <message>
        <source>The VAT check could not read this answer. Check it and try again.</source>
        <translation>Le contrôle TVA n&apos;a pas pu lire cette réponse. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>This VAT rate cannot be used for this line.</source>
        <translation>Ce taux de TVA ne peut pas être utilisé pour cette ligne.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, contact the helpdesk.</source>
        <translation>Une erreur s&apos;est produite. Réessayez ; si cela se reproduit, contactez le helpdesk.</translation>
    </message>
    <message>
        <source>This record no longer exists or is not part of your office.</source>
        <translation>Cette fiche n&apos;existe plus ou n&apos;appartient pas à votre bureau.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask an administrator if you need it.</source>
        <translation>Vous n&apos;êtes pas autorisé à faire ceci. Demandez-le à un administrateur si nécessaire.</translation>
    </message>
    <message>
        <source>Wrong PIN for this user. Check the PIN and try again.</source>
        <translation>Code PIN incorrect pour cet utilisateur. Vérifiez le code et réessayez.</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly. Check the marked fields.</source>
        <translation>Certains champs ne sont pas correctement remplis. Vérifiez les champs indiqués.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Ce champ ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>This kind of file cannot be attached. Allowed: {allowed}.</source>
        <translation>Ce type de fichier ne peut pas être joint. Autorisés : {allowed}.</translation>
    </message>
    <message>
        <source>This file is {size_mb} MB; at most {max_mb} MB can be attached. Scan at a lower resolution or split the document.</source>
        <translation>Ce fichier fait {size_mb} Mo ; au plus {max_mb} Mo peuvent être joints. Scannez à une résolution plus basse ou divisez le document.</translation>
    </message>
    <message>
        <source>This file is empty. Choose the file again.</source>
        <translation>Ce fichier est vide. Choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>The file has no name. Save it under a name and attach it again.</source>
        <translation>Le fichier n&apos;a pas de nom. Enregistrez-le sous un nom et joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>This database keeps no files. Attach the file on an office computer.</source>
        <translation>Cette base de données ne conserve pas de fichiers. Joignez le fichier sur un ordinateur du bureau.</translation>
    </message>
    <message>
        <source>The file was attached on another computer and is not on this one yet.</source>
        <translation>Le fichier a été joint sur un autre ordinateur et n&apos;est pas encore sur celui-ci.</translation>
    </message>
    <message>
        <source>The file on this computer is damaged (its content no longer matches). Attach it again from the original.</source>
        <translation>Le fichier sur cet ordinateur est endommagé (son contenu ne correspond plus). Joignez-le à nouveau à partir de l&apos;original.</translation>
    </message>
    <message>
        <source>Choose a login without spaces (at most 60 characters).</source>
        <translation>Choisissez un identifiant sans espaces (60 caractères au maximum).</translation>
    </message>
    <message>
        <source>The PIN must have at least 4 digits, and digits only.</source>
        <translation>Le code PIN doit compter au moins 4 chiffres, et uniquement des chiffres.</translation>
    </message>
    <message>
        <source>This login is already used. Choose another one.</source>
        <translation>Cet identifiant est déjà utilisé. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose an office from the list.</source>
        <translation>Choisissez un bureau dans la liste.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Choisissez un rôle dans la liste.</translation>
    </message>
    <message>
        <source>Choose Dutch, French or English.</source>
        <translation>Choisissez le néerlandais, le français ou l&apos;anglais.</translation>
    </message>
    <message>
        <source>This device already has users. Sign in with one of them.</source>
        <translation>Cet appareil a déjà des utilisateurs. Connectez-vous avec l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid. Check it with the member.</source>
        <translation>Cette adresse e-mail n&apos;est pas valable. Vérifiez-la avec le membre.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Use digits, spaces and an optional + prefix.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valable. Utilisez des chiffres, des espaces et éventuellement un + au début.</translation>
    </message>
    <message>
        <source>This postcode does not exist for the member&apos;s country.</source>
        <translation>Ce code postal n&apos;existe pas dans le pays du membre.</translation>
    </message>
    <message>
        <source>This national number (INSZ) is not valid. Check it on the member&apos;s identity card.</source>
        <translation>Ce numéro national (NISS) n&apos;est pas valable. Vérifiez-le sur la carte d&apos;identité du membre.</translation>
    </message>
    <message>
        <source>This IBAN is not valid. Check it on a bank document.</source>
        <translation>Cet IBAN n&apos;est pas valable. Vérifiez-le sur un document bancaire.</translation>
    </message>
    <message>
        <source>This VAT number is not valid. Check the country code and the digits.</source>
        <translation>Ce numéro de TVA n&apos;est pas valable. Vérifiez le code pays et les chiffres.</translation>
    </message>
    <message>
        <source>Only EU VAT numbers can be used here. For a client outside the EU, leave the VAT number empty.</source>
        <translation>Seuls les numéros de TVA de l&apos;UE peuvent être utilisés ici. Pour un client hors de l&apos;UE, laissez le numéro de TVA vide.</translation>
    </message>
    <message>
        <source>This VAT number starts with another country&apos;s code. Check the client&apos;s country or the number.</source>
        <translation>Ce numéro de TVA commence par le code d&apos;un autre pays. Vérifiez le pays du client ou le numéro.</translation>
    </message>
    <message>
        <source>Use a Belgian IBAN (it starts with BE).</source>
        <translation>Utilisez un IBAN belge (il commence par BE).</translation>
    </message>
    <message>
        <source>Choose the kind of client from the list.</source>
        <translation>Choisissez le type de client dans la liste.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s country from the list.</source>
        <translation>Choisissez le pays du client dans la liste.</translation>
    </message>
    <message>
        <source>This client has no VAT number to check. Add the number first.</source>
        <translation>Ce client n&apos;a pas de numéro de TVA à vérifier. Ajoutez d&apos;abord le numéro.</translation>
    </message>
    <message>
        <source>The data folder cannot be used: check its permissions, or start SmartDesk with another folder (--data-dir).</source>
        <translation>Le dossier de données est inutilisable : vérifiez ses droits, ou démarrez SmartDesk avec un autre dossier (--data-dir).</translation>
    </message>
    <message>
        <source>The file is not a SmartDesk database, or it is damaged. Restore it from a copy; nothing was written to it.</source>
        <translation>Le fichier n&apos;est pas une base de données SmartDesk, ou il est endommagé. Restaurez-en une copie ; rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>This database was last used by a newer SmartDesk. Update SmartDesk on this computer; nothing was changed.</source>
        <translation>Cette base de données a été utilisée en dernier par un SmartDesk plus récent. Mettez SmartDesk à jour sur cet ordinateur ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key of this database is not on this computer. Restore the data folder on the computer it comes from, or ask the helpdesk; nothing was changed.</source>
        <translation>La clé de cette base de données n&apos;est pas sur cet ordinateur. Remettez le dossier de données sur l&apos;ordinateur d&apos;où il vient, ou adressez-vous au helpdesk ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key on this computer does not open this database. Ask the helpdesk; nothing was changed.</source>
        <translation>La clé de cet ordinateur n&apos;ouvre pas cette base de données. Adressez-vous au helpdesk ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Type it again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la base de données. Tapez-la à nouveau.</translation>
    </message>
    <message>
        <source>This computer has no keyring: SmartDesk needs the database passphrase to start.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau : SmartDesk a besoin de la phrase secrète de la base de données pour démarrer.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>La phrase secrète doit comporter au moins 12 caractères.</translation>
    </message>
    <message>
        <source>The keyring of this computer did not answer. Unlock it (sign in again) and restart SmartDesk; nothing was changed.</source>
        <translation>Le trousseau de cet ordinateur n&apos;a pas répondu. Déverrouillez-le (reconnectez-vous) et redémarrez SmartDesk ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>SmartDesk could not encrypt its database. The database is unchanged; check the free disk space and start again.</source>
        <translation>SmartDesk n&apos;a pas pu chiffrer sa base de données. La base de données est inchangée ; vérifiez l&apos;espace disque libre et redémarrez.</translation>
    </message>
    <message>
        <source>Encrypting the database was cancelled. The database is unchanged; SmartDesk does it at the next start.</source>
        <translation>Le chiffrement de la base de données a été annulé. La base de données est inchangée ; SmartDesk le fera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Another SmartDesk is using this database. Close it, then start again.</source>
        <translation>Un autre SmartDesk utilise cette base de données. Fermez-le, puis redémarrez.</translation>
    </message>
    <message>
        <source>You have no PIN on this device yet: sign in once with your central password.</source>
        <translation>Vous n&apos;avez pas encore de code PIN sur cet appareil : connectez-vous une fois avec votre mot de passe central.</translation>
    </message>
    <message>
        <source>This person already has a PIN on this device: sign in with it.</source>
        <translation>Cette personne a déjà un code PIN sur cet appareil : connectez-vous avec celui-ci.</translation>
    </message>
    <message>
        <source>This device is not connected to the central database yet, so your central password cannot be checked. Ask a colleague to connect it (Sync view).</source>
        <translation>Cet appareil n&apos;est pas encore connecté à la base de données centrale : votre mot de passe central ne peut pas être vérifié. Demandez à un collègue de le connecter (écran Synchronisation).</translation>
    </message>
    <message>
        <source>A tax number from outside the EU has 4 to 20 letters and digits.</source>
        <translation>Un numéro fiscal hors UE compte de 4 à 20 lettres et chiffres.</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>Choisissez une catégorie dans la liste.</translation>
    </message>
    <message>
        <source>This client does not belong to the quote&apos;s Activity. Choose one of its clients or create a new one.</source>
        <translation>Ce client n&apos;appartient pas à l&apos;activité du devis. Choisissez un de ses clients ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>The issuer&apos;s identity of {entity} is not complete: {missing} missing. A quote cannot be sent without it. An administrator sets it under Settings › Issuer identity (or with “smartdesk central identity set”).</source>
        <translation>L&apos;identité de l&apos;émetteur de {entity} n&apos;est pas complète : il manque {missing}. Un devis ne peut pas être envoyé sans elle. Un administrateur la complète sous Paramètres › Identité de l&apos;émetteur (ou avec « smartdesk central identity set »).</translation>
    </message>
    <message>
        <source>This enterprise number is not valid (10 digits, check digits mod 97).</source>
        <translation>Ce numéro d&apos;entreprise n&apos;est pas valable (10 chiffres, chiffres de contrôle mod 97).</translation>
    </message>
    <message>
        <source>This is not a valid Belgian VAT number (BE and 10 digits).</source>
        <translation>Ce n&apos;est pas un numéro de TVA belge valable (BE et 10 chiffres).</translation>
    </message>
    <message>
        <source>This IBAN is not valid: check the country code and the check digits.</source>
        <translation>Cet IBAN n&apos;est pas valable : vérifiez le code pays et les chiffres de contrôle.</translation>
    </message>
    <message>
        <source>This BIC is not valid (8 or 11 letters and digits).</source>
        <translation>Ce BIC n&apos;est pas valable (8 ou 11 lettres et chiffres).</translation>
    </message>
    <message>
        <source>The quote has no lines yet. Add at least one line before sending it.</source>
        <translation>Le devis n&apos;a pas encore de lignes. Ajoutez au moins une ligne avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>This quote is no longer a draft and cannot be changed. Duplicate it to make a new draft.</source>
        <translation>Ce devis n&apos;est plus un projet et ne peut plus être modifié. Dupliquez-le pour créer un nouveau projet.</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>Le prix unitaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>La quantité doit être supérieure à 0.</translation>
    </message>
    <message>
        <source>Choose a VAT rate: 21 %, 12 %, 6 % or 0 %.</source>
        <translation>Choisissez un taux de TVA : 21 %, 12 %, 6 % ou 0 %.</translation>
    </message>
    <message>
        <source>Write why, in at least 10 characters: the reason is kept in the quote&apos;s history.</source>
        <translation>Écrivez pourquoi, en au moins 10 caractères : la raison est conservée dans l&apos;historique du devis.</translation>
    </message>
    <message>
        <source>A line still needs a VAT decision. Select the marked line, choose “Decide VAT…” and write why.</source>
        <translation>Une ligne attend encore une décision TVA. Sélectionnez la ligne signalée, choisissez « Décider la TVA… » et écrivez pourquoi.</translation>
    </message>
    <message>
        <source>This quote cannot make that move in its present state. Open it again to see its latest state.</source>
        <translation>Ce devis ne peut pas faire ce passage dans son état actuel. Rouvrez-le pour voir son dernier état.</translation>
    </message>
    <message>
        <source>Choose a VAT treatment from the list.</source>
        <translation>Choisissez un traitement TVA dans la liste.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 365 days.</source>
        <translation>La validité doit être comprise entre 1 et 365 jours.</translation>
    </message>
    <message>
        <source>This amount is too large. Check the quantity and the unit price.</source>
        <translation>Ce montant est trop élevé. Vérifiez la quantité et le prix unitaire.</translation>
    </message>
    <message>
        <source>The VAT check needs this answer.</source>
        <translation>Le contrôle TVA a besoin de cette réponse.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Ce n&apos;est pas une date valable.</translation>
    </message>
    <message>
        <source>There are no VAT rules for this date. Check the quote&apos;s date.</source>
        <translation>Il n&apos;y a pas de règles TVA pour cette date. Vérifiez la date du devis.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>This category does not fit the kind of line (goods or service).</source>
        <translation>Cette catégorie ne correspond pas au type de ligne (bien ou service).</translation>
    </message>
    <message>
        <source>Give a share between 0 % and 100 %.</source>
        <translation>Indiquez une part entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>Give a year between 1000 and the year of the quote.</source>
        <translation>Indiquez une année entre 1000 et l&apos;année du devis.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>There are no budget rules for this date.</source>
        <translation>Il n&apos;y a pas de règles de budget pour cette date.</translation>
    </message>
    <message>
        <source>The budget simulator does not apply to temp (interim) contracts.</source>
        <translation>Le simulateur de budget ne s&apos;applique pas aux contrats intérimaires.</translation>
    </message>
    <message>
        <source>The contribution rate must lie between the standard rate and the maximum for partners abroad.</source>
        <translation>Le taux de contribution doit se situer entre le taux standard et le maximum pour les partenaires à l&apos;étranger.</translation>
    </message>
    <message>
        <source>Choose a contract type from the list.</source>
        <translation>Choisissez un type de contrat dans la liste.</translation>
    </message>
    <message>
        <source>No connection to the central database. You keep working on this device; the changes stay here and go out at the next sync.</source>
        <translation>Pas de connexion à la base de données centrale. Vous continuez à travailler sur cet appareil ; les modifications restent ici et partent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This device is not connected to the central database yet. In Sync, choose “Connect to the central database…”.</source>
        <translation>Cet appareil n&apos;est pas encore connecté à la base de données centrale. Dans Synchronisation, choisissez « Se connecter à la base de données centrale… ».</translation>
    </message>
    <message>
        <source>SmartDesk needs the sync password: choose Sync now and type it. It is kept only until you close SmartDesk.</source>
        <translation>SmartDesk a besoin du mot de passe de synchronisation : choisissez Synchroniser maintenant et tapez-le. Il n&apos;est conservé que jusqu&apos;à la fermeture de SmartDesk.</translation>
    </message>
    <message>
        <source>The central database refused this login or password. Check them, or ask your administrator.</source>
        <translation>La base de données centrale a refusé cet identifiant ou ce mot de passe. Vérifiez-les, ou demandez à votre administrateur.</translation>
    </message>
    <message>
        <source>This login is not an active SmartDesk user in the central database. Ask your administrator.</source>
        <translation>Cet identifiant n&apos;est pas un utilisateur SmartDesk actif dans la base de données centrale. Demandez à votre administrateur.</translation>
    </message>
    <message>
        <source>Update SmartDesk: the central database needs a newer version. Your changes stay on this device until then; changes made by others still arrive.</source>
        <translation>Mettez SmartDesk à jour : la base de données centrale demande une version plus récente. D&apos;ici là, vos modifications restent sur cet appareil ; celles des autres arrivent toujours.</translation>
    </message>
    <message>
        <source>The central database is older than this SmartDesk. An administrator must upgrade it first; your changes stay on this device until then.</source>
        <translation>La base de données centrale est plus ancienne que ce SmartDesk. Un administrateur doit d&apos;abord la mettre à jour ; d&apos;ici là, vos modifications restent sur cet appareil.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected problem. Your changes stay on this device. Try again later; if it keeps happening, contact the helpdesk.</source>
        <translation>La synchronisation s&apos;est arrêtée sur un problème inattendu. Vos modifications restent sur cet appareil. Réessayez plus tard ; si cela se reproduit, contactez le helpdesk.</translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL database. It looks like postgresql://server/database.</source>
        <translation>Ce n&apos;est pas l&apos;adresse d&apos;une base de données PostgreSQL. Elle ressemble à postgresql://serveur/base.</translation>
    </message>
    <message>
        <source>Choose keep mine, keep theirs, or the fields to keep.</source>
        <translation>Choisissez la mienne, la leur, ou les champs à garder.</translation>
    </message>
    <message>
        <source>This field is not part of the conflict. Open the conflict again.</source>
        <translation>Ce champ ne fait pas partie du conflit. Rouvrez le conflit.</translation>
    </message>
    <message>
        <source>Your role or office may not make this change.</source>
        <translation>Votre rôle ou votre bureau ne peut pas faire cette modification.</translation>
    </message>
    <message>
        <source>A number or login in it is already taken in the central database.</source>
        <translation>Un numéro ou un identifiant qu&apos;elle contient est déjà pris dans la base de données centrale.</translation>
    </message>
    <message>
        <source>It refers to a record the central database does not have.</source>
        <translation>Elle renvoie à un enregistrement que la base de données centrale n&apos;a pas.</translation>
    </message>
    <message>
        <source>The record does not exist in the central database, or is not part of your office.</source>
        <translation>L&apos;enregistrement n&apos;existe pas dans la base de données centrale, ou ne relève pas de votre bureau.</translation>
    </message>
    <message>
        <source>The central database found a value in it that is not valid.</source>
        <translation>La base de données centrale y a trouvé une valeur non valable.</translation>
    </message>
    <message>
        <source>The central database does not know this kind of record. Update SmartDesk.</source>
        <translation>La base de données centrale ne connaît pas ce type d&apos;enregistrement. Mettez SmartDesk à jour.</translation>
    </message>
    <message>
        <source>The central database has another record with the number of a document sent from this device. The sent document stays as it is here; ask your administrator which one keeps the number.</source>
        <translation>La base centrale contient un autre enregistrement portant le numéro d’un document envoyé depuis cet appareil. Le document envoyé reste tel quel ici ; demandez à votre administrateur lequel garde le numéro.</translation>
    </message>
    <message>
        <source>Say in a few words why (at least 5 characters): it is kept with the change.</source>
        <translation>Dites en quelques mots pourquoi (au moins 5 caractères) : c’est gardé avec la modification.</translation>
    </message>
    <message>
        <source>This is the central database&apos;s record, not a change made here: it can only be dismissed.</source>
        <translation>C’est l’enregistrement de la base centrale, pas une modification faite ici : vous pouvez seulement l’écarter.</translation>
    </message>
    <message>
        <source>This device has given every number of its series {series} for {scope}. Ask your administrator for help.</source>
        <translation>Cet appareil a utilisé tous les numéros de sa série {series} pour {scope}. Demandez de l’aide à votre administrateur.</translation>
    </message>
    <message>
        <source>The central database gave its number to another record; the version made here is kept aside.</source>
        <translation>La base de données centrale a donné son numéro à un autre enregistrement ; la version créée ici est mise de côté.</translation>
    </message>
    <message>
        <source>Outside your role or office: it stays on this device.</source>
        <translation>Hors de votre rôle ou de votre bureau : cela reste sur cet appareil.</translation>
    </message>
    <message>
        <source>The central database refused a record made on this device before it connected, so nothing was uploaded. Everything stays on this device; ask your administrator.</source>
        <translation>La base de données centrale a refusé un enregistrement créé sur cet appareil avant sa connexion : rien n’a donc été envoyé. Tout reste sur cet appareil ; demandez à votre administrateur.</translation>
    </message>
    <message>
        <source>No longer part of what your role and office may see: the record was removed from this device; your change is kept here.</source>
        <translation>Ne fait plus partie de ce que votre rôle et votre bureau peuvent voir : l&apos;enregistrement a été retiré de cet appareil ; votre modification est conservée ici.</translation>
    </message>
    <message>
        <source>The central database refused this device&apos;s changes. They stay on this device; ask your administrator.</source>
        <translation>La base de données centrale a refusé les modifications de cet appareil. Elles restent sur cet appareil ; adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Your login already holds as many numbering series as the central database gives one login (one per device it registered), so this device cannot sync. Ask an administrator to retire the series of your old devices. Your changes stay on this device.</source>
        <translation>Votre identifiant détient déjà autant de séries de numérotation que la base centrale en donne à un identifiant (une par appareil qu’il a enregistré) : cet appareil ne peut donc pas se synchroniser. Demandez à un administrateur de retirer les séries de vos anciens appareils. Vos modifications restent sur cet appareil.</translation>
    </message>
    <message>
        <source>The central database is busy. Nothing is lost; sync again in a minute.</source>
        <translation>La base de données centrale est occupée. Rien n&apos;est perdu ; synchronisez à nouveau dans une minute.</translation>
    </message>
    <message>
        <source>The password contains a character that cannot be used. Type it again.</source>
        <translation>Le mot de passe contient un caractère qui ne peut pas être utilisé. Tapez-le à nouveau.</translation>
    </message>
    <message>
        <source>Type the login you received: 1 to 63 characters.</source>
        <translation>Tapez l&apos;identifiant que vous avez reçu : de 1 à 63 caractères.</translation>
    </message>
    <message>
        <source>The database of this device is read-only. Make the file and its folder writable for your account, then sync again. Nothing was lost.</source>
        <translation>La base de données de cet appareil est en lecture seule. Rendez le fichier et son dossier modifiables pour votre compte, puis synchronisez à nouveau. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The database of this device could not be written. Check the disk, then sync again. Nothing was lost.</source>
        <translation>La base de données de cet appareil n&apos;a pas pu être écrite. Vérifiez le disque, puis synchronisez à nouveau. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Not an ordinary file (a folder, a link or a device). Choose another file name.</source>
        <translation>Ce n&apos;est pas un fichier ordinaire (un dossier, un lien ou un périphérique). Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>This folder does not exist. Choose an existing folder.</source>
        <translation>Ce dossier n&apos;existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>This computer cannot store passwords safely. You will be asked for the password each session.</source>
        <translation>Cet ordinateur ne peut pas conserver les mots de passe de façon sûre. Le mot de passe vous sera demandé à chaque session.</translation>
    </message>
    <message>
        <source>Choose what to ask TeamAdmin for from the list.</source>
        <translation>Choisissez dans la liste ce que vous demandez à TeamAdmin.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Choisissez une date.</translation>
    </message>
    <message>
        <source>This date is before the one above it. Check both dates.</source>
        <translation>Cette date précède celle du dessus. Vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choisissez une des options.</translation>
    </message>
    <message>
        <source>An A1 covers postings within the EU, the EEA and Switzerland. For another country, ask TeamAdmin (Other request): a bilateral agreement decides.</source>
        <translation>Un A1 couvre les détachements dans l&apos;UE, l&apos;EEE et en Suisse. Pour un autre pays, demandez à TeamAdmin (Autre demande) : une convention bilatérale décide.</translation>
    </message>
    <message>
        <source>A worker who replaces another posted worker cannot be posted under Belgian social security: no A1 can be asked.</source>
        <translation>Un travailleur qui remplace un autre travailleur détaché ne peut pas être détaché sous la sécurité sociale belge : aucun A1 ne peut être demandé.</translation>
    </message>
    <message>
        <source>Longer than {months} months: possible only by agreement between the institutions of both countries. TeamAdmin will check it with you.</source>
        <translation>Plus de {months} mois : possible uniquement avec un accord entre les institutions des deux pays. TeamAdmin le vérifiera avec vous.</translation>
    </message>
    <message>
        <source>In Flanders no peddler authorisation is needed any more (since 1 April 2024): a KBO registration with the right activity codes replaces it.</source>
        <translation>En Flandre, aucune autorisation d&apos;activité ambulante n&apos;est plus nécessaire (depuis le 1er avril 2024) : une inscription à la BCE avec les bons codes d&apos;activité la remplace.</translation>
    </message>
    <message>
        <source>In Brussels an authorisation is needed only for sales at the consumer&apos;s home (since 1 April 2024).</source>
        <translation>À Bruxelles, une autorisation n&apos;est nécessaire que pour la vente au domicile du consommateur (depuis le 1er avril 2024).</translation>
    </message>
    <message>
        <source>Uncertain: whether Wallonia still requires the authorisation was not confirmed. TeamAdmin checks it before acting.</source>
        <translation>Incertain : il n&apos;est pas confirmé que la Wallonie exige encore l&apos;autorisation. TeamAdmin le vérifie avant d&apos;agir.</translation>
    </message>
    <message>
        <source>This type of art-worker attest is valid at most {years} years. Check the dates on the Kunstwerkcommissie&apos;s decision.</source>
        <translation>Ce type d&apos;attestation du travail des arts est valable au plus {years} ans. Vérifiez les dates sur la décision de la Commission du travail des arts.</translation>
    </message>
    <message>
        <source>The legal date for this is already past: TeamAdmin will treat it first.</source>
        <translation>La date légale est déjà dépassée : TeamAdmin la traitera en priorité.</translation>
    </message>
    <message>
        <source>The date asked for is already past: TeamAdmin will treat it first.</source>
        <translation>La date demandée est déjà dépassée : TeamAdmin la traitera en priorité.</translation>
    </message>
    <message>
        <source>This request has moved on meanwhile (someone else may have acted on it). Refresh to see where it stands.</source>
        <translation>Cette demande a évolué entre-temps (quelqu&apos;un d&apos;autre l&apos;a peut-être traitée). Actualisez pour voir où elle en est.</translation>
    </message>
    <message>
        <source>Write the reason in a few words (at least {minimum} characters).</source>
        <translation>Écrivez le motif en quelques mots (au moins {minimum} caractères).</translation>
    </message>
    <message>
        <source>Produce the document before closing the request.</source>
        <translation>Produisez le document avant de clôturer la demande.</translation>
    </message>
    <message>
        <source>Record the reference you received before closing the request.</source>
        <translation>Enregistrez la référence reçue avant de clôturer la demande.</translation>
    </message>
    <message>
        <source>Produce the document or record the reference before closing the request.</source>
        <translation>Produisez le document ou enregistrez la référence avant de clôturer la demande.</translation>
    </message>
    <message>
        <source>SmartDesk draws no document for this kind of request: record the reference.</source>
        <translation>SmartDesk ne produit pas de document pour ce type de demande : enregistrez la référence.</translation>
    </message>
    <message>
        <source>The existing member belongs to another office. Ask that office to merge the two.</source>
        <translation>Le membre existant appartient à un autre bureau. Demandez à ce bureau de fusionner les deux.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is not open elsewhere and try again.</source>
        <translation>Ce fichier ne peut pas être lu. Vérifiez qu&apos;il n&apos;est pas ouvert ailleurs et réessayez.</translation>
    </message>
    <message>
        <source>An INSZ has digits only (dots, spaces and dashes are ignored), for example 93.05.18-223.61.</source>
        <translation>Un NISS ne contient que des chiffres (points, espaces et tirets sont ignorés), par exemple 93.05.18-223.61.</translation>
    </message>
    <message>
        <source>An INSZ has 11 digits: 6 for the birth date, 3 for the counter, 2 check digits.</source>
        <translation>Un NISS compte 11 chiffres : 6 pour la date de naissance, 3 pour le compteur, 2 chiffres de contrôle.</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of the INSZ: a digit was mistyped. Read it again from the identity card.</source>
        <translation>Les chiffres de contrôle ne correspondent pas au reste du NISS : un chiffre est mal tapé. Relisez-le sur la carte d&apos;identité.</translation>
    </message>
    <message>
        <source>The birth month in this INSZ is impossible (01–12, or 21–32 / 41–52 for a BIS number). Check the 3rd and 4th digits.</source>
        <translation>Le mois de naissance de ce NISS est impossible (01–12, ou 21–32 / 41–52 pour un numéro BIS). Vérifiez les 3e et 4e chiffres.</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters of the country and two check digits, then letters and digits only, for example BE71 0961 2345 6769.</source>
        <translation>Un IBAN commence par deux lettres du pays et deux chiffres de contrôle, puis seulement des lettres et des chiffres, par exemple BE71 0961 2345 6769.</translation>
    </message>
    <message>
        <source>This IBAN has the wrong number of characters for its country (a Belgian IBAN has 16).</source>
        <translation>Cet IBAN n&apos;a pas le bon nombre de caractères pour son pays (un IBAN belge en compte 16).</translation>
    </message>
    <message>
        <source>The check digits of this IBAN do not match: a character was mistyped. Copy it again from a bank statement.</source>
        <translation>Les chiffres de contrôle de cet IBAN ne correspondent pas : un caractère est mal tapé. Recopiez-le d&apos;un extrait de compte.</translation>
    </message>
    <message>
        <source>This IBAN names a bank or country that does not exist (the Belgian bank code is not in the National Bank&apos;s list). Check the digits after the check digits.</source>
        <translation>Cet IBAN désigne une banque ou un pays qui n&apos;existe pas (le code bancaire belge n&apos;est pas dans la liste de la Banque nationale). Vérifiez les chiffres après les chiffres de contrôle.</translation>
    </message>
    <message>
        <source>Members are paid on a Belgian account: give an IBAN that starts with BE.</source>
        <translation>Les membres sont payés sur un compte belge : donnez un IBAN qui commence par BE.</translation>
    </message>
    <message>
        <source>An enterprise number has digits only, for example 0566.988.259.</source>
        <translation>Un numéro d&apos;entreprise ne contient que des chiffres, par exemple 0566.988.259.</translation>
    </message>
    <message>
        <source>An enterprise number has 10 digits, for example 0566.988.259.</source>
        <translation>Un numéro d&apos;entreprise compte 10 chiffres, par exemple 0566.988.259.</translation>
    </message>
    <message>
        <source>The last two digits of this enterprise number do not match the others: a digit was mistyped.</source>
        <translation>Les deux derniers chiffres de ce numéro d&apos;entreprise ne correspondent pas aux autres : un chiffre est mal tapé.</translation>
    </message>
    <message>
        <source>An enterprise number starts with 0 or 1.</source>
        <translation>Un numéro d&apos;entreprise commence par 0 ou 1.</translation>
    </message>
    <message>
        <source>This VAT number has characters its country does not use. Type it as on the invoice, with or without the country prefix.</source>
        <translation>Ce numéro de TVA contient des caractères que son pays n&apos;utilise pas. Tapez-le comme sur la facture, avec ou sans code pays.</translation>
    </message>
    <message>
        <source>This VAT number has the wrong number of characters for its country.</source>
        <translation>Ce numéro de TVA n&apos;a pas le bon nombre de caractères pour son pays.</translation>
    </message>
    <message>
        <source>The check digits of this VAT number do not match: a character was mistyped.</source>
        <translation>Les chiffres de contrôle de ce numéro de TVA ne correspondent pas : un caractère est mal tapé.</translation>
    </message>
    <message>
        <source>This VAT number contains a part its country never issues (for a Belgian number: the first digit is 0 or 1).</source>
        <translation>Ce numéro de TVA contient une partie que son pays n&apos;attribue jamais (pour un numéro belge : le premier chiffre est 0 ou 1).</translation>
    </message>
    <message>
        <source>The country is not an EU member state, or the number&apos;s prefix names another country than the one given.</source>
        <translation>Le pays n&apos;est pas un État membre de l&apos;UE, ou le préfixe du numéro désigne un autre pays que celui indiqué.</translation>
    </message>
    <message>
        <source>A structured communication has 12 digits, written +++123/4567/89002+++.</source>
        <translation>Une communication structurée compte 12 chiffres, écrits +++123/4567/89002+++.</translation>
    </message>
    <message>
        <source>A structured communication has exactly 12 digits.</source>
        <translation>Une communication structurée compte exactement 12 chiffres.</translation>
    </message>
    <message>
        <source>The last two digits of this structured communication do not match the first ten: a digit was mistyped.</source>
        <translation>Les deux derniers chiffres de cette communication structurée ne correspondent pas aux dix premiers : un chiffre est mal tapé.</translation>
    </message>
    <message>
        <source>The birth day encoded in this INSZ does not exist in that month; the birth date is treated as unknown. Check it against the identity card.</source>
        <translation>Le jour de naissance codé dans ce NISS n&apos;existe pas dans ce mois ; la date de naissance est considérée comme inconnue. Comparez avec la carte d&apos;identité.</translation>
    </message>
    <message>
        <source>This INSZ gives an age over 110. A birth in 2000 or later may have been typed with the wrong check digits: check it.</source>
        <translation>Ce NISS donne un âge de plus de 110 ans. Une naissance en 2000 ou après a peut-être été tapée avec de mauvais chiffres de contrôle : vérifiez-le.</translation>
    </message>
    <message>
        <source>This INSZ does not say the full birth date (month or day written 00). Ask for the birth date and type it yourself.</source>
        <translation>Ce NISS ne donne pas la date de naissance complète (mois ou jour écrit 00). Demandez la date de naissance et saisissez-la vous-même.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>C&apos;est trop long : {max} caractères au maximum.</translation>
    </message>
    <message>
        <source>Type the birth date as day/month/year, for example 18/05/1993.</source>
        <translation>Tapez la date de naissance sous la forme jour/mois/année, par exemple 18/05/1993.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The INSZ does not give the full birth date: type it.</source>
        <translation>Le NISS ne donne pas la date de naissance complète : saisissez-la.</translation>
    </message>
    <message>
        <source>The INSZ says born on {insz_date}. Check which one is right.</source>
        <translation>Le NISS indique une naissance le {insz_date}. Vérifiez lequel est juste.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, for example BE.</source>
        <translation>Utilisez le code pays à deux lettres, par exemple BE.</translation>
    </message>
    <message>
        <source>A member subscribes at least one share.</source>
        <translation>Un membre souscrit au moins une part.</translation>
    </message>
    <message>
        <source>This person is already a member (no. {number}). Open that member instead of making a second one.</source>
        <translation>Cette personne est déjà membre (n° {number}). Ouvrez ce membre au lieu d&apos;en créer un second.</translation>
    </message>
    <message>
        <source>A member with the same name and birth date, or the same IBAN, exists. Open them, or say they are another person.</source>
        <translation>Un membre de même nom et date de naissance, ou de même IBAN, existe. Ouvrez-le, ou confirmez qu&apos;il s&apos;agit d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>The name is too long: at most {max} characters.</source>
        <translation>Le nom est trop long : {max} caractères au maximum.</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Choisissez une des options proposées.</translation>
    </message>
    <message>
        <source>This member cannot be added: they are not a member of this office.</source>
        <translation>Ce membre ne peut pas être ajouté : il n&apos;est pas membre de ce bureau.</translation>
    </message>
    <message>
        <source>Tick at least one contract type the member expects.</source>
        <translation>Cochez au moins un type de contrat que le membre prévoit.</translation>
    </message>
    <message>
        <source>This checklist item does not apply to this Activity.</source>
        <translation>Ce point de la liste ne s&apos;applique pas à cette Activité.</translation>
    </message>
    <message>
        <source>The Activity cannot be activated yet: {count} required item(s) of the checklist are not done.</source>
        <translation>L&apos;Activité ne peut pas encore être activée : {count} point(s) obligatoire(s) de la liste ne sont pas faits.</translation>
    </message>
    <message>
        <source>Finish the wizard of this Activity first.</source>
        <translation>Terminez d&apos;abord l&apos;assistant de cette Activité.</translation>
    </message>
    <message>
        <source>An Activity in this state cannot be activated here.</source>
        <translation>Une Activité dans cet état ne peut pas être activée ici.</translation>
    </message>
    <message>
        <source>The expenses are more than the werkbudget: lower them or raise the amount.</source>
        <translation>Les frais dépassent le budget de travail : diminuez-les ou augmentez le montant.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Choisissez le membre.</translation>
    </message>
    <message>
        <source>Choose the type of accident.</source>
        <translation>Choisissez le type d’accident.</translation>
    </message>
    <message>
        <source>Say where it happened.</source>
        <translation>Indiquez où cela s’est passé.</translation>
    </message>
    <message>
        <source>Give the country as two letters, for example BE.</source>
        <translation>Indiquez le pays en deux lettres, par exemple BE.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Décrivez ce qui s’est passé.</translation>
    </message>
    <message>
        <source>For an accident on the way to or from work, give where the route starts and ends.</source>
        <translation>Pour un accident sur le chemin du travail, indiquez où le trajet commence et se termine.</translation>
    </message>
    <message>
        <source>The insurer&apos;s form is in Dutch or French.</source>
        <translation>Le formulaire de l’assureur est en néerlandais ou en français.</translation>
    </message>
    <message>
        <source>A code is made of digits only.</source>
        <translation>Un code ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>Give the days of incapacity as a number, 0 or more.</source>
        <translation>Indiquez les jours d’incapacité en chiffres, 0 ou plus.</translation>
    </message>
    <message>
        <source>Give the name of the first-aider.</source>
        <translation>Indiquez le nom du secouriste.</translation>
    </message>
    <message>
        <source>The date is after today. Check the date.</source>
        <translation>La date est postérieure à aujourd’hui. Vérifiez la date.</translation>
    </message>
    <message>
        <source>The filing date is before the event.</source>
        <translation>La date de déclaration est antérieure à l’événement.</translation>
    </message>
    <message>
        <source>The filing date is before the day the aggravation became known.</source>
        <translation>La date de déclaration est antérieure au jour où l’aggravation a été connue.</translation>
    </message>
    <message>
        <source>The aggravation cannot be known before the accident happened.</source>
        <translation>L’aggravation ne peut pas être connue avant l’accident.</translation>
    </message>
    <message>
        <source>The aggravation date is after today.</source>
        <translation>La date de l’aggravation est postérieure à aujourd’hui.</translation>
    </message>
    <message>
        <source>The discovery is before the event.</source>
        <translation>La découverte est antérieure à l’événement.</translation>
    </message>
    <message>
        <source>The discovery date is after today.</source>
        <translation>La date de la découverte est postérieure à aujourd’hui.</translation>
    </message>
    <message>
        <source>No deadline rule is known for events before {since}.</source>
        <translation>Aucune règle de délai n’est connue pour les événements antérieurs au {since}.</translation>
    </message>
    <message>
        <source>Give a whole number of days between {low} and {high}.</source>
        <translation>Indiquez un nombre entier de jours entre {low} et {high}.</translation>
    </message>
    <message>
        <source>This declaration is with TeamAdmin or the insurer and can no longer be changed here.</source>
        <translation>Cette déclaration est chez TeamAdmin ou l’assureur et ne peut plus être modifiée ici.</translation>
    </message>
    <message>
        <source>The member of a declaration cannot be changed.</source>
        <translation>Le membre d’une déclaration ne peut pas être changé.</translation>
    </message>
    <message>
        <source>Turn a first-aid entry into a declaration with “Declare aggravation”.</source>
        <translation>Transformez une inscription au registre des premiers soins en déclaration avec « Déclarer l&apos;aggravation ».</translation>
    </message>
    <message>
        <source>This step is not possible for this declaration now.</source>
        <translation>Cette étape n’est pas possible pour cette déclaration maintenant.</translation>
    </message>
    <message>
        <source>Write the question for the adviser.</source>
        <translation>Écrivez la question pour le conseiller.</translation>
    </message>
    <message>
        <source>Give the insurer&apos;s reference.</source>
        <translation>Indiquez la référence de l’assureur.</translation>
    </message>
    <message>
        <source>Write the outcome.</source>
        <translation>Indiquez l’issue.</translation>
    </message>
    <message>
        <source>Choose the kind of claim.</source>
        <translation>Choisissez le type de sinistre.</translation>
    </message>
    <message>
        <source>A theft or a loss needs the number of the police report.</source>
        <translation>Un vol ou une perte demande le numéro du procès-verbal.</translation>
    </message>
    <message>
        <source>Give the estimated damage in euros, 0 or more.</source>
        <translation>Indiquez le dommage estimé en euros, 0 ou plus.</translation>
    </message>
    <message>
        <source>Give the name of each third party.</source>
        <translation>Indiquez le nom de chaque tiers.</translation>
    </message>
    <message>
        <source>This field is required to submit the application.</source>
        <translation>Ce champ est nécessaire pour introduire la demande.</translation>
    </message>
    <message>
        <source>Give an amount in euros with at most two decimals.</source>
        <translation>Indiquez un montant en euros avec au plus deux décimales.</translation>
    </message>
    <message>
        <source>Give the term as a whole number of months.</source>
        <translation>Indiquez la durée en nombre entier de mois.</translation>
    </message>
    <message>
        <source>Choose a purpose from the list.</source>
        <translation>Choisissez un objet dans la liste.</translation>
    </message>
    <message>
        <source>Choose what kind of document this is.</source>
        <translation>Choisissez le type de document.</translation>
    </message>
    <message>
        <source>This application has been decided and can no longer change.</source>
        <translation>Cette demande a été décidée et ne peut plus changer.</translation>
    </message>
    <message>
        <source>This Activity has no member; add its holder before applying for a loan.</source>
        <translation>Cette Activité n’a pas de membre ; ajoutez son titulaire avant de demander un prêt.</translation>
    </message>
    <message>
        <source>This application is not in a state that allows this.</source>
        <translation>Cette demande n’est pas dans un état qui le permet.</translation>
    </message>
    <message>
        <source>You prepared this application: another loan reviewer must decide it.</source>
        <translation>Vous avez préparé cette demande : un autre évaluateur des prêts doit la décider.</translation>
    </message>
    <message>
        <source>Explain the refusal to the member in a sentence (at least {minimum} characters).</source>
        <translation>Expliquez le refus au membre en une phrase (au moins {minimum} caractères).</translation>
    </message>
    <message>
        <source>The approved amount cannot be more than the amount asked.</source>
        <translation>Le montant accordé ne peut pas dépasser le montant demandé.</translation>
    </message>
    <message>
        <source>Only an approved loan is repaid.</source>
        <translation>Seul un prêt accordé est remboursé.</translation>
    </message>
    <message>
        <source>This document exists only once the application is approved (the agreement) or refused (the letter).</source>
        <translation>Ce document n’existe qu’une fois la demande accordée (la convention) ou refusée (la lettre).</translation>
    </message>
    <message>
        <source>The payment must be more than 0.</source>
        <translation>Le paiement doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>The payment is more than the balance of {balance}. Record at most the balance.</source>
        <translation>Le paiement dépasse le solde de {balance}. Enregistrez au plus le solde.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>Le montant doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>{amount} asked + {outstanding} still owed on this Activity = {total}: above the cap of {cap} per project. Lower the amount.</source>
        <translation>{amount} demandés + {outstanding} encore dus sur cette Activité = {total} : au-delà du plafond de {cap} par projet. Diminuez le montant.</translation>
    </message>
    <message>
        <source>The term must be at least 1 month.</source>
        <translation>La durée doit être d’au moins 1 mois.</translation>
    </message>
    <message>
        <source>At most {max_months} months for this purpose; shorten the term.</source>
        <translation>Au plus {max_months} mois pour cet objet ; raccourcissez la durée.</translation>
    </message>
    <message>
        <source>Attach the evidence this purpose needs ({needed}) before submitting.</source>
        <translation>Joignez la pièce justificative que demande cet objet ({needed}) avant d’introduire la demande.</translation>
    </message>
    <message>
        <source>The Activity is {months} months old (flagged under {minimum} months). [{source}]</source>
        <translation>L’Activité existe depuis {months} mois (signalé en dessous de {minimum} mois). [{source}]</translation>
    </message>
    <message>
        <source>No invoiced income in the last {months} months: repayment capacity unknown. [{source}]</source>
        <translation>Aucun revenu facturé au cours des {months} derniers mois : capacité de remboursement inconnue. [{source}]</translation>
    </message>
    <message>
        <source>The instalment of {instalment} is {share} % of the average monthly income of {average} (threshold {threshold} %). [{source}]</source>
        <translation>La mensualité de {instalment} représente {share} % du revenu mensuel moyen de {average} (seuil {threshold} %). [{source}]</translation>
    </message>
    <message>
        <source>The member is {days} days late on earlier loans: {amount} in arrears. [{source}]</source>
        <translation>Le membre a {days} jours de retard sur des prêts antérieurs : {amount} d’arriérés. [{source}]</translation>
    </message>
    <message>
        <source>{amount} is still owed on earlier loans of this Activity (counted toward the cap of {cap}). [{source}]</source>
        <translation>{amount} reste dû sur des prêts antérieurs de cette Activité (compté dans le plafond de {cap}). [{source}]</translation>
    </message>
</context>
<context>
    <name>NewLoanDialog</name>
    <message>
        <source>New loan application</source>
        <translation>Nouvelle demande de prêt</translation>
    </message>
    <message>
        <source>Activity or member name</source>
        <translation>Nom de l&apos;activité ou du membre</translation>
    </message>
    <message>
        <source>Start application</source>
        <translation>Commencer la demande</translation>
    </message>
    <message>
        <source>For which Activity?</source>
        <translation>Pour quelle activité ?</translation>
    </message>
</context>
<context>
    <name>NewQuoteDialog</name>
    <message>
        <source>Find the member, then choose their Activity.</source>
        <translation>Cherchez le membre, puis choisissez son activité.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{activity}&lt;/b&gt; — {member}</source>
        <translation>&lt;b&gt;{activity}&lt;/b&gt; — {member}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>valable jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>1. Activity</source>
        <translation>1. Activité</translation>
    </message>
    <message>
        <source>2. Client</source>
        <translation>2. Client</translation>
    </message>
    <message>
        <source>3. Quote</source>
        <translation>3. Devis</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>En choisir une autre…</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Valable pendant (jours)</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Langue du devis</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>La langue du client</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>Créer le devis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OpenDeclarations</name>
    <message>
        <source>Open declarations and claims, overdue first</source>
        <translation>Déclarations et sinistres ouverts, les retards d&apos;abord</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>overdue by {days} d</source>
        <translation>{days} j de retard</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>No open declaration.</source>
        <translation>Aucune déclaration ouverte.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>SmartDesk: database passphrase</source>
        <translation>SmartDesk : phrase secrète de la base de données</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>La même à nouveau :</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>La phrase secrète doit comporter au moins 12 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez-les à nouveau.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>QuestionsBox</name>
    <message>
        <source>Questions for the VAT check</source>
        <translation>Questions pour le contrôle TVA</translation>
    </message>
    <message>
        <source>The VAT check needs no more answers for this kind of line.</source>
        <translation>Le contrôle TVA n&apos;a pas besoin d&apos;autres réponses pour ce type de ligne.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Quote {number}</source>
        <translation>Devis {number}</translation>
    </message>
    <message>
        <source>Draft quote</source>
        <translation>Projet de devis</translation>
    </message>
    <message>
        <source>&lt;b&gt;{activity}&lt;/b&gt; — member {member}</source>
        <translation>&lt;b&gt;{activity}&lt;/b&gt; — membre {member}</translation>
    </message>
    <message>
        <source>VAT {number}: {check}</source>
        <translation>TVA {number} : {check}</translation>
    </message>
    <message>
        <source>no VAT number</source>
        <translation>pas de numéro de TVA</translation>
    </message>
    <message>
        <source>Issued {issued} · valid until {until} · in {language}</source>
        <translation>Émis le {issued} · valable jusqu&apos;au {until} · en {language}</translation>
    </message>
    <message>
        <source>You can read this quote but not change it: quotes are made and changed by the advisers of their office.</source>
        <translation>Vous pouvez lire ce devis mais pas le modifier : les devis sont établis et modifiés par les conseillers de leur bureau.</translation>
    </message>
    <message>
        <source>This quote is {state} and can no longer be changed. Duplicate it (More › Duplicate) to make a new draft with the same lines.</source>
        <translation>Ce devis est {state} et ne peut plus être modifié. Dupliquez-le (Plus › Dupliquer) pour créer un nouveau projet avec les mêmes lignes.</translation>
    </message>
    <message>
        <source>Changed with the client</source>
        <translation>Modifiée avec le client</translation>
    </message>
    <message>
        <source>To decide by an adviser</source>
        <translation>À décider par un conseiller</translation>
    </message>
    <message>
        <source>likely {answer}</source>
        <translation>probablement {answer}</translation>
    </message>
    <message>
        <source>for now {answer}</source>
        <translation>provisoirement {answer}</translation>
    </message>
    <message>
        <source>Confirmed by an adviser: {reason}</source>
        <translation>Confirmée par un conseiller : {reason}</translation>
    </message>
    <message>
        <source>Sending is blocked:</source>
        <translation>L&apos;envoi est bloqué :</translation>
    </message>
    <message>
        <source>Line(s) to decide: {positions}.</source>
        <translation>Ligne(s) à décider : {positions}.</translation>
    </message>
    <message>
        <source>Decide line {position} no&amp;w…</source>
        <translation>Décider la ligne {position} maint&amp;enant…</translation>
    </message>
    <message>
        <source>Give the quote the next number of this device&apos;s series and freeze it: its lines, VAT and totals can no longer be changed.</source>
        <translation>Attribue au devis le numéro suivant de la série de cet appareil et le fige : ses lignes, sa TVA et ses totaux ne peuvent plus être modifiés.</translation>
    </message>
    <message>
        <source>Totals (provisional)</source>
        <translation>Totaux (provisoires)</translation>
    </message>
    <message>
        <source>The VAT of line(s) {lines} is not decided yet: the VAT and the total incl. VAT are provisional until an adviser decides.</source>
        <translation>La TVA de la ou des lignes {lines} n&apos;est pas encore décidée : la TVA et le total TVAC sont provisoires jusqu&apos;à la décision d&apos;un conseiller.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>Montant TVA</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total hors TVA</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TVA comprise</translation>
    </message>
    <message>
        <source>What {amount} excl. VAT becomes for the member:</source>
        <translation>Ce que {amount} hors TVA devient pour le membre :</translation>
    </message>
    <message>
        <source>Contribution to Smart ({rate} %)</source>
        <translation>Contribution à Smart ({rate} %)</translation>
    </message>
    <message>
        <source>Werkbudget</source>
        <translation>Budget de travail</translation>
    </message>
    <message>
        <source>Gross wage by contract type:</source>
        <translation>Salaire brut par type de contrat :</translation>
    </message>
    <message>
        <source>{contract} (÷ {coefficient})</source>
        <translation>{contract} (÷ {coefficient})</translation>
    </message>
    <message>
        <source>Not for temp (interim) contracts.</source>
        <translation>Pas pour les contrats intérimaires.</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>numéro {number}</translation>
    </message>
    <message>
        <source>Nothing to save: this quote is read only.</source>
        <translation>Rien à enregistrer : ce devis est en lecture seule.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved: every change to this quote is stored.</source>
        <translation>Enregistré : chaque modification de ce devis est sauvegardée.</translation>
    </message>
    <message>
        <source>The VAT of every line was checked again: no line changed.</source>
        <translation>La TVA de chaque ligne a été recontrôlée : aucune ligne n&apos;a changé.</translation>
    </message>
    <message>
        <source>The VAT of every line was checked again. Changed: line(s) {positions} (marked ↻). Check them before sending.</source>
        <translation>La TVA de chaque ligne a été recontrôlée. Modifiée(s) : ligne(s) {positions} (marquées ↻). Vérifiez-les avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Asking VIES…</source>
        <translation>Interrogation de VIES…</translation>
    </message>
    <message>
        <source>Number and send this quote?

It takes the next number of this device&apos;s series, and its lines, VAT and totals are frozen: it can no longer be changed (a copy can, with More › Duplicate). Send the PDF to the client afterwards.</source>
        <translation>Numéroter et envoyer ce devis ?

Il reçoit le numéro suivant de la série de cet appareil, et ses lignes, sa TVA et ses totaux sont figés : il ne peut plus être modifié (une copie le peut, via Plus › Dupliquer). Envoyez ensuite le PDF au client.</translation>
    </message>
    <message>
        <source>&amp;Number and send</source>
        <translation>&amp;Numéroter et envoyer</translation>
    </message>
    <message>
        <source>Sent. The quote&apos;s number is {number}.</source>
        <translation>Envoyé. Le numéro du devis est {number}.</translation>
    </message>
    <message>
        <source>The client accepted the quote.</source>
        <translation>Le client a accepté le devis.</translation>
    </message>
    <message>
        <source>The client refused the quote.</source>
        <translation>Le client a refusé le devis.</translation>
    </message>
    <message>
        <source>Cancel this quote? A cancelled quote cannot be sent or changed any more.</source>
        <translation>Annuler ce devis ? Un devis annulé ne peut plus être envoyé ni modifié.</translation>
    </message>
    <message>
        <source>&amp;Cancel the quote</source>
        <translation>A&amp;nnuler le devis</translation>
    </message>
    <message>
        <source>The quote is cancelled.</source>
        <translation>Le devis est annulé.</translation>
    </message>
    <message>
        <source>SmartDesk</source>
        <translation>SmartDesk</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Not no&amp;w</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>This is a new draft copied from {number}; the VAT of each line was checked again for today.</source>
        <translation>Voici un nouveau projet copié de {number} ; la TVA de chaque ligne a été recontrôlée pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>le devis</translation>
    </message>
    <message>
        <source>Save the quote as PDF</source>
        <translation>Enregistrer le devis en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <source>Client &amp;accepted</source>
        <translation>&amp;Accepté par le client</translation>
    </message>
    <message>
        <source>Client &amp;refused</source>
        <translation>&amp;Refusé par le client</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Plus</translation>
    </message>
    <message>
        <source>Duplicate, cancel, save as PDF</source>
        <translation>Dupliquer, annuler, enregistrer en PDF</translation>
    </message>
    <message>
        <source>&amp;Cancel quote…</source>
        <translation>A&amp;nnuler le devis…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Check with &amp;VIES</source>
        <translation>Vérifier dans &amp;VIES</translation>
    </message>
    <message>
        <source>Change c&amp;lient…</source>
        <translation>Changer de c&amp;lient…</translation>
    </message>
    <message>
        <source>Change &amp;dates…</source>
        <translation>Modifier les &amp;dates…</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>&amp;Ajouter une ligne…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected line (double-click)</source>
        <translation>Modifier la ligne choisie (double-clic)</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Supprimer la ligne choisie (Suppr)</translation>
    </message>
    <message>
        <source>Dec&amp;ide VAT…</source>
        <translation>Déc&amp;ider la TVA…</translation>
    </message>
    <message>
        <source>Rate of the date of supply, {date}: the rates change during this quote.</source>
        <translation>Taux de la date de livraison, {date} : les taux changent pendant ce devis.</translation>
    </message>
    <message>
        <source>Check: {check} → adviser: {adviser}, because {reason}</source>
        <translation>Contrôle : {check} → conseiller : {adviser}, parce que {reason}</translation>
    </message>
    <message>
        <source>The PDF is saved in {path}. Open it now?</source>
        <translation>Le PDF est enregistré dans {path}. L&apos;ouvrir maintenant ?</translation>
    </message>
    <message>
        <source>← All &amp;quotes</source>
        <translation>← &amp;Tous les devis</translation>
    </message>
    <message>
        <source>&amp;Number and send…</source>
        <translation>&amp;Numéroter et envoyer…</translation>
    </message>
    <message>
        <source>A new draft with the same client and lines</source>
        <translation>Un nouveau projet avec le même client et les mêmes lignes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Lines and their VAT</source>
        <translation>Lignes et leur TVA</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>VAT and why</source>
        <translation>TVA et pourquoi</translation>
    </message>
    <message>
        <source>Settle a line the VAT check could not decide, or override its answer</source>
        <translation>Trancher une ligne que le contrôle TVA n&apos;a pas pu décider, ou remplacer sa réponse</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>The member&apos;s side</source>
        <translation>Côté membre</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When and who</source>
        <translation>Quand et qui</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>Quoi et pourquoi</translation>
    </message>
</context>
<context>
    <name>QuoteHeaderDialog</name>
    <message>
        <source>valid until {date}</source>
        <translation>valable jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>Date, validity and language</source>
        <translation>Date, validité et langue</translation>
    </message>
    <message>
        <source>The VAT rules of the date of supply apply: the planned delivery date, else the quote&apos;s date, unless a line has its own. The language is that of the quote and its reasons. The VAT of every line is checked again.</source>
        <translation>Les règles de TVA de la date de livraison s&apos;appliquent : la date de livraison prévue, sinon la date du devis, sauf si une ligne a la sienne. La langue est celle du devis et de ses raisons. La TVA de chaque ligne est vérifiée à nouveau.</translation>
    </message>
    <message>
        <source>Date of the quote</source>
        <translation>Date du devis</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Valable pendant (jours)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Planned delivery</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Pas encore prévue</translation>
    </message>
</context>
<context>
    <name>QuoteListModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TVA comprise</translation>
    </message>
    <message>
        <source>A line&apos;s VAT was overridden by an adviser or still needs a decision</source>
        <translation>Un conseiller a remplacé la TVA d&apos;une ligne, ou une ligne attend encore une décision TVA</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(projet)</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>&amp;Activity: all…</source>
        <translation>&amp;Activité : toutes…</translation>
    </message>
    <message>
        <source>&amp;Activity: {name}</source>
        <translation>&amp;Activité : {name}</translation>
    </message>
    <message>
        <source>{activity} — member {member}</source>
        <translation>{activity} — membre {member}</translation>
    </message>
    <message>
        <source>Show the quotes of one Activity</source>
        <translation>Afficher les devis d&apos;une activité</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No quotes found</source>
        <translation>Aucun devis trouvé</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 devis</translation>
    </message>
    <message>
        <source>{count} quotes</source>
        <translation>{count} devis</translation>
    </message>
    <message>
        <source>This is a new draft copied from the selected quote; the VAT of each line was checked again for today.</source>
        <translation>Voici un nouveau projet copié du devis choisi ; la TVA de chaque ligne a été recontrôlée pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Save the quote as PDF</source>
        <translation>Enregistrer le devis en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Search by number, client or Activity…</source>
        <translation>Rechercher par numéro, client ou activité…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>&amp;Nouveau devis…</translation>
    </message>
    <message>
        <source>A new quote for an Activity (Ctrl+N)</source>
        <translation>Un nouveau devis pour une activité (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected quote (Enter)</source>
        <translation>Ouvrir le devis choisi (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the selected quote as a PDF (Ctrl+P)</source>
        <translation>Enregistrer le devis choisi en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>A new draft with the same client and lines (for quotes already sent)</source>
        <translation>Un nouveau projet avec le même client et les mêmes lignes (pour les devis déjà envoyés)</translation>
    </message>
    <message>
        <source>Read only: quotes are made and changed by the advisers of each office.</source>
        <translation>Lecture seule : les devis sont établis et modifiés par les conseillers de chaque bureau.</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pour aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Choose a request to see it here.</source>
        <translation>Choisissez une demande pour la voir ici.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Ask the adviser</source>
        <translation>Poser une question au conseiller</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Produce the PDF</source>
        <translation>Produire le PDF</translation>
    </message>
    <message>
        <source>Record the reference</source>
        <translation>Enregistrer la référence</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Question, answer, reference or reason to reopen…</source>
        <translation>Question, réponse, référence ou motif de réouverture…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Choose your name in the list.</source>
        <translation>Choisissez votre nom dans la liste.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Tapez votre code PIN.</translation>
    </message>
    <message>
        <source>Type the password of your central SmartDesk account.</source>
        <translation>Tapez le mot de passe de votre compte SmartDesk central.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Checking your password with the central database…</source>
        <translation>Vérification de votre mot de passe auprès de la base de données centrale…</translation>
    </message>
    <message>
        <source>Sign in to SmartDesk</source>
        <translation>Connexion à SmartDesk</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Choisissez votre nom et tapez votre code PIN.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>First time on this device: prove it is you with the password of your central SmartDesk account, then choose the PIN you will use here.</source>
        <translation>Première fois sur cet appareil : prouvez que c&apos;est bien vous avec le mot de passe de votre compte SmartDesk central, puis choisissez le code PIN que vous utiliserez ici.</translation>
    </message>
    <message>
        <source>Central password</source>
        <translation>Mot de passe central</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau code PIN (encore)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>SummaryBand</name>
    <message>
        <source>Cover: choose the member and the date</source>
        <translation>Couverture : choisissez le membre et la date</translation>
    </message>
    <message>
        <source>First-aid register: not declared to the insurer</source>
        <translation>Registre des premiers soins : pas déclaré à l&apos;assureur</translation>
    </message>
    <message>
        <source>Declare by {date}: {days} days left</source>
        <translation>À déclarer pour le {date} : encore {days} jours</translation>
    </message>
    <message>
        <source>Declare by {date}: today is the last day</source>
        <translation>À déclarer pour le {date} : c&apos;est le dernier jour</translation>
    </message>
    <message>
        <source>Declare by {date}: overdue by {days} days, declare it still</source>
        <translation>À déclarer pour le {date} : {days} jours de retard, déclarez-le quand même</translation>
    </message>
    <message>
        <source>the last day is not a working day (no extension)</source>
        <translation>le dernier jour n&apos;est pas un jour ouvrable (pas de prolongation)</translation>
    </message>
    <message>
        <source>more than 3 years after the accident: prescribed</source>
        <translation>plus de 3 ans après l&apos;accident : prescrit</translation>
    </message>
    <message>
        <source>contract from {start} to {end}</source>
        <translation>contrat du {start} au {end}</translation>
    </message>
    <message>
        <source>no contract that day; last contract ended {end}, covered until {until}</source>
        <translation>pas de contrat ce jour-là ; dernier contrat terminé le {end}, couvert jusqu&apos;au {until}</translation>
    </message>
    <message>
        <source>no contract that day; on a mission abroad</source>
        <translation>pas de contrat ce jour-là ; en mission à l&apos;étranger</translation>
    </message>
    <message>
        <source>no contract on {day}; last contract ended {end}, cover ended {until}</source>
        <translation>pas de contrat le {day} ; dernier contrat terminé le {end}, couverture terminée le {until}</translation>
    </message>
    <message>
        <source>no contract on {day} and none before</source>
        <translation>pas de contrat le {day} ni avant</translation>
    </message>
    <message>
        <source>Cover: {cover} ({why})</source>
        <translation>Couverture : {cover} ({why})</translation>
    </message>
    <message>
        <source>Very serious accident</source>
        <translation>Accident très grave</translation>
    </message>
    <message>
        <source>Serious accident</source>
        <translation>Accident grave</translation>
    </message>
    <message>
        <source>{task}, by {due}, for {who}</source>
        <translation>{task}, pour le {due}, par {who}</translation>
    </message>
    <message>
        <source>The simplified declaration may be used (under 4 days, back at work).</source>
        <translation>La déclaration simplifiée peut être utilisée (moins de 4 jours, travail repris).</translation>
    </message>
    <message>
        <source>4 days of incapacity or more: this declaration serves as the accident fiche.</source>
        <translation>4 jours d&apos;incapacité ou plus : cette déclaration sert de fiche d&apos;accident.</translation>
    </message>
</context>
<context>
    <name>SyncConnectDialog</name>
    <message>
        <source>A sync is running. Wait until it has finished, then try again.</source>
        <translation>Une synchronisation est en cours. Attendez qu&apos;elle soit terminée, puis réessayez.</translation>
    </message>
    <message>
        <source>Checking the login with the central database…</source>
        <translation>Vérification de l&apos;identifiant auprès de la base de données centrale…</translation>
    </message>
    <message>
        <source>The central database cannot be reached at this address. Check the address and the network connection, or try again later.</source>
        <translation>La base de données centrale est injoignable à cette adresse. Vérifiez l&apos;adresse et la connexion réseau, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
    <message>
        <source>Certificate authority of the central database</source>
        <translation>Autorité de certification de la base de données centrale</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Mot de passe de synchronisation</translation>
    </message>
    <message>
        <source>SmartDesk needs the password of {login} to sync with the central database.</source>
        <translation>SmartDesk a besoin du mot de passe de {login} pour se synchroniser avec la base de données centrale.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Connect to the central database</source>
        <translation>Se connecter à la base de données centrale</translation>
    </message>
    <message>
        <source>Type the address of the central database and your own login and password, as your administrator gave them. The first sync then brings your office&apos;s data to this device; it may take a few minutes.</source>
        <translation>Tapez l&apos;adresse de la base de données centrale, votre identifiant et votre mot de passe, tels que votre administrateur vous les a donnés. La première synchronisation amène ensuite les données de votre bureau sur cet appareil ; cela peut prendre quelques minutes.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Only if your administrator gave you one</source>
        <translation>Seulement si votre administrateur vous en a donné un</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>As the address says</source>
        <translation>Comme indiqué dans l&apos;adresse</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Chiffrée (require)</translation>
    </message>
    <message>
        <source>Encrypted, certificate checked (verify-ca)</source>
        <translation>Chiffrée, certificat vérifié (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked (verify-full)</source>
        <translation>Chiffrée, certificat et nom du serveur vérifiés (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Chiffrée si le serveur le propose (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Non chiffrée (disable)</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, for the next syncs.</source>
        <translation>Le mot de passe est conservé dans le trousseau de cet ordinateur, pour les prochaines synchronisations.</translation>
    </message>
    <message>
        <source>This computer has no working keyring: the password is kept nowhere. SmartDesk uses it until you close the program and asks for it again in the next session.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau qui fonctionne : le mot de passe n&apos;est conservé nulle part. SmartDesk l&apos;utilise jusqu&apos;à la fermeture du programme et le redemande à la session suivante.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Envoi des modifications : {done} sur {total}</translation>
    </message>
    <message>
        <source>Uploading what was made before connecting ({what}): {done} of {total}</source>
        <translation>Envoi de ce qui a été créé avant la connexion ({what}) : {done} sur {total}</translation>
    </message>
    <message>
        <source>Receiving changes ({what}): {done} so far</source>
        <translation>Réception des modifications ({what}) : {done} jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Receiving changes: {done} so far</source>
        <translation>Réception des modifications : {done} jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Sending attached files: {done} of {total}</source>
        <translation>Envoi des pièces jointes : {done} sur {total}</translation>
    </message>
    <message>
        <source>Fetching attached files: {done} of {total}</source>
        <translation>Téléchargement des pièces jointes : {done} sur {total}</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation>encore environ {n} s</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>encore environ {n} min</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>{name} (no. {number})</source>
        <translation>{name} (n° {number})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Sync cancelled ({when}). What was already sent or received is kept; the rest follows at the next sync.</source>
        <translation>Synchronisation annulée ({when}). Ce qui a déjà été envoyé ou reçu est conservé ; le reste suit à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Offline: the changes stay on this device and go out at the next sync ({when}).</source>
        <translation>Hors ligne : les modifications restent sur cet appareil et partent à la prochaine synchronisation ({when}).</translation>
    </message>
    <message>
        <source>Changes waiting on this device: {count}</source>
        <translation>Modifications en attente sur cet appareil : {count}</translation>
    </message>
    <message>
        <source>For the helpdesk: {message}</source>
        <translation>Pour le helpdesk : {message}</translation>
    </message>
    <message>
        <source>Connected. The first sync finished at {when}.</source>
        <translation>Connecté. La première synchronisation s&apos;est terminée le {when}.</translation>
    </message>
    <message>
        <source>Sync finished at {when}.</source>
        <translation>Synchronisation terminée le {when}.</translation>
    </message>
    <message>
        <source>Sent: {pushed} · Received: {pulled} · New conflicts: {new}</source>
        <translation>Envoyées : {pushed} · Reçues : {pulled} · Nouveaux conflits : {new}</translation>
    </message>
    <message>
        <source>Uploaded, made on this device before it was connected: {count}</source>
        <translation>Envoyés, créés sur cet appareil avant la connexion : {count}</translation>
    </message>
    <message>
        <source>Attached files sent: {up} · fetched: {down}</source>
        <translation>Pièces jointes envoyées : {up} · reçues : {down}</translation>
    </message>
    <message>
        <source>Attached files that arrived damaged and were thrown away: {count}. Tell an administrator.</source>
        <translation>Pièces jointes arrivées endommagées et supprimées : {count}. Prévenez un administrateur.</translation>
    </message>
    <message>
        <source>Removed from this device, no longer part of your office: {count}</source>
        <translation>Retirés de cet appareil, ne relevant plus de votre bureau : {count}</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what} : {count}</translation>
    </message>
    <message>
        <source>Conflicts waiting for your choice: {count} (see Conflicts below)</source>
        <translation>Conflits en attente de votre choix : {count} (voir Conflits ci-dessous)</translation>
    </message>
    <message>
        <source>Refused by the central database, kept on this device: {count}</source>
        <translation>Refusées par la base de données centrale, conservées sur cet appareil : {count}</translation>
    </message>
    <message>
        <source>{what} ({count}): {reason}</source>
        <translation>{what} ({count}) : {reason}</translation>
    </message>
    <message>
        <source>Not uploaded, kept on this device:</source>
        <translation>Non envoyés, conservés sur cet appareil :</translation>
    </message>
    <message>
        <source>This computer has no working keyring: the password is kept nowhere and asked again in the next session.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau qui fonctionne : le mot de passe n&apos;est conservé nulle part et sera redemandé à la session suivante.</translation>
    </message>
    <message>
        <source>Fetching: {percent} %</source>
        <translation>Téléchargement : {percent} %</translation>
    </message>
    <message>
        <source>Fetched at the next sync or when opened</source>
        <translation>Téléchargé à la prochaine synchronisation ou à l&apos;ouverture</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Choose a refused change in the list first.</source>
        <translation>Choisissez d’abord une modification refusée dans la liste.</translation>
    </message>
    <message>
        <source>Dismissed the refused change to {what}; it stays in the history.</source>
        <translation>La modification refusée de {what} est écartée ; elle reste dans l’historique.</translation>
    </message>
    <message>
        <source>Applied the refused change to {what} again on this device; it goes to the central database with the next sync.</source>
        <translation>La modification refusée de {what} est réappliquée sur cet appareil ; elle part vers la base centrale à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>(not in the central database)</source>
        <translation>(absent de la base de données centrale)</translation>
    </message>
    <message>
        <source>Kept this device&apos;s version of {what}.</source>
        <translation>Version de cet appareil conservée pour {what}.</translation>
    </message>
    <message>
        <source>Kept the central database&apos;s version of {what}.</source>
        <translation>Version de la base de données centrale conservée pour {what}.</translation>
    </message>
    <message>
        <source>Kept the fields you chose for {what}.</source>
        <translation>Champs choisis conservés pour {what}.</translation>
    </message>
    <message>
        <source>The choice goes to the central database with the next sync; the other version stays in the history.</source>
        <translation>Le choix part vers la base de données centrale à la prochaine synchronisation ; l&apos;autre version reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
    <message>
        <source>Connecting to the central database…</source>
        <translation>Connexion à la base de données centrale…</translation>
    </message>
    <message>
        <source>This device is not connected yet. Choose “Connect to the central database…” and type the address and the login your administrator gave you. Until then everything you do stays on this device.</source>
        <translation>Cet appareil n&apos;est pas encore connecté. Choisissez « Se connecter à la base de données centrale… » et tapez l&apos;adresse et l&apos;identifiant que votre administrateur vous a donnés. D&apos;ici là, tout ce que vous faites reste sur cet appareil.</translation>
    </message>
    <message>
        <source>Not connected: this device works on its own.</source>
        <translation>Pas connecté : cet appareil travaille seul.</translation>
    </message>
    <message>
        <source>Offline since {when}: working on this device.</source>
        <translation>Hors ligne depuis le {when} : travail sur cet appareil.</translation>
    </message>
    <message>
        <source>Online (last contact {when}).</source>
        <translation>En ligne (dernier contact le {when}).</translation>
    </message>
    <message>
        <source>Waiting for the password: choose Sync now to type it.</source>
        <translation>En attente du mot de passe : choisissez Synchroniser maintenant pour le taper.</translation>
    </message>
    <message>
        <source>The last sync did not finish: see the message below.</source>
        <translation>La dernière synchronisation n&apos;a pas abouti : voir le message ci-dessous.</translation>
    </message>
    <message>
        <source>Not checked yet in this session.</source>
        <translation>Pas encore vérifiée dans cette session.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Pas connecté</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Every {minutes} minutes</source>
        <translation>Toutes les {minutes} minutes</translation>
    </message>
    <message>
        <source>After connecting</source>
        <translation>Après la connexion</translation>
    </message>
    <message>
        <source>Change the connection…</source>
        <translation>Modifier la connexion…</translation>
    </message>
    <message>
        <source>Connect to the central database…</source>
        <translation>Se connecter à la base de données centrale…</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflits ({count})</translation>
    </message>
    <message>
        <source>Refused changes ({count})</source>
        <translation>Modifications refusées ({count})</translation>
    </message>
    <message>
        <source>Last rounds</source>
        <translation>Derniers passages</translation>
    </message>
    <message>
        <source>Files ({here} of {count} here)</source>
        <translation>Fichiers ({here} sur {count} ici)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>This device keeps its own copy of your office&apos;s data and works without a network. Sync exchanges the changes with the central database: what you changed here goes out, what others changed comes in.</source>
        <translation>Cet appareil garde sa propre copie des données de votre bureau et fonctionne sans réseau. La synchronisation échange les modifications avec la base de données centrale : ce que vous avez modifié ici part, ce que d&apos;autres ont modifié arrive.</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Base de données centrale</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>Sur cet appareil</translation>
    </message>
    <message>
        <source>Changes not yet synchronised</source>
        <translation>Modifications pas encore synchronisées</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <source>Conflicts waiting</source>
        <translation>Conflits en attente</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Synchronisation automatique</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Champs modifiés des deux côtés</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>Aucun conflit en attente.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Mine (this device)</source>
        <translation>La mienne (cet appareil)</translation>
    </message>
    <message>
        <source>Theirs (central database)</source>
        <translation>La leur (base de données centrale)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Tick the fields where this device&apos;s value must stay; the others take the central database&apos;s value. Nothing is lost: the other version stays in the history.</source>
        <translation>Cochez les champs dont la valeur de cet appareil doit rester ; les autres prennent la valeur de la base de données centrale. Rien n&apos;est perdu : l&apos;autre version reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>Keep the ticked fields</source>
        <translation>Garder les champs cochés</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>The central database refused these changes. They are kept on this device, nothing is lost; ask an administrator if one of them must go through.</source>
        <translation>La base de données centrale a refusé ces modifications. Elles sont conservées sur cet appareil, rien n&apos;est perdu ; demandez à un administrateur si l&apos;une d&apos;elles doit passer.</translation>
    </message>
    <message>
        <source>Why you dismiss or re-apply it (kept with the change)</source>
        <translation>Pourquoi vous l’écartez ou la réappliquez (gardé avec la modification)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Re-apply</source>
        <translation>Réappliquer</translation>
    </message>
</context>
<context>
    <name>TeamAdminMoves</name>
    <message>
        <source>TeamAdmin:</source>
        <translation>TeamAdmin :</translation>
    </message>
    <message>
        <source>the question, the insurer&apos;s reference or the outcome</source>
        <translation>la question, la référence de l&apos;assureur ou l&apos;issue</translation>
    </message>
    <message>
        <source>Ask the adviser</source>
        <translation>Demander au conseiller</translation>
    </message>
    <message>
        <source>Sent to the insurer</source>
        <translation>Envoyé à l&apos;assureur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
</context>
<context>
    <name>TeamAdminQueueView</name>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Overdue &lt;b&gt;{overdue}&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#9a5b00&apos;&gt;Due today &lt;b&gt;{today}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;En retard &lt;b&gt;{overdue}&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#9a5b00&apos;&gt;Pour aujourd&apos;hui &lt;b&gt;{today}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Open by kind</source>
        <translation>Ouvertes par type</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <source>{count} requests</source>
        <translation>{count} demandes</translation>
    </message>
    <message>
        <source>Claim ({count})</source>
        <translation>Prendre en charge ({count})</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>TeamAdmin queue</source>
        <translation>File TeamAdmin</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Search by member (name, number, city)…</source>
        <translation>Rechercher par membre (nom, numéro, commune)…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Échéance au plus tard le</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Attribuées à moi</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Claim the selected requests (C)</source>
        <translation>Prendre en charge les demandes sélectionnées (C)</translation>
    </message>
    <message>
        <source>N next · P previous · C claim · Enter write in the request</source>
        <translation>N suivante · P précédente · C prendre en charge · Entrée écrire dans la demande</translation>
    </message>
</context>
<context>
    <name>VatDecisionDialog</name>
    <message>
        <source>This overrides the VAT check. The quote list will flag the quote, and your reason is kept in its history.</source>
        <translation>Vous remplacez ainsi la réponse du contrôle TVA. Le devis sera signalé dans la liste et votre raison conservée dans son historique.</translation>
    </message>
    <message>
        <source>This confirms the treatment the VAT check proposes; your reason is kept.</source>
        <translation>Vous confirmez ainsi le traitement proposé par le contrôle TVA ; votre raison est conservée.</translation>
    </message>
    <message>
        <source>{count} characters (at least {minimum})</source>
        <translation>{count} caractères (au moins {minimum})</translation>
    </message>
    <message>
        <source>Decide VAT</source>
        <translation>Décider la TVA</translation>
    </message>
    <message>
        <source>Line {position}: &lt;b&gt;{description}&lt;/b&gt;</source>
        <translation>Ligne {position} : &lt;b&gt;{description}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The VAT check could not decide this line on its own.</source>
        <translation>Le contrôle TVA n&apos;a pas pu trancher seul pour cette ligne.</translation>
    </message>
    <message>
        <source>Most likely: {answer} ({basis}).</source>
        <translation>Le plus probable : {answer} ({basis}).</translation>
    </message>
    <message>
        <source>The VAT check answers: {answer} ({basis}).</source>
        <translation>Le contrôle TVA répond : {answer} ({basis}).</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Why (kept in the history)</source>
        <translation>Pourquoi (conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>e.g. Bouquet of cut flowers only; the ribbon is under 20 % of the price.</source>
        <translation>p. ex. Uniquement des fleurs coupées ; le ruban fait moins de 20 % du prix.</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>VatTexts</name>
    <message>
        <source>{rate} % VAT</source>
        <translation>TVA {rate} %</translation>
    </message>
</context>
</TS>
