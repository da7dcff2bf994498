#include "HomePage.h"

#include "core/Clock.h"
#include "gui/common/Labels.h"
#include "gui/home/EmptyStorePanel.h"
#include "gui/home/FigureTile.h"
#include "gui/home/HomeCharts.h"
#include "gui/widgets/MessageBanner.h"
#include "storage/Store.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/figures/TrendQuery.h"
#include "ui_HomePage.h"

#include <QChartView>

namespace reper {

HomePage::HomePage(Store& store, QWidget* parent)
    : ModulePage(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::HomePage>())
    , m_empty(new EmptyStorePanel(this))
{
    m_ui->setupUi(this);
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->banner) + 1, m_empty, 1);
    m_empty->hide();
    bool writes = false;
    for (const Center& c : store.reference().centers())
        writes = writes || store.access().canWriteRecords(c.code);
    m_empty->allow(writes && store.access().canListVictims(), writes);
    QFont big = m_ui->title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->title->setFont(big);
    const AccessPolicy access = store.access();
    if (access.canSeeFigures(Scope::national()))
        m_scope = Scope::national();
    else if (!store.user().center.isEmpty() && access.canSeeFigures(access.scope()))
        m_scope = access.scope();
    const int thisYear = store.clock().today().year();
    for (int y = thisYear; y >= thisYear - 15; --y)
        m_ui->year->addItem(QString::number(y), y);
    connect(m_ui->year, &QComboBox::currentIndexChanged, this, &HomePage::refresh);
    const QStringList captions = {
        tr("victims identified"),
        tr("victims whose assistance was monitored"),
        tr("victims repatriated (Romanian citizens)"),
        tr("victims supported in criminal proceedings"),
        tr("prevention activities"),
        tr("persons reached by prevention messages"),
        tr("training sessions for specialists"),
        tr("inter-institutional events"),
    };
    for (int i = 0; i < captions.size(); ++i) {
        auto* tile = new FigureTile(captions[i], this);
        m_tiles << tile;
        m_ui->tiles->addWidget(tile, i / 4, i % 4);
    }
    m_ui->title->setText(tr("Welcome, %1").arg(store.user().name));
}

HomePage::~HomePage() = default;

bool HomePage::showsEmptyState() const { return m_empty->isVisibleTo(this); }

int HomePage::year() const { return m_ui->year->currentData().toInt(); }

void HomePage::setYear(int year)
{
    const int index = m_ui->year->findData(year);
    if (index >= 0)
        m_ui->year->setCurrentIndex(index);
}

void HomePage::showEvent(QShowEvent* event)
{
    // The first time the page is on screen (each refresh after it is asked for: the year, F5, the
    // records changed).
    ModulePage::showEvent(event);
    if (!m_stale)
        return;
    refresh();
    // What the refresh showed or hid is laid out now, before the first paint and the first click,
    // not when the layout's posted request comes.
    if (QLayout* l = layout())
        l->activate();
}

void HomePage::clearCharts()
{
    while (QLayoutItem* item = m_ui->charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void HomePage::refresh()
{
    m_stale = false;
    clearCharts();
    m_ui->banner->clear();
    if (!m_scope) {
        m_ui->scope->setText(tr("Your account has no figures to show."));
        return;
    }
    const int y = year();
    const QString center = m_scope->center();
    m_ui->scope->setText(center.isEmpty()
                             ? tr("Figures of %1 for the whole country").arg(y)
                             : tr("Figures of %1 for %2").arg(y).arg(Labels::center(m_store.reference(), center)));
    // Nothing recorded yet: what to do first, rather than zeros and empty charts.
    TrendQuery trends(m_store);
    auto any = trends.hasRecords(center);
    const bool empty = any && !*any;
    m_empty->setVisible(empty);
    for (FigureTile* tile : m_tiles)
        tile->setVisible(!empty);
    m_ui->year->setEnabled(!empty);
    if (empty) {
        m_ui->scope->setText(
            center.isEmpty() ? tr("Nothing is recorded in this store yet.")
                             : tr("Nothing is recorded for %1 yet.").arg(Labels::center(m_store.reference(), center)));
        return;
    }
    auto figures = FiguresRepository(m_store).compute(y, center, FiguresRepository::Detail::Headline);
    if (!figures) {
        m_ui->banner->showMessage(figures.error().message, MessageBanner::Kind::Error);
        return;
    }
    const BilantFigures& f = *figures;
    const qint64 values[] = {f.victimsIdentified,    f.victimsAssistanceMonitored,
                             f.victimsRepatriated,   f.victimsJudicialParticipation,
                             f.preventionActivities, f.personsReached,
                             f.trainingSessions,     f.interinstitutionalEvents};
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setValue(values[i]);
    // The year itself is the first tile; the five before it are read.
    auto years = trends.victimsIdentifiedByYear(y - 5, y - 1, center);
    auto months = trends.preventionActivitiesByMonth(y, center);
    if (!years || !months) {
        m_ui->banner->showMessage((years ? months.error() : years.error()).message, MessageBanner::Kind::Error);
        return;
    }
    years->append(YearCount{y, f.victimsIdentified});
    m_ui->charts->addWidget(HomeCharts::victimsByYear(*years, this));
    m_ui->charts->addWidget(
        HomeCharts::exploitation(f.breakdowns.value(QStringLiteral("primary_exploitation")), y, this));
    m_ui->charts->addWidget(HomeCharts::activitiesByMonth(*months, y, this));
}

} // namespace reper
