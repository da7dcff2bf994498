#pragma once
// A record kind's table and its own columns, declared once, the way KMyMoney declares its schema:
// the INSERT of a new record, the UPDATE of an edited one and the SELECT that reads one back are
// written from this list, and so is the binding and reading of each column. The repositories and
// the editors of the window share one declaration per kind (RecordTables.h), so a column added to a
// record is added in one place. The victim's own record is declared too; its identity is sealed
// apart (IdentityVault). Every table also has center_id (bound from the record's centre
// by the caller, who checks the right to write there) and the four stamp columns.
//
// A column names its SQL column and the record's member; the member's type says how it is bound
// and read: text, a date, a number, an optional number or yes/no. Three kinds say more: a code (stored
// trimmed), a reference to another record (0 is stored as NULL) and a search key (the folded text
// of a member, written and never read back).
#include "core/Records.h"
#include "core/TextFold.h"
#include "storage/engine/Database.h"
#include "storage/engine/SqlDialect.h"

#include <QString>
#include <optional>
#include <vector>

namespace reper::detail {

template<typename R>
struct Column
{
    const char* name;
    void (*bind)(Statement& st, int index, const R& record);
    void (*read)(const Statement& st, int column, R& record); // nullptr: written, never read back
};

template<typename>
struct MemberOf;
template<typename R, typename T>
struct MemberOf<T R::*>
{
    using Record = R;
};
template<auto Member>
using RecordOf = typename MemberOf<decltype(Member)>::Record;

inline void readValue(const Statement& st, int column, QString& value) { value = st.text(column); }
inline void readValue(const Statement& st, int column, QDate& value) { value = st.date(column); }
inline void readValue(const Statement& st, int column, qint64& value) { value = st.int64(column); }
inline void readValue(const Statement& st, int column, std::optional<qint64>& value) { value = st.optInt64(column); }
inline void readValue(const Statement& st, int column, std::optional<int>& value)
{
    value = st.isNull(column) ? std::optional<int>() : std::optional<int>(int(st.int64(column)));
}
inline void readValue(const Statement& st, int column, std::optional<bool>& value)
{
    value = st.isNull(column) ? std::optional<bool>() : std::optional<bool>(st.int64(column) != 0);
}

// column<&Campaign::title>("title")
template<auto Member>
Column<RecordOf<Member>> column(const char* name)
{
    using R = RecordOf<Member>;
    return {name, [](Statement& st, int i, const R& r) { st.bind(i, r.*Member); },
            [](const Statement& st, int c, R& r) { readValue(st, c, r.*Member); }};
}

// A record's code (victim, campaign, project): unique, stored without surrounding spaces.
template<auto Member>
Column<RecordOf<Member>> codeColumn(const char* name)
{
    using R = RecordOf<Member>;
    return {name, [](Statement& st, int i, const R& r) { st.bind(i, (r.*Member).trimmed()); },
            [](const Statement& st, int c, R& r) { r.*Member = st.text(c); }};
}

// The id of another record, or 0 for none (stored as NULL).
template<auto Member>
Column<RecordOf<Member>> referenceColumn(const char* name)
{
    using R = RecordOf<Member>;
    return {name,
            [](Statement& st, int i, const R& r) {
                if (r.*Member)
                    st.bind(i, r.*Member);
                else
                    st.bindNull(i);
            },
            [](const Statement& st, int c, R& r) { r.*Member = st.isNull(c) ? 0 : st.int64(c); }};
}

// The case- and diacritics-folded text of a member, for the name search; written, never read.
template<auto Member>
Column<RecordOf<Member>> searchKeyColumn(const char* name)
{
    using R = RecordOf<Member>;
    return {name, [](Statement& st, int i, const R& r) { st.bind(i, foldText(r.*Member)); }, nullptr};
}

template<typename R>
class RecordTable
{
public:
    // Imported rows carry a row key, so that importing them again adds nothing; records with a code
    // of their own (campaigns, funded projects) are found by it instead.
    enum class Key { RowKey, Code };

