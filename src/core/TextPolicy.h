#pragma once
// What a typed or imported value may contain, shared by the forms and the import through
// RecordValidator, and how a value is echoed in a message.
//   Codes (victim, campaign, project) are 1 to 64 printable ASCII characters: a code with an
//   invisible character (U+202E RIGHT-TO-LEFT OVERRIDE) would be a second code that looks like
//   the first.
//   Free text keeps the letters of any script, digits, punctuation, line breaks (LF) and tabs, but
//   no other control character (NUL, CR, ESC, DEL, C1), no invisible formatting character (bidi
//   overrides, embeddings, isolates and marks; zero-width characters; the soft hyphen), no line or
//   paragraph separator, no lone surrogate and no non-character.
// The messages say which character and where (by position and U+ number), never the value, so
// they may be used for identity fields.
#include <QString>
#include <optional>

namespace reper::TextPolicy {

constexpr int kMaxCodeLength = 64;
constexpr int kEchoLength = 60;

// What is wrong with a code (already trimmed), or nothing; an empty code is not checked here.
std::optional<QString> codeProblem(const QString& code);
// What is wrong with a free text, or nothing.
std::optional<QString> textProblem(const QString& text);
// A value for a message: at most `max` characters ("…" and the length when cut), each control or
// invisible character shown as <U+XXXX>, so a message stays short and shows what the value holds.
QString echo(const QString& value, int max = kEchoLength);

} // namespace reper::TextPolicy
