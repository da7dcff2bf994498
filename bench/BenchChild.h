#pragma once
// Parts of a reper-bench run that must be measured in a process of their own, so that their peak
// memory is theirs alone: the import of a folder into a new store, and the national document of a
// year in every format. reper-bench runs itself with --child-import / --child-document; the child
// prints "key value" lines, which the parent reads back.
#include <QMap>
#include <QString>
#include <QStringList>

namespace reper::bench {

struct ChildResult
{
    bool ok = false;
    QString error; // what the child said on standard error, or why it could not run
    QMap<QString, QString> values;
    double number(const QString& key) const { return values.value(key).toDouble(); }
};

// Runs this program again with `arguments` and collects its "key value" lines.
ChildResult runChild(const QStringList& arguments, int timeoutSeconds = 3600);

// The child modes; `arguments` are those after the mode's name. Return the process's exit code.
// --child-import CSV_FOLDER STORE PASSWORD: creates the store (user admin), imports the folder.
int childImport(const QStringList& arguments);
// --child-document STORE USER PASSWORD YEAR: the national document of YEAR, figures once, every format.
int childDocument(const QStringList& arguments);

} // namespace reper::bench
