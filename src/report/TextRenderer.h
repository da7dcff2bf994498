#pragma once
// The bilanț as plain text (report bilant --format txt): the narrative, then aligned tables with
// the exact figures, the further figures and the breakdowns of the victims identified.
#include "BilantFigures.h"

#include <QString>

namespace reper {

QString renderText(const BilantFigures& figures);

} // namespace reper
