#pragma once
// Helpers of the window's tests: a store with a few records of the fixture folder, waiting for a
// background job, pressing keys and finding the dialog a page opened.
#include "core/Records.h"
#include "storage/Store.h"
#include "support/TestSupport.h"

#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>

class QAbstractItemModel;

namespace reper {
class Job;
}

namespace reper::test {

// Imports tests/data/small into the store (fails the test on a problem).
void importSmall(Store& store);
// Adds a user (with the administrator's store) and opens the store as that user, the temporary
// password already changed.
std::unique_ptr<Store> openAs(TempStore& store, const QString& name, const QStringList& roles, const QString& center);
// Runs the event loop until the job has finished (no time limit is asserted: a generous bound
// only keeps a broken test from hanging forever).
bool waitFor(Job* job);
// Runs the event loop until `condition` holds (same bound).
bool waitUntil(const std::function<bool()>& condition);
// Processes pending events (deferred deletes, queued calls).
void settle();

// The user guide's picture `<prefix>-<name>.png` of `widget`, written where $REPER_SCREENSHOT_DIR says
// (by hand: `REPER_SCREENSHOT_DIR=docs/screenshots build/tests/gui/gui_tests "[screenshot]"`);
// nothing when it is not set.
void saveForGuide(QWidget& widget, const char* prefix, const char* name);
// Runs QAbstractItemModelTester over a model (failures are reported as test failures).
void checkModel(QAbstractItemModel* model);
// The visible top-level dialog of a type, or nullptr.
template<typename T>
T* visibleDialog();
// The child widget of a type and object name; fails the test when there is none.
template<typename T>
T* child(QWidget* parent, const char* name);

} // namespace reper::test

#include <QApplication>
#include <catch2/catch.hpp>

// Failures print the texts compared, not {?}.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l) { return "[" + l.join(QStringLiteral(" | ")).toStdString() + "]"; }
};
} // namespace Catch

template<typename T>
T* reper::test::visibleDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
            return d;
    return nullptr;
}

template<typename T>
T* reper::test::child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w);
    return w;
}
