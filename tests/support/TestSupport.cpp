#include "TestSupport.h"

#include "storage/keys/IdentityGrants.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/RecoveryKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <catch2/catch.hpp>
#include <iostream>
#include <stdexcept>

namespace reper::test {

QString dataPath(const QString& name) { return QDir(QStringLiteral(REPER_SOURCE_DIR "/tests/data")).filePath(name); }

QString samplesPath(const QString& name)
{
    QString root = qEnvironmentVariable("REPER_SAMPLES");
    if (root.isEmpty())
        root = QDir::cleanPath(QStringLiteral(REPER_SOURCE_DIR "/../shared/samples"));
    if (!QFileInfo(root).isDir())
        return {};
    return name.isEmpty() ? root : QDir(root).filePath(name);
}

bool samplesRequired()
{
    const QByteArray value = qgetenv("REPER_REQUIRE_SAMPLES");
    return !value.isEmpty() && value != "0";
}

QString requireSamples(const QString& name)
{
    const QString path = samplesPath(name);
    if (!path.isEmpty() && QFileInfo(path).exists())
        return path;
    const std::string where = samplesPath().isEmpty()
        ? "the samples folder (../shared/samples beside the source tree, or $REPER_SAMPLES) is not there"
        : "the samples folder has no " + name.toStdString();
    if (samplesRequired())
        FAIL("$REPER_REQUIRE_SAMPLES is set but " << where);
    std::cout << kSkippedMarker << " " << where << ": this case checked nothing" << std::endl;
    return {};
}

QString cliPath() { return QStringLiteral(REPER_BINARY_DIR "/src/cli/reper-cli"); }

namespace {
FixedClock& sharedClock()
{
    static FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    return clock;
}
} // namespace

const FixedClock& fixedClock() { return sharedClock(); }

ClockAt::ClockAt(const QDateTime& at)
    : m_before(sharedClock().now())
{
    sharedClock().set(at);
}

ClockAt::~ClockAt() { sharedClock().set(m_before); }

void ClockAt::set(const QDateTime& at) { sharedClock().set(at); }

TempStore::TempStore()
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder");
    m_path = m_dir.filePath(QStringLiteral("store.reper"));
    auto created = Store::create(m_path, QStringLiteral("admin"), QString::fromLatin1(kPassword), fixedClock());
    if (!created)
        throw std::runtime_error(created.error().message.toStdString() + " / " + created.error().detail.toStdString());
    m_store = std::move(created->store);
    m_recovery = created->recoveryKey;
}

MasterKey storeKeyFromRecoveryKey(const QString& storePath, const QString& recoveryKey)
{
    auto pair = RecoveryKey::pairOf(recoveryKey);
    auto keys = KeyFile::load(KeyFile::pathFor(storePath));
    if (!pair || !keys)
        return {};
    auto key = keys->openRecovery(*pair);
    return key ? *key : MasterKey();
}

MasterKey storeKeyOf(const QString& storePath, const QString& user, const QString& password)
{
    auto keys = KeyFile::load(KeyFile::pathFor(storePath));
    if (!keys)
        return {};
    auto slot = keys->unlockSlot(user, password);
    return slot ? slot->key : MasterKey();
}

void handOverIdentityKeys(const QString& storePath, const QString& recoveryKey, const QString& admin,
                          const QString& password)
{
    auto store = Store::open(storePath, admin, password, fixedClock());
    if (!store)
        throw std::runtime_error(store.error().message.toStdString());
    auto handed = IdentityGrants(**store).handOverWithRecoveryKey(recoveryKey);
    if (!handed)
        throw std::runtime_error(handed.error().message.toStdString() + " / " + handed.error().detail.toStdString());
}

QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QJsonObject readJsonObject(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QMap<QString, qint64> figuresByKey(const BilantFigures& f)
{
    return {{QStringLiteral("victims_identified"), f.victimsIdentified},
            {QStringLiteral("victims_assistance_monitored"), f.victimsAssistanceMonitored},
            {QStringLiteral("victims_repatriated"), f.victimsRepatriated},
            {QStringLiteral("victims_judicial_participation"), f.victimsJudicialParticipation},
            {QStringLiteral("prevention_activities"), f.preventionActivities},
            {QStringLiteral("prevention_campaigns"), f.preventionCampaigns},
            {QStringLiteral("persons_reached"), f.personsReached},
            {QStringLiteral("online_reach"), f.onlineReach},
            {QStringLiteral("protocols_signed"), f.protocolsSigned},
            {QStringLiteral("action_plans"), f.actionPlans},
            {QStringLiteral("team_meetings"), f.teamMeetings},
            {QStringLiteral("training_sessions"), f.trainingSessions},
            {QStringLiteral("specialists_trained"), f.specialistsTrained},
            {QStringLiteral("interinstitutional_events"), f.interinstitutionalEvents},
            {QStringLiteral("funded_projects"), f.fundedProjects}};
}

} // namespace reper::test
