// libFuzzer target: the CSV reader over any bytes (issue 11 §3). It must end every input with records
// or one error naming a line — no crash, no hang, no memory that grows past its limits. Small limits
// here, so that the field and record caps are reached by inputs of a few kilobytes.
#include "importer/CsvReader.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<int>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    reper::CsvLimits limits;
    limits.maxField = 512;
    limits.maxRecord = 2048;
    reper::CsvReader reader(&buffer, limits);
    QStringList fields;
    int line = 0;
    int lastLine = 0;
    while (reader.readRecord(&fields, &line)) {
        // Records come in file order, each within the limits it was given.
        if (line < lastLine || line < 1)
            std::abort();
        int total = 0;
        for (const QString& f : fields) {
            if (f.size() > limits.maxField)
                std::abort();
            total += int(f.size()) + 1;
        }
        if (total > limits.maxRecord + 1)
            std::abort();
        lastLine = line;
    }
    if (reader.hasError() && (reader.errorLine() < 1 || reader.errorString().isEmpty()))
        std::abort();
    return 0;
}
