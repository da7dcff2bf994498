#pragma once
// The data-quality check run before a year is closed: what would weaken the year's figures.
// Blocking problems (the year is not over; a record dated before the victim was born; two victim
// codes with one CNP) stop the closing unless forced; warnings (identifications without a form of
// exploitation or a country, activities without a campaign, assistance open for more than two
// years, support before the victim's first notification, possible duplicates by birth date, sex
// and county) are listed and recorded with the closing. Findings name records by kind, id and
// victim code — never a name or a CNP.
#include "core/Result.h"
#include "core/Scope.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace reper {

class Store;

// One record (or one group of victims) behind a finding: what the data-quality page lists and
// opens. A group names its codes only to who may see them (as the examples do).
struct QualityRecord
{
    QString kind; // "identification", "assistance", …; "victims" for a group
    qint64 id = 0; // 0 for a group
    QString victimCode; // the record's victim ("" for an activity), or the group as shown
    QStringList groupCodes; // a group's codes, when the user may see them
};

struct QualityFinding
{
    enum class Severity { Blocking, Warning };
    Severity severity = Severity::Warning;
    QString code; // "duplicate_cnp", …
    QString message; // what is wrong, for the user (translatable)
    qint64 count = 0; // how many records or groups
    QStringList examples; // the first few: "identification #12 (RV-T00001)", "RV-A = RV-B"
    QList<QualityRecord> records; // the first kMaxRecords records or groups, in the order found

    bool isBlocking() const { return severity == Severity::Blocking; }
};

class DataQualityRepository
{
public:
    explicit DataQualityRepository(Store& store)
        : m_store(store)
    {
    }

    // The findings for the year in the scope, blocking ones first. `today`
    // decides whether the year is over.
    Result<QList<QualityFinding>> check(int year, const Scope& scope, const QDate& today);

    static constexpr int kExamples = 10;
    static constexpr int kMaxRecords = 1000;

private:
    Store& m_store;
};

// One line per finding, for the closing's record and the command line:
// "BLOCKING duplicate_cnp (2): two victim codes have the same CNP: RV-A = RV-B, …"
QString formatFindings(const QList<QualityFinding>& findings);

} // namespace reper
