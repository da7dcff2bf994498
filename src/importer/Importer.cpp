#include "Importer.h"

#include "core/Clock.h"
#include "core/ImportFormat.h"
#include "core/Logging.h"
#include "core/TestPause.h"
#include "importer/CsvReader.h"
#include "importer/ImportLock.h"
#include "importer/RowImporters.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/cases/CaseStatusRule.h"
#include "storage/engine/BulkWriteScope.h"
#include "storage/engine/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <optional>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "Import").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qint64 kProgressEvery = 5000;

} // namespace

qint64 ImportReport::rows() const
{
    qint64 n = 0;
    for (const auto& f : files)
        n += f.rows;
    return n;
}

qint64 ImportReport::added() const
{
    qint64 n = 0;
    for (const auto& f : files)
        n += f.added;
    return n;
}

Importer::Importer(Store& store)
    : m_store(store)
{
}

ImportReport Importer::run(const QString& folder, bool dryRun)
{
    auto log = Logging::logger("import");
    ImportReport report;
    QDir dir(folder);
    if (!dir.exists()) {
        report.problems.push_back({folder, 0, {}, Tr::tr("there is no such folder")});
        return report;
    }
    if (!m_store.access().canWriteAnyRecords()) {
        report.problems.push_back({folder,
                                   0,
                                   {},
                                   Tr::tr("your role may not import records (analysts and "
                                          "administrators see no records)")});
        return report;
    }
    // Every entry, links that lead nowhere and folders included: a known name that is not a file
    // must be refused, or its rows would be missing from an import that says it succeeded.
    const QStringList entries
        = dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")},
                        QDir::Files | QDir::Dirs | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    QStringList present;
    bool any = false;
    for (const QString& name : entries) {
        const QFileInfo info(dir.filePath(name));
        if (!ImportFormat::byFileName(name)) {
            if (info.isFile())
                report.notes << Tr::tr("%1 is not one of the import files and was not read").arg(name);
            continue;
        }
        any = true;
        if (info.isSymLink() && !info.exists())
            report.problems.push_back(
                {name, 0, {}, Tr::tr("is a link to a file that does not exist (or a loop of links)")});
        else if (info.isDir())
            report.problems.push_back({name, 0, {}, Tr::tr("is a folder, not a file")});
        else if (!info.isFile())
            report.problems.push_back({name, 0, {}, Tr::tr("is not a regular file (a device, a pipe or a socket)")});
        else
            present << name;
    }
    if (!any) {
        report.problems.push_back(
            {folder, 0, {}, Tr::tr("no import file found (victims.csv, assistance.csv, … as in interchange.md §1)")});
        return report;
    }

    // One import at a time: a second one waits its turn, saying whose import runs (a dry run too:
    // it writes and rolls back, so it needs the store's write lock as well). On a server imports run
    // side by side, each in its own transaction: there is no lock file beside a server.
    std::optional<ImportLock> turn;
    if (m_store.db().engine() != Engine::Server) {
        auto taken = ImportLock::take(m_store.path(), m_store.user().name, m_store.clock().now(), m_waiting,
                                      [this] { return !m_progress || m_progress(0); });
        if (!taken) {
            report.cancelled = taken.error().cancelled;
            if (!report.cancelled)
                report.failure = taken.error().message;
            return report;
        }
        turn.emplace(std::move(*taken));
    }
    QElapsedTimer timer;
    timer.start();
    BulkWriteScope bulk(m_store.db());
    Transaction tx(m_store.db());
    if (!tx.beginStatus()) {
        report.failure = tx.beginStatus().error().message;
        return report;
    }
    TestPause::at("import.writing"); // the store's write lock is held from here to the commit
    ImportContext ctx(m_store);
    if (auto s = ctx.given.open(); !s) {
        report.failure = s.error().message;
        return report;
    }
    // The cases of the victims this import adds get their state by rule at the end (CaseStatusRule).
    const auto casesBefore = CaseStatusRule::lastCaseId(m_store.db());
    if (!casesBefore) {
        report.failure = casesBefore.error().message;
        return report;
    }
    // One entry in the audit trail for the whole import (with its counts), not one per row.
    AuditBatch batch(m_store.audit());
    qint64 rowsSoFar = 0;
    for (const ImportFileFormat& format : ImportFormat::files()) {
        if (!present.contains(format.fileName))
            continue;
        QFile file(dir.filePath(format.fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            report.problems.push_back({format.fileName, 0, {}, Tr::tr("cannot be read: %1").arg(file.errorString())});
            continue;
        }
        ImportFileCounts counts;
        counts.file = format.fileName;
        CsvReader csv(&file);
        QStringList cells;
        int line = 0;
        if (!csv.readRecord(&cells, &line)) {
            report.problems.push_back({format.fileName, 1, {}, Tr::tr("the file is empty: it needs a header row")});
            report.files << counts;
            continue;
        }
        // The header: any order, no unknown or repeated column, every required column present.
        QHash<QString, int> index;
        bool headerUsable = true;
        for (int c = 0; c < cells.size(); ++c) {
            const QString name = cells[c].trimmed().toLower();
            if (!format.column(name))
                report.problems.push_back(
                    {format.fileName, line, name.isEmpty() ? Tr::tr("(empty)") : name,
                     Tr::tr("unknown column: not one of the columns of %1").arg(format.fileName)});
            else if (index.contains(name))
                report.problems.push_back({format.fileName, line, name, Tr::tr("the column appears twice")});
            else
                index.insert(name, c);
        }
        for (const ImportColumn& col : format.columns) {
            if (col.required && !index.contains(col.name)) {
                report.problems.push_back({format.fileName, line, col.name, Tr::tr("required column is missing")});
                headerUsable = false;
            }
        }
        if (!headerUsable) {
            report.files << counts;
            continue;
        }
        const int width = cells.size();
        RowReader row(format.fileName, index, m_store.reference(), report.problems);
        const RowImporter importRow = RowImporters::forFile(format.fileName);
        while (csv.readRecord(&cells, &line)) {
            // Spreadsheets often export empty rows as a line of commas: not a record.
            if (std::all_of(cells.cbegin(), cells.cend(), [](const QString& c) { return c.trimmed().isEmpty(); }))
                continue;
            ++counts.rows;
            if (cells.size() != width) {
                report.problems.push_back(
                    {format.fileName,
                     line,
                     {},
                     Tr::tr("the row has %1 cells but the header has %2 columns").arg(cells.size()).arg(width)});
                continue;
            }
            row.setRow(cells, line);
            if (!importRow(row, ctx, counts)) {
                report.failure = ctx.failure;
                log->error("import stopped by a store error: {}", ctx.failure.toStdString());
                return report;
            }
            if (++rowsSoFar % kProgressEvery == 0 && m_progress && !m_progress(rowsSoFar)) {
                report.cancelled = true;
                log->info("import cancelled after {} rows; nothing written", rowsSoFar);
                return report;
            }
        }
        if (csv.hasError())
            report.problems.push_back({format.fileName, csv.errorLine(), {}, csv.errorString()});
        if (ctx.identityNotCompared > 0) {
            QString codes = ctx.identityNotComparedCodes.join(QStringLiteral(", "));
            if (ctx.identityNotCompared > ctx.identityNotComparedCodes.size())
                codes += QStringLiteral(", …");
            report.notes << Tr::tr("%1: the identity columns of %n row(s) were not compared with the store and not "
                                   "written: they name victims already recorded (%2) whose identity you may not see; "
                                   "a coordinator or operator of their centre can import them",
                                   "", int(ctx.identityNotCompared))
                                .arg(format.fileName, codes);
            ctx.identityNotCompared = 0;
            ctx.identityNotComparedCodes.clear();
        }
        report.files << counts;
    }
    if (m_progress && !m_progress(rowsSoFar)) {
        report.cancelled = true;
        return report;
    }
    if (!report.problems.isEmpty() || dryRun) {
        tx.rollback();
        log->info("import of {} rows {} ({} problems)", rowsSoFar, dryRun ? "checked (dry run)" : "refused",
                  report.problems.size());
        return report;
    }
    if (auto s = ctx.given.close(); !s) {
        report.failure = s.error().message;
        return report;
    }
    if (auto s = CaseStatusRule::apply(m_store.db(), m_store.clock().today(), *casesBefore); !s) {
        report.failure = s.error().message;
        log->error("import: the new cases' state failed: {}", s.error().detail.toStdString());
        return report;
    }
    AuditEvent entry;
    entry.action = AuditAction::Import;
    entry.detail.insert(QStringLiteral("folder"), dir.dirName());
    entry.detail.insert(QStringLiteral("rows"), report.rows());
    entry.detail.insert(QStringLiteral("new"), report.added());
    QJsonObject files;
    for (const ImportFileCounts& f : report.files)
        files.insert(f.file,
                     QJsonObject{{QStringLiteral("rows"), f.rows},
                                 {QStringLiteral("new"), f.added},
                                 {QStringLiteral("present"), f.present}});
    entry.detail.insert(QStringLiteral("files"), files);
    if (auto s = m_store.audit().append(entry); !s) {
        report.failure = s.error().message;
        return report;
    }
    if (auto s = tx.commit(); !s) {
        report.failure = s.error().message;
        log->error("import commit failed: {}", s.error().detail.toStdString());
        return report;
    }
    report.written = true;
    log->info("imported {} rows ({} new records) in {} ms", rowsSoFar, report.added(), timer.elapsed());
    return report;
}

} // namespace reper
