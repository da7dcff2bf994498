#include "ReportTables.h"

#include "core/ReferenceData.h"
#include "core/TextFold.h"
#include "report/BilantFields.h"

#include <algorithm>

namespace reper::ReportTables {

namespace {

using Mark = SuppressionPlan::Mark;

const QString kDistinctMark = QStringLiteral(" *");

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

// The legend under a table of the public edition that hides cells.
QString hiddenNote(const SuppressionPlan& plan)
{
    return s("%1: între 1 și %2 victime; x: valoare ascunsă pentru ca valorile mici să nu poată fi deduse din "
             "totaluri și din celelalte valori.")
        .arg(plan.smallMark())
        .arg(plan.threshold());
}

// The count, or its mark when the plan hides it.
ReportCell countCell(const SuppressionPlan& plan, const QString& table, const QString& code, qint64 n)
{
    const Mark m = plan.mark(table, code);
    return m == Mark::Shown ? ReportCell::count(n) : ReportCell::hidden(plan.markText(m));
}

ReportCell percentCell(const SuppressionPlan& plan, const QString& table, const QString& code, qint64 n, qint64 total)
{
    return plan.isHidden(table, code) ? ReportCell::hidden(SuppressionPlan::complementaryMark())
                                      : ReportCell::percent(n, total);
}

// Codes in table order. In the public edition counties and countries are listed by name, not
// largest first: the place of a hidden cell among the shown ones would tell how large it is.
QStringList codesInOrder(const QString& name, const QMap<QString, qint64>& counts, const SuppressionPlan& plan)
{
    QStringList codes = BilantFields::orderedCodes(name, counts);
    const bool byName = name == QLatin1String("county") || name == QLatin1String("exploitation_country");
    if (plan.isActive() && byName) {
        const bool unknown = codes.removeAll(QStringLiteral("unknown")) > 0;
        std::sort(codes.begin(), codes.end(), [&](const QString& a, const QString& b) {
            return foldText(BilantFields::breakdownLabel(name, a)) < foldText(BilantFields::breakdownLabel(name, b));
        });
        if (unknown)
            codes << QStringLiteral("unknown");
    }
    return codes;
}

bool anyHidden(const SuppressionPlan& plan, const QString& table, const QStringList& codes)
{
    return std::any_of(codes.begin(), codes.end(), [&](const QString& c) { return plan.isHidden(table, c); });
}

const QString kNationalNote = s(
    "* Victime distincte: o victimă în evidența mai multor centre regionale este numărată o singură dată, de aceea "
    "cifrele naționale nu sunt suma cifrelor centrelor regionale. La fel pentru defalcările victimelor identificate.");

struct Column
{
    const char* key;
    const char* heading;
    qint64 BilantFigures::*value;
};

ReportTable centreTable(const QString& id, const QString& title, const QString& sheet,
                        const std::vector<Column>& columns, const BilantFigures& national,
                        const QList<BilantFigures>& centres, const SuppressionPlan* plan)
{
    ReportTable t;
    t.id = id;
    t.title = title;
    t.sheetName = sheet;
    t.header << s("Centrul regional");
    for (const Column& c : columns)
        t.header << s(c.heading);
    bool hidden = false;
    for (const BilantFigures& f : centres) {
        QList<ReportCell> row{ReportCell::label(centreSeat(f.scope.center()))};
        for (const Column& c : columns) {
            const QString table = QStringLiteral("centres.") + QLatin1String(c.key);
            if (plan) {
                row << countCell(*plan, table, f.scope.center(), f.*c.value);
                hidden = hidden || plan->isHidden(table, f.scope.center());
            } else {
                row << ReportCell::count(f.*c.value);
            }
        }
        t.rows << row;
    }
    QList<ReportCell> total{ReportCell::label(s("Total național"))};
    for (const Column& c : columns)
        total << ReportCell::count(national.*c.value);
    t.rows << total;
    t.totalRows = 1;
    if (hidden && plan)
        t.notes << hiddenNote(*plan);
    return t;
}

QString kindLabel(const QString& kind)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("victim"), s("Victimă")},
        {QStringLiteral("identification"), s("Identificare")},
        {QStringLiteral("assistance"), s("Asistență")},
        {QStringLiteral("repatriation"), s("Repatriere")},
        {QStringLiteral("judicial"), s("Sprijin în procedurile penale")},
        {QStringLiteral("campaign"), s("Campanie")},
        {QStringLiteral("prevention_activity"), s("Activitate de prevenire")},
        {QStringLiteral("protocol"), s("Protocol")},
        {QStringLiteral("action_plan"), s("Plan de acțiune")},
        {QStringLiteral("team_meeting"), s("Întâlnire a echipei interinstituționale")},
        {QStringLiteral("training"), s("Sesiune de instruire")},
        {QStringLiteral("event"), s("Eveniment interinstituțional")},
        {QStringLiteral("funded_project"), s("Proiect finanțat")},
    };
    return labels.value(kind, kind);
}

} // namespace

