"""Every word a reply says about results: table rows, headlines and sentences, for each kind
of answer (compute, break-even, compare, sweep, list, history).

The Slack blocks, the terminal text, the Home tab and the charts' alt text all take their
words from here and only lay them out, so they can never disagree about a figure. Each
sentence is chosen by the situation the numbers are in, so that it is true of them: a
director quotes the sentence, not the table (tests/calc/test_truth.py checks every claim
against the numbers it names).
"""

from calc.report.answer import (
    aht_sentence,
    answer_sentences,
    breakeven_sentence,
    difference_sentence,
    headline,
    inert_notes,
    notification,
    origin,
    staffing_sentence,
    table_rows,
)
from calc.report.breakeven import breakeven_lines
from calc.report.cells import HEADINGS, Cell, Moment, Person, Quoted, Row, text_table
from calc.report.compare import compare_rows, compare_sentence
from calc.report.saved import Saved, card, history_rows, list_rows
from calc.report.sweep import key_words, sweep_rows, sweep_sentences, sweep_title
from calc.report.words import indirect_set, is_zero

__all__ = [
    "HEADINGS",
    "Cell",
    "Moment",
    "Person",
    "Quoted",
    "Row",
    "Saved",
    "aht_sentence",
    "answer_sentences",
    "breakeven_lines",
    "breakeven_sentence",
    "card",
    "compare_rows",
    "compare_sentence",
    "difference_sentence",
    "headline",
    "history_rows",
    "indirect_set",
    "inert_notes",
    "is_zero",
    "key_words",
    "list_rows",
    "notification",
    "origin",
    "staffing_sentence",
    "sweep_rows",
    "sweep_sentences",
    "sweep_title",
    "table_rows",
    "text_table",
]
