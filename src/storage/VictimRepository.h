#pragma once
// Victims, their identity (kept in a table of its own) and their identifications.
#include "RecordWrite.h"
#include "Records.h"
#include "Result.h"

#include <optional>

namespace reper {

class Store;

struct VictimWithIdentity
{
    Victim victim;
    VictimIdentity identity;
};

class VictimRepository
{
public:
    explicit VictimRepository(Store& store) : m_store(store) {}

    Result<std::optional<VictimWithIdentity>> findByCode(const QString& code);
    Result<std::optional<RecordId>> idByCode(const QString& code);
    Result<RecordId> add(const Victim& victim, const VictimIdentity& identity);
    // Adds an identification unless one with the same row key exists.
    Result<InsertOutcome> addIdentification(const Identification& identification, const QByteArray& rowKey);
    Result<qint64> count();

private:
    Store& m_store;
};

} // namespace reper
