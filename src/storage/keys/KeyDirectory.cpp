#include "KeyDirectory.h"

#include "core/Scope.h"
#include "storage/Store.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/engine/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "IdentityVault").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdentityVault)
};

QByteArray unb64(const QJsonValue& v) { return QByteArray::fromBase64(v.toString().toLatin1()); }

} // namespace

bool DirectoryUser::isStaffOf(const QString& centerCode) const
{
    return active && !center.isEmpty() && center == centerCode
        && (roles.contains(QStringLiteral("operator")) || roles.contains(QStringLiteral("coordinator")));
}

Result<KeyDirectory> KeyDirectory::read(Store& store)
{
    const AuditVerifyReport verified = AuditVerifier(store).verify();
    if (!verified.trailHolds)
        return makeError(Tr::tr("The audit trail does not verify, so no key is handed over."),
                         verified.lines.join(QLatin1String("; ")));
    auto st = store.db().prepare(QStringLiteral(
        "SELECT user_name, action, record_code, detail FROM audit_entry WHERE action IN ('store.created', "
        "'store.keys_upgraded', 'user.added', 'user.disabled', 'user.enabled', 'key.registered', 'key.recovered', "
        "'key.self_registered', 'key.box_changed') ORDER BY seq"));
    if (!st)
        return st.error();
    KeyDirectory dir;
    const auto isAdministrator = [&](const QString& name) {
        const auto it = dir.m_users.constFind(name);
        return it != dir.m_users.constEnd() && it->active && it->roles.contains(QStringLiteral("administrator"));
    };
    while (st->next()) {
        const QString signer = st->text(0);
        const QString action = st->text(1);
        const QString subject = st->text(2);
        const QJsonObject detail = QJsonDocument::fromJson(st->text(3).toUtf8()).object();
        if (action == QLatin1String("store.created")) {
            DirectoryUser u;
            u.name = signer;
            u.roles = detail.value(QStringLiteral("roles")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            u.active = true;
            u.boxKey = unb64(detail.value(QStringLiteral("box_public")));
            u.ownBox = !u.boxKey.isEmpty();
            u.signKey = unb64(detail.value(QStringLiteral("public_key")));
            dir.m_users.insert(signer, u);
            dir.m_recoveryPublic = unb64(detail.value(QStringLiteral("recovery_public")));
        } else if (action == QLatin1String("store.keys_upgraded")) {
            if (!isAdministrator(signer))
                continue;
            dir.m_recoveryPublic = unb64(detail.value(QStringLiteral("recovery_public")));
            DirectoryUser& u = dir.m_users[signer];
            u.boxKey = unb64(detail.value(QStringLiteral("box_public")));
            u.ownBox = true;
        } else if (action == QLatin1String("user.added")) {
            if (!isAdministrator(signer))
                continue;
            DirectoryUser u;
            u.name = subject;
            u.roles = detail.value(QStringLiteral("roles")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            const QString scope = detail.value(QStringLiteral("scope")).toString();
            u.center = Scope::fromText(scope).center();
            u.active = true;
            dir.m_users.insert(subject, u);
        } else if (action == QLatin1String("user.disabled") || action == QLatin1String("user.enabled")) {
            if (!isAdministrator(signer) || !dir.m_users.contains(subject))
                continue;
            DirectoryUser& u = dir.m_users[subject];
            u.active = action == QLatin1String("user.enabled");
            u.boxKey.clear();
            u.ownBox = false;
        } else if (action == QLatin1String("key.registered")) {
            // By an administrator (add, reset, enable): a key the administrator made and could use.
            const QString owner = detail.value(QStringLiteral("user")).toString();
            if (!isAdministrator(signer) || !dir.m_users.contains(owner))
                continue;
            DirectoryUser& u = dir.m_users[owner];
            u.boxKey = unb64(detail.value(QStringLiteral("box_public")));
            u.ownBox = false;
            u.signKey = unb64(detail.value(QStringLiteral("public_key")));
        } else if (action == QLatin1String("key.recovered") || action == QLatin1String("key.self_registered")) {
            // Signed by the new key itself (the recovery key, or a store older than the trail).
            DirectoryUser& u = dir.m_users[signer];
            u.name = signer;
            u.signKey = unb64(detail.value(QStringLiteral("public_key")));
            if (action == QLatin1String("key.recovered")) {
                u.boxKey = unb64(detail.value(QStringLiteral("box_public")));
                u.ownBox = !u.boxKey.isEmpty();
            }
        } else if (action == QLatin1String("key.box_changed")) {
            // Signed by the user: the key they made under a password of their own.
            if (subject != signer || !dir.m_users.contains(signer))
                continue;
            DirectoryUser& u = dir.m_users[signer];
            u.boxKey = unb64(detail.value(QStringLiteral("box_public")));
            u.ownBox = !u.boxKey.isEmpty() && detail.value(QStringLiteral("own")).toBool(true);
        }
    }
    if (st->failed())
        return st->error();
    return dir;
}

std::optional<DirectoryUser> KeyDirectory::user(const QString& name) const
{
    const auto it = m_users.constFind(name);
    if (it == m_users.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace reper
