#include "PreventionForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/ActivityRepositories.h"
#include "ui_PreventionForm.h"

namespace reper {

PreventionForm::PreventionForm(Store& store, QWidget* parent)
    : ActivityForm(store, parent)
    , m_ui(std::make_unique<Ui::PreventionForm>())
{
    m_ui->setupUi(this);
    fillCounties(m_ui->county);
    fillCampaigns();
    m_ui->type->setList(QStringLiteral("activity_type"));
    m_ui->targetGroup->setList(QStringLiteral("target_group"));
    m_ui->materials->setOptional(true);
    m_ui->onlineReach->setOptional(true);
    m_ui->onlineReach->setToolTip(tr("Online audience, kept apart from the participants"));
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("date"), m_ui->date);
    watch(QStringLiteral("county"), m_ui->county);
    watch(QStringLiteral("campaign_code"), m_ui->campaign);
    watch(QStringLiteral("type"), m_ui->type);
    watch(QStringLiteral("target_group"), m_ui->targetGroup);
    watch(QStringLiteral("participants"), m_ui->participants);
    watch(QStringLiteral("materials"), m_ui->materials);
    watch(QStringLiteral("online_reach"), m_ui->onlineReach);
}

PreventionForm::~PreventionForm() = default;

QString PreventionForm::kindTitle() const { return Labels::recordTitle(ListKind::Prevention); }

CodeComboBox* PreventionForm::centerBox() const { return m_ui->center; }

void PreventionForm::showNewRecord()
{
    m_ui->materials->setCount(std::nullopt);
    m_ui->onlineReach->setCount(std::nullopt);
}

void PreventionForm::showRecord(const PreventionActivity& r)
{
    m_ui->date->setValue(r.date);
    m_ui->county->setCode(r.county);
    m_ui->campaign->setCode(r.campaignId ? QString::number(r.campaignId) : QString());
    m_ui->type->setCode(r.type);
    m_ui->targetGroup->setCode(r.targetGroup);
    m_ui->participants->setCount(r.participants);
    m_ui->materials->setCount(r.materials);
    m_ui->onlineReach->setCount(r.onlineReach);
}

void PreventionForm::readRecord(PreventionActivity& r) const
{
    r.date = m_ui->date->value();
    r.county = m_ui->county->code();
    r.campaignId = m_ui->campaign->code().toLongLong();
    r.type = m_ui->type->code();
    r.targetGroup = m_ui->targetGroup->code();
    r.participants = m_ui->participants->count().value_or(0);
    r.materials = m_ui->materials->count();
    r.onlineReach = m_ui->onlineReach->count();
}

void PreventionForm::checkWidgets(FieldProblems& out) const
{
    checkLookup(out, QStringLiteral("county"), m_ui->county);
    checkLookup(out, QStringLiteral("campaign_code"), m_ui->campaign);
}

void PreventionForm::fillCampaigns()
{
    // Any centre's campaign may be chosen: a campaign counts for the centre of each activity.
    QList<QPair<QString, QString>> items;
    if (auto campaigns = CampaignRepository(m_store).choices())
        for (const CampaignChoice& c : *campaigns)
            items << qMakePair(QString::number(c.id), c.code + QStringLiteral(" — ") + c.title);
    m_ui->campaign->setItems(items);
}

} // namespace reper
