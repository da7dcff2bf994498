<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>ActionPlanForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <source>&amp;Partner or county *</source>
        <translation>&amp;Partener sau județ *</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>The new user signs in with the temporary password you give them here and must choose their own at once. Tell it to them in person, not by e-mail.</source>
        <translation>Noul utilizator se autentifică cu parola temporară pe care i-o dați aici și trebuie să își aleagă de îndată propria parolă. Spuneți-i-o personal, nu prin e-mail.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nume de utilizator:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>&amp;Centru:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Parolă &amp;temporară:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>R&amp;epetați-o:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Store</source>
        <translation>Depozitul</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fișier:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Autentificat ca:</translation>
    </message>
    <message>
        <source>&amp;Check the store</source>
        <translation>&amp;Verifică depozitul</translation>
    </message>
    <message>
        <source>&amp;Import a folder…</source>
        <translation>&amp;Importă un dosar…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de siguranță</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Fă o &amp;copie acum…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurează dintr-o copie…</translation>
    </message>
    <message>
        <source>Back up &amp;automatically when Reper closes</source>
        <translation>Fă &amp;automat o copie la închiderea programului</translation>
    </message>
    <message>
        <source>&amp;Copies kept:</source>
        <translation>Copii &amp;păstrate:</translation>
    </message>
    <message>
        <source>&amp;Open the backups folder</source>
        <translation>&amp;Deschide dosarul copiilor</translation>
    </message>
    <message>
        <source>Check of the store</source>
        <translation>Verificarea depozitului</translation>
    </message>
    <message>
        <source>&amp;Store and backups</source>
        <translation>Depo&amp;zit și copii</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrare</translation>
    </message>
</context>
<context>
    <name>AssistanceForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>Codul &amp;victimei *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Service *</source>
        <translation>&amp;Serviciul *</translation>
    </message>
    <message>
        <source>&amp;Provider *</source>
        <translation>&amp;Furnizorul *</translation>
    </message>
    <message>
        <source>S&amp;tart date *</source>
        <translation>Data de î&amp;nceput *</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>Data de sfâr&amp;șit</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Signed in</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Parolă greșită</translation>
    </message>
    <message>
        <source>Locked out after wrong passwords</source>
        <translation>Blocat după parole greșite</translation>
    </message>
    <message>
        <source>Lockout file damaged</source>
        <translation>Fișierul de blocare deteriorat</translation>
    </message>
    <message>
        <source>Window unlocked</source>
        <translation>Fereastră deblocată</translation>
    </message>
    <message>
        <source>Record added</source>
        <translation>Înregistrare adăugată</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Înregistrare modificată</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>Înregistrare ștearsă</translation>
    </message>
    <message>
        <source>Identity shown</source>
        <translation>Identitate afișată</translation>
    </message>
    <message>
        <source>Identity refused</source>
        <translation>Identitate refuzată</translation>
    </message>
    <message>
        <source>Identity erased</source>
        <translation>Identitate ștearsă</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Report shown or saved</source>
        <translation>Raport afișat sau salvat</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copie de siguranță</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurare</translation>
    </message>
    <message>
        <source>Year closed</source>
        <translation>An închis</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilizator adăugat</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Parolă resetată</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Parolă schimbată</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Utilizator dezactivat</translation>
    </message>
    <message>
        <source>Signing key given</source>
        <translation>Cheie de semnare atribuită</translation>
    </message>
    <message>
        <source>Signing key set with the recovery key</source>
        <translation>Cheie de semnare stabilită cu cheia de recuperare</translation>
    </message>
    <message>
        <source>Signing key set from an old key slot</source>
        <translation>Cheie de semnare stabilită dintr-o intrare veche a fișierului de chei</translation>
    </message>
    <message>
        <source>Retention rule applied</source>
        <translation>Regula de păstrare aplicată</translation>
    </message>
    <message>
        <source>Retention rule scheduled</source>
        <translation>Regula de păstrare programată</translation>
    </message>
    <message>
        <source>Store created</source>
        <translation>Depozit creat</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victimă</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificare</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistență</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Repatriere</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Procedură judiciară</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanie</translation>
    </message>
    <message>
        <source>Prevention activity</source>
        <translation>Activitate de prevenire</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acțiune</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Întâlnire a echipei</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Instruire</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Funded project</source>
        <translation>Proiect finanțat</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centru</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Depozit</translation>
    </message>
    <message>
        <source>changed by</source>
        <translation>modificat de</translation>
    </message>
    <message>
        <source>cut-off</source>
        <translation>data-limită</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>șterse</translation>
    </message>
    <message>
        <source>every (days)</source>
        <translation>la fiecare (zile)</translation>
    </message>
    <message>
        <source>wrong passwords</source>
        <translation>parole greșite</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fișier</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fișiere</translation>
    </message>
    <message>
        <source>first</source>
        <translation>prima</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dosar</translation>
    </message>
    <message>
        <source>last</source>
        <translation>ultima</translation>
    </message>
    <message>
        <source>last record</source>
        <translation>ultima înregistrare</translation>
    </message>
    <message>
        <source>new</source>
        <translation>noi</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motiv</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roluri</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rânduri</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programat</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>parolă temporară</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilizator necunoscut</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilizator</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>victime</translation>
    </message>
    <message>
        <source>was temporary</source>
        <translation>era temporară</translation>
    </message>
    <message>
        <source>what</source>
        <translation>ce</translation>
    </message>
    <message>
        <source>where</source>
        <translation>unde</translation>
    </message>
    <message>
        <source>with identity</source>
        <translation>cu identitate</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ani</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>ediție</translation>
    </message>
    <message>
        <source>new user</source>
        <translation>utilizator nou</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>parolă resetată</translation>
    </message>
    <message>
        <source>a new password was set with the recovery key</source>
        <translation>o parolă nouă a fost stabilită cu cheia de recuperare</translation>
    </message>
    <message>
        <source>key slot without a signing key</source>
        <translation>intrare în fișierul de chei fără cheie de semnare</translation>
    </message>
    <message>
        <source>national</source>
        <translation>național</translation>
    </message>
    <message>
        <source>lock screen</source>
        <translation>ecranul de blocare</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1: modificat</translation>
    </message>
    <message>
        <source>%1 erased</source>
        <translation>%1: șters</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1: șters odată cu înregistrarea</translation>
    </message>
    <message>
        <source>Closed year</source>
        <translation>An închis</translation>
    </message>
    <message>
        <source>frozen figures</source>
        <translation>cifre înghețate</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>deja prezente</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versiune</translation>
    </message>
    <message>
        <source>rules version</source>
        <translation>versiunea regulilor</translation>
    </message>
    <message>
        <source>content hash</source>
        <translation>amprenta conținutului</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forțat</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>internă</translation>
    </message>
    <message>
        <source>public</source>
        <translation>publică</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>revizuită</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>pe ecran</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>tipărit</translation>
    </message>
    <message>
        <source>Victims found by name</source>
        <translation>Victime găsite după nume</translation>
    </message>
    <message>
        <source>Report opened for printing</source>
        <translation>Raport deschis pentru tipărire</translation>
    </message>
    <message>
        <source>found</source>
        <translation>găsite</translation>
    </message>
    <message>
        <source>words searched</source>
        <translation>cuvinte căutate</translation>
    </message>
    <message>
        <source>User enabled again</source>
        <translation>Utilizator reactivat</translation>
    </message>
    <message>
        <source>enabled again</source>
        <translation>reactivat</translation>
    </message>
    <message>
        <source>Population of a year entered</source>
        <translation>Populația unui an introdusă</translation>
    </message>
    <message>
        <source>Population of a year removed</source>
        <translation>Populația unui an ștearsă</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caz</translation>
    </message>
    <message>
        <source>Monitoring contact</source>
        <translation>Contact de monitorizare</translation>
    </message>
    <message>
        <source>Deadline rule changed</source>
        <translation>Regulă de termen schimbată</translation>
    </message>
    <message>
        <source>Deadline dismissed</source>
        <translation>Termen înlăturat</translation>
    </message>
    <message>
        <source>Duplicates looked for</source>
        <translation>Căutare de dubluri</translation>
    </message>
    <message>
        <source>Backup not completed</source>
        <translation>Copie de siguranță neterminată</translation>
    </message>
    <message>
        <source>Victims merged</source>
        <translation>Victime unite</translation>
    </message>
    <message>
        <source>Victims unmerged</source>
        <translation>Unire de victime anulată</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de la</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;cțiune:</translation>
    </message>
    <message>
        <source>Reco&amp;rd:</source>
        <translation>Înregist&amp;rare:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Până &amp;la:</translation>
    </message>
    <message>
        <source>C&amp;lear the filters</source>
        <translation>Ș&amp;terge filtrele</translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation>&amp;Verifică jurnalul</translation>
    </message>
    <message>
        <source>C&amp;opy the selected rows</source>
        <translation>C&amp;opiază rândurile alese</translation>
    </message>
    <message>
        <source>Entries of the audit trail</source>
        <translation>Intrările jurnalului de audit</translation>
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
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță la modificări</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Revino la valorile implicite</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Î&amp;napoi</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Înainte &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gata</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Campaign &amp;code *</source>
        <translation>&amp;Codul campaniei *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titlul *</translation>
    </message>
    <message>
        <source>&amp;Level *</source>
        <translation>&amp;Nivelul *</translation>
    </message>
    <message>
        <source>&amp;Funding *</source>
        <translation>&amp;Finanțarea *</translation>
    </message>
    <message>
        <source>F&amp;under</source>
        <translation>Finanț&amp;atorul</translation>
    </message>
    <message>
        <source>S&amp;tart date *</source>
        <translation>Data de î&amp;nceput *</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>Data de sfâr&amp;șit</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Your password is a temporary one, given by the administrator. Choose your own before you go on.</source>
        <translation>Parola dumneavoastră este una temporară, dată de administrator. Alegeți-vă propria parolă înainte de a continua.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Parola &amp;nouă:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repetați-o:</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>The closing date</source>
        <translation>Data închiderii</translation>
    </message>
    <message>
        <source>The institution</source>
        <translation>Instituția</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Motivul</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo data goes into a store of its own, never into the one in use.</source>
        <translation>Datele demonstrative merg într-un depozit separat, niciodată în cel folosit.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file.</source>
        <translation>%1 există deja: alegeți alt fișier.</translation>
    </message>
    <message>
        <source>The demo data could not be made.</source>
        <translation>Datele demonstrative nu au putut fi create.</translation>
    </message>
    <message>
        <source>Stopped: no demo store was made.</source>
        <translation>Oprit: nu a fost creat niciun depozit demonstrativ.</translation>
    </message>
    <message>
        <source>The demo data could not be imported.</source>
        <translation>Datele demonstrative nu au putut fi importate.</translation>
    </message>
</context>
<context>
    <name>DemoStoreDialog</name>
    <message>
        <source>Reper makes a separate store of made-up victims, cases and activities of the last three years — synthetic, no real person — for you to look around in. The store you are in is not touched. You sign in to the demo store as yourself, with the password you choose here.</source>
        <translation>Reper creează un depozit separat cu victime, cazuri și activități inventate din ultimii trei ani — sintetice, nicio persoană reală — ca să îl puteți explora. Depozitul în care lucrați nu este atins. În depozitul demonstrativ intrați cu numele dumneavoastră și cu parola pe care o alegeți aici.</translation>
    </message>
    <message>
        <source>&amp;Demo store:</source>
        <translation>&amp;Depozit demonstrativ:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Caută…</translation>
    </message>
    <message>
        <source>&amp;Password for it:</source>
        <translation>&amp;Parola lui:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>R&amp;epetați-o:</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation>&amp;Tipul *</translation>
    </message>
    <message>
        <source>&amp;Role *</source>
        <translation>&amp;Rolul *</translation>
    </message>
    <message>
        <source>T&amp;itle *</source>
        <translation>T&amp;itlul *</translation>
    </message>
</context>
<context>
    <name>ExitBackup</name>
    <message>
        <source>The backups folder %1 cannot be created.</source>
        <translation>Dosarul copiilor de siguranță %1 nu poate fi creat.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Cifra:</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copiază lista</translation>
    </message>
</context>
<context>
    <name>ExportVictimsDialog</name>
    <message>
        <source>Export the victims</source>
        <translation>Exportă victimele</translation>
    </message>
    <message>
        <source>The victims you may see, one row per identification, in the columns of victims.csv: Reper imports the file again. Without identity, the file holds codes and figures only.</source>
        <translation>Victimele pe care le puteți vedea, câte un rând pentru fiecare identificare, în coloanele din victims.csv: Reper poate importa din nou fișierul. Fără identitate, fișierul conține doar coduri și cifre.</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>&amp;Centrul:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fișierul:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;legeți…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitatea</translation>
    </message>
    <message>
        <source>&amp;Include names, CNPs, addresses, phones and notes</source>
        <translation>&amp;Includeți numele, CNP-urile, adresele, telefoanele și notele</translation>
    </message>
    <message>
        <source>I &amp;confirm that these identities leave the program on purpose</source>
        <translation>&amp;Confirm că aceste identități ies din program în mod intenționat</translation>
    </message>
