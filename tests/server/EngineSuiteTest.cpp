// The storage core on both engines: one suite, each case run on the encrypted local file and on the
// test's own PostgreSQL (support/PgCluster.h; a server that cannot be started fails the case, it is
// never skipped). The SQL is the program's, written once: the repositories' statements, the
// reference data, the dialect's upserts and the bilanț figures.
#include "core/AccessPolicy.h"
#include "storage/engine/Database.h"
#include "storage/engine/Migrator.h"
#include "storage/engine/SqlExtensions.h"
#include "storage/engine/Transaction.h"
#include "storage/engine/postgres/PgConnection.h"
#include "storage/engine/postgres/PgSchema.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/repositories/ReferenceRepository.h"
#include "support/PgCluster.h"

#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using reper::test::PgCluster;

namespace {

const char* nameOf(Engine engine) { return engine == Engine::LocalFile ? "local file" : "server"; }

// A new, empty store of the latest schema on one engine, with the shipped reference data and one
// user (national coordinator) whose id stamps the rows.
class EngineUnderTest
{
public:
    explicit EngineUnderTest(Engine engine)
    {
        if (engine == Engine::LocalFile) {
            REQUIRE(m_dir.isValid());
            auto db = Database::open(m_dir.filePath(QStringLiteral("store.reper")), QByteArray(32, '\x5a'), true);
            REQUIRE(db);
            m_db = std::move(*db);
            Error error;
            REQUIRE(Migrator::migrate(*m_db, &error) == Migrator::Outcome::Created);
        } else {
            PgCluster& cluster = PgCluster::instance();
            m_serverDatabase = cluster.freshDatabase();
            auto super = cluster.connect(m_serverDatabase);
            REQUIRE(PgSchema::prepare(*super));
            Error error;
            REQUIRE(PgSchema::migrate(*super, &error) == PgSchema::Outcome::Created);
            REQUIRE(super->exec(QStringLiteral("SET ROLE reper_owner; SET search_path = reper")));
            m_db = Database::onServer(std::move(super));
        }
        REQUIRE(m_db->engine() == engine);
        m_reference = std::make_unique<ReferenceRepository>(*m_db);
        REQUIRE(m_reference->seedDefaults());
        REQUIRE(m_reference->load());
        auto user = m_db->prepare(QStringLiteral("INSERT INTO app_user(name, roles, created_at) VALUES (?, ?, ?)"));
        REQUIRE(user);
        REQUIRE(user->bind(1, "ana").bind(2, "coordinator").bind(3, "2026-01-15 12:00:00").exec());
        m_userId = m_db->lastInsertId();
        REQUIRE(m_userId > 0);
    }

    Database& db() { return *m_db; }
    // Another connection to the same store, as another window's or client's (the owner's, on the server).
    std::unique_ptr<Database> another()
    {
        if (m_db->engine() == Engine::LocalFile) {
            auto db = Database::open(m_dir.filePath(QStringLiteral("store.reper")), QByteArray(32, '\x5a'), false);
            REQUIRE(db);
            return std::move(*db);
        }
        auto super = PgCluster::instance().connect(m_serverDatabase);
        REQUIRE(super->exec(QStringLiteral("SET ROLE reper_owner; SET search_path = reper")));
        return Database::onServer(std::move(super));
    }
    const ReferenceRepository& reference() const { return *m_reference; }
    qint64 userId() const { return m_userId; }
    // The user who stamps the rows, as the national coordinator they are.
    StoreUser coordinator() const
    {
        StoreUser user;
        user.id = m_userId;
        user.name = QStringLiteral("ana");
        user.roles = QStringList{QStringLiteral("coordinator")};
        return user;
    }
    qint64 center(const char* code) const { return m_reference->centerId(QString::fromLatin1(code)).value_or(0); }

