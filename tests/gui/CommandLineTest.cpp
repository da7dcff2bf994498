// The window's command line: `reper FILE` (what a file manager runs for a .reper file, through the
// desktop entry's Exec=reper %f) opens the start dialog on that store, as --store FILE does.
#include "gui/shell/CommandLine.h"

#include "core/Clock.h"
#include "gui/shell/StartDialog.h"

#include <QComboBox>
#include <QDir>
#include <catch2/catch.hpp>

using namespace reper;

TEST_CASE("reper FILE and reper --store FILE name the store to open", "[gui][app]")
{
    const CommandLine byName = CommandLine::parse({QStringLiteral("/home/ana/centru.reper")});
    CHECK(byName.error == QString());
    CHECK(byName.store == QStringLiteral("/home/ana/centru.reper"));
    const CommandLine relative
        = CommandLine::parse({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("c.reper")});
    CHECK(relative.store == QDir::current().absoluteFilePath(QStringLiteral("c.reper")));
    REQUIRE(relative.language);
    CHECK(*relative.language == Language::English);
    CHECK(CommandLine::parse({QStringLiteral("--store"), QStringLiteral("/srv/a.reper")}).store
          == QStringLiteral("/srv/a.reper"));
    CHECK(CommandLine::parse({QStringLiteral("--screenshots"), QStringLiteral("/tmp/s")}).screenshots
          == QStringLiteral("/tmp/s"));
    CHECK(CommandLine::parse({QStringLiteral("--store")}).error == QStringLiteral("'--store' needs a value"));
    // The home page's year at start, and the measuring aid of reper-bench.
    const CommandLine measured = CommandLine::parse({QStringLiteral("--exit-when-ready"), QStringLiteral("--year"),
                                                     QStringLiteral("2016"), QStringLiteral("s.reper")});
    CHECK(measured.error == QString());
    CHECK(measured.exitWhenReady);
    CHECK(measured.year == std::optional<int>(2016));
    CHECK_FALSE(byName.exitWhenReady);
    CHECK_FALSE(byName.year);
    CHECK(CommandLine::parse({QStringLiteral("--year"), QStringLiteral("last")}).error
          == QStringLiteral("'--year' needs a year, not 'last'"));
    CHECK(CommandLine::parse({QStringLiteral("--frobnicate")}).error
          == QStringLiteral("unknown option '--frobnicate'"));
    CHECK(CommandLine::parse({QStringLiteral("a.reper"), QStringLiteral("b.reper")}).error
          == QStringLiteral("one store at a time: 'b.reper' is a second one"));

    // The start dialog shows that store, ready to sign in to.
    StartDialog start(SystemClock::instance());
    start.setStorePath(byName.store);
    auto* path = start.findChild<QComboBox*>(QStringLiteral("storePath"));
    REQUIRE(path);
    CHECK(path->currentText() == QDir::toNativeSeparators(QStringLiteral("/home/ana/centru.reper")));
}