</context>
<context>
    <name>FormStatus</name>
    <message>
        <source>Check: %1.</source>
        <translation>Verificați: %1.</translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>Mai sunt de completat: %1.</translation>
    </message>
</context>
<context>
    <name>FundedProjectForm</name>
    <message>
        <source>Project &amp;code *</source>
        <translation>&amp;Codul proiectului *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titlul *</translation>
    </message>
    <message>
        <source>F&amp;under *</source>
        <translation>Finanț&amp;atorul *</translation>
    </message>
    <message>
        <source>F&amp;ocus *</source>
        <translation>D&amp;omeniul *</translation>
    </message>
    <message>
        <source>S&amp;tart date *</source>
        <translation>Data de î&amp;nceput *</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>Data de sfâr&amp;șit</translation>
    </message>
</context>
<context>
    <name>HandOverKeysDialog</name>
    <message>
        <source>Hand over the centres&apos; keys</source>
        <translation>Predă cheile centrelor</translation>
    </message>
    <message>
        <source>Each centre&apos;s operators and coordinators need the key to its victims&apos; names. A colleague who has it hands it over when they sign in; when nobody of a centre has it yet (a new store, a centre&apos;s first users), the recovery key hands it over. Every operator and coordinator who has chosen their own password and waits for their centre&apos;s key receives it now.</source>
        <translation>Operatorii și coordonatorii fiecărui centru au nevoie de cheia numelor victimelor lui. Un coleg care o are o predă când se autentifică; când nimeni dintr-un centru nu o are încă (un depozit nou, primii utilizatori ai unui centru), o predă cheia de recuperare. Fiecare operator și coordonator care și-a ales propria parolă și așteaptă cheia centrului său o primește acum.</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Cheia de &amp;recuperare:</translation>
    </message>
</context>
<context>
    <name>HomeCharts</name>
    <message>
        <source>Victims identified</source>
        <translation>Victime identificate</translation>
    </message>
    <message>
        <source>Victims identified, by year</source>
        <translation>Victime identificate, pe ani</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nespecificat</translation>
    </message>
    <message>
        <source>Primary form of exploitation, %1</source>
        <translation>Forma principală de exploatare, %1</translation>
    </message>
    <message>
        <source>Prevention activities</source>
        <translation>Activități de prevenire</translation>
    </message>
    <message>
        <source>Prevention activities by month, %1</source>
        <translation>Activități de prevenire pe luni, %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anul:</translation>
    </message>
</context>
<context>
    <name>IdentificationForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>Codul &amp;victimei *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Notification date *</source>
        <translation>Data &amp;sesizării *</translation>
    </message>
    <message>
        <source>&amp;Identification date</source>
        <translation>Data &amp;identificării</translation>
    </message>
    <message>
        <source>&amp;MNIR status *</source>
        <translation>Statutul &amp;MNIR *</translation>
    </message>
    <message>
        <source>Identifying in&amp;stitution</source>
        <translation>Instituția care a i&amp;dentificat</translation>
    </message>
    <message>
        <source>&amp;Trafficking *</source>
        <translation>&amp;Traficul *</translation>
    </message>
    <message>
        <source>&amp;Attempt</source>
        <translation>Te&amp;ntativă</translation>
    </message>
    <message>
        <source>Country of e&amp;xploitation</source>
        <translation>Țara de e&amp;xploatare</translation>
    </message>
    <message>
        <source>&amp;Recruitment</source>
        <translation>&amp;Recrutarea</translation>
    </message>
    <message>
        <source>Relation to the recr&amp;uiter</source>
        <translation>Relația cu rec&amp;rutorul</translation>
    </message>
    <message>
        <source>Forms of exploitation *</source>
        <translation>Forme de exploatare *</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>&amp;Show the identity</source>
        <translation>Arată &amp;identitatea</translation>
    </message>
    <message>
        <source>Opening the identity is recorded in the audit trail</source>
        <translation>Deschiderea identității este înregistrată în jurnalul de audit</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prenume</translation>
    </message>
    <message>
        <source>&amp;CNP</source>
        <translation>&amp;CNP</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresa</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copiază lista</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Deschide dosarul</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verifică din &amp;nou</translation>
    </message>
</context>
<context>
    <name>ImportFolderPage</name>
    <message>
        <source>Choose the folder with the centre&apos;s spreadsheets saved as CSV (victims.csv, assistance.csv, …). Reper first checks every row and writes nothing; you import only when no problem is left.</source>
        <translation>Alegeți dosarul cu foile de calcul ale centrului, salvate ca CSV (victims.csv, assistance.csv, …). Reper verifică întâi fiecare rând și nu scrie nimic; importați doar când nu mai rămâne nicio problemă.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dosarul:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Caută…</translation>
    </message>
    <message>
        <source>Files found:</source>
        <translation>Fișiere găsite:</translation>
    </message>
    <message>
        <source>Files found in the folder</source>
        <translation>Fișierele găsite în dosar</translation>
    </message>
</context>
<context>
    <name>InternationalReportForm</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anul:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Aria:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Ediția:</translation>
    </message>
    <message>
        <source>&amp;Hide counts up to:</source>
        <translation>&amp;Ascunde valorile până la:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fișează</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salvează &amp;ca…</translation>
    </message>
    <message>
        <source>&amp;Rows per combination, at least (k):</source>
        <translation>&amp;Rânduri pe combinație, cel puțin (k):</translation>
    </message>
    <message>
        <source>k: every combination of sex, age, citizenship and forms appears in at least this many rows of the CTDC file</source>
        <translation>k: fiecare combinație de sex, vârstă, cetățenie și forme apare în cel puțin atâtea rânduri ale fișierului CTDC</translation>
    </message>
    <message>
        <source>Export the &amp;CTDC case file…</source>
        <translation>Exportă fișierul de cazuri &amp;CTDC…</translation>
    </message>
    <message>
        <source>One anonymised row per victim identified in the year, for the Counter Trafficking Data Collaborative</source>
        <translation>Un rând anonimizat pentru fiecare victimă identificată în an, pentru Counter Trafficking Data Collaborative</translation>
    </message>
</context>
<context>
    <name>JudicialForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>Codul &amp;victimei *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <source>Case &amp;number *</source>
        <translation>&amp;Numărul dosarului *</translation>
    </message>
    <message>
        <source>&amp;Body *</source>
        <translation>&amp;Organul judiciar *</translation>
    </message>
    <message>
        <source>S&amp;tage *</source>
        <translation>&amp;Etapa *</translation>
    </message>
    <message>
        <source>Procedural &amp;role *</source>
        <translation>&amp;Calitatea procesuală *</translation>
    </message>
    <message>
        <source>S&amp;upport given *</source>
        <translation>&amp;Sprijinul acordat *</translation>
    </message>
    <message>
        <source>Next &amp;hearing</source>
        <translation>Următorul &amp;termen de judecată</translation>
    </message>
    <message>
        <source>The date of the next court hearing; the work list reminds of it seven days before.</source>
        <translation>Data următorului termen de judecată; lista „Astăzi” amintește de el cu șapte zile înainte.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>ongoing</source>
        <translation>în curs</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>încheiată</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Victim code</source>
        <translation>Codul victimei</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centrul</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexul</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Anul nașterii</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cetățenia</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județul</translation>
    </message>
    <message>
        <source>Last notification</source>
        <translation>Ultima sesizare</translation>
    </message>
    <message>
        <source>MNIR status</source>
        <translation>Statutul MNIR</translation>
    </message>
    <message>
        <source>Identifications</source>
        <translation>Identificări</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Numele</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciul</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Furnizorul</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitată</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Sosită</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>Din țara</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Punct de intrare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Starea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Nr. dosar</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organul</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Calitatea</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Sprijinul</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campania</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlul</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivelul</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanțarea</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanțatorul</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipul</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Grupul țintă</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <source>Online reach</source>
        <translation>Audiență online</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Semnat</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenerul</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publicul</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Codul proiectului</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Domeniul</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistență</translation>
    </message>
    <message>
        <source>Repatriations</source>
        <translation>Repatrieri</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Proceduri judiciare</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanii</translation>
    </message>
    <message>
        <source>Prevention activities</source>
        <translation>Activități de prevenire</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoale</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planuri de acțiune</translation>
    </message>
    <message>
        <source>Team meetings</source>
        <translation>Întâlniri ale echipelor</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Instruiri</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Proiecte finanțate</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victimă</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Repatriere</translation>
    </message>
    <message>
        <source>Support in criminal proceedings</source>
        <translation>Sprijin în procedurile penale</translation>
    </message>
    <message>
        <source>Prevention activity</source>
        <translation>Activitate de prevenire</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acțiune</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Întâlnire a echipei</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Instruire</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Funded project</source>
        <translation>Proiect finanțat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Starea</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordonator</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analist</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identitate</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipul contactului</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Cu cine</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Următorul contact</translation>
    </message>
    <message>
        <source>Monitoring contacts</source>
        <translation>Contacte de monitorizare</translation>
    </message>
    <message>
        <source>Monitoring contact</source>
        <translation>Contact de monitorizare</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Reper is locked</source>
        <translation>Reper este blocat</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Deblochează</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limba</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;Import a folder of files…</source>
        <translation>&amp;Importă un dosar de fișiere…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Fă o &amp;copie acum…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurează dintr-o copie…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blochează</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Î&amp;nchide programul</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>Înregistrare &amp;nouă</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Caută</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Reîmprospătează</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Ghidul utilizatorului</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Deschide dosarul &amp;jurnalului</translation>
    </message>
    <message>
        <source>&amp;About Reper</source>
        <translation>&amp;Despre Reper</translation>
    </message>
    <message>
        <source>&amp;Export the victims…</source>
        <translation>&amp;Exportă victimele…</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contrast ridicat</translation>
    </message>
    <message>
        <source>Export &amp;all records to a folder…</source>
        <translation>Exportă &amp;toate înregistrările într-un dosar…</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet.</source>
        <translation>Această înregistrare are modificări care nu sunt încă salvate.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Renunță la modificări</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuă editarea</translation>
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
        <translation>Codul &amp;victimei *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <source>&amp;Kind of contact *</source>
        <translation>&amp;Tipul contactului *</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Cu cine</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Rezultat</translation>
    </message>
    <message>
        <source>&amp;Next contact</source>
        <translation>&amp;Următorul contact</translation>
    </message>
</context>
<context>
    <name>NewPassword</name>
    <message>
        <source>At least %1 characters; a sentence of a few words is best.</source>
        <translation>Cel puțin %1 caractere; cel mai bine, o propoziție de câteva cuvinte.</translation>
    </message>
    <message>
        <source>Type the same password twice.</source>
        <translation>Scrieți aceeași parolă de două ori.</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message>
        <source>A store is one encrypted file (and its key file beside it) that holds all the records. You become its administrator. After it is created, Reper shows its recovery key once.</source>
        <translation>Un depozit este un singur fișier criptat (cu fișierul lui de chei alături) care păstrează toate înregistrările. Deveniți administratorul lui. După creare, Reper afișează o singură dată cheia lui de recuperare.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fișierul:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Caută…</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repetați parola:</translation>
    </message>
</context>
<context>
    <name>PreventionForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <source>Cou&amp;nty *</source>
        <translation>&amp;Județul *</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation>Ca&amp;mpania</translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation>&amp;Tipul *</translation>
    </message>
    <message>
        <source>Target &amp;group *</source>
        <translation>&amp;Grupul țintă *</translation>
    </message>
    <message>
        <source>&amp;Participants *</source>
        <translation>&amp;Participanți *</translation>
    </message>
    <message>
        <source>Materials &amp;distributed</source>
        <translation>Materiale &amp;distribuite</translation>
    </message>
    <message>
        <source>&amp;Online reach</source>
        <translation>Audiență &amp;online</translation>
    </message>
</context>
<context>
    <name>ProtocolForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Date signed *</source>
        <translation>&amp;Data semnării *</translation>
    </message>
    <message>
        <source>&amp;Partner *</source>
        <translation>&amp;Partenerul *</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anul:</translation>
    </message>
    <message>
        <source>C&amp;entre:</source>
        <translation>C&amp;entrul:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Starea:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Șterge…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The recovery key of this store</source>
        <translation>Cheia de recuperare a acestui depozit</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărește…</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Salvează într-un fișier…</translation>
    </message>
    <message>
        <source>I have printed the key or keep it offline</source>
        <translation>Am tipărit cheia sau o păstrez offline</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuă</translation>
    </message>
    <message>
        <source>With this key and the store&apos;s key file (the one beside it, or a backup&apos;s), every record and every name can be opened even if every password is forgotten. Reper shows it only this once and keeps it nowhere.</source>
        <translation>Cu această cheie și cu fișierul de chei al depozitului (cel de alături sau al unei copii de siguranță), orice înregistrare și orice nume pot fi deschise chiar dacă toate parolele sunt uitate. Reper o arată doar acum și nu o păstrează nicăieri.</translation>
    </message>
    <message>
        <source>Print it, or write it on paper, and lock it away — offline, away from this computer. Anyone who has the key, the store file and its key file can read every record and every name. Do not send it by e-mail or keep it in a file on this computer.</source>
        <translation>Tipăriți-o sau scrieți-o pe hârtie și păstrați-o încuiată — offline, departe de acest calculator. Oricine are cheia, fișierul depozitului și fișierul lui de chei poate citi orice înregistrare și orice nume. Nu o trimiteți prin e-mail și nu o păstrați într-un fișier pe acest calculator.</translation>
    </message>
