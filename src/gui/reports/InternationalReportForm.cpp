#include "InternationalReportForm.h"

#include "core/Clock.h"
#include "core/Version.h"
#include "core/platform/Platform.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/StoreJob.h"
#include "gui/reports/ReportChoices.h"
#include "gui/widgets/ProgressPanel.h"
#include "report/CtdcCaseFile.h"
#include "report/InternationalDocument.h"
#include "report/ReportAudit.h"
#include "report/ReportSource.h"
#include "report/TextDocumentBuilder.h"
#include "storage/Store.h"
#include "storage/audit/AuditEntry.h"
#include "ui_InternationalReportForm.h"

#include <QDir>
#include <QFileInfo>
#include <QTextDocument>

namespace reper {

InternationalReportForm::InternationalReportForm(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::InternationalReportForm>())
{
    m_ui->setupUi(this);
    ReportChoices::fillYears(m_ui->year, store);
    ReportChoices::fillScopes(m_ui->scope, store, tr("National"), tr("(choose)"));
    m_ui->edition->setItems({{QStringLiteral("internal"), tr("internal (exact figures, confidential)")},
                             {QStringLiteral("public"), tr("public (small counts hidden)")}},
                            QStringLiteral("—"));
    m_ui->edition->setCode(QStringLiteral("internal"));
    for (const QString& name : ReportFormats::names())
        m_ui->format->addItem(name.toUpper(), name);
    m_ui->format->setCurrentIndex(qMax(0, m_ui->format->findData(QStringLiteral("xlsx"))));
    m_ui->preview->setOpenLinks(false);
    const auto publicChosen = [this] {
        const bool pub = m_ui->edition->code() == QLatin1String("public");
        m_ui->threshold->setEnabled(pub);
        m_ui->thresholdLabel->setEnabled(pub);
    };
    connect(m_ui->edition, &CodeComboBox::codeChanged, this, publicChosen);
    publicChosen();
    connect(m_ui->showButton, &QPushButton::clicked, this, &InternationalReportForm::generate);
    connect(m_ui->scope, &CodeComboBox::codeChanged, this, &InternationalReportForm::updateButtons);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        if (const auto format = ReportFormats::parse(m_ui->format->currentData().toString()))
            saveAs(*format, QString());
    });
    connect(m_ui->ctdcButton, &QPushButton::clicked, this, [this] { exportCaseFile(m_ui->k->value(), QString()); });
    updateButtons();
}

InternationalReportForm::~InternationalReportForm() = default;

void InternationalReportForm::setChoice(int year, const Scope& scope, Edition edition)
{
    m_ui->year->setCurrentIndex(qMax(0, m_ui->year->findData(year)));
    m_ui->scope->setCode(scope.text());
    m_ui->edition->setCode(editionName(edition));
}

int InternationalReportForm::year() const { return m_ui->year->currentData().toInt(); }

std::optional<Scope> InternationalReportForm::scope() const
{
    const QString code = m_ui->scope->code();
    return code.isEmpty() ? std::nullopt : std::optional<Scope>(Scope::fromText(code));
}

QString InternationalReportForm::chosenCenter() const
{
    const auto chosen = scope();
    return chosen ? chosen->center() : QString();
}

ReportOptions InternationalReportForm::options() const
{
    ReportOptions o;
    o.edition = m_ui->edition->code() == QLatin1String("public") ? Edition::Public : Edition::Internal;
    o.threshold = m_ui->threshold->value();
    o.generatedAt = m_store.clock().now().toUTC();
    o.programVersion = QString::fromLatin1(programVersion());
    return o;
}

void InternationalReportForm::updateButtons()
{
    const bool ready = m_data.has_value() && !m_job;
    m_ui->saveButton->setEnabled(ready);
    m_ui->format->setEnabled(ready);
    const auto chosen = scope();
    m_ui->showButton->setEnabled(!m_job && chosen);
    // The case file is for a coordinator who reads every record of the scope (AccessPolicy).
    const bool caseFile = chosen && m_store.access().canExportCaseFile(*chosen);
    m_ui->ctdcButton->setVisible(caseFile);
    m_ui->k->setVisible(caseFile);
    m_ui->kLabel->setVisible(caseFile);
    m_ui->ctdcButton->setEnabled(!m_job);
}