QString monthName(int month)
{
    static const char* names[] = {"ianuarie", "februarie", "martie",     "aprilie",   "mai",       "iunie",
                                  "iulie",    "august",    "septembrie", "octombrie", "noiembrie", "decembrie"};
    return month >= 1 && month <= 12 ? s(names[month - 1]) : QString();
}

QString centreSeat(const QString& code)
{
    for (const CenterDefault& c : ReferenceData::centers()) {
        if (c.code == code)
            return c.seat;
    }
    return code;
}

ReportTable figures(const BilantFigures& f)
{
    ReportTable t;
    t.id = QStringLiteral("figures");
    t.title = s("Cifrele bilanțului %1 – %2").arg(f.year).arg(BilantFields::scopeLabel(f));
    t.sheetName = s("Cifrele bilanțului");
    t.header = QStringList{QStringLiteral("Indicator"), s("Număr")};
    const bool mark = f.isNational(); // distinct victims matter only nationally
    for (const BilantFields::Field& field : BilantFields::figures())
        t.rows << QList<ReportCell>{
            ReportCell::label(field.wording + (mark && field.distinctVictims ? kDistinctMark : QString())),
            ReportCell::count(f.*field.value)};
    if (mark)
        t.notes << kNationalNote;
    return t;
}

ReportTable comparison(const BilantFigures& f, const BilantFigures& previous)
{
    ReportTable t;
    t.id = QStringLiteral("comparison");
    t.title = s("Anul %1 față de anul %2 – %3").arg(f.year).arg(previous.year).arg(BilantFields::scopeLabel(f));
    t.sheetName = s("Comparație %1–%2").arg(f.year).arg(previous.year);
    t.header = QStringList{QStringLiteral("Indicator"), QString::number(f.year), QString::number(previous.year),
                           s("Diferență"), s("Variație")};
    for (const BilantFields::Field& field : BilantFields::figures()) {
        const qint64 now = f.*field.value;
        const qint64 before = previous.*field.value;
        t.rows << QList<ReportCell>{ReportCell::label(field.wording), ReportCell::count(now), ReportCell::count(before),
                                    ReportCell::signedCount(now - before), ReportCell::change(now, before)};
    }
    t.notes << s("Variația este diferența raportată la anul %1; „–” când în %1 cifra era 0.").arg(previous.year);
    return t;
}

ReportTable info(const BilantFigures& f, const SuppressionPlan& plan)
{
    ReportTable t;
    t.id = QStringLiteral("info");
    t.title = s("Alte cifre");
    t.sheetName = s("Alte cifre");
    t.header = QStringList{QStringLiteral("Indicator"), s("Număr")};
    for (const BilantFields::Field& field : BilantFields::info())
        t.rows << QList<ReportCell>{ReportCell::label(field.wording),
                                    countCell(plan, QStringLiteral("info"), QLatin1String(field.key), f.*field.value)};
    if (plan.isHidden(QStringLiteral("info"), QStringLiteral("attempts")))
        t.notes << hiddenNote(plan);
    return t;
}

