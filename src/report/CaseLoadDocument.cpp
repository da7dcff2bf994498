#include "CaseLoadDocument.h"

#include "core/BilantFigures.h"
#include "report/BilantFields.h"
#include "report/BilantTemplate.h"
#include "report/FiguresCodec.h"

#include <QCoreApplication>
#include <cmath>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaseLoadDocument)
};

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

QString day(const QDate& d) { return d.toString(QStringLiteral("dd.MM.yyyy")); }

QString scopeLabel(const CaseLoadFigures& f)
{
    BilantFigures b;
    b.scope = f.scope;
    return BilantFields::scopeLabel(b);
}

// Every figure in a fixed order: what the footer's fingerprint is taken of.
QByteArray canonical(const CaseLoadFigures& f)
{
    QStringList parts{f.scope.text(),
                      f.from.toString(Qt::ISODate),
                      f.to.toString(Qt::ISODate),
                      f.asOf.toString(Qt::ISODate),
                      QString::number(f.open),
                      QString::number(f.openOverdue),
                      QString::number(f.opened),
                      QString::number(f.closed),
                      QString::number(f.openedWithContact),
                      f.medianDaysToContact ? QString::number(*f.medianDaysToContact) : QStringLiteral("-"),
                      QString::number(f.followUpsDue),
                      QString::number(f.followUpsOnTime),
                      QString::number(f.followUpsLate)};
    for (const WorkerLoad& w : f.workers)
        parts << QStringLiteral("%1/%2/%3/%4").arg(w.center, w.worker).arg(w.open).arg(w.overdue);
    return parts.join(QLatin1Char('|')).toUtf8();
}

ReportTable workersTable(const CaseLoadFigures& f)
{
    ReportTable t;
    t.id = QStringLiteral("caseload.workers");
    t.title = s("Cazurile deschise la %1, pe responsabil de caz").arg(day(f.asOf));
    t.sheetName = s("Pe responsabil de caz");
    t.header << s("Centrul") << s("Responsabil de caz") << s("Cazuri deschise") << s("Cu termen depășit")
             << s("Ponderea celor cu termen depășit");
    for (const WorkerLoad& w : f.workers)
        t.rows << QList<ReportCell>{
            ReportCell::label(w.center), ReportCell::label(w.worker.isEmpty() ? s("(nealocat)") : w.worker),
            ReportCell::count(w.open), ReportCell::count(w.overdue), ReportCell::percent(w.overdue, w.open)};
    t.rows << QList<ReportCell>{ReportCell::label(s("Total")), ReportCell::label(QString()), ReportCell::count(f.open),
                                ReportCell::count(f.openOverdue), ReportCell::percent(f.openOverdue, f.open)};
    t.totalRows = 1;
    t.notes << s("Caz deschis: în lucru sau în monitorizare. Un termen depășit este un element al listei „Astăzi” "
                 "cu data înainte de %1 (nici îndeplinit, nici pus deoparte cu un motiv).")
                   .arg(day(f.asOf));
    return t;
}

ReportTable periodTable(const CaseLoadFigures& f)
{
    ReportTable t;
    t.id = QStringLiteral("caseload.period");
    t.title = s("Perioada %1 – %2").arg(day(f.from), day(f.to));
    t.sheetName = s("Perioada");
    t.header << s("Indicator") << s("Valoare");
    const auto row = [&](const QString& label, const ReportCell& value) {
        t.rows << QList<ReportCell>{ReportCell::label(label), value};
    };
    row(s("Cazuri deschise în perioadă"), ReportCell::count(f.opened));
    row(s("Cazuri închise în perioadă"), ReportCell::count(f.closed));
    row(s("Cazuri deschise în perioadă cu un contact de monitorizare"), ReportCell::count(f.openedWithContact));
    row(s("Cazuri deschise în perioadă fără contact de monitorizare"), ReportCell::count(f.openedWithoutContact()));
    // A number of days, possibly a half: a decimal cell (a number in the workbook), shown as "6,5".
    const ReportCell median = f.medianDaysToContact
        ? ReportCell{ReportCell::Kind::Decimal, caseLoadDays(f.medianDaysToContact), *f.medianDaysToContact}
        : ReportCell::empty();
    row(s("Mediana zilelor de la deschiderea cazului la primul contact"), median);
    row(s("Urmăriri după repatriere scadente în perioadă"), ReportCell::count(f.followUpsDue));
    row(s("– făcute la timp"), ReportCell::count(f.followUpsOnTime));
    row(s("– făcute cu întârziere"), ReportCell::count(f.followUpsLate));
    row(s("– nefăcute"), ReportCell::count(f.followUpsMissed()));
    row(s("Ponderea urmăririlor făcute la timp"), ReportCell::percent(f.followUpsOnTime, f.followUpsDue));
    t.notes << s("Primul contact: cel mai vechi contact de monitorizare datat în ziua deschiderii cazului sau după.")
            << s("O urmărire după repatriere (la 3, 6 și 12 luni de la sosire, după regula termenului) este făcută la "
                 "timp când un contact de monitorizare este datat din perioada în care termenul apare în listă până "
                 "la data lui; numărate sunt cele cu data în perioadă, până la %1, ale cazurilor neînchise înainte "
                 "de acea dată, fără cele puse deoparte cu un motiv.")
                   .arg(day(qMin(f.to, f.asOf)));
    return t;
}

} // namespace

