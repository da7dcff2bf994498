#include "DuplicateScore.h"

namespace reper {

namespace {

int yearOf(const DuplicateFacts& f)
{
    if (f.birthYear > 0)
        return f.birthYear;
    return f.birthDate.size() >= 4 ? f.birthDate.left(4).toInt() : 0;
}

// Same date: 2; same year with a date missing on one side: 1; otherwise (or unknown) 0.
int birthAgreement(const DuplicateFacts& a, const DuplicateFacts& b)
{
    if (!a.birthDate.isEmpty() && !b.birthDate.isEmpty())
        return a.birthDate == b.birthDate ? 2 : 0;
    const int ya = yearOf(a);
    return ya > 0 && ya == yearOf(b) ? 1 : 0;
}

} // namespace

DuplicateMatch DuplicateScore::sameCnp(const DuplicateFacts& a, const DuplicateFacts& b)
{
    int score = 100;
    if (a.sex != b.sex)
        score -= 10;
    if (birthAgreement(a, b) == 0)
        score -= 10;
    if (a.county != b.county)
        score -= 10;
    return {DuplicateRule::Cnp, score};
}

std::optional<DuplicateMatch> DuplicateScore::sameName(const DuplicateFacts& a, const DuplicateFacts& b)
{
    if (a.sex != b.sex || a.county.isEmpty() || a.county != b.county)
        return std::nullopt;
    switch (birthAgreement(a, b)) {
    case 2: return DuplicateMatch{DuplicateRule::NameAndBirthDate, 90};
    case 1: return DuplicateMatch{DuplicateRule::NameAndBirthYear, 70};
    default: return std::nullopt;
    }
}

QString DuplicateScore::ruleCode(DuplicateRule rule)
{
    switch (rule) {
    case DuplicateRule::Cnp: return QStringLiteral("cnp");
    case DuplicateRule::NameAndBirthDate: return QStringLiteral("name_birth_date");
    case DuplicateRule::NameAndBirthYear: return QStringLiteral("name_birth_year");
    }
    return {};
}

} // namespace reper
