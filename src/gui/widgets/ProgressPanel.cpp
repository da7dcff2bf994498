#include "ProgressPanel.h"

#include "gui/common/AsyncTask.h"
#include "gui/common/Labels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>

namespace reper {

ProgressPanel::ProgressPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    m_bar->setTextVisible(true);
    hide();
}

void ProgressPanel::track(Job* job, const QString& text, qint64 total, Count count)
{
    m_total = total;
    m_count = count;
    m_text->setText(text);
    if (total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(0);
        m_bar->setFormat(QStringLiteral("%p%"));
    } else {
        m_bar->setRange(0, 0);
        m_bar->setFormat(QString());
    }
    m_cancel->setEnabled(true);
    m_cancel->show();
    show();
    disconnect(m_cancel, nullptr, nullptr, nullptr);
    QPointer<Job> guard(job);
    connect(m_cancel, &QPushButton::clicked, this, [this, guard] {
        if (guard)
            guard->cancel();
        m_cancel->setEnabled(false);
        m_text->setText(tr("Stopping…"));
    });
    connect(job, &Job::progressChanged, this, [this](qint64 value) {
        if (m_total > 0) {
            m_bar->setValue(int(qMin<qint64>(1000, value * 1000 / m_total)));
            if (m_count == Count::Rows)
                m_bar->setFormat(tr("%1 rows").arg(Labels::count(value)));
        } else if (value > 0) {
            m_bar->setFormat(tr("%1 rows").arg(Labels::count(value)));
        }
    });
    connect(job, &Job::finished, this, &ProgressPanel::hide);
}

} // namespace reper
