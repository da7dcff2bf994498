#pragma once
// What every table generator of one run shares: the options, the span of days they cover, the
// centres and counties, the row counter, and the helpers that turn "N rows a year" into dates.
#include "generator/CsvFile.h"
#include "generator/Random.h"
#include "generator/Regions.h"

#include <vector>

namespace reper::gen {

// Each purpose draws from its own random stream, so that changing one table leaves the others as
// they were.
enum class Purpose : quint64 {
    VictimCode = 1,
    Identification,
    Person,
    Judicial,
    Campaign,
    Prevention,
    Protocol,
    ActionPlan,
    TeamMeeting,
    Training,
    Event,
    FundedProject,
};

class GeneratorContext
{
public:
    GeneratorContext(quint64 seed, int firstYear, int years, double scale, RowCounter& counter);

    quint64 seed() const { return m_seed; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    int firstDay() const { return m_firstDay; }
    int lastDay() const { return m_lastDay; }
    const Regions& regions() const { return m_regions; }
    bool cancelled() const { return m_counter.cancelled(); }

    Random random(Purpose purpose, quint64 index = 0) const;
    // Rows in a year for a volume of `base` a year at scale 1.
    int perYear(double base) const;
    // Monday to Friday of the year, without the fixed public holidays.
    static std::vector<int> workingDays(int year);
    // The i-th of n dates spread evenly over `slots` ordered slots, with a random offset inside
    // each stretch: the result never decreases with i, so rows come out in date order.
    static int spread(Random& random, int i, int n, int slots);

private:
    quint64 m_seed;
    int m_firstYear;
    int m_lastYear;
    double m_scale;
    int m_firstDay;
    int m_lastDay;
    Regions m_regions;
    RowCounter& m_counter;
};

} // namespace reper::gen
