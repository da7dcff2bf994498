#include "IdentificationForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/VictimEditor.h"
#include "ui_IdentificationForm.h"

namespace reper {

IdentificationForm::IdentificationForm(Store& store, QWidget* parent)
    : CaseForm(store, parent)
    , m_ui(std::make_unique<Ui::IdentificationForm>())
{
    m_ui->setupUi(this);
    attachVictimField(m_ui->victimCode);
    m_ui->mnirStatus->setList(QStringLiteral("mnir_status"));
    m_ui->institution->setList(QStringLiteral("institution"));
    m_ui->scope->setList(QStringLiteral("scope"));
    m_ui->attempt->setItems(
        {{QStringLiteral("yes"), Labels::yesNo(true)}, {QStringLiteral("no"), Labels::yesNo(false)}});
    m_ui->exploitationCountry->setCountries();
    m_ui->recruitment->setList(QStringLiteral("recruitment"));
    m_ui->recruiterRelation->setList(QStringLiteral("recruiter_relation"));
    watch(QStringLiteral("victim_code"), m_ui->victimCode);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("notification_date"), m_ui->notificationDate);
    watch(QStringLiteral("identification_date"), m_ui->identificationDate);
    watch(QStringLiteral("mnir_status"), m_ui->mnirStatus);
    watch(QStringLiteral("institution"), m_ui->institution);
    watch(QStringLiteral("scope"), m_ui->scope);
    watch(QStringLiteral("attempt"), m_ui->attempt);
    watch(QStringLiteral("exploitation_country"), m_ui->exploitationCountry);
    watch(QStringLiteral("recruitment"), m_ui->recruitment);
    watch(QStringLiteral("recruiter_relation"), m_ui->recruiterRelation);
    watch(QStringLiteral("exploitation"), m_ui->exploitation, m_ui->exploitationGroup);
    hints().alias(QStringLiteral("primary_exploitation"), QStringLiteral("exploitation"));
    // A birth date after the notification is reported on the notification date here.
    hints().alias(QStringLiteral("birth_date"), QStringLiteral("notification_date"));
}

IdentificationForm::~IdentificationForm() = default;

QString IdentificationForm::kindTitle() const { return tr("Identification"); }

CodeComboBox* IdentificationForm::centerBox() const { return m_ui->center; }

void IdentificationForm::showRecord(const Identification& i)
{
    m_ui->notificationDate->setValue(i.notificationDate);
    m_ui->identificationDate->setValue(i.identificationDate);
    m_ui->mnirStatus->setCode(i.mnirStatus);
    m_ui->institution->setCode(i.institution);
    m_ui->scope->setCode(i.scope);
    m_ui->attempt->setCode(i.attempt ? (*i.attempt ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
    m_ui->exploitationCountry->setCode(i.exploitationCountry);
    m_ui->recruitment->setCode(i.recruitment);
    m_ui->recruiterRelation->setCode(i.recruiterRelation);
    m_ui->exploitation->setForms(i.exploitation, i.primaryExploitation);
}

void IdentificationForm::readRecord(Identification& i) const
{
    i.notificationDate = m_ui->notificationDate->value();
    i.identificationDate = m_ui->identificationDate->value();
    i.mnirStatus = m_ui->mnirStatus->code();
    i.institution = m_ui->institution->code();
    i.scope = m_ui->scope->code();
    const QString attempt = m_ui->attempt->code();
    i.attempt = attempt.isEmpty() ? std::optional<bool>() : std::optional<bool>(attempt == QLatin1String("yes"));
    i.exploitationCountry = m_ui->exploitationCountry->code();
    i.recruitment = m_ui->recruitment->code();
    i.recruiterRelation = m_ui->recruiterRelation->code();
    i.exploitation = m_ui->exploitation->forms();
    i.primaryExploitation = m_ui->exploitation->primary();
}

void IdentificationForm::checkWidgets(FieldProblems& out) const
{
    checkLookup(out, QStringLiteral("exploitation_country"), m_ui->exploitationCountry);
}

FieldProblems IdentificationForm::validate(const Identification& i) const
{
    // The victim's birth date is checked against the notification date.
    if (i.victimId != m_victimLoaded) {
        m_victimLoaded = i.victimId;
        m_victimRecord = Victim{};
        if (i.victimId)
            if (auto file = VictimEditor(m_store).load(i.victimId))
                m_victimRecord = file->victim;
    }
    return RecordValidator::check(i, m_victimRecord);
}

} // namespace reper
