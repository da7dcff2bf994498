#include "DataQualityRepository.h"

#include "core/AccessPolicy.h"
#include "storage/Store.h"
#include "storage/engine/Transaction.h"
#include "storage/figures/YearQuery.h"

#include <QCoreApplication>
#include <algorithm>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "DataQuality").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DataQuality)
};

// The victims of the year in the scope: those that any figure of the year counts.
const char* kVictimsOfYear
    = "SELECT victim_id FROM identification WHERE {c}notification_date BETWEEN :from AND :to "
      "UNION SELECT victim_id FROM assistance WHERE {c}start_date <= :to AND (end_date IS NULL OR end_date >= :from) "
      "UNION SELECT victim_id FROM repatriation WHERE {c}arrival_date BETWEEN :from AND :to "
      "UNION SELECT victim_id FROM judicial WHERE {c}date BETWEEN :from AND :to";

struct Check
{
    QualityFinding::Severity severity;
    const char* code;
    const char* message; // translated in context DataQuality
    // Rows: kind, id, victim code — or, for groups, the codes already joined (%CODES%) and (for
    // groups linked through identity) the centres of the group's victims (%CENTRES%), each spelt by
    // the engine's dialect.
    const char* sql;
    bool groups;
    bool throughIdentity = false; // the group is linked by identity (the CNP): codes only to who may see it
};

using S = QualityFinding::Severity;

const Check kChecks[] = {
    {S::Blocking, "dated_before_birth", QT_TRANSLATE_NOOP("DataQuality", "records dated before the victim was born"),
     "SELECT 'identification', i.id, v.code FROM identification i JOIN victim v ON v.id = i.victim_id "
     "WHERE {i.c}i.notification_date BETWEEN :from AND :to AND (v.birth_date > i.notification_date "
     "OR v.birth_year > CAST(substr(i.notification_date, 1, 4) AS INTEGER)) "
     "UNION ALL SELECT 'assistance', a.id, v.code FROM assistance a JOIN victim v ON v.id = a.victim_id "
     "WHERE {a.c}a.start_date <= :to AND (a.end_date IS NULL OR a.end_date >= :from) "
     "AND (v.birth_date > a.start_date OR v.birth_year > CAST(substr(a.start_date, 1, 4) AS INTEGER)) "
     "UNION ALL SELECT 'judicial', j.id, v.code FROM judicial j JOIN victim v ON v.id = j.victim_id "
     "WHERE {j.c}j.date BETWEEN :from AND :to AND (v.birth_date > j.date "
     "OR v.birth_year > CAST(substr(j.date, 1, 4) AS INTEGER)) "
     "UNION ALL SELECT 'repatriation', r.id, v.code FROM repatriation r JOIN victim v ON v.id = r.victim_id "
     "WHERE {r.c}r.arrival_date BETWEEN :from AND :to AND (v.birth_date > r.request_date "
     "OR v.birth_year > CAST(substr(r.request_date, 1, 4) AS INTEGER))",
     false},
    {S::Blocking, "duplicate_cnp",
     QT_TRANSLATE_NOOP("DataQuality",
                       "victims recorded under different codes with the same CNP (one person counted "
                       "twice?)"),
     // The CNP is sealed: its keyed token (one key per centre) finds the same CNP within a centre.
     "SELECT %CODES%, %CENTRES% FROM victim_identity d "
     "JOIN victim v ON v.id = d.victim_id JOIN center c ON c.id = v.center_id "
     "WHERE d.cnp_token IS NOT NULL AND v.id IN (%VICTIMS%) GROUP BY d.cnp_token HAVING count(*) > 1",
     true, true},
    {S::Warning, "possible_duplicate",
     QT_TRANSLATE_NOOP("DataQuality",
                       "victims with different codes but the same birth date, sex and county (possibly "
                       "one person)"),
     "SELECT %CODES% FROM victim v WHERE v.birth_date IS NOT NULL AND v.county IS NOT NULL "
     "AND v.id IN (%VICTIMS%) GROUP BY v.birth_date, v.sex, v.county HAVING count(*) > 1",
     true},
    {S::Warning, "identification_without_form",
     QT_TRANSLATE_NOOP("DataQuality", "identifications without a form of exploitation"),
     "SELECT 'identification', i.id, v.code FROM identification i JOIN victim v ON v.id = i.victim_id "
     "WHERE {i.c}i.notification_date BETWEEN :from AND :to AND (i.primary_exploitation = 'unspecified' "
     "OR NOT EXISTS (SELECT 1 FROM identification_exploitation e WHERE e.identification_id = i.id))",
     false},
    {S::Warning, "identification_without_country",
     QT_TRANSLATE_NOOP("DataQuality", "identifications without a country of exploitation"),
     "SELECT 'identification', i.id, v.code FROM identification i JOIN victim v ON v.id = i.victim_id "
     "WHERE {i.c}i.notification_date BETWEEN :from AND :to AND i.exploitation_country IS NULL",
     false},
    {S::Warning, "activity_without_campaign",
     QT_TRANSLATE_NOOP("DataQuality", "prevention activities without a campaign"),
     "SELECT 'prevention_activity', p.id, '' FROM prevention_activity p "
     "WHERE {p.c}p.date BETWEEN :from AND :to AND p.campaign_id IS NULL",
     false},
    {S::Warning, "assistance_open_long",
     QT_TRANSLATE_NOOP("DataQuality",
                       "assistance without an end date, open for more than two years at the end of "
                       "the year"),
     "SELECT 'assistance', a.id, v.code FROM assistance a JOIN victim v ON v.id = a.victim_id "
     "WHERE {a.c}a.end_date IS NULL AND a.start_date <= :long",
     false},
    {S::Warning, "before_notification",
     QT_TRANSLATE_NOOP("DataQuality",
                       "assistance or support in criminal proceedings dated before the victim's first "
                       "notification"),
     "SELECT 'assistance', a.id, v.code FROM assistance a JOIN victim v ON v.id = a.victim_id "
     "WHERE {a.c}a.start_date <= :to AND (a.end_date IS NULL OR a.end_date >= :from) "
     "AND a.start_date < (SELECT min(notification_date) FROM identification WHERE victim_id = a.victim_id) "
     "UNION ALL SELECT 'judicial', j.id, v.code FROM judicial j JOIN victim v ON v.id = j.victim_id "
     "WHERE {j.c}j.date BETWEEN :from AND :to "
     "AND j.date < (SELECT min(notification_date) FROM identification WHERE victim_id = j.victim_id)",
     false},
};

} // namespace

