<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccidentForm</name>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Medical certificate</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <source>Save the declaration as PDF</source>
        <translation>Save the declaration as PDF</translation>
    </message>
    <message>
        <source>New accident declaration</source>
        <translation>New accident declaration</translation>
    </message>
    <message>
        <source>Accident declaration · {state}</source>
        <translation>Accident declaration · {state}</translation>
    </message>
    <message>
        <source>Member and date</source>
        <translation>Member and date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Injury (health data: only you, TeamAdmin and administrators)</source>
        <translation>Injury (health data: only you, TeamAdmin and administrators)</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Type of accident</source>
        <translation>Type of accident</translation>
    </message>
    <message>
        <source>Mission abroad</source>
        <translation>Mission abroad</translation>
    </message>
    <message>
        <source>Light accident</source>
        <translation>Light accident</translation>
    </message>
    <message>
        <source>First-aider, time of the care</source>
        <translation>First-aider, time of the care</translation>
    </message>
    <message>
        <source>Aggravation known on</source>
        <translation>Aggravation known on</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Road</translation>
    </message>
    <message>
        <source>Route starts at</source>
        <translation>Route starts at</translation>
    </message>
    <message>
        <source>Route ends at</source>
        <translation>Route ends at</translation>
    </message>
    <message>
        <source>Detour or stop, and why</source>
        <translation>Detour or stop, and why</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>First aid given</source>
        <translation>First aid given</translation>
    </message>
    <message>
        <source>Deviation / agent codes</source>
        <translation>Deviation / agent codes</translation>
    </message>
    <message>
        <source>Client company (temp work)</source>
        <translation>Client company (temp work)</translation>
    </message>
    <message>
        <source>Nature of the injury</source>
        <translation>Nature of the injury</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Body part</translation>
    </message>
    <message>
        <source>Injury code</source>
        <translation>Injury code</translation>
    </message>
    <message>
        <source>Incapacity (days)</source>
        <translation>Incapacity (days)</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Medical care</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Language of the form</translation>
    </message>
    <message>
        <source>Name or member number</source>
        <translation>Name or member number</translation>
    </message>
    <message>
        <source>on a mission abroad for the Activity</source>
        <translation>on a mission abroad for the Activity</translation>
    </message>
    <message>
        <source>first-aid register only (no loss of wages, no incapacity, no doctor)</source>
        <translation>first-aid register only (no loss of wages, no incapacity, no doctor)</translation>
    </message>
    <message>
        <source>a light accident that got worse</source>
        <translation>a light accident that got worse</translation>
    </message>
    <message>
        <source>on a public road</source>
        <translation>on a public road</translation>
    </message>
    <message>
        <source>traffic accident</source>
        <translation>traffic accident</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanent</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>fatal</translation>
    </message>
    <message>
        <source>back at work</source>
        <translation>back at work</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Health data are shown only to the adviser who filed the declaration, TeamAdmin and administrators.</source>
        <translation>Health data are shown only to the adviser who filed the declaration, TeamAdmin and administrators.</translation>
    </message>
    <message>
        <source>e.g. 51</source>
        <translation>e.g. 51</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>e.g. 021</source>
        <translation>e.g. 021</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Submit to TeamAdmin</source>
        <translation>Submit to TeamAdmin</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Declare aggravation</source>
        <translation>Declare aggravation</translation>
    </message>
    <message>
        <source>Attach the certificate…</source>
        <translation>Attach the certificate…</translation>
    </message>
</context>
<context>
    <name>ActivityPageView</name>
    <message>
        <source>Save the welcome summary</source>
        <translation>Save the welcome summary</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Contract types</source>
        <translation>Contract types</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>This Activity is active.</source>
        <translation>This Activity is active.</translation>
    </message>
    <message>
        <source>The wizard of this Activity is not finished yet.</source>
        <translation>The wizard of this Activity is not finished yet.</translation>
    </message>
    <message>
        <source>Still to do before it can be activated: {items}</source>
        <translation>Still to do before it can be activated: {items}</translation>
    </message>
    <message>
        <source>Every required item is done: the Activity can be activated.</source>
        <translation>Every required item is done: the Activity can be activated.</translation>
    </message>
    <message>
        <source>Identity card scan</source>
        <translation>Identity card scan</translation>
    </message>
    <message>
        <source>Signed usage agreement</source>
        <translation>Signed usage agreement</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>on this computer</translation>
    </message>
    <message>
        <source>attached on another computer, not on this one yet</source>
        <translation>attached on another computer, not on this one yet</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Loans ({count})</source>
        <translation>Loans ({count})</translation>
    </message>
    <message>
        <source>Quotes ({count})</source>
        <translation>Quotes ({count})</translation>
    </message>
    <message>
        <source>Contracts ({count})</source>
        <translation>Contracts ({count})</translation>
    </message>
    <message>
        <source>← Member</source>
        <translation>← Member</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>Onboarding checklist</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Welcome summary (PDF)…</source>
        <translation>Welcome summary (PDF)…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>New quote…</source>
        <translation>New quote…</translation>
    </message>
    <message>
        <source>Apply for a loan…</source>
        <translation>Apply for a loan…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
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
        <translation>State</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>Gross wage</translation>
    </message>
</context>
<context>
    <name>ActivityPicker</name>
    <message>
        <source>No members found</source>
        <translation>No members found</translation>
    </message>
    <message>
        <source>{count} members found; the first {shown} are listed, type more</source>
        <translation>{count} members found; the first {shown} are listed, type more</translation>
    </message>
    <message>
        <source>{count} members found</source>
        <translation>{count} members found</translation>
    </message>
    <message>
        <source>This member has no Activity yet.</source>
        <translation>This member has no Activity yet.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Name, member number or Activity…</source>
        <translation>Name, member number or Activity…</translation>
    </message>
</context>
<context>
    <name>ActivityPickerDialog</name>
    <message>
        <source>Choose an Activity</source>
        <translation>Choose an Activity</translation>
    </message>
</context>
<context>
    <name>ActivityWizard</name>
    <message>
        <source>Draft saved</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>1. Name</source>
        <translation>1. Name</translation>
    </message>
    <message>
        <source>2. Sector</source>
        <translation>2. Sector</translation>
    </message>
    <message>
        <source>3. Entity</source>
        <translation>3. Entity</translation>
    </message>
    <message>
        <source>4. Tool</source>
        <translation>4. Tool</translation>
    </message>
    <message>
        <source>5. Contract types</source>
        <translation>5. Contract types</translation>
    </message>
    <message>
        <source>6. Who works in it</source>
        <translation>6. Who works in it</translation>
    </message>
    <message>
        <source>7. Adviser and summary</source>
        <translation>7. Adviser and summary</translation>
    </message>
    <message>
        <source>The name is how the member, their clients and Smart will recognise this Activity on every quote, invoice and contract.</source>
        <translation>The name is how the member, their clients and Smart will recognise this Activity on every quote, invoice and contract.</translation>
    </message>
    <message>
        <source>The sector decides which onboarding items apply and how Smart reports the work; choose the one closest to what the member sells.</source>
        <translation>The sector decides which onboarding items apply and how Smart reports the work; choose the one closest to what the member sells.</translation>
    </message>
    <message>
        <source>The entity is the employer on the member&apos;s contracts: it decides which contracts are possible and which documents the clients must sign.</source>
        <translation>The entity is the employer on the member&apos;s contracts: it decides which contracts are possible and which documents the clients must sign.</translation>
    </message>
    <message>
        <source>The tool decides how the member is paid: from a budget they manage, or one employment contract per invoice.</source>
        <translation>The tool decides how the member is paid: from a budget they manage, or one employment contract per invoice.</translation>
    </message>
    <message>
        <source>The contract types decide the wage the member keeps from an invoice: the budget simulator shows each one side by side.</source>
        <translation>The contract types decide the wage the member keeps from an invoice: the budget simulator shows each one side by side.</translation>
    </message>
    <message>
        <source>Everyone who works in the Activity needs their own contract and is covered by its insurance only once they are added here.</source>
        <translation>Everyone who works in the Activity needs their own contract and is covered by its insurance only once they are added here.</translation>
    </message>
    <message>
        <source>The adviser follows the onboarding checklist with the member; check the summary before you finish.</source>
        <translation>The adviser follows the onboarding checklist with the member; check the summary before you finish.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Contract types</source>
        <translation>Contract types</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Other members</translation>
    </message>
    <message>
        <source>New Activity for {member}</source>
        <translation>New Activity for {member}</translation>
    </message>
    <message>
        <source>New Activity</source>
        <translation>New Activity</translation>
    </message>
    <message>
        <source>&amp;Name of the Activity</source>
        <translation>&amp;Name of the Activity</translation>
    </message>
    <message>
        <source>What the member does or sells (optional)</source>
        <translation>What the member does or sells (optional)</translation>
    </message>
    <message>
        <source>Any activity: the general entity.</source>
        <translation>Any activity: the general entity.</translation>
    </message>
    <message>
        <source>For trainers and teachers.</source>
        <translation>For trainers and teachers.</translation>
    </message>
    <message>
        <source>Temp-agency contracts: each client signs a workstation sheet listing the job&apos;s risks before work starts.</source>
        <translation>Temp-agency contracts: each client signs a workstation sheet listing the job&apos;s risks before work starts.</translation>
    </message>
    <message>
        <source>A budget the member manages: invoices fill it, wages and expenses are paid from it.</source>
        <translation>A budget the member manages: invoices fill it, wages and expenses are paid from it.</translation>
    </message>
    <message>
        <source>Each invoice makes an employment contract.</source>
        <translation>Each invoice makes an employment contract.</translation>
    </message>
    <message>
        <source>Find a member by name or number…</source>
        <translation>Find a member by name or number…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Working in this Activity besides the holder:</source>
        <translation>Working in this Activity besides the holder:</translation>
    </message>
    <message>
        <source>Adviser: {name} · office {office}</source>
        <translation>Adviser: {name} · office {office}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Close (the draft is kept)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>This computer has no keyring to keep the key of SmartDesk&apos;s database. Choose a passphrase of at least 12 characters; SmartDesk asks for it at every start. Keep it safe: without it nobody can read the database, not even the helpdesk.</source>
        <translation>This computer has no keyring to keep the key of SmartDesk&apos;s database. Choose a passphrase of at least 12 characters; SmartDesk asks for it at every start. Keep it safe: without it nobody can read the database, not even the helpdesk.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so SmartDesk&apos;s database is protected by a passphrase. Type it to open the database.</source>
        <translation>This computer has no keyring, so SmartDesk&apos;s database is protected by a passphrase. Type it to open the database.</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Type it again.</source>
        <translation>This passphrase does not open the database. Type it again.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>The passphrase must have at least 12 characters.</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s keyring (was the data folder copied from another computer?). If the database is protected by a passphrase, type it; otherwise cancel and contact the helpdesk.</source>
        <translation>The key of this database is not in this computer&apos;s keyring (was the data folder copied from another computer?). If the database is protected by a passphrase, type it; otherwise cancel and contact the helpdesk.</translation>
    </message>
    <message>
        <source>SmartDesk encrypts its database. This happens once, and can take a minute on a large database. If you cancel, SmartDesk closes and does it at the next start.</source>
        <translation>SmartDesk encrypts its database. This happens once, and can take a minute on a large database. If you cancel, SmartDesk closes and does it at the next start.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
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
    <name>AskTeamAdminDialog</name>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>TeamAdmin&apos;s due date: {date}</source>
        <translation>TeamAdmin&apos;s due date: {date}</translation>
    </message>
    <message>
        <source>The due date follows from the dates you fill in.</source>
        <translation>The due date follows from the dates you fill in.</translation>
    </message>
    <message>
        <source>Ask TeamAdmin for…</source>
        <translation>Ask TeamAdmin for…</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>What is needed</translation>
    </message>
    <message>
        <source>For {member}</source>
        <translation>For {member}</translation>
    </message>
</context>
<context>
    <name>BudgetSimulator</name>
    <message>
        <source>Smart&apos;s contribution ({rate}%)</source>
        <translation>Smart&apos;s contribution ({rate}%)</translation>
    </message>
    <message>
        <source>Werkbudget</source>
        <translation>Werkbudget</translation>
    </message>
    <message>
        <source>Expenses refunded</source>
        <translation>Expenses refunded</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>Gross wage</translation>
    </message>
    <message>
        <source>Rules: {source}. The gross wage is the werkbudget less expenses, divided by the employer&apos;s cost factor of each contract type.</source>
        <translation>Rules: {source}. The gross wage is the werkbudget less expenses, divided by the employer&apos;s cost factor of each contract type.</translation>
    </message>
    <message>
        <source>Budget simulator: what the member keeps</source>
        <translation>Budget simulator: what the member keeps</translation>
    </message>
    <message>
        <source>&amp;Invoiced, excl. VAT (EUR)</source>
        <translation>&amp;Invoiced, excl. VAT (EUR)</translation>
    </message>
    <message>
        <source>&amp;Expenses to refund (EUR)</source>
        <translation>&amp;Expenses to refund (EUR)</translation>
    </message>
