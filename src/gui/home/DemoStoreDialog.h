#pragma once
// Home → Try the demo data… (ui/DemoStoreDialog.ui): where the separate demo store goes and its
// password (typed twice, the rule of every new password); makes it in the background (DemoStore)
// with a progress bar and Cancel, then offers to open it — which closes the store in use.
#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class DemoStoreDialog;
}

class QPushButton;

namespace reper {

class Job;
class Store;

class DemoStoreDialog : public QDialog
{
    Q_OBJECT
public:
    DemoStoreDialog(Store& store, QWidget* parent = nullptr);
    ~DemoStoreDialog() override;

    QString path() const;
    void setPath(const QString& path);
    QPushButton* makeButton() const { return m_make; }
    QPushButton* openButton() const { return m_open; }
    // Starts making the store (as the Make button does); null when the fields are not ready.
    Job* make();

Q_SIGNALS:
    // The demo store is made and the user chose to open it (as `user`).
    void openRequested(const QString& path, const QString& user);

private:
    void validate();
    Store& m_store;
    std::unique_ptr<Ui::DemoStoreDialog> m_ui;
    QPushButton* m_make = nullptr;
    QPushButton* m_open = nullptr;
    QPointer<Job> m_job;
    QString m_made;
};

} // namespace reper
