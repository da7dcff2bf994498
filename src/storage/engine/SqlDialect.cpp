#include "SqlDialect.h"

namespace reper {

namespace {

QString insertInto(const QString& table, const QStringList& columns, const QString& values)
{
    return QStringLiteral("INTO %1(%2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), values);
}

// A string literal of SQL.
QString quoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

class LocalFileDialect final : public SqlDialect
{
public:
    Engine engine() const override { return Engine::LocalFile; }
    QString insertOrIgnore(const QString& table, const QStringList& columns) const override
    {
        return QStringLiteral("INSERT OR IGNORE ") + insertInto(table, columns, placeholders(columns.size()));
    }
    QString insertOrReplace(const QString& table, const QStringList& columns, const QStringList&) const override
    {
        return QStringLiteral("INSERT OR REPLACE ") + insertInto(table, columns, placeholders(columns.size()));
    }
    QString begin(bool write) const override
    {
        return write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    }
    QString schemaVersionQuery() const override { return QStringLiteral("PRAGMA user_version"); }
    QString lastInsertIdQuery() const override { return {}; }
    QString returningId() const override { return {}; }
    QString groupConcat(const QString& expression, const QString& separator) const override
    {
        if (separator.isEmpty())
            return QStringLiteral("group_concat(%1)").arg(expression);
        return QStringLiteral("group_concat(%1, %2)").arg(expression, quoted(separator));
    }
    bool isUniqueClash(const QString& detail, const QString& table, const QString& column) const override
    {
        // "UNIQUE constraint failed: victim.code" (several columns: "t.a, t.b")
        return detail.contains(QLatin1String("UNIQUE constraint failed"))
            && detail.contains((table.isEmpty() ? QString() : table) + QLatin1Char('.') + column);
    }
    QString onClashAddNothing(const QString&) const override { return {}; }
    QString createWorkingTable(const QString& definition) const override
    {
        return QStringLiteral("CREATE TABLE ") + definition;
    }
    QString keyedTableSuffix() const override { return QStringLiteral(" WITHOUT ROWID"); }
};

class ServerDialect final : public SqlDialect
{
public:
    Engine engine() const override { return Engine::Server; }
    QString insertOrIgnore(const QString& table, const QStringList& columns) const override
    {
        return QStringLiteral("INSERT ") + insertInto(table, columns, placeholders(columns.size()))
            + QStringLiteral(" ON CONFLICT DO NOTHING");
    }
    QString insertOrReplace(const QString& table, const QStringList& columns, const QStringList& key) const override
    {
        QStringList set;
        for (const QString& c : columns) {
            if (!key.contains(c))
                set << QStringLiteral("%1 = EXCLUDED.%1").arg(c);
        }
        const QString action = set.isEmpty() ? QStringLiteral("NOTHING")
                                             : QStringLiteral("UPDATE SET ") + set.join(QStringLiteral(", "));
        return QStringLiteral("INSERT ") + insertInto(table, columns, placeholders(columns.size()))
            + QStringLiteral(" ON CONFLICT (%1) DO %2").arg(key.join(QStringLiteral(", ")), action);
    }
    QString begin(bool write) const override
    {
        return write ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    QString schemaVersionQuery() const override { return QStringLiteral("SELECT version FROM schema_version"); }
    QString returningId() const override { return QStringLiteral(" RETURNING id"); }
    QString lastInsertIdQuery() const override
    {
        return QStringLiteral("SELECT currval(pg_get_serial_sequence($1, 'id'))");
    }
    QString groupConcat(const QString& expression, const QString& separator) const override
    {
        return QStringLiteral("string_agg(%1, %2)")
            .arg(expression, quoted(separator.isEmpty() ? QStringLiteral(",") : separator));
    }
    bool isUniqueClash(const QString& detail, const QString& table, const QString& column) const override
    {
        // "23505: duplicate key value … (constraint victim_code_key) (table victim)": PostgreSQL
        // names a one-column UNIQUE constraint table_column_key.
        if (!detail.startsWith(QLatin1String("23505")))
            return false;
        if (!table.isEmpty())
            return detail.contains(QStringLiteral("(constraint %1_%2_key)").arg(table, column));
        return detail.contains(QStringLiteral("_%1_key)").arg(column));
    }
    QString onClashAddNothing(const QString& column) const override
    {
        return QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(column);
    }
    QString createWorkingTable(const QString& definition) const override
    {
        return QStringLiteral("CREATE TEMP TABLE ") + definition;
    }
    QString keyedTableSuffix() const override { return {}; }
};

} // namespace

QString SqlDialect::placeholders(qsizetype count)
{
    QString out;
    for (qsizetype i = 0; i < count; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

const SqlDialect& SqlDialect::localFile()
{
    static const LocalFileDialect dialect;
    return dialect;
}

const SqlDialect& SqlDialect::server()
{
    static const ServerDialect dialect;
    return dialect;
}

} // namespace reper
