#include "VictimCodeField.h"

#include "storage/Store.h"
#include "storage/repositories/VictimEditor.h"

#include <QLineEdit>

namespace reper {

void VictimCodeField::setVictim(RecordId id, const QString& code)
{
    m_fixed = id;
    m_edit->setText(code);
    m_edit->setReadOnly(true);
    m_edit->setFocusPolicy(Qt::NoFocus);
}

void VictimCodeField::show(RecordId victimId)
{
    auto code = VictimEditor(m_store).codeOf(victimId);
    m_edit->setText(code ? *code : QString());
}

RecordId VictimCodeField::resolve() const
{
    if (m_fixed)
        return m_fixed;
    const QString code = m_edit->text().trimmed();
    if (code.isEmpty())
        return 0;
    auto id = VictimEditor(m_store).idByCode(code);
    return id && id->has_value() ? **id : 0;
}

void VictimCodeField::check(FieldProblems& out) const
{
    const QString code = m_edit->text().trimmed();
    if (code.isEmpty())
        out.push_back({QStringLiteral("victim_code"), RecordValidator::requiredMessage()});
    else if (resolve() == 0)
        out.push_back({QStringLiteral("victim_code"), tr("there is no victim with this code that you may see")});
}

} // namespace reper
