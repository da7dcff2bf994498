#include "TextPolicy.h"

#include <QCoreApplication>

namespace reper::TextPolicy {

namespace {

// The messages of this file, for lupdate and the translators (context "TextPolicy").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextPolicy)
};

QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// The code point at `i` (a pair of surrogates counts as one); `*width` is 1 or 2. A lone surrogate
// is returned as itself.
char32_t codePointAt(const QString& s, int i, int* width)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

bool isInvisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control: // NUL, ESC, DEL, the C1 controls
    case QChar::Other_Format: // bidi overrides, embeddings, isolates and marks; zero-width; soft hyphen
    case QChar::Other_Surrogate: // a lone half of a pair
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph: return true;
    default: return QChar::isNonCharacter(c);
    }
}

} // namespace

std::optional<QString> codeProblem(const QString& code)
{
    if (code.size() > kMaxCodeLength)
        return Tr::tr("a code has at most %1 characters, this one has %2").arg(kMaxCodeLength).arg(code.size());
    int position = 1;
    for (int i = 0; i < code.size(); ++position) {
        int width = 1;
        const char32_t c = codePointAt(code, i, &width);
        if (c < 0x20 || c > 0x7E)
            return Tr::tr("character %1 (%2) may not be in a code: codes are written with the letters A-Z, digits, "
                          "spaces and ASCII punctuation")
                .arg(position)
                .arg(codePoint(c));
        i += width;
    }
    return std::nullopt;
}

std::optional<QString> textProblem(const QString& text)
{
    int position = 1;
    for (int i = 0; i < text.size(); ++position) {
        int width = 1;
        const char32_t c = codePointAt(text, i, &width);
        i += width;
        if (c >= 0x20 && c < 0x7F)
            continue;
        if (c == U'\n' || c == U'\t')
            continue; // a spreadsheet cell may hold several lines
        if (isInvisible(c))
            return Tr::tr("character %1 is an invisible or control character (%2); remove it: it can make the text "
                          "read differently from what is stored")
                .arg(position)
                .arg(codePoint(c));
    }
    return std::nullopt;
}

QString echo(const QString& value, int max)
{
    QString out;
    int shown = 0;
    int i = 0;
    for (; i < value.size() && shown < max; ++shown) {
        int width = 1;
        const char32_t c = codePointAt(value, i, &width);
        if (isInvisible(c))
            out += QLatin1Char('<') + codePoint(c) + QLatin1Char('>');
        else
            out += value.mid(i, width);
        i += width;
    }
    if (i < value.size())
        out += Tr::tr("… (%1 characters)").arg(value.size());
    return out;
}

} // namespace reper::TextPolicy
