#pragma once
// What the window reads and changes about one victim: the person (demographics), their identity
// (opened on purpose, only where the user may see it, and recorded in the audit trail — through
// VictimRepository::openIdentity/setIdentity), their identifications, and the timeline of
// everything recorded about them. Each save is one transaction; every read and write asks the
// store's AccessPolicy.
#include "core/Records.h"
#include "core/Result.h"
#include "storage/repositories/VictimRepository.h"

#include <QList>
#include <optional>

namespace reper {

class Store;

// One line of a victim's timeline.
struct TimelineEntry
{
    enum class Kind { Identification, Assistance, Repatriation, Judicial, MonitoringContact };
    Kind kind = Kind::Identification;
    RecordId id = 0;
    QString center;
    QDate date; // the record's first date (notification, start, request, date)
    QDate endDate; // assistance end, repatriation arrival, identification date; null when none
    QStringList codes; // the record's main codes, for a summary (status, service/provider, …)
};

struct VictimFile
{
    Victim victim;
    bool identityAllowed = false; // the user may open (and change) the identity of this victim
};

class VictimEditor
{
public:
    explicit VictimEditor(Store& store)
        : m_store(store)
    {
    }

    // The person, without the identity.
    Result<VictimFile> load(RecordId id);
    // The identity, opened on purpose: recorded in the audit trail (a refusal too).
    Result<VictimIdentity> openIdentity(RecordId id);
    Result<std::optional<RecordId>> idByCode(const QString& code);
    // The victim code of a victim the user may read.
    Result<QString> codeOf(RecordId id);
    // Adds (id 0) or updates the victim. The identity is written only when given (the user opened
    // or typed it) and the user may see the identity of the victim's centre; an empty identity
    // removes the stored one.
    Result<RecordId> save(const Victim& victim, const std::optional<VictimIdentity>& identity);
    // Removes the victim with everything recorded about them.
    Status remove(RecordId id);

    Result<QList<TimelineEntry>> timeline(RecordId victimId);

    // A fresh opaque code proposal ("V-" and eight characters, no personal data), not yet used.
    Result<QString> proposeCode();

private:
    Store& m_store;
};

} // namespace reper
