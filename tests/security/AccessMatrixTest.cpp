// The role matrix of domain.md §1: every repository read, report and export, as every role. The
// expected rights are written out here, not derived from AccessPolicy, so a wrong rule fails.
#include "report/CtdcCaseFile.h"
#include "report/FiguresCodec.h"
#include "report/ReportSource.h"
#include "security/SecurityFixture.h"
#include "storage/audit/AuditTrail.h"
#include "storage/figures/ClosedYearRepository.h"
#include "storage/figures/ExplainRepository.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/figures/PopulationRepository.h"
#include "storage/keys/KeyFile.h"
#include "storage/repositories/ActivityRepositories.h"
#include "storage/repositories/VictimRepository.h"
#include "storage/services/RecordsExport.h"
#include "storage/services/UserService.h"
#include "storage/services/VictimExport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

struct Expected
{
    QString user;
    QSet<QString> readCenters; // whose victims and records they may read
    QSet<QString> identityCenters; // whose victims' identity they may open
    QSet<QString> figureScopes; // "national" and/or centres
    bool victimExport = false;
    bool identityExport = false;
    bool auditTrail = false;
    QSet<QString> caseFileScopes = {}; // CTDC case files: "national" and/or centres
    bool population = false; // may enter the population of a year
};

const QSet<QString> kAllCenters
    = {QStringLiteral("CR-AB"), QStringLiteral("CR-BC"), QStringLiteral("CR-BV"), QStringLiteral("CR-B"),
       QStringLiteral("CR-CJ"), QStringLiteral("CR-CT"), QStringLiteral("CR-DJ"), QStringLiteral("CR-GL"),
       QStringLiteral("CR-IS"), QStringLiteral("CR-BH"), QStringLiteral("CR-AG"), QStringLiteral("CR-PH"),
       QStringLiteral("CR-SV"), QStringLiteral("CR-MS"), QStringLiteral("CR-TM")};

QSet<QString> allFigures()
{
    QSet<QString> s = kAllCenters;
    s.insert(QStringLiteral("national"));
    return s;
}

const QList<Expected>& matrix()
{
    static const QList<Expected> m = {
        // init's user: administrator and national coordinator: every record, no identity
        {QStringLiteral("admin"), kAllCenters, {}, allFigures(), true, false, true, allFigures(), true},
        {QStringLiteral("op_bv"),
         {QStringLiteral("CR-BV")},
         {QStringLiteral("CR-BV")},
         {QStringLiteral("CR-BV")},
         true,
         false,
         false},
        {QStringLiteral("op_cj"),
         {QStringLiteral("CR-CJ")},
         {QStringLiteral("CR-CJ")},
         {QStringLiteral("CR-CJ")},
         true,
         false,
         false},
        {QStringLiteral("coord_bv"),
         {QStringLiteral("CR-BV")},
         {QStringLiteral("CR-BV")},
         {QStringLiteral("CR-BV")},
         true,
         true,
         false,
         {QStringLiteral("CR-BV")}},
        {QStringLiteral("coord_nat"), kAllCenters, {}, allFigures(), true, false, false, allFigures()},
        {QStringLiteral("analyst_nat"), {}, {}, allFigures(), false, false, false},
        {QStringLiteral("analyst_bv"), {}, {}, {QStringLiteral("CR-BV")}, false, false, false},
        {QStringLiteral("admin_only"), {}, {}, {}, false, false, true, {}, true},
    };
    return m;
}

// tests/data/small: victims and their centres, campaigns and projects and theirs.
const QList<QPair<QString, QString>> kVictims = {{QStringLiteral("RV-T00001"), QStringLiteral("CR-BV")},
                                                 {QStringLiteral("RV-T00002"), QStringLiteral("CR-B")},
                                                 {QStringLiteral("RV-T00003"), QStringLiteral("CR-B")},
                                                 {QStringLiteral("RV-T00004"), QStringLiteral("CR-IS")}};
const QList<QPair<QString, QString>> kCampaigns
    = {{QStringLiteral("CMP-T-001"), QStringLiteral("CR-B")}, {QStringLiteral("CMP-T-002"), QStringLiteral("CR-BV")}};
