#include "TrainingForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "ui_TrainingForm.h"

namespace reper {

TrainingForm::TrainingForm(Store& store, QWidget* parent)
    : ActivityForm(store, parent)
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

CodeComboBox* TrainingForm::centerBox() const { return m_ui->center; }

void TrainingForm::showRecord(const Training& r)
{
    m_ui->date->setValue(r.date);
    m_ui->county->setCode(r.county);
    m_ui->audience->setCode(r.audience);
    m_ui->participants->setCount(r.participants);
    m_ui->topic->setText(r.topic);
}

void TrainingForm::readRecord(Training& r) const
{
    r.date = m_ui->date->value();
    r.county = m_ui->county->code();
    r.audience = m_ui->audience->code();
    r.participants = m_ui->participants->count().value_or(0);
    r.topic = m_ui->topic->text().trimmed();
}

void TrainingForm::checkWidgets(FieldProblems& out) const { checkLookup(out, QStringLiteral("county"), m_ui->county); }

} // namespace reper