Job* InternationalReportForm::generate()
{
    if (m_job)
        return nullptr;
    const auto chosen = scope();
    if (!chosen) {
        m_ui->banner->showMessage(tr("You may not see any figures."), MessageBanner::Kind::Warning);
        return nullptr;
    }
    const ReportOptions o = options();
    const int year = m_ui->year->currentData().toInt();
    const QString center = chosenCenter();
    m_ui->banner->clear();
    m_job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::Queries,
        [year, center](Store& connection, JobControl&) { return loadInternationalData(connection, year, center); },
        [this, o, scope = *chosen](Result<InternationalData>& loaded) {
            const bool cancelled = (m_job && m_job->isCancelRequested()) || (!loaded && loaded.error().cancelled);
            m_job = nullptr;
            if (cancelled) {
                m_ui->banner->showMessage(m_data ? tr("Cancelled. The tables shown are the ones from before.")
                                                 : tr("Cancelled."),
                                          MessageBanner::Kind::Information);
            } else if (!loaded) {
                m_data.reset();
                m_ui->preview->clear();
                m_ui->banner->showMessage(loaded.error().message, MessageBanner::Kind::Error);
            } else {
                m_data = std::move(*loaded);
                m_madeScope = scope;
                m_madeWith = o;
                auto stamped
                    = ReportAudit::record(m_store,
                                          {AuditAction::Report, QStringLiteral("screen"), m_data->year, chosenCenter(),
                                           o.edition, m_data->frozen.has_value(), QStringLiteral("international")},
                                          o);
                if (stamped)
                    m_madeWith = *stamped;
                else
                    m_ui->banner->showMessage(stamped.error().message, MessageBanner::Kind::Error);
                showDocument();
            }
            updateButtons();
        });
    m_ui->progress->track(m_job, tr("Counting the victims of the year…"));
    updateButtons();
    return m_job;
}

void InternationalReportForm::showDocument()
{
    const ReportDocument document = InternationalDocument(m_madeWith).build(*m_data);
    TextDocumentBuilder::Options builderOptions;
    builderOptions.charts = TextDocumentBuilder::Charts::Images;
    builderOptions.footerInText = true;
    std::unique_ptr<QTextDocument> doc = TextDocumentBuilder::build(document, builderOptions);
    doc->setParent(m_ui->preview);
    doc->setPageSize(QSizeF());
    doc->setDocumentMargin(32);
    m_ui->preview->setDocument(doc.release());
}

QString InternationalReportForm::previewText() const { return m_ui->preview->toPlainText(); }

bool InternationalReportForm::saveAs(ReportFormat format, const QString& chosen)
{
    if (!m_data)
        return false;
    QString path = chosen;
    const QString name = ReportFormats::name(format);
    if (path.isEmpty()) {
        const QString suggested = QDir::home().filePath(
            QStringLiteral("international-%1-%2.%3").arg(m_data->year).arg(m_madeScope.text().toLower(), name));
        path = FileDialogs::saveFile(this, tr("Save the international tables"), suggested,
                                     tr("%1 files (*.%2)").arg(name.toUpper(), name));
        if (path.isEmpty())
            return false;
    }
    // Recorded first: the document's footer carries the head with its own entry.
    auto stamped
        = ReportAudit::record(m_store,
                              {AuditAction::Report, name, m_data->year, m_madeScope.center(), m_madeWith.edition,
                               m_data->frozen.has_value(), QStringLiteral("international")},
                              m_madeWith);
    if (!stamped) {
        m_ui->banner->showMessage(stamped.error().message, MessageBanner::Kind::Error);
        return false;
    }
    auto bytes = renderInternational(format, *m_data, *stamped);
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

bool InternationalReportForm::exportCaseFile(int k, const QString& chosen)
{
    const auto picked = scope();
    if (!picked || m_job)
        return false;
    const int year = m_ui->year->currentData().toInt();
    QString path = chosen;
    if (path.isEmpty()) {
        const QString suggested
            = QDir::home().filePath(QStringLiteral("ctdc-%1-%2.csv").arg(year).arg(picked->text().toLower()));
        path = FileDialogs::saveFile(this, tr("Export the CTDC case file"), suggested, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    // Checks the right, reads the year's victims, anonymises and records the export in the trail.
    auto file = exportCtdc(m_store, {year, chosenCenter(), k, QFileInfo(path).fileName()});
    if (!file) {
        m_ui->banner->showMessage(file.error().message, MessageBanner::Kind::Error);
        return false;
    }
    if (auto s = writeFileAtomically(path, file->csv()); !s) {
        m_ui->banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_ui->banner->showMessage(tr("Saved to %1: %n row(s) of %2 victim(s) identified, %3 left out so that every "
                                 "combination appears at least %4 times.",
                                 nullptr, int(file->rows.size()))
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(file->victims)
                                  .arg(file->suppressed)
                                  .arg(file->k),
                              MessageBanner::Kind::Success);
    return true;
}

} // namespace reper
