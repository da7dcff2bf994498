// A key slot is bound to its user and its store (issue 11 §1): edited in the key file — renamed to
// another user, its temporary-password mark removed, an old copy holding a retired signing key put
// back — it does not sign in as anything it was not made for.
#include "security/SecurityFixture.h"
#include "storage/keys/KeyFile.h"
#include "storage/services/UserService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

QJsonObject readKeys(const QString& storePath) { return readJsonObject(KeyFile::pathFor(storePath)); }

void writeKeys(const QString& storePath, const QJsonObject& root)
{
    REQUIRE(writeFileAtomically(KeyFile::pathFor(storePath), QJsonDocument(root).toJson()).ok());
}

QJsonObject slotOf(const QJsonObject& root, const QString& user)
{
    for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray())
        if (v.toObject().value(QStringLiteral("user")).toString() == user)
            return v.toObject();
    return {};
}

QJsonObject withSlot(QJsonObject root, const QString& user, const QJsonObject& slot)
{
    QJsonArray slots;
    for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray())
        if (v.toObject().value(QStringLiteral("user")).toString() != user)
            slots.append(v);
    if (!slot.isEmpty())
        slots.append(slot);
    root.insert(QStringLiteral("slots"), slots);
    return root;
}

} // namespace

TEST_CASE("a slot renamed to another user does not open as that user", "[security][slots]")
{
    SecurityFixture fx;
    QJsonObject root = readKeys(fx.path());
    QJsonObject opBv = slotOf(root, QStringLiteral("op_bv"));
    REQUIRE_FALSE(opBv.isEmpty());
    opBv.insert(QStringLiteral("user"), QStringLiteral("op_cj"));
    writeKeys(fx.path(), withSlot(root, QStringLiteral("op_cj"), opBv));
    auto opened = Store::open(fx.path(), QStringLiteral("op_cj"), passwordOf(QStringLiteral("op_bv")), fixedClock());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("Wrong user name or password")));
}

TEST_CASE("the temporary-password mark cannot be removed by editing the key file", "[security][slots]")
{
    SecurityFixture fx;
    {
        auto admin = fx.openAs(QStringLiteral("admin"));
        REQUIRE(UserService(*admin)
                    .add(QStringLiteral("newbie"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"),
                         QStringLiteral("temporary-password-1"))
                    .ok());
    }
    QJsonObject root = readKeys(fx.path());
    QJsonObject slot = slotOf(root, QStringLiteral("newbie"));
    REQUIRE(slot.value(QStringLiteral("must_change_password")).toBool());
    slot.remove(QStringLiteral("must_change_password"));
    writeKeys(fx.path(), withSlot(root, QStringLiteral("newbie"), slot));
    auto opened
        = Store::open(fx.path(), QStringLiteral("newbie"), QStringLiteral("temporary-password-1"), fixedClock());
    REQUIRE(opened.ok());
    CHECK((*opened)->mustChangePassword());
    CHECK_FALSE((*opened)->access().canReadAnyRecords());
}

TEST_CASE("a slot holding a retired signing key does not sign in", "[security][slots]")
{
    SecurityFixture fx;
    const QJsonObject before = slotOf(readKeys(fx.path()), QStringLiteral("op_bv"));
    {
        // The password is reset (a new signing key); the old slot is kept somewhere.
        auto admin = fx.openAs(QStringLiteral("admin"));
        REQUIRE(
            UserService(*admin).resetPassword(QStringLiteral("op_bv"), QStringLiteral("temporary-password-2")).ok());
    }
    writeKeys(fx.path(), withSlot(readKeys(fx.path()), QStringLiteral("op_bv"), before));
    auto opened = Store::open(fx.path(), QStringLiteral("op_bv"), passwordOf(QStringLiteral("op_bv")), fixedClock());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("no longer op_bv's")));
}
