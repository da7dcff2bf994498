#include "RepatriationForm.h"

#include "CaseEditor.h"
#include "Labels.h"
#include "Store.h"
#include "ui_RepatriationForm.h"

namespace reper {

RepatriationForm::RepatriationForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
    , m_ui(std::make_unique<Ui::RepatriationForm>())
    , m_victim(store, (m_ui->setupUi(this), m_ui->victimCode))
{
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

QString RepatriationForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void RepatriationForm::startNew()
{
    Loading loading(this);
    m_record = Repatriation{};
    fillCenters(m_ui->center, defaultCenter());
}

void RepatriationForm::setVictim(RecordId id, const QString& code, const QString& center)
{
    Loading loading(this);
    m_victim.setVictim(id, code);
    if (isNew() && m_ui->center->code().isEmpty())
        m_ui->center->setCode(center);
}

Status RepatriationForm::load(RecordId id)
{
    auto r = CaseEditor(m_store).loadRepatriation(id);
    if (!r)
        return r.error();
    Loading loading(this);
    m_record = *r;
    m_victim.show(r->victimId);
    fillCenters(m_ui->center, r->center);
    m_ui->fromCountry->setCode(r->fromCountry);
    m_ui->requestDate->setValue(r->requestDate);
    m_ui->arrivalDate->setValue(r->arrivalDate);
    m_ui->entryPoint->setText(r->entryPoint);
    m_ui->status->setCode(r->status);
    return Status::success();
}

Repatriation RepatriationForm::current() const
{
    Repatriation r = m_record;
    r.victimId = m_victim.resolve();
    r.center = m_ui->center->code();
    r.fromCountry = m_ui->fromCountry->code();
    r.requestDate = m_ui->requestDate->value();
    r.arrivalDate = m_ui->arrivalDate->value();
    r.entryPoint = m_ui->entryPoint->text().trimmed();
    r.status = m_ui->status->code();
    return r;
}

FieldProblems RepatriationForm::problems() const
{
    FieldProblems out;
    m_victim.check(out);
    const Repatriation r = current();
    requireCenter(out, r.center);
    checkLookup(out, QStringLiteral("from_country"), m_ui->fromCountry, false);
    out += RecordValidator::check(r);
    return out;
}

Result<RecordId> RepatriationForm::save()
{
    auto saved = CaseEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status RepatriationForm::remove() { return CaseEditor(m_store).removeRepatriation(m_record.id); }

} // namespace reper
