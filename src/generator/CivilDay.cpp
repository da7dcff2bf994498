#include "CivilDay.h"

namespace reper::gen::CivilDay {

int fromDate(int year, int month, int day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yoe = year - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void toDate(int dayNumber, int& year, int& month, int& day)
{
    const int z = dayNumber + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = yoe + era * 400 + (month <= 2);
}

int year(int dayNumber)
{
    int y = 0, m = 0, d = 0;
    toDate(dayNumber, y, m, d);
    return y;
}

int firstOfYear(int year) { return fromDate(year, 1, 1); }

int lastOfYear(int year) { return fromDate(year, 12, 31); }

int weekday(int dayNumber)
{
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const int w = (dayNumber + 3) % 7;
    return w < 0 ? w + 7 : w;
}

void append(std::string& out, int dayNumber)
{
    int y = 0, m = 0, d = 0;
    toDate(dayNumber, y, m, d);
    char text[10] = {char('0' + y / 1000 % 10),
                     char('0' + y / 100 % 10),
                     char('0' + y / 10 % 10),
                     char('0' + y % 10),
                     '-',
                     char('0' + m / 10),
                     char('0' + m % 10),
                     '-',
                     char('0' + d / 10),
                     char('0' + d % 10)};
    out.append(text, sizeof text);
}

std::string format(int dayNumber)
{
    std::string out;
    append(out, dayNumber);
    return out;
}

} // namespace reper::gen::CivilDay
