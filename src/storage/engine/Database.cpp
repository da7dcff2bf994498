#include "Database.h"

#include "core/CivilDate.h"
#include "core/Logging.h"
#include "core/platform/Platform.h"
#include "storage/engine/StoreFault.h"
#include "storage/engine/postgres/PgConnection.h"
#include "storage/engine/postgres/PgStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstring>
#include <sodium.h>
#include <sqlite3.h>
#include <unordered_map>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Database").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// SQLCipher takes a raw key (no password KDF) as the text x'<64 hex digits>'. The text is built in
// libsodium's guarded memory, handed to sqlite3_key/sqlite3_rekey (no SQL statement holds it, so
// SQLite's parser never copies it) and wiped when freed.
int applyRawKey(sqlite3* db, const QByteArray& rawKey, bool rekey)
{
    constexpr size_t kHexSize = 3 + 64 + 1 + 1; // x' … ' and the terminating zero
    if (sodium_init() < 0) // sodium_malloc needs it (a store opened before any other key work)
        return SQLITE_NOMEM;
    auto* text = static_cast<char*>(sodium_malloc(kHexSize));
    if (!text)
        return SQLITE_NOMEM;
    text[0] = 'x';
    text[1] = '\'';
    sodium_bin2hex(text + 2, 64 + 1, reinterpret_cast<const unsigned char*>(rawKey.constData()), size_t(rawKey.size()));
    text[66] = '\'';
    text[67] = '\0';
    const int rc = rekey ? sqlite3_rekey(db, text, 67) : sqlite3_key(db, text, 67);
    sodium_free(text);
    return rc;
}

// The smallest page SQLite writes: any store file (4096-byte pages today) is a whole number of them.
constexpr qint64 kPageSize = 512;

} // namespace

struct ByteArrayHash
{
    size_t operator()(const QByteArray& text) const { return qHash(text); }
};

struct Database::Cache
{
    // Keyed on the SQL text, so two copies of the same literal (or a statement the dialect built)
    // share one prepared statement.
    std::unordered_map<QByteArray, Statement, ByteArrayHash> statements;
};

// --- Database --------------------------------------------------------------------------------

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::Database(std::unique_ptr<PgConnection> connection)
    : m_pg(std::move(connection))
    , m_dialect(&SqlDialect::server())
    , m_path(m_pg->url().text())
    , m_cache(std::make_unique<Cache>())
{
}

std::unique_ptr<Database> Database::onServer(std::unique_ptr<PgConnection> connection)
{
    return std::unique_ptr<Database>(new Database(std::move(connection)));
}

Database::~Database()
{
    m_cache.reset();
    // close_v2: a statement still alive (a Statement that outlives its Database) makes the connection
    // wait for it and close with its finalize; sqlite3_close would refuse (SQLITE_BUSY) and the
    // connection, its page cache and its file handle would never be freed (found by the ASan stage).
    if (m_db)
        sqlite3_close_v2(m_db);
}