const QList<QPair<QString, QString>> kProjects
    = {{QStringLiteral("PRJ-T-1"), QStringLiteral("CR-B")}, {QStringLiteral("PRJ-T-2"), QStringLiteral("CR-B")}};

void checkNoIdentity(const QString& text, const QSet<QString>& allowedVictims, const std::string& where)
{
    for (const auto& v : kVictims) {
        if (allowedVictims.contains(v.first))
            continue;
        for (const QString& value : identityOf(v.first)) {
            INFO(where << ": identity of " << v.first.toStdString());
            CHECK_FALSE(text.contains(value));
        }
    }
}

} // namespace

TEST_CASE("every read, report and export respects every role's scope", "[security][matrix]")
{
    SecurityFixture fx;
    {
        // Two closed years (issue 3), national and CR-B, with findings that name a victim code.
        auto admin = fx.openAs(QStringLiteral("admin"));
        for (const Scope& scope : {Scope::national(), Scope::ofCenter(QStringLiteral("CR-B"))}) {
            // Frozen figures as a closing writes them (the international tables read them back).
            BilantReportData frozen;
            frozen.figures.year = 2020;
            frozen.figures.scope = scope;
            frozen.figures.victimsIdentified = 3;
            const QByteArray json = FiguresCodec::canonicalJson(frozen);
            const QString hash = FiguresCodec::sha256Hex(json);
            auto closed = ClosedYearRepository(*admin).freeze(
                2020, scope, QStringLiteral("1"), true, QStringLiteral("warning: RV-T00002 …"), [&] {
                    return Result<ClosedYearRepository::Frozen>(ClosedYearRepository::Frozen{json, hash});
                });
            REQUIRE(closed.ok());
        }
    }
    for (const Expected& want : matrix()) {
        INFO("as " << want.user.toStdString());
        auto store = fx.openAs(want.user);
        VictimRepository victims(*store);
        QSet<QString> identityVictims;
        for (const auto& v : kVictims)
            if (want.identityCenters.contains(v.second))
                identityVictims.insert(v.first);

        // Victims by code, their ids, their identity.
        for (const auto& [code, center] : kVictims) {
            INFO(code.toStdString());
            const bool readable = want.readCenters.contains(center);
            auto found = victims.findByCode(code);
            REQUIRE(found.ok());
            CHECK(found->has_value() == readable);
            if (found->has_value()) {
                CHECK((*found)->victim.center == center);
                CHECK((*found)->identity.isEmpty()); // identity is never part of a lookup
            }
            auto id = victims.idByCode(code);
            REQUIRE(id.ok());
            CHECK(id->has_value() == readable);
            const qint64 victimId
                = *store->db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = '%1'").arg(code));
            auto identity = victims.openIdentity(victimId);
            CHECK(identity.ok() == want.identityCenters.contains(center));
            if (identity.ok() && !identityOf(code).isEmpty())
                CHECK(identity->lastName == identityOf(code).first());
            auto compared
                = victims.compareIdentity(victimId, center, VictimIdentity{QStringLiteral("X"), {}, {}, {}, {}, {}});
            REQUIRE(compared.ok());
            CHECK(compared->compared == want.identityCenters.contains(center));
        }
        int readableVictims = 0;
        for (const auto& v : kVictims)
            readableVictims += want.readCenters.contains(v.second) ? 1 : 0;
        CHECK(*victims.count() == readableVictims);

        // Campaigns and projects by code.
        CampaignRepository campaigns(*store);
        for (const auto& [code, center] : kCampaigns) {
            auto found = campaigns.findByCode(code);
            REQUIRE(found.ok());
            CHECK(found->has_value() == want.readCenters.contains(center));
        }
        CooperationRepository cooperation(*store);
        for (const auto& [code, center] : kProjects) {
            auto found = cooperation.findProjectByCode(code);
            REQUIRE(found.ok());
            CHECK(found->has_value() == want.readCenters.contains(center));
        }

        // Figures: national and every centre.
        FiguresRepository figures(*store);
        for (const QString& scope : allFigures()) {
            INFO("figures of " << scope.toStdString());
            auto f = figures.compute(2020, scope == QLatin1String("national") ? QString() : scope);
            CHECK(f.ok() == want.figureScopes.contains(scope));
            if (f.ok())
                checkNoIdentity(QString::number(f->victimsIdentified) + f->scope.text(), {}, "figures");
        }
        if (want.figureScopes.contains(QStringLiteral("CR-BV")))
            CHECK(figures.compute(2020, QStringLiteral("CR-BV"))->victimsIdentified == 1);
        CHECK(figures.computeReport(2020).ok() == want.figureScopes.contains(QStringLiteral("national")));
        CHECK(figures.computeReport(2020, QStringLiteral("CR-BV")).ok()
              == want.figureScopes.contains(QStringLiteral("CR-BV")));

        // The records behind a figure (report explain): records of the scope.
        ExplainRepository explain(*store);
        CHECK(explain.explain(2020, {}, QStringLiteral("victims_identified")).ok()
              == (want.readCenters == kAllCenters && want.figureScopes.contains(QStringLiteral("national"))));
        CHECK(explain.explain(2020, QStringLiteral("CR-BV"), QStringLiteral("victims_identified")).ok()
              == want.readCenters.contains(QStringLiteral("CR-BV")));

        // Closed years: only those of a scope whose figures the user may see; their findings (which
        // name victim codes) only for whom may list victims.
        auto closedYears = ClosedYearRepository(*store).list();
        REQUIRE(closedYears.ok());
        QSet<QString> closedScopes;
        for (const ClosedYearRecord& r : *closedYears) {
            closedScopes.insert(r.scope.text());
            CHECK(r.qualityReport.isEmpty() == want.readCenters.isEmpty());
        }
        QSet<QString> expectedClosed;
        for (const QString& scope : {QStringLiteral("national"), QStringLiteral("CR-B")})
            if (want.figureScopes.contains(scope))
                expectedClosed.insert(scope);
        CHECK(closedScopes == expectedClosed);

        // Exports: the whole scope, then with identity.
        VictimExport exporter(*store);
        auto plain = exporter.run({});
        CHECK(plain.ok() == want.victimExport);
        if (plain.ok()) {
            QString text;
            QSet<QString> centers;
            for (const QStringList& row : plain->rows) {
                text += row.join(QLatin1Char(',')) + QLatin1Char('\n');
                centers.insert(row.at(1));
                CHECK(want.readCenters.contains(row.at(1)));
            }
            checkNoIdentity(text, {}, "export without identity");
            int expectedRows = 0; // one row per identification in scope (RV-T00001 has two)
            for (const auto& v : kVictims)
                expectedRows
                    += want.readCenters.contains(v.second) ? (v.first == QLatin1String("RV-T00001") ? 2 : 1) : 0;
            CHECK(plain->rows.size() == expectedRows);
        }
        auto withIdentity = exporter.run({QString(), true, true, QStringLiteral("x.csv")});
        CHECK(withIdentity.ok() == want.identityExport);
        if (withIdentity.ok()) {
            QString text;
            for (const QStringList& row : withIdentity->rows)
                text += row.join(QLatin1Char(',')) + QLatin1Char('\n');
            checkNoIdentity(text, identityVictims, "export with identity");
            CHECK(text.contains(QStringLiteral("Testescu")));
        }
        CHECK_FALSE(exporter.run({QString(), true, false, {}}).ok()); // never without confirming

        // Every record (export all): the same roles, the same identity rule, only the scope's centres.
        RecordsExport everything(*store);
        auto all = everything.run({});
        CHECK(all.ok() == want.victimExport);
        if (all.ok()) {
            QString text;
            for (const ExportTable& t : all->tables) {
                const int centre = int(t.header.indexOf(QStringLiteral("center")));
                for (const QStringList& row : t.rows) {
                    text += row.join(QLatin1Char(',')) + QLatin1Char('\n');
                    CHECK(want.readCenters.contains(row.at(centre)));
                }
            }
            checkNoIdentity(text, {}, "export all without identity");
            CHECK(all->tables.first().rows.size() == plain->rows.size());
        }
        RecordsExportRequest allWithIdentity;
        allWithIdentity.withIdentity = true;
        allWithIdentity.confirmed = true;
        auto allIdentity = everything.run(allWithIdentity);
        CHECK(allIdentity.ok() == want.identityExport);
        if (allIdentity.ok()) {
            QString text;
            for (const ExportTable& t : allIdentity->tables)
                for (const QStringList& row : t.rows)
                    text += row.join(QLatin1Char(',')) + QLatin1Char('\n');
            checkNoIdentity(text, identityVictims, "export all with identity");
            CHECK(text.contains(QStringLiteral("Testescu")));
        }
        allWithIdentity.confirmed = false;
        CHECK_FALSE(everything.run(allWithIdentity).ok());

        // The international tables (issue 13): whoever sees the figures of the scope; the CTDC case
        // file: a coordinator who reads every record of it; the population: administrators.
        for (const QString& scope : allFigures()) {
            INFO("international " << scope.toStdString());
            const QString centre = scope == QLatin1String("national") ? QString() : scope;
            auto tables = loadInternationalData(*store, 2020, centre);
            INFO((tables.ok() ? std::string() : tables.error().message.toStdString()));
            CHECK(tables.ok() == want.figureScopes.contains(scope));
            auto caseFile = exportCtdc(*store, {2020, centre, 1, QStringLiteral("ctdc.csv")});
            CHECK(caseFile.ok() == want.caseFileScopes.contains(scope));
            if (caseFile.ok())
                checkNoIdentity(QString::fromUtf8(caseFile->csv()), {}, "CTDC case file");
        }
        PopulationEntry population;
        population.year = 2020;
        population.total = 19186201;
        population.source = QStringLiteral("INS");
        CHECK(PopulationRepository(*store).set(population).ok() == want.population);

        // The audit trail: administrators only, and it never holds identity values.
        auto trail = store->audit().list({});
        CHECK(trail.ok() == want.auditTrail);
        if (trail.ok()) {
            QString text;
            for (const AuditEntry& e : *trail)
                text += e.detail + e.recordCode + QLatin1Char('\n');
            checkNoIdentity(text, {}, "audit trail");
        }
    }
}

