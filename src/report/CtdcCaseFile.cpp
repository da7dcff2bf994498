#include "CtdcCaseFile.h"

#include "core/InternationalCodes.h"
#include "core/Logging.h"
#include "report/ReportSource.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace reper {

using namespace International;

namespace {

// The messages of this file, for lupdate and the translators (context "CtdcCaseFile").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CtdcCaseFile)
};

const QChar kJoin(0x1f); // between the columns of one quasi-identifier's value

QString one() { return QStringLiteral("1"); }
QString zero() { return QStringLiteral("0"); }

QString joined(const QStringList& columns) { return columns.join(kJoin); }

QStringList withheld(int columns)
{
    QStringList out;
    for (int i = 0; i < columns; ++i)
        out << missing();
    return out;
}

// A country at each level: the ISO code, its region, RO/EU/NONEU, nothing.
QStringList countryLevels(const QString& iso)
{
    if (iso.isEmpty())
        return {missing(), missing(), missing(), missing()};
    return {iso, region(iso), citizenshipGroup(iso), missing()};
}

QStringList exploitationColumns()
{
    return ctdcFormFlags() << QStringLiteral("typeOfExploitConcatenated") << ctdcFormDetails();
}

QStringList recruitmentColumns()
{
    return QStringList{QStringLiteral("isAbduction"), QStringLiteral("RecruiterRelationship")} << ctdcRelationFlags();
}

// The exploitation columns at each level: every flag and detail; the three main kinds; nothing.
QStringList exploitationLevels(const VictimFacts& v)
{
    QSet<QString> flags;
    QSet<QString> details;
    QStringList names;
    QStringList known = v.forms.isEmpty() ? QStringList{v.primaryForm} : v.forms;
    known.removeAll(QStringLiteral("unspecified"));
    known.removeAll(QString());
    for (const QString& form : known) {
        const Mapping* m = mapping(QStringLiteral("exploitation"), form);
        if (!m || !*m->ctdc)
            continue;
        flags.insert(QLatin1String(m->ctdc));
        if (*m->ctdcDetail)
            details.insert(QLatin1String(m->ctdcDetail));
        if (!names.contains(QLatin1String(m->ctdcName)))
            names << QLatin1String(m->ctdcName);
    }
    const int columns = int(exploitationColumns().size());
    if (flags.isEmpty()) {
        const QString none = joined(withheld(columns));
        return {none, none, none};
    }
    const auto flag = [&](const QString& name) { return flags.contains(name) ? one() : zero(); };
    const QString labour = QStringLiteral("isForcedLabour");
    const QString sexual = QStringLiteral("isSexualExploit");
    const bool sexAndLabour = flags.contains(labour) && flags.contains(sexual);
    // CTDC's order of the kinds in typeOfExploitConcatenated.
    static const QStringList kindOrder = {QStringLiteral("Forced labour"),
                                          QStringLiteral("Sexual exploitation"),
                                          QStringLiteral("Forced marriage"),
                                          QStringLiteral("Organ removal"),
                                          QStringLiteral("Slavery and similar practices"),
                                          QStringLiteral("Other")};
    QStringList ordered;
    for (const QString& k : kindOrder) {
        if (names.contains(k))
            ordered << k;
    }
    QStringList detailed;
    for (const QString& f : ctdcFormFlags()) {
        if (f == QLatin1String("isSexAndLabour"))
            detailed << (sexAndLabour ? one() : zero());
        else
            detailed << flag(f);
    }
    detailed << ordered.join(QStringLiteral("; "));
    for (const QString& d : ctdcFormDetails())
        detailed << (details.contains(d) ? one() : zero());

    // The main kinds: forced marriage, organ removal and slavery join the other forms.
    const bool other = flags.contains(QStringLiteral("isOtherExploit"))
        || flags.contains(QStringLiteral("isForcedMarriage")) || flags.contains(QStringLiteral("isOrganRemoval"))
        || flags.contains(QStringLiteral("isSlaveryAndPractices"));
    QStringList main;
    QStringList mainNames;
    for (const QString& f : ctdcFormFlags()) {
        if (f == labour || f == sexual)
            main << flag(f);
        else if (f == QLatin1String("isOtherExploit"))
            main << (other ? one() : zero());
        else if (f == QLatin1String("isSexAndLabour"))
            main << (sexAndLabour ? one() : zero());
        else
            main << missing();
    }
    if (flags.contains(labour))
        mainNames << QStringLiteral("Forced labour");
    if (flags.contains(sexual))
        mainNames << QStringLiteral("Sexual exploitation");
    if (other)
        mainNames << QStringLiteral("Other");
    main << mainNames.join(QStringLiteral("; "));
    main << withheld(int(ctdcFormDetails().size()));
    return {joined(detailed), joined(main), joined(withheld(columns))};
}

