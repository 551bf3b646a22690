<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>SmartDesk</source>
        <translation>SmartDesk</translation>
    </message>
    <message>
        <source>SmartDesk cannot open its database.</source>
        <translation>SmartDesk cannot open its database.</translation>
    </message>
    <message>
        <source>File: {path}

Check that the disk is not full and that no other program holds the file, then start SmartDesk again. If it keeps failing, contact the helpdesk and mention this message:
{error}</source>
        <translation>File: {path}

Check that the disk is not full and that no other program holds the file, then start SmartDesk again. If it keeps failing, contact the helpdesk and mention this message:
{error}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>The two PINs are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Welcome to SmartDesk</source>
        <translation>Welcome to SmartDesk</translation>
    </message>
    <message>
        <source>No one uses SmartDesk on this computer yet. Create your user: you become the administrator of this device and can add your colleagues later.</source>
        <translation>No one uses SmartDesk on this computer yet. Create your user: you become the administrator of this device and can add your colleagues later.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>PIN (at least 4 digits)</source>
        <translation>PIN (at least 4 digits)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <source>{role} · office {office}</source>
        <translation>{role} · office {office}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Draft quotes</source>
        <translation>Draft quotes</translation>
    </message>
    <message>
        <source>Sent quotes awaiting an answer</source>
        <translation>Sent quotes awaiting an answer</translation>
    </message>
    <message>
        <source>Draft declarations</source>
        <translation>Draft declarations</translation>
    </message>
    <message>
        <source>Open certificate requests</source>
        <translation>Open certificate requests</translation>
    </message>
    <message>
        <source>Loans to decide</source>
        <translation>Loans to decide</translation>
    </message>
    <message>
        <source>Changes not yet synchronised</source>
        <translation>Changes not yet synchronised</translation>
    </message>
    <message>
        <source>Deadlines in the next {days} days</source>
        <translation>Deadlines in the next {days} days</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>overdue by {days} d</source>
        <translation>overdue by {days} d</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>Nothing is due in the next {days} days.</source>
        <translation>Nothing is due in the next {days} days.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Image, sound and stage</source>
        <translation>Image, sound and stage</translation>
    </message>
    <message>
        <source>Costumes, make-up, set and props</source>
        <translation>Costumes, make-up, set and props</translation>
    </message>
    <message>
        <source>IT, graphic design, language and writing</source>
        <translation>IT, graphic design, language and writing</translation>
    </message>
    <message>
        <source>Training and teaching</source>
        <translation>Training and teaching</translation>
    </message>
    <message>
        <source>Wellbeing and health</source>
        <translation>Wellbeing and health</translation>
    </message>
    <message>
        <source>Other occupations</source>
        <translation>Other occupations</translation>
    </message>
    <message>
        <source>Music and singing</source>
        <translation>Music and singing</translation>
    </message>
    <message>
        <source>Audiovisual</source>
        <translation>Audiovisual</translation>
    </message>
    <message>
        <source>Visual and graphic arts and crafts</source>
        <translation>Visual and graphic arts and crafts</translation>
    </message>
    <message>
        <source>Performing and literary arts</source>
        <translation>Performing and literary arts</translation>
    </message>
    <message>
        <source>Architecture, fashion, design, decoration</source>
        <translation>Architecture, fashion, design, decoration</translation>
    </message>
    <message>
        <source>Functions related to artistic occupations</source>
        <translation>Functions related to artistic occupations</translation>
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
        <translation>Activity (budget)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>TeamAdmin</source>
        <translation>TeamAdmin</translation>
    </message>
    <message>
        <source>Loan reviewer</source>
        <translation>Loan reviewer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Work accident declaration</source>
        <translation>Work accident declaration</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Certificate request</translation>
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
        <translation>Home</translation>
    </message>
    <message>
        <source>Members &amp; Activities</source>
        <translation>Members &amp; Activities</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>TeamAdmin queue</source>
        <translation>TeamAdmin queue</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Office: {office}</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>Pending changes: …</source>
        <translation>Pending changes: …</translation>
    </message>
    <message>
        <source>Last sync: …</source>
        <translation>Last sync: …</translation>
    </message>
    <message>
        <source>Pending changes: {count}</source>
        <translation>Pending changes: {count}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <source>Select a member in the list to see their details.</source>
        <translation>Select a member in the list to see their details.</translation>
    </message>
    <message>
        <source>Member no. {number} · office {office}</source>
        <translation>Member no. {number} · office {office}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>National number (INSZ)</source>
        <translation>National number (INSZ)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Activities ({count})</source>
        <translation>Activities ({count})</translation>
    </message>
    <message>
        <source>Sector: {sector}</source>
        <translation>Sector: {sector}</translation>
    </message>
    <message>
        <source>Entity: {entity} · Tool: {tool}</source>
        <translation>Entity: {entity} · Tool: {tool}</translation>
    </message>
    <message>
        <source>Status: {status} · Role: {role}</source>
        <translation>Status: {status} · Role: {role}</translation>
    </message>
    <message>
        <source>This member has no Activity yet.</source>
        <translation>This member has no Activity yet.</translation>
    </message>
    <message>
        <source>Work at a glance</source>
        <translation>Work at a glance</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Open declarations and requests</source>
        <translation>Open declarations and requests</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Invoiced (accepted quotes, excl. VAT)</source>
        <translation>Invoiced (accepted quotes, excl. VAT)</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>Number</source>
        <extracomment>per column, the sort key `search_members` takes, or None when it cannot sort by it the number of members found, after each search</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No members found</source>
        <translation>No members found</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 member</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <source>Members &amp; Activities</source>
        <translation>Members &amp; Activities</translation>
    </message>
    <message>
        <source>Search by name, member number, city, e-mail, INSZ or Activity…</source>
        <translation>Search by name, member number, city, e-mail, INSZ or Activity…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, contact the helpdesk.</source>
        <translation>Something went wrong. Try again; if it keeps happening, contact the helpdesk.</translation>
    </message>
    <message>
        <source>This record no longer exists or is not part of your office.</source>
        <translation>This record no longer exists or is not part of your office.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask an administrator if you need it.</source>
        <translation>You are not allowed to do this. Ask an administrator if you need it.</translation>
    </message>
    <message>
        <source>Wrong PIN for this user. Check the PIN and try again.</source>
        <translation>Wrong PIN for this user. Check the PIN and try again.</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly. Check the marked fields.</source>
        <translation>Some fields are not filled in correctly. Check the marked fields.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>This field cannot be changed here.</translation>
    </message>
    <message>
        <source>Choose a login without spaces (at most 60 characters).</source>
        <translation>Choose a login without spaces (at most 60 characters).</translation>
    </message>
    <message>
        <source>The PIN must have at least 4 digits, and digits only.</source>
        <translation>The PIN must have at least 4 digits, and digits only.</translation>
    </message>
    <message>
        <source>This login is already used. Choose another one.</source>
        <translation>This login is already used. Choose another one.</translation>
    </message>
    <message>
        <source>Choose an office from the list.</source>
        <translation>Choose an office from the list.</translation>
    </message>
    <message>
        <source>Choose a role from the list.</source>
        <translation>Choose a role from the list.</translation>
    </message>
    <message>
        <source>Choose Dutch, French or English.</source>
        <translation>Choose Dutch, French or English.</translation>
    </message>
    <message>
        <source>This device already has users. Sign in with one of them.</source>
        <translation>This device already has users. Sign in with one of them.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid. Check it with the member.</source>
        <translation>This e-mail address is not valid. Check it with the member.</translation>
    </message>
    <message>
        <source>This phone number is not valid. Use digits, spaces and an optional + prefix.</source>
        <translation>This phone number is not valid. Use digits, spaces and an optional + prefix.</translation>
    </message>
    <message>
        <source>This postcode does not exist for the member&apos;s country.</source>
        <translation>This postcode does not exist for the member&apos;s country.</translation>
    </message>
    <message>
        <source>This national number (INSZ) is not valid. Check it on the member&apos;s identity card.</source>
        <translation>This national number (INSZ) is not valid. Check it on the member&apos;s identity card.</translation>
    </message>
    <message>
        <source>This IBAN is not valid. Check it on a bank document.</source>
        <translation>This IBAN is not valid. Check it on a bank document.</translation>
    </message>
    <message>
        <source>This VAT number is not valid. Check the country code and the digits.</source>
        <translation>This VAT number is not valid. Check the country code and the digits.</translation>
    </message>
    <message>
        <source>This computer cannot store passwords safely. You will be asked for the password each session.</source>
        <translation>This computer cannot store passwords safely. You will be asked for the password each session.</translation>
    </message>
