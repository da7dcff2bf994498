<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionPlanForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>&amp;Partner or county *</source>
        <translation>&amp;Partner or county *</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>The new user signs in with the temporary password you give them here and must choose their own at once. Tell it to them in person, not by e-mail.</source>
        <translation>The new user signs in with the temporary password you give them here and must choose their own at once. Tell it to them in person, not by e-mail.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>&amp;Centre:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>R&amp;epeat it:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Signed in as:</translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation>&amp;Check the store</translation>
    </message>
    <message>
        <source>&amp;Import a folder…</source>
        <translation>&amp;Import a folder…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Back up &amp;automatically when Reper closes</source>
        <translation>Back up &amp;automatically when Reper closes</translation>
    </message>
    <message>
        <source>&amp;Copies kept:</source>
        <translation>&amp;Copies kept:</translation>
    </message>
    <message>
        <source>&amp;Open the backups folder</source>
        <translation>&amp;Open the backups folder</translation>
    </message>
    <message>
        <source>Check of the store</source>
        <translation>Check of the store</translation>
    </message>
    <message>
        <source>&amp;Store and backups</source>
        <translation>&amp;Store and backups</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>AssistanceForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>&amp;Victim code *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Service *</source>
        <translation>&amp;Service *</translation>
    </message>
    <message>
        <source>&amp;Provider *</source>
        <translation>&amp;Provider *</translation>
    </message>
    <message>
        <source>S&amp;tart date *</source>
        <translation>S&amp;tart date *</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>E&amp;nd date</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Locked out after wrong passwords</source>
        <translation>Locked out after wrong passwords</translation>
    </message>
    <message>
        <source>Lockout file damaged</source>
        <translation>Lockout file damaged</translation>
    </message>
    <message>
        <source>Window unlocked</source>
        <translation>Window unlocked</translation>
    </message>
    <message>
        <source>Record added</source>
        <translation>Record added</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <source>Identity shown</source>
        <translation>Identity shown</translation>
    </message>
    <message>
        <source>Identity refused</source>
        <translation>Identity refused</translation>
    </message>
    <message>
        <source>Identity erased</source>
        <translation>Identity erased</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Report shown or saved</source>
        <translation>Report shown or saved</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Year closed</source>
        <translation>Year closed</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>Signing key given</source>
        <translation>Signing key given</translation>
    </message>
    <message>
        <source>Signing key set with the recovery key</source>
        <translation>Signing key set with the recovery key</translation>
    </message>
    <message>
        <source>Signing key set from an old key slot</source>
        <translation>Signing key set from an old key slot</translation>
    </message>
    <message>
        <source>Retention rule applied</source>
        <translation>Retention rule applied</translation>
    </message>
    <message>
        <source>Retention rule scheduled</source>
        <translation>Retention rule scheduled</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation>Store created</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Repatriation</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Criminal proceedings</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Prevention activity</source>
        <translation>Prevention activity</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Team meeting</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Funded project</source>
        <translation>Funded project</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>changed by</source>
        <translation>changed by</translation>
    </message>
    <message>
        <source>cut-off</source>
        <translation>cut-off</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>every (days)</source>
        <translation>every (days)</translation>
    </message>
    <message>
        <source>wrong passwords</source>
        <translation>wrong passwords</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>files</source>
        <translation>files</translation>
    </message>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>last record</source>
        <translation>last record</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>temporary password</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>victims</translation>
    </message>
    <message>
        <source>was temporary</source>
        <translation>was temporary</translation>
    </message>
    <message>
        <source>what</source>
        <translation>what</translation>
    </message>
    <message>
        <source>where</source>
        <translation>where</translation>
    </message>
    <message>
        <source>with identity</source>
        <translation>with identity</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>edition</translation>
    </message>
    <message>
        <source>new user</source>
        <translation>new user</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>password reset</translation>
    </message>
    <message>
        <source>a new password was set with the recovery key</source>
        <translation>a new password was set with the recovery key</translation>
    </message>
    <message>
        <source>key slot without a signing key</source>
        <translation>key slot without a signing key</translation>
    </message>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>lock screen</source>
        <translation>lock screen</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <source>%1 erased</source>
        <translation>%1 erased</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 deleted</translation>
    </message>
    <message>
        <source>Closed year</source>
        <translation>Closed year</translation>
    </message>
    <message>
        <source>frozen figures</source>
        <translation>frozen figures</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>already present</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>rules version</source>
        <translation>rules version</translation>
    </message>
    <message>
        <source>content hash</source>
        <translation>content hash</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forced</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>revised</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>on screen</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>Victims found by name</source>
        <translation>Victims found by name</translation>
    </message>
    <message>
        <source>Report opened for printing</source>
        <translation>Report opened for printing</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>words searched</source>
        <translation>words searched</translation>
    </message>
    <message>
        <source>User enabled again</source>
        <translation>User enabled again</translation>
    </message>
    <message>
        <source>enabled again</source>
        <translation>enabled again</translation>
    </message>
    <message>
        <source>Population of a year entered</source>
        <translation></translation>
    </message>
    <message>
        <source>Population of a year removed</source>
        <translation></translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Monitoring contact</source>
        <translation>Monitoring contact</translation>
    </message>
    <message>
        <source>Deadline rule changed</source>
        <translation>Deadline rule changed</translation>
    </message>
    <message>
        <source>Deadline dismissed</source>
        <translation>Deadline dismissed</translation>
    </message>
    <message>
        <source>Duplicates looked for</source>
        <translation>Duplicates looked for</translation>
    </message>
    <message>
        <source>Backup not completed</source>
        <translation>Backup not completed</translation>
    </message>
    <message>
        <source>Victims merged</source>
        <translation>Victims merged</translation>
    </message>
    <message>
        <source>Victims unmerged</source>
        <translation>Victims unmerged</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>Reco&amp;rd:</source>
        <translation>Reco&amp;rd:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>C&amp;lear the filters</translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation>&amp;Verify the trail</translation>
    </message>
    <message>
        <source>C&amp;opy the selected rows</source>
        <translation>C&amp;opy the selected rows</translation>
    </message>
    <message>
        <source>Entries of the audit trail</source>
        <translation>Entries of the audit trail</translation>
    </message>
</context>
<context>
    <name>ButtonTexts</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
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
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Campaign &amp;code *</source>
        <translation>Campaign &amp;code *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>&amp;Level *</source>
        <translation>&amp;Level *</translation>
    </message>
    <message>
        <source>&amp;Funding *</source>
        <translation>&amp;Funding *</translation>
    </message>
    <message>
        <source>F&amp;under</source>
        <translation>F&amp;under</translation>
    </message>
    <message>
        <source>S&amp;tart date *</source>
        <translation>S&amp;tart date *</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>E&amp;nd date</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Your password is a temporary one, given by the administrator. Choose your own before you go on.</source>
        <translation>Your password is a temporary one, given by the administrator. Choose your own before you go on.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>The closing date</source>
        <translation>The closing date</translation>
    </message>
    <message>
        <source>The institution</source>
        <translation>The institution</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo data goes into a store of its own, never into the one in use.</source>
        <translation>The demo data goes into a store of its own, never into the one in use.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file.</source>
        <translation>%1 exists already: choose another file.</translation>
    </message>
    <message>
        <source>The demo data could not be made.</source>
        <translation>The demo data could not be made.</translation>
    </message>
    <message>
        <source>Stopped: no demo store was made.</source>
        <translation>Stopped: no demo store was made.</translation>
    </message>
    <message>
        <source>The demo data could not be imported.</source>
        <translation>The demo data could not be imported.</translation>
    </message>
</context>
<context>
    <name>DemoStoreDialog</name>
    <message>
        <source>Reper makes a separate store of made-up victims, cases and activities of the last three years — synthetic, no real person — for you to look around in. The store you are in is not touched. You sign in to the demo store as yourself, with the password you choose here.</source>
        <translation>Reper makes a separate store of made-up victims, cases and activities of the last three years — synthetic, no real person — for you to look around in. The store you are in is not touched. You sign in to the demo store as yourself, with the password you choose here.</translation>
    </message>
    <message>
        <source>&amp;Demo store:</source>
        <translation>&amp;Demo store:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Password for it:</source>
        <translation>&amp;Password for it:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>R&amp;epeat it:</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation>&amp;Type *</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>&amp;Role *</translation>
    </message>
    <message>
        <source>T&amp;itle *</source>
        <translation>T&amp;itle *</translation>
    </message>
</context>
<context>
    <name>ExitBackup</name>
    <message>
        <source>The backups folder %1 cannot be created.</source>
        <translation>The backups folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Figure:</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copy the list</translation>
    </message>
</context>
<context>
    <name>ExportVictimsDialog</name>
    <message>
        <source>Export the victims</source>
        <translation>Export the victims</translation>
    </message>
    <message>
        <source>The victims you may see, one row per identification, in the columns of victims.csv: Reper imports the file again. Without identity, the file holds codes and figures only.</source>
        <translation>The victims you may see, one row per identification, in the columns of victims.csv: Reper imports the file again. Without identity, the file holds codes and figures only.</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>&amp;Centre:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;Include names, CNPs, addresses, phones and notes</source>
        <translation>&amp;Include names, CNPs, addresses, phones and notes</translation>
    </message>
    <message>
        <source>I &amp;confirm that these identities leave the program on purpose</source>
        <translation>I &amp;confirm that these identities leave the program on purpose</translation>
    </message>
</context>
<context>
    <name>FormStatus</name>
    <message>
        <source>Check: %1.</source>
        <translation>Check: %1.</translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>Still to fill in: %1.</translation>
    </message>
