// export victims [--center CR-XX] [--with-identity --yes] --out FILE.csv: the victims of the acting
// user's scope as victims.csv rows (importable again). Identity only on purpose: see VictimExport.
// export all --out FOLDER [--center CR-XX] [--year Y] [--with-identity --yes]: every record of the
// scope as the twelve interchange files (RecordsExport), into a new or empty folder.
// export ctdc --year Y --out FILE.csv [--k N] [--center CR-XX]: the k-anonymised case file for CTDC
// (CtdcCaseFile); what was generalised and left out is written on standard output.
// export contacts [--center CR-XX] --out FILE.csv: the monitoring contacts of the acting user's scope
// as monitoring_contacts.csv rows (importable again).
#include "cli/Commands.h"
#include "core/CsvWriter.h"
#include "core/platform/Platform.h"
#include "report/CtdcCaseFile.h"
#include "storage/cases/ContactRepository.h"
#include "storage/services/RecordsExport.h"
#include "storage/services/VictimExport.h"

#include <QCoreApplication>

namespace reper::cli {

namespace {

int runCtdc(CliContext& ctx)
{
    const QString usage = CliText::tr("export ctdc --year Y --out FILE.csv [--k N] [--center CR-XX]");
    bool missing = false;
    const auto yearText = ctx.takeValue(QStringLiteral("--year"), &missing);
    const auto kText = ctx.takeValue(QStringLiteral("--k"), &missing);
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const auto out = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing || !out || !ctx.args.isEmpty())
        return ctx.usage(usage);
    bool ok = false;
    const int year = yearText ? yearText->toInt(&ok) : 0;
    if (!ok || year < 1900 || year > 2200)
        return ctx.usage(CliText::tr("export ctdc needs --year YYYY"));
    CtdcRequest request;
    request.year = year;
    request.center = center.value_or(QString());
    request.destination = *out;
    if (kText) {
        request.k = kText->toInt(&ok);
        if (!ok || request.k < 1 || request.k > 1000)
            return ctx.usage(CliText::tr("--k takes a whole number from 1 to 1000"));
    }
    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    auto file = exportCtdc(**store, request);
    if (!file)
        return ctx.fail(file.error());
    if (auto s = writeFileAtomically(*out, file->csv()); !s)
        return ctx.fail(s.error());
    ctx.out() << file->summary();
    ctx.out().flush();
    return Success;
}

int runAll(CliContext& ctx)
{
    const QString usage = CliText::tr("export all --out FOLDER [--center CR-XX] [--year Y] [--with-identity --yes]");
    bool missing = false;
    RecordsExportRequest request;
    request.withIdentity = ctx.takeFlag(QStringLiteral("--with-identity"));
    request.confirmed = ctx.takeFlag(QStringLiteral("--yes"));
    request.center = ctx.takeValue(QStringLiteral("--center"), &missing).value_or(QString());
    const auto yearText = ctx.takeValue(QStringLiteral("--year"), &missing);
    const auto out = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing || !out || !ctx.args.isEmpty())
        return ctx.usage(usage);
    if (yearText) {
        bool ok = false;
        request.year = yearText->toInt(&ok);
        if (!ok || request.year < 1900 || request.year > 2200)
            return ctx.usage(CliText::tr("--year takes a year (YYYY)"));
    }
    if (request.withIdentity && !request.confirmed)
        return ctx.fail(CliText::tr("exporting names, CNPs, addresses and phones needs --yes to confirm it"));
    request.destination = *out;
    if (auto s = RecordsExport::checkFolder(*out); !s) // before anything is read or recorded
        return ctx.fail(s.error());
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto result = RecordsExport(**store).run(request);
    if (!result)
        return ctx.fail(result.error());
    if (auto s = RecordsExport::writeFolder(*result, *out); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("Exported %1 record row(s) of %2 victim(s) to %3%4.")
                     .arg(result->rows())
                     .arg(result->victims)
                     .arg(*out, result->identity ? CliText::tr(", with identity") : QString())
              << Qt::endl;
    return Success;
}

int runContacts(CliContext& ctx)
{
    bool missing = false;
    const QString center = ctx.takeValue(QStringLiteral("--center"), &missing).value_or(QString());
    const auto out = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing || !out || !ctx.args.isEmpty())
        return ctx.usage(CliText::tr("export contacts [--center CR-XX] --out FILE.csv"));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto rows = ContactRepository(**store).exportRows(center);
    if (!rows)
        return ctx.fail(rows.error());
    const auto date = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    QByteArray bytes = CsvWriter::row({QStringLiteral("victim_code"), QStringLiteral("center"), QStringLiteral("date"),
                                       QStringLiteral("kind"), QStringLiteral("with_whom"), QStringLiteral("outcome"),
                                       QStringLiteral("next_date")});
    for (const ContactRow& r : *rows)
        CsvWriter::appendRow(bytes,
                             {r.victimCode, r.contact.center, date(r.contact.date), r.contact.kind, r.contact.withWhom,
                              r.contact.outcome, date(r.contact.nextDate)});
    if (auto s = writeFileAtomically(*out, bytes); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("Exported %1 monitoring contact(s) to %2.").arg(rows->size()).arg(*out) << Qt::endl;
    return Success;
}

} // namespace

int runExport(CliContext& ctx)
{
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("all")) {
        ctx.args.removeFirst();
        return runAll(ctx);
    }
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("ctdc")) {
        ctx.args.removeFirst();
        return runCtdc(ctx);
    }
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("contacts")) {
        ctx.args.removeFirst();
        return runContacts(ctx);
    }
    if (ctx.args.isEmpty() || ctx.args.first() != QLatin1String("victims"))
        return ctx.usage(CliText::tr("export all --out FOLDER [--center CR-XX] [--year Y], "
                                     "export victims [--center CR-XX] [--with-identity --yes] --out FILE.csv, "
                                     "export contacts [--center CR-XX] --out FILE.csv, or "
                                     "export ctdc --year Y --out FILE.csv [--k N]"));
    ctx.args.removeFirst();
    bool missing = false;
    VictimExportRequest request;
    request.withIdentity = ctx.takeFlag(QStringLiteral("--with-identity"));
    request.confirmed = ctx.takeFlag(QStringLiteral("--yes"));
    request.center = ctx.takeValue(QStringLiteral("--center"), &missing).value_or(QString());
    const auto out = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing || !out || !ctx.args.isEmpty())
        return ctx.usage(CliText::tr("export victims [--center CR-XX] [--with-identity --yes] --out FILE.csv"));
    if (request.withIdentity && !request.confirmed)
        return ctx.fail(CliText::tr("exporting names, CNPs, addresses and phones needs --yes to confirm it"));
    request.destination = *out;
    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    auto result = VictimExport(**store).run(request);
    if (!result)
        return ctx.fail(result.error());
    const QByteArray bytes = VictimExport::csv(*result);
    // Written atomically with mode 0600, like the store's own files.
    if (auto s = writeFileAtomically(*out, bytes); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("Exported %1 identification(s) of %2 victim(s) to %3%4.")
                     .arg(result->rows.size())
                     .arg(result->victims)
                     .arg(*out, result->identity ? CliText::tr(", with identity") : QString())
              << Qt::endl;
    return Success;
}

} // namespace reper::cli
