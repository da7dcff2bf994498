// Work that takes time, stopped from the window (the report's figures, a backup, the data check and
// the closing of a year), opening a store with the recovery key from the start dialog, and closing
// a year from the Reports page.
#include "gui/GuiTestSupport.h"
#include "gui/admin/AdminPage.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StoreJob.h"
#include "gui/reports/ReportForm.h"
#include "gui/reports/ReportsPage.h"
#include "gui/reports/YearClosingPanel.h"
#include "gui/shell/RecoveryOpenDialog.h"
#include "gui/shell/StartDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/ProgressPanel.h"
#include "report/YearClosing.h"
#include "storage/audit/AuditTrail.h"
#include "storage/figures/ClosedYearRepository.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/MasterKey.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/services/BackupService.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

qint64 entries(Store& store, const QString& action)
{
    auto list = store.audit().list(AuditFilter::forAction(action));
    REQUIRE(list.ok());
    return list->size();
}

QString bannerOf(QWidget* page)
{
    auto* banner = page->findChild<MessageBanner*>(QStringLiteral("banner"));
    REQUIRE(banner);
    return banner->text();
}

// Runs the closing panel's work to its end (a closing may take two jobs: the check, and after
// "Close anyway" the freeze).
bool waitForClosing(YearClosingPanel* closing, Job* first)
{
    return first && waitFor(first) && waitUntil([closing] { return !closing->isBusy(); });
}

bool isClosed(Store& store, int year)
{
    auto latest = ClosedYearRepository(store).latest(year, Scope::national());
    REQUIRE(latest.ok());
    return latest->has_value();
}

} // namespace

TEST_CASE("a store job works on a connection of its own and brings its value back", "[gui][jobs]")
{
    TempStore s;
    QObject context;
    Store* seen = nullptr;
    std::optional<Result<qint64>> counted;
    Job* job = StoreJob::run(
        &context, s.store(), StoreJob::Interrupt::No,
        [&seen](Store& connection, JobControl& control) {
            seen = &connection;
            control.setProgress(7);
            return connection.db().queryInt(QStringLiteral("SELECT count(*) FROM center"));
        },
        [&counted](Result<qint64>& r) { counted = r; });
    REQUIRE(job);
    REQUIRE(waitFor(job));
    REQUIRE(counted);
    REQUIRE(counted->ok());
    CHECK(**counted == 15);
    CHECK(seen != nullptr);
    CHECK(seen != &s.store()); // never the UI thread's connection

    // A value that is not a Result comes back as one.
    std::optional<Result<QString>> named;
    REQUIRE(waitFor(StoreJob::run(
        &context, s.store(), StoreJob::Interrupt::No,
        [](Store& connection, JobControl&) { return connection.user().name; },
        [&named](Result<QString>& r) { named = r; })));
    REQUIRE(named);
    REQUIRE(named->ok());
    CHECK(**named == QStringLiteral("admin"));
}

TEST_CASE("a store job cancelled before it begins never runs its work", "[gui][jobs]")
{
    TempStore s;
    QObject context;
    bool ran = false;
    std::optional<Status> status;
    Job::holdStarts(true);
    Job* job = StoreJob::run(
        &context, s.store(), StoreJob::Interrupt::No,
        [&ran](Store&, JobControl&) {
            ran = true;
            return Status::success();
        },
        [&status](Status& st) { status = st; });
    REQUIRE(job);
    job->cancel();
    Job::holdStarts(false);
    REQUIRE(waitFor(job));
    CHECK_FALSE(ran);
    REQUIRE(status);
    REQUIRE_FALSE(status->ok());
    CHECK(status->error().cancelled);
}