</context>
<context>
    <name>RecoveryOpenDialog</name>
    <message>
        <source>When no password opens the store any more, the recovery key printed when the store was made opens it. Type it, then the user name and a new password for that user: it replaces the old one, and the audit trail records that the recovery key was used.</source>
        <translation>Când nicio parolă nu mai deschide depozitul, îl deschide cheia de recuperare tipărită la crearea lui. Scrieți-o, apoi numele de utilizator și o parolă nouă pentru acel utilizator: ea o înlocuiește pe cea veche, iar jurnalul de audit înregistrează că s-a folosit cheia de recuperare.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Cheia de recuperare:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Numele de &amp;utilizator:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Parola &amp;nouă:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repetați-o:</translation>
    </message>
</context>
<context>
    <name>RepatriationForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>Codul &amp;victimei *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>Returned &amp;from *</source>
        <translation>Repatriată &amp;din *</translation>
    </message>
    <message>
        <source>&amp;Request date *</source>
        <translation>Data &amp;solicitării *</translation>
    </message>
    <message>
        <source>&amp;Arrival date</source>
        <translation>Data &amp;sosirii</translation>
    </message>
    <message>
        <source>E&amp;ntry point</source>
        <translation>Punctul de &amp;intrare</translation>
    </message>
    <message>
        <source>S&amp;tatus *</source>
        <translation>S&amp;tarea *</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anul:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Nivelul:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Ediția:</translation>
    </message>
    <message>
        <source>&amp;Hide counts up to:</source>
        <translation>Ascunde valorile &amp;până la:</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s figures</source>
        <translation>Cifrele de a&amp;stăzi</translation>
    </message>
    <message>
        <source>For a closed year: today&apos;s figures instead of the frozen ones</source>
        <translation>Pentru un an închis: cifrele de astăzi în locul celor înghețate</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afișează</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărește…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formatul:</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salvează &amp;ca…</translation>
    </message>
    <message>
        <source>E&amp;xplain a figure…</source>
        <translation>E&amp;xplică o cifră…</translation>
    </message>
    <message>
        <source>The records behind one figure of the chosen year and scope: their amounts add up to it.</source>
        <translation>Înregistrările din spatele unei cifre a anului și nivelului alese: valorile lor însumate dau cifra.</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Raportul</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Parolă &amp;temporară:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>R&amp;epetați-o:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>The copy replaces the store. The store of now is not lost: it is kept beside it (…before-restore-….bak). Reper then opens the restored store; the passwords are those of the copy.</source>
        <translation>Copia înlocuiește depozitul. Depozitul de acum nu se pierde: este păstrat alături (…before-restore-….bak). Reper deschide apoi depozitul restaurat; parolele sunt cele din copie.</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Copia:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Caută…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Numele de &amp;utilizator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificată de altcineva</translation>
    </message>
    <message>
        <source>Reload the record as it is now? What you changed here is lost; you can then make your changes again. To keep your text, choose Cancel and copy it first.</source>
        <translation>Reîncărcați înregistrarea așa cum este acum? Ce ați modificat aici se pierde; apoi puteți face din nou modificările. Ca să păstrați textul, alegeți Renunță și copiați-l întâi.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reîncarcă</translation>
    </message>
    <message>
        <source>The record is shown as it is stored now. Make your changes again and save.</source>
        <translation>Înregistrarea este arătată așa cum este salvată acum. Faceți din nou modificările și salvați.</translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <source>A Reper server keeps the records of every centre in one PostgreSQL database. Your administrator tells you its name; you then sign in with your own user name and password.</source>
        <translation>Un server Reper păstrează înregistrările tuturor centrelor într-o singură bază de date PostgreSQL. Administratorul vă spune numele lui; apoi vă autentificați cu propriul nume de utilizator și propria parolă.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza de date:</translation>
    </message>
    <message>
        <source>&amp;Check the server&apos;s certificate</source>
        <translation>&amp;Verifică certificatul serverului</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresa:</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Case monitoring of the regional centres against trafficking in persons</source>
        <translation>Monitorizarea cazurilor în centrele regionale împotriva traficului de persoane</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Depozitul:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Caută…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Numele de &amp;utilizator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>Depozit &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Închide pro&amp;gramul</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Desc&amp;hide</translation>
    </message>
    <message>
        <source>Open with the &amp;recovery key…</source>
        <translation>Deschide cu cheia de &amp;recuperare…</translation>
    </message>
    <message>
        <source>When no password opens the store: a new password for a user, from the recovery key</source>
        <translation>Când nicio parolă nu deschide depozitul: o parolă nouă pentru un utilizator, cu cheia de recuperare</translation>
    </message>
    <message>
        <source>Ser&amp;ver…</source>
        <translation>Ser&amp;ver…</translation>
    </message>
    <message>
        <source>Connect to a server: the agency&apos;s store on PostgreSQL</source>
        <translation>Conectare la un server: depozitul agenției pe PostgreSQL</translation>
    </message>
</context>
<context>
    <name>TeamMeetingForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <source>Cou&amp;nty *</source>
        <translation>&amp;Județul *</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Participanți</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <source>Cou&amp;nty</source>
        <translation>&amp;Județul</translation>
    </message>
    <message>
        <source>&amp;Audience *</source>
        <translation>&amp;Publicul *</translation>
    </message>
    <message>
        <source>&amp;Participants *</source>
        <translation>&amp;Participanți *</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;ema</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>&amp;Add a user…</source>
        <translation>&amp;Adaugă un utilizator…</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>&amp;Resetează parola…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Dezactivează…</translation>
    </message>
    <message>
        <source>&amp;Enable again…</source>
        <translation>&amp;Reactivează…</translation>
    </message>
    <message>
        <source>&amp;Hand over the centres&apos; keys…</source>
        <translation>&amp;Predă cheile centrelor…</translation>
    </message>
    <message>
        <source>New store &amp;key…</source>
        <translation>&amp;Cheie nouă pentru depozit…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
</context>
<context>
    <name>VictimCodeField</name>
    <message>
        <source>there is no victim with this code that you may see</source>
        <translation>nu există nicio victimă cu acest cod pe care să o puteți vedea</translation>
    </message>
</context>
<context>
    <name>VictimForm</name>
    <message>
        <source>&amp;Victim code *</source>
        <translation>Codul &amp;victimei *</translation>
    </message>
    <message>
        <source>C&amp;entre *</source>
        <translation>C&amp;entrul *</translation>
    </message>
    <message>
        <source>&amp;Sex *</source>
        <translation>&amp;Sexul *</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Data &amp;nașterii</translation>
    </message>
    <message>
        <source>Year of b&amp;irth</source>
        <translation>Anul n&amp;așterii</translation>
    </message>
    <message>
        <source>Citi&amp;zenship *</source>
        <translation>&amp;Cetățenia *</translation>
    </message>
    <message>
        <source>County of &amp;residence</source>
        <translation>&amp;Județul de domiciliu</translation>
    </message>
    <message>
        <source>Residence &amp;environment</source>
        <translation>&amp;Mediul de rezidență</translation>
    </message>
    <message>
        <source>E&amp;ducation</source>
        <translation>&amp;Studiile</translation>
    </message>
</context>
<context>
    <name>VictimPage</name>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← Î&amp;napoi la listă</translation>
    </message>
    <message>
        <source>&amp;Delete victim…</source>
        <translation>Ș&amp;terge victima…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoana</translation>
    </message>
    <message>
        <source>Identity (kept apart)</source>
        <translation>Identitatea (păstrată separat)</translation>
    </message>
    <message>
        <source>Only people who may see this centre&apos;s identities see these fields. Reports, exports and logs never contain them.</source>
        <translation>Aceste câmpuri le văd doar cei care au dreptul să vadă identitățile acestui centru. Rapoartele, exporturile și jurnalele nu le conțin niciodată.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>+ &amp;Identification</source>
        <translation>+ &amp;Identificare</translation>
    </message>
    <message>
        <source>+ &amp;Assistance</source>
        <translation>+ &amp;Asistență</translation>
    </message>
    <message>
        <source>+ &amp;Repatriation</source>
        <translation>+ &amp;Repatriere</translation>
    </message>
    <message>
        <source>+ &amp;Criminal proceedings</source>
        <translation>+ &amp;Procedură penală</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>Ș&amp;terge…</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Persoana</translation>
    </message>
    <message>
        <source>Timeline of the case</source>
        <translation>Istoricul cazului</translation>
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
        <translation>Verifică &amp;datele…</translation>
    </message>
    <message>
        <source>The data-quality check a closing makes, without closing: records before a birth, one CNP under two codes, missing fields…</source>
        <translation>Verificarea calității datelor pe care o face închiderea, fără a închide anul: înregistrări dinaintea nașterii, un CNP sub două coduri, câmpuri lipsă…</translation>
    </message>
    <message>
        <source>&amp;Close the year…</source>
        <translation>Î&amp;nchide anul…</translation>
    </message>
</context>
<context>
    <name>reper::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Adaugă un utilizator</translation>
    </message>
    <message>
        <source>&amp;Add the user</source>
        <translation>&amp;Adaugă utilizatorul</translation>
    </message>
    <message>
        <source>National (no centre)</source>
        <translation>Național (fără centru)</translation>
    </message>
    <message>
        <source>Type the user name (letters, digits; no spaces at either end).</source>
        <translation>Scrieți numele de utilizator (litere, cifre; fără spații la început sau la sfârșit).</translation>
    </message>
    <message>
        <source>An operator works for one centre: choose it.</source>
        <translation>Un operator lucrează pentru un singur centru: alegeți-l.</translation>
    </message>
</context>
<context>
    <name>reper::AdminPage</name>
    <message>
        <source>%1 (national)</source>
        <translation>%1 (național)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copies are kept in %1.</source>
        <translation>Copiile sunt păstrate în %1.</translation>
    </message>
    <message numerus="yes">
        <source>The latest: %1 (%n copies in all).</source>
        <translation>
            <numerusform>Cea mai recentă: %1 (%n copie în total).</numerusform>
            <numerusform>Cea mai recentă: %1 (%n copii în total).</numerusform>
            <numerusform>Cea mai recentă: %1 (%n de copii în total).</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Copia de siguranță a depozitului</translation>
    </message>
    <message>
        <source>Reper store (*.reper)</source>
        <translation>Depozit Reper (*.reper)</translation>
    </message>
    <message>
        <source>The backup was written to %1 (with its key file %2.keys beside it).</source>
        <translation>Copia a fost scrisă în %1 (cu fișierul ei de chei %2.keys alături).</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Se face copia…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>The store passed every check.</source>
        <translation>Depozitul a trecut toate verificările.</translation>
    </message>
    <message>
        <source>A check failed: restore the last good backup and tell the administrator.</source>
        <translation>O verificare a eșuat: restaurați ultima copie bună și anunțați administratorul.</translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation>Se verifică depozitul…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilizatori</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Jurnal de audit</translation>
    </message>
    <message>
        <source>Backups, restores, the users and the audit trail are for administrators.</source>
        <translation>Copiile, restaurările, utilizatorii și jurnalul de audit sunt în grija administratorilor.</translation>
    </message>
    <message>
        <source>Backup cancelled: nothing was written.</source>
        <translation>Copia a fost anulată: nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>This store is on a server: its administrator backs it up and restores it with PostgreSQL&apos;s own tools (pg_dump, pg_basebackup).</source>
        <translation>Acest depozit este pe un server: administratorul lui îi face copii de siguranță și îl restaurează cu uneltele PostgreSQL (pg_dump, pg_basebackup).</translation>
    </message>
</context>
<context>
    <name>reper::AppController</name>
    <message>
        <source>The backup was restored; the store of before is kept beside it. Sign in with a password valid in the backup.</source>
        <translation>Copia a fost restaurată; depozitul de dinainte este păstrat alături. Autentificați-vă cu o parolă valabilă în copie.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nu s-a restaurat nimic: %1</translation>
    </message>
</context>
<context>
    <name>reper::AssignWorkerDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Atribuie</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Responsabil de caz</translation>
    </message>
    <message>
        <source>The case worker is an operator or a coordinator of %1. The audit trail records the change.</source>
        <translation>Responsabilul de caz este un operator sau un coordonator al %1. Jurnalul de audit înregistrează schimbarea.</translation>
    </message>
    <message>
        <source>No case worker</source>
        <translation>Fără responsabil de caz</translation>
    </message>
    <message>
        <source>Case &amp;worker</source>
        <translation>&amp;Responsabil de caz</translation>
    </message>
</context>
<context>
    <name>reper::AssistanceForm</name>
    <message>
        <source>Leave empty while the assistance goes on</source>
        <translation>Lăsați necompletat cât timp asistența continuă</translation>
    </message>
