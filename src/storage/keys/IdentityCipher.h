#pragma once
// The cryptography of identity inside the store, without SQL: each field encrypted with
// XChaCha20-Poly1305 under a data key and bound to its victim, field and data key (a value moved to
// another row or column does not open); and the keyed tokens of the name search (a blind index:
// BLAKE2b keyed with a centre's token key, so only those who hold the centre's key can compute or
// recognise them). docs/security.md §3.
#include "storage/keys/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace reper::IdentityCipher {

constexpr int DataKeySize = 32;
constexpr int TokenSize = 16;
// Name parts are indexed by their prefixes from three characters (or the whole part when shorter)
// up to sixteen; a search word is cut to sixteen characters too.
constexpr int MinPrefix = 3;
constexpr int MaxPrefix = 16;
// Each victim's tokens are padded with random ones to a multiple of this, so the number of rows
// tells little about the length of the name.
constexpr int TokenBlock = 8;

// nonce (24) + ciphertext of the text padded to 16 bytes; empty for an empty text.
QByteArray encryptField(const SecretBytes& dataKey, qint64 dataKeyId, qint64 victimId, const char* field,
                        const QString& text);
// The text, or nothing when the value does not open (another key, another row, altered).
std::optional<QString> decryptField(const SecretBytes& dataKey, qint64 dataKeyId, qint64 victimId, const char* field,
                                    const QByteArray& stored);

// A centre's token key, from its identity secret key.
SecretBytes tokenKey(const SecretBytes& centerSecret);
// The token of a whole CNP (duplicates within a centre, the search by CNP); empty for no CNP.
QByteArray cnpToken(const SecretBytes& tokenKey, const QString& cnp);
// The tokens of a person's names: every folded part (split at spaces and hyphens, and the hyphenated
// whole) by its prefixes, padded with random tokens to a multiple of TokenBlock.
QList<QByteArray> nameTokens(const SecretBytes& tokenKey, const QString& lastName, const QString& firstName);
// The token a typed word is looked up by; empty for an empty word.
QByteArray searchToken(const SecretBytes& tokenKey, const QString& word);

// Duplicates across centres (security.md §3.9), under the national match key: the hash of a whole
// CNP (spaces removed), and of a person's folded name parts (split at spaces and hyphens) in sorted
// order, so "Ionescu Maria" and "Maria Ionescu", "Știrbu" and "Stirbu" hash alike. Empty for no CNP,
// and for fewer than two name parts (one name alone says too little to pair two people).
QByteArray matchCnp(const SecretBytes& matchKey, const QString& cnp);
QByteArray matchName(const SecretBytes& matchKey, const QString& lastName, const QString& firstName);
// The folded, sorted name parts matchName hashes (for tests): empty below two parts.
QString matchNameText(const QString& lastName, const QString& firstName);

} // namespace reper::IdentityCipher
