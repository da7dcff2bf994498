// Eight clients on one server at once (issue 8, "Tests and benchmarks"): two centres' operators
// importing their centre's rows, four staff of the two centres adding campaigns and all editing
// their centre's shared campaign, and a national coordinator's two sessions computing figures the
// whole time. The same work is then done one step after another on a second database. The final
// figures of both are the same, nationally and per centre, for both years of the data; no update
// was lost (every edit of a shared campaign is in its title once, its version moved once per edit,
// and every refused save was a conflict that named who got there first and was redone after a
// reload, as the form offers); and the audit trail written by all of them at once still holds. A
// server killed in the middle of an import is ServerImportTest's. On the test's own PostgreSQL,
// never skipped.
#include "ServerCli.h"
#include "core/Clock.h"
#include "importer/Importer.h"
#include "report/JsonRenderer.h"
#include "storage/Store.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/engine/postgres/PgUrl.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/keys/SecuritySession.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/services/ServerInit.h"
#include "storage/services/UserService.h"
#include "support/CliRunner.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QMap>
#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>

using namespace reper;
using reper::test::PgCluster;
using reper::test::ServerCli;

namespace {

const QStringList kCentres{QStringLiteral("CR-BV"), QStringLiteral("CR-CJ")};
constexpr int kEditsPerEditor = 8;
constexpr qint64 kDeadlineMs = 240000; // the whole workload, on a busy 2-core machine

// The server's stores of one database: a first administrator, then each user signed in with a
// password of their own (a temporary one shows nothing).
class Workplace
{
public:
    Workplace()
    {
        auto owner = PgUrl::parse(PgCluster::instance().ownerUrl(PgCluster::instance().freshDatabase()));
        REQUIRE(owner);
        m_owner = *owner;
        auto made = ServerInit::run(*m_owner, QStringLiteral("chief"), QStringLiteral("chief-password-123"),
                                    test::fixedClock());
        REQUIRE(made);
        m_chief = std::move(made->store);
    }
    // A new user of `center` ("" for national) with `role`, signed in.
    std::unique_ptr<Store> user(const QString& name, const QString& role, const QString& center)
    {
        REQUIRE(UserService(*m_chief).add(name, {role}, center, QStringLiteral("temporary-password-1")));
        auto first = SecuritySession::connect(m_owner->withUser(name), QStringLiteral("temporary-password-1"),
                                              test::fixedClock());
        REQUIRE(first);
        REQUIRE(UserService(**first).changeOwnPassword(name + QStringLiteral("-own-password")));
        return std::move(*first);
    }
    Store& chief() { return *m_chief; }

private:
    std::optional<PgUrl> m_owner;
    std::unique_ptr<Store> m_chief;
};

Campaign campaign(const QString& code, const QString& center, int k)
{
    Campaign c;
    c.code = code;
    c.center = center;
    c.title = QStringLiteral("start");
    c.level = k % 2 ? QStringLiteral("local") : QStringLiteral("national");
    c.funding = QStringLiteral("own");
    c.startDate = QDate(2019 + k % 2, 1 + k % 12, 1);
    return c;
}

// What each client did, gathered under a lock.
struct Outcome
{
    std::mutex guard;
    QStringList failures; // anything but a landed save or a conflict
    int conflicts = 0;
    QStringList marks[2]; // the marks that landed in each centre's shared campaign
    void fail(const QString& what)
    {
        const std::lock_guard<std::mutex> lock(guard);
        failures << what;
    }
};

// Editor `e` of centre `c`: adds its campaigns, and puts its mark into the centre's shared campaign
// after each, reloading and saving again when someone else saved first.
void edit(Store& store, int c, int e, RecordId shared, Outcome& out)
{
    const QString center = kCentres.at(c);
    for (int k = 0; k < kEditsPerEditor; ++k) {
        const QString code = QStringLiteral("CMP-%1-E%2-%3").arg(center.mid(3)).arg(e).arg(k);
        const Campaign made = campaign(code, center, k);
        auto added = RecordEditor(store).save(made);
        if (!added) {
            out.fail(code + QStringLiteral(": ") + added.error().message);
            continue;
        }
        // An activity of it in its year, which makes it count among the year's campaigns.
        PreventionActivity a;
        a.center = center;
        a.date = made.startDate.addDays(14);
        a.county = center.mid(3);
        a.campaignId = *added;
        a.type = QStringLiteral("workshop");
        a.targetGroup = QStringLiteral("pupils");
        a.participants = 10 + k;
        if (auto done = RecordEditor(store).save(a); !done) {
            out.fail(code + QStringLiteral(" activity: ") + done.error().message);
            continue;
        }
        const QString mark = QStringLiteral("e%1.%2").arg(e).arg(k);
        for (int attempt = 0;; ++attempt) {
            auto read = RecordEditor(store).load<Campaign>(shared);
            if (!read) {
                out.fail(read.error().message);
                break;
            }
            read->title += QLatin1Char('|') + mark;
            auto saved = RecordEditor(store).save(*read);
            if (saved) {
                const std::lock_guard<std::mutex> lock(out.guard);
                out.marks[c] << mark;
                break;
            }
            if (saved.error().fault != Fault::Conflict || attempt > 50) {
                out.fail(saved.error().message + QStringLiteral(" / ") + saved.error().detail);
                break;
            }
            // Refused, and told who changed it: the form's reload, then the same change again.
            const bool named = saved.error().message.contains(QStringLiteral("op_"))
                || saved.error().message.contains(QStringLiteral("coord_"));
            const std::lock_guard<std::mutex> lock(out.guard);
            ++out.conflicts;
            if (!named)
                out.failures << QStringLiteral("a conflict that names no one: ") + saved.error().message;
        }
    }
}

void import(Store& store, const QString& folder, Outcome& out)
{
    const ImportReport report = Importer(store).run(folder, false);
    if (!report.ok() || !report.written)
        out.fail(QStringLiteral("import of %1: %2 %3").arg(folder, report.failure).arg(report.problems.size()));
}

QByteArray figuresOf(Store& store, int year, const QString& center = {})
{
    auto f = FiguresRepository(store).compute(year, center);
    REQUIRE(f);
    return renderJson(*f);
}

} // namespace

