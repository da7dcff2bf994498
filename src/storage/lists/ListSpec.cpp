#include "ListSpec.h"

#include <map>

namespace reper {

int ListSpec::columnIndex(const QString& name) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return i;
    return -1;
}

const ListSpec& ListSpecs::of(ListKind kind)
{
    static const std::map<ListKind, ListSpec> specs = [] {
        std::map<ListKind, ListSpec> m;
        for (ListSpec s :
             {victims(), assistance(), repatriations(), judicial(), monitoringContacts(), campaigns(), prevention(),
              protocols(), actionPlans(), teamMeetings(), trainings(), events(), fundedProjects()})
            m.emplace(s.kind, std::move(s));
        return m;
    }();
    return specs.at(kind);
}

} // namespace reper
