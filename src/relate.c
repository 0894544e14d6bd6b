/*
 * relate.c - finding the arithmetic a text asserts among its figures (see
 * relate.h for the kinds): the driver, and the helpers every rule uses.
 * Everything here reads the facts of one document and the normalised text
 * around them; nothing is computed or judged.
 *
 * The rules, in the order they run, each sentence at a time:
 *  1. parenthetical breakdowns: a figure followed (after at most six words
 *     of its noun phrase) by "(" whose parenthesis holds figures:
 *       two or more parts of the same unit (or of no unit)   -> SUM;
 *       parts that name types of a formation ("six regiments (five MiG-15s
 *       and one La-11)") when their sum is far below what the formations
 *       would hold in aircraft                                -> SUM;
 *       one part, formation <-> aircraft                      -> NORM;
 *       one part that is a share ("800 trucks (40 percent)")  -> FRACTION;
 *  2. a parenthesis with no figure before it that holds formation counts
 *     and one aircraft count ("(three regiments and 90 MiG-15s)") -> NORM;
 *  3. total cues ("totaling", "amounting to", "a total of", "in all",
 *     "altogether", "combined", "all told"): the total is the figure right
 *     after (or right before) the cue, the parts are the comparable figures
 *     before it in the sentence, at the same parenthesis depth, back to the
 *     first figure of another unit or a ";".  A total opening its sentence
 *     ("In all, 75 bombers") takes its parts from the one or two sentences
 *     before it in the paragraph.  Aircraft totals over formation counts
 *     give NORM; restatements ", or about N planes" after formations too;
 *  4. "of which" / "of whom" / "of them" and "N ... of the M"  -> SUBSET;
 *     ("the 900 of them needed 2,100 X": the figure right before "of them"
 *     is the part, the one after no part of it; "Of these, 172 were ..."
 *     opening a sentence, its lone figure: of the count of the sentence
 *     before, by unit, or the largest count of things when the part is a
 *     bare number);
 *  5. shares with a part in a parenthesis or after ", or"      -> FRACTION,
 *     with the whole when "of" leads to a figure, else the whole's noun;
 *  1b. "N X: A for ..., B for ... and C for ..." (parts after a colon) -> SUM;
 *  3d. "six in 1961, seven in 1962 and nine in 1963, so that ... the navy
 *     had 22": a list and the running total after "so that"    -> SUM;
 *  3m. a running total after "by the end of" ("... had cleared 4,870")
 *     over one figure of its flow (kin family, or "accounted for") per
 *     year or month before it in its paragraph, none missing  -> SUM
 *     (tried first by rule 3d); "Of the 1,120 pupils ..., 610 ... and 236
 *     .... A further 226 ..., and 48 ...": a list run on into the next
 *     sentence, exact, once per document after the sentence rules -> SUM;
 *  3e. "110 aircraft over three years, 70 fighters and 40 bombers": a
 *     total of a general noun and the list right after it (also "22 of the
 *     30 hulls, all nine cruisers, ...", and a measure naming its kinds:
 *     "186,000 tons of cargo, 94,000 tons of grain, ..."; no sum when the
 *     list goes on past what is read)                          -> SUM;
 *  6. "from A to B" with a percentage in the sentence           -> CHANGE;
 *  6c. "cut the budget by D, to B": the old figure looked up earlier in
 *     the document                                              -> CHANGE;
 *  6b. "B, N per cent more / less than the <base>": the base after
 *     "than", else looked up earlier in the document           -> CHANGE;
 *  5b. a share in apposition ("X, or N per cent of the <whole>", "X, N per
 *     cent of the <whole>"); a list of parts before it ("85 tanks, 36
 *     guns, or about 60 per cent of ..."); the whole looked up earlier in
 *     the document when it is named but not stated      -> FRACTION;
 *  5b'. such a share after the last item of a list ("58 from disease, 23
 *     in accidents and 11 shot, less than 1 per cent of ...") is said of
 *     the list (its total before it, whose SUM the list then is), not of
 *     the item;
 *  5g. "two in five sightings led to an attack": the whole the count of
 *     the noun after "k in n", the part the count a later word names (else
 *     the one other count before the share in its sentence) -> FRACTION;
 *  7. a figure R said of one thing ("an airfield ... 24,000 person-days",
 *     "each lorry needed 3 drivers for every shift"), every count C of
 *     those things between R and a later figure P of R's unit in the same
 *     or the next sentence -> PRODUCT; a rate whose own sentence states a
 *     count of its thing is bound to that sentence; no P itself said of
 *     one of the things counted ("five tanks to a squadron");
 *  7b. "X in Y sorties, an average of Z per sortie": Z = X / Y -> PRODUCT
 *     (average);
 *  7c. "lost 194 aircraft and with them 1,360 aircrew, for each bomber
 *     carried a crew of seven": a crew R ("a crew of"), the persons P of
 *     its sentence nearest it, the count C of the things it is said of in
 *     that sentence or the one before (not a part of another relation);
 *     R x C within half to twice P                          -> PRODUCT;
 *  8. "doubled / tripled / halved ... to B", "B, twice what ...": B = k x a
 *     base stated beside it or looked up earlier      -> PRODUCT (factor);
 *  6e. "231,000 tons in 1941, 517,000 in 1942 ... rose from 1941 to 1942
 *     by 268,000 tons": the levels dated by the two years    -> CHANGE;
 *  9. "a shortfall of D", "short by D", "D more / fewer than": the two
 *     figures of D's unit before it                    -> DIFFERENCE;
 * 10. "N X of M Y each" (M x N against the figure of Y's unit beside it),
 *     "N X in k Ys of M", "C things, each ... R" (R x C against the next
 *     figure of R's unit),
 *     "X at N per cent ... P" (interest, issue price), "R a month, or P a
 *     year" and "R a year for N years ... P in all"     -> PRODUCT.
 * 10c. "five nights of 11 hours, 65 hours a week": two figures joined by
 *     "of" / "on", then after a comma a figure of one's unit said per a
 *     period                                                -> PRODUCT.
 * 11. a whole count equal to the sum of the last two to six figures of its
 *     unit before it (its sentence and the one before), no cue needed,
 *     an exact equality only                              -> SUM.
 * 11b. a whole count and, in the next sentence of its paragraph, a list of
 *     two or more counts of its kind adding up to it exactly ("employed 7,800
 *     men. The state sent 5,100 conscripts, the valleys 1,800 labourers and
 *     the army 900 sappers"); no figure said to be added ("another 300") and
 *     none under "of which"                                 -> SUM.
 * 3f. "310 in December, 540 in January and 790 in February, 1,740 in the
 *     three months": a figure over a span of k periods after exactly k
 *     figures of its unit (a compared one, "230 more than", is none) -> SUM;
 * 3g. "cost $3.8 million, shared between the ministry ($2.3 million) and the
 *     firms ($1.2 million)": "shared / divided / split between" and the
 *     figures of the total's unit after it; no share or rate among them -> SUM.
 * relate_far.c (round 214-216): a figure of money or a measure and a count
 * in its sentence, against the nearest earlier rate of its unit said of one
 * of the things counted ("$21 a tyre ... 20,000 tyres, $440,000"), R x C
 * within half to twice the figure, nothing holding it yet  -> PRODUCT.
 * Round 454 (helper ver147, relate_far.c rel_rule_norm_whole): "each
 * <thing> R a year" then "for the whole <unit> ... P" in the next sentence
 * -> PRODUCT P = R x the largest exact count of the thing stated before.
 *
 * Round 250 (relate_far.c): a load said of one carrier ("A bag held on
 * average 350 letters or 14 parcels", "Each wagon carried 40 barrels")
 * and a count P of carriers in its sentence or the next: the load X of its
 * unit before P (P's sentence, else the one of the three sentences before
 * whose words P's clause shares) over it, X / R within half to twice P
 * -> PRODUCT (average, X stated); "up to R" bounds, no quotient.  Rule 7c
 * takes a crew's product that is also a share's part.
 * Round 266 (relate_far.c): a rate R opening with its subject ("A column
 * ... consumes 2,300 litres a day") and a later figure P of R's unit and
 * period in its sentence: the one count of the subject's thing between R
 * and P, else (the words between R and P naming the thing again) the
 * nearest before R in its paragraph (no rate, bound or part), R x C
 * within half to twice P -> PRODUCT.
 * Round 286 (helper ver66, relate_far.c): "kept 2,100 men at work for 14
 * months, some 29,400 man-months": a figure of labour, the duration of
 * its period right before it and the count of persons before that (no
 * figure between) -> PRODUCT.  Rule chain skips a group's length ("three
 * shifts of eight hours with 15 men to a shift"); "C things, each of R"
 * is no product of a later figure past a total of another unit.
 * Round 296 (helper ver69, relate_far.c): "52,000 cubic metres, or about
 * 1,440 for each pit", the pits counted before (the unit or a word of the
 * count's noun; the latest, no rate, bound or product's figure; its
 * paragraph or the two before): X / C within half to twice -> PRODUCT
 * (average); a load "At 30 tons a barge this means 80 barges" is a
 * capacity (no money; the load the sentence before).
 * Round 413 (helper ver112, rule 3n, relate_sum.c rel_rule_counted_next):
 * a total and, in the sentence next to it in its paragraph (or its own,
 * the total last), what each thing counted earlier holds: "..., some
 * 2,900 men in all.  A bridging column has 500 men, a road company 280";
 * "A lorry hauls 24 tons a day; a van, 5.  With every vehicle out ...
 * some 194 tons a day" (cue "every" / "all" / "whole" / "together" before
 * the total); words before the thing's noun pick its count ("a fighter
 * squadron": "14 of fighters"); every figure of the amounts' sentence an
 * amount of the total's kind, within half -> SUM of products.
 * Round 459 (helper ver151, rule 5b', relate_share.c parallel_list): a
 * share in apposition after a list in parallel form ("X cast 4,200 shells
 * a week, Y 2,600 and Z 1,200, a third of the 24,000 needed"; each name
 * after the first opens with a determiner or a capital) is said of the
 * list's sum when the whole is stated after the list or before it; when
 * the whole is to be looked up or the list's start is unclear, no check.
 * Round 435 (helper ver132, rule 3h', relate_sum.c apposed_list): a list
 * in parallel form closed by its total in apposition, no colon ("X made
 * 3,000 a month, Y 2,000 and Z 1,500, a monthly output of 7,000 pairs";
 * ", a force of"): parts of T's unit or bare, within a tenth -> SUM.
 * Round 438 (helper ver135, relate_sum.c): rule 3 lets a total of people
 * under a general noun ("86 men in all", "people", "souls", "mouths") add
 * counts of trades the lexicon does not know ("64 bakers and 22
 * drivers"); rel_rule_raised_to takes rates of the period the total's
 * clause names ("2,700 shells a month ... another 900, bringing the
 * monthly requirement to 3,600"), a rate of another period none; rule 1b
 * reads a colon list after "N of the M ..." as N's parts, not M's.
 * Round 411 (helper ver110, relate_share.c): a partitive opening the
 * sentence names the whole of a share said of its first figure: "Of this,
 * 210,000 litres ..., nearly a quarter of what was pumped" the nearest
 * comparable figure of the sentence before (a rate: the part of its
 * period), not a figure looked up by "pumped"; "Of the cranes, 9 ...,
 * or 25 per cent of the fleet" the largest count of cranes there; "Of
 * the 4,800 helmets ..., the inspectors turned back 312, or 6.5 per
 * cent" (no whole named) the 4,800 when 312 has its unit or none.
 * Round 425 (helper ver123, relate_share.c): a partitive opening the
 * clause after a colon or semicolon ("... did no better: of the 250
 * boats sighted ..., the launches stopped 150, about 60 per cent") names
 * the whole of the share apposed to its part, as one opening the
 * sentence does; "Of the 1,600 tons loaded, 240 were lost ..., and 1,360
 * were landed": two parts of the partitive, one said lost and one said
 * arrived (kin table: loss / death / captive against delivery /
 * arrival), within a tenth of the whole -> DIFFERENCE (the arrived part
 * stated, whole - lost).
 * Round 427 (helper ver125, relate_rate.c): a rate per a period and a
 * total of its unit said over one longer period as a whole ("250 mules a
 * month, and 3,000 mules in the year", "40 tons a day.  Over a full year
 * that came to 14,600 tons"; its sentence or the next, one paragraph, no
 * other rate of the unit and period, not "in the year 1937") -> PRODUCT
 * factor 12 / 365 / 30; rule 7s's duration told in a longer period than
 * its rate ("40 tons a day, so that the coal would last about three
 * months": X / 30 / Z), a rate in its own sentence taken first.
 * Round 420 (helper ver119, relate_rate.c): ", each filling 60 bombs a
 * day on two shifts" after "Four lines" takes the four (a verb after
 * "each" names no thing; rule 7 takes no count after an apposed "each");
 * a bounded or ranked figure ("at the peak", "the largest", "up to",
 * "never more than") is no average (rules 7b, 7t); no sum of rates times
 * counts to a total a clause after it widens ("most of it grain").
 * Round 415 (helper ver114, relate_share.c rel_rule_share_this): a
 * sentence whose one figure is a share, opened by "This" / "That" / "It"
 * ("This covers more than three fifths of the need"): the part the first
 * figure of the sentence before, the whole looked up by the named whole
 * (for "the need" / "the requirement" no word names, the largest earlier
 * figure of the part's unit) -> FRACTION.
 * Round 414 (helper ver113, relate_far.c conv_thing): a capacity "At R X
 * to the Y" (also "to a" / "to one" / "to each", and a unit of two words:
 * "25 planks a cubic metre") divides the total of X before it into Ys.
 * Round 336 (helper ver81, relate_far.c, relate_rate.c): "Of this, 3,000
 * tons were shipped from N and ... 5,000 tons came from ...  The N timber
 * was shipped at $40 a ton, $150,000 for the whole cargo": the count of
 * the sentence before whose words share one with the rate's clause (not
 * the thing's noun: "shipped", "N"); two such: no product, and a price
 * never takes the latest of two lots counted the sentence before.
 * Round 343-345 (helper ver83, relate_far.c, relate_rate.c): a ration of
 * one person converted to a tonnage whose sentence counts no persons takes
 * the strength stated earlier (rel_strength_back: the one count of persons
 * whose noun the sentence names, "for the soldiers alone"; or, after "full
 * strength" / "whole" / "all the", the largest, when a total cue or a
 * relation makes it a total); a ration list's period said after its last
 * item ("... per man per day"); "the 152 mm guns ... had 420 rounds each,
 * 6,270 in all": the one earlier count whose words carry the subject's
 * modifier as text ("16 of 152 mm") -> PRODUCT (rel_rule_each_named).
 * Round 347 (helper ver85, rule 7s, relate_rate.c): a stock over a rate
 * is a duration ("held 24,000 tons ... burns 800 tons a day, so that the
 * stock would last some 30 days"): the one rate of the duration's period
 * and the one total of its unit before it -> PRODUCT (average).
 * Round 360 (helper ver88, rule 7t, relate_rate.c): a total over a stated
 * period against its rate ("1,920 tons in 40 days, about 48 a day"; "60
 * tons a day for 30 days, 1,800 tons"): the one rate of its period, the
 * one duration of that period and the one total of its unit, from the
 * sentence before the rate's -> PRODUCT (average when the rate comes last).
 * Round 387 (helper ver98, rule 7r, relate_rate.c): a total and the one
 * duration of its sentence ("ran on 125 days and printed 1.35 million
 * sheets") against the nearest rate of its unit up to three sentences
 * back ("10,800 sheets daily"), of the duration's period -> PRODUCT.
 * Round 379 (helper ver95): rule 3c's would-be total right after a copula
 * ("The 36 units were the 24 old units, eight ... and four ...") is the
 * first item of the list of the figure before it (exact only, else no
 * sum); relate_stock.c rel_rule_each_load: "C lorries, each loading R and
 * making K trips a day, ... P" -> PRODUCT C x R x K.
 * Round 396-397 (helper ver102, rule 10e, relate_rate.c): "168,000 in
 * the 14 divisions at 12,000 each": a product stated before its count
 * and its rate ("at", no comma between) -> PRODUCT of the 168,000; a rate
 * "each" opening a clause of its own (", and 4,000 each went to ...") is
 * no average of the figures before; relate_far.c rel_rule_labour: "2,500
 * men ..., who at 48 hours a week could put in 120,000 man-hours".
 * Round 392 (helper ver100, rel_rate_apart): a promised or planned rate
 * set against a later figure by "only", "in fact", "actually" makes no
 * product.  Round 394-395 (helper ver101, relate_sum.c): no sum of a total
 * that is an addition, a running total, of another year, after "while";
 * "N of them" is a part of the item before, not an item.
 * Round 389 (helper ver99): rule 3's list goes on past a small count
 * inside an item ("700 to two fires", the bare 700 of the list's unit,
 * not fires); relate_stock.c rel_rule_more_rose: "asked for twelve more
 * units ... rose from 24 to 36" -> SUM 24 + 12 = 36, exact only.
 * Round 398 (helper ver103, relate_stock.c rel_rule_over_count): "moved
 * 5,000 men in 20 trains, some 250 a train": a total, "in"/"over" a count
 * of things, then a figure per one of them -> PRODUCT (average).
 * Round 370 (helper ver92, rule 7x, relate_far.c rel_rule_xrate): a sum
 * restated at once in another currency ("£24m ..., worth about $97
 * million"; "or", "came to") whose rate of exchange is quoted elsewhere:
 * in an endnote or an earlier sentence, every rate of that pair nearby of
 * one value ("14 ... and 17.5 to the pound": none); an endnote "At 4
 * crowns to the dollar the grant was worth 9.6 million crowns" converts
 * the one sum (else the one SUM total) of the body sentence citing it
 * -> PRODUCT (average when divided by the rate).  "to the pound" is read
 * as sterling (actorwords says currency, units "pounds sterling").
 * Round 437 (helper ver134, rule 7x): a hedged sum with its rate right
 * after it ("6,000 crowns in all, about 14,400 francs at the rate of 2.4
 * francs to the crown") is a conversion too, no "worth" / "or" needed.
 * Round 303 (helper ver71): a figure of an endnote that is the rest of a
 * total of the body sentence citing it less a part there, a word of its
 * clause after the part ("31 lost, (22) to flak rather than to fighters";
 * note: "the nine lost to fighters") -> DIFFERENCE (relate_note.c); a
 * total opening its sentence ("The 94,320 places in all") over the last
 * figures of the two sentences before, one a total found already, any
 * noun, exact only -> SUM (relate_sum.c).
 * Round 346 (helper ver84, rule 3j, relate_sum.c): a total dated over a
 * span ("In all, from November to May, ... delivered 46,300 tons") over
 * the figures of its unit dated within the span in the 12 sentences
 * before, told with a verb of one family (carried/delivered): they tile
 * the span (no overlap, first and last at its ends); no cue: exact only.
 * The verb families are rows of the kin lexicon table (round 353).
 * Round 350 (helper ver86, relate_share.c rest_pair): a remainder with a
 * word of remainder and no comparison cue ("the rest", "left", "never
 * found", "recovered"): the total up to five sentences back, the part in
 * D's sentence or the one before, W - P matching D -> DIFFERENCE; a
 * sentence opening "Of (the) W" with one part and the rest is checked as
 * written (W - P within half to twice D).
 * Round 363-364 (helper ver89): a whole stated in one sentence and its
 * parts in the next, the list closed as its rest ("seven batteries. Four
 * of them ...; the other three ...", "4,000 rifles. About 1,700 ...,
 * 1,900 ... and the last 400 ..."): the one figure of the sentence before
 * within a tenth -> SUM (rule N3, relate_note.c); a total "over the three
 * years" after one figure of its kind for each year in the sentences
 * before (exact, or within a tenth told with one verb family) -> SUM
 * (rule 3l, relate_sum.c).
 * Round 353 (helper ver87, rule 3k, relate_sum.c): a list of rates of one
 * period closed by a total rate of it ("40 lorries a month, Benning 26 and
 * Coles 19, or 85 a month in all"): after ", or" or with "together", "in
 * all", "between them"; parts rates of that period or bare numbers, the
 * sum within a quarter of the total -> SUM.
 * Round 273 (helper ver62, rule 3g, relate_sum.c): "made up of" /
 * "consisting of" / "composed of" after a total: its parts are the figures
 * of its unit after the cue (other units skipped); past two parts, a figure
 * not below the total ends the list ("..., and the 18 stations ... 34.2
 * million").
 * Round 280 (helper ver64, rule 3i, relate_sum.c): a total closed by a cue
 * ("a total of", "in all", "altogether") after amounts said of one thing
 * each ("The frigates needed 30 drums each, the sloops 18 ..."), each thing
 * counted earlier (a unit a word of its clause names; its paragraph or the
 * three before; the latest exact count): SUM of products, a part "two
 * more" as it is; only when every amount finds its count.
 * Round 290 (helper ver67, rule 3i): "between them" closes such a total
 * too, "A trench shelter took 120 people and a surface shelter 300" says
 * each amount of one thing, and the count whose modifiers the clause
 * names ("126 trench shelters") goes before the latest of its noun; "an
 * office with each division and each corps headquarters, and three more,
 * 22 offices in all" (no figure after "each"): one per thing counted.
 * Round 330 (helper ver79, rule 3i): ", so that ... 424 sorters" closes
 * such a total too (under a noun of the list's category), and one amount
 * of one thing each plus a part added ("another 180") is enough.
 * Round 283 (helper ver65, rule 5n, relate_share.c): a share whose part is
 * named only in words ("Food made up two thirds of the whole", "the dead
 * alone came to 15 per cent of the intake"): the figure of the paragraph
 * those words name (word families of the kin lexicon table: dead/killed,
 * intake/enrolled), of the sum it is a part of or the whole looked up.
 * Round 293 (helper ver68, relate_share.c, relate_back.c): rule 5n's
 * part may stand in the paragraph before when the share opens its own
 * ("2. Iron made up two thirds"), its whole is looked up by the whole's
 * words alone; a look-up may take persons for places ("50,000 places
 * covered a fifth of the population"; kin family "capacity"); "covered"
 * is a verb of share; "those who came" names a whole to look up.
 * Round 333 (helper ver80, rule 5s, relate_back.c rel_sole_back): a
 * share's whole that no word of an earlier clause matches ("74 per cent
 * of those who came", "9.6 per cent of the programme") is the one earlier
 * figure it can be: comparable, larger, actual, no share, rate or part of
 * a sum, for a noun named in its sentence or the three before in its
 * paragraph; two values, or none, leave the share unchecked.
 * Round 366 (helper ver90, rule 5, relate_share.c): a share apposed to a
 * part written with a partitive pronoun ("612 rounds, 408 of them, two
 * thirds", "140 km of road, 85 km of it ..., about 60 per cent of the
 * work") is of the nearest larger comparable figure before it (its
 * sentence or the one before), unless the whole it names is counted
 * earlier (then looked up); never of a list of the two.
 * Round 340 (helper ver82, relate_share.c, relate_back.c): "those who had
 * left" is qualified too (an auxiliary skipped); a value stated twice is
 * taken where it is not a SUM's total; "58 bridges, fourteen more than
 * this office counts" (one figure before the cue) against the one SUM
 * total of D's unit in its paragraph or the one before (rule 9); rule 5n
 * reads a topic before a colon when the share's subject is generic ("Fur
 * caps are hardly better: the stock covers 65 per cent of ...").
 * Round 226 (rule 7b, relate_rate.c): an average per one thing whose noun
 * is not the total's ("148 pits and some 92,000 miners, an average of 620
 * men to a pit"; "... 50 instruments to an exchange on average") divides
 * the one other larger figure of its sentence; two such figures: none.
 * Round 270 (relate_rate.c, relate_far.c): a count inside a parenthesis
 * that breaks down the figure before it ("four workshops (three ... and
 * one ...), each with 15 fitters") gives its rate the whole, not the
 * part; an average over the sentence before takes the SUM its largest
 * figure is a part of ("1,440 lorries. Of these, 900 ..."); a total
 * naming two things ("60 guns and limbers") is the sum of both rates
 * times the count (SUM of products), unchecked when one rate is missing.
 * Round 200: a colon list of what befell the animals, vehicles or aircraft
 * counted before it ("lost 1,240 mules: 310 killed by shellfire, 520 of
 * sickness, and 390 sold as unfit": items read as persons by a verb of loss
 * are the total's things, SUM, relate_sum.c); a gap after a verb of
 * misstating ("the claims were overstated by 16 hits") against the two
 * nearest figures of its unit in its paragraph's two sentences before
 * (DIFFERENCE, relate_share.c).
 * Round 154-155 (rule 7a, weighted sums of products): a rate said of one
 * thing named with a modifier ("each field howitzer 100", "a motorised
 * division some 180") takes the count named with that modifier ("144
 * field howitzers", not "72 medium howitzers"; "two motorised ones"),
 * in its paragraph or looked back however far; "each" up to five words
 * before a rate says it of one thing however long its sentence; "a
 * Lancaster ... 4.5 tons" takes the count whose subject it is ("The
 * Lancasters flew 11,200"); a gap said between the rates ("or 35 tons
 * more") is no product of its own.  Guard: kinds named alike side by
 * side ("300 light guns, 120 field howitzers and 48 heavy howitzers") are
 * no total and its parts (rule 3e).
 * Guards (round 145-148): a colon right before a list's first item lets the
 * whole before the colon claim it ("37 ships ...: 22 grain ships, nine
 * colliers and six freighters" is no "9 + 6 against 22"); a hyphenated
 * calibre ("90,000 rounds of 75-mm") is no end of a list closed by a cue; a
 * gap ("700 tons short of its promise") is never the count a price is paid
 * for; "a shortfall of D" after a part whose share of a whole was found is
 * the whole less the part.
 * Rule 9 also takes a remainder with no operands named ("only 19 had come,
 * leaving 15", "the remaining $1.5 million") when two figures before it
 * differ by it, and rule 5 a share apposed to a partitive that names no
 * figure ("1,410 of the total, nearly half"; "of the latter 1,640, about a
 * third").
 * Also: "The 46,000 tons were 15,500 in October, 16,200 ... and 15,300 ..."
 * (a definite total, a copula, its list: SUM, relate_sum.c); "Total, 87."
 * opening a sentence closes the list before it; "In all, 143 aircraft failed
 * to return, 5 per cent of those sent: 88 ... and 47 ..." (the colon list of
 * the figure a share is apposed to); "The boats, 22 of the 50 ships, make up
 * 34 per cent" (FRACTION of the subset); "an increase of 3.60 florins, or
 * 350 per cent" (the percentage of an absolute CHANGE); "250 grams a day
 * ... 1,750 grams a week" (factor 7).
 * Guards: an average is said per the new level of a change, never per its
 * amount ("rose from 14 to 31, an increase of 17, ... an average of 310 to
 * a band": / 31); a share apposed to a partitive ("five of the 11 bridges,
 * nearly half of them, and two of ...") is the partitive's, and an item
 * after ", and" is no share's part; the two sides of a comparison ("90
 * fewer than the 600") are no list of parts; a quoted claim is never
 * looked up as a whole; "lost on these flights, a loss rate of N per cent"
 * takes the flights counted in the paragraph (not a part of them).
 * Also (round 99-100): "valued 380,000 cubic metres at 25 gulden, or 9.6
 * million" (a price after "at" restated at once after ", or": PRODUCT);
 * "Each monitor needed 210 tons, 1,160 tons for the six" (a count in words
 * after "for the" that is no figure: PRODUCT with that factor); "...
 * bought 6,000 animals in all. The price was $165 a head, or $1.09
 * million for the whole purchase" (the total of the sentence before:
 * PRODUCT); "the nine divisions have 432. The mountain divisions, with 24
 * guns each, add 72, for a total of 514" (a cue total with one part said to
 * be added: the other is the last figure of the sentence before, SUM);
 * "The estimates were 2.2bn. The rise to 2.5bn is an increase of 350
 * million" (a noun of change with "to": the old level is the one figure of
 * its unit in the sentence before, CHANGE).  Guard: the last item of a
 * list joined by "and" ("600 from a dealer and 400 from another") is no
 * count a later price "each" is paid for.
 * Guards (round 108): a total before its kinds names things in general
 * ("60 aircraft, 36 fighters and 24 bombers"; not "36 fighters, 16
 * trainers and 8 bombers", a list of kinds); ", organised in squadrons of
 * twelve" gives a group's size, no list item; a comma list whose whole
 * stands before its first item ("1,460 accidents in 1917, 920 with
 * machines, 410 in ... and 130 in ...") is that whole's when they add up,
 * else no sum; "350 grams a week, or 50 grams a day" is checked as 7 x 50
 * and a later rate ("and sugar at 300 grams a week") is another thing's;
 * an average is said per the new level before "an increase of 64", never
 * per the change's amount; a share after a figure ("310,000 tons, a
 * quarter of a crop of 1.24 million, together with 95,000 head") is the
 * figure's before it, an item added after the whole being none; a look-up
 * tie goes to the figure whose clause has every word of the cue.
 * 3h. "divided among the four districts: A 38,000 tons, B 29,000 and C
 *     24,000, the 91,000 tons of the quota": a colon list closed by its
 *     total after ", the", within a tenth              -> SUM (relate_sum.c).
 * relate_stock.c: "began the day with 4,800 rounds and ended it with 4,200"
 * (a stock at the start and the end, the flow the nearest figure of its
 * unit between them or before, A - D within a tenth of B) -> DIFFERENCE.
 * Also there: "the fleet therefore numbered 175 ships" after "numbered 212
 * ships", "lost 87" and "bought 50": start - lost + added, within a tenth
 * -> SUM (a negative part).
 * Totals closed by a cue with no parts beside them ("Together the two
 * yards launched 23") take them from the one or two sentences before
 * (earlier_parts, relate_sum.c), leaving out rates ("50 a month", "every four").
 *
 * Round 126: "620 tons a week against some 900 before, a loss of 380" (two
 * levels joined by "against" / "compared with", the noun of change after
 * them: CHANGE, relate_share.c); "24 zell, worth 3 crowns at 8 zell to the
 * crown, and 60 zell, or 6.5 crowns" (each sum restated at the rate, the
 * currency made one by "to the crown": PRODUCT, relate_sum.c); a share
 * apposed to a part ("70 had come, a little more than half of the order,
 * and ... 38, 118 in all") does not end a list; "Of the 96,000 tons, coal
 * made up 61,000, timber 17,000 and salt 12,000" (a verb of composition,
 * three kinds named before their figures, within a tenth: SUM); "Sickness
 * accounted for 45 per cent of the losses, and shellfire for about three
 * in ten" (parts named after their figures in a breakdown: "54 to
 * sickness": FRACTION).
 *
 * Round 160 (rates of exchange, relate_sum.c): a sum restated before the
 * rate ("$509,000, or some 2.1 million riksdal at 4.2 riksdal to the
 * dollar": PRODUCT of the restatement, the dollars left free for their own
 * product); a sum of the sentence before converted ("96 million marks.  At
 * 20 marks to the pound this is £4.8m", same paragraph only); a cue that is
 * the converted sum's own ("a total of $6 million; at 4.5 florins to the
 * dollar, ... 26.8 million florins": one sum times the rate); prices ("$62 a
 * ton", "$2,350 each") are never the sum converted.
 *
 * Round 276 (helper ver63, relate_share.c / relate_back.c): a total found
 * by a sum may carry its own apposed share ("bringing the network to 20,
 * five sixths of what the plan had promised"); a cue's words run on past a
 * decimal point ("Of the 6.4 million tons landed ..., the army took 1.6
 * million, some 40 per cent": the whole found by "landed").
 *
 * Round 206 (relate_share.c): "4,300 of the 18,000 fell sick, nearly a
 * quarter of the corps", the corps named with no larger count of its kind
 * before: the share is the partitive's (FRACTION 4,300 of 18,000).
 *
 * Round 167-171 (wholes and parts in the sentence before, relate_share.c
 * and relate_rate.c): "could deliver 840 tons a day.  That left the army
 * 580 tons a day short of what an advance consumed" (a rate "short of" a
 * thing named: the one rate of its unit in the sentence before against
 * the need looked up by the cue's words: DIFFERENCE); "The levy came to 7.3
 * billion.  The budget was 11.2 billion, so the levy took 56 per cent of
 * it" and "some 720, so that 85 per cent of its tanks" (rule 5d: the whole
 * the figure before the share, after a comma; the part the one figure of
 * its unit in that sentence or the one before, a sum's parts left out:
 * FRACTION); "Together they make 15,000 a month, of which Velt supplies
 * some 40 per cent" (rule 5e: the part the one figure of the sentence
 * before whose clause names a word said after "of which": FRACTION); "72
 * guns, enough for four regiments of three batteries, each battery of six
 * guns" (a total, "enough for", a chain of three: PRODUCT); "108,000 tons a
 * month, or 3,600 tons a day" (a month of no named date, 30 days).  Guard:
 * "20 million on fodder, some 40 per cent of it in the spring" is a part
 * of the figure itself, said of a subset, not a share of an earlier one.
 * A formation named by its number with what it held ("No. 5 Squadron at
 * Hesselby had six flying boats") is a size a plan's formations are
 * checked with (relate_rate.c numbered_formation; "lost" is no size).
 *
 * Round 202-203 (relate_note.c): a body total whose parts a sentence of the
 * endnote it cites lists ("87 attacks" and a note "19 for 1941, 41 for 1942
 * and 27 for 1943"; exact, or within a tenth when the note says it is a
 * breakdown) and "312 aircrew, 96 of them pilots and the other 216 ..."
 * (parts after "of them") -> SUM.
 *
 * Round 231 (helper ver48, relate_sum.c): a colon list reads on past a
 * figure inside an item ("52,000 men: 36,000 in the four divisions at 9,000
 * each, 10,000 ...") when the list then adds up within a tenth; a total of a
 * qualified noun before its kinds ("seven signal companies, four line
 * companies and three wireless companies", exact only); a cue total after
 * a part with no figure ("the rest by road, 9,300 in all") is no sum nor
 * product of the figures before it.
 *
 * Round 241 (helper ver51, relate_share.c): a change stated before its
 * levels ("had fallen by a quarter, from 2,800 to 2,100, as men were called
 * up") takes its direction from the words before the levels, never from
 * words after them; "would rise by half, to 315,000" is rule 6c.
 *
 * Round 208 (helper ver41): prices of one item each ("46 for a coat, 22 for
 * a pair of boots, so that a set costs ...") whose plain sum misses the
 * set's price are no SUM (the set may hold two of an item; relate_sum.c);
 * a rate's words end at ", so / which / making ..." ("another 1,400, so
 * each unit represented 4,000": the 1,400 is no rate of a unit, rule 7a),
 * and a smaller figure of P's unit before rate R no longer blocks rule 7.
 *
 * Looking up earlier in the document (rel_look_back): candidates are figures
 * before the stated one, of its unit (or of an interchangeable category:
 * people, aircraft), larger than the part for a whole, not actual figures
 * when the cue names a plan or a promise (the "modality" lexicon table).
 * Each is scored by the content words its clause shares with the cue and
 * the stated figure's clause (nouns of the unit left out); the best is
 * taken when it shares a word with the cue itself or is the only
 * candidate, else there is no relation (or the share stays unverifiable).
 *
 * Round 192 (breakdowns after "of whom" / "of which", chains): two or
 * more parts after "of whom" or "of which" whose nouns the lexicon does
 * not know ("24,600 men, of whom 6,100 were guardsmen and 18,500
 * recruits") break down a count of persons or things when they name kinds
 * of it (never money or a measure, which may leave a remainder unsaid); a
 * rate said of one formation whose count closes a chain of groups ("three
 * brigades of four battalions, and a battalion kept 40 carts, 480 carts")
 * is multiplied through the chain; the holding of one named formation ("No.
 * 5 Squadron had six flying boats") is no norm for the others.
 * Round 193: a SUM's parts are marked as parts when the rule offers it
 * (rel_add), so a list a rule builds and then drops ("12 boats. ...: 6 of
 * the 25", no list of the 12) leaves its figures free for later rules; a
 * paragraph number or list mark opening a sentence ("7. Of the 230 ...",
 * rel_sent_open) is no word before "Of the"; a share "of the total" apposed
 * to a partitive's part takes the partitive's whole before any earlier
 * total of the document.
 * Round 247-248 (relate_sum.c): kinds the lexicon does not know may list a
 * total when they come within a tenth of it ("38 men drowned, 14 lockkeepers
 * and 24 dockhands"; "230 claims: 18 urgent, 64 doubtful and 148 routine";
 * "four graving docks and three quays, seven berths in all"); one price broken
 * down ("costs 820 crowns at the works and 130 to fit, 950 in all") is a
 * SUM; rule 4b: "3.0 million crowns, of which 2.1 million ...
 * and 0.9 million ..." -> SUM when the parts reach the whole (short of it, a
 * subset).
 * Round 300 (relate_far.c, relate_rate.c): a price paid "for" goods times
 * the count whose own words name those goods paragraphs up ("20 crowns a
 * ton for copper ... the copper brought 80,000"; rel_rule_far_named); a
 * rate and its count both stated before the product ("A pump costs ...
 * 1,000 marks in all. The pumps fitted so far ... 400,000";
 * rel_rule_far_both); interest named after its figure ("$200,000 a year in
 * interest") and taken on the sum lent, not on its conversion.
 * Round 367 (relate_share.c, relate_back.c): a share of "the plan" after
 * "P, against the W ... planned for," is of W; "the number the plan had
 * foreseen" is the one earlier figure stated as planned; a share of a
 * possession ("a tenth of its flour") whose noun names none of what the
 * figure "of them" refers to counts is paired with nothing.
 *
 * Round 382-383 (relate_share.c): bare levels that stand apart ("the
 * bottles broken fell from 6,000 in the first quarter to 4,000 in the
 * third, a fall of a quarter") take the share a noun of change names right
 * after them (rule 6); rule 5e: "served 36,000 meals, enough for some 75
 * per cent of the corps": the part before ", enough for", the whole the
 * earlier count of persons the whole's words name (rel_persons_back; a
 * count in apposition, "the Ninth Corps, some 40,000 men strong", is read
 * with the noun before it) -> FRACTION.
 *
 * Round 410 (helper ver109, relate_rate.c): a bill paid for what came
 * takes the count had ("only 450 tons, three quarters of what had been
 * promised, had come in ... 36,000 pounds for what arrived"): a count
 * after "only" / "in fact" / "actually" was had whatever the promise named
 * after it, and the promise before it is no second lot; a part under "of
 * which" right after a unit price ("costs 0.6 million marks, of which the
 * steel is 0.25 million; the 15 bunkers will cost ...") is neither the
 * rate nor a product between the price and its bill.
 *
 * Round 419 (helper ver118, relate_sum.c): a parenthesis whose figures are
 * joined by "less", "minus", "after deducting", "without" is a difference
 * ("930 at work (the 1,240 less the 310 under repair)") -> SUM with the
 * part taken away negative; "1,450 bombs, 950 light and 400 heavy" (two
 * kinds named by one word, "and", within 15 per cent) -> SUM; "Of the N X,
 * A came by sea and B overland" (two routes, "and", no "some", within 15
 * per cent) is all of N -> SUM.
 *
 * A sentence of more than REL_SENT_FACTS (64) figures, a run-on list, is
 * read in pieces of at most that many (split_long), cut at a , ; or :
 * where there is one, so that the rules that scan a sentence per figure
 * stay linear in the document; ordinary sentences are read whole.
 *
 * This file runs the rules (tally_relate) and holds what they share: the
 * units relate reads, text helpers, building relations.  The rules live in
 * relate_sum.c (1, 1b, 2, 3), relate_share.c (4, 5, 6, 8, 9), relate_rate.c
 * (7, 10) and the look-up in relate_back.c; relate_int.h lists them.
 *
 * Grammar words (cues, articles) are part of the rules and live in small
 * tables beside them; the domain words (units, formations) come from the
 * lexicon.
 * Round 424 (helper ver122, relate_sum.c rel_rule_with_gave): "A had
 * come, and with the B from X they gave ... N": A + B against N -> SUM;
 * rule 3e takes kinds side by side after a group's size ("a flotilla of
 * nine boom vessels, five trawlers and three colliers") within a quarter.
 * Round 426 (helper ver124, relate_far.c): "four sectors, each sector with
 * three batteries and each battery with eight lights ... thus 96 lights":
 * a chain of counts A x B x K (rel_rule_each_chain); "A trainee drives ...
 * he uses some 225 litres, and the full programme of 3,840 places needs
 * some 846,000 litres": a pronoun's rate, the one count between it and
 * P (rel_rule_pronoun_rate); both within half to twice P, and exact only
 * with no word of a whole ("thus", "in all", "full") before P.
 * Round 428 (helper ver126, relate_note.c rel_rule_whole_listed): a whole
 * said again and broken down after it, "Of the 1,460 accidents, 920 ...,
 * 410 ... and 130 ...", "the 4,600 regulars are 720 ..., 1,480 ... and
 * 2,400 ...", "lists 52 sailings: 45 ... and 7 ..." -> SUM, exact (within
 * a tenth only for "Of the W" and three items or more of W's unit).
 * Round 458 (helper ver150, relate_sum.c items_mixed): a list after a
 * colon whose items are of different kinds, some named by a time and
 * some not ("52 sailings: 45 of them in convoy and 12 in winter"), may
 * overlap: no check unless it adds up exactly.
 * Round 432 (helper ver130, relate_sum.c, relate_note.c): a total opening
 * the clause after ";" over the clause before ("..., 144 guns, and 12
 * batteries of six guns each, 72 guns; 216 guns in all": the products'
 * figures, not their sizes); rule 11b's list led by the count of its items
 * ("in three shipments, of 60, 50 and 40"); rule N4's "Of the W, the mill
 * made A and nine firms B" (a subject and verb before the first item, a
 * subject count before a bare item), exact only.
 * Round 443 (helper ver138, relate_sum.c): a count announcing the list
 * after it ("Three works built them: ... 64, ... 72 and ... 44",
 * rel_counts_items, shared with rule 11b) is no part; a figure said of
 * each thing ("Each division holds 11,500 rifles, 207,000 for the 18
 * divisions") is no part beside its product by an earlier count (rules 3,
 * 3d); rule 3h' takes ", together N" / "altogether" / "combined" /
 * "between them" as the apposed total.
 * Round 430 (helper ver128, relate_share.c, relate_back.c rel_level_back):
 * a difference against a level its cue names without a figure, "2,000
 * below their establishment", "3,700 more than in 1931": the one earlier
 * level of that unit (one value) the cue's words or year name, else none;
 * "stood at B, a loss of C" against the level of B's own noun in its
 * section; a bare new level ("shrunk to about 2,400, a loss of a fifth")
 * takes the unit of the earlier count it matches.
 * Round 440 (helper ver136, relate_rate.c, relate_far.c): round 427's rate
 * against a total over one longer period only when the rate holds over
 * the whole period (not "From April ...", "By December ...", "at the
 * peak", "in good weather", "on working days"), the total no part with a
 * verb of its own ("400 tanks in the year were sent abroad"), and no other
 * rate of its unit and period in its paragraph; an average over days
 * narrowed after their noun ("alone", "of April" against a spring total)
 * is not checked; rel_rule_each ("C things, each R") takes no lot moved
 * (rel_moved_lot: "took a cargo of 2,000 tons").
 * Round 439 (helper ver137, relate_back.c, relate_share.c): a level named
 * by its year is taken only when said of the new level's subject ("the
 * docks ... 1,500 more than in 1931" is not the mills of 1931); no loss
 * or gain against a level back when an inflow ("replacements", kin family
 * intake / arrival) lies between; "or 140 per cent of the old level" is a
 * ratio of new to old, no change, when b / a fits it and the change not.
 * Round 445 (helper ver140, relate_share.c): "Of the 400 barges that left,
 * ..., so that 80 were lost, some 20 per cent of those that sailed": the
 * set "those that ..." names is the opening partitive's figure (rule 5c);
 * rule 6c's "cut the herd by a third, to 1,800 head" with no words naming
 * the old level takes the one comparable level (one value, above the new
 * for a cut) of the sentence before in its paragraph; a count "by the
 * head" is comparable with a count of things (no measure) there.
 * Round 444 (helper ver139): rule 7m (relate_rate.c) a rate per a million
 * or a thousand things ("14,000 crowns a million rounds", a sentence
 * opened "A million rounds take 9.5 tons of brass") times the count of
 * those things (between, before, or the earlier one a word of P's clause
 * names: "the shortfall") -> PRODUCT factor 1 / base; rule 7o
 * (relate_far.c) "the difference of 0.60 florins; on the 930,000 tins
 * ..., the subsidy cost it 558,000" -> PRODUCT; rule 7 prefers the count
 * whose noun's first word the rate's words name ("a cargo glider").
 * Rounds 446-453 (lead, helpers ver141-ver146): a later check made again
 * with the product of an inconsistent product's factors (verify.c); a
 * total widened after its cue ("90 people in all with the guards") and a
 * small count of the list's sources are no terms; money on an "on the N"
 * count only when it is the price's own sum; a share naming its own set
 * ("of all the lorries the army owned") or another verb family ("those
 * that reached" after "that sailed") is not the opening partitive's; "on
 * top of the N" names no whole; a product stated beside its factors counts
 * once in a total; a rate whose sentence gives its product stays bound to
 * it ("£35 each, £2,100"); a bare "another 40" after a rate is one more
 * lot; "of which" after an apposed change amount refers to the level;
 * rule "each load" takes no lot moved (rel_moved_lot).
 * Rounds 460-462 (helpers ver160-ver162, red-team guards): a counting
 * phrase later in a total's clause widens it; colon-list items framed two
 * ways (a time of day or an event against a place or cause) are checked
 * only when they add up exactly; no size x count against a flow over a
 * span of time or a part ("the rest"); a figure right after "R each," is
 * R's own product; no gap between two figures of one frame; a figure
 * named after "against" is a gap's other operand.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "relate_int.h"

const char *tally_relation_kind_name(tally_relation_kind k)
{
    static const char *n[] = {"sum",    "norm",   "product",   "fraction",
                              "change", "subset", "difference"};
    return (unsigned)k < sizeof n / sizeof *n ? n[k] : "sum";
}

void tally_relations_free(tally_relations *r)
{
    if (!r)
        return;
    free(r->v);
    memset(r, 0, sizeof *r);
}

/* ---- text helpers ---- */

