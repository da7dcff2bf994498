// The template of the bilanț's wording: the shipped one gives the statement, a coordinator's file
// replaces sections without recompiling, and the date-and-place line follows the clock and scope.
#include "report/BilantTemplate.h"
#include "report/NarrativeWriter.h"
#include "report/ReportTestData.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

} // namespace

TEST_CASE("Template: the shipped template has every section the narrative uses", "[report][template]")
{
    const BilantTemplate& t = BilantTemplate::builtIn();
    for (const char* name :
         {"title", "subtitle.national", "subtitle.centre", "year_line", "date_line.national", "date_line.centre",
          "body", "background_heading", "background", "marking.internal", "marking.public", "marking.revised"}) {
        INFO(name);
        CHECK_FALSE(t.text(QLatin1String(name)).isEmpty());
    }
    CHECK(t.setting(QStringLiteral("place.national")).contains(s("Ion Câmpineanu nr. 20")));
    CHECK(t.text(QStringLiteral("marking.internal")) == s("CONFIDENȚIAL – uz intern"));
    // Comma-below only, no cedilla.
    for (const QString& name : {QStringLiteral("body"), QStringLiteral("background")})
        CHECK_FALSE(t.text(name).contains(QRegularExpression(QStringLiteral("[şţŞŢ]"))));
}

TEST_CASE("Template: the date-and-place line, nationally and for a centre", "[report][template]")
{
    BilantFigures f = test::figures2018();
    NarrativeWriter none(f);
    CHECK(none.dateLine().isEmpty());
    CHECK_FALSE(none.text().contains(s("Astăzi")));

    NarrativeWriter national(f);
    national.setEvaluationDate(QDate(2019, 2, 14));
    CHECK(national.dateLine()
          == s("Astăzi, 14.02.2019, a avut loc evaluarea activității Agenției Naționale Împotriva Traficului de "
               "Persoane, pentru anul 2018, la sediul central al acesteia din str. Ion Câmpineanu nr. 20, sectorul 1, "
               "București."));
    CHECK(national.paragraphs().first() == national.dateLine());

    f.scope = Scope::ofCenter(QStringLiteral("CR-BV"));
    NarrativeWriter centre(f);
    centre.setEvaluationDate(QDate(2019, 2, 14));
    CHECK(centre.dateLine()
          == s("Astăzi, 14.02.2019, a avut loc evaluarea activității Centrului Regional Brașov al Agenției Naționale "
               "Împotriva Traficului de Persoane, pentru anul 2018, la sediul Centrului Regional Brașov."));
}

TEST_CASE("Template: a coordinator's file replaces only the sections it has", "[report][template]")
{
    const auto own = BilantTemplate::parse(s("# my wording\n"
                                             "[settings]\n"
                                             "place.national = sala mare a Agenției, Piața Victoriei\n"
                                             "date_format = d MMMM yyyy\n"
                                             "\n"
                                             "[body]\n"
                                             "{date_line}\n\n"
                                             "Un paragraf nou, scris de coordonator\n"
                                             "pe două rânduri, pentru anul {year}.\n\n"
                                             "{victims}\n\n"
                                             "{prevention}\n\n"
                                             "[background]\n"),
                                           QStringLiteral("mine.txt"));
    REQUIRE(own);
    BilantTemplate t = BilantTemplate::builtIn();
    t.overlay(*own);
    NarrativeWriter w(test::figures2018(), t);
    w.setEvaluationDate(QDate(2019, 2, 14));
    const QStringList paragraphs = w.paragraphs();
    REQUIRE(paragraphs.size() == 4);
    CHECK(paragraphs[0].contains(s("la sala mare a Agenției, Piața Victoriei.")));
    CHECK(paragraphs[0].contains(QStringLiteral("14 ")));
    CHECK(paragraphs[1] == s("Un paragraf nou, scris de coordonator pe două rânduri, pentru anul 2018."));
    CHECK(paragraphs[2].contains(s("410 victime")));
    CHECK(paragraphs[3].contains(s("peste 1.900 de activități")));
    CHECK(w.backgroundParagraphs().isEmpty()); // an empty section removes the shipped one
    CHECK(w.title() == s("BILANȚ 2018")); // not in the file: the shipped one
}

TEST_CASE("Template: the data folder's file overrides the built-in one — errors are reported", "[report][template]")
{
    // The test's main gives the process a data folder of its own (PrivateFolders).
    const QString path = BilantTemplate::userTemplatePath();
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[title]\nBILANȚUL ANULUI {year}\n");
    f.close();
    const auto loaded = BilantTemplate::load();
    QFile::remove(path);
    REQUIRE(loaded);
    CHECK(NarrativeWriter(test::figures2018(), *loaded).title() == s("BILANȚUL ANULUI 2018"));
    CHECK(BilantTemplate::load().value_or({}).text(QStringLiteral("title")) == QStringLiteral("BILANȚ {year}"));

    CHECK_FALSE(BilantTemplate::load(QStringLiteral("/nonexistent/bilant.txt")));
    CHECK_FALSE(BilantTemplate::parse(QStringLiteral("text before a section\n"), QStringLiteral("x")));
    CHECK_FALSE(BilantTemplate::parse(QStringLiteral("[settings]\nno equals sign\n"), QStringLiteral("x")));
}
