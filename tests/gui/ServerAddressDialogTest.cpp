// Connect to a server…: the fields typed as a person would make the address, with the certificate
// checked unless the box is unticked (then the address says so); an address chosen before fills the
// fields again; nothing half-typed can be used.
#include "gui/shell/ServerAddressDialog.h"

#include "gui/GuiTestSupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

void type(QWidget* parent, const char* name, const QString& text)
{
    auto* e = child<QLineEdit>(parent, name);
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Delete);
    QTest::keyClicks(e, text);
}

} // namespace

TEST_CASE("the server's name, port and database make a verified address", "[gui][server]")
{
    ServerAddressDialog dialog;
    dialog.show();
    CHECK_FALSE(dialog.useButton()->isEnabled());
    type(&dialog, "host", QStringLiteral("reper.anitp.local"));
    REQUIRE(dialog.useButton()->isEnabled());
    CHECK(dialog.address() == QStringLiteral("postgresql://reper.anitp.local:5432/reper"));
    CHECK(child<QLineEdit>(&dialog, "address")->text() == dialog.address());
    CHECK(dialog.hint().contains(QStringLiteral("certificate is checked")));
    CHECK_FALSE(dialog.insecure());

    auto* port = child<QSpinBox>(&dialog, "port");
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("6432"));
    type(&dialog, "host", QStringLiteral("reper1.anitp.local, reper2.anitp.local"));
    type(&dialog, "database", QStringLiteral("reper_national"));
    CHECK(dialog.address()
          == QStringLiteral("postgresql://reper1.anitp.local:6432,reper2.anitp.local:6432/reper_national"));

    QTest::mouseClick(child<QCheckBox>(&dialog, "verify"), Qt::LeftButton, {}, QPoint(5, 5));
    CHECK(dialog.insecure());
    CHECK(dialog.address().endsWith(QStringLiteral("?sslmode=require")));
    CHECK(dialog.hint().contains(QStringLiteral("nobody checks")));

    type(&dialog, "database", QString());
    CHECK_FALSE(dialog.useButton()->isEnabled());
    CHECK(dialog.address().isEmpty());
}

TEST_CASE("a server on this computer needs no certificate, and a bad name is told", "[gui][server]")
{
    ServerAddressDialog dialog;
    dialog.show();
    type(&dialog, "host", QStringLiteral("localhost"));
    CHECK(dialog.hint().contains(QStringLiteral("This computer")));
    CHECK(dialog.address() == QStringLiteral("postgresql://localhost:5432/reper"));
    type(&dialog, "host", QStringLiteral("[::1"));
    CHECK_FALSE(dialog.useButton()->isEnabled());
    CHECK(dialog.hint().contains(QStringLiteral("not valid")));
}

TEST_CASE("an address chosen before fills the fields again", "[gui][server]")
{
    ServerAddressDialog dialog;
    dialog.setAddress(QStringLiteral("postgresql://ion@reper.anitp.local:6543/centru?sslmode=require"));
    CHECK(child<QLineEdit>(&dialog, "host")->text() == QStringLiteral("reper.anitp.local"));
    CHECK(child<QSpinBox>(&dialog, "port")->value() == 6543);
    CHECK(child<QLineEdit>(&dialog, "database")->text() == QStringLiteral("centru"));
    CHECK_FALSE(child<QCheckBox>(&dialog, "verify")->isChecked());
    CHECK(dialog.address() == QStringLiteral("postgresql://reper.anitp.local:6543/centru?sslmode=require"));
}
