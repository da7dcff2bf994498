// The country groups of the international reporting (docs/international.md §3): the EU-27 and each
// country's continent after the UN's M49 standard (Cyprus is in Asia there, but in the EU here;
// Turkey and the Caucasus in Asia; Greenland in the Americas). Every ISO 3166-1 code of
// CountryTable.cpp is in exactly one continent (tests/core/InternationalCodesTest.cpp).
#include "core/InternationalCodes.h"

#include <QHash>

namespace reper::International {

namespace {

// Eurostat's EU27_2020: the members since the United Kingdom left on 1 February 2020.
const char* const kEu27 = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK";

struct Continent
{
    const char* name;
    const char* codes;
};

const Continent kContinents[] = {
    {"Africa",
     "DZ EG LY MA SD TN EH BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW IO TF AO CM CF TD CG "
     "CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG"},
    {"Americas",
     "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI BZ CR SV GT HN "
     "MX NI PA AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE BM CA GL PM US"},
    {"Asia",
     "KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN AF BD BT IN IR MV NP PK LK AM AZ "
     "BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"},
    {"Europe",
     "BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB AL AD BA HR GI GR VA IT "
     "MT ME MK PT SM RS SI ES AT BE FR DE LI LU MC NL CH"},
    {"Oceania", "AU NZ NF HM CX CC FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF"},
    {"Antarctica", "AQ"},
};

const QHash<QString, QString>& continentOf()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const Continent& c : kContinents) {
            for (const QString& code : QString::fromLatin1(c.codes).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                m.insert(code, QString::fromLatin1(c.name));
        }
        return m;
    }();
    return map;
}

} // namespace

QStringList eu27() { return QString::fromLatin1(kEu27).split(QLatin1Char(' '), Qt::SkipEmptyParts); }

bool isEu27(const QString& iso)
{
    static const QStringList list = eu27();
    return list.contains(iso);
}

QString continent(const QString& iso) { return continentOf().value(iso); }

} // namespace reper::International
