#include "AuditLabels.h"

#include "gui/common/Labels.h"
#include "storage/duplicates/VictimMerger.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace reper {

namespace {

struct Named
{
    QString code;
    const char* words;
};

const QList<Named>& actionNames()
{
    static const QList<Named> all = {
        {AuditAction::Login, QT_TRANSLATE_NOOP("AuditLabels", "Signed in")},
        {AuditAction::LoginFailed, QT_TRANSLATE_NOOP("AuditLabels", "Wrong password")},
        {AuditAction::UserLocked, QT_TRANSLATE_NOOP("AuditLabels", "Locked out after wrong passwords")},
        {AuditAction::LockoutFileDamaged, QT_TRANSLATE_NOOP("AuditLabels", "Lockout file damaged")},
        {AuditAction::SessionUnlocked, QT_TRANSLATE_NOOP("AuditLabels", "Window unlocked")},
        {AuditAction::RecordCreated, QT_TRANSLATE_NOOP("AuditLabels", "Record added")},
        {AuditAction::RecordChanged, QT_TRANSLATE_NOOP("AuditLabels", "Record changed")},
        {AuditAction::RecordDeleted, QT_TRANSLATE_NOOP("AuditLabels", "Record deleted")},
        {AuditAction::IdentityOpened, QT_TRANSLATE_NOOP("AuditLabels", "Identity shown")},
        {AuditAction::IdentityRefused, QT_TRANSLATE_NOOP("AuditLabels", "Identity refused")},
        {AuditAction::IdentityErased, QT_TRANSLATE_NOOP("AuditLabels", "Identity erased")},
        {AuditAction::IdentitySearched, QT_TRANSLATE_NOOP("AuditLabels", "Victims found by name")},
        {AuditAction::DuplicatesSearched, QT_TRANSLATE_NOOP("AuditLabels", "Duplicates looked for")},
        {AuditAction::VictimsMerged, QT_TRANSLATE_NOOP("AuditLabels", "Victims merged")},
        {AuditAction::VictimsUnmerged, QT_TRANSLATE_NOOP("AuditLabels", "Victims unmerged")},
        {AuditAction::Import, QT_TRANSLATE_NOOP("AuditLabels", "Import")},
        {AuditAction::Report, QT_TRANSLATE_NOOP("AuditLabels", "Report shown or saved")},
        {AuditAction::Print, QT_TRANSLATE_NOOP("AuditLabels", "Report opened for printing")},
        {AuditAction::Export, QT_TRANSLATE_NOOP("AuditLabels", "Export")},
        {AuditAction::Backup, QT_TRANSLATE_NOOP("AuditLabels", "Backup")},
        {AuditAction::BackupFailed, QT_TRANSLATE_NOOP("AuditLabels", "Backup not completed")},
        {AuditAction::Restore, QT_TRANSLATE_NOOP("AuditLabels", "Restore")},
        {AuditAction::YearClosed, QT_TRANSLATE_NOOP("AuditLabels", "Year closed")},
        {AuditAction::UserAdded, QT_TRANSLATE_NOOP("AuditLabels", "User added")},
        {AuditAction::PasswordReset, QT_TRANSLATE_NOOP("AuditLabels", "Password reset")},
        {AuditAction::PasswordChanged, QT_TRANSLATE_NOOP("AuditLabels", "Password changed")},
        {AuditAction::UserDisabled, QT_TRANSLATE_NOOP("AuditLabels", "User disabled")},
        {AuditAction::UserEnabled, QT_TRANSLATE_NOOP("AuditLabels", "User enabled again")},
        {AuditAction::KeyRegistered, QT_TRANSLATE_NOOP("AuditLabels", "Signing key given")},
        {AuditAction::KeyRecovered, QT_TRANSLATE_NOOP("AuditLabels", "Signing key set with the recovery key")},
        {AuditAction::KeySelfRegistered, QT_TRANSLATE_NOOP("AuditLabels", "Signing key set from an old key slot")},
        {AuditAction::RetentionRun, QT_TRANSLATE_NOOP("AuditLabels", "Retention rule applied")},
        {AuditAction::RetentionScheduled, QT_TRANSLATE_NOOP("AuditLabels", "Retention rule scheduled")},
        {AuditAction::PopulationSet, QT_TRANSLATE_NOOP("AuditLabels", "Population of a year entered")},
        {AuditAction::PopulationRemoved, QT_TRANSLATE_NOOP("AuditLabels", "Population of a year removed")},
        {AuditAction::DeadlineRuleChanged, QT_TRANSLATE_NOOP("AuditLabels", "Deadline rule changed")},
        {AuditAction::DueDismissed, QT_TRANSLATE_NOOP("AuditLabels", "Deadline dismissed")},
        {AuditAction::StoreCreated, QT_TRANSLATE_NOOP("AuditLabels", "Store created")},
    };
    return all;
}

const QHash<QString, const char*>& recordTypeNames()
{
    static const QHash<QString, const char*> all = {
        {QStringLiteral("victim"), QT_TRANSLATE_NOOP("AuditLabels", "Victim")},
        {QStringLiteral("victims"), QT_TRANSLATE_NOOP("AuditLabels", "Victims")},
        {QStringLiteral("identification"), QT_TRANSLATE_NOOP("AuditLabels", "Identification")},
        {QStringLiteral("assistance"), QT_TRANSLATE_NOOP("AuditLabels", "Assistance")},
        {QStringLiteral("repatriation"), QT_TRANSLATE_NOOP("AuditLabels", "Repatriation")},
        {QStringLiteral("judicial"), QT_TRANSLATE_NOOP("AuditLabels", "Criminal proceedings")},
        {QStringLiteral("victim_case"), QT_TRANSLATE_NOOP("AuditLabels", "Case")},
        {QStringLiteral("monitoring_contact"), QT_TRANSLATE_NOOP("AuditLabels", "Monitoring contact")},
        {QStringLiteral("campaign"), QT_TRANSLATE_NOOP("AuditLabels", "Campaign")},
        {QStringLiteral("prevention_activity"), QT_TRANSLATE_NOOP("AuditLabels", "Prevention activity")},
        {QStringLiteral("protocol"), QT_TRANSLATE_NOOP("AuditLabels", "Protocol")},
        {QStringLiteral("action_plan"), QT_TRANSLATE_NOOP("AuditLabels", "Action plan")},
        {QStringLiteral("team_meeting"), QT_TRANSLATE_NOOP("AuditLabels", "Team meeting")},
        {QStringLiteral("training"), QT_TRANSLATE_NOOP("AuditLabels", "Training")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("AuditLabels", "Event")},
        {QStringLiteral("funded_project"), QT_TRANSLATE_NOOP("AuditLabels", "Funded project")},
        {QStringLiteral("center"), QT_TRANSLATE_NOOP("AuditLabels", "Centre")},
        {QStringLiteral("county"), QT_TRANSLATE_NOOP("AuditLabels", "County")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("AuditLabels", "User")},
        {QStringLiteral("report"), QT_TRANSLATE_NOOP("AuditLabels", "Report")},
        {QStringLiteral("closed_year"), QT_TRANSLATE_NOOP("AuditLabels", "Closed year")},
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("AuditLabels", "Store")},
    };
    return all;
}