</context>
<context>
    <name>ChangeClientDialog</name>
    <message>
        <source>Change client</source>
        <translation>Change client</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;{client}&lt;/b&gt;</source>
        <translation>Now: &lt;b&gt;{client}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The VAT of every line is checked again for the new client: a treatment or rate may change, and a decision an adviser made may no longer hold. The lines that change are marked afterwards.</source>
        <translation>The VAT of every line is checked again for the new client: a treatment or rate may change, and a decision an adviser made may no longer hold. The lines that change are marked afterwards.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Police report no. (required)</source>
        <translation>Police report no. (required)</translation>
    </message>
    <message>
        <source>Police report no.</source>
        <translation>Police report no.</translation>
    </message>
    <message>
        <source>Deadline: check the dates</source>
        <translation>Deadline: check the dates</translation>
    </message>
    <message>
        <source>{kind} · the policy&apos;s delay: {days} days from the discovery</source>
        <translation>{kind} · the policy&apos;s delay: {days} days from the discovery</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>PDF saved: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <source>Save the claim as PDF</source>
        <translation>Save the claim as PDF</translation>
    </message>
    <message>
        <source>New insurance claim</source>
        <translation>New insurance claim</translation>
    </message>
    <message>
        <source>Insurance claim · {state}</source>
        <translation>Insurance claim · {state}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Others involved and damage</source>
        <translation>Others involved and damage</translation>
    </message>
    <message>
        <source>Policy and attachments</source>
        <translation>Policy and attachments</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>Kind of claim</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Discovered on</source>
        <translation>Discovered on</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>Presumed cause</source>
        <translation>Presumed cause</translation>
    </message>
    <message>
        <source>Third parties</source>
        <translation>Third parties</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>Estimated damage (EUR)</source>
        <translation>Estimated damage (EUR)</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Policy&apos;s delay (days)</source>
        <translation>Policy&apos;s delay (days)</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Language of the form</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Policy no.</source>
        <translation>Policy no.</translation>
    </message>
    <message>
        <source>Name or member number</source>
        <translation>Name or member number</translation>
    </message>
    <message>
        <source>insured items were lost</source>
        <translation>insured items were lost</translation>
    </message>
    <message>
        <source>policy default</source>
        <translation>policy default</translation>
    </message>
    <message>
        <source>Add a third party</source>
        <translation>Add a third party</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Submit to TeamAdmin</source>
        <translation>Submit to TeamAdmin</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>{number}: format and check digits are right.</source>
        <translation>{number}: format and check digits are right.</translation>
    </message>
    <message>
        <source>Asking VIES…</source>
        <translation>Asking VIES…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Kind of client</source>
        <translation>Kind of client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Language of documents</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>Postcode and city</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>e.g. BE0403019261; empty for a private person</source>
        <translation>e.g. BE0403019261; empty for a private person</translation>
    </message>
    <message>
        <source>Check with VIES</source>
        <translation>Check with VIES</translation>
    </message>
    <message>
        <source>Saves the client, then asks the European Commission&apos;s VIES service</source>
        <translation>Saves the client, then asks the European Commission&apos;s VIES service</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Search the Activity&apos;s clients…</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>New client…</translation>
    </message>
</context>
<context>
    <name>ClientTexts</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} days ago</translation>
    </message>
    <message>
        <source>{state} (checked {age}, {when})</source>
        <translation>{state} (checked {age}, {when})</translation>
    </message>
    <message>
        <source>Not an EU VAT number: VIES does not apply to this client.</source>
        <translation>Not an EU VAT number: VIES does not apply to this client.</translation>
    </message>
    <message>
        <source>VIES is unavailable right now. The number has never been checked; this does not mean it is invalid. Try again later.</source>
        <translation>VIES is unavailable right now. The number has never been checked; this does not mean it is invalid. Try again later.</translation>
    </message>
    <message>
        <source>VIES is unavailable right now; this does not mean the number is invalid. Last result: {result}.</source>
        <translation>VIES is unavailable right now; this does not mean the number is invalid. Last result: {result}.</translation>
    </message>
    <message>
        <source>VIES confirms this VAT number (checked just now).</source>
        <translation>VIES confirms this VAT number (checked just now).</translation>
    </message>
    <message>
        <source>VIES does not know this VAT number (checked just now). Check it with the client.</source>
        <translation>VIES does not know this VAT number (checked just now). Check it with the client.</translation>
    </message>
</context>
<context>
    <name>DeclarationCount</name>
    <message numerus="yes">
        <source>%n declaration(s)</source>
        <translation>
            <numerusform>%n declaration</numerusform>
            <numerusform>%n declarations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationQueue</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
</context>
<context>
    <name>DeclarationsView</name>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Accident declarations and insurance claims</source>
        <translation>Accident declarations and insurance claims</translation>
    </message>
    <message>
        <source>Filed by me</source>
        <translation>Filed by me</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>My office</source>
        <translation>My office</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>All accidents</source>
        <translation>All accidents</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>All claims</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>Days left at most</source>
        <translation>Days left at most</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>New accident declaration</source>
        <translation>New accident declaration</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Cover or kind of claim</source>
        <translation>Cover or kind of claim</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
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
        <source>TeamAdmin questions waiting for your answer</source>
        <translation>TeamAdmin questions waiting for your answer</translation>
    </message>
    <message>
        <source>Loans to decide</source>
        <translation>Loans to decide</translation>
    </message>
    <message>
        <source>Loans in arrears</source>
        <translation>Loans in arrears</translation>
    </message>
    <message>
        <source>Changes not yet synchronised</source>
        <translation>Changes not yet synchronised</translation>
    </message>
    <message>
        <source>Overdue, or due in the next {days} days</source>
        <translation>Overdue, or due in the next {days} days</translation>
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
        <source>Activities you are setting up ({count})</source>
        <translation>Activities you are setting up ({count})</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Nothing is due in the next {days} days.</source>
        <translation>Nothing is due in the next {days} days.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>In arrears</translation>
    </message>
