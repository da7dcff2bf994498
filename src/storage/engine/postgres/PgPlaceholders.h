#pragma once
// The program writes its SQL once, with SQLite's placeholders: `?` in order, and `:name` (the
// figures' :from, :to, :center). PostgreSQL numbers them: $1, $2, … This turns one form into the
// other, leaving string literals, quoted names, comments and PostgreSQL's `::type` casts alone.
// Every `?` is a parameter of its own; every use of the same `:name` is the same parameter.
#include <QString>
#include <QStringList>

namespace reper {

struct PgPlaceholders
{
    QString sql; // with $1, $2, …
    int count = 0; // parameters: `?`s, then each distinct name in order of first use
    QStringList names; // names[i] is the name of parameter i+1, empty for a `?`

    static PgPlaceholders translate(const QString& sqliteSql);
    // The 1-based number of a named parameter (":from" or "from"), 0 when the SQL has none.
    int indexOf(const QString& name) const;
};

} // namespace reper