TEST_CASE("Eight clients importing, editing and reporting at once end as the same work done one by one",
          "[server][workload]")
{
    reper::test::CliRunner scratch; // a folder for the centres' CSV files
    QStringList folders;
    for (const QString& centre : kCentres)
        folders << ServerCli::centreFolder(scratch.dir() + QLatin1Char('/') + centre, centre);

    // First one after another: the same users, the same work; its figures kept, since login roles
    // are the cluster's and the next database replaces this one.
    QMap<QString, QByteArray> expected;
    {
        Workplace oneByOne;
        std::vector<std::unique_ptr<Store>> seq;
        for (const auto& [name, role, c] :
             {std::tuple{"op_bv", "operator", 0}, std::tuple{"op_cj", "operator", 1},
              std::tuple{"op_bv2", "operator", 0}, std::tuple{"coord_bv", "coordinator", 0},
              std::tuple{"op_cj2", "operator", 1}, std::tuple{"coord_cj", "coordinator", 1}})
            seq.push_back(oneByOne.user(QString::fromLatin1(name), QString::fromLatin1(role), kCentres.at(c)));
        std::unique_ptr<Store> seqNat = oneByOne.user(QStringLiteral("coord_nat"), QStringLiteral("coordinator"), {});
        Outcome alone;
        RecordId seqShared[2] = {0, 0};
        for (int c = 0; c < 2; ++c) {
            auto id = RecordEditor(*seq[size_t(2 + 2 * c)])
                          .save(campaign(QStringLiteral("CMP-%1-SHARED").arg(kCentres[c].mid(3)), kCentres[c], 0));
            REQUIRE(id);
            seqShared[c] = *id;
        }
        for (int c = 0; c < 2; ++c)
            import(*seq[size_t(c)], folders.at(c), alone);
        for (int e = 0; e < 4; ++e)
            edit(*seq[size_t(2 + e)], e / 2, e % 2, seqShared[e / 2], alone);
        INFO(alone.failures.join(QLatin1Char('\n')).toStdString());
        REQUIRE(alone.failures.isEmpty());
        CHECK(alone.conflicts == 0);

        for (const int year : {2019, 2020})
            for (const QString& centre : QStringList{QString()} + kCentres)
                expected[QStringLiteral("%1 %2").arg(year).arg(centre)] = figuresOf(*seqNat, year, centre);
    }

    // At once: eight sessions, each in a thread of its own.
    Workplace together;
    std::vector<std::unique_ptr<Store>> importers, editors;
    importers.push_back(together.user(QStringLiteral("op_bv"), QStringLiteral("operator"), kCentres[0]));
    importers.push_back(together.user(QStringLiteral("op_cj"), QStringLiteral("operator"), kCentres[1]));
    editors.push_back(together.user(QStringLiteral("op_bv2"), QStringLiteral("operator"), kCentres[0]));
    editors.push_back(together.user(QStringLiteral("coord_bv"), QStringLiteral("coordinator"), kCentres[0]));
    editors.push_back(together.user(QStringLiteral("op_cj2"), QStringLiteral("operator"), kCentres[1]));
    editors.push_back(together.user(QStringLiteral("coord_cj"), QStringLiteral("coordinator"), kCentres[1]));
    std::unique_ptr<Store> nat = together.user(QStringLiteral("coord_nat"), QStringLiteral("coordinator"), {});
    auto natSecond = Store::openAnotherConnection(*nat);
    REQUIRE(natSecond);
    RecordId shared[2] = {0, 0};
    qint64 version0[2] = {0, 0};
    for (int c = 0; c < 2; ++c) {
        auto id = RecordEditor(*editors[size_t(2 * c)])
                      .save(campaign(QStringLiteral("CMP-%1-SHARED").arg(kCentres[c].mid(3)), kCentres[c], 0));
        REQUIRE(id);
        shared[c] = *id;
        version0[c] = RecordEditor(*editors[size_t(2 * c)]).load<Campaign>(*id)->stamp.version;
    }

    Outcome out;
    std::atomic<bool> working{true};
    std::atomic<int> reports{0};
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> clients;
    for (int c = 0; c < 2; ++c)
        clients.emplace_back([&, c] { import(*importers[size_t(c)], folders.at(c), out); });
    for (int e = 0; e < 4; ++e)
        clients.emplace_back([&, e] { edit(*editors[size_t(e)], e / 2, e % 2, shared[e / 2], out); });
    std::vector<std::thread> readers;
    for (Store* reader : {nat.get(), natSecond->get()})
        readers.emplace_back([&, reader] {
            int k = 0;
            while (working && clock.elapsed() < kDeadlineMs) {
                const QString center = reader == nat.get() ? QString() : kCentres.at(k++ % 2);
                if (auto f = FiguresRepository(*reader).compute(2019, center); f)
                    ++reports;
                else
                    out.fail(QStringLiteral("figures: ") + f.error().message);
            }
        });
    for (std::thread& t : clients)
        t.join();
    working = false;
    for (std::thread& t : readers)
        t.join();
    INFO(out.failures.join(QLatin1Char('\n')).toStdString());
    REQUIRE(out.failures.isEmpty());
    CHECK(clock.elapsed() < kDeadlineMs);
    CHECK(reports > 0);

    // No update lost: each editor's marks in its centre's shared campaign, each once, and its version
    // moved once per landed save.
    for (int c = 0; c < 2; ++c) {
        auto final = RecordEditor(*editors[size_t(2 * c)]).load<Campaign>(shared[c]);
        REQUIRE(final);
        QStringList inTitle = final->title.split(QLatin1Char('|'));
        REQUIRE(inTitle.takeFirst() == QStringLiteral("start"));
        CHECK(inTitle.size() == 2 * kEditsPerEditor);
        QStringList landed = out.marks[c];
        landed.sort();
        inTitle.sort();
        CHECK(inTitle == landed);
        CHECK(final->stamp.version == version0[c] + 2 * kEditsPerEditor);
    }

    for (const int year : {2019, 2020}) {
        INFO("year " << year);
        auto national = FiguresRepository(*nat).compute(year);
        REQUIRE(national);
        CHECK(national->victimsIdentified > 0);
        CHECK(national->campaignsNational + national->campaignsLocal > 0);
        for (const QString& centre : QStringList{QString()} + kCentres) {
            INFO("centre " << centre.toStdString());
            CHECK(figuresOf(*nat, year, centre).toStdString()
                  == expected.value(QStringLiteral("%1 %2").arg(year).arg(centre)).toStdString());
        }
    }
    const AuditVerifyReport trail = AuditVerifier(together.chief()).verify();
    INFO(trail.lines.join(QLatin1Char('\n')).toStdString());
    CHECK(trail.trailHolds);
}
