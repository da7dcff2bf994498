// The audit entry of a report made, built in one place (ReportAudit) for reper-cli report bilant and
// the window: what it records, the head it gives for the footer, and a session that cannot sign.
#include "report/ReportAudit.h"

#include "storage/audit/AuditTrail.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

AuditEntry lastEntry(Store& store)
{
    AuditFilter newest;
    newest.limit = 1;
    auto entries = store.audit().list(newest);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    return entries->first();
}

} // namespace

TEST_CASE("a report made is recorded once, and the footer gets the head with that entry", "[report][audit]")
{
    TempStore t;
    ReportOptions options;
    options.edition = Edition::Public;
    options.threshold = 5;
    options.auditHead = QStringLiteral("stale");
    const ReportAuditEntry entry{AuditAction::Report,     QStringLiteral("pdf"), 2020,
                                 QStringLiteral("CR-BV"), Edition::Public,       true};
    auto stamped = ReportAudit::record(t.store(), entry, options);
    REQUIRE(stamped.ok());
    auto head = t->audit().head();
    REQUIRE(head.ok());
    CHECK(stamped->auditHead == head->text());
    CHECK(stamped->threshold == 5); // the rest of the options as given
    CHECK(stamped->edition == Edition::Public);

    const AuditEntry recorded = lastEntry(t.store());
    CHECK(recorded.action == AuditAction::Report);
    CHECK(recorded.userName == QStringLiteral("admin"));
    CHECK(recorded.recordType == QStringLiteral("report"));
    CHECK(recorded.recordCode == QStringLiteral("bilant"));
    CHECK(recorded.center == QStringLiteral("CR-BV"));
    const QJsonObject detail = QJsonDocument::fromJson(recorded.detail.toUtf8()).object();
    CHECK(detail
          == QJsonObject{{QStringLiteral("year"), 2020},
                         {QStringLiteral("format"), QStringLiteral("pdf")},
                         {QStringLiteral("edition"), QStringLiteral("public")},
                         {QStringLiteral("frozen"), true}});
    CHECK(QString::number(recorded.seq) == head->text().section(QLatin1Char(':'), 0, 0));

    // Printed, nationally: its own action, no centre.
    auto printed = ReportAudit::record(
        t.store(), {AuditAction::Print, QStringLiteral("print"), 2019, QString(), Edition::Internal, false}, options);
    REQUIRE(printed.ok());
    CHECK(printed->auditHead != stamped->auditHead);
    const AuditEntry print = lastEntry(t.store());
    CHECK(print.action == AuditAction::Print);
    CHECK(print.center.isEmpty());
    CHECK(QJsonDocument::fromJson(print.detail.toUtf8()).object().value(QStringLiteral("edition"))
          == QStringLiteral("internal"));
}

TEST_CASE("a session that cannot sign makes its report without an audit line", "[report][audit]")
{
    TempStore t;
    const QString recovery = t.recoveryKey();
    const QString path = t.path();
    t.close();
    auto opened = Store::openWithRecoveryKey(path, recovery, QStringLiteral("admin"), fixedClock());
    REQUIRE(opened.ok());
    Store& store = **opened;
    REQUIRE_FALSE(store.audit().canSign());
    auto before = store.audit().list({});
    REQUIRE(before.ok());
    ReportOptions options;
    options.auditHead = QStringLiteral("stale");
    auto stamped = ReportAudit::record(
        store, {AuditAction::Report, QStringLiteral("txt"), 2020, QString(), Edition::Internal, false}, options);
    REQUIRE(stamped.ok());
    CHECK(stamped->auditHead.isEmpty());
    auto after = store.audit().list({});
    REQUIRE(after.ok());
    CHECK(after->size() == before->size());
}
