#include "CommandLine.h"

#include <QFileInfo>

namespace reper {

namespace {

// A file's path made absolute; a server's address (postgresql://…) as it is.
QString storeOf(const QString& text)
{
    if (text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return text;
    return QFileInfo(text).absoluteFilePath();
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine c;
    for (int i = 0; i < arguments.size() && c.error.isEmpty(); ++i) {
        const QString& a = arguments[i];
        const bool takesValue = a == QLatin1String("--store") || a == QLatin1String("--lang")
            || a == QLatin1String("--screenshots") || a == QLatin1String("--year");
        if (takesValue && i + 1 >= arguments.size()) {
            c.error = QStringLiteral("'%1' needs a value").arg(a);
            break;
        }
        if (a == QLatin1String("--store"))
            c.store = storeOf(arguments[++i]);
        else if (a == QLatin1String("--lang"))
            c.language = UiLanguage::fromCode(arguments[++i]);
        else if (a == QLatin1String("--screenshots"))
            c.screenshots = arguments[++i];
        else if (a == QLatin1String("--high-contrast"))
            c.highContrast = true;
        else if (a == QLatin1String("--exit-when-ready"))
            c.exitWhenReady = true;
        else if (a == QLatin1String("--year")) {
            bool ok = false;
            const int year = arguments[++i].toInt(&ok);
            if (ok && year >= 1900 && year <= 2100)
                c.year = year;
            else
                c.error = QStringLiteral("'--year' needs a year, not '%1'").arg(arguments[i]);
        } else if (!a.startsWith(QLatin1Char('-')) && c.store.isEmpty())
            c.store = storeOf(a);
        else if (!a.startsWith(QLatin1Char('-')))
            c.error = QStringLiteral("one store at a time: '%1' is a second one").arg(a);
        else
            c.error = QStringLiteral("unknown option '%1'").arg(a);
    }
    return c;
}

} // namespace reper
