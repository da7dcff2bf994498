#include "DiskFull.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace reper::DiskFull {

namespace {

// The message of this file, for lupdate and the translators (context "DiskFull").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiskFull)
};

} // namespace

Error error(const QString& path, const QString& detail)
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    Error e = makeError(Tr::tr("The disk is full: there is no room left in %1. Free some space there and try again; "
                               "the work that failed was not saved.")
                            .arg(folder),
                        detail);
    e.fault = Fault::DiskFull;
    return e;
}

} // namespace reper::DiskFull
