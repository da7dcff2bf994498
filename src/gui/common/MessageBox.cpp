#include "MessageBox.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

namespace reper {

namespace {
bool g_quiet = false;
QList<MessageBox::Answer> g_answers;
QStringList g_shown;
} // namespace

void MessageBox::setQuiet(bool quiet) { g_quiet = quiet; }
void MessageBox::queueAnswer(Answer answer) { g_answers << answer; }
QStringList MessageBox::shown() { return g_shown; }
void MessageBox::clearShown()
{
    g_shown.clear();
    g_answers.clear();
}

MessageBox::Answer MessageBox::ask(QWidget* parent, int icon, const QString& title, const QString& text,
                                   const QList<QPair<Answer, QString>>& buttons, const QString& details)
{
    g_shown << text;
    if (!g_answers.isEmpty())
        return g_answers.takeFirst();
    if (g_quiet)
        return buttons.size() > 1 ? Answer::Reject : buttons.first().first;
    QMessageBox box(QMessageBox::Icon(icon), title, text, QMessageBox::NoButton, parent);
    if (!details.isEmpty()) {
        box.setInformativeText(details);
    }
    QList<QPair<QAbstractButton*, Answer>> made;
    for (const auto& [answer, label] : buttons) {
        const auto role = answer == Answer::Accept ? QMessageBox::AcceptRole
            : answer == Answer::Discard            ? QMessageBox::DestructiveRole
                                                   : QMessageBox::RejectRole;
        made << qMakePair(static_cast<QAbstractButton*>(box.addButton(label, role)), answer);
    }
    // The safe choice is the default: keep editing, do not delete.
    for (const auto& [button, answer] : made)
        if (answer == Answer::Reject || made.size() == 1)
            box.setDefaultButton(static_cast<QPushButton*>(button));
    box.exec();
    for (const auto& [button, answer] : made)
        if (box.clickedButton() == button)
            return answer;
    return Answer::Reject;
}

bool MessageBox::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText)
{
    return ask(parent, QMessageBox::Warning, title, text,
               {{Answer::Accept, acceptText}, {Answer::Reject, tr("Cancel")}}, {})
        == Answer::Accept;
}

MessageBox::Answer MessageBox::unsavedChanges(QWidget* parent)
{
    return ask(
        parent, QMessageBox::Question, tr("Unsaved changes"), tr("This record has changes that are not saved yet."),
        {{Answer::Accept, tr("Save")}, {Answer::Discard, tr("Discard changes")}, {Answer::Reject, tr("Keep editing")}},
        {});
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    ask(parent, QMessageBox::Information, title, text, {{Answer::Accept, tr("OK")}}, details);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    ask(parent, QMessageBox::Warning, title, text, {{Answer::Accept, tr("OK")}}, details);
}

} // namespace reper
