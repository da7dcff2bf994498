#pragma once
// "Today" and "now" come from here, so tests can pin the date (docs/architecture.md).
#include <QDate>
#include <QDateTime>

namespace reper {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    // UTC: asking for local time reads the time zone file on every call.
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock& instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {
    }
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace reper
