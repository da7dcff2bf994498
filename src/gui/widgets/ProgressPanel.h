#pragma once
// Shows a Job's progress: what is being done, a progress bar (rows so far, or busy), and a Cancel
// button that asks the job to stop.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace reper {

class Job;

class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget* parent = nullptr);

    // What the job's progress counts: rows (shown as such), or thousandths of the work (a percentage).
    enum class Count { Rows, Thousandths };
    // `total` 0: the bar shows a busy indicator; otherwise progress / total.
    void track(Job* job, const QString& text, qint64 total = 0, Count count = Count::Rows);
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* bar() const { return m_bar; }

private:
    QLabel* m_text;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    qint64 m_total = 0;
    Count m_count = Count::Rows;
};

} // namespace reper
