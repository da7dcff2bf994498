#pragma once
// Raw, static tables behind the code lists (domain.md §4) and the country list (§2).
#include <vector>

namespace reper::codetables {

struct RawCode
{
    const char* code;
    const char* ro;
    const char* en;
};

struct RawCodeList
{
    const char* name;
    std::vector<RawCode> entries;
};

const std::vector<RawCodeList>& all();
const std::vector<RawCode>& countries();

} // namespace reper::codetables
