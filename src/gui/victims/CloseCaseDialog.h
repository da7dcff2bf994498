#pragma once
// Closes a victim's case (issue 10 §1): the closing date and reason, and the institution when the
// reason is "referred" (the case becomes "closed – referred", decisions.md C2). Saved through
// CaseRepository, which checks who may change the case (C3) and stages the audit entry.
#include "core/Records.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace reper {

class CodeComboBox;
class MessageBanner;
class OptionalDateEdit;
class Store;

class CloseCaseDialog : public QDialog
{
    Q_OBJECT
public:
    CloseCaseDialog(Store& store, const VictimCase& c, QWidget* parent = nullptr);

    QPushButton* closeButton() const { return m_close; }
    void accept() override;

private:
    VictimCase edited() const;
    void updateButton();

    Store& m_store;
    VictimCase m_case;
    OptionalDateEdit* m_date;
    CodeComboBox* m_reason;
    QLineEdit* m_referredTo;
    MessageBanner* m_banner;
    QPushButton* m_close;
};

} // namespace reper
