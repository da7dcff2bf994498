#include "core/Codes.h"

#include "core/TextFold.h"

#include <catch2/catch.hpp>

using namespace reper;

TEST_CASE("folding ignores case and diacritics, cedilla and comma alike", "[core][codes]")
{
    CHECK(foldText(u"Şedinţă de lucru") == QStringLiteral("sedinta de lucru"));
    CHECK(foldText(u"ȘEDINȚĂ  DE\tlucru ") == QStringLiteral("sedinta de lucru"));
    CHECK(foldText(u"Învățământ") == QStringLiteral("invatamant"));
}

TEST_CASE("a code or a label in either language is accepted in its own list", "[core][codes]")
{
    const CodeList& sex = Codes::byName(QStringLiteral("sex"));
    CHECK(sex.match(u"F") == QStringLiteral("F"));
    CHECK(sex.match(u"Feminin") == QStringLiteral("F"));
    CHECK(sex.match(u"female") == QStringLiteral("F"));
    const CodeList& exploitation = Codes::byName(QStringLiteral("exploitation"));
    CHECK(exploitation.match(u"Exploatare sexuala") == QStringLiteral("sexual"));
    CHECK(exploitation.match(u"cerşetorie") == QStringLiteral("begging"));
    CHECK(exploitation.match(u"forced begging") == QStringLiteral("begging"));
    CHECK_FALSE(exploitation.match(u"muncă forțată").has_value());
    const CodeList& status = Codes::byName(QStringLiteral("repatriation_status"));
    CHECK(status.match(u"FINALIZATĂ") == QStringLiteral("completed"));
    CHECK(status.match(u"Finalizata") == QStringLiteral("completed"));
    CHECK(status.match(u"in progress") == QStringLiteral("in_progress"));
    CHECK(status.match(u"Anulata") == QStringLiteral("cancelled"));
    CHECK(Codes::byName(QStringLiteral("event_type")).match(u"şedinţă de lucru") == QStringLiteral("working_meeting"));
    CHECK(Codes::byName(QStringLiteral("scope")).match(u"trafic extern") == QStringLiteral("international"));
    CHECK(Codes::byName(QStringLiteral("institution")).match(u"child protection") == QStringLiteral("dgaspc"));
}

TEST_CASE("look-alike labels are looked up in their own list only", "[core][codes]")
{
    CHECK(Codes::byName(QStringLiteral("recruiter_relation")).match(u"necunoscut") == QStringLiteral("stranger"));
    CHECK(Codes::byName(QStringLiteral("education")).match(u"necunoscut") == QStringLiteral("unknown"));
    CHECK_FALSE(Codes::byName(QStringLiteral("recruiter_relation")).match(u"necunoscută").has_value());
    CHECK(Codes::byName(QStringLiteral("recruitment")).match(u"necunoscută") == QStringLiteral("unknown"));
}

TEST_CASE("no two entries of a list fold to the same text", "[core][codes]")
{
    for (const CodeList* list : Codes::all()) {
        QHash<QString, QString> seen;
        for (const CodeEntry& e : list->entries()) {
            for (const QString& s : {e.code, e.ro, e.en}) {
                const QString key = foldText(s);
                INFO(list->name().toStdString() << ": " << s.toStdString());
                CHECK((!seen.contains(key) || seen.value(key) == e.code));
                seen.insert(key, e.code);
            }
        }
    }
    CHECK(Codes::all().size() == 27);
}

TEST_CASE("countries are ISO 3166-1 alpha-2 with Romanian and English names", "[core][codes]")
{
    const CodeList& c = Codes::countries();
    CHECK(c.entries().size() == 249);
    CHECK(c.contains(QStringLiteral("GB")));
    CHECK_FALSE(c.contains(QStringLiteral("UK")));
    CHECK(c.match(u"Italia") == QStringLiteral("IT"));
    CHECK(c.match(u"Germany") == QStringLiteral("DE"));
    CHECK(c.label(QStringLiteral("RO")) == QString::fromUtf8("România"));
}
