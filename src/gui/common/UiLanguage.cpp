#include "UiLanguage.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <vector>

namespace reper {

namespace {

Language g_current = Language::Romanian;
std::vector<std::unique_ptr<QTranslator>> g_translators;

} // namespace

Language UiLanguage::current() { return g_current; }

QString UiLanguage::code(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("ro");
}

Language UiLanguage::fromCode(const QString& code)
{
    return code.startsWith(QLatin1String("en")) ? Language::English : Language::Romanian;
}

QLocale UiLanguage::locale()
{
    return g_current == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                          : QLocale(QLocale::Romanian, QLocale::Romania);
}

void UiLanguage::install(Language language)
{
    for (const auto& t : g_translators)
        QCoreApplication::removeTranslator(t.get());
    g_translators.clear();
    g_current = language;
    const QString lang = code(language);
    QStringList files
        = {QStringLiteral(":/i18n/reper_%1.qm").arg(lang), QStringLiteral(":/i18n/messages_%1.qm").arg(lang)};
    if (language == Language::Romanian)
        files << QStringLiteral(":/i18n/qt_ro.qm");
    for (const QString& file : files) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(file) && QCoreApplication::installTranslator(t.get()))
            g_translators.push_back(std::move(t));
    }
    QLocale::setDefault(locale());
}

Language UiLanguage::saved()
{
    return fromCode(QSettings().value(QStringLiteral("language"), QStringLiteral("ro")).toString());
}

void UiLanguage::save(Language language) { QSettings().setValue(QStringLiteral("language"), code(language)); }

} // namespace reper
