#pragma once
// The base of every record form (a Designer form in ui/ plus a small class): load a record or
// start a new one, say what is wrong with the values (RecordValidator and what only the widgets know),
// and save. Changes are tracked so that closing with unsaved changes can ask first; each field is
// registered with FieldHints so problems show beside it.
#include "core/Records.h"
#include "core/Result.h"
#include "gui/widgets/FieldHints.h"

#include <QCoreApplication>
#include <QWidget>

namespace reper {

class CodeComboBox;
class LookupComboBox;
class Store;

class RecordForm : public QWidget
{
    Q_OBJECT
public:
    explicit RecordForm(Store& store, QWidget* parent = nullptr);

    virtual QString kindTitle() const = 0; // "Assistance"
    virtual Status load(RecordId id) = 0;
    virtual void startNew() = 0;
    virtual FieldProblems problems() const = 0;
    // What keeps the record from being saved: a field whose text is no value (a date field holding
    // "31.11.2026"), then problems().
    FieldProblems blockingProblems() const;
    virtual Result<RecordId> save() = 0;
    virtual Status remove() = 0;
    virtual RecordId recordId() const = 0;
    virtual QString recordCenter() const = 0; // the centre the record belongs to (or will)
    virtual RecordStamp stamp() const = 0;

    // A case record about a victim: which victim (the code field is then read only).
    virtual void setVictim(RecordId id, const QString& code, const QString& center);

    bool isNew() const { return recordId() == 0; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    bool canWrite() const;
    FieldHints& hints() { return m_hints; }

Q_SIGNALS:
    void changed();

protected:
    // Registers the widget editing `field` (its changes mark the form modified; its problems show
    // under `anchor`).
    void watch(const QString& field, QWidget* editor, QWidget* anchor = nullptr);
    bool eventFilter(QObject* watched, QEvent* event) override;
    // While loading, changes are not the user's.
    struct Loading
    {
        explicit Loading(RecordForm* f)
            : form(f)
        {
            form->m_loading = true;
        }
        ~Loading()
        {
            form->m_loading = false;
            form->m_modified = false;
        }
        RecordForm* form;
    };

    // Shared helpers for the forms.
    void fillCenters(CodeComboBox* box, const QString& current);
    QString defaultCenter() const;
    void fillCounties(LookupComboBox* box);
    // A name typed in `box` that is not in its list (the record then holds no code, and
    // RecordValidator would only say the field is empty).
    static void checkLookup(FieldProblems& out, const QString& field, const LookupComboBox* box);

    Store& m_store;

private:
    void onEdited(const QString& field);
    FieldHints m_hints;
    QHash<QObject*, QString> m_fieldOf;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace reper