TEST_CASE("a temporary password opens nothing but the password change", "[security][matrix]")
{
    TempStore t;
    UserService users(t.store());
    REQUIRE(users
                .add(QStringLiteral("nou"), {QStringLiteral("coordinator")}, QStringLiteral("CR-BV"),
                     QStringLiteral("temporary-password-1"))
                .ok());
    t.close();
    auto opened = Store::open(t.path(), QStringLiteral("nou"), QStringLiteral("temporary-password-1"), fixedClock());
    REQUIRE(opened.ok());
    const AccessPolicy access = (*opened)->access();
    CHECK((*opened)->mustChangePassword());
    CHECK_FALSE(access.canReadRecords(QStringLiteral("CR-BV")));
    CHECK_FALSE(access.canSeeFigures(Scope::ofCenter(QStringLiteral("CR-BV"))));
    CHECK_FALSE(access.canSeeIdentity(QStringLiteral("CR-BV")));
    CHECK_FALSE(VictimExport(**opened).run({}).ok());
    REQUIRE(UserService(**opened).changeOwnPassword(QStringLiteral("my-own-password-1")).ok());
    CHECK((*opened)->access().canReadRecords(QStringLiteral("CR-BV")));
    // And the flag survives editing the key file: it is sealed in the slot as well.
    (*opened).reset();
    REQUIRE(UserService(
                *Store::open(t.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock()).value())
                .resetPassword(QStringLiteral("nou"), QStringLiteral("another-temporary-1"))
                .ok());
    auto keys = KeyFile::load(KeyFile::pathFor(t.path()));
    REQUIRE(keys.ok());
    QFile f(KeyFile::pathFor(t.path()));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    f.close();
    REQUIRE(json.contains("\"must_change_password\": true"));
    json.replace("\"must_change_password\": true", "\"must_change_password\": false");
    REQUIRE(writeFileAtomically(KeyFile::pathFor(t.path()), json).ok());
    auto again = Store::open(t.path(), QStringLiteral("nou"), QStringLiteral("another-temporary-1"), fixedClock());
    REQUIRE(again.ok());
    CHECK((*again)->mustChangePassword());
}
