#include "RepatriationForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "ui_RepatriationForm.h"

namespace reper {

RepatriationForm::RepatriationForm(Store& store, QWidget* parent)
    : CaseForm(store, parent)
    , m_ui(std::make_unique<Ui::RepatriationForm>())
{
    m_ui->setupUi(this);
    attachVictimField(m_ui->victimCode);
    m_ui->fromCountry->setCountries();
    m_ui->status->setList(QStringLiteral("repatriation_status"));
    m_ui->entryPoint->setPlaceholderText(tr("border crossing or airport"));
    watch(QStringLiteral("victim_code"), m_ui->victimCode);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("from_country"), m_ui->fromCountry);
    watch(QStringLiteral("request_date"), m_ui->requestDate);
    watch(QStringLiteral("arrival_date"), m_ui->arrivalDate);
    watch(QStringLiteral("entry_point"), m_ui->entryPoint);
    watch(QStringLiteral("status"), m_ui->status);
}

RepatriationForm::~RepatriationForm() = default;

QString RepatriationForm::kindTitle() const { return Labels::recordTitle(ListKind::Repatriations); }

CodeComboBox* RepatriationForm::centerBox() const { return m_ui->center; }

void RepatriationForm::showRecord(const Repatriation& r)
{
    m_ui->fromCountry->setCode(r.fromCountry);
    m_ui->requestDate->setValue(r.requestDate);
    m_ui->arrivalDate->setValue(r.arrivalDate);
    m_ui->entryPoint->setText(r.entryPoint);
    m_ui->status->setCode(r.status);
}

void RepatriationForm::readRecord(Repatriation& r) const
{
    r.fromCountry = m_ui->fromCountry->code();
    r.requestDate = m_ui->requestDate->value();
    r.arrivalDate = m_ui->arrivalDate->value();
    r.entryPoint = m_ui->entryPoint->text().trimmed();
    r.status = m_ui->status->code();
}

void RepatriationForm::checkWidgets(FieldProblems& out) const
{
    checkLookup(out, QStringLiteral("from_country"), m_ui->fromCountry);
}

} // namespace reper
