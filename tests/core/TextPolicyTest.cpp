#include "core/TextPolicy.h"

#include "core/RecordValidator.h"

#include <catch2/catch.hpp>

using namespace reper;

namespace {

const QChar kRlo(0x202E); // RIGHT-TO-LEFT OVERRIDE
const QChar kRlm(0x200F); // RIGHT-TO-LEFT MARK

bool hasProblemOn(const FieldProblems& problems, const char* field)
{
    for (const auto& p : problems)
        if (p.field == QLatin1String(field))
            return true;
    return false;
}

Victim victim(const QString& code)
{
    Victim v;
    v.code = code;
    v.sex = QStringLiteral("F");
    v.citizenship = QStringLiteral("RO");
    return v;
}

} // namespace

TEST_CASE("codes are printable ASCII: an invisible character would make a second, look-alike code",
          "[core][textpolicy]")
{
    CHECK_FALSE(TextPolicy::codeProblem(QStringLiteral("RV-T00042")));
    CHECK_FALSE(TextPolicy::codeProblem(QStringLiteral("CMP 2019/BV_01.a")));
    const auto rlo = TextPolicy::codeProblem(QStringLiteral("RV-T") + kRlo + QStringLiteral("00042"));
    REQUIRE(rlo);
    CHECK(rlo->contains(QStringLiteral("U+202E")));
    CHECK(rlo->contains(QStringLiteral("5"))); // its position
    CHECK(TextPolicy::codeProblem(QString::fromUtf8("RV-Ș001")));
    CHECK(TextPolicy::codeProblem(QStringLiteral("RV") + QChar(0) + QStringLiteral("1")));
    CHECK(TextPolicy::codeProblem(QStringLiteral("RV\t1")));
    CHECK(TextPolicy::codeProblem(QString(65, QLatin1Char('A'))));
    CHECK_FALSE(TextPolicy::codeProblem(QString(64, QLatin1Char('A'))));

    // RecordValidator applies it to every code, so forms and import refuse alike.
    CHECK(hasProblemOn(RecordValidator::check(victim(QStringLiteral("RV-1") + kRlo)), "victim_code"));
    Campaign c;
    c.code = QStringLiteral("CMP") + kRlm;
    c.title = QStringLiteral("t");
    c.level = QStringLiteral("local");
    c.funding = QStringLiteral("own");
    c.startDate = QDate(2020, 1, 1);
    CHECK(hasProblemOn(RecordValidator::check(c), "campaign_code"));
    FundedProject f;
    f.code = QStringLiteral("P") + QChar(0x7F);
    f.focus = QStringLiteral("prevention");
    f.startDate = QDate(2020, 1, 1);
    CHECK(hasProblemOn(RecordValidator::check(f), "project_code"));
}

TEST_CASE("free text keeps letters of any script but no bidi override, NUL or control character", "[core][textpolicy]")
{
    CHECK_FALSE(TextPolicy::textProblem(QString::fromUtf8("Primăria Iași, Direcția socială – ăâîșț ĂÂÎȘȚ")));
    CHECK_FALSE(TextPolicy::textProblem(QString::fromUtf8("Müller Þórr Ελένη Олена عائشة 李")));
    CHECK_FALSE(TextPolicy::textProblem(QString::fromUtf8("emoji 🙂 stays")));
    for (const char16_t bad : {u'\u202E', u'\u202A', u'\u2066', u'\u200F', u'\u200E', u'\u061C', u'\u200B', u'\u00AD',
                               u'\uFEFF', u'\u2028', u'\u0000', u'\u001B', u'\u007F', u'\u0085'}) {
        const QString value = QStringLiteral("Ion") + QChar(bad) + QStringLiteral("escu");
        const auto problem = TextPolicy::textProblem(value);
        INFO(QString::number(bad, 16).toStdString());
        REQUIRE(problem);
        CHECK(problem->contains(QStringLiteral("U+%1").arg(uint(bad), 4, 16, QLatin1Char('0')).toUpper()));
        CHECK_FALSE(problem->contains(QStringLiteral("escu"))); // never the value itself
    }
    // A lone surrogate is not a character.
    CHECK(TextPolicy::textProblem(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")));
    // Line breaks (a spreadsheet cell may hold several lines) and tabs stay; a lone CR does not.
    CHECK_FALSE(TextPolicy::textProblem(QStringLiteral("two\nlines\tand a tab")));
    CHECK(TextPolicy::textProblem(QStringLiteral("carriage\rreturn")));

    VictimIdentity identity;
    identity.lastName = QStringLiteral("Pop") + kRlo;
    identity.notes = QStringLiteral("first line\nsecond line");
    const FieldProblems problems = RecordValidator::check(identity);
    CHECK(hasProblemOn(problems, "last_name"));
    CHECK_FALSE(hasProblemOn(problems, "notes"));
    identity.notes += QChar(0);
    CHECK(hasProblemOn(RecordValidator::check(identity), "notes"));

    Protocol p;
    p.signedDate = QDate(2020, 1, 1);
    p.partner = QStringLiteral("DGASPC") + kRlm;
    CHECK(hasProblemOn(RecordValidator::check(p), "partner"));
    ActionPlan a;
    a.date = QDate(2020, 1, 1);
    CHECK(hasProblemOn(RecordValidator::check(a), "partner")); // required
    Event e;
    e.date = QDate(2020, 1, 1);
    e.type = QStringLiteral("seminar");
    e.role = QStringLiteral("organiser");
    e.title = QStringLiteral("Seminar") + QChar(0x1B) + QStringLiteral("[31m");
    CHECK(hasProblemOn(RecordValidator::check(e), "title"));
}

TEST_CASE("a value echoed in a message is cut to a readable length and shows what is invisible", "[core][textpolicy]")
{
    CHECK(TextPolicy::echo(QStringLiteral("ROU")) == QStringLiteral("ROU"));
    const QString huge(1000000, QLatin1Char('x'));
    const QString shown = TextPolicy::echo(huge);
    CHECK(shown.size() < 100);
    CHECK(shown.startsWith(QString(TextPolicy::kEchoLength, QLatin1Char('x'))));
    CHECK(shown.contains(QStringLiteral("1000000")));
    CHECK(TextPolicy::echo(QStringLiteral("a") + kRlo + QStringLiteral("b")) == QStringLiteral("a<U+202E>b"));
    CHECK(TextPolicy::echo(QStringLiteral("a\nb")) == QStringLiteral("a<U+000A>b"));
    CHECK(TextPolicy::echo(QStringLiteral("\x1B[2J")) == QStringLiteral("<U+001B>[2J"));
}
