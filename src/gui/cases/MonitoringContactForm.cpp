#include "MonitoringContactForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "ui_MonitoringContactForm.h"

namespace reper {

MonitoringContactForm::MonitoringContactForm(Store& store, QWidget* parent)
    : CaseForm(store, parent)
    , m_ui(std::make_unique<Ui::MonitoringContactForm>())
{
    m_ui->setupUi(this);
    attachVictimField(m_ui->victimCode);
    m_ui->kind->setList(QStringLiteral("contact_kind"));
    m_ui->withWhom->setPlaceholderText(tr("a role, not a name: the victim, her mother, the shelter"));
    m_ui->outcome->setPlaceholderText(tr("in a few words, without names"));
    watch(QStringLiteral("victim_code"), m_ui->victimCode);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("date"), m_ui->date);
    watch(QStringLiteral("kind"), m_ui->kind);
    watch(QStringLiteral("with_whom"), m_ui->withWhom);
    watch(QStringLiteral("outcome"), m_ui->outcome);
    watch(QStringLiteral("next_date"), m_ui->nextDate);
}

MonitoringContactForm::~MonitoringContactForm() = default;

QString MonitoringContactForm::kindTitle() const { return Labels::recordTitle(ListKind::MonitoringContacts); }

CodeComboBox* MonitoringContactForm::centerBox() const { return m_ui->center; }

void MonitoringContactForm::showRecord(const MonitoringContact& m)
{
    m_ui->date->setValue(m.date);
    m_ui->kind->setCode(m.kind);
    m_ui->withWhom->setText(m.withWhom);
    m_ui->outcome->setText(m.outcome);
    m_ui->nextDate->setValue(m.nextDate);
}

void MonitoringContactForm::readRecord(MonitoringContact& m) const
{
    m.date = m_ui->date->value();
    m.kind = m_ui->kind->code();
    m.withWhom = m_ui->withWhom->text().trimmed();
    m.outcome = m_ui->outcome->text().trimmed();
    m.nextDate = m_ui->nextDate->value();
}

} // namespace reper
