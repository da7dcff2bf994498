#pragma once
// A dialog around one RecordForm: a message banner on top, the form, who created and changed the
// record, and Delete / Save / Cancel. Save is enabled only while the form is valid; problems show
// beside the fields and are summed up in the banner. Closing with unsaved changes asks first
// (MessageBox, which tests pre-answer). Ctrl+S saves, Esc cancels.
#include "core/Records.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace reper {

class MessageBanner;
class RecordForm;

class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes the form; it must be loaded (or started new) already.
    explicit RecordDialog(RecordForm* form, QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    MessageBanner* banner() const { return m_banner; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }

    // Saves when valid; false (with the reason in the banner) otherwise.
    bool save();
    bool removeRecord();

Q_SIGNALS:
    void saved(RecordId id);
    void removed(RecordId id);

public Q_SLOTS:
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void revalidate();
    void updateTitle();
    bool mayClose();

    RecordForm* m_form;
    MessageBanner* m_banner;
    QLabel* m_stamp;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QPushButton* m_delete;
    bool m_closing = false;
};

} // namespace reper
