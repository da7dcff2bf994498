#pragma once
// A victim's identity — names, CNP, address, phone, notes — in a section of its own
// (ui/IdentityForm.ui), shown only to users who may see the identity of the victim's centre. For a
// stored victim the fields stay closed until "Show the identity" (which the audit trail records).
#include "core/Records.h"

#include <QWidget>
#include <memory>

namespace Ui {
class IdentityForm;
}

namespace reper {

class IdentityForm : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityForm(QWidget* parent = nullptr);
    ~IdentityForm() override;

    // Closed: only the "Show the identity" button; open: the fields.
    void setOpen(bool open);
    bool isOpen() const { return m_open; }
    void setIdentity(const VictimIdentity& identity);
    VictimIdentity identity() const;
    // The editors by field name (last_name, first_name, cnp, address, phone, notes).
    QList<QPair<QString, QWidget*>> editors() const;

Q_SIGNALS:
    void openRequested();

private:
    std::unique_ptr<Ui::IdentityForm> m_ui;
    bool m_open = false;
};

} // namespace reper
