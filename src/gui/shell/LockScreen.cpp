#include "LockScreen.h"

#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "ui_LockScreen.h"

#include <QApplication>

namespace reper {

LockScreen::LockScreen(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    QFont heading = m_ui->heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->heading->setFont(heading);
    m_ui->who->setText(tr("Type the password of %1 to go on working.").arg(store.user().name));
    connect(m_ui->unlockButton, &QPushButton::clicked, this, [this] { tryUnlock(m_ui->password->text()); });
    connect(m_ui->password, &QLineEdit::returnPressed, this, [this] { tryUnlock(m_ui->password->text()); });
}

LockScreen::~LockScreen() = default;

void LockScreen::prepare()
{
    m_ui->password->clear();
    m_ui->banner->clear();
    m_ui->password->setFocus();
}

bool LockScreen::tryUnlock(const QString& password)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_store.reauthenticate(password);
    QApplication::restoreOverrideCursor();
    m_ui->password->clear();
    if (!s) {
        m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        m_ui->password->setFocus();
        return false;
    }
    m_ui->banner->clear();
    Q_EMIT unlocked();
    return true;
}

} // namespace reper
