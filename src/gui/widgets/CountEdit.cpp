#include "CountEdit.h"

namespace reper {

CountEdit::CountEdit(QWidget* parent)
    : QSpinBox(parent)
{
    setRange(0, 999999999);
    setGroupSeparatorShown(true);
    setButtonSymbols(QAbstractSpinBox::NoButtons);
    setAlignment(Qt::AlignRight);
    setMinimumWidth(110);
}

void CountEdit::setOptional(bool optional)
{
    m_optional = optional;
    setMinimum(optional ? -1 : 0);
    setSpecialValueText(optional ? QStringLiteral("—") : QString());
}

std::optional<qint64> CountEdit::count() const
{
    if (m_optional && value() < 0)
        return std::nullopt;
    return qint64(value());
}

void CountEdit::setCount(std::optional<qint64> count) { setValue(count ? int(*count) : minimum()); }

} // namespace reper