/* 1 for bytes that belong to a word: letters, digits, hyphen, UTF-8. */
int rel_wch(unsigned char c)
{
    return isalnum(c) || c == '-' || c == '\'' || c >= 0x80;
}

/* Match phrase p (lower case, single spaces) at t+i, case-insensitively,
 * on word boundaries; returns the offset after the match or 0. */
size_t rel_phrase_at(const char *t, size_t i, size_t end, const char *p)
{
    if (i > 0 && rel_wch((unsigned char)t[i - 1]) && isalnum((unsigned char)p[0]))
        return 0;
    size_t j = i;
    for (; *p; p++) {
        if (*p == ' ') {
            if (j >= end || !isspace((unsigned char)t[j]))
                return 0;
            while (j < end && isspace((unsigned char)t[j]))
                j++;
            continue;
        }
        if (j >= end || tolower((unsigned char)t[j]) != *p)
            return 0;
        j++;
    }
    if (j < end && rel_wch((unsigned char)t[j]) && isalnum((unsigned char)p[-1]))
        return 0;
    return j;
}

/* Count the words in t[a..b); -1 if a punctuation mark from stops occurs
 * (not the point or comma inside a number: "6.5", "12,000"). */
int rel_words_between(const char *t, size_t a, size_t b, const char *stops)
{
    int n = 0, in = 0;
    unsigned char stop[256] = {0};   /* a table, not strchr per byte */
    for (const char *s = stops; *s; s++)
        stop[(unsigned char)*s] = 1;
    for (size_t i = a; i < b; i++) {
        unsigned char c = (unsigned char)t[i];
        int point = (c == '.' || c == ',') && i > a && i + 1 < b &&
                    isdigit((unsigned char)t[i - 1]) && isdigit((unsigned char)t[i + 1]);
        if (point)
            continue;   /* "6.5", "12,000": inside a number, one word */
        if (stop[c])
            return -1;
        if (rel_wch(c)) {
            if (!in)
                n++;
            in = 1;
        } else {
            in = 0;
        }
    }
    return n;
}

