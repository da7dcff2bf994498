#include "VictimForm.h"

#include "core/Clock.h"
#include "gui/common/Labels.h"
#include "gui/victims/IdentityForm.h"
#include "storage/Store.h"
#include "ui_VictimForm.h"

namespace reper {

VictimForm::VictimForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
    , m_ui(std::make_unique<Ui::VictimForm>())
{
    m_ui->setupUi(this);
    m_ui->sex->setList(QStringLiteral("sex"));
    m_ui->citizenship->setCountries();
    fillCounties(m_ui->county);
    m_ui->residenceEnv->setList(QStringLiteral("residence_env"));
    m_ui->education->setList(QStringLiteral("education"));
    m_ui->code->setToolTip(tr("An opaque code: never initials, a birth date or a county"));
    m_ui->birthYear->setToolTip(tr("When only the year of birth is known"));
    watch(QStringLiteral("victim_code"), m_ui->code);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("sex"), m_ui->sex);
    watch(QStringLiteral("birth_date"), m_ui->birthDate);
    watch(QStringLiteral("birth_year"), m_ui->birthYear);
    watch(QStringLiteral("citizenship"), m_ui->citizenship);
    watch(QStringLiteral("county"), m_ui->county);
    watch(QStringLiteral("residence_env"), m_ui->residenceEnv);
    watch(QStringLiteral("education"), m_ui->education);
    // A birth date gives the year; the year alone is for when the date is not known.
    connect(m_ui->birthDate, &OptionalDateEdit::valueChanged, this, [this](const QDate& d) {
        m_ui->birthYear->setEnabled(!d.isValid());
        if (d.isValid())
            m_ui->birthYear->setValue(d.year());
    });
    connect(m_ui->center, &CodeComboBox::codeChanged, this, [this] { updateIdentityVisibility(); });
}

VictimForm::~VictimForm() = default;

void VictimForm::setIdentityForm(IdentityForm* identity)
{
    m_identity = identity;
    for (const auto& [field, editor] : identity->editors())
        watch(field, editor);
    connect(identity, &IdentityForm::openRequested, this, [this] {
        if (auto s = openIdentity(); !s)
            Q_EMIT failed(s.error().message);
    });
    updateIdentityVisibility();
}

Status VictimForm::openIdentity()
{
    if (isNew() || !m_identity)
        return Status::success();
    auto identity = VictimEditor(m_store).openIdentity(m_file.victim.id);
    if (!identity)
        return identity.error();
    Loading loading(this);
    m_identity->setIdentity(*identity);
    m_identity->setOpen(true);
    return Status::success();
}

void VictimForm::updateIdentityVisibility()
{
    const QString center = recordCenter();
    m_identityVisible = !center.isEmpty() && m_store.access().canSeeIdentity(center);
    if (!isNew())
        m_identityVisible = m_identityVisible && m_file.identityAllowed;
    if (m_identity)
        m_identity->setEnabled(m_identityVisible);
    Q_EMIT identityVisibleChanged(m_identityVisible);
}

QString VictimForm::kindTitle() const { return Labels::recordTitle(ListKind::Victims); }

QString VictimForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_file.victim.center; }

void VictimForm::startNew()
{
    Loading loading(this);
    m_file = VictimFile{};
    auto code = VictimEditor(m_store).proposeCode();
    m_ui->code->setText(code ? *code : QString());
    fillCenters(m_ui->center, defaultCenter());
    m_ui->sex->setCode({});
    m_ui->birthDate->clearValue();
    m_ui->birthYear->setValue(m_ui->birthYear->minimum());
    m_ui->citizenship->setCode(QStringLiteral("RO"));
    m_ui->county->setCode({});
    m_ui->residenceEnv->setCode({});
    m_ui->education->setCode({});
    if (m_identity) {
        m_identity->setIdentity({});
        m_identity->setOpen(true); // a new victim's identity is typed, not opened
    }
    updateIdentityVisibility();
}

Status VictimForm::load(RecordId id)
{
    auto file = VictimEditor(m_store).load(id);
    if (!file)
        return file.error();
    Loading loading(this);
    m_file = *file;
    const Victim& v = file->victim;
    m_ui->code->setText(v.code);
    fillCenters(m_ui->center, v.center);
    m_ui->sex->setCode(v.sex);
    m_ui->birthDate->setValue(v.birthDate);
    m_ui->birthYear->setValue(v.birthYear.value_or(m_ui->birthYear->minimum()));
    m_ui->birthYear->setEnabled(!v.birthDate.isValid());
    m_ui->citizenship->setCode(v.citizenship);
    m_ui->county->setCode(v.county);
    m_ui->residenceEnv->setCode(v.residenceEnv);
    m_ui->education->setCode(v.education);
    if (m_identity) {
        m_identity->setIdentity({});
        m_identity->setOpen(false);
    }
    updateIdentityVisibility();
    return Status::success();
}

Victim VictimForm::current() const
{
    Victim v = m_file.victim;
    v.code = m_ui->code->text().trimmed();
    v.center = m_ui->center->code();
    v.sex = m_ui->sex->code();
    v.birthDate = m_ui->birthDate->value();
    const int year = m_ui->birthYear->value();
    v.birthYear = year > m_ui->birthYear->minimum() ? std::optional<int>(year) : std::nullopt;
    v.citizenship = m_ui->citizenship->code();
    v.county = m_ui->county->code();
    v.residenceEnv = m_ui->residenceEnv->code();
    v.education = m_ui->education->code();
    return v;
}

FieldProblems VictimForm::problems() const
{
    FieldProblems out;
    checkLookup(out, QStringLiteral("citizenship"), m_ui->citizenship);
    checkLookup(out, QStringLiteral("county"), m_ui->county);
    RecordValidator::addNew(out, RecordValidator::check(current(), m_store.clock().today()));
    if (m_identity && m_identityVisible && m_identity->isOpen())
        out += RecordValidator::check(m_identity->identity());
    return out;
}

Result<RecordId> VictimForm::save()
{
    std::optional<VictimIdentity> identity;
    if (m_identity && m_identityVisible && m_identity->isOpen())
        identity = m_identity->identity();
    auto saved = VictimEditor(m_store).save(current(), identity);
    if (!saved)
        return saved;
    const bool wasOpen = m_identity && m_identity->isOpen();
    const VictimIdentity typed = m_identity ? m_identity->identity() : VictimIdentity{};
    if (auto s = load(*saved); !s)
        return s.error();
    // What was just typed stays on screen (it is not opened again from the store).
    if (wasOpen && m_identityVisible) {
        Loading loading(this);
        m_identity->setIdentity(typed);
        m_identity->setOpen(true);
    }
    return saved;
}

Status VictimForm::remove() { return VictimEditor(m_store).remove(m_file.victim.id); }

} // namespace reper
