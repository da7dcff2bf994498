#include "Transaction.h"

#include "storage/engine/Database.h"

namespace reper {

Transaction::Transaction(Database& db, Mode mode)
    : m_db(db)
{
    if (mode == Mode::ImmediateNoWait) {
        m_db.setBusyTimeout(0);
        m_begin = m_db.exec(m_db.dialect().begin(true));
        m_busy = !m_begin.ok() && m_db.lastWasBusy();
        m_db.setBusyTimeout(Database::kBusyTimeoutMs);
    } else {
        m_begin = m_db.exec(m_db.dialect().begin(mode != Mode::Deferred));
    }
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(makeError(QStringLiteral("No transaction is open."))) : m_begin;
    auto s = m_db.exec(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (m_active) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

} // namespace reper