namespace {

// The key on a new connection: first that the cipher is there (on plain SQLite, PRAGMA key is
// ignored without a word), then the key, then the page size (SQLCipher 3.4.1 does not remember a
// non-default one: it is set again on every open).
Status applyKey(Database& db, sqlite3* raw, const QByteArray& rawKey)
{
    const auto cipher = db.queryText(QStringLiteral("PRAGMA cipher_version"));
    if (!cipher || cipher->isEmpty())
        return makeError(Tr::tr("This build of Reper has no encryption (SQLCipher is missing); it refuses to run."),
                         QStringLiteral("PRAGMA cipher_version gave no answer"));
    if (applyRawKey(raw, rawKey, false) != SQLITE_OK)
        return makeError(Tr::tr("The store key could not be applied."), db.lastError());
    return db.exec(QStringLiteral("PRAGMA cipher_page_size = 4096;"));
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QByteArray& rawKey, bool create)
{
    if (rawKey.size() != 32)
        return makeError(Tr::tr("The store key is malformed."),
                         QStringLiteral("raw key of %1 bytes").arg(rawKey.size()));
    if (!create && !QFileInfo::exists(path))
        return makeError(Tr::tr("There is no store at %1.").arg(path));
    // Only a new store is created: an existing file that cannot be a store (empty, not a whole number
    // of pages, a folder) is refused before SQLite could write a header or a WAL into it.
    if (!create) {
        const QFileInfo info(path);
        if (!info.isFile() || info.size() == 0 || info.size() % kPageSize != 0)
            return StoreFault::notAStore(path, QStringLiteral("size %1").arg(info.size()));
    }
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return makeError(Tr::tr("The store at %1 could not be opened.").arg(path), db->lastError());
    // Only the owner reads a store (its -wal and -shm files take the same mode from SQLite).
    if (create)
        platform::restrictToOwner(path);
    db->m_cache = std::make_unique<Cache>();

    if (auto s = applyKey(*db, raw, rawKey); !s)
        return s.error();
    if (!db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        // Page 1 does not decrypt: a wrong key, or damage (the caller knows whether its key was proven).
        // A full disk or a failed read is said as such.
        const int code = sqlite3_errcode(raw) & 0xff;
        const QString refused = Tr::tr("The key does not open this store, or the file is not a Reper store.");
        if (code != SQLITE_NOTADB && code != SQLITE_CORRUPT && code != SQLITE_ERROR)
            return StoreFault::fromSqlite(code, path, refused, db->lastError());
        Error e = makeError(refused, db->lastError());
        e.fault = Fault::KeyRefused;
        return e;
    }
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    const auto settings = db->exec(QStringLiteral("PRAGMA journal_mode = WAL;"
                                                  "PRAGMA synchronous = FULL;"
                                                  "PRAGMA foreign_keys = ON;"
                                                  "PRAGMA cache_size = -16384;"
                                                  "PRAGMA temp_store = MEMORY;"));
    if (!settings)
        return settings.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path, const QByteArray& rawKey)
{
    if (rawKey.size() != 32)
        return makeError(Tr::tr("The store key is malformed."),
                         QStringLiteral("raw key of %1 bytes").arg(rawKey.size()));
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0 || info.size() % kPageSize != 0)
        return info.exists() ? StoreFault::notAStore(path, QStringLiteral("size %1").arg(info.size()))
                             : makeError(Tr::tr("There is no store at %1.").arg(path));
    sqlite3* raw = nullptr;
    const int rc
        = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return makeError(Tr::tr("The store at %1 could not be opened.").arg(path), db->lastError());
    db->m_cache = std::make_unique<Cache>();
    if (auto s = applyKey(*db, raw, rawKey); !s)
        return s.error();
    if (!db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return StoreFault::damagedOrForeignStore(path, db->lastError());
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    return db;
}

Status Database::rekey(const QByteArray& rawKey)
{
    if (rawKey.size() != 32)
        return makeError(Tr::tr("The store key is malformed."),
                         QStringLiteral("raw key of %1 bytes").arg(rawKey.size()));
    if (m_pg)
        return makeError(Tr::tr("The store could not be encrypted with its new key."),
                         QStringLiteral("rekey is for the local file"));
    m_cache->statements.clear(); // SQLCipher rewrites every page; no statement may be running
    if (applyRawKey(m_db, rawKey, true) != SQLITE_OK)
        return makeError(Tr::tr("The store could not be encrypted with its new key."), lastError());
    // The connection now reads with the new key; prove it on a page.
    if (!queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return makeError(Tr::tr("The store could not be encrypted with its new key."), lastError());
    return Status::success();
}

void Database::setBusyTimeout(int ms)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, ms);
}

bool Database::lastWasBusy() const { return m_db && (sqlite3_extended_errcode(m_db) & 0xff) == SQLITE_BUSY; }

bool Database::inTransaction() const { return m_db ? sqlite3_get_autocommit(m_db) == 0 : m_pg->inTransaction(); }

Status Database::exec(const QString& sql)
{
    if (m_pg) {
        m_serverChanges = 0;
        m_serverReturnedId.reset();
        Status s = m_pg->exec(sql);
        m_serverError = s ? QString() : s.error().detail;
        return s;
    }
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString detail = err ? QString::fromUtf8(err) : lastError();
        sqlite3_free(err);
        if (rc == SQLITE_INTERRUPT)
            return cancelledError(detail);
        return StoreFault::fromSqlite(rc, m_path, Tr::tr("The store could not carry out an operation."), detail);
    }
    return Status::success();
}

Result<Statement> Database::prepare(const QString& sql)
{
    if (m_pg) // checked by the server when it runs
        return serverStatement(sql, false);
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), utf8.size(), &stmt, nullptr) != SQLITE_OK)
        return StoreFault::fromSqlite(sqlite3_errcode(m_db), m_path, Tr::tr("The store could not prepare a query."),
                                      lastError() + QStringLiteral(": ") + sql.left(200));
    return Statement(stmt, this);
}

Result<CachedStatement> Database::cached(const char* sql)
{
    // The literal's bytes are looked up in place; only a statement seen for the first time copies them.
    return cachedUtf8(QByteArray::fromRawData(sql, qsizetype(std::strlen(sql))));
}

Result<CachedStatement> Database::cached(const QString& sql) { return cachedUtf8(sql.toUtf8()); }

