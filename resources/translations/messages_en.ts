<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditSegments</name>
    <message>
        <source>the trail is empty</source>
        <translation>the trail is empty</translation>
    </message>
    <message>
        <source>entry %1 is missing or out of order</source>
        <translation>entry %1 is missing or out of order</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>entry %1 does not follow the entry before it</translation>
    </message>
    <message>
        <source>entry %1 was altered: its content does not match its hash</source>
        <translation>entry %1 was altered: its content does not match its hash</translation>
    </message>
    <message>
        <source>entry %1 has no valid signature</source>
        <translation>entry %1 has no valid signature</translation>
    </message>
    <message>
        <source>entry 1 does not introduce the key that signs it</source>
        <translation>entry 1 does not introduce the key that signs it</translation>
    </message>
    <message>
        <source>entry %1 is signed by a key the trail has not introduced</source>
        <translation>entry %1 is signed by a key the trail has not introduced</translation>
    </message>
    <message>
        <source>The audit trail of the store to migrate does not hold (%1); nothing was migrated. Run reper-cli audit verify on it.</source>
        <translation>The audit trail of the store to migrate does not hold (%1); nothing was migrated. Run reper-cli audit verify on it.</translation>
    </message>
    <message>
        <source>The migrated audit trail could not be recorded.</source>
        <translation>The migrated audit trail could not be recorded.</translation>
    </message>
    <message>
        <source>the migrated trails cannot be read: %1</source>
        <translation>the migrated trails cannot be read: %1</translation>
    </message>
    <message>
        <source>the trail migrated from store %1 cannot be read</source>
        <translation>the trail migrated from store %1 cannot be read</translation>
    </message>
    <message>
        <source>it does not end at the head recorded with it</source>
        <translation>it does not end at the head recorded with it</translation>
    </message>
    <message>
        <source>it does not end at the head (%1) that this store&apos;s trail recorded when it was migrated</source>
        <translation>it does not end at the head (%1) that this store&apos;s trail recorded when it was migrated</translation>
    </message>
    <message>
        <source>this store&apos;s trail records no migration of it</source>
        <translation>this store&apos;s trail records no migration of it</translation>
    </message>
    <message>
        <source>the trail migrated from store %1: %2 entries, chained, signed and ending at the head its migration recorded (%3)</source>
        <translation>the trail migrated from store %1: %2 entries, chained, signed and ending at the head its migration recorded (%3)</translation>
    </message>
    <message>
        <source>the trail migrated from store %1: %2</source>
        <translation>the trail migrated from store %1: %2</translation>
    </message>
    <message>
        <source>the trail migrated from store %1 is missing (this store&apos;s trail records its migration)</source>
        <translation>the trail migrated from store %1 is missing (this store&apos;s trail records its migration)</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>A signing key is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an administrator may read the audit trail.</source>
        <translation></translation>
    </message>
    <message>
        <source>The audit trail cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The audit trail cannot be written.</source>
        <translation></translation>
    </message>
    <message>
        <source>The audit trail does not know the table %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>This session cannot sign the audit trail (the store was opened without a user key).</source>
        <translation></translation>
    </message>
    <message>
        <source>Your key slot holds a signing key that this store&apos;s audit trail does not know, while the trail has another key for you. Ask an administrator to reset your password.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>%1 is neither a backup of this store nor a file holding an audit head.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 record change(s) are not signed yet (they will be when the session closes)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 records entry %2 but the trail ends at %3: entries were cut off</source>
        <translation></translation>
    </message>
    <message>
        <source>FAILED: … and %1 more</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>chain of %1 entries, each linked to the one before (head %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 (%2): a key for %3 was set without another user&apos;s key (%4); the entries it signs rest on the recovery key or on the old slot</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (the chain is broken there)</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 has no valid signature</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 introduces a key in a way the trail does not allow</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 is out of order</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 is signed by a key that was not %2&apos;s key at that point</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 names a signing key the store does not hold</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 was altered: its content does not match its hash</source>
        <translation></translation>
    </message>
    <message>
        <source>every entry signed by its user&apos;s key at the time</source>
        <translation></translation>
    </message>
    <message>
        <source>every stored key was introduced by the trail</source>
        <translation></translation>
    </message>
    <message>
        <source>keys %1 were not introduced by the trail</source>
        <translation></translation>
    </message>
    <message>
        <source>the audit trail cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the audit trail is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>the trail contains the head recorded in %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>the trail starts with the key this store was created with</source>
        <translation></translation>
    </message>
    <message>
        <source>your key slot does not record the trail&apos;s first key; the start of the trail is taken on trust (a slot written by an older version or by a recovery)</source>
        <translation></translation>
    </message>
    <message>
        <source>your own key is the one the trail names for you</source>
        <translation></translation>
    </message>
    <message>
        <source>the trail never states the roles of %1 (a user from before the trail); they are taken from the user table</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 (%2) is signed by %3, who was not an administrator at that point</source>
        <translation></translation>
    </message>
    <message>
        <source>entry %1 introduces a key for %2 by itself while %2 already had one</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>A backup cannot overwrite the store itself.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current store; nothing was restored.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an administrator may make a backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 is damaged; the store was left as it was.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup could not be completed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup could not start.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>cipher page size %1</source>
        <translation></translation>
    </message>
    <message>
        <source>encryption: SQLCipher %1</source>
        <translation></translation>
    </message>
    <message>
        <source>foreign keys (%1 dangling)</source>
        <translation></translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation></translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>key slot of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the key file belongs to this store</source>
        <translation></translation>
    </message>
    <message>
        <source>the key file&apos;s check value matches the store key</source>
        <translation></translation>
    </message>
    <message>
        <source>the key file&apos;s copy for the recovery key</source>
        <translation>the key file&apos;s copy for the recovery key</translation>
    </message>
    <message>
        <source>A restore of this store was interrupted and could not be finished: %1</source>
        <translation>A restore of this store was interrupted and could not be finished: %1</translation>
    </message>
    <message>
        <source>A restore from %1 was interrupted half way; it has now been finished.</source>
        <translation>A restore from %1 was interrupted half way; it has now been finished.</translation>
    </message>
    <message>
        <source>A restore from %1 was interrupted half way; it has now been finished. The store as it was before is kept in %2.</source>
        <translation>A restore from %1 was interrupted half way; it has now been finished. The store as it was before is kept in %2.</translation>
    </message>
</context>
<context>
    <name>BilantTemplate</name>
    <message>
        <source>%1, line %2: a setting is written key = value.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, line %2: text before the first [section].</source>
        <translation></translation>
    </message>
    <message>
        <source>The template %1 cannot be read.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CaseLoadDocument</name>
    <message>
        <source>The case-load report is made as PDF, XLSX, CSV or text.</source>
        <translation>The case-load report is made as PDF, XLSX, CSV or text.</translation>
    </message>
</context>
<context>
    <name>CaseLoadRepository</name>
    <message>
        <source>Only a coordinator of %1 may see its case load.</source>
        <translation>Only a coordinator of %1 may see its case load.</translation>
    </message>
    <message>
        <source>the nation</source>
        <translation>the nation</translation>
    </message>
    <message>
        <source>The period must end on or after the day it begins.</source>
        <translation>The period must end on or after the day it begins.</translation>
    </message>
    <message>
        <source>There is no centre %1.</source>
        <translation>There is no centre %1.</translation>
    </message>
</context>
<context>
    <name>CentrePackage</name>
    <message>
        <source>The package is damaged, truncated or was altered after it was made; nothing was imported. Ask the centre for a new copy.</source>
        <translation>The package is damaged, truncated or was altered after it was made; nothing was imported. Ask the centre for a new copy.</translation>
    </message>
    <message>
        <source>Your signing key is not open: a package must be signed by the user who makes it.</source>
        <translation>Your signing key is not open: a package must be signed by the user who makes it.</translation>
    </message>
    <message>
        <source>The headquarters key is not a public key of the right size.</source>
        <translation>The headquarters key is not a public key of the right size.</translation>
    </message>
    <message>
        <source>This file is not a centre package of Reper.</source>
        <translation>This file is not a centre package of Reper.</translation>
    </message>
    <message>
        <source>This package of %1 was made for another headquarters (key %2; this key is %3); nothing was imported.</source>
        <translation>This package of %1 was made for another headquarters (key %2; this key is %3); nothing was imported.</translation>
    </message>
    <message>
        <source>This package of %1 is not signed; nothing was imported.</source>
        <translation>This package of %1 is not signed; nothing was imported.</translation>
    </message>
    <message>
        <source>The signature of this package of %1 does not match its content; nothing was imported.</source>
        <translation>The signature of this package of %1 does not match its content; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>CivilDate</name>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has %3 days</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not a leap year</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the year %2 is before 1900</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: there is no month %2</source>
        <translation></translation>
    </message>
    <message>
        <source>April</source>
        <translation></translation>
    </message>
    <message>
        <source>August</source>
        <translation></translation>
    </message>
    <message>
        <source>December</source>
        <translation></translation>
    </message>
    <message>
        <source>February</source>
        <translation></translation>
    </message>
    <message>
        <source>January</source>
        <translation></translation>
    </message>
    <message>
        <source>July</source>
        <translation></translation>
    </message>
    <message>
        <source>June</source>
        <translation></translation>
    </message>
    <message>
        <source>March</source>
        <translation></translation>
    </message>
    <message>
        <source>May</source>
        <translation></translation>
    </message>
    <message>
        <source>November</source>
        <translation></translation>
    </message>
    <message>
        <source>October</source>
        <translation></translation>
    </message>
    <message>
        <source>September</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the year %2 is after 2100</source>
        <translation>&apos;%1&apos;: the year %2 is after 2100</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write the year with four digits (15.11.2026)</source>
        <translation>&apos;%1&apos;: write the year with four digits (15.11.2026)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write the day, the month and the year (15.11.2026)</source>
        <translation>&apos;%1&apos; is not a date: write the day, the month and the year (15.11.2026)</translation>
    </message>
</context>
<context>
    <name>ClosedYearRepository</name>
    <message>
        <source>Only a coordinator of this scope may close a year.</source>
        <translation></translation>
    </message>
    <message>
        <source>The figures to freeze do not match their hash.</source>
        <translation></translation>
    </message>
    <message>
        <source>The frozen figures of %1 (%2) do not match their hash: they were altered outside Reper.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Cnp</name>
    <message>
        <source>a CNP cannot start with 0</source>
        <translation></translation>
    </message>
    <message>
        <source>a CNP has 13 digits, this one has %1 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>a CNP holds digits only</source>
        <translation></translation>
    </message>
    <message>
        <source>the check digit of the CNP is wrong</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot write the file %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write all of %1 (is the disk full?).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation></translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is longer than %2 characters: is its closing quote missing?</source>
        <translation></translation>
    </message>
    <message>
        <source>a field on line %1 is longer than %2 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>the record that starts on line %1 is longer than %2 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 at line %1; save it as UTF-8</source>
        <translation></translation>
    </message>
    <message>
        <source>the file could not be read after line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>a quote on line %1 ends the quoted field that starts on line %2, but the field goes on after it; inside a quoted field write a quote twice (&quot;&quot;)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CtdcCaseFile</name>
    <message>
        <source>There is no centre %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a coordinator who reads every record of %1 may export its case file.</source>
        <translation></translation>
    </message>
    <message>
        <source>k must be a whole number from 1 to 1000.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>The number of years must be between 1 and 50.</source>
        <translation>The number of years must be between 1 and 50.</translation>
    </message>
    <message>
        <source>The years must lie between 1970 and 2200.</source>
        <translation>The years must lie between 1970 and 2200.</translation>
    </message>
    <message>
        <source>The scale must be greater than 0 and at most 1000.</source>
        <translation>The scale must be greater than 0 and at most 1000.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The generation was cancelled; no file was kept.</source>
        <translation>The generation was cancelled; no file was kept.</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <source>assistance or support in criminal proceedings dated before the victim&apos;s first notification</source>
        <translation></translation>
    </message>
    <message>
        <source>assistance without an end date, open for more than two years at the end of the year</source>
        <translation></translation>
    </message>
    <message>
        <source>identifications without a country of exploitation</source>
        <translation></translation>
    </message>
    <message>
        <source>identifications without a form of exploitation</source>
        <translation></translation>
    </message>
    <message>
        <source>prevention activities without a campaign</source>
        <translation></translation>
    </message>
    <message>
        <source>records dated before the victim was born</source>
        <translation></translation>
    </message>
    <message>
        <source>the year %1 is not over yet (today is %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>victims recorded under different codes with the same CNP (one person counted twice?)</source>
        <translation></translation>
    </message>
    <message>
        <source>victims with different codes but the same birth date, sex and county (possibly one person)</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a coordinator of %1 may check its data before closing.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 victims of %2 (their codes only for who may see their identity)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The key does not open this store, or the file is not a Reper store.</source>
        <translation></translation>
    </message>
    <message>
        <source>The store at %1 could not be opened.</source>
        <translation></translation>
    </message>
    <message>
        <source>The store could not carry out an operation.</source>
        <translation></translation>
    </message>
    <message>
        <source>The store could not prepare a query.</source>
        <translation></translation>
    </message>
    <message>
        <source>The store key could not be applied.</source>
        <translation></translation>
    </message>
    <message>
        <source>The store key is malformed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>This build of Reper has no encryption (SQLCipher is missing); it refuses to run.</source>
        <translation></translation>
    </message>
    <message>
        <source>The store could not be encrypted with its new key.</source>
        <translation>The store could not be encrypted with its new key.</translation>
    </message>
</context>
<context>
    <name>DeadlineRuleRepository</name>
    <message>
        <source>There is no deadline rule &apos;%1&apos;.</source>
        <translation>There is no deadline rule &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only an administrator may change the deadline rules.</source>
        <translation>Only an administrator may change the deadline rules.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>kind: %1 is not a kind of deadline.</source>
        <translation>kind: %1 is not a kind of deadline.</translation>
    </message>
    <message>
        <source>offsets: give one to twelve whole numbers, separated by commas.</source>
        <translation>offsets: give one to twelve whole numbers, separated by commas.</translation>
    </message>
    <message>
        <source>offsets: %1 is not a whole number from 0 to 3650.</source>
        <translation>offsets: %1 is not a whole number from 0 to 3650.</translation>
    </message>
    <message>
        <source>unit: day or month.</source>
        <translation>unit: day or month.</translation>
    </message>
    <message>
        <source>lead: %1 is not a number of days from 0 to 365.</source>
        <translation>lead: %1 is not a number of days from 0 to 365.</translation>
    </message>
    <message>
        <source>notify: case_worker or coordinator.</source>
        <translation>notify: case_worker or coordinator.</translation>
    </message>
    <message>
        <source>End of the recovery and reflection period</source>
        <translation>End of the recovery and reflection period</translation>
    </message>
    <message>
        <source>Review of the assistance period</source>
        <translation>Review of the assistance period</translation>
    </message>
    <message>
        <source>Follow-up after repatriation</source>
        <translation>Follow-up after repatriation</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Court hearing</translation>
    </message>
    <message>
        <source>Planned monitoring contact</source>
        <translation>Planned monitoring contact</translation>
    </message>
    <message>
        <source>No contact for too long</source>
        <translation>No contact for too long</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up %n month(s) after repatriation</source>
        <translation>
            <numerusform>Follow-up %n month after repatriation</numerusform>
            <numerusform>Follow-up %n months after repatriation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up %n day(s) after repatriation</source>
        <translation>
            <numerusform>Follow-up %n day after repatriation</numerusform>
            <numerusform>Follow-up %n days after repatriation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No monitoring contact for %n month(s)</source>
        <translation>
            <numerusform>No monitoring contact for %n month</numerusform>
            <numerusform>No monitoring contact for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No monitoring contact for %n day(s)</source>
        <translation>
            <numerusform>No monitoring contact for %n day</numerusform>
            <numerusform>No monitoring contact for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>The disk is full: there is no room left in %1. Free some space there and try again; the work that failed was not saved.</source>
        <translation>The disk is full: there is no room left in %1. Free some space there and try again; the work that failed was not saved.</translation>
    </message>
</context>
<context>
    <name>DueItems</name>
    <message>
        <source>Done, recorded elsewhere</source>
        <translation>Done, recorded elsewhere</translation>
    </message>
    <message>
        <source>Does not apply to this case</source>
        <translation>Does not apply to this case</translation>
    </message>
    <message>
        <source>The person cannot be reached</source>
        <translation>The person cannot be reached</translation>
    </message>
    <message>
        <source>Other reason (say which in the note)</source>
        <translation>Other reason (say which in the note)</translation>
    </message>
    <message>
        <source>You may not see the cases of %1.</source>
        <translation>You may not see the cases of %1.</translation>
    </message>
    <message>
        <source>days: a number from 0 to 3660.</source>
        <translation>days: a number from 0 to 3660.</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>There is no user &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>reason: one of %1.</source>
        <translation>reason: one of %1.</translation>
    </message>
    <message>
        <source>note: say why the deadline is set aside.</source>
        <translation>note: say why the deadline is set aside.</translation>
    </message>
    <message>
        <source>This deadline is not known.</source>
        <translation>This deadline is not known.</translation>
    </message>
    <message>
        <source>The record is no longer in the store.</source>
        <translation>The record is no longer in the store.</translation>
    </message>
</context>
<context>
    <name>DuplicateRepository</name>
    <message>
        <source>Only the staff who read victims&apos; records may look for duplicates.</source>
        <translation>Only the staff who read victims&apos; records may look for duplicates.</translation>
    </message>
    <message>
        <source>%1 is outside your scope: you may look for duplicates of %2 only.</source>
        <translation>%1 is outside your scope: you may look for duplicates of %2 only.</translation>
    </message>
</context>
<context>
    <name>ExplainRepository</name>
    <message>
        <source>There is no figure %1 (one of: %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>You may not see the records of this scope.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FiguresCodec</name>
    <message>
        <source>The frozen figures cannot be read.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FiguresRepository</name>
    <message>
        <source>There is no centre %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>You may not see the figures of %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HqKeys</name>
    <message>
        <source>The cryptographic library could not start.</source>
        <translation>The cryptographic library could not start.</translation>
    </message>
    <message>
        <source>The password of the headquarters key needs at least 12 characters.</source>
        <translation>The password of the headquarters key needs at least 12 characters.</translation>
    </message>
    <message>
        <source>Not enough memory to make a key.</source>
        <translation>Not enough memory to make a key.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
    <message>
        <source>The password does not open this headquarters key (or the file was altered).</source>
        <translation>The password does not open this headquarters key (or the file was altered).</translation>
    </message>
    <message>
        <source>This is not the secret key file of a headquarters (HQ.key), or it was altered.</source>
        <translation>This is not the secret key file of a headquarters (HQ.key), or it was altered.</translation>
    </message>
    <message>
        <source>This is not the public key file of a headquarters (HQ.pub), or it was altered.</source>
        <translation>This is not the public key file of a headquarters (HQ.pub), or it was altered.</translation>
    </message>
</context>
<context>
    <name>IdentityVault</name>
    <message>
        <source>Only an administrator may hand over the keys to the names with the recovery key.</source>
        <translation>Only an administrator may hand over the keys to the names with the recovery key.</translation>
    </message>
    <message>
        <source>This recovery key does not open this store.</source>
        <translation></translation>
    </message>
    <message>
        <source>The identity keys could not be made.</source>
        <translation>The identity keys could not be made.</translation>
    </message>
    <message>
        <source>This session does not hold the key it was asked to hand over.</source>
        <translation>This session does not hold the key it was asked to hand over.</translation>
    </message>
    <message>
        <source>The key could not be sealed to the public key given.</source>
        <translation>The key could not be sealed to the public key given.</translation>
    </message>
    <message>
        <source>This store has no identity key for the victim&apos;s centre.</source>
        <translation>This store has no identity key for the victim&apos;s centre.</translation>
    </message>
    <message>
        <source>The identity could not be encrypted.</source>
        <translation>The identity could not be encrypted.</translation>
    </message>
    <message>
        <source>The key to the names of %1 has not reached you yet: it comes with the next sign-in of a colleague of that centre who holds it, or from an administrator with the recovery key.</source>
        <translation>The key to the names of %1 has not reached you yet: it comes with the next sign-in of a colleague of that centre who holds it, or from an administrator with the recovery key.</translation>
    </message>
    <message>
        <source>The identity of this victim is damaged: a field does not open with its key.</source>
        <translation>The identity of this victim is damaged: a field does not open with its key.</translation>
    </message>
    <message>
        <source>The audit trail does not verify, so no key is handed over.</source>
        <translation>The audit trail does not verify, so no key is handed over.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 are neither codes nor labels of the %2 list</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a victim outside your scope</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already recorded (on an earlier row or import) with other details</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already recorded (on an earlier row or import) with other person details: %2 differ</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already the code of a campaign outside your scope</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already the code of a project outside your scope</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already the code of a victim outside your scope (victim codes are unique in the store)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is neither a code nor a label of the %2 list</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is neither in campaigns.csv nor already in the store</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is neither in victims.csv nor already in the store</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not one of the import files and was not read</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is outside your scope: you may import records of %2 only</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a code nor a label of the %2 list</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a county code (AB, AG, … B, … VN) nor a county name</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an ISO 3166-1 alpha-2 code nor a country name</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code: countries are written as ISO 3166-1 alpha-2 codes (RO, IT, …)</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regional centre (CR-AB, CR-BC, … CR-TM)</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of zero or more</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year (four digits)</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;UK&apos; is not an ISO 3166-1 code: the United Kingdom is GB</source>
        <translation></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>is required and empty</source>
        <translation></translation>
    </message>
    <message>
        <source>no import file found (victims.csv, assistance.csv, … as in interchange.md §1)</source>
        <translation></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation></translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation></translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row</source>
        <translation></translation>
    </message>
    <message>
        <source>the identity of %1 was erased under the retention rule; leave its identity columns empty</source>
        <translation></translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 columns</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown column: not one of the columns of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>your role may not import records (analysts and administrators see no records)</source>
        <translation></translation>
    </message>
    <message>
        <source>your scope</source>
        <translation></translation>
    </message>
    <message>
        <source>is a link to a file that does not exist (or a loop of links)</source>
        <translation></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation></translation>
    </message>
    <message>
        <source>is not a regular file (a device, a pipe or a socket)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1: the identity columns of %n row(s) were not compared with the store and not written: they name victims already recorded (%2) whose identity you may not see; a coordinator or operator of their centre can import them</source>
        <translation>
            <numerusform>%1: the identity columns of %n row(s) were not compared with the store and not written: they name victims already recorded (%2) whose identity you may not see; a coordinator or operator of their centre can import them</numerusform>
            <numerusform>%1: the identity columns of %n row(s) were not compared with the store and not written: they name victims already recorded (%2) whose identity you may not see; a coordinator or operator of their centre can import them</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 of this file gives %2 other identity values (%3 differ); one person has one identity</source>
        <translation></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation></translation>
    </message>
    <message>
        <source>a while</source>
        <translation>a while</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>another import is running since %1 by %2; waiting…</source>
        <translation>another import is running since %1 by %2; waiting…</translation>
    </message>
</context>
<context>
    <name>InternationalTables</name>
    <message>
        <source>There is no table %1 (one of: %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The table %1 has no dimension %2 (it has: %3).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a code of %2 (%3).</source>
        <translation></translation>
    </message>
    <message>
        <source>an ISO code or unknown</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>Cannot write %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough memory to check the password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Reper.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key slot of %1 is damaged.</source>
        <translation></translation>
    </message>
    <message>
        <source>The signing key of %1 is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation></translation>
    </message>
    <message>
        <source>The lock file %1 cannot be used.</source>
        <translation>The lock file %1 cannot be used.</translation>
    </message>
    <message>
        <source>The key slot of %1 cannot be written.</source>
        <translation>The key slot of %1 cannot be written.</translation>
    </message>
    <message>
        <source>The key slot of %1 is of the old kind: it needs the password.</source>
        <translation>The key slot of %1 is of the old kind: it needs the password.</translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation>There is no key slot for %1.</translation>
    </message>
    <message>
        <source>The recovery key&apos;s public half is malformed.</source>
        <translation>The recovery key&apos;s public half is malformed.</translation>
    </message>
    <message>
        <source>This key file holds no copy of the store key for the recovery key (it was written by an older version); use a key file written since, such as a backup&apos;s.</source>
        <translation>This key file holds no copy of the store key for the recovery key (it was written by an older version); use a key file written since, such as a backup&apos;s.</translation>
    </message>
    <message>
        <source>This recovery key does not open this store.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key slot of %1 holds the key of another state of the store.</source>
        <translation>The key slot of %1 holds the key of another state of the store.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. Restore it from a backup, or open the store with its recovery key and a key file of the same store.</source>
        <translation>The key file %1 is missing. Restore it from a backup, or open the store with its recovery key and a key file of the same store.</translation>
    </message>
    <message>
        <source>the key slot of %1</source>
        <translation>the key slot of %1</translation>
    </message>
    <message>
        <source>the store identity, key check or recovery copy</source>
        <translation>the store identity, key check or recovery copy</translation>
    </message>
    <message>
        <source>it is not a Reper key file, or it cannot be read as one</source>
        <translation>it is not a Reper key file, or it cannot be read as one</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>The server has no centre %1; nothing was migrated.</source>
        <translation>The server has no centre %1; nothing was migrated.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 on the server)</source>
        <translation>%1 (%2 of %3 on the server)</translation>
    </message>
    <message>
        <source>a victim</source>
        <translation>a victim</translation>
    </message>
    <message>
        <source>a campaign</source>
        <translation>a campaign</translation>
    </message>
    <message>
        <source>A migration copies a local store into a server.</source>
        <translation>A migration copies a local store into a server.</translation>
    </message>
    <message>
        <source>Your signing key on the server is not open: the migration could not be recorded.</source>
        <translation>Your signing key on the server is not open: the migration could not be recorded.</translation>
    </message>
    <message>
        <source>The store holds records of %1, which your role or scope on the server may not write (%2); nothing was migrated. A coordinator of %1 migrates it.</source>
        <translation>The store holds records of %1, which your role or scope on the server may not write (%2); nothing was migrated. A coordinator of %1 migrates it.</translation>
    </message>
    <message>
        <source>The store holds the identity of the victims of %1, which %2 may not read in it; nothing was migrated. Migrate as a coordinator of %1 who holds its identity key, or with --without-identity to leave the identity behind on purpose.</source>
        <translation>The store holds the identity of the victims of %1, which %2 may not read in it; nothing was migrated. Migrate as a coordinator of %1 who holds its identity key, or with --without-identity to leave the identity behind on purpose.</translation>
    </message>
    <message>
        <source>This store was already migrated into the server on %1 by %2; nothing was migrated. A centre that kept working in its file sends that work as a centre package.</source>
        <translation>This store was already migrated into the server on %1 by %2; nothing was migrated. A centre that kept working in its file sends that work as a centre package.</translation>
    </message>
    <message>
        <source>%1 record(s) of %2 on the server were changed there since they came from this store (%3); nothing was migrated.</source>
        <translation>%1 record(s) of %2 on the server were changed there since they came from this store (%3); nothing was migrated.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>A schema step of this program is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>The store could not be brought to schema %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The version of the store cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>This store was written by a newer version of Reper (schema %1; this program knows up to %2). Open it with the newer program.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OdtRenderer</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PackageApplier</name>
    <message>
        <source>The package&apos;s content is not what this version of Reper makes; nothing was imported.</source>
        <translation>The package&apos;s content is not what this version of Reper makes; nothing was imported.</translation>
    </message>
    <message>
        <source>The package of %1 holds a record of another centre (%2); nothing was imported.</source>
        <translation>The package of %1 holds a record of another centre (%2); nothing was imported.</translation>
    </message>
    <message>
        <source>The package of %1 refers to a record of %2, which your scope may not write; nothing was imported.</source>
        <translation>The package of %1 refers to a record of %2, which your scope may not write; nothing was imported.</translation>
    </message>
    <message>
        <source>A record of %1 refers to a record headquarters does not have (%2 %3, of another centre?): import that centre&apos;s package first; nothing was imported.</source>
        <translation>A record of %1 refers to a record headquarters does not have (%2 %3, of another centre?): import that centre&apos;s package first; nothing was imported.</translation>
    </message>
    <message>
        <source>A record of the package of %1 could not be written (%2); nothing was imported.</source>
        <translation>A record of the package of %1 could not be written (%2); nothing was imported.</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>There is no centre %1.</source>
        <translation>There is no centre %1.</translation>
    </message>
    <message>
        <source>Your role or scope may not send the records of %1 (%2).</source>
        <translation>Your role or scope may not send the records of %1 (%2).</translation>
    </message>
    <message>
        <source>Your signing key is not open: a package must be signed by the user who makes it.</source>
        <translation>Your signing key is not open: a package must be signed by the user who makes it.</translation>
    </message>
</context>
<context>
    <name>PackageIdentity</name>
    <message>
        <source>This package carries the identity of the victims of %1, which only a user of %1 may write at headquarters (your scope: %2); nothing was imported. Import it as an operator or coordinator of %1 who holds its identity key here.</source>
        <translation>This package carries the identity of the victims of %1, which only a user of %1 may write at headquarters (your scope: %2); nothing was imported. Import it as an operator or coordinator of %1 who holds its identity key here.</translation>
    </message>
    <message>
        <source>This package carries the identity of the victims of %1, and you do not hold headquarters&apos; identity key for %1 yet (it comes with the next sign-in of a colleague of %1 who holds it, or from an administrator with the recovery key); nothing was imported.</source>
        <translation>This package carries the identity of the victims of %1, and you do not hold headquarters&apos; identity key for %1 yet (it comes with the next sign-in of a colleague of %1 who holds it, or from an administrator with the recovery key); nothing was imported.</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>This store has no centre %1; nothing was imported.</source>
        <translation>This store has no centre %1; nothing was imported.</translation>
    </message>
    <message>
        <source>Your role or scope may not write the records of %1 (%2); nothing was imported.</source>
        <translation>Your role or scope may not write the records of %1 (%2); nothing was imported.</translation>
    </message>
    <message>
        <source>Your signing key is not open: the import could not be recorded.</source>
        <translation>Your signing key is not open: the import could not be recorded.</translation>
    </message>
    <message>
        <source>This package of %1 (number %2) was already imported on %3; nothing was imported.</source>
        <translation>This package of %1 (number %2) was already imported on %3; nothing was imported.</translation>
    </message>
    <message>
        <source>This package of %1 is number %2 (made %3), not newer than number %4 (made %5) already imported; nothing was imported.</source>
        <translation>This package of %1 is number %2 (made %3), not newer than number %4 (made %5) already imported; nothing was imported.</translation>
    </message>
    <message>
        <source>This package of %1 is signed by a key that %1 has not introduced (fingerprint %2); nothing was imported. Check the key with the centre: a new key comes in a package signed by a key introduced before.</source>
        <translation>This package of %1 is signed by a key that %1 has not introduced (fingerprint %2); nothing was imported. Check the key with the centre: a new key comes in a package signed by a key introduced before.</translation>
    </message>
</context>
<context>
    <name>PackageMerges</name>
    <message>
        <source>This package of %1 carries merges of two victim codes into one person: only a coordinator of %1 (or a national coordinator) may import it; nothing was imported.</source>
        <translation>This package of %1 carries merges of two victim codes into one person: only a coordinator of %1 (or a national coordinator) may import it; nothing was imported.</translation>
    </message>
    <message>
        <source>This package merges %1 of %2 into %3 of %4: only a national coordinator may import a merge across centres; nothing was imported.</source>
        <translation>This package merges %1 of %2 into %3 of %4: only a national coordinator may import a merge across centres; nothing was imported.</translation>
    </message>
    <message>
        <source>The package&apos;s content is not what this version of Reper makes; nothing was imported.</source>
        <translation>The package&apos;s content is not what this version of Reper makes; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>PackageRecords</name>
    <message>
        <source>A centre package cannot carry records of the kind %1.</source>
        <translation>A centre package cannot carry records of the kind %1.</translation>
    </message>
    <message>
        <source>A centre package cannot carry the reference %1.%2.</source>
        <translation>A centre package cannot carry the reference %1.%2.</translation>
    </message>
    <message>
        <source>The store has no table %1.</source>
        <translation>The store has no table %1.</translation>
    </message>
    <message>
        <source>The forms of exploitation could not be read.</source>
        <translation>The forms of exploitation could not be read.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Out of memory while connecting to the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server asks for a password and none was given.</source>
        <translation></translation>
    </message>
    <message>
        <source>This user is disabled. An administrator can enable them again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The certificate of the server %1 could not be verified, so Reper did not connect. Put the certificate of the authority that signed it in ~/.postgresql/root.crt, or name it with sslrootcert=FILE in the address (docs/server.md, &quot;TLS&quot;).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server %1 does not offer TLS, and Reper does not send passwords in the clear over a network.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no database %1 on the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server does not accept this user from this computer (its pg_hba.conf).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server %1 does not answer. Is PostgreSQL running there, and is the address right?</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot connect to the server %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot prepare the password for the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to the server was lost, so this step was not saved. Check the network and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server took too long (more than %1 seconds) and stopped the work; nothing of it was saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Someone else is changing the same records; nothing was saved. Try again in a moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another user&apos;s change got in the way; nothing was saved. Try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused: your roles do not allow this.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server is shutting down or restarting, so this step was not saved. Try again in a moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>A record with the same code is already on the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server did not answer for %1 seconds, so the work was stopped and nothing of it was saved. Check the network and the server, then try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PgCopy</name>
    <message>
        <source>The server did not start the copy.</source>
        <translation></translation>
    </message>
    <message>
        <source>A row of the copy has %1 values for %2 columns.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to the server was lost, so this step was not saved. Check the network and try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>The server&apos;s database could not be prepared for Reper: the user of the address must be allowed to create roles and to create a schema in the database (docs/server.md).</source>
        <translation></translation>
    </message>
    <message>
        <source>This server&apos;s database was written by a newer version of Reper (schema %1; this program knows up to %2). Upgrade this program.</source>
        <translation></translation>
    </message>
    <message>
        <source>A schema step of this program is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s database could not be brought to schema %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PgUrl</name>
    <message>
        <source>The server address is not valid: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation></translation>
    </message>
    <message>
        <source>it names no database (postgresql://HOST/DATABASE)</source>
        <translation></translation>
    </message>
    <message>
        <source>an IPv6 address is missing its &apos;]&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT</source>
        <translation></translation>
    </message>
    <message>
        <source>a host in the list is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port</source>
        <translation></translation>
    </message>
    <message>
        <source>Reper does not accept the parameter &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an sslmode (verify-full, verify-ca, require, prefer, allow, disable)</source>
        <translation></translation>
    </message>
    <message>
        <source>it names its hosts twice (before the database and in host=)</source>
        <translation></translation>
    </message>
    <message>
        <source>port= gives %1 ports for %2 hosts</source>
        <translation></translation>
    </message>
    <message>
        <source>Reper does not connect to %1 without checking its certificate (sslmode=%2): anyone on the way could read and change what is sent. Use sslmode=verify-full (the default), or give --insecure if this network is really private.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PopulationRepository</name>
    <message>
        <source>Only an administrator may enter the population of a year.</source>
        <translation></translation>
    </message>
    <message>
        <source>year: %1 is not a year from 1900 to 2200.</source>
        <translation></translation>
    </message>
    <message>
        <source>total: the population must be a positive number.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 is not between 0 and the total, %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>female, male: %1 and %2 add up to %3, not to the total %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>children, adults: %1 and %2 add up to %3, not to the total %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>source: say where the numbers come from (institute, table, date).</source>
        <translation></translation>
    </message>
    <message>
        <source>No population was entered for %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>%1 does not agree with the birth date (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a plausible year of birth</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the %2 list</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the forms listed in exploitation</source>
        <translation></translation>
    </message>
    <message>
        <source>at least one form of exploitation is required</source>
        <translation></translation>
    </message>
    <message>
        <source>ends %1 days before it starts</source>
        <translation></translation>
    </message>
    <message>
        <source>ends one day before it starts</source>
        <translation></translation>
    </message>
    <message>
        <source>is after the notification date</source>
        <translation></translation>
    </message>
    <message>
        <source>is before the notification date</source>
        <translation></translation>
    </message>
    <message>
        <source>is before the request date</source>
        <translation></translation>
    </message>
    <message>
        <source>is required</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a number of zero or more</source>
        <translation>%1 is not a number of zero or more</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <source>is &quot;closed – referred&quot; when the case was referred</source>
        <translation>is &quot;closed – referred&quot; when the case was referred</translation>
    </message>
    <message>
        <source>is &quot;referred&quot; for a case closed as referred</source>
        <translation>is &quot;referred&quot; for a case closed as referred</translation>
    </message>
    <message>
        <source>is before the opening date</source>
        <translation>is before the opening date</translation>
    </message>
    <message>
        <source>is given only when the case is closed</source>
        <translation>is given only when the case is closed</translation>
    </message>
    <message>
        <source>is before the date of the contact</source>
        <translation>is before the date of the contact</translation>
    </message>
</context>
<context>
    <name>RecordsExport</name>
    <message>
        <source>Your role may not export records (analysts see figures only).</source>
        <translation>Your role may not export records (analysts see figures only).</translation>
    </message>
    <message>
        <source>There is no centre %1.</source>
        <translation>There is no centre %1.</translation>
    </message>
    <message>
        <source>The records of %1 are outside your scope (%2).</source>
        <translation>The records of %1 are outside your scope (%2).</translation>
    </message>
    <message>
        <source>Identity may be exported only by a coordinator of the victims&apos; own centre, for that centre.</source>
        <translation>Identity may be exported only by a coordinator of the victims&apos; own centre, for that centre.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty: export into a new or empty folder.</source>
        <translation>The folder %1 is not empty: export into a new or empty folder.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The recovery key holds a character that is not in it: &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>A recovery key has %1 characters; this one has %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: its check characters do not match.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough memory to read the recovery key.</source>
        <translation>Not enough memory to read the recovery key.</translation>
    </message>
</context>
<context>
    <name>ReportSource</name>
    <message>
        <source>the revised edition compares a closed year with today&apos;s figures, and %1 (%2) is not closed</source>
        <translation></translation>
    </message>
    <message>
        <source>you may not see the figures of %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Only an administrator may run the retention rule.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an administrator may set the retention schedule.</source>
        <translation></translation>
    </message>
    <message>
        <source>The retention period is 1 to 100 years.</source>
        <translation></translation>
    </message>
    <message>
        <source>The schedule needs a number of days (0 for none) and 1 to 100 years.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServerKeySlot</name>
    <message>
        <source>the keys of %1 on the server</source>
        <translation>the keys of %1 on the server</translation>
    </message>
    <message>
        <source>The keys of %1 on the server belong to another store: an administrator must reset the password of %1.</source>
        <translation>The keys of %1 on the server belong to another store: an administrator must reset the password of %1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 That was the %2th wrong password in a row: %3 is locked until %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>A store already exists at %1; Reper does not overwrite it.</source>
        <translation></translation>
    </message>
    <message>
        <source>No free victim code could be found.</source>
        <translation></translation>
    </message>
    <message>
        <source>Other records refer to this one; change or delete them first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The administrator needs a password.</source>
        <translation></translation>
    </message>
    <message>
        <source>The administrator needs a user name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The campaign has %1 prevention activities; move or delete them first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The key file no longer opens this store.</source>
        <translation></translation>
    </message>
    <message>
        <source>The lockout file of this store was damaged, so every account waits until %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>The record is no longer in the store.</source>
        <translation></translation>
    </message>
    <message>
        <source>The store could not prepare its search functions.</source>
        <translation></translation>
    </message>
    <message>
        <source>The store refused a value of this record.</source>
        <translation></translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no centre %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no user %1 in this store.</source>
        <translation></translation>
    </message>
    <message>
        <source>This campaign code is already used by another campaign.</source>
        <translation></translation>
    </message>
    <message>
        <source>This project code is already used by another project.</source>
        <translation></translation>
    </message>
    <message>
        <source>This victim code is already used by another victim.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many wrong passwords for %1: the account is locked until %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>You may not change the identity of this victim.</source>
        <translation></translation>
    </message>
    <message>
        <source>You may not change the records of %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>You may not see the figures of %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>You may not see the identity of this victim.</source>
        <translation></translation>
    </message>
    <message>
        <source>You may not see the records of %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>This store&apos;s keys are of the kind written before key pairs: an administrator must open it once with their password to upgrade them (a new recovery key is shown then).</source>
        <translation>This store&apos;s keys are of the kind written before key pairs: an administrator must open it once with their password to upgrade them (a new recovery key is shown then).</translation>
    </message>
    <message>
        <source>The keys of a new store could not be made.</source>
        <translation>The keys of a new store could not be made.</translation>
    </message>
    <message>
        <source>The key slot of %1 holds no signing key. An administrator must reset the password of %1.</source>
        <translation>The key slot of %1 holds no signing key. An administrator must reset the password of %1.</translation>
    </message>
    <message>
        <source>The new keys could not be made.</source>
        <translation>The new keys could not be made.</translation>
    </message>
    <message>
        <source>The new key file is missing.</source>
        <translation>The new key file is missing.</translation>
    </message>
    <message>
        <source>The key slot of %1 holds a signing key that is no longer %1&apos;s (it was replaced by a password reset, or never introduced). An administrator must reset the password of %1.</source>
        <translation>The key slot of %1 holds a signing key that is no longer %1&apos;s (it was replaced by a password reset, or never introduced). An administrator must reset the password of %1.</translation>
    </message>
    <message>
        <source>The key file changed while you signed in; sign in again.</source>
        <translation>The key file changed while you signed in; sign in again.</translation>
    </message>
    <message>
        <source>This victim&apos;s identity is sealed to the key of %1, so the victim cannot move to another centre. The staff of %1 can remove the identity first.</source>
        <translation>This victim&apos;s identity is sealed to the key of %1, so the victim cannot move to another centre. The staff of %1 can remove the identity first.</translation>
    </message>
    <message>
        <source>The case cannot be saved: %1 %2.</source>
        <translation>The case cannot be saved: %1 %2.</translation>
    </message>
    <message>
        <source>Only a coordinator of %1 gives its cases to a case worker.</source>
        <translation>Only a coordinator of %1 gives its cases to a case worker.</translation>
    </message>
    <message>
        <source>The case worker must be an operator or coordinator of %1.</source>
        <translation>The case worker must be an operator or coordinator of %1.</translation>
    </message>
    <message>
        <source>Say who signs in to the server %1 (a Reper user name).</source>
        <translation>Say who signs in to the server %1 (a Reper user name).</translation>
    </message>
    <message>
        <source>The server %1 holds no Reper store yet: its owner creates one with &apos;reper-cli --store ADDRESS init --admin NAME&apos;.</source>
        <translation>The server %1 holds no Reper store yet: its owner creates one with &apos;reper-cli --store ADDRESS init --admin NAME&apos;.</translation>
    </message>
    <message>
        <source>The store on %1 was made by a newer version of Reper (schema %2; this program knows %3). Install the newer version.</source>
        <translation>The store on %1 was made by a newer version of Reper (schema %2; this program knows %3). Install the newer version.</translation>
    </message>
    <message>
        <source>The store on %1 is at schema %2 and this program needs %3: its owner upgrades it first (reper-cli --store ADDRESS init, as the database&apos;s owner).</source>
        <translation>The store on %1 is at schema %2 and this program needs %3: its owner upgrades it first (reper-cli --store ADDRESS init, as the database&apos;s owner).</translation>
    </message>
    <message>
        <source>The login %1 is not a user of the Reper store on %2.</source>
        <translation>The login %1 is not a user of the Reper store on %2.</translation>
    </message>
    <message>
        <source>The server holds no keys for %1. An administrator must reset the password of %1.</source>
        <translation>The server holds no keys for %1. An administrator must reset the password of %1.</translation>
    </message>
    <message>
        <source>The keys of %1 on the server hold a signing key that is no longer %1&apos;s. An administrator must reset the password of %1.</source>
        <translation>The keys of %1 on the server hold a signing key that is no longer %1&apos;s. An administrator must reset the password of %1.</translation>
    </message>
    <message>
        <source>The database of %1 already holds a Reper store; it was left as it is.</source>
        <translation>The database of %1 already holds a Reper store; it was left as it is.</translation>
    </message>
    <message>
        <source>The first administrator was not made.</source>
        <translation>The first administrator was not made.</translation>
    </message>
    <message>
        <source>This victim takes part in a merge: unmerge it first.</source>
        <translation>This victim takes part in a merge: unmerge it first.</translation>
    </message>
    <message>
        <source>This store is not on a server.</source>
        <translation>This store is not on a server.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Another user</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 at %3, after you opened it; your changes were not saved.</source>
        <translation>%1 changed this record on %2 at %3, after you opened it; your changes were not saved.</translation>
    </message>
</context>
<context>
    <name>StoreFault</name>
    <message>
        <source>Restore the last backup of the store, or open it with its recovery key.</source>
        <translation>Restore the last backup of the store, or open it with its recovery key.</translation>
    </message>
    <message>
        <source>The store file %1 is damaged: a part of it fails its integrity check. %2</source>
        <translation>The store file %1 is damaged: a part of it fails its integrity check. %2</translation>
    </message>
    <message>
        <source>The store file %1 is damaged or cut short, or it is not the store its key file belongs to: the password is right, but the key it opens does not read the store. %2</source>
        <translation>The store file %1 is damaged or cut short, or it is not the store its key file belongs to: the password is right, but the key it opens does not read the store. %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Reper store (it is empty, or cut short); Reper leaves it as it is and writes nothing to it. Only a new store (init) creates one. %2</source>
        <translation>The file %1 is not a Reper store (it is empty, or cut short); Reper leaves it as it is and writes nothing to it. Only a new store (init) creates one. %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (%2); this is not a wrong password. %3</source>
        <translation>The key file %1 is damaged (%2); this is not a wrong password. %3</translation>
    </message>
    <message>
        <source>The store file %1 could not be read or written (%2).</source>
        <translation>The store file %1 could not be read or written (%2).</translation>
    </message>
    <message>
        <source>Restore the last backup (the newest is %1), or open the store with its recovery key.</source>
        <translation>Restore the last backup (the newest is %1), or open the store with its recovery key.</translation>
    </message>
</context>
<context>
    <name>StoreSnapshot</name>
    <message>
        <source>There is no store at %1.</source>
        <translation>There is no store at %1.</translation>
    </message>
    <message>
        <source>The store at %1 could not be read for the migration.</source>
        <translation>The store at %1 could not be read for the migration.</translation>
    </message>
</context>
<context>
    <name>TextPolicy</name>
    <message>
        <source>a code has at most %1 characters, this one has %2</source>
        <translation></translation>
    </message>
    <message>
        <source>character %1 (%2) may not be in a code: codes are written with the letters A-Z, digits, spaces and ASCII punctuation</source>
        <translation></translation>
    </message>
    <message>
        <source>character %1 is an invisible or control character (%2); remove it: it can make the text read differently from what is stored</source>
        <translation></translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>%1 is already disabled.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not disabled.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is the last administrator.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: operator, coordinator, analyst or administrator</source>
        <translation></translation>
    </message>
    <message>
        <source>A user name may not be empty or start or end with spaces.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation></translation>
    </message>
    <message>
        <source>The store is open with a password; recovery is for when none works.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is already a user %1 (users are never deleted, only disabled).</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no user %1 in this store.</source>
        <translation></translation>
    </message>
    <message>
        <source>This session has no signing key; open the store with your password.</source>
        <translation></translation>
    </message>
    <message>
        <source>To change your own password use &apos;user passwd&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation></translation>
    </message>
    <message>
        <source>a user needs a role: operator, coordinator, analyst or administrator</source>
        <translation></translation>
    </message>
    <message>
        <source>an operator works for one centre: give --center CR-XX</source>
        <translation></translation>
    </message>
    <message>
        <source>the password is too short: use at least %1 characters (a passphrase of a few words is best)</source>
        <translation></translation>
    </message>
    <message>
        <source>the password may not be one character repeated</source>
        <translation></translation>
    </message>
    <message>
        <source>the password may not be the user name</source>
        <translation></translation>
    </message>
    <message>
        <source>there is no centre %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an administrator may give the store a new key.</source>
        <translation>Only an administrator may give the store a new key.</translation>
    </message>
    <message>
        <source>The key file&apos;s copy for the recovery key is not the one the audit trail names; the store key is not renewed.</source>
        <translation>The key file&apos;s copy for the recovery key is not the one the audit trail names; the store key is not renewed.</translation>
    </message>
    <message>
        <source>The new store key could not be made.</source>
        <translation>The new store key could not be made.</translation>
    </message>
    <message>
        <source>Your own key slot would not hold the new key; the store key is not renewed.</source>
        <translation>Your own key slot would not hold the new key; the store key is not renewed.</translation>
    </message>
    <message>
        <source>The store has its new key, but the key file could not be put in place; it is waiting beside it (%1) and is put in place at the next sign-in.</source>
        <translation>The store has its new key, but the key file could not be put in place; it is waiting beside it (%1) and is put in place at the next sign-in.</translation>
    </message>
    <message>
        <source>%1 is recorded in the store, but the key file could not be written (%2); do it again once the disk is writable.</source>
        <translation>%1 is recorded in the store, but the key file could not be written (%2); do it again once the disk is writable.</translation>
    </message>
    <message>
        <source>The new user %1</source>
        <translation>The new user %1</translation>
    </message>
    <message>
        <source>Disabling %1</source>
        <translation>Disabling %1</translation>
    </message>
    <message>
        <source>The new password of %1</source>
        <translation>The new password of %1</translation>
    </message>
    <message>
        <source>Your new password</source>
        <translation>Your new password</translation>
    </message>
    <message>
        <source>The recovery of %1</source>
        <translation>The recovery of %1</translation>
    </message>
    <message>
        <source>This store is not on a server.</source>
        <translation>This store is not on a server.</translation>
    </message>
    <message>
        <source>The server did not add %1.</source>
        <translation>The server did not add %1.</translation>
    </message>
    <message>
        <source>The server kept the old keys of %1; the password is unchanged.</source>
        <translation>The server kept the old keys of %1; the password is unchanged.</translation>
    </message>
    <message>
        <source>This is not available on a server yet.</source>
        <translation>This is not available on a server yet.</translation>
    </message>
</context>
<context>
    <name>VictimExport</name>
    <message>
        <source>Exporting identity must be confirmed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity may be exported only by a coordinator of the victims&apos; own centre, for that centre.</source>
        <translation></translation>
    </message>
    <message>
        <source>The victims of %1 are outside your scope (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no centre %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your role may not export victims (analysts see figures only).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VictimMerger</name>
    <message>
        <source>There is no victim %1 in your scope.</source>
        <translation>There is no victim %1 in your scope.</translation>
    </message>
    <message>
        <source>Only a coordinator of %1 may merge or unmerge its victims.</source>
        <translation>Only a coordinator of %1 may merge or unmerge its victims.</translation>
    </message>
    <message>
        <source>Only a national coordinator may merge or unmerge victims of two centres (%1 and %2).</source>
        <translation>Only a national coordinator may merge or unmerge victims of two centres (%1 and %2).</translation>
    </message>
    <message>
        <source>%1 cannot be merged into itself: choose two victims.</source>
        <translation>%1 cannot be merged into itself: choose two victims.</translation>
    </message>
    <message>
        <source>%1 is already merged into %2; unmerge it first.</source>
        <translation>%1 is already merged into %2; unmerge it first.</translation>
    </message>
    <message>
        <source>%1 is already merged into %2: keep %2 instead.</source>
        <translation>%1 is already merged into %2: keep %2 instead.</translation>
    </message>
    <message>
        <source>%1 already has %2 merged into it: keep %1 instead, or unmerge %2 first.</source>
        <translation>%1 already has %2 merged into it: keep %1 instead, or unmerge %2 first.</translation>
    </message>
    <message>
        <source>The merge could not be recorded.</source>
        <translation>The merge could not be recorded.</translation>
    </message>
    <message>
        <source>%1 is the code kept by a merge: unmerge the code merged into it (%2).</source>
        <translation>%1 is the code kept by a merge: unmerge the code merged into it (%2).</translation>
    </message>
    <message>
        <source>%1 is not merged into another victim.</source>
        <translation>%1 is not merged into another victim.</translation>
    </message>
</context>
<context>
    <name>XlsxRenderer</name>
    <message>
        <source>The XLSX workbook could not be written.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>YearClosing</name>
    <message>
        <source>%1 (%2) is already closed (version %3, %4 UTC, by %5); to freeze today&apos;s figures as a new version, add --reclose</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) was not closed: %n blocking problem(s); correct them, or close with --force</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>only a coordinator of %1 may close its years</source>
        <translation></translation>
    </message>
</context>
</TS>
