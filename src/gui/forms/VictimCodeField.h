#pragma once
// The "victim code" field of the case forms (identification, assistance, repatriation, support in
// criminal proceedings): fixed when the form is opened from the victim's page, typed otherwise and
// then looked up (only victims the user may see are found).
#include "core/RecordValidator.h"
#include "core/Records.h"

#include <QCoreApplication>

class QLineEdit;

namespace reper {

class Store;

class VictimCodeField
{
    Q_DECLARE_TR_FUNCTIONS(VictimCodeField)
public:
    VictimCodeField(Store& store, QLineEdit* edit)
        : m_store(store)
        , m_edit(edit)
    {
    }

    // Fixes the victim (the field becomes read only).
    void setVictim(RecordId id, const QString& code);
    // Shows the code of a stored record's victim.
    void show(RecordId victimId);
    // The victim's id for the code in the field; 0 when there is none.
    RecordId resolve() const;
    void check(FieldProblems& out) const;

private:
    Store& m_store;
    QLineEdit* m_edit;
    RecordId m_fixed = 0;
};

} // namespace reper
