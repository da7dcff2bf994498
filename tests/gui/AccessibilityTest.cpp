// The window for people who use the keyboard, a screen reader, a large scale or a high-contrast
// palette: every control has an accessible name; Tab goes through every field of each form in the
// order the eye reads it; the control with the focus looks different from the others; the
// secondary and warning texts keep 4.5:1 on a high-contrast palette; the window and the dialogs fit
// a 1920×1080 screen at 200 % (960×540 logical pixels).
#include "gui/GuiTestSupport.h"
#include "gui/admin/AdminPage.h"
#include "gui/admin/AuditPanel.h"
#include "gui/admin/UsersPanel.h"
#include "gui/common/Appearance.h"
#include "gui/forms/RecordDialog.h"
#include "gui/forms/RecordDialogs.h"
#include "gui/forms/RecordForm.h"
#include "gui/home/DemoStoreDialog.h"
#include "gui/home/FigureTile.h"
#include "gui/home/HomeCharts.h"
#include "gui/home/HomePage.h"
#include "gui/importer/ImportWizard.h"
#include "gui/shell/MainWindow.h"
#include "gui/shell/NewStoreDialog.h"
#include "gui/shell/StartDialog.h"
#include "gui/victims/VictimPage.h"
#include "gui/victims/VictimsModule.h"
#include "gui/widgets/FieldHints.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "storage/figures/TrendQuery.h"
#include "support/TestSupport.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

// A widget of `top`'s window a user acts on or reads with the keyboard (not the parts of a composite
// control, nor what is in a closed pop-up).
bool isControl(const QWidget* w, const QWidget* top)
{
    if (w->window() != top->window() || !w->isVisibleTo(top) || !w->isEnabled())
        return false;
    const QWidget* parent = w->parentWidget();
    if (parent
        && (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent)
            || (qobject_cast<const QAbstractItemView*>(parent) && qobject_cast<const QAbstractItemView*>(w))))
        return false; // an editable combo's line edit, a table's header: named by their control
    if (auto* area = qobject_cast<const QAbstractScrollArea*>(parent); area && area->viewport() == w)
        return false; // a view's viewport: the view is the control
    if (qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QPlainTextEdit*>(w)
        || qobject_cast<const QTabBar*>(w))
        return true;
    return (w->focusPolicy() & Qt::TabFocus) != 0;
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(QAccessible::Name).trimmed() : QString();
}

QStringList unnamedControls(QWidget* top)
{
    QStringList out;
    for (QWidget* w : top->findChildren<QWidget*>())
        if (isControl(w, top) && accessibleName(w).isEmpty())
            out << QStringLiteral("%1 '%2' in %3 '%4'")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                              : QString(),
                            w->parentWidget() ? w->parentWidget()->objectName() : QString());
    return out;
}

// The editor a focus widget belongs to (an editable combo box focuses its line edit).
QWidget* editorOf(QWidget* focus, const QList<QWidget*>& editors)
{
    for (QWidget* w = focus; w; w = w->parentWidget())
        if (editors.contains(w))
            return w;
    return nullptr;
}

// Reading order: columns left to right (widgets whose spans overlap are one column), each top to
// bottom.
QList<QWidget*> visualOrder(QList<QWidget*> editors)
{
    const auto rect = [](QWidget* w) { return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size()); };
    std::sort(editors.begin(), editors.end(), [&](QWidget* a, QWidget* b) {
        const QRect ra = rect(a);
        const QRect rb = rect(b);
        const bool sameColumn = ra.left() < rb.right() && rb.left() < ra.right();
        if (!sameColumn)
            return ra.left() < rb.left();
        return ra.top() < rb.top();
    });
    return editors;
}

// Presses Tab from the first editor until focus leaves the editors for good; the editors in the
// order they got the focus.
QList<QWidget*> tabOrder(QWidget* window, const QList<QWidget*>& editors)
{
    QApplication::setActiveWindow(window);
    editors.first()->setFocus(Qt::TabFocusReason);
    QList<QWidget*> visited;
    for (int presses = 0; presses < 4 * editors.size() + 20; ++presses) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            break;
        if (QWidget* e = editorOf(focus, editors); e && (visited.isEmpty() || visited.last() != e)) {
            if (visited.contains(e))
                break; // round again
            visited << e;
        }
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return visited;
}

