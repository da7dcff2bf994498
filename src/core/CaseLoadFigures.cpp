#include "CaseLoadFigures.h"

#include <algorithm>

namespace reper {

std::optional<double> CaseLoad::median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return double(values.at(n / 2));
    return (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2.0;
}

} // namespace reper
