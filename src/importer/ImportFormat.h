#pragma once
// The twelve import files of interchange.md §1: their names, columns and which are required, in
// the order they are read (victims and campaigns first, so later files can refer to them).
#include <QString>
#include <QStringList>
#include <vector>

namespace reper {

struct ImportColumn
{
    QString name;
    bool required = false;
};

struct ImportFileFormat
{
    QString fileName;
    std::vector<ImportColumn> columns;
    const ImportColumn* column(const QString& name) const;
};

namespace ImportFormat {
const std::vector<ImportFileFormat>& files(); // in import order
const ImportFileFormat* byFileName(const QString& fileName);
} // namespace ImportFormat

} // namespace reper
