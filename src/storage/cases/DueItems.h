#pragma once
// What is due (issue 10 §3–§4): the deadlines of the open cases (active or follow-up) the user may
// read, computed from the records and the rules each time they are asked for — nothing is stored
// but the items set aside with a reason. An item is done when the record that meets it is saved:
//   reflection_period      a foreign victim's identification date + 90 days; done by a monitoring
//                          contact dated from (date − lead) on;
//   assistance_review      each open assistance period, 30 days after its start or after the last
//                          contact since then (a contact is the review);
//   repatriation_followup  3, 6 and 12 months after the arrival of a repatriation not cancelled;
//                          each done by a contact dated from (date − lead) on;
//   hearing                the hearing date of a proceedings record, shown 7 days early; done by a
//                          contact or another proceedings record dated on or after the hearing;
//   next_contact           the next date of the victim's last contact; done by a later contact;
//   no_contact             60 days after the last contact (or the case's opening); done by a contact.
// Recurring rules (review, no contact, next contact) use the rule's first offset.
#include "core/Deadlines.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace reper {

class Store;

struct DueQuery
{
    QString center; // CR-XX, or empty: every centre the user may read
    QString user; // the items told to this user (their cases, or the coordinator's rules), or empty: all
    int days = 7; // items due up to today + days (and those already shown early by their rule)
    QDate today; // null: the store's clock
};

class DueItems
{
public:
    explicit DueItems(Store& store)
        : m_store(store)
    {
    }

    // Overdue first, then by date and victim code.
    Result<QList<DueItem>> list(const DueQuery& query);
    // Sets an item aside with a reason (dismissReasons()); the note stays in the store, the audit
    // trail records the item and the reason (never the note: it is free text).
    Status dismiss(const DueItem& item, const QString& reason, const QString& note = {});

    static QStringList dismissReasons();
    static QString reasonLabel(const QString& reason);

private:
    Store& m_store;
};

} // namespace reper
