#pragma once
// The window's command line (reper --help): what to open, in which language, or the screenshot
// tour. `reper FILE` is what a file manager runs for a .reper store (the desktop entry's %f).
#include "gui/common/UiLanguage.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace reper {

struct CommandLine
{
    QString store; // absolute; empty: the last store used
    QString screenshots; // --screenshots DIR
    std::optional<Language> language; // --lang; else the saved choice
    bool highContrast = false; // --high-contrast; else the saved choice (View → High contrast)
    std::optional<int> year; // --year Y: the home page's year at start (else this year)
    bool exitWhenReady = false; // --exit-when-ready: the measuring aid of ReadyProbe
    QString error; // an unknown option or one without its value

    // The arguments after the program's name.
    static CommandLine parse(const QStringList& arguments);
};

} // namespace reper
