#pragma once
// One wrong thing in an import file, reported as `file:line: column: what is wrong`.
#include <QString>

namespace reper {

struct ImportProblem
{
    QString file;
    int line = 0;
    QString column; // empty for a problem of the whole file
    QString message;

    QString toString() const
    {
        if (line <= 0)
            return file + QStringLiteral(": ") + message;
        if (column.isEmpty())
            return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
        return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(column, message);
    }
};

} // namespace reper
