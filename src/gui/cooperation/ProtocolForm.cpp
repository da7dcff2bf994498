#include "ProtocolForm.h"

#include "ActivityEditor.h"
#include "Labels.h"
#include "Store.h"
#include "ui_ProtocolForm.h"

namespace reper {

ProtocolForm::ProtocolForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
    , m_ui(std::make_unique<Ui::ProtocolForm>())
{
    m_ui->setupUi(this);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("signed_date"), m_ui->signedDate);
    watch(QStringLiteral("partner"), m_ui->partner);
}

ProtocolForm::~ProtocolForm() = default;

QString ProtocolForm::kindTitle() const { return Labels::recordTitle(ListKind::Protocols); }

QString ProtocolForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void ProtocolForm::startNew()
{
    Loading loading(this);
    m_record = Protocol{};
    fillCenters(m_ui->center, defaultCenter());
}

Status ProtocolForm::load(RecordId id)
{
    auto r = ActivityEditor(m_store).loadProtocol(id);
    if (!r)
        return r.error();
    Loading loading(this);
    m_record = *r;
    fillCenters(m_ui->center, r->center);
    m_ui->signedDate->setValue(r->signedDate);
    m_ui->partner->setText(r->partner);
    return Status::success();
}

Protocol ProtocolForm::current() const
{
    Protocol r = m_record;
    r.center = m_ui->center->code();
    r.signedDate = m_ui->signedDate->value();
    r.partner = m_ui->partner->text().trimmed();
    return r;
}

FieldProblems ProtocolForm::problems() const
{
    FieldProblems out;
    const Protocol r = current();
    requireCenter(out, r.center);
    if (!r.signedDate.isValid())
        out.push_back({QStringLiteral("signed_date"), QCoreApplication::translate("RecordValidator", "is required")});
    requireText(out, QStringLiteral("partner"), r.partner);
    return out;
}

Result<RecordId> ProtocolForm::save()
{
    auto saved = ActivityEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status ProtocolForm::remove() { return ActivityEditor(m_store).remove("protocol", m_record.id); }

} // namespace reper
