#pragma once
// The victims' identity in a centre package (docs/decisions.md P9). At the centre, a user who may see
// the centre's identity and holds its key puts every victim's names, CNP, address, phone and notes in
// the package (sealed to headquarters with the rest, and recorded in the trail as an export of
// identity, with the victims' codes); anyone else makes a package without identity, and
// headquarters keeps the identity it has. At headquarters, a package that carries identity is taken
// only by a user of that centre there who holds headquarters' key for it: each victim's identity is
// written through the vault (sealed with that key, only the fields that changed), and a victim the
// package sends without identity loses the one headquarters had.
//   "identities": [{"victim": "<victim's uuid>", "last_name": "…", "first_name": "…", "cnp": "…",
//                   "address": "…", "phone": "…", "notes": "…"}, …]
#include "core/Result.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace reper {

class Store;

class PackageIdentity
{
public:
    // Whether the acting user may put the identity of `center` in a package: they may see it and
    // hold its key.
    static bool mayCarry(Store& store, const QString& center, qint64 centerId);
    // The identity of every victim of the centre that has one; `codes`: those victims' codes.
    static Result<QJsonArray> collect(Store& store, qint64 centerId, QStringList* codes);
    // Whether the acting user may write the identity a package of `center` carries: an error naming
    // what is missing (nothing is imported then).
    static Status mayWrite(Store& store, const QString& center, qint64 centerId);
    // Makes the identity of each victim in `victimUuids` the package's (none when the package has
    // none for it); the codes of the victims whose identity changed.
    static Result<QStringList> write(Store& store, const QStringList& victimUuids, const QJsonArray& identities);
};

} // namespace reper
