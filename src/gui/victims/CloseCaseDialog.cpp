#include "CloseCaseDialog.h"

#include "core/Clock.h"
#include "core/RecordValidator.h"
#include "gui/common/ButtonTexts.h"
#include "gui/common/Labels.h"
#include "gui/widgets/CodeComboBox.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "storage/Store.h"
#include "storage/cases/CaseRepository.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace reper {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CloseCaseDialog)
};

QString fieldName(const QString& field)
{
    if (field == QLatin1String("closed_on"))
        return Tr::tr("The closing date");
    if (field == QLatin1String("referred_to"))
        return Tr::tr("The institution");
    return Tr::tr("The reason");
}
} // namespace

CloseCaseDialog::CloseCaseDialog(Store& store, const VictimCase& c, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_case(c)
    , m_date(new OptionalDateEdit(this))
    , m_reason(new CodeComboBox(this))
    , m_referredTo(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
    , m_close(new QPushButton(tr("&Close the case"), this))
{
    setWindowTitle(tr("Close the case"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(tr("The case was opened on %1. A closed case can be reopened later; the audit trail "
                               "keeps the closing.")
                                .arg(Labels::date(c.openedOn)),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);
    layout->addWidget(m_banner);
    m_date->setObjectName(QStringLiteral("closedOn"));
    m_date->setValue(store.clock().today());
    m_reason->setObjectName(QStringLiteral("closingReason"));
    m_reason->setList(QStringLiteral("closing_reason"), tr("Choose a reason…"));
    m_referredTo->setObjectName(QStringLiteral("referredTo"));
    m_referredTo->setMaxLength(200);
    m_referredTo->setPlaceholderText(tr("Required when the case is referred"));
    auto* form = new QFormLayout;
    auto* dateLabel = new QLabel(tr("Closing &date *"), this);
    dateLabel->setBuddy(m_date);
    auto* reasonLabel = new QLabel(tr("&Reason *"), this);
    reasonLabel->setBuddy(m_reason);
    auto* referredLabel = new QLabel(tr("Referred &to"), this);
    referredLabel->setBuddy(m_referredTo);
    form->addRow(dateLabel, m_date);
    form->addRow(reasonLabel, m_reason);
    form->addRow(referredLabel, m_referredTo);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(this);
    m_close->setObjectName(QStringLiteral("closeCase"));
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    ButtonTexts::apply(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &OptionalDateEdit::valueChanged, this, &CloseCaseDialog::updateButton);
    connect(m_date, &QLineEdit::textChanged, this, &CloseCaseDialog::updateButton);
    connect(m_reason, &CodeComboBox::codeChanged, this, &CloseCaseDialog::updateButton);
    connect(m_referredTo, &QLineEdit::textChanged, this, &CloseCaseDialog::updateButton);
    updateButton();
    m_reason->setFocus();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

VictimCase CloseCaseDialog::edited() const
{
    VictimCase c = m_case;
    c.closingReason = m_reason->code();
    const bool referred = c.closingReason == QLatin1String("referred");
    c.status = referred ? QStringLiteral("closed_referred") : QStringLiteral("closed");
    c.closedOn = m_date->value();
    c.referredTo = referred ? m_referredTo->text().trimmed() : QString();
    return c;
}

void CloseCaseDialog::updateButton()
{
    const bool referred = m_reason->code() == QLatin1String("referred");
    m_referredTo->setEnabled(referred);
    const FieldProblems problems = RecordValidator::check(edited());
    m_close->setEnabled(problems.isEmpty());
    if (problems.isEmpty() || m_reason->code().isEmpty())
        m_banner->clear();
    else
        m_banner->showMessage(tr("%1 %2").arg(fieldName(problems.first().field), problems.first().message),
                              MessageBanner::Kind::Error);
}

void CloseCaseDialog::accept()
{
    if (!m_close->isEnabled())
        return;
    if (auto s = CaseRepository(m_store).save(edited()); !s) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return;
    }
    QDialog::accept();
}

} // namespace reper
