// A Store on the test's own PostgreSQL (support/PgCluster.h; never skipped): made by ServerInit as the
// database's owner, signed in to as each user's own login role, with the rights, the keys and the
// identity the server gives that role.
#include "core/Clock.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/postgres/PgUrl.h"
#include "storage/figures/ClosedYearRepository.h"
#include "storage/keys/IdentityVault.h"
#include "storage/keys/SecuritySession.h"
#include "storage/lists/RecordListQuery.h"
#include "storage/repositories/RecordEditor.h"
#include "storage/services/ServerInit.h"
#include "storage/services/UserService.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>
#include <utility>

using namespace reper;
using reper::test::PgCluster;

namespace {

const QString kChief = QStringLiteral("chief-password-123");

PgUrl ownerUrl(const QString& database)
{
    // The owner's password in the address: used for that connection only, never written anywhere.
    auto url = PgUrl::parse(PgCluster::instance().ownerUrl(database));
    REQUIRE(url);
    return *url;
}

// A fresh server database, its operator of CR-BV signed in with their own password, and 40 victims
// of CR-BV whose codes come out of order and whose birth years tie, so every order needs its
// tie-break.
std::unique_ptr<Store> operatorOfBvWith40Victims()
{
    const QString database = PgCluster::instance().freshDatabase();
    const PgUrl owner = ownerUrl(database);
    auto made = ServerInit::run(owner, QStringLiteral("chief"), kChief, test::fixedClock());
    REQUIRE(made);
    REQUIRE(UserService(*made->store)
                .add(QStringLiteral("op_bv"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"),
                     QStringLiteral("temporary-password-1")));
    const PgUrl asOperator = owner.withUser(QStringLiteral("op_bv"));
    {
        auto first = SecuritySession::connect(asOperator, QStringLiteral("temporary-password-1"), test::fixedClock());
        REQUIRE(first);
        REQUIRE(UserService(**first).changeOwnPassword(QStringLiteral("op-bv-own-password")));
    }
    auto op = SecuritySession::connect(asOperator, QStringLiteral("op-bv-own-password"), test::fixedClock());
    REQUIRE(op);
    Store& store = **op;
    const qint64 bv = *store.reference().centerId(QStringLiteral("CR-BV"));
    auto victim = store.db().prepare(
        QStringLiteral("INSERT INTO victim(code, center_id, sex, birth_year, citizenship, created_by, created_at, "
                       "updated_by, updated_at) VALUES (?, ?, ?, ?, 'RO', ?, ?, ?, ?)"));
    REQUIRE(victim);
    for (int i = 0; i < 40; ++i) {
        REQUIRE(victim->bind(1, QStringLiteral("V-BV-%1").arg((i * 17) % 40, 2, 10, QLatin1Char('0')))
                    .bind(2, bv)
                    .bind(3, i % 3 == 0 ? QStringLiteral("M") : QStringLiteral("F"))
                    .bind(4, 1980 + i % 4)
                    .bind(5, store.user().id)
                    .bind(6, store.timestamp())
                    .bind(7, store.user().id)
                    .bind(8, store.timestamp())
                    .exec());
    }
    return std::move(*op);
}

// A fresh server database with an operator and a coordinator of CR-BV, each signed in with the
// password they chose after their temporary one.
std::pair<std::unique_ptr<Store>, std::unique_ptr<Store>> operatorAndCoordinatorOfBv()
{
    const QString database = PgCluster::instance().freshDatabase();
    const PgUrl owner = ownerUrl(database);
    auto made = ServerInit::run(owner, QStringLiteral("chief"), kChief, test::fixedClock());
    REQUIRE(made);
    for (const char* name : {"op_bv", "coord_bv"})
        REQUIRE(UserService(*made->store)
                    .add(QString::fromLatin1(name),
                         {QString::fromLatin1(name).startsWith(QLatin1String("op")) ? QStringLiteral("operator")
                                                                                    : QStringLiteral("coordinator")},
                         QStringLiteral("CR-BV"), QStringLiteral("temporary-password-1")));
    const auto signIn = [&](const QString& name) {
        auto s = SecuritySession::connect(owner.withUser(name), QStringLiteral("temporary-password-1"),
                                          test::fixedClock());
        REQUIRE(s);
        REQUIRE(UserService(**s).changeOwnPassword(name + QStringLiteral("-own-password")));
        return std::move(*s);
    };
    auto op = signIn(QStringLiteral("op_bv"));
    auto coord = signIn(QStringLiteral("coord_bv"));
    return {std::move(op), std::move(coord)};
}

} // namespace

TEST_CASE("A store on a server: its first administrator, a user of one centre, their keys and identity",
          "[server][store]")
{
    const QString database = PgCluster::instance().freshDatabase();
    const PgUrl owner = ownerUrl(database);
    CHECK_FALSE(owner.text().contains(PgCluster::superPassword()));
    auto made = ServerInit::run(owner, QStringLiteral("chief"), kChief, test::fixedClock());
    REQUIRE(made);
    REQUIRE(made->outcome == ServerInit::Outcome::Created);
    Store& chief = *made->store;
    CHECK(SecuritySession::onServer(chief));
    CHECK(chief.user().name == QStringLiteral("chief"));
    CHECK(chief.access().canManageUsers());
    CHECK(chief.reference().centerId(QStringLiteral("CR-BV")));
    auto head = chief.audit().head();
    REQUIRE(head);
    CHECK(head->seq == 2); // store.created by the first key, then the login
    REQUIRE(UserService(chief).add(QStringLiteral("op_bv"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"),
                                   QStringLiteral("temporary-password-1")));
    // The same database again: nothing changes.
    CHECK_FALSE(ServerInit::run(owner, QStringLiteral("other"), kChief, test::fixedClock()));

    const PgUrl asOperator = owner.withUser(QStringLiteral("op_bv"));
    auto wrong = SecuritySession::connect(asOperator, QStringLiteral("not-the-password"), test::fixedClock());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message.contains(QStringLiteral("password")));

    {
        auto first = SecuritySession::connect(asOperator, QStringLiteral("temporary-password-1"), test::fixedClock());
        REQUIRE(first);
        CHECK((*first)->mustChangePassword());
        // With a temporary password the server shows nothing yet.
        CHECK((*first)
                  ->db()
                  .queryInt(QStringLiteral("SELECT count(*) FROM center WHERE id = ANY "
                                           "(my_readable_centers())"))
                  .value()
              == 0);
        REQUIRE(UserService(**first).changeOwnPassword(QStringLiteral("op-bv-own-password")));
        CHECK_FALSE((*first)->mustChangePassword());
    }
    CHECK_FALSE(SecuritySession::connect(asOperator, QStringLiteral("temporary-password-1"), test::fixedClock()));
    auto op = SecuritySession::connect(asOperator, QStringLiteral("op-bv-own-password"), test::fixedClock());
    REQUIRE(op);
    Store& store = **op;
    CHECK_FALSE(store.mustChangePassword());
    CHECK(store.user().center == QStringLiteral("CR-BV"));
    CHECK(store.access().canSeeIdentity(QStringLiteral("CR-BV")));
    CHECK_FALSE(store.access().canSeeIdentity(QStringLiteral("CR-CJ")));

    // Identity on the server: the text columns, written and read back through the vault.
    const qint64 bv = *store.reference().centerId(QStringLiteral("CR-BV"));
    auto victim = store.db().prepare(
        QStringLiteral("INSERT INTO victim(code, center_id, sex, citizenship, created_by, created_at, updated_by, "
                       "updated_at) VALUES ('V-BV-1', ?, 'F', 'RO', ?, ?, ?, ?)"));
    REQUIRE(victim);
    REQUIRE(victim->bind(1, bv)
                .bind(2, store.user().id)
                .bind(3, store.timestamp())
                .bind(4, store.user().id)
                .bind(5, store.timestamp())
                .exec());
    const qint64 id = store.db().lastInsertId();
    REQUIRE(id > 0);
    VictimIdentity identity;
    identity.lastName = QStringLiteral("Test");
    identity.firstName = QStringLiteral("Sintetic");
    identity.cnp = QStringLiteral("2900101080011");
    REQUIRE(store.identity().write(id, bv, identity));
    auto back = store.identity().read(id);
    REQUIRE(back);
    REQUIRE(back->has_value());
    CHECK((*back)->lastName == identity.lastName);
    CHECK((*back)->cnp == identity.cnp);
    CHECK((*back)->address.isEmpty());
    identity.phone = QStringLiteral("0700000000");
    REQUIRE(store.identity().write(id, bv, identity));
    CHECK(store.identity().read(id).value()->phone == identity.phone);
    // The national administrator holds no centre's identity: the server returns no row to them.
    auto hidden = chief.identity().read(id);
    REQUIRE(hidden);
    CHECK_FALSE(hidden->has_value());

    // The name search, as on the local file: the beginning of a name part (folded; hyphens split
    // parts; a part shorter than three characters whole), or the CNP; none of it for whoever may
    // not read the centre's identity.
    identity.lastName = QStringLiteral("Ștefănescu-Vlad");
    identity.firstName = QStringLiteral("Io");
    REQUIRE(store.identity().write(id, bv, identity));
    const auto found = [](Store& s, const QString& words) {
        ListFilter f;
        f.search = words;
        auto n = RecordListQuery(s, ListKind::Victims).count(f);
        REQUIRE(n);
        return *n;
    };
    CHECK(found(store, QStringLiteral("stefan")) == 1);
    CHECK(found(store, QStringLiteral("ȘTEFĂNESCU-VLAD")) == 1);
    CHECK(found(store, QStringLiteral("vla")) == 1);
    CHECK(found(store, QStringLiteral("io")) == 1);
    CHECK(found(store, QStringLiteral("Stefan io")) == 1);
    CHECK(found(store, QStringLiteral("2900101080011")) == 1);
    CHECK(found(store, QStringLiteral("i")) == 0);
    CHECK(found(store, QStringLiteral("st")) == 0);
    CHECK(found(store, QStringLiteral("anescu")) == 0);
    CHECK(found(store, QStringLiteral("st%")) == 0);
    CHECK(found(store, QStringLiteral("stefan popa")) == 0);
    CHECK(found(store, QStringLiteral("290010108001")) == 0);
    CHECK(found(chief, QStringLiteral("stefan")) == 0);
}

TEST_CASE("On a server, a save over another user's change is refused and names them", "[server][store][locking]")
{
    auto users = operatorAndCoordinatorOfBv();
    std::unique_ptr<Store>& op = users.first;
    std::unique_ptr<Store>& coord = users.second;

    Campaign c;
    c.code = QStringLiteral("CMP-BV-1");
    c.center = QStringLiteral("CR-BV");
    c.title = QStringLiteral("Munca sigura in strainatate");
    c.level = QStringLiteral("national");
    c.funding = QStringLiteral("own");
    c.startDate = QDate(2025, 3, 1);
    auto id = RecordEditor(*op).save(c);
    INFO((id ? std::string() : (id.error().message + QStringLiteral(" / ") + id.error().detail).toStdString()));
    REQUIRE(id);
    auto mine = RecordEditor(*op).load<Campaign>(*id);
    auto theirs = RecordEditor(*coord).load<Campaign>(*id);
    REQUIRE(mine);
    REQUIRE(theirs);
    CHECK(mine->stamp.version == theirs->stamp.version);
    theirs->title = QStringLiteral("Titlul coordonatorului");
    REQUIRE(RecordEditor(*coord).save(*theirs));
    mine->title = QStringLiteral("Titlul operatorului");
    auto refused = RecordEditor(*op).save(*mine);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().fault == Fault::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("coord_bv")));
    auto stored = RecordEditor(*op).load<Campaign>(*id);
    REQUIRE(stored);
    CHECK(stored->title == QStringLiteral("Titlul coordonatorului"));
    CHECK(stored->stamp.version == mine->stamp.version + 1);
    stored->title = QStringLiteral("Titlul operatorului");
    REQUIRE(RecordEditor(*op).save(*stored));
    CHECK(RecordEditor(*coord).load<Campaign>(*id)->title == QStringLiteral("Titlul operatorului"));

    // A campaign code stays unique whoever uses it first; the second is told in plain words.
    Campaign again = c;
    again.title = QStringLiteral("Alta campanie");
    auto taken = RecordEditor(*coord).save(again);
    REQUIRE_FALSE(taken);
    CHECK(taken.error().message == QStringLiteral("This campaign code is already used by another campaign."));
}

