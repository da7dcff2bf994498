#include "RecordListQuery.h"

#include "core/TextFold.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/SqlExtensions.h"
#include "storage/keys/IdentityVault.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace reper {

namespace {

QString idList(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return QStringLiteral("NULL");
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QString likePattern(const QString& word)
{
    return QLatin1Char('%') + SqlExtensions::likeEscaped(word) + QLatin1Char('%');
}

QCollator collatorFor(Language language)
{
    QCollator c(language == Language::Romanian ? QLocale(QLocale::Romanian, QLocale::Romania)
                                               : QLocale(QLocale::English, QLocale::UnitedKingdom));
    c.setCaseSensitivity(Qt::CaseInsensitive);
    return c;
}

// CASE expr WHEN 'code' THEN rank … END, ranking the codes by their labels in display order.
QString rankByLabel(const QString& expr, std::vector<std::pair<QString, QString>> codesAndLabels, Language language)
{
    const QCollator collator = collatorFor(language);
    std::sort(codesAndLabels.begin(), codesAndLabels.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.second, b.second) < 0; });
    QString sql = QStringLiteral("CASE %1").arg(expr);
    for (int i = 0; i < int(codesAndLabels.size()); ++i) {
        QString code = codesAndLabels[i].first;
        code.replace(QLatin1Char('\''), QLatin1String("''"));
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(code).arg(i);
    }
    return sql + QStringLiteral(" END");
}

void bindValue(Statement& st, int index, const QVariant& value)
{
    if (value.typeId() == QMetaType::QByteArray)
        st.bindBlob(index, value.toByteArray());
    else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        st.bind(index, value.toLongLong());
    else
        st.bind(index, value.toString());
}

} // namespace

RecordListQuery::RecordListQuery(Store& store, ListKind kind)
    : m_store(store)
    , m_spec(ListSpecs::of(kind))
{
    const AccessPolicy access = store.access();
    const bool victims = kind == ListKind::Victims;
    for (const Center& c : store.reference().centers()) {
        if (access.canReadRecords(c.code) && (!victims || access.canListVictims()))
            m_readable << c.id;
        if (access.canSeeIdentity(c.code) && store.identity().holdsKey(c.id))
            m_identityCenters << c.id;
    }
    m_allCenters = m_readable.size() == int(store.reference().centers().size());
}

QString RecordListQuery::columnSql(const ListColumn& column) const
{
    QString sql = column.sql;
    sql.replace(QLatin1String("{identityCenters}"), idList(m_identityCenters));
    return sql;
}

