#pragma once
// One named spdlog logger per module, writing to a rotating file in the program's data folder and
// to the console at warning level. Never log a name, CNP, address, phone or note: log victim codes
// and record ids.
#include <QString>
#include <memory>
#include <spdlog/logger.h>

namespace reper::Logging {

// Sets up the shared sinks: a rotating file in logDir (created if needed) and stderr at `consoleLevel`.
// Without a call, loggers write to stderr at warning level only.
void setup(const QString& logDir, spdlog::level::level_enum consoleLevel = spdlog::level::warn);
std::shared_ptr<spdlog::logger> logger(const char* module);
QString defaultLogDir();

} // namespace reper::Logging