</context>
<context>
    <name>reper::AuditPanel</name>
    <message>
        <source>victim code, user, record no.</source>
        <translation>cod de victimă, utilizator, nr. înregistrare</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toate acțiunile</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Toți utilizatorii</translation>
    </message>
    <message>
        <source>Showing the latest %1 entries; there are more. Narrow the filter (user, action, record or period) to see older ones.</source>
        <translation>Se văd ultimele %1 de intrări; mai sunt și altele. Restrângeți filtrul (utilizator, acțiune, înregistrare sau perioadă) ca să le vedeți pe cele mai vechi.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n intrare.</numerusform>
            <numerusform>%n intrări.</numerusform>
            <numerusform>%n de intrări.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>observație: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail passed every check (%n entries, head %1).</source>
        <translation>
            <numerusform>Jurnalul de audit a trecut toate verificările (%n intrare, capătul %1).</numerusform>
            <numerusform>Jurnalul de audit a trecut toate verificările (%n intrări, capătul %1).</numerusform>
            <numerusform>Jurnalul de audit a trecut toate verificările (%n de intrări, capătul %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail failed a check: the lines below say which. Keep the store as it is and compare it with the last backup.</source>
        <translation>Jurnalul de audit nu a trecut o verificare: rândurile de mai jos arată care. Păstrați depozitul așa cum este și comparați-l cu ultima copie de siguranță.</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Se verifică jurnalul de audit…</translation>
    </message>
</context>
<context>
    <name>reper::AuditTrailModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centru</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
</context>
<context>
    <name>reper::CaseLoadForm</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afișează</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sal&amp;vează ca…</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Național</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Aria:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Până la:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>You coordinate no centre.</source>
        <translation>Nu coordonați niciun centru.</translation>
    </message>
    <message>
        <source>Give the period&apos;s first and last day.</source>
        <translation>Dați prima și ultima zi a perioadei.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Se numără cazurile…</translation>
    </message>
    <message>
        <source>Save the case-load report</source>
        <translation>Salvați raportul privind volumul de cazuri</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fișiere %1 (*.%2)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvat în %1.</translation>
    </message>
</context>
<context>
    <name>reper::CasePanel</name>
    <message>
        <source>Case</source>
        <translation>Caz</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Înc&amp;hide cazul…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rede&amp;schide</translation>
    </message>
    <message>
        <source>Case &amp;worker…</source>
        <translation>&amp;Responsabil de caz…</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>Case worker:</source>
        <translation>Responsabil de caz:</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Deschis la:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Închis:</translation>
    </message>
    <message>
        <source>none yet — a coordinator assigns one</source>
        <translation>încă niciunul — îl atribuie un coordonator</translation>
    </message>
    <message>
        <source>on %1, %2</source>
        <translation>la %1, %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>Fă-l &amp;activ</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>În &amp;monitorizare</translation>
    </message>
    <message>
        <source>The case is worked on again: its state becomes active.</source>
        <translation>Se lucrează din nou la caz: starea devine activ.</translation>
    </message>
    <message>
        <source>The victim is only monitored now: the state becomes follow-up.</source>
        <translation>Victima este acum doar monitorizată: starea devine în monitorizare.</translation>
    </message>
    <message>
        <source>Give the case to another operator or coordinator of the centre.</source>
        <translation>Dați cazul altui operator sau coordonator al centrului.</translation>
    </message>
    <message>
        <source>Only a coordinator of %1 gives its cases to a case worker.</source>
        <translation>Doar un coordonator al %1 atribuie cazurile sale unui responsabil de caz.</translation>
    </message>
    <message>
        <source>You may read this case but not change it.</source>
        <translation>Puteți citi acest caz, dar nu îl puteți modifica.</translation>
    </message>
    <message>
        <source>Only a coordinator of the centre changes the case worker.</source>
        <translation>Doar un coordonator al centrului schimbă responsabilul de caz.</translation>
    </message>
</context>
<context>
    <name>reper::ChangePasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Alegeți-vă parola</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>&amp;Schimbă parola</translation>
    </message>
</context>
<context>
    <name>reper::CloseCaseDialog</name>
    <message>
        <source>&amp;Close the case</source>
        <translation>Înc&amp;hide cazul</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Închiderea cazului</translation>
    </message>
    <message>
        <source>The case was opened on %1. A closed case can be reopened later; the audit trail keeps the closing.</source>
        <translation>Cazul a fost deschis la %1. Un caz închis poate fi redeschis mai târziu; jurnalul de audit păstrează închiderea.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Alegeți un motiv…</translation>
    </message>
    <message>
        <source>Required when the case is referred</source>
        <translation>Obligatoriu când cazul este referit</translation>
    </message>
    <message>
        <source>Closing &amp;date *</source>
        <translation>&amp;Data închiderii *</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Motiv *</translation>
    </message>
    <message>
        <source>Referred &amp;to</source>
        <translation>Referit &amp;către</translation>
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
        <translation>Verifică din &amp;nou</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Deschide înregistrarea</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calitatea datelor</translation>
    </message>
    <message>
        <source>What closing the year would find, record by record. Open a line, correct the record and save: the line goes once the record is right.</source>
        <translation>Ce ar găsi închiderea anului, înregistrare cu înregistrare. Deschideți un rând, corectați înregistrarea și salvați: rândul dispare când înregistrarea este corectă.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anul:</translation>
    </message>
    <message>
        <source>Check again (F5)</source>
        <translation>Verifică din nou (F5)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravitate</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrarea</translation>
    </message>
    <message>
        <source>Victim code</source>
        <translation>Codul victimei</translation>
    </message>
    <message>
        <source>Records to correct</source>
        <translation>Înregistrări de corectat</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <source>national</source>
        <translation>național</translation>
    </message>
    <message>
        <source>Checking the records of %1…</source>
        <translation>Se verifică înregistrările din %1…</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocantă</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>victime</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nr. %2</translation>
    </message>
    <message>
        <source>No problems found in %1: nothing to correct.</source>
        <translation>Nicio problemă găsită în %1: nimic de corectat.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; the first %2 are listed.</source>
        <translation>
            <numerusform>%n problemă găsită în %1; sunt listate primele %2.</numerusform>
            <numerusform>%n probleme găsite în %1; sunt listate primele %2.</numerusform>
            <numerusform>%n de probleme găsite în %1; sunt listate primele %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problemă găsită în %1.</numerusform>
            <numerusform>%n probleme găsite în %1.</numerusform>
            <numerusform>%n de probleme găsite în %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The victim is no longer in the store.</source>
        <translation>Victima nu mai este în depozit.</translation>
    </message>
</context>
<context>
    <name>reper::DemoStoreDialog</name>
    <message>
        <source>Try the demo data</source>
        <translation>Încercați datele demonstrative</translation>
    </message>
    <message>
        <source>&amp;Make the demo store</source>
        <translation>&amp;Creează depozitul demonstrativ</translation>
    </message>
    <message>
        <source>&amp;Open it now</source>
        <translation>&amp;Deschide-l acum</translation>
    </message>
    <message>
        <source>The demo store</source>
        <translation>Depozitul demonstrativ</translation>
    </message>
    <message>
        <source>Reper stores (*.reper)</source>
        <translation>Depozite Reper (*.reper)</translation>
    </message>
    <message>
        <source>Choose where the demo store goes.</source>
        <translation>Alegeți unde se salvează depozitul demonstrativ.</translation>
    </message>
    <message>
        <source>The demo store is ready: %1. Open it now to look around; your store stays as it is, and you can come back to it from the start dialog.</source>
        <translation>Depozitul demonstrativ este gata: %1. Deschideți-l acum ca să îl explorați; depozitul dumneavoastră rămâne neschimbat și vă puteți întoarce la el din fereastra de pornire.</translation>
    </message>
    <message>
        <source>Making the demo store…</source>
        <translation>Se creează depozitul demonstrativ…</translation>
    </message>
</context>
<context>
    <name>reper::DismissDueDialog</name>
    <message>
        <source>Set &amp;aside</source>
        <translation>&amp;Scoate din listă</translation>
    </message>
    <message>
        <source>Set a deadline aside</source>
        <translation>Scoate un termen din listă</translation>
    </message>
    <message>
        <source>%1 for %2, due on %3.</source>
        <translation>%1 pentru %2, scadent la %3.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Alegeți un motiv…</translation>
    </message>
    <message>
        <source>Required when the reason is &quot;other&quot;</source>
        <translation>Obligatorie când motivul este „alt motiv”</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>&amp;Motiv *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notă</translation>
    </message>
    <message>
        <source>The deadline leaves the work list; the audit trail records who set it aside, when and why (not the note).</source>
        <translation>Termenul iese din lista de lucru; jurnalul de audit înregistrează cine l-a scos, când și de ce (nu și nota).</translation>
    </message>
</context>
<context>
    <name>reper::DueListModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>întârziat cu %n zi</numerusform>
            <numerusform>întârziat cu %n zile</numerusform>
            <numerusform>întârziat cu %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>astăzi</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>peste %n zi</numerusform>
            <numerusform>peste %n zile</numerusform>
            <numerusform>peste %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Întârziate</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Scadente astăzi</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Scadente săptămâna aceasta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 for %2, due on %3, counted from %4.</source>
        <translation>%1 pentru %2, scadent la %3, socotit de la %4.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nimeni</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victimă</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Ce este de făcut</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Scadent la</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Responsabil de caz</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centrul</translation>
    </message>
</context>
<context>
    <name>reper::DuplicatesDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Unește…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubluri</translation>
    </message>
    <message>
        <source>Victims of your scope who may be one person: the same CNP, or the same names with the same birth, sex and county. Choose a pair and Merge… to join them.</source>
        <translation>Victime din aria dumneavoastră care pot fi aceeași persoană: același CNP sau aceleași nume, cu aceeași naștere, același sex și același județ. Alegeți o pereche și Unește… pentru a le uni.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regulă</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victimă</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centru</translation>
    </message>
    <message>
        <source>Other victim</source>
        <translation>Cealaltă victimă</translation>
    </message>
    <message>
        <source>Other centre</source>
        <translation>Celălalt centru</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pereche</numerusform>
            <numerusform>%n perechi</numerusform>
            <numerusform>%n de perechi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::EmptyStorePanel</name>
    <message>
        <source>Nothing is recorded here yet</source>
        <translation>Încă nu este nimic înregistrat aici</translation>
    </message>
    <message>
        <source>The figures and charts of this page appear as soon as there are records. To begin:</source>
        <translation>Cifrele și graficele acestei pagini apar de îndată ce există înregistrări. Pentru început:</translation>
    </message>
    <message>
        <source>Add the first &amp;victim</source>
        <translation>Adăugați prima &amp;victimă</translation>
    </message>
    <message>
        <source>Register a victim your centre monitors: the person first, then the identification.</source>
        <translation>Înregistrați o victimă monitorizată de centrul dumneavoastră: întâi persoana, apoi identificarea.</translation>
    </message>
    <message>
        <source>&amp;Import a folder…</source>
        <translation>&amp;Importați un dosar…</translation>
    </message>
    <message>
        <source>Bring in the centre&apos;s spreadsheets (the CSV files of the import format), checked first: nothing is written while a row is wrong.</source>
        <translation>Aduceți tabelele centrului (fișierele CSV ale formatului de import), verificate mai întâi: nu se scrie nimic cât timp un rând este greșit.</translation>
    </message>
    <message>
        <source>Try the &amp;demo data…</source>
        <translation>Încercați datele &amp;demonstrative…</translation>
    </message>
    <message>
        <source>Look around in a separate store of made-up people and activities. This store is not touched.</source>
        <translation>Explorați un depozit separat cu persoane și activități inventate. Acest depozit nu este atins.</translation>
    </message>
</context>
<context>
    <name>reper::ExplainDialog</name>
    <message>
        <source>The records behind a figure of %1 (%2)</source>
        <translation>Înregistrările din spatele unei cifre pentru %1 (%2)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Înregistrări</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valoare</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2 (%3): %4, from %n row(s) below.</source>
        <translation>
            <numerusform>%1 pentru %2 (%3): %4, din %n rând de mai jos.</numerusform>
            <numerusform>%1 pentru %2 (%3): %4, din cele %n rânduri de mai jos.</numerusform>
            <numerusform>%1 pentru %2 (%3): %4, din cele %n de rânduri de mai jos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::ExploitationPicker</name>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principală</translation>
    </message>
    <message>
        <source>Primary form of exploitation</source>
        <translation>Forma principală de exploatare</translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation>Principală: %1</translation>
    </message>
</context>
<context>
    <name>reper::ExportAllDialog</name>
    <message>
        <source>Include &amp;names, CNPs, addresses, phones and notes</source>
        <translation>Includeți &amp;numele, CNP-urile, adresele, telefoanele și notele</translation>
    </message>
    <message>
        <source>I &amp;confirm: this folder will hold the victims&apos; identity</source>
        <translation>&amp;Confirm: acest dosar va conține identitatea victimelor</translation>
    </message>
    <message>
        <source>Export all records</source>
        <translation>Exportă toate înregistrările</translation>
    </message>
    <message>
        <source>Every centre I may see</source>
        <translation>Toate centrele pe care le pot vedea</translation>
    </message>
    <message>
        <source>Identity is written only for the victims of %1, and only when both boxes are ticked. The audit trail records the export with the victims&apos; codes.</source>
        <translation>Identitatea se scrie doar pentru victimele din %1 și doar când ambele căsuțe sunt bifate. Jurnalul de audit înregistrează exportul cu codurile victimelor.</translation>
    </message>
    <message>
        <source>Only a coordinator of the victims&apos; own centre may export their identity; these files will have the identity columns empty.</source>
        <translation>Doar un coordonator al centrului victimelor le poate exporta identitatea; aceste fișiere vor avea coloanele de identitate goale.</translation>
    </message>
    <message>
        <source>Every record you may see — victims, assistance, repatriations, proceedings, prevention and cooperation — as the twelve CSV files of the import, into a new or empty folder. Imported into an empty store they give the same bilanț.</source>
        <translation>Toate înregistrările pe care le puteți vedea — victime, asistență, repatrieri, proceduri, prevenire și cooperare — ca cele douăsprezece fișiere CSV ale importului, într-un dosar nou sau gol. Importate într-un depozit gol, dau același bilanț.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Caută…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dosarul:</translation>
    </message>
    <message>
        <source>C&amp;entre:</source>
        <translation>C&amp;entrul:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportă</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Înc&amp;hide</translation>
    </message>
    <message>
        <source>Export all records to a new or empty folder</source>
        <translation>Exportă toate înregistrările într-un dosar nou sau gol</translation>
    </message>
    <message>
        <source>Exporting the records…</source>
        <translation>Se exportă înregistrările…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record row(s) to %1 (twelve CSV files), with identity.</source>
        <translation>
            <numerusform>%n rând de înregistrări exportat în %1 (douăsprezece fișiere CSV), cu identitate.</numerusform>
            <numerusform>%n rânduri de înregistrări exportate în %1 (douăsprezece fișiere CSV), cu identitate.</numerusform>
            <numerusform>%n de rânduri de înregistrări exportate în %1 (douăsprezece fișiere CSV), cu identitate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record row(s) to %1 (twelve CSV files).</source>
        <translation>
            <numerusform>%n rând de înregistrări exportat în %1 (douăsprezece fișiere CSV).</numerusform>
            <numerusform>%n rânduri de înregistrări exportate în %1 (douăsprezece fișiere CSV).</numerusform>
            <numerusform>%n de rânduri de înregistrări exportate în %1 (douăsprezece fișiere CSV).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Toți anii</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anul:</translation>
    </message>
</context>
<context>
    <name>reper::ExportPackageDialog</name>
    <message>
        <source>Export a centre package</source>
        <translation>Exportă un pachet al centrului</translation>
    </message>
    <message>
        <source>Every record of the centre, with the deletions since the last package, for the headquarters whose public key (HQ.pub) you choose. The file is signed with your key and only that headquarters can open it.</source>
        <translation>Toate înregistrările centrului, cu ștergerile de la ultimul pachet, pentru sediul central a cărui cheie publică (HQ.pub) o alegeți. Fișierul este semnat cu cheia dumneavoastră și doar acel sediu îl poate deschide.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Ca&amp;ută…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>C&amp;aută…</translation>
    </message>
    <message>
        <source>&amp;Centre:</source>
        <translation>&amp;Centrul:</translation>
    </message>
    <message>
        <source>Headquarters&apos; &amp;public key (HQ.pub):</source>
        <translation>Cheia &amp;publică a sediului (HQ.pub):</translation>
    </message>
    <message>
        <source>&amp;Save the package as:</source>
        <translation>&amp;Salvați pachetul ca:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportă</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Î&amp;nchide</translation>
    </message>
    <message>
        <source>Choose headquarters&apos; public key</source>
        <translation>Alegeți cheia publică a sediului central</translation>
    </message>
    <message>
        <source>Headquarters&apos; public key (*.pub);;All files (*)</source>
        <translation>Cheia publică a sediului (*.pub);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Save the centre package</source>
        <translation>Salvați pachetul centrului</translation>
    </message>
    <message>
        <source>Centre packages (*.reperpkg)</source>
        <translation>Pachete ale centrelor (*.reperpkg)</translation>
    </message>
    <message>
        <source>%1 exists: a package is never written over another file. Choose a new name.</source>
        <translation>%1 există: un pachet nu se scrie niciodată peste alt fișier. Alegeți alt nume.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Fișierul %1 nu poate fi citit.</translation>
    </message>
    <message>
        <source>Making the package…</source>
        <translation>Se face pachetul…</translation>
    </message>
    <message>
        <source>Package %1 of %2 was written to %3: %4 records, %5 deletions.</source>
        <translation>Pachetul %1 al %2 a fost scris în %3: %4 înregistrări, %5 ștergeri.</translation>
    </message>
    <message>
        <source>Signed with your key %1.</source>
        <translation>Semnat cu cheia dumneavoastră %1.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message numerus="yes">
        <source>With the identity of %n victim(s).</source>
        <translation>
            <numerusform>Cu identitatea pentru %n victimă.</numerusform>
            <numerusform>Cu identitatea pentru %n victime.</numerusform>
            <numerusform>Cu identitatea pentru %n de victime.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without the victims&apos; identity: you may not read the names of %1 or do not hold its key; headquarters keeps the identity it has.</source>
        <translation>Fără identitatea victimelor: nu puteți citi numele din %1 sau nu aveți cheia lui; sediul păstrează identitatea pe care o are.</translation>
    </message>
    <message numerus="yes">
        <source>With %n merge(s) of two victim codes into one person.</source>
        <translation>
            <numerusform>Cu %n unire a două coduri de victimă într-o singură persoană.</numerusform>
            <numerusform>Cu %n uniri a două coduri de victimă într-o singură persoană.</numerusform>
            <numerusform>Cu %n de uniri a două coduri de victimă într-o singură persoană.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::ExportVictimsDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportă</translation>
    </message>
    <message>
        <source>Every centre I may see</source>
        <translation>Toate centrele pe care le pot vedea</translation>
    </message>
    <message>
        <source>Only a coordinator of the victims&apos; own centre may export their identity; this file will have the identity columns empty.</source>
        <translation>Doar un coordonator al centrului victimelor le poate exporta identitatea; în acest fișier coloanele de identitate vor fi goale.</translation>
    </message>
    <message>
        <source>Export the victims</source>
        <translation>Exportă victimele</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Identifications exported: %1 (victims: %2), with identity, to %3.</source>
        <translation>Identificări exportate: %1 (victime: %2), cu identitate, în %3.</translation>
    </message>
    <message>
        <source>Identifications exported: %1 (victims: %2), to %3.</source>
        <translation>Identificări exportate: %1 (victime: %2), în %3.</translation>
    </message>
    <message>
        <source>Identity is written only for the victims of %1, and only when both boxes are ticked. The audit trail records the export with the victims&apos; codes.</source>
        <translation>Identitatea se scrie doar pentru victimele din %1 și doar când ambele căsuțe sunt bifate. Jurnalul de audit înregistrează exportul cu codurile victimelor.</translation>
    </message>
</context>
<context>
    <name>reper::FileMenu</name>
    <message>
        <source>Make &amp;headquarters&apos; keys…</source>
        <translation>Fă c&amp;heile sediului central…</translation>
    </message>
    <message>
        <source>Export a &amp;centre package…</source>
        <translation>Exportă un pachet al &amp;centrului…</translation>
    </message>
    <message>
        <source>Import a centre &amp;package…</source>
        <translation>Importă un &amp;pachet al unui centru…</translation>
    </message>
</context>
<context>
    <name>reper::GuideDialog</name>
    <message>
        <source>Reper — user guide</source>
        <translation>Reper — ghidul utilizatorului</translation>
    </message>
    <message>
        <source>The user guide is not part of this build.</source>
        <translation>Ghidul utilizatorului nu face parte din această versiune.</translation>
    </message>
</context>
<context>
    <name>reper::HandOverKeysDialog</name>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Predă</translation>
    </message>
</context>
<context>
    <name>reper::HomePage</name>
    <message>
        <source>victims identified</source>
        <translation>victime identificate</translation>
    </message>
    <message>
        <source>victims whose assistance was monitored</source>
        <translation>victime a căror asistență a fost monitorizată</translation>
    </message>
    <message>
        <source>victims repatriated (Romanian citizens)</source>
        <translation>victime repatriate (cetățeni români)</translation>
    </message>
    <message>
        <source>victims supported in criminal proceedings</source>
        <translation>victime sprijinite în procedurile penale</translation>
    </message>
    <message>
        <source>prevention activities</source>
        <translation>activități informativ-preventive</translation>
    </message>
    <message>
        <source>persons reached by prevention messages</source>
        <translation>persoane la care au ajuns mesajele preventive</translation>
    </message>
    <message>
        <source>training sessions for specialists</source>
        <translation>sesiuni de instruire a specialiștilor</translation>
    </message>
    <message>
        <source>inter-institutional events</source>
        <translation>evenimente interinstituționale</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bun venit, %1</translation>
    </message>
    <message>
        <source>Your account has no figures to show.</source>
        <translation>Contul dumneavoastră nu are cifre de afișat.</translation>
    </message>
    <message>
        <source>Figures of %1 for the whole country</source>
        <translation>Cifrele anului %1 la nivel național</translation>
    </message>
    <message>
        <source>Figures of %1 for %2</source>
        <translation>Cifrele anului %1 pentru %2</translation>
    </message>
    <message>
        <source>Nothing is recorded in this store yet.</source>
        <translation>Încă nu este nimic înregistrat în acest depozit.</translation>
    </message>
    <message>
        <source>Nothing is recorded for %1 yet.</source>
        <translation>Încă nu este nimic înregistrat pentru %1.</translation>
    </message>
</context>
<context>
    <name>reper::HqKeysDialog</name>
    <message>
        <source>Make headquarters&apos; keys</source>
        <translation>Cheile sediului central</translation>
    </message>
    <message>
        <source>Headquarters&apos; key pair for centre packages: NAME.pub is given to every centre, NAME.key stays at headquarters, sealed with the password below. Without the key file and its password no package sent to headquarters can be opened.</source>
        <translation>Perechea de chei a sediului central pentru pachetele centrelor: NUME.pub se dă fiecărui centru, NUME.key rămâne la sediu, sigilat cu parola de mai jos. Fără fișierul cheii și parola lui niciun pachet trimis sediului nu poate fi deschis.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Caută…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dosarul:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Numele:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repetați-o:</translation>
    </message>
    <message>
        <source>&amp;Make the keys</source>
        <translation>&amp;Fă cheile</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>În&amp;chide</translation>
    </message>
    <message>
        <source>Folder for headquarters&apos; keys</source>
        <translation>Dosarul pentru cheile sediului central</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Parola trebuie să aibă cel puțin %1 caractere.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
    <message>
        <source>%1 exists: a headquarters key is never written over.</source>
        <translation>%1 există: o cheie a sediului nu se suprascrie niciodată.</translation>
    </message>
    <message>
        <source>Headquarters&apos; key %1, fingerprint %2.
Give %3 to the centres; keep %4 at headquarters.</source>
        <translation>Cheia sediului central %1, amprenta %2.
Dați %3 centrelor; păstrați %4 la sediu.</translation>
    </message>
    <message>
        <source>Making the keys…</source>
        <translation>Se fac cheile…</translation>
    </message>
</context>
<context>
    <name>reper::IdentificationForm</name>
    <message>
        <source>Identification</source>
        <translation>Identificare</translation>
    </message>
</context>
<context>
    <name>reper::IdentityForm</name>
    <message>
        <source>13 digits</source>
        <translation>13 cifre</translation>
    </message>
</context>
<context>
    <name>reper::ImportCheckPage</name>
    <message>
        <source>Check the files</source>
        <translation>Verificarea fișierelor</translation>
    </message>
    <message>
        <source>Checking every row; nothing is written…</source>
        <translation>Se verifică fiecare rând; nu se scrie nimic…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>Verificarea a fost oprită. Nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>The check could not be done: %1</source>
        <translation>Verificarea nu a putut fi făcută: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1 rows; nothing was written. Correct the files at the lines shown (the header is line 1), save them, and press &quot;Check again&quot;.</source>
        <translation>
            <numerusform>%n problemă găsită în %1 rânduri; nu s-a scris nimic. Corectați fișierele la liniile arătate (antetul este linia 1), salvați-le și apăsați „Verifică din nou”.</numerusform>
            <numerusform>%n probleme găsite în %1 rânduri; nu s-a scris nimic. Corectați fișierele la liniile arătate (antetul este linia 1), salvați-le și apăsați „Verifică din nou”.</numerusform>
            <numerusform>%n de probleme găsite în %1 rânduri; nu s-a scris nimic. Corectați fișierele la liniile arătate (antetul este linia 1), salvați-le și apăsați „Verifică din nou”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows checked, no problem found: %2 new records, %3 already present. Press &quot;Import&quot; to write them.</source>
        <translation>%1 rânduri verificate, nicio problemă: %2 înregistrări noi, %3 existente deja. Apăsați „Importă” pentru a le scrie.</translation>
    </message>
</context>
<context>
    <name>reper::ImportFolderPage</name>
    <message>
        <source>Choose the folder</source>
        <translation>Alegerea dosarului</translation>
    </message>
    <message>
        <source>Folder of CSV files</source>
        <translation>Dosarul cu fișiere CSV</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>Acest dosar nu există.</translation>
    </message>
    <message>
        <source>None of the import files is in this folder (victims.csv, assistance.csv, …).</source>
        <translation>În acest dosar nu este niciunul dintre fișierele de import (victims.csv, assistance.csv, …).</translation>
    </message>
    <message>
        <source>Not import files, and not read: %1.</source>
        <translation>Nu sunt fișiere de import și nu sunt citite: %1.</translation>
    </message>
</context>
<context>
    <name>reper::ImportPackageDialog</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Fișierul %1 nu poate fi citit.</translation>
    </message>
    <message>
        <source>Records changed at headquarters since the last package</source>
        <translation>Înregistrări modificate la sediu de la ultimul pachet</translation>
    </message>
    <message>
        <source>Take the c&amp;entre&apos;s version</source>
        <translation>Luați versiunea c&amp;entrului</translation>
    </message>
    <message>
        <source>Keep &amp;headquarters&apos; version</source>
        <translation>Păstrați versiunea &amp;sediului</translation>
    </message>
    <message>
        <source>Import a centre package</source>
        <translation>Importă pachetul unui centru</translation>
    </message>
    <message>
        <source>A package a centre made with File → Export a centre package, sealed to this headquarters&apos; key. Headquarters&apos; copy of that centre becomes equal to the centre&apos;s: new records are added, edited ones updated, deleted ones deleted — all or nothing.</source>
        <translation>Un pachet făcut de un centru cu Fișier → Exportă un pachet al centrului, sigilat pentru cheia acestui sediu. Copia sediului pentru acel centru devine egală cu a centrului: înregistrările noi se adaugă, cele modificate se actualizează, cele șterse se șterg — totul sau nimic.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Caută…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>C&amp;aută…</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Pachetul:</translation>
    </message>
    <message>
        <source>Headquarters&apos; &amp;key (HQ.key):</source>
        <translation>C&amp;heia sediului (HQ.key):</translation>
    </message>
    <message>
        <source>Key pass&amp;word:</source>
        <translation>Paro&amp;la cheii:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Î&amp;nchide</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s package</source>
        <translation>Alegeți pachetul centrului</translation>
    </message>
    <message>
        <source>Centre packages (*.reperpkg);;All files (*)</source>
        <translation>Pachete ale centrelor (*.reperpkg);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Choose headquarters&apos; key</source>
        <translation>Alegeți cheia sediului central</translation>
    </message>
    <message>
        <source>Headquarters&apos; key (*.key);;All files (*)</source>
        <translation>Cheia sediului (*.key);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Se importă pachetul…</translation>
    </message>
    <message>
        <source>changed at headquarters, deleted by the centre</source>
        <translation>modificată la sediu, ștearsă de centru</translation>
    </message>
    <message>
        <source>deleted at headquarters, sent by the centre</source>
        <translation>ștearsă la sediu, trimisă de centru</translation>
    </message>
    <message>
        <source>changed at headquarters and sent by the centre</source>
        <translation>modificată la sediu și trimisă de centru</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1 were changed at headquarters since the last package. Nothing was imported. Choose which version to keep, then import again.</source>
        <translation>
            <numerusform>%n înregistrare a %1 a fost modificată la sediu de la ultimul pachet. Nu s-a importat nimic. Alegeți ce versiune se păstrează, apoi importați din nou.</numerusform>
            <numerusform>%n înregistrări ale %1 au fost modificate la sediu de la ultimul pachet. Nu s-a importat nimic. Alegeți ce versiune se păstrează, apoi importați din nou.</numerusform>
            <numerusform>%n de înregistrări ale %1 au fost modificate la sediu de la ultimul pachet. Nu s-a importat nimic. Alegeți ce versiune se păstrează, apoi importați din nou.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import with this choice</source>
        <translation>&amp;Importă cu această alegere</translation>
    </message>
    <message>
        <source>Package %1 of %2, made %3, was imported.</source>
        <translation>Pachetul %1 al %2, făcut la %3, a fost importat.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, deleted %3, unchanged %4.</source>
        <translation>Adăugate %1, actualizate %2, șterse %3, neschimbate %4.</translation>
    </message>
    <message>
        <source>Kept as headquarters had them: %1.</source>
        <translation>Păstrate cum le avea sediul: %1.</translation>
    </message>
    <message>
        <source>Other centres&apos; records added because these refer to them: %1.</source>
        <translation>Înregistrări ale altor centre adăugate pentru că acestea le menționează: %1.</translation>
    </message>
    <message>
        <source>Signed by the key %1.</source>
        <translation>Semnat cu cheia %1.</translation>
    </message>
    <message>
        <source>Signing keys of %1 introduced now:</source>
        <translation>Cheile de semnare ale %1 introduse acum:</translation>
    </message>
    <message>
        <source>This is the first package of %1: read these fingerprints to the centre by telephone. Later packages must be signed by one of these keys.</source>
        <translation>Acesta este primul pachet al %1: citiți aceste amprente centrului la telefon. Pachetele următoare trebuie semnate cu una dintre aceste chei.</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victimă</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificare</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caz</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistență</translation>
    </message>
    <message>
        <source>Monitoring contact</source>
        <translation>Contact de monitorizare</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Repatriere</translation>
    </message>
    <message>
        <source>Criminal proceeding</source>
        <translation>Procedură penală</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanie</translation>
    </message>
    <message>
        <source>Prevention activity</source>
        <translation>Activitate de prevenire</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acțiune</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Întâlnire a echipei</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Instruire</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Eveniment</translation>
    </message>
    <message>
        <source>Funded project</source>
        <translation>Proiect finanțat</translation>
    </message>
    <message numerus="yes">
        <source>Identity of %n victim(s) written.</source>
        <translation>
            <numerusform>Identitate scrisă pentru %n victimă.</numerusform>
            <numerusform>Identitate scrisă pentru %n victime.</numerusform>
            <numerusform>Identitate scrisă pentru %n de victime.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merges of two victim codes: %1 added, %2 undone by the centre.</source>
        <translation>Uniri a două coduri de victimă: %1 adăugate, %2 desfăcute de centru.</translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s) of the centre left out: their victims are in another merge here.</source>
        <translation>
            <numerusform>%n unire a centrului a fost lăsată deoparte: victimele ei sunt deja în altă unire aici.</numerusform>
            <numerusform>%n uniri ale centrului au fost lăsate deoparte: victimele lor sunt deja în altă unire aici.</numerusform>
            <numerusform>%n de uniri ale centrului au fost lăsate deoparte: victimele lor sunt deja în altă unire aici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>Importul</translation>
    </message>
    <message>
        <source>Importing, all or nothing…</source>
        <translation>Se importă, totul sau nimic…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Se importă…</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new records, %3 were already present.</source>
        <translation>Au fost importate %1 rânduri: %2 înregistrări noi, %3 existau deja.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written.</source>
        <translation>Importul a fost oprit. Nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Importul a eșuat și nu s-a scris nimic: %1</translation>
    </message>
    <message numerus="yes">
        <source>The files changed since the check: %n problem(s). Nothing was written; go through the import again.</source>
        <translation>
            <numerusform>Fișierele s-au schimbat după verificare: %n problemă. Nu s-a scris nimic; reluați importul.</numerusform>
            <numerusform>Fișierele s-au schimbat după verificare: %n probleme. Nu s-a scris nimic; reluați importul.</numerusform>
            <numerusform>Fișierele s-au schimbat după verificare: %n de probleme. Nu s-a scris nimic; reluați importul.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișierul</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rânduri</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Noi</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Existau deja</translation>
    </message>
