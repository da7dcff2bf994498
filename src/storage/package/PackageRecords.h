#pragma once
// What a centre package carries of the records (issue 9): every record of one centre, by its
// UUID and version, with its columns as text and its references to other records by UUID (a
// victim, a campaign) or code (the centre). The shape of each table is read from the schema
// (PRAGMA table_info, foreign_key_list), so a column a later step adds travels without a change
// here; the users a record names (created_by, updated_by, a case's worker) are the store's own and
// never travel. A record in the payload:
//   {"kind": "assistance", "uuid": "…", "version": 3, "center": "CR-BV",
//    "refs": {"victim_id": "<victim's uuid>"}, "fields": {"service": "shelter", …},
//    "forms": [["sexual", "1"], …]   (identifications: the forms of exploitation)}
#include "core/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace reper {

class Database;

// A column that refers to another table: to a record (victim, campaign) by UUID, to a centre by code.
struct PackageRef
{
    QString column;
    QString table; // "victim", "campaign" or "center"
};

struct PackageTable
{
    QString kind; // the table
    QStringList fields; // carried as text
    QList<PackageRef> refs; // carried as UUIDs or codes
    QStringList localUsers; // columns naming the store's users: not carried (a case's worker: NULL)
};

class PackageRecords
{
public:
    // The record tables in the order a package writes them: a record after those it refers to.
    static const QStringList& kinds();
    // The shape of `kind` as the schema has it; an error for a reference the package cannot carry.
    static Result<PackageTable> shape(Database& db, const QString& kind);
    // Every record of the centre `centerId`, in kinds() order; in `references` the victims and
    // campaigns of other centres that those records refer to, each victim followed by its
    // identifications of other centres (headquarters adds a victim with them if it lacks it).
    static Result<QJsonArray> collect(Database& db, qint64 centerId, QJsonArray* references);
    // The record with `uuid` in the shape's table as collect() gives it; an empty object when absent.
    static Result<QJsonObject> one(Database& db, const PackageTable& shape, const QString& uuid);

private:
    static QString selectSql(const PackageTable& shape, const QString& where);
    static Result<QJsonObject> recordOf(Database& db, const PackageTable& shape, class Statement& st);
};

} // namespace reper
