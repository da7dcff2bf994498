#include "ModuleCatalog.h"

#include "storage/Store.h"

namespace reper {

QString ModuleCatalog::icon(MainWindow::Module m)
{
    static const char* names[] = {"home",       "today",       "victims", "assistance", "repatriation", "judicial",
                                  "prevention", "cooperation", "reports", "quality",    "admin"};
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(names[m]));
}

QString ModuleCatalog::title(MainWindow::Module m)
{
    switch (m) {
    case MainWindow::Home: return MainWindow::tr("Home");
    case MainWindow::Today: return MainWindow::tr("Today");
    case MainWindow::Victims: return MainWindow::tr("Victims");
    case MainWindow::Assistance: return MainWindow::tr("Assistance");
    case MainWindow::Repatriations: return MainWindow::tr("Repatriations");
    case MainWindow::Judicial: return MainWindow::tr("Criminal proceedings");
    case MainWindow::Prevention: return MainWindow::tr("Prevention");
    case MainWindow::Cooperation: return MainWindow::tr("Cooperation");
    case MainWindow::Reports: return MainWindow::tr("Reports");
    case MainWindow::Quality: return MainWindow::tr("Data quality");
    case MainWindow::Admin: return MainWindow::tr("Administration");
    case MainWindow::ModuleCount: break;
    }
    return {};
}

bool ModuleCatalog::shown(MainWindow::Module m, Store& store)
{
    const AccessPolicy access = store.access();
    bool readsRecords = false;
    for (const Center& c : store.reference().centers())
        readsRecords = readsRecords || access.canReadRecords(c.code);
    switch (m) {
    case MainWindow::Home:
    case MainWindow::Reports:
    case MainWindow::Admin: return true;
    case MainWindow::Today: return readsRecords && access.canReadAnyRecords();
    case MainWindow::Victims: return readsRecords && access.canListVictims();
    // Whoever may close the years of their own scope: its coordinators (decisions.md C9).
    case MainWindow::Quality: return readsRecords && access.canCloseYear(access.scope());
    case MainWindow::ModuleCount: return false;
    default: break;
    }
    return readsRecords;
}

} // namespace reper
