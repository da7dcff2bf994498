#pragma once
// Writes a folder of realistic synthetic data in the CSV import format (interchange.md §1): the
// twelve files, for demos, screenshots and benchmarks. The same options give byte-identical files.
// Volumes a year at scale 1 are about those of the national 2019 bilanț (700 identifications,
// 2,000 assistance periods, 1,500 support actions in criminal proceedings, 2,500 prevention
// activities, …), so scale 20 over 10 years is the ~2-million-record benchmark store of
// reference/store-floor.md. The distributions are described with the table generators
// (VictimTables, CampaignTables, ActivityTables) and VictimPerson.
#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace reper {

struct GeneratorOptions
{
    quint64 seed = 2019;
    int firstYear = 2019;
    int years = 1; // 1–50
    double scale = 1.0; // > 0, at most 1000
};

struct GeneratedFile
{
    QString fileName; // victims.csv, …
    qint64 rows = 0; // data rows, without the header
};

class DataGenerator
{
public:
    // The twelve file names, in the order they are listed in interchange.md §1.
    static QStringList fileNames();
    // Nothing when the options can be used; otherwise what is wrong with them.
    static std::optional<QString> optionsProblem(const GeneratorOptions& options);

    // Creates `folder` if needed and writes the twelve files into it, replacing files of the same
    // names. `progress` is told the number of rows written so far every few thousand rows and at the
    // end; it answers false to cancel. On failure or cancellation the files written are removed.
    Status write(const QString& folder, const GeneratorOptions& options,
                 const std::function<bool(qint64 rowsWritten)>& progress = {});

    // After write(): data rows written in all files together, and per file.
    qint64 rowsWritten() const { return m_rowsWritten; }
    const std::vector<GeneratedFile>& files() const { return m_files; }

private:
    qint64 m_rowsWritten = 0;
    std::vector<GeneratedFile> m_files;
};

} // namespace reper
