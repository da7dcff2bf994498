#pragma once
// reper --screenshots DIR: builds a store of synthetic data (DataGenerator, never real data) in a
// temporary folder, walks through every module and the main dialogs in the current language, and
// writes one PNG per view into DIR — the pictures of docs/user-guide.md.
#include <QCoreApplication>
#include <QString>

namespace reper {

class ScreenshotTour
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)
public:
    static bool run(const QString& folder);
};

} // namespace reper