// The detail keys the program writes, and the reasons it gives, in words.
const QHash<QString, const char*>& detailNames()
{
    static const QHash<QString, const char*> all = {
        {QStringLiteral("changed_by"), QT_TRANSLATE_NOOP("AuditLabels", "changed by")},
        {QStringLiteral("cutoff"), QT_TRANSLATE_NOOP("AuditLabels", "cut-off")},
        {QStringLiteral("erased"), QT_TRANSLATE_NOOP("AuditLabels", "erased")},
        {QStringLiteral("every_days"), QT_TRANSLATE_NOOP("AuditLabels", "every (days)")},
        {QStringLiteral("failures"), QT_TRANSLATE_NOOP("AuditLabels", "wrong passwords")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("AuditLabels", "file")},
        {QStringLiteral("files"), QT_TRANSLATE_NOOP("AuditLabels", "files")},
        {QStringLiteral("first"), QT_TRANSLATE_NOOP("AuditLabels", "first")},
        {QStringLiteral("folder"), QT_TRANSLATE_NOOP("AuditLabels", "folder")},
        {QStringLiteral("last"), QT_TRANSLATE_NOOP("AuditLabels", "last")},
        {QStringLiteral("last_record"), QT_TRANSLATE_NOOP("AuditLabels", "last record")},
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("AuditLabels", "new")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("AuditLabels", "reason")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("AuditLabels", "roles")},
        {QStringLiteral("rows"), QT_TRANSLATE_NOOP("AuditLabels", "rows")},
        {QStringLiteral("scheduled"), QT_TRANSLATE_NOOP("AuditLabels", "scheduled")},
        {QStringLiteral("scope"), QT_TRANSLATE_NOOP("AuditLabels", "scope")},
        {QStringLiteral("temporary_password"), QT_TRANSLATE_NOOP("AuditLabels", "temporary password")},
        {QStringLiteral("unknown_user"), QT_TRANSLATE_NOOP("AuditLabels", "unknown user")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("AuditLabels", "user")},
        {QStringLiteral("victim_codes"), QT_TRANSLATE_NOOP("AuditLabels", "victims")},
        {QStringLiteral("victims"), QT_TRANSLATE_NOOP("AuditLabels", "victims")},
        {QStringLiteral("was_temporary"), QT_TRANSLATE_NOOP("AuditLabels", "was temporary")},
        {QStringLiteral("what"), QT_TRANSLATE_NOOP("AuditLabels", "what")},
        {QStringLiteral("where"), QT_TRANSLATE_NOOP("AuditLabels", "where")},
        {QStringLiteral("with_identity"), QT_TRANSLATE_NOOP("AuditLabels", "with identity")},
        {QStringLiteral("years"), QT_TRANSLATE_NOOP("AuditLabels", "years")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("AuditLabels", "year")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("AuditLabels", "from")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("AuditLabels", "to")},
        {QStringLiteral("format"), QT_TRANSLATE_NOOP("AuditLabels", "format")},
        {QStringLiteral("found"), QT_TRANSLATE_NOOP("AuditLabels", "found")},
        {QStringLiteral("words"), QT_TRANSLATE_NOOP("AuditLabels", "words searched")},
        {QStringLiteral("edition"), QT_TRANSLATE_NOOP("AuditLabels", "edition")},
        {QStringLiteral("frozen"), QT_TRANSLATE_NOOP("AuditLabels", "frozen figures")},
        {QStringLiteral("present"), QT_TRANSLATE_NOOP("AuditLabels", "already present")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("AuditLabels", "version")},
        {QStringLiteral("rules_version"), QT_TRANSLATE_NOOP("AuditLabels", "rules version")},
        {QStringLiteral("content_hash"), QT_TRANSLATE_NOOP("AuditLabels", "content hash")},
        {QStringLiteral("forced"), QT_TRANSLATE_NOOP("AuditLabels", "forced")},
    };
    return all;
}

