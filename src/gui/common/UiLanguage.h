#pragma once
// The language of the window: Romanian by default, English selectable. Installs the program's
// translations (the window's texts, the lower layers' messages and, for Romanian, Qt's own
// dialogs), sets the default locale (dates, numbers, month names) and remembers the choice.
#include "core/Codes.h"

#include <QLocale>
#include <QString>

namespace reper {

namespace UiLanguage {
Language current();
// Installs the translators of `language` in place of the previous ones.
void install(Language language);
Language saved(); // the remembered choice (Romanian when none)
void save(Language language);
QString code(Language language); // "ro", "en"
Language fromCode(const QString& code);
QLocale locale();
} // namespace UiLanguage

} // namespace reper
