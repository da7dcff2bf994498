#pragma once
// Shipped defaults of the reference data (domain.md §2): the 15 regional centres and the 42
// counties with their default centre. The store copies them at creation; administrators edit the
// store's copy, so these are only the starting point.
#include <QString>
#include <vector>

namespace reper {

struct CenterDefault
{
    QString code; // CR-XX
    QString seat; // the city that names the centre
};

struct CountyDefault
{
    QString code; // ISO 3166-2:RO suffix
    QString name;
    QString center; // default centre code
};

namespace ReferenceData {
const std::vector<CenterDefault>& centers();
const std::vector<CountyDefault>& counties();
} // namespace ReferenceData

} // namespace reper
