#include "PgPlaceholders.h"

namespace reper {

namespace {

bool isNameStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
bool isNamePart(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

} // namespace

PgPlaceholders PgPlaceholders::translate(const QString& in)
{
    PgPlaceholders out;
    out.sql.reserve(in.size() + 16);
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = in.at(i);
        // 'literal', "name": copied to their closing quote (a doubled quote stays inside).
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (in.at(j) == c) {
                    if (j + 1 < n && in.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            out.sql += in.mid(i, j - i + 1);
            i = j;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && in.at(i + 1) == QLatin1Char('-')) { // -- to the line's end
            const qsizetype end = in.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            out.sql += in.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && in.at(i + 1) == QLatin1Char('*')) { // /* … */
            const qsizetype end = in.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            out.sql += in.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char('?')) {
            // ?NNN, SQLite's numbered parameter: the same number, used as often as it is written.
            qsizetype j = i + 1;
            while (j < n && in.at(j).isDigit())
                ++j;
            if (j > i + 1) {
                const int number = in.mid(i + 1, j - i - 1).toInt();
                while (out.count < number) {
                    out.names << QString();
                    ++out.count;
                }
                out.sql += QLatin1Char('$') + QString::number(number);
                i = j - 1;
                continue;
            }
            out.names << QString();
            out.sql += QLatin1Char('$') + QString::number(++out.count);
            continue;
        }
        if (c == QLatin1Char(':')) {
            if (i + 1 < n && in.at(i + 1) == QLatin1Char(':')) { // a ::cast
                out.sql += QLatin1String("::");
                ++i;
                continue;
            }
            if (i + 1 < n && isNameStart(in.at(i + 1))) {
                qsizetype j = i + 1;
                while (j < n && isNamePart(in.at(j)))
                    ++j;
                const QString name = in.mid(i + 1, j - i - 1);
                qsizetype index = out.names.indexOf(name);
                if (index < 0) {
                    out.names << name;
                    index = out.names.size() - 1;
                    ++out.count;
                }
                out.sql += QLatin1Char('$') + QString::number(index + 1);
                i = j - 1;
                continue;
            }
        }
        out.sql += c;
    }
    return out;
}

int PgPlaceholders::indexOf(const QString& name) const
{
    const QString bare = name.startsWith(QLatin1Char(':')) ? name.mid(1) : name;
    const qsizetype i = bare.isEmpty() ? -1 : names.indexOf(bare);
    return i < 0 ? 0 : int(i + 1);
}

} // namespace reper
