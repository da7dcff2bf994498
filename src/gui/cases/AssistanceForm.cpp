#include "AssistanceForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "ui_AssistanceForm.h"

namespace reper {

AssistanceForm::AssistanceForm(Store& store, QWidget* parent)
    : CaseForm(store, parent)
    , m_ui(std::make_unique<Ui::AssistanceForm>())
{
    m_ui->setupUi(this);
    attachVictimField(m_ui->victimCode);
    m_ui->service->setList(QStringLiteral("service"));
    m_ui->provider->setList(QStringLiteral("provider"));
    m_ui->endDate->setToolTip(tr("Leave empty while the assistance goes on"));
    watch(QStringLiteral("victim_code"), m_ui->victimCode);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("service"), m_ui->service);
    watch(QStringLiteral("provider"), m_ui->provider);
    watch(QStringLiteral("start_date"), m_ui->startDate);
    watch(QStringLiteral("end_date"), m_ui->endDate);
}

AssistanceForm::~AssistanceForm() = default;

QString AssistanceForm::kindTitle() const { return Labels::recordTitle(ListKind::Assistance); }

CodeComboBox* AssistanceForm::centerBox() const { return m_ui->center; }

void AssistanceForm::showRecord(const Assistance& a)
{
    m_ui->service->setCode(a.service);
    m_ui->provider->setCode(a.provider);
    m_ui->startDate->setValue(a.startDate);
    m_ui->endDate->setValue(a.endDate);
}

void AssistanceForm::readRecord(Assistance& a) const
{
    a.service = m_ui->service->code();
    a.provider = m_ui->provider->code();
    a.startDate = m_ui->startDate->value();
    a.endDate = m_ui->endDate->value();
}

} // namespace reper