    Result<qint64> addVictim(const QString& code, qint64 center, const QString& sex, std::optional<int> birthYear)
    {
        return addVictimThrough(*m_db, code, center, sex, birthYear);
    }
    // The same through another connection to the store (another()).
    Result<qint64> addVictimThrough(Database& db, const QString& code, qint64 center, const QString& sex,
                                    std::optional<int> birthYear)
    {
        auto st = db.cached("INSERT INTO victim(code, center_id, sex, birth_year, citizenship, created_by, "
                            "created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, 'RO', ?, ?, ?, ?)");
        if (!st)
            return st.error();
        (*st)->bind(1, code).bind(2, center).bind(3, sex).bind(4, birthYear);
        (*st)->bind(5, m_userId).bind(6, kNow).bind(7, m_userId).bind(8, kNow);
        if (auto s = (*st)->exec(); !s)
            return s.error();
        return db.lastInsertId();
    }

    static constexpr const char* kNow = "2026-01-15 12:00:00";

private:
    QTemporaryDir m_dir;
    QString m_serverDatabase;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReferenceRepository> m_reference;
    qint64 m_userId = 0;
};

QString codeOf(Statement& st, qint64 id)
{
    st.bind(1, id);
    const QString code = st.next() ? st.text(0) : QString();
    st.reset();
    return code;
}

} // namespace

TEST_CASE("A victim is written and read back alike on either engine", "[server][engine]")
{
    const Engine engine = GENERATE(Engine::LocalFile, Engine::Server);
    INFO("engine: " << nameOf(engine));
    EngineUnderTest store(engine);
    Database& db = store.db();
    const qint64 bv = store.center("CR-BV");
    REQUIRE(bv > 0);

    // The id of the new row, even where a trigger adds another row elsewhere (the victim's case).
    auto first = store.addVictim(QStringLiteral("V-1"), bv, QStringLiteral("F"), 1990);
    REQUIRE(first);
    auto second = store.addVictim(QStringLiteral("V-2"), bv, QStringLiteral("M"), std::nullopt);
    REQUIRE(second);
    CHECK(*second != *first);
    auto read = db.prepare(QStringLiteral("SELECT code, sex, birth_year, center_id FROM victim WHERE id = ?"));
    REQUIRE(read);
    REQUIRE(read->bind(1, *first).next());
    CHECK(read->text(0) == QStringLiteral("V-1"));
    CHECK(read->text(1) == QStringLiteral("F"));
    CHECK(read->optInt64(2) == 1990);
    CHECK(read->int64(3) == bv);
    read->reset();
    REQUIRE(read->bind(1, *second).next());
    CHECK(read->text(0) == QStringLiteral("V-2"));
    CHECK(read->isNull(2));
    read->reset();

    // changes(): the rows the last statement changed.
    auto update = db.prepare(QStringLiteral("UPDATE victim SET sex = ? WHERE id = ?"));
    REQUIRE(update);
    REQUIRE(update->bind(1, "U").bind(2, *second).exec());
    CHECK(db.changes() == 1);
    REQUIRE(update->bind(1, "U").bind(2, *second + 1000).exec());
    CHECK(db.changes() == 0);

    // A victim code is unique; the dialect tells that clash from any other error.
    auto clash = store.addVictim(QStringLiteral("V-1"), bv, QStringLiteral("F"), std::nullopt);
    REQUIRE_FALSE(clash);
    CHECK(db.dialect().isUniqueClash(clash.error().detail, QStringLiteral("victim"), QStringLiteral("code")));
    CHECK_FALSE(db.dialect().isUniqueClash(clash.error().detail, QStringLiteral("victim"), QStringLiteral("row_key")));

    // Nothing of a transaction rolled back stays.
    {
        Transaction tx(db);
        REQUIRE(tx.isActive());
        REQUIRE(db.inTransaction());
        REQUIRE(store.addVictim(QStringLiteral("V-3"), bv, QStringLiteral("F"), std::nullopt));
        tx.rollback();
    }
    CHECK_FALSE(db.inTransaction());
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM victim")).value() == 2);
}

