#include "DismissDueDialog.h"

#include "gui/common/ButtonTexts.h"
#include "gui/common/Labels.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/cases/DueItems.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace reper {

DismissDueDialog::DismissDueDialog(Store& store, const DueItem& item, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_item(item)
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
    , m_dismiss(new QPushButton(tr("Set &aside"), this))
{
    setWindowTitle(tr("Set a deadline aside"));
    auto* layout = new QVBoxLayout(this);
    auto* what
        = new QLabel(tr("%1 for %2, due on %3.").arg(item.what(), item.victimCode, Labels::date(item.due)), this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addWidget(m_banner);
    auto* form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const QString& reason : DueItems::dismissReasons())
        m_reason->addItem(DueItems::reasonLabel(reason), reason);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("Required when the reason is \"other\""));
    auto* reasonLabel = new QLabel(tr("&Reason *"), this);
    reasonLabel->setBuddy(m_reason);
    auto* noteLabel = new QLabel(tr("&Note"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(reasonLabel, m_reason);
    form->addRow(noteLabel, m_note);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("The deadline leaves the work list; the audit trail records who set it aside, when "
                               "and why (not the note)."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(this);
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    buttons->addButton(m_dismiss, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    ButtonTexts::apply(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &DismissDueDialog::updateButton);
    connect(m_note, &QLineEdit::textChanged, this, &DismissDueDialog::updateButton);
    updateButton();
    m_reason->setFocus();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

void DismissDueDialog::updateButton()
{
    const QString reason = m_reason->currentData().toString();
    const bool ok = !reason.isEmpty() && (reason != QLatin1String("other") || !m_note->text().trimmed().isEmpty());
    m_dismiss->setEnabled(ok);
}

void DismissDueDialog::accept()
{
    if (!m_dismiss->isEnabled())
        return;
    if (auto s = DueItems(m_store).dismiss(m_item, m_reason->currentData().toString(), m_note->text()); !s) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return;
    }
    QDialog::accept();
}

} // namespace reper
