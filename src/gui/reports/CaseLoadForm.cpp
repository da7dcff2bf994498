#include "CaseLoadForm.h"

#include "core/Clock.h"
#include "core/Version.h"
#include "core/platform/Platform.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/Labels.h"
#include "gui/common/StoreJob.h"
#include "gui/widgets/CodeComboBox.h"
#include "gui/widgets/MessageBanner.h"
#include "gui/widgets/OptionalDateEdit.h"
#include "gui/widgets/ProgressPanel.h"
#include "report/CaseLoadDocument.h"
#include "report/ReportAudit.h"
#include "report/TextDocumentBuilder.h"
#include "storage/Store.h"
#include "storage/audit/AuditEntry.h"
#include "storage/cases/CaseLoadRepository.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace reper {

namespace {

QList<QPair<QString, QString>> scopes(Store& store, const QString& national)
{
    QList<QPair<QString, QString>> items;
    const AccessPolicy access = store.access();
    if (access.canSeeCaseLoad(Scope::national()))
        items << qMakePair(Scope::national().text(), national);
    for (const Center& c : store.reference().centers())
        if (access.canSeeCaseLoad(Scope::ofCenter(c.code)))
            items << qMakePair(c.code, Labels::center(store.reference(), c.code));
    return items;
}

} // namespace

bool CaseLoadForm::offered(Store& store) { return !scopes(store, QString()).isEmpty(); }

CaseLoadForm::CaseLoadForm(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_scope(new CodeComboBox(this))
    , m_from(new OptionalDateEdit(this))
    , m_to(new OptionalDateEdit(this))
    , m_show(new QPushButton(tr("&Show"), this))
    , m_banner(new MessageBanner(this))
    , m_progress(new ProgressPanel(this))
    , m_preview(new QTextBrowser(this))
    , m_format(new QComboBox(this))
    , m_save(new QPushButton(tr("Sa&ve as…"), this))
{
    m_scope->setObjectName(QStringLiteral("caseLoadScope"));
    m_from->setObjectName(QStringLiteral("caseLoadFrom"));
    m_to->setObjectName(QStringLiteral("caseLoadTo"));
    m_show->setObjectName(QStringLiteral("caseLoadShow"));
    m_preview->setObjectName(QStringLiteral("caseLoadPreview"));
    m_format->setObjectName(QStringLiteral("caseLoadFormat"));
    m_save->setObjectName(QStringLiteral("caseLoadSave"));
    const auto items = scopes(store, tr("National"));
    m_scope->setItems(items, tr("(none)"));
    if (!items.isEmpty())
        m_scope->setCode(items.first().first);
    // The three whole months before this one.
    const QDate today = store.clock().today();
    const QDate thisMonth(today.year(), today.month(), 1);
    m_from->setValue(thisMonth.addMonths(-3));
    m_to->setValue(thisMonth.addDays(-1));
    m_from->setOptional(false);
    m_to->setOptional(false);
    for (const ReportFormat f : CaseLoadDocument::formats())
        m_format->addItem(ReportFormats::name(f).toUpper(), ReportFormats::name(f));
    m_preview->setOpenLinks(false);

    auto* choice = new QHBoxLayout;
    const auto labelled = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        choice->addWidget(label);
        choice->addWidget(field);
    };
    labelled(tr("Sc&ope:"), m_scope);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    choice->addWidget(m_show);
    choice->addStretch(1);
    auto* output = new QHBoxLayout;
    output->addStretch(1);
    auto* formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    output->addWidget(formatLabel);
    output->addWidget(m_format);
    output->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(m_preview, 1);
    layout->addLayout(output);

    connect(m_show, &QPushButton::clicked, this, &CaseLoadForm::generate);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const auto format = ReportFormats::parse(m_format->currentData().toString()))
            saveAs(*format, QString());
    });
    connect(m_scope, &CodeComboBox::codeChanged, this, &CaseLoadForm::updateButtons);
    updateButtons();
}

std::optional<Scope> CaseLoadForm::scope() const
{
    const QString code = m_scope->code();
    return code.isEmpty() ? std::nullopt : std::optional<Scope>(Scope::fromText(code));
}

QDate CaseLoadForm::from() const { return m_from->value(); }

QDate CaseLoadForm::to() const { return m_to->value(); }