QString RecordListQuery::whereClause(const ListFilter& filter, QVariantList* params, bool manyMatch) const
{
    // SQLite's unary + keeps a term from choosing an index ("+p.county IN (…)").
    const QRegularExpression leadingColumn(QStringLiteral("^([a-z]+\\.[a-z_]+) "));
    const auto unindexed = [&](QString condition) {
        if (manyMatch)
            condition.replace(leadingColumn, QStringLiteral("+\\1 "));
        return condition;
    };
    QStringList conditions;
    if (!m_allCenters)
        conditions << QStringLiteral("%1 IN (%2)").arg(m_spec.center, idList(m_readable));
    if (!filter.center.isEmpty()) {
        const auto id = m_store.reference().centerId(filter.center);
        conditions << QStringLiteral("%1 = %2").arg(m_spec.center).arg(id ? *id : -1);
    }
    if (filter.year > 0 && !m_spec.yearCondition.isEmpty()) {
        QString year = m_spec.yearCondition;
        year.replace(QLatin1String("{from}"), QStringLiteral("%1-01-01").arg(filter.year, 4, 10, QLatin1Char('0')));
        year.replace(QLatin1String("{to}"), QStringLiteral("%1-12-31").arg(filter.year, 4, 10, QLatin1Char('0')));
        conditions << QStringLiteral("(%1)").arg(year);
    }
    if (!filter.status.isEmpty() && !m_spec.statusCondition.isEmpty()) {
        conditions << m_spec.statusCondition;
        *params << filter.status;
    }
    // Every word of the search must match one of the searchable columns.
    const QStringList words = filter.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        QStringList alternatives;
        for (const QString& c : m_spec.keySearch) {
            alternatives << unindexed(c);
            *params << likePattern(word);
        }
        const QString folded = foldText(word);
        for (const QString& c : m_spec.foldedSearch) {
            alternatives << unindexed(c);
            *params << likePattern(folded);
        }
        if (!m_spec.countySearch.isEmpty()) {
            QStringList codes;
            const auto& counties = m_store.reference().counties();
            for (auto it = counties.cbegin(); it != counties.cend(); ++it)
                if (foldText(it.value()).contains(folded))
                    codes << QStringLiteral("'%1'").arg(
                        QString(it.key()).replace(QLatin1Char('\''), QLatin1String("''")));
            if (!codes.isEmpty())
                alternatives << unindexed(
                    QStringLiteral("%1 IN (%2)").arg(m_spec.countySearch, codes.join(QLatin1Char(','))));
        }
        if (const auto term = identityTerm(word)) {
            alternatives << term->sql;
            *params << term->params;
        }
        if (!alternatives.isEmpty())
            conditions << QStringLiteral("(%1)").arg(alternatives.join(QLatin1String(" OR ")));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString RecordListQuery::orderBy(const ListSort& sort) const
{
    const int index = sort.column >= 0 && sort.column < m_spec.columns.size() ? sort.column : m_spec.defaultSortColumn;
    const bool descending = sort.column >= 0 ? sort.descending : m_spec.defaultDescending;
    const ListColumn& column = m_spec.columns[index];
    const QString expr = columnSql(column);
    QString key;
    switch (column.type) {
    case ValueType::Text: key = expr + QStringLiteral(" COLLATE reper_ro"); break;
    case ValueType::Code: {
        std::vector<std::pair<QString, QString>> labels;
        for (const CodeEntry& e : Codes::byName(column.codeList).entries())
            labels.emplace_back(e.code, e.label(sort.language));
        key = rankByLabel(expr, std::move(labels), sort.language);
        break;
    }
    case ValueType::Country: {
        std::vector<std::pair<QString, QString>> labels;
        for (const CodeEntry& e : Codes::countries().entries())
            labels.emplace_back(e.code, e.label(sort.language));
        key = rankByLabel(expr, std::move(labels), sort.language);
        break;
    }
    case ValueType::County: {
        std::vector<std::pair<QString, QString>> labels;
        const auto& counties = m_store.reference().counties();
        for (auto it = counties.cbegin(); it != counties.cend(); ++it)
            labels.emplace_back(it.key(), it.value());
        key = rankByLabel(expr, std::move(labels), sort.language);
        break;
    }
    case ValueType::Center: {
        std::vector<std::pair<QString, QString>> labels;
        for (const Center& c : m_store.reference().centers())
            labels.emplace_back(QString::number(c.id), c.seat);
        key = rankByLabel(QStringLiteral("CAST(%1 AS TEXT)").arg(expr), std::move(labels), sort.language);
        break;
    }
    default: key = expr;
    }
    // Empty values last in both directions, then the record id so pages never overlap.
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = QStringLiteral(" ORDER BY ");
    if (!descending) // SQLite puts NULL first when ascending; descending leaves it last and keeps indexes usable
        order += QStringLiteral("(%1) IS NULL, ").arg(expr);
    return order + key + direction + QStringLiteral(", ") + m_spec.id + direction;
}

Status RecordListQuery::recordIdentitySearch(const ListFilter& filter)
{
    const QStringList words = filter.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!m_spec.identitySearch || m_identityCenters.isEmpty() || words.isEmpty() || !readable())
        return Status::success();
    if (auto s = SqlExtensions::install(m_store.db()); !s)
        return s.error();
    QVariantList params;
    QString where = whereClause(filter, &params);
    QStringList byIdentity;
    for (const QString& word : words) {
        if (const auto term = identityTerm(word)) {
            byIdentity << term->sql;
            params << term->params;
        }
    }
    if (byIdentity.isEmpty())
        return Status::success();
    where += (where.isEmpty() ? QStringLiteral(" WHERE (%1)") : QStringLiteral(" AND (%1)"))
                 .arg(byIdentity.join(QLatin1String(" OR ")));
    auto found = countRows(where, params);
    if (!found)
        return found.error();
    if (*found == 0 || !m_store.audit().canSign())
        return Status::success();
    QJsonObject detail{{QStringLiteral("found"), *found}, {QStringLiteral("words"), int(words.size())}};
    if (filter.year > 0)
        detail.insert(QStringLiteral("year"), filter.year);
    return m_store.audit().append(
        {AuditAction::IdentitySearched, QStringLiteral("victim"), 0, QString(), filter.center, detail});
}