</context>
<context>
    <name>reper::ImportWizard</name>
    <message>
        <source>Import a folder of files</source>
        <translation>Importul unui dosar de fișiere</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Oprirea importului</translation>
    </message>
    <message>
        <source>Stop the import? Nothing will be written.</source>
        <translation>Opriți importul? Nu se va scrie nimic.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Oprește</translation>
    </message>
</context>
<context>
    <name>reper::InternationalReportForm</name>
    <message>
        <source>National</source>
        <translation>Național</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(alegeți)</translation>
    </message>
    <message>
        <source>internal (exact figures, confidential)</source>
        <translation>internă (cifre exacte, confidențială)</translation>
    </message>
    <message>
        <source>public (small counts hidden)</source>
        <translation>publică (valorile mici ascunse)</translation>
    </message>
    <message>
        <source>You may not see any figures.</source>
        <translation>Nu aveți dreptul să vedeți cifre.</translation>
    </message>
    <message>
        <source>Cancelled. The tables shown are the ones from before.</source>
        <translation>Anulat. Tabelele afișate sunt cele de dinainte.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>Counting the victims of the year…</source>
        <translation>Se numără victimele anului…</translation>
    </message>
    <message>
        <source>Save the international tables</source>
        <translation>Salvați tabelele internaționale</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fișiere %1 (*.%2)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvat în %1.</translation>
    </message>
    <message>
        <source>Export the CTDC case file</source>
        <translation>Exportați fișierul de cazuri CTDC</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1: %n row(s) of %2 victim(s) identified, %3 left out so that every combination appears at least %4 times.</source>
        <translation>
            <numerusform>Salvat în %1: %n rând din %2 victime identificate, %3 omise pentru ca fiecare combinație să apară de cel puțin %4 ori.</numerusform>
            <numerusform>Salvat în %1: %n rânduri din %2 victime identificate, %3 omise pentru ca fiecare combinație să apară de cel puțin %4 ori.</numerusform>
            <numerusform>Salvat în %1: %n de rânduri din %2 victime identificate, %3 omise pentru ca fiecare combinație să apară de cel puțin %4 ori.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::JudicialForm</name>
    <message>
        <source>e.g. 123/P/2024</source>
        <translation>de ex. 123/P/2024</translation>
    </message>
