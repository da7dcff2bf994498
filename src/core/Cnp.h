#pragma once
// The Romanian personal numeric code (CNP): 13 digits, the last a check digit over the first 12
// with the weights 279146358279 (sum mod 11; a remainder of 10 gives 1).
#include <QString>
#include <optional>

namespace reper::Cnp {

// Nothing when the CNP is well formed; otherwise what is wrong, for the user.
std::optional<QString> problem(QStringView cnp);
int checkDigit(QStringView first12);

} // namespace reper::Cnp
