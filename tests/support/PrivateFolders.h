#pragma once
// Every test process gets settings, data and cache folders of its own. ctest runs test cases as
// separate processes, several at once: folders shared between them (as QStandardPaths' test mode
// gives, ~/.qttest) let one process clear or override what another has just written. The
// variables are set in the process environment, so reper-cli started by a test inherits them.
#include <QTemporaryDir>

namespace reper::test {

class PrivateFolders
{
public:
    PrivateFolders()
    {
        for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(var, m_root.filePath(QString::fromLatin1(var)).toLocal8Bit());
    }

private:
    QTemporaryDir m_root;
};

} // namespace reper::test
