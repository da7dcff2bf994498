#pragma once
// The identity of an imported row: a 128-bit BLAKE2b hash of its normalised values (codes, not
// labels; trimmed text). Two rows with the same values are the same record, so importing a file
// again adds nothing; rows that differ in any value, a count included, are different records.
#include <QByteArray>
#include <QDate>
#include <QStringList>

namespace reper::RowKey {

QByteArray of(const QString& kind, const QDate& date, const QStringList& values);

} // namespace reper::RowKey
