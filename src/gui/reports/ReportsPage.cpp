#include "ReportsPage.h"

#include "core/Clock.h"
#include "core/platform/Platform.h"
#include "gui/common/AsyncTask.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/reports/ExplainDialog.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/ProgressPanel.h"
#include "report/BilantTemplate.h"
#include "report/DocumentBuilder.h"
#include "report/PdfRenderer.h"
#include "report/ReportSource.h"
#include "report/TextDocumentBuilder.h"
#include "report/YearClosing.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/figures/ClosedYearRepository.h"
#include "ui_ReportsPage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace reper {

ReportsPage::ReportsPage(Store& store, QWidget* parent)
    : ModulePage(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::ReportsPage>())
{
    m_ui->setupUi(this);
    const int thisYear = store.clock().today().year();
    for (int y = thisYear; y >= thisYear - 20; --y)
        m_ui->year->addItem(QString::number(y), y);
    m_ui->year->setCurrentIndex(1); // the bilanț is of the year that has ended
    QList<QPair<QString, QString>> scopes;
    const AccessPolicy access = store.access();
    if (access.canSeeFigures(QStringLiteral("national")))
        scopes << qMakePair(QStringLiteral("national"), tr("National"));
    for (const Center& c : store.reference().centers())
        if (access.canSeeFigures(c.code))
            scopes << qMakePair(c.code, Labels::center(store.reference(), c.code));
    m_ui->scope->setItems(scopes, tr("(choose)"));
    m_mayClose = access.canCloseYear(QStringLiteral("national"));
    for (const Center& c : store.reference().centers())
        m_mayClose = m_mayClose || access.canCloseYear(c.code);
    if (!scopes.isEmpty())
        m_ui->scope->setCode(scopes.first().first);
    m_ui->edition->setItems({{QStringLiteral("internal"), tr("internal (exact figures, confidential)")},
                             {QStringLiteral("public"), tr("public (small counts hidden)")},
                             {QStringLiteral("revised"), tr("revised (a closed year against today)")}},
                            QStringLiteral("—"));
    m_ui->edition->setCode(QStringLiteral("internal"));
    for (const QString& name : ReportFormats::names())
        m_ui->format->addItem(name.toUpper(), name);
    m_ui->format->setCurrentIndex(qMax(0, m_ui->format->findData(QStringLiteral("pdf"))));
    m_ui->preview->setOpenLinks(false);
    auto wording = BilantTemplate::load();
    if (wording)
        m_wording = std::make_unique<BilantTemplate>(*wording);
    else
        m_ui->banner->showMessage(wording.error().message, MessageBanner::Kind::Error);
    const auto publicChosen = [this] {
        const bool pub = m_ui->edition->code() == QLatin1String("public");
        m_ui->threshold->setEnabled(pub);
        m_ui->thresholdLabel->setEnabled(pub);
    };
    connect(m_ui->edition, &CodeComboBox::codeChanged, this, publicChosen);
    publicChosen();
    connect(m_ui->showButton, &QPushButton::clicked, this, &ReportsPage::generate);
    connect(m_ui->closeYearButton, &QPushButton::clicked, this, &ReportsPage::closeYear);
    connect(m_ui->checkDataButton, &QPushButton::clicked, this, &ReportsPage::checkData);
    connect(m_ui->explainButton, &QPushButton::clicked, this, &ReportsPage::explainFigure);
    connect(m_ui->scope, &CodeComboBox::codeChanged, this, &ReportsPage::updateCloseButton);
    connect(m_ui->year, &QComboBox::currentIndexChanged, this, &ReportsPage::updateCloseButton);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        if (const auto format = ReportFormats::parse(m_ui->format->currentData().toString()))
            saveAs(*format, QString());
    });
    updateButtons();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::setChoice(int year, const QString& scope, Edition edition)
{
    m_ui->year->setCurrentIndex(qMax(0, m_ui->year->findData(year)));
    m_ui->scope->setCode(scope);
    m_ui->edition->setCode(editionName(edition));
}

void ReportsPage::refresh()
{
    if (m_data)
        generate();
}