TEST_CASE("The dialect's insert-or-ignore and insert-or-replace behave alike on either engine", "[server][engine]")
{
    const Engine engine = GENERATE(Engine::LocalFile, Engine::Server);
    INFO("engine: " << nameOf(engine));
    EngineUnderTest store(engine);
    Database& db = store.db();
    auto victim = store.addVictim(QStringLiteral("V-1"), store.center("CR-CJ"), QStringLiteral("F"), std::nullopt);
    REQUIRE(victim);
    auto ident = db.prepare(
        QStringLiteral("INSERT INTO identification(victim_id, center_id, notification_date, mnir_status, scope, "
                       "primary_exploitation, created_by, created_at, updated_by, updated_at) "
                       "VALUES (?, ?, '2017-03-01', 'identified', 'internal', 'labour', ?, ?, ?, ?)"));
    REQUIRE(ident);
    REQUIRE(ident->bind(1, *victim)
                .bind(2, store.center("CR-CJ"))
                .bind(3, store.userId())
                .bind(4, EngineUnderTest::kNow)
                .bind(5, store.userId())
                .bind(6, EngineUnderTest::kNow)
                .exec());
    const qint64 identification = db.lastInsertId();
    REQUIRE(identification > 0);

    const QStringList columns
        = {QStringLiteral("identification_id"), QStringLiteral("form"), QStringLiteral("position")};
    const QStringList key = {QStringLiteral("identification_id"), QStringLiteral("form")};
    auto ignore = db.cached(db.dialect().insertOrIgnore(QStringLiteral("identification_exploitation"), columns));
    REQUIRE(ignore);
    REQUIRE((*ignore)->bind(1, identification).bind(2, "labour").bind(3, 1).exec());
    REQUIRE((*ignore)->bind(1, identification).bind(2, "labour").bind(3, 5).exec()); // left as it is
    auto replace = db.cached(db.dialect().insertOrReplace(QStringLiteral("identification_exploitation"), columns, key));
    REQUIRE(replace);
    REQUIRE((*replace)->bind(1, identification).bind(2, "begging").bind(3, 2).exec());
    REQUIRE((*replace)->bind(1, identification).bind(2, "begging").bind(3, 3).exec()); // replaced
    auto rows = db.prepare(QStringLiteral("SELECT form, position FROM identification_exploitation ORDER BY form"));
    REQUIRE(rows);
    REQUIRE(rows->next());
    CHECK(rows->text(0) == QStringLiteral("begging"));
    CHECK(rows->int64(1) == 3);
    REQUIRE(rows->next());
    CHECK(rows->text(0) == QStringLiteral("labour"));
    CHECK(rows->int64(1) == 1);
    CHECK_FALSE(rows->next());
    CHECK_FALSE(rows->failed());
}

