#pragma once
// The window's File menu: importing a folder, exporting the victims or every record, backing up and
// restoring, locking and quitting. Its actions are MainWindow.ui's; this class connects them, enables
// each for the roles that may use it and runs the long ones in the background (StoreJob).
#include <QObject>

namespace Ui {
class MainWindow;
}

namespace reper {

class Job;
class MainWindow;
class Store;

class FileMenu : public QObject
{
    Q_OBJECT
public:
    FileMenu(MainWindow& window, Ui::MainWindow& ui);

    void exportVictims();
    // File → Export all records: the twelve interchange files of the user's scope, into a new or
    // empty folder (asked for when `folder` is empty), in the background; nullptr when not started.
    Job* exportAll(const QString& folder = {});

private:
    MainWindow& m_window;
    Store& m_store;
    Ui::MainWindow& m_ui;
};

} // namespace reper
