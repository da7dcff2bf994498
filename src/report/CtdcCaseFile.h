#pragma once
// The case file for the Counter Trafficking Data Collaborative (export ctdc; docs/international.md
// §5): one row per victim identified in the year, in CTDC's columns (-99 for a missing value),
// then k-anonymised — every combination of the quasi-identifiers shared by at least k rows —
// by generalising (age band → majority status, country → region → EU/non-EU) before leaving rows
// out (KAnonymiser). Nothing in it is a code, a name, a CNP, a date or free text: every column is
// a category of a fixed list or an ISO country code. Only a coordinator of the scope may export it
// (AccessPolicy::canExportCaseFile), and every export is an entry of the audit trail.
#include "core/InternationalFacts.h"
#include "core/KAnonymiser.h"
#include "core/Result.h"
#include "core/Scope.h"

#include <QList>
#include <QStringList>

namespace reper {

class Store;

struct CtdcRequest
{
    int year = 0;
    QString center; // CR-XX, empty: national
    int k = 11; // CTDC's own threshold
    QString destination; // the file's name, for the trail
};

struct CtdcCaseFile
{
    int year = 0;
    Scope scope;
    int k = 0;
    QStringList header;
    QList<QStringList> rows;
    int victims = 0; // identified in the year: the bilanț's victims_identified
    int suppressed = 0; // rows left out
    int smallestClass = 0;
    // Each quasi-identifier and the level it was released at ("citizenship", "region").
    QList<QPair<QString, QString>> released;

    static QStringList columns();
    // The quasi-identifiers and the columns each one fills.
    static QList<QPair<QString, QStringList>> quasiIdentifierColumns();
    static std::vector<KAnonymiser::QuasiIdentifier> quasiIdentifiers();

    // The file for these victims and k (no access check, no audit: see exportCtdc).
    static CtdcCaseFile make(const InternationalData& data, int k);
    // UTF-8, a header line, RFC 4180 quoting.
    QByteArray csv() const;
    // What was generalised and left out, in a few lines of English (never a value of a row left out).
    QString summary() const;
};

// Checks the right, reads the year's victims, makes the file and records the export in the trail.
Result<CtdcCaseFile> exportCtdc(Store& store, const CtdcRequest& request);

} // namespace reper
