#include "LookupComboBox.h"

#include "core/Codes.h"
#include "core/TextFold.h"
#include "gui/common/UiLanguage.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace reper {

namespace {

constexpr int CodeRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1;

// Matches on the folded search text but puts the entry's display name into the field.
class FoldingCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex& index) const override { return index.data(Qt::DisplayRole).toString(); }
    QStringList splitPath(const QString& path) const override { return {foldText(path)}; }
};

} // namespace

LookupComboBox::LookupComboBox(QWidget* parent)
    : QComboBox(parent)
    , m_model(new QStandardItemModel(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(m_model);
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* completer = new FoldingCompleter(m_model, this);
    completer->setCompletionRole(SearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        const int row = matchText(text);
        if (row >= 0)
            setCurrentIndex(row);
    });
    connect(lineEdit(), &QLineEdit::textChanged, this, [this](const QString&) { Q_EMIT codeChanged(code()); });
    connect(this, &QComboBox::currentIndexChanged, this, [this](int) { Q_EMIT codeChanged(code()); });
}

void LookupComboBox::setItems(const QList<QPair<QString, QString>>& items, const QHash<QString, QString>& extraSearch)
{
    const QString current = code();
    const QSignalBlocker block(this);
    m_model->clear();
    auto* empty = new QStandardItem(QString());
    empty->setData(QString(), CodeRole);
    empty->setData(QString(), SearchRole);
    m_model->appendRow(empty);
    for (const auto& [c, label] : items) {
        auto* item = new QStandardItem(label);
        item->setData(c, CodeRole);
        item->setData(foldText(label + QLatin1Char(' ') + c + QLatin1Char(' ') + extraSearch.value(c)), SearchRole);
        m_model->appendRow(item);
    }
    setCode(current);
}

void LookupComboBox::setCountries()
{
    QList<QPair<QString, QString>> items;
    QHash<QString, QString> other;
    const Language lang = UiLanguage::current();
    for (const CodeEntry& e : Codes::countries().entries()) {
        items << qMakePair(e.code, e.label(lang));
        other.insert(e.code, e.label(lang == Language::Romanian ? Language::English : Language::Romanian));
    }
    setItems(items, other);
}

int LookupComboBox::matchText(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    for (int row = 1; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->text() == trimmed)
            return row;
    const QString folded = foldText(trimmed);
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QStandardItem* item = m_model->item(row);
        if (foldText(item->text()) == folded || foldText(item->data(CodeRole).toString()) == folded)
            return row;
    }
    return -1;
}

QString LookupComboBox::code() const
{
    const int row = matchText(currentText());
    return row > 0 ? m_model->item(row)->data(CodeRole).toString() : QString();
}

void LookupComboBox::setCode(const QString& code)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->data(CodeRole).toString() == code) {
            setCurrentIndex(row);
            setEditText(m_model->item(row)->text());
            return;
        }
    setCurrentIndex(0);
    setEditText(code);
}

bool LookupComboBox::hasUnknownText() const { return matchText(currentText()) < 0; }

} // namespace reper
