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

TEST_CASE("CSV: a character split between two reads stays whole — invalid UTF-8 is an error", "[importer][csv]")
{
    // The reader takes 256 KiB at a time: put the two bytes of "ș" on either side of that boundary.
    QByteArray text = "county\n";
    while (text.size() + 100 < 262143)
        text += QByteArray(99, 'a') + '\n';
    text += QByteArray(262143 - text.size(), 'a');
    text += "\xC8\x99\n"; // ș
    REQUIRE(text.indexOf("\xC8\x99") == 262143);
    const auto recs = readAll(text);
    REQUIRE(recs.size() > 2);
    CHECK(recs.last().fields.first().endsWith(QString::fromUtf8("ș")));
    CHECK_FALSE(recs.last().fields.first().contains(QChar(0xFFFD)));

    QString error;
    readAll("a\n\xFF\xFE bad\n", &error);
    CHECK(error.contains(QStringLiteral("UTF-8")));
}

namespace {
struct Outcome
{
    QList<Rec> records;
    QString error;
    int errorLine = 0;
};
Outcome readWith(const QByteArray& bytes, CsvLimits limits = {})
{
    QBuffer buf;
    buf.setData(bytes);
    buf.open(QIODevice::ReadOnly);
    CsvReader csv(&buf, limits);
    Outcome out;
    QStringList f;
    int line = 0;
    while (csv.readRecord(&f, &line))
        out.records.push_back({f, line});
    out.error = csv.errorString();
    out.errorLine = csv.errorLine();
    return out;
}
} // namespace

TEST_CASE("CSV: an unclosed quote stops at the field limit with the line it starts on", "[importer][csv][limits]")
{
    // Without a limit an unclosed quote would take the rest of the file (here 3 MB) into one field.
    QByteArray text = "a,b\n1,2\n3,\"never closed\n";
    for (int i = 0; i < 100000; ++i)
        text += "4,some more text on a line of its own\n";
    const Outcome o = readWith(text);
    REQUIRE_FALSE(o.error.isEmpty());
    CHECK(o.errorLine == 3);
    CHECK(o.error.contains(QStringLiteral("line 3")));
    CHECK(o.error.contains(QString::number(CsvLimits{}.maxField)));
    CHECK(o.error.contains(QStringLiteral("quote")));
    CHECK(o.records.size() == 2); // the header and 1,2; nothing of the open field
}

TEST_CASE("CSV: a field or a record over its limit is an error naming its line", "[importer][csv][limits]")
{
    CsvLimits small;
    small.maxField = 10;
    small.maxRecord = 25;
    const Outcome field = readWith("a,b\n1,2\nshort,0123456789A\n", small);
    CHECK(field.errorLine == 3);
    CHECK(field.error.contains(QStringLiteral("10 characters")));
    CHECK(field.records.size() == 2);

    // Many small fields: every one within the field limit, the record over its own.
    const Outcome record = readWith("a\n1,2,3,4,5,6,7,8,9,10,11,12,13,14\n", small);
    CHECK(record.errorLine == 2);
    CHECK(record.error.contains(QStringLiteral("25 characters")));
    // Empty fields count too: a line of commas is not free.
    const Outcome commas = readWith("a\n" + QByteArray(100, ',') + "\n", small);
    CHECK(commas.errorLine == 2);

    // Exactly at the limits is fine.
    const Outcome ok = readWith("a,b,c\n0123456789,0123456789,012\n", small);
    CHECK(ok.error.isEmpty());
    REQUIRE(ok.records.size() == 2);
    CHECK(ok.records[1].fields.first() == QStringLiteral("0123456789"));
}

TEST_CASE("CSV: a stray quote inside a quoted field is an error at its line, never a changed value",
          "[importer][csv][quotes]")
{
    const Outcome o = readWith("partner,date\n"
                               "ok,2020-01-01\n"
                               "\"Primaria Iasi, \"Directia sociala\",2020-01-02\n");
    CHECK(o.errorLine == 3);
    CHECK(o.error.contains(QStringLiteral("line 3")));
    CHECK(o.error.contains(QStringLiteral("\"\"")));
    // No record carries the altered value "Primaria Iasi, Directia sociala\"".
    for (const Rec& r : o.records)
        CHECK_FALSE(r.fields.join(QLatin1Char('|')).contains(QStringLiteral("Directia")));

    // The stray quote on the second physical line of a quoted field is reported on that line.
    const Outcome later = readWith("a,b\n\"one\ntwo \"x\" three\",4\n");
    CHECK(later.errorLine == 3);

    // Spaces after a closing quote are no more a value than letters are.
    const Outcome spaced = readWith("a,b\n\"x\" ,y\n");
    CHECK(spaced.errorLine == 2);

    // What stays allowed: doubled quotes, a quote inside an unquoted field, a quoted empty field.
    const Outcome ok = readWith("a,b,c\n\"say \"\"hi\"\"\",5\" screen,\"\"\n");
    CHECK(ok.error.isEmpty());
    REQUIRE(ok.records.size() == 2);
    CHECK(ok.records[1].fields == QStringList{QStringLiteral("say \"hi\""), QStringLiteral("5\" screen"), QString()});
}

TEST_CASE("CSV: invalid UTF-8 is reported at its physical line", "[importer][csv][utf8]")
{
    // Line 301, well inside the first 256 KiB chunk.
    QByteArray early = "a,b\n";
    for (int line = 2; line <= 300; ++line)
        early += "x,y\n";
    early += "x,\xFF\n";
    early += "z,w\n";
    const Outcome o1 = readWith(early);
    CHECK(o1.errorLine == 301);
    CHECK(o1.error.contains(QStringLiteral("line 301")));
    CHECK(o1.records.size() == 300); // every line before the bad byte was read

    // Line 7,000 of lines of 40 bytes: past the first chunk, not at a chunk's first line.
    QByteArray late = "column\n";
    for (int line = 2; line < 7000; ++line)
        late += QByteArray(39, 'a') + '\n';
    late += "bad \xC3\x28 here\n"; // a lead byte followed by a non-continuation byte
    const Outcome o2 = readWith(late);
    CHECK(o2.errorLine == 7000);

    // A multi-line quoted field before the bad byte counts its lines; CRLF counts once.
    const Outcome o3 = readWith("a,b\r\n\"1\r\n2\r\n3\",x\r\nq,\xED\xA0\x80\r\n"); // an encoded surrogate
    CHECK(o3.errorLine == 5);

    // A file that ends in the middle of a character.
    const Outcome o4 = readWith("a\nb\n\xE2\x82");
    CHECK(o4.errorLine == 3);
    CHECK(o4.error.contains(QStringLiteral("UTF-8")));
}
