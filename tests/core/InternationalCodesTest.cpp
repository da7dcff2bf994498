// The one mapping of domain.md's code lists to Eurostat, GRETA and CTDC (InternationalCodes): every
// code of every list it covers is mapped, every country has a continent, the EU-27 is the 2020
// membership, and the age bands and groups fall where the standards put them.
#include "core/InternationalCodes.h"

#include "core/Codes.h"
#include "core/VictimAge.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace reper;
namespace I = reper::International;

TEST_CASE("every code of the mapped lists has exactly one row of the mapping", "[core][international]")
{
    for (const char* list : {"sex", "exploitation", "recruiter_relation", "recruitment"}) {
        INFO(list);
        QStringList mapped;
        for (const I::Mapping& m : I::mappings()) {
            if (QLatin1String(m.list) == QLatin1String(list))
                mapped << QLatin1String(m.code);
        }
        QStringList codes = Codes::byName(QLatin1String(list)).codes();
        codes.sort();
        QStringList sortedMapped = mapped;
        sortedMapped.sort();
        CHECK(sortedMapped == codes);
        CHECK(QSet<QString>(mapped.begin(), mapped.end()).size() == mapped.size());
    }
}

TEST_CASE("forms fall in Eurostat's groups as docs/international.md says", "[core][international]")
{
    const QMap<QString, QString> want = {
        {QStringLiteral("sexual"), QStringLiteral("sexual")},
        {QStringLiteral("pornography"), QStringLiteral("sexual")},
        {QStringLiteral("labour"), QStringLiteral("labour")},
        {QStringLiteral("slavery"), QStringLiteral("labour")},
        {QStringLiteral("begging"), QStringLiteral("other")},
        {QStringLiteral("criminality"), QStringLiteral("other")},
        {QStringLiteral("organ_removal"), QStringLiteral("other")},
        {QStringLiteral("forced_marriage"), QStringLiteral("other")},
        {QStringLiteral("illegal_adoption"), QStringLiteral("other")},
        {QStringLiteral("surrogacy"), QStringLiteral("other")},
        {QStringLiteral("unspecified"), QStringLiteral("unknown")},
    };
    for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
        INFO(it.key().toStdString());
        CHECK(I::formGroup(it.key()) == it.value());
    }
    CHECK(I::formGroup(QString()) == QLatin1String("unknown"));
    CHECK(I::forms() == Codes::byName(QStringLiteral("exploitation")).codes());
    // CTDC counts begging and criminality as forced labour, with their own sub-type columns.
    CHECK(QLatin1String(I::mapping(QStringLiteral("exploitation"), QStringLiteral("begging"))->ctdc)
          == QLatin1String("isForcedLabour"));
    CHECK(QLatin1String(I::mapping(QStringLiteral("exploitation"), QStringLiteral("criminality"))->ctdcDetail)
          == QLatin1String("typeOfLabourIllicitActivities"));
}

TEST_CASE("every country has a continent — the EU-27 is the 2020 membership", "[core][international]")
{
    int countries = 0;
    for (const QString& code : Codes::countries().codes()) {
        INFO(code.toStdString());
        CHECK_FALSE(I::continent(code).isEmpty());
        CHECK(I::region(code) != I::missing());
        ++countries;
    }
    CHECK(countries == 249);
    CHECK(I::eu27().size() == 27);
    for (const QString& code : I::eu27()) {
        INFO(code.toStdString());
        CHECK(Codes::countries().contains(code));
        CHECK((I::continent(code) == QLatin1String("Europe") || code == QLatin1String("CY")));
    }
    CHECK_FALSE(I::isEu27(QStringLiteral("GB"))); // left on 1 February 2020; EU27_2020 for every year
    CHECK(I::citizenshipGroup(QStringLiteral("RO")) == QLatin1String("RO"));
    CHECK(I::citizenshipGroup(QStringLiteral("BG")) == QLatin1String("EU"));
    CHECK(I::citizenshipGroup(QStringLiteral("MD")) == QLatin1String("NONEU"));
    CHECK(I::citizenshipGroup(QString()) == QLatin1String("unknown"));
    CHECK(I::region(QStringLiteral("RO")) == QLatin1String("RO"));
    CHECK(I::region(QStringLiteral("IT")) == QLatin1String("Other EU"));
    CHECK(I::region(QStringLiteral("GB")) == QLatin1String("Europe (non-EU)"));
    CHECK(I::region(QStringLiteral("NG")) == QLatin1String("Africa"));
    CHECK(I::region(QStringLiteral("TR")) == QLatin1String("Asia"));
    CHECK(I::region(QString()) == I::missing());
}

TEST_CASE("CTDC's age bands, majority and gender", "[core][international]")
{
    const std::pair<int, const char*> bands[]
        = {{0, "0--8"},    {8, "0--8"},    {9, "9--17"},   {17, "9--17"},  {18, "18--20"}, {20, "18--20"},
           {21, "21--23"}, {29, "27--29"}, {30, "30--38"}, {47, "39--47"}, {48, "48+"},    {90, "48+"}};
    for (const auto& [age, band] : bands) {
        INFO(age);
        CHECK(I::ctdcAgeBroad(age) == QLatin1String(band));
    }
    CHECK(I::ctdcAgeBroad(std::nullopt) == I::missing());
    CHECK(I::ctdcMajority(17) == QLatin1String("Minor"));
    CHECK(I::ctdcMajority(18) == QLatin1String("Adult"));
    CHECK(I::ctdcMajority(std::nullopt) == I::missing());
    CHECK(I::ageGroup(17) == QLatin1String("child"));
    CHECK(I::ageGroup(18) == QLatin1String("adult"));
    CHECK(I::ageGroup(std::nullopt) == QLatin1String("unknown"));
    CHECK(I::ctdcGender(QStringLiteral("F")) == QLatin1String("Female"));
    CHECK(I::ctdcGender(QStringLiteral("U")) == I::missing());
}

TEST_CASE("a victim's age on a day, as every figure counts it", "[core][international]")
{
    const QDate born(2002, 3, 15);
    CHECK(VictimAge::on(QDate(2020, 3, 14), born, std::nullopt) == 17);
    CHECK(VictimAge::on(QDate(2020, 3, 15), born, std::nullopt) == 18);
    CHECK(VictimAge::on(QDate(2020, 1, 1), QDate(), 2002) == 18); // only the year: the year's difference
    CHECK_FALSE(VictimAge::on(QDate(2020, 1, 1), QDate(), std::nullopt).has_value());
}

TEST_CASE("the bilanț's age groups close at 13, 17, 25 and 35 years", "[core][age]")
{
    CHECK(VictimAge::bilantGroup(0) == QStringLiteral("0-13"));
    CHECK(VictimAge::bilantGroup(13) == QStringLiteral("0-13"));
    CHECK(VictimAge::bilantGroup(14) == QStringLiteral("14-17"));
    CHECK(VictimAge::bilantGroup(17) == QStringLiteral("14-17"));
    CHECK(VictimAge::bilantGroup(18) == QStringLiteral("18-25"));
    CHECK(VictimAge::bilantGroup(25) == QStringLiteral("18-25"));
    CHECK(VictimAge::bilantGroup(26) == QStringLiteral("26-35"));
    CHECK(VictimAge::bilantGroup(35) == QStringLiteral("26-35"));
    CHECK(VictimAge::bilantGroup(36) == QStringLiteral("36+"));
    CHECK(VictimAge::bilantGroup(90) == QStringLiteral("36+"));
}