TEST_CASE("Cancel stops a store job's statement half way when it asks for it", "[gui][jobs]")
{
    TempStore s;
    QObject context;
    std::optional<Result<qint64>> counted;
    // Counting to 10^9: far longer than any test waits, unless interrupted.
    Job* job = StoreJob::run(
        &context, s.store(), StoreJob::Interrupt::Queries,
        [](Store& connection, JobControl& control) {
            control.setProgress(1); // the statement is about to run
            return connection.db().queryInt(
                QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
                               "SELECT count(*) FROM c"));
        },
        [&counted](Result<qint64>& r) { counted = r; });
    REQUIRE(job);
    REQUIRE(waitUntil([job] { return job->progress() == 1; }));
    job->cancel();
    REQUIRE(waitFor(job));
    REQUIRE(counted);
    REQUIRE_FALSE(counted->ok());
    CHECK(counted->error().cancelled);
    CHECK(counted->error().message == QStringLiteral("The work was cancelled."));
    // The UI thread's connection goes on.
    CHECK(*s->db().queryInt(QStringLiteral("SELECT count(*) FROM center")) == 15);
}

TEST_CASE("a report cancelled half way keeps the preview and records nothing", "[gui][jobs][reports]")
{
    TempStore s;
    importSmall(s.store());
    ReportsPage page(s.store());
    page.show();
    ReportForm& reports = *page.form();
    reports.setChoice(2020, Scope::national());
    REQUIRE(waitFor(reports.generate()));
    REQUIRE(reports.hasReport());
    const QString before = reports.previewText();
    REQUIRE(entries(s.store(), AuditAction::Report) == 1);

    reports.setChoice(2021, Scope::national());
    Job::holdStarts(true); // Cancel is pressed before the figures are counted
    Job* job = reports.generate();
    REQUIRE(job);
    // While the figures are read, the year cannot be closed from the same page.
    CHECK_FALSE(page.closing()->closeYearButton()->isEnabled());
    CHECK(page.closing()->closeYear() == nullptr);
    auto* panel = child<ProgressPanel>(&reports, "progress");
    CHECK(panel->cancelButton()->isVisibleTo(&reports));
    panel->cancelButton()->click();
    Job::holdStarts(false);
    REQUIRE(waitFor(job));
    CHECK(bannerOf(&reports).startsWith(QStringLiteral("Cancelled.")));
    CHECK(reports.previewText() == before);
    CHECK(entries(s.store(), AuditAction::Report) == 1);

    // The page can generate again.
    REQUIRE(waitFor(reports.generate()));
    CHECK(reports.previewText().contains(QStringLiteral("2021")));
    CHECK(entries(s.store(), AuditAction::Report) == 2);
}

TEST_CASE("a backup from the window shows its progress and a cancelled one leaves nothing", "[gui][jobs][backup]")
{
    TempStore s;
    importSmall(s.store());
    QTemporaryDir dir;
    AdminPage admin(s.store());
    admin.show();
    auto* panel = admin.findChild<ProgressPanel*>(QStringLiteral("progress"));
    REQUIRE(panel);

    const QString stopped = dir.filePath(QStringLiteral("stopped.reper"));
    Job::holdStarts(true); // Cancel is pressed before the copy can begin, however fast it is
    Job* job = admin.backUpTo(stopped);
    REQUIRE(job);
    CHECK(panel->cancelButton()->isVisibleTo(&admin));
    CHECK(panel->bar()->maximum() == 1000); // a real bar, not a busy indicator
    panel->cancelButton()->click();
    Job::holdStarts(false);
    REQUIRE(waitFor(job));
    CHECK(bannerOf(&admin) == QStringLiteral("Backup cancelled: nothing was written."));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    CHECK(entries(s.store(), AuditAction::Backup) == 0);

    const QString copy = dir.filePath(QStringLiteral("copy.reper"));
    REQUIRE(waitFor(admin.backUpTo(copy)));
    CHECK(QFileInfo::exists(copy));
    CHECK(QFileInfo::exists(KeyFile::pathFor(copy)));
    CHECK(QFileInfo::exists(BackupService::headPathFor(copy)));
    CHECK(entries(s.store(), AuditAction::Backup) == 1);
    s.close();
    CHECK(Store::open(s.path(), QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock()).ok());
    CHECK(Store::open(copy, QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock()).ok());
}

