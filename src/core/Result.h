#pragma once
// Errors are values (docs/architecture.md): a message for the user and a detail for the log.
// No exceptions cross a layer boundary.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace reper {

// What kind of fault an error reports, where the caller must tell them apart (docs/decisions.md,
// "Faults"): a key the store refused is a wrong key only when the key itself was not proven right.
// Stopped: a test stopped the work at a fault point (core/FaultPoint.h), leaving the files as a kill would.
// Conflict: a save refused because someone else saved the record after it was read (optimistic
// locking; the message says who and when).
enum class Fault { None, KeyRefused, Damaged, DiskFull, Stopped, Conflict };

struct Error
{
    QString message; // what the user reads; never holds a name, CNP, address, phone or note
    QString detail; // for the log (SQLite message, path, …)
    bool cancelled = false; // the work stopped because it was asked to, not because something failed
    Fault fault = Fault::None;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::move(error))
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(m_v); }
    const T& value() const { return std::get<0>(m_v); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_v); }
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

// A result without a value: success, or an error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {
    }
    static Status success() { return {}; }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString message, QString detail = {}) { return Error{std::move(message), std::move(detail)}; }

} // namespace reper
