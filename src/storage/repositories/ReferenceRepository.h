#pragma once
// Centres, counties and countries as the store holds them (seeded from the shipped defaults at
// creation, editable later). Loaded once per open: they are small and read on every import row.
#include "core/Result.h"

#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace reper {

class Database;

struct Center
{
    qint64 id = 0;
    QString code;
    QString seat;
};

class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database& db)
        : m_db(db)
    {
    }

    Status seedDefaults(); // on a new store only
    Status load();

    const std::vector<Center>& centers() const { return m_centers; }
    std::optional<qint64> centerId(const QString& code) const;
    QString centerCode(qint64 id) const;
    bool hasCounty(const QString& code) const { return m_countyNames.contains(code); }
    QString countyName(const QString& code) const { return m_countyNames.value(code); }
    const QHash<QString, QString>& counties() const { return m_countyNames; }

private:
    Database& m_db;
    std::vector<Center> m_centers;
    QHash<QString, qint64> m_centerIds;
    QHash<QString, QString> m_countyNames;
};

} // namespace reper