Result<QList<QualityFinding>> DataQualityRepository::check(int year, const Scope& scope, const QDate& today)
{
    // The findings name victim codes: for who may close the scope's years, and nobody else.
    const AccessPolicy access = m_store.access();
    if (!access.canCloseYear(scope))
        return makeError(Tr::tr("Only a coordinator of %1 may check its data before closing.").arg(scope.text()));
    qint64 centerId = 0;
    if (!scope.isNational()) {
        const auto id = m_store.reference().centerId(scope.center());
        if (!id)
            return makeError(
                QCoreApplication::translate("FiguresRepository", "There is no centre %1.").arg(scope.center()));
        centerId = *id;
    }
    QList<QualityFinding> findings;
    if (today.isValid() && year >= today.year())
        findings << QualityFinding{
            S::Blocking,
            QStringLiteral("year_not_over"),
            Tr::tr("the year %1 is not over yet (today is %2)").arg(year).arg(today.toString(Qt::ISODate)),
            1,
            {},
            {}};

    const YearQuery q(m_store.db(), centerId, year);
    Transaction tx(m_store.db(), Transaction::Mode::Deferred);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    const QString longOpen = QStringLiteral("%1-12-31").arg(year - 2, 4, 10, QLatin1Char('0'));
    const SqlDialect& dialect = m_store.db().dialect();
    for (const Check& c : kChecks) {
        QString sql = QString::fromLatin1(c.sql);
        sql.replace(QStringLiteral("%VICTIMS%"), QString::fromLatin1(kVictimsOfYear));
        sql.replace(QStringLiteral("%CODES%"), dialect.groupConcat(QStringLiteral("v.code"), QStringLiteral(" = ")));
        sql.replace(QStringLiteral("%CENTRES%"), dialect.groupConcat(QStringLiteral("DISTINCT c.code"), {}));
        auto st = q.prepare(sql);
        if (!st)
            return st.error();
        if (const int i = st->parameterIndex(":long"))
            st->bind(i, longOpen);
        QualityFinding f{
            c.severity, QLatin1String(c.code), QCoreApplication::translate("DataQuality", c.message), 0, {}, {}};
        QStringList groups;
        while (st->next()) {
            ++f.count;
            if (c.groups) {
                QStringList codes = st->text(0).split(QStringLiteral(" = "));
                codes.sort();
                QStringList centres = c.throughIdentity ? st->text(1).split(QLatin1Char(',')) : QStringList();
                centres.sort();
                const bool maySeeAll = std::all_of(centres.cbegin(), centres.cend(), [&](const QString& centre) {
                    return access.canSeeIdentity(centre);
                });
                if (maySeeAll)
                    groups << codes.join(QStringLiteral(" = "));
                else
                    groups << Tr::tr("%1 victims of %2 (their codes only for who may see their identity)")
                                  .arg(codes.size())
                                  .arg(centres.join(QStringLiteral(", ")));
                if (f.records.size() < kMaxRecords)
                    f.records << QualityRecord{QStringLiteral("victims"), 0, groups.last(),
                                               maySeeAll ? codes : QStringList()};
                continue;
            }
            if (f.records.size() < kMaxRecords)
                f.records << QualityRecord{st->text(0), st->int64(1), st->text(2), {}};
            if (f.examples.size() < kExamples) {
                const QString code = st->text(2);
                f.examples << QStringLiteral("%1 #%2%3")
                                  .arg(st->text(0))
                                  .arg(st->int64(1))
                                  .arg(code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(code));
            }
        }
        if (st->failed())
            return st->error();
        if (c.groups) {
            groups.sort();
            f.examples = groups.mid(0, kExamples);
        }
        if (f.count > 0)
            findings << f;
    }
    tx.rollback();
    std::stable_sort(findings.begin(), findings.end(), [](const QualityFinding& a, const QualityFinding& b) {
        return a.isBlocking() && !b.isBlocking();
    });
    return findings;
}

QString formatFindings(const QList<QualityFinding>& findings)
{
    QStringList lines;
    for (const QualityFinding& f : findings) {
        QString line = QStringLiteral("%1 %2 (%3): %4")
                           .arg(f.isBlocking() ? QStringLiteral("BLOCKING") : QStringLiteral("warning"), f.code)
                           .arg(f.count)
                           .arg(f.message);
        if (!f.examples.isEmpty())
            line += QStringLiteral(": ") + f.examples.join(QStringLiteral(", "))
                + (f.count > f.examples.size() ? QStringLiteral(", …") : QString());
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace reper
