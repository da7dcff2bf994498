// export victims [--center CR-XX] [--with-identity --yes] --out FILE.csv: the victims of the acting
// user's scope as victims.csv rows (importable again). Identity only on purpose: see VictimExport.
#include "cli/Commands.h"
#include "core/platform/Platform.h"
#include "storage/services/VictimExport.h"

#include <QCoreApplication>

namespace reper::cli {

int runExport(CliContext& ctx)
{
    if (ctx.args.isEmpty() || ctx.args.first() != QLatin1String("victims"))
        return ctx.usage(CliText::tr("export victims [--center CR-XX] [--with-identity --yes] --out FILE.csv"));
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
    auto store = ctx.openStore();
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
