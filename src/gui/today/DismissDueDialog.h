#pragma once
// Sets one deadline of the work list aside: a reason is required (and a few words when it is
// "other"); the dismissal is recorded by DueItems::dismiss, with the reason in the audit trail.
#include "core/Deadlines.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace reper {

class MessageBanner;
class Store;

class DismissDueDialog : public QDialog
{
    Q_OBJECT
public:
    DismissDueDialog(Store& store, const DueItem& item, QWidget* parent = nullptr);

    QComboBox* reasonBox() const { return m_reason; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* dismissButton() const { return m_dismiss; }

    void accept() override;

private:
    void updateButton();

    Store& m_store;
    DueItem m_item;
    QComboBox* m_reason;
    QLineEdit* m_note;
    MessageBanner* m_banner;
    QPushButton* m_dismiss;
};

} // namespace reper
