#include "ReferenceRepository.h"

#include "core/Codes.h"
#include "core/ReferenceData.h"
#include "storage/engine/Database.h"

namespace reper {

Status ReferenceRepository::seedDefaults()
{
    auto center = m_db.prepare(QStringLiteral("INSERT INTO center(code, seat) VALUES (?, ?)"));
    auto county = m_db.prepare(QStringLiteral(
        "INSERT INTO county(code, name, center_id) VALUES (?, ?, (SELECT id FROM center WHERE code = ?))"));
    auto country = m_db.prepare(QStringLiteral("INSERT INTO country(code, name_ro, name_en) VALUES (?, ?, ?)"));
    if (!center)
        return center.error();
    if (!county)
        return county.error();
    if (!country)
        return country.error();
    for (const auto& c : ReferenceData::centers())
        if (auto s = center->bind(1, c.code).bind(2, c.seat).exec(); !s)
            return s;
    for (const auto& c : ReferenceData::counties())
        if (auto s = county->bind(1, c.code).bind(2, c.name).bind(3, c.center).exec(); !s)
            return s;
    for (const auto& c : Codes::countries().entries())
        if (auto s = country->bind(1, c.code).bind(2, c.ro).bind(3, c.en).exec(); !s)
            return s;
    return Status::success();
}

Status ReferenceRepository::load()
{
    m_centers.clear();
    m_centerIds.clear();
    m_countyNames.clear();
    auto centers = m_db.prepare(QStringLiteral("SELECT id, code, seat FROM center ORDER BY code"));
    if (!centers)
        return centers.error();
    while (centers->next()) {
        m_centers.push_back({centers->int64(0), centers->text(1), centers->text(2)});
        m_centerIds.insert(centers->text(1), centers->int64(0));
    }
    if (centers->failed())
        return centers->error();
    auto counties = m_db.prepare(QStringLiteral("SELECT code, name FROM county"));
    if (!counties)
        return counties.error();
    while (counties->next())
        m_countyNames.insert(counties->text(0), counties->text(1));
    if (counties->failed())
        return counties->error();
    return Status::success();
}

std::optional<qint64> ReferenceRepository::centerId(const QString& code) const
{
    const auto it = m_centerIds.constFind(code);
    if (it == m_centerIds.constEnd())
        return std::nullopt;
    return *it;
}

QString ReferenceRepository::centerCode(qint64 id) const
{
    for (const Center& c : m_centers)
        if (c.id == id)
            return c.code;
    return {};
}

} // namespace reper
