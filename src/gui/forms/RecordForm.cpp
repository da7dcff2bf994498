#include "RecordForm.h"

#include "gui/common/Labels.h"
#include "gui/widgets/CodeComboBox.h"
#include "gui/widgets/CountEdit.h"
#include "gui/widgets/ExploitationPicker.h"
#include "gui/widgets/LookupComboBox.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "storage/Store.h"

#include <QCheckBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <algorithm>

namespace reper {

RecordForm::RecordForm(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_hints(this)
{
}

void RecordForm::setVictim(RecordId, const QString&, const QString&) { }

FieldProblems RecordForm::blockingProblems() const
{
    FieldProblems out;
    QSet<QString> unread;
    for (const QString& field : m_hints.fields())
        if (auto* date = qobject_cast<const OptionalDateEdit*>(m_hints.editor(field)))
            if (const auto why = date->problem()) {
                out.push_back({field, *why});
                unread.insert(field);
            }
    // A field whose text could not be read says only that ("is required" would be beside the point).
    for (const FieldProblem& p : problems())
        if (!unread.contains(p.field))
            out.push_back(p);
    return out;
}

bool RecordForm::canWrite() const
{
    const AccessPolicy access = m_store.access();
    if (isNew()) {
        for (const Center& c : m_store.reference().centers())
            if (access.canWriteRecords(c.code))
                return true;
        return false;
    }
    return access.canWriteRecords(recordCenter());
}

void RecordForm::watch(const QString& field, QWidget* editor, QWidget* anchor)
{
    m_hints.add(field, editor, anchor);
    m_fieldOf.insert(editor, field);
    const auto edited = [this, field] { onEdited(field); };
    if (auto* date = qobject_cast<OptionalDateEdit*>(editor))
        connect(date, &OptionalDateEdit::valueChanged, this, edited);
    else if (auto* lookup = qobject_cast<LookupComboBox*>(editor))
        connect(lookup, &LookupComboBox::codeChanged, this, edited);
    else if (auto* combo = qobject_cast<CodeComboBox*>(editor))
        connect(combo, &CodeComboBox::codeChanged, this, edited);
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::textChanged, this, edited);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, edited);
    else if (auto* spin = qobject_cast<QSpinBox*>(editor))
        connect(spin, &QSpinBox::valueChanged, this, edited);
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        connect(check, &QCheckBox::toggled, this, edited);
    else if (auto* picker = qobject_cast<ExploitationPicker*>(editor))
        connect(picker, &ExploitationPicker::changed, this, edited);
    editor->installEventFilter(this);
}

bool RecordForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        const QString field = m_fieldOf.value(watched);
        if (!field.isEmpty() && !m_hints.isTouched(field)) {
            m_hints.touch(field);
            Q_EMIT changed();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordForm::onEdited(const QString& field)
{
    if (m_loading)
        return;
    m_modified = true;
    m_hints.touch(field);
    Q_EMIT changed();
}

void RecordForm::fillCenters(CodeComboBox* box, const QString& current)
{
    QList<QPair<QString, QString>> items;
    const AccessPolicy access = m_store.access();
    for (const Center& c : m_store.reference().centers())
        if (access.canWriteRecords(c.code) || c.code == current)
            items << qMakePair(c.code, Labels::center(m_store.reference(), c.code));
    box->setItems(items);
    box->setCode(current);
}

QString RecordForm::defaultCenter() const
{
    const QString own = m_store.user().center;
    if (!own.isEmpty() && m_store.access().canWriteRecords(own))
        return own;
    return {};
}

void RecordForm::fillCounties(LookupComboBox* box)
{
    QList<QPair<QString, QString>> items;
    const auto& counties = m_store.reference().counties();
    for (auto it = counties.cbegin(); it != counties.cend(); ++it)
        items << qMakePair(it.key(), it.value());
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return a.second.localeAwareCompare(b.second) < 0; });
    box->setItems(items);
}

void RecordForm::checkLookup(FieldProblems& out, const QString& field, const LookupComboBox* box)
{
    if (box->hasUnknownText())
        out.push_back({field, tr("'%1' is not in the list").arg(box->currentText().trimmed())});
}

} // namespace reper
