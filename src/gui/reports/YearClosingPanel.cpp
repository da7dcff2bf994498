#include "YearClosingPanel.h"

#include "gui/common/MessageBox.h"
#include "gui/common/StoreJob.h"
#include "gui/widgets/ProgressPanel.h"
#include "report/YearClosing.h"
#include "storage/Store.h"
#include "storage/figures/ClosedYearRepository.h"
#include "ui_YearClosingPanel.h"

#include <QPushButton>

namespace reper {

namespace {

// The first step of a closing: the check, and the freeze when nothing blocks it.
struct ClosingStep
{
    YearClosingCheck check;
    bool closed = false;
};

} // namespace

YearClosingPanel::YearClosingPanel(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::YearClosingPanel>())
{
    m_ui->setupUi(this);
    const AccessPolicy access = store.access();
    m_mayClose = access.canCloseYear(Scope::national());
    for (const Center& c : store.reference().centers())
        m_mayClose = m_mayClose || access.canCloseYear(Scope::ofCenter(c.code));
    m_ui->checkDataButton->setVisible(m_mayClose);
    m_ui->closeYearButton->setVisible(m_mayClose);
    setVisible(m_mayClose);
    connect(m_ui->checkDataButton, &QPushButton::clicked, this, &YearClosingPanel::checkData);
    connect(m_ui->closeYearButton, &QPushButton::clicked, this, &YearClosingPanel::closeYear);
    updateButtons();
}

YearClosingPanel::~YearClosingPanel() = default;

QPushButton* YearClosingPanel::checkDataButton() const { return m_ui->checkDataButton; }

QPushButton* YearClosingPanel::closeYearButton() const { return m_ui->closeYearButton; }

void YearClosingPanel::setChoice(int year, const std::optional<Scope>& scope, const QString& scopeName)
{
    m_year = year;
    m_scope = scope;
    m_scopeName = scopeName;
    updateButtons();
}

void YearClosingPanel::setBlocked(bool blocked)
{
    m_blocked = blocked;
    updateButtons();
}

void YearClosingPanel::updateButtons()
{
    if (!m_mayClose)
        return;
    QPushButton* button = m_ui->closeYearButton;
    const bool free = !m_job && !m_blocked;
    const bool allowed = m_scope && m_store.access().canCloseYear(*m_scope);
    m_ui->checkDataButton->setEnabled(allowed && free);
    if (!allowed) {
        button->setEnabled(false);
        button->setToolTip(tr("You may not close the years of this scope."));
        return;
    }
    auto latest = ClosedYearRepository(m_store).latest(m_year, *m_scope);
    button->setEnabled(latest.ok() && free);
    if (latest && *latest) {
        // A closed year may be closed again, as a new version, once its records were corrected.
        button->setText(tr("&Close again…"));
        button->setToolTip(tr("%1 is already closed (version %2, %3 UTC, by %4); closing again freezes today's "
                              "figures as version %5.")
                               .arg(m_year)
                               .arg((*latest)->version)
                               .arg((*latest)->closedAt, (*latest)->closedBy)
                               .arg((*latest)->version + 1));
        return;
    }
    button->setText(tr("&Close the year…"));
    button->setToolTip(tr("Freeze the figures of %1 as they are today.").arg(m_year));
}

void YearClosingPanel::track(Job* job, const QString& text)
{
    m_job = job;
    m_ui->closingProgress->track(job, text);
    updateButtons();
    Q_EMIT busyChanged(true);
}

Job* YearClosingPanel::checkData()
{
    if (m_job || m_blocked || !m_scope || !m_store.access().canCloseYear(*m_scope))
        return nullptr;
    const int year = m_year;
    const QString scopeName = m_scopeName;
    const QString center = m_scope->center();
    Job* job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::Queries,
        [year, center](Store& connection, JobControl&) {
            return checkYearClosing(connection, year, center, true, false);
        },
        [this, year, scopeName](Result<YearClosingCheck>& check) {
            m_job = nullptr;
            updateButtons();
            Q_EMIT busyChanged(false);
            if (!check) {
                if (check.error().cancelled)
                    Q_EMIT message(tr("Cancelled: the data of %1 were not checked.").arg(year),
                                   MessageBanner::Kind::Information);
                else
                    Q_EMIT message(check.error().message, MessageBanner::Kind::Error);
                return;
            }
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
            Q_EMIT checked(summary);
        });
    track(job, tr("Checking the data of %1…").arg(year));
    return job;
}

