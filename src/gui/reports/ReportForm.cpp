#include "ReportForm.h"

#include "core/Clock.h"
#include "core/Version.h"
#include "core/platform/Platform.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/StoreJob.h"
#include "gui/reports/ExplainDialog.h"
#include "gui/reports/ReportChoices.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/ProgressPanel.h"
#include "report/BilantTemplate.h"
#include "report/DocumentBuilder.h"
#include "report/PdfRenderer.h"
#include "report/ReportAudit.h"
#include "report/ReportSource.h"
#include "report/TextDocumentBuilder.h"
#include "storage/Store.h"
#include "storage/audit/AuditEntry.h"
#include "ui_ReportForm.h"

#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace reper {

ReportForm::ReportForm(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::ReportForm>())
{
    m_ui->setupUi(this);
    ReportChoices::fillYears(m_ui->year, store);
    ReportChoices::fillScopes(m_ui->scope, store, tr("National"), tr("(choose)"));
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
    connect(m_ui->showButton, &QPushButton::clicked, this, &ReportForm::generate);
    connect(m_ui->explainButton, &QPushButton::clicked, this, &ReportForm::explainFigure);
    connect(m_ui->scope, &CodeComboBox::codeChanged, this, [this] {
        updateButtons();
        Q_EMIT choiceChanged();
    });
    connect(m_ui->year, &QComboBox::currentIndexChanged, this, &ReportForm::choiceChanged);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportForm::print);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        if (const auto format = ReportFormats::parse(m_ui->format->currentData().toString()))
            saveAs(*format, QString());
    });
    updateButtons();
}

ReportForm::~ReportForm() = default;

void ReportForm::setChoice(int year, const Scope& scope, Edition edition)
{
    m_ui->year->setCurrentIndex(qMax(0, m_ui->year->findData(year)));
    m_ui->scope->setCode(scope.text());
    m_ui->edition->setCode(editionName(edition));
}

int ReportForm::year() const { return m_ui->year->currentData().toInt(); }

std::optional<Scope> ReportForm::scope() const
{
    const QString code = m_ui->scope->code();
    return code.isEmpty() ? std::nullopt : std::optional<Scope>(Scope::fromText(code));
}

QString ReportForm::scopeName() const { return m_ui->scope->currentText(); }

void ReportForm::setCurrentFigures(bool current) { m_ui->current->setChecked(current); }

void ReportForm::setBlocked(bool blocked)
{
    m_blocked = blocked;
    updateButtons();
}

void ReportForm::showMessage(const QString& text, MessageBanner::Kind kind) { m_ui->banner->showMessage(text, kind); }

void ReportForm::refresh()
{
    if (m_data)
        generate();
}

ReportOptions ReportForm::options() const
{
    ReportOptions o;
    const QString edition = m_ui->edition->code();
    o.edition = edition == QLatin1String("public") ? Edition::Public
        : edition == QLatin1String("revised")      ? Edition::Revised
                                                   : Edition::Internal;
    o.threshold = m_ui->threshold->value();
    o.generatedAt = m_store.clock().now().toUTC();
    o.programVersion = QString::fromLatin1(programVersion());
    o.wording = m_wording.get();
    return o;
}

void ReportForm::updateButtons()
{
    const bool ready = m_data.has_value() && !m_job;
    m_ui->printButton->setEnabled(ready);
    m_ui->saveButton->setEnabled(ready);
    m_ui->format->setEnabled(ready);
    m_ui->showButton->setEnabled(!m_job && !m_blocked && !m_ui->scope->code().isEmpty() && m_wording);
    // The records behind a figure are a list of victims: for whom may list them.
    m_ui->explainButton->setVisible(m_store.access().canListVictims());
    m_ui->explainButton->setEnabled(!m_ui->scope->code().isEmpty());
}

ExplainDialog* ReportForm::explainFigure()
{
    const auto scope = this->scope();
    if (!scope || !m_store.access().canListVictims())
        return nullptr;
    auto* dialog = new ExplainDialog(m_store, m_ui->year->currentData().toInt(), scope->center(),
                                     m_ui->scope->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Job* ReportForm::generate()
{
    if (m_job || m_blocked || !m_wording)
        return nullptr;
    const auto chosen = scope();
    if (!chosen) {
        m_ui->banner->showMessage(tr("You may not see any figures."), MessageBanner::Kind::Warning);
        return nullptr;
    }
    const Scope scope = *chosen;
    const ReportOptions o = options();
    ReportRequest request{m_ui->year->currentData().toInt(), scope.center(), m_ui->current->isChecked(),
                          o.edition == Edition::Revised};
    m_ui->banner->clear();
    // Cancel stops the figures' queries half way (SQLite's progress handler).
    m_job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::Queries,
        [request](Store& connection, JobControl&) { return loadReportData(connection, request); },
        [this, o, request, scope](Result<BilantReportData>& loaded) {
            // Figures read to the end after Cancel are not shown either: Cancel was the last word.
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
            Q_EMIT busyChanged(false);
            Q_EMIT generated();
        });
    m_ui->progress->track(m_job, tr("Counting the figures…"));
    updateButtons();
    Q_EMIT busyChanged(true);
    return m_job;
}

void ReportForm::showDocument()
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

QString ReportForm::previewText() const { return m_ui->preview->toPlainText(); }

std::optional<ReportOptions> ReportForm::record(const QString& action, const QString& format)
{
    auto stamped = ReportAudit::record(
        m_store, {action, format, m_madeYear, m_madeScope.center(), m_madeWith.edition, m_data && m_data->frozen},
        m_madeWith);
    if (!stamped) {
        m_ui->banner->showMessage(stamped.error().message, MessageBanner::Kind::Error);
        return std::nullopt;
    }
    return *stamped;
}

bool ReportForm::saveAs(ReportFormat format, const QString& chosen)
{
    if (!m_data)
        return false;
    QString path = chosen;
    if (path.isEmpty()) {
        const QString name = ReportFormats::name(format);
        const QString suggested = QDir::home().filePath(
            QStringLiteral("bilant-%1-%2.%3").arg(m_madeYear).arg(m_madeScope.text().toLower(), name));
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

int ReportForm::printTo(QPrinter& printer)
{
    if (!m_data)
        return 0;
    const ReportDocument document = DocumentBuilder(m_printWith.value_or(m_madeWith)).build(*m_data);
    return paintBilant(document, printer);
}

void ReportForm::print()
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
