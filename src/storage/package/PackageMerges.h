#pragma once
// The merges of a centre's victims in its package (issue 9, decisions C7 and P13). At the centre,
// every merge whose absorbed victim is the centre's travels with the records it moved, by UUID:
//   "merges": [{"absorbed": "<victim's uuid>", "kept": "<victim's uuid>", "merged_at": "…",
//               "records": [["assistance", "<uuid>"], …]}, …]
// The records themselves travel as records (their victim is the kept one), so the figures follow
// without this; what it adds at headquarters is the merge itself: the absorbed victim says into which
// code it was merged, leaves the work list and the duplicate search, and can be unmerged there.
// At headquarters, after the records (PackageApplier), the centre's package is the truth for the
// merges it brought before (victim_merge.from_package): one the package no longer has was undone at
// the centre and is removed. A merge made at headquarters is headquarters' own and stays. A merge
// the package brings that would make a chain with headquarters' own (its victims already in another
// merge there) is left out and counted, so that an unmerge still undoes one merge. And a merge of
// the centre's victims whose records the package sent back to the absorbed victim (the centre's side
// won a conflict over a merge made at headquarters) no longer holds: it is undone as an unmerge.
#include "core/Result.h"

#include <QJsonArray>
#include <QString>

namespace reper {

class Database;
class Store;

struct PackageMergeCounts
{
    int added = 0; // merges the package brought
    int removed = 0; // merges undone: the centre undid them, or its side won over headquarters' merge
    int skipped = 0; // merges left out: their victims are in another merge at headquarters
};

class PackageMerges
{
public:
    // The centre's merges, as the package carries them.
    static Result<QJsonArray> collect(Database& db, qint64 centerId);
    // Whether the acting user may write the merges of `center` that a package brings (who may merge,
    // VictimMerger::mayMerge): an error naming who may, when not.
    static Status mayWrite(Store& store, const QString& center);
    // Makes headquarters' merges of the centre's victims those of the package, as above.
    static Result<PackageMergeCounts> apply(Store& store, qint64 centerId, const QJsonArray& merges);
};

} // namespace reper
