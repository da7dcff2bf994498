#include "DuplicateRepository.h"

#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "DuplicateRepository").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateRepository)
};

// The victims whose hash (`column`) is shared by another victim, grouped by the hash: a pass over
// the hash's partial index, then the few victims of the shared values. A victim merged into another
// (VictimMerger) is no candidate any more: its pair is one person already.
QString groupsSql(const char* column)
{
    return QStringLiteral("WITH shared AS (SELECT %1 AS h FROM victim_match WHERE %1 IS NOT NULL "
                          "GROUP BY %1 HAVING count(*) > 1) "
                          "SELECT m.%1, v.id, v.code, c.code, v.sex, v.birth_date, v.birth_year, v.county "
                          "FROM shared JOIN victim_match m ON m.%1 = shared.h AND m.%1 IS NOT NULL "
                          "JOIN victim v ON v.id = m.victim_id JOIN center c ON c.id = v.center_id "
                          "WHERE NOT EXISTS (SELECT 1 FROM victim_merge j WHERE j.absorbed_id = v.id) ORDER BY m.%1")
        .arg(QLatin1String(column));
}

quint64 pairKey(RecordId a, RecordId b) { return (quint64(std::min(a, b)) << 32) ^ quint64(std::max(a, b)); }

} // namespace

Result<QList<DuplicatePair>> DuplicateRepository::find(const QString& center)
{
    const AccessPolicy& access = m_store.access();
    if (!access.canListVictims())
        return makeError(Tr::tr("Only the staff who read victims' records may look for duplicates."));
    if (!center.isEmpty() && !access.canReadRecords(center))
        return makeError(Tr::tr("%1 is outside your scope: you may look for duplicates of %2 only.")
                             .arg(center, access.scopeName()));
    QHash<QString, bool> readable;
    const auto mayRead = [&](const QString& c) {
        auto it = readable.constFind(c);
        if (it == readable.constEnd())
            it = readable.insert(c, access.canReadRecords(c));
        return *it;
    };

    QList<DuplicatePair> pairs;
    QSet<quint64> seen;
    // The CNP first: a pair found by both rules is listed once, as a CNP pair.
    for (const char* column : {"cnp_match", "name_match"}) {
        const bool byCnp = qstrcmp(column, "cnp_match") == 0;
        auto st = m_store.db().prepare(groupsSql(column));
        if (!st)
            return st.error();
        QList<DuplicateVictim> group;
        QByteArray groupHash;
        const auto pairUp = [&]() {
            for (int i = 0; i < group.size(); ++i) {
                for (int j = i + 1; j < group.size(); ++j) {
                    const DuplicateVictim& a = group[i].code < group[j].code ? group[i] : group[j];
                    const DuplicateVictim& b = group[i].code < group[j].code ? group[j] : group[i];
                    if (!center.isEmpty() && a.center != center && b.center != center)
                        continue;
                    const quint64 key = pairKey(a.id, b.id);
                    if (seen.contains(key))
                        continue;
                    std::optional<DuplicateMatch> match = byCnp ? DuplicateScore::sameCnp(a.facts, b.facts)
                                                                : DuplicateScore::sameName(a.facts, b.facts);
                    if (!match)
                        continue;
                    seen.insert(key);
                    pairs << DuplicatePair{a, b, *match};
                }
            }
            group.clear();
        };
        while (st->next()) {
            const QByteArray hash = st->blob(0);
            if (hash != groupHash) {
                pairUp();
                groupHash = hash;
            }
            DuplicateVictim v;
            v.id = st->int64(1);
            v.code = st->text(2);
            v.center = st->text(3);
            // Only victims whose records the user may read take part: the other half of a pair
            // outside the scope is never named, nor is the pair counted.
            if (!mayRead(v.center))
                continue;
            v.facts.sex = st->text(4);
            v.facts.birthDate = st->text(5);
            v.facts.birthYear = int(st->optInt64(6).value_or(0));
            v.facts.county = st->text(7);
            group << v;
        }
        if (st->failed())
            return st->error();
        pairUp();
    }
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair& x, const DuplicatePair& y) {
        if (x.match.score != y.match.score)
            return x.match.score > y.match.score;
        if (x.first.code != y.first.code)
            return x.first.code < y.first.code;
        return x.second.code < y.second.code;
    });

    if (m_store.audit().canSign()) {
        const qint64 across
            = std::count_if(pairs.cbegin(), pairs.cend(), [](const DuplicatePair& p) { return p.crossesCentres(); });
        QJsonObject detail{{QStringLiteral("pairs"), qint64(pairs.size())}, {QStringLiteral("across_centres"), across}};
        if (auto s = m_store.audit().append(
                {AuditAction::DuplicatesSearched, QStringLiteral("victim"), 0, QString(), center, detail});
            !s)
            return s.error();
    }
    return pairs;
}

} // namespace reper