TEST_CASE("On a server, a closing freezes figures of one state, whatever another user commits while they are read",
          "[server][store][closing]")
{
    // A writing transaction on the server is READ COMMITTED: the closing reads its figures in a
    // reading transaction first, so a victim another user adds between two of its statements is in
    // neither or both.
    auto users = operatorAndCoordinatorOfBv();
    std::unique_ptr<Store>& op = users.first;
    std::unique_ptr<Store>& coord = users.second;
    const qint64 bv = *op->reference().centerId(QStringLiteral("CR-BV"));
    const auto victims
        = [](Store& store) { return store.db().queryInt(QStringLiteral("SELECT count(*) FROM victim")).value_or(-1); };
    const auto addVictim = [&](const QString& code) {
        auto st = op->db().prepare(
            QStringLiteral("INSERT INTO victim(code, center_id, sex, citizenship, created_by, created_at, updated_by, "
                           "updated_at) VALUES (?, ?, 'F', 'RO', ?, ?, ?, ?)"));
        REQUIRE(st);
        REQUIRE(st->bind(1, code)
                    .bind(2, bv)
                    .bind(3, op->user().id)
                    .bind(4, op->timestamp())
                    .bind(5, op->user().id)
                    .bind(6, op->timestamp())
                    .exec());
    };
    addVictim(QStringLiteral("V-BV-1"));

    qint64 first = -1;
    qint64 second = -1;
    ClosedYearRepository closing(*coord);
    auto closed = closing.freeze(
        2017, Scope::ofCenter(QStringLiteral("CR-BV")), QStringLiteral("1"), false, QString(),
        [&]() -> Result<ClosedYearRepository::Frozen> {
            first = victims(*coord);
            addVictim(QStringLiteral("V-BV-2")); // the operator's commit
            second = victims(*coord);
            const QByteArray json = QByteArrayLiteral("{\"victims\":1}");
            return ClosedYearRepository::Frozen{
                json, QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex())};
        });
    INFO((closed ? std::string() : closed.error().message.toStdString()));
    REQUIRE(closed);
    CHECK(first == 1);
    CHECK(second == 1);
    CHECK(victims(*coord) == 2); // the closing ended: the operator's victim is there
    auto latest = closing.latest(2017, Scope::ofCenter(QStringLiteral("CR-BV")));
    REQUIRE(latest);
    REQUIRE(latest->has_value());
    CHECK((*latest)->version == 1);
}

