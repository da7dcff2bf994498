#pragma once
// One module of the main window (Victims, Assistance, …): what the window's shortcuts do in it.
// Ctrl+N new, Ctrl+F search, F5 refresh, Ctrl+S save, Esc cancel; and whether it may be left.
#include <QWidget>

namespace reper {

class ModulePage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void activate() { } // shown: read what is needed
    virtual void newRecord() { }
    virtual void focusSearch() { }
    virtual void refresh() { }
    virtual bool save() { return false; }
    virtual bool cancel() { return false; }
    virtual bool confirmLeave() { return true; } // unsaved changes: ask; false = stay
    virtual bool hasUnsavedChanges() const { return false; }

Q_SIGNALS:
    // Records were added, changed or removed (the home page's figures are then out of date).
    void recordsChanged();
};

} // namespace reper
