// The window's reads (issue 4: lists, search, the victim page, trends) in the role matrix: no row
// of a centre outside the scope, no victim list for an analyst, and no search by a name the user
// may not see (a search that found "Secretescu" would tell whose name it is); a name search that
// found someone is recorded in the audit trail, without the name.
#include "security/SecurityFixture.h"
#include "storage/figures/TrendQuery.h"
#include "storage/lists/RecordListQuery.h"
#include "storage/repositories/VictimEditor.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

struct UserReach
{
    QString user;
    QSet<QString> readCenters;
    QStringList canFindByName; // identity words that must find their victim, all others must not
    bool trendsNational = false;
};

const QList<ListKind> kKinds
    = {ListKind::Victims,      ListKind::Assistance, ListKind::Repatriations, ListKind::Judicial,
       ListKind::Campaigns,    ListKind::Prevention, ListKind::Protocols,     ListKind::ActionPlans,
       ListKind::TeamMeetings, ListKind::Trainings,  ListKind::Events,        ListKind::FundedProjects};

QSet<QString> allCenters()
{
    return {QStringLiteral("CR-AB"), QStringLiteral("CR-BC"), QStringLiteral("CR-BV"), QStringLiteral("CR-B"),
            QStringLiteral("CR-CJ"), QStringLiteral("CR-CT"), QStringLiteral("CR-DJ"), QStringLiteral("CR-GL"),
            QStringLiteral("CR-IS"), QStringLiteral("CR-BH"), QStringLiteral("CR-AG"), QStringLiteral("CR-PH"),
            QStringLiteral("CR-SV"), QStringLiteral("CR-MS"), QStringLiteral("CR-TM")};
}

} // namespace

TEST_CASE("the window's lists, search, victim page and trends respect every role's scope", "[security][matrix]")
{
    SecurityFixture fx;
    const QList<UserReach> scopes = {
        {QStringLiteral("admin"), allCenters(), {}, true},
        {QStringLiteral("op_bv"), {QStringLiteral("CR-BV")}, {QStringLiteral("Testescu")}, false},
        {QStringLiteral("op_cj"), {QStringLiteral("CR-CJ")}, {}, false},
        {QStringLiteral("coord_bv"), {QStringLiteral("CR-BV")}, {QStringLiteral("Testescu")}, false},
        {QStringLiteral("coord_nat"), allCenters(), {}, true},
        {QStringLiteral("analyst_nat"), {}, {}, true},
        {QStringLiteral("analyst_bv"), {}, {}, false},
        {QStringLiteral("admin_only"), {}, {}, false},
    };
    for (const UserReach& want : scopes) {
        INFO("as " << want.user.toStdString());
        auto store = fx.openAs(want.user);
        for (const ListKind kind : kKinds) {
            INFO("list " << int(kind));
            RecordListQuery list(*store, kind);
            auto count = list.count({});
            REQUIRE(count.ok());
            auto rows = list.page({}, {}, 0, 1000);
            REQUIRE(rows.ok());
            CHECK(*count == rows->size());
            if (want.readCenters.isEmpty())
                CHECK(rows->isEmpty());
            for (const ListRow& row : *rows) {
                INFO(row.center.toStdString());
                CHECK(want.readCenters.contains(row.center));
                for (const QVariant& v : row.values)
                    for (const QString& secret : plantedIdentity())
                        CHECK_FALSE(v.toString().contains(secret));
            }
        }
        // Search by a name: only where the user may see that identity.
        RecordListQuery victims(*store, ListKind::Victims);
        for (const QString& word : {QStringLiteral("Testescu"), QStringLiteral("Secretescu")}) {
            ListFilter byName;
            byName.search = word;
            auto found = victims.count(byName);
            REQUIRE(found.ok());
            INFO(word.toStdString());
            CHECK((*found > 0) == want.canFindByName.contains(word));
            // A name that found someone is in the trail (how many, never the name); else nothing.
            const QString countSearches
                = QStringLiteral(
                      "SELECT count(*) FROM audit_entry WHERE action = 'identity.searched' AND user_name = '%1'")
                      .arg(want.user);
            const qint64 before = *store->db().queryInt(countSearches);
            REQUIRE(victims.recordIdentitySearch(byName).ok());
            CHECK(*store->db().queryInt(countSearches) - before == (want.canFindByName.contains(word) ? 1 : 0));
            CHECK(*store->db().queryInt(
                      QStringLiteral("SELECT count(*) FROM audit_entry WHERE detail LIKE '%%1%'").arg(word))
                  == 0);
        }
        // The victim page: the person for whom may read it, identity only when opened and allowed.
        VictimEditor editor(*store);
        const auto ids = *store->db().queryInt(QStringLiteral("SELECT max(id) FROM victim"));
        for (qint64 id = 1; id <= ids; ++id) {
            const QString center = store->reference().centerCode(
                *store->db().queryInt(QStringLiteral("SELECT center_id FROM victim WHERE id = %1").arg(id)));
            auto page = editor.load(id);
            CHECK(page.ok() == want.readCenters.contains(center));
            if (page.ok())
                CHECK(page->identityAllowed
                      == (want.canFindByName.contains(QStringLiteral("Testescu")) && center == QLatin1String("CR-BV")));
        }
        // Trends are figures: national only for whom may see national figures.
        auto trend = TrendQuery(*store).victimsIdentifiedByYear(2019, 2020, QString());
        CHECK(trend.ok() == want.trendsNational);
    }
}
