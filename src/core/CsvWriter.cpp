#include "CsvWriter.h"

namespace reper {

namespace {

bool isFormulaStart(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

bool isFormulaStart(QChar c) { return c.unicode() < 0x80 && isFormulaStart(static_cast<char>(c.unicode())); }

// -3, -73.6: a negative number is a value to a spreadsheet, not a formula.
bool isPlainNegativeNumber(std::string_view v)
{
    if (v.size() < 2 || v[0] != '-')
        return false;
    std::size_t i = 1;
    const auto digits = [&] {
        const std::size_t from = i;
        while (i < v.size() && v[i] >= '0' && v[i] <= '9')
            ++i;
        return i > from;
    };
    if (!digits())
        return false;
    if (i < v.size() && v[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    return i == v.size();
}

bool needsApostrophe(std::string_view v)
{
    std::size_t i = 0;
    while (i < v.size() && v[i] == '\'')
        ++i;
    if (i >= v.size() || !isFormulaStart(v[i]))
        return false;
    return i > 0 || !isPlainNegativeNumber(v);
}

template<typename Out>
void append(Out& out, std::string_view v)
{
    const bool apostrophe = needsApostrophe(v);
    const bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos
        || (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        || (!apostrophe && !v.empty() && (v.front() == ' ' || v.front() == '\t'));
    if (quote)
        out += '"';
    if (apostrophe)
        out += '\'';
    if (!quote) {
        out.append(v.data(), v.size());
        return;
    }
    for (const char c : v) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

void CsvWriter::appendCell(std::string& out, std::string_view utf8) { append(out, utf8); }

void CsvWriter::appendCell(QByteArray& out, std::string_view utf8) { append(out, utf8); }

void CsvWriter::appendRow(QByteArray& out, const QStringList& cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        const QByteArray utf8 = cells[i].toUtf8();
        append(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
    }
    out += '\n';
}

QByteArray CsvWriter::row(const QStringList& cells)
{
    QByteArray out;
    appendRow(out, cells);
    return out;
}

QString CsvWriter::readCell(const QString& cell)
{
    if (cell.isEmpty() || cell.front() != QLatin1Char('\''))
        return cell;
    int i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    if (i < cell.size() && isFormulaStart(cell.at(i)))
        return cell.mid(1);
    return cell;
}

} // namespace reper
