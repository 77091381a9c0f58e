"""Hypothesis strategies for the model's inputs, shared by the property tests."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import strategies as st

from calc.inputs import Inputs

percents = st.decimals(min_value=0, max_value=D("0.49"), places=6)
money = st.decimals(min_value=0, max_value=D(10) ** 9, places=2)


@st.composite
def inputs(draw, staffed: bool | None = None, calls_max: D = D(10) ** 8) -> Inputs:
    """Any valid inputs (customers kept come with a lifetime value, or neither); `staffed`
    forces the staffing model on or off, `calls_max` keeps staffing loads quick."""
    price = draw(st.decimals(min_value=1, max_value=D(10) ** 6, places=2))
    kept = draw(st.booleans())
    wage = st.decimals(min_value=1, max_value=200, places=2)
    if staffed is None:
        wage = st.none() | wage
    elif not staffed:
        wage = st.none()
    return Inputs(
        calls=draw(st.decimals(min_value=D("0.5"), max_value=calls_max, places=3)),
        conv=draw(percents),
        uplift=draw(percents),
        aht_s=draw(st.decimals(min_value=1, max_value=7200, places=1)),
        aht_increase=draw(st.decimals(min_value=0, max_value=5, places=4)),
        price=price,
        margin=draw(st.decimals(min_value=0, max_value=price, places=2)),
        cost=draw(money),
        days=D(draw(st.integers(1, 366))),
        hours=draw(st.decimals(min_value=D("0.5"), max_value=24, places=1)),
        cancel=draw(st.decimals(min_value=0, max_value=D("0.99"), places=4)),
        invest=draw(money),
        retained=draw(st.decimals(min_value=D("0.1"), max_value=1000, places=1)) if kept else D(0),
        clv=draw(st.decimals(min_value=D("0.01"), max_value=D(10) ** 6, places=2))
        if kept
        else D(0),
        fee=draw(money),
        paid=draw(percents),
        wage=draw(wage),
        sl=draw(st.decimals(min_value=D("0.5"), max_value=D("0.95"), places=2)),
        sl_s=D(draw(st.integers(5, 120))),
        shrink=draw(st.decimals(min_value=0, max_value=D("0.6"), places=2)),
        occ=draw(st.decimals(min_value=D("0.6"), max_value=1, places=2)),
        overhead=draw(money),
    )