</context>
<context>
    <name>PlannedView</name>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Here you will build a member&apos;s quote line by line, with the VAT check of each line, send it as a PDF in the client&apos;s language, and follow it until it is accepted or refused.</source>
        <translation>Here you will build a member&apos;s quote line by line, with the VAT check of each line, send it as a PDF in the client&apos;s language, and follow it until it is accepted or refused.</translation>
    </message>
    <message>
        <source>Draft quotes</source>
        <translation>Draft quotes</translation>
    </message>
    <message>
        <source>Sent quotes awaiting an answer</source>
        <translation>Sent quotes awaiting an answer</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>Here you will file work accident declarations (within the legal deadline) and insurance claims for civil liability, equipment and IT risks, with their attachments.</source>
        <translation>Here you will file work accident declarations (within the legal deadline) and insurance claims for civil liability, equipment and IT risks, with their attachments.</translation>
    </message>
    <message>
        <source>Draft declarations</source>
        <translation>Draft declarations</translation>
    </message>
    <message>
        <source>Deadlines in the next 14 days</source>
        <translation>Deadlines in the next 14 days</translation>
    </message>
    <message>
        <source>TeamAdmin queue</source>
        <translation>TeamAdmin queue</translation>
    </message>
    <message>
        <source>Here TeamAdmin will process certificate requests (sickness fund, unemployment, A1 posting, peddler card, employment attests), oldest deadline first.</source>
        <translation>Here TeamAdmin will process certificate requests (sickness fund, unemployment, A1 posting, peddler card, employment attests), oldest deadline first.</translation>
    </message>
    <message>
        <source>Open certificate requests</source>
        <translation>Open certificate requests</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Here you will prepare interest-free loan applications (at most €25,000 per project) and follow their repayment; a reviewer who did not prepare the file decides.</source>
        <translation>Here you will prepare interest-free loan applications (at most €25,000 per project) and follow their repayment; a reviewer who did not prepare the file decides.</translation>
    </message>
    <message>
        <source>Loans to decide</source>
        <translation>Loans to decide</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Here you will synchronise this device with the central database, see what was sent and received, and resolve conflicts.</source>
        <translation>Here you will synchronise this device with the central database, see what was sent and received, and resolve conflicts.</translation>
    </message>
    <message>
        <source>Changes not yet synchronised</source>
        <translation>Changes not yet synchronised</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>This part of SmartDesk is not available yet.</source>
        <translation>This part of SmartDesk is not available yet.</translation>
    </message>
    <message>
        <source>Today, on this device</source>
        <translation>Today, on this device</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Choose your name in the list.</source>
        <translation>Choose your name in the list.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Type your PIN.</translation>
    </message>
    <message>
        <source>Sign in to SmartDesk</source>
        <translation>Sign in to SmartDesk</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Choose your name and type your PIN.</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
</TS>
