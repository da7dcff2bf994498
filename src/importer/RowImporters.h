#pragma once
// One function per import file: read a row through RowReader, check it as a whole record, and
// write it through the repositories (unless the row has problems). Returns false only when the
// store itself failed, which stops the import.
#include "importer/Importer.h"
#include "importer/RowReader.h"
#include "storage/repositories/ActivityRepositories.h"
#include "storage/repositories/CaseRepositories.h"
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
    CampaignRepository campaigns;
    PreventionRepository prevention;
    CooperationRepository cooperation;
    QString failure; // set when the store fails
};

using RowImporter = bool (*)(RowReader& row, ImportContext& ctx, ImportFileCounts& counts);

namespace RowImporters {
RowImporter forFile(const QString& fileName);
} // namespace RowImporters

} // namespace reper
