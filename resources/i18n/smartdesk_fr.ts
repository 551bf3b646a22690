<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Application</name>
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
        <source>Loans to decide</source>
        <translation>Prêts à décider</translation>
    </message>
    <message>
        <source>Changes not yet synchronised</source>
        <translation>Modifications pas encore synchronisées</translation>
    </message>
    <message>
        <source>Deadlines in the next {days} days</source>
        <translation>Échéances dans les {days} prochains jours</translation>
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
        <source>Nothing is due in the next {days} days.</source>
        <translation>Rien n&apos;arrive à échéance dans les {days} prochains jours.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
        <source>Closed</source>
        <translation>Clôturée</translation>
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
    <name>MemberListModel</name>
    <message>
        <source>Number</source>
        <extracomment>per column, the sort key `search_members` takes, or None when it cannot sort by it the number of members found, after each search</extracomment>
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
        <source>Search by name, member number, city, e-mail, INSZ or Activity…</source>
        <translation>Rechercher par nom, numéro de membre, commune, e-mail, NISS ou activité…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
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
        <source>This computer cannot store passwords safely. You will be asked for the password each session.</source>
        <translation>Cet ordinateur ne peut pas conserver les mots de passe de façon sûre. Le mot de passe vous sera demandé à chaque session.</translation>
    </message>
</context>
<context>
    <name>PlannedView</name>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Here you will build a member&apos;s quote line by line, with the VAT check of each line, send it as a PDF in the client&apos;s language, and follow it until it is accepted or refused.</source>
        <translation>Ici, vous pourrez bientôt établir le devis d&apos;un membre ligne par ligne, avec le contrôle TVA de chaque ligne, l&apos;envoyer en PDF dans la langue du client et le suivre jusqu&apos;à son acceptation ou son refus.</translation>
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
        <source>Declarations</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Here you will file work accident declarations (within the legal deadline) and insurance claims for civil liability, equipment and IT risks, with their attachments.</source>
        <translation>Ici, vous pourrez bientôt introduire les déclarations d&apos;accident du travail (dans le délai légal) et les déclarations de sinistre en responsabilité civile, matériel et risques informatiques, avec leurs annexes.</translation>
    </message>
    <message>
        <source>Draft declarations</source>
        <translation>Déclarations en préparation</translation>
    </message>
    <message>
        <source>Deadlines in the next 14 days</source>
        <translation>Échéances dans les 14 prochains jours</translation>
    </message>
    <message>
        <source>TeamAdmin queue</source>
        <translation>File TeamAdmin</translation>
    </message>
    <message>
        <source>Here TeamAdmin will process certificate requests (sickness fund, unemployment, A1 posting, peddler card, employment attests), oldest deadline first.</source>
        <translation>Ici, TeamAdmin traitera bientôt les demandes d&apos;attestation (mutualité, chômage, détachement A1, carte de commerçant ambulant, attestations d&apos;emploi), les plus urgentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Open certificate requests</source>
        <translation>Demandes d&apos;attestation ouvertes</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Here you will prepare interest-free loan applications (at most €25,000 per project) and follow their repayment; a reviewer who did not prepare the file decides.</source>
        <translation>Ici, vous pourrez bientôt préparer les demandes de prêt sans intérêt (25.000 € maximum par projet) et suivre leur remboursement ; un évaluateur qui n&apos;a pas préparé le dossier décide.</translation>
    </message>
    <message>
        <source>Loans to decide</source>
        <translation>Prêts à décider</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Here you will synchronise this device with the central database, see what was sent and received, and resolve conflicts.</source>
        <translation>Ici, vous pourrez bientôt synchroniser cet appareil avec la base de données centrale, voir ce qui a été envoyé et reçu, et résoudre les conflits.</translation>
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
        <source>This part of SmartDesk is not available yet.</source>
        <translation>Cette partie de SmartDesk n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <source>Today, on this device</source>
        <translation>Aujourd&apos;hui, sur cet appareil</translation>
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
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
</TS>