</context>
<context>
    <name>IssuerIdentityView</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>A quote of this entity cannot be sent without it.</source>
        <translation>A quote of this entity cannot be sent without it.</translation>
    </message>
    <message>
        <source>Issuer identity</source>
        <translation>Issuer identity</translation>
    </message>
    <message>
        <source>What every quote prints about its issuer, per entity. A quote cannot be sent while a field is missing. The central administrator sets it with “smartdesk central identity set”; every device gets it by sync.</source>
        <translation>What every quote prints about its issuer, per entity. A quote cannot be sent while a field is missing. The central administrator sets it with “smartdesk central identity set”; every device gets it by sync.</translation>
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
        <source>Being set up</source>
        <translation>Being set up</translation>
    </message>
    <message>
        <source>Ready to activate</source>
        <translation>Ready to activate</translation>
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
        <source>First-aid register</source>
        <translation>First-aid register</translation>
    </message>
    <message>
        <source>Submitted to TeamAdmin</source>
        <translation>Submitted to TeamAdmin</translation>
    </message>
    <message>
        <source>Question from TeamAdmin</source>
        <translation>Question from TeamAdmin</translation>
    </message>
    <message>
        <source>Sent to the insurer</source>
        <translation>Sent to the insurer</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Work accident</source>
        <translation>Work accident</translation>
    </message>
    <message>
        <source>Commute accident</source>
        <translation>Commute accident</translation>
    </message>
    <message>
        <source>Private life cover</source>
        <translation>Private life cover</translation>
    </message>
    <message>
        <source>Business mobility (mission abroad)</source>
        <translation>Business mobility (mission abroad)</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>At the workplace</source>
        <translation>At the workplace</translation>
    </message>
    <message>
        <source>On the way to or from work</source>
        <translation>On the way to or from work</translation>
    </message>
    <message>
        <source>Damage to a prosthesis only</source>
        <translation>Damage to a prosthesis only</translation>
    </message>
    <message>
        <source>Civil liability</source>
        <translation>Civil liability</translation>
    </message>
    <message>
        <source>Own equipment</source>
        <translation>Own equipment</translation>
    </message>
    <message>
        <source>Drone</source>
        <translation>Drone</translation>
    </message>
    <message>
        <source>IT and data loss</source>
        <translation>IT and data loss</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Theft</translation>
    </message>
    <message>
        <source>Notify the labour inspectorate immediately</source>
        <translation>Notify the labour inspectorate immediately</translation>
    </message>
    <message>
        <source>Detailed report to the inspectorate</source>
        <translation>Detailed report to the inspectorate</translation>
    </message>
    <message>
        <source>the client company</source>
        <translation>the client company</translation>
    </message>
    <message>
        <source>The client company reports a serious accident to the labour inspectorate.</source>
        <translation>The client company reports a serious accident to the labour inspectorate.</translation>
    </message>
    <message>
        <source>The client company starts the detailed report.</source>
        <translation>The client company starts the detailed report.</translation>
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
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Professional equipment</source>
        <translation>Professional equipment</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidity</translation>
    </message>
    <message>
        <source>Advance on expense notes</source>
        <translation>Advance on expense notes</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Supplier&apos;s quote</source>
        <translation>Supplier&apos;s quote</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>Training programme</translation>
    </message>
    <message>
        <source>Expense notes</source>
        <translation>Expense notes</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Belgian VAT</source>
        <translation>Belgian VAT</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Reverse charge</translation>
    </message>
    <message>
        <source>Outside the scope of Belgian VAT</source>
        <translation>Outside the scope of Belgian VAT</translation>
    </message>
    <message>
        <source>VAT of another EU country</source>
        <translation>VAT of another EU country</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Private person</translation>
    </message>
    <message>
        <source>Business (VAT-registered)</source>
        <translation>Business (VAT-registered)</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Public body</translation>
    </message>
    <message>
        <source>EU institution</source>
        <translation>EU institution</translation>
    </message>
    <message>
        <source>International organisation or embassy</source>
        <translation>International organisation or embassy</translation>
    </message>
    <message>
        <source>Not checked with VIES</source>
        <translation>Not checked with VIES</translation>
    </message>
    <message>
        <source>Valid in VIES</source>
        <translation>Valid in VIES</translation>
    </message>
    <message>
        <source>Unknown to VIES (invalid)</source>
        <translation>Unknown to VIES (invalid)</translation>
    </message>
    <message>
        <source>VIES unavailable</source>
        <translation>VIES unavailable</translation>
    </message>
    <message>
        <source>Not an EU VAT number</source>
        <translation>Not an EU VAT number</translation>
    </message>
    <message>
        <source>Performance (music, theatre, dance, DJ…)</source>
        <translation>Performance (music, theatre, dance, DJ…)</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Copyright licence (author&apos;s rights)</source>
        <translation>Copyright licence (author&apos;s rights)</translation>
    </message>
    <message>
        <source>Software licence</source>
        <translation>Software licence</translation>
    </message>
    <message>
        <source>Design (graphic, web, product)</source>
        <translation>Design (graphic, web, product)</translation>
    </message>
    <message>
        <source>IT service</source>
        <translation>IT service</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Dietary advice</source>
        <translation>Dietary advice</translation>
    </message>
    <message>
        <source>Wellbeing (non-medical care)</source>
        <translation>Wellbeing (non-medical care)</translation>
    </message>
    <message>
        <source>Hairdressing</source>
        <translation>Hairdressing</translation>
    </message>
    <message>
        <source>Make-up, costumes, set</source>
        <translation>Make-up, costumes, set</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Photography</translation>
    </message>
    <message>
        <source>Audiovisual service</source>
        <translation>Audiovisual service</translation>
    </message>
    <message>
        <source>Sound and light technician</source>
        <translation>Sound and light technician</translation>
    </message>
    <message>
        <source>Catering (meal served on site)</source>
        <translation>Catering (meal served on site)</translation>
    </message>
    <message>
        <source>Cooking workshop</source>
        <translation>Cooking workshop</translation>
    </message>
    <message>
        <source>Admission ticket</source>
        <translation>Admission ticket</translation>
    </message>
    <message>
        <source>Artwork rental</source>
        <translation>Artwork rental</translation>
    </message>
    <message>
        <source>Renovation of a dwelling</source>
        <translation>Renovation of a dwelling</translation>
    </message>
    <message>
        <source>Garden work</source>
        <translation>Garden work</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consulting</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Other service</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <source>Small repairs (bicycles, shoes, clothing)</source>
        <translation>Small repairs (bicycles, shoes, clothing)</translation>
    </message>
    <message>
        <source>Sale of an artwork by its creator</source>
        <translation>Sale of an artwork by its creator</translation>
    </message>
    <message>
        <source>Plants and cut flowers</source>
        <translation>Plants and cut flowers</translation>
    </message>
    <message>
        <source>Floral arrangement</source>
        <translation>Floral arrangement</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Food (supplied as goods)</source>
        <translation>Food (supplied as goods)</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Drinks</translation>
    </message>
    <message>
        <source>Crafts</source>
        <translation>Crafts</translation>
    </message>
    <message>
        <source>Other goods</source>
        <translation>Other goods</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hour</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>performance</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>piece</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>portion</source>
        <translation>portion</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>Is the client the organiser of the show, concert or conference?</source>
        <translation>Is the client the organiser of the show, concert or conference?</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Registered seat</source>
        <translation>Registered seat</translation>
    </message>
    <message>
        <source>RPR/RPM (court)</source>
        <translation>RPR/RPM (court)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Is the client a publisher who publishes the work?</source>
        <translation>Is the client a publisher who publishes the work?</translation>
    </message>
    <message>
        <source>Does the client file periodic VAT returns?</source>
        <translation>Does the client file periodic VAT returns?</translation>
    </message>
    <message>
        <source>Is the work used for advertising?</source>
        <translation>Is the work used for advertising?</translation>
    </message>
    <message>
        <source>Is the licence of the rights the main object, rather than the work itself?</source>
        <translation>Is the licence of the rights the main object, rather than the work itself?</translation>
    </message>
    <message>
        <source>Is there a publishing contract?</source>
        <translation>Is there a publishing contract?</translation>
    </message>
    <message>
        <source>Is it a scientific work?</source>
        <translation>Is it a scientific work?</translation>
    </message>
    <message>
        <source>Is it streamed online rather than attended?</source>
        <translation>Is it streamed online rather than attended?</translation>
    </message>
    <message>
        <source>Is there proof that the goods are transported out of Belgium?</source>
        <translation>Is there proof that the goods are transported out of Belgium?</translation>
    </message>
    <message>
        <source>Does the care have a therapeutic purpose?</source>
        <translation>Does the care have a therapeutic purpose?</translation>
    </message>
    <message>
        <source>Is the member a recognised health professional?</source>
        <translation>Is the member a recognised health professional?</translation>
    </message>
    <message>
        <source>Is it recognised education or vocational training?</source>
        <translation>Is it recognised education or vocational training?</translation>
    </message>
    <message>
        <source>Which exemption document does the client give?</source>
        <translation>Which exemption document does the client give?</translation>
    </message>
    <message>
        <source>Is it a private dwelling?</source>
        <translation>Is it a private dwelling?</translation>
    </message>
    <message>
        <source>Is the food served on site, with service?</source>
        <translation>Is the food served on site, with service?</translation>
    </message>
    <message>
        <source>Are drinks included?</source>
        <translation>Are drinks included?</translation>
    </message>
    <message>
        <source>Does it include luxury food (caviar, lobster…)?</source>
        <translation>Does it include luxury food (caviar, lobster…)?</translation>
    </message>
    <message>
        <source>Do the member&apos;s sales to consumers in other EU countries exceed €10,000 a year?</source>
        <translation>Do the member&apos;s sales to consumers in other EU countries exceed €10,000 a year?</translation>
    </message>
    <message>
        <source>Is the client the end consumer of the works (not re-invoicing them)?</source>
        <translation>Is the client the end consumer of the works (not re-invoicing them)?</translation>
    </message>
    <message>
        <source>Are the drinks alcoholic?</source>
        <translation>Are the drinks alcoholic?</translation>
    </message>
    <message>
        <source>Is it supplied electronically (download, streaming, online service)?</source>
        <translation>Is it supplied electronically (download, streaming, online service)?</translation>
    </message>
    <message>
        <source>In which year was the dwelling first occupied?</source>
        <translation>In which year was the dwelling first occupied?</translation>
    </message>
    <message>
        <source>Which share of the price is for the pot, ribbons and other material?</source>
        <translation>Which share of the price is for the pot, ribbons and other material?</translation>
    </message>
    <message>
        <source>In which country does it take place?</source>
        <translation>In which country does it take place?</translation>
    </message>
    <message>
        <source>To which country do the goods go?</source>
        <translation>To which country do the goods go?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>EU order form with the art. 42 §3 mention</source>
        <translation>EU order form with the art. 42 §3 mention</translation>
    </message>
    <message>
        <source>E-certificate</source>
        <translation>E-certificate</translation>
    </message>
    <message>
        <source>EU VAT exemption certificate</source>
        <translation>EU VAT exemption certificate</translation>
    </message>
    <message>
        <source>Form 450 (official use)</source>
        <translation>Form 450 (official use)</translation>
    </message>
    <message>
        <source>Form 451 (personal use)</source>
        <translation>Form 451 (personal use)</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artist</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Quote created</source>
        <translation>Quote created</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>Line added</translation>
    </message>
    <message>
        <source>Line changed</source>
        <translation>Line changed</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>Line removed</translation>
    </message>
    <message>
        <source>VAT decided by an adviser</source>
        <translation>VAT decided by an adviser</translation>
    </message>
    <message>
        <source>VAT checked again</source>
        <translation>VAT checked again</translation>
    </message>
    <message>
        <source>Client changed</source>
        <translation>Client changed</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Member of an Activity</source>
        <translation>Member of an Activity</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Quote line</source>
        <translation>Quote line</translation>
    </message>
    <message>
        <source>Accident declaration</source>
        <translation>Accident declaration</translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation>Insurance claim</translation>
    </message>
    <message>
        <source>Loan application</source>
        <translation>Loan application</translation>
    </message>
    <message>
        <source>Loan instalment</source>
        <translation>Loan instalment</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>The same field was changed here and in the central database.</source>
        <translation>The same field was changed here and in the central database.</translation>
    </message>
    <message>
        <source>The document is no longer a draft and was changed on both sides: it is never merged automatically.</source>
        <translation>The document is no longer a draft and was changed on both sides: it is never merged automatically.</translation>
    </message>
    <message>
        <source>It was deleted in the central database while it was changed here.</source>
        <translation>It was deleted in the central database while it was changed here.</translation>
    </message>
    <message>
        <source>It was changed on both sides and the version this device started from is unknown.</source>
        <translation>It was changed on both sides and the version this device started from is unknown.</translation>
    </message>
    <message>
        <source>It was made here, but the central database already has it.</source>
        <translation>It was made here, but the central database already has it.</translation>
    </message>
    <message>
        <source>This person was made a member on another device too (same INSZ): merge the two.</source>
        <translation>This person was made a member on another device too (same INSZ): merge the two.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>Gross wage</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>National number (INSZ)</source>
        <translation>National number (INSZ)</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>VAT treatment</source>
        <translation>VAT treatment</translation>
    </message>
    <message>
        <source>Sickness fund: incapacity</source>
        <translation>Sickness fund: incapacity</translation>
    </message>
    <message>
        <source>Sickness fund: resumption</source>
        <translation>Sickness fund: resumption</translation>
    </message>
    <message>
        <source>C4 unemployment certificate</source>
        <translation>C4 unemployment certificate</translation>
    </message>
    <message>
        <source>Part-time allowance (start)</source>
        <translation>Part-time allowance (start)</translation>
    </message>
    <message>
        <source>A1 posting abroad</source>
        <translation>A1 posting abroad</translation>
    </message>
    <message>
        <source>Employment attest</source>
        <translation>Employment attest</translation>
    </message>
    <message>
        <source>Art-worker attest (record)</source>
        <translation>Art-worker attest (record)</translation>
    </message>
    <message>
        <source>Peddler authorisation</source>
        <translation>Peddler authorisation</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>Other request</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting for info</source>
        <translation>Waiting for info</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>asked</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>claimed</translation>
    </message>
    <message>
        <source>asked a question</source>
        <translation>asked a question</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>produced the document</source>
        <translation>produced the document</translation>
    </message>
    <message>
        <source>recorded the reference</source>
        <translation>recorded the reference</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>Incapacity started on</source>
        <translation>Incapacity started on</translation>
    </message>
    <message>
        <source>Sickness fund asked on</source>
        <translation>Sickness fund asked on</translation>
    </message>
    <message>
        <source>Declared without a request</source>
        <translation>Declared without a request</translation>
    </message>
    <message>
        <source>Back at work on</source>
        <translation>Back at work on</translation>
    </message>
    <message>
        <source>Employment started on</source>
        <translation>Employment started on</translation>
    </message>
    <message>
        <source>Employment ends on</source>
        <translation>Employment ends on</translation>
    </message>
    <message>
        <source>Reason it ends</source>
        <translation>Reason it ends</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Joint committee</translation>
    </message>
    <message>
        <source>Exact gross wage (art worker)</source>
        <translation>Exact gross wage (art worker)</translation>
    </message>
    <message>
        <source>Part-time work started on</source>
        <translation>Part-time work started on</translation>
    </message>
    <message>
        <source>Part of full time (e.g. 1/2)</source>
        <translation>Part of full time (e.g. 1/2)</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Host country</translation>
    </message>
    <message>
        <source>Client abroad</source>
        <translation>Client abroad</translation>
    </message>
    <message>
        <source>Client&apos;s address</source>
        <translation>Client&apos;s address</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <source>Posting starts on</source>
        <translation>Posting starts on</translation>
    </message>
    <message>
        <source>Posting ends on</source>
        <translation>Posting ends on</translation>
    </message>
    <message>
        <source>Replaces another posted worker</source>
        <translation>Replaces another posted worker</translation>
    </message>
    <message>
        <source>Dimona number</source>
        <translation>Dimona number</translation>
    </message>
    <message>
        <source>What the member will do</source>
        <translation>What the member will do</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Asked for (purpose)</source>
        <translation>Asked for (purpose)</translation>
    </message>
    <message>
        <source>Type of attest</source>
        <translation>Type of attest</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Sales at the consumer&apos;s home</source>
        <translation>Sales at the consumer&apos;s home</translation>
    </message>
    <message>
        <source>Sells food</source>
        <translation>Sells food</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>End of the contract</source>
        <translation>End of the contract</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Resignation</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <source>Certificate of work (ongoing)</source>
        <translation>Certificate of work (ongoing)</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Plus (5 years)</source>
        <translation>Plus (5 years)</translation>
    </message>
    <message>
        <source>Starter (3 years)</source>
        <translation>Starter (3 years)</translation>
    </message>
    <message>
        <source>Flanders</source>
        <translation>Flanders</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussels</translation>
    </message>
    <message>
        <source>Wallonia</source>
        <translation>Wallonia</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Change line</source>
        <translation>Change line</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>New line</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price (€, excl. VAT)</source>
        <translation>Unit price (€, excl. VAT)</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <source>Date of supply</source>
        <translation>Date of supply</translation>
    </message>
    <message>
        <source>As the quote</source>
        <translation>As the quote</translation>
    </message>
    <message>
        <source>When the goods are delivered or the work is done: the VAT rate of that day applies. Leave it as the quote to use the quote&apos;s planned delivery date.</source>
        <translation>When the goods are delivered or the work is done: the VAT rate of that day applies. Leave it as the quote to use the quote&apos;s planned delivery date.</translation>
    </message>
    <message>
        <source>What the client gets, as on the quote</source>
        <translation>What the client gets, as on the quote</translation>
    </message>
    <message>
        <source>Choose what kind of work or goods</source>
        <translation>Choose what kind of work or goods</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Save line</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LoanPanel</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>The member&apos;s explanation of the need</source>
        <translation>The member&apos;s explanation of the need</translation>
    </message>
    <message>
        <source>One item a line: description; price</source>
        <translation>One item a line: description; price</translation>
    </message>
    <message>
        <source>Your assessment for the reviewer</source>
        <translation>Your assessment for the reviewer</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Submit for decision</source>
        <translation>Submit for decision</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Amount (EUR)</source>
        <translation>Amount (EUR)</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <source>First instalment due</source>
        <translation>First instalment due</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Review file (computed)</source>
        <translation>Review file (computed)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>For a refusal: the reason, written for the member</source>
        <translation>For a refusal: the reason, written for the member</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Approved amount (EUR)</source>
        <translation>Approved amount (EUR)</translation>
    </message>
    <message>
        <source>Approved term (months)</source>
        <translation>Approved term (months)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Repayments</source>
        <translation>Repayments</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Repay the balance</source>
        <translation>Repay the balance</translation>
    </message>
    <message>
        <source>Loan agreement (PDF)…</source>
        <translation>Loan agreement (PDF)…</translation>
    </message>
    <message>
        <source>Refusal letter (PDF)…</source>
        <translation>Refusal letter (PDF)…</translation>
    </message>
    <message>
        <source>No application selected</source>
        <translation>No application selected</translation>
    </message>
    <message>
        <source>Choose a loan in the list, or start a new application.</source>
        <translation>Choose a loan in the list, or start a new application.</translation>
    </message>
    <message>
        <source>{member}, {activity} · prepared by {adviser} · OGM {ogm}</source>
        <translation>{member}, {activity} · prepared by {adviser} · OGM {ogm}</translation>
    </message>
    <message>
        <source>Nothing attached yet</source>
        <translation>Nothing attached yet</translation>
    </message>
    <message>
        <source>Approved by {who}: {amount} over {months} months.</source>
        <translation>Approved by {who}: {amount} over {months} months.</translation>
    </message>
    <message>
        <source>Refused by {who}: {reason}</source>
        <translation>Refused by {who}: {reason}</translation>
    </message>
    <message>
        <source>Balance {balance} · in arrears {arrears} ({days} days late)</source>
        <translation>Balance {balance} · in arrears {arrears} ({days} days late)</translation>
    </message>
    <message>
        <source>Computed when the application is submitted.</source>
        <translation>Computed when the application is submitted.</translation>
    </message>
    <message>
        <source>Activity started {date} ({months} months ago)</source>
        <translation>Activity started {date} ({months} months ago)</translation>
    </message>
    <message>
        <source>Invoiced in the last 12 months: {amount}</source>
        <translation>Invoiced in the last 12 months: {amount}</translation>
    </message>
    <message>
        <source>Werkbudget in the last 12 months: {amount}</source>
        <translation>Werkbudget in the last 12 months: {amount}</translation>
    </message>
    <message>
        <source>Still owed on other loans: {amount}; in arrears: {late}</source>
        <translation>Still owed on other loans: {amount}; in arrears: {late}</translation>
    </message>
    <message>
        <source>Instalment {instalment} against an average monthly income of {average}{share}</source>
        <translation>Instalment {instalment} against an average monthly income of {average}{share}</translation>
    </message>
    <message>
        <source>No rule threshold crossed.</source>
        <translation>No rule threshold crossed.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
