#pragma once
// What the forms of a victim's case records share (identification, assistance, repatriation,
// support in criminal proceedings): one record of one victim and one centre, read, saved and
// removed through RecordEditor, with the victim code field (fixed when opened from the victim's
// page). A form gives its centre box, how a record is shown (showRecord), read back (readRecord)
// and what only its widgets can tell (checkWidgets); the rest, with the record's checks
// (RecordValidator, as for the import), is here, once.
#include "gui/forms/RecordForm.h"
#include "gui/forms/VictimCodeField.h"
#include "gui/widgets/CodeComboBox.h"
#include "storage/repositories/RecordEditor.h"

#include <optional>

namespace reper {

template<typename R>
class CaseForm : public RecordForm
{
    static_assert(isEditableRecord<R>);

public:
    Status load(RecordId id) final
    {
        auto r = RecordEditor(m_store).load<R>(id);
        if (!r)
            return r.error();
        Loading loading(this);
        m_record = *r;
        m_victim->show(r->victimId);
        fillCenters(centerBox(), r->center);
        showRecord(*r);
        return Status::success();
    }
    void startNew() final
    {
        Loading loading(this);
        m_record = R{};
        fillCenters(centerBox(), defaultCenter());
    }
    void setVictim(RecordId id, const QString& code, const QString& center) final
    {
        Loading loading(this);
        m_victim->setVictim(id, code);
        if (isNew() && centerBox()->code().isEmpty())
            centerBox()->setCode(center);
    }
    FieldProblems problems() const final
    {
        FieldProblems out;
        m_victim->check(out);
        checkWidgets(out);
        RecordValidator::addNew(out, validate(current()));
        return out;
    }
    Result<RecordId> save() final
    {
        auto saved = RecordEditor(m_store).save(current());
        if (saved)
            m_record.id = *saved;
        return saved;
    }
    Status remove() final { return RecordEditor(m_store).remove<R>(m_record.id); }
    RecordId recordId() const final { return m_record.id; }
    QString recordCenter() const final { return isNew() ? centerBox()->code() : m_record.center; }
    RecordStamp stamp() const final { return m_record.stamp; }

protected:
    CaseForm(Store& store, QWidget* parent)
        : RecordForm(store, parent)
    {
    }
    // The form's victim code field, once its Designer widgets exist.
    void attachVictimField(QLineEdit* edit) { m_victim.emplace(m_store, edit); }

    virtual CodeComboBox* centerBox() const = 0;
    virtual void showRecord(const R& record) = 0;
    virtual void readRecord(R& record) const = 0;
    // Problems only the widgets know (a name typed that is not in its list).
    virtual void checkWidgets(FieldProblems&) const { }
    virtual FieldProblems validate(const R& record) const { return RecordValidator::check(record); }

    R current() const
    {
        R r = m_record;
        r.victimId = m_victim->resolve();
        r.center = centerBox()->code();
        readRecord(r);
        return r;
    }

    R m_record;

private:
    std::optional<VictimCodeField> m_victim;
};

} // namespace reper
