#include "SaveConflict.h"

#include "gui/common/MessageBox.h"
#include "gui/forms/RecordForm.h"

namespace reper {

bool SaveConflict::offerReload(QWidget* parent, RecordForm& form, const Error& error)
{
    if (!isConflict(error) || form.isNew())
        return false;
    if (!MessageBox::confirm(parent, tr("Changed by someone else"),
                             error.message + QStringLiteral("\n\n")
                                 + tr("Reload the record as it is now? What you changed here is lost; you can then "
                                      "make your changes again. To keep your text, choose Cancel and copy it "
                                      "first."),
                             tr("&Reload")))
        return false;
    if (auto s = form.load(form.recordId()); !s)
        return false;
    form.setModified(false);
    return true;
}

QString SaveConflict::reloadedText()
{
    return tr("The record is shown as it is stored now. Make your changes again and save.");
}

} // namespace reper
