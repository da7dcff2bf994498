#include "Cnp.h"

#include <QCoreApplication>

namespace reper::Cnp {

int checkDigit(QStringView first12)
{
    static const int weights[12] = {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9};
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (first12[i].unicode() - '0') * weights[i];
    const int r = sum % 11;
    return r == 10 ? 1 : r;
}

std::optional<QString> problem(QStringView cnp)
{
    if (cnp.size() != 13)
        return QCoreApplication::translate("Cnp", "a CNP has 13 digits, this one has %1 characters").arg(cnp.size());
    for (const QChar c : cnp)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QCoreApplication::translate("Cnp", "a CNP holds digits only");
    if (cnp[0] == QLatin1Char('0'))
        return QCoreApplication::translate("Cnp", "a CNP cannot start with 0");
    if (checkDigit(cnp.left(12)) != cnp[12].unicode() - '0')
        return QCoreApplication::translate("Cnp", "the check digit of the CNP is wrong");
    return std::nullopt;
}

} // namespace reper::Cnp