ReportOptions ReportsPage::options() const
{
    ReportOptions o;
    const QString edition = m_ui->edition->code();
    o.edition = edition == QLatin1String("public") ? Edition::Public
        : edition == QLatin1String("revised")      ? Edition::Revised
                                                   : Edition::Internal;
    o.threshold = m_ui->threshold->value();
    o.generatedAt = m_store.clock().now().toUTC();
    o.programVersion = QStringLiteral(REPER_VERSION);
    o.wording = m_wording.get();
    return o;
}

void ReportsPage::updateButtons()
{
    const bool ready = m_data.has_value() && !m_job;
    m_ui->printButton->setEnabled(ready);
    m_ui->saveButton->setEnabled(ready);
    m_ui->format->setEnabled(ready);
    m_ui->showButton->setEnabled(!m_job && !m_ui->scope->code().isEmpty() && m_wording);
    // The records behind a figure are a list of victims: for whom may list them.
    m_ui->explainButton->setVisible(m_store.access().canListVictims());
    m_ui->explainButton->setEnabled(!m_ui->scope->code().isEmpty());
    updateCloseButton();
}

QPushButton* ReportsPage::closeYearButton() const { return m_ui->closeYearButton; }

void ReportsPage::updateCloseButton()
{
    QPushButton* button = m_ui->closeYearButton;
    button->setVisible(m_mayClose);
    m_ui->checkDataButton->setVisible(m_mayClose);
    if (!m_mayClose)
        return;
    const QString scope = m_ui->scope->code();
    const int year = m_ui->year->currentData().toInt();
    m_ui->checkDataButton->setEnabled(!scope.isEmpty() && m_store.access().canCloseYear(scope) && !m_job);
    if (scope.isEmpty() || !m_store.access().canCloseYear(scope)) {
        button->setEnabled(false);
        button->setToolTip(tr("You may not close the years of this scope."));
        return;
    }
    auto latest = ClosedYearRepository(m_store).latest(year, scope);
    button->setEnabled(latest.ok() && !m_job);
    if (latest && *latest) {
        // A closed year may be closed again, as a new version, once its records were corrected.
        button->setText(tr("&Close again…"));
        button->setToolTip(tr("%1 is already closed (version %2, %3 UTC, by %4); closing again freezes today's "
                              "figures as version %5.")
                               .arg(year)
                               .arg((*latest)->version)
                               .arg((*latest)->closedAt, (*latest)->closedBy)
                               .arg((*latest)->version + 1));
        return;
    }
    button->setText(tr("&Close the year…"));
    button->setToolTip(tr("Freeze the figures of %1 as they are today.").arg(year));
}

