#pragma once
// Shows a new store's recovery key once (ui/RecoveryKeyDialog.ui), says plainly to print it or
// keep it offline, and offers to print it or save it to a file. "Continue" is enabled only after
// the user says the key is kept.
#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class RecoveryKeyDialog;
}

namespace reper {

class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryKeyDialog(const QString& recoveryKey, const QString& storePath, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    QString keyText() const;
    // The key as the dialog shows it, one string per line.
    QStringList shownLines() const;
    static constexpr int kGroupsPerLine = 7;
    // Writes the key with a few lines of explanation to a file (mode 0600); true on success.
    bool saveTo(const QString& path);

public Q_SLOTS:
    void reject() override; // only through Continue

private:
    QString sheet() const; // the text that is printed or saved
    void print();
    std::unique_ptr<Ui::RecoveryKeyDialog> m_ui;
    QString m_key;
    QString m_storePath;
};

} // namespace reper
