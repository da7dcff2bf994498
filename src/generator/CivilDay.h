#pragma once
// Calendar dates as day numbers (days since 1970-01-01), which the generator adds and compares
// cheaply, and their YYYY-MM-DD form. Proleptic Gregorian, after H. Hinnant's civil-date algorithms.
#include <climits>
#include <string>

namespace reper::gen::CivilDay {

// "No date": written as an empty field. Day numbers before 1970 are negative, so it cannot be -1.
constexpr int kNoDay = INT_MIN;

int fromDate(int year, int month, int day);
void toDate(int dayNumber, int& year, int& month, int& day);
int year(int dayNumber);
int firstOfYear(int year);
int lastOfYear(int year);
// 0 Monday … 6 Sunday.
int weekday(int dayNumber);
// Appends YYYY-MM-DD (four-digit years).
void append(std::string& out, int dayNumber);
std::string format(int dayNumber);

} // namespace reper::gen::CivilDay
