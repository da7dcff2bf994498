// reper-cli: what the window does, headless, for coordinators' scripts and for tests
// (interchange.md §2). A thin main over the libraries.
#include "cli/Commands.h"
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "core/Version.h"
#include "core/platform/Platform.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace reper::cli;

namespace {

// Only the reports drawn with fonts (html, pdf, odt) need the graphical libraries; every other
// command starts with the lighter QCoreApplication.
bool needsGui(int argc, char** argv)
{
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        report = report || a == "report";
        QByteArray format;
        if (a == "--format" && i + 1 < argc)
            format = argv[i + 1];
        else if (a.startsWith("--format="))
            format = a.mid(9);
        if (report && (format == "html" || format == "pdf" || format == "odt"))
            return true;
    }
    return false;
}

// Qt's own warnings (an offscreen platform without XDG_RUNTIME_DIR, a missing font) go to the log
// file, never to the terminal: the command line speaks only in its own one-line reasons.
void qtMessageToLog(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "reper-cli: %s\n", qPrintable(message));
        std::abort();
    }
    if (type == QtWarningMsg || type == QtCriticalMsg)
        reper::Logging::logger("cli")->warn("Qt: {}", message.toStdString());
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    if (!needsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Headless: no display, no platform asked for, so draw offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

const char* kHelp = R"(Usage: reper-cli [--store PATH|URL] [--user NAME] COMMAND [ARGS]
       reper-cli --help | --version
The command line of Reper: the encrypted store, imports, the bilanț and the audit trail

Reper keeps the case records and the prevention and cooperation work of the regional centres of
the National Agency against Trafficking in Persons in one encrypted file, and computes the annual
bilanț from them. reper-cli does what the window (reper) does, without it: for coordinators'
scripts, for the import of a centre's spreadsheets, and for tests.

Options:
  --store PATH|URL               the store: a .reper file, or a server's address
                                 postgresql://HOST[:PORT]/DB[?sslmode=…] (docs/server.md); else
                                 $REPER_STORE, else the default data location
  --insecure                     allow a server address without TLS verification to a remote host
  --user NAME                    who acts; else $REPER_USER, else the only user of the store
  -h, --help                     this text
  --version                      the program's version

Commands:
  init --admin NAME              create a new encrypted store; prints its recovery key once
                                 (on a server: the schema, its roles and the first administrator,
                                 as the database's owner — the address's user or $PGUSER)
  import FOLDER [--dry-run]      import the CSV files of a folder (all or nothing)
  report bilant --year Y [--center CR-XX] [--format txt|json|html|pdf|odt|csv|xlsx]
                [--edition internal|public|revised] [--threshold N] [--current]
                [--template FILE] [--out FILE]
                                 the bilanț of a year, national or for one centre; a closed
                                 year from its frozen figures unless --current
  report international --year Y [--center CR-XX] [--format txt|json|html|pdf|odt|csv|xlsx]
                [--edition internal|public] [--threshold N] [--out FILE]
                                 the tables owed to Eurostat, GRETA and SDG 16.2.2, each total
                                 a bilanț figure
  report caseload --from DATE --to DATE [--center CR-XX] [--today DATE]
                [--format pdf|xlsx|csv|txt] [--out FILE]
                                 coordinators: open cases per case worker, overdue deadlines,
                                 cases opened and closed, days to the first contact, follow-ups
  report explain --year Y --figure KEY [--cell DIM=CODE,...] [--center CR-XX] [--format txt|csv]
                                 the records behind one figure, or behind a cell of a table of
                                 report international (codes and ids, never identity)
  close --year Y [--center CR-XX] [--force] [--reclose] [--dry-run]
                                 check the year's data, then freeze its figures
  duplicates [--center CR-XX] [--format txt|csv]
                                 pairs of victims of your scope who may be one person (the same
                                 CNP, or names, birth, sex and county); codes, never identity
  duplicates merge --keep CODE --absorb CODE
                                 join two victims into one person: the absorbed victim's records
                                 follow the kept one (a coordinator; across centres, national)
  duplicates unmerge CODE        undo the merge that absorbed CODE
  backup --out FILE              a consistent, still encrypted copy (with FILE.keys)
  restore FILE                   replace the store with a backup (the old one is kept beside it)
  verify                         integrity, cipher and key slots
  recover --admin NAME           a new key slot for NAME, from the recovery key (asked for, or
                                 read from standard input; never an argument)
  recover --print-raw-key        the store key in hex for the stock sqlcipher tool (terminal only)
  rekey                          a new store key, sealed to the users who may still open the store
  hand-over-keys                 with the recovery key: each centre's identity key to its staff
  generate --out FOLDER [--years N] [--first-year Y] [--scale F] [--seed S]
                                 deterministic synthetic data as import CSV files
  user add NAME --role operator|coordinator|analyst|administrator [--center CR-XX]
                                 a user with a temporary password (no --center: national)
  user disable NAME [--rekey|--no-rekey] | user enable NAME | user reset NAME | user passwd | user list
                                 the people who use the store
  audit list [--user NAME] [--record CODE] [--action A] [--from DATE] [--to DATE] [--limit N]
                                 the entries of the audit trail, newest first
  audit verify [--against FILE | --head SEQ:HEX] | audit head
                                 the signed, hash-chained audit trail
  export all --out FOLDER [--center CR-XX] [--year Y] [--with-identity --yes]
                                 every record of your scope as the twelve import files (into a
                                 new or empty folder); importing them gives the same bilanț
  export victims [--center CR-XX] [--with-identity --yes] --out FILE.csv
                                 the victims of your scope as victims.csv rows
  export contacts [--center CR-XX] --out FILE.csv
                                 the monitoring contacts of your scope as monitoring_contacts.csv rows
  export ctdc --year Y --out FILE.csv [--k N] [--center CR-XX]
                                 the k-anonymised case file for CTDC (coordinators; k = 11)
  package keygen --out HQ        headquarters' key pair for centre packages: HQ.pub for the
                                 centres, HQ.key sealed with a password
  package export --center CR-XX --to HQ.pub --out FILE
                                 the centre's records for headquarters, sealed to HQ.pub and signed
  package import FILE --key HQ.key [--prefer centre|headquarters]
                                 a centre's package: headquarters' copy of that centre made equal
  migrate --from FILE --to postgresql://… [--from-user NAME]
          [--without-identity]
                                 copy a local store (its records, the victims' identity and
                                 its audit trail) into a server, all or nothing; the file is
                                 not changed; the users the server lacks are listed
  population set --year Y --total N [--female N --male N] [--children N --adults N] --source TEXT
  population list | population remove --year Y
                                 the population of a year, for SDG 16.2.2 (administrators)
  retention run [--years N] [--dry-run] | retention schedule --every-days N [--years N]
                                 erase the identity of victims with no record for N years
  victim show CODE [--identity]  one victim of your scope (identity only when allowed; recorded)
  due [--center CR-XX] [--user NAME] [--days N] [--today DATE] [--format txt|csv|ics] [--out FILE]
                                 the deadlines of the open cases of your scope: overdue, today,
                                 the next N days (7); ics imports into a calendar
  due rules | due rule KIND [--offsets N,N] [--unit day|month] [--lead N] [--notify WHO]
                [--enabled yes|no]
                                 the deadline rules (changed by administrators); WHO is
                                 case_worker or coordinator
  due dismiss KEY --reason REASON [--note TEXT]
                                 set one deadline aside (recorded in the audit trail); REASON
                                 is done_elsewhere, not_applicable, unreachable or other

Environment:
  REPER_STORE                    the store when --store is not given (a path or a server's address)
  PGUSER, PGPASSWORD             init on a server: the database owner who runs it (libpq's own)
  REPER_USER                     the user when --user is not given
  REPER_PASSWORD                 the password; else it is asked on the terminal without echo
  REPER_FROM_PASSWORD            migrate: the password of the file's user; else asked
  REPER_NEW_PASSWORD             a new password (user add, reset, passwd, recover); else asked twice
  REPER_RECOVERY_KEY             the recovery key for recover, when --recovery-key is not given
  REPER_REPORT_TIME              the time a report says it was made (2026-01-15T12:00:00Z)

Files:
  ~/.local/share/reper/reper.store
                                 the default store, with its key file reper.store.keys beside it
  ~/.local/share/reper/logs/reper.log
                                 the log (never a name, CNP, address, phone or note)

On a server (--store postgresql://…) init, import, report (bilant, international, explain), close,
export victims|all|contacts|ctdc, due (the deadlines and the rules), duplicates, victim, population,
every user command, audit verify, head and list, package import and keygen run, and migrate --to
brings a local store in; backup, restore, verify, recover, rekey and hand-over-keys are for a local
file (the server has no store key; pg_dump backs it up); the other commands say they are not
available there yet (exit 2).

Exit status:
  0                              success
  1                              a user error (bad input, wrong password, refused permission)
  2                              bad usage

See also:
  reper(1)                       the window
)";

// What runs on a server so far (docs/server.md): the rest answers that it does not, as bad usage.
bool availableOnServer(const QString& command, const QStringList& args)
{
    const QString sub = args.value(0);
    for (const char* everywhere : {"init", "import", "generate", "user", "report", "close", "duplicates", "victim",
                                   "due", "population", "migrate", "retention"})
        if (command == QLatin1String(everywhere))
            return true;
    if (command == QLatin1String("export"))
        return sub == QLatin1String("victims") || sub == QLatin1String("all") || sub == QLatin1String("contacts")
            || sub == QLatin1String("ctdc");
    if (command == QLatin1String("audit"))
        return sub == QLatin1String("verify") || sub == QLatin1String("head") || sub == QLatin1String("list");
    // Headquarters on a server takes in the packages of centres without a connection; a centre
    // that works on the server needs none of its own.
    if (command == QLatin1String("package"))
        return sub == QLatin1String("import") || sub == QLatin1String("keygen");
    return false;
}

// What only a local file has: the file itself and its store key (decisions V13).
bool onlyForAFile(const QString& command)
{
    for (const char* file : {"backup", "restore", "verify", "recover", "rekey", "hand-over-keys"})
        if (command == QLatin1String(file))
            return true;
    return false;
}

// --help and --version (before the command) are answered at once: no application, no log folder.
bool answeredAtOnce(int argc, char** argv, int* exitCode)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h") {
            std::fputs(kHelp, stdout);
            *exitCode = Success;
            return true;
        }
        if (a == "--version") {
            std::printf("reper-cli %s\n", reper::programVersion());
            *exitCode = Success;
            return true;
        }
        if (a == "--store" || a == "--user")
            ++i;
        else if (!a.startsWith("--"))
            return false; // the command: what follows is its own
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // Keys and names are in this process's memory: no core file, no ptrace by other processes.
    reper::platform::disableCoreDumps();
    if (int exitCode = 0; answeredAtOnce(argc, argv, &exitCode))
        return exitCode;
    // The command line says what went wrong in its own one-line reasons; the log file has the detail
    // (set up first, so that what Qt says while it starts goes there too).
    reper::Logging::setup(reper::AppPaths::logDir(), spdlog::level::off);
    qInstallMessageHandler(qtMessageToLog);
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("reper"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(reper::programVersion()));

    CliContext ctx;
    QStringList args = app.arguments().mid(1);
    QString command;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--store") || a == QLatin1String("--user")) {
            if (args.isEmpty())
                return ctx.usage(QStringLiteral("%1 needs a value").arg(a));
            (a == QLatin1String("--store") ? ctx.storePath : ctx.userName) = args.takeFirst();
            continue;
        }
        if (a == QLatin1String("--insecure")) {
            ctx.insecure = true;
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
    if (ctx.onServer() && onlyForAFile(command)) // V13: the server has no store key and no file
        return ctx.usage(CliText::tr("'%1' is for a local file: a server's data is PostgreSQL's to back up, check and "
                                     "restore (pg_dump, docs/server.md §6), and it has no store key")
                             .arg(command));
    if (ctx.onServer() && !availableOnServer(command, args)) {
        const QString what = (command + QLatin1Char(' ') + args.value(0)).trimmed();
        return ctx.usage(CliText::tr("'%1' is not available on a server yet (docs/server.md)").arg(what));
    }
    if (command == QLatin1String("init"))
        return runInit(ctx);
    if (command == QLatin1String("import"))
        return runImport(ctx);
    if (command == QLatin1String("report"))
        return runReport(ctx);
    if (command == QLatin1String("close"))
        return runClose(ctx);
    if (command == QLatin1String("backup"))
        return runBackup(ctx);
    if (command == QLatin1String("restore"))
        return runRestore(ctx);
    if (command == QLatin1String("verify"))
        return runVerify(ctx);
    if (command == QLatin1String("recover"))
        return runRecover(ctx);
    if (command == QLatin1String("rekey"))
        return runRekey(ctx);
    if (command == QLatin1String("hand-over-keys"))
        return runHandOverKeys(ctx);
    if (command == QLatin1String("generate"))
        return runGenerate(ctx);
    if (command == QLatin1String("user"))
        return runUser(ctx);
    if (command == QLatin1String("audit"))
        return runAudit(ctx);
    if (command == QLatin1String("export"))
        return runExport(ctx);
    if (command == QLatin1String("package"))
        return runPackage(ctx);
    if (command == QLatin1String("retention"))
        return runRetention(ctx);
    if (command == QLatin1String("victim"))
        return runVictim(ctx);
    if (command == QLatin1String("population"))
        return runPopulation(ctx);
    if (command == QLatin1String("due"))
        return runDue(ctx);
    if (command == QLatin1String("duplicates"))
        return runDuplicates(ctx);
    if (command == QLatin1String("migrate"))
        return runMigrate(ctx);
    return ctx.usage(QStringLiteral("unknown command '%1'").arg(command));
}
