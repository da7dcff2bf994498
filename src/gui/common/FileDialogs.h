#pragma once
// File and folder choosers of the window, in one place so tests can give the answers (a path, or
// cancel) instead of seeing a dialog.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace reper {

class FileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)
public:
    static QString openFile(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter);
    static QString folder(QWidget* parent, const QString& caption, const QString& dir);

    // For tests: quiet mode shows no dialog; each call takes the next queued path (empty: cancel).
    static void setQuiet(bool quiet);
    static void queuePath(const QString& path);

private:
    static bool takeQueued(QString* path);
};

} // namespace reper
