#pragma once
// Import, step 1 (ui/ImportFolderPage.ui): the folder, and which of the twelve files are in it.
#include <QWizardPage>
#include <memory>

namespace Ui {
class ImportFolderPage;
}

namespace reper {

class ImportFolderPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFolderPage(QWidget* parent = nullptr);
    ~ImportFolderPage() override;

    QString folder() const;
    void setFolder(const QString& folder);
    QStringList filesFound() const { return m_found; }
    bool isComplete() const override;

private:
    void scan();
    std::unique_ptr<Ui::ImportFolderPage> m_ui;
    QStringList m_found;
};

} // namespace reper
