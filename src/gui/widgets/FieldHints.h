#pragma once
// Inline validation beside the fields (KMyMoney's WidgetHintFrame): each field of a form is
// registered with the widget that edits it; problems from RecordValidator (named by field) are
// shown as a short red line right under that widget. "Is required" is shown only for fields the
// user has already been through, so a new form does not open full of red.
#include "core/RecordValidator.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QLabel;
class QWidget;

namespace reper {

class FieldHints : public QObject
{
    Q_OBJECT
public:
    explicit FieldHints(QObject* parent = nullptr);

    // `editor` edits `field`; the hint goes under `anchor` (the widget placed in the form layout,
    // the editor itself by default).
    void add(const QString& field, QWidget* editor, QWidget* anchor = nullptr);
    // Problems of `field` are shown at `shownAt` (e.g. primary_exploitation at exploitation).
    void alias(const QString& field, const QString& shownAt);

    void touch(const QString& field);
    void touchAll();
    bool isTouched(const QString& field) const { return m_touched.contains(field); }

    // Shows the problems; returns the number shown.
    int show(const FieldProblems& problems);
    // The field's label in the form ("Start date"), for messages.
    QString label(const QString& field) const;
    QLabel* hint(const QString& field) const;
    QWidget* editor(const QString& field) const;
    QStringList fields() const { return m_order; }
    static bool isRequiredMessage(const QString& message);

private:
    struct Entry
    {
        QPointer<QWidget> editor;
        QPointer<QWidget> anchor;
        QPointer<QLabel> hint;
    };
    QString target(const QString& field) const { return m_alias.value(field, field); }
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_alias;
    QSet<QString> m_touched;
    QStringList m_order;
};

} // namespace reper