TEST_CASE("On a server, the victims list read page by page gives the rows of one read, in every order",
          "[server][store][lists]")
{
    auto op = operatorOfBvWith40Victims();
    Store& store = *op;
    RecordListQuery list(store, ListKind::Victims);
    const auto ids = [](const QList<ListRow>& rows) {
        QList<RecordId> out;
        for (const ListRow& r : rows)
            out << r.id;
        return out;
    };
    QList<ListSort> sorts{ListSort{}};
    for (int c = 0; c < list.spec().columns.size(); ++c)
        for (const bool descending : {false, true})
            sorts << ListSort{c, descending, Language::Romanian};
    for (const ListSort& sort : sorts) {
        INFO("column " << sort.column << (sort.descending ? " descending" : " ascending"));
        auto whole = list.page({}, sort, 0, 1000);
        REQUIRE(whole);
        REQUIRE(whole->size() == 40);
        QList<RecordId> paged;
        for (qint64 offset = 0; offset < 40; offset += 7) {
            auto page = list.page({}, sort, offset, 7);
            REQUIRE(page);
            // The columns of a page past the first are those of the one read too.
            for (int r = 0; r < page->size(); ++r)
                CHECK((*page)[r].values == (*whole)[int(offset) + r].values);
            paged += ids(*page);
        }
        CHECK(paged == ids(*whole));
    }
}