const QHash<QString, const char*>& valueNames()
{
    static const QHash<QString, const char*> all = {
        {QStringLiteral("new user"), QT_TRANSLATE_NOOP("AuditLabels", "new user")},
        {QStringLiteral("password reset"), QT_TRANSLATE_NOOP("AuditLabels", "password reset")},
        {QStringLiteral("enabled again"), QT_TRANSLATE_NOOP("AuditLabels", "enabled again")},
        {QStringLiteral("a new password was set with the recovery key"),
         QT_TRANSLATE_NOOP("AuditLabels", "a new password was set with the recovery key")},
        {QStringLiteral("key slot without a signing key"),
         QT_TRANSLATE_NOOP("AuditLabels", "key slot without a signing key")},
        {QStringLiteral("national"), QT_TRANSLATE_NOOP("AuditLabels", "national")},
        {QStringLiteral("lock screen"), QT_TRANSLATE_NOOP("AuditLabels", "lock screen")},
        {QStringLiteral("victims"), QT_TRANSLATE_NOOP("AuditLabels", "victims")},
        {QStringLiteral("internal"), QT_TRANSLATE_NOOP("AuditLabels", "internal")},
        {QStringLiteral("public"), QT_TRANSLATE_NOOP("AuditLabels", "public")},
        {QStringLiteral("revised"), QT_TRANSLATE_NOOP("AuditLabels", "revised")},
        {QStringLiteral("screen"), QT_TRANSLATE_NOOP("AuditLabels", "on screen")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("AuditLabels", "printed")},
    };
    return all;
}

