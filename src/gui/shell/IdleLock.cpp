#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace reper {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
    setInterval(configuredMinutes() * 60 * 1000);
}

int IdleLock::configuredMinutes() { return QSettings().value(QStringLiteral("lock/idleMinutes"), 10).toInt(); }

void IdleLock::setInterval(int milliseconds)
{
    m_intervalMs = qMax(0, milliseconds);
    if (m_intervalMs > 0)
        m_timer.start(m_intervalMs);
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_intervalMs > 0)
            m_timer.start(m_intervalMs);
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace reper
