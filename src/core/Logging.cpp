#include "Logging.h"

#include "core/AppPaths.h"
#include "core/platform/Platform.h"

#include <QDir>
#include <QStandardPaths>
#include <mutex>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace reper::Logging {

namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr>& sinks()
{
    static std::vector<spdlog::sink_ptr> s = [] {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        return std::vector<spdlog::sink_ptr>{console};
    }();
    return s;
}

} // namespace

void setup(const QString& logDir, spdlog::level::level_enum consoleLevel)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    auto& s = sinks();
    s.front()->set_level(consoleLevel);
    if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
        // The log names victim codes: its folder and every file in it are the user's alone, whatever
        // the umask (each file, the rotated ones too, is made private as it is opened).
        platform::restrictFolderToOwner(logDir);
        const std::string path = QDir(logDir).filePath(QStringLiteral("reper.log")).toStdString();
        spdlog::file_event_handlers privateFiles;
        privateFiles.after_open = [](const spdlog::filename_t& name, std::FILE*) {
            platform::restrictToOwner(QString::fromStdString(name));
        };
        try {
            auto file
                = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 5 * 1024 * 1024, 5, false, privateFiles);
            file->set_level(spdlog::level::info);
            s.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            // A read-only data folder must not stop the program; the console still gets warnings.
        }
    }
    spdlog::apply_all([&](const std::shared_ptr<spdlog::logger>& l) { l->sinks() = s; });
}

std::shared_ptr<spdlog::logger> logger(const char* module)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (auto existing = spdlog::get(module))
        return existing;
    auto l = std::make_shared<spdlog::logger>(module, sinks().begin(), sinks().end());
    l->set_level(spdlog::level::info);
    l->flush_on(spdlog::level::warn);
    spdlog::register_logger(l);
    return l;
}

QString defaultLogDir() { return AppPaths::logDir(); }

} // namespace reper::Logging
