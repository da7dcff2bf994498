<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AuditSegments</name>
    <message>
        <source>the trail is empty</source>
        <translation>jurnalul este gol</translation>
    </message>
    <message>
        <source>entry %1 is missing or out of order</source>
        <translation>intrarea %1 lipsește sau nu este în ordine</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>intrarea %1 nu urmează intrarea dinaintea ei</translation>
    </message>
    <message>
        <source>entry %1 was altered: its content does not match its hash</source>
        <translation>intrarea %1 a fost modificată: conținutul ei nu corespunde amprentei</translation>
    </message>
    <message>
        <source>entry %1 has no valid signature</source>
        <translation>intrarea %1 nu are o semnătură validă</translation>
    </message>
    <message>
        <source>entry 1 does not introduce the key that signs it</source>
        <translation>intrarea 1 nu introduce cheia care o semnează</translation>
    </message>
    <message>
        <source>entry %1 is signed by a key the trail has not introduced</source>
        <translation>intrarea %1 este semnată cu o cheie pe care jurnalul nu a introdus-o</translation>
    </message>
    <message>
        <source>The audit trail of the store to migrate does not hold (%1); nothing was migrated. Run reper-cli audit verify on it.</source>
        <translation>Jurnalul de audit al depozitului de migrat nu este intact (%1); nu s-a migrat nimic. Rulați reper-cli audit verify pe el.</translation>
    </message>
    <message>
        <source>The migrated audit trail could not be recorded.</source>
        <translation>Jurnalul de audit migrat nu a putut fi înregistrat.</translation>
    </message>
    <message>
        <source>the migrated trails cannot be read: %1</source>
        <translation>jurnalele migrate nu pot fi citite: %1</translation>
    </message>
    <message>
        <source>the trail migrated from store %1 cannot be read</source>
        <translation>jurnalul migrat din depozitul %1 nu poate fi citit</translation>
    </message>
    <message>
        <source>it does not end at the head recorded with it</source>
        <translation>nu se termină la capătul înregistrat odată cu el</translation>
    </message>
    <message>
        <source>it does not end at the head (%1) that this store&apos;s trail recorded when it was migrated</source>
        <translation>nu se termină la capătul (%1) pe care jurnalul acestui depozit l-a înregistrat la migrare</translation>
    </message>
    <message>
        <source>this store&apos;s trail records no migration of it</source>
        <translation>jurnalul acestui depozit nu înregistrează nicio migrare a lui</translation>
    </message>
    <message>
        <source>the trail migrated from store %1: %2 entries, chained, signed and ending at the head its migration recorded (%3)</source>
        <translation>jurnalul migrat din depozitul %1: %2 intrări, înlănțuite, semnate și terminate la capătul înregistrat la migrare (%3)</translation>
    </message>
    <message>
        <source>the trail migrated from store %1: %2</source>
        <translation>jurnalul migrat din depozitul %1: %2</translation>
    </message>
    <message>
        <source>the trail migrated from store %1 is missing (this store&apos;s trail records its migration)</source>
        <translation>jurnalul migrat din depozitul %1 lipsește (jurnalul acestui depozit îi înregistrează migrarea)</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>A signing key is missing.</source>
        <translation>Lipsește o cheie de semnare.</translation>
    </message>
    <message>
        <source>Only an administrator may read the audit trail.</source>
        <translation>Doar un administrator poate citi jurnalul de audit.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read.</source>
        <translation>Jurnalul de audit nu poate fi citit.</translation>
    </message>
    <message>
        <source>The audit trail cannot be written.</source>
        <translation>Jurnalul de audit nu poate fi scris.</translation>
    </message>
    <message>
        <source>The audit trail does not know the table %1.</source>
        <translation>Jurnalul de audit nu cunoaște tabelul %1.</translation>
    </message>
    <message>
        <source>This session cannot sign the audit trail (the store was opened without a user key).</source>
        <translation>Această sesiune nu poate semna jurnalul de audit (depozitul a fost deschis fără cheia unui utilizator).</translation>
    </message>
    <message>
        <source>Your key slot holds a signing key that this store&apos;s audit trail does not know, while the trail has another key for you. Ask an administrator to reset your password.</source>
        <translation>Slotul dumneavoastră de cheie conține o cheie de semnare pe care jurnalul de audit al acestui depozit nu o cunoaște, iar jurnalul are o altă cheie pentru dumneavoastră. Cereți unui administrator să vă reseteze parola.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>%1 is neither a backup of this store nor a file holding an audit head.</source>
        <translation>%1 nu este nici o copie a acestui depozit, nici un fișier cu capătul jurnalului de audit.</translation>
    </message>
    <message>
        <source>%1 record change(s) are not signed yet (they will be when the session closes)</source>
        <translation>%1 modificări de înregistrări nu sunt încă semnate (vor fi la închiderea sesiunii)</translation>
    </message>
    <message>
        <source>%1 records entry %2 but the trail ends at %3: entries were cut off</source>
        <translation>%1 consemnează intrarea %2, dar jurnalul se oprește la %3: au fost tăiate intrări</translation>
    </message>
    <message>
        <source>FAILED: … and %1 more</source>
        <translation>EȘUAT: … și încă %1</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Nu există fișierul %1.</translation>
    </message>
    <message>
        <source>chain of %1 entries, each linked to the one before (head %2)</source>
        <translation>lanț de %1 intrări, fiecare legată de cea dinainte (capăt %2)</translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>lipsesc intrările %1–%2</translation>
    </message>
    <message>
        <source>entry %1 (%2): a key for %3 was set without another user&apos;s key (%4); the entries it signs rest on the recovery key or on the old slot</source>
        <translation>intrarea %1 (%2): o cheie pentru %3 a fost stabilită fără cheia altui utilizator (%4); intrările semnate cu ea se sprijină pe cheia de recuperare sau pe vechea intrare din fișierul de chei</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (the chain is broken there)</source>
        <translation>intrarea %1 nu urmează intrării dinainte (lanțul este rupt acolo)</translation>
    </message>
    <message>
        <source>entry %1 has no valid signature</source>
        <translation>intrarea %1 nu are o semnătură validă</translation>
    </message>
    <message>
        <source>entry %1 introduces a key in a way the trail does not allow</source>
        <translation>intrarea %1 introduce o cheie într-un mod pe care jurnalul nu îl permite</translation>
    </message>
    <message>
        <source>entry %1 is out of order</source>
        <translation>intrarea %1 nu este la locul ei</translation>
    </message>
    <message>
        <source>entry %1 is signed by a key that was not %2&apos;s key at that point</source>
        <translation>intrarea %1 este semnată cu o cheie care nu era atunci cheia lui %2</translation>
    </message>
    <message>
        <source>entry %1 names a signing key the store does not hold</source>
        <translation>intrarea %1 numește o cheie de semnare pe care depozitul nu o are</translation>
    </message>
    <message>
        <source>entry %1 was altered: its content does not match its hash</source>
        <translation>intrarea %1 a fost modificată: conținutul nu se potrivește cu amprenta ei</translation>
    </message>
    <message>
        <source>every entry signed by its user&apos;s key at the time</source>
        <translation>fiecare intrare semnată cu cheia de atunci a utilizatorului ei</translation>
    </message>
    <message>
        <source>every stored key was introduced by the trail</source>
        <translation>fiecare cheie păstrată a fost introdusă prin jurnal</translation>
    </message>
    <message>
        <source>keys %1 were not introduced by the trail</source>
        <translation>cheile %1 nu au fost introduse prin jurnal</translation>
    </message>
    <message>
        <source>the audit trail cannot be read: %1</source>
        <translation>jurnalul de audit nu poate fi citit: %1</translation>
    </message>
    <message>
        <source>the audit trail is empty</source>
        <translation>jurnalul de audit este gol</translation>
    </message>
    <message>
        <source>the trail contains the head recorded in %1 (%2)</source>
        <translation>jurnalul conține capătul consemnat în %1 (%2)</translation>
    </message>
    <message>
        <source>the trail starts with the key this store was created with</source>
        <translation>jurnalul începe cu cheia cu care a fost creat depozitul</translation>
    </message>
    <message>
        <source>your key slot does not record the trail&apos;s first key; the start of the trail is taken on trust (a slot written by an older version or by a recovery)</source>
        <translation>intrarea dumneavoastră din fișierul de chei nu consemnează prima cheie a jurnalului; începutul jurnalului este acceptat pe încredere (o intrare scrisă de o versiune mai veche sau la o recuperare)</translation>
    </message>
    <message>
        <source>your own key is the one the trail names for you</source>
        <translation>cheia dumneavoastră este cea pe care jurnalul o numește pentru dumneavoastră</translation>
    </message>
    <message>
        <source>the trail never states the roles of %1 (a user from before the trail); they are taken from the user table</source>
        <translation>jurnalul nu declară niciodată rolurile lui %1 (un utilizator de dinaintea jurnalului); sunt luate din tabelul utilizatorilor</translation>
    </message>
    <message>
        <source>entry %1 (%2) is signed by %3, who was not an administrator at that point</source>
        <translation>intrarea %1 (%2) este semnată de %3, care nu era administrator în acel moment</translation>
    </message>
    <message>
        <source>entry %1 introduces a key for %2 by itself while %2 already had one</source>
        <translation>intrarea %1 introduce singură o cheie pentru %2, deși %2 avea deja una</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>A backup cannot overwrite the store itself.</source>
        <translation>O copie de siguranță nu poate scrie peste depozitul însuși.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current store; nothing was restored.</source>
        <translation>Nu se poate păstra o copie a depozitului actual; nu s-a restaurat nimic.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 nu poate fi citit.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 nu poate fi scris.</translation>
    </message>
    <message>
        <source>Only an administrator may make a backup.</source>
        <translation>Doar un administrator poate face o copie de siguranță.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Doar un administrator poate restaura o copie de siguranță.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; the store was left as it was.</source>
        <translation>Copia %1 este deteriorată; depozitul a rămas neschimbat.</translation>
    </message>
    <message>
        <source>The backup could not be completed.</source>
        <translation>Copia de siguranță nu a putut fi încheiată.</translation>
    </message>
    <message>
        <source>The backup could not start.</source>
        <translation>Copia de siguranță nu a putut începe.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Nu există nicio copie la %1.</translation>
    </message>
    <message>
        <source>cipher page size %1</source>
        <translation>dimensiunea paginii criptate %1</translation>
    </message>
    <message>
        <source>encryption: SQLCipher %1</source>
        <translation>criptare: SQLCipher %1</translation>
    </message>
    <message>
        <source>foreign keys (%1 dangling)</source>
        <translation>legături între înregistrări (%1 rupte)</translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation>verificarea integrității</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>verificarea integrității: %1</translation>
    </message>
    <message>
        <source>key slot of %1</source>
        <translation>intrarea din fișierul de chei a lui %1</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>versiunea schemei %1</translation>
    </message>
    <message>
        <source>the key file belongs to this store</source>
        <translation>fișierul de chei aparține acestui depozit</translation>
    </message>
    <message>
        <source>the key file&apos;s check value matches the store key</source>
        <translation>valoarea de control a fișierului de chei se potrivește cu cheia depozitului</translation>
    </message>
    <message>
        <source>the key file&apos;s copy for the recovery key</source>
        <translation>copia din fișierul de chei pentru cheia de recuperare</translation>
    </message>
    <message>
        <source>A restore of this store was interrupted and could not be finished: %1</source>
        <translation>O restaurare a acestui depozit a fost întreruptă și nu a putut fi încheiată: %1</translation>
    </message>
    <message>
        <source>A restore from %1 was interrupted half way; it has now been finished.</source>
        <translation>O restaurare din %1 a fost întreruptă la jumătate; acum a fost încheiată.</translation>
    </message>
    <message>
        <source>A restore from %1 was interrupted half way; it has now been finished. The store as it was before is kept in %2.</source>
        <translation>O restaurare din %1 a fost întreruptă la jumătate; acum a fost încheiată. Depozitul așa cum era înainte este păstrat în %2.</translation>
    </message>
