#include "StoreFixture.h"

#include "importer/Importer.h"
#include "storage/engine/Transaction.h"
#include "storage/keys/IdentityVault.h"
#include "storage/keys/RecoveryKey.h"

#include <stdexcept>

namespace reper::test {

ImportedStore::ImportedStore(const QString& folder)
{
    if (const QString problems = import(folder); !problems.isEmpty())
        throw std::runtime_error(problems.toStdString());
}

QString ImportedStore::import(const QString& folder)
{
    Importer importer(m_temp.store());
    const ImportReport report = importer.run(folder, false);
    if (report.ok())
        return {};
    QStringList out{report.failure};
    for (const ImportProblem& p : report.problems)
        out << p.toString();
    return out.join(QLatin1Char('\n'));
}

void ImportedStore::indexNames()
{
    Store& store = m_temp.store();
    auto pair = RecoveryKey::pairOf(m_temp.recoveryKey());
    if (!pair || !store.identityKeys().load(store.db(), *pair))
        throw std::runtime_error("the recovery key did not open the centres' keys");
    Transaction tx(store.db());
    auto indexed = store.identity().indexPending();
    if (!indexed || !tx.commit())
        throw std::runtime_error("the names were not indexed");
}

} // namespace reper::test
