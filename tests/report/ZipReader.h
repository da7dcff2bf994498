#pragma once
// Reads the members of a ZIP archive (an XLSX workbook, an ODT document) for the tests, with zlib:
// the central directory at the end, then each member stored or deflated. No dependency on unzip.
#include <QByteArray>
#include <QMap>
#include <QString>

namespace reper::test {

// Member name -> content; empty when the archive cannot be read.
QMap<QString, QByteArray> readZip(const QByteArray& archive);

} // namespace reper::test
