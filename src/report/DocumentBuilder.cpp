#include "DocumentBuilder.h"

#include "report/BilantFields.h"
#include "report/BilantTemplate.h"
#include "report/FiguresCodec.h"
#include "report/NarrativeWriter.h"
#include "report/ReportTables.h"

#include <QCollator>
#include <algorithm>

namespace reper {

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

// "15.01.2026 12:00 UTC" from "2026-01-15 12:00:00"
QString closureTime(const QString& stamp)
{
    const QDateTime t = QDateTime::fromString(stamp, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t.isValid() ? t.toString(QStringLiteral("dd.MM.yyyy HH:mm")) + QStringLiteral(" UTC") : stamp;
}

} // namespace

DocumentBuilder::DocumentBuilder(ReportOptions options)
    : m_options(std::move(options))
{
}

SuppressionPlan DocumentBuilder::planFor(const BilantReportData& data) const
{
    if (m_options.edition != Edition::Public)
        return {};
    return SuppressionPlan::make(data, m_options.threshold);
}

ReportDocument DocumentBuilder::build(const BilantReportData& data) const
{
    const BilantTemplate& wording = m_options.wording ? *m_options.wording : BilantTemplate::builtIn();
    // The revised edition shows today's figures; the changes against the frozen ones get a table.
    const bool revised = m_options.edition == Edition::Revised && data.currentFigures;
    BilantReportData shown = data;
    if (revised) {
        shown.figures = *data.currentFigures;
        shown.centres = data.currentCentres;
    }
    const BilantFigures& f = shown.figures;
    const SuppressionPlan plan = planFor(shown);

    ReportDocument doc;
    doc.year = f.year;
    doc.scope = f.scope;
    doc.scopeLabel = BilantFields::scopeLabel(f);
    doc.edition = editionName(m_options.edition);
    doc.marking = wording.text(QStringLiteral("marking.") + doc.edition);

    NarrativeWriter narrative(f, wording);
    if (m_options.generatedAt.isValid())
        narrative.setEvaluationDate(m_options.generatedAt.toLocalTime().date());
    doc.title = narrative.title();
    doc.subtitle = narrative.subtitle();
    doc.yearLine = narrative.yearLine();
    doc.paragraphs = narrative.paragraphs();
    doc.backgroundHeading = narrative.backgroundHeading();
    doc.background = narrative.backgroundParagraphs();

    doc.sections << figuresSection(shown, f, plan) << victimsSection(f, plan);
    if (f.isNational() && !shown.centres.isEmpty())
        doc.sections << centresSection(f, shown.centres, plan);
    if (data.closure)
        doc.sections << closureSection(data);

    doc.stamp(m_options, FiguresCodec::contentHash(shown), s("Bilanț %1 – %2").arg(f.year).arg(doc.scopeLabel));
    return doc;
}

ReportSection DocumentBuilder::figuresSection(const BilantReportData& data, const BilantFigures& f,
                                              const SuppressionPlan& plan) const
{
    ReportSection section;
    section.heading = s("Cifrele bilanțului");
    section.tables << ReportTables::figures(f);
    if (data.previous && data.previous->year == f.year - 1)
        section.tables << ReportTables::comparison(f, *data.previous);
    section.tables << ReportTables::info(f, plan);
    return section;
}

ReportSection DocumentBuilder::victimsSection(const BilantFigures& f, const SuppressionPlan& plan) const
{
    ReportSection section;
    section.heading = s("Victimele identificate în %1").arg(f.year);
    if (plan.isActive())
        section.paragraphs << s("Ediție publică: în defalcări, valorile de la 1 la %1 sunt arătate ca „%2”, iar "
                                "valorile ascunse pentru ca acestea să nu poată fi deduse, ca „x”. Totalurile și "
                                "cifrele bilanțului sunt exacte.")
                                  .arg(plan.threshold())
                                  .arg(plan.smallMark());
    // A chart whose every value is hidden would only draw its axes.
    if (f.victimsIdentified > 0) {
        for (const ReportChart& c : {ReportTables::monthChart(f, plan), ReportTables::exploitationChart(f, plan)}) {
            if (!c.allHidden())
                section.charts << c;
        }
    }
    section.tables << ReportTables::months(f, plan);
    for (const QString& name : BilantFields::breakdownNames(f))
        section.tables << ReportTables::breakdown(f, name, plan);
    return section;
}

ReportSection DocumentBuilder::centresSection(const BilantFigures& f, const QList<BilantFigures>& unordered,
                                              const SuppressionPlan& plan) const
{
    // Centres by their seat, in Romanian alphabetical order (Brașov before București).
    QList<BilantFigures> centres = unordered;
    QCollator collator{QLocale(QLocale::Romanian, QLocale::Romania)};
    std::stable_sort(centres.begin(), centres.end(), [&](const BilantFigures& a, const BilantFigures& b) {
        return collator.compare(ReportTables::centreSeat(a.scope.center()), ReportTables::centreSeat(b.scope.center()))
            < 0;
    });
    ReportSection section;
    section.heading = s("Centrele regionale");
    section.charts << ReportTables::centreChart(centres, false) << ReportTables::centreChart(centres, true);
    section.tables << ReportTables::centreVictims(f, centres, plan) << ReportTables::centrePrevention(f, centres)
                   << ReportTables::centreCooperation(f, centres);
    return section;
}

ReportSection DocumentBuilder::closureSection(const BilantReportData& data) const
{
    const BilantClosure& c = *data.closure;
    ReportSection section;
    section.heading = s("Închiderea anului %1").arg(data.figures.year);
    section.paragraphs << s("Anul %1 a fost închis la %2 de %3, după regulile de numărare în versiunea %4%5. "
                            "Amprenta cifrelor înghețate (SHA-256): %6.")
                              .arg(data.figures.year)
                              .arg(closureTime(c.closedAt), c.closedBy, c.rulesVersion)
                              .arg(c.forced ? s(", deși verificarea datelor a găsit probleme care blocau închiderea")
                                            : QString())
                              .arg(c.contentHash);
    if (m_options.edition == Edition::Revised && data.currentFigures)
        section.paragraphs << s("Această ediție revizuită arată cifrele actuale; tabelul de mai jos dă, pentru fiecare "
                                "cifră schimbată, valoarea de la închidere și pe cea actuală.");
    else if (data.frozen)
        section.paragraphs << s("Cifrele acestui document sunt cele înghețate la închidere.");
    else
        section.paragraphs << s("Cifrele acestui document sunt cele actuale, nu cele înghețate la închidere.");
    if (m_options.edition == Edition::Revised && data.currentFigures)
        section.tables << ReportTables::revisions(data);
    // The public edition names no record.
    if (m_options.edition != Edition::Public)
        section.tables << ReportTables::changedRecords(data.changedSinceClosure, kChangedRecordsShown);
    return section;
}

} // namespace reper
