// The shared pieces of the File dialogs that take a path: PathField (a path typed or chosen with
// Browse…) and JobOutcome (a background job's end: done, or its error shown unless cancelled).
#include "gui/common/PathField.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/JobOutcome.h"
#include "gui/common/MessageBox.h"

#include <QDialog>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace reper;

TEST_CASE("a path field takes a typed path or the chosen one, and a cancelled chooser leaves it", "[gui][common]")
{
    QDialog dialog;
    auto* field = new PathField(PathField::Kind::SaveFile, QStringLiteral("&Browse…"), QStringLiteral("output"),
                                QStringLiteral("browseOutput"), &dialog);
    field->setChooser(QStringLiteral("Save"), QStringLiteral("Packages (*.reperpkg)"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(QStringLiteral("&Save as:"), field);
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("output"));
    auto* browse = dialog.findChild<QPushButton*>(QStringLiteral("browseOutput"));
    REQUIRE(edit);
    REQUIRE(browse);
    QSignalSpy changed(field, &PathField::changed);
    CHECK(field->isEmpty());

    QTest::keyClicks(edit, QStringLiteral("  /tmp/typed.reperpkg "));
    CHECK(field->path() == QLatin1String("/tmp/typed.reperpkg"));
    CHECK_FALSE(changed.isEmpty());

    FileDialogs::queuePath(QStringLiteral("/tmp/chosen.reperpkg"));
    QTest::mouseClick(browse, Qt::LeftButton);
    CHECK(edit->text() == QDir::toNativeSeparators(QStringLiteral("/tmp/chosen.reperpkg")));
    CHECK(field->path() == QLatin1String("/tmp/chosen.reperpkg"));

    FileDialogs::queuePath(QString()); // cancelled
    QTest::mouseClick(browse, Qt::LeftButton);
    CHECK(field->path() == QLatin1String("/tmp/chosen.reperpkg"));

    // The form's label leads to the line edit (the field's focus proxy).
    auto* label = qobject_cast<QLabel*>(form->labelForField(field));
    REQUIRE(label);
    CHECK(label->buddy() == field);
    CHECK(field->focusProxy() == edit);
}

TEST_CASE("a background job's end: a failure is shown, a cancel is not", "[gui][common]")
{
    QDialog dialog;
    MessageBox::clearShown();
    CHECK(JobOutcome::succeeded(&dialog, QStringLiteral("Title"), Result<int>(3)));
    CHECK(MessageBox::shown().isEmpty());

    Error cancelled = makeError(QStringLiteral("Stopped."));
    cancelled.cancelled = true;
    CHECK_FALSE(JobOutcome::succeeded(&dialog, QStringLiteral("Title"), Result<int>(cancelled)));
    CHECK(MessageBox::shown().isEmpty());

    CHECK_FALSE(
        JobOutcome::succeeded(&dialog, QStringLiteral("Title"), Result<int>(makeError(QStringLiteral("It failed.")))));
    REQUIRE(MessageBox::shown().size() == 1);
    CHECK(MessageBox::shown().first().contains(QStringLiteral("It failed.")));
}
