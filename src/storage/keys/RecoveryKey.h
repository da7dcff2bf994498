#pragma once
// The recovery key: 32 secret bytes in a form a person can type back from paper — the X25519 secret
// key to which the store key (in the key file) and every centre's identity key (in the store) are
// sealed, so that the day every password is lost costs no data. Crockford base32 (no I, L, O, U):
// 52 characters carry 260 bits, of which the last 4 are zero, plus two check characters, in groups
// of four: 14 groups such as "7K3Q-…". Reading forgives case, spaces, dashes and the letters I/L (1)
// and O (0). docs/security.md says how to use it without Reper.
#include "core/Result.h"
#include "storage/keys/BoxKeys.h"
#include "storage/keys/SecretBytes.h"

#include <QString>

namespace reper::RecoveryKey {

constexpr int Size = 32;

QString encode(const SecretBytes& secret);
Result<SecretBytes> decode(QStringView text);
// The key pair the recovery key is the secret half of.
Result<BoxKeyPair> pairOf(QStringView text);

} // namespace reper::RecoveryKey