TEST_CASE("A cached statement is found by its text and reset when its guard goes", "[server][engine]")
{
    const Engine engine = GENERATE(Engine::LocalFile, Engine::Server);
    INFO("engine: " << nameOf(engine));
    EngineUnderTest store(engine);
    Database& db = store.db();
    const qint64 bv = store.center("CR-BV");
    const qint64 a = store.addVictim(QStringLiteral("V-A"), bv, QStringLiteral("F"), std::nullopt).value();
    store.addVictim(QStringLiteral("V-B"), bv, QStringLiteral("F"), std::nullopt).value();

    const std::string sql = "SELECT code FROM victim ORDER BY code";
    const std::string sameText = sql; // another buffer, the same text
    Statement* first = nullptr;
    {
        auto guard = db.cached(sql.c_str());
        REQUIRE(guard);
        first = guard->get();
        REQUIRE((*guard)->next());
        CHECK((*guard)->text(0) == QStringLiteral("V-A"));
        // left after one row: the guard resets it
    }
    auto again = db.cached(sameText.c_str());
    REQUIRE(again);
    CHECK(again->get() == first);
    REQUIRE((*again)->next());
    CHECK((*again)->text(0) == QStringLiteral("V-A"));

    auto byId = db.cached(QStringLiteral("SELECT code FROM victim WHERE id = ?"));
    REQUIRE(byId);
    CHECK(codeOf(**byId, a) == QStringLiteral("V-A"));
    CHECK(db.hasRow("SELECT 1 FROM victim WHERE code = ?", {QStringLiteral("V-B")}).value());
    CHECK_FALSE(db.hasRow("SELECT 1 FROM victim WHERE code = ?", {QStringLiteral("V-C")}).value());
    // Values in order, an integer as such.
    CHECK(db.hasRow("SELECT 1 FROM victim WHERE id = ? AND code = ?", {a, QStringLiteral("V-A")}).value());
    CHECK_FALSE(db.hasRow("SELECT 1 FROM victim WHERE id = ? AND code = ?", {a, QStringLiteral("V-B")}).value());

    auto broken = db.cached("SELECT no_such_column FROM victim");
    if (engine == Engine::LocalFile) {
        CHECK_FALSE(broken); // SQLite prepares at once
    } else {
        REQUIRE(broken); // the server checks the statement when it first runs
        CHECK_FALSE((*broken)->next());
        CHECK((*broken)->failed());
    }
}

namespace {

// A small data set made from a fixed seed: victims of two centres with identifications and
// assistance over three years, and the figures expected of it, counted here from the rows.
struct Generated
{
    struct Identification
    {
        qint64 victim;
        qint64 center;
        QString date;
        bool attempt;
    };
    struct Assistance
    {
        qint64 victim;
        qint64 center;
        QString start;
        QString end;
    };
    QList<Identification> identifications;
    QList<Assistance> assistance;
    QHash<qint64, QString> sexOf;

