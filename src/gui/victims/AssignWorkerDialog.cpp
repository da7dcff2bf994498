#include "AssignWorkerDialog.h"

#include "gui/common/ButtonTexts.h"
#include "gui/common/Labels.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/cases/CaseRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace reper {

AssignWorkerDialog::AssignWorkerDialog(Store& store, const VictimCase& c, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_case(c)
    , m_worker(new QComboBox(this))
    , m_banner(new MessageBanner(this))
    , m_assign(new QPushButton(tr("&Assign"), this))
{
    setWindowTitle(tr("Case worker"));
    auto* layout = new QVBoxLayout(this);
    auto* what
        = new QLabel(tr("The case worker is an operator or a coordinator of %1. The audit trail records the change.")
                         .arg(Labels::center(store.reference(), c.center)),
                     this);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addWidget(m_banner);
    m_worker->setObjectName(QStringLiteral("worker"));
    m_worker->addItem(tr("No case worker"), qint64(0));
    auto workers = CaseRepository(store).caseWorkers(c.center);
    if (!workers)
        m_banner->showMessage(workers.error().message, MessageBanner::Kind::Error);
    else
        for (const StoreUser& u : *workers)
            m_worker->addItem(u.name, u.id);
    m_worker->setCurrentIndex(qMax(0, m_worker->findData(c.workerId)));
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("Case &worker"), this);
    label->setBuddy(m_worker);
    form->addRow(label, m_worker);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(this);
    m_assign->setObjectName(QStringLiteral("assign"));
    buttons->addButton(m_assign, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    ButtonTexts::apply(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_worker->setFocus();
    resize(qMax(sizeHint().width(), 420), sizeHint().height());
}

void AssignWorkerDialog::accept()
{
    VictimCase c = m_case;
    c.workerId = m_worker->currentData().toLongLong();
    if (c.workerId == m_case.workerId) {
        QDialog::reject();
        return;
    }
    if (auto s = CaseRepository(m_store).save(c); !s) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return;
    }
    QDialog::accept();
}

} // namespace reper