/* Copy the lower-cased word starting at t+i into w (at most cap-1 bytes);
 * returns the offset after the word. */
size_t rel_word_at(const char *t, size_t i, size_t end, char *w, size_t cap)
{
    size_t k = 0;
    while (i < end && rel_wch((unsigned char)t[i])) {
        if (k + 1 < cap)
            w[k++] = (char)tolower((unsigned char)t[i]);
        i++;
    }
    w[k] = '\0';
    return i;
}

int rel_next_word(const char *t, size_t *i, size_t end, char *w, size_t cap)
{
    while (*i < end && !rel_wch((unsigned char)t[*i]))
        (*i)++;
    if (*i >= end)
        return 0;
    *i = rel_word_at(t, *i, end, w, cap);
    return 1;
}

int rel_phrase_in(const char *t, size_t a, size_t b, const char *const *ws)
{
    for (size_t i = a; i < b; i++)
        if (i == 0 || !rel_wch((unsigned char)t[i - 1]))
            for (size_t k = 0; ws[k]; k++)
                if (rel_phrase_at(t, i, b, ws[k]))
                    return 1;
    return 0;
}

/* 1 when the text from a to b ends in a comma or "and", maybe followed by
 * words that open the next item ("and the remaining", ", a further"): the
 * figure at b continues a list ("85 tanks, 36 fighters", "... and 0.6
 * million"). */
