// reper-cli package export and package import (issue 9): a centre's package made with the centre's
// store and HQ.pub, imported at headquarters with HQ.key; the same bilanț of that centre on both
// sides; a replay refused with exit 1; bad usage exit 2.
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

const QString kHqPassword = QStringLiteral("another-hq-password-9");

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

TEST_CASE("cli: a centre's package exported and imported at headquarters", "[package][cli]")
{
    test::CliRunner centre;
    REQUIRE(centre.initAndImport(test::dataPath(QStringLiteral("small"))));
    test::CliRunner hq;
    REQUIRE(hq.init().exitCode == 0);
    const QString base = QDir(hq.dir()).filePath(QStringLiteral("HQ"));
    const QString store = hq.password();
    hq.setPassword(kHqPassword);
    REQUIRE(hq.runRaw(QStringList{QStringLiteral("package"), QStringLiteral("keygen"), QStringLiteral("--out"), base})
                .exitCode
            == 0);
    hq.setPassword(store);
    const QString file = QDir(centre.dir()).filePath(QStringLiteral("CR-BV-1.reperpkg"));
    const QStringList exportArgs{
        QStringLiteral("package"), QStringLiteral("export"),      QStringLiteral("--center"), QStringLiteral("CR-BV"),
        QStringLiteral("--to"),    base + QStringLiteral(".pub"), QStringLiteral("--out"),    file};
    const auto made = centre.run(exportArgs);
    INFO(made.all().toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("Package 1 of CR-BV")));
    CHECK((QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    const auto again = centre.run(exportArgs);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("never overwritten")));

    const QStringList importArgs{QStringLiteral("package"), QStringLiteral("import"), file, QStringLiteral("--key"),
                                 base + QStringLiteral(".key")};
    const auto wrong = hq.run(importArgs); // REPER_PASSWORD is the store's, not the key's
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("does not open this headquarters key")));
    hq.setEnv(QStringLiteral("REPER_HQ_PASSWORD"), kHqPassword);
    const auto imported = hq.run(importArgs);
    INFO(imported.all().toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Package 1 of CR-BV")));
    CHECK(imported.out.contains(QStringLiteral("Introduced signing key of CR-BV")));
    CHECK(imported.err.contains(QStringLiteral("first package of CR-BV")));

    const QStringList bilant = args({"report", "bilant", "--year", "2020", "--center", "CR-BV", "--format", "json"});
    const auto there = centre.run(bilant);
    const auto here = hq.run(bilant);
    REQUIRE(there.exitCode == 0);
    REQUIRE(here.exitCode == 0);
    // The same document but for the footer's audit head (each store has its own trail).
    const QRegularExpression head(QStringLiteral("\"audit_head\": \"[^\"]*\""));
    CHECK(QString(here.out).remove(head).toStdString() == QString(there.out).remove(head).toStdString());
    CHECK(here.out.contains(head));
    CHECK(here.out.contains(QStringLiteral("\"victims_identified\"")));

    const auto replay = hq.run(importArgs);
    CHECK(replay.exitCode == 1);
    CHECK(replay.err.contains(QStringLiteral("already imported")));
    CHECK(hq.run(importArgs + QStringList{QStringLiteral("--prefer"), QStringLiteral("nobody")}).exitCode == 2);
    CHECK(hq.run(args({"package", "import"})).exitCode == 2);
    CHECK(centre.run(args({"package", "export", "--center", "CR-BV"})).exitCode == 2);
}
