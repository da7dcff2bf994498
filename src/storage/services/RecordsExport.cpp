#include "RecordsExport.h"

#include "core/AccessPolicy.h"
#include "core/CsvWriter.h"
#include "core/ImportFormat.h"
#include "core/Logging.h"
#include "core/platform/Platform.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/services/VictimExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <functional>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordsExport)
};

// A day of the year `from`..`to` (dates are 'YYYY-MM-DD', so text order is date order).
bool within(const QString& date, const QString& from, const QString& to)
{
    return !date.isEmpty() && date >= from && date <= to;
}

bool overlaps(const QString& start, const QString& end, const QString& from, const QString& to)
{
    return start <= to && (end.isEmpty() || end >= from);
}

using YearRule = std::function<bool(const QStringList& row, const QString& from, const QString& to)>;

// One of the eleven files after victims.csv. The query returns the file's columns, then the record's
// centre, then (for a victim's records) the victim's centre.
struct TableSpec
{
    QString file;
    QStringList header;
    QString sql;
    bool ofVictim = false;
    YearRule inYear;
};

YearRule onDate(int column)
{
    return [column](const QStringList& r, const QString& f, const QString& t) { return within(r[column], f, t); };
}

YearRule spanning(int start, int end)
{
    return [start, end](const QStringList& r, const QString& f, const QString& t) {
        return overlaps(r[start], r[end], f, t);
    };
}

// The file's header as the contract has it (core/ImportFormat).
QStringList headerOf(const char* fileName) { return ImportFormat::columnNames(QString::fromLatin1(fileName)); }

// In the order the import reads them (victims.csv first, from VictimExport).
QList<TableSpec> tableSpecs()
{
    const QString vc = QStringLiteral(" JOIN victim v ON v.id = x.victim_id JOIN center vc ON vc.id = v.center_id");
    const QString cc = QStringLiteral(" JOIN center c ON c.id = x.center_id");
    QList<TableSpec> specs;
    specs << TableSpec{QStringLiteral("campaigns.csv"), headerOf("campaigns.csv"),
                       QStringLiteral("SELECT x.code, c.code, x.title, x.level, x.funding, x.funder, x.start_date, "
                                      "x.end_date, c.code FROM campaign x")
                           + cc + QStringLiteral(" ORDER BY x.id"),
                       false, spanning(6, 7)};
    specs << TableSpec{QStringLiteral("funded_projects.csv"), headerOf("funded_projects.csv"),
                       QStringLiteral("SELECT x.code, c.code, x.title, x.funder, x.focus, x.start_date, x.end_date, "
                                      "c.code FROM funded_project x")
                           + cc + QStringLiteral(" ORDER BY x.id"),
                       false, spanning(5, 6)};
    specs << TableSpec{QStringLiteral("assistance.csv"), headerOf("assistance.csv"),
                       QStringLiteral("SELECT v.code, c.code, x.service, x.provider, x.start_date, x.end_date, c.code, "
                                      "vc.code FROM assistance x")
                           + cc + vc + QStringLiteral(" ORDER BY x.id"),
                       true, spanning(4, 5)};
    specs << TableSpec{QStringLiteral("repatriations.csv"), headerOf("repatriations.csv"),
                       QStringLiteral("SELECT v.code, c.code, x.from_country, x.request_date, x.arrival_date, "
                                      "x.entry_point, x.status, c.code, vc.code FROM repatriation x")
                           + cc + vc + QStringLiteral(" ORDER BY x.id"),
                       true, [](const QStringList& r, const QString& f, const QString& t) {
                           return within(r[3], f, t) || within(r[4], f, t);
                       }};
    specs << TableSpec{QStringLiteral("judicial.csv"), headerOf("judicial.csv"),
                       QStringLiteral("SELECT v.code, c.code, x.date, x.case_ref, x.body, x.stage, x.role, x.support, "
                                      "c.code, vc.code FROM judicial x")
                           + cc + vc + QStringLiteral(" ORDER BY x.id"),
                       true, onDate(2)};
    specs << TableSpec{
        QStringLiteral("prevention_activities.csv"), headerOf("prevention_activities.csv"),
        QStringLiteral("SELECT c.code, x.date, x.county, k.code, x.type, x.target_group, x.participants, "
                       "x.materials, x.online_reach, c.code FROM prevention_activity x")
            + cc + QStringLiteral(" LEFT JOIN campaign k ON k.id = x.campaign_id ORDER BY x.id"),
        false, onDate(1)};
    specs << TableSpec{QStringLiteral("protocols.csv"), headerOf("protocols.csv"),
                       QStringLiteral("SELECT c.code, x.signed_date, x.partner, c.code FROM protocol x") + cc
                           + QStringLiteral(" ORDER BY x.id"),
                       false, onDate(1)};
    specs << TableSpec{QStringLiteral("action_plans.csv"), headerOf("action_plans.csv"),
                       QStringLiteral("SELECT c.code, x.date, x.partner, c.code FROM action_plan x") + cc
                           + QStringLiteral(" ORDER BY x.id"),
                       false, onDate(1)};
    specs << TableSpec{QStringLiteral("team_meetings.csv"), headerOf("team_meetings.csv"),
                       QStringLiteral("SELECT c.code, x.date, x.county, x.attendees, c.code FROM team_meeting x") + cc
                           + QStringLiteral(" ORDER BY x.id"),
                       false, onDate(1)};
    specs << TableSpec{QStringLiteral("trainings.csv"), headerOf("trainings.csv"),
                       QStringLiteral("SELECT c.code, x.date, x.county, x.audience, x.participants, x.topic, c.code "
                                      "FROM training x")
                           + cc + QStringLiteral(" ORDER BY x.id"),
                       false, onDate(1)};
    specs << TableSpec{QStringLiteral("events.csv"), headerOf("events.csv"),
                       QStringLiteral("SELECT c.code, x.date, x.type, x.role, x.title, c.code FROM event x") + cc
                           + QStringLiteral(" ORDER BY x.id"),
                       false, onDate(1)};
    return specs;
}

} // namespace

