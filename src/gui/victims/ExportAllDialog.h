#pragma once
// File → Export all records (issue 9 §1): what `reper-cli export all --out FOLDER [--center CR-XX]
// [--with-identity --yes]` does, from the window. Every record of the user's scope, or of one centre
// of it, of every year or one, as the twelve interchange files in a new or empty folder, written in the background.
// Identity columns only for a coordinator of the victims' own centre who ticks both boxes (the
// storage layer decides: RecordsExport and VictimExport, which record the export in the audit trail).
#include "gui/common/AsyncTask.h"
#include "storage/services/RecordsExport.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace reper {

class PathField;
class ProgressPanel;
class Store;

class ExportAllDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportAllDialog(Store& store, QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    void setCenter(const QString& center); // CR-XX, or empty for the whole scope
    void setYear(int year); // 0 for every year
    QPushButton* exportButton() const { return m_export; }
    Job* exportNow();
    Job* job() const { return m_job; }
    // "Exported … to …", after a successful export; empty before.
    QString summary() const { return m_summary; }

Q_SIGNALS:
    void exported(const QString& summary);

private:
    void validate();
    void finish(Result<RecordsExportResult>& result, const QString& folder);

    Store& m_store;
    PathField* m_folder;
    QComboBox* m_center;
    QComboBox* m_year;
    QCheckBox* m_withIdentity;
    QCheckBox* m_confirmed;
    QLabel* m_identityNote;
    ProgressPanel* m_progress;
    QLabel* m_result;
    QPushButton* m_export;
    QPointer<Job> m_job;
    QString m_summary;
};

} // namespace reper
