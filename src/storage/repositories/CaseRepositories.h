#pragma once
// The records kept about a victim after identification: assistance, repatriation and support in
// criminal proceedings. One small repository per aggregate.
#include "core/Records.h"
#include "core/Result.h"
#include "storage/repositories/RecordWrite.h"

namespace reper {

class Store;

class AssistanceRepository
{
public:
    explicit AssistanceRepository(Store& store)
        : m_store(store)
    {
    }
    Result<InsertOutcome> add(const Assistance& a, const QByteArray& rowKey = {});

private:
    Store& m_store;
};

class RepatriationRepository
{
public:
    explicit RepatriationRepository(Store& store)
        : m_store(store)
    {
    }
    Result<InsertOutcome> add(const Repatriation& r, const QByteArray& rowKey = {});

private:
    Store& m_store;
};

class JudicialRepository
{
public:
    explicit JudicialRepository(Store& store)
        : m_store(store)
    {
    }
    Result<InsertOutcome> add(const JudicialParticipation& j, const QByteArray& rowKey = {});

private:
    Store& m_store;
};

} // namespace reper
