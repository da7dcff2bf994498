#pragma once
// An iCalendar file (RFC 5545) of all-day events, for `reper-cli due --format ics`: Thunderbird,
// Outlook and phones import it as a calendar. Lines end with CRLF and are folded at 75 octets
// (never inside a UTF-8 character); text values escape backslash, semicolon, comma and newline;
// each event has its UID and DTSTAMP, a DTSTART;VALUE=DATE and the next day as DTEND, and an alarm
// when it should be shown some days early.
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace reper {

struct IcsEvent
{
    QString uid; // unique and stable: the same deadline keeps its UID when exported again
    QDate date;
    QString summary;
    QString description;
    QString categories; // one category, escaped like text
    int alarmDaysBefore = 0; // 0: no alarm
};

class IcsWriter
{
public:
    // The whole calendar, stamped `stamp` (UTC).
    static QByteArray calendar(const QList<IcsEvent>& events, const QDateTime& stamp, const QString& name);
    // A TEXT value escaped (RFC 5545 §3.3.11).
    static QString escapeText(const QString& text);
    // One content line folded at 75 octets, with its CRLF.
    static QByteArray foldLine(const QByteArray& line);
};

} // namespace reper
