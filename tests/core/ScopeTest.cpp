#include "core/Scope.h"

#include "core/AccessPolicy.h"

#include <catch2/catch.hpp>

using namespace reper;

namespace {

AccessPolicy userWith(const char* role, const char* center)
{
    StoreUser u;
    u.name = QStringLiteral("test");
    u.roles = {QString::fromLatin1(role)};
    u.center = QString::fromLatin1(center);
    return AccessPolicy(u);
}

const Scope kBrasov = Scope::ofCenter(QStringLiteral("CR-BV"));
const Scope kIasi = Scope::ofCenter(QStringLiteral("CR-IS"));

} // namespace

TEST_CASE("A scope is national or one centre, and reads back what it writes", "[scope]")
{
    CHECK(Scope().isNational());
    CHECK(Scope::national().text() == QLatin1String("national"));
    CHECK(Scope::ofCenter(QString()) == Scope::national()); // a user without a centre is national
    CHECK(Scope::fromText(QStringLiteral("national")).isNational());
    CHECK(Scope::fromText(QString()).isNational());
    CHECK_FALSE(kBrasov.isNational());
    CHECK(kBrasov.center() == QLatin1String("CR-BV"));
    CHECK(Scope::national().center().isEmpty());
    CHECK(kBrasov != kIasi);
    for (const Scope& s : {Scope::national(), kBrasov, kIasi})
        CHECK(Scope::fromText(s.text()) == s);
}

TEST_CASE("Figures, closing and the case file by scope, for each role", "[scope]")
{
    const AccessPolicy operatorBv = userWith("operator", "CR-BV");
    CHECK(operatorBv.canSeeFigures(kBrasov));
    CHECK_FALSE(operatorBv.canSeeFigures(kIasi));
    CHECK_FALSE(operatorBv.canSeeFigures(Scope::national()));
    CHECK_FALSE(operatorBv.canCloseYear(kBrasov));
    CHECK_FALSE(operatorBv.canExportCaseFile(kBrasov));

    const AccessPolicy coordinatorBv = userWith("coordinator", "CR-BV");
    CHECK(coordinatorBv.canSeeFigures(kBrasov));
    CHECK_FALSE(coordinatorBv.canSeeFigures(Scope::national()));
    CHECK(coordinatorBv.canCloseYear(kBrasov));
    CHECK_FALSE(coordinatorBv.canCloseYear(kIasi));
    CHECK_FALSE(coordinatorBv.canCloseYear(Scope::national()));
    CHECK(coordinatorBv.canExportCaseFile(kBrasov));
    CHECK_FALSE(coordinatorBv.canExportCaseFile(Scope::national()));
    CHECK(coordinatorBv.scope() == kBrasov);
    CHECK(coordinatorBv.scopeName() == QLatin1String("CR-BV"));

    const AccessPolicy nationalCoordinator = userWith("coordinator", "");
    for (const Scope& s : {Scope::national(), kBrasov, kIasi}) {
        CHECK(nationalCoordinator.canSeeFigures(s));
        CHECK(nationalCoordinator.canCloseYear(s));
        CHECK(nationalCoordinator.canExportCaseFile(s));
    }
    CHECK(nationalCoordinator.scopeName() == QLatin1String("national"));

    const AccessPolicy nationalAnalyst = userWith("analyst", "");
    CHECK(nationalAnalyst.canSeeFigures(Scope::national()));
    CHECK(nationalAnalyst.canSeeFigures(kIasi));
    CHECK_FALSE(nationalAnalyst.canCloseYear(Scope::national()));
    CHECK_FALSE(nationalAnalyst.canExportCaseFile(Scope::national()));

    const AccessPolicy administrator = userWith("administrator", "");
    CHECK_FALSE(administrator.canSeeFigures(Scope::national()));
}