/* 1 when t[y..z) is a possessive word: "harbour's", "Orvel's", "the
 * depots'" (ASCII or curly apostrophe). */
int rel_possessive_word(const char *t, size_t y, size_t z)
{
    if (z >= y + 3 && t[z - 2] == '\'' && t[z - 1] == 's')
        return 1;
    if (z >= y + 5 && (unsigned char)t[z - 4] == 0xE2 && (unsigned char)t[z - 3] == 0x80 &&
        (unsigned char)t[z - 2] == 0x99 && t[z - 1] == 's')
        return 1;
    return z >= y + 3 && t[z - 1] == '\'' && t[z - 2] == 's';
}

int rel_joined_to(const char *t, size_t a, size_t b)
{
    static const char *const opener[] = {"the", "a", "another", "further", "remaining",
                                         "other", "last", "final", NULL};
    int possessive = 1;   /* one possessive word may stand right before b */
    size_t z = b;
    for (int skipped = 0;; skipped++) {
        while (z > a && t[z - 1] == ' ')
            z--;
        if ((z > a && t[z - 1] == ',') || (z >= a + 3 && rel_phrase_at(t, z - 3, z, "and") &&
                                           (z == a + 3 || !rel_wch((unsigned char)t[z - 4]))))
            return 1;
        size_t y = z;
        while (y > a && rel_wch((unsigned char)t[y - 1]))
            y--;
        int open = 0;
        for (size_t q = 0; opener[q] && !open && y < z && skipped < 2; q++)
            open = z - y == strlen(opener[q]) && strncasecmp(t + y, opener[q], z - y) == 0;
        if (!open && skipped == 0 && possessive)
            open = rel_possessive_word(t, y, z);   /* "and the harbour's 900" */
        if (!open)
            return 0;
        possessive = 0;
        z = y;
    }
}

