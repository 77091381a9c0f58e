"""Numbers in replies look like Fig. 2."""

from decimal import Decimal as D

import pytest

from calc import formatting as fmt


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D(27000), "$27,000"),
        (D(-16200), "$(16,200)"),
        (D("2.75"), "$2.75"),
        (D("2.5"), "$2.50"),
        (D(150), "$150"),
        (D("6750.0000"), "$6,750"),
        (D("-5913000"), "$(5,913,000)"),
        (D("0.004"), "$0"),
        (D("-0.004"), "$0"),
        (D("1234.56"), "$1,235"),
        (D("999.5"), "$999.50"),
    ],
)
def test_money(value, text):
    """Whole dollars for large amounts, cents where they matter, negatives in parentheses."""
    assert fmt.money(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D(22950), "+$22,950"),
        (D(-2250), "-$2,250"),
        (D("0.25"), "+$0.25"),
        (D(0), "$0"),
    ],
)
def test_signed_money(value, text):
    """Differences carry their sign."""
    assert fmt.signed_money(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (D(49275000), "$49.3M"),
        (D(-5913000), "$(5.9M)"),
        (D(6750), "$6.8k"),
        (D(2_000_000_000), "$2B"),
        (D(640), "$640"),
    ],
)
def test_compact_money(value, text):
    """Large values read at a glance where a compact form is asked for."""
    assert fmt.compact_money(value) == text


def test_percents_points_and_times():
    """Rates, differences of rates and handle times."""
    assert fmt.percent(D("0.1")) == "10.00%"
    assert fmt.percent(D("0.02")) == "2.00%"
    assert fmt.short_percent(D("0.4")) == "40%"
    assert fmt.short_percent(D("0.0585714")) == "5.86%"
    assert fmt.short_percent(D("-0.6"), 1) == "-60%"
    assert fmt.points(D("0.08")) == "+8.00 pp"
    assert fmt.duration(D(640)) == "10:40"
    assert fmt.duration(D(3723)) == "1:02:03"
    assert fmt.signed_duration(D(64)) == "+1:04"
    assert fmt.count(D(9000)) == "9,000"
    assert fmt.signed_count(D(720)) == "+720"
    assert fmt.decimal_text(D("1E+3")) == "1000"
