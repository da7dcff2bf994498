#pragma once
// The few real questions and messages of the window go through here (KeePassXC's MessageBox):
// the button texts are our own translated words (Qt has no Romanian for its standard buttons),
// and tests can pre-answer questions and read the messages instead of seeing a dialog.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace reper {

class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    enum class Answer { Accept, Discard, Reject };

    // A question with a consequence ("Delete this record?"): true when the user chose acceptText.
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText);
    // Unsaved changes: Accept = save, Discard = throw them away, Reject = keep editing.
    static Answer unsavedChanges(QWidget* parent);
    static void information(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = {});

    // For tests: quiet mode shows no dialog; questions take the queued answers in order (Reject
    // when none is queued) and every text is recorded.
    static void setQuiet(bool quiet);
    static void queueAnswer(Answer answer);
    static QStringList shown();
    static void clearShown();

private:
    static Answer ask(QWidget* parent, int icon, const QString& title, const QString& text,
                      const QList<QPair<Answer, QString>>& buttons, const QString& details);
};

} // namespace reper
