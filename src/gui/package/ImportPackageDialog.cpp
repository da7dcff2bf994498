#include "ImportPackageDialog.h"

#include "gui/common/AsyncTask.h"
#include "gui/common/JobOutcome.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PathField.h"
#include "gui/common/StoreJob.h"
#include "gui/widgets/ProgressPanel.h"
#include "storage/Store.h"
#include "storage/package/HqKeys.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace reper {

namespace {

Result<QByteArray> readWhole(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ImportPackageDialog::tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)));
    return f.readAll();
}

} // namespace

ImportPackageDialog::ImportPackageDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_package(new PathField(PathField::Kind::OpenFile, tr("&Browse…"), QStringLiteral("package"),
                              QStringLiteral("browsePackage"), this))
    , m_key(new PathField(PathField::Kind::OpenFile, tr("B&rowse…"), QStringLiteral("key"), QStringLiteral("browseKey"),
                          this))
    , m_password(new QLineEdit(this))
    , m_conflictsBox(new QGroupBox(tr("Records changed at headquarters since the last package"), this))
    , m_conflictsNote(new QLabel(m_conflictsBox))
    , m_conflicts(new QTreeWidget(m_conflictsBox))
    , m_preferCentre(new QRadioButton(tr("Take the c&entre's version"), m_conflictsBox))
    , m_preferHq(new QRadioButton(tr("Keep &headquarters' version"), m_conflictsBox))
    , m_prefer(new QButtonGroup(this))
    , m_progress(new ProgressPanel(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Import a centre package"));
    m_package->setChooser(tr("Choose the centre's package"), tr("Centre packages (*.reperpkg);;All files (*)"));
    m_key->setChooser(tr("Choose headquarters' key"), tr("Headquarters' key (*.key);;All files (*)"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_conflictsBox->setObjectName(QStringLiteral("conflictsBox"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_preferCentre->setObjectName(QStringLiteral("preferCentre"));
    m_preferHq->setObjectName(QStringLiteral("preferHeadquarters"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_result->setObjectName(QStringLiteral("result"));

    auto* intro = new QLabel(tr("A package a centre made with File → Export a centre package, sealed to this "
                                "headquarters' key. Headquarters' copy of that centre becomes equal to the centre's: "
                                "new records are added, edited ones updated, deleted ones deleted — all or nothing."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Package:"), m_package);
    form->addRow(tr("Headquarters' &key (HQ.key):"), m_key);
    form->addRow(tr("Key pass&word:"), m_password);

    m_conflictsNote->setWordWrap(true);
    m_conflicts->setColumnCount(3);
    m_conflicts->setHeaderLabels({tr("Kind"), tr("Record"), tr("What happened")});
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflicts->header()->setStretchLastSection(true);
    m_prefer->addButton(m_preferCentre);
    m_prefer->addButton(m_preferHq);
    auto* boxLayout = new QVBoxLayout(m_conflictsBox);
    boxLayout->addWidget(m_conflictsNote);
    boxLayout->addWidget(m_conflicts);
    boxLayout->addWidget(m_preferCentre);
    boxLayout->addWidget(m_preferHq);
    m_conflictsBox->hide();

    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setFrameShape(QFrame::StyledPanel);
    m_result->setMargin(8);
    m_result->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    m_import->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_conflictsBox, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] { importNow(); });
    for (PathField* field : {m_package, m_key})
        connect(field, &PathField::changed, this, &ImportPackageDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &ImportPackageDialog::validate);
    connect(m_prefer, &QButtonGroup::buttonToggled, this, &ImportPackageDialog::validate);
    validate();
}

bool ImportPackageDialog::permitted(Store& store)
{
    for (const Center& c : store.reference().centers())
        if (PackageImport(store).permits(c.code))
            return true;
    return false;
}

void ImportPackageDialog::setPackage(const QString& path) { m_package->setPath(path); }

void ImportPackageDialog::setKey(const QString& path) { m_key->setPath(path); }

QString ImportPackageDialog::resultText() const { return m_result->isVisible() ? m_resultPlain : QString(); }

void ImportPackageDialog::validate()
{
    const bool filled = !m_package->isEmpty() && !m_key->isEmpty() && !m_password->text().isEmpty();
    // With conflicts listed, the import goes on only once a side is chosen.
    const bool chosen = m_conflictsBox->isHidden() || m_prefer->checkedButton() != nullptr;
    m_import->setEnabled(filled && chosen && !m_job);
}

Job* ImportPackageDialog::importNow()
{
    if (!m_import->isEnabled())
        return nullptr;
    const QString packagePath = m_package->path();
    const QString keyPath = m_key->path();
    const QString password = m_password->text();
    PackagePreference prefer = PackagePreference::None;
    if (m_conflictsBox->isVisible())
        prefer = m_preferCentre->isChecked() ? PackagePreference::Centre : PackagePreference::Headquarters;
    m_result->hide();
    // Transactional work: Cancel stops it half way and the transaction leaves nothing behind.
    m_job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::Queries,
        [packagePath, keyPath, password, prefer](Store& connection, JobControl&) -> Result<PackageImportResult> {
            auto file = readWhole(packagePath);
            if (!file)
                return file.error();
            auto secret = readWhole(keyPath);
            if (!secret)
                return secret.error();
            auto pair = HqKeys::openSecret(*secret, password);
            if (!pair)
                return pair.error();
            return PackageImport(connection).run(*file, *pair, prefer);
        },
        [this](Result<PackageImportResult>& done) { finish(done); });
    m_progress->track(m_job, tr("Importing the package…"));
    validate();
    return m_job;
}

void ImportPackageDialog::finish(Result<PackageImportResult>& done)
{
    m_job = nullptr;
    validate();
    if (!JobOutcome::succeeded(this, tr("Import a centre package"), done))
        return;
    if (!done->imported) {
        showConflicts(*done);
        return;
    }
    m_conflictsBox->hide();
    showResult(*done);
    validate();
    m_import->setEnabled(false); // this package is in; another needs the dialog again
    Q_EMIT imported();
}

void ImportPackageDialog::showConflicts(const PackageImportResult& done)
{
    m_conflicts->clear();
    for (const PackageConflict& c : done.conflicts) {
        const QString what = c.deletedByCentre ? tr("changed at headquarters, deleted by the centre")
            : c.deletedAtHq                    ? tr("deleted at headquarters, sent by the centre")
                                               : tr("changed at headquarters and sent by the centre");
        new QTreeWidgetItem(m_conflicts, {kindName(c.kind), c.code.isEmpty() ? c.uuid : c.code, what});
    }
    m_conflictsNote->setText(tr("%n record(s) of %1 were changed at headquarters since the last package. Nothing "
                                "was imported. Choose which version to keep, then import again.",
                                "", int(done.conflicts.size()))
                                 .arg(done.center));
    m_prefer->setExclusive(false);
    m_preferCentre->setChecked(false);
    m_preferHq->setChecked(false);
    m_prefer->setExclusive(true);
    m_conflictsBox->show();
    m_import->setText(tr("&Import with this choice"));
    validate();
}

void ImportPackageDialog::showResult(const PackageImportResult& done)
{
    const PackagePlanCounts& n = done.counts;
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    const auto key = [](const QString& fingerprint) { return QStringLiteral("<tt>%1</tt>").arg(fingerprint); };
    const QDateTime made = QDateTime::fromString(done.createdAt, Qt::ISODate);
    const QString when
        = made.isValid() ? made.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : done.createdAt;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>")
                 .arg(esc(tr("Package %1 of %2, made %3, was imported.").arg(done.sequence).arg(done.center, when)));
    lines << esc(tr("Added %1, updated %2, deleted %3, unchanged %4.")
                     .arg(n.added)
                     .arg(n.updated)
                     .arg(n.deleted)
                     .arg(n.unchanged));
    if (n.keptHeadquarters > 0)
        lines << esc(tr("Kept as headquarters had them: %1.").arg(n.keptHeadquarters));
    if (n.references > 0)
        lines << esc(tr("Other centres' records added because these refer to them: %1.").arg(n.references));
    if (done.identityCarried)
        lines << esc(tr("Identity of %n victim(s) written.", "", done.identitiesChanged));
    if (done.merges.added > 0 || done.merges.removed > 0)
        lines << esc(tr("Merges of two victim codes: %1 added, %2 undone by the centre.")
                         .arg(done.merges.added)
                         .arg(done.merges.removed));
    if (done.merges.skipped > 0)
        lines << esc(tr("%n merge(s) of the centre left out: their victims are in another merge here.", "",
                        done.merges.skipped));
    lines << esc(tr("Signed by the key %1.")).arg(key(done.signerFingerprint));
    if (!done.introduced.isEmpty()) {
        QStringList keys;
        for (const QString& fingerprint : done.introduced)
            keys << key(fingerprint);
        lines << esc(tr("Signing keys of %1 introduced now:").arg(done.center)) + QStringLiteral("<br>&nbsp;&nbsp;")
                + keys.join(QStringLiteral("<br>&nbsp;&nbsp;"));
    }
    if (done.firstPackage)
        lines << QStringLiteral("<b>%1</b>")
                     .arg(esc(tr("This is the first package of %1: read these fingerprints to the centre by telephone. "
                                 "Later packages must be signed by one of these keys.")
                                  .arg(done.center)));
    m_result->setText(lines.join(QStringLiteral("<br>")));
    m_resultPlain = QTextDocumentFragment::fromHtml(m_result->text()).toPlainText();
    m_result->show();
}

QString ImportPackageDialog::kindName(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("victim"), QT_TR_NOOP("Victim")},
        {QStringLiteral("identification"), QT_TR_NOOP("Identification")},
        {QStringLiteral("victim_case"), QT_TR_NOOP("Case")},
        {QStringLiteral("assistance"), QT_TR_NOOP("Assistance")},
        {QStringLiteral("monitoring_contact"), QT_TR_NOOP("Monitoring contact")},
        {QStringLiteral("repatriation"), QT_TR_NOOP("Repatriation")},
        {QStringLiteral("judicial"), QT_TR_NOOP("Criminal proceeding")},
        {QStringLiteral("campaign"), QT_TR_NOOP("Campaign")},
        {QStringLiteral("prevention_activity"), QT_TR_NOOP("Prevention activity")},
        {QStringLiteral("protocol"), QT_TR_NOOP("Protocol")},
        {QStringLiteral("action_plan"), QT_TR_NOOP("Action plan")},
        {QStringLiteral("team_meeting"), QT_TR_NOOP("Team meeting")},
        {QStringLiteral("training"), QT_TR_NOOP("Training")},
        {QStringLiteral("event"), QT_TR_NOOP("Event")},
        {QStringLiteral("funded_project"), QT_TR_NOOP("Funded project")},
    };
    const char* name = names.value(kind);
    return name ? tr(name) : kind;
}

} // namespace reper
