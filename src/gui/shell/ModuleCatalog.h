#pragma once
// The side bar's modules: each one's name and icon, and whether a user's side bar lists it (the
// records' modules for users who may read records; the work list for users with case work,
// docs/decisions.md).
#include "gui/shell/MainWindow.h"

namespace reper {

class Store;

class ModuleCatalog
{
public:
    static QString title(MainWindow::Module module);
    static QString icon(MainWindow::Module module);
    static bool shown(MainWindow::Module module, Store& store);
};

} // namespace reper
