// report explain --year Y --figure KEY [--center CR-XX] [--format txt|csv]: the records behind a
// figure — victim codes, record ids, dates, centres; never identity. KEY may also be a table of the
// international report with --cell DIM=CODE,… (its JSON codes): the victims in that cell.
#include "cli/Commands.h"
#include "core/CsvWriter.h"
#include "report/BilantFields.h"
#include "report/CountPhrase.h"
#include "report/FiguresCodec.h"
#include "report/InternationalTables.h"
#include "report/ReportSource.h"
#include "storage/figures/ClosedYearRepository.h"
#include "storage/figures/ExplainRepository.h"

#include <QCoreApplication>

namespace reper::cli {

namespace {

// The frozen value of a figure, when the year is closed.
std::optional<qint64> frozenValue(const ClosedYearRecord& closing, const QString& key)
{
    const auto data = FiguresCodec::fromJson(closing.figuresJson);
    if (!data)
        return std::nullopt;
    for (const auto* fields : {&BilantFields::figures(), &BilantFields::info()}) {
        for (const BilantFields::Field& f : *fields) {
            if (key == QLatin1String(f.key))
                return data->figures.*f.value;
        }
    }
    return std::nullopt;
}

// The victims of one cell of an international table, as an explanation of victims.
Result<Explanation> explainCell(Store& store, int year, const QString& center, const QString& table,
                                const QString& cellText)
{
    QMap<QString, QString> codes;
    for (const QString& pair : cellText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(CliText::tr("--cell takes DIMENSION=CODE pairs separated by commas (sex=F,age=child)"));
        codes.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    // The same right as the records behind a bilanț figure (ExplainRepository).
    const AccessPolicy& access = store.access();
    if (!access.canListVictims() || (center.isEmpty() ? !access.readsEveryCenter() : !access.canReadRecords(center)))
        return makeError(CliText::tr("you may not see the records of this scope"));
    auto data = loadInternationalData(store, year, center);
    if (!data)
        return data.error();
    auto cell = International::cellOf(*data, table, codes);
    if (!cell)
        return cell.error();
    Explanation e;
    e.figure = table;
    e.unit = QStringLiteral("victims");
    for (const VictimFacts& v : International::victimsIn(*data, *cell))
        e.rows << ExplainRow{v.code, QStringLiteral("%1 #%2").arg(v.recordKind).arg(v.recordId), v.date, v.centre, 1};
    std::sort(e.rows.begin(), e.rows.end(),
              [](const ExplainRow& a, const ExplainRow& b) { return a.reference < b.reference; });
    return e;
}

} // namespace

int runExplain(CliContext& ctx)
{
    bool missing = false;
    const auto yearText = ctx.takeValue(QStringLiteral("--year"), &missing);
    const auto figure = ctx.takeValue(QStringLiteral("--figure"), &missing);
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const QString format = ctx.takeValue(QStringLiteral("--format"), &missing).value_or(QStringLiteral("txt"));
    const auto cellText = ctx.takeValue(QStringLiteral("--cell"), &missing);
    if (missing)
        return ctx.usage(CliText::tr("an option of report explain has no value"));
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
    bool yearOk = false;
    const int year = yearText ? yearText->toInt(&yearOk) : 0;
    if (!yearOk || year < 1900 || year > 2200)
        return ctx.usage(CliText::tr("report explain needs --year YYYY"));
    if (!figure)
        return ctx.usage(CliText::tr("report explain needs --figure KEY (%1)")
                             .arg(ExplainRepository::keys().join(QStringLiteral(", "))));
    const bool international = International::tableKeys().contains(*figure);
    if (!ExplainRepository::keys().contains(*figure) && !international)
        return ctx.usage(CliText::tr("unknown figure '%1' (%2; or a table of report international with --cell)")
                             .arg(*figure, ExplainRepository::keys().join(QStringLiteral(", "))));
    if (cellText && !international)
        return ctx.usage(CliText::tr("--cell goes with a table of report international (%1)")
                             .arg(International::tableKeys().join(QStringLiteral(", "))));
    if (format != QLatin1String("txt") && format != QLatin1String("csv"))
        return ctx.usage(CliText::tr("report explain writes txt or csv"));

    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    const QString code = center ? center->toUpper() : QString();
    const Scope scope = Scope::ofCenter(code);
    // The records behind a figure are a list of victims: the right to list victims, not only figures.
    if (!(*store)->access().canSeeFigures(scope) || !(*store)->access().canListVictims())
        return ctx.fail(CliText::tr("you may not list the records of %1").arg(scope.text()));
    ExplainRepository explain(**store);
    auto e = international ? explainCell(**store, year, code, *figure, cellText.value_or(QString()))
                           : explain.explain(year, code, *figure);
    if (!e)
        return ctx.fail(e.error());
    ClosedYearRepository closed(**store);
    auto closing = closed.latest(year, scope);
    if (!closing)
        return ctx.fail(closing.error());

    QTextStream& out = ctx.out();
    if (format == QLatin1String("csv")) {
        QByteArray csv = CsvWriter::row({QStringLiteral("reference"), QStringLiteral("records"),
                                         QStringLiteral("dates"), QStringLiteral("centres"), QStringLiteral("amount")});
        for (const ExplainRow& r : e->rows)
            CsvWriter::appendRow(csv, {r.reference, r.records, r.dates, r.centres, QString::number(r.amount)});
        out << QString::fromUtf8(csv);
        out.flush();
        return Success;
    }
    out << *figure << (cellText ? QStringLiteral(" [%1]").arg(*cellText) : QString()) << ", " << year << ", "
        << scope.text() << ": " << CountPhrase::groupThousands(e->total()) << ' ' << e->unit << " (" << e->rows.size()
        << (e->isSum ? " records" : " rows") << ")\n";
    if (*closing && !international) {
        const auto frozen = frozenValue(**closing, *figure);
        if (frozen)
            out << "The year is closed (" << (*closing)->closedAt << " UTC, by " << (*closing)->closedBy
                << "): frozen value " << *frozen << (*frozen == e->total() ? ", as today." : ", today's differs.")
                << " The records below are today's.\n";
    }
    out << '\n';
    QList<QStringList> rows{{QStringLiteral("reference"), QStringLiteral("records"), QStringLiteral("dates"),
                             QStringLiteral("centres"), e->isSum ? QStringLiteral("amount") : QString()}};
    for (const ExplainRow& r : e->rows)
        rows << QStringList{r.reference, r.records, r.dates, r.centres,
                            e->isSum ? QString::number(r.amount) : QString()};
    QList<int> widths(5, 0);
    for (const QStringList& r : rows)
        for (int i = 0; i < 5; ++i)
            widths[i] = std::max(widths[i], int(r[i].size()));
    for (const QStringList& r : rows) {
        QStringList cells;
        for (int i = 0; i < 5; ++i)
            cells << (i == 4 ? r[i].rightJustified(widths[i]) : r[i].leftJustified(widths[i]));
        out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    }
    out << "\nTotal: " << e->total() << '\n';
    out.flush();
    return Success;
}

} // namespace reper::cli
