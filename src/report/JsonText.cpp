#include "JsonText.h"

namespace reper::JsonText {

QByteArray quoted(const QString& text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c.unicode() < 0x20)
                out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

QByteArray boolean(bool b) { return b ? QByteArray("true") : QByteArray("false"); }

QByteArray object(const Members& members, int depth)
{
    if (members.isEmpty())
        return "{}";
    const QByteArray inner(2 * (depth + 1), ' ');
    QByteArray out = "{\n";
    for (int i = 0; i < members.size(); ++i) {
        out += inner + members[i].first + ": " + members[i].second;
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    return out + QByteArray(2 * depth, ' ') + '}';
}

QByteArray array(const QList<Members>& items, int depth)
{
    if (items.isEmpty())
        return "[]";
    const QByteArray inner(2 * (depth + 1), ' ');
    QByteArray out = "[\n";
    for (int i = 0; i < items.size(); ++i) {
        QByteArray line = "{ ";
        for (int m = 0; m < items[i].size(); ++m)
            line += (m ? ", " : "") + items[i][m].first + ": " + items[i][m].second;
        out += inner + line + " }" + (i + 1 < items.size() ? ",\n" : "\n");
    }
    return out + QByteArray(2 * depth, ' ') + ']';
}

} // namespace reper::JsonText
