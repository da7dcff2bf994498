#pragma once
// A save refused because someone else saved the record after it was opened (optimistic locking,
// Fault::Conflict): the form offers to reload the record as it is now, so that no one's change is
// silently lost and the user can make theirs again on top of it.
#include "core/Result.h"

#include <QCoreApplication>

class QWidget;

namespace reper {

class RecordForm;

class SaveConflict
{
    Q_DECLARE_TR_FUNCTIONS(SaveConflict)
public:
    static bool isConflict(const Error& error) { return error.fault == Fault::Conflict; }
    // Asks whether to reload: true when the form now shows the stored record (and is unmodified);
    // false when the user keeps what they typed (still unsaved) or the record could not be read.
    static bool offerReload(QWidget* parent, RecordForm& form, const Error& error);
    // What the banner says after a reload.
    static QString reloadedText();
};

} // namespace reper
