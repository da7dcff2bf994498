#pragma once
// One function per import file: read a row through RowReader, check it as a whole record, and
// write it through the repositories (unless the row has problems). Returns false only when the
// store itself failed, which stops the import.
#include "importer/Importer.h"
#include "importer/RowReader.h"
#include "storage/Store.h"
#include "storage/cases/ContactRepository.h"
#include "storage/repositories/ActivityRepositories.h"
#include "storage/repositories/CaseRepositories.h"
#include "storage/repositories/GivenIdentityTable.h"
#include "storage/repositories/VictimRepository.h"

namespace reper {

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
        , given(s.db())
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
    GivenIdentityTable given; // by victim code, for the codes given any identity; opened by the Importer
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
