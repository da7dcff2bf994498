#include "CodeComboBox.h"

#include "gui/common/Labels.h"

namespace reper {

CodeComboBox::CodeComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int) { Q_EMIT codeChanged(code()); });
}

void CodeComboBox::setList(const QString& list, const QString& emptyText) { setItems(Labels::codes(list), emptyText); }

void CodeComboBox::setItems(const QList<QPair<QString, QString>>& items, const QString& emptyText)
{
    const QString current = code();
    const QSignalBlocker block(this);
    clear();
    addItem(emptyText, QString());
    for (const auto& [c, label] : items)
        addItem(label, c);
    setCode(current);
}

QString CodeComboBox::code() const { return currentData().toString(); }

void CodeComboBox::setCode(const QString& code)
{
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace reper