bool RecordListQuery::sortedWithoutIndex(const ListSort& sort) const
{
    if (sort.column < 0 || sort.column >= m_spec.columns.size())
        return false;
    switch (m_spec.columns[sort.column].type) {
    case ValueType::Text:
    case ValueType::Code:
    case ValueType::Country:
    case ValueType::County:
    case ValueType::Center: return true;
    default: return false;
    }
}

bool RecordListQuery::readsJoinedTables(const QString& sql) const
{
    static const QRegularExpression join(QStringLiteral("JOIN\\s+\\w+\\s+(\\w+)\\s+ON"));
    for (auto it = join.globalMatch(m_spec.joins); it.hasNext();) {
        const QRegularExpression use(QStringLiteral("\\b%1\\.").arg(it.next().captured(1)));
        if (sql.contains(use))
            return true;
    }
    return false;
}

Result<qint64> RecordListQuery::count(const ListFilter& filter)
{
    if (!readable())
        return qint64(0);
    if (auto s = SqlExtensions::install(m_store.db()); !s)
        return s.error();
    QVariantList params;
    const QString where = whereClause(filter, &params);
    return countRows(where, params);
}

Result<qint64> RecordListQuery::countRows(const QString& where, const QVariantList& params)
{
    auto st = m_store.db().prepare(QStringLiteral("SELECT count(*) FROM ") + m_spec.table + where);
    if (!st)
        return st.error();
    for (int i = 0; i < params.size(); ++i)
        bindValue(*st, i + 1, params[i]);
    if (!st->next())
        return st->failed() ? st->error() : makeError(QStringLiteral("count returned no row"));
    return st->int64(0);
}

std::optional<IdentitySearchTerm> RecordListQuery::identityTerm(const QString& word) const
{
    if (!m_spec.identitySearch || m_identityCenters.isEmpty())
        return std::nullopt;
    return m_store.identity().searchTerm(word, m_identityCenters);
}

Result<QList<ListRow>> RecordListQuery::page(const ListFilter& filter, const ListSort& sort, qint64 offset, int limit,
                                             bool manyMatch)
{
    QList<ListRow> rows;
    if (!readable())
        return rows;
    if (auto s = SqlExtensions::install(m_store.db()); !s)
        return s.error();
    QStringList columns{m_spec.id, m_spec.center};
    for (const ListColumn& c : m_spec.columns)
        columns << columnSql(c);
    QVariantList params;
    const QString where = whereClause(filter, &params, manyMatch);
    const QString order = orderBy(sort);
    const QString select = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + m_spec.table + QLatin1Char(' ') + m_spec.joins;
    const QString window = QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    QString sql;
    if (sortedWithoutIndex(sort) || offset > 0) {
        // No index gives this order, so every matching row is ranked: rank only the ids (joining
        // the other tables only when the filter or the key reads them), then read the page's rows.
        // A page past the first is read the same way whatever the order: PostgreSQL computes the
        // columns of every row the OFFSET skips (SQLite does not), and a list's columns are
        // sub-queries, so a page 6,500 rows down took 222 ms on a server instead of a few.
        const QString from
            = m_spec.table + (readsJoinedTables(where + order) ? QLatin1Char(' ') + m_spec.joins : QString());
        sql = select + QStringLiteral(" WHERE %1 IN (SELECT %1 FROM ").arg(m_spec.id) + from + where + order + window
            + QLatin1Char(')') + order;
    } else {
        sql = select + where + order + window;
    }
    auto st = m_store.db().prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < params.size(); ++i)
        bindValue(*st, i + 1, params[i]);
    const ReferenceRepository& reference = m_store.reference();
    while (st->next()) {
        ListRow row;
        row.id = st->int64(0);
        row.center = reference.centerCode(st->int64(1));
        row.values.reserve(m_spec.columns.size());
        for (int c = 0; c < m_spec.columns.size(); ++c) {
            const int col = c + 2;
            if (st->isNull(col)) {
                row.values << QVariant();
                continue;
            }
            switch (m_spec.columns[c].type) {
            case ValueType::Date: row.values << st->date(col); break;
            case ValueType::Count:
            case ValueType::Year: row.values << st->int64(col); break;
            case ValueType::Center: row.values << reference.centerCode(st->int64(col)); break;
            default: row.values << st->text(col);
            }
        }
        rows << row;
    }
    if (st->failed())
        return st->error();
    return rows;
}

} // namespace reper