TEST_CASE("the start dialog opens a store with the recovery key and a new password", "[gui][jobs][start]")
{
    QSettings().remove(QStringLiteral("start"));
    TempStore t;
    const QString recovery = t.recoveryKey();
    const QString path = t.path();
    t.close();
    StartDialog start(fixedClock());
    start.setStorePath(path);
    start.show();
    RecoveryOpenDialog* dialog = start.openWithRecoveryKey();
    REQUIRE(dialog);
    dialog->setUser(QStringLiteral("admin"));
    const QString newPassword = QStringLiteral("a new password for 2026");
    dialog->setPassword(newPassword);

    // A mistyped key is told beside the field, and the dialog will not go on.
    dialog->setKey(recovery.left(recovery.size() - 1));
    CHECK(dialog->keyHint() == QStringLiteral("A recovery key has 54 characters; this one has 53."));
    CHECK_FALSE(dialog->openButton()->isEnabled());
    dialog->setKey(QStringLiteral("U") + recovery.mid(1));
    CHECK(dialog->keyHint().startsWith(QStringLiteral("The recovery key holds a character that is not in it")));
    CHECK_FALSE(dialog->recover());

    // A well-typed key of another store.
    dialog->setKey(RecoveryKey::encode(SecretBytes::random(32)));
    CHECK(dialog->keyHint().isEmpty());
    CHECK_FALSE(dialog->recover());
    CHECK(dialog->bannerText() == QStringLiteral("This recovery key does not open this store."));

    // The right key, an unknown user, then a short password.
    dialog->setKey(recovery.toLower());
    dialog->setUser(QStringLiteral("nobody"));
    CHECK_FALSE(dialog->recover());
    CHECK(dialog->bannerText() == QStringLiteral("There is no user nobody in this store."));
    dialog->setUser(QStringLiteral("admin"));
    dialog->setPassword(QStringLiteral("too short"));
    CHECK_FALSE(dialog->openButton()->isEnabled());
    dialog->setPassword(newPassword);
    REQUIRE(dialog->openButton()->isEnabled());
    REQUIRE(dialog->recover());

    REQUIRE(start.result() == QDialog::Accepted);
    std::unique_ptr<Store> store = start.takeStore();
    REQUIRE(store);
    CHECK(store->user().name == QStringLiteral("admin"));
    CHECK(entries(*store, AuditAction::KeyRecovered) == 1);
    store.reset();
    // The new password is the user's from now on; the old one no longer opens the store.
    CHECK(Store::open(path, QStringLiteral("admin"), newPassword, fixedClock()).ok());
    CHECK_FALSE(Store::open(path, QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock()).ok());
}

