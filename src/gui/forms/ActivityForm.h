#pragma once
// What every prevention and cooperation form shares: one record of one centre, read, saved and
// removed through RecordEditor. A form gives its centre box, how a record is shown in its
// widgets (showRecord), read back from them (readRecord), and what only its widgets can tell
// (checkWidgets); loading, new records, saving, removing and the record's checks (RecordValidator,
// as for the import) are here, once.
#include "gui/forms/RecordForm.h"
#include "gui/widgets/CodeComboBox.h"
#include "storage/repositories/RecordEditor.h"

namespace reper {

template<typename R>
class ActivityForm : public RecordForm
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
        fillCenters(centerBox(), r->center);
        showRecord(*r);
        return Status::success();
    }
    void startNew() final
    {
        Loading loading(this);
        m_record = R{};
        fillCenters(centerBox(), defaultCenter());
        showNewRecord();
    }
    FieldProblems problems() const final
    {
        FieldProblems out;
        checkWidgets(out);
        RecordValidator::addNew(out, RecordValidator::check(current()));
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
    ActivityForm(Store& store, QWidget* parent)
        : RecordForm(store, parent)
    {
    }

    virtual CodeComboBox* centerBox() const = 0;
    virtual void showRecord(const R& record) = 0;
    virtual void showNewRecord() { }
    virtual void readRecord(R& record) const = 0;
    // Problems only the widgets know (a name typed that is not in its list).
    virtual void checkWidgets(FieldProblems&) const { }

    R current() const
    {
        R r = m_record;
        r.center = centerBox()->code();
        readRecord(r);
        return r;
    }

    R m_record;
};

} // namespace reper
