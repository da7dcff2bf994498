// Romanian by default, English selectable: every text of the window and of the messages below it
// is translated and finished, placeholders kept; the Romanian window shows Romanian words, Qt's
// standard buttons included.
#include "gui/GuiTestSupport.h"
#include "gui/common/UiLanguage.h"
#include "gui/forms/RecordDialog.h"
#include "gui/forms/RecordDialogs.h"
#include "gui/forms/RecordForm.h"
#include "gui/lists/ListModule.h"
#include "gui/lists/RecordListPage.h"
#include "gui/shell/MainWindow.h"
#include "gui/widgets/ExploitationPicker.h"
#include "gui/widgets/FieldHints.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "support/TestSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDomDocument>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

struct Restore
{
    ~Restore() { UiLanguage::install(Language::English); }
};

QStringList placeholders(const QString& text)
{
    QStringList out;
    const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

TEST_CASE("the Romanian translations are complete and keep every placeholder", "[gui][translations]")
{
    for (const char* name : {"reper_ro.ts", "messages_ro.ts", "qt_ro.ts"}) {
        QFile file(QStringLiteral(REPER_SOURCE_DIR "/resources/translations/") + QLatin1String(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QDomDocument doc;
        REQUIRE(doc.setContent(&file));
        const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
        INFO(name);
        CHECK(messages.count() > 100);
        for (int i = 0; i < messages.count(); ++i) {
            const QDomElement m = messages.at(i).toElement();
            const QString source = m.firstChildElement(QStringLiteral("source")).text();
            const QDomElement t = m.firstChildElement(QStringLiteral("translation"));
            INFO(source.toStdString());
            CHECK(t.attribute(QStringLiteral("type")) != QStringLiteral("unfinished"));
            CHECK(t.attribute(QStringLiteral("type")) != QStringLiteral("vanished"));
            if (m.attribute(QStringLiteral("numerus")) == QStringLiteral("yes")) {
                const QDomNodeList forms = t.elementsByTagName(QStringLiteral("numerusform"));
                CHECK(forms.count() == 3); // Romanian: one; few; "de" many
                for (int f = 0; f < forms.count(); ++f)
                    CHECK(placeholders(forms.at(f).toElement().text()) == placeholders(source));
            } else {
                CHECK_FALSE(t.text().isEmpty());
                CHECK(placeholders(t.text()) == placeholders(source));
            }
        }
    }
}

TEST_CASE("the Romanian window speaks Romanian, standard buttons and messages included", "[gui][translations]")
{
    Restore restore;
    UiLanguage::install(Language::Romanian);
    TempStore s;
    importSmall(s.store());
    MainWindow window(s.store());
    window.setBackupOnExit(false);
    window.show();
    QStringList modules;
    for (int i = 0; i < window.moduleList()->count(); ++i)
        modules << window.moduleList()->item(i)->text();
    CHECK(modules
          == QStringList{QString::fromUtf8("Acasă"), QString::fromUtf8("Astăzi"), QStringLiteral("Victime"),
                         QString::fromUtf8("Asistență"), QStringLiteral("Repatrieri"),
                         QStringLiteral("Proceduri judiciare"), QStringLiteral("Prevenire"),
                         QStringLiteral("Cooperare"), QStringLiteral("Rapoarte"), QStringLiteral("Calitatea datelor"),
                         QStringLiteral("Administrare")});
    window.showModule(MainWindow::Assistance);
    auto* module = qobject_cast<ListModule*>(window.module(MainWindow::Assistance));
    REQUIRE(module);
    CHECK(module->page(ListKind::Assistance)->model()->headerData(0, Qt::Horizontal).toString()
          == QString::fromUtf8("Început"));
    RecordDialog* dialog
        = module->openRecord(ListKind::Assistance, module->page(ListKind::Assistance)->model()->idAt(0));
    REQUIRE(dialog);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    CHECK(buttons->button(QDialogButtonBox::Save)->text() == QString::fromUtf8("Salvează"));
    CHECK(buttons->button(QDialogButtonBox::Cancel)->text() == QString::fromUtf8("Renunță"));
    dialog->findChild<OptionalDateEdit*>(QStringLiteral("startDate"))->setValue(QDate(2024, 5, 10));
    dialog->findChild<OptionalDateEdit*>(QStringLiteral("endDate"))->setValue(QDate(2024, 5, 1));
    CHECK(dialog->form()->hints().hint(QStringLiteral("end_date"))->text()
          == QString::fromUtf8("se încheie cu 9 zile înainte de a începe"));
    dialog->form()->setModified(false);
    dialog->reject();
    // Month names inside messages are translated too.
    CHECK(QCoreApplication::translate("CivilDate", "February") == QStringLiteral("februarie"));
}

TEST_CASE("the Romanian banner names fields as the form shows them, never by their file names", "[gui][translations]")
{
    Restore restore;
    UiLanguage::install(Language::Romanian);
    TempStore s;
    importSmall(s.store());
    // Every field of every record form has the label the user sees.
    for (int k = int(FormKind::Identification); k <= int(FormKind::FundedProject); ++k) {
        std::unique_ptr<RecordForm> form(RecordDialogs::createForm(s.store(), FormKind(k)));
        for (const QString& field : form->hints().fields()) {
            INFO("form " << k << " field " << field.toStdString() << " labelled "
                         << form->hints().label(field).toStdString());
            CHECK(form->hints().label(field) != field);
            CHECK_FALSE(form->hints().label(field).contains(QLatin1Char('_')));
        }
    }
    // What the new user saw: an identification without a form of exploitation.
    RecordDialog* dialog
        = RecordDialogs::open(s.store(), FormKind::Identification,
                              *s->db().queryInt(QStringLiteral("SELECT min(id) FROM identification")), nullptr);
    REQUIRE(dialog);
    auto* picker = child<ExploitationPicker>(dialog, "exploitation");
    for (QCheckBox* check : picker->findChildren<QCheckBox*>())
        check->setChecked(false);
    dialog->form()->hints().touchAll();
    Q_EMIT dialog->form()->changed();
    CHECK(dialog->banner()->text() == QString::fromUtf8("Verificați: Forme de exploatare."));
    dialog->form()->setModified(false);
    dialog->reject();
}