</context>
<context>
    <name>reper::ListModule</name>
    <message>
        <source>Lists</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>reper::LockScreen</name>
    <message>
        <source>Type the password of %1 to go on working.</source>
        <translation>Scrieți parola utilizatorului %1 pentru a continua lucrul.</translation>
    </message>
</context>
<context>
    <name>reper::MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Acasă</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistență</translation>
    </message>
    <message>
        <source>Repatriations</source>
        <translation>Repatrieri</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Proceduri judiciare</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevenire</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperare</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrare</translation>
    </message>
    <message>
        <source>Reper — %1</source>
        <translation>Reper — %1</translation>
    </message>
    <message>
        <source>About Reper</source>
        <translation>Despre Reper</translation>
    </message>
    <message>
        <source>Reper %1 — case monitoring and the annual bilanț of the regional centres of the National Agency against Trafficking in Persons.</source>
        <translation>Reper %1 — monitorizarea cazurilor și bilanțul anual al centrelor regionale ale Agenției Naționale împotriva Traficului de Persoane.</translation>
    </message>
    <message>
        <source>national</source>
        <translation>național</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Lucru în desfășurare</translation>
    </message>
    <message>
        <source>An import, report or backup is still running. Stop it and quit?</source>
        <translation>Un import, un raport sau o copie de siguranță este încă în lucru. Îl opriți și închideți programul?</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Oprește și închide</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de siguranță</translation>
    </message>
    <message>
        <source>The backup on exit failed: %1</source>
        <translation>Copia de siguranță de la închidere a eșuat: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calitatea datelor</translation>
    </message>
</context>
<context>
    <name>reper::MergeWizard</name>
    <message>
        <source>the same CNP</source>
        <translation>același CNP</translation>
    </message>
    <message>
        <source>the same names and birth date</source>
        <translation>aceleași nume și aceeași dată a nașterii</translation>
    </message>
    <message>
        <source>the same names and birth year</source>
        <translation>aceleași nume și același an al nașterii</translation>
    </message>
    <message>
        <source>Merge two victims</source>
        <translation>Unirea a două victime</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unește</translation>
    </message>
    <message>
        <source>Compare the two victims</source>
        <translation>Comparați cele două victime</translation>
    </message>
    <message>
        <source>They may be one person: %1 (score %2).</source>
        <translation>Pot fi aceeași persoană: %1 (scor %2).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centru</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Naștere</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Județ</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>A doua</translation>
    </message>
    <message>
        <source>Both histories are kept: the records of the victim merged in follow the code kept, and an unmerge on the victim&apos;s page moves them back.</source>
        <translation>Ambele istorii se păstrează: înregistrările victimei unite trec la codul păstrat, iar anularea unirii de pe pagina victimei le aduce înapoi.</translation>
    </message>
    <message>
        <source>Which code is kept?</source>
        <translation>Ce cod se păstrează?</translation>
    </message>
    <message>
        <source>The other victim&apos;s records will belong to the code kept; the figures count the person once.</source>
        <translation>Înregistrările celeilalte victime vor aparține codului păstrat; cifrele numără persoana o singură dată.</translation>
    </message>
    <message>
        <source>Keep %1 (%2)</source>
        <translation>Păstrează %1 (%2)</translation>
    </message>
    <message>
        <source>Confirm the merge</source>
        <translation>Confirmați unirea</translation>
    </message>
    <message>
        <source>%1 will be merged into %2. The merge is recorded in the audit trail; a closed year keeps its frozen figures and a revised edition shows the difference.</source>
        <translation>%1 va fi unită cu %2. Unirea se înregistrează în jurnalul de audit; un an închis își păstrează cifrele înghețate, iar o ediție revizuită arată diferența.</translation>
    </message>