</context>
<context>
    <name>FundedProjectForm</name>
    <message>
        <source>Project &amp;code *</source>
        <translation>Project &amp;code *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>F&amp;under *</source>
        <translation>F&amp;under *</translation>
    </message>
    <message>
        <source>F&amp;ocus *</source>
        <translation>F&amp;ocus *</translation>
    </message>
    <message>
        <source>S&amp;tart date *</source>
        <translation>S&amp;tart date *</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>E&amp;nd date</translation>
    </message>
</context>
<context>
    <name>HandOverKeysDialog</name>
    <message>
        <source>Hand over the centres&apos; keys</source>
        <translation>Hand over the centres&apos; keys</translation>
    </message>
    <message>
        <source>Each centre&apos;s operators and coordinators need the key to its victims&apos; names. A colleague who has it hands it over when they sign in; when nobody of a centre has it yet (a new store, a centre&apos;s first users), the recovery key hands it over. Every operator and coordinator who has chosen their own password and waits for their centre&apos;s key receives it now.</source>
        <translation>Each centre&apos;s operators and coordinators need the key to its victims&apos; names. A colleague who has it hands it over when they sign in; when nobody of a centre has it yet (a new store, a centre&apos;s first users), the recovery key hands it over. Every operator and coordinator who has chosen their own password and waits for their centre&apos;s key receives it now.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
</context>
<context>
    <name>HomeCharts</name>
    <message>
        <source>Victims identified</source>
        <translation>Victims identified</translation>
    </message>
    <message>
        <source>Victims identified, by year</source>
        <translation>Victims identified, by year</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Primary form of exploitation, %1</source>
        <translation>Primary form of exploitation, %1</translation>
    </message>
    <message>
        <source>Prevention activities</source>
        <translation>Prevention activities</translation>
    </message>
    <message>
        <source>Prevention activities by month, %1</source>
        <translation>Prevention activities by month, %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
</context>
<context>
    <name>IdentificationForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>&amp;Victim code *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Notification date *</source>
        <translation>&amp;Notification date *</translation>
    </message>
    <message>
        <source>&amp;Identification date</source>
        <translation>&amp;Identification date</translation>
    </message>
    <message>
        <source>&amp;MNIR status *</source>
        <translation>&amp;MNIR status *</translation>
    </message>
    <message>
        <source>Identifying in&amp;stitution</source>
        <translation>Identifying in&amp;stitution</translation>
    </message>
    <message>
        <source>&amp;Trafficking *</source>
        <translation>&amp;Trafficking *</translation>
    </message>
    <message>
        <source>&amp;Attempt</source>
        <translation>&amp;Attempt</translation>
    </message>
    <message>
        <source>Country of e&amp;xploitation</source>
        <translation>Country of e&amp;xploitation</translation>
    </message>
    <message>
        <source>&amp;Recruitment</source>
        <translation>&amp;Recruitment</translation>
    </message>
    <message>
        <source>Relation to the recr&amp;uiter</source>
        <translation>Relation to the recr&amp;uiter</translation>
    </message>
    <message>
        <source>Forms of exploitation *</source>
        <translation>Forms of exploitation *</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>&amp;Show the identity</source>
        <translation>&amp;Show the identity</translation>
    </message>
    <message>
        <source>Opening the identity is recorded in the audit trail</source>
        <translation>Opening the identity is recorded in the audit trail</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;CNP</source>
        <translation>&amp;CNP</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copy the list</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
</context>
<context>
    <name>ImportFolderPage</name>
    <message>
        <source>Choose the folder with the centre&apos;s spreadsheets saved as CSV (victims.csv, assistance.csv, …). Reper first checks every row and writes nothing; you import only when no problem is left.</source>
        <translation>Choose the folder with the centre&apos;s spreadsheets saved as CSV (victims.csv, assistance.csv, …). Reper first checks every row and writes nothing; you import only when no problem is left.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Files found:</source>
        <translation>Files found:</translation>
    </message>
    <message>
        <source>Files found in the folder</source>
        <translation>Files found in the folder</translation>
    </message>
</context>
<context>
    <name>InternationalReportForm</name>
    <message>
        <source>&amp;Year:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Hide counts up to:</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Rows per combination, at least (k):</source>
        <translation></translation>
    </message>
    <message>
        <source>k: every combination of sex, age, citizenship and forms appears in at least this many rows of the CTDC file</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the &amp;CTDC case file…</source>
        <translation></translation>
    </message>
    <message>
        <source>One anonymised row per victim identified in the year, for the Counter Trafficking Data Collaborative</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>JudicialForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>&amp;Victim code *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>Case &amp;number *</source>
        <translation>Case &amp;number *</translation>
    </message>
    <message>
        <source>&amp;Body *</source>
        <translation>&amp;Body *</translation>
    </message>
    <message>
        <source>S&amp;tage *</source>
        <translation>S&amp;tage *</translation>
    </message>
    <message>
        <source>Procedural &amp;role *</source>
        <translation>Procedural &amp;role *</translation>
    </message>
    <message>
        <source>S&amp;upport given *</source>
        <translation>S&amp;upport given *</translation>
    </message>
    <message>
        <source>Next &amp;hearing</source>
        <translation>Next &amp;hearing</translation>
    </message>
    <message>
        <source>The date of the next court hearing; the work list reminds of it seven days before.</source>
        <translation>The date of the next court hearing; the work list reminds of it seven days before.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Victim code</source>
        <translation>Victim code</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Last notification</source>
        <translation>Last notification</translation>
    </message>
    <message>
        <source>MNIR status</source>
        <translation>MNIR status</translation>
    </message>
    <message>
        <source>Identifications</source>
        <translation>Identifications</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>From country</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Entry point</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Online reach</source>
        <translation>Online reach</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Repatriations</source>
        <translation>Repatriations</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Criminal proceedings</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Prevention activities</source>
        <translation>Prevention activities</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Action plans</translation>
    </message>
    <message>
        <source>Team meetings</source>
        <translation>Team meetings</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Funded projects</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Repatriation</translation>
    </message>
    <message>
        <source>Support in criminal proceedings</source>
        <translation>Support in criminal proceedings</translation>
    </message>
    <message>
        <source>Prevention activity</source>
        <translation>Prevention activity</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Team meeting</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Funded project</source>
        <translation>Funded project</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyst</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identity</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <source>Monitoring contacts</source>
        <translation>Monitoring contacts</translation>
    </message>
    <message>
        <source>Monitoring contact</source>
        <translation>Monitoring contact</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Reper is locked</source>
        <translation>Reper is locked</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Import a folder of files…</source>
        <translation>&amp;Import a folder of files…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;About Reper</source>
        <translation>&amp;About Reper</translation>
    </message>
    <message>
        <source>&amp;Export the victims…</source>
        <translation>&amp;Export the victims…</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Export &amp;all records to a folder…</source>
        <translation>Export &amp;all records to a folder…</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet.</source>
        <translation>This record has changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MonitoringContactForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>&amp;Victim code *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>&amp;Kind of contact *</source>
        <translation>&amp;Kind of contact *</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;With whom</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Next contact</source>
        <translation>&amp;Next contact</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>At least %1 characters; a sentence of a few words is best.</source>
        <translation>At least %1 characters; a sentence of a few words is best.</translation>
    </message>
    <message>
        <source>Type the same password twice.</source>
        <translation>Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <source>A store is one encrypted file (and its key file beside it) that holds all the records. You become its administrator. After it is created, Reper shows its recovery key once.</source>
        <translation>A store is one encrypted file (and its key file beside it) that holds all the records. You become its administrator. After it is created, Reper shows its recovery key once.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
</context>
<context>
    <name>PreventionForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>Cou&amp;nty *</source>
        <translation>Cou&amp;nty *</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation>Ca&amp;mpaign</translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation>&amp;Type *</translation>
    </message>
    <message>
        <source>Target &amp;group *</source>
        <translation>Target &amp;group *</translation>
    </message>
    <message>
        <source>&amp;Participants *</source>
        <translation>&amp;Participants *</translation>
    </message>
    <message>
        <source>Materials &amp;distributed</source>
        <translation>Materials &amp;distributed</translation>
    </message>
    <message>
        <source>&amp;Online reach</source>
        <translation>&amp;Online reach</translation>
    </message>
</context>
<context>
    <name>ProtocolForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Date signed *</source>
        <translation>&amp;Date signed *</translation>
    </message>
    <message>
        <source>&amp;Partner *</source>
        <translation>&amp;Partner *</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>C&amp;entre:</source>
        <translation>C&amp;entre:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The recovery key of this store</source>
        <translation>The recovery key of this store</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Save to a file…</translation>
    </message>
    <message>
        <source>I have printed the key or keep it offline</source>
        <translation>I have printed the key or keep it offline</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>With this key and the store&apos;s key file (the one beside it, or a backup&apos;s), every record and every name can be opened even if every password is forgotten. Reper shows it only this once and keeps it nowhere.</source>
        <translation>With this key and the store&apos;s key file (the one beside it, or a backup&apos;s), every record and every name can be opened even if every password is forgotten. Reper shows it only this once and keeps it nowhere.</translation>
    </message>
    <message>
        <source>Print it, or write it on paper, and lock it away — offline, away from this computer. Anyone who has the key, the store file and its key file can read every record and every name. Do not send it by e-mail or keep it in a file on this computer.</source>
        <translation>Print it, or write it on paper, and lock it away — offline, away from this computer. Anyone who has the key, the store file and its key file can read every record and every name. Do not send it by e-mail or keep it in a file on this computer.</translation>
    </message>
</context>
<context>
    <name>RecoveryOpenDialog</name>
    <message>
        <source>When no password opens the store any more, the recovery key printed when the store was made opens it. Type it, then the user name and a new password for that user: it replaces the old one, and the audit trail records that the recovery key was used.</source>
        <translation>When no password opens the store any more, the recovery key printed when the store was made opens it. Type it, then the user name and a new password for that user: it replaces the old one, and the audit trail records that the recovery key was used.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
