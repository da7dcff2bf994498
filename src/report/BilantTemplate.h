#pragma once
// The wording of the bilanț that is not figures — title lines, the date-and-place line, the fixed
// paragraphs, the background, the edition markings, the place of the evaluation — read from a
// template a coordinator can adapt without recompiling (resources/templates/bilant.txt, format
// described at its top). The built-in template is a resource; a file in the data folder
// (templates/bilant.txt) or one given explicitly overrides it section by section.
#include "core/Result.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace reper {

class BilantTemplate
{
public:
    // The shipped template only.
    static const BilantTemplate& builtIn();
    // The shipped template overlaid with `path` (when not empty) — else with the data folder's
    // templates/bilant.txt when there is one. An unreadable or malformed file is an error.
    static Result<BilantTemplate> load(const QString& path = {});
    // The data folder's override: <data>/templates/bilant.txt.
    static QString userTemplatePath();

    // Parses the template format; `origin` names the source in error messages.
    static Result<BilantTemplate> parse(const QString& text, const QString& origin);
    // The sections of `other` replace this template's sections of the same name.
    void overlay(const BilantTemplate& other);

    bool hasSection(const QString& name) const { return m_sections.contains(name); }
    // The paragraphs of a section (empty list when absent).
    QStringList paragraphs(const QString& name) const { return m_sections.value(name); }
    // The paragraphs of a section joined by a blank line.
    QString text(const QString& name) const { return paragraphs(name).join(QStringLiteral("\n\n")); }
    QString setting(const QString& key, const QString& fallback = {}) const;

    // Replaces each {name} of `text` by vars[name]; unknown names stay as written.
    static QString fill(QString text, const QHash<QString, QString>& vars);

private:
    QMap<QString, QStringList> m_sections;
    QMap<QString, QString> m_settings;
};

} // namespace reper
