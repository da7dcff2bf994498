#pragma once
// Import as a wizard: choose a folder (ImportFolderPage), see the dry run's problems — file, line,
// column, message; sortable and copyable — and check again after correcting the files
// (ImportCheckPage), then import (ImportResultPage). Both runs go off the UI thread with a progress
// bar and a Cancel button; the import is all or nothing, as reper-cli import.
#include <QWizard>

namespace reper {

class ImportCheckPage;
class ImportFolderPage;
class ImportResultPage;
class Store;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FolderPage, CheckPage, ResultPage };

    ImportWizard(Store& store, QWidget* parent = nullptr);

    Store& store() { return m_store; }
    QString folder() const;
    void setFolder(const QString& folder);
    ImportFolderPage* folderPage() const { return m_folder; }
    ImportCheckPage* checkPage() const { return m_check; }
    ImportResultPage* resultPage() const { return m_result; }

public Q_SLOTS:
    void reject() override; // asks a running import to stop first

Q_SIGNALS:
    void imported();

private:
    Store& m_store;
    ImportFolderPage* m_folder;
    ImportCheckPage* m_check;
    ImportResultPage* m_result;
};

} // namespace reper
