#include "TrainingForm.h"

#include "ActivityEditor.h"
#include "Labels.h"
#include "Store.h"
#include "ui_TrainingForm.h"

namespace reper {

TrainingForm::TrainingForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
    , m_ui(std::make_unique<Ui::TrainingForm>())
{
    m_ui->setupUi(this);
    fillCounties(m_ui->county);
    m_ui->audience->setList(QStringLiteral("audience"));
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("date"), m_ui->date);
    watch(QStringLiteral("county"), m_ui->county);
    watch(QStringLiteral("audience"), m_ui->audience);
    watch(QStringLiteral("participants"), m_ui->participants);
    watch(QStringLiteral("topic"), m_ui->topic);
}

TrainingForm::~TrainingForm() = default;

QString TrainingForm::kindTitle() const { return Labels::recordTitle(ListKind::Trainings); }

QString TrainingForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void TrainingForm::startNew()
{
    Loading loading(this);
    m_record = Training{};
    fillCenters(m_ui->center, defaultCenter());
}

Status TrainingForm::load(RecordId id)
{
    auto r = ActivityEditor(m_store).loadTraining(id);
    if (!r)
        return r.error();
    Loading loading(this);
    m_record = *r;
    fillCenters(m_ui->center, r->center);
    m_ui->date->setValue(r->date);
    m_ui->county->setCode(r->county);
    m_ui->audience->setCode(r->audience);
    m_ui->participants->setCount(r->participants);
    m_ui->topic->setText(r->topic);
    return Status::success();
}

Training TrainingForm::current() const
{
    Training r = m_record;
    r.center = m_ui->center->code();
    r.date = m_ui->date->value();
    r.county = m_ui->county->code();
    r.audience = m_ui->audience->code();
    r.participants = m_ui->participants->count().value_or(0);
    r.topic = m_ui->topic->text().trimmed();
    return r;
}

FieldProblems TrainingForm::problems() const
{
    FieldProblems out;
    const Training r = current();
    requireCenter(out, r.center);
    checkLookup(out, QStringLiteral("county"), m_ui->county, false);
    out += RecordValidator::check(r);
    return out;
}

Result<RecordId> TrainingForm::save()
{
    auto saved = ActivityEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status TrainingForm::remove() { return ActivityEditor(m_store).remove("training", m_record.id); }

} // namespace reper
