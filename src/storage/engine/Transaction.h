#pragma once
// An RAII transaction: rolls back unless committed. Every user action that writes is one.
#include "core/Result.h"

namespace reper {

class Database;

class Transaction
{
public:
    // ImmediateNoWait: the write lock now or not at all (busy() tells why it did not begin).
    enum class Mode { Deferred, Immediate, ImmediateNoWait };
    explicit Transaction(Database& db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const Status& beginStatus() const { return m_begin; }
    // ImmediateNoWait did not begin because another connection holds the write lock.
    bool busy() const { return m_busy; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    bool m_busy = false;
    Status m_begin;
};

} // namespace reper