QStringList names(const QList<QWidget*>& widgets)
{
    QStringList out;
    for (QWidget* w : widgets)
        out << w->objectName();
    return out;
}

QList<QWidget*> fieldEditors(RecordForm* form)
{
    QList<QWidget*> editors;
    for (const QString& field : form->hints().fields())
        if (QWidget* e = form->hints().editor(field);
            e && e->isVisibleTo(form) && e->isEnabled() && e->focusPolicy() != Qt::NoFocus && !editors.contains(e))
            editors << e;
    return editors;
}

} // namespace

TEST_CASE("no control of the window or of a form lacks an accessible name", "[gui][accessibility]")
{
    TempStore s;
    importSmall(s.store());
    MainWindow window(s.store());
    window.setBackupOnExit(false);
    window.resize(1280, 800);
    window.show();
    for (int m = 0; m < MainWindow::ModuleCount; ++m) {
        INFO("module " << m);
        REQUIRE(window.showModule(MainWindow::Module(m)));
        if (auto* admin = qobject_cast<AdminPage*>(window.module(MainWindow::Module(m))))
            for (QWidget* tab :
                 {static_cast<QWidget*>(admin->usersPanel()), static_cast<QWidget*>(admin->auditPanel())})
                if (tab) {
                    admin->showTab(tab);
                    CHECK(unnamedControls(&window) == QStringList());
                }
        CHECK(unnamedControls(&window) == QStringList());
    }
    // The victim's page and every record dialog.
    window.showModule(MainWindow::Victims);
    auto* victims = qobject_cast<VictimsModule*>(window.module(MainWindow::Victims));
    victims->openVictim(*s->db().queryInt(QStringLiteral("SELECT min(id) FROM victim")));
    CHECK(unnamedControls(&window) == QStringList());
    for (int k = int(FormKind::Identification); k <= int(FormKind::FundedProject); ++k) {
        INFO("form " << k);
        RecordDialog* dialog = RecordDialogs::open(s.store(), FormKind(k), 0, &window);
        REQUIRE(dialog);
        CHECK(unnamedControls(dialog) == QStringList());
        dialog->reject();
        settle();
    }
    // The dialogs of the start and of the home page.
    window.showModule(MainWindow::Home);
    DemoStoreDialog* demo = window.tryDemo();
    CHECK(unnamedControls(demo) == QStringList());
    demo->reject();
    ImportWizard* wizard = window.openImport();
    CHECK(unnamedControls(wizard) == QStringList());
    wizard->reject();
    settle();
    StartDialog start(fixedClock());
    start.show();
    CHECK(unnamedControls(&start) == QStringList());
    NewStoreDialog* created = start.newStore();
    REQUIRE(created);
    CHECK(unnamedControls(created) == QStringList());
    created->reject();
}

TEST_CASE("Tab visits every field of each form in the order it is read", "[gui][accessibility]")
{
    TempStore s;
    importSmall(s.store());
    for (int k = int(FormKind::Identification); k <= int(FormKind::FundedProject); ++k) {
        RecordDialog* dialog = RecordDialogs::open(s.store(), FormKind(k), 0, nullptr);
        REQUIRE(dialog);
        dialog->resize(dialog->sizeHint());
        settle();
        const QList<QWidget*> editors = fieldEditors(dialog->form());
        INFO("form " << dialog->form()->kindTitle().toStdString());
        REQUIRE(editors.size() >= 2);
        CHECK(names(tabOrder(dialog, editors)) == names(visualOrder(editors)));
        dialog->form()->setModified(false);
        dialog->reject();
        settle();
    }
    // The victim's page: the person, then the identity when it is shown.
    VictimsModule victims(s.store());
    victims.resize(1200, 800);
    victims.show();
    victims.newRecord();
    VictimPage* page = victims.victimPage();
    QList<QWidget*> editors;
    for (QWidget* w : page->findChildren<QWidget*>())
        if (w->isVisibleTo(page) && w->isEnabled() && w->focusPolicy() != Qt::NoFocus
            && (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w))
            && !qobject_cast<QComboBox*>(w->parentWidget()) && !qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            editors << w;
    REQUIRE(editors.size() >= 6);
    CHECK(names(tabOrder(&victims, editors)) == names(visualOrder(editors)));
}

