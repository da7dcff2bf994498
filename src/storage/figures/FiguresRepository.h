#pragma once
// The bilanț figures of domain.md §5 for a year and a scope, computed in SQL inside one read
// transaction, so every figure comes from the same state of the store. The query shapes follow
// ../reference/store-floor.md: covering (date, …) indexes, GROUP BY for distinct victims, the
// assistance overlap as two range scans.
#include "core/BilantFigures.h"
#include "core/Result.h"

namespace reper {

class AccessPolicy;
class Database;
class ReferenceRepository;
class Statement;
class Store;

class FiguresRepository
{
public:
    explicit FiguresRepository(Store& store);
    // On a connection of either engine, for whom `access` allows, with the centres of `reference`.
    FiguresRepository(Database& db, const AccessPolicy& access, const ReferenceRepository& reference)
        : m_db(db)
        , m_access(access)
        , m_reference(reference)
    {
    }
    // The version of the counting rules (docs/counting-rules.md) these queries implement; a closed
    // year records it. Raise it with any change to what a figure counts.
    static QString rulesVersion() { return QStringLiteral("1"); }

    // What a computation reads. Bilant: every figure and breakdown of domain.md §5. Headline: what
    // the home page shows (HomePage) — victims identified, assisted, repatriated and supported in
    // criminal proceedings, prevention activities and the persons they reached, training sessions,
    // inter-institutional events, and the victims identified by primary exploitation — counted by
    // the same rules; every other figure and breakdown is left at zero. It reads about a fifth fewer
    // of the store's pages, which a cold start of the window waits for (docs/benchmarks.md).
    enum class Detail { Bilant, Headline };

    // centerCode empty: national.
    Result<BilantFigures> compute(int year, const QString& centerCode = {}, Detail detail = Detail::Bilant);
    // What the bilanț document shows: the year, the year before and, nationally, every centre's
    // figures, all from the same state of the store (one read transaction). Nationally they come
    // from one pass per figure family over every centre (DocumentFigures), the same figures as
    // compute() scope by scope.
    Result<BilantReportData> computeReport(int year, const QString& centerCode = {});

private:
    // The figures of one year and scope; the caller holds the read transaction.
    Result<BilantFigures> computeIn(int year, qint64 centerId, const Scope& scope, Detail detail = Detail::Bilant);
    // The victims identified in the year by primary exploitation, and their count, alone.
    Status identifiedByExploitation(Statement& st, BilantFigures& f);
    Result<qint64> centerIdFor(const QString& centerCode);

    Database& m_db;
    const AccessPolicy& m_access;
    const ReferenceRepository& m_reference;
};

} // namespace reper