    RecordTable(const char* table, Key key, std::vector<Column<R>> columns)
        : m_table(table)
        , m_key(key)
        , m_columns(std::move(columns))
    {
        QStringList names, marks, sets, reads;
        for (const Column<R>& c : m_columns) {
            names << QLatin1String(c.name);
            marks << QStringLiteral("?");
            sets << QLatin1String(c.name) + QStringLiteral(" = ?");
            if (c.read)
                reads << QLatin1String(c.name);
        }
        names << QStringLiteral("center_id");
        marks << QStringLiteral("?");
        if (m_key == Key::RowKey) {
            names << QStringLiteral("row_key");
            marks << QStringLiteral("?");
        }
        names << QStringLiteral("created_by") << QStringLiteral("created_at") << QStringLiteral("updated_by")
              << QStringLiteral("updated_at");
        marks << QStringLiteral("?") << QStringLiteral("?") << QStringLiteral("?") << QStringLiteral("?");
        const QString insert
            = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                  .arg(QLatin1String(m_table), names.join(QStringLiteral(", ")), marks.join(QLatin1Char(',')));
        // A row key already there adds nothing, in the way of each engine (SqlDialect::onClashAddNothing).
        // Every record table has an identity `id`: the server's INSERT answers it (SqlDialect::returningId).
        const auto keyed = [&](const SqlDialect& d) {
            const QString clash = m_key == Key::RowKey ? d.onClashAddNothing(QStringLiteral("row_key")) : QString();
            return (insert + clash + d.returningId()).toUtf8();
        };
        m_insert = keyed(SqlDialect::localFile());
        m_insertOnServer = keyed(SqlDialect::server());
        m_update = QStringLiteral("UPDATE %1 SET %2, center_id = ?")
                       .arg(QLatin1String(m_table), sets.join(QStringLiteral(", ")));
        m_readColumns = reads;
    }

    const char* table() const { return m_table; }
    Key key() const { return m_key; }
    // The record's own columns, then center_id, [row_key,] and the four stamps. Bytes that live as
    // long as the declaration: the statement cache looks them up without a copy (an import's rows).
    const char* insertSql(const SqlDialect& dialect) const
    {
        return dialect.engine() == Engine::Server ? m_insertOnServer.constData() : m_insert.constData();
    }
    // "UPDATE table SET <own columns> = ?, center_id = ?": EditSupport's updateRecord adds the rest.
    const QString& updateSql() const { return m_update; }
    // How many placeholders bind() fills, center_id included.
    int boundCount() const { return int(m_columns.size()) + 1; }
    // "a.x, a.y, …": the columns that are read back, in the order read() takes them.
    QString selectList(const char* alias) const
    {
        QStringList out;
        for (const QString& name : m_readColumns)
            out << QLatin1String(alias) + QLatin1Char('.') + name;
        return out.join(QStringLiteral(", "));
    }
    int readCount() const { return int(m_readColumns.size()); }

    // Binds the record's own columns from 1, then its centre's id.
    void bind(Statement& st, const R& record, qint64 centerId) const
    {
        int i = 1;
        for (const Column<R>& c : m_columns)
            c.bind(st, i++, record);
        st.bind(i, centerId);
    }
    // Reads the columns of selectList() starting at `first`; returns the column after them.
    int read(const Statement& st, int first, R& record) const
    {
        int i = first;
        for (const Column<R>& c : m_columns)
            if (c.read)
                c.read(st, i++, record);
        return i;
    }

private:
    const char* m_table;
    Key m_key;
    std::vector<Column<R>> m_columns;
    QByteArray m_insert;
    QByteArray m_insertOnServer;
    QString m_update;
    QStringList m_readColumns;
};

// The declaration of each record kind (RecordTables.cpp).
template<typename R>
const RecordTable<R>& recordTable();

} // namespace reper::detail