TEST_CASE("On a server, the victims list's order comes from an index that also carries the centre",
          "[server][store][lists]")
{
    // Schema step 19. Without it each page past the first sorted every victim the user may see
    // (585 ms at 195,000 of 390,000, docs/benchmarks.md). With sorting and reading the table
    // disabled for the plan, the planner still sorts when no index gives the list's own ORDER BY.
    auto op = operatorOfBvWith40Victims();
    Store& store = *op;
    RecordListQuery list(store, ListKind::Victims);
    QVariantList params;
    const QString ranking = QStringLiteral("SELECT ") + list.spec().id + QStringLiteral(" FROM ") + list.spec().table
        + list.whereClause({}, &params) + list.orderBy(ListSort{}) + QStringLiteral(" LIMIT 7 OFFSET 7");
    REQUIRE(params.isEmpty());
    for (const char* off : {"SET enable_sort = off", "SET enable_seqscan = off", "SET enable_bitmapscan = off"})
        REQUIRE(store.db().exec(QString::fromLatin1(off)));
    auto plan = store.db().prepare(QStringLiteral("EXPLAIN ") + ranking);
    REQUIRE(plan);
    QString text;
    while (plan->next())
        text += plan->text(0) + QLatin1Char('\n');
    REQUIRE_FALSE(plan->failed());
    INFO(text.toStdString());
    CHECK_FALSE(text.contains(QLatin1String("Sort")));
    // An index-only scan once vacuum has marked the pages all-visible (these are just written).
    CHECK(text.contains(QLatin1String("Scan Backward using ix_victim_list")));
    // The rows of that plan are the list's.
    auto ranked = store.db().prepare(ranking);
    REQUIRE(ranked);
    QList<RecordId> ids;
    while (ranked->next())
        ids << ranked->int64(0);
    auto page = list.page({}, ListSort{}, 7, 7);
    REQUIRE(page);
    QList<RecordId> listed;
    for (const ListRow& r : *page)
        listed << r.id;
    CHECK(ids.size() == 7);
    CHECK(ids == listed);
}
