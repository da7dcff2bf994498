#include "ReportSource.h"

#include "report/FiguresCodec.h"
#include "storage/Store.h"
#include "storage/figures/ClosedYearRepository.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/figures/InternationalRepository.h"

#include <QCoreApplication>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "ReportSource").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportSource)
};

} // namespace

Result<BilantReportData> loadReportData(Store& store, const ReportRequest& request)
{
    const Scope scope = Scope::ofCenter(request.center);
    if (!store.reference().centerId(request.center) && !request.center.isEmpty())
        return makeError(
            QCoreApplication::translate("FiguresRepository", "There is no centre %1.").arg(request.center));
    if (!store.access().canSeeFigures(scope))
        return makeError(Tr::tr("you may not see the figures of %1").arg(scope.text()));
    ClosedYearRepository closed(store);
    auto closing = closed.latest(request.year, scope);
    if (!closing)
        return closing.error();
    FiguresRepository figures(store);
    if (request.revised && !*closing)
        return makeError(Tr::tr("the revised edition compares a closed year with today's figures, and %1 (%2) is not "
                                "closed")
                             .arg(request.year)
                             .arg(scope.text()));

    BilantReportData data;
    if (*closing && !request.current && !request.revised) {
        auto frozen = FiguresCodec::fromJson((*closing)->figuresJson);
        if (!frozen)
            return frozen.error();
        data = std::move(*frozen);
        data.frozen = true;
    } else if (*closing && request.revised) {
        auto frozen = FiguresCodec::fromJson((*closing)->figuresJson);
        if (!frozen)
            return frozen.error();
        auto now = figures.computeReport(request.year, request.center);
        if (!now)
            return now.error();
        data = std::move(*frozen);
        data.frozen = true;
        data.currentFigures = now->figures;
        data.currentCentres = now->centres;
    } else {
        auto now = figures.computeReport(request.year, request.center);
        if (!now)
            return now.error();
        data = std::move(*now);
    }
    if (*closing) {
        data.closure = (*closing)->closure();
        auto changed = closed.changedSince(request.year, scope, (*closing)->closedAt);
        if (!changed)
            return changed.error();
        data.changedSinceClosure = *changed;
    }
    return data;
}

Result<InternationalData> loadInternationalData(Store& store, int year, const QString& center)
{
    const Scope scope = Scope::ofCenter(center);
    if (!center.isEmpty() && !store.reference().centerId(center))
        return makeError(QCoreApplication::translate("FiguresRepository", "There is no centre %1.").arg(center));
    if (!store.access().canSeeFigures(scope))
        return makeError(Tr::tr("you may not see the figures of %1").arg(scope.text()));
    auto data = InternationalRepository(store).compute(year, center);
    if (!data)
        return data.error();
    auto closing = ClosedYearRepository(store).latest(year, scope);
    if (!closing)
        return closing.error();
    if (*closing) {
        auto frozen = FiguresCodec::fromJson((*closing)->figuresJson);
        if (!frozen)
            return frozen.error();
        data->frozen = frozen->figures;
    }
    return data;
}

} // namespace reper
