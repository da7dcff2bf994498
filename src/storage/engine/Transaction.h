#pragma once
// An RAII transaction: rolls back unless committed. Every user action that writes is one.
#include "core/Result.h"

namespace reper {

class Database;

class Transaction
{
public:
    enum class Mode { Deferred, Immediate };
    explicit Transaction(Database& db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const Status& beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    Status m_begin;
};

} // namespace reper
