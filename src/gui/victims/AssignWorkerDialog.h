#pragma once
// Gives a victim's case to a case worker (issue 10 §1): one of the centre's operators and
// coordinators (CaseRepository::caseWorkers), or nobody. Only a coordinator of the centre may
// (decisions.md C3); CaseRepository checks it again and stages the audit entry.
#include "core/Records.h"

#include <QDialog>

class QComboBox;
class QPushButton;

namespace reper {

class MessageBanner;
class Store;

class AssignWorkerDialog : public QDialog
{
    Q_OBJECT
public:
    AssignWorkerDialog(Store& store, const VictimCase& c, QWidget* parent = nullptr);

    QComboBox* workerBox() const { return m_worker; }
    QPushButton* assignButton() const { return m_assign; }
    void accept() override;

private:
    Store& m_store;
    VictimCase m_case;
    QComboBox* m_worker;
    MessageBanner* m_banner;
    QPushButton* m_assign;
};

} // namespace reper
