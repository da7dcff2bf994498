#include "ProtocolForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "ui_ProtocolForm.h"

namespace reper {

ProtocolForm::ProtocolForm(Store& store, QWidget* parent)
    : ActivityForm(store, parent)
    , m_ui(std::make_unique<Ui::ProtocolForm>())
{
    m_ui->setupUi(this);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("signed_date"), m_ui->signedDate);
    watch(QStringLiteral("partner"), m_ui->partner);
}

ProtocolForm::~ProtocolForm() = default;

QString ProtocolForm::kindTitle() const { return Labels::recordTitle(ListKind::Protocols); }

CodeComboBox* ProtocolForm::centerBox() const { return m_ui->center; }

void ProtocolForm::showRecord(const Protocol& r)
{
    m_ui->signedDate->setValue(r.signedDate);
    m_ui->partner->setText(r.partner);
}

void ProtocolForm::readRecord(Protocol& r) const
{
    r.signedDate = m_ui->signedDate->value();
    r.partner = m_ui->partner->text().trimmed();
}

} // namespace reper
