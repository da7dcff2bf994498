#include "IdentificationForm.h"

#include "Labels.h"
#include "Store.h"
#include "VictimEditor.h"
#include "ui_IdentificationForm.h"

namespace reper {

IdentificationForm::IdentificationForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
    , m_ui(std::make_unique<Ui::IdentificationForm>())
    , m_victim(store, (m_ui->setupUi(this), m_ui->victimCode))
{
    m_ui->mnirStatus->setList(QStringLiteral("mnir_status"));
    m_ui->institution->setList(QStringLiteral("institution"));
    m_ui->scope->setList(QStringLiteral("scope"));
    m_ui->attempt->setItems({{QStringLiteral("yes"), Labels::yesNo(true)}, {QStringLiteral("no"), Labels::yesNo(false)}});
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

QString IdentificationForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void IdentificationForm::startNew()
{
    Loading loading(this);
    m_record = Identification{};
    fillCenters(m_ui->center, defaultCenter());
}

void IdentificationForm::setVictim(RecordId id, const QString& code, const QString& center)
{
    Loading loading(this);
    m_victim.setVictim(id, code);
    if (isNew() && m_ui->center->code().isEmpty())
        m_ui->center->setCode(center);
}

Status IdentificationForm::load(RecordId id)
{
    auto i = VictimEditor(m_store).loadIdentification(id);
    if (!i)
        return i.error();
    Loading loading(this);
    m_record = *i;
    m_victim.show(i->victimId);
    fillCenters(m_ui->center, i->center);
    m_ui->notificationDate->setValue(i->notificationDate);
    m_ui->identificationDate->setValue(i->identificationDate);
    m_ui->mnirStatus->setCode(i->mnirStatus);
    m_ui->institution->setCode(i->institution);
    m_ui->scope->setCode(i->scope);
    m_ui->attempt->setCode(i->attempt ? (*i->attempt ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
    m_ui->exploitationCountry->setCode(i->exploitationCountry);
    m_ui->recruitment->setCode(i->recruitment);
    m_ui->recruiterRelation->setCode(i->recruiterRelation);
    m_ui->exploitation->setForms(i->exploitation, i->primaryExploitation);
    return Status::success();
}

Identification IdentificationForm::current() const
{
    Identification i = m_record;
    i.victimId = m_victim.resolve();
    i.center = m_ui->center->code();
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
    return i;
}

FieldProblems IdentificationForm::problems() const
{
    FieldProblems out;
    m_victim.check(out);
    const Identification i = current();
    requireCenter(out, i.center);
    checkLookup(out, QStringLiteral("exploitation_country"), m_ui->exploitationCountry, false);
    // The victim's birth date is checked against the notification date.
    if (i.victimId != m_victimLoaded) {
        m_victimLoaded = i.victimId;
        m_victimRecord = Victim{};
        if (i.victimId)
            if (auto file = VictimEditor(m_store).load(i.victimId))
                m_victimRecord = file->victim;
    }
    out += RecordValidator::check(i, m_victimRecord);
    return out;
}

Result<RecordId> IdentificationForm::save()
{
    auto saved = VictimEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status IdentificationForm::remove() { return VictimEditor(m_store).removeIdentification(m_record.id); }

} // namespace reper