Job* YearClosingPanel::closeYear()
{
    if (m_job || m_blocked || !m_scope || !m_store.access().canCloseYear(*m_scope))
        return nullptr;
    const int year = m_year;
    const Scope scope = *m_scope;
    auto previous = ClosedYearRepository(m_store).latest(year, scope);
    const bool again = previous && *previous;
    const QString question = again
        ? tr("Close %1 for %2 again?\n\nIt was closed on %3 UTC by %4 (version %5). Today's figures are frozen as "
             "version %6: from now on the bilanț of %1 shows them, and the earlier version stays recorded.")
              .arg(year)
              .arg(m_scopeName, (*previous)->closedAt, (*previous)->closedBy)
              .arg((*previous)->version)
              .arg((*previous)->version + 1)
        : tr("Close %1 for %2?\n\nThe year's figures are frozen as they are now: the bilanț of %1 "
             "will always show these figures. Records of %1 added or changed later do not change "
             "them; they are shown in the revised edition, set against the frozen figures.")
              .arg(year)
              .arg(m_scopeName);
    if (!MessageBox::confirm(this, tr("Close the year"), question, again ? tr("Close again") : tr("Close the year")))
        return nullptr;
    const QString center = scope.center();
    Job* job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::Queries,
        [year, center, again](Store& connection, JobControl&) -> Result<ClosingStep> {
            auto check = checkYearClosing(connection, year, center, false, again);
            if (!check)
                return check.error();
            ClosingStep step{*check, false};
            if (check->blocking > 0)
                return step; // the user is asked first
            auto closed = reper::closeYear(connection, *check, false);
            if (!closed)
                return closed.error();
            step.closed = true;
            return step;
        },
        [this, year, scope](Result<ClosingStep>& step) {
            m_job = nullptr;
            if (!step || step->closed) {
                endClosing(year, scope, step ? nullptr : &step.error());
                return;
            }
            const YearClosingCheck& check = step->check;
            QStringList problems;
            for (const QualityFinding& f : check.findings)
                if (f.isBlocking())
                    problems << QStringLiteral("• ") + f.message;
            if (MessageBox::confirm(
                    this, tr("Close the year"),
                    tr("The data-quality check found %n blocking problem(s):", "", check.blocking)
                        + QStringLiteral("\n") + problems.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                        + tr("Correct them first, or close anyway: the closing then records that it was forced."),
                    tr("Close anyway")))
                freeze(check);
            else
                endClosing(year, scope, nullptr, false);
        });
    track(job, tr("Checking and closing %1…").arg(year));
    return job;
}

Job* YearClosingPanel::freeze(const YearClosingCheck& check)
{
    const int year = check.year;
    const Scope scope = check.scope;
    Job* job = StoreJob::run(
        this, m_store, StoreJob::Interrupt::Queries,
        [check](Store& connection, JobControl&) { return reper::closeYear(connection, check, true); },
        [this, year, scope](Result<ClosedYearRecord>& closed) {
            m_job = nullptr;
            endClosing(year, scope, closed ? nullptr : &closed.error());
        });
    track(job, tr("Closing %1…").arg(year));
    return job;
}

void YearClosingPanel::endClosing(int year, const Scope& scope, const Error* error, bool closed)
{
    updateButtons();
    Q_EMIT busyChanged(false);
    if (error && error->cancelled)
        Q_EMIT message(tr("Cancelled: %1 was not closed.").arg(year), MessageBanner::Kind::Information);
    else if (error)
        Q_EMIT message(error->message, MessageBanner::Kind::Error);
    else if (closed)
        Q_EMIT this->closed(year, scope.text());
}

} // namespace reper
