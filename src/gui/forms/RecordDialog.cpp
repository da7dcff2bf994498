#include "RecordDialog.h"

#include "gui/common/Appearance.h"
#include "gui/common/ButtonTexts.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/forms/FormStatus.h"
#include "gui/forms/RecordForm.h"
#include "gui/forms/SaveConflict.h"
#include "gui/widgets/MessageBanner.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace reper {

namespace {

QString stampText(const RecordStamp& s)
{
    if (s.createdBy.isEmpty() && !s.createdAt.isValid())
        return {};
    const auto when = [](const QDateTime& t) { return t.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")); };
    QString text = RecordDialog::tr("Created by %1 on %2").arg(s.createdBy, when(s.createdAt));
    if (s.updatedAt.isValid() && s.updatedAt != s.createdAt)
        text += QStringLiteral("; ") + RecordDialog::tr("last changed by %1 on %2").arg(s.updatedBy, when(s.updatedAt));
    return text;
}

} // namespace

RecordDialog::RecordDialog(RecordForm* form, QWidget* parent)
    : QDialog(parent)
    , m_form(form)
    , m_banner(new MessageBanner(this))
    , m_stamp(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("recordDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(form, 1);
    layout->addWidget(m_stamp);
    layout->addWidget(m_buttons);
    form->setParent(this);
    m_stamp->setStyleSheet(Appearance::quietTextStyle(this));
    m_stamp->setText(stampText(form->stamp()));
    m_stamp->setVisible(!m_stamp->text().isEmpty());
    ButtonTexts::apply(m_buttons);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_delete = m_buttons->addButton(tr("Delete…"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setVisible(!form->isNew() && form->canWrite());
    m_delete->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &RecordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &RecordDialog::removeRecord);
    connect(form, &RecordForm::changed, this, &RecordDialog::revalidate);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &RecordDialog::save);
    if (!form->canWrite()) {
        form->setEnabled(false);
        m_save->setVisible(false);
        m_banner->showMessage(tr("You may read this record but not change it."), MessageBanner::Kind::Information);
    }
    updateTitle();
    revalidate();
}

void RecordDialog::updateTitle()
{
    setWindowTitle(m_form->isNew() ? tr("New record: %1").arg(m_form->kindTitle()) : m_form->kindTitle());
}

void RecordDialog::revalidate()
{
    if (!m_form->canWrite())
        return;
    FormStatus::update(*m_form, *m_banner, *m_save);
    // Room for the messages that appeared under the fields.
    if (isVisible() && sizeHint().height() > height())
        resize(width(), sizeHint().height());
}

bool RecordDialog::save()
{
    if (!m_form->canWrite())
        return false;
    m_form->hints().touchAll();
    revalidate();
    if (!m_form->blockingProblems().isEmpty())
        return false;
    auto saved = m_form->save();
    if (!saved) {
        if (SaveConflict::offerReload(this, *m_form, saved.error())) {
            m_stamp->setText(stampText(m_form->stamp()));
            m_stamp->setVisible(!m_stamp->text().isEmpty());
            revalidate();
            m_banner->showMessage(SaveConflict::reloadedText(), MessageBanner::Kind::Information);
        } else {
            m_banner->showMessage(saved.error().message, MessageBanner::Kind::Error);
        }
        return false;
    }
    m_form->setModified(false);
    Q_EMIT this->saved(*saved);
    m_closing = true;
    accept();
    return true;
}

bool RecordDialog::removeRecord()
{
    if (m_form->isNew())
        return false;
    if (!MessageBox::confirm(this, tr("Delete record"),
                             tr("Delete this record (%1)? This cannot be undone.").arg(m_form->kindTitle()),
                             tr("Delete")))
        return false;
    const RecordId id = m_form->recordId();
    if (auto s = m_form->remove(); !s) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    Q_EMIT removed(id);
    m_closing = true;
    accept();
    return true;
}

bool RecordDialog::mayClose()
{
    if (m_closing || !m_form->isModified() || !m_form->canWrite())
        return true;
    switch (MessageBox::unsavedChanges(this)) {
    case MessageBox::Answer::Accept:
        save(); // closes the dialog itself when the record is valid and saved
        return false;
    case MessageBox::Answer::Discard: return true;
    case MessageBox::Answer::Reject: return false;
    }
    return false;
}

void RecordDialog::reject()
{
    if (!mayClose())
        return;
    m_closing = true;
    QDialog::reject();
}

void RecordDialog::closeEvent(QCloseEvent* event)
{
    if (!mayClose()) {
        event->ignore();
        return;
    }
    m_closing = true;
    QDialog::closeEvent(event);
}

} // namespace reper