/* ---- units ---- */

/* Look word w up in the lexicon: units table, then norms (singular or
 * plural), then designation prefixes ("mig-15s" -> "mig").  1 if found. */
int rel_lookup_word(const tally_lexicon *lex, const char *w, char unit[48], char cat[16])
{
    const char *u, *c;
    if (!lex || !*w)
        return 0;
    if ((u = tally_lexicon_get(lex, "units", w, "unit")) != NULL) {
        c = tally_lexicon_get(lex, "units", w, "category");
        snprintf(unit, 48, "%s", u);
        snprintf(cat, 16, "%s", c ? c : "other");
        return 1;
    }
    char sing[48];
    snprintf(sing, sizeof sing, "%s", w);
    size_t n = strlen(sing);
    for (int pass = 0; pass < 2; pass++) {
        if (tally_lexicon_has(lex, "norms", sing)) {
            snprintf(unit, 48, "%s", sing);
            snprintf(cat, 16, "formation");
            return 1;
        }
        if (n > 1 && sing[n - 1] == 's')
            sing[--n] = '\0';
        else
            break;
    }
    char pre[48];
    size_t k = 0;
    while (w[k] && isalpha((unsigned char)w[k]) && k + 1 < sizeof pre) {
        pre[k] = w[k];
        k++;
    }
    pre[k] = '\0';
    if (k > 0 && (w[k] == '-' || isdigit((unsigned char)w[k])) &&
        (u = tally_lexicon_get(lex, "designations", pre, "unit")) != NULL) {
        c = tally_lexicon_get(lex, "designations", pre, "category");
        snprintf(unit, 48, "%s", u);
        snprintf(cat, 16, "%s", c ? c : "other");
        return 1;
    }
    return 0;
}

void tally_relate_unit(const char *text, const tally_fact *f, const tally_lexicon *lex,
                       char unit[48], char cat[16])
{
    static const char *const stop[] = {"and", "or", "of", "in", "with", "to", "at", "for",
                                       "from", "by", "on", "each", "per", "were", "was",
                                       "would", "had", "that", "which", NULL};
    unit[0] = cat[0] = '\0';
    if (f->unit && f->unit[0]) {
        snprintf(unit, 48, "%s", f->unit);
        snprintf(cat, 16, "%s", f->category ? f->category : "");
        return;
    }
    if (f->category && strcmp(f->category, "other") != 0)
        snprintf(cat, 16, "%s", f->category);
    /* the head noun: the last known word of up to four after the number */
    size_t i = f->tend, end = i + 120;
    for (size_t k = i; k < end; k++)
        if (!text[k]) {
            end = k;
            break;
        }
    for (int nw = 0; nw < 4 && i < end; nw++) {
        while (i < end && text[i] == ' ')
            i++;
        if (i >= end || !rel_wch((unsigned char)text[i]))
            break;
        char w[48], u[48], c[16];
        i = rel_word_at(text, i, end, w, sizeof w);
        int is_stop = 0;
        for (size_t s = 0; stop[s]; s++)
            if (strcmp(w, stop[s]) == 0)
                is_stop = 1;
        if (is_stop)
            break;
        if (rel_lookup_word(lex, w, u, c)) {
            memcpy(unit, u, 48);
            memcpy(cat, c, 16);
        }
    }
}

/* 1 when fact j may be one of the things added up to total T: not an
 * average ("an average of 1,150 to a train"), not the old end of a change
 * ("risen from 12,000 a month to 18,000": the 18,000 counts), and not a
 * hypothetical figure when T is none ("another 13,500 could have left"). */
int rel_countable_part(const ctx *c, size_t j, size_t T)
{
    static const char *const avg[] = {"average", "averaging", "mean", NULL};
    static const char *const from[] = {"from", NULL};
    const tally_fact *f = &c->f->v[j];
    const tally_sentence *s = &c->seg->sents[f->sent_index];
    static const char *const of[] = {"of", NULL};
    size_t k = f->tstart;
    if (rel_word_before_is(c, k, s->start, of)) {   /* "an average of 1,150" */
        while (k > s->start && c->t[k - 1] == ' ')
            k--;
        k -= 2;
    }
    if (rel_word_before_is(c, k, s->start, avg))
        return 0;
    if (rel_word_before_is(c, f->tstart, s->start, from) && j + 1 < c->f->n &&
        c->f->v[j + 1].sent_index == f->sent_index &&
        rel_words_between(c->t, f->tend, c->f->v[j + 1].tstart, ";:()") >= 0 &&
        rel_words_between(c->t, f->tend, c->f->v[j + 1].tstart, "") <= 8) {
        for (size_t k = f->tend; k < c->f->v[j + 1].tstart; k++)
            if (rel_phrase_at(c->t, k, c->f->v[j + 1].tstart, "to") &&
                !rel_wch((unsigned char)c->t[k - 1]))
                return 0;
    }
    static const char *const to[] = {"to", NULL};
    static const char *const change[] = {"from", NULL};
    if (rel_word_before_is(c, f->tstart, s->start, to)) {   /* "rose from 31 to 74, then
                                                               fell to 58": levels */
        size_t k = f->tstart, a;
        while (k > s->start && c->t[k - 1] == ' ')
            k--;
        k -= 2;   /* before "to" */
        a = k > s->start + 60 ? k - 60 : s->start;
        if (rel_phrase_in(c->t, a, k, change))
            return 0;
    }
    const char *mj = f->modality, *mt = c->f->v[T].modality;
    return !(mj && strcmp(mj, "hypothetical") == 0 && !(mt && strcmp(mt, "hypothetical") == 0));
}

/* ---- relations ---- */

/* The size the document stated, before fact `before`, of one formation
 * `form` in `unit` ("three squadrons of 16 aircraft"): the index of that
 * figure, NOPOS when none. */
static size_t stated_size(const ctx *c, const char *form, const char *unit, size_t before)
{
    for (size_t k = c->nsizes; k-- > 0;)
        if (c->sizes[k].fact < before && strcmp(c->sizes[k].form, form) == 0 &&
            strcmp(c->sizes[k].unit, unit) == 0)
            return c->sizes[k].fact;
    return NOPOS;
}

/* 1 when fact f is an intended figure (planned, promised, requested): a
 * plan computes its aircraft from the size of a formation exactly, while
 * formations in the field are seldom at full strength. */
static int intended(const tally_fact *f)
{
    return f->modality && f->modality[0] && strcmp(f->modality, "actual") != 0 &&
           strcmp(f->modality, "estimated") != 0;
}

/* A NORM whose formations all have a size the document stated before it
 * ("squadrons of 16 aircraft" ... "the plan: 18 squadrons with 288
 * interceptors"), in a plan or a promise, is checked with those sizes
 * rather than the lexicon's norm: a SUM of the
 * counts, each times its size (products set, the sizes looked back). */
static void norm_by_stated_size(const ctx *c, tally_relation *r)
{
    size_t size[TALLY_REL_MAXPARTS];
    const char *unit = c->fi[r->stated].unit;
    if (r->kind != TALLY_REL_NORM || !r->nparts || !c->fi[r->stated].aircraft ||
        !intended(&c->f->v[r->stated]))
        return;
    for (size_t k = 0; k < r->nparts; k++) {
        size_t j = r->parts[k].fact;
        if (j == TALLY_NO_FACT || !c->fi[j].formation ||
            (size[k] = stated_size(c, c->fi[j].unit, unit, r->stated)) == NOPOS)
            return;
    }
    r->kind = TALLY_REL_SUM;
    r->products = 1;
    r->looked_back = 1;
    for (size_t k = 0; k < r->nparts; k++)
        r->parts[k].rate = size[k] + 1;
}

/* 1 when product r sets a promise against what came: an intended rate
 * ("promised 90 tons a day") times a period against an actual total of the
 * rate's unit told after it ("In the 20 days of May the trains brought in
 * 1,300 tons"; an order stated before the contract's rate is the rate's own
 * total).
 * The text asserts no such arithmetic (how
 * far the deed fell short of the promise is a share's or a difference's
 * business), so no relation is made.  The other way round, an actual rate
 * carried into a plan or a hypothesis ("at that rate 12 would have been
 * needed"), is the text's own arithmetic and stays. */
static int promise_against_fact(const ctx *c, const tally_relation *r)
{
    size_t rate = NOPOS;
    int period = 0;
    if (r->kind != TALLY_REL_PRODUCT || r->average || r->nparts != 2 ||
        intended(&c->f->v[r->stated]))
        return 0;
    for (size_t k = 0; k < 2; k++) {
        size_t j = r->parts[k].fact;
        if (j == TALLY_NO_FACT)
            return 0;
        if (strcmp(c->fi[j].cat, "duration") == 0)
            period = 1;
        else if (rel_same_unit(&c->fi[j], &c->fi[r->stated]))
            rate = j;
    }
    return period && rate != NOPOS && intended(&c->f->v[rate]) && r->stated > rate;
}

/* 1 when relations a and b check their figure the same way: the same kind,
 * or a product and a sum of products ("24 ships of 3,000 tons each, 72,000
 * tons in all" is the product a rule of its own finds too). */
/* 1 when r restates its stated figure in containers ("32,400 litres, or
 * 1,620 tins of 20 litres": the tins are the figure checked, the litres
 * only their dividend, which a product may state as well). */
static int in_containers(const tally_relation *r)
{
    return r->cue && strncmp(r->cue, "or containers", 13) == 0;
}

/* 1 when r converts a sum A into the sum Q stated after it (stated A,
 * average): it checks Q, so it takes no product's place on A ("12 tugs at
 * 8,500 crowns apiece, 102,000 crowns in all, or £6,800 at 15 crowns to the
 * pound"). */
static int exchange_back(const tally_relation *r)
{
    return r->average && r->cue && strcmp(r->cue, "rate of exchange") == 0;
}

static int same_family(const tally_relation *a, const tally_relation *b)
{
    if (in_containers(a) != in_containers(b) || exchange_back(a) != exchange_back(b))
        return 0;
    if (a->kind == b->kind)
        return 1;
    return (a->kind == TALLY_REL_PRODUCT && b->kind == TALLY_REL_SUM && b->products) ||
           (b->kind == TALLY_REL_PRODUCT && a->kind == TALLY_REL_SUM && a->products);
}

int rel_clause_word(const ctx *c, size_t *b, size_t end, char *w, size_t cap)
{
    if (*b >= end || strchr(",;:()", c->t[*b]))
        return 0;
    while (*b < end && c->t[*b] == ' ')
        (*b)++;
    size_t e = rel_word_at(c->t, *b, end, w, cap);
    if (e == *b)
        return 0;
    *b = e;
    return 1;
}

int rel_product_stated(const ctx *c, double v, size_t from, size_t P)
{
    for (size_t j = from + 1; j < P; j++)
        if (!c->fi[j].share && (!c->fi[j].unit[0] || rel_same_unit(&c->fi[j], &c->fi[P])) &&
            v > 0 && fabs(c->f->v[j].value - v) <= 1e-9 * v)
            return 1;
    return 0;
}

int rel_add_product_back(ctx *c, size_t P, size_t rate, size_t count, const char *cue)
{
    tally_relation r;
    rel_init(&r, TALLY_REL_PRODUCT, P, cue);
    rel_part(c, &r, rate);
    rel_part(c, &r, count);
    r.looked_back = 1;
    c->fi[P].used = 1;
    return rel_add(c, &r);
}