</context>
<context>
    <name>LoansChart</name>
    <message>
        <source>Approved (EUR)</source>
        <translation>Approved (EUR)</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>All loans</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>In arrears</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>New application…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Overview, last 12 months</source>
        <translation>Overview, last 12 months</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>My office</source>
        <translation>My office</translation>
    </message>
    <message>
        <source>The cooperative</source>
        <translation>The cooperative</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Drawing the chart…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} months</translation>
    </message>
    <message>
        <source>Balance {balance}</source>
        <translation>Balance {balance}</translation>
    </message>
    <message>
        <source>{n} applications · {a} approved · {r} refused · {total} · average {avg}</source>
        <translation>{n} applications · {a} approved · {r} refused · {total} · average {avg}</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Total approved</source>
        <translation>Total approved</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Export the overview</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>total approved</source>
        <translation>total approved</translation>
    </message>
    <message>
        <source>average</source>
        <translation>average</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
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
        <source>Issuer identity</source>
        <translation>Issuer identity</translation>
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
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflicts: {count}</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <translation>Sync needs attention</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline — working on this device</source>
        <translation>Offline — working on this device</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Sync: …</translation>
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
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>New Activity…</source>
        <translation>New Activity…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Each showing is written to the audit log.</source>
        <translation>Each showing is written to the audit log.</translation>
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
        <source>Open the Activity&apos;s page</source>
        <translation>Open the Activity&apos;s page</translation>
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
    <name>MemberFormDialog</name>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>BIS number</source>
        <translation>BIS number</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>woman</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>sex unknown</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation>birth date unknown</translation>
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
        <translation>Account in {country}</translation>
    </message>
    <message>
        <source>{name}, member no. {number}, born {born}, {city}</source>
        <translation>{name}, member no. {number}, born {born}, {city}</translation>
    </message>
    <message>
        <source>A member of another office</source>
        <translation>A member of another office</translation>
    </message>
    <message>
        <source>Same INSZ: this is the same person.</source>
        <translation>Same INSZ: this is the same person.</translation>
    </message>
    <message>
        <source>Same name and birth date.</source>
        <translation>Same name and birth date.</translation>
    </message>
    <message>
        <source>Same IBAN.</source>
        <translation>Same IBAN.</translation>
    </message>
    <message>
        <source>Open this member</source>
        <translation>Open this member</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Another person</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Change the address, contact details, IBAN or language.</source>
        <translation>Change the address, contact details, IBAN or language.</translation>
    </message>
    <message>
        <source>Type the person&apos;s names, INSZ or IBAN: members who may be the same person appear on the right as you type.</source>
        <translation>Type the person&apos;s names, INSZ or IBAN: members who may be the same person appear on the right as you type.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
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
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
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
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Shares subscribed</source>
        <translation>Shares subscribed</translation>
    </message>
    <message>
        <source>Possibly already a member</source>
        <translation>Possibly already a member</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>Number</source>
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
    <name>MemberRequestsSection</name>
    <message>
        <source>No request to TeamAdmin for this member.</source>
        <translation>No request to TeamAdmin for this member.</translation>
    </message>
    <message>
        <source>Requests to TeamAdmin</source>
        <translation>Requests to TeamAdmin</translation>
    </message>
    <message>
        <source>Ask TeamAdmin for…</source>
        <translation>Ask TeamAdmin for…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
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
        <source>New member…</source>
        <translation>New member…</translation>
    </message>
    <message>
        <source>Search by name, member number, city, e-mail, INSZ or Activity…</source>
        <translation>Search by name, member number, city, e-mail, INSZ or Activity…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Type a number, for example 12.50.</source>
        <translation>Type a number, for example 12.50.</translation>
    </message>
    <message>
        <source>The discount is a percentage between 0 and 100.</source>
        <translation>The discount is a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>Choose an answer from the list.</source>
        <translation>Choose an answer from the list.</translation>
    </message>
    <message>
        <source>The VAT check could not read this answer. Check it and try again.</source>
        <translation>The VAT check could not read this answer. Check it and try again.</translation>
    </message>
    <message>
        <source>This VAT rate cannot be used for this line.</source>
        <translation>This VAT rate cannot be used for this line.</translation>
    </message>
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
        <source>This kind of file cannot be attached. Allowed: {allowed}.</source>
        <translation>This kind of file cannot be attached. Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>This file is {size_mb} MB; at most {max_mb} MB can be attached. Scan at a lower resolution or split the document.</source>
        <translation>This file is {size_mb} MB; at most {max_mb} MB can be attached. Scan at a lower resolution or split the document.</translation>
    </message>
    <message>
        <source>This file is empty. Choose the file again.</source>
        <translation>This file is empty. Choose the file again.</translation>
    </message>
    <message>
        <source>The file has no name. Save it under a name and attach it again.</source>
        <translation>The file has no name. Save it under a name and attach it again.</translation>
    </message>
    <message>
        <source>This database keeps no files. Attach the file on an office computer.</source>
        <translation>This database keeps no files. Attach the file on an office computer.</translation>
    </message>
    <message>
        <source>The file was attached on another computer and is not on this one yet.</source>
        <translation>The file was attached on another computer and is not on this one yet.</translation>
    </message>
    <message>
        <source>The file on this computer is damaged (its content no longer matches). Attach it again from the original.</source>
        <translation>The file on this computer is damaged (its content no longer matches). Attach it again from the original.</translation>
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
        <source>Only EU VAT numbers can be used here. For a client outside the EU, leave the VAT number empty.</source>
        <translation>Only EU VAT numbers can be used here. For a client outside the EU, leave the VAT number empty.</translation>
    </message>
    <message>
        <source>This VAT number starts with another country&apos;s code. Check the client&apos;s country or the number.</source>
        <translation>This VAT number starts with another country&apos;s code. Check the client&apos;s country or the number.</translation>
    </message>
    <message>
        <source>Use a Belgian IBAN (it starts with BE).</source>
        <translation>Use a Belgian IBAN (it starts with BE).</translation>
    </message>
    <message>
        <source>Choose the kind of client from the list.</source>
        <translation>Choose the kind of client from the list.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s country from the list.</source>
        <translation>Choose the client&apos;s country from the list.</translation>
    </message>
    <message>
        <source>This client has no VAT number to check. Add the number first.</source>
        <translation>This client has no VAT number to check. Add the number first.</translation>
    </message>
    <message>
        <source>The data folder cannot be used: check its permissions, or start SmartDesk with another folder (--data-dir).</source>
        <translation>The data folder cannot be used: check its permissions, or start SmartDesk with another folder (--data-dir).</translation>
    </message>
    <message>
        <source>The file is not a SmartDesk database, or it is damaged. Restore it from a copy; nothing was written to it.</source>
        <translation>The file is not a SmartDesk database, or it is damaged. Restore it from a copy; nothing was written to it.</translation>
    </message>
    <message>
        <source>This database was last used by a newer SmartDesk. Update SmartDesk on this computer; nothing was changed.</source>
        <translation>This database was last used by a newer SmartDesk. Update SmartDesk on this computer; nothing was changed.</translation>
    </message>
    <message>
        <source>The key of this database is not on this computer. Restore the data folder on the computer it comes from, or ask the helpdesk; nothing was changed.</source>
        <translation>The key of this database is not on this computer. Restore the data folder on the computer it comes from, or ask the helpdesk; nothing was changed.</translation>
    </message>
    <message>
        <source>The key on this computer does not open this database. Ask the helpdesk; nothing was changed.</source>
        <translation>The key on this computer does not open this database. Ask the helpdesk; nothing was changed.</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Type it again.</source>
        <translation>This passphrase does not open the database. Type it again.</translation>
    </message>
    <message>
        <source>This computer has no keyring: SmartDesk needs the database passphrase to start.</source>
        <translation>This computer has no keyring: SmartDesk needs the database passphrase to start.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>The passphrase must have at least 12 characters.</translation>
    </message>
    <message>
        <source>The keyring of this computer did not answer. Unlock it (sign in again) and restart SmartDesk; nothing was changed.</source>
        <translation>The keyring of this computer did not answer. Unlock it (sign in again) and restart SmartDesk; nothing was changed.</translation>
    </message>
    <message>
        <source>SmartDesk could not encrypt its database. The database is unchanged; check the free disk space and start again.</source>
        <translation>SmartDesk could not encrypt its database. The database is unchanged; check the free disk space and start again.</translation>
    </message>
    <message>
        <source>Encrypting the database was cancelled. The database is unchanged; SmartDesk does it at the next start.</source>
        <translation>Encrypting the database was cancelled. The database is unchanged; SmartDesk does it at the next start.</translation>
    </message>
    <message>
        <source>Another SmartDesk is using this database. Close it, then start again.</source>
        <translation>Another SmartDesk is using this database. Close it, then start again.</translation>
    </message>
    <message>
        <source>You have no PIN on this device yet: sign in once with your central password.</source>
        <translation>You have no PIN on this device yet: sign in once with your central password.</translation>
    </message>
    <message>
        <source>This person already has a PIN on this device: sign in with it.</source>
        <translation>This person already has a PIN on this device: sign in with it.</translation>
    </message>
    <message>
        <source>This device is not connected to the central database yet, so your central password cannot be checked. Ask a colleague to connect it (Sync view).</source>
        <translation>This device is not connected to the central database yet, so your central password cannot be checked. Ask a colleague to connect it (Sync view).</translation>
    </message>
    <message>
        <source>A tax number from outside the EU has 4 to 20 letters and digits.</source>
        <translation>A tax number from outside the EU has 4 to 20 letters and digits.</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>Choose a category from the list.</translation>
    </message>
    <message>
        <source>This client does not belong to the quote&apos;s Activity. Choose one of its clients or create a new one.</source>
        <translation>This client does not belong to the quote&apos;s Activity. Choose one of its clients or create a new one.</translation>
    </message>
    <message>
        <source>The issuer&apos;s identity of {entity} is not complete: {missing} missing. A quote cannot be sent without it. An administrator sets it under Settings › Issuer identity (or with “smartdesk central identity set”).</source>
        <translation>The issuer&apos;s identity of {entity} is not complete: {missing} missing. A quote cannot be sent without it. An administrator sets it under Settings › Issuer identity (or with “smartdesk central identity set”).</translation>
    </message>
    <message>
        <source>This enterprise number is not valid (10 digits, check digits mod 97).</source>
        <translation>This enterprise number is not valid (10 digits, check digits mod 97).</translation>
    </message>
    <message>
        <source>This is not a valid Belgian VAT number (BE and 10 digits).</source>
        <translation>This is not a valid Belgian VAT number (BE and 10 digits).</translation>
    </message>
    <message>
        <source>This IBAN is not valid: check the country code and the check digits.</source>
        <translation>This IBAN is not valid: check the country code and the check digits.</translation>
    </message>
    <message>
        <source>This BIC is not valid (8 or 11 letters and digits).</source>
        <translation>This BIC is not valid (8 or 11 letters and digits).</translation>
    </message>
    <message>
        <source>The quote has no lines yet. Add at least one line before sending it.</source>
        <translation>The quote has no lines yet. Add at least one line before sending it.</translation>
    </message>
    <message>
        <source>This quote is no longer a draft and cannot be changed. Duplicate it to make a new draft.</source>
        <translation>This quote is no longer a draft and cannot be changed. Duplicate it to make a new draft.</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>The unit price cannot be negative.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>The quantity must be more than 0.</translation>
    </message>
    <message>
        <source>Choose a VAT rate: 21 %, 12 %, 6 % or 0 %.</source>
        <translation>Choose a VAT rate: 21 %, 12 %, 6 % or 0 %.</translation>
    </message>
    <message>
        <source>Write why, in at least 10 characters: the reason is kept in the quote&apos;s history.</source>
        <translation>Write why, in at least 10 characters: the reason is kept in the quote&apos;s history.</translation>
    </message>
    <message>
        <source>A line still needs a VAT decision. Select the marked line, choose “Decide VAT…” and write why.</source>
        <translation>A line still needs a VAT decision. Select the marked line, choose “Decide VAT…” and write why.</translation>
    </message>
    <message>
        <source>This quote cannot make that move in its present state. Open it again to see its latest state.</source>
        <translation>This quote cannot make that move in its present state. Open it again to see its latest state.</translation>
    </message>
    <message>
        <source>Choose a VAT treatment from the list.</source>
        <translation>Choose a VAT treatment from the list.</translation>
    </message>
    <message>
        <source>The validity must be between 1 and 365 days.</source>
        <translation>The validity must be between 1 and 365 days.</translation>
    </message>
    <message>
        <source>This amount is too large. Check the quantity and the unit price.</source>
        <translation>This amount is too large. Check the quantity and the unit price.</translation>
    </message>
    <message>
        <source>The VAT check needs this answer.</source>
        <translation>The VAT check needs this answer.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>This is not a valid date.</translation>
    </message>
    <message>
        <source>There are no VAT rules for this date. Check the quote&apos;s date.</source>
        <translation>There are no VAT rules for this date. Check the quote&apos;s date.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Choose a country from the list.</translation>
    </message>
    <message>
        <source>This category does not fit the kind of line (goods or service).</source>
        <translation>This category does not fit the kind of line (goods or service).</translation>
    </message>
    <message>
        <source>Give a share between 0 % and 100 %.</source>
        <translation>Give a share between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>Give a year between 1000 and the year of the quote.</source>
        <translation>Give a year between 1000 and the year of the quote.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>There are no budget rules for this date.</source>
        <translation>There are no budget rules for this date.</translation>
    </message>
    <message>
        <source>The budget simulator does not apply to temp (interim) contracts.</source>
        <translation>The budget simulator does not apply to temp (interim) contracts.</translation>
    </message>
    <message>
        <source>The contribution rate must lie between the standard rate and the maximum for partners abroad.</source>
        <translation>The contribution rate must lie between the standard rate and the maximum for partners abroad.</translation>
    </message>
    <message>
        <source>Choose a contract type from the list.</source>
        <translation>Choose a contract type from the list.</translation>
    </message>
    <message>
        <source>No connection to the central database. You keep working on this device; the changes stay here and go out at the next sync.</source>
        <translation>No connection to the central database. You keep working on this device; the changes stay here and go out at the next sync.</translation>
    </message>
    <message>
        <source>This device is not connected to the central database yet. In Sync, choose “Connect to the central database…”.</source>
        <translation>This device is not connected to the central database yet. In Sync, choose “Connect to the central database…”.</translation>
    </message>
    <message>
        <source>SmartDesk needs the sync password: choose Sync now and type it. It is kept only until you close SmartDesk.</source>
        <translation>SmartDesk needs the sync password: choose Sync now and type it. It is kept only until you close SmartDesk.</translation>
    </message>
    <message>
        <source>The central database refused this login or password. Check them, or ask your administrator.</source>
        <translation>The central database refused this login or password. Check them, or ask your administrator.</translation>
    </message>
    <message>
        <source>This login is not an active SmartDesk user in the central database. Ask your administrator.</source>
        <translation>This login is not an active SmartDesk user in the central database. Ask your administrator.</translation>
    </message>
    <message>
        <source>Update SmartDesk: the central database needs a newer version. Your changes stay on this device until then; changes made by others still arrive.</source>
        <translation>Update SmartDesk: the central database needs a newer version. Your changes stay on this device until then; changes made by others still arrive.</translation>
    </message>
    <message>
        <source>The central database is older than this SmartDesk. An administrator must upgrade it first; your changes stay on this device until then.</source>
        <translation>The central database is older than this SmartDesk. An administrator must upgrade it first; your changes stay on this device until then.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected problem. Your changes stay on this device. Try again later; if it keeps happening, contact the helpdesk.</source>
        <translation>The sync stopped on an unexpected problem. Your changes stay on this device. Try again later; if it keeps happening, contact the helpdesk.</translation>
    </message>
    <message>
        <source>This is not the address of a PostgreSQL database. It looks like postgresql://server/database.</source>
        <translation>This is not the address of a PostgreSQL database. It looks like postgresql://server/database.</translation>
    </message>
    <message>
        <source>Choose keep mine, keep theirs, or the fields to keep.</source>
        <translation>Choose keep mine, keep theirs, or the fields to keep.</translation>
    </message>
    <message>
        <source>This field is not part of the conflict. Open the conflict again.</source>
        <translation>This field is not part of the conflict. Open the conflict again.</translation>
    </message>
    <message>
        <source>Your role or office may not make this change.</source>
        <translation>Your role or office may not make this change.</translation>
    </message>
    <message>
        <source>A number or login in it is already taken in the central database.</source>
        <translation>A number or login in it is already taken in the central database.</translation>
    </message>
    <message>
        <source>It refers to a record the central database does not have.</source>
        <translation>It refers to a record the central database does not have.</translation>
    </message>
    <message>
        <source>The record does not exist in the central database, or is not part of your office.</source>
        <translation>The record does not exist in the central database, or is not part of your office.</translation>
    </message>
    <message>
        <source>The central database found a value in it that is not valid.</source>
        <translation>The central database found a value in it that is not valid.</translation>
    </message>
    <message>
        <source>The central database does not know this kind of record. Update SmartDesk.</source>
        <translation>The central database does not know this kind of record. Update SmartDesk.</translation>
    </message>
    <message>
        <source>The central database has another record with the number of a document sent from this device. The sent document stays as it is here; ask your administrator which one keeps the number.</source>
        <translation>The central database has another record with the number of a document sent from this device. The sent document stays as it is here; ask your administrator which one keeps the number.</translation>
    </message>
    <message>
        <source>Say in a few words why (at least 5 characters): it is kept with the change.</source>
        <translation>Say in a few words why (at least 5 characters): it is kept with the change.</translation>
    </message>
    <message>
        <source>This is the central database&apos;s record, not a change made here: it can only be dismissed.</source>
        <translation>This is the central database&apos;s record, not a change made here: it can only be dismissed.</translation>
    </message>
    <message>
        <source>This device has given every number of its series {series} for {scope}. Ask your administrator for help.</source>
        <translation>This device has given every number of its series {series} for {scope}. Ask your administrator for help.</translation>
    </message>
    <message>
        <source>The central database gave its number to another record; the version made here is kept aside.</source>
        <translation>The central database gave its number to another record; the version made here is kept aside.</translation>
    </message>
    <message>
        <source>Outside your role or office: it stays on this device.</source>
        <translation>Outside your role or office: it stays on this device.</translation>
    </message>
    <message>
        <source>The central database refused a record made on this device before it connected, so nothing was uploaded. Everything stays on this device; ask your administrator.</source>
        <translation>The central database refused a record made on this device before it connected, so nothing was uploaded. Everything stays on this device; ask your administrator.</translation>
    </message>
    <message>
        <source>No longer part of what your role and office may see: the record was removed from this device; your change is kept here.</source>
        <translation>No longer part of what your role and office may see: the record was removed from this device; your change is kept here.</translation>
    </message>
    <message>
        <source>The central database refused this device&apos;s changes. They stay on this device; ask your administrator.</source>
        <translation>The central database refused this device&apos;s changes. They stay on this device; ask your administrator.</translation>
    </message>
    <message>
        <source>Your login already holds as many numbering series as the central database gives one login (one per device it registered), so this device cannot sync. Ask an administrator to retire the series of your old devices. Your changes stay on this device.</source>
        <translation>Your login already holds as many numbering series as the central database gives one login (one per device it registered), so this device cannot sync. Ask an administrator to retire the series of your old devices. Your changes stay on this device.</translation>
    </message>
    <message>
        <source>The central database is busy. Nothing is lost; sync again in a minute.</source>
        <translation>The central database is busy. Nothing is lost; sync again in a minute.</translation>
    </message>
    <message>
        <source>The password contains a character that cannot be used. Type it again.</source>
        <translation>The password contains a character that cannot be used. Type it again.</translation>
    </message>
    <message>
        <source>Type the login you received: 1 to 63 characters.</source>
        <translation>Type the login you received: 1 to 63 characters.</translation>
    </message>
    <message>
        <source>The database of this device is read-only. Make the file and its folder writable for your account, then sync again. Nothing was lost.</source>
        <translation>The database of this device is read-only. Make the file and its folder writable for your account, then sync again. Nothing was lost.</translation>
    </message>
    <message>
        <source>The database of this device could not be written. Check the disk, then sync again. Nothing was lost.</source>
        <translation>The database of this device could not be written. Check the disk, then sync again. Nothing was lost.</translation>
    </message>
    <message>
        <source>Not an ordinary file (a folder, a link or a device). Choose another file name.</source>
        <translation>Not an ordinary file (a folder, a link or a device). Choose another file name.</translation>
    </message>
    <message>
        <source>This folder does not exist. Choose an existing folder.</source>
        <translation>This folder does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>This computer cannot store passwords safely. You will be asked for the password each session.</source>
        <translation>This computer cannot store passwords safely. You will be asked for the password each session.</translation>
    </message>
    <message>
        <source>Choose what to ask TeamAdmin for from the list.</source>
        <translation>Choose what to ask TeamAdmin for from the list.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Choose a date.</translation>
    </message>
    <message>
        <source>This date is before the one above it. Check both dates.</source>
        <translation>This date is before the one above it. Check both dates.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>An A1 covers postings within the EU, the EEA and Switzerland. For another country, ask TeamAdmin (Other request): a bilateral agreement decides.</source>
        <translation>An A1 covers postings within the EU, the EEA and Switzerland. For another country, ask TeamAdmin (Other request): a bilateral agreement decides.</translation>
    </message>
    <message>
        <source>A worker who replaces another posted worker cannot be posted under Belgian social security: no A1 can be asked.</source>
        <translation>A worker who replaces another posted worker cannot be posted under Belgian social security: no A1 can be asked.</translation>
    </message>
    <message>
        <source>Longer than {months} months: possible only by agreement between the institutions of both countries. TeamAdmin will check it with you.</source>
        <translation>Longer than {months} months: possible only by agreement between the institutions of both countries. TeamAdmin will check it with you.</translation>
    </message>
    <message>
        <source>In Flanders no peddler authorisation is needed any more (since 1 April 2024): a KBO registration with the right activity codes replaces it.</source>
        <translation>In Flanders no peddler authorisation is needed any more (since 1 April 2024): a KBO registration with the right activity codes replaces it.</translation>
    </message>
    <message>
        <source>In Brussels an authorisation is needed only for sales at the consumer&apos;s home (since 1 April 2024).</source>
        <translation>In Brussels an authorisation is needed only for sales at the consumer&apos;s home (since 1 April 2024).</translation>
    </message>
    <message>
        <source>Uncertain: whether Wallonia still requires the authorisation was not confirmed. TeamAdmin checks it before acting.</source>
        <translation>Uncertain: whether Wallonia still requires the authorisation was not confirmed. TeamAdmin checks it before acting.</translation>
    </message>
    <message>
        <source>This type of art-worker attest is valid at most {years} years. Check the dates on the Kunstwerkcommissie&apos;s decision.</source>
        <translation>This type of art-worker attest is valid at most {years} years. Check the dates on the Kunstwerkcommissie&apos;s decision.</translation>
    </message>
    <message>
        <source>The legal date for this is already past: TeamAdmin will treat it first.</source>
        <translation>The legal date for this is already past: TeamAdmin will treat it first.</translation>
    </message>
    <message>
        <source>The date asked for is already past: TeamAdmin will treat it first.</source>
        <translation>The date asked for is already past: TeamAdmin will treat it first.</translation>
    </message>
    <message>
        <source>This request has moved on meanwhile (someone else may have acted on it). Refresh to see where it stands.</source>
        <translation>This request has moved on meanwhile (someone else may have acted on it). Refresh to see where it stands.</translation>
    </message>
    <message>
        <source>Write the reason in a few words (at least {minimum} characters).</source>
        <translation>Write the reason in a few words (at least {minimum} characters).</translation>
    </message>
    <message>
        <source>Produce the document before closing the request.</source>
        <translation>Produce the document before closing the request.</translation>
    </message>
    <message>
        <source>Record the reference you received before closing the request.</source>
        <translation>Record the reference you received before closing the request.</translation>
    </message>
    <message>
        <source>Produce the document or record the reference before closing the request.</source>
        <translation>Produce the document or record the reference before closing the request.</translation>
    </message>
    <message>
        <source>SmartDesk draws no document for this kind of request: record the reference.</source>
        <translation>SmartDesk draws no document for this kind of request: record the reference.</translation>
    </message>
    <message>
        <source>The existing member belongs to another office. Ask that office to merge the two.</source>
        <translation>The existing member belongs to another office. Ask that office to merge the two.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is not open elsewhere and try again.</source>
        <translation>This file cannot be read. Check that it is not open elsewhere and try again.</translation>
    </message>
    <message>
        <source>An INSZ has digits only (dots, spaces and dashes are ignored), for example 93.05.18-223.61.</source>
        <translation>An INSZ has digits only (dots, spaces and dashes are ignored), for example 93.05.18-223.61.</translation>
    </message>
    <message>
        <source>An INSZ has 11 digits: 6 for the birth date, 3 for the counter, 2 check digits.</source>
        <translation>An INSZ has 11 digits: 6 for the birth date, 3 for the counter, 2 check digits.</translation>
    </message>
    <message>
        <source>The check digits do not match the rest of the INSZ: a digit was mistyped. Read it again from the identity card.</source>
        <translation>The check digits do not match the rest of the INSZ: a digit was mistyped. Read it again from the identity card.</translation>
    </message>
    <message>
        <source>The birth month in this INSZ is impossible (01–12, or 21–32 / 41–52 for a BIS number). Check the 3rd and 4th digits.</source>
        <translation>The birth month in this INSZ is impossible (01–12, or 21–32 / 41–52 for a BIS number). Check the 3rd and 4th digits.</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters of the country and two check digits, then letters and digits only, for example BE71 0961 2345 6769.</source>
        <translation>An IBAN starts with two letters of the country and two check digits, then letters and digits only, for example BE71 0961 2345 6769.</translation>
    </message>
    <message>
        <source>This IBAN has the wrong number of characters for its country (a Belgian IBAN has 16).</source>
        <translation>This IBAN has the wrong number of characters for its country (a Belgian IBAN has 16).</translation>
    </message>
    <message>
        <source>The check digits of this IBAN do not match: a character was mistyped. Copy it again from a bank statement.</source>
        <translation>The check digits of this IBAN do not match: a character was mistyped. Copy it again from a bank statement.</translation>
    </message>
    <message>
        <source>This IBAN names a bank or country that does not exist (the Belgian bank code is not in the National Bank&apos;s list). Check the digits after the check digits.</source>
        <translation>This IBAN names a bank or country that does not exist (the Belgian bank code is not in the National Bank&apos;s list). Check the digits after the check digits.</translation>
    </message>
    <message>
        <source>Members are paid on a Belgian account: give an IBAN that starts with BE.</source>
        <translation>Members are paid on a Belgian account: give an IBAN that starts with BE.</translation>
    </message>
    <message>
        <source>An enterprise number has digits only, for example 0566.988.259.</source>
        <translation>An enterprise number has digits only, for example 0566.988.259.</translation>
    </message>
    <message>
        <source>An enterprise number has 10 digits, for example 0566.988.259.</source>
        <translation>An enterprise number has 10 digits, for example 0566.988.259.</translation>
    </message>
    <message>
        <source>The last two digits of this enterprise number do not match the others: a digit was mistyped.</source>
        <translation>The last two digits of this enterprise number do not match the others: a digit was mistyped.</translation>
    </message>
    <message>
        <source>An enterprise number starts with 0 or 1.</source>
        <translation>An enterprise number starts with 0 or 1.</translation>
    </message>
    <message>
        <source>This VAT number has characters its country does not use. Type it as on the invoice, with or without the country prefix.</source>
        <translation>This VAT number has characters its country does not use. Type it as on the invoice, with or without the country prefix.</translation>
    </message>
    <message>
        <source>This VAT number has the wrong number of characters for its country.</source>
        <translation>This VAT number has the wrong number of characters for its country.</translation>
    </message>
    <message>
        <source>The check digits of this VAT number do not match: a character was mistyped.</source>
        <translation>The check digits of this VAT number do not match: a character was mistyped.</translation>
    </message>
    <message>
        <source>This VAT number contains a part its country never issues (for a Belgian number: the first digit is 0 or 1).</source>
        <translation>This VAT number contains a part its country never issues (for a Belgian number: the first digit is 0 or 1).</translation>
    </message>
    <message>
        <source>The country is not an EU member state, or the number&apos;s prefix names another country than the one given.</source>
        <translation>The country is not an EU member state, or the number&apos;s prefix names another country than the one given.</translation>
    </message>
    <message>
        <source>A structured communication has 12 digits, written +++123/4567/89002+++.</source>
        <translation>A structured communication has 12 digits, written +++123/4567/89002+++.</translation>
    </message>
    <message>
        <source>A structured communication has exactly 12 digits.</source>
        <translation>A structured communication has exactly 12 digits.</translation>
    </message>
    <message>
        <source>The last two digits of this structured communication do not match the first ten: a digit was mistyped.</source>
        <translation>The last two digits of this structured communication do not match the first ten: a digit was mistyped.</translation>
    </message>
    <message>
        <source>The birth day encoded in this INSZ does not exist in that month; the birth date is treated as unknown. Check it against the identity card.</source>
        <translation>The birth day encoded in this INSZ does not exist in that month; the birth date is treated as unknown. Check it against the identity card.</translation>
    </message>
    <message>
        <source>This INSZ gives an age over 110. A birth in 2000 or later may have been typed with the wrong check digits: check it.</source>
        <translation>This INSZ gives an age over 110. A birth in 2000 or later may have been typed with the wrong check digits: check it.</translation>
    </message>
    <message>
        <source>This INSZ does not say the full birth date (month or day written 00). Ask for the birth date and type it yourself.</source>
        <translation>This INSZ does not say the full birth date (month or day written 00). Ask for the birth date and type it yourself.</translation>
    </message>
    <message>
        <source>This is too long: at most {max} characters.</source>
        <translation>This is too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Type the birth date as day/month/year, for example 18/05/1993.</source>
        <translation>Type the birth date as day/month/year, for example 18/05/1993.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>The INSZ does not give the full birth date: type it.</source>
        <translation>The INSZ does not give the full birth date: type it.</translation>
    </message>
    <message>
        <source>The INSZ says born on {insz_date}. Check which one is right.</source>
        <translation>The INSZ says born on {insz_date}. Check which one is right.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, for example BE.</source>
        <translation>Use the two-letter country code, for example BE.</translation>
    </message>
    <message>
        <source>A member subscribes at least one share.</source>
        <translation>A member subscribes at least one share.</translation>
    </message>
    <message>
        <source>This person is already a member (no. {number}). Open that member instead of making a second one.</source>
        <translation>This person is already a member (no. {number}). Open that member instead of making a second one.</translation>
    </message>
    <message>
        <source>A member with the same name and birth date, or the same IBAN, exists. Open them, or say they are another person.</source>
        <translation>A member with the same name and birth date, or the same IBAN, exists. Open them, or say they are another person.</translation>
    </message>
    <message>
        <source>The name is too long: at most {max} characters.</source>
        <translation>The name is too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Choose one of the options offered.</translation>
    </message>
    <message>
        <source>This member cannot be added: they are not a member of this office.</source>
        <translation>This member cannot be added: they are not a member of this office.</translation>
    </message>
    <message>
        <source>Tick at least one contract type the member expects.</source>
        <translation>Tick at least one contract type the member expects.</translation>
    </message>
    <message>
        <source>This checklist item does not apply to this Activity.</source>
        <translation>This checklist item does not apply to this Activity.</translation>
    </message>
    <message>
        <source>The Activity cannot be activated yet: {count} required item(s) of the checklist are not done.</source>
        <translation>The Activity cannot be activated yet: {count} required item(s) of the checklist are not done.</translation>
    </message>
    <message>
        <source>Finish the wizard of this Activity first.</source>
        <translation>Finish the wizard of this Activity first.</translation>
    </message>
    <message>
        <source>An Activity in this state cannot be activated here.</source>
        <translation>An Activity in this state cannot be activated here.</translation>
    </message>
    <message>
        <source>The expenses are more than the werkbudget: lower them or raise the amount.</source>
        <translation>The expenses are more than the werkbudget: lower them or raise the amount.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Choose the member.</translation>
    </message>
    <message>
        <source>Choose the type of accident.</source>
        <translation>Choose the type of accident.</translation>
    </message>
    <message>
        <source>Say where it happened.</source>
        <translation>Say where it happened.</translation>
    </message>
    <message>
        <source>Give the country as two letters, for example BE.</source>
        <translation>Give the country as two letters, for example BE.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>For an accident on the way to or from work, give where the route starts and ends.</source>
        <translation>For an accident on the way to or from work, give where the route starts and ends.</translation>
    </message>
    <message>
        <source>The insurer&apos;s form is in Dutch or French.</source>
        <translation>The insurer&apos;s form is in Dutch or French.</translation>
    </message>
    <message>
        <source>A code is made of digits only.</source>
        <translation>A code is made of digits only.</translation>
    </message>
    <message>
        <source>Give the days of incapacity as a number, 0 or more.</source>
        <translation>Give the days of incapacity as a number, 0 or more.</translation>
    </message>
    <message>
        <source>Give the name of the first-aider.</source>
        <translation>Give the name of the first-aider.</translation>
    </message>
    <message>
        <source>The date is after today. Check the date.</source>
        <translation>The date is after today. Check the date.</translation>
    </message>
    <message>
        <source>The filing date is before the event.</source>
        <translation>The filing date is before the event.</translation>
    </message>
    <message>
        <source>The filing date is before the day the aggravation became known.</source>
        <translation>The filing date is before the day the aggravation became known.</translation>
    </message>
    <message>
        <source>The aggravation cannot be known before the accident happened.</source>
        <translation>The aggravation cannot be known before the accident happened.</translation>
    </message>
    <message>
        <source>The aggravation date is after today.</source>
        <translation>The aggravation date is after today.</translation>
    </message>
    <message>
        <source>The discovery is before the event.</source>
        <translation>The discovery is before the event.</translation>
    </message>
    <message>
        <source>The discovery date is after today.</source>
        <translation>The discovery date is after today.</translation>
    </message>
    <message>
        <source>No deadline rule is known for events before {since}.</source>
        <translation>No deadline rule is known for events before {since}.</translation>
    </message>
    <message>
        <source>Give a whole number of days between {low} and {high}.</source>
        <translation>Give a whole number of days between {low} and {high}.</translation>
    </message>
    <message>
        <source>This declaration is with TeamAdmin or the insurer and can no longer be changed here.</source>
        <translation>This declaration is with TeamAdmin or the insurer and can no longer be changed here.</translation>
    </message>
    <message>
        <source>The member of a declaration cannot be changed.</source>
        <translation>The member of a declaration cannot be changed.</translation>
    </message>
    <message>
        <source>Turn a first-aid entry into a declaration with “Declare aggravation”.</source>
        <translation>Turn a first-aid entry into a declaration with “Declare aggravation”.</translation>
    </message>
    <message>
        <source>This step is not possible for this declaration now.</source>
        <translation>This step is not possible for this declaration now.</translation>
    </message>
    <message>
        <source>Write the question for the adviser.</source>
        <translation>Write the question for the adviser.</translation>
    </message>
    <message>
        <source>Give the insurer&apos;s reference.</source>
        <translation>Give the insurer&apos;s reference.</translation>
    </message>
    <message>
        <source>Write the outcome.</source>
        <translation>Write the outcome.</translation>
    </message>
    <message>
        <source>Choose the kind of claim.</source>
        <translation>Choose the kind of claim.</translation>
    </message>
    <message>
        <source>A theft or a loss needs the number of the police report.</source>
        <translation>A theft or a loss needs the number of the police report.</translation>
    </message>
    <message>
        <source>Give the estimated damage in euros, 0 or more.</source>
        <translation>Give the estimated damage in euros, 0 or more.</translation>
    </message>
    <message>
        <source>Give the name of each third party.</source>
        <translation>Give the name of each third party.</translation>
    </message>
    <message>
        <source>This field is required to submit the application.</source>
        <translation>This field is required to submit the application.</translation>
    </message>
    <message>
        <source>Give an amount in euros with at most two decimals.</source>
        <translation>Give an amount in euros with at most two decimals.</translation>
    </message>
    <message>
        <source>Give the term as a whole number of months.</source>
        <translation>Give the term as a whole number of months.</translation>
    </message>
    <message>
        <source>Choose a purpose from the list.</source>
        <translation>Choose a purpose from the list.</translation>
    </message>
    <message>
        <source>Choose what kind of document this is.</source>
        <translation>Choose what kind of document this is.</translation>
    </message>
    <message>
        <source>This application has been decided and can no longer change.</source>
        <translation>This application has been decided and can no longer change.</translation>
    </message>
    <message>
        <source>This Activity has no member; add its holder before applying for a loan.</source>
        <translation>This Activity has no member; add its holder before applying for a loan.</translation>
    </message>
    <message>
        <source>This application is not in a state that allows this.</source>
        <translation>This application is not in a state that allows this.</translation>
    </message>
    <message>
        <source>You prepared this application: another loan reviewer must decide it.</source>
        <translation>You prepared this application: another loan reviewer must decide it.</translation>
    </message>
    <message>
        <source>Explain the refusal to the member in a sentence (at least {minimum} characters).</source>
        <translation>Explain the refusal to the member in a sentence (at least {minimum} characters).</translation>
    </message>
    <message>
        <source>The approved amount cannot be more than the amount asked.</source>
        <translation>The approved amount cannot be more than the amount asked.</translation>
    </message>
    <message>
        <source>Only an approved loan is repaid.</source>
        <translation>Only an approved loan is repaid.</translation>
    </message>
    <message>
        <source>This document exists only once the application is approved (the agreement) or refused (the letter).</source>
        <translation>This document exists only once the application is approved (the agreement) or refused (the letter).</translation>
    </message>
    <message>
        <source>The payment must be more than 0.</source>
        <translation>The payment must be more than 0.</translation>
    </message>
    <message>
        <source>The payment is more than the balance of {balance}. Record at most the balance.</source>
        <translation>The payment is more than the balance of {balance}. Record at most the balance.</translation>
    </message>
    <message>
        <source>The amount must be more than 0.</source>
        <translation>The amount must be more than 0.</translation>
    </message>
    <message>
        <source>{amount} asked + {outstanding} still owed on this Activity = {total}: above the cap of {cap} per project. Lower the amount.</source>
        <translation>{amount} asked + {outstanding} still owed on this Activity = {total}: above the cap of {cap} per project. Lower the amount.</translation>
    </message>
    <message>
        <source>The term must be at least 1 month.</source>
        <translation>The term must be at least 1 month.</translation>
    </message>
    <message>
        <source>At most {max_months} months for this purpose; shorten the term.</source>
        <translation>At most {max_months} months for this purpose; shorten the term.</translation>
    </message>
    <message>
        <source>Attach the evidence this purpose needs ({needed}) before submitting.</source>
        <translation>Attach the evidence this purpose needs ({needed}) before submitting.</translation>
    </message>
    <message>
        <source>The Activity is {months} months old (flagged under {minimum} months). [{source}]</source>
        <translation>The Activity is {months} months old (flagged under {minimum} months). [{source}]</translation>
    </message>
    <message>
        <source>No invoiced income in the last {months} months: repayment capacity unknown. [{source}]</source>
        <translation>No invoiced income in the last {months} months: repayment capacity unknown. [{source}]</translation>
    </message>
    <message>
        <source>The instalment of {instalment} is {share} % of the average monthly income of {average} (threshold {threshold} %). [{source}]</source>
        <translation>The instalment of {instalment} is {share} % of the average monthly income of {average} (threshold {threshold} %). [{source}]</translation>
    </message>
    <message>
        <source>The member is {days} days late on earlier loans: {amount} in arrears. [{source}]</source>
        <translation>The member is {days} days late on earlier loans: {amount} in arrears. [{source}]</translation>
    </message>
    <message>
        <source>{amount} is still owed on earlier loans of this Activity (counted toward the cap of {cap}). [{source}]</source>
        <translation>{amount} is still owed on earlier loans of this Activity (counted toward the cap of {cap}). [{source}]</translation>
    </message>
