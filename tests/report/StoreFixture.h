#pragma once
// A temporary store with fixture folders imported, for the tests that read figures, close years
// and explain them through the repositories.
#include "support/TestSupport.h"

#include <QString>

namespace reper::test {

class ImportedStore
{
public:
    // A fresh store (TempStore, clock pinned) with `folder` imported; throws when the import fails.
    explicit ImportedStore(const QString& folder);
    Store& store() { return m_temp.store(); }
    Store* operator->() { return &m_temp.store(); }
    // Imports another folder; the problems as text, empty on success.
    QString import(const QString& folder);
    // Writes the search tokens (and CNP tokens) of the names the imports sealed, as the first sign-in
    // of a centre's staff would: with every centre's key, from the recovery key.
    void indexNames();

private:
    TempStore m_temp;
};

} // namespace reper::test
