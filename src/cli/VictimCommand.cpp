// victim show CODE [--identity]: one victim as the acting user may see them. Identity only when
// asked for and allowed, and then recorded in the audit trail.
#include "cli/Commands.h"
#include "storage/repositories/VictimRepository.h"

#include <QCoreApplication>

namespace reper::cli {

int runVictim(CliContext& ctx)
{
    if (ctx.args.size() < 2 || ctx.args.first() != QLatin1String("show"))
        return ctx.usage(CliText::tr("victim show CODE [--identity]"));
    ctx.args.removeFirst();
    const bool identity = ctx.takeFlag(QStringLiteral("--identity"));
    if (ctx.args.size() != 1)
        return ctx.usage(CliText::tr("victim show CODE [--identity]"));
    const QString code = ctx.args.takeFirst();
    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    VictimRepository victims(**store);
    auto found = victims.findByCode(code);
    if (!found)
        return ctx.fail(found.error());
    if (!found->has_value())
        return ctx.fail(CliText::tr("there is no victim %1 in your scope").arg(code));
    const Victim& v = (*found)->victim;
    const auto line = [&](const char* name, const QString& value) {
        ctx.out() << QStringLiteral("%1: %2").arg(QLatin1String(name), value) << Qt::endl;
    };
    line("victim_code", v.code);
    line("center", v.center);
    line("sex", v.sex);
    line("birth_date", v.birthDate.isValid() ? v.birthDate.toString(Qt::ISODate) : QString());
    line("birth_year", v.birthYear ? QString::number(*v.birthYear) : QString());
    line("citizenship", v.citizenship);
    line("county", v.county);
    line("residence_env", v.residenceEnv);
    line("education", v.education);
    if (!identity)
        return Success;
    auto person = victims.openIdentity(v.id);
    if (!person)
        return ctx.fail(person.error());
    line("last_name", person->lastName);
    line("first_name", person->firstName);
    line("cnp", person->cnp);
    line("address", person->address);
    line("phone", person->phone);
    line("notes", person->notes);
    return Success;
}

} // namespace reper::cli