QString word(const QHash<QString, const char*>& table, const QString& key)
{
    const auto it = table.constFind(key);
    return it == table.constEnd() ? key : AuditLabels::tr(*it);
}

QString valueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("—");
    case QJsonValue::Bool: return Labels::yesNo(v.toBool());
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String: {
        const QString s = v.toString();
        return s.isEmpty() ? QStringLiteral("—") : word(valueNames(), s);
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << valueText(item);
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: { // an import's files: "victims.csv (rows: 4, new: 4)"
        const QJsonObject o = v.toObject();
        QStringList items;
        for (auto it = o.begin(); it != o.end(); ++it)
            items << (it.value().isObject() ? QStringLiteral("%1 (%2)") : QStringLiteral("%1: %2"))
                         .arg(word(detailNames(), it.key()), valueText(it.value()));
        return items.join(QStringLiteral(", "));
    }
    }
    return {};
}

QString detailText(const QString& key, const QJsonValue& v)
{
    if (key == QLatin1String("roles") && v.isString()) // "administrator,coordinator" in the window's words
        return Labels::roles(v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
    return valueText(v);
}

// One field of a record's change: "sex: F → M", "last_name changed" (identity: never a value).
QString fieldText(const QString& field, const QJsonValue& v)
{
    const QString name = Labels::columnTitle(field);
    if (v.isString()) {
        const QString mark = v.toString();
        if (mark == QLatin1String("changed"))
            return AuditLabels::tr("%1 changed").arg(name);
        if (mark == QLatin1String("erased"))
            return AuditLabels::tr("%1 erased").arg(name);
        if (mark == QLatin1String("deleted"))
            return AuditLabels::tr("%1 deleted").arg(name);
    }
    if (v.isObject()) {
        const QJsonObject change = v.toObject();
        if (change.contains(QStringLiteral("new")))
            return QStringLiteral("%1: %2 → %3")
                .arg(name, valueText(change.value(QStringLiteral("old"))),
                     valueText(change.value(QStringLiteral("new"))));
        return QStringLiteral("%1: %2").arg(name, valueText(change.value(QStringLiteral("old"))));
    }
    return QStringLiteral("%1: %2").arg(name, valueText(v));
}

} // namespace

QString AuditLabels::action(const QString& action)
{
    for (const Named& n : actionNames())
        if (n.code == action)
            return tr(n.words);
    return action;
}

QList<QPair<QString, QString>> AuditLabels::actions()
{
    QList<QPair<QString, QString>> out;
    for (const Named& n : actionNames())
        out.append({n.code, tr(n.words)});
    return out;
}

QString AuditLabels::recordType(const QString& type) { return word(recordTypeNames(), type); }

QString AuditLabels::record(const AuditEntry& entry)
{
    if (entry.recordType.isEmpty())
        return {};
    const QString type = recordType(entry.recordType);
    if (!entry.recordCode.isEmpty())
        return type + QLatin1Char(' ') + entry.recordCode;
    if (entry.recordId)
        return QStringLiteral("%1 #%2").arg(type).arg(entry.recordId);
    return type;
}

QString AuditLabels::details(const QString& detailJson)
{
    const QJsonObject detail = QJsonDocument::fromJson(detailJson.toUtf8()).object();
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        if (it.key() == QLatin1String("public_key"))
            continue; // a key is no reading for a person; the verifier checks it
        if (it.key() == QLatin1String("fields") && it.value().isObject()) {
            const QJsonObject fields = it.value().toObject();
            for (auto f = fields.begin(); f != fields.end(); ++f)
                parts << fieldText(f.key(), f.value());
            continue;
        }
        parts << QStringLiteral("%1: %2").arg(word(detailNames(), it.key()), detailText(it.key(), it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace reper
