<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AuditTrail</name>
        <message>
            <source>A signing key is missing.</source>
            <translation>A signing key is missing.</translation>
        </message>
        <message>
            <source>Only an administrator may read the audit trail.</source>
            <translation>Only an administrator may read the audit trail.</translation>
        </message>
        <message>
            <source>The audit trail cannot be read.</source>
            <translation>The audit trail cannot be read.</translation>
        </message>
        <message>
            <source>The audit trail cannot be written.</source>
            <translation>The audit trail cannot be written.</translation>
        </message>
        <message>
            <source>The audit trail does not know the table %1.</source>
            <translation>The audit trail does not know the table %1.</translation>
        </message>
        <message>
            <source>This session cannot sign the audit trail (the store was opened without a user key).</source>
            <translation>This session cannot sign the audit trail (the store was opened without a user key).</translation>
        </message>
    </context>
    <context>
        <name>AuditVerifier</name>
        <message>
            <source>%1 is neither a backup of this store nor a file holding an audit head.</source>
            <translation>%1 is neither a backup of this store nor a file holding an audit head.</translation>
        </message>
        <message>
            <source>%1 record change(s) are not signed yet (they will be when the session closes)</source>
            <translation>%1 record change(s) are not signed yet (they will be when the session closes)</translation>
        </message>
        <message>
            <source>%1 records entry %2 but the trail ends at %3: entries were cut off</source>
            <translation>%1 records entry %2 but the trail ends at %3: entries were cut off</translation>
        </message>
        <message>
            <source>FAILED: … and %1 more</source>
            <translation>FAILED: … and %1 more</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>There is no file %1.</translation>
        </message>
        <message>
            <source>chain of %1 entries, each linked to the one before (head %2)</source>
            <translation>chain of %1 entries, each linked to the one before (head %2)</translation>
        </message>
        <message>
            <source>entries %1 to %2 are missing</source>
            <translation>entries %1 to %2 are missing</translation>
        </message>
        <message>
            <source>entry %1 (%2): a key for %3 was set without another user's key (%4); the entries it signs rest on the recovery key or on the old slot</source>
            <translation>entry %1 (%2): a key for %3 was set without another user's key (%4); the entries it signs rest on the recovery key or on the old slot</translation>
        </message>
        <message>
            <source>entry %1 does not follow the entry before it (the chain is broken there)</source>
            <translation>entry %1 does not follow the entry before it (the chain is broken there)</translation>
        </message>
        <message>
            <source>entry %1 has no valid signature</source>
            <translation>entry %1 has no valid signature</translation>
        </message>
        <message>
            <source>entry %1 introduces a key in a way the trail does not allow</source>
            <translation>entry %1 introduces a key in a way the trail does not allow</translation>
        </message>
        <message>
            <source>entry %1 is out of order</source>
            <translation>entry %1 is out of order</translation>
        </message>
        <message>
            <source>entry %1 is signed by a key that was not %2's key at that point</source>
            <translation>entry %1 is signed by a key that was not %2's key at that point</translation>
        </message>
        <message>
            <source>entry %1 names a signing key the store does not hold</source>
            <translation>entry %1 names a signing key the store does not hold</translation>
        </message>
        <message>
            <source>entry %1 was altered: its content does not match its hash</source>
            <translation>entry %1 was altered: its content does not match its hash</translation>
        </message>
        <message>
            <source>every entry signed by its user's key at the time</source>
            <translation>every entry signed by its user's key at the time</translation>
        </message>
        <message>
            <source>every stored key was introduced by the trail</source>
            <translation>every stored key was introduced by the trail</translation>
        </message>
        <message>
            <source>keys %1 were not introduced by the trail</source>
            <translation>keys %1 were not introduced by the trail</translation>
        </message>
        <message>
            <source>the audit trail cannot be read: %1</source>
            <translation>the audit trail cannot be read: %1</translation>
        </message>
        <message>
            <source>the audit trail is empty</source>
            <translation>the audit trail is empty</translation>
        </message>
        <message>
            <source>the trail contains the head recorded in %1 (%2)</source>
            <translation>the trail contains the head recorded in %1 (%2)</translation>
        </message>
        <message>
            <source>the trail starts with the key this store was created with</source>
            <translation>the trail starts with the key this store was created with</translation>
        </message>
        <message>
            <source>your key slot does not record the trail's first key; the start of the trail is taken on trust (a slot written by an older version or by a recovery)</source>
            <translation>your key slot does not record the trail's first key; the start of the trail is taken on trust (a slot written by an older version or by a recovery)</translation>
        </message>
        <message>
            <source>your own key is the one the trail names for you</source>
            <translation>your own key is the one the trail names for you</translation>
        </message>
    </context>
    <context>
        <name>BackupService</name>
        <message>
            <source>A backup cannot overwrite the store itself.</source>
            <translation>A backup cannot overwrite the store itself.</translation>
        </message>
        <message>
            <source>Cannot keep a copy of the current store; nothing was restored.</source>
            <translation>Cannot keep a copy of the current store; nothing was restored.</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>Cannot read %1.</translation>
        </message>
        <message>
            <source>Cannot replace %1.</source>
            <translation>Cannot replace %1.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
        <message>
            <source>Only an administrator may make a backup.</source>
            <translation>Only an administrator may make a backup.</translation>
        </message>
        <message>
            <source>Only an administrator may restore a backup.</source>
            <translation>Only an administrator may restore a backup.</translation>
        </message>
        <message>
            <source>The backup %1 is damaged; the store was left as it was.</source>
            <translation>The backup %1 is damaged; the store was left as it was.</translation>
        </message>
        <message>
            <source>The backup could not be completed.</source>
            <translation>The backup could not be completed.</translation>
        </message>
        <message>
            <source>The backup could not start.</source>
            <translation>The backup could not start.</translation>
        </message>
        <message>
            <source>There is no backup at %1.</source>
            <translation>There is no backup at %1.</translation>
        </message>
        <message>
            <source>cipher page size %1</source>
            <translation>cipher page size %1</translation>
        </message>
        <message>
            <source>encryption: SQLCipher %1</source>
            <translation>encryption: SQLCipher %1</translation>
        </message>
        <message>
            <source>foreign keys (%1 dangling)</source>
            <translation>foreign keys (%1 dangling)</translation>
        </message>
        <message>
            <source>integrity check</source>
            <translation>integrity check</translation>
        </message>
        <message>
            <source>integrity check: %1</source>
            <translation>integrity check: %1</translation>
        </message>
        <message>
            <source>key slot of %1</source>
            <translation>key slot of %1</translation>
        </message>
        <message>
            <source>schema version %1</source>
            <translation>schema version %1</translation>
        </message>
        <message>
            <source>the key file belongs to this store</source>
            <translation>the key file belongs to this store</translation>
        </message>
        <message>
            <source>the key file's check value matches the store key</source>
            <translation>the key file's check value matches the store key</translation>
        </message>
    </context>
    <context>
        <name>BilantTemplate</name>
        <message>
            <source>%1, line %2: a setting is written key = value.</source>
            <translation>%1, line %2: a setting is written key = value.</translation>
        </message>
        <message>
            <source>%1, line %2: text before the first [section].</source>
            <translation>%1, line %2: text before the first [section].</translation>
        </message>
        <message>
            <source>The template %1 cannot be read.</source>
            <translation>The template %1 cannot be read.</translation>
        </message>
    </context>
    <context>
        <name>CivilDate</name>
        <message>
            <source>'%1' is not a date in the form YYYY-MM-DD</source>
            <translation>'%1' is not a date in the form YYYY-MM-DD</translation>
        </message>
        <message>
            <source>'%1': %2 has %3 days</source>
            <translation>'%1': %2 has %3 days</translation>
        </message>
        <message>
            <source>'%1': %2 is not a leap year</source>
            <translation>'%1': %2 is not a leap year</translation>
        </message>
        <message>
            <source>'%1': the year %2 is before 1900</source>
            <translation>'%1': the year %2 is before 1900</translation>
        </message>
        <message>
            <source>'%1': there is no month %2</source>
            <translation>'%1': there is no month %2</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>December</source>
            <translation>December</translation>
        </message>
        <message>
            <source>February</source>
            <translation>February</translation>
        </message>
        <message>
            <source>January</source>
            <translation>January</translation>
        </message>
        <message>
            <source>July</source>
            <translation>July</translation>
        </message>
        <message>
            <source>June</source>
            <translation>June</translation>
        </message>
        <message>
            <source>March</source>
            <translation>March</translation>
        </message>
        <message>
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>October</source>
            <translation>October</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
    </context>
    <context>
        <name>ClosedYearRepository</name>
        <message>
            <source>Only a coordinator of this scope may close a year.</source>
            <translation>Only a coordinator of this scope may close a year.</translation>
        </message>
        <message>
            <source>The figures to freeze do not match their hash.</source>
            <translation>The figures to freeze do not match their hash.</translation>
        </message>
        <message>
            <source>The frozen figures of %1 (%2) do not match their hash: they were altered outside Reper.</source>
            <translation>The frozen figures of %1 (%2) do not match their hash: they were altered outside Reper.</translation>
        </message>
    </context>
    <context>
        <name>Cnp</name>
        <message>
            <source>a CNP cannot start with 0</source>
            <translation>a CNP cannot start with 0</translation>
        </message>
        <message>
            <source>a CNP has 13 digits, this one has %1 characters</source>
            <translation>a CNP has 13 digits, this one has %1 characters</translation>
        </message>
        <message>
            <source>a CNP holds digits only</source>
            <translation>a CNP holds digits only</translation>
        </message>
        <message>
            <source>the check digit of the CNP is wrong</source>
            <translation>the check digit of the CNP is wrong</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>a quoted field that starts on line %1 is never closed</source>
            <translation>a quoted field that starts on line %1 is never closed</translation>
        </message>
        <message>
            <source>the file is not valid UTF-8 (near line %1); save it as UTF-8</source>
            <translation>the file is not valid UTF-8 (near line %1); save it as UTF-8</translation>
        </message>
    </context>
    <context>
        <name>DataQuality</name>
        <message>
            <source>assistance or support in criminal proceedings dated before the victim's first notification</source>
            <translation>assistance or support in criminal proceedings dated before the victim's first notification</translation>
        </message>
        <message>
            <source>assistance without an end date, open for more than two years at the end of the year</source>
            <translation>assistance without an end date, open for more than two years at the end of the year</translation>
        </message>
        <message>
            <source>identifications without a country of exploitation</source>
            <translation>identifications without a country of exploitation</translation>
        </message>
        <message>
            <source>identifications without a form of exploitation</source>
            <translation>identifications without a form of exploitation</translation>
        </message>
        <message>
            <source>prevention activities without a campaign</source>
            <translation>prevention activities without a campaign</translation>
        </message>
        <message>
            <source>records dated before the victim was born</source>
            <translation>records dated before the victim was born</translation>
        </message>
        <message>
            <source>the year %1 is not over yet (today is %2)</source>
            <translation>the year %1 is not over yet (today is %2)</translation>
        </message>
        <message>
            <source>victims recorded under different codes with the same CNP (one person counted twice?)</source>
            <translation>victims recorded under different codes with the same CNP (one person counted twice?)</translation>
        </message>
        <message>
            <source>victims with different codes but the same birth date, sex and county (possibly one person)</source>
            <translation>victims with different codes but the same birth date, sex and county (possibly one person)</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The key does not open this store, or the file is not a Reper store.</source>
            <translation>The key does not open this store, or the file is not a Reper store.</translation>
        </message>
        <message>
            <source>The store at %1 could not be opened.</source>
            <translation>The store at %1 could not be opened.</translation>
        </message>
        <message>
            <source>The store could not carry out an operation.</source>
            <translation>The store could not carry out an operation.</translation>
        </message>
        <message>
            <source>The store could not prepare a query.</source>
            <translation>The store could not prepare a query.</translation>
        </message>
        <message>
            <source>The store key could not be applied.</source>
            <translation>The store key could not be applied.</translation>
        </message>
        <message>
            <source>The store key is malformed.</source>
            <translation>The store key is malformed.</translation>
        </message>
        <message>
            <source>The work was cancelled.</source>
            <translation>The work was cancelled.</translation>
        </message>
        <message>
            <source>There is no store at %1.</source>
            <translation>There is no store at %1.</translation>
        </message>
        <message>
            <source>This build of Reper has no encryption (SQLCipher is missing); it refuses to run.</source>
            <translation>This build of Reper has no encryption (SQLCipher is missing); it refuses to run.</translation>
        </message>
    </context>
    <context>
        <name>ExplainRepository</name>
        <message>
            <source>There is no figure %1 (one of: %2).</source>
            <translation>There is no figure %1 (one of: %2).</translation>
        </message>
        <message>
            <source>You may not see the records of this scope.</source>
            <translation>You may not see the records of this scope.</translation>
        </message>
    </context>
    <context>
        <name>FiguresCodec</name>
        <message>
            <source>The frozen figures cannot be read.</source>
            <translation>The frozen figures cannot be read.</translation>
        </message>
    </context>
    <context>
        <name>FiguresRepository</name>
        <message>
            <source>There is no centre %1.</source>
            <translation>There is no centre %1.</translation>
        </message>
        <message>
            <source>You may not see the figures of %1.</source>
            <translation>You may not see the figures of %1.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>%1 are neither codes nor labels of the %2 list</source>
            <translation>%1 are neither codes nor labels of the %2 list</translation>
        </message>
        <message>
            <source>%1 is a victim outside your scope</source>
            <translation>%1 is a victim outside your scope</translation>
        </message>
        <message>
            <source>%1 is already recorded (on an earlier row or import) with other details</source>
            <translation>%1 is already recorded (on an earlier row or import) with other details</translation>
        </message>
        <message>
            <source>%1 is already recorded (on an earlier row or import) with other person details: %2 differ</source>
            <translation>%1 is already recorded (on an earlier row or import) with other person details: %2 differ</translation>
        </message>
        <message>
            <source>%1 is already the code of a campaign outside your scope</source>
            <translation>%1 is already the code of a campaign outside your scope</translation>
        </message>
        <message>
            <source>%1 is already the code of a project outside your scope</source>
            <translation>%1 is already the code of a project outside your scope</translation>
        </message>
        <message>
            <source>%1 is already the code of a victim outside your scope (victim codes are unique in the store)</source>
            <translation>%1 is already the code of a victim outside your scope (victim codes are unique in the store)</translation>
        </message>
        <message>
            <source>%1 is neither a code nor a label of the %2 list</source>
            <translation>%1 is neither a code nor a label of the %2 list</translation>
        </message>
        <message>
            <source>%1 is neither in campaigns.csv nor already in the store</source>
            <translation>%1 is neither in campaigns.csv nor already in the store</translation>
        </message>
        <message>
            <source>%1 is neither in victims.csv nor already in the store</source>
            <translation>%1 is neither in victims.csv nor already in the store</translation>
        </message>
        <message>
            <source>%1 is not one of the import files and was not read</source>
            <translation>%1 is not one of the import files and was not read</translation>
        </message>
        <message>
            <source>%1 is outside your scope: you may import records of %2 only</source>
            <translation>%1 is outside your scope: you may import records of %2 only</translation>
        </message>
        <message>
            <source>'%1' is neither a code nor a label of the %2 list</source>
            <translation>'%1' is neither a code nor a label of the %2 list</translation>
        </message>
        <message>
            <source>'%1' is neither a county code (AB, AG, … B, … VN) nor a county name</source>
            <translation>'%1' is neither a county code (AB, AG, … B, … VN) nor a county name</translation>
        </message>
        <message>
            <source>'%1' is neither an ISO 3166-1 alpha-2 code nor a country name</source>
            <translation>'%1' is neither an ISO 3166-1 alpha-2 code nor a country name</translation>
        </message>
        <message>
            <source>'%1' is not a country code: countries are written as ISO 3166-1 alpha-2 codes (RO, IT, …)</source>
            <translation>'%1' is not a country code: countries are written as ISO 3166-1 alpha-2 codes (RO, IT, …)</translation>
        </message>
        <message>
            <source>'%1' is not a regional centre (CR-AB, CR-BC, … CR-TM)</source>
            <translation>'%1' is not a regional centre (CR-AB, CR-BC, … CR-TM)</translation>
        </message>
        <message>
            <source>'%1' is not a whole number of zero or more</source>
            <translation>'%1' is not a whole number of zero or more</translation>
        </message>
        <message>
            <source>'%1' is not a year (four digits)</source>
            <translation>'%1' is not a year (four digits)</translation>
        </message>
        <message>
            <source>'%1' is not yes or no</source>
            <translation>'%1' is not yes or no</translation>
        </message>
        <message>
            <source>'UK' is not an ISO 3166-1 code: the United Kingdom is GB</source>
            <translation>'UK' is not an ISO 3166-1 code: the United Kingdom is GB</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>cannot be read: %1</translation>
        </message>
        <message>
            <source>is required and empty</source>
            <translation>is required and empty</translation>
        </message>
        <message>
            <source>no import file found (victims.csv, assistance.csv, … as in interchange.md §1)</source>
            <translation>no import file found (victims.csv, assistance.csv, … as in interchange.md §1)</translation>
        </message>
        <message>
            <source>required column is missing</source>
            <translation>required column is missing</translation>
        </message>
        <message>
            <source>the column appears twice</source>
            <translation>the column appears twice</translation>
        </message>
        <message>
            <source>the file is empty: it needs a header row</source>
            <translation>the file is empty: it needs a header row</translation>
        </message>
        <message>
            <source>the identity of %1 was erased under the retention rule; leave its identity columns empty</source>
            <translation>the identity of %1 was erased under the retention rule; leave its identity columns empty</translation>
        </message>
        <message>
            <source>the row has %1 cells but the header has %2 columns</source>
            <translation>the row has %1 cells but the header has %2 columns</translation>
        </message>
        <message>
            <source>there is no such folder</source>
            <translation>there is no such folder</translation>
        </message>
        <message>
            <source>unknown column: not one of the columns of %1</source>
            <translation>unknown column: not one of the columns of %1</translation>
        </message>
        <message>
            <source>your role may not import records (analysts and administrators see no records)</source>
            <translation>your role may not import records (analysts and administrators see no records)</translation>
        </message>
        <message>
            <source>your scope</source>
            <translation>your scope</translation>
        </message>
    </context>
    <context>
        <name>KeyFile</name>
        <message>
            <source>%1 is not a Reper key file, or it is damaged. Open the store with its recovery key.</source>
            <translation>%1 is not a Reper key file, or it is damaged. Open the store with its recovery key.</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>Cannot write %1.</translation>
        </message>
        <message>
            <source>Not enough memory to check the password.</source>
            <translation>Not enough memory to check the password.</translation>
        </message>
        <message>
            <source>Not enough memory to protect the password.</source>
            <translation>Not enough memory to protect the password.</translation>
        </message>
        <message>
            <source>The cryptography library could not start.</source>
            <translation>The cryptography library could not start.</translation>
        </message>
        <message>
            <source>The key file %1 cannot be read.</source>
            <translation>The key file %1 cannot be read.</translation>
        </message>
        <message>
            <source>The key file %1 is missing. Open the store with its recovery key.</source>
            <translation>The key file %1 is missing. Open the store with its recovery key.</translation>
        </message>
        <message>
            <source>The key file %1 was written by a newer version of Reper.</source>
            <translation>The key file %1 was written by a newer version of Reper.</translation>
        </message>
        <message>
            <source>The key slot of %1 is damaged.</source>
            <translation>The key slot of %1 is damaged.</translation>
        </message>
        <message>
            <source>The signing key of %1 is missing.</source>
            <translation>The signing key of %1 is missing.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>A schema step of this program is missing.</source>
            <translation>A schema step of this program is missing.</translation>
        </message>
        <message>
            <source>The store could not be brought to schema %1.</source>
            <translation>The store could not be brought to schema %1.</translation>
        </message>
        <message>
            <source>The version of the store cannot be read.</source>
            <translation>The version of the store cannot be read.</translation>
        </message>
        <message>
            <source>This store was written by a newer version of Reper (schema %1; this program knows up to %2). Open it with the newer program.</source>
            <translation>This store was written by a newer version of Reper (schema %1; this program knows up to %2). Open it with the newer program.</translation>
        </message>
    </context>
    <context>
        <name>OdtRenderer</name>
        <message>
            <source>The ODT document could not be written.</source>
            <translation>The ODT document could not be written.</translation>
        </message>
    </context>
    <context>
        <name>RecordValidator</name>
        <message>
            <source>%1 does not agree with the birth date (%2)</source>
            <translation>%1 does not agree with the birth date (%2)</translation>
        </message>
        <message>
            <source>%1 is not a plausible year of birth</source>
            <translation>%1 is not a plausible year of birth</translation>
        </message>
        <message>
            <source>'%1' is not in the %2 list</source>
            <translation>'%1' is not in the %2 list</translation>
        </message>
        <message>
            <source>'%1' is not one of the forms listed in exploitation</source>
            <translation>'%1' is not one of the forms listed in exploitation</translation>
        </message>
        <message>
            <source>at least one form of exploitation is required</source>
            <translation>at least one form of exploitation is required</translation>
        </message>
        <message>
            <source>ends %1 days before it starts</source>
            <translation>ends %1 days before it starts</translation>
        </message>
        <message>
            <source>ends one day before it starts</source>
            <translation>ends one day before it starts</translation>
        </message>
        <message>
            <source>is after the notification date</source>
            <translation>is after the notification date</translation>
        </message>
        <message>
            <source>is before the notification date</source>
            <translation>is before the notification date</translation>
        </message>
        <message>
            <source>is before the request date</source>
            <translation>is before the request date</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>is required</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKey</name>
        <message>
            <source>A recovery key has %1 characters; this one has %2.</source>
            <translation>A recovery key has %1 characters; this one has %2.</translation>
        </message>
        <message>
            <source>The recovery key has a typing mistake: its check characters do not match.</source>
            <translation>The recovery key has a typing mistake: its check characters do not match.</translation>
        </message>
        <message>
            <source>The recovery key holds a character that is not in it: '%1'.</source>
            <translation>The recovery key holds a character that is not in it: '%1'.</translation>
        </message>
    </context>
    <context>
        <name>RetentionService</name>
        <message>
            <source>Only an administrator may run the retention rule.</source>
            <translation>Only an administrator may run the retention rule.</translation>
        </message>
        <message>
            <source>Only an administrator may set the retention schedule.</source>
            <translation>Only an administrator may set the retention schedule.</translation>
        </message>
        <message>
            <source>The retention period is 1 to 100 years.</source>
            <translation>The retention period is 1 to 100 years.</translation>
        </message>
        <message>
            <source>The schedule needs a number of days (0 for none) and 1 to 100 years.</source>
            <translation>The schedule needs a number of days (0 for none) and 1 to 100 years.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>%1 That was the %2th wrong password in a row: %3 is locked until %4.</source>
            <translation>%1 That was the %2th wrong password in a row: %3 is locked until %4.</translation>
        </message>
        <message>
            <source>A store already exists at %1; Reper does not overwrite it.</source>
            <translation>A store already exists at %1; Reper does not overwrite it.</translation>
        </message>
        <message>
            <source>No free victim code could be found.</source>
            <translation>No free victim code could be found.</translation>
        </message>
        <message>
            <source>Other records refer to this one; change or delete them first.</source>
            <translation>Other records refer to this one; change or delete them first.</translation>
        </message>
        <message>
            <source>The administrator needs a password.</source>
            <translation>The administrator needs a password.</translation>
        </message>
        <message>
            <source>The administrator needs a user name.</source>
            <translation>The administrator needs a user name.</translation>
        </message>
        <message>
            <source>The campaign has %1 prevention activities; move or delete them first.</source>
            <translation>The campaign has %1 prevention activities; move or delete them first.</translation>
        </message>
        <message>
            <source>The key file no longer opens this store.</source>
            <translation>The key file no longer opens this store.</translation>
        </message>
        <message>
            <source>The lockout file of this store was damaged, so every account waits until %1.</source>
            <translation>The lockout file of this store was damaged, so every account waits until %1.</translation>
        </message>
        <message>
            <source>The record could not be saved.</source>
            <translation>The record could not be saved.</translation>
        </message>
        <message>
            <source>The record is no longer in the store.</source>
            <translation>The record is no longer in the store.</translation>
        </message>
        <message>
            <source>The store could not prepare a query.</source>
            <translation>The store could not prepare a query.</translation>
        </message>
        <message>
            <source>The store could not prepare its search functions.</source>
            <translation>The store could not prepare its search functions.</translation>
        </message>
        <message>
            <source>The store refused a value of this record.</source>
            <translation>The store refused a value of this record.</translation>
        </message>
        <message>
            <source>The user %1 is disabled.</source>
            <translation>The user %1 is disabled.</translation>
        </message>
        <message>
            <source>There is no centre %1.</source>
            <translation>There is no centre %1.</translation>
        </message>
        <message>
            <source>There is no store at %1.</source>
            <translation>There is no store at %1.</translation>
        </message>
        <message>
            <source>There is no user %1 in this store.</source>
            <translation>There is no user %1 in this store.</translation>
        </message>
        <message>
            <source>This campaign code is already used by another campaign.</source>
            <translation>This campaign code is already used by another campaign.</translation>
        </message>
        <message>
            <source>This project code is already used by another project.</source>
            <translation>This project code is already used by another project.</translation>
        </message>
        <message>
            <source>This recovery key does not open this store, or the file is not a Reper store.</source>
            <translation>This recovery key does not open this store, or the file is not a Reper store.</translation>
        </message>
        <message>
            <source>This recovery key does not open this store.</source>
            <translation>This recovery key does not open this store.</translation>
        </message>
        <message>
            <source>This victim code is already used by another victim.</source>
            <translation>This victim code is already used by another victim.</translation>
        </message>
        <message>
            <source>Too many wrong passwords for %1: the account is locked until %2.</source>
            <translation>Too many wrong passwords for %1: the account is locked until %2.</translation>
        </message>
        <message>
            <source>You may not change the identity of this victim.</source>
            <translation>You may not change the identity of this victim.</translation>
        </message>
        <message>
            <source>You may not change the records of %1.</source>
            <translation>You may not change the records of %1.</translation>
        </message>
        <message>
            <source>You may not see the figures of %1.</source>
            <translation>You may not see the figures of %1.</translation>
        </message>
        <message>
            <source>You may not see the identity of this victim.</source>
            <translation>You may not see the identity of this victim.</translation>
        </message>
        <message>
            <source>You may not see the records of %1.</source>
            <translation>You may not see the records of %1.</translation>
        </message>
    </context>
    <context>
        <name>UserService</name>
        <message>
            <source>%1 is already disabled.</source>
            <translation>%1 is already disabled.</translation>
        </message>
        <message>
            <source>%1 is disabled.</source>
            <translation>%1 is disabled.</translation>
        </message>
        <message>
            <source>%1 is the last administrator.</source>
            <translation>%1 is the last administrator.</translation>
        </message>
        <message>
            <source>'%1' is not a role: operator, coordinator, analyst or administrator</source>
            <translation>'%1' is not a role: operator, coordinator, analyst or administrator</translation>
        </message>
        <message>
            <source>A user name may not be empty or start or end with spaces.</source>
            <translation>A user name may not be empty or start or end with spaces.</translation>
        </message>
        <message>
            <source>Only an administrator may manage users.</source>
            <translation>Only an administrator may manage users.</translation>
        </message>
        <message>
            <source>The store is open with a password; recovery is for when none works.</source>
            <translation>The store is open with a password; recovery is for when none works.</translation>
        </message>
        <message>
            <source>There is already a user %1 (users are never deleted, only disabled).</source>
            <translation>There is already a user %1 (users are never deleted, only disabled).</translation>
        </message>
        <message>
            <source>There is no user %1 in this store.</source>
            <translation>There is no user %1 in this store.</translation>
        </message>
        <message>
            <source>This session has no signing key; open the store with your password.</source>
            <translation>This session has no signing key; open the store with your password.</translation>
        </message>
        <message>
            <source>To change your own password use 'user passwd'.</source>
            <translation>To change your own password use 'user passwd'.</translation>
        </message>
        <message>
            <source>You cannot disable yourself; another administrator can.</source>
            <translation>You cannot disable yourself; another administrator can.</translation>
        </message>
        <message>
            <source>a user needs a role: operator, coordinator, analyst or administrator</source>
            <translation>a user needs a role: operator, coordinator, analyst or administrator</translation>
        </message>
        <message>
            <source>an operator works for one centre: give --center CR-XX</source>
            <translation>an operator works for one centre: give --center CR-XX</translation>
        </message>
        <message>
            <source>the password is too short: use at least %1 characters (a passphrase of a few words is best)</source>
            <translation>the password is too short: use at least %1 characters (a passphrase of a few words is best)</translation>
        </message>
        <message>
            <source>the password may not be one character repeated</source>
            <translation>the password may not be one character repeated</translation>
        </message>
        <message>
            <source>the password may not be the user name</source>
            <translation>the password may not be the user name</translation>
        </message>
        <message>
            <source>there is no centre %1</source>
            <translation>there is no centre %1</translation>
        </message>
    </context>
    <context>
        <name>VictimExport</name>
        <message>
            <source>Exporting identity must be confirmed (--yes).</source>
            <translation>Exporting identity must be confirmed (--yes).</translation>
        </message>
        <message>
            <source>Identity may be exported only by a coordinator of the victims' own centre, for that centre.</source>
            <translation>Identity may be exported only by a coordinator of the victims' own centre, for that centre.</translation>
        </message>
        <message>
            <source>The victims of %1 are outside your scope (%2).</source>
            <translation>The victims of %1 are outside your scope (%2).</translation>
        </message>
        <message>
            <source>There is no centre %1.</source>
            <translation>There is no centre %1.</translation>
        </message>
        <message>
            <source>Your role may not export victims (analysts see figures only).</source>
            <translation>Your role may not export victims (analysts see figures only).</translation>
        </message>
    </context>
    <context>
        <name>XlsxRenderer</name>
        <message>
            <source>The XLSX workbook could not be written.</source>
            <translation>The XLSX workbook could not be written.</translation>
        </message>
    </context>
    <context>
        <name>reper-cli</name>
        <message>
            <source>$REPER_REPORT_TIME is not an ISO 8601 time (2026-01-15T12:00:00Z)</source>
            <translation>$REPER_REPORT_TIME is not an ISO 8601 time (2026-01-15T12:00:00Z)</translation>
        </message>
        <message>
            <source>%1 (%2) is already closed (version %3, %4 UTC, by %5); to freeze today's figures as a new version, add --reclose</source>
            <translation>%1 (%2) is already closed (version %3, %4 UTC, by %5); to freeze today's figures as a new version, add --reclose</translation>
        </message>
        <message>
            <source>%1 (%2) was not closed: %n blocking problem(s); correct them, or close with --force</source>
            <translation>%1 (%2) was not closed: %n blocking problem(s); correct them, or close with --force</translation>
        </message>
        <message>
            <source>only a coordinator of %1 may close its years</source>
            <translation>only a coordinator of %1 may close its years</translation>
        </message>
        <message>
            <source>the revised edition compares a closed year with today's figures, and %1 (%2) is not closed</source>
            <translation>the revised edition compares a closed year with today's figures, and %1 (%2) is not closed</translation>
        </message>
        <message>
            <source>you may not see the figures of %1</source>
            <translation>you may not see the figures of %1</translation>
        </message>
    </context>
</TS>
