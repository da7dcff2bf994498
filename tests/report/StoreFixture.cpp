#include "StoreFixture.h"

#include "importer/Importer.h"

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

} // namespace reper::test
