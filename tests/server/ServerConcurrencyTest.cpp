// Many people at once on one server (issue 8 §3): eight sessions of four users of one centre read
// the same campaign, then all save their change to it at the same moment, round after round, while
// a ninth session computes the year's figures. Of each round's eight saves exactly one lands and
// seven are refused as conflicts (optimistic locking); none is lost: the title holds exactly the
// marks of the saves that landed, the record's version moved once per landed save, and the audit
// trail written by all of them at once still verifies. On the test's own PostgreSQL (never skipped).
#include "core/Clock.h"
#include "storage/Store.h"
#include "storage/audit/AuditVerifier.h"
#include "storage/engine/postgres/PgUrl.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/keys/SecuritySession.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/services/ServerInit.h"
#include "storage/services/UserService.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <atomic>
#include <catch2/catch.hpp>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace reper;
using reper::test::PgCluster;

namespace {

// The threads of a round wait here for one another (std::barrier is C++20).
class Barrier
{
public:
    explicit Barrier(int count)
        : m_count(count)
    {
    }
    void arriveAndWait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        const int generation = m_generation;
        if (++m_arrived == m_count) {
            m_arrived = 0;
            ++m_generation;
            m_changed.notify_all();
            return;
        }
        m_changed.wait(lock, [&] { return m_generation != generation; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    const int m_count;
    int m_arrived = 0;
    int m_generation = 0;
};

} // namespace

TEST_CASE("Eight sessions saving one record at once: every save lands or is refused, none is lost",
          "[server][store][locking]")
{
    auto owner = PgUrl::parse(PgCluster::instance().ownerUrl(PgCluster::instance().freshDatabase()));
    REQUIRE(owner);
    auto made
        = ServerInit::run(*owner, QStringLiteral("chief"), QStringLiteral("chief-password-123"), test::fixedClock());
    REQUIRE(made);
    const QStringList users{QStringLiteral("op_bv1"), QStringLiteral("op_bv2"), QStringLiteral("op_bv3"),
                            QStringLiteral("coord_bv")};
    for (const QString& name : users)
        REQUIRE(UserService(*made->store)
                    .add(name,
                         {name.startsWith(QLatin1String("op")) ? QStringLiteral("operator")
                                                               : QStringLiteral("coordinator")},
                         QStringLiteral("CR-BV"), QStringLiteral("temporary-password-1")));
    std::vector<std::unique_ptr<Store>> sessions;
    for (const QString& name : users) {
        auto first = SecuritySession::connect(owner->withUser(name), QStringLiteral("temporary-password-1"),
                                              test::fixedClock());
        REQUIRE(first);
        REQUIRE(UserService(**first).changeOwnPassword(name + QStringLiteral("-own-password")));
        auto second = Store::openAnotherConnection(**first);
        REQUIRE(second);
        sessions.push_back(std::move(*first));
        sessions.push_back(std::move(*second));
    }
    REQUIRE(sessions.size() == 8);

    Campaign c;
    c.code = QStringLiteral("CMP-BV-RACE");
    c.center = QStringLiteral("CR-BV");
    c.title = QStringLiteral("start");
    c.level = QStringLiteral("national");
    c.funding = QStringLiteral("own");
    c.startDate = QDate(2025, 3, 1);
    auto id = RecordEditor(*sessions[0]).save(c);
    INFO((id ? std::string() : (id.error().message + QStringLiteral(" / ") + id.error().detail).toStdString()));
    REQUIRE(id);
    const qint64 version0 = RecordEditor(*sessions[0]).load<Campaign>(*id)->stamp.version;

    // Each round: every session reads the record, waits until all have read it, and saves at once.
    constexpr int kRounds = 12;
    Barrier barrier(int(sessions.size()));
    std::mutex guard;
    QStringList landed; // the marks of the saves that landed
    QStringList failures; // anything but a landed save or a conflict
    std::atomic<int> conflicts{0};
    std::atomic<bool> editing{true};
    std::vector<std::thread> clients;
    for (size_t k = 0; k < sessions.size(); ++k)
        clients.emplace_back([&, k] {
            Store& store = *sessions[k];
            for (int round = 0; round < kRounds; ++round) {
                barrier.arriveAndWait(); // the round before is over
                auto read = RecordEditor(store).load<Campaign>(*id);
                barrier.arriveAndWait(); // everyone read the same version
                if (!read) {
                    const std::lock_guard<std::mutex> lock(guard);
                    failures << read.error().message;
                    continue;
                }
                const QString mark = QStringLiteral("s%1.%2").arg(k).arg(round);
                read->title += QLatin1Char('|') + mark;
                auto saved = RecordEditor(store).save(*read);
                const std::lock_guard<std::mutex> lock(guard);
                if (saved)
                    landed << mark;
                else if (saved.error().fault == Fault::Conflict)
                    ++conflicts;
                else
                    failures << saved.error().message + QStringLiteral(" / ") + saved.error().detail;
            }
        });
    // A ninth session reads the figures while the others write.
    int reports = 0;
    QStringList reportFailures;
    std::thread reader([&] {
        while (editing) {
            auto figures = FiguresRepository(*made->store).compute(2025);
            if (figures)
                ++reports;
            else
                reportFailures << figures.error().message;
        }
    });
    for (std::thread& t : clients)
        t.join();
    editing = false;
    reader.join();

    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    CHECK(reportFailures.isEmpty());
    CHECK(reports > 0);
    // Of eight saves of one version exactly one lands; the seven others are told who got there first.
    CHECK(landed.size() == kRounds);
    CHECK(conflicts == (int(sessions.size()) - 1) * kRounds);
    auto final = RecordEditor(*sessions[0]).load<Campaign>(*id);
    REQUIRE(final);
    // Every landed save is in the title, each once, and nothing of a refused one.
    QStringList inTitle = final->title.split(QLatin1Char('|'));
    REQUIRE(inTitle.takeFirst() == QStringLiteral("start"));
    CHECK(inTitle.size() == landed.size());
    QStringList sortedLanded = landed;
    sortedLanded.sort();
    inTitle.sort();
    CHECK(inTitle == sortedLanded);
    CHECK(final->stamp.version == version0 + landed.size());

    const AuditVerifyReport trail = AuditVerifier(*made->store).verify();
    INFO(trail.lines.join(QLatin1Char('\n')).toStdString());
    CHECK(trail.trailHolds);
}
