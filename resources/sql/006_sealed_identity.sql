-- Reper schema, version 6: identity sealed inside the store (docs/security.md §3). The store key
-- (SQLCipher) is held by every user; the names, CNP, address, phone and notes are encrypted again,
-- under keys that only the users who may see a centre's identity hold (and the recovery key).
-- Written for SQLite 3.15 (SQLCipher 3.4.1). The program finishes this step in the same
-- transaction: it encrypts the rows of victim_identity_plain into victim_identity and drops it.

-- Each user's X25519 public key; the secret half is sealed in their key slot. `own`: made by the
-- user under a password of their own (never one an administrator typed), so a centre's identity key
-- may be handed to it.
CREATE TABLE user_box_key (
    user_id    INTEGER PRIMARY KEY REFERENCES app_user(id),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    own        INTEGER NOT NULL CHECK (own IN (0, 1)),
    created_at TEXT NOT NULL
);

-- One X25519 key pair per centre for its victims' identity: the public half here (anyone may seal
-- new identity to it), the secret half sealed to each user who may see that identity and to the
-- recovery key (user_id NULL).
CREATE TABLE identity_keyring (
    center_id  INTEGER PRIMARY KEY REFERENCES center(id),
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    created_at TEXT NOT NULL
);
CREATE TABLE identity_key_grant (
    center_id  INTEGER NOT NULL REFERENCES identity_keyring(center_id),
    user_id    INTEGER REFERENCES app_user(id),
    to_key     BLOB NOT NULL CHECK (length(to_key) = 32),
    sealed     BLOB NOT NULL,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (center_id, to_key)
);
CREATE INDEX ix_identity_key_grant_user ON identity_key_grant(user_id);

-- The keys the identity fields are encrypted with (XChaCha20-Poly1305), each sealed to a centre's
-- public key: one per centre and session that writes identity.
CREATE TABLE identity_data_key (
    id        INTEGER PRIMARY KEY,
    center_id INTEGER NOT NULL REFERENCES identity_keyring(center_id),
    sealed    BLOB NOT NULL
);

DROP TRIGGER audit_victim_identity_update;
DROP TRIGGER audit_victim_identity_delete;
ALTER TABLE victim_identity RENAME TO victim_identity_plain;

-- Each field: nonce (24 bytes) and ciphertext of the padded text; NULL for an empty field.
-- cnp_token: a keyed hash of the CNP under the centre's key (duplicates within a centre, search by
-- CNP); `indexed`: the name tokens are written (a user without the centre's key writes identity
-- sealed but cannot index it: the next user of the centre who signs in does).
CREATE TABLE victim_identity (
    victim_id  INTEGER PRIMARY KEY REFERENCES victim(id) ON DELETE CASCADE,
    data_key   INTEGER NOT NULL REFERENCES identity_data_key(id),
    last_name  BLOB,
    first_name BLOB,
    cnp        BLOB,
    address    BLOB,
    phone      BLOB,
    notes      BLOB,
    cnp_token  BLOB,
    indexed    INTEGER NOT NULL DEFAULT 0 CHECK (indexed IN (0, 1))
);
CREATE INDEX ix_victim_identity_cnp_token ON victim_identity(cnp_token) WHERE cnp_token IS NOT NULL;
CREATE INDEX ix_victim_identity_pending ON victim_identity(indexed) WHERE indexed = 0;

-- The search by name (a blind index): keyed hashes of the folded name parts and their prefixes,
-- padded with random ones to a multiple of eight per victim.
CREATE TABLE victim_name_token (
    token     BLOB NOT NULL,
    victim_id INTEGER NOT NULL REFERENCES victim_identity(victim_id) ON DELETE CASCADE,
    PRIMARY KEY (token, victim_id)
) WITHOUT ROWID;
CREATE INDEX ix_victim_name_token_victim ON victim_name_token(victim_id);

-- Identity: the names of the fields that changed, never their values (as in step 3).
CREATE TRIGGER audit_victim_identity_update AFTER UPDATE ON victim_identity BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'victim_identity', NEW.victim_id, 'update', f, NULL, NULL, NULL FROM (
        SELECT 'last_name' AS f, OLD.last_name IS NOT NEW.last_name AS d UNION ALL
        SELECT 'first_name', OLD.first_name IS NOT NEW.first_name UNION ALL
        SELECT 'cnp', OLD.cnp IS NOT NEW.cnp UNION ALL
        SELECT 'address', OLD.address IS NOT NEW.address UNION ALL
        SELECT 'phone', OLD.phone IS NOT NEW.phone UNION ALL
        SELECT 'notes', OLD.notes IS NOT NEW.notes) WHERE d;
END;
CREATE TRIGGER audit_victim_identity_delete AFTER DELETE ON victim_identity BEGIN
    INSERT INTO audit_change(tbl, record_id, op, field, old_value, new_value, actor)
    SELECT 'victim_identity', OLD.victim_id, 'delete', f, NULL, NULL, NULL FROM (
        SELECT 'last_name' AS f, OLD.last_name IS NOT NULL AS d UNION ALL
        SELECT 'first_name', OLD.first_name IS NOT NULL UNION ALL
        SELECT 'cnp', OLD.cnp IS NOT NULL UNION ALL
        SELECT 'address', OLD.address IS NOT NULL UNION ALL
        SELECT 'phone', OLD.phone IS NOT NULL UNION ALL
        SELECT 'notes', OLD.notes IS NOT NULL) WHERE d;
END;