</context>
<context>
    <name>NewLoanDialog</name>
    <message>
        <source>New loan application</source>
        <translation>New loan application</translation>
    </message>
    <message>
        <source>Activity or member name</source>
        <translation>Activity or member name</translation>
    </message>
    <message>
        <source>Start application</source>
        <translation>Start application</translation>
    </message>
    <message>
        <source>For which Activity?</source>
        <translation>For which Activity?</translation>
    </message>
</context>
<context>
    <name>NewQuoteDialog</name>
    <message>
        <source>Find the member, then choose their Activity.</source>
        <translation>Find the member, then choose their Activity.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{activity}&lt;/b&gt; — {member}</source>
        <translation>&lt;b&gt;{activity}&lt;/b&gt; — {member}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <source>1. Activity</source>
        <translation>1. Activity</translation>
    </message>
    <message>
        <source>2. Client</source>
        <translation>2. Client</translation>
    </message>
    <message>
        <source>3. Quote</source>
        <translation>3. Quote</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Choose another…</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Valid for (days)</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Language of the quote</translation>
    </message>
    <message>
        <source>The client&apos;s language</source>
        <translation>The client&apos;s language</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>Create quote</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpenDeclarations</name>
    <message>
        <source>Open declarations and claims, overdue first</source>
        <translation>Open declarations and claims, overdue first</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
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
        <source>No open declaration.</source>
        <translation>No open declaration.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>SmartDesk: database passphrase</source>
        <translation>SmartDesk: database passphrase</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>The same again:</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>The passphrase must have at least 12 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>The two passphrases differ. Type them again.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
