#pragma once
// File → Import a centre package (issue 9): what `reper-cli package import FILE --key HQ.key
// [--prefer centre|headquarters]` does, from the window. The package file, headquarters' key file
// and its password; the import runs in the background (PackageImport: checked, then all or nothing
// in one transaction). A refused package shows the storage layer's reason and changes nothing.
// When headquarters changed records since the last package, the conflicts are listed and the user
// chooses the centre's or headquarters' side and imports again. The result names the signer's key
// (and the keys introduced with a centre's first package, to be checked by telephone) and what was
// added, updated and deleted.
#include "gui/common/AsyncTask.h"
#include "storage/package/PackageImport.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace reper {

class PathField;
class ProgressPanel;
class Store;

class ImportPackageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportPackageDialog(Store& store, QWidget* parent = nullptr);

    // Whether this user may import the package of some centre (PackageImport::permits).
    static bool permitted(Store& store);

    void setPackage(const QString& path);
    void setKey(const QString& path);
    QPushButton* importButton() const { return m_import; }
    // Starts the import in the background; nullptr when the fields are not filled in.
    Job* importNow();
    Job* job() const { return m_job; }
    // The summary shown after an import (empty before one succeeded).
    QString resultText() const;

Q_SIGNALS:
    void imported();

private:
    void validate();
    void finish(Result<PackageImportResult>& done);
    void showConflicts(const PackageImportResult& done);
    void showResult(const PackageImportResult& done);
    static QString kindName(const QString& kind);

    Store& m_store;
    PathField* m_package;
    PathField* m_key;
    QLineEdit* m_password;
    QGroupBox* m_conflictsBox;
    QLabel* m_conflictsNote;
    QTreeWidget* m_conflicts;
    QRadioButton* m_preferCentre;
    QRadioButton* m_preferHq;
    QButtonGroup* m_prefer;
    ProgressPanel* m_progress;
    QLabel* m_result;
    QPushButton* m_import;
    QPushButton* m_close;
    QPointer<Job> m_job;
    QString m_resultPlain;
};

} // namespace reper
