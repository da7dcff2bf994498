#pragma once
// The victim's case on the victim's page (issue 10 §1): its state, case worker, opening and closing
// dates and reason; buttons to close it (CloseCaseDialog), reopen it, move it between active and
// follow-up, and give it to another case worker (AssignWorkerDialog, coordinators only). Who may
// press what follows decisions.md C3; a button the user may not use stays disabled, with the reason
// in its tooltip. Every change goes through CaseRepository (audit trail included).
#include "core/Records.h"

#include <QGroupBox>
#include <QPointer>

class QDialog;
class QLabel;
class QPushButton;

namespace reper {

class MessageBanner;
class Store;

class CasePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit CasePanel(Store& store, QWidget* parent = nullptr);

    // Reads the case of the victim (0: a victim not saved yet — the panel is hidden).
    void load(RecordId victimId);
    const VictimCase& current() const { return m_case; }
    // The dialog opened last (for tests and the screenshot tour).
    QDialog* lastDialog() const { return m_lastDialog.data(); }

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    void display(const VictimCase& c);
    void closeCase();
    void reopen();
    void toggleFollowUp();
    void assignWorker();
    bool saveCase(const VictimCase& c);
    void afterDialog(QDialog* dialog);

    Store& m_store;
    VictimCase m_case;
    QLabel* m_status;
    QLabel* m_worker;
    QLabel* m_opened;
    QLabel* m_closed;
    QLabel* m_note;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QPushButton* m_followUp;
    QPushButton* m_assign;
    QPointer<QDialog> m_lastDialog;
};

} // namespace reper
