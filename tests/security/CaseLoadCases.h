#pragma once
// CR-CJ's cases for the case-load tests (issue 10 §7): opened, contacted, closed and repatriated on
// known days before the test clock's 2026-01-15, so that every figure can be counted by hand.
#include "SecurityFixture.h"

namespace reper::test {

extern const QString kCaseLoadCenter; // CR-CJ
// Records the cases listed in CaseLoadCases.cpp as op_cj, and takes one case from its worker as
// coord_nat; every store it opened is closed again.
void recordCaseLoadCases(SecurityFixture& f);

} // namespace reper::test
