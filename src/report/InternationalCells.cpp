#include "InternationalCells.h"

#include "core/InternationalCodes.h"

#include <QHash>
#include <QSet>

namespace reper::International {

namespace {

const QString kSex = QStringLiteral("sex");
const QString kAge = QStringLiteral("age");
const QString kCitizenship = QStringLiteral("citizenship");
const QString kGroup = QStringLiteral("group");
const QString kForm = QStringLiteral("form");
const QString kFormGroup = QStringLiteral("form_group");
const QString kScope = QStringLiteral("scope");
const QString kFormAll = QStringLiteral("form_all");

QString orUnknown(const QString& code) { return code.isEmpty() ? QStringLiteral("unknown") : code; }

QString primaryForm(const VictimFacts& v)
{
    return v.primaryForm.isEmpty() ? QStringLiteral("unspecified") : v.primaryForm;
}

// The child dimension of a parent (group -> citizenship).
QString childDimension(const QString& dimension)
{
    if (dimension == kGroup)
        return kCitizenship;
    if (dimension == kFormGroup)
        return kForm;
    return {};
}

} // namespace

QString populationName(Population p)
{
    switch (p) {
    case Population::Assisted: return QStringLiteral("assisted");
    case Population::Repatriated: return QStringLiteral("repatriated");
    case Population::Judicial: return QStringLiteral("judicial");
    case Population::Identified: break;
    }
    return QStringLiteral("identified");
}

QString bilantKey(Population p)
{
    switch (p) {
    case Population::Assisted: return QStringLiteral("victims_assistance_monitored");
    case Population::Repatriated: return QStringLiteral("victims_repatriated");
    case Population::Judicial: return QStringLiteral("victims_judicial_participation");
    case Population::Identified: break;
    }
    return QStringLiteral("victims_identified");
}

const QList<VictimFacts>& factsOf(const InternationalData& data, Population p)
{
    switch (p) {
    case Population::Assisted: return data.assisted;
    case Population::Repatriated: return data.repatriated;
    case Population::Judicial: return data.judicial;
    case Population::Identified: break;
    }
    return data.identified;
}

qint64 bilantFigure(const BilantFigures& f, Population p)
{
    switch (p) {
    case Population::Assisted: return f.victimsAssistanceMonitored;
    case Population::Repatriated: return f.victimsRepatriated;
    case Population::Judicial: return f.victimsJudicialParticipation;
    case Population::Identified: break;
    }
    return f.victimsIdentified;
}

Cell Cell::of(Population population, CellCodes codes)
{
    for (const QString& parent : {kGroup, kFormGroup}) {
        if (codes.contains(parent) && codes.contains(childDimension(parent)))
            codes.remove(parent);
    }
    return Cell{population, std::move(codes)};
}

QString Cell::table() const
{
    return populationName(population) + QLatin1Char(':') + QStringList(codes.keys()).join(QLatin1Char(','));
}

QString Cell::code() const { return QStringList(codes.values()).join(QLatin1Char(',')); }

QStringList dimensions(Population p)
{
    if (p == Population::Identified)
        return {kSex, kAge, kCitizenship, kGroup, kForm, kFormGroup, kScope, kFormAll};
    return {kSex, kAge};
}

bool isMultiValued(const QString& dimension) { return dimension == kFormAll; }

QString parentDimension(const QString& dimension)
{
    if (dimension == kCitizenship)
        return kGroup;
    if (dimension == kForm)
        return kFormGroup;
    return {};
}

QString parentValue(const QString& dimension, const QString& value)
{
    if (dimension == kCitizenship)
        return value == QLatin1String("unknown") ? value : citizenshipGroup(value);
    if (dimension == kForm)
        return formGroup(value);
    return {};
}

QStringList valuesOf(const QString& dimension, const InternationalData& data)
{
    if (dimension == kSex)
        return sexes();
    if (dimension == kAge)
        return ageGroups();
    if (dimension == kGroup)
        return citizenshipGroups();
    if (dimension == kForm || dimension == kFormAll)
        return forms();
    if (dimension == kFormGroup)
        return formGroups();
    if (dimension == kScope)
        return {QStringLiteral("internal"), QStringLiteral("international")};
    if (dimension == kCitizenship) {
        QStringList out;
        for (const VictimFacts& v : data.identified) {
            const QString c = orUnknown(v.citizenship);
            if (!out.contains(c))
                out << c;
        }
        if (!out.contains(QStringLiteral("unknown")))
            out << QStringLiteral("unknown");
        return out;
    }
    return {};
}

QStringList codesOf(const VictimFacts& v, const QString& dimension)
{
    if (dimension == kSex)
        return {v.sex.isEmpty() ? QStringLiteral("U") : v.sex};
    if (dimension == kAge)
        return {ageGroup(v.age)};
    if (dimension == kCitizenship)
        return {orUnknown(v.citizenship)};
    if (dimension == kGroup)
        return {citizenshipGroup(v.citizenship)};
    if (dimension == kForm)
        return {primaryForm(v)};
    if (dimension == kFormGroup)
        return {formGroup(primaryForm(v))};
    if (dimension == kScope)
        return {v.scope};
    if (dimension == kFormAll)
        return v.forms.isEmpty() ? QStringList{primaryForm(v)} : v.forms;
    return {};
}

bool matches(const VictimFacts& v, const CellCodes& codes)
{
    for (auto it = codes.constBegin(); it != codes.constEnd(); ++it) {
        if (!codesOf(v, it.key()).contains(it.value()))
            return false;
    }
    return true;
}

qint64 count(const InternationalData& data, const Cell& cell)
{
    qint64 n = 0;
    for (const VictimFacts& v : factsOf(data, cell.population))
        n += matches(v, cell.codes) ? 1 : 0;
    return n;
}

QList<VictimFacts> victimsIn(const InternationalData& data, const Cell& cell)
{
    QList<VictimFacts> out;
    for (const VictimFacts& v : factsOf(data, cell.population)) {
        if (matches(v, cell.codes))
            out << v;
    }
    return out;
}

CellSystem cellSystem(const InternationalData& data, const QList<Cell>& displayed)
{
    CellSystem system;
    QHash<QString, int> index; // cell key -> cell of the system
    QHash<QString, qint64> counts;
    const auto countOf = [&](const Cell& c) {
        const QString k = c.key();
        auto it = counts.constFind(k);
        if (it != counts.constEnd())
            return it.value();
        const qint64 n = count(data, c);
        counts.insert(k, n);
        return n;
    };
    QSet<QString> shown;
    for (const Cell& c : displayed) {
        if (c.isTotal() || shown.contains(c.key()))
            continue;
        shown.insert(c.key());
        const qint64 n = countOf(c);
        if (n > 0)
            index.insert(c.key(), system.addCell(c.table(), c.code(), n));
    }
    // A cell a reader does not see: anything from 0 up.
    const auto unseen = [&](const Cell& c) {
        const QString k = c.key();
        if (!index.contains(k)) {
            const int i = system.addCell(QStringLiteral("_unseen:") + c.table(), c.code(), countOf(c));
            system.cells()[size_t(i)].mark = CellSystem::Mark::Withheld;
            index.insert(k, i);
        }
        return index.value(k);
    };

    // Every shown cell and every total, refined along each dimension.
    QList<Cell> wholes;
    QSet<QString> seenWholes;
    for (const Cell& c : displayed) {
        if (!seenWholes.contains(c.key())) {
            seenWholes.insert(c.key());
            wholes << c;
        }
    }
    for (const Cell& whole : wholes) {
        const qint64 wholeCount = whole.isTotal() ? bilantFigure(data.figures, whole.population) : countOf(whole);
        if (wholeCount <= 0)
            continue;
        for (const QString& d : dimensions(whole.population)) {
            if (isMultiValued(d) || whole.codes.contains(d) || whole.codes.contains(childDimension(d)))
                continue;
            const QString parent = parentDimension(d);
            QList<Cell> parts;
            for (const QString& value : valuesOf(d, data)) {
                CellCodes codes = whole.codes;
                if (!parent.isEmpty() && codes.contains(parent)) {
                    if (parentValue(d, value) != codes.value(parent))
                        continue;
                    codes.remove(parent);
                }
                codes.insert(d, value);
                parts << Cell::of(whole.population, codes);
            }
            int seen = 0;
            for (const Cell& p : parts)
                seen += shown.contains(p.key()) ? 1 : 0;
            if (seen == 0)
                continue; // nothing of this refinement is shown: it tells nothing
            std::vector<int> terms;
            for (const Cell& p : parts) {
                if (countOf(p) == 0)
                    continue; // known to be zero (shown as 0, or implied by a shown zero)
                terms.push_back(shown.contains(p.key()) ? index.value(p.key()) : unseen(p));
            }
            if (terms.empty())
                continue;
            if (whole.isTotal())
                system.addSum(terms, wholeCount);
            else if (index.contains(whole.key()))
                system.addSubtotal(terms, index.value(whole.key()));
        }
    }

    // Every form reported includes the primary form: all(f, s) = primary(f, s) + an unseen rest.
    for (const Cell& c : displayed) {
        if (!c.codes.contains(kFormAll) || !index.contains(c.key()))
            continue;
        CellCodes primary = c.codes;
        primary.insert(kForm, primary.take(kFormAll));
        const Cell p = Cell::of(c.population, primary);
        CellCodes restCodes = c.codes;
        restCodes.insert(QStringLiteral("rest"), QStringLiteral("secondary"));
        const Cell rest{c.population, restCodes};
        const qint64 restCount = countOf(c) - countOf(p);
        std::vector<int> terms;
        if (countOf(p) > 0)
            terms.push_back(shown.contains(p.key()) ? index.value(p.key()) : unseen(p));
        if (restCount > 0) {
            const int i = system.addCell(QStringLiteral("_unseen:") + rest.table(), rest.code(), restCount);
            system.cells()[size_t(i)].mark = CellSystem::Mark::Withheld;
            terms.push_back(i);
        }
        if (!terms.empty())
            system.addSubtotal(terms, index.value(c.key()));
    }
    return system;
}

} // namespace reper::International