TEST_CASE("the control with the focus looks different", "[gui][accessibility]")
{
    TempStore s;
    importSmall(s.store());
    RecordDialog* dialog = RecordDialogs::open(s.store(), FormKind::Assistance, 0, nullptr);
    REQUIRE(dialog);
    QApplication::setActiveWindow(dialog);
    const QList<QWidget*> editors = fieldEditors(dialog->form());
    // The user moves with Tab: the style then draws the focus of every control (a combo box's only
    // after a key moved it, Qt::WA_KeyboardFocusChange).
    editors.first()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(dialog->testAttribute(Qt::WA_KeyboardFocusChange));
    for (QWidget* e : editors) {
        INFO(e->objectName().toStdString());
        e->clearFocus();
        settle();
        const QImage without = e->grab().toImage();
        e->setFocus(Qt::TabFocusReason);
        settle();
        CHECK(e->grab().toImage() != without);
    }
    dialog->reject();
    settle();
    // The home page's tiles and charts, reached with Tab, show it too.
    MainWindow window(s.store());
    window.setBackupOnExit(false);
    window.show();
    QApplication::setActiveWindow(&window);
    auto* home = qobject_cast<HomePage*>(window.module(MainWindow::Home));
    home->setYear(2020);
    QList<QWidget*> readable{home->tile(0)};
    const auto charts = home->findChildren<QChartView*>();
    REQUIRE(charts.size() == 3);
    readable << charts.first();
    for (QWidget* w : readable) {
        INFO(w->metaObject()->className());
        CHECK(w->focusPolicy() & Qt::TabFocus);
        CHECK_FALSE(w->accessibleName().isEmpty());
        CHECK_FALSE(w->accessibleDescription().isEmpty());
        w->clearFocus();
        settle();
        const QImage without = w->grab().toImage();
        w->setFocus(Qt::TabFocusReason);
        settle();
        CHECK(w->grab().toImage() != without);
    }
    CHECK(home->tile(0)->accessibleDescription() == home->tile(0)->valueText());
}

