#pragma once
// The pages of a SQLCipher 3 store (and of its write-ahead log) decrypted with the raw key, as
// someone who holds the master key and a hex editor would read them: live rows, but also the
// free space of pages and the free pages, where deleted rows stay unless they are overwritten.
// SQLCipher 3.4 with a raw key: AES-256-CBC with the key itself, page size 4096, 48 reserved bytes
// at the end of each page whose first 16 are the page's IV; page 1 starts with a 16-byte salt.
#include <QByteArray>
#include <QString>

namespace reper::test {

// Every page of `path` (the store or its -wal file), decrypted and joined; empty if it cannot be read.
QByteArray decryptedPages(const QString& path, const QByteArray& rawKey);

} // namespace reper::test
