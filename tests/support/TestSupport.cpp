#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
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

QString cliPath() { return QStringLiteral(REPER_BINARY_DIR "/src/cli/reper-cli"); }

FixedClock& fixedClock()
{
    static FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    return clock;
}

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
    return {{"victims_identified", f.victimsIdentified},
            {"victims_assistance_monitored", f.victimsAssistanceMonitored},
            {"victims_repatriated", f.victimsRepatriated},
            {"victims_judicial_participation", f.victimsJudicialParticipation},
            {"prevention_activities", f.preventionActivities},
            {"prevention_campaigns", f.preventionCampaigns},
            {"persons_reached", f.personsReached},
            {"online_reach", f.onlineReach},
            {"protocols_signed", f.protocolsSigned},
            {"action_plans", f.actionPlans},
            {"team_meetings", f.teamMeetings},
            {"training_sessions", f.trainingSessions},
            {"specialists_trained", f.specialistsTrained},
            {"interinstitutional_events", f.interinstitutionalEvents},
            {"funded_projects", f.fundedProjects}};
}

} // namespace reper::test