</context>
<context>
    <name>QuestionsBox</name>
    <message>
        <source>Questions for the VAT check</source>
        <translation>Questions for the VAT check</translation>
    </message>
    <message>
        <source>The VAT check needs no more answers for this kind of line.</source>
        <translation>The VAT check needs no more answers for this kind of line.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Quote {number}</source>
        <translation>Quote {number}</translation>
    </message>
    <message>
        <source>Draft quote</source>
        <translation>Draft quote</translation>
    </message>
    <message>
        <source>&lt;b&gt;{activity}&lt;/b&gt; — member {member}</source>
        <translation>&lt;b&gt;{activity}&lt;/b&gt; — member {member}</translation>
    </message>
    <message>
        <source>VAT {number}: {check}</source>
        <translation>VAT {number}: {check}</translation>
    </message>
    <message>
        <source>no VAT number</source>
        <translation>no VAT number</translation>
    </message>
    <message>
        <source>Issued {issued} · valid until {until} · in {language}</source>
        <translation>Issued {issued} · valid until {until} · in {language}</translation>
    </message>
    <message>
        <source>You can read this quote but not change it: quotes are made and changed by the advisers of their office.</source>
        <translation>You can read this quote but not change it: quotes are made and changed by the advisers of their office.</translation>
    </message>
    <message>
        <source>This quote is {state} and can no longer be changed. Duplicate it (More › Duplicate) to make a new draft with the same lines.</source>
        <translation>This quote is {state} and can no longer be changed. Duplicate it (More › Duplicate) to make a new draft with the same lines.</translation>
    </message>
    <message>
        <source>Changed with the client</source>
        <translation>Changed with the client</translation>
    </message>
    <message>
        <source>To decide by an adviser</source>
        <translation>To decide by an adviser</translation>
    </message>
    <message>
        <source>likely {answer}</source>
        <translation>likely {answer}</translation>
    </message>
    <message>
        <source>for now {answer}</source>
        <translation>for now {answer}</translation>
    </message>
    <message>
        <source>Confirmed by an adviser: {reason}</source>
        <translation>Confirmed by an adviser: {reason}</translation>
    </message>
    <message>
        <source>Sending is blocked:</source>
        <translation>Sending is blocked:</translation>
    </message>
    <message>
        <source>Line(s) to decide: {positions}.</source>
        <translation>Line(s) to decide: {positions}.</translation>
    </message>
    <message>
        <source>Decide line {position} no&amp;w…</source>
        <translation>Decide line {position} no&amp;w…</translation>
    </message>
    <message>
        <source>Give the quote the next number of this device&apos;s series and freeze it: its lines, VAT and totals can no longer be changed.</source>
        <translation>Give the quote the next number of this device&apos;s series and freeze it: its lines, VAT and totals can no longer be changed.</translation>
    </message>
    <message>
        <source>Totals (provisional)</source>
        <translation>Totals (provisional)</translation>
    </message>
    <message>
        <source>The VAT of line(s) {lines} is not decided yet: the VAT and the total incl. VAT are provisional until an adviser decides.</source>
        <translation>The VAT of line(s) {lines} is not decided yet: the VAT and the total incl. VAT are provisional until an adviser decides.</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>VAT amount</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>What {amount} excl. VAT becomes for the member:</source>
        <translation>What {amount} excl. VAT becomes for the member:</translation>
    </message>
    <message>
        <source>Contribution to Smart ({rate} %)</source>
        <translation>Contribution to Smart ({rate} %)</translation>
    </message>
    <message>
        <source>Werkbudget</source>
        <translation>Werkbudget</translation>
    </message>
    <message>
        <source>Gross wage by contract type:</source>
        <translation>Gross wage by contract type:</translation>
    </message>
    <message>
        <source>{contract} (÷ {coefficient})</source>
        <translation>{contract} (÷ {coefficient})</translation>
    </message>
    <message>
        <source>Not for temp (interim) contracts.</source>
        <translation>Not for temp (interim) contracts.</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>number {number}</translation>
    </message>
    <message>
        <source>Nothing to save: this quote is read only.</source>
        <translation>Nothing to save: this quote is read only.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved: every change to this quote is stored.</source>
        <translation>Saved: every change to this quote is stored.</translation>
    </message>
    <message>
        <source>The VAT of every line was checked again: no line changed.</source>
        <translation>The VAT of every line was checked again: no line changed.</translation>
    </message>
    <message>
        <source>The VAT of every line was checked again. Changed: line(s) {positions} (marked ↻). Check them before sending.</source>
        <translation>The VAT of every line was checked again. Changed: line(s) {positions} (marked ↻). Check them before sending.</translation>
    </message>
    <message>
        <source>Asking VIES…</source>
        <translation>Asking VIES…</translation>
    </message>
    <message>
        <source>Number and send this quote?