QStringList recruitmentLevels(const VictimFacts& v)
{
    const int columns = int(recruitmentColumns().size());
    QStringList detailed;
    const Mapping* method = mapping(QStringLiteral("recruitment"), v.recruitment);
    detailed << (method ? QLatin1String(method->ctdc) : missing());
    const Mapping* relation = mapping(QStringLiteral("recruiter_relation"), v.recruiterRelation);
    if (relation) {
        detailed << QLatin1String(relation->ctdc);
        for (const QString& f : ctdcRelationFlags())
            detailed << (f == QLatin1String(relation->ctdcDetail) ? one() : zero());
    } else {
        detailed << withheld(columns - 1);
    }
    return {joined(detailed), joined(withheld(columns))};
}

KAnonymiser::Row rowOf(const VictimFacts& v)
{
    return {
        {ctdcGender(v.sex), missing()},
        {joined({ctdcAgeBroad(v.age), ctdcMajority(v.age)}), joined({missing(), ctdcMajority(v.age)}),
         joined({missing(), missing()})},
        countryLevels(v.citizenship),
        exploitationLevels(v),
        recruitmentLevels(v),
        countryLevels(v.exploitationCountry),
    };
}

QString csvCell(const QString& value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

} // namespace

QList<QPair<QString, QStringList>> CtdcCaseFile::quasiIdentifierColumns()
{
    return {
        {QStringLiteral("gender"), {QStringLiteral("gender")}},
        {QStringLiteral("age"), {QStringLiteral("ageBroad"), QStringLiteral("majorityStatus")}},
        {QStringLiteral("citizenship"), {QStringLiteral("citizenship")}},
        {QStringLiteral("exploitation"), exploitationColumns()},
        {QStringLiteral("recruitment"), recruitmentColumns()},
        {QStringLiteral("country of exploitation"), {QStringLiteral("CountryOfExploitation")}},
    };
}

std::vector<KAnonymiser::QuasiIdentifier> CtdcCaseFile::quasiIdentifiers()
{
    const QStringList country{QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("EU/non-EU"),
                              QStringLiteral("withheld")};
    return {
        {QStringLiteral("gender"), {QStringLiteral("gender"), QStringLiteral("withheld")}},
        {QStringLiteral("age"),
         {QStringLiteral("ageBroad"), QStringLiteral("majorityStatus"), QStringLiteral("withheld")}},
        {QStringLiteral("citizenship"), country},
        {QStringLiteral("exploitation"),
         {QStringLiteral("every form"), QStringLiteral("main kind"), QStringLiteral("withheld")}},
        {QStringLiteral("recruitment"), {QStringLiteral("method and recruiter"), QStringLiteral("withheld")}},
        {QStringLiteral("country of exploitation"), country},
    };
}

QStringList CtdcCaseFile::columns()
{
    QStringList out{QStringLiteral("yearOfRegistration"),
                    QStringLiteral("Datasource"),
                    QStringLiteral("gender"),
                    QStringLiteral("ageBroad"),
                    QStringLiteral("majorityStatus"),
                    QStringLiteral("majorityStatusAtExploit"),
                    QStringLiteral("majorityEntry"),
                    QStringLiteral("citizenship")};
    out << exploitationColumns() << recruitmentColumns() << QStringLiteral("CountryOfExploitation");
    return out;
}

