#pragma once
// File → Make headquarters' keys (issue 9): what `reper-cli package keygen --out HQ` does, from the
// window. A folder and a name give NAME.pub (for the centres) and NAME.key (the secret half sealed
// with the password typed twice, kept at headquarters); neither is ever written over an existing
// file. The pair is made in the background (the password's key derivation takes a moment) and its
// fingerprint is shown, to be read to the centres by telephone.
#include "gui/common/AsyncTask.h"
#include "storage/package/HqKeys.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace reper {

class PathField;
class ProgressPanel;

class HqKeysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HqKeysDialog(QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    QPushButton* makeButton() const { return m_make; }
    Job* makeNow();
    Job* job() const { return m_job; }
    QString resultText() const;

private:
    void validate();
    QString base() const; // the folder and name, without .pub/.key

    PathField* m_folder;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    ProgressPanel* m_progress;
    QLabel* m_result;
    QPushButton* m_make;
    QPointer<Job> m_job;
};

} // namespace reper
