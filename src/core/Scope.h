#pragma once
// Whose figures: the whole country or one regional centre (domain.md §5). A value, so that no
// function compares strings to find out which; the word "national" exists only where a scope is
// written out (files, JSON, audit entries, the command line) and read back.
#include <QString>

namespace reper {

class Scope
{
public:
    Scope() = default; // national
    static Scope national() { return {}; }
    // One centre by its code (CR-XX); an empty code is the national scope, as a user without a
    // centre is national.
    static Scope ofCenter(const QString& code)
    {
        Scope s;
        s.m_center = code;
        return s;
    }
    // From its written form: "national" (or nothing) or a centre code.
    static Scope fromText(const QString& text)
    {
        return text == QLatin1String(kNationalWord) ? national() : ofCenter(text);
    }

    bool isNational() const { return m_center.isEmpty(); }
    // The centre's code; empty for the national scope.
    const QString& center() const { return m_center; }
    // Its written form: "national" or CR-XX.
    QString text() const { return isNational() ? QString::fromLatin1(kNationalWord) : m_center; }

    bool operator==(const Scope& other) const { return m_center == other.m_center; }
    bool operator!=(const Scope& other) const { return !(*this == other); }

private:
    static constexpr const char* kNationalWord = "national";
    QString m_center;
};

} // namespace reper