CtdcCaseFile CtdcCaseFile::make(const InternationalData& data, int k)
{
    CtdcCaseFile file;
    file.year = data.year;
    file.scope = data.scope;
    file.k = std::max(1, k);
    file.header = columns();
    file.victims = int(data.identified.size());
    std::vector<KAnonymiser::Row> rows;
    rows.reserve(size_t(data.identified.size()));
    for (const VictimFacts& v : data.identified)
        rows.push_back(rowOf(v));
    const KAnonymiser anonymiser(quasiIdentifiers(), file.k);
    const KAnonymiser::Outcome outcome = anonymiser.run(rows);
    file.suppressed = outcome.suppressed;
    file.smallestClass = outcome.smallestClass;
    const auto qis = quasiIdentifiers();
    for (size_t q = 0; q < qis.size(); ++q)
        file.released << qMakePair(qis[q].name, qis[q].levels.value(outcome.levels[q]));

    for (int r : outcome.kept) {
        const KAnonymiser::Row& row = rows[size_t(r)];
        QHash<QString, QString> value;
        const auto columnsOf = quasiIdentifierColumns();
        for (int q = 0; q < columnsOf.size(); ++q) {
            const QStringList parts = row[size_t(q)].value(outcome.levels[size_t(q)]).split(kJoin);
            for (int c = 0; c < columnsOf[q].second.size(); ++c)
                value.insert(columnsOf[q].second[c], parts.value(c, missing()));
        }
        value.insert(QStringLiteral("yearOfRegistration"), QString::number(data.year));
        value.insert(QStringLiteral("Datasource"), QStringLiteral("Case Management"));
        QStringList line;
        for (const QString& column : file.header)
            line << value.value(column, missing());
        file.rows << line;
    }
    // In the order of their values: the order of the records (who was registered first) stays home.
    std::sort(file.rows.begin(), file.rows.end());
    return file;
}

QByteArray CtdcCaseFile::csv() const
{
    QByteArray out;
    const auto line = [&](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells)
            quoted << csvCell(c);
        out += quoted.join(QLatin1Char(',')).toUtf8() + '\n';
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return out;
}

QString CtdcCaseFile::summary() const
{
    QStringList out;
    out << QStringLiteral("CTDC case file %1 (%2), k = %3.").arg(year).arg(scope.text()).arg(k);
    out << QStringLiteral("Victims identified (victims_identified): %1; rows written: %2; left out: %3.")
               .arg(victims)
               .arg(rows.size())
               .arg(suppressed);
    const auto qis = quasiIdentifiers();
    for (int q = 0; q < released.size(); ++q) {
        const QString& level = released[q].second;
        const QString finest = qis[size_t(q)].levels.first();
        out << QStringLiteral("  %1: %2")
                   .arg(released[q].first,
                        level == finest ? QStringLiteral("kept (%1)").arg(level)
                            : level == QLatin1String("withheld")
                            ? QStringLiteral("withheld (-99 in every row)")
                            : QStringLiteral("generalised from %1 to %2").arg(finest, level));
    }
    if (suppressed > 0)
        out << QStringLiteral("The %1 row(s) left out had a combination shared by fewer than %2 rows even after "
                              "generalising; which ones is not said.")
                   .arg(suppressed)
                   .arg(k);
    if (!rows.isEmpty())
        out << QStringLiteral("Every combination of the quasi-identifiers in the file is shared by at least %1 rows.")
                   .arg(smallestClass);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<CtdcCaseFile> exportCtdc(Store& store, const CtdcRequest& request)
{
    const QString center = request.center.toUpper();
    const Scope scope = Scope::ofCenter(center);
    if (!center.isEmpty() && !store.reference().centerId(center))
        return makeError(Tr::tr("There is no centre %1.").arg(center));
    if (!store.access().canExportCaseFile(scope))
        return makeError(
            Tr::tr("Only a coordinator who reads every record of %1 may export its case file.").arg(scope.text()));
    if (request.k < 1 || request.k > 1000)
        return makeError(Tr::tr("k must be a whole number from 1 to 1000."));
    auto data = loadInternationalData(store, request.year, center);
    if (!data)
        return data.error();
    CtdcCaseFile file = CtdcCaseFile::make(*data, request.k);

    AuditEvent e;
    e.action = AuditAction::Export;
    e.recordType = QStringLiteral("ctdc");
    e.recordCode = QString::number(request.year);
    e.center = center;
    e.detail.insert(QStringLiteral("what"), QStringLiteral("ctdc"));
    e.detail.insert(QStringLiteral("year"), request.year);
    e.detail.insert(QStringLiteral("k"), file.k);
    e.detail.insert(QStringLiteral("rows"), int(file.rows.size()));
    e.detail.insert(QStringLiteral("suppressed"), file.suppressed);
    QJsonObject levels;
    for (const auto& [qi, level] : file.released)
        levels.insert(qi, level);
    e.detail.insert(QStringLiteral("released"), levels);
    if (!request.destination.isEmpty())
        e.detail.insert(QStringLiteral("file"), QFileInfo(request.destination).fileName());
    if (auto s = store.audit().append(e); !s)
        return s.error();
    Logging::logger("storage")->info("CTDC case file exported: {} rows, {} left out, k = {}", file.rows.size(),
                                     file.suppressed, file.k);
    return file;
}

} // namespace reper