Status Database::runTogether(const QList<Statement*>& statements)
{
    if (!m_pg)
        return Status::success();
    QList<PgStatement*> waiting;
    QList<PgQuery> queries;
    for (Statement* st : statements) {
        if (st && st->m_pg && !st->m_pg->ran()) {
            waiting.append(st->m_pg.get());
            queries.append(st->m_pg->query());
        }
    }
    if (queries.size() < 2)
        return Status::success(); // one alone runs as it always did
    auto answers = m_pg->pipeline(queries);
    Status first = Status::success();
    for (qsizetype i = 0; i < waiting.size(); ++i) {
        if (!answers[size_t(i)] && first)
            first = answers[size_t(i)].error();
        waiting[i]->take(std::move(answers[size_t(i)]));
    }
    return first;
}

Statement Database::serverStatement(const QString& sql, bool reused)
{
    Statement st(std::make_unique<PgStatement>(*m_pg, sql, reused), this);
    // "INSERT INTO table(…": the table whose identity sequence gives lastInsertId().
    static const QRegularExpression insert(QStringLiteral("^\\s*INSERT\\s+INTO\\s+(\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = insert.match(sql); m.hasMatch())
        st.m_insertTable = m.captured(1);
    return st;
}

Result<CachedStatement> Database::cachedUtf8(const QByteArray& sql)
{
    auto it = m_cache->statements.find(sql);
    if (it == m_cache->statements.end()) {
        const QString text = QString::fromUtf8(sql);
        Result<Statement> prepared = m_pg ? Result<Statement>(serverStatement(text, true)) : prepare(text);
        if (!prepared) {
            Logging::logger("storage")->error("prepare failed: {}", prepared.error().detail.toStdString());
            return prepared.error();
        }
        // A deep copy of the key: the caller's bytes may be a raw view of its literal.
        it = m_cache->statements.emplace(QByteArray(sql.constData(), sql.size()), std::move(prepared.value())).first;
    }
    it->second.m_failed = false;
    it->second.m_interrupted = false;
    return CachedStatement(it->second);
}

namespace {

// A QString as text, anything else as an integer, from the first parameter on.
void bindInOrder(Statement& st, std::initializer_list<QVariant> values)
{
    int i = 1;
    for (const QVariant& v : values) {
        if (v.typeId() == QMetaType::QString)
            st.bind(i++, v.toString());
        else
            st.bind(i++, v.toLongLong());
    }
}

} // namespace

Status Database::execWith(const QString& sql, std::initializer_list<QVariant> values)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    bindInOrder(*st, values);
    return st->exec();
}

Result<bool> Database::hasRow(const char* sql, std::initializer_list<QVariant> values)
{
    auto st = cached(sql);
    if (!st)
        return st.error();
    bindInOrder(**st, values);
    const bool found = (*st)->next();
    if ((*st)->failed())
        return (*st)->error();
    return found;
}

Error Database::cancelledError(const QString& detail)
{
    Error e = makeError(Tr::tr("The work was cancelled."), detail);
    e.cancelled = true;
    return e;
}

// --- QueryInterrupt ----------------------------------------------------------------------------

QueryInterrupt::QueryInterrupt(Database& db, std::function<bool()> stop)
    : m_db(db)
    , m_stop(std::move(stop))
{
    // About every 1,000 virtual machine instructions: often enough to stop within a blink, rare
    // enough to cost nothing measurable.
    if (m_db.handle())
        sqlite3_progress_handler(m_db.handle(), 1000, &QueryInterrupt::check, this);
}

QueryInterrupt::~QueryInterrupt()
{
    if (m_db.handle())
        sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

int QueryInterrupt::check(void* self)
{
    auto* me = static_cast<QueryInterrupt*>(self);
    if (!me->m_interrupted && me->m_stop && me->m_stop())
        me->m_interrupted = true;
    return me->m_interrupted ? 1 : 0;
}

qint64 Database::lastInsertId() const
{
    if (m_db)
        return sqlite3_last_insert_rowid(m_db);
    if (m_serverReturnedId)
        return *m_serverReturnedId;
    if (m_serverInsertTable.isEmpty())
        return 0;
    const auto id = m_pg->query(m_dialect->lastInsertIdQuery(), {PgConnection::text(m_serverInsertTable)});
    return id && id->rows() == 1 ? id->int64(0, 0) : 0;
}

int Database::changes() const { return m_db ? sqlite3_changes(m_db) : int(m_serverChanges); }

QString Database::lastError() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_serverError; }

Result<qint64> Database::queryInt(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!stmt->next()) {
        if (stmt->failed())
            return stmt->error();
        return qint64(0);
    }
    return stmt->int64(0);
}

Result<QString> Database::queryText(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!stmt->next()) {
        if (stmt->failed())
            return stmt->error();
        return QString();
    }
    return stmt->text(0);
}

int Database::userVersion()
{
    const auto v = queryInt(m_dialect->schemaVersionQuery());
    return v ? int(*v) : -1;
}

} // namespace reper
