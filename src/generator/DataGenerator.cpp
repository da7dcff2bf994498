#include "DataGenerator.h"

#include "generator/ActivityTables.h"
#include "generator/CampaignTables.h"
#include "generator/CsvFile.h"
#include "generator/GeneratorContext.h"
#include "generator/ImportColumns.h"
#include "generator/VictimTables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <memory>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "DataGenerator").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DataGenerator)
};

} // namespace

QStringList DataGenerator::fileNames()
{
    QStringList names;
    for (const auto& f : gen::importFiles())
        names << f.fileName;
    return names;
}

std::optional<QString> DataGenerator::optionsProblem(const GeneratorOptions& options)
{
    if (options.years < 1 || options.years > 50)
        return Tr::tr("The number of years must be between 1 and 50.");
    if (options.firstYear < 1970 || options.firstYear + options.years - 1 > 2200)
        return Tr::tr("The years must lie between 1970 and 2200.");
    if (!(options.scale > 0) || options.scale > 1000)
        return Tr::tr("The scale must be greater than 0 and at most 1000.");
    return std::nullopt;
}

Status DataGenerator::write(const QString& folder, const GeneratorOptions& options,
                            const std::function<bool(qint64)>& progress)
{
    m_rowsWritten = 0;
    m_files.clear();
    if (const auto problem = optionsProblem(options))
        return makeError(*problem);
    const QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return makeError(Tr::tr("Cannot create the folder %1.").arg(folder));

    gen::RowCounter counter(progress);
    std::vector<std::unique_ptr<gen::CsvFile>> csv;
    auto removeAll = [&] {
        for (auto& w : csv) {
            (void)w->close();
            QFile::remove(w->path());
        }
    };
    for (const auto& f : gen::importFiles()) {
        csv.push_back(std::make_unique<gen::CsvFile>(dir.filePath(f.fileName), f.columns, &counter));
        if (Status opened = csv.back()->open(); !opened) {
            removeAll();
            return opened;
        }
    }
    auto file = [&](gen::ImportFile f) -> gen::CsvFile& { return *csv[std::size_t(f)]; };
    using F = gen::ImportFile;

    const gen::GeneratorContext context(options.seed, options.firstYear, options.years, options.scale, counter);
    gen::VictimTables victims(context, file(F::Victims), file(F::Assistance), file(F::Repatriations),
                              file(F::Judicial));
    gen::CampaignTables campaigns(context, file(F::Campaigns), file(F::PreventionActivities));
    gen::ActivityTables activities(context, file(F::Protocols), file(F::ActionPlans), file(F::TeamMeetings),
                                   file(F::Trainings), file(F::Events), file(F::FundedProjects));
    for (int year = context.firstYear(); year <= context.lastYear() && !counter.cancelled(); ++year) {
        campaigns.writeYear(year);
        activities.writeYear(year);
        victims.writeYear(year);
    }

    if (counter.cancelled()) {
        removeAll();
        return makeError(Tr::tr("The generation was cancelled; no file was kept."));
    }
    for (auto& w : csv) {
        if (Status closed = w->close(); !closed) {
            removeAll();
            return closed;
        }
    }
    counter.finish();
    for (const auto& f : gen::importFiles())
        m_files.push_back({f.fileName, file(f.file).rows()});
    m_rowsWritten = counter.rows();
    return Status::success();
}

} // namespace reper
