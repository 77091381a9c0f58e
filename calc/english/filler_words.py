"""The words that carry no setting: articles, pronouns, auxiliaries, question words,
joiners, politeness, the verdict's own words, and the words around a figure (where it
comes from, who it is for): read past wherever they stand."""

from __future__ import annotations

# Words that carry no setting: articles, pronouns, auxiliaries, question words, joiners,
# politeness, and the verdict's own words ("are we a profit center?").
FILLER = frozenset(
    """
take takes took taking receive receives received handle handles handled nothing
imagine imagining before after lose loses lost until sweep chart plot graph table range
open describe details pull
a an the this that these those it its it's we our ours us i me my you your they their
them there here is are was were be been being am do does did doing done have has had
having will would could can should might may must shall what whats what's if how when
where which who whom why whether whatever of to in on for from with without into onto
per about around over under than then so as and or but also plus too either neither nor
both please thanks thank ok okay hey hi hello roibot bot just now still again really
actually get gets got getting go goes went going gone make makes made making change
changes changed changing become becomes became see show tell give look looks like happen
happens happened happening assume assuming suppose supposing say said let lets let's
mean means need needs want wants expect expects each every all any some new current
currently today would've happen happened profitable center centre centers centres loss
losing making money doing selling sell sales service through answer answered verdict
result results numbers number figure figures look looks like think guess tell us me
instead also both kind sort maybe perhaps then next that's there's we're we'd we'll i'm
i'd it'd level rate value total overall average avg our base baseline plan scenario case
team much many far long little bit lot lots case cases still keep keeping run running
rise go vs versus against compare comparing compared
contact next quarter week sale each low high afford still later soon things usual
typical currently normal normally expect stops stop paying plans better worse good bad
another further top right stand standing
phones phone roi return returns investment net draw last altogether entirely
math maths picture situation outlook looking yet position one-time one-off onetime
all-in fully-loaded fully loaded burdened year-end first-year year-one
q1 q2 q3 q4 h1 h2 fy ytd yoy y/y mom qoq p&l pnl quick sales-through-service
hmm hm hmmm um umm uh er ah oh well alright unprofitable move moves moving remind seasonal latest
version
somewhere north upwards excess column columns motion assumption assumptions pls plz thx ty rn moment
honestly frankly basically realistically hypothetically what-if what-ifs whatif chance swept
walk very medium impact impacts even straight worst best file worry meant pressure-test
program programme initiative pilot project incremental run-rate runrate deliver delivers
stress-test sanity-check anymore try
board deck execs exec leadership boss cfo ceo coo gap difference know wrong together bring
brings eat eats come comes row rows finance report survey says check double-check recheck
verify confirm using definitely certainly surely clearly obviously true launching
budgeted planned forecast forecasted targeted benchmarked year-to-date month-to-date
quarter-to-date mtd qtd push pushing comfortably barely safely solidly thin
""".split()
)
