#include "ImportFloor.h"

#include "storage/Store.h"
#include "storage/engine/BulkWriteScope.h"
#include "storage/engine/Database.h"

#include <QElapsedTimer>
#include <QStringList>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace reper::bench {

namespace {

constexpr int kBatch = 50000;

struct Cell
{
    int type = SQLITE_NULL;
    qint64 integer = 0;
    double real = 0;
    std::string bytes;
};

// The tables the import writes, in the order it writes them (victims.csv first); any other table
// the import filled is copied after them.
const QStringList kOrder = {
    QStringLiteral("victim"),          QStringLiteral("identity_data_key"),
    QStringLiteral("victim_identity"), QStringLiteral("victim_name_token"),
    QStringLiteral("identification"),  QStringLiteral("identification_exploitation"),
    QStringLiteral("campaign"),        QStringLiteral("funded_project"),
    QStringLiteral("assistance"),      QStringLiteral("repatriation"),
    QStringLiteral("judicial"),        QStringLiteral("prevention_activity"),
    QStringLiteral("protocol"),        QStringLiteral("action_plan"),
    QStringLiteral("team_meeting"),    QStringLiteral("training"),
    QStringLiteral("event"),
};

qint64 countRows(Database& db, const QString& table)
{
    auto n = db.queryInt(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    return n ? *n : -1;
}

} // namespace

FloorResult insertFloor(Database& imported, Store& fresh)
{
    FloorResult out;
    QStringList tables;
    {
        auto st = imported.prepare(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        if (!st) {
            out.error = st.error().message;
            return out;
        }
        QStringList all;
        while (st->next())
            all << st->text(0);
        QStringList filled;
        for (const QString& t : all)
            if (countRows(imported, t) > 0 && countRows(fresh.db(), t) == 0)
                filled << t;
        for (const QString& t : kOrder)
            if (filled.contains(t))
                tables << t;
        for (const QString& t : filled)
            if (!tables.contains(t))
                tables << t;
    }
    sqlite3* to = fresh.db().handle();
    BulkWriteScope bulk(fresh.db());
    QElapsedTimer clock;
    qint64 timed = 0;
    clock.start();
    bool ok = sqlite3_exec(to, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    timed += clock.nsecsElapsed();
    std::vector<Cell> cells;
    for (const QString& table : tables) {
        if (!ok)
            break;
        // A table the store fills itself from the rows inserted before it (a victim's case, made by
        // a trigger with the victim, schema step 8) is already whole: the floor pays that trigger
        // as the import does, and copies nothing more.
        if (countRows(fresh.db(), table) > 0)
            continue;
        sqlite3_stmt* read = nullptr;
        const QByteArray select = QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table).toUtf8();
        if (sqlite3_prepare_v2(imported.handle(), select.constData(), -1, &read, nullptr) != SQLITE_OK) {
            // A table without rowid: its own order.
            const QByteArray plain = QStringLiteral("SELECT * FROM \"%1\"").arg(table).toUtf8();
            if (sqlite3_prepare_v2(imported.handle(), plain.constData(), -1, &read, nullptr) != SQLITE_OK) {
                out.error = QString::fromUtf8(sqlite3_errmsg(imported.handle()));
                ok = false;
                break;
            }
        }
        const int columns = sqlite3_column_count(read);
        QStringList marks;
        for (int c = 0; c < columns; ++c)
            marks << QStringLiteral("?");
        const QByteArray insert
            = QStringLiteral("INSERT INTO \"%1\" VALUES (%2)").arg(table, marks.join(QLatin1Char(','))).toUtf8();
        sqlite3_stmt* write = nullptr;
        if (sqlite3_prepare_v2(to, insert.constData(), -1, &write, nullptr) != SQLITE_OK) {
            out.error = QString::fromUtf8(sqlite3_errmsg(to));
            sqlite3_finalize(read);
            ok = false;
            break;
        }
        bool more = true;
        while (more && ok) {
            // A batch read off the clock.
            cells.clear();
            int rows = 0;
            while (rows < kBatch && (more = sqlite3_step(read) == SQLITE_ROW)) {
                for (int c = 0; c < columns; ++c) {
                    Cell cell;
                    cell.type = sqlite3_column_type(read, c);
                    if (cell.type == SQLITE_INTEGER)
                        cell.integer = sqlite3_column_int64(read, c);
                    else if (cell.type == SQLITE_FLOAT)
                        cell.real = sqlite3_column_double(read, c);
                    else if (cell.type != SQLITE_NULL)
                        cell.bytes.assign(static_cast<const char*>(sqlite3_column_blob(read, c)),
                                          size_t(sqlite3_column_bytes(read, c)));
                    cells.push_back(std::move(cell));
                }
                ++rows;
            }
            // The inserts, timed.
            clock.restart();
            for (int r = 0; r < rows && ok; ++r) {
                for (int c = 0; c < columns; ++c) {
                    const Cell& cell = cells[size_t(r * columns + c)];
                    switch (cell.type) {
                    case SQLITE_INTEGER: sqlite3_bind_int64(write, c + 1, cell.integer); break;
                    case SQLITE_FLOAT: sqlite3_bind_double(write, c + 1, cell.real); break;
                    case SQLITE_TEXT:
                        sqlite3_bind_text(write, c + 1, cell.bytes.data(), int(cell.bytes.size()), SQLITE_STATIC);
                        break;
                    case SQLITE_BLOB:
                        sqlite3_bind_blob(write, c + 1, cell.bytes.data(), int(cell.bytes.size()), SQLITE_STATIC);
                        break;
                    default: sqlite3_bind_null(write, c + 1);
                    }
                }
                ok = sqlite3_step(write) == SQLITE_DONE;
                sqlite3_reset(write);
            }
            timed += clock.nsecsElapsed();
            out.rows += rows;
            if (!ok)
                out.error = QString::fromUtf8(sqlite3_errmsg(to));
        }
        sqlite3_finalize(read);
        sqlite3_finalize(write);
    }
    clock.restart();
    if (ok)
        ok = sqlite3_exec(to, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    else
        sqlite3_exec(to, "ROLLBACK", nullptr, nullptr, nullptr);
    timed += clock.nsecsElapsed();
    out.ok = ok;
    out.seconds = double(timed) / 1e9;
    return out;
}

} // namespace reper::bench