ExplainDialog* ReportsPage::explainFigure()
{
    const QString scope = m_ui->scope->code();
    if (scope.isEmpty() || !m_store.access().canListVictims())
        return nullptr;
    auto* dialog
        = new ExplainDialog(m_store, m_ui->year->currentData().toInt(),
                            scope == QLatin1String("national") ? QString() : scope, m_ui->scope->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString ReportsPage::checkData()
{
    const QString scope = m_ui->scope->code();
    const int year = m_ui->year->currentData().toInt();
    if (m_job || scope.isEmpty() || !m_store.access().canCloseYear(scope))
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto check = checkYearClosing(m_store, year, scope == QLatin1String("national") ? QString() : scope, true, false);
    QApplication::restoreOverrideCursor();
    if (!check) {
        m_ui->banner->showMessage(check.error().message, MessageBanner::Kind::Error);
        return {};
    }
    const QString scopeName = m_ui->scope->currentText();
    QString summary;
    QStringList details;
    if (check->findings.isEmpty()) {
        summary = tr("The data-quality check found nothing to correct in %1 (%2).").arg(year).arg(scopeName);
    } else {
        summary = tr("The data-quality check of %1 (%2) found %n problem(s)", "", int(check->findings.size()))
                      .arg(year)
                      .arg(scopeName)
            + QStringLiteral("; ") + tr("%n of them would stop the closing.", "", check->blocking);
        for (const QualityFinding& f : check->findings) {
            QString line = (f.isBlocking() ? tr("blocking: ") : tr("warning: ")) + f.message;
            if (!f.examples.isEmpty())
                line += QStringLiteral(" — ") + f.examples.join(QStringLiteral(", "));
            details << line;
        }
    }
    MessageBox::information(this, tr("Check the data"), summary, details.join(QLatin1Char('\n')));
    return summary;
}

bool ReportsPage::closeYear()
{
    const QString scope = m_ui->scope->code();
    const int year = m_ui->year->currentData().toInt();
    if (m_job || scope.isEmpty() || !m_store.access().canCloseYear(scope))
        return false;
    const QString scopeName = m_ui->scope->currentText();
    auto previous = ClosedYearRepository(m_store).latest(year, scope);
    const bool again = previous && *previous;
    const QString question = again
        ? tr("Close %1 for %2 again?\n\nIt was closed on %3 UTC by %4 (version %5). Today's figures are frozen as "
             "version %6: from now on the bilanț of %1 shows them, and the earlier version stays recorded.")
              .arg(year)
              .arg(scopeName, (*previous)->closedAt, (*previous)->closedBy)
              .arg((*previous)->version)
              .arg((*previous)->version + 1)
        : tr("Close %1 for %2?\n\nThe year's figures are frozen as they are now: the bilanț of %1 "
             "will always show these figures. Records of %1 added or changed later do not change "
             "them; they are shown in the revised edition, set against the frozen figures.")
              .arg(year)
              .arg(scopeName);
    if (!MessageBox::confirm(this, tr("Close the year"), question, again ? tr("Close again") : tr("Close the year")))
        return false;
    const QString center = scope == QLatin1String("national") ? QString() : scope;
    auto check = checkYearClosing(m_store, year, center, false, again);
    if (!check) {
        m_ui->banner->showMessage(check.error().message, MessageBanner::Kind::Error);
        updateCloseButton();
        return false;
    }
    if (check->blocking > 0) {
        QStringList problems;
        for (const QualityFinding& f : check->findings)
            if (f.isBlocking())
                problems << QStringLiteral("• ") + f.message;
        if (!MessageBox::confirm(this, tr("Close the year"),
                                 tr("The data-quality check found %n blocking problem(s):", "", check->blocking)
                                     + QStringLiteral("\n") + problems.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                                     + tr("Correct them first, or close anyway: the closing then records that it was "
                                          "forced."),
                                 tr("Close anyway")))
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto closed = reper::closeYear(m_store, *check, check->blocking > 0);
    QApplication::restoreOverrideCursor();
    if (!closed) {
        m_ui->banner->showMessage(closed.error().message, MessageBanner::Kind::Error);
        updateCloseButton();
        return false;
    }
    updateCloseButton();
    m_ui->current->setChecked(false);
    // The page shows the year as closed: its frozen figures, with the banner saying so.
    if (!generate())
        m_ui->banner->showMessage(tr("%1 is closed: these are the figures frozen at the closing.").arg(year),
                                  MessageBanner::Kind::Information);
    return true;
}

Job* ReportsPage::generate()
{
    if (m_job || !m_wording)
        return nullptr;
    const QString scope = m_ui->scope->code();
    if (scope.isEmpty()) {
        m_ui->banner->showMessage(tr("You may not see any figures."), MessageBanner::Kind::Warning);
        return nullptr;
    }
    const ReportOptions o = options();
    ReportRequest request{m_ui->year->currentData().toInt(), scope == QLatin1String("national") ? QString() : scope,
                          m_ui->current->isChecked(), o.edition == Edition::Revised};
    m_ui->banner->clear();
    Store& store = m_store;
    m_job = AsyncTask::run(
        this,
        [&store, request](JobControl& control) -> Result<BilantReportData> {
            if (control.cancelled())
                return Database::cancelledError();
            auto connection = Store::openAnotherConnection(store);
            if (!connection)
                return connection.error();
            // Cancel stops the figures' queries half way (SQLite's progress handler).
            QueryInterrupt interrupt((*connection)->db(), [&control] { return control.cancelled(); });
            auto loaded = loadReportData(**connection, request);
            if (control.cancelled())
                return Database::cancelledError(loaded ? QString() : loaded.error().detail);
            return loaded;
        },
        [this, o, request, scope](Result<BilantReportData>& loaded) {
            const bool cancelled = (m_job && m_job->isCancelRequested()) || (!loaded && loaded.error().cancelled);
            m_job = nullptr;
            if (cancelled) {
                // The preview keeps the report shown before, and nothing is recorded: nothing was shown.
                m_ui->banner->showMessage(m_data ? tr("Cancelled. The report shown is the one from before.")
                                                 : tr("Cancelled."),
                                          MessageBanner::Kind::Information);
            } else if (!loaded) {
                m_data.reset();
                m_ui->preview->clear();
                m_ui->banner->showMessage(loaded.error().message, MessageBanner::Kind::Error);
            } else {
                m_data = std::move(*loaded);
                m_madeWith = o;
                m_madeYear = request.year;
                m_madeScope = scope;
                if (auto withHead = record(AuditAction::Report, QStringLiteral("screen")))
                    m_madeWith = *withHead;
                showDocument();
            }
            updateButtons();
            Q_EMIT generated();
        });
    m_ui->progress->track(m_job, tr("Counting the figures…"));
    updateButtons();
    return m_job;
}

void ReportsPage::showDocument()
{
    const ReportDocument document = DocumentBuilder(m_madeWith).build(*m_data);
    TextDocumentBuilder::Options builderOptions;
    builderOptions.charts = TextDocumentBuilder::Charts::Images;
    builderOptions.footerInText = true; // the screen has no page footer: the generation line ends the text
    std::unique_ptr<QTextDocument> doc = TextDocumentBuilder::build(document, builderOptions);
    doc->setParent(m_ui->preview);
    // On screen the page is the window's width, with a margin like paper's.
    doc->setPageSize(QSizeF());
    doc->setDocumentMargin(32);
    m_ui->preview->setDocument(doc.release());
    if (m_data->frozen)
        m_ui->banner->showMessage(tr("%1 is closed: these are the figures frozen at the closing.").arg(m_madeYear),
                                  MessageBanner::Kind::Information);
}

QString ReportsPage::previewText() const { return m_ui->preview->toPlainText(); }

std::optional<ReportOptions> ReportsPage::record(const QString& action, const QString& format)
{
    ReportOptions withHead = m_madeWith;
    withHead.auditHead.clear();
    AuditTrail& audit = m_store.audit();
    if (!audit.canSign())
        return withHead;
    QJsonObject detail{{QStringLiteral("year"), m_madeYear},
                       {QStringLiteral("format"), format},
                       {QStringLiteral("edition"), editionName(m_madeWith.edition)},
                       {QStringLiteral("frozen"), m_data && m_data->frozen}};
    const QString center = m_madeScope == QLatin1String("national") ? QString() : m_madeScope;
    auto head = audit.appendWithHead({action, QStringLiteral("report"), 0, QStringLiteral("bilant"), center, detail});
    if (!head) {
        m_ui->banner->showMessage(head.error().message, MessageBanner::Kind::Error);
        return std::nullopt;
    }
    withHead.auditHead = head->text();
    return withHead;
}

bool ReportsPage::saveAs(ReportFormat format, const QString& chosen)
{
    if (!m_data)
        return false;
    QString path = chosen;
    if (path.isEmpty()) {
        const QString name = ReportFormats::name(format);
        const QString suggested
            = QDir::home().filePath(QStringLiteral("bilant-%1-%2.%3").arg(m_madeYear).arg(m_madeScope.toLower(), name));
        path = FileDialogs::saveFile(this, tr("Save the bilanț"), suggested,
                                     tr("%1 files (*.%2)").arg(name.toUpper(), name));
        if (path.isEmpty())
            return false;
    }
    // Recorded first: the document's footer carries the head with its own entry.
    const auto withHead = record(AuditAction::Report, ReportFormats::name(format));
    if (!withHead)
        return false;
    auto bytes = ReportFormats::render(format, *m_data, *withHead);
    if (!bytes) {
        m_ui->banner->showMessage(bytes.error().message, MessageBanner::Kind::Error);
        return false;
    }
    if (auto s = writeFileAtomically(path, *bytes); !s) {
        m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_ui->banner->showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), MessageBanner::Kind::Success);
    return true;
}

int ReportsPage::printTo(QPrinter& printer)
{
    if (!m_data)
        return 0;
    const ReportDocument document = DocumentBuilder(m_printWith.value_or(m_madeWith)).build(*m_data);
    return paintBilant(document, printer);
}

void ReportsPage::print()
{
    if (!m_data)
        return;
    // Recorded when the preview opens (what is previewed is what prints), so that the pages carry
    // the head with this entry.
    m_printWith = record(AuditAction::Print, QStringLiteral("print"));
    if (!m_printWith)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the bilanț"));
    preview.resize(1000, 800);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { printTo(*p); });
    preview.exec();
    m_printWith.reset();
}

} // namespace reper
