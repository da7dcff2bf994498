#include "JobOutcome.h"

#include "gui/common/MessageBox.h"

namespace reper {

void JobOutcome::warn(QWidget* dialog, const QString& title, const Error& error)
{
    if (!error.cancelled)
        MessageBox::warning(dialog, title, error.message);
}

} // namespace reper
