#include "InternationalTables.h"

#include "core/Codes.h"
#include "core/InternationalCodes.h"
#include "report/BilantFields.h"
#include "report/CountPhrase.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace reper::International {

namespace {

// The messages of this file, for lupdate and the translators (context "InternationalTables").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InternationalTables)
};

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

const QString kSex = QStringLiteral("sex");
const QString kAge = QStringLiteral("age");

CellCodes codes(std::initializer_list<std::pair<QString, QString>> pairs)
{
    CellCodes out;
    for (const auto& [k, v] : pairs)
        out.insert(k, v);
    return out;
}

CellCodes merged(CellCodes a, const CellCodes& b)
{
    for (auto it = b.constBegin(); it != b.constEnd(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

QList<Line> sexLines()
{
    QList<Line> out;
    for (const QString& sex : sexes())
        out << Line{label(kSex, sex), codes({{kSex, sex}})};
    return out;
}

QList<Line> ageLines()
{
    QList<Line> out;
    for (const QString& age : ageGroups())
        out << Line{label(kAge, age), codes({{kAge, age}})};
    return out;
}

Line totalLine() { return Line{QStringLiteral("Total"), {}, true}; }

// The forms in the order of their Eurostat groups, then of domain.md's list.
QStringList formsByGroup()
{
    QStringList out;
    for (const QString& group : formGroups()) {
        for (const QString& form : forms()) {
            if (formGroup(form) == group)
                out << form;
        }
    }
    return out;
}

// The countries of the victims in a group, by their Romanian name.
QStringList countriesIn(const InternationalData& data, const QString& group)
{
    QStringList out;
    for (const QString& c : valuesOf(QStringLiteral("citizenship"), data)) {
        if (c != QLatin1String("unknown") && c != QLatin1String("RO") && citizenshipGroup(c) == group)
            out << c;
    }
    QCollator collator{QLocale(QLocale::Romanian, QLocale::Romania)};
    std::sort(out.begin(), out.end(), [&](const QString& a, const QString& b) {
        return collator.compare(label(QStringLiteral("citizenship"), a), label(QStringLiteral("citizenship"), b)) < 0;
    });
    return out;
}

// "Totalul tabelului este cifra bilanțului „Victime identificate” (victims_identified): 500." — and
// a warning when the records of a closed year changed since its figures were frozen.
QString totalNote(const InternationalData& data, Population p)
{
    const QString key = bilantKey(p);
    const qint64 figure = bilantFigure(data.figures, p);
    const qint64 total = factsOf(data, p).size();
    QString note = total == figure
        ? s("Totalul tabelului este cifra bilanțului „%1” (%2): %3.")
              .arg(figureWording(key), key, CountPhrase::groupThousands(figure))
        : s("ATENȚIE: totalul tabelului (%1) nu este cifra bilanțului „%2” (%3): %4.")
              .arg(CountPhrase::groupThousands(total), figureWording(key), key, CountPhrase::groupThousands(figure));
    if (data.frozen) {
        const qint64 frozen = bilantFigure(*data.frozen, p);
        if (frozen != figure)
            note += s(" Anul este închis, iar cifra înghețată a bilanțului este %1: tabelul numără înregistrările de "
                      "azi.")
                        .arg(CountPhrase::groupThousands(frozen));
    }
    return note;
}

QString registeredDefinition(int year)
{
    return s("Victime înregistrate (Eurostat: registered victims): victimele identificate în %1 — fiecare victimă o "
             "singură dată, dacă are cel puțin o identificare notificată în %1, oricare ar fi statutul MNIR —, exact "
             "cum le numără bilanțul.")
        .arg(year);
}

QString ageDefinition(const QString& when)
{
    return s("Vârsta: anii împliniți %1; cu doar anul nașterii, anul datei minus anul nașterii; copil: sub 18 ani; "
             "fără dată sau an al nașterii: necunoscută.")
        .arg(when);
}

TableLayout sexAgeTable(const InternationalData& data, Population p, const QString& key, const QString& title,
                        const QString& sheet, const QStringList& definition)
{
    TableLayout t;
    t.key = key;
    t.population = p;
    t.title = title;
    t.sheetName = sheet;
    t.rows = sexLines() << totalLine();
    t.columns = ageLines() << totalLine();
    t.definition = definition;
    t.definition << totalNote(data, p);
    for (const QString& sex : sexes())
        for (const QString& age : ageGroups())
            t.jsonCells << Cell::of(p, codes({{kSex, sex}, {kAge, age}}));
    return t;
}

} // namespace

QString label(const QString& dimension, const QString& code)
{
    if (dimension == kSex)
        return Codes::byName(QStringLiteral("sex")).label(code);
    if (dimension == kAge) {
        if (code == QLatin1String("child"))
            return s("copii (sub 18 ani)");
        if (code == QLatin1String("adult"))
            return s("adulți (18 ani și peste)");
        return s("vârstă necunoscută");
    }
    if (dimension == QLatin1String("citizenship")) {
        if (code == QLatin1String("unknown"))
            return s("cetățenie necunoscută");
        const QString name = Codes::countries().label(code);
        return name.isEmpty() ? code : name;
    }
    if (dimension == QLatin1String("group")) {
        if (code == QLatin1String("RO"))
            return s("România (țara raportoare)");
        if (code == QLatin1String("EU"))
            return s("alte state membre UE-27");
        if (code == QLatin1String("NONEU"))
            return s("state din afara UE");
        return s("cetățenie necunoscută");
    }
    if (dimension == QLatin1String("form") || dimension == QLatin1String("form_all"))
        return Codes::byName(QStringLiteral("exploitation")).label(code);
    if (dimension == QLatin1String("form_group")) {
        if (code == QLatin1String("sexual"))
            return s("Exploatare sexuală");
        if (code == QLatin1String("labour"))
            return s("Exploatare prin muncă");
        if (code == QLatin1String("other"))
            return s("Alte forme de exploatare");
        return s("Formă necunoscută");
    }
    if (dimension == QLatin1String("scope"))
        return code == QLatin1String("internal") ? s("Trafic intern") : s("Trafic transnațional (extern)");
    return code;
}

QString figureWording(const QString& key)
{
    for (const BilantFields::Field& f : BilantFields::figures()) {
        if (key == QLatin1String(f.key)) {
            QString w = f.wording;
            return w.isEmpty() ? key : w.left(1).toUpper() + w.mid(1);
        }
    }
    return key;
}

QList<TableLayout> countTables(const InternationalData& data)
{
    const int y = data.year;
    const QString notifiedAge = ageDefinition(s("la data notificării (prima notificare a victimei în %1, aceeași după "
                                                "care bilanțul dă grupele de vârstă)")
                                                  .arg(y));
    QList<TableLayout> out;
    out << sexAgeTable(data, Population::Identified, QStringLiteral("victims_by_sex_age"),
                       s("Victime înregistrate după sex și vârstă"), s("Sex și vârstă"),
                       {registeredDefinition(y), notifiedAge});
    out.last().standard = QStringLiteral("Eurostat, GRETA");

    {
        TableLayout t;
        t.key = QStringLiteral("victims_by_citizenship");
        t.title = s("Victime înregistrate după cetățenie");
        t.sheetName = s("Cetățenie");
        t.standard = QStringLiteral("Eurostat, GRETA");
        const QString cz = QStringLiteral("citizenship");
        const QString g = QStringLiteral("group");
        t.rows << Line{label(cz, QStringLiteral("RO")), codes({{cz, QStringLiteral("RO")}})};
        t.jsonCells << Cell::of(Population::Identified, codes({{cz, QStringLiteral("RO")}}));
        for (const QString& group : {QStringLiteral("EU"), QStringLiteral("NONEU")}) {
            t.rows << Line{label(g, group) + s(" – total"), codes({{g, group}})};
            for (const QString& c : countriesIn(data, group)) {
                t.rows << Line{s("– ") + label(cz, c), codes({{cz, c}})};
                t.jsonCells << Cell::of(Population::Identified, codes({{cz, c}}));
            }
        }
        t.rows << Line{label(cz, QStringLiteral("unknown")), codes({{cz, QStringLiteral("unknown")}})};
        t.jsonCells << Cell::of(Population::Identified, codes({{cz, QStringLiteral("unknown")}}));
        t.rows << totalLine();
        t.columns << Line{s("Victime"), {}, true};
        t.definition << registeredDefinition(y)
                     << s("Cetățenia: cea din fișa victimei. Sunt arătate România, fiecare alt stat membru UE-27 și "
                          "fiecare stat din afara UE cu cel puțin o victimă, apoi cetățenia necunoscută. UE-27: "
                          "statele membre de la 1 februarie 2020 (EU27_2020 al Eurostat), pentru orice an; Regatul "
                          "Unit este în afara UE.")
                     << totalNote(data, Population::Identified);
        out << t;
    }
    {
        TableLayout t;
        t.key = QStringLiteral("victims_by_citizenship_group");
        t.title = s("Victime înregistrate după grupa de cetățenie (Eurostat)");
        t.sheetName = s("Grupe de cetățenie");
        t.standard = QStringLiteral("Eurostat");
        for (const QString& group : citizenshipGroups()) {
            t.rows << Line{label(QStringLiteral("group"), group), codes({{QStringLiteral("group"), group}})};
            t.jsonCells << Cell::of(Population::Identified, codes({{QStringLiteral("group"), group}}));
        }
        t.rows << totalLine();
        t.columns << Line{s("Victime"), {}, true};
        t.definition << s("Grupele Eurostat: țara raportoare (România), alte state membre UE-27, state din afara UE "
                          "și cetățenia necunoscută; sumele rândurilor din tabelul precedent.")
                     << totalNote(data, Population::Identified);
        out << t;
    }
    {
        TableLayout t;
        t.key = QStringLiteral("victims_by_form_primary");
        t.title = s("Victime înregistrate după forma principală de exploatare și sex");
        t.sheetName = s("Forma principală");
        t.standard = QStringLiteral("Eurostat, GRETA");
        for (const QString& group : formGroups()) {
            if (group != QLatin1String("unknown"))
                t.rows << Line{label(QStringLiteral("form_group"), group) + s(" – total"),
                               codes({{QStringLiteral("form_group"), group}})};
            for (const QString& form : formsByGroup()) {
                if (formGroup(form) != group)
                    continue;
                t.rows << Line{group == QLatin1String("unknown")
                                   ? label(QStringLiteral("form_group"), group) + s(" (neprecizată)")
                                   : s("– ") + label(QStringLiteral("form"), form),
                               codes({{QStringLiteral("form"), form}})};
                for (const QString& sex : sexes())
                    t.jsonCells << Cell::of(Population::Identified,
                                            codes({{QStringLiteral("form"), form}, {kSex, sex}}));
            }
        }
        t.rows << totalLine();
        t.columns = sexLines() << totalLine();
        t.definition << registeredDefinition(y)
                     << s("Forma principală: cea a identificării după care bilanțul își face defalcările (prima "
                          "notificare din %1). Grupele Eurostat și GRETA: exploatare sexuală (exploatare sexuală, "
                          "pornografie); exploatare prin muncă (muncă forțată, sclavie sau servitute); alte forme "
                          "(cerșetorie, obligarea la comiterea de infracțiuni, prelevare de organe, căsătorie forțată, "
                          "adopție ilegală, maternitate surogat); necunoscută (neprecizată).")
                            .arg(y)
                     << totalNote(data, Population::Identified);
        out << t;
    }
    {
        TableLayout t;
        t.key = QStringLiteral("victims_by_form_all");
        t.title = s("Victime înregistrate după toate formele de exploatare raportate și sex");
        t.sheetName = s("Toate formele");
        t.standard = QStringLiteral("Eurostat, GRETA");
        t.addsUp = false;
        for (const QString& form : formsByGroup()) {
            t.rows << Line{label(QStringLiteral("form_all"), form), codes({{QStringLiteral("form_all"), form}})};
            for (const QString& sex : sexes())
                t.jsonCells << Cell::of(Population::Identified,
                                        codes({{QStringLiteral("form_all"), form}, {kSex, sex}}));
        }
        t.rows << Line{s("Victime înregistrate (distincte)"), {}, true};
        t.columns = sexLines() << totalLine();
        t.definition << s("Fiecare formă raportată în %1 la oricare identificare a victimei notificată în %1 (formele "
                          "listate și forma principală), o singură dată pe victimă și formă. O victimă poate apărea "
                          "pe mai multe rânduri: rândurile nu se adună la total; ultimul rând numără victimele "
                          "distincte.")
                            .arg(y)
                     << totalNote(data, Population::Identified);
        out << t;
    }
    {
        TableLayout t;
        t.key = QStringLiteral("scope_by_sex_age");
        t.title = s("Trafic intern și transnațional, după sex și vârstă");
        t.sheetName = s("Intern și transnațional");
        t.standard = QStringLiteral("GRETA");
        const QString sc = QStringLiteral("scope");
        for (const QString& scope : valuesOf(sc, data)) {
            for (const QString& sex : sexes()) {
                t.rows << Line{label(sc, scope) + s(" – ") + label(kSex, sex), codes({{sc, scope}, {kSex, sex}})};
                for (const QString& age : ageGroups())
                    t.jsonCells << Cell::of(Population::Identified, codes({{sc, scope}, {kSex, sex}, {kAge, age}}));
            }
            t.rows << Line{label(sc, scope) + s(" – total"), codes({{sc, scope}})};
        }
        t.rows << totalLine();
        t.columns = ageLines() << totalLine();
        t.definition << registeredDefinition(y)
                     << s("Tipul traficului: cel al identificării după care bilanțul își face defalcările — intern "
                          "(exploatare în România) sau transnațional (trafic extern); GRETA: internal / "
                          "transnational trafficking.")
                     << notifiedAge << totalNote(data, Population::Identified);
        out << t;
    }
    out << sexAgeTable(data, Population::Assisted, QStringLiteral("assisted_by_sex_age"),
                       s("Victime asistate, după sex și vârstă"), s("Asistate"),
                       {s("Victimele a căror asistență a fost monitorizată în %1: cel puțin o asistență a cărei "
                          "perioadă se suprapune cu anul, fiecare victimă o dată, cum le numără bilanțul.")
                            .arg(y),
                        ageDefinition(s("în prima zi de asistență din %1 (data începerii, sau 1 ianuarie pentru o "
                                        "asistență începută mai devreme)")
                                          .arg(y))});
    out.last().standard = QStringLiteral("GRETA");
    out << sexAgeTable(data, Population::Repatriated, QStringLiteral("repatriated_by_sex_age"),
                       s("Victime repatriate, după sex și vârstă"), s("Repatriate"),
                       {s("Victime repatriate, cetățeni români: o repatriere finalizată cu data sosirii în %1, fiecare "
                          "victimă o dată, cum le numără bilanțul.")
                            .arg(y),
                        ageDefinition(s("la data primei sosiri din %1").arg(y))});
    out.last().standard = QStringLiteral("GRETA");
    out << sexAgeTable(data, Population::Judicial, QStringLiteral("judicial_by_sex_age"),
                       s("Victime sprijinite în procedurile penale, după sex și vârstă"), s("Proceduri penale"),
                       {s("Victimele pentru care s-a facilitat participarea în procedurile penale: cel puțin o acțiune "
                          "de sprijin datată în %1, fiecare victimă o dată, cum le numără bilanțul.")
                            .arg(y),
                        ageDefinition(s("la data primei acțiuni de sprijin din %1").arg(y))});
    out.last().standard = QStringLiteral("GRETA");
    return out;
}

QList<RateRow> sdgRows(const InternationalData& data)
{
    const std::optional<PopulationEntry>& pop = data.population;
    const auto part = [&](std::optional<qint64> PopulationEntry::*member) -> std::optional<qint64> {
        return pop ? (*pop).*member : std::nullopt;
    };
    const std::optional<qint64> total = pop ? std::optional<qint64>(pop->total) : std::nullopt;
    QList<RateRow> rows;
    rows << RateRow{s("Total"), Cell::of(Population::Identified, {}), total};
    for (const QString& sex : sexes()) {
        const std::optional<qint64> p = sex == QLatin1String("F") ? part(&PopulationEntry::female)
            : sex == QLatin1String("M")                           ? part(&PopulationEntry::male)
                                                                  : std::nullopt;
        rows << RateRow{s("Sex: ") + label(kSex, sex), Cell::of(Population::Identified, codes({{kSex, sex}})), p};
    }
    for (const QString& age : ageGroups()) {
        const std::optional<qint64> p = age == QLatin1String("child") ? part(&PopulationEntry::children)
            : age == QLatin1String("adult")                           ? part(&PopulationEntry::adults)
                                                                      : std::nullopt;
        rows << RateRow{s("Vârstă: ") + label(kAge, age), Cell::of(Population::Identified, codes({{kAge, age}})), p};
    }
    for (const QString& form : formsByGroup())
        rows << RateRow{s("Forma principală: ") + label(QStringLiteral("form"), form),
                        Cell::of(Population::Identified, codes({{QStringLiteral("form"), form}})), total};
    return rows;
}

QStringList sdgDefinition(const InternationalData& data)
{
    QStringList out;
    out << s("ODD 16.2.2 (ONU): victimele înregistrate în %1 la 100.000 de locuitori = victime / populație × 100.000, "
             "cu trei zecimale. Pe forme de exploatare, rata se raportează la întreaga populație; pentru sex sau "
             "vârstă necunoscute nu există o populație, deci nici rată.")
               .arg(data.year);
    if (!data.scope.isNational())
        out << s("Ratele se dau doar la nivel național: pentru %1 nu se calculează.").arg(data.scope.center());
    else if (!data.population)
        out << s("Populația anului %1 nu a fost introdusă (Administrare → Populație, sau reper-cli population set): "
                 "ratele nu sunt calculate.")
                   .arg(data.year);
    else
        out << s("Populația la 1 ianuarie %1: %2 locuitori; sursa: %3 (introdusă de %4 la %5 UTC).")
                   .arg(data.year)
                   .arg(CountPhrase::groupThousands(data.population->total), data.population->source,
                        data.population->enteredBy, data.population->enteredAt);
    out << totalNote(data, Population::Identified);
    return out;
}

double per100k(qint64 victims, qint64 population)
{
    if (population <= 0)
        return 0;
    return std::round(double(victims) * 100000.0 / double(population) * 1000.0) / 1000.0;
}

QList<Cell> displayedCells(const InternationalData& data)
{
    QList<Cell> out;
    for (const TableLayout& t : countTables(data)) {
        for (const Line& r : t.rows)
            for (const Line& c : t.columns)
                out << Cell::of(t.population, merged(r.codes, c.codes));
        out << t.jsonCells;
    }
    for (const RateRow& r : sdgRows(data))
        out << r.cell;
    return out;
}

QStringList tableKeys()
{
    return {QStringLiteral("victims_by_sex_age"),           QStringLiteral("victims_by_citizenship"),
            QStringLiteral("victims_by_citizenship_group"), QStringLiteral("victims_by_form_primary"),
            QStringLiteral("victims_by_form_all"),          QStringLiteral("scope_by_sex_age"),
            QStringLiteral("assisted_by_sex_age"),          QStringLiteral("repatriated_by_sex_age"),
            QStringLiteral("judicial_by_sex_age"),          QStringLiteral("sdg_16_2_2")};
}

Result<Cell> cellOf(const InternationalData& data, const QString& table, const QMap<QString, QString>& codes)
{
    Population population = Population::Identified;
    QStringList allowed;
    if (table == QLatin1String("sdg_16_2_2")) {
        allowed = {kSex, kAge, QStringLiteral("form")};
    } else {
        bool found = false;
        for (const TableLayout& t : countTables(data)) {
            if (t.key != table)
                continue;
            found = true;
            population = t.population;
            for (const Cell& c : t.jsonCells) {
                for (const QString& d : c.codes.keys()) {
                    const QString name = d == QLatin1String("form_all") ? QStringLiteral("form") : d;
                    if (!allowed.contains(name))
                        allowed << name;
                    const QString parent = parentDimension(d);
                    if (!parent.isEmpty() && !allowed.contains(parent))
                        allowed << parent;
                }
            }
        }
        if (!found)
            return makeError(
                Tr::tr("There is no table %1 (one of: %2).").arg(table, tableKeys().join(QStringLiteral(", "))));
    }
    CellCodes cell;
    for (auto it = codes.constBegin(); it != codes.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return makeError(Tr::tr("The table %1 has no dimension %2 (it has: %3).")
                                 .arg(table, it.key(), allowed.join(QStringLiteral(", "))));
        QString dimension = it.key();
        if (table == QLatin1String("victims_by_form_all"))
            dimension = dimension == QLatin1String("form") ? QStringLiteral("form_all") : dimension;
        const QString valuesDimension = dimension == QLatin1String("form_all") ? QStringLiteral("form") : dimension;
        const QStringList values = dimension == QLatin1String("citizenship")
            ? QStringList(valuesOf(dimension, data)) << Codes::countries().codes()
            : valuesOf(valuesDimension, data);
        if (!values.contains(it.value()))
            return makeError(Tr::tr("%1 is not a code of %2 (%3).")
                                 .arg(it.value(), it.key(),
                                      dimension == QLatin1String("citizenship") ? Tr::tr("an ISO code or unknown")
                                                                                : values.join(QStringLiteral(", "))));
        cell.insert(dimension, it.value());
    }
    return Cell::of(population, cell);
}

} // namespace reper::International
