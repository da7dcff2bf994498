#pragma once
// A new password typed twice, checked the same way by every dialog that sets one (a new store, a
// new user, a reset, one's own change, the recovery key): the rule of UserService, then the
// repetition.
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace reper {

class NewPassword
{
    Q_DECLARE_TR_FUNCTIONS(NewPassword)
public:
    // What to say under the fields, or nothing when `password` may be used and `repeat` matches.
    static std::optional<QString> problem(const QString& password, const QString& repeat, const QString& userName);
};

} // namespace reper
