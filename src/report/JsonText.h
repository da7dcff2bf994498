#pragma once
// The pieces of JSON the reports write by hand — QJsonObject would sort the keys whose order the
// contract fixes (docs/interchange.md §4 and §5): a quoted string, an object of members already
// rendered, at a given depth of two-space indentation, and an array of one-line objects.
#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace reper::JsonText {

// Members as (quoted key, rendered value), in the order they are written.
using Members = QList<std::pair<QByteArray, QByteArray>>;

QByteArray quoted(const QString& text);
QByteArray boolean(bool b);
QByteArray object(const Members& members, int depth);
QByteArray array(const QList<Members>& items, int depth);

} // namespace reper::JsonText