size_t rel_words_back(const ctx *c, size_t i, size_t lo, int n)
{
    size_t k = i;
    for (int w = 0; w < n && k > lo; w++) {
        size_t b = rel_word_back(c, k, lo), m = b;
        while (m < k && !strchr(";:()", c->t[m]))
            m++;
        if (b >= k || m < k)
            break;
        k = b;
    }
    return k;
}

/* 1 when the n words before offset i in its sentence (no ";", ":" or
 * bracket between) hold one of ws. */
static int words_before_hold(const ctx *c, size_t i, size_t si, int n, const char *const *ws)
{
    return rel_phrase_in(c->t, rel_words_back(c, i, c->seg->sents[si].start, n), i, ws);
}

/* 1 when product r sets what one thing could do against what was done:
 * a factor said with "could", "can" or "able" ("A collier could carry
 * 1,500 tons") and the stated figure with "only", "just", "merely" or
 * "barely" right before it ("but the convoy in all carried only 25,000
 * tons"): the text tells a shortfall, not a product (round 468). */
static int capacity_against_done(const ctx *c, const tally_relation *r)
{
    static const char *const only[] = {"only", "just", "merely", "barely", NULL};
    static const char *const could[] = {"could", "can", "able", NULL};
    if (r->kind != TALLY_REL_PRODUCT || r->stated >= c->f->n)
        return 0;
    const tally_fact *pf = &c->f->v[r->stated];
    if (!words_before_hold(c, pf->tstart, pf->sent_index, 3, only))
        return 0;
    for (size_t k = 0; k < r->nparts; k++) {
        size_t j = r->parts[k].fact;
        if (j != TALLY_NO_FACT && j < c->f->n &&
            words_before_hold(c, c->f->v[j].tstart, c->f->v[j].sent_index, 6, could))
            return 1;
    }
    return 0;
}

/* The whole a list of parts closes when count C is its last part and the
 * whole is stated before them in C's sentence: "36 batteries, 24 light
 * and 12 medium, with four mortars to each"; "eleven hospitals, seven in
 * the home provinces and four behind the front, each with 600 stalls".
 * The whole W is the figure whose value the two or more exact figures
 * after it up to C, bare numbers whose noun is left out, add up to; else C
 * itself. */
static size_t list_whole(const ctx *c, size_t C)
{
    const tally_fact *cf = &c->f->v[C];
    double sum = cf->value;
    if (strcmp(cf->mention, cf->number_text) != 0)
        return C;
    for (size_t j = C; j-- > 0 && c->f->v[j].sent_index == cf->sent_index;) {
        const tally_fact *f = &c->f->v[j];
        if (c->fi[j].share || f->qual != TALLY_Q_EXACT || !(f->value > 0))
            return C;
        if (C - j >= 2 && f->value == sum)
            return j;
        if (strcmp(f->mention, f->number_text) != 0)
            return C;   /* parts are bare ("seven ... and four"); "five engineer
                           battalions, three pioneer ... and two bridging" are items */
        sum += f->value;
    }
    return C;
}

/* 1 when rate O is said of one part of the list W closes with C: the
 * thing "each" names ("each light battery", "each pioneer battalion") is
 * a word of the few after one part's number ("six heavy and four light";
 * "7 of infantry and 4 of pioneers"). */
static int rate_names_part(const ctx *c, size_t O, size_t W, size_t C)
{
    char e[2][48];
    int ne = rel_each_things(c, O, e);
    for (size_t j = W + 1; j <= C; j++) {
        size_t i = c->f->v[j].tend, end = c->seg->sents[c->f->v[j].sent_index].end;
        char w[24];
        for (int n = 0; n < 3 && rel_next_word(c->t, &i, end, w, sizeof w); n++)
            for (int q = 0; q < ne; q++) {
                size_t lw = strlen(w), le = strlen(e[q]);
                if ((lw == le || (lw == le + 1 && w[lw - 1] == 's')) && strncmp(w, e[q], le) == 0)
                    return 1;
            }
    }
    return 0;
}

/* A product of two factors one of which is the last part of a list whose
 * whole stands before it (list_whole) is the whole's when the whole makes
 * the stated figure and the part does not come nearer: a rate said of
 * "each" after "eleven hospitals, seven ... and four ..." is of the
 * eleven (round 471). */
static void product_of_list_whole(const ctx *c, tally_relation *r)
{
    if (r->kind != TALLY_REL_PRODUCT || r->average || r->nparts != 2 || r->factor > 0 ||
        r->stated >= c->f->n)
        return;
    double want = c->f->v[r->stated].value;
    for (size_t k = 0; k < 2; k++) {
        size_t C = r->parts[k].fact, O = r->parts[1 - k].fact;
        if (C == TALLY_NO_FACT || O == TALLY_NO_FACT || C >= c->f->n || O >= c->f->n)
            continue;
        size_t W = list_whole(c, C);
        double o = c->f->v[O].value;
        if (W != C && !rate_names_part(c, O, W, C) &&
            fabs(o * c->f->v[W].value - want) < fabs(o * c->f->v[C].value - want)) {
            r->parts[k].fact = W;
            return;
        }
    }
}

/* 1 when difference r takes a whole and one of the parts of its breakdown
 * in brackets right after it ("98 machines on hand (81 serviceable and 17
 * under repair), a shortfall of 38"): what the whole less that part leaves
 * is the other part, stated in the brackets, never a figure outside them. */
static int whole_less_own_part(const ctx *c, const tally_relation *r)
{
    if (r->kind != TALLY_REL_DIFFERENCE || r->nparts != 2 || r->stated >= c->f->n)
        return 0;
    for (size_t k = 0; k < 2; k++) {
        size_t P = r->parts[k].fact, W = r->parts[1 - k].fact;
        if (P == TALLY_NO_FACT || W == TALLY_NO_FACT || P >= c->f->n || W >= c->f->n || W >= P)
            continue;
        size_t po = c->fi[P].popen;
        if (po == NOPOS || c->fi[W].popen == po || c->fi[r->stated].popen == po ||
            c->f->v[W].sent_index != c->f->v[P].sent_index || c->f->v[W].tend > po)
            continue;
        int nw = rel_words_between(c->t, c->f->v[W].tend, po, ";:()");
        if (nw >= 0 && nw <= 6)
            return 1;
    }
    return 0;
}

/* 1 when product r's stated figure is one item of a list, after "and"
 * and a figure of another unit that is no part of r, and a part of r is an
 * earlier item of the same list ("a battery, with its four gun teams,
 * eight wagon teams and some 30 riding and spare horses": the 30 is no
 * 6 x 4); "the 136 machines will need 272 ribbons and 1,088 reams" keeps
 * its 8 x 136. */
static int product_list_item(const ctx *c, const tally_relation *r)
{
    static const char *const and_w[] = {"and", NULL};
    size_t R = r->stated;
    if (r->kind != TALLY_REL_PRODUCT || r->average || R == 0 || R >= c->f->n ||
        c->f->v[R - 1].sent_index != c->f->v[R].sent_index ||
        rel_same_unit(&c->fi[R - 1], &c->fi[R]) || c->fi[R - 1].share ||
        !rel_word_before_is(c, c->f->v[R].tstart, c->f->v[R - 1].tend, and_w))
        return 0;
    int in_list = 0;
    for (size_t k = 0; k < r->nparts; k++) {
        size_t p = r->parts[k].fact;
        if (p == TALLY_NO_FACT || p >= R)
            return 0;
        if (c->f->v[p].sent_index != c->f->v[R].sent_index)
            continue;
        int joined = 1;   /* p, the items after it and R one list: "four gun teams,
                             eight wagon teams and some 30" */
        for (size_t j = p; j < R && joined; j++)
            joined = rel_joined_to(c->t, c->f->v[j].tend, c->f->v[j + 1].tstart);
        in_list |= joined;
    }
    return in_list;
}

/* 1 when product r multiplies a rate said of one thing ("An escort burned
 * about 9 tons a day") by no count of that thing while the stated
 * figure's clause speaks of the things in the plural, "the <things>" ("so
 * the escorts of a convoy used 108 tons on each passage"): the count is
 * missing, 9 x 4 days is not the product. */
static int product_missing_count(const ctx *c, const tally_relation *r)
{
    if (r->kind != TALLY_REL_PRODUCT || r->stated >= c->f->n || (r->cue && !strncmp(r->cue, "fit", 3)))
        return 0;
    const tally_fact *fr = &c->f->v[r->stated];
    size_t a = rel_words_back(c, fr->tstart, c->seg->sents[fr->sent_index].start, 8);
    for (size_t k = 0; k < r->nparts; k++) {
        size_t b = r->parts[k].fact;
        char e[2][48];
        int ne = b != TALLY_NO_FACT && b < c->f->n ? rel_each_things(c, b, e) : 0;
        for (int q = 0; q < ne; q++) {
            int counted = 0;
            for (size_t m = 0; m < r->nparts; m++)
                counted |= r->parts[m].fact != TALLY_NO_FACT &&
                           strcmp(c->fi[r->parts[m].fact].unit, e[q]) == 0;
            char pl[112];
            snprintf(pl, sizeof pl, "the %ss", e[q]);   /* "the escorts", not "96 lights" */
            const char *const plw[] = {pl, NULL};
            if (!counted && rel_phrase_in(c->t, a, fr->tstart, plw))
                return 1;
        }
    }
    return 0;
}

size_t rel_cue_word(const ctx *c, size_t *i, size_t b, const char *const *cues, char *w,
                    size_t cap)
{
    for (; *i < b; (*i)++) {
        size_t e = 0;
        for (size_t q = 0; cues[q] && !e; q++)
            e = rel_phrase_at(c->t, *i, b, cues[q]);
        if (!e)
            continue;
        while (e < b && c->t[e] == ' ')
            e++;
        size_t n = rel_word_at(c->t, e, b, w, cap);
        if (n > e) {
            (*i)++;
            return n;
        }
    }
    return 0;
}

size_t rel_with_part(const ctx *c, size_t from, int kind, size_t j)
{
    for (size_t i = from; i < c->out->n; i++) {
        const tally_relation *r = &c->out->v[i];
        if (kind >= 0 && (int)r->kind != kind)
            continue;
        for (size_t k = 0; k < r->nparts; k++)
            if (r->parts[k].fact == j)
                return i;
    }
    return NOPOS;
}

int rel_stated_by(const ctx *c, tally_relation_kind kind, size_t j)
{
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].kind == kind && c->out->v[i].stated == j)
            return 1;
    return 0;
}

int rel_together(const ctx *c, size_t a, size_t b)
{
    for (size_t i = 0; i < c->out->n; i++) {
        const tally_relation *r = &c->out->v[i];
        int ha = r->stated == a, hb = r->stated == b;
        for (size_t k = 0; k < r->nparts; k++) {
            ha |= r->parts[k].fact == a;
            hb |= r->parts[k].fact == b;
        }
        if (ha && hb)
            return 1;
    }
    return 0;
}

/* 1 when figure j is said of one thing by its clause's subject: "each
 * brigade had 94", "a horse column has 160 draught horses" (with "a" or
 * "an" the verb is of the present: a rule, not one brigade's state, "a
 * bomber group had 24 and ..." may list one), or, after "and", with the
 * verb left out, "and a mule column 140 mules" when the figure before it
 * in its sentence is so said.  Read in the up to ONE_HAS_WORDS words before
 * j back to a ",", ";", ":", bracket or the figure before: "a", "an",
 * "each" or "every", one to three words of its noun, then the verb right
 * before j (or none, as said).  "a total of 160", "a further 160" are no
 * subject (no "of" or figure word among the noun's words). */
#define ONE_HAS_WORDS 6
int rel_word_is(const char *w, const char *const *ws)
{
    for (size_t q = 0; ws[q]; q++)
        if (strcmp(w, ws[q]) == 0)
            return 1;
    return 0;
}

int rel_one_thing_has(const ctx *c, size_t j, int elided)
{
    static const char *const one[] = {"a", "an", "each", "every", NULL};
    static const char *const each[] = {"each", "every", NULL};
    static const char *const have[] = {"has", "holds", "numbers", "counts", "carries",
                                       "needs", "requires", "takes", NULL};
    static const char *const had[] = {"had", "held", "numbered", "counted", "carried",
                                      "needed", "required", "took", NULL};
    static const char *const not_noun[] = {"of", "total", "further", "another", "additional",
                                           "extra", "mere", "full", "only", "some",
                                           "about", "with", "at", "for", "to", "by", NULL};
    const tally_fact *f = &c->f->v[j];
    size_t lo = c->seg->sents[f->sent_index].start;
    int before = j > 0 && c->f->v[j - 1].sent_index == f->sent_index;
    if (before && c->f->v[j - 1].tend > lo)
        lo = c->f->v[j - 1].tend;
    size_t k = rel_words_back(c, f->tstart, lo, ONE_HAS_WORDS);
    char w[ONE_HAS_WORDS + 1][24];
    int n = 0;
    for (size_t i = k; n <= ONE_HAS_WORDS && rel_next_word(c->t, &i, f->tstart, w[n], sizeof w[n]);)
        n++;
    if (n < 2)
        return 0;
    int now = rel_word_is(w[n - 1], have), past = rel_word_is(w[n - 1], had);
    int end = n - (now || past);   /* the noun's words end before it */
    for (int a = end - 2; a >= 0 && a >= end - 4; a--) {
        if (!rel_word_is(w[a], one))
            continue;
        for (int m = a + 1; m < end; m++)
            if (rel_word_is(w[m], not_noun) || rel_word_is(w[m], one))
                return 0;
        if (now || (past && rel_word_is(w[a], each)))
            return 1;
        return !now && !past && !elided && a > 0 && strcmp(w[a - 1], "and") == 0 && before &&
               rel_one_thing_has(c, j - 1, 1);
    }
    return 0;
}

