// The audit trail keeps no values of a victim or of the records about them (issue 11 §2): it is read
// by administrators, who may see no record, and it is never erased. It names the fields that
// changed; campaigns and the other activities keep their values.
#include "importer/Importer.h"
#include "security/SecurityFixture.h"
#include "storage/audit/AuditTrail.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/engine/Database.h"
#include "storage/repositories/VictimEditor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

std::unique_ptr<Store> reopen(TempStore& t)
{
    t.close();
    auto s = Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    REQUIRE(s.ok());
    return std::move(*s);
}

// Every text of the audit tables, as someone reading them with SQL would see it.
QString auditTables(Store& store)
{
    QString all;
    for (const char* sql : {"SELECT coalesce(record_code,'') || ' ' || coalesce(center,'') || ' ' || "
                            "coalesce(detail,'') FROM audit_entry",
                            "SELECT coalesce(old_value,'') || ' ' || coalesce(new_value,'') FROM audit_change"}) {
        auto st = store.db().prepare(QString::fromLatin1(sql));
        REQUIRE(st.ok());
        while (st->next())
            all += st->text(0) + QLatin1Char('\n');
    }
    return all;
}

QJsonObject fieldsOf(const AuditEntry& e)
{
    return QJsonDocument::fromJson(e.detail.toUtf8()).object().value(QStringLiteral("fields")).toObject();
}

} // namespace

TEST_CASE("after a victim's birth date is edited the trail names the field but holds neither value",
          "[security][audit]")
{
    TempStore t;
    REQUIRE(Importer(t.store()).run(dataPath(QStringLiteral("small")), false).ok());
    auto store = reopen(t);
    VictimEditor editor(*store);
    auto id = editor.idByCode(QStringLiteral("RV-T00001"));
    REQUIRE(id.ok());
    REQUIRE(id->has_value());
    auto file = editor.load(**id);
    REQUIRE(file.ok());
    Victim v = file->victim;
    const QString before = v.birthDate.toString(Qt::ISODate);
    REQUIRE(before == QStringLiteral("2003-05-10"));
    v.birthDate = QDate(1991, 4, 8);
    v.birthYear.reset();
    v.county = QStringLiteral("CJ");
    REQUIRE(editor.save(v, std::nullopt).ok());

    const auto entries = store->audit().list(AuditFilter::forAction(AuditAction::RecordChanged));
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    const AuditEntry& last = entries->last();
    CHECK(last.recordType == QStringLiteral("victim"));
    CHECK(last.recordCode == QStringLiteral("RV-T00001"));
    const QJsonObject fields = fieldsOf(last);
    CHECK(fields.value(QStringLiteral("birth_date")).toString() == QStringLiteral("changed"));
    CHECK(fields.value(QStringLiteral("county")).toString() == QStringLiteral("changed"));

    const QString audit = auditTables(*store);
    CHECK_FALSE(audit.contains(before));
    CHECK_FALSE(audit.contains(QStringLiteral("1991-04-08")));
    CHECK_FALSE(audit.contains(QStringLiteral("\"CJ\"")));
    CHECK(AuditVerifier(*store).verify().ok);
}

TEST_CASE("a case reference, an assistance provider and exploitation forms stay out of the trail — a campaign keeps "
          "its values",
          "[security][audit]")
{
    TempStore t;
    REQUIRE(Importer(t.store()).run(dataPath(QStringLiteral("small")), false).ok());
    auto store = reopen(t);
    REQUIRE(store->db().exec(QStringLiteral("UPDATE judicial SET case_ref = 'DOS-SYNT-4242' WHERE id = 1")).ok());
    REQUIRE(store->db().exec(QStringLiteral("UPDATE assistance SET provider = 'ngo' WHERE id = 1")).ok());
    REQUIRE(
        store->db().exec(QStringLiteral("DELETE FROM identification_exploitation WHERE identification_id = 1")).ok());
    REQUIRE(store->db().exec(QStringLiteral("UPDATE campaign SET title = 'Titlu sintetic nou' WHERE id = 1")).ok());
    REQUIRE(store->audit().flush().ok());

    const QString audit = auditTables(*store);
    CHECK_FALSE(audit.contains(QStringLiteral("DOS-SYNT-4242")));
    CHECK_FALSE(audit.contains(QStringLiteral("\"ngo\"")));
    CHECK(audit.contains(QStringLiteral("\"case_ref\":\"changed\"")));
    CHECK(audit.contains(QStringLiteral("\"provider\":\"changed\"")));
    CHECK(audit.contains(QStringLiteral("\"exploitation\":\"changed\"")));
    CHECK(audit.contains(QStringLiteral("Titlu sintetic nou")));
    CHECK(*store->db().queryInt(QStringLiteral("SELECT count(*) FROM audit_change")) == 0);
    CHECK(AuditVerifier(*store).verify().ok);
}
