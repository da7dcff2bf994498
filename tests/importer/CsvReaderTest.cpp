#include "importer/CsvReader.h"

#include <QBuffer>
#include <catch2/catch.hpp>

using namespace reper;

namespace {
struct Rec
{
    QStringList fields;
    int line;
};
QList<Rec> readAll(const QByteArray& bytes, QString* error = nullptr)
{
    QBuffer buf;
    buf.setData(bytes);
    buf.open(QIODevice::ReadOnly);
    CsvReader csv(&buf);
    QList<Rec> out;
    QStringList f;
    int line = 0;
    while (csv.readRecord(&f, &line))
        out.push_back({f, line});
    if (error)
        *error = csv.errorString();
    return out;
}
} // namespace

TEST_CASE("CSV: BOM, quotes, doubled quotes, commas and line breaks inside fields", "[importer][csv]")
{
    const QByteArray text = "\xEF\xBB\xBF"
                            "a,b,c\n"
                            "1,\"x, y\",\"say \"\"hi\"\"\"\n"
                            "2,\"two\nlines\",z\n"
                            "3,,\n";
    const auto recs = readAll(text);
    REQUIRE(recs.size() == 4);
    CHECK(recs[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(recs[1].fields == QStringList{QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("say \"hi\"")});
    CHECK(recs[2].fields == QStringList{QStringLiteral("2"), QStringLiteral("two\nlines"), QStringLiteral("z")});
    CHECK(recs[3].fields == QStringList{QStringLiteral("3"), QStringLiteral(""), QStringLiteral("")});
    // Physical lines: the record after a two-line field starts two lines later.
    CHECK(recs[1].line == 2);
    CHECK(recs[2].line == 3);
    CHECK(recs[3].line == 5);
}

TEST_CASE("CSV: CRLF line ends, LF inside quoted fields, no final line break", "[importer][csv]")
{
    const auto recs = readAll("a,b\r\n\"x\ny\",2\r\n3,\"\"\r\n4,5");
    REQUIRE(recs.size() == 4);
    CHECK(recs[1].fields == QStringList{QStringLiteral("x\ny"), QStringLiteral("2")});
    CHECK(recs[2].fields == QStringList{QStringLiteral("3"), QStringLiteral("")});
    CHECK(recs[3].fields == QStringList{QStringLiteral("4"), QStringLiteral("5")});
    CHECK(recs[3].line == 5);
}

TEST_CASE("CSV: diacritics survive chunk boundaries, blank lines are skipped", "[importer][csv]")
{
    QByteArray text = "nume\n";
    for (int i = 0; i < 40000; ++i)
        text += "Țuțuianu Ștefănescu\n";
    text += "\n\nfinal\n";
    const auto recs = readAll(text);
    REQUIRE(recs.size() == 40002);
    CHECK(recs[20000].fields.first() == QString::fromUtf8("Țuțuianu Ștefănescu"));
    CHECK(recs.last().fields.first() == QStringLiteral("final"));
    CHECK(recs.last().line == 40004);
}

TEST_CASE("CSV: an unterminated quote is an error that names its line", "[importer][csv]")
{
    QString error;
    readAll("a,b\n1,\"never closed\n2,3\n", &error);
    CHECK(error.contains(QStringLiteral("line 2")));
}

TEST_CASE("CSV: a character split between two reads stays whole; invalid UTF-8 is an error", "[importer][csv]")
{
    // The reader takes 256 KiB at a time: put the two bytes of "ș" on either side of that boundary.
    QByteArray text = "county\n";
    text += QByteArray(262144 - 1 - text.size(), 'a');
    text += "\n";
    text.chop(1);
    text += "\xC8\x99\n"; // ș
    REQUIRE(text.indexOf("\xC8\x99") == 262143);
    const auto recs = readAll(text);
    REQUIRE(recs.size() == 2);
    CHECK(recs[1].fields.first().endsWith(QString::fromUtf8("ș")));
    CHECK_FALSE(recs[1].fields.first().contains(QChar(0xFFFD)));

    QString error;
    readAll("a\n\xFF\xFE bad\n", &error);
    CHECK(error.contains(QStringLiteral("UTF-8")));
}
