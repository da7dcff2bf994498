#include "HomeCharts.h"

#include "gui/common/Appearance.h"
#include "gui/common/Labels.h"
#include "gui/common/UiLanguage.h"
#include "storage/figures/TrendQuery.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace reper {

namespace {

// The chart's figures in words ("2021: 12; 2022: 15"), for screen readers and the tooltip.
void describe(QChartView* view, const QString& title, const QStringList& labels, const QList<qint64>& values)
{
    QStringList parts;
    for (int i = 0; i < labels.size() && i < values.size(); ++i)
        parts << QStringLiteral("%1: %2").arg(QString(labels[i]).replace(QStringLiteral("<br>"), QStringLiteral(" ")),
                                              Labels::count(values[i]));
    const QString figures = parts.join(QStringLiteral("; "));
    view->setAccessibleName(title);
    view->setAccessibleDescription(figures);
    view->setToolTip(title + QStringLiteral("\n") + figures);
}

// In high contrast the chart takes the window's colours (black, white text, 7:1 bars) instead of
// its own white card: a white panel in a black window dazzles, and its pale grid cannot be seen.
void followHighContrast(QChart* chart)
{
    if (!Appearance::highContrast())
        return;
    const QPalette p = QApplication::palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(text, 1));
    chart->setTitleBrush(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLinePen(QPen(text, 1));
        axis->setGridLinePen(QPen(p.color(QPalette::Dark), 1, Qt::DotLine));
    }
    for (QAbstractSeries* series : chart->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(series);
        if (!bars)
            continue;
        const bool inside = bars->labelsPosition() != QAbstractBarSeries::LabelsOutsideEnd;
        for (QBarSet* set : bars->barSets()) {
            set->setColor(Appearance::readable(set->color(), base, text));
            set->setBorderColor(set->color());
            // A bar as light as 7:1 on black carries black figures at the same 7:1.
            set->setLabelColor(inside ? base : text);
        }
    }
}

QChartView* viewFor(QChart* chart, QWidget* parent)
{
    followHighContrast(chart);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(QFont().pointSizeF() * 1.05);
    chart->setTitleFont(title);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 250);
    // Reached with Tab like the tiles, so that a screen reader says the figures; the focus shows.
    view->setFocusPolicy(Qt::StrongFocus);
    view->setStyleSheet(QStringLiteral("QChartView { border: 2px solid transparent; } "
                                       "QChartView:focus { border: 2px solid palette(highlight); }"));
    return view;
}

// Category names are shown whole (a smaller font rather than "exploatare prin m…").
void showWhole(QBarCategoryAxis* axis)
{
    axis->setTruncateLabels(false);
    QFont f = axis->labelsFont();
    f.setPointSizeF(QFont().pointSizeF() * 0.8);
    axis->setLabelsFont(f);
}

// Counts are whole: a small range gets a tick at each number (not "0 0 0 0 1" for 0, 0.25, … 1).
QValueAxis* countAxis(qint64 max)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    if (max <= 5) {
        const qint64 top = std::max<qint64>(1, max);
        axis->setRange(0, double(top));
        axis->setTickCount(int(top) + 1);
    } else {
        axis->setRange(0, double(max) * 1.1);
        axis->applyNiceNumbers();
    }
    axis->setMinorTickCount(0);
    return axis;
}

} // namespace

QChartView* HomeCharts::victimsByYear(const QList<YearCount>& years, QWidget* parent)
{
    auto* set = new QBarSet(tr("Victims identified"));
    set->setColor(QColor(0x1f, 0x5f, 0xa8));
    QStringList categories;
    qint64 max = 0;
    for (const YearCount& y : years) {
        *set << double(y.count);
        categories << QString::number(y.year);
        max = std::max(max, y.count);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Victims identified, by year"));
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    showWhole(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChartView* view = viewFor(chart, parent);
    QList<qint64> values;
    for (const YearCount& c : years)
        values << c.count;
    describe(view, chart->title(), categories, values);
    return view;
}

QChartView* HomeCharts::exploitation(const QMap<QString, qint64>& byForm, int year, QWidget* parent)
{
    QList<QPair<QString, qint64>> forms;
    for (auto it = byForm.cbegin(); it != byForm.cend(); ++it)
        if (it.value() > 0)
            forms << qMakePair(it.key(), it.value());
    std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (forms.size() > 6)
        forms = forms.mid(forms.size() - 6);
    auto* set = new QBarSet(tr("Victims"));
    set->setColor(QColor(0x8e, 0x44, 0xad));
    QStringList categories;
    qint64 max = 0;
    for (const auto& [code, count] : forms) {
        *set << double(count);
        QString name
            = code == QLatin1String("unknown") ? tr("not given") : Labels::code(QStringLiteral("exploitation"), code);
        // Long names on two lines (the axis draws its labels as rich text).
        if (name.size() > 22) {
            const int middle = name.size() / 2;
            const int before = name.lastIndexOf(QLatin1Char(' '), middle);
            const int after = name.indexOf(QLatin1Char(' '), middle);
            const int at = before < 0 ? after : (after < 0 || middle - before <= after - middle ? before : after);
            if (at > 0)
                name = name.left(at) + QStringLiteral("<br>") + name.mid(at + 1);
        }
        categories << name;
        max = std::max(max, count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(QColor(0x30, 0x30, 0x30));
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Primary form of exploitation, %1").arg(year));
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    showWhole(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis* axisX = countAxis(max);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QChartView* view = viewFor(chart, parent);
    QStringList names;
    QList<qint64> values;
    for (int i = int(forms.size()) - 1; i >= 0; --i) { // the largest first, as the bars read from the top
        names << categories[i];
        values << forms[i].second;
    }
    describe(view, chart->title(), names, values);
    return view;
}

QChartView* HomeCharts::activitiesByMonth(const QList<qint64>& months, int year, QWidget* parent)
{
    auto* set = new QBarSet(tr("Prevention activities"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList categories;
    qint64 max = 0;
    const QLocale locale = UiLanguage::locale();
    for (int m = 0; m < months.size(); ++m) {
        *set << double(months[m]);
        QString name = locale.monthName(m + 1, QLocale::ShortFormat);
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        categories << name;
        max = std::max(max, months[m]);
    }
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Prevention activities by month, %1").arg(year));
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    showWhole(x);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChartView* view = viewFor(chart, parent);
    describe(view, chart->title(), categories, months);
    return view;
}

} // namespace reper