ReportOptions CaseLoadForm::options() const
{
    ReportOptions o;
    o.generatedAt = m_store.clock().now().toUTC();
    o.programVersion = QString::fromLatin1(programVersion());
    return o;
}

void CaseLoadForm::updateButtons()
{
    const bool ready = m_figures.has_value() && !m_job;
    m_save->setEnabled(ready);
    m_format->setEnabled(ready);
    m_show->setEnabled(!m_job && scope().has_value());
}

Job* CaseLoadForm::generate()
{
    if (m_job)
        return nullptr;
    const auto chosen = scope();
    if (!chosen) {
        m_banner->showMessage(tr("You coordinate no centre."), MessageBanner::Kind::Warning);
        return nullptr;
    }
    if (!from().isValid() || !to().isValid()) {
        m_banner->showMessage(tr("Give the period's first and last day."), MessageBanner::Kind::Warning);
        return nullptr;
    }
    const CaseLoadQuery query{*chosen, from(), to(), {}};
    const ReportOptions o = options();
    m_banner->clear();
    m_job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::Queries,
        [query](Store& connection, JobControl&) { return CaseLoadRepository(connection).figures(query); },
        [this, o](Result<CaseLoadFigures>& counted) {
            const bool cancelled = (m_job && m_job->isCancelRequested()) || (!counted && counted.error().cancelled);
            m_job = nullptr;
            if (cancelled) {
                m_banner->showMessage(tr("Cancelled."), MessageBanner::Kind::Information);
            } else if (!counted) {
                m_figures.reset();
                m_preview->clear();
                m_banner->showMessage(counted.error().message, MessageBanner::Kind::Error);
            } else {
                m_figures = std::move(*counted);
                m_madeWith = o;
                auto stamped = ReportAudit::record(
                    m_store,
                    PeriodReportEntry{AuditAction::Report, QStringLiteral("screen"), QStringLiteral("caseload"),
                                      m_figures->scope.center(), m_figures->from, m_figures->to},
                    o);
                if (stamped)
                    m_madeWith = *stamped;
                else
                    m_banner->showMessage(stamped.error().message, MessageBanner::Kind::Error);
                showDocument();
            }
            updateButtons();
        });
    m_progress->track(m_job, tr("Counting the cases…"));
    updateButtons();
    return m_job;
}

void CaseLoadForm::showDocument()
{
    const ReportDocument document = CaseLoadDocument(m_madeWith).build(*m_figures);
    TextDocumentBuilder::Options builderOptions;
    builderOptions.footerInText = true;
    std::unique_ptr<QTextDocument> doc = TextDocumentBuilder::build(document, builderOptions);
    doc->setParent(m_preview);
    doc->setPageSize(QSizeF());
    doc->setDocumentMargin(32);
    m_preview->setDocument(doc.release());
}

QString CaseLoadForm::previewText() const { return m_preview->toPlainText(); }

bool CaseLoadForm::saveAs(ReportFormat format, const QString& chosen)
{
    if (!m_figures)
        return false;
    QString path = chosen;
    const QString name = ReportFormats::name(format);
    if (path.isEmpty()) {
        const QString suggested
            = QDir::home().filePath(QStringLiteral("caseload-%1-%2-%3.%4")
                                        .arg(m_figures->scope.text().toLower(), m_figures->from.toString(Qt::ISODate),
                                             m_figures->to.toString(Qt::ISODate), name));
        path = FileDialogs::saveFile(this, tr("Save the case-load report"), suggested,
                                     tr("%1 files (*.%2)").arg(name.toUpper(), name));
        if (path.isEmpty())
            return false;
    }
    // Recorded first: the document's footer carries the head with its own entry.
    auto stamped = ReportAudit::record(m_store,
                                       PeriodReportEntry{AuditAction::Report, name, QStringLiteral("caseload"),
                                                         m_figures->scope.center(), m_figures->from, m_figures->to},
                                       m_madeWith);
    if (!stamped) {
        m_banner->showMessage(stamped.error().message, MessageBanner::Kind::Error);
        return false;
    }
    auto bytes = renderCaseLoad(format, *m_figures, *stamped);
    if (!bytes) {
        m_banner->showMessage(bytes.error().message, MessageBanner::Kind::Error);
        return false;
    }
    if (auto s = writeFileAtomically(path, *bytes); !s) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), MessageBanner::Kind::Success);
    return true;
}

} // namespace reper
