#pragma once
// Folding of free text for matching and search: lower case, diacritics removed (ş/ș and ţ/ț, the
// cedilla and comma-below forms, fold alike), white space collapsed. SQLite's lower() and LIKE
// know only ASCII, so the store keeps this folded form next to names and titles.
#include <QString>

namespace reper {

QString foldText(QStringView text);

} // namespace reper
