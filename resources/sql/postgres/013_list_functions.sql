-- Reper schema, version 13, for PostgreSQL 15: what the window's lists need. On the local file
-- SqlExtensions gives each connection reper_fold (the search key of a text: lower case, no
-- diacritics, one space between words) and the collation reper_ro (Romanian order, numbers in
-- order, no difference of case); here they are the schema's own, so the lists' SQL, written once,
-- runs on both engines (docs/server.md, decisions V18).
CREATE COLLATION reper_ro (provider = icu, locale = 'ro-RO-u-kn-true-ks-level2', deterministic = false);
CREATE FUNCTION reper_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(regexp_replace(btrim(translate(t, 'ĂăÂâÎîȘșŞşȚțŢţÀÁÃÄÅàáãäåÇçĆćČčÈÉÊËèéêëĚěÌÍÏìíïÑñŃńÒÓÔÕÖØòóôõöøŐőÙÚÛÜùúûüŮůŰűÝýÿŠšŽžŁłĐđ',
                                                   'AaAaIiSsSsTtTtAAAAAaaaaaCcCcCcEEEEeeeeEeIIIiiiNnNnOOOOOOooooooOoUUUUuuuuUuUuYyySsZzLlDd'),
                                      E' \t\n\r\f'), E'\\s+', ' ', 'g'));
GRANT EXECUTE ON FUNCTION reper_fold(text) TO reper_operator, reper_coordinator, reper_analyst, reper_administrator;