/* 1 when r is a FRACTION whose whole is a vague amount ("hundreds of false
 * alarms ... They attacked 52 of them, nearly three fifths": the 87
 * submarines are meant, and "hundreds" bounds nothing a share could be
 * checked of). */
static int vague_whole(const ctx *c, const tally_relation *r)
{
    return r->kind == TALLY_REL_FRACTION && r->nparts > 1 &&
           r->parts[1].fact != TALLY_NO_FACT && c->f->v[r->parts[1].fact].qual == TALLY_Q_VAGUE;
}

int rel_add(ctx *c, const tally_relation *rel)
{
    tally_relation copy = *rel, *r = &copy;
    /* a SUM's parts are parts once it is offered, not while a rule builds
     * one it may drop ("...: 9 of the 40", no list of the 20 before) */
    for (size_t k = 0; r->kind == TALLY_REL_SUM && k < r->nparts; k++)
        if (r->parts[k].fact != TALLY_NO_FACT)
            c->fi[r->parts[k].fact].part = 1;
    norm_by_stated_size(c, r);
    product_of_list_whole(c, r);
    if (promise_against_fact(c, r) || capacity_against_done(c, r) || whole_less_own_part(c, r) ||
        product_list_item(c, r) || product_missing_count(c, r) || vague_whole(c, r))
        return 0;
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->v[i].stated == r->stated && same_family(&c->out->v[i], r))
            return 0;   /* one relation of a kind per stated figure */
    if (grow_array((void **)&c->out->v, &c->out->cap, c->out->n + 1, sizeof *c->out->v) < 0)
        return -1;
    c->out->v[c->out->n++] = *r;
    return 0;
}

void rel_init(tally_relation *r, tally_relation_kind k, size_t stated, const char *cue)
{
    memset(r, 0, sizeof *r);
    r->kind = k;
    r->stated = stated;
    r->cue = cue;
}

void rel_part(ctx *c, tally_relation *r, size_t fact)
{
    if (r->nparts >= TALLY_REL_MAXPARTS)
        return;
    tally_operand *o = &r->parts[r->nparts++];
    o->fact = fact;
    o->formation[0] = '\0';
    o->role = TALLY_OP_MAIN;
    o->rate = 0;
    o->negative = 0;
    if (fact != TALLY_NO_FACT && c->fi[fact].formation)
        snprintf(o->formation, sizeof o->formation, "%.23s", c->fi[fact].unit);
}

/* rel_part with a role (FRACTION lists). */
void rel_part_role(ctx *c, tally_relation *r, size_t fact, tally_operand_role role)
{
    size_t n = r->nparts;
    rel_part(c, r, fact);
    if (r->nparts > n)
        r->parts[n].role = role;
}

int rel_same_unit(const finfo *a, const finfo *b)
{
    return a->unit[0] && strcmp(a->unit, b->unit) == 0;
}

/* The factor of unit u in the lexicon's "measures" table when it is a
 * weight (in metric tons), else 0. */
static double weight_factor(const tally_lexicon *lex, const char *u)
{
    const char *m = lex && u[0] ? tally_lexicon_get(lex, "measures", u, "measure") : NULL;
    const char *f = m && strcmp(m, "weight") == 0 ? tally_lexicon_get(lex, "measures", u, "factor") : NULL;
    char *end = NULL;
    double v = f ? strtod(f, &end) : 0;
    return f && end != f && *end == '\0' && v > 0 ? v : 0;
}

double rel_weight_ratio(const ctx *c, const char *from, const char *to)
{
    double a = weight_factor(c->lex, from), b = weight_factor(c->lex, to);
    return a > 0 && b > 0 ? a / b : 0;
}

/* The facts of sentence si: [*lo, *hi) in facts->v (facts are in order). */
/* Where sentence si's words begin: past a paragraph number or list mark
 * opening it ("7. Of the 230 lorries", "(b) Of the ..."), which is no word
 * of the sentence; else its start. */
size_t rel_sent_open(const ctx *c, size_t si)
{
    const tally_sentence *s = &c->seg->sents[si];
    const char *t = c->t;
    size_t k = s->start, e = s->end;
    while (k < e && t[k] == ' ')
        k++;
    int paren = k < e && t[k] == '(';
    if (paren)
        k++;
    size_t d = k;
    while (k < e && k - d < 4 && isalnum((unsigned char)t[k]))
        k++;
    int digits = k > d && isdigit((unsigned char)t[d]);
    int letter = k == d + 1 && islower((unsigned char)t[d]);
    if (k == d || !(digits || letter) || k >= e)
        return s->start;
    for (size_t m = d; digits && m < k; m++)
        if (!isdigit((unsigned char)t[m]))
            return s->start;
    if ((paren && t[k] != ')') || (!paren && t[k] != '.' && t[k] != ')'))
        return s->start;
    k++;
    if (k >= e || t[k] != ' ')
        return s->start;
    while (k < e && t[k] == ' ')
        k++;
    return k < e && isupper((unsigned char)t[k]) ? k : s->start;
}

void rel_sent_range(const ctx *c, size_t si, size_t *lo, size_t *hi)
{
    size_t a = 0, z = c->f->n;
    while (a < z) {   /* facts are sorted by sentence: binary search */
        size_t mid = a + (z - a) / 2;
        if (c->f->v[mid].sent_index < si)
            a = mid + 1;
        else
            z = mid;
    }
    size_t b = a;
    while (b < c->f->n && c->f->v[b].sent_index == si)
        b++;
    *lo = a;
    *hi = b;
}

/* Offset of the "(" that opens a parenthesis right after fact i's noun
 * phrase (at most six words, no other figure, no , ; : . in between). */
size_t rel_paren_after(const ctx *c, size_t i, size_t send)
{
    return rel_paren_within(c, i, send, 6);
}

size_t rel_paren_within(const ctx *c, size_t i, size_t send, int words)
{
    const tally_fact *f = &c->f->v[i];
    size_t k = f->tend;
    while (k < send && c->t[k] != '(') {
        char ch = c->t[k];
        if (ch == ',' || ch == ';' || ch == ':' || ch == '.' || ch == ')' || ch == '[' || !ch)
            return NOPOS;
        k++;
    }
    if (k >= send || rel_words_between(c->t, f->tend, k, "") > words)
        return NOPOS;
    if (i + 1 < c->f->n && c->f->v[i + 1].tstart < k &&
        c->f->v[i + 1].sent_index == f->sent_index)
        return NOPOS;
    return k;
}


/* The figure starting within `words` words after offset a in sentence
 * [lo,hi), not inside a parenthesis it does not share; NOPOS if none. */
size_t rel_fact_after(const ctx *c, size_t a, size_t lo, size_t hi, int words)
{
    for (size_t j = lo; j < hi; j++)
        if (c->f->v[j].tstart >= a) {
            int w = rel_words_between(c->t, a, c->f->v[j].tstart, ";:()");
            return w >= 0 && w <= words ? j : NOPOS;
        }
    return NOPOS;
}

/* The figure ending within `words` words before offset b, with none of
 * the marks in stops in between. */
size_t rel_fact_before_s(const ctx *c, size_t b, size_t lo, size_t hi, int words,
                            const char *stops)
{
    for (size_t j = hi; j-- > lo;)
        if (c->f->v[j].tend <= b) {
            int w = rel_words_between(c->t, c->f->v[j].tend, b, stops);
            return w >= 0 && w <= words ? j : NOPOS;
        }
    return NOPOS;
}

/* The figure ending within `words` words before offset b. */
size_t rel_fact_before(const ctx *c, size_t b, size_t lo, size_t hi, int words)
{
    for (size_t j = hi; j-- > lo;)
        if (c->f->v[j].tend <= b) {
            int w = rel_words_between(c->t, c->f->v[j].tend, b, ";:()");
            return w >= 0 && w <= words ? j : NOPOS;
        }
    return NOPOS;
}

/* 1 when figure j is written bare ("and in 1944, 1,310."): its mention
 * is its number alone, so its unit was read from context. */
int rel_bare(const tally_fact *f)
{
    return f->mention && f->number_text && strcmp(f->mention, f->number_text) == 0 &&
           !(f->category && strcmp(f->category, "money") == 0);
}


/* 1 when the word right before offset i is one of ws. */
int rel_word_within(const ctx *c, size_t i, size_t end, int n, const char *const *ws)
{
    for (int nw = 0; nw < n && i < end; nw++) {
        while (i < end && c->t[i] == ' ')
            i++;
        char w[48];
        size_t e = rel_word_at(c->t, i, end, w, sizeof w);
        if (e == i)
            return 0;
        for (size_t q = 0; ws[q]; q++)
            if (strcasecmp(w, ws[q]) == 0)
                return 1;
        i = e;
    }
    return 0;
}

int rel_word_ending_at(const ctx *c, size_t i, size_t start, char *w, size_t cap)
{
    while (i > start && c->t[i - 1] == ' ')
        i--;
    size_t a = i;
    while (a > start && rel_wch((unsigned char)c->t[a - 1]))
        a--;
    return a < i && rel_word_at(c->t, a, i, w, cap) > a;
}

size_t rel_word_back(const ctx *c, size_t i, size_t start)
{
    while (i > start && c->t[i - 1] == ' ')
        i--;
    while (i > start && rel_wch((unsigned char)c->t[i - 1]))
        i--;
    return i;
}

int rel_word_before_is(const ctx *c, size_t i, size_t start, const char *const *ws)
{
    while (i > start && c->t[i - 1] == ' ')
        i--;
    size_t e = i;
    i = rel_word_back(c, i, start);
    char w[48];
    rel_word_at(c->t, i, e, w, sizeof w);
    for (size_t q = 0; ws[q]; q++)
        if (strcmp(w, ws[q]) == 0)
            return 1;
    return 0;
}

int rel_two_words_before(const ctx *c, size_t i, size_t start, const char *const *prev,
                         const char *const *last)
{
    return rel_word_before_is(c, i, start, last) &&
           rel_word_before_is(c, rel_word_back(c, i, start), start, prev);
}


static tally_status relate_run(const char *text, const tally_segments *seg,
                               const tally_facts *facts, const tally_lexicon *lex,
                               tally_relations *out, tally_error *err);

/* Fill c->fi: units, kinds and the enclosing parenthesis of every fact. */
static void fill_info(ctx *c)
{
    for (size_t i = 0; i < c->f->n; i++) {
        const tally_fact *f = &c->f->v[i];
        finfo *x = &c->fi[i];
        tally_relate_unit(c->t, f, c->lex, x->unit, x->cat);
        x->formation = x->unit[0] && c->lex && tally_lexicon_has(c->lex, "norms", x->unit);
        x->aircraft = strcmp(x->unit, "aircraft") == 0 || strcmp(x->cat, "aircraft") == 0;
        x->share = strcmp(x->unit, "percent") == 0 || strcmp(x->cat, "share") == 0 ||
                   f->qual == TALLY_Q_RATIO;
        x->popen = NOPOS;
        if (f->sent_index < c->seg->nsents) {
            size_t stack[8];
            int depth = 0;
            for (size_t k = c->seg->sents[f->sent_index].start; k < f->tstart; k++) {
                if (c->t[k] == '(') {
                    if (depth < 8)
                        stack[depth] = k;
                    depth++;
                } else if (c->t[k] == ')' && depth > 0) {
                    depth--;
                }
            }
            if (depth > 0 && depth <= 8)
                x->popen = stack[depth - 1];
        }
    }
}

/* Where to cut a long sentence between a figure ending at a and the next
 * one starting at b: right after the last , ; or : between them, else
 * before the next figure. */
static size_t cut_between(const char *t, size_t a, size_t b)
{
    for (size_t k = b; k > a; k--)
        if (t[k - 1] == ',' || t[k - 1] == ';' || t[k - 1] == ':')
            return k;
    return b;
}