It takes the next number of this device&apos;s series, and its lines, VAT and totals are frozen: it can no longer be changed (a copy can, with More › Duplicate). Send the PDF to the client afterwards.</source>
        <translation>Number and send this quote?

It takes the next number of this device&apos;s series, and its lines, VAT and totals are frozen: it can no longer be changed (a copy can, with More › Duplicate). Send the PDF to the client afterwards.</translation>
    </message>
    <message>
        <source>&amp;Number and send</source>
        <translation>&amp;Number and send</translation>
    </message>
    <message>
        <source>Sent. The quote&apos;s number is {number}.</source>
        <translation>Sent. The quote&apos;s number is {number}.</translation>
    </message>
    <message>
        <source>The client accepted the quote.</source>
        <translation>The client accepted the quote.</translation>
    </message>
    <message>
        <source>The client refused the quote.</source>
        <translation>The client refused the quote.</translation>
    </message>
    <message>
        <source>Cancel this quote? A cancelled quote cannot be sent or changed any more.</source>
        <translation>Cancel this quote? A cancelled quote cannot be sent or changed any more.</translation>
    </message>
    <message>
        <source>&amp;Cancel the quote</source>
        <translation>&amp;Cancel the quote</translation>
    </message>
    <message>
        <source>The quote is cancelled.</source>
        <translation>The quote is cancelled.</translation>
    </message>
    <message>
        <source>SmartDesk</source>
        <translation>SmartDesk</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Not no&amp;w</source>
        <translation>Not no&amp;w</translation>
    </message>
    <message>
        <source>This is a new draft copied from {number}; the VAT of each line was checked again for today.</source>
        <translation>This is a new draft copied from {number}; the VAT of each line was checked again for today.</translation>
    </message>
    <message>
        <source>the quote</source>
        <translation>the quote</translation>
    </message>
    <message>
        <source>Save the quote as PDF</source>
        <translation>Save the quote as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Open it</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>The file could not be written: {error}</translation>
    </message>
    <message>
        <source>Client &amp;accepted</source>
        <translation>Client &amp;accepted</translation>
    </message>
    <message>
        <source>Client &amp;refused</source>
        <translation>Client &amp;refused</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;More</translation>
    </message>
    <message>
        <source>Duplicate, cancel, save as PDF</source>
        <translation>Duplicate, cancel, save as PDF</translation>
    </message>
    <message>
        <source>&amp;Cancel quote…</source>
        <translation>&amp;Cancel quote…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Check with &amp;VIES</source>
        <translation>Check with &amp;VIES</translation>
    </message>
    <message>
        <source>Change c&amp;lient…</source>
        <translation>Change c&amp;lient…</translation>
    </message>
    <message>
        <source>Change &amp;dates…</source>
        <translation>Change &amp;dates…</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>&amp;Add line…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>Change the selected line (double-click)</source>
        <translation>Change the selected line (double-click)</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Remove the selected line (Delete)</translation>
    </message>
    <message>
        <source>Dec&amp;ide VAT…</source>
        <translation>Dec&amp;ide VAT…</translation>
    </message>
    <message>
        <source>Rate of the date of supply, {date}: the rates change during this quote.</source>
        <translation>Rate of the date of supply, {date}: the rates change during this quote.</translation>
    </message>
    <message>
        <source>Check: {check} → adviser: {adviser}, because {reason}</source>
        <translation>Check: {check} → adviser: {adviser}, because {reason}</translation>
    </message>
    <message>
        <source>The PDF is saved in {path}. Open it now?</source>
        <translation>The PDF is saved in {path}. Open it now?</translation>
    </message>
    <message>
        <source>← All &amp;quotes</source>
        <translation>← All &amp;quotes</translation>
    </message>
    <message>
        <source>&amp;Number and send…</source>
        <translation>&amp;Number and send…</translation>
    </message>
    <message>
        <source>A new draft with the same client and lines</source>
        <translation>A new draft with the same client and lines</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
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
        <translation>Lines and their VAT</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>VAT and why</source>
        <translation>VAT and why</translation>
    </message>
    <message>
        <source>Settle a line the VAT check could not decide, or override its answer</source>
        <translation>Settle a line the VAT check could not decide, or override its answer</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>The member&apos;s side</source>
        <translation>The member&apos;s side</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When and who</source>
        <translation>When and who</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>What and why</translation>
    </message>
