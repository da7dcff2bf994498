#pragma once
// The end of a background job in a dialog (AsyncTask, StoreJob): it either succeeded, or its error is
// shown as a warning titled as the dialog — except a cancel, which the user asked for and sees in the
// progress panel.
#include "core/Result.h"

class QWidget;

namespace reper {

class JobOutcome
{
public:
    // True when `result` holds a value; otherwise the warning (unless cancelled), and false.
    template<class T>
    static bool succeeded(QWidget* dialog, const QString& title, const Result<T>& result)
    {
        if (result)
            return true;
        warn(dialog, title, result.error());
        return false;
    }
    static void warn(QWidget* dialog, const QString& title, const Error& error);
};

} // namespace reper
