#include "RowReader.h"

#include "core/CivilDate.h"
#include "core/Codes.h"
#include "core/CsvWriter.h"
#include "core/TextFold.h"
#include "core/TextPolicy.h"
#include "storage/repositories/ReferenceRepository.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Import").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

RowReader::RowReader(QString fileName, const QHash<QString, int>& columnIndex, const ReferenceRepository& reference,
                     QList<ImportProblem>& problems)
    : m_file(std::move(fileName))
    , m_reference(reference)
    , m_problems(problems)
{
    for (auto it = columnIndex.constBegin(); it != columnIndex.constEnd(); ++it)
        m_index.emplace_back(it.key(), it.value());
}

int RowReader::indexOf(const QString& column) const
{
    for (const auto& [name, index] : m_index)
        if (name.size() == column.size() && name == column)
            return index;
    return -1;
}

void RowReader::setRow(const QStringList& cells, int line)
{
    m_cells = cells;
    m_line = line;
    m_badColumns.clear();
}

void RowReader::problem(const QString& column, const QString& message)
{
    m_badColumns.insert(column);
    m_problems.push_back({m_file, m_line, column, message});
}

void RowReader::addProblems(const FieldProblems& problems)
{
    for (const FieldProblem& p : problems)
        if (!m_badColumns.contains(p.field))
            problem(p.field, p.message);
}

QString RowReader::text(const QString& column) const
{
    const int at = indexOf(column);
    if (at < 0 || at >= m_cells.size())
        return {};
    // A cell Reper's CSV writer wrote as '=… (so that a spreadsheet shows it as text) is =….
    return CsvWriter::readCell(m_cells.at(at)).trimmed();
}

QString RowReader::required(const QString& column)
{
    const QString value = text(column);
    if (value.isEmpty())
        problem(column, Tr::tr("is required and empty"));
    return value;
}

QString RowReader::codeText(const QString& column, bool isRequired)
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return {};
    if (const auto p = TextPolicy::codeProblem(value)) {
        problem(column, *p);
        return {};
    }
    return value;
}

QString RowReader::code(const QString& column, const QString& list, bool isRequired)
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return {};
    if (const auto c = Codes::byName(list).match(value))
        return *c;
    problem(column, Tr::tr("'%1' is neither a code nor a label of the %2 list").arg(TextPolicy::echo(value), list));
    return {};
}

QStringList RowReader::codes(const QString& column, const QString& list, bool isRequired)
{
    const QString value = isRequired ? required(column) : text(column);
    QStringList out;
    if (value.isEmpty())
        return out;
    constexpr int kShown = 5; // unknown items named in the message; the rest are counted
    QStringList unknown;
    int unknownCount = 0;
    for (const QString& part : value.split(QLatin1Char(';'))) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        if (const auto c = Codes::byName(list).match(item)) {
            if (!out.contains(*c))
                out << *c;
        } else if (++unknownCount <= kShown) {
            unknown << QLatin1Char('\'') + TextPolicy::echo(item) + QLatin1Char('\'');
        }
    }
    if (unknownCount > 0) {
        QString items = unknown.join(QStringLiteral(", "));
        if (unknownCount > kShown)
            items += Tr::tr(" and %1 more").arg(unknownCount - kShown);
        const QString message = unknownCount == 1 ? Tr::tr("%1 is neither a code nor a label of the %2 list")
                                                  : Tr::tr("%1 are neither codes nor labels of the %2 list");
        problem(column, message.arg(items, list));
        return {};
    }
    return out;
}

QString RowReader::country(const QString& column, bool isRequired)
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return {};
    if (value.size() == 2) {
        const QString upper = value.toUpper();
        if (Codes::countries().contains(upper))
            return upper;
    }
    if (value.size() > 2)
        if (const auto c = Codes::countries().match(value))
            return *c;
    if (value.size() == 3 && value.at(0).isLetter() && value.at(2).isLetter())
        problem(column,
                Tr::tr("'%1' is not a country code: countries are written as ISO 3166-1 alpha-2 codes (RO, IT, …)")
                    .arg(TextPolicy::echo(value)));
    else if (value.compare(QLatin1String("UK"), Qt::CaseInsensitive) == 0)
        problem(column, Tr::tr("'UK' is not an ISO 3166-1 code: the United Kingdom is GB"));
    else
        problem(column,
                Tr::tr("'%1' is neither an ISO 3166-1 alpha-2 code nor a country name").arg(TextPolicy::echo(value)));
    return {};
}

QString RowReader::county(const QString& column, bool isRequired)
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return {};
    const QString upper = value.toUpper();
    if (m_reference.hasCounty(upper))
        return upper;
    const QString folded = foldText(value);
    for (auto it = m_reference.counties().constBegin(); it != m_reference.counties().constEnd(); ++it)
        if (foldText(it.value()) == folded)
            return it.key();
    problem(column,
            Tr::tr("'%1' is neither a county code (AB, AG, … B, … VN) nor a county name").arg(TextPolicy::echo(value)));
    return {};
}

QString RowReader::center(const QString& column)
{
    const QString value = required(column);
    if (value.isEmpty())
        return {};
    const QString upper = value.toUpper();
    if (m_reference.centerId(upper))
        return upper;
    const QString folded = foldText(value);
    for (const Center& c : m_reference.centers())
        if (foldText(c.seat) == folded)
            return c.code;
    problem(column, Tr::tr("'%1' is not a regional centre (CR-AB, CR-BC, … CR-TM)").arg(TextPolicy::echo(value)));
    return {};
}

QDate RowReader::date(const QString& column, bool isRequired)
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return {};
    auto parsed = CivilDate::parse(value);
    if (!parsed) {
        problem(column, parsed.error().message);
        return {};
    }
    return *parsed;
}

std::optional<qint64> RowReader::count(const QString& column, bool isRequired)
{
    const QString value = isRequired ? required(column) : text(column);
    if (value.isEmpty())
        return std::nullopt;
    if (!isDigits(value) || value.size() > 15) {
        problem(column, Tr::tr("'%1' is not a whole number of zero or more").arg(TextPolicy::echo(value)));
        return std::nullopt;
    }
    return value.toLongLong();
}

std::optional<int> RowReader::year(const QString& column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    if (!isDigits(value) || value.size() != 4) {
        problem(column, Tr::tr("'%1' is not a year (four digits)").arg(TextPolicy::echo(value)));
        return std::nullopt;
    }
    return value.toInt();
}

std::optional<bool> RowReader::yesNo(const QString& column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const QString f = foldText(value);
    if (f == QLatin1String("yes") || f == QLatin1String("da") || f == QLatin1String("1") || f == QLatin1String("true"))
        return true;
    if (f == QLatin1String("no") || f == QLatin1String("nu") || f == QLatin1String("0") || f == QLatin1String("false"))
        return false;
    problem(column, Tr::tr("'%1' is not yes or no").arg(TextPolicy::echo(value)));
    return std::nullopt;
}

} // namespace reper
