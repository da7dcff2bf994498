#include "CountPhrase.h"

#include <QStringList>

namespace reper::CountPhrase {

namespace {

constexpr qint64 kRoundingThreshold = 1000; // below it every figure of the narrative is exact

// The power of ten that keeps two significant digits of n (n >= 100), e.g. 100 for 2537.
qint64 twoSignificantUnit(qint64 n)
{
    qint64 unit = 1;
    while (n / unit >= 100)
        unit *= 10;
    return unit;
}

bool isFeminineForm(qint64 n, Gender gender)
{
    // Neuter nouns take the masculine numeral in the singular and the feminine one in the plural.
    if (gender == Gender::Neuter)
        return n == 2;
    return gender == Gender::Feminine;
}

// The number as written before a noun whose numeral is given: digits take "de" when due.
QString phrase(qint64 written, const Noun& noun, const Adjective& adjective)
{
    const bool singular = written == 0 || written == 1;
    QStringList words;
    words << numeral(written, noun.gender);
    if (takesDe(written))
        words << QStringLiteral("de");
    const QString& adj = singular ? adjective.singular : adjective.plural;
    if (!adj.isEmpty())
        words << adj;
    words << (singular ? noun.singular : noun.plural);
    return words.join(QLatin1Char(' '));
}

} // namespace

QString groupThousands(qint64 n)
{
    const bool negative = n < 0;
    QString digits = QString::number(negative ? -n : n);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return negative ? QLatin1Char('-') + digits : digits;
}

bool takesDe(qint64 n)
{
    const qint64 lastTwo = n % 100;
    return n >= 20 && (lastTwo == 0 || lastTwo >= 20);
}

qint64 roundDownTwoSignificant(qint64 n)
{
    if (n < 100)
        return n;
    const qint64 unit = twoSignificantUnit(n);
    return n / unit * unit;
}

qint64 roundTwoSignificant(qint64 n)
{
    if (n < 100)
        return n;
    const qint64 unit = twoSignificantUnit(n);
    return (n + unit / 2) / unit * unit;
}

QString numeral(qint64 n, Gender gender)
{
    const bool feminine = isFeminineForm(n, gender);
    switch (n) {
    case 0: return feminine ? QStringLiteral("nicio") : QStringLiteral("niciun");
    case 1: return feminine ? QStringLiteral("o") : QStringLiteral("un");
    case 2: return feminine ? QStringLiteral("două") : QStringLiteral("doi");
    default: return groupThousands(n);
    }
}

QString exact(qint64 n, const Noun& noun, const Adjective& adjective) { return phrase(n, noun, adjective); }

QString over(qint64 n, const Noun& noun, const Adjective& adjective)
{
    if (n < kRoundingThreshold)
        return exact(n, noun, adjective);
    const qint64 rounded = roundDownTwoSignificant(n);
    const QString text = phrase(rounded, noun, adjective);
    return rounded == n ? text : QStringLiteral("peste ") + text;
}

QString approximately(qint64 n, const Noun& noun, const Adjective& adjective)
{
    if (n < kRoundingThreshold)
        return exact(n, noun, adjective);
    return QStringLiteral("aproximativ ") + phrase(roundTwoSignificant(n), noun, adjective);
}

} // namespace reper::CountPhrase