TEST_CASE("a coordinator closes a year from the Reports page", "[gui][jobs][close]")
{
    TempStore s;
    importSmall(s.store());
    ReportsPage page(s.store());
    page.show();
    page.form()->setChoice(2020, Scope::national());
    YearClosingPanel* closing = page.closing();
    QPushButton* button = closing->closeYearButton();
    REQUIRE(button->isVisibleTo(&page));
    REQUIRE(button->isEnabled());

    // Saying no closes nothing, and starts nothing.
    MessageBox::clearShown();
    CHECK(closing->closeYear() == nullptr);
    CHECK(MessageBox::shown().size() == 1);
    CHECK(MessageBox::shown().first().contains(QStringLiteral("revised edition")));
    CHECK_FALSE(isClosed(s.store(), 2020));

    auto check = checkYearClosing(s.store(), 2020, QString(), false, false);
    REQUIRE(check.ok());
    MessageBox::queueAnswer(MessageBox::Answer::Accept);
    if (check->blocking > 0)
        MessageBox::queueAnswer(MessageBox::Answer::Accept);
    Job::holdStarts(true);
    Job* job = closing->closeYear();
    REQUIRE(job);
    // In the background, with its progress and a Cancel; the report form waits meanwhile.
    auto* progress = child<ProgressPanel>(closing, "closingProgress");
    CHECK(progress->isVisibleTo(&page));
    CHECK(progress->cancelButton()->isVisibleTo(&page));
    CHECK_FALSE(button->isEnabled());
    CHECK(page.form()->generate() == nullptr);
    Job::holdStarts(false);
    REQUIRE(waitForClosing(closing, job));
    auto closed = ClosedYearRepository(s.store()).latest(2020, Scope::national());
    REQUIRE(closed.ok());
    REQUIRE(closed->has_value());
    CHECK((*closed)->closedBy == QStringLiteral("admin"));
    CHECK(entries(s.store(), AuditAction::YearClosed) == 1);
    CHECK(button->text() == QStringLiteral("&Close again…"));
    CHECK(button->toolTip().contains(QStringLiteral("already closed (version 1")));
    // The page shows the year as closed: its frozen figures.
    REQUIRE(waitUntil(
        [&] { return page.form()->hasReport() && bannerOf(page.form()).contains(QStringLiteral("is closed")); }));
    CHECK(bannerOf(page.form()) == QStringLiteral("2020 is closed: these are the figures frozen at the closing."));

    // Closed again, after a question naming the earlier version: version 2.
    REQUIRE(waitUntil([&] { return button->isEnabled(); })); // the page's figures are read again
    MessageBox::clearShown();
    MessageBox::queueAnswer(MessageBox::Answer::Accept);
    if (check->blocking > 0)
        MessageBox::queueAnswer(MessageBox::Answer::Accept);
    REQUIRE(waitForClosing(closing, closing->closeYear()));
    CHECK(MessageBox::shown().first().contains(QStringLiteral("version 1")));
    auto second = ClosedYearRepository(s.store()).latest(2020, Scope::national());
    REQUIRE(second.ok());
    REQUIRE(second->has_value());
    CHECK((*second)->version == 2);
    CHECK(entries(s.store(), AuditAction::YearClosed) == 2);
    REQUIRE(waitUntil([&] { return button->isEnabled(); }));
    CHECK(button->toolTip().contains(QStringLiteral("version 2")));
    // Another year is still open.
    page.form()->setChoice(2019, Scope::national());
    CHECK(button->isEnabled());
    CHECK(button->text() == QStringLiteral("&Close the year…"));
}

TEST_CASE("a closing cancelled from the Reports page closes nothing", "[gui][jobs][close]")
{
    TempStore s;
    importSmall(s.store());
    ReportsPage page(s.store());
    page.show();
    page.form()->setChoice(2020, Scope::national());
    YearClosingPanel* closing = page.closing();
    MessageBox::queueAnswer(MessageBox::Answer::Accept);
    Job::holdStarts(true); // Cancel is pressed before the check begins
    Job* job = closing->closeYear();
    REQUIRE(job);
    auto* progress = child<ProgressPanel>(closing, "closingProgress");
    progress->cancelButton()->click();
    Job::holdStarts(false);
    REQUIRE(waitForClosing(closing, job));
    CHECK(bannerOf(page.form()) == QStringLiteral("Cancelled: 2020 was not closed."));
    CHECK_FALSE(isClosed(s.store(), 2020));
    CHECK(entries(s.store(), AuditAction::YearClosed) == 0);
    CHECK_FALSE(progress->isVisibleTo(&page));
    // The panel is ready again, and the form may show a report.
    CHECK(closing->closeYearButton()->isEnabled());
    CHECK(closing->checkDataButton()->isEnabled());
    CHECK(waitFor(page.form()->generate()));
}

