#include "CampaignForm.h"

#include "ActivityEditor.h"
#include "Labels.h"
#include "Store.h"
#include "ui_CampaignForm.h"

namespace reper {

CampaignForm::CampaignForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
    , m_ui(std::make_unique<Ui::CampaignForm>())
{
    m_ui->setupUi(this);
    m_ui->level->setList(QStringLiteral("campaign_level"));
    m_ui->funding->setList(QStringLiteral("funding"));
    watch(QStringLiteral("campaign_code"), m_ui->code);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("title"), m_ui->title);
    watch(QStringLiteral("level"), m_ui->level);
    watch(QStringLiteral("funding"), m_ui->funding);
    watch(QStringLiteral("funder"), m_ui->funder);
    watch(QStringLiteral("start_date"), m_ui->startDate);
    watch(QStringLiteral("end_date"), m_ui->endDate);
}

CampaignForm::~CampaignForm() = default;

QString CampaignForm::kindTitle() const { return Labels::recordTitle(ListKind::Campaigns); }

QString CampaignForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void CampaignForm::startNew()
{
    Loading loading(this);
    m_record = Campaign{};
    fillCenters(m_ui->center, defaultCenter());
}

Status CampaignForm::load(RecordId id)
{
    auto r = ActivityEditor(m_store).loadCampaign(id);
    if (!r)
        return r.error();
    Loading loading(this);
    m_record = *r;
    fillCenters(m_ui->center, r->center);
    m_ui->code->setText(r->code);
    m_ui->title->setText(r->title);
    m_ui->level->setCode(r->level);
    m_ui->funding->setCode(r->funding);
    m_ui->funder->setText(r->funder);
    m_ui->startDate->setValue(r->startDate);
    m_ui->endDate->setValue(r->endDate);
    return Status::success();
}

Campaign CampaignForm::current() const
{
    Campaign r = m_record;
    r.center = m_ui->center->code();
    r.code = m_ui->code->text().trimmed();
    r.title = m_ui->title->text().trimmed();
    r.level = m_ui->level->code();
    r.funding = m_ui->funding->code();
    r.funder = m_ui->funder->text().trimmed();
    r.startDate = m_ui->startDate->value();
    r.endDate = m_ui->endDate->value();
    return r;
}

FieldProblems CampaignForm::problems() const
{
    FieldProblems out;
    const Campaign r = current();
    requireCenter(out, r.center);
    out += RecordValidator::check(r);
    return out;
}

Result<RecordId> CampaignForm::save()
{
    auto saved = ActivityEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status CampaignForm::remove() { return ActivityEditor(m_store).remove("campaign", m_record.id); }

} // namespace reper
