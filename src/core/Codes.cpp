#include "Codes.h"

#include "core/CodeTables.h"
#include "core/TextFold.h"

#include <QMap>
#include <cstdlib>

namespace reper {

CodeList::CodeList(QString name, std::vector<CodeEntry> entries)
    : m_name(std::move(name))
    , m_entries(std::move(entries))
{
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const CodeEntry& e = m_entries[i];
        m_byCode.insert(e.code, i);
        for (const QString& s : {e.code, e.ro, e.en}) {
            const QString key = foldText(s);
            if (!m_byFolded.contains(key))
                m_byFolded.insert(key, i);
        }
    }
}

QStringList CodeList::codes() const
{
    QStringList out;
    for (const CodeEntry& e : m_entries)
        out << e.code;
    return out;
}

std::optional<QString> CodeList::match(QStringView text) const
{
    const auto exact = m_byCode.constFind(text.toString());
    if (exact != m_byCode.constEnd())
        return m_entries[*exact].code;
    const auto folded = m_byFolded.constFind(foldText(text));
    if (folded != m_byFolded.constEnd())
        return m_entries[*folded].code;
    return std::nullopt;
}

QString CodeList::label(const QString& code, Language lang) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? code : m_entries[*it].label(lang);
}

namespace {

std::vector<CodeEntry> toEntries(const std::vector<codetables::RawCode>& raw)
{
    std::vector<CodeEntry> out;
    out.reserve(raw.size());
    for (const auto& r : raw)
        out.push_back({QString::fromUtf8(r.code), QString::fromUtf8(r.ro), QString::fromUtf8(r.en)});
    return out;
}

struct Registry
{
    std::vector<CodeList> lists;
    std::vector<const CodeList*> pointers;
    QMap<QString, int> byName;
    Registry()
    {
        const auto& raw = codetables::all();
        lists.reserve(raw.size());
        for (const auto& l : raw)
            lists.emplace_back(QString::fromUtf8(l.name), toEntries(l.entries));
        for (int i = 0; i < int(lists.size()); ++i) {
            pointers.push_back(&lists[i]);
            byName.insert(lists[i].name(), i);
        }
    }
};

const Registry& registry()
{
    static const Registry r;
    return r;
}

} // namespace

namespace Codes {

const CodeList& byName(const QString& name)
{
    const Registry& r = registry();
    const auto it = r.byName.constFind(name);
    if (it == r.byName.constEnd())
        std::abort();
    return r.lists[*it];
}

const std::vector<const CodeList*>& all() { return registry().pointers; }

const CodeList& countries()
{
    static const CodeList list(QStringLiteral("country"), toEntries(codetables::countries()));
    return list;
}

} // namespace Codes

} // namespace reper
