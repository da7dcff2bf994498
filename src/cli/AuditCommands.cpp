// audit list | verify | head: reading and checking the audit trail (administrators).
#include "cli/Commands.h"
#include "storage/audit/AuditTrail.h"
#include "storage/audit/AuditVerifier.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace reper::cli {

namespace {

int auditList(CliContext& ctx)
{
    bool missing = false;
    AuditFilter filter;
    filter.user = ctx.takeValue(QStringLiteral("--user"), &missing).value_or(QString());
    filter.record = ctx.takeValue(QStringLiteral("--record"), &missing).value_or(QString());
    filter.action = ctx.takeValue(QStringLiteral("--action"), &missing).value_or(QString());
    const auto from = ctx.takeValue(QStringLiteral("--from"), &missing);
    const auto to = ctx.takeValue(QStringLiteral("--to"), &missing);
    const auto limit = ctx.takeValue(QStringLiteral("--limit"), &missing);
    if (missing || !ctx.args.isEmpty())
        return ctx.usage(
            CliText::tr("audit list [--user NAME] [--record CODE|ID] [--action ACTION] [--from YYYY-MM-DD] "
                        "[--to YYYY-MM-DD] [--limit N]"));
    if (from) {
        filter.from = QDate::fromString(*from, Qt::ISODate);
        if (!filter.from.isValid())
            return ctx.usage(CliText::tr("--from needs a date YYYY-MM-DD"));
    }
    if (to) {
        filter.to = QDate::fromString(*to, Qt::ISODate);
        if (!filter.to.isValid())
            return ctx.usage(CliText::tr("--to needs a date YYYY-MM-DD"));
    }
    if (limit) {
        bool ok = false;
        filter.limit = limit->toInt(&ok);
        if (!ok || filter.limit < 1)
            return ctx.usage(CliText::tr("--limit needs a number above 0"));
    }
    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    auto entries = (*store)->audit().list(filter);
    if (!entries)
        return ctx.fail(entries.error());
    for (const AuditEntry& e : *entries) {
        QString record = e.recordType;
        if (!e.recordCode.isEmpty())
            record += QLatin1Char(' ') + e.recordCode;
        else if (e.recordId)
            record += QStringLiteral(" #%1").arg(e.recordId);
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                         .arg(e.seq, 6)
                         .arg(e.at, e.userName, e.action, record.isEmpty() ? QStringLiteral("-") : record,
                              e.center.isEmpty() ? QStringLiteral("-") : e.center, e.detail)
                  << Qt::endl;
    }
    return Success;
}

int auditVerify(CliContext& ctx)
{
    bool missing = false;
    const auto against = ctx.takeValue(QStringLiteral("--against"), &missing);
    const auto headText = ctx.takeValue(QStringLiteral("--head"), &missing);
    if (missing || !ctx.args.isEmpty() || (against && headText))
        return ctx.usage(CliText::tr("audit verify [--against FILE | --head SEQ:HEX]"));
    // --head: the head as read off a printed page's footer ("jurnal 41:9c0e5a7d21b4f380").
    std::optional<AuditHead> head;
    QString againstName;
    if (headText) {
        head = AuditHead::find(headText->toLower());
        if (!head)
            return ctx.usage(CliText::tr("--head takes the head as printed, e.g. 41:9c0e5a7d21b4f380"));
        againstName = CliText::tr("the head given");
    }
    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    if (!(*store)->access().canReadAudit())
        return ctx.fail(CliText::tr("only an administrator may verify the audit trail"));
    if (against) {
        auto found = AuditVerifier::headOf(*against, (*store)->key());
        if (!found)
            return ctx.fail(found.error());
        head = *found;
        againstName = QFileInfo(*against).fileName();
    }
    const AuditVerifyReport report = AuditVerifier(**store).verify(head, againstName);
    for (const QString& line : report.lines)
        ctx.out() << line << Qt::endl;
    for (const QString& notice : report.notices)
        ctx.out() << CliText::tr("notice: ") << notice << Qt::endl;
    if (!report.ok)
        return ctx.fail(CliText::tr("the audit trail failed a check"));
    return Success;
}

int auditHead(CliContext& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("audit head takes no argument"));
    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    auto head = (*store)->audit().head();
    if (!head)
        return ctx.fail(head.error());
    ctx.out() << head->text() << Qt::endl;
    return Success;
}

} // namespace

int runAudit(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(CliText::tr("audit list|verify|head"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("list"))
        return auditList(ctx);
    if (sub == QLatin1String("verify"))
        return auditVerify(ctx);
    if (sub == QLatin1String("head"))
        return auditHead(ctx);
    return ctx.usage(CliText::tr("unknown audit command '%1' (list, verify, head)").arg(sub));
}

} // namespace reper::cli
