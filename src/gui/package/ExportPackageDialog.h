#pragma once
// File → Export a centre package (issue 9): what `reper-cli package export --center CR-XX --to
// HQ.pub --out FILE` does, from the window. The centres offered are those PackageExport permits the
// user; the package is made in the background, signed with the user's key, sealed to HQ.pub and
// written atomically to a new file (never over an existing one); the storage layer records it in the
// same transaction, so a package whose file could not be written takes no number.
#include "gui/common/AsyncTask.h"
#include "storage/package/PackageExport.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;

namespace reper {

class PathField;
class ProgressPanel;
class Store;

class ExportPackageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportPackageDialog(Store& store, QWidget* parent = nullptr);

    // The centres whose package this user may make (PackageExport::permits).
    static QStringList centres(Store& store);

    void setCenter(const QString& center);
    void setHqKey(const QString& path);
    void setOutput(const QString& path);
    QPushButton* exportButton() const { return m_export; }
    Job* exportNow();
    Job* job() const { return m_job; }
    QString resultText() const;

private:
    void validate();
    void finish(Result<PackageExportResult>& made, const QString& path);

    Store& m_store;
    QComboBox* m_center;
    PathField* m_hqKey;
    PathField* m_output;
    ProgressPanel* m_progress;
    QLabel* m_result;
    QPushButton* m_export;
    QPointer<Job> m_job;
};

} // namespace reper
