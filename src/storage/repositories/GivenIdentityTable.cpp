#include "GivenIdentityTable.h"

#include "storage/engine/Database.h"

namespace reper {

namespace {

constexpr auto kTable = "import_given_identity";
constexpr int kCodesPerStatement = 5000; // close() empties the table in steps of this many codes

// code, created, then the hash and the line of each identity column: h0 … h5, l0 … l5.
QStringList columns()
{
    QStringList out{QStringLiteral("code"), QStringLiteral("created")};
    for (int k = 0; k < GivenIdentity::kColumns; ++k)
        out << QStringLiteral("h%1").arg(k);
    for (int k = 0; k < GivenIdentity::kColumns; ++k)
        out << QStringLiteral("l%1").arg(k);
    return out;
}

// The key of m_codes: not qHash's per-process seed, so that a run is the same as the next.
quint64 codeKey(const QString& code) { return qHash(code, size_t(0xC0DE5EEDu)); }

} // namespace

GivenIdentityTable::GivenIdentityTable(Database& db)
    : m_db(db)
    , m_select(QStringLiteral("SELECT %1 FROM %2 WHERE code = ?")
                   .arg(columns().mid(1).join(QStringLiteral(", ")), QLatin1String(kTable)))
    , m_write(db.dialect().insertOrReplace(QLatin1String(kTable), columns(), {QStringLiteral("code")}))
{
}

Status GivenIdentityTable::open()
{
    m_codes.clear();
    QStringList definition{QStringLiteral("code TEXT PRIMARY KEY"), QStringLiteral("created INTEGER NOT NULL")};
    for (const QString& c : columns().mid(2))
        definition << c + QStringLiteral(" BIGINT NOT NULL"); // a hash is 64 bits: the server's INTEGER has 32
    if (auto s = m_db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(kTable))); !s)
        return s;
    return m_db.exec(m_db.dialect().createWorkingTable(
        QStringLiteral("%1(%2)%3")
            .arg(QLatin1String(kTable), definition.join(QStringLiteral(", ")), m_db.dialect().keyedTableSuffix())));
}

Status GivenIdentityTable::close()
{
    m_codes.clear();
    // The local file overwrites what it deletes (secure delete, docs/security.md), and one DROP of
    // the whole table rewrites every page it frees in one statement, whose journal is memory
    // (temp_store = MEMORY): at the end of a twenty-year import that was the import's peak, and it
    // grew with the data (docs/benchmarks.md). Emptied a few thousand codes at a time first, each
    // statement's journal stays small and the DROP frees an empty table. The server has no such
    // rewrite: its temporary table goes in one DROP.
    if (m_db.dialect().engine() == Engine::LocalFile) {
        const QString step = QStringLiteral("DELETE FROM %1 WHERE code IN (SELECT code FROM %1 LIMIT %2)")
                                 .arg(QLatin1String(kTable))
                                 .arg(kCodesPerStatement);
        do {
            if (auto s = m_db.exec(step); !s)
                return s;
        } while (m_db.changes() > 0);
    }
    return m_db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(kTable)));
}

Result<std::optional<GivenIdentity>> GivenIdentityTable::find(const QString& code)
{
    if (!m_codes.contains(codeKey(code)))
        return std::optional<GivenIdentity>();
    auto st = m_db.cached(m_select);
    if (!st)
        return st.error();
    (*st)->bind(1, code);
    if (!(*st)->next())
        return (*st)->failed() ? Result<std::optional<GivenIdentity>>((*st)->error())
                               : Result<std::optional<GivenIdentity>>(std::optional<GivenIdentity>());
    GivenIdentity given;
    given.created = (*st)->int64(0) != 0;
    for (int k = 0; k < GivenIdentity::kColumns; ++k) {
        given.hash[size_t(k)] = quint64((*st)->int64(1 + k));
        given.line[size_t(k)] = int((*st)->int64(1 + GivenIdentity::kColumns + k));
    }
    return std::optional<GivenIdentity>(given);
}

Status GivenIdentityTable::put(const QString& code, const GivenIdentity& given)
{
    auto st = m_db.cached(m_write);
    if (!st)
        return st.error();
    (*st)->bind(1, code).bind(2, qint64(given.created ? 1 : 0));
    for (int k = 0; k < GivenIdentity::kColumns; ++k) {
        (*st)->bind(3 + k, qint64(given.hash[size_t(k)]));
        (*st)->bind(3 + GivenIdentity::kColumns + k, qint64(given.line[size_t(k)]));
    }
    if (auto s = (*st)->exec(); !s)
        return s;
    m_codes.insert(codeKey(code));
    return {};
}

} // namespace reper
