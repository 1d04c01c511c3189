"""Tariff-rate mentions from article sentences.

Rules, applied per sentence that names a tariff (tariff, duty, levy, surcharge,
counter-tariff, import tax). In an article that names tariffs somewhere, a
sentence with "rate", "ceiling", "cap" or "charge", or one where something
faces, pays or is subject to a percentage ("Medicines from the EU would face
no more than 15 percent"), counts too, unless it is an interest, policy,
exchange, refinancing, growth, inflation, tax or similar rate.

* Segments: a sentence is cut at strong breaks ("; ", ", while", ", with",
  ", but", " — ", and an attribution between commas: "..., Mr. Trump wrote
  on social media, a provision aimed at ..."); each percentage is read in its
  segment. A segment needs a tariff word, or a word that says goods bear a
  rate (rate, total, ceiling, face, pay, charged, subject to, imposed,
  levied), or a kind word right at the number ("with the extra 14 percent
  suspended"), or it continues a segment with rates (", but higher than the
  19% and 20% agreed with ...").
* Not rates: "% of" a whole (a share; but "24 percent of its duties" is part
  of a tariff, so a rate), a market or economy move ("fell 2%", "fallen by 41
  percent"), a difference ("30% higher prices", "25 percent more"), an amount
  of change ("cut profit by 37 percent"; "hit by 25
  percent tariffs" is a rate), and a number with an economic indicator
  (growth, GDP, inflation, prices, wages, yields, interest or policy rate,
  forecast, profit) nearer before it, since the previous percentage, than
  any tariff word, unless a tariff noun follows the number ("the 24 percent
  tariff"), or one in the number's own words before any tariff noun ("shave
  0.3% off eurozone growth"). Central banks and their rates ("the Bank of
  Canada, which cut its key rate to 3 per cent", "the cash rate") are such
  indicators. "Percentage points" never match.
* "To zero" is a rate of 0 ("cut to zero"), and so is "zero tariffs".
* Changes: "to A from B", "to A, up from the current B", "A ... is down from
  the B", "A instead of the B", "A ..., replacing the B" (a bare "a 40% rate
  instead of 20%" is an alternative, no change), "from B to A", "from B to
  between A1 and A2" (two new rates, one old), "B ... cut to A" (at most one
  comma between, and not "raised the total levy to A", a sum of layers),
  "doubled to A" (also "doubling ... to A", or "A ..., when X doubled the
  rate") give one fact, rate A with ``previous_rate_pct`` B (or A/2); the
  old rate is no fact of its own, and the words after it are its own (its
  kind, its status, its date). "Between A and B" and "ranging from A to B"
  are two rates ("between 10 and 20 percent" shares the unit).
* Context: each rate reads its own words, from the connector ("and", "or",
  "as well as", "plus", "while", a comma) after the rate before it to the
  connector before the rate after it; without a connector both see the words
  between them. An "and" inside a list of goods or countries ("Korean steel
  and aluminum to 25 percent", "Japan and the European Union 15%") is no
  connector. Coordinated rates ("10% and 15% on farm goods", "15% or 20% on
  most partners, up from the 10% baseline") share what follows and what
  precedes them, and their previous rate; as many coordinated rates as
  countries listed with them pair up in order ("the 19% and 20% agreed with
  Indonesia and Vietnam").
* Object: the phrase after the rate's noun ("25% tariff on Japanese cars",
  "40 percent for Laos", "15% to the majority of EU exports", "the same rate
  is to be applied to key auto parts"; not a day, "50% on Aug. 27"), or
  after a noun with "on" before the number when the words lead to it ("the
  tariff on Japanese cars was lowered to 15%", "duties on Chinese goods
  remain at 30%"). It runs through a list ("steel, aluminum and vehicles",
  "as well as on other American goods", "including cars") and ends at a
  clause word (which, that, from, until, since, over, after, ...), at a
  participle ("already levied on", "imposed", "charged") or at "and" that
  opens a new clause ("and end exemptions"). "15 percent on any future U.S.
  tariffs on drugs": the object is what those tariffs are on. A reason ("over
  India's purchases of Russian oil", "for buying Russian oil", "penalizing
  its purchases of Russian oil", "in response to ...") names no sector and
  no target.
* Sector: a sector word between the number and its noun ("25 percent auto
  tariff", "the 10 per cent timber levy applies to imports from all
  countries": the whole rate is that sector's); else every sector of the
  object (an object that also names goods in general, "EU exports, including
  cars" or "..., as well as other American goods", gives the general rate
  too); else the sectors named before the number in its context ("Japanese
  steel and aluminum remain subject to 50% tariffs", "and European cars to
  25%"), unless they are exempted ("energy products are exempt from the 40
  percent duty"); else, for a rate without object, kind or country's goods
  of its own, the one sector its sentence names ("That 27.5% is the 25%
  tariff ... that Japanese cars have long paid"), not counting a trade named
  as a business ("makers of machine tools", "competitors in electronics"); a
  rate that has only its sentence's sector and repeats a reported rate is
  that fact again.
* Target, first that applies: the countries of the object ("on Canada and
  Mexico": one fact each; "goods from Mexico"; "its goods" is the subject's);
  ``*`` for an object of all partners ("all trading partners", "other
  countries", "countries that do not strike deals", "most of the world",
  "foreign", "imported", a "global" tariff); the countries of a "whose goods"
  clause ("rivals in Vietnam and Bangladesh, whose goods face U.S. tariffs of
  20%"); a country's goods named in the rate's context ("€21 billion of U.S.
  goods", "Canadian goods will face", "UK steel"; not "U.S. steel tariffs",
  nor a name, "Taiwan Semiconductor Manufacturing"); the country the rate
  hits named before it in its own words ("Japan faces", "Tokyo continues to
  face", "Japan was threatened with"); for a rate without object, a country
  of its own words ("the 15 per cent agreed with the EU"); a country named
  before it in its clause ("Mexico would keep paying ..., a 25 percent
  tariff on cars"); for a sector rate with no country, the country the
  sentence says it hits ("..., which would hit Vietnam's chip industry") or
  whose goods a participle after the list of rates names ("the 25% tariff on
  automobiles or the 50% tariff on steel already levied on Korean
  products"); with no country in the sentence at all, the article's main
  partner when the sentence puts the rate on exporters, exports, shipments
  or a place's makers ("Our steel and aluminium exporters still pay fifty
  per cent", "a threat aimed at Basel's drugmakers"; not on imports or all
  partners), else ``*``; the country nearest the number in its segment,
  then the sentence; else the article's main partner. A country comes with
  those listed with it ("Myanmar and Laos were told they would face 40%",
  "India and Brunei 25%"). Never a venue ("officials in Tokyo"), a dateline,
  a country after "except", one in a reason, the imposer, or one on the
  other side of a comparison ("Taiwan's rate is higher than the 15% agreed
  by Japan": not Taiwan's; "no more than 15%" is a bound, not a
  comparison). A rate that puts a country "on par with" others is theirs
  too. A baseline in a sentence that names no country, no other partners and
  no stack ("In its place is a 10 percent baseline") is the article's main
  partner's. ``*`` also for a baseline and for a rate without sector said to apply
  to all partners, next to the number or in a relative clause on its noun
  ("the 10 per cent duty that the United States applies to imports from
  nearly all of its trading partners"). A rate whose target comes only from
  the nearest country or the main partner, that names no sector of its own
  and repeats a rate already reported for that country ("the 100 percent
  duty", "on top of the 25 percent"), is that earlier fact and gives no new
  one.
* Imposer: a non-US country acting in the sentence imposes ("Mexico raised
  its tariffs on Chinese cars", "the European Commission proposed", "Canada
  will maintain its counter-tariffs", "China will likewise suspend 24 percent
  of its duties", "China's levies on American products"; not one in a
  condition, "if Japan raised its own tariffs"; not one acted on, "Japan was
  threatened with"; not a possessive without counter-measures or US goods,
  "Canada's tariff on goods not covered by the USMCA" is the tariff Canada
  faces). A tariff on the United States is the other country's (the actor,
  else another country of the sentence, else the main partner). A partner's
  tariff with no other country named is on the United States when the
  sentence names the United States (retaliation), else on everyone.
  A sentence that names no country at all goes on about the last sentence
  that named countries: if that one put a partner's tariffs on US goods
  ("the Commission has decided to impose additional tariffs on certain
  imported goods originating in the United States"), its rates are that
  partner's on the United States ("(2) An additional tariff of 10% will be
  imposed on sorghum"). Otherwise the United States imposes.
* Kind, first rule that fits the words around the number: retaliatory (a
  partner's tariff on the United States; but a partner's zero tariff is an
  offer, other), baseline (baseline, universal, across-the-board, blanket,
  minimum; target ``*``), total ("a total of", "totaling", "in all",
  "combined", "altogether", or a rate that "combines"/"comprises" others; a
  total of the baseline and a country's own add-on, "reciprocal",
  "country-specific" or "specific to Vietnam", is that country's reciprocal
  rate), sectoral (a sector named), surcharge (additional, extra, on top of,
  country-specific, plus, penalty, surcharge; but the rate after "on top
  of" is the base, not the add-on), reciprocal (said at the number, in the
  rate's context, or in its sentence when it is the segment's only rate;
  "reciprocal trade agreement" names a deal, not a kind), else other. The
  ordinary duty beneath the 2025 measures (regular, standard, most-favoured-
  nation) and trade remedies (anti-dumping, countervailing) are other, even
  for a sector. In an article about the reciprocal regime (it names
  reciprocal tariffs, the baseline, a letter, a deal, an agreement, a pact,
  a framework, a joint statement or April 2), and in a sentence that ties a
  rate to a letter or a deal, a US rate on goods in general with no kind of
  its own is the baseline for all partners (so is an add-on on all
  partners) and a country's reciprocal rate otherwise, unless the country
  is outside the reciprocal regime (Canada, Mexico:
  ``countries.OUTSIDE_RECIPROCAL``) or the rate has another basis
  (fentanyl, migration, border, transshipment, USMCA/CUSMA/NAFTA or a free
  trade agreement, his first term, Section 301): other.
* Status: cues are read in scopes, first scope with a cue wins: a relative
  clause on the rate's own noun ("the 30% tariff that the United States had
  announced") or closing the rate's phrase when it tells a state ("the 26
  per cent tariff on Indian goods announced on 2 April, which remains
  suspended"; not "..., which would hit Vietnam's chip industry"), the
  rate's context within its clause, its clause, its context, its segment,
  and the sentence if it has a single segment. Cues inside the words after
  another rate are that rate's (a verb before a list governs all of it, and
  coordinated rates share theirs); words after the old rate of a change are
  about the old rate; a cue after "not", "no", "without" or "failed to" does
  not count (a modal only right after it: "countries that do not strike
  deals would face" is still a threat). Ranked: lifted (lifted, scrapped,
  removed, eliminated) > paused (paused, suspended, on hold, delayed,
  exempted) > threatened (threatened, warned, could face, vowed, promised,
  a partner that "would answer/retaliate/respond") > would face (threatened,
  but announced when a start date is set: "goods from India would face a
  25% tariff from Aug 1") > proposed (proposed, considering, weighing, plans
  to, offered, ready to, willing to) > in effect, stated outright (is in
  effect, remains, continues to, still, currently, keeps, maintains,
  retains, unchanged, effective immediately) > agreed (agreed, deal,
  agreement, framework, joint statement; not an agreement that says which
  goods, "goods not covered by the USMCA trade pact", nor one under
  discussion or implemented by an order; "nearing an agreement" proposes) >
  announced (a future effective date; will + verb; would impose, slap,
  raise, cut, begin, take effect; set to; due to; scheduled) > in effect
  (faces, imposed, subject to, charged, applies, ...) > announced
  (announced, takes effect, signed, ordered); default in effect, or
  announced for a future effective date. A change verb (cut, lowered,
  doubled, raised) says what changed, not the status. A rate on a condition
  is threatened ("if Washington charged Brazil a 50 percent tariff, Brazil
  would charge 50 percent on American goods"). A later clause without a
  rate that lifts or pauses the rate before it ("..., but a week later
  suspended it", "; the administration has put the levy on hold", ",
  before Trump suspended the higher rates") gives it that status. What
  someone "announced ... would face" is announced. A cap ("no more than 15
  percent", "a 15 percent ceiling") is agreed. A rate to come ("will",
  "would face") in a sentence that names an agreement reached ("as part of
  the deal", "under a joint statement", "Under the statement, the United
  States will reduce ...", or a concession "in return") is agreed, unless
  an order implements the agreement (announced); one being negotiated ("nearing a trade agreement
  that would lower the tariff") is proposed, and one under discussion
  ("discussed the text of a trade agreement") decides nothing.
* A clause without a number that applies the rate before it to a country of
  its own ("..., but British exporters could face the higher rate from July
  9"; also "the same rate", "the new rate", "that rate") gives that country
  the rate, with the clause's status and date.
* Effective date: a date in the rate's context after "from", "effective",
  "starting", "as of", "since", "takes effect" (also "at 12:01 a.m. on"),
  "kicks in", "due to start", "will/would begin", "announced for", "impose
  on", "to A% on" (also "to A% from B% on"), "pushed back ... to", or "by"
  after an effect verb; not after a negated effect ("did not take effect on
  Wednesday as planned"); "effective immediately" is the publication date.
  A date after the last of several listed rates ("25 percent for South
  Korea and 40 percent for Laos, also from August 1", but not past a layer
  named at its number, "the 10% baseline with an additional 36%") or after
  the total an add-on brings ("..., bringing the total rate to 50 percent
  from Aug. 27", "for a total of 46%, ... due to take effect on April 9")
  dates the rates before it; a clause of its own ("with both reductions
  taking effect by May 14") or a date that opens the sentence ("From August
  27, ...") dates every rate of its sentence. A date said of the old rate of
  a change ("15 percent, down from the 25 percent threatened from Friday") is
  not the new rate's. A weekday resolves backward after a past verb
  ("raised ... with effect from Thursday", "took effect Wednesday"), else
  forward. A sentence without a rate that speaks of the rate just reported
  ("The new duty takes effect seven days after the signing, on Aug. 6") dates
  the rates of the sentence before it that have no date and are announced or
  in effect but not said to be in effect already; a date to come makes them
  announced.
* One fact per rate of a layer in an article: a later mention adds only what
  the first lacks (the previous rate, the effective date), and a later
  mention whose kind no cue of its own gave is the fact reported before with
  that rate for that country and sector.

Rules added against the d* and e* gold batches (2026-11-27), each with a case
in ``tests/test_rates.py::test_general_rules``:

* The headline (``title``) only tells the topic: "Malaysia gets 19% U.S.
  tariff" above a body that says "taxed at 19%" makes it a tariff article.
  "Taxed at", "charged at", "stays at", "set at", "handed", "raised to"
  speak of a rate in a tariff article; "baseline" is a tariff word.
* Parties: "a 39 percent US tariff" is imposed by the US whoever the
  subject is; "the 20 percent Vietnam agreed to" is Vietnam's; "China hits
  back", "Beijing will keep a 10 per cent tariff", "Mexico's government
  proposed", "the Sheinbaum administration" impose; "Vietnam and Sri Lanka
  were set at" is passive (no imposer); "non-U.S. content", "goods sold into
  the United States", "purchases of Russian oil" name no party; "cars
  imported from China" are on China; a list goes on past the object's
  comma ("for the European Union, Japan and South Korea") and through
  demonyms ("Thai and Cambodian goods"); a country named by "by"/"with"/
  "for" after a later rate belongs to that rate; a sentence that names no
  country but speaks of "countries" is on all partners.
* Old rates: "The rate is down from the 36 percent ..." and "The higher
  rate, up from 25 percent, ..." give the rate of the sentence before its
  old rate; so do ", lower than the 32% ...", "and down from the 46%",
  "from as high as 35 percent to 5 percent", "charged 15 percent instead of
  25 percent". "The 25% tariffs on UK steel ... will be removed, with duties
  on these products falling to zero" is a change to zero per sector; a
  partner that will "eliminate import duties on U.S. goods" sets a rate of
  zero, read at the verb.
* Sectors: reasons ("over Russian oil", "as chip threat looms", "amid ...")
  give neither a sector nor a status; a borrowed sector stays in its own
  clause when a later clause has a rate of its own; "Korean copper pipes and
  wire will face" is one subject.

Rules added against the h* to j* batches (2026-11-27, session 3), each with a
case in ``tests/test_rates.py::test_general_rules``:

* A removal done or decided is a rate of zero from the old one ("Canada will
  scrap its 25% counter-tariffs", "removing the 40% tariff"), not one asked
  for ("asked Trump to remove ..."), and "lift ... to 50%" is a rise.
  "Tariff-free", "duty-free", "free of tariffs", "with no tariffs at all" are
  zero, except under a free-trade pact, as a share of trade or in a quota;
  eliminating tariffs "on 99 percent of the goods" is a zero beside a share.
* Words: "25pc", "surtax", "got", "secured a deal at", "told to expect", "set
  36 percent for", "hit with", "moves to", "threatened"/"floated" a rate;
  ranges "10-15 percent", "duties of 10% to 15%", "of 10 or 25 per cent", whose
  two ends share their context. Not tariffs: currency and share moves ("the
  shekel firmed 0.3%", "Embraer jumps 11%"), key, base and Selic rates.
* Old rates: "down two percentage points from", "when it replaced", "The
  rate replaces", "It replaced", "doubled it from".
* Parties: Washington imposing a rate in its relative clause is not its
  target; a leader "whose exporters" pay names the country; a rival named in
  an aside ("Vietnam, Thailand's chief rival, ...") and what follows ", a move
  that ..." are no party; a country that "keeps a 19 per cent rate" faces it;
  a partner's list ("15% on US coal ... and 10% on crude oil") stays its own;
  a sector rate above the partner's quota is the partner's; "every other
  supplier", "everywhere else" and "its trading partners" are all partners.
* Sectors: furniture, cabinets and vanities are the lumber action; olive,
  palm and soybean oil, shrimp and seafood are farm goods; jeans and
  trousers textiles; asides ("the largest supplier of wooden furniture to the
  U.S.", "whose sales are mostly oil", "olive oil and dates among them") and
  lists of many kinds lend no sector; "half the 50%" of a rate is on its
  goods.

Rules added on 2026-11-27 (session 4), each with a case in
``tests/test_rates.py::test_general_rules``, in three steps.

Before the k* batch was measured (k* held out: tariff F1 0.679, against 0.659 for the
extractor as the session began):

* The baseline tied to a country is that country's ("Australian goods still face the 10
  per cent baseline"), and also on all when the sentence says so ("... that applies to
  every trading partner"); inside a country's reciprocal stack it stays on all
  (GUIDELINES, settled the same day). The baseline carries no sector, except for a sector's
  goods said to pay it ("Chilean and Australian wines still enter the United States at the
  10 per cent baseline rate", as the gold reads it) in a sentence that speaks of no
  exemption, removal or quota.
* Removals: "will no longer pay the 19%", "the 10% tariff ... has been scrapped"; not
  "lifted to 50%".
* Rates without a tariff word, in an article about tariffs: a list entry ("Cambodia 19%",
  "with Cambodia at 49%", "Steel and aluminum: 50 per cent"), "the extra ten per cent",
  "kept twenty-five per cent", "keeps its goods at 25%", "the 30 per cent Trump
  threatened", "the 17 percent the Philippines was assigned", "paying somewhere between
  15 and 20 percent"; not lists of forecasts or figures.
* Parties: the countries opening a sentence before a which/who clause own the rates in
  and after it ("South Africa, which surrounds Lesotho, faces 30 per cent"; "Thailand and
  Cambodia, which were told ... 36 percent, now face 19"); "Japan and South Korea, which
  each secured 15 percent"; "their exports" are all the coordinated subjects'; a capital
  that "went to 84%" imposes it, as does a congress "weighing a proposal to raise"; where
  orders go and who owns a factory ("Chinese-owned") name no party; a sector rate on all
  is a country's only when the sentence has it face, pay, secure or be affected by it, or
  says "including on products from"; ", a threat that matters for Taiwan" is an aside.
* Sectors and changes: "industrial and farm goods" are all goods; "outside the copper
  sector" is no sector; "India's main rivals in garments" and "still the biggest supplier
  of clothing" lend none; "will pay tariffs of 10% instead of 27.5%" is a change.

After k*'s measurement and before l*'s (l* held out: tariff F1 0.742, against 0.680 for
the extractor as the session began), against k* and the rest:

* Rates in a tariff article: "which pay 20pc", "Brazil and India, both at 50 per cent",
  "15 percent for goods from the EU", "end up at fifty percent", "the 46 percent we were
  handed", "the 17 per cent announced on 2 April", "a penalty"; decimals in words
  ("sixteen point six percent"); not "stronger-than-expected 8.2pc", the odds of a ruling
  ("put the chance ... at about 30%"), nor central-bank rates (OCR).
* Removals: "stop charging the duties of up to 15%", "lift, from the same day, the
  duties", "eliminate tariffs on ..., including its 10% duty"; goods of a sector
  "exempted from the reciprocal tariffs" pay zero; not "stop charging ... in addition to
  existing duties".
* Words: tree nuts, cashews, pulses, pepper, kiwifruit and foods are farm goods; "NZ" is
  New Zealand and East London no London.

After l*'s measurement, against l* and the rest: a country that "drops to 25%" faces it;
a subject before its "where" clause owns the rate after it; a rate with no country of its
own takes the country of its own clause before one of the next clause; goods
"transshipped" with no country named are on all; the baseline the opening subject "pays
in the meantime" is its own; "the 19 and 20 per cent" share a unit; a capital that
"drops to 15% from 20%" states a rate; US tariffs on an EU member's goods are the EU's
(GUIDELINES). The m* batch then measured every rule above once held out: tariff F1
0.776, against 0.711 for the extractor as the session began.

Rules added on 2026-11-27 (session 5), against the a* to m* batches, before the n* batch
(written by two new writers while these were made) was measured; each with a case in
``tests/test_rates.py::test_general_rules``:

* Parties: a country's goods that face a rate on all imports are that country's ("South
  African-built vehicles face the 25% tariff ... on imported cars"), as are goods "they
  ship from" it and a clause set beside one on a country's goods (", while energy pays
  10 per cent", ", with cars also cut ..."); goods in a later clause with a rate of their
  own are that rate's; an across-the-board rate a country faces is its own (reciprocal),
  not the baseline; the parts of a partner's rate after a colon or "made up of" are the
  partner's; a country compared ("against 3% for Brazilian cargoes") or whose goods are
  named does not impose on US goods; "US tariffs on its exports" are on the subject; a
  country that abolished its tariffs or "has a 100 percent surtax on" goods imposes
  them; "Ottawa's own 25 per cent counter-tariffs" are Ottawa's; the rate of a relative
  clause after a retaliating country is the one it faces; formal names ("the Republic of
  Guatemala") stay one list; "countries buying Russian oil" name no party; a sector rate
  "Trump threatened" with no country, and a sector's rate whose clause names none, are on
  all.
* Rates: "each get 35%", "go to 35pc from 25pc", "pays at least 30 per cent", "kept its
  10 percent", "the 25% of its July letter", "the 39% of April"; "cut to that level",
  "which pays the same rate" restate the rate before; "stay at 50 percent, the rate on all
  foreign metal" is the country's and everyone's; "doubled from 25 per cent" is only an
  old rate. Not tariffs: stock indexes, polls, VAT and other tax rates.
* Removals: "the duties it charged on American imports" scrapped, a removal in a clause of
  its own beside another rate (when it names goods or a sector), a duty that "would
  disappear", goods "now free of the levy" or "now exempt", "the end of a 35% duty",
  "removed only the 10% portion" are zero from the old rate.
* Sectors: a later rate borrows a list of sectors that is the sentence's subject ("British
  steel and aluminium stay at 25 per cent, but could be raised to 50"); a sentence that
  opens on "the rate" of the one before is on that rate's sector; "the 15% ceiling will
  also apply to EU cars"; beans are farm goods and shirts textiles.

n* was then measured once held out (tariff F1 0.718; 0.717 for the extractor as the
session began: the rules above did not carry over to it) and joined development. Against
n* and the rest: rates said without a unit in talk about tariffs ("Bangladesh pays
twenty, Vietnam twenty", ``numbers.find_bare_rates``); a country named in an aside
(", like Thailand,", ", whose carmakers build ... in Thailand,") is no party; a baseline
a stack calls the country's own ("its 10 per cent baseline", "the 10% baseline Brazil has
paid") is the country's, and the baseline "we" pay the partner's; the rates listed after
a colon whose head says a country faces them are that country's; "Neighbouring
Liechtenstein, which ..." opens the sentence; "the same level the European Union pays";
"the threat of 50 per cent"; ", and for Thailand and the Philippines" after a rate's
list; "China's new 34 per cent"; the next entry of a list of stock moves is no rate.
o* was then measured once held out (tariff F1 0.695, against 0.663 for the extractor as
the session began and 0.681 before the n* rules) and joined development. Against o*: a
partner's own average tariff ("South Africa's average applied tariff is 7.6%") is its
rate on all, the average US rate a statistic; a table row "| Cambodia | 49% |" states the
country's rate; the parts a partner's rate is "adding" are the partner's; shares
"slipping" and central banks by their initials are no tariffs; a rate that "does not
touch" the sentence's sectors does not borrow them; two digits without a unit after
"pays" ("Turkey pays 15, the Swiss 39"); "got off with 15pc".
Session 6: p* was measured once held out (tariff F1 0.755, against 0.698 for the extractor
as session 5 began) and joined development. Against p*: a list entry "- Thailand: 19% (was
36%)" states the country's rate, with its old rate in the parenthesis; "NZ: 10% → 15%" is
a change; " · " and " • " separate list entries as "; " does; oil a country buys ("a
penalty for buying Russian oil", "the oil penalty") is no energy sector
(``normalize.sectors``); what a country has said in passing (", which also has a large
pharmaceutical industry,"), a long list of trades that "say" something and what a deal
buys ("deals on aircraft and natural gas but no relief from the 15 percent tariff") are no
sectors; "50 per cent since 4 June, double the 25 per cent imposed in March" is a change.
Session 7: r* was measured once held out (tariff F1 0.767) and joined development. Against
r*: goods that "remain at 50 percent" in a tariff article state a rate; a country in an
aside after another ("Canada, Mexico's other partner in the pact,") and whose oil is bought
("the Russian-oil penalty") name no party; "a major competitor in knitwear" is no sector;
car components are auto parts and agricultural machinery no farm goods
(``normalize.sectors``); rates that "run from 11 per cent to 50 per cent" are a range;
"halved to 12.5 percent" is a change from the rate before it; goods "assembled abroad" are
everyone's. Later the same session, against a*-r* while s* was being written: a sentence
that opens on a sector's goods with no country ("Auto parts will also be charged 15
percent") is the article's partner's, as GUIDELINES now records; "rates ranging from 10 to
41 percent" and a rate "on any country that ..." are everyone's; goods exempted "from the
10% reciprocal baseline" pay zero, and goods exempt are the sector of the zero; "Canada
dropped (most of) its 25 per cent counter-tariffs" is a removal; "Norway has no customs
duties on industrial goods" is Norway's zero; "the 50% U.S. duty" names its tariff; "could
put 200 percent on imported medicines" states a rate. After s*'s measurement (0.720):
"Pakistan, Cambodia and Indonesia are at 19%" and lists of "Lesotho, at 50 per cent, and
Cambodia, at 49 per cent"; a table row "| Cambodia | 49% | 19% |" is a change; imported
goods after a partner's tariff on US goods are the US rate on all; "20% in extra duties
rather than 30%" is a change; "promised to apply 15% to European cars" states a rate; a
country inside an aside about what another sells names no party; "retroactive to Nov 1",
"backdated to Aug. 1" and "started Tuesday" date a rate; "since April 3" and a past-tense
verb put a yearless day in the past; "the North American trade pact" names no United States
(``normalize.countries``).
Session 8: a partner that "charges no tariffs on almost all American goods" states its
zero; a partner's own rate "on imported cars" is on all, even beside an "American" in the
sentence; "scrapped its last duties" and "the duties it had kept" are removals; cut flowers
and roses are farm goods (``normalize.sectors``). An old rate after a change verb's "from"
("a 19 percent tariff ..., lowering the rate from the 32 percent he had threatened", "a 35%
tariff, which Trump raised from 25%", "(down from the 25% in the July letter)", "to 5
percent from as much as 35 percent") is the previous rate of the rate before it, and one
"up from the 24 percent" with no rate before it in its sentence is no fact (GUIDELINES).
Not tariffs: a bare "rate" after a central bank ("BI cuts rate to 5.25%", "the Bank of
Israel has held its rate at 4.5%"), mortgage and repayment rates, the effective tariff rate
(an average), sales and value-added taxes, a share of imports, "20% off an annual plan";
the second number of "5 per cent or 10 per cent" shares the first's words. The rate a rate
doubled is its previous rate ("when Trump doubled the 25% rate", "a 50 per cent duty,
double the current 25 per cent", "doubled its tariffs on foreign steel from 25 per cent"),
and "That rate, double the 25 percent charged until June" states no rate of its own.
Goods that open a sentence and "are not covered by the 20% rate" or "are outside the 39 per
cent rate" do not pay it. A rate on imports that the sentence's subject, a country's goods
or makers, is "exposed to", "pays" or "faces" is that country's even past a relative clause
("Thai auto parts makers, which supply ..., remain exposed to the separate 25 percent
tariff ... on imported car components"). Where production moves, set beside a rate
("moved to Vietnam, at 20 percent,"), is that rate's country. Goods "from wine to
machinery" and "no carve-out for Italian wine under the 15pc tariff" name no sector, nor
does a later clause about makers (", and pasta makers face far worse"). What the subject
charges besides (", which still charges duties on American cars and cheese,") is an
aside: it names no party and no sector of the rate after it. After t*'s measurement: goods
that "keep paying" open a sentence; where "much of it" is shipped is an aside; "has put 100
percent tariffs on" names the imposer; canola oil is a farm good, not energy; a correction
("An earlier version of this story said ... 75%") states no rate; "which had paid 10 per
cent since 2018, now pays 25 per cent" is a change; a list entry's head names the countries
of its rate ("- United Kingdom, Australia and Brazil: the 10% baseline only"), and "for a
country whose U.S. exports are mostly garments" is an aside, as is ", the other European
country outside the EU hit hard this summer,". Dates: "backdating the cut to Nov 1", "are
due on March 12", and an hour with its zone before the day ("since 06:01 Norwegian time on
Thursday"). A factbox's head in capitals ("BRITAIN: Britain pays the 10% baseline, with cars
at 10% ...") names the country of its entry's rates, as a list entry's head does. In an
article about tariffs, a government that "answers with 15% on U.S. coal" or "matches with
34% on all U.S. goods" states a rate. After v*'s measurement: a share in an aside
("Israeli steel and aluminum, a small share of exports, already pay 50%") leaves the rate a
rate (only "- 1%: share of US imports" is a share), and "whose vanilla and garment exports
..." is an aside. A sector's goods "from the European Union" at the end of their list
("a 200 per cent tariff on wine, champagne and spirits from the European Union") are that
country's. Sectors and rates "respectively" pair in order ("auto parts and steel ... 25% and
50% respectively"); "Energy and potash that fall outside the pact are charged 10%" opens
on a sector's goods. A thought experiment ("Suppose Washington went to 60 percent ...", "If
both sides went to 100 percent, trade would stop") states no rate; a conditional threat
("If no deal is reached, the rate will rise to 50%") still does. "The country's cars pay the
separate 25 per cent levy on imported vehicles" is the country named before (or the
article's partner), not everyone. A rate on goods "from countries that have no trade
agreement with Mexico" (or "without a trade deal", in a story about Mexico) is Mexico's own
(its 2025 tariff reform), on the countries the sentence names, else on all (the gold has 39
facts of Mexico's own tariffs on others, on 17 pages). In a story on China's soybean duties,
what other suppliers' beans pay ("Brazilian beans, the main competition, pay 3 percent") is
China's rate too (not beans at the US baseline). "Mexico's Senate approves tariffs of up to
50% on Chinese cars" names the imposer.

Session 9 (while x* was held out): a percentage "on American chicken" is a rate without a
tariff word; the parts of a sector's rate broken down after a colon are that sector's; a
rate set against the sentence's own ("half the 50% that applies to ... other countries") is
on the others, and "the British rate on steel" is Britain's. Zeros: goods that "enter
free", "a zero US tariff", "their coffee ... will enter duty-free" (the countries before),
"removes the so-called reciprocal tariffs", "remove EU tariffs on American goods", a
country that lets goods in duty-free (its zero); a sector's zero in a story on one partner,
with no country and no "all partners" in its sentence, is that partner's exemption; a zero
said in a clause on American goods is the partner's. Carmakers that pay a rate pay it on
cars; sawmills, and mills under countervailing duties, are lumber; an exemption said before
a sector's goods leaves them their sector. Once a story tells of Mexico's tariffs on
countries without a trade deal, its later proposed rates that name no country are Mexico's.
"Those countries" (or "both") are the partners the sentence before named. Countries named
after "while" pay their own rate, not the sentence's sector, nor do the sectors of a
consequence (", so the gap for garment and shrimp exporters ...") count. "Their goods" in
"the tariff that Washington will charge on their goods" are not Washington's; countries
"behind rivals from ..." are a yardstick; the level an indicator moved from ("interest rates
to 4% from 4.25%") is no rate; the claim a fact-check tests ("Claim 3: ...") states none.

Session 10 (while ac* and ad* were held out, then against them): more rates without a
tariff word ("left at 25%", "agreed to 20%", "accepted", "attract", "the increase to 30
percent", "the figure announced for us was 31 per cent", "taxed at a lower 10%", "paid a
combined 50%", "the 24 percent that Washington suspended"); "a further 24 percent" and "and
a 10% levy on U.S. crude oil" after a partner's rate on US goods are that partner's; "on
each side" is both ways; "on an equal footing with" shares the rate; "Its mills" and "from
both" point to the sentence before; "the 2.5% rate the United States applies" is the US's;
"imports into the US" and what a rate gives ("..., giving X an edge") name no target;
goods entering tariff-free within a deal's quota pay zero, as do goods whose "tariff
barriers" are eliminated; "This rate is lower than the 24 per cent" compares a rate of its
own; "The lower rate will cover auto parts" extends the rate before; a list of goods goes on
through modified goods (", large-engine cars") but not through goods spared.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from normalize.countries import (
    CARMAKERS,
    EU_MEMBERS,
    OUTSIDE_RECIPROCAL,
    CountryRef,
    dateline_end,
    find_countries,
)
from normalize.dates import find_dates
from normalize.mentions import TariffKind, TariffMention, TariffStatus
from normalize.numbers import Percent, find_bare_rates, find_percents
from normalize.officials import find_officials
from normalize.sectors import SECTOR_WORDS, find_sectors
from normalize.sentences import Sentence, clause_at, clauses

TARIFF_WORD = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|import tax(?:es)?|counter-?tariffs?|"
    r"surcharges?|surtax(?:es)?|baseline)\b", re.I
)
_NOUN = (r"(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|import tax(?:es)?|counter-?tariffs?|"
         r"surcharges?|surtax(?:es)?|rates?|ceilings?|caps?)")
_RATE_NOUN = re.compile(r"\b(?:rates?|ceilings?|caps?)\b", re.I)
# In an article about tariffs, these name a tariff too: "will charge 19 percent on ...".
# "The same 19% applies from Aug 7 to Cambodia"
_SAME_APPLIES = r"\b[Tt]he same(?=\s+\d[\d.]*\s*(?:%|percent|per cent)\s+(?:appl|cover|goes|went))"
# "with the 35 percent threat still hanging over Dhaka": a threatened tariff
# (and "a drop to zero from 10%": a change of rate)
_RATE_THREAT = r"(?<=\d)(?:\s*%|\s+percent|\s+per cent)\s+threats?\b|\bto zero from\s+\d"
_RATE_THREAT_SAID = re.compile(_RATE_THREAT, re.I)
_WEAK_TARIFF = re.compile(r"\b(?:rates?|ceilings?|caps?|charg(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|"
                          r"levied|add-ons?|countermeasures?|penalt(?:y|ies)|"
                          # "are subject to separate measures under Section 232 ..., at 25 per
                          # cent"
                          r"Section\s+(?:232|301))\b|" + _SAME_APPLIES + "|" + _RATE_THREAT,
                          re.I)
# Phrases that, in an article about tariffs, give a rate without a tariff word: "agreed to
# 20%", "would attract 25 per cent", "the increase to 30 percent", "agreed to bring them down
# to 30%", "The figure announced for us in April was 31 per cent".
_SAYS_A_RATE = (r"agreed to|settled for|accepted|locked in|clinched|"
                r"(?:negotiated|brought|talked|knocked) down to|attract(?:s|ed|ing)?|"
                r"(?:increase|hike|cut|reduction)\s+to|(?:them|it)\s+down\s+to|"
                r"(?:figure|number)\s+(?:[\w-]+\s+){0,5}?(?:was|is|stood at|came to)")
# A clause that says goods face or pay a percentage speaks of a tariff rate.
_RATE_VERB = re.compile(
    r"\b(?:keeps?|kept|keeping|leaves?|left|leaving|holds?|held|puts?)\s+(?:[\w'’-]+\s+){1,4}?"
    r"at(?=\s+(?:about\s+)?\d)|"
    # "Laos and Myanmar were each put at 40 percent"
    r"\bput\s+at(?=\s+(?:about\s+)?\d)|"
    + _SAME_APPLIES + r"|"
    r"\b(?:rates?|total|ceiling|face[sd]?|facing|pa(?:y|ys|id|ying)|charg(?:e|es|ed|ing)|"
    r"hit with|subject to|levied|imposed|taxed|add-ons?|"
    r"(?:handed|assigned|given)(?=\s+(?:a\s+)?\d)|"
    # "Vietnam and Sri Lanka were set at 20 percent", "Norway stays at 15%"
    # ("The European Union was put down for 20 per cent, China for 34 per cent")
    r"(?:set|put\s+down\s+for|pencill?ed\s+in\s+for|"
    r"stays?|stayed|bumped|pegged|placed|woke up|raised|lowered|cut|reduced|increased|"
    r"doubled|hiked|settled|moves?|moved|walked away with|capped|ended up with|landed|got|gets?|"
    r"got off with|came away with|escaped with|" + _SAYS_A_RATE + r"|"
    r"drops?|dropped|go(?:es)?\s+to|went\s+to|"
    r"end up|ends up|ended up|"
    r"secured|received|threatened|floated|proposed|demanded|offered|threats?\s+of|"
    r"won|expect|expects|expected|kept|keeps|keeping|retained|retains|maintained|maintains)"
    r"(?:\s+(?:at|to|with))?"
    r"(?=\s+(?:a\s+(?:deal|rate|tariff)\s+(?:at|of)\s+|the\s+(?:same\s+)?|its\s+|their\s+|"
    r"an?\s+(?:lower|higher|reduced|combined|flat)\s+)?"
    r"(?:about\s+|at (?:least|most)\s+|up to\s+|as (?:much|high) as\s+)?(?:\d|(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a hundred|one hundred|zero)\b)))\b",
    re.I,
)
_NOT_TARIFF_RATE = re.compile(
    r"\b(?:interest|policy|benchmark|reference|mortgage|exchange|unemployment|jobless|growth|"
    r"annuali[sz]ed|"
    r"inflation|savings|tax|participation|approval|vacancy|lending|deposit|discount|repo|"
    r"refinancing|overnight|prime|key|cash|base|"
    r"bank|birth|death|poverty|response|survival|success|VAT|sales tax|income tax|"
    r"corporate tax|repayment|rebate|clawback)\s+(?:[A-Z]\w*\s+)?rates?\b|"
    # "The rebate drugmakers pay back on NHS sales of branded medicines will be capped at 15pc"
    r"\b(?:rebate|clawback)s?\s+(?:[\w-]+\s+){0,10}?(?:will\s+be\s+|is\s+|are\s+|was\s+)?"
    r"capped\b|"
    # "The Reserve Bank reviews the OCR ...; economists expect a cut to 3 per cent"
    r"\b(?:OCR|Reserve Bank|central bank|Federal Reserve|the Fed)\b",
    re.I,
)
_BREAK = re.compile(
    r";\s|\s[—–·•]\s|,\s+(?=(?:while|whereas|with|but|although)\b)"
    # "..., a move that could hurt Sweden's Volvo": what the rate does, not whom it is on
    r"|,\s+(?=(?:a|the)\s+(?:move|step|decision|measure|blow|threat|prospect)\s+"
    r"(?:that|which|likely|expected)\b)"
    # an attribution between commas: "... 40 percent, Mr. Trump wrote on social media, a
    # provision seen as aimed at Chinese products"
    r"|,\s+(?=(?:[\w.'’-]+\s+){1,4}(?:said|says|wrote|writes|told|added)\b[^,;:]*,)")
_NOT_RATE_AFTER = re.compile(
    # ("- 1%: share of US imports that still paid Israeli duty")
    r"^\s*:?\s*(?:of\b(?!\s+(?:(?:its|their|the|this|that|those|these)\s+)?(?:own\s+)?"
    r"(?:\w+\s+)?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|counter-?tariffs?)\b(?!\s+lines)"
    # "the 25% of its July letter", "the 39% of April": a rate's occasion, not a share
    r"|\s+(?:(?:its|their|his|the)\s+)?(?:[\w-]+\s+){0,2}(?:letters?|deals?|agreements?|"
    r"orders?|announcements?|threats?|frameworks?)\b|\s+(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)"
    # "Canada's 3% digital services tax": a tax that is no tariff
    r"|(?:digital\s+services?|sales|income|value-added|corporate|consumption|excise)\s+tax"
    r"|VAT\b"
    r"|stake|share|growth|inflation|support\b|"
    r"interest|rise|gain|drop|fall|decline|jump|increase|decrease|year-on-year|on the year|"
    r"majority|approval|chance|probability|(?:higher|lower|more|less|cheaper|dearer)\b|"
    # "Get 20% off an annual plan": a discount; "shave 0.55 percent off Japan's gross
    # domestic product": a cost to the economy
    r"off\s+(?:an?|your|our|all|annual|subscriptions?)\b|"
    # "tariff classification at 15% off.", "reefer space at 15% off until year-end"
    r"off(?=\s*(?:[.,;!)]|$)|\s+(?:until|through|for|the\s+first|first)\b)|"
    r"off\s+(?:(?:the\s+)?[\w.'’-]+\s+){0,2}?(?:GDP|gross domestic product|growth|economic "
    r"output|output|exports|economy|earnings|profits?)\b)",
    re.I,
)
_MOVE_BEFORE = re.compile(
    r"\b(?:fell|fall|falls|fallen|falling|rose|rise|rises|risen|rising|grew|grow|grows|"
    r"grown|dropped|drop|declined|jumped|climbed|slid|gained|lost|surged|slumped|tumbled|"
    r"shrank|shrunk|expanded|contracted|soared|sank|plunged|edged|slipped|dipped|rallied|"
    r"firmed|firms|firming|weakened|strengthened|eased|softened|advanced|retreated|"
    r"rebounded|appreciated|depreciated|shed|sheds|gains|jumps|climbs|slides|slips|drops|"
    r"dips|surges|soars|sinks|plunges|tumbles|rallies|edges|retreats|"
    r"slipping|sliding|dropping|gaining|losing|climbing|jumping|sinking|tumbling|surging|"
    r"slumping|dipping|advancing|declining|"
    # "trade ... could shrink by up to 80 percent", "a record one-day plunge of about 20%"
    r"shrink|shrinks|shrinking|plunge|slump|decline|declines|discounts?|"
    r"inflation|growth|GDP|stake|yields?|poll|polling|polled|approval|interest rates?)\b[^%]{0,20}$"
    # "whose approval rating has hovered around 70 percent in recent polls"
    r"|\b(?:approval|popularity|favou?rability)\s+(?:ratings?|numbers?|figures?)\b[^%;]{0,40}$"
    r"|\b(?:up|down)\s+(?:by\s+)?$"
    # "could cut New Zealand's goods exports to the US by 2 to 3 per cent"
    r"|(?<!tariffs on )(?<!duties on )\b(?:exports|shipments|sales|output)\b[^%;,]{0,25}\bby\s+"
    r"(?:about\s+|around\s+|up to\s+|as much as\s+)?(?:[\d.]+\s+(?:to|and)\s+)?$",
    re.I,
)
_SHARE_AGAINST = re.compile(r"[^;%]*?,\s+(?:against|compared with|versus|while)\s+(?:more than\s+|"
                            r"less than\s+|about\s+|nearly\s+|almost\s+|over\s+|under\s+)?",
                            re.I)
# (not "at odds over the 25 percent U.S. tariff")
_ODDS = re.compile(r"\b(?:chances?|(?<!\bat )odds|probability|likelihood)\b", re.I)
_INDICATOR = re.compile(
    r"\b(?:growth|GDP|gross domestic product|inflation|unemployment|prices|wages|yields?|"
    r"interest rates?|policy rate|benchmark(?:\s+\w+)? rate|central bank|forecast|output|"
    r"(?:key|cash|bank|base|deposit|lending|repo|overnight|Selic)\s+rate|Reserve Bank|"
    r"Federal Reserve|"
    # central banks by their initials: "BI cuts rate to 5.25%"
    r"(?-i:BI|RBI|BSP|SARB|BOJ|BoJ|ECB|PBOC|BCB|RBA|RBNZ|SNB|BoE|BOK|BoK)|Banxico|Copom|"
    r"monetary policy|policy meeting|quarter[- ]point|half[- ]point|basis[- ]points?|"
    r"Bank of [A-Z]\w+|Bank (?:Indonesia|Negara)|"
    r"profits?|earnings|market share|(?:profit\s+)?margins?|"
    # stock indexes: "Japan's Nikkei 225 added 0.4 per cent and South Korea's Kospi 1.2"
    r"Nikkei|Topix|Kospi|Hang Seng|Sensex|Nifty|Taiex|DAX|CAC|FTSE|Stoxx|S&P|Dow|Nasdaq|"
    r"ASX|Bovespa|Ibovespa|SMI|KSE|Jakarta Composite|poll|survey|"
    # "the 30-year mortgage rate", "the effective U.S. tariff rate" (an average), "a sales
    # tax levied at 5 per cent"
    r"mortgage rates?|effective\s+(?:[\w.]+\s+){0,2}?tariff rate|sales tax|"
    r"value[- ]added tax|VAT|repayment rate|"
    # "the economy shrank at an annualized rate of 1.6 per cent"
    r"annuali[sz]ed)\b",
    re.I,
)
_NEXT_MOVER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w.&'’-]*\s+){1,3}")
_MOVED = re.compile(r"\b(?:fell|rose|gained|lost|jumped|climbed|slid|dropped|declined|added|shed|"
                    r"surged|slumped|tumbled|soared|sank|plunged|edged\s+(?:up|down)|slipped|"
                    r"dipped|rallied|firmed|weakened|eased|advanced|retreated|rebounded)\s+"
                    r"(?:by\s+)?[\d.]+\s*(?:%|percent|per cent|pc)$", re.I)
_DOUBLED_FROM = re.compile(r"\b(?:doubled|tripled|doubling|tripling)\s+(?:it\s+|them\s+)?"
                           r"(?:(?:in|on)\s+\w+\s+)?from\s+(?:the\s+|a\s+)?$", re.I)
# "That rate, double the 25 percent charged until June, ...": the old rate
_DOUBLE_THE = re.compile(r",\s*(?:double|twice|triple)\s+(?:the\s+)?(?:current\s+|previous\s+)?$",
                         re.I)
_UP_FROM = re.compile(r"\b(?:down|up)\s+from\s+(?:the\s+|its\s+)$"
                      # "For Ghana that was an increase from the 10 per cent baseline"
                      # "a slight cut from the 20% rate he had set"
                      r"|\b(?:an?\s+)(?:(?:slight|small|modest|sharp|steep|big|large|further)\s+)?"
                      r"(?:increase|rise|cut|reduction|drop)\s+from\s+(?:the\s+|its\s+)$",
                      re.I)
# "from 27.5 percent — the 25 percent additional tariff plus the 2.5 percent MFN tariff — to
# 15 percent": an aside between dashes parts the old rate from the new one.
_DASH_ASIDE_TO = re.compile(r"\s*(—|–|--)(?=[^—–]{0,20}\d)[^—–;]{3,140}?\1\s*to\s+")
# "a 19 percent tariff ..., lowering the rate from the 32 percent he had threatened", "a 35%
# tariff, which Trump raised from 25%": the rate before, the old one after a change verb.
_CHANGED_FROM = re.compile(
    r"\b(?:lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trimm(?:ed|ing)|"
    r"bring(?:s|ing)?|brought|(?:come|comes|came|coming)\s+down|doubl(?:e|es|ed|ing)|"
    r"tripl(?:e|es|ed|ing))\s+"
    # (the object, and what it is on: "doubled its tariffs on foreign aluminium and steel")
    r"(?:(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?" + _NOUN + r"|it|them)"
    r"(?:\s+on\s+(?:[\w-]+\s+){0,4}?[\w-]+"
    # ("bringing the duty they pay on entry into the US down from 27.5%", "cutting the levy
    # they have paid since the spring from 27.5%")
    r"|\s+(?:they|it|we)\s+(?:have\s+|has\s+|had\s+)?(?:pay|pays|paid|faced?|faces)"
    r"(?:\s+[\w.-]+){0,6}?)?\s+)?"
    r"(?:(?:down|up)\s+)?(?:to\s+that\s+(?:level|rate)\s+)?"
    r"from\s+(?:the\s+|its\s+|a\s+)?(?:(?:as\s+(?:much|high)\s+as|about|around|nearly)\s+)?$",
    re.I)
_BY_AMOUNT = re.compile(r"\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$", re.I)
_KIND_AT_NUMBER = re.compile(
    r"\b(?:additional|extra|baseline|reciprocal|further|another|country-specific)\s+$", re.I
)
_ALL_PARTNERS_PATTERN = re.compile(
    r"\b(?:all|every|most|nearly every|virtually all|almost all)\s+(?:[\w.'’]+\s+){0,2}"
    # ("about half of all imports from Mexico" are one country's; "all imports from
    # Saturday" are everyone's)
    r"(?:trading partners?|countries|nations?|economies|imports(?!\s+from\s+(?:the\s+)?"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|"
    r"Nov\.|Dec\.)(?-i:[A-Z])))\b|"
    r"across[- ]the[- ]board|"
    r"\b(?:every|each)\s+(?:other\s+)?country\b|"
    r"\bevery\s+one\s+of\s+(?:its|their|the|our)\s+(?:\w+\s+)?trading\s+partners\b|"
    r"\buniversal\b|\bglobal(?=\s+(?:\w+\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|baseline|"
    r"imports)\b)|\bglobally\b|\bworldwide\b|\bforeign\b|\babroad\b|"
    # (not "Colombia, her other supplier, is at the 10 percent baseline")
    r"(?<!\bher )(?<!\bhis )(?<!\bits )(?<!\bour )(?<!\bmy )(?<!\btheir )"
    r"\bother (?:\w+\s+)?(?:countries|nations|trading partners|economies|suppliers?)\b|"
    r"\b(?:most|rest) of the world\b|\bimported\b(?!\s+from\s+(?:the\s+)?[A-Z])|"
    r"\b(?:its|their)\s+trading partners\b|\bevery(?:where|one|body) else\b|"
    r"\bcountries\s+(?:that|which|without|with no)\b|"
    # "an additional 10% on any country that aligns itself with BRICS"
    r"\b(?:on|against)\s+any\s+(?:other\s+)?(?:country|countries|nation|nations|trading "
    r"partner)\b|\bany\s+(?:country|nation)\s+(?:that|which)\b|"
    # "the new reciprocal rates run from ten per cent to 50 per cent": a range of
    # countries' rates
    r"\brates,?\s+(?:[^.;%]{0,40}?\s)?(?:rang\w*|run|runs|running|ran)\s+from\b|"
    # "The pause applies to the "reciprocal" rates of between 11% and 50%"
    r"\brates[\"”']?\s+of\s+between\b",
    re.I,
)


@dataclass(frozen=True)
class _Guarded:
    """A costly pattern, searched only in a text that holds one of the words every match of
    it contains: most sentences hold none of them, and the check costs an eighth of the
    search (``bench.parse_normalize`` profiles ``_ALL_PARTNERS`` as the costliest pattern)."""

    pattern: re.Pattern[str]
    words: re.Pattern[str]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if _holds(self.words, text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if _holds(self.words, text) else iter(())


@lru_cache(maxsize=4096)
def _holds(words: re.Pattern[str], text: str) -> bool:
    return words.search(text) is not None


# Every alternative of the pattern holds one of these words.
_ALL_PARTNERS = _Guarded(_ALL_PARTNERS_PATTERN, re.compile(
    r"\b(?:all|every\w*|most|across|each|universal|global\w*|worldwide|foreign|abroad|other|"
    r"rest|imported|trading|countries|any|rates)\b", re.I))
_GOODS = (r"(?:goods|products|exports|imports|items|shipments|merchandise|product lines|"
          r"tariff lines)")
_GOODS_NOUN = re.compile(rf"\b{_GOODS}\b", re.I)
# (not "Coffee and beef ... were not exempted and will face the full 50% rate")
_EXEMPT = re.compile(r"(?<!\bnot )(?<!n't )(?<!\bnever )"
                     r"\b(?:exempt\w*|spared|spares|sparing|excluded|exclusions?|exceptions?|"
                     r"outside the\s+(?:[\w-]+\s+){1,2}sectors?)\b", re.I)
_REASON = re.compile(
    r"\b(?:over|because of|due to|in response to|in retaliation for|as (?:a )?punishment for|"
    r"as a penalty for|penaliz\w+|punish\w+|"
    r"citing|for (?:buying|purchasing|importing|its purchases|their purchases)|"
    # "countries buying sanctioned Russian oil could face ...": who, not what, is taxed
    r"(?:countries|nations|buyers)\s+(?:that\s+|which\s+)?(?:buy|buying|purchase|purchasing|"
    r"import|importing)|"
    r"for\s+(?:[\w.]+['’]s\s+)?(?:continued\s+)?(?:purchases|buying|imports)\s+of|"
    # the news around the rate: "as chip threat looms", "amid fears for drugmakers"
    r"amid|as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:threats?|fears?|worries|concerns?|"
    r"probes?|investigations?)|"
    # what a speaker adds: '"Twenty percent is a temporary rate," Lai said, adding that
    # Taipei hoped to secure better terms, particularly for its semiconductor industry'
    r"(?<=, )adding that[^%\d]*?(?=[.!?\"”’']*\s*$)|"
    # what a partner buys besides: "has offered to raise purchases of U.S. liquefied
    # petroleum gas, crude oil, wheat and soybeans by $18 billion ..., and to cut import
    # duties on a range of American products to between 0 and 5 percent"
    r"(?:rais|increas|boost|expand|step\w* up)\w*\s+(?:its\s+|their\s+)?(?:purchases|imports|"
    r"buying)\s+of\s(?:[^;.%]|\.(?=\d)|(?<=[A-Z])\.)*?(?=,?\s+and\s+(?:to|will|would|cut|lower|remove|"
    r"eliminate|reduce|scrap)\b)|"
    # what the rate does: "..., giving Bangladeshi apparel makers a small edge"
    r"(?:giving|handing|lending)(?=[^,;.]*\b(?:edge|advantage|head start)\b))\b[^,;.]*",
    re.I,
)
_CONNECTOR = re.compile(
    r",?\s*\b(?:and|or|as well as|plus|while|whereas|but)\b|[,;:]", re.I
)
_COORDINATION = re.compile(r"\s*(?:,|,?\s*(?:and|or|to)|[-–])?\s*", re.I)
# "on Aug. 27", "on Friday": a day, not what the rate is on.
_DAY_WORD = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?\s*\d|"
             r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
             r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
# After the number: modifiers, the noun, then the preposition that opens its object.
_OBJECT_AFTER = re.compile(
    r"\s*(?:(?!(?:on|for|to|against|that|which|from|in|of|is|are|was|were|linked|tied|"
    r"related|due|owing)\b)"
    r"[\w.\"'“”’-]+\s+){0,3}?(?:" + _NOUN + r"\s+)?"
    r"(?:(?:(?:is|are|was|were|will be|would be)\s+(?:to be\s+)?)?(?:applied|imposed|levied|"
    r"charged)\s+(?:to|on)|on|against|for|covering|"
    # "The 15% ceiling will also apply to EU cars and car parts"
    r"(?:(?:will|would|also|now)\s+){0,2}(?:appl(?:y|ies)\s+to|covers?|extends?\s+to)|"
    # "the 25 percent levy that Washington has charged on Japanese cars"
    r"(?:that|which)\s+(?:[\w.’'-]+\s+){1,3}?(?:charg|impos|levi|lev(?=y)|put|plac|slap)"
    r"\w*\s+on|"
    # "the 25 percent tariff applied by the United States since 12 March on imports of steel"
    r"(?:applied|imposed|levied|charged)\s+by\s+(?:the\s+US|the\s+U\.S\.|the\s+United\s+"
    r"States|Washington)(?:\s+(?:since|from|in)\s+(?:\w+\s+){0,2}?\w+)?\s+on|"
    # "The 25% tariffs the US placed on steel and aluminium in March"
    r"(?:the\s+US|the\s+U\.S\.|the\s+United\s+States|Washington|Trump)\s+(?:has\s+|had\s+)?"
    r"(?:charg|impos|levi|put|plac|slap)\w*\s+on|"
    # "to limit to 15 per cent any tariffs it may introduce on Swiss pharmaceuticals"
    r"(?:it|they|Washington)\s+(?:may|might|will|would|could)\s+(?:later\s+)?"
    r"(?:introduce|impose|apply|levy|put|place)\s+on|"
    # (not "a duty of 10 per cent on entry into the United States": where it is charged)
    r"to(?=\s+(?:the|all|most|imports|goods)\b))\s+(?!top\b|(?:entry|arrival|entering|"
    # (nor "for now", "for the time being": how long, not what)
    r"arriving|now|good|the\s+time\s+being|the\s+moment)\b|" + _DAY_WORD + r")",
    re.I,
)
# "EU tariffs on American", "Canada's duties on U.S.": another country's tariffs on the goods
# named next.
_OTHERS_TARIFFS_ON = re.compile(r"\b(?-i:[A-Z])[\w.]*(?:['’]s)?\s+(?:own\s+)?(?:[\w-]+\s+)?"
                                r"(?:tariffs|duties|levies|tariff|duty|levy)\s+on\s+"
                                r"(?:imports\s+from\s+|all\s+)?(?:the\s+)?$", re.I)
_ANOTHER_TARIFF = re.compile(r"\bwith\s+(?:\w+\s+){0,2}?" + _NOUN + r"\s+of\s+", re.I)
_OBJECT_BEFORE = re.compile(r"\b" + _NOUN + r"\s+(?:on|against)\s+(?!top\b)", re.I)
_LEADS_TO_RATE = re.compile(
    # ("U.S. tariffs on China total 145%")
    r"\b(?:to|at|of|from|totals?|total(?:l)?ing|total(?:l)?ed|reach(?:es|ed)?|"
    # ("its effective tariff on U.S. imports is just 0.79 percent")
    r"(?:is|are|was|were)(?:\s+(?:just|only))?)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$", re.I
)
_OBJECT_END = re.compile(
    r"[;:!?]|(?<!\b[A-Z])\.(?!\w)|,(?!\s*(?:(?:and|or)\s+)?(?:including|such as|as well as|"
    # (the list goes on through modified goods: ", large-engine cars and pickup trucks")
    r"notably|(?:(?:(?!which|that|who|whose|where|while|but|spar|except|exclud|exempt|not\b|"
    r"with)[a-z][\w-]*\s+){0,2}"
    # (or through one more item to "and other" goods of a sector: "engines, transmissions
    # and other auto parts")
    r"|[a-z][\w-]*\s+(?:and|or)\s+other\s+(?:[\w-]+\s+)??)"
    + SECTOR_WORDS + r")\b)|\s(?=and\s)"
    r"|\s(?=(?:which|that|who|while|whereas|starting|beginning|effective|until|since|after|"
    r"if|when|but|because|over|due|under|as(?!\s+well\s+as)|to|by|with|amid|despite|"
    r"following|before|unless|in(?!cluding)|at|than|for|from|is|are|was|were|will|would|"
    r"could|has|have|had|remains?|took|takes|already|levied|imposed|applied|charged)\b)"
    r"|\sworth(?=\s+(?:[$€£¥]|\d|about|around|some|nearly|more|an))",
    re.I,
)
_ACTOR_VERB = re.compile(
    # "Mexico's government proposed", "China's finance ministry said it will raise"
    r"^(?:['’]s\s+(?:government|administration|cabinet|(?:\w+\s+)?ministry|senate|congress|"
    r"parliament|customs(?:\s+\w+)?)\b)?"
    r"(?:,[^,]{0,50},)?\s+(?:(?:will|would|has|have|had|is|are|was|were|also|likewise|then|"
    r"now|again|already|further|still|itself|said|says|it|to|plans?|on|in|\w+day|\w+ly|"
    r"ask\w*|urg\w*|Congress|lawmakers|parliament|wants?|seeks?|sought|decided|voted|agreed|"
    # "and Thailand pledged to scrap duties on about 99 percent of American products"
    r"pledg\w*|promis\w*|vow\w*|commit\w*|offer\w*|intends?|intended|"
    r"last|this|next|week|month|its|their|late|early|not|"
    # "Brussels has since October charged countervailing duties on Chinese-built cars"
    r"since|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|"
    # "Mexico's Congress is weighing a government proposal to raise ..."
    r"weigh\w*|consider\w*|debat\w*|mull\w*|studying|a|an|government|proposal|plan|bill)\s+)"
    r"{0,7}?"
    r"(?:impos\w*|slap\w*|lev(?:y|ies|ied)|rais\w*|lower\w*|cut|cuts|cutting|propos\w*|"
    r"retaliat\w*|hit(?:s|ting)? back|respond\w*|answer\w*|add(?:s|ed)?|appl(?:y|ies|ied)|"
    r"(?:maintain\w*|keep\w*|kept|retain\w*)(?=\s+(?:its|their|extra|additional|"
    r"retaliatory)\b|\s+an?\s+[^.;]{0,50}\bon\s+(?:all\s+)?(?:U\.S\.|US|American|"
    r"the United States)\b)|"
    r"remov\w*|suspend\w*|set|sets|charg\w*|introduc\w*|doubl\w*|"
    # "Mexico's Senate approves tariffs of up to 50% on Chinese cars"
    r"(?:approv\w*|pass(?:es|ed)?)(?=\s+(?:new\s+|higher\s+)?(?:tariffs?|dut(?:y|ies)|"
    r"lev(?:y|ies))\b)|"
    # "China has put 100 percent tariffs on Canadian canola oil"
    r"put(?=\s+(?:an?\s+)?(?:[\w.-]+\s+){0,3}(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))\s+on\b)|"
    r"threaten\w*|extend\w*|lift\w*|scrap\w*|drop\w*|withdr\w*|announc\w*|froze|frozen|"
    r"freez\w*|shelv\w*|abolish\w*|eliminat\w*|waiv\w*|"
    # "Bangladesh will let American cotton in duty-free", "Switzerland will open tariff-free
    # quotas"
    r"(?:let|lets|letting|allow\w*|admit\w*|open|opens|opened|opening)"
    r"(?=\s+[^.;]{0,80}?\b(?:duty|tariff)[- ]free\b)|"
    # "Canada has a 100 percent surtax on Chinese electric vehicles": a measure it keeps
    r"(?:has|have|had)(?=\s+(?:an?\s+|its\s+own\s+|no\s+)(?:[\w.-]+\s+){0,3}(?:surtax|"
    # "Norway has no customs duties on industrial goods"
    r"surcharge|tariffs?|dut(?:y|ies)|lev(?:y|ies))\s+on\b))\b",
    re.I,
)
# A country's own tariffs: "Canada's counter-tariffs", "China's own duties", "China's levies
# on American products"; not "Canada's tariff on goods not covered by the USMCA", the
# tariff it faces.
_POSSESSIVE = re.compile(
    # (a rate may sit between: "Ottawa's own 25 per cent counter-tariffs")
    r"^['’]s\s+(?:(?:own\s+)(?:[\w.-]+\s+){0,4}(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|"
    r"counter-?tariffs?)|"
    r"(?:[\w.-]+\s+){0,4}(?:counter-?tariffs?|retaliation|countermeasures|retaliatory\s+\w+)|"
    r"(?:\w+\s+){0,2}(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))\s+(?:on|against)\s+(?:the\s+)?"
    r"(?:U\.S\.|US|American|United States|imports from)\b)",
    re.I,
)
_EXCEPTED = re.compile(r"\b(?:except|excluding|other than|apart from|but not)\s+(?:the\s+)?$",
                       re.I)
_VENUE = re.compile(r"\b(?:in|to|from|at)\s+(?:the\s+)?$", re.I)
_CONDITION = re.compile(r"\bif\s+(?:\w+\s+){0,2}$", re.I)


def _ends_with(pattern: re.Pattern[str], text: str, position: int, width: int = 60) -> bool:
    """Does ``pattern`` (anchored with $) match the words just before ``position``?"""
    return bool(pattern.search(text, max(0, position - width), position))

_KIND_CUES: list[tuple[TariffKind, re.Pattern[str]]] = [
    ("retaliatory", re.compile(r"retaliat|counter-?tariff|counter-?measure|in response", re.I)),
    ("baseline", re.compile(r"\bbaseline\b|\buniversal\b|across[- ]the[- ]board|\bblanket\b|"
                            r"\bminimum\b", re.I)),
    ("total", re.compile(r"\btotal\w*\b|\bin all\b|\bcombined\b|\bcumulative\b|\ball told\b|"
                         r"\boverall\b|\baltogether\b", re.I)),
    ("surcharge", re.compile(r"\badditional\b|\bextra\b|\bon top of\b|country-specific|"
                             r"\bsurcharge\b|\bplus\b|\bfurther\b|\banother\b|\bpenalty\b",
                             re.I)),
    # "a reciprocal trade agreement" names a deal, not a tariff's kind
    ("reciprocal", re.compile(r"\breciprocal\b(?!\s+(?:trade|(?:duty|tariff)[- ]free)\b)", re.I)),
]
# A US rate on a country's goods set in a letter, a deal or the April 2 announcement is
# that country's reciprocal rate.
_RECIPROCAL_SOURCE = re.compile(
    r"\b(?:letters?|deal|agreement|April 2|Liberation Day|country-specific)\b", re.I
)
_AGREEMENT_NAME = re.compile(r"[A-Z][\w.]*-[A-Z][\w.-]*\s+(?:Trade\s+)?Agreement\b")


# Articles about the reciprocal regime: a US rate on a country's goods in general is that
# country's reciprocal rate there, and one on all partners the baseline.
_REGIME = re.compile(
    r"\b(?:reciprocal|baseline|letters?|deals?|agreements?|pacts?|framework|joint statement|"
    r"April 2|Liberation Day)\b", re.I)
# A rate with another basis than the reciprocal regime.
_OTHER_BASIS = re.compile(
    r"\b(?:fentanyl|migra\w+|border|transship\w*|USMCA|CUSMA|NAFTA|free trade agreement|"
    r"first term|Section 301)\b", re.I)
# The ordinary duty (regular, standard, most-favoured-nation) or a trade remedy
# (anti-dumping, countervailing) beneath the 2025 measures.
_ORDINARY_DUTY = re.compile(
    r"\b(?:regular|standard|normal|ordinary|MFN|most-favou?red-nation|anti-?dumping|average|"
    r"countervailing)\b", re.I)


def _set_by_letter_or_deal(text: str) -> bool:
    """Does the sentence tie its rates to a letter, a deal or the April 2 announcement?
    (Not to a deal that failed, nor to an agreement's name, "U.S.-Mexico-Canada
    Agreement".)"""
    names = [m.span() for m in _AGREEMENT_NAME.finditer(text)]
    for match in _RECIPROCAL_SOURCE.finditer(text):
        if any(a <= match.start() < b for a, b in names):
            continue
        if _NEGATED.search(text, max(0, match.start() - 40), match.start()):
            continue
        return True
    return False
_TOTAL_AFTER = re.compile(
    r"^\s*(?:in all|all told|altogether|in total|combined)\b"
    r"|^[^.;%]{0,50}?\b(?:combines|comprises|consists of|(?:is|are) made up of)\b", re.I)
# "X on top of the 20%": the rate after "on top of" is the base, not the add-on.
_BASE_BEFORE = re.compile(r"\bon top of\s+(?:the\s+|a\s+|an\s+|its\s+)?$", re.I)

_NEGATED = re.compile(r"\b(?:not|no|never|without|fail(?:ed|s)? to)\b(?:\s+\w+){0,3}\s*$|"
                      r"n't\s+(?:\w+\s+)?$", re.I)
_STATUS_CUES: list[tuple[str, re.Pattern[str]]] = [
    # What someone announced would happen is announced, not threatened.
    ("announced!!", re.compile(r"\bannounced\s+(?:that\s+)?[^.;]{0,80}\bwould (?:face|be)\b",
                               re.I)),
    ("lifted", re.compile(r"\b(?:lift(?:ed|s|ing)?|scrap(?:ped|s|ping)?|eliminat\w*|"
                          r"repeal\w*|revok\w*|withdr[ae]w\w*|dropp(?:ed)? the|"
                          r"remov(?:e|es|ed|ing))\b", re.I)),
    ("paused", re.compile(r"\b(?:paus\w*|suspend\w*|suspension|delay\w*|postpon\w*|"
                          r"hold off|on hold|\d+-day (?:truce|reprieve|pause)|"
                          r"exempt(?:ed|s|ing))\b", re.I)),
    ("threatened", re.compile(r"\b(?:threat\w*|warn\w*|could (?:face|impose|rise|hit|raise|"
                              r"be|see|climb|go)|vow\w*|promis\w*|may face|might face|"
                              r"would (?:answer|retaliate|respond|hit back))\b",
                              re.I)),
    # "would face" is a threat, unless a start date is set: "would face 25% from Aug 1".
    ("threatened?", re.compile(r"\bwould face\b", re.I)),
    ("proposed", re.compile(r"\b(?:propos\w*|consider\w*|weigh\w*(?!\s+on\b)|mull\w*|float\w*|"
                            r"ask(?:s|ed|ing)?\s+(?:its\s+|the\s+)?(?:Congress|parliament|"
                            r"lawmakers|legislators|legislature)\s+to|"
                            r"draft\w*|seek\w*|plans? to|planning to|offer\w*|ready to|"
                            r"willing to)\b", re.I)),
    ("in_effect!", re.compile(r"\b(?:(?:is|are) (?:now |still )?in (?:effect|force|place)|"
                              r"remains?|remained|remaining|stays?|stayed|continues? to|"
                              r"continued to|still(?!\s+(?:set|due|scheduled|expected|slated|"
                              r"planned|to)\b)|currently|keeps?|kept|retain\w*|maintain\w*|"
                              r"unchanged|will not change|now stands|for now|"
                              r"effective immediately|with immediate effect|"
                              r"(?:takes|took) effect immediately)\b", re.I)),
    ("agreed", re.compile(r"\b(?:agree\w*|deal|agreement|accord|pact|joint statement|"
                          r"settle\w*|negotiated|framework)\b", re.I)),
    ("announced!", re.compile(r"\b(?:will (?!not\b|continue\b|remain\b|stay\b|keep\b|"
                              r"maintain\b|retain\b)\w+|"
                              r"would (?:impose|slap|raise|lower|cut|put|levy|charge|apply|"
                              r"add|hit|set|begin|start|take effect)|(?:is|are) to be|"
                              r"(?:is|are) set to|set to|"
                              r"due to|scheduled|slated)\b", re.I)),
    # in effect: a state ("already in place") ...
    ("in_effect", re.compile(r"\b(?:in effect|in force|in place|took effect|existing|current)\b",
                             re.I)),
    # ... or what goods bear ("faces", "imposed")
    ("in_effect~", re.compile(r"\b(?:has been hit|have been hit|hit with|faces|facing|face|"
                              r"faced|now pay\w*|are paying|is paying|pay|pays|paid|imposed|"
                              r"affected by|subject to|levied|charged|applies|applied)\b",
                              re.I)),
    ("announced", re.compile(r"\b(?:announc\w*|will|to impose|takes? effect|signed|unveil\w*|"
                             r"ordered|kicks? in|to take effect)\b", re.I)),
]
_CAP = re.compile(r"(?:no more than|not more than|at most|capped at|ceiling of|cap of|"
                  r"maximum of)\s+(?:about\s+|around\s+)?$", re.I)
_CAP_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:ceiling|cap)\b", re.I)

_EFFECT_CUE = re.compile(
    r"\b(?:effective|from|starting|beginning|as of|since|takes? effect|took effect|taking effect|"
    r"go(?:es)? into effect|went into effect|comes? into force|came into force|kicks? in|"
    r"kicked in|effect on|effect from|due to start|set to start|"
    r"(?:will|would|to|shall)\s+(?:begin|start)|begins|starts|started|began|"
    # "retroactive to Nov 1", "backdated to Aug. 1"
    r"retroactive(?:ly)?\s+(?:to|from)|backdated\s+(?:to|from)|"
    # "backdating the cut to Nov 1", "are due on March 12"
    r"backdating\s+(?:[\w-]+\s+){0,3}?to|due\s+on|(?:announced|set|scheduled|"
    r"planned|slated|due|threatened|proposed) for|(?:impose|apply|charge|raise)\w*\s+(?:it\s+)?on|"
    r"(?:pushed back|delayed|postponed|moved|extended)\b[^.;]{0,80}\bto)"
    # (at an hour: "at 12:01 a.m.", "at 5.01am BST", "since 06:01 Norwegian time on")
    r"(?:\s+(?:at\s+)?[\d:.]+\s*(?:a\.m\.|p\.m\.|am|pm)?(?:\s+(?:[A-Z]{2,4}|[A-Z][a-z]+\s+time|"
    r"local\s+time))?)?\s*(?:on\s+)?$",
    re.I,
)
_EFFECT_VERB = re.compile(
    r"\b(?:take|takes|taking|took|come|comes|came|go|goes|went)\s+(?:into\s+)?(?:effect|force)"
    r"|\bappl(?:y|ied|ies)\b|\bstart\w*|\bkicks? in\b",
    re.I,
)
_OPENING_DATE = re.compile(r"(?:From|Starting|Beginning|Effective|As of)\s+[^,;%]{3,30},")
_NOT_EFFECT = re.compile(r"\b(?:not|never|n't|failed to)\s+(?:\w+\s+)?(?:take|go|come)\s+"
                         r"(?:into\s+)?(?:effect|force)\s+(?:on\s+)?$", re.I)
_IMMEDIATE = re.compile(r"\b(?:effective immediately|with immediate effect|immediately)\b",
                        re.I)
_PAST = re.compile(
    r"\b(?:took|went|came|kicked|raised|imposed|doubled|lowered|cut|began|started|was|were|"
    r"had|since|has|have)\b",
    re.I,
)
_FUTURE = re.compile(r"\b(?:will|would|to take|takes|is to|are to|due to|set to|starting|"
                     r"from next|to (?:impose|start|begin|raise|apply|charge|kick))\b", re.I)
_CHANGE_VERB = re.compile(
    r"\b(?:cut|cuts|lower\w*|reduc\w*|fall\w*|fell|drop\w*|rais\w*|increas\w*|hik\w*|"
    r"boost\w*|slash\w*|trim\w*|eas\w*|rise|rises|rose|lift\w*|bump\w*|go(?:es)? up|halv\w*|"
    r"come down|decline\w*)\b",
    re.I,
)
_MULTIPLIERS = {"doubl": 2.0, "tripl": 3.0, "halv": 0.5}
_FROM_PREVIOUS = (r"from\s+(?:the\s+|its\s+|a\s+)?(?:current\s+|previous\s+|existing\s+|prior\s+|"
                  r"old\s+|earlier\s+|present\s+|as\s+(?:much|high)\s+as\s+)?")
# "instead of the 25%", "replacing the 10% baseline": the rate it replaces; a bare
# "a 40% rate instead of 20%" names an alternative, not a change.
_INSTEAD = (r"\b(?:instead of|in place of|replacing|replaces|replaced)\s+(?:the\s+|its\s+|a\s+)"
            r"(?:current\s+|previous\s+|existing\s+|prior\s+|old\s+)?")
# "down two percentage points from the 17-percent rate": the change's size, then its start.
_POINTS = r"(?:(?:by\s+)?[\w.-]+\s+(?:percentage\s+)?points?\s+)?"
_HYPHEN_RANGE = re.compile(r"(?<![\w.,$€£-])(?P<number>\d{1,3}(?:\.\d+)?)\s*[-–]\s*$")
_SHARED_UNIT = re.compile(
    r"\b(?:between|from|of)\s+(?P<number>\d{1,3}(?:\.\d+)?)\s+(?:and|to|or)\s+$"
    # "a rate close to the 19 and 20 per cent that Indonesia and Vietnam pay"
    r"|\b(?:the|at|pay|pays|paid|face|faces|charged)\s+(?P<pair>\d{1,3}(?:\.\d+)?)\s+and\s+$",
    re.I
)
_ON_SHARE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:tariffs?|duties|levies)\s+on\s+(?:more than\s+|"
                       r"about\s+|approximately\s+|nearly\s+|almost\s+|some\s+|over\s+)?"
                       r"\d[\d.,]*\s*(?:%|percent|per cent)\s+of\b", re.I)
_NO_TARIFF = re.compile(
    r"\b(?:pay|pays|paying|paid|owe|owes|owing|face|faces|facing|with|carry|carries|attract|"
    # "Peru charges no tariffs on almost all American goods"
    r"attracts|charges|charge|charging|levies|levy|applies|applied)\s+"
    r"(?P<zero>no\s+(?:(?:reciprocal|additional|extra|import|customs|new|U\.S\.|US)\s+)?"
    r"(?:tariffs?|duty|duties)(?:\s+at\s+all)?)\b"
    # "Switzerland has not levied any tariffs on industrial goods since 1 January 2024"
    r"|\b(?:has|have|had)\s+not\s+(?P<none>(?:levied|charged)\s+any\s+(?:customs\s+|import\s+)?"
    r"(?:tariffs|duties))\s+on\b"
    # "Australia has no tariffs on American goods"
    r"|\b(?:has|have)\s+(?P<has>no\s+(?:customs\s+|import\s+)?(?:tariffs|duties))\s+on\b", re.I)
_DUTY_FREE = re.compile(r"\b(?:duty|tariff)[- ]free\b(?![- ](?:[\w-]+\s+){0,3}?(?:quotas?|access|"
                        r"treatment|shops?|allowance))|"
                        r"\bfree of (?:customs\s+)?(?:tariffs|duties)\b|"
                        # "Colombian coffee is now free of the reciprocal levy"
                        r"\bfree of (?:the|its|any|all|those)\s+(?:[a-z-]+\s+){0,2}?"
                        r"(?:tariffs?|duty|duties|levy|levies)\b|"
                        # "coffee and pepper now enter free"
                        r"\b(?:enter|enters|entered|entering)\s+free\b(?![- ]trade)", re.I)
# "tariff-free quotas for 500 tonnes of US beef", "tariff-free access to the US for 13,000
# tonnes of British beef": read up to "for", so that the goods after it are the object
_MUTUAL_BEFORE = re.compile(r"\breciprocal\s+$", re.I)


def _mutual_start(segment: str, at: int) -> int:
    """Where a zero read at ``at`` starts: at "reciprocal" in "a reciprocal tariff-free quota",
    so that the word is the zero's own and not a kind cue before it."""
    mutual = _MUTUAL_BEFORE.search(segment, 0, at)
    return mutual.start() if mutual else at


_FREE_QUOTA = re.compile(r"\b(?:duty|tariff)[- ]free\s+(?:quotas?|access)\b"
                         r"(?:\s+(?:to|into)\s+(?:the\s+)?(?-i:[A-Z])[\w.]*"
                         r"(?:\s+(?-i:[A-Z])[\w.]*)?(?:\s+market)?)?"
                         r"(?:\s+of\s+[\d,.]+\s+(?:(?:million|billion)\s+)?(?:metric\s+)?"
                         r"(?:tonnes|litres|liters|gallons|barrels))?"
                         # ("a tariff-free quota of 13,000 tonnes of beef": read through "of";
                         # "beef farmers will each gain a reciprocal tariff-free quota of 13,000
                         # tonnes, and ...": the goods were named before)
                         r"(?:(?=\s+for\b)|(?<=s)\s+of\b|(?<=tonnes)(?=\s*[,;.]))", re.I)
# Duty-free trade under the North American pact (USMCA, or "the pact" / "trade pact", which
# in this news is mostly it: the goods that qualify are no news; goods that enter a country
# duty-free under a free trade agreement pay zero, as the gold reads them: 13 facts against
# 1), a share of trade, what may enter inside a quota or the volumes of a safeguard is no
# new rate (goods a deal lets in tariff-free within a quota pay zero, as the gold reads them).
_NOT_DUTY_FREE = re.compile(r"\b(?:USMCA|CUSMA|T-MEC|trade pact|"
                            r"Canada-U\.?S\.?-Mexico|Canada-United States-Mexico|"
                            r"United States-Mexico-Canada|U\.?S\.?-Mexico-Canada|the pact|"
                            r"(?<!\bin )volumes?|safeguards?|"
                            r"(?:inside|within) the (?:[\w-]+ )?quotas?|"
                            r"push\w* for|seek\w*|ask\w* for|lobby\w*|would like)\b|"
                            r"\d\s*(?:%|percent|per cent) of\b", re.I)
# "99% of goods from the United States already enter Switzerland duty-free": the share of
# American goods a partner lets in free says it charges them nothing (the gold's reading in
# four cases of four), unlike the share of its own goods that enter the United States free.
_AMERICAN_SHARE = re.compile(
    r"\d\s*(?:%|percent|per cent) of (?:all\s+)?(?:(?:goods|products|imports|exports)\s+"
    r"(?:from|imported from)\s+the\s+(?:United States|U\.S\.|US)|(?:American|U\.S\.|US)\s+"
    r"(?:goods|products|exports|imports))\s+(?:already\s+|now\s+)?enter\w*\s+"
    r"(?!the\s+(?:United States|U\.S\.|US)\b|America\b|the\s+American\b)[A-Z]")


def _farm_volume(text: str) -> bool:
    """"British beef farmers will be able to export 13,000 tonnes a year to the US
    tariff-free, and US beef producers will get tariff-free access to the UK for the same
    volume": farm goods let in free up to a volume pay zero (the gold's reading), though
    a volume otherwise says no new rate."""
    matches = [m.group(0).lower() for m in _NOT_DUTY_FREE.finditer(text)]
    sectors = {sector for sector, _, _ in find_sectors(text)}
    return bool(sectors) and sectors <= {"agriculture", "rice"} and all(
        m.startswith("volume") for m in matches)


_WHILE_AFTER = re.compile(r",\s+(?:while|whereas)\b", re.I)
_PAY_NOTHING = re.compile(r"\b(?:pay|pays|paying|owe|owes)\s+nothing\b(?!\s+(?:extra|more|"
                          r"additional|further|on top))", re.I)
_HEARSAY = re.compile(r"\bClaim\b|\bsays (?:he|she)\b")
_ZERO = re.compile(r"(?<=\bto )zero\b|\bzero(?=[\"”’']?(?:-|\s)"
                   r"(?:(?:U\.S\.|US|American|import)\s+)?(?:tariffs?|duty|duties)\b)|"
                   # "palm oil, cocoa and rubber will enter the U.S. at a zero rate"
                   r"(?<=\bat a )zero(?=\s+rate\b)|"
                   # "Manila's version is narrower: zero on American cars"
                   r"(?<=: )zero(?=\s+on\s+(?:U\.S\.|US|American|(?-i:[A-Z])\w+)\s)|"
                   # "at a tariff of zero", "a reciprocal rate of zero", "the ordinary US
                   # customs duty ... remains zero" ("zero per cent" is a percentage already)
                   r"(?:(?<=\btariff of )|(?<=\bduty of )|(?<=\brate of )|(?<=\blevy of )|"
                   r"(?<=\bis )|(?<=\bare )|(?<=\bremains )|(?<=\bstays )|"
                   r"(?<=\bwas )|"
                   # "palm oil, cocoa and rubber will be charged zero"
                   r"(?<=\bcharged )|(?<=\bpay )|(?<=\bpays ))zero\b"
                   r"(?!\s*(?:%|percent\b|per\s+cent\b|[\w-]+\s+(?:on|in|for)\b))", re.I)


@dataclass
class _Reading:
    """One rate (with its previous rate, if a change) and the span of its context."""

    rate: float
    previous: float | None
    first: Percent
    last: Percent
    before: int = 0
    after: int = 0
    tail: int = -1  # where the words after the rate start (after coordinated partners)
    position: int = 0  # its place among the rates coordinated with it ("19% and 20%")
    peers: int = 1  # how many rates are coordinated with it, itself included
    lead: int = -1  # where the first rate coordinated with it starts
    echo: bool = False  # the previous rate of the reading before, read as a fact of its own


_GROUP_BREAK = re.compile(r",?\s+as well as\s+|;\s*", re.I)


def _goods_groups(text: str) -> list[list[str]]:
    """The sectors of ``text`` in groups split at "as well as" or a semicolon."""
    groups: list[list[str]] = []
    start = 0
    for cut in [*(m.start() for m in _GROUP_BREAK.finditer(text)), len(text)]:
        found = list(dict.fromkeys(s for s, _, _ in find_sectors(text[start:cut])))
        if found:
            groups.append(found)
        start = cut
    return groups


_BOTH_IN_OBJECT = re.compile(r"\b(?:from|of)\s+(?:both|the two)\s+(?:countries|nations)\b",
                             re.I)
_THE_FULL = re.compile(r"\bthe\s+full\s+$", re.I)
_LIST_ENTRY = re.compile(r"^\s*[-–•*]\s")


@dataclass
class _Article:
    """What the whole article tells the reading of each sentence."""

    regime: bool = False  # it speaks of the reciprocal regime (deals, letters, baseline)
    settled: set[TariffMention] = field(default_factory=set)  # said to be in effect now
    defaulted: set[TariffMention] = field(default_factory=set)  # kind from no cue of its own
    # the partner that the last sentence naming countries said puts tariffs on US goods
    on_us: str | None = None
    # it has told of Mexico's tariffs on countries without a trade deal with it
    mexican_reform: bool = False
    # the countries the story first named as its targets ("imports from China and other Asian
    # countries that do not have trade agreements with Mexico")
    reform_targets: tuple[str, ...] = ()
    # the countries "those countries" of this sentence refers to: the sentence before's
    those: tuple[str, ...] = ()
    # the country "Its mills", opening this sentence, belong to: the sentence before's first
    its: str | None = None
    # the partner whose own import quotas the article tells of ("the European Commission
    # proposed to cut the EU's tariff-free steel quotas"), and the goods they are on
    quota_holder: str | None = None
    quota_sectors: tuple[str, ...] = ()
    # it names Canada and speaks of surtaxes, Ottawa's word for its own tariffs
    canadian_surtax: bool = False
    # (imposer, target) of a third country's tariff the sentence before told of ("Mexico's
    # government asked Congress to raise the tariff on cars imported from China"), until a
    # sentence names the United States
    third_party: tuple[str, str] | None = None


# "spared only Britain, which stays at 25%", "Britain alone pays 25%", "every other country
# has paid 50% ..., while British producers of both still pay 25%"
# ("..., with an exception for Britain, whose metals stay at 25%")
_ONE_SPARED = re.compile(r"\b(?:spared|spares|alone|only|every\s+other|all\s+other|"
                         r"(?:an\s+)?exception\s+for)\b", re.I)
_DOUBLING = re.compile(r"\bdoubl\w*|\bevery\s+other\s+country\b", re.I)
# "Japanese goods in general", "most other products", "all other imports": goods of every
# kind.
_GOODS_IN_GENERAL = re.compile(r"\b(?:goods|products|imports|exports)\s+in\s+general\b|"
                               r"\b(?:all|most|every)\s+other\s+(?:[\w-]+\s+)?"
                               r"(?:goods|products|imports|exports)\b", re.I)


# A partner's own import quotas: "the European Commission on Tuesday proposed to cut the EU's
# tariff-free steel quotas", "the EU safeguard", "Canada tightened its steel quotas"
# (not "Argentina's annual quota", "New Zealand's US quota": what the United States allows)
_HOLDS_QUOTA = re.compile(r"(?:['’]s\s+(?:own\s+)?(?:(?:tariff-free|duty-free|import)\s+"
                          r"(?:[\w-]+\s+){0,2}?quotas?|(?:[\w-]+\s+){0,2}?safeguards?)\b|"
                          r"\s+(?:safeguards?|quotas?)\b|"
                          r"\s+(?:[\w()]+\s+){0,8}?(?:proposed|proposes|plans?|wants?|moved|moves|"
                          r"announced|unveiled|set\s+out|tightened|tightens|introduced|applied|"
                          r"applies|imposed|imposes|will|would)"
                          r"\b[^.;]{0,60}?\b(?:quotas?|safeguards?)\b)")
# a rate on what goes past a quota: "out-of-quota duty", "shipments above the quotas",
# "charge 50pc on anything above them", "steel shipped beyond the volume allocated"
_OUT_OF_QUOTA = re.compile(r"\bout-of-quota\b|\b(?:above|beyond|over|exceeding|outside)\s+"
                           r"(?:(?:the|their|its|those|these|that|a|them\b)\s*)?(?:[\w-]+\s+){0,2}?"
                           r"(?:quotas?|allocations?|volumes?|them)\b|\banything\s+above\s+them\b",
                           re.I)


def _quota_holder(text: str) -> str | None:
    """The one partner (not the United States) a sentence says keeps import quotas of its
    own, as their subject or owner."""
    holders = {ref.code for ref in find_countries(text)
               if ref.code != "US" and ref.named_as != "demonym"
               and _HOLDS_QUOTA.match(text, ref.end)}
    return holders.pop() if len(holders) == 1 else None


def _out_of_quota(text: str, found: list[TariffMention],
                  article: _Article) -> list[TariffMention]:
    """"Imports above the quotas will be charged a duty of 50%" in a story on the EU's steel
    quotas: the holder's rate on all partners (or on the one whose goods the clause names:
    "Korean steel shipped beyond the volume allocated to our country would be charged 50%"),
    on the quotas' goods."""
    holder = article.quota_holder
    if holder is None:
        return found
    at = [clause_at(text, m.start()) for m in _OUT_OF_QUOTA.finditer(text)]
    percents = find_percents(text)
    inside = {p.value for p in percents if any(a <= p.start < b for a, b in at)}
    # (a rate said again outside the quota's clause keeps its reading for a third country:
    # "... raise the tariff on volumes exceeding the quota to 50%, ... our country's steel
    # industry, already hit by a 50% tariff in the United States")
    outside = {p.value for p in percents if not any(a <= p.start < b for a, b in at)}
    read = []
    for m in found:
        third = m.target not in ("US", "*", holder) and m.imposer == "US"
        if m.rate_pct not in inside or m.imposer not in ("US", holder) or m.rate_pct == 0 \
                or (third and m.rate_pct in outside):
            read.append(m)
            continue
        target = m.target if third else "*"
        sectors: list[str | None] = [m.sector] if m.sector else [
            *article.quota_sectors] or [None]
        read += [replace(m, imposer=holder, target=target, sector=sector,
                         kind="sectoral" if sector else m.kind) for sector in sectors]
    return read


def _spared_metals(text: str, found: list[TariffMention], previous: list[TariffMention],
                   prior: str) -> dict[TariffMention, list[str]]:
    """The rate of the one country a doubling of the metals tariffs spared, with no goods
    named ("Trump doubled tariffs on imported steel and aluminum to 50%, a move that ...
    spared only Britain, which stays at 25%"; "... doubled the 25% rate. Britain alone pays
    25%."): the same metals at that country's rate."""
    if not (_ONE_SPARED.search(text) and (_DOUBLING.search(text) or _DOUBLING.search(prior))):
        return {}
    if _GOODS_IN_GENERAL.search(text):
        # ("..., and Japanese goods in general were assigned a 24 percent rate, though they
        # pay only the 10 percent baseline": goods of every kind, not the metals)
        return {}
    metal = [m for m in [*found, *previous] if m.sector in ("steel", "aluminum")]
    if not metal:
        return {}
    sectors = list(dict.fromkeys(m.sector for m in metal if m.sector))
    rates = {m.rate_pct for m in metal}
    return {m: sectors for m in found
            if m.sector is None and m.imposer == "US" and m.target not in ("*", "US")
            and m.kind != "baseline" and m.rate_pct not in rates and m.rate_pct > 0}


def extract_tariffs(
    sentences: list[Sentence], published: date | None, default_partner: str | None,
    title: str | None = None,
) -> list[TariffMention]:
    _sentence_cues.cache_clear()  # one article's sentences at a time
    _modifiers.cache_clear()
    mentions: list[TariffMention] = []
    # "rate", "ceiling" and "cap" name a tariff only in an article that speaks of tariffs.
    whole = "\n".join(s.text for s in sentences)
    tariff_article = bool(TARIFF_WORD.search(whole) or (title and TARIFF_WORD.search(title)))
    # An article about the reciprocal regime reads country and all-partner rates in it.
    article = _Article(regime=bool(_REGIME.search(whole)), canadian_surtax="surtax" in whole
                       and any(c.code == "CA" for c in find_countries(whole)))
    previous: list[TariffMention] = []  # the rates of the sentence before
    prior_text = ""  # that sentence, if it spoke of tariffs
    before = ""  # the sentence before, whatever it spoke of
    two_before = ""  # and the one before it
    list_head: str | None = None  # the country a list's head gives its entries
    for sentence in sentences:
        # "The following Section 232 tariffs continue to apply to South African exports:" then
        # "- steel and aluminium products, ...: 50 per cent.": each entry's rate is on the
        # country the head names
        head_of = list_head if _LIST_ENTRY.match(sentence.text) else None
        list_head = head_of
        if sentence.text.rstrip().endswith(":") and TARIFF_WORD.search(sentence.text):
            named = {c.code for c in find_countries(sentence.text) if c.code != "US"}
            list_head = named.pop() if len(named) == 1 else None
        # the sectors the sentence before opened on ("Steel and aluminium remain the main
        # open issue.")
        prior = before
        subject = _SECTOR_SUBJECT.match(before)
        prior_sectors = [sector for sector, _, _ in find_sectors(before)] \
            if subject and not find_percents(before) else []
        # ("British steel and aluminium were left out. They will stay at 25%": whose goods)
        prior_makers = list(dict.fromkeys(
            c.code for c in find_countries(before[:subject.end()])
            if c.code != "US")) if subject and prior_sectors else []
        # (or of the sentence before that, when the one between names no country: "...
        # Thai Prime Minister Anutin and Cambodian Prime Minister Hun Manet ... He did not
        # say whether he would use tariffs again. Both countries currently pay 19 percent")
        article.those = _those_countries(sentence.text, before) or (
            _those_countries(sentence.text, two_before) if not _partners_named(before) else ())
        article.its = _its_country(sentence.text, before)
        two_before, before = before, sentence.text
        _update_on_us(sentence.text, default_partner, article)
        if not article.mexican_reform and _NO_TRADE_DEAL.search(sentence.text) and (
                default_partner == "MX" or "Mexic" in sentence.text):
            article.mexican_reform = True
            article.reform_targets = tuple(dict.fromkeys(
                c.code for c in find_countries(sentence.text) if c.code not in ("MX", "US")))
        if not _about_tariffs(sentence.text, tariff_article):
            previous, prior_text = [], ""
            continue
        found: dict[tuple[object, ...], TariffMention] = {}
        for mention in _sentence_tariffs(sentence, published, default_partner, mentions,
                                         article):
            key = (*mention.layer, mention.rate_pct, mention.previous_rate_pct)
            found.setdefault(key, mention)
        stated = list(found.values())
        found = _removed_to_zero(sentence.text, found)
        if head_of:
            found = _by_key([replace(m, target=head_of) if m.imposer == "US" and m.target == "*"
                             else m for m in found.values()])
        if prior_sectors and _THEY.match(sentence.text):
            # "Steel and aluminium are another story. They stay at 50%": the goods the
            # sentence before opened on
            found = {(*k, sector): replace(m, sector=sector, kind="sectoral")
                     for k, m in found.items() if m.sector is None and m.imposer == "US"
                     for sector in prior_sectors} | {
                k: m for k, m in found.items() if not (m.sector is None and m.imposer == "US")}
            rates = find_percents(sentence.text)
            if len(prior_makers) == 1 and rates:
                # (the rate they stay at, not "rather than the 50% imposed on imports from
                # most other countries" after it)
                found = _by_key([replace(m, target=prior_makers[0])
                                 if m.imposer == "US" and m.target == "*" and m.sector in
                                 prior_sectors and m.rate_pct == rates[0].value else m
                                 for m in found.values()])
        metals = [sector for sector, _, _ in find_sectors(prior)
                  if sector in ("steel", "aluminum", "copper")] \
            if _THE_METAL.search(sentence.text) else []
        if metals:
            # "The UAE is the largest Gulf supplier of aluminium ... Emirati and Bahraini metal
            # has paid 50 per cent": the metal of the sentence before
            found = {(*k, sector): replace(m, sector=sector, kind="sectoral")
                     for k, m in found.items() if m.sector is None and m.imposer == "US"
                     for sector in dict.fromkeys(metals)} | {
                k: m for k, m in found.items() if not (m.sector is None and m.imposer == "US")}
        spared = _spared_metals(sentence.text, list(found.values()), previous, prior)
        if spared:
            # "Trump doubled tariffs on imported steel and aluminum to 50%, a move that ...
            # spared only Britain, which stays at 25%", "Britain alone pays 25%" after the
            # doubling: the one country's rate on the same metals
            found = {(*k, sector): replace(m, sector=sector, kind="sectoral")
                     for k, m in found.items() if m in spared for sector in spared[m]} | {
                k: m for k, m in found.items() if m not in spared}
        named_again = _THESE_PRODUCTS.search(sentence.text)
        # (the goods of a proclamation: the last ones the article named)
        these = list(dict.fromkeys(m.sector for m in (
            _last_sectored(mentions) if named_again and named_again.group("covered")
            else previous) if m.sector)) if named_again else []
        if these and not find_sectors(sentence.text):
            # "... the tariff on kitchen cabinets will rise to 50%. Imports of these products
            # from the United Kingdom will be subject to a tariff of 10%": the goods before
            found = {(*k, sector): replace(m, sector=sector, kind="sectoral")
                     for k, m in found.items() if m.sector is None for sector in these} | {
                k: m for k, m in found.items() if m.sector is not None}
        # "The rate is down from the 36 percent threatened in July": the sentence before
        # gave the new rate (perhaps again: then its fact is an earlier one); this one
        # gives the rate it replaces.
        old_rate, old_sectors = _old_rate_of(sentence.text) if prior_text else (None, [])
        prior_rates = {p.value for p in find_percents(prior_text)} if old_rate is not None \
            else set()
        # ("For aluminum, the duty is up from 10 per cent": the old rate of those goods only)
        referents = [i for i, m in enumerate(mentions) if m.rate_pct in prior_rates
                     and (not previous or m in previous)
                     and (not old_sectors or m.sector in old_sectors)]
        if not referents:
            old_rate = None
        if old_rate is not None and all(mentions[i].previous_rate_pct in (None, old_rate)
                                        for i in referents):
            found = {k: m for k, m in found.items() if m.rate_pct != old_rate}
            for i in referents:
                mentions[i] = replace(mentions[i], previous_rate_pct=old_rate)
            previous = [mentions[i] for i in referents] if previous else []
        olds = _OLD_RATES.match(sentence.text) if found and previous else None
        if olds:
            # "Those rates are down from 145% and 125%, respectively, before the first round":
            # the old rates of the rates before, no facts of their own
            old_rates = [p.value for p in find_percents(
                sentence.text[olds.end():clause_at(sentence.text, olds.end())[1]])]
            found = {k: m for k, m in found.items() if m.rate_pct not in old_rates}
            if len(old_rates) == len(previous) and "respectively" in sentence.text and all(
                    m.previous_rate_pct is None for m in previous):
                previous = [replace(m, previous_rate_pct=old) for m, old in zip(
                    previous, old_rates, strict=True)]
                mentions[len(mentions) - len(previous):] = previous
        rate_covers = _RATE_COVERS.match(sentence.text) if previous else None
        same = rate_covers if found else None
        if same and re.search(r"\bsame\b", same.group(0), re.I):
            # "Malaysian products will continue to be taxed at 19 per cent .... The same rate
            # applies to Cambodian and Thai goods, while Vietnamese shipments pay 20 per cent":
            # the rate before, on the countries of the clause
            clause = _CLAUSE_BREAK.split(sentence.text[same.end():])[0]
            base = previous[0]
            if base.imposer == "US" and base.sector is None and base.target not in ("*", "US"):
                found.update(_by_key([
                    replace(base, target=ref.code, previous_rate_pct=None,
                            sentence=sentence.text, start=sentence.start, end=sentence.end)
                    for ref in find_countries(clause) if ref.code not in ("US", base.target)]))
        covers = rate_covers if not found else None
        if covers:
            # "The lower rate will cover auto parts as well": the rate before (the lowest, for
            # "the lower rate"), on those goods
            rate = min(previous, key=lambda m: m.rate_pct) if re.search(
                r"lower|reduced", covers.group(0), re.I) else previous[0]
            found = {(rate.imposer, rate.target, sector, rate.rate_pct): replace(
                rate, sector=sector, kind="sectoral", previous_rate_pct=None,
                sentence=sentence.text, start=sentence.start, end=sentence.end)
                for sector, _, _ in find_sectors(sentence.text[covers.end():])}
        found = _also_applies(sentence, found, mentions)
        if not found and previous:
            dated = _dated_after(sentence.text, previous, article.settled, published)
            mentions[len(mentions) - len(previous):] = dated
        found = _same_rate_again(sentence.text, found, previous)
        composed = _COMPOSED.match(sentence.text) if found else None
        if composed:
            # "The 27.5 percent combines the 25 percent tariff Trump imposed on all imported
            # cars with the 2.5 percent duty": the sum named before, not a rate on all
            total = find_percents(composed.group("rate"))[0].value
            found = {k: m for k, m in found.items()
                     if not (m.rate_pct == total and m.target == "*")}
        if found and previous:
            found = _by_key(_goes_on_retaliating(sentence.text, list(found.values()), previous))
        again = _THE_RATE_AGAIN.match(sentence.text) if found else None
        if again and not any(c.code != "US" for c in find_countries(sentence.text)) \
                and not _ALL_PARTNERS.search(sentence.text):
            # "The 15% ceiling will also cover cars and car parts" in a story that gave the
            # EU that ceiling: the rate named again is the same country's
            again_rate = find_percents(again.group(0))[0].value
            earlier = {m.target for m in mentions
                       if m.rate_pct == again_rate and m.imposer == "US" and m.target != "*"}
            if len(earlier) == 1:
                read = [replace(m, target=next(iter(earlier)))
                        if m.imposer == "US" and m.target == "*" and m.rate_pct == again_rate
                        else m
                        for m in found.values()]
                found = _by_key(read)
        if previous and _ALSO_SECTOR.match(sentence.text) \
                and not find_countries(sentence.text):
            # "The U.S. tariff on Japanese automobiles was lowered to 15 percent. Auto parts
            # also dropped to 15 percent.": more goods of the country before
            partners = {m.target for m in previous if m.imposer == "US"}
            if len(partners) == 1 and "*" not in partners:
                read = [replace(m, target=next(iter(partners)))
                        if m.imposer == "US" and m.target == "*" else m for m in found.values()]
                found = _by_key(read)
        if found and default_partner and _RIVALS.search(sentence.text) \
                and not find_sectors(sentence.text):
            found = _rivals_goods(sentence.text, found, mentions, default_partner)
        same = _SAME_DATE.search(sentence.text) if found else None
        if same:
            # "the EU would face 30% from Aug. 1, and Canada 35% from the same date",
            # "Brunei was told to expect 25 percent from the same date": the start given
            # before in the sentence, else the one the article gave last, starts the rates
            # said before the phrase
            starts = [m.effective_date for m in found.values() if m.effective_date] or [
                m.effective_date for m in mentions if m.effective_date]
            said = {p.value for p in find_percents(sentence.text[:same.start()])}
            if starts:
                found = {k: replace(m, effective_date=starts[-1])
                         if m.effective_date is None and m.rate_pct in said else m
                         for k, m in found.items()}
        holder = _quota_holder(sentence.text) if "quota" in sentence.text \
            or "safeguard" in sentence.text else None
        if holder:
            # (the goods of the quotas the article named before, if this sentence names none)
            sectors = tuple(dict.fromkeys(sector for sector, _, _ in find_sectors(
                sentence.text)))
            article.quota_sectors = sectors or (
                article.quota_sectors if holder == article.quota_holder else ())
            article.quota_holder = holder
        if found and article.quota_holder and _OUT_OF_QUOTA.search(sentence.text):
            found = _by_key(_out_of_quota(sentence.text, list(found.values()), article))
        found = _by_key(_third_party(sentence.text, list(found.values()), article))
        mentions.extend(found.values())
        previous = list(found.values())
        removal = _own_removal_on_us(sentence.text, find_countries(sentence.text),
                                     default_partner) \
            if stated and "industrial" in sentence.text else None
        if removal is None and stated and _DROPPED_MOST.search(sentence.text):
            # "Ottawa dropped most of them on September first but kept twenty-five per cent
            # on American steel, aluminum and autos": the partner's other duties on US goods
            # are gone
            imposers = {m.imposer for m in stated if m.target == "US" and m.imposer != "US"}
            removal = (imposers.pop(), None) if len(imposers) == 1 else None
        if removal and not any(m.imposer == removal[0] and m.target == "US" and m.rate_pct == 0
                               and m.sector is None for m in stated):
            # the removal is a zero of its own, and not what the next sentence goes on about
            # (which rewrites the sentence's facts as the last of the mentions)
            mentions.insert(len(mentions) - len(previous), replace(
                stated[0], imposer=removal[0], target="US", sector=None, kind="other",
                rate_pct=0.0, previous_rate_pct=None))
        prior_text = sentence.text
    if _PASTA_CASE.search(whole) and _DUMPING.search(whole):
        mentions = _pasta_dumping(mentions)
    if any(m.rate_pct in _KNOWN_DUTIES and m.sector is None for m in mentions):
        mentions = _known_duties(mentions, whole)
    return _merged(_threat_on_all(_told_by_third(mentions)), article.defaulted)


# US duties whose figure names their goods, in a story about those goods: the ordinary duty
# on cars, the duty on beef above its quota, and the anti-dumping and countervailing duties
# on Canadian softwood lumber (their sum, the anti-dumping part, and with the 10% of
# October). Every such rate of the development gold (32, 23, 31, 10, 2) is on those goods.
_KNOWN_DUTIES = {2.5: "autos", 26.4: "agriculture", 35.19: "lumber", 20.56: "lumber",
                 45.19: "lumber"}


def _known_duties(mentions: list[TariffMention], whole: str) -> list[TariffMention]:
    """"The new rate includes the 2.5 percent duty U.S. customs has always charged", "Cuts
    sent above it are charged an additional 26.4 percent": a US rate with no goods of its
    own whose figure is a known duty's, in a story about its goods, is on them."""
    told = {sector for sector, _, _ in find_sectors(whole)}
    return [replace(m, sector=_KNOWN_DUTIES[m.rate_pct], kind="sectoral")
            if m.rate_pct in _KNOWN_DUTIES and m.sector is None and m.imposer == "US"
            and _KNOWN_DUTIES[m.rate_pct] in told else m for m in mentions]


# "a 15 per cent ceiling ... will shield it from a 100 per cent tariff", "protects UK medicines
# from tariffs ... of up to 100%"
_SHIELDED = re.compile(r"\b(?:shield\w*|protect\w*|escapes?|escaped|spared?|sparing|caps?|capped|"
                       r"ceiling|imported|foreign)\b", re.I)


def _threat_on_all(mentions: list[TariffMention]) -> list[TariffMention]:
    """The drug and chip tariffs of 100% and more that Trump threatened are on every
    partner's goods: not on the partner a sentence names as shielded from them ("Irish
    drugmakers look to a 15 per cent ceiling that will shield them from a 100 per cent
    tariff"), as getting less itself ("UK wins zero US tariff on medicines as 100% threat
    still hangs over branded drugs"), or in a sentence on imported goods ("Irish drugmakers
    had feared the tariff of up to 200 per cent that Mr Trump has threatened to put on
    imported medicines")."""
    changed: list[TariffMention] = []
    for m in mentions:
        if m.imposer == "US" and m.target not in ("*", "US") and m.rate_pct >= 100 \
                and m.sector in ("pharmaceuticals", "semiconductors"):
            if _SHIELDED.search(m.sentence) or any(
                    o.sentence == m.sentence and o.target == m.target and o.sector == m.sector
                    and o.rate_pct <= 15 for o in mentions):
                m = replace(m, target="*")
        changed.append(m)
    return changed


_PASTA_CASE = re.compile(r"\bpasta\b", re.I)
_DUMPING = re.compile(r"\bdumping\b", re.I)
_PASTA_SENTENCE = re.compile(r"\b(?:pasta|La Molisana|Garofalo|stacked|added to|"
                             r"combined|on top of)\b", re.I)


def _pasta_dumping(mentions: list[TariffMention]) -> list[TariffMention]:
    """"Italian pasta makers could face U.S. duties of about 107 percent", "anti-dumping duty
    of 91.74% on La Molisana and Garofalo": in a story on the US dumping case against Italian
    pasta, its duties and the totals they make with the EU's 15% are on Italy's pasta (a
    trade remedy is the member state's, not the bloc's)."""
    return [replace(m, target="IT", sector="agriculture")
            if m.imposer == "US" and m.target in ("EU", "*", "IT") and m.sector in (
                None, "agriculture") and m.rate_pct is not None and m.rate_pct > 50
            and _PASTA_SENTENCE.search(m.sentence) else m for m in mentions]


_SAME_DATE = re.compile(r"\b(?:from|as of|with effect from|effective)\s+the\s+same\s+"
                        r"(?:date|day)\b", re.I)


_THE_RATE_AGAIN = re.compile(r"^\s*The\s+[\d.]+\s*(?:%|percent\b|per cent\b)\s+(?:[\w-]+\s+)?"
                             r"(?:ceiling|cap|rate|tariff|level|duty|levy)\b")
_ALSO_SECTOR = re.compile(r"^\s*(?:[\w-]+\s+)?" + SECTOR_WORDS + r"(?:\s*(?:,|and|&)\s*(?:and\s+)?"
                          + SECTOR_WORDS + r")*\s+(?:will\s+|would\s+|have\s+|has\s+)?also\b",
                          re.I)
# "Emirati and Bahraini metal", "Metal from the bloc": the goods of the metal named before
_THE_METAL = re.compile(r"\b(?:[Mm]etal\s+from|(?-i:[A-Z])\w+\s+(?:and\s+(?-i:[A-Z])\w+\s+)?metal"
                        # ("Canadian metal, the largest source of US imports, pays the full 50%")
                        r"(?:,[^,;%]{3,60},)?"
                        r"\s+(?:has|have|is|are|pays?|paid|faces?|faced|still|now))\b")
def _by_key(mentions: list[TariffMention]) -> dict[tuple[object, ...], TariffMention]:
    """A sentence's facts keyed as extract_tariffs keys them, after some were read again."""
    return {(*m.layer, m.rate_pct, m.previous_rate_pct): m for m in mentions}


# "puts them level with Japanese and European rivals, which have been paying 15 percent"
# (its lazy prefix tries every word of a text: searched only where its nouns stand)
_RIVALS = _Guarded(re.compile(r"(?:[\w.'’-]+\s+){1,4}?(?:rivals|competitors)\b", re.I),
                   re.compile(r"\b(?:rivals|competitors)\b", re.I))


def _rivals_goods(
    text: str, found: dict[tuple[object, ...], TariffMention], mentions: list[TariffMention],
    partner: str,
) -> dict[tuple[object, ...], TariffMention]:
    """Rivals make the goods of the story's own rate: a rate the rivals named in a sentence
    that names no goods pay is on the goods of the partner's last rate."""
    last = next((m for m in reversed(mentions) if m.target == partner), None)
    # (the first goods of that sentence: "Korean cars and auto parts ... 15%" are cars)
    own = next((m.sector for m in mentions if last and m.start == last.start
                and m.target == partner), None)
    if own is None:
        return found
    rivals = {c.code for m in _RIVALS.finditer(text) for c in find_countries(m.group(0))}
    read = [replace(m, sector=own, kind="sectoral") if m.sector is None and m.target in rivals
            else m for m in found.values()]
    return _by_key(read)


# "They stay at 50%", "EU exports of both ... still face a US tariff of 50%"
_THESE_PRODUCTS = re.compile(r"\b(?:these|those|such|the\s+same)\s+(?:products|goods|items|"
                             r"imports)\b(?!\s+as\b)"
                             # "British goods covered by the proclamation pay no more than 10%"
                             r"|\b(?:goods|products|imports)\s+(?P<covered>covered)\s+by\s+the\s+"
                             r"(?:proclamation|order)\b", re.I)
_THEY = re.compile(r"^(?:They|These|Both|Both metals|(?:[\w.]+\s+)?(?:exports|shipments|imports)"
                   r"\s+of\s+both)\b")
_IT_CHARGES = re.compile(r"\b[Ii]t\s+(?:has\s+|had\s+|also\s+|already\s+|now\s+)*"
                         r"(?:charged|charges|imposed|imposes|levied|levies|slapped|applies|"
                         r"applied)\b")
_IMPORTS_OF = re.compile(r"(?:U\.S\.|US|American)\s+imports\s+of\b")
_THOSE = re.compile(r"\b(?:those|these|both|the two)\s+(?:countries|nations|economies|origins|"
                    r"partners)\b|"
                    # "Heavy trucks from both have paid 25 percent"
                    r"\b(?:from|of)\s+(?P<both>both)\b(?!\s+(?:sides|parties|governments))|"
                    # "Both concluded deals in July that set their rates at 15 percent", "All
                    # three accepted 15 per cent as a ceiling": a sentence's subject
                    r"^\s*(?:Both|All\s+(?P<three>three))\s+(?!sides\b|parties\b|"
                    r"governments\b|of\b)",
                    re.I)


_ITS_GOODS = re.compile(r"^(?:Its|Their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:goods|exports|products|"
                        r"shipments|mills|makers|exporters|producers|" + SECTOR_WORDS + r")\b")
# "China is the one major economy that has hit back in full. Its duties on U.S. goods ..."
_ITS_DUTIES = re.compile(r"^(?:Its|Their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:duties|tariffs|levies|"
                         r"counter-?tariffs)\s+on\s+(?:U\.S\.|US\b|American\b)")


# "..., said Mohammad Hatem, president of the Bangladesh Knitwear Manufacturers and
# Exporters Association": the speaker's country names no party to the sentence's rates
_SAID_BY = re.compile(r",\s+(?:said|says|according to)\s+(?:the\s+)?[A-Z][^;]*$")
# The nouns a story uses for a country it has named: "the island", "the kingdom".
_PLACE_NOUN = r"(?:country|nation|island|kingdom)"
# "In Lesotho, ... The mountain kingdom was handed a 50 per cent reciprocal rate in April"
# "That is a lot better than the 49% the country was given in April" (not "the country's",
# nor "the country-specific rates"; searched past the sentence's start: "The country applies
# ..." is the subject that acts, as _THE_KINGDOM reads the opening)
# (and "the mountain kingdom", "the Southeast Asian nation"; not "the only country", "the
# other nation", "the largest country": no pointer back)
_THE_COUNTRY = re.compile(r"\bthe\s+(?:(?!(?:other|same|only|first|second|third|last|next|"
                          r"each|every|any|one|largest|biggest)\b)[\w-]+\s+){0,2}?"
                          + _PLACE_NOUN + r"\b(?!['’]s|-)", re.I)
_THE_KINGDOM = re.compile(r"^(?:The|This)\s+(?:[\w-]+\s+)?(?:" + _PLACE_NOUN + r"|"
                          r"emirate|city-state)\s+(?:was|is|has|had|will|would|now|faces|faced|"
                          r"pays|paid|got|gets|received|still)\b")


def _its_country(text: str, before: str) -> str | None:
    """"Canada is the largest supplier. Its mills already pay ...": the country the sentence
    before opens on, whose goods "its" are (or which "the kingdom" is)."""
    if not _ITS_GOODS.match(text) and not _ITS_DUTIES.match(text) and not _THE_KINGDOM.match(text) \
            and not _THE_COUNTRY.search(text, 1):
        return None
    named = _partners_named(before)
    return named[0] if named else None


def _partners_named(before: str) -> tuple[str, ...]:
    """The non-US countries a sentence names past its dateline, in order, each once."""
    return tuple(dict.fromkeys(c.code for c in find_countries(before)
                               if c.code != "US" and c.start >= dateline_end(before)))


def _those_countries(text: str, before: str) -> tuple[str, ...]:
    """"Those countries remain at the 10 percent baseline", after "Prices for wines from
    Australia, Chile and Argentina will not change": the partners the sentence before
    named (two for "both")."""
    those = _THOSE.search(text) if "th" in text or "Th" in text or "bo" in text else None
    if not those:
        return ()
    codes = _partners_named(before)
    if those.group("three"):
        return codes if len(codes) == 3 else ()
    if (those.group("both") or those.group(0).lower().startswith(("both", "the two"))) \
            and len(codes) > 2:
        # "Trump signed agreements with Malaysia and Cambodia ... in Kuala Lumpur, where
        # East Timor was admitted": the two the sentence joins with "and"
        refs = [c for c in find_countries(before) if c.code != "US"]
        pairs = [(a.code, b.code) for a, b in itertools.pairwise(refs)
                 if a.code != b.code and before[a.end:b.start] == " and "]
        return pairs[0] if pairs else ()
    if len(codes) < 2 or ((those.group("both") or those.group(0).lower().startswith(
            ("both", "the two"))) and len(codes) != 2):
        return ()
    return codes


# "The lower rate will cover auto parts as well": the rate of the sentence before, on more
# goods.
_RATE_COVERS = re.compile(r"^(?:(?:The|This|That|Its)\s+(?:(?:new|lower|same|agreed|reduced)\s+)?"
                          r"(?:rate|tariff|ceiling|cap)|"
                          # "Von der Leyen said it would also apply to pharmaceuticals"
                          r"(?-i:[A-Z])[\w.'’ -]{0,40}?\bsaid\s+(?:that\s+)?it)"
                          r"\s+(?:will|would|also|now|\s)*"
                          r"(?:covers?|appl(?:y|ies)\s+to|extends?\s+to)\b", re.I)
def _also_applies(sentence: Sentence, found: dict[tuple[object, ...], TariffMention],
                  mentions: list[TariffMention]) -> dict[tuple[object, ...], TariffMention]:
    """"She said the 15 per cent was an all-inclusive ceiling ..., and that it would also
    apply to pharmaceuticals and semiconductors": the rate (the sentence's, or the one
    partner's named before), on those goods too; "..., and that it would cover European
    cars, cutting their rate from the 27.5% they pay today": with the goods' old rate, no
    fact of its own."""
    text = sentence.text
    also = _IT_ALSO_APPLIES.search(text)
    # ("confirms an all-inclusive ceiling of 15% on US tariffs ..., and extends that ceiling to
    # future sectoral tariffs on pharmaceuticals, semiconductors and lumber": the clause's
    # one rate, whatever its subject)
    extends = _EXTENDS_THAT_CEILING.search(text) if also is None and "extend" in text else None
    also = also or extends
    rates = find_percents(text[:also.start()]) if also else []
    if also is None or len(rates) != 1 or not (
            extends or _RATE_AS_SUBJECT.search(text, 0, also.start())):
        return found
    rate = rates[0].value
    bases = [m for m in found.values()
             if m.imposer == "US" and m.sector is None and m.rate_pct == rate]
    if not bases:
        named = [m for m in mentions if m.imposer == "US" and m.sector is None
                 and m.target != "*" and m.rate_pct == rate]
        if len({m.target for m in named}) == 1:
            bases = [replace(named[0], sentence=text, start=sentence.start, end=sentence.end)]
    cut_from = _CUT_FROM_AFTER.search(also.group("goods"))
    old = find_percents(cut_from.group(0))[0].value if cut_from else None
    goods = [sector for sector, _, _ in find_sectors(also.group("goods"))]
    if bases and old is not None:
        found = {k: m for k, m in found.items() if not (
            m.imposer == "US" and m.sector in goods and m.rate_pct == old)}
    return _by_key([*found.values(), *(
        replace(m, sector=sector, kind="sectoral", previous_rate_pct=old)
        for m in bases for sector in goods)])


_IT_ALSO_APPLIES = re.compile(r",?\s+and\s+(?:that\s+)?(?:it|the\s+(?:rate|ceiling|cap))\s+"
                              r"(?:will|would)\s+(?:also\s+)?(?:apply\s+to|cover)\s+"
                              r"(?P<goods>(?:[^.;]|\.(?=\d))+)",
                              re.I)
_EXTENDS_THAT_CEILING = re.compile(r",?\s+and\s+extends?\s+(?:that|the|this)\s+(?:ceiling|cap)\s+"
                                   r"to\s+(?P<goods>[^.;]+)", re.I)
_CUT_FROM_AFTER = re.compile(r",\s+(?:cutting|lowering|reducing|bringing)\s+(?:their|its|the)\s+"
                             r"(?:rate|tariff|duty|levy)\s+(?:down\s+)?from\s+(?:the\s+)?[\d.]+\s*"
                             r"(?:%|percent\b|per cent\b)", re.I)
# (what "it" is: the rate as its clause's subject, not "The new rate includes the 2.5 percent
# duty ..., and it will also cover auto parts")
_RATE_AS_SUBJECT = re.compile(r"\bthe\s+[\d.]+\s*(?:%|percent\b|per cent\b)\s+"
                              r"(?:(?:tariff|rate|ceiling|cap|levy|duty)\s+)?"
                              r"(?:was|is|would|will)\b", re.I)
# A sentence that opens on "the rate" of the sentence before: "The rate is capped at 10% for
# Britain and at 15% for the European Union and Japan".
_THE_RATE = re.compile(r"^(?:The|This|That|Its|Their)\s+(?:(?:new|same|higher|lower|agreed)\s+)?"
                       r"(?:rate|tariff|duty|levy|cap|ceiling)s?\b(?!\s+(?:on|for)\b)", re.I)


def _is_source(text: str, ref: CountryRef) -> bool:
    """"..., according to the State Council Tariff Commission.": a government body the
    sentence cites at its end is its source, no party to its rates."""
    if ref.named_as != "institution" or "," not in text:
        return False
    said = _SAID_BY.search(text)
    return said is not None and said.start() < ref.start


# "..., China's finance ministry said."
_SAID_AT_END = re.compile(r",\s+[A-Z][^,;]{2,60}\s+(?:said|says)\.?\s*$")


def _goes_on_retaliating(text: str, found: list[TariffMention],
                         previous: list[TariffMention]) -> list[TariffMention]:
    """"Beijing answered with additional tariffs of 10% to 15% on U.S. farm products. Chicken,
    wheat, corn and cotton will face the 15% levy, ..., China's finance ministry said.": a
    sentence that names no country but the speaker, after one on that partner's tariffs on
    US goods, goes on about them."""
    partners = {m.imposer for m in previous if m.target == "US"}
    said = _SAID_BY.search(text) or _SAID_AT_END.search(text)
    if len(partners) != 1 or "US" in partners or said is None or any(
            m.imposer != "US" and m.target == "US" for m in found):
        return found
    (partner,) = partners
    named = {c.code for c in find_countries(text)}
    if named != {partner} or any(c.start < said.start() for c in find_countries(text)):
        return found
    kind = next(m.kind for m in previous if m.imposer == partner)
    return [replace(m, imposer=partner, target="US", kind=kind) if m.target in ("*", partner)
            else m for m in found]


def _last_sectored(mentions: list[TariffMention]) -> list[TariffMention]:
    """The mentions of the last sentence before that named goods of a sector."""
    last = next((m for m in reversed(mentions) if m.sector), None)
    return [m for m in mentions if last is not None and m.sentence == last.sentence]


def _same_rate_again(
    text: str, found: dict[tuple[object, ...], TariffMention], previous: list[TariffMention]
) -> dict[tuple[object, ...], TariffMention]:
    """The rates of a sentence that opens on the rate of the sentence before, and names no
    sector, are on that rate's sector."""
    sectors = {m.sector for m in previous}
    if not found or len(sectors) != 1 or None in sectors or not _THE_RATE.match(text) \
            or any(m.sector for m in found.values()) or find_sectors(text):
        return found
    (sector,) = sectors
    changed = [replace(m, sector=sector, kind="sectoral" if m.kind in ("reciprocal", "other")
                       else m.kind) for m in found.values()]
    return _by_key(changed)


_OLD_RATE = re.compile(
    r"^\s*(?:(?:The|That|This|Its|Their)\s+(?:(?:new|agreed|final|higher|lower|reciprocal|current|"
    r"U\.S\.|US)\s+){0,2}"
    r"(?:rate|tariff|duty|levy|level|figure)|That|This|It)"
    r"(?:(?:\s*,[^,]{0,80},)?\s+(?:is|was|would be|will be)\s+(?:[\w-]+\s+){0,4}?|\s*,\s*)"
    r"(?:down from|up from|(?:cut|lowered|reduced|raised|increased)\s+"
    r"(?:[\w-]+\s+){0,3}?from)\s+(?:the\s+|its\s+)?(?P<rate>[\w.-]+)\s*"
    r"(?:%|percent\b|per cent\b)", re.I)


_REMOVED = re.compile(r"\b(?:remov|eliminat|scrap|abolish|drop)\w*\b[^.;]*?\b(?:these|those|them|"
                      r"the same)\b", re.I)


def _removed_to_zero(
    text: str, found: dict[tuple[object, ...], TariffMention]
) -> dict[tuple[object, ...], TariffMention]:
    """"The 25% tariffs on UK steel and aluminium will be removed, with duties on these
    products falling to zero": the rates named fall to zero, one change each."""
    zeros = [m for m in found.values() if m.rate_pct == 0 and m.sector is None]
    if len(zeros) != 1 or not _REMOVED.search(text):
        return found
    zero = zeros[0]
    olds = [m for m in found.values() if m.rate_pct and m.previous_rate_pct is None
            and m.imposer == zero.imposer and m.target == zero.target]
    if not olds:
        if any(m is not zero and m.rate_pct == 0 and m.previous_rate_pct
               and m.imposer == zero.imposer and m.target == zero.target
               for m in found.values()):
            # already read as removals: "The 25% tariffs ... will be removed altogether,
            # with duties on these products falling to zero"
            return {k: m for k, m in found.items() if m is not zero}
        return found
    changed = [replace(m, rate_pct=0.0, previous_rate_pct=m.rate_pct, status=zero.status,
                       effective_date=zero.effective_date or m.effective_date) for m in olds]
    kept = [m for m in found.values() if m is not zero and m not in olds]
    return _by_key(kept + changed)


# "The rate replaces the 10 per cent baseline ...": the old rate, with no "from".
_OLD_RATE_REPLACED = re.compile(
    r"^\s*(?:It|(?:The|That|This|Its|Their)\s+(?:(?:new|agreed|final|higher|lower|reciprocal|"
    r"U\.S\.|US)\s+){0,2}(?:rate|tariff|duty|levy|level|figure))"
    # ("The rate, among the steepest imposed on any developed economy, replaces ...")
    r"(?:\s*,[^,;%]{0,80},)?\s+(?:replaces|replaced|supersedes|superseded)\s+"
    r"(?:the\s+|its\s+|a\s+)?"
    # ("replaces the rate of 40 per cent", "replaces the baseline duty of 10 per cent")
    r"(?:(?:baseline\s+|reciprocal\s+)?(?:rate|tariff|duty|levy)\s+of\s+)?(?P<rate>[\w.-]+)\s*"
    r"(?:%|percent\b|per cent\b)", re.I)


_OLD_RATES = re.compile(r"(?:Those|These|Both|The\s+two)\s+(?:rates|tariffs|duties|levies)\s+"
                        r"(?:are|were)\s+(?:\w+\s+)?(?:down|up)\s+from\s+")


def _old_rate_of(text: str) -> tuple[float | None, list[str]]:
    """The old rate a sentence gives the rate of the sentence before, if it does, and the
    goods it gives it for ("For aluminum, the duty is up from 10 per cent"), if any."""
    opener = _FOR_GOODS.match(text)
    rest = text[opener.end():] if opener else text
    match = _OLD_RATE.match(rest) or _OLD_RATE_REPLACED.match(rest)
    if not match:
        return None, []
    percents = find_percents(rest[match.start("rate"):match.end()])
    sectors = [s for s, _, _ in find_sectors(opener.group(0))] if opener else []
    return (percents[0].value if percents else None), sectors


_FOR_GOODS = re.compile(r"\s*For\s+[\w -]{3,40}?,\s*")


# Goods of the United States as what a tariff is on: "imported goods originating in the
# United States", "U.S. goods", "American products".
_US_GOODS = re.compile(
    r"\b" + _GOODS + r"\s+(?:\w+\s+){0,2}?(?:from|originating in|made in|of)\s+(?:the\s+)?"
    r"(?:United States|U\.S\.|US)\b|"
    r"\b(?:U\.S\.|US|American|United States)[- ](?:made\s+)?(?:\w+\s+)?" + _GOODS + r"\b")


def _third_party(text: str, found: list[TariffMention],
                 article: _Article) -> list[TariffMention]:
    """"Mexico's government asked Congress to raise the tariff on cars imported from China
    to 50 percent. ... For most of the Chinese goods affected, the proposed duties would
    range from 10 percent to 50 percent": a sentence that names no US actor and puts a rate
    on the goods of the country a third country's tariff was on in the sentence before goes
    on about that tariff. Sets what the next sentence goes on about."""
    names_us = any(c.code == "US" for c in find_countries(text)) or bool(
        _US_PRESIDENT.search(text))
    if article.third_party and not names_us:
        imposer, target = article.third_party
        found = [replace(m, imposer=imposer, kind="other" if m.kind in (
                    "reciprocal", "baseline", "surcharge") else m.kind)
                 if m.imposer == "US" and m.target == target else m for m in found]
    own = [m for m in found if m.imposer not in ("US", m.target) and m.target not in ("US", "*")]
    if own:
        article.third_party = (own[-1].imposer, own[-1].target)
    elif names_us or found:
        article.third_party = None
    return found


def _told_by_third(mentions: list[TariffMention]) -> list[TariffMention]:
    """"China warns Mexico over plan for 50% tariffs on Chinese cars" above "... Sheinbaum's
    government asked Congress to raise the tariff on cars imported from China to 50
    percent": a rate read as the United States' in a sentence that names no US actor is the
    third country's the article gives it to."""
    third = {(m.target, m.sector, m.rate_pct): m.imposer for m in mentions
             if m.imposer not in ("US", m.target) and m.target not in ("US", "*")}
    if not third:
        return mentions
    return [m for m in mentions if not (
        m.imposer == "US" and (m.target, m.sector, m.rate_pct) in third
        and not any(c.code == "US" for c in find_countries(m.sentence))
        and not _US_PRESIDENT.search(m.sentence))]


def _update_on_us(text: str, default_partner: str | None, article: _Article) -> None:
    """A sentence that names countries sets who the article's next sentences without any
    country speak of: a partner whose tariffs it puts on US goods ("the Customs Tariff
    Commission has decided to impose additional tariffs on certain imported goods
    originating in the United States"), else no one."""
    # (_US_GOODS names the United States with a capital U or "American": a cheap look first)
    us_goods = _US_GOODS.search(text) if "U" in text or "American" in text else None
    if article.on_us is None and not us_goods:
        return
    countries = [c for c in find_countries(text) if c.start >= dateline_end(text)
                 and not _is_source(text, c)]
    if not countries:
        return
    article.on_us = None
    if not us_goods:
        return
    at = len(text)
    actor = _actor(text, countries, at)
    first = countries[0]
    if actor is None and first.code == "US" and first.named_as != "demonym" \
            and not _ends_with(_AFTER_PREPOSITION, text, first.start):
        return  # "Trump raised tariffs on American goods ..." is no partner's tariff
    partner = actor or _other_actor(text, countries, at) or default_partner
    if _FREE_ALREADY.search(text) and not find_percents(text):
        # "Under the two countries' free trade agreement, most American goods already enter
        # South Korea duty-free": a standing state of trade, not a measure the next
        # sentences go on about
        return
    if partner and partner != "US":
        article.on_us = partner


_FREE_ALREADY = re.compile(r"\balready\s+(?:enter|enters|entered|cross|crosses)\b[^.;]*?"
                           r"\b(?:duty|tariff)[- ]free\b", re.I)


_NEW_RATE = re.compile(
    r"^(?:The|That|This|Its)\s+(?:[\w-]+\s+)?(?:rate|tariff|duty|levy|surcharge)s?\b|"
    r"\b(?:the|its)\s+(?:new|extra|additional|higher|increased|latest)\s+(?:[\w-]+\s+)?"
    r"(?:rate|tariff|duty|levy|surcharge)s?\b", re.I)


def _dated_after(
    text: str, previous: list[TariffMention], settled: set[TariffMention],
    published: date | None,
) -> list[TariffMention]:
    """"The new duty takes effect seven days after the signing, on Aug. 6": a sentence
    without a rate that opens with the rate just reported and says when it starts dates
    the rates of the sentence before that have no date and are not said to be in effect
    already; a date to come makes them announced."""
    named = _NEW_RATE.search(text)
    verb = _EFFECT_VERB.search(text, named.end()) if named else None
    if verb is None or find_percents(text):
        return previous
    when = None
    for ref in find_dates(text[verb.end():], published, future=True):
        if ref.value is not None and not re.search(
            r"\b(?:than|instead of)\s+(?:on\s+)?$", text[:verb.end() + ref.start]
        ):
            when = ref.value
            break
    if when is None:
        return previous
    dated = []
    for mention in previous:
        if mention.effective_date is None and mention not in settled and \
                mention.status in ("announced", "in_effect"):
            status = mention.status
            if published is not None and when > published and status == "in_effect":
                status = "announced"
            mention = replace(mention, effective_date=when, status=status)
        dated.append(mention)
    return dated


def _merged(mentions: list[TariffMention], defaulted: set[TariffMention]) -> list[TariffMention]:
    """One fact per rate of a layer: a later mention of the same rate adds only what the
    first lacks (the previous rate, the effective date). A later mention whose kind no cue
    of its own gave ("the full 50 percent levy on Brasilia's shipments") is the fact
    reported before with that rate, whatever its kind."""
    merged: dict[tuple[object, ...], TariffMention] = {}
    by_rate: dict[tuple[object, ...], tuple[object, ...]] = {}
    for mention in mentions:
        key: tuple[object, ...] = (*mention.layer, mention.rate_pct)
        rate_key = (mention.imposer, mention.target, mention.sector, mention.rate_pct)
        if key not in merged and mention in defaulted and rate_key in by_rate:
            key = by_rate[rate_key]
        by_rate.setdefault(rate_key, key)
        first = merged.get(key)
        if first is None:
            merged[key] = mention
            continue
        if first.previous_rate_pct is None and mention.previous_rate_pct is not None:
            first = replace(first, previous_rate_pct=mention.previous_rate_pct)
        if first.effective_date is None and mention.effective_date is not None:
            first = replace(first, effective_date=mention.effective_date)
        merged[key] = first
    return list(merged.values())


def _about_tariffs(text: str, tariff_article: bool) -> bool:
    if TARIFF_WORD.search(text):
        return True
    # (_FACES ends in a percentage: a cheap look for one first)
    return tariff_article and bool(
        _WEAK_TARIFF.search(text) or _PUT_ON.search(text) or _WITH_ON_GOODS.search(text) or
        _ON_NATIONAL_GOODS.search(text) or (
            _PERCENT_UNIT.search(text) and (
            _FACES.search(text) or _stated_rate(text) or (
                _ADD_ON_RATE.search(text) and not _FIGURES.search(text)))) or find_bare_rates(text)
    ) and not _NOT_TARIFF_RATE.search(text)


# "the extra ten per cent the President threatened": an add-on, in an article on tariffs
_ADD_ON_RATE = re.compile(r"\b(?:extra|additional|further)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:about\s+)?[\w.-]+\s*(?:%|percent\b|per cent\b|pc\b)", re.I)


# "with Cambodia at 49% and Laos at 48%", "Cambodia 19%, and Vietnam and Bangladesh 20%
# each": a country's rate given as a list entry.
_NAME_AT_RATE = re.compile(
    # (or a table's row: "| Cambodia | 49% | 9 April 2025 |")
    # (or "Pakistan, Cambodia and Indonesia are at 19%")
    # ("Laos and Burma (Myanmar): 40 percent": a name with another in brackets)
    r"(?P<name>\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:\s+\([A-Z][\w.'’ -]{1,30}\))?"
    r"(?:\s+(?:at\s+|on\s+)?|\s*\|\s*|:\s*|"
    r"\s+(?:is|are|was|were|stays|stay|remains|remain)\s+at\s+)"
    r"(?:about\s+|around\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per cent\b|pc\b)")


# Countries listed with their rates set beside them: "Vietnam, at 20 percent, and Malaysia,
# at 19 percent".
_COMMA_AT_RATE = re.compile(
    r"(?P<name>\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s+at\s+(?:about\s+|around\s+)?"
    r"\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per cent\b|pc\b)")
# Lists of countries' figures that are not tariffs: "growth forecasts: Japan 0.7%, ...".
_FIGURES = re.compile(r"\b(?:growth|grow|grew|GDP|econom\w*|inflation|forecasts?|stocks?|"
                      r"shares|index|indices|markets?|yields?|poll\w*|votes?|unemployment|"
                      r"currenc\w+|surplus|deficit|rose|fell|gained|lost|higher|lower|"
                      r"share of|market share)\b", re.I)


# "• Steel and aluminum: 50 per cent, doubled in June": a list entry, sector then rate.
_CAPITALS_HEAD_RATE = re.compile(r"^\W*(?P<name>[A-Z]{2,}(?:(?:\s+|,\s*)(?:AND\s+)?[A-Z]{2,}){0,3})"
                                 r":\s*\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per cent\b|pc\b)")
_SECTOR_COLON_RATE = re.compile(
    # (also under a factbox's head: "SECTORS: Steel, aluminium and copper: 50%")
    r"^\W*(?:(?-i:[A-Z]{2,}):\s*)?(?:[\w-]+,?\s+){0,4}?" + SECTOR_WORDS
    # ("- steel and aluminium products, including derivative products: 50 per cent")
    + r"(?:\s+products)?(?:,\s+including\s+[^:;%.]{3,70})?"
    + r"\s*:\s*(?:about\s+|around\s+|up to\s+)?"
    r"[\w.-]+\s*(?:%|percent\b|per cent\b|pc\b)", re.I)


# "the 17 percent the Philippines was assigned on April 2": a rate a country got.
_RATE_GOT = re.compile(
    r"\d\s*(?:%|percent\b|per cent\b|pc\b)\s+(?:rate\s+)?(?:that\s+)?(?P<name>(?:the\s+)?"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:had\s+|has\s+|have\s+)?(?:agreed|secured|"
    r"won|negotiated|accepted|obtained|got|received|was given|were given|was assigned|"
    r"were assigned|was handed|were handed)\b")


# "China's new 34 per cent, also due on April 9, comes on top of the 20 per cent": a
# country's rate by its possessive.
_OWN_RATE = re.compile(
    r"(?P<name>\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?:(?:new|current|old|revised|"
    r"higher|lower|final|initial)\s+)?(?:about\s+)?[\w.-]+\s*(?:%|percent\b|per cent\b|pc\b)")


# "the 30 per cent Donald Trump threatened in a July letter": a rate the president set.
_RATE_HE_SET = re.compile(
    r"\d\s*(?:%|percent\b|per cent\b|pc\b)\s+(?:that\s+)?(?:(?:U\.S\.\s+|US\s+)?President\s+)?"
    r"(?:(?:Donald\s+)?Trump|he|Washington|the White House)\s+(?:had\s+|has\s+|first\s+|"
    r"originally\s+|initially\s+)?(?:threatened|announced|imposed|set|floated|proposed|demanded|"
    r"ordered|slapped|put|suspended|paused)\b")


# "15 percent for goods from the European Union and Japan, 20 percent for Vietnam";
# "Only Brazil and India, both at 50 per cent, were paying more".
_RATE_FOR_NAME = re.compile(
    r"\d\s*(?:%|percent\b|per cent\b|pc\b)\s+for\s+(?:(?:goods|imports|products|exports)\s+"
    r"from\s+)?(?P<name>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"|(?P<list>\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s+(?:both|each|all)\s+at\s+"
    r"(?:about\s+)?[\d.]+\s*(?:%|percent\b|per cent\b|pc\b)")


# "the 46 percent we were handed in April", "the 17 per cent announced on 2 April".
_RATE_GIVEN = re.compile(
    # ("the 49% the country was given in April")
    r"\d\s*(?:%|percent\b|per cent\b|pc\b)\s+(?:that\s+)?(?:(?:we|they|it|the\s+(?:bloc|"
    + _PLACE_NOUN + r"))\s+(?:were|was|had been)\s+"
    r"(?:handed|given|assigned|threatened with)|(?:set out|announced|imposed|threatened|floated|"
    r"proposed|assigned)\s+(?:in|on|by|for|at)\b)", re.I)


# "Twenty-five percent is also what Korean carmakers have paid on vehicles shipped to the
# United States since April 3"
_CLEFT_RATE = re.compile(r"\W*(?:[\w.-]+\s+){0,2}?[\w.-]+\s*(?:%|percent\b|per cent\b)\s+is\s+"
                         r"(?:also\s+|exactly\s+|roughly\s+|now\s+)?what\s+[^.;]{0,60}?\b"
                         r"(?:pay|pays|paid|face|faces|faced|charged)\b", re.I)


def _stated_rate(text: str) -> bool:
    """Does ``text`` state a rate in a way only a tariff article does, without a tariff word:
    a list entry ("Cambodia 19%", "Steel and aluminum: 50 per cent"), a rate someone set
    or was given ("the 30 per cent Trump threatened", "the 46 percent we were handed")?"""
    if _SECTOR_COLON_RATE.match(text) or _RATE_HE_SET.search(text) or _RATE_GIVEN.search(text) \
            or _CLEFT_RATE.match(text):
        return True
    head = _CAPITALS_HEAD_RATE.match(text)
    if head and find_countries(head.group("name")):
        return True  # a factbox entry: "SWITZERLAND: 39%, the highest for any rich economy"
    if any(find_countries(m.group("name") or m.group("list"))
           for m in _RATE_FOR_NAME.finditer(text)):
        return True
    if any(find_countries(m.group("name")) for m in _RATE_GOT.finditer(text)):
        return True
    if not _FIGURES.search(text) and any(find_countries(m.group("name"))
                                         for m in _OWN_RATE.finditer(text)):
        return True
    if not _FIGURES.search(text) and sum(
            1 for m in _COMMA_AT_RATE.finditer(text) if find_countries(m.group("name"))) > 1:
        return True  # "Lesotho, at 50 per cent, and Cambodia, at 49 per cent, ..."
    return not _FIGURES.search(text) and any(
        find_countries(m.group("name")) and not _NOT_RATE_AFTER.search(
            text[m.end():m.end() + 40]) for m in _NAME_AT_RATE.finditer(text))


_PERCENT_UNIT = re.compile(r"%|percent|per cent|\dpc\b", re.I)


# In an article about tariffs, goods that face or pay a percentage face a tariff rate:
# "Medicines from the EU would face no more than 15 percent".
_FACES = re.compile(r"(?<!-)\b(?:face[sd]?|facing|pa(?:y|ys|id|ying)|subject to|"
                    r"(?:taxed|charged|levied) at|(?:handed|assigned|given)|"
                    r"(?:set|stays?|stayed|bumped|pegged|placed|woke up|raised|lowered|cut|"
                    r"reduced|increased|doubled|hiked|settled|moves?|moved|go|goes|went|drops?|"
                    r"dropped|capped|put)\s+(?:at|to)|"
                    r"(?:walked away with|ended up with|landed|hit with|slapped with|saddled with|"
                    r"got off with|came away with|escaped with|" + _SAYS_A_RATE + r"|"
                    r"end(?:s|ed)? up at)|"
                    r"(?:got|gets?|secured|received|won|expect|expects|expected|threatened|"
                    r"floated|proposed|announced|imposed|slapped|demanded|offered|threats?\s+of)"
                    r"(?:\s+a\s+(?:deal|rate|tariff)\s+(?:at|of))?|set(?=\s+\d)|"
                    r"(?:stay|stays|stayed|remain|remains|remained|held|kept|left)\s+at|"
                    r"kept|keeps|keeping|retained|retains|maintained|maintains|"
                    # "keeps its non-qualifying goods at 25%"
                    r"(?:keeps?|kept|keeping|leaves?|left|leaving|holds?|held|puts?)\s+"
                    r"(?:[\w'’-]+\s+){1,4}?at|"
                    r"(?:be|been|being|is|are|was|were) (?:taxed|charged))\s+"
                    # ("Countries left out of the new order ... stay at that 10 per cent floor")
                    r"(?:a\s+|an\s+|the\s+|its\s+|their\s+|(?<=\bat\s)that\s+)?"
                    # "have paid a combined 50% on most shipments"
                    r"(?:combined\s+|total\s+|flat\s+|blanket\s+|lower\s+|higher\s+|reduced\s+|full\s+)?"
                    r"(?:(?:no|not)\s+(?:more|less)\s+than\s+|about\s+|around\s+|up to\s+|"
                    r"at (?:least|most)\s+|as (?:much|high|low|little) as\s+|"
                    r"(?:somewhere\s+|anywhere\s+)?between\s+[\w.-]+"
                    r"(?:\s*%|\s+percent|\s+per cent)?\s+and\s+)?"
                    r"[\w.,-]+?\s*(?:%|percent\b|per cent\b|pc\b)", re.I)


# "Korean steel and aluminum remain at 50 percent": in an article about tariffs (the only
# sentences asked), goods that stay at a percentage stay at a tariff rate.
# "he could put 200 percent on imported medicines", "promised to apply 15% to European
# cars": a rate put on goods.
_PUT_ON = re.compile(r"\b(?:put|puts|putting|apply|applies|applied|applying)\s+(?:an?\s+)?"
                     r"(?:extra\s+|additional\s+)?[\w.-]+\s*(?:%|percent\b|per cent\b)\s+"
                     r"(?:on|to)\b", re.I)
# "Beijing answers with 15% on U.S. coal and liquefied natural gas", "matches with 34% on
# all U.S. goods": a percentage on goods, in an article about tariffs, is a rate
_WITH_ON_GOODS = re.compile(r"\bwith\s+(?:an?\s+)?(?:extra\s+|additional\s+)?[\w.-]+\s*"
                            r"(?:%|percent\b|per cent\b)\s+on\b", re.I)
# "Beijing's reply is 15 percent on American chicken": a percentage on a country's goods
_ON_NATIONAL_GOODS = re.compile(
    r"(?:[\w.-]+\s*(?:%|percent\b|per cent\b)|(?<=: )zero)\s+on\s+(?:all\s+|most\s+|some\s+)?"
    r"(?:American\b|U\.S\.|US\b|[A-Z][a-z]+(?:an|ese|ish|ian|i)\b)|"
    # "Twenty per cent on most goods, in force since August 7."
    r"(?:[\w.-]+\s*(?:%|percent\b|per cent\b))\s+on\s+(?:all|most)\s+(?:goods|imports|"
    r"products|exports)\b")
# ("British steel was left at 25%": goods held at a percentage, too; "Countries left out of
# the new order ... stay at that 10 per cent floor")
_REMAINS_AT = re.compile(r"\b(?:stay|stays|stayed|remain|remains|remained|left|held)\s+at\s+"
                         r"(?:that\s+)?(?:about\s+|around\s+)?[\w.-]+\s*(?:%|percent\b|"
                         r"per cent\b)", re.I)


_CLOSING_DASH = re.compile(r"(?P<aside>[^;—–]*)\s[—–]\s")


def _segments(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    aside_end = -1
    for match in _BREAK.finditer(text):
        if match.start() < aside_end:
            continue
        if match.group(0).strip() in ("—", "–") and TARIFF_WORD.search(text, position,
                                                                      match.start()):
            # "Tariffs under Section 232 — 50 percent on steel and aluminum and 25 percent
            # on automobiles and auto parts — apply to all U.S. trading partners": the rates
            # between paired dashes spell out the tariffs before them
            closing = _CLOSING_DASH.match(text, match.end())
            if closing and find_percents(closing.group("aside")):
                aside_end = closing.end()
                continue
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [part for span in spans for part in _colon_parts(text, *span)]


# "The rate is a point below the 31% announced on April 2, a difference that will bring
# exporters little comfort: many of the country's neighbours ... are now charged 15%"
_CLAUSE_COLON = re.compile(r"(?<=[a-z]):\s+(?=[a-z])")


# (not the parts of the rate before: "the bill now stands at 45.19 per cent: the 10 per cent
# national-security levy plus anti-dumping and countervailing duties")
_PARTS_AFTER_COLON = re.compile(r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?[\d.]+\s*"
                                r"(?:%|per\s*cent\b|percent\b)|[^;]*\b(?:plus|on top of)\b", re.I)


def _colon_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A stretch cut at a colon between two clauses that each give a rate of their own:
    the countries of the second are not those of the first's rate."""
    colon = _CLAUSE_COLON.search(text, start, end)
    if colon is None or not find_percents(text[start:colon.start()]) or \
            not find_percents(text[colon.end():end]) or \
            _PARTS_AFTER_COLON.match(text, colon.end(), end):
        return [(start, end)]
    return [(start, colon.start()), (colon.end(), end)]


_ABOLISH = re.compile(
    r"\b(?P<verb>eliminat(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|remov(?:e|es|ed|ing)|"
    r"abolish(?:es|ed|ing)?|drop(?:s|ped|ping)?|waiv(?:e|es|ed|ing))"
    r"(?=\s+(?:(?:its|their|his|her|all(?:\s+of)?|the|most|import|customs|own|remaining|"
    # "scrapped the last of its duties on American imports"
    r"last(?:\s+of)?|rest\s+of|"
    r"reciprocal|"
    r"retaliatory|"
    r"counter-?|farm|agricultural|industrial|so-called|additional|extra|every|any|"
    # "remove EU tariffs on American industrial goods"
    r"[A-Z][\w.]*['’]s|(?-i:[A-Z][A-Z.]+|[A-Z][a-z]+(?:an|ese|ish|ian)))\s+)*"
    r"(?:tariffs?|duties|levies|counter-?tariffs|tariff barriers)"
    # "the remaining customs duties it charged on American imports", "the farm tariffs it
    # had imposed in March"
    r"(?:\s+(?:it|they|that|which)\s+(?:had\s+|has\s+|have\s+)?(?:imposed|charged|levied|"
    r"applied|put|kept)\b(?:\s+(?:in|on|since)\s+\w+)?(?=[\s,.;])|\s+(?:on|for|from)\b))",
    re.I,
)


_SAME_RATE = re.compile(r"\b(?:to|at|pays?|paid|paying|faces?|faced|gets?|got)\s+"
                        r"(?P<ref>(?:that|the same|this)\s+(?:level|rate))\b|"
                        # "the 25 percent tariff on all imported automobiles ..., along with
                        # the same rate on steel and aluminum imposed in March"
                        r"\b(?:along\s+with|as\s+well\s+as)\s+(?P<on>the\s+same\s+rate)"
                        r"(?=\s+on\b)", re.I)
_OUTSIDE_RATE = re.compile(
    r"^\s*(?:(?:But|And|Meanwhile|However|Still),?\s+)?(?:[\w-]+\s+)?" + SECTOR_WORDS
    + r"(?:\s*(?:,|and|&)\s*(?:and\s+)?" + SECTOR_WORDS + r")*(?:,[^,;%]{3,120},)?\s+"
    r"(?:are|is|were|was|have been|has been|remain|remains|stay|stays)\s+(?:still\s+|also\s+|"
    r"now\s+)?(?P<verb>exempt(?:ed)?\s+from|outside|not covered by|excluded from|spared from)"
    r"\s+(?P<rate>(?:the\s+|its\s+)?(?:[\d.]+\s*(?:%|percent|per cent)\s+)?(?:U\.S\.\s+|US\s+)?"
    r"(?:reciprocal\s+|baseline\s+|additional\s+)?(?:tariffs?|duty|duties|levy|rate)\b)", re.I)
_EXEMPTS = re.compile(
    r"\b(?P<verb>exempt(?:s|ed|ing)?)\s+(?P<goods>(?!from\b)[^.;%]{3,120}?)\s+from\s+"
    r"(?:the\s+|its\s+|his\s+|their\s+|all\s+)?"
    # "exempted beef, coffee and bananas from the 10% reciprocal baseline"
    r"(?:[\d.]+\s*(?:%|percent|per cent)\s+)?(?:so-called\s+)?[\"“']?(?:reciprocal|"
    r"additional|baseline|U\.S\.|US)?[\"”']?\s*(?:tariffs?|duties|levies|baseline)\b", re.I)


def _names_what(text: str, at: int) -> bool:
    """Do the words from ``at`` to the end of the clause name goods in general or a sector
    of ours ("on American goods", "on farm products"; not "on British aerospace parts")?"""
    words = text[at:clause_at(text, at)[1]]
    return bool(_GOODS_NOUN.search(words) or find_sectors(words))


def _percents(text: str, start: int, end: int) -> list[Percent]:
    segment = text[start:end]
    found = [Percent(p.value, p.start + start, p.end + start) for p in find_percents(segment)]
    # "Bangladesh pays twenty, Vietnam twenty": rates said without a unit (the sentence is
    # already known to be about tariffs)
    found += [Percent(p.value, p.start + start, p.end + start)
              for p in find_bare_rates(segment)]
    # (each reading below only where its key word appears: most segments have none)
    lowered = segment.lower()
    # "Chips, the island's biggest export to the United States, are not covered by the 20%
    # rate": the rate is not the sector's (nor, as the gold's writers read it, a zero of
    # its own: 3 of 14 such sentences were annotated as one)
    outside = _OUTSIDE_RATE.match(segment) if start == 0 else None
    if outside:
        found = [p for p in found if not outside.start("rate") <= p.start - start < outside.end()]
    if "zero" in lowered:
        found += [Percent(0.0, m.start() + start, m.end() + start)
                  for m in _ZERO.finditer(segment)]
    # "Japanese beef ... will owe no reciprocal tariff at all"
    if "no" in lowered:
        found += [Percent(0.0, m.start(group) + start, m.end(group) + start)
                  for m in _NO_TARIFF.finditer(segment)
                  for group in (next(g for g in ("zero", "none", "has") if m.group(g)),)]
        # "now they pay nothing", "palm oil and rubber to pay nothing" (not "pay nothing
        # extra" on top of a rate, nor a claim a fact-check tests)
        if not _HEARSAY.search(text):
            found += [Percent(0.0, m.start() + start, m.end() + start)
                      for m in _PAY_NOTHING.finditer(segment)]
    duty_free = list(_DUTY_FREE.finditer(segment)) if "free" in lowered else []
    free: list[Percent] = []
    # "open tariff-free quotas for 500 tonnes of American beef": farm goods let in free
    # within a quota pay zero (not steel within a safeguard's quota)
    duty_free += [m for m in (_FREE_QUOTA.finditer(segment) if "free" in lowered else ())
                  if {"agriculture", "rice", "energy"} & {s for s, _, _ in find_sectors(
                      re.split(r"[,;]", segment[max(0, m.start() - 40):m.start()])[-1] + " | "
                      + segment[m.end():m.end() + 100])}]
    if duty_free and not (_NOT_DUTY_FREE.search(text) and not _farm_volume(text)
                          and not _AMERICAN_SHARE.search(text)):
        # "Pharmaceuticals made in the UK will enter the United States tariff-free"; not
        # after a removal, which it describes ("scrapping all remaining customs duties on
        # American imports, most of which already entered duty-free")
        abolished = _ABOLISH.search(segment)
        # ("a reciprocal tariff-free quota": a zero both ways, not the reciprocal tariff)
        free = [Percent(0.0, _mutual_start(segment, m.start()) + start, m.end() + start)
                for m in duty_free
                if not (abolished and abolished.start() < m.start()
                        and "which" in segment[abolished.end():m.start()])]
        found += free
    # "Argentina will eliminate import duties on U.S. goods": a rate of zero, read at the
    # verb, so that the words after it say what the zero is on; also beside a share
    # ("eliminate tariffs on about 99 percent of the goods it imports"), even when the
    # sentence has a rate of its own.
    shares_only = all(_NOT_RATE_AFTER.search(text[p.end:p.end + 40]) for p in found
                      if p not in free)
    found += [Percent(0.0, m.start() + start, m.end("verb") + start)
              for m in _ABOLISH.finditer(segment)
              if shares_only or _ON_SHARE.match(segment, m.end())
              # "Israel, which scrapped all its duties on American goods, still pays 15
              # per cent": a removal in a clause of its own, beside another rate
              # (a market's move in its clause is no rate: "futures fell 4% ... since Trump
              # removed the so-called reciprocal tariffs on coffee")
              or (not any(clause_at(text, start + m.start()) == clause_at(text, p.start)
                          and _is_rate(text, start, p) for p in found)
                  and _names_what(text, start + m.end()))]
    # "Tariffs on Japanese generic drugs will be removed": a zero, read at the verb
    if start == 0 and "be " in lowered:
        found += [Percent(0.0, m.start("verb"), m.end("verb"))
                  for m in _PASSIVE_REMOVAL.finditer(segment) if m.group("opening") is not None]
    # "Trump's decision to exempt coffee, beef and bananas from the reciprocal tariffs": the
    # goods named pay zero (not "exempt a list of strategic products": no sector of ours).
    found += [Percent(0.0, m.start() + start, m.end("verb") + start)
              for m in (_EXEMPTS.finditer(segment) if "exempt" in lowered else ())
              if find_sectors(m.group("goods")) and not any(
                  m.start("goods") <= p.start - start < m.end("goods") for p in found)]
    # "with cars also cut to that level from 27.5 percent", "Thailand, which pays the same
    # rate": the rate named before, again.
    for m in _SAME_RATE.finditer(segment) if ("level" in lowered or "rate" in lowered) else ():
        earlier = [p for p in find_percents(text[:m.start() + start])
                   if not _NOT_RATE_AFTER.search(text[p.end:p.end + 40])]
        # (in a clause of its own: not "the 25 per cent counter-tariffs ... will stay at
        # that level", the same rate again)
        # (but "most Japanese goods pay 15% and Japanese cars have paid the same rate": other
        # goods, joined to the first)
        between = text[earlier[-1].end:m.start() + start] if earlier else ""
        if earlier and (m.group("on")
                        or clause_at(text, earlier[-1].start) != clause_at(text, m.start() + start)
                        or ("," not in between and re.search(r"\band\b", between)
                            and find_sectors(between))):
            ref = "ref" if m.group("ref") else "on"
            found.append(Percent(earlier[-1].value, m.start(ref) + start, m.end() + start))
    # "between 10 and 20 percent", "10-15 percent": the first number shares the second's
    # unit.
    for percent in list(found):
        shared = _SHARED_UNIT.search(text, start, percent.start) or _HYPHEN_RANGE.search(
            text, start, percent.start)
        if shared and shared.end() == percent.start:
            group = "pair" if shared.groupdict().get("pair") else "number"
            number = shared.start(group)
            found.append(Percent(float(shared.group(group)), number, shared.end(group)))
    return sorted(found, key=lambda p: p.start)


_US_PARTNERS = re.compile(r"(?:['’]s)?\s+(?:(?:main|major|biggest|largest|other|key|closest)\s+)?"
                          r"(?:trading\s+partners|trade\s+partners|partners|allies)\b", re.I)
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)*"
_TREATY_BETWEEN = re.compile(r"\b(?:Treaty|Agreement)\s+between\s+" + _NAME + r"(?:\s*,\s*"
                             + _NAME + r")*,?\s+and\s+" + _NAME
                             # "modeled on the U.S.-Mexico-Canada agreement"
                             + r"|\b(?:U\.S\.|US|[A-Z][a-z]+)(?:-(?:U\.S\.|US|[A-Z][a-z]+)){2,3}"
                             r"\s+(?:[Ff]ree[- ][Tt]rade\s+|[Tt]rade\s+)?(?:[Aa]greement|[Pp]act|"
                             r"[Tt]reaty)\b")
# "an effective rate of 27.5 per cent on their American sales": the market goods are sold
# in, not goods of the United States.
_US_MARKET = re.compile(r"\s+(?:sales|customers|buyers|consumers|shoppers|clients)\b")
# "the Russian-oil penalty": whose oil a partner buys names no party to the tariff (but the
# article's partner's own crude is its goods: "From Tuesday, Canadian crude oil, natural gas
# and electricity will be charged a lower 10% rate").
_OIL_OF = re.compile(r"[- ](?:oil|crude)\b", re.I)
_POSSESSIVE_APPOSITIVE = re.compile(r"['’]s\s+[^,;%]{2,60},")
# "a Chinese-owned factory in Phnom Penh": who owns a business names no party.
_OWNED = re.compile(r"-(?:owned|run|controlled|financed|backed)\b", re.I)
# "goods sold into the United States": where goods go names no party to the tariff.
_GRANTED = re.compile(r"\s+(?:(?:was|were|has been|have been|had been|has|have|had)\s+)?"
                      r"(?:also\s+)?(?:promised|offered|granted|given|secured|won|obtained|"
                      r"negotiated|got)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?")
_DESTINATION = re.compile(r"\b(?:sold|shipped|exported|sent|bound|heading|entering|enter|"
                          # "tonnes that used to be sold in America are being redirected to
                          # Europe": where the goods go instead
                          r"redirected|diverted|rerouted)\s+"
                          r"(?:(?:in)?to\s+)?(?:the\s+)?$"
                          # "a 10% baseline tariff on nearly all imports into the US"
                          # ("all goods coming into the United States from Colombia")
                          r"|\b(?:imports|goods|products|shipments|imported|brought|coming|"
                          r"arriving|flowing)\s+into\s+(?:the\s+)?$"
                          # "orders will go to Vietnam and Indonesia": where business moves
                          r"|\b(?:orders?|production|business|buyers)\s+(?:\w+\s+){0,2}?"
                          r"(?:go|goes|went|gone|mov\w+|shift\w*|head\w*)\s+(?:(?:in)?to\s+)"
                          r"(?:the\s+)?$"
                          # "mills that sell specialty sheet to U.S. carmakers": whom goods
                          # are sold to
                          r"|\b(?:that|which|who)\s+(?:sell|supply|ship)\s+(?:[\w-]+\s+){0,3}?"
                          r"to\s+(?:the\s+)?$", re.I)
# "for its purchases of Russian oil": what a partner buys names no party to the tariff.
_AGREEMENT_WITH = re.compile(r"\b(?:agreements?|deals?|accords?|frameworks?)\s+with\s+"
                             r"(?:the\s+)?$", re.I)
_PURCHASED = re.compile(r"\b(?:purchases|imports|buying|importing|purchasing|buys|bought)\s+"
                        r"(?:of\s+)?(?:(?:cheap|discounted|sanctioned|more|its|their)\s+)*$",
                        re.I)
_GOVERNMENT = re.compile(r"(?:['’]s)?\s+(?:administration|government|cabinet)\b", re.I)
# "Modi, whose exporters have paid a combined 50 percent": the leader's country's goods.
_WHOSE_GOODS = re.compile(r",\s+whose\s+(?:\w+\s+)?(?:exporters|exports|goods|products|"
                          r"companies|manufacturers|producers|farmers|automakers|carmakers)\b",
                          re.I)


_LEADER_OFFERS = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]+)?\s+(?:has\s+|had\s+)?(?:proposed|offered)\b"
                            r"(?=[^.;]{0,70}\bzero(?:[- ]for[- ]zero)?\s+(?:tariffs?|duties))",
                            re.I)


def _governments(text: str) -> list[CountryRef]:
    """"The Sheinbaum administration", "the Carney government": a country, by its leader;
    "Modi, whose exporters": the country whose goods a rate is on ("demonym": no actor)."""
    found = []
    for ref in find_officials(text):
        government = _GOVERNMENT.match(text, ref.end)
        if ref.official.country != "US" and _LEADER_OFFERS.match(text, ref.end):
            # "Lai proposed zero tariffs between Taiwan and the United States": the leader's
            # offer is his country's own
            found.append(CountryRef(ref.official.country, ref.start, ref.end,
                                    text[ref.start:ref.end], "institution"))
        elif government:
            found.append(CountryRef(ref.official.country, ref.start, government.end(),
                                    text[ref.start:government.end()], "institution"))
        elif ref.official.country != "US" and _WHOSE_GOODS.match(text, ref.end):
            found.append(CountryRef(ref.official.country, ref.start, ref.end,
                                    text[ref.start:ref.end], "demonym"))
    return found


def _sentence_tariffs(
    sentence: Sentence,
    published: date | None,
    default_partner: str | None,
    earlier: list[TariffMention],
    article: _Article | None = None,
) -> list[TariffMention]:
    text = sentence.text
    if "earlier version" in text and _CORRECTION.search(text):
        # "Correction: An earlier version of this story said Indian steel would pay 75%":
        # the rate it takes back is no fact
        return []
    if _CLAIM.match(text):
        # "Claim 3: “India has hit back with 50% tariffs on American goods.”": a fact-check
        # quotes the claim it tests, which states no rate
        return []
    if _HYPOTHETICAL.search(text):
        # "Suppose Washington went to 60 percent on everything China sells it", "If both
        # sides went to 100 percent, trade would stop": a thought experiment, no rate
        return []
    article = article if article is not None else _Article()
    segments = _segments(text)
    results: list[TariffMention] = []
    readings_by_segment: list[tuple[tuple[int, int], list[_Reading]]] = []
    continued = False  # the segment before spoke of rates: ", but higher than the 19%"
    for seg_start, seg_end in segments:
        segment = text[seg_start:seg_end]
        found = _percents(text, seg_start, seg_end)
        percents = [p for index, p in enumerate(found)
                    if _is_rate(text, seg_start, p, found[index - 1].end if index else None)]
        if not percents:
            continued = False
            continue
        if not (TARIFF_WORD.search(segment) or _RATE_VERB.search(segment) or continued
                or any(_KIND_AT_NUMBER.search(text, seg_start, p.start) for p in percents)
                or _stated_rate(segment) or _REMAINS_AT.search(segment)
                or _PUT_ON.search(segment) or _WITH_ON_GOODS.search(segment)
                or _ON_NATIONAL_GOODS.search(segment)
                or _RATE_THREAT_SAID.search(segment) or _SAME_BRACKET.search(segment)):
            continue
        continued = True
        readings = _pair(text, seg_start, percents)
        _set_contexts(text, seg_start, seg_end, readings)
        readings_by_segment.append(((seg_start, seg_end), readings))
    if not readings_by_segment:
        # (Britain's promised quota at zero, in a sentence with no rate of its own)
        return _quota_at_zero(sentence, find_countries(text), []) \
            if "quota" in text and _QUOTA_AT_ZERO.search(text) else []
    dateline = dateline_end(text)
    named = find_countries(text)
    dropped: list[CountryRef] = []
    # "India, the biggest supplier of generic drugs to the US, has faced 50 per cent": a
    # country inside an aside about what another sells names no party
    asides = [m.span() for m in _APPOSITIVE.finditer(text)] if "," in text else []
    # "the rules of origin of the Treaty between Mexico, the United States and Canada": the
    # parties to a treaty named as its name are no parties to the rate
    asides += [m.span() for m in _TREATY_BETWEEN.finditer(text)] \
        if "between" in text or "-" in text else []
    for ref in named:
        if any(a < ref.start < b for a, b in asides):
            dropped.append(ref)
            continue
        if ref.named_as == "demonym" and _NO_OTHER.search(text, max(0, ref.start - 12),
                                                          ref.start) \
                and _COUNTRY_NOUN.match(text, ref.end):
            # "a surcharge no other European country was asked to pay": a yardstick, no party
            dropped.append(ref)
            continue
        if _is_source(text, ref):
            dropped.append(ref)
            continue
        if ref.code == "US" and _AGREEMENT_WITH.search(text, max(0, ref.start - 40), ref.start) \
                and re.search(r"\bany\s+(?:trading\s+)?(?:partner|country)\b|"
                              # "for countries that have not reached an agreement with the
                              # United States covering these products"
                              r"\b(?:countries|partners)\s+(?:that|which)\s+(?:have|had)\s+not\b",
                              text):
            # "for imports from any trading partner that has not reached an agreement with
            # the United States": the other side of the deals, not whom the rate is on
            dropped.append(ref)
            continue
        if ref.code == "US" and _US_PARTNERS.match(text, ref.end):
            # "the 10% baseline tariff that Trump imposed on nearly all U.S. trading
            # partners": whose partners, not the goods the rate is on
            dropped.append(ref)
            continue
        # where goods go or what a partner buys names no party, nor does the rest of
        # its list ("orders will go to Vietnam and Indonesia")
        if _AT_RATE_AFTER.match(text, ref.end):
            continue  # "production has moved to Vietnam, at 20 percent,": the rate it is at
        if _PURCHASED.search(text, max(0, ref.start - 40), ref.start) or \
                _DESTINATION.search(text, max(0, ref.start - 30), ref.start) or (
                    dropped and _LIST_GAP.fullmatch(text, dropped[-1].end, ref.start)) or \
                _OWNED.match(text, ref.end) or \
                (_OIL_OF.match(text, ref.end) and ref.code != default_partner) or \
                (ref.code == "US" and _US_MARKET.match(text, ref.end)) or \
                _MAKERS_BY.search(text, max(0, ref.start - 90), ref.start) or \
                _POSSESSIVE_APPOSITIVE.match(text, ref.end) and (
                    any(re.fullmatch(r",\s+", text[c.end:ref.start]) for c in named)):
            # "Canada, Mexico's other partner in the pact, got no reprieve": the country
            # after another, in an aside that describes the first, names no party
            dropped.append(ref)
    countries = sorted([c for c in named if c.start >= dateline and c not in dropped]
                       + _governments(text), key=lambda c: c.start)
    sentence_effective = _sentence_effective_date(text, segments, readings_by_segment, published)
    by_position: list[tuple[int, list[TariffMention]]] = []
    for (seg_start, seg_end), readings in readings_by_segment:
        dates = [_effective_date(text, reading, published) for reading in readings]
        # A date that follows the last of several rates ("a 25 percent rate for South
        # Korea and 40 percent for Laos, also from August 1") dates the ones before it.
        for index in range(len(readings) - 2, -1, -1):
            following = dates[index + 1]
            if dates[index] is None and following and following[1] > readings[index + 1].last.end \
                    and _shares_date(text, readings[index], readings[index + 1]):
                dates[index] = following
        # Words after another rate are that rate's; a verb before a list governs all.
        spans = [(reading.tail, reading.after) for reading in readings]
        for index, reading in enumerate(readings):
            dated = dates[index]
            mentions = _mentions_for(
                sentence, reading, (seg_start, seg_end), countries, published,
                default_partner, earlier, dated[0] if dated else sentence_effective,
                spans[:index] + spans[index + 1:], article,
            )
            mentions = _compared_sector(text, reading, mentions, by_position)
            if index and not mentions and by_position and _INCLUDING_PART.match(
                    text, readings[index - 1].last.end, reading.first.start):
                # "U.S. soybeans face a 23 percent tariff in China, including a 10 percent
                # retaliatory levy": a part of the rate before, on the same goods
                mentions = [replace(m, rate_pct=reading.rate, previous_rate_pct=None)
                            for m in by_position[-1][1]
                            if by_position[-1][0] == readings[index - 1].last.end]
            if index and mentions and by_position \
                    and by_position[-1][0] == readings[index - 1].last.end \
                    and _AND_ON_ELLIPSIS.fullmatch(text, readings[index - 1].last.end,
                                                   reading.first.start) \
                    and not any(readings[index - 1].last.end < c.start < reading.first.start
                                for c in named):
                # "it cut its duty on U.S. ethanol to 5 percent from 10 percent and on
                # liquefied natural gas to 2 percent" (", on ethanol to 5% from 10% and on
                # some cars to 32%"): the same parties, on more goods
                parties = {(m.imposer, m.target) for m in by_position[-1][1]}
                if len(parties) == 1:
                    imposer, target = parties.pop()
                    mentions = [replace(m, imposer=imposer, target=target) for m in mentions]
            if index:
                mentions = _listed_after(text, readings[index - 1], reading, mentions,
                                         by_position, countries)
                mentions = _named_again(text, reading, mentions, by_position)
            results.extend(mentions)
            if mentions:
                by_position.append((reading.last.end, mentions))
    with_rates = {span for span, _ in readings_by_segment}
    for seg_start, seg_end in segments:
        if (seg_start, seg_end) not in with_rates:
            results.extend(_anaphora(
                text, (seg_start, seg_end), countries, by_position, sentence, published
            ))
    if default_partner and default_partner != "US":
        results = _partners_own(text, results, by_position, default_partner)
    results.extend(_as_do(text, countries, by_position))
    if "total" in text or "combined" in text:
        results = _total_of_goods(text, results, by_position)
    results.extend(_same_in_return(text, by_position))
    results = _each_side(text, _us_applies(text, _paid_until(text, _further_of(
        text, results, by_position))))
    if "respectively" in text:
        results = _rates_respectively(text, _old_rates_respectively(text, results))
    if "free" in text:
        results = _enters_free(text, results)
    if "industrial" in text:
        results = _own_industrial_zero(text, countries, results)
    if "copper" in text:
        results = _copper_on_all(text, countries, results)
    if "waive" in text and default_partner not in (None, "US") and _OWN_WAIVER.search(text):
        # "the government has waived its 11 per cent import duty on raw cotton": in a story on
        # a partner, its own government lifts its own duty on every supplier's goods
        results = [replace(m, imposer=default_partner, target="*", kind="other")
                   if m.imposer == "US" and m.target in (default_partner, "*") and m.rate_pct == 0.0
                   else m for m in results]
    if _SOFTWOOD_DISPUTE.search(text) and _CANADIAN_WOOD.search(text):
        # "Softwood producers already pay combined anti-dumping and countervailing duties of
        # 14.4 per cent": the trade-remedy duties of the softwood lumber dispute are on
        # Canada's wood (the 10% national-security tariff on lumber is on everyone's)
        results = [replace(m, target="CA") if m.imposer == "US" and m.sector == "lumber"
                   and m.target == "*" and m.rate_pct is not None and m.rate_pct > 10 else m
                   for m in results]
    if " and on " in text:
        results = _removals_by_origin(text, results)
    if _CAP_WORD.search(text):
        results = _deal_cap(text, results, countries, default_partner)
    if ":" in text:
        results = _goods_before_colon(text, countries, results, by_position)
    spared = _SPARED_OTHERS_RATE.search(text) if "other" in text else None
    if spared:
        # "UK steel and aluminium will not be subject to the 50% tariffs the US has applied
        # to other countries since 4 June": the rate the goods escape is the others'
        rate = find_percents(spared.group("rate"))[0].value
        results = list(dict.fromkeys(
            replace(m, target="*") if m.imposer == "US" and m.rate_pct == rate
            and m.target not in ("*", "US") else m for m in results))
    if "quota" in text and _QUOTA_AT_ZERO.search(text):
        results = _quota_at_zero(sentence, countries, results)
    if "products" in text and _PRODUCTS_CONCERNED.search(text):
        results = _countermeasures_list(results, countries, default_partner)
    if results and " be " in text:
        results = _removed_beside(text, results)
    if "them" in text:
        results = _kept_on(text, results)
    removal = _own_removal_on_us(text, countries, default_partner) \
        if results and "industrial" in text else None
    if removal and removal[1] is not None:
        # "..., including its 10 per cent duty on US cars": that rate falls to zero with it
        results = [replace(m, rate_pct=0.0, previous_rate_pct=m.rate_pct)
                   if m.imposer == removal[0] and m.target == "US" and m.rate_pct == removal[1]
                   else m for m in results]
    if _USUAL_DUTY.search(text) and not _EVERY_SUPPLIER.search(text):
        # (not "the normal 3% duty every supplier pays")
        results = _partners_stack(results)
    said = _SAID_BY.search(text) if article.its else None
    others = [c.start for c in countries if c.code != "US"
              and (said is None or c.start < said.start())] if article.its else []
    if article.its and (not others or _ITS_GOODS.match(text) or _ITS_DUTIES.match(text)):
        # "Its mills already pay anti-dumping and countervailing duties totaling 35.19%"; "Its
        # duties on U.S. goods peaked at 125%"; the rates before another country is named:
        # "Its exports to the United States pay the 10 per cent baseline, ..., while Tunisian
        # goods now face 25 per cent"
        duties = bool(_ITS_DUTIES.match(text))
        own = {id(m) for end, mentions in by_position if not others or end <= others[0]
               for m in mentions}
        results = [m if id(m) not in own else
                   replace(m, imposer=article.its) if duties and m.target == "US" else
                   replace(m, target=article.its) if not duties and m.imposer == "US"
                   and m.target in (default_partner, "*") else m for m in results]
    # (a country after the phrase is not one of its own: "Steel and aluminium from both
    # countries have paid 50 per cent ..., a blow mainly to Australian smelters")
    named_first = next((c for c in countries if c.code != "US"), None)
    those = _THOSE.search(text) if article.those else None
    if those and (named_first is None or those.start() < named_first.start):
        results = _those_named_before(results, article.those, default_partner)
    results = _listed_for(text, countries, _broken_down(text, results, by_position),
                          by_position)
    results = _average_tariff(text, countries, results, by_position, default_partner)
    if "on top of" in text:
        results = _stacked_beneath(text, results, by_position, countries, earlier)
    if "tariff lines" in text:
        results = _lines_covering(text, results)
    if article.canadian_surtax and "surtax" in text:
        # "Since July 31, steel products containing steel melted and poured in China have
        # faced a 25 per cent surtax", "the 100 per cent surtax on Chinese electric vehicles":
        # in a story that names Canada, a surtax on others' goods is Canada's
        results = [replace(m, imposer="CA") if m.imposer == "US" and m.target not in ("US", "CA")
                   else m for m in results]
        whence = _MELTED_IN.search(text) or _AMONG_THEM.search(text)
        origin = [c.code for c in find_countries(whence.group(0))] if whence else []
        if origin:
            # "imports of steel products from all countries other than the United States
            # that contain steel melted and poured in China": the metal's origin is the
            # target; so is the partner a story is about among those the surtax is on ("on
            # steel imported above reduced quotas from countries with which it has no free
            # trade agreement, Turkey among them")
            results = list(dict.fromkeys(replace(m, target=origin[0]) if m.imposer == "CA"
                                         and m.target == "*" else m for m in results))
    if results and " that " in text:
        results = _paid_by_list(text, results)
    return _taken_back(text, _stacked_baseline(results), by_position)


# "to the 15 percent that Japan and South Korea pay", "the 15 percent that Japan and South
# Korea, Taiwan's main rivals, secured": a rate's relative clause whose subject is a list of
# countries
_PAID_BY_LIST = re.compile(
    r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)\s+(?:(?:rate|tariff|levy|duty)\s+)?"
    r"(?:that|which)\s+(?P<payers>[^,;%]{3,60}?)(?:,[^,;%]{3,60},)?\s+"
    r"(?:already\s+|now\s+|still\s+|each\s+|both\s+|have\s+|has\s+)?"
    r"(?:(?P<paid>pay|pays|paid|face|faces|faced)|secured|won|got|obtained|negotiated|clinched)\b")


def _paid_by_list(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """The countries of a rate's relative clause, when its subject is two or more of them
    and nothing else ("the 15 percent that Japan and South Korea pay"), pay that US rate too:
    one fact each, beside the rate's own (which may be a third country's goal)."""
    out = list(results)
    for match in _PAID_BY_LIST.finditer(text):
        payers = match.group("payers")
        named = [c for c in find_countries(payers) if c.code != "US"]
        rest = payers
        for ref in reversed(named):
            rest = rest[:ref.start] + rest[ref.end:]
        if len(named) < 2 or re.sub(r"\b(?:and|the)\b|[,\s]", "", rest) \
                or re.search(r"\d\s*(?:%|percent|per cent)?\s*(?:,|and|or)\s*$",
                             text[:match.start()]):
            # (not a list of rates, one each: "the 19 and 20 per cent that Indonesia and
            # Vietnam pay")
            continue
        rate = float(match.group("rate"))
        model = next((m for m in results if m.imposer == "US" and m.rate_pct == rate), None)
        if model is None:
            continue
        for ref in named:
            if any(m.imposer == "US" and m.target == ref.code and m.rate_pct == rate
                   and m.sector == model.sector for m in out):
                continue
            out.append(replace(
                model, target=ref.code, previous_rate_pct=None,
                kind="reciprocal" if model.sector is None else "sectoral",
                status="in_effect" if match.group("paid") else "agreed", effective_date=None))
    return out


_AMONG_THEM = re.compile(r",\s+(?:[A-Z][\w.]*\s+){1,2}among\s+them\b")
_MELTED_IN = re.compile(r"\bmelted\s+and\s+poured\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z]\w*)?")


# "cut the duty to zero on 1,711 Malaysian tariff lines, covering farm goods such as palm oil"
# (a count of lines, not a share: "99 per cent of tariff lines, including ...")
_LINES_COVERING = re.compile(r"\b\d[\d,]*\s+(?:(?-i:[A-Z])\w+\s+)?tariff\s+lines\b[^.;]{0,60}?,\s+"
                             r"(?:covering|including|such\s+as|"
                             r"among\s+them)\s+(?P<goods>[^;]+)", re.I)


def _lines_covering(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """A zero on a number of tariff lines, which the sentence goes on to say cover a sector's
    goods: the zero is on those goods."""
    covering = _LINES_COVERING.search(text)
    sectors = list(dict.fromkeys(s for s, _, _ in find_sectors(covering.group("goods")))) \
        if covering else []
    if not sectors:
        return results
    return list(dict.fromkeys(
        replace(m, sector=sector, kind="sectoral") if sector else m
        for m in results for sector in (sectors if m.rate_pct == 0 and m.sector is None
                                        else [None])
    ))


_COMES_ON_TOP = re.compile(r"(?P<aside>(?<=\w),\s+on\s+top\s+of\b)|"
                           # ("Cars beyond the quota will still pay the 25 per cent tariff, on
                           # top of the long-standing 2.5 per cent duty")
                           r",?\s+(?:and\s+)?(?:that|this|it|they|these|which|all\s+that)\s+"
                           # ("A White House official said that rate comes on top of the 20
                           # percent levy": the rate of the sentence before)
                           r"(?:(?:rate|tariff|levy|duty)\s+)?"
                           r"(?:all\s+)?(?:comes?|came|sits?|are|is|goes|go)\s+on\s+top\s+of\b",
                           re.I)


_THAT_RATE = re.compile(r"\b(?:that|this)\s+(?:rate|tariff|levy|duty)\b", re.I)


def _stacked_beneath(text: str, results: list[TariffMention],
                     by_position: list[tuple[int, list[TariffMention]]],
                     countries: list[CountryRef],
                     earlier: list[TariffMention]) -> list[TariffMention]:
    """"Goods of Chinese origin pay a 10% reciprocal duty and a 20% fentanyl-related duty,
    30% combined, and that comes on top of Section 301 tariffs of 7.5% to 25%": the layers
    beneath one country's rates are on the same country's goods."""
    top = _COMES_ON_TOP.search(text)
    if top is None or any(c.start > top.end() and c.code != "US" for c in countries):
        return results
    parties = {(m.imposer, m.target) for end, mentions in by_position if end <= top.start()
               for m in mentions}
    carried = False
    if not parties and earlier and _THAT_RATE.search(text, top.start(), top.end()) \
            and not any(c.code != "US" for c in countries):
        parties = {(m.imposer, m.target) for m in earlier
                   if m.sentence == earlier[-1].sentence}
        carried = True  # (so the sentence's targets are only the article's partner's)
    if len(parties) != 1:
        return results
    ((imposer, target),) = parties
    if imposer != "US" or target in ("*", "US"):
        return results
    beneath = {id(m) for end, mentions in by_position if end > top.end() for m in mentions}
    # (the baseline a rate is said to be on top of, "..., on top of the 10 percent baseline",
    # stays everyone's, as inside a country's reciprocal stack: GUIDELINES)
    aside = top.group("aside") is not None
    return [replace(m, target=target) if id(m) in beneath and m.imposer == imposer
            and (m.target == "*" or carried) and not (aside and m.kind == "baseline")
            else m for m in results]


# "legislation to remove its own tariffs on U.S. industrial goods", "scrap every EU tariff on
# American industrial goods"
_OWN_REMOVAL = re.compile(
    r"\b(?:eliminat|scrap|remov|abolish|drop)\w*\s+(?:(?:its|their|the|own|remaining|all|"
    r"every|bloc['’]s|EU|European)\s+){1,4}(?:tariffs?|duties)\s+on\s+(?:all\s+)?"
    r"(?:U\.S\.|US|American)\s+industrial\s+(?:goods|products|imports)\b")
_DROPPED_MOST = re.compile(r"\b(?:dropp|scrapp|lift|remov)\w*\s+(?:(?:most|all|the\s+rest)\s+of\s+"
                           r"them|most\s+others|most\s+other\s+(?:retaliatory|counter))\b", re.I)
_INCLUDING_RATE = re.compile(r",?\s+(?:including\s+(?:its|their|the|our)|(?:its|their|our))\s+"
                             r"(?P<rate>[\d.]+)\s*(?:%|per\s*cent|percent)")


def _own_removal_on_us(text: str, countries: list[CountryRef],
                       default_partner: str | None) -> tuple[str, float | None] | None:
    """"The United States will cut its tariff on EU cars to 15% ..., once the bloc
    introduces legislation to remove its own tariffs on U.S. industrial goods": a partner's
    removal of its tariffs on American industrial goods, in a sentence on another rate: the
    partner, and the rate it names as included ("..., including its 10 per cent duty on US
    cars"), which falls to zero with it."""
    removal = _OWN_REMOVAL.search(text)
    if removal is None:
        return None
    before = [c for c in countries if c.end <= removal.start() and c.code != "US"]
    actor = ("EU" if re.search(r"\bEU\b|bloc", removal.group(0)) else
             before[-1].code if before else default_partner)
    if actor in EU_MEMBERS:
        actor = "EU"
    if actor is None or actor == "US":
        return None
    included = _INCLUDING_RATE.match(text, removal.end())
    return actor, float(included.group("rate")) if included else None


# "a quota of British steel and aluminium that would enter at zero", "the promised quota at
# zero", "a route to zero per cent for British steel and aluminium within a quota", "will be
# charged no tariff within a quota", "the tariff-free quota for British steel"
_QUOTA_AT_ZERO = re.compile(r"\b(?:at|to)\s+zero\b|\bzero\s+(?:per\s*cent|percent|%)|"
                            r"\bno\s+tariffs?\s+within\b|\b(?:tariff|duty)[- ]free\s+quotas?\b",
                            re.I)


def _quota_at_zero(sentence: Sentence, countries: list[CountryRef],
                   results: list[TariffMention]) -> list[TariffMention]:
    """Britain's May deal promised its steel and aluminium a quota at zero: a sentence on
    that quota ("Washington was to set a quota of British steel and aluminium that would
    enter at zero", "the tariff-free quota for British steel promised in May is still being
    worked out") gives those metals a zero from the United States, promised, whatever they
    pay meanwhile."""
    if not any(c.code == "GB" for c in countries):
        return results
    quota = _QUOTA_AT_ZERO.search(sentence.text)
    after = [sector for sector, _, _ in find_sectors(
        sentence.text[quota.end():quota.end() + 40] if quota else "")
        if sector in ("steel", "aluminum")]
    # (the metals the quota names, "the tariff-free quota for British steel", else the
    # sentence's)
    metals = dict.fromkeys(after or [sector for sector, _, _ in find_sectors(sentence.text)
                                     if sector in ("steel", "aluminum")])
    have = {(m.imposer, m.target, m.sector, m.rate_pct) for m in results}
    added = [TariffMention(imposer="US", target="GB", sector=metal, kind="sectoral",
                           rate_pct=0.0, previous_rate_pct=None, status="agreed",
                           effective_date=None, sentence=sentence.text, start=sentence.start,
                           end=sentence.end)
             for metal in metals if ("US", "GB", metal, 0.0) not in have]
    return [*results, *added]


_PRODUCTS_CONCERNED = re.compile(r"\b(?:the\s+products\s+concerned|(?:most|all|the)\s+listed\s+"
                                 r"products)\b", re.I)


def _countermeasures_list(results: list[TariffMention], countries: list[CountryRef],
                          default_partner: str | None) -> list[TariffMention]:
    """"They provide for additional duties of 25% on most of the products concerned", "its
    first package would have charged 25 per cent on most listed products": the words of a
    partner's list of countermeasures against US goods."""
    actor = next((c.code for c in countries if c.code != "US"), default_partner)
    actor = "EU" if actor in EU_MEMBERS else actor
    if not actor or actor == "US":
        return results
    return list(dict.fromkeys(
        replace(m, imposer=actor, target="US", kind="retaliatory")
        if m.imposer == "US" and m.target in (actor, "*") and m.sector is None else m
        for m in results))


def _removed_beside(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """"... will be charged 10 percent, down from 27.5 percent, and tariffs on British steel
    and aluminum will be removed": a US removal on the goods it names, beside the sentence's
    rate."""
    passive = next((m for m in _PASSIVE_REMOVAL.finditer(text) if m.group("opening") is None),
                   None)
    if passive is None:
        return results
    goods = passive.group("goods")
    partners = [c.code for c in find_countries(goods) if c.code != "US"]
    if len(partners) != 1:
        return results
    sectors: list[str | None] = list(dict.fromkeys(
        sector for sector, _, _ in find_sectors(goods)))
    return list(dict.fromkeys([*results, *(
        replace(results[0], imposer="US", target=partners[0], sector=sector,
                kind="sectoral" if sector else "other", rate_pct=0.0, previous_rate_pct=None)
        for sector in sectors or [None])]))


def _kept_on(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """"Ottawa dropped most of its 25 per cent counter-tariffs on U.S. goods on Sept. 1, but
    kept them on American steel, aluminum and autos": the old rate stays on those goods."""
    kept = _KEPT_THEM.search(text)
    if kept is None:
        return results
    goods = dict.fromkeys(sector for sector, _, _ in find_sectors(kept.group("goods")))
    return list(dict.fromkeys([*results, *(
        replace(m, sector=sector, rate_pct=m.previous_rate_pct, previous_rate_pct=None,
                status="in_effect")
        for m in results if m.rate_pct == 0 and m.previous_rate_pct and m.sector is None
        for sector in goods)]))


# "Tariffs on Japanese generic drugs will be removed" opening a sentence (``_percents`` reads
# a zero at the verb), or "..., and tariffs on British steel and aluminum will be removed"
# beside the sentence's rate (``_removed_beside``)
_PASSIVE_REMOVAL = re.compile(
    r"(?:(?P<opening>^(?:The\s+)?(?:U\.S\.\s+|US\s+|American\s+)?)|,?\s+and\s+(?:the\s+)?)"
    r"(?:tariffs?|duties|levies)\s+on\s+(?P<goods>[^.;%]{3,60}?)\s+(?:will|would)\s+"
    r"(?:also\s+)?be\s+(?P<verb>removed|scrapped|eliminated|lifted|dropped|abolished)\b", re.I)
_KEPT_THEM = re.compile(r"\b(?:kept|keeping|keeps|retain(?:s|ed|ing)?)\s+them\s+(?:only\s+)?on\s+"
                        r"(?P<goods>[^.;]+)", re.I)
_CAP_WORD = re.compile(r"\b(?:caps?|capped|ceiling|no more than|not exceed|will not exceed)\b",
                       re.I)


def _deal_cap(text: str, results: list[TariffMention], countries: list[CountryRef],
              default_partner: str | None) -> list[TariffMention]:
    """"The same 15 per cent cap will apply to pharmaceuticals and semiconductors", "The
    ceiling also covers cars and car parts": a ceiling on a sector's tariff is a term of a
    partner's deal, on the partners the sentence names ("Drugmakers in the European Union
    and Japan rely on ... their governments' deals cap any US tariff on medicines at 15 per
    cent") or else on the story's partner; not the threatened rates above it, nor a rate
    other than the one nearest the cap ("imported into the United States face new tariffs
    of 25%, but Polish exporters are covered by the EU's 15% cap")."""
    percents = find_percents(text)
    caps = list(_CAP_WORD.finditer(text))
    capped = {min(percents, key=lambda p: abs(p.start - cap.start())).value
              for cap in caps if percents}
    results = _capped_goods(text, caps, capped, results)
    named = list(dict.fromkeys("EU" if c.code in EU_MEMBERS else c.code for c in countries
                               if c.code != "US"))
    if not named and default_partner and default_partner != "US":
        named = ["EU" if default_partner in EU_MEMBERS else default_partner]
    if not named:
        return results
    changed: list[TariffMention] = []
    for m in results:
        if m.imposer == "US" and m.target == "*" and m.sector is not None and m.rate_pct <= 25 \
                and m.rate_pct in capped:
            changed.extend(replace(m, target=code) for code in named)
        else:
            changed.append(m)
    return list(dict.fromkeys(changed))


def _capped_goods(text: str, caps: list[re.Match[str]], capped: set[float],
                  results: list[TariffMention]) -> list[TariffMention]:
    """The goods a ceiling is for, named after it ("The 15 per cent will also serve as a
    ceiling for any future US tariffs on European pharmaceuticals and semiconductors") or
    before it ("any tariffs it imposes on pharmaceuticals and semiconductors under Section
    232 ... will not exceed 15 per cent for Switzerland"): the partner's capped rate is on
    them."""
    if not caps:
        return results
    cap = caps[0]
    goods = [sector for sector, _, _ in find_sectors(text[cap.end():cap.end() + 90])] \
        if _FOR_TARIFFS_ON.match(text, cap.end()) else []
    before = text[max(0, cap.start() - 120):cap.start()]
    if not goods and _TARIFFS_ON_BEFORE_CAP.search(before):
        goods = [sector for sector, _, _ in find_sectors(before)]
    if not goods:
        return results
    return list(dict.fromkeys(
        replace(m, sector=sector, kind="sectoral") if m.imposer == "US" and m.target != "*"
        and m.sector is None and m.rate_pct in capped else m
        for m in results for sector in dict.fromkeys(goods)))


_FOR_TARIFFS_ON = re.compile(r"\s+(?:for|on)\s+(?:any\s+)?(?:future\s+)?(?:U\.S\.\s+|US\s+)?"
                             r"(?:sector(?:al)?\s+|sector-specific\s+)?(?:tariffs?|duties|levies)"
                             r"\s+on\b", re.I)
_TARIFFS_ON_BEFORE_CAP = re.compile(r"\b(?:any\s+)?(?:tariffs?|duties)\s+(?:it|they|the\s+US|"
                                    r"Washington)?\s*(?:imposes?\s+|may\s+impose\s+)?on\s+"
                                    r"(?!American\b|U\.S\.|US\b)[^.;%]{3,100}$", re.I)
# The ordinary duty alone: _ORDINARY_DUTY also takes trade remedies, which are on one
# partner's goods anyway, and moved the 10% lumber tariff of a softwood story to Canada.
_USUAL_DUTY = re.compile(
    r"\b(?:standard|ordinary|normal|regular|MFN|most[- ]favou?red[- ]nation)\b")


_SPARED_OTHERS_RATE = re.compile(
    r"\b(?:(?:will|would|do|does|are|is)\s+not\s+(?:be\s+)?(?:subject\s+to|face|pay)|"
    r"(?:are|is|were|was|be)\s+(?:spared|exempt(?:ed)?\s+from)|escapes?|escaped|avoids?|avoided|"
    r"spared)\s+the\s+(?P<rate>[\d.]+\s*(?:%|percent\b|per cent\b))\s+(?:[\w-]+\s+)?"
    r"(?:tariffs?|duties|levies|levy|duty|rate)\s+(?:that\s+)?"
    r"(?:the\s+(?:US|U\.S\.|United\s+States)\s+|Washington\s+|it\s+)?(?:has\s+|had\s+)?"
    r"(?:applied|applies|imposed|imposes|charges|charged|levied|levies)\s+(?:to|on)\s+"
    r"(?:imports\s+from\s+)?(?:all\s+|most\s+)?other\s+(?:countries|trading\s+partners|nations|"
    r"suppliers|producers|economies)\b", re.I)


def _goods_before_colon(text: str, countries: list[CountryRef], results: list[TariffMention],
                        by_position: list[tuple[int, list[TariffMention]]]
                        ) -> list[TariffMention]:
    """"... in response to the tariffs the United States has applied since that day on
    Canadian goods: 25 per cent on most such goods and 10 per cent on non-compliant energy
    products": the clause before a colon says whose rates the list after it gives, when it
    names the one country whose goods they are on (and the list names no country nor all
    partners itself)."""
    colon = text.find(":")
    after = text[colon:]
    if colon < 0 or find_countries(after) or _ALL_PARTNERS.search(after):
        return results
    clause = max(text.rfind(",", 0, colon), text.rfind(";", 0, colon), 0)
    owners = {c.code for c in countries if clause <= c.start < colon and c.code != "US"
              and _names_goods(text, c) and _AFTER_PREPOSITION.search(
                  text, max(0, c.start - 12), c.start)}
    if len(owners) != 1 or any(clause <= c.start < colon and c.code not in owners | {"US"}
                               for c in countries):
        return results
    (owner,) = owners
    us_acts = _us_acts_between(text, countries, clause, colon)
    listed = {id(m) for end, mentions in by_position if end > colon for m in mentions}
    changed: list[TariffMention] = []
    for m in results:
        if id(m) in listed and m.imposer == "US" and m.target == "*":
            m = replace(m, target=owner)
        elif id(m) in listed and us_acts and m.imposer == owner and m.target == "US":
            m = replace(m, imposer="US", target=owner,
                        kind="sectoral" if m.sector else "other")
        changed.append(m)
    return list(dict.fromkeys(changed))


def _partners_stack(results: list[TariffMention]) -> list[TariffMention]:
    """"Cars shipped above that number will pay 25% on top of the standard 2.5% duty" (in a
    story on Britain's quota), "A pair of cotton jeans that used to enter the United States
    duty-free now pays the ordinary 16.6 per cent duty, ... for a combined 31.6 per cent":
    the ordinary duty and the stack it is part of are on the goods of the one partner the
    sentence puts a rate of their sector on."""
    changed: list[TariffMention] = []
    for m in results:
        if m.target == "*" and m.sector is not None:
            partners = {o.target for o in results if o.imposer == m.imposer
                        and o.sector == m.sector and o.target not in ("*", m.imposer)}
            if len(partners) == 1:
                m = replace(m, target=partners.pop())
        changed.append(m)
    return list(dict.fromkeys(changed))


def _enters_free(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """"Most American goods already enter Morocco duty-free", "Costa Rica already admits
    almost all U.S. goods duty-free": the country the goods enter charges the zero, on the
    goods' country."""
    free = _DUTY_FREE.search(text)
    if not free:
        return results
    before = text[:free.start()]
    countries = find_countries(text)  # (with those the goods go to)
    entered = _ENTERS.search(before)
    if entered:
        door = next((c for c in countries if c.start == entered.start("place")), None)
    else:
        admits = _ADMITS.search(before)
        door = next((c for c in reversed(countries) if admits and c.end <= admits.start()
                     and admits.start() - c.end < 40), None)
    if door is None or door.code == "US":
        return results
    origins = [c.code for c in countries if c.end <= free.start() and c.code != door.code]
    origin = origins[-1] if origins else "US"
    return [replace(m, imposer=door.code, target=origin)
            if m.rate_pct == 0.0 and m.imposer == "US" and m.target in (door.code, "*") else m
            for m in results]


def _own_industrial_zero(text: str, countries: list[CountryRef],
                         results: list[TariffMention]) -> list[TariffMention]:
    """"Switzerland abolished all customs duties on industrial goods on 1 January 2024": a
    partner's own removal on industrial goods from anywhere, in a clause that names no
    other country, is on all suppliers (not on the United States by default); American
    goods named after it ("so that nearly all American products now enter Switzerland
    duty-free") keep their zero too."""
    removal = _INDUSTRIAL_REMOVAL.search(text)
    if removal is None:
        return results
    clause = clause_at(text, removal.start())
    stop = re.compile(r"[,;.]").search(text, removal.end())
    after = stop.start() if stop else len(text)
    if any(clause[0] <= c.start < removal.start() and c.code == "US"
           or removal.end() <= c.start < after for c in countries):
        return results
    american = any(c.code == "US" and c.start >= removal.end() for c in countries)
    changed: list[TariffMention] = []
    for m in results:
        if m.imposer not in ("US", "") and m.target == "US" and m.rate_pct == 0.0 \
                and m.sector is None:
            if american:
                changed.append(m)
            changed.append(replace(m, target="*", kind="other", previous_rate_pct=None))
        else:
            changed.append(m)
    return list(dict.fromkeys(changed))


def _total_of_goods(text: str, results: list[TariffMention],
                    by_position: list[tuple[int, list[TariffMention]]]) -> list[TariffMention]:
    """"Bangladeshi apparel already paid ... duties averaging about 15%, so many shipments
    will bear a combined charge of around 35%": the total a rate adds up to is on the same
    goods from the same country as the rate before it."""
    changed: dict[int, TariffMention] = {}
    for (end, firsts), (later_end, laters) in itertools.pairwise(by_position):
        if not _TOTAL_TO.search(text[end:later_end]):
            continue
        model = next((m for m in firsts if m.sector and m.target != "*"), None) or next(
            (m for m in firsts if m.sector), None)
        if model is None:
            continue
        for m in laters:
            if m.imposer == model.imposer and m.sector is None and model.rate_pct is not None \
                    and m.rate_pct is not None and m.rate_pct > model.rate_pct:
                changed[id(m)] = replace(m, target=model.target, sector=model.sector)
    return list(dict.fromkeys(changed.get(id(m), m) for m in results))


_TOTAL_TO = re.compile(r"\b(?:total|combined)\b[^.;%\d]{0,80}?\b(?:to|of|at)\s+(?:about\s+|"
                       r"around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?[\d.]+\s*"
                       r"(?:%|percent|per\s+cent)\s*$", re.I)


def _removals_by_origin(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """"The United States will remove reciprocal tariffs on ... coffee, bananas, and cocoa
    from Ecuador, Guatemala, and El Salvador, and on ... pharmaceutical ingredients from
    Argentina": a removal in parts, each on its goods from its countries."""
    removal = next((m for m in _ABOLISH.finditer(text)
                    if not find_countries(text[:m.start()].rsplit(",", 1)[-1])
                    or _US_SUBJECT.search(text[:m.start()])), None)
    zeros = [m for m in results if m.imposer == "US" and m.rate_pct == 0.0]
    if removal is None or not zeros:
        return results
    parts = re.split(r",?\s+and\s+on\s+", text[removal.end():])
    pairs: list[tuple[str, str | None]] = []
    for part in parts:
        origins = list(dict.fromkeys(c.code for c in find_countries(part) if c.code != "US"))
        sectors: list[str | None] = [s for s, _, _ in find_sectors(part)] or [None]
        if not origins:
            return results  # a part whose goods come from nowhere named: not this pattern
        pairs += [(code, sector) for code in origins for sector in sectors]
    if len(parts) < 2:
        return results
    model = zeros[0]
    kept = [m for m in results if m not in zeros]
    return list(dict.fromkeys(kept + [replace(model, target=code, sector=sector)
                                      for code, sector in pairs]))


_US_SUBJECT = re.compile(r"\b(?:The\s+United\s+States|Washington|the\s+U\.?S\.?|Trump)\s+"
                         r"(?:will|would|has|had|agreed\s+to|is\s+to)?\s*$")


_OWN_WAIVER = re.compile(r"(?:^|\b(?:the\s+government|New\s+Delhi)\s+|^It\s+)(?:has\s+|had\s+)?"
                         r"waived\s+(?:its|the)\s+[\d.]+\s*(?:%|pc|per\s*cent|percent)\s+"
                         r"(?:import\s+|customs\s+)?duty\b", re.I)
_SOFTWOOD_DISPUTE = re.compile(r"\b(?:anti-?dumping|countervailing)\b", re.I)
_CANADIAN_WOOD = re.compile(r"\b(?:Canad\w*|Ottawa|Ontario|Quebec|British Columbia|softwood|"
                            r"up north)\b", re.I)


def _copper_on_all(text: str, countries: list[CountryRef],
                   results: list[TariffMention]) -> list[TariffMention]:
    """"Chile spared as US 50% copper tariff leaves out cathodes", "exports of copper
    concentrate from Botswana are not affected by the 50% tariff on semi-finished copper
    products": the copper tariff is on everyone's goods; the country whose shipments it
    spares is no target of it (unlike "Korean copper products ... remain subject to 50%")."""
    if not _SPARES.search(text):
        return results
    own = {c.code for c in countries if _OWN_COPPER.match(text, c.end)
           or _COPPER_FROM.search(text, max(0, c.start - 30), c.start)}
    return list(dict.fromkeys(
        replace(m, target="*") if m.imposer == "US" and m.sector == "copper" and m.rate_pct
        and m.target not in ("*", "US") and m.target not in own else m for m in results))


_SPARES = re.compile(r"\b(?:spared|spares|sparing|leav(?:es|ing)\s+out|left\s+out|"
                     r"(?:not|un)\s*affected|confin(?:es|ed)|limit(?:s|ed)\s+the)\b"
                     # "covers semi-finished products such as pipes and wire, not the cathodes"
                     r"|,\s+not\s+the\s+(?:cathodes|concentrates?|ores?|refined)\b", re.I)
# "Korean copper pipes and wire", "Mexican steel, aluminum and copper": the country's own
_OWN_COPPER = re.compile(r"(?:['’]s)?\s+(?:(?:steel|aluminium|aluminum|refined|semi-finished)"
                         r"[\s,]+(?:and\s+)?){0,3}copper\s+(?!exporters|producers|miners)", re.I)
_COPPER_FROM = re.compile(r"\bcopper\s+(?!concentrates?\b|cathodes?\b|ores?\b)(?:\w+\s+)?"
                          r"from\s+(?:the\s+)?$", re.I)
_INDUSTRIAL_REMOVAL = re.compile(
    r"\b(?:abolish(?:ed|es)?|scrapped|eliminated|removed|(?:levied|charged)\s+any)\s+"
    r"(?:all\s+)?(?:of\s+)?(?:its\s+|their\s+)?(?:customs\s+|import\s+)?(?:duties|tariffs)\s+"
    r"on\s+(?:all\s+)?industrial\s+(?:goods|products|imports)\b", re.I)
_ENTERS = re.compile(r"\b(?:enter|enters|entered|entering)\s+(?:the\s+)?(?P<place>[A-Z][\w.]*"
                     r"(?:\s+[A-Z][\w.]*)?)\s+(?:already\s+|again\s+)?$")
_ADMITS = re.compile(r"\b(?:already\s+|still\s+)?(?:admits|admitted|lets in|let in)\b[^,;]{0,80}$")


def _rates_respectively(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """"Thailand and Malaysia, which face rates of 36 percent and 25 percent respectively":
    as many rates as countries, each given all of them, pair up in order."""
    listed = _LIST_RESPECTIVELY.search(text)
    if listed:
        # "He signed agreements with Malaysia and Cambodia that keep a 19 percent tariff ...,
        # as well as framework deals with Thailand and Vietnam, which face rates of 19 percent
        # and 20 percent respectively": the list pairs with the countries named after the
        # rate before it
        earlier = find_percents(text[:listed.start()])
        since = earlier[-1].end if earlier else 0
        scope = [ref.code for ref in find_countries(text[since:listed.start()])
                 if ref.code != "US"]
        outside = [m for m in results if m.target not in scope]
        # (since > 0: the text read again starts after that rate, so this happens once)
        if since and scope and outside and len(set(scope)) == len(scope):
            return outside + _rates_respectively(
                text[since:], [m for m in results if m.target in scope])
    rates = list(dict.fromkeys(m.rate_pct for m in results))
    targets = list(dict.fromkeys(m.target for m in results))
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", listed.group("list"))] \
        if listed else []
    if (len(set(numbers)) < len(numbers) or len(results) < len(numbers) ** 2) \
            and len(numbers) == len(targets) and \
            len({(m.imposer, m.sector) for m in results}) == 1:
        # "Cambodia, Thailand and Viet Nam face US reciprocal tariffs of 19, 19 and 20 per
        # cent respectively": a rate repeated in the list is still one a country
        first = {ref.code: ref.start for ref in reversed(find_countries(text))}
        if all(t in first for t in targets):
            order = sorted(targets, key=lambda t: first[t])
            template = {m.target: m for m in reversed(results)}
            return [replace(template[t], rate_pct=n) for t, n in zip(order, numbers, strict=True)]
    # (each pair once, whatever old rates it was read with: "... 35 per cent and 30 per cent
    # respectively from 1 August, down from 37 per cent and 35 per cent")
    pairs = {(m.target, m.rate_pct) for m in results}
    if len(rates) < 2 or len(rates) != len(targets) or len(pairs) != len(rates) ** 2 or \
            len({(m.imposer, m.sector) for m in results}) != 1:
        return results
    named: dict[str, int] = {}
    for ref in find_countries(text):
        named.setdefault(ref.code, ref.start)
    if not all(t in named for t in targets):
        return results
    order = sorted(targets, key=lambda t: named[t])
    paired = [m for m in results if order.index(m.target) == rates.index(m.rate_pct)]
    old = _OLDS_AFTER.search(text)
    olds = [p.value for p in find_percents(old.group("olds"))] if old else []
    if len(olds) == len(order):
        # "... down from 37 per cent and 35 per cent": the old rates in the same order
        paired = [replace(m, previous_rate_pct=olds[order.index(m.target)]) for m in paired]
    return paired


_UNIT = r"(?:\s*(?:%|percent\b|per cent\b))?"
_LIST_RESPECTIVELY = re.compile(
    # ("19, 19 and 20 per cent respectively", "19 percent and 20 percent respectively")
    # (not old rates: "down from the 48% and 44% respectively")
    r"(?<![\d.])(?<!from )(?<!from the )(?<!with )(?<!with the )"
    r"(?P<list>\d+(?:\.\d+)?" + _UNIT + r"(?:\s*,\s*\d+(?:\.\d+)?" + _UNIT + r")*,?\s+and\s+"
    r"\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)[^.;%]{0,40}?\brespectively\b", re.I)
_OLDS_AFTER = re.compile(
    r"\b(?:down|up)\s+from\s+(?:the\s+)?(?P<olds>[\d.]+\s*(?:%|percent\b|per cent\b)?(?:\s*,\s*"
    r"[\d.]+\s*(?:%|percent\b|per cent\b)?)*,?\s+and\s+[\d.]+\s*(?:%|percent\b|per cent\b))",
    re.I)


def _old_rates_respectively(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """"Laos and Myanmar were each set at 40%, down from 48% and 44% respectively": one new
    rate for each, the old rates in order (the second old rate is no rate of its own)."""
    match = _FROM_RESPECTIVELY.search(text)
    if not match:
        return results
    new = find_percents(match.group("new"))
    olds = [p.value for p in find_percents(match.group("olds"))]
    if not new or len(olds) < 2:
        return results
    rate = new[0].value
    results = [replace(m, rate_pct=rate, previous_rate_pct=m.rate_pct)
               if m.rate_pct in olds[1:] and m.previous_rate_pct is None else m for m in results]
    # (the first old rate read as a rate of its own, beside the new one: it is the old one)
    first = [m for m in results if m.rate_pct == olds[0] and m.previous_rate_pct is None
             and any(n.rate_pct == rate and n.target == m.target for n in results)]
    return [replace(m, previous_rate_pct=olds[0])
            if m.rate_pct == rate and m.previous_rate_pct is None
            and any(f.target == m.target for f in first) else m
            for m in results if m not in first]


_FROM_RESPECTIVELY = re.compile(
    r"(?P<new>[\d.]+\s*(?:%|percent\b|per cent\b))[^.;%]{0,60}?\b(?:down|up)\s+from\s+"
    r"(?:the\s+)?(?P<olds>[\d.]+\s*(?:%|percent\b|per cent\b)?(?:\s*,\s*[\d.]+\s*"
    r"(?:%|percent\b|per cent\b)?)*,?\s+and\s+[\d.]+\s*(?:%|percent\b|per cent\b))"
    r",?\s+respectively\b", re.I)


def _paid_until(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """"Brazilian coffee and beef, which paid 50% until Thursday, still pay 40%": the rate
    paid until a day is the old rate of the one paid now."""
    paid = _PAID_UNTIL.search(text) if "until" in text else None
    if not paid:
        return results
    old, new = (find_percents(paid.group(g))[0].value for g in ("old", "new"))
    olds = [m for m in results if m.rate_pct == old]
    news = [m for m in results if m.rate_pct == new]
    if not (olds and news):
        return results
    return [replace(m, previous_rate_pct=old) if m in news else m
            for m in results if m not in olds]


def _us_applies(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """"The European Union charges a 10% tariff on American cars, four times the 2.5% rate the
    United States applies to imported passenger cars": that rate is the US's."""
    for match in _US_APPLIES.finditer(text) if "%" in text or "per" in text else ():
        rates = [p.value for p in find_percents(match.group(0))]
        # (a partner's own rate on US goods, said again elsewhere at the same value, stays
        # its own: "the 10% duty Washington applies ... - while Beijing charges 10% on
        # American products")
        again = {p.value for p in find_percents(text)
                 if not match.start() <= p.start < match.end()}
        results = [replace(m, imposer="US", target="*" if m.target == "US" else m.target)
                   if m.rate_pct in rates and m.imposer != "US"
                   and not (m.target == "US" and m.rate_pct in again) else m for m in results]
    return results


def _each_side(text: str, results: list[TariffMention]) -> list[TariffMention]:
    """"A further 24% on each side was suspended", "a reciprocal tariff-free quota of 13,000
    tonnes for beef": the rate (the zero of the quota) both ways."""
    side = _EACH_SIDE.search(text)
    if not side:
        return results
    zeros_only = side.group("free") is not None
    rated = find_percents(side.group()) if side.group("rate") else []
    only_rate = rated[-1].value if rated else None
    # (a free quota's goods are in its own clause: not "..., and the UK will grant a
    # tariff-free quota of 1.4 billion litres for US ethanol", one way only)
    clause = (_CLAUSE_BREAK.split(text[max(0, side.start() - 100):side.start()])[-1]
              + _CLAUSE_BREAK.split(text[side.start():side.end() + 100])[0])
    sectors = {sector for sector, _, _ in find_sectors(clause)} if zeros_only else set()

    def swapped(m: TariffMention) -> TariffMention:
        # (a suspended slice is the partner's answer to the US's surcharge, or the other way)
        kind: TariffKind = m.kind if only_rate is None else \
            "surcharge" if m.target == "US" else "retaliatory"
        return replace(m, imposer=m.target, target=m.imposer, kind=kind)

    return results + [swapped(m) for m in results if m.target not in ("*", m.imposer)
                      and (only_rate is None or m.rate_pct == only_rate)
                      and (not sectors or m.sector in sectors)
                      # (a quota's zero, not a removal beside it: "and the UK will remove
                      # its 19% tariff on ... US ethanol")
                      and ((m.rate_pct == 0.0 and m.previous_rate_pct is None)
                           or not zeros_only) and not any(
                          o.imposer == m.target and o.target == m.imposer
                          and o.rate_pct == m.rate_pct and o.sector == m.sector
                          for o in results)]


_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but)\s|;")
_EACH_SIDE_PATTERN = re.compile(r"\d\s*(?:%|percent|per cent)\s+(?:on|by|for)\s+each\s+side\b|"
                        # "the reciprocal rates on both sides would have climbed back to 34%"
                        r"\b(?:rates?|tariffs?|duties|levies)\s+on\s+both\s+sides\b(?!\s+of)|"
                        # "An additional 24 percent tariff that each side suspended for 90 days"
                        r"\b(?:rates?|tariffs?|duties|levies)\s+that\s+(?:each\s+side|both\s+sides|"
                        r"the\s+two\s+sides)\s+(?:has\s+|have\s+|had\s+)?(?:suspended|paused|"
                        r"imposed|kept|set\s+aside|put\s+on\s+hold)\b|"
                        # "Each side will suspend a further 24% of the duties it announced",
                        # "Both sides have shelved an additional 24 percent" (that rate only)
                        r"\b(?:each\s+side|both\s+sides|the\s+two\s+sides)\s+(?:will\s+|would\s+|"
                        r"has\s+|have\s+|had\s+|agreed\s+to\s+)?(?:suspend|pause|shelve|freeze|"
                        r"set\s+aside|put\s+on\s+hold)\w*\s+(?:(?:an?|the|their|its)\s+)?"
                        r"(?:(?:further|additional|extra|remaining)\s+)?"
                        r"(?P<rate>[\w.-]+)\s*(?:%|percent\b|per cent\b)|"
                        # "a reciprocal tariff-free quota of 13,000 tonnes for beef"
                        r"(?P<free>\breciprocal\s+(?:duty|tariff)[- ]free\b|"
                        # "will each grant the other a tariff-free quota of 13,000 tonnes"
                        r"\beach\s+(?:grant|give|offer|open)s?\s+the\s+other\s+(?:an?\s+)?"
                        r"(?:duty|tariff)[- ]free\b|"
                        r"(?:duty|tariff)[- ]free\b[^.;]{0,60}\bin both directions\b|"
                        # "with US farmers given tariff-free access to the UK for the same
                        # amount"
                        r"(?:duty|tariff)[- ]free\s+(?:access|quotas?)\b[^.;%]{0,40}?\bfor\s+"
                        r"the\s+same\s+(?:amount|quantity|volume|tonnage)\b|"
                        # "offered the United States zero-for-zero tariffs on industrial goods",
                        # "negotiate on the basis of zero tariffs on both sides"
                        r"\bzero[- ]for[- ]zero\b|"
                        r"\bzero\s+(?:tariffs?|duties)\s+on\s+both\s+sides\b)",
                        re.I)
# Every alternative of the pattern holds one of these words.
_EACH_SIDE = _Guarded(_EACH_SIDE_PATTERN, re.compile(
    r"\b(?:each|both|two\s+sides|reciprocal|same|zero)\b", re.I))
_PAID_UNTIL = re.compile(
    r",\s+which\s+(?:had\s+)?paid\s+(?P<old>[\w.-]+\s*(?:%|percent\b|per cent\b))\s+until\s+"
    r"[^,;]{2,30},\s+(?:still\s+|now\s+)?(?:pay|pays)\s+(?:only\s+)?"
    r"(?P<new>[\w.-]+\s*(?:%|percent\b|per cent\b))", re.I)
_AND_A_LEVY = re.compile(r",?\s+and\s+(?:an?\s+)?(?P<rate>[\w.-]+)\s*(?:%|percent\b|per cent\b)\s+"
                         r"(?:levy|tariff|duty)\s+on\b", re.I)
# "suspending its additional 24 percent tariff on United States goods while keeping a 10
# percent rate in place"
_WHILE_KEEPING = re.compile(
    r"\bwhile\s+(?:keeping|maintaining|retaining|leaving|suspending|pausing|shelving)\s+"
    r"(?:its|their|the|a|an)\s+(?:(?:further|additional|extra|remaining|existing)\s+)?"
    r"(?P<rate>[\w.-]+)\s*(?:%|percent\b|per cent\b)", re.I)
_OWN_OBJECT = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:on|against)\s")
_FURTHER = re.compile(r"\b(?:a|another)\s+further\s+(?P<rate>[\w.-]+)\s*(?:%|percent\b|"
                      r"per cent\b)", re.I)


def _further_of(
    text: str, results: list[TariffMention], by_position: list[tuple[int, list[TariffMention]]]
) -> list[TariffMention]:
    """"Beijing kept the 10 percent levy it charges on all U.S. goods and suspended a further
    24 percent": a further rate is the one before's imposer's, on the same goods; so is the
    next rate of the same verb ("it put a 15% levy on American coal and a 10% levy on U.S.
    crude oil")."""
    further = _FURTHER.finditer(text) if "further" in text else ()
    meanwhile = _WHILE_KEEPING.finditer(text) if "while" in text else ()
    for match in [*further, *_AND_A_LEVY.finditer(text), *meanwhile]:
        before = [ms for end, ms in by_position if end <= match.start() and ms]
        if not before or before[-1][0].imposer == "US" or before[-1][0].target != "US":
            continue
        prior = before[-1][0]
        percents = find_percents(match.group(0))
        if not percents:
            continue
        rate = percents[0].value
        # (what it keeps while doing the other is on the same goods: "will keep its 10% tariff
        # on U.S. goods while suspending the further 24%", not the farm goods before)
        # (unless it names its own: "while keeping its 25 per cent counter-tariffs on American
        # steel", "while keeping a 10% levy on all US imports")
        same_goods = match.re is _WHILE_KEEPING and not _OWN_OBJECT.match(text, match.end())
        results = [replace(m, imposer=prior.imposer, target=prior.target,
                           sector=prior.sector if same_goods else m.sector,
                           kind=prior.kind if same_goods else m.kind)
                   if m.rate_pct == rate and (
                       m.imposer == "US" and m.target in (prior.imposer, "*")
                       or same_goods and (m.imposer, m.target) == (prior.imposer, prior.target))
                   else m for m in results]
    return results


# "Trump on Friday signed an order removing reciprocal tariffs on beef, coffee, bananas and
# other foods": the president's order frees the goods from every partner.
_ORDER_REMOVING = re.compile(
    r"\b(?:Trump|[Pp]resident|White House|order)\b[^.;]{0,60}?\b(?:remov|exempt|lift|"
    r"scrap)\w*\s+(?:the\s+|his\s+)?(?:so-called\s+)?(?:reciprocal\s+)?(?:tariffs|duties)"
    r"\s+(?:on|from)\b")


def _partners_own(
    text: str, results: list[TariffMention],
    by_position: list[tuple[int, list[TariffMention]]], partner: str,
) -> list[TariffMention]:
    """In a story about one partner, rates its sentence leaves to the United States that are
    the partner's: a sector's zero on no one named ("Generic drugs, aircraft and aircraft
    parts will enter duty-free": the partner's exemption, as the gold's writers mostly read
    it, unless the sentence says all partners; TP +12, FP -15 on a*-w* when written), a zero
    in a clause on American goods ("the government scrapped the remaining customs duties it
    charged on American imports", "Vietnam would open its market to the United States with
    zero tariffs": the partner's own), and "it has charged an additional 40 percent on
    vehicles imported from China" (the partner's tariff on a third country)."""
    if not _ALL_PARTNERS.search(text) and not _ORDER_REMOVING.search(text):
        results = [replace(m, target=partner) if m.rate_pct == 0 and m.imposer == "US"
                   and m.target == "*" and m.sector else m for m in results]
    if _ON_US_GOODS.search(text):
        theirs = {id(m) for end, mentions in by_position
                  if _ON_US_GOODS.search(text, *clause_at(text, end - 1)) for m in mentions}
        results = [replace(m, imposer=partner, target="US") if id(m) in theirs
                   and m.rate_pct == 0 and m.imposer == "US" and m.target == partner
                   else m for m in results]
    if "it " in text.lower():
        own = {id(m) for end, mentions in by_position
               if _IT_CHARGES.search(text, clause_at(text, end - 1)[0], end) for m in mentions}
        results = [replace(m, imposer=partner) if id(m) in own and m.imposer == "US"
                   and m.target not in (partner, "US", "*") else m for m in results]
    return results


def _those_named_before(
    results: list[TariffMention], those: tuple[str, ...], partner: str | None
) -> list[TariffMention]:
    """"Those countries remain at the 10 percent baseline rate", in a sentence that names
    none: the partners the sentence before named."""
    if set(those) <= {m.target for m in results}:
        # "Those countries' higher reciprocal rates, 46% for Vietnam, 26% for India and 32%
        # for Indonesia": the sentence gives each its own
        return results
    spread: list[TariffMention] = []
    for m in results:
        if m.imposer == "US" and (m.target in (partner, "*") or m.target in those):
            spread.extend(replace(m, target=code) for code in those)
        else:
            spread.append(m)
    return spread


_AS_DO = re.compile(r",\s+(?:as|and\s+so)\s+(?:do|does|did|were|was|are|is)\s+(?P<what>[^,;%]*)")


def _as_do(
    text: str, countries: list[CountryRef], by_position: list[tuple[int, list[TariffMention]]]
) -> list[TariffMention]:
    """"Chile stays at the 10 per cent baseline, as does the United Kingdom"; "Irish whiskey
    pays 15 per cent, as do Japanese malts"; "South Korea was also handed 25 percent, as were
    Malaysia and Kazakhstan": the same rate for the country (or the goods) named after "as
    do"."""
    added: list[TariffMention] = []
    for end, mentions in by_position:
        match = _AS_DO.match(text, end, min(len(text), end + 120)) or _AS_DO.search(
            text, end, min(len(text), end + 120))
        if not match or find_percents(text[end:match.end()]):
            continue  # (not "as does anything caught by the 25 per cent tariff on cars")
        if find_percents(text[match.start("what"):match.end() + 25]):
            continue  # (nor "as did South Korea's 15% rate": a rate of its own)
        what = match.span("what")
        named = [c.code for c in countries if what[0] <= c.start < what[1] and c.code != "US"]
        sectors: list[str | None] = [s for s, _, _ in find_sectors(text[what[0]:what[1]])]
        for m in mentions:
            if m.imposer != "US":
                continue
            for code in dict.fromkeys(named or [m.target]):
                for sector in sectors or [m.sector]:
                    if (code, sector) != (m.target, m.sector):
                        added.append(replace(m, target=code, sector=sector))
    return added


def _same_in_return(
    text: str, by_position: list[tuple[int, list[TariffMention]]]
) -> list[TariffMention]:
    """"a tariff-free quota of 13,000 tonnes for British beef, ..., and the UK will grant the
    same tariff-free access to 13,000 tonnes of US beef": the partner's zero on the United
    States' goods, in return."""
    added: list[TariffMention] = []
    for end, mentions in by_position:
        match = _SAME_ACCESS.search(text, end, min(len(text), end + 160))
        if not match or find_percents(text[end:match.start()]):
            continue
        sectors: list[str | None] = [s for s, _, _ in find_sectors(match.group("what"))]
        for m in mentions:
            if m.imposer != "US" or m.rate_pct != 0 or m.target in ("*", "US"):
                continue
            for sector in sectors or [m.sector]:
                added.append(replace(m, imposer=m.target, target="US", sector=sector,
                                     kind="other", previous_rate_pct=None))
    return list(dict.fromkeys(added))


_SAME_ACCESS = re.compile(r"\bthe\s+same\s+(?:tariff-free\s+|duty-free\s+)?(?:access|quota|"
                          r"treatment)\b[^.;]{0,60}?\b(?:US|U\.S\.|American)\s+"
                          r"(?P<what>[\w-]+(?:\s+[\w-]+)?)", re.I)


def _average_tariff(
    text: str, countries: list[CountryRef], results: list[TariffMention],
    by_position: list[tuple[int, list[TariffMention]]], default_partner: str | None,
) -> list[TariffMention]:
    """"India's simple average applied tariff is about 17 per cent", "The country applies a
    simple average most-favored-nation tariff of about 6.1 percent": a partner's own
    average tariff, on every partner; an average US rate ("the average effective U.S.
    tariff rate: 17.9%") is a statistic, no fact."""
    if "average" not in text.lower():
        return results
    out = {id(m): m for m in results}
    for end, mentions in by_position:
        averages = list(_AVERAGE.finditer(text, max(0, end - 120), end))
        average = averages[-1] if averages else None
        if average is None or find_percents(text[average.end():end])[1:]:
            continue
        if _US_AVERAGE.search(text, max(0, average.start() - 20), average.end()):
            for m in mentions:
                out.pop(id(m), None)
            continue
        # the owner: "India's ... average", "The country applies a ... average"; not goods
        # that face an average duty ("Bangladeshi apparel faced an average duty of 15%")
        owners = [c for c in countries if c.start < average.start() and c.code != "US"
                  and _OWNS_AVERAGE.match(text, c.end, average.start())]
        owner = owners[-1].code if owners else (
            default_partner if _IT_APPLIES.search(text, 0, average.start()) else None)
        if owner is None:
            continue
        own_sector = find_sectors(text[average.start():end])
        # ("Malaysia's average applied tariff on American goods is 5.6%": on the US alone)
        on = "US" if _ON_US_GOODS.match(text, average.end() + 1) else "*"
        for m in mentions:
            out[id(m)] = replace(m, imposer=owner, target=on, kind="other",
                                 sector=m.sector if own_sector else None)
    return [out[id(m)] for m in results if id(m) in out]


_AVERAGE = re.compile(r"\baverage\s+(?:(?:applied|effective|MFN|most-favou?red-nation|import|"
                      r"simple|U\.S\.|US)\s+)*(?:tariff|duty|rate)s?\b", re.I)
_OWNS_AVERAGE = re.compile(r"(?:['’]s\s+|\s+(?:applies|charges|levies|has)\s+(?:an?\s+)?)"
                           r"(?:[\w-]+\s+){0,3}$", re.I)
_IT_APPLIES = re.compile(r"\b(?:the country|it)\s+(?:applies|charges|levies|has)\s+(?:an?\s+)?"
                         r"(?:[\w-]+\s+){0,3}$", re.I)
_US_AVERAGE = re.compile(r"\b(?:U\.S\.|US|American)\s+(?:tariff\s+)?rate|\baverage effective\b",
                         re.I)


def _listed_for(
    text: str, countries: list[CountryRef], results: list[TariffMention],
    by_position: list[tuple[int, list[TariffMention]]],
) -> list[TariffMention]:
    """"Canadian workers and businesses continue to face unjustified U.S. tariffs: 25 per
    cent on ..., 50 per cent on steel and aluminum, 10 per cent on energy": the rates listed
    after a colon whose head says a country faces them are that country's."""
    colon = text.find(": ")
    if colon < 0 or find_percents(text[:colon]):
        return results
    head = [c for c in countries if c.start < colon and c.code != "US"]
    if len({c.code for c in head}) != 1 or not _FACES_IT.search(text, head[0].end, colon):
        return results
    listed = {id(m) for end, mentions in by_position if end > colon for m in mentions}
    code = head[0].code
    return [replace(m, target=code) if id(m) in listed and m.target == "*" and m.imposer == "US"
            else m for m in results]


def _broken_down(
    text: str, results: list[TariffMention], by_position: list[tuple[int, list[TariffMention]]]
) -> list[TariffMention]:
    """"American soybeans still pay 23% to enter China: a 3% standard duty, a 10% levy
    ...": the parts after a colon that breaks down a partner's rate are that partner's,
    not the United States' on the partner."""
    if len(by_position) < 2:
        return results
    fixed: dict[int, TariffMention] = {}
    first_end, first = by_position[0]
    partner = [m for m in first if m.imposer != "US"]
    if partner and _BREAKDOWN.match(text, first_end):
        lead = partner[0]
        for _, mentions in by_position[1:]:
            for m in mentions:
                if m.imposer == "US" and m.target in (lead.imposer, "*"):
                    fixed[id(m)] = replace(m, imposer=lead.imposer, target=lead.target,
                                           sector=m.sector or lead.sector)
    else:
        # "softwood lumber from Canada now carries about 45% in all: duties totalling
        # 35.19% plus a 10% tariff": the parts of a sector's rate are that sector's
        for index, (end, mentions) in enumerate(by_position[:-1]):
            sectors = {m.sector for m in mentions}
            if len(sectors) != 1 or None in sectors or not _BREAKDOWN.match(text, end):
                continue
            lead = mentions[0]
            for _, parts in by_position[index + 1:]:
                for m in parts:
                    if m.sector is None and (m.imposer, m.target) == (lead.imposer, lead.target):
                        fixed[id(m)] = replace(m, sector=lead.sector)
            break
    return [fixed.get(id(m), m) for m in results]


_BREAKDOWN = re.compile(r"[^.;:]{0,40}(?::\s|,\s+(?:made up of|comprising|consisting of|"
                        r"adding)\b)")


# "..., which the 40 per cent does not touch": the rate leaves those goods alone
_NOT_ON_IT = re.compile(r"\b(?:does|do|did|will|would)\s*(?:not|n't)\s+(?:touch|apply|cover|"
                        r"affect|include)\b", re.I)
_OWN_BASELINE = re.compile(
    r"\b(?:its|their|(?-i:[A-Z])[\w.]*['’]s)\s+(?:[\w.%-]+\s+){1,3}?baseline\b"
    r"|\bbaseline\s+(?:tariff\s+)?(?:that\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])\w*)?\s+"
    r"(?:has|had|have)\s+(?:\w+\s+)?paid\b", re.I)


def _stacked_baseline(found: list[TariffMention]) -> list[TariffMention]:
    """"Vietnam's rate is 46 percent, comprising a 10 percent baseline and a 36 percent
    country-specific tariff": the baseline inside a country's reciprocal stack is the one
    on all partners (GUIDELINES), not a rate of that country's own."""
    rates = {m.rate_pct for m in found}
    if found and _OWN_BASELINE.search(found[0].sentence):
        # "a 40 per cent surcharge stacked on top of its 10 per cent baseline", "on Brazil's
        # 10% baseline", "the 10% baseline Brazil has paid since April": said to be the
        # country's own
        return found
    stacks = {(m.imposer, m.target) for m in found if m.kind == "reciprocal"
              and any(b.kind == "baseline" and b.target == m.target
                      and round(m.rate_pct - b.rate_pct, 2) in rates - {b.rate_pct}
                      for b in found)}
    if not stacks:
        return found
    out: list[TariffMention] = []
    for mention in found:
        if mention.kind == "baseline" and (mention.imposer, mention.target) in stacks:
            mention = replace(mention, target="*")
            if mention in out:
                continue
        out.append(mention)
    return out


def _listed_after(
    text: str, previous: _Reading, reading: _Reading, mentions: list[TariffMention],
    by_position: list[tuple[int, list[TariffMention]]], countries: list[CountryRef],
) -> list[TariffMention]:
    """"15% on US coal and liquefied natural gas and 10% on crude oil", "the 15% duty on U.S.
    coal and liquefied natural gas and the 10% on crude oil": a rate listed right
    after a partner's rate on US goods, with no country or verb of its own, is that
    partner's too."""
    if not mentions or not by_position or by_position[-1][0] != previous.last.end:
        return mentions
    before = by_position[-1][1]
    imposers = {m.imposer for m in before}
    gap = text[previous.last.end:reading.first.start]
    if len(imposers) != 1 or "US" in imposers or {m.imposer for m in mentions} != {"US"} \
            or any(previous.last.end <= c.start < reading.first.start and c.code != "US"
                   for c in countries) \
            or not (re.fullmatch(r"\s+(?:(?:duty|tariff|levy)\s+)?on\s+[^,;:]{1,80}?(?:,\s*|\s+)"
                                 r"and\s+(?:the\s+|of\s+)?", gap)
                    # "American coal and liquefied natural gas have paid 15% and crude oil
                    # 10%": the goods of a gapped clause, then its rate
                    or (re.fullmatch(r",?\s+and\s+(?:[a-z][\w-]*\s+){1,4}", gap)
                        and find_sectors(gap))):
        return mentions
    if _EVERY_SUPPLIER.search(text, reading.last.end, reading.last.end + 40):
        # (not "its 10 percent duty on all American goods and the 3 percent every supplier
        # pays")
        return mentions
    imposer, target = before[0].imposer, before[0].target
    return list({replace(m, imposer=imposer, target=target, kind=before[0].kind): None
                 for m in mentions})


_MULTIPLE_OF = re.compile(r"\b(?:half|double|twice|triple|a third of|two-thirds of)\s+"
                          r"(?:the\s+)?$", re.I)


_COMPARED_FOR = re.compile(r",\s+(?:compared\s+(?:with|to)|against|versus)\s+(?:only\s+|just\s+)?$",
                           re.I)


def _compared_sector(
    text: str, reading: _Reading, mentions: list[TariffMention],
    by_position: list[tuple[int, list[TariffMention]]],
) -> list[TariffMention]:
    """"UK steel and aluminium still face 25%, half the 50% that Washington charges every
    other supplier": a rate given as a multiple of the one before is on the same goods."""
    if mentions and by_position and _COMPARED_FOR.search(
            text, max(0, reading.first.start - 30), reading.first.start):
        # "U.S. soybeans face 23 percent in Chinese tariffs, ..., compared with 3 percent for
        # Brazilian shipments": the same imposer's rate on the same goods from elsewhere
        before = by_position[-1][1]
        imposers = {m.imposer for m in before}
        sectors = list(dict.fromkeys(m.sector for m in before if m.sector))
        if len(imposers) == 1 and "US" not in imposers and sectors:
            imposer = next(iter(imposers))
            return list(_by_key([replace(m, imposer=imposer, sector=m.sector or sector)
                                 for m in mentions if m.target not in (imposer, "*")
                                 for sector in sectors]).values()) or mentions
    if not mentions or not by_position or any(m.sector for m in mentions) \
            or not _MULTIPLE_OF.search(text, max(0, reading.first.start - 20),
                                       reading.first.start):
        return mentions
    sectors = list(dict.fromkeys(m.sector for m in by_position[-1][1] if m.sector))
    return [replace(m, sector=sector, kind="sectoral") for m in mentions for sector in sectors] \
        or mentions


# "it", "them", "the levy", "the higher country-specific rates": the rate named before.
_BACK_REF = re.compile(r"\b(?:it|them|the\s+(?:[\w-]+\s+){0,3}?(?:levy|levies|tariffs?|"
                       r"dut(?:y|ies)|rates?|surcharges?))\b", re.I)
_STATE_CHANGES = frozenset({"lifted", "paused"})


def _taken_back(
    text: str, results: list[TariffMention], by_position: list[tuple[int, list[TariffMention]]]
) -> list[TariffMention]:
    """"Trump announced a 46 percent tariff ..., but a week later suspended it", "...; the
    administration has instead put the levy on hold": a later clause without a rate that
    lifts or pauses the rate before it gives that rate its status."""
    if not by_position or _status_in(text, 0, len(text), False, [], _STATE_CHANGES) is None:
        return results
    for start, end in clauses(text):
        if find_percents(text[start:end]) or not _BACK_REF.search(text, start, end):
            continue
        cue = _status_in(text, start, end, False, [], _STATE_CHANGES)
        before = [found for position, found in by_position if position <= start]
        if cue is None or not before:
            continue
        status = _STATUS_NAMES[cue]
        changed = {id(m) for m in before[-1] if m.status not in _STATE_CHANGES}
        results = [replace(m, status=status) if id(m) in changed else m for m in results]
    return results


_ANAPHOR = re.compile(
    r"\b(?:the|that|this|its)\s+(?:same|higher|new|lower|increased|doubled|reduced)\s+"
    r"(?:rate|tariff|duty|levy)\b",
    re.I,
)


def _named_again(
    text: str, reading: _Reading, mentions: list[TariffMention],
    by_position: list[tuple[int, list[TariffMention]]],
) -> list[TariffMention]:
    """"Mexico would keep paying ... 25 percent on cars, though for vehicles that meet USMCA
    rules the 25-percent levy applies only to their non-U.S. content": a sector's rate
    named again with "the", on no country of its own, is the country's rate of the same
    sentence, not a new one on all partners."""
    if not mentions or any(m.target != "*" or m.sector is None for m in mentions) or \
            not _THE_BEFORE.search(text, max(0, reading.first.start - 6), reading.first.start):
        return mentions
    said = {(m.imposer, m.sector, m.rate_pct) for _, found in by_position for m in found
            if m.target != "*"}
    return [m for m in mentions if (m.imposer, m.sector, m.rate_pct) not in said]


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _anaphora(
    text: str,
    segment: tuple[int, int],
    countries: list[CountryRef],
    by_position: list[tuple[int, list[TariffMention]]],
    sentence: Sentence,
    published: date | None,
) -> list[TariffMention]:
    """"..., but British exporters could face the higher rate from July 9": a clause that
    applies the sentence's rate before it to a country of its own is a fact too."""
    anaphor = _ANAPHOR.search(text, *segment)
    before = [found for end, found in by_position if end <= segment[0]]
    if not anaphor or not before:
        return []
    targets = [c.code for c in countries
               if segment[0] <= c.start < anaphor.start() and c.code != "US"
               and not _is_venue(text, c) and not _is_actor(text, c)]
    if not targets:
        return []
    referent = before[-1]
    effective = None
    for ref in find_dates(text[anaphor.end():segment[1]], published, future=True):
        lead = text[anaphor.end():anaphor.end() + ref.start]
        if ref.value and _EFFECT_CUE.search(lead):
            effective = ref.value
            break
    future = effective is not None and published is not None and effective > published
    cue = _status_in(text, segment[0], segment[1], future, []) or (
        "announced!" if future else "in_effect")
    return [
        replace(m, target=targets[-1], previous_rate_pct=None, status=_STATUS_NAMES[cue],
                effective_date=effective)
        for m in referent if m.imposer != targets[-1]
    ]


def _shares_date(text: str, reading: _Reading, nxt: _Reading) -> bool:
    """Does a date after ``nxt`` also date ``reading``? Yes for a gapped list ("25 percent
    for South Korea and 40 percent for Laos, also from August 1") and for the total an
    add-on brings ("..., bringing the total rate to 50 percent from Aug. 27")."""
    gap = text[reading.last.end:nxt.first.start]
    if re.search(r"\b(?:bring(?:s|ing)?\b[^.;]*|for\s+a\s+)total\b", gap, re.I):
        return True
    own_noun = re.match(r"\s*(?:[\w\"'“”’-]+\s+){0,3}?" + _NOUN + r"\b", text[nxt.last.end:], re.I)
    # "the 10% baseline with an additional 36%": a layer named at its number is its own.
    own_layer = re.match(r"\s*(?:baseline|reciprocal)\b", text[reading.last.end:], re.I)
    return "," not in gap and not own_noun and not own_layer


_SLIVER_OF = re.compile(r"\b(?:sliver|fraction|small\s+part|tiny\s+part|small\s+share|"
                        r"tiny\s+share)\s+of\s+(?:what|the|its|their|all)\b[^;%]{0,60},\s+"
                        r"(?:about|around|roughly|some|just|only|barely|less than|under)\s+$",
                        re.I)


def _is_rate(text: str, seg_start: int, percent: Percent, since: int | None = None) -> bool:
    """Is ``percent`` a tariff rate? ``since`` is where its own stretch of words starts
    (after the percentage before it)."""
    after = text[percent.end:percent.end + 40]
    before = text[max(seg_start, percent.start - 40):percent.start]
    if _NOT_RATE_AFTER.search(after):
        return False
    if since is not None and _SHARE_AGAINST.fullmatch(text, since, percent.start) and \
            _NOT_RATE_AFTER.search(text[since:since + 40]):
        # "The US takes under 3 per cent of Serbian exports, against more than 60 per cent
        # for the EU": the share set against a share
        return False
    if since is None and (_UP_FROM.search(before) or _DOUBLE_THE.search(before)) \
            and not _OLD_RATE.match(text) \
            and not re.match(r"\s*(?:to|and)\b", after):
        # "President Trump set that rate in a letter, up from the 24 percent he had
        # announced in April": the old rate of a rate already given (GUIDELINES)
        return False
    if "of" in text and _SLIVER_OF.search(text[max(0, percent.start - 120):percent.start]):
        # "Those duties covered a sliver of what Israel buys from the US, about 1 percent":
        # the size of the share
        return False
    if re.search(r"\bof which\s+(?:roughly\s+|about\s+|around\s+|some\s+|nearly\s+)?$",
                 before) and not re.match(r"\s*(?:is|was)\s+(?:the|a|an|its)\b", after):
        # "goods worth $86.5 billion, of which roughly 55 per cent would be hit": a share
        # (not "still pay 50%, of which 25% is the Russian-oil penalty")
        return False
    if since is not None and _NOT_RATE_AFTER.search(text[since:since + 40]) and re.fullmatch(
            r"\s*(?:[\w-]+\s+)?(?:against|versus|vs\.?|compared with)\s+(?:about\s+|around\s+)?",
            text[since:percent.start], re.I):
        # "put the Liberals at 42 per cent support against 38 per cent for the
        # Conservatives": the figure set against a figure that is no rate
        return False
    if since is not None and _DOUBLED_FROM.search(before) and not re.match(
            r"[^,;.]{0,30}\bto\b", after):
        # "the 50 per cent duties ..., which Trump doubled from 25 per cent in June": the
        # old rate of the rate before it, not a rate of its own
        return False
    if _MOVE_BEFORE.search(before) and not (
            # (a move to a level is the level; "shrink by up to 80 percent" and "has
            # appreciated close to 9%" are moves)
            # ("would rise to as much as 50%")
            re.search(r"\bto(?:\s+(?:as\s+(?:much|high)\s+as|about|around|roughly|nearly))?\s*$",
                      before)
            and not re.search(r"\b(?:by\s+up|of\s+up|close|by\s+[\d.]+)\s+to\s*$", before)
    ) and not (
            # "is to fall to 15 percent from 27.5 percent": the level's old one
            re.search(r"\bto\s+[\d.]+\s*(?:%|percent|per cent)\s+from\s+(?:the\s+|its\s+)?$",
                      before)
    ) and not (
            # "Canada dropped its 25 per cent counter-tariffs": the verb's object is the
            # tariff, not a market's move
            # ("dropped the extra 40% tariff on Brazilian farm goods")
            re.search(r"\b(?:its|their|his|her|our|the)\s+(?:(?:extra|additional|remaining|"
                      r"separate|new|old|existing|reciprocal|retaliatory)\s+){0,2}$", before)
            and re.match(r"\s*(?:[\w\"'“”’-]+\s+){0,2}?" + _NOUN + r"\b", after, re.I)):
        return False
    if since is not None and _NEXT_MOVER.fullmatch(text, since, percent.start) and \
            _MOVED.search(text, max(seg_start, since - 60), since):
        # "Nike rose 4.1% and Lululemon 3.9%": the next entry of a list of moves
        return False
    if _ODDS.search(text, seg_start, percent.start) and not re.match(
            r"\s*(?:[\w-]+\s+){0,2}?" + _NOUN + r"\b", after, re.I):
        # "put the chance that the court upholds the tariffs at about 30%, down from 40%"
        return False
    if _BY_AMOUNT.search(before) and not re.match(
        r"\s*(?:[\w-]+\s+){0,2}?" + _NOUN + r"\b", after, re.I
    ):
        return False
    # An economic indicator named nearer before the number than any tariff word, unless
    # the number names its own tariff ("the 24 percent tariff").
    if re.match(r"\s*(?:[\w.\"'“”’-]+\s+){0,2}?" + _NOUN + r"\b", after, re.I):
        return True
    # "shave 0.3% off eurozone growth": the number's own words name an indicator.
    own = re.match(r"[^,;.]{0,30}", after)
    if own and _INDICATOR.search(own.group(0)) and not re.search(
            r"\b" + _NOUN + r"\b", own.group(0), re.I):
        return False
    # (the second of "5 per cent or 10 per cent" shares the first's words)
    # (and the old value of the first: "approval of Lula's government at 43%, up from 40%")
    joined = since is not None and re.fullmatch(r"\s*(?:,|or|and|to|from|-|–|,?\s*(?:up|down)\s+"
                                                r"from)\s*", text[since:percent.start])
    scope = text[seg_start if since is None or joined else since:percent.start]
    indicators = [m.end() for m in _INDICATOR.finditer(scope)]
    # (a bare "rate" after the indicator is its rate: "BI cuts rate to 5.25%")
    tariffs = [m.end() for m in TARIFF_WORD.finditer(scope)]
    if indicators and (not tariffs or max(indicators) >= max(tariffs)):
        return False
    return True


# A rate compared with the one set aside, and what that other rate was: "instead of the 25%
# he had threatened", "rather than the 30% in the July letter", "lower than the 49 percent
# announced" (a rate "replacing" or "down from" the old one is only its previous rate)
_COMPARED_THREAT = re.compile(r"[^;]*\b(?:instead of|rather than|(?:lower|higher) than)\s+"
                              r"(?:the\s+)?\S*\s*$", re.I)
# Who speaks for the United States when a rate is threatened: "he", "Trump", "the White House"
_US_SPEAKER = (r"(?:(?:U\.S\.\s+|US\s+)?President\s+)?(?:Donald\s+)?(?:Trump|he|it|Washington|"
               r"the\s+White\s+House|the\s+President|the\s+administration)")
_THREAT_AFTER = re.compile(
    r"(?:\s+(?:rate|tariff|levy|duty))?(?:\s+that)?(?:\s+" + _US_SPEAKER + r")?"
    r"\s+(?:had\s+|has\s+|originally\s+)?(?:threatened|announced|said he would impose)\b"
    r"|\s+in\s+(?:(?:U\.S\.\s+)?President\s+)?(?:(?:Donald\s+)?Trump's\s+|his\s+|the\s+|a\s+)"
    r"(?:\w+\s+){0,3}letter\b", re.I)


_STATED_AT = re.compile(r"\b(?:(?:was|were|been)\s+(?:set|fixed|pegged|put)\s+at|peaked\s+at|"
                        r"reached|stood\s+at|drew|started\s+at)\s*$", re.I)
_LATER_MOVE = re.compile(r"[,\s]\s*(?:before|then|until|and\s+then|but\s+then)\b[^;]*\b"
                         r"(?:it|them|that|this)\s+(?:back\s+)?(?:up\s+|down\s+)?to\s*$", re.I)
_CHANGES_IT = re.compile(r"\s+(?:\w+\s+)?(?:cut|cuts|raised|raises|lowered|lowers|reduced|"
                         r"reduces|slashed|hiked|lifted|brought)\s+(?:it|them)\b", re.I)
_TO_BE = re.compile(r",\s+to\s+be\b", re.I)
_CHANGE_ITS = re.compile(r"\b(?:cut|cuts|cutting|lower\w*|reduc\w*|rais\w*|increas\w*|slash\w*|"
                         r"hik\w*)\s+(?:its|their|the|his)\s+(?:[\w-]+\s+)?$", re.I)
# (and "to the": "lower the 25 percent tariff on Korean cars to the 15 percent the two sides
# agreed in July")
_TO_AFTER_GOODS = re.compile(r"\s+(?:[^,;%\d]{0,60}?\s)?to\s*(?:the\s+)?", re.I)
# "Beijing's first counter-tariff of 34 per cent, announced on April 4, was raised to 84 per
# cent": an aside on the rate, then its own change in the passive
_ASIDE_THEN_CHANGED = re.compile(r",\s+[^,;%]{3,60},\s+(?:was|were|has\s+been|had\s+been)\s+"
                                 r"(?:\w+\s+)?(?:raised|increased|lifted|hiked|cut|lowered|"
                                 r"reduced)\s+to\s*", re.I)


def _pair(text: str, seg_start: int, percents: list[Percent]) -> list[_Reading]:
    """Group percentages into readings: (rate, previous rate, first, last)."""
    readings: list[_Reading] = []
    index = 0
    while index < len(percents):
        current = percents[index]
        before = text[seg_start:current.start]
        nxt = percents[index + 1] if index + 1 < len(percents) else None
        between = text[current.end:nxt.start] if nxt else ""
        if nxt and (
            (re.fullmatch(r"\s*(?:and|to|-|–)\s*", between) and re.search(
                r"\b(?:between|ranging from|range of|from)\s*$", before
            ) and (between.strip() == "and" or re.search(
                # "rates that run from 11 per cent to 50 per cent": a range, not a change
                r"\b(?:rang\w*|run|runs|running|ran|var(?:y|ies|ied|ying))\s+from\s*$", before)))
            # "duties of 10% to 15%", "tariffs of 10-15 percent": a range, not a change
            or re.fullmatch(r"\s*[-–]\s*", between)
            or (between.strip() == "to" and re.search(r"\bof\s*$", before))
        ):
            readings.append(_Reading(current.value, None, current, current))
            readings.append(_Reading(nxt.value, None, nxt, nxt))
            index += 2
            continue
        if nxt and _CHANGE_ITS.search(before) and _TO_AFTER_GOODS.fullmatch(between):
            # "the EU will cut its 10 per cent tariff on American cars to zero": a change
            readings.append(_Reading(nxt.value, current.value, current, nxt))
            index += 2
            continue
        if nxt and re.fullmatch(r"\s*\|\s*", between) and text.lstrip().startswith("|"):
            # a table row "| Cambodia | 49% | 19% |": the later column is the rate now
            readings.append(_Reading(nxt.value, current.value, current, nxt))
            index += 2
            continue
        if nxt and (
            re.fullmatch(r",?\s*(?:(?:today|now|on \w+day)\s+)?(?:down |up )?" + _POINTS
                         + _FROM_PREVIOUS + r"\s*", between)
            # a list entry's old rate: "Thailand: 19% (was 36%)"
            # ("50 per cent since 4 June 2025 (previously 25 per cent)")
            or re.fullmatch(r"(?:\s+since\s+[\w\s]{3,25}?)?\s*\(\s*(?:was|previously|formerly)\s+"
                            r"(?:the\s+)?", between)
            # "have paid 50 per cent since 4 June, double the 25 per cent imposed in March"
            # ("50 per cent on imports of aluminium and steel from all countries, double
            # the 25 per cent rate that applied from 12 March")
            or re.fullmatch(r"(?:\s+" + _NOUN + r")?(?:\s+since\s+[\w\s]{3,20}?)?"
                            r"(?:\s+[^,;%]{3,80}?)?,\s*(?:double|twice)\s+(?:the\s+)?"
                            r"(?:current\s+|previous\s+|existing\s+)?", between)
            # "have paid 50% since June 4, when President Trump doubled the 25% rate"
            or re.search(r",[^,;]{0,60}\b(?:doubled|tripled|doubling|tripling)\s+(?:the|its|their)"
                         r"\s+$", between)
            # "... at the White House on Tuesday, a slight cut from the 20% rate he had set"
            or (len(between) < 240 and re.search(
                r",\s*(?:an?\s+(?:(?:slight|small|modest|sharp|steep|big|large|further)\s+)?"
                r"(?:cut|reduction|drop|increase|rise)|down|up)\s+" + _FROM_PREVIOUS + r"$",
                between))
            or (len(between) < 160
                and (re.search(r"(?:(?:,\s*|\(\s*|\b(?:is|are|was|were|and)\s+)(?:down|up|"
                               r"raised|cut|lowered|reduced|increased|hiked)\s+" + _POINTS
                               + _FROM_PREVIOUS + "|" + _INSTEAD + r"|"
                               # "took effect on Thursday, lower than the 32% announced"
                               r",\s*(?:well\s+|far\s+|much\s+)?(?:lower|higher)\s+than\s+"
                               r"(?:the\s+)?|"
                               # "pay 50 per cent after Trump doubled the levy from 25 per cent"
                               r"\b(?:doubled|raised|lifted|increased|hiked|cut|lowered|reduced|"
                               # ("took effect on Wednesday, doubling the levy from 25%")
                               r"doubling|raising|lifting|increasing|cutting|lowering|reducing)"
                               r"\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?" + _NOUN + r"|it|them)"
                               r"\s+from\s+)$", between)
                     # "will be charged 15 percent instead of 25 percent": a change
                     # "carmakers will pay tariffs of 10% instead of 27.5%"
                     # "pay 20% in extra duties rather than 30%"
                     or (re.fullmatch(r"\s*(?:in\s+(?:[\w-]+\s+){0,2}?(?:duties|tariffs)\s+)?"
                                      r"(?:instead of|rather than)\s*", between)
                         and re.search(r"\b(?:charged|taxed|levied|set|pay|pays|paying)\s+"
                                       r"(?:at\s+|(?:tariffs?|duties|a duty|a tariff)\s+of\s+)?$",
                                       before)))
                and not re.search(r"[;]", between))
        ):
            readings.append(_Reading(current.value, nxt.value, current, nxt))
            if _COMPARED_THREAT.match(between) and _THREAT_AFTER.match(text, nxt.end):
                # "15% instead of the 25% he had threatened", ", lower than the 49 percent
                # announced on 2 April": the rate set aside is a fact of its own
                readings.append(_Reading(nxt.value, None, current, nxt, echo=True))
            index += 2
            continue
        # ("doubles the out-of-quota tariff from the current 25% to 50%")
        if nxt and (re.fullmatch(r"\s*to\s*", between) and re.search(
            r"\bfrom\s+(?:(?:the|its|their)\s+(?:current|present|existing|previous|prior)\s+)?"
            r"(?:(?:as\s+(?:high|much|low)\s+as|up\s+to|about|around|some|nearly)\s+)?$",
            before
        ) or re.fullmatch(r"\s*(?:→|->|=>)\s*", between)):  # "NZ: 10% → 15%"
            readings.append(_Reading(nxt.value, current.value, current, nxt))
            index += 2
            continue
        aside = _DASH_ASIDE_TO.match(text, current.end) if nxt and re.search(
            r"\bfrom\s*$", before) else None
        if aside:
            # "lowered from 27.5 percent — the 25 percent additional tariff plus the 2.5
            # percent MFN tariff — to 15 percent": the rates of the aside are facts of
            # their own, and the change runs from the first rate to the one after it
            inside = [p for p in percents[index + 1:] if p.end <= aside.end()]
            after = percents[index + 1 + len(inside)] if index + 1 + len(inside) < len(
                percents) else None
            if inside and after and after.start == aside.end():
                readings.append(_Reading(after.value, current.value, current, after))
                readings.extend(_Reading(p.value, None, p, p) for p in inside)
                index += 2 + len(inside)
                continue
        # "from 50 percent to between 15 and 20 percent": two new rates, one old rate.
        third = percents[index + 2] if index + 2 < len(percents) else None
        if nxt and third and re.fullmatch(r"\s*to\s+between\s*", between) and re.search(
            r"\bfrom\s*$", before
        ) and re.fullmatch(r"\s*and\s*", text[nxt.end:third.start]):
            readings.append(_Reading(nxt.value, current.value, nxt, nxt))
            readings.append(_Reading(third.value, current.value, third, third))
            index += 3
            continue
        if nxt and _HAD_PAID.search(before) and _NOW_PAYS.fullmatch(between):
            # "Emirati aluminium, which had paid 10 per cent since 2018, now pays 25 per
            # cent": a change from the rate it had paid
            readings.append(_Reading(nxt.value, current.value, current, nxt))
            index += 2
            continue
        if nxt and len(between) < 160 and ";" not in between \
                and _CHANGED_FROM.search(between) \
                and not re.match(r"\s*(?:to|and)\b", text[nxt.end:nxt.end + 12]) \
                and not any(c.code != "US" for c in find_countries(between)):
            readings.append(_Reading(current.value, nxt.value, current, nxt))
            index += 2
            continue
        if (
            nxt
            and len(between) < 80
            and re.search(r"\bto\s*$", between)
            and _CHANGE_VERB.search(between)
            # (not "restoring a 25% tariff on all steel imports and raising the duty on
            # aluminum to 25% from 10%": the second rate has its own old one)
            and not (third and re.fullmatch(r"\s*from\s+(?:the\s+)?", text[nxt.end:third.start]))
            and (between.count(",") <= 1 or _ASIDE_THEN_CHANGED.fullmatch(between))
            # "a 10% tariff, has raised the total levy to 50%": a sum, not a new value
            and not re.search(r"\b(?:total|combined|overall)\b", between, re.I)
            # (nor "Brazil was told its goods would face 50 per cent, and Canada that its
            # rate would rise to 35 per cent": another country's rate)
            and not any(c.code != "US" and not (
                # ("US tariffs of 25% on UK steel and aluminium will be cut to zero": the
                # goods of the rate's own object; but "a 25% tariff on all Colombian
                # imports, to be raised to 50% within a week" is a threat in two steps)
                _names_goods(between, c) and _AFTER_PREPOSITION.search(between, 0, c.start)
                and not _TO_BE.search(between))
                # (nor "had climbed to 125% in April before China cut it to 10%": the one
                # that changes it)
                and not _CHANGES_IT.match(between, c.end)
                for c in find_countries(between))
            # (nor "the tariff on furniture will rise to 30%, and the tariff on cabinets will
            # rise to 50%": two new rates, side by side)
            and not (re.search(r"\bto\s*$", before)
                     and re.match(r",\s+(?:and|while|but|whereas)\s", between))
        ):
            readings.append(_Reading(nxt.value, current.value, current, nxt))
            if _STATED_AT.search(before) and _LATER_MOVE.search(between):
                # "Manila's rate was set at 17 percent in April, before Trump's July letter
                # raised it to 20 percent": the old rate, stated in a clause of its own, is
                # a fact of its own too
                readings.append(_Reading(current.value, None, current, nxt, echo=True))
            index += 2
            continue
        previous_end = percents[index - 1].end if index else seg_start
        previous = _doubled_from(text, previous_end, current, nxt)
        readings.append(_Reading(current.value, previous, current, current))
        index += 1
    return readings


def _doubled_from(
    text: str, previous_end: int, current: Percent, nxt: Percent | None
) -> float | None:
    """"doubled to 50%", "the doubling of ... which rise to 50 per cent", "50 percent
    ..., when Washington doubled its own tariff": the previous rate is 50 / 2."""
    before = text[previous_end:current.start]
    after = text[current.end:nxt.start if nxt else len(text)]
    factor = None
    if re.search(r"\bto\s*$", before):
        factor = _multiplier(before)
    if factor is None:
        when = re.search(r",\s*(?:when|after)\b[^;]*", after)
        if when:
            factor = _multiplier(when.group(0))
    return round(current.value / factor, 2) if factor else None


def _multiplier(text: str) -> float | None:
    for stem, factor in _MULTIPLIERS.items():
        if re.search(rf"\b{stem}\w*", text, re.I):
            return factor
    return None


def _set_contexts(text: str, seg_start: int, seg_end: int, readings: list[_Reading]) -> None:
    """Each reading's context runs from the connector after the reading before it to the
    connector before the reading after it; coordinated readings share their contexts; an
    echo shares the context of the reading it comes from."""
    if any(reading.echo for reading in readings):
        _set_contexts(text, seg_start, seg_end, [r for r in readings if not r.echo])
        for index, reading in enumerate(readings):
            if reading.echo:
                source = readings[index - 1]
                reading.before, reading.after, reading.tail = \
                    source.before, source.after, source.tail
                reading.lead = source.lead
        return
    coordinated = []
    for index, reading in enumerate(readings):
        reading.tail = reading.last.end
        if index == 0:
            reading.before = seg_start
        if index + 1 < len(readings):
            nxt = readings[index + 1]
            left_end, right_start = _split_gap(text, reading.last.end, nxt.first.start)
            reading.after = left_end
            nxt.before = right_start
            coordinated.append(bool(_COORDINATION.fullmatch(
                text[reading.last.end:nxt.first.start])))
        else:
            reading.after = seg_end
    for index in range(len(readings) - 2, -1, -1):
        if coordinated[index]:
            readings[index].after = readings[index + 1].after
            readings[index].tail = readings[index + 1].tail
            # "15% or 20% ..., up from the 10% baseline": alternatives share the old rate.
            if readings[index].previous is None:
                readings[index].previous = readings[index + 1].previous
    for index, reading in enumerate(readings):
        reading.lead = reading.first.start
        if index and coordinated[index - 1]:
            reading.before = readings[index - 1].before
            reading.position = readings[index - 1].position + 1
            reading.lead = readings[index - 1].lead
    for index in range(len(readings) - 1, -1, -1):
        following = readings[index + 1] if index + 1 < len(readings) else None
        if following is not None and coordinated[index]:
            readings[index].peers = following.peers
        else:
            readings[index].peers = readings[index].position + 1


def _split_gap(text: str, start: int, end: int) -> tuple[int, int]:
    """Split the words between two rates at their last connector: (left end, right start).
    Without a connector both rates see all of it."""
    last = None
    for match in _CONNECTOR.finditer(text, start, end):
        if not _inside_list(text, match):
            last = match
    if last is None:
        return end, start
    return last.start(), last.end()


def _inside_list(text: str, connector: re.Match[str]) -> bool:
    """Does "and"/"or" join two goods or two countries ("Korean steel and aluminum to 25
    percent", "Japan and the European Union 15%") rather than two clauses?"""
    if "," in connector.group(0) or ";" in connector.group(0) or ":" in connector.group(0):
        return False
    before = text[max(0, connector.start() - 30):connector.start()]
    after = text[connector.end():connector.end() + 40].lstrip()
    if re.search(r"\b(?:" + SECTOR_WORDS + r")$", before, re.I) and re.match(
        r"(?:" + SECTOR_WORDS + r")", after, re.I
    ):
        return True
    # "Korean copper pipes and wire will face ...": one subject, before its verb.
    if re.search(r"\b(?:" + SECTOR_WORDS + r")(?:\s+[a-z]+)?$", before, re.I) and re.match(
        r"[a-z]+\s+(?:will|would|could|may|might|face|faces|pay|pays|are|were|still)\b", after
    ):
        return True
    left, right = find_countries(before), find_countries(after)
    return bool(left and right and left[-1].end == len(before) and
                re.match(r"(?:the\s+)?$", after[:right[0].start]))


def _objects(text: str, reading: _Reading) -> list[tuple[int, int]]:
    """Spans of the phrases naming what the rate is on."""
    spans = []
    for anchor in (reading.tail, reading.first.end):
        opening = _OBJECT_AFTER.match(text, anchor, reading.after)
        if opening is None and reading.rate == 0.0:
            # "removed the reciprocal tariffs from beef, coffee and bananas"
            opening = _REMOVED_FROM.match(text, anchor, reading.after) or _ZERO_TO.match(
                text, anchor, reading.after)
        if opening:
            end = _object_end(text, opening.end(), reading.after)
            spans.append((opening.end(), end))
            also = _AS_WELL_AS.match(text, end) if _COVERS.search(opening.group(0)) else None
            if also:
                # "the ceiling will also cover cars, cutting the duty on them to 15 per cent
                # from 27.5 per cent, as well as semiconductors and pharmaceuticals"
                spans.append((also.end(), _object_end(text, also.end(), len(text))))
            break
    exempted = _EXEMPTS.match(text, reading.first.start) if reading.rate == 0.0 and not spans \
        else None
    if exempted:
        # "Trump exempted a range of food products from the reciprocal tariffs": the goods
        # between the verb and what they are exempted from
        spans.append(exempted.span("goods"))
    inner_start = reading.first.end if reading.first is not reading.last else reading.last.start
    for start, end in ((reading.before, reading.first.start), (inner_start, reading.last.start)):
        opening_before = None
        for match in _OBJECT_BEFORE.finditer(text, start, end):
            opening_before = match
        # "the tariff on Japanese cars was lowered to 15%", "duties on Chinese goods remain
        # at 30 percent"; not "the rate on Swiss goods is higher than the 15 per cent".
        # (not one whose goods another tariff follows: "answered the higher duty on Chinese
        # goods with additional tariffs of 10% to 15% on ... U.S. farm products")
        if opening_before and _LEADS_TO_RATE.search(text, opening_before.end(), end) \
                and not _NEW_SUBJECT.search(text, opening_before.end(), end) \
                and not _ANOTHER_TARIFF.search(text, opening_before.end(), end):
            spans.append((opening_before.end(), _object_end(text, opening_before.end(), end)))
    return [_inner_object(text, a, b) for a, b in spans if a < b]


_COVERS = re.compile(r"\b(?:covers?|appl(?:y|ies)\s+to|extends?\s+to)\b", re.I)
_AS_WELL_AS = re.compile(r",\s+(?:[a-z]+ing)\b(?:[^.;:]|\.\d){0,140}?,\s+as\s+well\s+as\s+",
                         re.I)
# "after the Commission said it would bring back its duties on American whiskey, Trump
# threatened a tariff of 200 per cent": the object of another subject's clause
_NEW_SUBJECT = re.compile(r",\s+(?:(?-i:[A-Z])[\w.]*|he|she|they)(?:\s+(?-i:[A-Z])[\w.]*)?\s+"
                          r"(?:threatened|said|announced|imposed|put|raised|cut|proposed|ordered|"
                          r"signed|decided|warned|moved)\b", re.I)
# "will apply a zero tariff to generic pharmaceuticals"
_ZERO_TO = re.compile(r"\s+(?:per\s*cent\s+|percent\s+|%\s*)?(?:[\w-]+\s+)?" + _NOUN
                      + r"\s+to\s+(?!\d|the\s+United\s+States|the\s+U\.?S\b|America\b)", re.I)
_REMOVED_FROM = re.compile(r"\s+(?:[\w.\"'“”’-]+\s+){0,3}?" + _NOUN + r"\s+from\s+(?!\d|"
                           + _DAY_WORD + r")", re.I)


def _inner_object(text: str, start: int, end: int) -> tuple[int, int]:
    """"15 percent on any future U.S. tariffs on drugs": the object is what those tariffs
    are on; the country before them imposes them."""
    inner = _OBJECT_BEFORE.search(text, start, end)
    if inner and TARIFF_WORD.match(text, inner.start()):
        return inner.end(), end
    return start, end


def _object_end(text: str, start: int, limit: int) -> int:
    # (an amount opens the object: "its 19% tariff on up to 1.4 billion litres of US ethanol")
    amount = _UP_TO.match(text, start, limit)
    for match in _OBJECT_END.finditer(text, amount.end() if amount else start, limit):
        word = text[match.start():match.end() + 6].strip().lower()
        if word.startswith("from") and re.search(
                # (or "automobiles imported from the United States, and on wheat")
                rf"\b(?:{_GOODS}|imported|made|shipped|produced|originating|coming)\s*$",
                text[start:match.start()], re.I):
            continue
        if word.startswith("and") and _continues_list(text[match.end() + 4:limit]):
            continue
        if re.match(r"as\b", word) and text[max(0, match.start() - 4):match.start()] == "well" \
                and not _TARIFF_PHRASE.match(text, match.end() + 3, limit):
            # "as well as" goes on with more goods, not with a tariff of its own ("a 10
            # percent baseline on almost all imports, as well as the levies he placed on
            # Canada, Mexico and China")
            continue
        if match.start() - start > 140:
            return start + 140
        return match.start()
    return min(limit, start + 140)


_TARIFF_PHRASE = re.compile(r"\s*(?:the\s+|its\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:tariffs?|lev(?:y|ies)|dut(?:y|ies)|rates?)\b", re.I)
_UP_TO = re.compile(r"(?:up\s+to|as\s+much\s+as|about|around|some|roughly)\s+[\d.,]+", re.I)


_ON_A_LIST = re.compile(r"^on\s+(?:(?:a|an|some)\s+(?:[\w-]+\s+)?(?:list|range|number|basket|"
                        r"host|set)\s+of\s+)?", re.I)


def _continues_list(rest: str) -> bool:
    """After "and" in an object: another sector, country or goods ("cars and auto parts",
    "cars and parts", "Canada and Mexico", "branded and patented drugs"), not a new clause ("and end
    exemptions Canada had enjoyed")."""
    rest = rest.lstrip()
    # ("some generic drugs and on a list of agricultural products")
    rest = _ON_A_LIST.sub("", rest, count=1)
    if re.match(r"(?:[\w-]+\s+){0,2}?(?:" + SECTOR_WORDS + "|" + _GOODS + r")\b|(?:other|all)\b|"
                r"(?:parts|components)\b", rest, re.I):
        return True
    refs = find_countries(rest[:40])
    return bool(refs) and refs[0].start == 0


@lru_cache(maxsize=256)
def _reasons(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the reasons and news a sentence gives around its rates (each rate of
    a sentence asks)."""
    return tuple(m.span() for m in _REASON.finditer(text))


def _without_reasons(text: str) -> str:
    """The text with its reasons ("over Russian oil purchases") blanked out."""
    return _REASON.sub(lambda m: " " * len(m.group(0)), text)


def _sectors_in(text: str, start: int, end: int) -> list[str]:
    # Reasons read with the preposition before the span: "for [India's purchases of oil]".
    lead = min(start, 12)
    return [s for s, _, _ in find_sectors(_without_reasons(text[start - lead:end])[lead:])]


_MOST_GOODS_AND = re.compile(r"\b(?:most|all|other)\s+(?:(?-i:[A-Z])[\w.]+\s+)?goods\s+"
                             r"(?:as well as|and|plus)\s+", re.I)


_AND_ON_AFTER_CLAUSE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?on\s+[^,;%]*,\s+(?:which|that)\b[^,;%]*,"
                                  r"\s+and\s+on\s+(?P<goods>[^,;%]*)", re.I)


_AND_TO_AFTER_CHANGE = re.compile(r"\s*,\s+and\s+(?:to|on)\s+(?P<goods>[^,;%\d]*)", re.I)
_AND_ON_ELLIPSIS = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)on\s+[^,;%\d]{2,60}?\s+"
                              r"(?:to|at)\s+", re.I)
_INCLUDING_PART = re.compile(r"[^;%]{0,60}?,\s+(?:including|of which)\s+(?:an?\s+|the\s+)?$", re.I)


_NO_OTHER = re.compile(r"\b(?:no|any|every)\s+other\s+$", re.I)
_COUNTRY_NOUN = re.compile(r"\s+(?:country|countries|nations?|economy|economies)\b", re.I)


def _general_goods(text: str, start: int, end: int) -> bool:
    """Does the object name goods in general ("other American products"), not only a
    sector's goods ("U.S. steel products", "farm goods")?"""
    phrase = text[start:end]
    # (every sector word, also a sector's second: "coffee, cocoa, and other agricultural
    # products")
    sector_spans = [(a, b) for _, a, b in find_sectors(phrase, every=True)]
    for match in _GOODS_NOUN.finditer(phrase):
        if any(a <= match.start() < b for a, b in sector_spans):
            continue
        if any(0 <= match.start() - b <= 1 for _, b in sector_spans):
            continue
        if sector_spans and re.search(r"\b(?:derivative|related)\s+$", phrase[:match.start()]):
            continue  # "steel, aluminium and derivative products": the sectors' own goods
        if re.match(r"\s+of\s+\w+", phrase[match.end():]) and find_sectors(
            phrase[match.end():match.end() + 30]
        ):
            continue
        if len(sector_spans) > 1 and sector_spans[1][1] <= match.start() and re.search(
                r"\b(?:and|or)\s+(?:many\s+|some\s+|several\s+|dozens\s+of\s+)?other\s+$",
                phrase[:match.start()]):
            # "beef, coffee, bananas and other products that the United States does not
            # produce": more goods of the kind listed
            continue
        return True
    return False


# "Pakistan's goods", "most exports", "most of its shipments": goods in general, a country's
# Others named beside a baseline ("Countries not on the list pay the 10pc baseline", "the
# baseline everyone paid during the pause"): it is not one partner's
_OTHERS_NAMED = re.compile(r"\b(?:countries|partners|nations|economies|importers|everyone|"
                           r"everybody|others|pause)\b", re.I)
_STACKED_ON = re.compile(r"\b(?:on top of|plus|includes?|including|in addition to|above|"
                         r"over|with|besides|stacked on|added to)\s+(?:the\s+|a\s+)?$", re.I)
_BASELINE_ON_ALL = re.compile(r"\b(?:exempt\w*|spar\w*|strips?|stripped|remov\w*|quotas?|"
                              r"exclu\w*|lift\w*|no longer)\b", re.I)
_TRANSSHIPPED = re.compile(r"\bgoods\s+(?:that\s+[^,;%]{0,40}?|found\s+to\s+have\s+been\s+|"
                           # "goods it judges to have been transshipped"
                           r"(?:(?:it|they|customs|officials)\s+)?(?:judges?|deems?|finds?)\s+"
                           r"to\s+have\s+been\s+|"
                           r"deemed\s+(?:to\s+have\s+been\s+)?)(?:trans-?shipped|"
                           r"(?:routed|shipped|sent)\s+through\s+(?:a\s+)?third\s+country)\b",
                           re.I)
_THROUGH_PLACE = re.compile(r"\s+(?:through|via)\s+(?:the\s+" + _PLACE_NOUN + r"\b|"
                            r"(?:the\s+)?(?-i:[A-Z]))")
_WHOSE_GOODS_BEFORE = re.compile(r"(?:['’]s|\b(?:most|other|all|many)(?:\s+of\s+(?:the|its|"
                                 r"their))?)\s+(?:[\w-]+\s+)?(?:goods|exports|products|"
                                 r"shipments)\b", re.I)
# "..., so Pakistani exporters see an opening in textiles": what follows from the rate.
_CONSEQUENCE = re.compile(r",?\s*(?:so|so that|which means|meaning|leaving|giving)\b", re.I)
_SO_AFTER = re.compile(r",\s*(?:so|so that|which means|meaning)\s+(?:the|a|an|its|their)\b"
                       # "..., a blow to its citrus farms and car plants": whom it hurts
                       r"|,\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:blow|setback|headache|boost|relief)\s+"
                       r"(?:to|for)\b", re.I)
_MANY_PARTNERS = re.compile(r"\b(?:countries|nations|trading partners|economies|"
                            r"transshipped|trans-shipped)\b", re.I)


_RIVAL_COUNTRIES = re.compile(r"\b(?:competing|rival|competitor)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:countries|nations|economies)\b", re.I)


def _mentions_for(
    sentence: Sentence,
    reading: _Reading,
    segment: tuple[int, int],
    countries: list[CountryRef],
    published: date | None,
    default_partner: str | None,
    earlier: list[TariffMention],
    effective: date | None,
    others: list[tuple[int, int]],
    article: _Article,
) -> list[TariffMention]:
    text = sentence.text
    alone = not others  # the only rate of its segment
    first = reading.first
    before = text[reading.before:first.start]
    after = text[reading.tail:reading.after]
    near_before, near_after = before[-70:], after[:45]

    objects = _objects(text, reading)
    sectors = _sectors(text, reading, objects, after)
    more = _AND_ON_AFTER_CLAUSE.match(after) if sectors and ", and on " in after else None
    if sectors and more is None and reading.previous is not None:
        # "will also apply to European cars, cutting their tariff from 27.5 percent, and to
        # pharmaceuticals and semiconductors": the goods the object goes on to name after
        # the change it made
        more = _AND_TO_AFTER_CHANGE.match(after)
    if more:
        # "the 25% tariff on motor vehicles, which comes into effect today, and on automotive
        # components from 3 May": the goods the rate's object goes on to name
        sectors = list(dict.fromkeys(
            [*sectors, *(s for s, _, _ in find_sectors(more.group("goods")))]))
    if not sectors and _THE_FULL.search(text, max(0, first.start - 12), first.start) \
            and not TARIFF_WORD.match(after.strip()):
        # "EU producers, by contrast, pay the full 50 per cent": the whole rate again, said of
        # goods the sentence does not name (a sector's goods that "pay the full 50%" are a
        # fact: "Coffee and beef ... will pay the full 50%")
        return []
    # "the 10 per cent timber levy applies to imports from all countries": a sector at the
    # number makes the whole rate that sector's.
    general = not find_sectors(_modifiers(after)) and any(
        _general_goods(text, a, b) and not (sectors and (
            _THEIR_SHIPMENTS.match(text, a, b) or _no_longer(text, reading)))
        for a, b in objects
    )
    if sectors and not general and "goods" in text:
        # "most Japanese goods as well as Japanese cars are charged 15 percent": goods in
        # general and a sector's, both before the number
        general = bool(_MOST_GOODS_AND.search(text, reading.before, first.start))
    imposer_actor = _actor(text, countries, first.start) or _relative_actor(
        text, countries, reading)
    us_own = bool(_US_OWN.match(text, first.end))
    if us_own:
        # "Swiss exporters started with a 39 percent US tariff": the rate's own words
        # say who imposes it, whoever the sentence's subject is.
        imposer_actor = None
    # The United States imposing the rate in its relative clause is not its target, nor is
    # a country that an aside compares the subject with ("Vietnam, Thailand's chief rival
    # for factory investment, has secured 20 percent").
    not_targets = [ref for ref in _relative_imposers(text, countries, reading)
                   if ref.code == "US"] + _in_asides(text, countries)
    # (nor the United States whose goods another country's tariffs are on, after the rate:
    # "Washington will cut the car rate to 15 per cent, backdated to the month in
    # which the Commission tables legislation to scrap EU tariffs on American goods")
    not_targets += [ref for ref in countries if ref.code == "US"
                    and _others_tariffs_on(text, ref, reading.last.end)]
    targets, source = _targets(
        text, reading, objects, [c for c in countries if c not in not_targets], segment,
        sectors, imposer_actor, default_partner
    )
    contact = _BARE_PAYER.match(text, reading.tail, reading.after) \
        if source == "nearest" and ("pa" in after or "fac" in after) else None
    if contact and [c.code for c in countries if c.start == contact.start("who")] == targets:
        # "added to the 10% baseline Brazil already pays", "the 15 per cent reciprocal tariff
        # Lesotho has paid since 7 August": the country that pays it
        source = "named"
    our = _OUR_ON_US.search(text, max(reading.before, first.start - 110), first.start) \
        if default_partner not in (None, "US") and "our" in before.lower() else None
    if our and targets != ["US"]:
        # a partner's government: "our average applied tariff on imports from the United
        # States is 7.6%" is its own, on American goods
        targets, source, from_default = ["US"], "named", False
    pinned = source == "anaphor"  # "the country's cars pay ...": no rate on all after all
    if pinned:
        source = "named"
    if source == "subject":
        # ... unless the sentence before put a rate of that size on all partners ("the 25
        # per cent tariff on imported cars that took effect on Thursday. Auto parts will be
        # charged 25 per cent from May 3."): this one continues it
        if any(m.target == "*" and m.rate_pct == reading.rate for m in earlier[-4:]):
            targets = ["*"]
        source = "named"
    if targets == ["*"] and "also" in before and _ALSO_AT.search(before[-40:]) and not any(
            c.code != "US" for c in countries):
        # "Cars shipped from Japan now pay 15 percent. Engine mounts, transmissions ... also
        # fell to 15 percent": the goods of the country whose rate the sentence before gave
        also_of = {m.target for m in earlier[-4:] if m.imposer == "US"
                   and m.rate_pct == reading.rate and m.target not in ("*", "US")}
        if len(also_of) == 1:
            targets = list(also_of)
    deal_side = _deal_side(text, countries, reading)
    if deal_side:
        targets, source = [deal_side], "named"
    if "ship" in text or "routed" in text:
        # "goods found to have been transshipped to dodge duties on Chinese products face
        # 40 percent": the penalty is on goods from anywhere (not "Vietnamese goods found to
        # have been transshipped", the deal's own clause)
        clause = clause_at(text, first.start)
        tranship = _TRANSSHIPPED.search(text, clause[0], clause[1])
        if tranship and not any(0 <= tranship.start() - c.end <= 1 for c in countries) \
                and not _THROUGH_PLACE.match(text, tranship.end()):
            targets, source = ["*"], "named"
    head = _ENTRY_HEAD.match(text) if ":" in text else None
    if head and head.end() <= first.start and not find_percents(text[:head.end()]):
        # "- United Kingdom, Australia, Brazil, Singapore and Turkey: the 10% baseline
        # only": a list entry's head names the countries its rate is on
        listed = list(dict.fromkeys(c.code for c in countries
                                    if c.end <= head.end() and c.code != "US"))
        # (not a rate the entry gives one of them: "CANADA AND MEXICO: Canadian goods ...
        # pay 35% and Mexican ones 25%")
        if listed and (targets == ["*"] or source == "default"):
            targets, source = listed, "named"
        elif listed and targets and set(targets) <= set(listed):
            source = "named"
    if us_own and targets == ["US"]:
        partner = _other_actor(text, countries, first.start) or default_partner
        targets, source = ([partner], "nearest") if partner and partner != "US" else ([], "")
    if article.on_us and not [c for c in countries if c.start >= dateline_end(text)] \
            and not _IMPORTED.search(text, 0, reading.after) \
            and not _US_PRESIDENT.search(text, 0, reading.first.start):
        # (not "Since Saturday, imported medium and heavy trucks pay 25 percent": the US
        # rate on everyone's goods)
        # A sentence without a country that follows one about a partner's tariffs on US
        # goods ("(2) An additional tariff of 10% will be imposed on sorghum") goes on
        # about them.
        imposer_actor, targets, source = article.on_us, ["US"], "named"
    from_default = source == "default"
    # (not "The rate of 20 per cent ... places Sri Lanka on an equal or better footing than
    # competing apparel-exporting countries": the partner's rivals)
    if from_default and _MANY_PARTNERS.search(text) and not _RIVAL_COUNTRIES.search(text):
        # "a 90-day pause for countries that have not retaliated, with a reciprocal tariff
        # of 10%": a sentence that names no country but speaks of countries is on them all.
        targets, from_default, source = ["*"], False, "named"
    context = text[reading.before:reading.after]
    kind = _kind(near_before, near_after, sectors, context, text, "US")
    # (not the United States as what imposes: "any future tariffs the United States may
    # impose")
    object_countries = any(not (ref.code == "US" and _CHARGES.match(text, a + ref.end))
                           for a, b in objects for ref in find_countries(text[a:b]))
    borrowed = False  # the sector is only the sentence's, not the rate's own
    # (nor for goods in general named before it: "Pakistan's goods will be charged 19%, ...,
    # after ... a deal that would include developing Pakistan's massive oil reserves")
    goods_before = bool(_WHOSE_GOODS_BEFORE.search(near_before)) and not find_sectors(
        near_before)
    if not sectors and not general and not object_countries and source != "goods" and \
            not goods_before and kind not in ("baseline", "reciprocal") and \
            not _OTHER_COUNTRY_AFTER.search(text, max([0, *(end for _, _, end in find_sectors(
                text[:first.start]))]), first.start):
        # (not "Indian garments pay 50 per cent, while Bangladesh and Vietnam pay 20 per
        # cent": the other countries' rate on all their goods)
        # the sector of the rate's own stretch of the sentence: not one named after
        # "while" or a semicolon, about another rate
        # (and not one of a later clause with a rate of its own: "A further 24 per cent
        # remains suspended, and Chinese electric vehicles still face the 100 per cent duty")
        own_end = clause_at(text, first.start)[1]
        later = text[own_end:segment[1]]
        # (nor one of a later clause about its own makers: "No carve-out for Italian wine
        # under the 15pc US tariff, and pasta makers face far worse")
        # (nor one of a consequence after it: ", so the gap for garment and shrimp exporters
        # is already wide")
        consequence = _SO_AFTER.search(text, first.end, segment[1])
        sectors = _sentence_sector(text[:own_end] if (find_percents(later) and (
            TARIFF_WORD.search(later) or _RATE_VERB.search(later))) or _CONSEQUENCE.match(
            text, own_end) or _MAKERS_CLAUSE.match(text, own_end)
            else text[:consequence.start() if consequence else segment[1]], first.start)
        borrowed = bool(sectors)
        if sectors and from_default:
            targets, from_default, source = ["*"], False, "named"
    imposer = "US"
    if targets == ["US"]:
        imposer = imposer_actor or _other_actor(text, countries, first.start) or (
            default_partner if default_partner != "US" else None
        ) or ""
    elif imposer_actor and (imposer_actor not in targets or from_default):
        imposer = imposer_actor
        if from_default or not targets or targets == [imposer_actor] or (
            targets == ["*"] and any(c.code == "US" for c in countries)
            # (not "Japan itself levies no tariff on imported cars": on all)
            and not any(_ALL_PARTNERS.search(text, a, b) for a, b in objects)
        ):
            # A partner's own tariff with no other country named is on the United
            # States when the sentence speaks of it (retaliation), else on everyone.
            targets, from_default, source = ["US"], False, "named"
    if imposer == "US" and default_partner == "CN" and "US" not in targets and \
            sectors == ["agriculture"] and _BEANS.search(text) and not _US_BEANS.search(text):
        # "Brazilian beans, the main competition, pay 3 percent", "the 3% charged on all
        # suppliers": in a story on China's soybean duties, the rates other suppliers pay
        # at Chinese ports are China's too, and on US beans when the sentence names them
        # and no rate on every supplier ("a 3% standard duty" in "American soybeans still pay
        # 23%: a 3% standard duty, ...")
        imposer = "CN"
        if targets == ["*"] and any(c.code == "US" for c in countries) and not \
                _EVERY_SUPPLIER.search(text, reading.before, reading.after):
            targets = ["US"]
    if imposer in ("US", "MX") and ("agreement" in text or "deal" in text or "pact" in text):
        no_deal = _NO_TRADE_DEAL.search(text)
        if no_deal and (default_partner == "MX" or any(c.code == "MX" for c in countries)):
            # "Mexico's Senate approved tariffs of up to 50 per cent on goods from countries
            # that have no trade agreement with Mexico, including India and China": Mexico's
            # own tariffs (its 2025 tariff reform), on the countries it names, else on all
            imposer = "MX"
            named = [c.code for c in countries if c.code not in ("MX", "US")
                     and not _is_venue(text, c)]
            targets, source = list(dict.fromkeys(named)) or ["*"], "named"
    elif imposer == "US" and article.mexican_reform and not countries and (
            (from_default and targets == ["MX"]) or targets == ["*"]) and \
            (_PROPOSAL.search(text) or _THE_NEW_TARIFFS.search(text)
             or _AFFECTED_COUNTRIES.search(text) or _THE_RANGE.search(text)):
        # "The proposed rates range between 10 percent and 50 percent", "Under the
        # initiative, light vehicles would pay 50 percent", later in a story on Mexico's
        # tariffs on countries without a trade deal: more of them ("Cars from the affected
        # countries will pay 50%", "The duties range from 10% to 50%": on the countries the
        # story named as its targets)
        targets = list(article.reform_targets) if article.reform_targets and (
            _AFFECTED_COUNTRIES.search(text) or _THE_RANGE.search(text)) else ["*"]
        imposer, source, from_default = "MX", "named", False
    elif imposer == "US" and article.mexican_reform and default_partner == "MX" and targets \
            and not set(targets) & {"US", "MX", "*"} and not any(c.code == "US" for c in countries):
        # "Chinese-built vehicles will pay 50%" in a story about Mexico's tariffs, a
        # sentence that names no US tariff: Mexico's rate on them
        imposer = "MX"
    elif imposer == "US" and targets == ["*"] and (into := _imported_into(
            text, first.end, reading.after)):
        # "the Common External Tariff, whose highest band of 35 per cent applies to finished
        # goods imported into Kenya": the duty of the country the goods are imported into
        imposer = into
    elif imposer == "US" and default_partner not in (None, "US") and _AT_HOME.match(text) \
            and not any(c.code == "US" for c in countries):
        # "At home, hot-rolled coil from China has paid provisional anti-dumping duties of
        # between 19.38% and 27.83%" in a story about Vietnam: the partner's own duties, on
        # the country the sentence names or on all
        imposer = default_partner or ""
        targets = [t for t in targets if t not in (imposer, "US", "*")] \
            if source != "default" else []
        targets, source, from_default = targets or ["*"], "named", False
    # "20% ..., replacing the 10% baseline rate": the words after the old rate are its own.
    own_after = after
    if reading.first is not reading.last and reading.first.value == reading.rate:
        own_after = text[first.end:reading.last.start]
    kind = _kind(near_before, own_after[:45], sectors, context, text, imposer, alone,
                 own_after[:90])
    # On all partners: said next to the number, or in a relative clause on its noun ("the
    # 10 per cent duty that the United States applies to imports from nearly all of its
    # trading partners").
    relative = _relative_clause(text, reading)
    clause_before = text[max(reading.before, clause_at(text, first.start)[0]):reading.lead]
    # "Australian goods still face the 10 per cent baseline": a baseline its sentence ties
    # to a country is that country's; said also to apply to all partners ("... that applies
    # to every trading partner"), it is on all as well (GUIDELINES, settled 2026-11-27).
    subject = _relative_subject(text, countries, first.start)
    if subject and source in ("named", "nearest", "default") and targets and \
            "US" not in targets and set(targets) != set(subject) and (
                set(targets) <= set(subject) or not set(targets) & set(subject)):
        # "South Africa, which surrounds Lesotho and supplies its fabric, faces 30 per
        # cent": the countries of the relative clause are not the rate's
        targets, source, from_default = subject, "named", False
    if kind == "baseline" and source in ("nearest", "default") and subject:
        # "Australia, which buys more from the US than it sells there, remained on the 10
        # per cent baseline": the subject before its relative clause
        targets, source, from_default = subject, "named", False
    opening = [c for c in countries if c.start <= dateline_end(text) + 1]
    if kind == "baseline" and source == "nearest" and opening and \
            targets == _coordinated(text, countries, opening[0]):
        # "India faces a 26% reciprocal tariff ..., and pays the 10% baseline in the
        # meantime": the sentence's subject pays it
        source = "named"
    if kind == "baseline" and relative and source in ("nearest", "default"):
        # "the 10 percent baseline tariff that Brazil, like most countries, has paid": the
        # country its relative clause says pays it
        payer = [c for c in countries if c.code != "US" and re.fullmatch(
            r"\s*(?:the\s+)?", text[relative.end("clause"):c.start])]
        if payer:
            targets, source, from_default = [payer[0].code], "named", False
    appositive = _RATE_APPOSITIVE.match(text, reading.tail, reading.after)
    bare_payer = _BARE_PAYER.match(text, reading.tail, reading.after) \
        if kind == "baseline" and source in ("nearest", "default") else None
    if bare_payer:
        # "in addition to the 10 per cent baseline tariff Kenya has faced since April": the
        # country a relative clause without "that" says pays it
        payer = [c for c in countries if c.start == bare_payer.start("who") and c.code != "US"]
        if payer:
            targets, source, from_default = [payer[0].code], "named", False
    on_all = imposer == "US" and not sectors and bool(
        (relative and _ALL_PARTNERS.search(text, relative.start("clause"), reading.after))
        # "a 10 per cent tariff, the baseline rate it intends to apply to almost every one
        # of its trading partners"
        or (appositive and _ALL_PARTNERS.search(text, appositive.end(),
                                                min(reading.after, appositive.end() + 90))))
    tied = (kind == "baseline" or on_all) and (
        source in ("named", "goods")
        # "our goods paid the ten percent that applied to nearly every country": the
        # speaker's country, the article's partner
        or (source == "default" and bool(_FIRST_PERSON.search(text, reading.before, first.start)))
    ) and "*" not in targets and bool(targets)
    around = clause_before[-70:] + " " + after[:110]
    if tied and not on_all and _ACROSS_THE_BOARD.search(around) and not re.search(
            r"\bbaseline\b", around, re.I) and not _ALL_PARTNERS.search(
            _ACROSS_THE_BOARD.sub(" ", around)):
        # "Japan had been facing a 25% across-the-board tariff": on all of Japan's goods,
        # its own rate, not everyone's baseline
        kind = "reciprocal"
    elif tied and (on_all or _ALL_PARTNERS.search(around)):
        # "Indian exports are subject to the 10 per cent duty that the United States
        # applies to imports from nearly all of its trading partners": theirs and all's
        targets = [*targets, "*"]
    elif imposer == "US" and sectors and targets and "*" not in targets \
            and _ON_ALL_APPOSITIVE.match(after) and _ALL_PARTNERS.search(after, 0, 110):
        # "Japanese steel and aluminum stay at 50 percent, the rate on all foreign metal":
        # the country's rate and everyone's
        targets = [*targets, "*"]
    elif kind == "baseline" and imposer == "US" and default_partner not in (None, "US") \
            and not any(c.code != "US" for c in countries) and not _ALL_PARTNERS.search(text) \
            and not _BASELINE_ON_ALL.search(text) and not _OTHERS_NAMED.search(text) \
            and not _STACKED_ON.search(text, max(reading.before, first.start - 40), first.start):
        # "In its place is a 10 percent baseline", "The 10 per cent baseline tariff will
        # remain on most other goods": a baseline its sentence puts on no one else, in a
        # story about one partner, is that partner's (but "a 40% surcharge on top of the 10%
        # baseline" is everyone's baseline under the stack)
        targets, from_default, source = [default_partner], True, "default"
    elif not pinned and ((kind == "baseline" and not tied) or (imposer == "US" and not tied and (
        (_ALL_PARTNERS.search(clause_before[-70:] + " " + near_after)
         and not _named_near(text, countries, reading)) or on_all
    ))):
        targets, from_default, source = ["*"], False, "named"
    if imposer == "US" and targets != ["*"] and _SET_AGAINST.search(clause_before[-60:]) and \
            _OTHERS.search(text, first.end, reading.after):
        # "British steel faces 25 per cent, half the 50 per cent rate that the United States
        # applies to other countries": the rate compared with is on the others
        targets, from_default, source = ["*"], False, "named"
    if imposer == "US" and targets == ["*"] and sectors:
        # "duties of 50% on steel and aluminium and 25% on cars and parts, which Turkish
        # goods already pay": the goods the sentence ends on pay every rate of it
        paying = _WHICH_GOODS_PAY.search(text, reading.last.end)
        refs = find_countries(paying.group("who")) if paying else []
        if refs and refs[0].code != "US":
            targets, from_default, source = [refs[0].code], False, "named"
    if imposer == "US" and targets == ["*"] and default_partner not in (None, "US") \
            and _MFN.search(text, max(0, first.start - 80), min(len(text), reading.after + 80)) \
            and not _ALL_PARTNERS.search(text):
        # "Kenyan apparel pays the ordinary most-favoured-nation duties: 16.6 per cent on
        # cotton trousers and 28.2 per cent on synthetic ones": the ordinary duty on the
        # goods of a story's partner is that partner's rate, unless the sentence says all
        targets, from_default, source = [default_partner], True, "default"
    # "Kenya, like Egypt and Morocco, remains in the lowest tier ... at 10 per cent": the
    # countries set beside the target in an aside pay the rate too
    if source in ("named", "nearest") and targets != ["*"]:
        for ref in countries:
            like = _LIKE_ASIDE.match(text, ref.end) if ref.code in targets and \
                ref.end < first.start else None
            beside = [c for c in countries if like and c.start == like.end()]
            if beside and "," in text[beside[0].end:first.start]:
                targets = targets + [code for code in _coordinated(text, countries, beside[0])
                                     if code not in targets]
    # "A rate of 15 percent would put India on par with Japan and the EU": theirs too.
    par = _PAR.search(text, first.end, reading.after)
    if par is None and _THE_SAME_BEFORE.search(text, max(0, first.start - 12), first.start):
        # "puts Israel on the same 15% as Japan, South Korea and the European Union"
        par = _AS_AFTER.match(text, first.end)
    if par and source in ("named", "nearest") and targets != ["*"]:
        matched = [c for c in countries if par.end() <= c.start < par.end() + 5]
        if matched:
            # (not a country the list goes on to give a rate of its own: "at the same 19 per
            # cent as Malaysia, and Vietnam at 20 per cent")
            peers = [code for code in _coordinated(text, countries, matched[0])
                     if not any(c.code == code and c.start > first.end
                                and _OWN_RATE_AFTER.match(text, c.end) for c in countries)]
            opener = [c for c in countries if c.code not in ("US", *peers)
                      and c.start - segment[0] <= 4 and c.start < first.start
                      and not _is_actor(text, c)] if set(targets) <= set(peers) else []
            if opener:
                # "Korean automobiles, which have paid a 25% tariff since April, will be
                # charged 15%, the same rate Japan secured": the subject's rate first
                targets, source, from_default = [opener[0].code], "named", False
            targets = targets + [code for code in peers if code not in targets]
    # "the 19% and 20% agreed with Indonesia and Vietnam": respectively, in order.
    if reading.peers > 1 and len(targets) == reading.peers and source in ("named", "nearest"):
        targets = [targets[reading.position]]
    # "Thai auto parts and steel already pay sectoral duties of 25% and 50% respectively"
    if reading.peers > 1 and len(sectors) == reading.peers and "respectively" in text:
        sectors = [sectors[reading.position]]
    elif reading.peers > 1 and len(sectors) > reading.peers and "respectively" in text:
        # "Thai automobiles and automotive parts, as well as steel and aluminium products,
        # are subject to ..., at 25 per cent and 50 per cent respectively": one group of
        # goods for each rate
        groups = _goods_groups(text[:reading.lead if reading.lead >= 0 else first.start])
        if len(groups) == reading.peers and sorted(s for g in groups for s in g) == sorted(
                sectors):
            sectors = groups[reading.position]
    bare = not _modifiers(after).strip() and not TARIFF_WORD.match(after.strip())
    weak = from_default or (source == "nearest" and targets != ["*"])
    # (not the total the sentence's rates add up to: "already pay duties averaging about 15
    # percent, so the new levy will bring the total charge ... to roughly 35 percent")
    if weak and (not sectors or borrowed) and not (
            _TOTAL_TO.search(text, 0, first.end) and find_percents(text[:first.start])
            # (the total on some goods said before is that total again)
            and not any(m.rate_pct == reading.rate and m.sector for m in earlier)) and not (
            # (nor what a partner keeps while it suspends the rest: _further_of's, whatever
            # the United States charges)
            "while" in text and any(m.start("rate") == first.start
                                    for m in _WHILE_KEEPING.finditer(text))):
        # "the 100 percent duty": a rate already reported, not a new fact
        # (not one on other goods, when the sentence names its own: "Coffee and beef ...
        # pay the full 50%. Brazilian steel and aluminum ..., but they pay the 50% tariff")
        # (nor the other side's rate of that size, when this one is said to be the United
        # States' reciprocal rate: "Beijing will cut its duties on American imports to 10%
        # from 125%. ... a reciprocal rate that falls to 10% from 125%.")
        repeated = {m.target for m in earlier
                    if m.rate_pct == reading.rate and (bare or kind in ("other", m.kind))
                    and not (borrowed and m.sector and m.sector not in sectors)
                    and not (m.imposer != imposer and m.target == imposer
                             and kind == "reciprocal")}
        if repeated and from_default:
            return []
        targets = [target for target in targets if target not in repeated]
        if not targets:
            return []
    if not imposer:
        return []
    status, said_in_effect = _status(text, reading, segment, effective, published, others)
    if kind == "retaliatory" and (imposer == "US" or "US" not in targets):
        kind = "sectoral" if sectors else "other"
    if kind == "retaliatory" and reading.rate == 0 and not _KIND_CUES[0][1].search(context):
        kind = "other"  # a partner's zero tariff on US goods is an offer, not retaliation
    if _ORDINARY_DUTY.search(near_before[-40:] + " " + _modifiers(after)) or (
            our and _ORDINARY_DUTY.search(our.group(0))):
        kind = "other"  # the ordinary or trade-remedy duty beneath the 2025 measures
    regime = article.regime or _set_by_letter_or_deal(text)
    if kind == "baseline" and not find_sectors(_modifiers(after)) and \
            re.search(r"\bbaseline\b", context, re.I) and _BASELINE_ON_ALL.search(text) \
            and not (_removal(text, reading) and objects
                     and find_sectors(text[objects[0][0]:objects[0][1]])):
        # "Beef within the quota pays the 10 percent baseline", "the order strips out only
        # the 10% baseline tariff": the baseline is on all goods (but "Chilean and Australian
        # wines still enter the United States at the 10 per cent baseline rate" is on wine,
        # as the gold's writers read it; nor "removed the 10% baseline tariff on coffee, beef
        # ... and other foods": a removal on those goods)
        sectors = []
    layers: list[str | None] = list(sectors) if sectors else [None]
    if sectors and general:
        layers = [None, *sectors]

    def kind_of(target: str, sector: str | None) -> tuple[TariffKind, bool]:
        """The kind for one target and sector, and whether no cue of its own gave it."""
        own = "other" if sector is None and kind == "sectoral" else kind
        if target == "*" and own == "surcharge" and imposer == "US" and sector is None \
                and regime:
            return "baseline", False  # an add-on on all partners is the baseline
        if own != "other" or imposer != "US" or sector is not None or not regime \
                or _OTHER_BASIS.search(context):
            return own, own == "other"
        if target == "*":
            return "baseline", True
        return ("other" if target in OUTSIDE_RECIPROCAL else "reciprocal"), True

    if imposer == "US" and not _TRADE_REMEDY.search(text):
        # "A German or Italian machine builder pays fifteen percent under the EU deal": US
        # tariffs on a member state's goods are the bloc's (anti-dumping duties aside)
        targets = list(dict.fromkeys("EU" if t in EU_MEMBERS else t for t in targets))
    rate, previous = reading.rate, reading.previous
    # "The 15% ceiling will also cover cars, bringing the duty they pay down from 27.5%
    # today, as well as any future US tariffs on pharmaceuticals": goods named only after
    # the old rate had no share in it
    named_before = {found for found, _, _ in find_sectors(text[:reading.last.start])} \
        if previous is not None and reading.last is not reading.first \
        and reading.rate == reading.first.value else set()
    named_later = {s for s in layers if s and s not in named_before} if named_before else set()
    removal = _removal(text, reading) if rate and previous is None else None
    if removal == "free" or (removal == "done" and status not in (
            "threatened", "proposed", "paused")):
        # "Canada will scrap its 25% counter-tariffs": the rate falls to zero from 25, done
        # or decided (GUIDELINES: removed or scrapped).
        rate, previous, status = 0.0, rate, "lifted"
    found = [
        TariffMention(
            imposer=imposer,
            target=target,
            sector=sector,
            kind=kind_of(target, sector)[0],
            rate_pct=rate,
            previous_rate_pct=None if sector in named_later else previous,
            status=status,
            effective_date=effective,
            sentence=text,
            start=sentence.start,
            end=sentence.end,
        )
        for target in targets if target and target != imposer
        for sector in layers
    ]
    if said_in_effect:
        article.settled.update(found)
    article.defaulted.update(m for m in found if kind_of(m.target, m.sector)[1])
    return found


def _sectors(
    text: str, reading: _Reading, objects: list[tuple[int, int]], after: str
) -> list[str]:
    modifiers = _modifiers(after)
    found = [s for s, _, _ in find_sectors(modifiers)]
    if found:
        return found
    payers = _GOODS_THAT_PAY.match(text, reading.last.end)
    if payers:
        # "the 50 percent tariff that Korean steel and aluminum still face"
        found = [s for s, _, _ in find_sectors(payers.group("goods"))]
        if found:
            return found
    threat = _SECTOR_THREAT.match(text, reading.first.start)
    if threat and not objects:
        # "the tariffs of 50% that the United States applies to steel and aluminum imports":
        # the goods of the relative clause
        found = [s for s, _, _ in find_sectors(threat.group("rest"))]
        if found:
            return found
    for start, end in objects:
        for sector in _sectors_in(text, start, end):
            if sector not in found:
                found.append(sector)
    if found and any(_mixed_list(text[a:reading.after]) for a, _ in objects):
        return []
    capped = _TARIFFS_ON_GOODS.search(text, reading.before, reading.first.start) \
        if not found and objects else None
    if capped and find_sectors(capped.group("goods")):
        # "any tariffs imposed under Section 232 ... on pharmaceuticals, semiconductors and
        # other products ... will not exceed 15% for Swiss products": the capped tariffs'
        # goods, of the country named after the rate
        return list(dict.fromkeys(s for s, _, _ in find_sectors(capped.group("goods"))))
    if not found and objects and _no_longer(text, reading):
        # "New Zealand beef and kiwifruit will no longer pay the 15 per cent US tariff on the
        # country's goods": the goods freed of the rate are the subject's
        found = [s for s, _, _ in find_sectors(text[reading.before:reading.first.start])]
        if found:
            return found
    # (but "their shipments" are the goods of the subject: "Canadian steel and aluminum
    # producers woke ... to U.S. tariffs of 50 per cent on their shipments")
    if found or any(_GOODS_NOUN.search(text[a:b]) and not _THEIR_SHIPMENTS.match(text, a, b)
                    for a, b in objects):
        return found
    if any(find_countries(text[a:b]) for a, b in objects):
        # "double the metals tariffs on Canada to 50 per cent": the tariff's own goods
        for a, _ in objects:
            noun = _SECTOR_TARIFF_ON.search(text, max(0, a - 40), a)
            if noun:
                return [s for s, _, _ in find_sectors(noun.group(0))]
        return []
    # Sectors named before the number: the subject ("Japanese steel ... remain subject
    # to 50% tariffs") or the other side of a gapped clause ("and European cars to 25%").
    lead = list(_without_reasons(text[:reading.first.start]))
    if _SAID.search(text, reading.before, reading.first.start):
        # "Indonesian makers of palm oil, sneakers and clothing said they could live with
        # the 19 percent tariff": speakers, not goods ("producers of both metals pay 50%")
        for match in _BUSINESS.finditer(text, 0, reading.first.start):
            lead[match.start():match.end()] = " " * (match.end() - match.start())
    # "Vietnam, the largest foreign supplier of wooden furniture to the U.S., has been
    # paying a 20% tariff": what a country sells, said in passing, is not what the rate is on.
    for match in [*_APPOSITIVE.finditer(text, 0, reading.first.start),
                  *_COMPETITORS_IN.finditer(text, 0, reading.first.start)]:
        lead[match.start():match.end()] = " " * (match.end() - match.start())
    lead[:reading.first.start] = _without_trade_of_named("".join(lead[:reading.first.start]))
    # "Most other Australian exports, from wine to machinery, still pay 10 per cent": goods
    # of every kind, not a sector's
    # "No carve-out for Italian wine under the 15pc US tariff": the goods pay the general rate
    for match in [*_FROM_TO_GOODS.finditer(text, 0, reading.first.start),
                  *_NO_CARVE_OUT.finditer(text, 0, reading.first.start)]:
        if len(find_sectors(match.group(0))) < 2:
            lead[match.start():match.end()] = " " * (match.end() - match.start())
    # "Beyond lumber, most Canadian goods ... have faced a 35 per cent tariff": the goods set
    # aside are not the rate's
    for match in _BEYOND.finditer(text, 0, reading.first.start):
        lead[match.start():match.end()] = " " * (match.end() - match.start())
    rivals = _RIVALS_WHO_PAY.search(text, reading.before, reading.first.start) \
        if "which" in text else None
    if rivals:
        # "Garment, shrimp and jewellery exporters say they are losing orders to rivals in
        # Vietnam and Bangladesh, which pay 20%": the speakers' goods are not the rivals' rate's
        lead[reading.before:rivals.start()] = " " * (rivals.start() - reading.before)
    named = find_sectors("".join(lead[reading.before:]))
    before = [s for s, _, _ in named]
    # "Orange juice and energy products are exempt from the 40 percent duty": no sector
    # (but the goods exempt are the sector of a zero: "Taiwanese chips have been exempt from
    # the reciprocal tariff and still enter the United States duty-free"; and not "Britain
    # is exempted, and UK steel and aluminium face 25 per cent", exempt before the goods).
    exempt = _EXEMPT.search(text, reading.before, reading.first.start) if before else None
    if exempt and _CONTRAST_CLAUSE.search(text, exempt.end(), reading.first.start):
        # "Pharmaceuticals ... are spared for now, though Trump has said foreign medicines
        # could eventually face duties of as much as 200 percent": the exemption is another
        # clause's
        exempt = None
    if exempt and reading.rate and exempt.end() > reading.before + named[0][1] \
            and not _removal(text, reading):
        return []
    examples = _GOODS_INCLUDING.search("".join(lead[reading.before:]))
    if before and examples and not find_sectors(
            "".join(lead[reading.before:])[:examples.start()]):
        # "Ecuadorian goods, including bananas, cut flowers, cocoa and shrimp, will pay a 15%
        # reciprocal tariff": goods of every kind, the sectors named only as examples
        return []
    if not before and _CARMAKERS.search("".join(lead[reading.before:])) \
            and not _SHARES_OF.search("".join(lead[reading.before:])):
        # "Hyundai and Kia are still paying 25 percent": carmakers pay the rate on cars
        # (not "Shares of Hyundai Motor and Kia fell ... after South Korea agreed to a deal
        # that sets a 15% tariff on its goods": whose stock moved)
        return ["autos"]
    other = _AND_OTHER_GOODS.search(text, max(0, reading.before - 8), reading.first.start) \
        if not before and " and " in text else None
    if other:
        # "engines, transmissions and other parts are due to be charged 25 percent", "generic
        # medicines and their ingredients will face no reciprocal tariff": the list the other
        # goods end, back to its clause's start
        clause_start = max(_last_and_clause(text, other.start()), other.start() - 80)
        listed = [s for s, _, _ in find_sectors(text[clause_start:other.start()])]
        if listed:
            return list(dict.fromkeys(listed))
    if not before and _MILLS.search(text) and _COUNTERVAILING.search(text):
        # "For Canadian mills, she said, that 10 per cent comes on top of anti-dumping and
        # countervailing duties that already total about 35 per cent": the sawmills of the
        # softwood lumber dispute, whichever rate of theirs the sentence gives
        return ["lumber"]
    along = _ALONG_WITH.match(text, reading.last.end) if before else None
    if along:
        # "palm oil, cocoa and rubber will enter the United States duty-free, along with some
        # generic medicines": more goods at the same rate
        before += [s for s, _, _ in find_sectors(along.group("goods")) if s not in before]
    return before


_RIVALS_WHO_PAY = re.compile(r"\b(?:rivals|competitors)\s+(?:in|from)\s+[^.;]{2,80}?,\s+which\s+"
                             r"(?:now\s+|only\s+|already\s+)*(?:pay|pays|face|faces)\s+$", re.I)
_ALSO_AT = re.compile(r"\balso\s+(?:fell|fall|falls|dropped|drop|drops|pay|pays|paid|face|"
                      r"faces|faced|go|goes|went|came|come|comes)\b[^.;,]*$")
_AND_OTHER_GOODS = re.compile(r"\band\s+(?:other\s+(?:key\s+|auto\s+|car\s+)?|their\s+|its\s+)"
                              r"(?:parts|components|ingredients|derivatives)\b", re.I)


def _last_and_clause(text: str, end: int) -> int:
    """Where the clause holding ``end`` opens after ", and " (0 if it does not)."""
    cut = text.rfind(", and ", 0, end)
    return cut + len(", and ") if cut >= 0 else 0


_CONTRAST_CLAUSE = re.compile(r",\s+(?:though|although|but|while|whereas|yet)\s", re.I)
_SHARES_OF = re.compile(r"\b(?:shares|stocks?)\s+(?:of|in)\b", re.I)
_ALONG_WITH = re.compile(r",\s+(?:along|together)\s+with\s+(?P<goods>[^,;.]+)", re.I)


_OTHER_COUNTRY_AFTER = re.compile(r"\b(?:while|whereas)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*"
                                  r"(?:\s+(?-i:[A-Z])[\w.'’-]*)?(?:\s+and\s+(?-i:[A-Z])\w+)?"
                                  r"(?:,[^,;%]*,)?\s+(?:pays?|paid|faces?|faced|are|is|gets?|got)\b",
                                  re.I)
_GOODS_THAT_PAY = re.compile(r"\s+(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rate)\s+(?:that|which)\s+"
                             # ("that Korean automobiles, steel and aluminium currently face")
                             r"(?P<goods>[^,;%]{3,60}?(?:,\s+[^,;%]{2,30}?\s+and\s+[^,;%]{2,30}?)?)"
                             r"(?:,[^,;%]*,)?"
                             r"\s+(?:still\s+|now\s+|already\s+|currently\s+)?"
                             r"(?:face|faces|pay|pays)\b", re.I)
_SECTOR_TARIFF_ON = re.compile(r"\b(?:the|its|their|his)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+"
                               r"(?:tariffs?|duties|levies|duty|levy)\s+(?:on|against)\s+(?:the\s+)?$",
                               re.I)
_THEIR_SHIPMENTS = re.compile(r"(?:its|their)\s+(?:own\s+)?(?:goods|exports|products|shipments)"
                              r"\s*$", re.I)
_GOODS_INCLUDING = re.compile(
    r"\b(?:goods|products|exports|shipments)\s*,\s+(?:including|such as)\b", re.I)
_COUNTERVAILING = re.compile(r"\bcountervailing\b", re.I)
_MILLS = re.compile(r"(?<!steel )(?<!paper )(?<!pulp )(?<!textile )(?<!rolling )\bmills\b", re.I)


# (not Hyundai's steel and shipbuilding arms; GM Korea is GM's Korean carmaker)
_CARMAKERS = re.compile(r"\b(?:" + "|".join(
    re.escape(name) for names in CARMAKERS.values() for name in names) + r"|GM Korea)\b"
    r"(?!\s+(?:Steel|Heavy|Mobis|Glovis|Engineering)\b)")


_MAKERS_CLAUSE = re.compile(r",?\s*(?:and|while|but)\s+(?:[\w-]+\s+)?(?:makers|producers|"
                            r"exporters|growers)\b", re.I)
_NO_CARVE_OUT = re.compile(r"\bno\s+(?:carve-?out|exemption|exception|special treatment)\s+for\s+"
                           r"[^,;%]*", re.I)
_TARIFFS_ON_GOODS = re.compile(
    r"\b(?:tariffs?|duties|levies)\s+(?:imposed\s+)?(?:under\s+[^,;%]{0,70}?\s+)?on\s+"
    r"(?P<goods>[^;%]{3,110}?)\s+(?:will|would|shall|cannot|can|may)\s+(?:not\s+)?"
    r"(?:exceed|be\s+capped|be\s+limited|be\s+held)\b", re.I)
_BEYOND = re.compile(r"^\s*(?:Beyond|Apart from|Aside from|Besides|Other than|Except for)\s+"
                     r"[^,;%]{2,60},")
_FROM_TO_GOODS = re.compile(r",\s+from\s+(?:[\w-]+\s+){0,4}?[\w-]+\s+to\s+(?:[\w-]+\s+){0,3}?"
                            r"[\w-]+,", re.I)


def _mixed_list(phrase: str) -> bool:
    """"products across all sectors, including agricultural, health, seafood and
    information technology": goods of many kinds, half or more of them no sector of ours."""
    listed = _LISTED.search(phrase)
    # the list must hang on the goods themselves, not on an aside: "..., a boost for
    # manufacturers such as Jaguar Land Rover"
    if not listed or re.search(r",\s+(?!including|such as|$)", phrase[:listed.start()]):
        return False
    if re.search(r"\ball\s+sectors\b", phrase[:listed.start()], re.I):
        return True  # "across all sectors, including industrial, agricultural and food"
    items = [i for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed.group(1))
             if i.strip()]
    return len(items) >= 3 and 2 * sum(1 for i in items if find_sectors(i)) <= len(items)


# (the list ends at an aside: "including beef, coffee, cocoa and several fruits, the clearest
# sign yet of a thaw between Washington and Brasília")
_LISTED = re.compile(r"\b(?:including|such as)\s+([^;.()]*?)(?=,\s+(?:the|a|an|which|who|while|"
                     # (or at a clause of its own: ", and will work to address ...")
                     r"but|(?:and\s+)?(?:will|would|has|have|had|is|are|was|were))\s|"
                     r"[;.()]|$)", re.I)
# "Our competitors in garments, Vietnam and Bangladesh, pay 20%": whose trade, not the goods
def _without_trade_of_named(text: str) -> str:
    """``text`` with the trade named before countries blanked ("competing apparel exporters
    Vietnam and Bangladesh face the same rate": the countries' trade, not the rate's goods)."""
    if "ers " not in text and "countries " not in text and "nations " not in text:
        return text
    for match in _TRADE_BEFORE_NAME.finditer(text):
        if any(c.start == 0 for c in find_countries(text[match.end():match.end() + 40])):
            text = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return text


_TRADE_BEFORE_NAME = re.compile(r"\b(?:[\w-]+\s+){1,2}?(?:exporters|exporting\s+(?:countries|"
                                r"nations)|producers|suppliers|makers|manufacturers)\s+"
                                r"(?=(?-i:[A-Z]))", re.I)
_COMPETITORS_IN = re.compile(r"\b(?:competitors?|rivals?)\s+in\s+[^,;%]*", re.I)
_APPOSITIVE = re.compile(
    # ("Madagascar, the world's main source of vanilla, 47%")
    r",\s+(?:(?:still|now|already|long)\s+)?(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:suppliers?|exporters?|producers?|"
    r"makers?|sellers?|buyers?|importers?|sources?)\s+of\b[^,;]*,"
    # "Cambodia, where Adidas makes much of its apparel, faces 36%", "India, Ecuador's main
    # competitor in the U.S. shrimp market, will be charged 25%"
    r"|,\s+where\s+[^,;%]*,"
    # "Brunei, the region's small oil-rich sultanate, is also in the order at 25 percent": the
    # country described, not the goods of its rate
    r"|,\s+(?:the|a|an)\s+[^,;%]{0,40}?\b(?:sultanate|kingdom|emirate|monarchy|republic|"
    r"nation|state|country|island|archipelago|economy)\s*,"
    r"|,\s+(?:[\w.'’-]+\s+){0,3}?(?:competitors?|rivals?)\s+in\s+[^,;%]*,"
    # "Madagascar and Mauritius, two other apparel exporters, also pay 15 per cent"
    # ("Peru, the world's third-largest copper producer, also pays 10%")
    # ("Cambodia, another apparel rival, was given 19%")
    r"|,\s+(?:the|two|three|both|another|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:exporters?|producers?|"
    r"suppliers?|rivals?|competitors?)"
    r"(?:\s+(?:under|after|in|to)\b[^,;%]*)?,"
    # "Malaysia, a hub for chip packaging and testing, began paying 19%"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:hub|centre|center|powerhouse)\s+(?:for|of)\b[^,;%]*,"
    # "Algeria, whose sales to the US are mostly oil and gas, is charged 30%"
    r"|,\s+whose\s+(?:[\w-]+\s+){0,4}?(?:sales|exports|shipments)\b[^,;]*,"
    # "Switzerland, the other European country outside the EU hit hard, got 39%": what the
    # country is, besides
    r"|,\s+the\s+(?:other|only|second|first|last|one)\s+(?:[\w-]+\s+){0,3}?(?:country|nation|"
    r"partner|economy|member)\b[^,;%]*,"
    # "Lesotho, a small mountain kingdom that sells jeans and diamonds abroad, has been hit
    # with a 50 per cent U.S. tariff"
    # ("Lesotho, a mountain kingdom of about 2.3 million people that sews jeans for American
    # brands, ...")
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:country|nation|kingdom|island|economy|state|"
    r"city-state|emirate|republic)\s+(?:[^,;%]{0,40}?\s)?(?:that|which|whose)\b[^,;%]*,"
    # "- Lesotho: 50%, the highest on the list, for a country whose U.S. exports are mostly
    # garments"
    r"|,\s+for\s+a\s+country\s+whose\s+(?:[\w.]+\s+)?(?:sales|exports|shipments)\b[^,;]*"
    r"(?:,|$)"
    # "Chile and the United Kingdom, where most of the salmon we compete with comes from,
    # pay 10%": where goods come from, besides
    r"|,\s+where\s+[^,;%]*\b(?:comes?|came)\s+from\s*,"
    # "Brazil, an important market for Chilean manufactures, has faced 50%": whose market
    r"|,\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:market|destination|customer)\s+"
    r"for\b[^,;%]*,"
    # "Cambodian goods, mostly garments, footwear and travel bags, keep a 19 per cent rate":
    # what the goods are, besides
    r"|,\s+(?:mostly|mainly|largely|chiefly|primarily)\s+[^,;%]*(?:,\s+[^,;%]*)*?,(?=\s+(?:keep|"
    r"keeps|pay|pays|face|faces|will|would|are|were|have|has|still|now)\b)"
    # "Norway, outside the EU, was given 15%": what the country is not part of
    r"|,\s+(?:outside|not in|not part of)\s+(?:the\s+)?[A-Z][\w.]*,"
    # "Costa Rica, which ships us most of our pineapples, also goes to 15%": what the
    # country sells, besides
    r"|,\s+which\s+(?:also\s+)?(?:ships|sells|supplies|exports|grows|produces|makes)\b[^,;%]*,"
    # "India, Ecuador's main competitor in the U.S. shrimp market, will be charged 25%"
    r"|,\s+(?:[\w.'’-]+\s+){1,2}?(?:main|biggest|chief|closest|largest)\s+(?:competitor|rival)s?"
    r"\b[^,;%]*,"
    # "Vehicles assembled in Mexico and Canada, where Toyota and Honda have plants, will
    # be charged": who makes things there, besides
    r"|,\s+where\s+[^;%]*?\b(?:ha(?:ve|s|d)|runs?|operates?|builds?)\s+(?:\w+\s+)?"
    r"(?:plants?|factories|factory|operations|assembly lines)\b[^,;%]*,"
    # "Japan, whose carmakers build many of their vehicles in Thailand, agreed to 15%"
    r"|,\s+whose\s+(?:[\w-]+\s+)?(?:carmakers|automakers|makers|factories|firms|companies)"
    r"\b[^,;%]*,"
    # "Switzerland, which also has a large pharmaceutical industry, pays 39%"
    r"|,\s+which\s+(?:also\s+)?(?:has|have|had|is|are|was|were)\b[^,;%]*\b(?:industry|"
    r"industries|sector|exporters?|producers?|makers?|suppliers?)\b[^,;%]*,"
    # "talks that yielded deals on aircraft and natural gas but no relief from the 15 percent
    # tariff": what a deal buys is not what a rate is on
    r"|\bdeals?\s+(?:on|for|to buy)\s+[^,;%]*?(?=\s+but\b)"
    # "Tunisian exporters, olive oil and dates among them, face 25%"
    r"|,\s+[^,;]*\bamong them,"
    # "goods from Bangladesh and Vietnam, India's main rivals in garments, pay 20 per cent"
    r"|,\s+(?:[\w.]+['’]s\s+)?(?:\w+\s+){0,2}(?:rivals?|competitors?)\s+(?:in|for)\b[^,;]*,"
    # "The European Union, which still charges duties on American cars and cheese,
    # negotiated a 15 percent ceiling": what the subject does besides
    r"|,\s+which\s+(?:still\s+|also\s+)?(?:charges|levies|imposes|keeps)\b[^,;%]*,"
    # "Steel and aluminum, much of it shipped to U.S. car and appliance factories, remain at
    # 50 percent": where the goods go
    r"|,\s+(?:much|most|some|all|part)\s+of\s+(?:it|them)\b[^,;%]*,",
    re.I)


_SECTOR_PROBE = re.compile(
    r",\s+(?:the|a)\s+" + SECTOR_WORDS + r"\s+(?:probe|investigation|inquiry)\b", re.I)


def _sentence_sector(text: str, rate_at: int) -> list[str]:
    """The one sector a sentence names, for a rate that names none of its own (not one
    it exempts or gives as a reason, nor a trade named as a business)."""
    if _EXEMPT.search(text):
        return []
    plain = _BUSINESS.sub(lambda m: " " * len(m.group(0)), _without_reasons(text))
    # "The 39 per cent levy ... had left Swiss watchmakers, machine builders and chocolate
    # producers at a disadvantage": whom the rate hurts, named by their trades after it
    plain = _TRADE_MAKERS.sub(lambda m: " " * len(m.group(0)) if m.start() > rate_at
                              else m.group(0), plain)
    plain = _APPOSITIVE.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _without_trade_of_named(plain)
    plain = _NO_CARVE_OUT.sub(lambda m: " " * len(m.group(0)), plain)
    # "Most other Brazilian goods, from footwear and furniture to machinery, still face a
    # combined 50% — the 10% baseline plus the 40% penalty": goods of every kind
    plain = _FROM_TO_GOODS.sub(lambda m: " " * len(m.group(0)), plain)
    plain = _BEYOND.sub(lambda m: " " * len(m.group(0)), plain)
    # "Taiwan's 'temporary' 20% tariff, the chip probe and what Taipei wants next": an
    # inquiry into a sector, named beside the rate, is not what it is on
    plain = _SECTOR_PROBE.sub(lambda m: " " * len(m.group(0)), plain)
    found = find_sectors(plain)
    named = [s for s, _, _ in found]
    if len(named) > 1 and len(set(named)) == len(named) and found[-1][2] <= rate_at \
            and not _NOT_ON_IT.search(text, clause_at(text, rate_at)[0], len(text)) \
            and not find_percents(plain[max(0, found[0][1] - 40):found[0][1]]) and all(
            re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*", plain[a_end:b_start])
            for (_, _, a_end), (_, b_start, _) in zip(found, found[1:], strict=False)):
        # "British steel and aluminium stay at 25%, though the rate could rise to 50%":
        # one list of sectors before the rate, the subject of the sentence (not the object
        # of another rate: "50 per cent on steel and aluminum, and Ottawa's own 25 per cent")
        return named
    return named if len(named) == 1 else []


_TRADE_MAKERS = re.compile(r"\b[\w-]+\s+(?:producers|makers|exporters|manufacturers|growers|"
                           r"builders|farmers)\b", re.I)
_SAID = re.compile(r"\b(?:said|says|say|told|warned|argued|complained)\b", re.I)
_SPEAKS = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|insisted|argued|stressed)\b")
# "makers of machine tools", "competitors in electronics", "exporters of garments": a
# business named by its trade, not goods that a rate is on.
_BUSINESS = re.compile(
    r"\b(?:makers?|exporters?|producers?|manufacturers?|competitors?|rivals?|firms?|"
    r"companies|industry|industries|sectors?)\s+(?:of|in)\s+"
    # the trade, or a list of trades: "makers of palm oil, sneakers and clothing said"
    r"[^,;.]*(?:(?:,\s*(?:and\s+)?[^,;.]*?){1,4}(?=,?\s+(?:who\s+)?(?:said|say|says|are|were|"
    r"will|would|could|can|have|has|had|warned|told|expect\w*)\b))?", re.I)


def _named_near(text: str, countries: list[CountryRef], reading: _Reading) -> bool:
    return any(
        reading.before <= c.start < reading.after and c.code != "US"
        and not _ends_with(_EXCEPTED, text, c.start)
        for c in countries
    )


def _is_actor(text: str, ref: CountryRef) -> bool:
    if ref.code == "US" or ref.named_as == "demonym":
        return False
    tail = text[ref.end:ref.end + 90]
    # "in response to Canada's 100 percent tariff on Chinese electric vehicles", "the bloc's
    # duties of up to 35.3% on Chinese electric cars": its tariff on another country's goods
    other = _POSSESSIVE_ON.match(tail)
    if other and any(c.code not in (ref.code, "US") for c in find_countries(other.group("goods"))):
        return True
    if _WHICH_IMPOSES.match(tail):
        return True  # "under pressure from China, which began collecting a 75.8% deposit"
    if _AT_THE_RATE.match(tail):
        return False  # "only Singapore, at the 10 percent baseline, has a lower rate": it pays it
    if _URGED.search(text, max(0, ref.start - 20), ref.start) and _TO_IMPOSE.match(tail):
        return True  # "Trump has urged European Union officials to impose tariffs of 100%"
    if _AFTER_PREPOSITION.search(text, max(0, ref.start - 12), ref.start):
        return False  # "the tariff on Brazil, ..., has raised": an object, not a subject
    if ref.named_as == "name" and _NAME_AS_MODIFIER.match(tail) and \
            re.search(r"\bthe\s+$", text[max(0, ref.start - 5):ref.start]):
        return False  # "the China levy was doubled to 20%": the levy on China
    verb = _ACTOR_VERB.match(tail)
    if verb and _PASSIVE.search(tail, 0, verb.end()):
        return False  # "Japan was threatened with", "Canada was hit": the one acted on
    if verb and _FALLS_TO.match(tail, verb.end()):
        return False  # "Kazakhstan drops to 25% from 27%": its rate falls, it imposes none
    if ref.named_as in ("capital", "institution") and _CAPITAL_MOVES.match(tail):
        return True  # "Beijing went to 84%": a government's own move
    return bool(verb or _POSSESSIVE.match(tail))


# ", which this month imposed a 75.8 per cent ...", ", who on Saturday announced an
# additional 10 percent tariff": a relative clause that imposes a rate
# (not "which had been threatened with 36 percent": the passive's subject pays it)
_WHICH_IMPOSES = re.compile(r",\s+(?:which|who)\s+"
                            r"(?:(?!(?:be|been|being|was|were)\b)[\w-]+\s+){0,3}?"
                            r"(?:impos|collect|slap|levi|levy|put|plac|charg|announc|threaten|"
                            r"order|unveil|propos)\w*\s+"
                            r"(?:[\w.-]+\s+){0,4}?[\w.-]+\s*(?:%|percent\b|per cent\b)", re.I)
_URGED = re.compile(r"\b(?:urg(?:ed|es|ing)|press(?:ed|es|ing)|ask(?:ed|s|ing)|"
                    r"call(?:ed|s|ing)\s+on|push(?:ed|es|ing)|encourag(?:ed|es|ing))\s+"
                    r"(?:the\s+)?$", re.I)
_TO_IMPOSE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?to\s+(?:impose|put|slap|levy|adopt)\b",
                        re.I)
_NAME_AS_MODIFIER = re.compile(r"\s+(?:tariffs?|lev(?:y|ies)|dut(?:y|ies))\b", re.I)
_POSSESSIVE_ON = re.compile(
    # (and "Ottawa's 100% tariff on Chinese electric vehicles")
    r"['’]s\s+(?:[\w.%-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?)\s+"
    r"(?:of\s+(?:up\s+to\s+)?[\w.-]+\s*(?:%|percent\b|per cent\b)\s+)?on\s+(?:imported\s+|all\s+)?"
    r"(?P<goods>(?-i:[A-Z])[\w-]+)", re.I)


_FALLS_TO = re.compile(r"\s+(?:back\s+)?to\s+(?:about\s+)?[\w.-]+\s*"
                       r"(?:%|percent\b|per cent\b|pc\b)", re.I)
_CAPITAL_MOVES = re.compile(r"\s+(?:then\s+|quickly\s+|promptly\s+)?(?:went|moved|jumped|"
                            r"followed|matched)\b(?:\s+(?:to|with|it))?", re.I)
_AFTER_PREPOSITION = re.compile(r"\b(?:on|against|for|from|to|with|of|by)\s+(?:the\s+)?$", re.I)


_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+"
                      r"(?:(?:\w+ly|also|now|already|still|then)\s+)?"
                      r"(?:\w+(?:ed|en)|set|cut|put|hit|kept|held|left|spared)$", re.I)


# "the 20 percent Vietnam agreed to", "the 15% rate Japan secured": the partner that got it.
_GOT_RATE = re.compile(r"\s+(?:had\s+|has\s+|have\s+|already\s+|also\s+)?(?:agreed|secured|won|"
                       r"negotiated|accepted|obtained|clinched|got|received|was given|"
                       r"were given|was assigned|were assigned|was handed|were handed)\b", re.I)


_GOT_BY = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:rate\s+|tariff\s+)?(?:agreed|secured|"
                     r"negotiated|accepted|won|obtained|struck)\s+"
                     # ("a rate close to the 20 percent agreed with Vietnam last week")
                     r"(?:by|(?<=agreed )with|(?<=negotiated )with)\s+(?:the\s+)?", re.I)


def _deal_side(text: str, countries: list[CountryRef], reading: _Reading) -> str | None:
    for ref in countries:
        if ref.code == "US" or not 0 <= ref.start - reading.last.end <= 30:
            continue
        between = text[reading.last.end:ref.start]
        if re.fullmatch(r"\s*(?:%|percent|per cent)?\s*(?:[\w-]+\s+)?(?:rate\s+|tariff\s+)?"
                        r"(?:that\s+)?(?:the\s+)?", between, re.I) \
                and _GOT_RATE.match(text, ref.end):
            return ref.code
        if _GOT_BY.fullmatch(between) and not re.match(
                r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z]", text[ref.end:]):
            # "the 15 per cent agreed by the European Union" (one partner: the rate's own
            # readers take a list of them)
            return ref.code
    return None


_US_OWN = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:U\.S\.|US|American|Washington['’]s)\s+"
                     r"(?:[\w-]+\s+)?" + _NOUN + r"\b", re.I)


# "the matching 24% that Beijing imposed on U.S. goods": the rate's own relative clause.
_RELATIVE_LEAD = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:" + _NOUN + r"\s+)?"
                            # ("tariffs on Canadian canola oil and meal that China put in place")
                            r"(?:on\s+(?:[\w-]+\s+){1,5}?)?(?:that|which)\s+(?:the\s+)?$", re.I)
_IMPOSED = re.compile(r"\s+(?:has\s+|had\s+|have\s+|also\s+)?(?:(?:impos|levi|charg|slapp|put|"
                      r"plac|appl)\w*\s+(?:\w+\s+){0,2}?(?:on|to|against)\b|put\s+in\s+place\b)",
                      re.I)


def _relative_actor(text: str, countries: list[CountryRef], reading: _Reading) -> str | None:
    for ref in _relative_imposers(text, countries, reading):
        if ref.code != "US":
            return ref.code
    return None


_ASIDE = re.compile(r",\s+(?:(?:(?:the|a|an|its|their)\s+)?(?:[\w.'’-]+\s+){0,4}?(?:rivals?|"
                    r"neighbou?rs?|competitors?|allies|ally|peers?)\b[^,;]{0,60}|"
                    # "Cambodia, like Thailand, faces 36 percent"; "Japan, whose carmakers
                    # build many of their vehicles in Thailand, agreed to 15 percent"
                    r"(?:like|unlike|as with|whose)\b[^,;%]{0,80}),")


_MEETING_ASIDE = re.compile(r",\s+(?:meeting|speaking\s+(?:with|beside|alongside)|"
                            r"standing\s+(?:beside|alongside|next\s+to)|flanked\s+by|"
                            r"hosting)\s+[^,;%]{3,90},", re.I)


def _in_asides(text: str, countries: list[CountryRef]) -> list[CountryRef]:
    """Countries named in an aside right after another country."""
    asides = [m.span() for ref in countries for m in [_ASIDE.match(text, ref.end)] if m]
    # "Trump, meeting British Prime Minister Keir Starmer at Turnberry on Monday, said
    # countries that had not struck deals would face ...": whom a speaker was meeting
    asides += [m.span() for m in _MEETING_ASIDE.finditer(text)]
    return [ref for ref in countries if any(a <= ref.start < b for a, b in asides)]


def _relative_imposers(
    text: str, countries: list[CountryRef], reading: _Reading
) -> list[CountryRef]:
    """Countries that impose the rate in its own relative clause ("the 10 percent baseline
    tariff that Washington imposed on almost all of its trading partners")."""
    return [ref for ref in countries
            if 0 < ref.start - reading.last.end <= 60
            and _RELATIVE_LEAD.fullmatch(text, reading.last.end, ref.start)
            and _IMPOSED.match(text, ref.end)]


def _actor(text: str, countries: list[CountryRef], number_at: int) -> str | None:
    """The non-US country that imposes: "Mexico raised its tariffs", "Beijing imposed"."""
    actors = [c for c in countries if c.start < number_at and (
                  _is_actor(text, c) or _offers(text, c, number_at))
              # ("under pressure from Beijing, which this month imposed a 75.8 per cent
              # deposit": no venue, the country its relative clause says imposes)
              and (not _is_venue(text, c) or _WHICH_IMPOSES.match(text, c.end))
              and not _ends_with(_CONDITION, text, c.start)
              # "China, which faces a 34% reciprocal rate, retaliated with 34%": the rate
              # of the relative clause is the one it faces
              and not _OWN_RELATIVE_RATE.match(text, c.end, number_at)
              # "Phnom Penh will scrap its duties on U.S. goods, while its own exports keep
              # paying 19 percent": the rate its goods pay is charged on them
              and not _ITS_GOODS_PAY.search(text, c.end, number_at)
              # "Canada hit back and pays 35%": the rate it pays
              and not _SHARED_SUBJECT.search(text, c.end, number_at)
              # "The European Union, whose 20% rate is now on hold, said it would shelve its
              # countermeasures": the rate it faces
              and not _WHOSE_RATE.fullmatch(text, c.end, number_at)]
    if actors and _us_acts_between(text, countries, actors[-1].end, number_at):
        return None
    return actors[-1].code if actors else None


def _us_acts_between(text: str, countries: list[CountryRef], start: int, end: int) -> bool:
    """"Canada imposed counter-tariffs after the United States raised its tariff to 35 per
    cent", "... in response to the tariffs the United States has applied since that day on
    Canadian goods: 25 per cent on most such goods": the United States, the subject of a
    later clause that imposes, is the one whose rate follows."""
    for ref in countries:
        if ref.code != "US" or ref.named_as == "demonym" or not start <= ref.start < end \
                or _AFTER_PREPOSITION.search(text, max(0, ref.start - 12), ref.start):
            continue
        tail = text[ref.end:ref.end + 90]
        verb = _ACTOR_VERB.match(tail)
        if verb and not _PASSIVE.search(tail, 0, verb.end()) \
                and not _FALLS_TO.match(tail, verb.end()):
            return True
    return False


def _offers(text: str, ref: CountryRef, number_at: int) -> bool:
    """"Lai has offered to negotiate with the United States on the basis of zero tariffs":
    the zero the leader offers is his country's."""
    offer = _LEADER_OFFERS.match(text, ref.end) if ref.named_as == "institution" else None
    return offer is not None and number_at - offer.end() <= 75


_WHOSE_RATE = re.compile(r",\s+whose\s+(?:(?:own|new|current|old)\s+)?", re.I)
_IN_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;%\d]*$", re.I)


_US_APPLIES = re.compile(r"[\d.]+\s*(?:%|percent\b|per cent\b)\s+(?:(?:rate|tariff|duty|levy)\s+)?"
                         r"(?:that\s+)?(?:the\s+)?(?:United States|U\.S\.|US|Washington|America)\s+"
                         r"(?:applies|charges|levies|imposes|collects)\b")
# (or a partner's by name: "Thailand committed to remove tariffs ..., while Thai products will
# continue to be charged 19 percent")
_ITS_GOODS_PAY = re.compile(r",\s+(?:while|but|and|whereas)\s+(?:its|their|(?-i:[A-Z][a-z]+))\s+"
                            r"(?:own\s+)?(?:exports|goods|products|shipments)\b[^,;]*$", re.I)


_OWN_RELATIVE_RATE = re.compile(r",\s+(?:which|who)\s+(?:already\s+|now\s+|still\s+)?"
                                r"(?:faces?|faced|pays?|paid|gets?|got|was|were|is|are|has|had)"
                                r"\b[^,;]*$", re.I)


def _others_tariffs_on(text: str, ref: CountryRef, after: int) -> bool:
    """Is ``ref`` the country whose goods another country's tariffs, named after ``after``,
    are on ("EU tariffs on American industrial goods")?"""
    match = _OTHERS_TARIFFS_ON.search(text, max(after, ref.start - 60), ref.start)
    if not match:
        return False
    # (in a clause of their own, not the rate's own object: "a 34% Chinese tariff on all
    # American goods")
    return bool(re.search(r",|\b(?:which|that|when|where)\b", text[after:match.start()])) \
        and any(c.code != ref.code for c in find_countries(match.group(0)))


def _other_actor(text: str, countries: list[CountryRef], number_at: int) -> str | None:
    """For a tariff on the United States: the other country the sentence names."""
    # not a country whose goods are named or compared: "US beans will pay 13%, against 3%
    # for Brazilian cargoes"
    others = [c for c in countries if c.code != "US" and not _is_venue(text, c)
              and not _names_goods(text, c)
              and not _AGAINST.search(text, max(0, c.start - 40), c.start)]
    before = [c for c in others if c.start < number_at]
    pool = before or others
    return pool[0].code if pool else None


_SECTOR_THREAT = re.compile(
    r"[\d.]+\s*(?:%|percent\b|per cent\b|pc\b)\s+(?:(?:levy|tariff|duty|rate)\s+)?(?:that\s+)?"
    r"(?:(?:U\.S\.\s+|US\s+)?President\s+)?(?:(?:Donald\s+)?Trump|he|Washington|the White House|"
    # "the tariffs of 50% that the United States applies to steel and aluminum imports"
    r"the\s+(?:United\s+States|U\.S\.|US)(?:\s+administration)?|the\s+administration)"
    r"\s+(?:had\s+|has\s+|first\s+)?(?:threatened|announced|floated|proposed|applies|imposes|"
    r"(?:has\s+)?said\s+it\s+(?:will|would)\s+impose)\b(?P<rest>[^,;]*)",
    re.I)
def _second_list(text: str, countries: list[CountryRef], reading: _Reading, start: int,
                 limit: int) -> list[str]:
    """"19% for Malaysia and Cambodia, which signed in October, and for Thailand and the
    Philippines", "The same 19% applies ... to Cambodia, down from 36%, and to Malaysia": the
    countries of a second list with the same rate (not one after another rate)."""
    more = _AND_FOR.search(text, start, limit)
    if more is None or any(reading.last.end <= p.start + start
                           for p in find_percents(text[start:more.start()])):
        return []
    return [code for ref in countries if ref.start == more.end()
            for code in _coordinated(text, countries, ref)]


_AND_FOR = re.compile(r",\s+and\s+(?:also\s+)?(?:for|to)\s+(?:the\s+)?(?=[A-Z])")
_OWNS_TARIFF = re.compile(r"\s+(?:tariffs?|duties|duty|levies|levy)\b", re.I)
_AGAINST = re.compile(r"\b(?:against|compared (?:with|to)|versus|vs\.?)\s[^,;]*$", re.I)
_BUILT = r"\b(?:built|made|assembled|produced|manufactured)\s+in\s+"
_BUILT_IN = re.compile(r"\b(?:cars|vehicles|goods|products|steel|trucks|parts|garments)\s+"
                       + _BUILT + r"(?:the\s+)?$", re.I)
# the makers named after where goods are built ("built in South Africa by BMW and Toyota")
_MAKERS_BY = re.compile(_BUILT + r"[^,;%]{2,30}?\s+by\s+(?:(?-i:[A-Z])[\w-]*,?\s+(?:and\s+)?)*$",
                        re.I)
_MADE = re.compile(r"\b(?:imported|made|produced|shipped|sourced|originating|coming|"
                   r"(?:they|we|it)\s+(?:ship|send|export|sell|make|build)s?)\s*$", re.I)
_ORIGIN = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?", re.I)
_FIRST_PERSON = re.compile(r"\b(?:our|we)\b", re.I)
_OUR_ON_US = re.compile(r"\bour\s+(?:[\w-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies))\s+on\s+"
                        r"(?:(?:imports|goods|products)\s+from\s+the\s+(?:United States|U\.S\.|US)|"
                        r"(?:American|U\.S\.|US)\s+(?:goods|imports|products))\b[^.;%]*$", re.I)
_ACROSS_THE_BOARD = re.compile(r"\bacross[- ]the[- ]board\b|\bblanket\b", re.I)
# A rate's appositive: "50 percent, the rate on all foreign metal since June 4"
# (and "added to the 10% baseline Brazil already pays")
_BARE_PAYER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:tariff|duty|levy|rate|baseline)\s+"
                         r"(?P<who>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+"
                         r"(?:(?:has|have|had)\s+(?:faced|paid|been\s+(?:paying|charged))|"
                         r"(?:already\s+|still\s+|now\s+)?(?:pays|faces))\b", re.I)
_RATE_APPOSITIVE = re.compile(r"[^,;%]{0,25},\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:rate|tariff|duty|levy|level|baseline)\b", re.I)
_MFN = re.compile(r"\bmost[- ]favou?red[- ]nation\b|\bMFN\b", re.I)
_ON_ALL_APPOSITIVE = re.compile(r"[^,;]{0,25},\s+(?:the|a)\s+(?:same\s+)?(?:rate|tariff|duty|levy|"
                                r"level)\s+(?:on|for|charged on|applied to|that applies to)\b"
                                # "..., like those of almost every other country"
                                r"|[^,;]{0,25},\s+(?:just\s+)?like\s+(?:those|imports|goods)\s+"
                                r"(?:of|from)\b",
                                re.I)
# Clauses set side by side: "..., while energy products pay 10 per cent", "...; cars ..."
_PARALLEL = re.compile(r",\s+(?:and|while|whereas|with)\b|;", re.I)
_HELD_BY = re.compile(r"\s+(?:(?:rate|tariff|levy|duty)\s+)?(?:(?:already|recently|previously)\s+)?"
                      r"(?:agreed|secured|won|negotiated|obtained|struck|accepted|clinched)\s+"
                      r"by\s+(?:the\s+)?")
_RATE_HOLDER = re.compile(r"\b(?:by|with|for|to)\s+(?:the\s+)?$", re.I)


# ("..., a provision aimed largely at Chinese products routed through Southeast Asia")
_COMMENT_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:step|move|measure|decision|blow|"
                            r"boost|policy|shift|reversal|escalation|relief|reprieve|setback|"
                            r"provision)\b"
                            r"[^;]*$", re.I)
_ABOVE_QUOTA = re.compile(r"\b(?:above|over|beyond|outside|exceeding)\s+(?:the|that|this|its|"
                          r"their)\s+(?:quota|ceiling|number|limit|threshold|volume)\b", re.I)


_COUNTRIES_THAT_PAY = re.compile(
    r",\s+(?:two\s+|both\s+)?(?:countries|nations|economies)\s+(?:that|which)\s+"
    r"(?:already\s+|still\s+|now\s+)?(?:pay|paid|face|faced)\s+(?:only\s+|just\s+)?"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


_RATES_RANGE = re.compile(r"\b(?:country|country-specific|individual|national)\s+(?:tariff\s+)?"
                          r"rates\b[^.;%]{0,60}?\b(?:range|ranged|ranging|run|ran|vary|varied|"
                          r"varying)\s+from\s+(?:about\s+|roughly\s+)?"
                          r"(?:[\d.]+\s*(?:%|per\s*cent|percent)\s+(?:up\s+)?to\s+)?$", re.I)


def _targets(
    text: str,
    reading: _Reading,
    objects: list[tuple[int, int]],
    countries: list[CountryRef],
    segment: tuple[int, int],
    sectors: list[str],
    actor: str | None,
    default_partner: str | None,
) -> tuple[list[str], str]:
    """The countries the rate is on, and where they come from: "named" (the rate's own
    words), "nearest" (the country nearest it), "default" (the article's partner) or
    "subject" (the article's partner, whose goods open the sentence) or "anaphor" (the
    country "the country's cars" refers back to)."""
    def codes(refs: list[CountryRef]) -> list[str]:
        out: list[str] = []
        for ref in refs:
            if ref.code not in out:
                out.append(ref.code)
        return out

    # "the country rates range from 11 per cent to 50 per cent", "The country-specific rates,
    # which range from 11% to 50%, take effect on Wednesday": the span of all partners' rates
    if "rates" in text:
        spread = _RATES_RANGE.search(text, max(0, reading.first.start - 120),
                                     reading.first.start)
        # (not when each end names its own: "range from 15% for the European Union and
        # Japan to 41% for Syria")
        if spread and not any(
                c.code != "US" and (spread.start() <= c.start < reading.first.start or (
                    reading.first.start < c.start < reading.last.end + 40
                    and re.search(r"\bfor\s+(?:the\s+)?$", text[c.start - 10:c.start])))
                for c in countries):
            return ["*"], "named"
    # "moved to Vietnam, at 20 percent, and Malaysia, at 19 percent": the country the
    # number is set beside
    beside = _COMMA_AT.search(text, max(0, reading.first.start - 20), reading.first.start)
    if beside:
        named = [c for c in countries if c.end == beside.start()]
        if named:
            # ("and Laos and Myanmar, at 40 percent", "close to Indonesia, the Philippines
            # and Pakistan, at 19 percent": the list the number is set beside)
            return _coordinated(text, countries, named[0]), "named"
    # "citrus from Peru and Morocco, countries that pay only the 10% baseline": the countries
    # the phrase describes
    described = _COUNTRIES_THAT_PAY.search(text, max(0, reading.first.start - 80),
                                           reading.first.start)
    if described:
        named = [c for c in find_countries(text) if c.code != "US"]
        last = [c for c in named if c.end == described.start()]
        if last:
            return _coordinated(text, named, last[0]), "named"
    # "sewn in the Philippines, where goods now pay 19 percent": the place where they pay it
    # "Japan pays 15 percent on most goods, ..., and its cars have paid 15 percent": the goods
    # of the country the sentence opens on
    its_goods = _ITS_GOODS_BEFORE.search(text, max(segment[0], reading.first.start - 60),
                                         reading.first.start)
    opener_refs = [c for c in countries if c.code != "US" and c.start - segment[0] <= 4]
    if its_goods and opener_refs and opener_refs[0].end < its_goods.start() and \
            not _is_actor(text, opener_refs[0]) and not _names_goods(text, opener_refs[0]):
        return [opener_refs[0].code], "named"
    # "the 30 per cent Trump had threatened in a letter to Brussels": the letter's addressee
    letter = _LETTER_TO.match(text, reading.last.end, min(reading.after, reading.last.end + 80))
    addressee = [c for c in countries if letter and c.start == letter.end() and c.code != "US"]
    if addressee:
        return [addressee[0].code], "named"
    # "pointed to Cambodia, which signed a similar agreement and also pays 19 per cent"
    for pattern, back, kind in ((_WHERE_PAY, 70, "named"), (_WHICH_PAYS, 110, "goods"),
                                (_SUBJECT_OF_RELATIVE, 130, "named"),
                                (_WHICH_NOW_ENTERS, 130, "entering")):
        where = pattern.search(text, max(0, reading.first.start - back), reading.first.start)
        # (or the country's goods before the clause: "South African-built cars, which
        # already face the 25% US tariff on imported vehicles")
        named = [c for c in countries if where and c.code != "US" and (
            c.end == where.start() or (kind != "named" and _names_goods(text, c) and
                                       0 < where.start() - c.end <= 30
                                       and not re.search(r"[,;]", text[c.end:where.start()])))]
        if named:
            return _coordinated(text, countries, named[0]), "goods" if kind == "goods" else \
                "named"
    own_rate = _DEMONYM_RATE.search(text, max(0, reading.first.start - 100), reading.first.start)
    if own_rate:
        # "raise the British rate on steel and aluminium to 50%": the country's own rate
        owners = [c for c in countries if c.start == own_rate.start("name") and c.code != "US"]
        if owners:
            return [owners[0].code], "named"
    threat = _SECTOR_THREAT.match(text, reading.first.start)
    if threat and (sectors or find_sectors(threat.group("rest"))) and not [
            c for c in countries if threat.start("rest") <= c.start < threat.end("rest")
            and c.code != "US"] and (
                # (what the United States "applies" is on all only when said so: not
                # "Brazilian steel remains subject to the 50 percent tariff that Washington
                # applies to steel")
                not re.search(r"\b(?:applies|imposes)$", text[:threat.start("rest")])
                or (_ALL_PARTNERS.search(threat.group("rest")) and not any(
                    c.start < threat.start() and _names_goods(text, c) for c in countries))):
        # "well below the 100 per cent Trump threatened in September for branded drugs": a
        # sector rate the president set for everyone, compared with the country's
        return ["*"], "named"
    trumps = _TRUMPS_RATE.search(text, max(0, reading.first.start - 30), reading.first.start)
    if trumps and not any(find_countries(text[a:b]) for a, b in objects) and not \
            find_countries(text[reading.last.end:reading.last.end + 25]) and (
                find_sectors(_modifiers(text[reading.last.end:reading.after]))
                or any(find_sectors(text[a:b]) for a, b in objects)):
        # "Chile breathes easier as Trump's 50% copper tariff spares refined metal": the
        # president's sector rate, on everyone
        return ["*"], "named"
    place = _FOR_THE_PLACE.match(text, reading.last.end, min(reading.after, reading.last.end + 70))
    if place and default_partner and default_partner != "US":
        # "the 32% President Donald Trump announced for the island in April": the partner,
        # or the country the sentence opens on ("For Cambodia, ..., 19 percent is a far cry
        # from the 49 percent Trump announced for the country")
        first_named = [c for c in countries if c.code != "US" and c.start - segment[0] <= 6]
        return [first_named[0].code if first_named else default_partner], "named"
    for start, end in objects:
        inside = [c for c in countries if start <= c.start < end
                  and not _ends_with(_EXCEPTED, text, c.start)
                  # (not who imports: "US imports of steel and aluminium from the EU")
                  and not _IMPORTS_OF.match(text, c.start)
                  # (not whose tariffs are capped: "a 15% ceiling on U.S. tariffs for most
                  # EU goods")
                  and not (c.start == start and _OWNS_TARIFF.match(text, c.end))
                  # (nor who imposes them: "will also apply to any tariffs the United States
                  # imposes on pharmaceuticals")
                  and not (c.code == "US" and _CHARGES.match(text, c.end))
                  and not _levelled_with(text, c)]
        if inside:
            # "15 percent for the European Union, Japan and South Korea": the object ends
            # at the first comma, the list goes on.
            listed = [code for ref in inside for code in _coordinated(
                text, [c for c in countries if c.start >= start], ref)]
            listed += _second_list(text, countries, reading, end, segment[1])
            return list(dict.fromkeys(listed)), "named"
        both = _BOTH_IN_OBJECT.search(text, start, end)
        pair = list(dict.fromkeys(c.code for c in countries if c.end <= start and c.code != "US"))
        if both and len(pair) == 2:
            # "signed trade agreements with Malaysia and Cambodia ..., keeping tariffs on goods
            # from both countries at 19 percent": the two the sentence named
            return pair, "named"
        # "cars imported from China": the object's origin, just after its end.
        origin = _ORIGIN.match(text, end) if _MADE.search(text, start, end) else None
        if origin:
            named = [c for c in countries if c.start == origin.end()]
            if named:
                return _coordinated(text, countries, named[0]), "named"
        # (not "99 percent of its tariff lines for U.S. goods": the lines of its own tariff
        # schedule, not its goods)
        if re.search(r"\b(?:its|their)\b(?!\s+(?:own\s+)?tariff\s+(?:lines|schedule))",
                     text[start:end]):
            # (not the owner of the tariffs: "a cut in US tariffs on its exports")
            subject = [c for c in countries if c.start < start and not _is_venue(text, c)
                       and not _OWNS_TARIFF.match(text, c.end)
                       # (not who charges it: "the tariff that Washington will charge on
                       # their goods")
                       and not _CHARGES.match(text, c.end)]
            # (a partner before the United States it deals with: "Malaysia and Cambodia
            # signed trade agreements with the United States ..., locking in the 19% tariff
            # Washington charges on most of their goods")
            subject = [c for c in subject if c.code != "US"] or subject
            if subject:
                # "Thailand and Cambodia will keep paying 19% on their exports": all of them
                if re.search(r"\btheir\b", text[start:end]):
                    return _coordinated(text, countries, subject[-1]), "named"
                return [subject[-1].code], "named"
    theirs = _THEIR_GOODS_ENTER.search(text, max(0, reading.first.start - 90),
                                       reading.first.start) if reading.rate == 0 else None
    if theirs:
        # "Guatemala and El Salvador keep paying 10%, while their coffee and bananas will
        # enter duty-free": the goods of the countries before
        before = [c for c in countries if c.end <= theirs.start() and c.code not in ("US", actor)
                  and not _is_venue(text, c)]
        if before:
            return _coordinated(text, countries, before[-1]), "anaphor"
    anaphor = _COUNTRYS_GOODS.search(text, max(0, reading.first.start - 80), reading.first.start) \
        or _COUNTRYS_EXPORT_ASIDE.match(text[:reading.first.start])
    if anaphor:
        # "South African goods have been charged 30 per cent ..., and the country's cars pay
        # the separate 25 per cent levy on imported vehicles": the country before, or the
        # article's partner
        before = [c for c in countries if c.end <= anaphor.start() and c.code not in ("US", actor)
                  and not _is_venue(text, c)]
        if before:
            return [before[-1].code], "anaphor"
        if default_partner and default_partner != "US":
            return [default_partner], "anaphor"
    for start, end in objects:
        if _ALL_PARTNERS.search(text[start:end]):
            # "South African vehicles still face the 25% tariff on imported cars": a rate
            # on all that the clause's subject, a country's goods, faces is on that country
            clause = clause_at(text, reading.first.start)
            opening = dateline_end(text)
            facing = [c for c in countries
                      if (clause[0] <= c.start or (
                          # (the sentence's subject, in a clause before the rate's own, when
                          # its verb takes the rate: "Thai auto parts makers, which supply
                          # ..., remain exposed to the separate 25 percent tariff")
                          _LEAD_SUBJECT.fullmatch(text, opening, c.start)
                          and _TAKES_RATE.search(text, c.end, reading.first.start)))
                      and c.start < reading.first.start and c.code not in ("US", actor)
                      and _names_goods(text, c)
                      and _FACES_IT.search(text, c.end, reading.first.start)
                      and not find_percents(text[c.end:reading.first.start])]
            if facing:
                return _coordinated(text, countries, facing[0]), "named"
            return ["*"], "named"
    # "rivals in Vietnam and Bangladesh, whose goods face U.S. tariffs of 20%".
    whose = _WHOSE.search(text, reading.before, reading.first.start)
    if whose:
        antecedent = [c for c in countries if 0 <= whose.start() - c.end <= 2
                      or (c.named_as == "demonym" and _RIVAL_NOUN.fullmatch(text, c.end,
                                                                            whose.start()))]
        if antecedent:
            return _coordinated(text, countries, antecedent[-1]), "goods"
    reasons = _reasons(text)
    number_at = reading.first.start
    own_clause = clause_at(text, number_at)
    goods = [
        c for c in countries
        if reading.before <= c.start < reading.after and (
            _names_goods(text, c)
            # "Cars built in South Africa by BMW, Mercedes-Benz and Toyota face 25 per cent"
            or _BUILT_IN.search(text, max(0, c.start - 40), c.start))
        and not any(a <= c.start < b for a, b in reasons)
        and not _compared(text, c, number_at)
        # "Japanese steel remains subject to the 50 percent tariff, and South Korean
        # carmakers still pay 25 percent": goods after the rate, in a clause of their own
        # with a rate of its own, are that rate's
        and not (c.start >= own_clause[1] and find_percents(text[c.end:]))
        # "..., a step Trump said would secure the American steel industry": a comment on
        # the measure, after its rate
        and not (c.start > number_at and _COMMENT_AFTER.search(text, number_at, c.start))
        # "Israel, which scrapped all of its tariffs on American goods on April 1, was
        # rewarded with 15 per cent": goods of a relative clause closed before the rate
        and not (c.end < number_at and "," in text[c.end:number_at]
                 and _IN_RELATIVE.search(text, max(0, c.start - 120), c.start))
    ]
    if goods:
        general = any(_GOODS_NOUN.match(text[c.end:c.end + 40].strip()) for c in goods)
        # "Thai and Cambodian goods": every country of the list names the goods.
        listed = [code for ref in goods for code in _coordinated(text, countries, ref)]
        return list(dict.fromkeys(listed)), "goods" if general else "named"
    candidates = [
        c for c in countries
        if c.code != "US" and c.code != actor and not _is_venue(text, c)
        and not _ends_with(_EXCEPTED, text, c.start)
        and not any(a <= c.start < b for a, b in reasons)
        and not _compared(text, c, number_at)
        # "..., a relief for Nidec and other Japanese firms": a comment on the measure
        and not (c.start > number_at and _COMMENT_AFTER.search(text, number_at, c.start))
    ]
    clause = clause_at(text, reading.first.start)
    patients = [
        c for c in candidates
        if clause[0] <= c.start < reading.first.start and not _is_actor(text, c)
    ]
    # The country the rate hits, named in its own words ("Japan faces a 24% tariff");
    # else, for a rate without an object, any country of its own words ("the 15 per
    # cent agreed with the EU"); else one named before it in its clause ("Mexico would
    # continue to pay ..., a 25 percent tariff on cars").
    held_by = _HELD_BY.match(text, reading.last.end)
    holder = [c for c in candidates if held_by and c.start == held_by.end()]
    if holder:
        # "on par with the 19 percent agreed by Indonesia": the country that secured it
        return _coordinated(text, candidates, holder[0]), "named"
    own = [c for c in patients if c.start >= reading.before]
    if sectors and objects and not any(find_countries(text[a:b]) for a, b in objects):
        # "Mexico has taken note of the 50% tariff on copper": a sector rate on everyone
        # is a country's only when the country faces or pays it
        def faces(ref: CountryRef) -> bool:
            return bool(_FACES_IT.search(text, ref.end, reading.first.start)
                        or _AFTER_PREPOSITION.search(text, max(0, ref.start - 12), ref.start))
        own = [c for c in own if faces(c)]
        patients = [c for c in patients if faces(c)]
    if own:
        return _coordinated(text, candidates, own[-1]), "named"
    # "China buys more Russian crude than India does, yet pays 30 per cent": the subject of
    # a clause that shares it
    # (a subject compared in its own clause: "than India does" is not the rate's)
    opener = [c for c in countries if c.code != "US" and c.start - segment[0] <= 4
              and c.start < number_at]
    if opener and _SHARED_SUBJECT.search(text, opener[0].end, number_at):
        return [opener[0].code], "named"
    in_context = [c for c in candidates if reading.before <= c.start < reading.after]
    if in_context and not objects:
        # "China was assigned 34 percent ..., for a combined 54 percent, and Vietnam, ...,
        # 46 percent": the country of the rate's own clause, not one of the next clause.
        rate_clause = clause_at(text, reading.first.start)
        in_clause = [c for c in candidates if rate_clause[0] <= c.start < rate_clause[1]]
        if not any(c in in_clause for c in in_context) and in_clause:
            in_context = in_clause
        nearest = min(in_context, key=lambda c: abs(c.start - reading.first.start))
        return list(dict.fromkeys(_coordinated(text, in_context, nearest) + _second_list(
            text, candidates, reading, nearest.end, segment[1]))), "nearest"
    if patients:
        return _coordinated(text, candidates, patients[-1]), "named"
    if sectors:
        # "a 200% tariff on wine, champagne and other alcoholic drinks from the European
        # Union": the goods' origin, at the end of their list
        sent_from = [c for c in candidates if reading.last.end < c.start < segment[1]
                     and _GOODS_FROM.fullmatch(text, reading.last.end, c.start)]
        if sent_from:
            return _coordinated(text, candidates, sent_from[0]), "named"
        # A sector rate on everyone that the sentence says hits a country ("..., which
        # would hit Vietnam's chip industry") is on that country.
        hit = [c for c in candidates if _HIT.search(text, max(0, c.start - 25), c.start)
               or _HIT_AFTER.match(text, c.end)]
        if hit:
            return _coordinated(text, candidates, hit[0]), "named"
        # "Britain was promised a 0% rate on steel within a quota", "Japan secured 15% on
        # cars": the country the sector's rate was granted to
        granted = [c for c in candidates if c.end <= reading.first.start and _GRANTED.fullmatch(
            text, c.end, reading.first.start)]
        if granted:
            return _coordinated(text, candidates, granted[-1]), "named"
        # "... to 50 per cent, including on products from Australia"
        including = [c for c in candidates if reading.last.end < c.start < segment[1]
                     and _INCLUDING_FROM.search(text, max(0, c.start - 50), c.start)]
        if including:
            return _coordinated(text, candidates, including[0]), "named"
        # "the 25% tariff on automobiles or the 50% tariff on steel already levied on
        # Korean products": a participle after a list of rates names the country of each.
        for match in _LEVIED_ON.finditer(text, reading.last.end, segment[1]):
            if re.search(r"[,;]", text[reading.last.end:match.start()]):
                break
            named = [c for c in candidates if match.end() <= c.start < match.end() + 20]
            if named and _names_goods(text, named[0]):
                return [named[0].code], "named"
        # "Our steel and aluminium exporters still pay fifty per cent", "a threat aimed
        # at Basel's drugmakers": with no country in the sentence, a rate that its
        # sentence puts on exporters, exports, shipments or a place's makers (not on
        # imports) is on the article's partner, whose producers they are.
        # (a country of a later clause with a rate of its own is that rate's: "Steel and
        # aluminum ... will stay at 50%, Kim said, and Korean copper products will pay the
        # 50% tariff on the metal"; nor does the partner itself, named after the rate's
        # clause as its speaker, "Steel and aluminium stay at 50 per cent, although Brussels
        # said the two sides would work on a quota", or with no rate after it: "For cars and
        # car parts, the US will cut its tariff to 15%, with effect from the first day of the
        # month in which the European Commission tables legislation ...")
        others = [c for c in candidates
                  if not (c.start >= own_clause[1] and _names_goods(text, c)
                          and find_percents(text[c.end:]))
                  and not (c.start >= own_clause[1] and c.code == default_partner
                           and (_SPEAKS.match(text, c.end) or not find_percents(text[c.end:])))]
        in_segment = [c for c in candidates if segment[0] <= c.start < segment[1]]
        if default_partner and default_partner != "US" and not _ALL_PARTNERS.search(text) and (
            (not others and _PRODUCERS.search(text, 0, own_clause[1]))
            or (not in_segment and _ABOVE_QUOTA.search(text, segment[0], segment[1]))
        ):
            # also "Cars above that ceiling will still pay 27.5 per cent": the partner's
            # quota, so the partner's rate
            return [default_partner], "named"
        # "Canadian goods that do not qualify have faced 35 per cent since August 1, while
        # energy products pay 10 per cent": a clause set beside one on a country's goods
        # speaks of that country's goods too
        earlier = [c for c in candidates if c.start < reading.before and _names_goods(text, c)]
        if earlier and _PARALLEL.search(text, earlier[-1].end, reading.first.start) \
                and not _ALL_PARTNERS.search(text, earlier[-1].start, reading.after):
            return _coordinated(text, candidates, earlier[-1]), "named"
        # "Auto parts will also be charged 15 percent", "Steel and aluminium stay at 50%": a
        # sentence that opens on a sector's goods, names no country, no object of the rate
        # and nothing of all partners, in an article about one partner, speaks of that
        # partner's goods, as the gold's writers read it (GUIDELINES; see "subject" in
        # _mentions_for for the one exception)
        if default_partner and default_partner != "US" and not others \
                and all(_NON_US_CONTENT.search(text, a, b) for a, b in objects) \
                and (_SECTOR_SUBJECT.match(text) or _FOR_SECTOR.match(text)) \
                and not any(
                    # (a contrast with the others, "... everywhere else pay 50 per cent",
                    # says the rate is not everyone's)
                    not re.match(r"every\w+ else|other\b", m.group(0), re.I)
                    for m in _ALL_PARTNERS.finditer(text)):
            return [default_partner], "subject"
        # "Korea's reciprocal rate stays at 15 percent, ..., and steel and aluminum remain
        # outside the deal at 50 percent", "Japanese cars have been charged 15 percent ...,
        # but steel and aluminum still face 50 percent": a later clause that opens on a
        # sector's goods, in a sentence whose only country is the article's partner, named
        # before that clause, speaks of the partner's goods as a sentence would
        joint = _CLAUSE_OPENER.match(text, own_clause[0])
        if default_partner and default_partner != "US" and candidates and joint \
                and own_clause[0] > 0 \
                and all(c.code == default_partner and c.start < own_clause[0]
                        for c in candidates) \
                and all(_NON_US_CONTENT.search(text, a, b) for a, b in objects) \
                and _SECTOR_SUBJECT.match(text[joint.end():]) \
                and not _ALL_PARTNERS.search(text):
            return [default_partner], "subject"
        return ["*"], "named"
    # A country named after a later rate belongs to that rate ("the 20-percent figure ...,
    # closer to the 15 percent secured by Japan").
    later = find_percents(text[reading.last.end:])
    if later:
        at = reading.last.end + later[0].start
        held = [c for c in candidates
                if c.start > at and _ends_with(_RATE_HOLDER, text, c.start, 20)]
        if held:
            candidates = [c for c in candidates if c.start < at]
    in_segment = [c for c in candidates if segment[0] <= c.start < segment[1]]
    rate_clause = clause_at(text, number_at)
    if candidates and not any(rate_clause[0] <= c.start < rate_clause[1] for c in candidates) \
            and _sectors_in(text, rate_clause[0], rate_clause[1]):
        # "A 50 percent U.S. tariff on semi-finished copper products took effect, but
        # refined cathodes, the main export of Chile and Peru, were left out": a sector's
        # rate whose clause names no country is on all
        return ["*"], "named"
    for pool in (in_segment, candidates):
        # (not a country of a clause set against the rate's own: "now they pay nothing,
        # while Brazilian coffee still carries the 40% duty"; nor one after a colon that
        # opens a clause with a rate of its own, see _colon_parts)
        pool = [c for c in pool
                if not (c.start > number_at and _WHILE_AFTER.search(text, number_at, c.start))
                and not (c.start >= segment[1] and text.startswith(":", segment[1]))]
        if pool:
            nearest = min(pool, key=lambda c: abs(c.start - number_at))
            if nearest.start < number_at and _LIST_WHICH_PAYS.fullmatch(text, nearest.end,
                                                                        number_at):
                # "on the same footing as Japanese and European rivals, which already pay
                # 15 percent": the relative clause on the list is the rate's
                return _coordinated(text, pool, nearest), "nearest"
            return [nearest.code], "nearest"
    return ([default_partner] if default_partner else []), "default"


_SECTOR_SUBJECT = re.compile(
    r"^\s*(?:(?:But|And|Meanwhile|However|Still),?\s+)?"
    # ("Talks on steel and aluminium, which remain at 25%, are continuing")
    r"(?:(?:Talks|Negotiations|Discussions)\s+(?:on|over)\s+)?(?:[\w-]+\s+)?" + SECTOR_WORDS
    # ("Coconut oil, dried mangoes and tuna face the full 19 percent")
    + r"(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:(?:dried|fresh|frozen|canned|processed|raw|"
    r"refined|semi-finished|crude)\s+)?" + SECTOR_WORDS + r")*"
    # "Energy and potash that fall outside the pact are charged 10%"
    r"(?:\s+and\s+[a-z][\w-]*)?(?:\s+(?:goods|products|exports|shipments|imports))?"
    r"(?:\s+(?:that|which)\s+[^,;%]{3,60}?)?"
    # "Steel and aluminium, which face 50%, and platinum-group metals are also outside it",
    # "Steel and aluminium shipments, which have paid a 25 per cent duty since March 12, will
    # not be charged the new rate on top"
    r"(?:,\s+(?:which|that)\s+[^,;]{3,60},)?"
    # "Auto parts, charged 25 percent since May 3, are covered by the same reduction"
    r"(?:,\s+(?:charged|taxed|hit\s+with|subject\s+to|paying)\s+[^,;]{3,40},)?"
    # "But steel and aluminium, along with 407 categories of products made from them that
    # Washington added to the list, still pay fifty per cent"
    r"(?:,\s+(?:along\s+with|together\s+with|as\s+well\s+as)\s+[^,;%]{3,100},)?"
    # "Steel and aluminum, however, remain subject to 50 percent"
    r"(?:,\s+(?:however|though|meanwhile|too|also),)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:remain|remains|stay|stays|face|faces|pay|pays|paying|are|is|was|were|will|would|have|"
    r"has|keep|keeps|kept)\b", re.I)
# the joint that opens a later clause of a sentence: ", and", ", but", "; while"
_CLAUSE_OPENER = re.compile(r"[\s,;]*(?:(?:and|but|while|whereas|though|although)\b)?")
_COMPOSED = re.compile(r"[\s\-–•]*The\s+(?P<rate>[\d.]+\s*(?:%|percent\b|per cent\b))\s+"
                       r"(?:(?:rate|tariff|duty|levy|figure)\s+)?(?:combines|stacks|adds\s+up|"
                       r"is\s+made\s+up\s+of|consists\s+of|comprises|breaks\s+down)\b", re.I)
_AT_HOME = re.compile(r"\s*At\s+home\s*,")
_IMPORTED_INTO = re.compile(r"\b(?:imported|brought|shipped|coming)\s+into\s+(?:the\s+)?")


def _imported_into(text: str, start: int, end: int) -> str | None:
    """The country other than the United States that the goods of a rate are said to be
    imported into, just after the rate ("35 per cent applies to finished goods imported into
    Kenya")."""
    match = _IMPORTED_INTO.search(text, start, end)
    if match is None or re.search(r"[,;]", text[start:match.start()]):
        return None
    named = [c.code for c in find_countries(text[match.end():match.end() + 40]) if c.start == 0]
    return named[0] if named and named[0] != "US" else None
# the only object the sector's rate may have and still be the partner's: the part of its
# goods that is not American ("Cars pay 25 per cent on the parts that aren't American", "on
# their non-American content", the USMCA's carve-out for Canadian and Mexican cars)
_NON_US_CONTENT = re.compile(r"\bnon-(?:US|U\.S\.|American)\b|\b(?:aren['’]t|are\s+not|is\s+not|"
                             r"isn['’]t)\s+(?:US|U\.S\.|American)\b")
# "For cars and car parts, the United States will lower its tariff from 27.5% to 15%"
_FOR_SECTOR = re.compile(r"^\s*(?:For|On)\s+(?:[\w-]+\s+)?" + SECTOR_WORDS + r"(?:\s*(?:,|and|&)\s*"
                         r"(?:and\s+)?(?:[\w-]+\s+)?" + SECTOR_WORDS + r")*\s*,\s+(?:the\s+)?"
                         r"(?:United\s+States|U\.S\.|US|Washington)\s+(?:will|would|has|is|"
                         # ("For pharmaceuticals and semiconductors, the United States
                         # undertakes that any tariffs ... will not exceed 15 per cent")
                         r"undertakes|agrees|agreed|commits|committed|pledges|pledged)\b"
                         # ("For pharmaceuticals, semiconductors and lumber, the 15% ceiling
                         # will also apply to any future tariffs")
                         r"|^\s*For\s+(?:[\w-]+\s+)?" + SECTOR_WORDS + r"(?:\s*(?:,|and|&)\s*"
                         r"(?:and\s+)?(?:[\w-]+\s+)?" + SECTOR_WORDS + r")*\s*,\s+the\s+[\d.]+\s*"
                         r"(?:%|percent\b|per cent\b)\s+(?:ceiling|cap|limit|rate|tariff)\s+"
                         r"(?:will|would)\s+(?:also\s+)?apply\b")
# (nor "The President announced a one hundred per cent tariff on branded drugs")
_US_PRESIDENT = re.compile(r"\b(?:(?:President\s+)?(?:Donald\s+)?Trump|The\s+President|"
                           r"the\s+White\s+House)\b")
_IMPORTED = re.compile(r"\bimported\b|\ball\s+(?:foreign\s+)?(?:[\w-]+\s+){1,3}?imports\b", re.I)
_FOR_THE_PLACE = re.compile(r"[^,;%]*?\b(?:for|on|against)\s+the\s+(?:(?-i:[A-Z])[\w-]+\s+)?"
                            + _PLACE_NOUN + r"\b"
                            r"(?!['’]s|\s+of\b)", re.I)
_COUNTRYS_GOODS = re.compile(
    r"\bthe\s+" + _PLACE_NOUN + r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + SECTOR_WORDS
    + r"|goods|exports|products)\s+(?:\w+\s+)?(?:pay|pays|paid|face|faces|faced|are charged|"
    r"is charged)\s+(?:the\s+|a\s+)?(?:separate\s+|same\s+|full\s+)?$", re.I)
# "Cars, the country's biggest export to the United States, will also face 15%": the goods
# of the country the aside names by anaphor.
_COUNTRYS_EXPORT_ASIDE = re.compile(
    r"\s*(?:[\w-]+\s+)?" + SECTOR_WORDS + r",\s+(?:the|its)\s+(?:" + _PLACE_NOUN + r"['’]s\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:exports?|product|products)\b[^,;%]{0,60},\s+"
    r"(?:will\s+|would\s+)?(?:also\s+|now\s+|still\s+)?(?:face|faces|pay|pays|be\s+charged)\s+"
    r"(?:the\s+|a\s+)?$", re.I)
_THEIR_GOODS_ENTER = re.compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:" + SECTOR_WORDS + r"|goods|exports|products)"
    r"(?:,?\s+(?:and\s+)?[\w-]+){0,6}?\s+(?:will\s+|now\s+|can\s+|would\s+)*"
    r"(?:enter|enters|go|goes|be|are|is)\s+(?:the\s+(?:United\s+States|U\.S\.|US|American\s+market)"
    r"\s+)?$", re.I)
# What may come before the sentence's subject: "Since Tuesday, Thai auto parts makers ..."
_TAKES_RATE = re.compile(r"\b(?:fac\w+|pa(?:y|ys|id|ying)|charged|subject to|exposed to|taxed at)"
                         r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_LEAD_SUBJECT = re.compile(r"\s*(?:(?:But|And|Meanwhile|However|Still|Since\s+[^,]{3,30}),?\s+)?"
                           r"(?:Many\s+|Most\s+|Some\s+|The\s+)?", re.I)
_HAD_PAID = re.compile(r"(?:\b(?:had|has|have)\s+(?:paid|faced|been\s+(?:charged|paying|facing))|"
                       # "Australian aluminum, charged 25 per cent since March, now pays 50"
                       r",\s+(?:which\s+)?(?:paid|faced|charged|(?:was|were)\s+charged))\s+"
                       r"(?:about\s+|around\s+)?$", re.I)
_NOW_PAYS = re.compile(r"(?:\s+(?:since|until|from)\s+[\w\s]{2,20}?)?,\s+(?:now|today)\s+(?:pays?|"
                       r"faces?|is|are|stands?\s+at)\s+(?:at\s+)?", re.I)
# (or a factbox's head in capitals: "BRITAIN: Britain pays the 10% baseline, ...")
_ENTRY_HEAD = re.compile(r"^\s*(?:[-•*·–]\s*[A-Z][^:;%]{1,120}|[A-Z][A-Z .,'’&-]{2,60}):\s+")
_HYPOTHETICAL = re.compile(r"^\W*(?:Suppose|Imagine|Picture)\b|\b[Ii]f\b[^.;%]{0,60}\b(?:went|"
                           r"were to go|were to raise|were to put)\s+(?:up\s+)?to\s+[\w.-]+\s*"
                           r"(?:%|percent|per cent)[^.;]*\bwould\b")
_CLAIM = re.compile(r"\s*(?:The\s+)?(?:Claim|Viral claim|False claim)(?:\s+\d+)?\s*:", re.I)
_CORRECTION = re.compile(r"\b[Aa]n earlier version of this (?:story|article|report|post)\s+"
                         r"(?:\w+\s+){0,2}?(?:said|stated|reported|misstated|gave|wrongly)\b")
_GOODS_FROM = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:[\w-]+\s+){0,2}?"
                         r"(?:tariffs?|dut(?:y|ies)|levy|levies)?\s*"
                         # "The same 15% ceiling will extend to pharmaceuticals, semiconductors
                         # and lumber from the EU"
                         r"(?:on|(?:will\s+)?(?:extend|extends|apply|applies)\s+to)\s+[^;.%]{2,80}?"
                         r"\s+from\s+"
                         r"(?:the\s+)?", re.I)
_EVERY_SUPPLIER = re.compile(r"\b(?:all|every|any)\s+(?:other\s+)?(?:suppliers?|countr(?:y|ies)|"
                             r"origins?|exporters?)\b", re.I)
# (not coffee beans paying the US baseline)
_US_BEANS = re.compile(r"\bbaseline\b|\bcoffee\b|\bcocoa\b", re.I)
_BEANS = re.compile(r"\b(?:soy)?beans\b|\bsoybeans?\b|\bcargoes\b", re.I)
_NO_TRADE_DEAL = re.compile(
    r"\b(?:countries|nations|partners|economies)\s+(?:that\s+(?:have|has)\s+no|without(?:\s+an?)?|"
    # ("other Asian countries that lack trade agreements with Mexico")
    r"(?:that\s+)?lack(?:s|ing)?(?:\s+an?)?|that\s+do(?:es)?\s+not\s+have(?:\s+an?)?|"
    r"with\s+no|with\s+which\s+(?:Mexico|it)\s+(?:has|does)\s+(?:no|not\s+have\s+an?))\s+"
    r"(?:free[- ])?(?:trade\s+)?(?:agreements?|deals?|pacts?)\b", re.I)
# ("The new tariffs, of up to 50%, will enter into force on January 1", once passed)
_THE_NEW_TARIFFS = re.compile(r"\b[Tt]he new (?:tariffs|duties|rates)\b")
# "The duties range from 10% to 50%.": the tariffs the story is about, on the same goods
_THE_RANGE = re.compile(r"^\s*The\s+(?:tariffs|duties|rates|levies)\s+(?:will\s+|would\s+)?"
                        r"(?:range|vary)\b")
# (not "those countries": the partners the sentence before named, read by _THOSE)
_AFFECTED_COUNTRIES = re.compile(r"\bthe\s+(?:affected|same|targeted)\s+countries\b", re.I)
_PROPOSAL = re.compile(r"\b(?:would|propos\w*|initiative|bill|reform)\b", re.I)
_OWN_RATE_AFTER = re.compile(r",?\s+at\s+(?:about\s+|around\s+)?\d")
_AT_RATE_AFTER = re.compile(r",\s+at\s+(?:about\s+|around\s+)?\d")
_AT_THE_RATE = re.compile(r",\s+at\s+(?:the\s+|a\s+|its\s+)?(?:about\s+|around\s+)?[\d.]+\s*"
                          r"(?:%|percent\b|per cent\b)[^,;]{0,40},", re.I)
_COMMA_AT = re.compile(r",\s+at\s+(?:about\s+|around\s+)?$")
_RELATIVE_SUBJECT = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]*,\s+", re.I)


def _relative_subject(text: str, countries: list[CountryRef], number_at: int) -> list[str]:
    """The countries that open the sentence and a relative clause follows, when the rate
    comes after that clause: "Egypt and Morocco, which also ship citrus, pay only 10%"."""
    # (after an adjective or two: "Neighbouring Liechtenstein, which forms a customs union
    # with Switzerland, was set at 15%")
    start = dateline_end(text)
    opening = [c for c in countries if c.start <= start + 1
               or _LEAD_ADJECTIVES.fullmatch(text, start, c.start)
               # "And the British, who sell the same cod to the same buyers, still pay ..."
               or _LEAD_CONJUNCTION.fullmatch(text, start, c.start)]
    if not opening:
        return []
    listed = _coordinated(text, countries, opening[0])
    last = max((c for c in countries if c.code in listed and c.start < number_at),
               key=lambda c: c.start, default=opening[0])
    clause = _RELATIVE_SUBJECT.match(text, last.end)
    if not clause:
        return []
    if clause.start() < number_at < clause.end():
        if _WHICH_IMPOSES.match(text, last.end):
            # "Trump, who on Saturday announced an additional 10 percent tariff on Canadian
            # goods, said ...": the subject of a clause that imposes the rate is its actor
            return []
        return listed  # "Thailand and Cambodia, which were told they would pay 36 percent, ..."
    between = [c for c in countries if clause.end() <= c.start < number_at]
    return listed if clause.end() <= number_at and not between else []


_LEAD_CONJUNCTION = re.compile(r"\s*(?:(?:And|But|Yet)\s+)?the\s+|\s*(?:And|But|Yet)\s+")
_LEAD_ADJECTIVES = re.compile(
    r"\s*(?:(?!(?:In|At|On|For|From|To|By|With|After|Before|Like|Unlike|As|And|But|The|A|An|"
    r"Only|Even|Both|Its|Their)\b)[A-Z][a-z-]+\s+)(?:[a-z-]+\s+)?")
_INCLUDING_FROM = re.compile(r"\b(?:including|especially|notably|not least)\s+(?:on\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:from|in)\s+(?:the\s+)?$", re.I)
_FACES_IT = re.compile(r"\b(?:fac\w+|pa(?:y|ys|id|ying)|charg\w+|hit|subject|levied|taxed|"
                       r"exposed|stuck|stay\w*|remain\w*|enter\w*|owe\w*|get|gets|got|"
                       r"given|handed|cop\w*|bear\w*|shoulder\w*|secur\w*|won|wins|agreed|"
                       r"negotiat\w*|obtain\w*|caps?|ceilings?|affect\w*|hurt|caught)\b", re.I)
_TRADE_REMEDY = re.compile(r"\b(?:anti-?dumping|countervailing|dumping)\b", re.I)
# Goods named by who makes or sends them: a partner's own producers.
_PRODUCERS = re.compile(
    # ("Coffee shippers, who supply roughly a third of U.S. consumption, face the full fifty
    # percent")
    r"\b(?:our|exporters?|exports|shipped|shippers|growers)\b|"
    r"[A-Z]\w+(?:'s|\u2019s)\s+(?:\w+\s+)?(?:\w*makers|producers|manufacturers)\b|"
    r"\b(?:\w*makers|producers|manufacturers)\s+in\s+[A-Z]")
# "Nigeria now sits in the same 15% bracket as Ghana and Cameroon"
_SAME_BRACKET = re.compile(r"\bthe same\s+[\w.-]+\s*(?:%|percent\b|per cent\b)\s+"
                           r"(?:tariff\s+)?(?:bracket|band|tier)\s+as\b", re.I)
_LIKE_ASIDE = re.compile(r",\s+(?:just\s+|much\s+)?like\s+(?:the\s+)?")
_THE_SAME_BEFORE = re.compile(r"\bthe same\s+$", re.I)
_AS_AFTER = re.compile(r"\s*(?:(?:tariff|rate|duty|levy)\s+)?as\s+(?:the\s+)?")
# "on par with Japan": the rate is theirs too.
_PAR = re.compile(r"\b(?:on (?:a )?par with|in line with|level with|the same as|"
                  # "Nigeria now sits in the same 15% bracket as Ghana and Cameroon"
                  r"(?<=\s)(?:bracket|band|tier)\s+as|"
                  r"on (?:an )?equal footing with|"
                  # "15%, the same level the European Union pays under its deal"
                  r"the same (?:level|rate)(?:\s+that)?(?=\s+(?:the\s+)?[A-Z][^,;]{0,40}?\b"
                  r"(?:pays|paid|gets|got|has|had|secured|faces|faced)\b))\s+(?:the\s+)?", re.I)
# "... already levied on Korean products": a participle that names whose goods.
_LEVIED_ON = re.compile(
    r"\b(?:already\s+)?(?:levied|imposed|applied|charged)\s+(?:on|to)\s+(?:the\s+)?", re.I)
# "which would hit Vietnam's chip industry", "Japan is also hit by the 25% tariff".
_HIT = re.compile(r"\bhit(?:s|ting)?\s+(?:the\s+)?$", re.I)
_HIT_AFTER = re.compile(
    r"['’]?s?\s+(?:is|are|was|were|will be|would be)\s+(?:also\s+|hardest\s+)?hit\b", re.I)
# "higher than the 15%" compares; "no more than 15%", "no higher than 15 percent" only bound
# the number.
_THAN = re.compile(r"(?<!\bmore )(?<!\bless )(?<!\bfewer )(?<!\bno higher )(?<!\bnot higher )"
                   r"\bthan\b", re.I)


def _compared(text: str, ref: CountryRef, number_at: int) -> bool:
    """Is the country on the other side of a comparison from the rate? ("Taiwan's rate is
    higher than the 15% agreed by Japan": 15% is not Taiwan's.)"""
    start, end = sorted((ref.end, number_at))
    than = _THAN.search(text, start, end)
    if than and ref.end <= number_at and text[max(0, than.start() - 7):than.start()] == "rather " \
            and not _OTHERS_AFTER.search(text[number_at:number_at + 80].split(";")[0]):
        # "Mexican goods would keep paying 25% ... rather than the 30% he had threatened":
        # the same goods' other rate (not "at 10% rather than the 25% tariff charged on cars
        # from most other countries")
        return False
    if than:
        # (but "Japan's rate is one point higher than the 24% announced on April 2": the
        # country's own earlier rate, set against the new one, is its own fact)
        own_before = ref.end <= number_at and _OWN_EARLIER.match(text, number_at)
        return not (own_before and not find_countries(text[number_at:number_at + 70].split(
            ";")[0]) and re.match(r"['’]s\s+(?:[\w-]+\s+)?(?:rate|tariff)\b", text[ref.end:]))
    # "China buys more Russian crude than India does, yet pays 30 per cent"
    if re.search(r"\bthan\s+(?:the\s+)?$", text[max(0, ref.start - 12):ref.start]) and \
            re.match(r"\s+(?:does|did|do|is|was|has|had)\b", text[ref.end:]):
        return True
    # "the two biggest garment suppliers to the US after China": a yardstick, not a party
    # (or "would put them far behind rivals from Vietnam and Bangladesh")
    # (and "it restores a level playing field with the European Union and Japan": those it
    # puts the country level with)
    # (or set apart: "Unlike under the Japanese and European deals, the 20 percent will be
    # added on top of existing duties"; not "Unlike Japan and the European Union, whose
    # deals set all-inclusive rates of 15%, ...", where the rate is theirs)
    unlike = ref.end <= number_at and _UNLIKE.search(text[max(0, ref.start - 50):ref.start]) \
        and not re.search(r"\b(?:whose|which|where|that)\b", text[ref.end:number_at])
    return bool(_YARDSTICK.search(text[max(0, ref.start - 45):ref.start])) \
        or _levelled_with(text, ref) or bool(unlike)


def _levelled_with(text: str, ref: CountryRef) -> bool:
    """Is the country one a rate "restores a level playing field with"?"""
    return bool(_LEVEL_WITH.search(text[max(0, ref.start - 70):ref.start]))


_UNLIKE = re.compile(r"(?:^|[.;]\s+|,\s+)Unlike\s+(?:under\s+|in\s+|with\s+|for\s+)?(?:the\s+)?"
                     r"(?:[\w.'’-]+\s+(?:and\s+)?){0,3}?$", re.I)


_LEVEL_WITH = re.compile(r"\blevel\s+playing\s+field\s+with\s+(?:the\s+)?"
                         r"(?:[\w.'’-]+\s+){0,5}?$", re.I)


_OTHERS_AFTER = re.compile(r"\b(?:other|all|most|every\w*)\b")
_OWN_EARLIER = re.compile(r"[\d.]+\s*(?:%|per\s*cent|percent)\s+(?:rate\s+|tariff\s+)?"
                          r"(?:(?:that\s+)?(?:Trump|Washington|he)\s+(?:had\s+)?)?"
                          r"(?:announced|threatened|set|imposed)\b", re.I)
_WHERE_PAY = re.compile(r",\s+where\s+(?:(?:most\s+|all\s+)?(?:goods|exports|products|imports|"
                        r"shipments)|they|exporters)\s+(?:now\s+|still\s+|already\s+)?(?:pay|face)"
                        r"\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_WHICH_PAYS = re.compile(r",\s+which\s+(?:[^,;%]{0,70}?\s)?(?:pays?|faces?|paid|faced|gets|got|"
                         # ("Vietnam, which had been hit with a 46% rate, and the EU, ...")
                         r"was\s+given|had\s+been\s+(?:handed|given|assigned)|was\s+handed|"
                         r"hit\s+with|"
                         r"secured|received)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_TRUMPS_RATE = re.compile(r"\b(?:Trump|Washington)(?:['’]s\s+(?:new\s+|threatened\s+|planned\s+)?|"
                          # "as Trump announces 100% tariff on branded medicines"
                          r"\s+(?:announces|imposes|unveils|sets|threatens|slaps|orders)\s+"
                          r"(?:an?\s+)?(?:new\s+)?)$")
# "while Britain, which settled with Washington in May, kept the 10% baseline"
_SUBJECT_OF_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+[^,;%]{3,80},\s+(?:(?:has|had|still|now|also|already)\s+)*(?:kept|keeps|"
    r"keep|pays|paid|faces|faced|got|gets|won|secured|received|was\s+given|was\s+handed|"
    r"(?:stays|stayed|remains|remained)\s+(?:at|on))\s+(?:a\s+|an\s+|the\s+|its\s+)?"
    r"(?:(?!at\b|to\b)(?-i:[a-z])[\w-]*\s+){0,2}$", re.I)
# "Colombian and Peruvian coffee, which paid the 10% baseline, now enters duty-free": the
# goods the relative clause is on enter free
_WHICH_NOW_ENTERS = re.compile(
    r",\s+(?:which|that)\s+[^;]{3,100}?,\s+(?:(?:will|would|can|could|now|also|still)\s+)*"
    r"(?:enters?|entering|ships?|go|goes|come|comes)\s+(?:(?:the\s+)?(?:United States|U\.?S\.?)"
    r"\s+|America\s+)?$", re.I)
_ITS_GOODS_BEFORE = re.compile(r",\s+(?:and|while|but)\s+its\s+(?:[\w-]+\s+)?(?:" + SECTOR_WORDS
                               + r")\s+(?:have\s+|has\s+|now\s+|still\s+|also\s+)*(?:paid|pay|"
                               r"pays|faced|face|faces)\s+(?:a\s+|the\s+)?$", re.I)
_LETTER_TO = re.compile(r"[^,;%]{0,50}?\bin\s+(?:a|his|the|its)\s+(?:[\w-]+\s+)?letter\s+to\s+"
                        r"(?:the\s+)?", re.I)
# A clause that shares the sentence's subject and says what it pays: "China buys more ..., yet
# pays 30 per cent", "Canada hit back and pays 35%"
_SHARED_SUBJECT = re.compile(r",?\s+(?:yet|but|and)\s+(?:still\s+|now\s+|only\s+)?(?:pays?|paid|"
                             r"faces?|faced|gets?|got)\s+(?:a\s+|an\s+|the\s+|only\s+)?"
                             r"(?:[\w-]+\s+){0,2}$", re.I)
# (not a time: "a week after Japan agreed to the same 15% rate")
_YARDSTICK = re.compile(r"\b(?:(?<!day )(?<!days )(?<!week )(?<!weeks )(?<!month )(?<!months )"
                        r"(?<!year )(?<!years )(?<!hour )(?<!hours )(?<!minutes )"
                        r"(?<!shortly )(?<!soon )(?<!just )after|behind|besides|"
                        r"against)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?"
                        r"(?:rivals|competitors|suppliers|exporters)\s+(?:from|in)\s+)?$", re.I)


# "Japanese rivals, whose cars ...": the makers of a country, named by its demonym
_RIVAL_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:rivals|competitors|peers|carmakers|automakers|"
                         r"exporters|producers|makers)\s*", re.I)
_WHOSE = re.compile(r",?\s*\bwhose\s+(?:\w+\s+)?(?:" + _GOODS + r"|" + SECTOR_WORDS
                    # "every trading partner except Britain, whose steel and aluminum stay at
                    # 25%"
                    + r"(?:\s*(?:,|and)\s*" + SECTOR_WORDS + r")*\s+(?:(?:already|still|now)\s+)?"
                    # "Japanese rivals, whose cars already pay 15%"
                    r"(?:stay|stays|remain|remains|pay|face))\b"
                    # "Japan and South Korea, which each secured a 15 percent rate"
                    r"|,\s*which\s+(?:each|both|also|already|have|had|has)?\s*(?:secured|got|won|"
                    r"agreed|negotiated|obtained|pay|paid|face|faced|received)\b", re.I)
# (a country's formal name: "the Argentine Republic, the Republic of Guatemala and ...")
_LIST_GAP = re.compile(r"(?:\s+Republic)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                       # "20 percent for Vietnam and for Bangladesh"
                       r"(?:(?:for|to|on)\s+)?"
                       r"(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate)\s+of\s+(?:the\s+)?)?",
                       re.I)


_WHICH_GOODS_PAY = re.compile(r",\s+which\s+"
                              r"(?P<who>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)"
                              r"\s+(?:goods|exports|products|shipments|producers|exporters|firms)"
                              r"\s+(?:already\s+|still\s+|also\s+|now\s+)*(?:pay|face|carry)\b"
                              r"[^,;%]*$", re.I)
_LIST_WHICH_PAYS = re.compile(r"(?:\s+[\w-]+){0,2},?\s+(?:which|who|that)\s+(?:\w+\s+)?"
                              r"(?:pay|paid|face|faced|charged)\s+(?:a\s+|the\s+)?", re.I)


def _coordinated(text: str, refs: list[CountryRef], chosen: CountryRef) -> list[str]:
    """The chosen country and those listed with it ("Myanmar and Laos", "Japan, South
    Korea and the EU"), in order."""
    ordered = sorted(refs, key=lambda c: c.start)
    at = ordered.index(chosen)
    first = last = at
    while first > 0 and _LIST_GAP.fullmatch(text, ordered[first - 1].end, ordered[first].start):
        first -= 1
    while last + 1 < len(ordered) and _LIST_GAP.fullmatch(
        text, ordered[last].end, ordered[last + 1].start
    ):
        last += 1
    codes: list[str] = []
    for ref in ordered[first:last + 1]:
        if ref.code not in codes:
            codes.append(ref.code)
    return codes


_NAMES_GOODS = re.compile(
    r"(?:-(?:made|built|grown|assembled|produced))?"
    r"\s+(?:(?:(?!(?:" + _NOUN + r"|on|of|for|to|from|in|at|and|or|with|by)\b)"
    r"[\w-]+\s+){0,2}?" + _GOODS + "|(?:" + SECTOR_WORDS + r")|"
    # ("South African motor vehicles and components remain subject to the 25% tariff")
    r"(?:motor|passenger|electric|finished|refined|raw)\s+(?:" + SECTOR_WORDS + r"))\b"
    r"(?!\s+(?:" + _NOUN + r")\b)",
    re.I,
)


_PROPER_NAME = re.compile(r"\s+[A-Z]\w*\s+[A-Z]\w*")


def _names_goods(text: str, ref: CountryRef) -> bool:
    """"Canadian goods", "UK steel", "Japanese beef": the country whose goods are taxed
    (but "U.S. steel tariffs" are the country's own tariffs, "U.S. imports" its buying,
    and capitalised words after the country make a name, "Taiwan Semiconductor
    Manufacturing")."""
    tail = text[ref.end:ref.end + 50]
    if ref.named_as not in ("name", "demonym") or not _NAMES_GOODS.match(tail):
        return False
    if _PROPER_NAME.match(tail):
        return False  # "Taiwan Semiconductor Manufacturing Co" is a company
    return not (ref.code == "US" and re.match(r"\s+imports\b", tail, re.I))


def _is_venue(text: str, ref: CountryRef) -> bool:
    return ref.named_as == "capital" and _ends_with(_VENUE, text, ref.start)


def _kind(
    before: str, after: str, sectors: list[str], context: str, sentence: str,
    imposer: str | None, alone: bool = False, wide_after: str = "",
) -> TariffKind:
    """Words that modify the same noun as the number ("10 percent baseline duty")
    decide first; else the cue nearest before the number ("an additional tariff of")."""
    if imposer not in (None, "US"):
        return "retaliatory"
    if _KIND_CUES[0][1].search(before + " " + after):
        return "retaliatory"
    kind: TariffKind | None = None
    modifiers = _modifiers(after)
    # The noun itself may say it: "a 14 percent surcharge".
    head = re.match(r"\s*[\w-]+", after[len(modifiers):])
    if head:
        modifiers += head.group(0)
    if _TOTAL_AFTER.match(wide_after or after):
        kind = "total"
    for candidate, cue in _KIND_CUES[1:]:
        if kind is None and cue.search(modifiers):
            kind = candidate
            break
    if kind is None and not _BASE_BEFORE.search(before):
        nearest = -1
        for candidate, cue in _KIND_CUES[1:]:
            for match in cue.finditer(before):
                if match.end() > nearest:
                    nearest, kind = match.end(), candidate

    if kind == "total" and _reciprocal_regime(sentence):
        return "reciprocal"
    if kind in ("baseline", "total"):
        return kind
    if sectors:
        return "sectoral"
    if kind is not None:
        return kind
    if _KIND_CUES[-1][1].search(context):
        return "reciprocal"
    if alone and _KIND_CUES[-1][1].search(sentence):
        return "reciprocal"
    return "other"


_MODIFIER_END = re.compile(
    r"[,;.()]|\b(?:for|of|to|from|with|and|on|in|that|which|under|after|before|by|as|at|"
    r"over|amid|while|because|despite|since|until|then)\b"
)
_PAIRED_GOODS = re.compile(r"\s+(?:[\w-]+\s+){1,2}?and\s+(?:[\w-]+\s+){1,2}?"
                           r"(?=(?:tariffs?|duties|duty|levies|levy|surcharges?)\b)", re.I)
# where the modifiers end: the first of a closing word, a tariff word or a rate noun (the
# leftmost match of the three patterns together)
_MODIFIERS_END = re.compile(f"(?:{_MODIFIER_END.pattern})|(?i:{TARIFF_WORD.pattern})|"
                            f"(?i:{_RATE_NOUN.pattern})")


@lru_cache(maxsize=256)
def _modifiers(after: str) -> str:
    """The words between a number and its noun: "% [reciprocal] tariff", "% [extra] duty"
    (also two goods: "its 50% [steel and aluminium] tariffs")."""
    paired = _PAIRED_GOODS.match(after) if "and" in after else None
    if paired and len(find_sectors(paired.group())) >= 2:
        return paired.group()
    match = _MODIFIERS_END.search(after)
    return after[:match.start()] if match else after


def _reciprocal_regime(sentence: str) -> bool:
    """A total of the baseline and a country's own add-on ("the 10% baseline with an
    additional 36% specific to Vietnam") under the reciprocal regime is the reciprocal
    rate."""
    return bool(
        re.search(r"\breciprocal\b|country-specific|\bspecific to\b", sentence, re.I)
        and re.search(r"\bbaseline\b", sentence, re.I)
    )


def _effective_date(
    text: str, reading: _Reading, published: date | None
) -> tuple[date, int] | None:
    """The rate's start date and where the sentence gives it."""
    start, end = reading.before, reading.after
    old_rate_end = None
    if reading.first is not reading.last and reading.first.value == reading.rate:
        old_rate_end = reading.last.end
    context = text[start:end]
    immediate = _IMMEDIATE.search(context)
    if published is not None and immediate:
        return published, start + immediate.start()
    for ref in find_dates(context, published, future=True):
        at = start + ref.start
        lead = text[start:at]
        # "15 percent, down from the 25 percent rate Trump had threatened to impose from
        # Friday": a clause about the old rate dates the old rate ("to 125 per cent from
        # 84 per cent starting Saturday" still dates the change).
        if old_rate_end is not None and at > old_rate_end and len(
            re.findall(r"\w+", text[old_rate_end:at])
        ) > 4:
            continue
        if _EFFECT_CUE.search(lead) or _changed_on(text, start, at) or (
            re.search(r"\bby\s*$", lead) and _EFFECT_VERB.search(lead[-60:])
        ):
            if ref.value is None or _NOT_EFFECT.search(lead[-40:]):
                continue  # "did not take effect on Wednesday as planned"
            yearless = ref.kind in ("month_day", "day_month") and not re.search(
                r"\b20\d\d\b", ref.surface)
            since = yearless and re.search(r"\bsince\s*$", lead)
            if (ref.kind != "weekday" and not yearless) or published is None:
                return ref.value, at
            # The verb of the date's own clause, not one further back; "since May 3" is past.
            verb = text[max(start, clause_at(text, at)[0]):at]
            future = not since and not (_PAST.search(verb) and not _FUTURE.search(verb))
            resolved = next(iter(find_dates(text[at:at + len(ref.surface)], published,
                                            future=future)), ref)
            return (resolved.value, at) if resolved.value else None
    return None


def _changed_on(text: str, start: int, at: int) -> bool:
    """"rise to 35 percent on Friday", "doubled to 20% on Tuesday", "rose to 35% from 25%
    on Aug. 1": the change's date."""
    lead = text[start:at]
    match = re.search(r"\bto\s+\S+\s*(?:%|percent|per cent|pct)"
                      r"(?:\s+from\s+\S+\s*(?:%|percent|per cent|pct))?\s+on\s*$", lead, re.I)
    return bool(match)


def _sentence_effective_date(
    text: str,
    segments: list[tuple[int, int]],
    readings: list[tuple[tuple[int, int], list[_Reading]]],
    published: date | None,
) -> date | None:
    """A clause without a rate of its own that says when the sentence's rates start
    ("..., with both reductions taking effect by May 14", "From August 27, ...")."""
    opening = _OPENING_DATE.match(text)
    if opening:
        for ref in find_dates(opening.group(0), published, future=True):
            if ref.value is not None:
                return ref.value
    with_rates = {span for span, _ in readings}
    for start, end in segments:
        if (start, end) in with_rates or find_percents(text[start:end]):
            continue
        if not _EFFECT_VERB.search(text[start:end]):
            continue
        for ref in find_dates(text[start:end], published, future=True):
            lead = text[start:start + ref.start]
            if _EFFECT_CUE.search(lead) or re.search(r"\bby\s*$", lead):
                return ref.value
    return None


def _status(
    text: str,
    reading: _Reading,
    segment: tuple[int, int],
    effective: date | None,
    published: date | None,
    others: list[tuple[int, int]],
) -> tuple[TariffStatus, bool]:
    """The rate's status, and whether its words say it is in effect now."""
    before = text[max(reading.before, reading.first.start - 40):reading.first.start]
    if _CAP.search(before) or _CAP_AFTER.match(text, reading.last.end, reading.after):
        return "agreed", False
    clause = clause_at(text, reading.last.start)
    own = (max(reading.before, clause[0]), min(reading.after, clause[1]))
    scopes = [own, clause, (reading.before, reading.after), segment]
    if segment == (0, len(text)):
        scopes.append((0, len(text)))
    # "the 30% tariff that the United States had announced": the relative clause on the
    # rate's own noun says what that rate is.
    relative = _relative_clause(text, reading)
    which = None
    state = (0, 0)
    if relative:
        scopes.insert(0, (relative.start("clause"), own[1]))
    else:
        # "the 26 per cent reciprocal tariff on Indian goods announced on 2 April, which
        # remains suspended": a relative clause closing the rate's phrase says what it is.
        which = _WHICH_AFTER.match(text, reading.tail, reading.after)
        if which:
            state = clause_at(text, which.start("clause"))
    # Cues inside another rate's own words belong to that rate.
    masked = [(a, b) for a, b in others if not (a <= reading.first.start < b)
              and (a, b) != (reading.tail, reading.after)]
    # "... takes effect as chip threat looms": the news around a rate is not its status.
    masked += [(a, b) for a, b in _reasons(text) if a > reading.last.end]
    if reading.first is not reading.last and reading.first.value == reading.rate:
        # "19 percent ..., down from the 32 percent Trump had threatened": what follows
        # the old rate is about the old rate.
        masked.append((reading.last.start, reading.after))
    if reading.first is not reading.last and reading.previous == reading.first.value \
            and _ASIDE_THEN_CHANGED.fullmatch(text, reading.first.end, reading.last.start):
        # "first counter-tariff of 34 per cent, announced on April 4, was raised to 84 per
        # cent": the aside is about the old rate
        masked.append((reading.first.end, text.rindex(",", 0, reading.last.start)))
    future = effective is not None and published is not None and effective > published
    cue: str = "announced!" if future else "in_effect"
    said = False
    # A closing "which" clause tells the rate's state ("which remains suspended"), not
    # what it would do ("which would hit Vietnam's chip industry").
    if not relative and which and _status_in(text, *state, False, masked, _STATES):
        scopes.insert(0, state)
    # "to lift import duties on cars from China to as much as 50 percent": a rise, not a
    # removal.
    # "asked Trump to remove the additional 40 percent tariff": still in force.
    raised = any(_RATE_AS_TARGET.search(text, max(0, p.start - 30), p.start)
                 for p in (reading.first, reading.last)) or _removal(text, reading) == "asked"
    for start, end in scopes:
        found = _status_in(text, start, end, future, masked, _NOT_LIFTED if raised else None)
        if found is not None:
            cue, said = found, found in ("in_effect", "in_effect!")
            break
    # A rate on a condition is a threat: "if Washington charged Brazil 50 percent, Brazil
    # would charge 50 percent on American goods".
    if _IF_WOULD.search(text) and (cue == "announced!" or re.search(
        r"\bif\b[^,;]*$", text[clause[0]:reading.first.start], re.I
    )):
        return "threatened", False
    # A rate to come under an agreement the sentence names is agreed ("Under the
    # statement, the United States will reduce ..."), unless an order implements it.
    if cue in ("announced!", "threatened?") and not _IMPLEMENTS.search(text):
        for m in _AGREED.finditer(text):
            lead = text[max(0, m.start() - 50):m.start()]
            if _NEGATED.search(lead) or _GOODS_UNDER.search(lead):
                continue
            # A deal still being negotiated ("nearing a trade agreement that would lower
            # the tariff") proposes its rates; one under discussion sets none.
            if _NEARING.search(lead):
                return "proposed", False
            if not _PENDING.search(lead):
                return "agreed", False
    return _STATUS_NAMES[cue], said


def _removal(text: str, reading: _Reading) -> str | None:
    """Is the rate the object of a removal, and is it "done" or decided ("scrapped its 25%
    counter-tariffs", "removing the 40% tariff", "will no longer pay the 19% tariff", "the
    10 per cent tariff ... had been scrapped") or only "asked" for ("asked Trump to
    remove the additional 40 percent tariff"), or are goods "free" of it?"""
    lift = _LIFT_BEFORE.search(text, max(0, reading.first.start - 60), reading.first.start) \
        or _NO_LONGER_BEFORE.search(text, max(0, reading.first.start - 60),
                                    reading.first.start)
    if lift is None and not _NOT_DUTY_FREE.search(text) and _FREE_OF_BEFORE.search(
            text, max(0, reading.first.start - 60), reading.first.start):
        # "Ceylon tea would now reach American buyers free of the 20% tariff", whatever
        # else the sentence says was exempted or paused (not goods that "enter free of the
        # 25% tariff" under the USMCA)
        return "free"
    if lift is not None and _THREATENED_AFTER.match(text, reading.last.end):
        return None  # "dropped the extra 100% tariff he had threatened": no rate was charged
    if lift is None:
        done = _REMOVED_AFTER.match(text, reading.last.end)
        return "done" if done and not find_percents(done.group(0)) else None
    if _STACKED_AFTER.match(text, reading.last.end):
        return None  # "to stop charging Japan's 15% tariff in addition to existing duties"
    return "asked" if _REQUESTED.search(text, max(0, lift.start() - 80), lift.start()) \
        else "done"


_THREATENED_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:that\s+)?" + _US_SPEAKER
                               + r"\s+(?:had\s+|has\s+)?threatened\b", re.I)
_STACKED_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:in addition to|on top of)\b", re.I)


_LIFT_BEFORE = re.compile(
    r"\b(?:(?:lift|scrap|remov|eliminat|abolish|repeal|waiv|revok|withdr[ae]w|drop)\w*|"
    # "ends the 15 per cent levy that cocoa had paid since August 7"
    # ("ending duties of 25 per cent on everything from orange juice to washing machines")
    r"end(?:s|ed|ing)?(?=\s+(?:the|its|their|this|that|duties|tariffs|levies)\s)|"
    # "will stop charging the extra duties of up to 15%"
    r"stop(?:s|ped|ping)?\s+(?:charging|collecting|applying|imposing|levying))"
    # "it would lift, from the same day, the retaliatory duties of up to 15%"
    r"(?:,[^,;]{1,40},)?\s+"
    # "dropped most of its 25 per cent counter-tariffs"
    r"(?:(?:most|some|many|all|much|part)\s+of\s+)?"
    r"(?:(?:its|their|the|an?|this|that|all|those|these|additional|extra|remaining|existing|"
    r"reciprocal|retaliatory|punitive|only|[\w.]+['’]s)\s+){0,3}"
    r"(?:(?:tariffs?|duties|levies|counter-?tariffs?)\s+of\s+(?:up to\s+)?)?$"
    # "eliminate tariffs on all US industrial goods, including its 10% duty on US cars"
    r"|\b(?:lift|scrap|remov|eliminat|abolish|drop)\w*\s+(?:[\w.'’-]+\s+){0,3}(?:tariffs|duties)\b"
    r"[^.;]{0,60},\s+including\s+(?:its|their|the)\s+$"
    # "the deal means the end of a 35% Argentine import duty"
    r"|\b(?:the\s+end\s+of|an\s+end\s+to)\s+(?:its|their|the|an?|this|that)\s+$", re.I)
# "will no longer pay the 19% U.S. tariff": the rate is gone.
_NO_LONGER_BEFORE = re.compile(
    r"\bno longer\s+(?:have to\s+)?(?:pay|face|be charged|be subject to|attract|owe)\s+"
    r"(?:(?:the|a|an|its|their|that|this|any)\s+)?(?:[\w.-]+\s+){0,2}$", re.I)


def _no_longer(text: str, reading: _Reading) -> bool:
    """Do the words before the rate say it is no longer paid ("will no longer pay the")?"""
    return bool(_NO_LONGER_BEFORE.search(text, max(0, reading.first.start - 60),
                                         reading.first.start))


_FREE_OF_BEFORE = re.compile(r"\b(?:free of|freed from|relieved of)\s+(?:(?:the|a|an|its|their|"
                             # ("Cocoa freed from Trump's 15% tariff")
                             r"that|this|[\w.]+['’]s)\s+)?(?:[\w.-]+\s+){0,2}$", re.I)
# "the 10 per cent tariff Trump placed on their product in April had been scrapped": the
# rate, then its removal in the same clause.
_REMOVED_AFTER = re.compile(
    # ("Tariffs on UK steel and aluminium, which have stood at 25% since March, will be
    # removed altogether": the end of the relative clause the rate is in)
    r"[^.;:,]{0,90}?(?:,\s+)?\b(?:has|had|have|was|were|is|are|will|would|to)\s+(?:be\s+|been\s+|"
    r"being\s+)?(?:scrapped|removed|eliminated|abolished|revoked|withdrawn|dropped|"
    r"lifted)\b(?!\s+(?:to|by|from)\b)"
    # "the EU's 10% duty on imported American cars would disappear"; "beef, which had been
    # charged 10 per cent until this week and is now also free of the levy", "beans, which
    # had each been charged 15%, are now exempt"
    r"|[^.;:,]{0,90}?\b(?:will|would|to)\s+disappear\b"
    # "the 10 per cent duty on beef shipped north is gone"
    r"|[^.;:,]{0,90}?\b(?:is|are)\s+(?:now\s+)?gone\b"
    r"|[^.;:]{0,60}?\b(?:is|are)\s+now\s+(?:also\s+)?(?:exempt|free of|tariff-free|"
    r"duty-free)\b", re.I)
_REQUESTED = re.compile(r"\b(?:ask\w*|urg\w*|call\w* (?:on|for)|press\w*|push\w*|wants?|"
                        r"wanted|seek\w*|sought|hop\w*|demand\w*|request\w*|lobb\w*|"
                        r"refus\w*|declin\w*)\b[^;]*\bto\s+$"
                        # "Trump won't commit to lifting 17% tariff"
                        r"|\b(?:won['’]t|will\s+not|would\s+not|wouldn['’]t|did\s+not|didn['’]t)\s+"
                        r"commit\s+to\s+$|\bno\s+(?:commitment|promise)\s+to\s+$", re.I)


_RATE_AS_TARGET = re.compile(r"\bto\s+(?:as much as\s+|about\s+|around\s+|up to\s+)?$",
                             re.I)


# A rate set against the sentence's own ("half the 50 per cent", "spared the doubling to
# 50 per cent") and the others it is on ("that applies to steel from other countries").
_SET_AGAINST = re.compile(r"(?:\b(?:half|twice|double|a third of|a quarter of)\s+(?:the\s+)?|"
                          r"\bspared\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)$", re.I)
_OTHERS = re.compile(r"\bother\s+(?:\w+\s+)?(?:countries|nations|trading partners|economies|"
                     r"suppliers)\b|\bevery(?:one|body|where) else\b|\brest of the world\b",
                     re.I)
_DEMONYM_RATE = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:rate|tariff|duty|levy)\s+"
    r"(?:on\s+[^,;%]{0,60}?\s+)?"
    # "the same day the China levy was doubled to 20%"
    r"(?:(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:raised|doubled|cut|"
    r"lowered|increased|reduced|halved|set)\s+)?(?:to|at|of)\s+(?:about\s+)?$")
_ON_US_GOODS = re.compile(
    r"\b(?:on|for)\s+(?:all\s+|most\s+|many\s+)?(?:American|U\.S\.|US)\s+(?:[\w-]+\s+)?"
    r"(?:goods|imports|products)\b|\bopen\w*\s+(?:its|their)\s+markets?\s+to\s+(?:the\s+)?"
    r"(?:United States|U\.S\.|US|American)", re.I)
_CHARGES = re.compile(r"\s+(?:will\s+|would\s+|may\s+|might\s+|could\s+|has\s+|had\s+|now\s+)?"
                      r"(?:charg|impos|lev[yi]|slap|appl)\w*\b", re.I)
_RELATIVE_AFTER = re.compile(
    r"\s*(?:[\w\"'“”’-]+\s+){0,3}?(?:" + _NOUN + r"|baseline),?\s+(?P<clause>(?:that|which)\b)",
    re.I
)
_NOUN_OF = re.compile(r"\b(?:tariff|duty|levy|import tax)\s+of\s+$", re.I)
_CLAUSE_AFTER = re.compile(r",?\s+(?P<clause>(?:that|which)\b)", re.I)


def _relative_clause(text: str, reading: _Reading) -> re.Match[str] | None:
    """The relative clause on the rate's own noun: "the 30% tariff that the United States
    had announced", or "the additional duty of 10% that the US applies to nearly all of its
    trading partners" (the noun before the number)."""
    relative = _RELATIVE_AFTER.match(text, reading.tail, reading.after)
    if relative is None and (_NOUN_OF.search(text, max(0, reading.first.start - 40),
                                             reading.first.start)
                             or _THE_BEFORE.search(text, max(0, reading.first.start - 6),
                                                   reading.first.start)):
        relative = _CLAUSE_AFTER.match(text, reading.tail, reading.after)
    return relative


_IF_WOULD = re.compile(r"\bif\b[^.;]{0,80}\bwould\b|\bwould\b[^.;]{0,80}\bif\b", re.I)
_STATES = frozenset({"lifted", "paused", "in_effect!"})
_WHICH_AFTER = re.compile(r"[^,;%]*,\s+(?P<clause>which)\b", re.I)
_AGREED = re.compile(r"\b(?:agreement|deal|accord|pact|joint statement|agreed|in return|"
                     r"under the (?:statement|terms|framework))\b", re.I)
_NEARING = re.compile(r"\b(?:nearing|close to|closing in on)\s+(?:\w+\s+){0,4}$", re.I)
_PENDING = re.compile(r"\b(?:discuss\w*|negotiat\w*|text of|talks on|hop\w+ for|seek\w*|"
                      r"pursu\w*|push\w* for|unless|if|until)\s+(?:\w+\s+){0,4}$", re.I)
_IMPLEMENTS = re.compile(r"\b(?:order|decree|proclamation)\s+implement\w*", re.I)
# "goods not covered by the USMCA trade pact", "goods that qualify under the agreement":
# the agreement says which goods, not that the rate was agreed.
_GOODS_UNDER = re.compile(r"\b(?:covered by|qualif\w+ (?:under|for)|complian\w* with|"
                          r"complies with|comply with|eligible under)\s+(?:the\s+)?"
                          r"(?:[\w.-]+\s+){0,4}$", re.I)
_STATUS_NAMES: dict[str, TariffStatus] = {
    "announced!!": "announced", "lifted": "lifted", "paused": "paused",
    "threatened": "threatened", "threatened?": "threatened", "proposed": "proposed",
    "in_effect!": "in_effect",
    "agreed": "agreed", "announced!": "announced", "in_effect": "in_effect",
    "in_effect~": "in_effect",
    "announced": "announced",
}


def _status_in(
    text: str, start: int, end: int, future: bool, masked: list[tuple[int, int]],
    only: frozenset[str] | None = None,
) -> str | None:
    """The first status cue (by rank) in ``text[start:end]``, by its name (among
    ``only``, if given)."""
    for name, matches in _sentence_cues(text):
        if only is not None and name not in only:
            continue
        if name == "announced!" and future:
            return name
        if name == "threatened?" and future:
            continue
        for match in matches:
            if match.start() < start or match.end() > end or \
                    any(a <= match.start() < b for a, b in masked):
                continue
            # A negation reaches a modal only right before it: "countries that do not
            # strike deals would face" is no negated threat.
            negation = _NOT_MODAL if _MODAL.match(match.group(0)) else _NEGATED
            if negation.search(text, max(start, match.start() - 40), match.start()):
                continue
            if name == "agreed":
                lead = text[max(0, match.start() - 50):match.start()]
                if _GOODS_UNDER.search(lead) or _PENDING.search(lead) or \
                        _IMPLEMENTS.search(text):
                    continue
                if _NEARING.search(lead):
                    return "proposed"
            return name
    return None


@lru_cache(maxsize=1024)
def _sentence_cues(text: str) -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    """The status cues a whole sentence has, by rank, with their matches (once: each rate
    and clause asked takes its own); cues it lacks are left out, but for "announced!",
    which a rate to come takes without its words."""
    found = []
    for name, cue in _STATUS_CUES:
        matches = tuple(cue.finditer(text))
        if matches or name == "announced!":
            found.append((name, matches))
    return tuple(found)


_NOT_LIFTED = frozenset(name for name, _ in _STATUS_CUES if name != "lifted")
_MODAL = re.compile(r"(?:would|could|will|may|might)\b", re.I)
_NOT_MODAL = re.compile(r"(?:\b(?:not|never)|n't)\s*$", re.I)
