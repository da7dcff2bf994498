#pragma once
// Locks the window after a stretch without keyboard or mouse input (issue 5: 10 minutes by
// default, "lock/idleMinutes" in the settings, 0 turns it off). It watches the application's
// input events and restarts its timer on each one.
#include <QObject>
#include <QTimer>

namespace reper {

class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    static int configuredMinutes(); // from QSettings, default 10
    void setInterval(int milliseconds); // 0 turns the lock off
    int interval() const { return m_timer.isActive() || m_intervalMs ? m_intervalMs : 0; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_intervalMs = 0;
};

} // namespace reper
