#include "PgCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QThread>
#include <libpq-fe.h>
#include <stdexcept>

namespace reper::test {

namespace {

QString binary(const char* name) { return QDir(QStringLiteral(REPER_PG_BINDIR)).filePath(QString::fromLatin1(name)); }

[[noreturn]] void fail(const QString& why)
{
    throw std::runtime_error((QStringLiteral("The test PostgreSQL server cannot be started: ") + why).toStdString());
}

// Runs a program to its end; its output when it fails.
QString run(const QStringList& command, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    if (!p.waitForStarted(10000))
        return command.first() + QStringLiteral(": ") + p.errorString();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return command.join(QLatin1Char(' ')) + QStringLiteral(": no end after %1 s").arg(timeoutMs / 1000);
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return command.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAll());
    return {};
}

bool runningAsRoot()
{
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-u")});
    id.waitForFinished(5000);
    return id.readAll().trimmed() == "0";
}

QString currentUid()
{
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-u")});
    id.waitForFinished(5000);
    return QString::fromLatin1(id.readAll().trimmed());
}

// Clusters left by test processes that crashed (their postmaster died with them).
void removeStaleClusters(const QString& tempDir)
{
    const QStringList names
        = QDir(tempDir).entryList({QStringLiteral("reper-pg-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : names) {
        const QString pid = name.section(QLatin1Char('-'), 2, 2);
        if (!pid.isEmpty() && !QFileInfo::exists(QStringLiteral("/proc/") + pid))
            QDir(QDir(tempDir).filePath(name)).removeRecursively();
    }
}

} // namespace

PgCluster& PgCluster::instance()
{
    static std::unique_ptr<PgCluster> cluster;
    if (!cluster) {
        std::unique_ptr<PgCluster> fresh(new PgCluster);
        fresh->start();
        cluster = std::move(fresh);
    }
    return *cluster;
}

QStringList PgCluster::asServerUser(const QString& program, const QStringList& args) const
{
    // PostgreSQL refuses to run as root: as root, everything of the cluster is the postgres user's.
    QStringList command{QStringLiteral("setpriv")};
    if (m_root)
        command << QStringLiteral("--reuid=postgres") << QStringLiteral("--regid=postgres")
                << QStringLiteral("--init-groups");
    command << QStringLiteral("--") << program << args;
    return command;
}

void PgCluster::start()
{
    m_root = runningAsRoot();
    if (!QFileInfo::exists(binary("initdb")))
        fail(QStringLiteral("%1 is missing (apt-get install postgresql-15)").arg(binary("initdb")));
    // As root the folders must be reachable by the postgres user: the system's /tmp, not a private TMPDIR.
    const QString tempDir = m_root ? QStringLiteral("/tmp") : QDir::tempPath();
    removeStaleClusters(tempDir);
    const QString templateDir = QDir(tempDir).filePath(QStringLiteral("reper-pg15-template-v2-") + currentUid());
    {
        QLockFile lock(templateDir + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(180000))
            fail(QStringLiteral("another test holds %1.lock for more than 3 minutes").arg(templateDir));
        if (!QFileInfo::exists(templateDir + QStringLiteral("/PG_VERSION"))) {
            const QString building = templateDir + QStringLiteral(".building");
            const QString pwfile = templateDir + QStringLiteral(".pw");
            if (QFileInfo::exists(building)
                && !run(asServerUser(QStringLiteral("rm"), {QStringLiteral("-rf"), building})).isEmpty())
                fail(QStringLiteral("cannot remove %1").arg(building));
            QFile pw(pwfile);
            if (!pw.open(QIODevice::WriteOnly | QIODevice::Truncate) || pw.write(superPassword().toUtf8()) < 0)
                fail(QStringLiteral("cannot write %1").arg(pwfile));
            pw.close();
            pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                              | QFileDevice::ReadGroup);
            const QString why = run(asServerUser(binary("initdb"),
                                                 {QStringLiteral("-D"), building, QStringLiteral("-U"), superUser(),
                                                  QStringLiteral("--pwfile=") + pwfile, QStringLiteral("-A"),
                                                  QStringLiteral("scram-sha-256"), QStringLiteral("-E"),
                                                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                                  QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")}));
            QFile::remove(pwfile);
            if (!why.isEmpty())
                fail(why);
            // TLS: a test authority, the server's certificate for "localhost" only (so 127.0.0.1 does
            // not match its name), and a second authority that signed nothing of this server's.
            const QString tls
                = QStringLiteral(
                      "set -e; cd '%1';"
                      "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 "
                      "  -subj /CN=Reper-Test-CA -keyout ca.key -out ca.crt 2>/dev/null;"
                      "openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=localhost "
                      "  -keyout server.key -out server.csr 2>/dev/null;"
                      "printf 'subjectAltName=DNS:localhost\n' > server.ext;"
                      "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 "
                      "  -extfile server.ext -out server.crt 2>/dev/null;"
                      "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 "
                      "  -subj /CN=Other-CA -keyout other-ca.key -out other-ca.crt 2>/dev/null;"
                      "chmod 600 server.key ca.key other-ca.key; chmod 644 ca.crt other-ca.crt")
                      .arg(building);
            if (const QString failed = run(asServerUser(QStringLiteral("sh"), {QStringLiteral("-c"), tls}));
                !failed.isEmpty())
                fail(failed);
            if (!QDir().rename(building, templateDir))
                fail(QStringLiteral("cannot rename %1").arg(building));
        }
    }
    m_dir = QDir(tempDir).filePath(QStringLiteral("reper-pg-%1-%2")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(QRandomGenerator::global()->generate() % 1000000));
    if (const QString why = run(asServerUser(QStringLiteral("cp"), {QStringLiteral("-a"), templateDir, m_dir}));
        !why.isEmpty())
        fail(why);
    for (int attempt = 0; attempt < 8; ++attempt) {
        m_port = 20000 + int(QRandomGenerator::global()->bounded(40000));
        launch();
        if (isRunning())
            return;
    }
    fail(QStringLiteral("the postmaster did not start; its log: ")
         + QFile(m_dir + QStringLiteral("/server.log")).fileName());
}

void PgCluster::launch()
{
    m_postmaster = std::make_unique<QProcess>();
    m_postmaster->setProcessChannelMode(QProcess::MergedChannels);
    m_postmaster->setStandardOutputFile(m_dir + QStringLiteral("/server.log"), QIODevice::Append);
    // setpriv --pdeathsig: the postmaster dies with this process, however this process ends.
    // synchronous_commit=off: Reper raises it to on in its own sessions (PgConnection::connect), which
    // the kill tests depend on; the owner's sessions of the tests stay fast.
    QStringList command
        = asServerUser(binary("postgres"), {QStringLiteral("-D"), m_dir,
                                            QStringLiteral("-p"), QString::number(m_port),
                                            QStringLiteral("-k"), m_dir,
                                            QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                                            QStringLiteral("-c"), QStringLiteral("fsync=off"),
                                            QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"),
                                            QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                                            QStringLiteral("-c"), QStringLiteral("max_connections=60"),
                                            QStringLiteral("-c"), QStringLiteral("shared_buffers=32MB"),
                                            QStringLiteral("-c"), QStringLiteral("logging_collector=off"),
                                            QStringLiteral("-c"), QStringLiteral("ssl=on"),
                                            QStringLiteral("-c"), QStringLiteral("ssl_cert_file=server.crt"),
                                            QStringLiteral("-c"), QStringLiteral("ssl_key_file=server.key")});
    command.insert(1, QStringLiteral("--pdeathsig=KILL"));
    m_postmaster->start(command.first(), command.mid(1));
    if (!m_postmaster->waitForStarted(10000))
        fail(QStringLiteral("setpriv: ") + m_postmaster->errorString());
    const QByteArray ping
        = QStringLiteral("host=%1 port=%2 dbname=postgres connect_timeout=2").arg(m_dir).arg(m_port).toUtf8();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        if (m_postmaster->state() == QProcess::NotRunning)
            return; // did not start (port taken, or the shared memory of a killed one still held): the caller retries
        if (PQping(ping.constData()) == PQPING_OK)
            return;
        QThread::msleep(50);
    }
    m_postmaster->kill();
    m_postmaster->waitForFinished(5000);
}

bool PgCluster::isRunning() const { return m_postmaster && m_postmaster->state() == QProcess::Running; }

void PgCluster::kill()
{
    if (!isRunning())
        return;
    // An immediate shutdown (SIGQUIT): every backend tells its client the server is going away and
    // ends at once, and the postmaster leaves no shared memory behind. A SIGKILL of the postmaster
    // alone left its backends to notice on their own, holding the shared memory, and on a busy
    // CI machine the postmaster started again after it refused for more than 30 seconds.
    (void)run(asServerUser(binary("pg_ctl"),
                           {QStringLiteral("stop"), QStringLiteral("-D"), m_dir, QStringLiteral("-m"),
                            QStringLiteral("immediate"), QStringLiteral("-w")}),
              30000);
    if (!m_postmaster->waitForFinished(30000)) {
        m_postmaster->kill();
        m_postmaster->waitForFinished(10000);
    }
}

void PgCluster::restart()
{
    kill();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 90000) { // the stopped server's backends leave within a moment
        launch();
        if (isRunning())
            return;
        QThread::msleep(200);
    }
    fail(QStringLiteral("the postmaster did not start again after it was killed"));
}

PgCluster::~PgCluster()
{
    if (isRunning()) {
        (void)run(asServerUser(binary("pg_ctl"),
                               {QStringLiteral("stop"), QStringLiteral("-D"), m_dir, QStringLiteral("-m"),
                                QStringLiteral("immediate"), QStringLiteral("-w")}),
                  30000);
        m_postmaster->waitForFinished(10000);
    }
    // REPER_TEST_PG_LOG=FILE keeps the server's log (its errors name the statements a client sent).
    if (const QString keep = qEnvironmentVariable("REPER_TEST_PG_LOG"); !keep.isEmpty() && !m_dir.isEmpty()) {
        QFile log(m_dir + QStringLiteral("/server.log"));
        QFile into(keep);
        if (log.open(QIODevice::ReadOnly) && into.open(QIODevice::Append))
            into.write(log.readAll());
    }
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
}

QString PgCluster::url(const QString& database, const QString& user) const
{
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://") + who + QStringLiteral("127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PgCluster::ownerUrl(const QString& database) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
        .arg(superUser(), superPassword())
        .arg(m_port)
        .arg(database);
}

QString PgCluster::certificateAuthority() const { return m_dir + QStringLiteral("/ca.crt"); }

QString PgCluster::otherCertificateAuthority() const { return m_dir + QStringLiteral("/other-ca.crt"); }

QString PgCluster::socketUrl(const QString& database, const QString& user) const
{
    return QStringLiteral("postgresql://%1/%2?host=%3&port=%4")
        .arg(user.isEmpty() ? QString() : user + QLatin1Char('@'), database, m_dir)
        .arg(m_port);
}

std::unique_ptr<PgConnection> PgCluster::connect(const QString& database, const QString& user,
                                                 const QString& password) const
{
    auto parsed = PgUrl::parse(url(database, user.isEmpty() ? superUser() : user));
    if (!parsed)
        throw std::runtime_error(parsed.error().detail.toStdString());
    PgConnection::Options options;
    options.password = user.isEmpty() ? superPassword() : password;
    options.connectTimeoutSeconds = 10;
    auto conn = PgConnection::connect(*parsed, options);
    if (!conn)
        throw std::runtime_error((conn.error().message + QStringLiteral(" / ") + conn.error().detail).toStdString());
    return std::move(*conn);
}

QString PgCluster::freshDatabase()
{
    auto admin = connect(QStringLiteral("postgres"));
    for (const QString& db : std::as_const(m_databases)) {
        if (auto s
            = admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(admin->quoteIdentifier(db)));
            !s)
            throw std::runtime_error(s.error().detail.toStdString());
    }
    m_databases.clear();
    auto roles = admin->query(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' "
                                             "AND rolname <> current_user ORDER BY oid DESC"));
    if (!roles)
        throw std::runtime_error(roles.error().detail.toStdString());
    for (int r = 0; r < roles->rows(); ++r) {
        if (auto s = admin->exec(QStringLiteral("DROP ROLE %1").arg(admin->quoteIdentifier(roles->text(r, 0)))); !s)
            throw std::runtime_error(s.error().detail.toStdString());
    }
    const QString name = QStringLiteral("reper_test_%1").arg(++m_next);
    if (auto s = admin->exec(QStringLiteral("CREATE DATABASE %1").arg(name)); !s)
        throw std::runtime_error(s.error().detail.toStdString());
    m_databases << name;
    return name;
}

} // namespace reper::test