TEST_CASE("on the high-contrast palette the texts keep their contrast", "[gui][accessibility]")
{
    struct Back
    {
        ~Back() { Appearance::setHighContrast(false, false); }
    } back;
    Appearance::setHighContrast(true, false);
    CHECK(Appearance::highContrast());
    const QPalette p = QApplication::palette();
    CHECK(Appearance::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
    CHECK(Appearance::contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 7);
    TempStore s;
    importSmall(s.store());
    RecordDialog* dialog = RecordDialogs::open(s.store(), FormKind::Assistance, 0, nullptr);
    REQUIRE(dialog);
    // A problem under a field: red, light enough on black.
    auto* start = child<OptionalDateEdit>(dialog, "startDate");
    QTest::keyClicks(start, QStringLiteral("31.11.2026"));
    QLabel* hint = dialog->form()->hints().hint(QStringLiteral("start_date"));
    REQUIRE(hint);
    CHECK(hint->isVisibleTo(dialog));
    const QColor red = Appearance::problemColour(hint);
    CHECK(red.red() > red.green());
    CHECK(Appearance::contrast(red, dialog->palette().color(QPalette::Window)) >= 4.5);
    dialog->form()->setModified(false);
    dialog->reject();
    settle();
    // The quiet texts (stamps, hints) and the tiles' figures.
    const QString quiet = Appearance::quietTextStyle(nullptr);
    CHECK(Appearance::contrast(QColor(quiet.mid(7, 7)), p.color(QPalette::Window)) >= 4.5);
    FigureTile tile(QStringLiteral("victims identified"));
    tile.setValue(12);
    const QLabel* value = tile.findChildren<QLabel*>().first();
    const QString style = value->styleSheet();
    const QColor figure(style.mid(style.indexOf(QStringLiteral("color: ")) + 7, 7));
    CHECK(figure.isValid());
    CHECK(Appearance::contrast(figure, p.color(QPalette::Base)) >= 7);
    CHECK(figure.blue() > figure.red()); // still the tiles' blue, only lighter
    // The charts take the window's black, white text and bars at 7:1, the figures inside them too.
    const QList<YearCount> years = {{2024, 12}, {2025, 15}};
    std::unique_ptr<QChartView> chart(HomeCharts::victimsByYear(years, nullptr));
    CHECK(chart->chart()->backgroundBrush().color() == p.color(QPalette::Base));
    for (QAbstractAxis* axis : chart->chart()->axes())
        CHECK(Appearance::contrast(axis->labelsBrush().color(), p.color(QPalette::Base)) >= 7);
    auto* bars = qobject_cast<QAbstractBarSeries*>(chart->chart()->series().first());
    REQUIRE(bars);
    QBarSet* set = bars->barSets().first();
    CHECK(Appearance::contrast(set->color(), p.color(QPalette::Base)) >= 7);
    CHECK(Appearance::contrast(set->labelColor(), set->color()) >= 7);
    // And on the usual palette the tiles keep their blue.
    Appearance::setHighContrast(false, false);
    FigureTile usual(QStringLiteral("victims identified"));
    CHECK(usual.findChildren<QLabel*>().first()->styleSheet().contains(QStringLiteral("#1f5fa8")));
}

TEST_CASE("the window and the forms fit a full-HD screen at 200 %", "[gui][accessibility]")
{
    const QSize room(960, 540); // 1920×1080 at QT_SCALE_FACTOR=2, in the logical pixels Qt lays out in
    TempStore s;
    importSmall(s.store());
    MainWindow window(s.store());
    window.setBackupOnExit(false);
    window.show();
    for (int m = 0; m < MainWindow::ModuleCount; ++m) {
        window.showModule(MainWindow::Module(m));
        INFO("module " << m << " needs " << window.minimumSizeHint().width() << "×"
                       << window.minimumSizeHint().height());
        CHECK(window.minimumSizeHint().width() <= room.width());
        CHECK(window.minimumSizeHint().height() <= room.height());
        // At that size a page wider than the room left scrolls; it is never squeezed below its need.
        window.resize(room);
        settle();
        QWidget* page = window.module(MainWindow::Module(m));
        CHECK(page->isVisible());
        CHECK(page->width() >= page->minimumSizeHint().width());
        CHECK(page->height() >= page->minimumSizeHint().height());
    }
    for (int k = int(FormKind::Identification); k <= int(FormKind::FundedProject); ++k) {
        RecordDialog* dialog = RecordDialogs::open(s.store(), FormKind(k), 0, nullptr);
        REQUIRE(dialog);
        INFO("form " << k << " needs " << dialog->minimumSizeHint().width() << "×"
                     << dialog->minimumSizeHint().height());
        CHECK(dialog->minimumSizeHint().width() <= room.width());
        CHECK(dialog->minimumSizeHint().height() <= room.height());
        dialog->reject();
        settle();
    }
}

TEST_CASE("on the high-contrast palette an unchecked box and radio button can be seen", "[gui][accessibility]")
{
    struct Back
    {
        ~Back() { Appearance::setHighContrast(false, false); }
    } back;
    Appearance::setHighContrast(true, false);
    const QColor window = QApplication::palette().color(QPalette::Window);
    // The strongest contrast with the window inside the indicator: its frame, if it has one.
    const auto strongest = [&](QAbstractButton& button, QStyle::SubElement indicator) {
        button.resize(button.sizeHint());
        const QImage image = button.grab().toImage();
        QStyleOptionButton option;
        option.initFrom(&button);
        option.text = button.text();
        const QRect r = button.style()->subElementRect(indicator, &option, &button) & image.rect();
        double best = 1;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                best = std::max(best, Appearance::contrast(image.pixelColor(x, y), window));
        return best;
    };
    QCheckBox box(QStringLiteral("exploatare sexuală"));
    QRadioButton radio(QStringLiteral("principală"));
    CHECK_FALSE(box.isChecked());
    CHECK_FALSE(radio.isChecked());
    CHECK(strongest(box, QStyle::SE_CheckBoxIndicator) >= 3);
    CHECK(strongest(radio, QStyle::SE_RadioButtonIndicator) >= 3);
}
