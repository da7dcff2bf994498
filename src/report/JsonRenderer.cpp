#include "JsonRenderer.h"

#include "BilantFields.h"

#include <QList>
#include <utility>

namespace reper {

namespace {

// Written by hand rather than with QJsonObject, which sorts its keys: the spec fixes their order.

QByteArray quoted(const QString& text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c.unicode() < 0x20)
                out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

// Object members as already-rendered values, written at the given depth.
using Members = QList<std::pair<QByteArray, QByteArray>>;

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

Members fieldMembers(const BilantFigures& f, const std::vector<BilantFields::Field>& fields)
{
    Members members;
    for (const BilantFields::Field& field : fields)
        members.append({ quoted(QString::fromLatin1(field.key)), QByteArray::number(f.*field.value) });
    return members;
}

} // namespace

QByteArray renderJson(const BilantFigures& figures)
{
    Members top;
    top.append({ quoted(QStringLiteral("year")), QByteArray::number(figures.year) });
    top.append({ quoted(QStringLiteral("scope")), quoted(figures.scope) });
    top += fieldMembers(figures, BilantFields::figures());

    Members breakdowns;
    for (const QString& name : BilantFields::breakdownNames(figures)) {
        const QMap<QString, qint64>& counts = figures.breakdowns[name];
        Members codes;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            codes.append({ quoted(it.key()), QByteArray::number(it.value()) });
        breakdowns.append({ quoted(name), object(codes, 2) });
    }
    top.append({ quoted(QStringLiteral("breakdowns")), object(breakdowns, 1) });
    top.append({ quoted(QStringLiteral("_info")), object(fieldMembers(figures, BilantFields::info()), 1) });
    return object(top, 0) + '\n';
}

} // namespace reper
