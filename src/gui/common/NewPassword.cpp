#include "NewPassword.h"

#include "storage/services/UserService.h"

namespace reper {

std::optional<QString> NewPassword::problem(const QString& password, const QString& repeat, const QString& userName)
{
    if (password.isEmpty())
        return tr("At least %1 characters; a sentence of a few words is best.").arg(UserService::MinPasswordLength);
    if (auto weak = UserService::passwordProblem(password, userName))
        return weak;
    if (repeat != password)
        return tr("Type the same password twice.");
    return std::nullopt;
}

} // namespace reper
