#include "GuiTestSupport.h"

#include "gui/common/AsyncTask.h"
#include "importer/Importer.h"
#include "storage/keys/IdentityGrants.h"
#include "storage/services/UserService.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <catch2/catch.hpp>

namespace reper::test {

void importSmall(Store& store)
{
    const ImportReport report = Importer(store).run(dataPath(QStringLiteral("small")), false);
    INFO((report.problems.isEmpty() ? report.failure : report.problems.first().toString()).toStdString());
    REQUIRE(report.ok());
}

std::unique_ptr<Store> openAs(TempStore& store, const QString& name, const QStringList& roles, const QString& center)
{
    Store& admin = store.store();
    const QString temporary = QStringLiteral("a temporary password 1");
    auto added = UserService(admin).add(name, roles, center, temporary);
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added);
    auto opened = Store::open(admin.path(), name, temporary, fixedClock());
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened);
    const QString own = QStringLiteral("the new password of ") + name;
    REQUIRE(UserService(**opened).changeOwnPassword(own));
    opened->reset();
    // The first staff of a centre get its identity key from the holder of the recovery key.
    auto handed = IdentityGrants(admin).handOverWithRecoveryKey(store.recoveryKey());
    INFO((handed ? std::string() : handed.error().message.toStdString()));
    REQUIRE(handed);
    auto again = Store::open(admin.path(), name, own, fixedClock());
    INFO((again ? std::string() : again.error().message.toStdString()));
    REQUIRE(again);
    return std::move(*again);
}

bool waitUntil(const std::function<bool()>& condition)
{
    QDeadlineTimer deadline(120000);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

bool waitFor(Job* job)
{
    QPointer<Job> guard(job);
    return waitUntil([&] { return !guard; });
}

void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

void saveForGuide(QWidget& widget, const char* prefix, const char* name)
{
    const QString dir = qEnvironmentVariable("REPER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        CHECK(widget.grab().save(
            QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(prefix), QLatin1String(name)))));
}

void checkModel(QAbstractItemModel* model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
}

} // namespace reper::test
