#include "CasePanel.h"

#include "gui/common/Appearance.h"
#include "gui/common/Labels.h"
#include "gui/victims/AssignWorkerDialog.h"
#include "gui/victims/CloseCaseDialog.h"
#include "storage/Store.h"
#include "storage/cases/CaseRepository.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace reper {

namespace {
QLabel* valueLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

CasePanel::CasePanel(Store& store, QWidget* parent)
    : QGroupBox(tr("Case"), parent)
    , m_store(store)
    , m_status(valueLabel("caseStatus", this))
    , m_worker(valueLabel("caseWorker", this))
    , m_opened(valueLabel("caseOpened", this))
    , m_closed(valueLabel("caseClosed", this))
    , m_note(valueLabel("caseNote", this))
    , m_close(button(tr("C&lose case…"), "closeCase", this))
    , m_reopen(button(tr("Re&open"), "reopenCase", this))
    , m_followUp(button(QString(), "followUp", this))
    , m_assign(button(tr("Case &worker…"), "assignWorker", this))
{
    setObjectName(QStringLiteral("casePanel"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("State:"), m_status);
    form->addRow(tr("Case worker:"), m_worker);
    form->addRow(tr("Opened on:"), m_opened);
    form->addRow(tr("Closed:"), m_closed);
    layout->addLayout(form);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_close, 0, 0);
    buttons->addWidget(m_reopen, 0, 0);
    buttons->addWidget(m_followUp, 0, 1);
    buttons->addWidget(m_assign, 1, 0, 1, 2);
    layout->addLayout(buttons);
    m_note->setStyleSheet(Appearance::quietTextStyle(this));
    layout->addWidget(m_note);
    connect(m_close, &QPushButton::clicked, this, &CasePanel::closeCase);
    connect(m_reopen, &QPushButton::clicked, this, &CasePanel::reopen);
    connect(m_followUp, &QPushButton::clicked, this, &CasePanel::toggleFollowUp);
    connect(m_assign, &QPushButton::clicked, this, &CasePanel::assignWorker);
    setVisible(false);
}

void CasePanel::load(RecordId victimId)
{
    m_case = VictimCase();
    if (victimId == 0) {
        setVisible(false);
        return;
    }
    auto c = CaseRepository(m_store).forVictim(victimId);
    if (!c) {
        setVisible(false);
        Q_EMIT failed(c.error().message);
        return;
    }
    display(*c);
    setVisible(true);
}

void CasePanel::display(const VictimCase& c)
{
    m_case = c;
    m_status->setText(Labels::code(QStringLiteral("case_status"), c.status));
    m_worker->setText(c.workerId ? c.workerName : tr("none yet — a coordinator assigns one"));
    m_opened->setText(Labels::date(c.openedOn));
    if (c.isClosed()) {
        QString closed
            = tr("on %1, %2")
                  .arg(Labels::date(c.closedOn), Labels::code(QStringLiteral("closing_reason"), c.closingReason));
        if (!c.referredTo.isEmpty())
            closed += QStringLiteral(" (") + c.referredTo + QLatin1Char(')');
        m_closed->setText(closed);
    } else {
        m_closed->setText(tr("no"));
    }
    const bool closed = c.isClosed();
    const bool write = m_store.access().canWriteRecords(c.center);
    const bool assign = m_store.access().canAssignCases(c.center);
    m_close->setVisible(!closed);
    m_reopen->setVisible(closed);
    m_followUp->setVisible(!closed);
    m_followUp->setText(c.status == QLatin1String("follow_up") ? tr("Make &active") : tr("&Follow-up"));
    m_followUp->setToolTip(c.status == QLatin1String("follow_up")
                               ? tr("The case is worked on again: its state becomes active.")
                               : tr("The victim is only monitored now: the state becomes follow-up."));
    for (QPushButton* b : {m_close, m_reopen, m_followUp})
        b->setEnabled(write);
    m_assign->setEnabled(assign);
    m_assign->setToolTip(assign ? tr("Give the case to another operator or coordinator of the centre.")
                                : tr("Only a coordinator of %1 gives its cases to a case worker.").arg(c.center));
    QStringList notes;
    if (!write)
        notes << tr("You may read this case but not change it.");
    else if (!assign)
        notes << tr("Only a coordinator of the centre changes the case worker.");
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

bool CasePanel::saveCase(const VictimCase& c)
{
    if (auto s = CaseRepository(m_store).save(c); !s) {
        // Someone else changed the case since it was shown: show it as it is now, and say so.
        if (s.error().fault == Fault::Conflict)
            load(c.victimId);
        Q_EMIT failed(s.error().message);
        return false;
    }
    load(c.victimId);
    Q_EMIT changed();
    return true;
}

void CasePanel::afterDialog(QDialog* dialog)
{
    m_lastDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        load(m_case.victimId);
        Q_EMIT changed();
    });
    dialog->open();
}

void CasePanel::closeCase()
{
    if (m_case.id == 0 || m_case.isClosed())
        return;
    afterDialog(new CloseCaseDialog(m_store, m_case, this));
}

void CasePanel::reopen()
{
    if (!m_case.isClosed())
        return;
    VictimCase c = m_case;
    c.status = QStringLiteral("active");
    c.closedOn = {};
    c.closingReason.clear();
    c.referredTo.clear();
    saveCase(c);
}

void CasePanel::toggleFollowUp()
{
    if (m_case.id == 0 || m_case.isClosed())
        return;
    VictimCase c = m_case;
    c.status = c.status == QLatin1String("follow_up") ? QStringLiteral("active") : QStringLiteral("follow_up");
    saveCase(c);
}

void CasePanel::assignWorker()
{
    if (m_case.id == 0 || !m_store.access().canAssignCases(m_case.center))
        return;
    afterDialog(new AssignWorkerDialog(m_store, m_case, this));
}

} // namespace reper
