#pragma once
// The year-closing panel of the Reports page (ui/YearClosingPanel.ui), for those who may close the
// years of some scope: "Check the data…" runs the closing's data-quality check without closing and
// shows its findings; "Close the year…" (or "Close again…" for a closed year) asks, checks the
// data, asks again when the check finds blocking problems, and freezes the figures — as reper-cli
// close does, through YearClosing. The check and the closing run in the background (StoreJob) with
// Cancel; a closing cancelled half way is rolled back and closes nothing.
#include "core/Scope.h"
#include "gui/widgets/MessageBanner.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class YearClosingPanel;
}

class QPushButton;

namespace reper {

class Job;
class Store;
struct Error;
struct YearClosingCheck;

class YearClosingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit YearClosingPanel(Store& store, QWidget* parent = nullptr);
    ~YearClosingPanel() override;

    // The year and scope chosen in the report form (none: the user may see no figures).
    void setChoice(int year, const std::optional<Scope>& scope, const QString& scopeName);
    // While another part of the page reads the store (a report), the buttons wait.
    void setBlocked(bool blocked);
    // Whether the user may close the years of some scope (otherwise the panel is hidden).
    bool mayClose() const { return m_mayClose; }
    bool isBusy() const { return !m_job.isNull(); }

    // The data-quality check of the chosen year and scope, without closing; its findings are shown
    // in a message when it ends (and given by checked()). The job, or nullptr when it may not run.
    Job* checkData();
    // Closes the chosen year after the confirmation (and a second one when the check finds blocking
    // problems). The job of the first step (the check, and the closing when nothing blocks), or
    // nullptr when nothing was started; closed() says when the year is closed.
    Job* closeYear();

    QPushButton* checkDataButton() const;
    QPushButton* closeYearButton() const;

Q_SIGNALS:
    void message(const QString& text, reper::MessageBanner::Kind kind);
    void checked(const QString& summary);
    void closed(int year, const QString& scope); // the scope as written: "national" or CR-XX
    void busyChanged(bool busy);

private:
    void updateButtons();
    // The second step, after "Close anyway": the closing, forced, with the check the user saw.
    Job* freeze(const YearClosingCheck& check);
    void track(Job* job, const QString& text);
    // The end of a closing: failed or cancelled (`error`), closed, or not (the user said no).
    void endClosing(int year, const Scope& scope, const Error* error, bool closed = true);

    Store& m_store;
    std::unique_ptr<Ui::YearClosingPanel> m_ui;
    int m_year = 0;
    std::optional<Scope> m_scope;
    QString m_scopeName;
    bool m_mayClose = false;
    bool m_blocked = false;
    QPointer<Job> m_job;
};

} // namespace reper
