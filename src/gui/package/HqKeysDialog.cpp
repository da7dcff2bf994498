#include "HqKeysDialog.h"

#include "core/platform/Platform.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/JobOutcome.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PathField.h"
#include "gui/widgets/ProgressPanel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace reper {

namespace {

constexpr int kMinimumPassword = 12; // HqKeys::generate's rule, said before the work starts

} // namespace

HqKeysDialog::HqKeysDialog(QWidget* parent)
    : QDialog(parent)
    , m_folder(new PathField(PathField::Kind::Folder, tr("&Browse…"), QStringLiteral("folder"),
                             QStringLiteral("browse"), this))
    , m_name(new QLineEdit(QStringLiteral("HQ"), this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_progress(new ProgressPanel(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Make headquarters' keys"));
    m_folder->setChooser(tr("Folder for headquarters' keys"));
    m_name->setObjectName(QStringLiteral("name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_result->setObjectName(QStringLiteral("result"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);

    auto* intro = new QLabel(tr("Headquarters' key pair for centre packages: NAME.pub is given to every centre, "
                                "NAME.key stays at headquarters, sealed with the password below. Without the key "
                                "file and its password no package sent to headquarters can be opened."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    m_problem->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_make = buttons->addButton(tr("&Make the keys"), QDialogButtonBox::ActionRole);
    m_make->setObjectName(QStringLiteral("makeButton"));
    m_make->setDefault(true);
    buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_make, &QPushButton::clicked, this, [this] { makeNow(); });
    connect(m_folder, &PathField::changed, this, &HqKeysDialog::validate);
    for (QLineEdit* edit : {m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &HqKeysDialog::validate);
    validate();
}

void HqKeysDialog::setFolder(const QString& folder) { m_folder->setPath(folder); }

QString HqKeysDialog::resultText() const { return m_result->isVisible() ? m_result->text() : QString(); }

QString HqKeysDialog::base() const { return QDir(m_folder->path()).filePath(m_name->text().trimmed()); }

void HqKeysDialog::validate()
{
    QString problem;
    if (!m_password->text().isEmpty() && m_password->text().size() < kMinimumPassword)
        problem = tr("The password needs at least %1 characters.").arg(kMinimumPassword);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        problem = tr("The two passwords differ.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_make->setEnabled(!m_folder->isEmpty() && !m_name->text().trimmed().isEmpty()
                       && m_password->text().size() >= kMinimumPassword && m_repeat->text() == m_password->text()
                       && !m_job);
}

Job* HqKeysDialog::makeNow()
{
    if (!m_make->isEnabled())
        return nullptr;
    const QString publicPath = base() + QStringLiteral(".pub");
    const QString secretPath = base() + QStringLiteral(".key");
    for (const QString& path : {publicPath, secretPath})
        if (QFileInfo::exists(path)) {
            MessageBox::warning(
                this, windowTitle(),
                tr("%1 exists: a headquarters key is never written over.").arg(QDir::toNativeSeparators(path)));
            return nullptr;
        }
    m_result->hide();
    m_job = AsyncTask::run(
        this,
        [password = m_password->text(), publicPath, secretPath](JobControl&) -> Result<HqPublicKey> {
            auto files = HqKeys::generate(password);
            if (!files)
                return files.error();
            if (auto s = writeFileAtomically(secretPath, files->secretFile); !s)
                return s.error();
            if (auto s = writeFileAtomically(publicPath, files->publicFile); !s)
                return s.error();
            return files->key;
        },
        [this, publicPath, secretPath](Result<HqPublicKey>& key) {
            m_job = nullptr;
            validate();
            if (!JobOutcome::succeeded(this, windowTitle(), key))
                return;
            m_password->clear();
            m_repeat->clear();
            m_result->setText(tr("Headquarters' key %1, fingerprint %2.\nGive %3 to the centres; keep %4 at "
                                 "headquarters.")
                                  .arg(key->id, key->fingerprint(), QDir::toNativeSeparators(publicPath),
                                       QDir::toNativeSeparators(secretPath)));
            m_result->show();
        });
    m_progress->track(m_job, tr("Making the keys…"));
    m_progress->cancelButton()->hide(); // a moment's work, done at once
    validate();
    return m_job;
}

} // namespace reper