ReportTable breakdown(const BilantFigures& f, const QString& name, const SuppressionPlan& plan)
{
    const QMap<QString, qint64> counts = f.breakdowns.value(name);
    qint64 total = 0;
    for (qint64 n : counts)
        total += n;
    ReportTable t;
    t.id = QStringLiteral("breakdown.") + name;
    t.title = BilantFields::breakdownTitle(name, f.year);
    t.sheetName = BilantFields::breakdownTitle(name, f.year).section(QStringLiteral(", "), 1);
    t.header = QStringList{QStringLiteral("Categorie"), QStringLiteral("Victime"), QStringLiteral("%")};
    const QStringList codes = codesInOrder(name, counts, plan);
    if (plan.isWithheld(name)) {
        t.notes << s("Defalcarea nu este publicată: valorile sunt atât de mici încât ar putea fi deduse din total.");
    } else {
        for (const QString& code : codes)
            t.rows << QList<ReportCell>{ReportCell::label(BilantFields::breakdownLabel(name, code)),
                                        countCell(plan, name, code, counts.value(code)),
                                        percentCell(plan, name, code, counts.value(code), total)};
        if (anyHidden(plan, name, codes))
            t.notes << hiddenNote(plan);
    }
    t.rows << QList<ReportCell>{ReportCell::label(QStringLiteral("Total")), ReportCell::count(total),
                                ReportCell::percent(total, total)};
    t.totalRows = 1;
    return t;
}

ReportTable months(const BilantFigures& f, const SuppressionPlan& plan)
{
    ReportTable t;
    t.id = QStringLiteral("months");
    t.title = s("Victime identificate în %1, pe luni (după data notificării)").arg(f.year);
    t.sheetName = s("Pe luni");
    t.header = QStringList{QStringLiteral("Luna"), QStringLiteral("Victime"), QStringLiteral("%")};
    qint64 total = 0;
    for (qint64 n : f.identifiedByMonth)
        total += n;
    const QString table = QStringLiteral("month");
    QStringList codes;
    if (plan.isWithheld(table)) {
        t.notes << s("Repartizarea pe luni nu este publicată: valorile sunt atât de mici încât ar putea fi deduse "
                     "din total.");
    } else {
        for (int m = 1; m <= 12; ++m) {
            const QString code = QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0'));
            const qint64 n = f.identifiedByMonth[size_t(m - 1)];
            codes << code;
            t.rows << QList<ReportCell>{ReportCell::label(monthName(m)), countCell(plan, table, code, n),
                                        percentCell(plan, table, code, n, total)};
        }
        if (anyHidden(plan, table, codes))
            t.notes << hiddenNote(plan);
    }
    t.rows << QList<ReportCell>{ReportCell::label(QStringLiteral("Total")), ReportCell::count(total),
                                ReportCell::percent(total, total)};
    t.totalRows = 1;
    return t;
}

ReportTable centreVictims(const BilantFigures& national, const QList<BilantFigures>& centres,
                          const SuppressionPlan& plan)
{
    using F = BilantFigures;
    ReportTable t = centreTable(
        QStringLiteral("centres.victims"), s("Victime, pe centre regionale – %1").arg(national.year),
        s("Centre – victime"),
        {{"victims_identified", "Victime identificate *", &F::victimsIdentified},
         {"victims_assistance_monitored", "Asistență monitorizată *", &F::victimsAssistanceMonitored},
         {"victims_repatriated", "Repatriate, cetățeni români *", &F::victimsRepatriated},
         {"victims_judicial_participation", "Sprijin în procedurile penale *", &F::victimsJudicialParticipation}},
        national, centres, plan.isActive() ? &plan : nullptr);
    t.notes.prepend(s("* Victime distincte: o victimă în evidența a două centre este numărată la fiecare centru și o "
                      "singură dată la nivel național, de aceea rândul național nu este suma centrelor."));
    return t;
}

