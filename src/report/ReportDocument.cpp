#include "ReportDocument.h"

#include "report/CountPhrase.h"
#include "report/ReportOptions.h"

namespace reper {

namespace {

// "76,1%": one decimal, the Romanian decimal comma.
QString percentText(double fraction, bool sign)
{
    const double p = 100.0 * fraction;
    QString text = QString::number(std::abs(p), 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
    if (sign && text != QLatin1String("0,0"))
        text.prepend(p < 0 ? QChar(0x2212) : QLatin1Char('+'));
    return text + QLatin1Char('%');
}

} // namespace

QString editionName(Edition edition)
{
    switch (edition) {
    case Edition::Public: return QStringLiteral("public");
    case Edition::Revised: return QStringLiteral("revised");
    case Edition::Internal: break;
    }
    return QStringLiteral("internal");
}

void ReportDocument::stamp(const ReportOptions& options, const QString& hash, const QString& header)
{
    const auto s = [](const char* utf8) { return QString::fromUtf8(utf8); };
    generatedAt = options.generatedAt;
    programVersion = options.programVersion;
    figuresHash = hash;
    runningHeader = header;
    auditHead = options.auditHead;
    QStringList parts;
    if (generatedAt.isValid())
        parts << s("Generat la %1 UTC").arg(generatedAt.toUTC().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    parts << QStringLiteral("Reper %1").arg(programVersion);
    parts << s("cifre %1").arg(figuresHash.left(12));
    if (!auditHead.isEmpty())
        parts << s("jurnal %1").arg(auditHead);
    footer = parts.join(s(" · "));
}

ReportCell ReportCell::label(const QString& text) { return {Kind::Label, text, 0}; }

ReportCell ReportCell::count(qint64 n) { return {Kind::Count, CountPhrase::groupThousands(n), double(n)}; }

ReportCell ReportCell::signedCount(qint64 n)
{
    QString text = CountPhrase::groupThousands(n < 0 ? -n : n);
    if (n > 0)
        text.prepend(QLatin1Char('+'));
    else if (n < 0)
        text.prepend(QChar(0x2212)); // minus sign
    return {Kind::Count, text, double(n)};
}

ReportCell ReportCell::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return {Kind::Empty, QStringLiteral("–"), 0};
    const double f = double(part) / double(whole);
    return {Kind::Percent, percentText(f, false), f};
}

ReportCell ReportCell::change(qint64 now, qint64 before)
{
    if (before <= 0)
        return {Kind::Empty, QStringLiteral("–"), 0};
    const double f = double(now - before) / double(before);
    return {Kind::Percent, percentText(f, true), f};
}

ReportCell ReportCell::hidden(const QString& mark) { return {Kind::Hidden, mark, 0}; }

ReportCell ReportCell::decimal(double value)
{
    return {Kind::Decimal, QString::number(value, 'f', 3).replace(QLatin1Char('.'), QLatin1Char(',')), value};
}

ReportCell ReportCell::empty() { return {Kind::Empty, QStringLiteral("–"), 0}; }

bool ReportChart::allHidden() const
{
    for (int i = 0; i < values.size(); ++i) {
        if (!isHidden(i))
            return false;
    }
    return true;
}

QList<const ReportTable*> ReportDocument::allTables() const
{
    QList<const ReportTable*> out;
    for (const ReportSection& s : sections) {
        for (const ReportTable& t : s.tables)
            out << &t;
    }
    return out;
}

} // namespace reper