    qint64 identified(int year, qint64 center) const
    {
        QSet<qint64> v;
        for (const auto& i : identifications)
            if (i.date.startsWith(QString::number(year)) && (!center || i.center == center))
                v.insert(i.victim);
        return v.size();
    }
    qint64 rowsIn(int year, qint64 center) const
    {
        qint64 n = 0;
        for (const auto& i : identifications)
            n += i.date.startsWith(QString::number(year)) && (!center || i.center == center) ? 1 : 0;
        return n;
    }
    qint64 attempts(int year, qint64 center) const
    {
        QSet<qint64> v;
        for (const auto& i : identifications)
            if (i.attempt && i.date.startsWith(QString::number(year)) && (!center || i.center == center))
                v.insert(i.victim);
        return v.size();
    }
    qint64 assisted(int year, qint64 center) const
    {
        const QString from = QStringLiteral("%1-01-01").arg(year);
        const QString to = QStringLiteral("%1-12-31").arg(year);
        QSet<qint64> v;
        for (const auto& a : assistance)
            if (a.start <= to && (a.end.isEmpty() || a.end >= from) && (!center || a.center == center))
                v.insert(a.victim);
        return v.size();
    }
    qint64 identifiedBySex(int year, qint64 center, const QString& sex) const
    {
        QSet<qint64> v;
        for (const auto& i : identifications)
            if (i.date.startsWith(QString::number(year)) && (!center || i.center == center)
                && sexOf.value(i.victim) == sex)
                v.insert(i.victim);
        return v.size();
    }
};

Generated generate(EngineUnderTest& store)
{
    Database& db = store.db();
    quint32 state = 2026;
    const auto next = [&state](quint32 n) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % n;
    };
    const auto day = [&next](int year) { return QDate(year, 1, 1).addDays(next(365)).toString(Qt::ISODate); };
    const qint64 centers[] = {store.center("CR-BV"), store.center("CR-CJ")};
    const QString sexes[] = {QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("U")};
    const QString forms[] = {QStringLiteral("sexual"), QStringLiteral("labour"), QStringLiteral("begging")};
    Generated g;
    Transaction tx(db);
    REQUIRE(tx.isActive());
    auto ident = db.prepare(
        QStringLiteral("INSERT INTO identification(victim_id, center_id, notification_date, mnir_status, scope, "
                       "primary_exploitation, attempt, created_by, created_at, updated_by, updated_at) "
                       "VALUES (?, ?, ?, 'identified', ?, ?, ?, ?, ?, ?, ?)"));
    auto help = db.prepare(QStringLiteral(
        "INSERT INTO assistance(victim_id, center_id, service, provider, start_date, end_date, created_by, "
        "created_at, updated_by, updated_at) VALUES (?, ?, 'shelter', 'anitp', ?, ?, ?, ?, ?, ?)"));
    REQUIRE(ident);
    REQUIRE(help);
    for (int n = 0; n < 60; ++n) {
        const qint64 center = centers[next(2)];
        const QString sex = sexes[next(3)];
        const auto victim = store.addVictim(QStringLiteral("G-%1").arg(n), center, sex,
                                            next(4) ? std::optional<int>(1960 + int(next(45))) : std::nullopt);
        REQUIRE(victim);
        g.sexOf.insert(*victim, sex);
        for (quint32 k = 0, count = 1 + next(3); k < count; ++k) {
            const Generated::Identification i{*victim, center, day(2016 + int(next(3))), next(4) == 0};
            ident->bind(1, i.victim).bind(2, i.center).bind(3, i.date);
            ident->bind(4, next(2) ? "internal" : "international").bind(5, forms[next(3)]).bind(6, i.attempt ? 1 : 0);
            ident->bind(7, store.userId()).bind(8, EngineUnderTest::kNow).bind(9, store.userId());
            REQUIRE(ident->bind(10, EngineUnderTest::kNow).exec());
            g.identifications << i;
        }
        for (quint32 k = 0, count = next(3); k < count; ++k) {
            Generated::Assistance a{*victim, center, day(2015 + int(next(4))), {}};
            if (next(3))
                a.end = QDate::fromString(a.start, Qt::ISODate).addDays(next(500)).toString(Qt::ISODate);
            help->bind(1, a.victim).bind(2, a.center).bind(3, a.start).bind(4, a.end);
            help->bind(5, store.userId()).bind(6, EngineUnderTest::kNow).bind(7, store.userId());
            REQUIRE(help->bind(8, EngineUnderTest::kNow).exec());
            g.assistance << a;
        }
    }
    REQUIRE(tx.commit());
    return g;
}

} // namespace

TEST_CASE("The bilant figures of a generated data set are the same on either engine", "[server][engine]")
{
    const Engine engine = GENERATE(Engine::LocalFile, Engine::Server);
    INFO("engine: " << nameOf(engine));
    EngineUnderTest store(engine);
    const Generated g = generate(store);
    const AccessPolicy access(store.coordinator());
    FiguresRepository figures(store.db(), access, store.reference());

    for (const char* code : {"", "CR-BV", "CR-CJ"}) {
        const qint64 center = *code ? store.center(code) : 0;
        for (int year = 2016; year <= 2018; ++year) {
            INFO("scope " << (*code ? code : "national") << ", " << year);
            const auto f = figures.compute(year, QString::fromLatin1(code));
            REQUIRE(f);
            CHECK(f->victimsIdentified == g.identified(year, center));
            CHECK(f->identificationsInYear == g.rowsIn(year, center));
            CHECK(f->attempts == g.attempts(year, center));
            CHECK(f->victimsAssistanceMonitored == g.assisted(year, center));
            for (const QString& sex : {QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("U")})
                CHECK(f->breakdowns.value(QStringLiteral("sex")).value(sex) == g.identifiedBySex(year, center, sex));
        }
    }
    // The data set is not empty where it counts: the figures above compared something.
    CHECK(g.identified(2017, 0) > 10);
    CHECK(g.assisted(2017, store.center("CR-BV")) > 0);
}

