#include "FileDialogs.h"

#include <QFileDialog>

namespace reper {

namespace {
bool g_quiet = false;
QStringList g_paths;
} // namespace

void FileDialogs::setQuiet(bool quiet) { g_quiet = quiet; }
void FileDialogs::queuePath(const QString& path) { g_paths << path; }

bool FileDialogs::takeQueued(QString* path)
{
    if (!g_paths.isEmpty()) {
        *path = g_paths.takeFirst();
        return true;
    }
    if (g_quiet) {
        path->clear();
        return true;
    }
    return false;
}

QString FileDialogs::openFile(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString path;
    if (takeQueued(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialogs::saveFile(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    QString path;
    if (takeQueued(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialogs::folder(QWidget* parent, const QString& caption, const QString& dir)
{
    QString path;
    if (takeQueued(&path))
        return path;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

} // namespace reper
