#pragma once
// The import files of interchange.md §1 (and the monitoring contacts'): their names, columns and
// which are required, in the order they are read (victims and campaigns first, so later files can
// refer to them). The one table of the contract: the importer reads by it, the generator and the
// exports write their headers from it.
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
    QStringList columnNames() const; // in the specification's order
};

namespace ImportFormat {
const std::vector<ImportFileFormat>& files(); // in import order
const ImportFileFormat* byFileName(const QString& fileName);
// The header of a file of the contract, in the specification's order (empty for an unknown name).
QStringList columnNames(const QString& fileName);
} // namespace ImportFormat

} // namespace reper
