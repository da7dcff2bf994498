#include "VictimExport.h"

#include "core/AccessPolicy.h"
#include "core/CsvWriter.h"
#include "core/ImportFormat.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/keys/IdentityVault.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "VictimExport").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VictimExport)
};

} // namespace

QStringList VictimExport::columns() { return ImportFormat::columnNames(QStringLiteral("victims.csv")); }

QByteArray VictimExport::csv(const VictimExportResult& result)
{
    QByteArray bytes = CsvWriter::row(result.header);
    for (const QStringList& row : result.rows)
        CsvWriter::appendRow(bytes, row);
    return bytes;
}

Result<VictimExportResult> VictimExport::run(const VictimExportRequest& request)
{
    auto out = collect(request);
    if (!out)
        return out.error();
    if (auto s = record(request, *out); !s)
        return s.error();
    return out;
}

Result<VictimExportResult> VictimExport::collect(const VictimExportRequest& request)
{
    const AccessPolicy access = m_store.access();
    if (!access.canListVictims())
        return makeError(Tr::tr("Your role may not export victims (analysts see figures only)."));
    const QString center = request.center.toUpper();
    if (!center.isEmpty()) {
        if (!m_store.reference().centerId(center))
            return makeError(Tr::tr("There is no centre %1.").arg(center));
        if (!access.canReadRecords(center))
            return makeError(Tr::tr("The victims of %1 are outside your scope (%2).").arg(center, access.scopeName()));
    }
    if (request.withIdentity && !request.confirmed)
        return makeError(Tr::tr("Exporting identity must be confirmed."));
    if (request.withIdentity) {
        // Only for a coordinator of the victims' own centre: the whole export must be that centre.
        const QString own = access.user().center;
        if (own.isEmpty() || !access.canExportIdentity(own) || (!center.isEmpty() && center != own))
            return makeError(Tr::tr("Identity may be exported only by a coordinator of the victims' own centre, "
                                    "for that centre."));
    }
    const QString scopeCenter = center.isEmpty() ? access.user().center : center; // empty: national
    const bool identity = request.withIdentity;

    Database& db = m_store.db();
    Transaction tx(db, Transaction::Mode::Deferred); // one state of the store for every row
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    QString sql = QStringLiteral(
        "SELECT v.code, ic.code, v.sex, v.birth_date, v.birth_year, v.citizenship, v.county, v.residence_env, "
        "v.education, i.notification_date, i.identification_date, i.mnir_status, i.institution, i.scope, i.id, "
        "i.primary_exploitation, i.attempt, i.exploitation_country, i.recruitment, i.recruiter_relation, vc.code");
    sql += QStringLiteral(", v.id FROM identification i JOIN victim v ON v.id = i.victim_id "
                          "JOIN center ic ON ic.id = i.center_id JOIN center vc ON vc.id = v.center_id");
    if (!scopeCenter.isEmpty())
        sql += QStringLiteral(" WHERE v.center_id = ? AND i.center_id = ?");
    sql += QStringLiteral(" ORDER BY v.code, i.notification_date, i.id");
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (!scopeCenter.isEmpty()) {
        const qint64 id = *m_store.reference().centerId(scopeCenter);
        st->bind(1, id).bind(2, id);
    }
    auto forms = db.prepare(
        QStringLiteral("SELECT form FROM identification_exploitation WHERE identification_id = ? ORDER BY position"));
    if (!forms)
        return forms.error();

    VictimExportResult out;
    out.header = columns();
    out.identity = identity;
    QSet<QString> victims;
    QStringList codes;
    while (st->next()) {
        const QString victimCenter = st->text(20);
        const QString rowCenter = st->text(1);
        // The same rule as every list: both the victim and this identification must be readable.
        if (!access.canReadRecords(victimCenter) || !access.canReadRecords(rowCenter))
            continue;
        const bool showIdentity = identity && access.canExportIdentity(victimCenter);
        QStringList row;
        for (int c = 0; c <= 13; ++c)
            row << st->text(c);
        QStringList list;
        forms->bind(1, st->int64(14));
        while (forms->next())
            list << forms->text(0);
        forms->reset();
        row << list.join(QLatin1Char(';')) << st->text(15);
        row << (st->isNull(16) ? QString() : (st->int64(16) ? QStringLiteral("yes") : QStringLiteral("no")));
        row << st->text(17) << st->text(18) << st->text(19);
        // Identity is not even decrypted unless it may leave the program.
        VictimIdentity person;
        if (showIdentity) {
            auto stored = m_store.identity().read(st->int64(21));
            if (!stored)
                return stored.error();
            person = stored->value_or(VictimIdentity{});
        }
        row << person.lastName << person.firstName << person.cnp << person.address << person.phone << person.notes;
        out.rows << row;
        if (!victims.contains(row.first())) {
            victims.insert(row.first());
            codes << row.first();
        }
    }
    if (st->failed())
        return st->error();
    tx.rollback();
    out.victims = int(victims.size());
    out.codes = codes;
    out.scopeCenter = scopeCenter;
    return out;
}

Status VictimExport::record(const VictimExportRequest& request, const VictimExportResult& out)
{
    const bool identity = out.identity;
    const QStringList& codes = out.codes;
    const QString& scopeCenter = out.scopeCenter;
    AuditEvent e;
    e.action = AuditAction::Export;
    e.recordType = QStringLiteral("victims");
    e.center = scopeCenter;
    e.detail.insert(QStringLiteral("what"), QStringLiteral("victims"));
    e.detail.insert(QStringLiteral("rows"), int(out.rows.size()));
    e.detail.insert(QStringLiteral("victims"), out.victims);
    e.detail.insert(QStringLiteral("with_identity"), identity);
    if (!request.destination.isEmpty())
        e.detail.insert(QStringLiteral("file"), QFileInfo(request.destination).fileName());
    if (identity) // whose identity left the program, so "who saw RV-…" finds this export
        e.detail.insert(QStringLiteral("victim_codes"), QJsonArray::fromStringList(codes));
    if (auto s = m_store.audit().append(e); !s)
        return s.error();
    Logging::logger("storage")->info("victims exported: {} rows{}", out.rows.size(), identity ? " with identity" : "");
    return {};
}

} // namespace reper
