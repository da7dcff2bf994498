#pragma once
// The Romanian grammar of counts in the bilanț narrative (domain.md §6): "495 de victime",
// "808 victime", "o victimă", "doi specialiști", "peste 2.500 de activități",
// "aproximativ 180.000 de persoane". The tables never use this: they carry exact figures.
#include <QString>

namespace reper::CountPhrase {

enum class Gender { Masculine, Feminine, Neuter };

// A countable noun. The forms may carry a complement that follows the noun ("plan de acțiune" /
// "planuri de acțiune"), since only the number and the adjective go before it.
struct Noun
{
    QString singular;
    QString plural;
    Gender gender = Gender::Feminine;
};

// An adjective placed between number and noun ("un nou protocol", "5 noi protocoale"), in the
// forms that agree with the noun it is used with. Empty forms mean no adjective.
struct Adjective
{
    QString singular;
    QString plural;
};

// Digits grouped by thousands with a dot: 2537 -> "2.537", 999 -> "999".
QString groupThousands(qint64 n);

// True when the number takes "de" before its noun: n >= 20 and its last two digits are 00 or 20-99.
bool takesDe(qint64 n);

// Two significant digits, rounded down (2537 -> 2500) or half up (3288 -> 3300, 1950 -> 2000).
// Numbers below 100 come back unchanged.
qint64 roundDownTwoSignificant(qint64 n);
qint64 roundTwoSignificant(qint64 n);

// "un"/"o" for 1, "doi"/"două" for 2, "niciun"/"nicio" for 0, otherwise the grouped digits. A
// neuter noun counts like a masculine one in the singular and like a feminine one in the plural.
QString numeral(qint64 n, Gender gender);

// The exact count with its noun: "nicio victimă", "niciun protocol", "o victimă", "un nou protocol",
// "două victime", "doi specialiști", "808 victime", "495 de victime", "5 noi protocoale".
QString exact(qint64 n, const Noun& noun, const Adjective& adjective = {});

// Counts of activities: from 1.000 up, "peste" and the count rounded down to two significant
// digits ("peste 2.500 de activități"), or the exact count when rounding changes nothing
// ("2.500 de activități"). Below 1.000, as exact().
QString over(qint64 n, const Noun& noun, const Adjective& adjective = {});

// Sums of persons and of specialists: from 1.000 up always "aproximativ" and the sum rounded half
// up to two significant digits ("aproximativ 180.000 de persoane"). Below 1.000, as exact().
QString approximately(qint64 n, const Noun& noun, const Adjective& adjective = {});

} // namespace reper::CountPhrase