QString caseLoadDays(const std::optional<double>& days)
{
    if (!days)
        return s("–");
    const double rounded = std::round(*days * 10.0) / 10.0;
    QString text = QString::number(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
    return text.replace(QLatin1Char('.'), QLatin1Char(','));
}

CaseLoadDocument::CaseLoadDocument(ReportOptions options)
    : m_options(std::move(options))
{
}

QList<ReportFormat> CaseLoadDocument::formats()
{
    return {ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Csv, ReportFormat::Txt};
}

ReportDocument CaseLoadDocument::build(const CaseLoadFigures& f) const
{
    const BilantTemplate& wording = m_options.wording ? *m_options.wording : BilantTemplate::builtIn();
    ReportDocument doc;
    doc.name = s("Volumul de cazuri");
    doc.year = 0;
    doc.scope = f.scope;
    doc.scopeLabel = scopeLabel(f);
    doc.edition = editionName(Edition::Internal);
    doc.marking = wording.text(QStringLiteral("marking.internal"));
    doc.title = s("VOLUMUL DE CAZURI");
    doc.subtitle = s("Cazurile victimelor: responsabilii de caz, termenele și contactele de monitorizare");
    doc.yearLine = s("Perioada %1 – %2 – %3").arg(day(f.from), day(f.to), doc.scopeLabel);
    doc.paragraphs
        << s("Cazuri deschise la %1: %2, dintre care cu cel puțin un termen depășit: %3 (%4). Cazuri deschise în "
             "perioadă: %5; cazuri închise în perioadă: %6.")
               .arg(day(f.asOf))
               .arg(f.open)
               .arg(f.openOverdue)
               .arg(ReportCell::percent(f.openOverdue, f.open).text)
               .arg(f.opened)
               .arg(f.closed)
        << (f.medianDaysToContact
                ? s("Zile de la deschiderea cazului până la primul contact de monitorizare, la mediană: %1 (cazuri cu "
                    "contact: %2; fără contact încă: %3).")
                      .arg(caseLoadDays(f.medianDaysToContact))
                      .arg(f.openedWithContact)
                      .arg(f.openedWithoutContact())
                : s("Niciun caz deschis în perioadă nu are încă un contact de monitorizare."))
        << s("Urmăriri după repatriere scadente în perioadă: %1 – la timp: %2, cu întârziere: %3, nefăcute: %4.")
               .arg(f.followUpsDue)
               .arg(f.followUpsOnTime)
               .arg(f.followUpsLate)
               .arg(f.followUpsMissed());
    ReportSection load;
    load.heading = s("Cazurile deschise");
    load.tables << workersTable(f);
    ReportSection period;
    period.heading = s("Perioada");
    period.tables << periodTable(f);
    doc.sections << load << period;

    doc.stamp(m_options, FiguresCodec::sha256Hex(canonical(f)),
              s("Volumul de cazuri %1 – %2 – %3").arg(day(f.from), day(f.to), doc.scopeLabel));
    return doc;
}

Result<QByteArray> renderCaseLoad(ReportFormat format, const CaseLoadFigures& figures, const ReportOptions& options)
{
    if (format != ReportFormat::Json)
        return ReportFormats::renderDocument(format, CaseLoadDocument(options).build(figures));
    return makeError(Tr::tr("The case-load report is made as PDF, XLSX, CSV or text."));
}

} // namespace reper
