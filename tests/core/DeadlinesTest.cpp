// The date arithmetic of the deadline rules and the iCalendar file of `reper-cli due --format ics`,
// read back by a small RFC 5545 reader written here (not the writer's own code).
#include "core/Deadlines.h"

#include "core/IcsWriter.h"

#include <QMap>
#include <QStringDecoder>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

struct Property
{
    QString name;
    QMap<QString, QString> params;
    QString value; // raw, still escaped
};

// Unescapes a TEXT value (RFC 5545 §3.3.11); false on a backslash before anything else.
bool unescape(const QString& raw, QString* out)
{
    out->clear();
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != QLatin1Char('\\')) {
            if (raw.at(i) == QLatin1Char(';') || raw.at(i) == QLatin1Char(','))
                return false; // must be escaped in a single TEXT value
            *out += raw.at(i);
            continue;
        }
        if (++i >= raw.size())
            return false;
        const QChar c = raw.at(i);
        if (c == QLatin1Char('n') || c == QLatin1Char('N'))
            *out += QLatin1Char('\n');
        else if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            *out += c;
        else
            return false;
    }
    return true;
}

// Reads a calendar: every line ends with CRLF, none is longer than 75 octets, each physical line is
// valid UTF-8, continuation lines start with one space.
QList<Property> parse(const QByteArray& ics)
{
    REQUIRE(ics.endsWith("\r\n"));
    const QList<QByteArray> physical = ics.left(ics.size() - 1).split('\n');
    QList<QByteArray> logical;
    for (const QByteArray& lineWithCr : physical) {
        REQUIRE(lineWithCr.endsWith('\r'));
        const QByteArray line = lineWithCr.left(lineWithCr.size() - 1);
        CHECK(line.size() <= 75);
        CHECK_FALSE(line.contains('\r'));
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8(line);
        CHECK_FALSE(utf8.hasError()); // folding never splits a character
        Q_UNUSED(decoded);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            REQUIRE_FALSE(logical.isEmpty());
            logical.last() += line.mid(1);
        } else {
            logical << line;
        }
    }
    QList<Property> out;
    for (const QByteArray& l : logical) {
        const QString text = QString::fromUtf8(l);
        const int colon = text.indexOf(QLatin1Char(':'));
        REQUIRE(colon > 0);
        QStringList head = text.left(colon).split(QLatin1Char(';'));
        Property p;
        p.name = head.takeFirst();
        for (const QString& param : head)
            p.params.insert(param.section(QLatin1Char('='), 0, 0), param.section(QLatin1Char('='), 1));
        p.value = text.mid(colon + 1);
        out << p;
    }
    return out;
}

} // namespace

TEST_CASE("rule dates: days and months, month ends, the turn of the year, summer time", "[core][deadlines]")
{
    DeadlineRule r;
    r.offsets = {3, 6, 12};
    r.unit = QStringLiteral("month");
    CHECK(r.datesFrom(QDate(2025, 11, 30))
          == QList<QDate>{QDate(2026, 2, 28), QDate(2026, 5, 30), QDate(2026, 11, 30)});
    CHECK(r.datesFrom(QDate(2023, 11, 30)).first() == QDate(2024, 2, 29)); // a leap year
    // One step alone, as the work list asks for it, is the same date as in the whole list.
    CHECK(r.dateAt(QDate(2025, 11, 30), 0) == QDate(2026, 2, 28));
    CHECK(r.dateAt(QDate(2025, 11, 30), 2) == QDate(2026, 11, 30));
    CHECK(r.dateAt(QDate(), 1).isNull());
    r.offsets = {90};
    r.unit = QStringLiteral("day");
    CHECK(r.datesFrom(QDate(2025, 12, 31)) == QList<QDate>{QDate(2026, 3, 31)});
    // Calendar days: the night summer time begins (2026-03-29 in Romania) is one day like any other.
    r.offsets = {1, 7};
    CHECK(r.datesFrom(QDate(2026, 3, 28)) == QList<QDate>{QDate(2026, 3, 29), QDate(2026, 4, 4)});
    CHECK(r.datesFrom(QDate()).isEmpty());

    QList<int> offsets;
    CHECK(DeadlineRule::parseOffsets(QStringLiteral("3, 6,12"), &offsets));
    CHECK(offsets == QList<int>{3, 6, 12});
    CHECK_FALSE(DeadlineRule::parseOffsets(QStringLiteral("3,,6"), &offsets));
    CHECK_FALSE(DeadlineRule::parseOffsets(QStringLiteral("-7"), &offsets));
    CHECK_FALSE(DeadlineRule::parseOffsets(QStringLiteral("9999"), &offsets));
    CHECK_FALSE(DeadlineRule::parseOffsets(QString(), &offsets));

    DeadlineRule edited;
    edited.kind = QStringLiteral("hearing");
    edited.offsets = {0};
    edited.unit = QStringLiteral("day");
    edited.leadDays = 7;
    edited.notify = QStringLiteral("case_worker");
    CHECK(edited.check().ok());
    edited.leadDays = 400;
    CHECK_FALSE(edited.check().ok());
    edited.leadDays = 7;
    edited.unit = QStringLiteral("week");
    CHECK_FALSE(edited.check().ok());
}