TEST_CASE("who may not close a year has no button to do it", "[gui][jobs][close]")
{
    TempStore s;
    importSmall(s.store());
    {
        auto analyst = openAs(s, QStringLiteral("ana"), {QStringLiteral("analyst")}, QString());
        REQUIRE(analyst);
        ReportsPage page(*analyst);
        page.show();
        page.form()->setChoice(2020, Scope::national());
        CHECK_FALSE(page.closing()->closeYearButton()->isVisibleTo(&page));
        CHECK_FALSE(page.closing()->checkDataButton()->isVisibleTo(&page));
        CHECK(page.closing()->closeYear() == nullptr);
        CHECK(page.closing()->checkData() == nullptr);
    }
    const QString center = s->reference().centers().front().code;
    auto coordinator = openAs(s, QStringLiteral("dan"), {QStringLiteral("coordinator")}, center);
    REQUIRE(coordinator);
    ReportsPage page(*coordinator);
    page.show();
    // A centre's coordinator closes the centre's years.
    page.form()->setChoice(2020, Scope::ofCenter(center));
    CHECK(page.closing()->closeYearButton()->isVisibleTo(&page));
    CHECK(page.closing()->closeYearButton()->isEnabled());
}

TEST_CASE("the year's data are checked from the Reports page without closing it", "[gui][jobs][close]")
{
    TempStore s;
    importSmall(s.store());
    ReportsPage page(s.store());
    page.show();
    YearClosingPanel* closing = page.closing();
    QPushButton* check = closing->checkDataButton();
    page.form()->setChoice(2020, Scope::national());
    REQUIRE(check->isVisibleTo(&page));
    REQUIRE(check->isEnabled());
    QString summary;
    QObject::connect(closing, &YearClosingPanel::checked, closing, [&summary](const QString& text) { summary = text; });

    MessageBox::clearShown();
    Job::holdStarts(true);
    Job* job = closing->checkData();
    REQUIRE(job);
    // In the background, with its progress and a Cancel.
    auto* progress = child<ProgressPanel>(closing, "closingProgress");
    CHECK(progress->isVisibleTo(&page));
    CHECK(progress->cancelButton()->isVisibleTo(&page));
    CHECK_FALSE(check->isEnabled());
    Job::holdStarts(false);
    REQUIRE(waitFor(job));
    auto expected = checkYearClosing(s.store(), 2020, QString(), true, false);
    REQUIRE(expected.ok());
    CHECK(summary.startsWith(QStringLiteral("The data-quality check")));
    CHECK(summary.contains(QStringLiteral("2020")));
    if (!expected->findings.isEmpty())
        CHECK(summary.contains(QStringLiteral("%1 problem").arg(expected->findings.size())));
    REQUIRE(MessageBox::shown().size() == 1);
    CHECK(MessageBox::shown().first().contains(summary));
    CHECK_FALSE(isClosed(s.store(), 2020));
    CHECK(entries(s.store(), AuditAction::YearClosed) == 0);
    CHECK(check->isEnabled());

    // A year not over yet blocks a closing: the check says so.
    page.form()->setChoice(fixedClock().now().date().year(), Scope::national());
    REQUIRE(waitFor(closing->checkData()));
    CHECK(summary.contains(QStringLiteral("would stop the closing")));
    CHECK_FALSE(summary.contains(QStringLiteral(" 0 of them")));

    // A check cancelled before it begins shows nothing but says it was cancelled.
    MessageBox::clearShown();
    summary.clear();
    Job::holdStarts(true);
    Job* cancelled = closing->checkData();
    REQUIRE(cancelled);
    progress->cancelButton()->click();
    Job::holdStarts(false);
    REQUIRE(waitFor(cancelled));
    CHECK(summary.isEmpty());
    CHECK(MessageBox::shown().isEmpty());
    CHECK(bannerOf(page.form()).startsWith(QStringLiteral("Cancelled: the data of")));
}
