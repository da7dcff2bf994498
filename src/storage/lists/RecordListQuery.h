#pragma once
// One list of the window as queries: how many records match a filter, and one page of them in a
// chosen order. Filtering and sorting happen in SQL; the user's centre scope (AccessPolicy) is
// always applied, so a list can show nothing the user may not read. Text sorts as Romanian, code
// columns by their labels in the language asked for.
#include "core/Codes.h"
#include "core/Records.h"
#include "core/Result.h"
#include "storage/keys/IdentityVault.h"
#include "storage/lists/ListSpec.h"

#include <QList>
#include <QVariantList>

namespace reper {

class Store;

struct ListFilter
{
    int year = 0; // 0: every year
    QString center; // CR-XX, empty: every centre in scope
    QString status; // a code of the spec's status list, empty: any
    QString search; // as typed; words must all match
};

struct ListSort
{
    int column = -1; // -1: the spec's default
    bool descending = true;
    Language language = Language::Romanian;
};

struct ListRow
{
    RecordId id = 0;
    QString center; // CR-XX
    QVariantList values; // one per column: QString, QDate, qint64, or null
};

class RecordListQuery
{
public:
    RecordListQuery(Store& store, ListKind kind);

    const ListSpec& spec() const { return m_spec; }
    // False when the user may list none of these records (no centre in scope, or an analyst and
    // victims).
    bool readable() const { return !m_readable.isEmpty(); }

    Result<qint64> count(const ListFilter& filter);
    // `manyMatch`: the caller knows many records match (the count); the search conditions then do
    // not steer the plan, so the list is read in its order (an index) and stops at `limit`, instead
    // of collecting every match and sorting it.
    Result<QList<ListRow>> page(const ListFilter& filter, const ListSort& sort, qint64 offset, int limit,
                                bool manyMatch = false);
    static constexpr qint64 kManyMatches = 2000;

    // A search that found records through their identity (a name, a CNP) ties a person to a
    // victim code: it is recorded in the audit trail as "identity.searched", with how many it
    // found and how many words, never the words. Nothing is recorded for a search that found
    // nothing by identity, or when the user may see no identity.
    Status recordIdentitySearch(const ListFilter& filter);

    // The WHERE clause and its parameters, and the ORDER BY of a sort (for tests and the
    // benchmark's query plans).
    QString whereClause(const ListFilter& filter, QVariantList* params, bool manyMatch = false) const;
    QString orderBy(const ListSort& sort) const;

private:
    // SELECT count(*) of the spec's table with a WHERE clause and its parameters.
    Result<qint64> countRows(const QString& where, const QVariantList& params);
    // The condition finding records by their victims' identity, within the centres whose identity
    // the user may see (one LIKE parameter).
    // The identity alternative for one word (with its parameters), or nothing.
    std::optional<IdentitySearchTerm> identityTerm(const QString& word) const;
    // Sorted by a column no index orders (labels, text in Romanian order).
    bool sortedWithoutIndex(const ListSort& sort) const;
    // Whether `sql` reads a table of the spec's joins (by its alias).
    bool readsJoinedTables(const QString& sql) const;
    QString columnSql(const ListColumn& column) const;

    Store& m_store;
    ListSpec m_spec;
    QList<qint64> m_readable; // centre ids the user may read
    bool m_allCenters = false;
    QList<qint64> m_identityCenters; // centre ids whose identity the user may see
};

} // namespace reper