</context>
<context>
    <name>reper::MessageBanner</name>
    <message>
        <source>Close the message</source>
        <translation>Închide mesajul</translation>
    </message>
</context>
<context>
    <name>reper::MonitoringContactForm</name>
    <message>
        <source>a role, not a name: the victim, her mother, the shelter</source>
        <translation>un rol, nu un nume: victima, mama, adăpostul</translation>
    </message>
    <message>
        <source>in a few words, without names</source>
        <translation>în câteva cuvinte, fără nume</translation>
    </message>
</context>
<context>
    <name>reper::NewStoreDialog</name>
    <message>
        <source>New store</source>
        <translation>Depozit nou</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Creează</translation>
    </message>
    <message>
        <source>Reper store (*.reper *.store)</source>
        <translation>Depozit Reper (*.reper *.store)</translation>
    </message>
    <message>
        <source>The passwords agree.</source>
        <translation>Parolele coincid.</translation>
    </message>
    <message>
        <source>A file of that name exists already; choose another.</source>
        <translation>Există deja un fișier cu acest nume; alegeți altul.</translation>
    </message>
</context>
<context>
    <name>reper::OptionalDateEdit</name>
    <message>
        <source>Type the date (15.11.2026) or choose it in the calendar (Alt+Down)</source>
        <translation>Scrieți data (15.11.2026) sau alegeți-o în calendar (Alt+Săgeată jos)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>zz.ll.aaaa</translation>
    </message>
    <message>
        <source>Choose in the calendar</source>
        <translation>Alegeți în calendar</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Alegeți în calendar (Alt+Săgeată jos)</translation>
    </message>
</context>
<context>
    <name>reper::PreventionForm</name>
    <message>
        <source>Online audience, kept apart from the participants</source>
        <translation>Audiența online, numărată separat de participanți</translation>
    </message>
</context>
<context>
    <name>reper::ProblemTableModel</name>
    <message>
        <source>File</source>
        <translation>Fișierul</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linia</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coloana</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>reper::ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Se oprește…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rânduri</translation>
    </message>
