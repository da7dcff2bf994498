#include "BilantTemplate.h"

#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "BilantTemplate").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BilantTemplate)
};

Result<QString> readUtf8(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("The template %1 cannot be read.").arg(path), f.errorString());
    return QString::fromUtf8(f.readAll());
}

} // namespace

const BilantTemplate& BilantTemplate::builtIn()
{
    static const BilantTemplate shipped = [] {
        const auto text = readUtf8(QStringLiteral(":/report/templates/bilant.txt"));
        auto parsed = parse(text ? *text : QString(), QStringLiteral("bilant.txt"));
        // The shipped template is tested; an empty one would only leave the text without its fixed parts.
        return parsed ? *parsed : BilantTemplate();
    }();
    return shipped;
}

QString BilantTemplate::userTemplatePath()
{
    return QDir(AppPaths::dataDir()).filePath(QStringLiteral("templates/bilant.txt"));
}

Result<BilantTemplate> BilantTemplate::load(const QString& path)
{
    BilantTemplate t = builtIn();
    const QString file = path.isEmpty() ? userTemplatePath() : path;
    if (path.isEmpty() && !QFileInfo::exists(file))
        return t;
    const auto text = readUtf8(file);
    if (!text)
        return text.error();
    const auto own = parse(*text, QFileInfo(file).fileName());
    if (!own)
        return own.error();
    t.overlay(*own);
    return t;
}

Result<BilantTemplate> BilantTemplate::parse(const QString& text, const QString& origin)
{
    static const QRegularExpression header(QStringLiteral("^\\[([A-Za-z0-9_.]+)\\]$"));
    BilantTemplate t;
    QString section;
    QStringList paragraph;
    const auto flush = [&] {
        if (!paragraph.isEmpty() && !section.isEmpty())
            t.m_sections[section] << paragraph.join(QLatin1Char(' '));
        paragraph.clear();
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (const auto m = header.match(trimmed); m.hasMatch()) {
            flush();
            section = m.captured(1);
            t.m_sections[section]; // present, even if left empty on purpose
            continue;
        }
        if (trimmed.isEmpty()) {
            flush();
            continue;
        }
        if (section.isEmpty())
            return makeError(Tr::tr("%1, line %2: text before the first [section].").arg(origin).arg(i + 1));
        if (section == QLatin1String("settings")) {
            const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return makeError(Tr::tr("%1, line %2: a setting is written key = value.").arg(origin).arg(i + 1));
            t.m_settings.insert(trimmed.left(eq).trimmed(), trimmed.mid(eq + 1).trimmed());
            continue;
        }
        paragraph << trimmed;
    }
    flush();
    t.m_sections.remove(QStringLiteral("settings"));
    return t;
}

void BilantTemplate::overlay(const BilantTemplate& other)
{
    for (auto it = other.m_sections.constBegin(); it != other.m_sections.constEnd(); ++it)
        m_sections.insert(it.key(), it.value());
    for (auto it = other.m_settings.constBegin(); it != other.m_settings.constEnd(); ++it)
        m_settings.insert(it.key(), it.value());
}

QString BilantTemplate::setting(const QString& key, const QString& fallback) const
{
    return m_settings.value(key, fallback);
}

QString BilantTemplate::fill(QString text, const QHash<QString, QString>& vars)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(at, m.capturedStart() - at);
        const auto v = vars.constFind(m.captured(1));
        out += v != vars.constEnd() ? *v : m.captured(0);
        at = m.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace reper
