#include "ServerKeySlot.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "ServerKeySlot").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerKeySlot)
};

} // namespace

Result<QString> ServerKeySlot::seal(const QString& storeId, const QString& user, const QString& password,
                                    const SlotSecrets& secrets, bool mustChange)
{
    KeyFile keys;
    keys.setStoreId(storeId);
    if (auto s = keys.setSlot(user, password, MasterKey::generate(), secrets, mustChange); !s)
        return s.error();
    return QString::fromUtf8(keys.toJson());
}

Result<UnlockedSlot> ServerKeySlot::open(const QString& storeId, const QString& user, const QString& password,
                                         const QString& slot)
{
    auto keys = KeyFile::fromJson(slot.toUtf8(), Tr::tr("the keys of %1 on the server").arg(user));
    if (!keys)
        return keys.error();
    if (keys->storeId() != storeId || keys->slots().size() != 1)
        return makeError(Tr::tr("The keys of %1 on the server belong to another store: an administrator must reset "
                                "the password of %1.")
                             .arg(user),
                         QStringLiteral("server key slot of another store"));
    return keys->unlockSlot(user, password);
}

} // namespace reper
