#include "InternationalRepository.h"

#include "core/InternationalCodes.h"
#include "core/VictimAge.h"
#include "storage/Store.h"
#include "storage/engine/Transaction.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/figures/PopulationRepository.h"
#include "storage/figures/YearQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace reper {

namespace {

// Every query gives, per victim, its records of the year ordered so that the first is the one that
// counts: victim id, victim code, record id, date, centre, sex, birth date, birth year, citizenship,
// then the identification's own columns. The conditions are FiguresRepository's (counting-rules.md).
const char* const kIdentified
    = "SELECT i.victim_id, v.code, i.id, i.notification_date, c.code, v.sex, v.birth_date, v.birth_year, "
      "v.citizenship, i.scope, i.primary_exploitation, i.exploitation_country, i.recruitment, i.recruiter_relation "
      "FROM identification i JOIN victim v ON v.id = i.victim_id JOIN center c ON c.id = i.center_id "
      "WHERE {i.c}i.notification_date BETWEEN :from AND :to ORDER BY i.victim_id, i.notification_date, i.id";
// A period that began before the year puts the victim in the figure on 1 January.
const char* const kAssisted
    = "SELECT a.victim_id, v.code, a.id, CASE WHEN a.start_date > :from THEN a.start_date ELSE :from END AS d, c.code, "
      "v.sex, v.birth_date, v.birth_year, "
      "v.citizenship FROM assistance a JOIN victim v ON v.id = a.victim_id JOIN center c ON c.id = a.center_id "
      "WHERE {a.c}a.start_date <= :to AND (a.end_date IS NULL OR a.end_date >= :from) ORDER BY a.victim_id, d, a.id";
const char* const kRepatriated
    = "SELECT r.victim_id, v.code, r.id, r.arrival_date, c.code, v.sex, v.birth_date, v.birth_year, v.citizenship "
      "FROM repatriation r JOIN victim v ON v.id = r.victim_id JOIN center c ON c.id = r.center_id "
      "WHERE {r.c}r.arrival_date BETWEEN :from AND :to AND r.status = 'completed' AND v.citizenship = 'RO' "
      "ORDER BY r.victim_id, r.arrival_date, r.id";
const char* const kJudicial
    = "SELECT j.victim_id, v.code, j.id, j.date, c.code, v.sex, v.birth_date, v.birth_year, v.citizenship "
      "FROM judicial j JOIN victim v ON v.id = j.victim_id JOIN center c ON c.id = j.center_id "
      "WHERE {j.c}j.date BETWEEN :from AND :to ORDER BY j.victim_id, j.date, j.id";
// Every form reported in the year: the listed forms and the primary one of each identification.
const char* const kForms = "SELECT i.victim_id, e.form FROM identification i JOIN identification_exploitation e "
                           "ON e.identification_id = i.id WHERE {i.c}i.notification_date BETWEEN :from AND :to "
                           "UNION SELECT i.victim_id, i.primary_exploitation FROM identification i "
                           "WHERE {i.c}i.notification_date BETWEEN :from AND :to";

// One entry per victim: the first row of each victim's run.
Result<QList<VictimFacts>> readFacts(const YearQuery& q, const char* sql, const QString& kind, bool withCodes,
                                     QHash<qint64, int>* indexByVictim = nullptr)
{
    auto st = q.prepare(QString::fromLatin1(sql));
    if (!st)
        return st.error();
    QList<VictimFacts> out;
    qint64 previous = -1;
    const bool identification = kind == QLatin1String("identification");
    while (st->next()) {
        const qint64 victim = st->int64(0);
        if (victim == previous)
            continue;
        previous = victim;
        VictimFacts f;
        if (withCodes)
            f.code = st->text(1);
        f.recordKind = kind;
        f.recordId = st->int64(2);
        f.date = st->text(3);
        f.centre = st->text(4);
        f.sex = st->text(5);
        const std::optional<int> birthYear = st->isNull(7) ? std::nullopt : std::optional<int>(int(st->int64(7)));
        f.age = VictimAge::on(st->date(3), st->date(6), birthYear);
        f.citizenship = st->text(8);
        if (identification) {
            f.scope = st->text(9);
            f.primaryForm = st->text(10);
            f.exploitationCountry = st->text(11);
            f.recruitment = st->text(12);
            f.recruiterRelation = st->text(13);
        }
        if (indexByVictim)
            indexByVictim->insert(victim, int(out.size()));
        out << f;
    }
    if (st->failed())
        return st->error();
    return out;
}

} // namespace

Result<InternationalData> InternationalRepository::compute(int year, const QString& centerCode)
{
    const AccessPolicy& access = m_store.access();
    if (!access.canSeeFigures(Scope::ofCenter(centerCode)))
        return makeError(QCoreApplication::translate("FiguresRepository", "You may not see the figures of %1.")
                             .arg(centerCode.isEmpty() ? QStringLiteral("the whole country") : centerCode));
    qint64 centerId = 0;
    if (!centerCode.isEmpty()) {
        const auto id = m_store.reference().centerId(centerCode);
        if (!id)
            return makeError(
                QCoreApplication::translate("FiguresRepository", "There is no centre %1.").arg(centerCode));
        centerId = *id;
    }
    // The codes are for explain, which lists the records of the scope: only for whom may list them.
    const bool withCodes = access.canListVictims()
        && (centerCode.isEmpty() ? access.readsEveryCenter() : access.canReadRecords(centerCode));

    Transaction tx(m_store.db(), Transaction::Mode::Deferred);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    InternationalData data;
    data.year = year;
    data.scope = Scope::ofCenter(centerCode);
    auto figures = FiguresRepository(m_store).compute(year, centerCode);
    if (!figures)
        return figures.error();
    data.figures = std::move(*figures);

    const YearQuery q(m_store.db(), centerId, year);
    QHash<qint64, int> identifiedIndex;
    auto identified = readFacts(q, kIdentified, QStringLiteral("identification"), withCodes, &identifiedIndex);
    if (!identified)
        return identified.error();
    data.identified = std::move(*identified);
    auto forms = q.prepare(QString::fromLatin1(kForms));
    if (!forms)
        return forms.error();
    QHash<qint64, QSet<QString>> formsOf;
    while (forms->next())
        formsOf[forms->int64(0)].insert(forms->text(1));
    if (forms->failed())
        return forms->error();
    // In the order of domain.md's list, so the same victim always reads the same.
    const QStringList order = International::forms();
    for (auto it = identifiedIndex.constBegin(); it != identifiedIndex.constEnd(); ++it) {
        const QSet<QString>& set = formsOf.value(it.key());
        QStringList& list = data.identified[it.value()].forms;
        for (const QString& form : order) {
            if (set.contains(form))
                list << form;
        }
    }
    for (const auto& [sql, kind, target] : {std::tuple{kAssisted, "assistance", &data.assisted},
                                            std::tuple{kRepatriated, "repatriation", &data.repatriated},
                                            std::tuple{kJudicial, "judicial", &data.judicial}}) {
        auto facts = readFacts(q, sql, QLatin1String(kind), withCodes);
        if (!facts)
            return facts.error();
        *target = std::move(*facts);
    }
    if (centerCode.isEmpty()) {
        auto population = PopulationRepository(m_store).find(year);
        if (!population)
            return population.error();
        data.population = *population;
    }
    tx.rollback(); // read only
    return data;
}

} // namespace reper
