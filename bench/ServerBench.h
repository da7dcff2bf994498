#pragma once
// reper-bench --server OWNER_URL: the figures of issue 8 on a PostgreSQL server (docs/benchmarks.md,
// "On a server"). It makes the store on an empty database as `reper-cli --store URL init` does, adds
// a national coordinator, imports the local benchmark's synthetic data there and into a local file,
// and times one year's national bilanț on both and the opening of the victims list on the server;
// then the aims of issue 8 beside each figure. With `listOnly` it imports only victims.csv (the
// victims and their identifications) and times the list: the store for the 400,000-victim measure.
#include "generator/DataGenerator.h"

#include <QString>

namespace reper::bench {

struct ServerBenchOptions
{
    QString ownerUrl; // postgresql://…, a database owner allowed to create roles; never printed whole
    GeneratorOptions generator;
    int repeat = 5;
    QString dir; // the CSV folder and the local file go here
    bool listOnly = false;
    // Measure only, on the server's store and `dir`'s local file that an earlier run with the same
    // options and --keep DIR left: no init, no generating, no import (an A/B of two builds).
    bool measureOnly = false;
};

// Returns the process's exit code: 0 when everything ran and the two engines' figures agree.
int runServerBench(const ServerBenchOptions& options);

} // namespace reper::bench