</context>
<context>
    <name>RepatriationForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>&amp;Victim code *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>Returned &amp;from *</source>
        <translation>Returned &amp;from *</translation>
    </message>
    <message>
        <source>&amp;Request date *</source>
        <translation>&amp;Request date *</translation>
    </message>
    <message>
        <source>&amp;Arrival date</source>
        <translation>&amp;Arrival date</translation>
    </message>
    <message>
        <source>E&amp;ntry point</source>
        <translation>E&amp;ntry point</translation>
    </message>
    <message>
        <source>S&amp;tatus *</source>
        <translation>S&amp;tatus *</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Edition:</translation>
    </message>
    <message>
        <source>&amp;Hide counts up to:</source>
        <translation>&amp;Hide counts up to:</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s figures</source>
        <translation>&amp;Today&apos;s figures</translation>
    </message>
    <message>
        <source>For a closed year: today&apos;s figures instead of the frozen ones</source>
        <translation>For a closed year: today&apos;s figures instead of the frozen ones</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>E&amp;xplain a figure…</source>
        <translation>E&amp;xplain a figure…</translation>
    </message>
    <message>
        <source>The records behind one figure of the chosen year and scope: their amounts add up to it.</source>
        <translation>The records behind one figure of the chosen year and scope: their amounts add up to it.</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>The report</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>R&amp;epeat it:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>The copy replaces the store. The store of now is not lost: it is kept beside it (…before-restore-….bak). Reper then opens the restored store; the passwords are those of the copy.</source>
        <translation>The copy replaces the store. The store of now is not lost: it is kept beside it (…before-restore-….bak). Reper then opens the restored store; the passwords are those of the copy.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Reload the record as it is now? What you changed here is lost; you can then make your changes again. To keep your text, choose Cancel and copy it first.</source>
        <translation>Reload the record as it is now? What you changed here is lost; you can then make your changes again. To keep your text, choose Cancel and copy it first.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>The record is shown as it is stored now. Make your changes again and save.</source>
        <translation>The record is shown as it is stored now. Make your changes again and save.</translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <source>A Reper server keeps the records of every centre in one PostgreSQL database. Your administrator tells you its name; you then sign in with your own user name and password.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Check the server&apos;s certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Case monitoring of the regional centres against trafficking in persons</source>
        <translation>Case monitoring of the regional centres against trafficking in persons</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Store:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;New store…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open with the &amp;recovery key…</source>
        <translation>Open with the &amp;recovery key…</translation>
    </message>
    <message>
        <source>When no password opens the store: a new password for a user, from the recovery key</source>
        <translation>When no password opens the store: a new password for a user, from the recovery key</translation>
    </message>
    <message>
        <source>Ser&amp;ver…</source>
        <translation>Ser&amp;ver…</translation>
    </message>
    <message>
        <source>Connect to a server: the agency&apos;s store on PostgreSQL</source>
        <translation>Connect to a server: the agency&apos;s store on PostgreSQL</translation>
    </message>
</context>
<context>
    <name>TeamMeetingForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>Cou&amp;nty *</source>
        <translation>Cou&amp;nty *</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Attendees</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <source>Cou&amp;nty</source>
        <translation>Cou&amp;nty</translation>
    </message>
    <message>
        <source>&amp;Audience *</source>
        <translation>&amp;Audience *</translation>
    </message>
    <message>
        <source>&amp;Participants *</source>
        <translation>&amp;Participants *</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;opic</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>&amp;Add a user…</source>
        <translation>&amp;Add a user…</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>&amp;Reset the password…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>&amp;Enable again…</source>
        <translation>&amp;Enable again…</translation>
    </message>
    <message>
        <source>&amp;Hand over the centres&apos; keys…</source>
        <translation>&amp;Hand over the centres&apos; keys…</translation>
    </message>
    <message>
        <source>New store &amp;key…</source>
        <translation>New store &amp;key…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>VictimCodeField</name>
    <message>
        <source>there is no victim with this code that you may see</source>
        <translation>there is no victim with this code that you may see</translation>
    </message>
</context>
<context>
    <name>VictimForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>&amp;Victim code *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entre *</translation>
    </message>
    <message>
        <source>&amp;Sex *</source>
        <translation>&amp;Sex *</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>Year of b&amp;irth</source>
        <translation>Year of b&amp;irth</translation>
    </message>
    <message>
        <source>Citi&amp;zenship *</source>
        <translation>Citi&amp;zenship *</translation>
    </message>
    <message>
        <source>County of &amp;residence</source>
        <translation>County of &amp;residence</translation>
    </message>
    <message>
        <source>Residence &amp;environment</source>
        <translation>Residence &amp;environment</translation>
    </message>
    <message>
        <source>E&amp;ducation</source>
        <translation>E&amp;ducation</translation>
    </message>
</context>
<context>
    <name>VictimPage</name>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Back to the list</translation>
    </message>
    <message>
        <source>&amp;Delete victim…</source>
        <translation>&amp;Delete victim…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Identity (kept apart)</source>
        <translation>Identity (kept apart)</translation>
    </message>
    <message>
        <source>Only people who may see this centre&apos;s identities see these fields. Reports, exports and logs never contain them.</source>
        <translation>Only people who may see this centre&apos;s identities see these fields. Reports, exports and logs never contain them.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>+ &amp;Identification</source>
        <translation>+ &amp;Identification</translation>
    </message>
    <message>
        <source>+ &amp;Assistance</source>
        <translation>+ &amp;Assistance</translation>
    </message>
    <message>
        <source>+ &amp;Repatriation</source>
        <translation>+ &amp;Repatriation</translation>
    </message>
    <message>
        <source>+ &amp;Criminal proceedings</source>
        <translation>+ &amp;Criminal proceedings</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>D&amp;elete…</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>Timeline of the case</source>
        <translation>Timeline of the case</translation>
    </message>
    <message>
        <source>+ Con&amp;tact</source>
        <translation>+ Con&amp;tact</translation>
    </message>
</context>
<context>
    <name>YearClosingPanel</name>
    <message>
        <source>Check the &amp;data…</source>
        <translation>Check the &amp;data…</translation>
    </message>
    <message>
        <source>The data-quality check a closing makes, without closing: records before a birth, one CNP under two codes, missing fields…</source>
        <translation>The data-quality check a closing makes, without closing: records before a birth, one CNP under two codes, missing fields…</translation>
    </message>
    <message>
        <source>&amp;Close the year…</source>
        <translation>&amp;Close the year…</translation>
    </message>
</context>
<context>
    <name>reper::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>&amp;Add the user</source>
        <translation>&amp;Add the user</translation>
    </message>
    <message>
        <source>National (no centre)</source>
        <translation>National (no centre)</translation>
    </message>
    <message>
        <source>Type the user name (letters, digits; no spaces at either end).</source>
        <translation>Type the user name (letters, digits; no spaces at either end).</translation>
    </message>
    <message>
        <source>An operator works for one centre: choose it.</source>
        <translation>An operator works for one centre: choose it.</translation>
    </message>
</context>
<context>
    <name>reper::AdminPage</name>
    <message>
        <source>%1 (national)</source>
        <translation>%1 (national)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copies are kept in %1.</source>
        <translation>Copies are kept in %1.</translation>
    </message>
    <message numerus="yes">
        <source>The latest: %1 (%n copies in all).</source>
        <translation>
            <numerusform>The latest: %1 (%n copy in all).</numerusform>
            <numerusform>The latest: %1 (%n copies in all).</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Back up the store</translation>
    </message>
    <message>
        <source>Reper store (*.reper)</source>
        <translation>Reper store (*.reper)</translation>
    </message>
    <message>
        <source>The backup was written to %1 (with its key file %2.keys beside it).</source>
        <translation>The backup was written to %1 (with its key file %2.keys beside it).</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The store passed every check.</source>
        <translation>The store passed every check.</translation>
    </message>
    <message>
        <source>A check failed: restore the last good backup and tell the administrator.</source>
        <translation>A check failed: restore the last good backup and tell the administrator.</translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation>Checking the store…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Audit trail</translation>
    </message>
    <message>
        <source>Backups, restores, the users and the audit trail are for administrators.</source>
        <translation>Backups, restores, the users and the audit trail are for administrators.</translation>
    </message>
    <message>
        <source>Backup cancelled: nothing was written.</source>
        <translation>Backup cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>This store is on a server: its administrator backs it up and restores it with PostgreSQL&apos;s own tools (pg_dump, pg_basebackup).</source>
        <translation>This store is on a server: its administrator backs it up and restores it with PostgreSQL&apos;s own tools (pg_dump, pg_basebackup).</translation>
    </message>
</context>
<context>
    <name>reper::AppController</name>
    <message>
        <source>The backup was restored; the store of before is kept beside it. Sign in with a password valid in the backup.</source>
        <translation>The backup was restored; the store of before is kept beside it. Sign in with a password valid in the backup.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
</context>
<context>
    <name>reper::AssignWorkerDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <source>The case worker is an operator or a coordinator of %1. The audit trail records the change.</source>
        <translation>The case worker is an operator or a coordinator of %1. The audit trail records the change.</translation>
    </message>
    <message>
        <source>No case worker</source>
        <translation>No case worker</translation>
    </message>
    <message>
        <source>Case &amp;worker</source>
        <translation>Case &amp;worker</translation>
    </message>
</context>
<context>
    <name>reper::AssistanceForm</name>
    <message>
        <source>Leave empty while the assistance goes on</source>
        <translation>Leave empty while the assistance goes on</translation>
    </message>