</context>
<context>
    <name>BilantTemplate</name>
    <message>
        <source>%1, line %2: a setting is written key = value.</source>
        <translation>%1, linia %2: o setare se scrie cheie = valoare.</translation>
    </message>
    <message>
        <source>%1, line %2: text before the first [section].</source>
        <translation>%1, linia %2: text înaintea primei [secțiuni].</translation>
    </message>
    <message>
        <source>The template %1 cannot be read.</source>
        <translation>Șablonul %1 nu poate fi citit.</translation>
    </message>
</context>
<context>
    <name>CaseLoadDocument</name>
    <message>
        <source>The case-load report is made as PDF, XLSX, CSV or text.</source>
        <translation>Raportul privind volumul de cazuri se face ca PDF, XLSX, CSV sau text.</translation>
    </message>
</context>
<context>
    <name>CaseLoadRepository</name>
    <message>
        <source>Only a coordinator of %1 may see its case load.</source>
        <translation>Doar un coordonator al %1 poate vedea volumul său de cazuri.</translation>
    </message>
    <message>
        <source>the nation</source>
        <translation>țării</translation>
    </message>
    <message>
        <source>The period must end on or after the day it begins.</source>
        <translation>Perioada trebuie să se încheie în ziua în care începe sau după.</translation>
    </message>
    <message>
        <source>There is no centre %1.</source>
        <translation>Nu există centrul %1.</translation>
    </message>
</context>
<context>
    <name>CentrePackage</name>
    <message>
        <source>The package is damaged, truncated or was altered after it was made; nothing was imported. Ask the centre for a new copy.</source>
        <translation>Pachetul este deteriorat, trunchiat sau a fost modificat după ce a fost făcut; nu s-a importat nimic. Cereți centrului o copie nouă.</translation>
    </message>
    <message>
        <source>Your signing key is not open: a package must be signed by the user who makes it.</source>
        <translation>Cheia dumneavoastră de semnare nu este deschisă: un pachet trebuie semnat de utilizatorul care îl face.</translation>
    </message>
    <message>
        <source>The headquarters key is not a public key of the right size.</source>
        <translation>Cheia sediului central nu este o cheie publică de mărimea potrivită.</translation>
    </message>
    <message>
        <source>This file is not a centre package of Reper.</source>
        <translation>Acest fișier nu este un pachet de centru Reper.</translation>
    </message>
    <message>
        <source>This package of %1 was made for another headquarters (key %2; this key is %3); nothing was imported.</source>
        <translation>Acest pachet al centrului %1 a fost făcut pentru alt sediu central (cheia %2; această cheie este %3); nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This package of %1 is not signed; nothing was imported.</source>
        <translation>Acest pachet al centrului %1 nu este semnat; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The signature of this package of %1 does not match its content; nothing was imported.</source>
        <translation>Semnătura acestui pachet al centrului %1 nu corespunde conținutului; nu s-a importat nimic.</translation>
    </message>
</context>
<context>
    <name>CivilDate</name>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>„%1” nu este o dată de forma AAAA-LL-ZZ</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has %3 days</source>
        <translation>„%1”: %2 are %3 de zile</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a leap year</source>
        <translation>„%1”: %2 nu este an bisect</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the year %2 is before 1900</source>
        <translation>„%1”: anul %2 este înainte de 1900</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: there is no month %2</source>
        <translation>„%1”: nu există luna %2</translation>
    </message>
    <message>
        <source>April</source>
        <translation>aprilie</translation>
    </message>
    <message>
        <source>August</source>
        <translation>august</translation>
    </message>
    <message>
        <source>December</source>
        <translation>decembrie</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februarie</translation>
    </message>
    <message>
        <source>January</source>
        <translation>ianuarie</translation>
    </message>
    <message>
        <source>July</source>
        <translation>iulie</translation>
    </message>
    <message>
        <source>June</source>
        <translation>iunie</translation>
    </message>
    <message>
        <source>March</source>
        <translation>martie</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noiembrie</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octombrie</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembrie</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the year %2 is after 2100</source>
        <translation>„%1”: anul %2 este după 2100</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write the year with four digits (15.11.2026)</source>
        <translation>„%1”: scrieți anul cu patru cifre (15.11.2026)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write the day, the month and the year (15.11.2026)</source>
        <translation>„%1” nu este o dată: scrieți ziua, luna și anul (15.11.2026)</translation>
    </message>
</context>
<context>
    <name>ClosedYearRepository</name>
    <message>
        <source>Only a coordinator of this scope may close a year.</source>
        <translation>Doar un coordonator al acestui nivel poate închide un an.</translation>
    </message>
    <message>
        <source>The figures to freeze do not match their hash.</source>
        <translation>Cifrele de înghețat nu se potrivesc cu amprenta lor.</translation>
    </message>
    <message>
        <source>The frozen figures of %1 (%2) do not match their hash: they were altered outside Reper.</source>
        <translation>Cifrele înghețate ale anului %1 (%2) nu se potrivesc cu amprenta lor: au fost modificate în afara programului Reper.</translation>
    </message>
