// libFuzzer target: the importer over any file (issue 11 §3). The first byte of an input chooses which
// of the import files of interchange.md §1 the rest is; it is imported as a dry run (every check and
// every write, then rolled back) into a store made once. It must end with a report — problems or
// counts — never a crash, a hang or a sanitizer report.
#include "core/Clock.h"
#include "core/ImportFormat.h"
#include "importer/Importer.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<reper::Store> store;
};

// Never destroyed: closing the store at exit would run after OpenSSL (under SQLCipher) has cleaned up
// its own state. The store stays reachable, so LeakSanitizer does not count it.
Fixture& fixture()
{
    static Fixture* f = new Fixture;
    return *f;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fixture& f = fixture();
    if (!f.dir.isValid())
        std::abort();
    auto created = reper::Store::create(f.dir.filePath(QStringLiteral("fuzz.reper")), QStringLiteral("admin"),
                                        QStringLiteral("fuzz-password-1"), reper::SystemClock::instance());
    if (!created)
        std::abort();
    f.store = std::move(created->store);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    Fixture& f = fixture();
    const auto& formats = reper::ImportFormat::files();
    const reper::ImportFileFormat& format = formats[data[0] % formats.size()];
    QDir folder(f.dir.filePath(QStringLiteral("import")));
    folder.removeRecursively();
    if (!QDir().mkpath(folder.path()))
        std::abort();
    QFile file(folder.filePath(format.fileName));
    if (!file.open(QIODevice::WriteOnly))
        std::abort();
    file.write(reinterpret_cast<const char*>(data + 1), static_cast<qint64>(size - 1));
    file.close();
    reper::Importer importer(*f.store);
    const reper::ImportReport report = importer.run(folder.path(), true);
    // A dry run writes nothing, and a store error is a bug here (the store is healthy).
    if (report.written || !report.failure.isEmpty())
        std::abort();
    return 0;
}
