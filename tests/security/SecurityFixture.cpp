#include "SecurityFixture.h"

#include "importer/Importer.h"
#include "storage/keys/IdentityVault.h"
#include "storage/repositories/VictimRepository.h"
#include "storage/services/UserService.h"

#include <stdexcept>

namespace reper::test {

const std::vector<RoleUser>& roleUsers()
{
    static const std::vector<RoleUser> users = {
        {"op_bv", "operator", "CR-BV"},      {"op_cj", "operator", "CR-CJ"}, {"coord_bv", "coordinator", "CR-BV"},
        {"coord_nat", "coordinator", ""},    {"analyst_nat", "analyst", ""}, {"analyst_bv", "analyst", "CR-BV"},
        {"admin_only", "administrator", ""},
    };
    return users;
}

QString passwordOf(const QString& user)
{
    if (user == QLatin1String("admin"))
        return QString::fromLatin1(kPassword);
    return user + QStringLiteral("-own-password-1");
}

const QStringList& plantedIdentity()
{
    // Values of tests/data/small (RV-T00001) and the ones planted for RV-T00002 below.
    static const QStringList values
        = {QStringLiteral("Testescu"), QStringLiteral("Florilor"),      QStringLiteral("Secretescu"),
           QStringLiteral("Ionela"),   QStringLiteral("2900101400014"), QStringLiteral("0722000111")};
    return values;
}

QStringList identityOf(const QString& victimCode)
{
    if (victimCode == QLatin1String("RV-T00001"))
        return {QStringLiteral("Testescu"), QStringLiteral("Florilor")};
    if (victimCode == QLatin1String("RV-T00002"))
        return {QStringLiteral("Secretescu"), QStringLiteral("Ionela"), QStringLiteral("2900101400014"),
                QStringLiteral("0722000111")};
    return {};
}

SecurityFixture::SecurityFixture()
{
    Store& admin = m_temp.store();
    const ImportReport report = Importer(admin).run(dataPath(QStringLiteral("small")), false);
    if (!report.ok())
        throw std::runtime_error("the fixture data did not import");
    // CR-B's RV-T00002 gets an identity too, written as the store's own setup (synthetic values):
    // sealed to CR-B's key, which the administrator does not hold but anyone may seal to.
    VictimIdentity secret;
    secret.lastName = QStringLiteral("Secretescu");
    secret.firstName = QStringLiteral("Ionela");
    secret.cnp = QStringLiteral("2900101400014");
    secret.phone = QStringLiteral("0722000111");
    const auto victim = admin.db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = 'RV-T00002'"));
    if (!victim || !admin.identity().write(*victim, *admin.reference().centerId(QStringLiteral("CR-B")), secret))
        throw std::runtime_error("the fixture identity was not written");
    UserService users(admin);
    for (const RoleUser& u : roleUsers()) {
        const QString name = QString::fromLatin1(u.name);
        auto added = users.add(name, QString::fromLatin1(u.roles).split(QLatin1Char(',')),
                               QString::fromLatin1(u.center), QStringLiteral("temporary-password-1"));
        if (!added)
            throw std::runtime_error(added.error().message.toStdString());
    }
    m_temp.close();
    for (const RoleUser& u : roleUsers()) {
        const QString name = QString::fromLatin1(u.name);
        auto opened = Store::open(m_temp.path(), name, QStringLiteral("temporary-password-1"), fixedClock());
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        if (auto s = UserService(**opened).changeOwnPassword(passwordOf(name)); !s)
            throw std::runtime_error(s.error().message.toStdString());
    }
    // The first staff of a centre get its identity key from the holder of the recovery key.
    handOverIdentityKeys(m_temp.path(), m_temp.recoveryKey());
}

std::unique_ptr<Store> SecurityFixture::openAs(const QString& user)
{
    m_temp.close();
    auto opened = Store::open(m_temp.path(), user, passwordOf(user), fixedClock());
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    return std::move(*opened);
}

} // namespace reper::test
