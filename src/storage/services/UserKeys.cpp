#include "UserKeys.h"

#include "core/Scope.h"
#include "storage/audit/AuditTrail.h"

namespace reper {

AuditEvent userAddedEvent(const StoreUser& user, const QStringList& roles, const QString& center)
{
    AuditEvent e;
    e.action = AuditAction::UserAdded;
    e.recordType = QStringLiteral("user");
    e.recordId = user.id;
    e.recordCode = user.name;
    e.center = center;
    e.detail.insert(QStringLiteral("roles"), roles.join(QLatin1Char(',')));
    e.detail.insert(QStringLiteral("scope"), Scope::ofCenter(center).text());
    return e;
}

Result<FreshUserKeys> introduceFreshKeys(AuditTrail& trail, const StoreUser& user, const QString& reason)
{
    FreshUserKeys keys{AuditSigner::generate(), BoxKeyPair::generate()};
    auto keyId
        = trail.registerKey(user, keys.signer.publicKey(), AuditAction::KeyRegistered, trail.signer(), trail.keyId(),
                            {{QStringLiteral("reason"), reason},
                             {QStringLiteral("box_public"), QString::fromLatin1(keys.box.publicKey.toBase64())}});
    if (!keyId)
        return keyId.error();
    return keys;
}

} // namespace reper
