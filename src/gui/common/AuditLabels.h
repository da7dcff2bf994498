#pragma once
// How the window words the audit trail: each action ("user.added" → "User added"), each kind of
// record, and an entry's detail summed up on one line. The detail is shown as the trail stores it:
// identity fields appear by name only, as "changed" or "erased", never with a value.
#include "storage/audit/AuditEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace reper {

class AuditLabels
{
    Q_DECLARE_TR_FUNCTIONS(AuditLabels)
public:
    static QString action(const QString& action);
    // (action, words) of every action the trail knows, in the order of the filter's list.
    static QList<QPair<QString, QString>> actions();
    static QString recordType(const QString& type);
    // "Victim RV-0001", "Assistance #12", "User ana"; empty when the entry is about no record.
    static QString record(const AuditEntry& entry);
    // The detail on one line: "sex: F → M; last_name changed; file: copy.reper".
    static QString details(const QString& detailJson);
};

} // namespace reper
