#pragma once
// Shows a form's problems: beside the fields (FieldHints), summed up in the banner ("Check: …",
// "Still to fill in: …"), and the save button enabled only when there is none. Shared by the
// record dialogs and the victim's page.
#include <QCoreApplication>

class QAbstractButton;

namespace reper {

class MessageBanner;
class RecordForm;

class FormStatus
{
    Q_DECLARE_TR_FUNCTIONS(FormStatus)
public:
    // Returns true when the form is valid.
    static bool update(RecordForm& form, MessageBanner& banner, QAbstractButton& save);
};

} // namespace reper
