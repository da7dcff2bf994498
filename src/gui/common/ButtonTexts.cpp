#include "ButtonTexts.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QWizard>

namespace reper {

void ButtonTexts::apply(QDialogButtonBox* box)
{
    const QList<QPair<QDialogButtonBox::StandardButton, QString>> texts = {
        {QDialogButtonBox::Ok, tr("OK")},         {QDialogButtonBox::Save, tr("Save")},
        {QDialogButtonBox::Cancel, tr("Cancel")}, {QDialogButtonBox::Close, tr("Close")},
        {QDialogButtonBox::Open, tr("Open")},     {QDialogButtonBox::Yes, tr("Yes")},
        {QDialogButtonBox::No, tr("No")},         {QDialogButtonBox::Discard, tr("Discard")},
        {QDialogButtonBox::Apply, tr("Apply")},   {QDialogButtonBox::Reset, tr("Reset")},
        {QDialogButtonBox::Help, tr("Help")},     {QDialogButtonBox::RestoreDefaults, tr("Restore defaults")},
    };
    for (const auto& [which, text] : texts)
        if (QPushButton* b = box->button(which))
            b->setText(text);
}

void ButtonTexts::apply(QWizard* wizard)
{
    wizard->setButtonText(QWizard::BackButton, tr("< &Back"));
    wizard->setButtonText(QWizard::NextButton, tr("&Next >"));
    wizard->setButtonText(QWizard::CommitButton, tr("&Import"));
    wizard->setButtonText(QWizard::FinishButton, tr("&Finish"));
    wizard->setButtonText(QWizard::CancelButton, tr("Cancel"));
    wizard->setButtonText(QWizard::HelpButton, tr("Help"));
}

} // namespace reper
