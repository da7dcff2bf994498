#pragma once
// k-anonymity by generalisation, then suppression (the CTDC case file; docs/international.md §5).
// Each quasi-identifier — an attribute a reader could know about a person from elsewhere — can be
// released at several levels of detail, from the finest (level 0) to withheld altogether (the
// last). One level is chosen per quasi-identifier for the whole file (global recoding: every row
// uses the same categories); the rows whose combination of released values is still shared by
// fewer than k rows are then left out of the file. Every choice of levels is tried, and the one
// that loses least is taken: a row left out loses all of its quasi-identifiers, a quasi-identifier
// released at level l of L loses l/L of itself in every row kept. Ties go to fewer rows left out,
// then to less generalisation.
#include <QString>
#include <QStringList>
#include <vector>

namespace reper {

class KAnonymiser
{
public:
    struct QuasiIdentifier
    {
        QString name; // "age", "citizenship", …
        QStringList levels; // what each level releases: "ageBroad", "majorityStatus", "nothing"
    };
    // values[q][l]: the row's value of quasi-identifier q at level l (several columns joined, if any).
    using Row = std::vector<QStringList>;

    struct Outcome
    {
        std::vector<int> levels; // the chosen level of each quasi-identifier
        std::vector<int> kept; // the rows written, in their order
        int suppressed = 0; // rows left out
        int smallestClass = 0; // the fewest rows sharing a combination among those kept (0: none kept)
        double loss = 0;
    };

    KAnonymiser(std::vector<QuasiIdentifier> quasiIdentifiers, int k);

    Outcome run(const std::vector<Row>& rows) const;
    // The combination of released values of a row at the given levels.
    static QString combination(const Row& row, const std::vector<int>& levels);

    const std::vector<QuasiIdentifier>& quasiIdentifiers() const { return m_qis; }
    int k() const { return m_k; }

private:
    std::vector<QuasiIdentifier> m_qis;
    int m_k;
};

} // namespace reper
