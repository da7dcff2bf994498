#include "InternationalDocument.h"

#include "core/ReferenceData.h"
#include "report/BilantFields.h"
#include "report/BilantTemplate.h"
#include "report/FiguresCodec.h"
#include "report/InternationalJson.h"
#include "report/InternationalTables.h"

namespace reper {

using namespace International;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

CellCodes merged(CellCodes a, const CellCodes& b)
{
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

ReportCell countCell(const InternationalData& data, const SuppressionPlan& plan, const Cell& cell)
{
    if (!cell.isTotal()) {
        const auto mark = plan.mark(cell.table(), cell.code());
        if (mark != SuppressionPlan::Mark::Shown)
            return ReportCell::hidden(plan.markText(mark));
    }
    return ReportCell::count(count(data, cell));
}

QString rowHeader(const TableLayout& t)
{
    if (t.key == QLatin1String("victims_by_citizenship"))
        return s("Cetățenie");
    if (t.key == QLatin1String("victims_by_citizenship_group"))
        return s("Grupa de cetățenie");
    if (t.key.startsWith(QLatin1String("victims_by_form")))
        return s("Forma de exploatare");
    if (t.key == QLatin1String("scope_by_sex_age"))
        return s("Tipul traficului – sex");
    return s("Sex");
}

ReportTable countTable(const InternationalData& data, const TableLayout& t, const SuppressionPlan& plan)
{
    ReportTable table;
    table.id = QStringLiteral("international.") + t.key;
    table.title = t.title + QStringLiteral(" – ") + QString::number(data.year) + s(" (") + t.standard + s(")");
    table.sheetName = t.sheetName;
    table.header << rowHeader(t);
    for (const Line& c : t.columns)
        table.header << c.label;
    for (const Line& r : t.rows) {
        QList<ReportCell> row{ReportCell::label(r.label)};
        for (const Line& c : t.columns)
            row << countCell(data, plan, Cell::of(t.population, merged(r.codes, c.codes)));
        table.rows << row;
    }
    for (int i = int(t.rows.size()) - 1; i >= 0 && t.rows[i].total; --i)
        ++table.totalRows;
    table.notes = t.definition;
    return table;
}

ReportTable sdgTable(const InternationalData& data, const SuppressionPlan& plan)
{
    ReportTable table;
    table.id = QStringLiteral("international.sdg_16_2_2");
    table.title = s("ODD 16.2.2: victime la 100.000 de locuitori – %1").arg(data.year);
    table.sheetName = s("ODD 16.2.2");
    table.header << s("Victime înregistrate") << s("Victime") << s("Populație") << s("La 100.000 de locuitori");
    const bool national = data.scope.isNational();
    for (const RateRow& r : sdgRows(data)) {
        const ReportCell victims = countCell(data, plan, r.cell);
        QList<ReportCell> row{ReportCell::label(r.label), victims};
        row << (national && r.population ? ReportCell::count(*r.population) : ReportCell::empty());
        if (victims.kind == ReportCell::Kind::Hidden)
            row << ReportCell::hidden(victims.text); // the rate would give the count away
        else if (national && r.population)
            row << ReportCell::decimal(per100k(count(data, r.cell), *r.population));
        else
            row << ReportCell::empty();
        table.rows << row;
    }
    table.notes = sdgDefinition(data);
    return table;
}

QString scopeLabel(const InternationalData& data)
{
    BilantFigures f;
    f.scope = data.scope;
    return BilantFields::scopeLabel(f);
}

} // namespace

InternationalDocument::InternationalDocument(ReportOptions options)
    : m_options(std::move(options))
{
}

SuppressionPlan InternationalDocument::planFor(const InternationalData& data) const
{
    if (m_options.edition != Edition::Public)
        return {};
    return SuppressionPlan::make(cellSystem(data, displayedCells(data)), m_options.threshold);
}

ReportDocument InternationalDocument::build(const InternationalData& data) const { return build(data, planFor(data)); }

ReportDocument InternationalDocument::build(const InternationalData& data, const SuppressionPlan& plan) const
{
    const BilantTemplate& wording = m_options.wording ? *m_options.wording : BilantTemplate::builtIn();
    ReportDocument doc;
    doc.name = s("Internațional");
    doc.year = data.year;
    doc.scope = data.scope;
    doc.scopeLabel = scopeLabel(data);
    doc.edition = editionName(m_options.edition == Edition::Public ? Edition::Public : Edition::Internal);
    doc.marking = wording.text(QStringLiteral("marking.") + doc.edition);
    doc.title = s("RAPORTARE INTERNAȚIONALĂ");
    doc.subtitle = s("Victimele traficului de persoane în cifrele datorate Eurostat, GRETA și ONU (ODD 16.2.2)");
    doc.yearLine = s("Anul %1 – %2").arg(data.year).arg(doc.scopeLabel);
    doc.paragraphs
        << s("Tabelele de mai jos sunt numărate din aceleași înregistrări și după aceleași reguli ca bilanțul anului "
             "%1: totalul fiecărui tabel este o cifră a bilanțului, numită sub tabel, iar fiecare celulă poate fi "
             "urmărită până la înregistrările ei cu reper-cli report explain --figure <tabel> --cell <coduri>.")
               .arg(data.year)
        << s("Corespondența dintre codurile Reper și categoriile Eurostat, GRETA și CTDC este descrisă în "
             "docs/international.md.");
    if (data.scope.isNational())
        doc.paragraphs << s("La nivel național, o victimă servită de două centre este numărată o singură dată.");
    if (plan.isActive())
        doc.paragraphs << s("Ediție publică: valorile de la 1 la %1 sunt arătate ca „%2”, iar valorile ascunse pentru "
                            "ca acestea să nu poată fi deduse din totaluri și din celelalte tabele, ca „x”. Totalurile "
                            "tabelelor sunt exacte.")
                              .arg(plan.threshold())
                              .arg(plan.smallMark());

    const QList<TableLayout> tables = countTables(data);
    ReportSection eurostat;
    eurostat.heading = s("Eurostat și GRETA: victimele înregistrate");
    ReportSection greta;
    greta.heading = s("GRETA: tipul traficului și sprijinul acordat");
    for (const TableLayout& t : tables) {
        ReportSection& section
            = t.population == Population::Identified && t.key != QLatin1String("scope_by_sex_age") ? eurostat : greta;
        section.tables << countTable(data, t, plan);
    }
    ReportSection sdg;
    sdg.heading = s("ODD 16.2.2: victimele la 100.000 de locuitori");
    sdg.tables << sdgTable(data, plan);
    doc.sections << eurostat << greta << sdg;

    doc.stamp(m_options, FiguresCodec::sha256Hex(internationalCanonicalJson(data)),
              s("Raportare internațională %1 – %2").arg(data.year).arg(doc.scopeLabel));
    return doc;
}

Result<QByteArray> renderInternational(ReportFormat format, const InternationalData& data, const ReportOptions& options)
{
    const InternationalDocument builder(options);
    const SuppressionPlan plan = builder.planFor(data);
    if (format == ReportFormat::Json)
        return renderInternationalJson(data, options, plan);
    return ReportFormats::renderDocument(format, builder.build(data, plan));
}

} // namespace reper
