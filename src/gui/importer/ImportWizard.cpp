#include "ImportWizard.h"

#include "gui/common/ButtonTexts.h"
#include "gui/common/MessageBox.h"
#include "gui/importer/ImportCheckPage.h"
#include "gui/importer/ImportFolderPage.h"
#include "gui/importer/ImportResultPage.h"

#include <QSettings>

namespace reper {

ImportWizard::ImportWizard(Store& store, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_folder(new ImportFolderPage(this))
    , m_check(new ImportCheckPage(store, this))
    , m_result(new ImportResultPage(store, this))
{
    setWindowTitle(tr("Import a folder of files"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setWindowModality(Qt::WindowModal);
    resize(900, 620);
    setPage(FolderPage, m_folder);
    setPage(CheckPage, m_check);
    setPage(ResultPage, m_result);
    ButtonTexts::apply(this);
    connect(m_result, &ImportResultPage::finished, this, [this](bool written) {
        if (written) {
            QSettings().setValue(QStringLiteral("import/lastFolder"), folder());
            Q_EMIT imported();
        }
    });
}

QString ImportWizard::folder() const { return m_folder->folder(); }

void ImportWizard::setFolder(const QString& folder) { m_folder->setFolder(folder); }

void ImportWizard::reject()
{
    if (m_result->isRunning()) {
        if (!MessageBox::confirm(this, tr("Stop the import"), tr("Stop the import? Nothing will be written."),
                                 tr("Stop")))
            return;
        m_result->cancel();
        return; // the page reports the stop; then the wizard can be closed
    }
    m_check->cancel();
    QWizard::reject();
}

} // namespace reper