</context>
<context>
    <name>QuoteHeaderDialog</name>
    <message>
        <source>valid until {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <source>Date, validity and language</source>
        <translation>Date, validity and language</translation>
    </message>
    <message>
        <source>The VAT rules of the date of supply apply: the planned delivery date, else the quote&apos;s date, unless a line has its own. The language is that of the quote and its reasons. The VAT of every line is checked again.</source>
        <translation>The VAT rules of the date of supply apply: the planned delivery date, else the quote&apos;s date, unless a line has its own. The language is that of the quote and its reasons. The VAT of every line is checked again.</translation>
    </message>
    <message>
        <source>Date of the quote</source>
        <translation>Date of the quote</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Valid for (days)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Planned delivery</source>
        <translation>Planned delivery</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Not planned yet</translation>
    </message>
</context>
<context>
    <name>QuoteListModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>A line&apos;s VAT was overridden by an adviser or still needs a decision</source>
        <translation>A line&apos;s VAT was overridden by an adviser or still needs a decision</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draft)</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>&amp;Activity: all…</source>
        <translation>&amp;Activity: all…</translation>
    </message>
    <message>
        <source>&amp;Activity: {name}</source>
        <translation>&amp;Activity: {name}</translation>
    </message>
    <message>
        <source>{activity} — member {member}</source>
        <translation>{activity} — member {member}</translation>
    </message>
    <message>
        <source>Show the quotes of one Activity</source>
        <translation>Show the quotes of one Activity</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No quotes found</source>
        <translation>No quotes found</translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 quote</translation>
    </message>
    <message>
        <source>{count} quotes</source>
        <translation>{count} quotes</translation>
    </message>
    <message>
        <source>This is a new draft copied from the selected quote; the VAT of each line was checked again for today.</source>
        <translation>This is a new draft copied from the selected quote; the VAT of each line was checked again for today.</translation>
    </message>
    <message>
        <source>Save the quote as PDF</source>
        <translation>Save the quote as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>The file could not be written: {error}</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Search by number, client or Activity…</source>
        <translation>Search by number, client or Activity…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;New quote…</source>
        <translation>&amp;New quote…</translation>
    </message>
    <message>
        <source>A new quote for an Activity (Ctrl+N)</source>
        <translation>A new quote for an Activity (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected quote (Enter)</source>
        <translation>Open the selected quote (Enter)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the selected quote as a PDF (Ctrl+P)</source>
        <translation>Save the selected quote as a PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>A new draft with the same client and lines (for quotes already sent)</source>
        <translation>A new draft with the same client and lines (for quotes already sent)</translation>
    </message>
    <message>
        <source>Read only: quotes are made and changed by the advisers of each office.</source>
        <translation>Read only: quotes are made and changed by the advisers of each office.</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Choose a request to see it here.</source>
        <translation>Choose a request to see it here.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Ask the adviser</source>
        <translation>Ask the adviser</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Send the answer</translation>
    </message>
    <message>
        <source>Produce the PDF</source>
        <translation>Produce the PDF</translation>
    </message>
    <message>
        <source>Record the reference</source>
        <translation>Record the reference</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>Save the PDF…</translation>
    </message>
    <message>
        <source>Question, answer, reference or reason to reopen…</source>
        <translation>Question, answer, reference or reason to reopen…</translation>
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
        <source>Type the password of your central SmartDesk account.</source>
        <translation>Type the password of your central SmartDesk account.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>Checking your password with the central database…</source>
        <translation>Checking your password with the central database…</translation>
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
        <source>First time on this device: prove it is you with the password of your central SmartDesk account, then choose the PIN you will use here.</source>
        <translation>First time on this device: prove it is you with the password of your central SmartDesk account, then choose the PIN you will use here.</translation>
    </message>
    <message>
        <source>Central password</source>
        <translation>Central password</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
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
<context>
    <name>SummaryBand</name>
    <message>
        <source>Cover: choose the member and the date</source>
        <translation>Cover: choose the member and the date</translation>
    </message>
    <message>
        <source>First-aid register: not declared to the insurer</source>
        <translation>First-aid register: not declared to the insurer</translation>
    </message>
    <message>
        <source>Declare by {date}: {days} days left</source>
        <translation>Declare by {date}: {days} days left</translation>
    </message>
    <message>
        <source>Declare by {date}: today is the last day</source>
        <translation>Declare by {date}: today is the last day</translation>
    </message>
    <message>
        <source>Declare by {date}: overdue by {days} days, declare it still</source>
        <translation>Declare by {date}: overdue by {days} days, declare it still</translation>
    </message>
    <message>
        <source>the last day is not a working day (no extension)</source>
        <translation>the last day is not a working day (no extension)</translation>
    </message>
    <message>
        <source>more than 3 years after the accident: prescribed</source>
        <translation>more than 3 years after the accident: prescribed</translation>
    </message>
    <message>
        <source>contract from {start} to {end}</source>
        <translation>contract from {start} to {end}</translation>
    </message>
    <message>
        <source>no contract that day; last contract ended {end}, covered until {until}</source>
        <translation>no contract that day; last contract ended {end}, covered until {until}</translation>
    </message>
    <message>
        <source>no contract that day; on a mission abroad</source>
        <translation>no contract that day; on a mission abroad</translation>
    </message>
    <message>
        <source>no contract on {day}; last contract ended {end}, cover ended {until}</source>
        <translation>no contract on {day}; last contract ended {end}, cover ended {until}</translation>
    </message>
    <message>
        <source>no contract on {day} and none before</source>
        <translation>no contract on {day} and none before</translation>
    </message>
    <message>
        <source>Cover: {cover} ({why})</source>
        <translation>Cover: {cover} ({why})</translation>
    </message>
    <message>
        <source>Very serious accident</source>
        <translation>Very serious accident</translation>
    </message>
    <message>
        <source>Serious accident</source>
        <translation>Serious accident</translation>
    </message>
    <message>
        <source>{task}, by {due}, for {who}</source>
        <translation>{task}, by {due}, for {who}</translation>
    </message>
    <message>
        <source>The simplified declaration may be used (under 4 days, back at work).</source>
        <translation>The simplified declaration may be used (under 4 days, back at work).</translation>
    </message>
    <message>
        <source>4 days of incapacity or more: this declaration serves as the accident fiche.</source>
        <translation>4 days of incapacity or more: this declaration serves as the accident fiche.</translation>
    </message>
</context>
<context>
    <name>SyncConnectDialog</name>
    <message>
        <source>A sync is running. Wait until it has finished, then try again.</source>
        <translation>A sync is running. Wait until it has finished, then try again.</translation>
    </message>
    <message>
        <source>Checking the login with the central database…</source>
        <translation>Checking the login with the central database…</translation>
    </message>
    <message>
        <source>The central database cannot be reached at this address. Check the address and the network connection, or try again later.</source>
        <translation>The central database cannot be reached at this address. Check the address and the network connection, or try again later.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Stopping after the current step…</translation>
    </message>
    <message>
        <source>Certificate authority of the central database</source>
        <translation>Certificate authority of the central database</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Sync password</source>
        <translation>Sync password</translation>
    </message>
    <message>
        <source>SmartDesk needs the password of {login} to sync with the central database.</source>
        <translation>SmartDesk needs the password of {login} to sync with the central database.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Connect to the central database</source>
        <translation>Connect to the central database</translation>
    </message>
    <message>
        <source>Type the address of the central database and your own login and password, as your administrator gave them. The first sync then brings your office&apos;s data to this device; it may take a few minutes.</source>
        <translation>Type the address of the central database and your own login and password, as your administrator gave them. The first sync then brings your office&apos;s data to this device; it may take a few minutes.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Secure connection (TLS)</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Certificate authority file</translation>
    </message>
    <message>
        <source>Only if your administrator gave you one</source>
        <translation>Only if your administrator gave you one</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>As the address says</source>
        <translation>As the address says</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Encrypted (require)</translation>
    </message>
    <message>
        <source>Encrypted, certificate checked (verify-ca)</source>
        <translation>Encrypted, certificate checked (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked (verify-full)</source>
        <translation>Encrypted, certificate and server name checked (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Encrypted when the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Not encrypted (disable)</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, for the next syncs.</source>
        <translation>The password is kept in this computer&apos;s keyring, for the next syncs.</translation>
    </message>
    <message>
        <source>This computer has no working keyring: the password is kept nowhere. SmartDesk uses it until you close the program and asks for it again in the next session.</source>
        <translation>This computer has no working keyring: the password is kept nowhere. SmartDesk uses it until you close the program and asks for it again in the next session.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Sending changes: {done} of {total}</translation>
    </message>
    <message>
        <source>Uploading what was made before connecting ({what}): {done} of {total}</source>
        <translation>Uploading what was made before connecting ({what}): {done} of {total}</translation>
    </message>
    <message>
        <source>Receiving changes ({what}): {done} so far</source>
        <translation>Receiving changes ({what}): {done} so far</translation>
    </message>
    <message>
        <source>Receiving changes: {done} so far</source>
        <translation>Receiving changes: {done} so far</translation>
    </message>
    <message>
        <source>Sending attached files: {done} of {total}</source>
        <translation>Sending attached files: {done} of {total}</translation>
    </message>
    <message>
        <source>Fetching attached files: {done} of {total}</source>
        <translation>Fetching attached files: {done} of {total}</translation>
    </message>
    <message>
        <source>about {n} s left</source>
        <translation>about {n} s left</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>about {n} min left</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>{name} (no. {number})</source>
        <translation>{name} (no. {number})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Sync cancelled ({when}). What was already sent or received is kept; the rest follows at the next sync.</source>
        <translation>Sync cancelled ({when}). What was already sent or received is kept; the rest follows at the next sync.</translation>
    </message>
    <message>
        <source>Offline: the changes stay on this device and go out at the next sync ({when}).</source>
        <translation>Offline: the changes stay on this device and go out at the next sync ({when}).</translation>
    </message>
    <message>
        <source>Changes waiting on this device: {count}</source>
        <translation>Changes waiting on this device: {count}</translation>
    </message>
    <message>
        <source>For the helpdesk: {message}</source>
        <translation>For the helpdesk: {message}</translation>
    </message>
    <message>
        <source>Connected. The first sync finished at {when}.</source>
        <translation>Connected. The first sync finished at {when}.</translation>
    </message>
    <message>
        <source>Sync finished at {when}.</source>
        <translation>Sync finished at {when}.</translation>
    </message>
    <message>
        <source>Sent: {pushed} · Received: {pulled} · New conflicts: {new}</source>
        <translation>Sent: {pushed} · Received: {pulled} · New conflicts: {new}</translation>
    </message>
    <message>
        <source>Uploaded, made on this device before it was connected: {count}</source>
        <translation>Uploaded, made on this device before it was connected: {count}</translation>
    </message>
    <message>
        <source>Attached files sent: {up} · fetched: {down}</source>
        <translation>Attached files sent: {up} · fetched: {down}</translation>
    </message>
    <message>
        <source>Attached files that arrived damaged and were thrown away: {count}. Tell an administrator.</source>
        <translation>Attached files that arrived damaged and were thrown away: {count}. Tell an administrator.</translation>
    </message>
    <message>
        <source>Removed from this device, no longer part of your office: {count}</source>
        <translation>Removed from this device, no longer part of your office: {count}</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>Conflicts waiting for your choice: {count} (see Conflicts below)</source>
        <translation>Conflicts waiting for your choice: {count} (see Conflicts below)</translation>
    </message>
    <message>
        <source>Refused by the central database, kept on this device: {count}</source>
        <translation>Refused by the central database, kept on this device: {count}</translation>
    </message>
    <message>
        <source>{what} ({count}): {reason}</source>
        <translation>{what} ({count}): {reason}</translation>
    </message>
    <message>
        <source>Not uploaded, kept on this device:</source>
        <translation>Not uploaded, kept on this device:</translation>
    </message>
    <message>
        <source>This computer has no working keyring: the password is kept nowhere and asked again in the next session.</source>
        <translation>This computer has no working keyring: the password is kept nowhere and asked again in the next session.</translation>
    </message>
    <message>
        <source>Fetching: {percent} %</source>
        <translation>Fetching: {percent} %</translation>
    </message>
    <message>
        <source>Fetched at the next sync or when opened</source>
        <translation>Fetched at the next sync or when opened</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Choose a refused change in the list first.</source>
        <translation>Choose a refused change in the list first.</translation>
    </message>
    <message>
        <source>Dismissed the refused change to {what}; it stays in the history.</source>
        <translation>Dismissed the refused change to {what}; it stays in the history.</translation>
    </message>
    <message>
        <source>Applied the refused change to {what} again on this device; it goes to the central database with the next sync.</source>
        <translation>Applied the refused change to {what} again on this device; it goes to the central database with the next sync.</translation>
    </message>
    <message>
        <source>(not in the central database)</source>
        <translation>(not in the central database)</translation>
    </message>
    <message>
        <source>Kept this device&apos;s version of {what}.</source>
        <translation>Kept this device&apos;s version of {what}.</translation>
    </message>
    <message>
        <source>Kept the central database&apos;s version of {what}.</source>
        <translation>Kept the central database&apos;s version of {what}.</translation>
    </message>
    <message>
        <source>Kept the fields you chose for {what}.</source>
        <translation>Kept the fields you chose for {what}.</translation>
    </message>
    <message>
        <source>The choice goes to the central database with the next sync; the other version stays in the history.</source>
        <translation>The choice goes to the central database with the next sync; the other version stays in the history.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Stopping after the current step…</translation>
    </message>
    <message>
        <source>Connecting to the central database…</source>
        <translation>Connecting to the central database…</translation>
    </message>
    <message>
        <source>This device is not connected yet. Choose “Connect to the central database…” and type the address and the login your administrator gave you. Until then everything you do stays on this device.</source>
        <translation>This device is not connected yet. Choose “Connect to the central database…” and type the address and the login your administrator gave you. Until then everything you do stays on this device.</translation>
    </message>
    <message>
        <source>Not connected: this device works on its own.</source>
        <translation>Not connected: this device works on its own.</translation>
    </message>
    <message>
        <source>Offline since {when}: working on this device.</source>
        <translation>Offline since {when}: working on this device.</translation>
    </message>
    <message>
        <source>Online (last contact {when}).</source>
        <translation>Online (last contact {when}).</translation>
    </message>
    <message>
        <source>Waiting for the password: choose Sync now to type it.</source>
        <translation>Waiting for the password: choose Sync now to type it.</translation>
    </message>
    <message>
        <source>The last sync did not finish: see the message below.</source>
        <translation>The last sync did not finish: see the message below.</translation>
    </message>
    <message>
        <source>Not checked yet in this session.</source>
        <translation>Not checked yet in this session.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Every {minutes} minutes</source>
        <translation>Every {minutes} minutes</translation>
    </message>
    <message>
        <source>After connecting</source>
        <translation>After connecting</translation>
    </message>
    <message>
        <source>Change the connection…</source>
        <translation>Change the connection…</translation>
    </message>
    <message>
        <source>Connect to the central database…</source>
        <translation>Connect to the central database…</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <source>Refused changes ({count})</source>
        <translation>Refused changes ({count})</translation>
    </message>
    <message>
        <source>Last rounds</source>
        <translation>Last rounds</translation>
    </message>
    <message>
        <source>Files ({here} of {count} here)</source>
        <translation>Files ({here} of {count} here)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>This device keeps its own copy of your office&apos;s data and works without a network. Sync exchanges the changes with the central database: what you changed here goes out, what others changed comes in.</source>
        <translation>This device keeps its own copy of your office&apos;s data and works without a network. Sync exchanges the changes with the central database: what you changed here goes out, what others changed comes in.</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>Central database</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>On this device</translation>
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
        <source>Conflicts waiting</source>
        <translation>Conflicts waiting</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Automatic sync</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Fields changed on both sides</source>
        <translation>Fields changed on both sides</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>No conflicts are waiting.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Mine (this device)</source>
        <translation>Mine (this device)</translation>
    </message>
    <message>
        <source>Theirs (central database)</source>
        <translation>Theirs (central database)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Tick the fields where this device&apos;s value must stay; the others take the central database&apos;s value. Nothing is lost: the other version stays in the history.</source>
        <translation>Tick the fields where this device&apos;s value must stay; the others take the central database&apos;s value. Nothing is lost: the other version stays in the history.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Keep the ticked fields</source>
        <translation>Keep the ticked fields</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>The central database refused these changes. They are kept on this device, nothing is lost; ask an administrator if one of them must go through.</source>
        <translation>The central database refused these changes. They are kept on this device, nothing is lost; ask an administrator if one of them must go through.</translation>
    </message>
    <message>
        <source>Why you dismiss or re-apply it (kept with the change)</source>
        <translation>Why you dismiss or re-apply it (kept with the change)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Re-apply</source>
        <translation>Re-apply</translation>
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
        <translation>the question, the insurer&apos;s reference or the outcome</translation>
    </message>
    <message>
        <source>Ask the adviser</source>
        <translation>Ask the adviser</translation>
    </message>
    <message>
        <source>Sent to the insurer</source>
        <translation>Sent to the insurer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TeamAdminQueueView</name>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Overdue &lt;b&gt;{overdue}&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#9a5b00&apos;&gt;Due today &lt;b&gt;{today}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Overdue &lt;b&gt;{overdue}&lt;/b&gt;&lt;/span&gt; · &lt;span style=&apos;color:#9a5b00&apos;&gt;Due today &lt;b&gt;{today}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Open by kind</source>
        <translation>Open by kind</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 request</translation>
    </message>
    <message>
        <source>{count} requests</source>
        <translation>{count} requests</translation>
    </message>
    <message>
        <source>Claim ({count})</source>
        <translation>Claim ({count})</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>TeamAdmin queue</source>
        <translation>TeamAdmin queue</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <source>Search by member (name, number, city)…</source>
        <translation>Search by member (name, number, city)…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>Every office</source>
        <translation>Every office</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Claim the selected requests (C)</source>
        <translation>Claim the selected requests (C)</translation>
    </message>
    <message>
        <source>N next · P previous · C claim · Enter write in the request</source>
        <translation>N next · P previous · C claim · Enter write in the request</translation>
    </message>
</context>
<context>
    <name>VatDecisionDialog</name>
    <message>
        <source>This overrides the VAT check. The quote list will flag the quote, and your reason is kept in its history.</source>
        <translation>This overrides the VAT check. The quote list will flag the quote, and your reason is kept in its history.</translation>
    </message>
    <message>
        <source>This confirms the treatment the VAT check proposes; your reason is kept.</source>
        <translation>This confirms the treatment the VAT check proposes; your reason is kept.</translation>
    </message>
    <message>
        <source>{count} characters (at least {minimum})</source>
        <translation>{count} characters (at least {minimum})</translation>
    </message>
    <message>
        <source>Decide VAT</source>
        <translation>Decide VAT</translation>
    </message>
    <message>
        <source>Line {position}: &lt;b&gt;{description}&lt;/b&gt;</source>
        <translation>Line {position}: &lt;b&gt;{description}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The VAT check could not decide this line on its own.</source>
        <translation>The VAT check could not decide this line on its own.</translation>
    </message>
    <message>
        <source>Most likely: {answer} ({basis}).</source>
        <translation>Most likely: {answer} ({basis}).</translation>
    </message>
    <message>
        <source>The VAT check answers: {answer} ({basis}).</source>
        <translation>The VAT check answers: {answer} ({basis}).</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Why (kept in the history)</source>
        <translation>Why (kept in the history)</translation>
    </message>
    <message>
        <source>e.g. Bouquet of cut flowers only; the ribbon is under 20 % of the price.</source>
        <translation>e.g. Bouquet of cut flowers only; the ribbon is under 20 % of the price.</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VatTexts</name>
    <message>
        <source>{rate} % VAT</source>
        <translation>{rate} % VAT</translation>
    </message>
</context>
</TS>