ReportTable centrePrevention(const BilantFigures& national, const QList<BilantFigures>& centres)
{
    using F = BilantFigures;
    ReportTable t
        = centreTable(QStringLiteral("centres.prevention"), s("Prevenire, pe centre regionale – %1").arg(national.year),
                      s("Centre – prevenire"),
                      {{"prevention_activities", "Activități informativ-preventive", &F::preventionActivities},
                       {"prevention_campaigns", "Campanii/ proiecte *", &F::preventionCampaigns},
                       {"persons_reached", "Persoane la care au ajuns mesajele", &F::personsReached},
                       {"online_reach", "Audiență online", &F::onlineReach}},
                      national, centres, nullptr);
    t.notes << s("* O campanie cu activități la mai multe centre este numărată la fiecare centru și o singură dată la "
                 "nivel național.");
    return t;
}

ReportTable centreCooperation(const BilantFigures& national, const QList<BilantFigures>& centres)
{
    using F = BilantFigures;
    return centreTable(QStringLiteral("centres.cooperation"),
                       s("Cooperare și instruire, pe centre regionale – %1").arg(national.year),
                       s("Centre – cooperare"),
                       {{"protocols_signed", "Protocoale noi", &F::protocolsSigned},
                        {"action_plans", "Planuri de acțiune", &F::actionPlans},
                        {"team_meetings", "Întâlniri ale echipelor", &F::teamMeetings},
                        {"training_sessions", "Sesiuni de instruire", &F::trainingSessions},
                        {"specialists_trained", "Specialiști instruiți", &F::specialistsTrained},
                        {"interinstitutional_events", "Evenimente", &F::interinstitutionalEvents},
                        {"funded_projects", "Proiecte finanțate", &F::fundedProjects}},
                       national, centres, nullptr);
}

ReportTable revisions(const BilantReportData& data)
{
    ReportTable t;
    t.id = QStringLiteral("revisions");
    t.title = s("Cifre modificate după închiderea anului %1").arg(data.figures.year);
    t.sheetName = s("Revizuiri");
    t.header = QStringList{QStringLiteral("Indicator"), s("La închidere"), QStringLiteral("Actual"), s("Diferență")};
    if (!data.currentFigures)
        return t;
    const BilantFigures& frozen = data.figures;
    const BilantFigures& now = *data.currentFigures;
    const auto row = [&](const QString& what, qint64 a, qint64 b) {
        if (a != b)
            t.rows << QList<ReportCell>{ReportCell::label(what), ReportCell::count(a), ReportCell::count(b),
                                        ReportCell::signedCount(b - a)};
    };
    for (const auto* fields : {&BilantFields::figures(), &BilantFields::info()}) {
        for (const BilantFields::Field& field : *fields)
            row(field.wording, frozen.*field.value, now.*field.value);
    }
    QStringList names = BilantFields::breakdownNames(frozen);
    for (const QString& n : BilantFields::breakdownNames(now)) {
        if (!names.contains(n))
            names << n;
    }
    for (const QString& name : names) {
        QMap<QString, qint64> both = frozen.breakdowns.value(name);
        const QMap<QString, qint64> current = now.breakdowns.value(name);
        for (auto it = current.constBegin(); it != current.constEnd(); ++it)
            both.insert(it.key(), 0);
        for (const QString& code : BilantFields::orderedCodes(name, both))
            row(BilantFields::breakdownTitle(name, frozen.year) + QStringLiteral(": ")
                    + BilantFields::breakdownLabel(name, code),
                frozen.breakdowns.value(name).value(code), now.breakdowns.value(name).value(code));
    }
    for (int m = 0; m < 12; ++m)
        row(s("Victime identificate în %1, %2").arg(frozen.year).arg(monthName(m + 1)),
            frozen.identifiedByMonth[size_t(m)], now.identifiedByMonth[size_t(m)]);
    for (const BilantFigures& c : data.centres) {
        const auto current = std::find_if(data.currentCentres.begin(), data.currentCentres.end(),
                                          [&](const BilantFigures& x) { return x.scope == c.scope; });
        if (current == data.currentCentres.end())
            continue;
        for (const BilantFields::Field& field : BilantFields::figures())
            row(centreSeat(c.scope.center()) + QStringLiteral(" – ") + field.wording, c.*field.value,
                (*current).*field.value);
    }
    if (t.rows.isEmpty())
        t.notes << s("Nicio cifră nu s-a schimbat de la închiderea anului.");
    return t;
}

