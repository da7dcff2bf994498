#pragma once
// The window's File menu: importing a folder, exporting the victims or every record, the centre
// packages (headquarters' keys, a centre's package out, a package in), backing up and restoring,
// locking and quitting. Most actions are MainWindow.ui's, the packages' are made here; this class
// connects them, enables each for the roles the storage layer permits and runs the long ones in the
// background (StoreJob).
#include <QObject>

class QAction;

namespace Ui {
class MainWindow;
}

namespace reper {

class ExportAllDialog;
class ExportPackageDialog;
class HqKeysDialog;
class ImportPackageDialog;
class Job;
class MainWindow;
class Store;

class FileMenu : public QObject
{
    Q_OBJECT
public:
    FileMenu(MainWindow& window, Ui::MainWindow& ui);

    void exportVictims();
    // File → Export all records: the dialog (ExportAllDialog), shown; nullptr when the user may not.
    ExportAllDialog* exportAll();

    // File → Make headquarters' keys…, Export a centre package…, Import a centre package…: the
    // dialog, shown; nullptr when the user may not.
    HqKeysDialog* makeHqKeys();
    ExportPackageDialog* exportPackage();
    ImportPackageDialog* importPackage();

private:
    void addPackageActions();

    MainWindow& m_window;
    Store& m_store;
    Ui::MainWindow& m_ui;
    QAction* m_hqKeys = nullptr;
    QAction* m_exportPackage = nullptr;
    QAction* m_importPackage = nullptr;
};

} // namespace reper
