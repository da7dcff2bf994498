#pragma once
// The bilanț as JSON (report bilant --format json, interchange.md §2): one object whose keys come
// in the order of the spec, counts as integers, then the further figures under "_info".
#include "BilantFigures.h"

#include <QByteArray>

namespace reper {

// Indented UTF-8, ending with a new line.
QByteArray renderJson(const BilantFigures& figures);

} // namespace reper