qint64 RecordsExportResult::rows() const
{
    qint64 n = 0;
    for (const ExportTable& t : tables)
        n += t.rows.size();
    return n;
}

Result<RecordsExportResult> RecordsExport::run(const RecordsExportRequest& request)
{
    const AccessPolicy access = m_store.access();
    if (!access.canListVictims())
        return makeError(Tr::tr("Your role may not export records (analysts see figures only)."));
    const QString center = request.center.toUpper();
    if (!center.isEmpty()) {
        if (!m_store.reference().centerId(center))
            return makeError(Tr::tr("There is no centre %1.").arg(center));
        if (!access.canReadRecords(center))
            return makeError(Tr::tr("The records of %1 are outside your scope (%2).").arg(center, access.scopeName()));
    }
    if (request.withIdentity && !center.isEmpty() && center != access.user().center)
        return makeError(Tr::tr("Identity may be exported only by a coordinator of the victims' own centre, "
                                "for that centre."));
    const bool byYear = request.year > 0;
    const QString from = QStringLiteral("%1-01-01").arg(request.year, 4, 10, QLatin1Char('0'));
    const QString to = QStringLiteral("%1-12-31").arg(request.year, 4, 10, QLatin1Char('0'));

    // Victims of the whole scope: a record of this centre may refer to a victim of another one.
    VictimExportRequest victimsRequest;
    victimsRequest.withIdentity = request.withIdentity;
    victimsRequest.confirmed = request.confirmed;
    auto victims = VictimExport(m_store).collect(victimsRequest);
    if (!victims)
        return victims.error();

    Database& db = m_store.db();
    Transaction tx(db, Transaction::Mode::Deferred); // one state of the store for every file
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordsExportResult out;
    out.identity = victims->identity;
    QSet<QString> victimCodes; // referred to by the records exported
    QSet<QString> campaignCodes;
    QList<ExportTable> others;
    for (const TableSpec& spec : tableSpecs()) {
        auto st = db.prepare(spec.sql);
        if (!st)
            return st.error();
        ExportTable table{spec.file, spec.header, {}};
        const int n = int(spec.header.size());
        while (st->next()) {
            const QString recordCenter = st->text(n);
            if (!access.canReadRecords(recordCenter) || (spec.ofVictim && !access.canReadRecords(st->text(n + 1))))
                continue;
            QStringList row;
            for (int c = 0; c < n; ++c)
                row << st->text(c);
            const bool wanted = (center.isEmpty() || recordCenter == center) && (!byYear || spec.inYear(row, from, to));
            if (!wanted)
                continue;
            if (spec.ofVictim)
                victimCodes.insert(row.first());
            if (spec.file == QLatin1String("prevention_activities.csv") && !row[3].isEmpty())
                campaignCodes.insert(row[3]);
            table.rows << row;
        }
        if (st->failed())
            return st->error();
        others << table;
    }
    tx.rollback();
    // Campaigns are read before the activities that name them: read them again for those.
    if (!campaignCodes.isEmpty()) {
        for (ExportTable& t : others) {
            if (t.fileName != QLatin1String("campaigns.csv"))
                continue;
            QSet<QString> present;
            for (const QStringList& r : t.rows)
                present.insert(r.first());
            QSet<QString> missing = campaignCodes - present;
            if (missing.isEmpty())
                break;
            auto st = db.prepare(tableSpecs().first().sql);
            if (!st)
                return st.error();
            while (st->next()) {
                if (!missing.contains(st->text(0)) || !access.canReadRecords(st->text(8)))
                    continue;
                QStringList row;
                for (int c = 0; c < 8; ++c)
                    row << st->text(c);
                t.rows << row;
            }
            if (st->failed())
                return st->error();
        }
    }

    // victims.csv: the identifications of the centre and year asked for, and every identification
    // of a victim that an exported record refers to (the import needs the victim).
    ExportTable victimsTable{QStringLiteral("victims.csv"), victims->header, {}};
    QSet<QString> kept;
    for (const QStringList& row : victims->rows) {
        const bool wanted = (center.isEmpty() || row[1] == center) && (!byYear || within(row[9], from, to));
        if (wanted || victimCodes.contains(row.first())) {
            victimsTable.rows << row;
            kept.insert(row.first());
        }
    }
    out.victims = int(kept.size());
    out.tables << victimsTable << others;

    QStringList codes;
    for (const QString& code : victims->codes)
        if (kept.contains(code))
            codes << code;
    AuditEvent e;
    e.action = AuditAction::Export;
    e.recordType = QStringLiteral("records");
    e.center = center.isEmpty() ? access.user().center : center;
    e.detail.insert(QStringLiteral("what"), QStringLiteral("all"));
    e.detail.insert(QStringLiteral("rows"), out.rows());
    e.detail.insert(QStringLiteral("victims"), out.victims);
    if (byYear)
        e.detail.insert(QStringLiteral("year"), request.year);
    e.detail.insert(QStringLiteral("with_identity"), out.identity);
    if (!request.destination.isEmpty())
        e.detail.insert(QStringLiteral("folder"), QFileInfo(request.destination).fileName());
    if (out.identity)
        e.detail.insert(QStringLiteral("victim_codes"), QJsonArray::fromStringList(codes));
    if (auto s = m_store.audit().append(e); !s)
        return s.error();
    Logging::logger("storage")->info("records exported: {} rows{}", out.rows(), out.identity ? " with identity" : "");
    return out;
}

Status RecordsExport::checkFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return {};
    if (!info.isDir())
        return makeError(Tr::tr("%1 is not a folder.").arg(folder));
    if (!QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).isEmpty())
        return makeError(Tr::tr("The folder %1 is not empty: export into a new or empty folder.").arg(folder));
    return {};
}

Status RecordsExport::writeFolder(const RecordsExportResult& result, const QString& folder)
{
    if (auto s = checkFolder(folder); !s)
        return s;
    QDir dir(folder);
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return makeError(Tr::tr("Could not create the folder %1.").arg(folder));
        platform::restrictFolderToOwner(folder);
    }
    for (const ExportTable& t : result.tables) {
        QByteArray bytes = CsvWriter::row(t.header);
        for (const QStringList& row : t.rows)
            CsvWriter::appendRow(bytes, row);
        if (auto s = writeFileAtomically(dir.filePath(t.fileName), bytes); !s)
            return s;
    }
    return {};
}

} // namespace reper