TEST_CASE("The bilant computed again on one connection reads what was added since, through the statements it kept",
          "[server][engine]")
{
    const Engine engine = GENERATE(Engine::LocalFile, Engine::Server);
    INFO("engine: " << nameOf(engine));
    EngineUnderTest store(engine);
    const AccessPolicy access(store.coordinator());
    FiguresRepository figures(store.db(), access, store.reference());
    Database& db = store.db();
    // The server's prepared statements that read the year's identifications with their victim: the
    // breakdowns' statement, kept by name when the figures reuse it (a statement run once is
    // unnamed and not listed).
    const auto keptBreakdowns = [&db] {
        return db
            .queryInt(QStringLiteral("SELECT count(*) FROM pg_prepared_statements "
                                     "WHERE statement LIKE '%FROM identification i JOIN victim v%'"))
            .value_or(-1);
    };

    const auto empty = figures.compute(2017);
    REQUIRE(empty);
    CHECK(empty->victimsIdentified == 0);
    CHECK(empty->breakdowns.value(QStringLiteral("sex")).value(QStringLiteral("F")) == 0);

    const qint64 bv = store.center("CR-BV");
    const qint64 victim = store.addVictim(QStringLiteral("V-A"), bv, QStringLiteral("F"), 1990).value();
    auto ident = db.prepare(
        QStringLiteral("INSERT INTO identification(victim_id, center_id, notification_date, mnir_status, scope, "
                       "primary_exploitation, attempt, created_by, created_at, updated_by, updated_at) "
                       "VALUES (?, ?, ?, 'identified', 'internal', 'sexual', 0, ?, ?, ?, ?)"));
    REQUIRE(ident);
    ident->bind(1, victim).bind(2, bv).bind(3, QStringLiteral("2017-03-04"));
    REQUIRE(ident->bind(4, store.userId())
                .bind(5, EngineUnderTest::kNow)
                .bind(6, store.userId())
                .bind(7, EngineUnderTest::kNow)
                .exec());

    for (int round = 0; round < 7; ++round) { // past the server's five custom plans, to its generic one
        INFO("round " << round);
        const auto now = figures.compute(2017);
        REQUIRE(now);
        CHECK(now->victimsIdentified == 1);
        CHECK(now->identificationsInYear == 1);
        CHECK(now->breakdowns.value(QStringLiteral("sex")).value(QStringLiteral("F")) == 1);
        CHECK(now->breakdowns.value(QStringLiteral("primary_exploitation")).value(QStringLiteral("sexual")) == 1);
        const auto centre = figures.compute(2017, QStringLiteral("CR-BV"));
        REQUIRE(centre);
        CHECK(centre->victimsIdentified == 1);
        const auto other = figures.compute(2017, QStringLiteral("CR-CJ"));
        REQUIRE(other);
        CHECK(other->victimsIdentified == 0);
        const auto before = figures.compute(2016);
        REQUIRE(before);
        CHECK(before->victimsIdentified == 0);
    }
    if (engine == Engine::Server)
        CHECK(keptBreakdowns() == 2); // one national, one for a centre (its text names the centre's column)
}

