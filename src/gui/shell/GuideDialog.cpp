#include "GuideDialog.h"

#include "gui/common/ButtonTexts.h"
#include "gui/common/UiLanguage.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace reper {

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Reper — user guide"));
    resize(900, 700);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    ButtonTexts::apply(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/guide")});
    QFile file(UiLanguage::current() == Language::English ? QStringLiteral(":/guide/user-guide.en.md")
                                                          : QStringLiteral(":/guide/user-guide.md"));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is not part of this build."));
}

} // namespace reper
