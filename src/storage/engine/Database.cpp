#include "Database.h"

#include "core/CivilDate.h"
#include "core/Logging.h"
#include "core/platform/Platform.h"
#include "storage/engine/StoreFault.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
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

struct Database::Cache
{
    std::unordered_map<const char*, Statement> statements;
};

// --- Statement -------------------------------------------------------------------------------

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_failed(other.m_failed)
    , m_interrupted(other.m_interrupted)
    , m_code(other.m_code)
    , m_errorDetail(std::move(other.m_errorDetail))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_failed = other.m_failed;
        m_interrupted = other.m_interrupted;
        m_code = other.m_code;
        m_errorDetail = std::move(other.m_errorDetail);
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QString& text) { return bind(index, QStringView(text)); }

Statement& Statement::bind(int index, QStringView text)
{
    if (text.isNull() || text.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QDate& date)
{
    if (!date.isValid())
        return bindNull(index);
    return bind(index, CivilDate::format(date));
}

Statement& Statement::bind(int index, const std::optional<qint64>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<int>& value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<bool>& value)
{
    return value ? bind(index, qint64(*value ? 1 : 0)) : bindNull(index);
}

Statement& Statement::bindBlob(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), blob.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int Statement::parameterIndex(const char* name) const { return sqlite3_bind_parameter_index(m_stmt, name); }

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_interrupted = rc == SQLITE_INTERRUPT;
        m_code = rc;
        m_errorDetail = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    }
    return false;
}

Status Statement::exec()
{
    m_failed = false;
    m_interrupted = false;
    while (next()) {
    }
    const bool failed = m_failed;
    const Error err = failed ? error() : Error{};
    reset();
    if (failed)
        return err;
    return Status::success();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
qint64 Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }

QString Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QDate Statement::date(int col) const
{
    if (isNull(col))
        return {};
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!p || sqlite3_column_bytes(m_stmt, col) != 10)
        return {};
    const auto num = [p](int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; ++i)
            v = v * 10 + (p[i] - '0');
        return v;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2));
}

QByteArray Statement::blob(int col) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

std::optional<qint64> Statement::optInt64(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return int64(col);
}

Error Statement::error() const
{
    const char* sql = m_stmt ? sqlite3_sql(m_stmt) : "";
    if (m_interrupted)
        return Database::cancelledError(QString::fromUtf8(sql).left(120));
    return StoreFault::fromSqlite(
        m_code, m_db ? m_db->path() : QString(), Tr::tr("The store could not carry out an operation."),
        m_errorDetail + QStringLiteral(" [") + QString::fromUtf8(sql).left(120) + QStringLiteral("]"));
}

// --- Database --------------------------------------------------------------------------------

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::~Database()
{
    m_cache.reset();
    if (m_db)
        sqlite3_close(m_db);
}

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

    // On plain SQLite, PRAGMA key is ignored without a word: make sure the cipher is there first.
    const auto cipher = db->queryText(QStringLiteral("PRAGMA cipher_version"));
    if (!cipher || cipher->isEmpty())
        return makeError(Tr::tr("This build of Reper has no encryption (SQLCipher is missing); it refuses to run."),
                         QStringLiteral("PRAGMA cipher_version gave no answer"));

    if (applyRawKey(raw, rawKey, false) != SQLITE_OK)
        return makeError(Tr::tr("The store key could not be applied."), db->lastError());
    // SQLCipher 3.4.1 does not remember a non-default page size: it is set again on every open.
    if (auto s = db->exec(QStringLiteral("PRAGMA cipher_page_size = 4096;")); !s)
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

Status Database::rekey(const QByteArray& rawKey)
{
    if (rawKey.size() != 32)
        return makeError(Tr::tr("The store key is malformed."),
                         QStringLiteral("raw key of %1 bytes").arg(rawKey.size()));
    m_cache->statements.clear(); // SQLCipher rewrites every page; no statement may be running
    if (applyRawKey(m_db, rawKey, true) != SQLITE_OK)
        return makeError(Tr::tr("The store could not be encrypted with its new key."), lastError());
    // The connection now reads with the new key; prove it on a page.
    if (!queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return makeError(Tr::tr("The store could not be encrypted with its new key."), lastError());
    return Status::success();
}

void Database::setBusyTimeout(int ms) { sqlite3_busy_timeout(m_db, ms); }

bool Database::lastWasBusy() const { return (sqlite3_extended_errcode(m_db) & 0xff) == SQLITE_BUSY; }

Status Database::exec(const QString& sql)
{
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
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), utf8.size(), &stmt, nullptr) != SQLITE_OK)
        return StoreFault::fromSqlite(sqlite3_errcode(m_db), m_path, Tr::tr("The store could not prepare a query."),
                                      lastError() + QStringLiteral(": ") + sql.left(200));
    return Statement(stmt, this);
}

Statement* Database::cached(const char* sql)
{
    auto it = m_cache->statements.find(sql);
    if (it == m_cache->statements.end()) {
        auto prepared = prepare(QString::fromUtf8(sql));
        if (!prepared) {
            Logging::logger("storage")->error("prepare failed: {}", prepared.error().detail.toStdString());
            return nullptr;
        }
        it = m_cache->statements.emplace(sql, std::move(prepared.value())).first;
    } else {
        it->second.reset();
    }
    it->second.m_failed = false;
    it->second.m_interrupted = false;
    return &it->second;
}

Result<bool> Database::hasRow(const char* sql, const QString& value)
{
    Statement* st = cached(sql);
    if (!st)
        return makeError(Tr::tr("The store could not carry out an operation."), QString::fromUtf8(sql));
    st->bind(1, value);
    const bool found = st->next();
    if (st->failed())
        return st->error();
    st->reset();
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
    sqlite3_progress_handler(m_db.handle(), 1000, &QueryInterrupt::check, this);
}

QueryInterrupt::~QueryInterrupt() { sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr); }

int QueryInterrupt::check(void* self)
{
    auto* me = static_cast<QueryInterrupt*>(self);
    if (!me->m_interrupted && me->m_stop && me->m_stop())
        me->m_interrupted = true;
    return me->m_interrupted ? 1 : 0;
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
QString Database::lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

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
    const auto v = queryInt(QStringLiteral("PRAGMA user_version"));
    return v ? int(*v) : -1;
}

} // namespace reper