TEST_CASE("A reading transaction sees one state of the store, whatever another connection commits meanwhile",
          "[server][engine]")
{
    // The figures, the document, the exports and explain each read in one such transaction: a
    // bilanț whose statements saw different states could give breakdowns that do not add up to
    // their total. On the server READ COMMITTED would; the reading transaction is REPEATABLE READ.
    const Engine engine = GENERATE(Engine::LocalFile, Engine::Server);
    INFO("engine: " << nameOf(engine));
    EngineUnderTest store(engine);
    const AccessPolicy access(store.coordinator());
    FiguresRepository figures(store.db(), access, store.reference());
    const qint64 bv = store.center("CR-BV");
    REQUIRE(store.addVictim(QStringLiteral("V-A"), bv, QStringLiteral("F"), 1990));
    auto other = store.another();
    const auto victims
        = [](Database& db) { return db.queryInt(QStringLiteral("SELECT count(*) FROM victim")).value_or(-1); };
    {
        Transaction reading(store.db(), Transaction::Mode::Deferred);
        REQUIRE(reading.beginStatus());
        CHECK(victims(store.db()) == 1);
        // Another client adds a victim with its identification and commits, between two statements.
        const auto added = store.addVictimThrough(*other, QStringLiteral("V-B"), bv, QStringLiteral("M"), std::nullopt);
        REQUIRE(added);
        auto identify = other->prepare(
            QStringLiteral("INSERT INTO identification(victim_id, center_id, notification_date, mnir_status, scope, "
                           "primary_exploitation, attempt, created_by, created_at, updated_by, updated_at) "
                           "VALUES (?, ?, '2017-03-04', 'identified', 'internal', 'labour', 0, ?, ?, ?, ?)"));
        REQUIRE(identify);
        REQUIRE(identify->bind(1, *added)
                    .bind(2, bv)
                    .bind(3, store.userId())
                    .bind(4, EngineUnderTest::kNow)
                    .bind(5, store.userId())
                    .bind(6, EngineUnderTest::kNow)
                    .exec());
        CHECK(victims(*other) == 2);
        // The reading transaction still sees the state of its first statement, figures included.
        CHECK(victims(store.db()) == 1);
        const auto inside = figures.compute(2017);
        REQUIRE(inside);
        CHECK(inside->victimsIdentified == 0);
        if (engine == Engine::Server) { // and it writes nothing (the local file's BEGIN cannot say so)
            CHECK_FALSE(store.db().exec(QStringLiteral("UPDATE victim SET sex = 'U'")));
        }
        reading.rollback();
    }
    // Ended, the next statement sees what was committed.
    CHECK(victims(store.db()) == 2);
    const auto after = figures.compute(2017);
    REQUIRE(after);
    CHECK(after->victimsIdentified == 1);
    CHECK(after->breakdowns.value(QStringLiteral("sex")).value(QStringLiteral("M")) == 1);
}

TEST_CASE("The lists' search key and Romanian order are the same on either engine", "[server][engine]")
{
    const Engine engine = GENERATE(Engine::LocalFile, Engine::Server);
    INFO(nameOf(engine));
    EngineUnderTest e(engine);
    Database& db = e.db();
    REQUIRE(SqlExtensions::install(db));
    CHECK(db.queryText(QStringLiteral("SELECT reper_fold('  Școala   Națională ŞI Ţara  ')")).value()
          == QStringLiteral("scoala nationala si tara"));
    CHECK(db.queryText(QStringLiteral("SELECT reper_fold('Ăla Îl Âne Élan')")).value()
          == QStringLiteral("ala il ane elan"));
    // A pattern folded by the program finds the folded text, whatever the diacritics and case.
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM (SELECT 'Asociația Ușă Deschisă' AS t) x "
                                     "WHERE reper_fold(t) LIKE '%usa deschisa%' ESCAPE '\\'"))
              .value()
          == 1);
    // Numbers in order, then the letters, ă after a, case not told apart.
    auto st = db.prepare(QStringLiteral("SELECT w FROM (SELECT 'b' AS w UNION ALL SELECT 'ă' UNION ALL SELECT 'A' "
                                        "UNION ALL SELECT '10' UNION ALL SELECT '9' UNION ALL SELECT 'c') x "
                                        "ORDER BY w COLLATE reper_ro"));
    REQUIRE(st);
    QStringList order;
    while (st->next())
        order << st->text(0);
    CHECK(order
          == QStringList({QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("A"), QStringLiteral("ă"),
                          QStringLiteral("b"), QStringLiteral("c")}));
}
