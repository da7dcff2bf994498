// The window's models: every list fetches lazily, sorts and filters in SQL, and passes
// QAbstractItemModelTester; the timeline and the import problems too.
#include "core/TextFold.h"
#include "gui/GuiTestSupport.h"
#include "gui/models/ProblemTableModel.h"
#include "gui/models/RecordListModel.h"
#include "gui/models/TimelineModel.h"
#include "storage/engine/SqlExtensions.h"
#include "storage/repositories/VictimEditor.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QList<ListKind> kAllKinds
    = {ListKind::Victims,      ListKind::Assistance, ListKind::Repatriations, ListKind::Judicial,
       ListKind::Campaigns,    ListKind::Prevention, ListKind::Protocols,     ListKind::ActionPlans,
       ListKind::TeamMeetings, ListKind::Trainings,  ListKind::Events,        ListKind::FundedProjects};

} // namespace

TEST_CASE("every list model passes the model tester, sorted by every column and filtered", "[gui][models]")
{
    TempStore s;
    importSmall(s.store());
    for (ListKind kind : kAllKinds) {
        RecordListModel model(s.store(), kind);
        checkModel(&model);
        model.refresh();
        INFO("list " << ListSpecs::of(kind).table.toStdString());
        CHECK(model.errorText().isEmpty());
        CHECK(model.rowCount() > 0);
        CHECK(model.totalCount() == model.rowCount());
        for (int c = 0; c < model.columnCount(); ++c) {
            model.sort(c, Qt::AscendingOrder);
            CHECK(model.rowCount() == model.totalCount());
            model.sort(c, Qt::DescendingOrder);
            CHECK(model.rowCount() == model.totalCount());
        }
        ListFilter f;
        f.year = 1990;
        model.setFilter(f);
        CHECK(model.rowCount() == 0);
        CHECK(model.errorText().isEmpty());
    }
}

TEST_CASE("a list fetches a page at a time", "[gui][models]")
{
    TempStore s;
    VictimEditor editor(s.store());
    const int n = RecordListModel::kPageSize + 20;
    for (int i = 0; i < n; ++i) {
        Victim v;
        v.code = QStringLiteral("RV-P%1").arg(i, 4, 10, QLatin1Char('0'));
        v.center = QStringLiteral("CR-BV");
        v.sex = QStringLiteral("F");
        v.citizenship = QStringLiteral("RO");
        REQUIRE(editor.save(v, std::nullopt));
    }
    RecordListModel model(s.store(), ListKind::Victims);
    checkModel(&model);
    model.refresh();
    CHECK(model.totalCount() == n);
    CHECK(model.rowCount() == RecordListModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == n);
    CHECK_FALSE(model.canFetchMore({}));
    // Default order: newest code first.
    CHECK(model.data(model.index(0, 0)).toString() == QStringLiteral("RV-P0269"));
}

TEST_CASE("the timeline and the import problems pass the model tester", "[gui][models]")
{
    TempStore s;
    importSmall(s.store());
    auto id = VictimEditor(s.store()).idByCode(QStringLiteral("RV-T00001"));
    REQUIRE(id);
    REQUIRE(id->has_value());
    auto entries = VictimEditor(s.store()).timeline(**id);
    REQUIRE(entries);
    TimelineModel timeline(s->reference());
    checkModel(&timeline);
    timeline.setEntries(*entries);
    CHECK(timeline.rowCount() == entries->size());
    CHECK(timeline.rowCount() >= 4); // an identification, two assistance periods, support in proceedings
    CHECK(timeline.data(timeline.index(0, TimelineModel::DateColumn)).toString().contains(QLatin1Char('.')));

    ProblemTableModel problems;
    checkModel(&problems);
    problems.setProblems({{QStringLiteral("victims.csv"), 6, QStringLiteral("sex"), QStringLiteral("is required")},
                          {QStringLiteral("assistance.csv"), 3, QString(), QStringLiteral("the row has 5 cells")}});
    CHECK(problems.rowCount() == 2);
    const QString text = problems.toText({1, 0});
    CHECK(text.startsWith(QStringLiteral("File\tLine\tColumn\tProblem\n")));
    CHECK(text.contains(QStringLiteral("assistance.csv\t3\t\tthe row has 5 cells\nvictims.csv\t6\tsex\tis required")));
}

TEST_CASE("the store's search folding agrees with foldText", "[gui][models]")
{
    TempStore s;
    REQUIRE(SqlExtensions::install(s->db()));
    const QStringList samples = {
        QString::fromUtf8("Ședința de lucru DIICOT – ANITP, Craiova"),
        QString::fromUtf8("Masă rotundă  privind\texploatarea"),
        QString::fromUtf8("ŞTEFAN ŢURCANU, Îndrăzneț"),
        QString::fromUtf8("„Împreună” ediția 1"),
        QStringLiteral("  trim me  "),
        QString::fromUtf8("Ünïcödé ç ñ ø — ’apostrophe’"),
        QString(),
        QString::fromUtf8("Târgu Mureș"),
    };
    for (const QString& text : samples) {
        auto st = s->db().prepare(QStringLiteral("SELECT reper_fold(?)"));
        REQUIRE(st);
        st->bind(1, text);
        REQUIRE(st->next());
        INFO(text.toStdString());
        CHECK(st->text(0) == foldText(text));
    }
}
