#include "FieldHints.h"

#include "gui/common/Appearance.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QWidget>

namespace reper {

namespace {

// The form layout that holds `w` directly, with its row.
QFormLayout* formLayoutOf(QWidget* w, int* row)
{
    if (!w || !w->parentWidget())
        return nullptr;
    const auto layouts = w->parentWidget()->findChildren<QFormLayout*>();
    for (QFormLayout* f : layouts) {
        QFormLayout::ItemRole role;
        f->getWidgetPosition(w, row, &role);
        if (*row >= 0)
            return f;
    }
    return nullptr;
}

QBoxLayout* boxLayoutOf(QWidget* w, int* index)
{
    if (!w || !w->parentWidget())
        return nullptr;
    const auto layouts = w->parentWidget()->findChildren<QBoxLayout*>();
    for (QBoxLayout* b : layouts) {
        *index = b->indexOf(w);
        if (*index >= 0)
            return b;
    }
    return nullptr;
}

} // namespace

FieldHints::FieldHints(QObject* parent)
    : QObject(parent)
{
}

bool FieldHints::isRequiredMessage(const QString& message) { return message == RecordValidator::requiredMessage(); }

void FieldHints::add(const QString& field, QWidget* editor, QWidget* anchor)
{
    if (!anchor)
        anchor = editor;
    auto* hint = new QLabel(anchor->parentWidget());
    hint->setObjectName(field + QStringLiteral("Hint"));
    hint->setWordWrap(true);
    hint->setStyleSheet(Appearance::problemTextStyle(anchor));
    hint->setVisible(false);
    int row = -1;
    int index = -1;
    if (QFormLayout* form = formLayoutOf(anchor, &row)) {
        form->insertRow(row + 1, static_cast<QWidget*>(nullptr), hint);
        form->setRowVisible(hint, false);
    } else if (QBoxLayout* box = boxLayoutOf(anchor, &index)) {
        box->insertWidget(index + 1, hint);
    }
    m_entries.insert(field, Entry{editor, anchor, hint});
    m_order << field;
}

void FieldHints::alias(const QString& field, const QString& shownAt) { m_alias.insert(field, shownAt); }

void FieldHints::touch(const QString& field) { m_touched.insert(field); }

void FieldHints::touchAll()
{
    for (const QString& f : m_order)
        m_touched.insert(f);
}

int FieldHints::show(const FieldProblems& problems)
{
    QHash<QString, QStringList> messages;
    for (const FieldProblem& p : problems) {
        const QString field = target(p.field);
        if (isRequiredMessage(p.message) && !m_touched.contains(field))
            continue;
        messages[field] << p.message;
    }
    int shown = 0;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QLabel* hint = it->hint;
        if (!hint)
            continue;
        const QStringList text = messages.value(it.key());
        const bool visible = !text.isEmpty();
        hint->setText(text.join(QStringLiteral("; ")));
        int row = -1;
        if (QFormLayout* form = formLayoutOf(hint, &row))
            form->setRowVisible(hint, visible);
        else
            hint->setVisible(visible);
        if (visible)
            ++shown;
    }
    return shown;
}

QString FieldHints::label(const QString& field) const
{
    const auto it = m_entries.constFind(target(field));
    if (it == m_entries.constEnd() || !it->anchor)
        return field;
    // As the form shows it: the label of its row, or the title of the box it is in.
    const auto shown = [](QString text) {
        text.remove(QLatin1Char('&'));
        while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char('*')) || text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    };
    int row = -1;
    if (QFormLayout* form = formLayoutOf(it->anchor, &row))
        if (auto* l = qobject_cast<QLabel*>(form->labelForField(it->anchor)))
            return shown(l->text());
    if (auto* box = qobject_cast<QGroupBox*>(it->anchor.data()); box && !box->title().isEmpty())
        return shown(box->title());
    if (it->editor && !it->editor->accessibleName().isEmpty())
        return it->editor->accessibleName();
    return field;
}

QLabel* FieldHints::hint(const QString& field) const
{
    const auto it = m_entries.constFind(target(field));
    return it == m_entries.constEnd() ? nullptr : it->hint.data();
}

QWidget* FieldHints::editor(const QString& field) const
{
    const auto it = m_entries.constFind(target(field));
    return it == m_entries.constEnd() ? nullptr : it->editor.data();
}

} // namespace reper
