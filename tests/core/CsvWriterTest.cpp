#include "core/CsvWriter.h"

#include <catch2/catch.hpp>

using namespace reper;

namespace {
QByteArray cell(const QString& value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    CsvWriter::appendCell(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
    return out;
}
} // namespace

TEST_CASE("csv writer: RFC 4180 quoting, line breaks included", "[core][csv]")
{
    CHECK(cell(QStringLiteral("plain")) == "plain");
    CHECK(cell(QStringLiteral("a,b")) == "\"a,b\"");
    CHECK(cell(QStringLiteral("say \"hi\"")) == "\"say \"\"hi\"\"\"");
    CHECK(cell(QStringLiteral("two\nlines")) == "\"two\nlines\"");
    CHECK(cell(QStringLiteral("cr\rhere")) == "\"cr\rhere\"");
    CHECK(cell(QStringLiteral(" padded ")) == "\" padded \"");
    CHECK(cell(QString::fromUtf8("Brașov")) == QString::fromUtf8("Brașov").toUtf8());
    CHECK(CsvWriter::row({QStringLiteral("a"), QString(), QStringLiteral("b,c")}) == "a,,\"b,c\"\n");
}

TEST_CASE("csv writer: a cell a spreadsheet would run as a formula is written as text", "[core][csv]")
{
    CHECK(cell(QStringLiteral("=HYPERLINK(\"http://x\")")) == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(cell(QStringLiteral("+40 721 000 000")) == "'+40 721 000 000");
    CHECK(cell(QStringLiteral("-2+3+cmd|' /C calc'!A0")) == "'-2+3+cmd|' /C calc'!A0");
    CHECK(cell(QStringLiteral("@SUM(A1)")) == "'@SUM(A1)");
    CHECK(cell(QStringLiteral("\t=1")) == "'\t=1");
    CHECK(cell(QStringLiteral("\r=1")) == "\"'\r=1\"");
    CHECK(cell(QStringLiteral("- a note that starts with a dash")) == "'- a note that starts with a dash");
    // Negative numbers are values, not formulas: the bilanț's differences stay numbers.
    CHECK(cell(QStringLiteral("-3")) == "-3");
    CHECK(cell(QStringLiteral("-73.6")) == "-73.6");
    CHECK(cell(QStringLiteral("-3.")) == "'-3.");
    CHECK(cell(QStringLiteral("-")) == "'-");
    // A value that already starts with ' before such a character keeps its own '.
    CHECK(cell(QStringLiteral("'=x")) == "''=x");
    CHECK(cell(QStringLiteral("''-3")) == "'''-3");
    CHECK(cell(QStringLiteral("'quoted'")) == "'quoted'");
    // The UTF-8 path of the generator writes the same bytes.
    std::string bytes;
    CsvWriter::appendCell(bytes, "=1+1");
    CHECK(bytes == "'=1+1");
}

TEST_CASE("csv writer: every value reads back as it was written", "[core][csv]")
{
    const QStringList values = {QStringLiteral("=1+1"),   QStringLiteral("'=1+1"),
                                QStringLiteral("''=1+1"), QStringLiteral("-3"),
                                QStringLiteral("'-3"),    QStringLiteral("-x"),
                                QStringLiteral("+"),      QStringLiteral("@"),
                                QStringLiteral("\tx"),    QStringLiteral("'"),
                                QStringLiteral("''"),     QStringLiteral("'a"),
                                QStringLiteral("plain"),  QString(),
                                QString::fromUtf8("=Ș")};
    for (const QString& v : values) {
        INFO(v.toStdString());
        QString written = QString::fromUtf8(cell(v));
        if (written.startsWith(QLatin1Char('"'))) // quoted: what the CSV reader hands over
            written = written.mid(1, written.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        CHECK(CsvWriter::readCell(written) == v);
        // Nothing but a plain number reaches the spreadsheet starting with a formula character.
        const bool formulaStart = !written.isEmpty() && QStringLiteral("=+-@\t\r").contains(written.at(0));
        CHECK((!formulaStart || v == QLatin1String("-3")));
    }
}
