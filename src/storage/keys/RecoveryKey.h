#pragma once
// The recovery key: the master key itself in a form a person can type back from paper.
// 32 bytes in Crockford base32 (no I, L, O, U), plus two check characters, in groups of four:
// 14 groups such as "7K3Q-…". Reading forgives case, spaces, dashes and the letters I/L (1) and O (0).
#include "core/Result.h"
#include "storage/keys/MasterKey.h"

#include <QString>

namespace reper::RecoveryKey {

QString encode(const MasterKey& key);
Result<MasterKey> decode(QStringView text);

} // namespace reper::RecoveryKey
