#include "DemoStoreDialog.h"

#include "core/Clock.h"
#include "gui/common/Appearance.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/ButtonTexts.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/NewPassword.h"
#include "gui/home/DemoStore.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "ui_DemoStoreDialog.h"

#include <QDir>
#include <QPushButton>

namespace reper {

DemoStoreDialog::DemoStoreDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::DemoStoreDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Try the demo data"));
    ButtonTexts::apply(m_ui->buttons);
    m_make = m_ui->buttons->addButton(tr("&Make the demo store"), QDialogButtonBox::ActionRole);
    m_open = m_ui->buttons->addButton(tr("&Open it now"), QDialogButtonBox::AcceptRole);
    m_open->setVisible(false);
    m_ui->hint->setStyleSheet(Appearance::quietTextStyle(this));
    m_ui->path->setText(QDir::toNativeSeparators(DemoStore::suggestedPath(store.path())));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_make, &QPushButton::clicked, this, &DemoStoreDialog::make);
    connect(m_open, &QPushButton::clicked, this, [this] {
        Q_EMIT openRequested(m_made, m_store.user().name);
        accept();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialogs::saveFile(this, tr("The demo store"), path(), tr("Reper stores (*.reper)"));
        if (!chosen.isEmpty())
            setPath(chosen);
    });
    for (QLineEdit* edit : {m_ui->path, m_ui->password, m_ui->repeat})
        connect(edit, &QLineEdit::textChanged, this, &DemoStoreDialog::validate);
    validate();
}

DemoStoreDialog::~DemoStoreDialog() = default;

QString DemoStoreDialog::path() const { return QDir::fromNativeSeparators(m_ui->path->text().trimmed()); }

void DemoStoreDialog::setPath(const QString& path) { m_ui->path->setText(QDir::toNativeSeparators(path)); }

void DemoStoreDialog::validate()
{
    std::optional<QString> problem;
    if (path().isEmpty())
        problem = tr("Choose where the demo store goes.");
    else
        problem = NewPassword::problem(m_ui->password->text(), m_ui->repeat->text(), m_store.user().name);
    m_ui->hint->setText(problem.value_or(QString()));
    m_make->setEnabled(!problem && !m_job && m_made.isEmpty());
}

Job* DemoStoreDialog::make()
{
    validate();
    if (!m_make->isEnabled())
        return nullptr;
    const QString target = path();
    const QString current = m_store.path();
    const QString user = m_store.user().name;
    const QString password = m_ui->password->text();
    const Clock& clock = m_store.clock();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->path), static_cast<QWidget*>(m_ui->browseButton),
                       static_cast<QWidget*>(m_ui->password), static_cast<QWidget*>(m_ui->repeat)})
        w->setEnabled(false);
    m_make->setEnabled(false);
    m_ui->banner->clear();
    m_job = AsyncTask::run(
        this,
        [=, &clock](JobControl& control) {
            return DemoStore::make(target, current, user, password, clock, [&control](qint64 thousandths) {
                control.setProgress(thousandths);
                return !control.cancelled();
            });
        },
        [this, target](Status& s) {
            if (s) {
                m_made = target;
                m_ui->banner->showMessage(tr("The demo store is ready: %1. Open it now to look around; your store "
                                             "stays as it is, and you can come back to it from the start dialog.")
                                              .arg(QDir::toNativeSeparators(target)),
                                          MessageBanner::Kind::Success);
                m_open->setVisible(true);
                m_open->setDefault(true);
                m_open->setFocus();
            } else {
                m_ui->banner->showMessage(s.error().message,
                                          s.error().cancelled ? MessageBanner::Kind::Information
                                                              : MessageBanner::Kind::Error);
                for (QWidget* w : {static_cast<QWidget*>(m_ui->path), static_cast<QWidget*>(m_ui->browseButton),
                                   static_cast<QWidget*>(m_ui->password), static_cast<QWidget*>(m_ui->repeat)})
                    w->setEnabled(true);
            }
            validate();
        });
    m_ui->progress->track(m_job, tr("Making the demo store…"), 1000, ProgressPanel::Count::Thousandths);
    return m_job;
}

} // namespace reper
