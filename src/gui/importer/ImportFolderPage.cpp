#include "ImportFolderPage.h"

#include "core/ImportFormat.h"
#include "gui/common/FileDialogs.h"
#include "ui_ImportFolderPage.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace reper {

ImportFolderPage::ImportFolderPage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportFolderPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Choose the folder"));
    m_ui->folder->setText(QSettings().value(QStringLiteral("import/lastFolder")).toString());
    connect(m_ui->folder, &QLineEdit::textChanged, this, &ImportFolderPage::scan);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString dir = FileDialogs::folder(this, tr("Folder of CSV files"), folder());
        if (!dir.isEmpty())
            setFolder(dir);
    });
    scan();
}

ImportFolderPage::~ImportFolderPage() = default;

QString ImportFolderPage::folder() const { return QDir::fromNativeSeparators(m_ui->folder->text().trimmed()); }

void ImportFolderPage::setFolder(const QString& folder) { m_ui->folder->setText(QDir::toNativeSeparators(folder)); }

void ImportFolderPage::scan()
{
    m_found.clear();
    m_ui->files->clear();
    const QDir dir(folder());
    if (folder().isEmpty() || !dir.exists()) {
        m_ui->note->setText(folder().isEmpty() ? QString() : tr("There is no such folder."));
        Q_EMIT completeChanged();
        return;
    }
    QStringList others;
    for (const QString& name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        if (ImportFormat::byFileName(name))
            m_found << name;
        else
            others << name;
    }
    for (const ImportFileFormat& f : ImportFormat::files())
        if (m_found.contains(f.fileName))
            m_ui->files->addItem(QStringLiteral("✓ ") + f.fileName);
    QString note;
    if (m_found.isEmpty())
        note = tr("None of the import files is in this folder (victims.csv, assistance.csv, …).");
    if (!others.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("Not import files, and not read: %1.").arg(others.join(QStringLiteral(", ")));
    m_ui->note->setText(note);
    Q_EMIT completeChanged();
}

bool ImportFolderPage::isComplete() const { return !m_found.isEmpty(); }

} // namespace reper
