#include "core/Cnp.h"

#include <catch2/catch.hpp>

using namespace reper;

TEST_CASE("the CNP check digit uses the weights 279146358279", "[core][cnp]")
{
    // 1960910279435 style numbers from the synthetic samples: compute, then check.
    const QString first12 = QStringLiteral("296091027943");
    const int digit = Cnp::checkDigit(first12);
    const QString cnp = first12 + QString::number(digit);
    CHECK_FALSE(Cnp::problem(cnp).has_value());
    const QString wrong = first12 + QString::number((digit + 1) % 10);
    REQUIRE(Cnp::problem(wrong).has_value());
    CHECK(Cnp::problem(wrong)->contains(QStringLiteral("check digit")));
}

TEST_CASE("a weighted sum of 10 modulo 11 gives the check digit 1", "[core][cnp]")
{
    // Search a first-12 whose weighted sum is 10 mod 11: its check digit must be 1, not 10 or 0.
    bool found = false;
    for (int tail = 0; tail < 1000 && !found; ++tail) {
        const QString first12 = QStringLiteral("190010112%1").arg(tail, 3, 10, QLatin1Char('0'));
        static const int w[12] = {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9};
        int sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += (first12[i].unicode() - '0') * w[i];
        if (sum % 11 == 10) {
            found = true;
            CHECK(Cnp::checkDigit(first12) == 1);
            CHECK_FALSE(Cnp::problem(first12 + QLatin1Char('1')).has_value());
            CHECK(Cnp::problem(first12 + QLatin1Char('0')).has_value());
        }
    }
    CHECK(found);
}

TEST_CASE("a CNP of the wrong shape is refused", "[core][cnp]")
{
    CHECK(Cnp::problem(u"123").has_value());
    CHECK(Cnp::problem(u"29609102794A5").has_value());
    CHECK(Cnp::problem(u"0960910279435").has_value());
}
