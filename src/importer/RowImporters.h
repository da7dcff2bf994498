#pragma once
// One function per import file: read a row through RowReader, check it as a whole record, and
// write it through the repositories (unless the row has problems). Returns false only when the
// store itself failed, which stops the import.
#include "importer/Importer.h"
#include "importer/RowReader.h"
#include "storage/cases/ContactRepository.h"
#include "storage/repositories/ActivityRepositories.h"
#include "storage/repositories/CaseRepositories.h"
#include "storage/repositories/VictimRepository.h"

#include <QHash>
#include <array>

namespace reper {

// The identity one import gave a victim code, kept as a hash per column (0: not given), so that a
// later row contradicting it is found without keeping names in memory.
struct GivenIdentity
{
    static constexpr int kColumns = 6; // last_name, first_name, cnp, address, phone, notes
    bool created = false; // this import created the victim: its first row is what was written
    std::array<quint64, kColumns> hash{};
    std::array<int, kColumns> line{}; // the line that gave each value
};

struct ImportContext
{
    explicit ImportContext(Store& s)
        : store(s)
        , victims(s)
        , assistance(s)
        , repatriations(s)
        , judicial(s)
        , contacts(s)
        , campaigns(s)
        , prevention(s)
        , cooperation(s)
    {
    }
    Store& store;
    VictimRepository victims;
    AssistanceRepository assistance;
    RepatriationRepository repatriations;
    JudicialRepository judicial;
    ContactRepository contacts;
    CampaignRepository campaigns;
    PreventionRepository prevention;
    CooperationRepository cooperation;
    QString failure; // set when the store fails
    QHash<QString, GivenIdentity> identities; // by victim code, for the codes given any identity
    // Rows whose identity columns were neither compared with the store nor written, because the
    // user may not see the stored victim's identity (docs/security.md §1): told, never dropped silently.
    qint64 identityNotCompared = 0;
    QStringList identityNotComparedCodes; // the first few
};

using RowImporter = bool (*)(RowReader& row, ImportContext& ctx, ImportFileCounts& counts);

namespace RowImporters {
RowImporter forFile(const QString& fileName);
} // namespace RowImporters

} // namespace reper