TEST_CASE("the work list's buckets: overdue, today, this week, shown early", "[core][deadlines]")
{
    DueItem item;
    item.due = QDate(2026, 1, 2);
    item.visibleFrom = item.due;
    CHECK(dueBucket(item, QDate(2025, 12, 31)) == DueBucket::ThisWeek); // across the new year
    CHECK(dueBucket(item, QDate(2026, 1, 2)) == DueBucket::Today);
    CHECK(dueBucket(item, QDate(2026, 1, 3)) == DueBucket::Overdue);
    CHECK(dueBucket(item, QDate(2025, 12, 25)) == DueBucket::Later);
    item.visibleFrom = QDate(2025, 12, 20);
    CHECK(dueBucket(item, QDate(2025, 12, 21)) == DueBucket::ThisWeek);
}

TEST_CASE("the iCalendar file is RFC 5545 and reads back to the same events", "[core][deadlines][ics]")
{
    QList<IcsEvent> events;
    IcsEvent a;
    a.uid = QStringLiteral("hearing-42-2026-01-05@reper");
    a.date = QDate(2026, 1, 5);
    a.summary = QStringLiteral("RV-T00001: Termen în instanță; însoțire, dosar 123/P/2025");
    a.description = QStringLiteral("Centrul CR-BV\nResponsabil: op_bv\\ajutor — ") + QString(60, QChar(0x0219)); // ș×60
    a.categories = QStringLiteral("Reper");
    a.alarmDaysBefore = 7;
    IcsEvent b;
    b.uid = QStringLiteral("no_contact-7-2025-12-31@reper");
    b.date = QDate(2025, 12, 31);
    b.summary = QStringLiteral("RV-T00002: Fără contact de monitorizare de 60 de zile");
    events << a << b;
    const QByteArray ics = IcsWriter::calendar(events, QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC),
                                               QStringLiteral("Reper, termene"));
    CHECK_FALSE(ics.contains("\n\n"));
    CHECK(ics.count("\r\n") == ics.count('\n')); // no bare LF
    const QList<Property> props = parse(ics);
    REQUIRE(props.first().name == QStringLiteral("BEGIN"));
    CHECK(props.first().value == QStringLiteral("VCALENDAR"));
    CHECK(props.last().value == QStringLiteral("VCALENDAR"));
    QStringList stack;
    QList<QMap<QString, Property>> vevents;
    for (const Property& p : props) {
        if (p.name == QStringLiteral("BEGIN")) {
            stack << p.value;
            if (p.value == QStringLiteral("VEVENT"))
                vevents << QMap<QString, Property>();
            continue;
        }
        if (p.name == QStringLiteral("END")) {
            REQUIRE_FALSE(stack.isEmpty());
            CHECK(stack.takeLast() == p.value);
            continue;
        }
        if (!stack.isEmpty() && stack.last() == QStringLiteral("VEVENT"))
            vevents.last().insert(p.name, p);
        if (!stack.isEmpty() && stack.last() == QStringLiteral("VCALENDAR") && p.name == QStringLiteral("VERSION"))
            CHECK(p.value == QStringLiteral("2.0"));
    }
    CHECK(stack.isEmpty());
    CHECK(ics.contains("PRODID:"));
    REQUIRE(vevents.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const auto& e = vevents.at(i);
        CHECK(e.value(QStringLiteral("UID")).value == events.at(i).uid);
        CHECK(e.value(QStringLiteral("DTSTAMP")).value == QStringLiteral("20260115T120000Z"));
        const Property start = e.value(QStringLiteral("DTSTART"));
        CHECK(start.params.value(QStringLiteral("VALUE")) == QStringLiteral("DATE"));
        CHECK(QDate::fromString(start.value, QStringLiteral("yyyyMMdd")) == events.at(i).date);
        const Property end = e.value(QStringLiteral("DTEND"));
        CHECK(end.params.value(QStringLiteral("VALUE")) == QStringLiteral("DATE"));
        CHECK(QDate::fromString(end.value, QStringLiteral("yyyyMMdd")) == events.at(i).date.addDays(1));
        QString summary;
        REQUIRE(unescape(e.value(QStringLiteral("SUMMARY")).value, &summary));
        CHECK(summary == events.at(i).summary);
    }
    QString description;
    REQUIRE(unescape(vevents.first().value(QStringLiteral("DESCRIPTION")).value, &description));
    CHECK(description == a.description);
    CHECK(ics.contains("TRIGGER:-P7D"));
    CHECK(ics.count("BEGIN:VALARM") == 1);
    // The long description was folded.
    CHECK(ics.contains("\r\n "));
}

TEST_CASE("folding counts octets and never splits a character", "[core][ics]")
{
    const QByteArray line = QStringLiteral("SUMMARY:").toUtf8() + QString(100, QChar(0x021B)).toUtf8(); // ț, 2 octets
    const QByteArray folded = IcsWriter::foldLine(line);
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded == line + "\r\n");
    for (const QByteArray& part : folded.split('\n'))
        CHECK(part.size() <= 76); // 75 octets and the CR
    CHECK(IcsWriter::escapeText(QStringLiteral("a;b,c\\d\r\ne\nf")) == QStringLiteral("a\\;b\\,c\\\\d\\ne\\nf"));
}
