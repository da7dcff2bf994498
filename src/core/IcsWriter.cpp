#include "IcsWriter.h"

namespace reper {

QString IcsWriter::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char(';'))
            out += QLatin1String("\\;");
        else if (c == QLatin1Char(','))
            out += QLatin1String("\\,");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue; // other control characters are not allowed in TEXT
        else
            out += c;
    }
    return out;
}

QByteArray IcsWriter::foldLine(const QByteArray& line)
{
    QByteArray out;
    int start = 0;
    int limit = 75; // the first line has 75 octets, the next ones a space and 74
    while (line.size() - start > limit) {
        int cut = start + limit;
        // Back up to the start of a UTF-8 character (never 10xxxxxx).
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

namespace {

void add(QByteArray& out, const QString& line) { out += IcsWriter::foldLine(line.toUtf8()); }

QString basicDate(const QDate& d) { return d.toString(QStringLiteral("yyyyMMdd")); }

} // namespace

QByteArray IcsWriter::calendar(const QList<IcsEvent>& events, const QDateTime& stamp, const QString& name)
{
    QByteArray out;
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    add(out, QStringLiteral("BEGIN:VCALENDAR"));
    add(out, QStringLiteral("VERSION:2.0"));
    add(out, QStringLiteral("PRODID:-//ANITP//Reper//RO"));
    add(out, QStringLiteral("CALSCALE:GREGORIAN"));
    add(out, QStringLiteral("METHOD:PUBLISH"));
    if (!name.isEmpty())
        add(out, QStringLiteral("X-WR-CALNAME:") + escapeText(name));
    for (const IcsEvent& e : events) {
        add(out, QStringLiteral("BEGIN:VEVENT"));
        add(out, QStringLiteral("UID:") + e.uid);
        add(out, QStringLiteral("DTSTAMP:") + dtstamp);
        add(out, QStringLiteral("DTSTART;VALUE=DATE:") + basicDate(e.date));
        add(out, QStringLiteral("DTEND;VALUE=DATE:") + basicDate(e.date.addDays(1)));
        add(out, QStringLiteral("SUMMARY:") + escapeText(e.summary));
        if (!e.description.isEmpty())
            add(out, QStringLiteral("DESCRIPTION:") + escapeText(e.description));
        if (!e.categories.isEmpty())
            add(out, QStringLiteral("CATEGORIES:") + escapeText(e.categories));
        add(out, QStringLiteral("TRANSP:TRANSPARENT"));
        if (e.alarmDaysBefore > 0) {
            add(out, QStringLiteral("BEGIN:VALARM"));
            add(out, QStringLiteral("ACTION:DISPLAY"));
            add(out, QStringLiteral("DESCRIPTION:") + escapeText(e.summary));
            add(out, QStringLiteral("TRIGGER:-P%1D").arg(e.alarmDaysBefore));
            add(out, QStringLiteral("END:VALARM"));
        }
        add(out, QStringLiteral("END:VEVENT"));
    }
    add(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace reper