/* The pieces a sentence of facts [lo,hi) is read in: 1 when it has at
 * most REL_SENT_FACTS figures. */
static size_t npieces(size_t lo, size_t hi)
{
    return hi - lo <= REL_SENT_FACTS ? 1 : (hi - lo + REL_SENT_FACTS - 1) / REL_SENT_FACTS;
}

/* For a document with a sentence of more than REL_SENT_FACTS figures
 * (a run-on list, a table flattened into prose): copies of the segments
 * and facts in which each such sentence is cut into pieces of at most
 * REL_SENT_FACTS figures, at a clause mark where there is one, so that
 * every rule reads a bounded window.  The copies share the facts' strings;
 * the caller frees ns->sents and nf->v only.  0 when nothing is long (the
 * copies are then untouched), 1 when made, -1 when out of memory. */
static int split_long(const char *t, const tally_segments *seg, const tally_facts *facts,
                      tally_segments *ns, tally_facts *nf)
{
    size_t extra = 0, lo = 0;
    while (lo < facts->n) {
        size_t hi = lo, si = facts->v[lo].sent_index;
        while (hi < facts->n && facts->v[hi].sent_index == si)
            hi++;
        if (si < seg->nsents)
            extra += npieces(lo, hi) - 1;
        lo = hi;
    }
    if (extra == 0)
        return 0;
    *ns = *seg;
    *nf = *facts;
    ns->sents = malloc((seg->nsents + extra) * sizeof *ns->sents);
    nf->v = malloc(facts->n * sizeof *nf->v);
    if (!ns->sents || !nf->v) {
        free(ns->sents);
        free(nf->v);
        return -1;
    }
    memcpy(nf->v, facts->v, facts->n * sizeof *nf->v);
    size_t k = 0, j = 0;   /* next new sentence, next fact */
    for (size_t si = 0; si < seg->nsents; si++) {
        while (j < facts->n && facts->v[j].sent_index < si)
            j++;   /* facts out of order or of no sentence: left as they are */
        size_t hi = j;
        while (hi < facts->n && facts->v[hi].sent_index == si)
            hi++;
        size_t np = npieces(j, hi), start = seg->sents[si].start;
        for (size_t p = 0; p < np; p++, k++) {
            size_t a = j + p * REL_SENT_FACTS, b = a + REL_SENT_FACTS < hi ? a + REL_SENT_FACTS : hi;
            ns->sents[k] = seg->sents[si];
            ns->sents[k].start = start;
            if (p + 1 < np) {
                size_t cut = cut_between(t, facts->v[b - 1].tend, facts->v[b].tstart), e = cut;
                while (e > start && isspace((unsigned char)t[e - 1]))
                    e--;
                ns->sents[k].end = e;
                while (isspace((unsigned char)t[cut]) && cut < facts->v[b].tstart)
                    cut++;
                start = cut;
            }
            for (size_t q = a; q < b; q++)
                nf->v[q].sent_index = k;
        }
        j = hi;
    }
    ns->nsents = k;
    for (size_t q = 0; q < facts->n; q++)   /* keep the order of facts of no sentence */
        if (facts->v[q].sent_index >= seg->nsents)
            nf->v[q].sent_index = facts->v[q].sent_index + extra;
    return 1;
}

/* The formation every part of NORM r counts, or NULL when the parts count
 * different ones (or none). */
static const char *norm_formation(const ctx *c, const tally_relation *r)
{
    const char *form = NULL;
    for (size_t k = 0; k < r->nparts; k++) {
        size_t j = r->parts[k].fact;
        if (j == TALLY_NO_FACT)
            return NULL;
        const char *f = r->parts[k].formation[0] ? r->parts[k].formation : c->fi[j].unit;
        if (!f[0] || (form && strcmp(form, f) != 0))
            return NULL;
        form = f;
    }
    return form;
}

/* What one formation holds by NORM r's own figures (the stated figure over
 * the counts); 0 when a figure is a range or the counts add up to none. */
static double norm_ratio(const ctx *c, const tally_relation *r)
{
    double n = 0;
    const tally_fact *st = &c->f->v[r->stated];
    for (size_t k = 0; k < r->nparts; k++) {
        const tally_fact *p = &c->f->v[r->parts[k].fact];
        if (!isnan(p->low) && !isnan(p->high) && p->low != p->high)
            return 0;
        n += p->value;
    }
    if (!(n > 0) || !(st->value > 0) || (!isnan(st->low) && !isnan(st->high) && st->low != st->high))
        return 0;
    return st->value / n;
}

/* 1 when x is a whole number (within rounding). */
static int whole(double x)
{
    return x >= 1 && fabs(x - floor(x + 0.5)) < 1e-9;
}

/* The document's own norms, once every sentence is read: each NORM of one
 * formation gets the size the document states for one formation in its
 * stated figure's unit, anywhere in the document ("flotillas of nine",
 * "12 guns a battalion"; not the holding of one named formation), else the
 * figure a formation its other NORMs of that formation and unit agree on
 * (norm_doc): "two squadrons (20 aircraft) ... four squadrons (40
 * aircraft)" are 10 a squadron.  When this NORM disagrees with them, their
 * figure is kept only when it can decide: two or more others, or this one's
 * own figure is no whole number; one whole figure against another is no
 * norm ("three battalions (36 guns) ... two battalions (26 guns)": which
 * is the slip?). */
static void doc_norms(ctx *c)
{
    for (size_t i = 0; i < c->out->n; i++) {
        tally_relation *r = &c->out->v[i];
        const char *form = r->kind == TALLY_REL_NORM ? norm_formation(c, r) : NULL;
        const char *unit = c->fi[r->stated].unit;
        if (!form || !unit[0])
            continue;
        for (size_t k = 0; k < c->nsizes && !r->norm_size; k++)
            if (!c->sizes[k].instance && strcmp(c->sizes[k].form, form) == 0 &&
                strcmp(c->sizes[k].unit, unit) == 0)
                r->norm_size = c->sizes[k].fact + 1;
        double own = norm_ratio(c, r), q0 = 0;
        size_t n = 0;
        int agree = 1;
        for (size_t m = 0; m < c->out->n && !r->norm_size && own > 0; m++) {
            const tally_relation *q = &c->out->v[m];
            if (m == i || q->kind != TALLY_REL_NORM || q->stated == r->stated)
                continue;
            const char *qf = norm_formation(c, q);
            double x = norm_ratio(c, q);
            if (!qf || strcmp(qf, form) != 0 || strcmp(c->fi[q->stated].unit, unit) != 0 || !(x > 0))
                continue;
            if (n && fabs(x - q0) > 1e-9)
                agree = 0;
            q0 = x;
            n++;
        }
        if (r->norm_size || !n || !agree || !whole(q0))
            continue;
        if (fabs(own - q0) < 1e-9 || n >= 2 || !whole(own))
            r->norm_doc = q0;
    }
}

tally_status tally_relate(const char *text, const tally_segments *seg,
                          const tally_facts *facts, const tally_lexicon *lex,
                          tally_relations *out, tally_error *err)
{
    memset(out, 0, sizeof *out);
    if (facts->n == 0)
        return TALLY_OK;
    tally_segments nseg;
    tally_facts nfacts;
    int split = split_long(text, seg, facts, &nseg, &nfacts);
    if (split < 0)
        return tally_fail(err, TALLY_ENOMEM, "relate: out of memory");
    if (split) {
        seg = &nseg;
        facts = &nfacts;
    }
    tally_status st = relate_run(text, seg, facts, lex, out, err);
    if (split) {
        free(nseg.sents);
        free(nfacts.v);
    }
    return st;
}

/* "Of the 1,148 torpedoes fired, 212 (some 28 per cent) ...": a FRACTION
 * made since relation `from` (the sentence's) with neither a whole nor a
 * whole's noun, whose stated part is the part of a SUBSET, takes the
 * subset's whole (the parenthesis is read before the subset is). */
static void whole_from_subsets(ctx *c, size_t from)
{
    for (size_t i = from; i < c->out->n; i++) {
        tally_relation *r = &c->out->v[i];
        if (r->kind != TALLY_REL_FRACTION || r->whole[0] || r->nparts != 2 ||
            r->parts[1].fact != TALLY_NO_FACT)
            continue;
        for (size_t k = from; k < c->out->n; k++)
            if (c->out->v[k].kind == TALLY_REL_SUBSET && c->out->v[k].stated == r->stated &&
                c->out->v[k].nparts >= 1 && c->out->v[k].parts[0].fact != TALLY_NO_FACT) {
                r->parts[1].fact = c->out->v[k].parts[0].fact;
                break;
            }
    }
}

/* tally_relate over segments whose sentences hold a bounded number of figures. */
static tally_status relate_run(const char *text, const tally_segments *seg,
                               const tally_facts *facts, const tally_lexicon *lex,
                               tally_relations *out, tally_error *err)
{
    ctx c;
    memset(&c, 0, sizeof c);
    c.t = text;
    c.seg = seg;
    c.f = facts;
    c.lex = lex;
    c.fi = calloc(facts->n, sizeof(finfo));
    c.out = out;
    if (!c.fi)
        return tally_fail(err, TALLY_ENOMEM, "relate: out of memory");
    fill_info(&c);
    int rc = 0;
    size_t lo = 0;
    while (!rc && lo < facts->n) {
        size_t si = facts->v[lo].sent_index, hi;
        if (si >= seg->nsents) {
            lo++;
            continue;
        }
        rel_sent_range(&c, si, &lo, &hi);
        size_t send = seg->sents[si].end, nrel = out->n;
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_breakdown(&c, i, lo, hi, send);
        if (!rc)
            rc = rel_rule_paren_norm(&c, lo, hi);
        if (!rc)
            rc = rel_rule_colon(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_were_parts(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_change(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_change_by(&c, si, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_more_than(&c, i, lo, hi, send);
        if (!rc)
            rc = rel_rule_convert(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_comma_list(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_cues(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_counted_sum(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_counted_next(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_span_total(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_split_between(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_stock(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_apposed_total(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_balance(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_with(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_with_gave(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_in_addition(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_so_that(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_total_first(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_span_sum(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_rate_list(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_of_parts(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_of_which_parts(&c, si, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_raised_to(&c, i, lo);
        if (!rc)
            rc = rel_rule_subset(&c, si, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_loss_rate(&c, i, lo, send);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_fraction(&c, i, lo, hi, send);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_share_first(&c, i, lo, hi, send);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_share_of_breakdown(&c, i, lo, send);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_share_of_it(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_share_of_which(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_share_in_noun(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_share_named_part(&c, i, lo, hi, send);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_share_enough(&c, i, lo, hi, send);
        if (!rc)
            rc = rel_rule_share_this(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_per_base(&c, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_million_base(&c, i, lo, hi);
        if (!rc)
            rc = rel_rule_average(&c, lo, hi);
        if (!rc)
            rc = rel_rule_multiple(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_difference(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_more_after(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_rose_to_back(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_change_named(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_two_levels(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_change_years(&c, si, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_chain(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_each_or(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_or_containers(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_each_of_the(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_each(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_each_in(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_groups_of(&c, i);
        for (size_t i = lo; !rc && i + 2 < hi; i++)
            rc = rel_rule_span_product(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_each_back(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_crew(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            if (c.fi[i].share && !c.fi[i].used)
                rc = rel_rule_at_rate(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_interest(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_period(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_product_ahead(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_product_terms(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_product(&c, i);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_sized(&c, i, lo);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_implicit_sum(&c, i);
        if (!rc)
            rc = rel_rule_parts_next(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_and_apposed(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_of_them_parts(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_rest_next(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_span_back(&c, si, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_far_rate(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_capacity(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_subject_rate(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_labour(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_far_average(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_far_named(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_far_both(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_on_count(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_each_named(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_each_chain(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_pronoun_rate(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_stock_lasts(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_total_period(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_rate_carried(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_xrate(&c, i, lo, hi);
        for (size_t i = lo; !rc && i < hi; i++)
            rc = rel_rule_norm_whole(&c, i, lo, hi);
        if (!rc)
            rc = rel_rule_each_load(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_more_rose(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_over_count(&c, si, lo, hi);
        if (!rc)
            rc = rel_rule_whole_listed(&c, si, lo, hi);
        whole_from_subsets(&c, nrel);
        rel_note_sizes(&c, lo, hi);
        lo = hi;
    }
    if (!rc)
        rc = rel_rule_note_parts(&c);
    if (!rc)
        rc = rel_rule_of_parts_late(&c);
    if (!rc)
        doc_norms(&c);
    if (!rc)
        rc = rel_rule_fit(&c);
    free(c.fi);
    if (rc) {
        tally_relations_free(out);
        return tally_fail(err, TALLY_ENOMEM, "relate: out of memory");
    }
    return TALLY_OK;
}
