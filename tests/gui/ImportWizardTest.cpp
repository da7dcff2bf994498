// The import wizard on a folder with mistakes: the dry run lists every problem (file, line,
// column, message), sortable and copyable, and holds the import back; after the files are
// corrected "Check again" finds none and the import writes everything. A long run can be stopped.
#include "gui/importer/ImportWizard.h"

#include "generator/DataGenerator.h"
#include "gui/GuiTestSupport.h"
#include "gui/common/AsyncTask.h"
#include "gui/importer/ImportCheckPage.h"
#include "gui/importer/ImportResultPage.h"
#include "gui/models/ProblemTableModel.h"
#include "gui/widgets/ProgressPanel.h"
#include "storage/lists/RecordListQuery.h"
#include "support/TestSupport.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList({QStringLiteral("*.csv")}, QDir::Files))
        REQUIRE(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
}

void replaceIn(const QString& path, const QString& from, const QString& to)
{
    QString text = readText(path);
    REQUIRE(text.contains(from));
    text.replace(from, to);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

qint64 count(Store& store, ListKind kind)
{
    auto n = RecordListQuery(store, kind).count({});
    REQUIRE(n);
    return *n;
}

} // namespace

TEST_CASE("an import with mistakes is checked, corrected and imported through the wizard", "[gui][import]")
{
    TempStore s;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("csv"));
    copyFolder(dataPath(QStringLiteral("small")), folder);
    const QString victims = QDir(folder).filePath(QStringLiteral("victims.csv"));
    const QString assistance = QDir(folder).filePath(QStringLiteral("assistance.csv"));
    replaceIn(victims, QStringLiteral("RV-T00002,CR-B,Masculin"), QStringLiteral("RV-T00002,CR-B,X"));
    replaceIn(assistance, QStringLiteral("2019-05-01,2020-01-01"), QStringLiteral("2019-05-01,2019-04-01"));

    ImportWizard wizard(s.store());
    wizard.show();
    wizard.setFolder(folder);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    ImportCheckPage* check = wizard.checkPage();
    REQUIRE(waitUntil([&] { return !check->isRunning(); }));
    const ImportReport& report = check->report();
    REQUIRE(report.problems.size() >= 2);
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    ProblemTableModel* problems = check->problems();
    CHECK(problems->rowCount() == report.problems.size());
    bool sexProblem = false;
    bool endProblem = false;
    for (int r = 0; r < problems->rowCount(); ++r) {
        const QString file = problems->data(problems->index(r, ProblemTableModel::FileColumn)).toString();
        const QString column = problems->data(problems->index(r, ProblemTableModel::ColumnColumn)).toString();
        const int line = problems->data(problems->index(r, ProblemTableModel::LineColumn)).toInt();
        sexProblem
            = sexProblem || (file == QStringLiteral("victims.csv") && column == QStringLiteral("sex") && line == 3);
        endProblem = endProblem
            || (file == QStringLiteral("assistance.csv") && column == QStringLiteral("end_date") && line == 4);
    }
    CHECK(sexProblem);
    CHECK(endProblem);
    // Sorted by line number, as numbers.
    auto* view = wizard.findChild<QTableView*>(QStringLiteral("problems"));
    REQUIRE(view);
    view->sortByColumn(ProblemTableModel::LineColumn, Qt::DescendingOrder);
    QSortFilterProxyModel* sorted = check->sortedProblems();
    for (int r = 1; r < sorted->rowCount(); ++r)
        CHECK(sorted->index(r - 1, ProblemTableModel::LineColumn).data(Qt::UserRole).toInt()
              >= sorted->index(r, ProblemTableModel::LineColumn).data(Qt::UserRole).toInt());
    // Copyable as text.
    view->selectAll();
    const QString copied = check->copySelection();
    CHECK(copied.contains(QStringLiteral("victims.csv\t3\tsex\t")));
    CHECK(count(s.store(), ListKind::Victims) == 0); // nothing written

    // Corrected, checked again, imported.
    replaceIn(victims, QStringLiteral("RV-T00002,CR-B,X"), QStringLiteral("RV-T00002,CR-B,M"));
    replaceIn(assistance, QStringLiteral("2019-05-01,2019-04-01"), QStringLiteral("2019-05-01,2020-01-01"));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("recheckButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !check->isRunning(); }));
    CHECK(check->report().problems.isEmpty());
    REQUIRE(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    ImportResultPage* result = wizard.resultPage();
    REQUIRE(waitUntil([&] { return !result->isRunning(); }));
    CHECK(result->report().written);
    CHECK(count(s.store(), ListKind::Victims) == 4);
    CHECK(count(s.store(), ListKind::Assistance) == 5);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
}

TEST_CASE("a running check can be stopped with its Cancel button", "[gui][import]")
{
    TempStore s;
    QTemporaryDir dir;
    GeneratorOptions options;
    options.scale = 1;
    REQUIRE(DataGenerator().write(dir.path(), options));
    ImportWizard wizard(s.store());
    wizard.show();
    wizard.setFolder(dir.path());
    Job::holdStarts(true); // Cancel is pressed before the check can finish, however fast it is
    wizard.next();
    ImportCheckPage* check = wizard.checkPage();
    REQUIRE(check->isRunning());
    auto* panel = check->findChild<ProgressPanel*>();
    REQUIRE(panel);
    QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    Job::holdStarts(false);
    REQUIRE(waitUntil([&] { return !check->isRunning(); }));
    CHECK(check->report().cancelled);
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    CHECK(count(s.store(), ListKind::Victims) == 0);
}
