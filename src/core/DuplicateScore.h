#pragma once
// How alike two victims' records are, once their keyed hashes say they share a CNP or a name
// (issue 10 §5): the rule and the score of a candidate pair, from the statistical fields everybody
// who lists victims may see. The scoring is described in docs/decisions.md (D-dup).
#include <QString>
#include <optional>

namespace reper {

// The clear facts of one victim compared once the hashes agree.
struct DuplicateFacts
{
    QString sex; // F, M, U
    QString birthDate; // yyyy-MM-dd, or empty
    int birthYear = 0; // 0 when unknown; taken from birthDate when only that is given
    QString county; // empty when unknown
};

enum class DuplicateRule {
    Cnp, // the same CNP
    NameAndBirthDate, // the same names (in any order, diacritics folded), birth date, sex and county
    NameAndBirthYear, // the same names, birth year (one record has the year only), sex and county
};

struct DuplicateMatch
{
    DuplicateRule rule = DuplicateRule::Cnp;
    int score = 0; // 1–100
};

class DuplicateScore
{
public:
    // Two records with the same CNP: 100, less 10 for each of sex, birth and county they disagree on.
    static DuplicateMatch sameCnp(const DuplicateFacts& a, const DuplicateFacts& b);
    // Two records with the same names: a match only when sex and county are equal (and known) and the
    // birth agrees — the same date (90), or the same year where one or both give only the year (70).
    static std::optional<DuplicateMatch> sameName(const DuplicateFacts& a, const DuplicateFacts& b);
    // "cnp", "name_birth_date", "name_birth_year" (the CSV's `rule` column).
    static QString ruleCode(DuplicateRule rule);
};

} // namespace reper
