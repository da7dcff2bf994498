#pragma once
// Makes headquarters' copy of one centre equal to the centre's package (issue 9 §2–§3), inside the
// caller's transaction: plan() reads and decides, apply() writes.
//   - a record of the package headquarters lacks is added; one it has is updated when the centre
//     changed it since the last package (its version), or when headquarters never had it from a
//     package; deletions (the package's tombstones, and records of an earlier package that this
//     complete one no longer has) are deleted;
//   - a record headquarters changed or deleted since the last package (its version differs from the
//     one package_base noted after that import) is a conflict: listed, and written only as
//     PackagePreference says (the centre's side, or headquarters' kept).
// The versions after the import go into package_base.
#include "core/Result.h"
#include "storage/package/PackageRecords.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace reper {

class Store;

enum class PackagePreference { None, Centre, Headquarters };

struct PackageConflict
{
    QString kind;
    QString uuid;
    QString code; // a victim's or campaign's code, when it has one
    bool deletedAtHq = false; // headquarters deleted it (else: edited it)
    bool deletedByCentre = false; // the centre deleted it (else: sent it)
};

struct PackagePlanCounts
{
    int added = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    int keptHeadquarters = 0; // conflicts resolved for headquarters
    int references = 0; // other centres' records added because records of this centre refer to them
};

class PackageApplier
{
public:
    PackageApplier(Store& store, qint64 centerId, const QString& centerCode, PackagePreference prefer)
        : m_store(store)
        , m_centerId(centerId)
        , m_center(centerCode)
        , m_prefer(prefer)
    {
    }
    // Reads headquarters' side and decides each record; the conflicts, whatever the preference.
    // `references`: records of other centres the package's records refer to, added when headquarters
    // lacks them and otherwise left as they are (their own centre's package brings them); a victim's
    // identifications only with the victim.
    Result<QList<PackageConflict>> plan(const QJsonArray& records, const QJsonArray& deletions,
                                        const QJsonArray& references);
    // Writes the plan; the counts.
    Result<PackagePlanCounts> apply();
    // The UUIDs of the centre's victims that headquarters has as the package sends them after apply()
    // (added, updated or unchanged; not those headquarters kept as its own).
    QStringList victimsTaken() const;

private:
    enum class Op { Add, Update, Delete, Unchanged, KeepHq };
    struct Step
    {
        Op op = Op::Unchanged;
        QString kind;
        QString uuid;
        QJsonObject record; // empty for a deletion
        bool reference = false; // another centre's record, added for the references
    };
    struct Base
    {
        qint64 centreVersion = 0;
        qint64 hqVersion = 0;
    };
    Result<const PackageTable*> shapeOf(const QString& kind);
    // Headquarters' version of the record, 0 when it has none.
    // One column of the record `uuid` of `table`; 0 when headquarters has no such record.
    Result<qint64> columnByUuid(const QString& table, const char* column, const QString& uuid);
    Result<qint64> hqVersion(const QString& kind, const QString& uuid) { return columnByUuid(kind, "version", uuid); }
    Result<qint64> idOf(const QString& table, const QString& uuid) { return columnByUuid(table, "id", uuid); }
    Status write(const Step& step);
    Status writeForms(qint64 identificationId, const QJsonArray& forms);
    Status noteBase(const QString& kind, const QString& uuid, qint64 centreVersion);

    Store& m_store;
    qint64 m_centerId;
    QString m_center;
    PackagePreference m_prefer;
    QHash<QString, PackageTable> m_shapes;
    QHash<QString, Base> m_bases;
    QList<Step> m_steps;
};

} // namespace reper
