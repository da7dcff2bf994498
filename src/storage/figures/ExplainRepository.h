#pragma once
// The records behind one figure of the bilanț (report explain), so a coordinator can check any
// number: the same conditions as FiguresRepository, listing instead of counting. Figures of
// distinct victims give one row per victim (its code, the ids and dates of its records of the
// year); counts of records give one row per record; campaigns one row per campaign; sums (persons
// reached, online reach, specialists) one row per record with its amount. The amounts of the rows
// add up to the figure. Never identity: victim codes and record ids only.
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace reper {

class Store;
class YearQuery;

struct ExplainRow
{
    QString reference; // victim code, campaign code, case reference or "#id"
    QString records; // "identification #1, #4" — the records behind the row
    QString dates; // "2020-01-01, 2020-09-01"
    QString centres; // "CR-BV, CR-B"
    qint64 amount = 1; // what the row adds to the figure
};

struct Explanation
{
    QString figure; // the key
    QString unit; // "victims", "records", "campaigns", "case references", "persons", …
    bool isSum = false; // the figure adds amounts (persons, specialists) instead of counting rows
    QString recordKind; // the table the records are in ("repatriation"): how each row's records begin
    QList<ExplainRow> rows;
    qint64 total() const;
};

class ExplainRepository
{
public:
    explicit ExplainRepository(Store& store)
        : m_store(store)
    {
    }

    // The keys explain knows: the figures of interchange.md §2 and the further figures of _info.
    static QStringList keys();
    Result<Explanation> explain(int year, const QString& centerCode, const QString& key);

private:
    Status addContacts(const YearQuery& q, Explanation& e);
    Store& m_store;
};

} // namespace reper
