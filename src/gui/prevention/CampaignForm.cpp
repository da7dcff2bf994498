#include "CampaignForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "ui_CampaignForm.h"

namespace reper {

CampaignForm::CampaignForm(Store& store, QWidget* parent)
    : ActivityForm(store, parent)
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

CodeComboBox* CampaignForm::centerBox() const { return m_ui->center; }

void CampaignForm::showRecord(const Campaign& r)
{
    m_ui->code->setText(r.code);
    m_ui->title->setText(r.title);
    m_ui->level->setCode(r.level);
    m_ui->funding->setCode(r.funding);
    m_ui->funder->setText(r.funder);
    m_ui->startDate->setValue(r.startDate);
    m_ui->endDate->setValue(r.endDate);
}

void CampaignForm::readRecord(Campaign& r) const
{
    r.code = m_ui->code->text().trimmed();
    r.title = m_ui->title->text().trimmed();
    r.level = m_ui->level->code();
    r.funding = m_ui->funding->code();
    r.funder = m_ui->funder->text().trimmed();
    r.startDate = m_ui->startDate->value();
    r.endDate = m_ui->endDate->value();
}

} // namespace reper
