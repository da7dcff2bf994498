// reper-cli: what the window does, headless, for coordinators' scripts and for tests
// (interchange.md §2). A thin main over the libraries.
#include "AppPaths.h"
#include "Commands.h"
#include "Logging.h"

#include <QCoreApplication>

using namespace reper::cli;

namespace {

const char* kHelp = R"(Usage: reper-cli [--store PATH] [--user NAME] COMMAND [ARGS]

Commands:
  init --admin NAME              create a new encrypted store; prints its recovery key once
  import FOLDER [--dry-run]      import the CSV files of a folder (all or nothing)
  report bilant --year Y [--center CR-XX] [--format txt|json] [--out FILE]
                                 the bilanț of a year, national or for one centre
  backup --out FILE              a consistent, still encrypted copy (with FILE.keys)
  restore FILE                   replace the store with a backup (the old one is kept beside it)
  verify                         integrity, cipher and key slots
  recover --admin NAME [--recovery-key KEY]
                                 a new key slot for NAME, from the recovery key alone
  generate --out FOLDER [--years N] [--first-year Y] [--scale F] [--seed S]
                                 deterministic synthetic data as import CSV files

The store is --store PATH, else $REPER_STORE, else the default data location.
The password is read from $REPER_PASSWORD, else asked on the terminal without echo.
Exit status: 0 success, 1 user error, 2 bad usage.
)";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPER_VERSION));
    // The command line says what went wrong in its own one-line reasons; the log file has the detail.
    reper::Logging::setup(reper::AppPaths::logDir(), spdlog::level::off);

    CliContext ctx;
    QStringList args = app.arguments().mid(1);
    QString command;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            ctx.out() << kHelp;
            return Success;
        }
        if (a == QLatin1String("--version")) {
            ctx.out() << "reper-cli " << REPER_VERSION << Qt::endl;
            return Success;
        }
        if (a == QLatin1String("--store") || a == QLatin1String("--user")) {
            if (args.isEmpty())
                return ctx.usage(QStringLiteral("%1 needs a value").arg(a));
            (a == QLatin1String("--store") ? ctx.storePath : ctx.userName) = args.takeFirst();
            continue;
        }
        if (a.startsWith(QLatin1String("--"))) {
            return ctx.usage(QStringLiteral("unknown option %1").arg(a));
        }
        command = a;
        break;
    }
    ctx.args = args;
    if (command.isEmpty()) {
        ctx.err() << kHelp;
        return Usage;
    }
    if (command == QLatin1String("init"))
        return runInit(ctx);
    if (command == QLatin1String("import"))
        return runImport(ctx);
    if (command == QLatin1String("report"))
        return runReport(ctx);
    if (command == QLatin1String("backup"))
        return runBackup(ctx);
    if (command == QLatin1String("restore"))
        return runRestore(ctx);
    if (command == QLatin1String("verify"))
        return runVerify(ctx);
    if (command == QLatin1String("recover"))
        return runRecover(ctx);
    if (command == QLatin1String("generate"))
        return runGenerate(ctx);
    return ctx.usage(QStringLiteral("unknown command '%1'").arg(command));
}