</context>
<context>
    <name>reper::RecordDialog</name>
    <message>
        <source>Created by %1 on %2</source>
        <translation>Creată de %1 la %2</translation>
    </message>
    <message>
        <source>last changed by %1 on %2</source>
        <translation>modificată ultima dată de %1 la %2</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvează (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>You may read this record but not change it.</source>
        <translation>Puteți citi această înregistrare, dar nu o puteți modifica.</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>Înregistrare nouă: %1</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Ștergerea înregistrării</translation>
    </message>
    <message>
        <source>Delete this record (%1)? This cannot be undone.</source>
        <translation>Ștergeți această înregistrare (%1)? Operația nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
</context>
<context>
    <name>reper::RecordForm</name>
    <message>
        <source>&apos;%1&apos; is not in the list</source>
        <translation>„%1” nu este în listă</translation>
    </message>
</context>
<context>
    <name>reper::RecordListPage</name>
    <message>
        <source>Search by victim code or name (Ctrl+F)</source>
        <translation>Caută după codul victimei sau nume (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Caută (Ctrl+F)</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Înregistrare nouă (Ctrl+N)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toți anii</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Toate centrele</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Oricare</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Coloane</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this victim and everything recorded about them? This cannot be undone.</source>
        <translation>Ștergeți această victimă și tot ce este înregistrat despre ea? Operația nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Delete this record (%1)? This cannot be undone.</source>
        <translation>Ștergeți această înregistrare (%1)? Operația nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Ștergerea înregistrării</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>The record was deleted.</source>
        <translation>Înregistrarea a fost ștearsă.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Căutare: %1</translation>
    </message>
</context>
<context>
    <name>reper::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Cheia de recuperare</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Salvarea cheii de recuperare</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Reper — recovery key</source>
        <translation>Reper — cheia de recuperare</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Depozitul: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creat: %1</translation>
    </message>
    <message>
        <source>With this key and the store file the records can be opened even if the key file is lost or every password is forgotten (reper-cli recover). Keep it locked away, offline.</source>
        <translation>Cu această cheie și cu fișierul depozitului, înregistrările pot fi deschise chiar dacă fișierul de chei se pierde sau toate parolele sunt uitate (reper-cli recover). Păstrați-o încuiată, offline.</translation>
    </message>
    <message>
        <source>Saved to %1. Move this file to a USB stick kept locked away, and delete it from this computer.</source>
        <translation>Salvată în %1. Mutați acest fișier pe un stick USB păstrat încuiat și ștergeți-l de pe acest calculator.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Tipărirea cheii de recuperare</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Trimisă la imprimantă.</translation>
    </message>
</context>
<context>
    <name>reper::RecoveryOpenDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Deschiderea cu cheia de recuperare</translation>
    </message>
    <message>
        <source>&amp;Open the store</source>
        <translation>&amp;Deschide depozitul</translation>
    </message>
    <message>
        <source>14 groups of characters, as printed when the store was made; dashes and case do not matter.</source>
        <translation>14 grupe de caractere, ca pe hârtia tipărită la crearea depozitului; liniuțele și literele mari sau mici nu contează.</translation>
    </message>
</context>
<context>
    <name>reper::RepatriationForm</name>
    <message>
        <source>border crossing or airport</source>
        <translation>punct de trecere a frontierei sau aeroport</translation>
    </message>
</context>
<context>
    <name>reper::ReportForm</name>
    <message>
        <source>National</source>
        <translation>Național</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(alegeți)</translation>
    </message>
    <message>
        <source>internal (exact figures, confidential)</source>
        <translation>internă (cifre exacte, confidențial)</translation>
    </message>
    <message>
        <source>public (small counts hidden)</source>
        <translation>publică (valorile mici ascunse)</translation>
    </message>
    <message>
        <source>revised (a closed year against today)</source>
        <translation>revizuită (un an închis față de astăzi)</translation>
    </message>
    <message>
        <source>You may not see any figures.</source>
        <translation>Nu aveți dreptul să vedeți cifre.</translation>
    </message>
    <message>
        <source>Cancelled. The report shown is the one from before.</source>
        <translation>Anulat. Bilanțul afișat este cel de dinainte.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>Se calculează cifrele…</translation>
    </message>
    <message>
        <source>%1 is closed: these are the figures frozen at the closing.</source>
        <translation>Anul %1 este închis: acestea sunt cifrele înghețate la închidere.</translation>
    </message>
    <message>
        <source>Save the bilanț</source>
        <translation>Salvarea bilanțului</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fișiere %1 (*.%2)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvat în %1.</translation>
    </message>
    <message>
        <source>Print the bilanț</source>
        <translation>Tipărirea bilanțului</translation>
    </message>
</context>
<context>
    <name>reper::ReportsPage</name>
    <message>
        <source>%1 is closed: these are the figures frozen at the closing.</source>
        <translation>Anul %1 este închis: acestea sunt cifrele înghețate la închidere.</translation>
    </message>
    <message>
        <source>&amp;Bilanț</source>
        <translation>&amp;Bilanț</translation>
    </message>
    <message>
        <source>&amp;International (Eurostat, GRETA, SDG 16.2.2)</source>
        <translation>&amp;Internațional (Eurostat, GRETA, ODD 16.2.2)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>&amp;Case load</source>
        <translation>&amp;Volumul de cazuri</translation>
    </message>
</context>
<context>
    <name>reper::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Resetarea parolei lui %1</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working now. Give them this temporary password in person; they must choose their own the next time they sign in. Their lockout, if any, ends.</source>
        <translation>Parola lui %1 nu mai funcționează de acum. Dați-i personal această parolă temporară; la următoarea autentificare trebuie să își aleagă propria parolă. O eventuală blocare se încheie.</translation>
    </message>
    <message>
        <source>&amp;Reset the password</source>
        <translation>&amp;Resetează parola</translation>
    </message>
    <message>
        <source>Enable %1 again</source>
        <translation>Reactivarea lui %1</translation>
    </message>
    <message>
        <source>%1 becomes active again, with the rights they had. Give them this temporary password in person; they must choose their own the next time they sign in.</source>
        <translation>%1 devine din nou activ, cu drepturile pe care le avea. Dați-i această parolă temporară personal; la următoarea autentificare trebuie să își aleagă propria parolă.</translation>
    </message>
    <message>
        <source>&amp;Enable again</source>
        <translation>&amp;Reactivează</translation>
    </message>
</context>
<context>
    <name>reper::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurarea dintr-o copie de siguranță</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurează</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Alegerea copiei de siguranță</translation>
    </message>
    <message>
        <source>Reper store (*.reper *.store *.bak);;All files (*)</source>
        <translation>Depozit Reper (*.reper *.store *.bak);;Toate fișierele (*)</translation>
    </message>
</context>
<context>
    <name>reper::ServerAddressDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Conectare la un server</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>&amp;Folosește acest server</translation>
    </message>
    <message>
        <source>Type the server&apos;s name and its database.</source>
        <translation>Scrieți numele serverului și baza lui de date.</translation>
    </message>
    <message>
        <source>This computer: nothing leaves it, so no certificate is needed.</source>
        <translation>Acest calculator: nimic nu iese din el, deci nu este nevoie de certificat.</translation>
    </message>
    <message>
        <source>The connection is encrypted, but nobody checks that it goes to your server: anyone on the way could read and change what is sent. Untick the box only on a network your administrator says is private.</source>
        <translation>Conexiunea este criptată, dar nimeni nu verifică dacă ajunge la serverul dumneavoastră: oricine de pe drum ar putea citi și schimba ce se trimite. Debifați caseta doar într-o rețea despre care administratorul spune că este privată.</translation>
    </message>
    <message>
        <source>The connection is encrypted and the server&apos;s certificate is checked.</source>
        <translation>Conexiunea este criptată, iar certificatul serverului este verificat.</translation>
    </message>
</context>
<context>
    <name>reper::SideBarDelegate</name>
    <message numerus="yes">
        <source>%n overdue deadline(s)</source>
        <translation>
            <numerusform>%n termen întârziat</numerusform>
            <numerusform>%n termene întârziate</numerusform>
            <numerusform>%n de termene întârziate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1, %n întârziat</numerusform>
            <numerusform>%1, %n întârziate</numerusform>
            <numerusform>%1, %n de întârziate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reper::StartDialog</name>
    <message>
        <source>Open a store</source>
        <translation>Deschiderea unui depozit</translation>
    </message>
    <message>
        <source>Reper store (*.reper *.store);;All files (*)</source>
        <translation>Depozit Reper (*.reper *.store);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Choose a store, or create a new one.</source>
        <translation>Alegeți un depozit sau creați unul nou.</translation>
    </message>
    <message>
        <source>There is no store at %1. Check the path, or create a new store.</source>
        <translation>Nu există niciun depozit la %1. Verificați calea sau creați un depozit nou.</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>Scrieți numele de utilizator și parola.</translation>
    </message>
    <message>
        <source>Reper — open a store</source>
        <translation>Reper — deschiderea depozitului</translation>
    </message>
    <message>
        <source>An interrupted restore was finished</source>
        <translation>O restaurare întreruptă a fost încheiată</translation>
    </message>
    <message>
        <source>A store on a server has no recovery key: its administrator gives a user a new temporary password.</source>
        <translation>Un depozit de pe un server nu are cheie de recuperare: administratorul îi dă utilizatorului o nouă parolă temporară.</translation>
    </message>
</context>
<context>
    <name>reper::TimelineModel</name>
    <message>
        <source>Identification</source>
        <translation>Identificare</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Asistență</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Repatriere</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Proceduri judiciare</translation>
    </message>
    <message>
        <source>identified on %1</source>
        <translation>identificată la %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>până la %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>în curs</translation>
    </message>
    <message>
        <source>from %1, %2</source>
        <translation>din %1, %2</translation>
    </message>
    <message>
        <source>arrived on %1</source>
        <translation>sosită la %1</translation>
    </message>
    <message>
        <source>case %1, %2, %3</source>
        <translation>dosarul %1, %2, %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrarea</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centrul</translation>
    </message>
    <message>
        <source>Monitoring contact</source>
        <translation>Contact de monitorizare</translation>
    </message>
    <message>
        <source>next contact on %1</source>
        <translation>următorul contact la %1</translation>
    </message>
</context>
<context>
    <name>reper::TodayPage</name>
    <message>
        <source>C&amp;entre:</source>
        <translation>C&amp;entrul:</translation>
    </message>
    <message>
        <source>Nothing is due in the next seven days.</source>
        <translation>Nimic nu este scadent în următoarele șapte zile.</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Deschide înregistrarea</translation>
    </message>
    <message>
        <source>&amp;Set aside…</source>
        <translation>&amp;Scoate din listă…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Astăzi, %1</translation>
    </message>
    <message>
        <source>Case &amp;worker:</source>
        <translation>&amp;Responsabil de caz:</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Termene</translation>
    </message>
    <message>
        <source>Opens the victim&apos;s record and a new monitoring contact (Enter)</source>
        <translation>Deschide fișa victimei și un contact de monitorizare nou (Enter)</translation>
    </message>
    <message>
        <source>Takes the deadline off the list, with a reason that is recorded</source>
        <translation>Scoate termenul din listă, cu un motiv care se înregistrează</translation>
    </message>
    <message>
        <source>The deadlines of the open cases of every centre, by centre and case worker.</source>
        <translation>Termenele cazurilor deschise din toate centrele, pe centre și responsabili de caz.</translation>
    </message>
    <message>
        <source>The deadlines of the open cases of %1, by case worker.</source>
        <translation>Termenele cazurilor deschise din %1, pe responsabili de caz.</translation>
    </message>
    <message>
        <source>The deadlines of your cases at %1; choose &quot;everyone&quot; for the whole centre.</source>
        <translation>Termenele cazurilor dumneavoastră din %1; alegeți „Toți” pentru tot centrul.</translation>
    </message>
    <message>
        <source>All centres</source>
        <translation>Toate centrele</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toți</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (eu)</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Nealocat nimănui</translation>
    </message>
</context>
<context>
    <name>reper::UsersPanel</name>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roluri</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centru</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Only an administrator manages the users.</source>
        <translation>Doar un administrator gestionează utilizatorii.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activ</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>dezactivat</translation>
    </message>
    <message>
        <source>disabled since %1</source>
        <translation>dezactivat din %1</translation>
    </message>
    <message>
        <source>locked out until %1</source>
        <translation>blocat până la %1</translation>
    </message>
    <message>
        <source>temporary: must be changed</source>
        <translation>temporară: trebuie schimbată</translation>
    </message>
    <message>
        <source>their own</source>
        <translation>proprie</translation>
    </message>
    <message>
        <source>no key slot</source>
        <translation>fără intrare în fișierul de chei</translation>
    </message>
    <message>
        <source>national</source>
        <translation>național</translation>
    </message>
    <message>
        <source>%1 was added with the temporary password you gave. They must choose their own when they first sign in.</source>
        <translation>%1 a fost adăugat cu parola temporară pe care ați dat-o. La prima autentificare își alege propria parolă.</translation>
    </message>
    <message>
        <source>%1 has a new temporary password and must choose their own at first use.</source>
        <translation>%1 are o nouă parolă temporară și trebuie să își aleagă propria parolă la prima folosire.</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>Dezactivarea unui utilizator</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Dezactivează</translation>
    </message>
    <message>
        <source>%1 is disabled; the audit trail keeps their name.</source>
        <translation>%1 este dezactivat; jurnalul de audit îi păstrează numele.</translation>
    </message>
    <message>
        <source>Users are never deleted: the audit trail keeps their names. A disabled user can be enabled again, with a new temporary password.</source>
        <translation>Utilizatorii nu se șterg niciodată: jurnalul de audit le păstrează numele. Un utilizator dezactivat poate fi reactivat, cu o parolă temporară nouă.</translation>
    </message>
    <message>
        <source>%1 is active again, with a temporary password to change at first use.</source>
        <translation>%1 este din nou activ, cu o parolă temporară de schimbat la prima folosire.</translation>
    </message>
    <message>
        <source>Disable %1? Their password stops opening the store at once. The audit trail keeps their name; they can be enabled again later, with a new temporary password.</source>
        <translation>Dezactivați utilizatorul %1? Parola lui nu mai deschide depozitul de îndată. Jurnalul de audit îi păstrează numele; poate fi reactivat mai târziu, cu o parolă temporară nouă.</translation>
    </message>
    <message>
        <source>A new store key</source>
        <translation>O cheie nouă pentru depozit</translation>
    </message>
    <message>
        <source>%1 knew the store key, which opens a copy of the store file without any password. Give the store a new key now? Everyone else keeps their password; backups made before still open with the old key.</source>
        <translation>%1 cunoștea cheia depozitului, care deschide o copie a fișierului depozit fără nicio parolă. Dați acum depozitului o cheie nouă? Toți ceilalți își păstrează parola; copiile făcute înainte se deschid în continuare cu vechea cheie.</translation>
    </message>
    <message>
        <source>&amp;New key</source>
        <translation>Cheie &amp;nouă</translation>
    </message>
    <message>
        <source>Give the store a new key, after a suspected leak or when someone left? Everyone keeps their password; backups made before still open with the old key. Nobody else may have the store open meanwhile.</source>
        <translation>Dați depozitului o cheie nouă, după o posibilă scurgere sau după plecarea cuiva? Toți își păstrează parola; copiile făcute înainte se deschid în continuare cu vechea cheie. Nimeni altcineva nu poate avea depozitul deschis între timp.</translation>
    </message>
    <message>
        <source>The store has a new key. Backups made before still open with the old one: delete those you no longer need.</source>
        <translation>Depozitul are o cheie nouă. Copiile făcute înainte se deschid în continuare cu cea veche: ștergeți-le pe cele de care nu mai aveți nevoie.</translation>
    </message>
    <message>
        <source>These users need a password reset: %1.</source>
        <translation>Acești utilizatori au nevoie de resetarea parolei: %1.</translation>
    </message>
    <message>
        <source>Nobody was waiting for a centre&apos;s key.</source>
        <translation>Nimeni nu aștepta cheia unui centru.</translation>
    </message>
    <message>
        <source>The keys to the names of their centre were handed to: %1.</source>
        <translation>Cheile numelor din centrul lor au fost predate către: %1.</translation>
    </message>
    <message>
        <source>Still waiting until they choose their own password: %1.</source>
        <translation>Așteaptă încă până își aleg propria parolă: %1.</translation>
    </message>
</context>
<context>
    <name>reper::VictimForm</name>
    <message>
        <source>An opaque code: never initials, a birth date or a county</source>
        <translation>Un cod neutru: niciodată inițiale, data nașterii sau județul</translation>
    </message>
    <message>
        <source>When only the year of birth is known</source>
        <translation>Când se cunoaște doar anul nașterii</translation>
    </message>
</context>
<context>
    <name>reper::VictimPage</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvează (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Înapoi la listă (Esc)</translation>
    </message>
    <message>
        <source>Victim %1</source>
        <translation>Victima %1</translation>
    </message>
    <message>
        <source>New victim</source>
        <translation>Victimă nouă</translation>
    </message>
    <message>
        <source>Save the victim first; then add the identification and the rest.</source>
        <translation>Salvați întâi victima; apoi adăugați identificarea și celelalte.</translation>
    </message>
    <message>
        <source>Created by %1 on %2; last changed by %3 on %4</source>
        <translation>Creată de %1 la %2; modificată ultima dată de %3 la %4</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Ștergerea înregistrării</translation>
    </message>
    <message>
        <source>Delete this record (%1 of %2)? This cannot be undone.</source>
        <translation>Ștergeți această înregistrare (%1 din %2)? Operația nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Delete victim</source>
        <translation>Ștergerea victimei</translation>
    </message>
    <message>
        <source>Delete victim %1 and everything recorded about them? This cannot be undone.</source>
        <translation>Ștergeți victima %1 și tot ce este înregistrat despre ea? Operația nu poate fi anulată.</translation>
    </message>
    <message>
        <source>The case is saved.</source>
        <translation>Cazul este salvat.</translation>
    </message>
    <message>
        <source>&amp;Unmerge…</source>
        <translation>Anulează &amp;unirea…</translation>
    </message>
    <message>
        <source>Merged into %1 (%2): its records belong to %1.</source>
        <translation>Unită cu %1 (%2): înregistrările ei aparțin lui %1.</translation>
    </message>
    <message>
        <source>%1 (%2) was merged into this victim: its records are listed here.</source>
        <translation>%1 (%2) a fost unită cu această victimă: înregistrările ei sunt listate aici.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Anularea unirii</translation>
    </message>
    <message>
        <source>Make %1 its own victim again? The records the merge moved go back to it.</source>
        <translation>Faceți din nou din %1 o victimă de sine stătătoare? Înregistrările mutate la unire se întorc la ea.</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>Anulează &amp;unirea</translation>
    </message>
    <message>
        <source>%1 is its own victim again.</source>
        <translation>%1 este din nou o victimă de sine stătătoare.</translation>
    </message>
</context>
<context>
    <name>reper::VictimsModule</name>
    <message>
        <source>Victim</source>
        <translation>Victimă</translation>
    </message>
    <message>
        <source>D&amp;uplicates…</source>
        <translation>D&amp;ubluri…</translation>
    </message>
    <message>
        <source>Victims who may be one person, and merging them</source>
        <translation>Victime care pot fi aceeași persoană și unirea lor</translation>
    </message>
</context>
<context>
    <name>reper::YearClosingPanel</name>
    <message>
        <source>You may not close the years of this scope.</source>
        <translation>Nu puteți închide anii acestui nivel.</translation>
    </message>
    <message>
        <source>&amp;Close again…</source>
        <translation>Închide din &amp;nou…</translation>
    </message>
    <message>
        <source>%1 is already closed (version %2, %3 UTC, by %4); closing again freezes today&apos;s figures as version %5.</source>
        <translation>%1 este deja închis (versiunea %2, %3 UTC, de %4); o nouă închidere îngheață cifrele de astăzi ca versiunea %5.</translation>
    </message>
    <message>
        <source>&amp;Close the year…</source>
        <translation>Î&amp;nchide anul…</translation>
    </message>
    <message>
        <source>Freeze the figures of %1 as they are today.</source>
        <translation>Îngheață cifrele anului %1 așa cum sunt astăzi.</translation>
    </message>
    <message>
        <source>Cancelled: the data of %1 were not checked.</source>
        <translation>Anulat: datele anului %1 nu au fost verificate.</translation>
    </message>
    <message>
        <source>The data-quality check found nothing to correct in %1 (%2).</source>
        <translation>Verificarea calității datelor nu a găsit nimic de corectat pentru %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The data-quality check of %1 (%2) found %n problem(s)</source>
        <translation>
            <numerusform>Verificarea calității datelor pentru %1 (%2) a găsit %n problemă</numerusform>
            <numerusform>Verificarea calității datelor pentru %1 (%2) a găsit %n probleme</numerusform>
            <numerusform>Verificarea calității datelor pentru %1 (%2) a găsit %n de probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them would stop the closing.</source>
        <translation>
            <numerusform>%n dintre ele ar opri închiderea.</numerusform>
            <numerusform>%n dintre ele ar opri închiderea.</numerusform>
            <numerusform>%n dintre ele ar opri închiderea.</numerusform>
        </translation>
    </message>
    <message>
        <source>blocking: </source>
        <translation>blochează: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertisment: </translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Verificarea datelor</translation>
    </message>
    <message>
        <source>Checking the data of %1…</source>
        <translation>Se verifică datele anului %1…</translation>
    </message>
    <message>
        <source>Close %1 for %2 again?

It was closed on %3 UTC by %4 (version %5). Today&apos;s figures are frozen as version %6: from now on the bilanț of %1 shows them, and the earlier version stays recorded.</source>
        <translation>Închideți din nou %1 pentru %2?

A fost închis la %3 UTC de %4 (versiunea %5). Cifrele de astăzi se îngheață ca versiunea %6: de acum bilanțul pe %1 le arată pe acestea, iar versiunea anterioară rămâne înregistrată.</translation>
    </message>
    <message>
        <source>Close %1 for %2?

The year&apos;s figures are frozen as they are now: the bilanț of %1 will always show these figures. Records of %1 added or changed later do not change them; they are shown in the revised edition, set against the frozen figures.</source>
        <translation>Închideți anul %1 pentru %2?

Cifrele anului sunt înghețate așa cum sunt acum: bilanțul pe %1 va arăta mereu aceste cifre. Înregistrările din %1 adăugate sau schimbate mai târziu nu le schimbă; ele apar în ediția revizuită, alături de cifrele înghețate.</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>Închide anul</translation>
    </message>
    <message>
        <source>Close again</source>
        <translation>Închide din nou</translation>
    </message>
    <message numerus="yes">
        <source>The data-quality check found %n blocking problem(s):</source>
        <translation>
            <numerusform>Verificarea calității datelor a găsit %n problemă care blochează închiderea:</numerusform>
            <numerusform>Verificarea calității datelor a găsit %n probleme care blochează închiderea:</numerusform>
            <numerusform>Verificarea calității datelor a găsit %n de probleme care blochează închiderea:</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them first, or close anyway: the closing then records that it was forced.</source>
        <translation>Corectați-le întâi sau închideți oricum: închiderea va fi atunci înregistrată ca forțată.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Închide oricum</translation>
    </message>
    <message>
        <source>Checking and closing %1…</source>
        <translation>Se verifică și se închide anul %1…</translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation>Se închide anul %1…</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not closed.</source>
        <translation>Anulat: anul %1 nu a fost închis.</translation>
    </message>
</context>
</TS>
