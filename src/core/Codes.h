#pragma once
// The code lists of domain.md §4: stable codes with Romanian and English labels, and the lookup
// that accepts a code or a label in either language (case, diacritics, cedilla/comma alike).
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace reper {

enum class Language { Romanian, English };

struct CodeEntry
{
    QString code;
    QString ro;
    QString en;
    QString label(Language lang) const { return lang == Language::Romanian ? ro : en; }
};

class CodeList
{
public:
    CodeList(QString name, std::vector<CodeEntry> entries);

    const QString& name() const { return m_name; }
    const std::vector<CodeEntry>& entries() const { return m_entries; }
    QStringList codes() const;
    bool contains(const QString& code) const { return m_byCode.contains(code); }
    // The code for a code or a label in either language; nothing when the text is not in this list.
    std::optional<QString> match(QStringView text) const;
    QString label(const QString& code, Language lang = Language::Romanian) const;

private:
    QString m_name;
    std::vector<CodeEntry> m_entries;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_byFolded;
};

namespace Codes {
const CodeList& byName(const QString& name); // aborts on a name that is not a list: a programming error
const std::vector<const CodeList*>& all();
const CodeList& countries(); // ISO 3166-1 alpha-2, Romanian and English names
} // namespace Codes

} // namespace reper
