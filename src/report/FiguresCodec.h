#pragma once
// The figures of a bilanț as canonical JSON — keys sorted, no white space, counts as integers — so
// that the same figures always give the same bytes. A closed year is frozen in this form and its
// content hash is the SHA-256 of these bytes; every document's footer shows the start of the same
// hash, so a printed page can be matched with the frozen figures years later.
#include "core/BilantFigures.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace reper::FiguresCodec {

// The year's figures, the year before and the centres' figures (closure and changes are not
// figures and are left out).
QByteArray canonicalJson(const BilantReportData& data);
Result<BilantReportData> fromJson(const QByteArray& json);

QString sha256Hex(const QByteArray& bytes);
// sha256Hex(canonicalJson(data))
QString contentHash(const BilantReportData& data);

} // namespace reper::FiguresCodec