</context>
<context>
    <name>reper::AuditPanel</name>
    <message>
        <source>victim code, user, record no.</source>
        <translation>victim code, user, record no.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Showing the latest %1 entries; there are more. Narrow the filter (user, action, record or period) to see older ones.</source>
        <translation>Showing the latest %1 entries; there are more. Narrow the filter (user, action, record or period) to see older ones.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>notice: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail passed every check (%n entries, head %1).</source>
        <translation>
            <numerusform>The audit trail passed every check (%n entry, head %1).</numerusform>
            <numerusform>The audit trail passed every check (%n entries, head %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail failed a check: the lines below say which. Keep the store as it is and compare it with the last backup.</source>
        <translation>The audit trail failed a check: the lines below say which. Keep the store as it is and compare it with the last backup.</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verifying the audit trail…</translation>
    </message>
</context>
<context>
    <name>reper::AuditTrailModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>reper::CaseLoadForm</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Sc&amp;ope:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>You coordinate no centre.</source>
        <translation>You coordinate no centre.</translation>
    </message>
    <message>
        <source>Give the period&apos;s first and last day.</source>
        <translation>Give the period&apos;s first and last day.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Counting the cases…</translation>
    </message>
    <message>
        <source>Save the case-load report</source>
        <translation>Save the case-load report</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>reper::CasePanel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>C&amp;lose case…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Case &amp;worker…</source>
        <translation>Case &amp;worker…</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Case worker:</source>
        <translation>Case worker:</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Closed:</translation>
    </message>
    <message>
        <source>none yet — a coordinator assigns one</source>
        <translation>none yet — a coordinator assigns one</translation>
    </message>
    <message>
        <source>on %1, %2</source>
        <translation>on %1, %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>Make &amp;active</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>The case is worked on again: its state becomes active.</source>
        <translation>The case is worked on again: its state becomes active.</translation>
    </message>
    <message>
        <source>The victim is only monitored now: the state becomes follow-up.</source>
        <translation>The victim is only monitored now: the state becomes follow-up.</translation>
    </message>
    <message>
        <source>Give the case to another operator or coordinator of the centre.</source>
        <translation>Give the case to another operator or coordinator of the centre.</translation>
    </message>
    <message>
        <source>Only a coordinator of %1 gives its cases to a case worker.</source>
        <translation>Only a coordinator of %1 gives its cases to a case worker.</translation>
    </message>
    <message>
        <source>You may read this case but not change it.</source>
        <translation>You may read this case but not change it.</translation>
    </message>
    <message>
        <source>Only a coordinator of the centre changes the case worker.</source>
        <translation>Only a coordinator of the centre changes the case worker.</translation>
    </message>
</context>
<context>
    <name>reper::ChangePasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>&amp;Change the password</translation>
    </message>
</context>
<context>
    <name>reper::CloseCaseDialog</name>
    <message>
        <source>&amp;Close the case</source>
        <translation>&amp;Close the case</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>The case was opened on %1. A closed case can be reopened later; the audit trail keeps the closing.</source>
        <translation>The case was opened on %1. A closed case can be reopened later; the audit trail keeps the closing.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>Required when the case is referred</source>
        <translation>Required when the case is referred</translation>
    </message>
    <message>
        <source>Closing &amp;date *</source>
        <translation>Closing &amp;date *</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>Referred &amp;to</source>
        <translation>Referred &amp;to</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>reper::DataQualityPage</name>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>What closing the year would find, record by record. Open a line, correct the record and save: the line goes once the record is right.</source>
        <translation>What closing the year would find, record by record. Open a line, correct the record and save: the line goes once the record is right.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Check again (F5)</source>
        <translation>Check again (F5)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Victim code</source>
        <translation>Victim code</translation>
    </message>
    <message>
        <source>Records to correct</source>
        <translation>Records to correct</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>Checking the records of %1…</source>
        <translation>Checking the records of %1…</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>victims</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>No problems found in %1: nothing to correct.</source>
        <translation>No problems found in %1: nothing to correct.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; the first %2 are listed.</source>
        <translation>
            <numerusform>%n problem found in %1; the first %2 are listed.</numerusform>
            <numerusform>%n problems found in %1; the first %2 are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problem found in %1.</numerusform>
            <numerusform>%n problems found in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The victim is no longer in the store.</source>
        <translation>The victim is no longer in the store.</translation>
    </message>
</context>
<context>
    <name>reper::DemoStoreDialog</name>
    <message>
        <source>Try the demo data</source>
        <translation>Try the demo data</translation>
    </message>
    <message>
        <source>&amp;Make the demo store</source>
        <translation>&amp;Make the demo store</translation>
    </message>
    <message>
        <source>&amp;Open it now</source>
        <translation>&amp;Open it now</translation>
    </message>
    <message>
        <source>The demo store</source>
        <translation>The demo store</translation>
    </message>
    <message>
        <source>Reper stores (*.reper)</source>
        <translation>Reper stores (*.reper)</translation>
    </message>
    <message>
        <source>Choose where the demo store goes.</source>
        <translation>Choose where the demo store goes.</translation>
    </message>
    <message>
        <source>The demo store is ready: %1. Open it now to look around; your store stays as it is, and you can come back to it from the start dialog.</source>
        <translation>The demo store is ready: %1. Open it now to look around; your store stays as it is, and you can come back to it from the start dialog.</translation>
    </message>
    <message>
        <source>Making the demo store…</source>
        <translation>Making the demo store…</translation>
    </message>
</context>
<context>
    <name>reper::DismissDueDialog</name>
    <message>
        <source>Set &amp;aside</source>
        <translation>Set &amp;aside</translation>
    </message>
    <message>
        <source>Set a deadline aside</source>
        <translation>Set a deadline aside</translation>
    </message>
    <message>
        <source>%1 for %2, due on %3.</source>
        <translation>%1 for %2, due on %3.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>Required when the reason is &quot;other&quot;</source>
        <translation>Required when the reason is &quot;other&quot;</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>The deadline leaves the work list; the audit trail records who set it aside, when and why (not the note).</source>
        <translation>The deadline leaves the work list; the audit trail records who set it aside, when and why (not the note).</translation>
    </message>
</context>
<context>
    <name>reper::DueListModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 for %2, due on %3, counted from %4.</source>
        <translation>%1 for %2, due on %3, counted from %4.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
</context>
<context>
    <name>reper::DuplicatesDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Victims of your scope who may be one person: the same CNP, or the same names with the same birth, sex and county. Choose a pair and Merge… to join them.</source>
        <translation>Victims of your scope who may be one person: the same CNP, or the same names with the same birth, sex and county. Choose a pair and Merge… to join them.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Other victim</source>
        <translation>Other victim</translation>
    </message>
    <message>
        <source>Other centre</source>
        <translation>Other centre</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::EmptyStorePanel</name>
    <message>
        <source>Nothing is recorded here yet</source>
        <translation>Nothing is recorded here yet</translation>
    </message>
    <message>
        <source>The figures and charts of this page appear as soon as there are records. To begin:</source>
        <translation>The figures and charts of this page appear as soon as there are records. To begin:</translation>
    </message>
    <message>
        <source>Add the first &amp;victim</source>
        <translation>Add the first &amp;victim</translation>
    </message>
    <message>
        <source>Register a victim your centre monitors: the person first, then the identification.</source>
        <translation>Register a victim your centre monitors: the person first, then the identification.</translation>
    </message>
    <message>
        <source>&amp;Import a folder…</source>
        <translation>&amp;Import a folder…</translation>
    </message>
    <message>
        <source>Bring in the centre&apos;s spreadsheets (the CSV files of the import format), checked first: nothing is written while a row is wrong.</source>
        <translation>Bring in the centre&apos;s spreadsheets (the CSV files of the import format), checked first: nothing is written while a row is wrong.</translation>
    </message>
    <message>
        <source>Try the &amp;demo data…</source>
        <translation>Try the &amp;demo data…</translation>
    </message>
    <message>
        <source>Look around in a separate store of made-up people and activities. This store is not touched.</source>
        <translation>Look around in a separate store of made-up people and activities. This store is not touched.</translation>
    </message>
</context>
<context>
    <name>reper::ExplainDialog</name>
    <message>
        <source>The records behind a figure of %1 (%2)</source>
        <translation>The records behind a figure of %1 (%2)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2 (%3): %4, from %n row(s) below.</source>
        <translation>
            <numerusform>%1 for %2 (%3): %4, from %n row below.</numerusform>
            <numerusform>%1 for %2 (%3): %4, from %n rows below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::ExploitationPicker</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Primary form of exploitation</source>
        <translation>Primary form of exploitation</translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation>Primary: %1</translation>
    </message>
</context>
<context>
    <name>reper::ExportAllDialog</name>
    <message>
        <source>Include &amp;names, CNPs, addresses, phones and notes</source>
        <translation>Include &amp;names, CNPs, addresses, phones and notes</translation>
    </message>
    <message>
        <source>I &amp;confirm: this folder will hold the victims&apos; identity</source>
        <translation>I &amp;confirm: this folder will hold the victims&apos; identity</translation>
    </message>
    <message>
        <source>Export all records</source>
        <translation>Export all records</translation>
    </message>
    <message>
        <source>Every centre I may see</source>
        <translation>Every centre I may see</translation>
    </message>
    <message>
        <source>Identity is written only for the victims of %1, and only when both boxes are ticked. The audit trail records the export with the victims&apos; codes.</source>
        <translation>Identity is written only for the victims of %1, and only when both boxes are ticked. The audit trail records the export with the victims&apos; codes.</translation>
    </message>
    <message>
        <source>Only a coordinator of the victims&apos; own centre may export their identity; these files will have the identity columns empty.</source>
        <translation>Only a coordinator of the victims&apos; own centre may export their identity; these files will have the identity columns empty.</translation>
    </message>
    <message>
        <source>Every record you may see — victims, assistance, repatriations, proceedings, prevention and cooperation — as the twelve CSV files of the import, into a new or empty folder. Imported into an empty store they give the same bilanț.</source>
        <translation>Every record you may see — victims, assistance, repatriations, proceedings, prevention and cooperation — as the twelve CSV files of the import, into a new or empty folder. Imported into an empty store they give the same bilanț.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>C&amp;entre:</source>
        <translation>C&amp;entre:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Export all records to a new or empty folder</source>
        <translation>Export all records to a new or empty folder</translation>
    </message>
    <message>
        <source>Exporting the records…</source>
        <translation>Exporting the records…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record row(s) to %1 (twelve CSV files), with identity.</source>
        <translation>
            <numerusform>Exported %n record row(s) to %1 (twelve CSV files), with identity.</numerusform>
            <numerusform>Exported %n record row(s) to %1 (twelve CSV files), with identity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record row(s) to %1 (twelve CSV files).</source>
        <translation>
            <numerusform>Exported %n record row(s) to %1 (twelve CSV files).</numerusform>
            <numerusform>Exported %n record row(s) to %1 (twelve CSV files).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
</context>
<context>
    <name>reper::ExportPackageDialog</name>
    <message>
        <source>Export a centre package</source>
        <translation>Export a centre package</translation>
    </message>
    <message>
        <source>Every record of the centre, with the deletions since the last package, for the headquarters whose public key (HQ.pub) you choose. The file is signed with your key and only that headquarters can open it.</source>
        <translation>Every record of the centre, with the deletions since the last package, for the headquarters whose public key (HQ.pub) you choose. The file is signed with your key and only that headquarters can open it.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>&amp;Centre:</translation>
    </message>
    <message>
        <source>Headquarters&apos; &amp;public key (HQ.pub):</source>
        <translation>Headquarters&apos; &amp;public key (HQ.pub):</translation>
    </message>
    <message>
        <source>&amp;Save the package as:</source>
        <translation>&amp;Save the package as:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Choose headquarters&apos; public key</source>
        <translation>Choose headquarters&apos; public key</translation>
    </message>
    <message>
        <source>Headquarters&apos; public key (*.pub);;All files (*)</source>
        <translation>Headquarters&apos; public key (*.pub);;All files (*)</translation>
    </message>
    <message>
        <source>Save the centre package</source>
        <translation>Save the centre package</translation>
    </message>
    <message>
        <source>Centre packages (*.reperpkg)</source>
        <translation>Centre packages (*.reperpkg)</translation>
    </message>
    <message>
        <source>%1 exists: a package is never written over another file. Choose a new name.</source>
        <translation>%1 exists: a package is never written over another file. Choose a new name.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <source>Package %1 of %2 was written to %3: %4 records, %5 deletions.</source>
        <translation>Package %1 of %2 was written to %3: %4 records, %5 deletions.</translation>
    </message>
    <message>
        <source>Signed with your key %1.</source>
        <translation>Signed with your key %1.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message numerus="yes">
        <source>With the identity of %n victim(s).</source>
        <translation>
            <numerusform>With the identity of %n victim.</numerusform>
            <numerusform>With the identity of %n victims.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without the victims&apos; identity: you may not read the names of %1 or do not hold its key; headquarters keeps the identity it has.</source>
        <translation>Without the victims&apos; identity: you may not read the names of %1 or do not hold its key; headquarters keeps the identity it has.</translation>
    </message>
    <message numerus="yes">
        <source>With %n merge(s) of two victim codes into one person.</source>
        <translation>
            <numerusform>With %n merge of two victim codes into one person.</numerusform>
            <numerusform>With %n merges of two victim codes into one person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::ExportVictimsDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Every centre I may see</source>
        <translation>Every centre I may see</translation>
    </message>
    <message>
        <source>Only a coordinator of the victims&apos; own centre may export their identity; this file will have the identity columns empty.</source>
        <translation>Only a coordinator of the victims&apos; own centre may export their identity; this file will have the identity columns empty.</translation>
    </message>
    <message>
        <source>Export the victims</source>
        <translation>Export the victims</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Identifications exported: %1 (victims: %2), with identity, to %3.</source>
        <translation>Identifications exported: %1 (victims: %2), with identity, to %3.</translation>
    </message>
    <message>
        <source>Identifications exported: %1 (victims: %2), to %3.</source>
        <translation>Identifications exported: %1 (victims: %2), to %3.</translation>
    </message>
    <message>
        <source>Identity is written only for the victims of %1, and only when both boxes are ticked. The audit trail records the export with the victims&apos; codes.</source>
        <translation>Identity is written only for the victims of %1, and only when both boxes are ticked. The audit trail records the export with the victims&apos; codes.</translation>
    </message>
</context>
<context>
    <name>reper::FileMenu</name>
    <message>
        <source>Make &amp;headquarters&apos; keys…</source>
        <translation>Make &amp;headquarters&apos; keys…</translation>
    </message>
    <message>
        <source>Export a &amp;centre package…</source>
        <translation>Export a &amp;centre package…</translation>
    </message>
    <message>
        <source>Import a centre &amp;package…</source>
        <translation>Import a centre &amp;package…</translation>
    </message>
</context>
<context>
    <name>reper::GuideDialog</name>
    <message>
        <source>Reper — user guide</source>
        <translation>Reper — user guide</translation>
    </message>
    <message>
        <source>The user guide is not part of this build.</source>
        <translation>The user guide is not part of this build.</translation>
    </message>
</context>
<context>
    <name>reper::HandOverKeysDialog</name>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
</context>
<context>
    <name>reper::HomePage</name>
    <message>
        <source>victims identified</source>
        <translation>victims identified</translation>
    </message>
    <message>
        <source>victims whose assistance was monitored</source>
        <translation>victims whose assistance was monitored</translation>
    </message>
    <message>
        <source>victims repatriated (Romanian citizens)</source>
        <translation>victims repatriated (Romanian citizens)</translation>
    </message>
    <message>
        <source>victims supported in criminal proceedings</source>
        <translation>victims supported in criminal proceedings</translation>
    </message>
    <message>
        <source>prevention activities</source>
        <translation>prevention activities</translation>
    </message>
    <message>
        <source>persons reached by prevention messages</source>
        <translation>persons reached by prevention messages</translation>
    </message>
    <message>
        <source>training sessions for specialists</source>
        <translation>training sessions for specialists</translation>
    </message>
    <message>
        <source>inter-institutional events</source>
        <translation>inter-institutional events</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>Your account has no figures to show.</source>
        <translation>Your account has no figures to show.</translation>
    </message>
    <message>
        <source>Figures of %1 for the whole country</source>
        <translation>Figures of %1 for the whole country</translation>
    </message>
    <message>
        <source>Figures of %1 for %2</source>
        <translation>Figures of %1 for %2</translation>
    </message>
    <message>
        <source>Nothing is recorded in this store yet.</source>
        <translation>Nothing is recorded in this store yet.</translation>
    </message>
    <message>
        <source>Nothing is recorded for %1 yet.</source>
        <translation>Nothing is recorded for %1 yet.</translation>
    </message>
</context>
<context>
    <name>reper::HqKeysDialog</name>
    <message>
        <source>Make headquarters&apos; keys</source>
        <translation>Make headquarters&apos; keys</translation>
    </message>
    <message>
        <source>Headquarters&apos; key pair for centre packages: NAME.pub is given to every centre, NAME.key stays at headquarters, sealed with the password below. Without the key file and its password no package sent to headquarters can be opened.</source>
        <translation>Headquarters&apos; key pair for centre packages: NAME.pub is given to every centre, NAME.key stays at headquarters, sealed with the password below. Without the key file and its password no package sent to headquarters can be opened.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>&amp;Make the keys</source>
        <translation>&amp;Make the keys</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Folder for headquarters&apos; keys</source>
        <translation>Folder for headquarters&apos; keys</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>%1 exists: a headquarters key is never written over.</source>
        <translation>%1 exists: a headquarters key is never written over.</translation>
    </message>
    <message>
        <source>Headquarters&apos; key %1, fingerprint %2.
Give %3 to the centres; keep %4 at headquarters.</source>
        <translation>Headquarters&apos; key %1, fingerprint %2.
Give %3 to the centres; keep %4 at headquarters.</translation>
    </message>
    <message>
        <source>Making the keys…</source>
        <translation>Making the keys…</translation>
    </message>
</context>
<context>
    <name>reper::IdentificationForm</name>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
</context>
<context>
    <name>reper::IdentityForm</name>
    <message>
        <source>13 digits</source>
        <translation>13 digits</translation>
    </message>
</context>
<context>
    <name>reper::ImportCheckPage</name>
    <message>
        <source>Check the files</source>
        <translation>Check the files</translation>
    </message>
    <message>
        <source>Checking every row; nothing is written…</source>
        <translation>Checking every row; nothing is written…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>The check was stopped. Nothing was written.</translation>
    </message>
    <message>
        <source>The check could not be done: %1</source>
        <translation>The check could not be done: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1 rows; nothing was written. Correct the files at the lines shown (the header is line 1), save them, and press &quot;Check again&quot;.</source>
        <translation>
            <numerusform>%n problem found in %1 rows; nothing was written. Correct the file at the line shown (the header is line 1), save it, and press &quot;Check again&quot;.</numerusform>
            <numerusform>%n problems found in %1 rows; nothing was written. Correct the files at the lines shown (the header is line 1), save them, and press &quot;Check again&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows checked, no problem found: %2 new records, %3 already present. Press &quot;Import&quot; to write them.</source>
        <translation>%1 rows checked, no problem found: %2 new records, %3 already present. Press &quot;Import&quot; to write them.</translation>
    </message>
</context>
<context>
    <name>reper::ImportFolderPage</name>
    <message>
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <source>Folder of CSV files</source>
        <translation>Folder of CSV files</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>There is no such folder.</translation>
    </message>
    <message>
        <source>None of the import files is in this folder (victims.csv, assistance.csv, …).</source>
        <translation>None of the import files is in this folder (victims.csv, assistance.csv, …).</translation>
    </message>
    <message>
        <source>Not import files, and not read: %1.</source>
        <translation>Not import files, and not read: %1.</translation>
    </message>
</context>
<context>
    <name>reper::ImportPackageDialog</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Records changed at headquarters since the last package</source>
        <translation>Records changed at headquarters since the last package</translation>
    </message>
    <message>
        <source>Take the c&amp;entre&apos;s version</source>
        <translation>Take the c&amp;entre&apos;s version</translation>
    </message>
    <message>
        <source>Keep &amp;headquarters&apos; version</source>
        <translation>Keep &amp;headquarters&apos; version</translation>
    </message>
    <message>
        <source>Import a centre package</source>
        <translation>Import a centre package</translation>
    </message>
    <message>
        <source>A package a centre made with File → Export a centre package, sealed to this headquarters&apos; key. Headquarters&apos; copy of that centre becomes equal to the centre&apos;s: new records are added, edited ones updated, deleted ones deleted — all or nothing.</source>
        <translation>A package a centre made with File → Export a centre package, sealed to this headquarters&apos; key. Headquarters&apos; copy of that centre becomes equal to the centre&apos;s: new records are added, edited ones updated, deleted ones deleted — all or nothing.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Package:</translation>
    </message>
    <message>
        <source>Headquarters&apos; &amp;key (HQ.key):</source>
        <translation>Headquarters&apos; &amp;key (HQ.key):</translation>
    </message>
    <message>
        <source>Key pass&amp;word:</source>
        <translation>Key pass&amp;word:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s package</source>
        <translation>Choose the centre&apos;s package</translation>
    </message>
    <message>
        <source>Centre packages (*.reperpkg);;All files (*)</source>
        <translation>Centre packages (*.reperpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Choose headquarters&apos; key</source>
        <translation>Choose headquarters&apos; key</translation>
    </message>
    <message>
        <source>Headquarters&apos; key (*.key);;All files (*)</source>
        <translation>Headquarters&apos; key (*.key);;All files (*)</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Importing the package…</translation>
    </message>
    <message>
        <source>changed at headquarters, deleted by the centre</source>
        <translation>changed at headquarters, deleted by the centre</translation>
    </message>
    <message>
        <source>deleted at headquarters, sent by the centre</source>
        <translation>deleted at headquarters, sent by the centre</translation>
    </message>
    <message>
        <source>changed at headquarters and sent by the centre</source>
        <translation>changed at headquarters and sent by the centre</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1 were changed at headquarters since the last package. Nothing was imported. Choose which version to keep, then import again.</source>
        <translation>
            <numerusform>%n record(s) of %1 were changed at headquarters since the last package. Nothing was imported. Choose which version to keep, then import again.</numerusform>
            <numerusform>%n record(s) of %1 were changed at headquarters since the last package. Nothing was imported. Choose which version to keep, then import again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import with this choice</source>
        <translation>&amp;Import with this choice</translation>
    </message>
    <message>
        <source>Package %1 of %2, made %3, was imported.</source>
        <translation>Package %1 of %2, made %3, was imported.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, deleted %3, unchanged %4.</source>
        <translation>Added %1, updated %2, deleted %3, unchanged %4.</translation>
    </message>
    <message>
        <source>Kept as headquarters had them: %1.</source>
        <translation>Kept as headquarters had them: %1.</translation>
    </message>
    <message>
        <source>Other centres&apos; records added because these refer to them: %1.</source>
        <translation>Other centres&apos; records added because these refer to them: %1.</translation>
    </message>
    <message>
        <source>Signed by the key %1.</source>
        <translation>Signed by the key %1.</translation>
    </message>
    <message>
        <source>Signing keys of %1 introduced now:</source>
        <translation>Signing keys of %1 introduced now:</translation>
    </message>
    <message>
        <source>This is the first package of %1: read these fingerprints to the centre by telephone. Later packages must be signed by one of these keys.</source>
        <translation>This is the first package of %1: read these fingerprints to the centre by telephone. Later packages must be signed by one of these keys.</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Monitoring contact</source>
        <translation>Monitoring contact</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Repatriation</translation>
    </message>
    <message>
        <source>Criminal proceeding</source>
        <translation>Criminal proceeding</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Prevention activity</source>
        <translation>Prevention activity</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Team meeting</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Funded project</source>
        <translation>Funded project</translation>
    </message>
    <message numerus="yes">
        <source>Identity of %n victim(s) written.</source>
        <translation>
            <numerusform>Identity of %n victim written.</numerusform>
            <numerusform>Identity of %n victims written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merges of two victim codes: %1 added, %2 undone by the centre.</source>
        <translation>Merges of two victim codes: %1 added, %2 undone by the centre.</translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s) of the centre left out: their victims are in another merge here.</source>
        <translation>
            <numerusform>%n merge of the centre left out: its victims are in another merge here.</numerusform>
            <numerusform>%n merges of the centre left out: their victims are in another merge here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing, all or nothing…</source>
        <translation>Importing, all or nothing…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new records, %3 were already present.</source>
        <translation>Imported %1 rows: %2 new records, %3 were already present.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written.</source>
        <translation>The import was stopped. Nothing was written.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>The import failed and nothing was written: %1</translation>
    </message>
    <message numerus="yes">
        <source>The files changed since the check: %n problem(s). Nothing was written; go through the import again.</source>
        <translation>
            <numerusform>The files changed since the check: %n problem. Nothing was written; go through the import again.</numerusform>
            <numerusform>The files changed since the check: %n problems. Nothing was written; go through the import again.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Already present</translation>
    </message>
</context>
<context>
    <name>reper::ImportWizard</name>
    <message>
        <source>Import a folder of files</source>
        <translation>Import a folder of files</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Stop the import</translation>
    </message>
    <message>
        <source>Stop the import? Nothing will be written.</source>
        <translation>Stop the import? Nothing will be written.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>reper::InternationalReportForm</name>
    <message>
        <source>National</source>
        <translation></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation></translation>
    </message>
    <message>
        <source>internal (exact figures, confidential)</source>
        <translation></translation>
    </message>
    <message>
        <source>public (small counts hidden)</source>
        <translation></translation>
    </message>
    <message>
        <source>You may not see any figures.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled. The tables shown are the ones from before.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Counting the victims of the year…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the international tables</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the CTDC case file</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1: %n row(s) of %2 victim(s) identified, %3 left out so that every combination appears at least %4 times.</source>
        <translation>
            <numerusform>Saved to %1: %n row(s) of %2 victim(s) identified, %3 left out so that every combination appears at least %4 times.</numerusform>
            <numerusform>Saved to %1: %n row(s) of %2 victim(s) identified, %3 left out so that every combination appears at least %4 times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::JudicialForm</name>
    <message>
        <source>e.g. 123/P/2024</source>
        <translation>e.g. 123/P/2024</translation>
    </message>
</context>
<context>
    <name>reper::ListModule</name>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
</context>
<context>
    <name>reper::LockScreen</name>
    <message>
        <source>Type the password of %1 to go on working.</source>
        <translation>Type the password of %1 to go on working.</translation>
    </message>
</context>
<context>
    <name>reper::MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victims</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Repatriations</source>
        <translation>Repatriations</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Criminal proceedings</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Reper — %1</source>
        <translation>Reper — %1</translation>
    </message>
    <message>
        <source>About Reper</source>
        <translation>About Reper</translation>
    </message>
    <message>
        <source>Reper %1 — case monitoring and the annual bilanț of the regional centres of the National Agency against Trafficking in Persons.</source>
        <translation>Reper %1 — case monitoring and the annual bilanț of the regional centres of the National Agency against Trafficking in Persons.</translation>
    </message>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Work in progress</translation>
    </message>
    <message>
        <source>An import, report or backup is still running. Stop it and quit?</source>
        <translation>An import, report or backup is still running. Stop it and quit?</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Stop and quit</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup on exit failed: %1</source>
        <translation>The backup on exit failed: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
</context>
<context>
    <name>reper::MergeWizard</name>
    <message>
        <source>the same CNP</source>
        <translation>the same CNP</translation>
    </message>
    <message>
        <source>the same names and birth date</source>
        <translation>the same names and birth date</translation>
    </message>
    <message>
        <source>the same names and birth year</source>
        <translation>the same names and birth year</translation>
    </message>
    <message>
        <source>Merge two victims</source>
        <translation>Merge two victims</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Compare the two victims</source>
        <translation>Compare the two victims</translation>
    </message>
    <message>
        <source>They may be one person: %1 (score %2).</source>
        <translation>They may be one person: %1 (score %2).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Both histories are kept: the records of the victim merged in follow the code kept, and an unmerge on the victim&apos;s page moves them back.</source>
        <translation>Both histories are kept: the records of the victim merged in follow the code kept, and an unmerge on the victim&apos;s page moves them back.</translation>
    </message>
    <message>
        <source>Which code is kept?</source>
        <translation>Which code is kept?</translation>
    </message>
    <message>
        <source>The other victim&apos;s records will belong to the code kept; the figures count the person once.</source>
        <translation>The other victim&apos;s records will belong to the code kept; the figures count the person once.</translation>
    </message>
    <message>
        <source>Keep %1 (%2)</source>
        <translation>Keep %1 (%2)</translation>
    </message>
    <message>
        <source>Confirm the merge</source>
        <translation>Confirm the merge</translation>
    </message>
    <message>
        <source>%1 will be merged into %2. The merge is recorded in the audit trail; a closed year keeps its frozen figures and a revised edition shows the difference.</source>
        <translation>%1 will be merged into %2. The merge is recorded in the audit trail; a closed year keeps its frozen figures and a revised edition shows the difference.</translation>
    </message>
</context>
<context>
    <name>reper::MessageBanner</name>
    <message>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>reper::MonitoringContactForm</name>
    <message>
        <source>a role, not a name: the victim, her mother, the shelter</source>
        <translation>a role, not a name: the victim, her mother, the shelter</translation>
    </message>
    <message>
        <source>in a few words, without names</source>
        <translation>in a few words, without names</translation>
    </message>
</context>
<context>
    <name>reper::NewStoreDialog</name>
    <message>
        <source>New store</source>
        <translation>New store</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Reper store (*.reper *.store)</source>
        <translation>Reper store (*.reper *.store)</translation>
    </message>
    <message>
        <source>The passwords agree.</source>
        <translation>The passwords agree.</translation>
    </message>
    <message>
        <source>A file of that name exists already; choose another.</source>
        <translation>A file of that name exists already; choose another.</translation>
    </message>
</context>
<context>
    <name>reper::OptionalDateEdit</name>
    <message>
        <source>Type the date (15.11.2026) or choose it in the calendar (Alt+Down)</source>
        <translation>Type the date (15.11.2026) or choose it in the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Choose in the calendar</source>
        <translation>Choose in the calendar</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Choose in the calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>reper::PreventionForm</name>
    <message>
        <source>Online audience, kept apart from the participants</source>
        <translation>Online audience, kept apart from the participants</translation>
    </message>
</context>
<context>
    <name>reper::ProblemTableModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>reper::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
</context>
<context>
    <name>reper::RecordDialog</name>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Created by %1 on %2</translation>
    </message>
    <message>
        <source>last changed by %1 on %2</source>
        <translation>last changed by %1 on %2</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>You may read this record but not change it.</source>
        <translation>You may read this record but not change it.</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>New record: %1</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Delete this record (%1)? This cannot be undone.</source>
        <translation>Delete this record (%1)? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>reper::RecordForm</name>
    <message>
        <source>&apos;%1&apos; is not in the list</source>
        <translation>&apos;%1&apos; is not in the list</translation>
    </message>
</context>
<context>
    <name>reper::RecordListPage</name>
    <message>
        <source>Search by victim code or name (Ctrl+F)</source>
        <translation>Search by victim code or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>All centres</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this victim and everything recorded about them? This cannot be undone.</source>
        <translation>Delete this victim and everything recorded about them? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete this record (%1)? This cannot be undone.</source>
        <translation>Delete this record (%1)? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The record was deleted.</source>
        <translation>The record was deleted.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
</context>
<context>
    <name>reper::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Reper — recovery key</source>
        <translation>Reper — recovery key</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>With this key and the store file the records can be opened even if the key file is lost or every password is forgotten (reper-cli recover). Keep it locked away, offline.</source>
        <translation>With this key and the store file the records can be opened even if the key file is lost or every password is forgotten (reper-cli recover). Keep it locked away, offline.</translation>
    </message>
    <message>
        <source>Saved to %1. Move this file to a USB stick kept locked away, and delete it from this computer.</source>
        <translation>Saved to %1. Move this file to a USB stick kept locked away, and delete it from this computer.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>reper::RecoveryOpenDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Open with the recovery key</translation>
    </message>
    <message>
        <source>&amp;Open the store</source>
        <translation>&amp;Open the store</translation>
    </message>
    <message>
        <source>14 groups of characters, as printed when the store was made; dashes and case do not matter.</source>
        <translation>14 groups of characters, as printed when the store was made; dashes and case do not matter.</translation>
    </message>
</context>
<context>
    <name>reper::RepatriationForm</name>
    <message>
        <source>border crossing or airport</source>
        <translation>border crossing or airport</translation>
    </message>
</context>
<context>
    <name>reper::ReportForm</name>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>internal (exact figures, confidential)</source>
        <translation>internal (exact figures, confidential)</translation>
    </message>
    <message>
        <source>public (small counts hidden)</source>
        <translation>public (small counts hidden)</translation>
    </message>
    <message>
        <source>revised (a closed year against today)</source>
        <translation>revised (a closed year against today)</translation>
    </message>
    <message>
        <source>You may not see any figures.</source>
        <translation>You may not see any figures.</translation>
    </message>
    <message>
        <source>Cancelled. The report shown is the one from before.</source>
        <translation>Cancelled. The report shown is the one from before.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Counting the figures…</translation>
    </message>
    <message>
        <source>%1 is closed: these are the figures frozen at the closing.</source>
        <translation>%1 is closed: these are the figures frozen at the closing.</translation>
    </message>
    <message>
        <source>Save the bilanț</source>
        <translation>Save the bilanț</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Print the bilanț</source>
        <translation>Print the bilanț</translation>
    </message>
</context>
<context>
    <name>reper::ReportsPage</name>
    <message>
        <source>%1 is closed: these are the figures frozen at the closing.</source>
        <translation>%1 is closed: these are the figures frozen at the closing.</translation>
    </message>
    <message>
        <source>&amp;Bilanț</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;International (Eurostat, GRETA, SDG 16.2.2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Case load</source>
        <translation>&amp;Case load</translation>
    </message>
</context>
<context>
    <name>reper::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working now. Give them this temporary password in person; they must choose their own the next time they sign in. Their lockout, if any, ends.</source>
        <translation>%1&apos;s password stops working now. Give them this temporary password in person; they must choose their own the next time they sign in. Their lockout, if any, ends.</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>&amp;Reset the password</translation>
    </message>
    <message>
        <source>Enable %1 again</source>
        <translation>Enable %1 again</translation>
    </message>
    <message>
        <source>%1 becomes active again, with the rights they had. Give them this temporary password in person; they must choose their own the next time they sign in.</source>
        <translation>%1 becomes active again, with the rights they had. Give them this temporary password in person; they must choose their own the next time they sign in.</translation>
    </message>
    <message>
        <source>&amp;Enable again</source>
        <translation>&amp;Enable again</translation>
    </message>
</context>
<context>
    <name>reper::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Reper store (*.reper *.store *.bak);;All files (*)</source>
        <translation>Reper store (*.reper *.store *.bak);;All files (*)</translation>
    </message>
</context>
<context>
    <name>reper::ServerAddressDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the server&apos;s name and its database.</source>
        <translation></translation>
    </message>
    <message>
        <source>This computer: nothing leaves it, so no certificate is needed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection is encrypted, but nobody checks that it goes to your server: anyone on the way could read and change what is sent. Untick the box only on a network your administrator says is private.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection is encrypted and the server&apos;s certificate is checked.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>reper::SideBarDelegate</name>
    <message numerus="yes">
        <source>%n overdue deadline(s)</source>
        <translation>
            <numerusform>%n overdue deadline</numerusform>
            <numerusform>%n overdue deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1, %n overdue</numerusform>
            <numerusform>%1, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::StartDialog</name>
    <message>
        <source>Open a store</source>
        <translation>Open a store</translation>
    </message>
    <message>
        <source>Reper store (*.reper *.store);;All files (*)</source>
        <translation>Reper store (*.reper *.store);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a store, or create a new one.</source>
        <translation>Choose a store, or create a new one.</translation>
    </message>
    <message>
        <source>There is no store at %1. Check the path, or create a new store.</source>
        <translation>There is no store at %1. Check the path, or create a new store.</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Type your user name and password.</translation>
    </message>
    <message>
        <source>Reper — open a store</source>
        <translation>Reper — open a store</translation>
    </message>
    <message>
        <source>An interrupted restore was finished</source>
        <translation>An interrupted restore was finished</translation>
    </message>
    <message>
        <source>A store on a server has no recovery key: its administrator gives a user a new temporary password.</source>
        <translation>A store on a server has no recovery key: its administrator gives a user a new temporary password.</translation>
    </message>
</context>
<context>
    <name>reper::TimelineModel</name>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Repatriation</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Criminal proceedings</translation>
    </message>
    <message>
        <source>identified on %1</source>
        <translation>identified on %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>from %1, %2</source>
        <translation>from %1, %2</translation>
    </message>
    <message>
        <source>arrived on %1</source>
        <translation>arrived on %1</translation>
    </message>
    <message>
        <source>case %1, %2, %3</source>
        <translation>case %1, %2, %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Monitoring contact</source>
        <translation>Monitoring contact</translation>
    </message>
    <message>
        <source>next contact on %1</source>
        <translation>next contact on %1</translation>
    </message>
</context>
<context>
    <name>reper::TodayPage</name>
    <message>
        <source>C&amp;entre:</source>
        <translation>C&amp;entre:</translation>
    </message>
    <message>
        <source>Nothing is due in the next seven days.</source>
        <translation>Nothing is due in the next seven days.</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
    <message>
        <source>&amp;Set aside…</source>
        <translation>&amp;Set aside…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Case &amp;worker:</source>
        <translation>Case &amp;worker:</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Opens the victim&apos;s record and a new monitoring contact (Enter)</source>
        <translation>Opens the victim&apos;s record and a new monitoring contact (Enter)</translation>
    </message>
    <message>
        <source>Takes the deadline off the list, with a reason that is recorded</source>
        <translation>Takes the deadline off the list, with a reason that is recorded</translation>
    </message>
    <message>
        <source>The deadlines of the open cases of every centre, by centre and case worker.</source>
        <translation>The deadlines of the open cases of every centre, by centre and case worker.</translation>
    </message>
    <message>
        <source>The deadlines of the open cases of %1, by case worker.</source>
        <translation>The deadlines of the open cases of %1, by case worker.</translation>
    </message>
    <message>
        <source>The deadlines of your cases at %1; choose &quot;everyone&quot; for the whole centre.</source>
        <translation>The deadlines of your cases at %1; choose &quot;everyone&quot; for the whole centre.</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>All centres</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (me)</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Nobody assigned</translation>
    </message>
</context>
<context>
    <name>reper::UsersPanel</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Only an administrator manages the users.</source>
        <translation>Only an administrator manages the users.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>disabled since %1</source>
        <translation>disabled since %1</translation>
    </message>
    <message>
        <source>locked out until %1</source>
        <translation>locked out until %1</translation>
    </message>
    <message>
        <source>temporary: must be changed</source>
        <translation>temporary: must be changed</translation>
    </message>
    <message>
        <source>their own</source>
        <translation>their own</translation>
    </message>
    <message>
        <source>no key slot</source>
        <translation>no key slot</translation>
    </message>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>%1 was added with the temporary password you gave. They must choose their own when they first sign in.</source>
        <translation>%1 was added with the temporary password you gave. They must choose their own when they first sign in.</translation>
    </message>
    <message>
        <source>%1 has a new temporary password and must choose their own at first use.</source>
        <translation>%1 has a new temporary password and must choose their own at first use.</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>Disable a user</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>%1 is disabled; the audit trail keeps their name.</source>
        <translation>%1 is disabled; the audit trail keeps their name.</translation>
    </message>
    <message>
        <source>Users are never deleted: the audit trail keeps their names. A disabled user can be enabled again, with a new temporary password.</source>
        <translation>Users are never deleted: the audit trail keeps their names. A disabled user can be enabled again, with a new temporary password.</translation>
    </message>
    <message>
        <source>%1 is active again, with a temporary password to change at first use.</source>
        <translation>%1 is active again, with a temporary password to change at first use.</translation>
    </message>
    <message>
        <source>Disable %1? Their password stops opening the store at once. The audit trail keeps their name; they can be enabled again later, with a new temporary password.</source>
        <translation>Disable %1? Their password stops opening the store at once. The audit trail keeps their name; they can be enabled again later, with a new temporary password.</translation>
    </message>
    <message>
        <source>A new store key</source>
        <translation>A new store key</translation>
    </message>
    <message>
        <source>%1 knew the store key, which opens a copy of the store file without any password. Give the store a new key now? Everyone else keeps their password; backups made before still open with the old key.</source>
        <translation>%1 knew the store key, which opens a copy of the store file without any password. Give the store a new key now? Everyone else keeps their password; backups made before still open with the old key.</translation>
    </message>
    <message>
        <source>&amp;New key</source>
        <translation>&amp;New key</translation>
    </message>
    <message>
        <source>Give the store a new key, after a suspected leak or when someone left? Everyone keeps their password; backups made before still open with the old key. Nobody else may have the store open meanwhile.</source>
        <translation>Give the store a new key, after a suspected leak or when someone left? Everyone keeps their password; backups made before still open with the old key. Nobody else may have the store open meanwhile.</translation>
    </message>
    <message>
        <source>The store has a new key. Backups made before still open with the old one: delete those you no longer need.</source>
        <translation>The store has a new key. Backups made before still open with the old one: delete those you no longer need.</translation>
    </message>
    <message>
        <source>These users need a password reset: %1.</source>
        <translation>These users need a password reset: %1.</translation>
    </message>
    <message>
        <source>Nobody was waiting for a centre&apos;s key.</source>
        <translation>Nobody was waiting for a centre&apos;s key.</translation>
    </message>
    <message>
        <source>The keys to the names of their centre were handed to: %1.</source>
        <translation>The keys to the names of their centre were handed to: %1.</translation>
    </message>
    <message>
        <source>Still waiting until they choose their own password: %1.</source>
        <translation>Still waiting until they choose their own password: %1.</translation>
    </message>
</context>
<context>
    <name>reper::VictimForm</name>
    <message>
        <source>An opaque code: never initials, a birth date or a county</source>
        <translation>An opaque code: never initials, a birth date or a county</translation>
    </message>
    <message>
        <source>When only the year of birth is known</source>
        <translation>When only the year of birth is known</translation>
    </message>
</context>
<context>
    <name>reper::VictimPage</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Victim %1</source>
        <translation>Victim %1</translation>
    </message>
    <message>
        <source>New victim</source>
        <translation>New victim</translation>
    </message>
    <message>
        <source>Save the victim first; then add the identification and the rest.</source>
        <translation>Save the victim first; then add the identification and the rest.</translation>
    </message>
    <message>
        <source>Created by %1 on %2; last changed by %3 on %4</source>
        <translation>Created by %1 on %2; last changed by %3 on %4</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Delete this record (%1 of %2)? This cannot be undone.</source>
        <translation>Delete this record (%1 of %2)? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete victim</source>
        <translation>Delete victim</translation>
    </message>
    <message>
        <source>Delete victim %1 and everything recorded about them? This cannot be undone.</source>
        <translation>Delete victim %1 and everything recorded about them? This cannot be undone.</translation>
    </message>
    <message>
        <source>The case is saved.</source>
        <translation>The case is saved.</translation>
    </message>
    <message>
        <source>&amp;Unmerge…</source>
        <translation>&amp;Unmerge…</translation>
    </message>
    <message>
        <source>Merged into %1 (%2): its records belong to %1.</source>
        <translation>Merged into %1 (%2): its records belong to %1.</translation>
    </message>
    <message>
        <source>%1 (%2) was merged into this victim: its records are listed here.</source>
        <translation>%1 (%2) was merged into this victim: its records are listed here.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Unmerge</translation>
    </message>
    <message>
        <source>Make %1 its own victim again? The records the merge moved go back to it.</source>
        <translation>Make %1 its own victim again? The records the merge moved go back to it.</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Unmerge</translation>
    </message>
    <message>
        <source>%1 is its own victim again.</source>
        <translation>%1 is its own victim again.</translation>
    </message>
</context>
<context>
    <name>reper::VictimsModule</name>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation>D&amp;uplicates…</translation>
    </message>
    <message>
        <source>Victims who may be one person, and merging them</source>
        <translation>Victims who may be one person, and merging them</translation>
    </message>
</context>
<context>
    <name>reper::YearClosingPanel</name>
    <message>
        <source>You may not close the years of this scope.</source>
        <translation>You may not close the years of this scope.</translation>
    </message>
    <message>
        <source>&amp;Close again…</source>
        <translation>&amp;Close again…</translation>
    </message>
    <message>
        <source>%1 is already closed (version %2, %3 UTC, by %4); closing again freezes today&apos;s figures as version %5.</source>
        <translation>%1 is already closed (version %2, %3 UTC, by %4); closing again freezes today&apos;s figures as version %5.</translation>
    </message>
    <message>
        <source>&amp;Close the year…</source>
        <translation>&amp;Close the year…</translation>
    </message>
    <message>
        <source>Freeze the figures of %1 as they are today.</source>
        <translation>Freeze the figures of %1 as they are today.</translation>
    </message>
    <message>
        <source>Cancelled: the data of %1 were not checked.</source>
        <translation>Cancelled: the data of %1 were not checked.</translation>
    </message>
    <message>
        <source>The data-quality check found nothing to correct in %1 (%2).</source>
        <translation>The data-quality check found nothing to correct in %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The data-quality check of %1 (%2) found %n problem(s)</source>
        <translation>
            <numerusform>The data-quality check of %1 (%2) found %n problem</numerusform>
            <numerusform>The data-quality check of %1 (%2) found %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them would stop the closing.</source>
        <translation>
            <numerusform>%n of them would stop the closing.</numerusform>
            <numerusform>%n of them would stop the closing.</numerusform>
        </translation>
    </message>
    <message>
        <source>blocking: </source>
        <translation>blocking: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Check the data</translation>
    </message>
    <message>
        <source>Checking the data of %1…</source>
        <translation>Checking the data of %1…</translation>
    </message>
    <message>
        <source>Close %1 for %2 again?

It was closed on %3 UTC by %4 (version %5). Today&apos;s figures are frozen as version %6: from now on the bilanț of %1 shows them, and the earlier version stays recorded.</source>
        <translation>Close %1 for %2 again?

It was closed on %3 UTC by %4 (version %5). Today&apos;s figures are frozen as version %6: from now on the bilanț of %1 shows them, and the earlier version stays recorded.</translation>
    </message>
    <message>
        <source>Close %1 for %2?

The year&apos;s figures are frozen as they are now: the bilanț of %1 will always show these figures. Records of %1 added or changed later do not change them; they are shown in the revised edition, set against the frozen figures.</source>
        <translation>Close %1 for %2?

The year&apos;s figures are frozen as they are now: the bilanț of %1 will always show these figures. Records of %1 added or changed later do not change them; they are shown in the revised edition, set against the frozen figures.</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>Close the year</translation>
    </message>
    <message>
        <source>Close again</source>
        <translation>Close again</translation>
    </message>
    <message numerus="yes">
        <source>The data-quality check found %n blocking problem(s):</source>
        <translation>
            <numerusform>The data-quality check found %n blocking problem:</numerusform>
            <numerusform>The data-quality check found %n blocking problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them first, or close anyway: the closing then records that it was forced.</source>
        <translation>Correct them first, or close anyway: the closing then records that it was forced.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <source>Checking and closing %1…</source>
        <translation>Checking and closing %1…</translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation>Closing %1…</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not closed.</source>
        <translation>Cancelled: %1 was not closed.</translation>
    </message>
</context>
</TS>