ReportTable changedRecords(const QList<ChangedRecord>& records, int limit)
{
    ReportTable t;
    t.id = QStringLiteral("changed_records");
    t.title = s("Înregistrări ale anului modificate sau adăugate după închidere");
    t.sheetName = s("Modificate după închidere");
    t.header = QStringList{QStringLiteral("Tip"),  QStringLiteral("Nr. înregistrare"), s("Cod victimă"),
                           QStringLiteral("Data"), QStringLiteral("Centrul"),          s("Modificată la (UTC)")};
    for (int i = 0; i < records.size() && i < limit; ++i) {
        const ChangedRecord& r = records[i];
        t.rows << QList<ReportCell>{ReportCell::label(kindLabel(r.kind)), ReportCell::label(QString::number(r.id)),
                                    ReportCell::label(r.victimCode),      ReportCell::label(r.date),
                                    ReportCell::label(r.centre),          ReportCell::label(r.updatedAt)};
    }
    if (records.size() > limit)
        t.notes
            << s("… și încă %1 înregistrări (lista întreagă: reper-cli report explain).").arg(records.size() - limit);
    if (records.isEmpty())
        t.notes << s("Nicio înregistrare a anului nu a fost modificată sau adăugată după închidere.");
    return t;
}

ReportChart monthChart(const BilantFigures& f, const SuppressionPlan& plan)
{
    static const char* shortNames[]
        = {"ian", "feb", "mar", "apr", "mai", "iun", "iul", "aug", "sep", "oct", "nov", "dec"};
    ReportChart c;
    c.id = QStringLiteral("chart.months");
    c.title = s("Victime identificate în %1, pe luni").arg(f.year);
    c.valueName = QStringLiteral("victime");
    c.shape = ReportChart::Shape::Columns;
    const bool withheld = plan.isWithheld(QStringLiteral("month"));
    for (int m = 0; m < 12; ++m) {
        const QString code = QStringLiteral("%1").arg(m + 1, 2, 10, QLatin1Char('0'));
        c.labels << s(shortNames[m]);
        c.values << f.identifiedByMonth[size_t(m)];
        c.marks << (withheld ? SuppressionPlan::complementaryMark()
                             : plan.markText(plan.mark(QStringLiteral("month"), code)));
    }
    return c;
}

ReportChart exploitationChart(const BilantFigures& f, const SuppressionPlan& plan)
{
    const QString name = QStringLiteral("primary_exploitation");
    ReportChart c;
    c.id = QStringLiteral("chart.exploitation");
    c.title = s("Victime identificate în %1, după forma principală de exploatare").arg(f.year);
    c.valueName = QStringLiteral("victime");
    c.shape = ReportChart::Shape::Bars;
    const QMap<QString, qint64> counts = f.breakdowns.value(name);
    const bool withheld = plan.isWithheld(name);
    for (const QString& code : BilantFields::orderedCodes(name, counts)) {
        c.labels << BilantFields::breakdownLabel(name, code);
        c.values << counts.value(code);
        c.marks << (withheld ? SuppressionPlan::complementaryMark() : plan.markText(plan.mark(name, code)));
    }
    return c;
}

ReportChart centreChart(const QList<BilantFigures>& centres, bool persons)
{
    ReportChart c;
    c.id = persons ? QStringLiteral("chart.centres.persons") : QStringLiteral("chart.centres.activities");
    const int year = centres.isEmpty() ? 0 : centres.first().year;
    c.title = persons ? s("Persoane la care au ajuns mesajele preventive, pe centre – %1").arg(year)
                      : s("Activități informativ-preventive, pe centre – %1").arg(year);
    c.valueName = persons ? QStringLiteral("persoane") : s("activități");
    c.shape = ReportChart::Shape::Bars;
    for (const BilantFigures& f : centres) {
        c.labels << centreSeat(f.scope.center());
        c.values << (persons ? f.personsReached : f.preventionActivities);
        c.marks << QString();
    }
    return c;
}

} // namespace reper::ReportTables