</context>
<context>
    <name>Cnp</name>
    <message>
        <source>a CNP cannot start with 0</source>
        <translation>un CNP nu poate începe cu 0</translation>
    </message>
    <message>
        <source>a CNP has 13 digits, this one has %1 characters</source>
        <translation>un CNP are 13 cifre, acesta are %1 caractere</translation>
    </message>
    <message>
        <source>a CNP holds digits only</source>
        <translation>un CNP conține doar cifre</translation>
    </message>
    <message>
        <source>the check digit of the CNP is wrong</source>
        <translation>cifra de control a CNP-ului este greșită</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot write the file %1.</source>
        <translation>Fișierul %1 nu poate fi scris.</translation>
    </message>
    <message>
        <source>Could not write all of %1 (is the disk full?).</source>
        <translation>%1 nu a putut fi scris complet (discul este plin?).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation>un câmp între ghilimele care începe pe linia %1 nu este închis</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is longer than %2 characters: is its closing quote missing?</source>
        <translation>câmpul între ghilimele care începe pe rândul %1 are mai mult de %2 caractere: lipsește ghilimeaua de închidere?</translation>
    </message>
    <message>
        <source>a field on line %1 is longer than %2 characters</source>
        <translation>un câmp de pe rândul %1 are mai mult de %2 caractere</translation>
    </message>
    <message>
        <source>the record that starts on line %1 is longer than %2 characters</source>
        <translation>înregistrarea care începe pe rândul %1 are mai mult de %2 caractere</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 at line %1; save it as UTF-8</source>
        <translation>fișierul nu este UTF-8 valid la rândul %1; salvați-l ca UTF-8</translation>
    </message>
    <message>
        <source>the file could not be read after line %1: %2</source>
        <translation>fișierul nu a putut fi citit după rândul %1: %2</translation>
    </message>
    <message>
        <source>a quote on line %1 ends the quoted field that starts on line %2, but the field goes on after it; inside a quoted field write a quote twice (&quot;&quot;)</source>
        <translation>o ghilimea de pe rândul %1 închide câmpul între ghilimele care începe pe rândul %2, dar câmpul continuă după ea; într-un câmp între ghilimele scrieți ghilimeaua de două ori (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>CtdcCaseFile</name>
    <message>
        <source>There is no centre %1.</source>
        <translation>Nu există centrul %1.</translation>
    </message>
    <message>
        <source>Only a coordinator who reads every record of %1 may export its case file.</source>
        <translation>Doar un coordonator care citește toate înregistrările din %1 poate exporta fișierul de cazuri.</translation>
    </message>
    <message>
        <source>k must be a whole number from 1 to 1000.</source>
        <translation>k trebuie să fie un număr întreg de la 1 la 1000.</translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>The number of years must be between 1 and 50.</source>
        <translation>Numărul de ani trebuie să fie între 1 și 50.</translation>
    </message>
    <message>
        <source>The years must lie between 1970 and 2200.</source>
        <translation>Anii trebuie să fie între 1970 și 2200.</translation>
    </message>
    <message>
        <source>The scale must be greater than 0 and at most 1000.</source>
        <translation>Scara trebuie să fie mai mare decât 0 și cel mult 1000.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Dosarul %1 nu poate fi creat.</translation>
    </message>
    <message>
        <source>The generation was cancelled; no file was kept.</source>
        <translation>Generarea a fost anulată; niciun fișier nu a fost păstrat.</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <source>assistance or support in criminal proceedings dated before the victim&apos;s first notification</source>
        <translation>asistență sau sprijin în procedurile penale cu dată anterioară primei sesizări a victimei</translation>
    </message>
    <message>
        <source>assistance without an end date, open for more than two years at the end of the year</source>
        <translation>asistență fără dată de sfârșit, deschisă de peste doi ani la sfârșitul anului</translation>
    </message>
    <message>
        <source>identifications without a country of exploitation</source>
        <translation>identificări fără țară de exploatare</translation>
    </message>
    <message>
        <source>identifications without a form of exploitation</source>
        <translation>identificări fără formă de exploatare</translation>
    </message>
    <message>
        <source>prevention activities without a campaign</source>
        <translation>activități de prevenire fără campanie</translation>
    </message>
    <message>
        <source>records dated before the victim was born</source>
        <translation>înregistrări cu dată anterioară nașterii victimei</translation>
    </message>
    <message>
        <source>the year %1 is not over yet (today is %2)</source>
        <translation>anul %1 nu s-a încheiat încă (astăzi este %2)</translation>
    </message>
    <message>
        <source>victims recorded under different codes with the same CNP (one person counted twice?)</source>
        <translation>victime înregistrate sub coduri diferite cu același CNP (o persoană numărată de două ori?)</translation>
    </message>
    <message>
        <source>victims with different codes but the same birth date, sex and county (possibly one person)</source>
        <translation>victime cu coduri diferite, dar cu aceeași dată a nașterii, același sex și același județ (posibil o singură persoană)</translation>
    </message>
    <message>
        <source>Only a coordinator of %1 may check its data before closing.</source>
        <translation>Doar un coordonator al %1 poate verifica datele înainte de închidere.</translation>
    </message>
    <message>
        <source>%1 victims of %2 (their codes only for who may see their identity)</source>
        <translation>%1 victime din %2 (codurile lor doar pentru cine le poate vedea identitatea)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The key does not open this store, or the file is not a Reper store.</source>
        <translation>Cheia nu deschide acest depozit sau fișierul nu este un depozit Reper.</translation>
    </message>
    <message>
        <source>The store at %1 could not be opened.</source>
        <translation>Depozitul de la %1 nu a putut fi deschis.</translation>
    </message>
    <message>
        <source>The store could not carry out an operation.</source>
        <translation>Depozitul nu a putut efectua o operație.</translation>
    </message>
    <message>
        <source>The store could not prepare a query.</source>
        <translation>Depozitul nu a putut pregăti o interogare.</translation>
    </message>
    <message>
        <source>The store key could not be applied.</source>
        <translation>Cheia depozitului nu a putut fi aplicată.</translation>
    </message>
    <message>
        <source>The store key is malformed.</source>
        <translation>Cheia depozitului este greșit formată.</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>Lucrarea a fost anulată.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Nu există niciun depozit la %1.</translation>
    </message>
    <message>
        <source>This build of Reper has no encryption (SQLCipher is missing); it refuses to run.</source>
        <translation>Această versiune a programului Reper nu are criptare (lipsește SQLCipher); refuză să pornească.</translation>
    </message>
    <message>
        <source>The store could not be encrypted with its new key.</source>
        <translation>Depozitul nu a putut fi criptat cu noua lui cheie.</translation>
    </message>
</context>
<context>
    <name>DeadlineRuleRepository</name>
    <message>
        <source>There is no deadline rule &apos;%1&apos;.</source>
        <translation>Nu există regula de termen „%1”.</translation>
    </message>
    <message>
        <source>Only an administrator may change the deadline rules.</source>
        <translation>Doar un administrator poate schimba regulile termenelor.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>kind: %1 is not a kind of deadline.</source>
        <translation>tip: %1 nu este un tip de termen.</translation>
    </message>
    <message>
        <source>offsets: give one to twelve whole numbers, separated by commas.</source>
        <translation>intervale: dați între unul și douăsprezece numere întregi, despărțite prin virgulă.</translation>
    </message>
    <message>
        <source>offsets: %1 is not a whole number from 0 to 3650.</source>
        <translation>intervale: %1 nu este un număr întreg de la 0 la 3650.</translation>
    </message>
    <message>
        <source>unit: day or month.</source>
        <translation>unitate: zi sau lună.</translation>
    </message>
    <message>
        <source>lead: %1 is not a number of days from 0 to 365.</source>
        <translation>avans: %1 nu este un număr de zile de la 0 la 365.</translation>
    </message>
    <message>
        <source>notify: case_worker or coordinator.</source>
        <translation>cine este anunțat: case_worker sau coordinator.</translation>
    </message>
    <message>
        <source>End of the recovery and reflection period</source>
        <translation>Sfârșitul perioadei de recuperare și reflecție</translation>
    </message>
    <message>
        <source>Review of the assistance period</source>
        <translation>Revizuirea perioadei de asistență</translation>
    </message>
    <message>
        <source>Follow-up after repatriation</source>
        <translation>Urmărire după repatriere</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Termen în instanță</translation>
    </message>
    <message>
        <source>Planned monitoring contact</source>
        <translation>Contact de monitorizare planificat</translation>
    </message>
    <message>
        <source>No contact for too long</source>
        <translation>Fără contact de prea mult timp</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up %n month(s) after repatriation</source>
        <translation>
            <numerusform>Urmărire la %n lună după repatriere</numerusform>
            <numerusform>Urmărire la %n luni după repatriere</numerusform>
            <numerusform>Urmărire la %n de luni după repatriere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up %n day(s) after repatriation</source>
        <translation>
            <numerusform>Urmărire la %n zi după repatriere</numerusform>
            <numerusform>Urmărire la %n zile după repatriere</numerusform>
            <numerusform>Urmărire la %n de zile după repatriere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No monitoring contact for %n month(s)</source>
        <translation>
            <numerusform>Fără contact de monitorizare de %n lună</numerusform>
            <numerusform>Fără contact de monitorizare de %n luni</numerusform>
            <numerusform>Fără contact de monitorizare de %n de luni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No monitoring contact for %n day(s)</source>
        <translation>
            <numerusform>Fără contact de monitorizare de %n zi</numerusform>
            <numerusform>Fără contact de monitorizare de %n zile</numerusform>
            <numerusform>Fără contact de monitorizare de %n de zile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>The disk is full: there is no room left in %1. Free some space there and try again; the work that failed was not saved.</source>
        <translation>Discul este plin: nu mai este loc în %1. Eliberați spațiu acolo și încercați din nou; lucrul care a eșuat nu a fost salvat.</translation>
    </message>
</context>
<context>
    <name>DueItems</name>
    <message>
        <source>Done, recorded elsewhere</source>
        <translation>Făcut, înregistrat în altă parte</translation>
    </message>
    <message>
        <source>Does not apply to this case</source>
        <translation>Nu se aplică acestui caz</translation>
    </message>
    <message>
        <source>The person cannot be reached</source>
        <translation>Persoana nu poate fi contactată</translation>
    </message>
    <message>
        <source>Other reason (say which in the note)</source>
        <translation>Alt motiv (spuneți care în notă)</translation>
    </message>
    <message>
        <source>You may not see the cases of %1.</source>
        <translation>Nu puteți vedea cazurile centrului %1.</translation>
    </message>
    <message>
        <source>days: a number from 0 to 3660.</source>
        <translation>zile: un număr de la 0 la 3660.</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>Nu există utilizatorul „%1”.</translation>
    </message>
    <message>
        <source>reason: one of %1.</source>
        <translation>motiv: unul dintre %1.</translation>
    </message>
    <message>
        <source>note: say why the deadline is set aside.</source>
        <translation>notă: spuneți de ce este înlăturat termenul.</translation>
    </message>
    <message>
        <source>This deadline is not known.</source>
        <translation>Acest termen nu este cunoscut.</translation>
    </message>
    <message>
        <source>The record is no longer in the store.</source>
        <translation>Înregistrarea nu mai este în depozit.</translation>
    </message>
</context>
<context>
    <name>DuplicateRepository</name>
    <message>
        <source>Only the staff who read victims&apos; records may look for duplicates.</source>
        <translation>Numai personalul care citește dosarele victimelor poate căuta dublurile.</translation>
    </message>
    <message>
        <source>%1 is outside your scope: you may look for duplicates of %2 only.</source>
        <translation>%1 este în afara domeniului dumneavoastră: puteți căuta dublurile doar pentru %2.</translation>
    </message>
</context>
<context>
    <name>ExplainRepository</name>
    <message>
        <source>There is no figure %1 (one of: %2).</source>
        <translation>Nu există cifra %1 (una dintre: %2).</translation>
    </message>
    <message>
        <source>You may not see the records of this scope.</source>
        <translation>Nu aveți dreptul să vedeți înregistrările acestui nivel.</translation>
    </message>
</context>
<context>
    <name>FiguresCodec</name>
    <message>
        <source>The frozen figures cannot be read.</source>
        <translation>Cifrele înghețate nu pot fi citite.</translation>
    </message>
</context>
<context>
    <name>FiguresRepository</name>
    <message>
        <source>There is no centre %1.</source>
        <translation>Nu există centrul %1.</translation>
    </message>
    <message>
        <source>You may not see the figures of %1.</source>
        <translation>Nu aveți dreptul să vedeți cifrele pentru %1.</translation>
    </message>
</context>
<context>
    <name>HqKeys</name>
    <message>
        <source>The cryptographic library could not start.</source>
        <translation>Biblioteca criptografică nu a putut porni.</translation>
    </message>
    <message>
        <source>The password of the headquarters key needs at least 12 characters.</source>
        <translation>Parola cheii sediului central trebuie să aibă cel puțin 12 caractere.</translation>
    </message>
    <message>
        <source>Not enough memory to make a key.</source>
        <translation>Nu este destulă memorie pentru a face o cheie.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Nu este destulă memorie pentru a proteja parola.</translation>
    </message>
    <message>
        <source>The password does not open this headquarters key (or the file was altered).</source>
        <translation>Parola nu deschide această cheie a sediului central (sau fișierul a fost modificat).</translation>
    </message>
    <message>
        <source>This is not the secret key file of a headquarters (HQ.key), or it was altered.</source>
        <translation>Acesta nu este fișierul cu cheia secretă a unui sediu central (HQ.key) sau a fost modificat.</translation>
    </message>
    <message>
        <source>This is not the public key file of a headquarters (HQ.pub), or it was altered.</source>
        <translation>Acesta nu este fișierul cu cheia publică a unui sediu central (HQ.pub) sau a fost modificat.</translation>
    </message>
</context>
<context>
    <name>IdentityVault</name>
    <message>
        <source>Only an administrator may hand over the keys to the names with the recovery key.</source>
        <translation>Doar un administrator poate preda cheile numelor cu cheia de recuperare.</translation>
    </message>
    <message>
        <source>This recovery key does not open this store.</source>
        <translation>Această cheie de recuperare nu deschide acest depozit.</translation>
    </message>
    <message>
        <source>The identity keys could not be made.</source>
        <translation>Cheile pentru identitate nu au putut fi create.</translation>
    </message>
    <message>
        <source>This session does not hold the key it was asked to hand over.</source>
        <translation>Această sesiune nu deține cheia pe care trebuia să o predea.</translation>
    </message>
    <message>
        <source>The key could not be sealed to the public key given.</source>
        <translation>Cheia nu a putut fi sigilată pentru cheia publică dată.</translation>
    </message>
    <message>
        <source>This store has no identity key for the victim&apos;s centre.</source>
        <translation>Acest depozit nu are o cheie de identitate pentru centrul victimei.</translation>
    </message>
    <message>
        <source>The identity could not be encrypted.</source>
        <translation>Identitatea nu a putut fi criptată.</translation>
    </message>
    <message>
        <source>The key to the names of %1 has not reached you yet: it comes with the next sign-in of a colleague of that centre who holds it, or from an administrator with the recovery key.</source>
        <translation>Cheia numelor din %1 nu v-a ajuns încă: vine la următoarea autentificare a unui coleg din acel centru care o are sau de la un administrator, cu cheia de recuperare.</translation>
    </message>
    <message>
        <source>The identity of this victim is damaged: a field does not open with its key.</source>
        <translation>Identitatea acestei victime este deteriorată: un câmp nu se deschide cu cheia lui.</translation>
    </message>
    <message>
        <source>The audit trail does not verify, so no key is handed over.</source>
        <translation>Jurnalul de audit nu trece verificarea, așa că nu este predată nicio cheie.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 are neither codes nor labels of the %2 list</source>
        <translation>%1 nu sunt nici coduri, nici denumiri din lista %2</translation>
    </message>
    <message>
        <source>%1 is a victim outside your scope</source>
        <translation>%1 este o victimă din afara nivelului dumneavoastră</translation>
    </message>
    <message>
        <source>%1 is already recorded (on an earlier row or import) with other details</source>
        <translation>%1 este deja înregistrat (pe un rând anterior sau la un import anterior) cu alte date</translation>
    </message>
    <message>
        <source>%1 is already recorded (on an earlier row or import) with other person details: %2 differ</source>
        <translation>%1 este deja înregistrată (pe un rând anterior sau la un import anterior) cu alte date personale: diferă %2</translation>
    </message>
    <message>
        <source>%1 is already the code of a campaign outside your scope</source>
        <translation>%1 este deja codul unei campanii din afara nivelului dumneavoastră</translation>
    </message>
    <message>
        <source>%1 is already the code of a project outside your scope</source>
        <translation>%1 este deja codul unui proiect din afara nivelului dumneavoastră</translation>
    </message>
    <message>
        <source>%1 is already the code of a victim outside your scope (victim codes are unique in the store)</source>
        <translation>%1 este deja codul unei victime din afara nivelului dumneavoastră (codurile victimelor sunt unice în depozit)</translation>
    </message>
    <message>
        <source>%1 is neither a code nor a label of the %2 list</source>
        <translation>%1 nu este nici cod, nici denumire din lista %2</translation>
    </message>
    <message>
        <source>%1 is neither in campaigns.csv nor already in the store</source>
        <translation>%1 nu este nici în campaigns.csv, nici deja în depozit</translation>
    </message>
    <message>
        <source>%1 is neither in victims.csv nor already in the store</source>
        <translation>%1 nu este nici în victims.csv, nici deja în depozit</translation>
    </message>
    <message>
        <source>%1 is not one of the import files and was not read</source>
        <translation>%1 nu este unul dintre fișierele de import și nu a fost citit</translation>
    </message>
    <message>
        <source>%1 is outside your scope: you may import records of %2 only</source>
        <translation>%1 este în afara nivelului dumneavoastră: puteți importa doar înregistrări pentru %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a code nor a label of the %2 list</source>
        <translation>„%1” nu este nici cod, nici denumire din lista %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a county code (AB, AG, … B, … VN) nor a county name</source>
        <translation>„%1” nu este nici cod de județ (AB, AG, … B, … VN), nici nume de județ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an ISO 3166-1 alpha-2 code nor a country name</source>
        <translation>„%1” nu este nici cod ISO 3166-1 alpha-2, nici nume de țară</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code: countries are written as ISO 3166-1 alpha-2 codes (RO, IT, …)</source>
        <translation>„%1” nu este un cod de țară: țările se scriu cu codurile ISO 3166-1 alpha-2 (RO, IT, …)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regional centre (CR-AB, CR-BC, … CR-TM)</source>
        <translation>„%1” nu este un centru regional (CR-AB, CR-BC, … CR-TM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of zero or more</source>
        <translation>„%1” nu este un număr întreg, zero sau mai mare</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year (four digits)</source>
        <translation>„%1” nu este un an (patru cifre)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>„%1” nu este da sau nu</translation>
    </message>
    <message>
        <source>&apos;UK&apos; is not an ISO 3166-1 code: the United Kingdom is GB</source>
        <translation>„UK” nu este un cod ISO 3166-1: Regatul Unit este GB</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nu poate fi citit: %1</translation>
    </message>
    <message>
        <source>is required and empty</source>
        <translation>câmp obligatoriu, gol</translation>
    </message>
    <message>
        <source>no import file found (victims.csv, assistance.csv, … as in interchange.md §1)</source>
        <translation>nu s-a găsit niciun fișier de import (victims.csv, assistance.csv, … ca în interchange.md §1)</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>lipsește o coloană obligatorie</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>coloana apare de două ori</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row</source>
        <translation>fișierul este gol: are nevoie de un rând de antet</translation>
    </message>
    <message>
        <source>the identity of %1 was erased under the retention rule; leave its identity columns empty</source>
        <translation>identitatea lui %1 a fost ștearsă conform regulii de păstrare; lăsați goale coloanele de identitate</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 columns</source>
        <translation>rândul are %1 celule, dar antetul are %2 coloane</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>acest dosar nu există</translation>
    </message>
    <message>
        <source>unknown column: not one of the columns of %1</source>
        <translation>coloană necunoscută: nu este una dintre coloanele fișierului %1</translation>
    </message>
    <message>
        <source>your role may not import records (analysts and administrators see no records)</source>
        <translation>rolul dumneavoastră nu permite importul (analiștii și administratorii nu văd înregistrări)</translation>
    </message>
    <message>
        <source>your scope</source>
        <translation>nivelul dumneavoastră</translation>
    </message>
    <message>
        <source>is a link to a file that does not exist (or a loop of links)</source>
        <translation>este o legătură către un fișier care nu există (sau o buclă de legături)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>este un dosar, nu un fișier</translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation>nu este un fișier obișnuit (un dispozitiv, un pipe sau un socket)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the identity columns of %n row(s) were not compared with the store and not written: they name victims already recorded (%2) whose identity you may not see; a coordinator or operator of their centre can import them</source>
        <translation>
            <numerusform>%1: coloanele de identitate din %n rând nu au fost comparate cu depozitul și nu au fost scrise: numesc victime deja înregistrate (%2) a căror identitate nu o puteți vedea; un coordonator sau un operator al centrului lor le poate importa</numerusform>
            <numerusform>%1: coloanele de identitate a %n rânduri nu au fost comparate cu depozitul și nu au fost scrise: numesc victime deja înregistrate (%2) a căror identitate nu o puteți vedea; un coordonator sau un operator al centrului lor le poate importa</numerusform>
            <numerusform>%1: coloanele de identitate a %n de rânduri nu au fost comparate cu depozitul și nu au fost scrise: numesc victime deja înregistrate (%2) a căror identitate nu o puteți vedea; un coordonator sau un operator al centrului lor le poate importa</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 of this file gives %2 other identity values (%3 differ); one person has one identity</source>
        <translation>rândul %1 din acest fișier dă lui %2 alte valori de identitate (diferă %3); o persoană are o singură identitate</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> și încă %1</translation>
    </message>
    <message>
        <source>a while</source>
        <translation>mai devreme</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>alt utilizator</translation>
    </message>
    <message>
        <source>another import is running since %1 by %2; waiting…</source>
        <translation>alt import rulează din %1, pornit de %2; se așteaptă…</translation>
    </message>
</context>
<context>
    <name>InternationalTables</name>
    <message>
        <source>There is no table %1 (one of: %2).</source>
        <translation>Nu există tabelul %1 (unul dintre: %2).</translation>
    </message>
    <message>
        <source>The table %1 has no dimension %2 (it has: %3).</source>
        <translation>Tabelul %1 nu are dimensiunea %2 (are: %3).</translation>
    </message>
    <message>
        <source>%1 is not a code of %2 (%3).</source>
        <translation>%1 nu este un cod pentru %2 (%3).</translation>
    </message>
    <message>
        <source>an ISO code or unknown</source>
        <translation>un cod ISO sau unknown</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 nu poate fi scris.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password.</source>
        <translation>Nu este destulă memorie pentru verificarea parolei.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Nu este destulă memorie pentru protejarea parolei.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Biblioteca de criptografie nu a putut porni.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Fișierul de chei %1 nu poate fi citit.</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Reper.</source>
        <translation>Fișierul de chei %1 a fost scris de o versiune mai nouă a programului Reper.</translation>
    </message>
    <message>
        <source>The key slot of %1 is damaged.</source>
        <translation>Intrarea lui %1 din fișierul de chei este deteriorată.</translation>
    </message>
    <message>
        <source>The signing key of %1 is missing.</source>
        <translation>Lipsește cheia de semnare a lui %1.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nume de utilizator sau parolă greșită.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be used.</source>
        <translation>Fișierul de blocare %1 nu poate fi folosit.</translation>
    </message>
    <message>
        <source>The key slot of %1 cannot be written.</source>
        <translation>Intrarea lui %1 din fișierul de chei nu poate fi scrisă.</translation>
    </message>
    <message>
        <source>The key slot of %1 is of the old kind: it needs the password.</source>
        <translation>Intrarea lui %1 din fișierul de chei este de tipul vechi: are nevoie de parolă.</translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation>Nu există nicio intrare pentru %1 în fișierul de chei.</translation>
    </message>
    <message>
        <source>The recovery key&apos;s public half is malformed.</source>
        <translation>Jumătatea publică a cheii de recuperare este deteriorată.</translation>
    </message>
    <message>
        <source>This key file holds no copy of the store key for the recovery key (it was written by an older version); use a key file written since, such as a backup&apos;s.</source>
        <translation>Acest fișier de chei nu conține nicio copie a cheii depozitului pentru cheia de recuperare (a fost scris de o versiune mai veche); folosiți un fișier de chei scris de atunci, de exemplu al unei copii de siguranță.</translation>
    </message>
    <message>
        <source>This recovery key does not open this store.</source>
        <translation>Această cheie de recuperare nu deschide acest depozit.</translation>
    </message>
    <message>
        <source>The key slot of %1 holds the key of another state of the store.</source>
        <translation>Intrarea lui %1 din fișierul de chei conține cheia unei alte stări a depozitului.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. Restore it from a backup, or open the store with its recovery key and a key file of the same store.</source>
        <translation>Fișierul de chei %1 lipsește. Restaurați-l dintr-o copie de siguranță sau deschideți depozitul cu cheia lui de recuperare și un fișier de chei al aceluiași depozit.</translation>
    </message>
    <message>
        <source>the key slot of %1</source>
        <translation>intrarea lui %1 din fișierul de chei</translation>
    </message>
    <message>
        <source>the store identity, key check or recovery copy</source>
        <translation>identitatea depozitului, valoarea de control a cheii sau copia pentru cheia de recuperare</translation>
    </message>
    <message>
        <source>it is not a Reper key file, or it cannot be read as one</source>
        <translation>nu este un fișier de chei Reper sau nu poate fi citit ca unul</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 nu poate fi citit.</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>The server has no centre %1; nothing was migrated.</source>
        <translation>Serverul nu are centrul %1; nu s-a migrat nimic.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 on the server)</source>
        <translation>%1 (%2 din %3 pe server)</translation>
    </message>
    <message>
        <source>a victim</source>
        <translation>o victimă</translation>
    </message>
    <message>
        <source>a campaign</source>
        <translation>o campanie</translation>
    </message>
    <message>
        <source>A migration copies a local store into a server.</source>
        <translation>O migrare copiază un depozit local pe un server.</translation>
    </message>
    <message>
        <source>Your signing key on the server is not open: the migration could not be recorded.</source>
        <translation>Cheia dumneavoastră de semnare de pe server nu este deschisă: migrarea nu a putut fi înregistrată.</translation>
    </message>
    <message>
        <source>The store holds records of %1, which your role or scope on the server may not write (%2); nothing was migrated. A coordinator of %1 migrates it.</source>
        <translation>Depozitul conține înregistrări ale %1, pe care rolul sau aria dumneavoastră de pe server nu le pot scrie (%2); nu s-a migrat nimic. Migrarea o face un coordonator al %1.</translation>
    </message>
    <message>
        <source>The store holds the identity of the victims of %1, which %2 may not read in it; nothing was migrated. Migrate as a coordinator of %1 who holds its identity key, or with --without-identity to leave the identity behind on purpose.</source>
        <translation>Depozitul conține identitatea victimelor din %1, pe care %2 nu o poate citi în el; nu s-a migrat nimic. Migrați ca un coordonator al %1 care deține cheia de identitate a centrului sau cu --without-identity, pentru a lăsa identitatea în urmă în mod voit.</translation>
    </message>
    <message>
        <source>This store was already migrated into the server on %1 by %2; nothing was migrated. A centre that kept working in its file sends that work as a centre package.</source>
        <translation>Acest depozit a fost deja migrat pe server la %1 de %2; nu s-a migrat nimic. Un centru care a lucrat în continuare în fișierul său trimite acea muncă drept pachet de centru.</translation>
    </message>
    <message>
        <source>%1 record(s) of %2 on the server were changed there since they came from this store (%3); nothing was migrated.</source>
        <translation>%1 înregistrări ale %2 de pe server au fost modificate acolo după ce au venit din acest depozit (%3); nu s-a migrat nimic.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>A schema step of this program is missing.</source>
        <translation>Lipsește un pas de actualizare a schemei din acest program.</translation>
    </message>
    <message>
        <source>The store could not be brought to schema %1.</source>
        <translation>Depozitul nu a putut fi adus la schema %1.</translation>
    </message>
    <message>
        <source>The version of the store cannot be read.</source>
        <translation>Versiunea depozitului nu poate fi citită.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Reper (schema %1; this program knows up to %2). Open it with the newer program.</source>
        <translation>Acest depozit a fost scris de o versiune mai nouă a programului Reper (schema %1; acest program cunoaște până la %2). Deschideți-l cu programul mai nou.</translation>
    </message>
</context>
<context>
    <name>OdtRenderer</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation>Documentul ODT nu a putut fi scris.</translation>
    </message>
</context>
<context>
    <name>PackageApplier</name>
    <message>
        <source>The package&apos;s content is not what this version of Reper makes; nothing was imported.</source>
        <translation>Conținutul pachetului nu este cel pe care îl face această versiune Reper; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The package of %1 holds a record of another centre (%2); nothing was imported.</source>
        <translation>Pachetul centrului %1 conține o înregistrare a altui centru (%2); nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The package of %1 refers to a record of %2, which your scope may not write; nothing was imported.</source>
        <translation>Pachetul centrului %1 face trimitere la o înregistrare a centrului %2, pe care aria dumneavoastră nu o poate scrie; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>A record of %1 refers to a record headquarters does not have (%2 %3, of another centre?): import that centre&apos;s package first; nothing was imported.</source>
        <translation>O înregistrare a centrului %1 face trimitere la o înregistrare pe care sediul central nu o are (%2 %3, a altui centru?): importați întâi pachetul acelui centru; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>A record of the package of %1 could not be written (%2); nothing was imported.</source>
        <translation>O înregistrare din pachetul centrului %1 nu a putut fi scrisă (%2); nu s-a importat nimic.</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>There is no centre %1.</source>
        <translation>Nu există centrul %1.</translation>
    </message>
    <message>
        <source>Your role or scope may not send the records of %1 (%2).</source>
        <translation>Rolul sau aria dumneavoastră nu permite trimiterea înregistrărilor centrului %1 (%2).</translation>
    </message>
    <message>
        <source>Your signing key is not open: a package must be signed by the user who makes it.</source>
        <translation>Cheia dumneavoastră de semnare nu este deschisă: un pachet trebuie semnat de utilizatorul care îl face.</translation>
    </message>
</context>
<context>
    <name>PackageIdentity</name>
    <message>
        <source>This package carries the identity of the victims of %1, which only a user of %1 may write at headquarters (your scope: %2); nothing was imported. Import it as an operator or coordinator of %1 who holds its identity key here.</source>
        <translation>Acest pachet conține identitatea victimelor din %1, pe care la sediu o poate scrie doar un utilizator al %1 (aria dumneavoastră: %2); nu s-a importat nimic. Importați-l ca operator sau coordonator al %1 care are aici cheia identității lui.</translation>
    </message>
    <message>
        <source>This package carries the identity of the victims of %1, and you do not hold headquarters&apos; identity key for %1 yet (it comes with the next sign-in of a colleague of %1 who holds it, or from an administrator with the recovery key); nothing was imported.</source>
        <translation>Acest pachet conține identitatea victimelor din %1, iar dumneavoastră nu aveți încă cheia identității sediului pentru %1 (vine la următoarea autentificare a unui coleg din %1 care o are sau de la un administrator cu cheia de recuperare); nu s-a importat nimic.</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>This store has no centre %1; nothing was imported.</source>
        <translation>Această bază de date nu are centrul %1; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>Your role or scope may not write the records of %1 (%2); nothing was imported.</source>
        <translation>Rolul sau aria dumneavoastră nu permite scrierea înregistrărilor centrului %1 (%2); nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>Your signing key is not open: the import could not be recorded.</source>
        <translation>Cheia dumneavoastră de semnare nu este deschisă: importul nu a putut fi consemnat.</translation>
    </message>
    <message>
        <source>This package of %1 (number %2) was already imported on %3; nothing was imported.</source>
        <translation>Acest pachet al centrului %1 (numărul %2) a fost deja importat la %3; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This package of %1 is number %2 (made %3), not newer than number %4 (made %5) already imported; nothing was imported.</source>
        <translation>Acest pachet al centrului %1 are numărul %2 (făcut la %3), nu este mai nou decât numărul %4 (făcut la %5), deja importat; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This package of %1 is signed by a key that %1 has not introduced (fingerprint %2); nothing was imported. Check the key with the centre: a new key comes in a package signed by a key introduced before.</source>
        <translation>Acest pachet al centrului %1 este semnat cu o cheie pe care %1 nu a prezentat-o (amprenta %2); nu s-a importat nimic. Verificați cheia cu centrul: o cheie nouă vine într-un pachet semnat cu o cheie prezentată înainte.</translation>
    </message>
</context>
<context>
    <name>PackageMerges</name>
    <message>
        <source>This package of %1 carries merges of two victim codes into one person: only a coordinator of %1 (or a national coordinator) may import it; nothing was imported.</source>
        <translation>Acest pachet al %1 aduce uniri a două coduri de victimă într-o singură persoană: doar un coordonator al %1 (sau un coordonator național) îl poate importa; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>This package merges %1 of %2 into %3 of %4: only a national coordinator may import a merge across centres; nothing was imported.</source>
        <translation>Acest pachet unește %1 de la %2 cu %3 de la %4: doar un coordonator național poate importa o unire între centre; nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>The package&apos;s content is not what this version of Reper makes; nothing was imported.</source>
        <translation>Conținutul pachetului nu este cel pe care îl face această versiune Reper; nu s-a importat nimic.</translation>
    </message>
</context>
<context>
    <name>PackageRecords</name>
    <message>
        <source>A centre package cannot carry records of the kind %1.</source>
        <translation>Un pachet de centru nu poate transporta înregistrări de tipul %1.</translation>
    </message>
    <message>
        <source>A centre package cannot carry the reference %1.%2.</source>
        <translation>Un pachet de centru nu poate transporta trimiterea %1.%2.</translation>
    </message>
    <message>
        <source>The store has no table %1.</source>
        <translation>Baza de date nu are tabelul %1.</translation>
    </message>
    <message>
        <source>The forms of exploitation could not be read.</source>
        <translation>Formele de exploatare nu au putut fi citite.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Out of memory while connecting to the server.</source>
        <translation>Memoria s-a epuizat în timpul conectării la server.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nume de utilizator sau parolă greșită.</translation>
    </message>
    <message>
        <source>The server asks for a password and none was given.</source>
        <translation>Serverul cere o parolă și nu a fost dată niciuna.</translation>
    </message>
    <message>
        <source>This user is disabled. An administrator can enable them again.</source>
        <translation>Acest utilizator este dezactivat. Un administrator îl poate reactiva.</translation>
    </message>
    <message>
        <source>The certificate of the server %1 could not be verified, so Reper did not connect. Put the certificate of the authority that signed it in ~/.postgresql/root.crt, or name it with sslrootcert=FILE in the address (docs/server.md, &quot;TLS&quot;).</source>
        <translation>Certificatul serverului %1 nu a putut fi verificat, așa că Reper nu s-a conectat. Puneți certificatul autorității care l-a semnat în ~/.postgresql/root.crt sau indicați-l cu sslrootcert=FIȘIER în adresă (docs/server.md, „TLS”).</translation>
    </message>
    <message>
        <source>The server %1 does not offer TLS, and Reper does not send passwords in the clear over a network.</source>
        <translation>Serverul %1 nu oferă TLS, iar Reper nu trimite parole necriptate prin rețea.</translation>
    </message>
    <message>
        <source>There is no database %1 on the server.</source>
        <translation>Pe server nu există baza de date %1.</translation>
    </message>
    <message>
        <source>The server does not accept this user from this computer (its pg_hba.conf).</source>
        <translation>Serverul nu acceptă acest utilizator de pe acest calculator (fișierul său pg_hba.conf).</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Serverul %1 nu a răspuns în %2 secunde.</translation>
    </message>
    <message>
        <source>The server %1 does not answer. Is PostgreSQL running there, and is the address right?</source>
        <translation>Serverul %1 nu răspunde. Rulează PostgreSQL acolo și este adresa corectă?</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1.</source>
        <translation>Nu se poate face conexiunea la serverul %1.</translation>
    </message>
    <message>
        <source>Cannot prepare the password for the server.</source>
        <translation>Parola nu poate fi pregătită pentru server.</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so this step was not saved. Check the network and try again.</source>
        <translation>Conexiunea cu serverul s-a pierdut, așa că acest pas nu a fost salvat. Verificați rețeaua și încercați din nou.</translation>
    </message>
    <message>
        <source>The server took too long (more than %1 seconds) and stopped the work; nothing of it was saved.</source>
        <translation>Serverul a durat prea mult (peste %1 secunde) și a oprit lucrul; nimic din el nu a fost salvat.</translation>
    </message>
    <message>
        <source>Someone else is changing the same records; nothing was saved. Try again in a moment.</source>
        <translation>Altcineva modifică aceleași înregistrări; nu s-a salvat nimic. Încercați din nou peste un moment.</translation>
    </message>
    <message>
        <source>Another user&apos;s change got in the way; nothing was saved. Try again.</source>
        <translation>Modificarea altui utilizator a intervenit; nu s-a salvat nimic. Încercați din nou.</translation>
    </message>
    <message>
        <source>The server refused: your roles do not allow this.</source>
        <translation>Serverul a refuzat: rolurile dumneavoastră nu permit acest lucru.</translation>
    </message>
    <message>
        <source>The server is shutting down or restarting, so this step was not saved. Try again in a moment.</source>
        <translation>Serverul se oprește sau repornește, așa că acest pas nu a fost salvat. Încercați din nou peste un moment.</translation>
    </message>
    <message>
        <source>A record with the same code is already on the server.</source>
        <translation>Pe server există deja o înregistrare cu același cod.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Serverul a refuzat cererea.</translation>
    </message>
    <message>
        <source>The server did not answer for %1 seconds, so the work was stopped and nothing of it was saved. Check the network and the server, then try again.</source>
        <translation>Serverul nu a răspuns timp de %1 secunde, așa că lucrul a fost oprit și nimic din el nu a fost salvat. Verificați rețeaua și serverul, apoi încercați din nou.</translation>
    </message>
</context>
<context>
    <name>PgCopy</name>
    <message>
        <source>The server did not start the copy.</source>
        <translation>Serverul nu a început copierea.</translation>
    </message>
    <message>
        <source>A row of the copy has %1 values for %2 columns.</source>
        <translation>Un rând al copierii are %1 valori pentru %2 coloane.</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so this step was not saved. Check the network and try again.</source>
        <translation>Conexiunea cu serverul s-a pierdut, așa că acest pas nu a fost salvat. Verificați rețeaua și încercați din nou.</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>The server&apos;s database could not be prepared for Reper: the user of the address must be allowed to create roles and to create a schema in the database (docs/server.md).</source>
        <translation>Baza de date a serverului nu a putut fi pregătită pentru Reper: utilizatorul din adresă trebuie să aibă dreptul să creeze roluri și o schemă în baza de date (docs/server.md).</translation>
    </message>
    <message>
        <source>This server&apos;s database was written by a newer version of Reper (schema %1; this program knows up to %2). Upgrade this program.</source>
        <translation>Baza de date a acestui server a fost scrisă de o versiune mai nouă a Reper (schema %1; acest program cunoaște până la %2). Actualizați programul.</translation>
    </message>
    <message>
        <source>A schema step of this program is missing.</source>
        <translation>Lipsește un pas de actualizare a schemei din acest program.</translation>
    </message>
    <message>
        <source>The server&apos;s database could not be brought to schema %1.</source>
        <translation>Baza de date a serverului nu a putut fi adusă la schema %1.</translation>
    </message>
</context>
<context>
    <name>PgUrl</name>
    <message>
        <source>The server address is not valid: %1.</source>
        <translation>Adresa serverului nu este validă: %1.</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>trebuie să înceapă cu postgresql://</translation>
    </message>
    <message>
        <source>it names no database (postgresql://HOST/DATABASE)</source>
        <translation>nu numește nicio bază de date (postgresql://GAZDĂ/BAZĂ)</translation>
    </message>
    <message>
        <source>an IPv6 address is missing its &apos;]&apos;</source>
        <translation>unei adrese IPv6 îi lipsește &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation>&apos;%1&apos; nu este GAZDĂ:PORT</translation>
    </message>
    <message>
        <source>a host in the list is empty</source>
        <translation>o gazdă din listă este goală</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port</source>
        <translation>&apos;%1&apos; nu este un port</translation>
    </message>
    <message>
        <source>Reper does not accept the parameter &apos;%1&apos;</source>
        <translation>Reper nu acceptă parametrul &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an sslmode (verify-full, verify-ca, require, prefer, allow, disable)</source>
        <translation>&apos;%1&apos; nu este un sslmode (verify-full, verify-ca, require, prefer, allow, disable)</translation>
    </message>
    <message>
        <source>it names its hosts twice (before the database and in host=)</source>
        <translation>își numește gazdele de două ori (înaintea bazei de date și în host=)</translation>
    </message>
    <message>
        <source>port= gives %1 ports for %2 hosts</source>
        <translation>port= dă %1 porturi pentru %2 gazde</translation>
    </message>
    <message>
        <source>Reper does not connect to %1 without checking its certificate (sslmode=%2): anyone on the way could read and change what is sent. Use sslmode=verify-full (the default), or give --insecure if this network is really private.</source>
        <translation>Reper nu se conectează la %1 fără să îi verifice certificatul (sslmode=%2): oricine de pe drum ar putea citi și schimba ce se trimite. Folosiți sslmode=verify-full (implicit) sau dați --insecure dacă această rețea este într-adevăr privată.</translation>
    </message>
</context>
<context>
    <name>PopulationRepository</name>
    <message>
        <source>Only an administrator may enter the population of a year.</source>
        <translation>Doar un administrator poate introduce populația unui an.</translation>
    </message>
    <message>
        <source>year: %1 is not a year from 1900 to 2200.</source>
        <translation>an: %1 nu este un an între 1900 și 2200.</translation>
    </message>
    <message>
        <source>total: the population must be a positive number.</source>
        <translation>total: populația trebuie să fie un număr pozitiv.</translation>
    </message>
    <message>
        <source>%1: %2 is not between 0 and the total, %3.</source>
        <translation>%1: %2 nu este între 0 și total, %3.</translation>
    </message>
    <message>
        <source>female, male: %1 and %2 add up to %3, not to the total %4.</source>
        <translation>femei, bărbați: %1 și %2 însumează %3, nu totalul %4.</translation>
    </message>
    <message>
        <source>children, adults: %1 and %2 add up to %3, not to the total %4.</source>
        <translation>copii, adulți: %1 și %2 însumează %3, nu totalul %4.</translation>
    </message>
    <message>
        <source>source: say where the numbers come from (institute, table, date).</source>
        <translation>sursa: spuneți de unde provin cifrele (institut, tabel, dată).</translation>
    </message>
    <message>
        <source>No population was entered for %1.</source>
        <translation>Nu a fost introdusă populația pentru %1.</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>%1 does not agree with the birth date (%2)</source>
        <translation>%1 nu se potrivește cu data nașterii (%2)</translation>
    </message>
    <message>
        <source>%1 is not a plausible year of birth</source>
        <translation>%1 nu este un an al nașterii plauzibil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the %2 list</source>
        <translation>„%1” nu este în lista %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the forms listed in exploitation</source>
        <translation>„%1” nu este una dintre formele trecute la exploatare</translation>
    </message>
    <message>
        <source>at least one form of exploitation is required</source>
        <translation>este necesară cel puțin o formă de exploatare</translation>
    </message>
    <message>
        <source>ends %1 days before it starts</source>
        <translation>se încheie cu %1 zile înainte de a începe</translation>
    </message>
    <message>
        <source>ends one day before it starts</source>
        <translation>se încheie cu o zi înainte de a începe</translation>
    </message>
    <message>
        <source>is after the notification date</source>
        <translation>este după data sesizării</translation>
    </message>
    <message>
        <source>is before the notification date</source>
        <translation>este înainte de data sesizării</translation>
    </message>
    <message>
        <source>is before the request date</source>
        <translation>este înainte de data solicitării</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>câmp obligatoriu</translation>
    </message>
    <message>
        <source>%1 is not a number of zero or more</source>
        <translation>%1 nu este un număr de zero sau mai mult</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>este în viitor</translation>
    </message>
    <message>
        <source>is &quot;closed – referred&quot; when the case was referred</source>
        <translation>este „închis – referit” când cazul a fost referit</translation>
    </message>
    <message>
        <source>is &quot;referred&quot; for a case closed as referred</source>
        <translation>este „referită” pentru un caz închis ca referit</translation>
    </message>
    <message>
        <source>is before the opening date</source>
        <translation>este înainte de data deschiderii</translation>
    </message>
    <message>
        <source>is given only when the case is closed</source>
        <translation>se completează doar când cazul este închis</translation>
    </message>
    <message>
        <source>is before the date of the contact</source>
        <translation>este înainte de data contactului</translation>
    </message>
</context>
<context>
    <name>RecordsExport</name>
    <message>
        <source>Your role may not export records (analysts see figures only).</source>
        <translation>Rolul dumneavoastră nu poate exporta înregistrări (analiștii văd doar cifre).</translation>
    </message>
    <message>
        <source>There is no centre %1.</source>
        <translation>Nu există centrul %1.</translation>
    </message>
    <message>
        <source>The records of %1 are outside your scope (%2).</source>
        <translation>Înregistrările centrului %1 sunt în afara ariei dumneavoastră (%2).</translation>
    </message>
    <message>
        <source>Identity may be exported only by a coordinator of the victims&apos; own centre, for that centre.</source>
        <translation>Identitatea poate fi exportată doar de un coordonator al centrului victimelor, pentru acel centru.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 nu este un dosar.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty: export into a new or empty folder.</source>
        <translation>Dosarul %1 nu este gol: exportați într-un dosar nou sau gol.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Dosarul %1 nu a putut fi creat.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The recovery key holds a character that is not in it: &apos;%1&apos;.</source>
        <translation>Cheia de recuperare conține un caracter care nu poate apărea în ea: „%1”.</translation>
    </message>
    <message>
        <source>A recovery key has %1 characters; this one has %2.</source>
        <translation>O cheie de recuperare are %1 caractere; aceasta are %2.</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: its check characters do not match.</source>
        <translation>Cheia de recuperare are o greșeală de tastare: caracterele de control nu se potrivesc.</translation>
    </message>
    <message>
        <source>Not enough memory to read the recovery key.</source>
        <translation>Nu este destulă memorie pentru a citi cheia de recuperare.</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>the revised edition compares a closed year with today&apos;s figures, and %1 (%2) is not closed</source>
        <translation>ediția revizuită compară un an închis cu cifrele de astăzi, iar %1 (%2) nu este închis</translation>
    </message>
    <message>
        <source>you may not see the figures of %1</source>
        <translation>nu aveți dreptul să vedeți cifrele pentru %1</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Only an administrator may run the retention rule.</source>
        <translation>Doar un administrator poate aplica regula de păstrare.</translation>
    </message>
    <message>
        <source>Only an administrator may set the retention schedule.</source>
        <translation>Doar un administrator poate stabili programul de păstrare.</translation>
    </message>
    <message>
        <source>The retention period is 1 to 100 years.</source>
        <translation>Perioada de păstrare este de 1 până la 100 de ani.</translation>
    </message>
    <message>
        <source>The schedule needs a number of days (0 for none) and 1 to 100 years.</source>
        <translation>Programul are nevoie de un număr de zile (0 pentru niciunul) și de 1 până la 100 de ani.</translation>
    </message>
</context>
<context>
    <name>ServerKeySlot</name>
    <message>
        <source>the keys of %1 on the server</source>
        <translation>cheile lui %1 de pe server</translation>
    </message>
    <message>
        <source>The keys of %1 on the server belong to another store: an administrator must reset the password of %1.</source>
        <translation>Cheile lui %1 de pe server sunt ale altui depozit: un administrator trebuie să reseteze parola lui %1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 That was the %2th wrong password in a row: %3 is locked until %4.</source>
        <translation>%1 Aceasta a fost a %2-a parolă greșită la rând: %3 este blocat până la %4.</translation>
    </message>
    <message>
        <source>A store already exists at %1; Reper does not overwrite it.</source>
        <translation>Există deja un depozit la %1; Reper nu scrie peste el.</translation>
    </message>
    <message>
        <source>No free victim code could be found.</source>
        <translation>Nu s-a putut găsi un cod de victimă liber.</translation>
    </message>
    <message>
        <source>Other records refer to this one; change or delete them first.</source>
        <translation>Alte înregistrări se referă la aceasta; modificați-le sau ștergeți-le întâi.</translation>
    </message>
    <message>
        <source>The administrator needs a password.</source>
        <translation>Administratorul are nevoie de o parolă.</translation>
    </message>
    <message>
        <source>The administrator needs a user name.</source>
        <translation>Administratorul are nevoie de un nume de utilizator.</translation>
    </message>
    <message>
        <source>The campaign has %1 prevention activities; move or delete them first.</source>
        <translation>Campania are %1 activități de prevenire; mutați-le sau ștergeți-le întâi.</translation>
    </message>
    <message>
        <source>The key file no longer opens this store.</source>
        <translation>Fișierul de chei nu mai deschide acest depozit.</translation>
    </message>
    <message>
        <source>The lockout file of this store was damaged, so every account waits until %1.</source>
        <translation>Fișierul de blocare al acestui depozit a fost deteriorat, așa că fiecare cont așteaptă până la %1.</translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation>Înregistrarea nu a putut fi salvată.</translation>
    </message>
    <message>
        <source>The record is no longer in the store.</source>
        <translation>Înregistrarea nu mai este în depozit.</translation>
    </message>
    <message>
        <source>The store could not prepare its search functions.</source>
        <translation>Depozitul nu și-a putut pregăti funcțiile de căutare.</translation>
    </message>
    <message>
        <source>The store refused a value of this record.</source>
        <translation>Depozitul a refuzat o valoare a acestei înregistrări.</translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation>Utilizatorul %1 este dezactivat.</translation>
    </message>
    <message>
        <source>There is no centre %1.</source>
        <translation>Nu există centrul %1.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Nu există niciun depozit la %1.</translation>
    </message>
    <message>
        <source>There is no user %1 in this store.</source>
        <translation>Nu există utilizatorul %1 în acest depozit.</translation>
    </message>
    <message>
        <source>This campaign code is already used by another campaign.</source>
        <translation>Acest cod de campanie este folosit deja de altă campanie.</translation>
    </message>
    <message>
        <source>This project code is already used by another project.</source>
        <translation>Acest cod de proiect este folosit deja de alt proiect.</translation>
    </message>
    <message>
        <source>This victim code is already used by another victim.</source>
        <translation>Acest cod de victimă este folosit deja de altă victimă.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for %1: the account is locked until %2.</source>
        <translation>Prea multe parole greșite pentru %1: contul este blocat până la %2.</translation>
    </message>
    <message>
        <source>You may not change the identity of this victim.</source>
        <translation>Nu aveți dreptul să modificați identitatea acestei victime.</translation>
    </message>
    <message>
        <source>You may not change the records of %1.</source>
        <translation>Nu aveți dreptul să modificați înregistrările pentru %1.</translation>
    </message>
    <message>
        <source>You may not see the figures of %1.</source>
        <translation>Nu aveți dreptul să vedeți cifrele pentru %1.</translation>
    </message>
    <message>
        <source>You may not see the identity of this victim.</source>
        <translation>Nu aveți dreptul să vedeți identitatea acestei victime.</translation>
    </message>
    <message>
        <source>You may not see the records of %1.</source>
        <translation>Nu aveți dreptul să vedeți înregistrările pentru %1.</translation>
    </message>
    <message>
        <source>This store&apos;s keys are of the kind written before key pairs: an administrator must open it once with their password to upgrade them (a new recovery key is shown then).</source>
        <translation>Cheile acestui depozit sunt de tipul scris înainte de perechile de chei: un administrator trebuie să îl deschidă o dată cu parola lui pentru a le actualiza (atunci este arătată o nouă cheie de recuperare).</translation>
    </message>
    <message>
        <source>The keys of a new store could not be made.</source>
        <translation>Cheile unui depozit nou nu au putut fi create.</translation>
    </message>
    <message>
        <source>The key slot of %1 holds no signing key. An administrator must reset the password of %1.</source>
        <translation>Intrarea lui %1 din fișierul de chei nu conține nicio cheie de semnare. Un administrator trebuie să reseteze parola lui %1.</translation>
    </message>
    <message>
        <source>The new keys could not be made.</source>
        <translation>Cheile noi nu au putut fi create.</translation>
    </message>
    <message>
        <source>The new key file is missing.</source>
        <translation>Noul fișier de chei lipsește.</translation>
    </message>
    <message>
        <source>The key slot of %1 holds a signing key that is no longer %1&apos;s (it was replaced by a password reset, or never introduced). An administrator must reset the password of %1.</source>
        <translation>Intrarea lui %1 din fișierul de chei conține o cheie de semnare care nu mai este a lui %1 (a fost înlocuită la o resetare a parolei sau nu a fost introdusă niciodată). Un administrator trebuie să reseteze parola lui %1.</translation>
    </message>
    <message>
        <source>The key file changed while you signed in; sign in again.</source>
        <translation>Fișierul de chei s-a schimbat în timp ce vă autentificați; autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>This victim&apos;s identity is sealed to the key of %1, so the victim cannot move to another centre. The staff of %1 can remove the identity first.</source>
        <translation>Identitatea acestei victime este sigilată cu cheia %1, așa că victima nu poate trece la alt centru. Personalul %1 poate șterge mai întâi identitatea.</translation>
    </message>
    <message>
        <source>The case cannot be saved: %1 %2.</source>
        <translation>Cazul nu poate fi salvat: %1 %2.</translation>
    </message>
    <message>
        <source>Only a coordinator of %1 gives its cases to a case worker.</source>
        <translation>Doar un coordonator al %1 atribuie cazurile unui responsabil de caz.</translation>
    </message>
    <message>
        <source>The case worker must be an operator or coordinator of %1.</source>
        <translation>Responsabilul de caz trebuie să fie un operator sau coordonator al %1.</translation>
    </message>
    <message>
        <source>Say who signs in to the server %1 (a Reper user name).</source>
        <translation>Spuneți cine se conectează la serverul %1 (un nume de utilizator Reper).</translation>
    </message>
    <message>
        <source>The server %1 holds no Reper store yet: its owner creates one with &apos;reper-cli --store ADDRESS init --admin NAME&apos;.</source>
        <translation>Serverul %1 nu are încă un depozit Reper: proprietarul său îl creează cu &apos;reper-cli --store ADRESĂ init --admin NUME&apos;.</translation>
    </message>
    <message>
        <source>The store on %1 was made by a newer version of Reper (schema %2; this program knows %3). Install the newer version.</source>
        <translation>Depozitul de pe %1 a fost făcut de o versiune mai nouă a Reper (schema %2; acest program o cunoaște pe %3). Instalați versiunea mai nouă.</translation>
    </message>
    <message>
        <source>The store on %1 is at schema %2 and this program needs %3: its owner upgrades it first (reper-cli --store ADDRESS init, as the database&apos;s owner).</source>
        <translation>Depozitul de pe %1 este la schema %2, iar acest program are nevoie de %3: proprietarul îl actualizează mai întâi (reper-cli --store ADRESĂ init, ca proprietar al bazei de date).</translation>
    </message>
    <message>
        <source>The login %1 is not a user of the Reper store on %2.</source>
        <translation>Contul %1 nu este utilizator al depozitului Reper de pe %2.</translation>
    </message>
    <message>
        <source>The server holds no keys for %1. An administrator must reset the password of %1.</source>
        <translation>Serverul nu are chei pentru %1. Un administrator trebuie să reseteze parola lui %1.</translation>
    </message>
    <message>
        <source>The keys of %1 on the server hold a signing key that is no longer %1&apos;s. An administrator must reset the password of %1.</source>
        <translation>Cheile lui %1 de pe server conțin o cheie de semnare care nu mai este a lui %1. Un administrator trebuie să reseteze parola lui %1.</translation>
    </message>
    <message>
        <source>The database of %1 already holds a Reper store; it was left as it is.</source>
        <translation>Baza de date de pe %1 are deja un depozit Reper; a fost lăsată neschimbată.</translation>
    </message>
    <message>
        <source>The first administrator was not made.</source>
        <translation>Primul administrator nu a fost creat.</translation>
    </message>
    <message>
        <source>This victim takes part in a merge: unmerge it first.</source>
        <translation>Această victimă face parte dintr-o unire: anulați întâi unirea.</translation>
    </message>
    <message>
        <source>This store is not on a server.</source>
        <translation>Acest depozit nu este pe un server.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Un alt utilizator</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 at %3, after you opened it; your changes were not saved.</source>
        <translation>%1 a modificat această înregistrare pe %2 la ora %3, după ce ați deschis-o; modificările dumneavoastră nu au fost salvate.</translation>
    </message>
</context>
<context>
    <name>StoreFault</name>
    <message>
        <source>Restore the last backup of the store, or open it with its recovery key.</source>
        <translation>Restaurați ultima copie de siguranță a depozitului sau deschideți-l cu cheia de recuperare.</translation>
    </message>
    <message>
        <source>The store file %1 is damaged: a part of it fails its integrity check. %2</source>
        <translation>Fișierul depozitului %1 este deteriorat: o parte din el nu trece verificarea de integritate. %2</translation>
    </message>
    <message>
        <source>The store file %1 is damaged or cut short, or it is not the store its key file belongs to: the password is right, but the key it opens does not read the store. %2</source>
        <translation>Fișierul depozitului %1 este deteriorat sau trunchiat, ori nu este depozitul căruia îi aparține fișierul de chei: parola este corectă, dar cheia pe care o deschide nu citește depozitul. %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Reper store (it is empty, or cut short); Reper leaves it as it is and writes nothing to it. Only a new store (init) creates one. %2</source>
        <translation>Fișierul %1 nu este un depozit Reper (este gol sau trunchiat); Reper îl lasă așa cum este și nu scrie nimic în el. Numai un depozit nou (init) creează unul. %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (%2); this is not a wrong password. %3</source>
        <translation>Fișierul de chei %1 este deteriorat (%2); nu este o parolă greșită. %3</translation>
    </message>
    <message>
        <source>The store file %1 could not be read or written (%2).</source>
        <translation>Fișierul depozitului %1 nu a putut fi citit sau scris (%2).</translation>
    </message>
    <message>
        <source>Restore the last backup (the newest is %1), or open the store with its recovery key.</source>
        <translation>Restaurați ultima copie de siguranță (cea mai nouă este %1) sau deschideți depozitul cu cheia de recuperare.</translation>
    </message>
</context>
<context>
    <name>StoreSnapshot</name>
    <message>
        <source>There is no store at %1.</source>
        <translation>Nu există niciun depozit la %1.</translation>
    </message>
    <message>
        <source>The store at %1 could not be read for the migration.</source>
        <translation>Depozitul de la %1 nu a putut fi citit pentru migrare.</translation>
    </message>
</context>
<context>
    <name>TextPolicy</name>
    <message>
        <source>a code has at most %1 characters, this one has %2</source>
        <translation>un cod are cel mult %1 caractere, acesta are %2</translation>
    </message>
    <message>
        <source>character %1 (%2) may not be in a code: codes are written with the letters A-Z, digits, spaces and ASCII punctuation</source>
        <translation>caracterul %1 (%2) nu poate apărea într-un cod: codurile se scriu cu literele A-Z, cifre, spații și semne de punctuație ASCII</translation>
    </message>
    <message>
        <source>character %1 is an invisible or control character (%2); remove it: it can make the text read differently from what is stored</source>
        <translation>caracterul %1 este un caracter invizibil sau de control (%2); ștergeți-l: poate face textul să se citească altfel decât este stocat</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 caractere)</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>%1 is already disabled.</source>
        <translation>%1 este deja dezactivat.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 este dezactivat.</translation>
    </message>
    <message>
        <source>%1 is not disabled.</source>
        <translation>%1 nu este dezactivat.</translation>
    </message>
    <message>
        <source>%1 is the last administrator.</source>
        <translation>%1 este ultimul administrator.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: operator, coordinator, analyst or administrator</source>
        <translation>„%1” nu este un rol: operator, coordinator, analyst sau administrator</translation>
    </message>
    <message>
        <source>A user name may not be empty or start or end with spaces.</source>
        <translation>Un nume de utilizator nu poate fi gol și nu poate începe sau se termina cu spații.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Doar un administrator poate gestiona utilizatorii.</translation>
    </message>
    <message>
        <source>The store is open with a password; recovery is for when none works.</source>
        <translation>Depozitul este deschis cu o parolă; recuperarea este pentru cazul în care nicio parolă nu funcționează.</translation>
    </message>
    <message>
        <source>There is already a user %1 (users are never deleted, only disabled).</source>
        <translation>Există deja utilizatorul %1 (utilizatorii nu sunt niciodată șterși, doar dezactivați).</translation>
    </message>
    <message>
        <source>There is no user %1 in this store.</source>
        <translation>Nu există utilizatorul %1 în acest depozit.</translation>
    </message>
    <message>
        <source>This session has no signing key; open the store with your password.</source>
        <translation>Această sesiune nu are cheie de semnare; deschideți depozitul cu parola dumneavoastră.</translation>
    </message>
    <message>
        <source>To change your own password use &apos;user passwd&apos;.</source>
        <translation>Pentru a vă schimba propria parolă folosiți „user passwd”.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation>Nu vă puteți dezactiva singur; o poate face alt administrator.</translation>
    </message>
    <message>
        <source>a user needs a role: operator, coordinator, analyst or administrator</source>
        <translation>un utilizator are nevoie de un rol: operator, coordinator, analyst sau administrator</translation>
    </message>
    <message>
        <source>an operator works for one centre: give --center CR-XX</source>
        <translation>un operator lucrează pentru un singur centru: dați --center CR-XX</translation>
    </message>
    <message>
        <source>the password is too short: use at least %1 characters (a passphrase of a few words is best)</source>
        <translation>parola este prea scurtă: folosiți cel puțin %1 caractere (cel mai bine, o frază de câteva cuvinte)</translation>
    </message>
    <message>
        <source>the password may not be one character repeated</source>
        <translation>parola nu poate fi un singur caracter repetat</translation>
    </message>
    <message>
        <source>the password may not be the user name</source>
        <translation>parola nu poate fi numele de utilizator</translation>
    </message>
    <message>
        <source>there is no centre %1</source>
        <translation>nu există centrul %1</translation>
    </message>
    <message>
        <source>Only an administrator may give the store a new key.</source>
        <translation>Doar un administrator poate da depozitului o cheie nouă.</translation>
    </message>
    <message>
        <source>The key file&apos;s copy for the recovery key is not the one the audit trail names; the store key is not renewed.</source>
        <translation>Copia din fișierul de chei pentru cheia de recuperare nu este cea numită de jurnalul de audit; cheia depozitului nu este reînnoită.</translation>
    </message>
    <message>
        <source>The new store key could not be made.</source>
        <translation>Noua cheie a depozitului nu a putut fi creată.</translation>
    </message>
    <message>
        <source>Your own key slot would not hold the new key; the store key is not renewed.</source>
        <translation>Propria dumneavoastră intrare din fișierul de chei nu ar conține noua cheie; cheia depozitului nu este reînnoită.</translation>
    </message>
    <message>
        <source>The store has its new key, but the key file could not be put in place; it is waiting beside it (%1) and is put in place at the next sign-in.</source>
        <translation>Depozitul are noua cheie, dar fișierul de chei nu a putut fi pus la locul lui; așteaptă alături (%1) și este pus la locul lui la următoarea autentificare.</translation>
    </message>
    <message>
        <source>%1 is recorded in the store, but the key file could not be written (%2); do it again once the disk is writable.</source>
        <translation>%1 este înregistrat în depozit, dar fișierul de chei nu a putut fi scris (%2); repetați după ce se poate scrie din nou pe disc.</translation>
    </message>
    <message>
        <source>The new user %1</source>
        <translation>Noul utilizator %1</translation>
    </message>
    <message>
        <source>Disabling %1</source>
        <translation>Dezactivarea lui %1</translation>
    </message>
    <message>
        <source>The new password of %1</source>
        <translation>Noua parolă a lui %1</translation>
    </message>
    <message>
        <source>Your new password</source>
        <translation>Noua dumneavoastră parolă</translation>
    </message>
    <message>
        <source>The recovery of %1</source>
        <translation>Recuperarea pentru %1</translation>
    </message>
    <message>
        <source>This store is not on a server.</source>
        <translation>Acest depozit nu este pe un server.</translation>
    </message>
    <message>
        <source>The server did not add %1.</source>
        <translation>Serverul nu l-a adăugat pe %1.</translation>
    </message>
    <message>
        <source>The server kept the old keys of %1; the password is unchanged.</source>
        <translation>Serverul a păstrat cheile vechi ale lui %1; parola nu s-a schimbat.</translation>
    </message>
    <message>
        <source>This is not available on a server yet.</source>
        <translation>Aceasta nu este încă disponibilă pe un server.</translation>
    </message>
</context>
<context>
    <name>VictimExport</name>
    <message>
        <source>Exporting identity must be confirmed.</source>
        <translation>Exportul identității trebuie confirmat.</translation>
    </message>
    <message>
        <source>Identity may be exported only by a coordinator of the victims&apos; own centre, for that centre.</source>
        <translation>Identitatea poate fi exportată doar de un coordonator al centrului victimelor, pentru acel centru.</translation>
    </message>
    <message>
        <source>The victims of %1 are outside your scope (%2).</source>
        <translation>Victimele pentru %1 sunt în afara nivelului dumneavoastră (%2).</translation>
    </message>
    <message>
        <source>There is no centre %1.</source>
        <translation>Nu există centrul %1.</translation>
    </message>
    <message>
        <source>Your role may not export victims (analysts see figures only).</source>
        <translation>Rolul dumneavoastră nu permite exportul victimelor (analiștii văd doar cifre).</translation>
    </message>
</context>
<context>
    <name>VictimMerger</name>
    <message>
        <source>There is no victim %1 in your scope.</source>
        <translation>Nu există victima %1 în aria dumneavoastră.</translation>
    </message>
    <message>
        <source>Only a coordinator of %1 may merge or unmerge its victims.</source>
        <translation>Numai un coordonator al %1 poate uni victimele sale sau anula unirea lor.</translation>
    </message>
    <message>
        <source>Only a national coordinator may merge or unmerge victims of two centres (%1 and %2).</source>
        <translation>Numai un coordonator național poate uni victime a două centre (%1 și %2) sau anula unirea lor.</translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself: choose two victims.</source>
        <translation>%1 nu poate fi unită cu ea însăși: alegeți două victime.</translation>
    </message>
    <message>
        <source>%1 is already merged into %2; unmerge it first.</source>
        <translation>%1 este deja unită cu %2; anulați întâi unirea.</translation>
    </message>
    <message>
        <source>%1 is already merged into %2: keep %2 instead.</source>
        <translation>%1 este deja unită cu %2: păstrați %2 în locul ei.</translation>
    </message>
    <message>
        <source>%1 already has %2 merged into it: keep %1 instead, or unmerge %2 first.</source>
        <translation>%1 are deja unită cu ea pe %2: păstrați %1 sau anulați întâi unirea lui %2.</translation>
    </message>
    <message>
        <source>The merge could not be recorded.</source>
        <translation>Unirea nu a putut fi înregistrată.</translation>
    </message>
    <message>
        <source>%1 is the code kept by a merge: unmerge the code merged into it (%2).</source>
        <translation>%1 este codul păstrat la o unire: anulați unirea codului unit cu el (%2).</translation>
    </message>
    <message>
        <source>%1 is not merged into another victim.</source>
        <translation>%1 nu este unită cu altă victimă.</translation>
    </message>
</context>
<context>
    <name>XlsxRenderer</name>
    <message>
        <source>The XLSX workbook could not be written.</source>
        <translation>Registrul XLSX nu a putut fi scris.</translation>
    </message>
</context>
<context>
    <name>YearClosing</name>
    <message>
        <source>%1 (%2) is already closed (version %3, %4 UTC, by %5); to freeze today&apos;s figures as a new version, add --reclose</source>
        <translation>%1 (%2) este deja închis (versiunea %3, %4 UTC, de %5); pentru a îngheța cifrele de astăzi ca versiune nouă, adăugați --reclose</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was not closed: %n blocking problem(s); correct them, or close with --force</source>
        <translation>
            <numerusform>%1 (%2) nu a fost închis: probleme care blochează închiderea: %n; corectați-le sau închideți cu --force</numerusform>
            <numerusform>%1 (%2) nu a fost închis: probleme care blochează închiderea: %n; corectați-le sau închideți cu --force</numerusform>
            <numerusform>%1 (%2) nu a fost închis: probleme care blochează închiderea: %n; corectați-le sau închideți cu --force</numerusform>
        </translation>
    </message>
    <message>
        <source>only a coordinator of %1 may close its years</source>
        <translation>doar un coordonator al nivelului %1 îi poate închide anii</translation>
    </message>
</context>
</TS>
